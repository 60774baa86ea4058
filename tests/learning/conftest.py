"""Fixtures for the learning tests: a catalogue with a module of three lessons."""

import pytest

from tests.factories.learning import LearningIndexPageFactory, build_module


@pytest.fixture
def index(home_page):
    return LearningIndexPageFactory(parent=home_page)


@pytest.fixture
def module_and_lessons(index):
    return build_module(index, title="Good conversations", slug="good-conversations")


@pytest.fixture
def module(module_and_lessons):
    return module_and_lessons[0]


@pytest.fixture
def lessons(module_and_lessons):
    return module_and_lessons[1]
