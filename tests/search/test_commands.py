"""``rebuild_search_index`` and ``search_index_drift``."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from portal.search.models import IndexedDocument
from tests.factories.core import StandardPageFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_rebuild_indexes_every_live_searchable_page_with_a_progress_bar(home_page):
    pages = [StandardPageFactory(parent=home_page, title=f"Unindexed {n}") for n in range(3)]
    draft = StandardPageFactory(parent=home_page, title="Draft", live=False)
    IndexedDocument.objects.all().delete()
    output = run("rebuild_search_index")
    assert "Rebuilding site search (database)" in output
    assert "[##############################] 4/4" in output  # home page and three pages
    assert "Indexed 4 pages." in output
    indexed = set(IndexedDocument.objects.values_list("page_id", flat=True))
    assert {p.pk for p in pages} | {home_page.pk} == indexed
    assert draft.pk not in indexed


def test_rebuild_removes_documents_of_pages_no_longer_searchable(home_page, publish):
    page = publish(home_page, "Was live")
    Page.objects.filter(pk=page.pk).update(live=False)  # behind the signals' back
    run("rebuild_search_index")
    assert not IndexedDocument.objects.filter(page_id=page.pk).exists()


def test_drift_reports_missing_orphaned_and_stale_and_fixes_them(home_page, publish):
    run("rebuild_search_index")
    assert "Search is in step with the pages." in run("search_index_drift")

    missing = StandardPageFactory(parent=home_page, title="Never indexed")
    orphan = publish(home_page, "Taken down quietly")
    Page.objects.filter(pk=orphan.pk).update(live=False)
    stale = publish(home_page, "Stale page")
    IndexedDocument.objects.filter(page_id=stale.pk).update(url="/old-address/")

    output = run("search_index_drift")
    assert "Live pages missing from search: 1" in output
    assert f"page {missing.pk}: Never indexed" in output
    assert "Indexed documents that should not be found: 1" in output
    assert f"page {orphan.pk}: Taken down quietly" in output
    assert "Documents out of date (revision, address or visibility): 1" in output

    with pytest.raises(CommandError, match="3 pages drifted"):
        run("search_index_drift", "--fail")

    assert "Re-indexed 3 pages." in run("search_index_drift", "--fix")
    assert "Search is in step with the pages." in run("search_index_drift")
    assert IndexedDocument.objects.get(page_id=stale.pk).url == stale.url


def test_demo_content_leaves_search_working(demo_content, client):
    # (demo_content is loaded outside a test transaction, so wagtail-localize's
    # on-commit publishing of translations has run, as it does outside tests)
    assert "Search is in step with the pages." in run("search_index_drift")
    html = client.get("/search/", {"q": "accessibility"}).content.decode()
    assert "Accessibility statement" in html
    gaelic = client.get("/gd/search/", {"q": "lìonra"}).content.decode()
    assert "Mun lìonra" in gaelic
    assert "/gd/mun-lionra/" in gaelic
