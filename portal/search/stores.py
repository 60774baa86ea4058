"""The database store: documents in a table, searched through Wagtail's database backend."""

import math

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from portal.core import privacy

from .models import DocumentFacet, IndexedDocument, Visibility
from .query import FacetValue, Hit, SearchOutcome, highlight
from .ranking import field_score

FACET_FIELDS = {"theme": "themes", "region": "regions", "audience": "audiences"}


def visible_to(user):
    """A filter for the documents ``user`` may open (as Wagtail's view restrictions decide)."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return Q()
    if user is None or not user.is_authenticated:
        return Q(visibility=Visibility.PUBLIC)
    group_ids = list(privacy.group_ids(user))
    in_group = Exists(
        IndexedDocument.groups.through.objects.filter(
            indexeddocument_id=OuterRef("pk"), group_id__in=group_ids
        )
    )
    return Q(visibility__in=[Visibility.PUBLIC, Visibility.LOGIN]) | (
        Q(visibility=Visibility.GROUPS) & Q(in_group)
    )


def user_access_keys(user, language=""):
    """Strings naming what ``user`` may see (used by the Elasticsearch suggester contexts)."""
    keys = ["public"]
    if user is not None and user.is_authenticated:
        keys.append("login")
        if user.is_superuser:
            from django.contrib.auth.models import Group

            keys += [f"group-{pk}" for pk in Group.objects.values_list("pk", flat=True)]
        else:
            keys += [f"group-{pk}" for pk in sorted(privacy.group_ids(user))]
    return keys


class DatabaseStore:
    """Documents in ``IndexedDocument``; full text through Wagtail's database search backend."""

    name = "database"

    # Writing --------------------------------------------------------------------------

    @transaction.atomic
    def write(self, document, live_revision_id=None):
        row, _created = IndexedDocument.objects.update_or_create(
            page_id=document.page_id,
            defaults={
                "title": document.title[:255],
                "summary": document.summary,
                "taxonomy": document.taxonomy,
                "body": document.body,
                "url": document.url,
                "locale": document.locale,
                "content_type": document.content_type,
                "content_type_label": document.content_type_label,
                "practice_level": document.practice_level,
                "date": document.date,
                "visibility": document.visibility,
                "live_revision_id": live_revision_id,
            },
        )
        row.groups.set(document.groups)
        wanted = {
            (kind, value)
            for kind, attr in FACET_FIELDS.items()
            for value in getattr(document, attr)
            if value
        }
        current = set(row.facets.values_list("kind", "value"))
        for kind, value in current - wanted:
            row.facets.filter(kind=kind, value=value).delete()
        DocumentFacet.objects.bulk_create(
            [
                DocumentFacet(document=row, kind=kind, value=value)
                for kind, value in wanted - current
            ]
        )
        return row

    def delete(self, page_id):
        for row in IndexedDocument.objects.filter(page_id=page_id):
            row.delete()  # one by one, so Wagtail's index entry goes too

    def rebuild(self, documents):
        with transaction.atomic():
            keep = set()
            for document, revision in documents:
                self.write(document, live_revision_id=revision)
                keep.add(document.page_id)
            for row in IndexedDocument.objects.exclude(page_id__in=keep):
                row.delete()

    def url_of(self, page_id):
        return IndexedDocument.objects.filter(page_id=page_id).values_list("url", flat=True).first()

    def indexed_page_ids(self):
        return set(IndexedDocument.objects.values_list("page_id", flat=True))

    def fingerprints(self):
        """page id -> (revision, url, (visibility, group ids)) of every indexed document."""
        groups = {}
        for doc_id, group_id in IndexedDocument.groups.through.objects.values_list(
            "indexeddocument_id", "group_id"
        ):
            groups.setdefault(doc_id, []).append(group_id)
        return {
            page_id: (revision, url, (visibility, sorted(groups.get(pk, []))))
            for pk, page_id, revision, url, visibility in IndexedDocument.objects.values_list(
                "pk", "page_id", "live_revision_id", "url", "visibility"
            )
        }

    # Searching ------------------------------------------------------------------------

    def search(self, request, user):
        """One full-text query, then filters, facet counts and ordering over its matches.

        The matches (at most MAX_MATCHES) are fetched once with their scores and light
        metadata; filters and counts are worked out from those, so the number of
        queries stays the same however many documents match.
        """
        any_word, scores = False, None
        if request.terms:
            scores = match_scores(request.terms, "and")
            docs, facets = _candidates(user, scores, request.terms)
            if len(request.terms) > 1 and not _apply(docs, facets, request):
                scores = match_scores(request.terms, "or")
                docs, facets = _candidates(user, scores, request.terms, matched_all=False)
                any_word = True
        else:
            docs, facets = _candidates(user, None)

        selected = _apply(docs, facets, request)
        if request.sort == "newest" or not request.terms:
            selected.sort(
                key=lambda pk: (docs[pk].date is not None, docs[pk].date, pk), reverse=True
            )
        else:
            # Where the words were found first (title, then summary and taxonomy, then
            # body: portal.search.ranking), the backend's own score to break ties.
            selected.sort(key=lambda pk: (docs[pk].points, scores.get(pk, 0), pk), reverse=True)
        total = len(selected)
        num_pages = max(1, math.ceil(total / request.per_page))
        page = min(max(1, request.page), num_pages)
        start = (page - 1) * request.per_page
        page_ids = selected[start : start + request.per_page]
        rows = IndexedDocument.objects.only(
            "page_id",
            "title",
            "summary",
            "body",
            "url",
            "locale",
            "content_type",
            "content_type_label",
            "date",
        ).in_bulk(page_ids)
        hits = [
            Hit(
                title=row.title,
                url=row.url,
                content_type=row.content_type,
                content_type_label=row.content_type_label,
                summary_html=_snippet(row, request.terms),
                date=row.date,
                locale=row.locale,
                page_id=row.page_id,
            )
            for row in (rows[pk] for pk in page_ids)
        ]
        return SearchOutcome(
            hits=hits,
            total=total,
            page=page,
            num_pages=num_pages,
            facets=_count(docs, facets, request),
            any_word=any_word,
            store=self.name,
        )

    def suggest(self, query, user, language, limit=8):
        from .query import terms_of

        terms = terms_of(query)
        if not terms:
            return []
        scores = match_scores(terms, "and", autocomplete=True)
        rows = IndexedDocument.objects.filter(visible_to(user), pk__in=list(scores)).only(
            "title", "url", "content_type_label", "locale"
        )
        if language:
            rows = rows.filter(locale=language)
        rows = sorted(rows, key=lambda row: (-scores[row.pk], row.title))[:limit]
        return [
            {
                "title": row.title,
                "url": row.url,
                "type": row.content_type_label,
                "language": row.locale,
            }
            for row in rows
        ]


MAX_MATCHES = 10_000


class _Meta:
    __slots__ = ("content_type", "label", "locale", "date", "points")

    def __init__(self, content_type, label, locale, date, points=0.0):
        self.content_type, self.label, self.locale = content_type, label, locale
        self.date, self.points = date, points


def match_scores(terms, operator, autocomplete=False):
    """``{document pk: score}`` for documents matching the words, higher scores better.

    Goes through Wagtail's database search backend. On SQLite the full-text table is
    read first and joined to the documents in Python: the backend's own SQL lets
    SQLite probe FTS5 once per indexed row, which is slow with thousands of documents.
    """
    backend = get_search_backend()
    query = PlainText(" ".join(terms), operator=operator)
    fast = _sqlite_scores(backend, query, autocomplete)
    if fast is not None:
        return fast
    method = backend.autocomplete if autocomplete else backend.search
    results = method(query, IndexedDocument.objects.all()).annotate_score("_score")
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:  # pragma: no cover - backends without querysets
        return {doc.pk: float(doc._score or 0) for doc in results[:MAX_MATCHES]}
    return {
        pk: float(score or 0)
        for pk, score in get_queryset().values_list("pk", "_score")[:MAX_MATCHES]
    }


def _sqlite_scores(backend, query, autocomplete):
    from django.db import connection

    if connection.vendor != "sqlite":
        return None
    try:
        from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
        from modelsearch.backends.database.sqlite.sqlite import (
            IndexEntry,
            SQLiteFTSIndexEntry,
            SQLiteSearchBackend,
        )
    except (ImportError, LookupError):  # pragma: no cover - SQLite without FTS5
        return None
    if not isinstance(backend, SQLiteSearchBackend):
        return None
    from django.contrib.contenttypes.models import ContentType

    compiler_class = (
        backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    )
    compiler = compiler_class(IndexedDocument.objects.all(), query)
    match = MatchExpression(
        compiler.FTS_TABLE_FIELDS, compiler.build_search_query(normalize(query))
    )
    rank = dict(
        SQLiteFTSIndexEntry.objects.filter(match)
        .annotate(score=BM25())
        .values_list("index_entry_id", "score")
    )
    if not rank:
        return {}
    entries = IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(IndexedDocument)
    ).values_list("id", "object_id")
    # bm25() is lower for better matches: negate it so that higher is better everywhere.
    found = {int(object_id): -rank[entry] for entry, object_id in entries if entry in rank}
    return dict(sorted(found.items(), key=lambda item: -item[1])[:MAX_MATCHES])


def _candidates(user, scores, terms=(), matched_all=True):
    """Light metadata and facet values of the visible documents (among ``scores`` if given).

    With ``terms``, each document also gets its ranking points (``ranking.field_score``),
    worked out from its title, summary and taxonomy text.
    """
    rows = IndexedDocument.objects.filter(visible_to(user))
    if scores is not None:
        if not scores:
            return {}, {}
        rows = rows.filter(pk__in=list(scores))
    fields = ["pk", "content_type", "content_type_label", "locale", "date"]
    if terms:
        docs = {
            pk: _Meta(
                content_type,
                label,
                locale,
                date,
                field_score(
                    {"title": title, "summary": summary, "taxonomy": taxonomy},
                    terms,
                    matched_all,
                ),
            )
            for pk, content_type, label, locale, date, title, summary, taxonomy in rows.values_list(
                *fields, "title", "summary", "taxonomy"
            )
        }
    else:
        docs = {
            pk: _Meta(content_type, label, locale, date)
            for pk, content_type, label, locale, date in rows.values_list(*fields)
        }
    facets = {}
    facet_rows = DocumentFacet.objects.filter(document__in=rows.values("pk"))
    for document_id, kind, value in facet_rows.values_list("document_id", "kind", "value"):
        facets.setdefault(document_id, {}).setdefault(kind, set()).add(value)
    return docs, facets


def _passes(pk, meta, facets, request, skip=None):
    if request.language and skip != "language" and meta.locale != request.language:
        return False
    for kind, values in request.filters.items():
        if not values or kind == skip:
            continue
        if kind == "type":
            if meta.content_type not in values:
                return False
        elif not facets.get(pk, {}).get(kind, set()) & set(values):
            return False
    return True


def _apply(docs, facets, request):
    return [pk for pk, meta in docs.items() if _passes(pk, meta, facets, request)]


def _count(docs, facets, request):
    """Counts for each facet, each under every filter except its own (so choices stay visible)."""
    counts = {kind: {} for kind in ("type", "language", *FACET_FIELDS)}
    labels = {}
    for pk, meta in docs.items():
        for kind, bucket in counts.items():
            if not _passes(pk, meta, facets, request, skip=kind):
                continue
            if kind == "type":
                values = [meta.content_type]
                labels[meta.content_type] = meta.label
            elif kind == "language":
                values = [meta.locale]
            else:
                values = facets.get(pk, {}).get(kind, ())
            for value in values:
                bucket[value] = bucket.get(value, 0) + 1
    result = {}
    for kind, bucket in counts.items():
        chosen = [request.language] if kind == "language" else request.filters.get(kind, [])
        result[kind] = [
            FacetValue(
                value=value,
                label=labels.get(value, value) if kind == "type" else value,
                count=count,
                selected=value in chosen,
            )
            for value, count in bucket.items()
        ]
    return result


def _snippet(row, terms):
    text = row.summary
    if terms and row.body and "<mark>" not in highlight(row.summary, terms):
        lowered = row.body.lower()
        if any(term in lowered for term in terms):
            text = row.body
    return highlight(text or row.body, terms)
