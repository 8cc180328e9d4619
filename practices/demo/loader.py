"""Demo practices, resources and events for the three sections of the site.

The write-ups draw only on two public sources: the Strong Cities Network webinar on the
rehabilitation and reintegration of family members of foreign terrorist fighters (2022), and
UNODC's achievements report on the Returning Foreign Terrorist Fighters Detention Programme in
Iraq, Kazakhstan, Kyrgyzstan and Tajikistan (2019–2023). Figures appear only where a source gives
them. No write-up names a returnee, a prisoner or a practitioner, and contacts are roles reached
through the member directory.

Every step looks up by slug under its parent before it creates, so loading twice changes nothing
and an editor's later changes to a demo page are kept.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from network.models import NetworkGroup, Organisation
from practices.choices import (
    EvaluationType,
    EventFormat,
    PracticeStatus,
    PreventionLevel,
    ResourceType,
    ReviewLabel,
    SectionAudience,
)
from practices.models import (
    ActorType,
    Country,
    EventIndexPage,
    EventPage,
    EventSpeaker,
    MonitoringIndicator,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    Stage,
    Standard,
    TargetGroup,
    Theme,
)
from practices.models.practice import SUMMARY_WORDS, count_words
from practices.taxonomy_seed import ensure_locales, seed_taxonomy

TRANSLATED = ("ar", "ru")
UNODC_REPORT = "UNODC achievements report 2019–2023"
SCN_WEBINAR = "Strong Cities Network webinar, 2022"


# --------------------------------------------------------------------------------------------
# Index pages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexCopy:
    title: str
    intro: str


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


def ensure_translation(page: Page, locale: Locale, prepare) -> tuple[Page, bool]:
    """The published translation of ``page`` into ``locale``; ``prepare(translation)`` sets its
    content before it is checked and published. Returns (translation, created)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    prepare(translation)
    translation.full_clean()
    translation.save_revision().publish()
    return translation, True


def publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.full_clean()
    page.save_revision().publish()
    return page


def existing_child(parent: Page, slug: str):
    child = parent.get_children().filter(slug=slug).first()
    return child.specific if child is not None else None


def ensure_indexes(home: Page, locales: dict[str, Locale]) -> dict[str, dict[str, Page]]:
    """The practices, resources and events index pages in every language, keyed by slug."""
    indexes = {}
    for model, slug, copies in INDEXES:
        page = existing_child(home, slug) or publish_child(
            home,
            model(
                title=copies["en"].title, slug=slug, intro=copies["en"].intro, show_in_menus=True
            ),
        )
        pages = {"en": page}
        for code in TRANSLATED:
            copy = copies[code]

            def prepare(translation, copy=copy):
                translation.title = copy.title
                translation.intro = copy.intro
                translation.show_in_menus = True

            pages[code], _created = ensure_translation(page, locales[code], prepare)
        indexes[slug] = pages
    return indexes


# --------------------------------------------------------------------------------------------
# Practices
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Activity:
    title: str
    description: str
    who: str = ""


@dataclass(frozen=True)
class Indicator:
    indicator: str
    result: str
    source: str
    baseline: str = ""
    target: str = ""


@dataclass(frozen=True)
class PracticeText:
    """Everything in a practice that is written in one language."""

    title: str
    summary: str
    starting_situation: str
    goals: str
    theory_of_change: str
    activities: list[Activity]
    partners: str
    funding: str
    results: str
    successes: str
    failures: str
    dos_and_donts: str
    sustainability: str
    transferability: str
    contacts: str
    indicators: list[Indicator]
    city: str = ""
    reach_note: str = ""
    adaptation_notes: str = ""

    RICH_TEXT = (
        "starting_situation",
        "goals",
        "theory_of_change",
        "partners",
        "funding",
        "results",
        "successes",
        "failures",
        "dos_and_donts",
        "sustainability",
        "transferability",
        "contacts",
    )


@dataclass
class Practice:
    """The language-independent key facts of a practice, and its text per language."""

    slug: str
    country: str
    texts: dict[str, PracticeText]
    status: str = PracticeStatus.ONGOING
    start_date: date | None = None
    became_regular_service: bool = False
    organisation: str = ""
    organisation_withheld: bool = False
    prevention_level: str = PreventionLevel.TERTIARY
    reach: int | None = None
    actor_types: tuple = ()
    stages: tuple = ()
    themes: tuple = ()
    target_groups: tuple = ()
    standards: tuple = ()
    evaluation_type: str = EvaluationType.INTERNAL_MONITORING
    review_label: str = ReviewLabel.EDITOR_REVIEWED
    reviewed_days_ago: int = 60
    group_sections: tuple = ()
    groups: tuple = ()
    adapted_from: str = ""


def _activities(activities: list[Activity]) -> list[dict]:
    return [
        {
            "type": "activity",
            "value": {"title": item.title, "description": item.description, "who": item.who},
        }
        for item in activities
    ]


def _indicator_rows(indicators: list[Indicator]) -> list[MonitoringIndicator]:
    return [
        MonitoringIndicator(
            indicator=row.indicator,
            baseline=row.baseline,
            target=row.target,
            result=row.result,
            source=row.source,
            sort_order=order,
        )
        for order, row in enumerate(indicators)
    ]


def apply_text(page: PracticePage, text: PracticeText) -> None:
    words = count_words(text.summary)
    if not SUMMARY_WORDS[0] <= words <= SUMMARY_WORDS[1]:
        raise ValueError(f"The summary of {text.title!r} has {words} words.")
    page.title = text.title
    page.summary = text.summary
    page.city = text.city
    page.reach_note = text.reach_note
    page.adaptation_notes = text.adaptation_notes
    for name in PracticeText.RICH_TEXT:
        setattr(page, name, getattr(text, name))
    page.activities = _activities(text.activities)
    page.indicators = _indicator_rows(text.indicators)


def _terms(model, slugs, locale: Locale) -> list:
    """Terms by slug in ``locale``, falling back to English where a translation is missing."""
    found = {term.slug: term for term in model.objects.filter(slug__in=slugs, locale=locale)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        for term in model.objects.filter(slug__in=missing, locale__language_code="en"):
            found[term.slug] = term
    return [found[slug] for slug in slugs if slug in found]


def apply_terms(page: PracticePage, spec: Practice, locale: Locale) -> None:
    page.country = _terms(Country, [spec.country], locale)[0]
    page.actor_types = _terms(ActorType, spec.actor_types, locale)
    page.stages = _terms(Stage, spec.stages, locale)
    page.themes = _terms(Theme, spec.themes, locale)
    page.target_groups = _terms(TargetGroup, spec.target_groups, locale)
    page.standards = _terms(Standard, spec.standards, locale)


def apply_audiences(page: PracticePage, spec: Practice) -> None:
    for key in spec.group_sections:
        setattr(page, f"{key}_audience", SectionAudience.GROUPS)
    page.audience_groups = list(NetworkGroup.objects.filter(slug__in=spec.groups))


def new_practice(spec: Practice, adapted_from: PracticePage | None) -> PracticePage:
    english = spec.texts["en"]
    organisation = (
        Organisation.objects.filter(slug=spec.organisation).first() if spec.organisation else None
    )
    page = PracticePage(
        slug=spec.slug,
        organisation=organisation,
        organisation_withheld=spec.organisation_withheld,
        start_date=spec.start_date,
        became_regular_service=spec.became_regular_service,
        status=spec.status,
        prevention_level=spec.prevention_level,
        reach=spec.reach,
        evaluation_type=spec.evaluation_type,
        review_label=spec.review_label,
        last_reviewed=timezone.localdate() - timedelta(days=spec.reviewed_days_ago),
        adapted_from=adapted_from,
    )
    apply_text(page, english)
    apply_terms(page, spec, Locale.objects.get(language_code="en"))
    apply_audiences(page, spec)
    return page


def ensure_practice(
    spec: Practice, indexes: dict[str, Page], locales: dict[str, Locale], pages: dict
) -> tuple[PracticePage, bool, int]:
    """The English practice and its translations; returns (page, created, translations made)."""
    index = indexes["en"]
    page = existing_child(index, spec.slug)
    created = page is None
    if created:
        page = publish_child(index, new_practice(spec, pages.get(spec.adapted_from)))
    translations = 0
    for code in TRANSLATED:
        text = spec.texts.get(code)
        if text is None:
            continue

        def prepare(translation, text=text, locale=locales[code]):
            apply_text(translation, text)
            apply_terms(translation, spec, locale)
            apply_audiences(translation, spec)
            source = translation.adapted_from
            if source is not None:
                translation.adapted_from = source.get_translation_or_none(locale) or source

        _translation, made = ensure_translation(page, locales[code], prepare)
        translations += made
    return page, created, translations


def load_practices(indexes, locales) -> tuple[int, int, list[str]]:
    pages = {}
    created = 0
    translated = []
    for spec in PRACTICES:
        page, made, _translations = ensure_practice(spec, indexes["practices"], locales, pages)
        pages[spec.slug] = page
        created += made
        if all(code in spec.texts for code in TRANSLATED):
            translated.append(spec.slug)
    return len(pages), created, translated


# --------------------------------------------------------------------------------------------
# Practice write-ups
# --------------------------------------------------------------------------------------------

AKTAU_EN = PracticeText(
    title="City-led reintegration of returning women and children in Kazakhstan",
    city="Aktau",
    summary=(
        "Kazakhstan committed to bring home all of its citizens from Syria and Iraq, including "
        "family members of foreign terrorist fighters. Women and children first stayed at a "
        "rehabilitation centre in Aktau that brought together practitioners from cities across "
        "the country. When families moved to their home cities, local services continued the "
        "care: school enrolment, family reunification, psychosocial support, training and jobs. "
        "Protecting the anonymity of every woman and child is a core principle. Practitioners "
        "report that most returned women found work or started a business, and that returnees' "
        "trauma symptoms decreased."
    ),
    starting_situation=(
        "<p>Kazakhstan has repatriated around 700 of its citizens since 2019 and was unique in "
        "committing to bring back all of them, including foreign terrorist fighters and their "
        "family members. Between 2019 and 2021 alone, humanitarian operations returned 654 "
        "people: 37 men, 164 women and 453 children.</p>"
        "<p>At first the central government held responsibility for rehabilitation and "
        "reintegration. Over time much of it moved to regional and local institutions and "
        "actors: the services closest to what returning families need every day.</p>"
    ),
    goals=(
        "<ul><li>Women and children live safely in their communities and feel part of them.</li>"
        "<li>Care continues without a gap when a family moves from the rehabilitation centre to "
        "its home city.</li>"
        "<li>The anonymity of every woman and child is protected, so that they are not "
        "stigmatised.</li>"
        "<li>Support answers each person's needs, not ideology alone.</li></ul>"
    ),
    theory_of_change=(
        "<p>Cities and other local actors are the closest providers of the social services that "
        "returnees need. Support that is person-centred, locally driven, multi-actor and "
        "whole-of-society strengthens social networks, family relationships, financial "
        "stability, mental health and job prospects, and through them self-esteem and a sense "
        "of belonging.</p>"
        "<p>Practitioners frame symptoms of post-traumatic stress, anxiety, apathy and "
        "depression as normal reactions to the violence people lived through, in their families "
        "and in extremist networks. For women and children, understanding the gendered domestic "
        "violence many experienced even before they left helps them build coping mechanisms "
        "that last.</p>"
    ),
    activities=[
        Activity(
            "First stay at the Aktau rehabilitation centre",
            "<p>Returning women and children first stayed at a rehabilitation centre in Aktau. "
            "The centre brought together practitioners from cities across Kazakhstan, who later "
            "carried the work on in their own cities.</p>",
            "Centre staff and practitioners from the receiving cities",
        ),
        Activity(
            "Hand-over to the home city",
            "<p>When a family returned to its city, local services took over, so that care and "
            "support continued without a break.</p>",
            "Municipal social services",
        ),
        Activity(
            "School enrolment and family reunification",
            "<p>City services enrolled children in school and supported reunification with "
            "relatives.</p>",
            "Education departments and social workers",
        ),
        Activity(
            "Trauma-informed psychosocial support",
            "<p>Psychologists and health services provide trauma-informed mental health care and "
            "wider psychosocial support to women and children, taking account of the gendered "
            "domestic violence many experienced before they left.</p>",
            "Psychologists and health services",
        ),
        Activity(
            "Training and work for women",
            "<p>Women are offered training and job opportunities; many have found work or set "
            "up their own businesses.</p>",
            "Employment services and civil-society organisations",
        ),
        Activity(
            "Belonging and civic participation",
            "<p>Community-level work builds a sense of belonging, which matters most for people "
            "who were shunned for a long time. Some women volunteer in charity campaigns, "
            "orphanages and food distribution centres. Religious institutions help build trust "
            "and social ties with the wider community.</p>",
            "Civil-society organisations, religious institutions and local police",
        ),
    ],
    partners=(
        "<p>Municipalities and their social services, school teachers, psychologists, health "
        "services, civil-society organisations, religious institutions and local police, with "
        "the rehabilitation centre in Aktau.</p>"
    ),
    funding=(
        "<p>Delivered through existing national and municipal services and civil-society "
        "organisations. The sources give no budget figures.</p>"
    ),
    results=(
        "<p>Practitioners report that most of the returned women have found work or set up "
        "their own businesses, and some have told international audiences about what led them "
        "to travel to Syria. Returnees in Kazakhstan reported that their symptoms of trauma, "
        "depression and post-traumatic stress decreased as a result of the programmes they took "
        "part in.</p>"
    ),
    successes=(
        "<p>Moving responsibility from national to local actors produced more effective and "
        "sustainable results for returning families. Because the Aktau centre had already "
        "brought practitioners from many cities together, the infrastructure for the shift was "
        "in place.</p>"
    ),
    failures=(
        "<p>The COVID-19 pandemic, and the anti-returnee sentiment and Islamophobia that rose "
        "after the political crisis of January 2022, showed how fragile returnees' social "
        "well-being remains. A strong focus on religious ideology may not transfer to other "
        "contexts, and looking at ideology alone can miss the more complex and varied factors "
        "that led people to join extremist groups. Exchanges between local practitioners happen "
        "largely ad hoc: there are no national, regional or international structures for "
        "them.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do protect the anonymity of resettled women and children in every document, "
        "meeting and publication.</li>"
        "<li>Do plan for the whole journey: repatriation, resettlement, rehabilitation, "
        "reintegration and resilience each need their own practice.</li>"
        "<li>Do treat trauma symptoms as normal reactions to violence.</li>"
        "<li>Do give returnees a role in their own reintegration.</li>"
        "<li>Don't assume that religious counselling alone addresses why a person joined an "
        "extremist group.</li></ul>"
    ),
    sustainability=(
        "<p>Care is built into services that municipalities already run, so it does not end "
        "with a project. Long-term stability still needs work, above all against stigma, and "
        "monitoring, evaluation and learning mechanisms with outcome indicators are needed so "
        "that what works can be adopted and replicated.</p>"
    ),
    transferability=(
        "<p>Another city would need a mandate and resources to lead rehabilitation and "
        "reintegration locally; a way to prepare its practitioners before families arrive; "
        "school, health, psychosocial and employment services that coordinate case by case; and "
        "strict rules on anonymity. The religious dimension of the Kazakh approach should be "
        "adapted to the local context rather than copied.</p>"
    ),
    contacts=(
        "<p>Contact the practice coordinator at the owning organisation through the member "
        "directory. No details about individual women or children are shared.</p>"
    ),
    indicators=[
        Indicator(
            "Returned women in work or running their own business",
            "Most of the returned women, as reported by practitioners",
            SCN_WEBINAR,
        ),
        Indicator(
            "Returnees' self-reported symptoms of trauma, depression and post-traumatic stress",
            "Returnees reported a decrease",
            SCN_WEBINAR,
        ),
        Indicator(
            "Care continues when a family moves from the centre to its home city",
            "In place: practitioners from the receiving cities take over",
            SCN_WEBINAR,
        ),
    ],
)

KYRGYZ_RNA_EN = PracticeText(
    title="Risk and needs assessment tools piloted in prisons in Kyrgyzstan",
    summary=(
        "Kyrgyzstan's prison service faced voluntary returnees from conflict zones alongside "
        "existing violent-extremist and terrorist prisoners. In October 2021 an expert working "
        "group, joined by prison staff from Bangladesh, Indonesia and Germany, helped develop "
        "new risk and needs assessment tools. Instead of psychometric tests, the tools examine "
        "each prisoner's level of radicalisation, the internal and external factors behind it, "
        "and what disengagement and reintegration work should address. They are being piloted "
        "in five prisons; the service adopted them because they are easy to use and is "
        "exploring digitisation."
    ),
    starting_situation=(
        "<p>Kyrgyzstan did not repatriate adults from conflict zones during the project, but "
        "people who returned on their own, together with the violent-extremist and terrorist "
        "prisoners already in custody, challenged the prison service. The country has 7,569 "
        "prisoners, 352 of them women, in 28 prisons, including 200 violent-extremist prisoners "
        "and about 38 detained foreign terrorist fighters.</p>"
        "<p>Across the region, prison services lacked a systematic way to compare the risks "
        "and needs of returning foreign terrorist fighter prisoners and plan their sentences "
        "accordingly.</p>"
    ),
    goals=(
        "<ul><li>Give the prison service tools to assess the risks and needs of terrorist and "
        "returning foreign terrorist fighter prisoners.</li>"
        "<li>Classify prisoners by the threat they pose, so that risks are identified and "
        "reduced in time.</li>"
        "<li>Inform individual sentence plans and disengagement and reintegration work.</li>"
        "</ul>"
    ),
    theory_of_change=(
        "<p>Prisons work efficiently when they assess each prisoner's risks and needs and "
        "respond with tailored initiatives and individual sentence plans: resources go further, "
        "risks fall and good outcomes become more likely. Psychometric instruments are not "
        "suited to classifying prisoners, and treating every terrorist or extremist offender as "
        "mentally ill understates the problem. A structured professional judgement tool that "
        "asks why a person followed a violent ideology gives staff something they can act "
        "on.</p>"
    ),
    activities=[
        Activity(
            "Expert working group",
            "<p>In October 2021 a working group of international experts, including a "
            "psychologist known for research on terrorism, worked with the prison service on the "
            "tools. Prison staff from Bangladesh, Indonesia and Germany contributed their "
            "experience.</p>",
            "Prison service, international experts and UNODC",
        ),
        Activity(
            "Structured professional judgement tools",
            "<p>The tools assess a prisoner's level of radicalisation and the internal and "
            "external factors that led them to a violent ideology, and point to the factors "
            "that disengagement and reintegration activities should take into account.</p>",
            "Assessment staff of the prison service",
        ),
        Activity(
            "Pilot in five prisons",
            "<p>The tools are being piloted in five prisons. The service continued its own "
            "piloting after the project ended and is exploring digitising the tools.</p>",
            "Prison service",
        ),
        Activity(
            "Staff training",
            "<p>More than 100 prison staff were trained. Training in human-rights-compliant "
            "interviewing used methods new to the service, such as role play, and its leadership "
            "asked for more.</p>",
            "Prison service training staff with international trainers",
        ),
    ],
    partners=(
        "<p>The State Prison Service of Kyrgyzstan with UNODC. The expert group drew on prison "
        "staff from Bangladesh, Indonesia and Germany. The service also exchanged experience "
        "with Germany, Spain, Bangladesh, the Philippines, Indonesia and Australia, and "
        "trainers came from the United States, Germany, Canada and Malta.</p>"
    ),
    funding=(
        "<p>Part of UNODC's Returning Foreign Terrorist Fighters Detention Programme "
        "(2019–2023), funded by the Bureau of Counterterrorism of the US Department of "
        "State.</p>"
    ),
    results=(
        "<p>The prison service is better able to assess the risks and needs of terrorist and "
        "returning foreign terrorist fighter prisoners. It found the tools very useful, adopted "
        "them comprehensively because they are easy to use, and kept piloting them after the "
        "project ended. The pilot prisons are safer: officers manage returning fighters more "
        "effectively and detect early signs of radicalisation to violence among the general "
        "prison population.</p>"
    ),
    successes=(
        "<p>National ownership: the service took the tools on as its own and continued without "
        "outside support.</p>"
    ),
    failures=(
        "<p>Limited access to relevant data and evidence, and few tools tailored to age and "
        "gender, were challenges throughout the programme. Results of the pilot have not been "
        "published yet.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do build on international standards and general evidence-based practice: the "
        "work then benefits all prisoners.</li>"
        "<li>Do look at what led a person to violence, not only at how radicalised they "
        "are.</li>"
        "<li>Don't classify prisoners with psychometric tests.</li>"
        "<li>Don't treat all terrorist and extremist offenders as mentally ill.</li></ul>"
    ),
    sustainability=(
        "<p>The service pilots the tools on its own and is exploring digitisation. Its "
        "priorities for 2024 include institutionalising training on managing high-risk "
        "prisoners and on dynamic security, and a systematic way to review dynamic security "
        "protocols.</p>"
    ),
    transferability=(
        "<p>Another prison service would need trained assessors, time to pilot in a few prisons "
        "before scaling up, and sentence planning that actually uses the results.</p>"
    ),
    contacts=(
        "<p>Contact the assessment lead of the prison service through the member directory.</p>"
    ),
    indicators=[
        Indicator("Prisons piloting the new tools", "5", UNODC_REPORT),
        Indicator(
            "Adoption by the prison service",
            "Adopted comprehensively; piloting continues after the project",
            UNODC_REPORT,
        ),
        Indicator("Prison staff trained in Kyrgyzstan", "More than 100", UNODC_REPORT),
    ],
)

TAJIK_INTELLIGENCE_EN = PracticeText(
    title="Prison intelligence and information sharing in Tajikistan",
    summary=(
        "Tajikistan holds the largest number of prisoners convicted of terrorist and extremist "
        "crimes in Central Asia: about a fifth of its prison population, including roughly 281 "
        "returning foreign terrorist fighters. The prison service strengthened its capacity to "
        "gather prison intelligence and share information with other services, alongside "
        "security audits, new surveillance systems, risk and needs assessment and dynamic "
        "security training. Threats are now identified earlier across all categories of "
        "prisoners. Next come pilot protocols for sharing and analysing intelligence and "
        "dedicated intelligence units in prisons."
    ),
    starting_situation=(
        "<p>Tajikistan has 12,491 prisoners, 362 of them women, in 19 prisons, including 2,133 "
        "violent-extremist prisoners and about 281 detained foreign terrorist fighters. This "
        "disproportionate number is a serious obstacle to effective prison management: it "
        "brings safety and security risks and a very high risk of radicalisation to violence "
        "inside prisons.</p>"
    ),
    goals=(
        "<ul><li>Improve safety and security in prisons.</li>"
        "<li>Identify threats early, inside prisons and in the wider community.</li>"
        "<li>Reduce the risk of radicalisation to violence.</li></ul>"
    ),
    theory_of_change=(
        "<p>A safe and humane prison is the foundation for every other initiative. Physical "
        "security is not enough: procedural and dynamic security, in which staff build open and "
        "professional relationships with prisoners, combined with gathering, analysing and "
        "sharing information, lets a prison service see threats before they materialise and "
        "helps prevent terrorist activity inside prisons and beyond their walls.</p>"
    ),
    activities=[
        Activity(
            "Security audits",
            "<p>Audits at prisons in Dushanbe and Vahdat identified security weaknesses and "
            "recommended improvements.</p>",
            "Prison service with UNODC experts",
        ),
        Activity(
            "Surveillance and central monitoring",
            "<p>New surveillance systems and central monitoring stations were set up in the "
            "pilot prisons.</p>",
            "Prison service",
        ),
        Activity(
            "Gathering and sharing prison intelligence",
            "<p>The service's capacity to gather intelligence in prisons and to exchange "
            "information with other services was strengthened.</p>",
            "Prison security staff",
        ),
        Activity(
            "Motivational and human-rights-compliant interviewing",
            "<p>In July 2023 an international expert trained prison staff in motivational "
            "interviewing and wider human-rights-compliant interviewing techniques, to help them "
            "recognise and interpret signs of radicalisation and violence and judge when to "
            "intervene.</p>",
            "Prison staff with an international trainer",
        ),
    ],
    partners=(
        "<p>The Prison Service of the Ministry of Justice of Tajikistan with UNODC. Trainers came "
        "from Germany, Bulgaria, the Czech Republic, Portugal and Croatia.</p>"
    ),
    funding=(
        "<p>Part of UNODC's Returning Foreign Terrorist Fighters Detention Programme "
        "(2019–2023), funded by the Bureau of Counterterrorism of the US Department of "
        "State.</p>"
    ),
    results=(
        "<p>Better prison intelligence and information sharing improved the early "
        "identification and management of threats across all categories of prisoners. The "
        "service is better able to classify returning foreign terrorist fighter prisoners, "
        "manage risk and draw up individual sentence plans, which the report links to a much "
        "lower risk of radicalisation and violence in prisons.</p>"
    ),
    successes=(
        "<p>Intelligence work was combined with dynamic security and risk and needs assessment "
        "rather than treated as surveillance alone.</p>"
    ),
    failures=(
        "<p>Security and political sensitivities around violent extremism in prisons, "
        "overcrowding and limited direct access to returning foreign terrorist fighter "
        "prisoners constrained the work. Intelligence-sharing protocols and dedicated units are "
        "still to come.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do pair intelligence gathering with dynamic security and "
        "human-rights-compliant interviewing.</li>"
        "<li>Do share information with other services through agreed protocols.</li>"
        "<li>Don't rely on physical security measures alone.</li></ul>"
    ),
    sustainability=(
        "<p>Priorities for 2024 and beyond: pilot protocols for sharing and analysing "
        "intelligence to identify risks of radicalisation to violence; set up intelligence "
        "units in prisons; develop and institutionalise a standard training programme for "
        "prison and probation staff on managing high-risk offenders; and enable local trainers "
        "to deliver it.</p>"
    ),
    transferability=(
        "<p>Another service would need a legal basis for sharing information between agencies, "
        "staff trained in both intelligence work and dynamic security, and oversight that keeps "
        "the work within international standards such as the Nelson Mandela Rules.</p>"
    ),
    contacts=(
        "<p>Contact the prison service's security focal point through the member directory.</p>"
    ),
    indicators=[
        Indicator(
            "Prisons audited for security",
            "Dushanbe and Vahdat; weaknesses identified, improvements recommended",
            UNODC_REPORT,
        ),
        Indicator(
            "Pilot prisons with new surveillance and central monitoring",
            "Installed (number not published)",
            UNODC_REPORT,
        ),
        Indicator(
            "Prison intelligence units",
            "Planned",
            UNODC_REPORT,
            baseline="None",
            target="Units set up in prisons",
        ),
    ],
)

ERBIL_EN = PracticeText(
    title="A civil-society network for prisons and a training centre at the women's reform "
    "prison in Erbil",
    city="Erbil",
    summary=(
        "Civil-society organisations bring education, training, legal aid and health services "
        "into Iraqi prisons, filling gaps left by limited human and financial resources. The "
        "programme raised awareness of their work, encouraged the authorities to partner with "
        "them and set up a network through which the organisations coordinate with each other. "
        "In the Kurdistan Region, a renovated building at the women's reform prison in Erbil "
        "became a specialised training centre where staff are trained and rehabilitation "
        "programmes run for prisoners. Cooperation between authorities and civil society has "
        "improved."
    ),
    starting_situation=(
        "<p>Since 2017, detention centres and prisons in Iraq have seen a sharp rise in the "
        "number of detainees accused of terrorist offences, following the territorial collapse "
        "of ISIL. Iraq has 59,103 prisoners. Prison conditions still have gaps, especially for "
        "women, and the prison system lacks the people and money to provide every service "
        "prisoners need.</p>"
    ),
    goals=(
        "<ul><li>Strengthen the role of civil-society organisations in rehabilitation and "
        "support after release.</li>"
        "<li>Improve coordination between government authorities and civil society, and among "
        "the organisations themselves.</li>"
        "<li>Give the reform service a place to train its staff and run rehabilitation "
        "programmes.</li></ul>"
    ),
    theory_of_change=(
        "<p>Civil-society organisations improve access to education and training, provide legal "
        "aid and improve health services in prisons. When the authorities know their work and "
        "coordinate with them, and when the organisations coordinate among themselves, "
        "prisoners have better chances of reintegrating and the authorities are supported in "
        "reducing terrorist threats in prisons.</p>"
    ),
    activities=[
        Activity(
            "Awareness of what civil society offers",
            "<p>The programme raised awareness among the authorities and other stakeholders of "
            "the work of national and international civil-society organisations in prisons.</p>",
            "UNODC with national counterparts",
        ),
        Activity(
            "Workshops between authorities and organisations",
            "<p>Workshops and meetings brought government institutions and civil-society "
            "organisations together with international experts and practitioners.</p>",
            "Government institutions, civil-society organisations and UNODC",
        ),
        Activity(
            "A civil-society network",
            "<p>A network of civil-society organisations was set up to ensure coordination and "
            "cooperation among them.</p>",
            "Civil-society organisations",
        ),
        Activity(
            "Training centre at the women's reform prison in Erbil",
            "<p>A building at the women's reform prison in Erbil was renovated and is now a "
            "specialised training centre, where the reform service trains staff and runs "
            "rehabilitation programmes for prisoners.</p>",
            "Reform service of the Kurdistan Region",
        ),
        Activity(
            "Equipment and specialised training",
            "<p>Prison authorities received basic office furniture and technology equipment. "
            "Staff received dynamic security training, and across Iraq 115 prison staff, 17 per "
            "cent of them women, were trained in risk and needs assessment tools.</p>",
            "Prison authorities with international trainers",
        ),
    ],
    partners=(
        "<p>The reform service of the Kurdistan Region and the Iraqi reform service of the "
        "Ministry of Justice; national and international civil-society organisations, among "
        "them organisations working with women; UNODC. Training involved international experts "
        "from Bulgaria, Sweden, Germany, Norway and Portugal.</p>"
    ),
    funding=(
        "<p>Part of UNODC's Returning Foreign Terrorist Fighters Detention Programme "
        "(2019–2023), funded by the Bureau of Counterterrorism of the US Department of "
        "State.</p>"
    ),
    results=(
        "<p>The reform service can now train staff and run rehabilitation programmes in the "
        "renovated centre. Cooperation between national counterparts and civil-society "
        "organisations improved, which in the end created better opportunities for people to "
        "reintegrate into society. Staff have access to current information on good practice "
        "and specialised training, which strengthens prison security and the prospects of "
        "rehabilitation and reintegration.</p>"
    ),
    successes=(
        "<p>Authorities and organisations met in the same room, and the network lets "
        "organisations coordinate rather than work in parallel.</p>"
    ),
    failures=(
        "<p>Complex governance processes made implementation harder, and prison conditions, "
        "particularly for women, still have gaps.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do involve civil society from the start: it helps a programme reflect the "
        "needs and priorities of the communities it serves and strengthens transparency and "
        "accountability.</li>"
        "<li>Do give training a permanent home inside the prison system.</li>"
        "<li>Don't overlook women's prisons, where the gaps are greatest.</li></ul>"
    ),
    sustainability=(
        "<p>The training centre is part of the reform service's own estate. Priorities for 2024 "
        "and beyond include stronger prison intelligence and inter-agency cooperation, readiness "
        "for cross-border transfers of prisoners, a central government-run intake that includes "
        "classification, and mapping detention facilities to understand capacity and tackle "
        "overcrowding.</p>"
    ),
    transferability=(
        "<p>Another prison system would need an overview of the organisations already working "
        "in its prisons, an authority willing to convene them, and a space that can host both "
        "staff training and programmes for prisoners.</p>"
    ),
    contacts="<p>Contact the network coordinator through the member directory.</p>",
    indicators=[
        Indicator(
            "Training centre at the women's reform prison in Erbil",
            "Renovated and in use for staff training and rehabilitation programmes",
            UNODC_REPORT,
        ),
        Indicator("Network of civil-society organisations", "Set up", UNODC_REPORT),
        Indicator(
            "Prison staff trained in risk and needs assessment in Iraq",
            "115 (17% women)",
            UNODC_REPORT,
        ),
    ],
)

MANDELA_ELEARNING_EN = PracticeText(
    title="Nelson Mandela Rules e-learning for prison and probation staff in Kazakhstan",
    city="Kostanay",
    reach_note="prison and probation staff who completed the e-learning course",
    summary=(
        "Kazakhstan's prison service adopted the UN Standard Minimum Rules for the Treatment of "
        "Prisoners, the Nelson Mandela Rules, and is putting them into practice. UNODC's "
        "e-learning course on the Rules became part of the training curriculum for prison "
        "staff, in Kazakh and Russian, and 5,593 prison and probation staff have completed it. "
        "A new research and training centre on implementing the Rules opened at the Kostanay "
        "academy, and wider training reached 535 prison and law-enforcement staff, 30 per cent "
        "of them women."
    ),
    starting_situation=(
        "<p>Kazakhstan played a leading role in repatriating foreign terrorist fighters and "
        "their families. Its 80 prisons and pre-trial centres hold 35,228 prisoners, 7,140 of "
        "them in pre-trial detention, including 2,457 women, 673 violent-extremist prisoners "
        "and about 50 detained foreign terrorist fighters. The prison system needed "
        "international expertise and methodological support to manage returning fighters "
        "safely and humanely.</p>"
    ),
    goals=(
        "<ul><li>Make the Nelson Mandela Rules part of every officer's training.</li>"
        "<li>Ensure safe, secure and humane custody of high-risk prisoners.</li>"
        "<li>Build a pool of national trainers so that in-service training continues.</li></ul>"
    ),
    theory_of_change=(
        "<p>Good prison management that respects the human rights of every prisoner is the "
        "basis for managing returning fighters and preventing radicalisation in prisons. When "
        "they are followed, the Nelson Mandela Rules are a strong barrier to violent extremism "
        "taking root in prisons and a solid base for other initiatives.</p>"
    ),
    activities=[
        Activity(
            "E-learning course in the national curriculum",
            "<p>UNODC's e-learning course on the Nelson Mandela Rules was introduced into the "
            "training curriculum for prison staff in Kazakh and Russian.</p>",
            "Prison service training department",
        ),
        Activity(
            "Research and training centre on the Rules",
            "<p>A new centre for research and training on implementing the Rules was set up at "
            "the Kostanay academy.</p>",
            "Kostanay training academy",
        ),
        Activity(
            "National trainers",
            "<p>The academy has resources tailored to managing returning fighter prisoners and "
            "trains national trainers, so that all staff concerned keep developing in "
            "service.</p>",
            "Kostanay training academy",
        ),
        Activity(
            "Interviewing and joint training with law enforcement",
            "<p>Staff were trained in motivational and human-rights-compliant interviewing. A "
            "new module on cooperation between the prison service and law enforcement is now "
            "part of the senior law-enforcement management curriculum.</p>",
            "Prison and law-enforcement trainers",
        ),
    ],
    partners=(
        "<p>The Prison Committee and the Kostanay academy with UNODC. International trainers "
        "came from Belgium, Bulgaria, Canada, Germany and Slovenia.</p>"
    ),
    funding=(
        "<p>Part of UNODC's Returning Foreign Terrorist Fighters Detention Programme "
        "(2019–2023), funded by the Bureau of Counterterrorism of the US Department of State. "
        "The e-learning course is provided by UNODC.</p>"
    ),
    results=(
        "<p>5,593 prison and probation staff have completed the course, and 535 prison and "
        "law-enforcement staff (30 per cent women) took part in wider training on managing "
        "returning fighter prisoners. Staff are better able to ensure dynamic security, and the "
        "academy is equipped to train staff who manage returning fighters.</p>"
    ),
    successes=(
        "<p>E-learning in the national languages reached thousands of staff, and the Rules now "
        "have a permanent home at the academy.</p>"
    ),
    failures=(
        "<p>COVID-19 affected prison management during the programme. Completion figures do not "
        "show what changes in daily practice; strong monitoring and evaluation of training is "
        "still a priority.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do offer the course in the national languages and make it part of the regular "
        "curriculum.</li>"
        "<li>Do train national trainers, not only staff.</li>"
        "<li>Don't stop at completion figures: evaluate what changes in practice.</li></ul>"
    ),
    sustainability=(
        "<p>The course is part of the regular curriculum and national trainers deliver in-service "
        "training. Priorities include a regional learning centre supported by the academy, a "
        "dedicated dynamic security training centre, partnerships with regional and "
        "international partners, and robust monitoring and evaluation of training.</p>"
    ),
    transferability=(
        "<p>Any prison service can take the course on. It needs a training institution to host "
        "it, translation into the national languages and time in staff schedules.</p>"
    ),
    contacts="<p>Contact the academy's training coordinator through the member directory.</p>",
    indicators=[
        Indicator(
            "Prison and probation staff who completed the e-learning course",
            "5,593",
            UNODC_REPORT,
        ),
        Indicator(
            "Prison and law-enforcement staff trained on managing returning fighters",
            "535 (30% women)",
            UNODC_REPORT,
        ),
        Indicator(
            "Course part of the staff training curriculum",
            "Yes, in Kazakh and Russian",
            UNODC_REPORT,
        ),
    ],
)

DISENGAGEMENT_EN = PracticeText(
    title="Disengagement and paid work for violent-extremist prisoners in Kazakhstan",
    summary=(
        "In Kazakhstan's prisons, violent-extremist prisoners take part in disengagement work "
        "that can combine psychological counselling, cognitive-behavioural programmes, social "
        "work, religious discussion and dialogue, creative and physical therapies and family "
        "activities. Paid work in prison is part of it: a wage lets a prisoner support himself "
        "and help his family, and being employable matters for reintegration after release. A "
        "risk and needs assessment tool developed with the Prison Committee, and expert support "
        "on the religious aspects of radicalisation, help tailor the work to each person."
    ),
    starting_situation=(
        "<p>Kazakhstan holds 673 violent-extremist prisoners, and most of the men and women it "
        "repatriated were prosecuted and are serving prison sentences. Poor conditions and a "
        "lack of prospects can leave prisoners frustrated and hopeless, which opens dangerous "
        "doors to radicalisation.</p>"
    ),
    goals=(
        "<ul><li>Help prisoners disengage from violent extremism.</li>"
        "<li>Prepare them to work and support their families after release.</li>"
        "<li>Tailor interventions to each person's risks and needs.</li></ul>"
    ),
    theory_of_change=(
        "<p>For a former violent-extremist prisoner to reintegrate, it is crucial to be "
        "employable and able to support a family. Employment can also reduce the need for, and "
        "the pull of, rejoining a violent extremist group. Disengagement work that combines "
        "psychological, social, religious and family elements addresses the different reasons "
        "people turned to violence.</p>"
    ),
    activities=[
        Activity(
            "Individual risk and needs assessment",
            "<p>The Prison Committee received intensive support to develop a tool for assessing "
            "prisoners' risks and needs, and staff were trained in individual assessments. "
            "Expert support improved the understanding of the religious aspects of "
            "radicalisation in risk assessment.</p>",
            "Prison Committee and assessment staff",
        ),
        Activity(
            "Disengagement activities",
            "<p>Depending on the person: psychological counselling and support, "
            "cognitive-behavioural programmes, social work, religious discussion and dialogue, "
            "creative and physical therapies, and family activities.</p>",
            "Psychologists, social workers and religious specialists",
        ),
        Activity(
            "Paid work in prison",
            "<p>Participants can take paid work inside the prison, for example welding, and use "
            "their wages to support themselves and their families.</p>",
            "Prison administration",
        ),
    ],
    partners=(
        "<p>The Prison Committee and prison administrations with UNODC; psychologists, social "
        "workers and specialists in religious matters.</p>"
    ),
    funding=(
        "<p>Part of UNODC's Returning Foreign Terrorist Fighters Detention Programme "
        "(2019–2023), funded by the Bureau of Counterterrorism of the US Department of "
        "State.</p>"
    ),
    results=(
        "<p>A participant serving a long sentence in a high-security prison described how the "
        "programme changed his view of the world and of religion, that he no longer holds "
        "extremist views, and that his wage lets him help his family. The sources publish no "
        "aggregate results.</p>"
    ),
    successes=(
        "<p>Linking disengagement to real work and income gives participants a stake in a "
        "different future.</p>"
    ),
    failures=(
        "<p>Evidence rests on individual accounts. Punitive national legislation on managing "
        "violent-extremist prisoners and on supervision and support after release limits what "
        "can follow release.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do combine disengagement with work that pays.</li>"
        "<li>Do include family activities.</li>"
        "<li>Don't publish anything that could identify a participant.</li></ul>"
    ),
    sustainability=(
        "<p>The assessment tool is now part of the service's work; workshops and specialists "
        "have to stay in place for the rest to continue.</p>"
    ),
    transferability=(
        "<p>Another service would need workshops or employers able to offer work inside prison, "
        "specialists for each strand of disengagement, and a link to support after "
        "release.</p>"
    ),
    contacts=(
        "<p>Contact the rehabilitation unit of the prison service through the member directory.</p>"
    ),
    indicators=[
        Indicator(
            "Risk and needs assessment tool in use",
            "Developed with the Prison Committee; staff trained in individual assessments",
            UNODC_REPORT,
        ),
        Indicator(
            "Participants in paid work while in custody",
            "Individual accounts; totals not published",
            UNODC_REPORT,
        ),
    ],
)

KOSTANAY_REGIONAL_EN = PracticeText(
    title="Regional training exchange for Central Asian prison and probation staff",
    city="Kostanay",
    adaptation_notes=(
        "Opens the Kostanay academy's national training to delegations from Kazakhstan, "
        "Kyrgyzstan, Tajikistan and Uzbekistan: the focus moves from developing national staff "
        "to regional exchange on managing violent-extremist prisoners."
    ),
    summary=(
        "In October 2022 the Kostanay training academy in Kazakhstan hosted prison and "
        "probation staff from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan for "
        "professional training on managing violent-extremist prisoners and preventing "
        "radicalisation to violence in prisons. The exchange builds on the academy's national "
        "curriculum and on a 2020 regional meeting where Central Asian prison and probation "
        "staff joined a regional platform for the first time. The academy committed to train "
        "more Kyrgyz staff and aims to become a regional knowledge centre."
    ),
    starting_situation=(
        "<p>The partner countries faced different but similar challenges. Until 2020, prison "
        "and probation staff from Central Asia had never taken part in a regional platform of "
        "this kind. That year a regional meeting of the Central Asian network for preventing "
        "and countering violent extremism brought together 68 representatives of government, "
        "civil society and academia, 49 per cent of them women, with international experts, "
        "donors and diplomats.</p>"
    ),
    goals=(
        "<ul><li>Strengthen regional cooperation on the professional training of prison and "
        "probation staff.</li>"
        "<li>Share experience of managing high-risk prisoners.</li>"
        "<li>Build a regional knowledge centre on preventing violent extremism in "
        "prisons.</li></ul>"
    ),
    theory_of_change=(
        "<p>Countries that face similar challenges achieve more by sharing their experience. A "
        "training institution that other services trust spreads good practice further than "
        "separate national efforts can.</p>"
    ),
    activities=[
        Activity(
            "Regional network meeting",
            "<p>The 2020 meeting presented three publications prepared under the programme: a "
            "background paper on assessing the risks and needs of violent-extremist prisoners "
            "and returning fighters, a paper on defining and criminalising terrorism in Central "
            "Asia, and a comparative analysis of procedures for investigating and prosecuting "
            "terrorism-related crimes. All are freely available online.</p>",
            "UNODC with the regional network",
        ),
        Activity(
            "Study visit and training at the academy",
            "<p>In October 2022 delegations from four countries trained together at the academy "
            "on managing violent-extremist prisoners and preventing radicalisation to violence "
            "in prisons.</p>",
            "Kostanay training academy",
        ),
        Activity(
            "Follow-up training for Kyrgyz staff",
            "<p>The academy committed to further training for prison and probation staff from "
            "Kyrgyzstan.</p>",
            "Kostanay training academy",
        ),
    ],
    partners=(
        "<p>The Kostanay academy; the prison services of Kazakhstan, Kyrgyzstan, Tajikistan and "
        "Uzbekistan; UNODC.</p>"
    ),
    funding=(
        "<p>Part of UNODC's Returning Foreign Terrorist Fighters Detention Programme "
        "(2019–2023), funded by the Bureau of Counterterrorism of the US Department of "
        "State.</p>"
    ),
    results=(
        "<p>The participating states committed to keep cooperating. The three Central Asian "
        "countries in the programme benefited from working together and intend to continue "
        "after it ends.</p>"
    ),
    successes="<p>Peer learning across borders at a training academy that works.</p>",
    failures=(
        "<p>Exchanges are still occasional events, and border disputes that limit cooperation "
        "were among the challenges in the region.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Do host exchanges where practice can be seen.</li>"
        "<li>Do publish background material openly, so that practitioners keep using it.</li>"
        "</ul>"
    ),
    sustainability=(
        "<p>Kazakhstan's priorities include a regional learning centre supported by the "
        "academy and partnerships with regional and international partners.</p>"
    ),
    transferability=(
        "<p>A regional hub needs an institution with capacity and willingness to host, and "
        "agreements between the services that send staff.</p>"
    ),
    contacts="<p>Contact the academy's training coordinator through the member directory.</p>",
    indicators=[
        Indicator("Countries sending delegations", "4", UNODC_REPORT),
        Indicator(
            "Participants in the 2020 regional network meeting", "68 (49% women)", UNODC_REPORT
        ),
        Indicator("Further training for Kyrgyz staff", "Committed", UNODC_REPORT),
    ],
)

# Arabic and Russian write-ups -----------------------------------------------------------------

UNODC_REPORT_AR = "تقرير إنجازات مكتب الأمم المتحدة المعني بالمخدرات والجريمة 2019–2023"
UNODC_REPORT_RU = "Отчёт УНП ООН о достижениях за 2019–2023 годы"
SCN_WEBINAR_AR = "ندوة شبكة المدن القوية عبر الإنترنت، 2022"
SCN_WEBINAR_RU = "Вебинар Сети сильных городов, 2022"
FUNDING_AR = (
    "<p>جزء من برنامج احتجاز المقاتلين الإرهابيين الأجانب العائدين التابع لمكتب الأمم المتحدة "
    "المعني بالمخدرات والجريمة (2019–2023)، بتمويل من مكتب مكافحة الإرهاب في وزارة الخارجية "
    "الأمريكية.</p>"
)
FUNDING_RU = (
    "<p>Часть Программы УНП ООН по содержанию под стражей вернувшихся иностранных "
    "боевиков-террористов (2019–2023), которую финансирует Бюро по борьбе с терроризмом "
    "Государственного департамента США.</p>"
)

AKTAU_AR = PracticeText(
    title="إعادة إدماج النساء والأطفال العائدين بقيادة المدن في كازاخستان",
    city="أكتاو",
    summary=(
        "التزمت كازاخستان بإعادة جميع مواطنيها من سوريا والعراق، بمن فيهم أفراد أسر المقاتلين "
        "الإرهابيين الأجانب. أقامت النساء والأطفال في البداية في مركز لإعادة التأهيل في أكتاو "
        "جمع ممارسين من مدن في مختلف أنحاء البلاد. وعندما انتقلت الأسر إلى مدنها الأصلية، "
        "واصلت الخدمات المحلية تقديم الرعاية: تسجيل الأطفال في المدارس، ولمّ شمل الأسر، والدعم "
        "النفسي والاجتماعي، والتدريب وفرص العمل. وتُعدّ حماية هوية كل امرأة وكل طفل مبدأً "
        "أساسيًا في هذا العمل. ويفيد الممارسون بأن معظم النساء العائدات وجدن عملًا أو أنشأن "
        "مشاريعهن الخاصة، وبأن أعراض الصدمة لدى العائدين تراجعت."
    ),
    starting_situation=(
        "<p>أعادت كازاخستان نحو 700 من مواطنيها منذ عام 2019، وانفردت بالتزامها بإعادة جميعهم، "
        "بمن فيهم المقاتلون الإرهابيون الأجانب وأفراد أسرهم. وفي الفترة بين عامي 2019 و2021 "
        "وحدها، أعادت العمليات الإنسانية 654 شخصًا: 37 رجلًا و164 امرأة و453 طفلًا.</p>"
        "<p>في البداية كانت الحكومة المركزية تتولى مسؤولية إعادة التأهيل وإعادة الإدماج. ومع "
        "مرور الوقت انتقل جزء كبير منها إلى المؤسسات والجهات الفاعلة الإقليمية والمحلية، أي إلى "
        "الخدمات الأقرب إلى ما تحتاج إليه الأسر العائدة في حياتها اليومية.</p>"
    ),
    goals=(
        "<ul><li>أن تعيش النساء والأطفال بأمان في مجتمعاتهم المحلية وأن يشعروا بالانتماء "
        "إليها.</li>"
        "<li>أن تستمر الرعاية دون انقطاع عندما تنتقل الأسرة من مركز إعادة التأهيل إلى مدينتها "
        "الأصلية.</li>"
        "<li>أن تُحمى هوية كل امرأة وكل طفل حتى لا يتعرضوا للوصم.</li>"
        "<li>أن يلبي الدعم احتياجات كل شخص، لا أن يقتصر على الجانب الأيديولوجي.</li></ul>"
    ),
    theory_of_change=(
        "<p>المدن والجهات الفاعلة المحلية الأخرى هي أقرب مقدمي الخدمات الاجتماعية التي يحتاج "
        "إليها العائدون. والدعم الذي يتمحور حول الشخص، ويُدار محليًا، وتشارك فيه جهات فاعلة "
        "متعددة، ويشمل المجتمع بأسره، يعزز الشبكات الاجتماعية والعلاقات الأسرية والاستقرار "
        "المالي والصحة النفسية وفرص العمل، ومن خلالها يعزز احترام الذات والشعور بالانتماء.</p>"
        "<p>يتعامل الممارسون مع أعراض اضطراب ما بعد الصدمة والقلق واللامبالاة والاكتئاب بوصفها "
        "ردود فعل طبيعية على العنف الذي عاشه العائدون، في أسرهم وفي الشبكات المتطرفة. وبالنسبة "
        "إلى النساء والأطفال، فإن فهم الطابع الجنساني للعنف المنزلي الذي تعرّض له كثيرون منهم "
        "حتى قبل مغادرتهم يساعدهم على بناء آليات تكيّف تدوم.</p>"
    ),
    activities=[
        Activity(
            "الإقامة الأولى في مركز إعادة التأهيل في أكتاو",
            "<p>أقامت النساء والأطفال العائدون أولًا في مركز لإعادة التأهيل في أكتاو. وقد جمع "
            "المركز ممارسين من مدن في مختلف أنحاء كازاخستان، واصلوا العمل لاحقًا في مدنهم.</p>",
            "موظفو المركز والممارسون من المدن المستقبِلة",
        ),
        Activity(
            "التسليم إلى المدينة الأصلية",
            "<p>عندما تعود الأسرة إلى مدينتها، تتولى الخدمات المحلية المسؤولية، فتستمر الرعاية "
            "والدعم دون انقطاع.</p>",
            "الخدمات الاجتماعية البلدية",
        ),
        Activity(
            "التسجيل في المدارس ولمّ شمل الأسر",
            "<p>سجّلت خدمات المدينة الأطفال في المدارس ودعمت لمّ شملهم مع أقاربهم.</p>",
            "إدارات التعليم والأخصائيون الاجتماعيون",
        ),
        Activity(
            "دعم نفسي واجتماعي واعٍ بالصدمات",
            "<p>يقدّم الأخصائيون النفسيون والخدمات الصحية للنساء والأطفال رعاية للصحة النفسية "
            "واعية بالصدمات ودعمًا نفسيًا واجتماعيًا أوسع، مع مراعاة العنف المنزلي القائم على "
            "النوع الاجتماعي الذي تعرّض له كثيرون منهم قبل المغادرة.</p>",
            "الأخصائيون النفسيون والخدمات الصحية",
        ),
        Activity(
            "التدريب والعمل للنساء",
            "<p>تُتاح للنساء فرص التدريب والعمل، وقد وجدت كثيرات منهن عملًا أو أنشأن مشاريعهن "
            "الخاصة.</p>",
            "خدمات التوظيف ومنظمات المجتمع المدني",
        ),
        Activity(
            "الانتماء والمشاركة المدنية",
            "<p>يبني العمل على مستوى المجتمع المحلي الشعور بالانتماء، وهو أهم ما يكون لمن عانوا "
            "النبذ الاجتماعي فترة طويلة. وتتطوع بعض النساء في الحملات الخيرية ودور الأيتام ومراكز "
            "توزيع الأغذية. وتساعد المؤسسات الدينية على بناء الثقة وتوطيد الروابط الاجتماعية مع "
            "المجتمع الأوسع.</p>",
            "منظمات المجتمع المدني والمؤسسات الدينية والشرطة المحلية",
        ),
    ],
    partners=(
        "<p>البلديات وخدماتها الاجتماعية، ومعلمو المدارس، والأخصائيون النفسيون، والخدمات "
        "الصحية، ومنظمات المجتمع المدني، والمؤسسات الدينية، والشرطة المحلية، إلى جانب مركز "
        "إعادة التأهيل في أكتاو.</p>"
    ),
    funding=(
        "<p>يُنفَّذ العمل من خلال الخدمات الوطنية والبلدية القائمة ومنظمات المجتمع المدني. ولا "
        "تذكر المصادر أرقامًا عن الميزانية.</p>"
    ),
    results=(
        "<p>يفيد الممارسون بأن معظم النساء العائدات وجدن عملًا أو أنشأن مشاريعهن الخاصة، وبأن "
        "بعضهن تحدثن أمام جماهير دولية عمّا دفعهن إلى السفر إلى سوريا. وأفاد العائدون في "
        "كازاخستان بأن أعراض الصدمة والاكتئاب واضطراب ما بعد الصدمة لديهم تراجعت نتيجة البرامج "
        "التي شاركوا فيها.</p>"
    ),
    successes=(
        "<p>أدى نقل المسؤولية من الجهات الوطنية إلى الجهات المحلية إلى نتائج أكثر فعالية "
        "واستدامة للأسر العائدة. ولأن مركز أكتاو كان قد جمع ممارسين من مدن كثيرة، كانت البنية "
        "اللازمة لهذا التحول قائمة بالفعل.</p>"
    ),
    failures=(
        "<p>كشفت جائحة كوفيد-19، وتصاعد المشاعر المعادية للعائدين والإسلاموفوبيا في أعقاب "
        "الأزمة السياسية في يناير 2022، مدى هشاشة الرفاه الاجتماعي للعائدين. وقد لا يكون "
        "التركيز الشديد على الأيديولوجية الدينية قابلًا للنقل إلى سياقات أخرى، كما أن الاكتفاء "
        "بالنظر إلى الأيديولوجية قد يُغفل العوامل الأكثر تعقيدًا وتنوعًا التي دفعت الناس إلى "
        "الانضمام إلى الجماعات المتطرفة. ولا يزال تبادل الخبرات بين الممارسين المحليين يجري في "
        "الغالب بصورة مخصصة، إذ لا توجد هياكل وطنية أو إقليمية أو دولية لتنظيمه.</p>"
    ),
    dos_and_donts=(
        "<ul><li>احمِ هوية النساء والأطفال المعاد توطينهم في كل وثيقة واجتماع ومنشور.</li>"
        "<li>خطّط للمسار كاملًا: فالإعادة إلى الوطن، وإعادة التوطين، وإعادة التأهيل، وإعادة "
        "الإدماج، وبناء القدرة على الصمود، تحتاج كلٌّ منها إلى ممارسات خاصة بها.</li>"
        "<li>تعامل مع أعراض الصدمة بوصفها ردود فعل طبيعية على العنف.</li>"
        "<li>امنح العائدين دورًا في إعادة إدماجهم.</li>"
        "<li>لا تفترض أن الإرشاد الديني وحده يعالج أسباب انضمام الشخص إلى جماعة متطرفة.</li>"
        "</ul>"
    ),
    sustainability=(
        "<p>الرعاية جزء من خدمات تديرها البلديات أصلًا، فلا تنتهي بانتهاء مشروع. لكن الاستقرار "
        "على المدى الطويل لا يزال يتطلب عملًا، ولا سيما في مواجهة الوصم، كما يلزم وضع آليات "
        "للرصد والتقييم والتعلّم ومؤشرات للنتائج حتى يمكن اعتماد ما ينجح وتكراره.</p>"
    ),
    transferability=(
        "<p>تحتاج أي مدينة أخرى إلى تفويض وموارد لقيادة إعادة التأهيل وإعادة الإدماج محليًا، "
        "وإلى وسيلة لإعداد ممارسيها قبل وصول الأسر، وإلى خدمات مدرسية وصحية ونفسية واجتماعية "
        "وخدمات توظيف تنسّق فيما بينها لكل حالة على حدة، وإلى قواعد صارمة لحماية الهوية. "
        "وينبغي تكييف البعد الديني في النهج الكازاخستاني مع السياق المحلي بدلًا من نسخه.</p>"
    ),
    contacts=(
        "<p>تواصلوا مع منسّق الممارسة في المنظمة المالكة لها عبر دليل الأعضاء. لا تُشارَك أي "
        "تفاصيل عن أي امرأة أو طفل بعينه.</p>"
    ),
    indicators=[
        Indicator(
            "النساء العائدات العاملات أو صاحبات المشاريع الخاصة",
            "معظم النساء العائدات، وفق الممارسين",
            SCN_WEBINAR_AR,
        ),
        Indicator(
            "أعراض الصدمة والاكتئاب واضطراب ما بعد الصدمة كما يفيد بها العائدون",
            "أفاد العائدون بتراجعها",
            SCN_WEBINAR_AR,
        ),
        Indicator(
            "استمرار الرعاية عند انتقال الأسرة من المركز إلى مدينتها",
            "قائم: يتولى ممارسو المدن المستقبِلة المسؤولية",
            SCN_WEBINAR_AR,
        ),
    ],
)

AKTAU_RU = PracticeText(
    title="Реинтеграция вернувшихся женщин и детей под руководством городов в Казахстане",
    city="Актау",
    summary=(
        "Казахстан взял на себя обязательство вернуть всех своих граждан из Сирии и Ирака, в "
        "том числе членов семей иностранных боевиков-террористов. Сначала женщины и дети "
        "находились в реабилитационном центре в Актау, который объединил специалистов из "
        "городов по всей стране. Когда семьи переезжали в родные города, местные службы "
        "продолжали помощь: устройство детей в школы, воссоединение семей, психосоциальная "
        "поддержка, обучение и работа. Защита анонимности каждой женщины и каждого ребёнка — "
        "основополагающий принцип. По словам специалистов, большинство вернувшихся женщин нашли "
        "работу или открыли своё дело, а симптомы травмы у вернувшихся ослабли."
    ),
    starting_situation=(
        "<p>С 2019 года Казахстан вернул на родину около 700 своих граждан и стал единственной "
        "страной, обязавшейся вернуть всех, включая иностранных боевиков-террористов и членов "
        "их семей. Только в 2019–2021 годах в ходе гуманитарных операций были возвращены 654 "
        "человека: 37 мужчин, 164 женщины и 453 ребёнка.</p>"
        "<p>Поначалу ответственность за реабилитацию и реинтеграцию несло центральное "
        "правительство. Со временем значительная её часть перешла к региональным и местным "
        "учреждениям и организациям — к тем службам, которые ближе всего к повседневным нуждам "
        "вернувшихся семей.</p>"
    ),
    goals=(
        "<ul><li>Женщины и дети живут в безопасности в своих местных сообществах и чувствуют "
        "себя их частью.</li>"
        "<li>Помощь не прерывается, когда семья переезжает из реабилитационного центра в родной "
        "город.</li>"
        "<li>Анонимность каждой женщины и каждого ребёнка защищена, чтобы избежать "
        "стигматизации.</li>"
        "<li>Поддержка отвечает потребностям каждого человека, а не сводится к "
        "идеологии.</li></ul>"
    ),
    theory_of_change=(
        "<p>Города и другие местные субъекты ближе всех к социальным услугам, в которых "
        "нуждаются вернувшиеся. Поддержка, ориентированная на человека, организованная на "
        "местном уровне, с участием многих субъектов и всего общества, укрепляет социальные "
        "связи, семейные отношения, финансовую стабильность, психическое здоровье и возможности "
        "трудоустройства, а через них — самоуважение и чувство принадлежности.</p>"
        "<p>Специалисты рассматривают симптомы посттравматического стрессового расстройства, "
        "тревоги, апатии и депрессии как естественную реакцию на насилие, пережитое людьми в "
        "семье и в экстремистских сетях. Для женщин и детей важно понимать гендерный характер "
        "домашнего насилия, которому многие подвергались ещё до отъезда: это помогает выработать "
        "устойчивые механизмы совладания.</p>"
    ),
    activities=[
        Activity(
            "Первый этап в реабилитационном центре в Актау",
            "<p>Вернувшиеся женщины и дети сначала находились в реабилитационном центре в Актау. "
            "Центр объединил специалистов из городов по всему Казахстану, которые затем "
            "продолжили работу у себя дома.</p>",
            "Сотрудники центра и специалисты из принимающих городов",
        ),
        Activity(
            "Передача семьи родному городу",
            "<p>Когда семья возвращалась в свой город, работу принимали местные службы, и помощь "
            "продолжалась без перерыва.</p>",
            "Муниципальные социальные службы",
        ),
        Activity(
            "Устройство в школу и воссоединение семей",
            "<p>Городские службы устраивали детей в школы и помогали им воссоединиться с "
            "родственниками.</p>",
            "Отделы образования и социальные работники",
        ),
        Activity(
            "Психосоциальная поддержка с учётом травмы",
            "<p>Психологи и службы здравоохранения оказывают женщинам и детям помощь в области "
            "психического здоровья с учётом травмы и более широкую психосоциальную поддержку, "
            "принимая во внимание гендерное домашнее насилие, которое многие пережили до "
            "отъезда.</p>",
            "Психологи и службы здравоохранения",
        ),
        Activity(
            "Обучение и работа для женщин",
            "<p>Женщинам предлагают обучение и возможности трудоустройства; многие нашли работу "
            "или открыли своё дело.</p>",
            "Службы занятости и организации гражданского общества",
        ),
        Activity(
            "Принадлежность и участие в жизни общества",
            "<p>Работа на уровне местного сообщества формирует чувство принадлежности, что "
            "особенно важно для тех, кто долго был в социальной изоляции. Некоторые женщины "
            "участвуют волонтёрами в благотворительных акциях, помогают в детских домах и "
            "пунктах раздачи продуктов. Религиозные организации помогают выстраивать доверие и "
            "социальные связи с обществом.</p>",
            "Организации гражданского общества, религиозные организации и местная полиция",
        ),
    ],
    partners=(
        "<p>Муниципалитеты и их социальные службы, школьные учителя, психологи, службы "
        "здравоохранения, организации гражданского общества, религиозные организации и местная "
        "полиция, а также реабилитационный центр в Актау.</p>"
    ),
    funding=(
        "<p>Работа ведётся через существующие государственные и муниципальные службы и "
        "организации гражданского общества. Источники не приводят данных о бюджете.</p>"
    ),
    results=(
        "<p>По словам специалистов, большинство вернувшихся женщин нашли работу или открыли своё "
        "дело, а некоторые рассказали международной аудитории о том, что побудило их уехать в "
        "Сирию. Вернувшиеся в Казахстан сообщили, что симптомы травмы, депрессии и "
        "посттравматического стресса у них ослабли благодаря программам, в которых они "
        "участвовали.</p>"
    ),
    successes=(
        "<p>Передача ответственности от национальных к местным субъектам дала более эффективные "
        "и устойчивые результаты для вернувшихся семей. Поскольку центр в Актау уже объединил "
        "специалистов из многих городов, инфраструктура для такого перехода была готова.</p>"
    ),
    failures=(
        "<p>Пандемия COVID-19, а также рост враждебности к вернувшимся и исламофобии после "
        "политического кризиса января 2022 года показали, насколько хрупким остаётся социальное "
        "благополучие вернувшихся. Сильный акцент на религиозной идеологии может не подойти для "
        "других условий, а взгляд только на идеологию может упустить более сложные и "
        "разнообразные причины, по которым люди примкнули к экстремистским группам. Обмен "
        "опытом между местными специалистами происходит в основном от случая к случаю: "
        "национальных, региональных и международных структур для него нет.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Защищайте анонимность переселённых женщин и детей в каждом документе, на каждой "
        "встрече и в каждой публикации.</li>"
        "<li>Планируйте весь путь: репатриация, обустройство, реабилитация, реинтеграция и "
        "жизнестойкость требуют каждая своей практики.</li>"
        "<li>Рассматривайте симптомы травмы как естественную реакцию на насилие.</li>"
        "<li>Дайте вернувшимся роль в их собственной реинтеграции.</li>"
        "<li>Не считайте, что одно лишь религиозное консультирование устраняет причины, по "
        "которым человек примкнул к экстремистской группе.</li></ul>"
    ),
    sustainability=(
        "<p>Помощь встроена в услуги, которые муниципалитеты и так оказывают, поэтому она не "
        "заканчивается вместе с проектом. Долгосрочная стабильность всё ещё требует усилий, "
        "прежде всего против стигматизации; нужны механизмы мониторинга, оценки и обучения и "
        "показатели результатов, чтобы успешный опыт можно было перенимать и повторять.</p>"
    ),
    transferability=(
        "<p>Другому городу понадобятся полномочия и ресурсы, чтобы руководить реабилитацией и "
        "реинтеграцией на местах; способ подготовить специалистов до приезда семей; школьные, "
        "медицинские, психосоциальные службы и службы занятости, согласующие работу по каждому "
        "случаю; строгие правила анонимности. Религиозную составляющую казахстанского подхода "
        "следует адаптировать к местным условиям, а не копировать.</p>"
    ),
    contacts=(
        "<p>Свяжитесь с координатором практики в организации-владельце через справочник "
        "участников. Никакие сведения о конкретных женщинах или детях не передаются.</p>"
    ),
    indicators=[
        Indicator(
            "Вернувшиеся женщины, которые работают или ведут своё дело",
            "Большинство вернувшихся женщин, по словам специалистов",
            SCN_WEBINAR_RU,
        ),
        Indicator(
            "Симптомы травмы, депрессии и посттравматического стресса по словам вернувшихся",
            "Вернувшиеся сообщили об ослаблении",
            SCN_WEBINAR_RU,
        ),
        Indicator(
            "Помощь продолжается при переезде семьи из центра в родной город",
            "Обеспечено: работу принимают специалисты принимающих городов",
            SCN_WEBINAR_RU,
        ),
    ],
)

KYRGYZ_RNA_AR = PracticeText(
    title="أدوات لتقييم المخاطر والاحتياجات تُجرَّب في سجون قيرغيزستان",
    summary=(
        "واجهت مصلحة السجون في قيرغيزستان عائدين طوعًا من مناطق النزاع إلى جانب السجناء "
        "المتطرفين العنيفين والإرهابيين الموجودين أصلًا. وفي أكتوبر 2021 ساعد فريق عمل من "
        "الخبراء، انضم إليه موظفو سجون من بنغلاديش وإندونيسيا وألمانيا، في تطوير أدوات جديدة "
        "لتقييم المخاطر والاحتياجات. وبدلًا من الاختبارات النفسية القياسية، تتناول الأدوات مستوى "
        "تطرف كل سجين والعوامل الداخلية والخارجية الكامنة وراءه، وما ينبغي أن تعالجه أنشطة فك "
        "الارتباط وإعادة الإدماج. وتجري تجربة الأدوات في خمسة سجون، وقد اعتمدتها المصلحة لسهولة "
        "استخدامها وتدرس رقمنتها."
    ),
    starting_situation=(
        "<p>لم تُعِد قيرغيزستان بالغين من مناطق النزاع إلى الوطن خلال فترة المشروع، غير أن "
        "العائدين طوعًا، إلى جانب السجناء المتطرفين العنيفين والإرهابيين المحتجزين أصلًا، شكّلوا "
        "تحديًا لمصلحة السجون. ويبلغ عدد السجناء في البلاد 7569 سجينًا، منهم 352 امرأة، في 28 "
        "سجنًا، من بينهم 200 سجين متطرف عنيف ونحو 38 مقاتلًا إرهابيًا أجنبيًا محتجزًا.</p>"
        "<p>وعلى مستوى المنطقة، افتقرت مصالح السجون إلى طريقة منهجية لمقارنة مخاطر السجناء من "
        "المقاتلين الإرهابيين الأجانب العائدين واحتياجاتهم بما يسمح بتخطيط أحكامهم على هذا "
        "الأساس.</p>"
    ),
    goals=(
        "<ul><li>تزويد مصلحة السجون بأدوات لتقييم مخاطر السجناء الإرهابيين والمقاتلين "
        "الإرهابيين الأجانب العائدين واحتياجاتهم.</li>"
        "<li>تصنيف السجناء بحسب مستوى التهديد الذي يشكلونه، حتى تُكتشف المخاطر وتُخفَّض في "
        "الوقت المناسب.</li>"
        "<li>الاستناد إلى نتائج التقييم في خطط الأحكام الفردية وفي أنشطة فك الارتباط وإعادة "
        "الإدماج.</li></ul>"
    ),
    theory_of_change=(
        "<p>تعمل السجون بكفاءة عندما تقيّم مخاطر كل سجين واحتياجاته وتستجيب لها بمبادرات مصممة "
        "خصيصًا وخطط أحكام فردية: فتُستخدم الموارد على نحو أفضل، وتنخفض المخاطر، ويزداد احتمال "
        "تحقيق نتائج إيجابية. والأدوات النفسية القياسية لا تصلح لتصنيف السجناء، واعتبار جميع "
        "مرتكبي جرائم الإرهاب والتطرف مرضى نفسيين يقلل من حجم المشكلة. أما أداة الحكم المهني "
        "المنظم التي تسأل عن سبب اتباع الشخص أيديولوجية عنيفة، فتمنح الموظفين ما يمكنهم العمل "
        "على أساسه.</p>"
    ),
    activities=[
        Activity(
            "فريق عمل من الخبراء",
            "<p>في أكتوبر 2021 عمل فريق من الخبراء الدوليين، من بينهم عالم نفس معروف بأبحاثه في "
            "مجال الإرهاب، مع مصلحة السجون على تطوير الأدوات. وأسهم موظفو سجون من بنغلاديش "
            "وإندونيسيا وألمانيا بخبراتهم.</p>",
            "مصلحة السجون والخبراء الدوليون ومكتب الأمم المتحدة المعني بالمخدرات والجريمة",
        ),
        Activity(
            "أدوات للحكم المهني المنظم",
            "<p>تقيّم الأدوات مستوى تطرف السجين والعوامل الداخلية والخارجية التي دفعته إلى "
            "أيديولوجية عنيفة، وتحدد العوامل التي ينبغي أن تأخذها أنشطة فك الارتباط وإعادة "
            "الإدماج في الحسبان.</p>",
            "موظفو التقييم في مصلحة السجون",
        ),
        Activity(
            "التجربة في خمسة سجون",
            "<p>تجري تجربة الأدوات في خمسة سجون. وواصلت المصلحة التجربة بنفسها بعد انتهاء "
            "المشروع، وتدرس رقمنة الأدوات.</p>",
            "مصلحة السجون",
        ),
        Activity(
            "تدريب الموظفين",
            "<p>دُرّب أكثر من 100 موظف في السجون. واستخدم التدريب على إجراء المقابلات المتوافقة "
            "مع حقوق الإنسان أساليب جديدة على المصلحة، مثل تمثيل الأدوار، وطلبت قيادتها مزيدًا "
            "منه.</p>",
            "مدربو مصلحة السجون مع مدربين دوليين",
        ),
    ],
    partners=(
        "<p>مصلحة السجون الحكومية في قيرغيزستان بالتعاون مع مكتب الأمم المتحدة المعني بالمخدرات "
        "والجريمة. واستفاد فريق الخبراء من موظفي سجون من بنغلاديش وإندونيسيا وألمانيا. كما "
        "تبادلت المصلحة الخبرات مع ألمانيا وإسبانيا وبنغلاديش والفلبين وإندونيسيا وأستراليا، "
        "وجاء المدربون من الولايات المتحدة وألمانيا وكندا ومالطا.</p>"
    ),
    funding=FUNDING_AR,
    results=(
        "<p>أصبحت مصلحة السجون أقدر على تقييم مخاطر السجناء الإرهابيين والمقاتلين الإرهابيين "
        "الأجانب العائدين واحتياجاتهم. وقد وجدت الأدوات مفيدة جدًا، واعتمدتها على نطاق شامل "
        "لسهولة استخدامها، وواصلت تجربتها بعد انتهاء المشروع. وأصبحت السجون التجريبية أكثر "
        "أمانًا: إذ بات الضباط يديرون المقاتلين العائدين بفعالية أكبر، ويكتشفون مبكرًا علامات "
        "التطرف المفضي إلى العنف بين نزلاء السجون عمومًا.</p>"
    ),
    successes=(
        "<p>الملكية الوطنية: تبنّت المصلحة الأدوات بوصفها أدواتها الخاصة وواصلت العمل بها دون "
        "دعم خارجي.</p>"
    ),
    failures=(
        "<p>كانت محدودية الوصول إلى البيانات والأدلة ذات الصلة، وقلة الأدوات المصممة بما يراعي "
        "العمر والنوع الاجتماعي، من التحديات طوال البرنامج. ولم تُنشر نتائج التجربة بعد.</p>"
    ),
    dos_and_donts=(
        "<ul><li>ابنِ على المعايير الدولية والممارسات العامة القائمة على الأدلة، فيعود العمل "
        "بالفائدة على جميع السجناء.</li>"
        "<li>انظر إلى ما دفع الشخص إلى العنف، لا إلى درجة تطرفه فقط.</li>"
        "<li>لا تصنّف السجناء باستخدام الاختبارات النفسية القياسية.</li>"
        "<li>لا تعامل جميع مرتكبي جرائم الإرهاب والتطرف كمرضى نفسيين.</li></ul>"
    ),
    sustainability=(
        "<p>تواصل المصلحة تجربة الأدوات بنفسها وتدرس رقمنتها. ومن أولوياتها لعام 2024 إضفاء "
        "الطابع المؤسسي على التدريب على إدارة السجناء الشديدي الخطورة وعلى الأمن الديناميكي، "
        "ووضع عملية منهجية لمراجعة بروتوكولات الأمن الديناميكي.</p>"
    ),
    transferability=(
        "<p>تحتاج أي مصلحة سجون أخرى إلى مقيّمين مدرّبين، ووقت لتجربة الأدوات في عدد قليل من "
        "السجون قبل التوسع، وتخطيط للأحكام يستفيد فعلًا من نتائج التقييم.</p>"
    ),
    contacts="<p>تواصلوا مع مسؤول التقييم في مصلحة السجون عبر دليل الأعضاء.</p>",
    indicators=[
        Indicator("السجون التي تجرّب الأدوات الجديدة", "5", UNODC_REPORT_AR),
        Indicator(
            "اعتماد المصلحة للأدوات",
            "اعتُمدت على نطاق شامل، وتستمر التجربة بعد المشروع",
            UNODC_REPORT_AR,
        ),
        Indicator("موظفو السجون المدرَّبون في قيرغيزستان", "أكثر من 100", UNODC_REPORT_AR),
    ],
)

KYRGYZ_RNA_RU = PracticeText(
    title="Инструменты оценки рисков и потребностей, апробируемые в тюрьмах Кыргызстана",
    summary=(
        "Пенитенциарная служба Кыргызстана столкнулась с людьми, добровольно вернувшимися из "
        "зон конфликтов, наряду с уже отбывающими наказание воинствующими экстремистами и "
        "террористами. В октябре 2021 года рабочая группа экспертов при участии сотрудников "
        "тюрем Бангладеш, Индонезии и Германии помогла разработать новые инструменты оценки "
        "рисков и потребностей. Вместо психометрических тестов они изучают уровень радикализации "
        "каждого заключённого, внутренние и внешние факторы, которые к ней привели, и то, на что "
        "должна быть направлена работа по отказу от насилия и реинтеграции. Инструменты "
        "апробируются в пяти тюрьмах; служба приняла их благодаря простоте и изучает их "
        "цифровизацию."
    ),
    starting_situation=(
        "<p>В период проекта Кыргызстан не репатриировал взрослых из зон конфликтов, однако люди, "
        "вернувшиеся самостоятельно, вместе с уже содержащимися под стражей воинствующими "
        "экстремистами и террористами стали вызовом для пенитенциарной службы. В стране 7 569 "
        "заключённых, из них 352 женщины, в 28 учреждениях; среди них 200 воинствующих "
        "экстремистов и около 38 задержанных иностранных боевиков-террористов.</p>"
        "<p>Пенитенциарным службам региона не хватало системного способа сопоставлять риски и "
        "потребности заключённых из числа вернувшихся иностранных боевиков-террористов, чтобы "
        "планировать отбывание наказания.</p>"
    ),
    goals=(
        "<ul><li>Дать пенитенциарной службе инструменты для оценки рисков и потребностей "
        "заключённых-террористов и вернувшихся иностранных боевиков-террористов.</li>"
        "<li>Классифицировать заключённых по уровню угрозы, чтобы своевременно выявлять и "
        "снижать риски.</li>"
        "<li>Опираться на результаты оценки в индивидуальных планах отбывания наказания и в "
        "работе по отказу от насилия и реинтеграции.</li></ul>"
    ),
    theory_of_change=(
        "<p>Тюрьмы работают эффективно, когда оценивают риски и потребности каждого заключённого "
        "и отвечают на них адресными мерами и индивидуальными планами отбывания наказания: "
        "ресурсы используются лучше, риски снижаются, а положительные результаты становятся "
        "вероятнее. Психометрические инструменты не подходят для классификации заключённых, а "
        "отношение ко всем осуждённым за терроризм и экстремизм как к психически больным "
        "преуменьшает проблему. Инструмент структурированного профессионального суждения, "
        "который выясняет, почему человек последовал насильственной идеологии, даёт сотрудникам "
        "основу для действий.</p>"
    ),
    activities=[
        Activity(
            "Рабочая группа экспертов",
            "<p>В октябре 2021 года группа международных экспертов, в том числе психолог, "
            "известный исследованиями терроризма, работала над инструментами вместе с "
            "пенитенциарной службой. Сотрудники тюрем из Бангладеш, Индонезии и Германии "
            "поделились опытом.</p>",
            "Пенитенциарная служба, международные эксперты и УНП ООН",
        ),
        Activity(
            "Инструменты структурированного профессионального суждения",
            "<p>Инструменты оценивают уровень радикализации заключённого и внутренние и внешние "
            "факторы, которые привели его к насильственной идеологии, и указывают, что следует "
            "учитывать в работе по отказу от насилия и реинтеграции.</p>",
            "Сотрудники службы, проводящие оценку",
        ),
        Activity(
            "Апробация в пяти тюрьмах",
            "<p>Инструменты апробируются в пяти тюрьмах. После завершения проекта служба "
            "продолжила апробацию самостоятельно и изучает возможность цифровизации "
            "инструментов.</p>",
            "Пенитенциарная служба",
        ),
        Activity(
            "Обучение персонала",
            "<p>Обучение прошли более 100 сотрудников тюрем. На занятиях по проведению бесед с "
            "соблюдением прав человека применялись новые для службы методы, например ролевые "
            "игры, и руководство службы попросило продолжить такое обучение.</p>",
            "Преподаватели службы совместно с международными тренерами",
        ),
    ],
    partners=(
        "<p>Государственная служба исполнения наказаний Кыргызстана совместно с УНП ООН. "
        "Экспертная группа опиралась на опыт сотрудников тюрем Бангладеш, Индонезии и Германии. "
        "Служба также обменивалась опытом с Германией, Испанией, Бангладеш, Филиппинами, "
        "Индонезией и Австралией, а тренеры приезжали из США, Германии, Канады и Мальты.</p>"
    ),
    funding=FUNDING_RU,
    results=(
        "<p>Пенитенциарная служба лучше оценивает риски и потребности заключённых-террористов и "
        "вернувшихся иностранных боевиков-террористов. Служба сочла инструменты очень полезными, "
        "приняла их в полном объёме благодаря простоте использования и продолжила апробацию "
        "после завершения проекта. Пилотные учреждения стали безопаснее: сотрудники эффективнее "
        "работают с вернувшимися боевиками и на ранней стадии выявляют признаки радикализации, "
        "ведущей к насилию, среди всех заключённых.</p>"
    ),
    successes=(
        "<p>Национальная ответственность: служба восприняла инструменты как свои и продолжила "
        "работу без внешней поддержки.</p>"
    ),
    failures=(
        "<p>На протяжении всей программы трудности создавали ограниченный доступ к данным и "
        "доказательствам, а также нехватка инструментов, учитывающих возраст и гендер. "
        "Результаты апробации пока не опубликованы.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Опирайтесь на международные стандарты и общую доказательную практику — тогда "
        "работа принесёт пользу всем заключённым.</li>"
        "<li>Выясняйте, что привело человека к насилию, а не только насколько он "
        "радикализирован.</li>"
        "<li>Не классифицируйте заключённых с помощью психометрических тестов.</li>"
        "<li>Не относитесь ко всем осуждённым за терроризм и экстремизм как к психически "
        "больным.</li></ul>"
    ),
    sustainability=(
        "<p>Служба самостоятельно апробирует инструменты и изучает их цифровизацию. Среди её "
        "приоритетов на 2024 год — институционализация обучения работе с заключёнными высокого "
        "риска и динамической безопасности, а также системный пересмотр протоколов динамической "
        "безопасности.</p>"
    ),
    transferability=(
        "<p>Другой пенитенциарной службе понадобятся обученные специалисты по оценке, время на "
        "апробацию в нескольких учреждениях перед расширением и планирование отбывания "
        "наказания, которое действительно использует результаты оценки.</p>"
    ),
    contacts=(
        "<p>Свяжитесь с ответственным за оценку в пенитенциарной службе через справочник "
        "участников.</p>"
    ),
    indicators=[
        Indicator("Тюрьмы, апробирующие новые инструменты", "5", UNODC_REPORT_RU),
        Indicator(
            "Принятие инструментов службой",
            "Приняты в полном объёме; апробация продолжается после проекта",
            UNODC_REPORT_RU,
        ),
        Indicator(
            "Сотрудники тюрем, прошедшие обучение в Кыргызстане", "Более 100", UNODC_REPORT_RU
        ),
    ],
)

ERBIL_AR = PracticeText(
    title="شبكة لمنظمات المجتمع المدني العاملة في السجون ومركز تدريب في سجن إصلاح النساء في أربيل",
    city="أربيل",
    summary=(
        "تقدّم منظمات المجتمع المدني خدمات التعليم والتدريب والمساعدة القانونية والرعاية الصحية "
        "داخل السجون العراقية، فتسدّ ثغرات ناجمة عن محدودية الموارد البشرية والمالية. وقد رفع "
        "البرنامج الوعي بعمل هذه المنظمات، وشجّع السلطات على عقد شراكات معها، وأنشأ شبكة تنسّق "
        "المنظمات من خلالها فيما بينها. وفي إقليم كردستان، رُمّم مبنى في سجن إصلاح النساء في "
        "أربيل وأصبح مركزًا تدريبيًا متخصصًا يُدرَّب فيه الموظفون وتُنفَّذ فيه برامج إعادة تأهيل "
        "للسجناء. وقد تحسّن التعاون بين السلطات والمجتمع المدني، مما أتاح فرصًا أفضل لإعادة "
        "الاندماج في المجتمع."
    ),
    starting_situation=(
        "<p>منذ عام 2017، شهدت مراكز الاحتجاز والسجون في العراق زيادة كبيرة في عدد المحتجزين "
        "المتهمين بجرائم إرهابية، في أعقاب السقوط الإقليمي لتنظيم داعش. ويبلغ عدد السجناء في "
        "العراق 59103 سجناء. ولا تزال أوضاع السجون تعاني ثغرات، وخاصة بالنسبة إلى النساء، "
        "ويفتقر نظام السجون إلى الموارد البشرية والمالية اللازمة لتقديم جميع الخدمات التي يحتاج "
        "إليها السجناء.</p>"
    ),
    goals=(
        "<ul><li>تعزيز دور منظمات المجتمع المدني في إعادة التأهيل والدعم بعد الإفراج.</li>"
        "<li>تحسين التنسيق بين السلطات الحكومية والمجتمع المدني، وبين المنظمات نفسها.</li>"
        "<li>توفير مكان لدائرة الإصلاح لتدريب موظفيها وتنفيذ برامج إعادة التأهيل.</li></ul>"
    ),
    theory_of_change=(
        "<p>تحسّن منظمات المجتمع المدني الوصول إلى برامج التعليم والتدريب، وتقدّم المساعدة "
        "القانونية، وتحسّن الخدمات الصحية في السجون. وعندما تعرف السلطات عملها وتنسّق معها، "
        "وتنسّق المنظمات فيما بينها، تتحسن فرص السجناء في إعادة الاندماج، وتحظى السلطات بالدعم "
        "في الحد من التهديدات الإرهابية داخل السجون.</p>"
    ),
    activities=[
        Activity(
            "التعريف بما يقدّمه المجتمع المدني",
            "<p>رفع البرنامج وعي السلطات والأطراف المعنية الأخرى بعمل منظمات المجتمع المدني "
            "الوطنية والدولية في السجون.</p>",
            "مكتب الأمم المتحدة المعني بالمخدرات والجريمة مع النظراء الوطنيين",
        ),
        Activity(
            "ورشات عمل بين السلطات والمنظمات",
            "<p>جمعت ورشات عمل واجتماعات المؤسسات الحكومية ومنظمات المجتمع المدني مع خبراء "
            "وعاملين دوليين في هذا المجال.</p>",
            "المؤسسات الحكومية ومنظمات المجتمع المدني ومكتب الأمم المتحدة المعني بالمخدرات "
            "والجريمة",
        ),
        Activity(
            "شبكة لمنظمات المجتمع المدني",
            "<p>أُنشئت شبكة من منظمات المجتمع المدني لضمان التنسيق والتعاون فيما بينها.</p>",
            "منظمات المجتمع المدني",
        ),
        Activity(
            "مركز تدريب في سجن إصلاح النساء في أربيل",
            "<p>رُمّم مبنى في سجن إصلاح النساء في أربيل، وأصبح مركزًا تدريبيًا متخصصًا تدرّب "
            "فيه دائرة الإصلاح موظفيها وتنفّذ فيه برامج إعادة تأهيل للسجناء.</p>",
            "دائرة الإصلاح في إقليم كردستان",
        ),
        Activity(
            "المعدات والتدريب المتخصص",
            "<p>حصلت سلطات السجون على أثاث مكتبي أساسي ومعدات تكنولوجية. وتلقى الموظفون "
            "تدريبًا على الأمن الديناميكي، ودُرّب في أنحاء العراق 115 موظفًا في السجون، 17 في "
            "المئة منهم نساء، على أدوات تقييم المخاطر والاحتياجات.</p>",
            "سلطات السجون مع مدربين دوليين",
        ),
    ],
    partners=(
        "<p>دائرة الإصلاح في إقليم كردستان ودائرة الإصلاح العراقية في وزارة العدل؛ ومنظمات "
        "المجتمع المدني الوطنية والدولية، ومنها منظمات تعمل مع النساء؛ ومكتب الأمم المتحدة "
        "المعني بالمخدرات والجريمة. وشارك في التدريب خبراء دوليون من بلغاريا والسويد وألمانيا "
        "والنرويج والبرتغال.</p>"
    ),
    funding=FUNDING_AR,
    results=(
        "<p>أصبحت دائرة الإصلاح قادرة على تدريب الموظفين وتنفيذ برامج إعادة التأهيل في المركز "
        "بعد ترميمه. وتحسّن التعاون بين النظراء الوطنيين ومنظمات المجتمع المدني، وهو ما أتاح في "
        "النهاية فرصًا أفضل للأفراد لإعادة الاندماج في المجتمع. ويحصل الموظفون على أحدث "
        "المعلومات عن الممارسات الجيدة وعلى تدريب متخصص، مما يعزز أمن السجون وفرص إعادة "
        "التأهيل وإعادة الإدماج.</p>"
    ),
    successes=(
        "<p>اجتمعت السلطات والمنظمات في مكان واحد، وتتيح الشبكة للمنظمات أن تنسّق عملها بدلًا "
        "من أن تعمل كلٌّ منها بمعزل عن الأخرى.</p>"
    ),
    failures=(
        "<p>جعلت عمليات الحوكمة المعقدة التنفيذ أصعب، ولا تزال أوضاع السجون تعاني ثغرات، وخاصة "
        "بالنسبة إلى النساء.</p>"
    ),
    dos_and_donts=(
        "<ul><li>أشرِك المجتمع المدني منذ البداية: فهذا يساعد البرنامج على أن يعكس احتياجات "
        "المجتمعات التي يخدمها وأولوياتها، ويعزز الشفافية والمساءلة.</li>"
        "<li>امنح التدريب مقرًا دائمًا داخل نظام السجون.</li>"
        "<li>لا تغفل سجون النساء، حيث الثغرات أكبر.</li></ul>"
    ),
    sustainability=(
        "<p>مركز التدريب جزء من مرافق دائرة الإصلاح نفسها. ومن الأولويات لعام 2024 وما بعده "
        "تعزيز القدرة الاستخبارية لمصلحة السجون والتعاون بين الوكالات، والاستعداد لنقل السجناء "
        "عبر الحدود، وإنشاء عملية استقبال مركزية موحدة تديرها الحكومة وتتضمن تصنيف السجناء، "
        "ورسم خريطة لمرافق الاحتجاز لفهم قدرتها الاستيعابية ومعالجة الاكتظاظ.</p>"
    ),
    transferability=(
        "<p>يحتاج أي نظام سجون آخر إلى صورة واضحة عن المنظمات التي تعمل بالفعل في سجونه، وإلى "
        "سلطة مستعدة لجمعها، وإلى مكان يتسع لتدريب الموظفين ولبرامج السجناء معًا.</p>"
    ),
    contacts="<p>تواصلوا مع منسّق الشبكة عبر دليل الأعضاء.</p>",
    indicators=[
        Indicator(
            "مركز التدريب في سجن إصلاح النساء في أربيل",
            "رُمّم ويُستخدم لتدريب الموظفين وبرامج إعادة التأهيل",
            UNODC_REPORT_AR,
        ),
        Indicator("شبكة منظمات المجتمع المدني", "أُنشئت", UNODC_REPORT_AR),
        Indicator(
            "موظفو السجون المدرَّبون على تقييم المخاطر والاحتياجات في العراق",
            "115 (17% نساء)",
            UNODC_REPORT_AR,
        ),
    ],
)

ERBIL_RU = PracticeText(
    title="Сеть организаций гражданского общества для тюрем и учебный центр при женской "
    "исправительной тюрьме в Эрбиле",
    city="Эрбиль",
    summary=(
        "Организации гражданского общества обеспечивают образование, обучение, юридическую "
        "помощь и медицинские услуги в тюрьмах Ирака, восполняя пробелы, вызванные нехваткой "
        "кадров и средств. Программа повысила осведомлённость об их работе, побудила власти к "
        "партнёрству с ними и создала сеть, через которую организации координируют свою "
        "деятельность. В Курдистанском регионе отремонтированное здание при женской "
        "исправительной тюрьме в Эрбиле стало специализированным учебным центром, где обучают "
        "персонал и проводят реабилитационные программы для заключённых. Сотрудничество властей "
        "и гражданского общества улучшилось, что открыло людям больше возможностей вернуться в "
        "общество."
    ),
    starting_situation=(
        "<p>С 2017 года, после территориального разгрома ИГИЛ, в местах заключения и тюрьмах "
        "Ирака резко выросло число задержанных по обвинению в террористических преступлениях. "
        "В Ираке 59 103 заключённых. Условия содержания по-прежнему имеют пробелы, особенно для "
        "женщин, а тюремной системе не хватает кадров и средств, чтобы обеспечить все "
        "необходимые заключённым услуги.</p>"
    ),
    goals=(
        "<ul><li>Усилить роль организаций гражданского общества в реабилитации и поддержке после "
        "освобождения.</li>"
        "<li>Улучшить координацию между государственными органами и гражданским обществом, а "
        "также между самими организациями.</li>"
        "<li>Дать исправительной службе место для обучения персонала и проведения "
        "реабилитационных программ.</li></ul>"
    ),
    theory_of_change=(
        "<p>Организации гражданского общества расширяют доступ к образованию и обучению, "
        "оказывают юридическую помощь и улучшают медицинское обслуживание в тюрьмах. Когда "
        "власти знают об их работе и координируют с ними действия, а сами организации "
        "согласуют работу между собой, у заключённых больше шансов на реинтеграцию, а власти "
        "получают поддержку в снижении террористических угроз в тюрьмах.</p>"
    ),
    activities=[
        Activity(
            "Информирование о возможностях гражданского общества",
            "<p>Программа повысила осведомлённость властей и других заинтересованных сторон о "
            "работе национальных и международных организаций гражданского общества в "
            "тюрьмах.</p>",
            "УНП ООН совместно с национальными партнёрами",
        ),
        Activity(
            "Семинары для властей и организаций",
            "<p>Семинары и встречи объединили государственные учреждения и организации "
            "гражданского общества с международными экспертами и практиками.</p>",
            "Государственные учреждения, организации гражданского общества и УНП ООН",
        ),
        Activity(
            "Сеть организаций гражданского общества",
            "<p>Создана сеть организаций гражданского общества для координации и сотрудничества "
            "между ними.</p>",
            "Организации гражданского общества",
        ),
        Activity(
            "Учебный центр при женской исправительной тюрьме в Эрбиле",
            "<p>Здание при женской исправительной тюрьме в Эрбиле отремонтировано и стало "
            "специализированным учебным центром, где исправительная служба обучает персонал и "
            "проводит реабилитационные программы для заключённых.</p>",
            "Исправительная служба Курдистанского региона",
        ),
        Activity(
            "Оборудование и специализированное обучение",
            "<p>Тюремные органы получили базовую офисную мебель и технику. Персонал прошёл "
            "обучение динамической безопасности, а по всему Ираку 115 сотрудников тюрем, 17 "
            "процентов из них женщины, обучены работе с инструментами оценки рисков и "
            "потребностей.</p>",
            "Тюремные органы совместно с международными тренерами",
        ),
    ],
    partners=(
        "<p>Исправительная служба Курдистанского региона и исправительная служба Министерства "
        "юстиции Ирака; национальные и международные организации гражданского общества, в том "
        "числе работающие с женщинами; УНП ООН. В обучении участвовали международные эксперты "
        "из Болгарии, Швеции, Германии, Норвегии и Португалии.</p>"
    ),
    funding=FUNDING_RU,
    results=(
        "<p>Исправительная служба теперь может обучать персонал и проводить реабилитационные "
        "программы в отремонтированном центре. Улучшилось сотрудничество национальных партнёров "
        "с организациями гражданского общества, что в итоге открыло людям больше возможностей "
        "для возвращения в общество. Персонал получает актуальную информацию о передовой "
        "практике и специализированное обучение, что повышает безопасность тюрем и шансы на "
        "реабилитацию и реинтеграцию.</p>"
    ),
    successes=(
        "<p>Власти и организации собрались за одним столом, а сеть позволяет организациям "
        "координировать работу, а не действовать параллельно.</p>"
    ),
    failures=(
        "<p>Сложные процессы управления затрудняли реализацию, а условия в тюрьмах, особенно для "
        "женщин, по-прежнему имеют пробелы.</p>"
    ),
    dos_and_donts=(
        "<ul><li>Привлекайте гражданское общество с самого начала: это помогает программе "
        "учитывать потребности и приоритеты сообществ, которым она служит, и повышает "
        "прозрачность и подотчётность.</li>"
        "<li>Дайте обучению постоянное место внутри тюремной системы.</li>"
        "<li>Не забывайте о женских тюрьмах, где пробелов больше всего.</li></ul>"
    ),
    sustainability=(
        "<p>Учебный центр входит в собственный фонд исправительной службы. Среди приоритетов на "
        "2024 год и далее — укрепление оперативно-аналитического потенциала тюремной службы и "
        "межведомственного сотрудничества, готовность к трансграничной передаче заключённых, "
        "централизованный государственный приём с классификацией заключённых и картирование "
        "мест заключения, чтобы понять их вместимость и бороться с переполненностью.</p>"
    ),
    transferability=(
        "<p>Другой тюремной системе понадобится обзор организаций, уже работающих в её тюрьмах, "
        "орган власти, готовый их объединить, и помещение, где можно и обучать персонал, и "
        "проводить программы для заключённых.</p>"
    ),
    contacts="<p>Свяжитесь с координатором сети через справочник участников.</p>",
    indicators=[
        Indicator(
            "Учебный центр при женской исправительной тюрьме в Эрбиле",
            "Отремонтирован; используется для обучения персонала и реабилитационных программ",
            UNODC_REPORT_RU,
        ),
        Indicator("Сеть организаций гражданского общества", "Создана", UNODC_REPORT_RU),
        Indicator(
            "Сотрудники тюрем, обученные оценке рисков и потребностей в Ираке",
            "115 (17% женщины)",
            UNODC_REPORT_RU,
        ),
    ],
)

PRACTICES = [
    Practice(
        slug="aktau-city-led-reintegration-of-women-and-children",
        country="kazakhstan",
        organisation="steppe-womens-network",
        start_date=date(2019, 1, 1),
        actor_types=(
            "municipality",
            "social-services",
            "education",
            "health-service",
            "civil-society-organisation",
            "religious-institution",
            "police",
        ),
        stages=("repatriation", "resettlement", "rehabilitation", "reintegration", "resilience"),
        themes=(
            "psychosocial-care",
            "family-support",
            "childrens-schooling",
            "community-acceptance",
            "employment-and-livelihoods",
            "gender-and-age-sensitive",
        ),
        target_groups=("returning-women", "returning-children", "families"),
        review_label=ReviewLabel.PEER_REVIEWED,
        reviewed_days_ago=21,
        group_sections=("contacts",),
        groups=("returning-women-and-children",),
        texts={"en": AKTAU_EN, "ar": AKTAU_AR, "ru": AKTAU_RU},
    ),
    Practice(
        slug="kyrgyzstan-risk-and-needs-assessment-tools",
        country="kyrgyzstan",
        organisation="northern-prison-service",
        status=PracticeStatus.PILOT,
        start_date=date(2021, 10, 1),
        actor_types=("prison-service", "research", "international-organisation"),
        stages=("in-custody",),
        themes=("risk-and-needs-assessment", "disengagement-programmes", "staff-training"),
        target_groups=("violent-extremist-prisoners", "returning-men", "inmates-at-risk"),
        standards=("unsc-resolution-2396",),
        reviewed_days_ago=45,
        texts={"en": KYRGYZ_RNA_EN, "ar": KYRGYZ_RNA_AR, "ru": KYRGYZ_RNA_RU},
    ),
    Practice(
        slug="tajikistan-prison-intelligence-and-information-sharing",
        country="tajikistan",
        organisation_withheld=True,
        status=PracticeStatus.PILOT,
        start_date=date(2019, 1, 1),
        actor_types=("prison-service", "international-organisation"),
        stages=("in-custody",),
        themes=("prison-intelligence", "dynamic-security", "staff-training"),
        target_groups=(
            "violent-extremist-prisoners",
            "returning-men",
            "inmates-at-risk",
            "prison-and-probation-staff",
        ),
        standards=("nelson-mandela-rules", "unsc-resolution-2396"),
        evaluation_type=EvaluationType.NONE,
        review_label=ReviewLabel.SUBMITTED,
        reviewed_days_ago=10,
        texts={"en": TAJIK_INTELLIGENCE_EN},
    ),
    Practice(
        slug="erbil-civil-society-network-and-training-centre",
        country="iraq",
        start_date=date(2021, 1, 1),
        actor_types=("prison-service", "civil-society-organisation", "international-organisation"),
        stages=("in-custody", "rehabilitation", "post-release"),
        themes=(
            "civil-society-engagement",
            "staff-training",
            "education-and-vocational-training",
            "legal-aid",
            "gender-and-age-sensitive",
        ),
        target_groups=(
            "violent-extremist-prisoners",
            "inmates-at-risk",
            "prison-and-probation-staff",
        ),
        standards=("nelson-mandela-rules",),
        reviewed_days_ago=30,
        texts={"en": ERBIL_EN, "ar": ERBIL_AR, "ru": ERBIL_RU},
    ),
    Practice(
        slug="kazakhstan-nelson-mandela-rules-e-learning",
        country="kazakhstan",
        start_date=date(2019, 1, 1),
        became_regular_service=True,
        prevention_level="",
        reach=5593,
        actor_types=("prison-service", "probation-service", "international-organisation"),
        stages=("in-custody",),
        themes=("staff-training", "dynamic-security"),
        target_groups=("prison-and-probation-staff",),
        standards=("nelson-mandela-rules",),
        review_label=ReviewLabel.PEER_REVIEWED,
        reviewed_days_ago=14,
        texts={"en": MANDELA_ELEARNING_EN},
    ),
    Practice(
        slug="kazakhstan-disengagement-and-paid-work-in-prison",
        country="kazakhstan",
        start_date=date(2019, 1, 1),
        actor_types=("prison-service", "religious-institution", "international-organisation"),
        stages=("in-custody", "rehabilitation"),
        themes=(
            "disengagement-programmes",
            "employment-and-livelihoods",
            "education-and-vocational-training",
            "religious-counselling",
            "risk-and-needs-assessment",
        ),
        target_groups=("violent-extremist-prisoners", "returning-men"),
        standards=("nelson-mandela-rules", "unsc-resolution-2396"),
        reviewed_days_ago=75,
        texts={"en": DISENGAGEMENT_EN},
    ),
    Practice(
        slug="kostanay-regional-training-exchange",
        country="kazakhstan",
        start_date=date(2022, 10, 1),
        prevention_level="",
        actor_types=("prison-service", "probation-service", "international-organisation"),
        stages=("in-custody",),
        themes=("staff-training", "risk-and-needs-assessment"),
        target_groups=("prison-and-probation-staff",),
        standards=("nelson-mandela-rules",),
        review_label=ReviewLabel.SUBMITTED,
        reviewed_days_ago=5,
        adapted_from="kazakhstan-nelson-mandela-rules-e-learning",
        texts={"en": KOSTANAY_REGIONAL_EN},
    ),
]


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------

LISTED_EN = (
    " Listed as further reading by the Strong Cities Network webinar on the roles of cities."
)
LISTED_AR = " أوصت به ندوة شبكة المدن القوية عن أدوار المدن."
LISTED_RU = " Рекомендовано вебинаром Сети сильных городов о роли городов."


@dataclass(frozen=True)
class Resource:
    slug: str
    resource_type: str
    publisher: str
    url: str
    themes: tuple
    texts: dict  # language -> (title, summary)
    authors: str = ""
    year: int | None = None
    language: str = "en"


RESOURCES = [
    Resource(
        slug="processes-of-reintegrating-central-asian-returnees",
        resource_type=ResourceType.PUBLICATION,
        authors="W. B. Farrell, R. Burnashev, R. Azizi, B. Babadjanov",
        publisher="United States Institute of Peace",
        year=2021,
        url="https://www.usip.org/publications/2021/07/processes-reintegrating-central-asian-"
        "returnees-syria-and-iraq",
        themes=("community-acceptance", "family-support"),
        texts={
            "en": (
                "Processes of Reintegrating Central Asian Returnees from Syria and Iraq",
                "A special report comparing how Kazakhstan, Tajikistan and Uzbekistan reintegrate "
                "citizens who returned from Syria and Iraq." + LISTED_EN,
            ),
            "ar": (
                "مسارات إعادة إدماج العائدين من آسيا الوسطى من سوريا والعراق",
                "تقرير خاص يقارن كيف تعيد كازاخستان وطاجيكستان وأوزبكستان إدماج مواطنيها العائدين "
                "من سوريا والعراق." + LISTED_AR,
            ),
            "ru": (
                "Процессы реинтеграции вернувшихся из Сирии и Ирака граждан стран Центральной Азии",
                "Специальный доклад, в котором сравнивается, как Казахстан, Таджикистан и "
                "Узбекистан реинтегрируют граждан, вернувшихся из Сирии и Ирака." + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="kosovar-minors-and-women-repatriated-from-syria",
        resource_type=ResourceType.PUBLICATION,
        authors="A. Shtuni",
        publisher="International Republican Institute",
        year=2021,
        url="https://www.iri.org/resources/new-report-supports-rehabilitation-of-kosovo-youth-and-"
        "women-with-connection-to-violent-extremism/",
        themes=("gender-and-age-sensitive", "family-support"),
        texts={
            "en": (
                "Rehabilitation and Reintegration Path of Kosovar Minors and Women Repatriated "
                "from Syria",
                "A report on the first steps Kosovo's authorities took to rehabilitate and "
                "reintegrate the minors and women repatriated from Syria, with good practices, "
                "challenges and recommendations." + LISTED_EN,
            ),
            "ar": (
                "مسار إعادة تأهيل وإدماج القاصرين والنساء الكوسوفيين العائدين من سوريا",
                "تقرير عن الخطوات الأولى التي اتخذتها سلطات كوسوفو لإعادة تأهيل القاصرين والنساء "
                "الذين أُعيدوا من سوريا وإعادة إدماجهم، مع الممارسات الجيدة والتحديات "
                "والتوصيات." + LISTED_AR,
            ),
            "ru": (
                "Путь реабилитации и реинтеграции несовершеннолетних и женщин из Косово, "
                "репатриированных из Сирии",
                "Доклад о первых шагах властей Косово по реабилитации и реинтеграции "
                "несовершеннолетних и женщин, возвращённых из Сирии: передовая практика, "
                "трудности и рекомендации." + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="repatriation-rehabilitation-reintegration-central-asia",
        resource_type=ResourceType.PUBLICATION,
        publisher="Bulan Institute for Peace Innovations",
        year=2021,
        url="https://bulaninstitute.org/the-repatriation-rehabilitation-and-reintegration-of-isis-"
        "associates-in-central-asia-report/",
        themes=("family-support", "community-acceptance"),
        texts={
            "en": (
                "The Repatriation, Rehabilitation and Reintegration of ISIS Associates in Central "
                "Asia",
                "A report on how Central Asian states repatriate, rehabilitate and reintegrate "
                "people associated with ISIS." + LISTED_EN,
            ),
            "ar": (
                "إعادة المرتبطين بتنظيم داعش إلى أوطانهم وإعادة تأهيلهم وإدماجهم في آسيا الوسطى",
                "تقرير عن كيفية إعادة دول آسيا الوسطى للأشخاص المرتبطين بتنظيم داعش إلى أوطانهم "
                "وإعادة تأهيلهم وإدماجهم." + LISTED_AR,
            ),
            "ru": (
                "Репатриация, реабилитация и реинтеграция лиц, связанных с ИГИЛ, в Центральной "
                "Азии",
                "Доклад о том, как государства Центральной Азии репатриируют, реабилитируют и "
                "реинтегрируют лиц, связанных с ИГИЛ." + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="osce-non-custodial-rehabilitation-and-reintegration-guidebook",
        resource_type=ResourceType.GUIDANCE,
        publisher="Organization for Security and Co-operation in Europe (OSCE)",
        year=2020,
        url="https://www.osce.org/secretariat/466659",
        themes=("post-release-supervision", "community-acceptance"),
        texts={
            "en": (
                "Non-custodial Rehabilitation and Reintegration in Preventing and Countering "
                "Violent Extremism and Radicalization That Lead to Terrorism: A Guidebook for "
                "Policymakers and Practitioners in South-Eastern Europe",
                "A guidebook on rehabilitation and reintegration outside prison for people "
                "involved in violent extremism and radicalisation that lead to terrorism."
                + LISTED_EN,
            ),
            "ar": (
                "إعادة التأهيل وإعادة الإدماج غير الاحتجازيين في منع ومكافحة التطرف العنيف "
                "والراديكالية المؤدية إلى الإرهاب: دليل لصانعي السياسات والممارسين في جنوب شرق "
                "أوروبا",
                "دليل عن إعادة التأهيل وإعادة الإدماج خارج السجون للأشخاص المتورطين في التطرف "
                "العنيف والراديكالية المؤدية إلى الإرهاب." + LISTED_AR,
            ),
            "ru": (
                "Реабилитация и реинтеграция вне мест лишения свободы в предупреждении и "
                "противодействии насильственному экстремизму и радикализации, ведущим к "
                "терроризму: руководство для политиков и практиков Юго-Восточной Европы",
                "Руководство по реабилитации и реинтеграции вне мест лишения свободы людей, "
                "вовлечённых в насильственный экстремизм и радикализацию, ведущие к терроризму."
                + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="rapid-review-child-returnees-from-the-islamic-state",
        resource_type=ResourceType.PUBLICATION,
        authors="S. Weine, Z. Brahmbhatt, E. Cardeli, H. Ellis",
        publisher="Annals of Global Health",
        year=2020,
        url="https://doi.org/10.5334/aogh.2835",
        themes=("psychosocial-care", "mental-health", "childrens-schooling"),
        texts={
            "en": (
                "Rapid Review to Inform the Rehabilitation and Reintegration of Child Returnees "
                "from the Islamic State",
                "A rapid review of the evidence on children exposed to trauma and adversity, to "
                "inform the rehabilitation and reintegration of children returning from the "
                "Islamic State." + LISTED_EN,
            ),
            "ar": (
                "مراجعة سريعة لتوجيه إعادة تأهيل الأطفال العائدين من تنظيم الدولة الإسلامية "
                "وإعادة إدماجهم",
                "مراجعة سريعة للأدلة المتعلقة بالأطفال الذين تعرّضوا للصدمات والشدائد، لتوجيه "
                "إعادة تأهيل الأطفال العائدين من تنظيم الدولة الإسلامية وإعادة إدماجهم."
                + LISTED_AR,
            ),
            "ru": (
                "Экспресс-обзор для реабилитации и реинтеграции детей, вернувшихся из "
                "«Исламского государства»",
                "Экспресс-обзор данных о детях, переживших травму и тяжёлые жизненные "
                "обстоятельства, для реабилитации и реинтеграции детей, вернувшихся из "
                "«Исламского государства»." + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="rehabilitating-and-reintegrating-child-returnees-from-isis",
        resource_type=ResourceType.PUBLICATION,
        authors="S. Weine, H. Ellis",
        publisher="Just Security",
        year=2020,
        url="https://www.justsecurity.org/71021/rehabilitating-and-reintegrating-child-"
        "returnees-from-isis/",
        themes=("psychosocial-care", "childrens-schooling"),
        texts={
            "en": (
                "Rehabilitating and Reintegrating Child Returnees from ISIS",
                "An article introducing an evidence-based framework for the rehabilitation and "
                "reintegration of children returning from ISIS." + LISTED_EN,
            ),
            "ar": (
                "إعادة تأهيل الأطفال العائدين من داعش وإعادة إدماجهم",
                "مقال يعرض إطارًا قائمًا على الأدلة لإعادة تأهيل الأطفال العائدين من داعش وإعادة "
                "إدماجهم." + LISTED_AR,
            ),
            "ru": (
                "Реабилитация и реинтеграция детей, вернувшихся из ИГИЛ",
                "Статья, представляющая основанную на доказательствах рамочную модель "
                "реабилитации и реинтеграции детей, вернувшихся из ИГИЛ." + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="rehabilitating-women-and-children-returnees-in-kazakhstan",
        resource_type=ResourceType.PUBLICATION,
        authors="S. Weine",
        publisher="Just Security",
        year=2019,
        url="https://www.justsecurity.org/67694/rehabilitating-the-islamic-states-women-and-"
        "children-returnees-in-kazakhstan/",
        themes=("psychosocial-care", "family-support"),
        texts={
            "en": (
                "Rehabilitating the Islamic State's Women and Children Returnees in Kazakhstan",
                "An article on Kazakhstan's programme for rehabilitating women and children who "
                "returned from the Islamic State." + LISTED_EN,
            ),
            "ar": (
                "إعادة تأهيل النساء والأطفال العائدين من تنظيم الدولة الإسلامية في كازاخستان",
                "مقال عن برنامج كازاخستان لإعادة تأهيل النساء والأطفال العائدين من تنظيم الدولة "
                "الإسلامية." + LISTED_AR,
            ),
            "ru": (
                "Реабилитация женщин и детей, вернувшихся из «Исламского государства», в "
                "Казахстане",
                "Статья о казахстанской программе реабилитации женщин и детей, вернувшихся из "
                "«Исламского государства»." + LISTED_RU,
            ),
        },
    ),
    Resource(
        slug="unodc-returning-ftf-detention-programme-achievements-report",
        resource_type=ResourceType.PUBLICATION,
        publisher="United Nations Office on Drugs and Crime (UNODC)",
        url="https://www.unodc.org/unodc/en/justice-and-prison-reform/prison-gloz85-vep.html",
        themes=(
            "risk-and-needs-assessment",
            "dynamic-security",
            "prison-intelligence",
            "staff-training",
            "civil-society-engagement",
        ),
        texts={
            "en": (
                "The Returning Foreign Terrorist Fighters Detention Programme 2019–2023: "
                "Achievements Report",
                "UNODC's report on its 2019–2023 programme with the prison services of Iraq, "
                "Kazakhstan, Kyrgyzstan and Tajikistan: security audits and dynamic security, "
                "risk and needs assessment tools, staff training including the Nelson Mandela "
                "Rules, civil-society engagement and regional exchange. Available in Arabic, "
                "English and Russian.",
            ),
            "ar": (
                "برنامج احتجاز المقاتلين الإرهابيين الأجانب العائدين: تقرير الإنجازات 2019–2023",
                "تقرير مكتب الأمم المتحدة المعني بالمخدرات والجريمة عن برنامجه للفترة 2019–2023 "
                "مع مصالح السجون في العراق وكازاخستان وقيرغيزستان وطاجيكستان: التدقيق الأمني "
                "والأمن الديناميكي، وأدوات تقييم المخاطر والاحتياجات، وتدريب الموظفين بما في ذلك "
                "على قواعد نيلسون مانديلا، وإشراك المجتمع المدني، والتبادل الإقليمي. متاح "
                "بالعربية والإنجليزية والروسية.",
            ),
            "ru": (
                "Программа по содержанию под стражей вернувшихся иностранных "
                "боевиков-террористов: отчёт о достижениях за 2019–2023 годы",
                "Отчёт УНП ООН о программе 2019–2023 годов с пенитенциарными службами Ирака, "
                "Казахстана, Кыргызстана и Таджикистана: проверки безопасности и динамическая "
                "безопасность, инструменты оценки рисков и потребностей, обучение персонала, в "
                "том числе Правилам Нельсона Манделы, участие гражданского общества и "
                "региональный обмен опытом. Доступен на арабском, английском и русском языках.",
            ),
        },
    ),
]


def ensure_resource(spec: Resource, indexes: dict[str, Page], locales) -> bool:
    index = indexes["en"]
    page = existing_child(index, spec.slug)
    created = page is None
    if created:
        title, summary = spec.texts["en"]
        page = ResourcePage(
            title=title,
            slug=spec.slug,
            summary=summary,
            resource_type=spec.resource_type,
            authors=spec.authors,
            publisher=spec.publisher,
            year=spec.year,
            language=spec.language,
            external_url=spec.url,
            themes=_terms(Theme, spec.themes, locales["en"]),
        )
        publish_child(index, page)
    for code in TRANSLATED:
        title, summary = spec.texts[code]

        def prepare(translation, title=title, summary=summary, locale=locales[code]):
            translation.title = title
            translation.summary = summary
            translation.themes = _terms(Theme, spec.themes, locale)

        ensure_translation(page, locales[code], prepare)
    return created


# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------

SERIES = {
    "en": "Strong Cities monthly webinars",
    "ar": "الندوات الشهرية لشبكة المدن القوية",
    "ru": "Ежемесячные вебинары Сети сильных городов",
}
ONLINE = {"en": "Online", "ar": "عبر الإنترنت", "ru": "Онлайн"}


@dataclass(frozen=True)
class EventText:
    title: str
    summary: str
    speakers: list[str]  # roles, in order; every speaker is shown by role only
    key_takeaways: str = ""


@dataclass(frozen=True)
class Event:
    slug: str
    starts_at: object  # a callable returning an aware datetime, so upcoming events stay ahead
    minutes: int
    time_zone: str
    themes: tuple
    texts: dict[str, EventText]


def _past(when: datetime):
    return lambda: when


def _ahead(days: int, hour: int, zone: str):
    def starts_at():
        local_day = timezone.now().astimezone(ZoneInfo(zone)).date() + timedelta(days=days)
        return datetime.combine(local_day, time(hour), tzinfo=ZoneInfo(zone))

    return starts_at


PANELLIST = {
    "en": "Panellist: practitioner working with local practitioners and returnees in Kazakhstan "
    "and elsewhere",
    "ar": "متحدث: ممارس يعمل مع الممارسين المحليين والعائدين في كازاخستان وأماكن أخرى",
    "ru": "Спикер: специалист, работающий с местными практиками и вернувшимися в Казахстане и "
    "других странах",
}

WEBINAR = Event(
    slug="roles-of-cities-in-rehabilitating-families-of-foreign-terrorist-fighters",
    starts_at=_past(datetime(2022, 2, 15, 10, 0, tzinfo=ZoneInfo("UTC"))),
    minutes=90,
    time_zone="UTC",
    themes=("family-support", "psychosocial-care", "community-acceptance", "childrens-schooling"),
    texts={
        "en": EventText(
            "Rehabilitation and reintegration of family members of foreign terrorist fighters: "
            "the roles of cities and other local actors",
            "The first of the Strong Cities Network's monthly webinars of 2022. Three "
            "practitioners who work directly with local practitioners and returnees in Kazakhstan "
            "and elsewhere discussed what cities and other local actors contribute to the "
            "rehabilitation and reintegration of family members of foreign terrorist fighters, "
            "the challenges they face, and lessons and promising practices for cities working on "
            "similar issues.",
            ["Moderator, Strong Cities Network", PANELLIST["en"], PANELLIST["en"], PANELLIST["en"]],
            "<ol>"
            "<li><p><b>Returning family members can be rehabilitated and reintegrated safely and "
            "effectively.</b> Experience in Kazakhstan and across Central Asia shows that the "
            "challenges can be overcome. Tajikistan, Uzbekistan and Kyrgyzstan have repatriated "
            "around 1,300 people, more than any other region, and Kazakhstan alone around 700 of "
            "its citizens since 2019. Most returned women have found work or started a business, "
            "but the COVID-19 pandemic and the Islamophobia that followed the January 2022 crisis "
            "mean that more work is needed for long-term stability.</p></li>"
            "<li><p><b>Moving rehabilitation and reintegration from national to local actors gives "
            "more effective and sustainable results.</b> A rehabilitation centre in Aktau that "
            "brought together practitioners from cities across Kazakhstan meant that the "
            "infrastructure for the shift existed and that care continued when women and children "
            "returned to their cities. Cities are the closest providers of what returnees need: "
            "school enrolment, family reunification, training and jobs for women, and "
            "psychosocial support.</p></li>"
            "<li><p><b>Person-centred, locally driven, multi-actor and whole-of-society approaches "
            "matter.</b> Teachers, psychologists, health services, civil-society organisations "
            "and local police all have a part. Religious institutions play an important role in "
            "Kazakhstan, but a focus on religious ideology may not transfer elsewhere, and "
            "practitioners need to look beyond ideology to the more complex drivers. The full "
            "challenge spans repatriation, resettlement, rehabilitation, reintegration and "
            "resilience.</p></li>"
            "<li><p><b>Trauma-informed mental health care and psychosocial support are "
            "critical</b>, for children above all. Treat post-traumatic stress, anxiety, apathy "
            "and depression as normal reactions to violence; understand the gendered domestic "
            "violence many women and children lived through; build belonging in the community. "
            "Returnees reported fewer symptoms. Protecting the anonymity of resettled women and "
            "children is good practice.</p></li>"
            "<li><p><b>Networks for local practitioners to share lessons are missing.</b> "
            "Exchange happens ad hoc. National, regional and international structures should be "
            "a priority, together with monitoring, evaluation and learning and outcome "
            "indicators, so that what works can be replicated.</p></li>"
            "</ol>",
        ),
        "ar": EventText(
            "إعادة تأهيل أفراد أسر المقاتلين الإرهابيين الأجانب وإعادة إدماجهم: أدوار المدن "
            "والجهات الفاعلة المحلية الأخرى",
            "الأولى في سلسلة الندوات الشهرية عبر الإنترنت التي نظمتها شبكة المدن القوية خلال عام "
            "2022. ناقش ثلاثة ممارسين يعملون مباشرة مع الممارسين المحليين والعائدين في كازاخستان "
            "وأماكن أخرى ما يمكن أن تقدمه المدن والجهات الفاعلة المحلية الأخرى لإعادة تأهيل "
            "أفراد أسر المقاتلين الإرهابيين الأجانب وإعادة إدماجهم، والتحديات التي تواجهها، "
            "والدروس والممارسات الواعدة للمدن التي تعمل على قضايا مماثلة.",
            ["مدير الجلسة، شبكة المدن القوية", PANELLIST["ar"], PANELLIST["ar"], PANELLIST["ar"]],
            "<ol>"
            "<li><p><b>يمكن إعادة تأهيل أفراد الأسر العائدين وإعادة إدماجهم بأمان وفعالية.</b> "
            "تُظهر التجربة في كازاخستان وآسيا الوسطى أنه يمكن التغلب على التحديات. فقد أعادت "
            "طاجيكستان وأوزبكستان وقيرغيزستان نحو 1300 شخص، أكثر من أي منطقة أخرى في العالم، "
            "وأعادت كازاخستان وحدها نحو 700 من مواطنيها منذ عام 2019. ووجدت معظم النساء العائدات "
            "عملًا أو أنشأن مشاريعهن الخاصة، غير أن جائحة كوفيد-19 والإسلاموفوبيا التي أعقبت "
            "أزمة يناير 2022 تعني أن هناك مزيدًا من العمل لضمان الاستقرار على المدى "
            "الطويل.</p></li>"
            "<li><p><b>نقل إعادة التأهيل وإعادة الإدماج من الجهات الوطنية إلى الجهات المحلية "
            "يحقق نتائج أكثر فعالية واستدامة.</b> فوجود مركز لإعادة التأهيل في أكتاو جمع "
            "ممارسين من مدن في أنحاء كازاخستان عنى أن البنية اللازمة للتحول كانت قائمة، وأن "
            "الرعاية استمرت عند عودة النساء والأطفال إلى مدنهم. والمدن أقرب مقدمي ما يحتاج إليه "
            "العائدون: تسجيل الأطفال في المدارس، ولمّ شمل الأسر، وتدريب النساء وتوفير فرص العمل "
            "لهن، والدعم النفسي والاجتماعي.</p></li>"
            "<li><p><b>النهج الذي يتمحور حول الشخص ويُدار محليًا وتشارك فيه جهات متعددة والمجتمع "
            "بأسره أمر حاسم.</b> للمعلمين والأخصائيين النفسيين والخدمات الصحية ومنظمات المجتمع "
            "المدني والشرطة المحلية دور في ذلك. وتؤدي المؤسسات الدينية دورًا مهمًا في كازاخستان، "
            "لكن التركيز على الأيديولوجية الدينية قد لا ينتقل إلى سياقات أخرى، وعلى الممارسين "
            "النظر إلى ما وراء الأيديولوجية نحو الدوافع الأكثر تعقيدًا. ويشمل التحدي كاملًا "
            "الإعادة إلى الوطن وإعادة التوطين وإعادة التأهيل وإعادة الإدماج وبناء القدرة على "
            "الصمود.</p></li>"
            "<li><p><b>رعاية الصحة النفسية الواعية بالصدمات والدعم النفسي والاجتماعي "
            "أساسيان</b>، ولا سيما للأطفال. ينبغي التعامل مع أعراض اضطراب ما بعد الصدمة والقلق "
            "واللامبالاة والاكتئاب بوصفها ردود فعل طبيعية على العنف، وفهم الطابع الجنساني للعنف "
            "المنزلي الذي عاشه كثير من النساء والأطفال، وبناء الشعور بالانتماء في المجتمع "
            "المحلي. وقد أفاد العائدون بتراجع الأعراض. وحماية هوية النساء والأطفال المعاد "
            "توطينهم ممارسة جيدة.</p></li>"
            "<li><p><b>تنقص الشبكات التي تتيح للممارسين المحليين تبادل الدروس.</b> يجري التبادل "
            "بصورة مخصصة، وينبغي إعطاء الأولوية لإنشاء هياكل وطنية وإقليمية ودولية، إلى جانب "
            "آليات للرصد والتقييم والتعلّم ومؤشرات للنتائج، حتى يمكن تكرار ما ينجح.</p></li>"
            "</ol>",
        ),
        "ru": EventText(
            "Реабилитация и реинтеграция членов семей иностранных боевиков-террористов: роль "
            "городов и других местных субъектов",
            "Первый из ежемесячных вебинаров Сети сильных городов в 2022 году. Три специалиста, "
            "которые работают непосредственно с местными практиками и вернувшимися в Казахстане "
            "и других странах, обсудили, что города и другие местные субъекты дают реабилитации "
            "и реинтеграции членов семей иностранных боевиков-террористов, с какими трудностями "
            "они сталкиваются, а также уроки и перспективные практики для городов, решающих "
            "похожие задачи.",
            ["Модератор, Сеть сильных городов", PANELLIST["ru"], PANELLIST["ru"], PANELLIST["ru"]],
            "<ol>"
            "<li><p><b>Вернувшихся членов семей можно безопасно и эффективно реабилитировать и "
            "реинтегрировать.</b> Опыт Казахстана и Центральной Азии показывает, что трудности "
            "преодолимы. Таджикистан, Узбекистан и Кыргызстан вернули около 1 300 человек — "
            "больше, чем любой другой регион мира, а один лишь Казахстан с 2019 года вернул около "
            "700 своих граждан. Большинство вернувшихся женщин нашли работу или открыли своё "
            "дело, однако пандемия COVID-19 и исламофобия после январского кризиса 2022 года "
            "означают, что для долгосрочной устойчивости нужна дальнейшая работа.</p></li>"
            "<li><p><b>Передача реабилитации и реинтеграции от национальных к местным субъектам "
            "даёт более эффективные и устойчивые результаты.</b> Реабилитационный центр в Актау, "
            "объединивший специалистов из городов по всему Казахстану, обеспечил инфраструктуру "
            "для этого перехода и непрерывность помощи, когда женщины и дети возвращались в свои "
            "города. Города ближе всех к тому, что нужно вернувшимся: устройство детей в школы, "
            "воссоединение семей, обучение и работа для женщин, психосоциальная "
            "поддержка.</p></li>"
            "<li><p><b>Важен подход, ориентированный на человека, организованный на местах, с "
            "участием многих субъектов и всего общества.</b> Свою роль играют учителя, психологи, "
            "здравоохранение, организации гражданского общества и местная полиция. Религиозные "
            "организации важны в Казахстане, но акцент на религиозной идеологии может не подойти "
            "для других условий; специалистам нужно смотреть глубже идеологии — на более сложные "
            "причины. Задача в целом охватывает репатриацию, обустройство, реабилитацию, "
            "реинтеграцию и жизнестойкость.</p></li>"
            "<li><p><b>Помощь в области психического здоровья с учётом травмы и психосоциальная "
            "поддержка крайне важны</b>, прежде всего для детей. Симптомы посттравматического "
            "стресса, тревоги, апатии и депрессии следует рассматривать как естественную реакцию "
            "на насилие, учитывать гендерный характер домашнего насилия, пережитого многими "
            "женщинами и детьми, и формировать чувство принадлежности в местном сообществе. "
            "Вернувшиеся сообщили об ослаблении симптомов. Защита анонимности переселённых "
            "женщин и детей — передовая практика.</p></li>"
            "<li><p><b>Не хватает сетей для обмена опытом между местными специалистами.</b> "
            "Обмен происходит от случая к случаю; приоритетом должно стать создание национальных, "
            "региональных и международных структур, а также механизмов мониторинга, оценки и "
            "обучения и показателей результатов, чтобы успешную работу можно было "
            "повторить.</p></li>"
            "</ol>",
        ),
    },
)

UPCOMING = [
    Event(
        slug="continuity-of-care-from-rehabilitation-centre-to-city-services",
        starts_at=_ahead(30, 10, "Asia/Almaty"),
        minutes=90,
        time_zone="Asia/Almaty",
        themes=("psychosocial-care", "family-support", "childrens-schooling"),
        texts={
            "en": EventText(
                "Continuity of care: from rehabilitation centre to city services",
                "A peer exchange for municipal social services, psychologists and civil-society "
                "organisations on handing returning women and children over from a "
                "rehabilitation centre to the services of their home city, with no gap in care "
                "and without putting anyone's anonymity at risk. Members share how they "
                "coordinate schooling, family reunification, psychosocial support and work.",
                [
                    "Moderator, Returning women and children working group",
                    "Municipal social services coordinator",
                    "Psychosocial support lead, civil-society organisation",
                ],
            ),
            "ar": EventText(
                "استمرارية الرعاية: من مركز إعادة التأهيل إلى خدمات المدينة",
                "لقاء لتبادل الخبرات بين الخدمات الاجتماعية البلدية والأخصائيين النفسيين ومنظمات "
                "المجتمع المدني حول تسليم النساء والأطفال العائدين من مركز لإعادة التأهيل إلى "
                "خدمات مدينتهم الأصلية دون انقطاع في الرعاية ودون تعريض هوية أي شخص للخطر. يعرض "
                "الأعضاء كيف ينسّقون التعليم المدرسي ولمّ شمل الأسر والدعم النفسي والاجتماعي "
                "والعمل.",
                [
                    "مدير الجلسة، فريق العمل المعني بالنساء والأطفال العائدين",
                    "منسّق الخدمات الاجتماعية البلدية",
                    "مسؤول الدعم النفسي والاجتماعي، منظمة مجتمع مدني",
                ],
            ),
            "ru": EventText(
                "Непрерывность помощи: от реабилитационного центра к городским службам",
                "Обмен опытом для муниципальных социальных служб, психологов и организаций "
                "гражданского общества: как передавать вернувшихся женщин и детей из "
                "реабилитационного центра службам их родного города без перерыва в помощи и без "
                "риска для чьей-либо анонимности. Участники расскажут, как согласуют школьное "
                "обучение, воссоединение семей, психосоциальную поддержку и трудоустройство.",
                [
                    "Модератор, рабочая группа «Вернувшиеся женщины и дети»",
                    "Координатор муниципальных социальных служб",
                    "Руководитель психосоциальной поддержки, организация гражданского общества",
                ],
            ),
        },
    ),
    Event(
        slug="risk-and-needs-assessment-in-central-asian-prisons",
        starts_at=_ahead(60, 14, "Asia/Bishkek"),
        minutes=90,
        time_zone="Asia/Bishkek",
        themes=("risk-and-needs-assessment", "staff-training", "disengagement-programmes"),
        texts={
            "en": EventText(
                "Risk and needs assessment in Central Asian prisons: what the pilots teach",
                "Prison and probation staff compare structured professional judgement tools for "
                "assessing the risks and needs of violent-extremist and returning foreign "
                "terrorist fighter prisoners: how the tools were built, how pilots in prisons "
                "were organised, and how the results feed into sentence plans and disengagement "
                "work.",
                [
                    "Moderator, Central Asia prison services group",
                    "Head of assessment, prison service",
                    "Trainer, prison staff training academy",
                ],
            ),
            "ar": EventText(
                "تقييم المخاطر والاحتياجات في سجون آسيا الوسطى: دروس من التجارب الأولى",
                "يقارن موظفو السجون والمراقبة أدوات الحكم المهني المنظم لتقييم مخاطر السجناء "
                "المتطرفين العنيفين والمقاتلين الإرهابيين الأجانب العائدين واحتياجاتهم: كيف "
                "بُنيت، وكيف نُظّمت تجربتها في السجون، وكيف تُستخدم نتائجها في خطط الأحكام "
                "وأنشطة فك الارتباط.",
                [
                    "مدير الجلسة، مجموعة مصالح السجون في آسيا الوسطى",
                    "رئيس وحدة التقييم، مصلحة السجون",
                    "مدرّب، أكاديمية تدريب موظفي السجون",
                ],
            ),
            "ru": EventText(
                "Оценка рисков и потребностей в тюрьмах Центральной Азии: уроки апробации",
                "Сотрудники пенитенциарных учреждений и служб пробации сравнивают инструменты "
                "структурированного профессионального суждения для оценки рисков и потребностей "
                "заключённых — воинствующих экстремистов и вернувшихся иностранных "
                "боевиков-террористов: как они создавались, как была организована апробация в "
                "тюрьмах и как результаты используются в планах отбывания наказания и в работе "
                "по отказу от насилия.",
                [
                    "Модератор, группа пенитенциарных служб Центральной Азии",
                    "Руководитель отдела оценки, пенитенциарная служба",
                    "Преподаватель, академия подготовки сотрудников пенитенциарной системы",
                ],
            ),
        },
    ),
]
EVENTS = [WEBINAR, *UPCOMING]


def _speakers(roles: list[str]) -> list[EventSpeaker]:
    return [
        EventSpeaker(name="", role=role, anonymised=True, sort_order=order)
        for order, role in enumerate(roles)
    ]


def ensure_event(spec: Event, indexes: dict[str, Page], locales) -> bool:
    index = indexes["en"]
    page = existing_child(index, spec.slug)
    created = page is None
    if created:
        text = spec.texts["en"]
        starts_at = spec.starts_at()
        page = EventPage(
            title=text.title,
            slug=spec.slug,
            summary=text.summary,
            series=SERIES["en"],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=spec.minutes),
            time_zone=spec.time_zone,
            event_format=EventFormat.ONLINE,
            location=ONLINE["en"],
            key_takeaways=text.key_takeaways,
            themes=_terms(Theme, spec.themes, locales["en"]),
        )
        page.speakers = _speakers(text.speakers)
        publish_child(index, page)
    for code in TRANSLATED:
        text = spec.texts[code]

        def prepare(translation, text=text, code=code):
            translation.title = text.title
            translation.summary = text.summary
            translation.series = SERIES[code]
            translation.location = ONLINE[code]
            translation.key_takeaways = text.key_takeaways
            translation.speakers = _speakers(text.speakers)
            translation.themes = _terms(Theme, spec.themes, locales[code])

        ensure_translation(page, locales[code], prepare)
    return created


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


@transaction.atomic
def load_practices_demo(home: Page, report=print) -> None:
    """Taxonomy, the three index pages, practices, resources and events under ``home``."""
    seed_taxonomy(report=report)
    locales = ensure_locales()
    indexes = ensure_indexes(home, locales)
    report("Sections: practices, resources and events in en, " + ", ".join(TRANSLATED))

    total, created, translated = load_practices(indexes, locales)
    report(
        f"Practices: {total} ({created} new; {len(translated)} translated into "
        f"{', '.join(TRANSLATED)})"
    )
    created = sum(ensure_resource(spec, indexes["resources"], locales) for spec in RESOURCES)
    report(f"Resources: {len(RESOURCES)} ({created} new; all in en, {', '.join(TRANSLATED)})")
    created = sum(ensure_event(spec, indexes["events"], locales) for spec in EVENTS)
    report(
        f"Events: {len(EVENTS)} ({created} new; 1 past, {len(UPCOMING)} upcoming; all in en, "
        f"{', '.join(TRANSLATED)})"
    )
