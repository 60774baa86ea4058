"""Every spreadsheet export the portal adds writes formula-safe CSV (OWASP CSV injection)."""

from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from portal.core.spreadsheets import SafeCSVExportMixin, safe_cell, safe_row

PROJECT = ("portal", "learning", "frameworks", "network")


def _view_classes(patterns):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _view_classes(entry.url_patterns)
        elif isinstance(entry, URLPattern):
            view_class = getattr(entry.callback, "view_class", None)
            if view_class is not None:
                yield view_class


def test_every_export_view_of_the_portal_escapes_formulas():
    exports = {
        view
        for view in _view_classes(get_resolver().url_patterns)
        if issubclass(view, SpreadsheetExportMixin) and view.__module__.split(".")[0] in PROJECT
    }
    assert exports, "the walk found none of the portal's reports"
    unsafe = sorted(
        view.__qualname__ for view in exports if not issubclass(view, SafeCSVExportMixin)
    )
    assert unsafe == [], "Add SafeCSVExportMixin (portal/core/spreadsheets.py) to these views"


def test_formula_cells_are_written_as_text_and_others_unchanged():
    for formula in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(formula) == "'" + formula
    for plain in ("Ailsa", "1", "", "a=b", 12, None):
        assert safe_cell(plain) == plain
    assert safe_row({"name": "=x", "count": 3}) == {"name": "'=x", "count": 3}
