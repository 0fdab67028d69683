"""Lines that stand near a headline and are none: a byline, a credit, a meta line of dates, a web address.

The title step reads these signs wherever it weighs a line as the headline: above it they are
the site's chrome, under it the article's header (which confirms the line above as the
headline), and in the place of a headline they rule the line out.

>>> byline("By Jane Doe"), credit("Press Trust of India"), _dated("Nov 18, 2019 at 9:24 pm ET"), address("bbc.co.uk")
(True, True, True, True)
>>> byline("Storm hits coast"), credit("Claims of song plagiarism dropped"), address("Web 2.0")
(False, False, False)
"""

from __future__ import annotations

import functools

import regex

from ..dates import find_dates
from ..lexicon import AUTHOR_ROLES, DATE_PREFIXES, UPDATED_PREFIXES, all_of
from ..memo import LINE_CACHE
from ..names import byline_names, desk_credit
from ..titles import sentence_case

__all__ = ["LETTERED", "STAMPS", "address", "byline", "credit", "named_credit"]

LETTERED = regex.compile(r"\w*[^\W\d_]\w*")
# The words that open a stamp ("Updated", "Posted"), longest first: where an article's header opens.
STAMPS = sorted(all_of(DATE_PREFIXES) + all_of(UPDATED_PREFIXES), key=len, reverse=True)
_ROLES = frozenset(all_of(AUTHOR_ROLES))  # "Editor", "Writer": a credit's, after a name
_NAMES_JOINED = regex.compile(r"\s(?:and|&)\s|[,;]")  # names in a credit are joined; a headline's words are not
# A site's address written as its name ("TimesLeader.com", "bbc.co.uk", "www.wday.ru"): labels joined by
# dots, the last of letters only (a version number, "Web 2.0", is none).
_DOMAIN_NAME = regex.compile(r"(?:[\w-]++\.)++\p{L}{2,6}+")


@functools.lru_cache(maxsize=LINE_CACHE)
def byline(line: str) -> bool:
    """Whether ``line`` is a byline: an author's (:func:`names.byline_names`) or the newsroom's
    credit (:func:`names.desk_credit`, "Staff and agencies"), where a byline stands. Cached: the
    title step's rules ask it of the same top lines in turn (a line under a headline candidate,
    the candidate itself), and the newsroom's credit is a pattern's call each time.

    >>> byline("By Jane Doe"), byline("Staff and agencies"), byline("Storm hits coast")
    (True, True, False)
    """
    return bool(byline_names(line)) or desk_credit(line)


def address(text: str) -> bool:
    """Whether ``text`` is a web address, a site's name written as its host: no headline, wherever
    the page prints it (its logo, its home link, its footer).

    >>> address("TimesLeader.com"), address("bbc.co.uk -"), address("Web 2.0"), address("Dam opens. Water flows")
    (True, True, False, False)
    """
    return _DOMAIN_NAME.fullmatch(text.strip(" -|:")) is not None


def _dated(line: str) -> bool:
    """Whether dates take a third of the line or more: a meta line, not a headline.

    >>> _dated("Nov 18, 2019 at 9:24 pm ET • 2 min read"), _dated("10 things to know today, November 19")
    (True, False)
    """
    return sum(d.end - d.start for d in find_dates(line)) * 3 >= len(line)


def credit(line: str) -> bool:
    """Whether ``line`` credits people or a newsroom without a "By": names with their desk or
    paper ("Tim Shufelt, Canwest News Service; Ottawa Citizen"), two names or more ("Scott
    Roxborough and Gregg Goldstein"), a name with its role ("Ben Lee Games Editor Daily Planet"),
    or words capitalised as a name is, with only its small words
    in lower case ("Press Trust of India", "Paul Wilson at Villa Park"). A deck is a sentence
    ("Claims of song plagiarism dropped") or capitalised word by word, small words too ("Insomnia
    May Be Caused By Radiation").

    >>> [credit(t) for t in ("Tim Shufelt, Canwest News Service", "Scott Roxborough and Gregg Goldstein",
    ...                       "Press Trust of India", "Paul Wilson at Villa Park", "Ben Lee Games Editor Daily Planet")]
    [True, True, True, True, True]
    >>> [credit(t) for t in ("Claims of song plagiarism dropped", "Insomnia May Be Caused By Radiation",
    ...                       "Pepsi, Justin Timberlake Line Up Behind Amazon MP3s", "Everex and Asus offer laptops")]
    [False, False, False, False]
    """
    if sentence_case(line):
        return False  # "Everex CloudBook and Asus Eee PC offer budget options": names in a sentence
    return named_credit(line) or any(w.islower() for w in LETTERED.findall(line))


def named_credit(line: str) -> bool:
    """Whether ``line`` names reporters without a "By": two names or more, or a name with its
    paper or role after a comma or as words of its own; not a sentence. Sure enough to stand
    where a byline does (a headline in Title Case has a verb, no name of two words after it).

    >>> [named_credit(t) for t in ("Tim Lee, Canwest News Service; Ottawa Citizen", "Ann Lee and Bob Stone",
    ...                             "Ben Lee Games Editor Daily Planet", "Council Approves Budget for Schools",
    ...                             "Startup Reveals First Android Apps")]
    [True, True, True, False, False]
    """
    if sentence_case(line):
        return False
    names = byline_names(f"By {line}")
    if not names:
        return False
    after = line[len(names[0]):].lstrip()[:1]
    return ((len(names) > 1 and _NAMES_JOINED.search(line) is not None) or (after != "" and after in ",;")
            or any(w.lower() in _ROLES for w in LETTERED.findall(line)))
