"""Demo accounts: a new CLW, a programme manager and a network staff editor.

They are made only here (never by migrations), verified, with the password
``clw-demo-2026`` unless ``DEMO_PASSWORD`` is set. Demo content is for local
development and tests only: never load it into a production database.

Membership: the learner has asked to join (pending), the manager is an approved member
listed in the directory, and the editor (network staff) has an authenticator app set up
with the documented secret ``EDITOR_TOTP_SECRET``, so a newcomer can reach the admin:
``manage.py demo_mfa_code`` prints the current six-digit code (``make run`` says so).
The accounts loader also builds a member-only page with a member-only document.
"""

import os

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.core.demo_tools import ensure_page, home_page, translate_page
from portal.core.models import Organisation, Region, StandardPage, Theme

from .models import MemberProfile, MembershipRequest, User
from .services import ensure_profile, members_group

#: The demo editor's authenticator secret (base32). Documented in README.md; it is as
#: public as the demo password, which is why demo content never goes into production.
EDITOR_TOTP_SECRET = "CLWDEMOEDITORTOTPSECRETNOTSECRET"
MEMBER_PAGE_SLUG = "members-notes-february-2024"
MEMBER_COLLECTION = "Members only"
MEMBER_DOCUMENT_TITLE = "Actions from the members' discussion, February 2024"

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
    _load_membership()
    log("membership: the learner is waiting for a decision, the manager is a listed member")
    _load_member_content()
    log(f"member-only content: /{MEMBER_PAGE_SLUG}/ and the '{MEMBER_COLLECTION}' collection")
    log(f"demo editor's two-factor secret: {EDITOR_TOTP_SECRET} (manage.py demo_mfa_code)")


def _load_membership():
    users = demo_users()
    learner = users["learner@demo.clw.scot"]
    manager = users["manager@demo.clw.scot"]
    editor = users["editor@demo.clw.scot"]

    # The editor: network staff, with an authenticator app and recovery codes.
    if not Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(editor, EDITOR_TOTP_SECRET)
        RecoveryCodes.activate(editor)

    # The manager: an approved member, listed in the directory with their email shown.
    if not manager.membership_requests.exists():
        profile = manager.profile
        MembershipRequest.objects.create(
            user=manager,
            role=profile.role,
            organisation=profile.organisation,
            region=profile.region,
            reason="I manage a links worker programme and want to share what we learn with other programmes.",
            status=MembershipRequest.Status.APPROVED,
            decided_by=editor,
            decided_at=profile.created_at,
        )
        manager.groups.add(members_group())
        profile.in_directory = True
        profile.directory_about = (
            "Happy to talk about setting up a programme across several GP practices, "
            "supervision for link workers and measuring what difference the work makes."
        )
        profile.show_email = True
        profile.save()
        profile.directory_themes.set(
            Theme.objects.filter(
                locale__language_code="en",
                slug__in=["mental-health", "money-welfare", "social-isolation"],
            )
        )

    # The learner: has asked to join and is waiting for a decision.
    if not learner.membership_requests.exists():
        profile = learner.profile
        MembershipRequest.objects.create(
            user=learner,
            role=profile.role,
            organisation=profile.organisation,
            region=profile.region,
            reason="I started as a community link worker in a Glasgow practice this year and would like to learn from colleagues in other areas.",
        )


MEMBER_PAGE_BODY = [
    (
        "text",
        "<p>These notes are for members of the network. They record what members said in "
        "the discussion at the end of the online event on 22 February 2024, which looked at "
        "the Essential Connections research published by Voluntary Health Scotland in "
        "November 2023.</p>",
    ),
    ("heading", {"text": "What the research found", "level": "h2"}),
    (
        "text",
        "<ul><li>60 link workers answered the survey between January and March 2023, and 18 "
        "programme leads or managers were interviewed.</li>"
        "<li>Around one GP practice in five in Scotland has no link worker.</li>"
        "<li>The survey found ten different job titles for the same role.</li>"
        "<li>Spending fewer than two and a half days a week in a practice made it harder to "
        "become part of the practice team.</li></ul>",
    ),
    ("heading", {"text": "What members raised", "level": "h2"}),
    (
        "text",
        "<ul><li>Link workers covering several practices feel spread thin; members asked for "
        "guidance on a sensible number of practices per worker.</li>"
        "<li>A shared job title would help patients and practice teams understand the role.</li>"
        "<li>Rural link workers want a space to talk about poverty that is harder to see in "
        "small communities.</li></ul>",
    ),
    (
        "text",
        "<p>The actions agreed are in the document below. Please do not share these notes "
        "outside the network.</p>",
    ),
]

MEMBER_DOCUMENT_TEXT = """Actions from the members' discussion, February 2024 (members only)

1. Network staff to draft a short note on caseloads and the number of practices per link worker, for members to comment on.
2. Members to send the job titles used in their programmes, so the network can suggest one shared title.
3. Set up a members' group for link workers in rural and island areas.
4. Bring the findings to the next meeting with programme managers.
"""


MEMBER_PAGE_GD = {
    "Members' notes: February 2024 network event": "Notaichean nam ball: tachartas an lìonraidh, Gearran 2024",
    "What the research found": "Na lorg an rannsachadh",
    "What members raised": "Na thog na buill",
}


def _restricted_to():
    """Members, and the staff groups that edit and moderate what members read."""
    return [members_group(), *Group.objects.filter(name__in=["Editors", "Moderators"])]


def _load_member_content():
    groups = _restricted_to()

    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(name=MEMBER_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=MEMBER_COLLECTION)
    if not collection.view_restrictions.exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(*groups)

    Document = get_document_model()
    document = Document.objects.filter(title=MEMBER_DOCUMENT_TITLE).first()
    if document is None:
        document = Document(title=MEMBER_DOCUMENT_TITLE, collection=collection)
        document.file.save(
            "members-actions-february-2024.txt",
            ContentFile(MEMBER_DOCUMENT_TEXT.encode("utf-8")),
            save=False,
        )
        document.save()

    body = [
        *MEMBER_PAGE_BODY,
        ("document", {"document": document, "title": "Actions agreed (text file)"}),
    ]
    page, _created = ensure_page(
        home_page(),
        StandardPage,
        MEMBER_PAGE_SLUG,
        title="Members' notes: February 2024 network event",
        summary="What members said about the Essential Connections research, and the actions agreed.",
        body=body,
    )
    if not PageViewRestriction.objects.filter(page=page).exists():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(*groups)
    # wagtail-localize copies the page's view restriction to its translation.
    translate_page(page, MEMBER_PAGE_GD)


def demo_users():
    """The demo accounts' emails (the manager and others use them in their own loaders)."""
    return {spec["email"]: User.objects.filter(email=spec["email"]).first() for spec in DEMO_USERS}
