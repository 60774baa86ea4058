"""Background tasks that keep search in step with the pages (django-tasks, as Wagtail uses).

With the immediate backend (the default) they run at once; with a worker backend they
run off the request path. Each task reads the page's state when it runs, so running
late or twice is harmless. A failure is logged and never reaches the editor.
"""

import logging

from django_tasks import task

from . import service

logger = logging.getLogger("portal.search")


@task()
def page_changed(page_id: int) -> bool:
    """Rewrite a page's document; if its address changed, its descendants' too."""
    try:
        before = service.database_store().url_of(page_id)
        indexed = service.index_page(page_id)
        after = service.database_store().url_of(page_id)
        if before and after and before != after:
            service.sync_subtree(page_id)
        return indexed
    except Exception:
        logger.exception("Search: indexing page %s failed", page_id)
        return False


@task()
def subtree_changed(page_id: int) -> None:
    """Re-check a page and all its descendants (moves and view-restriction changes)."""
    try:
        service.sync_subtree(page_id)
    except Exception:
        logger.exception("Search: re-indexing the pages under %s failed", page_id)


@task()
def term_changed(kind: str, slug: str) -> None:
    """Rewrite the documents tagged with a taxonomy term whose name or search terms changed."""
    try:
        service.reindex_tagged(kind, slug)
    except Exception:
        logger.exception("Search: re-indexing the pages tagged %s %s failed", kind, slug)


@task()
def page_removed(page_id: int) -> None:
    """Take a deleted page out of every store."""
    try:
        service.remove_page(page_id)
    except Exception:
        logger.exception("Search: removing page %s failed", page_id)


@task()
def rebuild_index() -> int:
    """Rebuild every store from the live pages (from the admin's Search index screen)."""
    try:
        return service.rebuild()
    except Exception:
        logger.exception("Search: rebuilding the index failed")
        return 0
