"""Names people read for facet values: taxonomy slugs become names in the current language."""

from django.conf import settings
from django.utils.translation import gettext

from portal.core.i18n import taxonomy_names
from portal.core.models import Audience, Region, Theme

TAXONOMY = {"theme": Theme, "region": Region, "audience": Audience}


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
