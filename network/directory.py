"""The member directory: who a member may find, and which of each profile's fields they see."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from network.choices import GroupMembershipState, MemberStatus, Visibility
from network.models import GroupMembership, MemberProfile


def _viewer_group_ids(viewer) -> QuerySet:
    return GroupMembership.objects.filter(user=viewer, state=GroupMembershipState.ACTIVE).values(
        "group_id"
    )


def group_peer_ids(viewer) -> set[int]:
    """Ids of users who share at least one active group with ``viewer``."""
    return set(
        GroupMembership.objects.filter(
            group_id__in=_viewer_group_ids(viewer), state=GroupMembershipState.ACTIVE
        ).values_list("user_id", flat=True)
    )


def visible_to(field: str, viewer) -> Q:
    """Profiles whose ``field`` (a visibility field name) lets ``viewer`` see it."""
    peers = GroupMembership.objects.filter(
        group_id__in=_viewer_group_ids(viewer), state=GroupMembershipState.ACTIVE
    ).values("user_id")
    return (
        Q(**{field: Visibility.MEMBERS})
        | Q(**{field: Visibility.GROUPS, "user_id__in": peers})
        | Q(user=viewer)
    )


def directory(
    viewer, *, name: str = "", country: str = "", language: str = "", theme: str = ""
) -> QuerySet:
    """Active members, filtered only on fields each one lets ``viewer`` see."""
    profiles = (
        MemberProfile.objects.filter(status=MemberStatus.ACTIVE)
        .select_related("user", "organisation")
        .prefetch_related("expertise_themes")
    )
    if name:
        profiles = profiles.filter(user__full_name__icontains=name)
    if country:
        profiles = profiles.filter(Q(country=country) & visible_to("location_visibility", viewer))
    if language:
        profiles = profiles.filter(
            Q(languages__icontains=f'"{language}"') & visible_to("languages_visibility", viewer)
        )
    if theme:
        matching = MemberProfile.objects.filter(expertise_themes__slug=theme).values("pk")
        profiles = profiles.filter(Q(pk__in=matching) & visible_to("expertise_visibility", viewer))
    return profiles.order_by("user__full_name", "id")


@dataclass(frozen=True)
class ProfileView:
    """The fields of one profile that one viewer may see (None where hidden)."""

    profile: MemberProfile
    name: str
    organisation: object
    job_title: str | None
    country: object
    city: str | None
    languages: list[str] | None
    expertise: str | None
    expertise_themes: list | None


def _allowed(visibility: str, viewer, profile, peers: set[int]) -> bool:
    if viewer.pk == profile.user_id:
        return True
    if visibility == Visibility.MEMBERS:
        return True
    return visibility == Visibility.GROUPS and profile.user_id in peers


def profile_view(viewer, profile: MemberProfile, peers: set[int]) -> ProfileView:
    """What ``viewer`` sees of ``profile``; ``peers`` comes from :func:`group_peer_ids`."""
    from network.choices import WorkingLanguage

    def show(visibility, value):
        return value if _allowed(visibility, viewer, profile, peers) else None

    languages = show(profile.languages_visibility, profile.languages)
    location_shown = _allowed(profile.location_visibility, viewer, profile, peers)
    return ProfileView(
        profile=profile,
        name=profile.user.get_full_name(),
        organisation=show(profile.organisation_visibility, profile.organisation),
        job_title=show(profile.job_title_visibility, profile.job_title),
        country=profile.country if location_shown else None,
        city=profile.city if location_shown else None,
        languages=[WorkingLanguage(code).label for code in languages if code in WorkingLanguage]
        if languages is not None
        else None,
        expertise=show(profile.expertise_visibility, profile.expertise),
        expertise_themes=show(profile.expertise_visibility, list(profile.expertise_themes.all())),
    )
