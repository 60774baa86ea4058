"""Writes at the same moment: nothing fails and nothing a learner did is lost.

SQLite runs with write-ahead logging, ``transaction_mode`` IMMEDIATE and a busy timeout
(``portal/settings/base.py``), so a writer waits for another instead of failing with
"database is locked"; PostgreSQL waits by itself. There is no retry in the code: these
tests are the proof that none is needed. The multi-process test runs against a SQLite
file (the in-memory test database copied out, with the settings' options) or against
the PostgreSQL test database, whichever the suite runs on.
"""

import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection, connections

from learning import services
from learning.models import Certificate, Enrolment, LessonCompletion, Reflection
from portal.core.models import StandardPage
from tests.factories.accounts import UserFactory, staff_user
from tests.factories.core import StandardPageFactory
from tests.factories.learning import LearningIndexPageFactory, build_module

ROOT = Path(__file__).resolve().parents[2]
LEARNERS = 3
LESSONS = 4
EDITIONS = 4


def _race(func, *args, threads=2):
    """Call ``func(*args)`` from ``threads`` threads at the same moment, each with its
    own connection to the database the test committed to (on SQLite, a file: see
    ``_shared_database``); returns the exceptions raised."""
    barrier = threading.Barrier(threads)
    errors = []

    with _shared_database() as shared:

        def run():
            connections["default"].settings_dict = shared.settings
            try:
                barrier.wait()
                func(*args)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            finally:
                connections["default"].close()

        workers = [threading.Thread(target=run) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_completions_make_one_row(home_page):
    index = LearningIndexPageFactory(parent=home_page)
    module, lessons = build_module(index, lessons=1, check=False)
    user = UserFactory()
    errors = _race(services.complete_lesson, user, lessons[0])
    assert errors == []
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert Enrolment.objects.filter(user=user).count() == 1
    assert Certificate.objects.filter(user=user).count() == 1
    assert Enrolment.objects.get(user=user).completed_at is not None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_simultaneous_enrolments_make_one_row(home_page):
    index = LearningIndexPageFactory(parent=home_page)
    module, _lessons = build_module(index, lessons=1, check=False)
    user = UserFactory()
    errors = _race(services.enrol, user, module, threads=3)
    assert errors == []
    assert Enrolment.objects.filter(user=user).count() == 1


@dataclass
class SharedDatabase:
    settings: dict  # Django's settings for a connection to it, from another thread
    url: str  # DATABASE_URL for another process


@contextlib.contextmanager
def _shared_database():
    """The database other threads and processes can open, holding what this test
    committed.

    PostgreSQL: the test database itself. SQLite: the in-memory test database (which
    other processes cannot open, and whose shared-cache locking is not SQLite's locking
    on a file) copied to a file, opened with the settings' options (WAL, IMMEDIATE, busy
    timeout) and copied back when the workers are done, so the test reads what they did.
    """
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        user = quote(settings["USER"] or "", safe="")
        password = f":{quote(settings['PASSWORD'], safe='')}" if settings["PASSWORD"] else ""
        host = settings["HOST"] or "127.0.0.1"
        port = f":{settings['PORT']}" if settings["PORT"] else ""
        yield SharedDatabase(
            settings, f"postgres://{user}{password}@{host}{port}/{settings['NAME']}"
        )
        return
    assert connection.vendor == "sqlite"
    connection.ensure_connection()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "portal.sqlite3"
        file = sqlite3.connect(path)
        connection.connection.backup(file)
        # In write-ahead logging already, as a served database is from its first
        # connection on: workers switching it together would race for the lock the
        # switch takes ("database is locked", not retried by the busy timeout).
        file.execute("PRAGMA journal_mode=WAL")
        file.close()
        yield SharedDatabase({**settings, "NAME": str(path)}, f"sqlite:///{path}")
        file = sqlite3.connect(path)
        assert file.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        file.backup(connection.connection)
        file.close()


def _run_at_once(commands, database_url):
    """Start one worker process per command, let them all begin together, and return
    each one's (exit status, standard error)."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    workers = []
    with tempfile.TemporaryDirectory() as folder:
        for number, command in enumerate(commands):
            errors = open(Path(folder) / f"{number}.err", "w+")  # noqa: SIM115 - closed below
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.learning.concurrency_worker", *map(str, command)],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
            workers.append((process, errors))
        try:
            for process, errors in workers:
                if process.stdout.readline().strip() != "ready":
                    process.wait(timeout=60)
                    errors.seek(0)
                    pytest.fail(f"A worker did not start:\n{errors.read()}")
            for process, _errors in workers:
                process.stdin.write("go\n")
                process.stdin.flush()
            results = []
            for process, errors in workers:
                process.communicate(timeout=300)
                errors.seek(0)
                results.append((process.returncode, errors.read()))
            return results
        finally:
            for process, errors in workers:
                if process.poll() is None:
                    process.kill()
                    process.wait()
                errors.close()


@pytest.mark.django_db(transaction=True)
def test_learners_and_an_editor_writing_at_once_lose_nothing(home_page):
    """Learners in separate processes open lessons, save notes and complete a module
    while an editor publishes a page in the admin again and again: no request fails (no
    "database is locked") and every completion, note and certificate is there."""
    index = LearningIndexPageFactory(parent=home_page)
    module, lessons = build_module(index, lessons=LESSONS, check=False)
    learners = UserFactory.create_batch(LEARNERS)
    editor = staff_user()
    page = StandardPageFactory(parent=home_page, title="About the network", slug="about")
    lesson_ids = [lesson.pk for lesson in lessons]
    commands = [("learner", learner.pk, *lesson_ids) for learner in learners]
    commands.append(("editor", editor.pk, page.pk, EDITIONS))

    with _shared_database() as shared:
        results = _run_at_once(commands, shared.url)

    failures = [errors for status, errors in results if status != 0]
    assert failures == [], "\n\n".join(failures)
    for learner in learners:
        assert LessonCompletion.objects.filter(user=learner).count() == LESSONS
        enrolment = Enrolment.objects.get(user=learner)
        assert enrolment.completed_at is not None
        assert Certificate.objects.filter(user=learner).count() == 1
        notes = Reflection.objects.get(user=learner)
        assert notes.text == f"Notes by {learner.pk}"
    page = StandardPage.objects.get(pk=page.pk)
    assert page.title == f"About the network, edition {EDITIONS}"
    assert page.live
    assert page.revisions.count() >= EDITIONS
