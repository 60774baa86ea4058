"""The shared StreamField block library.

Every block names its template, icon and a preview value, so editors see what they
will get in the block picker. App-specific blocks build on these.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock as WagtailEmbedBlock
from wagtail.images.blocks import ImageBlock as WagtailImageBlock

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


class LinkValue(blocks.StructValue):
    """Resolves a link block to a URL, preferring the page in the current language."""

    def href(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("url") or ""

    def link_text(self):
        page = self.get("page")
        return self.get("text") or (page.localized.title if page else self.get("url"))


class CallToActionBlock(blocks.StructBlock):
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
        page = value.get("page")
        return page.localized.url if page else value.get("url")

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


class FeaturedLinkBlock(blocks.StructBlock):
    """A card on the home page that points to a part of the site."""

    title = blocks.CharBlock(max_length=80, help_text=_("The card's heading."))
    text = blocks.TextBlock(required=False, help_text=_("One sentence on what people find there."))
    page = blocks.PageChooserBlock(help_text=_("The page the card links to."))

    class Meta:
        template = "components/blocks/featured_link.html"
        icon = "link"
        label = _("Featured link")
        preview_value = {"title": "Learning", "text": "Modules for new link workers."}
        description = _("A card linking to a section of the site.")


class NavLinkBlock(blocks.StructBlock):
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
