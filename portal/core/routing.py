"""Finding the page for an address in one query, instead of two for every level.

Wagtail routes a request from the site's home page down, one child at a time: each
level reads the child by slug and then its specific page, so a lesson five levels
deep cost six queries before it was served. :class:`RoutesInOneQuery` (on the home
page, where Wagtail starts) reads every page along the path in one query by
``url_path`` and hands over to Wagtail's own ``route`` at the first page that answers
the rest of the path itself (a RoutablePage route, such as the framework's
self-assessment or the case studies' filters) or at the page asked for, so what is
served, and every 404, is the same.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page

from . import content_cache


def _routes_itself(page, remaining):
    """Whether ``page`` answers ``remaining`` itself rather than passing it to a child,
    told from its class: Wagtail's ``route`` always passes; a RoutablePage answers the
    paths its routes match (when live); any other ``route`` is asked."""
    model = page.specific_class
    if model is None:
        return True
    if model.route is Page.route:
        return False
    if model.route is RoutablePageMixin.route:
        if not page.live:
            return False
        path = "/" + "".join(f"{component}/" for component in remaining)
        try:
            model.get_resolver().resolve(path)
        except Http404:
            return False
        return True
    return True


def ancestors(request, page):
    """The ancestors of ``page`` (root first) found while routing this request to it,
    or None when it was not routed here."""
    routed = getattr(request, "_portal_route_ancestors", None)
    if routed is None or routed[0] != page.pk:
        return None
    return routed[1]


class RoutesInOneQuery:
    """A page that routes its descendants with one query for the whole path."""

    @property
    def localized(self):
        """Wagtail's ``localized`` (the live translation in the active language, else
        this page), kept in ``content_cache``: Wagtail asks it of the site's root page
        before routing every request."""
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):
            return self
        if locale.pk == self.locale_id:
            return self

        def find():
            translations = type(self).objects.live().defer_streamfields()
            found = translations.filter(translation_key=self.translation_key, locale=locale)
            return found.first() or False  # False: none, which the cache can keep

        return content_cache.cached(f"localized:{self.pk}:{locale.pk}", find) or self

    def route(self, request, path_components):
        if not path_components:
            if self.get_deferred_fields():  # the cached root page (content_cache): read it all
                return type(self).objects.get(pk=self.pk).route(request, path_components)
            return super().route(request, path_components)
        url_paths = []
        url_path = self.url_path
        for component in path_components:
            url_path += component + "/"
            url_paths.append(url_path)
        found = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=url_paths,
                path__startswith=self.path,
                depth__gt=self.depth,
                depth__lte=self.depth + len(path_components),
            )
        }
        parent = self
        for level, component in enumerate(path_components):
            page = found.get(url_paths[level])
            if page is None or page.slug != component or page.depth != self.depth + level + 1:
                raise Http404
            page._cached_parent_obj = parent
            remaining = path_components[level + 1 :]
            if not remaining or _routes_itself(page, remaining):
                specific = page.specific
                specific._cached_parent_obj = parent
                request._portal_route_ancestors = (
                    page.pk,
                    [self, *(found[u] for u in url_paths[:level])],
                )
                return specific.route(request, remaining)
            parent = page
        raise Http404  # not reached: the loop returns at the last component
