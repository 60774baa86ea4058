"""Template tags about the signed-in person (the account menu)."""

from django import template

from portal.accounts import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def is_member(context):
    """Whether the person signed in is a member of the network (asked once per request)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return bool(user is not None and selectors.is_member_memo(user))
