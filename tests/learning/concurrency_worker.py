"""One process of the concurrency test (tests/learning/test_concurrency.py).

Run as ``python -m tests.learning.concurrency_worker <role> <user id> <page id>...`` with
``DATABASE_URL`` naming the database the test prepared (a SQLite file or the PostgreSQL
test database). It sets Django up, prints ``ready``, waits for ``go`` on standard input
(so that every worker starts writing at the same moment), then does its work through
the portal's own views with Django's test client:

- ``learner <user id> <lesson id>...``: opens each lesson, saves a private note where the
  lesson has a reflection prompt, and marks each lesson complete;
- ``editor <user id> <page id> <rounds>``: saves and publishes the page in the Wagtail
  admin ``rounds`` times, with a new title each time.

Any response of 500 or more, any exception (``OperationalError: database is locked``
among them: the test client raises what the view raised) or any unexpected answer ends
the process with a non-zero status and the reason on standard error.
"""

import os
import sys


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()


def _client(user):
    from django.test import Client

    client = Client(raise_request_exception=True)
    client.force_login(user)
    return client


def _check(response, expected, what):
    if response.status_code != expected:
        raise SystemExit(f"{what}: answered {response.status_code}, expected {expected}")


def learner(user_id, *lesson_ids):
    from django.contrib.auth import get_user_model

    from learning.models import LessonPage

    user = get_user_model().objects.get(pk=user_id)
    client = _client(user)
    for lesson_id in lesson_ids:
        lesson = LessonPage.objects.get(pk=lesson_id)
        _check(client.get(lesson.url), 200, f"opening lesson {lesson_id}")
        for block in lesson.body:
            if block.block_type == "reflection":
                response = client.post(
                    "/my-learning/reflections/save/",
                    {"lesson": lesson.pk, "prompt": block.id, "text": f"Notes by {user_id}"},
                )
                _check(response, 302, f"saving a note on lesson {lesson_id}")
        response = client.post(lesson.url, {"action": "complete"})
        _check(response, 302, f"completing lesson {lesson_id}")


def editor(user_id, page_id, rounds):
    from django.contrib.auth import get_user_model
    from django.urls import reverse
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    from portal.core.models import StandardPage
    from tests.factories.accounts import record_mfa

    user = get_user_model().objects.get(pk=user_id)
    client = _client(user)
    record_mfa(client, user)  # this session passed the editor's second factor
    page = StandardPage.objects.get(pk=page_id)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    for round_ in range(1, int(rounds) + 1):
        _check(client.get(url), 200, "opening the page in the admin")
        data = nested_form_data(
            {
                "title": f"About the network, edition {round_}",
                "slug": page.slug,
                "summary": "Who we are.",
                "body": streamfield([("text", rich_text(f"<p>Edition {round_}.</p>"))]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        _check(client.post(url, data), 302, f"publishing edition {round_}")


def main(role, *args):
    _setup()
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no start signal")
    {"learner": learner, "editor": editor}[role](*args)
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
