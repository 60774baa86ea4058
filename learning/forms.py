"""Forms learners submit: knowledge checks, reflections and the catalogue filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.levels import PracticeLevel

from .services import REFLECTION_MAX_LENGTH

FIELD_PREFIX = "answer-"

LENGTHS = {
    "short": (0, 45),
    "medium": (46, 90),
    "long": (91, None),
}


def question_field_name(block_id):
    return f"{FIELD_PREFIX}{block_id}"


class KnowledgeCheckForm(forms.Form):
    """One field per question; the options are offered by position, never by correctness.

    A missing answer, an option that does not exist, or an answer to a question that
    is not in the lesson makes the form invalid, and nothing is recorded.
    """

    def __init__(self, lesson, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lesson = lesson
        for block in lesson.questions:
            choices = [(str(i), option["text"]) for i, option in enumerate(block.value["options"])]
            name = question_field_name(block.id)
            if block.value["kind"] == "multiple":
                self.fields[name] = forms.MultipleChoiceField(
                    label=block.value["question"],
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={
                        "required": _("Choose at least one answer to this question."),
                        "invalid_choice": _("That answer is not one of the options. Choose again."),
                    },
                )
            else:
                self.fields[name] = forms.ChoiceField(
                    label=block.value["question"],
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={
                        "required": _("Choose an answer to this question."),
                        "invalid_choice": _("That answer is not one of the options. Choose again."),
                    },
                )

    def clean(self):
        cleaned = super().clean()
        known = set(self.fields)
        unknown = [
            key for key in (self.data or {}) if key.startswith(FIELD_PREFIX) and key not in known
        ]
        for block in self.lesson.questions:
            name = question_field_name(block.id)
            if block.value["kind"] != "multiple" and hasattr(self.data, "getlist"):
                if len(self.data.getlist(name)) > 1:
                    self.add_error(name, _("Choose only one answer to this question."))
        if unknown:
            raise forms.ValidationError(
                _("Your answers did not match this lesson's questions. Please answer them again.")
            )
        return cleaned

    def answers(self):
        """{question block id: [option index, ...]} from valid data."""
        result = {}
        for block in self.lesson.questions:
            value = self.cleaned_data[question_field_name(block.id)]
            values = value if isinstance(value, list) else [value]
            result[block.id] = [int(v) for v in values]
        return result

    def field_for(self, block_id):
        return self[question_field_name(block_id)]


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label=_("Your private notes"),
        required=False,
        max_length=REFLECTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Only you can read these notes."),
    )


class CatalogueFilterForm(forms.Form):
    """The catalogue's filters; unknown values are ignored rather than an error."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    level = forms.ChoiceField(
        label=_("Practice level"),
        required=False,
        choices=[("", _("Any level"))] + list(PracticeLevel.choices),
    )
    length = forms.ChoiceField(
        label=_("Length"),
        required=False,
        choices=[
            ("", _("Any length")),
            ("short", _("Up to 45 minutes")),
            ("medium", _("46 to 90 minutes")),
            ("long", _("More than 90 minutes")),
        ],
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("Any theme"))] + [
            (theme.slug, theme.name) for theme in themes
        ]
