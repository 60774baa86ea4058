"""The self-assessment form and the target-level chooser."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.levels import PracticeLevel

from .models import NOTE_MAX_LENGTH

_RATING_KEY = re.compile(r"^(level|note)_(.+)$")
NOT_YET = "not-yet"


class SelfAssessmentForm(forms.Form):
    """One level choice and one optional note per competency of one framework version.

    Field names carry the competency row's id (``level_12``, ``note_12``). A posted rating
    for any other competency, an unknown level, a note over the limit, a tampered
    assessment id or a stale framework version is a form error: nothing is saved.
    """

    framework = forms.IntegerField(widget=forms.HiddenInput)
    assessment = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, structure, *args, assessment=None, **kwargs):
        self.structure = structure
        self.open_assessment = assessment
        initial = kwargs.pop("initial", {}) or {}
        initial["framework"] = structure.framework.pk
        initial["assessment"] = assessment.pk if assessment else None
        if assessment is not None:
            for rating in assessment.ratings.all():
                initial[f"level_{rating.competency_id}"] = rating.level or NOT_YET
                initial[f"note_{rating.competency_id}"] = rating.note
        super().__init__(*args, initial=initial, **kwargs)
        choices = [(NOT_YET, _("Not yet"))] + [
            (level.slug, level.display.name) for level in structure.levels
        ]
        self.rows = []
        for competency in structure.competencies:
            label = f"{competency.display.code} {competency.display.title}"
            level = forms.ChoiceField(
                label=label,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
            )
            note = forms.CharField(
                label=_("Note on %(competency)s") % {"competency": label},
                required=False,
                max_length=NOTE_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 2, "maxlength": NOTE_MAX_LENGTH}),
                help_text=_("Optional, private to you; up to %(count)s characters.")
                % {"count": NOTE_MAX_LENGTH},
            )
            self.fields[f"level_{competency.pk}"] = level
            self.fields[f"note_{competency.pk}"] = note

    def competency_rows(self):
        """(domain, [(competency, level bound field, note bound field), ...]) for templates."""
        for domain in self.structure.domains:
            yield (
                domain,
                [(c, self[f"level_{c.pk}"], self[f"note_{c.pk}"]) for c in domain.items],
            )

    def clean_framework(self):
        value = self.cleaned_data["framework"]
        if value != self.structure.framework.pk:
            raise forms.ValidationError(
                _(
                    "The framework has changed since you opened this page. Your answers were "
                    "not saved; please reload the page and try again."
                )
            )
        return value

    def clean_assessment(self):
        value = self.cleaned_data.get("assessment")
        expected = self.open_assessment.pk if self.open_assessment else None
        if value != expected:
            raise forms.ValidationError(
                _("That assessment could not be found. Nothing was saved; please reload the page.")
            )
        return value

    def clean(self):
        cleaned = super().clean()
        known = {str(c.pk) for c in self.structure.competencies}
        for key in self.data:
            match = _RATING_KEY.match(key)
            if match and match.group(2) not in known:
                raise forms.ValidationError(
                    _(
                        "Your answers include a competency that is not in this version of the "
                        "framework. Nothing was saved; please reload the page and try again."
                    )
                )
        return cleaned

    def ratings(self):
        """{competency row: (level, note)} for the competencies answered, after validation.

        "Not yet" is stored as an empty level; a competency left unanswered (no level and
        no note) is left out, so a learner can save part-way.
        """
        result = {}
        for competency in self.structure.competencies:
            level = self.cleaned_data.get(f"level_{competency.pk}") or ""
            note = (self.cleaned_data.get(f"note_{competency.pk}") or "").strip()
            if level or note:
                result[competency] = ("" if level == NOT_YET else level, note)
        return result


class TargetForm(forms.Form):
    """The level a learner aims for, for the gaps view."""

    target = forms.ChoiceField(
        label=_("Target level"),
        choices=PracticeLevel.choices,
        initial=PracticeLevel.SKILLED,
        help_text=_("Competencies you rated below this level are shown as gaps."),
    )

    def __init__(self, structure, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [
            (level.slug, level.display.name) for level in structure.levels
        ]
