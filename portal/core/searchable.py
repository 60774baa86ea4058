"""How a page type describes itself to site search.

Each page type that should appear in site search mixes in :class:`Searchable` and
overrides what differs from the defaults; a page type that should never appear sets
``search_exclude = True``. A test fails for a page model that does neither.

It lives in ``portal.core`` so that page models (core's and every app's) need nothing
from ``portal.search``, which stands above them and reads pages through this contract.
"""

import datetime
import html
import re

from django.utils.html import strip_tags

SUMMARY_LENGTH = 300

# Tags that end a block of text: their boundary becomes a space, so that "...it.</p><p>Each"
# reads "it. Each" and not "it.Each" once the tags are gone.
_BLOCK_BOUNDARY = re.compile(
    r"<\s*/?\s*(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|figure|figcaption|"
    r"table|thead|tbody|tr|td|th|section|article|aside|header|footer|pre|address)\b[^>]*>",
    re.IGNORECASE,
)


def plain_text(value) -> str:
    """Text of some HTML for search: no tags, entities decoded, blocks kept apart by spaces.

    >>> plain_text("<p>It helped.</p><p>Each week&nbsp;we met.</p>")
    'It helped. Each week we met.'
    """
    text = _BLOCK_BOUNDARY.sub(" ", str(value or ""))
    return " ".join(html.unescape(strip_tags(text)).split())


def summary_text(value, length: int = SUMMARY_LENGTH) -> str:
    """Plain text of ``value`` cut to at most ``length`` characters at a word boundary.

    >>> summary_text("Support with housing and third-sector partners", 30)
    'Support with housing and…'
    """
    text = plain_text(value)
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    return text[: cut if cut > 0 else length].rstrip(" ,;:-") + "…"


META_DESCRIPTION_LENGTH = 160


def meta_description(text, length=META_DESCRIPTION_LENGTH):
    """Plain text for a meta description: one line, at most ``length`` characters, cut
    at a word boundary."""
    text = " ".join(strip_tags(str(text or "")).split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if not text[length - 1].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


class Searchable:
    """Mixin for page models that appear in site search.

    Defaults use the page's title, ``summary`` field (if any), search description
    and ``body``; override the ``get_search_*`` methods for anything richer.
    """

    search_exclude = False
    #: A stable key for the content-type facet, e.g. "case_study".
    search_content_type = ""
    #: The label people see for that facet value, e.g. _("Case study").
    search_content_type_label = ""

    def get_search_summary(self) -> str:
        return summary_text(getattr(self, "summary", "") or self.search_description or "")

    def get_meta_description(self) -> str:
        """The page's ``<meta name="description">``: the search description an editor
        wrote, else the summary (or introduction) that search shows, cut at a word."""
        text = (self.search_description or "").strip() or self.get_search_summary()
        return meta_description(text)

    def get_structured_data(self, request) -> dict | None:
        """schema.org data for the page as JSON-LD (``Event``, ``Course``, ``Article``),
        or None; see ``portal.core.structured_data``."""
        return None

    def get_search_body(self) -> str:
        """Plain text of the page's content (StreamField/RichText rendered without tags)."""
        body = getattr(self, "body", None)
        if body is None:
            return ""
        if hasattr(body, "render_as_block"):
            return plain_text(body.render_as_block())
        return plain_text(body)

    def get_search_facets(self) -> dict:
        """Taxonomy slugs: {"themes": [...], "regions": [...], "audiences": [...],
        "practice_level": "skilled" or ""}."""
        return {"themes": [], "regions": [], "audiences": [], "practice_level": ""}

    def get_search_date(self) -> datetime.date | None:
        published = self.first_published_at or self.last_published_at
        return published.date() if published else None
