"""The database store: documents in a table, searched through Wagtail's database backend."""

import math

from django.db import transaction
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Value, When
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from .models import DocumentFacet, IndexedDocument, Visibility
from .query import FacetValue, Hit, SearchOutcome, highlight

FACET_FIELDS = {"theme": "themes", "region": "regions", "audience": "audiences"}


def visible_to(user):
    """A filter for the documents ``user`` may open (as Wagtail's view restrictions decide)."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return Q()
    if user is None or not user.is_authenticated:
        return Q(visibility=Visibility.PUBLIC)
    group_ids = list(user.groups.values_list("pk", flat=True))
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
            keys += [f"group-{pk}" for pk in user.groups.values_list("pk", flat=True)]
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
            [DocumentFacet(document=row, kind=kind, value=value) for kind, value in wanted - current]
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

    def _matching(self, terms, operator):
        """Documents matching every (or any) term, ordered by relevance."""
        backend = get_search_backend()
        results = backend.search(
            PlainText(" ".join(terms), operator=operator), IndexedDocument.objects.all()
        )
        get_queryset = getattr(results, "get_queryset", None)
        if get_queryset is not None:
            return get_queryset()
        ids = [doc.pk for doc in results]  # pragma: no cover - backends without querysets
        return IndexedDocument.objects.filter(pk__in=ids)

    def search(self, request, user):
        base = IndexedDocument.objects.filter(visible_to(user))
        any_word = False
        if request.terms:
            matched = self._matching(request.terms, "and")
            scoped = matched.filter(visible_to(user))
            if len(request.terms) > 1 and not _filtered(scoped, request).exists():
                matched = self._matching(request.terms, "or")
                scoped = matched.filter(visible_to(user))
                any_word = True
            base = scoped

        results = _filtered(base, request)
        if request.sort == "newest" or not request.terms:
            results = results.order_by(F("date").desc(nulls_last=True), "-pk")
        else:
            results = _title_first(results, request.terms)
        total = results.count()
        num_pages = max(1, math.ceil(total / request.per_page))
        page = min(max(1, request.page), num_pages)
        start = (page - 1) * request.per_page
        rows = list(
            results.only(
                "page_id", "title", "summary", "body", "url", "locale", "content_type",
                "content_type_label", "date",
            )[start : start + request.per_page]
        )
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
            for row in rows
        ]
        return SearchOutcome(
            hits=hits,
            total=total,
            page=page,
            num_pages=num_pages,
            facets=_facet_counts(base, request),
            any_word=any_word,
            store=self.name,
        )

    def suggest(self, query, user, language, limit=8):
        from .query import terms_of

        terms = terms_of(query)
        if not terms:
            return []
        backend = get_search_backend()
        candidates = IndexedDocument.objects.filter(visible_to(user))
        if language:
            candidates = candidates.filter(locale=language)
        results = backend.autocomplete(
            " ".join(terms), IndexedDocument.objects.all(), operator="and"
        )
        get_queryset = getattr(results, "get_queryset", None)
        matched = get_queryset() if get_queryset else IndexedDocument.objects.filter(
            pk__in=[doc.pk for doc in results]
        )
        rows = matched.filter(pk__in=candidates.values("pk")).only(
            "title", "url", "content_type_label", "locale"
        )[:limit]
        return [
            {"title": row.title, "url": row.url, "type": row.content_type_label,
             "language": row.locale}
            for row in rows
        ]


def _title_first(queryset, terms):
    """Order by where the words matched (title, then summary), then by the backend's rank.

    SQLite's FTS5 rank does not weigh the title above the body, and people expect a
    page named after their topic first on every database.
    """
    weight = Value(0)
    for term in terms:
        weight = weight + Case(When(title__icontains=term, then=Value(3)), default=Value(0))
        weight = weight + Case(When(summary__icontains=term, then=Value(1)), default=Value(0))
    ordering = list(queryset.query.order_by) or ["-pk"]
    return queryset.annotate(match_weight=weight).order_by("-match_weight", *ordering)


def _snippet(row, terms):
    text = row.summary
    if terms and row.body and not highlight(row.summary, terms).count("<mark>"):
        lowered = row.body.lower()
        if any(term in lowered for term in terms):
            text = row.body
    return highlight(text or row.body, terms)


def _filtered(queryset, request, skip=None):
    """Apply the request's language and facet filters, all but the one named ``skip``."""
    if request.language and skip != "language":
        queryset = queryset.filter(locale=request.language)
    for kind, values in request.filters.items():
        if not values or kind == skip:
            continue
        if kind == "type":
            queryset = queryset.filter(content_type__in=values)
        else:
            queryset = queryset.filter(
                Exists(
                    DocumentFacet.objects.filter(
                        document_id=OuterRef("pk"), kind=kind, value__in=values
                    )
                )
            )
    return queryset


def _facet_counts(base, request):
    """Counts for each facet, each under every filter except its own (so choices stay visible)."""
    facets = {}
    for kind in ("type", "language"):
        field = "content_type" if kind == "type" else "locale"
        rows = (
            _filtered(base, request, skip=kind)
            .order_by()
            .values(field)
            .annotate(count=Count("pk"))
        )
        selected = request.filters.get(kind, []) if kind == "type" else [request.language]
        facets[kind] = [
            FacetValue(value=row[field], label=row[field], count=row["count"],
                       selected=row[field] in selected)
            for row in rows
        ]
    if facets["type"]:
        labels = dict(
            base.order_by().values_list("content_type", "content_type_label").distinct()
        )
        for value in facets["type"]:
            value.label = labels.get(value.value, value.value)
    for kind in FACET_FIELDS:
        ids = _filtered(base, request, skip=kind).order_by().values("pk")
        rows = (
            DocumentFacet.objects.filter(kind=kind, document_id__in=ids)
            .values("value")
            .annotate(count=Count("document_id", distinct=True))
        )
        selected = request.filters.get(kind, [])
        facets[kind] = [
            FacetValue(value=row["value"], label=row["value"], count=row["count"],
                       selected=row["value"] in selected)
            for row in rows
        ]
    return facets
