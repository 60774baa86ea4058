"""Demo content for learning: the catalogue, five modules, the induction pathway, a Gaelic
module, and the demo learner's progress (one module finished, one part-way)."""

from frameworks.selectors import current_competencies_by_code
from portal.accounts.demo import demo_users
from portal.core.demo_tools import english, ensure_page, home_page, translate_page
from portal.core.models import Theme

from . import services
from .demo_data import GAELIC_MODULE, MODULES, PATHWAY
from .models import (
    Enrolment,
    LearningIndexPage,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    PathwayModule,
    PathwayPage,
)

INDEX = {
    "title": "Learning",
    "introduction": (
        "<p>Modules for community link workers, written with people who do the job. Work "
        "through them lesson by lesson at your own pace: your progress is saved as you go, "
        "and each module you complete earns a certificate that anyone can check.</p>"
    ),
}

INDEX_GD = {
    "Learning": "Ionnsachadh",
    INDEX["introduction"]: (
        "<p>Modalan do luchd-obrach ceangail coimhearsnachd, air an sgrìobhadh còmhla ri daoine "
        "a tha a' dèanamh na h-obrach. Obraich tromhpa leasan air leasan aig do luaths fhèin: "
        "thèid do adhartas a shàbhaladh fhad 's a thèid thu air adhart, agus gheibh thu "
        "teisteanas airson gach modal a chrìochnaicheas tu, teisteanas as urrainn do dhuine sam "
        "bith a dhearbhadh.</p>"
    ),
}

FINISHED = "what-a-clw-does"
PART_WAY = "good-conversations"
PART_WAY_LESSONS = 2


def _body(blocks):
    return [(kind, value) for kind, value in blocks]


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


def load(log):
    """Build the catalogue, modules, lessons, pathway and Gaelic module (idempotent)."""
    home = home_page()
    index, _created = ensure_page(
        home,
        LearningIndexPage,
        "learning",
        title=INDEX["title"],
        introduction=INDEX["introduction"],
        show_in_menus=True,
    )
    en = english()
    competencies = current_competencies_by_code()
    modules = {}
    for spec in MODULES:
        themes = list(Theme.objects.filter(slug__in=spec["themes"], locale=en))
        module, _created = ensure_page(
            index,
            ModulePage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            learning_outcomes=[("outcome", outcome) for outcome in spec["outcomes"]],
            estimated_minutes=spec["minutes"],
            practice_level=spec["level"],
            themes=themes,
            prerequisites=[modules[slug] for slug in spec["prerequisites"]],
            module_competencies=[
                ModuleCompetency(competency=competencies[code], level=level, sort_order=i)
                for i, (code, level) in enumerate(spec["competencies"])
                if code in competencies
            ],
        )
        modules[spec["slug"]] = module
        for lesson in spec["lessons"]:
            ensure_page(
                module,
                LessonPage,
                lesson["slug"],
                title=lesson["title"],
                body=_body(lesson["body"]),
                required=lesson.get("required", True),
                pass_mark=lesson.get("pass_mark", 100),
            )
    ensure_page(
        index,
        PathwayPage,
        PATHWAY["slug"],
        title=PATHWAY["title"],
        introduction=PATHWAY["intro"],
        pathway_modules=[
            PathwayModule(module=modules[slug], sort_order=i)
            for i, slug in enumerate(PATHWAY["modules"])
        ],
    )
    log(f"learning: {len(modules)} modules, the {PATHWAY['title']} pathway")

    translate_page(index, INDEX_GD)
    gaelic_module = modules[GAELIC_MODULE["slug"]]
    translate_page(gaelic_module, GAELIC_MODULE["strings"])
    for lesson in LessonPage.objects.child_of(gaelic_module).order_by("path"):
        translate_page(lesson, GAELIC_MODULE["strings"])
    log(f"learning: Gaelic translation of {gaelic_module.title}")

    _learner_progress(modules, log)
