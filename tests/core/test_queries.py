"""Query budgets of the page chrome and the home page: the header, footer, language
switcher and home page run the same queries with 5 links as with 50, in English and in
Gaelic, and never more than 12, signed out or in."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from portal.core.models import FooterSettings, NavigationSettings
from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db

CEILING = 12


def count_queries(client, url):
    client.get(url)  # warm the per-process and content caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def add_links(home, gaelic, count):
    """``count`` pages, each translated into Gaelic, linked from the header, the footer
    and the home page's cards."""
    pages = []
    for _ in range(count):
        page = StandardPageFactory(parent=home)
        translated = page.copy_for_translation(gaelic)
        translated.save_revision().publish()
        pages.append(page)
    site = Site.objects.get(is_default_site=True)
    navigation = NavigationSettings.for_site(site)
    navigation.header_links = [("link", {"page": p, "url": "", "text": ""}) for p in pages]
    navigation.save()
    footer = FooterSettings.for_site(site)
    footer.footer_links = [("link", {"page": p, "url": "", "text": ""}) for p in pages]
    footer.save()
    home.featured_links = [("link", {"title": p.title, "text": "", "page": p}) for p in pages]
    home.save_revision().publish()
    return pages


def measure(client, home, gaelic, gaelic_home, count):
    pages = add_links(home, gaelic, count)
    urls = {"home": "/", "Gaelic home": gaelic_home.url}
    urls.update({"page": pages[0].url, "Gaelic page": "/gd" + pages[0].url})
    return {name: count_queries(client, url) for name, url in urls.items()}


@pytest.mark.parametrize("signed_in", [False, True])
def test_home_and_chrome_cost_the_same_with_5_and_50_links(
    client, home_page, gaelic, gaelic_home_page, user, signed_in
):
    if signed_in:
        client.force_login(user)
    small = measure(client, home_page, gaelic, gaelic_home_page, 5)
    large = measure(client, home_page, gaelic, gaelic_home_page, 50)
    assert large == small
    assert max(large.values()) <= CEILING, large


def test_the_header_follows_a_published_change_at_once(client, home_page, gaelic_home_page, gaelic):
    """The links are kept between requests: publishing a new title shows at once."""
    (page,) = add_links(home_page, gaelic, 1)
    assert f">{page.title}</a>" in client.get("/").content.decode()
    page.title = "A new title for the header"
    page.save_revision().publish()
    assert ">A new title for the header</a>" in client.get("/").content.decode()
    translated = page.get_translation(gaelic)
    translated.title = "Tiotal ùr"
    translated.save_revision().publish()
    assert ">Tiotal ùr</a>" in client.get("/gd/").content.decode()


def test_a_new_view_restriction_applies_at_once(client, home_page):
    """Restrictions are kept between requests too: one added later holds at once."""
    from wagtail.models import PageViewRestriction

    page = StandardPageFactory(parent=home_page)
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert page.title not in response.content.decode()


def test_routing_follows_a_moved_page_at_once(client, home_page):
    """Pages are found by address in one query; a move is seen by the next request."""
    section = StandardPageFactory(parent=home_page, slug="section")
    page = StandardPageFactory(parent=home_page, slug="moving")
    assert client.get("/moving/").status_code == 200
    page.move(section, pos="last-child")
    moved = client.get("/moving/")  # Wagtail keeps a redirect from the old address
    assert (moved.status_code, moved["Location"]) == (301, "/section/moving/")
    assert client.get("/section/moving/").status_code == 200
    assert client.get("/section/nowhere/").status_code == 404
