"""Ranking: the title, then the taxonomy and summary, then the body; taxonomy search terms;
snippets that read well. Runs on SQLite and, in CI, on PostgreSQL (DATABASE_URL)."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser

from portal.core.searchable import plain_text, summary_text
from portal.search import service
from portal.search.query import SearchRequest, terms_of
from tests.factories.core import RegionFactory, StandardPageFactory, ThemeFactory
from tests.factories.network import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.factories.search import indexed_page

pytestmark = pytest.mark.django_db


def titles(query, **kwargs):
    request = SearchRequest(query=query, terms=terms_of(query), language="en", **kwargs)
    return [hit.title for hit in service.search(request, AnonymousUser()).hits]


def rich_text(*paragraphs):
    return [("text", "".join(f"<p>{p}</p>" for p in paragraphs))]


@pytest.fixture
def housing():
    return ThemeFactory(slug="housing", name="Housing", search_terms="homelessness, tenancy")


@pytest.fixture
def glasgow():
    return RegionFactory(
        slug="greater-glasgow-clyde",
        name="NHS Greater Glasgow and Clyde",
        search_terms="Glasgow, Paisley, Inverclyde",
    )


@pytest.fixture
def case_studies(home_page):
    return CaseStudyIndexPageFactory(parent=home_page)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def case_study(index, title, summary, body_text="", themes=(), regions=()):
    page = CaseStudyPageFactory(
        parent=index,
        title=title,
        summary=summary,
        body=rich_text(body_text) if body_text else [],
        themes=list(themes),
        regions=list(regions),
    )
    return publish(page)


def test_housing_puts_housing_themed_case_studies_above_a_passing_mention(
    case_studies, housing, glasgow
):
    """The bug in issue 13: a footcare story that says "housing" once came first, and a
    Housing-themed story that never says the word in its summary was missing."""
    case_study(
        case_studies,
        "Happy Feet: a volunteer footcare service",
        "A link worker brought together health, housing and community partners.",
        "Volunteers cut nails. " * 30,
        regions=[glasgow],
    )
    case_study(
        case_studies,
        "Leanne's story: restoring income and finding a safe home",
        "Fast, coordinated referrals brought money, safety and a new home.",
        "The tenancy was in his name; a law centre helped with a homelessness application.",
        themes=[housing],
        regions=[glasgow],
    )
    case_study(
        case_studies,
        "Shona's story: from crisis to a plan",
        "Housing, money and mental health problems tangled together.",
        themes=[housing],
    )
    found = titles("housing")
    assert found[:2] == ["Shona's story: from crisis to a plan", found[1]]
    assert set(found[:2]) == {
        "Shona's story: from crisis to a plan",
        "Leanne's story: restoring income and finding a safe home",
    }
    assert found[2] == "Happy Feet: a volunteer footcare service"


def test_title_then_summary_then_body(home_page):
    indexed_page(home_page, "Walking groups", "", body=rich_text("A note on befriending."))
    indexed_page(home_page, "Volunteering", "Befriending schemes near you.")
    indexed_page(home_page, "Befriending services", "")
    assert titles("befriending") == ["Befriending services", "Volunteering", "Walking groups"]


def test_a_word_in_the_body_many_times_does_not_beat_the_title(home_page):
    indexed_page(home_page, "Carers' breaks", "", body=rich_text("Respite. " * 200))
    indexed_page(home_page, "Respite for carers", "")
    assert titles("respite")[0] == "Respite for carers"


def test_a_place_name_finds_pages_tagged_with_its_health_board(case_studies, glasgow):
    case_study(case_studies, "Chair yoga in the east end", "Weekly clubs.", regions=[glasgow])
    case_study(case_studies, "Island link workers", "Going to where people are.")
    assert titles("Paisley") == ["Chair yoga in the east end"]
    assert titles("glasgow") == ["Chair yoga in the east end"]
    assert titles("Greater Glasgow and Clyde") == ["Chair yoga in the east end"]


def test_editing_a_regions_search_terms_updates_the_tagged_pages(case_studies, glasgow):
    case_study(case_studies, "Chair yoga in the east end", "Weekly clubs.", regions=[glasgow])
    assert titles("Greenock") == []
    glasgow.search_terms += ", Greenock"
    glasgow.save()
    assert titles("Greenock") == ["Chair yoga in the east end"]


def test_theme_search_terms_find_tagged_pages(case_studies, housing):
    case_study(case_studies, "Leanne's story", "A new home.", themes=[housing])
    assert titles("tenancy") == ["Leanne's story"]


def test_common_words_do_not_exclude_the_page_that_answers(home_page):
    indexed_page(home_page, "Referral routes", "Who can refer someone to a link worker.")
    indexed_page(home_page, "Our practice", "Our team and our building.")
    assert titles("how can I refer someone to a link worker") == ["Referral routes"]


# Snippets ---------------------------------------------------------------------------------


def test_block_boundaries_become_spaces_in_the_indexed_text(home_page):
    page = StandardPageFactory(
        parent=home_page, body=rich_text("We talked it through.", "Each week we met.")
    )
    body = page.get_search_body()
    assert "through. Each week" in body and "through.Each" not in body


def test_summaries_stop_at_a_word_boundary():
    text = "Support with housing and third-sector partners across Scotland"
    assert summary_text(text, 30) == "Support with housing and…"
    assert summary_text(text) == text
    assert plain_text("<li>Money</li><li>Housing&nbsp;advice</li>") == "Money Housing advice"


def test_snippets_on_the_search_page_keep_whole_words_and_spaces(client, home_page):
    long_summary = "Partners across Scotland " * 10 + "housing and third-sector partners " * 5
    indexed_page(home_page, "Long page", long_summary)
    indexed_page(home_page, "Blocks", "", body=rich_text("It helped housing.", "Each week we met."))
    page = client.get("/search/", {"q": "housing"}).content.decode()
    assert "helped <mark>housing</mark>. Each week we met." in page
    snippets = re.findall(r"([\w-]*)…", page)
    assert snippets and all(
        word in {"", "partners", "Scotland", "and", "third-sector", "housing</mark>"}
        for word in snippets
    ), snippets
