"""Response times of the case-study index (with and without filters) and a case study.

    .venv/bin/python benchmarks/network.py                      # SQLite (a throwaway test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clw_bench .venv/bin/python benchmarks/network.py

Builds N case studies (default 1,000) with random themes, regions, models, settings and
kinds in a throwaway test database, then requests each URL many times with Django's test
client and prints p50 and p95 in milliseconds and the number of queries per request.
Options: --case-studies N, --repeat N.
"""

import argparse
import datetime
import os
import random
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
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
)

THEMES = ["housing", "money-welfare", "mental-health", "social-isolation", "trauma", "carers"]
REGIONS = ["lothian", "tayside", "highland", "grampian", "fife", "greater-glasgow-clyde"]


def build(count):
    from network.models import (
        CaseStudyIndexPage,
        CaseStudyKind,
        CaseStudyPage,
        CaseStudySetting,
        ClwModel,
    )
    from portal.core.demo_tools import english, home_page
    from portal.core.models import Region, Theme

    en = english()
    themes = [Theme.objects.create(slug=s, name=s.title(), locale=en) for s in THEMES]
    regions = [Region.objects.create(slug=s, name=s.title(), locale=en) for s in REGIONS]
    index = home_page().add_child(
        instance=CaseStudyIndexPage(title="Case studies", slug="case-studies")
    )
    rng = random.Random(5)
    for n in range(count):
        page = CaseStudyPage(
            title=f"Case study {n}",
            slug=f"case-study-{n}",
            kind=rng.choice([k for k in CaseStudyKind.values if k != "participant-story"]),
            clw_model=rng.choice(ClwModel.values),
            setting=rng.choice(CaseStudySetting.values),
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 900),
            summary="What link working looked like here.",
            themes=rng.sample(themes, 2),
            regions=rng.sample(regions, 1),
        )
        index.add_child(instance=page)
    return CaseStudyPage.objects.first().url


def measure(client, url, repeat):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, url
    times.sort()
    p95 = times[max(int(len(times) * 0.95) - 1, 0)]
    return statistics.median(times), p95, queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--case-studies", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        started = time.perf_counter()
        detail = build(args.case_studies)
        print(f"built {args.case_studies} case studies in {time.perf_counter() - started:.1f}s")
        client = Client()
        urls = [
            "/case-studies/",
            "/case-studies/?theme=housing",
            "/case-studies/?theme=housing&theme=trauma&region=lothian&model=generalist",
            "/case-studies/?page=7",
            detail,
        ]
        print(f"{'url':<80} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
        for url in urls:
            p50, p95, queries = measure(client, url, args.repeat)
            print(f"{url:<80} {p50:8.1f} {p95:8.1f} {queries:8d}")
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
