"""The anonymity check: finds what may identify a person in text members write, so that the
author can fix it or confirm it is not personal data, and a reviewer can see both.

The people described in practices — returned women and children above all — must never be
identifiable, yet write-ups are typed by busy practitioners who may paste a case note. This
module only *flags*; it never rewrites the author's text.

It looks for e-mail addresses, phone numbers (international and common local formats),
passport-like and national identity numbers, exact street addresses, dates of birth and
personal names in English, Russian and Arabic. Names come from short hand-made lists in
``anonymity_data/`` plus heuristics: two capitalised words where one is a known name or has a
family-name ending (-ова, -ev, -uly…), a title before a capitalised word (Mrs, г-жа, السيدة), and
in Arabic a known name after أبو/أم, before بن/ابن/بنت or beside another name.

What it can miss, so that nobody relies on it alone:
- names not in the lists, and transliterations or spellings the lists do not hold
  (Aigerim/Aygerim, Hussein/Husein), nicknames and diminutives (Гуля, Sasha), names written in
  lower case, and names that are also everyday words (Hope, Вера, أمل) when they stand alone;
- Arabic names written with diacritics inside, or joined to words other than و/ف/ب/ل;
- phone numbers written in words, split across lines, or hidden in links, and messenger
  handles (@name, t.me/…); e-mail addresses written as "name at domain";
- addresses without a house number, and places described rather than named;
- indirect identifiers: "the only returnee in village X", an age with a rare detail, a
  photograph, a unique story — only a person reading the whole text can judge those.
It can also flag what is not personal data (a public figure, a street named after someone, a
switchboard number); that is why the author confirms and a reviewer looks again.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from html import unescape
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy

EMAIL = "email"
PHONE = "phone"
IDENTITY_DOCUMENT = "identity_document"
STREET_ADDRESS = "street_address"
DATE_OF_BIRTH = "date_of_birth"
PERSONAL_NAME = "personal_name"

KIND_LABELS = {
    EMAIL: gettext_lazy("E-mail address"),
    PHONE: gettext_lazy("Phone number"),
    IDENTITY_DOCUMENT: gettext_lazy("Identity-document number"),
    STREET_ADDRESS: gettext_lazy("Street address"),
    DATE_OF_BIRTH: gettext_lazy("Date of birth"),
    PERSONAL_NAME: gettext_lazy("Personal name"),
}
MESSAGES = {
    EMAIL: gettext_lazy(
        "This looks like an e-mail address. Remove it if it belongs to a beneficiary or their "
        "family; colleagues find each other through the member directory."
    ),
    PHONE: gettext_lazy(
        "This looks like a phone number. Remove it unless it is an organisation's public number."
    ),
    IDENTITY_DOCUMENT: gettext_lazy(
        "This looks like a passport or identity-document number. Never publish one."
    ),
    STREET_ADDRESS: gettext_lazy(
        "This looks like an exact address. Name the city or region instead."
    ),
    DATE_OF_BIRTH: gettext_lazy(
        "This looks like a date of birth. Give an age range instead, such as "
        "'a woman in her thirties'."
    ),
    PERSONAL_NAME: gettext_lazy(
        "This looks like a person's name. Never name a beneficiary or their family; describe "
        "them by role instead, such as 'a mother of three'."
    ),
}
# When two findings overlap, the more specific one is kept.
PRIORITY = [EMAIL, IDENTITY_DOCUMENT, DATE_OF_BIRTH, STREET_ADDRESS, PHONE, PERSONAL_NAME]
CONFIRM_PREFIX = "not_personal_data__"
DATA = Path(__file__).resolve().parent / "anonymity_data"


@dataclass(frozen=True)
class Flag:
    """One passage that may identify a person: where it is, what it is, and what to do."""

    kind: str
    start: int
    end: int
    excerpt: str  # the passage exactly as written
    message: str

    @property
    def label(self) -> str:
        return str(KIND_LABELS[self.kind])


# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ё": "е", "Ё": "Е"})
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def fold(text: str) -> str:
    """Case and spelling variants folded, one character for one, so offsets stay valid."""
    return "".join(
        char.lower() if len(char.lower()) == 1 else char for char in text.translate(ARABIC_FOLD)
    )


def key(word: str) -> str:
    return ARABIC_MARKS.sub("", fold(word)).replace("’", "'")


def words(text: str) -> frozenset[str]:
    return frozenset(key(word) for word in text.split())


def read_list(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    given: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    institutions: frozenset[str]
    allowlist: re.Pattern


@cache
def lexicon() -> Lexicon:
    given = {
        key(name)
        for name in read_list("given_names_latin.txt")
        + read_list("given_names_cyrillic.txt")
        + read_list("given_names_arabic.txt")
    }
    ambiguous = {key(name) for name in read_list("ambiguous_names.txt")}
    phrases = sorted({fold(term) for term in read_list("allowlist.txt")}, key=len, reverse=True)
    pattern = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return Lexicon(
        given=frozenset(given - ambiguous),
        surnames=frozenset(key(name) for name in read_list("surnames.txt")),
        ambiguous=frozenset(ambiguous),
        institutions=frozenset(key(word) for word in read_list("institution_words.txt")),
        allowlist=re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"),
    )


# ---------------------------------------------------------------------------------------------
# Contact details, documents, addresses, dates of birth
# ---------------------------------------------------------------------------------------------

EMAIL_PATTERN = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[({]at[\])}]\s?)[\w-]+(?:(?:\.|\s?[\[({]dot[\])}]\s?)[\w-]+)+"
)
URL_PATTERN = re.compile(r"(?:https?://|www\.)\S+")
PHONE_CANDIDATE = re.compile(
    r"(?<![\w+\-/])(?:\+\s?\(?|00|\()?\d(?:[ \u00a0.\-/()]{0,2}\d){4,16}\)?(?!\w|[.,]\d)"
)
PHONE_CONTEXT = re.compile(
    r"(?i:\b(?:tel|phone|telephone|mobile|cell|call|fax|whatsapp|telegram|viber|signal)\b"
    r"|\b(?:тел|телефон\w*|моб|мобильн\w*|сотов\w*|звон\w*|позвон\w*|факс|ватсап|вотсап"
    r"|телеграм\w*))|هاتف|الهاتف|جوال|الجوال|موبايل|الموبايل|تلفون|واتساب|اتصل|اتصال"
)
REFERENCE_BEFORE = re.compile(
    r"(?:(?i:\b(?:iso(?:/iec)?|isbn|issn|doi|article|art|articles|resolution|res|unscr|law"
    r"|decree|order|section|chapter|page|pages|pp|p|rule|rules|case|report|статья|статьи|ст"
    r"|резолюция|закон|указ|приказ|постановление|пункт|п|стр|глава|гост)\b)|§"
    r"|المادة|مادة|القرار|قرار|القانون|قانون|الفقرة|صفحة)"
    r"[\s.:№#-]*(?i:no\.?|№|n°)?\s*$"
)
ID_CONTEXT = (
    r"(?:(?i:passport|identity\s+card|identity\s+document|id\s+card|national\s+id"
    r"|id\s+number|id\s+no|personal\s+(?:identification\s+)?number|birth\s+certificate"
    r"|residence\s+permit|паспорт\w*|удостоверени\w*|свидетельств\w*\s+о\s+рождении"
    r"|вид\s+на\s+жительство|номер\s+документа|личный\s+номер)"
    r"|\bID\b|\bIIN\b|\bPIN\b|\bИИН\b|\bПИН\b|\bИНН\b"
    r"|جواز(?:\s+السفر)?|الهوية|هوية|البطاقة\s+الوطنية|البطاقة\s+الموحدة|الرقم\s+الوطني"
    r"|رقم\s+وطني|شهادة\s+الميلاد|دفتر\s+العائلة|بطاقة)"
)
ID_WITH_CONTEXT = re.compile(
    ID_CONTEXT
    + r"[^\n\d]{0,25}?(?P<number>(?<![\w])[A-ZА-ЯЁ]{0,3}[ -]?\d(?:[ -]?(?:№\s?)?\d){5,13})(?!\w)"
)
PASSPORT_LIKE = re.compile(r"(?<![\w\-/])(?:[A-Z]{1,2}|[А-ЯЁ]{1,2})\d{6,9}(?!\w)")
LONG_NUMBER = re.compile(r"(?<![\w+\-/.,])\d{12,14}(?!\w|[.,]\d)")

STREET_WORDS_EN = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Way|Square|Sq|Highway|Alley"
    r"|Court|Prospect|Prospekt|Place|Terrace|Crescent|Close|Embankment|Ulitsa|Kochasi|Koshesi)"
)
CAPITALISED = r"[A-Z][\w'’.-]*"
ADDRESS_PATTERNS = [
    # 12 Abai Street · 7B Al-Rashid Road
    re.compile(
        rf"(?<![\w/])\d{{1,5}}[A-Za-z]?(?:/\d+)?,?\s+(?:{CAPITALISED}\s+){{1,3}}"
        rf"{STREET_WORDS_EN}\b\.?"
    ),
    # Abai Street 12 · Abai Avenue, No. 12
    re.compile(
        rf"\b(?:{CAPITALISED}\s+){{1,3}}{STREET_WORDS_EN}\.?,?\s+(?:No\.?\s*|#\s*)?"
        r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:/\d+)?\b"
    ),
    # house 5, flat 12 · building 3, apartment 4 · microdistrict 14, building 5
    re.compile(
        r"(?i)\b(?:house|building|bldg\.?|block|microdistrict|mikrorayon)\s+\d{1,4}[a-z]?,?\s+"
        r"(?:apartment|apt\.?|flat|building|house|bldg\.?)\s+\d{1,4}\b"
    ),
    # ул. Абая, 12 · проспект Абая, д. 12, кв. 5 · мкр. 14, д. 5
    re.compile(
        r"(?i:\b(?:ул\.|улица|пр\.|пр-т|просп\.|проспект|пер\.|переулок|бул\.|бульвар|б-р"
        r"|шоссе|наб\.|набережная|мкр\.?|мкрн\.?|микрорайон))"
        r"\s*(?:[«\"]?[А-ЯЁA-Z][\w.-]*[»\"]?\s*){0,3}?,?\s*(?:(?:д\.|дом)\s*)?"
        r"\d{1,4}[а-яё]?(?:/\d{1,4})?(?:,?\s*(?:д\.|дом)\s*\d{1,4}[а-яё]?)?"
        r"(?:,?\s*(?:кв\.|квартира)\s*\d{1,4})?(?!\w)"
    ),
    # д. 5, кв. 12
    re.compile(r"(?i)(?<!\w)(?:д\.|дом)\s*\d{1,4}[а-яё]?,?\s*(?:кв\.|квартира)\s*\d{1,4}(?!\w)"),
    # 14 мкр, д. 5
    re.compile(r"(?i)(?<!\w)\d{1,3}\s*(?:мкр|микрорайон)\.?,?\s*(?:д\.|дом)\s*\d{1,4}(?!\w)"),
    # شارع الرشيد رقم 12 · شارع فلسطين، دار 4 (but not عن طريق, "by means of")
    re.compile(
        r"(?<!عن )(?:شارع|طريق|جادة)\s+(?:[\u0621-\u064a]+\s*){1,3}?[،,]?\s*"
        r"(?:رقم|دار|بيت|منزل|بناية|عمارة|مبنى)\s*[:.]?\s*\d{1,5}(?!\d)"
    ),
    # شارع الرشيد 12
    re.compile(r"شارع\s+(?:[\u0621-\u064a]+\s+){1,2}(?!(?:19|20)\d\d)\d{1,5}(?!\d)"),
    # محلة 314 زقاق 12 دار 7
    re.compile(
        r"(?:(?:محلة|زقاق|دار|حي|بيت|منزل|شقة|بناية|عمارة)\s*(?:رقم\s*)?\d{1,5}\s*[،,/-]?\s*)"
        r"{2,}"
    ),
]

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]"
    r"|октябр[яь]|ноябр[яь]|декабр[яь]"
    r"|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر"
    r"|اكتوبر|نوفمبر|ديسمبر|كانون\s+الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب"
    r"|أيلول|ايلول|تشرين\s+الأول|تشرين\s+الاول|تشرين\s+الثاني|كانون\s+الأول|كانون\s+الاول)"
)
FULL_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?i:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
YEAR = r"(?:19|20|١٩|٢٠)\d\d(?!\d)"
BIRTH_WORDS = (
    r"(?:(?i:\bborn\b|\bDOB\b|\bD\.O\.B\.|date\s+of\s+birth|birth\s*date|birthday"
    r"|родил(?:ся|ась|ись)|дата\s+рождения|день\s+рождения|д\.\s?р\.|рожд\.)"
    r"|(?<![\u0621-\u064a])[وف]?(?:من\s+مواليد|مواليد|تاريخ\s+الميلاد|تاريخ\s+الولادة"
    r"|تاريخ\s+ميلاد|المولودة?|ولدت?|تولد)(?![\u0621-\u064a]))"
)
BIRTH_PATTERNS = [
    # born on 12 March 1985 · дата рождения: 12.03.1985 · تاريخ الميلاد 1985/3/12
    re.compile(rf"{BIRTH_WORDS}[^.\n\d]{{0,40}}?{FULL_DATE}"),
    # born in 1985 · родилась в 1985 году · من مواليد عام 1985 · b. 1985
    re.compile(
        rf"(?:{BIRTH_WORDS}|\bb\.)[\s:,]*(?:(?:in|on|в|عام|سنة|في|بتاريخ)\s+)?"
        rf"(?:{FULL_DATE}|{YEAR})"
    ),
    # 1985 г.р. · 12.03.1985 года рождения
    re.compile(rf"(?:{FULL_DATE}|{YEAR})\s*(?:г\.\s?р\.|года\s+рождения|г\.\s+рождения)"),
]


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(char)) for char in text if char.isdigit())


def _is_year(group: str) -> bool:
    digits = _digits(group)
    return len(digits) == 4 and 1900 <= int(digits) <= 2099


def _is_date(text: str) -> bool:
    parts = re.split(r"[./-]", text)
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return False
    numbers = [int(_digits(part)) for part in parts]
    day, month = (numbers[2], numbers[1]) if len(parts[0]) == 4 else (numbers[0], numbers[1])
    return 1 <= day <= 31 and 1 <= month <= 12


def _looks_like_phone(candidate: str, before: str, language: str | None) -> bool:
    """Years, ranges, dates, statistics and numbered references are not phone numbers."""
    digits = _digits(candidate)
    groups = re.findall(r"\d+", candidate)
    context = bool(PHONE_CONTEXT.search(before[-30:]))
    if REFERENCE_BEFORE.search(before[-20:]) and not context:
        return False
    if not 6 <= len(digits) <= 15 or all(_is_year(group) for group in groups):
        return False
    if not context and _is_date(candidate.strip("() ")):
        return False
    if candidate.startswith(("+", "00")) and len(digits) >= 8:
        return True
    amounts = [part.strip() for part in candidate.split("-")]
    if all(re.fullmatch(r"\d{1,3}(?:[ \u00a0.]\d{3})+|\d+\.\d+", part) for part in amounts):
        return False  # 1 200 000 · 12 000-15 000 · 3.14159265
    if context:
        return True
    if language in (None, "ru") and re.fullmatch(r"\d{3}-\d{2}-\d{2}", candidate):
        return True  # a local number as written in Russian: 123-45-67
    if not 9 <= len(digits) <= 12:
        return False
    return len(groups) >= 2 or (len(digits) in (10, 11) and digits[0] in "08")


def _contact_details(text: str, language: str | None) -> Iterable[tuple[str, int, int]]:
    for match in EMAIL_PATTERN.finditer(text):
        yield EMAIL, match.start(), match.end()
    for match in ID_WITH_CONTEXT.finditer(text):
        yield IDENTITY_DOCUMENT, match.start("number"), match.end("number")
    for pattern in (PASSPORT_LIKE, LONG_NUMBER):
        for match in pattern.finditer(text):
            if not REFERENCE_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
                yield IDENTITY_DOCUMENT, match.start(), match.end()
    for match in PHONE_CANDIDATE.finditer(text):
        candidate = match.group().rstrip(")") if "(" not in match.group() else match.group()
        before = text[max(0, match.start() - 40) : match.start()]
        if _looks_like_phone(candidate, before, language):
            yield PHONE, match.start(), match.start() + len(candidate)
    for pattern in ADDRESS_PATTERNS:
        for match in pattern.finditer(text):
            yield STREET_ADDRESS, match.start(), match.end()
    for pattern in BIRTH_PATTERNS:
        for match in pattern.finditer(text):
            yield DATE_OF_BIRTH, match.start(), match.end()


# ---------------------------------------------------------------------------------------------
# Personal names
# ---------------------------------------------------------------------------------------------

WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+(?:['’\-](?:[^\W\d_])+)*")
PARTICLES = {"al", "el", "ibn", "bin", "bint", "abu", "umm", "ben", "ad", "as", "ash", "az"}
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "г-н", "г-жа", "госпожа", "господин"}
SENTENCE_STARTERS = words(  # capitalised only because they open a sentence
    "the a an in on at when after before our her his their this that with for from by and"
    " but then since as if while during once both each every some many most dear в на"
    " когда после до наш наша её его их эта этот с для от и но затем как если пока при"
    " каждый каждая многие уважаемая уважаемый"
)
CALENDAR_WORDS = words(  # capitalised in English, never part of a name
    "monday tuesday wednesday thursday friday saturday sunday january february march july"
    " september october november december"
)
LATIN_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|iev|ieva|enko|uly|kyzy|kyzi|uulu|zoda|zade|ovich|evich|ovna"
    r"|evna)$"
)
CYRILLIC_SURNAME = re.compile(
    r"(?:(?:ов|ев|ин)(?:а|у|ым|ом|е|ой|ою|ы|ых)?|(?:ович|евич|овн|евн)\w*|енко|улы|кызы|қызы"
    r"|уулу|зода|заде)$"
)
RUSSIAN_ENDINGS = [
    ("ией", ("ия",)),
    ("ии", ("ия",)),
    ("ию", ("ия",)),
    ("ой", ("а",)),
    ("ою", ("а",)),
    ("ей", ("я", "ь")),
    ("ом", ("",)),
    ("ем", ("", "й", "ь")),
    ("ём", ("ь",)),
    ("ы", ("а",)),
    ("и", ("я", "а", "ь")),
    ("е", ("а", "я", "", "й", "ь")),
    ("у", ("а", "")),
    ("ю", ("я", "й", "ь")),
    ("а", ("",)),
    ("я", ("й", "ь")),
]
ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+")
ARABIC_CONNECTORS = {"بن", "ابن", "بنت"}
ARABIC_KUNYA = {"ابو", "ام"}
ARABIC_TITLES = words(
    "السيد السيدة الطفل الطفلة الشيخ الحاج الحاجة المواطن المواطنة العائد العائدة السجين"
    " السجينة النزيل النزيلة الأخت الأخ"
)
ARABIC_FORMAL_TITLES = words("السيد السيدة الشيخ الحاج الحاجة")
ARABIC_STOPWORDS = words(
    "في من على إلى الى عن مع أن إن لا ما هو هي قد كان كانت ثم حيث عند بعد قبل لدى هذا هذه"
    " ذلك تلك كل بين حول أو أي لم لن كما وقد وهو وهي رئيس رئيسة مدير مديرة وزير وزيرة نائب"
    " معاون"
)
ARABIC_REVERED = words("النبي الرسول سيدنا الإمام رسول")


def _latin_or_cyrillic_kind(word: str) -> str:
    """'given', 'ambiguous', 'surname', 'title', 'institution' or 'other'."""
    names = lexicon()
    base = re.sub(r"['’]s$|s'$", "", word)
    folded = key(base)
    if folded in TITLES:
        return "title"
    if folded in names.institutions:
        return "institution"
    forms = {folded}
    if re.match(r"[\u0400-\u04ff]", folded):
        for ending, replacements in RUSSIAN_ENDINGS:
            if folded.endswith(ending) and len(folded) > len(ending) + 1:
                forms.update(folded[: -len(ending)] + new for new in replacements)
    if forms & names.given:
        return "given"
    if forms & names.ambiguous:
        return "ambiguous"
    surname = CYRILLIC_SURNAME if re.match(r"[\u0400-\u04ff]", folded) else LATIN_SURNAME
    if folded in names.surnames or (len(folded) >= 5 and surname.search(folded)):
        return "surname"
    return "other"


def _is_capitalised(word: str) -> bool:
    head = re.sub(r"^(?:al|el|ad|as|ash|az)[-‐]", "", word)
    return head[:1].isupper() and not (len(head) > 1 and head.isupper())


def _runs(text: str) -> Iterable[list[re.Match]]:
    """Runs of capitalised Latin or Cyrillic words separated by single spaces."""
    run: list[re.Match] = []
    for match in WORD.finditer(text):
        word = match.group()
        gap = text[run[-1].end() : match.start()] if run else None
        joined = gap in (" ", "\u00a0") or (gap == ". " and key(run[-1].group()) in TITLES)
        if (_is_capitalised(word) and not ARABIC_WORD.match(word)) or (
            joined and word.lower() in PARTICLES
        ):
            if run and not joined:
                yield run
                run = []
            run.append(match)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:;\n"


def _latin_and_cyrillic_names(text: str) -> Iterable[tuple[str, int, int]]:
    for run in _runs(text):
        while run and key(run[0].group()) in SENTENCE_STARTERS | PARTICLES | CALENDAR_WORDS:
            run = run[1:]
        while run and key(run[-1].group()) in PARTICLES:
            run = run[:-1]
        kinds = [_latin_or_cyrillic_kind(match.group()) for match in run]
        if not run or "institution" in kinds:
            continue
        # "Yesterday Fatima…": a capitalised word opening the sentence is not part of the name.
        while len(run) > 1 and kinds[0] == "other" and kinds[1] in ("given", "title"):
            if not _starts_sentence(text, run[0].start()):
                break
            run, kinds = run[1:], kinds[1:]
        if len(run) == 1:
            named = kinds[0] == "given"
        else:
            named = "given" in kinds or "surname" in kinds or kinds[0] == "title"
        if named:
            yield PERSONAL_NAME, run[0].start(), run[-1].end()


def _arabic_name_kind(word: str) -> tuple[str, int]:
    """The kind of an Arabic word and how many leading letters are a proclitic (و ف ب ل)."""
    names = lexicon()
    folded = key(word)
    for offset in (0, 1):
        if offset and not (folded[:1] in "وفبل" and len(folded) > 3):
            break
        candidate = folded[offset:]
        if candidate in names.given:
            return "given", offset
        if candidate in names.ambiguous:
            return "ambiguous", offset
        if candidate in names.surnames:
            return "surname", offset
    if folded in ARABIC_CONNECTORS:
        return "connector", 0
    if folded in ARABIC_KUNYA:
        return "kunya", 0
    if folded in ARABIC_TITLES:
        return "title", 0
    if folded in names.institutions or folded in ARABIC_REVERED:
        return "institution", 0
    return "other", 0


def _arabic_names(text: str) -> Iterable[tuple[str, int, int]]:
    words = list(ARABIC_WORD.finditer(text))
    kinds = [_arabic_name_kind(match.group()) for match in words]
    keys = [key(match.group()) for match in words]
    for index in range(len(words) - 1):
        if keys[index] == "عبد" and keys[index + 1][:2] == "ال":  # عبد الله, عبد الرضا
            listed = keys[index] + keys[index + 1] in lexicon().given
            kinds[index] = ("given", 0) if listed else ("compound", 0)
            kinds[index + 1] = ("continuation", 0)

    def adjacent(index: int) -> bool:
        return index + 1 < len(words) and _adjacent(text, words[index], words[index + 1])

    index = 0
    while index < len(words):
        kind, offset = kinds[index]
        following = kinds[index + 1][0] if adjacent(index) else None
        formal = kind == "title" and keys[index] in ARABIC_FORMAL_TITLES
        starts = (
            kind == "given"
            or (kind in ("kunya", "title") and following in ("given", "ambiguous"))
            or (formal and following == "other" and _may_be_a_name(keys[index + 1]))
            or (kind == "ambiguous" and following in ("given", "surname", "connector"))
        )
        if not starts or (index and adjacent(index - 1) and kinds[index - 1][0] == "institution"):
            index += 1
            continue
        end, unlisted = index, 2 if formal else 0  # Mr + a foreign name: السيد جون هيربست
        while adjacent(end):
            following, word = kinds[end + 1][0], keys[end + 1]
            if following in ("given", "ambiguous", "surname", "compound", "continuation") or (
                following == "connector" and end + 2 < len(words)
            ):
                end += 1
            elif kinds[end][0] == "connector" or (following == "other" and _is_nisba(word)):
                end += 1  # the father's name after بن/بنت; a family name such as الأنصاري
            elif following == "other" and unlisted and _may_be_a_name(word):
                end, unlisted = end + 1, unlisted - 1
            else:
                break
        yield PERSONAL_NAME, words[index].start() + offset, words[end].end()
        index = end + 1


def _is_nisba(word: str) -> bool:
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word != "الذي"


def _may_be_a_name(word: str) -> bool:
    return not word.startswith("ال") and len(word) > 2 and word not in ARABIC_STOPWORDS


def _adjacent(text: str, first: re.Match, second: re.Match) -> bool:
    return text[first.end() : second.start()] in (" ", "\u00a0")


# ---------------------------------------------------------------------------------------------
# Public interface
# ---------------------------------------------------------------------------------------------


def find_personal_data(text: str, language: str | None = None) -> list[Flag]:
    """Every passage of ``text`` that may identify a person, in reading order.

    ``language`` is the language the text is written in, when known; names, documents and
    addresses are recognised by script whatever it is, and it only decides which local
    conventions apply to bare numbers (123-45-67 is a phone number in Russian text).
    """
    if not text:
        return []
    folded = fold(text)
    protected = [match.span() for match in lexicon().allowlist.finditer(folded)]
    links = [match.span() for match in URL_PATTERN.finditer(text)]
    found = []
    for kind, start, end in [
        *_contact_details(text, language),
        *_latin_and_cyrillic_names(text),
        *_arabic_names(text),
    ]:
        inside = any(low <= start and end <= high for low, high in links)
        if kind == PERSONAL_NAME:
            inside = inside or any(low <= start and end <= high for low, high in protected)
        if not inside and end > start:
            found.append((PRIORITY.index(kind), start, end, kind))
    kept: list[tuple[int, int, int, str]] = []
    for candidate in sorted(found):
        if not any(candidate[1] < other[2] and other[1] < candidate[2] for other in kept):
            kept.append(candidate)
    return [
        Flag(kind, start, end, text[start:end], str(MESSAGES[kind]))
        for _rank, start, end, kind in sorted(kept, key=lambda item: item[1])
    ]


def flags_for_fields(
    fields: Mapping[str, str], language: str | None = None
) -> dict[str, list[Flag]]:
    """The flags of each field that has any, keyed like ``fields``."""
    flags = {name: find_personal_data(text or "", language) for name, text in fields.items()}
    return {name: found for name, found in flags.items() if found}


def strip_html(html: str) -> str:
    """Rich text as the reader sees it, one line per block, so the check reads words, not tags."""
    text = re.sub(r"(?i)<br\s*/?>|</(?:p|li|h[1-6]|div|blockquote|tr)>", "\n", html or "")
    return unescape(strip_tags(text)).strip()


def mark_in_place(text: str, flag: Flag, context: int = 40) -> SafeString:
    """The flagged passage in ``<mark>`` with some words either side; everything escaped."""
    start = max(0, flag.start - context)
    end = min(len(text), flag.end + context)
    if start > 0 and " " in text[start : flag.start]:
        start = text.index(" ", start, flag.start) + 1
    if end < len(text) and " " in text[flag.end : end]:
        end = text.rindex(" ", flag.end, end)
    before = ("…" if start > 0 else "") + text[start : flag.start]
    after = text[flag.end : end] + ("…" if end < len(text) else "")
    return mark_safe(  # noqa: S308 - every part is escaped here
        f"{escape(before)}<mark>{escape(flag.excerpt)}</mark>{escape(after)}"
    )


def mark_all(text: str, flags: Iterable[Flag]) -> SafeString:
    """The whole text, escaped, with every flagged passage in ``<mark>``."""
    parts, position = [], 0
    for flag in sorted(flags, key=lambda item: item.start):
        if flag.start < position:
            continue
        parts += [escape(text[position : flag.start]), f"<mark>{escape(flag.excerpt)}</mark>"]
        position = flag.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped here


# ---------------------------------------------------------------------------------------------
# Confirmations: the author says a flagged passage is not personal data about a beneficiary
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FlagInPlace:
    """A flag with its passage marked in context, and the author's confirmation if given."""

    flag: Flag
    html: SafeString
    confirmation: Mapping | None = None

    @property
    def confirmed_by(self) -> str:
        return (self.confirmation or {}).get("by_name", "")

    @property
    def confirmed_at(self) -> datetime | None:
        return parse_datetime((self.confirmation or {}).get("at") or "")


@dataclass(frozen=True)
class FieldCheck:
    """The flags of one field, split into those still to check and those the author confirmed."""

    name: str
    label: str
    text: str
    unresolved: tuple[FlagInPlace, ...]
    confirmed: tuple[FlagInPlace, ...]

    @property
    def confirm_name(self) -> str:
        return confirm_field_name(self.name)

    @property
    def confirm_value(self) -> str:
        """A fingerprint of the passages shown: ticking confirms these, not ones typed since."""
        shown = sorted((item.flag.kind, item.flag.excerpt) for item in self.unresolved)
        return hashlib.sha256(repr(shown).encode()).hexdigest()[:16]

    @property
    def flags(self) -> list[Flag]:
        return [item.flag for item in (*self.unresolved, *self.confirmed)]


def confirm_field_name(field: str) -> str:
    """The name of the checkbox with which the author confirms a field's flags."""
    return f"{CONFIRM_PREFIX}{field}"


def confirmation_key(field: str, flag: Flag | Mapping) -> tuple[str, str, str]:
    if isinstance(flag, Flag):
        return field, flag.kind, flag.excerpt
    return field, flag["kind"], flag["excerpt"]


def check_fields(
    fields: Mapping[str, str],
    confirmations: Iterable[Mapping] = (),
    labels: Mapping[str, str] | None = None,
    language: str | None = None,
) -> list[FieldCheck]:
    """Each field with flags, in the order given, its confirmed flags set apart."""
    confirmed = {confirmation_key(item["field"], item): item for item in confirmations}
    checks = []
    for name, found in flags_for_fields(fields, language).items():
        text = fields[name]
        items = [
            FlagInPlace(
                flag, mark_in_place(text, flag), confirmed.get(confirmation_key(name, flag))
            )
            for flag in found
        ]
        checks.append(
            FieldCheck(
                name=name,
                label=str((labels or {}).get(name, name)),
                text=text,
                unresolved=tuple(item for item in items if item.confirmation is None),
                confirmed=tuple(item for item in items if item.confirmation is not None),
            )
        )
    return checks


def unresolved(checks: Iterable[FieldCheck]) -> list[FieldCheck]:
    return [check for check in checks if check.unresolved]


def confirm(check: FieldCheck, user, when=None) -> list[dict]:
    """Records saying ``user`` checked the field's unresolved flags (JSON-ready, to be stored)."""
    moment = (when or timezone.now()).isoformat()
    return [
        {
            "field": check.name,
            "kind": item.flag.kind,
            "excerpt": item.flag.excerpt,
            "by": user.pk,
            "by_name": user.get_full_name() or str(user),
            "at": moment,
        }
        for item in check.unresolved
    ]


def merge_confirmations(existing: Iterable[Mapping], new: Iterable[Mapping]) -> list[dict]:
    """``existing`` with ``new`` added; the first confirmation of a passage is the one kept."""
    merged = {}
    for item in [*existing, *new]:
        merged.setdefault(confirmation_key(item["field"], item), dict(item))
    return list(merged.values())


def ticked(check: FieldCheck, data: Mapping) -> bool:
    """Whether the author ticked the field's "this is not personal data" box in ``data`` (a
    POST) for exactly the passages the field holds now."""
    return bool(check.unresolved) and data.get(check.confirm_name) == check.confirm_value


def unconfirmed(checks: Iterable[FieldCheck], data: Mapping) -> list[FieldCheck]:
    """The fields whose flags the author has neither edited away nor confirmed in ``data``."""
    return [check for check in checks if check.unresolved and not ticked(check, data)]


class PersonalDataCheckMixin:
    """For a Django form whose text fields must pass the check before it is accepted (forum
    posts, attachment descriptions): a flagged field makes the form invalid until the author
    edits the passage away or ticks its "not personal data" box, which the form's template
    renders with ``practices/submit/anonymity_check.html`` for each of ``form.anonymity_checks``.
    """

    anonymity_fields: tuple[str, ...] = ()
    # Confirmations already stored for the text being edited: those passages are not asked again.
    anonymity_confirmed: Iterable[Mapping] = ()

    def clean(self):
        cleaned = super().clean()
        texts = {name: cleaned.get(name) or "" for name in self.anonymity_fields}
        labels = {name: self.fields[name].label or name for name in texts}
        self.anonymity_checks = check_fields(texts, self.anonymity_confirmed, labels=labels)
        self.anonymity_unconfirmed = unconfirmed(self.anonymity_checks, self.data)
        if self.anonymity_unconfirmed:
            raise ValidationError(
                gettext(
                    "Some passages may identify a person. Edit them, or confirm that they are "
                    "not personal data about a beneficiary."
                ),
                code="personal_data",
            )
        return cleaned

    def anonymity_confirmations(self, user) -> list[dict]:
        """What the author confirmed, to be stored with what the form creates."""
        return [record for check in self.anonymity_checks for record in confirm(check, user)]
