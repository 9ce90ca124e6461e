"""Cookie and consent notices."""

from newsclean.strippers._phrases import phrase_stripper

__all__ = ["cookie_notice"]

cookie_notice = phrase_stripper("cookie_notice", "cookie", "cookie or consent notice", box="cookie")
