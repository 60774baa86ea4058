"""Test-only search fixtures: documents with facets for pages that have none of their own."""

from portal.search import service
from portal.search.documents import SearchDocument
from tests.factories.core import StandardPageFactory


def indexed_page(
    parent,
    title,
    summary="",
    *,
    themes=(),
    regions=(),
    audiences=(),
    content_type="guidance",
    label="Guidance",
    date=None,
    **fields,
):
    """A published StandardPage whose document carries the given facets.

    The page is published (so the signal handlers index it), then its document is
    rewritten with facet values, as a page type with taxonomy would describe itself.
    """
    page = StandardPageFactory(parent=parent, title=title, summary=summary, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    document = service.build_document(page)
    document.themes, document.regions, document.audiences = (
        list(themes),
        list(regions),
        list(audiences),
    )
    document.taxonomy = service.taxonomy_text(
        {"themes": document.themes, "regions": document.regions, "audiences": document.audiences}
    )
    document.content_type, document.content_type_label = content_type, label
    if date is not None:
        document.date = date
    service.database_store().write(document, live_revision_id=page.live_revision_id)
    return page


def make_document(page, **changes):
    document = SearchDocument(
        page_id=page.pk,
        title=page.title,
        summary="",
        body="",
        url=page.url,
        locale="en",
        content_type="page",
        content_type_label="Page",
    )
    for key, value in changes.items():
        setattr(document, key, value)
    return document
