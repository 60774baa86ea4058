"""The one facet engine of the network's filtered listings (case studies, the library).

It knows no model: a listing describes each filter as a :class:`Facet` (the query
parameter, its label, the known values with their labels, how to narrow a queryset
and how to count one), and :func:`facet_listing` does the rest in a fixed number of
queries. Filters combine: any of the ticked values within a filter, all filters
together; each value's count is the number of results it would give with the other
filters as they are. Unknown or malformed values are ignored.
"""

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count

MAX_VALUES_PER_FILTER = 20


@dataclass
class Facet:
    name: str  # the query parameter
    label: str
    options: dict  # {value: label}, in the order people see them
    apply: Callable  # (queryset, [value, ...]) -> the narrowed queryset
    count: Callable  # (queryset) -> {value: number of items}


def m2m_facet(name, label, options, through, owner, target):
    """A filter on a many-to-many field, by the target's slug.

    ``through`` is the field's through model, ``owner`` its column for the listed item
    (e.g. ``"casestudypage_id"``) and ``target`` the related model's name (``"theme"``).
    """

    def apply(queryset, values):
        ids = through.objects.filter(**{f"{target}__slug__in": values}).values(owner)
        return queryset.filter(pk__in=ids)

    def count(queryset):
        rows = (
            through.objects.filter(**{f"{owner}__in": queryset.values("pk")})
            .values_list(f"{target}__slug")
            .annotate(n=Count(owner, distinct=True))
            .order_by()
        )
        return dict(rows)

    return Facet(name, label, options, apply, count)


def choice_facet(name, label, options, field):
    """A filter on a field with choices."""

    def apply(queryset, values):
        return queryset.filter(**{f"{field}__in": values})

    def count(queryset):
        return dict(queryset.order_by().values_list(field).annotate(n=Count("pk")))

    return Facet(name, label, options, apply, count)


def query_string(selected, **extra):
    """The query string of the selected values (``{name: [value, ...]}``) and ``extra``."""
    pairs = [(name, value) for name, values in selected.items() for value in values]
    pairs += [(name, value) for name, value in extra.items() if value]
    return urlencode(pairs)


def _clean_values(request, name, allowed):
    """The values of query parameter ``name`` that are known; anything else is ignored."""
    values = []
    for value in request.GET.getlist(name)[:MAX_VALUES_PER_FILTER]:
        value = value.strip()
        if value in allowed and value not in values:
            values.append(value)
    return values


def facet_listing(request, base, facets, *, order_by, per_page):
    """The filters (each value with its count), the filtered results and their page.

    Returns ``filters``, ``selected``, ``active_filters`` (each with the query string
    that removes it), ``any_filter``, ``page_obj``, ``items`` (this page's objects),
    ``total`` and ``filter_query`` (for pagination links).
    """
    selected = OrderedDict(
        (facet.name, _clean_values(request, facet.name, facet.options)) for facet in facets
    )

    def narrowed(queryset, skip=None):
        for facet in facets:
            if facet.name != skip and selected[facet.name]:
                queryset = facet.apply(queryset, selected[facet.name])
        return queryset

    filters = []
    for facet in facets:
        counts = facet.count(narrowed(base, skip=facet.name))
        chosen = selected[facet.name]
        options = [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "selected": value in chosen,
            }
            for value, label in facet.options.items()
            if counts.get(value, 0) or value in chosen
        ]
        filters.append(
            {"name": facet.name, "label": facet.label, "options": options, "active": bool(chosen)}
        )

    paginator = Paginator(narrowed(base).order_by(*order_by), per_page)
    page = paginator.get_page(request.GET.get("page"))

    active = []
    for facet in facets:
        for value in selected[facet.name]:
            remaining = {
                name: [v for v in values if not (name == facet.name and v == value)]
                for name, values in selected.items()
            }
            active.append({"label": facet.options[value], "remove_query": query_string(remaining)})
    return {
        "filters": filters,
        "selected": selected,
        "active_filters": active,
        "any_filter": any(selected.values()),
        "page_obj": page,
        "items": list(page.object_list),
        "total": paginator.count,
        "filter_query": query_string(selected),
    }
