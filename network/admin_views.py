"""Wagtail admin screens for vetting officers and staff: applications, members, organisations,
groups and the audit log."""

import django_filters
from django import forms
from django.apps import apps
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, DeleteView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from network import audit, forums, moderation, vetting
from network.choices import ApplicationState, MemberStatus, OrganisationType, PostState
from network.models import (
    AuditEntry,
    GroupMembership,
    MemberProfile,
    MembershipApplication,
    NetworkGroup,
    Organisation,
    Post,
    Report,
)


class ApplicationFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(choices=ApplicationState.choices, label=_("State"))
    country = django_filters.ChoiceFilter(choices=countries, label=_("Country"))
    organisation_type = django_filters.ChoiceFilter(
        choices=OrganisationType.choices, label=_("Organisation type"), method="by_type"
    )

    class Meta:
        model = MembershipApplication
        fields = ["state", "country"]

    def by_type(self, queryset, name, value):
        return queryset.filter(
            Q(organisation__kind=value)
            | Q(organisation__isnull=True, proposed_organisation_type=value)
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("approve", _("Approve: the applicant becomes a member now")),
            ("more_information", _("Ask for more information")),
            ("reject", _("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=2000,
        help_text=_("Required when rejecting or asking for more information; sent by e-mail."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") in ("reject", "more_information")
            and not cleaned.get("message", "").strip()
        ):
            self.add_error("message", _("Tell the applicant why, or what is missing."))
        return cleaned


DECISIONS = {
    "approve": (vetting.approve_application, _("%(name)s is now a member.")),
    "more_information": (vetting.request_more_information, _("%(name)s was asked for more.")),
    "reject": (vetting.reject_application, _("The application of %(name)s was rejected.")),
}


class ApplicationReviewView(InspectView):
    """The application in full, with the decision form for vetting officers."""

    template_name = "network/admin/application_review.html"
    fields = [
        "applicant",
        "state",
        "organisation_name",
        "organisation_type",
        "job_title",
        "country",
        "city",
        "languages",
        "motivation",
        "voucher_email",
        "voucher",
        "officer_message",
        "decided_by",
        "submitted_at",
        "decided_at",
    ]

    def get_field_label(self, field_name, field):
        labels = {"organisation_name": _("Organisation"), "organisation_type": _("Type")}
        return labels.get(field_name) or super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field_name in ("organisation_name", "organisation_type"):
            return getattr(self.object, field_name)
        if field_name == "applicant":
            return f"{self.object.applicant.get_full_name()} <{self.object.applicant.email}>"
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decision_form"] = kwargs.get("decision_form") or DecisionForm()
        context["can_decide"] = (
            self.object.is_editable
            and self.permission_policy.user_has_permission(self.request.user, "change")
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        form = DecisionForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(decision_form=form))
        decide, confirmation = DECISIONS[form.cleaned_data["decision"]]
        try:
            decide(self.object, request.user, form.cleaned_data["message"], request=request)
        except vetting.DecisionError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(decision_form=form))
        messages.success(request, confirmation % {"name": self.object.applicant.get_full_name()})
        return redirect(self.index_url_name)


def index_view_joining(*related: str) -> type[IndexView]:
    """An index view reading each row's ``related`` objects in the same query: the listing
    shows them on every row, and one query per row would grow with the page."""

    class JoiningIndexView(IndexView):
        def get_base_queryset(self):
            return super().get_base_queryset().select_related(*related)

    return JoiningIndexView


class ApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    index_view_class = index_view_joining("applicant", "organisation")
    icon = "user"
    menu_label = _("Applications")
    url_prefix = "network/applications"
    inspect_view_enabled = True
    inspect_view_class = ApplicationReviewView
    copy_view_enabled = False
    filterset_class = ApplicationFilterSet
    list_display = [
        "applicant",
        Column("organisation_name", label=_("Organisation")),
        "country",
        "state",
        DateColumn("submitted_at", label=_("Submitted")),
    ]
    form_fields = ["officer_message"]
    search_fields = ["applicant__email", "applicant__full_name", "proposed_organisation_name"]


class MemberStatusForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            ("suspend", _("Suspend: access ends now, can be reinstated")),
            ("reinstate", _("Reinstate a suspended member")),
            ("remove", _("Remove: membership and group memberships end now")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )


STATUS_ACTIONS = {
    "suspend": vetting.suspend_member,
    "reinstate": vetting.reinstate_member,
    "remove": vetting.remove_member,
}


class MemberReviewView(InspectView):
    template_name = "network/admin/member_review.html"
    fields = ["user", "status", "organisation", "job_title", "country", "city", "member_since"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_form"] = kwargs.get("status_form") or MemberStatusForm()
        context["can_change"] = self.permission_policy.user_has_permission(
            self.request.user, "change"
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        form = MemberStatusForm(request.POST)
        if form.is_valid():
            action = STATUS_ACTIONS[form.cleaned_data["action"]]
            try:
                action(self.object, request.user, form.cleaned_data["reason"], request=request)
            except vetting.DecisionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Membership updated."))
                return redirect(self.index_url_name)
        return self.render_to_response(self.get_context_data(status_form=form))


class MemberFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=MemberStatus.choices, label=_("Status"))
    country = django_filters.ChoiceFilter(choices=countries, label=_("Country"))

    class Meta:
        model = MemberProfile
        fields = ["status", "country"]


class MemberViewSet(ModelViewSet):
    model = MemberProfile
    index_view_class = index_view_joining("user", "organisation")
    icon = "group"
    menu_label = _("Members")
    url_prefix = "network/members"
    inspect_view_enabled = True
    inspect_view_class = MemberReviewView
    copy_view_enabled = False
    filterset_class = MemberFilterSet
    list_display = ["user", "organisation", "country", "status"]
    form_fields = ["organisation", "job_title", "country", "city"]
    search_fields = ["user__email", "user__full_name", "job_title"]


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    url_prefix = "network/organisations"
    list_display = ["name", "kind", "country", "verified"]
    list_filter = ["verified", "kind"]
    form_fields = ["name", "slug", "kind", "country", "city", "website", "verified"]
    search_fields = ["name", "city"]
    copy_view_enabled = False


class NetworkGroupViewSet(ModelViewSet):
    model = NetworkGroup
    icon = "group"
    menu_label = _("Groups")
    url_prefix = "network/groups"
    list_display = ["name", "kind"]
    form_fields = ["name", "slug", "kind", "description"]
    copy_view_enabled = False


def _membership_reason(membership: GroupMembership) -> str:
    return f"role: {membership.role}, state: {membership.state}"


class GroupMembershipCreateView(CreateView):
    def save_instance(self):
        membership = super().save_instance()
        audit.record(
            "group.membership_added",
            target=membership,
            reason=_membership_reason(membership),
            request=self.request,
        )
        return membership


class GroupMembershipEditView(EditView):
    """A change of role here is a manager appointment (or its end): audited like one."""

    def save_instance(self):
        changed = set(self.form.changed_data)
        membership = super().save_instance()
        if changed:
            action = (
                f"group.role_{membership.role}" if "role" in changed else "group.membership_changed"
            )
            audit.record(
                action,
                target=membership,
                reason=_membership_reason(membership),
                request=self.request,
            )
        return membership


class GroupMembershipDeleteView(DeleteView):
    def delete_action(self):
        audit.record(
            "group.membership_deleted",
            target=self.object,
            reason=_membership_reason(self.object),
            request=self.request,
        )
        super().delete_action()


class GroupMembershipViewSet(ModelViewSet):
    """Staff appoint managers and fix memberships; members use the group pages themselves."""

    model = GroupMembership
    index_view_class = index_view_joining("user", "group")
    add_view_class = GroupMembershipCreateView
    edit_view_class = GroupMembershipEditView
    delete_view_class = GroupMembershipDeleteView
    icon = "user"
    menu_label = _("Group memberships")
    url_prefix = "network/group-memberships"
    list_display = ["user", "group", "role", "state"]
    list_filter = ["group", "role", "state"]
    form_fields = ["group", "user", "role", "state"]
    search_fields = ["user__email", "user__full_name"]
    copy_view_enabled = False


class PostDecisionForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("approve", _("Approve: publish the post")),
            ("reject", _("Reject: the author is told why")),
            ("hide", _("Hide a published post: the author is told why")),
            ("restore", _("Restore a hidden post")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )


POST_DECISIONS = {
    "approve": lambda post, user, reason, request: moderation.approve_post(post, user, request),
    "reject": moderation.reject_post,
    "hide": moderation.hide_post,
    "restore": moderation.restore_post,
}


class ReportResolutionForm(forms.Form):
    report = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[("dismissed", _("Dismissed")), ("acted", _("Acted upon"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Note"), max_length=400, required=False)


class PostReviewView(InspectView):
    """A post in full, with its files, what the anonymity check flagged in it, its reports and
    earlier versions, and the moderator's decisions."""

    template_name = "network/admin/post_review.html"
    fields = ["topic", "author", "state", "created_at", "moderation_reason"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decision_form"] = kwargs.get("decision_form") or PostDecisionForm()
        context["post_html"] = self.object.html  # sanitised when written
        context["can_decide"] = self.permission_policy.user_has_permission(
            self.request.user, "change"
        )
        context["reports"] = self.object.reports.select_related("reporter", "resolved_by")
        context["revisions"] = self.object.revisions.select_related("edited_by")
        context["resolution_form"] = kwargs.get("resolution_form") or ReportResolutionForm()
        context["attachments"] = self.object.attachments.all()
        context["anonymity_checks"] = forums.post_anonymity_checks(
            self.object, opens_topic=forums.is_opening_post(self.object)
        )
        return context

    def resolve_report(self, request):
        form = ReportResolutionForm(request.POST)
        if form.is_valid():
            report = self.object.reports.filter(pk=form.cleaned_data["report"]).first()
            outcome = dict(form.fields["outcome"].choices)[form.cleaned_data["outcome"]]
            note = form.cleaned_data["note"].strip()
            try:
                if report is None:
                    raise moderation.ModerationError(_("This report does not exist."))
                moderation.resolve_report(
                    report, request.user, f"{outcome}: {note}" if note else str(outcome), request
                )
            except moderation.ModerationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Report resolved."))
                return redirect(request.path)
        return self.render_to_response(self.get_context_data(resolution_form=form))

    def post(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        if "report" in request.POST:
            return self.resolve_report(request)
        form = PostDecisionForm(request.POST)
        if form.is_valid():
            decide = POST_DECISIONS[form.cleaned_data["action"]]
            try:
                decide(self.object, request.user, form.cleaned_data["reason"], request=request)
            except moderation.ModerationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Decision recorded."))
                return redirect(self.index_url_name)
        return self.render_to_response(self.get_context_data(decision_form=form))


class PostFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(choices=PostState.choices, label=_("State"))
    reported = django_filters.BooleanFilter(label=_("Has open reports"), method="by_open_reports")

    class Meta:
        model = Post
        fields = ["state"]

    def by_open_reports(self, queryset, name, value):
        if value is None:
            return queryset
        open_reports = Report.objects.filter(resolved_at__isnull=True).values("post_id")
        return (
            queryset.filter(pk__in=open_reports) if value else queryset.exclude(pk__in=open_reports)
        )


def anonymity_flags_cell(post) -> str:
    """The queue's summary of a post's anonymity flags: how many to check, how many confirmed."""
    to_check, confirmed = forums.anonymity_flag_counts(post, getattr(post, "opens_topic", False))
    parts = []
    if to_check:
        parts.append(
            ngettext("%(count)s to check", "%(count)s to check", to_check) % {"count": to_check}
        )
    if confirmed:
        parts.append(
            ngettext("%(count)s confirmed", "%(count)s confirmed", confirmed) % {"count": confirmed}
        )
    return ", ".join(parts)


class PostQueueView(IndexView):
    """The queue's rows come with their open reports counted, their files and whether each
    opens its topic, in a fixed number of queries whatever the page size."""

    def get_base_queryset(self):
        open_reports = Count("reports", filter=Q(reports__resolved_at__isnull=True))
        posts = (
            Post.objects.select_related("topic", "author")
            .prefetch_related("attachments")
            .annotate(open_reports=open_reports)
            .order_by("-created_at")
        )
        return forums.annotate_opens_topic(posts)


class PostViewSet(ModelViewSet):
    """The moderation queue: filter by state (waiting posts first) and decide."""

    model = Post
    icon = "comment"
    menu_label = _("Forum moderation")
    url_prefix = "network/posts"
    inspect_view_enabled = True
    inspect_view_class = PostReviewView
    index_view_class = PostQueueView
    copy_view_enabled = False
    filterset_class = PostFilterSet
    list_display = [
        "topic",
        "author",
        "state",
        Column("open_reports", label=_("Open reports")),
        Column("anonymity_flags", label=_("Anonymity flags"), accessor=anonymity_flags_cell),
        DateColumn("created_at", label=_("Posted")),
    ]
    form_fields = []
    search_fields = ["source", "topic__title"]


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only ever "view": nobody, superusers included, may add, change or delete."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


register_permission_policy(AuditEntry, ViewOnlyPermissionPolicy(AuditEntry))


def _logged_actions():
    actions = AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct()
    return [(action, action) for action in actions]


def _logged_target_types():
    labels = AuditEntry.objects.exclude(target_type="").order_by("target_type")
    return [
        (label, _model_name(label))
        for label in labels.values_list("target_type", flat=True).distinct()
    ]


def _model_name(label: str) -> str:
    try:
        return capfirst(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


def _logged_actors(request):
    return (
        get_user_model()
        .objects.filter(pk__in=AuditEntry.objects.filter(actor__isnull=False).values("actor"))
        .order_by("email")
    )


class AuditEntryFilterSet(WagtailFilterSet):
    """Narrow the log to one kind of action, one person, one period or one kind of object."""

    action = django_filters.ChoiceFilter(
        label=_("What"), choices=_logged_actions, widget=forms.Select, empty_label=_("All")
    )
    actor = django_filters.ModelChoiceFilter(
        label=_("Who"), queryset=_logged_actors, widget=forms.Select, empty_label=_("Anyone")
    )
    created_at = django_filters.DateFromToRangeFilter(label=_("When"), widget=DateRangePickerWidget)
    target_type = django_filters.ChoiceFilter(
        label=_("Object type"),
        choices=_logged_target_types,
        widget=forms.Select,
        empty_label=_("All"),
    )

    class Meta:
        model = AuditEntry
        fields = ["action", "actor", "created_at", "target_type"]


class AuditEntryViewSet(ModelViewSet):
    """Read-only: the log is append-only, so staff may look but never change."""

    model = AuditEntry
    icon = "history"
    menu_label = _("Audit log")
    url_prefix = "network/audit"
    list_display = [
        DateColumn("created_at", label=_("When")),
        "actor_label",
        "action",
        "target_type",
        "target_label",
        "reason",
        "ip_address",
    ]
    list_per_page = 50
    filterset_class = AuditEntryFilterSet
    search_fields = ["actor_label", "target_label", "action", "reason"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []


class NetworkViewSetGroup(ModelViewSetGroup):
    menu_label = _("Network")
    menu_icon = "group"
    menu_order = 200
    items = (
        ApplicationViewSet,
        MemberViewSet,
        OrganisationViewSet,
        NetworkGroupViewSet,
        GroupMembershipViewSet,
        PostViewSet,
        AuditEntryViewSet,
    )
