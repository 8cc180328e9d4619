import pytest

from exchange.home.demo_content import load_demo_content

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_reader_switches_the_home_page_to_arabic_and_it_reads_right_to_left(
    live_server, page, screenshot_dir
):
    load_demo_content(report=lambda line: None)

    page.goto(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("dir") == "ltr"

    page.get_by_role("navigation", name="Language").get_by_role("link", name="العربيّة").click()
    page.wait_for_url(f"{live_server.url}/ar/")

    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "تبادل الممارسات"
    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    assert brand["x"] > switcher["x"], (
        "in RTL the brand sits on the right, the switcher on the left"
    )
    page.screenshot(path=screenshot_dir / "home-ar.png", full_page=True)


def test_keyboard_user_can_skip_to_the_main_content(live_server, page):
    load_demo_content(report=lambda line: None)
    page.goto(f"{live_server.url}/en/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
