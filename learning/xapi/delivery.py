"""Sending the outbox to the learning record store (LRS).

Each statement is sent with ``PUT <XAPI_ENDPOINT>/statements?statementId=<id>``, Basic
authentication (``XAPI_KEY``/``XAPI_SECRET``) and ``X-Experience-API-Version: 1.0.3``, so
sending one twice is harmless. A failure that may pass (no answer, a 5xx, 429) is tried
again later with growing pauses (``RETRY_DELAYS``); one that will not (another 4xx) or the
last try marks the statement *failed*, and staff can resend it from the admin.
"""

import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import XapiStatement

logger = logging.getLogger("portal.learning.xapi")

VERSION = "1.0.3"
#: Pauses before the 2nd, 3rd ... tries; after the last one the statement has failed.
RETRY_DELAYS = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
]


class DeliveryError(Exception):
    def __init__(self, message, retry=True):
        super().__init__(message)
        self.retry = retry


def post_statement(statement):
    """Send one statement to the LRS; raise DeliveryError if it was not accepted."""
    endpoint = settings.XAPI_ENDPOINT.rstrip("/")
    try:
        response = requests.put(
            f"{endpoint}/statements",
            params={"statementId": statement["id"]},
            json=statement,
            auth=(settings.XAPI_KEY, settings.XAPI_SECRET),
            headers={"X-Experience-API-Version": VERSION},
            timeout=getattr(settings, "XAPI_TIMEOUT", 10),
        )
    except requests.RequestException as error:
        raise DeliveryError(f"No answer from the LRS: {error}") from error
    if response.status_code in (200, 204):
        return
    detail = f"The LRS answered {response.status_code}: {response.text[:500]}"
    raise DeliveryError(detail, retry=response.status_code >= 500 or response.status_code == 429)


def send(row):
    """Try to send one outbox row and record what happened. Returns True when sent."""
    if row.status == XapiStatement.Status.SENT:
        return True
    now = timezone.now()
    try:
        post_statement(row.statement)
    except DeliveryError as error:
        row.attempts += 1
        row.last_error = str(error)
        if error.retry and row.attempts <= len(RETRY_DELAYS):
            row.next_attempt_at = now + RETRY_DELAYS[row.attempts - 1]
        else:
            row.status = XapiStatement.Status.FAILED
            row.next_attempt_at = None
        row.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        logger.warning("xAPI: statement %s not delivered: %s", row.statement_id, error)
        if row.status == XapiStatement.Status.PENDING:
            transaction.on_commit(lambda: enqueue_delivery(row.pk, run_after=row.next_attempt_at))
        return False
    row.attempts += 1
    row.status = XapiStatement.Status.SENT
    row.sent_at = now
    row.last_error = ""
    row.next_attempt_at = None
    row.save(update_fields=["attempts", "status", "sent_at", "last_error", "next_attempt_at"])
    return True


@task()
def deliver_statement(pk: int) -> bool:
    """Send one statement (queued after the learning event's transaction commits)."""
    if not settings.XAPI_ENDPOINT:
        return False
    row = XapiStatement.objects.filter(pk=pk, status=XapiStatement.Status.PENDING).first()
    if row is None:
        return False
    try:
        return send(row)
    except Exception:
        logger.exception("xAPI: delivering statement %s failed", pk)
        return False


def deliver_due(limit=500):
    """Send every pending statement whose time has come (oldest first). Returns (sent, tried)."""
    if not settings.XAPI_ENDPOINT:
        return 0, 0
    rows = XapiStatement.objects.filter(
        status=XapiStatement.Status.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("created_at", "pk")[:limit]
    sent = tried = 0
    for row in rows:
        tried += 1
        sent += bool(send(row))
    return sent, tried


@task()
def deliver_due_statements() -> int:
    """The periodic sweep (for task backends that cannot schedule a retry themselves)."""
    return deliver_due()[0]


def resend(rows):
    """Staff's "Resend": put failed or waiting statements back in the queue, now."""
    pks = [row.pk for row in rows if row.status != XapiStatement.Status.SENT]
    XapiStatement.objects.filter(pk__in=pks).update(
        status=XapiStatement.Status.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    for pk in pks:
        transaction.on_commit(lambda pk=pk: enqueue_delivery(pk))
    return len(pks)


def enqueue_delivery(pk, run_after=None):
    """Ask the task backend to send one statement (now, or later if it can defer)."""
    try:
        task = deliver_statement
        if run_after is not None:
            if not task.get_backend().supports_defer:
                return  # picked up by ``manage.py send_xapi_statements``
            task = task.using(run_after=run_after)
        task.enqueue(pk)
    except Exception:
        logger.exception("xAPI: could not queue delivery of statement %s", pk)
