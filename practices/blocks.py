"""Blocks specific to practice write-ups, added to the shared block set."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from exchange.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Activity"), max_length=200)
    description = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("What was done, how"))
    who = blocks.CharBlock(label=_("Who carried it out"), max_length=200, required=False)

    class Meta:
        icon = "list-ul"
        template = "practices/blocks/activity_block.html"


class ActivitiesBlock(BaseStreamBlock):
    activity = ActivityBlock()
