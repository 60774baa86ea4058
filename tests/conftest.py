"""Fixtures every test can use.

The migrations give each test database an English home page (the default site's
root) and the English and Gaelic locales; these fixtures build on that.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Site

from tests.factories.accounts import PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    """Start every test with an empty cache (allauth's rate limits and used MFA codes)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home_page(db):
    """The English home page (root of the default site)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def gaelic(db):
    return Locale.objects.get(language_code="gd")


@pytest.fixture
def gaelic_home_page(home_page, gaelic):
    """The home page's Gaelic translation, published."""
    translated = home_page.copy_for_translation(gaelic)
    translated.hero_heading = "Lìonra Luchd-obrach Ceangail Coimhearsnachd na h-Alba"
    translated.title = "Dachaigh"
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client
