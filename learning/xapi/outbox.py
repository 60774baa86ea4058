"""Putting statements in the outbox and handing them to the delivery task after commit."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .delivery import enqueue_delivery
from .models import XapiStatement

logger = logging.getLogger("portal.learning.xapi")


def enabled():
    """Statements are kept and sent only when a learning record store is configured."""
    return bool(getattr(settings, "XAPI_ENDPOINT", ""))


def queue_statement(user, statement):
    """Keep ``statement`` (a dict built by :mod:`learning.xapi.statements`) for delivery.

    Written inside the caller's transaction, so a rolled-back event sends nothing; the
    delivery task is queued with ``transaction.on_commit``. Never raises: a problem is
    logged and the learner's request goes on. Returns the outbox row or None.
    """
    if not enabled():
        return None
    try:
        with transaction.atomic():
            row = XapiStatement.objects.create(
                statement_id=statement["id"],
                user=user,
                verb=statement["verb"]["id"],
                object_id=statement["object"]["id"],
                object_name=_first_name(statement["object"]),
                statement=statement,
                next_attempt_at=timezone.now(),
            )
    except Exception:
        logger.exception("xAPI: could not keep a statement for user %s", user.pk)
        return None
    transaction.on_commit(lambda: enqueue_delivery(row.pk))
    return row


def _first_name(obj):
    names = obj.get("definition", {}).get("name", {})
    return (names.get("en-GB") or next(iter(names.values()), ""))[:500]


def recently_sent(user, verb, object_id, minutes=30):
    """Whether the same statement was queued for the learner in the last ``minutes``."""
    since = timezone.now() - timedelta(minutes=minutes)
    return XapiStatement.objects.filter(
        user=user, verb=verb, object_id=object_id, created_at__gte=since
    ).exists()
