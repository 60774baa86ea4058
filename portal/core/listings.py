"""The home page's contracts with the apps: listings and panels for signed-in people.

``portal.core`` knows no app. A section index that can fill a home-page listing (the
latest news, the next events, featured case studies, the competency framework)
defines ``home_listing(user, limit, featured=())`` returning a list of
:class:`ListingItem`; :class:`portal.core.blocks.SectionListingBlock` calls it. The
listing must not depend on who asks beyond what they may see, so the signed-out home
page stays the same for everybody (and can be cached).

What a signed-in person sees on the home page (their learning, certificates,
self-assessment, membership and the next event) comes from the apps through the
Wagtail hook named :data:`HOME_PANELS_HOOK`. Each function registered there takes the
request of a signed-in person and returns a :class:`HomePanel` or None; panels are
shown in ``order``. Each function runs a fixed number of queries.
"""

from dataclasses import dataclass, field

from wagtail import hooks

HOME_PANELS_HOOK = "core_home_panels"


@dataclass
class ListingItem:
    """One entry of a home-page listing."""

    title: str
    url: str
    summary: str = ""
    date: object = None  # a date or datetime shown above the title
    with_time: bool = False  # show the time of day too (events)
    meta: str = ""  # a short line under the title, e.g. the venue
    lang: str = ""  # the item's language where it differs from the page's (untranslated)


@dataclass
class HomePanel:
    """A box on the signed-in home page, rendered with ``template`` and ``context``."""

    key: str
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


def home_panels(request, only=None):
    """The panels for this signed-in person, in order (none for anonymous visitors).

    ``only`` narrows them to these keys (the welcome page after email confirmation
    shows only membership and learning).
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    panels = []
    for fn in hooks.get_hooks(HOME_PANELS_HOOK):
        panel = fn(request)
        if panel is not None and (only is None or panel.key in only):
            panels.append(panel)
    return sorted(panels, key=lambda panel: panel.order)
