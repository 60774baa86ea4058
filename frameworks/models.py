"""The competency framework, its versions, the framework page and self-assessment.

A :class:`CompetencyFramework` is a translatable snippet (one row per version and locale)
made of ordered :class:`FrameworkLevel` rows, ordered :class:`Domain` rows and, in each
domain, ordered :class:`Competency` rows with a descriptor per practice level. Network staff
edit it in the Wagtail admin (Snippets → Competency frameworks) with nested inline panels,
and translate it with wagtail-localize.

Versions are separate rows: a new version is a copy of a published one (see
:func:`frameworks.services.create_new_version`). Each competency carries a stable
``identity`` that the copy keeps, so a learner's history and evidence follow a competency
from one version to the next. Assessments point at the exact framework version and
competency rows they were made against (in the framework's source language), which are
protected from deletion, so nothing a learner did is ever lost.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core import (
    content_cache,
    converters,  # noqa: F401 (registers "id" for the routes below)
    i18n,
)
from portal.core.levels import PracticeLevel
from portal.core.listings import ListingItem
from portal.core.searchable import Searchable, plain_text

NOTE_MAX_LENGTH = 1000


class FrameworkStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    RETIRED = "retired", _("Retired")


def _translatable_meta(name):
    return [models.UniqueConstraint(fields=["translation_key", "locale"], name=name)]


class CompetencyFramework(TranslatableMixin, ClusterableModel):
    """One version of the competency framework, in one language."""

    name = models.CharField(
        max_length=200, help_text=_("The framework's full name, the same for every version.")
    )
    version = models.PositiveIntegerField(
        default=1, help_text=_("The version number: 1 for the first, 2 for the next ...")
    )
    status = models.CharField(
        max_length=10,
        choices=FrameworkStatus.choices,
        default=FrameworkStatus.DRAFT,
        help_text=_(
            "Draft: being written, not shown. Published: shown and open for self-assessment "
            "(the newest published version is the current one). Retired: no longer current; "
            "assessments made against it stay readable."
        ),
    )
    published_on = models.DateField(
        null=True, blank=True, help_text=_("The date this version was published.")
    )
    introduction = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol", "h3"],
        help_text=_("What the framework is, who it is for and how the levels work."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("version"), FieldPanel("status"), FieldPanel("published_on")]),
        FieldPanel("introduction"),
        InlinePanel("levels", heading=_("Practice levels"), label=_("Level")),
        InlinePanel("domains", heading=_("Domains"), label=_("Domain")),
    ]
    override_translatable_fields = [
        SynchronizedField("version"),
        SynchronizedField("published_on"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("competency framework")
        verbose_name_plural = _("competency frameworks")
        ordering = ["-version"]
        constraints = _translatable_meta("unique_translation_key_locale_framework")

    def __str__(self):
        return f"{self.name} (v{self.version}, {self.get_status_display()})"


class FrameworkLevel(TranslatableMixin, Orderable):
    """A practice level as this framework names and describes it."""

    framework = ParentalKey(CompetencyFramework, on_delete=models.CASCADE, related_name="levels")
    slug = models.CharField(
        max_length=20,
        choices=PracticeLevel.choices,
        help_text=_("Which NHS Education for Scotland practice level this is."),
    )
    name = models.CharField(max_length=60, help_text=_("The level's name as people see it."))
    description = models.TextField(
        blank=True, help_text=_("What practising at this level means, in a sentence or two.")
    )

    panels = [FieldPanel("slug"), FieldPanel("name"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("practice level")
        constraints = _translatable_meta("unique_translation_key_locale_level")

    def __str__(self):
        return self.name

    @property
    def rank(self):
        return PracticeLevel.rank(self.slug)


class Domain(TranslatableMixin, Orderable, ClusterableModel):
    """A group of related competencies, e.g. "Connecting people with community assets"."""

    framework = ParentalKey(CompetencyFramework, on_delete=models.CASCADE, related_name="domains")
    code = models.CharField(max_length=10, help_text=_('A short number, e.g. "2".'))
    title = models.CharField(max_length=200, help_text=_("The domain's name."))
    description = models.TextField(blank=True, help_text=_("What the domain covers."))

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("title")]),
        FieldPanel("description"),
        InlinePanel("competencies", heading=_("Competencies"), label=_("Competency")),
    ]
    override_translatable_fields = [SynchronizedField("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("domain")
        constraints = _translatable_meta("unique_translation_key_locale_domain")

    def __str__(self):
        return f"{self.code} {self.title}"


class Competency(TranslatableMixin, Orderable):
    """One competency, described at each practice level.

    ``identity`` is the same in every version (and language) of the framework where the
    competency carries over; new competencies get a new one.
    """

    domain = ParentalKey(Domain, on_delete=models.CASCADE, related_name="competencies")
    identity = models.UUIDField(
        default=uuid.uuid4,
        editable=False,
        db_index=True,
        help_text=_("Stays the same across versions so a learner's history follows it."),
    )
    code = models.CharField(max_length=10, help_text=_('A short code, e.g. "2.3".'))
    title = models.CharField(max_length=200, help_text=_("The competency's name."))
    description = models.TextField(blank=True, help_text=_("What the competency involves."))
    informed = models.TextField(blank=True, help_text=_("What it looks like at Informed level."))
    skilled = models.TextField(blank=True, help_text=_("What it looks like at Skilled level."))
    enhanced = models.TextField(blank=True, help_text=_("What it looks like at Enhanced level."))
    specialist = models.TextField(
        blank=True, help_text=_("What it looks like at Specialist level.")
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("title")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("informed"),
                FieldPanel("skilled"),
                FieldPanel("enhanced"),
                FieldPanel("specialist"),
            ],
            heading=_("Descriptors per practice level"),
        ),
    ]
    override_translatable_fields = [SynchronizedField("code"), SynchronizedField("identity")]

    class Meta(Orderable.Meta):
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        constraints = _translatable_meta("unique_translation_key_locale_competency")

    def __str__(self):
        return f"{self.code} {self.title}"

    def descriptor(self, level_slug):
        """The descriptor at a practice level ('' for an unknown level)."""
        if level_slug in PracticeLevel.values:
            return getattr(self, level_slug)
        return ""

    @property
    def anchor(self):
        return "competency-" + self.code.replace(".", "-")


class FrameworkPage(RoutablePageMixin, Searchable, Page):
    """Shows the current published framework; hosts self-assessment under it.

    Routes: ``self-assessment/`` (the form), ``self-assessment/history/``,
    ``self-assessment/gaps/``, ``self-assessment/<id>/`` (supervision page) and
    ``self-assessment/<id>/pdf/``. See :mod:`frameworks.page_views`.
    """

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings and search results."),
    )

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    search_content_type = "framework"
    search_content_type_label = _("Competency framework")

    class Meta:
        verbose_name = _("framework page")

    def get_search_body(self):
        """Plain text of the current framework for site search, in the page's language."""
        framework = self.framework
        if framework is None:
            return ""
        structure = load_structure(framework, language=self.locale.language_code)
        parts = [plain_text(structure.display.introduction)]
        for domain in structure.domains:
            parts += [domain.display.title, domain.display.description]
            for competency in domain.items:
                text = competency.display
                parts += [f"{text.code} {text.title}", text.description]
                parts += [text.descriptor(slug) for slug in structure.level_slugs]
        return "\n".join(part for part in parts if part)

    @cached_property
    def framework(self):
        """The current published framework (in its source language), or None."""
        return current_framework()

    def home_listing(self, limit, featured=()):
        """The framework's domains for a home-page listing (see ``portal.core.listings``):
        each links to its section of this page, in the visitor's language (2 queries, 3 in
        another language than the framework's)."""
        framework = self.framework
        if framework is None:
            return []
        domains = list(framework.domains.all()[:limit])
        shown = {}
        if i18n.active_language() != settings.LANGUAGE_CODE:
            shown = i18n.in_active_locale(Domain, [domain.translation_key for domain in domains])
        url = self.url
        items = []
        for domain in domains:
            display = shown.get(domain.translation_key, domain)
            items.append(
                ListingItem(
                    title=f"{display.code} {display.title}",
                    url=f"{url}#domain-{slugify(domain.code)}",
                    summary=display.description,
                )
            )
        return items

    @path("")
    def framework_index(self, request):
        from . import page_views as views

        return views.framework_index(request, self)

    @path("self-assessment/")
    def self_assessment(self, request):
        from . import page_views as views

        return views.self_assessment(request, self)

    @path("self-assessment/history/")
    def history(self, request):
        from . import page_views as views

        return views.history(request, self)

    @path("self-assessment/gaps/")
    def gaps(self, request):
        from . import page_views as views

        return views.gaps(request, self)

    @path("self-assessment/<id:assessment_id>/")
    def assessment_detail(self, request, assessment_id):
        from . import page_views as views

        return views.assessment_detail(request, self, assessment_id)

    @path("self-assessment/<id:assessment_id>/pdf/")
    def assessment_pdf(self, request, assessment_id):
        from . import page_views as views

        return views.assessment_pdf(request, self, assessment_id)


class SelfAssessment(models.Model):
    """One self-assessment by a learner against one exact framework version.

    Saved part-way it stays open (``completed_at`` empty) and the learner can return to it;
    once completed, the next visit starts a new one.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_assessments"
    )
    framework = models.ForeignKey(
        CompetencyFramework, on_delete=models.PROTECT, related_name="assessments"
    )
    started_at = models.DateTimeField(help_text=_("When the learner started it."))
    updated_at = models.DateTimeField(help_text=_("When it was last saved."))
    completed_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the learner finished it; empty while open.")
    )

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("self-assessment")
        indexes = [models.Index(fields=["user", "-started_at"])]

    def __str__(self):
        return f"Self-assessment {self.pk}"

    @property
    def is_complete(self):
        return self.completed_at is not None

    @property
    def date(self):
        return (self.completed_at or self.updated_at).date()


class Rating(models.Model):
    """A learner's rating of one competency: a practice level, or '' for "not yet"."""

    assessment = models.ForeignKey(SelfAssessment, on_delete=models.CASCADE, related_name="ratings")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="ratings")
    level = models.CharField(max_length=20, blank=True, choices=PracticeLevel.choices)
    note = models.TextField(blank=True, max_length=NOTE_MAX_LENGTH)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "competency"], name="unique_rating_per_competency"
            )
        ]

    def __str__(self):
        return f"{self.competency.code}: {self.level or 'not yet'}"

    def clean(self):
        if self.level and self.level not in PracticeLevel.values:
            raise ValidationError({"level": _("Unknown practice level.")})

    @property
    def rank(self):
        return PracticeLevel.rank(self.level)


class Evidence(models.Model):
    """Dated evidence that a learner developed a competency, e.g. by completing a module.

    Keyed by the competency's stable identity so it holds across framework versions;
    recording the same source twice changes nothing.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="competency_evidence"
    )
    identity = models.UUIDField(db_index=True)
    competency = models.ForeignKey(
        Competency, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    level = models.CharField(max_length=20, choices=PracticeLevel.choices)
    source_key = models.CharField(max_length=200)
    source_title = models.CharField(max_length=255)
    source_url = models.CharField(max_length=500, blank=True)
    achieved_on = models.DateField()
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-achieved_on"]
        verbose_name_plural = _("evidence")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "identity", "source_key"], name="unique_evidence_per_source"
            )
        ]

    def __str__(self):
        return f"{self.source_title} ({self.achieved_on})"


# Reading a framework version ------------------------------------------------------------


def current_framework():
    """The newest published framework version in the source language, or None (kept in
    ``content_cache`` until the framework changes)."""
    return content_cache.cached("current-framework", _current_framework) or None


def _current_framework():
    found = (
        CompetencyFramework.objects.filter(
            status=FrameworkStatus.PUBLISHED, locale=Locale.get_default()
        )
        .order_by("-version", "-published_on", "-pk")
        .first()
    )
    return found or False  # False: "none", which the cache keeps (it cannot keep None)


def _with_structure(queryset):
    return queryset.prefetch_related(
        "levels",
        Prefetch(
            "domains",
            queryset=Domain.objects.order_by("sort_order").prefetch_related(
                Prefetch("competencies", queryset=Competency.objects.order_by("sort_order"))
            ),
        ),
    )


@dataclass
class Structure:
    """A framework version ready to show: canonical rows, each with ``.display`` text.

    ``framework``, ``levels``, ``domains`` and ``competencies`` are the source-language
    rows that assessments point at; each has a ``display`` attribute holding the row in
    the visitor's language when a translation exists (otherwise the row itself).
    """

    framework: CompetencyFramework
    levels: list = field(default_factory=list)
    domains: list = field(default_factory=list)
    competencies: list = field(default_factory=list)

    @property
    def display(self):
        return self.framework.display

    @property
    def level_slugs(self):
        return [level.slug for level in self.levels]

    def level_name(self, slug):
        for level in self.levels:
            if level.slug == slug:
                return level.display.name
        return ""

    def by_pk(self):
        return {competency.pk: competency for competency in self.competencies}


def _fallback_lang(row, field, source_code, language):
    """``source_code`` when ``row.display`` shows ``field`` untranslated (there is no
    translation, or wagtail-localize fell back to the source text), else ""; for a
    ``lang`` attribute on the text (WCAG 3.1.2)."""
    text = getattr(row.display, field)
    if not text or source_code == language:
        return ""
    if row.display is row or text == getattr(row, field):
        return source_code
    return ""


def load_structure(framework, language=None):
    """The framework's levels, domains and competencies in ``language``: read in 4
    queries (8 with a translation) and kept in ``content_cache`` until the framework
    changes. Each call returns its own copy, free to annotate."""
    language = language or i18n.active_language()
    return content_cache.cached(
        f"framework-structure:{framework.pk}:{language}",
        lambda: _read_structure(framework, language),
    )


def _read_structure(framework, language):
    framework = _with_structure(CompetencyFramework.objects.filter(pk=framework.pk)).get()
    display = framework
    if framework.locale.language_code != language:
        display = (
            _with_structure(
                CompetencyFramework.objects.filter(
                    translation_key=framework.translation_key, locale__language_code=language
                )
            ).first()
            or framework
        )
    framework.display = display
    source_code = framework.locale.language_code
    shown = {}
    if display is not framework:
        for level in display.levels.all():
            shown[level.translation_key] = level
        for domain in display.domains.all():
            shown[domain.translation_key] = domain
            for competency in domain.competencies.all():
                shown[competency.translation_key] = competency
    structure = Structure(framework=framework)
    for level in framework.levels.all():
        level.display = shown.get(level.translation_key, level)
        structure.levels.append(level)
    for domain in framework.domains.all():
        domain.display = shown.get(domain.translation_key, domain)
        domain.items = []
        for competency in domain.competencies.all():
            competency.display = shown.get(competency.translation_key, competency)
            competency.domain_row = domain
            competency.descriptors = [
                (
                    level,
                    competency.display.descriptor(level.slug),
                    _fallback_lang(competency, level.slug, source_code, language),
                )
                for level in structure.levels
            ]
            competency.title_lang = _fallback_lang(competency, "title", source_code, language)
            competency.description_lang = _fallback_lang(
                competency, "description", source_code, language
            )
            domain.items.append(competency)
            structure.competencies.append(competency)
        structure.domains.append(domain)
    return structure
