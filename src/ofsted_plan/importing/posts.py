"""The words that tell a post, a rank, a body or a field of work from a person's name in a
lead cell (people.py reads the cell with them): 'Head of Service', 'DCI', 'Southshire Police',
'Early Help'. A word list grows here, not in the reading."""

from __future__ import annotations

import re

# A Welsh plan's posts, written beside the English: 'Pennaeth Gwasanaethau / Head of Services'.
WELSH_ROLES = frozenset(
    ("pennaeth", "rheolwr", "cyfarwyddwr", "swyddog", "arweinydd", "gweithiwr", "cydlynydd",
     "uwch", "prif", "cadeirydd", "ymgynghorydd")
)  # fmt: skip
TITLES = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "cllr",
        "dci",
        "di",
        "ds",
        "supt",
        "insp",
        "rev",
        "sir",
        "dame",
        "gc",
        "acc",  # police: assistant and deputy chief constable
        "dcc",
        "sc",
        "wc",
        "cc",
        "ac",
    )
)  # fmt: skip  (fire: group ... area commander)
# Words of a job title: a part with one of them is a post.
ROLE_WORDS = frozenset(
    [
        *[
            "hos",
            "ahos",
            "individual",  # a care provider's 'Responsible Individual', named by the regulator
            "tm",
            "sm",
            "dcs",
            "ad",
            "dd",
            "psw",
            "iro",
            "sro",
            "gm",  # fire and rescue ranks: group manager; chief fire officers
            "cfo",
            "dcfo",
            "acfo",
            "senco",
            "dco",
            "dmo",
            "lado",
            "gp",
            "midwife",
            "paediatrician",
            "obstetrician",  # a hospital's medical posts: 'Consultant Obstetrician'
            "psychiatrist",
            "physician",
            "anaesthetist",
            "radiographer",
            "psychologist",
            "therapist",
            "visitor",
            "ceo",
            "cswo",
            "ccio",  # an NHS trust's chief clinical, nursing, medical information officers
            "cnio",
            "cmio",
            "cio",
            "cno",
            "dipc",  # director of infection prevention and control
            "headteacher",
            "head teacher",
            "senco",
            "dht",
            "ht",  # a headteacher: 'HT, Attendance Officer' are two
            "dean",  # 'Deputy Dean (Education)': a university's post
            "aht",  # an assistant headteacher: 'SENCo, AHT (Teaching and Learning)' are two
            "pt",  # a Scottish school's principal teacher: 'PT Literacy'
            "cfo",
            "coo",
            "dpo",
            "siro",  # senior information risk owner
            "dass",  # director of adult social services
            "dph",  # director of public health
            "qio",  # a Scottish council's quality improvement officer (education)
            "ewo",  # education welfare officer
            "dsl",
            "dslo",
            "hr",
        ],
        "head",
        "director",
        "manager",
        "commander",  # fire and police: 'Station Commander', 'Group Commander'
        "officer",
        "lead",
        "leader",
        "chair",
        "convener",  # a Scottish committee's chair: 'APC Independent Convener'
        "convenor",
        "chief",
        "coordinator",
        "co-ordinator",
        "coach",  # an apprenticeship provider's 'Skills Coach', 'Lead Coaches'
        "adviser",
        "advisor",
        "supervisor",  # 'Radiation Protection Supervisor'
        "worker",
        "practitioner",
        "consultant",
        "nurse",
        "pvc",  # a university's pro and deputy vice-chancellors, its officers
        "dvc",
        "vice-chancellor",
        "president",  # 'Students' Union President'
        "pharmacist",  # health posts
        "technician",  # 'Pharmacy Technician'
        "matron",
        "sister",  # a ward's nurse in charge: 'Ward Sister'
        "clinician",
        "owner",  # 'Information Asset Owner', 'Risk Owner': who answers for an asset or risk
        "paramedic",
        "dietitian",
        "physiotherapist",
        "registrar",
        "surgeon",
        "chaplain",
        "teacher",
        "educator",  # 'Practice Educator', 'Clinical Educator': a health post
        "clerk",
        "solicitor",
        "accountant",
        "auditor",
        "assessor",  # 'external PUWER assessor', 'Best Interests Assessor'
        "scrutineer",  # a safeguarding partnership's 'Independent Scrutineer'
        "surveyor",  # 'Property Services Surveyor'
        "contractor",  # a town council's 'IT contractor', 'grounds maintenance contractor'
        "doctor",
        "designated",
        "principal",
        "commissioner",
        "commissioning",  # 'Redbridge Council Commissioning': the council's commissioners
        "governor",
        "inspector",
        "superintendent",
        "sergeant",
        "constable",
        "detective",
        "administrator",
        "analyst",
        "assistant",
        "deputy",
        "executive",
        "senior",
        "strategic",
        "operational",
        "member",
        "members",
        "cabinet",
        "portfolio",
        "holder",
        "secretary",
        "partner",  # 'HR Business Partner'
        "guardian",  # 'Freedom to Speak Up Guardian', 'Guardian of Safe Working Hours'
        "champion",  # 'Dementia Champion', 'Safeguarding Champion': a post a home names
        "archdeacon",  # a diocese's posts
        "bishop",
        "virtual",
    ]
)
# Fields of work named in two words joined by '&': 'Health & Safety Advisor' is one post.
FIELD_PAIRS = frozenset(
    ("health & safety", "learning & development", "health & wellbeing", "research & development",
     "planning & performance", "equality & diversity", "policy & performance", "hr & od",
     "policy & procedures", "quality & performance", "finance & performance",
     "performance & intelligence", "health & social", "learning & skills", "fire & rescue",
     "police & crime", "teaching & learning", "behaviour & attitudes",  # Ofsted's areas
     "health & care",  # 'Dudley Integrated Health and Care NHS Trust': one trust
     "leadership & management",  # 'Police & Crime Commissioner': one post
     "assessment & benefits",  # 'Financial Assessment & Benefits Manager': one post
     "support & protection",  # Scotland's 'Adult Support and Protection': one field
     "ce & missing", "exploitation & missing",  # 'CE and Missing Team Manager': one team's
     # manager, of child exploitation and missing children
     "stop & search",  # 'Supt Stop and Search Lead': policing's one field
     "screening & immunisation", "drug & alcohol", "drugs & alcohol")  # 'NHS England
)  # fmt: skip  # Screening and Immunisation Team': one team over its two fields
# Places named in two words joined by '&', the words beside it: 'Healthwatch Telford & Wrekin
# Chief Officer' is one post of one place's body, never 'Healthwatch Telford' and another.
PLACE_PAIRS = frozenset(
    ("telford & wrekin", "brighton & hove", "bath & north", "windsor & maidenhead",
     "kensington & chelsea", "hammersmith & fulham", "barking & dagenham", "redcar & cleveland",
     "west & chester", "christchurch & poole", "epsom & ewell", "reigate & banstead",
     "newark & sherwood", "hinckley & bosworth", "oadby & wigston", "basingstoke & deane",
     "tonbridge & malling", "perth & kinross", "argyll & bute", "dumfries & galloway",
     "ayrshire & arran", "fermanagh & omagh", "ards & north", "lisburn & castlereagh",
     "derry & strabane", "coast & glens", "mid & east", "avon & somerset", "devon & cornwall",
     "cornwall & isles", "hampshire & isle", "bedfordshire & luton", "glasgow & clyde",
     "nottingham & nottinghamshire", "staffordshire & stoke", "herefordshire & worcestershire",
     "hereford & worcester", "richmond & wandsworth", "blackburn & darwen", "sandwell & west")
)  # fmt: skip
# Words of a field of work, not a person's name ('Quality Assurance', 'Early Help').
SUBJECT_WORDS = frozenset(
    [
        "ahps",  # 'Director of Nursing & AHPs': the allied health professions the post heads
        "ahp",
        "business",  # 'Head of Performance & Business Intelligence': one post
        "information",  # 'Information, Advice and Assistance Manager': one post, not
        "advice",  # 'Information, Advice' a person by surname and forename
        "assistance",
        "guidance",
        "welfare",
        "benefits",
        "engagement",
        "participation",
        "admissions",
        "licensing",
        "enforcement",
        "evaluation",
        "contracts",
        "estates",
        "operations",  # 'Head of Payroll and HR Operations': one post over both fields
        "facilities",
        "experience",  # 'Vice Principal Quality & Learner Experience': one post's fields
        "learner",
        "planning",  # 'Emergency Planning & Business Continuity Manager': one post
        "emergency",
        "resilience",
        "continuity",
        "policing",  # 'ACC Local Policing': a chief officer's portfolio
        "mca",  # the Mental Capacity Act: 'MCA and DoLS Lead', one post over two fields
        "dols",
        "equality",  # 'Equality, Diversity and Inclusion Lead': one post, not 'Equality, D.'
        "diversity",
        "inclusion",
        "insight",
        "payroll",
        "training",  # 'HR & Training Business Manager': one post
        "crisis",  # 'Matron, Crisis Resolution & Home Treatment': a team's fields of work
        "resolution",
        "treatment",
        "cctv",  # 'CCTV & Control Room Manager': one manager of both
        "climate",  # 'Chief Officer – Planning & Climate Change': one post's area
        "maintenance",  # 'Housing Maintenance & Asset Management': fields of work
        "asset",
        "assets",
        "management",
        "audit",  # 'Audit, Risk and Governance Manager': one post, not 'Audit, Risk' a person
        "risk",
        "governance",
        "compliance",
        "procurement",
        "safeguarding",
        "quality",
        "assurance",
        "child",  # 'Family Support & Child Protection': fields of work, not a person
        "protection",
        "crime",  # 'D/Supt Serious and Organised Crime': a police command's field of work
        "violence",
        "stalking",  # 'DCI Stalking and Harassment Lead': one lead of two fields
        "harassment",
        "support",
        "children",
        "childrens",
        "children's",
        "families",
        "family",
        "social",
        "care",
        "early",
        "help",
        "education",
        "health",
        "police",
        "probation",
        "youth",
        "justice",
        "performance",
        "improvement",
        "practice",
        "development",
        "workforce",
        "learning",
        "finance",
        "housing",
        "legal",
        "send",
        "sen",
        "esol",  # 'ESOL and Access Curriculum Manager': one manager of both
        "inclusion",
        "commissioning",
        "strategy",
        "policy",
        "partnerships",
        "data",
        "intelligence",
        "communications",
        "hr",
        "public",
        "adult",
        "adults",
        "looked",
        "after",
        "leaving",
        "leavers",
        "permanence",
        "fostering",
        "adoption",
        "disabilities",
        "disability",
        "mental",
        "wellbeing",
        "ict",
        "digital",
        "transformation",
        # fields by their letters: 'ALN and Inclusion Manager', 'RJ and Victims Lead' are
        # one post each (additional learning needs, restorative justice), where 'VSH and
        # Business Support Manager' is two (a virtual school head: a post)
        "aln",
        "rj",
        "semh",
        "cin",
        "cp",
        "lac",
        "cla",
        "asb",
        "vawg",
        "cse",
        "cce",
        "qa",
        "od",
        "ehcp",
        "pfa",
    ]
)


# Agencies that lead an action on their own in a multi-agency plan.
AGENCIES = frozenset(
    [
        "police",
        "health",
        "education",
        "probation",
        "schools",
        "school",
        "nhs",
        "icb",
        "ccg",
        "council",
        "partnership",
        "cafcass",
        "fire",
        "housing",
        "dwp",
        "yjs",
        "yos",
        "lscp",
        "lscb",
        "camhs",
    ]
)


# The last word of a named body: 'Southshire Police', 'Westmere NHS Trust', 'Northvale ICB'.
BODIES = frozenset(
    ("police", "constabulary", "icb", "ccg", "nhs", "trust", "council", "probation", "cafcass",
     "camhs", "dwp", "hospital", "university", "college", "ft", "nhsft", "crc", "mbc", "bc",
     "dc", "cbc", "mdc", "bid", "housing", "aid", "authority", "commission", "agency",
     "association", "gmp", "wmp", "syp", "wyp", "tvp", "btp", "psni", "uhb", "thb")
    # (forces by letters; Welsh health boards: a university or teaching health board)
)  # fmt: skip  # 'Gateshead Housing': a landlord, as a body; 'Juno Women's Aid' a charity;
# 'Yorkshire Dales National Park Authority' an authority; 'Gambling Commission' a regulator
# Services a partnership plan names as a lead beside a body ('Adult Social Care and Northvale
# ICB'); not in a post's name ('Head of Wellbeing & Public Health').
SERVICES = frozenset(
    ("adult social care", "children's social care", "childrens social care",
     "community safety", "housing services")
)  # fmt: skip

# Posts named in one word: 'Headteacher / Challenge Adviser' is two ('Chair, Chief Officers
# Group' is one post: 'Chair' alone is a word of one).
ONE_WORD_POSTS = frozenset(
    ("headteacher", "headmaster", "headmistress", "head", "bursar", "clerk", "leader", "mayor",
     "chair", "chairman", "chairwoman", "chairperson", "senco", "sendco", "principal",
     "chancellor", "tutor", "tutors", "mentors", "keyworker", "keyworkers", "chaplain",
     "alnco", "rfo", "administrator", "treasurer", "governor")  # 'SENCo', 'SENDCo': the SEN(D)
    # co-ordinator, as schools write it, and Wales's 'ALNCo'; a school's or college's
    # 'Principal', its 'Head' ('Head and Bursar'); a university's 'Vice-Chancellor'; a parish
    # council's 'Chairman & RFO' (its responsible financial officer); a care home's
    # 'Administrator and Registered Manager; a prison's 'Governor and Deputy Governor'
)  # fmt: skip  # 'Leader & Chief Executive': the council's leader and its chief executive

# Words of a team or body, not a post: 'Youth Services', 'the Partnership Board'.
ORGANISATIONS = frozenset(
    [
        "service",
        "services",
        "team",
        "teams",
        "partnership",
        "board",
        "group",
        "sub-group",
        "subgroup",
        "panel",
        "hub",
        "school",
        "schools",
        "unit",
        "division",
        "directorate",
        "department",
        "forum",  # 'Islington Parent Carer Forum'
        "voice",  # 'Derbyshire Parent Carer Voice': the parents' forum by another name
        "centre",  # 'Trafford Carers Centre': a body, not a person of three names
        "centres",
    ]
)
RANKS = frozenset(
    ("dci", "di", "ds", "dc", "supt", "insp", "ch", "det", "acc", "dcc",
     "am", "gm", "sm", "wm", "cm")  # a fire service's area, group, station, watch, crew managers
)  # fmt: skip


# A statutory role an officer holds beside their post, named after 'and': 'Head of Finance and
# Section 151 Officer', 'Director of Corporate Governance and Board Secretary'.
STATUTORY_ROLES = re.compile(
    r"(?:s\.?\s?151|section\s+151)\s+officer|monitoring\s+officer|(?:board|company|trust)\s+"
    r"secretary|caldicott\s+guardian|siro|senior\s+information\s+risk\s+owner|"
    r"clerk\s+to\s+the\s+(?:board|governors|governing\s+body|corporation|council)|treasurer",
    re.IGNORECASE,
)  # ('University Secretary and Clerk to the Board': one officer holds both)
