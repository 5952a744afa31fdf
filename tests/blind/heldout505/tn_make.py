"""Build the seven tn- blind test files (set heldout505).

Run with /work/main/.venv/bin/python tn_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("tn-")
    return os.path.join(HERE, name)


def fill(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
GREY, HEAD = "D9D9D9", "1F3864"


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Surrey Fire and Rescue Service - Fire Standards implementation tracker
# ---------------------------------------------------------------------------
def surrey_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Surrey Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=16, color=HEAD)
    ws["A2"] = "Fire Standards Implementation Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Prepared for: Service Leadership Team (SLT) and the Fire Standards assurance group"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.4", "02/09/2024", "Assurance and Improvement Manager",
         "Gap analyses for Fire Investigation and Safeguarding added"),
        ("0.5", "11/11/2024", "Assurance and Improvement Manager",
         "Revised target dates agreed at SLT on 5 November 2024"),
        ("1.0", "13/01/2025", "Assurance and Improvement Manager", "Q3 2024/25 update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    for col, w in zip("ABCD", (12, 14, 36, 60)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    key_rows = [
        (BLUE, "Complete – action closed and evidence accepted by the assurance group"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – recoverable within the quarter"),
        (RED, "Off track – escalated to SLT"),
        (None, "No colour – not started"),
    ]
    for i, (colour, text) in enumerate(key_rows):
        c = key.cell(row=3 + i, column=1)
        c.border = BOX
        if colour:
            c.fill = fill(colour)
        key.cell(row=3 + i, column=2, value=text)
    key.column_dimensions["A"].width = 8
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Fire Standards Implementation Tracker – Q3 2024/25 update"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Status as at 13 January 2025. RAG is shown by cell colour – see the RAG key sheet."
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Gap identified (self-assessment)", "Action", "Action owner",
               "Target date", "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX

    # (row, kind, data)
    layout = [
        (5, "band", "Fire Standard: Safeguarding"),
        (6, "act", ("SG1",
                    "No single record of safeguarding training completion for on-call staff; completion cannot be evidenced.",
                    "Add the safeguarding Level 2 modules to the LearnPro record for all on-call staff and report completion monthly to the Safeguarding Board.",
                    "Head of Learning and Development", d(2024, 10, 31), None, BLUE,
                    "Complete. Completion at 94% (December 2024); reporting now part of the monthly people dashboard.")),
        (7, "act", ("SG2", None,
                    "Deliver refresher safeguarding briefings at each on-call station drill night.",
                    "Station Commanders (On-call) / Safeguarding Lead", d(2024, 12, 31), d(2025, 3, 31), AMBER,
                    "18 of 25 stations complete; remaining briefings scheduled February–March.")),
        (8, "act", ("SG3",
                    "Safeguarding referrals made after Safe and Well visits are not routinely quality assured.",
                    "Introduce a quarterly dip-sample of 20 safeguarding referrals, with findings reported to the Safeguarding Board.",
                    "Safeguarding Lead", d(2025, 2, 28), None, GREEN,
                    "First dip-sample completed in December 2024.")),
        (9, "band", "Fire Standard: Fire Investigation"),
        (10, "act", ("FI1",
                     "Not all fire investigation officers hold the Level 4 qualification required by the Standard.",
                     "Fund and enrol the remaining four Level 3 fire investigation officers on the Level 4 Diploma in Fire Investigation.",
                     "Group Manager – Fire Investigation", d(2025, 6, 30), None, GREEN,
                     "Three enrolled; fourth place confirmed for the April cohort.")),
        (11, "act", ("FI2", None,
                     "Agree a secondment arrangement with Surrey Police Scientific Services so that fire investigators keep their scene examination CPD current.",
                     "Group Manager – Fire Investigation", d(2024, 9, 30), d(2025, 1, 31), RED,
                     "Draft MoU with Surrey Police legal services; delayed by data-sharing clauses. Escalated to SLT 06/01/2025.")),
        (12, "band", "Fire Standard: Emergency Response Driving"),
        (13, "act", ("ERD1",
                     "Revalidation of blue-light drivers is overdue for 11% of drivers.",
                     "Schedule all overdue revalidations and set automatic reminders in Gartan 90 days before each licence assessment expires.",
                     "Driver Training Manager", d(2025, 3, 31), None, None,
                     "Not started – awaiting the Gartan upgrade (phase 2).")),
        (14, "act", ("ERD2",
                     "Driver training records are held in two systems.",
                     "Migrate legacy driver training records into LearnPro and decommission the spreadsheet register.",
                     "Driver Training Manager; ICT Business Partner", "TBC", None, AMBER,
                     "Data cleanse under way; migration date depends on the LearnPro contract extension.")),
        (15, "band", "Fire Standard: Leading the Service"),
        (16, "act", ("LS1",
                     "The Code of Ethics is not yet embedded in middle manager appraisals.",
                     "Add the Code of Ethics behaviours to the appraisal template for Watch Manager to Group Manager roles.",
                     "Head of People Services", d(2025, 4, 30), None, GREEN,
                     "Template drafted; consultation with the FBU and UNISON in February.")),
    ]
    for row, kind, data in layout:
        if kind == "band":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            c = ws.cell(row=row, column=1, value=data)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            continue
        ref, gap, action, owner, target, revised, rag, update = data
        vals = [ref, gap, action, owner, target, revised, None, update]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=row, column=7).fill = fill(rag)
    # gap text shared by two actions: merged vertically
    ws.merge_cells("B6:B7")
    ws.merge_cells("B10:B11")
    ws["A18"] = "Summary: Complete 1 | On track 3 | Some slippage 2 | Off track 1 | Not started 1 | Total 8"
    ws["A18"].font = Font(bold=True)
    ws["A19"] = "Note: where a revised target date has been agreed by SLT, progress is measured against the revised date."
    ws["A19"].font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 38, 52, 30, 13, 13, 7, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("tn-surrey-fire-rescue-service-fire-standards-implementation-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. The Royal Marsden NHS Foundation Trust - Board of Directors action log
# ---------------------------------------------------------------------------
def royal_marsden():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "The Royal Marsden NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Board of Directors (meeting held in public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting of 29 January 2025"
    ws["A4"] = "Key: B = complete (proposed for closure)   G = on track   A = at risk of delay   R = overdue"
    ws["A4"].font = Font(italic=True)
    headers = ["No.", "Meeting", "Action", "Lead", "Original due", "Revised due", "RAG", "Update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    open_rows = [
        ("BoD-131", d(2024, 9, 26),
         "Bring a deep dive on the 62-day cancer waiting times standard for urology to the Board, including the recovery trajectory agreed with NHS England.",
         "Chief Operating Officer", d(2024, 11, 1), d(2025, 3, 1), "A",
         "Deferred to the March Board so that validated Q3 data can be included."),
        ("BoD-138", d(2024, 11, 28),
         "Circulate the outcome of the well-led self-assessment to all Board members ahead of the February development session.",
         "Company Secretary", d(2025, 1, 1), None, "B",
         "Circulated 17/01/2025. Propose closure."),
        ("BoD-140", d(2024, 11, 28),
         "Provide assurance on the resilience of the Sutton site electrical infrastructure following the October power outage, including the open actions from the post-incident review.",
         "Chief Financial Officer; Director of Estates and Facilities", d(2025, 3, 1), None, "G",
         "Post-incident review report goes to the Audit Committee on 20/02/2025."),
        ("BoD-142", d(2024, 11, 28),
         "Include nursing vacancy and agency usage by ward in the Integrated Performance Report from the next quarter.",
         "Chief Nurse", d(2025, 4, 1), None, "G", None),
        ("BoD-147", d(2025, 1, 29),
         "Arrange a Board visit to the Oak Cancer Centre and the new CAR-T cell therapy unit.",
         "JW/EC", d(2025, 5, 1), None, "G", "Dates being confirmed with the non-executive directors."),
        ("BoD-149", d(2025, 1, 29),
         "Report back on the 2024 NHS Staff Survey results, including the actions for the three lowest-scoring questions on bullying and harassment.",
         "Chief People Officer", "TBC", None, None, "New action."),
    ]
    for i, (no, meet, action, lead, due, rev, rag, upd) in enumerate(open_rows):
        r = 7 + i
        vals = [no, meet, action, lead, due, rev, rag, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j)
            if v is not None:
                c.value = v
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if j == 1 else "mmm-yy"
        if rag:
            ws.cell(row=r, column=7).fill = fill(rag_fill[rag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
    for col, w in zip("ABCDEFGH", (10, 12, 60, 30, 11, 11, 6, 45)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed at the meeting of 29 January 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    headers = ["No.", "Meeting", "Action", "Lead", "Due", "Status", "Closure note"]
    for j, h in enumerate(headers):
        c = ws2.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
    closed_rows = [
        ("BoD-126", d(2024, 7, 25),
         "Share the Green Plan progress report with the Council of Governors.",
         "Chief Financial Officer", d(2024, 9, 1), "Closed",
         "Presented to the Council of Governors on 10/10/2024."),
        ("BoD-135", d(2024, 9, 26),
         "Confirm the timetable for the Freedom to Speak Up annual self-review and bring the completed review tool to the Board.",
         "Chief Executive", d(2025, 1, 1), "Closed",
         "Self-review received at this meeting (item 4.3)."),
    ]
    for i, vals in enumerate(closed_rows):
        for j, v in enumerate(vals):
            c = ws2.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy" if j == 1 else "mmm-yy"
    for col, w in zip("ABCDEFG", (10, 12, 60, 26, 10, 10, 45)):
        ws2.column_dimensions[col].width = w
    wb.save(out("tn-royal-marsden-nhsft-board-of-directors-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 3. Notting Hill Genesis - strategic risk register (typo month -> refuse)
# ---------------------------------------------------------------------------
def notting_hill_genesis():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risks"
    ws["A1"] = "Notting Hill Genesis"
    ws["A1"].font = Font(bold=True, size=14, color="6A1B9A")
    ws["A2"] = "Strategic Risk Register – Board, Q3 2024/25 (as at 31 December 2024)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Scores: Likelihood (L) x Impact (I), each 1–5. Residual RAG: Red 15–25, "
                "Amber 8–12, Green 1–6. Direction: ↑ increasing, ↔ stable, ↓ reducing.")
    ws["A3"].font = Font(italic=True)
    headers = ["Risk ID", "Risk", "Risk owner", "Inherent (L x I)", "Key controls",
               "Further actions", "Action owner", "Due", "Residual (L x I)", "Residual RAG", "Direction"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.border = BOX
        c.alignment = WRAP
    risks = [
        ("SR1",
         "Building safety: failure to identify and remediate fire and structural safety defects in higher-risk buildings, leading to harm to residents and regulatory action.",
         "Chief Operating Officer", "5 x 5 = 25",
         "Building Safety Case programme; fire risk assessment schedule; Accountable Person arrangements under the Building Safety Act 2022.",
         [("Complete the Building Safety Case reports for the remaining 14 higher-risk buildings.",
           "Director of Building Safety", d(2025, 3, 1)),
          ("Procure a second remediation framework contractor for external wall works.",
           "Director of Building Safety / Head of Procurement", "Febuary 2025"),
          ("Launch the resident engagement strategy for building safety in all higher-risk buildings.",
           "Head of Resident Engagement", d(2025, 6, 1))],
         "4 x 5 = 20", "Red", "↔"),
        ("SR2",
         "Damp and mould: homes with damp and mould hazards are not identified and repaired in time, and the organisation cannot meet Awaab’s Law timescales from October 2025.",
         "Chief Operating Officer", "4 x 5 = 20",
         "Damp and mould policy; dedicated damp and mould team; weekly case review meeting.",
         [("Implement the Awaab’s Law response procedure and train all repairs call handlers in hazard triage.",
           "Director of Repairs", d(2025, 9, 1)),
          ("Complete stock condition surveys for 100% of homes and load the results into the asset database.",
           "Director of Asset Management", d(2026, 3, 1))],
         "3 x 5 = 15", "Red", "↓"),
        ("SR3",
         "Financial resilience: rising costs and lower sales income reduce headroom against the interest cover covenant.",
         "Chief Financial Officer", "4 x 4 = 16",
         "Long-term financial plan approved by Board; monthly covenant monitoring; golden rules in Treasury Policy.",
         [("Deliver the £30m cost reduction programme for 2024/25 and report progress monthly to the Finance Committee.",
           "Chief Financial Officer", d(2025, 3, 1)),
          ("Refresh the stress-testing of the long-term financial plan, including a combined downside scenario.",
           "Director of Treasury", d(2025, 5, 1))],
         "3 x 4 = 12", "Amber", "↔"),
        ("SR4",
         "Regulatory compliance: failure to meet the Regulator of Social Housing’s consumer standards and evidence this through the tenant satisfaction measures.",
         "Director of Governance and Regulation", "3 x 5 = 15",
         "Consumer standards assurance framework; Customer Committee oversight; quarterly TSM reporting.",
         [("Complete the consumer standards self-assessment and present the evidence pack to the Customer Committee.",
           "Director of Governance and Regulation", d(2025, 4, 1))],
         "2 x 5 = 10", "Amber", "↔"),
    ]
    rag_fill = {"Red": RED, "Amber": AMBER, "Green": GREEN}
    r = 6
    for rid, risk, owner, inh, controls, actions, res, rag, direction in risks:
        first, last = r, r + len(actions) - 1
        for k, (act, who, due) in enumerate(actions):
            for j, v in enumerate((act, who, due)):
                c = ws.cell(row=r + k, column=6 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
        for col, v in ((1, rid), (2, risk), (3, owner), (4, inh), (5, controls),
                       (9, res), (10, rag), (11, direction)):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=10).fill = fill(rag_fill[rag])
        r = last + 1
    ws.cell(row=r + 1, column=1, value="Risks reviewed by the Audit and Risk Committee on 4 February 2025 and by the Board on 26 February 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJK", (8, 45, 22, 12, 40, 50, 30, 12, 12, 10, 9)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk heat map – Q3 2024/25"
    hm["A1"].font = Font(bold=True)
    for i, (lbl, n) in enumerate((("Red", 2), ("Amber", 2), ("Green", 0), ("Total strategic risks", 4))):
        hm.cell(row=3 + i, column=1, value=lbl)
        hm.cell(row=3 + i, column=2, value=n)
    wb.save(out("tn-notting-hill-genesis-strategic-risk-register-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Stockwell Lodge Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def stockwell_lodge():
    doc = Document()
    doc.add_paragraph("Stockwell Lodge Medical Centre", style="Title")
    doc.add_heading("CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Cheshunt, Hertfordshire")
    doc.add_paragraph("Inspection date: 23 April 2024    Report published: 18 June 2024    "
                      "Overall rating: Requires improvement")

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate((("Prepared by", "Practice Manager"),
                                ("Approved by", "Partners’ meeting, 2 July 2024"),
                                ("Last updated", "14 January 2025"))):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)

    doc.add_paragraph("Status key: Complete (blue) · On track (green) · At risk (amber) · "
                      "Behind (red) · Not started")

    def plan_table(col2_title, groups):
        n = 1 + sum(len(g[1]) for g in groups)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", col2_title, "Action", "Lead", "Target date", "Status"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "DCE6F1")
        r = 1
        for heading, actions in groups:
            first = r
            for ref, action, lead, target, status in actions:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), action)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), target)
                set_cell(t.cell(r, 5), status)
                r += 1
            top = t.cell(first, 1)
            if r - 1 > first:
                top = top.merge(t.cell(r - 1, 1))
            set_cell(top, heading)
        return t

    doc.add_heading("Requirement notices (must do)", level=2)
    plan_table("Regulation breached / what we must do", [
        ("Regulation 12 Safe care and treatment: Ensure care and treatment is provided in a safe way to patients.", [
            ("M1.1", "Complete a full review of all patients prescribed methotrexate and lithium to confirm that the required blood monitoring is up to date, and recall any patient who is overdue.",
             "Dr R Patel (Prescribing lead)", "31/07/2024", "Complete"),
            ("M1.2", "Set up monthly EMIS searches for high-risk medicines monitoring and record the outcome in the clinical governance log.",
             "Clinical Pharmacist / Prescribing lead", "Ongoing – monthly", "On track"),
            ("M1.3", "Audit all medication reviews coded in the last 12 months for quality and retrain clinicians where the review was incomplete.",
             "Lead GP", "30/09/2024 (revised 31/12/2024)", "Complete"),
        ]),
        ("Regulation 17 Good governance: Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.", [
            ("M2.1", "Introduce a practice risk register covering premises, staffing and clinical risks, reviewed at the monthly partners’ meeting.",
             "Practice Manager", "31/08/2024", "Complete"),
            ("M2.2", "Make sure all staff complete mandatory training (safeguarding, infection prevention and control, basic life support and fire safety) and track completion on the training matrix.",
             "Practice Manager & Nurse Manager", "31/10/2024", "At risk"),
        ]),
    ])

    doc.add_heading("Areas where the practice should improve (should do)", level=2)
    plan_table("Should do", [
        ("Continue to improve the uptake of cervical screening and childhood immunisations.", [
            ("S1", "Run a Saturday morning immunisation and cervical screening clinic once a month and send text reminders to eligible patients who have not attended.",
             "Nurse Manager", "End of March 2025", "On track"),
        ]),
        ("Improve patient satisfaction with telephone access.", [
            ("S2", "Install the cloud-based telephony system with call-back and queue position, and repeat the in-house access survey three months after go-live.",
             "Practice Manager", "December 2024", "Complete"),
        ]),
        ("Take action to identify and support carers.", [
            ("S3", "Add a carers’ question to the new patient registration form and appoint a carers’ champion from the reception team.",
             "Reception Manager", "31/03/2025", "Not started"),
        ]),
    ])

    doc.add_paragraph("Next review: partners’ meeting, February 2025. Evidence for completed actions "
                      "is held in the CQC evidence folder on the practice shared drive.")
    doc.save(out("tn-stockwell-lodge-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Chiltern Hills Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def chiltern_hills():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Chiltern Hills Academy")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Post-Ofsted Action Plan 2024–25", style="Title")
    doc.add_paragraph("Inspection: 12–13 March 2024 | Report published: 24 April 2024")
    doc.add_heading("What does the school need to do to improve?", level=2)
    for afi in ("Sequencing of the key stage 3 curriculum in some subjects",
                "Attendance of disadvantaged pupils",
                "Provider access (careers) requirements"):
        doc.add_paragraph(afi, style="List Bullet")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some concerns; R – significant "
                      "concerns; blank – not yet started")

    rag_colour = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def priority_table(title, afi, actions):
        t = doc.add_table(rows=3 + len(actions), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, title, bold=True, size=12)
        shade(top, "C6D9F1")
        set_cell(t.cell(1, 0), "Area for improvement", bold=True)
        a = t.cell(1, 1).merge(t.cell(1, 5))
        set_cell(a, afi)
        for j, h in enumerate(["No.", "Action", "Lead", "By when", "Monitoring", "RAG"]):
            set_cell(t.cell(2, j), h, bold=True)
            shade(t.cell(2, j), "F2F2F2")
        for i, (no, action, lead, when, monitoring, rag) in enumerate(actions):
            r = 3 + i
            set_cell(t.cell(r, 0), no)
            set_cell(t.cell(r, 1), action)
            set_cell(t.cell(r, 2), lead)
            set_cell(t.cell(r, 3), when)
            set_cell(t.cell(r, 4), monitoring)
            set_cell(t.cell(r, 5), rag)
            if rag:
                shade(t.cell(r, 5), rag_colour[rag])
        doc.add_paragraph("")

    priority_table(
        "Priority 1: Quality of education – curriculum in key stage 3",
        "In some subjects, leaders have not identified the important knowledge that pupils should learn and the order in which they should learn it. Leaders should ensure that the curriculum in these subjects is well sequenced from Year 7.",
        [("1.1", "Subject leaders in geography, RE and computing to rewrite the KS3 curriculum maps, identifying the core knowledge for each unit.",
          "Deputy Headteacher (Curriculum)", "Autumn term 2024", "SLT line management; trust subject reviews", "G"),
         ("1.2", "Trust subject network leads to quality-assure the revised curriculum maps and give written feedback to subject leaders.",
          "Trust Director of Education / Subject leaders", "Spring term 2025", "Curriculum committee, March 2025", "A"),
         ("1.3", "Introduce low-stakes retrieval quizzes at the start of every KS3 lesson in the three subjects.",
          "Assistant Headteacher (Teaching and Learning)", "October half-term 2024", "Learning walks", "B")])
    priority_table(
        "Priority 2: Behaviour and attitudes – attendance",
        "Too many pupils, particularly disadvantaged pupils, are persistently absent from school. Leaders should take effective action to improve the attendance of these pupils.",
        [("2.1", "Appoint a full-time attendance officer and hold weekly attendance panels for pupils whose attendance is below 90%.",
          "Deputy Headteacher (Pastoral)", "September 2024", "Weekly attendance data to the LGB", "B"),
         ("2.2", "Work with the Buckinghamshire Council attendance support team on early help referrals for persistently absent pupils.",
          "DSL / Attendance Officer", "Termly", "Attendance report to the LGB each term", "G"),
         ("2.3", "Launch a rewards scheme for improved attendance, with half-termly celebration assemblies.",
          "Heads of Year", "Summer term 2025", "Pupil voice survey", "")])
    priority_table(
        "Priority 3: Personal development – careers",
        "The careers programme does not meet all the requirements of the provider access legislation. Leaders should ensure that pupils in Years 8 to 13 have the required encounters with providers of technical education and apprenticeships.",
        [("3.1", "Schedule six provider encounters (two in each key stage) in the careers calendar and record pupil attendance in Compass+.",
          "Careers Leader", "31 January 2025", "Careers link governor", "A"),
         ("3.2", "Publish the updated provider access policy statement on the school website.",
          "Careers Leader", "May 2024", "Website compliance check", "B")])
    doc.add_paragraph("Reviewed by the Local Governing Body: 4 February 2025. Next review: May 2025.")
    doc.save(out("tn-chiltern-hills-academy-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. HCPC - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def hcpc():
    n = 9
    rows = [
        ["Health and Care Professions Council – Audit and Risk Committee"] + [""] * (n - 1),
        ["Internal audit recommendations tracker – position at 3 March 2025"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Recommendation", "Priority", "Agreed management action", "Owner",
         "Original due date", "Revised due date", "Status", "Update"],
        ["Internal audit report: Registration processes (BDO LLP, June 2024) – Moderate assurance"] + [""] * (n - 1),
        ["REG-01", "The HCPC should document the end-to-end process for international applications and make sure all assessors follow it.",
         "Medium", "Publish a single procedure for international applications, with decision points and escalation routes, on the staff intranet.",
         "Head of Registration", "30/09/2024", "", "Complete", "Procedure published 12 September 2024."],
        ["REG-02", "Management should introduce a quality assurance check of a sample of registration decisions each month.",
         "High", "Introduce a monthly QA sample of 5% of registration decisions, with the results reported to the Executive Leadership Team each quarter.",
         "Head of Registration; Head of Quality Assurance", "31/10/2024", "31/01/2025", "Complete",
         "First quarterly report to ELT in January 2025."],
        ["REG-03", "Service level targets for processing UK applications should be reviewed and reported against.",
         "Low", "Agree revised service levels for UK applications with the Registration team.\nReport performance against them in the monthly Registration dashboard.",
         "Executive Director of Regulation", "31/12/2024", "30/04/2025", "Amber",
         "Service levels agreed; dashboard work delayed by the data warehouse migration."],
        ["Internal audit report: Cyber security and IT resilience (BDO LLP, October 2024) – Limited assurance"] + [""] * (n - 1),
        ["CYB-01", "Multi-factor authentication should be enforced for all accounts with remote access to HCPC systems.",
         "High", "Extend multi-factor authentication to all remote access accounts, including partner (assessor) accounts.",
         "Head of IT and Digital", "31/12/2024", "", "Complete", "MFA enforced for all accounts on 4 December 2024."],
        ["CYB-02", "The IT disaster recovery plan should be tested at least once a year.",
         "High", "Carry out a full disaster recovery test of the registration system and report the results to the Committee.",
         "Head of IT and Digital", "31/03/2025", "", "Green", "Test booked for 18 March 2025."],
        ["CYB-03", "Leavers' access to systems should be removed promptly.",
         "Medium", "Automate the removal of network and system access for leavers through the HR system, and review user access lists quarterly.",
         "Head of IT and Digital / Head of HR", "30/06/2025", "", "Not started", "Depends on the HR system upgrade."],
        ["External audit management letter: National Audit Office, 2023-24 financial statements"] + [""] * (n - 1),
        ["NAO-01", "The HCPC should review the useful economic lives of its intangible assets.",
         "Medium", "Review the useful economic lives of the registration system and CRM assets and adjust amortisation from 2024-25.",
         "Director of Finance", "31/03/2025", "", "Green", ""],
        [""] * n,
        ["Summary"] + [""] * (n - 1),
        ["Complete", "3"] + [""] * (n - 2),
        ["Green", "2"] + [""] * (n - 2),
        ["Amber", "1"] + [""] * (n - 2),
        ["Not started", "1"] + [""] * (n - 2),
        ["Total", "7"] + [""] * (n - 2),
        ["Notes: recommendations are removed from the tracker once the Committee has agreed closure. The original numbering of recommendations is retained."] + [""] * (n - 1),
    ]
    with open(out("tn-hcpc-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Cheshire Constabulary - NCPI action plan (plain text export)
# ---------------------------------------------------------------------------
CHESHIRE = """CHESHIRE CONSTABULARY
National Child Protection Inspection (HMICFRS) – Post-Inspection Action Plan
Report published: 17 October 2024
Plan owner: Assistant Chief Constable, Crime and Public Protection
Version 2.1 – updated 24 February 2025 for the Force Vulnerability Board

Status key: C = complete, G = on track, A = at risk, R = off track

========================================================================
AREA 1: INITIAL CONTACT AND RISK ASSESSMENT
========================================================================

Recommendation 1
Within three months, Cheshire Constabulary should make sure that call handlers in the force control room consistently identify and record risks to children, including by using the THRIVE+ risk assessment model.

  1a  Deliver THRIVE+ refresher training, with a child-focused module, to all call handlers and radio dispatchers.
      Lead:   Head of Contact Centre
      Due:    31/01/2025
      Status: C
      Update: 96% of control room staff trained by 20/01/2025.

  1b  Introduce a monthly audit of 30 child-related incidents, with feedback to individual call handlers.
      Lead:   Contact Centre Quality Manager
      Due:    Monthly
      Status: G
      Update: Audits completed for November, December and January.

Recommendation 2
Within six months, Cheshire Constabulary should make sure that officers attending incidents involving children record the voice of the child and the child's behaviour and demeanour.

  2a  Add mandatory voice-of-the-child fields to the public protection notice (PPN) on officers' mobile devices.
      Lead:   Head of Digital Policing / Superintendent, Public Protection Unit
      Due:    31/03/2025
      Status: A
      Update: Supplier change request raised; testing has slipped and go-live may move to April.

========================================================================
AREA 2: INVESTIGATIONS
========================================================================

Recommendation 3
Within six months, Cheshire Constabulary should improve the quality and supervision of child protection investigations so that they are completed without unnecessary delay.

  3a  Introduce supervisory review points at 7, 28 and 56 days for all child abuse investigations, recorded on Niche.
      Lead:   DCI Child Protection
      Due:    30/11/2024
      Status: C

  3b  Reduce the number of child abuse investigations open for longer than six months by 25%.
      Lead:   Det Supt Public Protection
      Due:    30/06/2025
      Status: R
      Update: Numbers rose in December because of two complex investigations; four additional detective constables allocated from 3 February.

  3c  Carry out a joint audit of strategy discussion outcomes with the Cheshire East, Cheshire West and Chester, Halton and Warrington safeguarding partnerships.
      Lead:   DCI J Morris & Insp K Lyons
      Due:    Q1 2025/26
      Status: G

========================================================================
AREA 3: CHILDREN IN CUSTODY
========================================================================

Recommendation 4
Within three months, Cheshire Constabulary should make sure that requests for local authority accommodation for children who are charged and refused bail are made, escalated and recorded.

  4a  Agree a joint protocol with the four local authorities for PACE transfers, with an escalation route to Director level.
      Lead:   Chief Inspector, Criminal Justice and Custody
      Due:    31/12/2024 (revised 28/02/2025)
      Status: C

  4b  Record every request for local authority accommodation on the custody record and report the monthly figures to the Force Vulnerability Board.
      Lead:   Custody Inspectors
      Due:    Ongoing
      Status: G

------------------------------------------------------------------------
Summary: 8 actions – 3 complete, 3 on track, 1 at risk, 1 off track
End of document
"""


def cheshire():
    with open(out("tn-cheshire-constabulary-ncpi-child-protection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(CHESHIRE)


if __name__ == "__main__":
    surrey_fire()
    royal_marsden()
    notting_hill_genesis()
    stockwell_lodge()
    chiltern_hills()
    hcpc()
    cheshire()
    print("built 7 files in", HERE)
