"""The applicant's side of vetting: apply, see where the application stands, edit it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from network import policy, vetting
from network.forms import ApplicationForm
from network.models import MembershipApplication


def _application_of(user) -> MembershipApplication | None:
    return (
        MembershipApplication.objects.filter(applicant=user).select_related("organisation").first()
    )


@never_cache
@login_required
def dashboard(request):
    user = request.user
    return render(
        request,
        "network/dashboard.html",
        {
            "application": _application_of(user),
            "profile": policy.member_profile(user),
            "is_member": policy.is_member(user),
        },
    )


@never_cache
@login_required
def application(request):
    existing = _application_of(request.user)
    if policy.is_member(request.user):
        return redirect("network:dashboard")
    if existing is not None and not existing.is_editable:
        messages.info(request, _("Your application has been decided and can no longer be changed."))
        return redirect("network:dashboard")
    form = ApplicationForm(request.POST or None, instance=existing, user=request.user)
    if request.method == "POST" and form.is_valid():
        vetting.save_application(form.save(commit=False), request=request)
        messages.success(
            request,
            _("Thank you. Your application has been updated.")
            if existing
            else _("Thank you. A vetting officer will review your application."),
        )
        return redirect("network:dashboard")
    return render(request, "network/application_form.html", {"form": form, "existing": existing})
