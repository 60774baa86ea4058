"""The shared StreamField block library.

Every block names its template, icon and a preview value, so editors see what they
will get in the block picker. App-specific blocks build on these.
"""

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageBlock as WagtailImageBlock
from wagtail.models import Locale, Page

from .listings import home_panels

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the page outline correct."""

    text = blocks.CharBlock(max_length=200, help_text=_("The heading text."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
        help_text=_("Use level 2 for sections and level 3 inside them."),
    )

    class Meta:
        template = "components/blocks/heading.html"
        icon = "title"
        label = _("Heading")
        preview_value = {"text": "How link working helps", "level": "h2"}
        description = _("A heading that starts a new section of the page.")


class RichTextBlock(blocks.RichTextBlock):
    """Paragraphs, lists and links."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        template = "components/blocks/rich_text.html"
        icon = "pilcrow"
        label = _("Text")
        preview_value = (
            "<p>Community link workers help people with what lies behind their health: "
            "money, housing, loneliness and more.</p>"
        )
        description = _("Paragraphs, lists and links.")


class ImageBlock(WagtailImageBlock):
    """An image with alternative text (or marked as decorative) and an optional caption."""

    def get_preview_value(self):
        """Preview with the newest image in the library, if there is one."""
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-created_at").first()
        if image is None:
            return None
        return self.to_python(
            {"image": image.pk, "alt_text": "An example image", "decorative": False}
        )

    class Meta:
        template = "components/blocks/image.html"
        icon = "image"
        label = _("Image")
        description = _("An image with alternative text for people who cannot see it.")


class QuoteBlock(blocks.StructBlock):
    """A quotation attributed to a person or, more often, a role."""

    text = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Who said it, e.g. a role such as 'GP' or 'Programme participant'."),
    )

    class Meta:
        template = "components/blocks/quote.html"
        icon = "openquote"
        label = _("Quote")
        preview_value = {
            "text": "I finally had someone who listened to what mattered to me.",
            "attribution": "Programme participant",
        }
        description = _("A quotation with who said it.")


class _PageBatch:
    """The pages chosen in the blocks of one stream, put in the visitor's language together.

    ``page.localized`` costs a query a link in any language but the page's own; a batch
    finds the live translations of all its pages in one query (none when every page is
    already in the active language), once per language.
    """

    def __init__(self):
        self.pages = []
        self.localized = {}

    def localize(self, page):
        language = translation.get_language()
        if language not in self.localized:
            self.localized[language] = self._translations()
        return self.localized[language].get(page.pk, page)

    def _translations(self):
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):
            return {}
        others = [page for page in self.pages if page.locale_id != locale.pk]
        if not others:
            return {}
        found = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale=locale, translation_key__in={page.translation_key for page in others}
            )
        }
        return {
            page.pk: found[page.translation_key] for page in others if page.translation_key in found
        }


def localized_page(value):
    """The page chosen in a struct block's ``page``, in the visitor's language (the page
    itself where it has no live translation), batched with its stream's other links."""
    page = value.get("page")
    if page is None:
        return None
    batch = getattr(value, "page_batch", None)
    return batch.localize(page) if batch is not None else page.localized


class LocalizedPageLinks:
    """For struct blocks with a ``page``: gathers the stream's pages into one batch."""

    def bulk_to_python(self, values):
        converted = super().bulk_to_python(values)
        batch = _PageBatch()
        for value in converted:
            if value.get("page") is not None:
                batch.pages.append(value["page"])
            value.page_batch = batch
        return converted


class LinkValue(blocks.StructValue):
    """Resolves a link block to a URL, preferring the page in the current language."""

    def href(self):
        page = localized_page(self)
        if page:
            return page.url
        return self.get("url") or ""

    def link_text(self):
        page = localized_page(self)
        return self.get("text") or (page.title if page else self.get("url"))


class CallToActionBlock(LocalizedPageLinks, blocks.StructBlock):
    """A short prompt with a prominent link to a page or an address."""

    title = blocks.CharBlock(max_length=120, help_text=_("A short, direct heading."))
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences."))
    page = blocks.PageChooserBlock(required=False, help_text=_("Link to a page of the site..."))
    url = blocks.URLBlock(required=False, help_text=_("...or to another website."))
    link_text = blocks.CharBlock(
        max_length=60, help_text=_("Say where the link goes, e.g. 'Read the guidance'.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a web address."))}
            )
        return value

    def get_url(self, value):
        page = localized_page(value)
        return page.url if page else value.get("url")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["href"] = self.get_url(value)
        return context

    class Meta:
        template = "components/blocks/call_to_action.html"
        icon = "pick"
        label = _("Call to action")
        preview_value = {
            "title": "New to link working?",
            "text": "Start with the induction pathway.",
            "url": "https://example.org/",
            "link_text": "Start learning",
        }
        description = _("A heading, a sentence and a prominent link.")


class EmbedBlock(WagtailEmbedBlock):
    """A video or other media from a provider such as YouTube or Vimeo."""

    class Meta:
        template = "components/blocks/embed.html"
        icon = "media"
        label = _("Embedded media")
        preview_value = "https://www.youtube.com/watch?v=mwrGSfiB1Mg"
        description = _("A video or other media from YouTube, Vimeo and similar sites.")


class TableBlock(WagtailTableBlock):
    """A simple data table with an optional header row and caption."""

    class Meta:
        template = "components/blocks/table.html"
        icon = "table"
        label = _("Table")
        preview_value = {
            "first_row_is_table_header": True,
            "data": [["Model", "Where"], ["Generalist", "Dundee"], ["Therapeutic", "Shetland"]],
            "table_caption": "Three models of link working",
        }
        description = _("Rows and columns of figures or short text.")


class DocumentLinkBlock(blocks.StructBlock):
    """A link to a document in the library, shown with its type and size."""

    document = DocumentChooserBlock(help_text=_("The document to link to."))
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Leave blank to use the document's title.")
    )

    def get_preview_value(self):
        """Preview with the newest document in the library, if there is one."""
        from wagtail.documents import get_document_model

        document = get_document_model().objects.order_by("-created_at").first()
        return self.to_python({"document": document.pk if document else None, "title": ""})

    class Meta:
        template = "components/blocks/document_link.html"
        icon = "doc-full"
        label = _("Document")
        description = _("A download from the document library.")


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text=_("The question or section title."))
    body = RichTextBlock(help_text=_("What shows when the section is opened."))

    class Meta:
        icon = "list-ul"
        label = _("Section")


class AccordionBlock(blocks.StructBlock):
    """Sections that open and close (HTML details elements, so no JavaScript is needed)."""

    items = blocks.ListBlock(AccordionItemBlock(), help_text=_("Each section in order."))

    class Meta:
        template = "components/blocks/accordion.html"
        icon = "collapse-down"
        label = _("Accordion")
        preview_value = {
            "items": [
                {"title": "Who can refer?", "body": "<p>Any member of the practice team.</p>"},
                {"title": "Can people refer themselves?", "body": "<p>Yes, in many areas.</p>"},
            ]
        }
        description = _("Questions and answers, or sections, that open and close.")


def labelled_item(block):
    """A field block for the items of a ListBlock, its input named by its label.

    Wagtail draws a heading above each item of a list but no ``<label>`` for a plain
    field inside it, so screen readers announced an unnamed text box; the label goes on
    the input as ``aria-label`` (lazy, so it follows the editor's language).
    """
    block.field.widget.attrs["aria-label"] = block.label
    return block


class LabelledPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser for the items of a ListBlock, named by its label (as
    :func:`labelled_item`; the chooser's field is only built once models are ready)."""

    @cached_property
    def field(self):
        field = super().field
        field.widget.attrs["aria-label"] = self.label
        return field


class BaseContentBlock(blocks.StreamBlock):
    """The blocks every content page offers; apps extend it with their own."""

    heading = HeadingBlock()
    text = RichTextBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock()
    table = TableBlock()
    document = DocumentLinkBlock()
    accordion = AccordionBlock()


class FeaturedLinkBlock(LocalizedPageLinks, blocks.StructBlock):
    """A card on the home page that points to a part of the site."""

    title = blocks.CharBlock(max_length=80, help_text=_("The card's heading."))
    text = blocks.TextBlock(required=False, help_text=_("One sentence on what people find there."))
    page = blocks.PageChooserBlock(help_text=_("The page the card links to."))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = localized_page(value)
        context["href"] = page.url if page else ""
        return context

    class Meta:
        template = "components/blocks/featured_link.html"
        icon = "link"
        label = _("Featured link")
        preview_value = {"title": "Learning", "text": "Modules for new link workers."}
        description = _("A card linking to a section of the site.")


class NavLinkBlock(LocalizedPageLinks, blocks.StructBlock):
    """A link in the header or footer: a page (in the visitor's language) or an address."""

    page = blocks.PageChooserBlock(required=False, help_text=_("A page of the site..."))
    url = blocks.URLBlock(required=False, help_text=_("...or another website."))
    text = blocks.CharBlock(
        required=False, max_length=60, help_text=_("Leave blank to use the page's title.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give a web address."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        template = "components/blocks/nav_link.html"
        preview_value = {"url": "https://www.alliance-scotland.org.uk/", "text": "The ALLIANCE"}
        description = _("A link in the site's header or footer.")


class AudienceLinkValue(blocks.StructValue):
    """A link to a page, optionally with filters (a query string) after its address."""

    def query_string(self):
        return QueryDict(self.get("query") or "").urlencode()


def _clean_query(text):
    """A query string as typed by an editor ("?theme=housing&region=...") in a safe form."""
    return QueryDict((text or "").strip().lstrip("?")).urlencode()


class FilterQueryBlock(blocks.CharBlock):
    """Filters after a page's address: data, the same in every language, so
    wagtail-localize does not offer them for translation."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class AudienceLinkBlock(blocks.StructBlock):
    """One way in: a page of the site, optionally filtered (e.g. case studies about housing)."""

    text = blocks.CharBlock(max_length=80, help_text=_("The link's words, e.g. 'Case studies'."))
    page = blocks.PageChooserBlock(help_text=_("The page the link goes to."))
    query = FilterQueryBlock(
        required=False,
        max_length=200,
        help_text=_(
            "Optional filters for a listing, as in its address after '?', "
            "e.g. theme=housing&region=greater-glasgow-clyde."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        value["query"] = _clean_query(value.get("query"))
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = AudienceLinkValue


class AudiencePathBlock(blocks.StructBlock):
    """The ways in for one kind of reader: new link workers, GP practices, partners ..."""

    title = blocks.CharBlock(max_length=80, help_text=_("Who this is for, e.g. 'GP practices'."))
    text = blocks.TextBlock(required=False, help_text=_("One sentence on what they find here."))
    links = blocks.ListBlock(
        AudienceLinkBlock(), min_num=1, max_num=5, help_text=_("The pages to start from.")
    )

    class Meta:
        icon = "user"
        label = _("Audience")


class WaysInBlock(blocks.StructBlock):
    """Ways in for each audience, side by side."""

    heading = blocks.CharBlock(max_length=120, help_text=_("The heading above the audiences."))
    audiences = blocks.ListBlock(
        AudiencePathBlock(), min_num=1, max_num=4, help_text=_("One box per kind of reader.")
    )

    def get_context(self, value, parent_context=None):
        """Each link in the visitor's language (see ``portal.core.page_views``)."""
        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        pages = parent_context.get("pages_in_locale") or {}
        request = parent_context.get("request")
        audiences = []
        for audience in value["audiences"]:
            links = []
            for link in audience["links"]:
                page = link["page"]
                if page is None:
                    continue
                url = pages.get(page.translation_key, page).get_url(request)
                query = link.query_string()
                links.append({"text": link["text"], "url": f"{url}?{query}" if query else url})
            audiences.append({"title": audience["title"], "text": audience["text"], "links": links})
        context["audiences"] = audiences
        return context

    class Meta:
        template = "components/blocks/ways_in.html"
        icon = "site"
        label = _("Ways in for each audience")
        preview_value = {
            "heading": "Find your way in",
            "audiences": [
                {"title": "New link workers", "text": "Start with the induction.", "links": []},
                {"title": "GP practices", "text": "Guidance and case studies.", "links": []},
            ],
        }
        description = _("Boxes that send each kind of reader to the pages made for them.")


class SectionListingBlock(blocks.StructBlock):
    """A listing filled automatically from a section: news, events, case studies, the framework.

    The section's page describes its own listing (``home_listing``, see
    ``portal.core.listings``), so this block works for any section that offers one.
    """

    heading = blocks.CharBlock(max_length=120, help_text=_("The heading, e.g. 'Latest news'."))
    section = blocks.PageChooserBlock(
        help_text=_(
            "The section to list from: news, events, case studies or the competency framework."
        )
    )
    count = blocks.IntegerBlock(
        default=3, min_value=1, max_value=6, help_text=_("How many items to show (1 to 6).")
    )
    featured = blocks.ListBlock(
        LabelledPageChooserBlock(label=_("Featured page")),
        default=[],
        help_text=_("Optional: pages of the section to show; leave empty to show the latest."),
    )
    link_text = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("The link to the whole section, e.g. 'All events'. Leave blank for none."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        pages = (parent_context or {}).get("pages_in_locale") or {}
        section = value.get("section")
        items = []
        if section is not None:
            section = pages.get(section.translation_key, section).specific_deferred
            listing = getattr(section, "home_listing", None)
            if listing is not None:
                featured = [page.pk for page in value.get("featured") or [] if page is not None]
                items = listing(value.get("count") or 3, featured=featured)
        context.update(section=section, items=items)
        return context

    class Meta:
        template = "components/blocks/section_listing.html"
        icon = "list-ul"
        label = _("Listing from a section")
        preview_value = {"heading": "Latest news", "count": 3}
        description = _(
            "The latest news, the next events, featured case studies or the competency "
            "framework, kept up to date automatically."
        )


class PersonalPanelsBlock(blocks.StructBlock):
    """What a signed-in person picks up from: their learning, certificates, self-assessment,
    membership and the next event. Signed-out visitors see the sign-in prompt only."""

    heading = blocks.CharBlock(
        max_length=120, help_text=_("The heading people see when signed in, e.g. 'Your space'.")
    )
    signed_out_text = blocks.TextBlock(
        required=False,
        help_text=_("Shown to people who are not signed in, beside the sign-in link."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        context["panels"] = home_panels(request) if request is not None else []
        return context

    class Meta:
        template = "components/blocks/personal_panels.html"
        icon = "user"
        label = _("For signed-in people")
        preview_value = {"heading": "Your space", "signed_out_text": "Sign in to carry on."}
        description = _(
            "Continue learning, certificates, self-assessment, membership and the next event, "
            "for the person signed in."
        )


class HomeContentBlock(BaseContentBlock):
    """The home page's blocks: the content blocks, plus ways in, listings and personal panels."""

    ways_in = WaysInBlock()
    listing = SectionListingBlock()
    personal = PersonalPanelsBlock()
