"""Who may see a page or a document, stated once.

Wagtail's privacy settings (``PageViewRestriction`` on a page and its descendants,
``CollectionViewRestriction`` on a collection of documents) decide. Listings leave
out what the person may not open; search indexes each page with who may open it.
Password-protected pages and collections stay out of listings and search even
after the password was given: people reach them by their own link.
"""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import IntegerField, Q, Value
from wagtail.models import (
    BaseViewRestriction,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)
from wagtail.query import PageQuerySet

from . import content_cache

PUBLIC = "public"
LOGIN = "login"
GROUPS = "groups"


class _Viewer:
    """The groups of one person, read from the database at most once a request."""

    def __init__(self, user):
        self.user = user if user is not None and user.is_authenticated else None
        self._group_ids = None

    @property
    def group_ids(self):
        if self._group_ids is None:
            self._group_ids = groups_and_permissions(self.user)[0] if self.user else set()
        return self._group_ids

    def passes(self, kind, groups):
        if kind == BaseViewRestriction.LOGIN:
            return self.user is not None
        if kind == BaseViewRestriction.GROUPS:
            if self.user is None:
                return False
            if self.user.is_superuser:
                return True
            return bool(self.group_ids & groups)
        return False  # password: never listed


def _page_restrictions():
    """Every page view restriction as ``(id, page id, page path, kind, group ids)``, and
    the paths of alias pages: few rows, kept in ``content_cache`` until one changes."""
    restrictions = [
        (r.pk, r.page_id, r.page.path, r.restriction_type, frozenset(g.pk for g in r.groups.all()))
        for r in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    ]
    aliases = set(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    return {"restrictions": restrictions, "aliases": aliases}


def page_restrictions():
    """:func:`_page_restrictions`, through the cache."""
    return content_cache.cached("page-restrictions", _page_restrictions)


def _cached_view_restrictions(original):
    @functools.wraps(original)
    def get_view_restrictions(self):
        if not self.path:
            return original(self)
        known = page_restrictions()
        step = Page.steplen
        paths = {self.path[:end] for end in range(step, len(self.path) + 1, step)}
        if paths & known["aliases"]:
            return original(self)  # aliases take their source's restrictions: ask Wagtail
        ids = [pk for pk, _page, path, _kind, _groups in known["restrictions"] if path in paths]
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    get_view_restrictions.portal_cached = True
    return get_view_restrictions


def _cached_private_q(self):
    """Wagtail's ``PageQuerySet.private_q`` (the pages under any view restriction, which
    ``.public()`` leaves out), from :func:`page_restrictions` instead of a query each time:
    a home page with four listings asked it a dozen times."""
    q = Q()
    for _pk, _page, path, _kind, _groups in page_restrictions()["restrictions"]:
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


_cached_private_q.portal_cached = True


def cache_view_restrictions():
    """Answer ``Page.get_view_restrictions`` (Wagtail asks it before serving every page:
    two queries) from :func:`page_restrictions`: no query where no restriction applies,
    one where some do. The answer is the same queryset. ``PageQuerySet.public()`` reads
    the same cached list. From ``CoreConfig.ready``."""
    if not getattr(Page.get_view_restrictions, "portal_cached", False):
        Page.get_view_restrictions = _cached_view_restrictions(Page.get_view_restrictions)
    if not getattr(PageQuerySet.private_q, "portal_cached", False):
        PageQuerySet.private_q = _cached_private_q


def groups_and_permissions(user):
    """``(group ids, permission names)`` of a signed-in person: the groups they are in and
    the permissions (``"app_label.codename"``) they have themselves or through a group.

    One query for both, kept on the user object (which lives as long as the request):
    listings need the groups and the Wagtail user bar the permissions
    (``portal.accounts.backends``), so every signed-in page asks both.
    """
    if not hasattr(user, "_portal_groups_and_permissions"):
        through = get_user_model().groups.through
        in_groups = (
            through.objects.filter(user_id=user.pk)
            .order_by()
            .values_list(
                "group_id",
                "group__permissions__content_type__app_label",
                "group__permissions__codename",
            )
        )
        own = (
            Permission.objects.filter(user=user)
            .order_by()
            .annotate(no_group=Value(None, output_field=IntegerField()))
            .values_list("no_group", "content_type__app_label", "codename")
        )
        groups, permissions = set(), set()
        for group_id, app_label, codename in in_groups.union(own, all=True):
            if group_id is not None:
                groups.add(group_id)
            if app_label:
                permissions.add(f"{app_label}.{codename}")
        user._portal_groups_and_permissions = (groups, permissions)
    return user._portal_groups_and_permissions


def group_ids(user):
    """The ids of the groups the person is in (none when anonymous)."""
    return _Viewer(user).group_ids


def visible_pages(queryset, user):
    """The pages of ``queryset`` the person may open: restricted branches they do not
    pass are left out. No query for the restrictions (they are few, and kept in
    ``content_cache``), whatever the size of the queryset, and one for the person's
    groups if any restriction needs them."""
    viewer = _Viewer(user)
    for _pk, _page, path, kind, groups in page_restrictions()["restrictions"]:
        if not viewer.passes(kind, groups):
            queryset = queryset.exclude(path__startswith=path)
    return queryset


def visible_among(pages, user):
    """:func:`visible_pages` for pages already read (a list, e.g. from ``content_cache``):
    those the person may open, in order, with no query for the restrictions."""
    viewer = _Viewer(user)
    hidden = [
        path
        for _pk, _page, path, kind, groups in page_restrictions()["restrictions"]
        if not viewer.passes(kind, groups)
    ]
    return [page for page in pages if not any(page.path.startswith(path) for path in hidden)]


def can_view_page(page, request):
    """Whether this request passes every restriction on the page, as Wagtail's serve checks
    (a password given in this session counts)."""
    return all(r.accept_request(request) for r in page.get_view_restrictions())


def has_view_restrictions(page):
    """Whether any view restriction (sign-in, groups or a password) applies to the page,
    on itself or an ancestor: its answers are for the people who passed it only."""
    return page.get_view_restrictions().exists()


def page_audience(page, restrictions=None):
    """Who may open the page, for search: ``(PUBLIC | LOGIN | GROUPS, group ids)``, or None
    when it must never be listed (a password anywhere, or groups nobody is in all of).

    Every restriction on the page and its ancestors applies, so groups intersect and
    GROUPS is stricter than LOGIN.
    """
    if restrictions is None:
        restrictions = list(page.get_view_restrictions().prefetch_related("groups"))
    audience, groups = PUBLIC, None
    for restriction in restrictions:
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.PASSWORD:
            return None
        if kind == BaseViewRestriction.LOGIN and audience == PUBLIC:
            audience = LOGIN
        elif kind == BaseViewRestriction.GROUPS:
            ids = {group.pk for group in restriction.groups.all()}
            groups = ids if groups is None else groups & ids
            audience = GROUPS
    if audience == GROUPS:
        if not groups:
            return None
        return audience, sorted(groups)
    return audience, []


def hidden_collection_ids(request):
    """Collections (and their descendants) whose documents this request may not see."""
    hidden = set()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        if not restriction.accept_request(request):
            hidden.add(restriction.collection_id)
            hidden.update(restriction.collection.get_descendants().values_list("pk", flat=True))
    return hidden


def visible_documents(queryset, request):
    """The documents of ``queryset`` outside collections this request may not see."""
    return queryset.exclude(collection_id__in=hidden_collection_ids(request))
