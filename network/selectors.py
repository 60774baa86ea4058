"""Reads for the network's pages: listings, filters with counts, related content.

Every function here runs a fixed number of queries whatever the number of items, so
index and detail pages cost the same with 5 case studies as with 50.
"""

from collections import OrderedDict
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q, prefetch_related_objects
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from portal.core import i18n, privacy
from portal.core.models import Audience, Region, Theme

from .models import (
    CaseStudyKind,
    CaseStudyPage,
    ClwModel,
    EventPage,
    GuidancePage,
    ResourceDocument,
    Setting,
)

MAX_VALUES_PER_FILTER = 20


# --- Shared helpers -------------------------------------------------------------------------


def term_names(request=None):
    """{"themes": {slug: name}, "regions": ..., "audiences": ...} in the visitor's language.

    Memoised on the request so a page asks the database once per taxonomy.
    """
    cached = getattr(request, "_network_term_names", None)
    if cached is not None:
        return cached
    names = {
        "themes": i18n.taxonomy_names(Theme),
        "regions": i18n.taxonomy_names(Region),
        "audiences": i18n.taxonomy_names(Audience),
    }
    if request is not None:
        request._network_term_names = names
    return names


def localized_children(model, index):
    """Live, public pages of ``model`` under ``index``.

    On a translated index, pages not yet translated are listed in the source language,
    so a Gaelic visitor still sees every case study.
    """
    local = model.objects.live().public().child_of(index)
    default = Locale.get_default()
    if index.locale_id == default.pk:
        return local
    source_index = index.get_translation_or_none(default)
    if source_index is None:
        return local
    fallback = (
        model.objects.live()
        .public()
        .child_of(source_index)
        .exclude(translation_key__in=local.values("translation_key"))
    )
    return model.objects.filter(Q(pk__in=local.values("pk")) | Q(pk__in=fallback.values("pk")))


def _clean_values(request, name, allowed):
    """The values of query parameter ``name`` that are known; anything else is ignored."""
    values = []
    for value in request.GET.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = value.strip()
        if value in allowed and value not in values:
            values.append(value)
    return values


def _query_string(filters, **extra):
    pairs = [(name, value) for name, values in filters.items() for value in values]
    pairs += [(name, value) for name, value in extra.items() if value]
    return urlencode(pairs)


# --- Case studies ---------------------------------------------------------------------------


def case_studies_for_index(index):
    return localized_children(CaseStudyPage, index)


CASE_STUDY_FILTERS = [
    # (query parameter, label, how it is stored)
    ("theme", _("Theme"), "themes"),
    ("region", _("Region"), "regions"),
    ("model", _("CLW model"), ClwModel),
    ("setting", _("Setting"), Setting),
    ("kind", _("Kind of case study"), CaseStudyKind),
]


def _m2m(field):
    through = getattr(CaseStudyPage, field).through
    target = "theme" if field == "themes" else "region"
    return through, target


def _apply_case_study_filter(queryset, param, source, values):
    if not values:
        return queryset
    if isinstance(source, str):
        through, target = _m2m(source)
        ids = through.objects.filter(**{f"{target}__slug__in": values}).values("casestudypage_id")
        return queryset.filter(pk__in=ids)
    field = "clw_model" if param == "model" else param
    return queryset.filter(**{f"{field}__in": values})


def _case_study_counts(queryset, param, source):
    if isinstance(source, str):
        through, target = _m2m(source)
        rows = (
            through.objects.filter(casestudypage_id__in=queryset.values("pk"))
            .values_list(f"{target}__slug")
            .annotate(n=Count("casestudypage_id", distinct=True))
            .order_by()
        )
    else:
        field = "clw_model" if param == "model" else param
        rows = queryset.order_by().values_list(field).annotate(n=Count("pk"))
    return dict(rows)


def case_study_listing(index, request):
    """The filter form (each option with its count), the filtered results and pagination.

    Filters combine: any of the ticked options within a filter, all filters together.
    Unknown or malformed values are ignored. Each option's count is the number of
    results it would give with the other filters as they are.
    """
    names = term_names(request)
    allowed = {}
    for param, _label, source in CASE_STUDY_FILTERS:
        if isinstance(source, str):
            allowed[param] = names[source]
        else:
            allowed[param] = dict(source.choices)
    selected = OrderedDict(
        (param, _clean_values(request, param, allowed[param]))
        for param, *_rest in CASE_STUDY_FILTERS
    )

    base = case_studies_for_index(index)
    filters = []
    for param, label, source in CASE_STUDY_FILTERS:
        others = base
        for other, _other_label, other_source in CASE_STUDY_FILTERS:
            if other != param:
                others = _apply_case_study_filter(others, other, other_source, selected[other])
        counts = _case_study_counts(others, param, source)
        options = []
        for value, option_label in allowed[param].items():
            count = counts.get(value, 0)
            is_selected = value in selected[param]
            if count or is_selected:
                options.append(
                    {"value": value, "label": option_label, "count": count, "selected": is_selected}
                )
        filters.append(
            {"name": param, "label": label, "options": options, "active": bool(selected[param])}
        )

    results = base
    for param, _label, source in CASE_STUDY_FILTERS:
        results = _apply_case_study_filter(results, param, source, selected[param])
    results = results.order_by("-date", "title")

    paginator = Paginator(results, index.per_page)
    page = paginator.get_page(request.GET.get("page"))
    items = list(page.object_list)
    prefetch_related_objects(items, "themes", "regions")

    active = []
    for param, _label, _source in CASE_STUDY_FILTERS:
        for value in selected[param]:
            remaining = {
                k: [v for v in vs if not (k == param and v == value)] for k, vs in selected.items()
            }
            active.append(
                {"label": allowed[param][value], "remove_query": _query_string(remaining)}
            )
    return {
        "filters": filters,
        "selected": selected,
        "active_filters": active,
        "any_filter": any(selected.values()),
        "page_obj": page,
        "case_studies": items,
        "total": paginator.count,
        "names": names,
        "filter_query": _query_string(selected),
    }


def related_case_studies(page, theme_slugs, limit=3):
    """Other case studies sharing the most themes with ``page``, newest first among equals."""
    if not theme_slugs:
        return []
    return list(
        CaseStudyPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .exclude(translation_key=page.translation_key)
        .annotate(shared=Count("themes", filter=Q(themes__slug__in=theme_slugs), distinct=True))
        .filter(shared__gt=0)
        .order_by("-shared", "-date", "title")[:limit]
    )


# --- Guidance -------------------------------------------------------------------------------


def guidance_by_audience(index, request):
    """[(audience slug, audience name, [guidance pages])] in audience-name order."""
    names = term_names(request)["audiences"]
    pages = list(
        localized_children(GuidancePage, index).prefetch_related("audiences").order_by("title")
    )
    groups = []
    for slug, name in names.items():
        members = [p for p in pages if any(a.slug == slug for a in p.audiences.all())]
        if members:
            groups.append({"slug": slug, "name": name, "pages": members})
    return groups


def guidance_due_for_review(on=None):
    """Live or draft guidance whose next review date has passed (or falls on ``on``)."""
    on = on or timezone.localdate()
    return GuidancePage.objects.filter(next_review_due__lte=on).order_by("next_review_due")


# --- Events ---------------------------------------------------------------------------------


def events_for_index(index):
    now = timezone.now()
    events = localized_children(EventPage, index)
    return {
        "upcoming": list(events.filter(end__gte=now).order_by("start")),
        "past": list(events.filter(end__lt=now).order_by("-start")),
    }


def upcoming_events(index):
    """The index's live, public upcoming events (for the calendar feed), soonest first."""
    return localized_children(EventPage, index).filter(end__gte=timezone.now()).order_by("start")


# --- Resources ------------------------------------------------------------------------------


def visible_documents(request):
    return privacy.visible_documents(ResourceDocument.objects.filter(in_library=True), request)


def file_type(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def resource_listing(index, request):
    """The library: filters by theme, audience and file type, with counts; paginated."""
    names = term_names(request)
    hidden = privacy.hidden_collection_ids(request)
    visible = ResourceDocument.objects.filter(in_library=True).exclude(collection_id__in=hidden)
    extensions = {ext: ext.upper() for ext in settings.WAGTAILDOCS_EXTENSIONS}
    selected = OrderedDict(
        [
            ("theme", _clean_values(request, "theme", names["themes"])),
            ("audience", _clean_values(request, "audience", names["audiences"])),
            ("type", _clean_values(request, "type", extensions)),
        ]
    )

    def apply(queryset, skip=None):
        if selected["theme"] and skip != "theme":
            queryset = queryset.filter(
                pk__in=ResourceDocument.themes.through.objects.filter(
                    theme__slug__in=selected["theme"]
                ).values("resourcedocument_id")
            )
        if selected["audience"] and skip != "audience":
            queryset = queryset.filter(
                pk__in=ResourceDocument.audiences.through.objects.filter(
                    audience__slug__in=selected["audience"]
                ).values("resourcedocument_id")
            )
        if selected["type"] and skip != "type":
            condition = Q()
            for ext in selected["type"]:
                condition |= Q(file__iendswith=f".{ext}")
            queryset = queryset.filter(condition)
        return queryset

    filters = []
    for param, label, through, target, labels in (
        ("theme", _("Theme"), ResourceDocument.themes.through, "theme", names["themes"]),
        (
            "audience",
            _("Audience"),
            ResourceDocument.audiences.through,
            "audience",
            names["audiences"],
        ),
    ):
        counts = dict(
            through.objects.filter(resourcedocument_id__in=apply(visible, skip=param).values("pk"))
            .values_list(f"{target}__slug")
            .annotate(n=Count("resourcedocument_id", distinct=True))
            .order_by()
        )
        filters.append(_options(param, label, labels, counts, selected[param]))
    type_counts = {}
    for name in apply(visible, skip="type").values_list("file", flat=True):
        ext = file_type(name)
        type_counts[ext] = type_counts.get(ext, 0) + 1
    filters.append(_options("type", _("File type"), extensions, type_counts, selected["type"]))

    results = apply(visible).order_by("-year", Lower("title"))
    paginator = Paginator(results, index.per_page)
    page = paginator.get_page(request.GET.get("page"))
    documents = list(page.object_list)
    prefetch_related_objects(documents, "themes", "audiences")
    return {
        "filters": filters,
        "selected": selected,
        "any_filter": any(selected.values()),
        "page_obj": page,
        "documents": documents,
        "total": paginator.count,
        "names": names,
        "filter_query": _query_string(selected),
        "has_hidden": bool(hidden) and not request.user.is_authenticated,
    }


def _options(param, label, labels, counts, selected):
    options = []
    for value, option_label in labels.items():
        count = counts.get(value, 0)
        if count or value in selected:
            options.append(
                {
                    "value": value,
                    "label": option_label,
                    "count": count,
                    "selected": value in selected,
                }
            )
    return {"name": param, "label": label, "options": options, "active": bool(selected)}
