"""The learning app's URLs that are not Wagtail pages (mounted in portal.urls, per language)."""

from django.urls import path

from portal.core import converters  # noqa: F401 (registers "id" and "code")

from . import views
from .credentials import views as credentials

app_name = "learning"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("my-learning/record.csv", views.learning_record, {"fmt": "csv"}, name="record_csv"),
    path("my-learning/record.json", views.learning_record, {"fmt": "json"}, name="record_json"),
    path("my-learning/team/", views.team, name="team"),
    path("my-learning/self-assessment/", views.self_assessment, name="self_assessment"),
    path("my-learning/reflections/", views.reflections, name="reflections"),
    path("my-learning/reflections/save/", views.save_reflection, name="save_reflection"),
    path("my-learning/reflections/<id:pk>/", views.reflection_detail, name="reflection_detail"),
    path("certificates/<code:code>/", views.certificate, name="certificate"),
    path("certificates/<code:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path(
        "certificates/<code:code>/credential.json",
        credentials.credential_json,
        name="credential_json",
    ),
    path(
        "certificates/<code:code>/credential.jwt",
        credentials.credential_jwt,
        name="credential_jwt",
    ),
    path("credentials/issuer", credentials.issuer, name="credential_issuer"),
    path("credentials/issuer/jwks.json", credentials.jwks, name="credential_jwks"),
    path("credentials/keys/<code:kid>", credentials.key, name="credential_key"),
    path("credentials/status/<id:number>", credentials.status_list, name="credential_status"),
    path(
        "credentials/status/<id:number>.jwt",
        credentials.status_list_jwt,
        name="credential_status_jwt",
    ),
]
