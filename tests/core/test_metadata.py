"""What search engines, link previews and browsers read: descriptions, Open Graph and
Twitter tags, schema.org JSON-LD, the favicon and touch icon, the calendar subscription."""

import datetime
import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from portal.core.searchable import meta_description
from tests.factories.core import StandardPageFactory
from tests.factories.learning import LearningIndexPageFactory, build_module
from tests.factories.network import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    GuidanceIndexPageFactory,
    GuidancePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def _json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_description_prefers_the_search_description_then_the_summary(client, home_page):
    page = StandardPageFactory(parent=home_page, summary="What the page is about.")
    assert _meta(_get(client, page.url), "name", "description") == "What the page is about."
    page.search_description = "Written for search engines."
    page.save_revision().publish()
    assert _meta(_get(client, page.url), "name", "description") == "Written for search engines."


def test_description_falls_back_to_the_introduction(client, home_page):
    index = NewsIndexPageFactory(parent=home_page, introduction="<p>News from <b>us</b>.</p>")
    assert _meta(_get(client, index.url), "name", "description") == "News from us."


def test_views_that_are_not_pages_have_a_description(client, home_page):
    for url in ("/accounts/login/", "/search/?q=housing", "/accounts/signup/"):
        description = _meta(_get(client, url), "name", "description")
        assert "Community Link Worker Network" in description


def test_long_descriptions_are_cut_at_a_word():
    text = "word " * 60
    cut = meta_description(text)
    assert len(cut) <= 160 and cut.endswith("word…")
    assert meta_description("<p>Short and\n  plain.</p>") == "Short and plain."


def test_open_graph_and_twitter_cards(client, home_page):
    index = CaseStudyIndexPageFactory(parent=home_page)
    story = CaseStudyPageFactory(parent=index, title="Leanne's story", summary="A safe home.")
    html = _get(client, story.url)
    assert _meta(html, "property", "og:title") == "Leanne&#x27;s story"
    assert _meta(html, "property", "og:description") == "A safe home."
    assert _meta(html, "property", "og:type") == "article"
    assert _meta(html, "property", "og:url") == f"http://testserver{story.url}"
    assert _meta(html, "property", "og:locale") == "en_GB"
    assert _meta(html, "property", "og:image").startswith("http://testserver/static/")
    assert _meta(html, "name", "twitter:card") == "summary"
    assert _meta(html, "name", "twitter:description") == "A safe home."
    assert _meta(_get(client, "/"), "property", "og:type") == "website"


def test_gaelic_pages_say_so_to_open_graph(client, gaelic_home_page):
    assert _meta(_get(client, "/gd/"), "property", "og:locale") == "gd_GB"


def test_events_are_described_as_schema_org_events(client, home_page):
    index = EventIndexPageFactory(parent=home_page)
    start = timezone.now() + datetime.timedelta(days=20)
    at_a_venue = EventPageFactory(
        parent=index,
        title="Network gathering",
        start=start,
        online=False,
        venue="Mansfield Traquair Centre\n15 Mansfield Place, Edinburgh",
    )
    data = _json_ld(_get(client, at_a_venue.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Network gathering"
    assert datetime.datetime.fromisoformat(data["startDate"]) == at_a_venue.start
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["location"]["name"] == "Mansfield Traquair Centre"
    assert "Edinburgh" in data["location"]["address"]

    online = EventPageFactory(parent=index, online=True, booking_url="https://example.org/book")
    data = _json_ld(_get(client, online.url))
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/book"}


def test_modules_are_courses(client, home_page):
    module, _lessons = build_module(LearningIndexPageFactory(parent=home_page), title="Asset maps")
    data = _json_ld(_get(client, module.url))
    assert data["@type"] == "Course"
    assert data["name"] == "Asset maps"
    assert data["provider"]["name"] == "Scottish Community Link Worker Network"
    assert data["description"] == "What the module covers."


@pytest.mark.parametrize("kind", ["news", "case study", "guidance"])
def test_news_case_studies_and_guidance_are_articles(client, home_page, kind):
    if kind == "news":
        page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Launch")
        expected = ("NewsArticle", "2026-10-01")
    elif kind == "case study":
        page = CaseStudyPageFactory(
            parent=CaseStudyIndexPageFactory(parent=home_page), title="Launch"
        )
        expected = ("Article", "2026-03-01")
    else:
        page = GuidancePageFactory(
            parent=GuidanceIndexPageFactory(parent=home_page), title="Launch"
        )
        expected = ("Article", None)
    data = _json_ld(_get(client, page.url))
    assert (data["@type"], data.get("datePublished")) == expected
    if kind == "guidance":  # when it was last reviewed
        assert data["dateModified"] == page.last_reviewed.isoformat()
    assert data["headline"] == "Launch"
    assert data["publisher"]["@type"] == "Organization"


def test_a_closing_script_tag_in_a_title_cannot_break_out(client, home_page):
    page = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), title="</script><script>alert(1)"
    )
    html = _get(client, page.url)
    assert "<script>alert(1)" not in html
    assert _json_ld(html)["headline"] == "</script><script>alert(1)"


def test_pages_without_structured_data_have_none(client, home_page):
    assert "application/ld+json" not in _get(client, "/")


def test_favicon_and_touch_icon(client, home_page):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/favicon.ico"
    assert "max-age=86400" in response["Cache-Control"]
    assert finders.find("favicon.ico")
    html = _get(client, "/")
    touch = re.search(r'<link rel="apple-touch-icon" href="/static/([^"]+)">', html).group(1)
    assert finders.find(touch)
    assert client.post("/favicon.ico").status_code == 405


def test_the_events_calendar_can_be_subscribed_to(client, home_page):
    index = EventIndexPageFactory(parent=home_page)
    html = _get(client, index.url)
    assert 'href="webcal://testserver/events/calendar.ics">Subscribe in your calendar app' in html
    assert 'href="/events/calendar.ics" download>Download the calendar file (.ics)' in html
    assert client.get("/events/calendar.ics").status_code == 200
    gaelic = _get(client, "/gd" + index.url)
    assert "webcal://testserver/gd/events/calendar.ics" in gaelic
