"""The resource library: Wagtail documents described by themes and audiences."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from .base import SectionIndexPage
from .case_studies import default_language_terms


class ResourceDocument(AbstractDocument):
    """A document in the library (the site's document model, WAGTAILDOCS_DOCUMENT_MODEL).

    Documents in a collection with a privacy setting are served only to the people it
    allows; the library lists them only to those people.
    """

    summary = models.TextField(
        blank=True, max_length=800, help_text=_("What the document is and who it helps.")
    )
    publisher = models.CharField(
        blank=True, max_length=200, help_text=_("Who published it, e.g. 'Scottish Government'.")
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("The year it was published.")
    )
    themes = models.ManyToManyField(
        "core.Theme",
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
        help_text=_("What it is about; the library can be filtered by these."),
    )
    audiences = models.ManyToManyField(
        "core.Audience",
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
        help_text=_("Who it is for; the library can be filtered by these."),
    )
    in_library = models.BooleanField(
        default=True, help_text=_("Untick to keep the document out of the resource library list.")
    )

    admin_form_fields = Document.admin_form_fields + (
        "summary",
        "publisher",
        "year",
        "themes",
        "audiences",
        "in_library",
    )
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("summary"),
        index.SearchField("publisher"),
    ]

    def save(self, *args, **kwargs):
        """Record the file's size and hash when a document is made outside the admin form.

        The library lists every document with its size, so it must never be unknown.
        """
        if self.file and self.file_size is None:
            self._set_document_file_metadata()
        super().save(*args, **kwargs)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]


class ResourceIndexPage(SectionIndexPage):
    """/resources/: the library, filterable by theme, audience and file type."""

    subpage_types = []

    per_page = 20

    def get_context(self, request, *args, **kwargs):
        from ..selectors import resource_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_listing(self, request))
        return context

    class Meta:
        verbose_name = _("resource library")
