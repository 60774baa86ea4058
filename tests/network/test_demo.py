"""The network's demo content: what a visitor to the demo site finds."""

import re
from pathlib import Path

import pytest
from django.utils import timezone

from network.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    EventPage,
    GuidancePage,
    NewsPage,
    ResourceDocument,
)
from portal.core.searchable import Searchable

# The seed reports live in shared/ beside the repository (../shared/seeds).
SEEDS = next(
    (
        path
        for path in (
            Path(__file__).resolve().parents[3] / "shared" / "seeds",
            Path("/work/shared/seeds"),
        )
        if path.exists()
    ),
    Path("/work/shared/seeds"),
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content):
    """The demo content, as ``load_demo_content`` leaves it (see tests/conftest.py)."""


def test_demo_has_the_content_the_issue_asks_for(demo, client):
    studies = CaseStudyPage.objects.live()
    assert studies.count() >= 8
    assert {"programme", "participant-story", "partnership", "practice-development"} <= set(
        studies.values_list("kind", flat=True)
    )
    assert set(studies.values_list("clw_model", flat=True)) == {
        "generalist",
        "therapeutic",
        "specialist",
    }
    for story in studies.filter(kind="participant-story"):
        assert story.anonymisation_confirmed and story.consent_recorded
        assert story.referral_reason and story.support_given and story.what_changed

    guidance = GuidancePage.objects.live()
    assert guidance.count() >= 4
    overdue = [page.slug for page in guidance if page.is_overdue]
    assert "asset-mapping-and-keeping-it-current" in overdue

    february = EventPage.objects.get(slug="giving-a-voice-to-clws-essential-connections-2024")
    assert february.key_messages
    assert EventPage.objects.live().filter(end__gte=timezone.now()).exists()
    assert NewsPage.objects.live().count() >= 3
    assert ResourceDocument.objects.count() >= 5

    nav = client.get("/").content.decode()
    for path in ("/case-studies/", "/guidance/", "/events/", "/news/", "/resources/"):
        assert client.get(path).status_code == 200
        assert f'href="{path}"' in nav


def test_case_study_index_is_in_gaelic_and_lists_every_case_study(demo, client):
    index = CaseStudyIndexPage.objects.get(locale__language_code="gd")
    assert index.title == "Eisimpleirean"
    response = client.get("/gd/eisimpleirean/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="gd"' in html and "Eisimpleirean" in html
    # Every case study, in Gaelic where it has been translated and in English otherwise.
    english = CaseStudyPage.objects.live().filter(locale__language_code="en")
    assert response.context["total"] == english.count()
    assert "Stèidheachd Moira Anderson" in html
    # Themes are named in Gaelic in the filters.
    assert "Taigheadas" in html


def _shingles(text, size=10):
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed reports are not on this machine")
def test_resource_files_are_our_own_words(demo):
    seed_text = set()
    for path in SEEDS.glob("*.txt"):
        seed_text |= _shingles(path.read_text(errors="ignore"))
    from portal.accounts.demo import MEMBER_DOCUMENT_TITLE

    # The members' demo document (meeting notes, not a report summary) is checked elsewhere.
    for document in ResourceDocument.objects.exclude(title=MEMBER_DOCUMENT_TITLE):
        with document.open_file() as handle:
            text = handle.read().decode()
        assert "own short summary" in text
        # Report titles are names and may match; everything else must be our own words.
        body = text.replace(document.title, "")
        assert not (_shingles(body) & seed_text), document.title


def test_every_network_page_type_describes_itself_to_search(demo):
    from django.apps import apps
    from wagtail.models import Page

    for model in apps.get_app_config("network").get_models():
        if not issubclass(model, Page):
            continue
        assert issubclass(model, Searchable) or model.search_exclude, model
        page = model.objects.live().first()
        facets = page.get_search_facets()
        assert set(facets) >= {"themes", "regions", "audiences"}
    dundee = CaseStudyPage.objects.get(slug="dundee-generalist-community-link-workers")
    assert dundee.get_search_facets()["regions"] == ["tayside"]
    assert dundee.search_content_type == "case_study"
    assert dundee.get_search_date().isoformat() == "2026-03-04"
