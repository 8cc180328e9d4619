from django.urls import path

from network.views import activity, forums, moderation, notifications

urlpatterns = [
    path("", forums.index, name="index"),
    path("activity/", activity.my_activity, name="activity"),
    path("new/", forums.new_since_last_visit, name="new_since_last_visit"),
    path("attachment/<int:attachment_id>/", forums.attachment, name="attachment"),
    path("practice/<int:page_id>/", forums.practice_discussion, name="practice_discussion"),
    path("report/<int:post_id>/", moderation.report, name="report"),
    path("moderate/topic/<int:topic_id>/", moderation.moderate_topic, name="moderate_topic"),
    path("moderate/topic/<int:topic_id>/move/", moderation.move_topic, name="move_topic"),
    path(
        "moderate/topic/<int:topic_id>/<str:action>/",
        moderation.topic_action,
        name="topic_action",
    ),
    path("moderate/post/<int:post_id>/edit/", moderation.edit_post, name="moderator_edit"),
    path("moderate/suspend/<int:user_id>/", moderation.suspend, name="suspend"),
    path("notifications/", notifications.index, name="notifications"),
    path("unsubscribe/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    path("follow/topic/<int:topic_id>/", notifications.follow_topic, name="follow_topic"),
    path("follow/forum/<int:category_id>/", notifications.follow_category, name="follow_category"),
    path("<str:slug>/", forums.category, name="category"),
    path("<str:slug>/new/", forums.new_topic, name="new_topic"),
    path("<str:slug>/<int:topic_id>/", forums.topic, name="topic"),
    path("<str:slug>/<int:topic_id>/reply/", forums.reply, name="reply"),
    path("<str:slug>/<int:topic_id>/posts/<int:post_id>/edit/", forums.edit, name="edit"),
    path("<str:slug>/<int:topic_id>/posts/<int:post_id>/thanks/", forums.thank, name="thank"),
]
