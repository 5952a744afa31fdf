"""The people in a lead cell, as a person reads them: 'RG/JF' and 'Sam Lee and Jo Patel' are
two; 'Lee, Sam', 'Head of Safeguarding and Quality Assurance' and 'Service Manager (CIN/CP)'
are one each. A cell is split only where each part is itself a person, a post or an agency."""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from .joined import (
    AND,
    ONE_HOLDS_BOTH,
    ORGANISATION,
    SECRETARY_TOO,
    and_split,
    bodies_named,
    fields_of_one_post,
    one_post,
)
from .person_kinds import (
    BRACKETED,
    STRICT_INITIALS,
    bodies_by_letters,
    body_by_name,
    body_letters,
    body_service,
    kind_of,
    one_post_twice,
    plainly_a_person,
    split_outside,
    surname_forename,
    whole_post,
)
from .post_areas import with_its_area
from .posts import (
    BODIES,
    ONE_WORD_POSTS,
    RANKS,
    ROLE_WORDS,
    SUBJECT_WORDS,
    TITLES,
    WELSH_ROLES,
)

# Several officers are written 'RG/JF', 'RG; JF', 'RG & JF', 'Sam Lee and Jo Patel'. A cell is
# split only where every part is itself a person or post; else it is one officer.
_SPLIT = re.compile(r"\s*[/;&+\n]\s*|\s+and\s+|\s*,\s*", re.IGNORECASE)


class People(NamedTuple):
    officers: tuple[str, ...]
    kept_whole: bool  # the cell had a separator but its parts are not all people


# '&' and '+' join people only with a space beside them: 'L&D Manager' is one post.
_STRONG = re.compile(r"\s*[/;\n]\s*|\s+[&+]\s*|\s*[&+]\s+")
_SLASH = re.compile(r"\s*[/;\n]\s*")  # between officers whatever '&' is inside a post
_COMMA = re.compile(r"\s*,\s*")


@functools.lru_cache(maxsize=4096)  # a plan names few officers, on thousands of rows
def split_people(text: str, *, bodies: bool = False) -> People:
    """The officers in a lead cell. 'RG/JF' and 'Sam Lee and Jo Patel' are two; 'Lee, Sam' (as
    an address book writes a person), 'Head of Safeguarding and Quality Assurance' and
    'Service Manager (CIN/CP)' are one each. A cell is split only where every part is itself
    a person (initials, a name, a post, an agency); brackets are never split."""
    if bodies and "," in text and not with_its_area(text) and not surname_forename(text):
        parts = split_outside(" ".join(text.split()), _COMMA)  # a column of organisations: 'Public
        if (
            len(parts) > 1
            and not any(kind_of(p) in ("post", "name") for p in parts)
            and not any(p.split()[0].lower() in RANKS for p in parts)  # 'DCI, PPU'
            and kind_of(parts[-1]) != "team"  # 'Performance, Audit and Quality Sub-Group'
            and not any(AND.search(p) for p in parts[1:])  # 'Tees, Esk and Wear Valleys
        ):  # NHS Foundation Trust': places in one body's name
            return People(tuple(o for p in parts for o in split_people(p).officers), False)
        # Health, Amparo' are two; a post and its area ('Chair, QA Subgroup') stays one
    text = text.strip()
    if "\n" not in text:
        text = " ".join(text.split())
    if (over := _SLASHED_THEN_POST.fullmatch(text)) and (
        all(f.lower() in SUBJECT_WORDS | _SAFEGUARDS for f in over.group(1, 2))
        or (
            (over[1] + over[2]).isupper()
            and kind_of(text.partition("/")[0]) is None
            and kind_of(over[2] + over[3]) == "post"
        )
    ):  # 'CIN/CP Team Managers', 'MCA/DoLS Lead': two fields' letters, or 'Regional NEST/NYTH
        return People((text,), False)  # Co-ordinator': one programme's two names (no person
    # before the slash), then the post over both (never 'RG/JF': people's initials, no post)
    if not text:
        return People((), False)
    semis = split_outside(text, _SEMICOLON)  # 'Partnership Manager; Depute Chief Executive –
    if len(semis) > 1 and all(semis):  # Place, Neighbourhood & Corporate Assets': each
        each = [split_people(p) for p in semis]  # part read on its own, as its own lead
        return People(tuple(o for f in each for o in f.officers), any(f.kept_whole for f in each))
    if " ".join(text.lower().split()) in ONE_HOLDS_BOTH or SECRETARY_TOO.fullmatch(text):
        return People((text,), False)  # 'Principal & Chief Executive': a college's principal
        # is its chief executive, '&' or not (a director the company's secretary too)
    if "/" in text and _ACTING.search(text):  # 'T/Supt Public Protection': one officer
        found = split_people(_ACTING.sub(lambda m: m[1] + "\ue000", text))
        return People(tuple(o.replace("\ue000", "/") for o in found.officers), found.kept_whole)
    head, joint, tail = text.partition(" and ")
    if (
        joint
        and "," in head
        and "," in tail
        and not re.search(r"[/;&\n]", text)
        and kind_of(head) == kind_of(tail.partition(",")[0]) == "post"
    ):
        return People((head, tail), False)  # 'Independent Chair, APC and Lead Officer, Adult
        # Protection': two posts, each with its area
    if (
        joint
        and "," not in head
        and "," in tail
        and not re.search(r"[/;&\n]", text)
        and kind_of(head) == kind_of(tail.partition(",")[0]) == "post"
        and whole_post(head)
        and whole_post(tail.partition(",")[0])
        and len(tail.partition(",")[0].split()) >= 2
    ):  # 'Estates Manager (West) and Lead Pharmacist, Acute Services': a post, then another
        return People((head, tail), False)  # with its area after the comma
    area, amp, other = text.rpartition(" & ")
    if (
        amp
        and "," in area
        and not re.search(r"[/;\n]", text)
        and with_its_area(area)
        and kind_of(other) == "post"
        and whole_post(other)
        and len(other.split()) >= 3
        and not one_post(area, other, [" & "])
    ):  # 'Senior Manager, Safeguarding and Quality Assurance & Regional Safeguarding Board
        return People((area, other), False)  # Business Manager': a post with its area, then
    # another post
    commas = split_outside(text, _COMMA)
    if (
        len(commas) == 2
        and kind_of(commas[0]) == "initials"
        and kind_of(commas[1]) == "post"
        and whole_post(commas[1])
    ):  # 'JM, Attendance Officer': a person by initials, then a post, each a lead (a
        return People(tuple(commas), False)  # person's own post is written in brackets)
    if (
        len(commas) == 2
        and kind_of(commas[0]) == "post"
        and whole_post(commas[0])
        and commas[1].split()[0].lower().strip(".") in TITLES
        and kind_of(commas[1]) == "name"
    ):  # 'Practice Manager, Dr Sarah Jenkins (Senior Partner)': a post, then a person by
        return People(tuple(commas), False)  # name (whose own post follows the name)
    if len(commas) >= 2 and len({_rank(p) for p in commas} - {""}) == 1 and all(map(_rank, commas)):
        return People(tuple(commas), False)  # 'Ch Insp Response, Ch Insp Learning and
        # Development': one rank's officers, each by what they answer for
    if len(commas) >= 2 and fields_of_one_post(commas):  # 'Chief Science, Research and
        return People((text,), False)  # Innovation Officer': one post over the fields
    if listed := bodies_by_letters(commas):  # 'Powys CC, Ceredigion CC and Bannau Brycheiniog
        return People(tuple(listed), False)  # NPA
    if twice := one_post_twice(text):  # 'SDCP Leicester and SDCP Nottingham': a post of each
        return People(twice, False)
    area, joint, other = text.rpartition(" and ")
    if (
        joint
        and " – " in area
        and with_its_area(area)
        and not re.search(r"[/;\n]", text)
        and len(other.split()) >= 3
        and kind_of(other) == "post"
        and body_letters(other.split()[0])  # (not 'Schools and Early Intervention Officer':
        # the area's fields, then the post's word over both)
    ):  # 'Head of Service – Intake & Assessment and UHB Named Nurse Safeguarding': a post
        return People((area, other), False)  # with its area, then a post of its own
    if with_its_area(text):  # 'Assistant Director, Adult Frailty & Long Term Conditions'
        return People((text,), False)
    slashed = split_outside(text, _SLASH)  # 'Assistant Director – Inclusion & Additional
    if len(slashed) > 1 and all(map(with_its_area, slashed)):  # Needs (NE) / ... (SW)': two
        return People(tuple(slashed), False)  # posts, each with its area, '&' in each
    # 'SENDCo, AHT Teaching & Learning': whole posts, each listed
    if (
        len(commas) > 1
        and not _SLASH.search(text)  # ';' or '/' between the officers: split there, below
        and all(_listed_post(p) for p in commas)
    ):
        return People(tuple(commas), False)  # each with its own '&', listed
    if (
        len(slashed) > 1
        and any(map(with_its_area, slashed))
        and all(kind_of(p) and len(p.split()) >= 2 for p in slashed)  # ('Head of Service,
    ):  # CIN/CP': one post's letters) 'Team Manager – Child Protection & Court Team / DI
        # Public Protection Unit': a post
        return People(  # with its area ('&' inside it), then another officer
            tuple(o for p in slashed for o in split_people(p).officers), False
        )
    result: list[str] = []
    pieces = split_outside(text, _STRONG)
    separators = _STRONG.findall(BRACKETED.sub(lambda m: "x" * len(m[0]), text))
    for n, part in enumerate(pieces):
        if (
            n
            and result
            and STRICT_INITIALS.fullmatch(part)
            and part.lower() not in ROLE_WORDS  # 'Head of SEND; DCO': a second post
            and kind_of(result[-1]) == "post"
            and len(result[-1].split()) > 1  # 'SM/JH': two people's initials
            and not (  # 'Independent Chair DSAP / DSA': a post that ends in its body's
                len(result[-1].split()[-1]) >= 4  # letters, then another post's letters
                and result[-1].split()[-1].isupper()
                and part.lower() not in SUBJECT_WORDS
                and result[-1].split()[0].lower() in ROLE_WORDS | {"independent"}
                and " of " not in f" {result[-1]} "  # 'Head of SEND/AP': the field's letters
            )
            and not (  # 'Director of Finance / SMT', 'Head of PDU / SPO': a whole post,
                separators[n - 1 : n] == [" / "]  # then a spaced slash and a team's or a
                and " of " in f" {result[-1]} "  # post's letters, its own lead
                and part.lower() not in SUBJECT_WORDS  # 'Head of Safeguarding / QA': a field
            )
            # not after a post's own word, unless a field ('Head of HR & OD'): 'PSNI Rural
            # Crime Officer / PCSP', 'ETE Co-ordinator & LS' are two
            and not (
                result[-1].split()[-1].lower().rstrip("s") in ROLE_WORDS
                and part.lower() not in SUBJECT_WORDS
            )
        ):
            # 'HoS CIN/CP', 'AD Safeguarding & QA': a post's own abbreviations, not a person
            separator = separators[n - 1] if n - 1 < len(separators) else "/"
            result[-1] = f"{result[-1]}{separator}{part}"
            continue
        if n and result and one_post(result[-1], part, separators[n - 1 : n]):
            first, joint, last = result[-1].rpartition(" and ")
            joined = f"{last}{separators[n - 1]}{part}"
            if (
                joint
                and kind_of(first) == "post"
                and whole_post(first)
                and one_post(last, part, separators[n - 1 : n])
                and kind_of(joined) == "post"
                and whole_post(joined)
            ):  # 'HR Manager and Health & Safety Manager': a post, then a post of two fields
                result[-1:] = [first, joined]
            else:
                result[-1] = f"{result[-1]}{separators[n - 1]}{part}"
            continue
        head, joint, tail = part.partition(" and ")
        if n and result and joint and one_post(result[-1], head, separators[n - 1 : n]):
            result[-1] = f"{result[-1]}{separators[n - 1]}{head}"  # 'Director of Economy &
            result.extend(and_split(tail))  # Skills and Head of Legal Services': two posts
            continue
        result.extend(and_split(part))
    result = [r for p in result for r in _listed_then_joined(p)]
    if len(result) == 1:
        return People((result[0],), False)
    if len(result) == 2 and sorted(_welsh_post(p) for p in result) == [False, True]:
        return People((" ".join(text.split()),), False)  # one post, in Welsh and English
    if all(
        kind_of(p) or body_service(p) or body_by_name(p) or p.lower() in ROLE_WORDS for p in result
    ):
        return People(tuple(result), False)
    if bodies_named(result):  # as and_split found them
        return People(tuple(result), False)
    if (
        any(";" in sep for sep in separators)
        or (  # 'Hampshire and Isle of Wight Constabulary & GO! Southampton': an agency named
            any(sep.strip() == "&" for sep in separators)  # whole, and another body
            and any(kind_of(p) == "agency" and len(p.split()) >= 3 for p in result)
        )
        or any(map(body_letters, result))  # 'GMP' and 'Bolton at Home': a body beside it
    ) and all(kind_of(p) or ORGANISATION.fullmatch(BRACKETED.sub("", p).strip()) for p in result):
        return People(tuple(result), False)  # 'Co-production Lead; Healthwatch': ';' parts
    slashed = split_outside(text, _SLASH)  # 'Revenues & Benefits Manager / Chief Accountant'
    if len(slashed) > 1:  # 'LBTH ASC / ELFT', 'Kent Police / National Probation Service',
        # 'BFC / Bracknell Parent Carer Forum', 'Comms / Performance': '/' between leads, as
        # every author of the blind corpus reads it (whole only in brackets, an acting rank,
        # a post's own letters 'HoS CIN/CP', a post in Welsh and English: all told above)
        return People(tuple(slashed), False)
    return People((" ".join(text.split()),), True)


def _rank(part: str) -> str:
    """The rank a part opens with ('Ch Insp' of 'Ch Insp Response'), where more follows."""
    words = part.split()
    rank = list(itertools.takewhile(lambda w: w.lower().strip(".") in RANKS, words))
    return " ".join(rank).lower() if 0 < len(rank) < len(words) else ""


_SEMICOLON = re.compile(r"\s*;\s*")
# Fields of safeguarding law a post is named by: the Mental Capacity Act, its safeguards.
_SAFEGUARDS = frozenset(("mca", "dols", "lps"))
# Two fields' or one programme's letters joined by a slash, then a post's words over both:
# 'CIN/CP Team Managers', 'MCA/DoLS Lead', 'Regional NEST/NYTH Co-ordinator'.
_SLASHED_THEN_POST = re.compile(
    r"(?:[A-Z][a-z]+\s+)?([A-Z][A-Za-z]{1,5})/([A-Z][A-Za-z]{1,5})"
    r"(\s+[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"
)


def _listed_post(part: str) -> bool:
    """One of posts listed with commas: a post as a whole ('SENDCo', 'Consultant
    Obstetrician (Fetal Monitoring Lead)', 'AHT Teaching & Learning': a post's letters, never
    a field's such as 'HR & Workforce Development'), one officer on its own."""
    words = BRACKETED.sub(" ", part).split()
    return (
        bool(words)
        and kind_of(part) == "post"
        and whole_post(part)
        and (
            words[-1].lower() in ROLE_WORDS | ONE_WORD_POSTS
            or (words[0].isupper() and words[0].lower() not in SUBJECT_WORDS)
            or (  # 'Heads of Department', 'Director of Midwifery', 'Head of People and
                len(words) >= 3  # Performance': a post by what it heads
                and words[1] == "of"
                and words[0].lower().rstrip("s") in ("head", "director", "dean")
            )
            or (" – " in part and with_its_area(part))  # 'Clinical Director – Obstetrics
            # and Gynaecology': a post and the area it covers after a dash
        )
        and split_people(part).officers == (part,)
        and not re.match(r"[A-Z]{2,6}\s*&", part)  # 'CPC & CPC Lead Officer': the body's letters
    )  # end the post before ('Independent Chair, CPC')


def _welsh_post(part: str) -> bool:
    return any(w.lower() in WELSH_ROLES for w in part.split())


def _listed_then_joined(part: str) -> list[str]:
    """'MIS Manager, Head of English and Head of Maths': the posts listed with commas, the last
    two joined by 'and', each a post of its own."""
    listed = _comma_split(part)
    return [r for q in listed for r in and_split(q)] if len(listed) > 1 else listed


def _comma_split(part: str) -> list[str]:
    """'RG, JF' and 'Sam Lee, Jo Patel' are two; 'Lee, Sam' (surname, forename), 'Head of
    Service, Front Door' and 'Assistant Director, Education' (a post and its area) are one."""
    pieces = split_outside(part, _COMMA)
    if (
        len(pieces) == 2
        and kind_of(pieces[0]) == "post"
        and whole_post(pieces[0])
        and len(ranked := pieces[1].split()) >= 2
        and ranked[0].isupper()
        and ranked[0].lower() in RANKS
    ):
        return pieces  # 'L&D Manager, DCI Online Safeguarding Team': a post, then a ranked
        # officer's post (no area of the first: an area names no rank)
    if (
        len(pieces) >= 2
        and kind_of(pieces[0]) == "agency"
        and len(pieces[0].split()) >= 2
        and all(map(_ends_as_a_body, pieces[:-1]))
        and all(kind_of(p) == "agency" for p in pieces[1:-1])
        and _bodies_joined(pieces[-1])
    ):  # 'Bridgend CBC, Merthyr Tydfil CBC and RCTCBC': bodies listed, the last two by 'and'
        return [*pieces[:-1], *split_outside(pieces[-1], AND)]
    if len(pieces) < 2 or surname_forename(part) or with_its_area(part):
        return [part]  # ('Senior Director, SMS Investigations' between slashes: one post)
    kinds = {kind_of(p) or ("post" if p.lower() in ROLE_WORDS else None) for p in pieces}
    if (
        all(STRICT_INITIALS.fullmatch(p) for p in pieces)
        or all(  # 'HT, DHTs', 'AHT, HoDs', 'DSL, DDSL (Prep)': letters
            " " not in BRACKETED.sub("", p).strip()
            and (kind_of(p) == "initials" or (p[:2].isupper() and kind_of(p) == "post"))
            for p in pieces
        )
        or (
            kinds in ({"name"}, {"post"})
            and all(
                len(p.split()) >= 2 or p.lower() in ROLE_WORDS or kind_of(p) == "post"
                for p in pieces
            )  # ('Director, Treasurer': a post each, one word each)
        )
        or (  # 'Bridgend CBC, Merthyr Tydfil CBC': bodies, listed (never 'NHS Shropshire,
            kind_of(pieces[0]) == "agency"  # Telford and Wrekin ICB', one board's places)
            and len(pieces[0].split()) >= 2
            and all(kind_of(p) == "agency" and _ends_as_a_body(p) for p in pieces)
        )
        or all(map(plainly_a_person, pieces))  # 'GM Sarah Holt, AM Lee Franklin': ranked
        or (  # 'Cllr Pike, Cllr Dawson, RFO': councillors by title, then a post (not 'Mr J
            sum(map(plainly_a_person, pieces)) >= 2  # Fraser, PT Pupil Support': one person
            and all(plainly_a_person(p) or _listed_post(p) for p in pieces)  # and his post)
        )
    ):
        return pieces
    return [part]


def _ends_as_a_body(part: str) -> bool:
    """'Bridgend CBC', 'Natural Resources Wales Council': a body's name ends in its letters or
    its word for a body (not 'NHS Shropshire', a board's name cut at a comma)."""
    last = part.split()[-1] if part.split() else ""
    return (last.isupper() and len(last) >= 2) or last.lower() in BODIES


def _bodies_joined(part: str) -> bool:
    """'Merthyr Tydfil CBC and RCTCBC': the list's last two bodies, joined by 'and'."""
    pieces = split_outside(part, AND)
    return len(pieces) == 2 and all(
        kind_of(p) == "agency" or (p.isupper() and 3 <= len(p) <= 8) for p in pieces
    )


# A police officer's temporary, acting or detective rank: 'T/Supt', 'A/DI', 'T/Ch Insp',
# 'D/Supt': one rank, not two officers.
_ACTING = re.compile(
    r"\b([TAD])/(?=(?:Ch\s+)?(?:Supt|Insp|DCI|DI|DS|DC|Sgt|PS|Det|Chief|Superintendent|"
    r"Inspector|Sergeant|ACC|DCC|AC|DAC|Commander|Cdr|Chief\s+Constable)\b|"
    r"(?<=\b[TA]/)(?:Head|Director|Deputy|Assistant|Manager)\b)"  # 'T/Head of
)  # People Services': a temporary (or acting) post, as a rank is
