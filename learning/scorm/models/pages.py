"""The lesson page that plays a SCORM package (see the package's docstring)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from learning.models import LessonPage

from ..forms import ScormLessonForm
from .records import ScormPackage


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
            from ..views import no_post

            return no_post(self, request)
        from learning import page_views

        return page_views.serve(self, request)

    @path("runtime/")
    def runtime(self, request):
        from ..views import runtime_view

        return runtime_view(self, request)

    @re_path(r"^files/(?P<name>.+)$")
    def files(self, request, name):
        from ..views import package_file

        return package_file(self, request, name)

    def get_context(self, request, *args, **kwargs):
        from ..views import player_context

        context = super().get_context(request, *args, **kwargs)
        context.update(player_context(self, request))
        return context
