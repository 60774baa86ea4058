"""The database store's own machinery: ranking points in SQL, long id lists, the index
written with the document, and searches kept until the index changes. Runs on SQLite
and, in CI, on PostgreSQL (DATABASE_URL)."""

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.search import ranking
from portal.search.models import DocumentFacet, IndexedDocument, Visibility
from portal.search.query import SearchRequest, terms_of
from portal.search.stores import DatabaseStore, IdList
from tests.factories.core import StandardPageFactory
from tests.factories.search import indexed_page, make_document

pytestmark = pytest.mark.django_db

WORDS = ["housing", "houses", "rent", "renting", "carer", "carers", "Gàidhlig", "money", "x"]
HELD_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def search(query, user=None, **kwargs):
    kwargs.setdefault("language", "en")
    request = SearchRequest(query=query, terms=terms_of(query), **kwargs)
    return DatabaseStore().search(request, user or AnonymousUser())


def write(page, **changes):
    store = DatabaseStore()
    return store.write(make_document(page, **changes))


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="A page")


text = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=text,
    summary=text,
    taxonomy=text,
    terms=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True),
    matched_all=st.booleans(),
)
def test_points_worked_out_in_sql_equal_the_ranking_rule(
    page, title, summary, taxonomy, terms, matched_all
):
    """The order of results is the one ranking.field_score describes, on either database."""
    row = write(page, title=title or "untitled", summary=summary, taxonomy=taxonomy)
    terms = [term.lower() for term in terms]
    in_sql = (
        IndexedDocument.objects.filter(pk=row.pk)
        .annotate(points=ranking.points_expression(terms, matched_all))
        .values_list("points", flat=True)
        .get()
    )
    fields = {"title": title or "untitled", "summary": summary, "taxonomy": taxonomy}
    assert in_sql == ranking.field_score(fields, terms, matched_all)


def test_a_long_list_of_ids_is_one_parameter(page):
    row = write(page, title="Found")
    ids = list(range(row.pk + 1, row.pk + 40_000)) + [row.pk]  # beyond SQLite's 32,766
    with CaptureQueriesContext(connection) as queries:
        found = list(
            IndexedDocument.objects.filter(pk__in=IdList(ids)).values_list("pk", flat=True)
        )
    assert found == [row.pk]
    assert len(queries) == 1
    assert IndexedDocument.objects.filter(pk__in=IdList([])).count() == 0


def test_the_full_text_index_is_written_with_the_document_without_a_task(page):
    """Production runs tasks in a worker: a document is searchable the moment its row is,
    never matched by its old words in between."""
    with override_settings(TASKS=HELD_TASKS):
        write(page, title="Befriending walks")
        assert [hit.title for hit in search("befriending").hits] == ["Befriending walks"]
        write(page, title="Lunch club")
        assert search("befriending").total == 0
        assert [hit.title for hit in search("lunch").hits] == ["Lunch club"]
        DatabaseStore().delete(page.pk)
        assert search("lunch").total == 0


def test_a_search_kept_from_before_a_change_is_never_shown_after_it(home_page):
    first = indexed_page(home_page, "Tenancy rights", "Help with rent.", themes=["housing"])
    assert search("tenancy").total == 1  # now kept
    indexed_page(home_page, "Tenancy sustainment", "Keeping a home.", themes=["money-welfare"])
    outcome = search("tenancy")
    assert outcome.total == 2
    assert {v.value: v.count for v in outcome.facets["theme"]} == {
        "housing": 1,
        "money-welfare": 1,
    }
    first.unpublish()
    assert [hit.title for hit in search("tenancy").hits] == ["Tenancy sustainment"]


def test_kept_searches_are_kept_apart_for_each_kind_of_reader(home_page, member, non_member):
    members = member.groups.get()
    page = indexed_page(home_page, "Members' notes on tenancy")
    write(page, title=page.title, visibility=Visibility.GROUPS, groups=[members.pk])
    assert search("tenancy").total == 0  # kept for readers who are signed out
    assert search("tenancy", user=non_member).total == 0  # kept for signed-in non-members
    assert search("tenancy", user=member).total == 1
    non_member.groups.add(members)
    next_request = type(non_member).objects.get(pk=non_member.pk)
    assert search("tenancy", user=next_request).total == 1  # a new member sees it at once
    assert search("tenancy").total == 0


def test_a_kept_search_reads_only_its_page_of_rows(home_page):
    for number in range(12):
        indexed_page(home_page, f"Carers {number}", "For carers.")
    search("carers")
    with CaptureQueriesContext(connection) as queries:
        outcome = search("carers", page=2)
    assert [hit.title for hit in outcome.hits] and outcome.page == 2
    assert len(queries) == 1  # the page's rows: the matches and counts were kept


def test_migration_fills_stems_and_facet_keys_of_documents_already_indexed(page):
    from importlib import import_module

    migration = import_module("portal.search.migrations.0003_document_stems")
    row = write(
        page, title="Housing advice", summary="Rent arrears", themes=["housing"], regions=["fife"]
    )
    IndexedDocument.objects.filter(pk=row.pk).update(
        title_stems="", summary_stems="", taxonomy_stems="", facet_keys=""
    )
    migration.fill(django_apps, None)
    row.refresh_from_db()
    assert row.title_stems == " advic hous "
    assert row.summary_stems == " arrear rent "
    assert row.facet_keys == " region:fife theme:housing "
    assert set(DocumentFacet.objects.filter(document=row).values_list("kind", "value")) == {
        ("theme", "housing"),
        ("region", "fife"),
    }
