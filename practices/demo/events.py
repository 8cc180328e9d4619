"""The demo events: one past webinar with its key takeaways and two upcoming peer exchanges."""

from datetime import datetime
from zoneinfo import ZoneInfo

from practices.demo.loader import Event, EventText, _ahead, _past

SERIES = {
    "en": "Strong Cities monthly webinars",
    "ar": "الندوات الشهرية لشبكة المدن القوية",
    "ru": "Ежемесячные вебинары Сети сильных городов",
}
ONLINE = {"en": "Online", "ar": "عبر الإنترنت", "ru": "Онлайн"}


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
