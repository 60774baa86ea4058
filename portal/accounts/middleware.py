"""Security middleware: MFA before any Wagtail admin page, and the Content-Security-Policy."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _


def admin_prefix():
    return reverse("wagtailadmin_home")


def has_totp(user):
    """Whether the person has an authenticator app set up (allauth's TOTP)."""
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_mfa(request):
    """Whether THIS session completed a second factor for the signed-in person.

    Reads allauth's own record of how the session authenticated
    (``get_authentication_records``), which its MFA stage and re-authentication write
    when a TOTP or recovery code is accepted. Owning an authenticator is not enough: a
    session opened with a password alone has no ``mfa`` record.
    """
    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, request.user)
    )


class AdminMFAMiddleware:
    """Guard every URL under the Wagtail admin.

    - Wagtail's own sign-in page sends people to allauth's, which asks for the
      authenticator code of anyone who has one.
    - A signed-in person who may not use the admin gets "permission denied" (not a loop
      back to the sign-in page).
    - Someone who may use the admin but has no authenticator app is sent to set one up
      (with recovery codes) before any admin page, unless ``PORTAL_REQUIRE_ADMIN_MFA`` is
      off, which only local development may do (production forces it on).
    - Someone with an authenticator app whose session did not pass it (a session opened
      by any route without the code, or just after setting the app up) is asked for a
      code by allauth's re-authentication page before any admin page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.check(request)
        return response if response is not None else self.get_response(request)

    def check(self, request):
        prefix = admin_prefix()
        if not request.path_info.startswith(prefix):
            return None
        if request.path_info == reverse("wagtailadmin_logout"):
            return None
        if request.path_info == reverse("wagtailadmin_login"):
            next_url = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                next_url = prefix
            if request.user.is_authenticated:
                return redirect(next_url)
            return redirect_to_login(next_url, reverse("account_login"))
        user = request.user
        if not user.is_authenticated:
            return None  # Wagtail sends them to WAGTAILADMIN_LOGIN_URL (allauth's sign-in)
        if not user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied(_("You do not have permission to use the admin."))
        if getattr(settings, "PORTAL_REQUIRE_ADMIN_MFA", True) and not has_totp(user):
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                raise PermissionDenied(_("Set up two-factor authentication first."))
            messages.warning(
                request,
                _(
                    "Before you can use the admin, set up two-factor authentication with an "
                    "authenticator app. Keep your recovery codes somewhere safe, then go back "
                    "to the admin."
                ),
            )
            return redirect("mfa_activate_totp")
        if getattr(settings, "PORTAL_REQUIRE_ADMIN_MFA", True) and not session_passed_mfa(request):
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                raise PermissionDenied(_("Enter a code from your authenticator app first."))
            return redirect_to_login(
                request.get_full_path(), reverse("mfa_reauthenticate"), REDIRECT_FIELD_NAME
            )
        return None


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp with one exception for the Wagtail admin.

    Some Wagtail and wagtail-localize admin templates (inline panels, date pickers, the
    translation editor) still contain inline ``<script>`` blocks, so under the admin
    ``script-src`` also allows ``'unsafe-inline'``; and the admin shows previews of pages in
    a frame of its own, so ``frame-ancestors`` is ``'self'`` there. Public pages keep the
    strict policy (scripts from the portal only, never framed).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(admin_prefix()):
            update = dict(parts.update or {})
            update["script-src"] = [*update.get("script-src", []), UNSAFE_INLINE]
            replace = dict(parts.replace or {})
            replace["frame-ancestors"] = [SELF]
            return PolicyParts(parts.config, update, replace, parts.nonce)
        return parts
