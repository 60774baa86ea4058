"""Compile the gettext catalogues under locale/ without needing GNU gettext installed.

``manage.py compilemessages`` needs ``msgfmt``; this uses polib (which
wagtail-localize already depends on) so a fresh machine needs nothing else.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile every locale/*/LC_MESSAGES/*.po file to .mo"

    def handle(self, *args, **options):
        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in Path(locale_path).glob("*/LC_MESSAGES/*.po"):
                polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
        self.stdout.write(f"Compiled {count} catalogue(s).")
