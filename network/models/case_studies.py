"""Case studies: programme profiles, participant stories, partnerships and practice development."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q, prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from portal.core import i18n, structured_data
from portal.core.listings import ListingItem
from portal.core.models import Organisation
from portal.core.searchable import Searchable, plain_text

from ..blocks import CaseStudyBodyBlock
from ..facets import choice_facet, facet_listing, m2m_facet
from .base import ListedPageQuerySet, SectionIndexPage, default_language_terms

STORY_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class CaseStudyKind(models.TextChoices):
    PROGRAMME = "programme", _("Programme profile")
    PARTICIPANT_STORY = "participant-story", _("Participant story")
    PARTNERSHIP = "partnership", _("Partnership")
    PRACTICE_DEVELOPMENT = "practice-development", _("Practice development")


class ClwModel(models.TextChoices):
    GENERALIST = "generalist", _("Generalist")
    THERAPEUTIC = "therapeutic", _("Therapeutic")
    SPECIALIST = "specialist", _("Specialist")


class CaseStudySetting(models.TextChoices):
    GP_PRACTICE = "gp-practice", _("GP practice")
    FOOD_BANK = "food-bank", _("Food bank")
    SCHOOL = "school", _("School")
    COMMUNITY_VENUE = "community-venue", _("Community venue")
    HOME = "home", _("At home")
    ONLINE = "online", _("Online")


#: The through tables' column for the case study.
OWNER = "casestudypage_id"


class CaseStudyQuerySet(ListedPageQuerySet):
    def related_to(self, page, theme_slugs, limit=3):
        """Other live, public case studies in the page's language sharing the most themes
        with it, newest first among equals."""
        if not theme_slugs:
            return self.none()
        return (
            self.live()
            .public()
            .filter(locale_id=page.locale_id)
            .exclude(translation_key=page.translation_key)
            .annotate(shared=Count("themes", filter=Q(themes__slug__in=theme_slugs), distinct=True))
            .filter(shared__gt=0)
            .order_by("-shared", "-date", "title")[:limit]
        )


class CaseStudyIndexPage(RoutablePageMixin, SectionIndexPage):
    """/case-studies/: every case study, filterable; organisations' own pages live under it."""

    subpage_types = ["network.CaseStudyPage"]

    per_page = 10

    def home_pages(self):
        """The latest case studies (editors can feature others on the home page)."""
        return CaseStudyPage.objects.listed_under(self).order_by("-date", "title")

    def home_item(self, page):
        return ListingItem(title=page.title, url=page.url, summary=page.summary, date=page.date)

    @path("")
    def index_route(self, request):
        """Every case study, filtered by theme, region, CLW model, setting and kind."""
        names = i18n.taxonomy(request)
        through = {field: getattr(CaseStudyPage, field).through for field in ("themes", "regions")}
        facets = [
            m2m_facet("theme", _("Theme"), names["themes"], through["themes"], OWNER, "theme"),
            m2m_facet("region", _("Region"), names["regions"], through["regions"], OWNER, "region"),
            choice_facet("model", _("CLW model"), dict(ClwModel.choices), "clw_model"),
            choice_facet("setting", _("Setting"), dict(CaseStudySetting.choices), "setting"),
            choice_facet("kind", _("Kind of case study"), dict(CaseStudyKind.choices), "kind"),
        ]
        listing = facet_listing(
            request,
            CaseStudyPage.objects.listed_under(self),
            facets,
            order_by=["-date", "title"],
            per_page=self.per_page,
        )
        prefetch_related_objects(listing["items"], "themes", "regions")
        context = self.get_context(request)
        context.update(listing, case_studies=listing["items"], names=names)
        return TemplateResponse(request, self.get_template(request), context)

    @path("organisations/<slug:slug>/", name="organisation")
    def organisation_route(self, request, slug):
        organisation = get_object_or_404(Organisation.objects.select_related("region"), slug=slug)
        case_studies = list(
            CaseStudyPage.objects.listed_under(self)
            .filter(organisations=organisation)
            .order_by("-date", "title")
        )
        context = self.get_context(request)
        context.update(
            {
                "organisation": organisation,
                "case_studies": case_studies,
                "names": i18n.taxonomy(request),
            }
        )
        return TemplateResponse(request, "network/organisation_page.html", context)

    class Meta:
        verbose_name = _("case study index")


class CaseStudyPageForm(WagtailAdminPageForm):
    """Blocks publishing (and submitting for moderation) an unconfirmed participant story.

    Saving a draft stays possible: editors often start a story before consent is on file.
    """

    def clean(self):
        cleaned = super().clean()
        publishing = not getattr(self, "is_deferred_validation", False)
        if publishing and cleaned.get("kind") == CaseStudyKind.PARTICIPANT_STORY:
            for field, message in unconfirmed_story_errors(cleaned).items():
                self.add_error(field, message)
        return cleaned


def unconfirmed_story_errors(values):
    """The field errors that stop a participant story from being published."""
    errors = {}
    if not values.get("anonymisation_confirmed"):
        errors["anonymisation_confirmed"] = _(
            "A participant story cannot be published until an editor confirms it is anonymised."
        )
    if not values.get("consent_recorded"):
        errors["consent_recorded"] = _(
            "A participant story cannot be published until an editor confirms consent is recorded."
        )
    return errors


class CaseStudyPage(Searchable, Page):
    """One case study: what link working looked like somewhere, and what came of it."""

    kind = models.CharField(
        max_length=30,
        choices=CaseStudyKind.choices,
        default=CaseStudyKind.PROGRAMME,
        help_text=_("What sort of case study this is. Participant stories need extra checks."),
    )
    clw_model = models.CharField(
        _("CLW model"),
        max_length=20,
        choices=ClwModel.choices,
        default=ClwModel.GENERALIST,
        help_text=_("The model of link working described."),
    )
    setting = models.CharField(
        max_length=30,
        choices=CaseStudySetting.choices,
        default=CaseStudySetting.GP_PRACTICE,
        help_text=_("Where the link working mainly happens."),
    )
    date = models.DateField(
        help_text=_("The date shown on the case study (usually when it was written up).")
    )
    summary = models.TextField(
        max_length=500, help_text=_("Two or three sentences for listings and search results.")
    )
    themes = ParentalManyToManyField(
        "core.Theme",
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
        help_text=_("What the case study is about. Related case studies share themes."),
    )
    regions = ParentalManyToManyField(
        "core.Region",
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
        help_text=_("The NHS board areas where it took place."),
    )
    organisations = ParentalManyToManyField(
        "core.Organisation",
        blank=True,
        related_name="case_studies",
        help_text=_("Organisations involved; each links to a page listing its case studies."),
    )
    referral_reason = RichTextField(
        _("why the person was referred"),
        blank=True,
        features=STORY_FEATURES,
        help_text=_("Participant stories: why the person was referred and what they faced."),
    )
    support_given = RichTextField(
        _("what was done"),
        blank=True,
        features=STORY_FEATURES,
        help_text=_("Participant stories: what the link worker and others did together."),
    )
    what_changed = RichTextField(
        _("what changed"),
        blank=True,
        features=STORY_FEATURES,
        help_text=_("Participant stories: what is different for the person now."),
    )
    anonymisation_confirmed = models.BooleanField(
        _("anonymisation confirmed"),
        default=False,
        help_text=_(
            "Participant stories: I have checked that nobody can be identified "
            "(names, places, dates and details changed or combined)."
        ),
    )
    consent_recorded = models.BooleanField(
        _("consent recorded"),
        default=False,
        help_text=_("Participant stories: written consent to publish is recorded and on file."),
    )
    body = StreamField(
        CaseStudyBodyBlock(),
        blank=True,
        help_text=_("The case study: text, key figures and quotes attributed to roles."),
    )

    objects = PageManager.from_queryset(CaseStudyQuerySet)()

    base_form_class = CaseStudyPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("clw_model"), FieldPanel("setting")]),
                FieldPanel("date"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisations"),
            ],
            heading=_("Describe the case study"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    _(
                        "Only for participant stories. Tell the story in three parts. "
                        "It cannot be published until both boxes below are ticked."
                    )
                ),
                FieldPanel("referral_reason"),
                FieldPanel("support_given"),
                FieldPanel("what_changed"),
                FieldPanel("anonymisation_confirmed"),
                FieldPanel("consent_recorded"),
            ],
            heading=_("Participant story"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("referral_reason"),
        index.SearchField("support_given"),
        index.SearchField("what_changed"),
        index.FilterField("kind"),
        index.FilterField("clw_model"),
        index.FilterField("setting"),
    ]

    parent_page_types = ["network.CaseStudyIndexPage"]
    subpage_types = []

    search_content_type = "case_study"
    search_content_type_label = _("Case study")

    @property
    def is_participant_story(self):
        return self.kind == CaseStudyKind.PARTICIPANT_STORY

    def clean(self):
        """A live participant story must always carry both confirmations.

        Runs when a revision is published (Page.save validates live pages) and when a live
        story's draft is saved; the admin form adds the same check when publishing a draft.
        """
        super().clean()
        if self.live and self.pk and self.is_participant_story:
            errors = unconfirmed_story_errors(
                {
                    "anonymisation_confirmed": self.anonymisation_confirmed,
                    "consent_recorded": self.consent_recorded,
                }
            )
            if errors:
                raise ValidationError(errors)

    def get_search_body(self):
        parts = [super().get_search_body()]
        parts += [plain_text(getattr(self, f)) for f in ("referral_reason", "support_given")]
        parts.append(plain_text(self.what_changed))
        return " ".join(p for p in parts if p)

    def get_search_facets(self):
        return {
            "themes": [t.slug for t in self.themes.all()],
            "regions": [r.slug for r in self.regions.all()],
            "audiences": [],
            "practice_level": "",
        }

    def get_search_date(self):
        return self.date

    def get_structured_data(self, request):
        return structured_data.article(self, request, date=self.date)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["names"] = i18n.taxonomy(request)
        context["theme_slugs"] = [t.slug for t in self.themes.all()]
        context["region_slugs"] = [r.slug for r in self.regions.all()]
        index_page = self.get_parent().specific
        context["index_page"] = index_page
        index_url = index_page.get_url(request) or ""
        context["organisation_list"] = [
            (org, index_url + index_page.reverse_subpage("organisation", kwargs={"slug": org.slug}))
            for org in self.organisations.all()
        ]
        context["related"] = list(CaseStudyPage.objects.related_to(self, context["theme_slugs"]))
        return context

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
