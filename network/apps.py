from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_roles(sender, **kwargs):
    from network.policy import members_group
    from network.roles import ensure_role_groups

    members_group()
    ensure_role_groups()


class NetworkConfig(AppConfig):
    """Members, organisations, vetting, groups, forums and moderation."""

    name = "network"
    verbose_name = _("Network")

    def ready(self):
        from network import signals  # noqa: F401 - connects the receivers

        # After every app's migrations: permissions of later apps (the admin's) exist only then.
        post_migrate.connect(_ensure_roles, dispatch_uid="network.ensure_roles")
