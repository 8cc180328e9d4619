from django.urls import path

from network.views import forums

urlpatterns = [
    path("", forums.index, name="index"),
    path("practice/<int:page_id>/", forums.practice_discussion, name="practice_discussion"),
    path("<str:slug>/", forums.category, name="category"),
    path("<str:slug>/new/", forums.new_topic, name="new_topic"),
    path("<str:slug>/<int:topic_id>/", forums.topic, name="topic"),
    path("<str:slug>/<int:topic_id>/reply/", forums.reply, name="reply"),
    path("<str:slug>/<int:topic_id>/posts/<int:post_id>/edit/", forums.edit, name="edit"),
    path("<str:slug>/<int:topic_id>/posts/<int:post_id>/thanks/", forums.thank, name="thank"),
]
