"""Keep each user's Django groups a mirror of their group memberships, whatever changed them
(a service, the admin, a data fix), because Wagtail's privacy checks read those groups."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from network.models import GroupMembership
from network.vetting import sync_access_groups


@receiver(post_save, sender=GroupMembership, dispatch_uid="network.membership_saved")
@receiver(post_delete, sender=GroupMembership, dispatch_uid="network.membership_deleted")
def mirror_group_membership(sender, instance: GroupMembership, **kwargs) -> None:
    sync_access_groups(instance.user)
