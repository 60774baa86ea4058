"""NHS Education for Scotland's cumulative practice levels, shared by the framework and learning."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeLevel(models.TextChoices):
    """Each level includes everything in the levels before it."""

    INFORMED = "informed", _("Informed")
    SKILLED = "skilled", _("Skilled")
    ENHANCED = "enhanced", _("Enhanced")
    SPECIALIST = "specialist", _("Specialist")

    @classmethod
    def rank(cls, value):
        """1 for Informed up to 4 for Specialist; 0 for anything else (e.g. "not yet")."""
        order = [choice.value for choice in cls]
        return order.index(value) + 1 if value in order else 0
