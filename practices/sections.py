"""Which sections of a practice a reader may see: the page may be public while its detail,
contacts and attachments are for members or for some groups only."""

from dataclasses import dataclass

from network import policy
from practices.choices import SectionAudience
from practices.models.practice import SECTIONS


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    audience: str
    visible: bool

    @property
    def is_for_groups(self) -> bool:
        return self.audience == SectionAudience.GROUPS


def section_visible(user, page, key: str) -> bool:
    requirement = policy.audience_requirement(
        getattr(page, f"{key}_audience"), page.audience_groups.all()
    )
    return policy.satisfies(user, [requirement] if requirement is not None else [])


def sections_for(user, page) -> dict[str, Section]:
    """Every section of ``page`` keyed by name, saying whether ``user`` may read it."""
    return {
        key: Section(
            key=key,
            label=str(label),
            audience=getattr(page, f"{key}_audience"),
            visible=section_visible(user, page, key),
        )
        for key, label, _fields in SECTIONS
    }


def visible_field_names(user, page) -> set[str]:
    """The section fields ``user`` may read (for search indexing and any other channel)."""
    return {
        field
        for key, _label, fields in SECTIONS
        if section_visible(user, page, key)
        for field in fields
    }
