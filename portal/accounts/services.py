"""Writes about people: profiles, membership requests and decisions, leaving."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import selectors
from .language import preferred_language
from .models import MEMBERS_GROUP, MemberProfile, MembershipRequest, User


def ensure_profile(user):
    """Return the user's profile, creating an empty one the first time (safe to repeat)."""
    profile, _created = MemberProfile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def update_profile(user, *, first_name=None, last_name=None, **fields):
    """Save a person's name and profile fields together."""
    if first_name is not None:
        user.first_name = first_name
    if last_name is not None:
        user.last_name = last_name
    user.save(update_fields=["first_name", "last_name"])
    profile = ensure_profile(user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    return profile


class MembershipError(Exception):
    """A membership change that cannot be made; the message is safe to show the person."""


def members_group():
    """The "Members" group (made by a data migration; recreated here if someone deleted it)."""
    group, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
    return group


@transaction.atomic
def apply_for_membership(user, *, role, organisation, region, reason, language="en"):
    """Record a person's request to join and note their role, organisation and region.

    Refused (MembershipError) when their email address is not verified, they are already a
    member, or a request of theirs is already waiting.
    """
    # Lock the person's row so two quick submissions cannot make two pending requests.
    User.objects.select_for_update().filter(pk=user.pk).first()
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise MembershipError(_("Please confirm your email address before asking to join."))
    if selectors.is_member(user):
        raise MembershipError(_("You are already a member of the network."))
    pending = MembershipRequest.objects.filter(user=user, status=MembershipRequest.Status.PENDING)
    if pending.exists():
        raise MembershipError(_("Your request to join is already waiting for a decision."))
    membership_request = MembershipRequest.objects.create(
        user=user,
        role=role,
        organisation=organisation,
        region=region,
        reason=reason.strip(),
        language=language or "en",
    )
    profile = ensure_profile(user)
    profile.role = role
    profile.organisation = organisation
    profile.region = region
    profile.save(update_fields=["role", "organisation", "region", "updated_at"])
    return membership_request


def _lock_pending(membership_request):
    locked = MembershipRequest.objects.select_for_update().get(pk=membership_request.pk)
    if locked.status != MembershipRequest.Status.PENDING:
        raise MembershipError(_("This request has already been decided."))
    return locked


@transaction.atomic
def approve_membership(membership_request, *, by, note=""):
    """Approve a pending request: the person joins the Members group and is told by email."""
    locked = _lock_pending(membership_request)
    locked.status = MembershipRequest.Status.APPROVED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.decision_note = note.strip()
    locked.save()
    locked.user.groups.add(members_group())
    transaction.on_commit(lambda: send_decision_email(locked))
    return locked


@transaction.atomic
def decline_membership(membership_request, *, by, note=""):
    """Decline a pending request; the person is told by email (with the note, if any)."""
    locked = _lock_pending(membership_request)
    locked.status = MembershipRequest.Status.DECLINED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.decision_note = note.strip()
    locked.save()
    transaction.on_commit(lambda: send_decision_email(locked))
    return locked


@transaction.atomic
def withdraw_membership_request(user):
    """The person changes their mind about a request still waiting for a decision."""
    return MembershipRequest.objects.filter(
        user=user, status=MembershipRequest.Status.PENDING
    ).update(status=MembershipRequest.Status.WITHDRAWN, decided_at=timezone.now())


@transaction.atomic
def leave_network(user):
    """A member leaves: out of the Members group and out of the directory."""
    user.groups.remove(members_group())
    MemberProfile.objects.filter(user=user).update(in_directory=False)


def send_decision_email(membership_request):
    """Tell the person the decision, in their preferred language."""
    approved = membership_request.status == MembershipRequest.Status.APPROVED
    name = "approved" if approved else "declined"
    with translation.override(preferred_language(membership_request.user)):
        context = {
            "user": membership_request.user,
            "membership_request": membership_request,
            "site_name": _(settings.WAGTAIL_SITE_NAME),
            "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
            "membership_url": reverse("members:join"),
            "directory_url": reverse("members:directory"),
        }
        subject = render_to_string(f"accounts/email/membership_{name}_subject.txt", context)
        body = render_to_string(f"accounts/email/membership_{name}_message.txt", context)
        prefix = _(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX)
    send_mail(
        prefix + " ".join(subject.split()),
        body,
        None,
        [membership_request.user.email],
    )
