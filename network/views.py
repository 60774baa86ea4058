"""Views that are not pages: the calendar feed of upcoming events."""

from django.http import Http404
from django.utils.translation import gettext as _

from portal.core import i18n

from .calendar import calendar_response, events_calendar
from .models import EventIndexPage, EventPage


def events_calendar_feed(request):
    """/events/calendar.ics: every upcoming public event, as text/calendar."""
    index = EventIndexPage.objects.live().filter(locale=i18n.active_locale(request)).first()
    if index is None:
        raise Http404
    calendar = events_calendar(
        EventPage.objects.listed_under(index).upcoming(),
        request,
        name=_("Scottish Community Link Worker Network events"),
    )
    return calendar_response(calendar, "calendar.ics", attachment=False)
