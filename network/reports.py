"""The admin report of guidance due for review (Reports menu), with CSV and XLSX export."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput

from portal.core.spreadsheets import SafeCSVExportMixin

from .models import GuidancePage


class GuidanceReviewFilterSet(WagtailFilterSet):
    due_by = django_filters.DateFilter(
        field_name="next_review_due",
        lookup_expr="lte",
        label=_("Review due on or before"),
        widget=AdminDateInput,
    )

    class Meta:
        model = GuidancePage
        fields = ["live"]


class GuidanceReviewReportView(SafeCSVExportMixin, ReportView):
    """Guidance whose next review date has passed (or a chosen date, with the filter)."""

    page_title = _("Guidance due for review")
    header_icon = "time"
    export_filename = "guidance-due-for-review"
    results_template_name = "network/reports/guidance_review_results.html"
    index_url_name = "network_guidance_review"
    index_results_url_name = "network_guidance_review_results"
    filterset_class = GuidanceReviewFilterSet
    any_permission_required = ["add", "change", "publish"]
    model = GuidancePage
    list_export = [
        "title",
        "topic",
        "last_reviewed",
        "next_review_due",
        "days_overdue",
        "status_string",
        "full_url",
    ]
    export_headings = {
        "title": _("Title"),
        "topic": _("Topic"),
        "last_reviewed": _("Last reviewed"),
        "next_review_due": _("Next review due"),
        "days_overdue": _("Days overdue"),
        "status_string": _("Status"),
        "full_url": _("Address"),
    }

    def get_queryset(self):
        queryset = GuidancePage.objects.all().order_by("next_review_due", "title")
        if not self.request.GET.get("due_by"):
            queryset = queryset.filter(next_review_due__lt=timezone.localdate())
        return queryset

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for page in object_list:
            page.days_overdue = max((today - page.next_review_due).days, 0)
        return object_list

    def to_row_dict(self, item):
        if not hasattr(item, "days_overdue"):
            item.days_overdue = max((timezone.localdate() - item.next_review_due).days, 0)
        return super().to_row_dict(item)
