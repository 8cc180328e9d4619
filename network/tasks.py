"""Background work of the network app (run inline until a worker backend is configured)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


@task()
def send_templated_email(
    recipient: str, template_prefix: str, context: dict, language: str | None = None
) -> None:
    """Render ``<prefix>_subject.txt`` and ``<prefix>_message.txt`` in the recipient's language."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.WAGTAILADMIN_BASE_URL}
        subject = render_to_string(f"{template_prefix}_subject.txt", context).strip()
        body = render_to_string(f"{template_prefix}_message.txt", context)
    send_mail(
        settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [recipient],
    )
