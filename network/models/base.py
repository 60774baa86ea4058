"""What every section index of the network (case studies, guidance, events ...) shares."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.search.documents import Searchable


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
        return strip_tags(self.introduction or "")
