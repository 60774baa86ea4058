"""wagtail-localize's "Translate" form with the one remaining language already ticked.

The portal has two languages, so translating a page or snippet always means Gaelic,
yet wagtail-localize's form starts with no language ticked and answers "This field is
required" to an editor who presses Submit. These views are wagtail-localize's own,
mounted at its addresses ahead of it (``register_admin_urls`` with ``order=-1``); they
tick the language when only one is left and change nothing else.
"""

from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)


class TickTheOnlyLanguage:
    def get_form(self):
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
