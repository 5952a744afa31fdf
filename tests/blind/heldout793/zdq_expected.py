"""Write the NAME.expected.yaml readings for the seven zdq- files (set heldout793).

Action text and headings are taken from zdq_make's data (so they are the file's text exactly);
lead, end, end_text and status are the reading a person makes, written out by hand below.
"""
import os
import yaml

import zdq_make as M

HERE = os.path.dirname(os.path.abspath(__file__))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write(name, doc):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# 1. Worcestershire -----------------------------------------------------------
W = {}
for apa, streams in M.WORCS_GROUPS:
    for stream, acts in streams:
        for a in acts:
            W[a[0]] = (apa, stream, a[1], a[7])
wr = {  # ref: (lead, end, status, end_text)
    "PA1.1": (["Associate Director of Children's Commissioning", "Umbrella Pathway Clinical Lead"], "2025-03", "blue", None),
    "PA1.2": (["Service Manager, Neurodevelopmental Services"], "2025-02", "green", None),
    "PA1.3": (["Head of Performance (WCF)", "ICB Business Intelligence Lead"], None, "amber", "Monthly from December 2024"),
    "PA1.4": (["Head of Children's Therapies"], "2025-03", "amber", "Sept 2024 – March 2025"),
    "PA1.5": (["Associate Director of Children's Commissioning (ICB)",
               "Assistant Director for Education and Early Years (WCF)"], "2025-04", "amber", None),
    "PA1.6": (["SEND Co-production Co-ordinator"], "2024-11", "blue", None),
    "PA1.7": (["Head of 0-19 Services"], "2025-07", "green", None),
    "PA2.1": (["Head of SEND Improvement"], "2025-01", "blue", None),
    "PA2.2": (["SEND Co-production Co-ordinator", "Youth Cabinet Lead Officer"], "2025-03", "green", "Q4 2024/25"),
    "PA2.3": (["Head of SEND Assessment and Review"], "2025-09", "unrated", None),
}
write(M.WORCS_FILE, {
    "source": (
        "Imitates the Worcestershire local area partnership's SEND Priority Action Plan written after the "
        "April 2024 Ofsted/CQC area SEND inspection found 'widespread and/or systemic failings' with two "
        "priority actions (waiting times for community paediatrics, the neurodevelopment/Umbrella Pathway, "
        "OT and physiotherapy; strategic co-production with children and young people) "
        "(worcestershire.gov.uk, 'What we're doing to improve SEND services following the 2024 Ofsted and "
        "CQC inspection' and the January 2025 deep-dive update). The real plan is a PDF; this is the "
        "partnership's Excel progress tracker for it. Copied features: cover sheet with partners and a "
        "document-control table, the two Areas for Priority Action as full-width merged banner rows with the "
        "inspectors' wording, workstreams in a vertically merged column, 3- and 6-month milestones, original "
        "and revised target dates, previous (Oct-24) and current (Jan-25) RAG shown by cell colour only, two "
        "leads on separate lines in one cell, a summary block under the plan, a separate RAG key tab and an "
        "impact-measures tab."),
    "reads": (
        "A multi-tab workbook; the PAP tab holds ten numbered actions (PA1.1-PA2.3) under the two priority "
        "actions, grouped into workstreams. Status is the colour of the 'RAG Jan-25' cell (the current one); "
        "where a revised date is given it replaces the target; PA2.3 has no colour and is not yet started. "
        "The summary block, cover, key and impact measures are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Priority Action Plan (PAP)",
    "actions": [act(ref, [W[ref][0], W[ref][1]], W[ref][2], wr[ref][0], wr[ref][1], wr[ref][2], wr[ref][3])
                for ref in wr],
})

# 2. Hounslow -----------------------------------------------------------------
hr = {
    "1.1": (["Fostering Recruitment Manager"], "2026-03", "green", None),
    "1.2": (["Assessment Team Manager", "Independent Assessor Co-ordinator"], "2025-12", "amber", "Q3 2025/26"),
    "1.3": (["Mockingbird Liaison Worker", "Supervising Social Work Team Manager"], "2026-03", "green",
            "Sept 2025 – Mar 2026"),
    "1.4": (["Head of Service, Fostering & Permanence"], "2025-12", "blue", None),
    "2.1": (["Quality Assurance Manager"], None, "green", "Quarterly"),
    "2.2": (["Fostering Training Officer"], "2026-03", "green", None),
    "2.3": (["Head of Service, Fostering & Permanence", "Chair, Hounslow Foster Carers Association"], "2025-05",
            "blue", None),
    "3.1": (["Participation Lead"], "2025-11", "red", None),
    "3.2": (["Permanence Team Manager"], "2026-03", "unrated", None),
    "3.3": (["Leaving Care Service Manager"], "2026-02", "green", None),
}
hacts = []
for pri, acts in M.HOUN_ROWS:
    obj = None
    for a in acts:
        if a[1]:
            obj = a[1]
        lead, end, st, et = hr[a[0]]
        hacts.append(act(a[0], [pri, obj], a[2], lead, end, st, et))
write(M.HOUN_FILE, {
    "source": (
        "Imitates the fostering service development plan a London borough appends to its annual Fostering "
        "Service report and Statement of Purpose (Fostering Services (England) Regulations 2011 reg. 35 / NMS "
        "25.7), as presented to corporate parenting panels (e.g. Leicester and Coventry 2024/25 fostering "
        "annual report items on their committee sites). Hounslow's own plan was not found; this is how such a "
        "borough would lay it out. Copied features: a summary tab with totals by priority and status, title "
        "block with owner and review forums, grey full-width priority rows, an Objective column written only "
        "on the first row of each group and left blank below it, separate Q1 and Q2 update columns, start and "
        "target dates as month cells, quarters and periods typed as text, a status word with matching fill, "
        "and a status key that defines 'Delayed' as red and 'At risk' as amber; leads include a job title "
        "containing a comma and an ampersand."),
    "reads": (
        "Ten numbered actions (1.1-3.3) under three priorities; each action sits under the objective written "
        "on its row or, where blank, the objective above it. Status comes from the Status column read through "
        "the key (At risk = amber, Delayed = red, Complete = blue, Not started = unrated). The summary tab, key "
        "and notes are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": M.HOUN_TITLE,
    "actions": hacts,
})

# 3. Conwy (refuse) -------------------------------------------------------------
typo_row = M.CONWY_FIRST_ROW + [r[5] for r in M.CONWY_ROWS].index("Febuary 2026")
write(M.CONWY_FILE, {
    "source": (
        "Imitates a Welsh council's bilingual adult services action plan after a Care Inspectorate Wales "
        "improvement check (the follow-up to a performance evaluation inspection under CIW's Code of Practice "
        "for review of local authority social services, careinspectorate.wales), reported to the social care "
        "overview and scrutiny committee. Conwy's own plan was not found; laid out as Conwy would. Copied "
        "features: Welsh/English title block and column headings, the Social Services and Well-being (Wales) "
        "Act principle and the CIW area for improvement repeated on every row, typed target months, bilingual "
        "status words with matching fill, a reporting note and a summary tab."),
    "reads": (
        "Six actions GG1-GG6 in one table. The target date for GG4 on sheet row %d reads 'Febuary 2026', a "
        "mistyped month, so a careful reader stops and asks before reading the plan." % typo_row),
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": typo_row,
    "title": M.CONWY_TITLE,
})

# 4. Blaenau Gwent --------------------------------------------------------------
br = {
    "1.1": (["Principal Officer – Systems and Performance"], "2025-07", "blue", None),
    "1.2": (["Service Manager – Quality Assurance"], None, "green", "Quarterly from September 2025"),
    "1.3": (["Team Manager – IAA", "Welsh Language Officer"], "2025-12", "amber", None),
    "2.1": (["Head of Children's Services"], "2025-09", "green", None),
    "2.2": (["Early Help Manager", "Principal Social Worker"], "2025-12", "amber", "Q3 2025-26"),
    "3.1": (["Service Manager – Safeguarding"], "2025-11", "red", None),
    "4.1": (["Head of Children's Services"], "2026-03", "green", "April 2025 – March 2026"),
    "4.2": (["Fostering Team Manager"], "2026-03", "amber", None),
}
bacts = []
for sec, afis in M.BG_SECTIONS:
    for afi, acts in afis:
        for a in acts:
            lead, end, st, et = br[a[0]]
            bacts.append(act(a[0], [sec, afi], a[1], lead, end, st, et))
write(M.BG_FILE, {
    "source": (
        "Imitates a Welsh council's children's services action plan responding to a CIW improvement check "
        "letter, structured under the four principles of the Social Services and Well-being (Wales) Act 2014 "
        "as CIW performance-review letters are (CIW Code of Practice for Review of Local Authority Social "
        "Services; annual performance letters to Bridgend, Flintshire and Wrexham). Blaenau Gwent's own plan "
        "was not found; laid out as the council would for its scrutiny committee. Copied features: title "
        "block with inspection and letter dates, document-control table, introduction, RAG key table, one "
        "Word table per principle under a numbered heading, the CIW area for improvement in a vertically "
        "merged cell beside its actions, RAG letters with cell shading, mixed timescales (months, dates, a "
        "quarter, a financial-year period, a recurring audit) and a sign-off table."),
    "reads": (
        "Eight numbered actions (1.1-4.2) in four section tables, each read under its principle heading and "
        "the area for improvement beside it. RAG is the letter in the RAG column; the document control, RAG key "
        "and sign-off tables are not the plan."),
    "outcome": "read",
    "accept_refusal": False,
    "title": M.BG_TITLE,
    "actions": bacts,
})

# 5. Adopt North East ------------------------------------------------------------
ar = {
    "1a": (["TM-R"], "2025-03", "green", None),
    "1b": (["HoS", "TM-R"], "2024-12", "blue", None),
    "1c": (["HoS"], "2024-07", "blue", None),
    "2a": (["TM-AS"], "2024-10", "blue", None),
    "2b": (["TM-AS", "BIO"], None, "green", "Termly"),
    "3a": (["TM-AS"], "2025-03", "amber", None),
    "3b": (["HoS"], "2025-04", "unrated", None),
    "3c": (["HoS", "BIO"], None, "green", "Quarterly from Q3 2024/25"),
    "3d": (["Chair, ANE Governance Board"], "2025-06", "red", None),
}
aacts = []
for theme, findings in M.ANE_THEMES:
    for finding, acts in findings:
        for a in acts:
            lead, end, st, et = ar[a[0]]
            aacts.append(act(a[0], [theme, finding], a[1], lead, end, st, et))
write(M.ANE_FILE, {
    "source": (
        "Imitates a regional adoption agency's action plan against the findings of Ofsted's 'Regional "
        "adoption agencies – thematic inspection report' (published 26 March 2024, six RAAs visited "
        "October-December 2023; gov.uk). Adopt North East's own response was not found; laid out as an RAA "
        "reporting to its governance board would. Copied features: title block with version and board date, "
        "a key of lead abbreviations (initials/post codes as leads), one landscape table with shaded "
        "full-width theme rows and italic full-width 'Ofsted finding' rows above the actions, month-year "
        "timescales plus 'Termly' and a recurring quarterly report, status shown only by the colour of the "
        "last cell with 'no colour – not yet started', and an agreement line after the table."),
    "reads": (
        "Nine actions (1a-3d) under three themes, each under the Ofsted finding above it. Status is the "
        "shading of the Status cell (3b has none: not yet started); leads are the abbreviations as written, "
        "'HoS / TM-R' being two."),
    "outcome": "read",
    "accept_refusal": False,
    "title": M.ANE_TITLE,
    "actions": aacts,
})

# 6. Sutton ----------------------------------------------------------------------
sr = {
    "1": (["Hughes, Rachel"], "2024-10", "blue", None),
    "2": (["Hughes, Rachel", "Ahmed, Tariq"], "2025-03", "amber", "Q4 2024/25"),
    "3": (["Ahmed, Tariq"], "2025-03", "green", None),
    "4": (["Mensah, Kofi"], "2024-12", "blue", None),
    "5": (["Mensah, Kofi"], "2025-06", "unrated", None),
    "6": (["Doyle, Siobhan"], None, "green", "Ongoing"),
    "7": (["Doyle, Siobhan"], "2025-09", "amber", None),
    "8": (["Novak, Piotr"], "2025-09", "red", None),
    "9": (["Novak, Piotr"], "2025-03", "green", None),
}
sacts = []
for row in M.SUT_ROWS:
    lead, end, st, et = sr[row[2]]
    sacts.append(act(row[2], [row[0]], row[3], lead, end, st, et))
write(M.SUT_FILE, {
    "source": (
        "Imitates a London borough scrutiny committee's recommendations tracker (cf. Brent's 'Scrutiny "
        "Progress Update - Recommendations Tracker' appendix, democracy.brent.gov.uk, and Southwark's "
        "'recommendations monitor'), exported from Excel to CSV. Sutton's own tracker was not found. Copied "
        "features: title and note lines above the header, the review or committee item repeated on every row, "
        "date agreed, recommendation number, executive response (accepted / accepted in part), portfolio "
        "separate from the lead officer, lead officers named 'Surname, Forename' (two in one cell split by a "
        "semicolon), a multi-part recommendation with in-cell line breaks, mixed target dates (dates, Mar-25, "
        "a quarter, 'End of June 2025', 'Ongoing'), RAG words with Blue = implemented, a row not yet due with "
        "blank RAG, and a RAG key line at the end."),
    "reads": (
        "Nine recommendations (1-9) from four reviews or items, each tracked as an action with its lead "
        "officer, target date and RAG. The title, update note, blank line and RAG key line are not actions; "
        "recommendation 5 has no RAG yet (not due)."),
    "outcome": "read",
    "accept_refusal": False,
    "title": M.SUT_TITLE,
    "actions": sacts,
})

# 7. Dorset ----------------------------------------------------------------------
dr = {
    "CP1.1": (["Corporate Director - Housing"], "2026-03", "green", None),
    "CP1.2": (["Service Manager - Housing Options", "Service Manager - Temporary Accommodation"], "2026-03",
              "amber", "Q4 2025/26"),
    "CP2.1": (["Executive Director - People (Adults)"], "2026-03", "amber", None),
    "CP2.2": (["Corporate Director - Commissioning and Partnerships (Children's)"], "2025-09", "blue", None),
    "CP3.1": (["Head of Planning Policy"], "2026-12", "green", None),
    "CP3.2": (["Digital Infrastructure Manager"], "2026-03", "red", None),
    "CP4.1": (["Head of Assets and Property"], "2026-03", "green", None),
    "CP4.2": (["Head of Environment"], "2025-06", "blue", None),
    "CP4.3": (["Head of Commercial Waste and Strategy"], "2026-04", "unrated", None),
}
dacts = []
for pri, acts in M.DOR_PRIORITIES:
    for a in acts:
        lead, end, st, et = dr[a[0]]
        dacts.append(act(a[0], [pri], a[1], lead, end, st, et))
write(M.DOR_FILE, {
    "source": (
        "Imitates a quarterly delivery-plan report for Dorset Council's Council Plan 2024-2029 (adopted by "
        "Full Council 5 December 2024; Priority 1 'Provide high quality housing' per the Cabinet minutes at "
        "moderngov.dorsetcouncil.gov.uk; the other priority names are approximated), as a plain-text export "
        "from a corporate performance system. Copied features: report header with generation time and "
        "source, a status key line, ruled priority banners in capitals, one labelled block per key action "
        "(Ref, Key action, Lead officer, Portfolio, Due with an optional 'Revised' date on the same line, "
        "Status, Q2 update wrapping onto indented continuation lines), dashed separators, and a totals line "
        "at the end."),
    "reads": (
        "Nine key actions CP1.1-CP4.3 under four priorities. The lead is the 'Lead officer' line (not the "
        "portfolio holder); a revised due date replaces the original; status words follow the key, GREY being "
        "not yet started. Indented lines continue the Q2 update; the header, key and totals line are not "
        "actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": M.DOR_TITLE,
    "actions": dacts,
})

print("wrote 7 expected files")
