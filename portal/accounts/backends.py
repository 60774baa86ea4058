"""Django's and allauth's sign-in backends, each reading a signed-in person in fewer queries.

Every page a signed-in person opens loads them (``get_user``) and asks what they may do
(the Wagtail user bar asks whether they may use the admin). Django reads the user, then
their profile (for the name in the header), then their own and their groups'
permissions: four queries. These backends read the user with the profile (one query)
and both kinds of permission, with the person's groups that listings need, together
(one query, ``portal.core.privacy.groups_and_permissions``). What they answer is
unchanged.
"""

from allauth.account import auth_backends
from django.contrib.auth import backends, get_user_model

from portal.core import privacy


class FewerQueries:
    """``get_user`` with the profile (and programme-manager record) joined, and
    permissions in one query."""

    def get_user(self, user_id):
        model = get_user_model()
        try:
            user = model._default_manager.select_related("profile", "programme_manager").get(
                pk=user_id
            )
        except model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if user_obj.is_superuser or hasattr(user_obj, "_perm_cache"):
            return super().get_all_permissions(user_obj, obj)
        user_obj._perm_cache = set(privacy.groups_and_permissions(user_obj)[1])
        return user_obj._perm_cache


class ModelBackend(FewerQueries, backends.ModelBackend):
    """Django's ``ModelBackend`` (email and password), in fewer queries."""


class AuthenticationBackend(FewerQueries, auth_backends.AuthenticationBackend):
    """allauth's backend, in fewer queries."""
