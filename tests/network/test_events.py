"""Events: UK times across the clock changes, upcoming and past, iCalendar files and feed."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from tests.factories.network import EventPageFactory

LONDON = ZoneInfo("Europe/London")
UTC = datetime.UTC


def london(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


@pytest.mark.django_db
def test_times_show_in_uk_time_either_side_of_the_spring_change(client, event_index):
    # Clocks go forward at 01:00 UTC on 28 March 2027.
    winter = EventPageFactory(
        parent=event_index, start=london(2027, 3, 27, 10, 0), end=london(2027, 3, 27, 12, 0)
    )
    summer = EventPageFactory(
        parent=event_index, start=london(2027, 3, 29, 10, 0), end=london(2027, 3, 29, 12, 0)
    )
    winter.refresh_from_db()
    summer.refresh_from_db()
    assert winter.start.astimezone(UTC).hour == 10  # GMT
    assert summer.start.astimezone(UTC).hour == 9  # BST
    assert "Saturday 27 March 2027, 10:00" in client.get(winter.url).content.decode()
    assert "Monday 29 March 2027, 10:00" in client.get(summer.url).content.decode()


@pytest.mark.django_db
def test_times_stay_in_uk_time_whatever_the_active_time_zone(client, event_index):
    event = EventPageFactory(
        parent=event_index, start=london(2027, 7, 1, 14, 0), end=london(2027, 7, 1, 15, 0)
    )
    with timezone.override("America/New_York"):
        html = client.get(event.url).content.decode()
    assert "Thursday 1 July 2027, 14:00" in html


@pytest.mark.django_db
def test_ics_for_one_event_parses_with_utc_times(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Autumn gathering",
        start=london(2027, 10, 30, 23, 0),  # BST
        end=london(2027, 10, 31, 3, 0),  # GMT: clocks went back at 02:00 BST
        online=False,
        venue="Mansfield Traquair Centre, Edinburgh",
    )
    response = client.get(event.url + "ics/")
    assert response.status_code == 200
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    calendar = parse(response)
    (vevent,) = calendar.walk("VEVENT")
    start = vevent.decoded("dtstart")
    end = vevent.decoded("dtend")
    assert start == datetime.datetime(2027, 10, 30, 22, 0, tzinfo=UTC)
    assert end == datetime.datetime(2027, 10, 31, 3, 0, tzinfo=UTC)
    assert end - start == datetime.timedelta(hours=5)
    assert str(vevent["summary"]) == "Autumn gathering"
    assert str(vevent["location"]) == "Mansfield Traquair Centre, Edinburgh"
    assert str(vevent["url"]).endswith(event.url)
    assert vevent["uid"]


@pytest.mark.django_db
def test_calendar_feed_lists_upcoming_events_only(client, event_index):
    now = timezone.now()
    EventPageFactory(
        parent=event_index,
        title="Past",
        start=now - datetime.timedelta(days=5),
        end=now - datetime.timedelta(days=5, hours=-2),
    )
    EventPageFactory(parent=event_index, title="Later", start=now + datetime.timedelta(days=40))
    EventPageFactory(parent=event_index, title="Sooner", start=now + datetime.timedelta(days=4))
    EventPageFactory(parent=event_index, title="Draft", live=False)
    response = client.get("/events/calendar.ics")
    assert response.status_code == 200
    summaries = [str(e["summary"]) for e in parse(response).walk("VEVENT")]
    assert summaries == ["Sooner", "Later"]


@pytest.mark.django_db
def test_index_separates_upcoming_and_past_and_shows_key_messages(client, event_index):
    now = timezone.now()
    past = EventPageFactory(
        parent=event_index,
        title="February event",
        start=now - datetime.timedelta(days=30),
        end=now - datetime.timedelta(days=30, hours=-2),
        key_messages="<p>Link workers want recognition.</p>",
    )
    EventPageFactory(parent=event_index, title="Coming up")
    response = client.get("/events/")
    assert [e.title for e in response.context["upcoming"]] == ["Coming up"]
    assert [e.title for e in response.context["past"]] == ["February event"]
    assert 'href="/events/calendar.ics"' in response.content.decode()
    html = client.get(past.url).content.decode()
    assert "Key messages" in html and "Link workers want recognition." in html
    assert "Past event" in html


@pytest.mark.django_db
def test_event_must_end_after_it_starts_and_have_a_place(event_index):
    event = EventPageFactory(parent=event_index)
    event.end = event.start
    event.online = False
    event.venue = ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) >= {"end", "venue"}


@pytest.mark.django_db
def test_event_pages_run_the_same_queries_for_5_and_50(client, event_index):
    from network.models import EventPage

    def measure(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def make(count):
        for n in range(count):
            EventPageFactory(
                parent=event_index, start=timezone.now() + datetime.timedelta(days=n - count // 2)
            )

    make(5)
    urls = ["/events/", EventPage.objects.first().url, "/events/calendar.ics"]
    small = [measure(url) for url in urls]
    make(45)
    assert [measure(url) for url in urls] == small
