"""Latency of typical searches on the database store with 5,000 documents.

    .venv/bin/python benchmarks/search.py                      # SQLite (a throwaway test database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clw_bench .venv/bin/python benchmarks/search.py

Builds 5,000 pages and their documents (random link-work text, facets, both languages,
some member-only) in a throwaway test database, then runs each typical query many
times and prints p50 and p95 in milliseconds: first asked since a content change (the
store matches, ranks and counts), and asked again (the store kept the answer until the
index next changes). Options: --documents N, --repeat N.
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

from django.contrib.auth.models import AnonymousUser, Group  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

FILLER = (
    "people practice support service local community team time help work week meet "
    "worker link plan group session contact phone visit talk listen goal next step "
    "change start early later often family friend home area town city rural island "
    "person patient staff partner board council weekly monthly record note review"
).split()
TOPICS = {
    "housing": "housing tenancy rent arrears eviction homelessness landlord repairs".split(),
    "money-welfare": "benefits universal credit debt money advice welfare rights".split(),
    "mental-health": "mental health anxiety depression wellbeing stress sleep".split(),
    "social-isolation": "loneliness isolation befriending lunch club friendship".split(),
    "trauma": "trauma adversity abuse safety recovery support".split(),
    "food-fuel-poverty": "foodbank food fuel poverty energy pantry vouchers".split(),
    "carers": "carers respite caring unpaid breaks".split(),
    "employability": "employability volunteering learning college skills job".split(),
}
THEMES = list(TOPICS)
GAELIC = "taigheadas airgead slàinte inntinn aonaranachd coimhearsnachd taic obair".split()
REGIONS = ["lothian", "tayside", "highland", "grampian", "fife", "greater-glasgow-clyde"]
AUDIENCES = ["gp-practice", "clw", "programme-manager", "third-sector"]
TYPES = [
    ("case_study", "Case study"),
    ("module", "Module"),
    ("guidance", "Guidance"),
    ("news", "News"),
    ("event", "Event"),
    ("resource", "Resource"),
    ("page", "Page"),
]


def sentence(rng, topic_words, n, topical=0.3):
    words = [
        rng.choice(topic_words) if rng.random() < topical else rng.choice(FILLER) for _ in range(n)
    ]
    if rng.random() < 0.1:
        words.append("self-referral")
    return " ".join(words).capitalize() + "."


def build(count, rng):
    from wagtail.models import Locale, Site

    from portal.core.models import StandardPage
    from portal.search.documents import SearchDocument
    from portal.search.stores import DatabaseStore

    home = Site.objects.get(is_default_site=True).root_page
    gd = Locale.objects.get(language_code="gd")
    members, _ = Group.objects.get_or_create(name="Members")
    store = DatabaseStore()
    started = time.perf_counter()
    for number in range(count):
        gaelic = rng.random() < 0.2
        themes = rng.sample(THEMES, rng.randint(1, 2))
        words = [w for theme in themes for w in TOPICS[theme]] + (GAELIC if gaelic else [])
        title = sentence(rng, words, rng.randint(3, 7), topical=0.6)
        with transaction.atomic():
            page = StandardPage(title=title[:250], slug=f"bench-{number}", body=[])
            if gaelic:
                page.locale = gd
            home.add_child(instance=page)
            kind, label = rng.choice(TYPES)
            visibility = rng.choices(["public", "login", "groups"], [85, 10, 5])[0]
            store.write(
                SearchDocument(
                    page_id=page.pk,
                    title=page.title,
                    summary=sentence(rng, words, 25),
                    body=" ".join(sentence(rng, words, 15, topical=0.1) for _ in range(20)),
                    url=f"/bench-{number}/",
                    locale="gd" if gaelic else "en",
                    content_type=kind,
                    content_type_label=label,
                    themes=themes,
                    regions=rng.sample(REGIONS, rng.randint(0, 2)),
                    audiences=rng.sample(AUDIENCES, rng.randint(0, 2)),
                    date=datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 2500)),
                    visibility=visibility,
                    groups=[members.pk] if visibility == "groups" else [],
                )
            )
        if (number + 1) % 500 == 0:
            print(
                f"  built {number + 1}/{count} documents ({time.perf_counter() - started:.0f}s)",
                flush=True,
            )


def _percentiles(times):
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * len(times)) - 1)]


def measure(label, run, repeat):
    """p50 and p95 of ``run``: first asked since a change (a new content generation
    before each run: the store works it out), then asked again (kept by the store)."""
    from portal.core import content_cache

    run()  # warm up
    first, again = [], []
    for _ in range(repeat):
        content_cache.forget()
        started = time.perf_counter()
        result = run()
        first.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        run()
        again.append((time.perf_counter() - started) * 1000)
    (p50, p95), (kept_p50, kept_p95) = _percentiles(first), _percentiles(again)
    print(
        f"  {label:<36} first p50 {p50:6.1f} p95 {p95:6.1f} ms"
        f"   again p50 {kept_p50:5.1f} p95 {kept_p95:5.1f} ms   ({result})"
    )
    return p50, p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from portal.search.query import SearchRequest, terms_of
        from portal.search.stores import DatabaseStore
        from tests.factories.accounts import UserFactory

        print(f"Database: {connection.vendor}; building {args.documents} documents ...")
        build(args.documents, random.Random(2026))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum / a routine ANALYZE would in production
        member = UserFactory()
        member.groups.add(Group.objects.get(name="Members"))
        anonymous = AnonymousUser()
        store = DatabaseStore()

        def search(query, user=anonymous, **kwargs):
            kwargs.setdefault("language", "en")
            request = SearchRequest(query=query, terms=terms_of(query), **kwargs)
            return lambda: f"{store.search(request, user).total} results"

        print(f"Typical queries, {args.repeat} runs each (store level, facets included):")
        measure("housing", search("housing"), args.repeat)
        measure("foodbank", search("foodbank"), args.repeat)
        measure("self-referral", search("self-referral"), args.repeat)
        measure("trauma support (two words)", search("trauma support"), args.repeat)
        measure("common word: people", search("people"), args.repeat)
        measure(
            "housing + theme + region filters",
            search("housing", filters={"theme": ["housing"], "region": ["tayside", "fife"]}),
            args.repeat,
        )
        measure(
            "housing, newest first, page 3", search("housing", sort="newest", page=3), args.repeat
        )
        measure("housing, all languages", search("housing", language=""), args.repeat)
        measure("housing as a member", search("housing", user=member), args.repeat)
        measure("no match (xylophone)", search("xylophone"), args.repeat)
        measure(
            "browse: theme filter, no words", search("", filters={"theme": ["carers"]}), args.repeat
        )
        measure(
            "suggest 'hous'",
            lambda: f"{len(store.suggest('hous', anonymous, 'en'))} titles",
            args.repeat,
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
