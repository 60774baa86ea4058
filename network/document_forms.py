"""The admin's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``).

Wagtail's multiple uploader creates each document from a form posted with only its
file, title and collection. A checkbox that is absent from a post normally reads as
unticked, so every document uploaded that way would have left the resource library.
Here the *In library* checkbox says when it was never shown, and then the document
keeps the model's default (in the library) or, when editing, its current value.
"""

from django import forms
from django.utils.html import format_html
from wagtail.documents.forms import BaseDocumentForm

SHOWN_SUFFIX = "__shown"


class ShownCheckboxInput(forms.CheckboxInput):
    """A checkbox that posts a hidden marker beside it, so "unticked" and "never shown" differ."""

    @staticmethod
    def was_shown(data, name):
        return f"{name}{SHOWN_SUFFIX}" in data

    def render(self, name, value, attrs=None, renderer=None):
        checkbox = super().render(name, value, attrs, renderer)
        marker = format_html('<input type="hidden" name="{}{}" value="1">', name, SHOWN_SUFFIX)
        return checkbox + marker


class ResourceDocumentForm(BaseDocumentForm):
    """Wagtail's document form, with *In library* kept unless the editor changed it."""

    class Meta(BaseDocumentForm.Meta):
        widgets = {**BaseDocumentForm.Meta.widgets, "in_library": ShownCheckboxInput}

    def clean_in_library(self):
        value = self.cleaned_data.get("in_library")
        if ShownCheckboxInput.was_shown(self.data, self.add_prefix("in_library")):
            return value
        if self.instance.pk:
            return self.instance.in_library
        return self.instance._meta.get_field("in_library").get_default()
