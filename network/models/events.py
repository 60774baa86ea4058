"""Network events: upcoming and past, with key messages and iCalendar files."""

from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from portal.core import structured_data
from portal.core.blocks import BaseContentBlock
from portal.core.listings import ListingItem
from portal.core.searchable import Searchable

from .base import ListedPageQuerySet, SectionIndexPage


class EventQuerySet(ListedPageQuerySet):
    def upcoming(self):
        """Events that have not ended yet, soonest first."""
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        """Events that have ended, latest first."""
        return self.filter(end__lt=timezone.now()).order_by("-start")


class EventIndexPage(SectionIndexPage):
    """/events/: upcoming events first, then past ones; the feed is at /events/calendar.ics."""

    subpage_types = ["network.EventPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.listed_under(self)
        context["upcoming"] = list(events.upcoming())
        context["past"] = list(events.past())
        return context

    def home_pages(self):
        """The next events, soonest first."""
        return EventPage.objects.listed_under(self).upcoming()

    def home_item(self, page):
        return ListingItem(
            title=page.title,
            url=page.url,
            summary=page.summary,
            date=timezone.localtime(page.start, ZoneInfo("Europe/London")),
            with_time=True,
            meta=_("Online") if page.online else page.venue.splitlines()[0] if page.venue else "",
        )

    class Meta:
        verbose_name = _("event index")


class EventPage(RoutablePageMixin, Searchable, Page):
    """One event, with times in Europe/London and a calendar file at <event>/ics/."""

    objects = PageManager.from_queryset(EventQuerySet)()

    summary = models.TextField(
        max_length=500, help_text=_("Two or three sentences for listings and search results.")
    )
    start = models.DateTimeField(help_text=_("When it starts, in UK time (Europe/London)."))
    end = models.DateTimeField(help_text=_("When it ends, in UK time (Europe/London)."))
    online = models.BooleanField(
        default=False, help_text=_("Tick if the event happens online rather than at a venue.")
    )
    venue = models.TextField(
        blank=True, help_text=_("The venue's name and address; required unless online.")
    )
    booking_url = models.URLField(
        blank=True, help_text=_("Where people book a place; leave blank if booking is not open.")
    )
    body = StreamField(BaseContentBlock(), blank=True, help_text=_("About the event."))
    key_messages = RichTextField(
        blank=True,
        features=["h3", "bold", "italic", "ul", "ol", "link"],
        help_text=_("Written up after the event: what was learned and agreed."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("online"),
                FieldPanel("venue"),
                FieldPanel("booking_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
        FieldPanel("key_messages"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("key_messages"),
        index.FilterField("start"),
    ]

    parent_page_types = ["network.EventIndexPage"]
    subpage_types = []

    search_content_type = "event"
    search_content_type_label = _("Event")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if not self.online and not self.venue.strip():
            errors["venue"] = _("Give the venue, or tick 'online'.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.end < timezone.now()

    def get_search_date(self):
        return timezone.localtime(self.start).date()

    def get_structured_data(self, request):
        return structured_data.event(
            self,
            request,
            start=self.start,
            end=self.end,
            online=self.online,
            venue=self.venue,
            booking_url=self.booking_url,
        )

    @path("ics/", name="ics")
    def ics_route(self, request):
        from ..calendar import calendar_response, events_calendar

        return calendar_response(events_calendar([self], request), f"{self.slug}.ics")

    def ics_url(self):
        return self.url + self.reverse_subpage("ics")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
