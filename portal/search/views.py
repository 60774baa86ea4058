"""Site search.

A first version over Wagtail's own page index; the search issue replaces it with the
portal's search service.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils import translation
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        pages = Page.objects.live().public().specific()
        if locale:
            pages = pages.filter(locale=locale)
        results = pages.search(query)
    paginator = Paginator(results, 10)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    return render(request, "search/search.html", {"query": query, "results": page})
