"""Factories for learning pages, and a helper that builds a small module."""

import factory
import wagtail_factories

from learning.models import LearningIndexPage, LessonPage, ModulePage, PathwayPage

SINGLE = {
    "kind": "single",
    "question": "Who can refer someone to a link worker?",
    "options": [
        {"text": "Only GPs", "correct": False, "feedback": "No: anyone in the team can refer."},
        {"text": "Anyone in the practice team", "correct": True, "feedback": "Yes, anyone."},
        {"text": "Nobody", "correct": False, "feedback": "No: referrals are how people arrive."},
    ],
}
MULTIPLE = {
    "kind": "multiple",
    "question": "Which of these are common issues people bring? Choose all that apply.",
    "options": [
        {"text": "Housing", "correct": True, "feedback": "Yes, often."},
        {"text": "Broken bones", "correct": False, "feedback": "No: that is clinical."},
        {"text": "Money worries", "correct": True, "feedback": "Yes, very often."},
    ],
}


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LearningIndexPage

    title = "Learning"
    slug = "learning"


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    summary = "What the module covers."
    estimated_minutes = 60
    practice_level = "informed"


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    body = factory.LazyFunction(lambda: [("text", "<p>Read this.</p>")])
    required = True
    pass_mark = 100


class PathwayPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PathwayPage

    title = factory.Sequence(lambda n: f"Pathway {n}")
    slug = factory.Sequence(lambda n: f"pathway-{n}")


def build_module(index, lessons=3, check=True, reflection=True, **fields):
    """A published module with ``lessons`` lessons; the last has a two-question check.

    The first lesson has a reflection prompt when ``reflection`` is true.
    """
    module = ModulePageFactory(parent=index, **fields)
    pages = []
    for i in range(lessons):
        body = [("text", f"<p>Lesson {i + 1} text.</p>")]
        if i == 0 and reflection:
            body.append(("reflection", {"prompt": "What did you notice?"}))
        if check and i == lessons - 1:
            body += [("question", SINGLE), ("question", MULTIPLE)]
        pages.append(
            LessonPageFactory(parent=module, title=f"{module.title} lesson {i + 1}", body=body)
        )
    return module, pages


def right_answers(lesson):
    """POST data answering every question correctly."""
    data = {"action": "check"}
    for block in lesson.questions:
        right = [str(i) for i, o in enumerate(block.value["options"]) if o["correct"]]
        data[f"answer-{block.id}"] = right if block.value["kind"] == "multiple" else right[0]
    return data


def wrong_answers(lesson):
    """POST data answering every question wrongly."""
    data = {"action": "check"}
    for block in lesson.questions:
        wrong = [str(i) for i, o in enumerate(block.value["options"]) if not o["correct"]]
        data[f"answer-{block.id}"] = wrong if block.value["kind"] == "multiple" else wrong[0]
    return data


def finish_lessons(user, lessons):
    """Complete the lessons as the learner would (checks answered rightly); returns the
    certificate the last one issued, if any."""
    from learning import services

    certificate = None
    for lesson in lessons:
        if lesson.has_check:
            answers = {
                b.id: [i for i, o in enumerate(b.value["options"]) if o["correct"]]
                for b in lesson.questions
            }
            certificate = services.record_attempt(user, lesson, answers)[2]
        else:
            certificate = services.complete_lesson(user, lesson)
    return certificate
