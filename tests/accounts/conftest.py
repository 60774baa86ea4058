"""Fixtures for the accounts tests."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Reverse URLs in English: a Gaelic request earlier in the run must not leak into them."""
    with translation.override("en"):
        yield
