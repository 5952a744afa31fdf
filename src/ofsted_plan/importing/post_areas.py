"""A post and the area it covers, as a lead cell writes them: 'Chair, Performance & Audit
Sub-group', 'Service Director - Legal, Governance and Commissioning', 'Executive Director,
Property & Housing': one officer, though a comma, '&' or 'and' stands inside (people.py splits
a cell only where each part is itself a person)."""

from __future__ import annotations

import re

from .person_kinds import (
    BRACKETED,
    STRICT_INITIALS,
    kind_of,
    plainly_a_person,
    split_outside,
    whole_post,
)
from .posts import BODIES, RANKS, ROLE_WORDS, SUBJECT_WORDS

_AREA_JOINS = re.compile(r"\s*(?:,|&|\+|\band\b)\s*", re.IGNORECASE)


# A police officer's rank alone: 'Detective Chief Inspector', 'Superintendent'.
_A_RANK = re.compile(
    r"(?:(?:acting|temporary|detective)\s+){0,2}(?:chief\s+)?"
    r"(?:superintendent|inspector|sergeant|constable)",
    re.IGNORECASE,
)


# A body's letters in brackets after a post and its area: '(BOB ICB)', '(ELFT)'.
_ITS_BODY = re.compile(r"\s*\(((?:[A-Z]{2,6}\s+)?[A-Z]{2,6})\)$")


def with_its_area(text: str) -> bool:
    """'Chair, Performance & Audit Sub-group', 'Service Manager, Child Protection Chairs',
    'RMBC Adult Care, Housing and Public Health': a post (or a body's service), then after a
    comma the area it covers, whatever joins that area's words: one officer. Not where a
    part of the area is a person, initials, a post or a body of its own ('Head of Service,
    Head of Education'; 'Kent Police, Medway Council and NHS Kent')."""
    body = _ITS_BODY.search(text)  # "..., Children's Commissioning (BOB ICB)": whose post
    if body and kind_of(body[1]) == "agency":  # (not '(NE)': the area's own part)
        text = text[: body.start()]
    head, comma, area = text.partition(",")
    if not comma:  # 'Team Managers – Family Support & Child Protection': a dash, as a comma
        head, comma, area = text.partition(" – ")
    if not comma:  # 'Corporate Lead Officer: Legal & Governance Services': a colon, as a comma
        head, comma, area = text.partition(": ")
    if not comma or "/" in text or ";" in text or "\n" in text:
        return False
    head, area = head.strip(), area.strip()
    if (
        comma == ","
        and " – " in head
        and len(area.split()) <= 3
        and kind_of(area) not in ("post", "name")
        and with_its_area(head)
    ):
        return True  # 'Lead Nurse – Quality & Governance, ED': a post and its areas, then
        # where (its '&' inside the areas)
    ranked = _A_RANK.fullmatch(head) and not _A_RANK.fullmatch(area)
    if ranked and kind_of(area) == "post" and whole_post(area):
        return True  # 'Detective Superintendent, Head of Public Protection': one officer by
        # rank, then the post held
    if _AREA_JOINS.search(head):  # 'QA Manager & Detective Inspector, Public Protection'
        return False
    kind = kind_of(head)
    if kind == "post" and kind_of(area) == "agency" and "," not in area:
        return True  # 'MCA Lead, Brighton & Hove City Council': a post and its body
    one_word = head.casefold() in ROLE_WORDS  # 'Chair, Performance & Audit Sub-group'
    letters = kind_of(area) == "initials" or (area[:2].isupper() and kind_of(area) == "post")
    if one_word and head[:2].isupper() and " " not in BRACKETED.sub("", area).strip() and letters:
        return False  # 'AHT, HoDs', 'HT, DHTs', 'DSL, DDSL (Prep)': posts' letters in a list
        # (one with its school's part), not a post and its area
    heads = kind == "post" and any(w.lower() in _MANAGES for w in head.split()[:3])
    if not (
        (kind == "post" and whole_post(head)) or heads or one_word or kind in ("agency", "team")
    ):
        return False  # ('Executive Director Adults, Health and Commissioning': its areas)
    parts = split_outside(area, _AREA_JOINS)
    manages = head.split()[-1].lower() in _MANAGES
    return len(parts) >= 1 and all(_area_part(p, manages) for p in parts)


# Posts that manage others: 'Service Manager, Child Protection Chairs' manages the chairs
# ('Assessment Lead, Phase Leaders' are two).
_MANAGES = frozenset(("manager", "head", "director"))


def _area_part(part: str, manages: bool = False) -> bool:
    """A field of work or a group a post covers ('Adult Frailty', 'Child Protection Chairs',
    'Housing'), not a party of its own."""
    if part.casefold() in SUBJECT_WORDS and " " not in part:
        return True  # 'HR' in 'Corporate Director, People and HR': a field's letters
    if STRICT_INITIALS.fullmatch(part) or plainly_a_person(part):
        return False
    words = [w.lower().strip(".,") for w in part.split()]
    kind = kind_of(part)
    if (
        len(words) >= 2
        and words[-1].endswith("ing")
        and words[-1] in SUBJECT_WORDS
        and not any(w in BODIES for w in words)  # ('Swale BC Housing': a council's service)
    ):
        return True  # 'Integrated Commissioning': an activity, the field a post covers
    if (
        kind == "post"
        and not whole_post(part)
        and words[-1] not in ROLE_WORDS
        and not _roles(words[-1])
        and (  # not a post's letters: 'HoS Assessment'; a field's: 'SMS Investigations'
            part.split()[0][1:].islower()
            or (part.split()[0].isupper() and words[0] not in ROLE_WORDS | RANKS | BODIES)
        )
    ):
        return True  # 'Operational Assurance', 'Strategic Planning': a field of work
    if (
        kind == "agency"
        and len(words) == 2
        and words[0] in SUBJECT_WORDS
        and words[1] not in BODIES
        and words[1] in SUBJECT_WORDS | {"access", "options", "support", "standards"}
    ):
        return True  # 'Housing Access' after 'Homelessness &': a field, no housing body
    if kind == "post":  # 'Child Protection Chairs': the posts a manager manages (but 'Lead
        return manages and _roles(words[-1]) and words[0] not in ROLE_WORDS  # Coaches' are
        # posts of their own)
    if kind == "name" and len(words) == 2:  # 'Jo Bloggs': a person as likely as a field,
        return any(w in SUBJECT_WORDS for w in words)  # but not 'Climate Change'
    return len(words) == 1 or not any(w in BODIES for w in words)  # 'Housing' is a field


def _roles(word: str) -> bool:
    """'chairs', 'coaches': a post's word, several holders."""
    return (word.endswith("s") and word[:-1] in ROLE_WORDS) or (
        word.endswith("es") and word[:-2] in ROLE_WORDS
    )


def post_and_area(text: str) -> bool:
    """'Executive Director, Property': a post, then after a comma the area it covers (where
    '& Housing' names more of that area, not another officer)."""
    post, comma, area = text.partition(",")
    return bool(comma) and whole_post(post.strip()) and kind_of(area.strip()) != "post"
