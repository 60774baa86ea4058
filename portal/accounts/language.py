"""A person's language: which one their emails are in, and keeping it across redirects.

Interface language comes from the URL (``/gd/...`` is Gaelic, see ``portal/urls.py``);
a person's *preferred* language (``MemberProfile.language``) is what the portal writes
to them in, set from the language they signed up in and changeable on their profile.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation


def supported(language):
    """``language`` if the portal speaks it, else None."""
    codes = {code for code, _name in settings.LANGUAGES}
    if language in codes:
        return language
    if language and language.split("-")[0] in codes:
        return language.split("-")[0]
    return None


def active_language():
    return supported(translation.get_language()) or settings.LANGUAGE_CODE


def preferred_language(user=None, email=None):
    """The language to write to this person in.

    Their profile's preferred language; for an address with no account (or no
    profile), the language of the page they are using.
    """
    if user is None and email:
        from allauth.account.models import EmailAddress

        from .models import User

        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else User.objects.filter(email__iexact=email).first()
    profile = getattr(user, "profile", None) if user is not None and user.pk else None
    if profile is not None and supported(profile.language):
        return profile.language
    return active_language()


def localize_url(url, language=None):
    """The same URL in ``language`` (the active one by default): ``/`` becomes ``/gd/``.

    Works for paths and absolute URLs under the portal's i18n_patterns; anything else
    (another site, a path no view answers) comes back unchanged.
    """
    language = supported(language) or active_language()
    source = translation.get_language_from_path(urlsplit(url).path) or settings.LANGUAGE_CODE
    if source == language:
        return url
    with translation.override(source):
        return translate_url(url, language)


def home_url():
    """The home page in the active language (``/`` or ``/gd/``)."""
    return reverse("wagtail_serve", args=[""])
