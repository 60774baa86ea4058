"""Admin registration for the shared taxonomy and organisations."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Organisation, Region, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Themes"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    menu_label = "Regions"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = "Audiences"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "home"
    menu_label = "Organisations"
    list_display = ["name", "kind", "region"]
    list_filter = ["kind"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    """Themes, regions, audiences and organisations under one 'Taxonomy' menu."""

    items = (ThemeViewSet, RegionViewSet, AudienceViewSet, OrganisationViewSet)
    menu_icon = "tag"
    menu_label = "Taxonomy"
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)
