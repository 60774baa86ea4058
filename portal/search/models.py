"""The database store: one row per indexed page, searched through Wagtail's database backend.

``IndexedDocument`` holds the fields of :class:`portal.search.documents.SearchDocument`.
It is ``index.Indexed``, so Wagtail's database search backend keeps its full-text
index (SQLite FTS5 locally, PostgreSQL full text in production) whenever a row is
saved or deleted. Taxonomy values live in ``DocumentFacet`` rows so that filters and
facet counts are plain database queries on every database.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    LOGIN = "login", _("Signed-in people")
    GROUPS = "groups", _("Members of certain groups")


class IndexedDocument(index.Indexed, models.Model):
    """One live page as site search sees it. Written by ``portal.search.service`` only."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page this document describes."),
    )
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    taxonomy = models.TextField(
        blank=True,
        help_text=_("Names of the page's themes, regions and audiences, and their search terms."),
    )
    body = models.TextField(blank=True)
    url = models.CharField(max_length=1000)
    locale = models.CharField(max_length=20, db_index=True)
    content_type = models.CharField(max_length=50, db_index=True)
    content_type_label = models.CharField(max_length=100)
    practice_level = models.CharField(max_length=30, blank=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC, db_index=True
    )
    groups = models.ManyToManyField(Group, blank=True, related_name="+")
    live_revision_id = models.PositiveBigIntegerField(
        null=True, blank=True, help_text=_("The page revision this document was built from.")
    )
    indexed_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("taxonomy", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        permissions = [("rebuild_search_index", "Can see and rebuild the site search index")]

    def __str__(self):
        return self.title


class DocumentFacet(models.Model):
    """One taxonomy value (theme, region or audience slug) of an indexed document."""

    class Kind(models.TextChoices):
        THEME = "theme", _("Theme")
        REGION = "region", _("Region")
        AUDIENCE = "audience", _("Audience")

    document = models.ForeignKey(IndexedDocument, on_delete=models.CASCADE, related_name="facets")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "kind", "value"], name="unique_document_facet"
            )
        ]
        indexes = [models.Index(fields=["kind", "value"], name="search_facet_kind_value")]

    def __str__(self):
        return f"{self.kind}:{self.value}"
