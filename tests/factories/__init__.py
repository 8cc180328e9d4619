from .pages import ContentPageFactory, HomePageFactory, translate_page
from .users import UserFactory

__all__ = ["ContentPageFactory", "HomePageFactory", "UserFactory", "translate_page"]
