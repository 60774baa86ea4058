"""Admin forms for the network's page types (``base_form_class``)."""

import datetime

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm


def a_year_after(day: datetime.date) -> datetime.date:
    """The same day next year (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


class GuidancePageForm(WagtailAdminPageForm):
    """New guidance starts as reviewed today and due for review in a year (the network's
    rhythm), so editors change the dates only when they differ."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance._state.adding and not self.is_bound:
            today = timezone.localdate()
            defaults = {"last_reviewed": today, "next_review_due": a_year_after(today)}
            for name, value in defaults.items():
                if self.initial.get(name) is None:  # the new page's own value is None
                    self.initial[name] = value
