"""Who speaks: speech verbs and pronouns from the lexicons, as patterns around a quotation."""

from __future__ import annotations

import regex

from newsclean._lexicon import LEXICON

__all__ = ["SPEAKER_AFTER", "SPEAKER_BEFORE", "is_pronoun"]

_VERBS = "|".join(regex.escape(v) for v in sorted(set(LEXICON.words["speech_verbs"]), key=len, reverse=True))
_PRONOUNS = "|".join(regex.escape(p) for p in LEXICON.words["pronouns"])
_PRONOUN_SET = frozenset(p.casefold() for p in LEXICON.words["pronouns"])
_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:\s\p{Lu}[\p{L}\p{M}'’.-]{0,40}){0,3}"
_WHO = rf"(?P<who>(?i:{_PRONOUNS})|{_NAME})"

#: "Putin said." / "he said." / "said Putin." right after a quotation; match at its start.
SPEAKER_AFTER = regex.compile(rf"[\s,–—-]{{0,3}}(?:{_WHO}\s(?:{_VERBS})\b|(?:{_VERBS})\s{_WHO})")
#: "Putin said:" right before a quotation; search at its end.
SPEAKER_BEFORE = regex.compile(rf"{_WHO}\s(?:{_VERBS}):\s*$")


def is_pronoun(word: str) -> bool:
    """
    >>> is_pronoun("He"), is_pronoun("Putin")
    (True, False)
    """
    return word.casefold() in _PRONOUN_SET
