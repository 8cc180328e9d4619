"""The anonymity check finds what may identify a person in English, Russian and Arabic text,
leaves figures, dates, references and the names of organisations alone, and never changes the
text it reads."""

import dataclasses

import pytest

from exchange.anonymity import (
    DATE_OF_BIRTH,
    EMAIL,
    IDENTITY_DOCUMENT,
    PERSONAL_NAME,
    PHONE,
    STREET_ADDRESS,
    check_fields,
    find_personal_data,
    flags_for_fields,
    mark_all,
    mark_in_place,
    strip_html,
)
from practices.demo import PRACTICES

FOUND = [
    # e-mail addresses
    (EMAIL, "en", "Write to fatima.k@example.org after the visit.", "fatima.k@example.org"),
    (EMAIL, "ru", "Пишите на aigerim@mail.kz.", "aigerim@mail.kz"),
    (EMAIL, "ar", "راسلوها على zainab@example.iq اليوم", "zainab@example.iq"),
    # phone numbers, international and local
    (PHONE, "en", "Call her on +7 701 123 45 67 after the session.", "+7 701 123 45 67"),
    (PHONE, "en", "Her brother's number is +964 770 123 4567.", "+964 770 123 4567"),
    (PHONE, "en", "Office: +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
    (PHONE, "en", "She answers on 0770 123 4567 most days.", "0770 123 4567"),
    (PHONE, "ru", "тел. 8 (701) 123-45-67", "8 (701) 123-45-67"),
    (PHONE, "ru", "Звоните: 123-45-67", "123-45-67"),
    (PHONE, "ar", "رقم الهاتف ٠٧٧٠ ١٢٣ ٤٥٦٧", "٠٧٧٠ ١٢٣ ٤٥٦٧"),
    (PHONE, "en", "Her aunt (tel. 55-12-34) hosts them.", "55-12-34"),
    # identity documents
    (IDENTITY_DOCUMENT, "en", "Her passport N12345678 was returned.", "N12345678"),
    (IDENTITY_DOCUMENT, "en", "Passport No. AB1234567 expired.", "AB1234567"),
    (IDENTITY_DOCUMENT, "ru", "ИИН 850312400123 указан в деле.", "850312400123"),
    (IDENTITY_DOCUMENT, "ru", "паспорт серии 4506 № 123456", "4506 № 123456"),
    (IDENTITY_DOCUMENT, "ar", "رقم الهوية 199012345678 في الملف", "199012345678"),
    # street addresses
    (STREET_ADDRESS, "en", "She lives at 12 Abai Street with her sons.", "12 Abai Street"),
    (STREET_ADDRESS, "en", "The flat is on Abai Avenue 12 now.", "Abai Avenue 12"),
    (STREET_ADDRESS, "ru", "Адрес: ул. Абая, 12, кв. 5.", "ул. Абая, 12, кв. 5"),
    (STREET_ADDRESS, "ru", "Живёт в мкр. 14, д. 5 с детьми.", "мкр. 14, д. 5"),
    (STREET_ADDRESS, "ar", "تسكن في شارع الرشيد رقم 12 مع أطفالها", "شارع الرشيد رقم 12"),
    (STREET_ADDRESS, "ar", "العنوان: محلة 314 زقاق 12 دار 7", "محلة 314 زقاق 12 دار 7"),
    # dates of birth
    (DATE_OF_BIRTH, "en", "She was born on 12 March 1985 in Aktau.", "born on 12 March 1985"),
    (DATE_OF_BIRTH, "en", "DOB: 03/12/1985", "DOB: 03/12/1985"),
    (DATE_OF_BIRTH, "ru", "Родилась 12.03.1985 в Актау.", "Родилась 12.03.1985"),
    (DATE_OF_BIRTH, "ru", "Её сын, 2015 г.р., пошёл в школу.", "2015 г.р."),
    (DATE_OF_BIRTH, "ar", "وهي من مواليد 1990 في الموصل", "من مواليد 1990"),
    (DATE_OF_BIRTH, "ar", "تاريخ الميلاد 1990/3/12", "تاريخ الميلاد 1990/3/12"),
    # personal names
    (PERSONAL_NAME, "en", "Fatima Yusupova returned with her children.", "Fatima Yusupova"),
    (PERSONAL_NAME, "en", "Malika told us she wanted to study.", "Malika"),
    (PERSONAL_NAME, "en", "Yesterday Zarina Abdullayeva came.", "Zarina Abdullayeva"),
    (PERSONAL_NAME, "en", "We met Mrs Hassan at the centre.", "Mrs Hassan"),
    (PERSONAL_NAME, "en", "Grace Ivanova joined later.", "Grace Ivanova"),
    (PERSONAL_NAME, "ru", "Айгерим Садыкова вернулась в 2019 году.", "Айгерим Садыкова"),
    (PERSONAL_NAME, "ru", "Мы встретились с Марией в центре.", "Марией"),
    (PERSONAL_NAME, "ar", "عادت فاطمة مع أطفالها إلى أربيل.", "فاطمة"),
    (PERSONAL_NAME, "ar", "تحدثت أم أحمد مع الأخصائية.", "أم أحمد"),
    (PERSONAL_NAME, "ar", "التقينا محمد بن سلمان في المركز", "محمد بن سلمان"),
    (PERSONAL_NAME, "ar", "قال السيد جون هيربست، رئيس الفريق", "السيد جون هيربست"),
]

NOTHING_PERSONAL = [
    ("en", "Between 2019 and 2023, 1,200 participants took part; see the 2019-2023 figures."),
    ("en", "The programme (2019–2023) reached 1 200 000 people and cost 15 000 000 tenge."),
    ("en", "ISO 27001:2013 and ISO 9001 apply; see Article 12 and UNSCR 2396 (2017)."),
    ("en", "Sessions took place on 12.03.2021 and on 2021-04-01; 45% finished the course."),
    ("en", "Children born in the camps often have no birth certificate."),
    ("en", "The call centre took 1 200 000 calls and 12 000-15 000 letters a year."),
    (
        "en",
        "The Strong Cities Network and the Nelson Mandela Rules guide work with people who "
        "returned from Islamic State to Kazakhstan.",
    ),
    ("en", "Hope and Grace are what the families asked for in May 2020."),
    ("ru", "Статья 258 УК, резолюция 2396 (2017): 45 % участников, 1 200 000 тенге."),
    ("ru", "Правила Нельсона Манделы применяются в Казахстане; Исламское государство запрещено."),
    ("ar", "الدولة الإسلامية وقواعد نيلسون مانديلا وشبكة المدن القوية في العراق"),
    ("ar", "حسن السلوك مهم، وعلى الرغم من ذلك كان نجاح البرنامج كبيرا في بيئة آمنة."),
    ("ar", "عن طريق 12 جلسة، وفي عمر 14 عاما، عاد الأطفال إلى المدرسة."),
]


@pytest.mark.parametrize(("kind", "language", "text", "excerpt"), FOUND)
def test_personal_data_is_flagged_where_it_is(kind, language, text, excerpt):
    flags = find_personal_data(text, language)

    assert [(flag.kind, flag.excerpt) for flag in flags] == [(kind, excerpt)]
    assert text[flags[0].start : flags[0].end] == excerpt
    assert flags[0].message


@pytest.mark.parametrize(("language", "text"), NOTHING_PERSONAL)
def test_figures_dates_references_and_organisations_are_not_flagged(language, text):
    assert find_personal_data(text, language) == []


def test_a_language_without_a_local_format_needs_a_phone_word_for_short_numbers():
    assert find_personal_data("Rooms 123-45-67 were repainted.", "en") == []
    assert [flag.kind for flag in find_personal_data("Phone 123-45-67.", "en")] == [PHONE]


def test_the_published_demo_write_ups_raise_no_flag():
    texts = []
    for spec in PRACTICES:
        for language, text in spec.texts.items():
            for field in dataclasses.fields(text):
                value = getattr(text, field.name)
                for item in value if isinstance(value, list) else [value]:
                    parts = dataclasses.astuple(item) if dataclasses.is_dataclass(item) else [item]
                    texts += [(language, strip_html(part)) for part in parts if part]

    flagged = [(text, find_personal_data(text, language)) for language, text in texts]

    assert len(texts) > 300
    assert [(text, flags) for text, flags in flagged if flags] == []


def test_the_check_never_changes_the_text_and_gives_the_same_answer_twice():
    text = "Fatima Yusupova, +7 701 123 45 67, ул. Абая, 12 — فاطمة"
    original = str(text)

    first = find_personal_data(text)
    second = find_personal_data(text)

    assert text == original
    assert first == second
    assert [flag.excerpt for flag in first] == [text[flag.start : flag.end] for flag in first]


def test_a_flag_is_shown_in_place_with_everything_around_it_escaped():
    text = "<b>Note</b>: call <script>x</script> +7 701 123 45 67 & ask for the coordinator."
    [flag] = find_personal_data(text)

    html = mark_in_place(text, flag)

    assert "<mark>+7 701 123 45 67</mark>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&amp; ask" in html


def test_the_whole_text_can_be_shown_with_every_flag_marked():
    text = "Malika <i>wrote</i> from aigerim@mail.kz"

    html = mark_all(text, find_personal_data(text))

    assert html == "<mark>Malika</mark> &lt;i&gt;wrote&lt;/i&gt; from <mark>aigerim@mail.kz</mark>"


def test_rich_text_is_checked_as_the_reader_sees_it():
    html = "<p>Call&nbsp;her</p><p>+7&nbsp;701 123 45 67</p><ul><li>Fatima Yusupova</li></ul>"

    flags = find_personal_data(strip_html(html))

    assert [flag.kind for flag in flags] == [PHONE, PERSONAL_NAME]


def test_fields_are_checked_one_by_one_and_only_flagged_fields_are_returned():
    fields = {"goals": "Reunite families.", "contacts": "Write to aigerim@mail.kz"}

    assert list(flags_for_fields(fields)) == ["contacts"]
    [check] = check_fields(fields, labels={"contacts": "Contacts"})
    assert check.label == "Contacts"
    assert check.confirm_name == "not_personal_data__contacts"
    assert [item.flag.kind for item in check.unresolved] == [EMAIL]


def test_a_confirmed_passage_is_set_apart_but_still_listed():
    fields = {"contacts": "Duty phone +992 92 777 12 34; ask for Malika."}
    confirmation = {
        "field": "contacts",
        "kind": PHONE,
        "excerpt": "+992 92 777 12 34",
        "by": 1,
        "by_name": "Rustam Nazarov",
        "at": "2026-01-05T10:00:00+00:00",
    }

    [check] = check_fields(fields, [confirmation])

    assert [item.flag.kind for item in check.unresolved] == [PERSONAL_NAME]
    assert [item.flag.kind for item in check.confirmed] == [PHONE]
    assert check.confirmed[0].confirmed_by == "Rustam Nazarov"
    assert check.confirmed[0].confirmed_at.year == 2026
