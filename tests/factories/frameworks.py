"""Factories for competency frameworks and self-assessments."""

from wagtail.models import Locale

from frameworks import services
from frameworks.models import (
    Competency,
    CompetencyFramework,
    Domain,
    FrameworkLevel,
    FrameworkPage,
)
from portal.core.levels import PracticeLevel


def make_framework(competencies=10, domains=2, version=1, publish=True, name="Test framework"):
    """A framework with four levels and ``competencies`` spread over ``domains``."""
    en = Locale.objects.get(language_code="en")
    framework = CompetencyFramework.objects.create(
        name=name, version=version, introduction="<p>Intro</p>", locale=en
    )
    for order, level in enumerate(PracticeLevel):
        FrameworkLevel.objects.create(
            framework=framework,
            sort_order=order,
            slug=level.value,
            name=str(level.label),
            description=f"About {level.label}",
            locale=en,
        )
    rows = []
    for d in range(domains):
        domain = Domain.objects.create(
            framework=framework, sort_order=d, code=str(d + 1), title=f"Domain {d + 1}", locale=en
        )
        count = competencies // domains + (1 if d < competencies % domains else 0)
        for c in range(count):
            rows.append(
                Competency.objects.create(
                    domain=domain,
                    sort_order=c,
                    code=f"{d + 1}.{c + 1}",
                    title=f"Competency {d + 1}.{c + 1}",
                    description="What it involves",
                    informed=f"Informed {d + 1}.{c + 1}",
                    skilled=f"Skilled {d + 1}.{c + 1}",
                    enhanced=f"Enhanced {d + 1}.{c + 1}",
                    specialist=f"Specialist {d + 1}.{c + 1}",
                    locale=en,
                )
            )
    if publish:
        services.publish(framework)
    return framework


def competencies_of(framework):
    return list(
        Competency.objects.filter(domain__framework=framework).order_by(
            "domain__sort_order", "sort_order"
        )
    )


def make_framework_page(home_page, slug="framework"):
    page = FrameworkPage(title="Competency framework", slug=slug, summary="The framework")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page
