"""Practice submission: the member's side (start, fill in step by step, review, submit) and the
reviewer's view of the anonymity check in the Wagtail admin."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from exchange import anonymity
from network.views.access import member_required
from practices import submission as service
from practices.models import PracticePage, PracticeSubmission
from practices.workflow import practice_anonymity_checks


def _own(request, pk: int) -> PracticeSubmission:
    return get_object_or_404(PracticeSubmission, pk=pk, author=request.user)


@member_required
def my_submissions(request):
    submissions = PracticeSubmission.objects.filter(author=request.user).select_related("page")
    entries = [(item, service.review_status(item)) for item in submissions]
    return render(request, "practices/submit/list.html", {"entries": entries})


@require_POST
@member_required
def start(request):
    item = PracticeSubmission.objects.create(author=request.user, language=get_language())
    return redirect("practices:submission_step", pk=item.pk, step=service.STEPS[0].key)


@member_required
def step(request, pk: int, step: str):
    item = _own(request, pk)
    if not service.review_status(item)["editable"]:
        messages.info(request, _("This practice is being reviewed and cannot be changed now."))
        return redirect("practices:my_submissions")
    try:
        current = service.step_named(step)
    except KeyError as missing:
        raise Http404 from missing
    if request.method == "POST":
        form, checks = service.save_checked_step(item, current, request.POST, request.user)
        unchecked = anonymity.unresolved(checks)
        if form.is_valid() and "save_and_leave" in request.POST:
            messages.success(request, _("Your draft is saved."))
            if unchecked:
                messages.warning(
                    request,
                    _(
                        "Some passages may identify a person. Edit or confirm them before "
                        "you submit."
                    ),
                )
            return redirect("practices:my_submissions")
        if form.is_valid() and not unchecked:
            following = service.STEP_KEYS.index(current.key) + 1
            if following < len(service.STEPS):
                return redirect(
                    "practices:submission_step", pk=item.pk, step=service.STEPS[following].key
                )
            return redirect("practices:submission_review", pk=item.pk)
    else:
        form = service.build_form(current, item)
        checks = service.anonymity_checks(item, current)
    by_field = {check.name: check for check in checks}
    return render(
        request,
        "practices/submit/step.html",
        {
            "submission": item,
            "current": current,
            "form": form,
            "fields": [(field, by_field.get(field.name)) for field in form.visible_fields()],
            "unchecked": anonymity.unresolved(checks),
            "progress": service.progress(item),
            "number": service.STEP_KEYS.index(current.key) + 1,
            "total": len(service.STEPS),
        },
    )


@member_required
def review(request, pk: int):
    item = _own(request, pk)
    status = service.review_status(item)
    if request.method == "POST" and status["editable"]:
        try:
            service.submit_practice(item)
        except service.SubmissionError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Thank you. Editors and vetting officers will now review your practice.")
            )
            return redirect("practices:my_submissions")
    progress = service.progress(item)
    return render(
        request,
        "practices/submit/review.html",
        {
            "submission": item,
            "progress": progress,
            "ready": all(entry["state"] in ("done", "incomplete") for entry in progress),
            "status": status,
        },
    )


class AnonymityReportView(WagtailAdminTemplateMixin, TemplateView):
    """Every passage of a practice's latest text that may identify a person, for its reviewers:
    those still to check and those the author confirmed, each in place."""

    template_name = "practices/admin/anonymity_report.html"
    page_title = gettext_lazy("Anonymity check")
    header_icon = "warning"

    def dispatch(self, request, page_id: int):
        page = get_object_or_404(Page, pk=page_id)
        if page.specific_class is not PracticePage:
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.page = page.get_latest_revision_as_object()
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        edit = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        return [
            *self.breadcrumbs_items,
            {"url": edit, "label": self.page.get_admin_display_title()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        checks = practice_anonymity_checks(self.page)
        return super().get_context_data(
            page=self.page,
            checks=checks,
            unresolved=sum(len(check.unresolved) for check in checks),
            confirmed=sum(len(check.confirmed) for check in checks),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )
