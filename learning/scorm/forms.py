"""The admin form of a SCORM lesson: the page's fields plus the package upload."""

import copy

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .package import PackageError, inspect_package


def max_upload_bytes():
    return getattr(settings, "SCORM_MAX_UPLOAD_BYTES", 200 * 1024 * 1024)


class ScormLessonForm(WagtailAdminPageForm):
    """Checks an uploaded package before anything is saved; a broken one is a form error."""

    package_file = forms.FileField(
        required=False,
        label=_("SCORM package (zip)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The lesson body is the introduction here, and it may be left empty.
        body = self.fields.get("body")
        if body is not None:
            block = copy.deepcopy(body.block)
            block.meta.required = False
            self.fields["body"] = type(body)(
                block=block, required=False, label=body.label, help_text=body.help_text
            )

    def clean_package_file(self):
        upload = self.cleaned_data.get("package_file")
        if not upload:
            if self.instance.package_id is None:
                raise ValidationError(_("Upload a SCORM package (a zip file)."))
            return None
        if upload.size > max_upload_bytes():
            raise ValidationError(
                _("The zip file is larger than %(max)s MB.")
                % {"max": max_upload_bytes() // (1024 * 1024)}
            )
        try:
            inspect_package(upload)
        except PackageError as error:
            raise ValidationError(str(error)) from None
        upload.seek(0)
        return upload

    def save(self, commit=True):
        upload = self.cleaned_data.get("package_file")
        if upload:
            from .storage import import_package

            self.instance.package = import_package(upload, upload.name)
        return super().save(commit=commit)
