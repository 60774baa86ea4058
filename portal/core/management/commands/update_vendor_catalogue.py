"""Refresh the Gaelic catalogue for the libraries' own strings (allauth and Django).

allauth ships no Gaelic, and Django's Gaelic catalogue lacks some 5.2 strings. The
portal keeps their translations in ``locale/vendor/<lang>/LC_MESSAGES/django.po``
(listed in ``LOCALE_PATHS`` after the portal's own catalogue, so both win over the
libraries' catalogues). This command extracts the msgids again from the installed
versions and merges them into that file, keeping every existing translation; new
entries are left empty for a translator (the catalogue test then fails until they
are filled).

- allauth: the parts the portal uses (``account``, ``mfa``, the shared core and their
  templates), extracted with Django's ``makemessages`` (needs GNU gettext).
- Django: the msgids of Django's own English catalogues (core and ``contrib.auth``)
  that its catalogue for the language leaves untranslated.
"""

import os
import shutil
import tempfile
from pathlib import Path

import allauth
import django
import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

# The allauth parts the portal mounts: accounts and MFA (no social accounts, sessions,
# headless or identity provider).
ALLAUTH_PARTS = [
    "__init__.py",
    "app_settings.py",
    "decorators.py",
    "exceptions.py",
    "models.py",
    "ratelimit.py",
    "utils.py",
    "core",
    "account",
    "mfa",
    "templates/account",
    "templates/mfa",
    "templates/allauth",
]
DJANGO_CATALOGUES = ["conf/locale", "contrib/auth/locale"]
HEADER = """Scottish Gaelic for the libraries' strings the portal shows: django-allauth (accounts
and MFA, which ship no Gaelic) and the Django 5.2 strings Django's own Gaelic catalogue
lacks. Refresh the msgids with `python manage.py update_vendor_catalogue -l gd`
(keeps every translation), then translate any new empty entry."""
PLURAL_FORMS = {
    "gd": "nplurals=4; plural=(n==1 || n==11) ? 0 : (n==2 || n==12) ? 1 : "
    "(n > 2 && n < 20) ? 2 : 3;",
}


def vendor_catalogue_path(language):
    return Path(settings.BASE_DIR) / "locale" / "vendor" / language / "LC_MESSAGES" / "django.po"


def extract_allauth(language):
    """allauth's msgids for the parts the portal uses, as a polib file."""
    source = Path(allauth.__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "allauth"
        for part in ALLAUTH_PARTS:
            src = source / part
            dst = root / part
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "locale"))
            else:
                shutil.copy(src, dst)
        (root / "locale").mkdir()
        cwd = Path.cwd()
        try:
            os.chdir(root)
            with override_settings(LOCALE_PATHS=[]):
                call_command("makemessages", locale=[language], no_location=False, verbosity=0)
        finally:
            os.chdir(cwd)
        return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


def django_gaps(language):
    """Django's msgids (core and auth) that its own catalogue leaves untranslated."""
    base = Path(django.__file__).parent
    entries = []
    for catalogue in DJANGO_CATALOGUES:
        english = polib.pofile(str(base / catalogue / "en" / "LC_MESSAGES" / "django.po"))
        theirs_path = base / catalogue / language / "LC_MESSAGES" / "django.po"
        have = set()
        if theirs_path.exists():
            have = {(e.msgctxt, e.msgid) for e in polib.pofile(str(theirs_path)) if e.translated()}
        for entry in english:
            if entry.obsolete or (entry.msgctxt, entry.msgid) in have:
                continue
            entry.occurrences = [
                (f"django/{catalogue.split('/locale')[0]}/{f}", n) for f, n in entry.occurrences
            ]
            entries.append(entry)
    return entries


class Command(BaseCommand):
    help = "Extract allauth's and Django's missing msgids into locale/vendor/<lang>/"

    def add_arguments(self, parser):
        parser.add_argument("--locale", "-l", default="gd")

    def handle(self, *args, locale, **options):
        path = vendor_catalogue_path(locale)
        old = polib.pofile(str(path)) if path.exists() else None
        known = {}
        if old is not None:
            for entry in old:
                if not entry.obsolete:
                    known[(entry.msgctxt, entry.msgid)] = entry

        extracted = extract_allauth(locale)
        new = polib.POFile(wrapwidth=79)
        new.header = (old.header if old is not None else "") or HEADER
        new.metadata = (
            old.metadata
            if old is not None
            else {
                "Project-Id-Version": "clw-portal vendor strings",
                "Language": locale,
                "MIME-Version": "1.0",
                "Content-Type": "text/plain; charset=UTF-8",
                "Content-Transfer-Encoding": "8bit",
                "Plural-Forms": PLURAL_FORMS.get(locale, "nplurals=2; plural=(n != 1);"),
            }
        )
        nplurals = int(new.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
        seen = set()
        added = 0
        for entry in [*extracted, *django_gaps(locale)]:
            key = (entry.msgctxt, entry.msgid)
            if entry.obsolete or key in seen:
                continue
            seen.add(key)
            previous = known.get(key)
            if entry.occurrences and not entry.occurrences[0][0].startswith("django/"):
                entry.occurrences = [(f"allauth/{f}", n) for f, n in entry.occurrences]
            if previous is not None:
                entry.msgstr = previous.msgstr
                entry.msgstr_plural = previous.msgstr_plural
                entry.flags = [flag for flag in entry.flags if flag != "fuzzy"] + [
                    flag for flag in previous.flags if flag == "fuzzy"
                ]
            else:
                entry.msgstr = ""
                if entry.msgid_plural:
                    entry.msgstr_plural = dict.fromkeys(range(nplurals), "")
                entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
                added += 1
            entry.previous_msgid = None
            entry.previous_msgid_plural = None
            entry.previous_msgctxt = None
            new.append(entry)
        path.parent.mkdir(parents=True, exist_ok=True)
        new.save(str(path))
        dropped = len(set(known) - seen)
        self.stdout.write(
            f"{path}: {len(new)} entries ({added} new, {dropped} no longer used and dropped)."
        )
