"""Demo content: framework version 1 and its Gaelic translation, the framework page, and
the demo learner's two self-assessments months apart.

The words are in ``demo/<language>/frameworks/``: ``framework.yaml`` (the framework
snippet: levels, domains, competencies and their descriptors), ``page.yaml`` and
``self-assessments.yaml`` (see ``demo/README.md``).
"""

import datetime

from django.db import transaction
from django.utils import timezone

from portal.accounts.demo import demo_users
from portal.core.demo_tools import content, english, ensure_page, home_page, translate_from_file

from . import services
from .models import (
    Competency,
    CompetencyFramework,
    Domain,
    FrameworkLevel,
    FrameworkPage,
    FrameworkStatus,
    SelfAssessment,
)

FRAMEWORK_FILE = "frameworks/framework.yaml"
PAGE_FILE = "frameworks/page.yaml"
ASSESSMENTS_FILE = "frameworks/self-assessments.yaml"


@transaction.atomic
def ensure_framework():
    """Framework version 1 in English, published, built from its content file if missing."""
    framework_spec = content(FRAMEWORK_FILE)
    en = english()
    framework = CompetencyFramework.objects.filter(
        name=framework_spec["name"], version=framework_spec["version"], locale=en
    ).first()
    if framework is not None:
        return framework
    framework = CompetencyFramework.objects.create(
        name=framework_spec["name"],
        version=framework_spec["version"],
        introduction=framework_spec["introduction"],
        status=FrameworkStatus.DRAFT,
        locale=en,
    )
    for order, level in enumerate(framework_spec["levels"]):
        FrameworkLevel.objects.create(framework=framework, sort_order=order, locale=en, **level)
    for d_order, spec in enumerate(framework_spec["domains"]):
        domain = Domain.objects.create(
            framework=framework,
            sort_order=d_order,
            code=spec["code"],
            title=spec["title"],
            description=spec["description"],
            locale=en,
        )
        for c_order, item in enumerate(spec["competencies"]):
            Competency.objects.create(
                domain=domain,
                sort_order=c_order,
                code=item["code"],
                title=item["title"],
                description=item["description"],
                locale=en,
                **item["descriptors"],
            )
    published_on = timezone.localdate() - datetime.timedelta(days=300)
    return services.publish(framework, on=published_on)


def ensure_assessments(framework, log):
    """The demo learner's two completed assessments, about five months apart."""
    learner = demo_users().get("learner@demo.clw.scot")
    if learner is None or SelfAssessment.objects.filter(user=learner).exists():
        return
    competencies = {c.code: c for c in Competency.objects.filter(domain__framework=framework)}
    now = timezone.now()
    assessments = content(ASSESSMENTS_FILE)["assessments"]
    for spec in assessments:
        when = now - datetime.timedelta(days=30 * spec["months_ago"])
        ratings = {
            competencies[rating["code"]]: (rating["level"] or "", rating["note"] or "")
            for rating in spec["ratings"]
            if rating["code"] in competencies
        }
        services.save_assessment(learner, framework, ratings, complete=True, when=when)
    log(f"self-assessments for {learner.email}: {len(assessments)}")


def load(log):
    framework = ensure_framework()
    translate_from_file(framework, FRAMEWORK_FILE)
    log(f"framework: {framework}")

    spec = content(PAGE_FILE)
    page, _created = ensure_page(
        home_page(),
        FrameworkPage,
        "framework",
        title=spec["title"],
        summary=spec["summary"],
        show_in_menus=spec.get("show_in_menus", False),
    )
    translate_from_file(page, PAGE_FILE)
    log("framework page at /framework/ (and /gd/framework/)")
    ensure_assessments(framework, log)
