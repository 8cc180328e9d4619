"""Forum posts pass the anonymity check before they are posted: the author sees each flagged
passage in place and edits it away or confirms it is not personal data; nothing they typed is
rewritten, and what they confirmed is kept with the post for the moderators."""

import pytest

from network import forums
from network.models import Post, PostAttachment, Topic
from tests.factories import member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
    small_png,
    uploaded,
)

pytestmark = pytest.mark.django_db

FLAGGED = "You can reach Fatima Yusupova on +7 701 123 45 67."
REFUSAL = "Some passages may identify a person."


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def category():
    return ForumCategoryFactory(name="Reintegration", slug="reintegration")


@pytest.fixture
def topic(category):
    topic = TopicFactory(category=category, title="Family contact")
    PostFactory(topic=topic, author=member(), source="How do you start?")
    return topic


def reply_url(topic) -> str:
    return f"/en/forums/{topic.category.slug}/{topic.pk}/reply/"


def confirmation(response, field: str) -> dict[str, str]:
    """The box shown with ``field``'s flags, ticked: its name and value, as the browser sends it."""
    check = response.context["form"].check_for(field)
    assert check is not None, f"no flags shown for {field}"
    return {check.confirm_name: check.confirm_value}


def test_a_reply_naming_someone_is_refused_with_each_passage_marked_in_place(client, topic):
    client.force_login(experienced_member())

    response = client.post(reply_url(topic), {"source": FLAGGED})

    page = response.content.decode()
    assert response.status_code == 200
    assert REFUSAL in page
    assert "<mark>Fatima Yusupova</mark>" in page
    assert "<mark>+7 701 123 45 67</mark>" in page
    assert "I have checked: this is not personal data about a beneficiary" in page
    assert FLAGGED in page  # the text comes back exactly as typed
    assert not topic.posts.filter(source=FLAGGED).exists()


def test_confirming_the_passages_posts_the_text_as_typed_and_keeps_who_confirmed(client, topic):
    author = experienced_member(user__full_name="Nadia Karimova")
    client.force_login(author)
    shown = client.post(reply_url(topic), {"source": FLAGGED})

    client.post(reply_url(topic), {"source": FLAGGED, **confirmation(shown, "source")})

    post = topic.posts.get(author=author)
    assert post.source == FLAGGED
    assert [
        (item["field"], item["kind"], item["excerpt"]) for item in post.anonymity_confirmations
    ] == [
        ("source", "personal_name", "Fatima Yusupova"),
        ("source", "phone", "+7 701 123 45 67"),
    ]
    assert {(item["by"], item["by_name"]) for item in post.anonymity_confirmations} == {
        (author.pk, "Nadia Karimova")
    }


def test_editing_the_passage_away_posts_with_nothing_to_confirm(client, topic):
    author = experienced_member()
    client.force_login(author)
    client.post(reply_url(topic), {"source": FLAGGED})

    client.post(reply_url(topic), {"source": "You can reach her through our office."})

    post = topic.posts.get(author=author)
    assert post.anonymity_confirmations == []


def test_a_box_ticked_before_the_text_changed_confirms_nothing_new(client, topic):
    client.force_login(experienced_member())
    shown = client.post(reply_url(topic), {"source": FLAGGED})

    response = client.post(
        reply_url(topic),
        {"source": FLAGGED + " Her son Timur Akhmetov too.", **confirmation(shown, "source")},
    )

    assert REFUSAL in response.content.decode()
    assert "<mark>Timur Akhmetov</mark>" in response.content.decode()
    assert not Post.objects.filter(source__contains="Timur").exists()


def test_a_new_topic_title_is_checked_with_its_text(client, category):
    author = experienced_member()
    client.force_login(author)
    typed = {"title": "Visiting Fatima Yusupova at home", "source": "How often is too often?"}

    shown = client.post("/en/forums/reintegration/new/", typed)
    client.post("/en/forums/reintegration/new/", {**typed, **confirmation(shown, "title")})

    assert "“Title” may identify a person" in shown.content.decode()
    assert 'value="Visiting Fatima Yusupova at home"' in shown.content.decode()
    opening = Topic.objects.get(title=typed["title"]).posts.get()
    assert [(item["field"], item["excerpt"]) for item in opening.anonymity_confirmations] == [
        ("title", "Fatima Yusupova")
    ]


def test_a_file_description_is_checked_and_its_confirmation_kept_with_the_file(client, topic):
    author = experienced_member()
    client.force_login(author)
    typed = {"source": "Our classroom, as promised.", "description_2": "Timur Akhmetov at school"}

    shown = client.post(
        reply_url(topic), {**typed, "attachment_2": uploaded("class.png", small_png())}
    )
    client.post(
        reply_url(topic),
        {
            **typed,
            "attachment_2": uploaded("class.png", small_png()),
            **confirmation(shown, "description_2"),
        },
    )

    assert "“Description of file 2” may identify a person" in shown.content.decode()
    post = topic.posts.get(author=author)
    assert PostAttachment.objects.get(post=post).description == "Timur Akhmetov at school"
    # The post's first (and only) file, though it was chosen in the second input.
    assert [(item["field"], item["excerpt"]) for item in post.anonymity_confirmations] == [
        ("attachment_1", "Timur Akhmetov")
    ]


def test_a_description_without_a_file_is_not_checked(client, topic):
    author = experienced_member()
    client.force_login(author)

    client.post(reply_url(topic), {"source": "No file after all.", "description_1": FLAGGED})

    assert topic.posts.filter(author=author, source="No file after all.").exists()


def test_a_ticked_box_stays_ticked_when_the_post_is_refused_for_another_reason(client, topic):
    client.force_login(experienced_member())
    shown = client.post(reply_url(topic), {"source": FLAGGED})
    ticked = confirmation(shown, "source")

    response = client.post(
        reply_url(topic),
        {
            "source": FLAGGED,
            **ticked,
            "attachment_1": uploaded("page.txt", b"<html><script>alert(1)</script></html>"),
        },
    )

    [(name, value)] = ticked.items()
    assert f'name="{name}" id="id_{name}" value="{value}" checked' in response.content.decode()
    assert not Post.objects.filter(source=FLAGGED).exists()


def test_editing_a_post_asks_only_about_passages_not_confirmed_before(client, topic):
    author = experienced_member()
    client.force_login(author)
    shown = client.post(reply_url(topic), {"source": FLAGGED})
    client.post(reply_url(topic), {"source": FLAGGED, **confirmation(shown, "source")})
    post = topic.posts.get(author=author)
    edit_url = f"/en/forums/{topic.category.slug}/{topic.pk}/posts/{post.pk}/edit/"

    kept = client.post(edit_url, {"source": FLAGGED + " Mornings are best."})
    post.refresh_from_db()
    assert kept.status_code == 302
    assert post.source == FLAGGED + " Mornings are best."

    longer = FLAGGED + " Her son Timur Akhmetov too."
    asked = client.post(edit_url, {"source": longer})
    page = asked.content.decode()
    assert "<mark>Timur Akhmetov</mark>" in page
    assert "<mark>Fatima Yusupova</mark>" not in page
    assert "You confirmed that 2 passages here are not personal data" in page


def test_an_edit_forgets_confirmations_of_passages_it_removed(client, topic):
    author = experienced_member()
    client.force_login(author)
    shown = client.post(reply_url(topic), {"source": FLAGGED})
    client.post(reply_url(topic), {"source": FLAGGED, **confirmation(shown, "source")})
    post = topic.posts.get(author=author)

    forums.edit_post(post, author, "You can reach Fatima Yusupova through our office.")

    post.refresh_from_db()
    assert [item["excerpt"] for item in post.anonymity_confirmations] == ["Fatima Yusupova"]


def test_a_quotation_keeps_what_its_author_confirmed_and_the_heading_is_the_forums(topic):
    quoted_author = experienced_member(user__full_name="Nadia Karimova")
    quoted = forums.reply(
        topic,
        quoted_author,
        FLAGGED,
        confirmations=[
            {"field": "source", "kind": "personal_name", "excerpt": "Fatima Yusupova", "by": 1},
            {"field": "source", "kind": "phone", "excerpt": "+7 701 123 45 67", "by": 1},
        ],
    )

    answer = forums.reply(topic, experienced_member(), "Thank you, I will.", quote=quoted)

    unresolved, confirmed = forums.anonymity_flag_counts(answer)
    assert (unresolved, confirmed) == (0, 3)
    heading = next(item for item in answer.anonymity_confirmations if item["by"] is None)
    assert heading["excerpt"] == "Nadia Karimova"
