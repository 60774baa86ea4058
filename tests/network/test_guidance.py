"""Guidance: grouping by audience, review dates, the overdue report and its exports."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests.factories.network import GuidancePageFactory

TODAY = timezone.localdate


def overdue(index, audiences, **kwargs):
    return GuidancePageFactory(
        parent=index,
        last_reviewed=TODAY() - datetime.timedelta(days=400),
        next_review_due=TODAY() - datetime.timedelta(days=35),
        audiences=[audiences["clw"]],
        **kwargs,
    )


@pytest.mark.django_db
def test_index_groups_guidance_by_audience(client, guidance_index, audiences):
    GuidancePageFactory(
        parent=guidance_index, title="Bringing a CLW in", audiences=[audiences["gp-practice"]]
    )
    GuidancePageFactory(
        parent=guidance_index,
        title="Referral routes",
        audiences=[audiences["gp-practice"], audiences["clw"]],
    )
    response = client.get("/guidance/")
    groups = {g["name"]: [p.title for p in g["pages"]] for g in response.context["groups"]}
    assert groups == {
        "Community link workers": ["Referral routes"],
        "GP practice teams": ["Bringing a CLW in", "Referral routes"],
    }
    html = response.content.decode()
    assert '<h2 id="for-gp-practice">For GP practice teams</h2>' in html


@pytest.mark.django_db
def test_guidance_page_shows_review_dates_checklist_and_steps(client, guidance_index, audiences):
    page = GuidancePageFactory(
        parent=guidance_index,
        last_reviewed=datetime.date(2026, 6, 15),
        next_review_due=datetime.date(2099, 6, 15),
        audiences=[audiences["gp-practice"]],
        body=[
            ("checklist", {"title": "Before day one", "items": ["A room is booked."]}),
            ("steps", {"title": "Steps", "steps": [{"title": "Talk to the HSCP", "text": "x"}]}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "Last reviewed" in html and "15 June 2026" in html
    assert "Next review due" in html and "15 June 2099" in html
    assert "review overdue" not in html
    assert "<li>A room is booked.</li>" in html
    assert "Talk to the HSCP" in html


@pytest.mark.django_db
def test_overdue_guidance_says_so_on_the_page(client, guidance_index, audiences):
    page = overdue(guidance_index, audiences)
    assert "(review overdue)" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_next_review_must_follow_the_last(guidance_index, audiences):
    from django.core.exceptions import ValidationError

    page = GuidancePageFactory(parent=guidance_index, audiences=[audiences["clw"]])
    page.next_review_due = page.last_reviewed
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "next_review_due" in error.value.message_dict


@pytest.mark.django_db
def test_report_lists_only_overdue_guidance_oldest_first(admin_client, guidance_index, audiences):
    GuidancePageFactory(
        parent=guidance_index, title="Up to date guide", audiences=[audiences["clw"]]
    )
    overdue(guidance_index, audiences, title="Asset mapping")
    GuidancePageFactory(
        parent=guidance_index,
        title="Very overdue",
        last_reviewed=TODAY() - datetime.timedelta(days=800),
        next_review_due=TODAY() - datetime.timedelta(days=90),
        audiences=[audiences["clw"]],
    )
    response = admin_client.get(reverse("network_guidance_review"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Guidance due for review" in html
    assert "Asset mapping" in html and "Very overdue" in html
    assert "Up to date guide" not in html
    assert html.index("Very overdue") < html.index("Asset mapping")


@pytest.mark.django_db
def test_report_filters_by_a_chosen_date(admin_client, guidance_index, audiences):
    GuidancePageFactory(
        parent=guidance_index,
        title="Due next month",
        next_review_due=TODAY() + datetime.timedelta(days=20),
        audiences=[audiences["clw"]],
    )
    soon = (TODAY() + datetime.timedelta(days=30)).isoformat()
    html = admin_client.get(reverse("network_guidance_review") + f"?due_by={soon}").content
    assert b"Due next month" in html


@pytest.mark.django_db
def test_report_exports_csv_and_xlsx(admin_client, guidance_index, audiences):
    overdue(guidance_index, audiences, title="Asset mapping", topic="Asset mapping")
    url = reverse("network_guidance_review")
    response = admin_client.get(url + "?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:5] == ["Title", "Topic", "Last reviewed", "Next review due", "Days overdue"]
    assert rows[1][0] == "Asset mapping" and rows[1][4] == "35"

    response = admin_client.get(url + "?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.values)
    assert values[1][0] == "Asset mapping"


@pytest.mark.django_db
def test_report_csv_cells_never_start_a_formula(admin_client, guidance_index, audiences):
    """OWASP CSV injection: a title or topic that looks like a formula is written as text."""
    overdue(
        guidance_index, audiences, title='=HYPERLINK("http://evil.example","x")', topic="@SUM(A1)"
    )
    response = admin_client.get(reverse("network_guidance_review") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][:2] == ['\'=HYPERLINK("http://evil.example","x")', "'@SUM(A1)"]
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


@pytest.mark.django_db
def test_report_is_in_editors_reports_menu_and_for_staff_only(client, user, guidance_index):
    from django.contrib.auth.models import Group

    from tests.factories.accounts import UserFactory
    from tests.network.conftest import with_authenticator

    editor = with_authenticator(UserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("network_guidance_review") in menu
    assert client.get(reverse("network_guidance_review")).status_code == 200
    client.force_login(user)
    response = client.get(reverse("network_guidance_review"))
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_guidance_pages_run_the_same_queries_for_5_and_50(client, guidance_index, audiences):
    def make(count):
        for _n in range(count):
            GuidancePageFactory(
                parent=guidance_index, audiences=[audiences["clw"], audiences["gp-practice"]]
            )

    def measure(url):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    make(5)
    from network.models import GuidancePage

    detail = GuidancePage.objects.first().url
    small = [measure("/guidance/"), measure(detail)]
    make(45)
    assert [measure("/guidance/"), measure(detail)] == small
