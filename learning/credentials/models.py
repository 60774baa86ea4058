"""What a certificate's Open Badges credential needs to stay the same every time it is served."""

import secrets
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_salt():
    return secrets.token_hex(16)


class IssuedCredential(models.Model):
    """The stable parts of a certificate's credential: its ids, salt and status-list slot.

    Made the first time the credential is asked for. The subject id is opaque and per
    award (never the learner's account), and the learner's email appears only salted and
    hashed with ``salt``.
    """

    certificate = models.OneToOneField(
        "learning.Certificate", on_delete=models.CASCADE, related_name="credential"
    )
    credential_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    subject_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    salt = models.CharField(max_length=64, default=new_salt, editable=False)
    status_list = models.PositiveIntegerField(
        default=1, help_text=_("Which status list holds this credential's revocation bit.")
    )
    status_index = models.PositiveIntegerField(
        help_text=_("The credential's position in that status list.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Open Badges credential")
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="learning_one_credential_per_bit"
            )
        ]

    def __str__(self):
        return f"urn:uuid:{self.credential_id}"
