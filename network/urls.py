"""The network app's URLs that are not Wagtail pages (mounted in portal.urls, per language)."""

from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("events/calendar.ics", views.events_calendar_feed, name="events_calendar"),
]
