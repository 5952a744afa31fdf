"""Build the seven zep- blind test files (set heldout805).

Run with /work/main/.venv/bin/python zep_make.py from any directory; files are
written beside this script.  Only files whose names start with "zep-" are written.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zep-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "B": fill("5B9BD5"), "G": fill("70AD47"), "A": fill("FFC000"), "R": fill("FF0000"),
}
NHS_BLUE = fill("005EB8")
GREY = fill("D9D9D9")
PALE = fill("DEEAF6")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Hillingdon Hospitals NHSFT - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
BAF_RISKS = [
    {
        "sheet": "SR1 UEC",
        "title": "SR1: Failure to deliver timely and safe urgent and emergency care",
        "objective": "Safe, high-quality care: deliver safe, effective and timely care to every patient",
        "exec": "Chief Operating Officer",
        "committee": "Quality and Safety Committee",
        "scores": ("20 (C4 x L5)", "16 (C4 x L4)", "8 (C4 x L2)"),
        "appetite": "Cautious",
        "controls": "Daily operational site meetings (08:30, 12:00, 16:00 and 20:00)\n"
                    "OPEL escalation framework aligned with NHS North West London ICB\n"
                    "ED and SDEC workforce model agreed in 2025/26 business plan",
        "assurance": "Monthly Integrated Performance Report to Board (4-hour and 12-hour standards)\n"
                     "Quality and Safety Committee deep dive on ED harm (September 2025)",
        "gaps": "G1: SDEC closes at 20:00, so evening attendances wait in majors\n"
                "G2: No agreed full capacity protocol with community and social care partners\n"
                "G3: Limited assurance on harm from long waits in ED",
        "actions": [
            ("1.1", "Extend Same Day Emergency Care (SDEC) opening to 22:00, seven days a week, to reduce majors occupancy in the Emergency Department.",
             "Chief Operating Officer", d(2025, 9, 30), d(2025, 12, 31),
             "Medical rota agreed; nursing posts recruited to 80%. Go-live moved to December to allow induction of new staff.",
             "A", "A", {"lead": ["Chief Operating Officer"], "end": "2025-12", "status": "amber"}),
            ("1.2", "Implement the Trust-wide Full Capacity Protocol with OPEL triggers agreed with NHS North West London ICB.",
             "Deputy Chief Operating Officer / Head of Patient Flow", d(2025, 7, 31), None,
             "Protocol approved at Executive Management Board on 22 July 2025 and in use since 1 August 2025.",
             "G", "B", {"lead": ["Deputy Chief Operating Officer", "Head of Patient Flow"], "end": "2025-07", "status": "blue"}),
            ("1.3", "Complete a harm review audit of all patients with a 12-hour length of stay in ED and report findings to Quality and Safety Committee.",
             "Chief Medical Officer", d(2026, 1, 31), None,
             "Audit tool agreed; Q1 cases (n=214) reviewed. Q2 review under way.",
             "G", "G", {"lead": ["Chief Medical Officer"], "end": "2026-01", "status": "green"}),
        ],
    },
    {
        "sheet": "SR2 Workforce",
        "title": "SR2: Inability to recruit, retain and develop a sustainable workforce",
        "objective": "Our people: make Hillingdon a great place to work and learn",
        "exec": "Chief People Officer",
        "committee": "People Committee",
        "scores": ("16 (C4 x L4)", "12 (C4 x L3)", "8 (C4 x L2)"),
        "appetite": "Open",
        "controls": "Workforce plan 2025/26 with vacancy trajectories by staff group\n"
                    "International recruitment pipeline with pastoral support\n"
                    "Temporary staffing controls (agency approval by executive)",
        "assurance": "People Committee workforce dashboard (monthly)\n"
                     "NHS Staff Survey 2024 results and action plans",
        "gaps": "G1: Nursing vacancy rate remains above 10% in medicine\n"
                "G2: Turnover of staff in their first two years is 18%\n"
                "G3: Medical rotas are not fully e-rostered",
        "actions": [
            ("2.1", "Reduce the registered nurse vacancy rate to below 8% through the international recruitment pipeline (60 nurses in 2025/26).",
             "Chief Nurse", "Q4 2025/26", None,
             "38 nurses arrived by end of Q2; vacancy rate 9.4% (from 11.2% in April).",
             "G", "G", {"lead": ["Chief Nurse"], "end": "2026-03", "status": "green"}),
            ("2.2", "Launch the flexible working and early-careers retention programme for staff in their first two years of employment.",
             "Chief People Officer; Head of Organisational Development", d(2025, 10, 31), d(2026, 1, 31),
             "Programme design complete. Launch deferred to January to align with the new appraisal window.",
             "G", "A", {"lead": ["Chief People Officer", "Head of Organisational Development"], "end": "2026-01", "status": "amber"}),
            ("2.3", "Roll out medical e-rostering (Allocate) to all specialties.",
             "Chief Medical Officer", d(2025, 6, 30), None,
             "Live in 9 of 14 specialties. Surgery and anaesthetics not yet started; escalated to People Committee in October.",
             "A", "R", {"lead": ["Chief Medical Officer"], "end": "2025-06", "status": "red"}),
        ],
    },
    {
        "sheet": "SR3 Estate",
        "title": "SR3: The condition of the Hillingdon Hospital estate compromises safe care before the new hospital opens",
        "objective": "Sustainable future: deliver the new Hillingdon Hospital and maintain a safe estate until it opens",
        "exec": "Director of Estates and Facilities",
        "committee": "Finance and Performance Committee",
        "scores": ("20 (C5 x L4)", "20 (C5 x L4)", "15 (C5 x L3)"),
        "appetite": "Minimal",
        "controls": "Six-facet survey (2024) and risk-prioritised backlog maintenance programme\n"
                    "Authorised engineers for water, ventilation and electrical systems",
        "assurance": "Premises Assurance Model return 2024/25\n"
                     "Monthly estates compliance report to Finance and Performance Committee",
        "gaps": "G1: Critical infrastructure backlog of GBP 48m exceeds capital allocation\n"
                "G2: Decant plan for the new hospital enabling works not agreed",
        "actions": [
            ("3.1", "Complete the 2025/26 critical infrastructure backlog programme (electrical, water and ventilation), prioritised by risk.",
             "Director of Estates and Facilities", d(2026, 3, 31), None,
             "11 of 19 schemes complete. Main switchboard replacement scheduled for February 2026.",
             "G", "G", {"lead": ["Director of Estates and Facilities"], "end": "2026-03", "status": "green"}),
            ("3.2", "Agree the enabling works programme and clinical decant plan with the New Hospital Programme.",
             "Director of Strategy and Redevelopment", "Ongoing", None,
             "Decant options reviewed at Redevelopment Board in October; preferred option to Board in January 2026.",
             "G", "G", {"lead": ["Director of Strategy and Redevelopment"], "end": None, "end_text": "Ongoing", "status": "green"}),
        ],
    },
    {
        "sheet": "SR4 Digital",
        "title": "SR4: A major cyber security incident or failure of critical IT systems disrupts patient care",
        "objective": "Sustainable future: use digital technology to deliver safe and efficient care",
        "exec": "Chief Information Officer",
        "committee": "Audit and Risk Committee",
        "scores": ("20 (C5 x L4)", "15 (C5 x L3)", "10 (C5 x L2)"),
        "appetite": "Averse",
        "controls": "Cyber security operations centre (24/7) and endpoint protection\n"
                    "Cerner Millennium EPR downtime procedures",
        "assurance": "Data Security and Protection Toolkit 2024/25: Standards Met\n"
                     "Internal audit of cyber security (reasonable assurance, 2024/25)",
        "gaps": "G1: Downtime procedures not tested in all clinical divisions\n"
                "G2: 2025/26 DSPT (Cyber Assessment Framework) evidence incomplete",
        "actions": [
            ("4.1", "Achieve 'Standards Met' in the 2025/26 Data Security and Protection Toolkit (Cyber Assessment Framework) submission.",
             "Chief Information Officer", d(2026, 6, 30), None,
             "Gap analysis against the CAF outcomes under way; baseline return due 31 December 2025.",
             "New", "G", {"lead": ["Chief Information Officer"], "end": "2026-06", "status": "green"}),
            ("4.2", "Complete a downtime business continuity exercise for the Cerner Millennium EPR in every clinical division.",
             "Chief Information Officer / Emergency Planning Lead", d(2025, 9, 30), None,
             "Exercises held in all four divisions (July to September 2025); lessons learned report to Audit and Risk Committee.",
             "G", "B", {"lead": ["Chief Information Officer", "Emergency Planning Lead"], "end": "2025-09", "status": "blue"}),
        ],
    },
]


def make_baf():
    name = "zep-hillingdon-hospitals-nhsft-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "The Hillingdon Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Board Assurance Framework 2025/26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Trust Board (Public) – 4 December 2025 – Agenda item 4.2 – Quarter 2 review"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "20/05/2025", "Company Secretary", "Strategic risks for 2025/26 agreed at Board seminar"),
            ("2.0", "19/08/2025", "Head of Risk and Compliance", "Q1 review; SR3 current score increased to 20"),
            ("3.0", "18/11/2025", "Head of Risk and Compliance", "Q2 review; action progress updated by executive leads")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = Font(bold=True)
                c.fill = GREY
    ws["A11"] = "Action progress key"
    ws["A11"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track to deliver by the due date"),
           ("A", "Some slippage – recovery expected within the quarter"),
           ("R", "Off track or overdue – escalated to the assuring committee")]
    for i, (k, t) in enumerate(key):
        c = ws.cell(row=12 + i, column=1, value=k)
        c.fill = RAG_FILL[k]
        c.alignment = CENTRE
        c.border = BOX
        ws.cell(row=12 + i, column=2, value=t).border = BOX
    ws["A17"] = ("Risk scores are Consequence x Likelihood on the 5 x 5 matrix. "
                 "Target score is the score expected by 31 March 2026.")
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 60

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BAF summary – Quarter 2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Strategic risk", "Executive lead", "Assuring committee",
           "Q1 score", "Q2 score", "Target score", "Trend"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NHS_BLUE
        c.border = BOX
        c.alignment = CENTRE
    q1 = {"SR1": 16, "SR2": 12, "SR3": 16, "SR4": 15}
    trend = {"SR1": "Static", "SR2": "Static", "SR3": "Increased", "SR4": "Static"}
    for i, r in enumerate(BAF_RISKS):
        ref = r["title"].split(":")[0]
        vals = [ref, r["title"].split(": ", 1)[1], r["exec"], r["committee"], q1[ref],
                int(r["scores"][1].split()[0]), int(r["scores"][2].split()[0]), trend[ref]]
        for j, v in enumerate(vals):
            c = sm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    for col, w in zip("ABCDEFGH", (7, 60, 30, 30, 9, 9, 11, 11)):
        sm.column_dimensions[col].width = w

    for r in BAF_RISKS:
        s = wb.create_sheet(r["sheet"])
        s.merge_cells("A1:H1")
        s["A1"] = r["title"]
        s["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        s["A1"].fill = NHS_BLUE
        s["A1"].alignment = Alignment(vertical="center", wrap_text=True)
        s.row_dimensions[1].height = 30
        info = [("Strategic objective", r["objective"]),
                ("Executive lead", r["exec"]),
                ("Assuring committee", r["committee"]),
                ("Inherent / current / target score",
                 f"Inherent {r['scores'][0]}   |   Current {r['scores'][1]}   |   Target {r['scores'][2]}"),
                ("Risk appetite", r["appetite"]),
                ("Key controls", r["controls"]),
                ("Sources of assurance", r["assurance"]),
                ("Gaps in control / assurance", r["gaps"])]
        for i, (k, v) in enumerate(info):
            row = 2 + i
            c = s.cell(row=row, column=1, value=k)
            c.font = Font(bold=True)
            c.fill = PALE
            c.border = BOX
            c.alignment = WRAP
            s.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
            c = s.cell(row=row, column=2, value=v)
            c.alignment = WRAP
            c.border = BOX
            if "\n" in v:
                s.row_dimensions[row].height = 15 * (v.count("\n") + 1)
        hrow = 2 + len(info) + 1  # one blank row
        s.cell(row=hrow, column=1, value="Actions to address gaps in control and assurance").font = Font(bold=True, size=12)
        hdr = ["Ref", "Action", "Action owner", "Original due date", "Revised due date",
               "Progress update (Q2)", "Previous RAG (Q1)", "Current RAG (Q2)"]
        for j, h in enumerate(hdr):
            c = s.cell(row=hrow + 1, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = NHS_BLUE
            c.border = BOX
            c.alignment = CENTRE
        for i, a in enumerate(r["actions"]):
            row = hrow + 2 + i
            ref, text, owner, orig, rev, prog, prev, cur, _ = a
            vals = [ref, text, owner, orig, rev, prog, prev, cur]
            for j, v in enumerate(vals):
                c = s.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                    c.alignment = Alignment(horizontal="center", vertical="top")
            for j, v in ((7, prev), (8, cur)):
                c = s.cell(row=row, column=j)
                c.alignment = CENTRE
                if v in RAG_FILL:
                    c.fill = RAG_FILL[v]
        for col, w in zip("ABCDEFGH", (30, 55, 28, 13, 13, 50, 11, 11)):
            s.column_dimensions[col].width = w
    wb.save(out(name))

    actions = []
    for r in BAF_RISKS:
        for a in r["actions"]:
            rd = a[8]
            act = {"ref": a[0], "under": [r["title"]], "action": a[1], "lead": rd["lead"], "end": rd["end"]}
            if "end_text" in rd:
                act["end_text"] = rd["end_text"]
            act["status"] = rd["status"]
            actions.append(act)
    exp = {
        "source": ("The Hillingdon Hospitals NHS Foundation Trust, Board Assurance Framework 2025/26 as an "
                   "appendix to the public Trust Board papers (Q2 review, December 2025). Imitates the common "
                   "NHS trust BAF workbook (cf. East of England Ambulance Service BAF update report, Nov 2025, "
                   "and GGI guidance on BAF design): a cover sheet with document-control table and action "
                   "RAG key, a one-line-per-risk summary sheet, then one sheet per strategic risk with a merged "
                   "title bar, objective/lead/committee/scores/controls/assurance/gaps block, and an actions "
                   "table with original and revised due dates, progress update, previous and current RAG "
                   "(letter plus fill colour)."),
        "reads": ("A four-risk BAF. The Cover and Summary sheets hold no actions; each SR sheet lists the "
                  "actions taken to close that risk's gaps, read under the risk title. Where a revised due "
                  "date is given it is the end; the current (Q2) RAG is the status and B means complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board Assurance Framework 2025/26",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 2. Torbay and South Devon NHSFT - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
PSII_AFIS = [
    ("Area for improvement 1: Recognition of soft signs of deterioration during virtual ward reviews", [
        ("1.1", "Add a structured soft-signs prompt (based on RESTORE2 mini) to the virtual ward daily review template in SystmOne.",
         "Virtual Ward Clinical Lead", d(2025, 10, 31),
         "Monthly audit of 20 records: prompt completed in at least 90%",
         "Template live from 6 October 2025. First audit due November.", "G",
         {"lead": ["Virtual Ward Clinical Lead"], "end": "2025-10", "status": "green"}),
        ("1.2", "Deliver soft-signs and NEWS2 escalation training to all virtual ward nurses and therapists, including bank staff.",
         "Practice Educator, Community Services / Virtual Ward Matron", d(2025, 12, 31),
         "Training compliance 95% (ESR report)",
         "62% trained. Bank staff sessions booked for December; may slip into January.", "A",
         {"lead": ["Practice Educator, Community Services", "Virtual Ward Matron"], "end": "2025-12", "status": "amber"}),
    ]),
    ("Area for improvement 2: Escalation when remote monitoring readings are missing or late", [
        ("2.1", "Amend the remote monitoring standard operating procedure so that two consecutive missed uploads trigger a same-day telephone or face-to-face review.",
         "Head of Nursing, Community Services", d(2025, 9, 30),
         "SOP ratified; spot check of missed-upload cases",
         "SOP v2.1 ratified at Community Services Governance Group, 23 September 2025.", "B",
         {"lead": ["Head of Nursing, Community Services"], "end": "2025-09", "status": "blue"}),
        ("2.2", "Configure remote monitoring platform alerts so that missing readings show on the virtual ward hub dashboard in real time.",
         "Head of Digital Clinical Safety", d(2026, 1, 31),
         "Alert tested and DCB0160 clinical safety case signed off",
         "Supplier change request raised; testing planned for December.", "G",
         {"lead": ["Head of Digital Clinical Safety"], "end": "2026-01", "status": "green"}),
        ("2.3", "Agree an out-of-hours escalation route with the Urgent Community Response team and the GP out-of-hours service for virtual ward patients after 20:00.",
         "Associate Director of Operations, Community Services", "Q4 2025/26",
         "Pathway agreed and included in the virtual ward operational policy",
         "Not started – awaiting ICB urgent care review.", None,
         {"lead": ["Associate Director of Operations, Community Services"], "end": "2026-03", "status": "unrated"}),
    ]),
    ("Area for improvement 3: Involving families and carers in raising concerns", [
        ("3.1", "Revise the virtual ward patient and carer leaflet to include a 24-hour contact number and clear advice on when to call.",
         "Patient Experience Lead", d(2025, 8, 31),
         "Leaflet issued to all new admissions",
         "New leaflet in use from 18 August 2025.", "B",
         {"lead": ["Patient Experience Lead"], "end": "2025-08", "status": "blue"}),
        ("3.2", "Extend the Call for Concern (Martha's Rule) pathway to virtual ward patients and their families.",
         "Deteriorating Patient and Resuscitation Lead Nurse", d(2026, 3, 31),
         "Number of calls logged and response within 1 hour",
         "Work paused: no clinical lead identified for the virtual ward pathway. Escalated to Patient Safety and Learning Group in October.", "R",
         {"lead": ["Deteriorating Patient and Resuscitation Lead Nurse"], "end": "2026-03", "status": "red"}),
    ]),
]


def make_psii():
    name = "zep-torbay-and-south-devon-nhsft-psii-virtual-ward-deterioration-safety-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    top = [
        ("Torbay and South Devon NHS Foundation Trust", Font(bold=True, size=12, color="005EB8")),
        ("Patient Safety Incident Investigation (PSII) – Safety Action Plan", Font(bold=True, size=14)),
        ("Incident: Delayed escalation of a deteriorating patient on the Frailty Virtual Ward", Font(bold=True)),
        ("LFPSE reference: 1289341   |   Trust reference: PSII-2025-06   |   Date of incident: 14/02/2025", Font()),
        ("Report approved: Patient Safety and Learning Group, 14 August 2025   |   Executive sponsor: Chief Nurse", Font()),
        ("RAG status is shown by cell colour – see the 'Key' sheet.", Font(italic=True)),
    ]
    for i, (t, f) in enumerate(top):
        ws.cell(row=1 + i, column=1, value=t).font = f
        ws.merge_cells(start_row=1 + i, start_column=1, end_row=1 + i, end_column=7)
    hdr = ["Ref", "Safety action", "Action owner", "Timescale", "Measure of effectiveness",
           "Progress update (October 2025)", "RAG"]
    row = 8
    for j, h in enumerate(hdr):
        c = ws.cell(row=row, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NHS_BLUE
        c.border = BOX
        c.alignment = CENTRE
    row += 1
    for afi, acts in PSII_AFIS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1, value=afi)
        c.font = Font(bold=True)
        c.fill = GREY
        c.border = BOX
        row += 1
        for a in acts:
            ref, text, owner, when, measure, prog, rag, _ = a
            for j, v in enumerate([ref, text, owner, when, measure, prog, None]):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=row, column=7).fill = RAG_FILL[rag]
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Safety recommendations for organisations outside the Trust: none identified.").font = Font(italic=True)
    row += 1
    ws.cell(row=row, column=1, value=("Actions are monitored monthly at the Community Services Governance Group and are closed "
                                      "by the Patient Safety and Learning Group when evidence has been received.")).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (8, 58, 30, 13, 36, 44, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (f, t) in enumerate([("B", "Blue – complete, evidence received"), ("G", "Green – on track"),
                                ("A", "Amber – at risk of missing the timescale"), ("R", "Red – overdue or off track"),
                                (None, "No colour – not yet started")]):
        c = k.cell(row=2 + i, column=1)
        c.border = BOX
        if f:
            c.fill = RAG_FILL[f]
        k.cell(row=2 + i, column=2, value=t)
    k.column_dimensions["B"].width = 45

    v = wb.create_sheet("Version control")
    for i, r in enumerate([("Version", "Date", "Changes", "By"),
                           ("0.1", "01/08/2025", "Draft safety actions from PSII report", "Patient Safety Partner / PSII lead"),
                           ("1.0", "14/08/2025", "Approved by Patient Safety and Learning Group", "Head of Patient Safety"),
                           ("1.1", "28/10/2025", "October progress update", "Community Services Governance Lead")]):
        for j, val in enumerate(r):
            c = v.cell(row=1 + i, column=1 + j, value=val)
            if i == 0:
                c.font = Font(bold=True)
    v.column_dimensions["C"].width = 45
    v.column_dimensions["D"].width = 35
    wb.save(out(name))

    actions = []
    for afi, acts in PSII_AFIS:
        for a in acts:
            rd = a[7]
            actions.append({"ref": a[0], "under": [afi], "action": a[1], "lead": rd["lead"],
                            "end": rd["end"], "status": rd["status"]})
    exp = {
        "source": ("Torbay and South Devon NHS Foundation Trust, patient safety incident investigation (PSII) "
                   "safety action plan under PSIRF, 2025 (virtual ward deterioration; imagined incident). Copies "
                   "the NHS England PSII report/safety action plan layout: incident title block with LFPSE and "
                   "trust references, areas for improvement as merged grey rows, SMART safety actions with "
                   "owner, timescale and measure of effectiveness, progress column, RAG shown by fill colour "
                   "only with a key on a separate sheet, closing notes and a version-control sheet."),
        "reads": ("Seven safety actions grouped under three areas for improvement. The RAG cells are colour "
                  "only: blue complete, green on track, amber at risk, red overdue, and 2.3 has no colour "
                  "(not yet started). Notes below the table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Patient Safety Incident Investigation (PSII) – Safety Action Plan",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 3. Caremark Exeter - CQC home care action plan with a typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
CAREMARK = [
    ("Safe", "Regulation 12: Safe care and treatment (medicines)", [
        ("1", "Move all medicines administration records onto the electronic MAR in our care planning system and stop using paper MARs.",
         "Registered Manager", "31 Jul 2025", "All clients live on eMAR from 28 July.", "Complete"),
        ("2", "Complete a medicines competency assessment for every care worker, with an annual refresher.",
         "Care Coordinator / Field Care Supervisor", "30 Sep 2025", "41 of 46 staff assessed.", "On track"),
        ("3", "Write a PRN protocol for every person prescribed 'as required' medicines.",
         "Field Care Supervisor", "31 Aug 2025", "Protocols in place for 12 of 14 clients; GP input awaited for 2.", "On track"),
    ]),
    ("Safe", "Regulation 19: Fit and proper persons employed", [
        ("4", "Audit every staff file and obtain any missing references and full employment histories with gaps explained.",
         "Office Manager", "31 0ct 2025", "Audit of 46 files started; 9 files need follow-up.", "On track"),
    ]),
    ("Safe", "Regulation 18: Staffing", [
        ("5", "Build travel time between every visit into rotas so that calls more than 30 minutes late fall below 5%.",
         "Care Coordinator", "31 Dec 2025", "Late calls 8% in September (14% in June).", "On track"),
    ]),
    ("Well-led", "Regulation 17: Good governance", [
        ("6", "Introduce a monthly quality audit covering call times, care plans and eMAR exceptions, reported to the Nominated Individual.",
         "Registered Manager", "30 Nov 2025", "First audit completed for September.", "On track"),
        ("7", "Review every care plan and risk assessment with the person and their family, and record their views.",
         "Field Care Supervisor", "31 Jan 2026", "", "Not started"),
    ]),
]


def make_caremark():
    name = "zep-caremark-exeter-cqc-home-care-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Caremark Exeter – CQC Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Inspection: 3 to 17 June 2025 (report published 29 July 2025)   |   Overall rating: Requires Improvement"
    ws["A3"] = "Registered Manager: Helen Parsons   |   Nominated Individual: Mark Dunstan   |   Updated: 6 October 2025"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    hdr = ["Key question", "Breach of regulation", "No.", "What we will do", "Who", "By when", "Progress", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = CENTRE
    row = 6
    typo_row = None
    kq_start = {}
    for kq, reg, acts in CAREMARK:
        start = row
        for a in acts:
            no, text, who, when, prog, status = a
            for j, v in enumerate([kq, reg, no, text, who, when, prog, status]):
                c = ws.cell(row=row, column=1 + j, value=v if (j > 1 or row == start) else None)
                c.border = BOX
                c.alignment = WRAP
            if when.startswith("31 0ct"):
                typo_row = row
            row += 1
        if row - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
        kq_start.setdefault(kq, []).append((start, row - 1))
    # merge the key-question column over all its rows
    for kq, spans in kq_start.items():
        s, e = spans[0][0], spans[-1][1]
        for r in range(s, e + 1):
            ws.cell(row=r, column=1).value = None
        ws.cell(row=s, column=1, value=kq)
        ws.cell(row=s, column=1).font = Font(bold=True)
        ws.cell(row=s, column=1).alignment = CENTRE
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Total actions: 7   |   Complete: 1   |   On track: 5   |   Not started: 1").font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    row += 1
    ws.cell(row=row, column=1, value="This plan is reviewed at the monthly management meeting and sent to CQC with our provider information return.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    for col, w in zip("ABCDEFGH", (13, 30, 6, 60, 26, 13, 40, 12)):
        ws.column_dimensions[col].width = w

    log = wb.create_sheet("Review log")
    for i, r in enumerate([("Date", "Meeting", "Attended by"),
                           ("04/08/2025", "Action plan agreed", "Registered Manager, Nominated Individual"),
                           ("01/09/2025", "Monthly management meeting", "Registered Manager, Care Coordinator, Field Care Supervisor"),
                           ("06/10/2025", "Monthly management meeting", "Registered Manager, Nominated Individual, Office Manager")]):
        for j, v in enumerate(r):
            c = log.cell(row=1 + i, column=1 + j, value=v)
            if i == 0:
                c.font = Font(bold=True)
    log.column_dimensions["B"].width = 30
    log.column_dimensions["C"].width = 60
    wb.save(out(name))
    assert typo_row
    exp = {
        "source": ("Caremark Exeter (domiciliary care franchise), action plan sent to CQC after a Requires "
                   "Improvement home care inspection, 2025 (imagined). Copies the small-provider CQC action "
                   "plan layout: title block naming the registered manager and nominated individual, key "
                   "question merged down the first column, the breached regulation merged over its actions, "
                   "'What we will do / Who / By when' columns with text dates, progress, status words, a "
                   "totals line and a review-log sheet."),
        "reads": ("Seven numbered actions under CQC key questions and breached regulations, with 'By when' "
                  "written as text dates. Action 4's date reads '31 0ct 2025' with a zero for the letter O, "
                  "a mistyped month a careful reader would query before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Caremark Exeter – CQC Action Plan",
    }
    return name, exp


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. NHS Tayside - HIS safe delivery of care, Stracathro Hospital (docx)
# ---------------------------------------------------------------------------
HIS_DOMAINS = [
    ("Domain 1 – Clear vision and purpose", [
        ("Requirement 1: NHS Tayside must ensure that the use of additional beds in ward areas is monitored and reported, "
         "and that risks to patient safety, privacy and dignity are assessed and managed.", [
            ("1.1", "Record every additional bed opened on the daily safety huddle template, with a risk assessment completed by the nurse in charge.",
             "31 October 2025", "Senior Charge Nurses / Clinical Nurse Manager", "B",
             {"lead": ["Senior Charge Nurses", "Clinical Nurse Manager"], "end": "2025-10", "status": "blue"}),
            ("1.2", "Report additional bed use and associated incidents monthly to the Surgical Directorate Clinical Governance Forum.",
             "December 2025", "Associate Nurse Director, Surgical Directorate", "G",
             {"lead": ["Associate Nurse Director, Surgical Directorate"], "end": "2025-12", "status": "green"}),
        ]),
    ]),
    ("Domain 2 – Leadership and culture", [
        ("Requirement 2: NHS Tayside must ensure that staff are supported to complete mandatory training, including "
         "infection prevention and control and fire safety training.", [
            ("2.1", "Provide protected time for mandatory training on each ward rota and review compliance at monthly one-to-ones, with a target of 90% by March 2026.",
             "31/03/2026", "Senior Charge Nurses", "A",
             {"lead": ["Senior Charge Nurses"], "end": "2026-03", "status": "amber"}),
        ]),
    ]),
    ("Domain 4.1 – Pathways, procedures and policies", [
        ("Requirement 3: NHS Tayside must ensure that the care environment and patient equipment are clean and "
         "maintained to allow effective decontamination.", [
            ("3.1", "Replace damaged mattress covers and chairs identified during the inspection and add equipment checks to the weekly environmental audit.",
             "30 September 2025", "Domestic Services Manager and Senior Charge Nurses", "B",
             {"lead": ["Domestic Services Manager", "Senior Charge Nurses"], "end": "2025-09", "status": "blue"}),
            ("3.2", "Carry out monthly infection prevention and control environmental audits on all inpatient wards, with results shared at ward safety huddles.",
             "Ongoing – monthly", "Lead Nurse, Infection Prevention and Control", "G",
             {"lead": ["Lead Nurse, Infection Prevention and Control"], "end": None, "end_text": "Ongoing – monthly", "status": "green"}),
        ]),
        ("Requirement 4: NHS Tayside must ensure that medicines are stored securely and that medicine fridge "
         "temperatures are monitored and recorded in line with board policy.", [
            ("4.1", "Fit digital min/max thermometers to all medicine fridges and add temperature checks to the nurse in charge daily checklist.",
             "End of November 2025", "Lead Pharmacist, Angus / Senior Charge Nurses", "G",
             {"lead": ["Lead Pharmacist, Angus", "Senior Charge Nurses"], "end": "2025-11", "status": "green"}),
            ("4.2", "Carry out quarterly pharmacy safe and secure storage audits and report the results to the Medicines Governance Group.",
             "January 2026", "Lead Pharmacist, Angus", "R",
             {"lead": ["Lead Pharmacist, Angus"], "end": "2026-01", "status": "red"}),
        ]),
    ]),
    ("Domain 4.3 – Workforce planning", [
        ("Requirement 5: NHS Tayside must ensure that real-time staffing assessment and risk escalation processes "
         "under the Health and Care (Staffing) (Scotland) Act 2019 are embedded and recorded.", [
            ("5.1", "Complete the SafeCare real-time staffing assessment each shift, with escalations and professional judgement recorded in the system.",
             "28/02/2026", "Clinical Nurse Manager; eRostering Lead", "G",
             {"lead": ["Clinical Nurse Manager", "eRostering Lead"], "end": "2026-02", "status": "green"}),
        ]),
    ]),
]


def make_his():
    name = "zep-nhs-tayside-his-stracathro-hospital-safe-delivery-of-care-improvement-action-plan.docx"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NHS Tayside")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Improvement Action Plan – Stracathro Hospital", level=1)
    doc.add_paragraph("Healthcare Improvement Scotland: Safe Delivery of Care Inspection")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("NHS board", "NHS Tayside"),
                 ("Hospital", "Stracathro Hospital, Brechin"),
                 ("Inspection", "Safe delivery of care inspection (unannounced)"),
                 ("Dates of inspection", "10 and 11 June 2025"),
                 ("Report published", "2 September 2025"),
                 ("Action plan version", "Version 3 – updated 17 November 2025")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        shade(cells[0], "DEEAF6")
        set_text(cells[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan responds to the requirements made by Healthcare Improvement Scotland. Progress is "
        "reported monthly to the Care Governance Committee. RAG: B – complete and evidenced; G – on track; "
        "A – at risk of delay; R – not on track.")
    for dom, reqs in HIS_DOMAINS:
        doc.add_heading(dom, level=2)
        tb = doc.add_table(rows=0, cols=5)
        tb.style = "Table Grid"
        for req, acts in reqs:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[4])
            set_text(m, req, bold=True, size=9)
            shade(m, "D9D9D9")
            hdr = tb.add_row().cells
            for c, h in zip(hdr, ["Ref", "Action planned", "Timescale to meet action",
                                  "Responsibility for taking action", "RAG"]):
                set_text(c, h, bold=True, size=9, color="FFFFFF")
                shade(c, "005EB8")
            for a in acts:
                ref, text, when, who, rag, _ = a
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, text, when, who, rag]):
                    set_text(c, v, size=9)
                shade(cells[4], {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}[rag])
        widths = (Cm(1.4), Cm(12.5), Cm(3.6), Cm(5.5), Cm(1.4))
        for row_ in tb.rows:
            for c, w in zip(row_.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=0, cols=4)
    so.style = "Table Grid"
    for vals in [("Name", "Designation", "Signature", "Date"),
                 ("Claire Pearce", "Director of Nursing and Midwifery", "C Pearce", "17/11/2025"),
                 ("Grant Archibald", "Chief Executive", "G Archibald", "17/11/2025")]:
        cells = so.add_row().cells
        for c, v in zip(cells, vals):
            set_text(c, v, bold=vals[0] == "Name", size=9)
    doc.save(out(name))

    actions = []
    for dom, reqs in HIS_DOMAINS:
        for req, acts in reqs:
            for a in acts:
                rd = a[5]
                act = {"ref": a[0], "under": [dom, req], "action": a[1], "lead": rd["lead"], "end": rd["end"]}
                if "end_text" in rd:
                    act["end_text"] = rd["end_text"]
                act["status"] = rd["status"]
                actions.append(act)
    exp = {
        "source": ("NHS Tayside improvement action plan responding to a Healthcare Improvement Scotland safe "
                   "delivery of care inspection of Stracathro Hospital, 2025 (imagined inspection). Follows "
                   "the HIS improvement action plan template (requirements set out by quality framework "
                   "domain, each followed by 'Action planned / Timescale to meet action / Responsibility for "
                   "taking action') with a board cover table, a RAG column kept by the board, one Word table "
                   "per domain under a domain heading, and a sign-off table."),
        "reads": ("Five HIS requirements in four domain sections, each a grey merged row above the board's "
                  "numbered actions. Actions are read under the domain heading and the requirement; the RAG "
                  "letter is the status (B complete). The cover and sign-off tables are not plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Improvement Action Plan – Stracathro Hospital",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 5. Swansea Bay UHB - HIW mental health inspection, Tonna Hospital (docx)
# ---------------------------------------------------------------------------
HIW_THEMES = [
    ("Quality of Patient Experience", [
        ("Patients told us there were few activities at weekends.",
         "The health board must ensure that patients have access to meaningful therapeutic activities seven days a week.",
         "Health and Care Quality Standards 2023 – Person-centred", [
            ("Extend the occupational therapy technical instructor rota to include weekend sessions on both wards.",
             "Head of Occupational Therapy, Mental Health and Learning Disabilities", "31 December 2025", "On track",
             {"lead": ["Head of Occupational Therapy, Mental Health and Learning Disabilities"], "end": "2025-12", "status": "green"}),
            ("Agree a weekend activity timetable with patients through the ward community meetings.",
             "Ward Managers", "October 2025", "Complete",
             {"lead": ["Ward Managers"], "end": "2025-10", "status": "blue"}),
        ]),
        ("Information on advocacy and Putting Things Right was not displayed on one ward.",
         "The health board must ensure that information on advocacy and on raising a concern is displayed on all wards in English and Welsh.",
         "Health and Care Quality Standards 2023 – Effective; Welsh Language Standards", [
            ("Display bilingual Putting Things Right and advocacy posters on every ward and add them to the ward welcome pack.",
             "Ward Manager / Patient Experience Officer", "31/08/2025", "Complete",
             {"lead": ["Ward Manager", "Patient Experience Officer"], "end": "2025-08", "status": "blue"}),
        ]),
    ]),
    ("Delivery of Safe and Effective Care", [
        ("Care and treatment plans were not always reviewed when patients' needs changed.",
         "The health board must ensure that care and treatment plans are reviewed and updated in line with the Mental Health (Wales) Measure 2010.",
         "Mental Health (Wales) Measure 2010, Part 2", [
            ("Introduce a monthly audit of care and treatment plans on WCCIS, with results reported to the divisional Quality and Safety Group.",
             "Senior Nurse, Older Adult Mental Health", "30 November 2025", "On track",
             {"lead": ["Senior Nurse, Older Adult Mental Health"], "end": "2025-11", "status": "green"}),
            ("Deliver refresher training on the Measure and on care and treatment planning to all registered nurses.",
             "Practice Development Nurse", "31 January 2026", "Not started",
             {"lead": ["Practice Development Nurse"], "end": "2026-01", "status": "unrated"}),
        ]),
        ("Medicine fridge temperatures were not recorded on nine days in June 2025.",
         "The health board must ensure that medicine fridge temperatures are checked and recorded every day.",
         "Health and Care Quality Standards 2023 – Safe", [
            ("Add fridge temperature checks to the daily nurse in charge checklist, signed off weekly by the ward manager.",
             "Ward Managers", "Immediate and ongoing", "Complete",
             {"lead": ["Ward Managers"], "end": None, "end_text": "Immediate and ongoing", "status": "blue"}),
        ]),
    ]),
    ("Quality of Management and Leadership", [
        ("Mandatory training compliance on one ward was 71%.",
         "The health board must ensure that staff complete mandatory training, including Immediate Life Support.",
         "Health and Care Quality Standards 2023 – Workforce", [
            ("Agree an individual training trajectory with each staff member and protect time on the rota to complete e-learning and ILS.",
             "Service Manager, Older Adult Mental Health", "31 March 2026", "Amber",
             {"lead": ["Service Manager, Older Adult Mental Health"], "end": "2026-03", "status": "amber"}),
        ]),
    ]),
]


def vmerge(table, col, r0, r1, text):
    if r1 > r0:
        m = table.cell(r0, col).merge(table.cell(r1, col))
    else:
        m = table.cell(r0, col)
    set_text(m, text, size=9)


def make_hiw():
    name = "zep-swansea-bay-uhb-hiw-tonna-hospital-mental-health-inspection-improvement-plan.docx"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Tonna Hospital Mental Health Inspection – Improvement Plan", level=1)
    doc.add_paragraph("Swansea Bay University Health Board – Mental Health and Learning Disabilities Service Group")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Tonna Hospital, Neath – older adult mental health wards"),
                 ("Date of inspection:", "8 – 10 July 2025"),
                 ("Inspection type:", "Unannounced mental health hospital inspection"),
                 ("Progress position at:", "28 November 2025")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        set_text(cells[1], v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "Immediate assurance: HIW issued an immediate assurance letter on 11 July 2025 about ligature risk "
        "assessments. The health board's actions were completed and accepted by HIW on 1 August 2025 and are "
        "not repeated below.")
    doc.add_paragraph(
        "The table below sets out the improvements HIW identified and the actions the health board is taking "
        "to address them.")
    hdr = ["Risk / finding / issue", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Status (Nov 2025)"]
    n_rows = 1 + sum(1 + sum(len(f[3]) for f in finds) for _, finds in HIW_THEMES)
    tb = doc.add_table(rows=n_rows, cols=7)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, hdr):
        set_text(c, h, bold=True, size=9, color="FFFFFF")
        shade(c, "00594F")
    r = 1
    for theme, finds in HIW_THEMES:
        m = tb.cell(r, 0).merge(tb.cell(r, 6))
        set_text(m, theme, bold=True, size=10)
        shade(m, "D9E7E5")
        r += 1
        for finding, need, std, acts in finds:
            r0, r1 = r, r + len(acts) - 1
            vmerge(tb, 0, r0, r1, finding)
            vmerge(tb, 1, r0, r1, need)
            vmerge(tb, 2, r0, r1, std)
            for a in acts:
                text, who, when, status, _ = a
                for col, v in zip((3, 4, 5, 6), (text, who, when, status)):
                    set_text(tb.cell(r, col), v, size=9)
                r += 1
    widths = (Cm(4), Cm(5), Cm(3.2), Cm(6), Cm(3.6), Cm(2.4), Cm(2.2))
    for row_ in tb.rows:
        for c, w in zip(row_.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Service representative")
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Name (print):", "Rhian Price"),
                 ("Job role:", "Head of Nursing, Mental Health and Learning Disabilities"),
                 ("Date:", "14 October 2025")]:
        cells = so.add_row().cells
        set_text(cells[0], k, bold=True, size=10)
        set_text(cells[1], v, size=10)
    doc.save(out(name))

    actions = []
    for theme, finds in HIW_THEMES:
        for finding, need, std, acts in finds:
            for a in acts:
                rd = a[4]
                act = {"ref": None, "under": [theme, need], "action": a[0], "lead": rd["lead"], "end": rd["end"]}
                if "end_text" in rd:
                    act["end_text"] = rd["end_text"]
                act["status"] = rd["status"]
                actions.append(act)
    exp = {
        "source": ("Swansea Bay University Health Board, improvement plan returned to Healthcare Inspectorate "
                   "Wales after an unannounced mental health hospital inspection of Tonna Hospital, 2025 "
                   "(imagined inspection). Copies the HIW improvement plan template (service/date table; "
                   "columns 'Risk/finding/issue, Improvement needed, Standard/Regulation, Service action, "
                   "Responsible officer, Timescale'; service representative sign-off) with the health board's "
                   "own additions: HIW theme rows merged across the table, finding/improvement/standard cells "
                   "merged down over their several service actions, and a status column."),
        "reads": ("Seven unnumbered service actions in one table, grouped by the three HIW themes; each is "
                  "read under its theme and the 'improvement needed' text (merged over its actions). Status "
                  "words give the RAG; the immediate-assurance paragraph and sign-off table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Tonna Hospital Mental Health Inspection – Improvement Plan",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 6. Ashgrove Lodge Nursing Home - RQIA QIP tracker (csv)
# ---------------------------------------------------------------------------
REGS = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
STDS = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
RQIA = [
    (REGS, [
        ("1", "Regulation 13 (4)", "First time",
         "The registered person shall ensure that all medicines are administered as prescribed and that records of administration are accurate and complete.", [
            ("1.1", "All nurses to complete the medicines management e-learning and a supervised medicines round.",
             "Registered Manager", "31 July 2025", "All 11 nurses completed by 24 July.", "Blue",
             {"lead": ["Registered Manager"], "end": "2025-07", "status": "blue"}),
            ("1.2", "Weekly MAR audit of 10 residents, with any omissions followed up with the nurse on duty.\nResults reviewed at the monthly governance meeting.",
             "Deputy Manager / Clinical Lead", "From the date of inspection", "Audits completed weekly since 26 May; 2 omissions in September.", "Green",
             {"lead": ["Deputy Manager", "Clinical Lead"], "end": None, "end_text": "From the date of inspection", "status": "green"}),
        ]),
        ("2", "Regulation 27 (4) (a)", "First time",
         "The registered person shall ensure that fire doors are not wedged or propped open.", [
            ("2.1", "Fit automatic door-hold devices linked to the fire alarm on the two lounge doors and the dining room door.",
             "Registered Manager; Maintenance Officer", "30 September 2025", "Devices fitted 12 September 2025.", "Blue",
             {"lead": ["Registered Manager", "Maintenance Officer"], "end": "2025-09", "status": "blue"}),
            ("2.2", "Add fire door checks to the daily walk-round by the nurse in charge.",
             "Nurse in Charge", "Immediate action required", "In place.", "Green",
             {"lead": ["Nurse in Charge"], "end": None, "end_text": "Immediate action required", "status": "green"}),
        ]),
        ("3", "Regulation 21 (1) (b)", "Second time",
         "The registered person shall ensure that recruitment records evidence that Access NI checks and NISCC registration are confirmed before staff start work.", [
            ("3.1", "Introduce a pre-employment checklist signed by the Registered Manager before a start date is confirmed.",
             "Registered Manager", "30 June 2025", "Checklist in use.", "Blue",
             {"lead": ["Registered Manager"], "end": "2025-06", "status": "blue"}),
            ("3.2", "Monthly NISCC registration check of all care staff by the administrator, reported to the Registered Manager.",
             "Home Administrator", "31/10/2025", "Two care assistants' registrations lapsed in August; both now renewed.", "Amber",
             {"lead": ["Home Administrator"], "end": "2025-10", "status": "amber"}),
        ]),
    ]),
    (STDS, [
        ("4", "Standard 23", "First time",
         "The registered person shall ensure that falls risk assessments and care plans are reviewed after every fall.", [
            ("4.1", "Post-falls review template added to the electronic care record; nurse in charge to complete within 24 hours of every fall.",
             "Deputy Manager", "31 August 2025", "Template live; compliance 85% in September.", "Green",
             {"lead": ["Deputy Manager"], "end": "2025-08", "status": "green"}),
        ]),
        ("5", "Standard 12", "First time",
         "The registered person shall ensure that the daily menu is displayed in a suitable format and that residents on modified diets are offered a choice at each meal.", [
            ("5.1", "Introduce a pictorial menu board in each dining room and IDDSI-level choice sheets for residents on modified diets.",
             "Catering Manager; Dysphagia Link Nurse", "November 2025", "Pictorial menus ordered; not yet in place.", "Red",
             {"lead": ["Catering Manager", "Dysphagia Link Nurse"], "end": "2025-11", "status": "red"}),
        ]),
    ]),
]


def make_rqia():
    name = "zep-ashgrove-lodge-nursing-home-newry-rqia-care-inspection-qip-tracker.csv"
    hdr = ["AFI", "Ref: Regulation / Standard", "Stated", "Area for improvement", "Action no.",
           "Response by registered person detailing the actions taken", "Person responsible",
           "To be completed by", "Progress at 30/09/2025", "RAG"]
    n = len(hdr)
    rows = [
        ["Ashgrove Lodge Nursing Home, Newry – RQIA Quality Improvement Plan tracker"] + [""] * (n - 1),
        ["Inspection ID: IN048213 – unannounced care inspection 19 and 20 May 2025 – QIP returned to RQIA 14 July 2025"] + [""] * (n - 1),
        ["RAG: Blue = complete; Green = on track; Amber = some delay; Red = overdue"] + [""] * (n - 1),
        [""] * n,
        hdr,
    ]
    counts = {}
    for section, afis in RQIA:
        rows.append([section] + [""] * (n - 1))
        for afi, ref, stated, text, acts in afis:
            for i, a in enumerate(acts):
                no, act, who, when, prog, rag, _ = a
                counts[rag] = counts.get(rag, 0) + 1
                if i == 0:
                    rows.append([afi, ref, stated, text, no, act, who, when, prog, rag])
                else:
                    rows.append(["", "", "", "", no, act, who, when, prog, rag])
    rows.append([""] * n)
    total = sum(counts.values())
    rows.append([f"Total actions: {total}; Blue {counts['Blue']}; Green {counts['Green']}; "
                 f"Amber {counts['Amber']}; Red {counts['Red']}"] + [""] * (n - 1))
    rows.append(["Note: AFI 3 was stated for the second time; RQIA will review it at the next inspection."] + [""] * (n - 1))
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    actions = []
    for section, afis in RQIA:
        for afi, ref, stated, text, acts in afis:
            for a in acts:
                rd = a[6]
                act = {"ref": a[0], "under": [section, text], "action": a[1], "lead": rd["lead"], "end": rd["end"]}
                if "end_text" in rd:
                    act["end_text"] = rd["end_text"]
                act["status"] = rd["status"]
                actions.append(act)
    exp = {
        "source": ("Ashgrove Lodge Nursing Home, Newry (imagined independent nursing home), tracker of the "
                   "RQIA care inspection Quality Improvement Plan, 2025, saved as CSV. Copies the RQIA QIP "
                   "wording and structure: the two 'Action required to ensure compliance with...' sections "
                   "(Regulations, then Care Standards for Nursing Homes 2022), areas for improvement with "
                   "Ref/Stated/To be completed by (including 'Immediate action required' and 'From the date "
                   "of inspection'), the registered person's response, plus the home's own action numbers, "
                   "persons responsible, progress and RAG, a totals line and a note."),
        "reads": ("Eight numbered actions answering five areas for improvement in two sections. The area "
                  "text is given only on an area's first row and carries over to its continuation rows; "
                  "'Immediate action required' and 'From the date of inspection' have no end month. RAG "
                  "words give the status (Blue complete)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Ashgrove Lodge Nursing Home, Newry – RQIA Quality Improvement Plan tracker",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 7. Liverpool Heart and Chest Hospital NHSFT - quality account priorities tracker (txt)
# ---------------------------------------------------------------------------
LHCH = [
    ("Patient safety", [
        ("Priority 1: Improve the recognition and response to the deteriorating patient", [
            ("1.1", "Launch the revised deteriorating patient policy, including NEWS2 escalation and sepsis screening, on all wards.",
             "Deputy Chief Nurse", "Jun-25", "Achieved", "Achieved", "Policy launched 2 June 2025.",
             {"lead": ["Deputy Chief Nurse"], "end": "2025-06", "status": "blue"}),
            ("1.2", "Achieve 90% compliance with timely escalation of NEWS2 scores of 5 or more, measured by monthly audit.",
             "Dr Priya Raman and Claire Hughes", "Q4 2025/26", "On track", "At risk",
             "Compliance 84% in September; focused work on night shifts.",
             {"lead": ["Dr Priya Raman", "Claire Hughes"], "end": "2026-03", "status": "amber"}),
            ("1.3", "Report deteriorating patient incidents and learning to the Patient Safety Group.",
             "Head of Patient Safety", "Quarterly", "On track", "On track", "Q1 and Q2 reports received.",
             {"lead": ["Head of Patient Safety"], "end": None, "end_text": "Quarterly", "status": "green"}),
        ]),
        ("Priority 2: Reduce omitted and delayed time-critical medicines", [
            ("2.1", "Flag time-critical medicines on the electronic prescribing and medicines administration system.",
             "Chief Pharmacist", "Q2 2025/26", "On track", "Achieved", "Flags live from 8 September 2025.",
             {"lead": ["Chief Pharmacist"], "end": "2025-09", "status": "blue"}),
            ("2.2", "Reduce omitted doses of time-critical medicines by 30% against the 2024/25 baseline.",
             "Chief Pharmacist / Lead Nurse for Medicines Safety", "31/03/2026", "On track", "On track",
             "18% reduction at Q2.",
             {"lead": ["Chief Pharmacist", "Lead Nurse for Medicines Safety"], "end": "2026-03", "status": "green"}),
        ]),
    ]),
    ("Clinical effectiveness", [
        ("Priority 3: Reduce waiting times for inpatient transfers from district general hospitals", [
            ("3.1", "Publish a daily inpatient transfer dashboard shared with referring hospitals in Cheshire and Merseyside.",
             "Divisional Director of Operations, Surgery", "Sep 2025", "On track", "Achieved",
             "Dashboard live from 15 September 2025.",
             {"lead": ["Divisional Director of Operations, Surgery"], "end": "2025-09", "status": "blue"}),
            ("3.2", "Treat 80% of NSTEMI inpatient transfers within 72 hours of referral.",
             "Clinical Director, Cardiology", "Mar-26", "At risk", "Off track",
             "61% in Q2; theatre and cath lab capacity review under way.",
             {"lead": ["Clinical Director, Cardiology"], "end": "2026-03", "status": "red"}),
            ("3.3", "Open a weekend cardiac catheter lab list for inpatient transfers.",
             "Divisional Director of Operations, Medicine", "Dec 2025", "Not started", "On track",
             "Staffing model agreed; first list planned for 6 December.",
             {"lead": ["Divisional Director of Operations, Medicine"], "end": "2025-12", "status": "green"}),
        ]),
    ]),
    ("Patient experience", [
        ("Priority 4: Improve care for people with a learning disability and autistic people", [
            ("4.1", "Complete Oliver McGowan Mandatory Training (tier 1) for 90% of staff.",
             "Director of Workforce and OD", "31/03/2026", "On track", "On track", "Compliance 76% at Q2.",
             {"lead": ["Director of Workforce and OD"], "end": "2026-03", "status": "green"}),
            ("4.2", "Introduce reasonable adjustment flags on the patient administration system, visible to all clinical staff.",
             "Chief Information Officer", "Jan 2026", "Not started", "Not started", "",
             {"lead": ["Chief Information Officer"], "end": "2026-01", "status": "unrated"}),
            ("4.3", "Recruit two patient partners with lived experience to the Patient Experience and Inclusion Group.",
             "Head of Patient Experience", "Q3 2025/26", "On track", "On track", "One partner appointed in August.",
             {"lead": ["Head of Patient Experience"], "end": "2025-12", "status": "green"}),
            ("4.4", "Audit the use of hospital passports for elective admissions and share results with the Quality Committee.",
             "Learning Disability and Autism Nurse Specialist", "Feb-26", "On track", "On track", "Audit planned for January 2026.",
             {"lead": ["Learning Disability and Autism Nurse Specialist"], "end": "2026-02", "status": "green"}),
        ]),
    ]),
]


def make_lhch():
    name = "zep-liverpool-heart-and-chest-hospital-nhsft-quality-account-priorities-tracker-2025-26.txt"
    T = "\t"
    lines = [
        "Liverpool Heart and Chest Hospital NHS Foundation Trust",
        "Quality Account 2025/26 – Quality Priorities Progress Tracker",
        "Reporting period: Quarter 2 (July to September 2025)" + T + "Presented to: Quality Committee, 21 October 2025",
        "Key: Blue = Achieved; Green = On track; Amber = At risk; Red = Off track; Grey = Not started",
        "",
        T.join(["Priority", "Ref", "Milestone / action", "Lead", "Due", "Q1 status", "Q2 status", "Q2 update"]),
    ]
    counts = {}
    for dom, pris in LHCH:
        lines.append(dom)
        for pri, acts in pris:
            lines.append(pri)
            for a in acts:
                ref, text, lead, due, q1, q2, upd, _ = a
                counts[q2] = counts.get(q2, 0) + 1
                lines.append(T.join(["", ref, text, lead, due, q1, q2, upd]))
    lines.append("")
    lines.append("Summary at Q2: " + "; ".join(f"{k} {counts.get(k, 0)}" for k in
                                              ("Achieved", "On track", "At risk", "Off track", "Not started")))
    lines.append("Notes: the 2025/26 priorities were agreed with governors and Healthwatch in March 2025. "
                 "Milestone 3.3 was added at Q1.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    actions = []
    for dom, pris in LHCH:
        for pri, acts in pris:
            for a in acts:
                rd = a[7]
                act = {"ref": a[0], "under": [dom, pri], "action": a[1], "lead": rd["lead"], "end": rd["end"]}
                if "end_text" in rd:
                    act["end_text"] = rd["end_text"]
                act["status"] = rd["status"]
                actions.append(act)
    exp = {
        "source": ("Liverpool Heart and Chest Hospital NHS Foundation Trust, Quality Account 2025/26 quality "
                   "priorities progress tracker reported quarterly to the Quality Committee (imagined content; "
                   "priorities grouped in the three Quality Account domains as trusts publish them, cf. the "
                   "Newcastle Hospitals 2025/26 Quality Account priorities page). Tab-separated text export: "
                   "title lines, reporting period, a key that maps status words to colours, domain and "
                   "priority lines, milestone rows with Q1 and Q2 status, a summary line and notes."),
        "reads": ("Twelve numbered milestones under three domains (Patient safety, Clinical effectiveness, "
                  "Patient experience) and four priorities. The Q2 status is current; by the key Achieved is "
                  "blue, At risk amber, Off track red and Not started unrated. Due dates mix months, "
                  "financial-year quarters and 'Quarterly' (no end month)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Quality Account 2025/26 – Quality Priorities Progress Tracker",
        "actions": actions,
    }
    return name, exp


MAKERS = [make_baf, make_psii, make_caremark, make_his, make_hiw, make_rqia, make_lhch]


def main(write_expected=True):
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')

    def dict_rep(dumper, data):
        # keys plain, string values double-quoted (keeps dashes, quotes and \n exact)
        node = dumper.represent_dict(data)
        for k, _ in node.value:
            k.style = None
        return node

    Dumper.add_representer(str, str_rep)
    Dumper.add_representer(dict, dict_rep)
    for mk in MAKERS:
        name, exp = mk()
        print("wrote", name)
        if write_expected:
            with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
                yaml.dump(exp, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000)


if __name__ == "__main__":
    main()
