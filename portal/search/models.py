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
    # The stems of the ranked fields (portal.search.ranking.stored_stems), written with
    # the document, so that matches are ranked in SQL without reading their text.
    title_stems = models.TextField(blank=True, editable=False)
    summary_stems = models.TextField(blank=True, editable=False)
    taxonomy_stems = models.TextField(blank=True, editable=False)
    # The document's DocumentFacet rows as one string, " theme:housing region:fife ",
    # read with the matches so facet counts need no second query.
    facet_keys = models.TextField(blank=True, editable=False)
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

    # The store updates Wagtail's index itself, in the transaction that writes the row
    # (portal.search.stores.DatabaseStore): left to Wagtail's signal, production would
    # queue it as a task of its own, and a search in between would match the old text.
    search_auto_update = False

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


def facet_key(kind, value):
    """How one taxonomy value is written in ``IndexedDocument.facet_keys``."""
    return f"{kind}:{value}"


def facet_keys(pairs):
    """``IndexedDocument.facet_keys`` for ``(kind, value)`` pairs."""
    keys = sorted(facet_key(kind, value) for kind, value in pairs)
    return f" {' '.join(keys)} " if keys else ""


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
