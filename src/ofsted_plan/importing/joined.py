"""Where 'and' or '&' joins two officers and where it is inside one post or body: 'Sam Lee
and Jo Patel' are two, 'Head of Safeguarding and Quality Assurance' one post, 'Redcar &
Cleveland Borough Council' one body. The rules of `people.split_people` for a joined part."""

from __future__ import annotations

import re

from .person_kinds import (
    BRACKETED,
    COUNCIL_LETTERS,
    NAME_WORD,
    WHOLE_BODY,
    body_by_name,
    body_letters,
    body_service,
    junior_post,
    kind_of,
    letters_and_field,
    letters_then_post,
    plainly_a_person,
    split_outside,
    whole_post,
)
from .post_areas import post_and_area
from .posts import (
    AGENCIES,
    BODIES,
    FIELD_PAIRS,
    ONE_WORD_POSTS,
    PLACE_PAIRS,
    RANKS,
    ROLE_WORDS,
    STATUTORY_ROLES,
    SUBJECT_WORDS,
)

# A body named in capitals after a semicolon: 'Healthwatch', "Barnardo's", 'Parent Carer Forum'.
# A team or body named in capitals, '&' or 'and' inside: 'Learning & Development'.
# A small word may join its words: 'Safe in Sussex', 'Friends of the Earth'.
ORGANISATION = re.compile(
    r"[A-Z][\w'’\-!]+(?: (?:(?:in|of|for|the|on|at)\s){0,2}[A-Z][\w'’\-!]+){0,3}"
)
AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def _services_of_one(pieces: list[str]) -> bool:
    """'Hackney Council Benefits' and 'Housing Needs': a body's name, one of its services,
    then a second service, a field of work with no body named (short, not a post or a
    person): both are that body's ('... and Phoenix Community Housing' names another)."""
    first, second = (p.split() for p in pieces)
    at = next((i for i, w in enumerate(first) if w.lower() in WHOLE_BODY), None)
    by_letters = at is None and len(first) == 2 and bool(COUNCIL_LETTERS.fullmatch(first[0]))
    return (
        (by_letters or (at is not None and 0 < at < len(first) - 1))  # 'Hackney Council'
        and len(second) <= (2 if by_letters else 3)  # (or 'NWBC') then its service
        and all(w[:1].isupper() for w in second)
        and (
            second[0].lower() in SUBJECT_WORDS
            or (by_letters and second[-1].lower() in SUBJECT_WORDS)
        )  # a field of work ('Phoenix ...' is a name)
        and not any(w.lower() in WHOLE_BODY for w in second)
        and kind_of(pieces[1]) != "post"
        and not plainly_a_person(pieces[1])
    )


def bodies_named(parts: list[str]) -> bool:
    """Parts that are each a body, by its kind or by a name of capitalised words, one at least
    a team or an agency, each of two words or more (never 'Health and Social Care')."""
    kinds = {kind_of(p) or ("body" if ORGANISATION.fullmatch(p) else None) for p in parts}
    return (
        len(parts) > 1
        and all(len(p.split()) >= 2 for p in parts)
        and kinds <= {"agency", "team", "body"}
        and bool({"agency", "team"} & kinds)
    )


# A group's own word: 'DfT Sponsorship Team' before 'and' is one lead, a post after it another.
_A_GROUP = frozenset(("team", "unit", "group", "board", "panel", "directorate"))
_A_BODY_OF_PEOPLE = frozenset(("forum", "network", "alliance", "council"))
# Words that rank a post and name none alone: 'Chief Finance' is the start of a post.
_RANK_OF_POST = frozenset(("chief", "senior", "deputy", "assistant", "principal"))
# Words of posts that say what kind a post is and never end one: 'Operational', 'Strategic'.
_NEVER_LAST = frozenset(("operational", "strategic", "senior"))
# The people a service is for: 'Service User and Carer Reference Group' is one group of both.
_SERVED = frozenset(("user", "users", "carer", "carers", "patient", "patients", "resident",
                     "residents", "tenant", "tenants", "parent", "parents"))  # fmt: skip


def fields_of_one_post(pieces: list[str]) -> bool:
    """'Chief Science, Research and Innovation Officer': a rank, the fields it covers listed
    with commas, then the post's word. 'Chief Science' is no post alone: one officer."""
    first, last = pieces[0].split(), pieces[-1].split()
    return (
        len(pieces) >= 2
        and len(first) == 2
        and first[0].lower() in _RANK_OF_POST
        and first[1][:1].isupper()
        and first[1].lower() not in ROLE_WORDS
        and last[-1].lower() in ROLE_WORDS
        and all(len(p.split()) <= 4 and p[:1].isupper() for p in pieces[1:])
        and not any(kind_of(p) == "name" and len(p.split()) == 2 for p in pieces[1:-1])
    )


_FOR = re.compile(r"\b(\w+)\s+for\s+")  # a post 'for' its field, as one 'of' it


def one_post(before: str, part: str, separator: list[str]) -> bool:
    """'HR & OD Manager' (two fields, one post word), 'Head of Children & Criminal Justice
    Services' and 'Head of Commissioning & Market Shaping' (what the post heads, named
    twice) are one post: '&' joins within it."""
    if not separator or separator[0].strip() not in ("&", "+"):
        return False
    before = _FOR.sub(  # 'Director for Digital & IT Services': read as 'Director of ...'
        lambda m: f"{m[1]} of " if m[1].lower() in ROLE_WORDS else m[0], before
    )
    if before.strip().lower() in ONE_WORD_POSTS and kind_of(part) == "post":
        return False  # 'SENDCo & Reading Lead': a post named in one word, then another
    first = part.split()[0]
    if _places_of_one_council(before, part):
        return True  # 'Redcar & Cleveland Borough Council': one council of two places
    if body_service(before) and " " not in part and part.lower() in SUBJECT_WORDS:
        return True  # 'Humberside Police Learning & Development': the service's two fields
    if before.isupper() and 2 <= len(before) <= 4 and first.isupper() and 2 <= len(first) <= 4:
        return (  # 'HR & OD Manager': two fields' letters, one post over them (not 'DHT &
            len(part.split()) > 1  # PEF teacher': a post's letters, then another post)
            and kind_of(part) == "post"
            and not (kind_of(before) == "post" and before.lower() not in SUBJECT_WORDS)
        )
    words = before.split()
    if (
        kind_of(part) == "post"
        and len(words) >= 2
        and kind_of(before) != "post"  # 'OPCC Head of Commissioning & Supt ...': two posts
        and COUNCIL_LETTERS.fullmatch(words[0])
        and not any(w.lower() in BODIES for w in words[1:])
    ):
        return True  # 'NSDC CCTV & Public Space Manager': the council's post over two fields
    if f"{words[-1]} & {part.split()[0]}".lower() in FIELD_PAIRS and kind_of(part) in (
        "post",
        "team",  # 'Health & Wellbeing Board': one board of two fields
    ):
        return True  # 'Health & Safety Advisor': one field of work, named in two words
    if (
        f"{words[-1]} & {part}".lower() in FIELD_PAIRS
        and " " not in part
        and kind_of(before) == "post"
    ):
        return True  # 'AHT Teaching & Learning': the post's field, named in two words
    if _two_fields(before, part):
        return True  # 'HR & Payroll Manager': a manager of two fields, each one word
    if (
        len(words) == 2
        and kind_of(before) == "name"
        and words[-1].lower().endswith(("ment", "tion", "ance"))
        and kind_of(part) == "post"
        and len(part.split()) <= 3
    ):
        return True  # 'Financial Assessment & Income Manager': a field, not a person's name
    if (
        len(words) == 2
        and words[0].lower() in _RANK_OF_POST
        and words[1].istitle()
        and not whole_post(before)
        and kind_of(part) == "post"
        and len(part.split()) <= 3
        and part.split()[-1].lower() in ROLE_WORDS
    ):
        return True  # 'Chief Finance & Resources Officer': 'Chief Finance' is no post alone
    if (
        1 <= len(words) <= 2
        and (
            kind_of(before) in (None, "post")
            or (kind_of(before) == "agency" and _A_FIELDS_END.search(words[-1]) is not None)
        )  # ('Housing Regeneration & Strategy Manager': a field, not the housing body)
        and not any(w.lower().strip("()").rstrip("s") in ROLE_WORDS for w in words[1:])
        and words[0].lower() not in ROLE_WORDS - {"strategic", "senior", "operational"}
        and "(" not in before  # 'Strategic Planning' is a field; 'DHT (Pastoral)' a post
        and " of " not in f" {before} "
        and kind_of(part) == "post"
        and 2 <= len(part.split()) <= 3
        and part.split()[-1].lower() in ROLE_WORDS
        and part.split()[0].lower() not in ROLE_WORDS | RANKS
    ):
        return True  # 'Strategic Planning & Performance Manager': one manager of both fields
    if (
        kind_of(part) == "team"
        and kind_of(before) in (None, "name")
        and " of " not in before
        and len(part.split()) <= 2  # not 'LBS Community Safety & Sutton Carers Centre': a
    ):  # council's service and a centre of its own name
        return True  # 'SAB Learning & Development Subgroup': one team, its fields joined
    if len(part.split()) == 1 and post_and_area(before):
        return kind_of(part) in ("team", "agency", None)  # 'Executive Director, Property &
        # Housing': one field of work more in the post's area
    if (
        len(part.split()) == 1
        and kind_of(part) == "agency"
        and kind_of(before) == "post"
        and " of " in f" {before} "
        and before.split()[-1].lower().rstrip("s") not in ROLE_WORDS | {"service"}
    ):
        return True  # 'Head of Leisure & Health': a field named as a body is ('Health')
    if (
        " " not in part.strip()
        and part.strip().lower() in SUBJECT_WORDS
        and kind_of(before) == "post"
        and " of " in f" {before} "
    ):
        return True  # 'Director of Finance & HR', 'Director of Nursing & AHPs': the fields
        # the post heads, as with 'and'
    return (  # as with 'and': words that only look like a name ('Market Shaping') go on
        (kind_of(part) in ("team", "name", None) or _a_field(part))  # and 'Head of Housing
        # & Communities', 'Head of Flood Risk Management & Strategic Projects'
        and not plainly_a_person(part)
        and part.split()[0].lower() not in RANKS  # ('... & DS MASH (CE BCU)': an officer)
        and kind_of(before) == "post"
        and (" of " in f" {before} " or (_field_after_post(before) and _a_service(part)))
        and not before.endswith(")")  # 'Head of Housing Needs (LBB)': whole, its body named
    )


def _a_service(part: str) -> bool:
    """'Children's Services': a service's name, no officer's ('AD Children's Services' is)."""
    words = part.split()
    return (
        kind_of(part) == "team"
        and words[-1].lower() in ("services", "service", "care")
        and words[0].lower() not in ROLE_WORDS | RANKS
        and " and " not in part
    )


def _field_after_post(before: str) -> bool:
    """'Executive Director Community' (& Children's Services): the post's word, then the
    field it heads with no 'of' written: what follows '&' is more of that field."""
    words = [w.lower().strip("(),") for w in before.split()]
    return (
        len(words) >= 3
        and words[-1] not in ROLE_WORDS
        and any(w in ROLE_WORDS for w in words[:-1])
        and words[-1] not in RANKS
    )


def _places_of_one_council(before: str, part: str) -> bool:
    """'Redcar & Cleveland Borough Council', 'Telford & Wrekin Council': a place's one word
    before '&', then the second place and the council's own words (and any service after a
    dash: 'Telford & Wrekin Council – Adult Social Care')."""
    if before.split() and f"{before.split()[-1]} & {part.split()[0]}".lower() in PLACE_PAIRS:
        return True  # 'Healthwatch Telford & Wrekin Chief Officer': a place of two names
    words = re.split(r"\s+[–—-]\s+", part, maxsplit=1)[0].split()
    return (
        len(before.split()) == 1
        and before.istitle()
        and kind_of(before) is None
        and 2 <= len(words) <= 4
        and words[-1].lower() == "council"
        and words[0].istitle()
        and all(w.lower() in _COUNCIL_WORDS for w in words[1:-1])
    )


_COUNCIL_WORDS = frozenset(("borough", "city", "county", "district", "metropolitan"))


# Two titles one person holds, as colleges write them.
ONE_HOLDS_BOTH = frozenset(
    ("principal and ceo", "principal and chief executive", "principal & ceo",
     "principal & chief executive", "ceo and principal", "chief executive and principal",
     # a university's secretary is one officer under any of these: the titles of the post
     "university secretary and director of governance", "registrar and secretary",
     "university secretary & director of governance", "registrar & secretary",
     "secretary and registrar", "secretary & registrar",
     "university secretary and general counsel", "university secretary & general counsel",
     "general counsel and company secretary", "general counsel & company secretary",
     "company secretary and general counsel", "company secretary & general counsel")
)  # fmt: skip


# 'Director of Corporate Governance & Company Secretary': a director who is the company's
# (or the trust's) secretary too, one officer.
SECRETARY_TOO = re.compile(
    r"(?:director|head)\b[\w ’'-]{3,80}\s(?:&|and)\s(?:company|trust)\s+secretary",
    re.IGNORECASE,
)


# Where a post's name ends and its area begins: 'Service Manager – Urgent Care', 'Detective
# Inspector, Gwent Police'.
_AREA_AFTER = re.compile(r"\s[–-]\s|,")


def _a_role(word: str) -> bool:
    """'officer', and 'officers': a post's word, one holder or several."""
    return word in ROLE_WORDS or (word.endswith("s") and word[:-1] in ROLE_WORDS)


def _two_bodies(pieces: list[str]) -> list[list[str]]:
    """Each way of cutting the pieces in two at one 'and' where both sides are named bodies
    ('Southshire Police' | 'Redcar and Cleveland Borough Council')."""
    found = []
    for cut in range(1, len(pieces)):
        sides = [" and ".join(pieces[:cut]).strip(), " and ".join(pieces[cut:]).strip()]
        if all(
            len(side.split()) >= 2
            and kind_of(side) == "agency"
            and side.split()[-1].lower() in BODIES
            for side in sides
        ):
            found.append(sides)
    return found


def _heads_more(pieces: list[str]) -> bool:
    """'Head of Children' and 'Young People Commissioning': what the post heads goes on past
    'and', ending in a field of work, not a post's word (one post)."""
    after = _AREA_AFTER.split(BRACKETED.sub("", pieces[-1]).strip(), maxsplit=1)[
        0
    ]  # 'Service Manager – Urgent
    last = after.split()  # Care', 'Detective Inspector, Gwent Police': a post, then its area
    return (
        (" of " in f" {pieces[0]} " or " – " in pieces[0])  # ('Associate Director –
        and " of " not in f" {pieces[-1]} "  # Children and Young People's Commissioning')
        and " for " not in f" {pieces[-1]} "  # ('Clinical Director for Women's Health': a post)
        and (
            (last[-1].lower() in SUBJECT_WORDS and last[0].lower() not in ROLE_WORDS)
            # ('Head of HR' after 'and' is a post of its own); 'Strategic Planning' is no
            or (last[0].lower() in ROLE_WORDS and not whole_post(after))  # post alone
        )
    )


def _two_fields(before: str, part: str) -> bool:
    """'HR' before 'Payroll Manager', 'ICT' before 'Digital Services Business Manager': a field
    of one word, then a post whose first word is a field too: one manager of both ('Health'
    before 'Safeguarding Lead' is the NHS, a body)."""
    words = part.split()
    return (
        (before.casefold() in SUBJECT_WORDS or before == "IT")  # ('IT & Systems Manager':
        # its capitals the field, never the word 'it')
        and kind_of(before) != "agency"
        and kind_of(part) == "post"
        and len(words) <= 4
        and (
            words[0].casefold() in SUBJECT_WORDS
            or (  # 'CCTV & Control Room Manager': a field's letters, then a manager of one
                before.isupper()
                and len(words) <= 3
                and words[-1].lower() in ROLE_WORDS
                and words[0].lower() not in ROLE_WORDS | RANKS
            )
        )
    )


_NHS_BOARD = re.compile(  # (and 'Mid and South Essex ICB': its places before its letters)
    r"\bNHS\s+[A-Z](?:[\w,'’\-]|\s(?!NHS\b))*?\s+(?:ICB|CCG|Integrated\s+Care\s+Board|"
    r"Clinical\s+Commissioning\s+Group)|^[A-Z][a-z]+\s+and\s+[A-Z][\w ]{2,30}?\s+(?:ICB|CCG)\b"
)


_HEADS_OF_PAID_SERVICE = frozenset(("chief executive", "chief executive officer", "ceo"))


# How a field of work ends, never a body's name: 'Housing Regeneration', 'Market Shaping'.
_A_FIELDS_END = re.compile(r"(?:ing|ment|tion|sion|ance|ence|ity|ness|ship|ics|ure)$", re.I)


# A name, then a role's letters in brackets: 'Lucy Hartley (RM)'.
_NAME_THEN_LETTERS = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*\(([A-Z]{2,5})\)")


_CHAIR = re.compile(  # (and 'Chair of Trustees', 'Chair of the Board': a trustee, no officer)
    r"(?:vice[\s-]+|deputy\s+)?chair(?:man|woman|person)?(?:\s+of\s+(?:the\s+)?[\w ]{2,30})?",
    re.IGNORECASE,
)


def and_split(part: str) -> list[str]:
    """'Sam Lee and Jo Patel' are two; 'AD Early Help and Youth Services' is one post."""
    joined = _NHS_BOARD.sub(lambda m: m[0].replace(" and ", " \ue001 "), part)
    if joined != part:  # 'NHS Norfolk and Waveney ICB': one board, its places' 'and'
        return [p.replace(" \ue001 ", " and ") for p in and_split(joined)]
    pieces = split_outside(part, AND)
    if " ".join(part.lower().split()) in ONE_HOLDS_BOTH or SECRETARY_TOO.fullmatch(part):
        return [part]  # 'Principal and CEO': a college's principal is its chief executive
    if (
        len(pieces) == 3
        and kind_of(pieces[1]) is None  # ('Resources': a field, no one)
        and kind_of(first := f"{pieces[0]} and {pieces[1]}") == "post"
        and whole_post(first)
        and kind_of(pieces[2]) == "post"
        and whole_post(pieces[2])
    ):  # 'Director of Finance and Resources and OPCC Chief Finance Officer': a post over two
        return [first, pieces[2]]  # fields, then another post
    if len(pieces) > 2 and len(bodies := _two_bodies(pieces)) == 1:
        return bodies[0]  # 'Leicestershire Police and Hinckley and Bosworth Borough Council':
        # two bodies, the second with 'and' in its name
    if (
        len(pieces) == 2
        and (  # ('Director of Central Services and Deputy Chief Executive': one officer too)
            STATUTORY_ROLES.fullmatch(pieces[1].strip())
            or re.fullmatch(r"deputy\s+chief\s+executive", pieces[1].strip(), re.IGNORECASE)
        )
        and whole_post(pieces[0])
        and not junior_post(pieces[0])  # ('Procurement Lead and Monitoring Officer': two)
        and not _CHAIR.fullmatch(pieces[0].strip())  # ('Chair and Clerk to the Board': two,
        # the board's chair never its clerk)
        and not (  # ('Chief Executive and Section 151 Officer': two, the head of paid
            pieces[0].strip().lower() in _HEADS_OF_PAID_SERVICE  # service never the treasurer;
            and re.search(r"151|treasurer|finance", pieces[1], re.IGNORECASE)  # a police
        )  # commissioner's chief executive is its monitoring officer, one officer)
        and not STATUTORY_ROLES.search(pieces[0])  # 'Monitoring Officer and s151 Officer': two
    ):
        return [part]  # 'Head of Finance and Section 151 Officer': one officer's two posts
    if len(pieces) == 2 and (
        (
            f"{pieces[0].split()[-1]} & {pieces[1].split()[0]}".lower() in FIELD_PAIRS
            and kind_of(pieces[1]) in ("post", "agency", "team")
        )
        or _two_fields(pieces[0], pieces[1])
    ):
        return [part]  # 'HR and OD Manager', 'HR and Payroll Manager': as with '&'; and
        # 'Dudley Integrated Health and Care NHS Trust', one body over the two fields
    if (
        len(pieces) == 2
        and kind_of(pieces[1]) == "team"
        and (
            kind_of(pieces[0]) is None
            or letters_and_field(pieces[0])  # 'NWSB Policy',
            or pieces[0].split()[-1].lower() in _NEVER_LAST  # 'HMPPS Operational and System
            or (  # Assurance Group': a word that says what kind, never the post's last
                pieces[0].split()[-1].lower() in _SERVED and kind_of(pieces[0]) != "post"
            )  # 'Service User and Carer Reference Group': the group of those served
        )
        and pieces[0].split()[-1].lower() not in BODIES  # 'SCC Domestic': a board's or a
    ):  # council's letters and a field
        return [part]  # 'NWSB Policy and Procedures Sub Group': one group of two fields
    if (
        len(pieces) == 2
        and kind_of(pieces[1]) == "team"
        and kind_of(pieces[0]) == "agency"
        and len(words := pieces[0].split()) >= 3
        and words[-1].lower() not in BODIES
        and any(w in ("CC", "DC", "BC", "MBC", "CBC", "Council") for w in words[1:-1])
        and len(fields := pieces[1].split()) <= 3
        and fields[-1].lower() in ("services", "service")
        and not any(w.lower() in BODIES for w in fields)
    ):  # 'Denbighshire CC Highways and Environmental Services': a council, then its one
        return [part]  # service over two fields (not '... Adult Social Care and
        # Nottinghamshire Safeguarding Adults Board', two bodies)
    kinds = {kind_of(p) for p in pieces}
    first = pieces[-1].split()[0] if len(pieces) == 2 else ""
    if (  # 'SAR and QA Subgroup Chair': two fields' letters, then the post over both
        first
        and pieces[0].isupper()
        and 2 <= len(pieces[0]) <= 4
        and first.isupper()
        and first.lower() in SUBJECT_WORDS  # a field's ('QA'), not a body's ('ICB Lead')
        and len(pieces[1].split()) > 1
        and kind_of(pieces[1]) == "post"
        and any(w.lower().removeprefix("sub") in _A_GROUP for w in pieces[1].split())
    ):  # (not 'DRO and HR Business Partner': a post by its letters, then a post in a field)
        return [part]
    fields = _AREA_AFTER.split(pieces[-1], maxsplit=1)[0].split()  # ('Commissioning – Adult
    if (  # Social Care': the field, then the area the post covers)
        len(pieces) == 2
        and " of " in f" {pieces[0]} "
        and len(fields) <= 3
        and all(w.lower() in SUBJECT_WORDS for w in fields)
    ):
        return [part]  # 'Director of Finance and HR', 'Head of Payroll and HR Operations': the
        # fields the post heads (fields alone, no officer of their own after 'of ...')
    # Two of one kind: 'Sam Lee and Jo Patel', 'Head of Service and Principal Social Worker';
    # a post and words that only look like a name are one post ('... and Market Shaping').
    if (
        len(pieces) > 1
        and len(kinds) == 1
        and kinds <= {"initials", "name", "post"}
        and (kinds != {"post"} or all(map(whole_post, pieces[:-1])))
        and not _heads_more(pieces)
    ):
        return pieces  # not 'Chief Learning and Skills Officer': one post
    if (
        len(pieces) == 2 and kinds == {"post"} and all(re.search(r"\([^()]+\)$", p) for p in pieces)
    ):  # 'Named Nurse (CHS) and Head of Adult Safeguarding (LBC)': each post with its body
        return pieces
    if (
        len(pieces) == 2
        and kinds == {"post"}
        and pieces[0].rstrip().endswith(")")
        and len(pieces[1].split()) >= 2
        and whole_post(pieces[1])
    ):  # 'Senior EHO (Food & Safety) and Environmental Health Manager': a post closed by
        return pieces  # its field in brackets, then another post
    if (
        len(pieces) == 2
        and kind_of(pieces[0]) == "post"
        and _a_role(pieces[0].split()[-1].lower())
        and kind_of(pieces[1]) == "initials"
        and pieces[1].lower() not in SUBJECT_WORDS
    ):
        return pieces  # 'Subject leaders and SLT': a post ending in its word, then letters
    if len(pieces) == 2 and kinds == {"name", "post"} and any(map(plainly_a_person, pieces)):
        return pieces  # 'Ellis, Mark and Head of Service': a person as written, and a post
    if (
        len(pieces) == 2
        and (named := _NAME_THEN_LETTERS.fullmatch(pieces[0].strip())) is not None
        and kind_of(named[1]) == "name"
        and not body_letters(named[2])
        and kind_of(pieces[1]) == "post"
        and whole_post(pieces[1])
    ):  # 'Lucy Hartley (RM) and HR Advisor': a person with her role's letters, then a post
        return pieces
    if (
        len(pieces) == 2
        and kind_of(pieces[1]) == "team"
        and len(group := _AREA_AFTER.split(pieces[1], maxsplit=1)[0].split()) >= 2
        and group[-1].lower() in _A_GROUP | _A_BODY_OF_PEOPLE
        and (
            plainly_a_person(pieces[0]) or (kind_of(pieces[0]) == "post" and whole_post(pieces[0]))
        )
        and (plainly_a_person(pieces[0]) or len(pieces[1].split()) >= 3)
        and not re.fullmatch(  # 'Head of Victim and Witness Care Unit': the post heads the
            r"(?:head|director|manager)\s+of\s+[\w’']+", pieces[0].strip(), re.IGNORECASE
        )  # unit, its one word after 'of' the unit's first
    ):  # 'Cllr Anna Wright and Participation Team', 'Head of Children's Community Services
        return pieces  # (CHS) and Croydon Parent Carer Forum': a person or a post, then a group
        # (not 'Head of Quality and Safety, Family Care Group': a post's field, then its area)
    if (
        len(pieces) == 2
        and any(body_letters(p) for p in pieces)
        and all(
            body_letters(p) or kind_of(p) == "agency" or ORGANISATION.fullmatch(p) for p in pieces
        )
    ) or (
        len(pieces) == 2
        and COUNCIL_LETTERS.fullmatch(pieces[1].strip())
        and kind_of(pieces[0]) == "agency"
        and len(pieces[0].split()) >= 2
    ):  # ('Stevenage BID and SBC': a body, then a council by its letters)
        return pieces  # 'GMP and Bolton at Home': a force by its letters, and another body
    if len(pieces) == 2 and all(len(p.split()) >= 2 and kind_of(p) == "agency" for p in pieces):
        return pieces  # 'Adult Social Care and Southshire ICB' (never 'Health and Social Care')
    if len(pieces) == 2 and _services_of_one(pieces):
        return [part]  # 'Hackney Council Benefits and Housing Needs': one council's services
    if len(pieces) == 2 and bodies_named(pieces):
        return pieces  # 'Lewisham Council Housing Services and Phoenix Community Housing'
    if (
        len(pieces) == 2
        and kind_of(pieces[0]) == "post"
        and _a_role(pieces[0].split()[-1].lower())  # ('Safer Schools Officers': a post too)
        and " of " not in f" {pieces[0]} "  # 'Head of Commissioning and Market Shaping'
        and (
            (len(pieces[1].split()) >= 3 and kind_of(pieces[1]) == "name")
            or (len(pieces[1].split()) >= 2 and kind_of(pieces[1]) in ("team", "agency"))
            or body_service(pieces[1])
            or body_by_name(pieces[1])
        )
    ):
        return pieces  # 'SEND Engagement Lead and Bristol Parent Carers': the post is whole
        # ('Domestic Abuse Lead and Age UK East Sussex': a post ends at its word)
    if (
        len(pieces) == 2
        and kind_of(pieces[0]) == "post"
        and whole_post(pieces[0])
        and _a_role(pieces[0].split()[-1].lower())
        and " of " not in f" {pieces[0]} "
        and _forename_and_surname(pieces[1])
    ):
        return pieces  # 'Recruitment Administrator and Karen Ashdown': a post, then a person
    if len(pieces) == 2 and letters_then_post(pieces[1]) and body_by_name(pieces[0]):
        return pieces  # 'Carers MK and MKCC Commissioning Manager': a body, then a council's
        # post by the council's letters (never a field of the post: those come after them)
    if (
        len(pieces) == 2
        and kind_of(pieces[1]) == "agency"
        and re.fullmatch(r"[A-Z]{2,5}", pieces[1].split()[-1])
        and "NHS" not in pieces[1].split()  # 'North Tees and Hartlepool NHS FT': one trust
        and len(pieces[0].split()) >= 2
        and kind_of(pieces[0]) in ("name", "agency", "team")
        and all(w[:1].isupper() for w in pieces[0].split())
    ):
        return pieces  # 'Next Chapter and Maldon CSP': a body, then a partnership by its place
    if (
        len(pieces) == 2
        and len(pieces[0].split()) >= 2
        and kind_of(pieces[0]) in ("team", "agency")
        and (body := BRACKETED.sub("", pieces[0]).lower().split())
        and (body[-1] in BODIES or body[0] in BODIES)  # 'Juno Women's Aid', 'Police Scotland'
        and len(pieces[1].split()) >= 3
        and whole_post(pieces[1])
    ):
        return pieces  # 'Juno Women's Aid and NSDC Safeguarding Lead': a body, then a post
    if (
        len(pieces) == 2
        and kind_of(pieces[0]) == "team"
        and pieces[0].split()[-1].lower() in _A_GROUP | _A_BODY_OF_PEOPLE
        and (
            (kind_of(pieces[1]) == "post" and whole_post(pieces[1]))
            or (  # 'Hounslow Council Community Safety Team and Southall Black Sisters': a
                len(pieces[0].split()) >= 3  # team by its name, then a body or a person
                and kind_of(pieces[1]) in ("name", "team", "agency")
                and all(w[:1].isupper() for w in pieces[1].split())
            )
        )
        and len(pieces[1].split()) >= 2
    ):
        return pieces  # 'DfT Sponsorship Team and DVLA HR Director', 'Newcastle Parent Carer
        # Forum and CNTW ... Service Manager': a team or a forum, then a post
    if (
        len(pieces) == 2
        and [kind_of(p) for p in pieces] == ["initials", "post"]
        and pieces[0].lower() not in SUBJECT_WORDS  # 'ALN and Inclusion Manager': one post
    ):
        return pieces  # 'VSH and Business Support Manager' (never 'Head of SEN and AP')
    # 'Parent Carer Forum Chair and Head of SEND and Inclusion': the one place to split in
    # two where both sides are posts (or both names); none, or more than one: one officer.
    found = []
    for cut in range(1, len(pieces)):
        sides = [" and ".join(pieces[:cut]), " and ".join(pieces[cut:])]
        posts = (
            len({kind_of(p) for p in sides} | {"post"}) == 1
            and whole_post(sides[0])
            and not _heads_more(sides)
        )
        kinds = {kind_of(p) for p in sides}
        if (
            posts
            or kinds == {"name"}
            or (plainly_a_person(sides[0]) and whole_post(sides[1]))  # 'Cllr Ryan Holloway
            or _rank_and_unit(sides[0], sides[1])  # 'DCI RASSO and CPS RASSO Unit Head'
            or (  # and Head of Revenues and Benefits'; 'NHS Gloucestershire ICB and
                kinds == {"agency"}  # Gloucestershire Health and Care NHS Foundation Trust'
                and " and " not in sides[0]
                and all(len(p.split()) >= 3 for p in sides)
            )
        ):
            found.append(sides)
    return found[0] if len(found) == 1 else [part]


def _forename_and_surname(part: str) -> bool:
    """'Karen Ashdown': two words written as a name, neither a word of posts, fields or
    bodies (never 'Early Help' or 'Business Support')."""
    words = part.split()
    return (
        len(words) == 2
        and all(NAME_WORD.fullmatch(w) for w in words)
        and not any(w.lower() in ROLE_WORDS | SUBJECT_WORDS | AGENCIES | BODIES for w in words)
        and kind_of(part) == "name"
    )


def _rank_and_unit(first: str, second: str) -> bool:
    """'DCI RASSO' (a rank, then its unit's letters) before another whole post of three
    words or more: two officers (not 'DCI Stalking and Harassment Lead', one post)."""
    words = first.split()
    return (
        len(words) == 2
        and words[0].lower().strip(".") in RANKS
        and words[1].isupper()
        and len(second.split()) >= 3
        and kind_of(second) == "post"
        and whole_post(second)
    )


def _a_field(part: str) -> bool:
    """'Strategic Projects': a field of work that only looks like a post (its 'Strategic'), no
    post of its own (not 'HoS Adolescents', 'Assistant Director, Housing', 'SPCN Co-Chair')."""
    words = part.lower().split()
    return (
        1 < len(words) <= 3
        and not re.search(r"[,()/]| and ", part)
        and words[0] in ("strategic", "senior", "operational")
        and not any(w.strip(".") in ROLE_WORDS or "-" in w for w in words[1:])
        and not whole_post(part)
    )
