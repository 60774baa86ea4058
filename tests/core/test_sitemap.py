"""The sitemap lists the Gaelic pages too, each URL with its translations as hreflang
alternates, and leaves out what is not public."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_page, gaelic_home_page, gaelic):
    page = StandardPageFactory(parent=home_page, title="About", slug="about")
    page.save_revision().publish()
    translated = page.copy_for_translation(gaelic)
    translated.title = "Mu dheidhinn"
    translated.save_revision().publish()
    return page


def test_sitemap_lists_gaelic_urls_with_hreflang_alternates(client, about):
    only_english = StandardPageFactory(parent=about.get_parent(), title="News", slug="news-only")
    only_english.save_revision().publish()
    xml = client.get("/sitemap.xml").content.decode()
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in xml
    assert "<loc>http://localhost/gd/mu-dheidhinn/</loc>" in xml
    assert "<loc>http://localhost/about/</loc>" in xml
    alternates = (
        '<xhtml:link rel="alternate" hreflang="en" href="http://localhost/about/"/>'
        '<xhtml:link rel="alternate" hreflang="gd" href="http://localhost/gd/mu-dheidhinn/"/>'
        '<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost/about/"/>'
    )
    assert xml.count(alternates) == 2  # once under each language's URL
    english_only = xml.split("<loc>http://localhost/news-only/</loc>")[1].split("</url>")[0]
    assert "xhtml:link" not in english_only


def test_sitemap_leaves_out_private_pages_in_every_language(client, about, gaelic):
    gaelic_about = about.get_translation(gaelic)
    PageViewRestriction.objects.create(page=gaelic_about, restriction_type="login")
    xml = client.get("/sitemap.xml").content.decode()
    assert "/gd/mu-dheidhinn/" not in xml
    assert "<loc>http://localhost/about/</loc>" in xml
