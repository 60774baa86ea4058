"""Programme managers are made by network staff, never by what a person fills in."""

import pytest
from django.urls import reverse

from learning import services
from portal.accounts.forms import DirectoryProfileForm, MembershipRequestForm, ProfileForm
from portal.accounts.models import MemberProfile, ProgrammeManager
from tests.factories.accounts import UserFactory, member_user, programme_manager, staff_user
from tests.factories.core import OrganisationFactory, RegionFactory, ThemeFactory
from tests.factories.learning import LearningIndexPageFactory, build_module

pytestmark = pytest.mark.django_db

TEAM = "/my-learning/team/"


@pytest.fixture
def alliance():
    return OrganisationFactory(name="The ALLIANCE")


@pytest.fixture
def learner_with_progress(home_page, alliance):
    """Someone at the ALLIANCE who completed a lesson."""
    learner = UserFactory()
    MemberProfile.objects.filter(user=learner).update(
        organisation=alliance, display_name="Eilidh Learner"
    )
    index = LearningIndexPageFactory(parent=home_page)
    _module, lessons = build_module(index, title="Good conversations", slug="good-conversations")
    services.complete_lesson(learner, lessons[0])
    return learner


def test_an_account_that_changes_every_field_it_can_reach_sees_nobodys_progress(
    client, alliance, learner_with_progress
):
    # The forms a person fills in about themselves, all of them: a field added later
    # must be added here too.
    assert set(ProfileForm.base_fields) == {
        "first_name",
        "last_name",
        "display_name",
        "role",
        "organisation",
        "region",
        "job_title",
        "language",
    }
    assert set(MembershipRequestForm.base_fields) == {"role", "organisation", "region", "reason"}
    assert set(DirectoryProfileForm.base_fields) == {
        "in_directory",
        "display_name",
        "job_title",
        "directory_about",
        "directory_themes",
        "show_email",
        "contact_phone",
        "show_phone",
    }
    region = RegionFactory()
    theme = ThemeFactory()
    attacker = member_user()  # even an approved member, who can reach the directory form
    client.force_login(attacker)
    manager_role = MemberProfile.Role.PROGRAMME_MANAGER
    response = client.post(
        reverse("accounts:profile"),
        {
            "first_name": "Eve",
            "last_name": "Attacker",
            "display_name": "Eve",
            "role": manager_role,
            "organisation": alliance.pk,
            "region": region.pk,
            "job_title": "Programme manager",
            "language": "gd",
        },
    )
    assert response.status_code == 302
    client.post(
        reverse("members:directory_profile"),
        {
            "in_directory": "on",
            "display_name": "Eve",
            "job_title": "Programme manager",
            "directory_about": "I manage the ALLIANCE programme.",
            "directory_themes": [theme.pk],
            "show_email": "on",
            "contact_phone": "0141 000 0000",
            "show_phone": "on",
        },
    )
    attacker.groups.clear()  # as a non-member, ask to join as a programme manager
    client.post(
        reverse("members:join"),
        {
            "role": manager_role,
            "organisation": alliance.pk,
            "region": region.pk,
            "reason": "I am the programme manager for the ALLIANCE.",
        },
    )
    attacker.profile.refresh_from_db()
    assert attacker.profile.role == manager_role  # they said so...
    assert attacker.profile.organisation == alliance
    assert not ProgrammeManager.objects.filter(user=attacker).exists()  # ...nobody granted it

    assert client.get(TEAM).status_code == 404
    for url in (TEAM, reverse("learning:my_learning"), reverse("accounts:profile")):
        html = client.get(url).content.decode()
        assert "Eilidh Learner" not in html, url
        assert f'href="{reverse("learning:team")}"' not in html, url


def test_staff_grant_it_in_the_admin_and_the_manager_sees_only_completions(
    client, alliance, learner_with_progress
):
    manager = UserFactory(email="manager@example.org")
    client.force_login(staff_user())
    add_url = reverse("wagtailsnippets_accounts_programmemanager:add")
    response = client.post(add_url, {"user": manager.pk, "organisation": alliance.pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    grant = ProgrammeManager.objects.get(user=manager)
    assert grant.organisation == alliance

    client.force_login(manager)
    html = client.get(TEAM).content.decode()
    assert "Eilidh Learner" in html
    profile = client.get(reverse("accounts:profile")).content.decode()
    assert "programme manager for The ALLIANCE" in profile
    my_learning = client.get(reverse("learning:my_learning")).content.decode()
    assert f'href="{reverse("learning:team")}"' in my_learning

    grant.delete()
    assert client.get(TEAM).status_code == 404


def test_only_staff_may_grant_it(client, alliance):
    person = UserFactory()
    client.force_login(person)
    add_url = reverse("wagtailsnippets_accounts_programmemanager:add")
    client.post(add_url, {"user": person.pk, "organisation": alliance.pk})
    assert not ProgrammeManager.objects.exists()


def test_a_grant_goes_with_the_persons_data(alliance):
    from portal.accounts.personal_data import erase, export

    manager = programme_manager(alliance)
    assert export(manager)["programme_manager_for"][0]["organisation"] == "The ALLIANCE"
    erase(manager)
    assert not ProgrammeManager.objects.exists()
