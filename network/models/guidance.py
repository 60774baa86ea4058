"""Practice-development guidance, with review dates that staff keep current."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core import i18n, structured_data
from portal.core.blocks import DocumentLinkBlock
from portal.core.searchable import Searchable

from ..admin_forms import GuidancePageForm
from ..blocks import GuidanceBodyBlock
from .base import ListedPageManager, SectionIndexPage, default_language_terms


class GuidanceIndexPage(SectionIndexPage):
    """/guidance/: the guidance pages, grouped by who they are for."""

    subpage_types = ["network.GuidancePage"]

    def get_context(self, request, *args, **kwargs):
        """The guidance pages grouped by audience, in audience-name order."""
        context = super().get_context(request, *args, **kwargs)
        names = i18n.taxonomy(request)["audiences"]
        pages = list(
            GuidancePage.objects.listed_under(self).prefetch_related("audiences").order_by("title")
        )
        groups = []
        for slug, name in names.items():
            members = [p for p in pages if any(a.slug == slug for a in p.audiences.all())]
            if members:
                groups.append({"slug": slug, "name": name, "pages": members})
        context["groups"] = groups
        return context

    def home_pages(self):
        """The most recently reviewed guidance first."""
        return GuidancePage.objects.listed_under(self).order_by("-last_reviewed", "title")

    class Meta:
        verbose_name = _("guidance index")


class GuidancePage(Searchable, Page):
    """A practice-development guide with a checklist, steps and downloads."""

    objects = ListedPageManager()

    audiences = ParentalManyToManyField(
        "core.Audience",
        related_name="+",
        limit_choices_to=default_language_terms,
        help_text=_("Who the guidance is for; the guidance list is grouped by these."),
    )
    topic = models.CharField(
        max_length=100, help_text=_("A short topic, e.g. 'Getting started' or 'Referrals'.")
    )
    summary = models.TextField(
        max_length=500, help_text=_("Two or three sentences for listings and search results.")
    )
    body = StreamField(
        GuidanceBodyBlock(),
        help_text=_("The guidance: text, checklists and step-by-step instructions."),
    )
    downloads = StreamField(
        [("document", DocumentLinkBlock())],
        blank=True,
        help_text=_("Documents from the resource library that go with this guidance."),
    )
    last_reviewed = models.DateField(
        help_text=_("When the content was last checked and confirmed as current.")
    )
    next_review_due = models.DateField(
        help_text=_("When it must next be reviewed; it appears in the overdue report after this.")
    )

    base_form_class = GuidancePageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topic"),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
            ],
            heading=_("Describe the guidance"),
        ),
        FieldPanel("body"),
        FieldPanel("downloads"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("topic"),
        index.SearchField("body"),
        index.FilterField("next_review_due"),
    ]

    parent_page_types = ["network.GuidanceIndexPage"]
    subpage_types = []

    search_content_type = "guidance"
    search_content_type_label = _("Guidance")

    def clean(self):
        super().clean()
        if self.last_reviewed and self.next_review_due:
            if self.next_review_due <= self.last_reviewed:
                raise ValidationError(
                    {"next_review_due": _("The next review must come after the last review.")}
                )

    @property
    def is_overdue(self):
        return bool(self.next_review_due) and self.next_review_due < timezone.localdate()

    def get_search_facets(self):
        return {
            "themes": [],
            "regions": [],
            "audiences": [a.slug for a in self.audiences.all()],
            "practice_level": "",
        }

    def get_search_date(self) -> datetime.date | None:
        return self.last_reviewed

    def get_structured_data(self, request):
        return structured_data.article(self, request, modified=self.last_reviewed)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["names"] = i18n.taxonomy(request)
        context["audience_slugs"] = [a.slug for a in self.audiences.all()]
        return context

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")
