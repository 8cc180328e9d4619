"""Minimal demo content: the home page in every language, an about page, and an admin account.

Every step looks up before it creates, so loading twice changes nothing.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from exchange.home.models import ContentPage, HomePage
from network.demo import load_network_demo
from network.demo_forums import load_forums_demo
from practices.demo import load_practices_demo
from practices.workflow import ensure_practice_workflow

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@practice-exchange.test"
ADMIN_PASSWORD = "exchange-admin-2026"  # noqa: S105 - documented demo credential, dev only


@dataclass(frozen=True)
class Copy:
    title: str
    intro: str
    summary: str = ""


HOME = {
    "en": Copy(
        "Practice Exchange",
        "<p>A secure peer network where cities, prison and probation services and civil-society "
        "organisations share vetted good practice in the rehabilitation and reintegration of "
        "people returning from conflict zones, and in managing violent-extremist offenders.</p>",
    ),
    "ar": Copy(
        "تبادل الممارسات",
        "<p>شبكة آمنة للأقران تتبادل فيها المدن ودوائر السجون والمراقبة ومنظمات المجتمع المدني "
        "الممارسات الجيدة المعتمدة في إعادة تأهيل العائدين من مناطق النزاع وإعادة إدماجهم، "
        "وفي إدارة السجناء المتطرفين العنيفين.</p>",
    ),
    "ru": Copy(
        "Обмен практиками",
        "<p>Защищённая сеть, в которой города, пенитенциарные службы и службы пробации, а также "
        "организации гражданского общества обмениваются проверенной передовой практикой "
        "реабилитации и реинтеграции лиц, вернувшихся из зон конфликтов, и работы с "
        "осуждёнными за насильственный экстремизм.</p>",
    ),
}

ABOUT = {
    "en": Copy(
        "About",
        "Practitioners who help families of foreign terrorist fighters return home, and who run "
        "prisons and probation for violent-extremist offenders, have long shared their lessons "
        "only ad hoc. Practice Exchange gives them one place to publish vetted write-ups, compare "
        "approaches across countries and discuss them with peers. The anonymity of returned "
        "women and children comes first: nothing here may identify them.",
        "Who Practice Exchange is for, and why it exists.",
    ),
    "ar": Copy(
        "من نحن",
        "ظل الممارسون الذين يساعدون أسر المقاتلين الإرهابيين الأجانب على العودة إلى أوطانهم، "
        "والذين يديرون السجون والمراقبة للمجرمين المتطرفين العنيفين، يتبادلون دروسهم بصورة "
        "مخصصة فقط. يوفر تبادل الممارسات لهم مكانًا واحدًا لنشر تقارير معتمدة ومقارنة النهج عبر "
        "البلدان ومناقشتها مع الأقران. حماية هوية النساء والأطفال العائدين تأتي أولًا: لا يجوز "
        "نشر أي شيء قد يكشف هويتهم.",
        "لمن وُجدت منصة تبادل الممارسات ولماذا.",
    ),
    "ru": Copy(
        "О платформе",
        "Специалисты, которые помогают семьям иностранных боевиков-террористов вернуться домой, "
        "а также руководят тюрьмами и службами пробации для осуждённых за насильственный "
        "экстремизм, до сих пор обменивались опытом лишь от случая к случаю. Обмен практиками "
        "даёт им единое место, чтобы публиковать проверенные описания практик, сравнивать "
        "подходы разных стран и обсуждать их с коллегами. Анонимность вернувшихся женщин и детей "
        "превыше всего: ничто здесь не должно позволять их опознать.",
        "Для кого создана платформа «Обмен практиками» и зачем.",
    ),
}


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def ensure_home_page(locale: Locale) -> HomePage:
    """The default site's root becomes a HomePage, replacing Wagtail's placeholder welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    for placeholder in root.get_children().filter(slug="home", content_type__model="page"):
        placeholder.delete()
    home = HomePage(title=HOME[locale.language_code].title, slug="home", locale=locale)
    home.intro = HOME[locale.language_code].intro
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        site = Site(
            hostname="localhost", port=80, is_default_site=True, site_name="Practice Exchange"
        )
    site.root_page = home
    site.save()
    return home


def ensure_translation(page: Page, locale: Locale, **fields) -> Page:
    """The page's translation into ``locale`` with ``fields`` set, published."""
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation.specific
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def ensure_about_page(home: HomePage) -> ContentPage:
    existing = home.get_children().filter(slug="about").first()
    if existing is not None:
        return existing.specific
    about = ContentPage(
        title=ABOUT["en"].title,
        slug="about",
        summary=ABOUT["en"].summary,
        show_in_menus=True,
        body=[("paragraph", f"<p>{ABOUT['en'].intro}</p>")],
    )
    home.add_child(instance=about)
    about.save_revision().publish()
    return about


def ensure_admin():
    """The documented demo administrator, with a verified e-mail address to sign in with."""
    user_model = get_user_model()
    admin = user_model.objects.filter(username=ADMIN_USERNAME).first()
    created = admin is None
    if created:
        admin = user_model.objects.create_superuser(
            ADMIN_USERNAME, ADMIN_EMAIL, ADMIN_PASSWORD, full_name="Site administrator"
        )
    EmailAddress.objects.update_or_create(
        user=admin, email=ADMIN_EMAIL, defaults={"verified": True, "primary": True}
    )
    return admin, created


@transaction.atomic
def load_demo_content(report=print) -> None:
    """Set up the demo site; ``report`` receives one line per step."""
    locales = ensure_locales()
    report(f"Locales: {', '.join(sorted(locales))}")
    home = ensure_home_page(locales[settings.LANGUAGE_CODE])
    about = ensure_about_page(home)
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        ensure_translation(home, locale, title=HOME[code].title, intro=HOME[code].intro)
        ensure_translation(
            about,
            locale,
            title=ABOUT[code].title,
            summary=ABOUT[code].summary,
            body=[("paragraph", f"<p>{ABOUT[code].intro}</p>")],
        )
    report("Pages: home and about in " + ", ".join(sorted(locales)))
    admin, created = ensure_admin()
    if created:
        report(f"Admin account created: {ADMIN_EMAIL} / {ADMIN_PASSWORD}")
    else:
        report(f"Admin account exists: {ADMIN_EMAIL}")
    load_network_demo(home, admin, report=report)
    load_forums_demo(locales, report=report)
    load_practices_demo(home, report=report)
    ensure_practice_workflow()  # the new practice listings get the vetting workflow
