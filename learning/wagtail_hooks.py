"""Admin registration: the staff reports, their menu items and the dashboard panel."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from frameworks.selectors import COMPETENCY_LEARNING_HOOK, EVIDENCE_SOURCES_HOOK
from portal.core import i18n, privacy
from portal.core.listings import HOME_PANELS_HOOK, HomePanel

from . import selectors
from .certificate_admin import CertificateViewSet, RevokeCertificatesBulkAction
from .competencies import evidence_sources, learning_for_competencies
from .models import Certificate, ModulePage, PathwayPage
from .reports import CompletionsPanel, CompletionsReportView, FunnelReportView
from .xapi.admin import ResendStatementsBulkAction, XapiStatementViewSet
from .xapi.models import XapiStatement

register_snippet(XapiStatementViewSet)
register_snippet(CertificateViewSet)

report_urls = (
    [
        path("completions/", CompletionsReportView.as_view(), name="completions"),
        path(
            "completions/results/",
            CompletionsReportView.as_view(results_only=True),
            name="completions_results",
        ),
        path("funnel/", FunnelReportView.as_view(), name="funnel"),
        path("funnel/results/", FunnelReportView.as_view(results_only=True), name="funnel_results"),
    ],
    "learning_reports",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/learning/", include(report_urls, namespace="learning_reports"))]


@hooks.register("register_reports_menu_item")
def register_completions_menu_item():
    return MenuItem(
        _("Module completions"),
        reverse("learning_reports:completions"),
        name="learning-completions",
        icon_name="tick-inverse",
        order=1200,
    )


@hooks.register("register_reports_menu_item")
def register_funnel_menu_item():
    return MenuItem(
        _("Module funnel"),
        reverse("learning_reports:funnel"),
        name="learning-funnel",
        icon_name="list-ol",
        order=1210,
    )


@hooks.register("construct_homepage_panels")
def add_completions_panel(request, panels):
    panels.append(CompletionsPanel())


@hooks.register(COMPETENCY_LEARNING_HOOK)
def modules_developing_competencies(identities, user):
    """Tell the competency framework which modules develop which competencies."""
    return learning_for_competencies(identities, user)


hooks.register("register_bulk_action", ResendStatementsBulkAction)
hooks.register("register_bulk_action", RevokeCertificatesBulkAction)


@hooks.register("register_reports_menu_item")
def register_certificates_menu_item():
    return MenuItem(
        _("Certificates"),
        reverse(Certificate.snippet_viewset.get_url_name("list")),
        name="learning-certificates",
        icon_name="doc-full",
        order=1215,
    )


@hooks.register("register_reports_menu_item")
def register_xapi_menu_item():
    return MenuItem(
        _("xAPI deliveries"),
        reverse(XapiStatement.snippet_viewset.get_url_name("list")),
        name="xapi-deliveries",
        icon_name="resubmit",
        order=1220,
    )


@hooks.register(EVIDENCE_SOURCES_HOOK)
def name_module_evidence(source_keys):
    """Name the modules behind competency evidence in the reader's language."""
    return evidence_sources(source_keys)


def _modules_in_locale(user):
    def modules(keys):
        visible = privacy.visible_pages(ModulePage.objects.live(), user)
        return i18n.in_active_locale(visible, keys)

    return modules


@hooks.register(HOME_PANELS_HOOK)
def continue_learning_panel(request):
    """Home page: the next lesson of the module in progress, else the induction pathway."""
    user = request.user
    resume = selectors.resume_point(user, _modules_in_locale(user))
    pathway = None
    if resume is None:
        pathways = PathwayPage.objects.live().filter(locale=i18n.active_locale(request))
        pathway = privacy.visible_pages(pathways.order_by("path"), user).first()
    return HomePanel(
        "learning",
        "learning/includes/home_continue.html",
        order=10,
        context={"resume": resume, "pathway": pathway},
    )


@hooks.register(HOME_PANELS_HOOK)
def certificates_panel(request):
    """Home page: the certificates the person has earned (the latest three, and how many)."""
    certificates = selectors.certificates_of(request.user)
    return HomePanel(
        "certificates",
        "learning/includes/home_certificates.html",
        order=20,
        context={"certificates": certificates[:3], "count": len(certificates)},
    )
