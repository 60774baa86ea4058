"""Every way of opening a session, tried by someone who knows a password but no code.

The attacker knows the editor's email and password, not her authenticator app. None of
the routes that create a session (allauth's sign-in, Wagtail's admin sign-in, Wagtail's
front-end ``_util/login/`` in both languages, sign-in on email confirmation, sign-in after
a password reset) may reach an admin URL without a code typed in that same session.
Unverified accounts are signed in by none of them.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from portal.accounts.management.commands.demo_mfa_code import current_code
from tests.factories.accounts import PASSWORD, TOTP_SECRET, UserFactory, staff_user

pytestmark = [pytest.mark.django_db, pytest.mark.admin_without_mfa]


@pytest.fixture(autouse=True)
def _codes_outlive_a_slow_request(settings):
    """A code computed before a slow request (a loaded CI machine) may reach allauth in the
    next 30-second window; accept the neighbouring window so the tests do not flake."""
    settings.MFA_TOTP_TOLERANCE = 1


ADMIN_URLS = ("/admin/", "/admin/membership-requests/", "/admin/pages/")
FRONT_END_LOGINS = ("/_util/login/", "/gd/_util/login/")


def assert_no_admin(client):
    """Nothing under /admin/ answers 200 for this client."""
    for url in ADMIN_URLS:
        response = client.get(url)
        assert response.status_code == 302, (url, response.status_code)
        assert not response["Location"].startswith("/admin/"), response["Location"]


def signed_in(client):
    return "_auth_user_id" in client.session


def editor(**kwargs):
    return staff_user(email="editor@example.org", **kwargs)


def unverified(user):
    EmailAddress.objects.filter(user=user).delete()
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


def link_in_last_email(pattern):
    body = mail.outbox[-1].body
    match = re.search(r"https?://[^/\s]+(/[^\s]*" + pattern + r"[^\s]*)", body)
    assert match, body
    return match.group(1)


@pytest.mark.parametrize("language", ["en", "gd"])
def test_allauth_sign_in_asks_for_the_code(client, language):
    editor()
    with translation.override(language):
        login, code = reverse("account_login"), reverse("mfa_authenticate")
    response = client.post(login, {"login": "editor@example.org", "password": PASSWORD})
    assert response["Location"] == code
    assert not signed_in(client)
    assert_no_admin(client)


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/login/?next=/admin/pages/"])
def test_wagtail_admin_sign_in_hands_over_to_allauth(client, url):
    editor()
    response = client.post(url, {"username": "editor@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not signed_in(client)
    assert_no_admin(client)


@pytest.mark.parametrize("url", FRONT_END_LOGINS)
def test_wagtail_front_end_sign_in_opens_no_session(client, url):
    editor()
    response = client.post(
        url + "?next=/admin/",
        {"username": "editor@example.org", "password": PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login") + "?next=/admin/"
    assert not signed_in(client)
    assert_no_admin(client)


@pytest.mark.parametrize("url", FRONT_END_LOGINS)
def test_wagtail_front_end_sign_in_keeps_only_local_next(client, url):
    response = client.get(url + "?next=https://evil.example/")
    assert response["Location"] == reverse("account_login") + "?next=/"


def test_sign_in_on_email_confirmation_asks_for_the_code(client):
    staff = unverified(editor())
    response = client.post(
        reverse("account_login"), {"login": "editor@example.org", "password": PASSWORD}
    )
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not signed_in(client)

    confirm = link_in_last_email("confirm-email")
    response = client.post(confirm)
    assert EmailAddress.objects.get(user=staff).verified
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    assert_no_admin(client)

    client.post(reverse("mfa_authenticate"), {"code": current_code(TOTP_SECRET)})
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/admin/").status_code == 200


def _reset_password(client):
    client.post(reverse("account_reset_password"), {"email": "editor@example.org"})
    response = client.get(link_in_last_email("/password/reset/key/"))
    assert response.status_code == 302  # to the form at a URL without the key
    new_password = "a-new-long-password-2"
    return client.post(response["Location"], {"password1": new_password, "password2": new_password})


@override_settings(ACCOUNT_LOGIN_ON_PASSWORD_RESET=True)
def test_sign_in_after_a_password_reset_asks_for_the_code(client):
    staff = editor()
    response = _reset_password(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    assert_no_admin(client)

    client.post(reverse("mfa_authenticate"), {"code": current_code(TOTP_SECRET)})
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/admin/").status_code == 200


def test_a_password_reset_signs_nobody_in_by_default(client):
    editor()
    response = _reset_password(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_from_key_done")
    assert not signed_in(client)
    assert_no_admin(client)


def test_a_session_opened_without_the_code_is_asked_for_it_before_any_admin_url(client):
    """Whatever route opened it, owning an authenticator is not passing it."""
    staff = editor()
    client.force_login(staff)  # a session with no second factor in it
    for url in ADMIN_URLS:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_reauthenticate") + "?next=" + url
    response = client.post(reverse("mfa_reauthenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302

    client.post(reverse("mfa_reauthenticate"), {"code": current_code(TOTP_SECRET)})
    for url in ADMIN_URLS:
        assert client.get(url).status_code == 200, url


def test_a_recovery_code_is_a_second_factor_too(client):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    staff = editor()
    codes = RecoveryCodes.activate(staff).get_unused_codes()
    client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    assert_no_admin(client)
    client.post(reverse("mfa_authenticate"), {"code": codes[0]})
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get("/admin/").status_code == 200


def test_typing_the_password_again_is_not_the_second_factor(client):
    """allauth's re-authentication by password records "password", not "mfa"."""
    staff = editor()
    client.force_login(staff)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_another_persons_code_in_the_session_does_not_count(client):
    """allauth's record belongs to one person: signing in as someone else clears it."""
    first = editor()
    client.post(reverse("account_login"), {"login": first.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": current_code(TOTP_SECRET)})
    assert client.get("/admin/").status_code == 200
    second = staff_user(email="second@example.org")
    client.force_login(second)
    assert client.get("/admin/")["Location"].startswith(reverse("mfa_reauthenticate"))


def test_a_used_code_says_it_was_already_used(client):
    editor()
    code = current_code(TOTP_SECRET)
    client.post(reverse("account_login"), {"login": "editor@example.org", "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert signed_in(client)
    client.post(reverse("account_logout"))

    client.post(reverse("account_login"), {"login": "editor@example.org", "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert not signed_in(client)
    page = response.content.decode()
    assert "That code has already been used." in page
    assert "Incorrect code." not in page
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert "Incorrect code." in wrong.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/accounts/login/",
        "/gd/accounts/login/",
        "/admin/login/",
        *FRONT_END_LOGINS,
    ],
)
def test_no_route_signs_in_an_unverified_account(client, url):
    person = unverified(UserFactory(email="new@example.org"))
    client.post(
        url,
        {
            "login": person.email,
            "username": person.email,
            "email": person.email,
            "password": PASSWORD,
        },
    )
    assert not signed_in(client)
    assert client.get(reverse("accounts:profile")).status_code == 302
