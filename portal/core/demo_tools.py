"""Building blocks for the demo content loaders of every app.

Each app that ships demo content names a loader in its AppConfig (``demo_content =
"app.demo.load"``); ``manage.py load_demo_content`` calls them in INSTALLED_APPS order.
Loaders must be idempotent: they look things up by slug (or email) and create only
what is missing, so a second run changes nothing.

The words live in content files, not in Python: ``demo/<language>/<app>/...yaml`` at
the top of the repository, one file per page (or snippet, or list of records) and
language. A Gaelic file mirrors the English file's shape, holding only the text: the
loader pairs each English string with the Gaelic string in the same place and feeds
the pairs to wagtail-localize's PO workflow (``translate_from_file``). A file or a
string missing from the Gaelic side stays in English, as an untranslated segment
does in the editor. See ``demo/README.md``.
"""

import re
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

_BLOCK_RE = re.compile(r"<(p|h2|h3|h4|li)(?:\s[^>]*)?>(.*?)</\1>", re.S)
_LINK_RE = re.compile(r"<a\s[^>]*>")
_WRAPPED_RE = re.compile(r"^<(em|strong|b|i)>(.*)</\1>$", re.S)

#: Content files read since the process started (relative to ``content_root()``):
#: the test that finds orphaned files compares this with what is on disk.
files_read = set()


def content_root():
    """The folder that holds the demo content files."""
    return Path(settings.BASE_DIR) / "demo"


def read_text(path, language="en"):
    """The text of ``demo/<language>/<path>``, or None if there is no such file."""
    file = content_root() / language / path
    if not file.is_file():
        return None
    files_read.add(f"{language}/{path}")
    return file.read_text(encoding="utf-8")


def content(path, language="en"):
    """The data in the YAML file ``demo/<language>/<path>``.

    English files must exist (a missing one is an error); for another language a
    missing file means "not translated yet" and gives None.
    """
    text = read_text(path, language)
    if text is None:
        if language == "en":
            raise FileNotFoundError(content_root() / language / path)
        return None
    return yaml.safe_load(text) or {}


def blocks(items):
    """A StreamField value from a content file's list of one-key mappings ``{type: value}``."""
    return [(kind, value) for item in items or [] for kind, value in item.items()]


def paired_strings(source, target):
    """Map each English string in ``source`` to the string in the same place in ``target``.

    Mappings are matched by key and lists by position; a None or missing target leaves
    that part untranslated. A target equal to its source (a figure such as "12") counts
    as translated: the translator has seen it and kept it.
    """
    pairs = {}
    if isinstance(source, str) and isinstance(target, str):
        if source.strip() and target.strip():
            pairs[source] = target
            pairs.setdefault(source.strip(), target.strip())
    elif isinstance(source, dict) and isinstance(target, dict):
        for key, value in source.items():
            if key in target:
                pairs.update(paired_strings(value, target[key]))
    elif isinstance(source, list) and isinstance(target, list):
        for value, translated in zip(source, target, strict=False):
            pairs.update(paired_strings(value, translated))
    return pairs


def translation_strings(path, source=None, language="gd"):
    """The English-to-``language`` pairs for the content file at ``path`` (empty if none)."""
    target = content(path, language)
    if target is None:
        return {}
    return paired_strings(content(path) if source is None else source, target)


def english():
    return Locale.objects.get(language_code="en")


def gaelic():
    locale, _created = Locale.objects.get_or_create(language_code="gd")
    return locale


def home_page():
    """The English home page (the default site's root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def child_page(parent, model, slug):
    """The child of ``parent`` with this slug, as ``model``, or None."""
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page is not None else None


@transaction.atomic
def ensure_page(parent, model, slug, **fields):
    """Return the child page with this slug, creating and publishing it if missing.

    An existing page is left exactly as it is, so re-running a loader changes nothing.
    """
    existing = child_page(parent, model, slug)
    if existing is not None:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page, True


def _link_ids(html):
    """Links as wagtail-localize puts them in a segment: ``<a id="a1">``, ``<a id="a2">`` ..."""
    count = iter(range(1, 1000))
    return _LINK_RE.sub(lambda _match: f'<a id="a{next(count)}">', html)


def _expand_mapping(strings):
    """Add paragraph-level pairs for HTML strings: wagtail-localize splits rich text by block."""
    mapping = dict(strings)
    for source, target in strings.items():
        if "<" not in source:
            continue
        source_blocks = [text.strip() for _tag, text in _BLOCK_RE.findall(source)]
        target_blocks = [text.strip() for _tag, text in _BLOCK_RE.findall(target)]
        if len(source_blocks) == len(target_blocks):
            for s, t in zip(source_blocks, target_blocks, strict=True):
                mapping.setdefault(s, t)
                mapping.setdefault(_link_ids(s), _link_ids(t))
                # A block that is all emphasis is one segment without the emphasis tag.
                source_inner, target_inner = _WRAPPED_RE.match(s), _WRAPPED_RE.match(t)
                if source_inner and target_inner:
                    mapping.setdefault(source_inner.group(2), target_inner.group(2))
    return mapping


def translate(instance, locale, strings):
    """Translate a page or snippet through wagtail-localize's PO workflow.

    ``strings`` maps English source strings to their translations. The source is
    submitted for translation, a PO file is exported, filled in from ``strings``,
    imported and the target saved (and published, for pages). Strings without a
    translation fall back to English, as in the editor. Idempotent: an existing
    translation is returned untouched.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    mapping = _expand_mapping(strings)
    po = translation.export_po()
    for entry in po:
        text = mapping.get(entry.msgid) or mapping.get(entry.msgid.strip())
        if text:
            entry.msgstr = text
    translation.import_po(po)
    translation.save_target(publish=True)
    translated = instance.get_translation(locale)
    # wagtail-localize publishes on commit; inside an outer transaction (tests, or a
    # loader wrapped in atomic) that has not happened yet, so publish now.
    if isinstance(translated, Page) and not translated.live:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def retranslate_from_file(page, path):
    """Bring an existing Gaelic translation up to date after the English page changed
    (e.g. the home page, which gets its blocks once every section exists): the source is
    updated from the page and the new strings are filled in from ``demo/gd/<path>``."""
    target = content(path, "gd")
    if target is None:
        return None
    mapping = _expand_mapping(paired_strings(content(path), target))
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return translate_from_file(page, path)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=gaelic())
    po = translation.export_po()
    for entry in po:
        text = mapping.get(entry.msgid) or mapping.get(entry.msgid.strip())
        if text and not entry.msgstr:
            entry.msgstr = text
    translation.import_po(po)
    translation.save_target(publish=True)
    translated = page.get_translation(gaelic())
    if not translated.live or translated.has_unpublished_changes:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated.specific


def translate_page(page, strings, locale=None):
    """Translate a page into Gaelic (by default) and return the translated page."""
    return translate(page, locale or gaelic(), strings).specific


def translate_from_file(instance, path, source=None):
    """Translate a page or snippet into Gaelic from ``demo/gd/<path>``, if that file exists.

    ``source`` is the English content the instance was built from (by default the
    English file at the same path). Returns the translation, or None when there is no
    Gaelic file: the page stays English-only, as for an editor who has not translated it.
    """
    target = content(path, "gd")
    if target is None:
        return None
    strings = paired_strings(content(path) if source is None else source, target)
    translated = translate(instance, gaelic(), strings)
    return translated.specific if isinstance(translated, Page) else translated
