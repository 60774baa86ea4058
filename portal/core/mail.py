"""Email off the request path: an email backend that queues each message as a task.

Production sets ``EMAIL_BACKEND`` to ``TaskEmailBackend`` and ``EMAIL_DELIVERY_BACKEND``
to the real one (SMTP from the environment), so sign-up verification, password resets,
security notices and membership decisions are sent by the task worker instead of inside
the request. A message is queued as plain JSON (no pickles); one that cannot be (an
attachment given as a MIME part) is sent at once, as before.
"""

import base64
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task

logger = logging.getLogger("portal.mail")


def _encode(content):
    if isinstance(content, bytes):
        return {"b64": base64.b64encode(content).decode("ascii")}
    return {"text": content}


def _decode(value):
    return base64.b64decode(value["b64"]) if "b64" in value else value["text"]


def serialise(message):
    """The message as JSON-safe data, or None if it holds parts that cannot be."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            return None
        filename, content, mimetype = attachment
        attachments.append([filename, _encode(content), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def deserialise(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, _decode(content), mimetype)
    return message


def delivery_connection():
    return get_connection(backend=settings.EMAIL_DELIVERY_BACKEND)


@task()
def send_email(data: dict) -> int:
    """Send one queued message with the delivery backend (SMTP in production)."""
    return delivery_connection().send_messages([deserialise(data)])


class TaskEmailBackend(BaseEmailBackend):
    """Queue every message as a ``send_email`` task; the worker sends it."""

    def send_messages(self, email_messages):
        sent = 0
        for message in email_messages:
            data = serialise(message)
            try:
                if data is None:
                    sent += delivery_connection().send_messages([message])
                else:
                    send_email.enqueue(data)
                    sent += 1
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Email: could not queue %r", message.subject)
        return sent
