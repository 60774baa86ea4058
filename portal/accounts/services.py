"""Writes about people: creating profiles and updating them."""

from django.db import transaction

from .models import MemberProfile


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
