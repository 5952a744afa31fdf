"""Build the seven zvq- blind test files (set heldout650) and their expected readings.

Run with /work/main/.venv/bin/python zvq_make.py  (writes next to this script).
Only files whose names start with zvq- are written.
"""
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(colour):
    return PatternFill(fill_type="solid", fgColor=FILL.get(colour, colour))


def path(name):
    assert name.startswith("zvq-")
    return os.path.join(HERE, name)


def write_expected(name, data):
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def dcell(ws, row, column, value):
    """Write a value; dd/mm/yyyy strings become real Excel dates shown as dd/mm/yyyy."""
    import datetime as _dt
    import re as _re
    if isinstance(value, str) and _re.fullmatch(r"\d\d/\d\d/\d{4}", value):
        d, m, y = (int(x) for x in value.split("/"))
        c = ws.cell(row=row, column=column, value=_dt.datetime(y, m, d))
        c.number_format = "dd/mm/yyyy"
        return c
    return ws.cell(row=row, column=column, value=value)


def header_row(ws, row, headers, colour="head"):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def box(ws, r1, r2, ncols):
    for r in range(r1, r2 + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Hywel Dda UHB - HIW unannounced inspection, Glangwili ED - improvement plan (xlsx)
# ---------------------------------------------------------------------------
def hywel_dda():
    name = "zvq-hywel-dda-uhb-hiw-glangwili-hospital-ed-improvement-plan.xlsx"
    title = ("Improvement Plan – HIW Unannounced Inspection of the Emergency Department, "
             "Glangwili General Hospital")
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:F1")
    cov["A2"] = "Hywel Dda University Health Board"
    cov["A3"] = "Inspection dates: 12, 13 and 14 December 2022 | Report published: 17 March 2023"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Summary of changes"])
    dc = [
        ("0.1", "03/03/2023", "Senior Nurse, Unscheduled Care", "Draft response to HIW"),
        ("1.0", "10/03/2023", "Head of Nursing, Unscheduled Care",
         "Approved by Executive Director of Nursing, Quality and Patient Experience"),
        ("1.3", "14/09/2023", "Head of Quality and Governance",
         "Progress update for Quality, Safety and Experience Committee (QSEC) – October 2023"),
    ]
    for i, row in enumerate(dc, start=7):
        for j, v in enumerate(row, start=1):
            dcell(cov, i, j, v)
    box(cov, 7, 9, 4)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("Blue", "blue", "Complete – evidence of sustained compliance provided"),
           ("Green", "green", "On track to deliver by timescale"),
           ("Amber", "amber", "Some slippage – revised timescale agreed"),
           ("Red", "red", "Off track / not started and timescale passed")]
    for i, (word, col, text) in enumerate(key, start=13):
        cov.cell(row=i, column=1, value=word).fill = fill(col)
        cov.cell(row=i, column=2, value=text)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 70

    exp = []

    # --- Immediate assurance sheet ---------------------------------------
    ia = wb.create_sheet("Immediate assurance")
    ia["A1"] = "Appendix B – Immediate improvement plan"
    ia["A1"].font = Font(bold=True, size=12)
    ia["A2"] = ("Service: Emergency Department, Glangwili General Hospital   "
                "Date of inspection: 12–14 December 2022")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
           "Timescale", "Progress update (September 2023)", "Status"]
    header_row(ia, 4, hdr)
    band = "Delivery of safe and effective care"
    ia["A5"] = band
    ia["A5"].font = Font(bold=True)
    ia["A5"].fill = fill("band")
    ia.merge_cells("A5:G5")
    in1 = ("The health board must ensure that all patients who self-present to the department "
           "receive a timely initial clinical assessment (triage) in line with the Manchester "
           "Triage System.")
    in2 = ("The health board must ensure that staff compliance with mandatory training, including "
           "adult and paediatric life support, is improved.")
    rows = [
        (6, in1, "2.1 Managing risk and promoting health and safety; 3.1 Safe and clinically effective care",
         "Dedicated triage nurse to be allocated on every shift, with a second nurse released to "
         "support when more than 10 patients are waiting to be triaged.",
         "Senior Nurse Manager, Emergency Department", "19/12/2022",
         "Triage nurse rostered on all shifts since 19/12/2022; compliance audited weekly.",
         "Complete"),
        (7, None, None,
         "Weekly audit of time to triage for self-presenting patients to be undertaken and reported "
         "to the Unscheduled Care Quality and Safety Group.",
         "Lead Nurse, Quality Improvement / ED Clinical Lead", "31/01/2023",
         "Audit embedded; median time to triage reduced from 47 to 21 minutes (August 2023).",
         "Complete"),
        (8, in2, "7.1 Workforce",
         "Trajectory to achieve 85% compliance with mandatory training, with protected training "
         "time of one study day per nurse rostered each month.",
         "Head of Nursing, Unscheduled Care", "31/03/2023",
         "Compliance 78% at August 2023; recovery trajectory agreed with the Education team.",
         "Amber"),
    ]
    for r, imp, std, action, lead, when, prog, status in rows:
        if imp:
            ia.cell(row=r, column=1, value=imp)
            ia.cell(row=r, column=2, value=std)
        ia.cell(row=r, column=3, value=action)
        ia.cell(row=r, column=4, value=lead)
        dcell(ia, r, 5, when)
        ia.cell(row=r, column=6, value=prog)
        ia.cell(row=r, column=7, value=status)
    ia.merge_cells("A6:A7")
    ia.merge_cells("B6:B7")
    box(ia, 6, 8, 7)
    for col, w in zip("ABCDEFG", (48, 26, 52, 30, 12, 44, 11)):
        ia.column_dimensions[col].width = w
    exp += [
        act(None, [band, in1], rows[0][3], ["Senior Nurse Manager, Emergency Department"],
            "2022-12", "blue"),
        act(None, [band, in1], rows[1][3], ["Lead Nurse, Quality Improvement", "ED Clinical Lead"],
            "2023-01", "blue"),
        act(None, [band, in2], rows[2][3], ["Head of Nursing, Unscheduled Care"], "2023-03",
            "amber"),
    ]

    # --- Improvement plan sheet --------------------------------------------
    ip = wb.create_sheet("Improvement plan")
    ip["A1"] = "Appendix C – Improvement plan"
    ip["A1"].font = Font(bold=True, size=12)
    ip["A2"] = "Service: Emergency Department, Glangwili General Hospital"
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "Revised timescale",
           "Progress update (September 2023)", "RAG"]
    header_row(ip, 4, hdr)

    b1 = "Quality of patient experience"
    b2 = "Delivery of safe and effective care"
    b3 = "Quality of management and leadership"
    p1 = ("The health board must ensure that patients' privacy and dignity is maintained when "
          "care is provided in non-designated areas of the department.")
    p2 = ("The health board must ensure that patients and their carers are kept informed of "
          "expected waiting times.")
    p3 = ("The health board must ensure that paediatric patients are not required to wait in the "
          "main adult waiting area.")
    p4 = ("The health board must ensure that pressure area risk assessments are completed and "
          "documented for all patients who remain in the department for more than six hours.")
    p5 = "The health board must ensure that medicines are stored securely at all times."
    p6 = ("The health board must engage with staff to understand and address their concerns "
          "around escalation and staffing levels.")
    # (row, ref, improvement, standard, action, lead, timescale, revised, progress, rag)
    plan = [
        ("band", b1),
        (6, "1", p1, "4.1 Dignified care",
         "Portable privacy screens to be purchased for the corridor and ambulance handover areas.",
         "Directorate Manager, Unscheduled Care", "30/04/2023", None,
         "12 screens in use since April 2023.", "blue"),
        (7, "2", None, None,
         "Environment walk-round by the Head of Nursing each month to check that privacy and "
         "dignity is maintained, with findings shared at the departmental safety huddle.",
         "Head of Nursing, Unscheduled Care", "Monthly", None,
         "Walk-rounds completed April–August 2023.", "green"),
        (8, "3", p2, "3.2 Communicating effectively",
         "Electronic waiting time display to be installed in the main waiting room and updated "
         "hourly by the nurse in charge.",
         "Service Delivery Manager / Nurse in Charge", "30/06/2023", "31/10/2023",
         "Display installed; IT connection to the patient flow system delayed by supplier.",
         "amber"),
        ("band", b2),
        (10, "4", p3, "2.1 Managing risk and promoting health and safety",
         "Separate paediatric waiting area to be created within the former plaster room, with "
         "child-friendly furnishings and line of sight from the triage desk.",
         "Directorate Manager, Unscheduled Care\nHead of Estates (West)", "September 2023",
         "January 2024",
         "Capital bid approved; works postponed due to winter pressures.", "red"),
        (11, "5", p4, "2.2 Preventing pressure and tissue damage",
         "SKIN bundle to be added to the ED nursing documentation and completion audited monthly "
         "through the Tendable app.",
         "Senior Nurse Manager, Emergency Department", "31/05/2023", None,
         "Bundle live from 2 May 2023; compliance 91% (July 2023).", "blue"),
        (12, "6", p5, "2.6 Medicines management",
         "Keypad locks to be fitted to the resuscitation and majors treatment room doors.",
         "Head of Estates (West)", "31/03/2023", None, "Locks fitted 24/03/2023.", "blue"),
        ("band", b3),
        (14, "7", p6, "Governance, leadership and accountability",
         "Listening events to be held with ED staff on all shifts, facilitated by the Workforce "
         "and Organisational Development team.",
         "Assistant Director of Workforce and OD", "31/07/2023", None,
         "Six sessions held; themes reported to the Unscheduled Care Board.", "blue"),
        (15, "8", None, None,
         "Nurse staffing establishment for the ED to be reviewed using the Emergency Department "
         "Safer Nursing Care Tool and the outcome presented to the Executive Team.",
         "Executive Director of Nursing, Quality and Patient Experience", "Q3 2023/24", None,
         "Data collection completed June 2023; paper to Executive Team in November 2023.",
         "green"),
    ]
    row = 5
    for item in plan:
        if item[0] == "band":
            ip.cell(row=row, column=1, value=item[1]).font = Font(bold=True)
            ip.cell(row=row, column=1).fill = fill("band")
            ip.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            row += 1
            continue
        r, ref, imp, std, action, lead, when, rev, prog, rag = item
        assert r == row, (r, row)
        ip.cell(row=r, column=1, value=ref)
        if imp:
            ip.cell(row=r, column=2, value=imp)
            ip.cell(row=r, column=3, value=std)
        ip.cell(row=r, column=4, value=action)
        ip.cell(row=r, column=5, value=lead)
        dcell(ip, r, 6, when)
        if rev:
            dcell(ip, r, 7, rev)
        ip.cell(row=r, column=8, value=prog)
        ip.cell(row=r, column=9).fill = fill(rag)
        row += 1
    box(ip, 6, 15, 9)
    for r in (5, 9, 13):
        ip.cell(row=r, column=1).fill = fill("band")
    for rng in ("B6:B7", "C6:C7", "B14:B15", "C14:C15"):
        ip.merge_cells(rng)
    ip["A17"] = ("Note: Immediate assurance actions are reported separately on the Immediate "
                 "assurance sheet.")
    ip["A19"] = "Service representative"
    ip["A19"].font = Font(bold=True)
    ip["A20"] = "Name:"
    ip["B20"] = "R. Evans"
    ip["A21"] = "Job role:"
    ip["B21"] = "Interim Director of Operations"
    ip["A22"] = "Date:"
    ip["B22"] = "10 March 2023"
    for col, w in zip("ABCDEFGHI", (6, 46, 24, 52, 30, 14, 14, 44, 8)):
        ip.column_dimensions[col].width = w

    exp += [
        act("1", [b1, p1], plan[1][4], ["Directorate Manager, Unscheduled Care"], "2023-04", "blue"),
        act("2", [b1, p1], plan[2][4], ["Head of Nursing, Unscheduled Care"], None, "green",
            end_text="Monthly"),
        act("3", [b1, p2], plan[3][4], ["Service Delivery Manager", "Nurse in Charge"], "2023-10",
            "amber"),
        act("4", [b2, p3], plan[5][4],
            ["Directorate Manager, Unscheduled Care", "Head of Estates (West)"], "2024-01", "red"),
        act("5", [b2, p4], plan[6][4], ["Senior Nurse Manager, Emergency Department"], "2023-05",
            "blue"),
        act("6", [b2, p5], plan[7][4], ["Head of Estates (West)"], "2023-03", "blue"),
        act("7", [b3, p6], plan[9][4], ["Assistant Director of Workforce and OD"], "2023-07", "blue"),
        act("8", [b3, p6], plan[10][4],
            ["Executive Director of Nursing, Quality and Patient Experience"], "2023-12", "green",
            end_text="Q3 2023/24"),
    ]
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the improvement plan Hywel Dda University Health Board returned to "
                   "Healthcare Inspectorate Wales after HIW's unannounced inspection of the "
                   "Glangwili General Hospital emergency department (12-14 December 2022, report "
                   "published 17 March 2023), kept as the board's Excel progress tracker for its "
                   "Quality, Safety and Experience Committee. Copies the HIW template columns "
                   "(Improvement needed / Standard / Service action / Responsible officer / "
                   "Timescale), the separate immediate assurance appendix, the three HIW domain "
                   "bands, a cover sheet with document control table and RAG key, improvement "
                   "needed cells merged over two actions, a revised timescale column, a fill-only "
                   "RAG column, job titles as leads (two posts split by '/' or a line break) and "
                   "the service representative sign-off block."),
        "reads": ("A three-sheet workbook: a cover with the title, document control and RAG key, "
                  "then the immediate assurance plan (3 actions, status in words) and the main "
                  "improvement plan (8 numbered actions under the HIW domain bands, RAG shown by "
                  "cell colour). Each action answers the 'improvement needed' text beside it; "
                  "where a revised timescale is given it replaces the original."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 2. Dumfries and Galloway College - Audit Scotland AAR action plan tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def dg_college():
    name = ("zvq-dumfries-and-galloway-college-annual-audit-report-2023-24-action-plan-"
            "tracker-typo-month-refuse.xlsx")
    title = "Dumfries and Galloway College – External Audit Action Plan Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "2023-24 AAR actions"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Annual Audit Report 2023/24 (Audit Scotland) – progress reported to the Audit "
                "and Risk Committee, 4 March 2025")
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Agreed date", "Revised date", "Status", "Progress update"]
    header_row(ws, 4, hdr)
    rows = [
        ("1", "Financial sustainability – the college's medium-term financial forecast shows a "
              "cumulative operating deficit of £2.1 million by 2026/27 before savings.",
         "The college should update its financial strategy to set out how it will achieve a "
         "balanced position, including the savings required and the risks to delivery.",
         "Financial strategy 2025-2030 to be refreshed with costed savings options for Board "
         "approval.",
         "Vice Principal – Finance and Infrastructure", "31 March 2025", None, "On track",
         "Draft considered by Finance and General Purposes Committee on 18/02/2025."),
        ("2", "Workforce planning – there is no college-wide workforce plan linked to the "
              "curriculum plan and the voluntary severance scheme.",
         "A workforce plan should be developed alongside the curriculum planning process.",
         "Workforce plan to be produced and aligned with the 2025/26 curriculum plan.",
         "Director of People and Culture", "June 2025", None, "On track",
         "Curriculum reviews completed; workforce modelling under way."),
        ("3", "Estates – the backlog maintenance liability at the Dumfries campus has not been "
              "assessed since 2019.",
         "The college should commission an updated condition survey and prioritise backlog "
         "maintenance within its capital plan.",
         "Condition survey to be commissioned and a prioritised backlog maintenance programme "
         "agreed.",
         "Head of Estates", "31/12/2024", "30/09/2025", "Amber",
         "Survey tender re-advertised in January 2025 after no compliant bids."),
        ("4", "IT disaster recovery – the disaster recovery plan has not been tested since the "
              "move to cloud hosting.",
         "The college should test its IT disaster recovery arrangements and update the plan.",
         "Full disaster recovery test to be scheduled during the summer recess and the plan "
         "updated with lessons learned.",
         "Head of Digital Services", "Ocotber 2025", None, "Not started",
         "Test window agreed with the managed service provider."),
        ("5", "Governance – the Board has not completed an externally facilitated effectiveness "
              "review within the three-year period required by the Code of Good Governance.",
         "The Board should arrange an externally facilitated effectiveness review.",
         "External effectiveness review to be procured and reported to the Board.",
         "Board Secretary", "30 June 2025", None, "On track",
         "Reviewer appointed; interviews with members planned for April 2025."),
    ]
    for i, row in enumerate(rows, start=5):
        for j, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(row=i, column=j, value=v)
    box(ws, 5, 9, 9)
    ws["A11"] = ("Status key: Complete / On track / Amber – at risk of slippage / "
                 "Red – overdue / Not started")
    for col, w in zip("ABCDEFGHI", (5, 44, 40, 40, 28, 14, 14, 12, 40)):
        ws.column_dimensions[col].width = w

    pr = wb.create_sheet("Prior year actions")
    pr["A1"] = "Prior year recommendations (Annual Audit Report 2022/23) – follow-up"
    pr["A1"].font = Font(bold=True, size=12)
    header_row(pr, 3, ["Ref", "Issue", "Agreed action", "Responsible officer", "Target date",
                       "Status", "Auditor assessment"])
    prior = [
        ("b/f 1", "Credit card controls",
         "Update the corporate credit card procedure and require monthly independent review of "
         "statements.", "Finance Manager", "31/03/2024", "Complete", "Implemented"),
        ("b/f 2", "Student support funds",
         "Reconcile bursary and discretionary fund claims to the SFC return before submission.",
         "Head of Student Services", "31/07/2024", "Complete", "Implemented"),
        ("b/f 3", "Risk management",
         "Review the strategic risk register format so that target scores and risk appetite are "
         "shown for each risk.", "Vice Principal – Finance and Infrastructure", "31/12/2024",
         "Amber", "Work in progress"),
    ]
    for i, row in enumerate(prior, start=4):
        for j, v in enumerate(row, start=1):
            pr.cell(row=i, column=j, value=v)
    box(pr, 4, 6, 7)
    for col, w in zip("ABCDEFG", (8, 24, 52, 30, 12, 12, 20)):
        pr.column_dimensions[col].width = w
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the external audit action plan tracker a Scottish college brings to "
                   "its Audit and Risk Committee after the Audit Scotland annual audit report "
                   "(here the 2023/24 report for Dumfries and Galloway College, followed up in "
                   "March 2025). Copies the Audit Scotland appendix layout (issue/risk, "
                   "recommendation, agreed management action, responsible officer, agreed date) "
                   "with the college's added revised date, status and progress columns, a status "
                   "key line and a second sheet following up prior-year recommendations."),
        "reads": ("Five current-year recommendations, each with one agreed management action, a "
                  "responsible officer and an agreed date, and three prior-year actions on a second "
                  "sheet. The agreed date of action 4 on sheet '2023-24 AAR actions' (row 8) reads "
                  "'Ocotber 2025', a mistyped month; a careful reader would stop and ask whether "
                  "October 2025 was meant before recording the due date."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 8,
        "title": title,
    })
    return name, 0


# ---------------------------------------------------------------------------
# 3. Patient and Client Council (NI) - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def pcc_risk_register():
    name = "zvq-patient-and-client-council-corporate-risk-register-2025-26.xlsx"
    title = "Patient and Client Council Corporate Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 review – approved by the Audit and Risk Assurance Committee, "
                "21 October 2025")
    # two-level header
    groups = [("A5:C5", "Risk"), ("D5:F5", "Inherent risk"), ("G5:G5", "Controls"),
              ("H5:J5", "Residual risk"), ("K5:O5", "Further action")]
    for rng, text in groups:
        first = rng.split(":")[0]
        ws[first] = text
        ws[first].font = Font(bold=True, color="FFFFFF")
        ws[first].fill = fill("head")
        ws[first].alignment = Alignment(horizontal="center")
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    header_row(ws, 6, ["Risk", "Risk description", "Risk owner", "L", "I", "Score",
                       "Existing controls", "L", "I", "Score", "Action ref", "Action required",
                       "Action owner", "Target date", "Status"], colour="1F4E79")

    risks = [
        ("CR1 – Financial sustainability",
         "Risk that the reduction in the PCC's 2025/26 budget allocation limits its ability to "
         "deliver its statutory functions under the Health and Social Care (Reform) Act "
         "(Northern Ireland) 2009.",
         "Chief Executive", 4, 4, 16,
         "Monthly budget monitoring with DoH sponsor branch; vacancy control panel; Council "
         "approval of business plan.", 3, 4, 12,
         [("CR1.1", "Submit revised 2025/26 savings plan to the Department of Health sponsor "
                    "branch.", "Head of Corporate Services", "31/07/2025", "B"),
          ("CR1.2", "Agree prioritised 2025/26 business plan with the Council, identifying "
                    "activity to be paused.", "Chief Executive", "Q3 2025/26", "G"),
          ("CR1.3", "Develop a three-year workforce plan aligned to the Department's indicative "
                    "budget.", "Head of Corporate Services / Head of Operations", "31/03/2026",
           "A")]),
        ("CR2 – Information governance and cyber security",
         "Risk that a cyber incident or data breach leads to loss of personal information "
         "about people who use PCC services, causing harm and reputational damage.",
         "Head of Corporate Services", 3, 5, 15,
         "BSO ITS managed network and monitoring; IG training mandatory for all staff; "
         "Information Asset Register.", 2, 5, 10,
         [("CR2.1", "Complete the annual Cyber Security Assessment and act on the BSO ITS "
                    "findings.", "Information Governance Lead", "30/11/2025", "G"),
          ("CR2.2", "Deliver phishing awareness training to all staff and Council members.",
           "Information Governance Lead", "Quarterly", "G")]),
        ("CR3 – Reach and representation",
         "Risk that the PCC does not hear from a representative range of people, so that its "
         "advice to the health and social care system does not reflect all communities.",
         "Head of Operations", 3, 4, 12,
         "Engagement plan; Membership Scheme; equality monitoring of participants.", 3, 3, 9,
         [("CR3.1", "Launch the Membership Scheme recruitment campaign targeting rural and "
                    "under-represented communities.", "Head of Operations",
           "Sept 2025 – Jan 2026", "A"),
          ("CR3.2", "Establish partnership agreements with five Section 75 groups.",
           "Engagement Manager", "31/03/2026", "R")]),
        ("CR4 – Advocacy demand",
         "Risk that demand for complaints advocacy exceeds capacity, leading to delays for "
         "people making complaints about HSC services.",
         "Head of Operations", 4, 3, 12,
         "Caseload management; weekly allocation meeting; information on self-help on website.",
         3, 3, 9,
         [("CR4.1", "Introduce a triage and waiting list protocol for complaints advocacy "
                    "referrals.", "Advocacy Manager", "31/08/2025", "B"),
          ("CR4.2", "Report advocacy waiting times to each Council meeting.",
           "Head of Operations", "Ongoing", "G")]),
    ]
    score_fill = {16: "red", 15: "red", 12: "amber", 10: "amber", 9: "amber"}
    row = 7
    exp = []
    status_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for rk in risks:
        risk, desc, owner, il, ii, isc, ctrl, rl, ri, rsc, actions = rk
        first = row
        for a_ref, a_text, a_owner, a_date, a_status in actions:
            ws.cell(row=row, column=11, value=a_ref)
            ws.cell(row=row, column=12, value=a_text)
            ws.cell(row=row, column=13, value=a_owner)
            dcell(ws, row, 14, a_date)
            c = ws.cell(row=row, column=15, value=a_status)
            c.fill = fill(status_map[a_status])
            c.alignment = Alignment(horizontal="center")
            row += 1
        last = row - 1
        vals = [risk, desc, owner, il, ii, isc, ctrl, rl, ri, rsc]
        for j, v in enumerate(vals, start=1):
            ws.cell(row=first, column=j, value=v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(row=first, column=6).fill = fill(score_fill[isc])
        ws.cell(row=first, column=10).fill = fill(score_fill[rsc])
        ws.cell(row=first, column=1).font = Font(bold=True)
    box(ws, 7, row - 1, 15)
    for rr in range(7, row):
        ws.cell(row=rr, column=15).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(row=row + 1, column=1,
            value="Status key: B – Action complete   G – On track   A – Minor slippage   "
                  "R – Significant slippage / not started")
    ws.cell(row=row + 2, column=1,
            value="Scores: Likelihood (L) x Impact (I) – see Scoring matrix sheet.")
    for col, w in zip("ABCDEFGHIJKLMNO", (26, 44, 20, 4, 4, 7, 40, 4, 4, 7, 9, 48, 30, 16, 8)):
        ws.column_dimensions[col].width = w

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            lk = 6 - li
            s = lk * im
            c = mx.cell(row=3 + li, column=1 + im, value=s)
            c.fill = fill("red" if s >= 15 else "amber" if s >= 8 else "green")
    mx["A10"] = "1 – 7 Low (tolerate)   8 – 14 Medium (treat)   15 – 25 High (escalate to Council)"

    ch = wb.create_sheet("Changes since Q1")
    ch["A1"] = "Changes since the Quarter 1 review"
    ch["A1"].font = Font(bold=True)
    ch["A3"] = "CR5 Accommodation – closed; lease extension to March 2028 signed (July 2025)."
    ch["A4"] = "CR2 – residual score reduced from 12 to 10 following MFA roll-out."
    ch["A5"] = "No new risks added this quarter."
    wb.save(path(name))

    ends = {"31/07/2025": ("2025-07", None), "Q3 2025/26": ("2025-12", "Q3 2025/26"),
            "31/03/2026": ("2026-03", None), "30/11/2025": ("2025-11", None),
            "Quarterly": (None, "Quarterly"),
            "Sept 2025 – Jan 2026": ("2026-01", "Sept 2025 – Jan 2026"),
            "31/08/2025": ("2025-08", None), "Ongoing": (None, "Ongoing")}
    leads = {"Head of Corporate Services / Head of Operations":
             ["Head of Corporate Services", "Head of Operations"]}
    for rk in risks:
        for a_ref, a_text, a_owner, a_date, a_status in rk[10]:
            e, et = ends[a_date]
            exp.append(act(a_ref, [rk[0]], a_text, leads.get(a_owner, [a_owner]), e,
                           status_map[a_status], end_text=et))
    write_expected(name, {
        "source": ("Imitates the corporate risk register a small Northern Ireland arm's-length "
                   "body (the Patient and Client Council) takes to its Audit and Risk Assurance "
                   "Committee each quarter, in the style of the HSC/BSO registers published with "
                   "ARAC papers. Copies the two-level header (inherent / residual L x I scores), "
                   "risk cells merged vertically over their further actions, coloured score "
                   "cells, action refs CR1.1 etc., B/G/A/R status letters with fill colour and a "
                   "key line, quarter and period target dates, and extra sheets for the scoring "
                   "matrix and changes since the last review."),
        "reads": ("Four corporate risks, each (ref and short title in the first column, merged "
                  "down) carrying two or three further actions with an owner, target date and "
                  "status letter. The nine actions are read under their risk; the matrix and "
                  "change sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row, colour="D9E2F3"):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True
        shade(cell, colour)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


# ---------------------------------------------------------------------------
# 4. Blaenavon Heritage VC Primary School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def blaenavon():
    name = "zvq-blaenavon-heritage-vc-primary-school-estyn-post-inspection-action-plan.docx"
    title = "Blaenavon Heritage VC Primary School: Post-Inspection Action Plan 2024–2025"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Date of inspection", "11–14 March 2024"),
            ("Local authority", "Torfaen County Borough Council"),
            ("Regional consortium", "Education Achievement Service (EAS)"),
            ("Plan approved by governing body", "22 May 2024"),
            ("Progress review", "February 2025")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the school will address the recommendations in the Estyn "
        "inspection report. It forms part of the School Development Plan and progress is "
        "reported to the full governing body each term.")
    doc.add_paragraph(
        "Progress key: B – Complete   G – On track   A – Some slippage   R – Significant concern")

    hdr = ["Ref", "Action", "Success criteria", "Lead", "Resources", "Timescale",
           "Monitoring", "Progress"]
    recs = [
        ("R1: Improve pupils’ independent writing skills across the curriculum", [
            ("1.1", "Audit current writing opportunities in each phase and map extended writing "
                    "tasks into the curriculum overview.",
             "Each class has at least one extended writing task per half term across AoLEs.",
             "DHT", "Release time – 2 days", "July 2024", "SLT – summer term", "B"),
            ("1.2", "Introduce a whole-school approach to modelled and shared writing, with staff "
                    "training on INSET day.",
             "Lesson observations show modelled writing in all classes.",
             "Literacy Lead / DHT", "INSET day; EAS literacy adviser", "Autumn term 2024",
             "HT – learning walks", "G"),
            ("1.3", "Monitor pupils’ writing through termly book scrutiny with governors’ standards "
                    "committee.",
             "Book scrutiny shows improving length and accuracy of independent writing.",
             "HT", "None", "Termly", "Standards committee", "G"),
        ]),
        ("R2: Ensure that teaching challenges more able pupils consistently", [
            ("2.1", "Staff to take part in cluster professional learning on questioning and "
                    "challenge.",
             "All teachers attend; questioning strategies seen in lessons.",
             "HT & EAS Challenge Adviser", "PDG / professional learning grant", "October 2024",
             "EAS – autumn visit", "B"),
            ("2.2", "Plan differentiated tasks in mathematics that extend more able pupils, "
                    "reviewed in planning scrutiny each half term.",
             "Planning shows challenge tasks; more able pupils reach higher outcomes.",
             "Maths Lead", "Maths resources – £600", "Summer term 2025", "DHT – half-termly",
             "A"),
            ("2.3", "Track the progress of more able pupils in the school tracking system and "
                    "discuss at pupil progress meetings.",
             "Tracking identifies more able pupils and shows expected progress.",
             "ALNCo, DHT", "None", "31/03/2025", "SLT – pupil progress meetings", "G"),
        ]),
        ("R3: Strengthen the role of the governing body in holding the school to account", [
            ("3.1", "Governors to complete Welsh Government governor training modules on school "
                    "improvement.",
             "All governors have completed the modules.",
             "Chair of Governors", "LA governor support", "December 2024",
             "Clerk – training log", "A"),
            ("3.2", "Establish a standards committee that meets each half term and receives "
                    "reports on progress against this plan.",
             "Minutes show governors challenging progress.",
             "Chair of Governors / HT", "None", "September 2024", "Full governing body", "B"),
            ("3.3", "Governors to undertake learning walks linked to R1 and R2, with written "
                    "feedback to the full governing body.",
             "Each link governor completes at least one learning walk per term.",
             "Link governors", "None", "Ongoing", "Chair of Governors", "A"),
        ]),
    ]
    exp = []
    leads = {"Literacy Lead / DHT": ["Literacy Lead", "DHT"],
             "HT & EAS Challenge Adviser": ["HT", "EAS Challenge Adviser"],
             "ALNCo, DHT": ["ALNCo", "DHT"],
             "Chair of Governors / HT": ["Chair of Governors", "HT"]}
    ends = {"July 2024": ("2024-07", None), "Autumn term 2024": ("2024-12", "Autumn term 2024"),
            "Termly": (None, "Termly"), "October 2024": ("2024-10", None),
            "Summer term 2025": ("2025-07", "Summer term 2025"), "31/03/2025": ("2025-03", None),
            "December 2024": ("2024-12", None), "September 2024": ("2024-09", None),
            "Ongoing": (None, "Ongoing")}
    smap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    rag_hex = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}
    for rec, actions in recs:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1 + len(actions), cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.cell(0, j), h, bold=True)
        bold_row(t.rows[0])
        for i, a in enumerate(actions, start=1):
            for j, v in enumerate(a):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 7), rag_hex[a[7]])
            e, et = ends[a[5]]
            exp.append(act(a[0], [rec], a[1], leads.get(a[3], [a[3]]), e, smap[a[7]],
                           end_text=et))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=2)
    so.style = "Table Grid"
    for i, (k, v) in enumerate([("Headteacher", "Signed:"), ("Chair of Governors", "Signed:"),
                                ("Date", "22/05/2024")]):
        set_cell(so.cell(i, 0), k, bold=True)
        set_cell(so.cell(i, 1), v)
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the post-inspection action plan a Welsh primary school draws up with "
                   "its local authority and regional consortium (Torfaen / EAS) to address the "
                   "recommendations of an Estyn core inspection, as published on school websites "
                   "and taken to governing bodies (Estyn follow-up guidance 2024). Copies the "
                   "school details table, the progress key paragraph, one heading per "
                   "recommendation (R1-R3) with its own action table (action, success criteria, "
                   "lead, resources, timescale, monitoring, progress), B/G/A/R letters with cell "
                   "shading, school-term timescales, initials and posts as leads, and a sign-off "
                   "table."),
        "reads": ("Three Estyn recommendations, each a heading followed by a table of three "
                  "numbered actions (1.1-3.3) with lead, timescale and a progress letter. The "
                  "school-details and sign-off tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 5. Hillhead Primary School (Glasgow) - Education Scotland inspection action plan (docx)
# ---------------------------------------------------------------------------
def hillhead():
    name = "zvq-hillhead-primary-school-education-scotland-inspection-action-plan.docx"
    title = ("Hillhead Primary School and Nursery Class: Action Plan following Education "
             "Scotland Inspection (May 2024)")
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(14)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "HM Inspectors visited the school in May 2024. The letter to parents identified the "
        "following areas for improvement, which have been agreed with the school and Glasgow "
        "City Council Education Services. Progress will be reported to the Parent Council each "
        "term.")
    hdr = ["Area for improvement", "QI", "Actions", "By whom", "By when",
           "Progress (December 2024)", "Status"]
    s1 = "Primary stages"
    s2 = "Nursery class"
    a1 = ("Senior leaders and staff should continue to develop approaches to planning, tracking "
          "and monitoring to ensure that children make the best possible progress in literacy "
          "and numeracy.")
    a2 = ("Staff should provide more opportunities for children to lead their learning and to "
          "know their strengths and next steps.")
    a3 = "Continue to improve attendance for identified groups of children."
    a4 = ("Practitioners should make better use of observations to plan next steps in children's "
          "learning.")
    a5 = "Improve the outdoor learning environment to increase challenge and curiosity."
    qi23 = "2.3 Learning, teaching and assessment"
    rows = [
        ("section", s1),
        (a1, qi23,
         "Introduce termly attainment meetings between class teachers and senior leaders, using "
         "the new tracking tool.", "HT / DHT", "October 2024",
         "Meetings held w/c 7 October 2024; next round February 2025.", "Complete"),
        (None, None,
         "Moderate writing across P1–P7 with colleagues from the Hillhead Learning Community.",
         "PT (Literacy)", "March 2025", "First moderation session held 20 November 2024.",
         "On track"),
        (a2, qi23,
         "Develop learning conversations with children in P4–P7 three times a year, recorded in "
         "learning journals.", "Class teachers", "June 2025",
         "First learning conversations completed in November.", "On track"),
        (None, None,
         "Relaunch pupil leadership groups linked to the school improvement plan priorities.",
         "DHT", "November 2024", "Six groups relaunched; pupil voice display in main corridor.",
         "Complete"),
        (a3, "3.1 Ensuring wellbeing, equality and inclusion",
         "Implement the Glasgow attendance framework, with weekly monitoring of children below "
         "90% attendance and early contact with families.",
         "DHT & Family Support Worker", "Ongoing",
         "Attendance for the target group up from 86.2% to 89.5%.", "On track"),
        ("section", s2),
        (a4, qi23,
         "Training for all practitioners on high-quality observations, delivered by the Early "
         "Years Development Officer.", "Early Years Development Officer", "September 2024",
         "Training delivered 5 September 2024.", "Complete"),
        (None, None,
         "Introduce monthly sampling of learning journals by the Senior Early Years "
         "Practitioner with feedback to key workers.", "Senior EYP", "Dec 2024 – May 2025",
         "Sampling schedule agreed; starts January 2025.", "Not started"),
        (a5, "2.2 Curriculum",
         "Develop the nursery garden with loose parts and a mud kitchen, funded through the "
         "Parent Council.", "Nursery Team Leader", "April 2025",
         "Parent Council grant of £1,500 agreed.", "On track"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for j, hd in enumerate(hdr):
        set_cell(t.cell(0, j), hd, bold=True)
    bold_row(t.rows[0], "C6E0B4")
    exp = []
    section = None
    afi = None
    merges = []
    afi_start = None
    leads = {"HT / DHT": ["HT", "DHT"],
             "DHT & Family Support Worker": ["DHT", "Family Support Worker"]}
    ends = {"October 2024": ("2024-10", None), "March 2025": ("2025-03", None),
            "June 2025": ("2025-06", None), "November 2024": ("2024-11", None),
            "Ongoing": (None, "Ongoing"), "September 2024": ("2024-09", None),
            "Dec 2024 – May 2025": ("2025-05", "Dec 2024 – May 2025"),
            "April 2025": ("2025-04", None)}
    smap = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    for i, row in enumerate(rows, start=1):
        if row[0] == "section":
            c = t.cell(i, 0).merge(t.cell(i, len(hdr) - 1))
            set_cell(c, row[1], bold=True)
            shade(c, "E2EFDA")
            section = row[1]
            continue
        imp, qi, action, who, when, prog, status = row
        if imp:
            afi = imp
            set_cell(t.cell(i, 0), imp)
            set_cell(t.cell(i, 1), qi)
            afi_start = i
        else:
            merges.append((afi_start, i))
        set_cell(t.cell(i, 2), action)
        set_cell(t.cell(i, 3), who)
        set_cell(t.cell(i, 4), when)
        set_cell(t.cell(i, 5), prog)
        set_cell(t.cell(i, 6), status)
        e, et = ends[when]
        exp.append(act(None, [section, afi], action, leads.get(who, [who]), e, smap[status],
                       end_text=et))
    for top, bottom in merges:
        for col in (0, 1):
            t.cell(top, col).merge(t.cell(bottom, col))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete / On track / Not started")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, (k, v, d) in enumerate([("Head Teacher", "Signed:", "Date: 16/12/2024"),
                                   ("Quality Improvement Officer", "Signed:",
                                    "Date: 16/12/2024")]):
        set_cell(so.cell(i, 0), k, bold=True)
        set_cell(so.cell(i, 1), v)
        set_cell(so.cell(i, 2), d)
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the action plan a Glasgow primary school with a nursery class "
                   "publishes after an Education Scotland (HM Inspectors) inspection, written "
                   "with the local authority Quality Improvement Officer and updated for the "
                   "Parent Council. Copies the single landscape table with the area for "
                   "improvement and quality indicator (How good is our school? / How good is our "
                   "early learning and childcare?) merged down over their actions, full-width "
                   "section rows for the primary stages and the nursery class, By whom / By when "
                   "columns, a dated progress column, status words with a key and a sign-off "
                   "table."),
        "reads": ("One table of eight unnumbered actions in two sections (primary stages, "
                  "nursery class); each action answers the area for improvement merged beside "
                  "it. Status words are Complete, On track or Not started; the sign-off table "
                  "is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 6. Mental Welfare Commission for Scotland - Board action log (csv)
# ---------------------------------------------------------------------------
def csv_field(v):
    if v is None:
        v = ""
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def mwc():
    name = "zvq-mental-welfare-commission-for-scotland-board-action-log.csv"
    title = "Mental Welfare Commission for Scotland – Board Action Log"
    hdr = ["Action ref", "Meeting date", "Action", "Responsible", "Due date",
           "Revised due date", "RAG", "Update"]
    rows = [
        ("BA/24/19", "12/12/2024",
         "Present a refreshed Digital Strategy to the Board, including costed options for "
         "replacement of the case management system.", "Head of Corporate Services", "Jun-25",
         "Dec-25", "A", "Options appraisal delayed pending national procurement framework."),
        ("BA/25/03", "27/03/2025",
         "Circulate the final Equality Outcomes 2025-29 to Board members for comment before "
         "publication.", "Executive Director (Engagement and Participation)", "Apr-25", "", "B",
         "Circulated 14/04/2025 and published 30/04/2025."),
        ("BA/25/07", "27/03/2025",
         "Arrange a Board development session on the Scottish Mental Health Law Review "
         "recommendations.", "Chair / Chief Executive", "Sep-25", "", "G",
         "Session scheduled for 25/09/2025."),
        ("BA/25/11", "26/06/2025",
         "Include benchmarking of monitoring visit numbers against 2023-24 in the next "
         "performance report.", "Head of Performance and Quality", "Sep-25", "", "G",
         "Included in Q1 report for this meeting."),
        ("BA/25/12", "26/06/2025",
         "Review the risk appetite statement and bring revised wording to the Audit and Risk "
         "Committee.", "Chief Executive; Head of Corporate Services", "Nov-25", "", "G",
         "Workshop with Audit and Risk Committee members booked for October."),
        ("BA/25/13", "26/06/2025",
         "Write to the Scottish Government sponsor team setting out the impact of the 2025-26 "
         "budget settlement on the visiting programme.\nCopy to be shared with Board members.",
         "Chair", "Jul-25", "", "R", "Letter drafted; awaiting sign-off."),
        ("BA/25/14", "26/06/2025",
         "Report on the outcome of the staff survey and the action plan agreed with the "
         "Partnership Forum.", "Head of HR", "TBC", "", "", "Survey closes October 2025."),
        ("BA/25/15", "26/06/2025",
         "Add a standing item on Freedom of Information performance to the Audit and Risk "
         "Committee workplan.", "Board Secretary", "Oct-25", "", "B",
         "Added to 2025-26 workplan."),
    ]
    ncol = len(hdr)
    lines = [
        ",".join([csv_field(title)] + [""] * (ncol - 1)),
        ",".join([csv_field("Open actions and actions closed since the last meeting – as at "
                            "18 September 2025")] + [""] * (ncol - 1)),
        ",".join([""] * ncol),
        ",".join(csv_field(h) for h in hdr),
    ]
    for r in rows:
        lines.append(",".join(csv_field(v) for v in r))
    lines.append(",".join([""] * ncol))
    lines.append(",".join([csv_field("RAG key: B = complete (to be removed after this meeting); "
                                     "G = on track; A = at risk of missing due date; "
                                     "R = overdue")] + [""] * (ncol - 1)))
    lines.append(",".join([csv_field("Actions closed at the previous meeting have been removed "
                                     "from this log.")] + [""] * (ncol - 1)))
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    ends = {("Jun-25", "Dec-25"): ("2025-12", None), ("Apr-25", ""): ("2025-04", None),
            ("Sep-25", ""): ("2025-09", None), ("Nov-25", ""): ("2025-11", None),
            ("Jul-25", ""): ("2025-07", None), ("TBC", ""): (None, "TBC"),
            ("Oct-25", ""): ("2025-10", None)}
    leads = {"Chair / Chief Executive": ["Chair", "Chief Executive"],
             "Chief Executive; Head of Corporate Services":
                 ["Chief Executive", "Head of Corporate Services"]}
    smap = {"A": "amber", "B": "blue", "G": "green", "R": "red", "": "unrated"}
    exp = []
    for r in rows:
        e, et = ends[(r[4], r[5])]
        exp.append(act(r[0], [], r[2], leads.get(r[3], [r[3]]), e, smap[r[6]], end_text=et))
    write_expected(name, {
        "source": ("Imitates the rolling action log a Scottish national health body's Board "
                   "(here the Mental Welfare Commission for Scotland) receives at each meeting, "
                   "exported from Excel to CSV. Copies the title and 'as at' lines above the "
                   "header, action refs by meeting year (BA/25/07), meeting date column, due and "
                   "revised due dates in Mmm-yy form, RAG letters with a key line below, a "
                   "blank RAG for an action not yet started, two leads in one cell ('/' and ';') "
                   "and a two-line action inside one quoted field."),
        "reads": ("Eight board actions in one flat list with no themes, each with a ref, "
                  "responsible post, due date (the revised one where given) and RAG letter. The "
                  "title lines, the blank line and the key and note lines below are not "
                  "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


# ---------------------------------------------------------------------------
# 7. Rathore School, Newry - ETI inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def rathore():
    name = "zvq-rathore-school-eti-inspection-action-plan.txt"
    title = "Rathore School – Action Plan following ETI Inspection"
    hdr = "Ref\tAction\tLead\tTimescale\tSuccess criteria\tProgress"
    afi1 = ("Area for improvement 1: To embed consistently the use of assessment information to "
            "plan learning that meets the individual needs of all pupils.")
    afi2 = ("Area for improvement 2: To develop further the provision for pupils' communication "
            "skills, including the use of augmentative and alternative communication.")
    afi3 = ("Area for improvement 3: To ensure that the school development plan has a sharper "
            "focus on measurable outcomes for pupils.")
    cont = ("Refresher training for existing staff to be delivered on the March 2025 staff "
            "development day.")
    sections = [
        (afi1, [
            ("1.1", "Review the format of individual education plans so that targets are "
                    "specific, measurable and linked to assessment data.", "SENCo",
             "April 2024", "All IEPs reviewed using the new format.", "Complete"),
            ("1.2", "Provide whole-staff training on using the P Levels and the assessment "
                    "tracker to inform planning.", "Vice-Principal / Assessment Co-ordinator",
             "June 2024", "Planning scrutiny shows use of assessment data.", "Complete"),
            ("1.3", "Teachers to meet with classroom assistants fortnightly to review pupil "
                    "progress against IEP targets.", "Heads of Department",
             "Sept 2024 – June 2025", "Meeting records in every class file.", "On track"),
        ]),
        (afi2, [
            ("2.1", "Audit the use of AAC devices and visual supports across all classes, with "
                    "input from the Southern Trust speech and language therapy team.",
             "Communication Co-ordinator", "31/05/2024", "Audit report to SLT.", "Complete"),
            ("2.2", "Develop a whole-school communication policy, including total communication "
                    "approaches and Makaton signing.",
             "Communication Co-ordinator and Principal", "December 2024",
             "Policy ratified by the Board of Governors.", "Amber"),
            ("2.3", "Provide Makaton training for all new staff as part of induction.",
             "Principal", "Ongoing", "All staff trained to Foundation level.", "On track"),
        ]),
        (afi3, [
            ("3.1", "Revise the school development plan 2024-2027 with SMART targets for each "
                    "priority.", "Principal", "June 2024",
             "SDP approved with measurable targets.", "Complete"),
            ("3.2", "Governors' development sub-committee to receive termly reports on progress "
                    "against the plan.", "Chair of Board of Governors", "Termly",
             "Minutes record challenge and support.", "On track"),
        ]),
    ]
    lines = [
        title,
        "Inspected by the Education and Training Inspectorate: 13–16 November 2023",
        "Prepared by the Senior Leadership Team and approved by the Board of Governors on "
        "29 February 2024",
        "",
    ]
    for afi, actions in sections:
        lines.append(afi)
        lines.append(hdr)
        for a in actions:
            lines.append("\t".join(a))
            if a[0] == "2.3":
                lines.append("\t" + cont + "\t\t\t\t")
        lines.append("")
    lines.append("Progress key: Complete / On track / Amber (some slippage) / Red (not started or "
                 "significant concern)")
    lines.append("Progress updated: January 2025")
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    ends = {"April 2024": ("2024-04", None), "June 2024": ("2024-06", None),
            "Sept 2024 – June 2025": ("2025-06", "Sept 2024 – June 2025"),
            "31/05/2024": ("2024-05", None), "December 2024": ("2024-12", None),
            "Ongoing": (None, "Ongoing"), "Termly": (None, "Termly")}
    leads = {"Vice-Principal / Assessment Co-ordinator":
             ["Vice-Principal", "Assessment Co-ordinator"],
             "Communication Co-ordinator and Principal": ["Communication Co-ordinator",
                                                          "Principal"]}
    smap = {"Complete": "blue", "On track": "green", "Amber": "amber"}
    exp = []
    for afi, actions in sections:
        for a in actions:
            text = a[1] + ("\n" + cont if a[0] == "2.3" else "")
            e, et = ends[a[3]]
            exp.append(act(a[0], [afi], text, leads.get(a[2], [a[2]]), e, smap[a[5]],
                           end_text=et))
    write_expected(name, {
        "source": ("Imitates the action plan a Northern Ireland special school's Board of "
                   "Governors sends in response to an Education and Training Inspectorate (ETI) "
                   "inspection report, addressing each area for improvement, saved from Word as "
                   "tab-separated text. Copies the title and inspection/approval lines, one "
                   "'Area for improvement N:' line above each table with its header row repeated, "
                   "numbered actions, lead posts, month/period/'Termly' timescales, success "
                   "criteria, progress words with a key, and a continuation line carrying the "
                   "second paragraph of an action cell."),
        "reads": ("Three areas for improvement, each followed by its own small table of numbered "
                  "actions (eight in all) with lead, timescale and progress. The line under "
                  "action 2.3 that has only text in the Action column continues that action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, len(exp)


def main():
    made = []
    for fn in (hywel_dda, dg_college, pcc_risk_register, blaenavon, hillhead, mwc, rathore):
        made.append(fn())
    for n, k in made:
        print(f"{k:3d}  {n}")


if __name__ == "__main__":
    main()
