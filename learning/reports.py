"""Staff reports in the Wagtail admin: module completions and the module funnel.

Both are Wagtail report views, so they filter, paginate and export to CSV and XLSX
like Wagtail's own reports. They count anonymised rows too: a learner who erased
their account still counts, without a name.
"""

import django_filters
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from portal.core import i18n
from portal.core.i18n import source_terms
from portal.core.models import Organisation, Region
from portal.core.spreadsheets import SafeCSVExportMixin

from .models import Certificate, Enrolment, ModulePage


def _source_modules():
    """The modules in the default language: one per translation key."""
    return ModulePage.objects.filter(locale=Locale.get_default()).order_by("path")


def _module_titles():
    """{translation key: module title} in the reader's (the staff member's) language,
    else English: one query."""
    modules = i18n.best_by_key(ModulePage.objects.select_related("locale").order_by("path"))
    return {key: module.title for key, module in modules.items()}


def _module_choices():
    titles = _module_titles()
    return [
        (str(m.translation_key), titles.get(m.translation_key, m.title)) for m in _source_modules()
    ]


def _english_regions(request=None):
    return source_terms(Region)


class CompletionsFilterSet(WagtailFilterSet):
    module = django_filters.ChoiceFilter(
        label=_("Module"), field_name="module_key", choices=_module_choices
    )
    completed_at = django_filters.DateFromToRangeFilter(
        label=_("Completed between"), widget=DateRangePickerWidget
    )
    region = django_filters.ModelChoiceFilter(label=_("Region"), queryset=_english_regions)
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.all()
    )

    class Meta:
        model = Enrolment
        fields = ["module", "completed_at", "region", "organisation"]


class LearnerColumn(Column):
    def get_value(self, instance):
        return instance.learner_name


class CompletionsReportView(SafeCSVExportMixin, ReportView):
    """Every module completion, newest first."""

    page_title = _("Module completions")
    header_icon = "tick-inverse"
    filterset_class = CompletionsFilterSet
    index_url_name = "learning_reports:completions"
    index_results_url_name = "learning_reports:completions_results"
    export_filename = "module-completions"
    columns = [
        Column("learner_name", label=_("Learner")),
        Column("module_title", label=_("Module")),
        Column("organisation_name", label=_("Organisation")),
        Column("region_name", label=_("Region")),
        DateColumn("completed_at", label=_("Completed")),
        Column("cpd_minutes", label=_("CPD minutes")),
    ]
    # Exports carry the same columns, with the same headings, as the table on screen.
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_queryset(self):
        return (
            Enrolment.objects.filter(completed_at__isnull=False)
            .select_related("user__profile", "organisation", "region")
            .order_by("-completed_at", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        titles = _module_titles()
        for row in rows:
            row.module_title = titles.get(row.module_key, "")
            row.learner_name = row.user.display_name if row.user_id else str(_("(account closed)"))
            row.organisation_name = row.organisation.name if row.organisation_id else ""
            row.region_name = row.region.name if row.region_id else ""
        return rows


def _count(queryset):
    return Coalesce(
        Subquery(
            queryset.values("module_key").annotate(total=Count("pk")).values("total")[:1],
            output_field=IntegerField(),
        ),
        Value(0),
    )


class FunnelReportView(SafeCSVExportMixin, ReportView):
    """For each module: enrolled, started, completed, certificates issued."""

    page_title = _("Module funnel")
    header_icon = "list-ol"
    index_url_name = "learning_reports:funnel"
    index_results_url_name = "learning_reports:funnel_results"
    export_filename = "module-funnel"
    columns = [
        Column("title", label=_("Module")),
        Column("enrolled", label=_("Enrolled")),
        Column("started", label=_("Started")),
        Column("completed", label=_("Completed")),
        Column("certificates", label=_("Certificates")),
    ]
    # Exports carry the same columns, with the same headings, as the table on screen.
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_queryset(self):
        key = OuterRef("translation_key")
        enrolments = Enrolment.objects.filter(module_key=key).order_by()
        return _source_modules().annotate(
            enrolled=_count(enrolments),
            started=_count(enrolments.filter(started_at__isnull=False)),
            completed=_count(enrolments.filter(completed_at__isnull=False)),
            certificates=_count(Certificate.objects.filter(module_key=key).order_by()),
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        titles = _module_titles()
        for row in rows:
            row.title = titles.get(row.translation_key, row.title)
        return rows


def completions_this_month():
    """(count, {module title: count}) of completions since the start of this month."""
    now = timezone.localtime()
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    rows = (
        Enrolment.objects.filter(completed_at__gte=start)
        .values("module_key")
        .annotate(total=Count("pk", filter=Q(completed_at__gte=start)))
        .order_by()
    )
    titles = _module_titles()
    by_module = sorted(
        ((titles.get(row["module_key"], "?"), row["total"]) for row in rows),
        key=lambda item: (-item[1], item[0]),
    )
    return sum(total for _title, total in by_module), by_module


class CompletionsPanel(Component):
    """Dashboard panel: this month's module completions."""

    name = "learning_completions"
    template_name = "learning/admin/completions_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        total, by_module = completions_this_month()
        context.update(
            {
                "total": total,
                "by_module": by_module,
                "month": timezone.localdate(),
            }
        )
        return context
