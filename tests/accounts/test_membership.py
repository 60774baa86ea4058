"""Membership: asking to join, staff decisions and their emails, leaving, member-only content."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.accounts import selectors, services
from portal.accounts.models import MembershipRequest
from portal.core.models import StandardPage
from tests.factories.accounts import (
    MembershipRequestFactory,
    UserFactory,
    member_user,
    staff_user,
)
from tests.factories.core import OrganisationFactory, RegionFactory

pytestmark = pytest.mark.django_db


def _apply(client, **overrides):
    region = RegionFactory()
    data = {
        "role": "clw",
        "organisation": OrganisationFactory().pk,
        "region": region.pk,
        "reason": "I have just started as a link worker and want to meet others.",
        **overrides,
    }
    return client.post(reverse("members:join"), data, follow=True)


def test_anonymous_people_are_asked_to_sign_in_before_joining(client):
    response = client.get(reverse("members:join"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_registered_person_asks_to_join(user_client, user):
    response = _apply(user_client)
    assert response.status_code == 200
    request = MembershipRequest.objects.get(user=user)
    assert request.status == MembershipRequest.Status.PENDING
    assert "just started" in request.reason
    assert "waiting for a decision" in response.content.decode()
    # The profile now says what they told us.
    user.profile.refresh_from_db()
    assert user.profile.region == request.region
    # Not a member yet.
    assert not selectors.is_member(user)


def test_a_second_request_while_one_waits_is_not_made(user_client, user):
    _apply(user_client)
    with pytest.raises(services.MembershipError):
        services.apply_for_membership(
            user, role="clw", organisation=None, region=None, reason="Again, please."
        )
    assert MembershipRequest.objects.filter(user=user).count() == 1


def test_an_unverified_person_cannot_ask(client):
    person = UserFactory(verified=False)
    with pytest.raises(services.MembershipError, match="confirm your email"):
        services.apply_for_membership(
            person, role="clw", organisation=None, region=None, reason="Please let me in."
        )
    assert not MembershipRequest.objects.exists()


def test_a_too_short_reason_is_refused_with_a_message(user_client, user):
    response = _apply(user_client, reason="hi")
    assert "tell us a little more" in response.content.decode()
    assert not MembershipRequest.objects.exists()


def test_staff_see_pending_requests_with_the_reason(client):
    MembershipRequestFactory(reason="Because I run a programme in Fife.")
    client.force_login(staff_user())
    response = client.get(reverse("membership_requests"))
    assert response.status_code == 200
    assert "Because I run a programme in Fife." in response.content.decode()


def test_approval_makes_a_member_and_emails_them(client, django_capture_on_commit_callbacks):
    request = MembershipRequestFactory()
    staff = staff_user()
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("membership_request_decide", args=[request.pk]),
            {"decision": "approve", "note": "Welcome aboard."},
        )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.APPROVED
    assert request.decided_by == staff
    assert selectors.is_member(request.user)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [request.user.email]
    assert "now a member" in message.subject
    assert "Welcome aboard." in message.body
    assert "/members/" in message.body


def test_declining_emails_the_person_and_does_not_make_a_member(
    client, django_capture_on_commit_callbacks
):
    request = MembershipRequestFactory()
    client.force_login(staff_user())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("membership_request_decide", args=[request.pk]),
            {"decision": "decline", "note": "Membership is for people working in Scotland."},
        )
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.DECLINED
    assert not selectors.is_member(request.user)
    assert len(mail.outbox) == 1
    assert "declined" in mail.outbox[0].body
    assert "working in Scotland" in mail.outbox[0].body
    assert "/members/join/" in mail.outbox[0].body


def test_a_decided_request_cannot_be_decided_again(client, django_capture_on_commit_callbacks):
    request = MembershipRequestFactory()
    client.force_login(staff_user())
    url = reverse("membership_request_decide", args=[request.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "approve"})
        response = client.post(url, {"decision": "decline"}, follow=True)
    assert "already been decided" in response.content.decode()
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.APPROVED
    assert len(mail.outbox) == 1


def test_bad_decision_input_changes_nothing(client):
    request = MembershipRequestFactory()
    client.force_login(staff_user())
    response = client.post(
        reverse("membership_request_decide", args=[request.pk]), {"decision": "maybe"}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.PENDING


def test_the_decision_email_is_in_their_language_for_emails(django_capture_on_commit_callbacks):
    request = MembershipRequestFactory(language="en")
    request.user.profile.language = "gd"
    request.user.profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.approve_membership(request, by=staff_user())
    assert "/gd/members/" in mail.outbox[0].body


def test_people_without_the_permission_cannot_decide(client):
    request = MembershipRequestFactory()
    # An editor-like admin user without the membership permission.
    person = staff_user()
    person.groups.clear()
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(*Permission.objects.filter(codename="access_admin"))
    person.groups.add(group)
    client.force_login(person)
    response = client.post(
        reverse("membership_request_decide", args=[request.pk]), {"decision": "approve"}
    )
    # Wagtail's "permission denied": back to the dashboard with a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.PENDING
    assert not selectors.is_member(request.user)


def test_a_member_can_leave(client):
    member = member_user()
    member.profile.in_directory = True
    member.profile.save()
    client.force_login(member)
    response = client.post(reverse("members:leave"), follow=True)
    assert "You have left the network" in response.content.decode()
    assert not selectors.is_member(member)
    member.profile.refresh_from_db()
    assert not member.profile.in_directory


def test_a_waiting_request_can_be_withdrawn(user_client, user):
    _apply(user_client)
    user_client.post(reverse("members:withdraw"))
    assert MembershipRequest.objects.get(user=user).status == MembershipRequest.Status.WITHDRAWN
    # ...and they may ask again.
    _apply(user_client)
    assert MembershipRequest.objects.filter(user=user, status="pending").count() == 1


# Member-only pages and documents -------------------------------------------------------


@pytest.fixture
def member_page(home_page):
    page = StandardPage(title="Members' notes", slug="members-notes", body=[])
    home_page.add_child(instance=page)
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(services.members_group(), *Group.objects.filter(name="Editors"))
    return page


@pytest.fixture
def member_document(db):
    collection = Collection.get_first_root_node().add_child(name="Members only")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(services.members_group(), *Group.objects.filter(name="Editors"))
    document = get_document_model()(title="Actions", collection=collection)
    document.file.save("actions.txt", ContentFile(b"secret actions"), save=False)
    document.save()
    return document


@pytest.mark.parametrize(
    "who, expected",
    [("anonymous", "login"), ("registered", 403), ("member", 200), ("staff", 200)],
)
def test_member_pages_and_documents(client, member_page, member_document, who, expected):
    if who == "registered":
        client.force_login(UserFactory())
    elif who == "member":
        client.force_login(member_user())
    elif who == "staff":
        client.force_login(staff_user())
    for url in (member_page.url, member_document.url):
        response = client.get(url)
        if expected == "login":
            assert response.status_code == 302
            follow = client.get(response["Location"])
            assert follow.status_code == 302
            assert reverse("account_login") in follow["Location"]
        elif expected == 403:
            assert response.status_code == 302
            refused = client.get(response["Location"])
            assert refused.status_code == 403, url
            assert "For members only" in refused.content.decode()
            assert reverse("members:join") in refused.content.decode()
        else:
            assert response.status_code == expected, url
    if expected == 200:
        assert b"secret actions" in b"".join(client.get(member_document.url).streaming_content)


def test_demo_member_content_is_restricted_in_both_languages(demo_content, client):
    from portal.accounts.demo import MEMBER_DOCUMENT_TITLE, MEMBER_PAGE_SLUG

    english = StandardPage.objects.get(slug=MEMBER_PAGE_SLUG, locale__language_code="en")
    pages = StandardPage.objects.filter(translation_key=english.translation_key)
    assert {page.locale.language_code for page in pages} == {"en", "gd"}
    client.force_login(UserFactory())
    for page in pages:
        assert page.get_view_restrictions().exists()
        response = client.get(page.url)
        assert response.status_code == 302
        assert "/members/members-only/" in response["Location"]
    document = get_document_model().objects.get(title=MEMBER_DOCUMENT_TITLE)
    assert document.collection.name == "Members only"
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/members/members-only/" in response["Location"]
    # The demo learner waits for a decision; the manager is a listed member.
    learner = MembershipRequest.objects.get(user__email="learner@demo.clw.scot")
    assert learner.status == MembershipRequest.Status.PENDING
    manager = MembershipRequest.objects.get(user__email="manager@demo.clw.scot").user
    assert selectors.is_member(manager)
    assert list(selectors.directory()) == [manager.profile]
