"""What is indexed for each kind of content, and with which audience."""

from __future__ import annotations

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from network import policy
from network.choices import ForumAudience, PostState
from practices.choices import SectionAudience
from practices.models import Country, PracticeAttachment
from search.documents import documents_for
from tests.factories import NetworkGroupFactory, member, restrict_page, translate_page
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory
from tests.factories.practices import CountryFactory, PracticePageFactory
from tests.factories.resources import ResourceIndexPageFactory, ResourcePageFactory
from tests.search.builders import pdf_with_text


def by_key(documents) -> dict:
    return {document.key: document for document in documents}


def test_a_practice_gives_a_public_document_and_one_per_gated_section(practice_index):
    group = NetworkGroupFactory()
    practice = PracticePageFactory(
        parent=practice_index,
        title="Peer mentoring",
        starting_situation="<p>Ten families came back.</p>",
        partners="<p>The city and two charities.</p>",
        results_audience=SectionAudience.GROUPS,
        results="<p>Eight families settled.</p>",
        audience_groups=[group],
    )
    documents = by_key(documents_for(practice))
    main = documents[f"page:{practice.pk}"]
    assert main.audiences == ("public",)
    assert "Ten families came back." in main.body
    assert "charities" not in main.body
    approach = documents[f"page:{practice.pk}#section:approach"]
    assert approach.audiences == ("members",)
    assert approach.body == "The city and two charities."
    assert approach.section == "Approach"
    results = documents[f"page:{practice.pk}#section:results"]
    assert results.audiences == (f"group:{group.auth_group_id}",)
    assert "settled" not in main.body + approach.body


def test_a_practice_carries_its_taxonomy_place_language_and_translations(practice_index):
    country = CountryFactory(name="Kazakhstan", slug="kazakhstan")
    practice = PracticePageFactory(parent=practice_index, title="Peer mentoring", country=country)
    translate_page(practice, "ar", title="الإرشاد")
    main = by_key(documents_for(practice))[f"page:{practice.pk}"]
    assert main.kind == "practice"
    assert main.language == "en"
    assert main.country == ("kazakhstan",)
    assert main.region == (country.region.slug,)
    assert main.evaluation_type == ("none",)
    assert main.translations == ("ar", "en")
    assert "Kazakhstan" in main.body


def test_a_withheld_location_is_neither_searchable_nor_a_facet(practice_index):
    country = CountryFactory(name="Tajikistan", slug="tajikistan", code="TJ")
    practice = PracticePageFactory(
        parent=practice_index,
        title="Prison intelligence",
        country=country,
        city="Dushanbe",
        location_withheld=True,
    )
    main = documents_for(practice)[0]
    assert main.country == () and main.region == ()
    assert "Dushanbe" not in main.body and "Tajikistan" not in main.body
    assert Country.objects.filter(slug="tajikistan").exists()


def test_drafts_and_unpublished_pages_are_not_indexed(practice_index):
    practice = PracticePageFactory(parent=practice_index)
    practice.unpublish()
    practice.refresh_from_db()
    assert documents_for(practice) == []


def test_a_private_page_is_for_its_audience(practice_index):
    group = NetworkGroupFactory()
    practice = PracticePageFactory(parent=practice_index)
    restrict_page(practice, group.auth_group)
    assert {d.audiences for d in documents_for(practice)} == {(f"group:{group.auth_group_id}",)}


def test_a_page_needing_two_groups_at_once_is_not_indexed(home_pages):
    first, second = NetworkGroupFactory(), NetworkGroupFactory()
    library = ResourceIndexPageFactory(parent=home_pages["en"])
    restrict_page(library, first.auth_group)
    resource = ResourcePageFactory(parent=library)
    restrict_page(resource, second.auth_group)
    assert documents_for(resource) == []


def test_a_resource_indexes_the_text_of_its_pdf_as_privately_as_the_file(home_pages):
    library = ResourceIndexPageFactory(parent=home_pages["en"])
    private = Collection.get_first_root_node().add_child(name="Reports")
    report = get_document_model().objects.create(
        title="Evaluation report",
        file=ContentFile(pdf_with_text("Outcomes measured in Aktau"), name="report.pdf"),
        collection=private,
    )
    resource = ResourcePageFactory(parent=library, title="Evaluation", document=report)
    documents = by_key(documents_for(resource))
    part = documents[f"page:{resource.pk}#file:{report.pk}"]
    assert "Outcomes measured in Aktau" in part.body
    assert part.audiences == ("public",)
    assert "Outcomes" not in documents[f"page:{resource.pk}"].body

    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    part = by_key(documents_for(resource))[f"page:{resource.pk}#file:{report.pk}"]
    assert part.audiences == ("members",)


def test_a_practice_attachment_is_as_private_as_its_section(practice_index):
    report = get_document_model().objects.create(
        title="Annex",
        file=ContentFile(pdf_with_text("Annex on staff training"), name="annex.pdf"),
        collection=Collection.get_first_root_node(),
    )
    practice = PracticePageFactory(parent=practice_index)
    PracticeAttachment.objects.create(page=practice, document=report, title="Annex")
    practice.save_revision().publish()
    part = by_key(documents_for(practice))[f"page:{practice.pk}#file:{report.pk}"]
    assert part.audiences == ("members",)
    assert "staff training" in part.body


def test_an_event_is_indexed_with_its_date_and_speakers(home_pages):
    events = EventIndexPageFactory(parent=home_pages["en"])
    event = EventPageFactory(
        parent=events,
        title="Webinar on returnees",
        speakers=[{"name": "Secret Name", "role": "Psychologist", "anonymised": True}],
    )
    main = documents_for(event)[0]
    assert main.kind == "event"
    assert main.date is not None
    assert "Psychologist" in main.body
    assert "Secret Name" not in main.body


def test_a_topic_holds_its_opening_post_and_replies_are_documents_of_their_own(db):
    group = NetworkGroupFactory()
    forum = ForumCategoryFactory(audience=ForumAudience.GROUPS, groups=[group])
    author = member()
    topic = TopicFactory(category=forum, title="Family visits", author=author)
    opening = PostFactory(topic=topic, author=author, source="How often do families visit?")
    reply = PostFactory(topic=topic, author=author, source="Every week here.")
    [topic_document] = documents_for(topic)
    assert "How often do families visit?" in topic_document.body
    assert topic_document.audiences == (f"group:{group.auth_group_id}",)
    assert documents_for(opening) == []
    [reply_document] = documents_for(reply)
    assert reply_document.kind == "post"
    assert reply_document.url.endswith(f"#post-{reply.pk}")


def test_posts_that_are_not_published_are_never_indexed(db):
    author = member()
    topic = TopicFactory(category=ForumCategoryFactory(), title="Visits", author=author)
    PostFactory(topic=topic, author=author, source="Opening.")
    for state in (PostState.PENDING, PostState.REJECTED, PostState.HIDDEN):
        post = PostFactory(topic=topic, author=author, source=f"A {state} post.", state=state)
        assert documents_for(post) == []


def test_a_topic_waiting_for_its_first_post_is_not_indexed(db):
    author = member()
    topic = TopicFactory(category=ForumCategoryFactory(), title="Visits", author=author)
    PostFactory(topic=topic, author=author, source="Waiting.", state=PostState.PENDING)
    assert documents_for(topic) == []


def test_the_discussion_of_a_private_practice_is_as_private_as_the_practice(practice_index):
    group = NetworkGroupFactory()
    practice = PracticePageFactory(parent=practice_index)
    restrict_page(practice, group.auth_group)
    author = member()
    topic = TopicFactory(category=ForumCategoryFactory(), practice=practice, author=author)
    PostFactory(topic=topic, author=author, source="What did it cost?")
    assert documents_for(topic)[0].audiences == (f"group:{group.auth_group_id}",)


def test_a_forum_post_in_arabic_is_indexed_as_arabic(db):
    author = member()
    topic = TopicFactory(category=ForumCategoryFactory(), title="زيارات العائلات", author=author)
    PostFactory(topic=topic, author=author, source="كم مرة تزور العائلات؟")
    assert documents_for(topic)[0].language == "ar"
    assert policy.MEMBERS in documents_for(topic)[0].audiences


def test_markup_the_tag_stripper_cannot_parse_still_becomes_plain_words():
    from search.documents import plain_text

    assert plain_text('<![><img src="]><img src=x onerror=alert(39)//"> Family <b>visits</b>') == (
        "Family visits"
    )
