"""Fixtures every test can use.

The migrations give each test database an English home page (the default site's
root) and the English and Gaelic locales; these fixtures build on that.
"""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Locale, Site

from tests.factories.accounts import PASSWORD, UserFactory, give_mfa, record_mfa


@pytest.fixture(autouse=True)
def _clear_cache():
    """Start every test with empty caches (allauth's rate limits and used MFA codes, and
    what portal.core.content_cache keeps: the database is rolled back between tests
    without the signals that would tell it)."""
    for alias in settings.CACHES:
        caches[alias].clear()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _english_by_default():
    """Start every test in the site's default language, whatever the test before it
    activated (a request on /gd/ leaves Gaelic active in the thread)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


# The test database as the migrations left it, kept as a snapshot (tests/db_snapshots.py)
# so that every test that commits (the browser journeys, the concurrency tests) hands the
# next test the database as it found it, in whatever order the tests run.

_SNAPSHOTS = pytest.StashKey()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    from tests.db_snapshots import DatabaseSnapshots

    with django_db_blocker.unblock():
        snapshots = DatabaseSnapshots()
        snapshots.take("migrated")
    request.config.stash[_SNAPSHOTS] = (snapshots, django_db_blocker)
    yield
    del request.config.stash[_SNAPSHOTS]
    with django_db_blocker.unblock():
        snapshots.drop()


@pytest.fixture(scope="session")
def database_snapshots(django_db_setup, request):
    """Snapshots of this session's test database: ``migrated`` and any a test takes."""
    return request.config.stash[_SNAPSHOTS][0]


def _commits(item):
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that commits (and so ends with its data flushed), restore the
    migrations' state: the home page, the locales and what else the migrations create."""
    result = yield
    kept = item.config.stash.get(_SNAPSHOTS, None)
    if kept is not None and _commits(item):
        snapshots, blocker = kept
        with blocker.unblock():
            snapshots.restore("migrated")
    return result


@pytest.fixture(scope="session")
def _demo_snapshot(database_snapshots, django_db_blocker):
    """The demo content, loaded once per session (per xdist worker): the ``demo`` snapshot."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        database_snapshots.restore("migrated")
        call_command("load_demo_content", verbosity=0)
        database_snapshots.take("demo")
        database_snapshots.restore("migrated")
    return database_snapshots


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Tests with the demo content (the browser journeys among them) share one xdist worker
    under ``--dist loadgroup`` (make test, .ci/run), which loads it once per run."""
    for item in items:
        if "demo_content" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.fixture
def demo_content(transactional_db, _demo_snapshot):
    """The database holds the demo content exactly as ``manage.py load_demo_content``
    leaves it (loaded once per session, then copied for each test: well under a second
    instead of most of a minute). The test commits; afterwards the database goes back to
    the migrations' state. Tests of the loader itself call the command.
    """
    _demo_snapshot.restore("demo")
