"""What a learner has done: enrolments, completed lessons, attempts, reflections, certificates.

Everything is keyed by the page's ``translation_key``, so progress made in Gaelic
counts in English and the other way round. Unique constraints in the database make
sure a double click or two tabs never create a second row.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner's place in a module: enrolled, started, completed.

    When the learner erases their account the row stays without its user, so the
    staff reports still count it; the organisation and region are recorded at
    enrolment and completion for the same reason.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_enrolments",
    )
    module_key = models.UUIDField(db_index=True, help_text=_("The module's translation key."))
    enrolled_at = models.DateTimeField()
    started_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the first lesson was completed or attempted.")
    )
    completed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_lesson_key = models.UUIDField(null=True, blank=True)
    last_activity_at = models.DateTimeField()
    cpd_minutes = models.PositiveIntegerField(
        default=0, help_text=_("CPD minutes recorded when the module was completed.")
    )
    organisation = models.ForeignKey(
        "core.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    region = models.ForeignKey(
        "core.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("enrolment")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module_key"], name="learning_one_enrolment_per_module"
            )
        ]

    def __str__(self):
        return f"{self.user_id} in {self.module_key}"


class LessonCompletion(models.Model):
    """A lesson a learner has completed (for a lesson with a check: passed)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson_key = models.UUIDField()
    module_key = models.UUIDField(db_index=True)
    completed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("lesson completion")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="learning_one_completion_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.user_id} completed {self.lesson_key}"


class Attempt(models.Model):
    """One submission of a lesson's knowledge check; every attempt is kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_attempts"
    )
    lesson_key = models.UUIDField()
    module_key = models.UUIDField()
    submitted_at = models.DateTimeField()
    correct = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField(help_text=_("Percentage of questions correct."))
    passed = models.BooleanField()
    answers = models.JSONField(
        help_text=_("What was chosen for each question, and whether it was right.")
    )

    class Meta:
        verbose_name = _("knowledge-check attempt")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["user", "lesson_key"], name="learning_attempt_lookup")]

    def __str__(self):
        return f"{self.user_id} scored {self.score}% on {self.lesson_key}"


class Reflection(models.Model):
    """A learner's private notes on a reflection prompt. Only the author can ever read it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_reflections"
    )
    lesson_key = models.UUIDField()
    prompt_id = models.CharField(max_length=64, help_text=_("The prompt block's id."))
    prompt = models.TextField(blank=True, help_text=_("The prompt as it read when saved."))
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reflection")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "prompt_id"],
                name="learning_one_reflection_per_prompt",
            )
        ]

    def __str__(self):
        return f"Reflection {self.pk}"


class Certificate(models.Model):
    """Proof that a module was completed, checkable by anyone who has its code.

    If the holder closes their account the certificate stays, without their name and
    user, and its public page says the account was closed.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learning_certificates",
    )
    module_key = models.UUIDField(db_index=True)
    module_title = models.CharField(max_length=255, help_text=_("The module's title when issued."))
    holder_name = models.CharField(max_length=200, blank=True)
    holder_account_closed = models.BooleanField(default=False)
    code = models.CharField(max_length=64, unique=True)
    issued_at = models.DateTimeField(db_index=True)
    cpd_minutes = models.PositiveIntegerField(default=0)
    revoked_at = models.DateTimeField(
        null=True, blank=True, help_text=_("Set when the certificate is withdrawn.")
    )

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module_key"], name="learning_one_certificate_per_module"
            )
        ]

    def __str__(self):
        return f"{self.module_title} ({self.code})"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("learning:certificate", args=[self.code])

    @property
    def is_valid(self):
        return self.revoked_at is None
