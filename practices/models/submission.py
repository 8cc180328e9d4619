"""A member's practice write-up in progress, kept between the steps of the submission form."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeSubmission(models.Model):
    """What a member has typed so far; on submission it becomes a draft page in the workflow."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="practice_submissions",
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    data = models.JSONField(_("answers so far"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    page = models.OneToOneField(
        "practices.PracticePage",
        verbose_name=_("practice page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submission",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)

    class Meta:
        verbose_name = _("practice submission")
        verbose_name_plural = _("practice submissions")
        ordering = ["-updated_at"]

    def __str__(self) -> str:
        return self.title or str(_("Untitled practice"))

    @property
    def title(self) -> str:
        return self.data.get("basics", {}).get("title", "")
