"""The supervision PDF of one self-assessment (fpdf2, with Roboto for Gaelic accents).

Roboto comes from the ``font-roboto`` package (Apache 2.0), so no system fonts are needed.
The PDF is in the language of the request (the assessor's), says so in its metadata,
has a document title that viewers show, and its headings are tagged structure elements
with bookmarks (fpdf2's ``start_section``; fpdf2 does not tag paragraphs).
"""

from pathlib import Path

import font_roboto
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from fpdf import FPDF, TextStyle, ViewerPreferences

FONT_DIR = Path(font_roboto.font_directory)


class SupervisionPDF(FPDF):
    def __init__(self, title):
        super().__init__(format="A4")
        self.title_text = title
        self.add_font("Roboto", "", str(FONT_DIR / "Roboto-Regular.ttf"))
        self.add_font("Roboto", "B", str(FONT_DIR / "Roboto-Bold.ttf"))
        self.add_font("Roboto", "I", str(FONT_DIR / "Roboto-Italic.ttf"))
        self.set_font("Roboto", "", 10)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_title(title)
        self.set_lang(get_language() or "en")
        self.set_creator(_("Scottish Community Link Worker Network"))
        self.set_author(_("Scottish Community Link Worker Network"))
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)
        self.set_section_title_styles(
            TextStyle("Roboto", "B", 16, b_margin=2),
            TextStyle("Roboto", "B", 13, t_margin=1, b_margin=1),
            TextStyle("Roboto", "B", 11, b_margin=1),
        )

    def footer(self):
        self.set_y(-12)
        self.set_font("Roboto", "", 8)
        self.cell(0, 6, f"{self.title_text} · {self.page_no()}", align="C")

    def heading(self, text, level=1):
        """A heading, tagged and bookmarked at ``level`` (0: the document's title)."""
        self.start_section(text, level=level)
        self.ln(1)

    def para(self, text, size=10, style=""):
        if not text:
            return
        self.set_font("Roboto", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def assessment_pdf(user, data):
    """Build the PDF for the supervision data assembled by ``views._supervision``."""
    assessment = data["assessment"]
    structure = data["structure"]
    title = _("Self-assessment for supervision")
    pdf = SupervisionPDF(title)
    pdf.add_page()
    pdf.heading(title, 0)
    framework = structure.display
    pdf.para(f"{framework.name}, " + _("version %(v)s") % {"v": framework.version})
    pdf.para(
        _("%(name)s · assessed on %(date)s · printed on %(today)s")
        % {
            "name": user.display_name,
            "date": date_format(assessment.date, "j F Y"),
            "today": date_format(timezone.localdate(), "j F Y"),
        }
    )
    pdf.ln(3)
    for domain in structure.domains:
        pdf.heading(f"{domain.display.code} {domain.display.title}")
        for competency in domain.items:
            text = competency.display
            rating = competency.rating
            if rating is None:
                level = _("Not answered")
            elif rating.level:
                level = structure.level_name(rating.level)
            else:
                level = _("Not yet")
            pdf.para(f"{text.code} {text.title}: {level}", 10, "B")
            if rating is not None and rating.note:
                pdf.para(_("Note: %(note)s") % {"note": rating.note}, 10, "I")
            for item in competency.evidence:
                pdf.para(
                    _("Evidence: %(title)s (%(level)s, %(date)s)")
                    % {
                        "title": item.title,
                        "level": structure.level_name(item.level) or item.level,
                        "date": date_format(item.achieved_on, "j F Y"),
                    },
                    9,
                )
            pdf.ln(1)
    pdf.ln(2)
    pdf.heading(_("Gaps against the target level: %(level)s") % {"level": data["target_name"]})
    if not data["gaps"]:
        pdf.para(_("No competency is below the target level."))
    for gap in data["gaps"]:
        text = gap.competency.display
        pdf.para(f"{text.code} {text.title}", 10, "B")
        for item in gap.learning:
            pdf.para(_("Suggested learning: %(title)s") % {"title": item["title"]}, 9)
    return pdf.output()
