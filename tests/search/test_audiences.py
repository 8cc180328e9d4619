"""Who may see a document, in one any-of set the index can filter on: reduced from the access
policy's requirements conservatively, or not indexed at all."""

import pytest

from search.audiences import reduce_requirements

M = frozenset({"members"})


def group(*ids: int) -> frozenset[str]:
    return frozenset(f"group:{number}" for number in ids)


@pytest.mark.parametrize(
    ("requirements", "audiences"),
    [
        ([], ("public",)),
        ([M], ("members",)),
        ([M, M], ("members",)),
        ([group(3)], ("group:3",)),
        ([M, group(3, 7)], ("group:3", "group:7")),
        ([group(3, 7), group(7, 9)], ("group:7",)),
        ([group(3), group(7)], None),  # both groups at once: no single audience says it
        ([frozenset()], None),  # a shared password: nobody
        ([frozenset({""})], None),  # a group-only section without groups: nobody
        ([M, frozenset({"members", "group:3"})], ("members",)),
    ],
)
def test_requirements_reduce_to_one_conservative_set(requirements, audiences):
    assert reduce_requirements(requirements) == audiences
