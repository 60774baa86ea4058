"""How a page type describes itself to site search.

Each page type that should appear in site search mixes in :class:`Searchable` and
overrides what differs from the defaults; a page type that should never appear sets
``search_exclude = True``. A test fails for a page model that does neither.

It lives in ``portal.core`` so that page models (core's and every app's) need nothing
from ``portal.search``, which stands above them and reads pages through this contract.
"""

import datetime

from django.utils.html import strip_tags
from django.utils.text import Truncator

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
        summary = getattr(self, "summary", "") or self.search_description or ""
        return Truncator(strip_tags(str(summary))).chars(300)

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
            return strip_tags(str(body.render_as_block()))
        return strip_tags(str(body))

    def get_search_facets(self) -> dict:
        """Taxonomy slugs: {"themes": [...], "regions": [...], "audiences": [...],
        "practice_level": "skilled" or ""}."""
        return {"themes": [], "regions": [], "audiences": [], "practice_level": ""}

    def get_search_date(self) -> datetime.date | None:
        published = self.first_published_at or self.last_published_at
        return published.date() if published else None
