"""The Elasticsearch store: mapping and queries (always), fallback, and a real server (when set).

No Elasticsearch server runs here; the integration tests at the bottom run only when
``ELASTICSEARCH_URL`` names one, and otherwise skip saying so.
"""

import logging
import os
import socket
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser

from portal.search import service
from portal.search.documents import SearchDocument
from portal.search.elastic import (
    ElasticsearchStore,
    PageDocument,
    PortalFacetedSearch,
    index_body,
    ranked_query,
    search_fields,
)
from portal.search.query import SearchRequest
from portal.search.ranking import field_score, stem, stems
from tests.factories.accounts import UserFactory
from tests.factories.search import indexed_page


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable(settings):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port()}"
    settings.ELASTICSEARCH_INDEX_PREFIX = "clw-test"
    settings.ELASTICSEARCH_TIMEOUT = 2
    return ElasticsearchStore.for_settings()


def request_for(query, **kwargs):
    from portal.search.query import terms_of

    return SearchRequest(query=query, terms=terms_of(query), **kwargs)


# The mapping --------------------------------------------------------------------------


def test_index_has_english_stemming_and_gaelic_folding_analysers():
    analysis = index_body()["settings"]["analysis"]
    english = analysis["analyzer"]["portal_english"]
    folding = analysis["analyzer"]["portal_folding"]
    assert english["tokenizer"] == "standard"
    assert "portal_english_stemmer" in english["filter"]
    assert analysis["filter"]["portal_english_stemmer"] == {
        "type": "stemmer",
        "language": "english",
    }
    assert folding["filter"] == ["lowercase", "asciifolding"]


def test_mapping_has_one_field_per_document_attribute():
    properties = index_body()["mappings"]["properties"]
    for name in ("title", "summary", "taxonomy", "body"):
        assert properties[name]["fields"]["en"]["analyzer"] == "portal_english"
        assert properties[name]["fields"]["gd"]["analyzer"] == "portal_folding"
    for name in (
        "locale",
        "content_type",
        "themes",
        "regions",
        "audiences",
        "visibility",
        "access",
        "practice_level",
    ):
        assert properties[name]["type"] == "keyword", name
    assert properties["date"]["type"] == "date"
    assert properties["url"] == {"type": "keyword", "index": False}
    suggest = properties["suggest"]
    assert suggest["type"] == "completion"
    assert suggest["contexts"] == [{"name": "access", "type": "category"}]


def test_index_name_has_the_environment_prefix(settings):
    store = ElasticsearchStore("http://127.0.0.1:1", "clw-staging")
    assert store.alias == "clw-staging-pages"
    assert store.new_index_name().startswith("clw-staging-pages-2")


def test_document_carries_who_may_see_it_into_access_and_suggest_contexts():
    document = SearchDocument(
        page_id=7,
        title="Member briefing",
        summary="s",
        body="b",
        url="/m/",
        locale="gd",
        content_type="page",
        content_type_label="Page",
        themes=["housing"],
        visibility="groups",
        groups=[3, 5],
    )
    body = PageDocument.from_search_document(document).to_dict()
    assert body["access"] == ["group-3", "group-5"]
    assert body["suggest"] == {
        "input": ["Member briefing"],
        "contexts": {"access": ["gd|group-3", "gd|group-5"]},
    }
    assert body["themes"] == ["housing"]


# The queries sent ------------------------------------------------------------------------


def test_query_searches_the_language_fields_and_filters_by_access():
    request = request_for('self-referral "NEAR(', filters={"theme": ["housing"]}, language="en")
    body = PortalFacetedSearch(request, ["public"], index="i", using="default")._s.to_dict()
    must = body["query"]["bool"]["must"][0]["multi_match"]
    assert must["query"] == "self referral"  # quotes, NEAR( and the hyphen are gone
    assert must["fields"] == ["title.en^3", "summary.en^2", "taxonomy.en^2", "body.en"]
    assert must["operator"] == "and" and must["type"] == "cross_fields"
    assert body["query"]["bool"]["filter"] == [{"terms": {"access": ["public"]}}]
    post = body["post_filter"]["bool"]["must"]
    assert {"terms": {"themes": ["housing"]}} in post and {"terms": {"locale": ["en"]}} in post


def _points(clause, document):
    """What Elasticsearch would score for ``clause`` of ranked_query on a document whose
    fields hold the given text (constant scores only: the BM25 tie break left out)."""
    if "constant_score" in clause:
        match = clause["constant_score"]["filter"]["multi_match"]
        field = match["fields"][0].split(".")[0]
        found = stem(match["query"]) in stems(document.get(field, ""))
        return clause["constant_score"]["boost"] if found else 0.0
    scores = sorted((_points(q, document) for q in clause["dis_max"]["queries"]), reverse=True)
    return scores[0] + clause["dis_max"]["tie_breaker"] * sum(scores[1:])


@pytest.mark.parametrize(
    "document",
    [
        {"title": "Housing in Glasgow", "summary": "", "taxonomy": "Housing", "body": "x"},
        {"title": "Footcare", "summary": "", "taxonomy": "", "body": "housing glasgow"},
        {"title": "Leanne", "summary": "a safe home", "taxonomy": "Housing, Glasgow", "body": ""},
        {"title": "Shona", "summary": "housing, money", "taxonomy": "Housing", "body": "Glasgow"},
    ],
)
def test_elasticsearch_ranks_with_the_same_points_as_the_database(document):
    """The query's per-word scoring gives each document the points the database store's
    ranking (portal.search.ranking.field_score) gives it, for a match on every word."""
    terms = ["housing", "glasgow"]
    should = ranked_query(terms, "en")["bool"]["should"]
    assert sum(_points(clause, document) for clause in should) == field_score(document, terms)


def test_title_outranks_taxonomy_and_summary_which_outrank_body_in_the_query():
    word = ranked_query(["housing"], "en")["bool"]["should"][0]["dis_max"]
    best_of, body = word["queries"]
    boosts = {
        q["constant_score"]["filter"]["multi_match"]["fields"][0]: q["constant_score"]["boost"]
        for q in best_of["dis_max"]["queries"]
    }
    assert boosts["title.en"] > boosts["taxonomy.en"] >= boosts["summary.en"]
    assert boosts["summary.en"] > body["constant_score"]["boost"]
    assert word["tie_breaker"] == 0  # body points only when no better field has the word
    must = ranked_query(["housing"], "en")["bool"]["must"][0]["multi_match"]
    assert must["boost"] < 0.1  # BM25 breaks ties only


def test_facet_counts_ignore_their_own_filter():
    request = request_for("housing", filters={"theme": ["housing"], "region": ["fife"]})
    aggs = PortalFacetedSearch(request, ["public"], index="i", using="default")._s.to_dict()["aggs"]
    assert set(aggs) == {
        f"_filter_{k}" for k in ("type", "theme", "region", "audience", "language")
    }
    theme_filter = aggs["_filter_theme"]["filter"]
    assert theme_filter == {"terms": {"regions": ["fife"]}}
    assert aggs["_filter_theme"]["aggs"]["theme"]["terms"]["field"] == "themes"


def test_highlighting_escapes_html_and_marks_words():
    body = PortalFacetedSearch(request_for("housing"), None, index="i", using="default")._s
    highlight = body.to_dict()["highlight"]
    assert highlight["encoder"] == "html"
    assert highlight["pre_tags"] == ["<mark>"] and highlight["post_tags"] == ["</mark>"]
    assert set(highlight["fields"]) == {"summary.en", "summary.gd", "body.en", "body.gd"}


def test_superusers_are_not_filtered_and_newest_sorts_by_date():
    request = request_for("housing", sort="newest")
    body = PortalFacetedSearch(request, None, index="i", using="default")._s.to_dict()
    assert body["query"] == ranked_query(["housing"], "")
    assert body["sort"] == [{"date": {"order": "desc"}}, {"page_id": {"order": "desc"}}]


def test_all_languages_searches_every_language_field():
    assert search_fields("") == [
        "title.en^3",
        "summary.en^2",
        "taxonomy.en^2",
        "body.en",
        "title.gd^3",
        "summary.gd^2",
        "taxonomy.gd^2",
        "body.gd",
    ]


@pytest.mark.django_db
def test_suggest_query_uses_the_completion_suggester_with_access_contexts(members):
    store = ElasticsearchStore("http://127.0.0.1:1", "clw-test")
    member = UserFactory()
    member.groups.add(members)
    body = store.suggest_search("hous", member, "en").to_dict()
    completion = body["suggest"]["titles"]["completion"]
    assert body["suggest"]["titles"]["prefix"] == "hous"
    assert completion["field"] == "suggest" and completion["size"] == 8
    assert completion["contexts"]["access"] == ["en|public", "en|login", f"en|group-{members.pk}"]
    anonymous = store.suggest_search("hous", AnonymousUser(), "gd").to_dict()
    assert anonymous["suggest"]["titles"]["completion"]["contexts"]["access"] == ["gd|public"]


# Falling back to the database ------------------------------------------------------------


@pytest.mark.django_db
def test_unreachable_elasticsearch_answers_from_the_database(
    client, home_page, unreachable, caplog
):
    with caplog.at_level(logging.WARNING, logger="portal.search"):
        indexed_page(home_page, "Foodbank referrals", "How to refer to a foodbank.")
        response = client.get("/search/", {"q": "foodbank"})
        suggestions = client.get("/search/suggest/", {"q": "foodb"}).json()["suggestions"]
    assert response.status_code == 200
    assert "Foodbank referrals" in response.content.decode()
    assert [s["title"] for s in suggestions] == ["Foodbank referrals"]
    assert "Elasticsearch failed" in caplog.text
    assert "answering from the database" in caplog.text
    # publishing went ahead although Elasticsearch could not be written
    assert "could not update page" in caplog.text


# A real server -----------------------------------------------------------------------------

needs_server = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to run integration tests on",
)


@pytest.fixture
def live_store(settings):
    settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
    settings.ELASTICSEARCH_INDEX_PREFIX = f"clw-test-{uuid.uuid4().hex[:8]}"
    store = ElasticsearchStore.for_settings()
    yield store
    store.client.indices.delete(index=f"{store.alias}-*", ignore_unavailable=True)


@needs_server
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_real_server_search_facets_permissions_and_rebuild(home_page, live_store, members):
    from tests.factories.search import make_document

    public = indexed_page(home_page, "Housing support", "Tenants and housing.")
    private = indexed_page(home_page, "Members housing notes", "Only for members.")
    documents = [
        (make_document(public, summary="Tenants and housing.", themes=["housing"]), None),
        (
            make_document(
                private, summary="Only for members.", visibility="groups", groups=[members.pk]
            ),
            None,
        ),
    ]
    live_store.rebuild(documents)
    first = set(live_store.client.indices.get_alias(name=live_store.alias))
    anonymous = live_store.search(request_for("houses", language="en"), AnonymousUser())
    assert [hit.title for hit in anonymous.hits] == ["Housing support"]  # stemming
    assert "<mark>" in anonymous.hits[0].summary_html
    assert [(v.value, v.count) for v in anonymous.facets["theme"]] == [("housing", 1)]
    member = UserFactory()
    member.groups.add(members)
    assert live_store.search(request_for("housing", language="en"), member).total == 2
    assert [s["title"] for s in live_store.suggest("hous", AnonymousUser(), "en")] == [
        "Housing support"
    ]
    live_store.rebuild(documents)
    second = set(live_store.client.indices.get_alias(name=live_store.alias))
    assert first != second and len(second) == 1
    live_store.delete(public.pk)
    assert live_store.search(request_for("housing", language="en"), AnonymousUser()).total == 0
    assert service.elasticsearch_store() is live_store
