"""The demo resources, each with its title and summary in every language."""

from practices.choices import ResourceType
from practices.demo.loader import Resource

LISTED_EN = (
    " Listed as further reading by the Strong Cities Network webinar on the roles of cities."
)
LISTED_AR = " أوصت به ندوة شبكة المدن القوية عن أدوار المدن."
LISTED_RU = " Рекомендовано вебинаром Сети сильных городов о роли городов."


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
