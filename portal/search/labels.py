"""Names people read for facet values: taxonomy slugs become names in the current language."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from portal.core.models import Audience, Region, Theme

TAXONOMY = {"theme": Theme, "region": Region, "audience": Audience}


def taxonomy_names(model, slugs):
    """slug -> name in the current language, falling back to English, then to the slug."""
    slugs = list(slugs)
    if not slugs:
        return {}
    names = {}
    current = translation.get_language() or settings.LANGUAGE_CODE
    preferred = (
        [settings.LANGUAGE_CODE, current] if current != settings.LANGUAGE_CODE else [current]
    )
    locales = dict(
        Locale.objects.filter(language_code__in=preferred).values_list("language_code", "pk")
    )
    for code in preferred:  # later (current language) wins
        if code in locales:
            names.update(
                model.objects.filter(slug__in=slugs, locale_id=locales[code]).values_list(
                    "slug", "name"
                )
            )
    return {slug: names.get(slug, slug) for slug in slugs}


def facet_labels(facets):
    """Give every FacetValue in ``facets`` its label and sort each list for people."""
    for kind, model in TAXONOMY.items():
        values = facets.get(kind, [])
        names = taxonomy_names(model, [v.value for v in values])
        for value in values:
            value.label = names.get(value.value, value.value)
    for value in facets.get("type", []):
        value.label = gettext(value.label) if value.label else value.value
    for value in facets.get("language", []):
        value.label = settings.LANGUAGE_NAMES_NATIVE.get(value.value, value.value)
    for values in facets.values():
        values.sort(key=lambda v: (not v.selected, -v.count, v.label.lower()))
    return facets
