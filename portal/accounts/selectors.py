"""Reads about people: membership and the member directory."""

from django.contrib.auth.models import Group
from django.db.models import Q

from portal.core import content_cache, privacy

from .models import MEMBERS_GROUP, MemberProfile, MembershipRequest, ProgrammeManager


def is_member(user):
    """Whether this person is an approved member of the network."""
    if not user.is_authenticated:
        return False
    return user.groups.filter(name=MEMBERS_GROUP).exists()


def is_member_memo(user):
    """:func:`is_member`, asked once per user object (so once per request for
    ``request.user``): the account menu and the home page both ask."""
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_portal_is_member", None)
    if cached is None:
        # The person's groups are read once per request already (for listings and the
        # Wagtail user bar); the Members group's id is kept in content_cache.
        group_ids, _permissions = privacy.groups_and_permissions(user)
        members = content_cache.cached("members-group-id", _members_group_id)
        cached = user._portal_is_member = members is not None and members in group_ids
    return cached


def _members_group_id():
    return Group.objects.filter(name=MEMBERS_GROUP).values_list("pk", flat=True).first()


def can_see_directory(user):
    """Members see the directory; so do staff who can decide membership requests."""
    return is_member(user) or (
        user.is_authenticated and user.has_perm("accounts.change_membershiprequest")
    )


def managed_organisation(user):
    """The organisation whose learners this person may follow, granted by staff, or None.

    Only a ``ProgrammeManager`` grant made in the admin counts; a profile's role or
    organisation never does.
    """
    if not user.is_authenticated:
        return None
    grant = ProgrammeManager.objects.filter(user=user).select_related("organisation").first()
    return grant.organisation if grant else None


def latest_request(user):
    """The person's most recent membership request, or None."""
    return MembershipRequest.objects.filter(user=user).order_by("-created_at").first()


def pending_requests():
    """Requests waiting for staff, oldest first, with what the list shows."""
    return (
        MembershipRequest.objects.filter(status=MembershipRequest.Status.PENDING)
        .select_related("user", "user__profile", "organisation", "region")
        .order_by("created_at")
    )


def directory(*, query="", region=None, theme=None):
    """Opted-in profiles of current members, filtered by name, region and theme.

    ``region`` and ``theme`` are slugs; themes match in any language through their
    translation key, so the Gaelic directory finds the same people.
    """
    profiles = (
        MemberProfile.objects.filter(in_directory=True, user__groups__name=MEMBERS_GROUP)
        .filter(user__is_active=True)
        .select_related("user", "organisation", "region")
        .prefetch_related("directory_themes")
        .order_by("display_name", "user__last_name", "user__first_name")
    )
    query = (query or "").strip()
    if query:
        for word in query.split()[:5]:
            profiles = profiles.filter(
                Q(display_name__icontains=word)
                | Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
            )
    if region:
        profiles = profiles.filter(region__slug=region)
    if theme:
        profiles = profiles.filter(directory_themes__slug=theme)
    return profiles.distinct()
