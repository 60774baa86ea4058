"""The xAPI outbox: every statement the portal sends to a learning record store.

Rows are written in the same transaction as the learning event they describe and sent
afterwards by a background task (:mod:`learning.xapi.delivery`), so a slow or broken
learning record store never slows or fails the learner's request.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class XapiActor(models.Model):
    """The stable, opaque name a learner has in the statements (never their email)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_actor"
    )
    name = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("xAPI learner identifier")

    def __str__(self):
        return str(self.name)


class XapiStatement(models.Model):
    """One xAPI 1.0.3 statement waiting for, or done with, delivery."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    statement_id = models.UUIDField(unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="xapi_statements",
        help_text=_("The learner the statement is about."),
    )
    verb = models.CharField(max_length=200, help_text=_("The verb's IRI."))
    object_id = models.CharField(max_length=500, help_text=_("The activity's IRI."))
    object_name = models.CharField(max_length=500, blank=True)
    statement = models.JSONField(help_text=_("The statement exactly as it is sent."))
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["-created_at", "-pk"]
        default_permissions = ("view",)
        permissions = [("resend_xapistatement", _("Can resend xAPI statements"))]
        indexes = [
            models.Index(fields=["user", "verb", "object_id"], name="learning_xapi_lookup"),
        ]

    def __str__(self):
        verb = self.verb.rsplit("/", 1)[-1]
        return f"{verb} {self.object_name or self.object_id}"

    @property
    def verb_display(self):
        return self.verb.rsplit("/", 1)[-1]
