"""Queries and latency of the learning pages as the catalogue and the learner base grow.

    .venv/bin/python benchmarks/learning_pages.py       # SQLite (a throwaway test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clw_bench \
        .venv/bin/python benchmarks/learning_pages.py

For catalogues of 3, 30 and 100 modules (three lessons each, one with a knowledge check)
and 1, 500 and 2,000 learners with progress in every module, requests the catalogue, a
module, a lesson, My learning and the manager view as a learner part-way through every
module, and prints the number of queries and p50/p95 in milliseconds. Options: --repeat N.
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
from django.test.utils import setup_test_environment  # noqa: E402

SIZES = [(3, 1), (30, 500), (100, 2000)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from wagtail.models import Site

        from learning import services
        from portal.accounts.models import MemberProfile, User
        from tests.factories.accounts import UserFactory, programme_manager
        from tests.factories.core import OrganisationFactory
        from tests.factories.learning import LearningIndexPageFactory, build_module
        from tests.learning.test_queries import add_learners

        home = Site.objects.get(is_default_site=True).root_page.specific
        index = LearningIndexPageFactory(parent=home)
        organisation = OrganisationFactory()
        learner = UserFactory()
        MemberProfile.objects.filter(user=learner).update(organisation=organisation)
        manager = programme_manager(organisation)
        modules = []
        learners = 1
        heading = f"{'modules':>7} {'learners':>8} {'page':<14} {'queries':>7}"
        print(heading + f" {'p50 ms':>8} {'p95 ms':>8}")
        for module_count, learner_count in SIZES:
            while len(modules) < module_count:
                module, lessons = build_module(index, lessons=3)
                services.complete_lesson(learner, lessons[0])
                modules.append((module, lessons))
            if learner_count > learners:
                start = User.objects.count()
                add_learners(modules, learner_count - learners, prefix=f"bulk{learner_count}-")
                MemberProfile.objects.bulk_create(
                    [
                        MemberProfile(user=u, organisation=organisation)
                        for u in User.objects.order_by("pk")[start:]
                    ]
                )
                learners = learner_count
            pages = {
                "catalogue": index.url,
                "module": modules[0][0].url,
                "lesson": modules[0][1][1].url,
                "my learning": "/my-learning/",
                "manager view": "/my-learning/team/",
            }
            for name, url in pages.items():
                client = Client()
                client.force_login(manager if name == "manager view" else learner)
                assert client.get(url).status_code == 200, url
                counted = []

                def count(execute, sql, params, many, context, counted=counted):
                    counted.append(sql)
                    return execute(sql, params, many, context)

                with connection.execute_wrapper(count):
                    client.get(url)
                times = []
                for _ in range(args.repeat):
                    begin = time.perf_counter()
                    client.get(url)
                    times.append((time.perf_counter() - begin) * 1000)
                p95 = statistics.quantiles(times, n=20)[-1]
                print(
                    f"{module_count:>7} {learner_count:>8} {name:<14} {len(counted):>7} "
                    f"{statistics.median(times):>8.1f} {p95:>8.1f}"
                )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
