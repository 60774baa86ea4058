"""The sitemap: every public page in every language, with its translations as hreflang
alternates (``<xhtml:link rel="alternate" hreflang="gd" ...>``).

Wagtail's sitemap lists the pages under the site's root page, which is the English home
page; the Gaelic home page and its pages are its translation, beside it in the tree.
This sitemap lists the pages under every translation of the root and gives each URL the
alternates Django's sitemap template already knows how to write. A fixed number of
queries per sitemap page.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    def _roots(self):
        return list(self.get_wagtail_site().root_page.get_translations(inclusive=True))

    def items(self):
        within = Q()
        for root in self._roots():
            within |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(within)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _alternates(self, pages):
        """{translation_key: [(language code, URL), ...]} for the live public pages."""
        found = defaultdict(list)
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in={page.translation_key for page in pages})
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for page in translations:
            url = page.get_full_url(self.request)
            if url:
                found[page.translation_key].append((page.locale.language_code, url))
        return found

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates(pages)
        urls, last_mods = [], set()
        for item in pages:
            links = alternates.get(item.translation_key, [])
            for url_info in item.get_sitemap_urls(self.request):
                if len(links) > 1:
                    url_info["alternates"] = [
                        {"lang_code": code, "location": url} for code, url in links
                    ]
                    default = dict(links).get(settings.LANGUAGE_CODE)
                    if default:
                        url_info["alternates"].append(
                            {"lang_code": "x-default", "location": default}
                        )
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
