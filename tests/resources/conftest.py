import pytest

from tests.factories import translate_page
from tests.factories.resources import ResourceIndexPageFactory


@pytest.fixture
def library(home_pages):
    """The resources library in English, at /en/resources/."""
    return ResourceIndexPageFactory(parent=home_pages["en"])


@pytest.fixture
def russian_library(library):
    return translate_page(library, "ru", title="Библиотека")
