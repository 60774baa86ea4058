"""wagtail-localize's "Translate" form with the one remaining language already ticked.

The portal has two languages, so translating a page or snippet always means Gaelic,
yet wagtail-localize's form starts with no language ticked and answers "This field is
required" to an editor who presses Submit. These views are wagtail-localize's own,
mounted at its addresses ahead of it (``register_admin_urls`` with ``order=-1``); they
tick the language when only one is left and change nothing else.
"""

from django.conf import settings
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
    SubmitTranslationForm,
)


def _is_id(value):
    return value.isascii() and value.isdigit() and len(value) < 10


class TickTheOnlyLanguage:
    def get_form(self):
        if self.request.method == "POST":
            # A locale id that is no number, or too large for the database, is refused
            # as an unknown choice (it reached the database and failed on SQLite).
            data = self.request.POST.copy()
            values = data.getlist("locales")
            if not all(_is_id(value) for value in values):
                data.setlist("locales", ["0"])  # refused whole: nothing is translated
            return SubmitTranslationForm(self.object, data)
        select = self.request.GET.get("select_locale")
        if select is not None and select not in dict(settings.LANGUAGES):
            form = SubmitTranslationForm(self.object)  # an unknown language is ignored
        else:
            form = super().get_form()
        if not form.is_bound and not (form.initial or {}).get("locales"):
            remaining = list(form.fields["locales"].queryset)
            if len(remaining) == 1:
                form.initial = {**(form.initial or {}), "locales": remaining}
        return form


class PageTranslationView(TickTheOnlyLanguage, SubmitPageTranslationView):
    pass


class SnippetTranslationView(TickTheOnlyLanguage, SubmitSnippetTranslationView):
    pass
