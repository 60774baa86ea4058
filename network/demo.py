"""Demo content for the network: organisations, case studies, guidance, events, news, resources.

The words are in ``demo/<language>/network/`` (written afresh from the seed reports): one
folder per section, whose ``index.yaml`` holds the index page and lists its pages in order,
and one file per page or library document (see ``demo/README.md``). This loader turns them
into pages and documents. Idempotent: everything is looked up by slug, name or title and
only what is missing is created.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction

from portal.core.demo_tools import (
    blocks,
    content,
    english,
    ensure_page,
    home_page,
    translate_from_file,
)
from portal.core.models import Audience, Organisation, Region, Theme

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

# The sections under the home page, in menu order: (model, slug = folder under network/).
SECTIONS = [
    (CaseStudyIndexPage, "case-studies"),
    (GuidanceIndexPage, "guidance"),
    (EventIndexPage, "events"),
    (NewsIndexPage, "news"),
    (ResourceIndexPage, "resources"),
]


def _path(section, slug):
    return f"network/{section}/{slug}.yaml"


def _pages(section):
    """(slug, content path, English content) for each page listed in a section's index."""
    for slug in content(_path(section, "index"))["pages"]:
        yield slug, _path(section, slug), content(_path(section, slug))


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
    for spec in content("network/organisations.yaml")["organisations"]:
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
    index = content(_path("resources", "index"))
    root = Collection.get_first_root_node()
    documents = {}
    for slug in index["documents"]:
        documents[slug] = _ensure_document(content(_path("resources", slug)), root)

    private = root.get_children().filter(name=PRIVATE_COLLECTION).first()
    if private is None:
        private = root.add_child(name=PRIVATE_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=private).exists():
        members, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(members)
    for slug in index["members_only_documents"]:
        documents[slug] = _ensure_document(content(_path("resources", slug)), private)
    return documents


def load_case_studies(index, organisations):
    pages = []
    for slug, path, spec in _pages("case-studies"):
        page, _created = ensure_page(
            index,
            CaseStudyPage,
            slug,
            title=spec["title"],
            kind=spec["kind"],
            clw_model=spec["model"],
            setting=spec["setting"],
            date=_date(spec["date"]),
            summary=spec["summary"],
            themes=_terms(Theme, spec["themes"]),
            regions=_terms(Region, spec["regions"]),
            organisations=[organisations[organisation] for organisation in spec["organisations"]],
            referral_reason=spec.get("referral", ""),
            support_given=spec.get("support", ""),
            what_changed=spec.get("outcome", ""),
            # The stories are invented composites: an editor confirmed both for the demo.
            anonymisation_confirmed=spec["kind"] == "participant-story",
            consent_recorded=spec["kind"] == "participant-story",
            body=blocks(spec.get("body")),
        )
        translate_from_file(page, path)
        pages.append(page)
    return pages


def load_guidance(index, documents):
    pages = []
    for slug, path, spec in _pages("guidance"):
        last_reviewed = _date(spec["last_reviewed"])
        downloads = [
            ("document", {"document": documents[document], "title": ""})
            for document in spec.get("downloads", [])
            if document in documents
        ]
        page, _created = ensure_page(
            index,
            GuidancePage,
            slug,
            title=spec["title"],
            topic=spec["topic"],
            summary=spec["summary"],
            audiences=_terms(Audience, spec["audiences"]),
            body=blocks(spec["body"]),
            downloads=downloads,
            last_reviewed=last_reviewed,
            next_review_due=_add_months(last_reviewed, spec.get("review_months", 12)),
        )
        translate_from_file(page, path)
        pages.append(page)
    return pages


def load_events(index):
    pages = []
    for slug, path, spec in _pages("events"):
        page, _created = ensure_page(
            index,
            EventPage,
            slug,
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
        translate_from_file(page, path)
        pages.append(page)
    return pages


def load_news(index):
    pages = []
    for slug, path, spec in _pages("news"):
        page, _created = ensure_page(
            index,
            NewsPage,
            slug,
            title=spec["title"],
            date=_date(spec["date"]),
            summary=spec["summary"],
            body=[("text", spec["body"])],
        )
        translate_from_file(page, path)
        pages.append(page)
    return pages


def load(log):
    """Build the network's sections under the home page and fill them."""
    home = home_page()
    indexes = {}
    for model, slug in SECTIONS:
        path = _path(slug, "index")
        spec = content(path)
        indexes[model], _created = ensure_page(
            home,
            model,
            slug,
            title=spec["title"],
            introduction=spec["introduction"],
            show_in_menus=True,
        )
        translate_from_file(indexes[model], path)
    organisations = load_organisations()
    documents = load_resources()
    case_studies = load_case_studies(indexes[CaseStudyIndexPage], organisations)
    guidance = load_guidance(indexes[GuidanceIndexPage], documents)
    events = load_events(indexes[EventIndexPage])
    news = load_news(indexes[NewsIndexPage])
    log(
        f"network: {len(case_studies)} case studies, {len(guidance)} guidance pages, "
        f"{len(events)} events, {len(news)} news items, {len(documents)} resources"
    )
