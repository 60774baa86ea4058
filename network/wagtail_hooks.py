"""Admin wiring: the 'Guidance due for review' report in the Reports menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
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
