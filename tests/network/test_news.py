"""News: the listing and its RSS and Atom feeds."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.network import NewsPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(news_index):
    return [
        NewsPageFactory(parent=news_index, title="Older", date=datetime.date(2026, 10, 1)),
        NewsPageFactory(parent=news_index, title="Newer", date=datetime.date(2026, 11, 10)),
        NewsPageFactory(parent=news_index, title="Draft", live=False),
    ]


@pytest.mark.django_db
def test_news_index_lists_newest_first_and_links_feeds(client, news):
    response = client.get("/news/")
    assert [item.title for item in response.context["items"]] == ["Newer", "Older"]
    html = response.content.decode()
    assert 'type="application/rss+xml" href="/news/feed/"' in html
    assert 'type="application/atom+xml" href="/news/feed/atom/"' in html


@pytest.mark.django_db
def test_rss_feed(client, news):
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Newer", "Older"]
    assert items[0].findtext("link").endswith(news[1].url)
    assert items[0].findtext("description") == "Something happened."
    assert "10 Nov 2026" in items[0].findtext("pubDate")


@pytest.mark.django_db
def test_atom_feed(client, news):
    response = client.get("/news/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Newer", "Older"]
    assert entries[0].find(f"{ATOM}link").get("href").endswith(news[1].url)


@pytest.mark.django_db
def test_news_pages_run_the_same_queries_for_5_and_50(client, news_index):
    from network.models import NewsPage

    def measure(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def make(count):
        for _n in range(count):
            NewsPageFactory(parent=news_index)

    make(5)
    urls = ["/news/", NewsPage.objects.first().url, "/news/feed/", "/news/feed/atom/"]
    small = [measure(url) for url in urls]
    make(45)
    assert [measure(url) for url in urls] == small
