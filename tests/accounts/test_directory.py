"""The member directory at /members/: members only, opt-in, contact details only where chosen."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.accounts import UserFactory, member_user, staff_user
from tests.factories.core import OrganisationFactory, RegionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

URL = "/members/"


def _listed(**profile):
    member = member_user()
    for name, value in {"in_directory": True, **profile}.items():
        if name != "themes":
            setattr(member.profile, name, value)
    member.profile.save()
    if "themes" in profile:
        member.profile.directory_themes.set(profile["themes"])
    return member


def test_the_directory_is_for_members_only(client):
    assert reverse("members:directory") == URL
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]

    client.force_login(UserFactory())
    response = client.get(URL)
    assert response.status_code == 403
    assert "Ask to join" in response.content.decode()
    assert client.get(reverse("members:directory_profile")).status_code == 403

    client.force_login(member_user())
    assert client.get(URL).status_code == 200
    client.force_login(staff_user())
    assert client.get(URL).status_code == 200


def test_only_opted_in_current_members_are_listed(client):
    _listed(display_name="Listed Person")
    hidden = member_user()
    hidden.profile.display_name = "Hidden Person"
    hidden.profile.save()
    former = UserFactory()  # opted in, but not (or no longer) a member
    former.profile.display_name = "Former Member"
    former.profile.in_directory = True
    former.profile.save()

    client.force_login(member_user())
    content = client.get(URL).content.decode()
    assert "Listed Person" in content
    assert "Hidden Person" not in content
    assert "Former Member" not in content


def test_contact_details_only_where_chosen(client):
    shown = _listed(display_name="Shows Email", show_email=True, contact_phone="0141 000 0001")
    quiet = _listed(display_name="Keeps Quiet", show_email=False, contact_phone="0141 000 0002")
    client.force_login(member_user())
    content = client.get(URL).content.decode()
    assert shown.email in content
    assert "0141 000 0001" not in content  # a phone number without show_phone stays hidden
    assert quiet.email not in content
    assert "0141 000 0002" not in content


def test_search_by_name_region_and_theme(client):
    fife = RegionFactory(slug="fife", name="NHS Fife")
    housing = ThemeFactory(slug="housing", name="Housing")
    _listed(display_name="Ailsa Grant", region=fife, themes=[housing])
    _listed(display_name="Duncan Ross")
    client.force_login(member_user())

    def names(**query):
        content = client.get(URL, query).content.decode()
        return {name for name in ("Ailsa Grant", "Duncan Ross") if name in content}

    assert names() == {"Ailsa Grant", "Duncan Ross"}
    assert names(q="ailsa") == {"Ailsa Grant"}
    assert names(region="fife") == {"Ailsa Grant"}
    assert names(theme="housing") == {"Ailsa Grant"}
    assert names(q="duncan", theme="housing") == set()
    # Nonsense input is ignored rather than an error.
    assert client.get(URL, {"region": "atlantis", "page": "zz"}).status_code == 200


def test_a_member_edits_their_entry(client):
    member = member_user()
    theme = ThemeFactory(slug="carers", name="Carers")
    client.force_login(member)
    response = client.post(
        reverse("members:directory_profile"),
        {
            "in_directory": "on",
            "display_name": "Mhairi Stewart",
            "job_title": "Link worker",
            "directory_about": "Ask me about carers.",
            "directory_themes": [theme.pk],
            "show_phone": "on",
            "contact_phone": "",
        },
    )
    assert response.status_code == 200
    assert "Add a phone number" in response.content.decode()
    member.profile.refresh_from_db()
    assert not member.profile.in_directory  # nothing saved from the invalid form

    client.post(
        reverse("members:directory_profile"),
        {
            "in_directory": "on",
            "display_name": "Mhairi Stewart",
            "directory_themes": [theme.pk],
            "show_phone": "on",
            "contact_phone": "0131 000 0000",
        },
    )
    content = client.get(URL).content.decode()
    assert "Mhairi Stewart" in content
    assert "0131 000 0000" in content
    assert "Carers" in content


def test_directory_queries_do_not_grow_with_members(client):
    region = RegionFactory()
    themes = [ThemeFactory(), ThemeFactory()]
    organisation = OrganisationFactory()
    viewer = member_user()
    client.force_login(viewer)

    def measure():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL).status_code == 200
        return len(queries)

    for _ in range(2):
        _listed(region=region, organisation=organisation, themes=themes)
    measure()  # the first request warms per-process caches (site, settings)
    small = measure()
    for _ in range(8):
        _listed(region=region, organisation=organisation, themes=themes)
    large = measure()
    assert small == large


def test_the_gaelic_directory_shows_gaelic_names(client, gaelic):
    region = RegionFactory(slug="highland", name="NHS Highland")
    translated = region.copy_for_translation(gaelic)
    translated.name = "NHS na Gàidhealtachd"
    translated.save()
    _listed(display_name="Catriona Munro", region=region)
    client.force_login(member_user())
    content = client.get("/gd/members/").content.decode()
    assert "Catriona Munro" in content
    assert "NHS na Gàidhealtachd" in content
    assert 'lang="gd"' in content
