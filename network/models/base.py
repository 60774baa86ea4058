"""What the network's pages share: section indexes, listing querysets, taxonomy choices."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from portal.core.i18n import default_language_terms
from portal.core.listings import ListingItem
from portal.core.searchable import Searchable, summary_text

__all__ = ["ListedPageManager", "ListedPageQuerySet", "SectionIndexPage", "default_language_terms"]


class ListedPageQuerySet(PageQuerySet):
    """Pages that a section index lists."""

    def listed_under(self, index):
        """Live, public pages of this type under ``index``.

        On a translated index, pages not yet translated are listed in the source
        language, so a Gaelic visitor still sees every case study.
        """
        local = self.live().public().child_of(index)
        default = Locale.get_default()
        if index.locale_id == default.pk:
            return local
        source_index = index.get_translation_or_none(default)
        if source_index is None:
            return local
        fallback = (
            self.live()
            .public()
            .child_of(source_index)
            .exclude(translation_key__in=local.values("translation_key"))
        )
        return self.filter(Q(pk__in=local.values("pk")) | Q(pk__in=fallback.values("pk")))


ListedPageManager = PageManager.from_queryset(ListedPageQuerySet)


class SectionIndexPage(Searchable, Page):
    """A section's front page, one per home page: an introduction above its listing."""

    introduction = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short introduction above the listing."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    search_content_type = "page"
    search_content_type_label = _("Page")

    class Meta:
        abstract = True

    def get_search_summary(self):
        return summary_text(self.introduction or "")

    def home_pages(self):
        """The pages a home-page listing of this section draws from, in order (override)."""
        return Page.objects.none()

    def home_item(self, page):
        """A page of this section as a home-page listing entry (override for dates)."""
        return ListingItem(title=page.title, url=page.url, summary=getattr(page, "summary", ""))

    def home_items(self, pages):
        """:meth:`home_item` of each page, marked English where it is not translated yet."""
        items = []
        for page in pages:
            item = self.home_item(page)
            if page.locale_id != self.locale_id:
                item.lang = settings.LANGUAGE_CODE
            items.append(item)
        return items

    def home_listing(self, limit, featured=()):
        """Entries for a home-page listing (see ``portal.core.listings``): the pages editors
        featured that are still live and public (in the visitor's language where
        translated), else the first ``limit`` of :meth:`home_pages`. One query, and the
        same for every visitor, so a signed-out home page can be cached."""
        pages = self.home_pages()
        chosen = []
        if featured:
            keys = Page.objects.filter(pk__in=list(featured)).values("translation_key")
            chosen = list(pages.filter(translation_key__in=keys)[:limit])
        return self.home_items(chosen or pages[:limit])
