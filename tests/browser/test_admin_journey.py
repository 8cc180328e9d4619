"""Staff work through the Wagtail admin in Chromium under its Content-Security-Policy, which
runs no inline script ('unsafe-inline' is absent from script-src: ``exchange.admin_csp``).

The ``browser`` fixture fails a test on anything the policy blocked; ``admin`` fails it on any
uncaught script error, so a widget whose initialiser no longer runs shows up either way.
"""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from playwright.sync_api import Locator
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from exchange.home.demo_content import load_demo_content
from network.models import MemberProfile, MembershipApplication, Post
from practices.models import EventIndexPage, EventPage, PracticePage
from tests.browser.conftest import sign_in
from tests.factories import AccountFactory, enable_totp
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AKTAU = "aktau-city-led-reintegration-of-women-and-children"
KYRGYZ_PRACTICE = "Risk and needs assessment tools piloted in prisons in Kyrgyzstan"


# A date field and a would-be initialiser added to the page after it loaded, as a modal would.
ADD_LATE_INITIALISERS = """() => {
    const input = Object.assign(document.createElement("input"), {id: "late-date"});
    const date = document.createElement("script");
    date.type = "application/json";
    date.dataset.adminInit = "initDateChooser";
    date.dataset.adminInitId = "late-date";
    date.dataset.adminInitOptions = JSON.stringify({format: "Y-m-d", dayOfWeekStart: 1});
    const injected = document.createElement("script");
    injected.type = "application/json";
    injected.dataset.adminInit = "eval";
    injected.dataset.adminInitOptions = JSON.stringify("window.injected = true");
    document.querySelector("main").append(input, date, injected);
}"""


def assert_every_initialiser_ran(page) -> None:
    """admin-init.js takes the attribute off every initialiser element it has run."""
    assert page.locator("[data-admin-init]").count() == 0, page.url


def png(colour: str = "teal") -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(output, "PNG")
    return output.getvalue()


@pytest.fixture
def admin(live_server, page):
    """The demo site, and a superuser signed in with a second factor; the test fails on any
    uncaught page error.

    Wagtail's root collection is made again if missing: a browser test may start from a database
    that an earlier one emptied, because serialized rollback restores nothing once Playwright
    runs its event loop in the test thread (Django then gives the thread a new connection object,
    without the serialized copy), and the demo content makes only its own pages.
    """
    load_demo_content(report=lambda line: None)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    staff = AccountFactory(is_staff=True, is_superuser=True)
    sign_in(page, live_server.url, staff.email, DEFAULT_PASSWORD, enable_totp(staff))
    yield page
    # Leave any editor (it releases its editing session on the way out), and let every request
    # finish while the database is still there.
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")
    assert errors == [], "uncaught errors in the admin:\n" + "\n".join(errors)


def stored_image(title: str):
    return get_image_model().objects.create(
        title=title, file=ImageFile(io.BytesIO(png()), name="visit.png")
    )


def stored_document(title: str):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"evaluation report", name="report.txt")
    )


def open_chooser(page, field_id: str) -> None:
    """Opens the chooser modal of ``field_id``, whether or not something is chosen already."""
    chooser = page.locator(f"#{field_id}-chooser")
    if "blank" in chooser.get_attribute("class").split():
        chooser.locator(".unchosen [data-chooser-action-choose]").click()
    else:
        chooser.get_by_role("button", name="Actions").click()
        chooser.locator(".chosen [data-chooser-action-choose]").click()


def choose_in_modal(page, link_name: str, parents: tuple[str, ...] = ()) -> None:
    """Picks ``link_name`` from the chooser modal that is open, after going down through the
    page chooser's ``parents``, and waits for the modal to close."""
    modal = page.locator(".modal.fade.in").last
    for parent in parents:
        modal.get_by_title(f"Explore subpages of '{parent}'").click()
    modal.get_by_role("link", name=link_name).first.click()
    modal.wait_for(state="hidden")


def pick_a_day(page, field: str | Locator, day: int) -> str:
    """Opens the date picker of ``field`` (an id or a locator), clicks ``day`` of the month
    shown, and returns the field's value."""
    field = page.locator(f"#{field}") if isinstance(field, str) else field
    field.click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.locator(f"td.xdsoft_date:not(.xdsoft_other_month)[data-date='{day}']").click()
    value = field.input_value()
    page.keyboard.press("Escape")
    return value


def add_inline_form(page, prefix: str) -> str:
    """Adds a form to the inline panel ``prefix`` and returns the new form's prefix."""
    count = int(page.locator(f"#id_{prefix}-TOTAL_FORMS").input_value())
    page.locator(f"#id_{prefix}-ADD").click()
    return f"{prefix}-{count}"


def test_editor_edits_a_practice_and_adds_an_event_with_every_kind_of_widget(admin, live_server):
    url = live_server.url
    aktau = PracticePage.objects.get(slug=AKTAU, locale__language_code="en")
    stored_image("Family visit")
    stored_document("Evaluation report")

    admin.goto(f"{url}/admin/")
    admin.goto(f"{url}/admin/pages/{aktau.get_parent().pk}/")
    admin.get_by_role("link", name=aktau.title).first.click()
    admin.wait_for_url(f"**/admin/pages/{aktau.pk}/edit/")
    assert_every_initialiser_ran(admin)

    admin.get_by_role("button", name="Toggle comments").click()
    admin.locator("#panel-child-content-title-section").get_by_role(
        "button", name="Add comment"
    ).click()
    admin.get_by_placeholder("Enter your comments...").fill("Check the figures with the city.")
    admin.get_by_role("button", name="Comment", exact=True).click()
    admin.get_by_role("button", name="Toggle comments").click()

    # A snippet chooser and a page chooser rendered as form fields (BaseChooser.render).
    open_chooser(admin, "id_country")
    choose_in_modal(admin, "Kyrgyzstan")
    open_chooser(admin, "id_adapted_from")
    choose_in_modal(admin, KYRGYZ_PRACTICE, parents=("Practice Exchange", "Practices"))
    assert admin.locator("#id_adapted_from-title").inner_text() == KYRGYZ_PRACTICE

    # Date pickers, in a field and in an inline panel form added now from its template.
    assert pick_a_day(admin, "id_start_date", 15).endswith("-15")
    indicator = add_inline_form(admin, "indicators")
    admin.fill(f"#id_{indicator}-indicator", "Mentees in work after a year")
    assert pick_a_day(admin, f"id_{indicator}-measured_on", 10).endswith("-10")

    # A document chooser in an inline panel form added now: initialised when it arrives.
    attachment = add_inline_form(admin, "attachments")
    open_chooser(admin, f"id_{attachment}-document")
    choose_in_modal(admin, "Evaluation report")

    # An image chooser in a StreamField block (telepath).
    admin.get_by_role("button", name="Insert a block").last.click()
    admin.get_by_role("option", name="Image").click()
    admin.get_by_role("button", name="Choose an image").last.click()
    choose_in_modal(admin, "Family visit")

    admin.get_by_role("tab", name="Promote").click()
    admin.get_by_role("tab", name="Content").click()
    admin.locator("#w-minimap-toggle").click()
    admin.locator(".w-minimap-item", has_text="Contacts").first.click()
    admin.locator("#w-minimap-toggle").click()
    contacts = admin.locator("#panel-child-content-contacts-section [role=textbox]").last
    contacts.click()
    admin.keyboard.press("Control+End")
    admin.keyboard.type(" Ask the city office first.")
    admin.get_by_role("button", name="Toggle preview").click()
    preview = admin.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", name=aktau.title).wait_for()
    admin.get_by_role("button", name="Toggle checks").click()
    admin.get_by_text("Reading time").first.wait_for()
    admin.get_by_role("button", name="Toggle checks").click()

    with admin.expect_navigation():
        admin.get_by_role("button", name="Save draft").click()
    draft = PracticePage.objects.get(pk=aktau.pk).get_latest_revision_as_object()
    assert draft.country.name == "Kyrgyzstan"
    assert draft.adapted_from.title == KYRGYZ_PRACTICE
    assert draft.start_date.day == 15
    assert "Ask the city office first." in draft.contacts
    assert "Mentees in work after a year" in [row.indicator for row in draft.indicators.all()]
    assert [row.document.title for row in draft.attachments.all()] == ["Evaluation report"]
    assert "image" in [block.block_type for block in draft.activities]
    assert [comment.text for comment in aktau.wagtail_admin_comments.all()] == [
        "Check the figures with the city."
    ]

    events = EventIndexPage.objects.get(locale__language_code="en")
    admin.goto(f"{url}/admin/pages/add/practices/eventpage/{events.pk}/")
    admin.fill("#id_title", "Returnee families webinar")
    admin.fill("#id_summary", "How three cities support returnee families.")
    admin.locator("#id_starts_at").click()
    picker = admin.locator(".xdsoft_datetimepicker:visible")
    picker.locator("td.xdsoft_date:not(.xdsoft_other_month)[data-date='20']").click()
    picker.locator(".xdsoft_time[data-hour='14']").first.click()
    starts = admin.locator("#id_starts_at").input_value()
    assert "-20 14:" in starts
    admin.fill("#id_ends_at", starts.replace(" 14:", " 16:"))
    speaker = add_inline_form(admin, "speakers")
    admin.fill(f"#id_{speaker}-name", "Aigerim")
    with admin.expect_navigation():
        admin.get_by_role("button", name="Save draft").click()

    event = EventPage.objects.get(title="Returnee families webinar")
    assert (event.starts_at.day, event.ends_at.hour - event.starts_at.hour) == (20, 2)
    assert [speaker.name for speaker in event.speakers.all()] == ["Aigerim"]


def test_staff_screens_work_under_the_admin_policy(admin, live_server):
    url = live_server.url
    image = stored_image("Family visit")
    stored_document("Evaluation report")

    admin.goto(f"{url}/admin/pages/")
    practices = PracticePage.objects.filter(locale__language_code="en").first().get_parent()
    admin.goto(f"{url}/admin/pages/{practices.pk}/")
    admin.locator("input[data-bulk-action-checkbox]").first.check()
    admin.get_by_text("1 page selected").wait_for()

    admin.goto(f"{url}/admin/images/")
    admin.goto(f"{url}/admin/images/{image.pk}/")
    box = admin.locator(".focal-point-chooser .jcrop-holder").bounding_box()
    admin.mouse.move(box["x"] + 8, box["y"] + 8)
    admin.mouse.down()
    admin.mouse.move(box["x"] + 40, box["y"] + 30, steps=5)
    admin.mouse.up()
    with admin.expect_navigation():
        admin.get_by_role("button", name="Save").click()
    image.refresh_from_db()
    assert image.has_focal_point()
    admin.goto(f"{url}/admin/images/multiple/add/")
    admin.locator("#fileupload").set_input_files(
        files=[{"name": "returnees.png", "mimeType": "image/png", "buffer": png("olive")}]
    )
    admin.get_by_text("Upload successful").first.wait_for()

    admin.goto(f"{url}/admin/documents/")
    admin.goto(f"{url}/admin/documents/multiple/add/")
    admin.locator("#fileupload").set_input_files(
        files=[{"name": "plan.txt", "mimeType": "text/plain", "buffer": b"A reintegration plan."}]
    )
    admin.get_by_text("Upload successful").first.wait_for()

    # A task chooser in an inline panel form added now.
    admin.goto(f"{url}/admin/workflows/add/")
    task = add_inline_form(admin, "workflow_tasks")
    open_chooser(admin, f"id_{task}-task")
    admin.locator(".modal.fade.in").get_by_role("tab", name="Existing").click()
    choose_in_modal(admin, "Editor review")
    assert admin.locator(f"#id_{task}-task-title").inner_text() == "Editor review"

    # A date range filter, which refreshes the listing in place.
    admin.goto(f"{url}/admin/network/audit/")
    admin.get_by_role("button", name="Filter").click()
    admin.get_by_role("button", name="When").click()
    pick_a_day(admin, admin.get_by_placeholder("Date from").locator("visible=true"), 1)
    admin.wait_for_url("**created_at_from=*")
    admin.locator("[data-w-active-filter-id='id_created_at']").click()
    pick_a_day(admin, admin.get_by_placeholder("Date to").locator("visible=true"), 28)
    admin.wait_for_url("**created_at_to=*")

    # Initialisers that arrive later run as well, and only Wagtail's: another name runs nothing.
    console: list[str] = []
    admin.on("console", lambda message: console.append(message.text))
    admin.evaluate(ADD_LATE_INITIALISERS)
    assert pick_a_day(admin, "late-date", 12).endswith("-12")
    assert admin.evaluate("window.injected") is None
    assert "Not an admin initialiser, not run: eval" in console

    # Our own review screens (network/templates/network/admin/, practices/.../admin/), then
    # the listings, reports and settings.
    practice = PracticePage.objects.filter(locale__language_code="en").first()
    for path in (
        f"network/applications/inspect/{MembershipApplication.objects.first().pk}/",
        f"network/members/inspect/{MemberProfile.objects.first().pk}/",
        f"network/posts/inspect/{Post.objects.first().pk}/",
        f"practices/{practice.pk}/anonymity/",
        f"pages/{practice.pk}/history/",
        "pages/search/?q=reintegration",
        "snippets/",
        "snippets/practices/theme/",
        "snippets/practices/theme/add/",
        "network/applications/",
        "network/members/",
        "network/organisations/",
        "network/groups/",
        "network/posts/",
        "reports/site-history/",
        "reports/locked/",
        "reports/aging-pages/",
        "workflows/list/",
        "collections/",
        "sites/",
        "locales/",
        "redirects/",
        "users/",
        "users/add/",
        "groups/",
        "account/",
    ):
        admin.goto(f"{url}/admin/{path}")
        assert_every_initialiser_ran(admin)
