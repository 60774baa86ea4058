"""What a SCORM lesson page does: the player's context, the runtime endpoint, package files.

These are the page's routes (see :class:`~.models.ScormLessonPage`), so Wagtail has
already applied the page's privacy settings before any of them runs.
"""

import json
import logging
import mimetypes
import uuid

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.contrib import messages
from django.core.files.storage import default_storage
from django.db import OperationalError
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from learning import selectors
from learning.models import LessonPage
from portal.core import privacy

from . import runtime, services
from .package import PackageError, safe_name

logger = logging.getLogger("portal.learning.scorm")

MAX_BODY_BYTES = 512 * 1024
MAX_SEQ = 2**31 - 1

#: The Content-Security-Policy of every package file. Packages may run their own
#: (often inline) scripts, but only from the portal, may be framed only by the portal's
#: own player, and can reach nothing outside the portal.
PACKAGE_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "media-src": [SELF, "data:", "blob:"],
    "connect-src": [SELF],
    "worker-src": [SELF, "blob:"],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

#: Types that the standard library may not know or may guess differently per system.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".xsd": "application/xml",
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".wasm": "application/wasm",
}


def content_type(name):
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in CONTENT_TYPES:
        return CONTENT_TYPES[extension]
    guessed, _encoding = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def _user(request):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _route(lesson, request, route, **kwargs):
    """The URL of one of the lesson's routes, or None when the page has no URL (a preview)."""
    url = lesson.get_url(request)
    if not url:
        return None
    return url + lesson.reverse_subpage(route, kwargs=kwargs or None)


def file_url(lesson, name):
    return (
        reverse("scorm_file", args=[lesson.pk, name.split("?", 1)[0].split("#", 1)[0]])
        + (name[len(name.split("?", 1)[0].split("#", 1)[0]) :])
    )


def player_context(lesson, request):
    """The player: where to launch the package and what the runtime starts with."""
    package = lesson.package
    if package is None:
        return {"package": None}
    user = _user(request)
    attempt = None
    preview = getattr(request, "is_preview", False)
    record = (
        user is not None
        and not preview
        and not selectors.missing_prerequisites(user, lesson.get_parent().specific)
    )
    if record:
        attempt = services.resumable_attempt(user, lesson)  # GET writes nothing
    return {
        "package": package,
        "launch_url": file_url(lesson, package.launch) if lesson.live else None,
        "runtime_url": _route(lesson, request, "runtime"),
        "scorm_state": services.launch_state(user, lesson, attempt, record=record),
        "scorm_attempt": attempt,
    }


def serve_file(request, page_id, name):
    """``/scorm/<page id>/<file>``: a package file, served through its lesson page.

    Wagtail's page URLs cannot end in a file name, so package files have their own
    URL; the request still goes through Wagtail's serving hooks for the page (exactly as
    :func:`wagtail.views.serve` does), so the lesson's privacy settings apply to its files.
    """
    from wagtail import hooks
    from wagtail.views import serve_chain

    from .models import ScormLessonPage

    lesson = get_object_or_404(ScormLessonPage.objects.live(), pk=page_id)
    view, args, kwargs = lesson.resolve_subpage("/files/" + name)
    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    serve_args = (view, args, kwargs)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(lesson, request, serve_args, {})
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(lesson, request, serve_args, {})


def no_post(lesson, request):
    messages.info(request, _("This lesson is completed by working through the package."))
    return HttpResponseRedirect(lesson.url)


def package_file(lesson, request, name):
    """Serve one file of the lesson's package, from storage, with a confining policy."""
    if request.method not in ("GET", "HEAD"):
        raise Http404
    package = lesson.package
    if package is None:
        raise Http404
    try:
        name = safe_name(name)
    except PackageError:
        raise Http404 from None
    if not package.has_file(name):
        raise Http404
    try:
        handle = default_storage.open(package.storage_prefix + name, "rb")
    except OSError:
        logger.warning("SCORM package %s is missing its file %s", package.uuid, name)
        raise Http404 from None
    response = FileResponse(handle, content_type=content_type(name))
    response["X-Frame-Options"] = "SAMEORIGIN"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, max-age=600"
    response["Referrer-Policy"] = "same-origin"
    response._csp_config = PACKAGE_POLICY
    return response


def _error(message, status):
    return JsonResponse({"ok": False, "error": message}, status=status)


def _parse(request):
    """The commit's fields from the JSON body, or raise ValueError."""
    if len(request.body) > MAX_BODY_BYTES:
        raise ValueError("too large")
    payload = json.loads(request.body.decode("utf-8"))
    if not isinstance(payload, dict):
        raise ValueError("not an object")
    attempt = payload.get("attempt")
    seq = payload.get("seq")
    finish = payload.get("finish", False)
    values = payload.get("values", {})
    if attempt is not None and type(attempt) is not int:  # None: make the attempt now
        raise ValueError("attempt and seq must be whole numbers")
    if type(seq) is not int or not 0 < seq <= MAX_SEQ:
        raise ValueError("attempt and seq must be whole numbers")
    if attempt is not None and not 0 < attempt < 10**18:
        raise ValueError("attempt and seq must be whole numbers")
    if not isinstance(finish, bool) or not isinstance(values, dict):
        raise ValueError("bad finish or values")
    session = uuid.UUID(str(payload.get("session", "")))
    return attempt, session, seq, values, finish


def module_percent(user, lesson, request):
    module = lesson.get_parent().specific
    lessons = selectors.lessons_by_module([module])
    visible = {
        p.pk for p in privacy.visible_pages(LessonPage.objects.child_of(module).live(), user)
    }
    lessons = {key: [i for i in infos if i.pk in visible] for key, infos in lessons.items()}
    return selectors.progress_for(user, [module], lessons)[module.translation_key].percent


def runtime_view(lesson, request):
    """The runtime's commits (POST, JSON, CSRF-checked): signed-in learners, their own attempt."""
    if request.method != "POST":
        return _error("POST only", 405)
    user = _user(request)
    if user is None:
        return _error(_("Sign in to have your progress recorded."), 403)
    if lesson.package is None:
        return _error(_("This lesson has no package."), 404)
    try:
        attempt_id, session, seq, values, finish = _parse(request)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _error(_("The runtime sent something the portal cannot read."), 400)
    try:
        result = services.commit(user, lesson, attempt_id, session, seq, values, finish)
    except services.RuntimeRefused as error:
        return _error(str(error), 403)
    except runtime.CMIError as error:
        return _error(str(error), 400)
    except OperationalError:
        logger.warning("SCORM commit for lesson %s met a busy database", lesson.pk)
        return _error(_("The portal is busy; trying again."), 503)
    attempt = result.attempt
    done = attempt.completed_at is not None
    certificate = getattr(attempt, "certificate", None)
    return JsonResponse(
        {
            "ok": True,
            "attempt": attempt.pk,
            "applied": result.applied,
            "completion": attempt.completion_status,
            "success": attempt.success_status,
            "lessonComplete": done,
            "progress": module_percent(user, lesson, request),
            "certificate": certificate.get_absolute_url() if certificate else None,
        }
    )
