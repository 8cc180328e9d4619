"""Membership-gated discussion: categories with an audience, topics and posts."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from wagtail.models import TranslatableMixin

from exchange.uploads import private_storage
from network.choices import ForumAudience, PostState

RESERVED_FORUM_SLUGS = {
    "practice",
    "activity",
    "notifications",
    "unsubscribe",
    "follow",
    "report",
    "moderate",
    "new",
    "attachment",
}


class ForumCategory(TranslatableMixin, models.Model):
    """A forum; its translations share a translation key and a slug."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.IntegerField(_("sort order"), default=0)
    audience = models.CharField(
        _("who may read and post"),
        max_length=10,
        choices=ForumAudience.choices,
        default=ForumAudience.MEMBERS,
    )
    groups = models.ManyToManyField(
        "network.NetworkGroup",
        verbose_name=_("groups"),
        blank=True,
        related_name="forum_categories",
        help_text=_("For group-only forums: the groups whose members may take part."),
    )
    premoderated = models.BooleanField(
        _("pre-moderated"), default=False, help_text=_("Every post waits for a moderator.")
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("forum")
        verbose_name_plural = _("forums")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_forumcategory_slug")
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if self.slug in RESERVED_FORUM_SLUGS:  # addresses of the forum's own pages
            raise ValidationError({"slug": _("This address is reserved; choose another slug.")})


class Topic(models.Model):
    category = models.ForeignKey(
        ForumCategory, verbose_name=_("forum"), on_delete=models.PROTECT, related_name="topics"
    )
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_topics",
    )
    practice = models.ForeignKey(
        "practices.PracticePage",
        verbose_name=_("practice discussed"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="discussion_topics",
    )
    tags = TaggableManager(verbose_name=_("tags"), blank=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_post_at = models.DateTimeField(_("last post"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["-pinned", "-last_post_at", "-id"]
        indexes = [models.Index(fields=["category", "-pinned", "-last_post_at"])]

    def __str__(self) -> str:
        return self.title


class Post(models.Model):
    """A post; ``html`` is ``source`` rendered and sanitised when written, never when read."""

    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_posts",
    )
    source = models.TextField(_("text (Markdown)"), max_length=20_000)
    html = models.TextField(_("text (sanitised HTML)"), editable=False)
    state = models.CharField(
        _("state"), max_length=10, choices=PostState.choices, default=PostState.PUBLISHED
    )
    moderation_reason = models.TextField(_("reason given by the moderator"), blank=True)
    anonymity_confirmations = models.JSONField(
        _("passages confirmed as not personal data"),
        default=list,
        blank=True,
        editable=False,
        help_text=_(
            "What the anonymity check flagged and the author confirmed is not personal data "
            "about a beneficiary, with who confirmed it and when; moderators see it."
        ),
    )
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("members mentioned"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["topic", "state", "created_at"])]

    def __str__(self) -> str:
        return f"{self.topic} #{self.pk}"


class PostRevision(models.Model):
    """An earlier version of an edited post, kept for moderators."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    source = models.TextField(_("text (Markdown)"))
    html = models.TextField(_("text (sanitised HTML)"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"


class Thanks(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="thanks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("thanks")
        verbose_name_plural = _("thanks")
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="unique_thanks")]

    def __str__(self) -> str:
        return f"{self.user} thanks {self.post}"


class TopicVisit(models.Model):
    """When a member last read a topic: unread markers and "jump to first unread" use it."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="visits")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["topic", "user"], name="unique_visit")]

    def __str__(self) -> str:
        return f"{self.user} read {self.topic}"


class Report(models.Model):
    """A member's flag on a post, for the moderators' queue."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(_("resolution"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Report on {self.post}"


class PostingSuspension(models.Model):
    """A member may read but not post until ``until``."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="posting_suspensions"
    )
    until = models.DateTimeField(_("until"))
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("posting suspension")
        verbose_name_plural = _("posting suspensions")
        ordering = ["-until"]

    def __str__(self) -> str:
        return f"{self.user} until {self.until:%Y-%m-%d}"


class Subscription(models.Model):
    """A member follows a topic or a whole forum."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions"
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    category = models.ForeignKey(
        ForumCategory,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subscriptions",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="unique_topic_subscription"),
            models.UniqueConstraint(
                fields=["user", "category"], name="unique_category_subscription"
            ),
            models.CheckConstraint(
                condition=models.Q(topic__isnull=False) ^ models.Q(category__isnull=False),
                name="subscription_to_one_thing",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} follows {self.topic or self.category}"


class Notification(models.Model):
    """Something a member should know about; e-mailed at once or in the daily digest."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("New reply")
        MENTION = "mention", _("Mention")
        NEW_TOPIC = "new_topic", _("New topic")
        MODERATION = "moderation", _("Moderation")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return f"{self.kind} for {self.user}"


THUMBNAIL_EDGE = 320


def attachment_path(instance, filename: str) -> str:
    """A random name in private storage; the extension comes from the checked content."""
    name = uuid.uuid4().hex
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"forum/{name[:2]}/{name}.{extension}"


class PostAttachment(models.Model):
    """A file attached to a post: an image re-encoded without metadata, or a document checked by
    content. Stored privately and sent only to those who may see the post."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        DOCUMENT = "document", _("Document")

    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to=attachment_path, max_length=200
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    content_type = models.CharField(_("content type"), max_length=100)
    name = models.CharField(_("file name"), max_length=150)
    description = models.CharField(_("description"), max_length=200, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"))
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def is_image(self) -> bool:
        return self.kind == self.Kind.IMAGE

    @property
    def thumbnail_size(self) -> tuple[int, int]:
        """Width and height to show an image at in a post, at most ``THUMBNAIL_EDGE`` across."""
        width, height = self.width or THUMBNAIL_EDGE, self.height or THUMBNAIL_EDGE
        scale = min(1.0, THUMBNAIL_EDGE / max(width, height))
        return max(1, round(width * scale)), max(1, round(height * scale))


@receiver(post_delete, sender=PostAttachment, dispatch_uid="network.remove_attachment_file")
def remove_attachment_file(sender, instance: PostAttachment, **kwargs) -> None:
    """A deleted attachment's file leaves the disk too (when its post or topic is deleted, or a
    rejected post is cleared away), once the deletion is committed: a rolled-back deletion keeps
    its file."""
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


class ForumDraft(models.Model):
    """What a member was writing and has not posted yet — a reply in a topic, or a new topic in
    a forum — so that leaving the page or a refused submit loses nothing."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_drafts"
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    category = models.ForeignKey(
        ForumCategory, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    tags = models.CharField(_("tags"), max_length=500, blank=True)
    source = models.TextField(_("text (Markdown)"), blank=True)
    updated_at = models.DateTimeField(_("saved"), auto_now=True)

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="unique_topic_draft"),
            models.UniqueConstraint(fields=["user", "category"], name="unique_category_draft"),
            models.CheckConstraint(
                condition=models.Q(topic__isnull=False) ^ models.Q(category__isnull=False),
                name="draft_for_one_thing",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} drafting in {self.topic or self.category}"


class ForumVisit(models.Model):
    """When a member was last in the forums (``last_seen``) and when their visit before the
    current one ended (``previous_seen``): what is "new since your last visit" starts there."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_visit"
    )
    last_seen = models.DateTimeField()
    previous_seen = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("forum visit")
        verbose_name_plural = _("forum visits")

    def __str__(self) -> str:
        return f"{self.user} in the forums at {self.last_seen:%Y-%m-%d %H:%M}"
