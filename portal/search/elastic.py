"""The Elasticsearch store, defined with elasticsearch-dsl; used when ``ELASTICSEARCH_URL`` is set.

- ``PageDocument``: the one document shape as an Elasticsearch document. Text fields
  carry an ``en`` sub-field (English analyser with stemming) and a ``gd`` sub-field
  (a folding analyser: lower case and ASCII folding, so "Gàidhlig" matches "gaidhlig").
- The index is named with an environment prefix (``ELASTICSEARCH_INDEX_PREFIX``):
  ``<prefix>-pages`` is an alias; a rebuild writes ``<prefix>-pages-<timestamp>`` and
  swaps the alias in one step, so search never goes down.
- ``PortalFacetedSearch``: a ``FacetedSearch`` with the permission filter, the facets,
  highlighting and sorting. Its query (:func:`ranked_query`) ranks as the database store
  does (``portal.search.ranking``): each word scores in the best field it is found in
  (title, then summary and taxonomy, then body); BM25 only breaks ties. ``suggest``
  uses a completion suggester whose context holds the language and who may see the
  page, so suggestions are permission-aware too.
"""

import logging
import math
from datetime import UTC, datetime

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch import NotFoundError
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    FacetedSearch,
    Index,
    Integer,
    Keyword,
    Search,
    TermsFacet,
    Text,
    analyzer,
    connections,
    token_filter,
)
from elasticsearch.helpers import bulk

from .query import FacetValue, Hit, SearchOutcome, highlight
from .ranking import ALSO_FOUND, FIELD_WEIGHTS, RANKED_FIELDS
from .stores import user_access_keys

logger = logging.getLogger("portal.search")

CONNECTION_ALIAS = "portal-search"

english_stemmer = token_filter("portal_english_stemmer", "stemmer", language="english")
english_possessive = token_filter(
    "portal_english_possessive", "stemmer", language="possessive_english"
)
english_stop = token_filter("portal_english_stop", "stop", stopwords="_english_")
ENGLISH = analyzer(
    "portal_english",
    tokenizer="standard",
    filter=[english_possessive, "lowercase", english_stop, english_stemmer],
)
FOLDING = analyzer("portal_folding", tokenizer="standard", filter=["lowercase", "asciifolding"])
LANGUAGE_ANALYZERS = {"en": ENGLISH, "gd": FOLDING}


def language_text(**kwargs):
    """A text field with one analysed sub-field per language."""
    return Text(
        analyzer=FOLDING,
        fields={code: Text(analyzer=an) for code, an in LANGUAGE_ANALYZERS.items()},
        **kwargs,
    )


class PageDocument(Document):
    """One page in the Elasticsearch index (the SearchDocument shape)."""

    page_id = Integer()
    title = language_text()
    summary = language_text()
    taxonomy = language_text()
    body = language_text()
    url = Keyword(index=False)
    locale = Keyword()
    content_type = Keyword()
    content_type_label = Keyword(index=False)
    themes = Keyword(multi=True)
    regions = Keyword(multi=True)
    audiences = Keyword(multi=True)
    practice_level = Keyword()
    date = Date()
    visibility = Keyword()
    access = Keyword(multi=True)  # "public", "login" or "group-<id>"
    suggest = Completion(
        analyzer=FOLDING,
        contexts=[{"name": "access", "type": "category", "path": None}],
    )

    @classmethod
    def from_search_document(cls, document):
        access = access_of(document)
        return cls(
            meta={"id": document.page_id},
            page_id=document.page_id,
            title=document.title,
            summary=document.summary,
            taxonomy=document.taxonomy,
            body=document.body,
            url=document.url,
            locale=document.locale,
            content_type=document.content_type,
            content_type_label=document.content_type_label,
            themes=document.themes,
            regions=document.regions,
            audiences=document.audiences,
            practice_level=document.practice_level,
            date=document.date,
            visibility=document.visibility,
            access=access,
            suggest={
                "input": [document.title],
                "contexts": {"access": [f"{document.locale}|{key}" for key in access]},
            },
        )


def access_of(document):
    if document.visibility == "groups":
        return [f"group-{pk}" for pk in document.groups]
    return [document.visibility]


def _fix_suggest_mapping(mapping):
    """elasticsearch-dsl writes ``"path": null``; Elasticsearch wants no path at all."""
    for context in mapping["properties"]["suggest"].get("contexts", []):
        context.pop("path", None)
    return mapping


def index_body():
    """Settings and mappings for a new index: the analysers and PageDocument's mapping."""
    index = Index("template")
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(PageDocument)
    body = index.to_dict()
    body["mappings"] = _fix_suggest_mapping(body["mappings"])
    return body


def _codes(language):
    return [language] if language in LANGUAGE_ANALYZERS else list(LANGUAGE_ANALYZERS)


def search_fields(language):
    """Fields a query searches, with boosts, for one language ("" means every language)."""
    fields = []
    for code in _codes(language):
        fields += [f"title.{code}^3", f"summary.{code}^2", f"taxonomy.{code}^2", f"body.{code}"]
    return fields


#: How much BM25 counts: it only breaks ties between documents with the same points.
TIE_BREAK = 0.01


def ranked_query(terms, language, operator="and"):
    """The query: every word (or, with ``operator="or"``, any word) must match in some field;
    each word then earns points as ``ranking.field_score`` gives them: the points of the
    best of title, taxonomy and summary it is found in, plus ``ALSO_FOUND`` of each other
    one (a ``dis_max`` tie breaker), else the body's points. BM25 only breaks ties."""
    codes = _codes(language)

    def found_in(field, term):
        return {
            "constant_score": {
                "filter": {
                    "multi_match": {
                        "query": term,
                        "fields": [f"{field}.{code}" for code in codes],
                    }
                },
                "boost": FIELD_WEIGHTS[field],
            }
        }

    per_word = [
        {
            "dis_max": {
                "queries": [
                    {
                        "dis_max": {
                            "queries": [found_in(field, term) for field in RANKED_FIELDS],
                            "tie_breaker": ALSO_FOUND,
                        }
                    },
                    found_in("body", term),
                ],
                "tie_breaker": 0,
            }
        }
        for term in terms
    ]
    return {
        "bool": {
            "must": [
                {
                    "multi_match": {
                        "query": " ".join(terms),
                        "fields": search_fields(language),
                        "operator": operator,
                        "type": "cross_fields",
                        "boost": TIE_BREAK,
                    }
                }
            ],
            "should": per_word,
        }
    }


class PortalFacetedSearch(FacetedSearch):
    """Faceted search over PageDocument for one person: only what they may open."""

    facets = {
        "type": TermsFacet(field="content_type", size=50),
        "theme": TermsFacet(field="themes", size=50),
        "region": TermsFacet(field="regions", size=50),
        "audience": TermsFacet(field="audiences", size=50),
        "language": TermsFacet(field="locale", size=10),
    }

    def __init__(self, request, access, *, index, using, operator="and"):
        self.operator = operator
        self.index = index
        self.using = using
        self.access = access
        self.fields = search_fields(request.language)
        self.terms = list(request.terms)
        self.language = request.language
        filters = {kind: values for kind, values in request.filters.items() if values}
        if request.language:
            filters["language"] = [request.language]
        sort = ["-date", "-page_id"] if request.sort == "newest" or not request.terms else []
        super().__init__(" ".join(request.terms) or None, filters=filters, sort=sort)

    def search(self):
        search = Search(index=self.index, using=self.using).extra(track_total_hits=True)
        if self.access is not None:
            search = search.filter("terms", access=self.access)
        return search

    def query(self, search, query):
        if not query:
            return search
        return search.query(ranked_query(self.terms, self.language, self.operator))

    def highlight(self, search):
        fields = {f.split("^", 1)[0]: {} for f in self.fields if f.startswith(("summary", "body"))}
        return search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",
            number_of_fragments=1,
            fragment_size=240,
            no_match_size=240,
        ).highlight(*fields)


class ElasticsearchStore:
    """The store behind ``ELASTICSEARCH_URL``: same interface as the database store."""

    name = "elasticsearch"
    _instances = {}

    def __init__(self, url, prefix, timeout=5):
        self.url = url
        self.prefix = prefix
        self.alias = f"{prefix}-pages"
        self.using = f"{CONNECTION_ALIAS}-{url}"
        connections.create_connection(
            alias=self.using,
            hosts=[url],
            request_timeout=timeout,
            max_retries=0,
            retry_on_timeout=False,
        )

    @classmethod
    def for_settings(cls):
        url = settings.ELASTICSEARCH_URL
        prefix = getattr(settings, "ELASTICSEARCH_INDEX_PREFIX", "clw")
        key = (url, prefix)
        if key not in cls._instances:
            cls._instances[key] = cls(
                url, prefix, timeout=getattr(settings, "ELASTICSEARCH_TIMEOUT", 5)
            )
        return cls._instances[key]

    @property
    def client(self):
        return connections.get_connection(self.using)

    # Writing --------------------------------------------------------------------------

    def new_index_name(self):
        return f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def ensure_index(self):
        """Create the first index and point the alias at it, if there is none yet."""
        if not self.client.indices.exists_alias(name=self.alias):
            name = self.new_index_name()
            self.client.indices.create(index=name, **index_body())
            self.client.indices.put_alias(index=name, name=self.alias)

    def write(self, document, live_revision_id=None):
        self.ensure_index()
        PageDocument.from_search_document(document).save(
            index=self.alias, using=self.using, refresh="wait_for"
        )

    def delete(self, page_id):
        try:
            self.client.delete(index=self.alias, id=str(page_id), refresh="wait_for")
        except NotFoundError:
            pass

    def rebuild(self, documents):
        """Write every document into a new index, then swap the alias over in one step."""
        name = self.new_index_name()
        self.client.indices.create(index=name, **index_body())
        actions = (
            {
                "_index": name,
                "_id": document.page_id,
                "_source": PageDocument.from_search_document(document).to_dict(),
            }
            for document, _revision in documents
        )
        bulk(self.client, actions)
        self.client.indices.refresh(index=name)
        old = []
        if self.client.indices.exists_alias(name=self.alias):
            old = list(self.client.indices.get_alias(name=self.alias).keys())
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        for index in old:
            self.client.indices.delete(index=index)
        return name

    def indexed_page_ids(self):
        search = Search(index=self.alias, using=self.using).source(False)
        return {int(hit.meta.id) for hit in search.scan()}

    # Searching ------------------------------------------------------------------------

    def faceted_search(self, request, user, operator="and"):
        access = None if _is_superuser(user) else user_access_keys(user)
        return PortalFacetedSearch(
            request, access, index=self.alias, using=self.using, operator=operator
        )

    def search(self, request, user):
        operator, any_word = "and", False
        start = (max(1, request.page) - 1) * request.per_page
        response = self.faceted_search(request, user)[start : start + request.per_page].execute()
        total = response.hits.total.value
        if not total and len(request.terms) > 1:
            operator, any_word = "or", True
            response = self.faceted_search(request, user, operator)[
                start : start + request.per_page
            ].execute()
            total = response.hits.total.value
        num_pages = max(1, math.ceil(total / request.per_page))
        if request.page > num_pages and total:
            start = (num_pages - 1) * request.per_page
            response = self.faceted_search(request, user, operator)[
                start : start + request.per_page
            ].execute()
        hits = [self._hit(hit, request) for hit in response]
        facets = {
            kind: [
                FacetValue(value=value, label=value, count=count, selected=selected)
                for value, count, selected in getattr(response.facets, kind)
            ]
            for kind in PortalFacetedSearch.facets
        }
        return SearchOutcome(
            hits=hits,
            total=total,
            page=min(max(1, request.page), num_pages),
            num_pages=num_pages,
            facets=facets,
            any_word=any_word,
            store=self.name,
        )

    def _hit(self, hit, request):
        summary_html = ""
        highlights = getattr(hit.meta, "highlight", None)
        if highlights is not None and request.terms:
            for field in ("summary", "body"):
                for code in LANGUAGE_ANALYZERS:
                    fragments = getattr(highlights, f"{field}.{code}", None)
                    if fragments and "<mark>" in fragments[0]:
                        summary_html = mark_safe(fragments[0])
                        break
                if summary_html:
                    break
        if not summary_html:
            summary_html = highlight(getattr(hit, "summary", ""), request.terms) or escape("")
        date = getattr(hit, "date", None)
        return Hit(
            title=hit.title,
            url=hit.url,
            content_type=hit.content_type,
            content_type_label=getattr(hit, "content_type_label", ""),
            summary_html=summary_html,
            date=date.date() if hasattr(date, "date") else date,
            locale=hit.locale,
            page_id=hit.page_id,
        )

    def suggest_search(self, query, user, language, limit=8):
        keys = user_access_keys(user)
        languages = [language] if language else list(LANGUAGE_ANALYZERS)
        contexts = [f"{code}|{key}" for code in languages for key in keys]
        return (
            Search(index=self.alias, using=self.using)
            .source(["title", "url", "content_type_label", "locale"])
            .suggest(
                "titles",
                query,
                completion={
                    "field": "suggest",
                    "size": limit,
                    "skip_duplicates": True,
                    "contexts": {"access": contexts},
                },
            )
            .extra(size=0)
        )

    def suggest(self, query, user, language, limit=8):
        from .query import terms_of

        if not terms_of(query):
            return []
        response = self.suggest_search(" ".join(query.split())[:100], user, language, limit)
        response = response.execute()
        options = response.suggest.titles[0].options if response.suggest.titles else []
        return [
            {
                "title": option._source.title,
                "url": option._source.url,
                "type": option._source.content_type_label,
                "language": option._source.locale,
            }
            for option in options[:limit]
        ]


def _is_superuser(user):
    return bool(user is not None and user.is_authenticated and user.is_superuser)
