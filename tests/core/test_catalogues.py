"""Every Gaelic catalogue the portal ships is complete, with Gaelic's four plural forms."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import gettext

from portal.core.levels import PracticeLevel

GAELIC_PLURALS = (
    "nplurals=4; plural=(n==1 || n==11) ? 0 : (n==2 || n==12) ? 1 : (n > 2 && n < 20) ? 2 : 3;"
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sd]|\{\w+\}")


def _catalogues():
    found = []
    for locale_path in settings.LOCALE_PATHS:
        found += sorted(Path(locale_path).glob("gd/LC_MESSAGES/*.po"))
    return found


def _label(entry):
    return (f"[{entry.msgctxt}] " if entry.msgctxt else "") + entry.msgid[:70]


def test_the_portal_ships_its_own_and_the_libraries_gaelic_catalogues():
    names = {path.relative_to(settings.BASE_DIR).as_posix() for path in _catalogues()}
    assert "locale/gd/LC_MESSAGES/django.po" in names
    assert "locale/vendor/gd/LC_MESSAGES/django.po" in names


@pytest.mark.parametrize(
    "path", _catalogues(), ids=lambda path: path.relative_to(settings.BASE_DIR).as_posix()
)
def test_gaelic_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    assert " ".join(catalogue.metadata.get("Plural-Forms", "").split()) == GAELIC_PLURALS
    empty = [_label(entry) for entry in catalogue if not entry.obsolete and not entry.translated()]
    fuzzy = [_label(entry) for entry in catalogue if not entry.obsolete and entry.fuzzy]
    assert not fuzzy, f"{len(fuzzy)} fuzzy entries in {path}: {fuzzy[:20]}"
    assert not empty, f"{len(empty)} untranslated entries in {path}: {empty[:20]}"
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == 4, _label(entry)
            wanted = set(PLACEHOLDER.findall(entry.msgid_plural)) | {
                name for name in PLACEHOLDER.findall(entry.msgid) if name.startswith("%(")
            }
            translations = entry.msgstr_plural.values()
        else:
            wanted = set(PLACEHOLDER.findall(entry.msgid))
            translations = [entry.msgstr]
        for translated in translations:
            assert set(PLACEHOLDER.findall(translated)) == wanted, (
                f"placeholders differ in {_label(entry)!r}: {translated!r}"
            )


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "Chrìochnaich thu 1 à 1 mhodal."),
        (2, "Chrìochnaich thu 1 à 2 mhodal."),
        (3, "Chrìochnaich thu 1 à 3 modalan."),
        (11, "Chrìochnaich thu 1 à 11 mhodal."),
        (20, "Chrìochnaich thu 1 à 20 modal."),
    ],
)
def test_gaelic_counts_take_the_right_one_of_four_forms(count, expected):
    template = Template(
        "{% load i18n %}{% blocktranslate with done=1 count total=total %}"
        "You have completed {{ done }} of {{ total }} module.{% plural %}"
        "You have completed {{ done }} of {{ total }} modules.{% endblocktranslate %}"
    )
    with translation.override("gd"):
        assert template.render(Context({"total": count})) == expected
    with translation.override("en"):
        english = template.render(Context({"total": count}))
    assert english.endswith("module." if count == 1 else "modules.")


def test_the_level_names_and_the_team_page_words_are_gaelic():
    with translation.override("gd"):
        assert [str(level.label) for level in PracticeLevel] == [
            "Fiosraichte",
            "Sgileil",
            "Adhartaichte",
            "Speisealta",
        ]
        assert gettext("Learner") == "Neach-ionnsachaidh"
