"""The admin form for frameworks: never lose a competency that assessments point at."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Rating


class FrameworkAdminForm(WagtailAdminModelForm):
    """Refuses to delete a domain or competency that a self-assessment has rated.

    Editors change a framework that people have assessed against by making a new version
    (Snippets → Competency frameworks → ⋯ → New version).
    """

    def is_valid(self):
        valid = super().is_valid()
        if not valid or not self.instance.pk:
            return valid
        doomed = set()
        for domain_form in self.formsets["domains"].forms:
            domain_deleted = domain_form.cleaned_data.get("DELETE", False)
            for form in domain_form.formsets["competencies"].forms:
                if form.instance.pk and (domain_deleted or form.cleaned_data.get("DELETE")):
                    doomed.add(form.instance.pk)
        if doomed and Rating.objects.filter(competency_id__in=doomed).exists():
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Learners have assessed themselves against a competency you are "
                        "removing. Make a new version of the framework instead; this one was "
                        "not changed."
                    )
                ),
            )
            return False
        return valid
