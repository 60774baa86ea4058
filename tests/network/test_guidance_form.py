"""New guidance starts reviewed today and due in a year; an edited page keeps its dates."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from network.admin_forms import a_year_after
from tests.factories.network import GuidancePageFactory

pytestmark = pytest.mark.django_db


def test_new_guidance_offers_today_and_a_year_on(admin_client, guidance_index):
    url = reverse("wagtailadmin_pages:add", args=("network", "guidancepage", guidance_index.pk))
    html = admin_client.get(url).content.decode()
    today = timezone.localdate()
    assert f'name="last_reviewed" value="{today:%Y-%m-%d}"' in html
    assert f'name="next_review_due" value="{a_year_after(today):%Y-%m-%d}"' in html


def test_editing_guidance_keeps_its_own_dates(admin_client, guidance_index):
    page = GuidancePageFactory(
        parent=guidance_index,
        last_reviewed=datetime.date(2025, 8, 14),
        next_review_due=datetime.date(2026, 8, 14),
    )
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'name="next_review_due" value="2026-08-14"' in html


def test_a_year_after_a_leap_day():
    assert a_year_after(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)
