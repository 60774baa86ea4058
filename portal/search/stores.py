"""The database store: documents in a table, searched through Wagtail's database backend."""

import functools
import hashlib
import json
import math
from collections import Counter
from operator import itemgetter

from django.db import transaction
from django.db.models import BigIntegerField, Exists, Expression, F, FloatField, OuterRef, Q, Value
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from portal.core import content_cache, privacy

from .models import DocumentFacet, IndexedDocument, Visibility, facet_key, facet_keys
from .query import FacetValue, Hit, SearchOutcome, highlight
from .ranking import RANKED_FIELDS, points_expression, stems_column, stored_stems

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
        wanted = {
            (kind, value)
            for kind, attr in FACET_FIELDS.items()
            for value in getattr(document, attr)
            if value
        }
        texts = {
            "title": document.title[:255],
            "summary": document.summary,
            "taxonomy": document.taxonomy,
        }
        row, _created = IndexedDocument.objects.update_or_create(
            page_id=document.page_id,
            defaults={
                **texts,
                **{stems_column(name): stored_stems(texts[name]) for name in RANKED_FIELDS},
                "body": document.body,
                "url": document.url,
                "locale": document.locale,
                "content_type": document.content_type,
                "content_type_label": document.content_type_label,
                "practice_level": document.practice_level,
                "date": document.date,
                "visibility": document.visibility,
                "live_revision_id": live_revision_id,
                "facet_keys": facet_keys(wanted),
            },
        )
        row.groups.set(document.groups)
        current = set(row.facets.values_list("kind", "value"))
        for kind, value in current - wanted:
            row.facets.filter(kind=kind, value=value).delete()
        DocumentFacet.objects.bulk_create(
            [
                DocumentFacet(document=row, kind=kind, value=value)
                for kind, value in wanted - current
            ]
        )
        index.insert_or_update_object(row)
        return row

    @staticmethod
    def _remove(row):
        index.remove_object(row)  # Wagtail's index entry first, while the row has its pk
        row.delete()

    def delete(self, page_id):
        for row in IndexedDocument.objects.filter(page_id=page_id):
            self._remove(row)

    def rebuild(self, documents):
        with transaction.atomic():
            keep = set()
            for document, revision in documents:
                self.write(document, live_revision_id=revision)
                keep.add(document.page_id)
            for row in IndexedDocument.objects.exclude(page_id__in=keep):
                self._remove(row)

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
        """The page of hits asked for, with the total and facet counts.

        What the words match, in order, and the facet counts are worked out once
        (:meth:`_find`) and kept in the content cache under the words, language,
        filters, order and what this person may see, until content or the index next
        changes; each page of results then reads only its own rows.
        """
        found = content_cache.cached(
            f"search:{_result_key(request, user)}",
            lambda: self._find(request, user),
            timeout=RESULTS_TIMEOUT,
        )
        ordered, facets, any_word = found
        total = len(ordered)
        num_pages = max(1, math.ceil(total / request.per_page))
        page = min(max(1, request.page), num_pages)
        start = (page - 1) * request.per_page
        page_ids = ordered[start : start + request.per_page]
        shown = IndexedDocument.objects.only(
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
            for row in (shown[pk] for pk in page_ids if pk in shown)
        ]
        return SearchOutcome(
            hits=hits,
            total=total,
            page=page,
            num_pages=num_pages,
            facets=facets,
            any_word=any_word,
            store=self.name,
        )

    def _find(self, request, user):
        """``(page ids in order, facet counts, any_word)``: one full-text query, then one
        query over the visible matches.

        The matches (at most MAX_MATCHES) are read once with their ranking points
        (worked out in SQL: ``ranking.points_expression``), type, language and facet
        values; filters, ordering and facet counts are worked out from those, so the
        number of queries stays the same however many documents match.
        """
        visible = IndexedDocument.objects.filter(visible_to(user))
        any_word, scores = False, {}
        if request.terms:
            scores = match_scores(request.terms, "and")
            rows, fails = _candidates(visible, scores, request)
            if len(request.terms) > 1 and () not in fails:
                scores = match_scores(request.terms, "or")
                rows, fails = _candidates(visible, scores, request, matched_all=False)
                any_word = True
        else:
            rows, fails = _candidates(visible, None, request)

        selected = [row for row, failed in zip(rows, fails, strict=True) if not failed]
        if request.sort == "newest" or not request.terms:
            selected.sort(key=lambda row: (row[DATE] is not None, row[DATE], row[PK]), reverse=True)
        else:
            # Where the words were found first (title, then summary and taxonomy, then
            # body: portal.search.ranking), the backend's own score to break ties.
            selected.sort(
                key=lambda row: (row[POINTS], scores.get(row[PK], 0), row[PK]), reverse=True
            )
        return [row[PK] for row in selected], _count(rows, fails, request), any_word

    def suggest(self, query, user, language, limit=8):
        from .query import terms_of

        terms = terms_of(query)
        if not terms:
            return []
        scores = match_scores(terms, "and", autocomplete=True)
        rows = IndexedDocument.objects.filter(visible_to(user), pk__in=IdList(scores)).only(
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
#: Seconds a search's ordered matches and counts are kept (any change to content or the
#: index starts a new generation at once; this only bounds what idle queries hold).
RESULTS_TIMEOUT = 600


def _result_key(request, user):
    """What a search's matches depend on: its words, language, filters and order, and
    which documents this person may see (public, signed in and their groups, or all)."""
    if user is None or not user.is_authenticated:
        access = "public"
    elif user.is_superuser:
        access = "all"
    else:
        access = ["login", sorted(privacy.group_ids(user))]
    asked = [
        request.terms,
        request.language,
        sorted((kind, sorted(values)) for kind, values in request.filters.items() if values),
        request.sort if request.terms else "newest",
        access,
    ]
    return hashlib.sha256(json.dumps(asked).encode()).hexdigest()


class IdList(Expression):
    """Ids for ``pk__in`` as one parameter: a JSON array on SQLite, an array on PostgreSQL.

    Thousands of matches would otherwise be thousands of parameters, each prepared by
    Django one by one and limited in number by SQLite.
    """

    output_field = BigIntegerField()

    def __init__(self, ids):
        super().__init__()
        self.ids = [int(pk) for pk in ids]

    def as_sql(self, compiler, connection):
        if not self.ids:
            return "(NULL)", []
        return f"({', '.join(['%s'] * len(self.ids))})", self.ids

    def as_sqlite(self, compiler, connection):
        return "(SELECT value FROM json_each(%s))", [json.dumps(self.ids)]

    def as_postgresql(self, compiler, connection):
        return "(SELECT unnest(%s::bigint[]))", [self.ids]


def match_scores(terms, operator, autocomplete=False):
    """``{document pk: score}`` for documents matching the words, higher scores better.

    Goes through Wagtail's database search backend, its query compiler and its index
    tables. The backend's own SQL starts from the documents and reaches the index once
    per document (SQLite probes FTS5 for each; PostgreSQL joins every entry and joins
    title and body vectors, which no index serves), slow with thousands of documents;
    here the index is read first, through its own full-text indexes.
    """
    backend = get_search_backend()
    query = PlainText(" ".join(terms), operator=operator)
    fast = _sqlite_scores(backend, query, autocomplete)
    if fast is None and not autocomplete:
        fast = _postgres_scores(backend, query, terms, operator)
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


def _postgres_scores(backend, query, terms, operator):
    """The PostgreSQL backend's match and score (its own tsquery and ``ts_rank``
    expression), read from the index table through its GIN indexes on title and body.

    Each word must be in the title or the body ("and"), or any word must ("or"): the
    same documents as the backend's ``title || body @@ query``, which no index serves.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    try:
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
        from wagtail.search.models import IndexEntry
    except ImportError:  # pragma: no cover - PostgreSQL without its search backend
        return None
    if not isinstance(backend, PostgresSearchBackend):
        return None
    from django.contrib.contenttypes.models import ContentType

    compiler = backend.query_compiler_class(IndexedDocument.objects.all(), query)
    config = compiler.get_config(backend)
    in_entry = []
    for term in terms:
        word = compiler.build_tsquery(PlainText(term), config=config)
        in_entry.append(Q(title=word) | Q(body=word))
    found = functools.reduce(Q.__and__ if operator == "and" else Q.__or__, in_entry)
    score = compiler._build_rank_expression(
        [(F("title"), F("title_norm")), (F("body"), 1.0)], config
    )
    matches = (
        IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(IndexedDocument))
        .filter(found)
        .annotate(score=score)
        .order_by("-score")
        .values_list("object_id", "score")[:MAX_MATCHES]
    )
    return {int(object_id): float(score or 0) for object_id, score in matches}


def _sqlite_scores(backend, query, autocomplete):
    from django.db import connection

    if connection.vendor != "sqlite":
        return None
    try:
        from modelsearch.backends.database.sqlite.query import BM25, MatchExpression, normalize
        from modelsearch.backends.database.sqlite.sqlite import (
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
    # The full-text table drives (its rowid is the index entry's id), so SQLite reads
    # only the matching entries, with their bm25(); lower is better, so it is negated
    # here, to make higher better everywhere.
    matches = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(index_entry__content_type=ContentType.objects.get_for_model(IndexedDocument))
        .annotate(score=BM25())
        .values_list("index_entry__object_id", "score")
    )
    found = {int(object_id): -score for object_id, score in matches}
    return dict(sorted(found.items(), key=lambda item: -item[1])[:MAX_MATCHES])


# The columns read of each visible match (``_candidates``), by position.
PK, TYPE, LABEL, LOCALE, FACETS, POINTS, DATE = range(7)


def _candidates(visible, scores, request, matched_all=True):
    """``(rows, fails)`` for the visible documents (among ``scores`` if given).

    Each row is a tuple (PK, TYPE, LABEL, LOCALE, FACETS, POINTS and, when ordering by
    date, DATE); ``fails[i]`` names the request's conditions (language, type, theme ...)
    that row ``i`` does not meet. Plain tuples, read without conversions: a common word
    can match thousands of documents.
    """
    rows = visible
    if scores is not None:
        if not scores:
            return [], []
        rows = rows.filter(pk__in=IdList(scores))
    if request.terms:
        points = points_expression(request.terms, matched_all)
    else:
        points = Value(0.0, output_field=FloatField())
    fields = ["pk", "content_type", "content_type_label", "locale", "facet_keys", "_points"]
    if request.sort == "newest" or not request.terms:
        fields.append("date")
    rows = list(rows.annotate(_points=points).values_list(*fields))
    checks = _checks(request)
    if not checks:
        return rows, [()] * len(rows)
    return rows, [tuple(kind for kind, meets in checks if not meets(row)) for row in rows]


def _checks(request):
    """``[(kind, test)]`` for the request's language and each of its filters."""
    checks = []
    if request.language:
        checks.append(("language", lambda row, code=request.language: row[LOCALE] == code))
    for kind, values in request.filters.items():
        if not values:
            continue
        if kind == "type":
            checks.append((kind, lambda row, wanted=set(values): row[TYPE] in wanted))
        elif kind in FACET_FIELDS:
            keys = [f" {facet_key(kind, value)} " for value in values]
            checks.append((kind, lambda row, keys=keys: any(key in row[FACETS] for key in keys)))
    return checks


def _count(rows, fails, request):
    """Counts for each facet, each under every filter except its own (so choices stay
    visible): a row failing no condition counts everywhere, one failing a single
    condition counts for that kind alone."""
    kinds = ("type", "language", *FACET_FIELDS)
    by_fails = {}
    for row, failed in zip(rows, fails, strict=True):
        if len(failed) <= 1:
            by_fails.setdefault(failed, []).append(row)
    everywhere = by_fails.get((), [])

    def counted(kind):
        return everywhere + by_fails.get((kind,), [])

    counts = {
        "type": Counter(map(itemgetter(TYPE), counted("type"))),
        "language": Counter(map(itemgetter(LOCALE), counted("language"))),
    }
    keys = Counter(" ".join(map(itemgetter(FACETS), everywhere)).split())
    for kind in FACET_FIELDS:
        counts[kind] = Counter()
        own = Counter(" ".join(map(itemgetter(FACETS), by_fails.get((kind,), []))).split())
        for key, count in (keys + own).items():
            key_kind, _, value = key.partition(":")
            if key_kind == kind:
                counts[kind][value] += count
    labels = {row[TYPE]: row[LABEL] for row in counted("type")}
    result = {}
    for kind in kinds:
        chosen = [request.language] if kind == "language" else request.filters.get(kind, [])
        result[kind] = [
            FacetValue(
                value=value,
                label=labels.get(value, value) if kind == "type" else value,
                count=count,
                selected=value in chosen,
            )
            for value, count in counts[kind].items()
        ]
    return result


def _snippet(row, terms):
    text = row.summary
    if terms and row.body and "<mark>" not in highlight(row.summary, terms):
        lowered = row.body.lower()
        if any(term in lowered for term in terms):
            text = row.body
    return highlight(text or row.body, terms)
