"""What goes into search, and how it is kept in step with publishing, moves and restrictions."""

import logging

import pytest
from django.apps import apps
from wagtail.models import Page, PageViewRestriction

from portal.core.searchable import Searchable
from portal.search import service
from portal.search.models import IndexedDocument
from tests.factories.core import StandardPageFactory

from .conftest import restrict

pytestmark = pytest.mark.django_db


def doc(page):
    return IndexedDocument.objects.filter(page_id=page.pk).first()


def project_page_models():
    """Every concrete Wagtail page model defined in the project's own apps."""
    from django.conf import settings

    project_root = str(settings.BASE_DIR)
    models = []
    for model in apps.get_models():
        if not issubclass(model, Page) or model is Page:
            continue
        module = __import__(model.__module__, fromlist=["__file__"])
        path = getattr(module, "__file__", "") or ""
        if path.startswith(project_root) and "/.venv/" not in path:
            models.append(model)
    return models


def unaccounted(models):
    return [
        m for m in models if not (issubclass(m, Searchable) or getattr(m, "search_exclude", False))
    ]


def test_every_page_model_is_searchable_or_excluded():
    models = project_page_models()
    assert any(m.__name__ == "StandardPage" for m in models)
    assert unaccounted(models) == [], (
        "These page models must mix in portal.core.searchable.Searchable "
        "or set search_exclude = True"
    )


def test_the_contract_check_catches_a_page_model_that_forgot():
    class Forgotten:
        pass

    class Excluded:
        search_exclude = True

    class Described(Searchable):
        pass

    assert unaccounted([Forgotten, Excluded, Described]) == [Forgotten]


def test_publishing_writes_the_document(home_page, publish):
    page = publish(home_page, "Housing options", "Help with rent and tenancy.")
    row = doc(page)
    assert row.title == "Housing options"
    assert row.summary == "Help with rent and tenancy."
    assert row.url == page.url
    assert row.locale == "en"
    assert row.content_type == "page" and row.content_type_label == "Page"
    assert row.visibility == "public"
    assert row.live_revision_id == page.live_revision_id


def test_body_text_is_indexed_without_markup(home_page, publish):
    page = publish(
        home_page,
        "About",
        body=[("text", "<p>We help with <b>foodbank</b> referrals.</p>")],
    )
    assert "foodbank referrals" in doc(page).body
    assert "<b>" not in doc(page).body


def test_drafts_are_never_indexed(home_page, publish):
    never_published = StandardPageFactory(parent=home_page, title="Draft only", live=False)
    never_published.save_revision()
    assert doc(never_published) is None
    assert service.build_document(never_published) is None

    page = publish(home_page, "Published title")
    page.title = "Secret draft title"
    page.save_revision()
    assert doc(page).title == "Published title"


def test_unpublishing_removes_the_document(home_page, publish):
    page = publish(home_page, "Going away")
    page.unpublish()
    assert doc(page) is None


def test_deleting_removes_the_document(home_page, publish):
    page = publish(home_page, "Deleted soon")
    pk = page.pk
    page.delete()
    assert not IndexedDocument.objects.filter(page_id=pk).exists()


def test_login_and_group_restrictions_set_visibility(home_page, publish, members):
    section = publish(home_page, "Members area")
    child = publish(section, "Member guidance")
    restrict(section, PageViewRestriction.LOGIN)
    assert doc(child).visibility == "login"
    restrict(section, PageViewRestriction.GROUPS, groups=[members])
    assert doc(child).visibility == "groups"
    assert list(doc(child).groups.all()) == [members]
    PageViewRestriction.objects.filter(page=section).delete()
    assert doc(child).visibility == "public"


def test_password_protected_pages_are_never_indexed(home_page, publish):
    page = publish(home_page, "Shared password page")
    child = publish(page, "Below it")
    restrict(page, PageViewRestriction.PASSWORD, password="letmein")
    assert doc(page) is None and doc(child) is None
    page.save_revision().publish()
    assert doc(page) is None


def test_moving_under_a_restricted_section_updates_visibility_and_url(home_page, publish):
    private = publish(home_page, "Private")
    restrict(private, PageViewRestriction.LOGIN)
    page = publish(home_page, "Moving page")
    child = publish(page, "Child of moving page")
    page.move(private, pos="last-child")
    page.refresh_from_db()
    child.refresh_from_db()
    assert doc(page).visibility == "login"
    assert doc(child).visibility == "login"
    assert doc(child).url == child.url and doc(child).url.startswith(private.url)


def test_changing_a_slug_updates_descendants_addresses(home_page, publish):
    page = publish(home_page, "Old name", slug="old-name")
    child = publish(page, "Child")
    page.slug = "new-name"
    page.save_revision().publish()
    assert doc(child).url.startswith("/new-name/")


def test_an_indexing_failure_never_blocks_publishing(home_page, publish, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.database_store(), "write", broken)
    with caplog.at_level(logging.WARNING, logger="portal.search"):
        page = publish(home_page, "Still published")
    assert Page.objects.get(pk=page.pk).live
    assert "could not update page" in caplog.text


def test_gaelic_translation_is_indexed_in_its_language(home_page, gaelic_home_page):
    home_page.save_revision().publish()
    gaelic_home_page.save_revision().publish()
    assert doc(gaelic_home_page).locale == "gd"
    assert doc(gaelic_home_page).url.startswith("/gd/")


def test_a_page_type_that_fails_to_describe_itself_is_logged_not_fatal(
    home_page, publish, monkeypatch, caplog
):
    from portal.core.models import StandardPage

    page = publish(home_page, "Fine before")

    def broken(self):
        raise ValueError("bad facets")

    monkeypatch.setattr(StandardPage, "get_search_facets", broken)
    with caplog.at_level(logging.WARNING, logger="portal.search"):
        page.title = "Broken now"
        page.save_revision().publish()
        assert service.rebuild() >= 0
    assert Page.objects.get(pk=page.pk).title == "Broken now"
    assert "could not describe page" in caplog.text


def test_pages_about_food_banks_are_found_by_foodbank(client, home_page):
    from portal.search.service import with_joined_forms

    assert with_joined_forms("We run Food Banks.").endswith("foodbanks")
    assert with_joined_forms("Nothing here.", "Link workers at food banks").endswith("foodbanks")
    assert with_joined_forms("Walking groups.") == "Walking groups."
