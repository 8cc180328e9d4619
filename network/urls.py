from django.urls import path

from network.views import account_data, directory, groups, membership

app_name = "network"

urlpatterns = [
    path("membership/", membership.dashboard, name="dashboard"),
    path("membership/application/", membership.application, name="application"),
    path("membership/data/", account_data.overview, name="account_data"),
    path("membership/data/download/", account_data.download, name="account_data_download"),
    path("membership/data/delete/", account_data.delete, name="account_delete"),
    path("members/", directory.directory_list, name="directory"),
    path("members/me/", directory.profile_edit, name="profile_edit"),
    path("members/<int:pk>/", directory.profile_detail, name="profile"),
    path("organisations/<str:slug>/", directory.organisation_detail, name="organisation"),
    path("groups/", groups.group_list, name="groups"),
    path("groups/<str:slug>/", groups.group_detail, name="group"),
    path("groups/<str:slug>/join/", groups.join, name="group_join"),
    path("groups/<str:slug>/leave/", groups.leave, name="group_leave"),
    path("groups/<str:slug>/invite/", groups.invite, name="group_invite"),
    path(
        "groups/<str:slug>/invitation/<str:decision>/",
        groups.answer_invitation,
        name="group_invitation",
    ),
    path(
        "groups/<str:slug>/requests/<int:membership_id>/<str:decision>/",
        groups.decide_request,
        name="group_request",
    ),
]
