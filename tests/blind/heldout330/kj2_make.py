#!/usr/bin/env python3
"""Build the seven kj2- blind test files (set heldout330).

Run with /work/main/.venv/bin/python kj2_make.py ; files are written beside this script.
The data tables below also carry the expected reading of each action (lead list, end month,
status) so that the .expected.yaml files can be written from exactly the same strings.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

# colours
XL = {
    "blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "head": "1F3864", "theme": "D9E1F2", "obj": "EDEDED", "grey": "D9D9D9",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def A(ref, under, action, lead_list, end, exp_status, end_text=None, **cells):
    """One action: the expected reading plus the raw cells used to write it."""
    d = {"ref": ref, "under": under, "action": action, "lead": lead_list, "end": end,
         "status": exp_status}
    if end_text is not None:
        d["end_text"] = end_text
    d["cells"] = cells
    return d


# ---------------------------------------------------------------------------
# 1. Hammersmith & Fulham SAB - SAR 'Mr N' multi-agency action plan (xlsx)
# ---------------------------------------------------------------------------
HF_FILE = "kj2-hammersmith-fulham-sab-sar-mr-n-action-plan.xlsx"
HF_TITLE = "Hammersmith & Fulham Safeguarding Adults Board – Safeguarding Adults Review ‘Mr N’: Multi-Agency Action Plan"
HF_R1 = ("1. The SAB should seek assurance that all partner agencies have embedded the multi-agency "
         "self-neglect and hoarding protocol, including escalation where a person repeatedly declines support.")
HF_R2 = ("2. Partners should ensure that mental capacity assessments are decision-specific, time-specific "
         "and recorded where there is reason to doubt a person’s capacity to make decisions about their "
         "care, accommodation or self-care.")
HF_R3 = ("3. The Council and housing providers should ensure that tenancy sustainment teams share "
         "information about repeated missed visits and property condition concerns with Adult Social Care.")
HF_RECS = [
    (HF_R1, [
        A("1.1", [HF_R1],
          "Refresh the multi-agency self-neglect and hoarding protocol to include a clear escalation route to the High Risk Panel.",
          ["Head of Safeguarding Adults (LBHF)"], "2025-06", "blue",
          lead_cell="Head of Safeguarding Adults (LBHF)", date=D(2025, 6, 30),
          progress="Revised protocol ratified by the SAB on 19 June 2025 and published on the SAB website.",
          rag="blue"),
        A("1.2", [HF_R1],
          "Deliver briefing sessions on the revised protocol to front-line staff in ASC, Housing, CLCH district nursing and LFB.",
          ["SAB Business Manager", "SAB Training Lead"], "2025-12", "green",
          lead_cell="SAB Business Manager / SAB Training Lead", date=D(2025, 12, 31),
          progress="Four of six sessions delivered; 142 staff attended. Remaining sessions booked for November.",
          rag="green"),
        A("1.3", [HF_R1],
          "Undertake a multi-agency audit of self-neglect cases closed in the last 12 months to test use of the escalation route.",
          ["Quality Assurance Subgroup Chair"], "2026-03", "amber",
          lead_cell="Quality Assurance Subgroup Chair", date="March 2026",
          progress="Audit tool agreed. Case sample delayed pending data from Housing.",
          rag="amber"),
    ]),
    (HF_R2, [
        A("2.1", [HF_R2],
          "Introduce a mental capacity assessment template in the ASC case recording system (Mosaic) with mandatory decision-specific fields.",
          ["Principal Social Worker"], "2025-09", "blue",
          lead_cell="Principal Social Worker", date=D(2025, 9, 30),
          progress="Template live from 1 September 2025; first dip-sample shows 87% of assessments decision-specific.",
          rag="blue"),
        A("2.2", [HF_R2],
          "Deliver MCA ‘executive capacity’ training to ICHT and CLCH community teams.",
          ["ICHT Named Nurse for Safeguarding Adults", "CLCH Head of Safeguarding"], "2026-01", "green",
          lead_cell="ICHT Named Nurse for Safeguarding Adults; CLCH Head of Safeguarding", date="31/01/2026",
          progress="ICHT sessions complete. CLCH sessions scheduled December/January.",
          rag="green"),
    ]),
    (HF_R3, [
        A("3.1", [HF_R3],
          "Agree an information-sharing pathway between Housing Management, registered providers and the ASC Front Door for tenants with repeated no-access visits.",
          ["Assistant Director, Housing Management"], "2025-11", "amber",
          lead_cell="Assistant Director, Housing Management", date=D(2025, 11, 30),
          progress="Draft pathway circulated to registered providers; two responses outstanding.",
          rag="amber"),
        A("3.2", [HF_R3],
          "Add a prompt on self-neglect risk indicators to the housing officer home visit checklist.",
          ["Tenancy Sustainment Manager"], "2025-07", "blue",
          lead_cell="Tenancy Sustainment Manager", date="July 2025",
          progress="Checklist updated and in use.",
          rag="blue"),
        A("3.3", [HF_R3],
          "Review the use of the pathway six months after implementation and report findings to the SAB.",
          ["SACRG Chair"], None, "unrated", end_text="Ongoing",
          lead_cell="SACRG Chair", date="Ongoing",
          progress="", rag=None),
    ]),
]


def build_hf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [46, 7, 52, 30, 14, 48, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = HF_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=XL["head"])
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Review published: 12 March 2025  |  Plan owner: Safeguarding Adults Case Review Group "
                "(SACRG)  |  Last updated: 22 October 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    # RAG key
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    ws.merge_cells("B4:C4")
    for ref, txt, col in [("B4", "Completed – evidence of impact received", "blue"),
                          ("D4", "On track", "green"),
                          ("E4", "Started – some slippage", "amber"),
                          ("F4", "Not on track / significant delay", "red")]:
        ws[ref] = txt
        ws[ref].fill = fill(XL[col])
    heads = ["Recommendation", "No.", "Action", "Lead agency / officer", "Target date",
             "Progress update (October 2025)", "RAG"]
    hr = 6
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(XL["head"])
        cell.alignment = WRAP
        cell.border = BOX
    r = hr + 1
    for rec, acts in HF_RECS:
        first = r
        for a in acts:
            c = a["cells"]
            ws.cell(r, 2, a["ref"])
            ws.cell(r, 3, a["action"])
            ws.cell(r, 4, c["lead_cell"])
            dc = ws.cell(r, 5, c["date"])
            if isinstance(c["date"], dt.datetime):
                dc.number_format = "dd/mm/yyyy"
            ws.cell(r, 6, c["progress"] or None)
            g = ws.cell(r, 7)
            if c["rag"]:
                g.fill = fill(XL[c["rag"]])
            for col in range(1, 8):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
        ws.cell(first, 1, rec)
        ws.cell(first, 1).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Note: RAG status is agreed by the SACRG at each meeting. Actions rated Blue are "
                  "retained for one cycle before closure.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.freeze_panes = "A7"

    g = wb.create_sheet("Glossary")
    g["A1"] = "Abbreviations used in this plan"
    g["A1"].font = Font(bold=True)
    rows = [("ASC", "Adult Social Care"), ("CLCH", "Central London Community Healthcare NHS Trust"),
            ("ICHT", "Imperial College Healthcare NHS Trust"), ("LBHF", "London Borough of Hammersmith & Fulham"),
            ("LFB", "London Fire Brigade"), ("MCA", "Mental Capacity Act 2005"),
            ("SACRG", "Safeguarding Adults Case Review Group")]
    for i, (a, b) in enumerate(rows, 3):
        g.cell(i, 1, a)
        g.cell(i, 2, b)
    g.column_dimensions["A"].width = 10
    g.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, HF_FILE))


# ---------------------------------------------------------------------------
# 2. Rushcliffe CSP - DHR 'Marianne' action plan (docx)
# ---------------------------------------------------------------------------
RU_FILE = "kj2-rushcliffe-csp-dhr-marianne-action-plan.docx"
RU_TITLE = "Rushcliffe Community Safety Partnership – Domestic Homicide Review ‘Marianne’: Action Plan"
RU_PA = "Part A: Overview Report Recommendations"
RU_PB = "Part B: Single Agency Recommendations"
RU_R1 = ("1. Rushcliffe CSP to seek assurance that partner agencies routinely ask about domestic abuse "
         "when an older person is caring for, or being cared for by, a family member.")
RU_R2 = ("2. Nottinghamshire Police and the Domestic Abuse Local Partnership Board to review how DASH "
         "risk assessments are completed where the victim is aged over 60.")
RU_R3 = ("3. NUH Emergency Department to ensure that routine enquiry about domestic abuse is recorded "
         "for all patients aged 16 and over attending with injuries.")
RU_R4 = ("4. Nottinghamshire Healthcare NHS Foundation Trust to strengthen carer involvement in care "
         "planning for patients of the Older Adults Community Mental Health Team.")
RU_R5 = ("5. NHS Nottingham and Nottinghamshire ICB to promote the IRIS domestic abuse programme to GP "
         "practices in Rushcliffe.")
RU_PARTA = [
    (RU_R1, "Local", [
        A("1a", [RU_PA, RU_R1],
          "Produce a practitioner briefing on domestic abuse in later life and carer relationships, and circulate it through all CSP partner agencies.",
          ["Rushcliffe Borough Council – Community Safety Manager"], "2025-03", "blue",
          lead="Rushcliffe Borough Council – Community Safety Manager",
          milestones="Briefing drafted with Juno Women’s Aid and approved by the DHR Steering Group.",
          date="31/03/2025", status="Complete"),
        A("1b", [RU_PA, RU_R1],
          "Include routine enquiry about domestic abuse in the carers’ assessment and review templates.",
          ["Nottinghamshire County Council Adult Social Care"], "2025-09", "blue",
          lead="Nottinghamshire County Council Adult Social Care",
          milestones="Templates amended; guidance note issued to Rushcliffe locality teams.",
          date="September 2025", status="Complete"),
        A("1c", [RU_PA, RU_R1],
          "Audit a sample of 20 carers’ assessments to test whether routine enquiry is taking place.",
          ["Nottinghamshire County Council Adult Social Care", "Nottinghamshire Safeguarding Adults Board"],
          "2026-03", "green",
          lead="Nottinghamshire County Council Adult Social Care and Nottinghamshire Safeguarding Adults Board",
          milestones="Audit scheduled for February 2026.",
          date="Q4 2025/26", status="On track"),
    ]),
    (RU_R2, "Local / Regional", [
        A("2a", [RU_PA, RU_R2],
          "Amend DASH training for frontline officers to include case studies on older victims and coercive control by adult children.",
          ["Nottinghamshire Police – Head of Public Protection"], "2025-06", "blue",
          lead="Nottinghamshire Police – Head of Public Protection",
          milestones="New module added to the public protection training day from May 2025.",
          date="June 2025", status="Complete"),
        A("2b", [RU_PA, RU_R2],
          "Commission a thematic review of high-risk cases involving victims aged over 60 heard at MARAC during 2024/25.",
          ["Domestic Abuse Local Partnership Board"], "2026-04", "amber",
          lead="Domestic Abuse Local Partnership Board",
          milestones="Originally due December 2025; revised date agreed by the Steering Group owing to a delay in MARAC data extraction.",
          date="April 2026", status="Amber"),
    ]),
]
RU_PARTB = [
    ("Nottingham University Hospitals NHS Trust", RU_R3, [
        A("3a", [RU_PB, RU_R3],
          "Add a mandatory routine enquiry field to the ED electronic triage record.",
          ["Named Nurse Safeguarding Adults"], "2025-11", "amber",
          lead="Named Nurse Safeguarding Adults", date="30/11/2025", status="Amber"),
    ]),
    ("Nottinghamshire Healthcare NHS Foundation Trust", RU_R4, [
        A("4a", [RU_PB, RU_R4],
          "Update the carer involvement standard operating procedure to require a carer conversation at each CPA review.",
          ["Associate Director of Nursing, Mental Health Services for Older People"], "2026-01", "green",
          lead="Associate Director of Nursing, Mental Health Services for Older People",
          date="Jan-26", status="On track"),
        A("4b", [RU_PB, RU_R4],
          "Deliver ‘Think Family’ refresher training to the Older Adults CMHT.",
          ["Trust Safeguarding Lead", "Practice Development Nurse"], None, "unrated", end_text="Ongoing",
          lead="Trust Safeguarding Lead / Practice Development Nurse", date="Ongoing",
          status="Not started"),
    ]),
    ("NHS Nottingham and Nottinghamshire ICB", RU_R5, [
        A("5a", [RU_PB, RU_R5],
          "Present the IRIS programme and referral pathway at the Rushcliffe Primary Care Network protected learning time event.",
          ["ICB Designated Nurse Safeguarding Adults"], "2025-10", "blue",
          lead="ICB Designated Nurse Safeguarding Adults", date="October 2025", status="Complete"),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def head_row(table, heads, hex_="D9E2F3"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, hex_)


def build_rushcliffe():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "OFFICIAL"
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(RU_TITLE, style="Title")
    doc.add_paragraph(
        "This action plan accompanies the Overview Report into the death of ‘Marianne’. Progress is "
        "monitored by the Rushcliffe CSP DHR Steering Group; updates below are as at 12 January 2026.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    head_row(dc, ["Version", "Date", "Author", "Changes"])
    for row in [("1.0", "04/10/2024", "Independent Chair", "Submitted to Home Office Quality Assurance Panel"),
                ("2.0", "17/06/2025", "Community Safety Manager", "Updated following QA Panel feedback"),
                ("2.3", "12/01/2026", "Community Safety Officer", "Progress update for Steering Group")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_paragraph(RU_PA, style="Heading 1")
    heads = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones",
             "Target date", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    head_row(t, heads)
    for rec, scope, acts in RU_PARTA:
        first = len(t.rows)
        for a in acts:
            c = a["cells"]
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[3].text = a["action"]
            cells[4].text = c["lead"]
            cells[5].text = c["milestones"]
            cells[6].text = c["date"]
            cells[7].text = c["status"]
        last = len(t.rows) - 1
        m = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
        m.text = rec
        m2 = t.cell(first, 2).merge(t.cell(last, 2)) if last > first else t.cell(first, 2)
        m2.text = scope

    doc.add_paragraph(RU_PB, style="Heading 1")
    heads = ["No.", "Agency", "Recommendation", "Action to take", "Lead officer", "Target date", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    head_row(t, heads)
    for agency, rec, acts in RU_PARTB:
        first = len(t.rows)
        for a in acts:
            c = a["cells"]
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[3].text = a["action"]
            cells[4].text = c["lead"]
            cells[5].text = c["date"]
            cells[6].text = c["status"]
        last = len(t.rows) - 1
        for col, txt in ((1, agency), (2, rec)):
            m = t.cell(first, col).merge(t.cell(last, col)) if last > first else t.cell(first, col)
            m.text = txt
    doc.add_paragraph("")
    doc.add_paragraph(
        "Status key: Complete – action completed and evidence received; On track – progressing within "
        "timescale; Amber – at risk of missing the target date; Red – target date missed; Not started.")
    doc.save(os.path.join(HERE, RU_FILE))


# ---------------------------------------------------------------------------
# 3. South Cambridgeshire CSP - action plan 2025-26 (csv) - REFUSE (typo month)
# ---------------------------------------------------------------------------
SC_FILE = "kj2-south-cambridgeshire-csp-community-safety-action-plan-2025-26-typo-month-refuse.csv"
SC_TITLE = "South Cambridgeshire Community Safety Partnership – Community Safety Action Plan 2025-26"
SC_P1 = "Priority 1: Rural crime and rural vulnerability"
SC_P2 = "Priority 2: Domestic abuse and sexual violence"
SC_P3 = "Priority 3: Anti-social behaviour and community cohesion"
SC_TYPO = "Febuary 2026"
SC_ROWS = [
    (SC_P1, [
        ("1.1", "Run two rural crime days of action with the Rural Crime Action Team covering farm and plant theft hotspots.",
         "Cambridgeshire Constabulary – Rural Crime Action Team", "2 days of action delivered", "Dec-25", "G",
         "First day of action held 23 September (Linton / Balsham)."),
        ("1.2", "Extend the no cold calling zone scheme to a further 10 villages.",
         "SCDC Community Safety Officer", "10 new zones agreed with parish councils", "Mar-26", "G",
         "6 zones agreed; 4 in consultation."),
        ("1.3", "Deliver scam awareness sessions to village good neighbour schemes and parish councils.",
         "Cambridgeshire & Peterborough Trading Standards / SCDC Community Safety Officer", "12 sessions", "Mar-26", "A",
         "5 sessions delivered; capacity in Trading Standards limited until January."),
    ]),
    (SC_P2, [
        ("2.1", "Promote the domestic abuse Safe Spaces scheme in GP surgeries and community pharmacies.",
         "Cambridgeshire County Council DASV Partnership", "20 venues signed up", "Nov-25", "C",
         "22 venues signed up."),
        ("2.2", "Deliver DASV champion training for SCDC housing and customer contact staff.",
         "SCDC Housing Services Manager", "30 staff trained", "Jan-26", "G",
         "18 staff trained to date."),
        ("2.3", "Review the local response to domestic abuse in rural communities using the findings of the county DHR learning event.",
         "CSP Manager", "Report to CSP Board", "Mar-26", "G", ""),
    ]),
    (SC_P3, [
        ("3.1", "Agree a joint problem-solving plan for anti-social behaviour at Northstowe with the Safer Neighbourhood Team and the developer.",
         "SCDC Community Safety Officer & Cambridgeshire Constabulary SNT Sergeant", "Plan agreed at ASB problem-solving group", SC_TYPO, "A",
         "Meeting with developer postponed to December."),
        ("3.2", "Hold community engagement events in new communities (Northstowe, Cambourne West) with partners.",
         "SCDC Communities Team", "4 events", "Mar-26", "G", "2 events held (summer fun days)."),
        ("3.3", "Refresh the ASB case review (community trigger) information on the council website.",
         "SCDC Community Safety Officer", "Web pages updated", "Oct-25", "C", "Updated 6 October 2025."),
    ]),
]


def build_scambs():
    ncol = 7
    lines = []
    lines.append([SC_TITLE] + [""] * (ncol - 1))
    lines.append(["Progress update for CSP Board – 18 November 2025"] + [""] * (ncol - 1))
    lines.append([""] * ncol)
    lines.append(["Ref", "Action", "Lead partner", "Milestone / measure", "Due by", "RAG", "Update"])
    refuse_line = None
    for pri, rows in SC_ROWS:
        lines.append([pri] + [""] * (ncol - 1))
        for row in rows:
            lines.append(list(row))
            if row[4] == SC_TYPO:
                refuse_line = len(lines)
    lines.append([""] * ncol)
    lines.append(["RAG: G = on track; A = some risk to delivery; R = off track; C = complete"] + [""] * (ncol - 1))
    with open(os.path.join(HERE, SC_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for ln in lines:
            w.writerow(ln)
    return refuse_line


# ---------------------------------------------------------------------------
# 4. East of England Ambulance Service - Trust Board public action log (txt, tab-separated)
# ---------------------------------------------------------------------------
EE_FILE = "kj2-east-of-england-ambulance-service-trust-board-public-action-log.txt"
EE_TITLE = "East of England Ambulance Service NHS Trust – Trust Board (Public) Action Log"
EE_OPEN = "Open actions"
EE_CLOSE = "Actions proposed for closure"
EE_ROWS = [
    (EE_OPEN, [
        A("PUB25/01/6.2", [EE_OPEN],
          "Provide a breakdown of hear and treat rates by integrated care system, with comparison to the national average.",
          ["DoSTG"], "2025-09", "amber",
          row=["15/01/2025", "Integrated Performance Report", "DoSTG", "Mar-25", "Sep-25", "Amber",
               "Data shared at July Board seminar; ICS-level comparison to be added to the IPR from September."]),
        A("PUB25/03/9.1", [EE_OPEN],
          "Report on the impact of the sexual safety policy, including the number of concerns raised and time to resolution.",
          ["CPO"], "2025-09", "green",
          row=["12/03/2025", "People Report", "CPO", "Sep-25", "", "Green", "On the agenda for September Board."]),
        A("PUB25/05/7.3", [EE_OPEN],
          "Bring a paper on the learning from the thematic review of long-wait falls in care homes.",
          ["CP-DoQ", "MD"], "2025-11", "green",
          row=["14/05/2025", "Quality Report", "CP-DoQ / MD", "Nov-25", "", "Green",
               "Thematic review completed; paper to Quality Governance Committee in October then Board."]),
        A("PUB25/05/11.1", [EE_OPEN],
          "Set out the 2025/26 efficiency plan by directorate, showing recurrent and non-recurrent schemes.",
          ["DoF"], "2025-10", "red",
          row=["14/05/2025", "Finance Report (Month 12)", "DoF", "Jul-25", "Oct-25", "Red",
               "Deferred following the planning resubmission to NHS England; non-recurrent schemes still being validated."]),
        A("PUB25/07/5.2", [EE_OPEN],
          "Share the equality impact assessment for the EOC reconfiguration with the Board before the public consultation opens.",
          ["COO", "DoSTG"], "2025-08", "amber",
          row=["09/07/2025", "Emergency Operations Centres", "COO and DoSTG", "Aug-25", "", "Amber",
               "Draft EQIA with staff side for comment; consultation start moved to October."]),
        A("PUB25/07/12.1", [EE_OPEN],
          "Consider how Guardian Service themes can be triangulated with grievance and employee relations case data and report back.",
          ["CPO"], "2025-12", "green",
          row=["09/07/2025", "Freedom to Speak Up / Guardian Service", "CPO", "Dec-25", "", "Green", ""]),
        A("PUB25/07/14.1", [EE_OPEN],
          "Review the target score for BAF risk SR4 in light of the revised financial plan.",
          ["DDoCA"], "2025-09", "unrated",
          row=["09/07/2025", "Board Assurance Framework", "DDoCA", "Sep-25", "", "", ""]),
    ]),
    (EE_CLOSE, [
        A("PUB24/11/8.4", [EE_CLOSE],
          "Write to the family to thank them for sharing their story and confirm the actions taken.",
          ["TC"], "2024-12", "blue",
          row=["13/11/2024", "Patient Story", "TC", "Dec-24", "", "Blue", "Letter sent 2 December 2024."]),
        A("PUB25/03/6.1", [EE_CLOSE],
          "Add Category 2 mean response time by ICS to the IPR dashboard.",
          ["DoSTG"], "2025-05", "blue",
          row=["12/03/2025", "Integrated Performance Report", "DoSTG", "May-25", "", "Blue", "Included from the May 2025 IPR."]),
        A("PUB25/05/13.2", [EE_CLOSE],
          "Circulate the final Head of Internal Audit Opinion to Board members.",
          ["DoF"], "2025-06", "blue",
          row=["14/05/2025", "Annual Governance Statement", "DoF", "Jun-25", "", "Blue", "Circulated 20 June 2025."]),
    ]),
]


def build_eeast():
    out = [EE_TITLE,
           "Updated following the meeting held on 9 July 2025 – for the Board meeting on 10 September 2025",
           "",
           "Status key: Blue = complete, proposed for closure; Green = on track; Amber = at risk of slipping; Red = overdue",
           "",
           "\t".join(["Action ref", "Meeting date", "Agenda item", "Action", "Lead", "Original due date",
                      "Revised due date", "Status", "Update"])]
    for sec, acts in EE_ROWS:
        out.append(sec)
        for a in acts:
            r = a["cells"]["row"]
            # ref, meeting, item, action, lead, orig, revised, status, update
            out.append("\t".join([a["ref"], r[0], r[1], a["action"], r[2], r[3], r[4], r[5], r[6]]))
    out.append("")
    out.append("Lead key: TC – Trust Chair; CPO – Chief People Officer; DoF – Director of Finance; "
               "COO – Chief Operating Officer; MD – Medical Director; CP-DoQ – Chief Paramedic and Director of Quality; "
               "DoSTG – Director of Strategy, Transformation and Governance; DDoCA – Deputy Director of Corporate Affairs")
    with open(os.path.join(HERE, EE_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# 5. UHCW - maternity and neonatal improvement plan 2025-26 (xlsx, several sheets)
# ---------------------------------------------------------------------------
UH_FILE = "kj2-university-hospitals-coventry-warwickshire-maternity-neonatal-improvement-plan.xlsx"
UH_TITLE = "University Hospitals Coventry and Warwickshire NHS Trust – Maternity and Neonatal Improvement Plan 2025-26"
T1 = "Theme 1: Listening to and working with women and families with compassion"
T2 = "Theme 2: Growing, retaining and supporting our workforce"
T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
T4 = "Theme 4: Standards and structures that underpin safer, more personalised and more equitable care"
O1 = "Objective 1: Care that is personalised"
O2 = "Objective 2: Care that is equitable"
O4 = "Objective 4: Grow our workforce"
O5 = "Objective 5: Value and retain our workforce"
O9 = "Objective 9: Learning and support"
O10 = "Objective 10: Standards to ensure best practice"
O12 = "Objective 12: Data to inform learning"
UH_PLAN = [
    (T1, [
        (O1, [
            A("1.1", [T1, O1],
              "Roll out personalised care and support plans (PCSPs) on BadgerNet to all community midwifery teams.",
              ["Digital Midwife", "Community Matron"], "2025-06", "blue",
              src="3YDP Obj 1", lead="Digital Midwife / Community Matron", orig=D(2025, 3, 31), rev=D(2025, 6, 30),
              prev="A", cur="B", upd="All six community teams live on BadgerNet PCSP from June 2025."),
            A("1.2", [T1, O1],
              "Audit PCSP completion at 36 weeks quarterly and share the results with the MNVP.",
              ["Quality and Safety Lead Midwife"], None, "green", end_text="Quarterly",
              src="3YDP Obj 1; MNVP", lead="Quality and Safety Lead Midwife", orig="Quarterly", rev=None,
              prev="G", cur="G", upd="Q1 audit 78% compliance; Q2 audit in progress."),
        ]),
        (O2, [
            A("1.3", [T1, O2],
              "Implement the LMNS equity and equality action plan for women from Black, Asian and mixed ethnic groups and those living in the most deprived areas.",
              ["Consultant Midwife (Public Health)"], "2025-12", "amber",
              src="3YDP Obj 2; LMNS E&E plan", lead="Consultant Midwife (Public Health)", orig=D(2025, 12, 31), rev=None,
              prev="G", cur="A", upd="Continuity of carer team for Foleshill paused owing to staffing; alternative model being scoped."),
            A("1.4", [T1, O2],
              "Book interpreters for all appointments as standard where a woman does not speak English at booking.",
              ["Head of Midwifery"], "2025-09", "blue",
              src="CQC Should Do 4", lead="Head of Midwifery", orig=D(2025, 9, 30), rev=None,
              prev="A", cur="B", upd="Interpreter flag added to booking; audit shows 94% of appointments with interpreter booked."),
        ]),
    ]),
    (T2, [
        (O4, [
            A("2.1", [T2, O4],
              "Complete the Birthrate Plus midwifery workforce review and present the funded establishment to Board.",
              ["Director of Midwifery"], "2025-10", "green",
              src="3YDP Obj 4; Ockenden IEA 2", lead="Director of Midwifery", orig=D(2025, 10, 31), rev=None,
              prev="G", cur="G", upd="Birthrate Plus report received; Board paper scheduled for October."),
            A("2.2", [T2, O4],
              "Recruit to 12.4 WTE Band 5/6 midwifery vacancies, including through the international recruitment programme.",
              ["Director of Midwifery", "Head of Resourcing"], "2026-03", "amber",
              src="3YDP Obj 4", lead="Director of Midwifery; Head of Resourcing", orig=D(2026, 3, 31), rev=None,
              prev="A", cur="A", upd="7.0 WTE appointed; 5.4 WTE outstanding."),
        ]),
        (O5, [
            A("2.3", [T2, O5],
              "Implement the midwifery retention action plan, including the legacy mentor role and a flexible working panel.",
              ["Retention Midwife"], "2025-12", "green",
              src="3YDP Obj 5", lead="Retention Midwife", orig="Q3 2025/26", rev=None,
              prev="G", cur="G", upd="Legacy mentors in post; flexible working panel meets monthly."),
        ]),
    ]),
    (T3, [
        (O9, [
            A("3.1", [T3, O9],
              "Transition all maternity incident reviews to PSIRF learning responses, including after action reviews for moderate harm incidents.",
              ["Maternity Governance Lead"], "2025-06", "blue",
              src="3YDP Obj 9; PSIRF", lead="Maternity Governance Lead", orig=D(2025, 6, 30), rev=None,
              prev="B", cur="B", upd="Complete. Retained for assurance until Q3."),
            A("3.2", [T3, O9],
              "Complete the Perinatal Culture and Leadership Programme (PCLP) diagnostic and share the findings with staff.",
              ["Quadrumvirate"], "2026-01", "red",
              src="3YDP Obj 8/9", lead="Quadrumvirate", orig=D(2026, 1, 31), rev=None,
              prev="G", cur="R", upd="SCORE survey response rate 31%; diagnostic cannot be completed without a higher response. Escalated to MNSC."),
        ]),
    ]),
    (T4, [
        (O10, [
            A("4.1", [T4, O10],
              "Achieve full compliance with Saving Babies’ Lives Care Bundle version 3, element 2 (fetal growth restriction).",
              ["Consultant Obstetrician – SBLCBv3 Lead"], "2025-12", "amber",
              src="SBLCBv3; CNST Safety Action 6", lead="Consultant Obstetrician – SBLCBv3 Lead",
              orig=D(2025, 3, 31), rev=D(2025, 12, 31),
              prev="R", cur="A", upd="Uterine artery Doppler pathway launched; compliance 82% against 95% target."),
            A("4.2", [T4, O10],
              "Achieve 90% compliance with fetal monitoring training for midwives and obstetricians.",
              ["Fetal Monitoring Lead Midwife", "Fetal Monitoring Lead Obstetrician"], "2025-11", "green",
              src="CNST Safety Action 8", lead="Fetal Monitoring Lead Midwife & Fetal Monitoring Lead Obstetrician",
              orig=D(2025, 11, 30), rev=None,
              prev="G", cur="G", upd="Midwives 93%, obstetricians 86%."),
        ]),
        (O12, [
            A("4.3", [T4, O12],
              "Implement the maternity dashboard in Power BI with MSDS-aligned metrics reviewed monthly at the Maternity Assurance Group.",
              ["Maternity Information Analyst"], "2025-09", "blue",
              src="3YDP Obj 12", lead="Maternity Information Analyst", orig=D(2025, 9, 30), rev=None,
              prev="A", cur="B", upd="Dashboard live and reviewed at September MAG."),
        ]),
    ]),
]
BRAG = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def uh_actions():
    for theme, objs in UH_PLAN:
        for obj, acts in objs:
            for a in acts:
                yield theme, obj, a


def build_uhcw():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 70
    cv["A1"] = UH_TITLE
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    dcrows = [("Plan owner", "Director of Midwifery"), ("Executive sponsor", "Chief Nursing Officer"),
              ("Version", "4.2"), ("Date", "30 September 2025"),
              ("Reporting to", "Maternity Assurance Group; Quality and Safety Committee; Trust Board (via Safety Champions)")]
    for i, (k, v) in enumerate(dcrows, 4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        cv.cell(i, 1).border = BOX
        cv.cell(i, 2).border = BOX
    cv["A11"] = "BRAG key"
    cv["A11"].font = Font(bold=True)
    keyrows = [("B", "Complete – evidence assured at Maternity Assurance Group", "blue"),
               ("G", "On track to deliver by the due date", "green"),
               ("A", "At risk – mitigation in place", "amber"),
               ("R", "Off track – escalation required", "red")]
    for i, (k, v, col) in enumerate(keyrows, 12):
        cv.cell(i, 1, k).fill = fill(XL[col])
        cv.cell(i, 1).alignment = Alignment(horizontal="center")
        cv.cell(i, 2, v)

    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 80
    sm["A1"] = "Summary of current BRAG by theme – September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    heads = ["Theme", "B", "G", "A", "R", "Total"]
    for c, h in enumerate(heads, 1):
        sm.cell(3, c, h).font = Font(bold=True)
        sm.cell(3, c).fill = fill(XL["grey"])
    r = 4
    tot = {k: 0 for k in "BGAR"}
    for theme, objs in UH_PLAN:
        cnt = {k: 0 for k in "BGAR"}
        for obj, acts in objs:
            for a in acts:
                cnt[a["cells"]["cur"]] += 1
        sm.cell(r, 1, theme)
        for j, k in enumerate("BGAR", 2):
            sm.cell(r, j, cnt[k])
            tot[k] += cnt[k]
        sm.cell(r, 6, sum(cnt.values()))
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, k in enumerate("BGAR", 2):
        sm.cell(r, j, tot[k]).font = Font(bold=True)
    sm.cell(r, 6, sum(tot.values())).font = Font(bold=True)

    ws = wb.create_sheet("Improvement Plan")
    widths = [7, 60, 22, 34, 14, 14, 10, 10, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2025-26 – Action Tracker (position at 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Sources: Three-year delivery plan for maternity and neonatal services (NHS England, March 2023); "
                "CQC maternity inspection (November 2023); Ockenden IEAs; Saving Babies’ Lives v3; MNVP 15 Steps.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Action", "Source", "Lead(s)", "Original due date", "Revised due date",
             "Previous BRAG", "Current BRAG", "Progress update / evidence"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    r = hr + 1
    for theme, objs in UH_PLAN:
        ws.cell(r, 1, theme).font = Font(bold=True, size=11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = fill(XL["theme"])
        r += 1
        for obj, acts in objs:
            ws.cell(r, 1, obj).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = fill(XL["obj"])
            r += 1
            for a in acts:
                c = a["cells"]
                vals = [a["ref"], a["action"], c["src"], c["lead"], c["orig"], c["rev"], c["prev"], c["cur"], c["upd"]]
                for j, v in enumerate(vals, 1):
                    cell = ws.cell(r, j, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for j, k in ((7, c["prev"]), (8, c["cur"])):
                    ws.cell(r, j).fill = fill(XL[BRAG[k]])
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    ws.freeze_panes = "C5"
    wb.save(os.path.join(HERE, UH_FILE))


# ---------------------------------------------------------------------------
# 6. Hereford & Worcester FRS - corporate risk register Q2 2025-26 (xlsx)
# ---------------------------------------------------------------------------
HW_FILE = "kj2-hereford-worcester-fire-rescue-service-corporate-risk-register-q2-2025-26.xlsx"
HW_TITLE = "Hereford & Worcester Fire and Rescue Service – Corporate Risk Register 2025-26 (Quarter 2 review)"
K1 = "CRR01 – Medium-term funding gap: insufficient funding to deliver the Community Risk Management Plan 2025-29"
K2 = "CRR02 – On-call availability: inability to maintain on-call appliance availability at agreed levels"
K3 = "CRR03 – Cyber security: loss of mobilising or core ICT systems as a result of a cyber attack"
K4 = "CRR04 – Culture and values: failure to meet the standards expected in the HMICFRS values and culture spotlight report"
HW_RISKS = [
    (K1, "Risk owner: Treasurer  |  Current score 16 (L4 × I4) – High  |  Target score 9  |  Direction of travel: ↔ no change", [
        A("01.1", [K1],
          "Refresh the Medium-Term Financial Plan to reflect the 2026/27 provisional settlement and pay award assumptions.",
          ["Treasurer"], "2026-01", "green",
          owner="Treasurer", date=D(2026, 1, 31), status="On track",
          upd="Awaiting provisional settlement (expected December)."),
        A("01.2", [K1],
          "Deliver the £1.2m efficiency programme agreed in the 2025/26 budget, with quarterly reporting to the Fire Authority.",
          ["Head of Finance"], "2026-03", "amber",
          owner="Head of Finance", date=D(2026, 3, 31), status="Amber",
          upd="£0.7m delivered; fleet review savings slipping into 2026/27."),
    ]),
    (K2, "Risk owner: Assistant Chief Fire Officer – Service Delivery  |  Current score 15 (L3 × I5) – High  |  Target score 10  |  Direction of travel: ↑ increasing", [
        A("02.1", [K2],
          "Run an on-call recruitment campaign targeting Herefordshire market towns, including day-crewing contracts.",
          ["Area Manager – Response"], "2025-12", "green",
          owner="Area Manager – Response", date="December 2025", status="On track",
          upd="14 applicants in pipeline; Leominster and Kington prioritised."),
        A("02.2", [K2],
          "Review the on-call payment model against the NJC framework and propose options to the Fire Authority.",
          ["Head of HR", "Area Manager – Response"], "2026-02", "unrated",
          owner="Head of HR and Area Manager – Response", date="Feb 2026", status="Not started",
          upd="To start once national pay negotiations conclude."),
    ]),
    (K3, "Risk owner: Director of Corporate Services  |  Current score 12 (L3 × I4) – Medium  |  Target score 8  |  Direction of travel: ↓ reducing", [
        A("03.1", [K3],
          "Complete the move of the mobilising system to the new resilient hosting arrangement shared with Shropshire FRS.",
          ["Head of ICT"], "2025-09", "blue",
          owner="Head of ICT", date=D(2025, 9, 30), status="Complete",
          upd="Cut-over completed 16 September 2025 without loss of service."),
        A("03.2", [K3],
          "Run a cyber incident exercise with Fire Control and the Strategic Leadership Board.",
          ["Head of ICT", "Business Continuity Manager"], "2026-03", "green",
          owner="Head of ICT / Business Continuity Manager", date="Q4 2025/26", status="On track",
          upd="Exercise scenario being developed with the Regional Cyber Crime Unit."),
        A("03.3", [K3],
          "Achieve Cyber Essentials Plus re-certification.",
          ["Head of ICT"], "2026-03", "green",
          owner="Head of ICT", date=D(2026, 3, 31), status="On track", upd=""),
    ]),
    (K4, "Risk owner: Director of People  |  Current score 12 (L3 × I4) – Medium  |  Target score 6  |  Direction of travel: ↔ no change", [
        A("04.1", [K4],
          "Deliver Core Code of Ethics workshops to all staff and track attendance through the learning management system.",
          ["Head of People and Culture"], None, "green", end_text="Ongoing",
          owner="Head of People and Culture", date="Ongoing", status="On track",
          upd="71% of staff attended to date."),
        A("04.2", [K4],
          "Introduce an independent reporting line for concerns about inappropriate behaviour.",
          ["Director of People"], "2025-07", "blue",
          owner="Director of People", date=D(2025, 7, 31), status="Complete",
          upd="Independent line launched 1 July 2025; 9 contacts in Q2."),
    ]),
]


def build_hwfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    widths = [9, 62, 30, 14, 13, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = HW_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:F1")
    ws["A2"] = ("Reported to the Audit and Standards Committee, 12 November 2025. Risk scores are "
                "Likelihood (L) × Impact (I) on a 1–5 scale.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:F2")
    heads = ["Ref", "Further mitigating action", "Action owner", "Target date", "Status", "Q2 update"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.border = BOX
        cell.alignment = WRAP
    r = hr + 1
    for risk, detail, acts in HW_RISKS:
        ws.cell(r, 1, risk).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("F8CBAD")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        ws.cell(r, 1, detail).font = Font(italic=True, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for a in acts:
            c = a["cells"]
            vals = [a["ref"], a["action"], c["owner"], c["date"], c["status"], c["upd"] or None]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(r, j, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            r += 1
    r += 1
    ws.cell(r, 1, "Action status: Complete; On track; Amber – behind schedule but recoverable; "
                  "Red – significantly behind / escalated; Not started.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Corporate risk heat map – Q2 2025-26 (current scores)"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Impact →"
    hm["A4"] = "Likelihood ↓"
    for j in range(1, 6):
        hm.cell(4, j + 1, j).font = Font(bold=True)
    for i, lk in enumerate(range(5, 0, -1)):
        hm.cell(5 + i, 1, lk).font = Font(bold=True)
        for im in range(1, 6):
            s = lk * im
            col = "92D050" if s <= 6 else ("FFC000" if s <= 12 else "FF0000")
            hm.cell(5 + i, im + 1).fill = fill(col)
    hm.cell(5 + (5 - 4), 4 + 1, "CRR01")      # L4 I4
    hm.cell(5 + (5 - 3), 5 + 1, "CRR02")      # L3 I5
    hm.cell(5 + (5 - 3), 4 + 1, "CRR03, CRR04")  # L3 I4
    for j in range(1, 7):
        hm.column_dimensions[get_column_letter(j)].width = 14
    wb.save(os.path.join(HERE, HW_FILE))


# ---------------------------------------------------------------------------
# 7. Breckland Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
BR_FILE = "kj2-breckland-council-transformation-programme-highlight-report.docx"
BR_TITLE = "Breckland Council – Transformation Programme Highlight Report"
WA = "2. Workstream A – Customer and Digital"
WB = "3. Workstream B – Property and Assets"
WC = "4. Workstream C – Organisational Development"
DOCX_RAG = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
BR_WS = [
    (WA, [
        A("A1", [WA], "Launch the new customer portal with online forms for council tax and waste services.",
          ["Head of Customer Services"], "2025-07", "blue",
          owner="Head of Customer Services", base="Jun 2025", fc="Jul 2025", rag="blue",
          note="Portal live 14 July; 3,100 accounts created."),
        A("A2", [WA], "Migrate contact centre telephony to the cloud platform.",
          ["ICT Manager"], "2025-12", "amber",
          owner="ICT Manager", base="Sep 2025", fc="Dec 2025", rag="amber",
          note="Supplier number-porting delay; go-live moved to December."),
        A("A3", [WA], "Publish the Digital Inclusion Plan and agree it with Cabinet.",
          ["Digital Inclusion Officer", "Policy Manager"], "2025-11", "green",
          owner="Digital Inclusion Officer & Policy Manager", base="Nov 2025", fc="Nov 2025", rag="green",
          note="Draft plan to Cabinet on 25 November."),
    ]),
    (WB, [
        A("B1", [WB], "Complete the office accommodation review and agree the future use of Elizabeth House, Dereham.",
          ["Assistant Director – Property"], "2026-01", "red",
          owner="Assistant Director – Property", base="Oct 2025", fc="Jan 2026", rag="red",
          note="Options appraisal delayed by structural survey; decision now required from Transformation Board (see section 6)."),
        A("B2", [WB], "Dispose of two surplus land holdings identified in the asset review.",
          ["Estates Manager"], "2026-03", "green",
          owner="Estates Manager", base="Mar 2026", fc="Mar 2026", rag="green",
          note="Both sites marketed; one offer under consideration."),
        A("B3", [WB], "Install solar PV on the Dereham depot roof.",
          ["Climate Change Officer"], None, "unrated", end_text="TBC",
          owner="Climate Change Officer", base="TBC", fc="TBC", rag=None,
          note="Awaiting outcome of the Public Sector Decarbonisation Scheme bid."),
    ]),
    (WC, [
        A("C1", [WC], "Implement the new performance and development review framework for all staff.",
          ["HR Manager"], "2025-04", "blue",
          owner="HR Manager", base="Apr 2025", fc="Apr 2025", rag="blue",
          note="Complete; 96% of reviews recorded on the HR system."),
        A("C2", [WC], "Roll out the leadership development programme to 45 managers across the council.",
          ["Head of HR and OD"], "2026-02", "green",
          owner="Head of HR and OD", base="Jan 2026", fc="Feb 2026", rag="green",
          note="Cohort 1 (22 managers) started September."),
        A("C3", [WC], "Review the council’s use of agency staff and propose reductions through the workforce plan.",
          ["Executive Director – Resources"], "2025-12", "amber",
          owner="Executive Director – Resources", base="Dec 2025", fc="Dec 2025", rag="amber",
          note="Data on agency spend by service still being reconciled."),
    ]),
]


def build_breckland():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(BR_TITLE, style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Reporting period", "September – October 2025"),
                 ("Programme", "Breckland Transformation Programme"),
                 ("Senior Responsible Owner", "Chief Executive"),
                 ("Programme Manager", "Transformation Programme Manager"),
                 ("Report to", "Transformation Board, 6 November 2025"),
                 ("Overall programme status", "Amber")]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        shade(cells[0], "D9E2F3")
        cells[1].text = v
        if v == "Amber":
            shade(cells[1], DOCX_RAG["amber"])
    doc.add_paragraph("1. Summary", style="Heading 1")
    doc.add_paragraph(
        "The programme remains Amber overall. The customer portal went live in July and take-up is ahead of "
        "forecast. Telephony migration and the office accommodation review have slipped; the accommodation "
        "review is Red and a decision is sought at section 6. RAG: Green – on track; Amber – issues being "
        "managed within the workstream; Red – escalation to Transformation Board required; Blue – complete.")
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for ws_name, acts in BR_WS:
        doc.add_paragraph(ws_name, style="Heading 1")
        tb = doc.add_table(rows=1, cols=len(heads))
        tb.style = "Table Grid"
        head_row(tb, heads)
        for a in acts:
            c = a["cells"]
            cells = tb.add_row().cells
            cells[0].text = a["ref"]
            cells[1].text = a["action"]
            cells[2].text = c["owner"]
            cells[3].text = c["base"]
            cells[4].text = c["fc"]
            cells[5].text = ""
            if c["rag"]:
                shade(cells[5], DOCX_RAG[c["rag"]])
            cells[6].text = c["note"]
    doc.add_paragraph("5. Key risks and issues", style="Heading 1")
    rt = doc.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    head_row(rt, ["ID", "Risk / issue", "Mitigation"])
    for row in [("R1", "Capacity in ICT to support telephony migration alongside business-as-usual demand.",
                 "Temporary contractor funded from the transformation reserve."),
                ("R2", "Savings from the accommodation review will not be realised in 2026/27 if the decision is delayed further.",
                 "Decision requested at this Board."),
                ("I1", "Structural survey of Elizabeth House identified roof defects.",
                 "Costed repair options included in the options appraisal.")]:
        cells = rt.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph("6. Decisions required from Transformation Board", style="Heading 1")
    doc.add_paragraph("Agree the revised forecast for milestone B1 and the preferred option for Elizabeth House.",
                      style="List Bullet")
    doc.add_paragraph("Note the revised go-live date for telephony migration (A2).", style="List Bullet")
    doc.save(os.path.join(HERE, BR_FILE))


def main():
    build_hf()
    build_rushcliffe()
    line = build_scambs()
    build_eeast()
    build_uhcw()
    build_hwfrs()
    build_breckland()
    print("csv typo on line", line)


if __name__ == "__main__":
    main()
