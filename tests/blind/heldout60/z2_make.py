"""Generator for the z2- cases of heldout60 (partnership, NHS and corporate plans).

Run:  /work/main/.venv/bin/python z2_make.py            -> writes the seven document files
      /work/main/.venv/bin/python z2_make.py --expected -> also writes the .expected.yaml readings

Each action row below carries the raw cells put in the document AND the reading a person makes
of them (ref / under / lead / end / status), written by hand.
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "band": "D9E1F2", "hdr": "1F4E78", "grey": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def hdr_row(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def band(ws, row, text, ncols, color=FILL["band"]):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    ws.cell(row=row, column=1).fill = fill(color)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


EXPECTED = {}


def exp(name, **kw):
    EXPECTED[name] = kw


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------------------------
# 1. Kettering General Hospital NHS FT - CQC Must Do / Should Do action plan (xlsx)
# ---------------------------------------------------------------------------------------------
def kettering():
    name = "z2-kettering-general-cqc-must-should-do-action-plan.xlsx"
    title = "Kettering General Hospital NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    MD1 = ("MD1: The trust must ensure that patients attending the emergency department receive an "
           "initial clinical assessment within 15 minutes of arrival. (Regulation 12)")
    MD2 = ("MD2: The trust must ensure that staff in the emergency department complete safeguarding "
           "training to the level required for their role. (Regulation 18)")
    MD3 = ("MD3: The trust must ensure that medicines are stored securely and that medicine fridge "
           "temperatures are monitored and acted on. (Regulation 12)")
    SD1 = ("SD1: The trust should ensure that midwives and obstetricians complete fetal monitoring "
           "training and an annual competency assessment.")
    SD2 = ("SD2: The trust should ensure that the Freedom to Speak Up service is visible and "
           "accessible to staff who work nights and weekends.")
    UEC, MED, MAT, TW = ("Urgent and Emergency Care", "Medical Care (including older people's care)",
                         "Maternity", "Trust-wide (Well-led)")
    # (sheet rows) kind, payload
    rows = [
        ("band", UEC),
        ("act", "MD1.1", MD1, "Introduce a streaming and triage nurse at the front door from 08:00 to 02:00, seven days a week.",
         "Chief Operating Officer", D(2024, 6, 30), None, "B",
         "Streaming nurse rota in place from 3 June 2024. August audit shows 87% of patients triaged within 15 minutes.",
         act("MD1.1", [UEC, MD1], "Introduce a streaming and triage nurse at the front door from 08:00 to 02:00, seven days a week.",
             ["Chief Operating Officer"], "2024-06", "blue")),
        ("act", "MD1.2", None, "Report time to initial assessment daily on the ED performance dashboard and weekly to the Urgent Care Board.",
         "Divisional Director of Operations (Medicine)", D(2024, 7, 31), D(2024, 10, 31), "A",
         "Dashboard built. Data quality issue with the arrival time taken from the ambulance handover screen is being worked through with Informatics; revised date agreed at Executive Committee.",
         act("MD1.2", [UEC, MD1], "Report time to initial assessment daily on the ED performance dashboard and weekly to the Urgent Care Board.",
             ["Divisional Director of Operations (Medicine)"], "2024-10", "amber")),
        ("act", "MD2.1", MD2, "Run additional Level 3 safeguarding children sessions for ED medical and nursing staff.",
         "Chief Nurse", D(2024, 12, 31), None, "G",
         "Six extra sessions booked September to November. Compliance 79% at end of September against a 90% target.",
         act("MD2.1", [UEC, MD2], "Run additional Level 3 safeguarding children sessions for ED medical and nursing staff.",
             ["Chief Nurse"], "2024-12", "green")),
        ("act", "MD2.2", None, "Review safeguarding training compliance with ED matrons every month and follow up staff who are out of date.",
         "Named Nurse for Safeguarding", "Monthly", None, "G",
         "Monthly compliance reports issued to ED matrons since April 2024.",
         act("MD2.2", [UEC, MD2], "Review safeguarding training compliance with ED matrons every month and follow up staff who are out of date.",
             ["Named Nurse for Safeguarding"], None, "green", end_text="Monthly")),
        ("band", MED),
        ("act", "MD3.1", MD3, "Replace ward medicine fridges with fridges on remote temperature monitoring on all medical wards.",
         "Chief Pharmacist", D(2024, 8, 31), D(2024, 12, 31), "A",
         "Fridges installed on 9 of 14 wards. Remaining five wards delayed by supplier lead times.",
         act("MD3.1", [MED, MD3], "Replace ward medicine fridges with fridges on remote temperature monitoring on all medical wards.",
             ["Chief Pharmacist"], "2024-12", "amber")),
        ("act", "MD3.2", None, "Complete a monthly medicines storage audit on every medical ward and share the results at the Medicines Safety Group.",
         "Chief Pharmacist / Head of Nursing (Medicine)", D(2024, 5, 31), None, "B",
         "Audits embedded since May 2024; results reported to the Medicines Safety Group and divisional governance.",
         act("MD3.2", [MED, MD3], "Complete a monthly medicines storage audit on every medical ward and share the results at the Medicines Safety Group.",
             ["Chief Pharmacist", "Head of Nursing (Medicine)"], "2024-05", "blue")),
        ("blank",),
        ("band", MAT),
        ("act", "SD1.1", SD1, "Add a fetal monitoring training day to the core skills programme for all midwives and obstetricians.",
         "Director of Midwifery", D(2024, 4, 30), None, "B",
         "Included in the 2024/25 training needs analysis. Training day runs monthly.",
         act("SD1.1", [MAT, SD1], "Add a fetal monitoring training day to the core skills programme for all midwives and obstetricians.",
             ["Director of Midwifery"], "2024-04", "blue")),
        ("act", "SD1.2", None, "Audit CTG competency compliance quarterly and report to the Maternity and Neonatal Safety Champions.",
         "Fetal Monitoring Lead Midwife", "Q3 2024/25", None, "G",
         "Q2 audit shows 94% compliance. Q3 audit scheduled for December.",
         act("SD1.2", [MAT, SD1], "Audit CTG competency compliance quarterly and report to the Maternity and Neonatal Safety Champions.",
             ["Fetal Monitoring Lead Midwife"], "2024-12", "green")),
        ("band", TW),
        ("act", "SD2.1", SD2, "Recruit two more Freedom to Speak Up champions for night and weekend shifts and publicise the out-of-hours contact route.",
         "Director of People", D(2024, 11, 30), None, "R",
         "No applications received for the champion roles. Re-advertised in October 2024 with support from the staff networks.",
         act("SD2.1", [TW, SD2], "Recruit two more Freedom to Speak Up champions for night and weekend shifts and publicise the out-of-hours contact route.",
             ["Director of People"], "2024-11", "red")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection of Urgent and Emergency Care, Medical Care and Maternity; report published 14 March 2024. "
                "Position as at 30 September 2024.")
    ws.merge_cells("A2:H2")
    hdr_row(ws, 4, ["Ref", "CQC requirement (Must do / Should do)", "Action", "Lead", "Target date",
                    "Revised date", "RAG", "Progress update"])
    r = 5
    req_start = None
    actions = []
    for item in rows:
        if item[0] == "band":
            band(ws, r, item[1], 8)
        elif item[0] == "blank":
            pass
        else:
            _, ref, req, text, lead, tgt, rev, rag, prog, e = item
            ws.cell(row=r, column=1, value=ref)
            if req is not None:
                ws.cell(row=r, column=2, value=req)
                req_start = r
            else:
                ws.merge_cells(start_row=req_start, start_column=2, end_row=r, end_column=2)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=6, value=rev)
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7, value=rag)
            c.fill = fill(FILL[rag])
            c.font = Font(bold=True, color="FFFFFF" if rag in "RB" else "000000")
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=8, value=prog)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
                if col != 7:
                    ws.cell(row=r, column=col).alignment = WRAP
            actions.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for letter, text in [("B", "Complete and evidenced"), ("G", "On track to deliver by the target date"),
                         ("A", "At risk / revised date agreed"), ("R", "Off track – escalated to Executive Committee")]:
        r += 1
        ws.cell(row=r, column=1, value=letter).fill = fill(FILL[letter])
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFGH", [8, 45, 50, 28, 12, 12, 6, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))
    exp(name,
        source=("Imitates an NHS trust CQC 'Must do / Should do' action plan as published by trusts after a core-service "
                "inspection, e.g. Sheffield Health and Social Care NHS FT's published CQC action plans "
                "(https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/, 2017; blue = complete) "
                "and EEAST's Must Do/Should Do QIP board reports (https://www.eastamb.nhs.uk/about-us/trust-board/). "
                "Copied: core-service band rows merged across, MD/SD refs, CQC requirement merged down beside its actions, "
                "target and revised date columns (Excel dates), RAG letters with fills, RAG key under the table."),
        reads=("A Kettering General Hospital CQC action plan: five CQC requirements (three must-dos, two should-dos) grouped "
               "under core-service bands, each with one or two numbered actions, a lead post, target and sometimes a "
               "revised date, a filled RAG letter and a progress update. A RAG key sits under the table."),
        outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 2. Harrogate and District NHS FT - Ockenden IEA maternity assurance tracker (xlsx)
# ---------------------------------------------------------------------------------------------
def harrogate():
    name = "z2-harrogate-nhsft-ockenden-iea-assurance-tracker.xlsx"
    title = "Harrogate and District NHS Foundation Trust – Ockenden Immediate and Essential Actions (IEA): Maternity Assurance Tracker"
    I1, I2, I3, I5, I6 = ("IEA 1: Enhanced Safety", "IEA 2: Listening to Women and Families",
                          "IEA 3: Staff Training and Working Together",
                          "IEA 5: Risk Assessment Throughout Pregnancy", "IEA 6: Monitoring Fetal Wellbeing")
    R1 = "Clinical change where required must be embedded across trusts with regional clinical oversight in a timely way."
    R2 = "Maternity services must ensure that women and their families are listened to with their voices heard."
    R3 = "Staff who work together must train together."
    R5 = ("All women must be formally risk assessed at every antenatal contact so that they have continued access "
          "to care provided by the most appropriately trained professional.")
    R6 = ("All maternity services must appoint a dedicated Lead Midwife and Lead Obstetrician with demonstrated "
          "expertise to focus on and champion best practice in fetal monitoring.")
    rows = [
        ("band", I1),
        ("act", "1.1", R1, "Present the Perinatal Clinical Quality Surveillance dashboard to Trust Board every month, including all maternity serious incidents.",
         "Sarah Patel", D(2024, 12, 31), "Amber", "Blue",
         "Dashboard presented to Board monthly since October 2024. Board minutes held as evidence.",
         act("1.1", [I1, R1], "Present the Perinatal Clinical Quality Surveillance dashboard to Trust Board every month, including all maternity serious incidents.",
             ["Sarah Patel"], "2024-12", "blue")),
        ("act", "1.2", None, "Share PSII reports with the LMNS Safety Group within 10 working days of sign-off.",
         "Jane Whitworth", "Ongoing", "Green", "Green",
         "Three PSII reports shared this quarter, all within timescale.",
         act("1.2", [I1, R1], "Share PSII reports with the LMNS Safety Group within 10 working days of sign-off.",
             ["Jane Whitworth"], None, "green", end_text="Ongoing")),
        ("band", I2),
        ("act", "2.1", R2, "Co-produce the 2025 service user survey with the Maternity and Neonatal Voices Partnership and put a 'You said, we did' board in each maternity area.",
         "Sarah Patel / MNVP Chair", D(2025, 3, 31), "Amber", "Amber",
         "Survey questions agreed with the MNVP. Boards in place on the Delivery Suite and antenatal clinic; Pannal ward board still to be installed.",
         act("2.1", [I2, R2], "Co-produce the 2025 service user survey with the Maternity and Neonatal Voices Partnership and put a 'You said, we did' board in each maternity area.",
             ["Sarah Patel", "MNVP Chair"], "2025-03", "amber")),
        ("act", "2.2", None, "Non-executive maternity safety champion to hold walkabouts with the Board-level safety champion every two months.",
         "Company Secretary", "Bi-monthly", "Green", "Blue",
         "Walkabouts diarised for 2025; feedback log reviewed at the Maternity Safety Champions meeting.",
         act("2.2", [I2, R2], "Non-executive maternity safety champion to hold walkabouts with the Board-level safety champion every two months.",
             ["Company Secretary"], None, "blue", end_text="Bi-monthly")),
        ("band", I3),
        ("act", "3.1", R3, "Achieve 90% attendance of midwives, obstetricians and anaesthetists at multidisciplinary PROMPT training.",
         "Ruth Okafor", D(2025, 3, 31), "Red", "Amber",
         "Attendance 84% at end of December (anaesthetists 71%). Additional dates added in February and March.",
         act("3.1", [I3, R3], "Achieve 90% attendance of midwives, obstetricians and anaesthetists at multidisciplinary PROMPT training.",
             ["Ruth Okafor"], "2025-03", "amber")),
        ("act", "3.2", None, "Implement twice-daily consultant-led ward rounds on the Delivery Suite, seven days a week.",
         "Dr M. Ellison", D(2024, 9, 30), "Green", "Blue",
         "In place since September 2024; audited in November with 100% compliance.",
         act("3.2", [I3, R3], "Implement twice-daily consultant-led ward rounds on the Delivery Suite, seven days a week.",
             ["Dr M. Ellison"], "2024-09", "blue")),
        ("band", I5),
        ("act", "5.1", R5, "Make the risk assessment a mandatory field at every antenatal contact in BadgerNet and audit compliance quarterly.",
         "Jane Whitworth", D(2025, 6, 30), "Amber", "Green",
         "BadgerNet change request approved by the system supplier; go-live planned for April 2025.",
         act("5.1", [I5, R5], "Make the risk assessment a mandatory field at every antenatal contact in BadgerNet and audit compliance quarterly.",
             ["Jane Whitworth"], "2025-06", "green")),
        ("band", I6),
        ("act", "6.1", R6, "Recruit a substantive Fetal Monitoring Lead Obstetrician (0.2 WTE).",
         "Dr M. Ellison", D(2024, 11, 30), "Red", "Red",
         "Post advertised twice without an appointment. Interim cover from a consultant on the Delivery Suite rota; escalated to the Medical Director.",
         act("6.1", [I6, R6], "Recruit a substantive Fetal Monitoring Lead Obstetrician (0.2 WTE).",
             ["Dr M. Ellison"], "2024-11", "red")),
    ]
    COL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
    wb = Workbook()
    ws = wb.active
    ws.title = "IEA Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reported to Quality Committee: January 2025    Executive lead: Chief Nurse"
    ws.merge_cells("A2:H2")
    hdr_row(ws, 4, ["IEA ref", "Requirement", "Action to achieve compliance", "Action owner", "Due date",
                    "Previous RAG (Oct 24)", "Current RAG (Jan 25)", "Evidence / commentary"])
    r = 5
    actions = []
    for item in rows:
        if item[0] == "band":
            band(ws, r, item[1], 8, "FCE4D6")
        else:
            _, ref, req, text, owner, due, prev, cur, com, e = item
            vals = [ref, req, text, owner, due, prev, cur, com]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
            if isinstance(due, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(COL[prev])
            ws.cell(row=r, column=7).fill = fill(COL[cur])
            actions.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG: Blue = completed and evidenced; Green = on track; "
                                    "Amber = some risk to delivery; Red = not on track / overdue")).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [8, 42, 50, 18, 11, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    exp(name,
        source=("Imitates a trust's Ockenden Immediate and Essential Actions assurance tracker as reported to trust board / "
                "quality committee, e.g. Shrewsbury and Telford Hospital NHS Trust's Ockenden action plan appendix "
                "(2021, https://fdocuments.us/document/local-actions-for-learning-theme-1-maternity-care.html) and Oxford "
                "University Hospitals' Ockenden assurance tool (2021). Copied: IEA theme band rows, requirement text written "
                "on the first action row only (blank on continuation rows), named action owners, due date as Excel dates "
                "shown mmm-yy or words, previous and current RAG columns as coloured words, RAG key line under the table."),
        reads=("Harrogate's Ockenden IEA tracker: five IEA themes as band rows, each with a requirement and one or two "
               "numbered actions with an owner, due date, previous and current RAG and commentary. The current RAG "
               "(January 2025) is the status; the requirement on the first row of a theme applies to the row below it too."),
        outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 3. Harborough District Council - Corporate Delivery Plan Q3 highlight report (xlsx)
# ---------------------------------------------------------------------------------------------
def harborough():
    name = "z2-harborough-corporate-delivery-plan-q3-highlight-report.xlsx"
    title = "Harborough District Council – Corporate Delivery Plan 2024/25: Quarter 3 Highlight Report"
    P1 = "Priority 1: Community Leadership to create a sense of place"
    P2 = "Priority 2: Promoting health and wellbeing and encouraging healthy life choices"
    P3 = "Priority 3: Creating a sustainable environment to live and work"
    P4 = "Priority 4: Supporting businesses and residents to thrive"
    ST = {"Complete": "9BC2E6", "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE", "Not started": None}
    rows = [
        ("band", P1),
        ("1.1", "Adopt a new Community Engagement Strategy and consultation toolkit.", "Head of Communities and Wellbeing",
         "Cllr P. Knowles", "March 2025", "On track",
         "Draft strategy considered by Scrutiny in January; Cabinet decision scheduled for 10 March.",
         act("1.1", [P1], "Adopt a new Community Engagement Strategy and consultation toolkit.",
             ["Head of Communities and Wellbeing"], "2025-03", "green")),
        ("1.2", "Run the public consultation on the Market Harborough Town Centre Masterplan.", "Head of Planning",
         "Cllr J. Bateman", D(2024, 11, 30), "Complete",
         "Consultation closed 29 November with 612 responses; summary report published.",
         act("1.2", [P1], "Run the public consultation on the Market Harborough Town Centre Masterplan.",
             ["Head of Planning"], "2024-11", "blue")),
        ("band", P2),
        ("2.1", "Open the refurbished changing village at Harborough Leisure Centre.", "Leisure Contract Manager",
         "Cllr S. Galton", "Q4 2024/25", "At risk",
         "Contractor delays with the drainage works. Opening now expected late March; risk the date slips into April.",
         act("2.1", [P2], "Open the refurbished changing village at Harborough Leisure Centre.",
             ["Leisure Contract Manager"], "2025-03", "amber")),
        ("2.2", "Roll out the Healthy Harborough physical activity grants to parish and town councils.", "Community Partnerships Officer",
         "Cllr S. Galton", "Sept 2024 – March 2025", "On track",
         "Round 1 awarded £18,400 to 11 parishes. Round 2 opens in February.",
         act("2.2", [P2], "Roll out the Healthy Harborough physical activity grants to parish and town councils.",
             ["Community Partnerships Officer"], "2025-03", "green")),
        ("2.3", "Review the Disabled Facilities Grant policy with Leicestershire County Council.", "Head of Housing",
         "Cllr P. Knowles", D(2024, 10, 31), "Complete",
         "Revised policy approved by Cabinet on 21 October 2024.",
         act("2.3", [P2], "Review the Disabled Facilities Grant policy with Leicestershire County Council.",
             ["Head of Housing"], "2024-10", "blue")),
        ("band", P3),
        ("3.1", "Introduce weekly food waste collections across the district.", "Head of Environmental Services",
         "Cllr M. Rickman", "April 2026", "On track",
         "Vehicles ordered using the Defra capital grant; caddy procurement under way.",
         act("3.1", [P3], "Introduce weekly food waste collections across the district.",
             ["Head of Environmental Services"], "2026-04", "green")),
        ("3.2", "Install EV charging points in four council car parks.", "Head of Property Services",
         "Cllr M. Rickman", D(2025, 3, 31), "Off track",
         "Grid connection quote for two sites far above budget. Options paper going to Executive Management Team in February.",
         act("3.2", [P3], "Install EV charging points in four council car parks.",
             ["Head of Property Services"], "2025-03", "red")),
        ("3.3", "Publish the annual progress report on the Climate Local Action Plan.", "Climate Change Officer",
         "Cllr M. Rickman", D(2024, 12, 1), "Complete",
         "Published on the council website on 16 December 2024.",
         act("3.3", [P3], "Publish the annual progress report on the Climate Local Action Plan.",
             ["Climate Change Officer"], "2024-12", "blue")),
        ("band", P4),
        ("4.1", "Take the Local Plan review (Regulation 18) consultation draft to Cabinet.", "Head of Planning",
         "Cllr J. Bateman", "June 2025", "At risk",
         "Changes to the NPPF housing figures in December mean the evidence base needs updating.",
         act("4.1", [P4], "Take the Local Plan review (Regulation 18) consultation draft to Cabinet.",
             ["Head of Planning"], "2025-06", "amber")),
        ("4.2", "Launch a Business Support Hub with the East Midlands Chamber.", "Economic Development Manager",
         "Cllr J. Bateman", "TBC", "Not started",
         "Awaiting the outcome of the UKSPF allocation for 2025/26.",
         act("4.2", [P4], "Launch a Business Support Hub with the East Midlands Chamber.",
             ["Economic Development Manager"], None, "unrated", end_text="TBC")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Q3 Highlight"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Period: 1 October – 31 December 2024. Reported to Scrutiny Commission, 10 February 2025."
    ws.merge_cells("A2:G2")
    ws["A4"] = "Status summary"
    ws["A4"].font = Font(bold=True)
    summ = [("Complete", 3), ("On track", 3), ("At risk", 2), ("Off track", 1), ("Not started", 1), ("Total", 10)]
    for i, (k, v) in enumerate(summ):
        ws.cell(row=5 + i, column=1, value=k)
        ws.cell(row=5 + i, column=2, value=v)
        if ST.get(k):
            ws.cell(row=5 + i, column=1).fill = fill(ST[k])
    ws.cell(row=10, column=1).font = Font(bold=True)
    ws.cell(row=10, column=2).font = Font(bold=True)
    H = 12
    hdr_row(ws, H, ["Ref", "Action", "Lead officer", "Portfolio Holder", "Target date", "Status", "Q3 commentary"])
    r = H + 1
    actions = []
    for item in rows:
        if item[0] == "band":
            band(ws, r, item[1], 7, "E2EFDA")
        else:
            ref, text, lead, ph, tgt, st, com, e = item
            for col, v in enumerate([ref, text, lead, ph, tgt, st, com], 1):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
            if isinstance(tgt, dt.datetime):
                ws.cell(row=r, column=5).number_format = "mmm-yy" if tgt.day == 1 else "dd/mm/yyyy"
            if ST[st]:
                ws.cell(row=r, column=6).fill = fill(ST[st])
            actions.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, txt in [("Complete", "Action delivered"), ("On track", "Expected to be delivered by the target date"),
                   ("At risk", "Some slippage; may miss the target date"), ("Off track", "Will miss the target date; management action needed")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(ST[k])
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFG", [12, 50, 30, 16, 18, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    exp(name,
        source=("Imitates a district council's quarterly corporate/annual delivery plan highlight report to scrutiny "
                "(e.g. the quarterly delivery plan performance appendices published by English district councils such as "
                "North Hertfordshire and Harborough's own Corporate Delivery Plan reporting; no single URL used). Copied: "
                "title and reporting period lines, a status summary (totals) block above the table, priority band rows "
                "merged across, Lead officer and Portfolio Holder columns, target dates as words, quarters, periods and "
                "Excel dates, status words with pale fills, key under the table."),
        reads=("Harborough's Q3 2024/25 corporate delivery plan highlight report: ten numbered actions under four "
               "council priorities, each with a lead officer (the Portfolio Holder is the councillor, not the lead), a "
               "target date, a status word and commentary. The summary counts at the top and the key below are not actions."),
        outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------------------------
# 4. Pendle Borough Council - LGA Corporate Peer Challenge action plan (docx)
# ---------------------------------------------------------------------------------------------
def pendle():
    name = "z2-pendle-corporate-peer-challenge-action-plan.docx"
    title = "Pendle Borough Council: LGA Corporate Peer Challenge Action Plan"
    REC1 = ("Recommendation 1 – Agree a clear, long-term vision for Pendle and a Council Plan that sets out the "
            "council's priorities and how they will be resourced")
    REC2 = ("Recommendation 2 – Strengthen medium-term financial planning and take the decisions needed to close the "
            "budget gap")
    REC3 = ("Recommendation 3 – Build a more constructive relationship between members and officers, supported by a "
            "refreshed member development programme")
    REC4 = "Recommendation 4 – Increase the capacity of the senior management team"
    RAGC = {"Complete": "9BC2E6", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    rows = [
        ("rec", REC1),
        ("1.1", "Hold cross-party workshops with all councillors to agree the vision and priorities for the Council Plan 2025–2029.",
         "Chief Executive", "September 2024", "Three workshops held in July and September 2024; 41 of 49 councillors attended at least one.", "Complete",
         act("1.1", [REC1], "Hold cross-party workshops with all councillors to agree the vision and priorities for the Council Plan 2025–2029.",
             ["Chief Executive"], "2024-09", "blue")),
        ("1.2", "Adopt the Council Plan at Full Council and publish an annual delivery plan with performance measures.",
         "Leader of the Council / Chief Executive", "February 2025", "Draft plan consulted on in November and December 2024. Due at Full Council on 27 February 2025.", "Green",
         act("1.2", [REC1], "Adopt the Council Plan at Full Council and publish an annual delivery plan with performance measures.",
             ["Leader of the Council", "Chief Executive"], "2025-02", "green")),
        ("rec", REC2),
        ("2.1", "Refresh the Medium Term Financial Strategy with a three-year savings plan and report it to members alongside the 2025/26 budget.",
         "Director of Resources", "February 2025", "MTFS refresh reported to Policy and Resources Committee on 6 February 2025.", "Complete",
         act("2.1", [REC2], "Refresh the Medium Term Financial Strategy with a three-year savings plan and report it to members alongside the 2025/26 budget.",
             ["Director of Resources"], "2025-02", "blue")),
        ("2.2", "Review the council's reserves and set a minimum working balance.",
         "Director of Resources", "By 31 July 2024", "Reserves review completed; minimum working balance of £1.5m agreed.", "Complete",
         act("2.2", [REC2], "Review the council's reserves and set a minimum working balance.",
             ["Director of Resources"], "2024-07", "blue")),
        ("2.3", "Deliver £1.2m of savings through the Transformation Programme.",
         "Corporate Management Team", "June 2024 – March 2026", "£640k delivered to date. Shared service proposal with a neighbouring council delayed.", "Amber",
         act("2.3", [REC2], "Deliver £1.2m of savings through the Transformation Programme.",
             ["Corporate Management Team"], "2026-03", "amber")),
        ("rec", REC3),
        ("3.1", "Review the Member/Officer Protocol and run joint training for members and senior officers.",
         "Monitoring Officer", "Dec 2024", "Protocol redrafted, but the joint training has been postponed twice and is not yet rearranged.", "Red",
         act("3.1", [REC3], "Review the Member/Officer Protocol and run joint training for members and senior officers.",
             ["Monitoring Officer"], "2024-12", "red")),
        ("3.2", "Introduce a member development programme based on a training needs survey of all councillors.",
         "Democratic Services Manager", "Ongoing", "Survey completed by 30 councillors; programme for 2025 published in January.", "Green",
         act("3.2", [REC3], "Introduce a member development programme based on a training needs survey of all councillors.",
             ["Democratic Services Manager"], None, "green", end_text="Ongoing")),
        ("rec", REC4),
        ("4.1", "Recruit to the vacant Director of Place post and review the senior management structure.",
         "Chief Executive / Head of HR", "Q2 2025/26", "Structure review agreed by the Appointments Committee; recruitment to start in April.", "Green",
         act("4.1", [REC4], "Recruit to the vacant Director of Place post and review the senior management structure.",
             ["Chief Executive", "Head of HR"], "2025-09", "green")),
    ]
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Pendle Borough Council from 12 to 15 "
        "March 2024. The peer team's report made eight recommendations; the four that need a council-wide response are set "
        "out below with the actions we will take. Progress is reported to the Policy and Resources Committee every quarter "
        "and will be tested at the LGA progress review.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Author", "Change"]):
        set_cell(dc.cell(0, i), v, bold=True)
    for i, v in enumerate(["1.0", "18/06/2024", "Policy and Performance Manager", "Approved by Policy and Resources Committee"]):
        set_cell(dc.cell(1, i), v)
    for i, v in enumerate(["1.3", "10/02/2025", "Policy and Performance Manager", "Progress update for Q3"]):
        set_cell(dc.cell(2, i), v)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, v in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (February 2025)", "RAG"]):
        set_cell(t.rows[0].cells[i], v, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    actions = []
    for item in rows:
        if item[0] == "rec":
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, item[1], bold=True)
            shade(m, "DEEAF6")
        else:
            ref, text, lead, when, prog, rag, e = item
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, lead, when, prog, rag]):
                set_cell(cells[i], v)
            shade(cells[5], RAGC[rag])
            actions.append(e)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action delivered; Green – on track; Amber – delayed but recoverable; "
                      "Red – off track, needs intervention.")
    doc.save(os.path.join(HERE, name))
    exp(name,
        source=("Imitates a district council's LGA Corporate Peer Challenge action plan with progress update, as "
                "published to cabinet/scrutiny (e.g. North Hertfordshire CPC Action Plan, Appendix B, March 2025, "
                "https://democracy.north-herts.gov.uk/ieIssueDetails.aspx?IId=19441&Opt=3&PlanId=0; B&NES CPC action plan "
                "2025). Copied: heading and intro paragraph, a document-control table before the plan, recommendation rows "
                "merged across the table, numbered actions with Lead / Timescale / Progress / RAG columns, timescales as "
                "months, 'By ...', periods, quarters and 'Ongoing', RAG key as a paragraph under the table."),
        reads=("Pendle's CPC action plan: four peer-team recommendations as full-width rows, each followed by one to "
               "three numbered actions with a lead post, a timescale, a February 2025 progress note and a RAG word "
               "(Complete, Green, Amber, Red). The document-control table is not part of the plan."),
        outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 5. Nuneaton and Bedworth BC - AGS significant governance issues action plan (docx)
# ---------------------------------------------------------------------------------------------
def nuneaton():
    name = "z2-nuneaton-bedworth-ags-significant-issues-action-plan.docx"
    title = "Nuneaton and Bedworth Borough Council – Annual Governance Statement 2023/24: Significant Governance Issues Action Plan"
    I1 = "Issue 1: Delays in closing the Statement of Accounts"
    I2 = "Issue 2: Compliance with Contract Procedure Rules"
    I3 = "Issue 3: Information governance and data protection"
    issues = [
        (I1, "The 2020/21 to 2022/23 accounts had not been audited and the finance team had two long-term vacancies.", [
            ("Recruit to the two vacant Senior Accountant posts and bring in interim support for the closedown period.",
             "Strategic Director – Finance and Governance", "30/09/2024", "Complete",
             "Both posts filled from 2 September 2024; interim support in place June to October.",
             act(None, [I1], "Recruit to the two vacant Senior Accountant posts and bring in interim support for the closedown period.",
                 ["Strategic Director – Finance and Governance"], "2024-09", "blue")),
            ("Agree a closedown timetable with the external auditor and report progress to every Audit and Standards Committee.",
             "Assistant Director – Finance", "Ongoing", "Green",
             "Timetable agreed with the auditor in July; progress reported in September and November.",
             act(None, [I1], "Agree a closedown timetable with the external auditor and report progress to every Audit and Standards Committee.",
                 ["Assistant Director – Finance"], None, "green", end_text="Ongoing")),
            ("Clear the backlog of 2020/21 to 2022/23 accounts by the statutory backstop date.",
             "Assistant Director – Finance", "13 December 2024", "Complete",
             "Disclaimed opinions issued for all three years before the backstop date.",
             act(None, [I1], "Clear the backlog of 2020/21 to 2022/23 accounts by the statutory backstop date.",
                 ["Assistant Director – Finance"], "2024-12", "blue")),
        ]),
        (I2, "Internal Audit found contracts let without the required quotations and waivers not recorded.", [
            ("Rewrite the Contract Procedure Rules to reflect the Procurement Act 2023.",
             "Procurement Manager", "February 2025", "Amber",
             "Draft rules with Legal. Go-live of the Act moved to 24 February 2025, leaving little time for Council approval.",
             act(None, [I2], "Rewrite the Contract Procedure Rules to reflect the Procurement Act 2023.",
                 ["Procurement Manager"], "2025-02", "amber")),
            ("Deliver mandatory procurement training to all budget holders.",
             "Procurement Manager / Learning and Development Advisor", "Jan 2025 – June 2025", "Green",
             "E-learning module built; face-to-face sessions booked from January.",
             act(None, [I2], "Deliver mandatory procurement training to all budget holders.",
                 ["Procurement Manager", "Learning and Development Advisor"], "2025-06", "green")),
            ("Report all contract waivers to Management Team every quarter.",
             "Assistant Director – Finance", "Quarterly", "Green",
             "First waiver report taken to Management Team in October 2024.",
             act(None, [I2], "Report all contract waivers to Management Team every quarter.",
                 ["Assistant Director – Finance"], None, "green", end_text="Quarterly")),
        ]),
        (I3, "The council's Record of Processing Activities was incomplete and e-learning completion was low.", [
            ("Complete the Record of Processing Activities for every service.",
             "Data Protection Officer", "31 March 2025", "Amber",
             "Records complete for 14 of 22 services; remaining services chased through Heads of Service.",
             act(None, [I3], "Complete the Record of Processing Activities for every service.",
                 ["Data Protection Officer"], "2025-03", "amber")),
            ("Achieve 95% completion of the annual data protection e-learning.",
             "Heads of Service", "March 2025", "Red",
             "Completion 68% at the end of December 2024; names of non-completers sent to Heads of Service.",
             act(None, [I3], "Achieve 95% completion of the annual data protection e-learning.",
                 ["Heads of Service"], "2025-03", "red")),
            ("Review the Information Asset Register and name an Information Asset Owner for each asset.",
             "Senior Information Risk Owner (SIRO)", "Nov 2024", "Complete",
             "Register reviewed and owners confirmed at the Information Governance Group on 19 November.",
             act(None, [I3], "Review the Information Asset Register and name an Information Asset Owner for each asset.",
                 ["Senior Information Risk Owner (SIRO)"], "2024-11", "blue")),
        ]),
    ]
    RAGC = {"Complete": "BDD7EE", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "The Annual Governance Statement for 2023/24 identified three significant governance issues. This action plan "
        "sets out how they will be addressed. It is monitored by the Audit and Standards Committee; this version shows "
        "progress at 31 December 2024.")
    actions = []
    for head, desc, acts in issues:
        doc.add_heading(head, level=2)
        doc.add_paragraph(desc)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, v in enumerate(["Action", "Responsible officer", "Target date", "Status", "Update"]):
            set_cell(t.rows[0].cells[i], v, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for text, lead, when, st, upd, e in acts:
            cells = t.add_row().cells
            for i, v in enumerate([text, lead, when, st, upd]):
                set_cell(cells[i], v)
            shade(cells[3], RAGC[st])
            actions.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action closed; Green – on track; Amber – at risk of missing the target "
                      "date; Red – target date missed or will be missed.")
    doc.save(os.path.join(HERE, name))
    exp(name,
        source=("Imitates a district council's Annual Governance Statement 'significant governance issues' action plan "
                "reported to audit committee (the common AGS appendix layout used by English districts; cf. WMCA's AGS "
                "governance issues plan). Copied: heading and intro, one heading per issue with a short description "
                "paragraph, then a small table per issue with Action / Responsible officer / Target date / Status / Update "
                "and no action numbers, status words with pale fills, status key paragraph at the end."),
        reads=("Nuneaton and Bedworth's AGS 2023/24 action plan: three significant governance issues, each a heading "
               "followed by a description and a table of three unnumbered actions with a responsible officer, target "
               "date, status word (Complete, Green, Amber, Red) and an update."),
        outcome="read", accept_refusal=False, title=title, actions=actions)


# ---------------------------------------------------------------------------------------------
# 6. Airedale NHS FT - internal audit recommendations tracker (csv) - REFUSE
# ---------------------------------------------------------------------------------------------
def airedale():
    name = "z2-airedale-nhsft-internal-audit-recommendations-tracker.csv"
    title = "Airedale NHS Foundation Trust - Internal Audit Recommendations Tracker"
    header = ["Audit", "Year", "Rec No", "Priority", "Recommendation", "Agreed Management Action",
              "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Latest Update"]
    data = [
        ["Data Security and Protection Toolkit", "2023/24", "1", "High",
         "Ensure all staff complete annual data security awareness training.",
         "Information Governance team to send monthly compliance lists to divisional managers and escalate staff more than 60 days overdue to the SIRO.",
         "Head of Information Governance", "31/03/2024", "30/09/2024", "Implemented",
         "Compliance 95.2% at 30 September 2024. Evidence provided to Internal Audit."],
        ["Data Security and Protection Toolkit", "2023/24", "2", "Medium",
         "Review and test the ICT disaster recovery plan.",
         "Run a full disaster recovery test for the patient administration system and report the outcome to the Digital Board.",
         "Chief Digital Information Officer", "30/06/2024", "31/12/2024", "Partially implemented",
         "Test scheduled for 14 December 2024 during planned downtime."],
        ["Payroll", "2024/25", "1", "Medium",
         "Strengthen checks on payroll variations before the monthly pay run.",
         "Payroll team to complete an independent check of all variations over £1,000 each month and retain signed evidence.",
         "Payroll Manager", "31/08/2024", "", "Implemented",
         "Checklist in use from the August pay run."],
        ["Payroll", "2024/25", "2", "Low",
         "Remove leavers from the payroll system promptly.",
         "Agree a leavers process with the ESR team so that forms are received before the payroll cut-off.",
         "Payroll Manager / Head of Workforce Systems", "30/09/2024", "30/11/2024", "Overdue",
         "Process drafted; awaiting sign-off by the Workforce Committee."],
        ["Consultant Job Planning", "2024/25", "1", "High",
         "Ensure all consultants have an agreed job plan signed off in the electronic system.",
         "Clinical directors to complete outstanding job plan reviews and report compliance monthly to the Medical Director.",
         "Deputy Medical Director", "31/12/2024", "31/03/2052", "Partially implemented",
         "72% of consultant job plans signed off; revised date agreed at Audit Committee in November."],
        ["Consultant Job Planning", "2024/25", "2", "Medium",
         "Link job plans to the workforce and activity plan.",
         "Business Intelligence to produce a capacity report comparing job-planned sessions with planned activity.",
         "Associate Director of Operational Performance", "31/03/2025", "", "Not yet due",
         "Report specification agreed."],
        ["Complaints Management", "2024/25", "1", "Medium",
         "Meet the Trust's 40 working day target for complaint responses.",
         "Introduce weekly complaints tracking meetings in each division, with escalation of cases over 30 days to the Deputy Chief Nurse.",
         "Head of Patient Experience", "31/10/2024", "", "Implemented",
         "Weekly meetings in place in all three divisions since October."],
    ]
    lines = [[title], ["Report run: 08/01/2025 for Audit Committee 22 January 2025"], [], header] + data
    path = os.path.join(HERE, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in lines:
            w.writerow(row)
    # refuse at the line holding 31/03/2052 (1-based text line)
    refuse_line = None
    with open(path, encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            if "31/03/2052" in ln:
                refuse_line = i
    exp(name,
        source=("Imitates an NHS trust internal audit recommendations follow-up tracker taken to audit committee "
                "(the Audit Yorkshire / TIAA style tracker used by Yorkshire trusts: audit, year, rec no, priority, "
                "recommendation, agreed management action, responsible officer, original and revised due dates, "
                "implementation status, latest update), exported from Excel to CSV. No specific URL used. Copied: "
                "title and report-run lines above the header, one row per recommendation, original/revised due dates as "
                "dd/mm/yyyy text, implementation status words."),
        reads=("Airedale's internal audit tracker: seven recommendations from four audits, each with an agreed "
               "management action, a responsible officer, original and revised due dates and a status. The Consultant "
               "Job Planning recommendation 1 has a revised due date of 31/03/2052 against an original of 31/12/2024 - "
               "almost certainly a mistyped 2025, but a year that cannot be right; a careful reader would stop and ask, "
               "since the revised date is the end."),
        outcome="refuse", accept_refusal=False, refuse_at=refuse_line, title=title)


# ---------------------------------------------------------------------------------------------
# 7. GMCA Audit Committee action log (tab-separated txt)
# ---------------------------------------------------------------------------------------------
def gmca():
    name = "z2-gmca-audit-committee-action-log.txt"
    title = "GMCA Audit Committee Action Log"
    IA, SRR, EA, TM, CF, AGS = ("Internal Audit Progress Report", "Strategic Risk Register",
                                "External Audit Findings Report 2023/24", "Treasury Management Mid-Year Review",
                                "Counter Fraud Annual Report", "Annual Governance Statement Action Plan")
    rows = [
        ("AC/24/11", "18/09/2024", IA, "Circulate the full report on the bus franchising contract management audit to members.",
         "Head of Audit and Assurance", "30/09/2024", "B", "Circulated by email on 24 September 2024.",
         act("AC/24/11", [IA], "Circulate the full report on the bus franchising contract management audit to members.",
             ["Head of Audit and Assurance"], "2024-09", "blue")),
        ("AC/24/12", "18/09/2024", IA, "Provide a breakdown of overdue audit actions by directorate.",
         "Head of Audit and Assurance", "20/11/2024", "B", "Included in the November progress report (Appendix C).",
         act("AC/24/12", [IA], "Provide a breakdown of overdue audit actions by directorate.",
             ["Head of Audit and Assurance"], "2024-11", "blue")),
        ("AC/24/13", "18/09/2024", SRR, "Add a risk on the readiness of the Bee Network ticketing system and bring the assessment to Committee.",
         "DB/KL", "Nov-24", "A", "Risk drafted; scoring still being agreed with TfGM. Will come to the January meeting.",
         act("AC/24/13", [SRR], "Add a risk on the readiness of the Bee Network ticketing system and bring the assessment to Committee.",
             ["DB", "KL"], "2024-11", "amber")),
        ("AC/24/14", "18/09/2024", EA, "Set out the management response to the value for money recommendation on the fire service estates strategy.",
         "Treasurer", "15/01/2025", "G", "Response drafted with GMFRS; on the agenda for 15 January.",
         act("AC/24/14", [EA], "Set out the management response to the value for money recommendation on the fire service estates strategy.",
             ["Treasurer"], "2025-01", "green")),
        None,
        ("AC/24/15", "20/11/2024", TM, "Arrange a members' briefing session on treasury management and the prudential indicators.",
         "Deputy Treasurer", "February 2025", "G", "Session booked for 12 February 2025.",
         act("AC/24/15", [TM], "Arrange a members' briefing session on treasury management and the prudential indicators.",
             ["Deputy Treasurer"], "2025-02", "green")),
        ("AC/24/16", "20/11/2024", CF, "Report the outcome of the National Fraud Initiative 2024/25 data matches.",
         "Counter Fraud Manager", "Ongoing", "G", "Matches released in January; update to each meeting until all are cleared.",
         act("AC/24/16", [CF], "Report the outcome of the National Fraud Initiative 2024/25 data matches.",
             ["Counter Fraud Manager"], None, "green", end_text="Ongoing")),
        ("AC/24/17", "20/11/2024", CF, "Benchmark the number of whistleblowing referrals against other combined authorities.",
         "Counter Fraud Manager / Head of Audit and Assurance", "Mar-25", "R", "Data requested from two other combined authorities but not yet received.",
         act("AC/24/17", [CF], "Benchmark the number of whistleblowing referrals against other combined authorities.",
             ["Counter Fraud Manager", "Head of Audit and Assurance"], "2025-03", "red")),
        ("AC/24/18", "20/11/2024", AGS, "Bring an update on the governance review of the Mayoral Development Corporations.",
         "Monitoring Officer", "July 2025", "", "Not yet due.",
         act("AC/24/18", [AGS], "Bring an update on the governance review of the Mayoral Development Corporations.",
             ["Monitoring Officer"], "2025-07", "unrated")),
    ]
    out = [title + " - updated 14 January 2025", ""]
    out.append("\t".join(["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due", "RAG", "Update"]))
    actions = []
    for r in rows:
        if r is None:
            out.append("")
            continue
        out.append("\t".join(r[:8]))
        actions.append(r[8])
    out += ["", "RAG: B = complete (propose to close); G = on track; A = at risk; R = overdue. Blank = not yet due.",
            "Owners: DB = Director of Corporate Services; KL = Head of Risk and Resilience."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    exp(name,
        source=("Imitates a combined authority / council committee action log (rolling 'matters arising' log kept by "
                "Democratic Services and pasted or exported as tab-separated text), e.g. GMCA Audit Committee papers "
                "(https://democracy.greatermanchester-ca.gov.uk); no specific log copied. Copied: title line with update "
                "date, one row per action with action ref, meeting date, agenda item, owner (posts and initials), due date "
                "as dates / months / words, RAG letters, update; blank line between meetings; RAG and owner key lines at the end."),
        reads=("GMCA's Audit Committee action log: eight actions from the September and November 2024 meetings, each "
               "under the agenda item it arose from, with an owner, due date, RAG letter (B/G/A/R or blank) and update. "
               "The key lines at the bottom explain the RAG letters and the owners' initials."),
        outcome="read", accept_refusal=False, title=title, actions=actions)


def write_expected():
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    for name, d in EXPECTED.items():
        dd = {k: d[k] for k in order if k in d}
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(dd, f, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    for fn in (kettering, harrogate, harborough, pendle, nuneaton, airedale, gmca):
        fn()
    if "--expected" in sys.argv:
        write_expected()
    print("\n".join(sorted(EXPECTED)))
