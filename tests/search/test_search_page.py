"""The search page: results, facets, filters in the URL, sorting, pages, languages, empty states."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.core.models import Theme
from tests.factories.core import AudienceFactory, RegionFactory, ThemeFactory
from tests.factories.search import indexed_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy(gaelic):
    housing = ThemeFactory(slug="housing", name="Housing")
    Theme.objects.create(
        slug="housing", name="Taigheadas", locale=gaelic, translation_key=housing.translation_key
    )
    ThemeFactory(slug="money-welfare", name="Money and welfare rights")
    RegionFactory(slug="tayside", name="NHS Tayside")
    RegionFactory(slug="highland", name="NHS Highland")
    AudienceFactory(slug="gp-practice", name="GP practice teams")


@pytest.fixture
def library(home_page, taxonomy):
    """Five documents about housing and money with facets (test-only fixtures)."""
    return {
        "case": indexed_page(
            home_page,
            "Housing case study from Dundee",
            "A tenant kept her home.",
            themes=["housing"],
            regions=["tayside"],
            content_type="case_study",
            label="Case study",
            date=datetime.date(2025, 3, 1),
        ),
        "guide": indexed_page(
            home_page,
            "Guidance on housing referrals",
            "How practices refer people.",
            themes=["housing"],
            regions=["highland"],
            audiences=["gp-practice"],
            date=datetime.date(2026, 1, 10),
        ),
        "module": indexed_page(
            home_page,
            "Module: housing and homelessness",
            "Learn the housing system.",
            themes=["housing", "money-welfare"],
            content_type="module",
            label="Module",
            date=datetime.date(2024, 6, 1),
        ),
        "money": indexed_page(
            home_page,
            "Money advice guidance",
            "Benefits and debts.",
            themes=["money-welfare"],
            regions=["tayside"],
            date=datetime.date(2026, 2, 1),
        ),
        "other": indexed_page(home_page, "Walking groups", "Physical activity locally."),
    }


def get(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def titles(html):
    return re.findall(r'class="search-hit__title"><a href="[^"]*"[^>]*>([^<]+)</a>', html)


def test_results_show_title_type_summary_date_and_language(client, library):
    html = get(client, q="housing")
    assert set(titles(html)) == {
        "Housing case study from Dundee",
        "Guidance on housing referrals",
        "Module: housing and homelessness",
    }
    assert "3 results for “housing” in English" in html
    assert '<span class="search-hit__type">Case study</span>' in html
    assert '<time datetime="2025-03-01">1 March 2025</time>' in html
    assert "Learn the <mark>housing</mark> system." in html
    assert '<span class="search-hit__language">English</span>' in html


def test_facets_show_counts_and_taxonomy_names(client, library):
    html = get(client, q="housing")
    assert re.search(r"Housing <span class=\"search-facet__count\">\(3\)</span>", html)
    assert re.search(r"NHS Tayside <span class=\"search-facet__count\">\(1\)</span>", html)
    assert re.search(r"Case study <span class=\"search-facet__count\">\(1\)</span>", html)
    assert re.search(r"GP practice teams <span class=\"search-facet__count\">\(1\)</span>", html)


def test_filters_combine_and_stay_in_the_url(client, library):
    html = get(client, q="housing", region="tayside")
    assert titles(html) == ["Housing case study from Dundee"]
    html = get(client, q="housing", region=["tayside", "highland"])
    assert len(titles(html)) == 2
    html = get(client, q="housing", region=["tayside", "highland"], type="guidance")
    assert titles(html) == ["Guidance on housing referrals"]
    # the filter in use is listed with a link that removes it and keeps the rest
    assert "Remove filter:" in html
    assert "region=tayside" in html and "type=guidance" in html


def test_filters_without_a_query_browse_newest_first(client, library):
    html = get(client, theme="money-welfare")
    assert titles(html) == ["Money advice guidance", "Module: housing and homelessness"]


def test_sort_by_newest(client, library):
    html = get(client, q="housing", sort="newest")
    assert titles(html) == [
        "Guidance on housing referrals",
        "Housing case study from Dundee",
        "Module: housing and homelessness",
    ]


def test_relevance_puts_title_matches_first(client, home_page, taxonomy):
    indexed_page(home_page, "Walking", "Mentions foodbank once in passing.")
    indexed_page(home_page, "Foodbank referrals", "How to refer someone to a foodbank.")
    assert titles(get(client, q="foodbank"))[0] == "Foodbank referrals"


def test_foodbank_finds_pages_that_write_food_bank(client, home_page, taxonomy):
    indexed_page(home_page, "Link workers at food banks", "Support where people queue.")
    indexed_page(home_page, "Chair yoga", "A class in a church hall.")
    assert titles(get(client, q="foodbank")) == ["Link workers at food banks"]


def test_pagination(client, home_page, taxonomy):
    for number in range(23):
        indexed_page(home_page, f"Trauma page {number}", "About trauma.")
    first = get(client, q="trauma")
    assert "23 results" in first
    assert len(titles(first)) == 10
    assert 'aria-label="Result pages"' in first and 'rel="next"' in first
    third = get(client, q="trauma", page="3")
    assert len(titles(third)) == 3
    assert 'aria-current="page">3<' in third
    assert not set(titles(first)) & set(titles(third))


def test_several_words_must_all_match_then_any(client, library):
    html = get(client, q="housing dundee")
    assert titles(html) == ["Housing case study from Dundee"]
    html = get(client, q="dundee benefits")
    assert set(titles(html)) == {"Housing case study from Dundee", "Money advice guidance"}
    assert "No page has all of your words" in html


def test_helpful_empty_state(client, library):
    html = get(client, q="xylophone", theme="housing")
    assert "Nothing matched “xylophone”" in html
    assert "Search again without filters" in html
    assert "Search in all languages" in html
    assert "Try one of these topics" in html


def test_no_query_shows_suggested_topics(client, library):
    html = get(client)
    assert "Popular topics" in html and "?q=housing" in html
    assert "search-hit" not in html


def test_current_language_by_default_and_all_languages_on_request(
    client, home_page, gaelic_home_page, taxonomy
):
    home_page.save_revision().publish()
    gaelic_home_page.save_revision().publish()
    english = get(client, q="home")
    assert titles(english) == ["Home"]
    both = get(client, q="home dachaigh", lang="all")
    assert set(titles(both)) == {"Home", "Dachaigh"}
    assert 'lang="gd" hreflang="gd">Dachaigh<' in both
    gaelic = client.get("/gd/search/", {"q": "dachaigh"}).content.decode()
    assert titles(gaelic) == ["Dachaigh"]
    assert '<html lang="gd"' in gaelic


def test_gaelic_page_shows_gaelic_taxonomy_names(client, library):
    html = client.get("/gd/search/", {"q": "housing", "lang": "all"}).content.decode()
    assert "Taigheadas" in html


def test_header_search_box_points_here_with_suggestions(client, home_page):
    html = client.get("/").content.decode()
    assert 'action="/search/"' in html
    assert 'data-suggest-url="/search/suggest/"' in html


def test_suggestions_are_json_and_at_most_eight(client, home_page, taxonomy):
    for number in range(12):
        indexed_page(home_page, f"Loneliness support {number}")
    response = client.get("/search/suggest/", {"q": "lonel"})
    data = response.json()
    assert response["Content-Type"] == "application/json"
    assert len(data["suggestions"]) == 8
    first = data["suggestions"][0]
    assert set(first) == {"title", "url", "type", "language"}
    assert first["title"].startswith("Loneliness support")


def test_the_number_of_queries_does_not_grow_with_the_results(client, home_page, taxonomy):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            get(client, q="carers", theme="housing")
        return len(queries)

    for number in range(3):
        indexed_page(
            home_page,
            f"Carers {number}",
            "For carers.",
            themes=["housing"],
            regions=["highland"],
            audiences=["gp-practice"],
        )
    count_queries()  # the first request also loads the site and the locales
    small = count_queries()
    for number in range(3, 15):
        indexed_page(
            home_page,
            f"Carers {number}",
            "For carers.",
            themes=["housing"],
            regions=["tayside", "highland"],
            audiences=["gp-practice"],
        )
    count_queries()  # the first request after a change reloads what content_cache keeps
    assert count_queries() == small
