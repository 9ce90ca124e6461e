"""The built-in strippers, one module each, named for what they remove.

A stripper is any callable ``(Page) -> Iterable[Drop]``: it decides what to drop and
why; the pipeline does the dropping and keeps the audit trail.
"""

from __future__ import annotations

from newsclean._pipeline import Stripper
from newsclean.strippers.app_promo import app_promo
from newsclean.strippers.comment_stub import comment_stub
from newsclean.strippers.footer import footer
from newsclean.strippers.image_alt import image_alt
from newsclean.strippers.read_more import read_more
from newsclean.strippers.related_section import related_section
from newsclean.strippers.repeated_headline import repeated_headline
from newsclean.strippers.store_badge import store_badge

__all__ = [
    "DEFAULT_STRIPPERS",
    "app_promo",
    "comment_stub",
    "footer",
    "image_alt",
    "read_more",
    "related_section",
    "repeated_headline",
    "store_badge",
]

#: The default chain, in the order it runs. Order matters: promos and badges go first so
#: that a related section running to the end of the page does not swallow them as teasers.
DEFAULT_STRIPPERS: tuple[tuple[str, Stripper], ...] = (
    ("image_alt", image_alt),
    ("store_badge", store_badge),
    ("app_promo", app_promo),
    ("footer", footer),
    ("comment_stub", comment_stub),
    ("read_more", read_more),
    ("related_section", related_section),
    ("repeated_headline", repeated_headline),
)
