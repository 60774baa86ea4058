"""Admin registration: the shared taxonomy and organisations, the translation status
report with its dashboard panel, the page cache's hook, and the page viewset."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import page_cache
from .models import Audience, FooterText, Organisation, Region, Theme
from .page_admin import PortalPageViewSet
from .translate_views import PageTranslationView, SnippetTranslationView
from .translation_status import GaelicCoveragePanel, TranslationStatusReportView

# Before Wagtail's own hooks (view restrictions, request method), whichever answers.
hooks.register("before_serve_page", page_cache.remember_served_page, order=-1000)


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """Every page type's admin views: Wagtail's, with moderation messages and sections
    that open in the explorer (``page_admin.py``)."""
    return PortalPageViewSet()


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


class FooterTextViewSet(SnippetViewSet):
    """The footer's line, one per language (translated with wagtail-localize)."""

    model = FooterText
    icon = "doc-empty"
    menu_label = _("Footer text")
    list_display = ["text", "locale"]


register_snippet(FooterTextViewSet)


translation_status_urls = (
    [
        path("", TranslationStatusReportView.as_view(), name="index"),
        path(
            "results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="results",
        ),
    ],
    "translation_status",
)


@hooks.register("register_admin_urls", order=-1)
def register_translate_form_urls():
    """wagtail-localize's Translate form at its own addresses, with Gaelic ticked
    (:mod:`portal.core.translate_views`)."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            PageTranslationView.as_view(),
            name="portal_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SnippetTranslationView.as_view(),
            name="portal_submit_snippet_translation",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            include(translation_status_urls, namespace="translation_status"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status:index"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=1300,
    )


@hooks.register("construct_homepage_panels")
def add_translation_coverage_panel(request, panels):
    panels.append(GaelicCoveragePanel())
