"""CSV cells that are safe to open in a spreadsheet (OWASP "CSV injection").

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken by
Excel, LibreOffice and Google Sheets as a formula, so a display name such as
``=HYPERLINK(...)`` could run when staff open an export. OWASP's advice: prefix such
cells with a single quote so they are shown as text. Every CSV the portal writes goes
through ``safe_cell`` (``SafeCSVExportMixin`` for Wagtail report and listing exports,
``safe_row`` for hand-written ones). XLSX exports are already safe: Wagtail writes
formula-looking cells as strings.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` with a leading ``'`` when, as text, it would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row):
    """A dict row (as for ``csv.DictWriter``) with every cell made safe."""
    return {key: safe_cell(value) for key, value in row.items()}


class SafeCSVExportMixin:
    """For Wagtail views with ``SpreadsheetExportMixin`` (reports, listings): safe CSV cells."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
