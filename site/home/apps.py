from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "exchange.home"
    label = "home"
    verbose_name = "Home and content pages"
