"""Wagtail and Django signals that tell search a page changed; the work is done by tasks."""

import logging

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.core.models import Audience, Region, Theme

from . import tasks

TERM_KINDS = {Theme: "theme", Region: "region", Audience: "audience"}

logger = logging.getLogger("portal.search")


def _enqueue(task, page_id):
    """Queue a task; never let search get in the way of publishing."""
    try:
        task.enqueue(int(page_id))
    except Exception:
        logger.exception("Search: could not queue %s for page %s", task.name, page_id)


def on_published(sender, instance, **kwargs):
    _enqueue(tasks.page_changed, instance.pk)


def on_unpublished(sender, instance, **kwargs):
    _enqueue(tasks.page_changed, instance.pk)


def on_moved(sender, instance, **kwargs):
    _enqueue(tasks.subtree_changed, instance.pk)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _enqueue(tasks.page_removed, instance.pk)


def on_restriction_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    _enqueue(tasks.subtree_changed, instance.page_id)


def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        _enqueue(tasks.subtree_changed, instance.page_id)


def on_term_saved(sender, instance, **kwargs):
    """A theme, region or audience was saved: its name and search terms are in documents."""
    if kwargs.get("raw"):
        return
    try:
        tasks.term_changed.enqueue(TERM_KINDS[sender], instance.slug)
    except Exception:
        logger.exception("Search: could not queue re-indexing for %s", instance.slug)


def connect():
    for model in TERM_KINDS:
        post_save.connect(
            on_term_saved, sender=model, dispatch_uid=f"portal_search_term_{model.__name__}"
        )
    page_published.connect(on_published, dispatch_uid="portal_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="portal_search_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="portal_search_moved")
    post_delete.connect(on_deleted, dispatch_uid="portal_search_deleted")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="portal_search_pvr_save"
    )
    post_delete.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="portal_search_pvr_delete"
    )
    m2m_changed.connect(
        on_restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="portal_search_pvr_groups",
    )
