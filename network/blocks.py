"""StreamField blocks for case studies and guidance, built on portal.core.blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.core.blocks import BaseContentBlock, labelled_item


class KeyFigureBlock(blocks.StructBlock):
    """One figure that stands out, such as "65 %" of goals met."""

    value = blocks.CharBlock(
        max_length=20, help_text=_("The figure itself, e.g. '65%' or '10,405'. Keep it short.")
    )
    label = blocks.CharBlock(
        max_length=200,
        help_text=_("What the figure measures, e.g. 'of the goals people set were met'."),
    )

    class Meta:
        template = "network/blocks/key_figure.html"
        icon = "order"
        label = _("Key figure")
        preview_value = {"value": "65%", "label": "of the goals people set were met"}
        description = _("A figure shown large, with what it measures.")


class RoleQuoteBlock(blocks.StructBlock):
    """A quotation attributed to a role rather than a named person."""

    text = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    role = blocks.CharBlock(
        max_length=100,
        help_text=_("The speaker's role, e.g. 'GP' or 'Programme participant'. Never a real name."),
    )

    class Meta:
        template = "network/blocks/role_quote.html"
        icon = "openquote"
        label = _("Quote")
        preview_value = {
            "text": "There is someone in the building who knows where to go.",
            "role": "GP",
        }
        description = _("A quotation attributed to a role such as 'GP'.")


class ChecklistBlock(blocks.StructBlock):
    """A list of things to have in place, shown as a checklist."""

    title = blocks.CharBlock(max_length=200, help_text=_("What the checklist is for."))
    items = blocks.ListBlock(
        labelled_item(blocks.CharBlock(max_length=400, label=_("Item"))),
        help_text=_("Each thing to check, as a short statement."),
    )

    class Meta:
        template = "network/blocks/checklist.html"
        icon = "tick-inverse"
        label = _("Checklist")
        preview_value = {
            "title": "Before your link worker starts",
            "items": ["A private room is booked.", "Access to the clinical system is arranged."],
        }
        description = _("A titled list of things to have in place.")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text=_("The step, in a few words."))
    text = blocks.TextBlock(required=False, help_text=_("What the step involves."))

    class Meta:
        icon = "arrow-right"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    """Numbered steps to follow in order."""

    title = blocks.CharBlock(max_length=200, help_text=_("What the steps achieve."))
    steps = blocks.ListBlock(StepBlock(), help_text=_("Each step, in order."))

    class Meta:
        template = "network/blocks/steps.html"
        icon = "list-ol"
        label = _("Step by step")
        preview_value = {
            "title": "From first conversation to a settled service",
            "steps": [
                {"title": "Talk to your HSCP", "text": "Find out which model is funded."},
                {"title": "Agree how the role works", "text": "Set out referral routes."},
            ],
        }
        description = _("Numbered steps to follow in order.")


class CaseStudyBodyBlock(BaseContentBlock):
    """The shared content blocks plus key figures and quotes attributed to roles."""

    figure = KeyFigureBlock()
    quote = RoleQuoteBlock()


class GuidanceBodyBlock(BaseContentBlock):
    """The shared content blocks plus checklists and step-by-step instructions."""

    checklist = ChecklistBlock()
    steps = StepsBlock()
