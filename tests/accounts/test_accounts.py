"""Sign-up, email verification, sign-in, password reset and profile editing."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from portal.accounts.models import MemberProfile, User
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.core import OrganisationFactory, RegionFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-fresh-and-long-password-2"


def _link_in(message, pattern):
    match = re.search(pattern, message.body)
    assert match, f"no link matching {pattern!r} in:\n{message.body}"
    return match.group(0)


def test_signup_then_verify_then_sign_in(client):
    response = client.post(
        reverse("account_signup"),
        {
            "display_name": "Ailsa Grant",
            "email": "ailsa@example.org",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="ailsa@example.org")
    assert user.profile.display_name == "Ailsa Grant"
    assert len(mail.outbox) == 1
    link = _link_in(mail.outbox[0], r"/accounts/confirm-email/[^/\s]+/")

    # Until the link is followed, signing in is refused.
    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": "ailsa@example.org", "password": NEW_PASSWORD},
        follow=True,
    )
    assert "_auth_user_id" not in client.session
    assert b"cannot sign in until your email address is confirmed" in response.content

    response = client.get(link)
    assert response.status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified

    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "ailsa@example.org", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_unverified_sign_in_is_refused_and_offers_a_new_link(client):
    UserFactory(email="new@example.org", verified=False)
    response = client.post(
        reverse("account_login"), {"login": "new@example.org", "password": PASSWORD}, follow=True
    )
    assert "_auth_user_id" not in client.session
    content = response.content.decode()
    assert "cannot sign in until your email address is confirmed" in content
    assert "Sign in again" in content
    # A fresh verification link was sent.
    assert any("confirm-email" in message.body for message in mail.outbox)


def test_wrong_password_is_refused_with_a_message(client):
    UserFactory(email="someone@example.org")
    response = client.post(
        reverse("account_login"), {"login": "someone@example.org", "password": "not-it"}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert b"not correct" in response.content


def test_password_reset(client):
    user = UserFactory(email="forgetful@example.org")
    response = client.post(reverse("account_reset_password"), {"email": "forgetful@example.org"})
    assert response.status_code == 302
    link = _link_in(mail.outbox[-1], r"/accounts/password/reset/key/[^\s]+/")
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_profile_requires_sign_in(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_profile_edit_saves_details(user_client, user):
    organisation = OrganisationFactory(name="Deep End Links")
    region = RegionFactory(name="NHS Tayside", slug="tayside")
    response = user_client.post(
        reverse("accounts:profile"),
        {
            "first_name": "Kirsty",
            "last_name": "Reid",
            "display_name": "Kirsty R",
            "role": MemberProfile.Role.PROGRAMME_MANAGER,
            "organisation": organisation.pk,
            "region": region.pk,
            "job_title": "Programme lead",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Kirsty", "Reid")
    assert user.profile.display_name == "Kirsty R"
    assert user.profile.organisation == organisation
    assert user.profile.region == region
    assert user.profile.role == MemberProfile.Role.PROGRAMME_MANAGER


def test_profile_bad_input_changes_nothing(user_client, user):
    before = user.profile.display_name
    response = user_client.post(
        reverse("accounts:profile"),
        {
            "display_name": "x" * 500,
            "role": "astronaut",
            "organisation": "999999",
        },
    )
    assert response.status_code == 200
    assert b"Please correct the errors below." in response.content
    user.profile.refresh_from_db()
    assert user.profile.display_name == before
    assert user.profile.role == MemberProfile.Role.CLW


def test_email_is_the_login_and_unique():
    user = User.objects.create_user("One@Example.org", "pw-123456789")
    assert user.email == "One@example.org"
    assert User.USERNAME_FIELD == "email"
    assert not hasattr(user, "username") or user.username is None
