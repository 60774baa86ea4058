"""Admin: the framework snippet, and actions to copy, publish and retire a version; the
home page's self-assessment prompt."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core import (
    content_cache,
    converters,  # noqa: F401 (registers "id")
    i18n,
)
from portal.core.listings import HOME_PANELS_HOOK, HomePanel

from . import services
from .admin_forms import FrameworkAdminForm
from .models import CompetencyFramework, FrameworkPage, FrameworkStatus, SelfAssessment

ACTIONS = {
    "new-version": (
        _("New version"),
        _("Make a draft copy of this version to edit. Competencies keep their identity."),
    ),
    "publish": (
        _("Publish"),
        _("Show this version on the framework page; the newest published version is current."),
    ),
    "retire": (
        _("Retire"),
        _("Stop offering this version. Assessments made against it stay readable."),
    ),
}


class CompetencyFrameworkViewSet(SnippetViewSet):
    model = CompetencyFramework
    icon = "list-ol"
    menu_label = _("Competency frameworks")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "version", "status", "published_on", "locale"]
    list_filter = ["status"]
    search_fields = ["name"]
    edit_handler = ObjectList(CompetencyFramework.panels, base_form_class=FrameworkAdminForm)


register_snippet(CompetencyFrameworkViewSet)


def _allowed(user, action):
    codename = "add" if action == "new-version" else "change"
    return user.has_perm(f"frameworks.{codename}_competencyframework")


def framework_action(request, pk, action):
    """Confirm (GET) and carry out (POST) one of the version actions."""
    if action not in ACTIONS or not _allowed(request.user, action):
        raise PermissionDenied
    framework = get_object_or_404(CompetencyFramework, pk=pk)
    label, explanation = ACTIONS[action]
    if request.method == "POST":
        try:
            if action == "new-version":
                result = services.create_new_version(framework)
                messages.success(request, _("Draft version %(v)s made.") % {"v": result.version})
                return redirect(
                    reverse("wagtailsnippets_frameworks_competencyframework:edit", args=[result.pk])
                )
            if action == "publish":
                services.publish(framework)
            else:
                services.retire(framework)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("%(action)s: done.") % {"action": label})
        return redirect(reverse("wagtailsnippets_frameworks_competencyframework:list"))
    return TemplateResponse(
        request,
        "frameworks/admin/confirm_action.html",
        {"framework": framework, "label": label, "explanation": explanation, "action": action},
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "frameworks/<id:pk>/<slug:action>/",
            framework_action,
            name="frameworks_action",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def framework_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, CompetencyFramework) or not snippet.locale.is_default:
        return
    actions = ["new-version"]
    if snippet.status != FrameworkStatus.PUBLISHED:
        actions.append("publish")
    if snippet.status == FrameworkStatus.PUBLISHED:
        actions.append("retire")
    for priority, action in enumerate(actions):
        if _allowed(user, action):
            yield Button(
                ACTIONS[action][0],
                reverse("frameworks_action", args=[snippet.pk, action]),
                priority=100 + priority,
            )


#: How long after a self-assessment the home page suggests doing another.
REASSESS_AFTER = datetime.timedelta(days=183)


@hooks.register(HOME_PANELS_HOOK)
def self_assessment_panel(request):
    """Home page: when the person last rated themselves, and a prompt if they never have
    or not for six months (one query; the framework page is kept in ``content_cache``)."""
    locale = i18n.active_locale(request)
    page = content_cache.cached(
        f"framework-page:{locale.pk}",
        lambda: FrameworkPage.objects.live().filter(locale=locale).first(),
    )
    if page is None:
        return None
    latest = (
        SelfAssessment.objects.filter(user=request.user, completed_at__isnull=False)
        .order_by("-completed_at")
        .first()
    )
    due = latest is None or latest.completed_at < timezone.now() - REASSESS_AFTER
    return HomePanel(
        "self-assessment",
        "frameworks/includes/home_self_assessment.html",
        order=30,
        context={"latest": latest, "due": due, "url": page.url + "self-assessment/"},
    )
