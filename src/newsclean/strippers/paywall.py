"""Paywall counters and subscription prompts."""

from newsclean.strippers._phrases import phrase_stripper

__all__ = ["paywall"]

paywall = phrase_stripper("paywall", "paywall", "paywall or account prompt", box="subscribe")
