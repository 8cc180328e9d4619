"""The member directory, profiles and organisations (members only)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from network import directory, policy
from network.choices import MemberStatus
from network.forms import DirectoryFilterForm, ProfileForm
from network.models import MemberProfile, Organisation
from network.views.access import member_required

PAGE_SIZE = 24


def _country_choices(viewer):
    """Countries of active members, counting only members who let ``viewer`` see theirs."""
    countries = (
        MemberProfile.objects.filter(status=MemberStatus.ACTIVE)
        .filter(directory.visible_to("location_visibility", viewer))
        .values_list("country", flat=True)
        .distinct()
    )
    from django_countries import countries as all_countries

    present = set(countries)
    return [(code, name) for code, name in all_countries if code in present]


@member_required
def directory_list(request):
    form = DirectoryFilterForm(request.GET or None, countries=_country_choices(request.user))
    if form.is_bound and not form.is_valid():
        # A filter that cannot apply lists nobody rather than being dropped for everyone.
        profiles = directory.directory(request.user).none()
    else:
        filters = form.cleaned_data if form.is_bound else {}
        profiles = directory.directory(
            request.user,
            name=filters.get("q", ""),
            country=filters.get("country", ""),
            language=filters.get("language", ""),
            theme=filters.get("theme", ""),
        )
    page_obj = Paginator(profiles, PAGE_SIZE).get_page(request.GET.get("page"))
    peers = directory.group_peer_ids(request.user)
    entries = [directory.profile_view(request.user, profile, peers) for profile in page_obj]
    return render(
        request,
        "network/directory.html",
        {"form": form, "page_obj": page_obj, "entries": entries},
    )


@member_required
def profile_detail(request, pk: int):
    profile = get_object_or_404(
        MemberProfile.objects.select_related("user", "organisation").prefetch_related(
            "expertise_themes"
        ),
        pk=pk,
        status=MemberStatus.ACTIVE,
    )
    peers = directory.group_peer_ids(request.user)
    entry = directory.profile_view(request.user, profile, peers)
    return render(request, "network/profile_detail.html", {"entry": entry})


@member_required
def profile_edit(request):
    profile = policy.member_profile(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("network:profile", pk=profile.pk)
    return render(request, "network/profile_form.html", {"form": form})


@member_required
def organisation_detail(request, slug: str):
    organisation = get_object_or_404(Organisation, slug=slug)
    members = (
        MemberProfile.objects.filter(organisation=organisation, status=MemberStatus.ACTIVE)
        .filter(directory.visible_to("organisation_visibility", request.user))
        .select_related("user")
        .order_by("user__full_name")
    )
    return render(
        request,
        "network/organisation_detail.html",
        {"organisation": organisation, "members": members},
    )
