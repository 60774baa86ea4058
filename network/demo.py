"""Demo content for the network: organisations, case studies, guidance, events, news, resources.

The words are in ``network.demo_data`` (written afresh from the seed reports). This loader
turns them into pages and documents. Idempotent: everything is looked up by slug, name or
title and only what is missing is created.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction

from portal.core.demo_tools import english, ensure_page, home_page, translate_page
from portal.core.models import Audience, Organisation, Region, Theme

from . import demo_data
from .models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    EventIndexPage,
    EventPage,
    GuidanceIndexPage,
    GuidancePage,
    NewsIndexPage,
    NewsPage,
    ResourceDocument,
    ResourceIndexPage,
)

LONDON = ZoneInfo("Europe/London")
MEMBERS_GROUP = "Members"
PRIVATE_COLLECTION = "Members only"

INDEXES = [
    # (model, slug, title, introduction, Gaelic title)
    (
        CaseStudyIndexPage,
        "case-studies",
        "Case studies",
        "<p>What community link working looks like in practice: programme profiles, "
        "partnerships, practice development and anonymised stories from people who were "
        "referred. Filter by theme, region, model of link working, setting or kind.</p>",
        "Eisimpleirean",
    ),
    (
        GuidanceIndexPage,
        "guidance",
        "Guidance for practices",
        "<p>Practical guidance on making link working part of a GP practice, grouped by "
        "who it is for. Each guide shows when it was last reviewed.</p>",
        "Stiùireadh do dh'ionadan-lighiche",
    ),
    (
        EventIndexPage,
        "events",
        "Events",
        "<p>Network events for link workers, practice teams and partners, and the key "
        "messages from past events.</p>",
        "Tachartasan",
    ),
    (
        NewsIndexPage,
        "news",
        "News",
        "<p>News from the Scottish Community Link Worker Network.</p>",
        "Naidheachdan",
    ),
    (
        ResourceIndexPage,
        "resources",
        "Resources",
        "<p>Reports and briefings that have shaped community link working in Scotland, "
        "each with a short summary. Filter by theme, audience or file type.</p>",
        "Goireasan",
    ),
]

CASE_STUDY_INDEX_GD = {
    "Case studies": "Eisimpleirean",
    INDEXES[0][3]: (
        "<p>Mar a tha obair ceangail coimhearsnachd a' coimhead ann an cleachdadh: "
        "dealbhan phrògraman, com-pàirteachasan, leasachadh ionadan-lighiche agus "
        "sgeulachdan gun ainm bho dhaoine a chaidh a chur thugainn. Criathraich a rèir "
        "cuspair, sgìre, modail obair ceangail, suidheachadh no seòrsa.</p>"
    ),
}

# Which library documents go with which guidance page (by resource slug).
GUIDANCE_DOWNLOADS = {
    "bringing-a-community-link-worker-into-your-practice": [
        "what-is-a-community-link-worker-three-case-studies",
        "scottish-government-clw-programme-briefing-2017",
    ],
    "practice-development-activities": ["alliance-links-worker-programme-record-of-learning-2024"],
    "asset-mapping-and-keeping-it-current": [
        "alliance-links-worker-programme-record-of-learning-2024"
    ],
    "referral-routes-and-self-referral": ["giving-a-voice-to-clws-key-messages-2024"],
}

PRIVATE_RESOURCE = {
    "slug": "members-briefing-preparing-for-the-competency-framework",
    "title": "Members' briefing: preparing for the competency framework consultation",
    "file_name": "members-briefing-competency-framework.txt",
    "summary": (
        "A short note for network members on how the draft competency framework consultation "
        "will run, what to read first and how to gather views from colleagues beforehand."
    ),
    "themes": [],
    "audiences": ["clw", "programme-manager"],
    "year": 2026,
    "publisher": "Scottish Community Link Worker Network",
}


def _terms(model, slugs):
    en = english()
    found = {t.slug: t for t in model.objects.filter(locale=en, slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def _london(value):
    return datetime.datetime.fromisoformat(value).replace(tzinfo=LONDON)


def _date(value):
    return datetime.date.fromisoformat(value)


def _add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


def load_organisations():
    """The demo organisations by their demo slug; ones the core loader made are reused."""
    en = english()
    organisations = {}
    for spec in demo_data.ORGANISATIONS:
        organisation = Organisation.objects.filter(
            Q(slug=spec["slug"]) | Q(name=spec["name"])
        ).first()
        if organisation is None:
            organisation = Organisation.objects.create(
                slug=spec["slug"],
                name=spec["name"],
                kind=spec["kind"],
                website=spec["website"],
                region=Region.objects.filter(slug=spec["region"], locale=en).first()
                if spec["region"]
                else None,
            )
        organisations[spec["slug"]] = organisation
    return organisations


def _document_text(spec):
    """A short text file written for the portal: never text copied from the report itself."""
    lines = [
        spec["title"],
        "=" * min(len(spec["title"]), 78),
        "",
        f"Published by: {spec['publisher']}" + (f" ({spec['year']})" if spec.get("year") else ""),
        "",
        "Summary written for the Scottish Community Link Worker Network portal:",
        "",
        spec["summary"],
        "",
        "This file is the network's own short summary. For the full report, please go to the "
        "publisher's website.",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _ensure_document(spec, collection):
    document = ResourceDocument.objects.filter(title=spec["title"]).first()
    if document is not None:
        return document
    content = _document_text(spec)
    document = ResourceDocument(
        title=spec["title"],
        collection=collection,
        summary=spec["summary"],
        publisher=spec["publisher"],
        year=spec.get("year"),
    )
    document.file.save(spec["file_name"], ContentFile(content), save=False)
    document.save()
    document.themes.set(_terms(Theme, spec["themes"]))
    document.audiences.set(_terms(Audience, spec["audiences"]))
    return document


def load_resources():
    """The seed reports as library entries, plus one members-only briefing."""
    root = Collection.get_first_root_node()
    documents = {}
    for spec in demo_data.RESOURCES:
        documents[spec["slug"]] = _ensure_document(spec, root)

    private = root.get_children().filter(name=PRIVATE_COLLECTION).first()
    if private is None:
        private = root.add_child(name=PRIVATE_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=private).exists():
        members, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(members)
    documents[PRIVATE_RESOURCE["slug"]] = _ensure_document(PRIVATE_RESOURCE, private)
    return documents


def _case_study_body(spec):
    body = list(spec.get("body", []))
    for figure in spec.get("figures", []):
        body.append(("figure", figure))
    for quote in spec.get("quotes", []):
        body.append(("quote", quote))
    return body


def load_case_studies(index, organisations):
    pages = []
    for spec in demo_data.CASE_STUDIES:
        page, _created = ensure_page(
            index,
            CaseStudyPage,
            spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            clw_model=spec["model"],
            setting=spec["setting"],
            date=_date(spec["date"]),
            summary=spec["summary"],
            themes=_terms(Theme, spec["themes"]),
            regions=_terms(Region, spec["regions"]),
            organisations=[organisations[slug] for slug in spec["organisations"]],
            referral_reason=spec.get("referral", ""),
            support_given=spec.get("support", ""),
            what_changed=spec.get("outcome", ""),
            # The stories are invented composites: an editor confirmed both for the demo.
            anonymisation_confirmed=spec["kind"] == "participant-story",
            consent_recorded=spec["kind"] == "participant-story",
            body=_case_study_body(spec),
        )
        pages.append(page)
    return pages


def load_guidance(index, documents):
    for spec in demo_data.GUIDANCE:
        last_reviewed = _date(spec["last_reviewed"])
        downloads = [
            ("document", {"document": documents[slug], "title": ""})
            for slug in GUIDANCE_DOWNLOADS.get(spec["slug"], [])
            if slug in documents
        ]
        ensure_page(
            index,
            GuidancePage,
            spec["slug"],
            title=spec["title"],
            topic=spec["topic"],
            summary=spec["summary"],
            audiences=_terms(Audience, spec["audiences"]),
            body=spec["body"],
            downloads=downloads,
            last_reviewed=last_reviewed,
            next_review_due=_add_months(last_reviewed, spec.get("review_months", 12)),
        )


def load_events(index):
    for spec in demo_data.EVENTS:
        ensure_page(
            index,
            EventPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            start=_london(spec["start"]),
            end=_london(spec["end"]),
            online=spec["online"],
            venue=spec["venue"],
            booking_url=spec["booking_url"],
            body=[("text", spec["body"])] if spec["body"] else [],
            key_messages=spec["key_messages"],
        )


def load_news(index):
    for spec in demo_data.NEWS:
        ensure_page(
            index,
            NewsPage,
            spec["slug"],
            title=spec["title"],
            date=_date(spec["date"]),
            summary=spec["summary"],
            body=[("text", spec["body"])],
        )


def load(log):
    """Build the network's sections under the home page and fill them."""
    home = home_page()
    indexes = {}
    for model, slug, title, introduction, _gaelic_title in INDEXES:
        indexes[model], _created = ensure_page(
            home, model, slug, title=title, introduction=introduction, show_in_menus=True
        )
    organisations = load_organisations()
    documents = load_resources()
    case_studies = load_case_studies(indexes[CaseStudyIndexPage], organisations)
    load_guidance(indexes[GuidanceIndexPage], documents)
    load_events(indexes[EventIndexPage])
    load_news(indexes[NewsIndexPage])

    translate_page(indexes[CaseStudyIndexPage], CASE_STUDY_INDEX_GD)
    for model, _slug, title, _introduction, gaelic_title in INDEXES[1:]:
        translate_page(indexes[model], {title: gaelic_title})
    log(
        f"network: {len(case_studies)} case studies, {len(demo_data.GUIDANCE)} guidance pages, "
        f"{len(demo_data.EVENTS)} events, {len(demo_data.NEWS)} news items, "
        f"{len(documents)} resources"
    )
