"""How relevant a match is: the same rule for every store.

A store finds the documents that match the words (full text, with its own analysis);
this module orders them. A word found in the title counts most, then one found in the
taxonomy (theme, region and audience names, and the other words editors give those
terms, such as the towns of a health board: an editor's statement of what the page is
about) or the summary, then one found only in the body. A word found in more than one
of title, taxonomy and summary earns a little more for each other field
(``ALSO_FOUND``). The store's own score (BM25 or ``ts_rank``) only breaks ties.

The database store works the same points out in SQL (:func:`points_expression`) from
the stems it stores beside each document (:func:`stored_stems`), so ordering thousands
of matches reads no text in Python. The Elasticsearch store expresses the same weights
in its query (:func:`portal.search.elastic.ranked_query`), so both stores rank alike.
"""

import re
import unicodedata

#: Points a query word earns in the best field it is found in.
FIELD_WEIGHTS = {"title": 8.0, "taxonomy": 4.0, "summary": 3.0, "body": 1.0}
#: The fields read in Python to rank matches (the body is known to match when the others do not).
RANKED_FIELDS = ("title", "taxonomy", "summary")
#: The share of its points each further field (of RANKED_FIELDS) a word is found in adds.
ALSO_FOUND = 0.25

_WORD = re.compile(r"\w+", re.UNICODE)
_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s", "e", "y")


def fold(text: str) -> str:
    """Lower case without accents: "Gàidhlig" → "gaidhlig" (as the full-text tokenisers do)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str) -> str:
    """A light English stem, so that "housing", "houses" and "house" are one word here.

    Only for telling which field a match came from; the stores do their own analysis.
    """
    word = fold(word)
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    return {stem(word) for word in _WORD.findall(text or "")}


def stored_stems(text: str) -> str:
    """The stems of ``text`` as the database store keeps them: " hous rent " (each word
    with a space either side, so that a ``LIKE '% hous %'`` finds a whole stem)."""
    found = sorted(stems(text))
    return f" {' '.join(found)} " if found else ""


def stems_column(field: str) -> str:
    """The ``IndexedDocument`` column holding the stored stems of ``field``."""
    return f"{field}_stems"


def points_expression(terms: list[str], matched_all: bool = True):
    """:func:`field_score` as a database expression over the stored stems.

    For each word: the weight of the best field it is found in, plus ``ALSO_FOUND`` of
    the weight of each lesser field it is also in; else the body's weight when every
    word had to match. A test holds it equal to :func:`field_score`.
    """
    from django.db.models import Case, FloatField, Q, Value, When

    by_weight = sorted(RANKED_FIELDS, key=lambda name: -FIELD_WEIGHTS[name])

    def one(value):
        return Value(float(value), output_field=FloatField())

    total = one(0)
    for term in terms:
        word = stem(term)
        found = [Q(**{f"{stems_column(name)}__contains": f" {word} "}) for name in by_weight]
        branches = []
        for best, name in enumerate(by_weight):
            points = one(FIELD_WEIGHTS[name])
            for lesser in range(best + 1, len(by_weight)):
                also = ALSO_FOUND * FIELD_WEIGHTS[by_weight[lesser]]
                points = points + Case(
                    When(found[lesser], then=one(also)), default=one(0), output_field=FloatField()
                )
            branches.append(When(found[best], then=points))
        otherwise = FIELD_WEIGHTS["body"] if matched_all else 0
        total = total + Case(*branches, default=one(otherwise), output_field=FloatField())
    return total


def field_score(fields: dict[str, str], terms: list[str], matched_all: bool = True) -> float:
    """Points for one matching document: each word scores in the best field it is found in,
    plus ``ALSO_FOUND`` of the points of each other field of ``RANKED_FIELDS`` it is in.

    ``fields`` holds the document's title, summary and taxonomy text. A word found in
    none of them is in the body when every word had to match (``matched_all``).
    """
    found = {name: stems(fields.get(name, "")) for name in RANKED_FIELDS}
    score = 0.0
    for term in terms:
        term_stem = stem(term)
        weights = sorted(
            (FIELD_WEIGHTS[name] for name in RANKED_FIELDS if term_stem in found[name]),
            reverse=True,
        )
        if weights:
            score += weights[0] + ALSO_FOUND * sum(weights[1:])
        elif matched_all:
            score += FIELD_WEIGHTS["body"]
    return score
