"""What the accounts app holds about a person, for export and erasure.

Follows the portal's personal-data contract (see ``portal.accounts.data_rights``):
``MODELS`` names every model here (and in allauth) with a foreign key to the user.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from .models import MEMBERS_GROUP, MemberProfile, MembershipRequest, ProgrammeManager

MODELS = [MemberProfile, MembershipRequest, ProgrammeManager, EmailAddress, Authenticator]


def _iso(value):
    return value.isoformat() if value else None


def _name(obj):
    return str(obj) if obj is not None else None


def export(user):
    """The account, profile, directory entry, membership, email addresses and MFA set-up."""
    profile = MemberProfile.objects.filter(user=user).first()
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "is_member": user.groups.filter(name=MEMBERS_GROUP).exists(),
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "profile": None,
        "membership_requests": [
            {
                "role": request.role,
                "organisation": _name(request.organisation),
                "region": _name(request.region),
                "reason": request.reason,
                "status": request.status,
                "asked_on": _iso(request.created_at),
                "decided_on": _iso(request.decided_at),
                "note_to_you": request.decision_note,
            }
            for request in MembershipRequest.objects.filter(user=user)
            .select_related("organisation", "region")
            .order_by("created_at")
        ],
        "programme_manager_for": [
            {"organisation": grant.organisation.name, "granted_on": _iso(grant.granted_at)}
            for grant in ProgrammeManager.objects.filter(user=user).select_related("organisation")
        ],
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        # Only what kind of second factor and when: never the secrets or recovery codes.
        "two_factor_authentication": [
            {
                "type": authenticator.type,
                "created_at": _iso(authenticator.created_at),
                "last_used_at": _iso(authenticator.last_used_at),
            }
            for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
        ],
    }
    if profile is not None:
        data["profile"] = {
            "display_name": profile.display_name,
            "role": profile.role,
            "organisation": _name(profile.organisation),
            "region": _name(profile.region),
            "job_title": profile.job_title,
            "directory": {
                "listed": profile.in_directory,
                "about": profile.directory_about,
                "themes": sorted(theme.slug for theme in profile.directory_themes.all()),
                "show_email": profile.show_email,
                "work_phone": profile.contact_phone,
                "show_phone": profile.show_phone,
            },
            "created_at": _iso(profile.created_at),
            "updated_at": _iso(profile.updated_at),
        }
    return data


def erase(user):
    """Remove the profile, membership requests, email addresses and authenticators.

    Requests this person decided as staff keep the decision but lose who made it
    (``decided_by`` is set to null when the user row goes).
    """
    MembershipRequest.objects.filter(user=user).delete()
    ProgrammeManager.objects.filter(user=user).delete()
    MemberProfile.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.groups.clear()
