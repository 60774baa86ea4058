"""Demo content: framework version 1 and its Gaelic translation, the framework page, and
the demo learner's two self-assessments months apart (data in ``demo_data.py``)."""

import datetime

from django.db import transaction
from django.utils import timezone

from portal.accounts.demo import demo_users
from portal.core.demo_tools import (
    english,
    ensure_page,
    gaelic,
    home_page,
    translate,
    translate_page,
)

from . import services
from .demo_data import FRAMEWORK, GAELIC, SELF_ASSESSMENTS
from .models import (
    Competency,
    CompetencyFramework,
    Domain,
    FrameworkLevel,
    FrameworkPage,
    FrameworkStatus,
    SelfAssessment,
)

PAGE = {
    "title": "Competency framework",
    "summary": (
        "The shared competency framework for community link workers in Scotland: six domains, "
        "each competency described at four practice levels, with self-assessment for link workers."
    ),
}
PAGE_GD = {
    "Competency framework": "Frèam chomasan",
    PAGE["summary"]: (
        "Am frèam chomasan co-roinnte airson oibrichean ceangail coimhearsnachd ann an Alba: sia "
        "raointean, gach comas air a mhìneachadh aig ceithir ìrean cleachdaidh, le "
        "fèin-mheasadh do dh'oibrichean ceangail."
    ),
}


@transaction.atomic
def ensure_framework():
    """Framework version 1 in English, published, built from FRAMEWORK if missing."""
    en = english()
    framework = CompetencyFramework.objects.filter(
        name=FRAMEWORK["name"], version=FRAMEWORK["version"], locale=en
    ).first()
    if framework is not None:
        return framework
    framework = CompetencyFramework.objects.create(
        name=FRAMEWORK["name"],
        version=FRAMEWORK["version"],
        introduction=FRAMEWORK["introduction"],
        status=FrameworkStatus.DRAFT,
        locale=en,
    )
    for order, level in enumerate(FRAMEWORK["levels"]):
        FrameworkLevel.objects.create(framework=framework, sort_order=order, locale=en, **level)
    for d_order, spec in enumerate(FRAMEWORK["domains"]):
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
    for spec in SELF_ASSESSMENTS:
        when = now - datetime.timedelta(days=30 * spec["months_ago"])
        ratings = {
            competencies[code]: (level or "", note)
            for code, (level, note) in spec["ratings"].items()
            if code in competencies
        }
        services.save_assessment(learner, framework, ratings, complete=True, when=when)
    log(f"self-assessments for {learner.email}: {len(SELF_ASSESSMENTS)}")


def load(log):
    framework = ensure_framework()
    translate(framework, gaelic(), GAELIC)
    log(f"framework: {framework}")

    page, _created = ensure_page(
        home_page(),
        FrameworkPage,
        "framework",
        title=PAGE["title"],
        summary=PAGE["summary"],
        show_in_menus=True,
    )
    translate_page(page, PAGE_GD)
    log("framework page at /framework/ (and /gd/framework/)")
    ensure_assessments(framework, log)
