"""Settings → Search index in the Wagtail admin: drift at a glance and a rebuild button."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import service, tasks

PERMISSION = "portal_search.rebuild_search_index"


class SearchIndexView(WagtailAdminTemplateMixin, TemplateView):
    """How far the index is from the live pages, and a button to rebuild it."""

    template_name = "search/admin/index.html"
    page_title = gettext_lazy("Search index")
    header_icon = "search"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        found = service.drift()
        context["drift"] = {key: len(ids) for key, ids in found.items()}
        context["indexed"] = len(service.database_store().indexed_page_ids())
        context["stores"] = [store.name for store in service.stores()]
        return context

    def post(self, request, *args, **kwargs):
        tasks.rebuild_index.enqueue()
        messages.success(request, _("The search index is being rebuilt."))
        return redirect("portal_search_admin")


class SearchIndexMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("search-index/", SearchIndexView.as_view(), name="portal_search_admin")]


@hooks.register("register_settings_menu_item")
def register_menu_item():
    return SearchIndexMenuItem(
        gettext_lazy("Search index"), reverse("portal_search_admin"), icon_name="search"
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(
        content_type__app_label="portal_search", codename="rebuild_search_index"
    )
