"""Case studies: page tree, participant-story publish gate, filters, related, organisations."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from network.models import CaseStudyIndexPage, CaseStudyPage
from portal.core.models import HomePage
from tests.factories.core import OrganisationFactory
from tests.factories.network import CaseStudyPageFactory


class TestCaseStudyTree(WagtailPageTestCase):
    def test_case_studies_live_under_their_index_under_home(self):
        self.assertCanCreateAt(HomePage, CaseStudyIndexPage)
        self.assertCanCreateAt(CaseStudyIndexPage, CaseStudyPage)
        self.assertCanNotCreateAt(HomePage, CaseStudyPage)
        self.assertCanNotCreateAt(Page, CaseStudyIndexPage)


def story(index, **kwargs):
    defaults = {
        "parent": index,
        "kind": "participant-story",
        "referral_reason": "<p>Why.</p>",
        "support_given": "<p>What.</p>",
        "what_changed": "<p>Changed.</p>",
    }
    defaults.update(kwargs)
    return CaseStudyPageFactory(**defaults)


# --- The participant-story publish gate -------------------------------------------------------


@pytest.mark.django_db
def test_unconfirmed_participant_story_cannot_be_published(case_study_index):
    page = story(case_study_index, live=False)
    revision = page.save_revision()
    with pytest.raises(ValidationError) as error:
        revision.publish()
    assert "anonymisation_confirmed" in error.value.message_dict
    assert "consent_recorded" in error.value.message_dict
    page.refresh_from_db()
    assert not page.live


@pytest.mark.django_db
def test_consent_without_anonymisation_still_blocks_publishing(case_study_index):
    page = story(case_study_index, live=False, consent_recorded=True)
    with pytest.raises(ValidationError) as error:
        page.save_revision().publish()
    assert list(error.value.message_dict) == ["anonymisation_confirmed"]


@pytest.mark.django_db
def test_confirmed_participant_story_publishes(case_study_index, client):
    page = story(case_study_index, live=False, anonymisation_confirmed=True, consent_recorded=True)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    html = client.get(page.url).content.decode()
    assert "Why they were referred" in html and "What changed" in html


@pytest.mark.django_db
def test_other_kinds_publish_without_the_confirmations(case_study_index):
    page = CaseStudyPageFactory(parent=case_study_index, kind="programme", live=False)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live


def _admin_post_data(action, **overrides):
    data = {
        "title": "Ailsa's story (composite)",
        "slug": "ailsas-story",
        "kind": "participant-story",
        "clw_model": "generalist",
        "setting": "gp-practice",
        "date": "2026-05-01",
        "summary": "An anonymised composite.",
        "referral_reason": rich_text("<p>Why.</p>"),
        "support_given": rich_text("<p>What.</p>"),
        "what_changed": rich_text("<p>Changed.</p>"),
        "body": streamfield([]),
        "comments": inline_formset([]),
        action: action,
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
def test_admin_publish_of_unconfirmed_story_shows_a_clear_message(admin_client, case_study_index):
    url = reverse("wagtailadmin_pages:add", args=("network", "casestudypage", case_study_index.pk))
    response = admin_client.post(url, _admin_post_data("action-publish"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "cannot be published until an editor confirms it is anonymised" in html
    assert "cannot be published until an editor confirms consent is recorded" in html
    assert not CaseStudyPage.objects.filter(slug="ailsas-story").exists()


@pytest.mark.django_db
def test_admin_can_save_an_unconfirmed_story_as_a_draft(admin_client, case_study_index):
    url = reverse("wagtailadmin_pages:add", args=("network", "casestudypage", case_study_index.pk))
    response = admin_client.post(url, _admin_post_data("action-save"))
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(slug="ailsas-story")
    assert not page.live


@pytest.mark.django_db
def test_admin_publishes_a_confirmed_story(admin_client, case_study_index):
    url = reverse("wagtailadmin_pages:add", args=("network", "casestudypage", case_study_index.pk))
    data = _admin_post_data("action-publish", anonymisation_confirmed="on", consent_recorded="on")
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert CaseStudyPage.objects.get(slug="ailsas-story").live


@pytest.mark.django_db
def test_admin_cannot_untick_consent_on_a_live_story(admin_client, case_study_index):
    page = story(case_study_index, anonymisation_confirmed=True, consent_recorded=True)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = _admin_post_data(
        "action-save", title=page.title, slug=page.slug, anonymisation_confirmed="on"
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "confirms consent is recorded" in response.content.decode()
    page.refresh_from_db()
    assert page.consent_recorded


# --- The index: filters, counts, pagination, bad input ---------------------------------------


@pytest.fixture
def catalogue(case_study_index, themes, regions):
    """Four case studies with known facets."""
    return {
        "dundee": CaseStudyPageFactory(
            parent=case_study_index,
            title="Dundee generalists",
            clw_model="generalist",
            setting="gp-practice",
            kind="programme",
            date=datetime.date(2026, 1, 4),
            themes=[themes["housing"], themes["mental-health"]],
            regions=[regions["tayside"]],
        ),
        "edinburgh": CaseStudyPageFactory(
            parent=case_study_index,
            title="Edinburgh welfare rights",
            clw_model="specialist",
            setting="gp-practice",
            kind="programme",
            date=datetime.date(2026, 1, 3),
            themes=[themes["money-welfare"], themes["housing"]],
            regions=[regions["lothian"]],
        ),
        "foodbank": CaseStudyPageFactory(
            parent=case_study_index,
            title="Food bank link workers",
            clw_model="generalist",
            setting="food-bank",
            kind="partnership",
            date=datetime.date(2026, 1, 2),
            themes=[themes["money-welfare"]],
            regions=[regions["lothian"]],
        ),
        "story": CaseStudyPageFactory(
            parent=case_study_index,
            title="Morven's story",
            clw_model="therapeutic",
            setting="community-venue",
            kind="participant-story",
            anonymisation_confirmed=True,
            consent_recorded=True,
            date=datetime.date(2026, 1, 1),
            themes=[themes["mental-health"]],
            regions=[regions["tayside"]],
        ),
    }


def titles(response):
    return [page.title for page in response.context["case_studies"]]


def counts(response, name):
    for group in response.context["filters"]:
        if group["name"] == name:
            return {o["value"]: o["count"] for o in group["options"]}
    return {}


@pytest.mark.django_db
def test_index_lists_every_case_study_newest_first_with_counts(client, catalogue):
    response = client.get("/case-studies/")
    assert response.status_code == 200
    assert titles(response) == [
        "Dundee generalists",
        "Edinburgh welfare rights",
        "Food bank link workers",
        "Morven's story",
    ]
    assert counts(response, "theme") == {"housing": 2, "mental-health": 2, "money-welfare": 2}
    assert counts(response, "region") == {"tayside": 2, "lothian": 2}
    assert counts(response, "model") == {"generalist": 2, "specialist": 1, "therapeutic": 1}
    assert counts(response, "setting") == {"gp-practice": 2, "food-bank": 1, "community-venue": 1}
    assert counts(response, "kind") == {"programme": 2, "partnership": 1, "participant-story": 1}
    html = response.content.decode()
    assert 'name="theme" value="housing"' in html and "Housing <span" in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("theme=housing", ["Dundee generalists", "Edinburgh welfare rights"]),
        ("region=lothian", ["Edinburgh welfare rights", "Food bank link workers"]),
        ("model=generalist", ["Dundee generalists", "Food bank link workers"]),
        ("setting=food-bank", ["Food bank link workers"]),
        ("kind=participant-story", ["Morven's story"]),
    ],
)
@pytest.mark.django_db
def test_each_filter_on_its_own(client, catalogue, query, expected):
    assert titles(client.get(f"/case-studies/?{query}")) == expected


@pytest.mark.parametrize(
    "query, expected",
    [
        ("theme=housing&region=lothian", ["Edinburgh welfare rights"]),
        ("theme=mental-health&region=tayside&model=therapeutic", ["Morven's story"]),
        # Options within one filter widen the results; filters together narrow them.
        (
            "theme=housing&theme=money-welfare&setting=gp-practice",
            [
                "Dundee generalists",
                "Edinburgh welfare rights",
            ],
        ),
        ("region=tayside&region=lothian&kind=partnership", ["Food bank link workers"]),
        ("model=specialist&setting=food-bank", []),
    ],
)
@pytest.mark.django_db
def test_filters_combine(client, catalogue, query, expected):
    assert titles(client.get(f"/case-studies/?{query}")) == expected


@pytest.mark.django_db
def test_counts_reflect_the_other_filters(client, catalogue):
    response = client.get("/case-studies/?region=lothian")
    # Themes are counted among Lothian case studies only...
    assert counts(response, "theme") == {"money-welfare": 2, "housing": 1}
    # ...while the region filter still offers every region with its own count.
    assert counts(response, "region") == {"tayside": 2, "lothian": 2}


@pytest.mark.django_db
def test_filters_show_in_the_form_and_can_be_removed_one_by_one(client, catalogue):
    response = client.get("/case-studies/?theme=housing&region=lothian")
    html = response.content.decode()
    assert 'value="housing" id="filter-theme-housing" checked' in html
    assert 'value="lothian" id="filter-region-lothian" checked' in html
    remove = {a["label"]: a["remove_query"] for a in response.context["active_filters"]}
    assert remove == {"Housing": "region=lothian", "NHS Lothian": "theme=housing"}


@pytest.mark.django_db
def test_empty_result_says_so_helpfully(client, catalogue):
    response = client.get("/case-studies/?model=specialist&setting=food-bank")
    html = response.content.decode()
    assert "No case studies match all of these filters." in html
    assert "see every case study" in html


@pytest.mark.parametrize(
    "query",
    [
        "theme=no-such-theme",
        "region=%00%01",
        "model=GENERALIST&kind=",
        "setting[]=x&kind=participant-story'--",
        "page=abc",
        "page=-1",
        "page=99999",
        "theme=" + "x" * 5000,
        "theme=housing&theme=housing&theme=nope",
    ],
)
@pytest.mark.django_db
def test_unknown_or_malformed_values_are_ignored(client, catalogue, query):
    response = client.get(f"/case-studies/?{query}")
    assert response.status_code == 200
    if "theme=housing" in query:
        assert titles(response) == ["Dundee generalists", "Edinburgh welfare rights"]
    else:
        assert len(titles(response)) == 4


@pytest.mark.django_db
def test_index_paginates_and_keeps_the_filters(client, case_study_index, themes):
    for n in range(12):
        CaseStudyPageFactory(
            parent=case_study_index,
            title=f"Study {n:02d}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
            themes=[themes["housing"]],
        )
    first = client.get("/case-studies/?theme=housing")
    assert len(titles(first)) == 10
    html = first.content.decode()
    assert 'href="?theme=housing&amp;page=2"' in html
    second = client.get("/case-studies/?theme=housing&page=2")
    assert titles(second) == ["Study 01", "Study 00"]


@pytest.mark.django_db
def test_drafts_are_not_listed(client, catalogue, case_study_index):
    CaseStudyPageFactory(parent=case_study_index, title="Unfinished", live=False)
    assert "Unfinished" not in titles(client.get("/case-studies/"))


# --- Detail: related case studies and organisations ------------------------------------------


@pytest.mark.django_db
def test_related_case_studies_share_themes_most_shared_first(client, catalogue):
    response = client.get(catalogue["dundee"].url)
    related = [page.title for page in response.context["related"]]
    # Edinburgh shares housing; Morven's story shares mental health; the food bank shares none.
    assert set(related) == {"Edinburgh welfare rights", "Morven's story"}
    assert "Food bank link workers" not in related
    assert "Related case studies" in response.content.decode()


@pytest.mark.django_db
def test_case_study_shows_figures_quotes_and_facet_links(client, case_study_index, themes):
    page = CaseStudyPageFactory(
        parent=case_study_index,
        themes=[themes["housing"]],
        body=[
            ("figure", {"value": "65%", "label": "of goals met"}),
            ("quote", {"text": "It works.", "role": "GP"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert '<span class="key-figure__value">65%</span>' in html
    assert "<figcaption>GP</figcaption>" in html
    assert 'href="/case-studies/?theme=housing"' in html


@pytest.mark.django_db
def test_organisation_is_linked_and_lists_its_case_studies(client, catalogue, case_study_index):
    organisation = OrganisationFactory(name="Trussell Trust", slug="trussell-trust")
    catalogue["foodbank"].organisations.set([organisation])
    catalogue["foodbank"].save()
    detail = client.get(catalogue["foodbank"].url).content.decode()
    assert 'href="/case-studies/organisations/trussell-trust/">Trussell Trust</a>' in detail
    response = client.get("/case-studies/organisations/trussell-trust/")
    assert response.status_code == 200
    assert [p.title for p in response.context["case_studies"]] == ["Food bank link workers"]
    assert "Third-sector organisation" in response.content.decode()
    assert client.get("/case-studies/organisations/nobody/").status_code == 404


# --- Query budget ------------------------------------------------------------------------------


def _make_case_studies(index, themes, regions, organisation, count):
    for _n in range(count):
        CaseStudyPageFactory(
            parent=index,
            themes=[themes["housing"], themes["mental-health"]],
            regions=[regions["tayside"]],
            organisations=[organisation],
        )


def _queries(client, url):
    client.get(url)  # warm caches (site root paths) so both sizes start equal
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_case_study_pages_run_the_same_queries_for_5_and_50(
    client, case_study_index, themes, regions, organisation, user, signed_in
):
    if signed_in:
        client.force_login(user)
    _make_case_studies(case_study_index, themes, regions, organisation, 5)
    detail = CaseStudyPage.objects.first()
    urls = [
        "/case-studies/",
        "/case-studies/?theme=housing&region=tayside",
        detail.url,
        "/case-studies/organisations/dundee-hscp/",
    ]
    small = [_queries(client, url) for url in urls]
    _make_case_studies(case_study_index, themes, regions, organisation, 45)
    large = [_queries(client, url) for url in urls]
    assert small == large
    assert large[2] <= 12, large  # a case study, signed out or in


@pytest.mark.django_db
def test_submitting_an_unconfirmed_story_for_moderation_is_refused(admin_client, case_study_index):
    page = story(case_study_index, live=False)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = _admin_post_data("action-submit", title=page.title, slug=page.slug)
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "confirms it is anonymised" in response.content.decode()
    page.refresh_from_db()
    assert page.current_workflow_state is None
