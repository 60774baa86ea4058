"""English shown on /gd/ because it is not translated yet is marked lang="en" (WCAG
3.1.2): framework descriptors wagtail-localize fell back on, listings of English pages,
documents and the footer; Gaelic text and English pages are left unmarked."""

import pytest
from django.template import Context, Template
from django.utils import translation

from frameworks.models import FrameworkPage
from portal.core.demo_tools import translate
from portal.core.models import FooterText
from tests.factories.core import StandardPageFactory
from tests.factories.frameworks import make_framework, make_framework_page

pytestmark = pytest.mark.django_db


def test_untranslated_framework_descriptors_are_marked(client, home_page, gaelic_home_page, gaelic):
    framework = make_framework(competencies=1, domains=1)
    make_framework_page(home_page)
    translate(FrameworkPage.objects.get(), gaelic, {"Competency framework": "Frèam-comais"})
    # Through wagtail-localize, as an editor would: one descriptor translated, the rest
    # fall back to English.
    translate(
        framework,
        gaelic,
        {"Competency 1.1": "Comas 1.1", "Informed 1.1": "Fiosraichte 1.1"},
    )
    html = client.get("/gd/fream-comais/").content.decode()
    assert "<dd>Fiosraichte 1.1</dd>" in html
    assert '<dd lang="en">Skilled 1.1</dd>' in html
    assert "<span>Comas 1.1</span>" in html
    assert '<p lang="en">What it involves</p>' in html
    html = client.get("/framework/").content.decode()
    assert "<dd>Skilled 1.1</dd>" in html and 'lang="en"' not in html.split("<main", 1)[1]


def test_untranslated_footer_text_is_marked_on_gaelic_pages(client, home_page, gaelic_home_page):
    FooterText.objects.create(text="Run by the network, for the network.", locale=home_page.locale)
    assert '<p lang="en">Run by the network' in client.get("/gd/").content.decode()
    html = client.get("/").content.decode()
    assert "<p>Run by the network" in html


def test_translated_footer_text_reads_in_each_language(client, home_page, gaelic_home_page, gaelic):
    """Editors translate the footer line with wagtail-localize, like a page."""
    english = FooterText.objects.create(text="Run by the network.", locale=home_page.locale)
    translate(english, gaelic, {"Run by the network.": "Air a ruith leis an lìonra."})
    assert "<p>Air a ruith leis an lìonra.</p>" in client.get("/gd/").content.decode()
    html = client.get("/").content.decode()
    assert "<p>Run by the network.</p>" in html and "Air a ruith" not in html


def test_lang_of_marks_pages_in_another_language(home_page, gaelic_home_page):
    english = StandardPageFactory(parent=home_page, slug="only-english")
    template = Template("{% load portal_tags %}<li{% lang_of item %}>")
    with translation.override("gd"):
        assert template.render(Context({"item": english})) == '<li lang="en">'
        assert template.render(Context({"item": gaelic_home_page})) == "<li>"
    with translation.override("en"):
        assert template.render(Context({"item": english})) == "<li>"
