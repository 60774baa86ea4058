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

from portal.core.demo import ensure_standard_page
from portal.core.demo_tools import content, home_page, translate_from_file
from portal.core.models import Organisation, Region, Theme

from .models import MembershipRequest, User
from .services import ensure_profile, members_group

#: The demo editor's authenticator secret (base32). Documented in README.md; it is as
#: public as the demo password, which is why demo content never goes into production.
EDITOR_TOTP_SECRET = "CLWDEMOEDITORTOTPSECRETNOTSECRET"
MEMBER_PAGE_SLUG = "members-notes-february-2024"
MEMBER_COLLECTION = "Members only"
MEMBER_DOCUMENT_TITLE = "Actions from the members' discussion, February 2024"

DEFAULT_PASSWORD = "clw-demo-2026"
USERS_FILE = "accounts/users.yaml"
MEMBER_PAGE_FILE = f"accounts/{MEMBER_PAGE_SLUG}.yaml"


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD


def load(log):
    password = demo_password()
    specs = content(USERS_FILE)["users"]
    for spec in specs:
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
    log("demo accounts: " + ", ".join(spec["email"] for spec in specs))
    _load_membership()
    log("membership: the learner is waiting for a decision, the manager is a listed member")
    _load_member_content()
    log(f"member-only content: /{MEMBER_PAGE_SLUG}/ and the '{MEMBER_COLLECTION}' collection")
    log(f"demo editor's two-factor secret: {EDITOR_TOTP_SECRET} (manage.py demo_mfa_code)")


def _load_membership():
    requests = content(USERS_FILE)
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
            reason=requests["manager_request"]["reason"],
            status=MembershipRequest.Status.APPROVED,
            decided_by=editor,
            decided_at=profile.created_at,
        )
        manager.groups.add(members_group())
        profile.in_directory = True
        profile.directory_about = requests["manager_request"]["directory_about"]
        profile.show_email = True
        profile.save()
        profile.directory_themes.set(
            Theme.objects.filter(
                locale__language_code="en",
                slug__in=requests["manager_request"]["directory_themes"],
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
            reason=requests["learner_request"]["reason"],
        )


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

    spec = content(MEMBER_PAGE_FILE)
    Document = get_document_model()
    document = Document.objects.filter(title=MEMBER_DOCUMENT_TITLE).first()
    if document is None:
        document = Document(title=MEMBER_DOCUMENT_TITLE, collection=collection)
        document.file.save(
            spec["document"]["file_name"],
            ContentFile(spec["document"]["text"].encode("utf-8")),
            save=False,
        )
        document.save()

    page = ensure_standard_page(
        home_page(),
        MEMBER_PAGE_SLUG,
        MEMBER_PAGE_FILE,
        body_after=[("document", {"document": document, "title": spec["document"]["link_text"]})],
    )
    if not PageViewRestriction.objects.filter(page=page).exists():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(*groups)
    # wagtail-localize copies the page's view restriction to its translation.
    translate_from_file(page, MEMBER_PAGE_FILE)


def demo_users():
    """The demo accounts' emails (the manager and others use them in their own loaders)."""
    emails = [spec["email"] for spec in content(USERS_FILE)["users"]]
    return {email: User.objects.filter(email=email).first() for email in emails}
