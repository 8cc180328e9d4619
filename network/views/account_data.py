"""A person's own data: take a copy of it, or delete the account."""

from allauth.account.adapter import get_adapter
from allauth.mfa.base.forms import BaseAuthenticateForm
from allauth.mfa.models import Authenticator
from django import forms
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from network import data_rights


def uses_codes(user) -> bool:
    """Whether the account has a second factor that gives codes (TOTP or recovery codes)."""
    return (
        Authenticator.objects.filter(user=user).exclude(type=Authenticator.Type.WEBAUTHN).exists()
    )


class DeleteAccountForm(BaseAuthenticateForm):
    """The password, and a code when the account has a second factor: whoever finds a signed-in
    browser must not be able to delete someone else's account."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data are deleted for good."),
    )

    field_order = ["password", "code", "confirm"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if uses_codes(self.user):
            self.fields["code"].label = _("Code from your authenticator app, or a recovery code")
            self.fields["code"].widget.attrs.pop("placeholder", None)
        else:
            del self.fields["code"]

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        adapter = get_adapter()
        if not adapter.reauthenticate(self.user, password):  # rate-limited like sign-in
            raise adapter.validation_error("incorrect_password")
        return password


@never_cache
@login_required
def overview(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "network/account/data.html",
        {"refusal": data_rights.deletion_refusal(request.user)},
    )


@never_cache
@login_required
@require_POST
def download(request: HttpRequest) -> FileResponse:
    """A POST, so that no prefetch or crawler ever builds (and logs) an export."""
    archive = data_rights.export_personal_data(request.user, request=request)
    return FileResponse(
        archive,
        as_attachment=True,
        filename=data_rights.export_filename(),
        content_type="application/zip",
    )


@never_cache
@login_required
def delete(request: HttpRequest) -> HttpResponse:
    refusal = data_rights.deletion_refusal(request.user)
    data = request.POST if request.method == "POST" else None
    form = None if refusal else DeleteAccountForm(data, user=request.user)
    if request.method == "POST" and form is not None and form.is_valid():
        data_rights.delete_account(request.user, request=request)
        logout(request)
        return render(request, "network/account/deleted.html")
    return render(request, "network/account/delete.html", {"form": form, "refusal": refusal})
