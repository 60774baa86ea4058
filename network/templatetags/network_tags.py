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
