"""Production hardening: check --deploy, security headers, rate limits, sign-in logging."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.credentials.keys import generate_private_key, private_pem
from tests.factories.accounts import PASSWORD, UserFactory, staff_user

ROOT = Path(__file__).resolve().parent.parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "pX7#v2LqK9!mR4zT8wB1nY6cH3jF0sD5aG-eU_iO+lP=kZxVbN",
    "ALLOWED_HOSTS": "clw.scot",
    "DATABASE_URL": "postgres://clw:not-used@127.0.0.1:5432/clw",
    # Open Badges signing key: production refuses to start without one (learning.E001).
    "CREDENTIALS_SIGNING_KEY": private_pem(generate_private_key()).replace("\n", "\\n"),
}
KEEP = {"PATH", "HOME", "LANG", "LC_ALL", "VIRTUAL_ENV", "PYTHONPATH", "TMPDIR"}


def _production(args, extra=None):
    """Run manage.py (or python -c) with only the three production variables set."""
    env = {k: v for k, v in os.environ.items() if k in KEEP}
    env.update(PRODUCTION_ENV)
    env.update(extra or {})
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


def test_check_deploy_reports_no_issues():
    result = _production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        {"REDIS_URL": "redis://127.0.0.1:6379/0"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_a_credentials_signing_key():
    result = _production(["manage.py", "check"], {"CREDENTIALS_SIGNING_KEY": ""})
    assert result.returncode != 0
    assert "learning.E001" in result.stdout + result.stderr


def test_check_deploy_reports_a_missing_redis():
    """Without REDIS_URL, rate limits and used TOTP codes would be kept per worker."""
    result = _production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode != 0
    assert "portal.W001" in result.stdout + result.stderr
    assert "REDIS_URL" in result.stdout + result.stderr


PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
response = Client().get("/admin/login/", secure=True, HTTP_HOST="clw.scot")
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "mfa": settings.PORTAL_REQUIRE_ADMIN_MFA,
    "proxies": settings.ALLAUTH_TRUSTED_PROXY_COUNT,
    "ip_header": settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER,
}))
"""


def test_production_sends_the_security_headers_and_cannot_relax_mfa():
    result = _production(
        ["-c", PROBE],
        {
            "PORTAL_REQUIRE_ADMIN_MFA": "0",
            "DATABASE_URL": "sqlite:///:memory:",
            "ALLAUTH_TRUSTED_PROXY_COUNT": "1",
        },
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    headers = probe["headers"]
    assert probe["mfa"] is True
    assert probe["proxies"] == 1  # the trusted proxy comes from the environment
    assert probe["ip_header"] is None
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in headers["Strict-Transport-Security"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "default-src 'self'" in headers["Content-Security-Policy"]


def _directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.django_db
def test_public_pages_allow_scripts_only_from_the_portal(client, home_page):
    response = client.get("/")
    csp = _directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_the_admin_policy_allows_what_wagtail_needs(client):
    client.force_login(staff_user())
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'self'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]  # Wagtail's preview panel


@pytest.mark.django_db
def test_repeated_failed_sign_ins_are_refused_with_a_clear_message(client):
    UserFactory(email="target@example.org")
    for _attempt in range(5):
        response = client.post(
            reverse("account_login"), {"login": "target@example.org", "password": "guess"}
        )
        assert "_auth_user_id" not in client.session
    # Even the right password is refused now, and the person is told why.
    response = client.post(
        reverse("account_login"), {"login": "target@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts. Try again later." in response.content.decode()


@pytest.mark.django_db
def test_failed_sign_ins_are_logged_without_the_password(client):
    UserFactory(email="logged@example.org")
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("portal.accounts")
    logger.addHandler(handler)
    try:
        client.post(
            reverse("account_login"),
            {"login": "logged@example.org", "password": "Sup3r-secret-guess"},
        )
    finally:
        logger.removeHandler(handler)
    messages = [record.getMessage() for record in records]
    assert any("failed sign-in for logged@example.org" in message for message in messages)
    assert not any("Sup3r-secret-guess" in message for message in messages)


@pytest.mark.django_db
def test_only_listed_document_types_can_be_uploaded(client, settings):
    client.force_login(staff_user())
    upload = SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = client.post(reverse("wagtaildocs:add"), {"title": "A program", "file": upload})
    from wagtail.documents import get_document_model

    assert not get_document_model().objects.filter(title="A program").exists()
    assert "exe" not in settings.WAGTAILDOCS_EXTENSIONS
    assert response.status_code == 200
    allowed = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    client.post(reverse("wagtaildocs:add"), {"title": "Notes", "file": allowed})
    assert get_document_model().objects.filter(title="Notes").exists()


def test_rate_limits_are_on_for_every_sensitive_form(settings):
    limits = settings.ACCOUNT_RATE_LIMITS
    for action in ("login_failed", "signup", "reset_password", "confirm_email", "page_password"):
        assert limits.get(action), action  # present and not switched off


def _sign_in(client, email, password, ip):
    """A sign-in arriving through the reverse proxy from the client at ``ip``."""
    return client.post(
        reverse("account_login"),
        {"login": email, "password": password},
        REMOTE_ADDR="10.0.0.2",  # the proxy
        HTTP_X_FORWARDED_FOR=ip,
    )


@pytest.mark.django_db
def test_behind_the_proxy_one_clients_failures_lock_out_only_that_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(10):
        UserFactory(email=f"someone{n}@example.org")
        _sign_in(client, f"someone{n}@example.org", "guess", "203.0.113.5")
    UserFactory(email="fresh@example.org")
    response = _sign_in(client, "fresh@example.org", PASSWORD, "203.0.113.5")
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode()
    # Everyone else behind the same proxy still signs in.
    _sign_in(client, "fresh@example.org", PASSWORD, "198.51.100.7")
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_failures_for_one_account_are_limited_from_every_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="target@example.org")
    for n in range(5):
        _sign_in(client, "target@example.org", "guess", f"203.0.113.{n + 1}")
    response = _sign_in(client, "target@example.org", PASSWORD, "198.51.100.7")
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode()
    # Other accounts are not affected.
    UserFactory(email="other@example.org")
    _sign_in(client, "other@example.org", PASSWORD, "198.51.100.7")
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_escape_the_limit(client, settings):
    """With one trusted proxy, only the address the proxy appended counts."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(10):
        UserFactory(email=f"someone{n}@example.org")
        _sign_in(client, f"someone{n}@example.org", "guess", f"1.2.3.{n}, 203.0.113.5")
    UserFactory(email="fresh@example.org")
    _sign_in(client, "fresh@example.org", PASSWORD, "9.9.9.9, 203.0.113.5")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_page_password_form_refuses_guessing(client, home_page):
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, home_page.pk])
    for _attempt in range(10):
        response = client.post(url, {"password": "guess", "return_url": "/"})
        assert response.status_code == 200  # the form again
    response = client.post(url, {"password": "s3cret-pass", "return_url": "/"})
    assert response.status_code == 429
    # Another client still gets in with the right password.
    response = client.post(
        url, {"password": "s3cret-pass", "return_url": "/"}, REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == 302
    assert client.get("/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/_util/authenticate_with_password/99999999999999999999/1/"])
def test_the_page_password_form_takes_only_real_ids(client, url):
    assert client.post(url, {"password": "x"}).status_code == 404
