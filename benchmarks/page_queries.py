"""Queries per page on the demo content, signed out and signed in, under any settings.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python manage.py load_demo_content
    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python benchmarks/page_queries.py

Runs under ``portal.settings.test`` unless DJANGO_SETTINGS_MODULE says otherwise; with
``--production`` it runs under ``portal.settings.production`` (DEBUG off, the cached
template loader, manifest static files: run ``collectstatic`` first) as the portal
will run. Each page is requested once to warm the per-process caches, then counted.
The page cache for signed-out readers is off (``PAGE_CACHE_ENABLED=0``), so the
signed-out figures are what a cache miss costs.
``--show NAME`` prints that page's SQL; ``--language gd`` counts the Gaelic pages.
"""

import argparse
import os
import sys
import traceback
from collections import Counter
from itertools import repeat
from pathlib import Path

# Keep this folder off sys.path: its http.py would shadow the standard library's http.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

PAGES = [
    ("home", "/"),
    ("case study", "/case-studies/moira-anderson-foundation-glasgow-satellite-service/"),
    ("case studies", "/case-studies/"),
    ("module", "/learning/what-a-clw-does/"),
    ("lesson", "/learning/what-a-clw-does/three-models/"),
    ("my learning", "/my-learning/"),
    ("framework", "/framework/"),
    ("self-assessment", "/framework/self-assessment/"),
]
LEARNER = "learner@demo.clw.scot"


def _tracer(traces, active):
    """An execute wrapper noting the project's frames that led to each query."""
    root = str(Path(__file__).resolve().parent.parent)

    def wrapper(execute, sql, params, many, context):
        if active:
            frames = [
                f"{frame.filename.replace(root, '').split('site-packages/')[-1]}:{frame.lineno} "
                f"{frame.name}"
                for frame in traceback.extract_stack()[:-1]
                if (root in frame.filename and ".venv" not in frame.filename)
                or "site-packages/wagtail" in frame.filename
                or "site-packages/allauth" in frame.filename
            ]
            frames = [f for f in frames if "page_queries" not in f and "middleware" not in f]
            traces.append(frames[-6:])
        return execute(sql, params, many, context)

    return wrapper


def _translated(path, language, site, Page):
    """The path of the same page (or route) in ``language``."""
    if language == "en":
        return path
    page_path = path
    while page_path != "/":
        page = Page.objects.filter(url_path=site.root_page.url_path + page_path.lstrip("/"))
        page = page.first()
        if page is not None:
            local = page.get_translations().filter(locale__language_code=language).first()
            return local.url + path[len(page_path) :] if local else f"/{language}{path}"
        page_path = page_path.rstrip("/").rsplit("/", 1)[0] + "/"
    return f"/{language}{path}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--production", action="store_true")
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--language", default="en")
    parser.add_argument("--trace", action="store_true", help="with --show: where each query runs")
    args = parser.parse_args()
    # Count what rendering costs: the page cache for signed-out readers is off here.
    os.environ.setdefault("PAGE_CACHE_ENABLED", "0")
    if args.production:
        os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
        os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
        os.environ.setdefault("ALLOWED_HOSTS", "testserver")
        os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page, Site

    from portal.accounts.models import User

    learner = User.objects.get(email=LEARNER)
    site = Site.objects.get(is_default_site=True)
    print(f"{'page':<16} {'signed out':>10} {'signed in':>10} {'KB':>6}")
    for name, path in PAGES:
        url = _translated(path, args.language, site, Page)
        row = []
        for signed_in in (False, True):
            client = Client()
            if signed_in:
                client.force_login(learner)
            client.get(url)
            traces = []
            with (
                CaptureQueriesContext(connection) as queries,
                connection.execute_wrapper(_tracer(traces, args.trace and name in args.show)),
            ):
                response = client.get(url)
            if response.status_code != 200:
                row.append(f"{response.status_code}!")
                continue
            row.append(str(len(queries)))
            size = len(response.content) / 1024
            if name in args.show:
                print(f"--- {name} {'signed in' if signed_in else 'signed out'}")
                repeated = Counter(q["sql"] for q in queries.captured_queries)
                for query, trace in zip(
                    queries.captured_queries, traces or repeat(None), strict=False
                ):
                    print(f"  [{repeated[query['sql']]}x] {query['sql'][:200]}")
                    if trace:
                        print("      " + "\n      ".join(trace))
        print(f"{name:<16} {row[0]:>10} {row[1]:>10} {size:>6.0f}")


if __name__ == "__main__":
    main()
