"""Demo content for learning: the catalogue, five modules, the induction pathway, their
Gaelic translations, and the demo learner's progress (one module finished, one part-way).

The words are in ``demo/<language>/learning/``: ``index.yaml`` lists the modules and
pathways in order, each module file lists its lessons, and each lesson is a file in the
folder named after its module (see ``demo/README.md``).
"""

from frameworks.selectors import current_competencies_by_code
from portal.accounts.demo import demo_users
from portal.core.demo_tools import (
    blocks,
    content,
    english,
    ensure_page,
    home_page,
    translate_from_file,
)
from portal.core.models import Theme

from . import services
from .models import (
    Enrolment,
    LearningIndexPage,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    PathwayModule,
    PathwayPage,
)

FINISHED = "what-a-clw-does"
PART_WAY = "good-conversations"
PART_WAY_LESSONS = 2


def _correct_answers(lesson):
    return {
        block.id: [i for i, option in enumerate(block.value["options"]) if option["correct"]]
        for block in lesson.questions
    }


def _learner_progress(modules, log):
    learner = demo_users().get("learner@demo.clw.scot")
    if learner is None or Enrolment.objects.filter(user=learner).exists():
        return
    finished = modules[FINISHED]
    for lesson in LessonPage.objects.child_of(finished).live().specific().order_by("path"):
        if lesson.has_check:
            services.record_attempt(learner, lesson, _correct_answers(lesson))
        else:
            services.complete_lesson(learner, lesson, finished)
    part_way = modules[PART_WAY]
    lessons = list(LessonPage.objects.child_of(part_way).live().specific().order_by("path"))
    for lesson in lessons[:PART_WAY_LESSONS]:
        services.complete_lesson(learner, lesson, part_way)
    log(f"demo learner: finished {FINISHED}, part-way through {PART_WAY}")


def module_path(slug):
    return f"learning/modules/{slug}.yaml"


def lesson_path(module_slug, slug):
    return f"learning/modules/{module_slug}/{slug}.yaml"


def load(log):
    """Build the catalogue, modules, lessons and pathways, and their Gaelic translations."""
    home = home_page()
    spec = content("learning/index.yaml")
    index, _created = ensure_page(
        home,
        LearningIndexPage,
        "learning",
        title=spec["title"],
        introduction=spec["introduction"],
        show_in_menus=True,
    )
    translate_from_file(index, "learning/index.yaml")
    en = english()
    competencies = current_competencies_by_code()
    modules = {}
    for slug in spec["modules"]:
        module_spec = content(module_path(slug))
        module, _created = ensure_page(
            index,
            ModulePage,
            slug,
            title=module_spec["title"],
            summary=module_spec["summary"],
            learning_outcomes=[("outcome", outcome) for outcome in module_spec["outcomes"]],
            estimated_minutes=module_spec["minutes"],
            practice_level=module_spec["level"],
            themes=list(Theme.objects.filter(slug__in=module_spec["themes"], locale=en)),
            prerequisites=[modules[prerequisite] for prerequisite in module_spec["prerequisites"]],
            module_competencies=[
                ModuleCompetency(
                    competency=competencies[item["code"]], level=item["level"], sort_order=i
                )
                for i, item in enumerate(module_spec["competencies"])
                if item["code"] in competencies
            ],
        )
        modules[slug] = module
        translate_from_file(module, module_path(slug))
        for lesson_slug in module_spec["lessons"]:
            path = lesson_path(slug, lesson_slug)
            lesson_spec = content(path)
            lesson, _created = ensure_page(
                module,
                LessonPage,
                lesson_slug,
                title=lesson_spec["title"],
                body=blocks(lesson_spec["body"]),
                required=lesson_spec.get("required", True),
                pass_mark=lesson_spec.get("pass_mark", 100),
            )
            translate_from_file(lesson, path)
    for slug in spec["pathways"]:
        path = f"learning/pathways/{slug}.yaml"
        pathway_spec = content(path)
        pathway, _created = ensure_page(
            index,
            PathwayPage,
            slug,
            title=pathway_spec["title"],
            introduction=pathway_spec["introduction"],
            pathway_modules=[
                PathwayModule(module=modules[module_slug], sort_order=i)
                for i, module_slug in enumerate(pathway_spec["modules"])
            ],
        )
        translate_from_file(pathway, path)
        log(f"learning: the {pathway_spec['title']} pathway")
    log(f"learning: {len(modules)} modules")

    _learner_progress(modules, log)
