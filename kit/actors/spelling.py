"""Two spellings of one name word: :func:`close_spelling`, read by :class:`kit.actors.names.NameGraph`.

Pure string functions on name keys (lower case, no accents); the letters that
spell one sound two ways ("gh" ~ "q", "ou" ~ "o") are the ``spelling_variants``
list of ``kit/lexicon/data/words.csv``.
"""

from __future__ import annotations

import re

from kit.lexicon.files import lexicon_cache
from kit.lexicon.wordlists import words


@lexicon_cache
@lexicon_cache(maxsize=8)
def _letter_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The ``a~b`` terms of the words.csv list ``name`` as (letters, the letters they stand
    for), longest first: ``spelling_variants`` (folds), ``transliteration_letters``."""
    pairs = [tuple(term.split("~", 1)) for term in words(name)]
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda f: (-len(f[0]), f)))


def _spelling_folds() -> tuple[tuple[str, str], ...]:
    """``spelling_variants`` of words.csv as (letters, letters they fold into), longest first."""
    return _letter_pairs("spelling_variants")


def _fold(word: str) -> str:
    for letters, into in _spelling_folds():
        word = word.replace(letters, into)
    return word


VOWELS = frozenset("aeiou")


def initial(word: str) -> str:
    """The first letter as spellings of one name share it: a vowel stands for any
    vowel ("Ebrahim"/"Ibrahim", "Osman"/"Usman"), and so does a silent "h" before
    one ("Henrique"/"Enrique", "Hassan"/"Assan")."""
    if word[:1] == "h" and word[1:2] in VOWELS:
        word = word[1:]
    if word[:1] == "k":  # "Kostas"/"Costas": a hard "c" is a "k" (:func:`hard_c`)
        return "c"
    return "a" if word[:1] in VOWELS else word[:1]


def hard_c(a: str, b: str) -> bool:
    """One word written with a "c" and with a "k" for its first letter, the rest the same,
    five letters or more ("Kostas"/"Costas", "Konstantin"/"Constantin"; not "Karl"/"Carl",
    too short to tell a spelling from another name).

    >>> hard_c("kostas", "costas"), hard_c("karl", "carl"), hard_c("kamel", "camil")
    (True, False, False)
    """
    return {a[:1], b[:1]} == {"c", "k"} and len(a) >= 5 and a[1:] == b[1:]


def _sounded(word: str) -> str:
    """The word with one letter for a doubled one and, from five letters, without a
    silent "h" before its first vowel ("Lasso" and "Laso", "Henrique" and "Enrique"
    are written alike; not "Hans" and "Anns")."""
    if len(word) >= 5 and word[:1] == "h" and word[1:2] in VOWELS:
        word = word[1:]
    return undoubled(word)


HARD_G_VOWELS = frozenset("aou")  # after them a "g" is hard whether an "h" comes between or not


def undoubled(word: str) -> str:
    """``word`` with one letter for each doubled one ("minnawi": "minawi"), as
    :func:`doubled` compares family names.

    >>> undoubled("minnawi"), undoubled("lasso")
    ('minawi', 'laso')
    """
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _g_for_gh(word: str) -> str:
    """The word with a "g" for the "gh" that opens it before "a", "o" or "u": one Arabic
    letter, which English and French outlets write "gh" and Spanish ones "g" ("Ghazi"/"Gazi",
    "Ghalem"/"Galem"). Before "e" or "i" the "h" hardens the "g" (Italian "Ghini" is no
    "Gini", and a Spanish outlet would write "Gui"), so that "gh" stays.

    >>> _g_for_gh("ghazi"), _g_for_gh("gazi"), _g_for_gh("ghrib"), _g_for_gh("ghini")
    ('gazi', 'gazi', 'ghrib', 'ghini')
    """
    return "g" + word[2:] if word[:2] == "gh" and word[2:3] in HARD_G_VOWELS else word


def _u_for_ou(word: str) -> str:
    """The word with a "u" for each "ou": one vowel, which French and English outlets
    transliterate "ou" and Spanish ones "u" ("Fouad"/"Fuad", "Doussa"/"Dusa").

    >>> _u_for_ou("fouad"), _u_for_ou("fuad")
    ('fuad', 'fuad')
    """
    return word.replace("ou", "u")


def ou_for_u(a: str, b: str) -> bool:
    """Two words that are one spelling only as transliterations write one vowel, "ou" in
    one for the other's "u" ("Fouad"/"Fuad", "Moussa"/"Musa"), a letter doubled or not
    aside: a guess, as the transliteration table's is, since names of languages written in
    Latin letters are two names so written ("Louis"/"Luis", "Roussel"/"Russell"), and
    :class:`kit.actors.names.NameGraph` keeps names so joined apart when their roles differ.

    >>> ou_for_u("fouad", "fuad"), ou_for_u("louis", "luis"), ou_for_u("rouhani", "rohani")
    (True, True, False)
    """
    return _sounded(a) != _sounded(b) and _sounded(_u_for_ou(a)) == _sounded(_u_for_ou(b))


SPANISH_VOWEL_Y = re.compile(r"y(?=[aeiou])")


def english_letters(word: str) -> str:
    """A Spanish outlet's transliteration of a name word (Arabic, as a rule) in the letters
    English and French outlets use for the same sounds: "kh" for its "j" ("Jalid"/"Khalid"),
    "j" for its "y" before a vowel ("Yamal"/"Jamal"), "th" for its "z" ("Uzman"/"Uthman").
    Words of other origins come out as no word (a Spanish "Juan" is no "Khuan"): compare
    the result with another spelling, never read it as a name.

    >>> english_letters("jalid"), english_letters("yamal"), english_letters("uzman")
    ('khalid', 'jamal', 'uthman')
    """
    return SPANISH_VOWEL_Y.sub("j", word.replace("j", "kh")).replace("z", "th")


def spanish_spelling(spanish: str, other: str) -> bool:
    """``spanish`` (a word written in a Spanish article) is ``other`` (written in an
    English or French one) transliterated the Spanish way (:func:`english_letters`), an
    "ou" written "u", an opening "gh" written "g" and a letter doubled or not aside
    (:func:`short_form`): "Jalid"/"Khalid", "Yasim"/"Jassim", "Uzman"/"Othman" no ("o").
    Not two spellings that are alike already (:func:`close_spelling` reads those).

    >>> spanish_spelling("yasim", "jassim"), spanish_spelling("zani", "thani"), spanish_spelling("juan", "khuan")
    (True, True, True)
    >>> spanish_spelling("jalid", "jalid"), spanish_spelling("yang", "jang")
    (False, True)
    """
    return spanish != other and short_form(english_letters(spanish)) == short_form(other)


def silent_final_h(word: str) -> str:
    """The word without the "h" that closes it after a vowel, five letters or more: the
    closing "-ah" / "-eh" of an Arabic name, which Spanish outlets write without it, the
    stress on the last vowel ("Abdalá" for "Abdallah", "Velmulá" for "Velmullah"; name keys
    fold the accent). Compare with another spelling, as :func:`english_letters`.

    >>> silent_final_h("osknullah"), silent_final_h("osknula"), silent_final_h("shah")
    ('osknulla', 'osknula', 'shah')
    """
    return word[:-1] if len(word) >= 5 and word[-1] == "h" and word[-2] in VOWELS else word


def short_form(word: str) -> str:
    """The word as :func:`close_spelling` compares words of four letters: a "u" for "ou",
    a "g" for an opening "gh" and one letter for a doubled one (:func:`_sounded`)."""
    return _sounded(_u_for_ou(_g_for_gh(word)))


def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one name word (name keys: lower case, no accents).

    The same first letter (:func:`initial`: two vowels are one, and then counted as
    one letter); four letters or more written alike but for a doubled letter, a
    silent initial "h" ("Laso"/"Lasso"), the "h" of an opening "gh" (:func:`_g_for_gh`:
    "Gazi"/"Ghazi") or an "o" before a "u" (:func:`_u_for_ou`: "Fuad"/"Fouad"); or at least five letters, and the same word once the
    ``spelling_variants`` of words.csv are folded ("Araghchi"/"Araqchi",
    "Sergei"/"Sergey"), or an edit distance of 1 (2 from eight letters; two
    neighbouring letters swapped count as one edit: "Mistrua") that
    leaves the last letter alone: a different ending makes a different name
    ("Daniel"/"Daniela", "Mario"/"Maria", "Alexander"/"Alexandra").

    Examples
    --------
    >>> close_spelling("zabihullah", "zabiullah"), close_spelling("rouhani", "rohani")
    (True, True)
    >>> close_spelling("daniel", "daniela"), close_spelling("jean", "joan")
    (False, False)
    >>> close_spelling("ebrahim", "ibrahim"), close_spelling("osman", "usman"), close_spelling("amir", "omar")
    (True, True, False)
    >>> close_spelling("laso", "lasso"), close_spelling("enrique", "henrique"), close_spelling("bell", "bel")
    (True, True, False)
    >>> close_spelling("gazi", "ghazi"), close_spelling("gazi", "ghazo")
    (True, False)
    """
    if initial(a) != initial(b):
        return False
    if {a[:1], b[:1]} == {"c", "k"}:  # only the first letter may differ (:func:`hard_c`)
        return hard_c(a, b)
    if min(len(a), len(b)) >= 4 and a[-1] == b[-1] and short_form(a) == short_form(b):
        return True  # "Laso"/"Lasso", "Enrique"/"Henrique", "Gazi"/"Ghazi", "Dusa"/"Doussa"
    if min(len(a), len(b)) < 5:
        return False
    if a[0] != b[0]:  # "Ebrahim"/"Ibrahim": the vowel counts as one letter
        a, b = b[0] + a[1:], b
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return True
    limit = 2 if min(len(fa), len(fb)) >= 8 else 1
    return fa[-1] == fb[-1] and _edit_distance(fa, fb, limit) <= limit


def final_e(a: str, b: str) -> bool:
    """Two spellings of a family name, one with a silent final "e" ("Halbrook"/"Halbrooke",
    "Mansur"/"Mansure"), four letters or more; for the last word of names whose other
    words agree and whose readings agree (:class:`kit.actors.names.NameGraph`: "Michael
    Brown" and "Michael Browne" are often two people; a given name's ending makes
    another name: "Daniel"/"Daniele").

    >>> final_e("halbrook", "halbrooke"), final_e("mansure", "mansur"), final_e("lee", "le")
    (True, True, False)
    """
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long == short + "e"


def doubled(a: str, b: str) -> bool:
    """Two spellings of a family name, one with a letter doubled, three letters or more
    ("Oru"/"Orru", "Laso"/"Lasso"): for the last word of names whose other words agree and
    whose readings agree (:class:`kit.actors.names.NameGraph`; :func:`close_spelling`
    needs four letters, as a short given name doubled is often another: "Ali"/"Alli").

    >>> doubled("oru", "orru"), doubled("orru", "orru"), doubled("or", "orr"), doubled("oru", "ora")
    (True, False, False, False)
    """
    return a != b and min(len(a), len(b)) >= 3 and _sounded(a) == _sounded(b)


def given_spelling(a: str, b: str) -> bool:
    """Two spellings of a given name word in a name whose family names agree: the same
    :func:`initial` and, folded, one edit apart (two from five letters), endings
    included ("abd" ~ "abed", "rabbu" ~ "rabbuh" ~ "rabbo"): the agreeing family
    names stand for the rest.

    Examples
    --------
    >>> given_spelling("abd", "abed"), given_spelling("rabbuh", "rabbo"), given_spelling("malik", "khaliq")
    (True, True, False)
    """
    if initial(a) != initial(b):
        return False
    if {a[:1], b[:1]} == {"c", "k"}:
        return hard_c(a, b)
    if a[0] != b[0]:
        a, b = b[0] + a[1:], b
    fa, fb = _fold(a), _fold(b)
    limit = 2 if min(len(fa), len(fb)) >= 5 else 1
    return _edit_distance(fa, fb, limit) <= limit


def same_consonants(a: str, b: str) -> bool:
    """Two spellings of a given name that differ in their vowels alone (folded; "y", "w"
    and "h" count as vowels, a doubled letter as one): how one name is transliterated
    ("Sayid"/"Said", "Mohamed"/"Muhammad"), where another consonant makes another name
    ("Amin"/"Amir", "Rami"/"Ramzi", "Nabil"/"Nabih": brothers share their father's and
    family's names).

    >>> same_consonants("sayid", "said"), same_consonants("amin", "amir"), same_consonants("rami", "ramzi")
    (True, False, False)
    """
    def skeleton(word: str) -> str:
        return _sounded("".join(c for c in _fold(word) if c not in VOWELS | {"y", "w", "h"}))

    return skeleton(a) == skeleton(b)


def vowels_apart(a: str, b: str) -> bool:
    """Two family names of seven letters or more with the same consonants in the same
    places, apart by their vowels alone, one of them before the last letter: how a vowel
    is romanised from Persian, Tajik or Arabic ("Talbonzoda"/"Talbonzado",
    "Nasrullaev"/"Nasrulloev"); a last vowel alone makes another name ("Albertini"/
    "Albertino"), and short names so apart are often two ("Rossi"/"Rosso"). Of six
    letters, the vowels inside the word only, the last letter kept ("Daftar"/"Difter":
    an Arabic name as two dialects sound it; not "Merino"/"Merina").

    >>> vowels_apart("talbonzoda", "talbonzado"), vowels_apart("albertini", "albertino")
    (True, False)
    >>> vowels_apart("rossi", "rosso"), vowels_apart("talbonzoda", "talbonzoda")
    (False, False)
    >>> vowels_apart("daftar", "difter"), vowels_apart("merino", "merina"), vowels_apart("hasan", "hosen")
    (True, False, False)
    """
    if a == b or len(a) != len(b) or len(a) < 6:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    inside = differ[0] < len(a) - 1 if len(a) >= 7 else differ[-1] < len(a) - 1
    return all(a[i] in VOWELS and b[i] in VOWELS for i in differ) and inside


def suffixed(a: str, b: str) -> bool:
    """One family name with and without a suffix of ``surname_suffixes`` (words.csv): the
    Russian "-ov", "-ev", "-ova" that Soviet records added to Central Asian and Caucasian
    names and that an outlet writing the local form leaves off ("Dilbar"/"Dilbarov"); the
    bare name three letters or more (name keys).

    >>> suffixed("dilbar", "dilbarov"), suffixed("dilbarova", "dilbar"), suffixed("ivanov", "ivanova")
    (True, True, False)
    """
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and any(long == short + suffix for suffix in words("surname_suffixes"))


def one_letter_apart(a: str, b: str) -> bool:
    """Two different words one letter added, dropped or changed apart, or with two
    neighbouring letters swapped (name keys), endings included: what a family name
    beside the same given names may differ by (:class:`kit.actors.names.NameGraph`).

    >>> one_letter_apart("holbrook", "holbrooke"), one_letter_apart("dirir", "drir")
    (True, True)
    >>> one_letter_apart("holbrook", "holbrook"), one_letter_apart("kerry", "kelly")
    (False, False)
    """
    return a != b and _edit_distance(a, b, 1) <= 1


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b`` counting a swap of two neighbouring letters as
    one edit (a typist's "Mistrua" for "Mistura"; optimal string alignment), or
    ``limit + 1`` once it must exceed ``limit``.

    >>> _edit_distance("mistrua", "mistura", 1), _edit_distance("rouhani", "rohani", 1)
    (1, 1)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)  # "tr" ~ "rt"
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _vowels_folded(word: str) -> str:
    """The word with one letter for a doubled one, a "u" for "ou", an "i" for "e" and a "u"
    for "o": the vowels transliterations of Arabic write either way ("Selim"/"Salim" aside)."""
    return undoubled(word.replace("ou", "u").translate(_VOWEL_SWAPS))


_VOWEL_SWAPS = str.maketrans("eo", "iu")


def vowel_spelling(a: str, b: str) -> bool:
    """Two transliterations of one name word (name keys, four letters or more, the same first
    and last letters): alike once a doubled letter is one, "ou" is "u", "e" is "i" and "o" is
    "u", one vowel inside the word written or left out ("Tlawi"/"Talawi", "Koss"/"Kuss",
    "Kasseini"/"Kassaini"): how Arabic short vowels come out in Latin letters. A guess, read
    only beside other words that agree (:class:`kit.actors.names.NameGraph`).

    >>> vowel_spelling("tlawi", "talawi"), vowel_spelling("koss", "kuss"), vowel_spelling("kasseini", "kassaini")
    (True, True, True)
    >>> vowel_spelling("amin", "amina"), vowel_spelling("karim", "karam"), vowel_spelling("koss", "koss")
    (False, False, False)
    """
    if a == b or min(len(a), len(b)) < 4 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    fa, fb = _vowels_folded(a), _vowels_folded(b)
    if fa == fb:
        return True
    short, long = sorted((fa, fb), key=len)
    return len(long) == len(short) + 1 and any(
        long[k] in VOWELS and long[:k] + long[k + 1:] == short for k in range(1, len(long) - 1))


@lexicon_cache
def _transliteration_letters() -> tuple[tuple[str, str], ...]:
    """``transliteration_letters`` of words.csv as (letters, the letters they stand for), longest first."""
    return _letter_pairs("transliteration_letters")


def letters_swapped(a: str, b: str) -> bool:
    """Two words of six letters or more, one with two letters a letter apart swapped, the
    first and last letters kept: a typist's slip ("Kamrawi"/"Kamwari"; two neighbours
    swapped are one edit already, :func:`close_spelling`).

    >>> letters_swapped("kamrawi", "kamwari"), letters_swapped("kamrawi", "kamrawu"), letters_swapped("salem", "selam")
    (True, False, False)
    """
    if len(a) != len(b) or len(a) < 6:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return (len(differ) == 2 and differ[1] - differ[0] == 2 and 0 < differ[0] and differ[1] < len(a) - 1
            and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]])


def _syllables(word: str) -> int:
    """The groups of vowels ("y" one) in a word: its syllables, about.

    >>> _syllables("chuan"), _syllables("chamiri"), _syllables("yabrun")
    (1, 3, 2)
    """
    return len(re.findall(r"[aeiouy]+", word))


def transliterated_letters(a: str, b: str) -> str:
    """How two words of five letters or more (name keys) are one name transliterated by
    outlets of different languages, or "": letters of ``transliteration_letters``
    (words.csv) written for others ("Chamiri"/"Shamiri": "ch for sh", French; "Djamila"/"Jamila":
    "dj for j"), a Spanish outlet's "y" for a "j" or "j" for a "kh" (:func:`spanish_spelling`:
    "Yabrun"/"Jabrun"), "ou" for "u", an opening "gh" for "g" and a letter doubled or not aside
    (:func:`short_form`); or two letters a letter apart swapped (:func:`letters_swapped`).
    Not two spellings :func:`close_spelling` reads as one already, nor words of one syllable
    ("Chuan"/"Shuan": two Chinese names, as "ch" and "sh" are two sounds there). A guess, read only
    beside given names that agree (:class:`kit.actors.names.NameGraph`).

    >>> transliterated_letters("chamiri", "shamiri"), transliterated_letters("djamila", "jamila")
    ('ch for sh', 'dj for j')
    >>> transliterated_letters("yabrun", "jabrun"), transliterated_letters("kamwari", "kamrawi")
    ('y for j, j for kh (Spanish)', 'two letters swapped')
    >>> transliterated_letters("chamiri", "chamiri"), transliterated_letters("chuan", "shuan"), transliterated_letters("chamiri", "shamiry")
    ('', '', '')
    """
    if a == b or min(len(a), len(b)) < 5 or min(_syllables(a), _syllables(b)) < 2 or close_spelling(a, b):
        return ""
    for letters, into in _transliteration_letters():
        for x, y in ((a, b), (b, a)):
            if letters in x and short_form(x.replace(letters, into)) == short_form(y.replace(letters, into)):
                return f"{letters} for {into}"
    if spanish_spelling(a, b) or spanish_spelling(b, a):
        return "y for j, j for kh (Spanish)"
    return "two letters swapped" if letters_swapped(a, b) else ""
