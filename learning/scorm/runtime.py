"""The CMI data model on the server: which elements a package may set, and their values.

The browser's runtime (``static/js/scorm-runtime.js``) checks values as the package
sets them and reports SCORM error codes; this module checks them again when they are
committed, because anything can be posted. A commit with an element or value that is
not allowed is refused whole (nothing of it is stored).
"""

import re
from decimal import Decimal, InvalidOperation

from .package import SCORM_12

MAX_ELEMENTS = 2000
MAX_INDEX = 999
DECIMAL = re.compile(r"^-?\d{1,10}(\.\d{1,7})?$")
TIME_12 = re.compile(r"^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$")
DURATION = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$"
)


class CMIError(ValueError):
    """A committed element or value that the data model does not allow."""


def _text(limit):
    def check(value):
        if len(value) > limit:
            raise CMIError(f"longer than {limit} characters")
        return value

    return check


def _choice(*allowed):
    def check(value):
        if value not in allowed:
            raise CMIError("not an allowed value")
        return value

    return check


def _number(low=None, high=None, blank=True):
    def check(value):
        if value == "" and blank:
            return value
        if not DECIMAL.match(value):
            raise CMIError("not a number")
        number = Decimal(value)
        if (low is not None and number < low) or (high is not None and number > high):
            raise CMIError("out of range")
        return value

    return check


def _time_12(value):
    if not TIME_12.match(value):
        raise CMIError("not a time (HHHH:MM:SS.SS)")
    return value


def _duration(value):
    if not DURATION.match(value) or value in ("P", "PT") or value.endswith("T"):
        raise CMIError("not a duration (ISO 8601)")
    return value


def seconds_of(version, value):
    """Seconds in a SCORM 1.2 time span or a SCORM 2004 duration (0 if unreadable)."""
    if not value:
        return Decimal(0)
    if version == SCORM_12:
        match = TIME_12.match(value)
        if not match:
            return Decimal(0)
        hours, minutes, seconds, fraction = match.groups()
        return Decimal(hours) * 3600 + Decimal(minutes) * 60 + Decimal(seconds + (fraction or ""))
    match = DURATION.match(value)
    if not match:
        return Decimal(0)
    years, months, days, hours, minutes, seconds = (Decimal(g or 0) for g in match.groups())
    return (
        years * 365 * 86400 + months * 30 * 86400 + days * 86400 + hours * 3600 + minutes * 60
    ) + seconds


def format_time(version, seconds):
    """Seconds as the version's time format (cmi.core.total_time / cmi.total_time)."""
    seconds = Decimal(seconds).quantize(Decimal("0.01"))
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    fraction = seconds - whole
    if version == SCORM_12:
        return f"{min(hours, 9999):04d}:{minutes:02d}:{secs:02d}.{int(fraction * 100):02d}"
    return f"PT{hours}H{minutes}M{secs + fraction}S"


ANY = _text(4000)
STATUS_12 = ("passed", "completed", "failed", "incomplete", "browsed", "not attempted")
INTERACTION_TYPES_12 = (
    "true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"
)  # fmt: skip

SCALARS = {
    SCORM_12: {
        "cmi.core.lesson_location": _text(255),
        "cmi.core.lesson_status": _choice(*STATUS_12),
        "cmi.core.score.raw": _number(0, 100),
        "cmi.core.score.min": _number(0, 100),
        "cmi.core.score.max": _number(0, 100),
        "cmi.core.exit": _choice("", "time-out", "suspend", "logout"),
        "cmi.core.session_time": _time_12,
        "cmi.suspend_data": _text(4096),
        "cmi.comments": _text(4096),
        "cmi.student_preference.audio": _number(-1, 100),
        "cmi.student_preference.language": _text(255),
        "cmi.student_preference.speed": _number(-100, 100),
        "cmi.student_preference.text": _number(-1, 1),
    },
    "2004": {
        "cmi.location": _text(1000),
        "cmi.completion_status": _choice("completed", "incomplete", "not attempted", "unknown"),
        "cmi.success_status": _choice("passed", "failed", "unknown"),
        "cmi.score.scaled": _number(-1, 1),
        "cmi.score.raw": _number(),
        "cmi.score.min": _number(),
        "cmi.score.max": _number(),
        "cmi.progress_measure": _number(0, 1),
        "cmi.exit": _choice("", "time-out", "suspend", "logout", "normal"),
        "cmi.session_time": _duration,
        "cmi.suspend_data": _text(64000),
        "cmi.learner_preference.audio_level": _number(0),
        "cmi.learner_preference.language": _text(250),
        "cmi.learner_preference.delivery_speed": _number(0),
        "cmi.learner_preference.audio_captioning": _choice("-1", "0", "1"),
        "adl.nav.request": _text(4000),
    },
}

COLLECTIONS = {
    SCORM_12: re.compile(r"^cmi\.(objectives|interactions)\.(\d+)\.[a-z_.0-9]+$"),
    "2004": re.compile(
        r"^cmi\.(objectives|interactions|comments_from_learner)\.(\d+)\.[a-z_.0-9]+$"
    ),
}

#: Elements the runtime keeps only for the session (the LMS computes or discards them).
SESSION_ONLY = {"cmi.core.session_time", "cmi.session_time", "adl.nav.request"}


def clean_values(version, values):
    """Check a commit's ``{element: value}``; returns it, or raises CMIError naming the element."""
    if not isinstance(values, dict):
        raise CMIError("values must be an object")
    if len(values) > MAX_ELEMENTS:
        raise CMIError("too many elements")
    scalars = SCALARS[version]
    collection = COLLECTIONS[version]
    cleaned = {}
    for element, value in values.items():
        if not isinstance(element, str) or not isinstance(value, str):
            raise CMIError("elements and values must be strings")
        if element in scalars:
            try:
                cleaned[element] = scalars[element](value)
            except CMIError as error:
                raise CMIError(f"{element}: {error}") from None
            continue
        match = collection.match(element)
        if not match or int(match.group(2)) > MAX_INDEX or len(element) > 255:
            raise CMIError(f"{element}: not an element a package may set")
        cleaned[element] = ANY(value)
    return cleaned


def decimal_or_none(value):
    if value in (None, ""):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None
