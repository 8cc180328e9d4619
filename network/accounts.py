"""How django-allauth fits the network: where people land, and the language they read mail in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request) -> str:
        next_url = super().get_login_redirect_url(request)
        return next_url or reverse("network:dashboard")

    def save_user(self, request, user, form, commit=True):
        user.language = (get_language() or "en")[:2]
        return super().save_user(request, user, form, commit=commit)
