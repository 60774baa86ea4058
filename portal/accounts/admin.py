"""Django admin registration (the Wagtail admin is the everyday tool; this is for emergencies)."""
