"""The search page (``/search/``) and the suggestions the header search box asks for."""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_GET

from . import service
from .labels import facet_labels
from .query import FACET_KINDS, MAX_QUERY_LENGTH, SORTS, SearchRequest, terms_of

VALUE_RE = re.compile(r"^[\w-]{1,120}$", re.UNICODE)
MAX_VALUES_PER_FACET = 20
# Offered when a search finds nothing: search words in the visitor's language.
SUGGESTED_TOPICS = [
    pgettext_lazy("search topic", "housing"),
    pgettext_lazy("search topic", "foodbank"),
    pgettext_lazy("search topic", "self-referral"),
    pgettext_lazy("search topic", "trauma"),
    pgettext_lazy("search topic", "loneliness"),
]


def parse_request(params, language):
    """Turn query-string parameters into a clean SearchRequest plus notes for the visitor."""
    notes = []
    raw_query = params.get("q", "")
    if len(raw_query) > MAX_QUERY_LENGTH:
        notes.append(
            _("Your search was very long, so we used only its first %(count)s characters.")
            % {"count": MAX_QUERY_LENGTH}
        )
    query = " ".join(raw_query[:MAX_QUERY_LENGTH].split())
    terms = terms_of(query)
    if query and not terms:
        notes.append(_("Search for words or numbers: punctuation on its own matches nothing."))

    filters, ignored = {}, False
    for kind in FACET_KINDS:
        values = [v for v in params.getlist(kind) if v]
        good = list(dict.fromkeys(v for v in values if VALUE_RE.match(v)))[:MAX_VALUES_PER_FACET]
        ignored = ignored or len(good) < len(values)
        if good:
            filters[kind] = good

    codes = {code for code, _name in settings.LANGUAGES}
    lang = params.get("lang", "")
    if lang == "all":
        language = ""
    elif lang in codes:
        language = lang
    elif lang:
        ignored = True
    if ignored:
        notes.append(_("We ignored a filter we did not recognise."))

    sort = params.get("sort", "relevance")
    if sort not in SORTS:
        sort = "relevance"
    try:
        page = int(params.get("page", "1"))
    except (TypeError, ValueError):
        page = 1
    page = min(max(page, 1), 10_000)
    request = SearchRequest(
        query=query, terms=terms, filters=filters, language=language, sort=sort, page=page
    )
    return request, notes


def _url(params, **changes):
    """The search URL with some parameters changed (None removes one); page resets."""
    items = [(k, v) for k, v in params if k not in changes and k != "page"]
    for key, value in changes.items():
        if value is None:
            continue
        if isinstance(value, list):
            items += [(key, v) for v in value]
        else:
            items.append((key, value))
    return "?" + urlencode(items)


def search(request):
    """Results, facets and filters for a query; everything lives in the URL and works without JS."""
    current_language = translation.get_language() or settings.LANGUAGE_CODE
    search_request, notes = parse_request(request.GET, current_language)
    outcome = None
    if not search_request.is_empty:
        outcome = service.search(search_request, request.user)
        if search_request.page > outcome.num_pages and outcome.total:
            notes.append(_("There are not that many pages of results; here is the last one."))
        facet_labels(outcome.facets)

    params = [("q", search_request.query)] if search_request.query else []
    params += [(kind, value) for kind, values in search_request.filters.items() for value in values]
    if request.GET.get("lang") == "all" or search_request.language != current_language:
        params.append(("lang", search_request.language or "all"))
    if search_request.sort != "relevance":
        params.append(("sort", search_request.sort))
    facet_groups = []
    if outcome is not None:
        for kind, heading in _facet_headings():
            values = outcome.facets.get(kind, [])
            if kind == "language":
                values = [v for v in values if v.value]
            for value in values:
                if kind == "language":
                    value.selected = search_request.language == value.value
            if values:
                facet_groups.append({"kind": kind, "heading": heading, "values": values})

    active = []
    for kind, values in search_request.filters.items():
        for value in values:
            label = value
            if outcome is not None:
                label = next(
                    (f.label for f in outcome.facets.get(kind, []) if f.value == value), value
                )
            remaining = [v for v in values if v != value]
            active.append({"label": label, "url": _url(params, **{kind: remaining})})

    names = settings.LANGUAGE_NAMES_NATIVE
    prev_url = next_url = first_number = None
    if outcome is not None:
        for hit in outcome.hits:
            hit.language_name = names.get(hit.locale, hit.locale)
        if outcome.page > 1:
            prev_url = _url(params, page=outcome.page - 1)
        if outcome.page < outcome.num_pages:
            next_url = _url(params, page=outcome.page + 1)
        first_number = (outcome.page - 1) * search_request.per_page + 1

    context = {
        "query": search_request.query,
        "search": search_request,
        "outcome": outcome,
        "notes": notes,
        "facet_groups": facet_groups,
        "active_filters": active,
        "clear_filters_url": "?" + urlencode({"q": search_request.query}),
        "all_languages": not search_request.language,
        "all_languages_url": _url(params, lang="all"),
        "current_language_url": _url(params, lang=None),
        "current_language": current_language,
        "search_language_name": names.get(search_request.language, search_request.language),
        "first_number": first_number,
        "prev_url": prev_url,
        "next_url": next_url,
        "sort_options": [("relevance", _("Most relevant")), ("newest", _("Newest first"))],
        "page_links": _page_links(outcome, params) if outcome else [],
        "suggested_topics": [str(topic) for topic in SUGGESTED_TOPICS],
    }
    return render(request, "search/search.html", context)


def _facet_headings():
    return [
        ("type", _("Content type")),
        ("theme", _("Theme")),
        ("region", _("Region")),
        ("audience", _("Audience")),
        ("language", _("Language")),
    ]


def _page_links(outcome, params):
    """Links for a short window of result pages around the current one."""
    if outcome.num_pages <= 1:
        return []
    pages = sorted(
        {1, outcome.num_pages}
        | set(range(max(1, outcome.page - 2), min(outcome.num_pages, outcome.page + 2) + 1))
    )
    links, previous = [], 0
    for number in pages:
        if number - previous > 1:
            links.append({"gap": True})
        links.append(
            {"number": number, "url": _url(params, page=number), "current": number == outcome.page}
        )
        previous = number
    return links


@require_GET
def suggest(request):
    """``{"query": ..., "suggestions": [{"title", "url", "type", "language"}]}`` (at most 8)."""
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    language = translation.get_language() or settings.LANGUAGE_CODE
    suggestions = service.suggest(query, request.user, language, limit=8)
    for item in suggestions:
        item["type"] = _(item["type"]) if item["type"] else ""
    response = JsonResponse({"query": query, "suggestions": suggestions[:8]})
    response["Cache-Control"] = "private, max-age=60"
    return response
