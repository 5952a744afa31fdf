"""Build the seven fg2- blind test files (set heldout197) and their expected readings.

Run with /work/main/.venv/bin/python fg2_make.py  (openpyxl, python-docx, pyyaml).
Each plan's content is held once below; the data file is laid out from it and
NAME.expected.yaml is written from the same text, so the expected strings match
the file character for character.
"""
import csv
import datetime as dt
import json
import os
import textwrap

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "D9E1F2",
    "band2": "E2EFDA",
}


def fill(name):
    c = FILL.get(name, name)
    return PatternFill("solid", start_color=c, end_color=c)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def q(v):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    if v is None:
        return "null"
    return json.dumps(v, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(text, width=92, break_long_words=False, break_on_hyphens=False)
    assert " ".join(lines) == text, "folded text must survive the round trip"
    return [f"{key}: >-"] + ["  " + ln for ln in lines]


def write_expected(fname, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    out = folded("source", source) + folded("reads", reads)
    out.append(f"outcome: {outcome}")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref'])}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {q(a['end'])}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    path = os.path.join(HERE, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    # the file must load back to exactly what was meant
    with open(path, encoding="utf-8") as f:
        back = yaml.safe_load(f)
    assert back["source"] == source and back["reads"] == reads
    if outcome == "read":
        for a, b in zip(actions, back["actions"]):
            for k in ("ref", "under", "action", "lead", "end", "status"):
                assert a[k] == b[k], (fname, k, a[k], b[k])


# ---------------------------------------------------------------------------
# 1. Solihull MBC - Adult Social Care CQC local authority assessment plan (xlsx)
# ---------------------------------------------------------------------------
def solihull():
    fname = "fg2-solihull-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "Adult Social Care Improvement Plan 2025–2027"
    themes = [
        ("Theme 1: Working with people", [
            ("People waited too long for Care Act assessments and reviews, and oversight of "
             "risk for people on waiting lists was limited.", [
                ("1.1", "Implement a single waiting-list triage and risk-rating tool across all "
                        "three locality teams, with monthly oversight at the ASC Performance Board.",
                 "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
                 dt.date(2025, 9, 30), None, "amber", "blue",
                 "Tool live in all localities from 1 September 2025; first oversight report to "
                 "Performance Board 24/09/2025."),
                ("1.2", "Reduce the number of people waiting more than 28 days for a Care Act "
                        "assessment to fewer than 150.",
                 "Head of Adult Social Care Operations / Business Intelligence Manager",
                 ["Head of Adult Social Care Operations", "Business Intelligence Manager"],
                 dt.date(2026, 3, 31), None, "green", "amber",
                 "Number waiting over 28 days down from 412 to 236. Additional assessor "
                 "capacity agreed from November."),
            ]),
            ("Unpaid carers did not always receive a timely carer’s assessment or know what "
             "support was available to them.", [
                ("1.3", "Co-produce and launch a refreshed All-Age Carers Strategy with the "
                        "Solihull Carers Partnership.",
                 "Commissioning Manager – Carers and Prevention",
                 ["Commissioning Manager – Carers and Prevention"],
                 dt.date(2025, 12, 31), dt.date(2026, 2, 28), "green", "green",
                 "Draft strategy co-produced at four workshops. Cabinet Member decision moved "
                 "to February 2026 to align with the budget."),
                ("1.4", "Offer a carer’s assessment at first contact through the Adult Social "
                        "Care Front Door, including an online self-assessment.",
                 "Front Door Service Manager", ["Front Door Service Manager"],
                 dt.date(2026, 1, 31), None, "amber", "green",
                 "Online form in user testing with carers; launch planned for January."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("Home care capacity for people with complex needs in the south of the borough "
             "was limited, and some people waited for packages on discharge.", [
                ("2.1", "Commission a complex-needs home care lot for the south of the borough "
                        "within the refreshed Care at Home framework.",
                 "Head of Commissioning", ["Head of Commissioning"],
                 dt.date(2026, 4, 30), None, "amber", "red",
                 "Procurement paused pending legal advice on extending the current framework. "
                 "Revised timetable to DMT in December."),
            ]),
        ]),
        ("Theme 3: Ensuring safety", [
            ("Safeguarding concerns were not always screened within agreed timescales, and "
             "learning from Safeguarding Adults Reviews was not consistently embedded in practice.", [
                ("3.1", "Set a screening standard of 2 working days for safeguarding concerns "
                        "and report compliance monthly to the SAB Performance Subgroup.",
                 "Principal Social Worker; Head of Safeguarding Adults",
                 ["Principal Social Worker", "Head of Safeguarding Adults"],
                 dt.date(2025, 11, 30), None, "green", "green",
                 "Standard agreed; compliance 81% in September, 88% in October."),
                ("3.2", "Deliver a practice learning programme on SAR themes (self-neglect and "
                        "transitions) for all adult social care practitioners.",
                 "Principal Social Worker", ["Principal Social Worker"],
                 dt.date(2026, 3, 31), None, None, "green",
                 "Programme designed with the SAB Business Unit; first sessions in January."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("Leaders did not have a complete and timely view of performance and quality "
             "information to inform decisions.", [
                ("4.1", "Launch an adult social care performance and quality dashboard for DMT "
                        "and the Cabinet Member, refreshed weekly.",
                 "Business Intelligence Manager", ["Business Intelligence Manager"],
                 dt.date(2025, 7, 31), None, "green", "blue",
                 "Power BI dashboard live July 2025 with weekly refresh."),
            ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Solihull Metropolitan Borough Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16, color="1F3864")
    cov["A3"] = "Response to the CQC Local Authority Assessment of adult social care (Care Act 2014 duties)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", "02/06/2025", "ASC Quality and Improvement Team", "Draft for DMT"),
          ("1.0", "17/07/2025", "ASC Quality and Improvement Team", "Approved by Cabinet Member for Adult Social Care and Health"),
          ("1.2", "06/11/2025", "ASC Quality and Improvement Team", "Q2 2025/26 progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("blue", "Blue", "Action complete and evidenced"),
           ("green", "Green", "On track"),
           ("amber", "Amber", "Risk to delivery / some slippage"),
           ("red", "Red", "Off track – escalated to ASC Improvement Board")]
    for i, (col, word, desc) in enumerate(key):
        cov.cell(row=12 + i, column=1).fill = fill(col)
        cov.cell(row=12 + i, column=2, value=word)
        cov.cell(row=12 + i, column=3, value=desc)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2025 (Q2 2025/26)"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead", "Target date",
             "Revised date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    for theme, afis in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill("band")
        r += 1
        for afi, acts in afis:
            start = r
            ws.cell(row=r, column=2, value=afi)
            for (ref, text, leadcell, leads, tdate, rdate, prev, cur, upd) in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=leadcell)
                c = ws.cell(row=r, column=5, value=tdate)
                c.number_format = "mmm-yy"
                if rdate:
                    c = ws.cell(row=r, column=6, value=rdate)
                    c.number_format = "mmm-yy"
                if prev:
                    ws.cell(row=r, column=7).fill = fill(prev)
                ws.cell(row=r, column=8).fill = fill(cur)
                ws.cell(row=r, column=9, value=upd)
                for j in range(1, 10):
                    ws.cell(row=r, column=j).alignment = WRAP
                    ws.cell(row=r, column=j).border = BOX
                end = rdate or tdate
                actions.append({"ref": ref, "under": [theme, afi], "action": text,
                                "lead": leads, "end": f"{end.year:04d}-{end.month:02d}",
                                "status": cur})
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings are proposed by action leads and validated "
                                   "at the ASC Improvement Board. See the Cover sheet for the RAG key.").font = Font(italic=True)
    widths = [7, 38, 46, 26, 11, 11, 10, 10, 44]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[j]].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    rows = [("Blue (complete)", counts.get("blue", 0)), ("Green", counts.get("green", 0)),
            ("Amber", counts.get("amber", 0)), ("Red", counts.get("red", 0)),
            ("Total actions", len(actions))]
    sm["A3"], sm["B3"] = "RAG", "Number of actions"
    for i, (k, v) in enumerate(rows):
        sm.cell(row=4 + i, column=1, value=k)
        sm.cell(row=4 + i, column=2, value=v)
    sm.column_dimensions["A"].width = 20
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a council adult social care improvement plan written after a CQC local "
                "authority assessment (2024–25 programme), of the kind Solihull MBC and other "
                "councils take to Cabinet and scrutiny (e.g. B&NES, Telford ASC plans reported to "
                "Cabinet). No specific file copied. Copied features: cover sheet with document "
                "control and RAG key, plan sheet with the four CQC themes as full-width band rows, "
                "CQC finding merged vertically over its actions, job titles as leads (two in one "
                "cell), target and revised dates as real dates, Previous and Current RAG shown "
                "only by fill colour, progress column, notes line, separate summary sheet of totals."),
        reads=("A three-sheet workbook: a cover with document control and RAG key, the plan "
               "itself, and a totals summary. The plan has eight numbered actions under four CQC "
               "themes, each answering a CQC finding merged down its rows; RAG is shown only by "
               "cell colour, and the current colour is the status. One action has a revised date, "
               "which is its end."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. Sandwell MBC - housing RSH consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def sandwell():
    fname = "fg2-sandwell-council-housing-rsh-consumer-standards-improvement-plan.xlsx"
    title = "Housing Regulatory Improvement Plan – Consumer Standards"
    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber",
                   "Off track": "red", "Not started": None}
    status_word = {"Complete": "blue", "On track": "green", "At risk": "amber",
                   "Off track": "red", "Not started": "unrated"}
    sheets = [
        ("Safety & Quality", "Consumer Standard: Safety and Quality", "Owner: Director of Housing", [
            ("Finding 1: The council could not evidence that all required fire, electrical, "
             "water hygiene and asbestos safety actions were completed within timescales.", [
                ("1.1", "Clear the backlog of overdue high-risk fire risk assessment remedial "
                        "actions across all blocks.",
                 "Head of Building Safety & Compliance", ["Head of Building Safety & Compliance"],
                 "Mar-26", "2026-03", None, "At risk",
                 "Overdue high-risk actions down from 1,140 to 392. Second contractor mobilised "
                 "in October."),
                ("1.2", "Complete an Electrical Installation Condition Report (EICR) for every "
                        "home without a valid certificate.",
                 "Head of Building Safety & Compliance", ["Head of Building Safety & Compliance"],
                 "31/10/2025", "2025-10", None, "Complete",
                 "100% of homes now hold an EICR under five years old."),
                ("1.3", "Bring all compliance data into a single landlord compliance system with "
                        "monthly reporting to the Housing Improvement Board.",
                 "Asset Manager / Data & Systems Lead", ["Asset Manager", "Data & Systems Lead"],
                 "Q4 2025/26", "2026-03", None, "On track",
                 "System configured for fire and gas; electrical, water and asbestos modules "
                 "loading in Q3."),
            ]),
            ("Finding 2: The council does not have up-to-date stock condition information for "
             "around 40% of its homes.", [
                ("2.1", "Complete a 100% stock condition survey, including HHSRS assessments.",
                 "Asset Manager", ["Asset Manager"],
                 "June 2026", "2026-06", None, "On track",
                 "11,980 of 27,400 homes surveyed (44%)."),
                ("2.2", "Use the survey results to set a five-year capital investment programme "
                        "for the Housing Revenue Account.",
                 "Head of Housing Assets", ["Head of Housing Assets"],
                 "31 January 2027", "2027-01", None, "Not started",
                 "Starts once survey reaches 75%."),
            ]),
        ]),
        ("Transparency & Influence", "Consumer Standard: Transparency, Influence and Accountability",
         "Owner: Assistant Director – Housing Management", [
            ("Finding 3: Complaints from tenants were not consistently handled in line with the "
             "Housing Ombudsman’s Complaint Handling Code.", [
                ("3.1", "Restructure the complaints team so that housing complaints are handled "
                        "by a dedicated Stage 1 and Stage 2 resolution team.",
                 "Housing Customer Experience Manager", ["Housing Customer Experience Manager"],
                 "Sept 2025", "2025-09", None, "Complete",
                 "New team in place from 1 September 2025."),
                ("3.2", "Publish quarterly complaint learning reports to the Tenant Scrutiny Panel.",
                 "Housing Customer Experience Manager", ["Housing Customer Experience Manager"],
                 "Ongoing", None, "Ongoing", "On track",
                 "Q1 report considered by Panel on 18 September 2025."),
            ]),
            ("Finding 4: The council could not show how tenants’ views influence decisions about "
             "housing services.", [
                ("4.1", "Agree a Tenant Engagement Framework with tenants, including a “you said, "
                        "we did” report to Cabinet twice a year.",
                 "Tenant Engagement Manager", ["Tenant Engagement Manager"],
                 "Dec 2025", "2025-12", None, "Off track",
                 "Framework drafted but co-production sessions postponed; new date to be agreed "
                 "with the Tenant Scrutiny Panel."),
            ]),
        ]),
    ]

    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Sandwell Metropolitan Borough Council"
    ov["A1"].font = Font(bold=True, size=13)
    ov["A2"] = title
    ov["A2"].font = Font(bold=True, size=15)
    ov["A3"] = ("Response to the Regulator of Social Housing regulatory judgement "
                "(consumer grade C3)")
    ov["A5"] = "Reporting period: Quarter 2 2025/26 (to 30 September 2025)"
    ov["A7"] = "Status key"
    ov["A7"].font = Font(bold=True)
    for i, w in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"]):
        c = ov.cell(row=8 + i, column=1, value=w)
        if status_fill[w]:
            c.fill = fill(status_fill[w])
        ov.cell(row=8 + i, column=2, value={
            "Complete": "Action delivered and evidence provided",
            "On track": "Progressing to plan",
            "At risk": "Some slippage – may miss due date",
            "Off track": "Will miss due date – escalated",
            "Not started": "Not yet due to start"}[w])
    ov["A14"] = "Summary"
    ov["A14"].font = Font(bold=True)
    hdr = ["Standard", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(hdr):
        ov.cell(row=15, column=1 + j, value=h).font = Font(bold=True)

    actions = []
    srow = 16
    tot = [0] * 6
    for sheetname, heading, owner, findings in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = owner
        heads = ["No.", "Action", "Responsible Officer", "Due Date", "Status", "Q2 Update"]
        for j, h in enumerate(heads):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            c.border = BOX
        r = 5
        counts = {k: 0 for k in status_fill}
        for finding, acts in findings:
            ws.cell(row=r, column=1, value=finding).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = fill("band2")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, text, leadcell, leads, due, end, end_text, st, upd) in acts:
                vals = [ref, text, leadcell, due, st, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if status_fill[st]:
                    ws.cell(row=r, column=5).fill = fill(status_fill[st])
                counts[st] += 1
                a = {"ref": ref, "under": [heading, finding], "action": text, "lead": leads,
                     "end": end, "status": status_word[st]}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
                r += 1
        for j, w in enumerate([7, 52, 30, 13, 12, 46]):
            ws.column_dimensions["ABCDEF"[j]].width = w
        n = sum(counts.values())
        row = [heading.replace("Consumer Standard: ", ""), n, counts["Complete"],
               counts["On track"], counts["At risk"], counts["Off track"], counts["Not started"]]
        for j, v in enumerate(row):
            ov.cell(row=srow, column=1 + j, value=v)
        for k in range(6):
            tot[k] += row[1 + k]
        srow += 1
    ov.cell(row=srow, column=1, value="Total").font = Font(bold=True)
    for k in range(6):
        ov.cell(row=srow, column=2 + k, value=tot[k]).font = Font(bold=True)
    ov.column_dimensions["A"].width = 44
    ov.column_dimensions["B"].width = 40
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the housing improvement plans English stock-holding councils published "
                "after a C3 consumer grading by the Regulator of Social Housing in 2024–25 "
                "(e.g. the plans reported to cabinets and housing boards by councils named in the "
                "RSH's C3 judgements). Sandwell's own plan was not found; no file copied. "
                "Copied features: overview sheet with title block, status key and summary table "
                "by standard, one sheet per consumer standard, the regulator's finding as a "
                "full-width row above its numbered actions, job titles as leads (one with '&' in "
                "the title, one cell with two posts), mixed due-date styles (Mar-26, 31/10/2025, "
                "Q4 2025/26, Sept 2025, Ongoing), status words with fill colour."),
        reads=("An overview sheet (key and totals) and two plan sheets, one per consumer standard. "
               "Each sheet has findings from the regulatory judgement as band rows with numbered "
               "actions beneath; status is a word from the key (Complete, On track, At risk, Off "
               "track, Not started). Eight actions in all."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. Tamworth BC - corporate risk register, mitigating actions (xlsx)
# ---------------------------------------------------------------------------
def tamworth():
    fname = "fg2-tamworth-bc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Corporate Risk Register – Quarter 3 2025/26"
    st_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    st_word = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    risks = [
        ("CR1 Financial Sustainability", "Executive Director Finance", "4 x 5 = 20",
         "Medium Term Financial Strategy approved February 2025; monthly budget monitoring to "
         "CMT; reserves policy; quarterly reporting to Cabinet.", "4 x 4 = 16", "↔", "3 x 4 = 12", [
            ("Deliver the 2026/27 budget savings programme (£1.2m) and report progress monthly to CMT.",
             "Assistant Director Finance", ["Assistant Director Finance"], "31/03/2026", "2026-03",
             None, "Amber"),
            ("Refresh the Medium Term Financial Strategy to 2030/31, including a revised reserves strategy.",
             "Executive Director Finance", ["Executive Director Finance"], "Feb-26", "2026-02",
             None, "Green"),
        ]),
        ("CR2 Cyber Security and Data Loss", "Assistant Director People", "4 x 5 = 20",
         "Firewalls and endpoint protection; multi-factor authentication for all users; "
         "offline backups tested quarterly.", "3 x 5 = 15", "↓", "2 x 5 = 10", [
            ("Complete migration of the remaining on-premises servers to the cloud and decommission "
             "legacy infrastructure.", "Head of ICT", ["Head of ICT"], "Q1 2026/27", "2026-06",
             None, "Amber"),
            ("Achieve Public Services Network (PSN) compliance re-certification.",
             "Head of ICT", ["Head of ICT"], "30/11/2025", "2025-11", None, "Complete"),
            ("Run mandatory phishing awareness training for all staff and Members, with quarterly "
             "simulation exercises.", "Head of ICT / HR Manager", ["Head of ICT", "HR Manager"],
             "Ongoing – quarterly", None, "Ongoing – quarterly", "Green"),
        ]),
        ("CR3 Housing Regulatory Compliance", "Assistant Director Neighbourhoods", "4 x 4 = 16",
         "Landlord compliance dashboard reported monthly; Tenant Consultative Group oversight; "
         "self-referral made to the Regulator of Social Housing.", "4 x 4 = 16", "↔", "2 x 4 = 8", [
            ("Complete outstanding fire risk assessment remedial actions in the high-rise blocks.",
             "Assistant Director Assets", ["Assistant Director Assets"], "Mar-26", "2026-03",
             None, "Red"),
            ("Commission a 100% stock condition survey of council homes.",
             "Assistant Director Assets", ["Assistant Director Assets"], "31/07/2026", "2026-07",
             None, "Green"),
        ]),
        ("CR4 Town Centre Regeneration (Future High Streets Fund)", "Assistant Director Growth and Regeneration",
         "3 x 4 = 12", "Programme board meets monthly; independent cost consultant; funding "
         "agreement monitoring returns.", "3 x 3 = 9", "↓", "2 x 3 = 6", [
            ("Agree the revised delivery programme for the Enterprise Quarter with MHCLG and update "
             "the project risk log.", "Assistant Director Growth and Regeneration",
             ["Assistant Director Growth and Regeneration"], "Dec-25", "2025-12", None, "Complete"),
        ]),
        ("CR5 Workforce Capacity and Succession", "Chief Executive", "3 x 4 = 12",
         "Workforce Strategy 2024–2027; apprenticeship programme; exit interviews analysed by CMT.",
         "3 x 3 = 9", "↑", "2 x 3 = 6", [
            ("Implement the Workforce Strategy action plan, including a market supplement review for "
             "hard-to-fill posts.", "Head of People", ["Head of People"], "30/06/2026", "2026-06",
             None, "Green"),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Tamworth Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=15)
    ws["A3"] = "Reported to Audit and Governance Committee, 29 January 2026"
    ws["A3"].font = Font(italic=True)
    heads = ["Risk", "Risk Owner", "Inherent Risk (L x I)", "Key Controls in Place",
             "Current Risk (L x I)", "Direction of Travel", "Target Risk",
             "Further Actions Required", "Action Owner", "Target Date", "Action Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    actions = []
    for (risk, owner, inh, ctrl, cur, dot, tgt, acts) in risks:
        start = r
        for j, v in enumerate([risk, owner, inh, ctrl, cur, dot, tgt]):
            ws.cell(row=r, column=1 + j, value=v)
        ws.cell(row=r, column=1).font = Font(bold=True)
        for (text, leadcell, leads, due, end, end_text, st) in acts:
            for j, v in enumerate([text, leadcell, due, st]):
                ws.cell(row=r, column=8 + j, value=v)
            ws.cell(row=r, column=11).fill = fill(st_fill[st])
            for j in range(1, 12):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BOX
            a = {"ref": None, "under": [risk], "action": text, "lead": leads, "end": end,
                 "status": st_word[st]}
            if end_text:
                a["end_text"] = end_text
            actions.append(a)
            r += 1
        if r - 1 > start:
            for col in range(1, 8):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    notes = ["Scoring: Likelihood (L) x Impact (I), each scored 1–5. 15–25 High; 8–12 Medium; 1–6 Low.",
             "Direction of travel since Quarter 2: ↑ increased, ↔ unchanged, ↓ reduced.",
             "Action status: Complete; Green – on track; Amber – some slippage, within tolerance; "
             "Red – significant slippage."]
    for n in notes:
        ws.cell(row=r, column=1, value=n).font = Font(italic=True, size=9)
        r += 1
    for j, w in enumerate([26, 20, 11, 40, 11, 10, 10, 46, 24, 13, 11]):
        ws.column_dimensions["ABCDEFGHIJK"[j]].width = w

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    for i in range(5):
        L = 5 - i
        mx.cell(row=3 + i, column=1, value=f"Likelihood {L}")
        for I in range(1, 6):
            s = L * I
            c = mx.cell(row=3 + i, column=1 + I, value=s)
            c.fill = fill("red" if s >= 15 else "amber" if s >= 8 else "green")
    for I in range(1, 6):
        mx.cell(row=8, column=1 + I, value=f"Impact {I}")
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates a district council corporate/strategic risk register reported quarterly "
                "to an Audit and Governance Committee (the form used by Tamworth BC and many "
                "Staffordshire districts: risk, owner, inherent and residual L x I scores, controls, "
                "direction of travel, further actions with owner and date). No file copied. "
                "Copied features: title block, risk cells merged vertically over several further "
                "actions, score and controls columns that are not actions, arrows for direction of "
                "travel, job titles as action owners (one cell with two), dates as 31/03/2026, "
                "Feb-26, Q1 2026/27 and 'Ongoing – quarterly', action status as word plus fill, "
                "notes/key lines under the table, a second sheet with the scoring matrix."),
        reads=("One register sheet with five corporate risks; each risk's cells are merged down "
               "over its further mitigating actions, which are the actions (nine, unnumbered), "
               "read under the risk. Status is the action status word (Complete, Green, Amber, "
               "Red). A second sheet holds only the scoring matrix."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Put text in a cell; inner '\n' become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    run.font.size = Pt(size)
    for part in parts[1:]:
        p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Newport City Council - Audit Wales recommendations tracker (docx)
# ---------------------------------------------------------------------------
def newport():
    fname = "fg2-newport-city-council-audit-wales-recommendations-tracker.docx"
    title = "Audit Wales Recommendations Tracker"
    status = {"Complete": "blue", "On track": "green", "Slippage": "amber", "Not achieved": "red"}
    reports = [
        ("1. Financial Sustainability Review (Audit Wales, October 2024)",
         "Audit Wales reviewed the Council’s arrangements for securing financial sustainability "
         "over the medium term and made two recommendations.", [
            ("R1 The Council should strengthen its medium-term financial planning by setting out "
             "how it will close the forecast budget gap over the period of the MTFP.", [
                ("1.1", "Develop a savings and transformation pipeline covering 2025/26 to 2028/29 "
                        "and report progress quarterly to Cabinet.",
                 "Head of Finance", ["Head of Finance"], "March 2025", "September 2025",
                 "2025-09", "Complete"),
                ("1.2", "Include scenario modelling and sensitivity analysis on pay, inflation and "
                        "demand in the MTFP.",
                 "Head of Finance; Chief Accountant", ["Head of Finance", "Chief Accountant"],
                 "February 2025", "", "2025-02", "Complete"),
            ]),
            ("R2 The Council should improve the information provided to members on the delivery "
             "of approved savings.", [
                ("1.3", "Add a savings delivery tracker, with a RAG rating by directorate, to the "
                        "quarterly revenue monitoring report.",
                 "Chief Accountant", ["Chief Accountant"], "June 2025", "January 2026",
                 "2026-01", "Slippage"),
            ]),
        ]),
        ("2. Digital Strategy Review (Audit Wales, May 2025)",
         "The review considered whether the Council’s Digital Strategy is helping it to achieve "
         "its well-being objectives. Two recommendations were made.", [
            ("R1 The Council should set out clear measures of success for its Digital Strategy so "
             "that it can assess the impact of its digital investment.", [
                ("2.1", "Develop a digital outcomes framework with baseline measures and targets.",
                 "Head of People, Policy and Transformation",
                 ["Head of People, Policy and Transformation"], "December 2025", "", "2025-12",
                 "On track"),
                ("2.2", "Report progress against the framework annually to the Overview and "
                        "Scrutiny Management Committee.",
                 "Digital Services Manager", ["Digital Services Manager"], "31 July 2026", "",
                 "2026-07", "On track"),
            ]),
            ("R2 The Council should assess the digital skills of its workforce and members and put "
             "in place a plan to address any gaps.", [
                ("2.3", "Carry out a digital skills survey of all staff and elected members.",
                 "Digital Services Manager / HR Business Partner",
                 ["Digital Services Manager", "HR Business Partner"], "Sept 2025", "November 2025",
                 "2025-11", "Complete"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Newport City Council")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Governance and Audit Committee – 27 November 2025")
    doc.add_paragraph("Position as at 31 October 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Owner", "Summary of changes"),
                             ("1.0", "10/07/2025", "Performance and Programme Manager", "Q1 update"),
                             ("2.0", "31/10/2025", "Performance and Programme Manager",
                              "Q2 update; Digital Strategy Review added")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph().add_run("Status key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (w, desc) in enumerate([
            ("Complete", "Blue – action completed and evidence provided"),
            ("On track", "Green – action progressing to the agreed date"),
            ("Slippage", "Amber – behind the original date; revised date agreed by the Strategic Leadership Team"),
            ("Not achieved", "Red – action will not be delivered as agreed")]):
        set_cell(t.cell(i, 0), w, bold=True)
        shade(t.cell(i, 0), FILL[status[w]])
        set_cell(t.cell(i, 1), desc)

    actions = []
    heads = ["Ref", "Recommendation", "Agreed action", "Responsible officer",
             "Original target date", "Revised target date", "Status"]
    for heading, intro, recs in reports:
        doc.add_heading(heading, level=1)
        doc.add_paragraph(intro)
        n = sum(len(a) for _, a in recs)
        t = doc.add_table(rows=1 + n, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        i = 1
        for rec, acts in recs:
            start = i
            for (ref, text, leadcell, leads, orig, rev, end, st) in acts:
                set_cell(t.cell(i, 0), ref)
                set_cell(t.cell(i, 2), text)
                set_cell(t.cell(i, 3), leadcell)
                set_cell(t.cell(i, 4), orig)
                set_cell(t.cell(i, 5), rev)
                set_cell(t.cell(i, 6), st)
                shade(t.cell(i, 6), FILL[status[st]])
                actions.append({"ref": ref, "under": [heading, rec], "action": text,
                                "lead": leads, "end": end, "status": status[st]})
                i += 1
            c = t.cell(start, 1)
            if i - 1 > start:
                c = c.merge(t.cell(i - 1, 1))
            set_cell(c, rec)
    doc.add_paragraph("")
    doc.add_paragraph("Progress commentary for each action is held on the Council’s performance "
                      "management system and is available to members on request.")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the Audit Wales recommendations trackers Welsh councils take to their "
                "Governance and Audit Committee each quarter (e.g. the Monmouthshire, Bridgend and "
                "Neath Port Talbot 'Audit Wales work programme: council progress' reports). "
                "Newport's own tracker was not found; no file copied. Copied features: council name "
                "and title, committee date line, document control table, status key table with "
                "shaded words, one section heading per Audit Wales report with an intro paragraph "
                "and its own table, recommendation text (R1, R2 numbered afresh in each report) "
                "merged vertically over its agreed actions, original and revised target dates, "
                "job titles as leads (one title containing commas, two cells with two posts), "
                "closing note."),
        reads=("Two Audit Wales reviews, each a heading with a table of recommendations and the "
               "Council's numbered agreed actions (1.1–1.3, 2.1–2.3). Status words follow the key "
               "(Complete blue, On track green, Slippage amber); where a revised target date is "
               "given it is the end. The document control and key tables are not the plan."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 5. Pembrokeshire CC - CIW performance evaluation inspection, adult services (docx)
# ---------------------------------------------------------------------------
def pembrokeshire():
    fname = "fg2-pembrokeshire-cc-ciw-adult-services-performance-evaluation-action-plan.docx"
    title = "Adult Services Improvement Action Plan"
    principles = [
        ("1. People – voice and control", [
            ("The local authority should ensure people’s views, wishes and personal outcomes are "
             "consistently recorded in assessments and care and support plans.", [
                ("1.1", "Refresh the ‘What Matters’ conversation guidance and deliver practice "
                        "workshops for all community teams.",
                 "Principal Officer – Practice Development",
                 ["Principal Officer – Practice Development"], "December 2025", "2025-12", "green"),
                ("1.2", "Introduce a quarterly case file audit focused on personal outcomes, with "
                        "findings reported to the Adult Services Quality Assurance Panel.\n"
                        "The first audit cycle will include the Mental Health and Learning "
                        "Disability teams.",
                 "Head of Adult Services / Quality Assurance Manager",
                 ["Head of Adult Services", "Quality Assurance Manager"], "Q3 2025/26", "2025-12",
                 "amber"),
            ]),
            ("The local authority should ensure the Welsh language ‘active offer’ is consistently "
             "made and recorded.", [
                ("1.3", "Add a mandatory active offer field to the WCCIS assessment template and "
                        "monitor compliance monthly.",
                 "Systems and Performance Manager", ["Systems and Performance Manager"],
                 "31/01/2026", "2026-01", "green"),
            ]),
        ]),
        ("2. Prevention", [
            ("The local authority should reduce waiting times for occupational therapy "
             "assessments.", [
                ("2.1", "Implement a trusted assessor model with care providers for minor "
                        "equipment and adaptations.",
                 "OT Service Manager", ["OT Service Manager"], "March 2026", "2026-03", "amber"),
                ("2.2", "Recruit to two vacant occupational therapist posts and one OT assistant "
                        "post.",
                 "OT Service Manager", ["OT Service Manager"], "October 2025", "2025-10", "blue"),
            ]),
        ]),
        ("3. Well-being", [
            ("The local authority should ensure unpaid carers are offered an assessment in their "
             "own right and that support plans reflect their needs.", [
                ("3.1", "Re-commission the carers’ assessment and support service with a single "
                        "point of access for carers.",
                 "Commissioning Manager", ["Commissioning Manager"], "June 2026", "2026-06",
                 "green"),
            ]),
        ]),
        ("4. Partnerships and integration", [
            ("The local authority and Hywel Dda University Health Board should strengthen joint "
             "arrangements for hospital discharge.", [
                ("4.1", "Agree a joint discharge to recover then assess (D2RA) operating policy "
                        "with Hywel Dda University Health Board.",
                 "Head of Adult Services; Director of Operations (HDUHB)",
                 ["Head of Adult Services", "Director of Operations (HDUHB)"], "February 2026",
                 "2026-02", "red"),
                ("4.2", "Establish a daily multi-agency discharge huddle at Withybush General "
                        "Hospital.",
                 "Hospital Social Work Team Manager", ["Hospital Social Work Team Manager"],
                 "September 2025", "2025-09", "blue"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Pembrokeshire County Council – Social Services")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Response to the Care Inspectorate Wales (CIW) Performance Evaluation "
                      "Inspection of Adult Services")
    doc.add_paragraph("Version 3 – updated November 2025. Monitored by the Adult Services "
                      "Improvement Board and reported to the Social Care Overview and Scrutiny "
                      "Committee.")
    doc.add_paragraph("The areas for improvement are grouped under the four principles of the "
                      "Social Services and Well-being (Wales) Act 2014, as in the CIW letter.")

    doc.add_paragraph().add_run("RAG key").bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (col, desc) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "Some delay – within tolerance"),
                                     ("red", "Significant concern – escalated")]):
        shade(t.cell(i, 0), FILL[col])
        set_cell(t.cell(i, 1), desc)

    doc.add_paragraph("")
    heads = ["No.", "Area for improvement", "Action", "Lead", "Timescale", "RAG"]
    nrows = 1 + sum(1 + sum(len(a) for _, a in afis) for _, afis in principles)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BDD7EE")
    i = 1
    actions = []
    for principle, afis in principles:
        c = t.cell(i, 0).merge(t.cell(i, 5))
        set_cell(c, principle, bold=True, size=10)
        shade(c, "DEEAF6")
        i += 1
        for afi, acts in afis:
            start = i
            for (ref, text, leadcell, leads, when, end, rag) in acts:
                set_cell(t.cell(i, 0), ref)
                set_cell(t.cell(i, 2), text)
                set_cell(t.cell(i, 3), leadcell)
                set_cell(t.cell(i, 4), when)
                shade(t.cell(i, 5), FILL[rag])
                actions.append({"ref": ref, "under": [principle, afi], "action": text,
                                "lead": leads, "end": end, "status": rag})
                i += 1
            c = t.cell(start, 1)
            if i - 1 > start:
                c = c.merge(t.cell(i - 1, 1))
            set_cell(c, afi)
    doc.add_paragraph("")
    doc.add_paragraph("Note: timescales given as a quarter refer to the 2025/26 financial year. "
                      "Evidence of completion is held by the Adult Services Business Support Unit.")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source=("Imitates the action plans Welsh councils publish after a Care Inspectorate Wales "
                "performance evaluation inspection of adult services (2023–25 round; e.g. those "
                "reported by Ceredigion, Gwynedd and Swansea to scrutiny). Pembrokeshire's adult "
                "plan was not found; no file copied. Copied features: service line and title, "
                "version/monitoring paragraph, RAG key table of coloured cells, one table with "
                "the four Social Services and Well-being (Wales) Act principles as merged shaded "
                "rows, CIW area for improvement merged vertically over its actions, a continuation "
                "paragraph inside an action cell, leads as posts (two in one cell, split by '/' and "
                "';'), timescales as month names, a quarter and a dd/mm/yyyy date, RAG shown by "
                "shading only, notes line."),
        reads=("One plan table grouped under the four principles; under each principle, CIW's "
               "areas for improvement sit merged beside eight numbered actions. RAG cells carry "
               "colour only and the key reads blue as complete. One action runs over two "
               "paragraphs in its cell; 'Q3 2025/26' is December 2025."),
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. Cannock Chase DC - internal audit recommendations tracker, CSV (refuse)
# ---------------------------------------------------------------------------
def cannock():
    fname = "fg2-cannock-chase-dc-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    title = "Internal Audit Recommendations Tracker – Position at 31 October 2025"
    rows = [
        ["Cannock Chase District Council"],
        [title],
        ["Audit and Governance Committee – 19 November 2025"],
        [],
        ["Audit", "Audit Year", "Assurance Opinion", "Rec No.", "Priority", "Recommendation",
         "Agreed Action", "Responsible Officer", "Original Due Date", "Revised Due Date",
         "Status", "Update"],
        ["Creditors", "2024/25", "Reasonable", "1", "Medium",
         "Supplier bank detail changes should be independently verified by call-back to a known contact before being processed.",
         "Call-back verification to be made mandatory and evidenced on the change form.",
         "Exchequer Services Manager", "31/03/2025", "30/06/2025", "Implemented",
         "Procedure note updated and spot-checked by Internal Audit in July."],
        ["Creditors", "2024/25", "Reasonable", "2", "Low",
         "Duplicate payment reports should be run and reviewed before each payment run.",
         "Duplicate payment report to be added to the payment run checklist.",
         "Exchequer Services Manager", "30/04/2025", "", "Implemented", ""],
        ["Council Tax Support", "2024/25", "Limited", "1", "High",
         "Change of circumstances notifications should be processed within the 14-day target and performance reported monthly.",
         "Recovery plan for the processing backlog and monthly KPI report to the Head of Finance.",
         "Revenues and Benefits Manager", "30/06/2025", "31/12/2025", "In progress",
         "Backlog reduced from 1,250 to 410 items."],
        ["Council Tax Support", "2024/25", "Limited", "2", "Medium",
         "A sample of awards should be checked each month by a senior officer.",
         "Monthly 2% quality check to be introduced and recorded.",
         "Benefits Team Leader", "31/05/2025", "Febuary 2026", "In progress",
         "Quality check template drafted; resource to be confirmed."],
        ["Cyber Security", "2025/26", "Limited", "1", "High",
         "Leavers' network accounts should be disabled on their last working day.",
         "Automated leaver process between HR system and Active Directory.",
         "ICT Manager / HR Manager", "30/09/2025", "", "Overdue",
         "Interface tested; go-live delayed by system upgrade."],
        ["Cyber Security", "2025/26", "Limited", "2", "Medium",
         "Privileged accounts should be reviewed quarterly.",
         "Quarterly privileged access review to be scheduled and minuted.",
         "ICT Manager", "31/10/2025", "", "Implemented", "First review held 14 October 2025."],
        ["Housing Repairs", "2025/26", "Reasonable", "1", "Medium",
         "Post-inspections of responsive repairs should cover at least 10% of completed jobs.",
         "Post-inspection target and sampling method to be set out in the repairs policy.",
         "Head of Housing and Partnerships", "31/01/2026", "", "Not yet due", ""],
        ["Housing Repairs", "2025/26", "Reasonable", "3", "Low",
         "Contractor performance meetings should be minuted with actions tracked.",
         "Standard agenda and action log to be introduced.",
         "Housing Repairs Manager", "30/11/2025", "", "Not yet due", ""],
        [],
        ["Summary", "Implemented: 3", "In progress: 2", "Overdue: 1", "Not yet due: 2", "Total: 8"],
    ]
    path = os.path.join(HERE, fname)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    # line number (1-based) of the mistyped month
    with open(path, encoding="utf-8") as f:
        bad = [n for n, line in enumerate(f, 1) if "Febuary 2026" in line]
    assert len(bad) == 1
    write_expected(
        fname,
        source=("Imitates the internal audit recommendation trackers district councils attach to "
                "Audit and Governance Committee reports (e.g. North Devon's and West Lancashire's "
                "outstanding recommendations tables), exported to CSV. Cannock Chase's own "
                "tracker was not found; no file copied. Copied features: title lines above the "
                "header, one row per recommendation with audit name, year, assurance opinion, "
                "priority, recommendation and agreed action, original and revised due dates, "
                "status words, update column, a summary line of totals."),
        reads=("A CSV export of eight outstanding internal audit recommendations from four audits, "
               "each with its agreed action, responsible officer and original/revised dates. The "
               "revised due date of Council Tax Support rec 2 reads 'Febuary 2026', a mistyped "
               "month in an end cell, so a careful reader stops there and asks."),
        outcome="refuse", title=title, refuse_at=bad[0])


# ---------------------------------------------------------------------------
# 7. Orkney Islands Council - Best Value improvement action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def orkney():
    fname = "fg2-orkney-islands-council-best-value-improvement-action-plan.txt"
    title = "Best Value Improvement Action Plan"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    themes = [
        ("Financial sustainability", [
            ("The council should set out how it will use its Strategic Reserve Fund and close the "
             "forecast funding gap of £27 million to 2028, halting the unplanned use of reserves.", [
                ("1a", "Agree a Strategic Reserve Fund investment and drawdown policy with clear "
                       "criteria for use.", "Head of Finance", ["Head of Finance"],
                 "March 2025", "2025-03", None, "B", "Policy approved by Council on 4 March 2025."),
                ("1b", "Prepare a balanced five-year Medium-Term Financial Plan, with savings "
                       "options identified by service.", "Head of Finance", ["Head of Finance"],
                 "31 March 2026", "2026-03", None, "A",
                 "Savings options of £6.1m identified against a £9.4m target; member workshops in "
                 "December."),
            ]),
        ]),
        ("Capital programme", [
            ("The council should improve its management of capital projects, with more realistic "
             "budgets and timescales.", [
                ("2a", "Introduce a gateway review process for all capital projects over £1 million.",
                 "Head of Property, Asset Management and Facilities",
                 ["Head of Property, Asset Management and Facilities"], "31 Dec 2025", "2025-12",
                 None, "G", "Gateway process drafted; first reviews on two ferry terminal projects."),
                ("2b", "Report capital slippage and reprofiled budgets quarterly to the Policy and "
                       "Resources Committee.", "Head of Finance", ["Head of Finance"],
                 "Q3 2025/26", "2025-12", None, "A",
                 "Q1 report delayed to align with the revised capital strategy."),
            ]),
        ]),
        ("Climate change", [
            ("The council should set out how it will meet its net zero targets, with costed "
             "actions and milestones.", [
                ("3a", "Publish a costed Climate Change Strategy and delivery plan.",
                 "Climate Change Officer / Head of Planning and Community Protection",
                 ["Climate Change Officer", "Head of Planning and Community Protection"],
                 "June 2026 (revised from Dec 2025)", "2026-06", None, "R",
                 "Costing work paused while the officer post was vacant; post filled September 2025."),
                ("3b", "Establish a cross-party Climate Change Member Officer Working Group.",
                 "Head of Improvement and Performance", ["Head of Improvement and Performance"],
                 "September 2025", "2025-09", None, "B", "First meeting held 11 September 2025."),
            ]),
        ]),
        ("Transformation and workforce", [
            ("The council should urgently improve the delivery of its transformation programme and "
             "address its recruitment and retention challenges.", [
                ("4a", "Establish a Transformation Programme Board supported by a dedicated "
                       "programme management office.", "Chief Executive", ["Chief Executive"],
                 "30/06/2024", "2024-06", None, "B", "Board meeting monthly since June 2024."),
                ("4b", "Implement the Workforce Plan 2024–2027, including a “grow our own” "
                       "apprenticeship scheme for hard-to-fill posts.",
                 "Head of HR and Organisational Development",
                 ["Head of HR and Organisational Development"], "Ongoing", None, "Ongoing", "G",
                 "14 apprentices in post across six services."),
            ]),
        ]),
    ]
    lines = [
        "Orkney Islands Council",
        title,
        "Response to the Controller of Audit’s Best Value report and the Accounts Commission’s "
        "findings (February 2024)",
        "Progress to 30 September 2025 – report to Monitoring and Audit Committee",
        "",
        "\t".join(["Ref", "Recommendation", "Improvement action", "Lead officer", "Target date",
                   "RAG", "Progress update"]),
    ]
    actions = []
    for theme, recs in themes:
        lines.append(theme + "\t\t\t\t\t\t")
        for rec, acts in recs:
            first = True
            for (ref, text, leadcell, leads, when, end, end_text, r, upd) in acts:
                lines.append("\t".join([ref, rec if first else "", text, leadcell, when, r, upd]))
                first = False
                a = {"ref": ref, "under": [theme, rec], "action": text, "lead": leads,
                     "end": end, "status": rag[r]}
                if end_text:
                    a["end_text"] = end_text
                actions.append(a)
    lines += ["",
              "RAG key: B = complete; G = on track; A = some slippage; R = significant slippage "
              "or not achievable as planned",
              "Prepared by the Improvement and Performance team, October 2025"]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(
        fname,
        source=("Imitates a Scottish council's Best Value improvement action plan answering the "
                "Controller of Audit's Best Value report and the Accounts Commission's findings "
                "(Orkney's BV report was published February 2024 and called for financial "
                "planning, capital project management, climate change and transformation "
                "improvements), saved as a tab-separated text export from a spreadsheet. No file "
                "copied. Copied features: title lines, header row, theme rows on their own, the "
                "recommendation written once on its first action row and left blank on the next "
                "(an exported merged cell), action refs 1a/1b, leads as posts (one title with "
                "commas, one cell with two posts), mixed target dates including a quarter, a "
                "revised date in brackets and 'Ongoing', RAG letters with a key line at the foot."),
        reads=("Eight improvement actions under four themes, each pair answering one Best Value "
               "recommendation that is written only on its first row and carries down to the "
               "second. RAG letters follow the key (B complete). Target 'June 2026 (revised from "
               "Dec 2025)' ends in June 2026; 'Ongoing' has no end month."),
        outcome="read", title=title, actions=actions)


if __name__ == "__main__":
    solihull()
    sandwell()
    tamworth()
    newport()
    pembrokeshire()
    cannock()
    orkney()
    print("built 7 cases in", HERE)
