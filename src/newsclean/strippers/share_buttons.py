"""Share and follow buttons."""

from newsclean.strippers._phrases import phrase_stripper

__all__ = ["share_buttons"]

share_buttons = phrase_stripper("share_buttons", "share", "share or follow button")
