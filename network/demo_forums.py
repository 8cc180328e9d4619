"""Demo forums: one for all members, one for a regional group, each with a first conversation
drawn from the themes of the source documents. Looks up before it creates."""

from django.contrib.auth.models import Group
from wagtail.models import Locale

from network.choices import ForumAudience, PostState
from network.models import ForumCategory, NetworkGroup, Post, Topic, User
from network.roles import FORUM_MODERATORS
from network.sanitiser import render_markdown

FORUMS = [
    {
        "slug": "reintegration-of-families",
        "names": {
            "en": "Reintegration of returning families",
            "ar": "إعادة إدماج الأسر العائدة",
            "ru": "Реинтеграция вернувшихся семей",
        },
        "description": "Schooling, psychosocial support, housing and community acceptance.",
        "group": None,
        "topic": "Enrolling returned children in school without exposing them",
        "posts": [
            (
                "aigerim@practice-exchange.test",
                "Our city now enrols returned children through the ordinary school office, with "
                "one trained contact person per school. Teachers are told only what they need to "
                "support the child. How do others keep the child's background confidential?",
            ),
            (
                "nadia@practice-exchange.test",
                "We agreed with the education department that records never mention the return. "
                "A psychologist visits the school in the first term. Children settle faster when "
                "nobody is singled out.",
            ),
        ],
    },
    {
        "slug": "central-asia-prison-services",
        "names": {
            "en": "Central Asia prison services",
            "ar": "دوائر السجون في آسيا الوسطى",
            "ru": "Пенитенциарные службы Центральной Азии",
        },
        "description": "For the regional network's prison and probation staff only.",
        "group": "central-asia-prison-services",
        "topic": "Piloting the risk and needs assessment tool: staff training first?",
        "posts": [
            (
                "farid@practice-exchange.test",
                "Before rolling the assessment tool out to more prisons, we are training "
                "assessors in pairs. Did anyone run the pilot with mixed teams of psychologists "
                "and security staff?",
            ),
            (
                "rustam@practice-exchange.test",
                "In probation we paired an experienced officer with a psychologist for the first "
                "twenty assessments. It slowed us down but the plans were far more consistent.",
            ),
        ],
    },
]


def _category(spec, locales) -> ForumCategory:
    default = Locale.get_default()
    category = ForumCategory.objects.filter(slug=spec["slug"], locale=default).first()
    if category is None:
        category = ForumCategory.objects.create(
            slug=spec["slug"],
            name=spec["names"][default.language_code],
            description=spec["description"],
            locale=default,
            audience=ForumAudience.GROUPS if spec["group"] else ForumAudience.MEMBERS,
        )
        if spec["group"]:
            category.groups.set(NetworkGroup.objects.filter(slug=spec["group"]))
    for code, locale in locales.items():
        if locale.pk != default.pk and category.get_translation_or_none(locale) is None:
            translation = category.copy_for_translation(locale)
            translation.name = spec["names"][code]
            translation.save()
            translation.groups.set(category.groups.all())
    return category


def load_forums_demo(locales: dict[str, Locale], report=print) -> None:
    moderator = User.objects.filter(email="nadia@practice-exchange.test").first()
    if moderator is not None:
        moderator.groups.add(*Group.objects.filter(name=FORUM_MODERATORS))
    for spec in FORUMS:
        category = _category(spec, locales)
        if Topic.objects.filter(category=category, title=spec["topic"]).exists():
            continue
        first_author = User.objects.get(email=spec["posts"][0][0])
        topic = Topic.objects.create(category=category, title=spec["topic"], author=first_author)
        for email, text in spec["posts"]:
            post = Post.objects.create(
                topic=topic,
                author=User.objects.get(email=email),
                source=text,
                html=render_markdown(text),
                state=PostState.PUBLISHED,
            )
        Topic.objects.filter(pk=topic.pk).update(last_post_at=post.created_at)
    report(f"Forums: {len(FORUMS)} with a first conversation each; Nadia moderates")
