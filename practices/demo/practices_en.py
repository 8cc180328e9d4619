"""The English write-ups of the practices that are also written in Arabic and Russian."""

from practices.demo.loader import Activity, Indicator, PracticeText

UNODC_REPORT = "UNODC achievements report 2019–2023"
SCN_WEBINAR = "Strong Cities Network webinar, 2022"


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
