"""Print the demo editor's current two-factor code (local development only)."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from portal.accounts.demo import EDITOR_TOTP_SECRET


def current_code(secret=EDITOR_TOTP_SECRET, at=None):
    """The six-digit TOTP code for ``secret`` now (or at the given Unix time)."""
    counter = int(at if at is not None else time.time()) // app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


class Command(BaseCommand):
    help = (
        "Print the current two-factor (TOTP) code of the demo editor, editor@demo.clw.scot. "
        "The secret is public (see README.md): use this with demo content only."
    )

    def handle(self, *args, **options):
        remaining = app_settings.TOTP_PERIOD - int(time.time()) % app_settings.TOTP_PERIOD
        self.stdout.write(
            f"Demo editor's code: {current_code()} (valid for about {remaining} more seconds)\n"
            f"Or add this secret to an authenticator app: {EDITOR_TOTP_SECRET}"
        )
