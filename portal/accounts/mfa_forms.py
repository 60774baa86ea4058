"""allauth's two-factor code forms, saying so when a code was already used.

allauth refuses a TOTP code that has been accepted once (so a code seen over someone's
shoulder cannot be replayed), but its message is the same "Incorrect code." as for a
wrong one, which sends people to check their app's clock. These forms keep allauth's
checks and rate limit and only change the message (``MFA_FORMS`` in settings).
"""

from allauth.mfa.base.forms import AuthenticateForm as AllauthAuthenticateForm
from allauth.mfa.base.forms import ReauthenticateForm as AllauthReauthenticateForm
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import validate_totp_code
from allauth.mfa.utils import decrypt
from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

CODE_ALREADY_USED = _(
    "That code has already been used. Wait for your authenticator app to show a new "
    "one, then enter it."
)


def _code_already_used(user, code):
    """Whether ``code`` is the person's current TOTP code and allauth marked it used."""
    code = (code or "").strip()
    if not code.isascii() or not code.isdigit():
        return False
    for authenticator in Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP):
        totp = authenticator.wrap()
        if validate_totp_code(decrypt(authenticator.data["secret"]), code) and cache.get(
            totp._get_used_cache_key(code)
        ):
            return True
    return False


class _UsedCodeMessage:
    def clean_code(self):
        try:
            return super().clean_code()
        except forms.ValidationError as error:
            if _code_already_used(self.user, self.cleaned_data.get("code")):
                raise forms.ValidationError(CODE_ALREADY_USED, code="code_already_used") from error
            raise


class AuthenticateForm(_UsedCodeMessage, AllauthAuthenticateForm):
    """The code asked for at sign-in."""


class ReauthenticateForm(_UsedCodeMessage, AllauthReauthenticateForm):
    """The code asked for again before the admin or a sensitive change."""
