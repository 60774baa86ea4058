"""Translation status for editors: every page and translatable snippet, by locale.

For each thing in the source language (English) and each other locale, the status is

* **missing**: there is no version in that locale;
* **out of date**: the source changed (a newer revision) after its translation was last
  synced (wagtail-localize's ``TranslationSource.last_updated_at``);
* **in progress**: some of its strings are still untranslated (n of m segments, from
  wagtail-localize's ``StringSegment`` and ``StringTranslation``);
* **up to date**: otherwise.

Things translated without wagtail-localize (a plain copy) have no segments to count;
they are out of date when the source has a revision newer than the translation's.
Snippets without revisions cannot tell when they changed, so they are never out of date.

``translation_rows`` runs a fixed number of queries per model, whatever the number of
pages; :class:`TranslationStatusReportView` is a Wagtail report (filters, CSV and XLSX)
and :class:`GaelicCoveragePanel` the dashboard panel.
"""

from collections import defaultdict
from dataclasses import dataclass

import django_filters
from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .spreadsheets import SafeCSVExportMixin

MISSING = "missing"
OUT_OF_DATE = "out-of-date"
IN_PROGRESS = "in-progress"
UP_TO_DATE = "up-to-date"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class StatusRow:
    source: object
    locale: Locale
    kind: str
    status: str
    translated: object = None  # the object in ``locale``, if any
    done: int = 0
    total: int = 0
    action_label: str = ""
    action_url: str = ""
    edit_url: str = ""

    @property
    def title(self):
        if isinstance(self.source, Page):
            return self.source.get_admin_display_title()
        return str(self.source)

    @property
    def locale_name(self):
        return self.locale.get_display_name()

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def progress(self):
        if self.status == MISSING or not self.total:
            return ""
        return _("%(done)s of %(total)s") % {"done": self.done, "total": self.total}


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _kind(model):
    return str(capfirst(model._meta.verbose_name))


def _revision_time(obj):
    revision = getattr(obj, "latest_revision", None)
    return revision.created_at if revision is not None else None


def _progress(source_ids, locales):
    """{(source id, locale id): (translated, total)} in one query per locale."""
    result = {}
    if not source_ids:
        return result
    for locale in locales:
        done = Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=locale.pk,
                has_error=False,
            )
        )
        rows = (
            StringSegment.objects.filter(source_id__in=source_ids)
            .annotate(done=done)
            .values("source_id")
            .annotate(total=Count("pk"), translated=Count("pk", filter=Q(done=True)))
            .order_by()
        )
        for row in rows:
            result[(row["source_id"], locale.pk)] = (row["translated"], row["total"])
    return result


def _rows_for(model, sources, locales, finder):
    """Status rows for ``sources`` (objects of one model in the default locale)."""
    keys = [obj.translation_key for obj in sources]
    if not keys:
        return []
    base = Page.objects if model is Page else model._default_manager
    targets = base.filter(translation_key__in=keys, locale__in=locales)
    if model is Page or hasattr(model, "latest_revision"):
        targets = targets.select_related("latest_revision")
    translated = {(obj.translation_key, obj.locale_id): obj for obj in targets}
    default = sources[0].locale_id
    translation_sources = {
        ts.object_id: ts
        for ts in TranslationSource.objects.filter(object_id__in=keys, locale_id=default)
    }
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(
            source__in=translation_sources.values(), target_locale__in=locales
        )
    }
    progress = _progress([ts.pk for ts in translation_sources.values()], locales)
    is_page = model is Page
    rows = []
    for obj in sources:
        kind = _kind(obj.content_type.model_class() or Page) if is_page else _kind(model)
        source = translation_sources.get(obj.translation_key)
        changed = _revision_time(obj)
        for locale in locales:
            target = translated.get((obj.translation_key, locale.pk))
            row = StatusRow(obj, locale, kind, MISSING, target)
            if target is None:
                row.action_label = _("Translate")
                if is_page:
                    row.action_url = reverse(
                        "wagtail_localize:submit_page_translation", args=[obj.pk]
                    )
                else:
                    row.action_url = reverse(
                        "wagtail_localize:submit_snippet_translation",
                        args=[model._meta.app_label, model._meta.model_name, obj.pk],
                    )
                rows.append(row)
                continue
            row.edit_url = finder.get_edit_url(target) or ""
            translation = translations.get((source.pk, locale.pk)) if source else None
            if translation is not None:
                row.done, row.total = progress.get((source.pk, locale.pk), (0, 0))
                synced = source.last_updated_at
            else:
                synced = _revision_time(target) or getattr(target, "last_published_at", None)
            if changed is not None and synced is not None and changed > synced:
                row.status = OUT_OF_DATE
                if source is not None:
                    row.action_label = _("Sync")
                    row.action_url = reverse(
                        "wagtail_localize:update_translations", args=[source.pk]
                    )
                else:
                    row.action_label, row.action_url = _("Edit"), row.edit_url
            elif row.done < row.total:
                row.status = IN_PROGRESS
                row.action_label, row.action_url = _("Translate"), row.edit_url
            else:
                row.status = UP_TO_DATE
                row.action_label, row.action_url = _("Edit"), row.edit_url
            rows.append(row)
    return rows


def translation_rows(user=None, locales=None):
    """Every page and translatable snippet in the default locale, once per other locale."""
    default = Locale.get_default()
    locales = list(locales if locales is not None else Locale.objects.exclude(pk=default.pk))
    finder = AdminURLFinder(user)
    pages = list(
        Page.objects.filter(locale=default, depth__gt=1)
        .select_related("content_type", "latest_revision")
        .order_by("path")
    )
    rows = _rows_for(Page, pages, locales, finder)
    for model in translatable_snippet_models():
        queryset = model._default_manager.filter(locale=default)
        if hasattr(model, "latest_revision"):
            queryset = queryset.select_related("latest_revision")
        rows += _rows_for(model, list(queryset), locales, finder)
    return rows


def coverage(language_code):
    """(translated, up to date, total) for one language: pages and snippets."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return 0, 0, 0
    rows = translation_rows(locales=[locale])
    counts = defaultdict(int)
    for row in rows:
        counts[row.status] += 1
    return len(rows) - counts[MISSING], counts[UP_TO_DATE], len(rows)


def _locale_choices():
    default = Locale.get_default()
    return [
        (locale.language_code, locale.get_display_name())
        for locale in Locale.objects.exclude(pk=default.pk)
    ]


def _kind_choices():
    kinds = {_kind(model) for model in translatable_snippet_models()}
    from django.contrib.contenttypes.models import ContentType

    for content_type in ContentType.objects.filter(
        pk__in=Page.objects.values("content_type").distinct()
    ):
        model = content_type.model_class()
        if model is not None and model is not Page:
            kinds.add(_kind(model))
    return [(kind, kind) for kind in sorted(kinds)]


class TranslationStatusFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(label=_("Locale"), choices=_locale_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=list(STATUS_LABELS.items()))
    kind = django_filters.ChoiceFilter(label=_("Type"), choices=_kind_choices)

    class Meta:
        model = Locale
        fields = ["locale", "status", "kind"]


class TranslationStatusReportView(SafeCSVExportMixin, ReportView):
    """Reports → Translation status: what is missing, out of date or in progress."""

    page_title = _("Translation status")
    header_icon = "wagtail-localize-language"
    filterset_class = TranslationStatusFilterSet
    index_url_name = "translation_status:index"
    index_results_url_name = "translation_status:results"
    export_filename = "translation-status"
    paginate_by = 100
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url or None),
        Column("kind", label=_("Type")),
        Column("locale_name", label=_("Locale")),
        Column("status_label", label=_("Status")),
        Column("progress", label=_("Strings translated")),
        TitleColumn("action_label", label=_("Action"), get_url=lambda row: row.action_url or None),
    ]
    list_export = ["title", "kind", "locale_name", "status_label", "progress", "action_url"]
    export_headings = {
        "title": _("Title"),
        "kind": _("Type"),
        "locale_name": _("Locale"),
        "status_label": _("Status"),
        "progress": _("Strings translated"),
        "action_url": _("Action"),
    }

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Locale.objects.none()}

    @cached_property
    def _all_rows(self):
        return translation_rows(self.request.user)

    def get_queryset(self):
        return self.filter_queryset(self._all_rows)

    def filter_queryset(self, rows):
        if not (self.filters and self.filters.is_valid()):
            return rows
        wanted = self.filters.form.cleaned_data
        if wanted.get("locale"):
            rows = [row for row in rows if row.locale.language_code == wanted["locale"]]
        if wanted.get("status"):
            rows = [row for row in rows if row.status == wanted["status"]]
        if wanted.get("kind"):
            rows = [row for row in rows if row.kind == wanted["kind"]]
        return rows

    def get_filtered_queryset(self):
        return self.get_queryset()

    def order_queryset(self, queryset):
        return queryset

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if row.get("action_url"):
            row["action_url"] = self.request.build_absolute_uri(row["action_url"])
        return row


class GaelicCoveragePanel(Component):
    """Dashboard panel: how much of the site is in Gaelic."""

    name = "translation_coverage"
    template_name = "core/admin/translation_coverage_panel.html"
    order = 160

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        translated, up_to_date, total = coverage("gd")
        context.update(
            {
                "translated": translated,
                "up_to_date": up_to_date,
                "total": total,
                "percent": round(100 * translated / total) if total else 0,
                "up_to_date_percent": round(100 * up_to_date / total) if total else 0,
                "language": dict(settings.LANGUAGES).get("gd", "gd"),
            }
        )
        return context
