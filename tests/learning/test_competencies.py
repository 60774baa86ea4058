"""The link with the competency framework: modules list the competencies they develop,
completion records evidence, and the framework learns which modules close which gaps."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from frameworks import selectors as framework_selectors
from frameworks.models import Evidence
from learning import services
from learning.competencies import learning_for_competencies
from learning.models import ModuleCompetency
from tests.factories.frameworks import competencies_of, make_framework, make_framework_page
from tests.factories.learning import build_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def competencies(home_page):
    framework = make_framework(competencies=4, domains=2)
    make_framework_page(home_page)
    return competencies_of(framework)


def develops(module, *pairs):
    for i, (competency, level) in enumerate(pairs):
        ModuleCompetency.objects.create(
            module=module, competency=competency, level=level, sort_order=i
        )


def finish(user, lessons):
    for lesson in lessons:
        if lesson.has_check:
            answers = {
                b.id: [i for i, o in enumerate(b.value["options"]) if o["correct"]]
                for b in lesson.questions
            }
            services.record_attempt(user, lesson, answers)
        else:
            services.complete_lesson(user, lesson)


def test_module_page_lists_competencies_and_levels(client, module, competencies):
    develops(module, (competencies[0], "skilled"), (competencies[2], "informed"))
    html = client.get(module.url).content.decode()
    assert "Competencies it develops" in html
    assert f'href="/framework/#{competencies[0].anchor}"' in html
    assert f"{competencies[0].code} {competencies[0].title}" in html and "(Skilled)" in html


def test_completing_a_module_records_evidence_once(user, module, lessons, competencies):
    develops(module, (competencies[0], "skilled"), (competencies[1], "informed"))
    finish(user, lessons)
    evidence = Evidence.objects.filter(user=user).order_by("identity")
    assert {(e.identity, e.level) for e in evidence} == {
        (competencies[0].identity, "skilled"),
        (competencies[1].identity, "informed"),
    }
    assert all(e.source_title == module.title and e.source_url == module.url for e in evidence)
    finish(user, lessons)  # again: nothing new
    assert Evidence.objects.filter(user=user).count() == 2


def test_no_evidence_before_the_module_is_complete(user, module, lessons, competencies):
    develops(module, (competencies[0], "skilled"))
    services.complete_lesson(user, lessons[0])
    assert not Evidence.objects.exists()


def test_hook_offers_modules_with_completion(user, index, module, lessons, competencies):
    develops(module, (competencies[0], "skilled"))
    other, _ = build_module(index, title="Another module")
    develops(other, (competencies[0], "enhanced"), (competencies[1], "informed"))
    finish(user, lessons)
    found = framework_selectors.learning_for([str(competencies[0].identity)], user)
    items = found[str(competencies[0].identity)]
    assert [(i["title"], i["level"], i["completed"]) for i in items] == [
        ("Good conversations", "skilled", True),
        ("Another module", "enhanced", False),
    ]
    assert items[0]["url"] == module.url
    assert str(competencies[1].identity) not in found  # not asked for


def test_hook_hides_modules_the_person_may_not_see(client, index, competencies):
    private, _ = build_module(index, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    develops(private, (competencies[0], "skilled"))
    from django.contrib.auth.models import AnonymousUser

    assert learning_for_competencies([str(competencies[0].identity)], AnonymousUser()) == []
    html = client.get("/framework/").content.decode()
    assert "Members only" not in html


def test_framework_page_links_to_modules(client, module, competencies):
    develops(module, (competencies[0], "skilled"))
    html = client.get("/framework/").content.decode()
    assert f'href="{module.url}"' in html


def test_hook_runs_a_fixed_number_of_queries(user, index, competencies):
    identities = [str(c.identity) for c in competencies]

    def measure():
        with CaptureQueriesContext(connection) as queries:
            learning_for_competencies(identities, user)
        return len(queries)

    for _ in range(3):
        module, _lessons = build_module(index, lessons=1)
        develops(module, (competencies[0], "skilled"), (competencies[1], "informed"))
    small = measure()
    for _ in range(27):
        module, _lessons = build_module(index, lessons=1)
        develops(module, (competencies[2], "skilled"))
    assert measure() == small
