"""Demo content for the core: taxonomy, organisations, home and standard pages, settings."""

from django.utils.text import slugify
from wagtail.models import Site

from .demo_tools import english, ensure_page, gaelic, home_page, translate, translate_page
from .models import (
    Audience,
    FooterSettings,
    NavigationSettings,
    Organisation,
    Region,
    StandardPage,
    Theme,
)

# (slug, English name, Gaelic name)
THEMES = [
    ("mental-health", "Mental health and wellbeing", "Slàinte inntinn is sunnd"),
    ("social-isolation", "Social isolation and loneliness", "Iomallachd shòisealta is aonaranachd"),
    ("housing", "Housing", "Taigheadas"),
    ("money-welfare", "Money and welfare rights", "Airgead is còraichean sochair"),
    ("trauma", "Trauma and adversity", "Trauma is cruadal"),
    ("physical-activity", "Physical activity", "Gnìomhachd chorporra"),
    ("food-fuel-poverty", "Food and fuel poverty", "Bochdainn bìdh is connaidh"),
    (
        "employability",
        "Employability, learning and volunteering",
        "Cosnadh, ionnsachadh is saor-thoileachas",
    ),
    ("carers", "Carers", "Luchd-cùraim"),
    ("long-term-conditions", "Long-term conditions", "Tinneasan fad-ùine"),
    ("alcohol-drugs", "Alcohol and drugs", "Deoch-làidir is drogaichean"),
    ("bereavement", "Bereavement and loss", "Call is bròn"),
]

REGIONS = [
    ("ayrshire-arran", "NHS Ayrshire and Arran", "NHS Inbhir Àir is Arainn"),
    ("borders", "NHS Borders", "NHS nan Crìochan"),
    ("dumfries-galloway", "NHS Dumfries and Galloway", "NHS Dhùn Phris is Ghall-Ghàidhealaibh"),
    ("fife", "NHS Fife", "NHS Fìobha"),
    ("forth-valley", "NHS Forth Valley", "NHS Srath Foirthe"),
    ("grampian", "NHS Grampian", "NHS a' Mhonaidh"),
    ("greater-glasgow-clyde", "NHS Greater Glasgow and Clyde", "NHS Glaschu Mòr is Chluaidh"),
    ("highland", "NHS Highland", "NHS na Gàidhealtachd"),
    ("lanarkshire", "NHS Lanarkshire", "NHS Siorrachd Lannraig"),
    ("lothian", "NHS Lothian", "NHS Lodainn"),
    ("orkney", "NHS Orkney", "NHS Arcaibh"),
    ("shetland", "NHS Shetland", "NHS Shealtainn"),
    ("tayside", "NHS Tayside", "NHS Thaobh Tatha"),
    ("western-isles", "NHS Western Isles", "NHS nan Eilean Siar"),
]

AUDIENCES = [
    ("gp-practice", "GP practice teams", "Sgiobaidhean ionadan-lighiche"),
    ("clw", "Community link workers", "Luchd-obrach ceangail coimhearsnachd"),
    ("programme-manager", "Programme managers", "Manaidsearan phrògraman"),
    ("hscp", "HSCPs and planners", "HSCPan is luchd-planaidh"),
    ("third-sector", "Third-sector partners", "Com-pàirtichean san treas roinn"),
    ("public", "People and communities", "Daoine is coimhearsnachdan"),
]

# (name, kind, region slug, website)
ORGANISATIONS = [
    (
        "Health and Social Care Alliance Scotland (the ALLIANCE)",
        "third-sector",
        None,
        "https://www.alliance-scotland.org.uk/",
    ),
    ("Voluntary Health Scotland", "third-sector", None, "https://vhscotland.org.uk/"),
    ("Dundee Health and Social Care Partnership", "hscp", "tayside", ""),
    ("Scottish Government", "government", None, "https://www.gov.scot/"),
]

HOME = {
    "hero_heading": "Scottish Community Link Worker Network",
    "hero_text": (
        "A shared home for the community link workers who help people in GP practices "
        "across Scotland with what lies behind their health."
    ),
    "introduction": (
        "<p>Community link workers are non-clinical practitioners based in general practice. "
        "They spend time with people to find out what matters to them, then help them "
        "connect with support in their community for money worries, housing, loneliness, "
        "mental health and more.</p>"
        "<p>More than 300 link workers now work across Scotland, employed by many different "
        "organisations. This portal brings together their learning, a shared competency "
        "framework, and the stories and guidance that help practices make the most of the role.</p>"
    ),
}

HOME_GD = {
    "Scottish Community Link Worker Network": "Lìonra Luchd-obrach Ceangail Coimhearsnachd na h-Alba",
    "Home": "Dachaigh",
    HOME["hero_text"]: (
        "Dachaigh choitcheann dhan luchd-obrach ceangail coimhearsnachd a bhios a' cuideachadh "
        "dhaoine ann an ionadan-lighiche air feadh na h-Alba leis na tha air cùl an slàinte."
    ),
    HOME["introduction"]: (
        "<p>'S e luchd-obrach neo-chlionaigeach a th' ann an luchd-obrach ceangail "
        "coimhearsnachd, stèidhichte ann an ionadan-lighiche. Bidh iad a' caitheamh ùine le "
        "daoine gus faighinn a-mach dè tha cudromach dhaibh, agus an uair sin gan cuideachadh "
        "gus ceangal a dhèanamh ri taic sa choimhearsnachd aca airson draghan airgid, "
        "taigheadas, aonaranachd, slàinte inntinn is eile.</p>"
        "<p>Tha còrr is 300 neach-obrach ceangail ag obair air feadh na h-Alba a-nis, air am "
        "fastadh le iomadh buidheann. Tha an làrach seo a' cruinneachadh an ionnsachadh aca, "
        "frèam-comais coitcheann, agus na sgeulachdan is an stiùireadh a chuidicheas "
        "ionadan-lighiche gus feum a dhèanamh den dreuchd.</p>"
    ),
    "About the network": "Mun lìonra",
    "Learning for link workers": "Ionnsachadh do luchd-obrach ceangail",
    "Modules that take new link workers through the role, lesson by lesson.": "Modalan a bheir luchd-obrach ùra tron dreuchd, leasan air leasan.",
    "Who we are and why the network exists.": "Cò sinn agus carson a tha an lìonra ann.",
}

ABOUT_BODY = [
    (
        "text",
        (
            "<p>The Scottish Community Link Worker Network brings together the people who do "
            "community link working, the organisations that employ them and the practices they "
            "work in. Link workers are employed by third-sector organisations, health and social "
            "care partnerships and others, so many work without colleagues in the same role "
            "close by. The network exists so that nobody has to learn the job alone.</p>"
        ),
    ),
    ("heading", {"text": "What the network does", "level": "h2"}),
    (
        "text",
        (
            "<ul><li>Offers learning for new and experienced link workers.</li>"
            "<li>Keeps a competency framework that describes the role at each practice level.</li>"
            "<li>Gathers case studies and practice-development guidance for GP practices and partners.</li>"
            "<li>Runs events where link workers share what they have learned.</li></ul>"
        ),
    ),
    (
        "quote",
        {
            "text": "Being part of a network means I can ask someone who has been there before.",
            "attribution": "Community link worker",
        },
    ),
]

ACCESSIBILITY_BODY = [
    (
        "text",
        (
            "<p>We want as many people as possible to be able to use this website. You should be "
            "able to zoom in to 400% without text spilling off the screen, move around the site "
            "using only a keyboard, and use it with a screen reader. Every page works without "
            "JavaScript, and pages can be printed.</p>"
        ),
    ),
    ("heading", {"text": "How accessible this website is", "level": "h2"}),
    (
        "text",
        (
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. "
            "We test pages with automated checks and by hand, with a keyboard and a screen "
            "reader. Some older documents in the resource library are not fully accessible; if "
            "you need one in another format, tell us and we will help.</p>"
        ),
    ),
    ("heading", {"text": "Reporting a problem", "level": "h2"}),
    (
        "text",
        (
            "<p>If you find a part of the site hard to use, please email "
            '<a href="mailto:accessibility@clw.scot">accessibility@clw.scot</a>. We reply '
            "within ten working days. If you are not happy with our reply, you can contact the "
            "Equality Advisory and Support Service (EASS).</p>"
        ),
    ),
]

PRIVACY_BODY = [
    (
        "text",
        (
            "<p>This notice explains what personal information the portal holds, why, and what "
            "you can do about it. You can read the public pages without giving us any personal "
            "information.</p>"
        ),
    ),
    ("heading", {"text": "What we hold when you register", "level": "h2"}),
    (
        "text",
        (
            "<ul><li>Your email address and password (stored only as a secure hash).</li>"
            "<li>The profile you choose to give: name, role, organisation, region and job title.</li>"
            "<li>Your learning: modules you start and complete, answers to knowledge checks and "
            "certificates.</li>"
            "<li>Your private reflections and self-assessments, which only you can read.</li></ul>"
        ),
    ),
    ("heading", {"text": "Who can see it", "level": "h2"}),
    (
        "text",
        (
            "<p>Your programme manager can see which modules you have completed, and nothing else. "
            "Network staff see completion figures for reports. Nobody but you can read your "
            "reflections or self-assessments.</p>"
        ),
    ),
    ("heading", {"text": "Your rights", "level": "h2"}),
    (
        "text",
        (
            "<p>You can download everything we hold about you, correct your profile at any time "
            "and close your account, which erases your personal information. Questions about "
            'privacy can be sent to <a href="mailto:privacy@clw.scot">privacy@clw.scot</a>.</p>'
        ),
    ),
]


def _ensure_terms(model, rows):
    en, gd = english(), gaelic()
    for slug, name, gaelic_name in rows:
        term, _created = model.objects.get_or_create(slug=slug, locale=en, defaults={"name": name})
        translate(term, gd, {name: gaelic_name})


def load(log):
    """Build the taxonomy, the home page and the about, accessibility and privacy pages."""
    _ensure_terms(Theme, THEMES)
    _ensure_terms(Region, REGIONS)
    _ensure_terms(Audience, AUDIENCES)
    en = english()
    for name, kind, region_slug, website in ORGANISATIONS:
        Organisation.objects.get_or_create(
            slug=slugify(name)[:200],
            defaults={
                "name": name,
                "kind": kind,
                "website": website,
                "region": Region.objects.filter(slug=region_slug, locale=en).first(),
            },
        )
    log(f"taxonomy: {Theme.objects.count()} themes, {Region.objects.count()} regions")

    home = home_page()
    if not home.introduction:
        home.title = "Home"
        home.hero_heading = HOME["hero_heading"]
        home.hero_text = HOME["hero_text"]
        home.introduction = HOME["introduction"]
        home.seo_title = "Scottish Community Link Worker Network"
        home.save_revision().publish()
        home.refresh_from_db()

    about, _ = ensure_page(
        home,
        StandardPage,
        "about",
        title="About the network",
        show_in_menus=True,
        summary="Who we are, who we bring together and why the network exists.",
        body=ABOUT_BODY,
    )
    accessibility, _ = ensure_page(
        home,
        StandardPage,
        "accessibility",
        title="Accessibility statement",
        summary="How accessible this website is and how to report a problem.",
        body=ACCESSIBILITY_BODY,
    )
    privacy, _ = ensure_page(
        home,
        StandardPage,
        "privacy",
        title="Privacy notice",
        summary="What personal information the portal holds and what you can do about it.",
        body=PRIVACY_BODY,
    )

    if not home.featured_links:
        home.featured_links = [
            (
                "link",
                {
                    "title": "About the network",
                    "page": about,
                    "text": "Who we are and why the network exists.",
                },
            ),
        ]
        home.save_revision().publish()
        home.refresh_from_db()

    translate_page(home, HOME_GD)
    translate_page(about, {"About the network": "Mun lìonra"})

    site = Site.objects.get(is_default_site=True)
    footer = FooterSettings.for_site(site)
    if not footer.footer_links:
        footer.footer_links = [
            ("link", {"page": about, "text": "", "url": ""}),
            ("link", {"page": accessibility, "text": "", "url": ""}),
            ("link", {"page": privacy, "text": "", "url": ""}),
        ]
        footer.footer_text = (
            "The Scottish Community Link Worker Network: learning, practice and connection "
            "for community link workers across Scotland."
        )
        footer.save()
    log("core pages: home, about, accessibility statement, privacy notice")


def finish(log):
    """Point the header navigation at the sections the loaders built (runs last)."""
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
