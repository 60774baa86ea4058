"""Browser journeys: Playwright driving Debian's Chromium against a live test server.

Without a Chromium the journeys fail, saying why, unless ``SKIP_BROWSER_TESTS=1`` says
the run is meant to go without them.

The demo content is loaded once per test session (per xdist worker) and kept as a
database snapshot (tests/db_snapshots.py); each journey starts from a fresh copy of it,
and afterwards the database goes back to the migrations' state (tests/conftest.py). One
Chromium serves all the journeys in this folder; each journey gets its own browser
context (its own cookies and storage). With the other tests that use the demo content,
the journeys run on one xdist worker (``--dist loadgroup``), so the demo content and
the browser are set up once per run.
"""

import os
import shutil
import time
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by
# fixtures here are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

E2E_DIR = Path(__file__).resolve().parent
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
SERIOUS = {"serious", "critical"}


def chromium_path():
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium")]
    return next((c for c in candidates if c and os.path.exists(c)), None)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if E2E_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for the journeys in this folder.

    Package-scoped, not session-scoped: while Playwright's sync API runs, its event loop
    counts as running in this thread (``asyncio.get_running_loop()`` finds it), so
    ``async_to_sync`` refuses to work and Django's async-safety checks fire. pytest closes
    the browser as soon as the next test is outside ``tests/e2e/``, so no other test runs
    beside it (``DJANGO_ALLOW_ASYNC_UNSAFE`` above covers the journeys' own database work).
    """
    path = chromium_path()
    if path is None:
        reason = (
            "BROWSER TESTS NOT RUN: no Chromium found (install Debian's 'chromium' "
            "package or set CHROMIUM_PATH)"
        )
        # A missing browser fails the run: the journeys are part of the suite. Someone
        # who knowingly runs without one says so (SKIP_BROWSER_TESTS=1).
        if os.environ.get("SKIP_BROWSER_TESTS") != "1":
            pytest.fail(reason + "; SKIP_BROWSER_TESTS=1 runs the rest without them")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, demo_content):
    """The live server's URL, the database holding the demo content as loaded."""
    return live_server.url


@pytest.fixture
def page(browser, demo_site):
    """A page in a new browser context: nothing carries over from another journey."""
    context = browser.new_context(base_url=demo_site, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def assert_accessible():
    """Run axe-core on the current page; fail on any serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(page)
        bad = [v for v in results.response["violations"] if v.get("impact") in SERIOUS]
        details = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + "; ".join(
                node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
                for node in v["nodes"][:5]
            )
            for v in bad
        )
        assert not bad, f"axe-core found serious problems on {page.url}:\n{details}"

    return check


def enter_mfa_code(target):
    """On allauth's two-factor page, type the demo editor's current code.

    A code is accepted once only, so a second sign-in within the same 30-second window
    waits for the next code.
    """
    from allauth.mfa import app_settings

    from portal.accounts.demo import EDITOR_TOTP_SECRET
    from portal.accounts.management.commands.demo_mfa_code import current_code

    period = app_settings.TOTP_PERIOD
    window = int(time.time()) // period
    if window in _USED_WINDOWS:
        time.sleep(period - time.time() % period + 0.5)
        window = int(time.time()) // period
    _USED_WINDOWS.add(window)
    target.get_by_label("Code").fill(current_code(EDITOR_TOTP_SECRET))
    target.get_by_role("button", name="Sign In").click()
    target.wait_for_load_state()


_USED_WINDOWS = set()


@pytest.fixture
def sign_in(page):
    """Sign in through the real form as one of the demo accounts.

    The demo editor has two-factor authentication: the helper types her current code.
    """
    _USED_WINDOWS.clear()  # each test starts with an empty cache of used codes

    def do(email, password="clw-demo-2026", target=None):
        target = target or page
        target.goto("/accounts/login/")
        target.get_by_label("Email").fill(email)
        target.get_by_label("Password").fill(password)
        target.get_by_role("button", name="Sign In").click()
        target.wait_for_load_state()
        if "/accounts/2fa/authenticate/" in target.url:
            enter_mfa_code(target)

    return do
