"""SCORM packages, the lesson page that plays one, and each learner's CMI data.

- :class:`ScormPackage` is one uploaded zip: what its manifest says and where its
  unpacked files are kept in Django's default storage (``scorm/<uuid>/...``).
- :class:`ScormLessonPage` is a :class:`~learning.models.LessonPage` (so module
  progress, completion and certificates count it like any lesson) that plays a package.
- :class:`ScormAttempt` holds a learner's CMI data for one attempt at a SCORM lesson,
  keyed, like all progress, by the lesson's ``translation_key``;
  :class:`ScormSession` is one launch of it (one browser tab), which remembers the last
  commit it applied, so a repeated commit changes nothing and two tabs both count.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from learning.models import LessonPage

from .forms import ScormLessonForm
from .package import SCORM_12, SCORM_2004


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


class ScormLessonPage(RoutablePageMixin, LessonPage):
    """A lesson that plays a SCORM 1.2 or 2004 package in the page.

    The package's files are served from the portal (``/scorm/<page id>/...``, through
    the page's ``files`` route and Wagtail's serving hooks, so the page's privacy
    settings apply to them), and the package finds the runtime API in this page's
    window. The lesson body, if any, is shown above the player.
    """

    package = models.ForeignKey(
        ScormPackage,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lessons",
        help_text=_("The SCORM package this lesson plays."),
    )

    content_panels = LessonPage.content_panels[:1] + [
        FieldPanel(
            "package_file",
            heading=_("SCORM package"),
            help_text=_(
                "A SCORM 1.2 or SCORM 2004 zip file with imsmanifest.xml at its top level. "
                "Upload a new zip to replace the package; learners' records are kept."
            ),
        ),
        FieldPanel("body", heading=_("Introduction")),
        MultiFieldPanel([FieldPanel("required")], heading=_("Completion")),
    ]

    base_form_class = ScormLessonForm
    parent_page_types = ["learning.ModulePage"]
    subpage_types = []
    template = "scorm/scorm_lesson_page.html"

    class Meta:
        verbose_name = _("SCORM lesson")

    @property
    def has_check(self):
        """The package does its own assessment; the page has no knowledge check."""
        return False

    def clean_fields(self, exclude=None):
        """The introduction is optional, unlike a lesson's body."""
        exclude = set(exclude or ())
        if not self.body:
            exclude.add("body")
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if any(block.block_type == "question" for block in self.body):
            raise ValidationError(
                {
                    "body": _(
                        "A SCORM lesson cannot have knowledge-check questions: the package "
                        "does its own assessment."
                    )
                }
            )

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The player. It takes no posts: the package, not a button, reports completion."""
        if request.method == "POST":
            from .views import no_post

            return no_post(self, request)
        from learning import page_views

        return page_views.serve(self, request)

    @path("runtime/")
    def runtime(self, request):
        from .views import runtime_view

        return runtime_view(self, request)

    @re_path(r"^files/(?P<name>.+)$")
    def files(self, request, name):
        from .views import package_file

        return package_file(self, request, name)

    def get_context(self, request, *args, **kwargs):
        from .views import player_context

        context = super().get_context(request, *args, **kwargs)
        context.update(player_context(self, request))
        return context


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
