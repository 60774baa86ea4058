"""iCalendar files for events (one event, or the feed of upcoming events)."""

import datetime

from django.http import HttpResponse
from django.utils.html import strip_tags
from icalendar import Calendar, Event

PRODID = "-//Scottish Community Link Worker Network//Events//EN"


def events_calendar(events, request, name=None):
    """A VCALENDAR with one VEVENT per event; times are written in UTC (unambiguous)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    stamp = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    host = request.get_host() if request is not None else "clw.scot"
    for event in events:
        entry = Event()
        entry.add("uid", f"event-{event.translation_key}@{host.split(':')[0]}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.start.astimezone(datetime.UTC))
        entry.add("dtend", event.end.astimezone(datetime.UTC))
        entry.add("summary", event.title)
        entry.add("description", strip_tags(event.summary))
        entry.add("location", "Online" if event.online else event.venue)
        url = event.get_full_url(request)
        if url:
            entry.add("url", url)
        calendar.add_component(entry)
    return calendar


def calendar_response(calendar, filename, attachment=True):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
