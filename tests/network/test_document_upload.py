"""Uploading to the resource library through the admin, as an editor does.

*In library* starts ticked on the single upload form and stays ticked for documents
added with the multiple uploader (which posts only the file, title and collection);
an editor who unticks it keeps the document out. The document listing shows it.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from network.models import ResourceDocument
from tests.factories.accounts import UserFactory
from tests.factories.network import ResourceDocumentFactory
from tests.network.conftest import with_authenticator

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = with_authenticator(UserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def upload(name="Referral leaflet.txt"):
    return SimpleUploadedFile(name, b"Who can refer, and how.", content_type="text/plain")


def root_collection():
    return Collection.get_first_root_node().pk


def checkbox(html, name):
    return re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', html).group(0)


def test_the_upload_form_starts_with_in_library_ticked(editor_client):
    html = editor_client.get(reverse("wagtaildocs:add")).content.decode()
    assert "checked" in checkbox(html, "in_library")


def test_a_single_upload_goes_into_the_library_unless_unticked(editor_client):
    url = reverse("wagtaildocs:add")
    form = editor_client.get(url).content.decode()
    shown = re.search(r'name="(in_library__shown)"', form).group(1)
    base = {"collection": root_collection(), shown: "1"}
    editor_client.post(url, {**base, "title": "Leaflet", "file": upload(), "in_library": "on"})
    editor_client.post(url, {**base, "title": "Draft notes", "file": upload("notes.txt")})
    assert ResourceDocument.objects.get(title="Leaflet").in_library
    assert not ResourceDocument.objects.get(title="Draft notes").in_library


def test_the_multiple_uploader_keeps_documents_in_the_library(editor_client, resource_index):
    response = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"title": "Referral leaflet", "collection": root_collection(), "files[]": upload()},
    )
    data = response.json()
    assert data["success"], data
    document = ResourceDocument.objects.get(pk=data["doc_id"])
    assert document.in_library
    # the form the uploader shows next offers the box ticked
    assert "checked" in checkbox(data["form"], f"doc-{document.pk}-in_library")
    # and the document is in the library page at once
    assert "Referral leaflet" in editor_client.get(resource_index.url).content.decode()


def test_unticking_in_the_multiple_uploader_takes_it_out(editor_client, resource_index):
    data = editor_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"title": "Draft notes", "collection": root_collection(), "files[]": upload()},
    ).json()
    prefix = f"doc-{data['doc_id']}"
    response = editor_client.post(
        reverse("wagtaildocs:edit_multiple", args=(data["doc_id"],)),
        {
            f"{prefix}-title": "Draft notes",
            f"{prefix}-collection": root_collection(),
            f"{prefix}-in_library__shown": "1",
        },
    )
    assert response.json()["success"], response.json()
    assert not ResourceDocument.objects.get(pk=data["doc_id"]).in_library
    assert "Draft notes" not in editor_client.get(resource_index.url).content.decode()


def test_the_document_listing_shows_in_library(editor_client):
    ResourceDocumentFactory(title="Programme briefing", in_library=True)
    ResourceDocumentFactory(title="Old draft", in_library=False)
    html = editor_client.get(reverse("wagtaildocs:index")).content.decode()
    assert "In library" in html
    rows = {
        title: row
        for row in re.findall(r"<tr.*?</tr>", html, re.S)
        for title in ("Programme briefing", "Old draft")
        if title in row
    }
    assert (
        "#icon-check" in rows["Programme briefing"]
        and "#icon-cross" not in rows["Programme briefing"]
    )
    assert "#icon-cross" in rows["Old draft"]
