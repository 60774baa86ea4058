"""The load test's visitors (locust), run by benchmarks/load.py; not meant to be run alone.

Every request goes to the next of the app servers in LOAD_HOSTS in turn (two gunicorn
instances sharing one database and one Redis), so a visitor's session, its CSRF cookie
and the page cache must work on both. Each virtual user has its own client address
(X-Real-IP, which the servers are told to trust), as behind a proxy.

- Readers (anonymous): home, case studies with theme and region filters, a case study,
  guidance, search; and, once the editor has published (LOAD_PUBLISHED names the file
  load.py writes), the new page, which must answer 200 from every server.
- Learners (signed in, one account each from LOAD_ACCOUNTS): a lesson, its knowledge
  check posted with the right answers (from the demo YAML), "Mark as complete" for
  lessons without a check, the module, My learning.
"""

import itertools
import json
import os
import random
import re
from http.cookiejar import DefaultCookiePolicy
from pathlib import Path

import yaml
from locust import HttpUser, between, task

ROOT = Path(__file__).resolve().parent.parent.parent
DEMO = ROOT / "demo" / "en"
HOSTS = [h for h in os.environ.get("LOAD_HOSTS", "").split(",") if h]
ACCOUNTS = json.loads(Path(os.environ["LOAD_ACCOUNTS"]).read_text()) if HOSTS else {}
PUBLISHED = Path(os.environ.get("LOAD_PUBLISHED", "/nonexistent"))
MODULES = ["what-a-clw-does", "asset-mapping", "looking-after-yourself"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ANSWER_FIELD = re.compile(r'name="(answer-[0-9a-f-]+)"')
_accounts = itertools.count()


def _lessons():
    """[(module slug, lesson slug, [correct option positions per question])]."""
    lessons = []
    for module in MODULES:
        info = yaml.safe_load((DEMO / "learning" / "modules" / f"{module}.yaml").read_text())
        for slug in info["lessons"]:
            body = yaml.safe_load(
                (DEMO / "learning" / "modules" / module / f"{slug}.yaml").read_text()
            )["body"]
            answers = [
                [i for i, option in enumerate(block["question"]["options"]) if option["correct"]]
                for block in body
                if "question" in block
            ]
            lessons.append((module, slug, answers))
    return lessons


LESSONS = _lessons()
CASE_STUDIES = sorted(
    p.stem for p in (DEMO / "network" / "case-studies").glob("*.yaml") if p.stem != "index"
)
GUIDANCE = sorted(
    p.stem for p in (DEMO / "network" / "guidance").glob("*.yaml") if p.stem != "index"
)
THEMES = ["housing", "mental-health", "money-welfare", "social-isolation", "trauma"]
REGIONS = ["greater-glasgow-clyde", "lothian", "tayside", "shetland", "highland"]
SEARCHES = ["housing", "self-referral", "foodbank", "trauma support", "asset mapping", "carers"]


# Production marks cookies Secure; on plain-http loopback send them back anyway (for the
# whole process: requests copies cookies into a jar with the default policy per request).
DefaultCookiePolicy.return_ok_secure = lambda self, cookie, request: True


class Visitor(HttpUser):
    abstract = True
    wait_time = between(0.5, 2.5)
    host = HOSTS[0] if HOSTS else "http://127.0.0.1"

    def on_start(self):
        number = random.randrange(1, 250 * 250)
        self.client.headers["X-Real-IP"] = (
            f"10.{number // 250}.{number % 250}.{random.randint(1, 250)}"
        )
        self.turn = itertools.cycle(random.sample(HOSTS, len(HOSTS)))

    def get(self, path, name, **kwargs):
        with self.client.get(
            next(self.turn) + path, name=name, catch_response=True, **kwargs
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code} for {path}")
            elif "/accounts/login/" in response.url and not path.startswith("/accounts/login/"):
                response.failure(f"sent to sign in from {path}")
            return response

    def post(self, path, data, name, expect):
        """POST (following the redirect); fails unless it ends at a URL containing ``expect``."""
        with self.client.post(
            next(self.turn) + path, data=data, name=name, catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code} for {path}")
            elif expect not in response.url or "/accounts/login/" in response.url:
                response.failure(f"{name}: ended at {response.url}, expected {expect}")
            return response


class Reader(Visitor):
    weight = 3

    @task(3)
    def home(self):
        self.get("/", "home")

    @task(3)
    def case_studies_filtered(self):
        filters = random.choice(
            [
                f"theme={random.choice(THEMES)}",
                f"region={random.choice(REGIONS)}",
                f"theme={random.choice(THEMES)}&region={random.choice(REGIONS)}",
                "",
            ]
        )
        self.get(f"/case-studies/?{filters}", "case studies (filters)")

    @task(2)
    def case_study(self):
        self.get(f"/case-studies/{random.choice(CASE_STUDIES)}/", "case study")

    @task(1)
    def guidance_index(self):
        self.get("/guidance/", "guidance index")

    @task(2)
    def guidance(self):
        self.get(f"/guidance/{random.choice(GUIDANCE)}/", "guidance")

    @task(2)
    def search(self):
        self.get(f"/search/?q={random.choice(SEARCHES)}", "search")

    @task(2)
    def published_page(self):
        if PUBLISHED.exists():
            url = json.loads(PUBLISHED.read_text())["url"]
            for _ in HOSTS:  # from every server in turn
                self.get(url, "new page (after publishing)")


class Learner(Visitor):
    weight = 2

    def on_start(self):
        super().on_start()
        account = ACCOUNTS["learners"][next(_accounts) % len(ACCOUNTS["learners"])]
        page = self.get("/accounts/login/", "sign in (form)")
        token = CSRF.search(page.text).group(1)
        self.post(
            "/accounts/login/",
            {"csrfmiddlewaretoken": token, "login": account, "password": ACCOUNTS["password"]},
            "sign in",
            "/",  # the home page, not the sign-in form again
        )
        self.lessons = list(LESSONS)

    @task(4)
    def lesson(self):
        module, slug, answers = random.choice(self.lessons)
        path = f"/learning/{module}/{slug}/"
        page = self.get(path, "lesson")
        match = CSRF.search(page.text)
        if not match:
            page.failure("no form on the lesson")
            return
        data = {"csrfmiddlewaretoken": match.group(1)}
        if answers:
            fields = list(dict.fromkeys(ANSWER_FIELD.findall(page.text)))
            if len(fields) != len(answers):
                page.failure(f"{path}: {len(fields)} questions on the page, {len(answers)} in YAML")
                return
            for field, correct in zip(fields, answers, strict=True):
                data[field] = [str(i) for i in correct]
            data["action"] = "check"
            self.post(path, data, "knowledge check (right answers)", "?attempt=")
        else:
            data["action"] = "complete"
            self.post(path, data, "mark as complete", "/learning/")

    @task(1)
    def module(self):
        self.get(f"/learning/{random.choice(MODULES)}/", "module (signed in)")

    @task(2)
    def my_learning(self):
        self.get("/my-learning/", "my learning")
