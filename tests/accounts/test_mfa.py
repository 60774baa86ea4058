"""Two-factor authentication for everyone who can reach the Wagtail admin."""

import re

import pytest
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from portal.accounts.management.commands.demo_mfa_code import current_code
from tests.factories.accounts import (
    PASSWORD,
    TOTP_SECRET,
    UserFactory,
    record_mfa,
    staff_user,
)

pytestmark = [pytest.mark.django_db, pytest.mark.admin_without_mfa]

_CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
_SAMPLES = {"int": "1", "path": "x/y", "uuid": "00000000-0000-0000-0000-000000000000"}


def _routes(patterns, prefix=""):
    """Every concrete URL the resolver knows under ``prefix``, converters filled in."""
    for pattern in patterns:
        route = str(pattern.pattern)
        if route.startswith("^") or "(?" in route:
            continue  # regex patterns: covered by the prefix check itself
        route = _CONVERTER.sub(lambda m: _SAMPLES.get(m.group(1) or "str", "x"), route)
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern):
            yield prefix + route


def admin_urls():
    admin = next(p for p in get_resolver().url_patterns if str(p.pattern) == "admin/")
    return sorted(set(_routes(admin.url_patterns, "/admin/")))


def test_the_walk_finds_the_admin(db):
    urls = admin_urls()
    assert len(urls) > 200
    assert "/admin/membership-requests/" in urls
    assert "/admin/pages/1/edit/" in urls


def test_every_admin_url_sends_staff_without_mfa_to_set_it_up(client):
    client.force_login(staff_user(totp=False))
    setup = reverse("mfa_activate_totp")
    skipped = {reverse("wagtailadmin_logout"), reverse("wagtailadmin_login")}
    for url in [*admin_urls(), "/admin/no-such-page/"]:
        if url in skipped:
            continue
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, (method, url, response.status_code)
            assert response["Location"] == setup, (url, response["Location"])


def test_setting_up_mfa_opens_the_admin(client):
    staff = staff_user(totp=False)
    client.force_login(staff)
    response = client.get("/admin/", follow=True)
    assert "set up two-factor authentication" in response.content.decode()
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(staff, TOTP_SECRET)
    # Setting the app up is not passing it: the session is asked for a code first.
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_reauthenticate") + "?next=/admin/"
    response = client.post(response["Location"], {"code": current_code(TOTP_SECRET)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_anonymous_people_sign_in_through_allauth(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    # Wagtail's own sign-in page hands over to allauth's, keeping where they were going.
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login") + "?next=/admin/pages/"
    # ...and never to another site.
    response = client.get("/admin/login/?next=https://evil.example/")
    assert response["Location"] == reverse("account_login") + "?next=/admin/"


def test_sign_in_asks_staff_for_their_code_before_the_admin(client):
    staff = staff_user(email="staff@example.org")
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": "staff@example.org", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still not signed in

    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "_auth_user_id" not in client.session
    assert wrong.status_code == 200

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(TOTP_SECRET)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/admin/").status_code == 200


def test_people_who_may_not_use_the_admin_are_refused_without_a_loop(client):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 403
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 403


def test_staff_with_mfa_reach_every_part_of_the_admin_they_open(client):
    staff = staff_user()
    client.force_login(staff)
    record_mfa(client, staff)
    for url in ("/admin/", "/admin/pages/", "/admin/membership-requests/", "/admin/documents/"):
        assert client.get(url).status_code == 200, url


@override_settings(PORTAL_REQUIRE_ADMIN_MFA=False)
def test_local_development_may_relax_it(client):
    client.force_login(staff_user(totp=False))
    assert client.get("/admin/").status_code == 200


def test_the_demo_code_helper_matches_allauth():
    from allauth.mfa.totp.internal.auth import validate_totp_code

    assert validate_totp_code(TOTP_SECRET, current_code(TOTP_SECRET))
