"""schema.org structured data (JSON-LD) that page types describe themselves with.

A page type returns a dict from ``get_structured_data(request)`` (see
``portal.core.searchable.Searchable``), built with the helpers here so every page
names the publisher and its address the same way; ``base.html`` writes it out with
``{% structured_data %}``.
"""

from django.utils.translation import gettext


def publisher(request):
    """The network, as the publisher or organiser."""
    return {
        "@type": "Organization",
        "name": gettext("Scottish Community Link Worker Network"),
        "url": request.build_absolute_uri("/"),
    }


def _common(page, request):
    return {
        "@context": "https://schema.org",
        "url": request.build_absolute_uri(page.url),
        "inLanguage": page.locale.language_code if page.locale_id else "",
        "description": page.get_meta_description(),
    }


def article(page, request, date=None, kind="Article", modified=None):
    """An ``Article`` (news, a case study, guidance): published on ``date`` (else when the
    page was first published), modified on ``modified`` (else when last published)."""
    published = date or (page.first_published_at.date() if page.first_published_at else None)
    data = {
        **_common(page, request),
        "@type": kind,
        "headline": page.title[:110],
        "publisher": publisher(request),
        "author": publisher(request),
    }
    if published:
        data["datePublished"] = published.isoformat()
    modified = modified or page.last_published_at
    if modified:
        data["dateModified"] = modified.isoformat()
    return data


def course(page, request):
    """A ``Course`` (a learning module), offered online and at the learner's own pace."""
    data = {**_common(page, request), "@type": "Course", "name": page.title}
    data["provider"] = publisher(request)
    data["hasCourseInstance"] = {
        "@type": "CourseInstance",
        "courseMode": "online",
        "courseWorkload": f"PT{getattr(page, 'estimated_minutes', 0) or 0}M",
    }
    data["offers"] = {"@type": "Offer", "category": "Free", "price": 0, "priceCurrency": "GBP"}
    return data


def event(page, request, *, start, end, online, venue="", booking_url=""):
    """An ``Event``: online (a ``VirtualLocation``) or at a venue (a ``Place``)."""
    data = {
        **_common(page, request),
        "@type": "Event",
        "name": page.title,
        "startDate": start.isoformat(),
        "endDate": end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": publisher(request),
    }
    if online:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": booking_url or data["url"]}
    else:
        address = ", ".join(line.strip() for line in (venue or "").splitlines() if line.strip())
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {
            "@type": "Place",
            "name": address.split(",", 1)[0],
            "address": address,
        }
    if booking_url:
        data["offers"] = {
            "@type": "Offer",
            "url": booking_url,
            "availability": "https://schema.org/InStock",
        }
    return data
