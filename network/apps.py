from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """Members, organisations, vetting, groups, forums and moderation."""

    name = "network"
    verbose_name = "Network"
