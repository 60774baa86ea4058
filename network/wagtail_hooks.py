"""Admin wiring: the 'Guidance due for review' report in the Reports menu, and the
document listing with an *In library* column."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.documents.views.documents import IndexView as DocumentIndexView
from wagtail.permissions import policy_registry

from .models import GuidancePage
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


class LibraryDocumentIndexView(DocumentIndexView):
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
