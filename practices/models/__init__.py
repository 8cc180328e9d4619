from .event import EventIndexPage, EventPage, EventSpeaker
from .practice import (
    MonitoringIndicator,
    PracticeAttachment,
    PracticeIndexPage,
    PracticePage,
)
from .resource import ResourceIndexPage, ResourcePage
from .submission import PracticeSubmission
from .taxonomy import ActorType, Country, Region, Stage, Standard, TargetGroup, Theme

__all__ = [
    "ActorType",
    "Country",
    "EventIndexPage",
    "EventPage",
    "EventSpeaker",
    "MonitoringIndicator",
    "PracticeAttachment",
    "PracticeIndexPage",
    "PracticePage",
    "PracticeSubmission",
    "Region",
    "ResourceIndexPage",
    "ResourcePage",
    "Stage",
    "Standard",
    "TargetGroup",
    "Theme",
]
