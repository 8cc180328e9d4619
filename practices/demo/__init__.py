"""Demo practices, resources and events for the three sections of the site.

The write-ups draw only on two public sources: the Strong Cities Network webinar on the
rehabilitation and reintegration of family members of foreign terrorist fighters (2022), and
UNODC's achievements report on the Returning Foreign Terrorist Fighters Detention Programme in
Iraq, Kazakhstan, Kyrgyzstan and Tajikistan (2019–2023). Figures appear only where a source gives
them. No write-up names a returnee, a prisoner or a practitioner, and contacts are roles reached
through the member directory.

The loading code is in ``loader``; the content is in ``indexes``, ``practices`` (with the
write-ups in ``practices_en``, ``practices_en_only``, ``practices_ar`` and ``practices_ru``),
``resources`` and ``events``.
"""

from practices.demo.loader import load_practices_demo
from practices.demo.practices import PRACTICES

__all__ = ["PRACTICES", "load_practices_demo"]
