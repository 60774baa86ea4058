"""Building xAPI 1.0.3 statements for learning events.

* **Actor**: an ``account`` on the portal's home page (``WAGTAILADMIN_BASE_URL``) whose
  name is an opaque UUID kept per learner (:class:`XapiActor`), or the learner's
  ``mbox`` only when ``XAPI_ACTOR_USE_EMAIL`` is on.
* **Verbs**: the ADL vocabulary (``http://adlnet.gov/expapi/verbs/...``). ADL has no
  verb for earning something, so a certificate is ``http://id.tincanapi.com/verb/earned``
  from the xAPI vocabulary registry.
* **Objects**: activity IRIs made from the pages' ``translation_key`` (the same in every
  language), named in English (``en-GB``) and Gaelic (``gd``) where a translation exists.
* **Context**: the enrolment as ``registration`` (a UUID derived from it), the module as
  ``parent``, the pathways that hold the module as ``grouping``, and ``language``.
"""

import uuid

from django.conf import settings
from django.utils import timezone, translation

VERBS = {
    "experienced": "http://adlnet.gov/expapi/verbs/experienced",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "earned": "http://id.tincanapi.com/verb/earned",
}
VERB_NAMES = {
    "experienced": "experienced",
    "answered": "answered",
    "passed": "passed",
    "failed": "failed",
    "completed": "completed",
    "earned": "earned",
}
ACTIVITY_TYPES = {
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "pathway": "http://adlnet.gov/expapi/activities/course",
    "certificate": "http://activitystrea.ms/schema/1.0/badge",
}
#: The portal's language codes as RFC 5646 tags in statements.
LANGUAGE_TAGS = {"en": "en-GB", "gd": "gd"}
REGISTRATION_NAMESPACE = uuid.UUID("6f1d3c52-8f43-4f57-9b7e-0c3f7c2b1a90")


def home_page():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def language_tag(code=None):
    code = (code or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return LANGUAGE_TAGS.get(code, code)


def activity_id(kind, key, *rest):
    """A stable activity IRI, e.g. ``<home>/xapi/activities/lesson/<translation key>``."""
    return "/".join([home_page(), "xapi", "activities", kind, str(key), *map(str, rest)])


def registration_for(enrolment):
    """The enrolment as an xAPI registration: a UUID that is the same every time."""
    if enrolment is None:
        return None
    return str(uuid.uuid5(REGISTRATION_NAMESPACE, f"{home_page()}/enrolment/{enrolment.pk}"))


def actor_for(user):
    from .models import XapiActor

    if getattr(settings, "XAPI_ACTOR_USE_EMAIL", False):
        return {"objectType": "Agent", "mbox": f"mailto:{user.email.lower()}"}
    actor, _created = XapiActor.objects.get_or_create(user=user)
    return {
        "objectType": "Agent",
        "account": {"homePage": home_page(), "name": str(actor.name)},
    }


def verb(name):
    return {"id": VERBS[name], "display": {"en-GB": VERB_NAMES[name]}}


def activity(activity_iri, kind, names, description=None, **definition):
    """An Activity object; ``names`` maps language tags to names."""
    body = {"type": ACTIVITY_TYPES[kind]}
    if names:
        body["name"] = names
    if description:
        body["description"] = description
    body.update(definition)
    return {"objectType": "Activity", "id": activity_iri, "definition": body}


def statement(
    user, verb_name, obj, *, result=None, registration=None, parents=(), groupings=(), when=None
):
    """A complete statement with a fresh id, ready for the outbox."""
    context = {"language": language_tag(), "platform": "CLW Network portal"}
    if registration:
        context["registration"] = registration
    activities = {}
    if parents:
        activities["parent"] = list(parents)
    if groupings:
        activities["grouping"] = list(groupings)
    if activities:
        context["contextActivities"] = activities
    body = {
        "id": str(uuid.uuid4()),
        "actor": actor_for(user),
        "verb": verb(verb_name),
        "object": obj,
        "context": context,
        "timestamp": (when or timezone.now()).isoformat(),
    }
    if result is not None:
        body["result"] = result
    return body


def score(correct, total, scaled_percent=None):
    """An xAPI score from a count of right answers (``scaled`` from 0 to 1)."""
    if total <= 0:
        return {"raw": 0, "min": 0, "max": 0}
    scaled = (scaled_percent / 100) if scaled_percent is not None else correct / total
    return {"scaled": round(scaled, 4), "raw": correct, "min": 0, "max": total}
