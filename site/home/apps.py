from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "exchange.home"
    label = "home"
    verbose_name = "Home and content pages"

    def ready(self):
        from exchange import admin_csp
        from exchange.wagtail_uploads import connect_upload_checks

        connect_upload_checks()
        admin_csp.install()
