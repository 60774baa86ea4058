"""Demo accounts: a new CLW, a programme manager and a network staff editor.

They are made only here (never by migrations), verified, with the password
``clw-demo-2026`` unless ``DEMO_PASSWORD`` is set.
"""

import os

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from portal.core.models import Organisation, Region

from .models import MemberProfile, User
from .services import ensure_profile

DEFAULT_PASSWORD = "clw-demo-2026"
ALLIANCE = "health-and-social-care-alliance-scotland-the-alliance"

DEMO_USERS = [
    {
        "email": "learner@demo.clw.scot",
        "first_name": "Morag",
        "last_name": "Campbell",
        "display_name": "Morag Campbell",
        "role": MemberProfile.Role.CLW,
        "job_title": "Community link worker",
        "organisation": ALLIANCE,
        "region": "greater-glasgow-clyde",
        "groups": [],
    },
    {
        "email": "manager@demo.clw.scot",
        "first_name": "Iain",
        "last_name": "MacLeod",
        "display_name": "Iain MacLeod",
        "role": MemberProfile.Role.PROGRAMME_MANAGER,
        "job_title": "Links worker programme manager",
        "organisation": ALLIANCE,
        "region": "greater-glasgow-clyde",
        "groups": [],
    },
    {
        "email": "editor@demo.clw.scot",
        "first_name": "Eilidh",
        "last_name": "Fraser",
        "display_name": "Eilidh Fraser",
        "role": MemberProfile.Role.NETWORK_STAFF,
        "job_title": "Network co-ordinator",
        "organisation": None,
        "region": "lothian",
        "groups": ["Editors", "Moderators"],
    },
]


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD


def load(log):
    password = demo_password()
    for spec in DEMO_USERS:
        user = User.objects.filter(email=spec["email"]).first()
        if user is None:
            user = User.objects.create_user(
                spec["email"], password, first_name=spec["first_name"], last_name=spec["last_name"]
            )
            profile = ensure_profile(user)
            profile.display_name = spec["display_name"]
            profile.role = spec["role"]
            profile.job_title = spec["job_title"]
            profile.organisation = Organisation.objects.filter(slug=spec["organisation"]).first()
            profile.region = Region.objects.filter(
                slug=spec["region"], locale__language_code="en"
            ).first()
            profile.save()
            for name in spec["groups"]:
                user.groups.add(Group.objects.get(name=name))
        EmailAddress.objects.get_or_create(
            user=user, email=spec["email"], defaults={"verified": True, "primary": True}
        )
    log("demo accounts: " + ", ".join(spec["email"] for spec in DEMO_USERS))


def demo_users():
    """The demo accounts' emails (the manager and others use them in their own loaders)."""
    return {spec["email"]: User.objects.filter(email=spec["email"]).first() for spec in DEMO_USERS}
