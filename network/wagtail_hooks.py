"""Admin wiring: the 'Guidance due for review' report in the Reports menu, and the
document listing with an *In library* column."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.documents.views.documents import IndexView as DocumentIndexView
from wagtail.permissions import policy_registry

from portal.core import content_cache, i18n
from portal.core.listings import HOME_PANELS_HOOK, HomePanel
from portal.core.spreadsheets import SafeCSVExportMixin

from .models import EventPage, GuidancePage
from .reports import GuidanceReviewReportView


class GuidanceReviewMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(GuidancePage)
        return policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_admin_urls")
def register_guidance_review_urls():
    return [
        path(
            "reports/guidance-review/",
            GuidanceReviewReportView.as_view(),
            name="network_guidance_review",
        ),
        path(
            "reports/guidance-review/results/",
            GuidanceReviewReportView.as_view(results_only=True),
            name="network_guidance_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_guidance_review_menu_item():
    return GuidanceReviewMenuItem(
        _("Guidance due for review"),
        reverse("network_guidance_review"),
        name="guidance-review",
        icon_name="time",
        order=1150,
    )


def _next_event(language):
    events = list(
        EventPage.objects.live()
        .public()
        .upcoming()
        .filter(locale__language_code__in={settings.LANGUAGE_CODE, language})
        .select_related("locale")[:10]
    )
    event = events[0] if events else None
    if event is not None:
        event = next(
            (
                other
                for other in events
                if other.translation_key == event.translation_key
                and other.locale.language_code == language
            ),
            event,
        )
    return event


@hooks.register(HOME_PANELS_HOOK)
def next_event_panel(request):
    """Home page: the next public event, in the person's language where it is translated
    (the same for everyone: kept in ``content_cache`` for five minutes at most, as the
    next event changes with the clock)."""
    language = i18n.active_language()
    event = content_cache.cached(
        f"home-next-event:{language}", lambda: _next_event(language), timeout=300
    )
    return HomePanel(
        "event", "network/includes/home_next_event.html", order=50, context={"event": event}
    )


class LibraryDocumentIndexView(SafeCSVExportMixin, DocumentIndexView):
    """Wagtail's document listing, with a column saying whether each is in the library."""

    @cached_property
    def columns(self):
        columns = list(super().columns)
        columns.insert(3, BooleanColumn("in_library", label=_("In library"), sort_key="in_library"))
        return columns


@hooks.register("register_admin_urls", order=-1)
def register_document_listing_urls():
    """The document listing at Wagtail's own address (``wagtaildocs:index`` reverses to it);
    registered before Wagtail's documents app, so it answers first."""
    return [
        path("documents/", LibraryDocumentIndexView.as_view(), name="network_documents"),
        path(
            "documents/results/",
            LibraryDocumentIndexView.as_view(results_only=True),
            name="network_documents_results",
        ),
    ]
