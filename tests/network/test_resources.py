"""The resource library: themes, audiences, size and type, filters and private collections."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories.accounts import UserFactory
from tests.factories.network import ResourceDocumentFactory


@pytest.fixture
def members_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Members only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    members, _ = Group.objects.get_or_create(name="Members")
    restriction.groups.add(members)
    return collection


@pytest.fixture
def library(resource_index, themes, audiences, members_collection):
    return {
        "briefing": ResourceDocumentFactory(
            title="Programme briefing",
            file_name="briefing.txt",
            year=2017,
            publisher="Scottish Government",
            themes=[themes["money-welfare"]],
            audiences=[audiences["gp-practice"]],
        ),
        "record": ResourceDocumentFactory(
            title="Record of learning",
            file_name="record.pdf",
            year=2024,
            themes=[themes["housing"], themes["money-welfare"]],
            audiences=[audiences["clw"]],
        ),
        "private": ResourceDocumentFactory(
            title="Members' briefing",
            file_name="members.txt",
            collection=members_collection,
            audiences=[audiences["clw"]],
        ),
    }


def listed(response):
    return [d.title for d in response.context["documents"]]


@pytest.mark.django_db
def test_library_lists_public_documents_with_size_and_type(client, library):
    response = client.get("/resources/")
    assert listed(response) == ["Record of learning", "Programme briefing"]
    html = response.content.decode()
    size = library["briefing"].file_size
    assert size == len(b"A short summary written for the tests.\n")
    assert f"TXT, {size}\xa0bytes" in html
    assert "PDF, " in html
    assert "Members see more resources after signing in." in html
    assert "Members&#x27; briefing" not in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("theme=housing", ["Record of learning"]),
        ("theme=money-welfare", ["Record of learning", "Programme briefing"]),
        ("audience=gp-practice", ["Programme briefing"]),
        ("type=pdf", ["Record of learning"]),
        ("type=txt&theme=money-welfare", ["Programme briefing"]),
        ("type=exe&theme=nope&page=x", ["Record of learning", "Programme briefing"]),
    ],
)
@pytest.mark.django_db
def test_library_filters(client, library, query, expected):
    response = client.get(f"/resources/?{query}")
    assert response.status_code == 200
    assert listed(response) == expected


@pytest.mark.django_db
def test_library_counts(client, library):
    response = client.get("/resources/?type=pdf")
    counts = {
        f["name"]: {o["value"]: o["count"] for o in f["options"]}
        for f in response.context["filters"]
    }
    assert counts["theme"] == {"housing": 1, "money-welfare": 1}
    assert counts["type"] == {"pdf": 1, "txt": 1}


@pytest.mark.django_db
def test_private_documents_are_served_only_to_members(client, library):
    private = library["private"]
    anonymous = client.get(private.url, follow=True)
    assert anonymous.redirect_chain
    assert "/accounts/login/" in anonymous.redirect_chain[-1][0]

    client.force_login(UserFactory())
    assert client.get(private.url).status_code == 302
    assert "Members' briefing" not in listed(client.get("/resources/"))

    member = UserFactory()
    member.groups.add(Group.objects.get(name="Members"))
    client.force_login(member)
    response = client.get(private.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"A short summary")
    assert "Members' briefing" in listed(client.get("/resources/"))


@pytest.mark.django_db
def test_public_documents_are_served_to_everyone(client, library):
    response = client.get(library["briefing"].url)
    assert response.status_code == 200


@pytest.mark.django_db
def test_library_runs_the_same_queries_for_5_and_50(client, resource_index, themes, audiences):
    def make(count):
        for _n in range(count):
            ResourceDocumentFactory(themes=[themes["housing"]], audiences=[audiences["clw"]])

    def measure(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make(5)
    urls = ["/resources/", "/resources/?theme=housing&type=txt"]
    small = [measure(url) for url in urls]
    make(45)
    assert [measure(url) for url in urls] == small


@pytest.mark.django_db
def test_editors_can_upload_and_describe_documents(client, themes):
    from django.urls import reverse

    from tests.network.conftest import with_authenticator

    editor = with_authenticator(UserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(reverse("wagtaildocs:add_multiple")).status_code == 200
    form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert 'name="themes"' in form and 'name="audiences"' in form and 'name="summary"' in form
