from django.urls import path

from practices import events, feeds, submission_urls

app_name = "practices"

urlpatterns: list = [
    path("events/feed/", events.UpcomingEventsFeed(), name="event_feed"),
    path("events/<int:page_id>/calendar.ics", events.calendar_download, name="event_calendar"),
    path("practices/feed/", feeds.PracticesFeed(), name="practice_feed"),
    path("practices/feed/atom/", feeds.PracticesAtomFeed(), name="practice_feed_atom"),
    path("resources/feed/", feeds.ResourcesFeed(), name="resource_feed"),
    path("resources/feed/atom/", feeds.ResourcesAtomFeed(), name="resource_feed_atom"),
]

urlpatterns += submission_urls.urlpatterns
