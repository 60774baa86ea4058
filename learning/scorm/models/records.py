"""What is stored for SCORM: packages, and each learner's attempts and sessions
(see the package's docstring). Imports no page or form, so the package importer
(:mod:`learning.scorm.storage`) can use it from the lesson's admin form."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..package import SCORM_12, SCORM_2004


class ScormPackage(models.Model):
    """An uploaded SCORM package, unpacked into storage under ``scorm/<uuid>/``."""

    VERSION_CHOICES = [(SCORM_12, "SCORM 1.2"), (SCORM_2004, "SCORM 2004")]

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(max_length=255, help_text=_("The title in the package's manifest."))
    version = models.CharField(max_length=8, choices=VERSION_CHOICES)
    launch = models.CharField(
        max_length=1000, help_text=_("The file the player opens, relative to the package.")
    )
    manifest = models.JSONField(
        default=dict, help_text=_("The organisation and items as read from imsmanifest.xml.")
    )
    files = models.JSONField(default=list, help_text=_("Every file of the package."))
    mastery_score = models.DecimalField(
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("SCORM 1.2: the score (0-100) needed to pass, if the package sets one."),
    )
    scaled_passing_score = models.DecimalField(
        max_digits=6,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("SCORM 2004: the scaled score (-1 to 1) needed to pass, if set."),
    )
    completion_threshold = models.DecimalField(
        max_digits=6, decimal_places=4, null=True, blank=True
    )
    original_filename = models.CharField(max_length=255, blank=True)
    size_bytes = models.PositiveBigIntegerField(default=0)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("SCORM package")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return f"{self.title} ({self.get_version_display()})"

    @property
    def storage_prefix(self):
        return f"scorm/{self.uuid}/"

    def has_file(self, name):
        return name in set(self.files)


class ScormAttempt(models.Model):
    """A learner's CMI data for one attempt at a SCORM lesson.

    ``data`` holds every CMI element the package has set (suspend data, location,
    objectives, interactions...), so the next launch resumes where the learner left
    off; the columns repeat the ones the portal reads (status, success, score, time).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scorm_attempts"
    )
    lesson_key = models.UUIDField(help_text=_("The lesson's translation key."))
    module_key = models.UUIDField()
    package = models.ForeignKey(
        ScormPackage, null=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    version = models.CharField(max_length=8)
    number = models.PositiveIntegerField(default=1)
    data = models.JSONField(default=dict, blank=True)
    completion_status = models.CharField(max_length=20, default="not attempted")
    success_status = models.CharField(max_length=20, default="unknown")
    score_raw = models.DecimalField(max_digits=12, decimal_places=4, null=True, blank=True)
    score_scaled = models.DecimalField(max_digits=6, decimal_places=4, null=True, blank=True)
    location = models.CharField(max_length=1000, blank=True)
    exit = models.CharField(max_length=20, blank=True)
    total_seconds = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When this attempt completed the lesson.")
    )

    class Meta:
        verbose_name = _("SCORM attempt")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "number"], name="scorm_one_attempt_number"
            )
        ]

    def __str__(self):
        return f"{self.user_id} attempt {self.number} at {self.lesson_key}"


class ScormSession(models.Model):
    """One launch of an attempt (a browser tab): its commits and the time it reported."""

    attempt = models.ForeignKey(ScormAttempt, on_delete=models.CASCADE, related_name="sessions")
    key = models.UUIDField()
    last_seq = models.PositiveIntegerField(default=0)
    seconds = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    terminated = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("SCORM session")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "key"], name="scorm_one_session_key")
        ]

    def __str__(self):
        return f"Session {self.key} of {self.attempt_id}"
