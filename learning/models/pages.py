"""The learning page tree: catalogue, pathways, modules and lessons."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core import structured_data
from portal.core.levels import PracticeLevel
from portal.core.searchable import Searchable, plain_text, summary_text

from ..blocks import LessonBodyBlock

INTRO_FEATURES = ["bold", "italic", "link", "ul"]


class ServedByPageViews:
    """A learning page whose requests ``learning.page_views`` handles.

    ``serve`` hands every request (and ``serve_preview`` every admin preview, with
    ``request.is_preview`` set) to ``page_views.serve``, which picks one handler per
    page type and method. The import is lazy because ``page_views`` imports these
    models: it is the one hand-off from models to views.
    """

    def serve(self, request, *args, **kwargs):
        from .. import page_views

        return page_views.serve(self, request)

    def serve_preview(self, request, mode_name):
        return self.serve(request)


class LearningIndexPage(ServedByPageViews, Searchable, Page):
    """The catalogue of modules at /learning/, filterable by theme, level and length."""

    introduction = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        help_text=_("A short welcome above the catalogue."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["learning.ModulePage", "learning.PathwayPage"]
    max_count_per_parent = 1

    search_content_type = "page"
    search_content_type_label = _("Page")

    class Meta:
        verbose_name = _("learning catalogue")

    def get_search_summary(self):
        return summary_text(self.introduction)


class ModulePage(ServedByPageViews, Searchable, Page):
    """A module: a summary, outcomes, a level, themes, prerequisites and lesson children."""

    summary = models.TextField(
        max_length=500, help_text=_("Two or three sentences on what the module covers.")
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=300, label=_("Outcome")))],
        blank=True,
        help_text=_("What learners can do by the end, one outcome per item."),
    )
    estimated_minutes = models.PositiveIntegerField(
        default=60,
        help_text=_("About how long the module takes, in minutes; recorded as CPD time."),
    )
    practice_level = models.CharField(
        max_length=20,
        choices=PracticeLevel.choices,
        default=PracticeLevel.INFORMED,
        help_text=_("The NES practice level the module is written for."),
    )
    themes = ParentalManyToManyField(
        "core.Theme",
        blank=True,
        related_name="+",
        help_text=_("What the module is about; used to filter the catalogue."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text=_("Modules learners must complete before starting this one."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("practice_level"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("About the module"),
        ),
        InlinePanel(
            "module_competencies",
            heading=_("Competencies it develops"),
            help_text=_("Competencies from the CLW competency framework and the level reached."),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.FilterField("practice_level"),
    ]

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = ["learning.LessonPage", "scorm.ScormLessonPage"]

    search_content_type = "learning_module"
    search_content_type_label = _("Learning module")

    class Meta:
        verbose_name = _("module")

    @property
    def practice_level_label(self):
        return PracticeLevel(self.practice_level).label

    def get_structured_data(self, request):
        return structured_data.course(self, request)

    def get_search_body(self):
        return " ".join(str(block.value) for block in self.learning_outcomes)

    def get_search_facets(self):
        return {
            "themes": [theme.slug for theme in self.themes.all()],
            "regions": [],
            "audiences": [],
            "practice_level": self.practice_level,
        }


class LessonPage(ServedByPageViews, Searchable, Page):
    """A lesson of a module: text, media, reflections and knowledge-check questions."""

    body = StreamField(LessonBodyBlock(), help_text=_("The lesson, block by block."))
    required = models.BooleanField(
        default=True,
        help_text=_("Learners must complete this lesson to complete the module."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=100,
        help_text=_(
            "The percentage of questions answered correctly needed to pass the knowledge check."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("required"), FieldPanel("pass_mark")], heading=_("Completion")),
    ]
    search_fields = Page.search_fields + [index.SearchField("get_search_body")]

    parent_page_types = ["learning.ModulePage"]
    subpage_types = []

    search_content_type = "learning_lesson"
    search_content_type_label = _("Lesson")

    class Meta:
        verbose_name = _("lesson")

    def clean(self):
        super().clean()
        if not 0 < self.pass_mark <= 100:
            from django.core.exceptions import ValidationError

            raise ValidationError({"pass_mark": _("Give a percentage from 1 to 100.")})

    @cached_property
    def questions(self):
        """The knowledge-check question blocks, in order."""
        return [block for block in self.body if block.block_type == "question"]

    @property
    def has_check(self):
        return bool(self.questions)

    def reflection_prompt_ids(self):
        return {block.id for block in self.body if block.block_type == "reflection"}

    def get_search_body(self):
        """Text, callouts and prompts; never questions, whose feedback gives answers away."""
        parts = []
        for block in self.body:
            if block.block_type == "text":
                parts.append(plain_text(block.value))
            elif block.block_type == "callout":
                parts.append(block.value["title"] + " " + plain_text(block.value["text"]))
            elif block.block_type == "reflection":
                parts.append(block.value["prompt"])
        return " ".join(parts)

    def get_search_summary(self):
        return self.search_description or summary_text(self.get_search_body())


class PathwayPage(ServedByPageViews, Searchable, Page):
    """An ordered set of modules, such as the induction for new link workers."""

    introduction = RichTextField(
        blank=True, features=INTRO_FEATURES, help_text=_("Who the pathway is for and why.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("pathway_modules", heading=_("Modules, in order"), min_num=1),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["learning.LearningIndexPage"]
    subpage_types = []

    search_content_type = "learning_pathway"
    search_content_type_label = _("Learning pathway")

    class Meta:
        verbose_name = _("pathway")

    def get_search_summary(self):
        return summary_text(self.introduction)


class PathwayModule(Orderable):
    """One module's place in a pathway."""

    pathway = ParentalKey(PathwayPage, on_delete=models.CASCADE, related_name="pathway_modules")
    module = models.ForeignKey(
        ModulePage,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The module at this step of the pathway."),
    )

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        verbose_name = _("pathway module")


class ModuleCompetency(Orderable):
    """A competency of the framework that a module develops, and to which level.

    Completing the module records evidence of this competency at this level for the
    learner (through :func:`frameworks.services.record_evidence`).
    """

    module = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="module_competencies")
    competency = models.ForeignKey(
        "frameworks.Competency",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A competency of the CLW competency framework."),
    )
    level = models.CharField(
        max_length=20,
        choices=PracticeLevel.choices,
        default=PracticeLevel.INFORMED,
        help_text=_("The practice level to which the module develops it."),
    )

    panels = [FieldPanel("competency"), FieldPanel("level")]

    class Meta(Orderable.Meta):
        verbose_name = _("competency developed")
        verbose_name_plural = _("competencies developed")

    def __str__(self):
        return f"{self.competency} ({self.level})"
