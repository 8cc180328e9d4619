"""The copy of the practices, resources and events index pages in every language."""

from practices.demo.loader import IndexCopy
from practices.models import EventIndexPage, PracticeIndexPage, ResourceIndexPage

INDEXES = [
    (
        PracticeIndexPage,
        "practices",
        {
            "en": IndexCopy(
                "Practices",
                "<p>Vetted write-ups of how cities, prison and probation services and "
                "civil-society organisations rehabilitate and reintegrate people returning from "
                "conflict zones and manage violent-extremist prisoners: what they did, what it "
                "achieved, and what another place would need to do the same.</p>",
            ),
            "ar": IndexCopy(
                "الممارسات",
                "<p>تقارير معتمدة عن الكيفية التي تعيد بها المدن ودوائر السجون والمراقبة "
                "ومنظمات المجتمع المدني تأهيل العائدين من مناطق النزاع وإدماجهم، وتدير بها "
                "السجناء المتطرفين العنيفين: ماذا فعلت، وما الذي حققته، وما الذي يحتاج إليه "
                "مكان آخر ليفعل الشيء نفسه.</p>",
            ),
            "ru": IndexCopy(
                "Практики",
                "<p>Проверенные описания того, как города, пенитенциарные службы, службы "
                "пробации и организации гражданского общества реабилитируют и реинтегрируют "
                "людей, вернувшихся из зон конфликтов, и работают с заключёнными — воинствующими "
                "экстремистами: что было сделано, чего удалось добиться и что понадобится, "
                "чтобы повторить это в другом месте.</p>",
            ),
        },
    ),
    (
        ResourceIndexPage,
        "resources",
        {
            "en": IndexCopy(
                "Resources",
                "<p>Reports, guidance, tools and training material on rehabilitation and "
                "reintegration and on managing violent-extremist prisoners.</p>",
            ),
            "ar": IndexCopy(
                "الموارد",
                "<p>تقارير وإرشادات وأدوات ومواد تدريبية عن إعادة التأهيل وإعادة الإدماج وعن "
                "إدارة السجناء المتطرفين العنيفين.</p>",
            ),
            "ru": IndexCopy(
                "Материалы",
                "<p>Доклады, руководства, инструменты и учебные материалы о реабилитации и "
                "реинтеграции и о работе с заключёнными — воинствующими экстремистами.</p>",
            ),
        },
    ),
    (
        EventIndexPage,
        "events",
        {
            "en": IndexCopy(
                "Events",
                "<p>Webinars and meetings for practitioners, with key takeaways written up "
                "afterwards.</p>",
            ),
            "ar": IndexCopy(
                "الفعاليات",
                "<p>ندوات عبر الإنترنت ولقاءات للممارسين، تُكتب أبرز نتائجها بعد انعقادها.</p>",
            ),
            "ru": IndexCopy(
                "События",
                "<p>Вебинары и встречи для практиков; основные выводы публикуются после "
                "каждого события.</p>",
            ),
        },
    ),
]
