"""Core page types, the shared taxonomy and the site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from portal.core.routing import RoutesInOneQuery
from portal.core.searchable import Searchable

from .blocks import BaseContentBlock, FeaturedLinkBlock, HomeContentBlock, NavLinkBlock


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term (name, slug, description) used to describe and filter content."""

    name = models.CharField(max_length=120, help_text=_("The name people see."))
    slug = models.SlugField(
        max_length=120,
        allow_unicode=True,
        help_text=_("The name in web addresses and filters; keep it the same in every language."),
    )
    description = models.TextField(blank=True, help_text=_("Optional: what the term covers."))
    search_terms = models.TextField(
        blank=True,
        help_text=_(
            "Other words people search for, separated by commas: place names in a region "
            "(Glasgow, Paisley), everyday words for a theme (benefits, debt). Site search "
            "finds everything tagged with this term by any of them."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("search_terms"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def search_words(self) -> list[str]:
        """The name and every search term, as site search indexes them."""
        extra = [word.strip() for word in self.search_terms.replace("\n", ",").split(",")]
        return [self.name, *(word for word in extra if word)]


class Theme(TaxonomyTerm):
    """What a piece of content is about: housing, money and welfare rights, trauma ..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_per_locale")
        ]


class Region(TaxonomyTerm):
    """Where in Scotland: one of the 14 NHS boards."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_per_locale")
        ]


class Audience(TaxonomyTerm):
    """Who a piece of content is for: GP practice teams, CLWs, programme managers ..."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_audience_slug_per_locale"
            )
        ]


class Organisation(index.Indexed, models.Model):
    """An organisation that employs CLWs or works with them (not translated: names are names)."""

    class Kind(models.TextChoices):
        THIRD_SECTOR = "third-sector", _("Third-sector organisation")
        HSCP = "hscp", _("Health and social care partnership")
        NHS_BOARD = "nhs-board", _("NHS board")
        GP_PRACTICE = "gp-practice", _("GP practice")
        GOVERNMENT = "government", _("Government or national body")
        OTHER = "other", _("Other")

    name = models.CharField(max_length=200, unique=True, help_text=_("The organisation's name."))
    slug = models.SlugField(max_length=200, unique=True, help_text=_("Used in web addresses."))
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.THIRD_SECTOR,
        help_text=_("What sort of organisation it is."),
    )
    region = models.ForeignKey(
        Region,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where it mainly works; leave blank for national organisations."),
    )
    website = models.URLField(blank=True, help_text=_("Its website, if it has one."))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("region"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class HomePage(RoutesInOneQuery, Searchable, Page):
    """The front page of a language's site: a hero, an introduction, featured links and
    the blocks editors arrange (ways in for each audience, listings, personal panels)."""

    hero_heading = models.CharField(
        max_length=150, help_text=_("The main heading at the top of the home page.")
    )
    hero_text = models.TextField(blank=True, help_text=_("One or two sentences under the heading."))
    introduction = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("A short welcome that explains what the network and this site are."),
    )
    featured_links = StreamField(
        [("link", FeaturedLinkBlock())],
        blank=True,
        help_text=_("Cards that point people to the main parts of the site."),
    )
    body = StreamField(
        HomeContentBlock(),
        blank=True,
        help_text=_(
            "The home page's sections, in order: ways in for each audience, listings filled "
            "automatically, what signed-in people pick up from, and any other content."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("introduction"),
        FieldPanel("featured_links"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    search_content_type = "page"
    search_content_type_label = _("Page")

    def get_search_summary(self):
        return self.hero_text

    def serve(self, request, *args, **kwargs):
        from . import page_views  # the hand-off: page_views imports these models

        return page_views.serve_home(self, request)

    def serve_preview(self, request, mode_name):
        return self.serve(request)

    class Meta:
        verbose_name = _("home page")


class StandardPage(Searchable, Page):
    """A general page: about the network, the accessibility statement, the privacy notice ..."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings and search results."),
    )
    body = StreamField(BaseContentBlock(), help_text=_("The page's content."))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    search_content_type = "page"
    search_content_type_label = _("Page")

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The links in the site header, editable in Settings → Navigation."""

    header_links = StreamField(
        [("link", NavLinkBlock())],
        blank=True,
        help_text=_("Main navigation, in order. Page links follow the visitor's language."),
    )

    panels = [FieldPanel("header_links")]

    class Meta:
        verbose_name = _("navigation")


@register_setting(icon="doc-empty")
class FooterSettings(BaseSiteSetting):
    """The footer's links and short text, editable in Settings → Footer."""

    footer_links = StreamField(
        [("link", NavLinkBlock())],
        blank=True,
        help_text=_("Links in the footer, e.g. accessibility statement and privacy notice."),
    )

    panels = [FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("footer")


class FooterText(TranslatableMixin, models.Model):
    """The line about the network under the footer links, one per language.

    A translatable snippet (Snippets → Footer text), so wagtail-localize translates it
    like a page; site settings have no language. The footer shows the reader's language's
    text, else the source language's, marked ``lang``.
    """

    text = models.TextField(help_text=_("A line about the network shown in the footer."))

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return self.text[:60]
