"""Headings in rich text follow the page outline: no jump from the page's h1 to an h3."""

import re

import pytest
from wagtail.rich_text import RichText

from portal.core.templatetags.portal_tags import outline
from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db


def levels(html):
    return [int(n) for n in re.findall(r"<h([1-6])\b", html)]


def test_outline_shifts_only_headings_that_jump():
    assert outline("<h3 id='a'>A</h3><p>x</p><h4>B</h4><h3>C</h3>", 1) == (
        "<h2 id='a'>A</h2><p>x</p><h3>B</h3><h3>C</h3>"
    )
    assert outline("<h2>A</h2><h3>B</h3>", 1) == "<h2>A</h2><h3>B</h3>"
    assert outline("<h4>Under a section</h4>", 2) == "<h3>Under a section</h3>"
    assert outline("<p>No headings</p>", 1) == "<p>No headings</p>"


def test_page_body_headings_follow_the_outline(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="outline")
    page.body = [("text", RichText("<h3>Who we are</h3><p>We link.</p><h4>Our history</h4>"))]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    found = levels(main)
    assert found[0] == 1 and found.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(found, found[1:], strict=False)), found
    assert "<h2>Who we are</h2>" in main and "<h3>Our history</h3>" in main
