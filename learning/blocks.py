"""The blocks a lesson is written in.

Text, video, callouts, downloads, reflection prompts and knowledge-check questions.
Question blocks hold which options are correct and the feedback on each; their template
renders only the question and the options, never which are correct, so nothing in the
page gives the answers away before the learner submits.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from portal.core.blocks import EmbedBlock, RichTextBlock

CALLOUT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class VideoBlock(blocks.StructBlock):
    """A video from YouTube, Vimeo and similar sites, with an optional transcript."""

    video = EmbedBlock(help_text=_("The address of the video, e.g. a YouTube link."))
    caption = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Optional: a line under the video.")
    )
    transcript = blocks.RichTextBlock(
        required=False,
        features=CALLOUT_FEATURES,
        help_text=_("A transcript, for people who cannot watch or hear the video."),
    )

    class Meta:
        template = "learning/blocks/video.html"
        icon = "media"
        label = _("Video")
        preview_value = {
            "video": "https://www.youtube.com/watch?v=mwrGSfiB1Mg",
            "caption": "Link workers describe a typical week.",
            "transcript": "<p>A link worker talks about their week.</p>",
        }
        description = _("A video with a caption and a transcript.")


class CalloutBlock(blocks.StructBlock):
    """A highlighted box: a fact to know, a practical tip or a warning."""

    kind = blocks.ChoiceBlock(
        choices=[("info", _("Good to know")), ("tip", _("Tip")), ("warning", _("Take care"))],
        default="info",
        help_text=_("How the box looks and what it is called."),
    )
    title = blocks.CharBlock(max_length=120, help_text=_("A short heading for the box."))
    text = blocks.RichTextBlock(features=CALLOUT_FEATURES, help_text=_("What the box says."))

    class Meta:
        template = "learning/blocks/callout.html"
        icon = "warning"
        label = _("Callout")
        preview_value = {
            "kind": "tip",
            "title": "Ask what matters",
            "text": "<p>Start with what matters most to the person, not the referral form.</p>",
        }
        description = _("A highlighted box with a tip, a fact or a warning.")


class ResourceBlock(blocks.StructBlock):
    """A document learners can download, with a line on what it is for."""

    document = DocumentChooserBlock(help_text=_("The document to download."))
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Leave blank to use the document's title.")
    )
    description = blocks.TextBlock(
        required=False, help_text=_("Optional: one sentence on what the resource is for.")
    )

    class Meta:
        template = "learning/blocks/resource.html"
        icon = "download"
        label = _("Downloadable resource")
        description = _("A document learners can download and keep.")


class ReflectionPromptBlock(blocks.StructBlock):
    """A question for the learner to think about; their notes are private to them."""

    prompt = blocks.TextBlock(help_text=_("The question learners reflect on."))

    class Meta:
        template = "learning/blocks/reflection.html"
        icon = "edit"
        label = _("Reflection prompt")
        preview_value = {"prompt": "What would you want a new colleague to know on day one?"}
        description = _("A prompt with a private notes box only the learner can read.")


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, help_text=_("The answer as the learner sees it."))
    correct = blocks.BooleanBlock(
        required=False, help_text=_("Tick if this answer is correct (never shown before marking).")
    )
    feedback = blocks.TextBlock(
        help_text=_(
            "What the learner reads after choosing this answer: say why it is right or not."
        )
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    """A knowledge-check question with one or several correct answers and feedback on each."""

    SINGLE = "single"
    MULTIPLE = "multiple"

    kind = blocks.ChoiceBlock(
        choices=[(SINGLE, _("One correct answer")), (MULTIPLE, _("Several correct answers"))],
        default=SINGLE,
        help_text=_("Whether learners choose one answer or all that apply."),
    )
    question = blocks.TextBlock(help_text=_("The question, in one or two sentences."))
    options = blocks.ListBlock(
        OptionBlock(), min_num=2, help_text=_("At least two answers, in the order shown.")
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for option in value["options"] if option["correct"])
        if value["kind"] == self.SINGLE and correct != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "options": ValidationError(
                        _("A one-answer question needs exactly one correct answer.")
                    )
                }
            )
        if value["kind"] == self.MULTIPLE and correct < 1:
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value

    class Meta:
        template = "learning/blocks/question.html"
        icon = "help"
        label = _("Knowledge-check question")
        preview_value = {
            "kind": "single",
            "question": "Who can refer someone to a link worker?",
            "options": [
                {"text": "Anyone in the practice team", "correct": True, "feedback": "Yes."},
                {"text": "Only GPs", "correct": False, "feedback": "No: anyone in the team."},
            ],
        }
        description = _("A question marked on the server, with feedback on every answer.")


class LessonBodyBlock(blocks.StreamBlock):
    """Everything a lesson can contain."""

    text = RichTextBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    resource = ResourceBlock()
    reflection = ReflectionPromptBlock()
    question = QuestionBlock()
