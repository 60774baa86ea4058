"""The account pages, their messages and emails in Gaelic, and redirects that keep the language."""

import re
from pathlib import Path
from types import SimpleNamespace

import allauth
import pytest
from allauth.mfa.models import Authenticator
from django.contrib.sites.models import Site
from django.core import mail
from django.template.loader import render_to_string
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from portal.accounts import services
from portal.accounts.apps import sync_site
from portal.accounts.management.commands.demo_mfa_code import current_code
from portal.accounts.models import MembershipRequest, User
from tests.factories.accounts import (
    PASSWORD,
    TOTP_SECRET,
    MembershipRequestFactory,
    UserFactory,
    member_user,
    staff_user,
)
from tests.factories.core import RegionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-fresh-and-long-password-2"

# allauth's and Django's English, as a Gaelic reader would meet it before this was done.
ENGLISH = [
    "Sign In",
    "Sign Up",
    "Sign Out",
    "Forgot your password?",
    "Remember Me",
    "Password",
    "Email address",
    "Email Addresses",
    "Two-Factor Authentication",
    "Authenticator App",
    "Recovery Codes",
    "Are you sure",
    "Reset My Password",
    "Make Primary",
    "Add Email",
    "This password is too",
    "Hello from",
    "Thank you for using",
    "Successfully signed in",
    "not correct",
    "Too many failed",
]


def _text(response):
    """What a reader sees in <main> (tags, scripts and attribute values left out)."""
    html = response.content.decode()
    main = re.search(r"(?s)<main\b.*?</main>", html)
    html = main.group(0) if main else html
    html = re.sub(r"(?s)<script.*?</script>", " ", html)
    return re.sub(r"<[^>]+>", " ", html)


def _no_english(text):
    found = [phrase for phrase in ENGLISH if phrase in text]
    assert not found, f"English on a Gaelic page: {found}"


def _messages(response):
    return [str(message) for message in response.context["messages"]]


def _gd(name, *args):
    with translation.override("gd"):
        return reverse(name, args=args)


@pytest.mark.parametrize(
    "name",
    ["account_login", "account_signup", "account_reset_password", "account_reset_password_done"],
)
def test_entrance_pages_are_in_gaelic(client, name):
    response = client.get(_gd(name))
    assert response.status_code == 200
    assert '<html lang="gd"' in response.content.decode()
    text = _text(response)
    _no_english(text)
    assert "facal-faire" in text.lower() or "post-d" in text.lower()


@pytest.mark.parametrize(
    "name",
    ["account_email", "account_change_password", "account_logout", "mfa_index"],
)
def test_account_management_pages_are_in_gaelic(client, name):
    client.force_login(UserFactory())
    response = client.get(_gd(name))
    assert response.status_code == 200
    _no_english(_text(response))


def test_signup_in_gaelic_confirms_from_a_gaelic_email_and_stays_in_gaelic(client):
    response = client.post(
        _gd("account_signup"),
        {
            "display_name": "Catrìona NicLeòid",
            "email": "catriona@example.org",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == _gd("account_email_verification_sent")
    user = User.objects.get(email="catriona@example.org")
    assert user.profile.language == "gd"

    (message,) = mail.outbox
    assert message.subject.startswith("[Lìonra CLW] ")
    assert "Dearbh an seòladh puist-d agad" in message.subject
    body = message.body
    assert "Lìonra Luchd-obrach Ceangail Coimhearsnachd na h-Alba" in body
    assert "testserver" in body  # the Site's domain, from WAGTAILADMIN_BASE_URL
    assert "Hello from" not in body and "127.0.0.1" not in body
    link = re.search(r"http://testserver(/gd/accounts/confirm-email/[^/\s]+/)", body).group(1)

    page = client.get(link)
    assert page.status_code == 200
    _no_english(_text(page))
    response = client.post(link, follow=True)
    assert response.redirect_chain[-1][0] == "/gd/accounts/profile/welcome/"
    assert client.session["_auth_user_id"] == str(user.pk)
    assert any("Chlàraich thu a-steach" in text for text in _messages(response))


def test_a_short_password_is_refused_in_gaelic(client):
    response = client.post(
        _gd("account_signup"),
        {
            "display_name": "Seumas",
            "email": "seumas@example.org",
            "password1": "q7",
            "password2": "q7",
        },
    )
    assert response.status_code == 200
    text = _text(response)
    assert "Tha am facal-faire seo ro ghoirid" in text
    _no_english(text)


def test_sign_in_and_sign_out_keep_gaelic(client):
    user = UserFactory(email="morag@example.org")
    response = client.post(
        _gd("account_login"), {"login": "morag@example.org", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[0][0] == "/gd/"
    assert client.session["_auth_user_id"] == str(user.pk)
    assert _messages(response) == [f"Chlàraich thu a-steach mar {user.display_name}."]

    response = client.post(_gd("account_logout"), follow=True)
    assert response.redirect_chain[0][0] == "/gd/"
    assert _messages(response) == ["Chlàraich thu a-mach."]


def test_sign_in_keeps_where_the_person_was_going(client):
    UserFactory(email="morag@example.org")
    response = client.post(
        _gd("account_login") + "?next=/gd/accounts/profile/",
        {"login": "morag@example.org", "password": PASSWORD},
    )
    assert response["Location"] == "/gd/accounts/profile/"


def test_english_sign_in_stays_english(client):
    UserFactory(email="morag@example.org")
    response = client.post(
        reverse("account_login"), {"login": "morag@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/"


def test_wrong_password_and_the_rate_limit_are_explained_in_gaelic(client):
    UserFactory(email="morag@example.org")
    response = client.post(_gd("account_login"), {"login": "morag@example.org", "password": "no"})
    text = _text(response)
    assert "Chan eil an seòladh puist-d agus/no am facal-faire a chuir thu a-steach ceart." in text
    _no_english(text)
    for _attempt in range(6):
        response = client.post(
            _gd("account_login"), {"login": "morag@example.org", "password": "no"}
        )
    text = _text(response)
    assert "cus thursan" in text
    _no_english(text)


def test_password_reset_in_gaelic_stays_in_gaelic(client):
    user = UserFactory(email="forgetful@example.org")
    user.profile.language = "gd"
    user.profile.save()
    response = client.post(_gd("account_reset_password"), {"email": "forgetful@example.org"})
    assert response["Location"] == _gd("account_reset_password_done")
    message = mail.outbox[-1]
    assert "Ath-shuidhich am facal-faire" in message.subject or "facal-faire" in message.subject
    assert "Tha thu a' faighinn a' phuist-d seo" in message.body
    link = re.search(r"http://testserver(/gd/accounts/password/reset/key/\S+/)", message.body)
    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.group(1)
    assert form_url.startswith("/gd/")
    _no_english(_text(response))
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response["Location"] == _gd("account_reset_password_from_key_done")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_emails_follow_the_preferred_language_not_the_page(client):
    """A Gaelic speaker who asks for a reset from an English page gets a Gaelic email."""
    user = UserFactory(email="gaelic@example.org")
    user.profile.language = "gd"
    user.profile.save()
    client.post(reverse("account_reset_password"), {"email": "gaelic@example.org"})
    body = mail.outbox[-1].body
    assert "Tha thu a' faighinn a' phuist-d seo" in body
    assert "http://testserver/gd/accounts/password/reset/key/" in body

    english = UserFactory(email="english@example.org")
    assert english.profile.language == "en"
    client.post(_gd("account_reset_password"), {"email": "english@example.org"})
    body = mail.outbox[-1].body
    assert "You're receiving this email" in body
    assert "http://testserver/accounts/password/reset/key/" in body


def test_the_preferred_language_is_changed_on_the_profile(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get(_gd("accounts:profile"))
    assert 'name="language"' in response.content.decode()
    response = client.post(
        reverse("accounts:profile"), {"display_name": "Morag", "role": "clw", "language": "gd"}
    )
    assert response.status_code == 302
    user.profile.refresh_from_db()
    assert user.profile.language == "gd"


def test_membership_decisions_are_emailed_in_the_preferred_language(
    django_capture_on_commit_callbacks,
):
    staff = UserFactory(is_staff=True)
    membership_request = MembershipRequestFactory(language="en")
    membership_request.user.profile.language = "gd"
    membership_request.user.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_membership(membership_request, by=staff)
    (message,) = mail.outbox
    assert message.subject.startswith("[Lìonra CLW] ")
    assert "Lìonra Luchd-obrach Ceangail Coimhearsnachd na h-Alba" in message.body
    assert "http://testserver/gd/members/" in message.body
    assert MembershipRequest.objects.get().status == MembershipRequest.Status.APPROVED


def test_two_factor_sign_in_and_set_up_in_gaelic(client, django_capture_on_commit_callbacks):
    staff_user(email="staff@example.org")
    response = client.post(
        _gd("account_login"), {"login": "staff@example.org", "password": PASSWORD}
    )
    assert response["Location"] == _gd("mfa_authenticate")
    page = client.get(_gd("mfa_authenticate"))
    _no_english(_text(page))
    wrong = client.post(_gd("mfa_authenticate"), {"code": "000000"})
    assert "Chan eil an còd ceart." in _text(wrong)
    response = client.post(_gd("mfa_authenticate"), {"code": current_code(TOTP_SECRET)})
    assert response["Location"] == "/gd/"

    # A learner sets up an authenticator app and is told, on screen and by email.
    learner = UserFactory(email="learner@example.org")
    learner.profile.language = "gd"
    learner.profile.save()
    client.logout()
    client.post(_gd("account_login"), {"login": "learner@example.org", "password": PASSWORD})
    # Setting up asks for the password again first (allauth's reauthentication).
    response = client.get(_gd("mfa_activate_totp"))
    reauthenticate = response["Location"]
    assert reauthenticate.startswith(_gd("account_reauthenticate"))
    _no_english(_text(client.get(reauthenticate)))
    response = client.post(reauthenticate, {"password": PASSWORD})
    assert response["Location"] == _gd("mfa_activate_totp")
    page = client.get(_gd("mfa_activate_totp"))
    assert page.status_code == 200
    _no_english(_text(page))
    secret = page.context["form"].secret
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_gd("mfa_activate_totp"), {"code": current_code(secret)})
    assert Authenticator.objects.filter(user=learner, type=Authenticator.Type.TOTP).exists()
    assert response["Location"].startswith("/gd/")
    _no_english(_text(client.get(response["Location"])))
    (notice,) = mail.outbox
    assert "Chaidh an aplacaid dearbhaidh a chur air" in notice.subject
    assert "Tha thu a' faighinn a' phuist-d seo" in notice.body


ALLAUTH_TEMPLATES = Path(allauth.__file__).parent / "templates"
MESSAGE_CONTEXT = {
    "email": "morag@example.org",
    "name": "Morag",
    "recipient": "morag@example.org",
    "phone": "+44 7700 900000",
    "from_email": "old@example.org",
    "to_email": "new@example.org",
    "deleted_email": "old@example.org",
    "user_display": "Morag",
    "activate_url": "http://testserver/gd/accounts/confirm-email/key/",
    "password_reset_url": "http://testserver/gd/accounts/password/reset/",
    "signup_url": "http://testserver/gd/accounts/signup/",
    "code": "ABC123",
    "ip": "192.0.2.1",
    "user_agent": "Firefox",
    "timestamp": "1 Dùbhlachd 2026",
    "current_site": SimpleNamespace(name="Lìonra", domain="testserver"),
}


@pytest.mark.parametrize(
    "template",
    sorted(
        path.relative_to(ALLAUTH_TEMPLATES).as_posix()
        for folder in ["account/messages", "account/email", "mfa/messages", "mfa/email"]
        for path in (ALLAUTH_TEMPLATES / folder).glob("*.txt")
        if "webauthn" not in path.name and "phone" not in path.name
    ),
)
def test_every_allauth_message_and_email_has_gaelic(template):
    """Each message and email allauth can send (the portal uses no phones or passkeys)."""
    user = UserFactory.build(first_name="Morag", last_name="")
    context = {**MESSAGE_CONTEXT, "user": user}
    with translation.override("en"):
        english = render_to_string(template, context).strip()
    with translation.override("gd"):
        gaelic = render_to_string(template, context).strip()
    if not english or template.endswith("base_notification.txt"):
        return
    english_lines = {
        line.strip()
        for line in english.splitlines()
        if len(line.strip()) > 25 and "://" not in line
    }
    left = [line for line in gaelic.splitlines() if line.strip() in english_lines]
    assert not left, f"{template} still has English: {left}"


def test_erasing_an_account_ends_on_the_gaelic_home_page(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(_gd("accounts:erase"), {"password": PASSWORD, "confirm": "on"})
    assert response["Location"] == "/gd/"
    assert not User.objects.filter(pk=user.pk).exists()


def test_the_404_page_links_home_in_its_language(client):
    response = client.get("/gd/no-such-page-here/")
    assert response.status_code == 404
    assert 'href="/gd/"' in response.content.decode()
    response = client.get("/no-such-page-here/")
    assert 'href="/"' in response.content.decode()


@override_settings(ROOT_URLCONF="tests.accounts.urls_forbidden")
def test_the_403_page_links_home_in_its_language(client):
    response = client.get("/gd/forbidden/")
    assert response.status_code == 403
    content = response.content.decode()
    assert 'href="/gd/"' in content
    assert '<html lang="gd"' in content


def test_members_only_pages_send_people_to_sign_in_in_their_language(client):
    response = client.get(_gd("members:restricted") + "?next=/gd/private/")
    assert response.status_code == 302
    assert response["Location"].startswith(_gd("account_login") + "?next=")
    response = client.get(_gd("members:directory"))
    assert response["Location"].startswith(_gd("account_login"))

    client.force_login(UserFactory())
    response = client.get(_gd("members:restricted"))
    assert response.status_code == 403
    assert 'href="/gd/members/join/"' in response.content.decode()


def test_the_site_is_named_and_placed_from_configuration():
    site = Site.objects.get_current()
    assert (site.name, site.domain) == ("Scottish Community Link Worker Network", "testserver")
    with override_settings(WAGTAILADMIN_BASE_URL="https://clw.scot/"):
        sync_site(sender=None)
    site = Site.objects.get_current()
    assert site.domain == "clw.scot"


def test_profile_membership_and_directory_forms_name_terms_in_gaelic(client, gaelic):
    region = RegionFactory(name="NHS Highland", slug="highland")
    gaelic_region = region.copy_for_translation(gaelic)
    gaelic_region.name = "NHS na Gàidhealtachd"
    gaelic_region.save()
    theme = ThemeFactory(name="Housing", slug="housing")
    gaelic_theme = theme.copy_for_translation(gaelic)
    gaelic_theme.name = "Taigheadas"
    gaelic_theme.save()
    pages = {
        "accounts:profile": member_user,
        "members:directory_profile": member_user,
        "members:join": UserFactory,
    }
    for name, person in pages.items():
        client.force_login(person())
        content = client.get(_gd(name)).content.decode()
        assert "NHS na Gàidhealtachd" in content or "Taigheadas" in content, name
        assert "NHS Highland" not in content and ">Housing<" not in content, name
    # The choice stays the (English) term, so the English pages show the same choice.
    response = client.post(_gd("accounts:profile"), {"role": "clw", "region": region.pk})
    assert response.status_code == 302
    english = client.get("/accounts/profile/").content.decode()
    assert "NHS Highland" in english
