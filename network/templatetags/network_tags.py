"""Small template helpers for the network's pages."""

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` or an empty string (e.g. a taxonomy name by slug)."""
    if not mapping:
        return ""
    return mapping.get(key, "")


@register.filter
def file_type(document):
    """A document's file type in capitals, e.g. PDF."""
    name = getattr(document.file, "name", "") or ""
    return name.rsplit(".", 1)[-1].upper() if "." in name else ""


@register.simple_tag
def london_time(value, fmt):
    """Format an aware datetime in UK time (Europe/London), whatever the active zone."""
    from zoneinfo import ZoneInfo

    from django.utils.dateformat import format as date_format

    return date_format(timezone.localtime(value, ZoneInfo("Europe/London")), fmt)


@register.simple_tag(takes_context=True)
def webcal_url(context, path):
    """The address of a calendar feed for subscribing (``webcal://host/path``): calendar
    apps keep a webcal address up to date, where an https link is imported only once."""
    request = context.get("request")
    if request is None:
        return path
    absolute = request.build_absolute_uri(path)
    return "webcal://" + absolute.split("://", 1)[1]
