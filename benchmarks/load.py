"""A load test of the production stack: two app servers, readers, learners and an editor.

    .venv/bin/python benchmarks/load.py --pg        # PostgreSQL + Redis, 50 users, 60 s
    .venv/bin/python benchmarks/load.py --sqlite    # the embedded SQLite, 10 users, 60 s
    .venv/bin/python benchmarks/load.py --pg --sqlite --duration 10   # a short trial

For each stack: a fresh database (PostgreSQL on 127.0.0.1:5432 with a unique name and
Redis on 127.0.0.1:6379 under a unique key prefix, both removed afterwards; or a SQLite
file with production settings and neither DATABASE_URL's server nor REDIS_URL), migrate,
the demo content and enough learner accounts; then **two** gunicorn instances (2 workers
each, ``benchmarks.settings``: production settings) on different ports, and django-tasks'
worker beside them when production queues tasks. Before the load it checks that the
instances share what they must: a session made on one is accepted (and, once signed out
on it, refused) on the other; a page cached by one is a cache hit on the other; allauth's
failed sign-in limit counts attempts made on both. Then locust (headless,
benchmarks/loadtest/locustfile.py) runs anonymous readers and signed-in learners, every request
going to the next instance in turn. Part-way through, an editor publishes a new guidance
page (``revision.publish()``), and the test asserts that both instances serve it and list
it on the (cached) guidance index straight away; readers then request it too.

Prints p50/p95 per page type, the error count (0 required) and each check. Options:
--users, --duration, --workers.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

import argparse  # noqa: E402
import csv  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

PROBE = "ratelimit-probe@example.org"
PROBE_IP = "192.0.2.77"
LEARNERS = 60

# ---------------------------------------------------------------------------------------
# Django-side helpers, run in a subprocess with the stack's environment


def make_accounts(count):
    """Learner accounts with verified addresses (one password hash, made once)."""
    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth.hashers import make_password

    from benchmarks.stack import DEMO_PASSWORD
    from portal.accounts.models import User

    password = make_password(DEMO_PASSWORD)
    emails = [f"load-learner-{n}@example.org" for n in range(count)] + [PROBE]
    for email in emails:
        user = User.objects.create(email=email, password=password, first_name="Load")
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    backend = settings.TASKS["default"]["BACKEND"]
    print(
        json.dumps(
            {
                "learners": emails[:-1],
                "password": DEMO_PASSWORD,
                "queued_tasks": "immediate" not in backend.lower(),
            }
        )
    )


def publish():
    """The editor: wait for "go" on stdin, then publish a new guidance page."""
    import django

    django.setup()
    from django.utils import timezone
    from wagtail.rich_text import RichText

    from benchmarks.stack import EDITOR
    from network.models import GuidanceIndexPage, GuidancePage
    from portal.accounts.models import User
    from portal.core.models import Audience

    editor = User.objects.get(email=EDITOR)
    index = GuidanceIndexPage.objects.filter(locale__language_code="en").first()
    audience = Audience.objects.filter(slug="clw", locale__language_code="en").first()
    print("ready", flush=True)
    sys.stdin.readline()
    stamp = timezone.now().strftime("%H%M%S")
    today = timezone.localdate()
    page = GuidancePage(
        title=f"Load test notice {stamp}",
        slug=f"load-test-notice-{stamp}",
        topic="Load test",
        summary="A page an editor published while the portal was under load.",
        body=[("text", RichText("<p>Published part-way through the load test.</p>"))],
        last_reviewed=today,
        next_review_due=today + datetime.timedelta(days=365),
        live=False,
    )
    index.add_child(instance=page)
    page.audiences.set([audience])
    revision = page.save_revision(user=editor)
    revision.publish(user=editor)
    page.refresh_from_db()
    print(json.dumps({"url": page.url, "title": page.title, "live": page.live}), flush=True)


# ---------------------------------------------------------------------------------------
# Checks across the two instances


def check_sessions(a, b):
    import requests

    from benchmarks import stack

    session = stack.sign_in(a, stack.LEARNER, headers={"X-Real-IP": "192.0.2.10"})
    on_b = session.get(f"{b}/my-learning/", allow_redirects=False, timeout=60)
    accepted = on_b.status_code == 200
    session_id = session.cookies.get("sessionid")
    page = session.get(f"{b}/my-learning/", timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    session.post(
        f"{b}/accounts/logout/",
        data={"csrfmiddlewaretoken": token},
        allow_redirects=False,
        timeout=60,
    )
    old = requests.Session()
    stack.allow_insecure_cookies(old)
    old.cookies.set("sessionid", session_id)
    on_a = old.get(f"{a}/my-learning/", allow_redirects=False, timeout=60)
    refused = on_a.status_code == 302
    return [
        ("a session made on A is accepted on B", accepted, f"B answered {on_b.status_code}"),
        ("signed out on B, the session is refused on A", refused, f"A answered {on_a.status_code}"),
    ]


def check_cache(a, b, path="/guidance/"):
    """A page cached through A is a hit through B (one public host, as behind a proxy)."""
    import requests

    plain = requests.Session()
    host = {"Host": "127.0.0.1"}  # the key holds the host: both get the same, as from a proxy

    def ask(base):
        return plain.get(base + path, headers=host, timeout=60).headers.get("X-Cache", "absent")

    first, again, on_b = ask(a), ask(a), ask(b)
    return [
        (
            f"a page cached by A ({path}) is a cache hit on B",
            on_b == "hit",
            f"A: {first}, then {again}; B: {on_b}",
        )
    ]


def check_rate_limit(a, b, password):
    """allauth: 5 failed sign-ins in 5 minutes lock an account; made on A and B in turn."""
    import requests

    from benchmarks import stack

    session = requests.Session()
    stack.allow_insecure_cookies(session)
    headers = {"X-Real-IP": PROBE_IP}

    def attempt(base, secret):
        page = session.get(f"{base}/accounts/login/", headers=headers, timeout=60)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return session.post(
            f"{base}/accounts/login/",
            data={"csrfmiddlewaretoken": token, "login": PROBE, "password": secret},
            headers=headers,
            allow_redirects=False,
            timeout=60,
        )

    for n in range(5):
        attempt(a if n % 2 == 0 else b, "not-the-password")
    final = attempt(b, password)
    refused = final.status_code != 302 and "too many" in final.text.lower()
    return [
        (
            "failed sign-ins on A and B count together (right password refused on B after 5)",
            refused,
            f"B answered {final.status_code}" + (" (too many attempts)" if refused else ""),
        )
    ]


# ---------------------------------------------------------------------------------------
# The run


def run_locust(hosts, accounts_file, published_file, users, duration, csv_prefix, logfile):
    env = {
        **os.environ,
        "LOAD_HOSTS": ",".join(hosts),
        "LOAD_ACCOUNTS": str(accounts_file),
        "LOAD_PUBLISHED": str(published_file),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    command = [
        str(Path(sys.executable).with_name("locust")),
        "-f",
        str(HERE / "loadtest" / "locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(max(1, users // 5)),
        "--run-time",
        f"{duration}s",
        "--stop-timeout",
        "10",
        "--csv",
        str(csv_prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    with open(logfile, "w") as log:
        return subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )


def run_stack(kind, args, workdir, static_root, key):
    import requests

    from benchmarks import stack

    users = args.users or (50 if kind == "postgres" else 10)
    db = stack.Stack(
        kind, workdir, static_root, key, extra_env={"ALLAUTH_TRUSTED_CLIENT_IP_HEADER": "X-Real-IP"}
    )
    result = {"kind": kind, "users": users, "duration": args.duration, "checks": []}
    checks = result["checks"]
    try:
        db.create(args.cache)
        accounts = db.python("load.py", "--make-accounts", str(LEARNERS))
        accounts_file = workdir / f"accounts-{kind}.json"
        accounts_file.write_text(json.dumps(accounts))
        published_file = workdir / f"published-{kind}.json"
        ports = [stack.free_port(), stack.free_port()]
        hosts = [f"http://127.0.0.1:{p}" for p in ports]
        a, b = hosts
        with (
            db.gunicorn(ports[0], workers=args.workers, name="gunicorn-a"),
            db.gunicorn(ports[1], workers=args.workers, name="gunicorn-b"),
        ):
            worker = db.worker() if accounts["queued_tasks"] else None
            if worker:
                worker.__enter__()
            try:
                stack.log(f"{kind}: checks across the two instances")
                checks += check_sessions(a, b)
                checks += check_cache(a, b)
                rate = check_rate_limit(a, b, accounts["password"])
                if kind == "sqlite":  # allauth counts in the cache, which is per process here
                    rate = [
                        (name + " [informational without Redis]", None, value)
                        for name, _, value in rate
                    ]
                checks += rate
                before = []  # the guidance index is cached on both before publishing
                for host in hosts:
                    requests.get(host + "/guidance/", timeout=60)
                    cached = requests.get(host + "/guidance/", timeout=60)
                    before.append(cached.headers.get("X-Cache", "absent"))
                checks.append(
                    (
                        "before publishing, /guidance/ is a cache hit on A and on B",
                        before == ["hit", "hit"],
                        f"A: {before[0]}, B: {before[1]}",
                    )
                )
                editor = subprocess.Popen(
                    [sys.executable, str(HERE / "load.py"), "--publish"],
                    cwd=stack.ROOT,
                    env=db.env,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                if editor.stdout.readline().strip() != "ready":
                    raise RuntimeError("the editor's process did not start")
                stack.log(
                    f"{kind}: locust, {users} users for {args.duration} s; "
                    f"load average {stack.load_average()}"
                )
                result["load_start"] = stack.load_average()
                locust = run_locust(
                    hosts,
                    accounts_file,
                    published_file,
                    users,
                    args.duration,
                    workdir / f"locust-{kind}",
                    workdir / f"locust-{kind}.log",
                )
                published = {}

                def editor_publishes():
                    time.sleep(args.duration * 0.45)
                    editor.stdin.write("go\n")
                    editor.stdin.flush()
                    published.update(json.loads(editor.stdout.readline()))
                    done = time.monotonic()
                    seen = []
                    for host in hosts:
                        page = requests.get(host + published["url"], timeout=60)
                        index = requests.get(host + "/guidance/", timeout=60)
                        seen.append(
                            (
                                host,
                                page.status_code,
                                published["title"] in index.text,
                                index.headers.get("X-Cache", "absent"),
                            )
                        )
                    published["seen"] = seen
                    published["after_s"] = time.monotonic() - done
                    published_file.write_text(json.dumps(published))
                    stack.log(f"{kind}: published {published['url']}: {seen}")

                thread = threading.Thread(target=editor_publishes)
                thread.start()
                try:
                    locust.wait(timeout=args.duration + 120)
                    thread.join(timeout=60)
                finally:
                    stack.stop(locust)
                    if editor.poll() is None:
                        editor.kill()
                    editor.wait()
                result["load_end"] = stack.load_average()
                for host, status, listed, cache in published.get("seen", []):
                    name = "A" if host == a else "B"
                    checks.append(
                        (
                            f"right after publishing, {name} serves the new page and lists it",
                            status == 200 and listed,
                            f"HTTP {status}, listed on /guidance/: {listed} (cache {cache})",
                        )
                    )
                if not published.get("seen"):
                    checks.append(("the editor published a page", False, "no result"))
                result["stats"] = read_stats(workdir / f"locust-{kind}_stats.csv")
                result["failures"] = read_failures(workdir / f"locust-{kind}_failures.csv")
                result["locust_exit"] = locust.returncode
            finally:
                if worker:
                    worker.__exit__(None, None, None)
    finally:
        db.destroy()
    return result


def read_stats(path):
    rows = []
    with open(path) as f:
        for row in csv.DictReader(f):
            rows.append(
                {
                    "name": row["Name"],
                    "method": row["Type"],
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "p50": row["50%"],
                    "p95": row["95%"],
                    "rps": float(row["Requests/s"]),
                }
            )
    return rows


def read_failures(path):
    if not Path(path).exists():
        return []
    with open(path) as f:
        return [
            {"name": r["Name"], "error": r["Error"], "count": int(r["Occurrences"])}
            for r in csv.DictReader(f)
        ]


def report(result):
    from benchmarks import stack

    label = "PostgreSQL + Redis" if result["kind"] == "postgres" else "SQLite (no Redis)"
    print()
    print(
        f"== {label}: two gunicorn instances, {result['users']} users for "
        f"{result['duration']} s; load average {result.get('load_start')} at the start, "
        f"{result.get('load_end')} at the end"
    )
    print(
        f"{'page type':<34} {'method':<6} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7}"
    )
    errors = 0
    for row in result.get("stats", []):
        if row["name"] == "Aggregated":
            total = row
            continue
        print(
            f"{row['name']:<34} {row['method']:<6} {row['requests']:>8} {row['failures']:>6} "
            f"{row['p50']:>7} {row['p95']:>7}"
        )
    if result.get("stats"):
        errors = total["failures"]
        print(
            f"{'all':<34} {'':<6} {total['requests']:>8} {total['failures']:>6} "
            f"{total['p50']:>7} {total['p95']:>7}   ({total['rps']:.1f} req/s)"
        )
    for failure in result.get("failures", []):
        print(f"  error: {failure['name']}: {failure['error']} x{failure['count']}")
    checks = list(result["checks"])
    checks.append(("0 errors", bool(result.get("stats")) and errors == 0, f"{errors} errors"))
    print("Checks:")
    return stack.print_checks(checks, unjudged="INFO")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", action="store_true", help="PostgreSQL + Redis (50 users)")
    parser.add_argument("--sqlite", action="store_true", help="the embedded SQLite (10 users)")
    parser.add_argument("--users", type=int, help="virtual users (default 50 / 10)")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per instance")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs)")
    parser.add_argument(
        "--cache",
        help="a folder for the demo databases and static files of this code version, "
        "reused by later runs (http.py and load.py share it)",
    )
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--make-accounts", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--publish", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make_accounts:
        return make_accounts(args.make_accounts)
    if args.publish:
        return publish()
    if not (args.pg or args.sqlite):
        parser.error("say --pg, --sqlite or both")

    from benchmarks import stack

    print(
        f"benchmarks/load.py, {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, load average {stack.load_average()}",
        flush=True,
    )
    key = stack.signing_key()
    results = []
    with stack.workspace(keep=args.keep) as workdir:
        static_root = stack.collectstatic(workdir / "static", key, args.cache)
        for kind, wanted in (("postgres", args.pg), ("sqlite", args.sqlite)):
            if wanted:
                results.append(run_stack(kind, args, workdir, static_root, key))
        if args.keep:
            print(f"work folder kept: {workdir}")
    ok = True
    for result in results:
        ok = report(result) and ok
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    print()
    print("All checks met." if ok else "Some checks are NOT met.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
