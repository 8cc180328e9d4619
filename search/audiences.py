"""Turning the access policy's requirements into the one any-of audience set a document carries.

The policy describes who may see an object as a list of requirements, all of which must be met,
each a set of alternative audiences (a page restricted to members inside a section restricted to
a group). An index can only ask "does the searcher hold one of these audiences?", so the list is
reduced to a single any-of set, conservatively: a token is kept only when holding it alone meets
every requirement. When no token does (two different groups both required), the object is not
indexed at all rather than shown to someone who may not see it.
"""

from collections.abc import Iterable

from network.policy import MEMBERS, PUBLIC

Requirements = Iterable[frozenset[str]]


def _is_group(token: str) -> bool:
    return token.startswith("group:") and len(token) > len("group:")


def _meets(token: str, requirement: frozenset[str]) -> bool:
    """Holding ``token`` alone meets ``requirement``: group members are always members too (the
    policy grants group audiences only to members in good standing)."""
    return token in requirement or (_is_group(token) and MEMBERS in requirement)


def reduce_requirements(requirements: Requirements) -> tuple[str, ...] | None:
    """The any-of audiences whose holders meet every requirement, or None when nobody can be
    named that way (the object must then stay out of the index)."""
    requirements = [frozenset(requirement) for requirement in requirements]
    if not requirements:
        return (PUBLIC,)
    candidates = {token for requirement in requirements for token in requirement}
    candidates = {token for token in candidates if token == MEMBERS or _is_group(token)}
    kept = {
        token
        for token in candidates
        if all(_meets(token, requirement) for requirement in requirements)
    }
    if MEMBERS in kept:  # every group member is a member: "members" alone says it all
        kept = {MEMBERS}
    return tuple(sorted(kept)) or None


def canonical(audiences: Iterable[str]) -> str:
    """The stored form of an any-of set: sorted tokens separated by spaces."""
    return " ".join(sorted(set(audiences)))


def tokens_of(stored: str) -> frozenset[str]:
    return frozenset(stored.split())


def sets_visible_to(known_sets: Iterable[str], audiences: frozenset[str]) -> list[str]:
    """The stored audience sets sharing at least one token with the searcher's audiences."""
    return [stored for stored in known_sets if tokens_of(stored) & audiences]
