"""Who speaks: speech verbs and pronouns from the lexicons, as patterns around a quotation.

>>> [SPEAKER_AFTER.match(text)["who"] for text in (", he said.", ", said Henderson.")]
['he', 'Henderson']
>>> SPEAKER_AFTER.match(" », afirmó la ministra de Agricultura, Elena Castro, en Madrid")["who"]
'Elena Castro'
>>> SPEAKER_AFTER.match(" », a déclaré Claire Vasseur, adjointe au maire")["who"]
'Claire Vasseur'

"""

from __future__ import annotations

import regex

from newsclean._lexicon import LEXICON

__all__ = ["SPEAKER_AFTER", "SPEAKER_BEFORE", "cited_name", "is_pronoun", "last_speaker", "person"]

_VERBS = LEXICON.alternation("speech_verbs")
_PRONOUNS = LEXICON.alternation("pronouns")
_PRONOUN_SET = frozenset(p.casefold() for p in LEXICON.words["pronouns"])
# A capitalised word, or an initial with its dot ("J. K. Rowling"); "Holt. She" is two.
_NAME_WORD = r"\p{Lu}(?:\.|[\p{L}\p{M}'’-]{1,40})"
_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}"
# A pronoun is a whole word: "He" is not the start of "Henderson".
_WHO = rf"(?P<who>(?i:(?:{_PRONOUNS})(?![\p{{L}}\p{{M}}]))|{_NAME})"

# Lower-case role words before a name: "team leader Ivana Kovač told", "said union official Holt".
_ROLE = r"(?:[\p{Ll}-]{1,20}\s){0,3}"
# A role in any case, closed by a comma: "afirmó la ministra de Agricultura, Elena Castro".
_ROLE_CLAUSE = r"(?:[^,.;:«»\"“”„]{1,60},\s)"
#: "Putin said." / "he said." / "said Putin." right after a quotation (and its closing
#: marks, spaced as French prints them: « … », a déclaré X); match at its start.
SPEAKER_AFTER = regex.compile(
    rf"[\s,–—\-»”’\"›“]{{0,4}}(?:{_ROLE}{_WHO}\s(?:{_VERBS})\b"
    rf"|(?:{_VERBS})\s(?:{_ROLE_CLAUSE}{_WHO}|{_ROLE}{_WHO}))"
)
#: "Putin said:" right before a quotation; search at its end.
SPEAKER_BEFORE = regex.compile(rf"{_WHO}\s(?:{_VERBS}):\s*$")
#: "Brekke said the city would…", "Marsh, who farms, said…": a person as the subject of a
#: speech verb, with an appositive clause allowed between them.
_MENTION = regex.compile(rf"(?P<who>{_NAME})(?:,[^,.;\"“”]{{1,80}},)?\s(?:{_VERBS})\b")
_TITLES = LEXICON.alternation("titles")
# Role words before a name: "Mayor Anna Brekke" is Anna Brekke.
# Only whole words at the start: "Adam Smith" has no title "m" in it.
_LEADING_TITLES = regex.compile(rf"^(?:(?:{_TITLES})\.?\s+){{1,3}}(?=\p{{Lu}})", regex.IGNORECASE)


def person(name: str) -> str:
    """The name without the titles in front of it.

    >>> person("Mayor Anna Brekke"), person("Dr. Ruth Ng"), person("Putin")
    ('Anna Brekke', 'Ruth Ng', 'Putin')
    >>> person("Adam Smith"), person("Innenminister Nancy Faeser")
    ('Adam Smith', 'Innenminister Nancy Faeser')
    """
    return _LEADING_TITLES.sub("", name, count=1) or name


#: A credit under a pull quote: "— Callum Reid", "Callum Reid, boatbuilder".
_CITE = regex.compile(rf"[\s—–-]*(?P<who>{_NAME})(?:,\s.{{1,80}})?")


def cited_name(text: str) -> str | None:
    """The name a pull quote's credit line gives, or None if the line is not one.

    >>> cited_name("— Callum Reid"), cited_name("Callum Reid, boatbuilder"), cited_name("Read more")
    ('Callum Reid', 'Callum Reid', None)
    """
    m = _CITE.fullmatch(text)
    return person(m["who"]) if m and not is_pronoun(m["who"]) else None


def last_speaker(text: str) -> str | None:
    """The last person the text names as saying something.

    >>> last_speaker("Union leader Tomas Vik said the workers had not been consulted.")
    'Tomas Vik'
    >>> last_speaker("Helen Marsh, who runs 80 ewes, said it had saved her farm.")
    'Helen Marsh'
    """
    found = None
    for m in _MENTION.finditer(text[-2000:]):
        if not is_pronoun(m["who"]):
            found = m["who"]
    return person(found) if found else None


def is_pronoun(word: str) -> bool:
    """
    >>> is_pronoun("He"), is_pronoun("Putin")
    (True, False)
    """
    return word.casefold() in _PRONOUN_SET
