"""Build the seven xw- blind test files (set heldout562).

Run with: /work/main/.venv/bin/python xw_make.py
Writes the data files next to this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex8):
    return PatternFill("solid", start_color=hex8, end_color=hex8)


RAG_FILL = {
    "R": "FFFF0000",
    "A": "FFFFC000",
    "G": "FF00B050",
    "B": "FF0070C0",
}

# ---------------------------------------------------------------------------
# 1. Ysgol Hen Felin - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------

HENFELIN_TITLE = "Ysgol Hen Felin – Post-Inspection Action Plan"
HENFELIN = [
    ("R1: Improve the consistency of teaching so that all pupils make strong progress in their communication skills", [
        ("1.1", "Establish a programme of peer observation and joint lesson planning, focusing on the use of signing, symbols and total communication approaches in every class.",
         "Deputy Headteacher", "Autumn term 2024",
         "All classes observed twice; consistent use of total communication seen in learning walks", "Headteacher – learning walks", "B"),
        ("1.2", "Provide Makaton and PECS refresher training for all teaching assistants, including those appointed since September 2023.",
         "SaLT lead / ALNCo", "Spring term 2025",
         "100% of TAs trained; training log kept", "ALNCo – training log", "G"),
        ("1.3", "Introduce half-termly scrutiny of communication targets in pupils' IDPs, with findings reported to the standards committee of the governing body.",
         "Headteacher; Chair of Standards Committee", "Sept 2024 – July 2025",
         "IDP targets are specific and reviewed; most pupils meet their communication targets", "Standards committee minutes", "G"),
    ]),
    ("R2: Strengthen self-evaluation and improvement planning so that leaders identify precisely the areas that need to improve", [
        ("2.1", "Revise the school's self-evaluation calendar so that first-hand evidence (learning walks, listening to learners, scrutiny of work) is gathered and analysed each term.",
         "Headteacher", "September 2024",
         "Calendar in place and followed; SER updated termly", "Governing body", "B"),
        ("2.2", "Train middle leaders in analysing pupil progress data from the school's tracking system and in writing precise, measurable targets.",
         "Deputy Headteacher / LA Challenge Adviser", "February 2025",
         "Middle leaders' reports identify clear priorities", "LA Challenge Adviser visit notes", "A"),
    ]),
    ("R3: Ensure that the governing body holds leaders to account robustly for the quality of provision and pupils' standards", [
        ("3.1", "Arrange governor training on their role in school improvement, including the use of data and first-hand evidence.",
         "Clerk to Governors", "Autumn term 2024",
         "All governors attended; training evaluated", "Chair of Governors", "B"),
        ("3.2", "Link governors to carry out termly visits aligned to the PIAP recommendations and report findings to the full governing body.",
         "Chair of Governors", "Ongoing – termly",
         "Visit reports show governors challenge leaders", "Full governing body", "G"),
    ]),
]
DOCX_RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


def make_henfelin(path):
    doc = Document()
    h = doc.add_heading(HENFELIN_TITLE, level=0)
    doc.add_paragraph(
        "Estyn core inspection: 4–7 March 2024. Plan agreed by the governing body on 20 May 2024 "
        "and reviewed termly with Rhondda Cynon Taf County Borough Council.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "Ysgol Hen Felin, Ystrad, Rhondda Cynon Taf"),
        ("Headteacher", "Mrs Catrin Howells"),
        ("Chair of Governors", "Mr Gareth Pugh"),
        ("Local authority officer", "Senior Challenge Adviser, Central South Consortium"),
        ("Version / date", "v1.3 – progress update, 9 June 2025"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Progress key (RAG)").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("B", "Complete – success criteria met"), ("G", "On track"),
                          ("A", "Some slippage – additional support agreed"), ("R", "Not on track")]:
        row = k.add_row().cells
        set_cell(row[0], code, bold=True)
        shade(row[0], DOCX_RAG[code])
        set_cell(row[1], meaning)
    for rec, actions in HENFELIN:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale",
                                            "Success criteria", "Monitoring", "RAG"]):
            set_cell(c, lab, bold=True)
            shade(c, "D9E2F3")
        for ref, act, lead, when, sc, mon, rag in actions:
            row = t.add_row().cells
            for c, v in zip(row, [ref, act, lead, when, sc, mon, rag]):
                set_cell(c, v)
            shade(row[6], DOCX_RAG[rag])
    doc.add_paragraph()
    doc.add_paragraph(
        "Notes: Progress against this plan is reported to the full governing body each term and to the "
        "local authority's Schools Causing Concern panel. Estyn monitoring visit expected autumn 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 2. Mourneview Care Home - RQIA QIP action plan (docx)
# ---------------------------------------------------------------------------

MOURNE_TITLE = "Mourneview Care Home – Quality Improvement Plan"
MOURNE = [
    ("Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005", [
        ("The registered person shall ensure that the infection prevention and control issues identified during this inspection are addressed, with particular reference to the storage of equipment in communal bathrooms and the cleaning of shower chairs.",
         "Regulation 13 (7)\nStated: First time", [
             ("R1.1", "All communal bathrooms decluttered; equipment now stored in the designated store on each unit. Daily environmental walkaround by the nurse in charge to check compliance.",
              "Registered Manager & Head Housekeeper", "28 February 2025", "Completed"),
             ("R1.2", "Cleaning schedule for shower chairs and hoist slings revised and signed off by domestic staff each shift; monthly IPC audit to include these items.",
              "Head Housekeeper", "31/03/2025", "Completed"),
         ]),
        ("The registered person shall ensure that repositioning charts are accurately completed in accordance with the patients' assessed needs and care plans.",
         "Regulation 12 (1) (a) and (b)\nStated: Second time", [
             ("R2.1", "Supervision sessions held with all registered nurses and care assistants on record keeping for repositioning.",
              "Deputy Manager / Clinical Lead", "End of March 2025", "Completed"),
             ("R2.2", "Weekly audit of repositioning records on each unit, with outcomes discussed at the monthly governance meeting.",
              "Mrs Aine McCartan (Registered Manager)", "Immediate and ongoing", "Green"),
         ]),
    ]),
    ("Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)", [
        ("The registered person shall ensure that the daily menu is displayed in a suitable format and that patients are offered a choice of meal at each mealtime.",
         "Standard 12\nStated: First time", [
             ("S1.1", "Pictorial menu boards purchased and installed in both dining rooms; catering staff to update the boards daily.",
              "Catering Manager", "30/04/2025", "Green"),
         ]),
        ("The registered person shall ensure that all staff complete mandatory training in adult safeguarding and that compliance is monitored.",
         "Standard 39\nStated: First time", [
             ("S2.1", "Training matrix reviewed; staff with outstanding adult safeguarding training booked onto sessions with the Southern Trust adult safeguarding team.",
              "Administrator; Registered Manager", "June 2025", "Amber"),
             ("S2.2", "Compliance with mandatory training to be reported in the monthly Regulation 29 monitoring report.",
              "Responsible Individual", "Monthly", "Green"),
         ]),
    ]),
]
MOURNE_STATUS_FILL = {"Completed": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def make_mourne(path):
    doc = Document()
    doc.add_heading(MOURNE_TITLE, level=1)
    doc.add_paragraph(
        "Following the RQIA unannounced care inspection on 11 and 12 February 2025. The areas for improvement "
        "below are taken from the Quality Improvement Plan in the RQIA inspection report; this action plan "
        "records how the home is addressing them.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Registered Provider", "Mourne Care Group Ltd"),
                 ("Responsible Individual", "Mr Declan Rooney"),
                 ("Registered Manager", "Mrs Aine McCartan"),
                 ("Inspection ID", "IN046312"),
                 ("Plan updated", "2 May 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Completed – action complete and evidenced | Green – on track | "
                      "Amber – behind timescale, action in hand | Red – not progressing")
    for section, afis in MOURNE:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, lab in zip(t.rows[0].cells, ["Area for improvement", "Ref / stated", "No.",
                                            "Action taken / planned", "Responsible person",
                                            "Date to be completed", "Status"]):
            set_cell(c, lab, bold=True)
            shade(c, "DEEAF6")
        for afi_text, afi_ref, actions in afis:
            first = len(t.rows)
            for no, act, who, when, status in actions:
                row = t.add_row().cells
                for c, v in zip(row[2:], [no, act, who, when, status]):
                    set_cell(c, v)
                shade(row[6], MOURNE_STATUS_FILL[status])
            last = len(t.rows) - 1
            a = t.cell(first, 0)
            b = t.cell(first, 1)
            if last > first:
                a = a.merge(t.cell(last, 0))
                b = b.merge(t.cell(last, 1))
            set_cell(a, afi_text)
            set_cell(b, afi_ref)
    doc.add_paragraph()
    doc.add_paragraph("Total areas for improvement: 4 (Regulations 2, Standards 2)")
    s = doc.add_table(rows=0, cols=4)
    s.style = "Table Grid"
    for vals in [("Completed by", "Aine McCartan, Registered Manager", "Date", "2 May 2025"),
                 ("Reviewed by", "Declan Rooney, Responsible Individual", "Date", "6 May 2025")]:
        row = s.add_row().cells
        for c, v in zip(row, vals):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Midlothian HSCP Highbank - Care Inspectorate improvement plan (xlsx)
# ---------------------------------------------------------------------------

HIGHBANK_TITLE = "Highbank Intermediate Care – Care Inspectorate Improvement Plan"
# (key question band, [(type, requirement text, [actions])])
# action: (no, action, lead, original, revised, progress, prev_rag, current_fill)
HIGHBANK = [
    ("Key question 1: How well do we support people's wellbeing?", [
        ("Requirement 1",
         "By 28 February 2025, the provider must ensure that people receive their medication safely and as prescribed. To do this, the provider must, at a minimum:\na) ensure that protocols are in place for all 'as required' medication; and\nb) ensure that medication administration records are accurately completed.",
         [
             ("1.1", "Introduce PRN protocols for every person prescribed 'as required' medication, reviewed on admission and at the weekly MDT.",
              "Charge Nurse / Pharmacy Technician", D(2025, 1, 31), None,
              "Protocols in place for all current residents; checked in February audit.", "A", "B"),
             ("1.2", "Monthly medication audit by the NHS Lothian pharmacy team, with actions tracked through the Highbank clinical governance group.",
              "Lead Pharmacist (Midlothian HSCP)", D(2025, 2, 28), D(2025, 4, 30),
              "First two audits completed; recording errors reduced from 14 to 3. Date revised as pharmacy capacity delayed start.", "R", "G"),
         ]),
        ("Area for improvement 1",
         "To support people's health and wellbeing, the provider should ensure that falls risk assessments are reviewed following each fall and that post-falls actions are recorded.",
         [
             ("1.3", "Update the post-falls protocol and huddle tool; staff briefing at each shift handover for two weeks.",
              "Senior Charge Nurse", D(2024, 12, 1), None,
              "Protocol updated and briefings delivered.", "G", "B"),
         ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Requirement 2",
         "By 31 March 2025, the provider must ensure that quality assurance systems are effective in identifying and addressing areas for improvement.",
         [
             ("2.1", "Develop a quality assurance framework and audit calendar covering care planning, medication, infection control and the environment.",
              "Service Manager (Intermediate Care)", D(2025, 3, 31), D(2025, 6, 30),
              "Draft framework at SMT 10 June; audit calendar being tested.", "A", "A"),
             ("2.2", "Introduce monthly quality assurance reporting to the HSCP Senior Management Team.",
              "Service Manager (Intermediate Care)", D(2025, 4, 30), None,
              "Reports provided April, May and June.", "G", "G"),
         ]),
        ("Area for improvement 2",
         "The provider should ensure that people and their families are involved in evaluating the service, and that feedback is used to inform improvement.",
         [
             ("2.3", "Introduce a 'what matters to you' discharge questionnaire and a quarterly feedback report.",
              "Team Leader – Reablement", "Q1 2025/26", None,
              "", None, None),
         ]),
    ]),
    ("Key question 3: How good is our staff team?", [
        ("Area for improvement 3",
         "The provider should ensure that staff receive regular supervision in line with the organisation's policy.",
         [
             ("3.1", "Agree a supervision schedule for all nursing and care staff, recorded on the team's supervision tracker.",
              "Senior Charge Nurse; Team Leader – Reablement", D(2025, 1, 31), None,
              "Schedule agreed; 92% of staff supervised in last quarter.", "A", "B"),
             ("3.2", "Report supervision compliance to the monthly staff governance meeting.",
              "Service Manager (Intermediate Care)", "Ongoing", None,
              "Standing item from February 2025.", "G", "G"),
         ]),
    ]),
]


def make_highbank(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Midlothian Health and Social Care Partnership"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = HIGHBANK_TITLE
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Service"
    cov["B4"] = "Highbank Intermediate Care, Eskbank (care home service)"
    cov["A5"] = "Inspection"
    cov["B5"] = "Unannounced inspection 22–24 October 2024; report published 3 December 2024"
    cov["A6"] = "Plan owner"
    cov["B6"] = "Service Manager (Intermediate Care)"
    cov["A8"] = "Document control"
    cov["A8"].font = Font(bold=True)
    for i, (v, d, a, ch) in enumerate([
            ("Version", "Date", "Author", "Changes"),
            ("0.1", D(2024, 12, 16), "Service Manager", "First draft following report"),
            ("1.0", D(2025, 1, 9), "Service Manager", "Approved by HSCP SMT"),
            ("1.4", D(2025, 6, 17), "Service Manager", "June progress update")], start=9):
        for col, val in zip("ABCD", (v, d, a, ch)):
            c = cov[f"{col}{i}"]
            c.value = val
            c.border = BOX
            if isinstance(val, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 9:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["D"].width = 34

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:J1")
    ws["A1"] = HIGHBANK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 17/06/2025.  Current RAG is shown by colour – see RAG Key sheet."
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "Type", "Requirement / area for improvement", "Action", "Lead",
           "Original target date", "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF305496")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for band, reqs in HIGHBANK:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        c.fill = fill("FFD9E1F2")
        r += 1
        for typ, text, actions in reqs:
            first = r
            for no, act, lead, orig, rev, prog, prev, cur in actions:
                vals = [no, None, None, act, lead, orig, rev, prog, prev, None]
                for col, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if (no == "1.3") else "dd/mm/yyyy"
                if prev:
                    ws.cell(row=r, column=9).fill = fill(RAG_FILL[prev])
                if cur:
                    ws.cell(row=r, column=10).fill = fill(RAG_FILL[cur])
                r += 1
            last = r - 1
            ws.cell(row=first, column=2, value=typ).alignment = WRAP
            ws.cell(row=first, column=3, value=text).alignment = WRAP
            if last > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    for label, n, f in [("Complete (blue)", 3, "B"), ("On track (green)", 3, "G"),
                        ("Some slippage (amber)", 1, "A"), ("Off track (red)", 0, "R"),
                        ("Not yet rated", 1, None)]:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=3, value=n)
        if f:
            ws.cell(row=r, column=2).fill = fill(RAG_FILL[f])
    r += 1
    ws.cell(row=r, column=1, value="Total actions")
    ws.cell(row=r, column=3, value=8)
    for col, w in zip("ABCDEFGHIJ", [6, 14, 48, 48, 26, 12, 12, 40, 9, 9]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (f, t) in enumerate([("B", "Blue – complete and evidenced"), ("G", "Green – on track"),
                                ("A", "Amber – some slippage, expected by revised date"),
                                ("R", "Red – off track, escalated to SMT"),
                                (None, "No colour – not yet started / not rated")], start=2):
        if f:
            key.cell(row=i, column=1).fill = fill(RAG_FILL[f])
        key.cell(row=i, column=2, value=t)
    key.column_dimensions["B"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Sport NI - NIAO RTTCWG recommendations tracker (xlsx)
# ---------------------------------------------------------------------------

SPORTNI_TITLE = "Sport Northern Ireland – NIAO Report to Those Charged with Governance: Recommendations Tracker"
SPORTNI = [
    ("2023-24 Report to Those Charged with Governance (issued October 2024)", [
        ("2023-24/1", 2,
         "Sport NI should ensure that the fixed asset register is reconciled to the general ledger on a quarterly basis and that reconciliations are independently reviewed.",
         "Quarterly reconciliation of the fixed asset register to the general ledger introduced from Q3 2024-25, reviewed and signed by the Head of Finance.",
         "Finance Manager", D(2024, 12, 31), None,
         "Q3 and Q4 reconciliations completed and reviewed.", "Implemented", "B"),
        ("2023-24/2", 1,
         "Sport NI should strengthen its monitoring of Exchequer-funded capital grants to ensure that grant conditions are met before payments are released.",
         "Grant monitoring procedures to be revised to require verification visits for all capital awards over £100,000 before the final payment is released.",
         "Director of Sport / Head of Investment", D(2025, 3, 31), D(2025, 9, 30),
         "Revised procedures drafted; verification visit programme agreed for 2025-26 awards. Target revised to allow consultation with DfC.",
         "Partially implemented", "A"),
        ("2023-24/3", 2,
         "Management should ensure that all staff declarations of interest are completed annually and that the register of interests is published.",
         "Annual declaration exercise to be run each April, with the register published on the Sport NI website by the end of June.",
         "Board Secretary", "June 2025", None,
         "2025 exercise launched 7 April; 88% returned.", "Not yet due", "G"),
        ("2023-24/4", 3,
         "Sport NI should review user access rights to the finance system on a six-monthly basis.",
         "Six-monthly user access review to be built into the IT security schedule.",
         "Head of Digital & ICT", "Ongoing – six-monthly", None,
         "First review completed January 2025.", "Partially implemented", "G"),
    ]),
    ("Brought forward: 2022-23 Report to Those Charged with Governance", [
        ("2022-23/2", 2,
         "Sport NI should update its Business Continuity Plan and test it at least annually.",
         "Business Continuity Plan refreshed and approved by SMT; desktop test exercise to be held with the Sports Institute NI.",
         "Head of Corporate Governance", D(2024, 3, 31), D(2024, 10, 31),
         "Desktop exercise held 22 October 2024; lessons learned report to ARAC.", "Implemented", "B"),
        ("2022-23/4", 2,
         "Sport NI should complete the review of its procurement policy to reflect the Procurement Act 2023.",
         "Revised Procurement Policy to be brought to ARAC for approval once Central Procurement Directorate guidance is finalised.",
         "Head of Finance", D(2024, 9, 30), D(2026, 3, 31),
         "Delayed – CPD guidance not yet issued; interim guidance note circulated to staff.", "Not implemented", "R"),
    ]),
]


def make_sportni(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = SPORTNI_TITLE
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Position reported to the Audit and Risk Assurance Committee, 19 March 2025"
    s["A4"] = "Status (RAG)"
    for i, h in enumerate(["Priority 1", "Priority 2", "Priority 3", "Total"], start=2):
        s.cell(row=4, column=i, value=h).font = Font(bold=True)
    s["A4"].font = Font(bold=True)
    rows = [("Blue – implemented", 0, 2, 0, 2), ("Green – on track", 0, 1, 1, 2),
            ("Amber – revised date", 1, 0, 0, 1), ("Red – overdue", 0, 1, 0, 1),
            ("Total", 1, 4, 1, 6)]
    for i, vals in enumerate(rows, start=5):
        for j, v in enumerate(vals, start=1):
            s.cell(row=i, column=j, value=v)
    s["A11"] = "Priority key"
    s["A11"].font = Font(bold=True)
    s["A12"] = "Priority 1 – issues of significant importance to the system of internal control"
    s["A13"] = "Priority 2 – important issues to be addressed by management"
    s["A14"] = "Priority 3 – issues of a housekeeping nature / best practice"
    s.column_dimensions["A"].width = 28

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:J1")
    t["A1"] = SPORTNI_TITLE
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "RAG: B = implemented; G = on track / not yet due; A = behind original target, revised date agreed; R = overdue or significantly delayed"
    hdr = ["Ref", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer",
           "Target date", "Revised target date", "Progress update (March 2025)", "Implementation status", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFBDD7EE")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for band, recs in SPORTNI:
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = t.cell(row=r, column=1, value=band)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F4E78")
        r += 1
        for ref, pr, rec, mr, lead, tgt, rev, prog, impl, rag in recs:
            for col, v in enumerate([ref, pr, rec, mr, lead, tgt, rev, prog, impl, rag], start=1):
                c = t.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            t.cell(row=r, column=10).fill = fill(RAG_FILL[rag])
            r += 1
    for col, w in zip("ABCDEFGHIJ", [11, 8, 50, 50, 24, 12, 12, 40, 18, 6]):
        t.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 5. Moray IJB - strategic risk register (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------

MORAY_TITLE = "Moray Integration Joint Board – Strategic Risk Register 2025/26"
# risk: (id, title/description, owner, inherent, current, target, trend, [actions])
# action: (text, owner, target date text, status)
MORAY = [
    ("SR01", "Financial sustainability\nThe IJB is unable to deliver a balanced budget over the medium term, leading to reduced services.",
     "Chief Financial Officer", 20, 20, 12, "↔", [
         ("Deliver the 2025/26 savings plan of £4.1m, with monthly monitoring at the Senior Management Team.", "Chief Financial Officer", "March 2026", "Amber"),
         ("Refresh the Medium Term Financial Framework and present to the IJB.", "Chief Financial Officer", "November 2025", "Green"),
     ]),
    ("SR02", "Workforce\nInsufficient staff to meet demand across health and social care, particularly care at home and community nursing.",
     "Chief Officer", 20, 16, 12, "↓", [
         ("Implement the Integrated Workforce Plan 2025–2028 actions for recruitment to care at home.", "Head of Service – Community Care", "December 2025", "Green"),
         ("Extend the international recruitment programme for registered nurses with NHS Grampian.", "Chief Nurse, Moray", "Febuary 2026", "Amber"),
         ("Review use of agency staff and report quarterly to the Audit, Performance and Risk Committee.", "Head of Service – Community Care", "Quarterly", "Green"),
     ]),
    ("SR03", "Delayed discharge and system flow\nPeople remain in hospital longer than necessary because community capacity is not available.",
     "Head of Service – Community Care", 16, 16, 9, "↔", [
         ("Expand the Hospital to Home service to a seven-day model.", "Service Manager – Hospital to Home", "October 2025", "Red"),
         ("Implement Discharge without Delay actions agreed with Dr Gray's Hospital.", "Head of Service – Community Care / Hospital General Manager", "March 2026", "Green"),
     ]),
    ("SR04", "Clinical and care governance\nFailure to identify and act on quality and safety concerns across delegated services.",
     "Chief Nurse, Moray", 15, 10, 8, "↓", [
         ("Embed the revised Clinical and Care Governance Framework and reporting schedule.", "Chief Nurse, Moray", "September 2025", "Blue"),
     ]),
]


def make_moray(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws.merge_cells("A1:K1")
    ws["A1"] = MORAY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 August 2025 – reported to the Audit, Performance and Risk Committee, 25 September 2025"
    ws["A3"] = "Scores are likelihood (1–5) × impact (1–5): 1–4 Low; 5–10 Medium; 12–15 High; 16–25 Very High. Trend: ↑ increasing ↔ no change ↓ decreasing."
    hdr = ["Risk ID", "Risk title and description", "Risk owner", "Inherent score", "Current score",
           "Target score", "Trend", "Further actions required", "Action owner", "Target date", "Action status"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF375623")
        c.alignment = WRAP
        c.border = BOX
    score_fill = lambda s: fill("FFFF0000") if s >= 16 else fill("FFFFC000") if s >= 12 else fill("FFFFFF00") if s >= 5 else fill("FF92D050")
    status_fill = {"Red": "R", "Amber": "A", "Green": "G", "Blue": "B"}
    r = 6
    rows_of = {}
    for rid, desc, owner, inh, cur, tgt, trend, actions in MORAY:
        first = r
        for text, aown, date, status in actions:
            for col, v in enumerate([None, None, None, None, None, None, None, text, aown, date, status], start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=11).fill = fill(RAG_FILL[status_fill[status]])
            rows_of[text] = r
            r += 1
        last = r - 1
        for col, v in enumerate([rid, desc, owner, inh, cur, tgt, trend], start=1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col in (4, 5, 6):
                c.fill = score_fill(v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Next full review of the register: IJB development session, December 2025.")
    for col, w in zip("ABCDEFGHIJK", [8, 44, 22, 9, 9, 9, 7, 52, 30, 14, 11]):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (likelihood × impact)"
    m["A1"].font = Font(bold=True)
    m["A2"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        m.cell(row=i + 2, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            c = m.cell(row=i + 2, column=j + 1, value=i * j)
            c.fill = score_fill(i * j)
    wb.save(path)
    return rows_of


# ---------------------------------------------------------------------------
# 6. Dumfries and Galloway IJB - Audit and Risk Committee action log (csv)
# ---------------------------------------------------------------------------

DG_TITLE = "Dumfries and Galloway Integration Joint Board – Audit and Risk Committee: Rolling Action Log"
DG_HEADER = ["Action No.", "Meeting date", "Minute ref", "Action", "Responsible officer", "Due date", "RAG", "Update"]
DG = [
    ("ARC/24/07", "05/12/2024", "6.1", "Chief Internal Auditor to bring a follow-up report on the Self-Directed Support audit, including progress on the three high-risk recommendations.",
     "Chief Internal Auditor", "March 2025", "B", "Follow-up report presented 13/03/2025. Action complete – remove from log."),
    ("ARC/24/09", "05/12/2024", "8", "Refresh the IJB Strategic Risk Register, including a new risk on the sustainability of commissioned care at home providers.",
     "Chief Officer / Chief Finance Officer", "30/06/2025", "A", "New care at home risk drafted; full refresh to follow the IJB development session."),
    ("ARC/25/02", "13/03/2025", "5", "Confirm to members the timetable for the 2024/25 unaudited annual accounts and the external audit plan.",
     "Chief Finance Officer", "Jun-25", "B", "Timetable circulated to members by email 2 April 2025."),
    ("ARC/25/03", "13/03/2025", "7.2", "Provide a briefing on the assurance arrangements for services hosted by NHS Dumfries and Galloway on behalf of the IJB.",
     "Head of Strategic Planning and Performance", "Sep-25", "G", "Briefing scheduled for the September meeting."),
    ("ARC/25/05", "12/06/2025", "4", "Arrange a development session for committee members on the Best Value duties of the IJB.",
     "Board Secretary", "By 31 October 2025", "G", "Date being arranged with Audit Scotland."),
    ("ARC/25/06", "12/06/2025", "6", "Report the outcome of the directions compliance review, with any directions not being implemented as issued highlighted to the committee.",
     "Chief Officer", "December 2025", "G", ""),
    ("ARC/25/07", "12/06/2025", "9", "Include performance against the delayed discharge trajectory in every quarterly performance report to the committee.",
     "Performance and Intelligence Manager", "Ongoing", "G", "Included from Q1 2025/26 report."),
    ("ARC/25/08", "12/06/2025", "10", "Complete the annual review of the Audit and Risk Committee terms of reference and self-assessment checklist.",
     "Board Secretary; Chair of the Committee", "30/09/2025", "R", "Not started – checklist not yet issued to members."),
]


def make_dg(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        blank = [""] * len(DG_HEADER)
        w.writerow([DG_TITLE] + [""] * (len(DG_HEADER) - 1))
        w.writerow(["Updated following the meeting of 12 June 2025. Completed actions (Blue) are removed after they have been reported once."] + [""] * (len(DG_HEADER) - 1))
        w.writerow(["RAG key: B = complete; G = on track / not yet due; A = due date revised; R = overdue"] + [""] * (len(DG_HEADER) - 1))
        w.writerow(blank)
        w.writerow(DG_HEADER)
        for row in DG:
            w.writerow(list(row))
        w.writerow(blank)
        w.writerow(["Open actions: 6   Complete: 2"] + [""] * (len(DG_HEADER) - 1))


# ---------------------------------------------------------------------------
# 7. Meddygfa Gyffin - HIW GP inspection improvement plan (txt, tab-separated)
# ---------------------------------------------------------------------------

GYFFIN_TITLE = "Meddygfa Gyffin – HIW Inspection Improvement Plan"
GYFFIN = [
    ("Quality of the patient experience", [
        ("The practice must ensure that the practice leaflet and website are available bilingually, in line with the Welsh Language Standards.",
         "Health and Care Quality Standards 2023 – Person-centred",
         "Practice leaflet translated and uploaded to the website in Welsh and English; Welsh-language signage ordered for reception.",
         "Practice Manager", "31/03/2025"),
        ("The practice should review telephone access arrangements to reduce waiting times at 8am.",
         "Health and Care Quality Standards 2023 – Timely",
         "Cloud-based telephony with a call-back function to be installed; release of on-the-day appointments staggered across the day.",
         "Practice Manager / Cluster IT Lead", "June 2025"),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must ensure that emergency drugs and equipment are checked weekly and that checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "Weekly checklist introduced and kept with the emergency trolley; checks audited monthly by the lead nurse.",
         "Lead Nurse", "Immediate"),
        ("The practice must ensure that all clinical staff have completed safeguarding training at the level appropriate to their role.",
         "Health and Care Quality Standards 2023 – Safe",
         "Training records reviewed; GPs and nurses without level 3 safeguarding training booked onto the BCUHB course.",
         "Dr E Hughes (Safeguarding Lead)", "End of April 2025"),
        ("The practice should ensure that significant events are discussed at practice meetings and that learning is shared with all staff.",
         "Health and Care Quality Standards 2023 – Effective",
         "Significant events to be a standing item at the monthly practice meeting, with minutes circulated to all staff.",
         "Practice Manager & GP Partners", "March 2025"),
    ]),
    ("Quality of management and leadership", [
        ("The practice must ensure that policies and procedures are reviewed and include a review date.",
         "Health and Care Quality Standards 2023 – Leadership",
         "All practice policies to be reviewed, version controlled and stored on the shared drive, with a register of review dates.",
         "Assistant Practice Manager", "Sept 2025"),
        ("The practice should ensure that all staff receive an annual appraisal.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Appraisal schedule agreed for all non-clinical staff for 2025-26.",
         "Practice Manager", "Q1 2025/26"),
    ]),
]


def make_gyffin(path):
    lines = [
        GYFFIN_TITLE,
        "Service: Meddygfa Gyffin, Conwy (Betsi Cadwaladr University Health Board)",
        "Date of inspection: 14 January 2025",
        "",
        "Appendix B – Immediate improvement plan",
        "No immediate assurance issues were identified on this inspection.",
        "",
        "Appendix C – Improvement plan",
        "The table below sets out the improvements identified during the inspection and the actions the practice is taking.",
        "",
        "\t".join(["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]),
    ]
    for section, rows in GYFFIN:
        lines.append(section)
        for row in rows:
            lines.append("\t".join(row))
    lines += [
        "",
        "Service representative",
        "Name (print):\tSian Roberts",
        "Job role:\tPractice Manager",
        "Date:\t20/02/2025",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


FILES = {
    "henfelin": "xw-ysgol-hen-felin-estyn-post-inspection-action-plan.docx",
    "mourne": "xw-mourneview-care-home-kilkeel-rqia-care-inspection-quality-improvement-plan.docx",
    "highbank": "xw-midlothian-hscp-highbank-intermediate-care-care-inspectorate-improvement-plan.xlsx",
    "sportni": "xw-sport-ni-niao-report-to-those-charged-with-governance-recommendations-tracker.xlsx",
    "moray": "xw-moray-ijb-strategic-risk-register-2025-26-typo-month-refuse.xlsx",
    "dg": "xw-dumfries-and-galloway-ijb-audit-and-risk-committee-action-log.csv",
    "gyffin": "xw-meddygfa-gyffin-hiw-gp-inspection-improvement-plan.txt",
}


def main():
    p = lambda k: os.path.join(HERE, FILES[k])
    make_henfelin(p("henfelin"))
    make_mourne(p("mourne"))
    make_highbank(p("highbank"))
    make_sportni(p("sportni"))
    rows = make_moray(p("moray"))
    make_dg(p("dg"))
    make_gyffin(p("gyffin"))
    return rows


if __name__ == "__main__":
    rows = main()
    for k, v in FILES.items():
        print(v)
