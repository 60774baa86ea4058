"""The search service: pages become documents, documents go to the stores, searches come back.

There is one document shape (:class:`~portal.search.documents.SearchDocument`) and two
stores behind one interface (``write``, ``delete``, ``search``, ``suggest``,
``rebuild``, ``indexed_page_ids``):

- :class:`~portal.search.stores.DatabaseStore` is always written and is the default.
- :class:`~portal.search.elastic.ElasticsearchStore` is written too, and answers
  searches, when ``ELASTICSEARCH_URL`` is set. If it errors or is unreachable the
  database store answers and a warning is logged.
"""

import logging

from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from portal.core import i18n
from portal.core.models import Audience, Region, Theme
from portal.core.privacy import page_audience

from .documents import Searchable, SearchDocument
from .stores import DatabaseStore

logger = logging.getLogger("portal.search")


# Building documents -------------------------------------------------------------------


def visibility_of(page, restrictions=None):
    """Who may open ``page``: ``(visibility, group_ids)``, or None when it must never be indexed.

    The rule is :func:`portal.core.privacy.page_audience`; its values are
    :class:`~portal.search.models.Visibility` values.
    """
    return page_audience(page, restrictions)


def is_searchable_model(model):
    return issubclass(model, Searchable) and not getattr(model, "search_exclude", False)


# Phrases that people also write as one word: a document that says "food bank" is found
# by "foodbank" too (searching "food bank" already finds both).
JOINED_FORMS = {
    "food bank": "foodbank",
    "food banks": "foodbanks",
    "self referral": "selfreferral",
}


def with_joined_forms(body: str, title: str = "") -> str:
    """The body, followed by the one-word forms of the phrases in it or in the title."""
    lowered = " ".join(f"{title} {body}".lower().replace("-", " ").split())
    extra = [joined for phrase, joined in JOINED_FORMS.items() if phrase in lowered]
    return f"{body} {' '.join(extra)}" if extra else body


def build_document(page) -> SearchDocument | None:
    """The document for a page, or None when the page must not be in search.

    Only live pages of a Searchable model that can be reached at a URL are indexed;
    drafts never are (a page's own row always holds its live content), nor are
    password-protected pages.
    """
    page = page.specific if type(page) is Page else page
    if not page.live or not is_searchable_model(type(page)):
        return None
    access = visibility_of(page)
    if access is None:
        return None
    url = page.get_url()
    if not url:
        return None
    with translation.override(page.locale.language_code):
        facets = {"themes": [], "regions": [], "audiences": [], "practice_level": ""}
        facets.update(page.get_search_facets() or {})
        return SearchDocument(
            page_id=page.pk,
            title=page.title,
            summary=str(page.get_search_summary() or ""),
            body=with_joined_forms(str(page.get_search_body() or ""), page.title),
            url=url,
            locale=page.locale.language_code,
            content_type=page.search_content_type or type(page)._meta.model_name,
            content_type_label=_msgid(page.search_content_type_label)
            or str(type(page)._meta.verbose_name).capitalize(),
            themes=list(facets.get("themes") or []),
            regions=list(facets.get("regions") or []),
            audiences=list(facets.get("audiences") or []),
            practice_level=facets.get("practice_level") or "",
            taxonomy=taxonomy_text(facets),
            date=page.get_search_date(),
            visibility=access[0],
            groups=access[1],
        )


TAXONOMY_MODELS = {"themes": Theme, "regions": Region, "audiences": Audience}


def taxonomy_text(facets) -> str:
    """The names and search terms of a document's taxonomy terms, in the active language.

    This is what lets "Glasgow" find a page tagged NHS Greater Glasgow and Clyde: the
    region's search terms, kept by editors on the term, are part of the document.
    """
    words = []
    for key, model in TAXONOMY_MODELS.items():
        slugs = [slug for slug in facets.get(key) or [] if slug]
        if slugs:
            for term in i18n.localized_terms(model, slugs).values():
                words.extend(term.search_words)
    return ", ".join(words)


def _msgid(label):
    """The untranslated text of a (lazy) label: stored once, translated when shown."""
    if not label:
        return ""
    with translation.override(None):
        return str(label)


# The stores -----------------------------------------------------------------------------

_database_store = DatabaseStore()


def database_store():
    return _database_store


def elasticsearch_store():
    """The Elasticsearch store when ``ELASTICSEARCH_URL`` is set, else None."""
    url = getattr(settings, "ELASTICSEARCH_URL", "")
    if not url:
        return None
    from .elastic import ElasticsearchStore

    return ElasticsearchStore.for_settings()


def stores():
    """Every store that must be kept in step: the database always, Elasticsearch if set."""
    es = elasticsearch_store()
    return [_database_store] + ([es] if es else [])


# Keeping in step -------------------------------------------------------------------------


def index_page(page_id):
    """Write, rewrite or remove the document of one page, in every store."""
    page = Page.objects.filter(pk=page_id).first()
    try:
        document = build_document(page) if page is not None else None
    except Exception:
        logger.warning(
            "Search: could not describe page %s; its document is unchanged", page_id, exc_info=True
        )
        return False
    for store in stores():
        try:
            if document is None:
                store.delete(page_id)
            else:
                store.write(document, live_revision_id=page.live_revision_id)
        except Exception:
            logger.warning(
                "Search: could not update page %s in the %s store",
                page_id,
                store.name,
                exc_info=True,
            )
    return document is not None


def sync_subtree(page_id):
    """Re-check a page and everything below it (after a move or a restriction change)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        remove_page(page_id)
        return
    for pk in Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True):
        index_page(pk)


def reindex_tagged(kind, slug):
    """Rewrite the documents of the pages tagged with one taxonomy term (``kind`` is
    "theme", "region" or "audience"), after its name or search terms changed."""
    from .models import DocumentFacet

    page_ids = (
        DocumentFacet.objects.filter(kind=kind, value=slug)
        .values_list("document__page_id", flat=True)
        .distinct()
    )
    for page_id in list(page_ids):
        index_page(page_id)


def remove_page(page_id):
    for store in stores():
        try:
            store.delete(page_id)
        except Exception:
            logger.warning(
                "Search: could not remove page %s from the %s store",
                page_id,
                store.name,
                exc_info=True,
            )


def indexable_pages():
    """Every live page of a searchable type (documents are built, and may still be refused)."""
    from django.contrib.contenttypes.models import ContentType

    models = [m for m in _page_models() if is_searchable_model(m)]
    types = ContentType.objects.get_for_models(*models).values() if models else []
    return Page.objects.live().filter(content_type__in=list(types)).order_by("path")


def _page_models():
    from wagtail.models import get_page_models

    return get_page_models()


def iter_documents(progress=None):
    """Documents for every page that belongs in search, calling ``progress(done, total)``."""
    pages = indexable_pages()
    total = pages.count()
    for done, page in enumerate(pages.specific().iterator(chunk_size=200), start=1):
        try:
            document = build_document(page)
        except Exception:
            logger.warning("Search: could not describe page %s; left out", page.pk, exc_info=True)
            document = None
        if progress:
            progress(done, total)
        if document is not None:
            yield document, page.live_revision_id


def rebuild(progress=None):
    """Rebuild every configured store from the live pages. Returns the number of documents."""
    documents = list(iter_documents(progress))
    for store in stores():
        store.rebuild(documents)
    return len(documents)


def drift():
    """Differences between the pages that belong in search and the database store.

    Returns a dict of page id lists: ``missing`` (should be indexed, is not),
    ``orphaned`` (indexed, should not be) and ``stale`` (indexed from another
    revision, address or visibility than the page has now).
    """
    expected = {}
    for page in indexable_pages().specific().iterator(chunk_size=200):
        access = visibility_of(page)
        if access is None or not page.get_url():
            continue
        expected[page.pk] = (page.live_revision_id, page.get_url(), access)
    indexed = _database_store.fingerprints()
    missing = sorted(set(expected) - set(indexed))
    orphaned = sorted(set(indexed) - set(expected))
    stale = sorted(pk for pk in set(expected) & set(indexed) if expected[pk] != indexed[pk])
    return {"missing": missing, "orphaned": orphaned, "stale": stale}


def fix_drift():
    """Bring the stores in step with the pages where they differ. Returns the drift fixed."""
    found = drift()
    for pk in found["missing"] + found["stale"] + found["orphaned"]:
        index_page(pk)
    return found


# Searching -------------------------------------------------------------------------------


def search(request, user):
    """Search the configured store for ``user``; the database answers if Elasticsearch fails."""
    es = elasticsearch_store()
    if es is not None:
        try:
            return es.search(request, user)
        except Exception as error:
            logger.warning("Search: Elasticsearch failed (%s); answering from the database", error)
    return _database_store.search(request, user)


def suggest(query, user, language, limit=8):
    """Up to ``limit`` titles the user may open, for the search box."""
    es = elasticsearch_store()
    if es is not None:
        try:
            return es.suggest(query, user, language, limit)
        except Exception as error:
            logger.warning("Search: Elasticsearch suggest failed (%s); using the database", error)
    return _database_store.suggest(query, user, language, limit)
