"""The practices written up in English only."""

from practices.demo.loader import Activity, Indicator, PracticeText
from practices.demo.practices_en import UNODC_REPORT

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
