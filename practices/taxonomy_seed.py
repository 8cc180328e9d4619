"""The starting vocabularies in English, Arabic and Russian.

``seed_taxonomy`` looks every term up by slug and language before it creates it, so it can run
again at any time: it adds what is missing and never changes a row that already exists, because
editors may have renamed or described a term since.
"""

import uuid
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale

from practices.models.taxonomy import (
    ActorType,
    Country,
    Region,
    Stage,
    Standard,
    TargetGroup,
    Theme,
)

LANGUAGES = ("en", "ar", "ru")


@dataclass(frozen=True)
class Term:
    slug: str
    en: str
    ar: str
    ru: str
    extra: tuple = ()  # (field, value) pairs shared by every language

    def name(self, language: str) -> str:
        return getattr(self, language)


THEMES = [
    Term(
        "risk-and-needs-assessment",
        "Risk and needs assessment",
        "تقييم المخاطر والاحتياجات",
        "Оценка рисков и потребностей",
    ),
    Term(
        "psychosocial-care",
        "Psychosocial and trauma-informed care",
        "الرعاية النفسية والاجتماعية الواعية بالصدمات",
        "Психосоциальная помощь с учётом травмы",
    ),
    Term("mental-health", "Mental health", "الصحة النفسية", "Психическое здоровье"),
    Term(
        "education-and-vocational-training",
        "Education and vocational training",
        "التعليم والتدريب المهني",
        "Образование и профессиональное обучение",
    ),
    Term(
        "employment-and-livelihoods",
        "Employment and livelihoods",
        "التوظيف وسبل العيش",
        "Трудоустройство и средства к существованию",
    ),
    Term(
        "family-support",
        "Family support and reunification",
        "دعم الأسرة ولمّ شملها",
        "Поддержка и воссоединение семей",
    ),
    Term(
        "childrens-schooling",
        "Children's schooling",
        "التحاق الأطفال بالمدارس",
        "Школьное обучение детей",
    ),
    Term(
        "religious-counselling",
        "Religious counselling and dialogue",
        "الإرشاد والحوار الديني",
        "Религиозное консультирование и диалог",
    ),
    Term(
        "disengagement-programmes",
        "Disengagement programmes",
        "برامج فك الارتباط",
        "Программы отказа от насильственного экстремизма",
    ),
    Term("dynamic-security", "Dynamic security", "الأمن الديناميكي", "Динамическая безопасность"),
    Term(
        "prison-intelligence",
        "Prison intelligence",
        "العمل الاستخباري في السجون",
        "Сбор и анализ оперативной информации в тюрьмах",
    ),
    Term("staff-training", "Staff training", "تدريب الموظفين", "Обучение персонала"),
    Term(
        "civil-society-engagement",
        "Civil-society engagement",
        "إشراك المجتمع المدني",
        "Участие гражданского общества",
    ),
    Term(
        "gender-and-age-sensitive",
        "Gender- and age-sensitive approaches",
        "النُّهج المراعية للنوع الاجتماعي والعمر",
        "Подходы с учётом гендера и возраста",
    ),
    Term(
        "community-acceptance",
        "Community acceptance and stigma",
        "تقبّل المجتمع والوصم",
        "Принятие обществом и стигматизация",
    ),
    Term("legal-aid", "Legal aid", "المساعدة القانونية", "Юридическая помощь"),
    Term(
        "post-release-supervision",
        "Post-release supervision",
        "الإشراف بعد الإفراج",
        "Надзор после освобождения",
    ),
    Term(
        "monitoring-and-evaluation",
        "Monitoring and evaluation",
        "الرصد والتقييم",
        "Мониторинг и оценка",
    ),
]

STAGES = [
    Term("repatriation", "Repatriation", "الإعادة إلى الوطن", "Репатриация"),
    Term("resettlement", "Resettlement", "إعادة التوطين", "Обустройство на месте жительства"),
    Term("rehabilitation", "Rehabilitation", "إعادة التأهيل", "Реабилитация"),
    Term("reintegration", "Reintegration", "إعادة الإدماج", "Реинтеграция"),
    Term("resilience", "Resilience", "بناء القدرة على الصمود", "Жизнестойкость"),
    Term("in-custody", "In custody", "أثناء الاحتجاز", "В местах лишения свободы"),
    Term("post-release", "Post-release", "ما بعد الإفراج", "После освобождения"),
]

ACTOR_TYPES = [
    Term("municipality", "Municipality", "البلدية", "Муниципалитет"),
    Term("prison-service", "Prison service", "مصلحة السجون", "Пенитенциарная служба"),
    Term("probation-service", "Probation service", "دائرة المراقبة", "Служба пробации"),
    Term("police", "Police", "الشرطة", "Полиция"),
    Term("health-service", "Health service", "الخدمات الصحية", "Служба здравоохранения"),
    Term("education", "Education", "التعليم", "Образование"),
    Term("social-services", "Social services", "الخدمات الاجتماعية", "Социальные службы"),
    Term(
        "civil-society-organisation",
        "Civil-society organisation",
        "منظمة مجتمع مدني",
        "Организация гражданского общества",
    ),
    Term(
        "religious-institution",
        "Religious institution",
        "مؤسسة دينية",
        "Религиозная организация",
    ),
    Term("research", "Research", "البحث العلمي", "Научные исследования"),
    Term(
        "international-organisation",
        "International organisation",
        "منظمة دولية",
        "Международная организация",
    ),
]

TARGET_GROUPS = [
    Term("returning-men", "Returning men", "الرجال العائدون", "Вернувшиеся мужчины"),
    Term("returning-women", "Returning women", "النساء العائدات", "Вернувшиеся женщины"),
    Term("returning-children", "Returning children", "الأطفال العائدون", "Вернувшиеся дети"),
    Term("families", "Families", "الأسر", "Семьи"),
    Term(
        "violent-extremist-prisoners",
        "Violent-extremist prisoners",
        "السجناء المتطرفون العنيفون",
        "Заключённые — воинствующие экстремисты",
    ),
    Term(
        "inmates-at-risk",
        "Inmates at risk of radicalisation",
        "النزلاء المعرّضون لخطر التطرف",
        "Заключённые, подверженные риску радикализации",
    ),
    Term(
        "prison-and-probation-staff",
        "Prison and probation staff",
        "موظفو السجون والمراقبة",
        "Сотрудники пенитенциарных учреждений и служб пробации",
    ),
    Term("communities", "Communities", "المجتمعات المحلية", "Местные сообщества"),
]

REGIONS = [
    Term("central-asia", "Central Asia", "آسيا الوسطى", "Центральная Азия"),
    Term(
        "middle-east-and-north-africa",
        "Middle East and North Africa",
        "الشرق الأوسط وشمال أفريقيا",
        "Ближний Восток и Северная Африка",
    ),
    Term("western-balkans", "Western Balkans", "غرب البلقان", "Западные Балканы"),
    Term(
        "south-and-south-east-asia",
        "South and South-East Asia",
        "جنوب آسيا وجنوب شرقها",
        "Южная и Юго-Восточная Азия",
    ),
    Term("east-africa", "East Africa", "شرق أفريقيا", "Восточная Африка"),
    Term("europe", "Europe", "أوروبا", "Европа"),
    Term("north-america", "North America", "أمريكا الشمالية", "Северная Америка"),
    Term(
        "west-africa-and-the-sahel",
        "West Africa and the Sahel",
        "غرب أفريقيا ومنطقة الساحل",
        "Западная Африка и Сахель",
    ),
]

# slug, English, Arabic, Russian, ISO 3166 code, region slug.
# Kosovo has no ISO 3166 code; XK is the code in general use for it.
_COUNTRIES = [
    ("kazakhstan", "Kazakhstan", "كازاخستان", "Казахстан", "KZ", "central-asia"),
    ("kyrgyzstan", "Kyrgyzstan", "قيرغيزستان", "Кыргызстан", "KG", "central-asia"),
    ("tajikistan", "Tajikistan", "طاجيكستان", "Таджикистан", "TJ", "central-asia"),
    ("uzbekistan", "Uzbekistan", "أوزبكستان", "Узбекистан", "UZ", "central-asia"),
    ("turkmenistan", "Turkmenistan", "تركمانستان", "Туркменистан", "TM", "central-asia"),
    ("iraq", "Iraq", "العراق", "Ирак", "IQ", "middle-east-and-north-africa"),
    ("syria", "Syria", "سوريا", "Сирия", "SY", "middle-east-and-north-africa"),
    ("jordan", "Jordan", "الأردن", "Иордания", "JO", "middle-east-and-north-africa"),
    ("tunisia", "Tunisia", "تونس", "Тунис", "TN", "middle-east-and-north-africa"),
    ("morocco", "Morocco", "المغرب", "Марокко", "MA", "middle-east-and-north-africa"),
    (
        "bosnia-and-herzegovina",
        "Bosnia and Herzegovina",
        "البوسنة والهرسك",
        "Босния и Герцеговина",
        "BA",
        "western-balkans",
    ),
    ("kosovo", "Kosovo", "كوسوفو", "Косово", "XK", "western-balkans"),
    (
        "north-macedonia",
        "North Macedonia",
        "مقدونيا الشمالية",
        "Северная Македония",
        "MK",
        "western-balkans",
    ),
    ("albania", "Albania", "ألبانيا", "Албания", "AL", "western-balkans"),
    ("indonesia", "Indonesia", "إندونيسيا", "Индонезия", "ID", "south-and-south-east-asia"),
    ("malaysia", "Malaysia", "ماليزيا", "Малайзия", "MY", "south-and-south-east-asia"),
    ("philippines", "Philippines", "الفلبين", "Филиппины", "PH", "south-and-south-east-asia"),
    ("kenya", "Kenya", "كينيا", "Кения", "KE", "east-africa"),
    ("somalia", "Somalia", "الصومال", "Сомали", "SO", "east-africa"),
    ("germany", "Germany", "ألمانيا", "Германия", "DE", "europe"),
    ("france", "France", "فرنسا", "Франция", "FR", "europe"),
    ("netherlands", "Netherlands", "هولندا", "Нидерланды", "NL", "europe"),
    ("united-kingdom", "United Kingdom", "المملكة المتحدة", "Великобритания", "GB", "europe"),
    ("sweden", "Sweden", "السويد", "Швеция", "SE", "europe"),
    ("belgium", "Belgium", "بلجيكا", "Бельгия", "BE", "europe"),
    ("canada", "Canada", "كندا", "Канада", "CA", "north-america"),
    ("nigeria", "Nigeria", "نيجيريا", "Нигерия", "NG", "west-africa-and-the-sahel"),
    ("niger", "Niger", "النيجر", "Нигер", "NE", "west-africa-and-the-sahel"),
]
COUNTRIES = [
    Term(slug, en, ar, ru, (("code", code), ("region", region)))
    for slug, en, ar, ru, code, region in _COUNTRIES
]

STANDARDS = [
    Term(
        "nelson-mandela-rules",
        "UN Standard Minimum Rules for the Treatment of Prisoners (Nelson Mandela Rules)",
        "قواعد الأمم المتحدة النموذجية الدنيا لمعاملة السجناء (قواعد نيلسون مانديلا)",
        "Минимальные стандартные правила ООН в отношении обращения с заключёнными "
        "(Правила Нельсона Манделы)",
        (("url", "https://undocs.org/A/RES/70/175"),),
    ),
    Term(
        "gctf-rome-memorandum",
        "GCTF Rome Memorandum on Good Practices for Rehabilitation and Reintegration of Violent "
        "Extremist Offenders",
        "مذكرة روما الصادرة عن المنتدى العالمي لمكافحة الإرهاب بشأن الممارسات الجيدة لإعادة تأهيل "
        "مرتكبي جرائم التطرف العنيف وإعادة إدماجهم",
        "Римский меморандум ГКТФ о передовой практике реабилитации и реинтеграции лиц, "
        "совершивших преступления насильственного экстремизма",
    ),
    Term(
        "gctf-women-and-cve",
        "GCTF Good Practices on Women and Countering Violent Extremism",
        "الممارسات الجيدة للمنتدى العالمي لمكافحة الإرهاب بشأن المرأة ومكافحة التطرف العنيف",
        "Передовая практика ГКТФ в отношении женщин и противодействия насильственному экстремизму",
    ),
    Term(
        "gctf-neuchatel-memorandum",
        "GCTF Neuchâtel Memorandum on Good Practices for Juvenile Justice in a Counterterrorism "
        "Context",
        "مذكرة نوشاتيل الصادرة عن المنتدى العالمي لمكافحة الإرهاب بشأن الممارسات الجيدة لقضاء "
        "الأحداث في سياق مكافحة الإرهاب",
        "Невшательский меморандум ГКТФ о передовой практике в области правосудия в отношении "
        "несовершеннолетних в контексте борьбы с терроризмом",
    ),
    Term(
        "unsc-resolution-2396",
        "UN Security Council resolution 2396 (2017)",
        "قرار مجلس الأمن التابع للأمم المتحدة 2396 (2017)",
        "Резолюция 2396 (2017) Совета Безопасности ООН",
        (("url", "https://undocs.org/S/RES/2396(2017)"),),
    ),
    Term(
        "unsc-resolution-2178",
        "UN Security Council resolution 2178 (2014)",
        "قرار مجلس الأمن التابع للأمم المتحدة 2178 (2014)",
        "Резолюция 2178 (2014) Совета Безопасности ООН",
        (("url", "https://undocs.org/S/RES/2178(2014)"),),
    ),
]

VOCABULARIES = [
    ("Themes", Theme, THEMES),
    ("Stages", Stage, STAGES),
    ("Actor types", ActorType, ACTOR_TYPES),
    ("Target groups", TargetGroup, TARGET_GROUPS),
    ("Regions", Region, REGIONS),
    ("Countries", Country, COUNTRIES),
    ("Standards", Standard, STANDARDS),
]


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _shared_fields(term: Term, language: str, locale: Locale) -> dict:
    """The term's extra fields, with a region resolved to the row in the same language."""
    fields = {}
    for name, value in term.extra:
        if name == "region":
            value = Region.objects.filter(slug=value, locale=locale).first() or (
                Region.objects.get(slug=value, locale__language_code="en")
            )
        fields[name] = value
    return fields


def ensure_term(model, term: Term, order: int, locales: dict[str, Locale]) -> int:
    """Every language's row of ``term``; returns how many rows were created."""
    rows = {row.locale.language_code: row for row in model.objects.filter(slug=term.slug)}
    source = rows.get("en") or next(iter(rows.values()), None)
    translation_key = source.translation_key if source else uuid.uuid4()
    created = 0
    for language in LANGUAGES:
        if language in rows:
            continue
        locale = locales[language]
        if source is not None:
            row = source.copy_for_translation(locale)
        else:
            row = model(slug=term.slug, translation_key=translation_key, locale=locale)
        row.name = term.name(language)
        row.sort_order = order
        for name, value in _shared_fields(term, language, locale).items():
            setattr(row, name, value)
        row.save()
        rows[language] = row
        source = source or row
        created += 1
    return created


@transaction.atomic
def seed_taxonomy(report=print) -> dict[str, int]:
    """Create the missing terms of every vocabulary in every language; returns rows created."""
    locales = ensure_locales()
    created = {
        label: sum(ensure_term(model, term, order, locales) for order, term in enumerate(terms))
        for label, model, terms in VOCABULARIES
    }
    counts = ", ".join(f"{len(terms)} {label.lower()}" for label, _model, terms in VOCABULARIES)
    report(f"Taxonomy: {counts} in {', '.join(LANGUAGES)} ({sum(created.values())} new rows)")
    return created
