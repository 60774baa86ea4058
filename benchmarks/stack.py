"""The production stack on this machine, for benchmarks/http.py and benchmarks/load.py.

Every run gets its own database (a fresh SQLite file, or a PostgreSQL database with a
unique name that is dropped afterwards), its own Redis key prefix (deleted afterwards),
its own static, media and page-cache folders, and its own credentials signing key.
Servers run in their own process group and are always stopped by it.

The settings are ``benchmarks.settings`` (``portal.settings.production`` with one more
URL: the bare view, the floor every page is compared with), served over plain http on
loopback (``SECURE_SSL_REDIRECT=0``, which production reads from the environment).
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"
REDIS_URL = "redis://127.0.0.1:6379/0"
DEMO_PASSWORD = "clw-demo-2026"
LEARNER = "learner@demo.clw.scot"
EDITOR = "editor@demo.clw.scot"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def print_checks(checks, unjudged="NOTE"):
    """Print ``(name, met, value)`` checks (``met`` None: reported, not judged); True
    when none failed."""
    for name, met, value in checks:
        mark = f"{unjudged:<7}" if met is None else ("MET    " if met else "NOT MET")
        print(f"  {mark} {name}: {value}")
    return all(met is not False for _, met, _ in checks)


def signing_key():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stack:
    """One database (+ Redis for PostgreSQL) with the environment every process shares."""

    def __init__(self, kind, workdir, static_root, key, extra_env=None):
        assert kind in ("sqlite", "postgres")
        self.kind = kind
        self.workdir = Path(workdir)
        self.token = f"clwbench{os.getpid()}{uuid.uuid4().hex[:6]}"
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "REDIS_URL", "DEBUG", "DJANGO_SETTINGS_MODULE")
        }
        env.update(
            DJANGO_SETTINGS_MODULE="benchmarks.settings",
            SECRET_KEY="benchmark-only-" + uuid.uuid4().hex,
            ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
            SECURE_SSL_REDIRECT="0",
            CREDENTIALS_SIGNING_KEY=key,
            STATIC_ROOT=str(static_root),
            MEDIA_ROOT=str(self.workdir / "media"),
            PAGE_CACHE_DIR=str(self.workdir / f"page-cache-{kind}"),
            DATABASE_CONN_MAX_AGE="60",
            EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000",
            DEMO_PASSWORD=DEMO_PASSWORD,
            PYTHONPATH=str(ROOT),
        )
        if kind == "sqlite":
            self.db_name = str(self.workdir / f"{self.token}.sqlite3")
            env["DATABASE_URL"] = f"sqlite:///{self.db_name}"
        else:
            self.db_name = self.token
            env["DATABASE_URL"] = PG_URL.format(name=self.db_name)
            env["REDIS_URL"] = REDIS_URL
            env["CACHE_KEY_PREFIX"] = self.token
        env.update(extra_env or {})
        self.env = env

    # -- database ---------------------------------------------------------------------

    def create(self, cache=None):
        """Migrate and load the demo content; with ``cache``, reuse what this code made.

        The cache (a folder, see ``--cache``) keeps one freshly built demo database per
        kind and code version (a SQLite copy, a ``pg_dump``) and its media files, so a
        second benchmark of the same code restores it in seconds instead of migrating.
        """
        media = self.workdir / "media"
        if cache:
            key = code_key()
            artefact = Path(cache) / f"demo-{key}.{self.kind}"
            cached_media = Path(cache) / f"media-{key}"
            if artefact.exists():
                log(f"{self.kind}: restoring the demo database from {artefact}")
                if self.kind == "postgres":
                    psql(f'CREATE DATABASE "{self.db_name}"')
                    pg("pg_restore", "--no-owner", "-d", self.db_name, str(artefact))
                else:
                    sqlite_copy(artefact, self.db_name)
                if cached_media.exists():
                    shutil.copytree(cached_media, media, dirs_exist_ok=True)
                return
        if self.kind == "postgres":
            psql(f'CREATE DATABASE "{self.db_name}"')
        log(f"{self.kind}: migrate")
        self.manage("migrate", "--no-input", "-v0")
        log(f"{self.kind}: load_demo_content")
        self.manage("load_demo_content", "-v0")
        self.drain_tasks()
        if cache:
            Path(cache).mkdir(parents=True, exist_ok=True)
            if self.kind == "postgres":
                pg("pg_dump", "-Fc", "-f", str(artefact), self.db_name)
            else:
                sqlite_copy(self.db_name, artefact)
            if media.exists() and not cached_media.exists():
                shutil.copytree(media, cached_media)

    def destroy(self):
        if self.kind == "postgres":
            try:
                psql(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)')
            except subprocess.CalledProcessError as error:
                log(f"could not drop {self.db_name}: {error}")
            try:
                import redis

                client = redis.Redis.from_url(REDIS_URL)
                keys = list(client.scan_iter(f"{self.token}*", count=1000))
                if keys:
                    client.delete(*keys)
            except Exception as error:  # noqa: BLE001
                log(f"could not delete Redis keys {self.token}*: {error}")
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(self.db_name + suffix).unlink(missing_ok=True)
        shutil.rmtree(self.workdir / f"page-cache-{self.kind}", ignore_errors=True)

    def drain_tasks(self):
        """Run what loading queued (search indexing, reference index) and wait for it.

        Production queues these for django-tasks' worker; a fresh site's backlog would
        otherwise be worked through during the measurement, each index write a content
        change that empties the page cache.
        """
        result = subprocess.run(
            [PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
            cwd=ROOT,
            env={**self.env, "LOG_LEVEL": "ERROR"},
            capture_output=True,
            text=True,
        )
        if result.returncode == 0:
            log(f"{self.kind}: ran the queued tasks")
        elif "Unknown command" not in result.stderr:
            raise RuntimeError(f"db_worker --batch failed: {result.stderr[-2000:]}")

    def manage(self, *args, capture=False):
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            text=True,
            capture_output=capture,
        )
        return result.stdout if capture else None

    def python(self, script, *args):
        """Run a benchmark script's Django-side helper with this stack's settings; JSON back."""
        result = subprocess.run(
            [PYTHON, str(ROOT / "benchmarks" / script), *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            text=True,
            stdout=subprocess.PIPE,
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        return json.loads(lines[-1]) if lines else None

    # -- servers ----------------------------------------------------------------------

    @contextmanager
    def gunicorn(self, port, workers=2, extra_env=None, name="gunicorn"):
        logfile = open(self.workdir / f"{name}-{port}.log", "w")  # noqa: SIM115
        process = subprocess.Popen(
            [
                GUNICORN,
                "portal.wsgi",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--timeout",
                "60",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env={**self.env, **(extra_env or {})},
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_port(port, process)
            yield process
        finally:
            stop(process)
            logfile.close()

    @contextmanager
    def worker(self):
        """django-tasks-db's worker beside gunicorn, when production queues tasks."""
        logfile = open(self.workdir / "db_worker.log", "w")  # noqa: SIM115
        process = subprocess.Popen(
            [PYTHON, "manage.py", "db_worker", "--interval", "0.5", "--no-startup-delay"],
            cwd=ROOT,
            env=self.env,
            stdout=logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            yield process
        finally:
            stop(process)
            logfile.close()


def stop(process):
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for_port(port, process, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn on {port} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn on {port} did not start")


def code_key():
    """A short hash of the code the demo database and static files depend on: every
    tracked file at HEAD and any uncommitted change, except the benchmarks and docs."""
    import hashlib

    skip = ("benchmarks/", "README.md", "docs/")
    tree = subprocess.run(
        ["git", "ls-tree", "-r", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    tree = "".join(
        line for line in tree.splitlines(True) if not line.split("\t")[-1].startswith(skip)
    )
    diff = subprocess.run(
        ["git", "diff", "HEAD", "--", ".", ":(exclude)benchmarks", ":(exclude)README.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return hashlib.sha1((tree + diff).encode()).hexdigest()[:12]


def sqlite_copy(source, target):
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def pg(command, *args):
    subprocess.run(
        [command, "-h", "127.0.0.1", "-U", "postgres", *args],
        check=True,
        capture_output=True,
        text=True,
    )


def psql(sql):
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-q", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
    )


def collectstatic(static_root, key, cache=None):
    """Collect the static files once (manifest storage, as production serves them).

    Returns the folder to serve them from: ``static_root``, or with ``cache`` the cached
    collection for this code version (made there the first time).
    """
    if cache:
        cached = Path(cache) / f"static-{code_key()}"
        if cached.exists():
            log(f"static files from {cached}")
            return cached
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "SECRET_KEY": "benchmark-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "CREDENTIALS_SIGNING_KEY": key,
        "STATIC_ROOT": str(static_root),
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": "sqlite:///:memory:",
    }
    env.pop("REDIS_URL", None)
    log("collectstatic")
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    if cache:  # only a complete collection goes in the cache
        Path(cache).mkdir(parents=True, exist_ok=True)
        shutil.copytree(static_root, cached)
        return cached
    return static_root


def sign_in(base, email, password=DEMO_PASSWORD, session=None, headers=None):
    """Sign in through allauth's form over HTTP; returns the requests session (cookies)."""
    import re

    import requests

    session = session or requests.Session()
    allow_insecure_cookies(session)
    page = session.get(f"{base}/accounts/login/", headers=headers, timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    answer = session.post(
        f"{base}/accounts/login/",
        data={"csrfmiddlewaretoken": token, "login": email, "password": password},
        headers={**(headers or {}), "Referer": f"{base}/accounts/login/"},
        allow_redirects=False,
        timeout=60,
    )
    if answer.status_code != 302 or "sessionid" not in session.cookies:
        raise RuntimeError(f"could not sign in {email}: {answer.status_code}")
    return session


def allow_insecure_cookies(session=None):
    """Production marks cookies Secure; on plain-http loopback send them back anyway.

    For the whole benchmark process: requests copies a session's cookies into a new jar
    (with the default policy) for every request, so a policy set on one jar is lost.
    """
    from http.cookiejar import DefaultCookiePolicy

    DefaultCookiePolicy.return_ok_secure = lambda self, cookie, request: True


def cookie_header(session):
    return "; ".join(f"{c.name}={c.value}" for c in session.cookies)


@contextmanager
def workspace(keep=False):
    path = Path(tempfile.mkdtemp(prefix="clw-bench-"))
    try:
        yield path
    finally:
        if not keep:
            shutil.rmtree(path, ignore_errors=True)
