import factory
from wagtail.models import Locale

from network.choices import ForumAudience, PostState
from network.models import ForumCategory, Post, Topic
from network.sanitiser import render_markdown


class ForumCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ForumCategory
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Forum {n}")
    slug = factory.Sequence(lambda n: f"forum-{n}")
    description = "A forum."
    audience = ForumAudience.MEMBERS
    locale = factory.LazyFunction(Locale.get_default)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        """Network groups for a group-only forum: ``groups=[group, ...]``."""
        if create and extracted:
            self.groups.set(extracted)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    category = factory.SubFactory(ForumCategoryFactory)
    title = factory.Sequence(lambda n: f"Topic {n}")


class PostFactory(factory.django.DjangoModelFactory):
    """A published post; keeps the topic's last post time in step."""

    class Meta:
        model = Post

    topic = factory.SubFactory(TopicFactory)
    source = factory.Sequence(lambda n: f"Post number {n}.")
    html = factory.LazyAttribute(lambda post: render_markdown(post.source))
    state = PostState.PUBLISHED

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        post = super()._create(model_class, *args, **kwargs)
        if post.state == PostState.PUBLISHED:
            Topic.objects.filter(pk=post.topic_id).update(last_post_at=post.created_at)
            post.topic.last_post_at = post.created_at
        return post


def topic_with_posts(category, author, count: int = 1, **topic_fields) -> Topic:
    topic = TopicFactory(category=category, author=author, **topic_fields)
    for _ in range(count):
        PostFactory(topic=topic, author=author)
    return topic


def experienced_member(**profile_fields):
    """A member whose first posts have already passed moderation."""
    from django.conf import settings

    from .network import member

    user = member(**profile_fields)
    old = TopicFactory(title="Earlier conversation")
    for _ in range(settings.FORUM_PREMODERATED_FIRST_POSTS):
        PostFactory(topic=old, author=user)
    return user
