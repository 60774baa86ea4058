from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("welcome/", views.welcome, name="welcome"),
    path("my-data.json", views.export_data, name="export"),
    path("erase/", views.erase, name="erase"),
]
