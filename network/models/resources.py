"""The resource library: Wagtail documents described by themes and audiences."""

from django.conf import settings
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from portal.core import i18n, privacy

from ..facets import Facet, facet_listing, m2m_facet
from .base import SectionIndexPage, default_language_terms


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
        """The documents this visitor may see, filtered by theme, audience and file type."""
        context = super().get_context(request, *args, **kwargs)
        names = i18n.taxonomy(request)
        hidden = privacy.hidden_collection_ids(request)
        visible = ResourceDocument.objects.filter(in_library=True).exclude(collection_id__in=hidden)
        owner = "resourcedocument_id"
        facets = [
            m2m_facet(
                "theme",
                _("Theme"),
                names["themes"],
                ResourceDocument.themes.through,
                owner,
                "theme",
            ),
            m2m_facet(
                "audience",
                _("Audience"),
                names["audiences"],
                ResourceDocument.audiences.through,
                owner,
                "audience",
            ),
            _file_type_facet(),
        ]
        listing = facet_listing(
            request, visible, facets, order_by=["-year", Lower("title")], per_page=self.per_page
        )
        prefetch_related_objects(listing["items"], "themes", "audiences")
        context.update(
            listing,
            documents=listing["items"],
            names=names,
            has_hidden=bool(hidden) and not request.user.is_authenticated,
        )
        return context

    class Meta:
        verbose_name = _("resource library")


def file_type(name):
    """The extension of a file name, in lower case ("" if none)."""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _file_type_facet():
    """The library's file-type filter: by the file name's extension."""
    extensions = {ext: ext.upper() for ext in settings.WAGTAILDOCS_EXTENSIONS}

    def apply(queryset, values):
        condition = Q()
        for ext in values:
            condition |= Q(file__iendswith=f".{ext}")
        return queryset.filter(condition)

    def count(queryset):
        counts = {}
        for name in queryset.values_list("file", flat=True):
            ext = file_type(name)
            counts[ext] = counts.get(ext, 0) + 1
        return counts

    return Facet("type", _("File type"), extensions, apply, count)
