import pytest

from network import audit
from network.models import AuditEntry
from network.models.audit import AppendOnlyError
from tests.conftest import sign_in_with_totp
from tests.factories import AccountFactory, vetting_officer

pytestmark = pytest.mark.django_db


def test_audit_entries_can_be_written_but_never_changed_or_deleted():
    entry = audit.record("application.approved", actor=AccountFactory(), reason="ok")

    entry.reason = "rewritten"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).reason == "ok"


def test_entries_keep_who_and_what_even_after_the_actor_is_deleted():
    actor = AccountFactory(email="gone@example.org")
    entry = audit.record("member.suspended", actor=actor, target=actor, reason="test")

    actor.delete()

    entry.refresh_from_db()
    assert entry.actor is None
    assert entry.actor_label == "gone@example.org"
    assert entry.target_label


def test_audit_log_is_visible_to_vetting_officers_and_offers_no_edit(client):
    officer = vetting_officer()
    sign_in_with_totp(client, officer)
    entry = audit.record("application.rejected", actor=officer, reason="CANARY-REASON")

    listing = client.get("/admin/network/audit/").content.decode()

    assert "CANARY-REASON" in listing
    edit = client.get(f"/admin/network/audit/edit/{entry.pk}/")
    delete = client.post(f"/admin/network/audit/delete/{entry.pk}/")
    assert (edit.status_code, edit.get("Location")) == (302, "/admin/")
    assert (delete.status_code, delete.get("Location")) == (302, "/admin/")
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
