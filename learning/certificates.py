"""Certificates as PDF files, drawn with fpdf2 (pure Python).

The certificate is in the language of the request, which its metadata records with its
title; the heading is a tagged structure element (fpdf2 does not tag paragraphs).
The text is set in Roboto, a TrueType font shipped by the ``font-roboto`` package (as
for the framework's PDFs) and embedded in the file, so names and titles with accents or
in Gaelic (à, è, ì, ò, ù ...) print correctly with no system fonts.
"""

from pathlib import Path

import font_roboto
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fpdf import FPDF, TextStyle, ViewerPreferences

FONT_DIR = Path(font_roboto.font_directory)
REGULAR = FONT_DIR / "Roboto-Regular.ttf"
BOLD = FONT_DIR / "Roboto-Bold.ttf"
NETWORK = "Scottish Community Link Worker Network"
TEAL = (0, 94, 93)


def certificate_pdf_bytes(certificate, *, module_title, verify_url):
    """A one-page landscape A4 certificate for ``certificate``."""
    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.set_title(f"{_('Certificate of completion')}: {module_title}")
    pdf.set_author(NETWORK)
    pdf.set_lang(translation.get_language() or "en")
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)
    pdf.add_font("Roboto", "", str(REGULAR))
    pdf.add_font("Roboto", "B", str(BOLD))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    width = pdf.w - 40

    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)

    pdf.set_text_color(*TEAL)
    pdf.set_font("Roboto", "B", 16)
    pdf.set_xy(20, 24)
    pdf.cell(width, 10, _(NETWORK), align="C")

    # The heading is a tagged structure element and a bookmark (fpdf2's sections).
    pdf.set_section_title_styles(TextStyle("Roboto", "B", 34, color=(30, 30, 30), l_margin="C"))
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(20, 48)
    pdf.start_section(_("Certificate of completion"))

    pdf.set_font("Roboto", "", 15)
    pdf.set_xy(20, 74)
    pdf.cell(width, 10, _("This certifies that"), align="C")

    pdf.set_font("Roboto", "B", 26)
    pdf.set_xy(20, 86)
    holder = (
        certificate.holder_name if not certificate.holder_account_closed else _("(account closed)")
    )
    pdf.cell(width, 14, holder, align="C")

    pdf.set_font("Roboto", "", 15)
    pdf.set_xy(20, 104)
    pdf.cell(width, 10, _("has completed the module"), align="C")

    pdf.set_font("Roboto", "B", 20)
    pdf.set_xy(30, 116)
    pdf.multi_cell(pdf.w - 60, 10, module_title, align="C")

    pdf.set_font("Roboto", "", 13)
    issued = formats.date_format(certificate.issued_at, "j F Y")
    hours = certificate.cpd_minutes / 60
    # Plural forms need a whole number; a fraction takes the "many" form (1.5 hours).
    count = int(hours) if hours.is_integer() else 100
    pdf.set_xy(20, 146)
    pdf.cell(
        width,
        8,
        ngettext(
            "Completed on %(date)s · %(hours)s hour of CPD",
            "Completed on %(date)s · %(hours)s hours of CPD",
            count,
        )
        % {"date": issued, "hours": f"{hours:g}"},
        align="C",
    )

    pdf.set_font("Roboto", "", 11)
    pdf.set_text_color(70, 70, 70)
    pdf.set_xy(20, 170)
    pdf.cell(width, 6, _("Verification code: %(code)s") % {"code": certificate.code}, align="C")
    pdf.set_xy(20, 177)
    pdf.cell(
        width,
        6,
        _("Check this certificate at %(url)s") % {"url": verify_url},
        align="C",
        link=verify_url,
    )
    return bytes(pdf.output())
