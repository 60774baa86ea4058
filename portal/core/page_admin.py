"""The page admin's viewset: Wagtail's, with two changes editors asked for.

- **Moderation actions confirm what happened.** Wagtail's workflow action view (the
  *Approve* and *Request changes* buttons on the dashboard and in the page listing)
  redirects without a message; this one says whether the page was approved and
  published, approved and scheduled, moved on to the next step, or sent back.
- **Clicking a section opens it.** In the page explorer a page with children (a
  section) links to its children; a page without children still opens its edit form.
  The section's own edit form is one click away in the row's menu and in the header
  of the section.

Registered for every page type (``model = Page``) in ``wagtail_hooks.py``.
"""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables.pages import PageTitleColumn
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState


class ConfirmingWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action, followed by a message saying what it did."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            message = self.outcome_message()
            if message:
                messages.success(request, message)
        return response

    def outcome_message(self):
        page = Page.objects.get(pk=self.object.pk).specific_deferred
        title = page.get_admin_display_title()
        status = self.task_state.status
        if status == TaskState.STATUS_REJECTED:
            return _("Changes requested on '%(title)s'. It goes back to its author.") % {
                "title": title
            }
        if status != TaskState.STATUS_APPROVED:
            return ""
        next_task = page.current_workflow_task
        if next_task is not None:
            return _("'%(title)s' approved. It now waits for the next step: %(task)s.") % {
                "title": title,
                "task": next_task.name,
            }
        if page.scheduled_revision is not None:
            return _("'%(title)s' approved. It will be published at its scheduled time.") % {
                "title": title
            }
        return _("'%(title)s' approved and published.") % {"title": title}


class SectionTitleColumn(PageTitleColumn):
    """The title of a page in the explorer: a section's title opens its children."""

    cell_template_name = "core/admin/section_title_cell.html"


class SectionsOpenIndexView(ExplorableIndexView):
    """The page explorer, where clicking a section's title shows the pages in it."""

    base_columns = [
        SectionTitleColumn("title", label=gettext_lazy("Title"), sort_key="title")
        if isinstance(column, PageTitleColumn)
        else column
        for column in ExplorableIndexView.base_columns
    ]


class PortalPageViewSet(PageViewSet):
    model = Page
    name = "portal_pages"
    index_view_class = SectionsOpenIndexView
    workflow_action_view_class = ConfirmingWorkflowActionView
