"""How well site search ranks the demo content: MRR and nDCG@5 over real queries.

    .venv/bin/python benchmarks/search_relevance.py                     # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clw_relevance \\
        .venv/bin/python benchmarks/search_relevance.py                 # PostgreSQL
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python benchmarks/search_relevance.py

Loads the demo content (``load_demo_content``) into a throwaway test database (for
PostgreSQL, ``test_<name>``, dropped afterwards), then asks each query below as an
anonymous reader in English and compares the ranking with the pages a careful reader
of the demo content judged relevant (2: what the query is about, 1: useful).

- MRR: the mean of 1 / the rank of the first relevant page (0 when none is in the top 10).
- nDCG@5: the gain of the first five results (2^grade - 1, discounted by log2 of the
  rank + 1) over the best possible ordering of the judged pages.

With ``ELASTICSEARCH_URL`` set, the same queries run against the Elasticsearch store too
(written into a throwaway index prefix, deleted afterwards). ``--verbose`` prints the
top five of every query.
"""

import argparse
import math
import os
import sys
import uuid
from pathlib import Path

# Keep this folder off sys.path: its http.py would shadow the standard library's http.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

CASE = "/case-studies/"
LEARN = "/learning/"
GUIDE = "/guidance/"

# What a link worker, a practice manager or a partner would type, and the pages that answer it.
JUDGEMENTS = {
    "housing": {
        f"{CASE}composite-shona-housing-money-and-mental-health/": 2,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 2,
        f"{CASE}dundee-generalist-community-link-workers/": 1,
        f"{CASE}edinburgh-specialist-welfare-rights-link-workers/": 1,
        f"{CASE}link-workers-in-trussell-trust-food-banks/": 1,
    },
    "glasgow": {
        f"{CASE}composite-shona-housing-money-and-mental-health/": 1,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 1,
        f"{CASE}chair-yoga-easterhouse-and-north-east-glasgow/": 2,
        f"{CASE}moira-anderson-foundation-glasgow-satellite-service/": 2,
        f"{CASE}happy-feet-govan-footcare-service/": 1,
        f"{CASE}easterhouse-waiting-room-art-and-practice-development/": 1,
        f"{CASE}link-workers-in-trussell-trust-food-banks/": 1,
        f"{CASE}composite-kirsty-support-after-childhood-abuse/": 1,
        f"{CASE}composite-tam-getting-out-again-after-a-heart-attack/": 1,
    },
    "housing glasgow": {
        f"{CASE}composite-shona-housing-money-and-mental-health/": 2,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 2,
        f"{CASE}link-workers-in-trussell-trust-food-banks/": 1,
    },
    "paisley": {  # in NHS Greater Glasgow and Clyde: its case studies are the nearest
        f"{CASE}composite-shona-housing-money-and-mental-health/": 1,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 1,
        f"{CASE}chair-yoga-easterhouse-and-north-east-glasgow/": 1,
        f"{CASE}moira-anderson-foundation-glasgow-satellite-service/": 1,
        f"{CASE}happy-feet-govan-footcare-service/": 1,
        f"{CASE}easterhouse-waiting-room-art-and-practice-development/": 1,
        f"{CASE}link-workers-in-trussell-trust-food-banks/": 1,
        f"{CASE}composite-kirsty-support-after-childhood-abuse/": 1,
        f"{CASE}composite-tam-getting-out-again-after-a-heart-attack/": 1,
    },
    "food bank": {
        f"{CASE}link-workers-in-trussell-trust-food-banks/": 2,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 1,
    },
    "self-referral": {
        f"{GUIDE}referral-routes-and-self-referral/": 2,
        f"{LEARN}working-in-general-practice/referral-routes/": 2,
    },
    "how to refer someone to a link worker": {
        f"{GUIDE}referral-routes-and-self-referral/": 2,
        f"{LEARN}working-in-general-practice/referral-routes/": 2,
    },
    "welfare rights": {
        f"{CASE}edinburgh-specialist-welfare-rights-link-workers/": 2,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 1,
        f"{CASE}composite-shona-housing-money-and-mental-health/": 1,
    },
    "benefits and debt": {
        f"{CASE}edinburgh-specialist-welfare-rights-link-workers/": 2,
        f"{CASE}composite-shona-housing-money-and-mental-health/": 2,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 2,
        f"{LEARN}what-a-clw-does/the-difference-it-makes/": 1,
    },
    "loneliness": {
        f"{CASE}composite-tam-getting-out-again-after-a-heart-attack/": 2,
        f"{CASE}chair-yoga-easterhouse-and-north-east-glasgow/": 2,
        f"{CASE}shetland-therapeutic-link-workers/": 1,
        f"{CASE}dundee-generalist-community-link-workers/": 1,
        f"{LEARN}what-a-clw-does/the-role/": 1,
    },
    "trauma informed": {
        f"{LEARN}good-conversations/trauma-informed/": 2,
        f"{LEARN}good-conversations/": 1,
        f"{CASE}composite-kirsty-support-after-childhood-abuse/": 1,
        f"{CASE}moira-anderson-foundation-glasgow-satellite-service/": 1,
    },
    "childhood abuse": {
        f"{CASE}composite-kirsty-support-after-childhood-abuse/": 2,
        f"{CASE}moira-anderson-foundation-glasgow-satellite-service/": 2,
        f"{LEARN}good-conversations/trauma-informed/": 1,
    },
    "chair yoga": {f"{CASE}chair-yoga-easterhouse-and-north-east-glasgow/": 2},
    "footcare": {
        f"{CASE}happy-feet-govan-footcare-service/": 2,
        f"{LEARN}asset-mapping/filling-gaps/": 1,
    },
    "govan": {
        f"{CASE}happy-feet-govan-footcare-service/": 2,
        f"{LEARN}asset-mapping/filling-gaps/": 1,
    },
    "competency framework": {
        "/framework/": 2,
        "/news/help-shape-the-clw-competency-framework/": 2,
    },
    "supervision": {
        f"{LEARN}looking-after-yourself/supervision-and-support/": 2,
        f"{LEARN}looking-after-yourself/": 1,
    },
    "boundaries": {
        f"{LEARN}looking-after-yourself/boundaries/": 2,
        f"{LEARN}looking-after-yourself/": 1,
    },
    "asset mapping": {
        f"{GUIDE}asset-mapping-and-keeping-it-current/": 2,
        f"{LEARN}asset-mapping/": 2,
        f"{LEARN}asset-mapping/what-is-asset-mapping/": 2,
        f"{LEARN}asset-mapping/keeping-it-current/": 1,
        f"{LEARN}asset-mapping/filling-gaps/": 1,
    },
    "deep end practices": {
        f"{LEARN}working-in-general-practice/deep-end/": 2,
        f"{LEARN}working-in-general-practice/": 1,
    },
    "practice development": {
        f"{GUIDE}practice-development-activities/": 2,
        f"{LEARN}working-in-general-practice/practice-development/": 2,
        f"{CASE}easterhouse-waiting-room-art-and-practice-development/": 2,
    },
    "link worker in our practice": {
        f"{GUIDE}bringing-a-community-link-worker-into-your-practice/": 2,
        f"{LEARN}working-in-general-practice/part-of-the-team/": 1,
        f"{LEARN}working-in-general-practice/": 1,
    },
    "shetland": {
        f"{CASE}shetland-therapeutic-link-workers/": 2,
        f"{LEARN}what-a-clw-does/three-models/": 1,
    },
    "dundee": {
        f"{CASE}dundee-generalist-community-link-workers/": 2,
        f"{LEARN}what-a-clw-does/three-models/": 1,
    },
    "edinburgh": {
        f"{CASE}edinburgh-specialist-welfare-rights-link-workers/": 2,
        "/events/network-gathering-edinburgh-2027/": 2,
        f"{LEARN}what-a-clw-does/three-models/": 1,
    },
    "measuring outcomes": {
        "/events/measuring-what-matters-shared-outcomes-2027/": 2,
        f"{LEARN}what-a-clw-does/the-difference-it-makes/": 1,
    },
    "induction for new link workers": {
        f"{LEARN}new-clw-induction/": 2,
        "/learning/": 1,
    },
    "heart attack": {f"{CASE}composite-tam-getting-out-again-after-a-heart-attack/": 2},
    "fuel poverty": {
        f"{CASE}link-workers-in-trussell-trust-food-banks/": 2,
        f"{CASE}composite-leanne-income-and-a-safe-home/": 2,
    },
    "setting goals": {
        f"{LEARN}good-conversations/goals-and-endings/": 2,
        f"{LEARN}good-conversations/": 1,
    },
    "easterhouse": {
        f"{CASE}chair-yoga-easterhouse-and-north-east-glasgow/": 2,
        f"{CASE}easterhouse-waiting-room-art-and-practice-development/": 2,
    },
    "privacy": {"/privacy/": 2},
}

TOP = 10


def rank_of_first_relevant(urls, judged):
    for rank, url in enumerate(urls[:TOP], start=1):
        if judged.get(url, 0) > 0:
            return rank
    return None


def ndcg_at(urls, judged, k=5):
    gain = sum((2 ** judged.get(url, 0) - 1) / math.log2(i + 2) for i, url in enumerate(urls[:k]))
    ideal = sorted(judged.values(), reverse=True)[:k]
    best = sum((2**grade - 1) / math.log2(i + 2) for i, grade in enumerate(ideal))
    return gain / best if best else 0.0


def evaluate(label, search, verbose):
    reciprocal, ndcgs = [], []
    print(f"\n{label}")
    print(f"  {'query':<40} {'first relevant':>14} {'nDCG@5':>7}")
    for query, judged in JUDGEMENTS.items():
        results = search(query)
        urls = [hit.url for hit in results]
        first = rank_of_first_relevant(urls, judged)
        reciprocal.append(1 / first if first else 0.0)
        ndcgs.append(ndcg_at(urls, judged))
        print(f"  {query:<40} {first or '-':>14} {ndcgs[-1]:7.2f}")
        if verbose:
            for rank, hit in enumerate(results[:5], start=1):
                mark = "*" * judged.get(hit.url, 0)
                print(f"      {rank}. {mark:<2} {hit.title[:70]}")
    mrr = sum(reciprocal) / len(reciprocal)
    ndcg = sum(ndcgs) / len(ndcgs)
    print(f"  {len(JUDGEMENTS)} queries: MRR {mrr:.3f}   nDCG@5 {ndcg:.3f}")
    return mrr, ndcg


def store_search(store):
    from portal.search.query import SearchRequest, terms_of

    def search(query):
        request = SearchRequest(query=query, terms=terms_of(query), language="en", per_page=TOP)
        return store.search(request, AnonymousUser()).hits

    return search


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the top five of each query")
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    es_store = None
    try:
        from portal.search import service

        print(f"Database: {connection.vendor}; loading the demo content ...", flush=True)
        call_command("load_demo_content", verbosity=0)
        service.rebuild()
        evaluate(
            f"Database store ({connection.vendor})",
            store_search(service.database_store()),
            args.verbose,
        )
        url = os.environ.get("ELASTICSEARCH_URL", "")
        if url:
            from portal.search.elastic import ElasticsearchStore

            es_store = ElasticsearchStore(url, f"clw-relevance-{uuid.uuid4().hex[:8]}")
            es_store.rebuild(list(service.iter_documents()))
            evaluate("Elasticsearch store", store_search(es_store), args.verbose)
    finally:
        if es_store is not None:
            es_store.client.indices.delete(index=f"{es_store.alias}-*")
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
