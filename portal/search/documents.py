"""The one document shape site search keeps.

``portal.search`` knows no app. Each page type describes itself through
:class:`portal.core.searchable.Searchable` (re-exported here, where old migrations
find it); the search service turns each live page into one :class:`SearchDocument`
and stores it in the configured store.
"""

import datetime
from dataclasses import dataclass, field

from portal.core.searchable import Searchable

__all__ = ["SearchDocument", "Searchable"]


@dataclass
class SearchDocument:
    """The one document shape every store keeps."""

    page_id: int
    title: str
    summary: str
    body: str
    url: str
    locale: str
    content_type: str  # a stable key, e.g. "case_study"
    content_type_label: str  # for people, e.g. "Case study"
    themes: list[str] = field(default_factory=list)  # taxonomy slugs
    regions: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    practice_level: str = ""
    # The names of its themes, regions and audiences, and the other words editors give
    # those terms ("Glasgow, Paisley" for NHS Greater Glasgow and Clyde), as text.
    taxonomy: str = ""
    date: datetime.date | None = None
    # Who may see it: "public", "login" (any signed-in person) or "groups".
    visibility: str = "public"
    groups: list[int] = field(default_factory=list)  # group ids when visibility == "groups"
