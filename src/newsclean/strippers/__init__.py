"""The built-in strippers, one module each, named for what they remove.

A stripper is any callable ``(Page) -> Iterable[Drop]``: it decides what to drop and
why; the pipeline does the dropping and keeps the audit trail.
"""

from __future__ import annotations

from newsclean._pipeline import Stripper
from newsclean.strippers.adjacent_posts import adjacent_posts
from newsclean.strippers.affiliate_notice import affiliate_notice
from newsclean.strippers.app_promo import app_promo
from newsclean.strippers.article_end import article_end
from newsclean.strippers.capture_header import capture_header
from newsclean.strippers.comment_stub import comment_stub
from newsclean.strippers.comments import comments
from newsclean.strippers.cookie_notice import cookie_notice
from newsclean.strippers.footer import footer
from newsclean.strippers.image_alt import image_alt
from newsclean.strippers.line_scorer import line_scorer
from newsclean.strippers.navigation import navigation
from newsclean.strippers.newsletter_prompt import newsletter_prompt
from newsclean.strippers.paywall import paywall
from newsclean.strippers.read_more import read_more
from newsclean.strippers.related_section import related_section
from newsclean.strippers.repeated_headline import repeated_headline
from newsclean.strippers.share_buttons import share_buttons
from newsclean.strippers.store_badge import store_badge
from newsclean.strippers.table_of_contents import table_of_contents
from newsclean.strippers.teaser_links import teaser_links

__all__ = [
    "DEFAULT_STRIPPERS",
    "adjacent_posts",
    "affiliate_notice",
    "app_promo",
    "article_end",
    "capture_header",
    "comment_stub",
    "comments",
    "cookie_notice",
    "footer",
    "image_alt",
    "line_scorer",
    "navigation",
    "newsletter_prompt",
    "paywall",
    "read_more",
    "related_section",
    "repeated_headline",
    "share_buttons",
    "store_badge",
    "table_of_contents",
    "teaser_links",
]

#: The default chain, in the order it runs. Order matters: promos and badges go first so
#: that a related section running to the end of the page does not swallow them as teasers.
DEFAULT_STRIPPERS: tuple[tuple[str, Stripper], ...] = (
    ("capture_header", capture_header),
    ("image_alt", image_alt),
    ("store_badge", store_badge),
    ("app_promo", app_promo),
    ("footer", footer),
    ("navigation", navigation),
    ("share_buttons", share_buttons),
    ("newsletter_prompt", newsletter_prompt),
    ("cookie_notice", cookie_notice),
    ("paywall", paywall),
    ("table_of_contents", table_of_contents),
    ("affiliate_notice", affiliate_notice),
    ("adjacent_posts", adjacent_posts),
    ("comments", comments),
    ("comment_stub", comment_stub),
    ("read_more", read_more),
    ("related_section", related_section),
    ("teaser_links", teaser_links),
    ("article_end", article_end),
    ("repeated_headline", repeated_headline),
    ("line_scorer", line_scorer),
)
