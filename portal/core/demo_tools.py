"""Building blocks for the demo content loaders of every app.

Each app that ships demo content names a loader in its AppConfig (``demo_content =
"app.demo.load"``); ``manage.py load_demo_content`` calls them in INSTALLED_APPS order.
Loaders must be idempotent: they look things up by slug (or email) and create only
what is missing, so a second run changes nothing.
"""

import re

from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

_BLOCK_RE = re.compile(r"<(p|h2|h3|h4|li)(?:\s[^>]*)?>(.*?)</\1>", re.S)


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


def translate_page(page, strings, locale=None):
    """Translate a page into Gaelic (by default) and return the translated page."""
    return translate(page, locale or gaelic(), strings).specific
