"""How a heading row's words look to a reader: the label it starts with ('Theme 2:',
'Recommendation 3:', '2.1') and whether it is written in capitals. levels.py groups heading
rows by these; the readers of paragraphs, sheets and records ask them too."""

from __future__ import annotations

import re

from .labels import INSPECTORATE

_REC = re.compile(  # (whose, first: 'RSH finding 1', 'CQC requirement 2', 'Ofsted recommendation')
    rf"^(?:(?-i:[A-Z]{{2,5}})\s+recommendation\b|"  # ('PAC Recommendation 1: ...')
    rf"(?:(?:{INSPECTORATE}|audit)\s+)?"
    r"(?:(?:(?:key|improvement|statutory)\s+)?recommendation\b|rec\s*\d|priority\s+actions?\b|"
    r"areas?\s+(?:for|of)\s+(?:improvement|"
    r"development|weakness|significant\s+weakness|priority\s+action)\b|afi\b|"
    r"(?:md|sd)\s*\d|(?:key\s+)?finding\b|issue\s+\d{1,2}\b|causes?\s+(?:of|for)\s+concern\b|"
    r"requirement\b|objective\b|improvement\s+(?:area|required|\d)\b|aoi\b|kia\s*\d|"
    r"key\s+improvement\s+areas?\b|"  # a college's key improvement area, 'KIA 1 – ...'
    r"quality\s+statement\b|(?:recommended\s+)?next\s+step\b))",  # ISI's 'Next step 1: ...'
    re.IGNORECASE,
)
_THEME = re.compile(
    r"^(?:theme|section|priority|workstream|strand|domain|area|outcome|part|judgement|"
    r"key\s+line|key\s+question|chapter|pillar|foundation|must\s+do|should\s+do|"
    r"areas?\s+where|regulation\s+\d{1,2}[a-z]?)\b",  # CQC's 'Areas where the practice
    # should make improvements' beside its 'Regulation 12 ...: Safe care and treatment'
    re.IGNORECASE,
)
_NUM2 = re.compile(r"^[A-Z]?\d+\.\d+[a-z]?\b")
_NUM1 = re.compile(r"^(?:[A-Z]?\d+[.):\-–]|[A-Z]\d+\s|[A-Z]{2,4}\d{1,2}:\s)\s*")  # ('QIP1: ...')
# Outer to inner, as prefixes go: 'Theme 1' holds 'Recommendation 2', which holds '2.1'.
PREFIX_ORDER = {"label": -1, "theme": 0, "num1": 1, "rec": 2, "num2": 3}


def prefix_class(text: str) -> str:
    """The kind of label a heading starts with: 'rec', 'theme', 'num1', 'num2' or 'plain'."""
    if _REC.match(text):
        return "rec"
    if _THEME.match(text):
        return "theme"
    if _NUM2.match(text):
        return "num2"
    if _NUM1.match(text):
        return "num1"
    return "plain"


def shouted(text: str) -> bool:
    """'AREAS WHERE THE PRACTICE SHOULD IMPROVE': a heading in capitals, a style of its own."""
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 8 or _ONE_WORD.fullmatch(text.strip()) is not None) and all(
        c.isupper() for c in letters
    )  # ('SAFE', 'WELL-LED': a key question, one word in capitals)


_ONE_WORD = re.compile(r"[A-Z]{4,}(?:-[A-Z]{2,})?")
