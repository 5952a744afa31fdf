"""What a part of a lead cell is, as a person reads it: initials (RG, DCS), a post (Head of
Service), an agency or team (Police, Strategic Leadership Group) or a person's name (Sam Lee,
'Lee, Sam'); a post that stands on its own, a person as nobody writes a post; and a split
that never cuts inside brackets. people.py splits a cell only where each part is one of
these."""

from __future__ import annotations

import re

from .posts import (
    AGENCIES,
    BODIES,
    ONE_WORD_POSTS,
    ORGANISATIONS,
    RANKS,
    ROLE_WORDS,
    SERVICES,
    SUBJECT_WORDS,
    TITLES,
)

# 'RG', 'JMc', 'JWi' (a school's staff code: two capitals and a letter): initials.
STRICT_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]){0,4}(?:(?<=M)c)?\.?|[A-Z]{2,6}|[A-Z]{2}[a-z]")

# 'Lee', 'J.', 'McDonald', 'MacLeod', 'DeSouza', "O'Neill": a word of a person's name.
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ'’\\-"
NAME_WORD = re.compile(
    rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[A-Z]\.?|O'[A-Z][a-z]+)"
)  # 'Siân', 'Zoë', 'MacLeod'

# 'WDC Licensing', 'KCC Highways': a council by its letters (District, Borough, County, City
# Council) before its service; never a rank ('DCC', 'ACC').
COUNCIL_LETTERS = re.compile(r"[A-Z]{1,3}(?:M?BC|DC|CC)")


# 'Hart DC Communications': a place, its council's letters, then the service.
_COUNCIL_KINDS = frozenset(("DC", "BC", "CC", "MBC", "CBC"))
# A place's partnership or board by its letters, last ('SAB Learning & Development Subgroup'
# is the board's group, not the board).
_PARTNERSHIPS = frozenset(("CSP", "SCP", "SAB", "LSCB", "SSCB", "CYPP"))


def surname_forename(text: str) -> bool:
    """'Lee, Sam', 'Patel, Jo-Anne', "O'Neill, Mary": one person, as an address book writes."""
    match = re.fullmatch(r"([^,;/&]+),\s*([^,;/&]+)", text.strip())
    if not match:
        return False
    surname, forename = match[1].split(), match[2].split()
    if not (
        1 <= len(surname) <= 3
        and (len(forename) == 1 or (len(forename) == 2 and len(forename[1].strip(".")) == 1))
    ):
        return False  # 'Tom Okafor, Leah Burns' is two people
    words = surname + forename
    if any(w.lower() in ROLE_WORDS or w.lower() in SUBJECT_WORDS for w in words):
        return False
    if all(w.isupper() and len(w) <= 4 for w in words):
        return False  # 'RG, JF': initials
    return all(NAME_WORD.fullmatch(w) for w in words)


_HEADS_A_SERVICE = frozenset(("director", "officer", "head", "manager", "lead"))
_TITLE_WORDS = frozenset(("chief", "corporate", "assistant", "deputy", "executive", "strategic"))
_CO_ROLE = re.compile(r"^(?:(?:co|vice|joint|pro)-)+")  # 'Parent Carer Forum Co-Chair': a chair;
# a university's 'Pro-Vice-Chancellor': one of its chancellor's officers


def _role_of(word: str) -> str:
    """'co-chair' -> 'chair' where the rest is a post's word; any other word as it is."""
    bare = _CO_ROLE.sub("", word)
    return bare if bare in ROLE_WORDS else word


def _named_post(lowered: list[str]) -> bool:
    """The NHS's safeguarding posts: 'Named Nurse ...', 'Designated Professional ...'."""
    return (
        len(lowered) > 1
        and lowered[0] in ("named", "designated")
        and lowered[1] in ROLE_WORDS | {"professional", "doctor"}
    )


# A post's word that is also a forename: 'Dean' ('Dean Marsh' is a person; a university's
# dean is written 'Dean of Students', 'Faculty Dean', 'Deputy Dean (Education)').
_FORENAME_POSTS = frozenset(("dean",))


# The points of a compass a region is named by ('Regional Director, Wales & South West').
_COMPASS = frozenset(("north", "south", "east", "west", "central", "mid", "midlands"))


def kind_of(part: str) -> str | None:
    """'initials' (RG, DCS, RdP), 'post' (Head of Service, DCI Public Protection), 'agency'
    (Police, Health), 'name' (Sam Lee, DCI Helen Marsh, Lee, Sam), or None: not a person."""
    bare = re.sub(r"\([^)]*\)|\b[TAD]\ue000", " ", part).strip()  # 'T/Supt X': 'Supt X'
    words = bare.split()
    if not words:
        return None
    letters = re.fullmatch(r"(.+?)\s*\(([A-Z]{2,6})\)", part.strip())
    if (
        letters
        and len(words) >= 2
        and "".join(w[0] for w in words if w[0].isupper()) == letters[2]
        and not any(_role_of(w.lower()) in ROLE_WORDS for w in words)  # ('... Lead (DSL)')
    ):
        return "agency"  # 'Change Grow Live (CGL)': a body and its letters, never a person
    lowered = [w.lower().strip(".,:;") for w in words]
    lowered = [w[:-1] if w.endswith("s") and w[:-1] in ROLE_WORDS else w for w in lowered]
    lowered = [_role_of(w) for w in lowered]
    if len(words) == 1:
        word = words[0].strip(".,")
        if (
            word.endswith("s")
            and len(word) >= 3
            and (word[:-1].isupper() or STRICT_INITIALS.fullmatch(word[:-1]))
        ):
            word = word[:-1]  # 'DHTs', 'HoDs': deputy heads, heads of department
        one = _CO_ROLE.sub("", word.lower())  # 'Vice-Chair': a chair
        if one.endswith("s") and one[:-1] in ONE_WORD_POSTS:
            one = one[:-1]  # 'Vice-Principals': the posts, several holding them
        if (word.lower() in ROLE_WORDS and word.isupper()) or one in ONE_WORD_POSTS:
            return "post"
        if word.lower() in ROLE_WORDS and word.istitle() and bare != part.strip():
            return "post"  # 'Director (HR, Governance and Regulatory)': a post, its area
        if STRICT_INITIALS.fullmatch(word):
            return "initials"
        return "agency" if word.lower() in AGENCIES else None
    if (
        len(words) == 2
        and lowered[0] in _FORENAME_POSTS
        and NAME_WORD.fullmatch(words[1]) is not None
        and not words[1].isupper()
        and lowered[1] not in ROLE_WORDS | SUBJECT_WORDS | AGENCIES | ORGANISATIONS
    ):
        return "name"  # 'Dean Marsh': a forename that is also a post, then a surname
    if (
        words[0] == "NHS"
        and len(words) >= 2
        and words[1].isupper()
        and all(
            w.isupper() or (w.istitle() and lowered[k] not in ROLE_WORDS | SUBJECT_WORDS)
            for k, w in enumerate(words[2:], start=2)
        )
    ):  # 'NHS GM (Salford)', 'NHS SY ICB', 'NHS GM Trafford': the NHS body (and its place),
        return "agency"  # never a 'GM' post
    if len(words) == 2 and lowered[0] in RANKS and STRICT_INITIALS.fullmatch(words[1]):
        return "name"  # 'DCI RB': an officer of that rank, by initials
    if (
        len(words) >= 2
        and lowered[-1] in RANKS
        and words[-1].isupper()
        and kind_of(" ".join(words[:-1])) == "agency"
    ):
        return "post"  # 'Thames Valley Police DI': a rank in a force
    if (
        len(lowered) >= 2
        and lowered[-1] in ORGANISATIONS
        and lowered[-2] in ROLE_WORDS
        and "of" not in lowered  # ('Head of Visitor Services': the post heading them)
    ):
        return "team"  # 'Member Services': the post's word names whom the team serves
    if _heads_services(words):
        return "post"  # 'Chief Officer Social Services': the officer who heads the services
    if lowered[-1] == "person" and lowered[0] in _PERSON_POSTS and len(words) >= 2:
        return "post"  # 'Responsible Person', 'Maintenance Person': a post the law or the
        # home names (never a person called 'Person')
    if "to" in lowered[1:-1] and _serves(lowered[lowered.index("to") - 1]):
        return "post"  # 'Clerk to the Board', 'Secretary to the Trust': whom the post serves
    if lowered[-1] in ORGANISATIONS and lowered[-1] not in ROLE_WORDS and "of" not in lowered:
        return "team"  # 'Strategic Leadership Group', 'Chief Officers Group': a group
    if _named_post(lowered):
        return "post"  # 'Named Professional Safeguarding Adults'
    if any(w in ROLE_WORDS for w in lowered) or (
        lowered[0] in RANKS and len(words) > 1 and any(w in SUBJECT_WORDS for w in lowered)
    ):
        return "post"
    if "NHS" in words[1:-1] and lowered[-1] in BODIES:
        return "agency"  # 'Yorkshire Ambulance Service NHS Trust': a body, not its service
    if any(w in ORGANISATIONS for w in lowered):
        return "team"
    if (
        lowered[-1] in BODIES
        or (words[0].isupper() and lowered[0] in BODIES)  # 'MBC Housing', 'NHS Grampian'
        or (  # 'Police Scotland': a body, then its place (not 'Housing Quality', a field)
            len(words) == 2
            and lowered[0] in BODIES
            and words[1][:1].isupper()
            and lowered[1] not in SUBJECT_WORDS
        )
        or (COUNCIL_LETTERS.fullmatch(words[0]) and lowered[0] not in RANKS | ROLE_WORDS)
        or (words[0][:1].isupper() and any(w in _COUNCIL_KINDS for w in words[1:-1]))
        or (len(words) >= 2 and words[-1] in _PARTNERSHIPS)  # 'Hart CSP', 'Merton SAB'
        or " ".join(lowered) in SERVICES
        or (
            any(w in BODIES for w in lowered)
            and any(" ".join(lowered[-k:]) in SERVICES for k in (2, 3))
        )
    ):  # and 'Stoke-on-Trent City Council Adult Social Care': a body's service
        return "agency"  # 'Southshire Police', 'Northvale ICB', 'Adult Social Care'
    if surname_forename(part):
        return "name"
    names = [w for w, low in zip(words, lowered, strict=True) if low not in TITLES | RANKS]
    if (
        1 <= len(names) <= 3
        and not all(w.lower() in _COMPASS for w in names)  # 'South West': a region, no one
        and all(NAME_WORD.fullmatch(w) for w in names)
        and not any(w.lower() in SUBJECT_WORDS or w.lower() in AGENCIES for w in names)
    ):
        return "name"
    return None


def _serves(word: str) -> bool:
    return word in ROLE_WORDS or word in ONE_WORD_POSTS or word == "secretary"


BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NAME_WITH_ROLE = re.compile(r"(.+?)\s*\(([^()]+)\)")  # 'Jane Smith (Head of Service)'


def _heads_services(words: list[str]) -> bool:
    """'Chief Officer Social Services', 'Assistant Director Adult Services': a post's title,
    then the services it heads without 'of' (never 'Chief Officers Group', 'Member Services')."""
    lowered = [w.lower().strip(".,") for w in words]
    title = next((i for i, w in enumerate(lowered[:3]) if w in _HEADS_A_SERVICE), None)
    return (
        title is not None
        and lowered[-1] in ("services", "service")
        and len(words) - title >= 3  # a field between the post and 'Services'
        and lowered[title + 1] not in ROLE_WORDS  # 'Lead Member Services': the members' team
        and all(w in _TITLE_WORDS for w in lowered[:title])
    )


_PERSON_POSTS = frozenset(
    ("designated", "named", "nominated", "responsible", "registered", "competent", "maintenance")
)  # ('Registered Person', a care home's in law; 'Maintenance Person', its handyman)


def whole_post(part: str) -> bool:
    """A post that stands on its own: ending in the post's word ('Chief Paramedic', 'Skills
    Officer'), naming what it heads ('Head of Service') or the NHS's named or designated
    safeguarding post ('Designated Nurse Safeguarding Children'); not 'Chief Learning'."""
    post, *after = re.split(r"\s[–-]\s", part, maxsplit=1)  # 'Service Manager – MASH',
    if after and post.strip() and kind_of(post) == "post":  # 'Service Director - Legal':
        part = post  # a post and its team or field
    bare = BRACKETED.sub(" ", part).split()  # 'Designated Nurse (CCG)': 'Designated Nurse'
    words = [w.lower().strip(".,") for w in bare]
    return (
        bool(words)
        and (
            words[-1] in ROLE_WORDS
            or (bare[0].isupper() and words[0] in ROLE_WORDS)  # 'AD Adults', 'HoS CIN'
            or (words[-1][:-1] in ROLE_WORDS and words[-1].endswith("s"))
            or (len(words) > 2 and ("of" in words[1:3] or "for" in words[1:3]))  # and
            # 'Cabinet Member for Parks': the portfolio a post holds
            or (len(words) > 2 and words[1] == "to" and words[0] in ROLE_WORDS)  # 'Clerk to
            # the Corporation', 'Secretary to the Board': whom the post serves
            or (len(words) > 2 and _named_post(words))
            or words[-2:] == ["in", "charge"]  # 'Nurse in charge', 'Officer in charge'
            or (words[-1] == "person" and words[0] in _PERSON_POSTS)  # 'Designated
            # Safeguarding Person': a school's or college's post, named as the law names it
            or _heads_services(bare)
            or len(words) == 1
        )
    )


def plainly_a_person(part: str) -> bool:
    """'Ellis, Mark', 'DCI Helen Marsh', 'Dr Jo Patel', 'Mark Owusu (Participation Lead)': a
    person as nobody writes a post."""
    words = part.split()
    named = _NAME_WITH_ROLE.fullmatch(part)
    if named is not None and kind_of(named[1]) == "name" and kind_of(named[2]) == "post":
        return True
    first = re.sub(r"^[tad]\ue000", "", words[0].lower().strip(".")) if words else ""
    return (
        surname_forename(part)
        or (  # 'Dr Hale', 'Cllr Jones': a title and a surname
            len(words) == 2
            and first in TITLES
            and NAME_WORD.fullmatch(words[1]) is not None
            and words[1].lower() not in ROLE_WORDS | SUBJECT_WORDS | AGENCIES
        )
        or (
            len(words) >= 3
            and first in TITLES | RANKS  # and 'T/Supt Chris Doyle': an acting rank
            and kind_of(" ".join(words[1:])) == "name"
        )
    )


def split_outside(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split at the pattern, never inside brackets."""
    pieces: list[str] = []
    depth = 0
    current = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        if depth == 0 and (match := pattern.match(text, i)) and match.end() > i:
            pieces.append(current)
            current = ""
            i = match.end()
            continue
        current += ch
        i += 1
    pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


# Words that name a whole organisation, not one of its services.
WHOLE_BODY = frozenset(("council", "trust", "police", "constabulary", "icb", "university"))


def body_service(part: str) -> bool:
    """'Humberside Police Learning & Development', 'Essex Council Housing': a body named by
    its place and kind, then one of its services: a lead of its own."""
    words = part.split()
    return len(words) >= 3 and words[0].istitle() and words[1].lower() in WHOLE_BODY


def junior_post(post: str) -> bool:
    """'Procurement Lead': a post below those that hold a statutory role as well."""
    words = post.lower().split()
    return words[-1] in (
        "lead",
        "manager",
        "coordinator",
        "co-ordinator",
        "adviser",
        "advisor",
    ) and (not {"chief", "head", "director", "deputy", "executive"} & set(words))


def letters_and_field(part: str) -> bool:
    """'SCC Domestic': a council's letters and one word of a field, no body of its own."""
    return len(w := part.split()) == 2 and bool(COUNCIL_LETTERS.fullmatch(w[0])) and w[1].istitle()


def body_letters(part: str) -> bool:
    """'GMP', 'NHS', 'CCC': a body named by its letters."""
    return part.isupper() and 2 <= len(part) <= 6 and part.lower() in BODIES


def body_by_name(part: str) -> bool:
    """'Age UK East Sussex', 'Carers MK': two or more capitalised words, none a post's or a
    field's, and a letters word among them (a charity or a body, never a post's field)."""
    words = part.split()
    if len(words) == 1:  # 'SENDIASS': a service by its letters, no field's or post's
        word = words[0]
        return (
            word.isalpha()
            and word.isupper()
            and 4 <= len(word) <= 8
            and word.lower() not in SUBJECT_WORDS | ROLE_WORDS
        )
    return (
        len(words) >= 2
        and kind_of(part) in (None, "agency", "team")
        and all(w[:1].isupper() for w in words)
        and any(w.isupper() and 2 <= len(w) <= 4 and w.lower() not in SUBJECT_WORDS for w in words)
        and not any(w.lower() in ROLE_WORDS or w.lower() in SUBJECT_WORDS for w in words)
    )


def letters_then_post(part: str) -> bool:
    """'MKCC Commissioning Manager': a council's or body's letters, then a whole post."""
    words = part.split()
    return (
        len(words) >= 3
        and bool(COUNCIL_LETTERS.fullmatch(words[0]))
        and words[0].lower() not in SUBJECT_WORDS
        and whole_post(" ".join(words[1:]))
        and kind_of(" ".join(words[1:])) == "post"
    )


def bodies_by_letters(commas: list[str]) -> list[str]:
    """'Powys CC, Ceredigion CC and Bannau Brycheiniog NPA': bodies listed, each a place's
    name and then its kind in capitals; the list, or none where a part is not such a body."""
    if len(commas) < 2:
        return []
    first, joint, last = commas[-1].rpartition(" and ")
    parts = [*commas[:-1], first, last] if joint else commas
    ends = [p.split()[-1] if len(p.split()) >= 2 else "" for p in parts]
    if len(parts) >= 3 and all(e.isupper() and e.isalpha() and 2 <= len(e) <= 4 for e in ends):
        return parts
    return []


def one_post_twice(text: str) -> tuple[str, ...]:
    """'SDCP Leicester and SDCP Nottingham': one post's letters written twice, each with its
    place: two officers; () where the text is not so written."""
    first, joint, second = text.partition(" and ")
    heads = [part.split()[0] for part in (first, second) if len(part.split()) >= 2]
    if (
        joint
        and len(heads) == 2
        and heads[0] == heads[1]
        and heads[0].isupper()
        and heads[0].isalpha()
        and 2 <= len(heads[0]) <= 6
        and " and " not in second
    ):
        return (first.strip(), second.strip())
    return ()
