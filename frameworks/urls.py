"""The frameworks app's URLs that are not Wagtail pages (mounted in portal.urls, per language)."""

urlpatterns = []
