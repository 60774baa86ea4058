"""Fixtures every test can use.

The migrations give each test database an English home page (the default site's
root) and the English and Gaelic locales; these fixtures build on that.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Site

from tests.factories.accounts import PASSWORD, UserFactory, give_mfa, record_mfa


@pytest.fixture(autouse=True)
def _clear_cache():
    """Start every test with an empty cache (allauth's rate limits and used MFA codes)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _staff_have_mfa(request, monkeypatch):
    """People who can use the Wagtail admin have set up MFA, as the portal requires.

    ``client.force_login`` skips the sign-in flow, so a test that signs in a member of
    staff this way gets them an authenticator app first (as they would have had to set
    one up) and a session that passed it (allauth's record, as the admin guard checks).
    Tests of the enforcement itself opt out with ``@pytest.mark.admin_without_mfa``
    (see tests/accounts/test_mfa.py).
    """
    if request.node.get_closest_marker("admin_without_mfa"):
        return
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None):
        fresh = type(user)._default_manager.filter(pk=user.pk).first()
        staff = fresh is not None and fresh.has_perm("wagtailadmin.access_admin")
        if staff:
            give_mfa(fresh)
        original(self, user, backend)
        if staff:
            record_mfa(self, fresh)  # this session passed the code, as allauth records it

    monkeypatch.setattr(Client, "force_login", force_login)


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
