"""Wagtail's front-end routes that sign people in, kept behind the portal's controls.

``include(wagtail_urls)`` mounts two routes of its own under ``_util/`` (in English and
under ``/gd/``). ``portal.urls`` puts these views in front of them:

- ``_util/login/`` was Django's plain ``LoginView``: a password alone opened a session,
  with no second factor, no email verification and no rate limit. It now hands over to
  allauth's sign-in, the only way into an account.
- ``_util/authenticate_with_password/...`` (the password form of a page with "private,
  password" privacy) is Wagtail's view behind allauth's rate limiter: wrong passwords
  are limited per client and per restriction (``ACCOUNT_RATE_LIMITS["page_password"]``).
"""

from allauth.core import ratelimit
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail import views as wagtail_views

PAGE_PASSWORD_ACTION = "page_password"


def wagtail_login(request):
    """Send Wagtail's front-end sign-in to allauth's, keeping a safe ``next``."""
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    return redirect_to_login(next_url, reverse("account_login"))


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password form, refusing guesses past the rate limit (429)."""
    key = str(page_view_restriction_id)
    if request.method == "POST" and not ratelimit.consume(
        request, action=PAGE_PASSWORD_ACTION, key=key, dry_run=True
    ):
        return ratelimit.respond_429(request)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if request.method == "POST" and response.status_code == 200:
        # The form came back: the password was wrong. Count the failure.
        ratelimit.consume(request, action=PAGE_PASSWORD_ACTION, key=key)
    return response
