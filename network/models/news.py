"""News from the network, with RSS and Atom feeds."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core import structured_data
from portal.core.blocks import BaseContentBlock
from portal.core.listings import ListingItem
from portal.core.searchable import Searchable

from .base import ListedPageManager, SectionIndexPage


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """/news/: the newest items first; feeds at /news/feed/ (RSS) and /news/feed/atom/."""

    subpage_types = ["network.NewsPage"]

    per_page = 10

    def news_items(self):
        """Live, public news under this index (untranslated items in English), newest first."""
        return NewsPage.objects.listed_under(self).order_by("-date", "-pk")

    def home_pages(self):
        return self.news_items()

    def home_item(self, page):
        return ListingItem(title=page.title, url=page.url, summary=page.summary, date=page.date)

    @path("")
    def index_route(self, request):
        from django.template.response import TemplateResponse

        context = self.get_context(request)
        paginator = Paginator(self.news_items(), self.per_page)
        context["items"] = paginator.get_page(request.GET.get("page"))
        return TemplateResponse(request, self.get_template(request), context)

    @path("feed/", name="rss")
    def rss_route(self, request):
        from ..feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_route(self, request):
        from ..feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    class Meta:
        verbose_name = _("news index")


class NewsPage(Searchable, Page):
    """A news item."""

    objects = ListedPageManager()

    date = models.DateField(help_text=_("The date the news is published under."))
    summary = models.TextField(
        max_length=500, help_text=_("Two or three sentences for listings, feeds and search.")
    )
    body = StreamField(BaseContentBlock(), help_text=_("The news item."))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["network.NewsIndexPage"]
    subpage_types = []

    search_content_type = "news"
    search_content_type_label = _("News")

    def get_search_date(self):
        return self.date

    def get_structured_data(self, request):
        return structured_data.article(self, request, date=self.date, kind="NewsArticle")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
