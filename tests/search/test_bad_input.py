"""Whatever is typed or put in the URL, search answers 200 with results or a message."""

import pytest
from django.contrib.auth.models import AnonymousUser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.search.query import SearchRequest, terms_of
from portal.search.stores import DatabaseStore
from tests.factories.search import indexed_page

pytestmark = pytest.mark.django_db

NASTY_QUERIES = [
    "",
    "   ",
    "x" * 5000,
    "housing " * 700,
    "!!!",
    "?.,;:'\"()[]{}",
    '"',
    '"housing',
    "housing\"'",
    "*",
    "hous*",
    "-",
    "-housing",
    "NEAR(",
    "NEAR(housing rent, 3)",
    "housing AND",
    "OR",
    "AND OR NOT",
    "title:housing",
    "body:*",
    "housing~2",
    "housing^5",
    "(housing",
    "housing)",
    "{!lucene}",
    "\\",
    "%",
    "%%s",
    "'; DROP TABLE portal_search_indexeddocument; --",
    "<script>alert(1)</script>",
    "\x00",
    "housing\x00rent",
    "🏠 housing",
    "Gàidhlig taigheadas",
    "ｈｏｕｓｉｎｇ",
    "_",
    "__init__",
]


@pytest.fixture
def page(home_page):
    return indexed_page(home_page, "Housing guidance", "Rent and housing help.")


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_nasty_queries_answer_200(client, page, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert client.get("/search/suggest/", {"q": query}).status_code == 200


def test_syntax_around_words_still_finds_them(client, page):
    for query in ['"housing"', "housing*", "NEAR(housing", "title:housing", "-housing", "housing~"]:
        assert "Housing guidance" in client.get("/search/", {"q": query}).content.decode(), query


def test_punctuation_only_explains_itself(client, page):
    html = client.get("/search/", {"q": "?!*"}).content.decode()
    assert "punctuation on its own matches nothing" in html


def test_a_very_long_query_is_shortened_with_a_note(client, page):
    html = client.get("/search/", {"q": "housing " + "x" * 5000}).content.decode()
    assert "very long" in html
    assert "Housing guidance" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "housing", "theme": "no-such-theme"},
        {"q": "housing", "theme": "<b>bad</b>"},
        {"q": "housing", "region": "x" * 500},
        {"q": "housing", "type": "'; --"},
        {"q": "housing", "lang": "xx"},
        {"q": "housing", "sort": "sideways"},
        {"q": "housing", "page": "abc"},
        {"q": "housing", "page": "99999"},
        {"q": "housing", "page": "-3"},
        {"q": "housing", "page": "1e9"},
        {"theme": "no-such-theme"},
    ],
)
def test_bad_parameters_answer_200(client, page, params):
    response = client.get("/search/", params)
    assert response.status_code == 200


def test_unknown_filter_values_are_reported(client, page):
    html = client.get("/search/", {"q": "housing", "theme": "<b>bad</b>"}).content.decode()
    assert "We ignored a filter we did not recognise." in html
    assert "Housing guidance" in html
    html = client.get("/search/", {"q": "housing", "lang": "xx"}).content.decode()
    assert "We ignored a filter" in html


def test_page_past_the_end_shows_the_last_page(client, page):
    html = client.get("/search/", {"q": "housing", "page": "99999"}).content.decode()
    assert "Housing guidance" in html
    assert "here is the last one" in html


def test_terms_are_plain_words():
    assert terms_of('"foodbank" AND self-referral* NEAR(x') == ["foodbank", "self", "referral", "x"]
    assert terms_of("AND OR") == ["and", "or"]
    assert terms_of("?!") == []
    assert len(terms_of(" ".join(f"w{n}" for n in range(100)))) == 12


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(min_size=0, max_size=300))
def test_random_unicode_never_breaks_the_database_store(page, query):
    terms = terms_of(query)
    request = SearchRequest(query=query, terms=terms, language="")
    outcome = DatabaseStore().search(request, AnonymousUser())
    assert outcome.total >= 0
    assert outcome.total <= 1
    DatabaseStore().suggest(query, AnonymousUser(), "en")


def test_links_carry_only_cleaned_parameters(client, page):
    html = client.get(
        "/search/", {"q": "housing", "theme": ["<b>bad</b>", "housing"], "sort": "newest"}
    ).content.decode()
    html = html[html.index("<main") :]  # the language switcher keeps the whole address
    assert "%3Cb%3E" not in html and "&lt;b&gt;bad" not in html
    assert "theme=housing" in html and "sort=newest" in html
