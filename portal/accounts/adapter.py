"""allauth's account adapter: what happens when people sign up and sign in, and the emails."""

import logging
from types import SimpleNamespace
from urllib.parse import urlencode

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from .language import active_language, localize_url, preferred_language
from .services import ensure_profile

logger = logging.getLogger("portal.accounts")

# Links allauth puts in its emails: they follow the recipient's language.
EMAIL_URLS = ("activate_url", "password_reset_url", "signup_url")
# ACCOUNT_EMAIL_SUBJECT_PREFIX, translated in each email (listed here for makemessages).
gettext_noop("[CLW Network] ")


class AccountAdapter(DefaultAccountAdapter):
    """Profiles for new accounts, emails in each person's language, redirects that keep it."""

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
        """Save the new account with a profile: its name, and the language of sign-up."""
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            profile = ensure_profile(user)
            profile.language = active_language()
            display_name = form.cleaned_data.get("display_name", "")
            if display_name:
                profile.display_name = display_name
            profile.save(update_fields=["display_name", "language"])
        return user

    # Redirects stay in the language of the page the person was on.

    def get_login_redirect_url(self, request):
        return localize_url(super().get_login_redirect_url(request))

    def get_logout_redirect_url(self, request):
        return localize_url(super().get_logout_redirect_url(request))

    def get_signup_redirect_url(self, request):
        """Where a new person lands once their email address is confirmed (allauth signs
        them in then): the welcome page, which offers to join the network and to start
        the induction pathway."""
        return localize_url(reverse("accounts:welcome"))

    def get_email_verification_redirect_url(self, email_address):
        """After confirming an address: the welcome page, through sign-in if need be (the
        link was opened in another browser)."""
        welcome = localize_url(reverse("accounts:welcome"))
        if self.request.user.is_authenticated:
            return welcome
        return f"{localize_url(reverse('account_login'))}?{urlencode({'next': welcome})}"

    # Emails are written in the recipient's preferred language.

    def format_email_subject(self, subject):
        prefix = account_settings.EMAIL_SUBJECT_PREFIX or ""
        return gettext(prefix) + str(subject)

    def send_mail(self, template_prefix, email, context):
        """Render allauth's email in the recipient's language, with the network's name.

        The recipient is the account the email is about (or the address's account);
        someone with no account gets the language of the page they used. Links in the
        email lead to pages in that language.
        """
        language = preferred_language(user=context.get("user"), email=email)
        context = dict(context)
        for name in EMAIL_URLS:
            if context.get(name):
                context[name] = localize_url(context[name], language)
        site = get_current_site(getattr(self, "request", None))
        with translation.override(language):
            context["current_site"] = SimpleNamespace(name=gettext(site.name), domain=site.domain)
            super().send_mail(template_prefix, email, context)
