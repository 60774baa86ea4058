"""People's control over their own data: export everything as JSON, erase the account.

The contract every app follows: an app whose models hold personal data (a foreign key to
the user) provides ``<app>/personal_data.py`` with

- ``MODELS``: every model of the app with a foreign key to the user,
- ``export(user) -> dict``: everything about the person, JSON-safe,
- ``erase(user) -> None``: remove the person's data, keeping anonymous counts correct,

and names it in its AppConfig: ``personal_data = "<app>.personal_data"``. This module finds
those providers, so a new app joins by following the contract; ``tests/accounts/
test_personal_data.py`` fails when a model with a user foreign key is covered by none.
"""

import importlib
import logging

from django.apps import apps
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger("portal.accounts")

#: Third-party models (Wagtail's, Django's) with a foreign key to the user that no
#: provider exports, and why erasure still leaves nothing of the person behind in them.
#: The completeness test checks that this list matches what is installed.
THIRD_PARTY_MODELS = {
    "wagtailusers.UserProfile": "admin preferences (language, time zone, avatar); deleted "
    "with the user (CASCADE)",
    "wagtailadmin.EditingSession": "who is editing a page right now; deleted with the user",
    "wagtailadmin.FormState": "unsaved admin form state; deleted with the user",
    "wagtailcore.APIToken": "admin API tokens; deleted with the user",
    "wagtailcore.Comment": "staff comments on page drafts; deleted with the user",
    "wagtailcore.CommentReply": "staff replies to comments; deleted with the user",
    "wagtailcore.PageSubscription": "comment notification settings; deleted with the user",
    "wagtailcore.Revision": "editing history; the author is set to null",
    "wagtailcore.Page": "page owner and lock; set to null",
    "wagtailcore.WorkflowState": "who asked for moderation; set to null",
    "wagtailcore.TaskState": "who finished a moderation task; set to null",
    "wagtailcore.UploadedFile": "who uploaded a file; set to null",
    "wagtailcore.PageLogEntry": "the audit log keeps the numeric id only (no constraint); "
    "the name shown is 'user deleted'",
    "wagtailcore.ModelLogEntry": "as PageLogEntry, for snippets and settings",
    "wagtaildocs.Document": "who uploaded a document; set to null",
    "wagtailimages.Image": "who uploaded an image; set to null",
    "wagtail_localize.StringTranslation": "who last translated a string; set to null",
    "wagtail_localize.SegmentOverride": "who last overrode a segment; set to null",
    "admin.LogEntry": "Django admin history; deleted with the user",
}


def providers():
    """(app label, personal-data module) for every app that names one, in INSTALLED_APPS order."""
    found = []
    for config in apps.get_app_configs():
        path = getattr(config, "personal_data", None)
        if path:
            found.append((config.label, importlib.import_module(path)))
    return found


def covered_models():
    """Every model some provider lists in ``MODELS``."""
    return {model for _label, module in providers() for model in module.MODELS}


def export_personal_data(user):
    """Everything the portal holds about this person, by app, ready for ``json.dumps``."""
    return {
        "format": "clw-network-personal-data/1",
        "exported_at": timezone.now().isoformat(),
        "email": user.email,
        "apps": {label: module.export(user) for label, module in providers()},
    }


@transaction.atomic
def erase_account(user):
    """Erase a person: every provider's ``erase`` (later apps first), then the user row.

    Providers run in reverse INSTALLED_APPS order so that, for example, learning removes
    its records before the accounts app removes the profile they were shown with.
    """
    user_id = user.pk
    for label, module in reversed(providers()):
        module.erase(user)
        logger.info("erased personal data in %s for user %s", label, user_id)
    user.delete()
    logger.info("account %s erased at the person's request", user_id)
