"""Who speaks: speech verbs and pronouns from the lexicons, as patterns around a quotation.

>>> [SPEAKER_AFTER.match(text)["who"] for text in (", he said.", ", said Henderson.")]
['he', 'Henderson']
>>> SPEAKER_AFTER.match(" », afirmó la ministra de Agricultura, Elena Castro, en Madrid")["who"]
'Elena Castro'
>>> SPEAKER_AFTER.match(" », a déclaré Claire Vasseur, adjointe au maire")["who"]
'Claire Vasseur'

"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from newsclean._dates import is_calendar_name
from newsclean._language import STOPWORDS
from newsclean._lexicon import LEXICON
from newsclean._text import OPEN_QUOTES

__all__ = [
    "SPEAKER_AFTER",
    "UNNAMED",
    "cited_name",
    "incise_speaker",
    "introducer",
    "is_pronoun",
    "last_speaker",
    "person",
    "role_holder",
    "sentence_subject",
    "speaker_after",
]

_VERBS = LEXICON.alternation("speech_verbs")
_PRONOUNS = LEXICON.alternation("pronouns")
_PRONOUN_SET = frozenset(p.casefold() for p in LEXICON.words["pronouns"])
_CONJUNCTIONS = frozenset(w.casefold() for w in LEXICON.words["quote_conjunctions"])
_ARTICLES = frozenset(w.casefold() for w in LEXICON.words["articles"])
_ROLE_WORDS = frozenset(w.casefold() for w in LEXICON.words["titles"])
#: How far before a word its article is looked for: the article and one adjective.
ARTICLE_REACH = 40
# "Das", "So", "The" open sentences in capitals but name nobody: "Das sagte Falk" is Falk's.
_FUNCTION_WORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
#: Stands for the speaker of a speech verb with no subject ("«…», afirmó."): like a pronoun,
#: the last person named.
UNNAMED = "(unnamed)"
# A capitalised word, or an initial with its dot ("J. K. Rowling"); "Holt. She" is two.
_NAME_WORD = r"\p{Lu}(?:\.|[\p{L}\p{M}'’-]{1,40})"
_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}"
_A_NAME = regex.compile(_NAME)
# A pronoun is a whole word: "He" is not the start of "Henderson".
_WHO = rf"(?P<who>(?i:(?:{_PRONOUNS})(?![\p{{L}}\p{{M}}]))|{_NAME})"

# Lower-case role words before a name: "team leader Ivana Kovač told", "said union official Holt".
_ROLE = r"(?:[\p{Ll}-]{1,20}\s){0,3}"
# A role in any case, closed by a comma: "afirmó la ministra de Agricultura, Elena Castro".
_ROLE_CLAUSE = r"(?:[^,.;:«»\"“”„]{1,60},\s)"
# The closing marks and punctuation between a quotation and its attribution, spaced as
# French prints them: « … », a déclaré X.
_AFTER_CLOSE = r"[\s,–—\-»”’\"›“]{0,4}"
# "Putin said.", "he said.": the speaker first.
_SUBJECT_THEN_VERB = rf"{_ROLE}{_WHO}\s(?:{_VERBS})\b"
# The same with a role between commas: "Gilles Aubertin, gardien du refuge, a annoncé". It
# names the speaker but joins no lines: a paragraph that opens so is a sentence of its own.
_SUBJECT_ROLE_THEN_VERB = rf"{_ROLE}{_WHO}(?:,\s{_ROLE_CLAUSE}|\s)(?:{_VERBS})\b"
# "said Putin.", "afirmó la ministra, Elena Castro": the verb first.
_VERB_THEN_SUBJECT = rf"(?P<verb>{_VERBS})\s(?:{_ROLE_CLAUSE}{_WHO}|{_ROLE}{_WHO})"
#: "Putin said." / "he said." / "said Putin." right after a quotation; match at its start.
SPEAKER_AFTER = regex.compile(rf"{_AFTER_CLOSE}(?:{_SUBJECT_THEN_VERB}|{_VERB_THEN_SUBJECT})")
_SUBJECT_FIRST = regex.compile(_AFTER_CLOSE + _SUBJECT_ROLE_THEN_VERB)
_VERB_FIRST = regex.compile(_AFTER_CLOSE + _VERB_THEN_SUBJECT)
# Searching for _VERB_FIRST tries its hundreds of verbs at every character; the standard
# library's engine finds where a verb starts several times faster (a look-ahead, so that a
# verb inside another is found too), and the verb and speaker are read from there.
_VERB_STARTS = re.compile(rf"(?=(?:{_VERBS}))")
_VERB_THEN_SUBJECT_AT = regex.compile(_VERB_THEN_SUBJECT)
# "Das sagte X", "So formulierte es X": one word may open an attribution that puts its verb first.
_OPENING_WORD = regex.compile(r"\s*\p{L}{1,12}\s")
# A speech verb with no subject, ending its sentence: "«…», afirmó." (the subject is dropped).
_BARE_VERB = regex.compile(rf"{_AFTER_CLOSE}(?:{_VERBS})\s*(?:[.;!?]|$)")
#: A person as the subject of a speech verb: "Brekke said the city would…", with a clause in
#: commas allowed between them: "Marsh, who farms, said…", "La ministra, Elena Castro, dijo…",
#: and the comma that closes a clause in front ("La delegada de Satse, Marisa Cortés, recordó").
# One short word may stand between them: "Smith also said", "Sagasta lo resumió".
_MENTION = regex.compile(
    rf"(?P<who>{_NAME})(?:,\s(?P<apposed>[^,.;:\"“”«»„]{{1,120}}),)?,?\s(?:\p{{Ll}}{{1,4}}\s)?(?:{_VERBS})\b"
)
# "said Denise Harlow": a speech verb and the person after it, anywhere in the text.
_VERB_FIRST_MENTION = regex.compile(rf"\b(?P<verb>{_VERBS})\s(?:{_ROLE_CLAUSE}|{_ROLE})(?P<who>{_NAME})")
_RELATIVES = LEXICON.alternation("relative_pronouns")
# "Walter Pruitt, 81,", "Miriam Schaper aus Kassel, die …": a name a pronoun may stand for,
# known as a person by an age or a relative clause after it (past a place of origin).
_PERSON_MENTION = regex.compile(
    rf"(?P<who>{_NAME})(?:\s\p{{Ll}}{{2,4}}\s{_NAME})?,\s(?:\d{{1,3}},|(?:{_RELATIVES})\s)"
)
_NAMING = LEXICON.alternation("naming_words")
_FULL_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{1,3}}"
# "The company's managing director, Iain Crawford, apologised", "a retired joiner called Des
# Whelan": a whole name set after a role in commas, or after a word that gives a name.
_APPOSED_MENTION = regex.compile(
    rf"(?:\p{{Ll}}[\p{{L}}\p{{M}}'’-]{{2,}},\s(?P<who>{_FULL_NAME}),|\b(?:{_NAMING})\s(?P<who>{_FULL_NAME})\b)"
)
_PRONOUN_SPEAKS = regex.compile(rf"(?i:\b(?P<who>{_PRONOUNS}))\s(?:\p{{Ll}}{{1,4}}\s)?(?:{_VERBS})\b")
# French puts the pronoun after the verb: "a-t-il déclaré", "explique-t-elle".
_INVERTED = regex.compile(
    rf"\b(?:(?P<aux>\p{{Ll}}{{1,6}})-t-(?P<who>{_PRONOUNS})\s(?P<verb>\p{{Ll}}+)|(?P<verb>\p{{Ll}}+)-(?:t-)?(?P<who>{_PRONOUNS}))\b"
)
# Where the clause that introduces a quotation starts: after the last sentence end before it.
_SENTENCE_END = regex.compile(r"[.!?]\s+(?=\p{Lu})")
#: How much text before a quotation is read for the clause introducing it.
INTRO_REACH = 300
_TITLES = LEXICON.alternation("titles")
# Role words before a name: "Mayor Anna Brekke" is Anna Brekke.
# Only whole words at the start: "Adam Smith" has no title "m" in it.
_LEADING_TITLES = regex.compile(rf"^(?:(?:{_TITLES})\.?\s+){{1,3}}(?=\p{{Lu}})", regex.IGNORECASE)
# A role long enough to close a compound or follow what it is a role of ("Innenminister",
# "Datenwerk-Geschäftsführer", "Agriculture Minister"); a short one ("King") may be a name.
_LONG_TITLE = regex.compile(
    "(?:{})$".format("|".join(regex.escape(w) for w in LEXICON.words["titles"] if len(w) >= 5)),
    regex.IGNORECASE,
)


def person(name: str) -> str:
    """The name without the titles and roles in front of it.

    >>> person("Mayor Anna Brekke"), person("Dr. Ruth Ng"), person("Putin")
    ('Anna Brekke', 'Ruth Ng', 'Putin')
    >>> person("Adam Smith"), person("Innenminister Nancy Faeser"), person("Cllr Moira Beattie")
    ('Adam Smith', 'Nancy Faeser', 'Moira Beattie')
    >>> person("Die Vorsitzende Renate Kallweit"), person("Agriculture Minister Josaia Koroi")
    ('Renate Kallweit', 'Josaia Koroi')
    >>> person("Billie Jean King")
    'Billie Jean King'
    """
    name = _LEADING_TITLES.sub("", _without_article(name), count=1) or name
    words = name.split()
    # The name is what follows the last role: "Datenwerk-Geschäftsführer Tobias Reinhardt".
    for i in range(len(words) - 2, -1, -1):
        if _LONG_TITLE.search(words[i]) is not None:
            return " ".join(words[i + 1 :])
    return name


def role_holder(role: str, text: str) -> str | None:
    """The last person the text names with the role in front ("Bürgermeister Henning
    Vollrath"), for a speaker the text names by the role alone ("so der Bürgermeister").
    A surname stays as the text gives it: the seed's editor keeps "Putin".

    >>> role_holder("Bürgermeister", "Bürgermeister Henning Vollrath (parteilos) sprach.")
    'Henning Vollrath'
    >>> role_holder("Vollrath", "Bürgermeister Henning Vollrath sprach.") is None
    True
    """
    if " " in role or _LONG_TITLE.search(role) is None:
        return None
    found = None
    for m in _A_NAME.finditer(text):
        words = _opened(text, m.start(), m[0]).split()
        if len(words) > 1 and words[0].casefold() == role.casefold():
            found = " ".join(words[1:])
    return found


def _without_article(name: str) -> str:
    """A name that opens with an article opens with a role too ("Die Vorsitzende Renate
    Kallweit", in German's capitalised nouns): both go, while a first and last name remain."""
    words = name.split()
    if len(words) < 4 or words[0].casefold() not in _FUNCTION_WORDS:
        return name
    return " ".join(words[2:])


#: A credit under a pull quote: "— Callum Reid", "Callum Reid, boatbuilder".
_CITE = regex.compile(rf"[\s—–-]*(?P<who>{_NAME})(?:,\s.{{1,80}})?")


def cited_name(text: str) -> str | None:
    """The name a pull quote's credit line gives, or None if the line is not one.

    >>> cited_name("— Callum Reid"), cited_name("Callum Reid, boatbuilder"), cited_name("Read more")
    ('Callum Reid', 'Callum Reid', None)
    """
    m = _CITE.fullmatch(text)
    return person(m["who"]) if m and not is_pronoun(m["who"]) else None


def speaker_after(after: str) -> str | None:
    """The speaker the text right after a quotation names: a name, a pronoun, UNNAMED or None.

    >>> speaker_after(", said Henderson."), speaker_after(" Das sagte Falk."), speaker_after(", afirmó.")
    ('Henderson', 'Falk', '(unnamed)')
    >>> speaker_after(" So formulierte es Kämmerer Josef Brandl in der Sitzung.")
    'Kämmerer Josef Brandl'
    >>> speaker_after(" The plan was approved on Tuesday.") is None
    True
    >>> speaker_after(", erklärte er nach dem Treffen.")
    'er'
    """
    after = _INVERTED.sub(_uninverted, after[:200])
    first = _VERB_FIRST.match(after)
    if first and _role_of_body(after[first.end("verb") : first.start("who")]):
        return None  # "afirmó un portavoz del Servicio Canario": someone unnamed spoke
    if first and (pronoun := _pronoun_first(after[first.end("verb") : first.start("who")])):
        return pronoun  # "erklärte er nach dem Treffen": the pronoun spoke, not the meeting
    m = first or _SUBJECT_FIRST.match(after)
    if m and _names_someone(m["who"]):
        return m["who"]
    # "Das sagte X": the capitalised word before the verb opened the sentence, X spoke.
    opening = _OPENING_WORD.match(after)
    inverted = _VERB_FIRST.match(after, opening.end()) if opening else None
    if inverted and _names_someone(inverted["who"]):
        return inverted["who"]
    if m:  # "May said.": a name that is also a common word
        return m["who"]
    return UNNAMED if _BARE_VERB.match(after) else None


#: How far into a quotation its own attribution is looked for, and after how many commas.
INCISE_REACH, INCISE_COMMAS = 300, 3
_COMMA = regex.compile(r",\s")


def incise_speaker(quote: str) -> str | None:
    """The person a quotation names inside its own marks, after a comma and a speech verb,
    as French and Spanish print it: « …, raconte Nadia Ferhat. Les enfants … ».

    >>> incise_speaker("On ne parle plus de la cour, raconte Nadia Ferhat, directrice. Les enfants jouent.")
    'Nadia Ferhat'
    >>> incise_speaker("We tried, we failed, and we tried again."), incise_speaker("Sí, dijo él, y se fue.")
    (None, None)
    """
    for k, comma in enumerate(_COMMA.finditer(quote, 0, INCISE_REACH)):
        if k == INCISE_COMMAS:
            break
        m = _VERB_FIRST.match(quote, comma.start())
        if m is not None and _names_someone(m["who"]) and not is_pronoun(m["who"]):
            return person(m["who"])
    return None


def _pronoun_first(between: str) -> str | None:
    """The pronoun right after the speech verb, before the words a name was found after.

    >>> _pronoun_first(" er nach dem "), _pronoun_first(" union leader ")
    ('er', None)
    """
    words = between.split()
    return words[0] if words and is_pronoun(words[0]) else None


def _uninverted(m: regex.Match[str]) -> str:
    """The subject put first: "a-t-il déclaré" as "il a déclaré".

    >>> speaker_after(" a-t-il déclaré."), speaker_after(", explique-t-elle.")
    ('il', 'elle')
    """
    return " ".join(part for part in (m["who"], m["aux"], m["verb"]) if part)


def _role_of_body(between: str) -> bool:
    """Whether the words between a speech verb and a name are a role in some body, which the
    name is then the body of: "a spokesperson for Acme", "un portavoz del Servicio".

    >>> _role_of_body(" un portavoz del "), _role_of_body(" union official "), _role_of_body(" la ministra, ")
    (True, False, False)
    """
    if between.rstrip().endswith(","):
        return False
    role = False
    for word in between.split():
        if word.casefold() not in _FUNCTION_WORDS:
            role = True
        elif role:
            return True
    return False


def introducer(before: str) -> str | None:
    """The speaker of the clause that introduces a quotation: "X said:", "X a déclaré que".

    A name, a pronoun, or None when the text before does not end in such a clause.

    >>> introducer("Die Vorsitzende des Vereins, Monika Steiner, betonte: „")
    'Monika Steiner'
    >>> introducer("Leah Ortiz, a spokesperson for the agency, told the paper in an email:")
    'Leah Ortiz'
    >>> introducer("Son président, Gérard Bonnefoy, a déclaré que « ")
    'Gérard Bonnefoy'
    >>> introducer("The first thing he ever told me about it has stuck with me since:")
    'he'
    >>> introducer("Die Fakten:") is None, introducer("Smith said the plan had failed.") is None
    (True, True)
    """
    tail = before[-INTRO_REACH:].rstrip(OPEN_QUOTES + " \t\n")
    if tail.endswith(":"):
        clause = tail[:-1]
    elif tail.rpartition(" ")[2].casefold() in _CONJUNCTIONS:
        clause = tail.rpartition(" ")[0]
    else:
        return None
    clause = _last_sentence(clause)
    found = [who for m in _MENTION.finditer(clause) if (who := _subject(m))]
    if found:
        return found[-1]
    m = _verb_then_subject(clause)
    if m and _names_someone(m["who"]) and not _common_noun(clause, m.start("who"), m["who"]):
        return m["who"]
    if tail.endswith(":") and (said := _PRONOUN_SPEAKS.search(clause)):
        return said["who"]  # "The first thing he ever told me was this:"
    return _full_name_in(clause) if tail.endswith(":") else None


def _verb_then_subject(clause: str) -> regex.Match[str] | None:
    """The first "said X" in the clause: what ``_VERB_FIRST.search`` finds, as a verb starts
    with a letter, which the marks before it never are.

    >>> _verb_then_subject("Auf die Frage, wie es weitergeht, sagte Monika Steiner")["who"]
    'Monika Steiner'
    """
    for start in _VERB_STARTS.finditer(clause):
        found = _VERB_THEN_SUBJECT_AT.match(clause, start.start())
        if found is not None:
            return found
    return None


def sentence_subject(before: str) -> str | None:
    """The person the sentence names before a quotation inside it (a <q>), whatever its verb.

    >>> sentence_subject("Die Initiative begrüßte das. Sprecherin Heike Lorenz nannte ihn aber ")
    'Heike Lorenz'
    """
    return _full_name_in(_last_sentence(before[-INTRO_REACH:]))


def _last_sentence(text: str) -> str:
    """The text from where its last sentence starts."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


def _full_name_in(clause: str) -> str | None:
    """The first full name in a sentence that leads into a quotation with a colon, whatever
    its verb: "Bürgermeisterin Katrin Albers (SPD) warb für den Erhalt:", "Pour Marc Lefebvre,
    urbaniste, la réponse est simple :".

    >>> _full_name_in("Pour Marc Lefebvre, urbaniste, la réponse passe par l'élargissement ")
    'Marc Lefebvre'
    >>> _full_name_in("Die Fakten im Überblick") is None
    True
    """
    for m in _A_NAME.finditer(clause):
        name = person(_without_function_words(m[0]))
        if len(name.split()) >= 2 and all(_names_someone(w) for w in name.split()):
            return name
    return None


def _subject(m: regex.Match[str]) -> str | None:
    """The person a mention names: the name in commas when the subject before them is a role
    ("Die Vorsitzende des Vereins, Monika Steiner, betonte")."""
    apposed = m["apposed"]
    if apposed and _A_NAME.fullmatch(apposed) and _names_someone(apposed):
        return apposed
    if _common_noun(m.string, m.start("who"), m["who"]):
        return None
    return m["who"] if _names_someone(m["who"]) else None


def _common_noun(text: str, start: int, who: str) -> bool:
    """Whether the one capitalised word at ``start`` is a noun with its article, not a name:
    "eine ältere Kundin", "un técnico de la Confederación". A role stays ("der Bürgermeister").

    >>> _common_noun("Eine ältere Kundin", 12, "Kundin"), _common_noun("Mayor Jo Roe", 6, "Jo Roe")
    (True, False)
    """
    if " " in who or who.casefold() in _ROLE_WORDS:
        return False
    before = text[max(0, start - ARTICLE_REACH) : start].split()
    if before and before[-1].casefold() in _ARTICLES:
        return True
    return len(before) >= 2 and before[-1].islower() and before[-2].casefold() in _ARTICLES


def _names_someone(who: str) -> bool:
    """Not a capitalised function word that opens a sentence ("Das", "So"), nor a day or
    month ("said on Wednesday")."""
    if is_pronoun(who):
        return True
    return who.casefold() not in _FUNCTION_WORDS and not is_calendar_name(who)


def last_speaker(text: str) -> str | None:
    """The last person the text names as saying something, or as a person a pronoun may
    stand for: a name with an age or a relative clause after it.

    >>> last_speaker("Union leader Tomas Vik said the workers had not been consulted.")
    'Tomas Vik'
    >>> last_speaker("Helen Marsh, who runs 80 ewes, said it had saved her farm.")
    'Helen Marsh'
    >>> last_speaker("“We were told it would hold,” said Denise Harlow, 58, at her salon.")
    'Denise Harlow'
    >>> last_speaker("Among them was Walter Pruitt, 81, who lived through the 1978 flood.")
    'Walter Pruitt'
    >>> last_speaker("Betroffen ist Miriam Schaper aus Kassel, die in Göttingen arbeitet.")
    'Miriam Schaper'
    >>> last_speaker("The firm's managing director, Iain Crawford, apologised to those hurt.")
    'Iain Crawford'
    >>> last_speaker("My neighbour, a retired joiner called Des Whelan, saves seed.")
    'Des Whelan'
    """
    text = text[-2000:]
    found, at = None, -1
    for start, who in _mentions(text):
        who = _opened(text, start, person(who))
        if start > at and who and _names_someone(who) and not is_pronoun(who):
            found, at = who, start
    return found


def _opened(text: str, start: int, name: str) -> str:
    """The name found at ``start``, without the function word that opened its sentence in
    capitals ("When Lindqvist said"); in mid-sentence a capital marks a name ("Des Whelan")."""
    return name if text[:start].rstrip()[-1:].isalnum() else _without_function_words(name)


def _without_function_words(name: str) -> str:
    """The name without the capitalised words that opened its sentence ("When Lindqvist").

    >>> _without_function_words("When Lindqvist"), _without_function_words("The")
    ('Lindqvist', '')
    """
    words = name.split()
    while words and words[0].casefold() in _FUNCTION_WORDS:
        words.pop(0)
    return " ".join(words)


def _mentions(text: str) -> Iterator[tuple[int, str]]:
    """Where the text names people, and the names."""
    for m in _MENTION.finditer(text):
        if who := _subject(m):
            yield m.start("who"), who
    for m in _VERB_FIRST_MENTION.finditer(text):
        # "said on Friday in Paris", "recordó que Estados Unidos": the name after a function
        # word is the verb's object or a place, not its subject; a role clause closes with a comma.
        # A title before the name makes it the subject all the same: "sagt die Leiterin Gesine Harms".
        between = text[m.end("verb") : m.start("who")]
        if (
            between.rstrip().endswith(",")
            or not any(w.casefold() in _FUNCTION_WORDS for w in between.split())
            or person(m["who"]) != m["who"]
        ):
            yield m.start("who"), m["who"]
    for pattern in (_PERSON_MENTION, _APPOSED_MENTION):
        for m in pattern.finditer(text):
            yield m.start("who"), m["who"]


def is_pronoun(word: str) -> bool:
    """
    >>> is_pronoun("He"), is_pronoun("Putin"), is_pronoun(UNNAMED)
    (True, False, True)
    """
    return word == UNNAMED or word.casefold() in _PRONOUN_SET
