"""Newsletter sign-up prompts and e-mail fields."""

from newsclean.strippers._phrases import phrase_stripper

__all__ = ["newsletter_prompt"]

newsletter_prompt = phrase_stripper("newsletter_prompt", "newsletter", "newsletter prompt", box="newsletter")
