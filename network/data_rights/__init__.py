"""A person's rights over their data: a copy of everything the network holds about them, and
deleting their account while what they wrote for others stays, signed "Former member"."""

from network.data_rights.deletion import DeletionRefused, delete_account, deletion_refusal
from network.data_rights.export import (
    build_export,
    collect_personal_data,
    export_filename,
    export_personal_data,
)

__all__ = [
    "DeletionRefused",
    "build_export",
    "collect_personal_data",
    "delete_account",
    "deletion_refusal",
    "export_filename",
    "export_personal_data",
]
