"""Work off the request path in production: django-tasks' database backend and its worker.

Production queues search indexing, email, xAPI delivery and front-end cache purges as
rows (django-tasks-db) that ``manage.py db_worker`` runs; development and the tests keep
the immediate backend. These tests switch to the database backend and commit, as
production does, so the worker (another transaction) sees the rows.
"""

import importlib
import sys

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from portal.core import mail as task_mail
from portal.core import page_cache
from portal.search.models import IndexedDocument
from tests.factories.accounts import UserFactory
from tests.factories.core import StandardPageFactory

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
commits = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS


def run_worker():
    """What `python manage.py db_worker` does, until the queue is empty."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def queued(path):
    return DBTaskResult.objects.filter(task_path=path)


def test_production_queues_work_in_the_database(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "s3cr3t-" * 10)
    monkeypatch.setenv("ALLOWED_HOSTS", "clw.scot")
    monkeypatch.setenv("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    sys.modules.pop("portal.settings.production", None)
    production = importlib.import_module("portal.settings.production")
    sys.modules.pop("portal.settings.production", None)
    assert production.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in production.INSTALLED_APPS
    assert production.EMAIL_BACKEND == "portal.core.mail.TaskEmailBackend"
    assert production.EMAIL_DELIVERY_BACKEND == "django.core.mail.backends.smtp.EmailBackend"


@commits
def test_publishing_queues_search_indexing_that_the_worker_runs(
    client, home_page, database_tasks, settings
):
    settings.PAGE_CACHE_ENABLED = True
    page_cache.page_cache().clear()
    assert "Benefits clinic" not in client.get("/search/?q=benefits").content.decode()

    page = StandardPageFactory(
        parent=home_page, title="Benefits clinic", summary="Benefits advice", live=False
    )
    page.save_revision().publish()

    rows = queued("portal.search.tasks.page_changed")
    assert rows.filter(status="READY").count() == 1
    assert not IndexedDocument.objects.filter(page_id=page.pk).exists()
    assert "Benefits clinic" not in client.get("/search/?q=benefits").content.decode()

    run_worker()

    assert rows.get().status == "SUCCESSFUL"
    assert IndexedDocument.objects.filter(page_id=page.pk).exists()
    # The index changed in the worker: the cached search page is stale no more.
    assert "Benefits clinic" in client.get("/search/?q=benefits").content.decode()
    page_cache.page_cache().clear()


@commits
def test_email_is_queued_and_the_worker_sends_it(settings, database_tasks):
    settings.EMAIL_BACKEND = "portal.core.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message = EmailMultiAlternatives(
        subject="[CLW Network] Confirm your email",
        body="Follow the link.",
        to=["morag@example.org"],
        headers={"X-Portal": "1"},
    )
    message.attach_alternative("<p>Follow the link.</p>", "text/html")
    message.attach("record.pdf", b"%PDF-1.4 \x00\xff", "application/pdf")
    assert message.send() == 1

    assert queued("portal.core.mail.send_email").filter(status="READY").count() == 1
    assert mail.outbox == []

    run_worker()

    assert queued("portal.core.mail.send_email").get().status == "SUCCESSFUL"
    [sent] = mail.outbox
    assert sent.subject == "[CLW Network] Confirm your email"
    assert sent.to == ["morag@example.org"]
    assert sent.extra_headers["X-Portal"] == "1"
    assert sent.alternatives[0][0] == "<p>Follow the link.</p>"
    assert sent.attachments[0] == ("record.pdf", b"%PDF-1.4 \x00\xff", "application/pdf")


@commits
def test_a_password_reset_email_leaves_through_the_worker(client, settings, database_tasks):
    settings.EMAIL_BACKEND = "portal.core.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    UserFactory(email="morag@example.org")
    response = client.post("/accounts/password/reset/", {"email": "morag@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
    run_worker()
    [sent] = mail.outbox
    assert sent.to == ["morag@example.org"]
    assert "/accounts/password/reset/key/" in sent.body


def test_a_message_with_a_mime_part_is_sent_at_once(settings):
    from email.mime.text import MIMEText

    settings.EMAIL_BACKEND = "portal.core.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message = EmailMultiAlternatives(subject="Part", body="b", to=["a@example.org"])
    message.attach(MIMEText("inline part"))
    assert task_mail.serialise(message) is None
    assert message.send() == 1
    assert len(mail.outbox) == 1


@commits
def test_a_content_change_queues_a_front_end_purge_that_the_worker_runs(
    settings, database_tasks, home_page
):
    settings.PAGE_CACHE_ENABLED = True
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "tests.core.test_page_cache.RecordingBackend"}
    }
    from tests.core.test_page_cache import RecordingBackend

    RecordingBackend.purged = []
    page = StandardPageFactory(parent=home_page, title="About us", summary="Who we are")
    page.save_revision().publish()
    rows = queued("portal.core.page_cache.purge_frontend_cache")
    assert rows.count() >= 1
    assert RecordingBackend.purged == []

    run_worker()

    # Every queued purge ran; those overtaken by a later change before they ran did
    # nothing, and the last one (the search index changing in the worker) purged.
    runs = list(rows.order_by("enqueued_at"))
    assert {row.status for row in runs} == {"SUCCESSFUL"}
    assert runs[-1].return_value == 1
    assert len(RecordingBackend.purged) == sum(row.return_value for row in runs) < len(runs)
    assert all(any(url.endswith(page.url) for url in urls) for urls in RecordingBackend.purged)
