"""Labels that only say what kind of part follows ('Recommendation 2', 'Area for
improvement 1', 'Main point for action'): the part's own words come after them. Shared by
the readers of paragraphs, Word documents and table rows, and by nothing else here."""

from __future__ import annotations

import re

# A heading that only says what kind of part follows ('1.1 Area for improvement',
# 'Recommendation 2', 'Priority area for improvement 1'): the paragraph under it is the
# part's own words.
BARE_LABEL = re.compile(
    r"^(?:[\dA-Z]{1,3}(?:\.\d{1,3})*[.):]?\s+)?(?-i:[A-Z]{2,8}\s+)?"
    r"(?:(?:(?:priority|key)\s+)?areas?\s+for\s+(?:priority\s+action|improvement|development)|"
    r"priority\s+actions?|main\s+points?\s+for\s+action|"
    r"recommendations?|requirements?|findings?|priority|must\s+dos?|should\s+dos?|"
    r"causes?\s+(?:of|for)\s+concern|areas?\s+of\s+weakness|afi)(?:\s+[A-Z]?\d{1,3}(?:\.\d{1,3})*)?"
    r"(?:\s*\((?:[^()]|\([^()]*\)){1,60}\))?\s*:?$",  # 'Recommendation 1 (Management Board)':
    # to whom; 'Area for improvement 1 (Ref: Standard 5.3.1(f), stated first time)': its rule
    re.IGNORECASE,
)
# 'REQUIREMENTS', 'Areas for improvement': a kind named in the plural with no number heads a
# group of parts (each with its own words under it), not one part whose words follow.
_GROUP = re.compile(
    r"^(?:(?:(?:priority|key)\s+)?areas\s+(?:for|of)\b.*|main\s+points\s+for\s+action|[^\d()]*s(?:\s*\([^()]*\))?)\s*:?$",
    re.I,
)


def labels_one_part(text: str) -> bool:
    """'Recommendation 2', '1.1 Area for improvement': a heading that only says what kind of
    part follows, the part's own words under it."""
    return BARE_LABEL.match(text) is not None and _GROUP.match(text.strip()) is None
