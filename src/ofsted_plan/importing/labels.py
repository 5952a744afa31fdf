"""Labels that only say what kind of part follows ('Recommendation 2', 'Area for
improvement 1', 'Main point for action'): the part's own words come after them. Shared by
the readers of paragraphs, Word documents and table rows, and by nothing else here."""

from __future__ import annotations

import re

from .person_kinds import BRACKETED, kind_of

# Whose finding or line, before what it is: 'CQC Must Do Actions', 'RSH finding 1', 'Ofsted
# recommendation' (the column titles' fuller list is header._SOURCE).
INSPECTORATE = (  # ('HM Inspectorate of Probation', 'Care Inspectorate', 'Audit Scotland')
    r"(?:ofsted|cqc|rsh|estyn|ciw|hiw|rqia|hmicfrs|hmip|hmi(?:\s+probation)?|nao|"
    r"(?:hm|his\s+majesty's)\s+inspectorate(?:\s+of\s+[a-z]+)?|care\s+quality\s+commission|"
    r"care\s+inspectorate(?:\s+wales)?|education\s+scotland|audit\s+(?:scotland|wales))"
)
# A heading that only says what kind of part follows ('1.1 Area for improvement',
# 'Recommendation 2', 'Priority area for improvement 1'): the paragraph under it is the
# part's own words.
BARE_LABEL = re.compile(
    r"^(?:[\dA-Z]{1,3}(?:\.\d{1,3})*[.):]?\s+)?(?-i:[A-Z]{2,8}\s+)?"
    rf"(?:(?:{INSPECTORATE}|inspection|inspectors'?)\s+)?"  # 'Ofsted area for improvement'
    r"(?:(?:(?:priority|key)\s+)?areas?\s+for\s+(?:priority\s+action|improvement|development|"
    r"action)|"  # (ISI's 'Area for action', a standard not met)
    r"priority\s+actions?|main\s+points?\s+for\s+action|"
    r"(?:(?:improvement|statutory|key|strategic|operational|safety)\s+)?recommendations?|"  # an
    # auditor's annual report's 'Key recommendation 1', CJI's 'Strategic Recommendation 1', a
    # patient safety investigation's 'Safety recommendation 1'
    r"recs?\.?|requirements?|findings?|issues?|priority|must\s+dos?|should\s+dos?|"
    r"(?:recommended\s+)?next\s+steps?|(?:improvement|development)\s+points?|"  # ISI's
    # 'Recommended next step 1'; Ofsted's further education 'Improvement point 1'; SIAMS'
    # 'Development point 1'
    r"causes?\s+(?:of|for)\s+concern|(?:priority|key)\s+concerns?|afi|"
    r"areas?\s+of\s+(?:significant\s+)?(?:weakness|concern)|"  # a SEND WSoA's 'Area of
    # significant concern 1'
    r"what\s+(?:does\s+)?the\s+\w+\s+needs?\s+to\s+do\s+to\s+improve\??)"
    r"(?:\s+(?:[A-Z]?\d{1,3}(?:\.\d{1,3})*|[A-Za-z]\b))?"  # ('Recommendation a', HIS's)
    rf"(?:\s+(?:identified|raised|made)\s+by\s+(?:{INSPECTORATE}|the\s+inspection|"
    r"(?:hm\s+)?inspectors))?"
    r"(?:\s+of\s+the\s+(?:improvement\s+|prohibition\s+|warning\s+)?notice)?"  # HSE's
    r"(?:\s+[–—-]\s+(?:regulation|standard)\s+\d[\w.]*(?:\s*\(\w{1,4}\))*"  # RQIA's 'Area
    r"(?:\s+schedule\s+\d{1,2})?)?"  # for improvement 1 – Regulation 13 (d) Schedule 3': its rule
    r"(?:\s*\((?:[^()]|\([^()]*\)){1,60}\))?\s*:?$",  # 'Recommendation 1 (Management Board)':
    # to whom; 'Area for improvement 1 (Ref: Standard 5.3.1(f), stated first time)': its rule
    re.IGNORECASE,
)
# Facts set side by side, each labelled, bars between: 'Served: 3 September 2025 | Compliance
# date: 5 December 2025 | Regulation: ...' under an HSE notice's name: said of it, no part.
_A_FACT = r"[A-Z][\w ()/&'’.-]{0,30}:\s*[^|:]+"
FACTS_IN_A_LINE = re.compile(rf"{_A_FACT}(?:\s\|\s{_A_FACT})+")
# 'Minute ref', 'Min. no.': the minute an action came from, not the action's own number.
MINUTE_REF = re.compile(r"^min(?:ute)?\.?\s+(?:ref|reference|no|number)\b", re.IGNORECASE)
# A sheet of a tracker filed by year: the audits or reviews done in it ('2023-24 Audits'), not
# a version of the plan ('Plan 2023') nor one of its parts.
_A_YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
FILED_BY_YEAR = re.compile(  # ('2023-24 internal audit plan – position as at 28 February 2025')
    rf"^(?:{_A_YEAR}\s+)?(?:internal\s+)?(?:audits?|audit\s+(?:reports?|plan)|reviews?|inspections?)"
    rf"(?:\s+{_A_YEAR})?(?:\s*[–—:-]\s*(?:position|progress|status)\s+(?:as\s+)?at\s.*)?$",
    re.IGNORECASE,
)
# What kind of rows a line says a table holds, in the plural: 'Must do actions', 'GIAA internal
# audit recommendations – open', 'Open items'. The one list for sheet captions and sheet lines.
ROW_KINDS = (
    "actions",
    "items",
    "recommendations",
    "requirements",
    "findings",
    "milestones",
    "deliverables",
)
# A part by its kind and number, then its name: 'Standard 1: Safety and Quality'.
NUMBERED_PART = re.compile(r"^[A-Z][A-Za-z]{2,20}\s\d{1,2}[a-z]?\s*[:.–-]\s+\S")
# The same with a longer label and three words or more after it: 'Area for improvement 2:
# Follow-up when a patient ...', 'Priority 3: Improve the ...'.
WORDED_PART = re.compile(r"^[A-Z][A-Za-z ]{2,40}\s\d{1,2}[a-z]?\s*[:.–-]\s+\S+(?:\s+\S+){2,}")
# 'Part A – ', 'Section 2: ' before a part's kind ('Part A – Requirements').
PART_OF = re.compile(r"^(?:part|section)\s+[A-Z0-9]{1,3}\s*[–:.\-]\s*", re.IGNORECASE)
# 'REQUIREMENTS', 'Areas for improvement': a kind named in the plural with no number heads a
# group of parts (each with its own words under it), not one part whose words follow; so does
# one whose bracket names them so ('SHOULD DO (areas for improvement)'); not a word that
# ends in 'ss' ('Area of significant weakness': one part).
_GROUP = re.compile(  # (a section's number before it: '2. Recommendations')
    r"^(?:\d{1,2}[.)]\s+)?(?:(?:(?:priority|key)\s+)?areas\s+(?:for|of)\b.*|main\s+points\s+for\s+action|[^\d()]*[^\ds()]s(?:\s*\([^()]*\))?|"
    r"[^\d()]*\([^()\d]*\b(?:areas|requirements|recommendations|actions)\b[^()\d]*\))\s*:?$",
    re.I,
)


def labels_one_part(text: str) -> bool:
    """'Recommendation 2', '1.1 Area for improvement': a heading that only says what kind of
    part follows, the part's own words under it."""
    return BARE_LABEL.match(text) is not None and _GROUP.match(text.strip()) is None


def label_with_facts(text: str) -> bool:
    """'Area for improvement 1' over 'Ref: Regulation 13 (1)' and 'Stated: First time' in one
    cell (RQIA's quality improvement plan), on lines of their own or set apart by spaces on
    one line: the part's label and its facts, not its words."""
    first, *rest = re.split(r"\n|\t|\s{3,}", text.strip())
    lines = [line.strip() for line in rest if line.strip()]
    return (
        bool(lines)
        and labels_one_part(first.strip())
        and all(re.match(r"^[^:]{1,30}:\s*\S", line) for line in lines)
    )


def without_label_line(text: str) -> str:
    """'Requirement 1' on a line of its own over the requirement's words in one cell: the
    words, as a label heading gives way to the paragraph under it."""
    first, newline, rest = text.partition("\n")
    label = re.split(r"\s{2,}(?=[A-Z][\w ]{0,20}:)", first.strip())[0]  # ('Area for improvement
    # 1        Ref: Regulation 13 (d)        Stated: First time': the label, then its facts)
    if newline and rest.strip() and (labels_one_part(label) or _A_KIND.match(label)):
        return rest.strip()
    return text


def label_line_facts(text: str) -> str:
    """The label and the facts beside it on the line over a part's words ('Area for
    improvement 1: Ref: Regulation 13 (d) | Stated: First time'), to keep when the label line
    gives way to the words; '' where there are no facts."""
    first = text.partition("\n")[0].strip()
    parts = re.split(r"\s{2,}(?=[A-Z][\w ]{0,20}:)", first)
    if len(parts) < 2 or without_label_line(text) == text:
        return ""
    return f"{parts[0]}: {' | '.join(parts[1:])}"


# 'Commission concern', 'Inspectors' finding:' on a line of its own over the words: whose
# part, and its kind, never the part's words.
_A_KIND = re.compile(
    r"^\s*(?:[A-Z][\w’'.]*\s+){0,2}(?:concern|recommendation|requirement|finding|issue|"
    r"area\s+for\s+improvement)s?\s*:?\s*$",
    re.IGNORECASE,
)


# 'Sponsor: Director of Public Health', 'Key achievement this quarter: ...', 'Reporting
# period: Q3', 'What you told us: “...”' (children's own words, why the part is there): a
# fact said of the part (who answers for it, how it went), not the finding its table answers.
FACT_LABEL = re.compile(  # (a Welsh label first: 'Diweddarwyd / Updated: 14/10/2025')
    r"^(?:[\w’' ]{0,30}\b)?(?:[\w’' ]{0,30}/\s*)?"
    r"(?:sponsors?|champions?|portfolio\s+holders?|owners?|chair(?:ed)?|"
    r"accountable\s+\w+|responsible\s+\w+|"
    r"prepared\s+by|authors?|achievements?|highlights?|next\s+steps|reporting\s+period|"
    r"status(?:es)?\s+used(?:\s+in\s+this\s+\w+)?|"  # 'Progress status used in this update: ...'
    r"(?:inspection\s+report|inspectors?['’]?|report)\s+comments?|"  # Estyn's report comment
    r"(?:(?:progress|executive|overall)\s+)?summary(?:\s+of\s+(?:progress|the\s+period))?|"
    r"links?(?:\s+to(?:\s+(?:the\s+)?[\w ]{2,40}\bplan|\s+(?:hgios4?|nif|qi)\b)?)?|"
    r"nif\s+priorit(?:y|ies)|"  # 'Links: NIF priority – ...; HGIOS4 QI 1.3', 'NIF priority:
    # ... | HGIOS4 QI 2.3 ...', 'Link to HGIOS4: QI 1.1 ...': the national priority and quality
    # indicators a part serves, facts; 'Link to School Development Plan: Priority 1': the plan's
    r"escalations?(?:\s+to\s+(?:the\s+)?[\w ]{1,30})?|decisions?\s+(?:required|needed|sought)|"
    r"(?:key\s+)?risks?(?:\s+(?:and|&)\s+issues)?|"  # 'Key risks and issues: ...' under a project
    r"(?:(?:existing|current|key)\s+)?controls?(?:\s+in\s+place)?|"  # a risk's 'Controls: ...'
    r"period|budget|funding|contacts?|version|approved\s+by|monitored\s+by|reviewed\s+by|"
    r"legislation|"  # an HSE notice's 'Legislation: ... regulation 11(1)': the law it cites
    r"(?:(?:hgios4?|how\s+good\s+is\s+our\s+school\s*\??)\s+)?quality\s+indicators?|"  # 'Quality
    # indicators: 1.3 Leadership of change': the framework's measures a part falls under
    r"(?:overall\s+)?assurance(?:\s+(?:level|opinion|rating))?|"  # an audit's 'Assurance:
    # Limited. Final report issued ...' under its heading: the auditors' opinion of it
    r"next\s+review(?:\s+of\s+(?:this|the)\s+plan)?(?:\s+date)?|"  # when it is next seen
    r"(?:date\s+of\s+next\s+)?review\s+date|"
    r"dates?(?:\s+of\s+(?:the\s+)?[\w ]{1,30})?|"  # 'Date of inspection: 10 June 2025'
    r"(?:to\s+be\s+)?completed\s+by|stated|"  # RQIA's 'Stated: First time', 'To be completed by:
    # 3 September 2025' over the area's words: said of it
    r"baseline(?:\s*\([^()]{0,60}\))?|"  # 'Baseline (GP Patient Survey 2023): 46% ...': a measure
    r"(?:intended|expected|desired)\s+(?:impacts?|outcomes?)|measures?\s+of\s+success|"  # the aim
    r"success\s+(?:criteria|measures?)(?:\s+by\s+\w+(?:\s+\d{4})?)?|"  # ('... by July 2026:')
    r"(?:(?:partly|partially|not)\s+)?(?:agreed|accepted)"  # HMPPS's 'Agreed' over the
    r"(?:\s*/\s*(?:(?:partly|partially|not)\s+)?(?:agreed|accepted)){0,2}|"  # (or 'Agreed /
    # Partly Agreed / Not Agreed' | 'Agreed', the form's label and the answer beside it)
    # response to a concern, beside it: the answer given, said of the concern
    r"responses?|sro|senior\s+responsible\s+\w+|targets?|aims?|"  # 'Home
    # Office response: Accepted', the answer given to the finding above; 'SRO: Chief
    # Executive', who answers for a workstream; 'Success criteria: ...', how it will be known
    r"lead(?:\s+(?:officer|director|agency|member|executive|authority|council|body))?|(?:executive|director)\s+lead|"
    r"(?:(?:current|target|inherent|residual|gross|net)\s+)?(?:risk\s+)?scores?|"  # a risk's
    r"direction(?:\s+of\s+travel)?|"  # 'Current score: 20', 'Direction: unchanged'
    r"(?:(?:risk|issue)\s+)?description|(?:risk|issue)\s+(?:causes?|consequences?|impacts?)|"
    # 'Risk description: There is a risk that ...', 'Description: ...' under the risk's
    # heading: what the risk is, said of it
    r"(?:you|they|children|young\s+people)\s+(?:told\s+us|said)|why(?:\s+(?:this|it)\s+matters|\s+this\s+is\s+a\s+priority|\s+now|"
    r"\s+we\s+chose\s+(?:this|it))?|"
    r"what\s+(?:happened|we\s+(?:learned|learnt)|went\s+(?:well|wrong)))"  # a lesson's
    # ('Why: 2025 phonics check 78% ...' under a school's priority: its reason)
    # story under its heading ('What happened: only one rehearsal was run'): said of it
    r"(?:\s+this\s+(?:quarter|period|month))?"
    r"(?:\s*\([^()]{1,30}\))?"  # 'Risk score (C x L): Initial 20 | Current 16': how scored
    r"\s*:\s|"
    # a regulator's template, the label alone: 'Service: University Hospital of Wales',
    # 'Diweddarwyd / Updated: 14/10/2025' (not 'Wrexham Youth Justice Service: ... Plan')
    r"^(?:[\w’' ]{0,30}/\s*)?(?:service|setting|location|inspection|(?:nhs|health)\s+board|"
    r"(?:last\s+)?(?:updated|revised)(?:\s+on)?)\s*:\s",
    re.IGNORECASE,
)


# 'Overall: Green. The fund opened on schedule.': the part's status in a line, said of it.
STATUS_LINE = re.compile(
    r"^(?:(?:overall|current|latest)(?:\s+(?:rag|status|position|rating|progress))?|"
    r"(?:[\w’' ]{0,30}\s)?(?:rag(?:\s+(?:status|rating))?|status|position|progress(?:\s+update)?))"
    r"\s*:\s*"
    r"(?:red|amber|green|blue|complete[d]?|on\s+track|off\s+track|at\s+risk)\b|"
    r"^(?:(?:overall\s+)?(?:grade|judgement|rating)|inspection\s+grade)\s*:\s*\S",
    re.IGNORECASE,
)  # and 'Grade: Requires improvement', an inspectorate's judgement of the part


def said_of_its_part(text: str) -> bool:
    """'Workstream lead: ...', 'Sponsor: ...', 'Workstream status: AMBER': a line of a report
    saying who answers for the part above or how it stands, never a part itself."""
    return (
        FACT_LABEL.match(text) is not None
        or STATUS_LINE.match(text) is not None
        or _CITED_ASIDE.fullmatch(text.strip()) is not None
        or CITES_RULE.match(text.strip()) is not None
        or _DATED_FACTS.fullmatch(text.strip()) is not None
        or _DATED_EVENT.fullmatch(text.strip()) is not None
        or _DATED_LABEL.fullmatch(text.strip()) is not None
        or _facts_in_a_line(text)
        or _ANSWERED.match(text.strip()) is not None
    )


# 'Agreed – The prison will relaunch its safety strategy ...' under a concern: HMPPS's answer
# to it, said of the concern (as 'Agreed:' is).
_AN_ANSWER = r"(?:(?:partly|partially|not)\s+)?(?:agreed|accepted)"
_ANSWERED = re.compile(rf"^{_AN_ANSWER}\s*[–—-]\s+\S", re.IGNORECASE)
# 'Partly Agreed' alone in a cell beside a concern: the answer, said of the concern ...
_ANSWER_ALONE = re.compile(rf"{_AN_ANSWER}\.?", re.IGNORECASE)
# 'Response: Partly Agreed', 'Not accepted': an answer in part or none, its reason the line
# under it (said of the concern too, never a part).
ANSWERED_IN_PART = re.compile(
    r"^(?:[\w ’']{1,40}:\s*)?(?:partly|partially|not)\s+(?:agreed|accepted)\.?$", re.IGNORECASE
)
# 'Accepted.', 'Accepted in part – updates will be given every six months': a response that
# opens with the answer given.
_OPENS_WITH_ANSWER = re.compile(
    rf"^{_AN_ANSWER}(?:\s+in\s+(?:part|principle|full))?\b", re.IGNORECASE
)


def an_answer(text: str) -> bool:
    """A cell that opens with the answer to a recommendation ('Accepted.', 'Partly agreed –
    ...'): what a body said of it, never what will be done."""
    return _OPENS_WITH_ANSWER.match(text.strip()) is not None


# ... unless the row's first cell is the answer's label ('NCA response', 'Agreed / Partly
# Agreed / Not Agreed'): the label and its value, no heading.
_ANSWERS_LABEL = re.compile(r"\b(?:responses?|agreed|accepted|agree)\b", re.IGNORECASE)


def _facts_in_a_line(text: str) -> bool:
    """'Issued: 16 July 2024    Compliance date: 31 January 2025    Provision: ...': labelled
    facts spaced out on one line, one a day, said of the part above (never its name)."""
    pieces = [p for p in re.split(r"\s{3,}|\t", text.strip()) if p]
    return (
        len(pieces) >= 2
        and all(LABELLED.match(p) for p in pieces)
        and any(re.search(A_DAY, p) for p in pieces)
    )


# 'Lead officer: Jo Smith': a label of a few words and what it labels, a fact said of a part.
LABELLED = re.compile(r"^[A-Z][\w’'/ ]{2,30}:\s+\S")


# A day written out or as a date: '18 April 2024', '14/10/2024'.
A_DAY = r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}"
# 'Report to Cabinet: 18 April 2024. Cabinet response: 11 July 2024.': labelled days only, two or
# more, when the part was reported and answered, never a part's name (one, 'Meeting: 25 May
# 2023', names an action log's meeting: a part).
_DATED_FACTS = re.compile(rf"(?:[A-Z][\w’' ]{{2,40}}:\s*(?:{A_DAY})[.;,]?\s*){{2,}}")
# 'Report agreed by City Council on 9 July 2024.' under an inquiry's heading: one short
# sentence of when the part's report was agreed, said of the part, never a part.
_DATED_EVENT = re.compile(
    rf"(?:the\s+)?(?:report|review|inquiry|plan|recommendations?|findings?)\b[^.;:]{{0,40}}?\s"
    rf"(?:agreed|approved|adopted|endorsed|accepted|published|received|considered|noted)\b"
    rf"[^.;:]{{0,50}}?\s(?:on|dated)\s+(?:{A_DAY})\.?",
    re.IGNORECASE,
)

# 'Executive response received: Cabinet, 4 February 2025' under a task group's heading: when
# (and where) the part's answer came, a label then the day.
_DATED_LABEL = re.compile(
    rf"(?:[\w’' ]{{0,30}}\s)?(?:report|review|inquiry|plan|recommendations?|response)\s+"
    rf"(?:agreed|approved|adopted|endorsed|accepted|published|received|considered|submitted)"
    rf"(?:\s+by)?\s*:\s*[^.;:]{{0,50}}?(?:{A_DAY})\.?"
    r"(?:\s*\([^()]{0,60}\))?",  # ('Action Plan Submitted: 25 May 2023 (progress updated ...)')
    re.IGNORECASE,
)


def facts_in_pairs(texts: list[str]) -> bool:
    """'Risk owner' | 'Chief Operating Officer' | 'Score (Q1 → Q2 → target)' | '20 → 20 → 12'
    under a risk's heading: labels each followed by its value, facts of the part (an action
    fills its own columns, never a label beside each value)."""
    if len(texts) < 4 or len(texts) % 2:
        return False
    pairs = zip(texts[::2], texts[1::2], strict=True)
    return all(
        len(label := " ".join(BRACKETED.sub(" ", name).split()).strip(" :")) <= 30
        and said_of_its_part(f"{label}: {value}")
        for name, value in pairs
    )


# A part's own code, letters then its number: 'CRR-01', 'SR1', 'CR02' (before its name).
PART_CODE = r"[A-Z]{1,6}[-/ ]?\d{1,3}[a-z]?"
# 'Ref: Regulation 13 (7)   Stated: Second time' under an RQIA area for improvement: the rule
# it answers, cited with a label, said of the part (not an action's own ref, '1.2').
CITES_RULE = re.compile(
    r"ref(?:erence)?\s*:\s*(?:regulation|reg\.?|standard|section)\s*\d",  # (not 'Regulation' |
    # 'Regulation 12 ...: Safe care' merged across: the regulation a CQC table answers)
    re.IGNORECASE,
)
# A line citing the law a part answers, by its clause: 'Control of Vibration at Work
# Regulations 2005, regulations 5, 6 and 7', 'Health and Safety at Work etc. Act 1974, section
# 2(1)' (not 'Regulation 12 HSCA ... Safe care and treatment', a requirement's own heading).
CITES_LAW = re.compile(  # (one line citing the law; not a sentence, then the law in brackets)
    r"^[A-Z](?:(?!\.\s+\()[^!?:]){3,200}?\b(?:Regulations|Act|Order)\s+(?:19|20)\d\d,\s*"
    r"(?:regulations?|reg\.|sections?|s\.)\s*\d[^!?:]*$"
)
# Lines under a requirement's words, said of it: 'Timescale – by 30 June 2025', the clause it
# cites alone ('Regulation 3(d)(i)') and the law's name ('The Healthcare Improvement Scotland
# (Requirements as to Independent Health Care Services) Regulations 2011').
CITED_ALONE = re.compile(
    r"(?:regulation|reg\.?|standard|section|paragraph)\s+\d{1,3}[a-z]?(?:\s*\([a-z0-9]{1,5}\))*",
    re.IGNORECASE,
)
_UNDER_THE_WORDS = re.compile(
    r"^(?i:timescales?|deadline|compliance\s+date)\s*[–:-]\s*\S|"
    r"^The\s+[A-Z][^.:]{5,200}\b(?:Regulations|Act|Order|Rules)\s+(?:19|20)\d\d\.?$"
)


def said_under_its_words(text: str) -> bool:
    """'Timescale – immediate', 'Regulation 3(a)', a law's name: said of the requirement
    whose words are above, never its words or a part of their own."""
    return _UNDER_THE_WORDS.match(text) is not None or CITED_ALONE.fullmatch(text) is not None


def band_said_under_its_words(text: str) -> bool:
    """A row across a table saying 'Timescale – by 31 May 2025', or 'Regulation 4(1)' over
    the law's name: said of the requirement in the row above it (a bare 'Regulation 12' on
    its own line may head CQC's actions, and is not taken)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) == 1:
        return _UNDER_THE_WORDS.match(lines[0]) is not None
    return bool(lines) and all(map(said_under_its_words, lines))


# 'Legislation / standard: Regulation 4(1)(a) ...', 'Standard: Health and Social Care
# Standard 4.19' under a requirement's words: the rule it answers, cited under a label of
# its own, said of the part (its words still name it).
CITED_UNDER_LABEL = re.compile(
    r"(?:legislation|regulations?|standards?)(?:\s*/\s*(?:legislation|regulations?|standards?))?"
    r"\s*:\s*.{0,80}?\b(?:regulations?|reg\.?|standards?|section)\s*\d",
    re.IGNORECASE,
)
# '(Regulation 4(1)(a) – Welfare of users)' on a line of its own under a requirement: the
# rule it cites, in brackets, said of the part above.
_CITED_ASIDE = re.compile(
    r"\(\s*(?:[A-Za-z&' ]{0,40}\s)?(?:regulations?|reg\.?|standards?|section)\s*\d"
    r"(?:[^()]|\([^()]*\))*\)",  # ('(Health and Social Care Standard 1.12)')
    re.IGNORECASE,
)


# Beside a requirement or a risk merged across: 'Due date: 30/04/2025', the date the
# inspectorate set for it (over the actions' own dates); 'Current 20 (L4 x C5)', its score.
_PART_DUE = re.compile(  # ('Ofsted due date: 31/03/2025': whose date, first)
    r"^(?:[\w’' ]{0,20}\s)?(?:(?:due|target|completion)\s+date|due(?:\s+by)?)\s*:\s*\S",
    re.IGNORECASE,  # (and 'Due: 30/06/2025' beside a requirement merged across its table)
)
_SCORED = re.compile(r"^(?:current|residual|inherent|target)\s+(?:score\s*:?\s*)?\d{1,2}\b", re.I)


def fact_of_a_heading(text: str) -> bool:
    """A cell beside a heading saying something of its part: who answers for it, how it
    stands, when the inspectorate wants it met, its score; never a part itself."""
    return said_of_its_part(text) or bool(_PART_DUE.match(text) or _SCORED.search(text))


def facts_beside(texts: list[tuple[int, str]], dated: bool = False) -> list[tuple[int, str]]:
    """'Workstream 1: Customer and Digital' | 'Workstream lead: ...' | 'Workstream RAG: Amber':
    a heading with facts of its part beside it, as a report lays them on one line. The facts
    (kept in the notes), or [] where the row is not so."""
    if (
        len(texts) >= 2
        and len(texts[0][1].split()) >= 2
        and not said_of_its_part(texts[0][1])
        and not _holder_of_a_post(texts[0][1])
        and all(
            fact_of_a_heading(t)
            if dated
            else said_of_its_part(t)
            or (_ANSWER_ALONE.fullmatch(t.strip()) and not _answers_label(texts[0][1]))
            for _, t in texts[1:]
        )
    ):
        return texts[1:]
    return []


def _answers_label(text: str) -> bool:
    """'NCA response', 'Agreed / Partly Agreed / Not Agreed': a few words naming the answer
    (not a concern's sentence that speaks of responses)."""
    return len(text.split()) <= 8 and _ANSWERS_LABEL.search(text) is not None


def _holder_of_a_post(text: str) -> bool:
    """'Registered Manager: Claire Dunmore' beside 'Responsible Individual: ...': who holds
    a post, a fact like those beside it, never a heading."""
    label, colon, holder = text.partition(":")
    return bool(colon and holder.strip()) and kind_of(label.strip()) == "post"


# A sheet named by where its actions stand: 'Open Actions', 'Closed actions', 'Completed',
# 'Closed actions 2024-25' (the year it keeps, not a version of the plan).
# A sheet of actions already closed ('Closed since last ARAC'): the date each closed, no
# target; part of the plan beside the open ones.
CLOSED_SHEET = re.compile(r"(?:closed|completed|implemented|done|signed\s+off)\b", re.I)
STATUS_GROUP = re.compile(
    r"^(?:open|closed|complete[d]?|implemented|current|live|outstanding|ongoing|archived?|done)"
    r"(?:\s+(?:actions?|items?|recommendations?))?"
    r"(?:\s+(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|[a-z]{3,9}[\s-]?(?:20)?\d\d))?"  # 'Sep-25'
    r"(?:\s+since\s+(?:the\s+)?(?:last|previous)\s+(?:meeting|board|committee|report))?$",
    re.IGNORECASE,  # ('Closed since last meeting')
)


# 'Action plan approved by', 'Agreed by': who signed the plan off.
_APPROVED_BY = r"(?:(?:action\s+)?plan\s+)?(?:approved|agreed|authori[sz]ed|signed\s+off)\s+by"
# A sign-off's fields under a plan, as a regulator's template asks for them.
_SIGN_OFF = re.compile(
    r"^(?:name|job\s+(?:role|title)|role|position|designation|signed|signature|"
    rf"date(?:\s+signed)?|{_APPROVED_BY})(?:\s*\([^()]{{1,20}}\))?\s*:$",  # ('Name (print):')
    re.IGNORECASE,
)
# A sign-off written out, each cell its label and what was written: 'Signed (Registered
# Manager): J. Whitworth' | 'Date: 04/11/2024'.
_SIGNED = re.compile(
    r"^(?:signed|signature|signed\s+off\s+by|name|date(?:\s+signed)?|job\s+(?:role|title)|"
    rf"designation|{_APPROVED_BY})(?:\s*\([^)]{{1,40}}\))?\s*:\s*\S",
    re.IGNORECASE,
)


def signs_off(texts: list[str], after_rows: bool) -> bool:
    """Who signed the plan off, and when: 'Signed (Registered Manager): J. Whitworth' |
    'Date: 04/11/2024'; 'Name: | Sarah Jenkins' under the plan's rows; 'Signed: | Head of
    Service | Date: | 12/06/2025'."""
    if all(_SIGNED.match(t) for t in texts):
        return True
    if (  # 'Signed: Principal' | 'Chair, Board of Governors': the two who sign, by post
        after_rows
        and len(texts) >= 2
        and _SIGNED.match(texts[0])
        and all(kind_of(t) in ("post", "name") for t in texts[1:])  # (or by name,
        # 'D. Bell (Chair of Governors)')
    ):
        return True
    return (
        len(texts) % 2 == 0
        and all(_SIGN_OFF.match(t) for t in texts[::2])
        and (after_rows or len(texts) >= 4)
    )


# Who said the words beside it: 'Ofsted said:', 'What the inspectors found:'.
SAID_LABEL = re.compile(
    r"(?:what\s+)?[\w’' ]{2,30}\s(?:said|found|told\s+us|recommended)\s*:", re.I
)
# 'No further actions – risk managed within appetite', 'None required': no action to take.
NO_ACTION = re.compile(  # ('No force action – this recommendation is for the NPCC')
    r"^(?:no\s+(?:further\s+|force\s+|local\s+|trust\s+|council\s+)?actions?\b|"
    r"none(?:\s+required)?\b|no\s+gaps?\s+(?:identified|found)\b)",  # ('No gaps identified – ...')
    re.I,
)


# A caption naming a kind of part in the plural, and how each such part labels itself:
# 'Areas for priority action' over 'Area for priority action 1: ...' or 'APA1 – ...'.
_KINDS = (
    (r"(?:areas\s+for\s+priority\s+action|apas)", r"(?:area\s+for\s+priority\s+action|apa)"),
    (r"(?:areas\s+for\s+improvement|afis)", r"(?:area\s+for\s+improvement|afi)"),
)


def kind_of_its_rows(caption: str, rows: list[list[str]]) -> bool:
    """'Priority Action Plan – Areas for Priority Action' over a sheet whose parts each say
    'APA1 – Leaders should ...': the caption names the kind of the parts, each of which names
    itself; it is not a level of the plan above them (as 'Areas for improvement' is over
    parts that are only the inspectors' words)."""
    if (kind := _kind_named(caption)) is None:
        return False
    own, single = kind
    bare = re.compile(rf"^{single}\s*\d{{1,2}}[a-z]?$", re.IGNORECASE)  # 'AFI 1' as a ref
    cells = [c for row in rows for c in row if c]
    beside = any(  # beside its action and the rest: the row's ref, not a heading
        bare.match(c.strip()) for row in rows if sum(1 for c in row if c.strip()) >= 3 for c in row
    )
    if not beside and not any(own.match(c.strip()) for c in cells):
        return False
    return not any(  # a part without its number ('Area for priority action: ...'),
        re.match(rf"^{single}\b", c.strip(), re.IGNORECASE)  # not a column's title
        and not own.match(c.strip())
        and len(c.split()) > 6
        for c in cells
    )


def parts_name_their_kind(caption: str, rows: list[list[str]]) -> bool:
    """'Areas for improvement' over rows that say 'AFI 1 – Leaders should ...': the parts
    under the caption each name themselves (not only 'AFI 1' as an action's ref)."""
    kind = _kind_named(caption)
    return kind is not None and any(kind[0].match(c.strip()) for row in rows for c in row if c)


# What a caption names beside the parts: 'Areas for improvement and actions'.
_AND_ACTIONS = r"(?:\s+(?:and|&)\s+(?:our\s+)?(?:actions|responses))?"


def _kind_named(caption: str) -> tuple[re.Pattern[str], str] | None:
    """How each part of the kind a caption names labels itself ('AFI 1 – ...': the label and
    its words in one cell), and the kind's singular; None where it names no kind."""
    if PART_OF.match(caption) or re.match(r"^\d{1,2}[.)]\s", caption):
        return None  # 'Section 2: Areas for improvement', '2. Recommendations': a section of
        # the document, numbered as its others are, kept
    for plural, single in _KINDS:
        if re.search(rf"\b{plural}{_AND_ACTIONS}\s*:?$", caption.strip(), re.IGNORECASE) is None:
            continue  # ('Recommendations for the Youth Justice Service Manager' names whom a
            # group is for: a part, as the corpus's authors read it)
        own = re.compile(  # the label and the part's words after it, in one cell
            rf"^{single}\s*\d{{1,2}}\s*[:.–—-]?\s+(?:\S+\s+){{2}}\S", re.IGNORECASE
        )
        return own, single
    return None


# 'Appendix B – Immediate improvement plan', 'Annex 2: Action plan': a part of the document,
# by its label (one pattern for every reader that sets such a label apart).
APPENDIX = r"(?:appendix|annexe?)\s+\w{1,3}"
_APPENDIX = re.compile(rf"^{APPENDIX}\b", re.IGNORECASE)
# A heading naming the kind of the parts under it, never one of them: 'Requirement notices
# (must do)', 'Causes of concern and recommendations', 'Areas where the practice should
# improve (should do)', 'Areas for improvement'.
_KINDS_OF_PART = (
    r"(?:requirements?(?:\s+notices?)?|(?:statutory\s+|key\s+)?recommendations|"
    r"(?:(?:priority|key)\s+)?areas\s+for\s+(?:improvement|development|priority\s+action)|"
    r"causes?\s+(?:of|for)\s+concern|(?:must|should)[\s-]+dos?(?:\s+actions)?|"
    r"areas\s+where\s+the\s+\w+\s+(?:must|should)\s+(?:improve|make\s+improvements)|"
    r"breaches\s+of\s+(?:the\s+)?regulations?|priority\s+actions|main\s+points\s+for\s+action)"
)
_KIND_OF_PARTS = re.compile(  # (and 'Part A – Recommendations addressing the causes of concern')
    rf"^(?:\d{{1,2}}[.)]\s+|(?:part|section)\s+[A-Z0-9]{{1,2}}\s*[–:.-]\s*)?"
    rf"(?:{INSPECTORATE}\s+)?{_KINDS_OF_PART}"
    rf"(?:\s+(?:and|&)\s+{_KINDS_OF_PART})?"
    rf"(?:\s+(?:addressing|answering|arising\s+from)\s+[^()]{{3,60}})?"
    rf"(?:\s*\([^()]{{1,60}}\))?\s*:?$",
    re.IGNORECASE,
)


def parts_of_the_report(texts: list[str]) -> bool:
    """Headings that each name an appendix ('Appendix C – Improvement plan') or the kind of
    part under them ('Requirement notices (must do)'): where the plan's levels are more than
    its tables leave free, they are parts of the report, the levels under them the plan's."""
    return bool(texts) and all(_APPENDIX.match(t) or _KIND_OF_PARTS.match(t.strip()) for t in texts)


# 'Priority 2 (continued)', '... Action Plan (cont.)': the part (or the title) before goes on.
CONTINUED = re.compile(r"(?:\(\s*(?:continued|cont'?d?\.?)\s*\)|\bcontinued)\s*$", re.IGNORECASE)


def without_kind(text: str) -> str:
    """'Area for improvement: The partnership should ...': the part's words, without the
    label that only says what kind of part it is ('Recommendation 1: ...', numbered, keeps
    its label: the number names the part)."""
    label, colon, words = text.partition(":")
    if colon and words.strip() and labels_one_part(label) and not re.search(r"\d", label):
        return words.strip()
    return text
