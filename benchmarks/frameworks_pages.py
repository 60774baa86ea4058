"""Queries and latency of the framework and self-assessment pages as the framework grows.

    .venv/bin/python benchmarks/frameworks_pages.py       # SQLite (a throwaway test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clw_bench \
        .venv/bin/python benchmarks/frameworks_pages.py

For frameworks of 10, 60 and 200 competencies, builds the framework, a framework page and a
learner with a completed and an open assessment, then requests each page many times and
prints the number of queries and p50/p95 in milliseconds. Options: --repeat N.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

# Keep this folder off sys.path: its http.py would shadow the standard library's http.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

PATHS = [
    "",
    "self-assessment/",
    "self-assessment/history/",
    "self-assessment/gaps/?target=enhanced",
    "self-assessment/{id}/",
    "self-assessment/{id}/pdf/",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from wagtail.models import Site

        from frameworks import services
        from frameworks.models import CompetencyFramework, FrameworkStatus
        from tests.factories.accounts import UserFactory
        from tests.factories.frameworks import competencies_of, make_framework, make_framework_page

        home = Site.objects.get(is_default_site=True).root_page.specific
        print(f"{'competencies':>12} {'page':<42} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
        for size in (10, 60, 200):
            CompetencyFramework.objects.update(status=FrameworkStatus.RETIRED)
            framework = make_framework(competencies=size, domains=6, version=size)
            page = make_framework_page(home, slug=f"framework-{size}")
            user = UserFactory()
            rows = competencies_of(framework)
            services.save_assessment(
                user, framework, {r: ("skilled", "") for r in rows}, complete=True
            )
            open_one = services.save_assessment(
                user, framework, {r: ("informed", "n") for r in rows}
            )
            client = Client()
            client.force_login(user)
            for path in PATHS:
                url = page.url + path.format(id=open_one.pk)
                assert client.get(url).status_code == 200, url
                connection.queries_log.clear()
                with CaptureQueriesContext(connection) as captured:
                    client.get(url)
                queries = len(captured)
                times = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    client.get(url)
                    times.append((time.perf_counter() - start) * 1000)
                times.sort()
                p95 = times[max(0, int(len(times) * 0.95) - 1)]
                print(
                    f"{size:>12} {path:<42} {queries:>7} "
                    f"{statistics.median(times):>8.1f} {p95:>8.1f}"
                )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
