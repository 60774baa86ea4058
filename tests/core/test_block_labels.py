"""Every field of every StreamField block has a label editors can read.

Wagtail names the children of struct and stream blocks after their attribute, but the
child of a ListBlock has no name: without ``label=`` (or ``Meta.label``) each item of
the list shows an unlabelled field in the editor. And Wagtail draws a heading, not a
``<label>``, above a plain field in a list, so its input needs ``aria-label``
(``portal.core.blocks.labelled_item``).
"""

from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField


def _stream_fields():
    for model in apps.get_models():
        if model._meta.app_label.startswith(("wagtail", "django")):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                yield f"{model._meta.label}.{field.name}", field.stream_block


def _unlabelled(block, path):
    if isinstance(block, blocks.ListBlock):
        children = [("[item]", block.child_block)]
        item = block.child_block
        if isinstance(item, blocks.FieldBlock) and not item.field.widget.attrs.get("aria-label"):
            # Wagtail gives a list item a heading, not a <label>: the input needs a name
            return [f"{path}.[item] (no aria-label on its input)"]
    elif isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        children = list(block.child_blocks.items())
    else:
        return []
    missing = []
    for name, child in children:
        child_path = f"{path}.{name}"
        if not str(child.label or "").strip():
            missing.append(child_path)
        missing += _unlabelled(child, child_path)
    return missing


def test_every_block_child_and_list_item_has_a_label():
    walked = dict(_stream_fields())
    assert "network.GuidancePage.body" in walked  # where the checklist block lives
    missing = [path for name, block in walked.items() for path in _unlabelled(block, name)]
    assert missing == []


def test_the_walk_finds_an_unlabelled_list_item():
    """The check itself: a list of plain fields without a label is reported."""
    block = blocks.StructBlock([("items", blocks.ListBlock(blocks.CharBlock()))])
    assert _unlabelled(block, "example") == ["example.items.[item] (no aria-label on its input)"]
    named = blocks.StructBlock([("items", blocks.ListBlock(blocks.CharBlock(label="Item")))])
    assert _unlabelled(named, "example") == ["example.items.[item] (no aria-label on its input)"]
