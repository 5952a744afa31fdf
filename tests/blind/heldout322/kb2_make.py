"""Build the seven kb2- blind test files (set heldout322).

Run with: /work/main/.venv/bin/python kb2_make.py
Writes into the folder this script lives in.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAG_FILL = {
    "blue": fill("0070C0"),
    "green": fill("00B050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Frimley Health NHS FT - Board Assurance Framework (xlsx, read)
# ---------------------------------------------------------------------------
def make_frimley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Frimley Health NHS Foundation Trust – Board Assurance Framework 2025/26"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Trust Board (Public), 4 December 2025 – Agenda item 9.2"
    ws["A3"] = "Quarter 3 position. Actions updated by executive leads w/e 21/11/2025."
    ws["A5"] = "Document control"
    ws["A5"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("v1.0", d(2025, 4, 3), "Head of Risk and Assurance", "2025/26 BAF approved by Board"),
        ("v2.0", d(2025, 7, 31), "Head of Risk and Assurance", "Q1 review; SR4 score increased to 20"),
        ("v3.0", d(2025, 10, 2), "Head of Risk and Assurance", "Q2 review; SR2.3 closed"),
        ("v3.1", d(2025, 11, 24), "Company Secretary", "Q3 draft for Audit and Risk Committee"),
    ]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 6:
                c.font = BOLD
                c.fill = fill("D9E1F2")
    ws["A12"] = "Action progress key (colour in RAG column of BAF Detail)"
    ws["A12"].font = BOLD
    key = [
        ("blue", "Complete"),
        ("green", "On track to deliver by due date"),
        ("amber", "At risk of delay – mitigation in place"),
        ("red", "Off track / overdue – escalation required"),
    ]
    for i, (col, text) in enumerate(key, start=13):
        ws.cell(row=i, column=1).fill = RAG_FILL[col]
        ws.cell(row=i, column=1).border = BOX
        ws.cell(row=i, column=2, value=text)
    ws["A18"] = "Risk scores are Consequence x Likelihood (5x5). Target scores are for 31 March 2026."
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 44

    # Summary sheet
    s = wb.create_sheet("BAF Summary")
    s["A1"] = "Strategic risk summary – Q3 2025/26"
    s["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Strategic risk", "Executive lead", "Assuring committee",
           "Initial", "Q1", "Q2", "Q3", "Target", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.fill = fill("D9E1F2")
        c.border = BOX
    summ = [
        ("SR1", "Urgent and emergency care performance", "Chief Operating Officer",
         "Quality and Performance Committee", 20, 20, 16, 16, 9, "↔"),
        ("SR2", "Workforce supply and retention", "Chief People Officer",
         "People Committee", 16, 16, 16, 12, 8, "↓"),
        ("SR3", "Financial sustainability", "Chief Finance Officer",
         "Finance and Investment Committee", 20, 20, 20, 20, 12, "↔"),
        ("SR4", "Estate and infrastructure (including RAAC)", "Director of Estates and Facilities",
         "Finance and Investment Committee", 20, 20, 20, 16, 10, "↓"),
    ]
    for i, r in enumerate(summ, start=4):
        for j, v in enumerate(r, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
    s.column_dimensions["B"].width = 42
    s.column_dimensions["C"].width = 32
    s.column_dimensions["D"].width = 34

    # Detail sheet
    b = wb.create_sheet("BAF Detail")
    widths = {"A": 9, "B": 60, "C": 30, "D": 14, "E": 14, "F": 50, "G": 8}
    for k, v in widths.items():
        b.column_dimensions[k].width = v
    b["A1"] = "Board Assurance Framework – detail of strategic risks and actions to address gaps"
    b["A1"].font = Font(bold=True, size=13)
    row = 3

    risks = [
        {
            "head": "SR1 – Urgent and emergency care performance",
            "objective": "Outstanding care, every time",
            "desc": "If demand for emergency care continues to exceed capacity and patients who no longer "
                    "need acute care cannot be discharged, then patients will wait too long in our emergency "
                    "departments, resulting in harm, poor experience and failure to meet the 78% four-hour standard.",
            "exec": "Chief Operating Officer",
            "scores": "Initial 20 | Current 16 | Target 9",
            "controls": "Full capacity protocol; daily system calls; UEC improvement programme; OPEL framework.",
            "gaps": "Boarding criteria inconsistent between sites; SDEC hours at Wexham Park; "
                    "no agreed system trajectory for patients with no criteria to reside.",
            "actions": [
                ("SR1.1", "Implement the revised full capacity protocol at Frimley Park and Wexham Park, "
                          "including boarding criteria agreed with divisional triumvirates.",
                 "Chief Operating Officer", d(2025, 9, 30), d(2025, 11, 30),
                 "Protocol approved at Executive Committee 18/11/2025. Live on both sites from 24/11/2025.",
                 "blue"),
                ("SR1.2", "Open the same day emergency care (SDEC) extension at Wexham Park with extended hours "
                          "to 22:00 Monday to Friday.",
                 "Deputy Chief Operating Officer", d(2025, 12, 31), d(2026, 3, 31),
                 "Estates works delayed by asbestos survey findings. Revised opening date agreed with ICB UEC Board.",
                 "amber"),
                ("SR1.3", "Agree a joint discharge-to-assess trajectory with Frimley ICB, Surrey County Council and "
                          "the Berkshire local authorities to reduce patients with no criteria to reside to below 90.",
                 "Chief Operating Officer / Director of Integrated Care", d(2026, 1, 31), None,
                 "NCTR averaging 118 in October.\nTrajectory drafted; awaiting sign-off by system partners.",
                 "red"),
            ],
        },
        {
            "head": "SR2 – Workforce supply and retention",
            "objective": "Great place to work",
            "desc": "If we are unable to recruit and retain sufficient registered staff, then we will rely on "
                    "temporary staffing, increasing cost and affecting continuity and quality of care.",
            "exec": "Chief People Officer",
            "scores": "Initial 16 | Current 12 | Target 8",
            "controls": "Workforce plan 2025/26; temporary staffing controls; vacancy control panel.",
            "gaps": "Registered nurse vacancy rate 9.1% against 6% target; off-framework agency use in theatres.",
            "actions": [
                ("SR2.1", "Deliver the 2025/26 international recruitment pipeline of 120 registered nurses and "
                          "midwives, with pastoral support through to OSCE.",
                 "Chief People Officer", d(2026, 3, 31), None,
                 "86 arrived to date; 71 passed OSCE first time.",
                 "green"),
                ("SR2.2", "Reduce agency spend to 3.2% of total pay bill by removing off-framework agency use in "
                          "theatres and critical care.",
                 "Chief People Officer; Chief Nursing Officer", d(2025, 10, 31), d(2026, 1, 31),
                 "Off-framework use eliminated in critical care from September. Theatres at 2 shifts per week.",
                 "amber"),
                ("SR2.3", "Launch the Frimley Health retention programme ‘Stay and Thrive’, including the legacy "
                          "mentor scheme and flexible working by default.",
                 "Head of Organisational Development", d(2025, 7, 31), None,
                 "Launched July 2025. 42 legacy mentors in post.",
                 "blue"),
            ],
        },
        {
            "head": "SR3 – Financial sustainability",
            "objective": "Making the best use of our resources",
            "desc": "If we do not deliver the efficiency programme and control expenditure, then the Trust will "
                    "not meet its 2025/26 financial plan, affecting system allocation and capital.",
            "exec": "Chief Finance Officer",
            "scores": "Initial 20 | Current 20 | Target 12",
            "controls": "Financial plan; budget holder accountability framework; grip and control panel.",
            "gaps": "£4.1m of the efficiency programme unidentified at month 7.",
            "actions": [
                ("SR3.1", "Deliver the £48.6m efficiency (CIP) programme, with all schemes quality impact assessed "
                          "and signed off by the Chief Nursing Officer and Chief Medical Officer.",
                 "Chief Finance Officer", d(2026, 3, 31), None,
                 "£31.2m delivered at month 7 against plan of £33.0m. £4.1m of schemes remain unidentified.",
                 "amber"),
            ],
        },
        {
            "head": "SR4 – Estate and infrastructure (including RAAC)",
            "objective": "Safe and sustainable estate",
            "desc": "If the reinforced autoclaved aerated concrete (RAAC) at Frimley Park Hospital is not "
                    "managed until the new hospital is built, then there is a risk of structural failure, "
                    "loss of clinical areas and harm to patients and staff.",
            "exec": "Director of Estates and Facilities",
            "scores": "Initial 20 | Current 16 | Target 10",
            "controls": "RAAC management plan; structural surveys every 6 months; failsafe installation programme.",
            "gaps": "Theatres 5–6 awaiting failsafe works; New Hospital Programme funding profile not confirmed.",
            "actions": [
                ("SR4.1", "Complete the 2025/26 RAAC failsafe and remediation works in Theatres 1–6 and ward F6 "
                          "in line with the structural engineer's programme.",
                 "Director of Estates and Facilities", d(2026, 2, 28), None,
                 "Theatres 1–4 complete. Theatres 5–6 scheduled for January decant.",
                 "green"),
                ("SR4.2", "Submit the outline business case for the new Frimley Park Hospital to the New Hospital "
                          "Programme.",
                 "Director of Strategy", d(2025, 6, 30), d(2025, 10, 31),
                 "Submitted 27/10/2025.",
                 "blue"),
            ],
        },
    ]
    for rk in risks:
        b.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = b.cell(row=row, column=1, value=rk["head"])
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill("1F3864")
        row += 1
        for label, val in [("Strategic objective", rk["objective"]),
                           ("Risk description", rk["desc"]),
                           ("Executive lead", rk["exec"]),
                           ("Risk score (C x L)", rk["scores"]),
                           ("Key controls", rk["controls"]),
                           ("Gaps in control / assurance", rk["gaps"])]:
            lc = b.cell(row=row, column=1, value=label)
            lc.font = BOLD
            lc.alignment = WRAP
            lc.fill = fill("F2F2F2")
            b.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            vc = b.cell(row=row, column=2, value=val)
            vc.alignment = WRAP
            row += 1
        hdr = ["Ref", "Actions to address gaps", "Action owner", "Original due date",
               "Revised due date", "Progress update (November 2025)", "RAG"]
        for j, h in enumerate(hdr, start=1):
            c = b.cell(row=row, column=j, value=h)
            c.font = BOLD
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
        row += 1
        for ref, text, owner, orig, rev, prog, rag in rk["actions"]:
            vals = [ref, text, owner, orig, rev, prog, None]
            for j, v in enumerate(vals, start=1):
                c = b.cell(row=row, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            b.cell(row=row, column=7).fill = RAG_FILL[rag]
            row += 1
        row += 1
    b.cell(row=row, column=1, value="Next full review: Audit and Risk Committee, 22 January 2026.")
    wb.save(out("kb2-frimley-health-nhsft-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hillingdon Hospitals NHS FT - maternity & neonatal improvement plan
#    (xlsx, REFUSE: 'Febuary 2026' in a revised completion date cell)
# ---------------------------------------------------------------------------
def make_hillingdon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = {"A": 7, "B": 58, "C": 30, "D": 14, "E": 14, "F": 11, "G": 11, "H": 52}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "The Hillingdon Hospitals NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal Services. "
                "Update for Quality Governance Committee, January 2026.")
    ws["A3"] = "Owner: Director of Midwifery. Plan monitored monthly at the Maternity and Neonatal Safety Champions meeting."
    hdr = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
           "Previous RAG (Nov-25)", "Current RAG (Jan-26)", "Progress and evidence"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = BOLD
        c.fill = fill("C9A0DC")
        c.border = BOX
        c.alignment = WRAP

    theme_fill = fill("7030A0")
    obj_fill = fill("E4D3F0")
    rows = [
        ("theme", "Theme 1: Listening to and working with women and families with compassion"),
        ("obj", "Objective 1 – Care that is personalised"),
        ("act", "1.1", "Offer every woman a personalised care and support plan at booking, reviewed at 28 and 36 weeks.",
         "Consultant Midwife, Public Health", d(2025, 3, 31), d(2025, 9, 30), "A", "G",
         "Badger Notes PCSP template live. Audit December 2025: 87% compliance at 36 weeks."),
        ("act", "1.2", "Relaunch the Birth Reflections service with a self-referral route via the Maternity and Neonatal Voices Partnership.",
         "Lead Midwife for Patient Experience", d(2025, 6, 30), None, "B", "B",
         "Completed June 2025."),
        ("obj", "Objective 2 – Improve equity for mothers and babies"),
        ("act", "2.1", "Publish the maternity equity and equality action plan with the North West London LMNS, including interpreter access data.",
         "Director of Midwifery / LMNS Equity Lead", d(2025, 9, 30), d(2025, 12, 31), "A", "A",
         "Draft shared with MNVP 02/12/2025. LMNS sign-off January 2026."),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("obj", "Objective 5 – Grow our workforce"),
        ("act", "5.1", "Complete the Birthrate Plus establishment review and present the funded establishment to Trust Board.",
         "Director of Midwifery", d(2025, 7, 31), None, "B", "B",
         "Presented to Trust Board 03/07/2025; uplift of 6.4 WTE funded."),
        ("act", "5.2", "Recruit to the preceptorship midwife vacancies and achieve a fill rate of 95% on day and night shifts.",
         "Deputy Head of Midwifery; Practice Development Midwife", d(2025, 12, 31), "Febuary 2026", "G", "A",
         "13 of 16 preceptees in post. Night fill rate 91% in December."),
        ("obj", "Objective 6 – Value and retain our workforce"),
        ("act", "6.1", "Implement the retention action plan, including flexible rostering and a legacy midwife role.",
         "Head of Midwifery", d(2025, 11, 30), None, "G", "G",
         "Legacy midwife appointed September 2025. Rostering pilot on Kingfisher Ward."),
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("obj", "Objective 9 – Learning and improving"),
        ("act", "9.1", "Transition maternity incident review to PSIRF, including after-action reviews and thematic analysis of PPH.",
         "Maternity Governance Lead", d(2025, 4, 30), None, "B", "B",
         "Completed. PSIRF plan published April 2025."),
        ("theme", "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"),
        ("obj", "Objective 11 – Standards to ensure best practice"),
        ("act", "11.1", "Achieve full compliance with Saving Babies' Lives Care Bundle version 3 (all six elements).",
         "Obstetric Lead for SBLCBv3", d(2026, 3, 31), None, "A", "A",
         "Element 2 (fetal growth) at 78% against 80% threshold."),
        ("act", "11.2", "Replace the CTG central monitoring system on the labour ward.",
         "Clinical Director, Women's Health / Head of Medical Engineering", d(2026, 6, 30), None, "G", "R",
         "Capital bid deferred to 2026/27 programme; interim risk assessment in place."),
    ]
    r = 6
    for item in rows:
        if item[0] == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = theme_fill
        elif item[0] == "obj":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.fill = obj_fill
        else:
            _, ref, text, lead, orig, rev, prev, cur, prog = item
            vals = [ref, text, lead, orig, rev, prev, cur, prog]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col in (6, 7):
                v = ws.cell(row=r, column=col).value
                ws.cell(row=r, column=col).fill = {
                    "B": RAG_FILL["blue"], "G": RAG_FILL["green"],
                    "A": RAG_FILL["amber"], "R": RAG_FILL["red"]}[v]
        r += 1

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of actions by theme – January 2026"
    s["A1"].font = BOLD
    sh = ["Theme", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(sh, start=1):
        s.cell(row=3, column=j, value=h).font = BOLD
    sdata = [("Theme 1", 1, 1, 1, 0, 3), ("Theme 2", 1, 1, 1, 0, 3),
             ("Theme 3", 1, 0, 0, 0, 1), ("Theme 4", 0, 0, 1, 1, 2), ("Total", 3, 2, 3, 1, 9)]
    for i, rr in enumerate(sdata, start=4):
        for j, v in enumerate(rr, start=1):
            s.cell(row=i, column=j, value=v)
    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = BOLD
    for i, (lt, txt) in enumerate([("B", "Complete and evidence submitted"),
                                   ("G", "On track"),
                                   ("A", "Some slippage – recovery plan in place"),
                                   ("R", "Significant slippage – escalated to Maternity Safety Champions")], start=2):
        k.cell(row=i, column=1, value=lt)
        k.cell(row=i, column=2, value=txt)
    wb.save(out("kb2-hillingdon-hospitals-nhsft-maternity-neonatal-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Perth and Kinross APC - Learning Review 'Mr B' improvement action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_perth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = {"A": 34, "B": 8, "C": 52, "D": 32, "E": 16, "F": 46, "G": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Perth and Kinross Adult Protection Committee: Learning Review ‘Mr B’ – Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 4 – updated following APC meeting on 9 December 2025"
    ws["A3"] = "OFFICIAL SENSITIVE"
    ws["A3"].font = Font(bold=True, color="C00000")
    hdr = ["Recommendation", "Action no.", "Improvement action", "Lead", "Timescale",
           "Progress update", "RAG status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP

    plan = [
        ("Learning Point 1 – Recognising and responding to self-neglect", [
            ("Recommendation 1: The Adult Protection Committee should seek assurance that practitioners across "
             "agencies apply the Perth and Kinross self-neglect and hoarding guidance, including use of the "
             "Clutter Image Rating scale.", [
                ("1.1", "Refresh the multi-agency self-neglect and hoarding guidance and relaunch it through "
                        "practitioner briefings.",
                 "Adult Protection Lead Officer", "November 2025",
                 "Guidance refreshed and approved by APC on 21/10/2025. Four briefings delivered.", "Complete"),
                ("1.2", "Undertake a multi-agency case file audit of 20 self-neglect referrals to test application "
                        "of the guidance.",
                 "Chair, Quality Assurance Sub-Group", "March 2026",
                 "Audit tool agreed. Fieldwork scheduled for February 2026.", "Green"),
            ]),
            ("Recommendation 2: Partners should ensure that the duty to inquire under section 4 of the Adult Support "
             "and Protection (Scotland) Act 2007 is considered whenever an adult declines support and risk is "
             "escalating.", [
                ("2.1", "Amend the Adult Concern Initial Screening tool to include a mandatory prompt on refusal of "
                        "support and escalating risk.",
                 "Service Manager, Adult Social Work (P&K HSCP)", "Sept 2025",
                 "Prompt added to screening tool on 15/09/2025.", "Complete"),
                ("2.2", "Deliver ASP Council Officer refresher training with a specific module on capacity, consent "
                        "and undue pressure.",
                 "Learning and Development Officer (Public Protection)", "Ongoing",
                 "Three cohorts completed (41 Council Officers).\nFurther cohort booked for 27/01/2026.", "Green"),
            ]),
        ]),
        ("Learning Point 2 – Sharing information at the point of concern", [
            ("Recommendation 3: NHS Tayside, Police Scotland, the Scottish Fire and Rescue Service and Perth and "
             "Kinross Council should review how concerns raised by GP practices and SFRS are shared at the point "
             "of referral.", [
                ("3.1", "Agree an information-sharing pathway for Home Fire Safety Visit concerns between SFRS and "
                        "the Adult Protection team.",
                 "SFRS Station Commander (Prevention and Protection) / Adult Protection Team Leader",
                 "31 December 2025",
                 "Draft pathway with SFRS legal services for comment.", "Amber"),
                ("3.2", "Include GP practices in the Inter-agency Referral Discussion (IRD) notification process "
                        "where the adult has a significant health condition.",
                 "NHS Tayside Lead Nurse, Adult Protection", "Q4 2025/26",
                 "Options paper considered at IRD Oversight Group 04/11/2025.", "Amber"),
            ]),
        ]),
        ("Learning Point 3 – Involving family members and unpaid carers", [
            ("Recommendation 4: Agencies should ensure that the views of family members and unpaid carers are "
             "sought and recorded when assessing risk.", [
                ("4.1", "Add a family and carer views section to the Adult Protection Case Conference minute template.",
                 "Adult Protection Lead Officer", "August 2025",
                 "New template in use from 01/08/2025.", "Complete"),
                ("4.2", "Promote Adult Carer Support Plans through PKAVS at all case conferences where an unpaid "
                        "carer is identified.",
                 "Carers Lead, P&K HSCP and PKAVS Carers Hub Manager", "June 2026",
                 "", "Not started"),
                ("4.3", "Report progress on this action plan to the Chief Officers Group (Public Protection).",
                 "Independent Convener, APC", "Six-monthly",
                 "Last reported to COG 18/11/2025.", "Green"),
            ]),
        ]),
    ]
    r = 6
    for lp, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=lp)
        c.font = BOLD
        c.fill = fill("DCE6F1")
        r += 1
        for rec, acts in recs:
            first = r
            for ref, text, lead, when, prog, rag in acts:
                vals = [None, ref, text, lead, when, prog or None, rag]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.border = BOX
                    c.alignment = WRAP
                r += 1
            ws.cell(row=first, column=1, value=rec).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG status key").font = BOLD
    for txt in ["Red – not started or significant delay",
                "Amber – in progress, some delay",
                "Green – in progress and on track",
                "Complete – action completed and evidence provided to the Learning Review Sub-Group"]:
        r += 1
        ws.cell(row=r, column=1, value=txt)

    v = wb.create_sheet("Version control")
    for i, rr in enumerate([("Version", "Date", "Changes"),
                            ("1", "12/03/2025", "Action plan agreed by APC"),
                            ("2", "10/06/2025", "Progress update"),
                            ("3", "16/09/2025", "Progress update; action 2.1 closed"),
                            ("4", "09/12/2025", "Progress update")], start=1):
        for j, val in enumerate(rr, start=1):
            v.cell(row=i, column=j, value=val)
    wb.save(out("kb2-perth-kinross-apc-learning-review-mr-b-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Oxford Safer Communities Partnership - DHR 'Bella' action plan (docx, read)
# ---------------------------------------------------------------------------
def make_oxford():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Domestic Homicide Review ‘Bella’ – Action Plan", style="Title")
    doc.add_paragraph("Oxford Safer Communities Partnership")
    doc.add_paragraph("Status: updated for the DHR Standing Panel, 16 October 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_cell(c, h, bold=True)
    for rr in [("0.1", "03/02/2025", "DHR Coordinator", "Draft for panel"),
               ("1.0", "02/05/2025", "DHR Coordinator", "Agreed on publication of overview report"),
               ("1.3", "16/10/2025", "DHR Coordinator", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, rr):
            set_cell(c, v)

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for row, (a, b, col) in zip(k.rows, [("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                                          ("A", "Some delay – revised date agreed", "FFC000"),
                                          ("R", "Significant delay – escalate to OSCP", "FF0000")]):
        set_cell(row.cells[0], a, bold=True)
        shade(row.cells[0], col)
        set_cell(row.cells[1], b)

    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and Outcome", "RAG"]

    def plan_table(recs):
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for rec, scope, acts in recs:
            first = len(tb.rows)
            for a in acts:
                cells = tb.add_row().cells
                for idx, v in zip(range(2, 8), a):
                    set_cell(cells[idx], v)
            last = len(tb.rows) - 1
            top0 = tb.cell(first, 0)
            top1 = tb.cell(first, 1)
            if last > first:
                top0 = top0.merge(tb.cell(last, 0))
                top1 = top1.merge(tb.cell(last, 1))
            set_cell(top0, rec)
            set_cell(top1, scope)
        return tb

    doc.add_paragraph("Overview Report Recommendations", style="Heading 1")
    plan_table([
        ("1. The Oxford Safer Communities Partnership should seek assurance that all agencies routinely ask "
         "about domestic abuse when an older person presents with injuries or a change in presentation.",
         "Local", [
             ("Deliver a briefing on domestic abuse in later life to practitioners across the partnership, "
              "drawing on the learning from this review.",
              "Oxford City Council (Community Safety Team)",
              "Briefing delivered at the OSCP learning event on 12/06/2025 (68 attendees).",
              "June 2025", "Completed 12/06/2025", "B"),
             ("Include older people and domestic abuse as a theme in the 2025/26 multi-agency domestic abuse "
              "training programme.",
              "Oxfordshire Domestic Abuse Strategic Board",
              "Session commissioned from Dewis Choice; dates being set.",
              "March 2026", "", "G"),
         ]),
        ("2. The Partnership should work with Oxfordshire County Council to ensure carers’ assessments consider "
         "the risk of abuse where the carer is also the person’s partner.",
         "Local", [
             ("Update the carer’s assessment guidance to include prompts on coercive and controlling behaviour "
              "by a partner who is also the carer.",
              "Oxfordshire County Council Adult Social Care",
              "Draft guidance to ASC Practice Board 04/09/2025; sign-off delayed by case recording system upgrade.",
              "30/09/2025", "", "A"),
         ]),
        ("3. The Home Office should consider how the learning from this review on economic abuse of older "
         "victims is shared nationally.",
         "National", [
             ("Send the overview report and executive summary to the Home Office Quality Assurance Panel with "
              "a covering letter highlighting economic abuse.",
              "OSCP DHR Coordinator",
              "Letter sent with published report.",
              "On publication", "Completed 02/05/2025", "B"),
         ]),
    ])

    doc.add_paragraph("Single Agency Recommendations – Thames Valley Police", style="Heading 1")
    plan_table([
        ("TVP1. Thames Valley Police should ensure that officers attending domestic incidents involving older "
         "victims complete the DARA risk assessment with the victim away from the alleged perpetrator.",
         "Local", [
             ("Issue a force-wide learning bulletin on completing DARA with older victims.",
              "Detective Chief Inspector, Domestic Abuse Hub",
              "Bulletin issued to all response and neighbourhood officers.",
              "July 2025", "Completed 21/07/2025", "B"),
             ("Dip-sample 50 DARA forms a quarter where the victim is over 60, for two quarters, and report the "
              "findings to the OSCP.",
              "Head of Vulnerability and Safeguarding / DA Hub Inspector",
              "First dip-sample completed (Q2); 41 of 50 fully compliant.",
              "Jan 2026", "", "A"),
         ]),
    ])

    doc.add_paragraph("Single Agency Recommendations – Oxford Health NHS Foundation Trust", style="Heading 1")
    plan_table([
        ("OH1. Oxford Health NHS Foundation Trust should strengthen routine enquiry about domestic abuse in "
         "community nursing.",
         "Local", [
             ("Add a mandatory routine enquiry question to the district nursing initial assessment template "
              "on SystmOne.",
              "Named Nurse for Safeguarding Adults",
              "Template change approved by Digital Clinical Safety Officer.",
              "End of November 2025", "", "G"),
             ("Audit compliance with routine enquiry in district nursing and report the results to the Trust "
              "Safeguarding Committee.",
              "Named Nurse for Safeguarding Adults and Head of Nursing, Community Services",
              "",
              "Q1 2026/27", "", ""),
         ]),
    ])
    doc.add_paragraph(
        "Note: this action plan will be monitored by the OSCP DHR Standing Panel until all actions are complete. "
        "Family members have been offered updates on progress.")
    doc.save(out("kb2-oxford-safer-communities-partnership-dhr-bella-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Great Yarmouth BC - transformation programme highlight report (docx, read)
# ---------------------------------------------------------------------------
def make_yarmouth():
    doc = Document()
    doc.add_paragraph("Great Yarmouth Borough Council – Transformation Programme Highlight Report", style="Title")
    doc.add_paragraph("Reporting period: Period 8 (1–30 November 2025)")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for a, b in [("Programme", "Transformation Programme 2024–2027"),
                 ("Senior Responsible Owner", "Chief Executive"),
                 ("Programme Manager", "Transformation and Programme Manager"),
                 ("Report to", "Transformation Board, 9 December 2025"),
                 ("Overall status this period", "Amber (previous period: Amber)")]:
        cells = info.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        shade(cells[0], "DEEAF6")
        set_cell(cells[1], b, size=10)

    doc.add_paragraph("Summary of progress", style="Heading 1")
    doc.add_paragraph(
        "The customer portal went live on 3 November. The property asset review remains red following delays to "
        "the valuation; a revised date is proposed below. Savings delivered to date are £612k against a 2025/26 "
        "target of £850k.")
    doc.add_paragraph(
        "Status key: G – on track; A – at risk, within tolerance; R – outside tolerance, Board decision needed; "
        "C – complete.")

    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Status", "Commentary"]
    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "0070C0"}

    def ws_table(title, lead, rows):
        doc.add_paragraph(title, style="Heading 2")
        doc.add_paragraph(f"Workstream lead: {lead}")
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "1F4E79")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rr in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, rr):
                set_cell(c, v)
            shade(cells[5], colours[rr[5]])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    ws_table("Workstream 1: Customer Access and Digital", "Head of Customer Services", [
        ("1.1", "Launch the new customer portal (MyGYBC) for council tax and benefits self-service.",
         "Head of Customer Services / ICT Manager", "Sep-25", "Nov-25", "C",
         "Went live 03/11/2025; 2,140 accounts created in the first fortnight."),
        ("1.2", "Migrate waste and recycling forms to the portal and retire the legacy e-forms.",
         "Digital Transformation Lead", "Dec-25", "Feb-26", "A",
         "Integration with the waste contractor's system requires a further sprint."),
        ("1.3", "Implement the telephony IVR redesign with a call-back option.",
         "Customer Services Manager", "Jan-26", "Jan-26", "G",
         "Supplier configuration complete; user testing w/c 08/12/2025."),
    ])
    ws_table("Workstream 2: Property and Assets", "Head of Property and Asset Management", [
        ("2.1", "Complete the asset review of the Market Place and seafront holdings.\n"
                "Report the options appraisal to Cabinet.",
         "Head of Property and Asset Management", "Oct-25", "Mar-26", "R",
         "Valuation delayed; external valuer appointed 10/11/2025. Board asked to agree the revised date."),
        ("2.2", "Relocate the Housing Options team to the Town Hall ground floor customer hub.",
         "Facilities Manager", "Nov-25", "Nov-25", "C",
         "Team moved 17/11/2025."),
    ])
    ws_table("Workstream 3: Organisational Development", "Head of HR", [
        ("3.1", "Roll out the new performance appraisal framework to all managers.",
         "Head of HR", "Mar-26", "Mar-26", "G",
         "Manager briefings scheduled January 2026."),
        ("3.2", "Deliver cohort 2 of the Leadership Development Programme (24 managers).",
         "Head of HR / OD Adviser", "Jun-26", "Jul-26", "A",
         "Provider procurement re-run after single tender returned."),
    ])

    doc.add_paragraph("Key risks and issues", style="Heading 1")
    rk = doc.add_table(rows=1, cols=4)
    rk.style = "Table Grid"
    for c, h in zip(rk.rows[0].cells, ["ID", "Risk / issue", "Score", "Mitigation"]):
        set_cell(c, h, bold=True)
    for rr in [("TR03", "Capacity in ICT to support concurrent digital releases.", "12",
                "Prioritisation agreed at Transformation Board; interim developer contract."),
               ("TR07", "Savings from asset rationalisation slip into 2026/27.", "16",
                "Reprofile in Medium Term Financial Strategy refresh.")]:
        cells = rk.add_row().cells
        for c, v in zip(cells, rr):
            set_cell(c, v)

    doc.add_paragraph("Decisions required from the Board", style="Heading 1")
    doc.add_paragraph("Agree the revised forecast date of March 2026 for milestone 2.1.", style="List Number")
    doc.add_paragraph("Note the savings position.", style="List Number")
    doc.save(out("kb2-great-yarmouth-bc-transformation-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. NHS Cheshire and Merseyside ICB - Board action log (csv, read)
# ---------------------------------------------------------------------------
def make_cheshire_merseyside():
    rows = [
        ["NHS Cheshire and Merseyside Integrated Care Board – Board Meeting in Public: Action Log", "", "",
         "", "", "", "", ""],
        ["As at 8 December 2025", "", "", "", "", "", "", ""],
        ["Key: Green = action complete (recommended for removal); Amber = in progress; Red = overdue", "",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Progress Update", "RAG"],
        ["2025-061", "29/05/2025", "ICB/05/25/08",
         "Provide the Board with a breakdown of ambulance handover delays by acute trust, including the "
         "45-minute release-to-respond position.",
         "Director of Performance and Planning", "31/07/2025",
         "Included in the Integrated Performance Report, July 2025 (Item 10).", "Green"],
        ["2025-067", "29/05/2025", "ICB/05/25/11",
         "Circulate the Cancer Alliance's early diagnosis trajectory for 2025/26 to Board members outside "
         "the meeting.",
         "Associate Director of Corporate Affairs and Governance", "Jun-25",
         "Circulated 12/06/2025.", "Green"],
        ["2025-074", "31/07/2025", "ICB/07/25/06",
         "Bring a report on the system financial recovery plan setting out the workforce reduction "
         "trajectory by provider.",
         "Director of Finance", "27/11/2025 (was 25/09/2025)",
         "Deferred to November at the request of the Chair.\nReport on the 27/11/2025 agenda (Item 9); "
         "further detail by provider requested.", "Amber"],
        ["2025-079", "31/07/2025", "ICB/07/25/09",
         "Review the fast-track continuing healthcare audit findings with Place Directors and report "
         "assurance to the Quality and Performance Committee.",
         "Chief Nurse / Place Director (Wirral)", "Oct-25",
         "Audit presented to Q&P Committee 16/10/2025. Recommend closure.", "Green"],
        ["2025-083", "25/09/2025", "ICB/09/25/05",
         "Present the CAMHS waiting list trajectory to the Board, with the eating disorder pathway "
         "shown separately.",
         "Director of Strategy and Partnerships", "29/01/2026",
         "Moved from November to January Board to include Q3 data.", "Amber"],
        ["2025-088", "25/09/2025", "ICB/09/25/07",
         "Agree a single set of outcome measures for the healthy weight programme with the nine "
         "local authority Directors of Public Health.",
         "Director of Population Health", "Jan-26",
         "Workshop held 04/11/2025. Draft measures circulating.", "Amber"],
        ["2025-090", "25/09/2025", "ICB/09/25/10",
         "Write to practices with the lowest online consultation uptake offering digital facilitator support.",
         "Associate Director of Primary Care", "31/10/2025",
         "Not yet actioned – capacity in the primary care team.\nRevised timescale to be confirmed.", "Red"],
        ["2025-094", "27/11/2025", "ICB/11/25/04",
         "Hold a Board development session on the revised risk appetite statement.",
         "Chief Executive and Associate Director of Corporate Affairs and Governance", "Feb-26",
         "", ""],
        ["2025-097", "27/11/2025", "ICB/11/25/09",
         "Provide a fortnightly winter position summary to non-executive members until the end of "
         "March 2026.",
         "Director of Performance and Planning", "31/03/2026",
         "First summary issued 05/12/2025.", "Amber"],
    ]
    with open(out("kb2-nhs-cheshire-and-merseyside-icb-board-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for rr in rows:
            w.writerow(rr)


# ---------------------------------------------------------------------------
# 7. Oxleas NHS FT - NHS England independent investigation 'Mr P' action plan (txt, read)
# ---------------------------------------------------------------------------
OXLEAS_TXT = """Oxleas NHS Foundation Trust – Independent Investigation into the Care and Treatment of Mr P: Trust Action Plan
Investigation commissioned by NHS England (London Region). Report published 14 March 2024.
Action plan position as at 30 September 2025. Monitored by South East London ICB Serious Incident Assurance Panel.

BRAG key: B – Complete (evidence accepted by ICB panel); G – On track; A – At risk of slippage; R – Off track

------------------------------------------------------------------------------------------
Recommendation 1 – Risk assessment and formulation
The Trust should ensure that risk assessments for service users under the care of community mental health teams are updated following any significant change in circumstances, including disengagement, and that the risk formulation informs the care plan.

1.1  Revise the Clinical Risk Assessment and Management Policy to define "significant change" and the expected timescale for review.
     Lead: Associate Director of Nursing, Adult Community Services
     Target date: 31 July 2024
     Status: B – Complete
     Evidence: Policy CRM-04 v6 ratified at Clinical Policy Group 17/07/2024.

1.2  Deliver risk formulation training (STORM-based) to all care coordinators in the Greenwich and Bexley community mental health teams.
     Lead: Head of Psychology; Practice Development Lead
     Target date: October 2024 (revised to March 2025)
     Status: B – Complete
     Evidence: 212 of 231 staff trained (92%). Training now part of induction.

1.3  Audit the quality of risk formulations in a random sample of 60 records each quarter and report to the Directorate Quality Meeting.
     Lead: Clinical Audit Manager
     Target date: Quarterly
     Status: G – On track
     Evidence: Q1 2025/26 audit: 78% rated good or better (target 85%).

------------------------------------------------------------------------------------------
Recommendation 2 – Disengagement and did-not-attend
The Trust should review its approach to service users who disengage, so that repeated non-attendance by a person with a history of violence triggers a multi-disciplinary review.

2.1  Introduce a "Was Not Brought / Did Not Attend" escalation flowchart for community mental health teams, including a prompt to contact family and carers.
     Lead: Clinical Director, Greenwich Community Mental Health Services; Head of Patient Safety
     Target date: Q3 2024/25
     Status: B – Complete
     Evidence: Flowchart live on intranet December 2024; included in DNA policy.

2.2  Build an automated RiO alert for three or more consecutive missed appointments for patients with a forensic history.
     Lead: Chief Clinical Information Officer
     Target date: 30/11/2025
     Status: A – At risk of slippage
     Evidence: Specification agreed; supplier development slot confirmed for November release.

------------------------------------------------------------------------------------------
Recommendation 3 – Working with families
The Trust should ensure that information offered by families about risk is recorded, considered and responded to, and that families are told how it has been used.

3.1  Add a "family and carer information about risk" field to the RiO core assessment and the care plan review form.
     Lead: Chief Clinical Information Officer
     Target date: March 2025
     Status: B – Complete
     Evidence: Field live from 10/03/2025.

3.2  Appoint a Family Liaison Lead for serious incidents and independent investigations.
     Lead: Director of Nursing and Patient Safety
     Target date: Sept 2024
     Status: B – Complete
     Evidence: Family Liaison Lead in post from 02/09/2024.

------------------------------------------------------------------------------------------
Recommendation 4 – Assurance on action plans
The Trust Board should receive assurance that actions from independent investigations are embedded and sustained.

4.1  Report progress on independent investigation action plans to the Quality and Safety Committee every quarter until all actions are closed and sustained for 12 months.
     Lead: Head of Patient Safety
     Target date: Ongoing
     Status: G – On track
     Evidence: Last reported to Quality and Safety Committee 09/09/2025.

------------------------------------------------------------------------------------------
Notes:
Recommendations 5 and 6 of the report were addressed to South East London ICB and the Metropolitan Police Service and are reported in their own action plans.
Completed actions remain on this plan until the ICB panel confirms closure.
"""


def make_oxleas():
    with open(out("kb2-oxleas-nhsft-independent-investigation-mr-p-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write(OXLEAS_TXT)


if __name__ == "__main__":
    make_frimley()
    make_hillingdon()
    make_perth()
    make_oxford()
    make_yarmouth()
    make_cheshire_merseyside()
    make_oxleas()
    print("built", sorted(n for n in os.listdir(HERE) if n.startswith("kb2-") and not n.endswith(".yaml")))
