"""The member's side of practice submission: start, fill in step by step, review, submit."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network.views.access import member_required
from practices import submission as service
from practices.models import PracticeSubmission


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
        form = service.save_step(item, current, request.POST)
        if form.is_valid():
            following = service.STEP_KEYS.index(current.key) + 1
            if "save_and_leave" in request.POST:
                messages.success(request, _("Your draft is saved."))
                return redirect("practices:my_submissions")
            if following < len(service.STEPS):
                return redirect(
                    "practices:submission_step", pk=item.pk, step=service.STEPS[following].key
                )
            return redirect("practices:submission_review", pk=item.pk)
    else:
        form = service.build_form(current, item)
    return render(
        request,
        "practices/submit/step.html",
        {
            "submission": item,
            "current": current,
            "form": form,
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
