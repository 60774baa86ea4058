"""allauth's account adapter: what happens when people sign up and sign in."""

import logging

from allauth.account.adapter import DefaultAccountAdapter

from .services import ensure_profile

logger = logging.getLogger("portal.accounts")


class AccountAdapter(DefaultAccountAdapter):
    """Creates a member profile for every new account."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            profile = ensure_profile(user)
            display_name = form.cleaned_data.get("display_name", "")
            if display_name:
                profile.display_name = display_name
                profile.save(update_fields=["display_name"])
        return user
