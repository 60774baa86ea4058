"""Permission policies shared by the apps' admin screens."""

from wagtail.permission_policies import ModelPermissionPolicy


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Records the portal writes itself: staff with the model's permissions may look
    (and run the viewset's own actions), never add, edit or delete them."""

    WRITES = frozenset({"add", "change", "delete", "publish", "lock", "unlock"})

    def user_has_permission(self, user, action):
        if action in self.WRITES:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
