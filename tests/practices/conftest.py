import pytest

from tests.factories.practices import PracticeIndexPageFactory


@pytest.fixture
def practice_index(home_pages):
    return PracticeIndexPageFactory(parent=home_pages["en"], show_in_menus=True)
