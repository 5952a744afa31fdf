"""Build the seven zdq- blind test files (set heldout793).

Run with /work/main/.venv/bin/python zdq_make.py  (writes beside this script).
Data lives in module-level structures so zdq_expected.py can reuse the exact strings.
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "FF00B050"
AMBER = "FFFFC000"
RED = "FFFF0000"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
HEAD = "FF1F3864"
FILLS = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Worcestershire local area SEND priority action plan (xlsx)
# ---------------------------------------------------------------------------
WORCS_FILE = "zdq-worcestershire-local-area-send-priority-action-plan.xlsx"
WORCS_TITLE = "Worcestershire SEND Priority Action Plan – progress tracker"
WORCS_APA1 = ("Area for Priority Action 1 (APA1): Address the long waiting times for community "
              "paediatrics, the neurodevelopment assessment pathway, occupational therapy and "
              "physiotherapy. Leaders should also improve the support available while children and "
              "young people wait.")
WORCS_APA2 = ("Area for Priority Action 2 (APA2): Develop genuine co-production with children and young "
              "people with SEND at a strategic level. Children and young people should feel they have "
              "fully participated in the process of developing services, improvement strategies and "
              "plans that meet their needs.")
# (ref, action, lead cell, partner, m3, m6, target, target_fmt, revised, rag_prev, rag_now, update)
WORCS_GROUPS = [
    (WORCS_APA1, [
        ("1a. Community paediatrics and the Umbrella Pathway", [
            ("PA1.1",
             "Commission additional neurodevelopmental assessment capacity from an independent provider and "
             "offer young people aged 16 and over on the Umbrella Pathway waiting list the option to transfer.",
             "Associate Director of Children's Commissioning\nUmbrella Pathway Clinical Lead",
             "ICB / HWHCT", "Provider contract awarded", "250 young people offered transfer",
             D(2025, 3, 31), "dd/mm/yyyy", None, "G", "B",
             "250 young people offered transfer; 212 accepted and 168 assessed by 24/01/2025. "
             "Complete – monitoring moves to business as usual."),
            ("PA1.2",
             "Recruit three triage and support nurses to the Umbrella Pathway to validate the waiting list "
             "and improve patient flow.",
             "Service Manager, Neurodevelopmental Services",
             "HWHCT", "Posts approved and advertised", "Three nurses in post",
             D(2024, 11, 30), "dd/mm/yyyy", D(2025, 2, 28), "A", "G",
             "Two nurses in post from December 2024; third starts 10/02/2025. Revised date agreed at "
             "Partnership Committee 21/11/2024."),
            ("PA1.3",
             "Publish waiting-time data for community paediatrics and the neurodevelopment pathway on the "
             "Local Offer, with a dashboard reviewed at the SEND Improvement Board.",
             "Head of Performance (WCF) / ICB Business Intelligence Lead",
             "WCF / ICB", "Dashboard built", "First publication",
             "Monthly from December 2024", None, None, "A", "A",
             "Dashboard reviewed at Board in December; first public release delayed by data-sharing "
             "agreement – now expected February 2025."),
        ]),
        ("1b. Occupational therapy and physiotherapy", [
            ("PA1.4",
             "Implement a single point of access and clinical prioritisation tool for children's occupational "
             "therapy and physiotherapy referrals.",
             "Head of Children's Therapies",
             "HWHCT", "Single point of access live", "Prioritisation tool in use",
             "Sept 2024 – March 2025", None, None, "G", "A",
             "Single point of access live since October 2024. Prioritisation tool testing extended after "
             "clinician feedback."),
            ("PA1.5",
             "Agree a joint local authority and ICB investment case to reduce waits for occupational therapy "
             "and physiotherapy to under 18 weeks.",
             "Associate Director of Children's Commissioning (ICB)\nAssistant Director for Education and Early Years (WCF)",
             "ICB / WCC", "Demand and capacity modelling complete", "Investment case to ICB Board",
             D(2024, 12, 31), "dd/mm/yyyy", D(2025, 4, 30), "R", "A",
             "Modelling complete. Investment case deferred to the April 2025 ICB Board so it can align "
             "with 2025/26 contracts."),
        ]),
        ("1c. Support while waiting", [
            ("PA1.6",
             "Co-produce and publish a 'while you wait' information booklet for parent carers of children "
             "waiting for an autism or ADHD assessment.",
             "SEND Co-production Co-ordinator",
             "WCF / WPCF", "Draft co-produced with WPCF", "Published on the Local Offer",
             D(2024, 11, 1), "mmm-yy", None, "G", "B",
             "Published on the Local Offer 28/11/2024 and shared with all SENCOs."),
            ("PA1.7",
             "Roll out school nurse health screening in Reception, Year 6 and Year 9.\n"
             "Screening outcomes to be shared with SENCOs each term.",
             "Head of 0-19 Services",
             "HWHCT", "Screening tools agreed", "Reception cohort screened",
             D(2025, 7, 31), "dd/mm/yyyy", None, None, "G",
             "Reception screening under way in 142 of 171 primary schools."),
        ]),
    ]),
    (WORCS_APA2, [
        ("2a. Strategic co-production", [
            ("PA2.1",
             "Recruit a SEND Co-production Co-ordinator and an Emotional Mental Health participation worker.",
             "Head of SEND Improvement",
             "WCF", "Roles evaluated", "Both posts filled",
             D(2024, 10, 31), "dd/mm/yyyy", D(2025, 1, 31), "A", "B",
             "Co-production Co-ordinator started 04/11/2024; participation worker started 13/01/2025."),
            ("PA2.2",
             "Establish a young people's SEND advisory group with two seats on the SEND and AP Partnership "
             "Committee.",
             "SEND Co-production Co-ordinator; Youth Cabinet Lead Officer",
             "WCF", "Terms of reference co-produced", "First meeting held",
             "Q4 2024/25", None, None, "G", "G",
             "Youth Cabinet manifesto prioritised SEND; advisory group recruitment film in production."),
        ]),
        ("2b. Voice of children and young people in plans", [
            ("PA2.3",
             "Embed the voice of children and young people in every new and reviewed EHC plan through a "
             "co-produced 'All About Me' section, with a monthly multi-agency audit.",
             "Head of SEND Assessment and Review",
             "WCF", "Template co-produced", "Audit tool agreed",
             D(2025, 9, 30), "dd/mm/yyyy", None, None, None,
             "Not yet started – dependent on the EHC Hub upgrade (go-live April 2025)."),
        ]),
    ]),
]


def build_worcs(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Worcestershire Local Area SEND Partnership"
    cov["A1"].font = Font(bold=True, size=16, color=HEAD)
    cov["A2"] = "Priority Action Plan (PAP)"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = ("In response to the Ofsted and CQC area SEND inspection of Worcestershire (April 2024): "
                 "'widespread and/or systemic failings'")
    cov["A5"] = "Partners"
    cov["B5"] = ("Worcestershire County Council; Worcestershire Children First; NHS Herefordshire and "
                 "Worcestershire Integrated Care Board; Herefordshire and Worcestershire Health and Care NHS "
                 "Trust; Worcestershire Parent Carer Forum")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("v1.0", D(2024, 7, 12), "SEND Improvement Programme Manager", "Submitted to Ofsted and DfE"),
            ("v1.3", D(2024, 10, 18), "SEND Improvement Programme Manager",
             "Six-month position; revised dates agreed at SEND and AP Partnership Committee"),
            ("v1.5", D(2025, 1, 31), "SEND Improvement Programme Manager",
             "Updated after DfE / NHS England deep dive, 16/12/2024")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A13"] = ("Governance: progress is reported monthly to the SEND Improvement Board and quarterly to the "
                  "Health and Well-being Board.")
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("PAP")
    ws["A1"] = WORCS_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Position at 31 January 2025. RAG ratings are shown by colour – see the 'RAG key' tab."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:L2")
    heads = ["Ref", "Workstream", "Action", "Lead officer(s)", "Partner", "3-month milestone",
             "6-month milestone", "Target completion", "Revised date", "RAG Oct-24", "RAG Jan-25",
             "Progress update – January 2025"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for apa, streams in WORCS_GROUPS:
        ws.cell(row=r, column=1, value=apa).font = Font(bold=True, color="FFFFFFFF")
        ws.cell(row=r, column=1).fill = fill("FF2E75B6")
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.row_dimensions[r].height = 45
        r += 1
        for stream, acts in streams:
            first = r
            ws.cell(row=r, column=2, value=stream).alignment = WRAP
            ws.cell(row=r, column=2).font = Font(bold=True)
            for (ref, act, lead, partner, m3, m6, tgt, tfmt, rev, prev, now, upd) in acts:
                vals = [ref, None, act, lead, partner, m3, m6, tgt, rev, None, None, upd]
                for j, v in enumerate(vals):
                    if j == 1:
                        continue
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=2).border = BOX
                if isinstance(tgt, dt.datetime):
                    ws.cell(row=r, column=8).number_format = tfmt
                if rev is not None:
                    ws.cell(row=r, column=9).number_format = "dd/mm/yyyy"
                for col, rag in ((10, prev), (11, now)):
                    ws.cell(row=r, column=col).border = BOX
                    if rag:
                        ws.cell(row=r, column=col).fill = fill(FILLS[rag])
                ws.row_dimensions[r].height = 60
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary at January 2025").font = Font(bold=True)
    summary = [("Blue – complete", 3), ("Green – on track", 3), ("Amber – some slippage", 3),
               ("Red – off track", 0), ("Not yet started", 1), ("Total actions", 10)]
    for k, (lab, n) in enumerate(summary):
        ws.cell(row=r + 1 + k, column=1, value=lab)
        ws.cell(row=r + 1 + k, column=3, value=n)
    widths = [8, 22, 48, 30, 12, 20, 20, 14, 12, 9, 9, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "C5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for k, (col, txt) in enumerate([(BLUE, "Complete and impact evidenced"), (GREEN, "On track"),
                                     (AMBER, "Some slippage – mitigations in place"),
                                     (RED, "Off track – escalation to SEND Improvement Board"),
                                     (None, "No colour – not yet started")]):
        c = key.cell(row=3 + k, column=1)
        if col:
            c.fill = fill(col)
        c.border = BOX
        key.cell(row=3 + k, column=2, value=txt)
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 50

    imp = wb.create_sheet("Impact measures")
    rows = [("Measure", "Baseline (Apr 2024)", "Target (Apr 2025)", "Latest (Dec 2024)"),
            ("Median wait from referral to first neurodevelopmental assessment (weeks)", 104, 78, 96),
            ("Children waiting over 18 weeks for OT", 612, 400, 577),
            ("Children waiting over 18 weeks for physiotherapy", 188, 120, 171),
            ("Parent carers who feel listened to (WPCF survey)", "31%", "45%", "38%")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = imp.cell(row=1 + i, column=1 + j, value=v)
            if i == 0:
                c.font = Font(bold=True)
    imp.column_dimensions["A"].width = 70
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. London Borough of Hounslow fostering service development plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
HOUN_FILE = "zdq-london-borough-of-hounslow-fostering-service-development-plan-2025-26.xlsx"
HOUN_TITLE = "Fostering Service Development Plan 2025-26"
HOUN_P1 = "Priority 1 – Sufficiency: more Hounslow foster carers for Hounslow children"
HOUN_P2 = "Priority 2 – Quality of care and support to foster carers"
HOUN_P3 = "Priority 3 – Children's voice and permanence"
# (no, objective or None, action, lead, start, target, target_fmt, q1, q2, status)
HOUN_ROWS = [
    (HOUN_P1, [
        ("1.1", "Increase the number of approved mainstream fostering households by 12 (net) by March 2026",
         "Run a targeted recruitment campaign with the West London Fostering Recruitment Hub, focused on carers "
         "for teenagers and sibling groups.",
         "Fostering Recruitment Manager", D(2025, 4, 1), D(2026, 3, 1), "mmm-yy",
         "Campaign launched 12/05/2025; 61 enquiries in Q1.",
         "118 enquiries to date; 9 households in assessment.", "On track"),
        ("1.2", None,
         "Reduce the average time from enquiry to fostering panel to six months by creating a dedicated "
         "assessment pod and an independent assessor framework.",
         "Assessment Team Manager / Independent Assessor Co-ordinator", D(2025, 6, 1), "Q3 2025/26", None,
         "Assessment pod agreed; recruitment to two posts under way.",
         "One post filled. Average time currently 7.5 months.", "At risk"),
        ("1.3", "Improve retention so that fewer than 8% of households leave for reasons other than "
                "retirement or permanence",
         "Extend the Mockingbird programme with a second hub home in the west of the borough.",
         "Mockingbird Liaison Worker & Supervising Social Work Team Manager", D(2025, 9, 1),
         "Sept 2025 – Mar 2026", None,
         "Hub carer identified.", "Constellation of 8 households confirmed; launch event 20/11/2025.",
         "On track"),
        ("1.4", None,
         "Review fostering allowances and the skills fee structure against the London average and present "
         "options to Cabinet.",
         "Head of Service, Fostering & Permanence", D(2025, 4, 1), D(2025, 12, 31), "dd/mm/yyyy",
         "Benchmarking with West London boroughs complete.",
         "Option 2 agreed by Cabinet 16/09/2025; new rates from 06/10/2025.", "Complete"),
    ]),
    (HOUN_P2, [
        ("2.1", "All foster carers receive supervision and annual reviews within timescale",
         "Audit supervision records and report compliance to the Fostering Service Management Meeting.",
         "Quality Assurance Manager", D(2025, 4, 1), "Quarterly", None,
         "Q1 audit: 91% supervision in timescale.", "Q2 audit: 94%; annual reviews 88%.", "On track"),
        ("2.2", None,
         "Deliver the 2025-26 training programme, including trauma-informed practice, allegations awareness "
         "and online safety.",
         "Fostering Training Officer", D(2025, 4, 1), D(2026, 3, 1), "mmm-yy",
         "Programme published; 14 sessions delivered.", "31 sessions delivered; attendance 72%.", "On track"),
        ("2.3", "Foster carers feel heard and valued",
         "Refresh the Foster Carer Charter with the Hounslow Foster Carers Association and relaunch it during "
         "Foster Care Fortnight.",
         "Head of Service, Fostering & Permanence; Chair, Hounslow Foster Carers Association",
         D(2025, 4, 1), D(2025, 5, 1), "mmm-yy",
         "Charter signed by the Lead Member at the Foster Care Fortnight event, 15/05/2025.", "", "Complete"),
    ]),
    (HOUN_P3, [
        ("3.1", "Children's views shape matching and care planning",
         "Introduce a child-friendly 'my foster family' profile for all new matches, co-designed with the "
         "Children in Care Council.",
         "Participation Lead", D(2025, 7, 1), D(2025, 11, 1), "mmm-yy",
         "", "Co-design sessions moved to October because of the school holidays; November target will be missed.",
         "Delayed"),
        ("3.2", None,
         "Formally match children in long-term foster care through panel within four months of the "
         "permanence decision.",
         "Permanence Team Manager", D(2025, 10, 1), D(2026, 3, 1), "mmm-yy",
         "Due to start in Q3 after the practice guidance refresh.", "Not started – on schedule to begin in Q3.",
         "Not started"),
        ("3.3", "Young people can stay with their foster carers after 18",
         "Review Staying Put arrangements and publish a revised policy with improved financial support for "
         "carers.",
         "Leaving Care Service Manager", D(2025, 6, 1), D(2026, 2, 1), "mmm-yy",
         "Consultation with carers and care leavers completed.", "Draft policy at legal review.", "On track"),
    ]),
]
HOUN_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Delayed": RED}


def build_houn(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "London Borough of Hounslow – Children's Services"
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Fostering Service Development Plan 2025-26: summary of progress at Q2"
    s["A2"].font = Font(bold=True)
    rows = [("Priority", "Actions", "Complete", "On track", "At risk", "Delayed", "Not started"),
            ("Priority 1 – Sufficiency", 4, 1, 2, 1, 0, 0),
            ("Priority 2 – Quality of care", 3, 1, 2, 0, 0, 0),
            ("Priority 3 – Voice and permanence", 3, 0, 1, 0, 1, 1),
            ("Total", 10, 2, 5, 1, 1, 1)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
    s["A10"] = "Detail of each action is on the 'Development Plan' tab."
    s.column_dimensions["A"].width = 36

    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "London Borough of Hounslow"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HOUN_TITLE
    ws["A2"].font = Font(bold=True, size=16, color="FF7030A0")
    ws["A3"] = ("Owner: Head of Service, Fostering & Permanence  |  Reviewed at: Fostering Service Management "
                "Meeting (monthly) and Corporate Parenting Panel (quarterly)  |  Last updated: 14/10/2025")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["No.", "Objective", "Action", "Lead", "Start", "Target date", "Q1 update (Apr–Jun)",
             "Q2 update (Jul–Sep)", "Status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF7030A0")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for pri, acts in HOUN_ROWS:
        c = ws.cell(row=r, column=1, value=pri)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (no, obj, act, lead, start, tgt, tfmt, q1, q2, st) in acts:
            vals = [no, obj, act, lead, start, tgt, q1 or None, q2 or None, st]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            if tfmt:
                ws.cell(row=r, column=6).number_format = tfmt
            if st in HOUN_STATUS_FILL:
                ws.cell(row=r, column=9).fill = fill(HOUN_STATUS_FILL[st])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Status key: Complete (blue) – action delivered; On track (green); At risk "
                                    "(amber) – may miss target date; Delayed (red) – target date missed or will "
                                    "be missed; Not started – no rating."))
    ws.cell(row=r + 1, column=1, value=("Notes: targets relate to the 2025-26 financial year unless stated. "
                                        "Q3 updates are due by 16/01/2026."))
    for col, w in zip("ABCDEFGHI", [6, 34, 50, 30, 9, 14, 36, 36, 12]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Conwy CBC – CIW adult services improvement check action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
CONWY_FILE = "zdq-conwy-cbc-ciw-adult-services-improvement-check-action-plan-typo-month-refuse.xlsx"
CONWY_TITLE = ("Gwasanaethau Oedolion – Cynllun Gweithredu Gwiriad Gwella AGC / "
               "Adult Services – CIW Improvement Check Action Plan")
CONWY_ROWS = [
    ("GG1", "Pobl – llais a rheolaeth / People – voice and control",
     "Carers are not consistently offered an assessment of their own needs.",
     "Offer a carer's needs assessment at every adult assessment and review, recorded as a mandatory field in WCCIS.",
     "Carers Lead Officer", "December 2025", "Gwyrdd / Green",
     "Mandatory field live 01/09/2025. Offer rate 78% in September."),
    ("GG2", "Pobl – llais a rheolaeth / People – voice and control",
     "Carers are not consistently offered an assessment of their own needs.",
     "Review the carers' support contract with the third sector provider so that carers' assessments can be completed by the provider on the council's behalf.",
     "Commissioning Manager – Adults", "November 2025", "Ambr / Amber",
     "Contract variation drafted; legal advice awaited."),
    ("GG3", "Atal / Prevention",
     "People wait too long for an occupational therapy assessment.",
     "Train reablement support workers as trusted assessors for minor equipment and adaptations.",
     "Head of Service – Community Support Services", "October 2025", "Cwblhawyd / Complete",
     "22 staff trained; trusted assessor route live 29/09/2025."),
    ("GG4", "Atal / Prevention",
     "People wait too long for an occupational therapy assessment.",
     "Validate the occupational therapy waiting list and contact everyone waiting over 12 weeks.",
     "Occupational Therapy Team Manager", "Febuary 2026", "Ambr / Amber",
     "Validation 60% complete. Waiting list reduced from 284 to 231."),
    ("GG5", "Partneriaeth ac integreiddio / Partnership and integration",
     "Hospital discharge arrangements with Betsi Cadwaladr UHB are not always timely.",
     "Agree a joint discharge to recover then assess (D2RA) pathway with Ysbyty Glan Clwyd and the community hospitals.",
     "Head of Integrated Adult and Community Services", "March 2026", "Gwyrdd / Green",
     "Pathway agreed at the Regional Partnership Board; go-live planned January 2026."),
    ("GG6", "Llesiant / Well-being",
     "Adult safeguarding enquiries are not always completed within statutory timescales.",
     "Add a seven-day enquiry tracker to the weekly safeguarding performance report and escalate exceptions to the Designated Lead Manager.",
     "Safeguarding Service Manager", "Q4 2025/26", "Gwyrdd / Green",
     "Tracker in use since August; 89% within timescale in September."),
]
CONWY_STATUS_FILL = {"Gwyrdd / Green": GREEN, "Ambr / Amber": AMBER, "Cwblhawyd / Complete": BLUE,
                     "Coch / Red": RED}
CONWY_FIRST_ROW = 6


def build_conwy(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cynllun - Plan"
    ws["A1"] = "Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = CONWY_TITLE
    ws["A2"].font = Font(bold=True, size=14, color="FF005A9C")
    ws["A3"] = ("Gwiriad gwella / Improvement check: 10–12 June 2025.  Llythyr AGC / CIW letter published: "
                "28 August 2025.  Diweddariad / Update: October 2025")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Cyf / Ref", "Egwyddor / Principle", "Maes i'w wella / Area for improvement",
             "Cam gweithredu / Action", "Swyddog arweiniol / Lead officer", "Dyddiad targed / Target date",
             "Statws / Status", "Diweddariad / Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF005A9C")
        c.alignment = WRAP
        c.border = BOX
    for i, row in enumerate(CONWY_ROWS):
        r = CONWY_FIRST_ROW + i
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=7).fill = fill(CONWY_STATUS_FILL[row[6]])
    last = CONWY_FIRST_ROW + len(CONWY_ROWS)
    ws.cell(row=last + 1, column=1,
            value="Adroddir i'r Pwyllgor Craffu Gofal Cymdeithasol / Reported to Social Care Overview and "
                  "Scrutiny Committee each quarter.")
    for col, w in zip("ABCDEFGH", [9, 26, 36, 50, 30, 16, 16, 40]):
        ws.column_dimensions[col].width = w
    s2 = wb.create_sheet("Crynodeb - Summary")
    rows = [("Statws / Status", "Nifer / Number"), ("Cwblhawyd / Complete", 1), ("Gwyrdd / Green", 3),
            ("Ambr / Amber", 2), ("Coch / Red", 0), ("Cyfanswm / Total", 6)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            s2.cell(row=1 + i, column=1 + j, value=v).border = BOX
    s2.column_dimensions["A"].width = 26
    wb.save(path)


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


def set_cell(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if k < len(lines) - 1:
            run.add_break()


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Blaenau Gwent CBC – CIW children's services improvement check action plan (docx)
# ---------------------------------------------------------------------------
BG_FILE = "zdq-blaenau-gwent-cbc-ciw-childrens-services-improvement-check-action-plan.docx"
BG_TITLE = "Children's Services: CIW Improvement Check – Action Plan"
# section heading -> list of (afi text, [(ref, action, officer, timescale, rag, progress)])
BG_SECTIONS = [
    ("1. People – voice and control", [
        ("The local authority should ensure children's views and wishes are consistently recorded and "
         "clearly inform their care and support plans.", [
            ("1.1", "Add a mandatory 'what matters to me' section to the care and support plan template in WCCIS.",
             "Principal Officer – Systems and Performance", "July 2025", "B",
             "Template change live from 14/07/2025."),
            ("1.2", "Audit 20 case files each quarter against the voice of the child practice standard and report "
                    "findings to the Children's Services Management Team.",
             "Service Manager – Quality Assurance", "Quarterly from September 2025", "G",
             "First audit completed September 2025: 14 of 20 files met the standard."),
        ]),
        ("The active offer of services in Welsh is not consistently evidenced.", [
            ("1.3", "Record the active offer at first contact and in every assessment, and provide refresher "
                    "training for Information, Advice and Assistance staff.",
             "Team Manager – IAA / Welsh Language Officer", "31/12/2025", "A",
             "Training booked for November; recording field awaiting WCCIS release."),
        ]),
    ]),
    ("2. Prevention", [
        ("Step-down from statutory services to early help is not always timely, and some families "
         "experience drift.", [
            ("2.1", "Set up a weekly step-down panel with Families First and Flying Start.",
             "Head of Children's Services", "September 2025", "G",
             "Panel running weekly since 03/09/2025; 17 families stepped down."),
            ("2.2", "Write a step-down practice guide and share it with partner agencies.",
             "Early Help Manager and Principal Social Worker", "Q3 2025-26", "A",
             "Draft guide out for consultation with partners."),
        ]),
    ]),
    ("3. Partnerships and integration", [
        ("Strategy discussions do not always include health and education partners.", [
            ("3.1", "Agree a multi-agency protocol for strategy discussions through the Gwent Safeguarding "
                    "Board, including attendance by health and education.",
             "Service Manager – Safeguarding", "30/11/2025", "R",
             "Protocol drafted; sign-off delayed while Aneurin Bevan UHB comments are awaited."),
        ]),
    ]),
    ("4. Well-being", [
        ("There are not enough local placements, so some children live outside Blaenau Gwent or in "
         "unregistered provision.", [
            ("4.1", "Open a two-bed step-down children's home with the Regional Partnership Board.",
             "Head of Children's Services", "April 2025 – March 2026", "G",
             "Property purchased; CIW registration application submitted 19/09/2025."),
            ("4.2", "Recruit ten additional Foster Wales Blaenau Gwent foster carers.",
             "Fostering Team Manager", "31/03/2026", "A",
             "Four households approved; six in assessment."),
        ]),
    ]),
]
RAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def build_bg(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Blaenau Gwent County Borough Council")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(BG_TITLE, level=1)
    doc.add_paragraph("Care Inspectorate Wales improvement check: 3–5 March 2025. Letter published: 22 April 2025.")
    doc.add_paragraph("Version 1.2 – progress at 30 September 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "19/05/2025", "Service Manager – Quality Assurance", "Draft for Social Services Scrutiny Committee"),
              ("1.1", "03/06/2025", "Service Manager – Quality Assurance", "Approved by the Corporate Director of Social Services"),
              ("1.2", "30/09/2025", "Service Manager – Quality Assurance", "Quarter 2 progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "CIW carried out an improvement check in March 2025 to review progress against the areas for "
        "improvement identified at the 2023 performance evaluation inspection of children's services. "
        "This plan sets out our response under the four principles of the Social Services and Well-being "
        "(Wales) Act 2014. Progress is reported to the Social Services Scrutiny Committee every quarter.")

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action being taken"),
                   ("R", "Off track – escalated to the Corporate Director")]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], RAG_HEX[k])
        set_cell(cells[1], txt)

    heads = ["Ref", "Area for improvement (CIW)", "Action", "Responsible officer", "Timescale", "RAG",
             "Progress (September 2025)"]
    widths = [Cm(1.2), Cm(5.5), Cm(6.5), Cm(3.8), Cm(2.8), Cm(1.2), Cm(5.0)]
    for sec, afis in BG_SECTIONS:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for afi, acts in afis:
            first = len(t.rows)
            for (ref, act, off, ts, rag, prog) in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], off)
                set_cell(cells[4], ts)
                set_cell(cells[5], rag, bold=True)
                shade(cells[5], RAG_HEX[rag])
                set_cell(cells[6], prog)
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            set_cell(top, afi)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Name / role", "Signature", "Date"]):
        set_cell(c, h, bold=True)
    cells = t.add_row().cells
    set_cell(cells[0], "Corporate Director of Social Services")
    set_cell(cells[2], "03/06/2025")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Adopt North East – Ofsted RAA thematic inspection response action plan (docx)
# ---------------------------------------------------------------------------
ANE_FILE = "zdq-adopt-north-east-raa-ofsted-thematic-inspection-response-action-plan.docx"
ANE_TITLE = "Response to Ofsted's Regional Adoption Agencies Thematic Inspection – Action Plan"
# theme -> [(finding, [(no, action, lead, timescale, update, colour or None)])]
ANE_THEMES = [
    ("Theme 1 – Recruitment, assessment, family-finding and matching", [
        ("Ofsted finding: there is still a shortage of adopters, particularly for the children who wait "
         "longest – brothers and sisters, older children and children with additional needs.", [
            ("1a", "Run two targeted information events each year for people interested in adopting brothers "
                   "and sisters, with partner councils' communications teams.",
             "TM-R", "Mar-25", "First event held 17/10/2024 (23 households attended).", "G"),
            ("1b", "Introduce an early permanence (fostering for adoption) recruitment stream with dedicated "
                   "assessment capacity.",
             "HoS / TM-R", "Dec-24", "Stream launched; two early permanence carers approved in November.", "B"),
        ]),
        ("Ofsted finding: staff shortages delayed some adopter assessments.", [
            ("1c", "Fill the two vacant social worker posts in the assessment team and use a framework of "
                   "independent assessors when demand peaks.",
             "HoS", "Jul-24", "Both posts filled from July 2024.", "B"),
        ]),
    ]),
    ("Theme 2 – Adoption support", [
        ("Ofsted finding: demand for adoption support exceeds resources and some families wait too long "
         "for therapeutic support.", [
            ("2a", "Introduce a duty 'front door' for adoption support requests, with an initial response "
                   "within 10 working days.",
             "TM-AS", "Oct-24", "Live from 01/10/2024; 93% of requests answered within 10 days.", "B"),
            ("2b", "Analyse Adoption and Special Guardianship Support Fund applications and waiting times, and "
                   "report them to the Governance Board.",
             "TM-AS / BIO", "Termly", "Autumn term report presented 10/12/2024.", "G"),
        ]),
    ]),
    ("Theme 3 – Lived experience and governance", [
        ("Ofsted finding: the views of children and adults with lived experience of adoption were not "
         "routinely used to plan and shape services.", [
            ("3a", "Set up a young people's adoption voice group (ages 11 to 18) with the virtual schools "
                   "and CAMHS.",
             "TM-AS", "Mar-25", "Two sessions held; membership lower than hoped, so recruitment is being "
                               "extended.", "A"),
            ("3b", "Co-produce the 2025-26 service development plan with the adopter voice group and adopted "
                   "adults.",
             "HoS", "Apr-25", "Planned for Q4.", None),
        ]),
        ("Ofsted finding: some local authorities were unaware of serious performance issues in their RAA.", [
            ("3c", "Send a quarterly performance and quality report to each partner council's Director of "
                   "Children's Services and to the ANE Governance Board.",
             "HoS / BIO", "Quarterly from Q3 2024/25", "First report issued December 2024.", "G"),
            ("3d", "Commission an independent review of ANE governance arrangements and the partnership "
                   "agreement.",
             "Chair, ANE Governance Board", "Jun-25",
             "Procurement paused until the national RAA reform announcements are known.", "R"),
        ]),
    ]),
]


def merged_row(t, text, bold=False, italic=False, colour=None):
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    set_cell(m, text, bold=bold, italic=italic)
    if colour:
        shade(m, colour)
    return m


def build_ane(path):
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Adopt North East")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading(ANE_TITLE, level=1)
    doc.add_paragraph(
        "Ofsted published its thematic inspection of regional adoption agencies (RAAs) on 26 March 2024. "
        "Although Adopt North East was not one of the six RAAs visited, the Governance Board asked for an "
        "action plan against each finding that applies to us.")
    doc.add_paragraph("Version 3 – updated for the ANE Governance Board, 10 December 2024")
    doc.add_paragraph(
        "Lead abbreviations: HoS – Head of Service; TM-R – Team Manager, Recruitment and Assessment; "
        "TM-AS – Team Manager, Adoption Support; BIO – Business and Information Officer.")
    doc.add_paragraph(
        "Status is shown by the colour of the last column: green – on track; amber – some slippage; "
        "red – off track; blue – complete; no colour – not yet started.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Update (December 2024)", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for theme, findings in ANE_THEMES:
        merged_row(t, theme, bold=True, colour="DEEAF6")
        for finding, acts in findings:
            merged_row(t, finding, italic=True)
            for (no, act, lead, ts, upd, col) in acts:
                cells = t.add_row().cells
                set_cell(cells[0], no)
                set_cell(cells[1], act)
                set_cell(cells[2], lead)
                set_cell(cells[3], ts)
                set_cell(cells[4], upd)
                set_cell(cells[5], "")
                if col:
                    shade(cells[5], RAG_HEX[col])
    widths = [Cm(1.2), Cm(9.0), Cm(3.0), Cm(3.0), Cm(7.5), Cm(1.8)]
    for row in t.rows:
        if len(set(id(c._tc) for c in row.cells)) == 6:
            for c, w in zip(row.cells, widths):
                c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Agreed by the ANE Governance Board: 23 May 2024. Next review: March 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. London Borough of Sutton – Scrutiny Committee recommendations tracker (csv)
# ---------------------------------------------------------------------------
SUT_FILE = "zdq-london-borough-of-sutton-scrutiny-recommendations-tracker-2024-25.csv"
SUT_TITLE = "London Borough of Sutton – Scrutiny Committee: Recommendations Tracker 2024/25"
SUT_R1 = "Task and finish review: Temporary accommodation and homelessness prevention"
SUT_R2 = "Scrutiny review: Supporting residents with the cost of living"
SUT_R3 = "Sutton Libraries modernisation (Scrutiny Committee item, 26/09/2024)"
SUT_R4 = "Task and finish review: Road safety around schools"
# review, date agreed, rec, recommendation, response, portfolio, lead officer, target, update, rag
SUT_ROWS = [
    (SUT_R1, "11/07/2024", "1",
     "Publish a temporary accommodation placement policy setting out how location, schooling and caring "
     "responsibilities are taken into account.",
     "Accepted", "Housing and Regeneration", "Hughes, Rachel", "31/10/2024",
     "Policy approved by Cabinet 21/10/2024 and published on the council website.", "Blue"),
    (SUT_R1, "11/07/2024", "2",
     "That the Cabinet Member for Housing and Regeneration:\n"
     "a) reports the number of households in nightly-paid accommodation to each Scrutiny Committee; and\n"
     "b) sets a target date for ending the use of shared bathroom accommodation for families.",
     "Accepted", "Housing and Regeneration", "Hughes, Rachel; Ahmed, Tariq", "Q4 2024/25",
     "Figures reported to every meeting since September. Target date to be set once the Beddington "
     "acquisitions complete.", "Amber"),
    (SUT_R1, "11/07/2024", "3",
     "Expand the homelessness prevention fund so that private tenants under notice can be offered "
     "deposit and rent-in-advance support.",
     "Accepted in part", "Housing and Regeneration", "Ahmed, Tariq", "Mar-25",
     "Fund increased by £150k from 01/12/2024; rent in advance remains limited to one month.", "Green"),
    (SUT_R2, "26/09/2024", "4",
     "Carry out a benefit take-up campaign targeting pension credit, using council tax and housing benefit "
     "data.",
     "Accepted", "Finance and Resources", "Mensah, Kofi", "December 2024",
     "3,900 letters sent in November; 212 new pension credit claims made.", "Blue"),
    (SUT_R2, "26/09/2024", "5",
     "Review the Local Welfare Support Scheme criteria with the voluntary sector and Citizens Advice Sutton.",
     "Accepted", "Finance and Resources", "Mensah, Kofi", "End of June 2025",
     "", ""),
    (SUT_R3, "26/09/2024", "6",
     "Consult library users and ward councillors before any change to opening hours at Cheam, Wallington "
     "and Worcester Park libraries.",
     "Accepted", "Community Safety and Culture", "Doyle, Siobhan", "Ongoing",
     "Consultation principles agreed; no changes to opening hours proposed this year.", "Green"),
    (SUT_R3, "26/09/2024", "7",
     "Report the results of the self-service kiosk pilot, including the effect on visitors who are not "
     "online, back to the Committee.",
     "Accepted", "Community Safety and Culture", "Doyle, Siobhan", "Sept 2025",
     "Pilot extended to April 2025 after kiosk supplier delays.", "Amber"),
    (SUT_R4, "21/11/2024", "8",
     "Introduce School Streets at a further six primary schools, prioritising those with the highest "
     "collision rates.",
     "Accepted", "Environment and Sustainable Transport", "Novak, Piotr", "Sept 2025",
     "Two schools consulted; Experimental Traffic Orders delayed because enforcement cameras have not "
     "been procured.", "Red"),
    (SUT_R4, "21/11/2024", "9",
     "Publish annual school-gate parking enforcement figures by ward.",
     "Accepted", "Environment and Sustainable Transport", "Novak, Piotr", "Mar-25",
     "Data extract agreed with the parking contractor.", "Green"),
]


def build_sutton(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([SUT_TITLE] + [""] * 9)
    w.writerow(["Updated for Scrutiny Committee, 5 February 2025. Recommendations stay on the tracker until "
                "reported as implemented at two consecutive meetings."] + [""] * 9)
    w.writerow([""] * 10)
    w.writerow(["Review / item", "Date agreed", "Rec no.", "Recommendation", "Executive response",
                "Portfolio", "Lead officer", "Target date", "Progress update", "RAG"])
    for row in SUT_ROWS:
        w.writerow(list(row))
    w.writerow([""] * 10)
    w.writerow(["RAG: Blue = implemented; Green = on track; Amber = at risk; Red = not on track; "
                "blank = not yet due for update."] + [""] * 9)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Dorset Council – Council Plan 2024-2029 delivery plan Q2 report (txt)
# ---------------------------------------------------------------------------
DOR_FILE = "zdq-dorset-council-plan-2024-29-delivery-plan-q2-2025-26.txt"
DOR_TITLE = "Our Council Plan 2024-2029 - Delivery Plan 2025/26"
DOR_PRIORITIES = [
    ("PRIORITY 1: PROVIDE HIGH QUALITY HOUSING", [
        ("CP1.1", "Deliver 300 new affordable homes in 2025/26 with registered providers and through the council's own build programme",
         "Corporate Director - Housing", "Cabinet Member for Housing and Homelessness", "31/03/2026", None, "GREEN",
         ["142 affordable completions to the end of September and a further 171 homes on site.",
          "Forecast outturn for the year is 310."]),
        ("CP1.2", "End the use of bed and breakfast for homeless families for stays of more than six weeks",
         "Service Manager - Housing Options; Service Manager - Temporary Accommodation",
         "Cabinet Member for Housing and Homelessness", "Q4 2025/26", None, "AMBER",
         ["Eleven families in B&B at 30 September, four of them for more than six weeks.",
          "Twelve leased units at Crossways due for handover in January."]),
    ]),
    ("PRIORITY 2: PROMOTE HEALTHY LIVES", [
        ("CP2.1", "Implement the adult social care reablement model across all localities as part of the A Better Life programme",
         "Executive Director - People (Adults)", "Cabinet Member for Adult Social Care", "31/12/2025", "31/03/2026",
         "AMBER",
         ["North and West localities live. East locality go-live moved to March 2026 because of recruitment",
          "to occupational therapy posts."]),
        ("CP2.2", "Open family hubs in Weymouth and Gillingham",
         "Corporate Director - Commissioning and Partnerships (Children's)", "Cabinet Member for Children's Services",
         "September 2025", None, "BLUE",
         ["Both hubs opened in September 2025."]),
    ]),
    ("PRIORITY 3: GROW OUR ECONOMY", [
        ("CP3.1", "Submit the new Dorset Council Local Plan for examination",
         "Head of Planning Policy", "Cabinet Member for Planning and Emergency Planning", "Dec 2026", None, "GREEN",
         ["Regulation 18 consultation responses analysed; evidence base on track."]),
        ("CP3.2", "Extend gigabit-capable broadband to 4,000 more rural premises through the Superfast Dorset programme",
         "Digital Infrastructure Manager", "Cabinet Member for Economic Growth", "31/03/2026", None, "RED",
         ["1,120 premises connected. Supplier has reported a six-month delay to the Purbeck build",
          "and a recovery plan has been requested."]),
    ]),
    ("PRIORITY 4: PROTECT OUR NATURAL ENVIRONMENT, CLIMATE AND ECOLOGY", [
        ("CP4.1", "Decarbonise 12 council buildings using Public Sector Decarbonisation Scheme funding",
         "Head of Assets and Property", "Cabinet Member for Climate Change", "March 2026", None, "GREEN",
         ["Heat pumps installed at 7 of the 12 sites."]),
        ("CP4.2", "Publish the Local Nature Recovery Strategy for Dorset",
         "Head of Environment", "Cabinet Member for Climate Change", "June 2025", None, "BLUE",
         ["Strategy published 27/06/2025."]),
        ("CP4.3", "Introduce weekly food waste collections for flats and other communal properties",
         "Head of Commercial Waste and Strategy", "Cabinet Member for Environment", "Apr-26", None, "GREY",
         ["Not yet started - procurement of caddies scheduled for Q4."]),
    ]),
]


def build_dorset(path):
    L = []
    L.append("DORSET COUNCIL")
    L.append(DOR_TITLE)
    L.append("Quarter 2 performance report (1 July - 30 September 2025)")
    L.append("Report generated: 21/10/2025 14:02   Source: corporate performance system   Page 1 of 1")
    L.append("")
    L.append("Status key:  BLUE = complete   GREEN = on track   AMBER = some concerns   RED = off track   "
             "GREY = not yet started")
    L.append("")
    eq = "=" * 80
    dash = "-" * 80
    for pri, acts in DOR_PRIORITIES:
        L.append(eq)
        L.append(pri)
        L.append(eq)
        L.append("")
        for (ref, act, lead, port, due, rev, status, upd) in acts:
            L.append("Ref:            " + ref)
            L.append("Key action:     " + act)
            L.append("Lead officer:   " + lead)
            L.append("Portfolio:      " + port)
            L.append("Due:            " + due + ("   Revised: " + rev if rev else ""))
            L.append("Status:         " + status)
            L.append("Q2 update:      " + upd[0])
            for more in upd[1:]:
                L.append(" " * 16 + more)
            L.append(dash)
        L.append("")
    L.append("End of report - 9 key actions (BLUE 2, GREEN 3, AMBER 2, RED 1, GREY 1)")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_worcs(os.path.join(HERE, WORCS_FILE))
    build_houn(os.path.join(HERE, HOUN_FILE))
    build_conwy(os.path.join(HERE, CONWY_FILE))
    build_bg(os.path.join(HERE, BG_FILE))
    build_ane(os.path.join(HERE, ANE_FILE))
    build_sutton(os.path.join(HERE, SUT_FILE))
    build_dorset(os.path.join(HERE, DOR_FILE))
    print("built 7 files in", HERE)


if __name__ == "__main__":
    main()
