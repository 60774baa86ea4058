"""allauth's account adapter: what happens when people sign up and sign in."""

import logging

from allauth.account.adapter import DefaultAccountAdapter

from .services import ensure_profile

logger = logging.getLogger("portal.accounts")


class AccountAdapter(DefaultAccountAdapter):
    """Creates a member profile for every new account and logs failed sign-ins."""

    def _client(self, request):
        """The client's address as the rate limits see it (through the trusted proxy)."""
        try:
            return self.get_client_ip(request)
        except Exception:
            return request.META.get("REMOTE_ADDR", "unknown")

    def authentication_failed(self, request, **credentials):
        """Log a failed sign-in: which address and from where, never the password."""
        login = credentials.get("email") or credentials.get("username") or "(none)"
        logger.warning("failed sign-in for %s from %s", login, self._client(request))
        super().authentication_failed(request, **credentials)

    def pre_authenticate(self, request, **credentials):
        """Log when the rate limit refuses a sign-in, then let allauth refuse it."""
        try:
            super().pre_authenticate(request, **credentials)
        except Exception:
            login = credentials.get("email") or credentials.get("username") or "(none)"
            logger.warning(
                "sign-in refused by the rate limit for %s from %s",
                login,
                self._client(request),
            )
            raise

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            profile = ensure_profile(user)
            display_name = form.cleaned_data.get("display_name", "")
            if display_name:
                profile.display_name = display_name
                profile.save(update_fields=["display_name"])
        return user
