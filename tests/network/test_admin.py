"""Editors can create every network page type in the admin; personal data in the app."""

import pytest
from django.urls import reverse

from network import personal_data
from tests.factories.accounts import UserFactory
from tests.factories.network import ResourceDocumentFactory


@pytest.mark.parametrize(
    "parent_fixture, model",
    [
        ("case_study_index", "casestudypage"),
        ("guidance_index", "guidancepage"),
        ("event_index", "eventpage"),
        ("news_index", "newspage"),
        ("home_page", "casestudyindexpage"),
        ("home_page", "resourceindexpage"),
    ],
)
@pytest.mark.django_db
def test_add_page_forms_render(admin_client, request, parent_fixture, model):
    parent = request.getfixturevalue(parent_fixture)
    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("network", model, parent.pk))
    )
    assert response.status_code == 200


@pytest.mark.django_db
def test_participant_story_panel_explains_the_rule(admin_client, case_study_index):
    url = reverse("wagtailadmin_pages:add", args=("network", "casestudypage", case_study_index.pk))
    html = admin_client.get(url).content.decode()
    assert "It cannot be published until both boxes below are ticked." in html
    assert 'name="anonymisation_confirmed"' in html and 'name="consent_recorded"' in html


@pytest.mark.django_db
def test_personal_data_export_and_erasure_keep_the_documents():
    uploader = UserFactory()
    document = ResourceDocumentFactory(title="Briefing", uploaded_by_user=uploader)
    exported = personal_data.export(uploader)
    assert [d["title"] for d in exported["documents_uploaded"]] == ["Briefing"]
    personal_data.erase(uploader)
    document.refresh_from_db()
    assert document.uploaded_by_user is None
    assert personal_data.export(uploader) == {"documents_uploaded": []}
