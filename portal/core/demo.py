"""Demo content for the core: taxonomy, organisations, home and standard pages, settings.

The words are in ``demo/<language>/core/`` (see ``demo/README.md``).
"""

from django.utils.text import slugify
from wagtail.models import Page, Site

from .demo_tools import (
    blocks,
    content,
    english,
    ensure_page,
    gaelic,
    home_page,
    retranslate_from_file,
    translate,
    translate_from_file,
)
from .models import (
    Audience,
    FooterSettings,
    FooterText,
    NavigationSettings,
    Organisation,
    Region,
    StandardPage,
    Theme,
)

TAXONOMY = {"themes": Theme, "regions": Region, "audiences": Audience}
STANDARD_PAGES = ["about", "accessibility", "privacy"]


def _ensure_taxonomy():
    en, gd = english(), gaelic()
    source = content("core/taxonomy.yaml")
    target = content("core/taxonomy.yaml", "gd") or {}
    for key, model in TAXONOMY.items():
        names = target.get(key, [])
        for i, row in enumerate(source[key]):
            term, _created = model.objects.get_or_create(
                slug=row["slug"],
                locale=en,
                defaults={"name": row["name"], "search_terms": row.get("search_terms", "")},
            )
            target_row = names[i] if i < len(names) else {}
            strings = {row["name"]: target_row.get("name")}
            if row.get("search_terms"):
                strings[row["search_terms"]] = target_row.get("search_terms")
            translate(
                term, gd, {english_text: text for english_text, text in strings.items() if text}
            )


def ensure_standard_page(parent, slug, path, **extra):
    """A StandardPage built from the content file at ``path``, translated if it can be."""
    spec = content(path)
    page, _created = ensure_page(
        parent,
        StandardPage,
        slug,
        title=spec["title"],
        summary=spec.get("summary", ""),
        show_in_menus=spec.get("show_in_menus", False),
        body=blocks(spec.get("body")) + extra.pop("body_after", []),
        **extra,
    )
    return page


def load(log):
    """Build the taxonomy, the home page and the about, accessibility and privacy pages."""
    _ensure_taxonomy()
    en = english()
    for spec in content("core/organisations.yaml")["organisations"]:
        Organisation.objects.get_or_create(
            slug=slugify(spec["name"])[:200],
            defaults={
                "name": spec["name"],
                "kind": spec["kind"],
                "website": spec["website"],
                "region": Region.objects.filter(slug=spec["region"], locale=en).first(),
            },
        )
    log(f"taxonomy: {Theme.objects.count()} themes, {Region.objects.count()} regions")

    home = home_page()
    spec = content("core/home.yaml")
    if not home.introduction:
        home.title = spec["title"]
        home.hero_heading = spec["hero_heading"]
        home.hero_text = spec["hero_text"]
        home.introduction = spec["introduction"]
        home.seo_title = spec["seo_title"]
        home.save_revision().publish()
        home.refresh_from_db()

    pages = {slug: ensure_standard_page(home, slug, f"core/{slug}.yaml") for slug in STANDARD_PAGES}

    if not home.featured_links:
        home.featured_links = [
            (kind, {**value, "page": pages[value["page"]]})
            for kind, value in blocks(spec["featured_links"])
        ]
        home.save_revision().publish()
        home.refresh_from_db()

    translate_from_file(home, "core/home.yaml")
    for slug, page in pages.items():
        translate_from_file(page, f"core/{slug}.yaml")

    site = Site.objects.get(is_default_site=True)
    footer = FooterSettings.for_site(site)
    if not footer.footer_links:
        spec = content("core/footer.yaml")
        footer.footer_links = [
            ("link", {"page": pages[slug], "text": "", "url": ""}) for slug in spec["links"]
        ]
        footer.save()
    spec = content("core/footer.yaml")
    text = FooterText.objects.filter(locale=en).first()
    if text is None:
        text = FooterText.objects.create(text=spec["text"], locale=en)
    gaelic_spec = content("core/footer.yaml", "gd") or {}
    if gaelic_spec.get("text"):
        translate(text, gaelic(), {spec["text"]: gaelic_spec["text"]})
    log("core pages: home, about, accessibility statement, privacy notice")


def _page_at(home, path):
    """The page at ``path`` below the home page (``"learning/new-clw-induction"``)."""
    return Page.objects.get(url_path=f"{home.url_path}{path.strip('/')}/").specific


def _home_body(home, items):
    """The home page's blocks from the content file: page paths become pages."""
    body = []
    for kind, value in blocks(items):
        value = dict(value)
        if kind == "ways_in":
            value["audiences"] = [
                {
                    **audience,
                    "links": [
                        {"query": "", **link, "page": _page_at(home, link["page"])}
                        for link in audience["links"]
                    ],
                }
                for audience in value["audiences"]
            ]
        elif kind == "listing":
            section = _page_at(home, value["section"])
            value["section"] = section
            value["featured"] = [_page_at(section, slug) for slug in value.get("featured", [])]
        body.append((kind, value))
    return body


def _finish_home(log):
    """Give the home page its blocks once every section exists, in English and Gaelic."""
    home = home_page()
    if home.body:
        return
    spec = content("core/home.yaml")
    home.body = _home_body(home, spec.get("body"))
    home.save_revision().publish()
    home.refresh_from_db()
    retranslate_from_file(home, "core/home.yaml")
    log("home page: ways in, listings and the signed-in panels")


def finish(log):
    """Give the home page its blocks and point the header navigation at the sections the
    loaders built (runs last)."""
    _finish_home(log)
    home = home_page()
    site = Site.objects.get(is_default_site=True)
    nav = NavigationSettings.for_site(site)
    sections = home.get_children().live().in_menu().specific()
    links = [("link", {"page": section, "text": "", "url": ""}) for section in sections]
    current = [block.value.get("page").pk for block in nav.header_links if block.value.get("page")]
    if current != [section.pk for section in sections]:
        nav.header_links = links
        nav.save()

    from portal.search.service import fix_drift

    drifted = fix_drift()
    if any(drifted.values()):
        log(f"search: re-indexed {sum(len(ids) for ids in drifted.values())} pages")
