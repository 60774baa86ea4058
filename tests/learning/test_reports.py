"""Staff reports: completions with filters, the funnel, exports and the dashboard panel."""

import csv
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from learning import services
from learning.personal_data import erase
from portal.accounts.models import MemberProfile
from tests.factories.accounts import UserFactory
from tests.factories.core import OrganisationFactory, RegionFactory
from tests.factories.learning import build_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def completions(index):
    """Two modules; Ailsa (Tayside, org A) completes one, Brodie (Lothian, org B) both,
    Calum enrols and starts but does not finish."""
    one, one_lessons = build_module(index, title="Module One", lessons=1, check=False)
    two, two_lessons = build_module(index, title="Module Two", lessons=2, check=False)
    tayside = RegionFactory(slug="tayside", name="NHS Tayside")
    lothian = RegionFactory(slug="lothian", name="NHS Lothian")
    org_a = OrganisationFactory(name="Org A")
    org_b = OrganisationFactory(name="Org B")
    people = {}
    for name, region, org in (
        ("Ailsa", tayside, org_a),
        ("Brodie", lothian, org_b),
        ("Calum", lothian, org_b),
    ):
        person = UserFactory(first_name=name)
        MemberProfile.objects.filter(user=person).update(
            display_name=name, region=region, organisation=org
        )
        person.refresh_from_db()
        people[name] = person
    services.complete_lesson(people["Ailsa"], one_lessons[0])
    services.complete_lesson(people["Brodie"], one_lessons[0])
    for lesson in two_lessons:
        services.complete_lesson(people["Brodie"], lesson)
    services.complete_lesson(people["Calum"], two_lessons[0])
    services.enrol(people["Calum"], one)
    return {"one": one, "two": two, "tayside": tayside, "org_b": org_b, "people": people}


URL = "/admin/reports/learning/completions/"
FUNNEL = "/admin/reports/learning/funnel/"


def test_reports_are_for_admin_users_only(client, completions):
    client.force_login(UserFactory())
    assert client.get(URL).status_code in (302, 403)


def test_completions_report_lists_and_filters(staff_client, completions):
    html = staff_client.get(URL).content.decode()
    assert html.count("Ailsa") == 1 and html.count("Brodie") == 2 and "Calum" not in html
    html = staff_client.get(
        URL, {"module": str(completions["one"].translation_key)}
    ).content.decode()
    assert html.count("Ailsa") == 1 and html.count("Brodie") == 1
    html = staff_client.get(URL, {"region": completions["tayside"].pk}).content.decode()
    assert "Ailsa" in html and "Brodie" not in html
    html = staff_client.get(URL, {"organisation": completions["org_b"].pk}).content.decode()
    assert "Brodie" in html and "Ailsa" not in html
    html = staff_client.get(
        URL, {"completed_at_from": "2000-01-01", "completed_at_to": "2000-12-31"}
    ).content.decode()
    assert "Ailsa" not in html and "Brodie" not in html
    today = timezone.localdate().isoformat()
    html = staff_client.get(
        URL, {"completed_at_from": today, "completed_at_to": today}
    ).content.decode()
    assert "Ailsa" in html


def test_completions_export_csv_and_xlsx(staff_client, completions):
    response = staff_client.get(URL, {"export": "csv", "region": completions["tayside"].pk})
    text = b"".join(response.streaming_content).decode()
    lines = text.strip().splitlines()
    assert lines[0].split(",")[:3] == ["Learner", "Module", "Organisation"]
    assert len(lines) == 2 and lines[1].startswith("Ailsa,Module One,Org A,NHS Tayside")
    response = staff_client.get(URL, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][0] == "Learner" and len(rows) == 4


def test_funnel_counts_and_export(staff_client, completions):
    html = staff_client.get(FUNNEL).content.decode()
    assert "Module One" in html and "Module Two" in html
    response = staff_client.get(FUNNEL, {"export": "csv"})
    rows = [
        line.split(",")
        for line in b"".join(response.streaming_content).decode().strip().splitlines()
    ]
    assert rows[0] == ["Module", "Enrolled", "Started", "Completed", "Certificates"]
    assert rows[1] == ["Module One", "3", "2", "2", "2"]
    assert rows[2] == ["Module Two", "2", "2", "1", "1"]


def test_counts_stay_right_after_a_learner_erases_their_account(staff_client, completions):
    erase(completions["people"]["Brodie"])
    response = staff_client.get(FUNNEL, {"export": "csv"})
    rows = [
        line.split(",")
        for line in b"".join(response.streaming_content).decode().strip().splitlines()
    ]
    assert rows[1] == ["Module One", "3", "2", "2", "2"]
    html = staff_client.get(URL).content.decode()
    assert "Brodie" not in html and html.count("(account closed)") == 2
    assert "Org B" in html  # recorded at completion, so filters still count it


def test_dashboard_panel_shows_this_months_completions(staff_client, completions):
    html = staff_client.get("/admin/").content.decode()
    assert "Module completions this month" in html
    assert "3 modules completed in" in html


@pytest.mark.parametrize(
    "name", ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]
)
def test_exported_cells_never_start_a_formula(staff_client, completions, name):
    """OWASP CSV injection: formula-looking text is written as text ('=...)."""
    MemberProfile.objects.filter(user=completions["people"]["Ailsa"]).update(display_name=name)
    completions["org_b"].name = "=cmd|' /C calc'!A0"
    completions["org_b"].save()
    response = staff_client.get(URL, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + name in cells
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    # XLSX: the same text arrives as text, not as a formula.
    response = staff_client.get(URL, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    # (XML turns a CR into a line feed; what matters is that the text is there, as text.)
    assert any(row[0] and name.strip() in row[0] for row in sheet.values)
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
