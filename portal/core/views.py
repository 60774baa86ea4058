"""Site-wide views that are not pages."""

from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic.base import RedirectView


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    """``/favicon.ico``, which browsers ask for whatever the page says: a temporary
    redirect to the static file, so a new icon (a new hashed name) is picked up."""
    return RedirectView.as_view(url=static("favicon.ico"), permanent=False)(request)
