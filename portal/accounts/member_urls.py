"""The member area at /members/: the directory, joining and leaving."""

from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("my-entry/", views.directory_profile, name="directory_profile"),
    path("join/", views.join, name="join"),
    path("join/withdraw/", views.withdraw, name="withdraw"),
    path("leave/", views.leave, name="leave"),
    path("members-only/", views.restricted, name="restricted"),
]
