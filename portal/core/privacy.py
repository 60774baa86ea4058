"""Who may see a page or a document, stated once.

Wagtail's privacy settings (``PageViewRestriction`` on a page and its descendants,
``CollectionViewRestriction`` on a collection of documents) decide. Listings leave
out what the person may not open; search indexes each page with who may open it.
Password-protected pages and collections stay out of listings and search even
after the password was given: people reach them by their own link.
"""

from wagtail.models import BaseViewRestriction, CollectionViewRestriction, PageViewRestriction

PUBLIC = "public"
LOGIN = "login"
GROUPS = "groups"


class _Viewer:
    """The groups of one person, read from the database at most once."""

    def __init__(self, user):
        self.user = user if user is not None and user.is_authenticated else None
        self._group_ids = None

    @property
    def group_ids(self):
        if self._group_ids is None:
            self._group_ids = (
                set(self.user.groups.values_list("pk", flat=True)) if self.user else set()
            )
        return self._group_ids

    def passes(self, restriction):
        kind = restriction.restriction_type
        if kind == BaseViewRestriction.LOGIN:
            return self.user is not None
        if kind == BaseViewRestriction.GROUPS:
            if self.user is None:
                return False
            if self.user.is_superuser:
                return True
            return bool(self.group_ids & {group.pk for group in restriction.groups.all()})
        return False  # password: never listed


def group_ids(user):
    """The ids of the groups the person is in (none when anonymous)."""
    return _Viewer(user).group_ids


def visible_pages(queryset, user):
    """The pages of ``queryset`` the person may open: restricted branches they do not
    pass are left out. One query for the restrictions (they are few), whatever the size
    of the queryset, and one for the person's groups if any restriction needs them."""
    viewer = _Viewer(user)
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        if not viewer.passes(restriction):
            queryset = queryset.exclude(path__startswith=restriction.page.path)
    return queryset


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
