"""What someone asked for, and what they get back: the same for every store.

Queries are reduced to plain words here, before any store sees them, so that no
search syntax (FTS5's ``"``, ``*``, ``NEAR(``, ``AND``; Lucene's ``:``, ``-``,
``~`` ...) ever reaches a backend as syntax.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
PER_PAGE = 10
FACET_KINDS = ("type", "theme", "region", "audience")
SORTS = ("relevance", "newest")
WORD_RE = re.compile(r"\w+", re.UNICODE)
# Words the query parsers of our backends treat as operators: searched as ordinary
# words they add nothing, so they are dropped (only when they are not the whole query).
OPERATOR_WORDS = {"and", "or", "not", "near"}
# Common English words that say nothing about what someone wants ("how to refer someone to
# a link worker"): every word must match, so they would only exclude pages. PostgreSQL's
# English configuration drops them too; dropped only when other words remain.
STOP_WORDS = {
    "a", "about", "an", "are", "as", "at", "be", "by", "can", "do", "for", "from", "how",
    "i", "in", "into", "is", "it", "me", "my", "of", "on", "our", "the", "their", "this",
    "to", "we", "what", "when", "where", "which", "who", "why", "with", "you", "your",
}  # fmt: skip


def terms_of(query: str) -> list[str]:
    """The plain words of a query, lower-cased, without any search syntax.

    >>> terms_of('"foodbank" AND self-referral* NEAR(x')
    ['foodbank', 'self', 'referral', 'x']
    >>> terms_of("how to refer someone to a link worker")
    ['refer', 'someone', 'link', 'worker']
    """
    words = [w.lower() for w in WORD_RE.findall(query[:MAX_QUERY_LENGTH])]
    words = [w.strip("_") for w in words]
    words = [w for w in words if w]
    meaningful = [w for w in words if w not in OPERATOR_WORDS]
    words = meaningful or words
    words = [w for w in words if w not in STOP_WORDS] or words
    unique = list(dict.fromkeys(words))
    return unique[:MAX_TERMS]


@dataclass
class SearchRequest:
    """A search as it arrives from the URL, already cleaned."""

    query: str = ""
    terms: list[str] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)  # kind -> values
    language: str = ""  # a language code, or "" for all languages
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    @property
    def is_empty(self):
        return not self.terms and not any(self.filters.values())


@dataclass
class Hit:
    title: str
    url: str
    content_type: str
    content_type_label: str
    summary_html: str  # safe HTML: escaped text with <mark> around matched words
    date: datetime.date | None
    locale: str
    page_id: int


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchOutcome:
    hits: list[Hit]
    total: int
    page: int
    num_pages: int
    facets: dict[str, list[FacetValue]]  # "type", "theme", "region", "audience", "language"
    any_word: bool = False  # True when no page had every word and we show pages with any
    store: str = "database"


def highlight(text: str, terms: list[str], length: int = 240) -> str:
    """A window of ``text`` around the first matched word, escaped, matches in ``<mark>``."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    if not terms:
        return escape(_truncate(text, length))
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")",
        re.IGNORECASE,
    )
    match = pattern.search(text)
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 4) + 1
    window = text[start : start + length]
    if start + length < len(text):
        cut = window.rfind(" ")
        window = (window[:cut] if cut > length // 2 else window) + "…"
    if start > 0:
        window = "…" + window
    parts, last = [], 0
    for found in pattern.finditer(window):
        parts.append(escape(window[last : found.start()]))
        parts.append(f"<mark>{escape(found.group(0))}</mark>")
        last = found.end()
    parts.append(escape(window[last:]))
    return mark_safe("".join(parts))


def _truncate(text, length):
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    return text[: cut if cut > 0 else length] + "…"
