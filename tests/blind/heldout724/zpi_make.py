#!/usr/bin/env python3
"""Build the seven zpi- blind test files (set heldout724).

Run with /work/main/.venv/bin/python zpi_make.py from any directory; files are
written beside this script.  Only files whose names start with "zpi-" are written.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zpi-")
    return os.path.join(HERE, name)


D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL_HEX = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. HMP/YOI Styal - HMIP inspection action plan (xlsx)
# ---------------------------------------------------------------------------
STYAL = [
    {
        "section": "PRIORITY CONCERNS",
        "no": "1",
        "concern": "Levels of self-harm were high and had increased since the last inspection. "
                   "Case management of women at risk under ACCT was inconsistent and too many care maps were poor.",
        "agreed": "Agreed",
        "response": "The establishment recognises the rise in self-harm and has strengthened the leadership of "
                    "safety, with a dedicated Head of Safety in post since April 2024.",
        "actions": [
            ("1.1", "Deliver refreshed ACCT case manager training to all supervising officers and custodial "
                    "managers, prioritising staff on the residential houses.",
             "Head of Safety", D(2024, 11, 30), None, "Complete",
             "Training delivered to 46 of 48 staff; the remaining two are on long-term sick leave."),
            ("1.2", "Introduce a weekly multidisciplinary Safety Intervention Meeting for women with three or more "
                    "self-harm incidents in 28 days, with mental health in-reach and the chaplaincy attending.",
             "Head of Safety / Head of Healthcare", D(2024, 9, 30), None, "Complete",
             "SIM running weekly since 2 September 2024."),
            ("1.3", "Quality assure a monthly sample of ACCT documents and share learning with case managers "
                    "through the safer custody bulletin.",
             "Safer Custody Manager", D(2024, 10, 31), D(2025, 3, 31), "Some slippage",
             "QA tool agreed and two samples completed. Bulletin delayed by staffing shortfalls."),
        ],
    },
    {
        "section": "PRIORITY CONCERNS",
        "no": "2",
        "concern": "Women with serious mental illness waited too long for transfer to hospital under the Mental "
                   "Health Act, and the waiting list for psychological therapies was long.",
        "agreed": "Partly Agreed",
        "response": "Transfer timescales depend on the availability of secure hospital beds, which is outside the "
                    "control of the prison. The elements within the establishment's control are agreed.",
        "actions": [
            ("2.1", "Recruit two additional assistant psychologists to reduce the waiting list for low-intensity "
                    "psychological interventions.",
             "Head of Healthcare", D(2024, 12, 31), D(2025, 4, 30), "Off track",
             "One post filled. Second post advertised twice without an appointment."),
            ("2.2", "Escalate every transfer exceeding the 28-day target to the Women's Estate Health and Justice "
                    "Lead and NHS England commissioners, and record delays on the local risk register.",
             "Head of Healthcare", "Ongoing", None, "On track",
             "Three transfers escalated since September; all recorded on the risk register."),
        ],
    },
    {
        "section": "PRIORITY CONCERNS",
        "no": "3",
        "concern": "Too many women were released without sustainable accommodation and resettlement planning "
                   "often started too late.",
        "agreed": "Agreed",
        "response": "The establishment will bring forward resettlement planning and work with regional partners "
                    "to increase access to accommodation on release.",
        "actions": [
            ("3.1", "Introduce a pre-release resettlement board 12 weeks before release for every woman, attended "
                    "by the community probation practitioner where possible.",
             "Head of Reducing Reoffending", D(2025, 2, 28), None, "On track",
             "Boards piloted on Waterside house from November 2024; roll-out to all houses in February."),
            ("3.2", "Agree a direct referral route into CAS3 temporary accommodation for women released from Styal "
                    "with the regional Community Accommodation Service team.",
             "Head of Reducing Reoffending; Regional CAS Lead (North West)", D(2025, 3, 31), None,
             "Some slippage",
             "Draft protocol with the region; sign-off delayed until the new CAS3 contract starts."),
        ],
    },
    {
        "section": "KEY CONCERNS",
        "no": "4",
        "concern": "Too few women attended their allocated education, skills and work activities, and leaders did "
                   "not use attendance data well enough to challenge non-attendance.",
        "agreed": "Agreed",
        "response": "Activity allocation and attendance monitoring have been reviewed by the senior leadership "
                    "team.",
        "actions": [
            ("4.1", "Re-profile activity allocations so that every woman is allocated to purposeful activity within "
                    "10 working days of arrival.",
             "Head of Education, Skills and Work", D(2024, 9, 30), None, "Complete",
             "Allocation within 10 days achieved for 94% of arrivals in December 2024."),
            ("4.2", "Review attendance data daily at the morning operational meeting and follow up every "
                    "unexplained absence with the house officer.",
             "Head of Education, Skills and Work", "Monthly", None, "On track",
             "Attendance at allocated activity up from 61% to 78%."),
        ],
    },
    {
        "section": "KEY CONCERNS",
        "no": "5",
        "concern": "Governance of use of force was weak. Body-worn video was not always drawn and footage was not "
                   "routinely reviewed.",
        "agreed": "Agreed",
        "response": "Use of force governance has been strengthened under the Deputy Governor.",
        "actions": [
            ("5.1", "Review body-worn video footage for every planned and spontaneous use of force incident at the "
                    "weekly Use of Force Committee.",
             "Deputy Governor", D(2024, 10, 31), None, "Complete",
             "100% of footage reviewed since October 2024."),
        ],
    },
]
STYAL_STATUS_FILL = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red"}


def make_styal():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Action Plan: HMP/YOI Styal"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "A Response to the HMIP Inspection: 4–14 March 2024"
    ws["A4"] = "Report Published: 25 June 2024"
    ws["A5"] = "Action Plan Submitted: 20 August 2024"
    ws["A6"] = "Progress tracker – position at 31 January 2025"
    ws["A8"] = "INTRODUCTION"
    ws["A8"].font = BOLD
    ws["A9"] = ("HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for "
                "and treatment of those in prison. In response to the report, HMPPS is required to draft a robust "
                "and timely action plan to address the concerns. The action plan confirms whether concerns are "
                "agreed, partly agreed or not agreed. Where a concern is agreed or partly agreed, the action plan "
                "sets out specific actions, each with a responsible owner and a target date.")
    ws.merge_cells("A9:D9")
    ws["A9"].alignment = WRAP
    ws.row_dimensions[9].height = 90
    ws["A11"], ws["B11"] = "Term", "Definition"
    ws["A11"].font = ws["B11"].font = BOLD
    rows = [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be "
                          "addressed. The response states clearly which part will be addressed."),
        ("Not Agreed", "The concern is not agreed and will not be addressed. The response explains why."),
    ]
    for i, (a, b) in enumerate(rows, start=12):
        ws.cell(i, 1, a)
        ws.cell(i, 2, b).alignment = WRAP
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
    ws.column_dimensions["A"].width = 18
    for c in "BCD":
        ws.column_dimensions[c].width = 30

    ws = wb.create_sheet("Action Plan")
    headers = ["Concern No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response", "Action Ref",
               "Action Taken / Planned", "Responsible Owner", "Target Date", "Revised Target Date", "Status",
               "Progress Update (January 2025)"]
    ncol = len(headers)
    ws.cell(1, 1, "HMP/YOI Styal – HMIP Action Plan and Progress Tracker").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "Plan owner: Governor | Monitored monthly at the Senior Leadership Team meeting")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [9, 38, 14, 36, 8, 46, 26, 12, 12, 13, 40]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(4, c).column_letter].width = w
    r = 5
    section = None
    for con in STYAL:
        if con["section"] != section:
            section = con["section"]
            cell = ws.cell(r, 1, section)
            cell.font = BOLD
            cell.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        first = r
        for (ref, text, owner, target, revised, status, update) in con["actions"]:
            ws.cell(r, 5, ref)
            ws.cell(r, 6, text)
            ws.cell(r, 7, owner)
            c = ws.cell(r, 8, target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if revised is not None:
                c = ws.cell(r, 9, revised)
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 10, status)
            c.fill = fill(FILL_HEX[STYAL_STATUS_FILL[status]])
            ws.cell(r, 11, update)
            for cc in range(1, ncol + 1):
                ws.cell(r, cc).alignment = WRAP
                ws.cell(r, cc).border = BOX
            r += 1
        last = r - 1
        ws.cell(first, 1, con["no"])
        ws.cell(first, 2, con["concern"])
        ws.cell(first, 3, con["agreed"])
        ws.cell(first, 4, con["response"])
        if last > first:
            for cc in (1, 2, 3, 4):
                ws.merge_cells(start_row=first, start_column=cc, end_row=last, end_column=cc)
    r += 1
    ws.cell(r, 1, "Summary of progress").font = BOLD
    r += 1
    counts = {}
    for con in STYAL:
        for a in con["actions"]:
            counts[a[5]] = counts.get(a[5], 0) + 1
    for st in ["Complete", "On track", "Some slippage", "Off track"]:
        ws.cell(r, 1, st).fill = fill(FILL_HEX[STYAL_STATUS_FILL[st]])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, counts.get(st, 0))
        r += 1
    ws.cell(r, 1, "Total actions").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, sum(counts.values())).font = BOLD
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Status key")
    ws["A1"] = "Status key"
    ws["A1"].font = BOLD
    key = [
        ("Complete", "Action delivered and evidence of completion held."),
        ("On track", "Action progressing and expected to be delivered by the target date."),
        ("Some slippage", "Action behind plan; revised target date agreed with the Prison Group Director."),
        ("Off track", "Action significantly delayed or at risk of not being delivered."),
    ]
    for i, (k, v) in enumerate(key, start=2):
        ws.cell(i, 1, k).fill = fill(FILL_HEX[STYAL_STATUS_FILL[k]])
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 80
    wb.save(out("zpi-hmp-yoi-styal-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Probation Service - Dorset PDU - HMI Probation action plan (txt, Word plain-text export)
# ---------------------------------------------------------------------------
DORSET = [
    ("The Dorset PDU should:", [
        ("1", "improve the quality of assessment, planning and review of risk of harm, making full use of "
              "domestic abuse and child safeguarding information", "Agreed", [
            ("1.1", "Hold a risk of harm practice development day for all practitioners, focusing on the analysis "
                    "of domestic abuse and safeguarding information in OASys.",
             "Head of PDU", "31/05/2024", "Complete"),
            ("1.2", "Audit ten OASys risk assessments each month using the regional risk management audit tool "
                    "and feed findings back through team meetings.",
             "Senior Probation Officers", "Monthly", "On track"),
            ("1.3", "Agree with Dorset Police a timescale for returning domestic abuse call-out information at "
                    "court and allocation stages.",
             "Head of PDU / Head of Court Services", "30/09/2024", "At risk"),
        ]),
        ("2", "ensure that home visits are carried out where they are needed to assess and manage risk of harm",
         "Agreed", [
            ("2.1", "Issue local guidance setting out when a home visit is required, and add home visits to the "
                    "monthly performance pack.",
             "Deputy Head of PDU", "30/04/2024", "Complete"),
        ]),
        ("3", "improve the frequency and quality of management oversight so that it identifies and addresses gaps "
              "in risk management", "Agreed", [
            ("3.1", "Set a minimum standard for recorded management oversight in all high risk of serious harm "
                    "cases and check compliance in monthly supervision.",
             "Deputy Head of PDU", "31/07/2024", "Complete"),
            ("3.2", "Deliver management oversight training to all senior probation officers through the regional "
                    "Professional Development Unit.",
             "Regional Quality Lead", "31/12/2024", "Not yet started"),
        ]),
    ]),
    ("The South West region should:", [
        ("4", "reduce waiting lists for accredited programmes and structured interventions in Dorset",
         "Partly Agreed", [
            ("4.1", "Commission additional Building Choices facilitator capacity for Dorset from the regional "
                    "interventions team.",
             "Regional Head of Interventions", "31/12/2024", "At risk"),
        ]),
        ("5", "improve the recruitment and retention of probation officers in Dorset and reduce the number of high "
              "risk of serious harm cases held by trainees", "Agreed", [
            ("5.1", "Implement the South West retention plan, including protected caseloads for newly qualified "
                    "probation officers in their first year.",
             "Regional Probation Director", "31/03/2025", "On track"),
            ("5.2", "Review the allocation of high risk of serious harm cases to PQiPs at the weekly PDU allocation "
                    "meeting.",
             "Senior Probation Officers", "Weekly", "On track"),
        ]),
    ]),
]


def make_dorset():
    L = []
    L += [
        "Action Plan: Probation Service – Dorset PDU",
        "A Response to the HM Inspectorate of Probation Inspection of Dorset PDU",
        "Fieldwork: 9–20 October 2023",
        "Report Published: 30 January 2024",
        "Action Plan Submitted: 26 March 2024",
        "Progress update as at: 30 September 2024",
        "",
        "INTRODUCTION",
        "HM Inspectorate of Probation is an independent inspectorate which reports on the effectiveness of "
        "probation and youth offending services in England and Wales. In response to the report, HMPPS is "
        "required to draft a robust and timely action plan to address the recommendations. The action plan "
        "confirms whether recommendations are agreed, partly agreed or not agreed. Where a recommendation is "
        "agreed or partly agreed, the action plan sets out specific steps, each with an owner and a target date.",
        "",
        "Term\tDefinition",
        "Agreed\tAll of the recommendation is agreed with, can be achieved and is affordable.",
        "Partly Agreed\tOnly part of the recommendation is agreed with, is achievable, affordable and will be "
        "implemented.",
        "Not Agreed\tThe recommendation is not agreed and will not be implemented.",
        "",
        "Progress status used in this update: Complete / On track / At risk / Not yet started",
        "",
    ]
    header = "Rec\tRecommendation\tAgreed / Partly Agreed / Not Agreed\tAction No.\tAction\tOwner\tTarget Date\tStatus"
    for addressee, recs in DORSET:
        L.append(addressee)
        L.append(header)
        for no, text, agreed, actions in recs:
            for i, (ref, act, owner, target, status) in enumerate(actions):
                if i == 0:
                    L.append("\t".join([no, text, agreed, ref, act, owner, target, status]))
                else:
                    L.append("\t".join(["", "", "", ref, act, owner, target, status]))
        L.append("")
    L.append("Note: progress is reviewed monthly by the Dorset PDU senior leadership team and reported quarterly "
             "to the South West Regional Quality Board.")
    with open(out("zpi-probation-service-dorset-pdu-hmip-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def kv_table(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "D9D9D9")
        set_cell(c[1], v)
    return t


# ---------------------------------------------------------------------------
# 3. SFRS - HMFSI Local Area Inspection: Angus - action plan progress report (docx)
# ---------------------------------------------------------------------------
ANGUS = [
    ("Theme 1: Operational Response", [
        ("R1", "The SFRS should review On-Call recruitment and retention in Angus to improve the availability of "
               "appliances at Brechin, Kirriemuir and Friockheim Community Fire Stations.", [
            ("1.1", "Establish an Angus On-Call recruitment group with Angus Council, local employers and community "
                    "councils to promote On-Call opportunities.",
             "Group Commander, Angus", "Jun 2023", "", "blue", "100%",
             "Group established April 2023 and meets bi-monthly. 11 new trainee firefighters recruited."),
            ("1.2", "Pilot flexible On-Call contracts at Brechin and Kirriemuir and evaluate the impact on "
                    "appliance availability.",
             "Station Commander, Angus On-Call", "Dec 2023", "Jun 2024", "amber", "60%",
             "Pilot started October 2023, later than planned. Evaluation will use six months of data."),
        ]),
    ]),
    ("Theme 2: Prevention and Protection", [
        ("R2", "The SFRS should use partner data to target Home Fire Safety Visits at the people in Angus most at "
               "risk from fire.", [
            ("2.1", "Agree a data sharing agreement with Angus Health and Social Care Partnership for referrals of "
                    "people receiving care at home.",
             "Prevention and Protection Manager, PKAD", "Sep 2023", "Mar 2024", "red", "40%",
             "Draft agreement with the HSCP information governance team; sign-off still awaited."),
            ("2.2", "Introduce quarterly monitoring of the proportion of Home Fire Safety Visits delivered to "
                    "high-risk households in Angus.",
             "Prevention and Protection Manager, PKAD", "Dec 2023", "", "blue", "100%",
             "Included in the quarterly performance report to the Angus Council Scrutiny and Audit Committee."),
        ]),
        ("R3", "The SFRS should work with duty holders in Angus to reduce Unwanted Fire Alarm Signals from "
               "non-domestic premises.", [
            ("3.1", "Write to the duty holders of the 20 premises generating the most UFAS in Angus and offer each "
                    "a visit from a Fire Safety Enforcement Officer.",
             "Station Commander, Protection", "Aug 2023", "", "blue", "100%",
             "All 20 duty holders contacted; 14 visits completed."),
            ("3.2", "Monitor the effect of the national UFAS call-challenging policy on Angus stations and report "
                    "the results to the Local Senior Officer each quarter.",
             "Group Commander, Angus", "Quarterly", "", "green", "–",
             "UFAS attendances in Angus down 47% since July 2023."),
        ]),
    ]),
    ("Theme 3: People", [
        ("R4", "The SFRS should ensure that On-Call firefighters in Angus have enough access to training to "
               "maintain their competence.", [
            ("4.1", "Provide additional weekend Training for Operational Competence sessions at Arbroath for "
                    "On-Call crews from neighbouring stations.",
             "Training Manager, North SDA / Group Commander, Angus", "Mar 2024", "", "green", "75%",
             "Six weekend sessions delivered; two more scheduled in March."),
            ("4.2", "Review the maintenance of competence records of all Angus On-Call personnel and agree "
                    "individual catch-up plans.",
             "Station Commanders (Angus)", "31/03/2024", "", "green", "80%",
             "Records reviewed at 7 of 9 stations."),
        ]),
    ]),
]


def make_angus():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("HMFSI Local Area Inspection: Angus – Action Plan Progress Report", style="Title")
    doc.add_paragraph("Scottish Fire and Rescue Service")
    kv_table(doc, [
        ("Report to", "Audit and Risk Assurance Committee"),
        ("Meeting date", "29 February 2024"),
        ("Report no.", "C/ARAC/09-24"),
        ("Lead officer", "Local Senior Officer, Perth & Kinross, Angus and Dundee (PKAD)"),
        ("Version", "1.3 – update as at 31 January 2024"),
    ])
    doc.add_paragraph()
    doc.add_heading("1 Purpose", level=1)
    doc.add_paragraph(
        "HM Fire Service Inspectorate (HMFSI) published its Local Area Inspection of Angus in November 2022. The "
        "report made four recommendations. This paper updates the Committee on the actions the Service agreed in "
        "response. RAG status is shown by cell colour in the RAG column.")
    doc.add_heading("2 RAG status key", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Colour", bold=True)
    set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for col, meaning in [("Blue", "Action complete"), ("Green", "On track to be delivered by the due date"),
                         ("Amber", "At risk of missing the due date"), ("Red", "Overdue")]:
        c = t.add_row().cells
        set_cell(c[0], col)
        shade(c[0], FILL_HEX[col.lower()])
        set_cell(c[1], meaning)
    doc.add_heading("3 Summary", level=1)
    n = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    total = 0
    for _, recs in ANGUS:
        for _, _, acts in recs:
            for a in acts:
                n[a[5]] += 1
                total += 1
    kv_table(doc, [("Recommendations", "4"), ("Actions", str(total)), ("Complete (Blue)", str(n["blue"])),
                   ("On track (Green)", str(n["green"])), ("At risk (Amber)", str(n["amber"])),
                   ("Overdue (Red)", str(n["red"]))])
    doc.add_heading("4 Action plan", level=1)
    headers = ["No.", "Action", "Action owner", "Due date", "Revised due date", "RAG", "% complete",
               "Progress update"]
    for theme, recs in ANGUS:
        doc.add_heading(theme, level=2)
        for rno, rtext, acts in recs:
            t = doc.add_table(rows=2, cols=len(headers))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(headers):
                set_cell(t.rows[0].cells[i], h, bold=True, size=9)
                shade(t.rows[0].cells[i], "BFBFBF")
            rc = t.rows[1].cells
            set_cell(rc[0], rno, bold=True)
            merged = rc[1].merge(rc[len(headers) - 1])
            set_cell(merged, rtext, bold=True)
            shade(rc[0], "F2F2F2")
            shade(merged, "F2F2F2")
            for (no, act, owner, due, rev, rag, pct, upd) in acts:
                c = t.add_row().cells
                for i, v in enumerate([no, act, owner, due, rev, "", pct, upd]):
                    set_cell(c[i], v, size=9)
                shade(c[5], FILL_HEX[rag])
            doc.add_paragraph()
    doc.add_paragraph("Recommendation to the Committee: members are asked to scrutinise and note the progress "
                      "reported above.")
    doc.save(out("zpi-scottish-fire-and-rescue-service-hmfsi-angus-local-area-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Wiltshire Police - HMICFRS VMM recommendations tracker (csv) - typo month refuse
# ---------------------------------------------------------------------------
def csvq(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


WILTS = [
    ("VMM-R02", "By 30 April 2023, chief constables should make sure that vetting decisions where adverse "
                "information is found record a rationale showing how the risks were considered.",
     "Introduce a mandatory rationale template in the vetting system for all clearances with adverse information, "
     "with a 10% monthly dip sample.",
     "Force Vetting Manager", "30-Apr-2023", "", "Complete",
     "Template live 03/04/2023; dip sample results reported to the Professional Standards Board."),
    ("VMM-R05", "By 31 October 2023, chief constables should make sure that all officers and staff are checked "
                "against the Police National Database.",
     "Complete PND checks on all serving officers, staff and volunteers and refer relevant matches to the Counter "
     "Corruption Unit.",
     "Head of Professional Standards", "31-Oct-2023", "31-Mar-2024", "Complete",
     "All checks complete. 14 matches referred; 2 misconduct investigations opened."),
    ("VMM-R11", "By 31 October 2023, chief constables should make sure their counter-corruption units can "
                "proactively monitor all force IT systems.",
     "Procure and implement IT monitoring software across all force devices and train a Counter Corruption Unit "
     "analyst to use it.",
     "Head of Digital Services / Counter Corruption Unit Manager", "31-Oct-2023", "30-Sep-2024", "Complete",
     "Software live on all devices from 16/09/2024."),
    ("VMM-R13", "By 30 April 2023, chief constables should make sure that intelligence about misogynistic and "
                "predatory behaviour is recorded and assessed.",
     "Add a misogyny and predatory behaviour flag to the counter-corruption intelligence system and brief all PSD "
     "staff on its use.",
     "Counter Corruption Unit Manager", "30-Apr-2023", "", "Complete", "Flag in use since March 2023."),
    ("VMM-R19", "By 31 March 2024, chief constables should make sure that allegations of sexual misconduct are "
                "assessed against the IOPC referral criteria.",
     "Introduce a PSD triage checklist requiring the IOPC referral criteria to be recorded for every sexual "
     "misconduct allegation.",
     "Head of Professional Standards", "31-Mar-2024", "", "In progress",
     "Checklist drafted; awaiting approval at the Professional Standards Board."),
    ("VMM-R24", "By 31 March 2024, chief constables should make sure that officers and staff whose vetting has "
                "expired are re-vetted.",
     "Re-vet all officers and staff whose vetting clearance has expired, prioritising those in public-facing roles.",
     "Force Vetting Manager", "31-Mar-2024", "31-0ct-2024", "In progress",
     "312 of 455 expired clearances renewed; additional vetting officers recruited."),
    ("VMM-R30", "By 31 October 2023, chief constables should make sure that misconduct hearings are scheduled "
                "without unnecessary delay.",
     "Agree a service level with the Legally Qualified Chairs' administrator and report hearing timeliness to "
     "the Chief Officer Group.",
     "PSD Hearings Manager", "31-Oct-2023", "", "Complete", "Average time to hearing reduced to 19 weeks."),
    ("VMM-R37", "By 31 March 2024, chief constables should make sure that all supervisors receive training on "
                "identifying and challenging misogynistic behaviour.",
     "Deliver the 'Active Bystander' and professional boundaries input to all sergeants, inspectors and police "
     "staff supervisors.",
     "Head of Learning and Development", "31-Mar-2024", "31-Dec-2024", "In progress",
     "78% of supervisors trained; remaining sessions booked."),
    ("AFI-01", "Forces should improve how they communicate the outcomes of misconduct cases to the workforce.",
     "Publish anonymised misconduct outcomes on the force intranet each quarter with a message from the Deputy "
     "Chief Constable.",
     "Head of Corporate Communications", "30-Jun-2024", "", "Complete", "First quarterly bulletin published June 2024."),
]


def make_wilts():
    L = [
        "Wiltshire Police – HMICFRS Recommendations Tracker",
        csvq("Source report: An inspection of vetting, misconduct, and misogyny in the police service "
             "(HMICFRS, 2 November 2022)"),
        "Extract run: 14/01/2025 08:52 – Strategic Planning and Performance",
        "",
        "Ref,HMICFRS Recommendation,Force Action,Action Owner,Original Due Date,Revised Due Date,Status,Last Update",
    ]
    for row in WILTS:
        L.append(",".join(csvq(v) for v in row))
    L.append("")
    L.append(f"Total records: {len(WILTS)}")
    with open(out("zpi-wiltshire-police-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker-"
                  "typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Brynmawr Foundation School - Estyn PIAP (docx)
# ---------------------------------------------------------------------------
BRYN = [
    ("R1: Address the safeguarding issues identified during the inspection",
     "Inspectors found that access to the lower school building was not controlled during the school day and "
     "that safeguarding records were not always complete.", [
        ("R1a", "Complete a site security review with the local authority, including controlled access to the "
                "lower school building during the school day.",
         "Site is secure; review accepted by the governing body.", "HT / SBM", "March 2024",
         "GB safeguarding committee – termly", "B"),
        ("R1b", "Ensure that all staff and governors complete refreshed safeguarding training, and that the "
                "single central record is checked each half term by the safeguarding governor.",
         "100% of staff and governors trained; SCR compliant at each check.", "DHT (Designated Safeguarding Person)",
         "Spring term 2024", "LA safeguarding officer – half-termly", "B"),
    ]),
    ("R2: Improve attendance and reduce persistent absence",
     "Pupils' attendance had declined and was well below that of similar schools. Persistent absence was high.", [
        ("R2a", "Appoint an attendance and engagement officer and introduce a stepped attendance procedure with "
                "clear thresholds for contact, meetings and referral to the Education Welfare Service.",
         "Attendance rises to at least 90%; persistent absence falls each term.", "AHT (Wellbeing)",
         "Summer term 2024", "HT and EAS Challenge Adviser – monthly", "G"),
        ("R2b", "Analyse attendance weekly by year group and vulnerable group.\nShare the findings with heads of "
                "year at the Monday briefing and agree individual plans for pupils below 90%.",
         "Every pupil below 90% has an individual plan that is reviewed.", "AHT (Wellbeing) & Heads of Year",
         "Weekly", "SLT – weekly", "A"),
    ]),
    ("R3: Improve the quality of teaching and assessment so that it challenges all pupils, including the more "
     "able, to make strong progress",
     "In too many lessons, teachers' expectations were too low and pupils were not challenged.", [
        ("R3a", "Establish a teaching and learning group to agree the school's core expectations for lessons, "
                "including questioning and challenge for more able pupils.",
         "Core expectations published and seen in at least 80% of lessons observed.",
         "DHT (Teaching and Learning)", "April 2024", "SLT learning walks – half-termly", "G"),
        ("R3b", "Deliver a programme of coaching for teachers identified through monitoring, supported by EAS "
                "teaching and learning advisers.",
         "Coached teachers' lessons judged to be at least effective at review.",
         "DHT (Teaching and Learning); EAS Challenge Adviser", "Autumn term 2024", "HT – termly", ""),
        ("R3c", "Refine the school's approach to feedback so that pupils respond to teachers' comments and "
                "improve their work.",
         "Work scrutiny shows pupils acting on feedback in all subjects.", "Heads of Faculty", "July 2024",
         "DHT – work scrutiny each term", ""),
    ]),
    ("R4: Strengthen self-evaluation and improvement planning so that they focus precisely on pupils' progress "
     "and well-being",
     "Leaders' evaluations were too generous and did not focus enough on the impact of teaching on learning.", [
        ("R4a", "Align the school's self-evaluation calendar with governing body meetings so that governors "
                "receive first-hand evidence each term.",
         "Governors challenge leaders using first-hand evidence, recorded in minutes.",
         "HT / Chair of Governors", "Termly", "GB – termly", "G"),
        ("R4b", "Train middle leaders in using first-hand evidence to evaluate the impact of teaching on pupils' "
                "learning.",
         "Middle leaders' evaluations are accurate when moderated by SLT.", "AHT (Leadership Development)",
         "31/10/2024", "HT – termly", ""),
    ]),
]


def make_brynmawr():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph("Brynmawr Foundation School – Post-Inspection Action Plan (PIAP)", style="Title")
    kv_table(doc, [
        ("Date of inspection", "13–16 November 2023"),
        ("Estyn follow-up category", "Significant improvement"),
        ("Local authority", "Blaenau Gwent County Borough Council"),
        ("Regional consortium", "Education Achievement Service for South East Wales (EAS)"),
        ("PIAP approved by governing body", "29 February 2024"),
        ("PIAP submitted to Estyn", "7 March 2024"),
        ("Progress review", "Interim update for governors, June 2024"),
    ])
    doc.add_heading("Summary of recommendations", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Estyn recommendation", "Lead"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    leads = ["HT", "AHT (Wellbeing)", "DHT (Teaching and Learning)", "HT"]
    for (head, _, _), lead in zip(BRYN, leads):
        code, text = head.split(": ", 1)
        c = t.add_row().cells
        set_cell(c[0], code)
        set_cell(c[1], text)
        set_cell(c[2], lead)
    doc.add_heading("Key to abbreviations", level=1)
    kv_table(doc, [
        ("HT", "Headteacher"), ("DHT", "Deputy headteacher"), ("AHT", "Assistant headteacher"),
        ("SBM", "School business manager"), ("SLT", "Senior leadership team"), ("GB", "Governing body"),
        ("SCR", "Single central record"), ("EAS", "Education Achievement Service for South East Wales"),
        ("LA", "Local authority"),
    ])
    doc.add_heading("Progress key", level=1)
    doc.add_paragraph("B – action completed    G – on track    A – some concern    R – significant concern    "
                      "(blank) – not yet due for review")
    headers = ["Ref", "Actions", "Success criteria", "Lead", "Timescale", "Monitoring (who / when)", "Progress"]
    for head, comment, acts in BRYN:
        doc.add_heading(head, level=2)
        doc.add_paragraph("Inspection report comment: " + comment)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "C5E0B3")
        for (ref, act, sc, lead, when, mon, prog) in acts:
            c = t.add_row().cells
            for i, v in enumerate([ref, act, sc, lead, when, mon, prog]):
                set_cell(c[i], v, size=9)
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the governing body: Chair of Governors        Date: 29 February 2024")
    doc.save(out("zpi-brynmawr-foundation-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. University of Exeter - Ofsted ITE improvement plan (xlsx)
# ---------------------------------------------------------------------------
EXETER = {
    "Primary": {
        "title": "Primary phase",
        "sub": "Ofsted ITE inspection, February 2024 | Overall effectiveness: Good",
        "afis": [
            ("AFI 1", "Leaders should ensure that mentors consistently reinforce the centre-based curriculum for "
                      "early reading and systematic synthetic phonics when trainees are on placement.", [
                ("P1.1", "Introduce a phonics mentor module, mapped to the ITE curriculum, for all primary mentors "
                         "as part of the annual mentor training cycle.",
                 "Primary Programme Leader", D(2024, 9, 30), None, "Module evaluations; mentor attendance records",
                 "green", "blue", "Module delivered to 212 mentors in September 2024."),
                ("P1.2", "Add a phonics-focused joint observation to the second placement, carried out by the link "
                         "tutor and mentor together.",
                 "Partnership Manager / Primary Link Tutors", D(2025, 1, 31), None, "Joint observation records",
                 "amber", "green", "Joint observations under way; 70% complete."),
            ]),
            ("AFI 2", "Leaders should strengthen the quality assurance of mentoring so that all trainees receive "
                      "precise feedback linked to the curriculum.", [
                ("P2.1", "Moderate a sample of weekly development summaries from each partnership school every term "
                         "and feed back to lead mentors.",
                 "Hannah Morcom and Tom Ekwueme", "Termly", None, "Moderation log; lead mentor feedback",
                 "amber", "amber", "Autumn moderation complete; spring sample delayed by staff absence."),
                ("P2.2", "Revise the mentor handbook to include exemplar curriculum-linked targets for each phase of "
                         "the programme.",
                 "Primary Programme Leader", D(2025, 7, 31), None, "Revised handbook published",
                 None, "green", "Drafting group meets in April."),
            ]),
        ],
    },
    "Secondary": {
        "title": "Secondary phase",
        "sub": "Ofsted ITE inspection, February 2024 | Overall effectiveness: Good",
        "afis": [
            ("AFI 1", "Leaders should ensure that the curriculum in a small number of subjects, including computing "
                      "and modern foreign languages, is as well sequenced as it is in other subjects.", [
                ("S1.1", "Review the sequencing of the computing and MFL subject curricula against the ITT Core "
                         "Content Framework with external subject experts.",
                 "Subject Leaders (Computing, MFL)", D(2024, 12, 31), D(2025, 3, 31),
                 "External reviewer reports", "amber", "green", "MFL review complete; computing review in March."),
                ("S1.2", "Publish revised subject curriculum maps to partnership schools and brief mentors at the "
                         "spring mentor conference.",
                 "Secondary Programme Leader", D(2025, 2, 28), None, "Conference materials; mentor survey",
                 "green", "blue", "Maps published 10 February 2025."),
            ]),
            ("AFI 2", "Leaders should make sure that trainees develop a secure understanding of how to adapt their "
                      "teaching for pupils with special educational needs and/or disabilities (SEND).", [
                ("S2.1", "Add a directed task on adaptive teaching for pupils with SEND to the first school "
                         "placement, assessed through the trainee's placement portfolio.",
                 "SEND Curriculum Lead", D(2024, 9, 30), None, "Portfolio sampling",
                 "green", "blue", "Task in place for the 2024–25 cohort."),
                ("S2.2", "Arrange for every secondary trainee to spend a day with the SENCo in their placement school, "
                         "including an EHC plan review where possible.",
                 "Partnership Manager", D(2025, 1, 31), D(2025, 4, 30), "Placement records",
                 "green", "red", "Only 60% of schools able to host; alternative days being arranged with special "
                                 "school partners."),
            ]),
        ],
    },
}


def make_exeter():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "University of Exeter ITE Partnership – Ofsted Inspection Improvement Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Primary and secondary QTS routes"
    rows = [("Version", "v3.1"), ("Plan owner", "Director of Initial Teacher Education"),
            ("Approved by", "ITE Strategic Partnership Board"), ("Last reviewed", "07/03/2025"),
            ("Next review", "June 2025")]
    for i, (k, v) in enumerate(rows, start=4):
        ws.cell(i, 1, k).font = BOLD
        ws.cell(i, 2, v)
    ws["A10"] = "RAG key (RAG columns are colour-coded only)"
    ws["A10"].font = BOLD
    key = [("blue", "Complete"), ("green", "On track"), ("amber", "Some risk to delivery"),
           ("red", "Off track – escalate to the Strategic Partnership Board")]
    for i, (col, txt) in enumerate(key, start=11):
        ws.cell(i, 1).fill = fill(FILL_HEX[col])
        ws.cell(i, 2, txt)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of actions by phase"
    ws["A1"].font = BOLD
    hdr = ["Phase", "Areas for improvement", "Actions", "Complete", "On track", "Some risk", "Off track"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(3, c, h).font = BOLD
    r = 4
    for phase, data in EXETER.items():
        acts = [a for _, _, al in data["afis"] for a in al]
        cur = [a[7] for a in acts]
        ws.cell(r, 1, phase)
        ws.cell(r, 2, len(data["afis"]))
        ws.cell(r, 3, len(acts))
        for c, col in enumerate(["blue", "green", "amber", "red"], start=4):
            ws.cell(r, c, cur.count(col))
        r += 1
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 22

    for phase, data in EXETER.items():
        ws = wb.create_sheet(phase)
        revised = phase == "Secondary"
        if revised:
            hdr = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date", "Evidence of impact",
                   "Previous RAG", "Current RAG", "Commentary (March 2025)"]
        else:
            hdr = ["Ref", "Action", "Lead(s)", "Target date", "Evidence of impact", "Previous RAG", "Current RAG",
                   "Commentary (March 2025)"]
        nc = len(hdr)
        ws.cell(1, 1, data["title"]).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
        ws.cell(2, 1, data["sub"])
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=nc)
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(4, c, h)
            cell.font = BOLD
            cell.fill = fill("D9D9D9")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for label, afi, acts in data["afis"]:
            ws.cell(r, 1, label).font = BOLD
            ws.cell(r, 2, afi).font = BOLD
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=nc)
            ws.cell(r, 2).alignment = WRAP
            for cc in range(1, nc + 1):
                ws.cell(r, cc).fill = fill("FCE4D6")
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, act, lead, target, rev, ev, prev, cur, comm) in acts:
                vals = [ref, act, lead, target] + ([rev] if revised else []) + [ev, None, None, comm]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                pcol = nc - 2
                if prev:
                    ws.cell(r, pcol).fill = fill(FILL_HEX[prev])
                ws.cell(r, pcol + 1).fill = fill(FILL_HEX[cur])
                r += 1
        widths = [8, 50, 26, 13] + ([13] if revised else []) + [28, 10, 10, 40]
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(4, c).column_letter].width = w
    wb.save(out("zpi-university-of-exeter-ofsted-ite-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Don Valley Academy - School Improvement Plan 2025-26 (xlsx)
# ---------------------------------------------------------------------------
DONV = [
    ("Priority 1: Quality of education – improve progress in English and mathematics across KS3 and KS4", [
        ("1.1", "Implement the trust's revised KS3 mathematics curriculum, with fortnightly common planning time "
                "for the mathematics department.",
         "Head of Mathematics", "Autumn term 2025", "Schemes of work in place; common assessments show gaps closing",
         "G"),
        ("1.2", "Run targeted Year 11 English and mathematics intervention after school for pupils below their "
                "target grade, reviewed after each assessment point.",
         "DHT (Curriculum) / Head of English", "May 2026", "Year 11 pupils in intervention make expected progress",
         "A"),
        ("1.3", "Embed the academy's 'Do Now' retrieval routine in all KS3 lessons, checked through weekly learning "
                "walks.",
         "AHT (Teaching and Learning)", "Spring term 2026", "Routine seen in 90% of learning walks", "G"),
    ]),
    ("Priority 2: Behaviour and attitudes – raise attendance to at least 92% and reduce persistent absence", [
        ("2.1", "Introduce first-day calling and home visits on the third day of absence for persistently absent "
                "pupils.",
         "Attendance Officer", "Sep 2025", "Procedure in place from day one of term", "B"),
        ("2.2", "Reward attendance through the 'Race to 96' tutor-group competition, with half-termly celebration "
                "assemblies.",
         "Heads of Year", "Ongoing", "Attendance above 92% each half term", "G"),
        ("2.3", "Reduce suspensions by opening a full-time staffed reflection room, with a restorative conversation "
                "before pupils return to lessons.",
         "AHT (Behaviour and Attendance)", "January 2026", "Suspensions fall by a third compared with 2024–25", "R"),
    ]),
    ("Priority 3: Personal development – every pupil benefits from a broad personal development offer", [
        ("3.1", "Map the personal development curriculum against the statutory RSHE guidance and close any gaps in "
                "Years 7 to 11.",
         "Personal Development Lead", "July 2026", "Curriculum map complete and gaps closed", ""),
        ("3.2", "Track every disadvantaged pupil's participation in at least one extra-curricular club each term.",
         "Mr D Hollis and Mrs S Qureshi", "Summer term 2026", "80% of disadvantaged pupils attend a club", "A"),
    ]),
    ("Priority 4: Leadership and management – develop the capacity of middle leaders", [
        ("4.1", "Enrol all new heads of department on the trust middle leadership programme and pair each with a "
                "senior leader link.",
         "Principal", "Oct 2025", "All new heads of department enrolled and linked", "B"),
    ]),
]
DONV_FILL = {"R": "red", "A": "amber", "G": "green", "B": "blue"}


def make_donvalley():
    wb = Workbook()
    ws = wb.active
    ws.title = "SIP on a page"
    ws["A1"] = "Don Valley Academy – School Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "A member of Delta Academies Trust"
    ws["A4"] = "Our priorities for 2025–26"
    ws["A4"].font = BOLD
    for i, (prio, _) in enumerate(DONV, start=5):
        ws.cell(i, 1, prio)
    ws["A10"] = "Targets: attendance 92%+; persistent absence below 20%; Progress 8 at least 0.0"
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Action plan")
    hdr = ["No.", "Action", "Lead", "Deadline", "Success criteria", "Autumn RAG", "Spring RAG", "Summer RAG"]
    nc = len(hdr)
    ws.cell(1, 1, "School Improvement Plan 2025–26: Action Plan").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=nc)
    ws.cell(2, 1, "Reviewed termly by the Principal and the trust Regional Director of Education. "
                  "Last review: December 2025 (Autumn).")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=nc)
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for prio, acts in DONV:
        ws.cell(r, 1, prio).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=nc)
        ws.cell(r, 1).fill = fill("E4DFEC")
        r += 1
        for (no, act, lead, when, sc, aut) in acts:
            for c, v in enumerate([no, act, lead, when, sc, aut or None, None, None], start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            if aut:
                ws.cell(r, 6).fill = fill(FILL_HEX[DONV_FILL[aut]])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    for c, w in enumerate([6, 55, 26, 16, 40, 9, 9, 9], start=1):
        ws.column_dimensions[ws.cell(4, c).column_letter].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key & glossary")
    ws["A1"] = "RAG key"
    ws["A1"].font = BOLD
    for i, (k, v) in enumerate([("R", "Not on track"), ("A", "Partially on track"), ("G", "On track"),
                                ("B", "Completed")], start=2):
        ws.cell(i, 1, k).fill = fill(FILL_HEX[DONV_FILL[k]])
        ws.cell(i, 2, v)
    ws["A7"] = "Glossary"
    ws["A7"].font = BOLD
    for i, (k, v) in enumerate([("DHT", "Deputy Headteacher"), ("AHT", "Assistant Headteacher"),
                                ("RSHE", "Relationships, sex and health education"),
                                ("KS3 / KS4", "Key stage 3 / key stage 4")], start=8):
        ws.cell(i, 1, k)
        ws.cell(i, 2, v)
    ws.column_dimensions["B"].width = 45
    wb.save(out("zpi-don-valley-academy-school-improvement-plan-2025-26.xlsx"))


if __name__ == "__main__":
    make_styal()
    make_dorset()
    make_angus()
    make_wilts()
    make_brynmawr()
    make_exeter()
    make_donvalley()
    print("built 7 files in", HERE)
