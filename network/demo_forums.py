"""Demo forums: one for all members, one for a regional group, each with a first conversation
drawn from the themes of the source documents; replies mention members by their handles and the
first post carries a picture. Looks up before it creates."""

import io

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw
from wagtail.models import Locale

from network import notifications
from network.attachments import attach, prepare_attachment
from network.choices import ForumAudience, PostState
from network.models import ForumCategory, NetworkGroup, Post, PostAttachment, Topic, User
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
        "picture": True,
        "posts": [
            (
                "aigerim@practice-exchange.test",
                "Our city now enrols returned children through the ordinary school office, with "
                "one trained contact person per school. Teachers are told only what they need to "
                "support the child. How do others keep the child's background confidential?",
            ),
            (
                "nadia@practice-exchange.test",
                "@aigerim-s, we agreed with the education department that records never "
                "mention the return. A psychologist visits the school in the first term. "
                "Children settle faster when nobody is singled out.",
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
                "@farid-u, in probation we paired an experienced officer with a psychologist for "
                "the first twenty assessments. It slowed us down but the plans were far more "
                "consistent.",
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


DEMO_PICTURE = (
    "first-term-plan.png",
    "The first school term: enrolment, a contact teacher, then a psychologist's visit",
)


def term_plan_png() -> bytes:
    """A small chart of a school term, drawn here so the repository holds no binary files."""
    image = Image.new("RGB", (480, 200), (250, 248, 243))
    draw = ImageDraw.Draw(image)
    steps = [("Enrol", (45, 110, 160)), ("Contact", (60, 140, 95)), ("Visit", (200, 130, 40))]
    for number, (label, colour) in enumerate(steps):
        left = 20 + number * 155
        draw.rectangle((left, 60, left + 140, 140), fill=colour)
        draw.text((left + 12, 92), label, fill=(255, 255, 255))
    draw.text((20, 24), "First term", fill=(40, 40, 40))
    output = io.BytesIO()
    image.save(output, "PNG")
    return output.getvalue()


def _picture(post: Post) -> None:
    if PostAttachment.objects.filter(post=post).exists():
        return
    name, description = DEMO_PICTURE
    upload = SimpleUploadedFile(name, term_plan_png(), content_type="image/png")
    attach(post, [prepare_attachment(upload, description)])


def load_forums_demo(locales: dict[str, Locale], report=print) -> None:
    moderator = User.objects.filter(email="nadia@practice-exchange.test").first()
    if moderator is not None:
        moderator.groups.add(*Group.objects.filter(name=FORUM_MODERATORS))
    for spec in FORUMS:
        category = _category(spec, locales)
        topic = Topic.objects.filter(category=category, title=spec["topic"]).first()
        if topic is None:
            topic = _conversation(category, spec)
        if spec.get("picture"):
            _picture(topic.posts.order_by("created_at", "pk").first())
    report(
        f"Forums: {len(FORUMS)} with a first conversation each (members mentioned by handle, "
        "one picture attached); Nadia moderates"
    )


def _conversation(category: ForumCategory, spec: dict) -> Topic:
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
        notifications.record_mentions(post)
    Topic.objects.filter(pk=topic.pk).update(last_post_at=post.created_at)
    return topic
