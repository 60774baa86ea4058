"""Small template helpers for the learning pages."""

from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``mapping[key]`` or None (for dicts keyed by block ids)."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def question_field(form, block_id):
    """The knowledge-check form's bound field for a question block, or None."""
    if form is None:
        return None
    try:
        return form.field_for(block_id)
    except KeyError:
        return None


@register.filter
def hours(minutes):
    """Minutes as hours, e.g. 90 -> '1.5'."""
    value = (minutes or 0) / 60
    return f"{value:.1f}".rstrip("0").rstrip(".")
