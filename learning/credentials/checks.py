"""System check: production must have a signing key for Open Badges credentials."""

from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured


@register()
def signing_key_configured(app_configs, **kwargs):
    from .keys import retired_keys, signing_key

    if not getattr(settings, "CREDENTIALS_SIGNING_KEY", "") and not getattr(
        settings, "CREDENTIALS_EPHEMERAL_KEY", False
    ):
        return [
            Error(
                "CREDENTIALS_SIGNING_KEY is not set, so certificates cannot be issued as "
                "signed Open Badges credentials.",
                hint="Run `python manage.py generate_credentials_key` and put the key in "
                "the environment (see README.md).",
                id="learning.E001",
            )
        ]
    try:
        if getattr(settings, "CREDENTIALS_SIGNING_KEY", ""):
            signing_key()
        retired_keys()
    except ImproperlyConfigured as error:
        return [Error(str(error), id="learning.E002")]
    return []
