"""Build the seven kf2- blind test files (heldout326).

Run with: /work/main/.venv/bin/python kf2_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
FILLS = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def add_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


# --------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexfill):
    return PatternFill("solid", start_color=hexfill, end_color=hexfill)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# =========================================================================== 1. SAR docx
def make_sar():
    doc = docx.Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Milton Keynes Safeguarding Adults Board"
    sec.footer.paragraphs[0].text = "OFFICIAL – version 3.0 – February 2025"

    doc.add_paragraph("Safeguarding Adults Review ‘Adult L’ – Multi-Agency Action Plan", style="Title")
    doc.add_paragraph("Progress update as at 28 February 2025, for the SAR Sub-Group")

    doc.add_heading("Document control", level=2)
    add_table(doc, ["Item", "Detail"], [
        ["Version", "3.0"],
        ["Date", "28/02/2025"],
        ["Owner", "MKSAB Business Manager"],
        ["Review published", "12 June 2024"],
        ["Next review", "SAR Sub-Group, May 2025"],
    ])

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [
        (BLUE, "Action complete and evidence received by the SAR Sub-Group"),
        (GREEN, "On track to meet the target date"),
        (AMBER, "Some slippage – target date at risk"),
        (RED, "Off track, or not started and overdue"),
    ]:
        cells = key.add_row().cells
        shade(cells[0], colour)
        cells[1].text = meaning

    header = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    recs = [
        ("Recommendation 1 – Self-neglect and hoarding",
         "MKSAB should seek assurance that partner agencies are using the Self-Neglect and Hoarding "
         "Protocol, including escalation to a multi-agency risk management (MARM) meeting where an "
         "adult declines support.",
         [
             ("1.1", "Relaunch the Self-Neglect and Hoarding Protocol through a 7-minute briefing and two practitioner webinars.",
              "MKSAB Business Manager", "30/09/2024",
              "Briefing published August 2024; webinars held 17 September and 2 October 2024 (146 attendees).", BLUE),
             ("1.2", "Audit a sample of 20 self-neglect cases to test use of the protocol and MARM escalation.",
              "Head of Adult Safeguarding, MKCC / Designated Nurse Safeguarding Adults, BLMK ICB", "March 2025",
              "Audit tool agreed; 12 of 20 cases reviewed. Findings to Performance and QA Sub-Group in April 2025.", AMBER),
             ("1.3", "Add a self-neglect and hoarding question to the Safe and Well visit referral pathway.",
              "Prevention Manager (Buckinghamshire Fire & Rescue Service)", "June 2025",
              "Question drafted and agreed with MKCC Adult Social Care; form change scheduled.", GREEN),
         ]),
        ("Recommendation 2 – Mental capacity and executive function",
         "Partner agencies should ensure that practitioners understand executive function and record how "
         "it has been considered when assessing capacity for specific decisions.",
         [
             ("2.1", "Include executive function within the MKSAB Mental Capacity Act training offer, with a case study drawn from this review.",
              "MCA Lead, MKCC", "31/12/2024",
              "Module added to MCA Level 2 course from November 2024.", BLUE),
             ("2.2", "Update the MCA assessment template in the electronic patient record so that executive function prompts are mandatory fields.",
              "Named Professional for Safeguarding Adults (Milton Keynes University Hospital)", "Q1 2025/26",
              "Template change approved by the Digital Design Authority in January 2025.", GREEN),
             ("2.3", "Re-audit mental capacity assessments recorded by the community mental health team.",
              "CNWL Safeguarding Lead", "Sept 2025",
              "Not started – awaiting audit capacity; escalated to CNWL Associate Director of Safeguarding.", RED),
         ]),
        ("Recommendation 3 – Carers and family involvement",
         "MKSAB should be assured that carers are offered a carer’s assessment and that concerns raised "
         "by family members are recorded and responded to.",
         [
             ("3.1", "Review the carer’s assessment offer made at hospital discharge and report uptake quarterly to the Board.",
              "Carers MK and MKCC Commissioning Manager", "Ongoing",
              "Q3 uptake report received by the Board in January 2025.", GREEN),
             ("3.2", "Issue practice guidance on recording and escalating concerns raised by family members.",
              "Principal Social Worker (Adults)", "May 2025",
              "Draft guidance out for partner comment; slipped from March because of consultation.", AMBER),
         ]),
        ("Recommendation 4 – Learning and assurance",
         "The Board should monitor the implementation of this action plan and test its impact through a "
         "learning event 12 months after publication.",
         [
             ("4.1", "Hold a multi-agency learning event on the findings of the review, with the family’s agreement.",
              "MKSAB Independent Chair", "End of June 2025",
              "Venue provisionally booked; date to be confirmed with the family.", None),
         ]),
    ]
    for heading, text, actions in recs:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        for ref, action, lead, date, progress, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, date, progress, ""]):
                cells[i].text = v
            if rag:
                shade(cells[5], rag)
        doc.add_paragraph("")

    doc.add_paragraph(
        "Completed actions remain on the plan until the SAR Sub-Group has reviewed the evidence. "
        "Agencies should send updates to the MKSAB Business Unit by the 15th of the month before each Sub-Group meeting.")
    doc.add_heading("Sign-off", level=2)
    add_table(doc, ["Name", "Role", "Date"], [
        ["Independent Chair", "Milton Keynes Safeguarding Adults Board", "06/03/2025"],
        ["Chair of SAR Sub-Group", "Milton Keynes Safeguarding Adults Board", "06/03/2025"],
    ])
    doc.save(out("kf2-milton-keynes-sab-sar-adult-l-action-plan.docx"))


# =========================================================================== 2. DHR csv
def make_dhr():
    W = 9
    rows = [
        ["Safer Hastings Partnership"] + [""] * (W - 1),
        ["Domestic Homicide Review – ‘Rose’ – Action Plan"] + [""] * (W - 1),
        ["Progress position at 30 September 2025. Overview report published 6 March 2025."] + [""] * (W - 1),
        [""] * W,
        ["Ref", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
         "Key milestones achieved in enacting recommendation", "Target date",
         "Date of completion and outcome", "Status"],
    ]
    r1 = ("All agencies to ensure that routine enquiry about domestic abuse is made when an adult presents "
          "with a head injury or unexplained injuries, and that the response is recorded.")
    r2 = ("Sussex Police to review how repeat reports from third parties (neighbours, friends) are linked "
          "to the victim’s record and risk assessed.")
    r3 = ("Housing providers and Hastings Borough Council to improve recognition of domestic abuse among "
          "older tenants, including abuse by adult children.")
    r4 = ("The Home Office to consider guidance on applications under the Domestic Violence Disclosure "
          "Scheme (Clare’s Law) made by family members of older victims.")
    rows += [
        ["1.1", r1, "Local",
         "Deliver refresher training on routine enquiry to Emergency Department and Urgent Treatment Centre staff at the Conquest Hospital.",
         "East Sussex Healthcare NHS Trust",
         "Training package updated May 2025; 64% of ED nursing staff trained.", "31/12/2025", "", "On track"],
        ["1.2", "", "Local",
         "Add a mandatory domestic abuse enquiry prompt to the ED injury assessment in the electronic patient record.",
         "ESHT Head of Safeguarding / ESHT Chief Clinical Information Officer",
         "Change request submitted June 2025.", "Mar-26", "", "Amber"],
        ["1.3", "", "Local",
         "Remind GP practices, through the ICB safeguarding newsletter, to code disclosures and refer to the IRIS advocate educator.",
         "NHS Sussex ICB",
         "Article included in the July 2025 newsletter.", "31/07/2025",
         "28/07/2025 – newsletter issued to all Hastings practices.", "Complete"],
        ["2.1", r2, "Regional",
         "Review the DASH risk assessment process where the report is made by a third party:\n"
         "- confirm who completes the risk assessment\n"
         "- set a timescale for contact with the victim",
         "Sussex Police",
         "Review commissioned by the Public Protection Command.", "Q4 2025/26", "", "On track"],
        ["2.2", "", "Regional",
         "Brief response officers in the East Sussex Division on the findings of this review.",
         "Sussex Police",
         "Briefing delivered to all four Hastings response teams.", "Aug-25",
         "19/08/2025 – briefing completed; slides on the force intranet.", "Complete"],
        ["3.1", r3, "Local",
         "Include abuse by adult family members in the domestic abuse training for housing officers.",
         "Housing Services Manager (Hastings Borough Council)",
         "", "March 2026", "", "Not started"],
        ["3.2", "", "Local",
         "Run a joint ‘abuse at any age’ campaign aimed at older people and their neighbours.",
         "Safer Hastings Partnership Domestic Abuse Lead and Age UK East Sussex",
         "Campaign materials drafted and shared with the DA Forum.", "Nov-25", "", "Amber"],
        ["4.1", r4, "National",
         "Write to the Home Office setting out the learning from this review.",
         "Safer Hastings Partnership Chair",
         "Letter sent; acknowledgement received 30 April 2025.", "April 2025",
         "02/04/2025 – letter sent.", "Complete"],
        [""] * W,
        ["Status key: Complete = action completed and evidence received; On track = progressing to target date; "
         "Amber = at risk of slipping; Red = overdue; Not started = action not yet begun."] + [""] * (W - 1),
        ["Monitored by the Safer Hastings Partnership DHR Action Plan Group (next meeting 4 December 2025)."] + [""] * (W - 1),
    ]
    with open(out("kf2-safer-hastings-partnership-dhr-rose-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =========================================================================== 3. CSP xlsx
def make_csp():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Maldon District Community Safety Partnership – Partnership Plan 2025-26: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update (July – September 2025)"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Version", "2.1"),
        ("Author", "Community Safety Manager (Maldon District Council)"),
        ("Date", "16 October 2025"),
        ("Approved by", "CSP Strategic Board"),
    ], start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete"),
        ("G", "On track"),
        ("A", "Some delay – within tolerance"),
        ("R", "Off track – escalated to the Strategic Board"),
    ], start=11):
        c = ws.cell(i, 1, k)
        c.fill = fill(FILLS[k])
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 2, v)
    ws["A16"] = "Q2 summary"
    ws["A16"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Complete", 1), ("On track", 5), ("Some delay", 3), ("Off track", 1), ("Total actions", 10),
    ], start=17):
        ws.cell(i, 1, k)
        ws.cell(i, 2, v)
    ws["A23"] = "Each priority has its own sheet. Updates are collected from partners two weeks before each Strategic Board."
    widths(ws, [22, 60])

    header = ["Ref", "Objective", "Action", "Lead partner(s)", "Timescale", "Q1 update", "Q2 update", "RAG"]
    sheets = [
        ("P1 ASB", "Priority 1: Reducing anti-social behaviour and its impact on communities",
         "Priority lead: Community Safety Manager (MDC)",
         [
             ("Reduce repeat ASB in Maldon town centre, Heybridge and Burnham-on-Crouch", [
                 ("1.1", "Hold monthly Community Safety Hub meetings to case-manage repeat locations, victims and perpetrators.",
                  "MDC Community Safety Team; Essex Police", "Monthly",
                  "Meetings held April, May and June.", "Meetings held July, August and September; 14 cases managed.", "G"),
                 ("1.2", "Use the findings of the Public Spaces Protection Order review to decide whether to renew the town centre PSPO.",
                  "Head of Community Services (MDC)", "Oct-25",
                  "Consultation launched 2 June.", "Consultation closed 31 August; report to Strategy and Resources Committee on 9 October.", "G"),
             ]),
             ("Increase reporting of ASB and public confidence", [
                 ("1.3", "Run two ASB awareness weeks with schools and parish councils, promoting online reporting.",
                  "Essex Police Community Safety Engagement Officer", "March 2026",
                  "First week held during national ASB Awareness Week.", "Second week moved from October to February half-term.", "A"),
             ]),
         ]),
        ("P2 Violence & exploitation", "Priority 2: Tackling serious violence, knife crime and exploitation",
         "Priority lead: District Commander (Essex Police)",
         [
             ("Deliver the Serious Violence Duty locally", [
                 ("2.1", "Complete the Maldon district section of the Essex Serious Violence Strategic Needs Assessment.",
                  "Essex Violence and Vulnerability Unit", "June 2025",
                  "Completed and shared with partners on 20 June.", "", "B"),
                 ("2.2", "Commission detached youth work in the evenings at locations identified in the needs assessment.",
                  "MDC Community Safety Manager / ECC Youth Service", "Sep-25",
                  "Provider identified.", "Provider delayed mobilisation; start now expected November 2025.", "R"),
             ]),
             ("Protect young people from criminal exploitation", [
                 ("2.3", "Deliver exploitation awareness training to licensed premises, taxi drivers and hotel staff.",
                  "MDC Licensing Manager", "Q3 2025/26",
                  "Training content agreed with Essex Police.", "Two sessions held for taxi drivers (38 attended).", "G"),
                 ("2.4", "Refer young people at risk to the Missing and Child Exploitation (MACE) panel and track outcomes.",
                  "Essex Police; ECC Children and Families", "Ongoing",
                  "6 referrals in Q1.", "4 referrals in Q2.", "G"),
             ]),
         ]),
        ("P3 Domestic abuse", "Priority 3: Reducing domestic abuse and violence against women and girls",
         "Priority lead: Safer Essex Domestic Abuse Partnership representative",
         [
             ("Improve the response to victims of domestic abuse", [
                 ("3.1", "Achieve White Ribbon accreditation for Maldon District Council.",
                  "MDC Chief Executive", "November 2025",
                  "Registration completed.", "Action plan drafted; submission planned for White Ribbon Day.", "A"),
                 ("3.2", "Promote the Safe Spaces scheme in pharmacies and community venues across the district.",
                  "Next Chapter and Maldon CSP", "31/03/2026",
                  "Scheme live in 7 venues.", "Scheme live in 11 venues.", "G"),
             ]),
             ("Hold perpetrators to account", [
                 ("3.3", "Pilot a referral pathway into the Drive perpetrator programme with Essex Police and the Probation Service.",
                  "Essex Police Domestic Abuse Problem Solving Team", "Jan-26",
                  "Pathway drafted.", "Awaiting information sharing agreement sign-off.", "A"),
             ]),
         ]),
    ]
    for title, heading, lead_line, objectives in sheets:
        s = wb.create_sheet(title)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        s["A1"].fill = fill("1F4E78")
        s.merge_cells("A1:H1")
        s["A2"] = lead_line
        s["A2"].font = Font(italic=True)
        for i, h in enumerate(header, start=1):
            c = s.cell(4, i, h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for objective, actions in objectives:
            first = r
            for ref, action, lead, when, q1, q2, rag in actions:
                s.cell(r, 1, ref)
                s.cell(r, 3, action)
                s.cell(r, 4, lead)
                s.cell(r, 5, when)
                s.cell(r, 6, q1 if q1 else None)
                s.cell(r, 7, q2 if q2 else None)
                c = s.cell(r, 8, rag)
                c.fill = fill(FILLS[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
                for col in range(1, 9):
                    s.cell(r, col).border = BOX
                    if col != 8:
                        s.cell(r, col).alignment = WRAP
                r += 1
            s.cell(first, 2, objective)
            s.cell(first, 2).alignment = WRAP
            if r - 1 > first:
                s.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        widths(s, [7, 30, 55, 32, 14, 35, 40, 7])
        s.freeze_panes = "A5"
    wb.save(out("kf2-maldon-district-csp-partnership-plan-2025-26-action-plan.xlsx"))


# =========================================================================== 4. board action log txt
def make_board_log():
    lines = [
        ["Northern Lincolnshire and Goole NHS Foundation Trust"],
        ["Trust Board (Public Session) – Action Log"],
        ["As at 26 November 2024"],
        ["RAG key: Red – overdue / Amber – in progress, not yet due / Green – completed, proposed for closure"],
        [],
        ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead", "Due Date",
         "Revised Due Date", "Progress Update", "RAG"],
        ["TB/24/18", "06/02/2024", "TB 24/017", "Integrated Performance Report",
         "Provide a breakdown of 52-week waiters by specialty and site, with trajectories to clear them by March 2025.",
         "Chief Operating Officer", "02/04/2024", "04/06/2024",
         "Included as an appendix to the IPR presented in June 2024.", "Green"],
        ["TB/24/27", "02/04/2024", "TB 24/061", "Freedom to Speak Up Annual Report",
         "Present themes from concerns raised by medical staff, triangulated with the staff survey, to the People Committee.",
         "Director of People / FTSU Guardian", "01/10/2024", "",
         "Presented to People Committee on 17 September 2024.", "Green"],
        ["TB/24/35", "04/06/2024", "TB 24/094", "Maternity and Neonatal Safety Report",
         "Bring the outcome of the CNST Maternity Incentive Scheme Year 6 self-assessment to the Board for sign-off before submission.",
         "Chief Nurse", "03/12/2024", "",
         "On the agenda for December Board; Safety Champions reviewed the evidence on 14 November.", "Amber"],
        ["TB/24/41", "06/08/2024", "TB 24/128", "Finance Report – Month 3",
         "Set out the risks to delivery of the Waste Reduction Programme, and the mitigations, by division.",
         "Director of Finance / Chief Operating Officer", "01/10/2024", "03/12/2024",
         "Deferred by agreement to align with the month 7 forecast.", "Amber"],
        ["TB/24/44", "06/08/2024", "TB 24/131", "Patient Story",
         "Write to the patient and family to thank them and confirm the changes made to discharge letters at Scunthorpe General Hospital.",
         "Chief Nurse", "06/09/2024", "",
         "Letter sent 22 August 2024.", "Green"],
        ["TB/24/52", "01/10/2024", "TB 24/160", "Estates Backlog Maintenance",
         "Provide an update on the Diana, Princess of Wales Hospital roof replacement programme and the interim risk controls in place.",
         "Director of Estates and Facilities", "05/11/2024", "",
         "Not received at November Board – carried forward.", "Red"],
        ["TB/24/57", "05/11/2024", "TB 24/183", "Board Assurance Framework",
         "Review the risk appetite statement for strategic objective 2 (quality and safety) at a Board development session.",
         "Associate Director of Corporate Governance", "Feb-25", "",
         "Scheduled for the February 2025 Board development session.", "Amber"],
        ["TB/24/58", "05/11/2024", "TB 24/185", "Digital Strategy Update",
         "Circulate the electronic patient record (EPR) benefits realisation plan to Board members.",
         "SH / KW", "29/11/2024", "",
         "", "Amber"],
        [],
        ["Summary: 8 actions on the log – 3 completed (proposed for closure), 4 in progress, 1 overdue."],
        ["Completed actions are removed from the log once the Board approves their closure."],
    ]
    with open(out("kf2-northern-lincolnshire-goole-nhsft-trust-board-public-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


# =========================================================================== 5. maternity xlsx
def make_maternity():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Front sheet"
    ws["A1"] = "County Durham and Darlington NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Maternity and Neonatal Improvement Plan 2024-26"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Incorporating the CQC maternity inspection (2023) must-do and should-do actions, the Ockenden "
                "immediate and essential actions (IEAs) and the Three-Year Delivery Plan")
    ws["A5"] = "Version 7 – position at 31 January 2025"
    ws["A6"] = "Governance route: Maternity and Neonatal Safety Champions > Quality Committee > Board of Directors"
    ws["A8"] = "BRAG rating"
    ws["A8"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("B", "Complete and evidenced"),
        ("G", "On track"),
        ("A", "At risk of delay – mitigation in place"),
        ("R", "Off track / overdue"),
    ], start=9):
        ws.cell(i, 1).fill = fill(FILLS[k])
        ws.cell(i, 2, v)
    ws["A14"] = "Executive lead for maternity: Chief Nurse. Board Maternity Safety Champion: Non-Executive Director."
    widths(ws, [14, 90])

    s = wb.create_sheet("Improvement Plan")
    s["A1"] = "Maternity and Neonatal Improvement Plan – action tracker"
    s["A1"].font = Font(bold=True, size=13)
    s.merge_cells("A1:K1")
    header = ["Ref", "Source", "Finding / recommendation", "Action", "Accountable lead", "Start date",
              "Original due date", "Revised due date", "Progress update (January 2025)", "Previous BRAG", "Current BRAG"]
    for i, h in enumerate(header, start=1):
        c = s.cell(2, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    themes = [
        ("Theme 1: Safe staffing and workforce", [
            ("The trust must ensure there are sufficient numbers of suitably qualified midwifery staff on each shift.", [
                ("M1.1", "CQC Must Do",
                 "Complete the Birthrate Plus review and present the midwifery establishment business case to the Executive Team.",
                 "Director of Midwifery", D(2024, 4, 1), D(2024, 9, 30), D(2024, 12, 31),
                 "Birthrate Plus report received in November; business case approved by the Executive Team on 16 December 2024.",
                 "A", "B"),
                ("M1.2", "CQC Must Do",
                 "Introduce twice-daily staffing huddles using the acuity tool, with escalation in line with the maternity escalation policy.",
                 "Head of Midwifery / Maternity Matrons", D(2024, 5, 1), D(2024, 7, 31), None,
                 "Huddles embedded at University Hospital of North Durham and Darlington Memorial Hospital; acuity tool compliance 87% in December.",
                 "G", "G"),
            ]),
            ("Retain the midwifery workforce in line with the NHS England retention self-assessment.", [
                ("M1.3", "Three-Year Delivery Plan",
                 "Appoint a retention midwife and refresh the preceptorship programme for newly qualified midwives.",
                 "Deputy Director of Midwifery", D(2024, 6, 1), D(2025, 3, 31), None,
                 "Retention midwife in post from October 2024; preceptorship programme relaunched in January.",
                 "G", "G"),
            ]),
        ]),
        ("Theme 2: Safe care and risk assessment", [
            ("The trust must ensure that risk assessments are completed for women at each antenatal appointment and on admission.", [
                ("M2.1", "CQC Must Do",
                 "Roll out the revised antenatal risk assessment in BadgerNet, with a monthly audit of completion.",
                 "Clinical Director for Obstetrics", D(2024, 4, 1), D(2024, 10, 31), D(2025, 2, 28),
                 "BadgerNet change went live on 6 January 2025; first audit due in February.",
                 "A", "A"),
            ]),
            ("Women with complex pregnancies must have a named consultant lead (Ockenden IEA 4).", [
                ("M2.2", "Ockenden IEA 4",
                 "Audit named consultant allocation for women on consultant-led pathways and act on any gaps.",
                 "Consultant Obstetrician (Fetal Medicine Lead)", D(2024, 7, 1), D(2024, 12, 31), D(2025, 3, 31),
                 "Audit of 60 records completed; 8 gaps found at Darlington. Re-audit planned after the job plan changes.",
                 "G", "R"),
            ]),
            ("Reduce stillbirth and neonatal death rates in line with the national ambition.", [
                ("M2.3", "MBRRACE-UK",
                 "Implement element 2 (fetal growth restriction) of the Saving Babies' Lives Care Bundle version 3 to full compliance.",
                 "Saving Babies' Lives Lead Midwife", D(2024, 4, 1), "Q4 2024/25", None,
                 "Compliance 78% at the last LMNS assurance visit.",
                 "A", "G"),
            ]),
        ]),
        ("Theme 3: Listening to women and families", [
            ("The trust must listen to women and families and involve them in improving services (Ockenden IEA 2).", [
                ("M3.1", "Ockenden IEA 2",
                 "Work with the LMNS to recruit to the independent senior advocate role.",
                 "Director of Midwifery and LMNS Programme Lead", D(2024, 4, 1), D(2024, 6, 30), None,
                 "National guidance on the role is still awaited; interim arrangements through the MNVP.",
                 "A", "R"),
                ("M3.2", "Ockenden IEA 2",
                 "Co-produce the postnatal ward improvement plan with the Maternity and Neonatal Voices Partnership.",
                 "Maternity Matron (Postnatal Services)", D(2024, 9, 1), D(2025, 3, 31), None,
                 "15 Steps walkabout completed with the MNVP in November; plan drafted.",
                 None, "G"),
            ]),
            ("The trust should ensure complaints are responded to within the timescales set out in its policy.", [
                ("M3.3", "CQC Should Do",
                 "Introduce a weekly review of the complaints tracker at the Maternity Governance meeting.",
                 "Maternity Governance Lead", D(2024, 5, 1), D(2024, 8, 31), None,
                 "Weekly review in place since July; 92% of complaints answered within timescale in Q3.",
                 "G", "B"),
            ]),
        ]),
    ]
    r = 3
    for theme, findings in themes:
        s.cell(r, 1, theme).font = Font(bold=True)
        for col in range(1, 12):
            s.cell(r, col).fill = fill(GREY)
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for finding, actions in findings:
            first = r
            for ref, source, action, lead, start, due, revised, progress, prev, cur in actions:
                vals = [ref, source, None, action, lead, start, due, revised, progress, None, None]
                for col, v in enumerate(vals, start=1):
                    c = s.cell(r, col, v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    s.cell(r, 10).fill = fill(FILLS[prev])
                s.cell(r, 11).fill = fill(FILLS[cur])
                r += 1
            s.cell(first, 3, finding).alignment = WRAP
            if r - 1 > first:
                s.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    s.cell(r, 1, "Summary (current BRAG)").font = Font(bold=True)
    s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for i, (k, n) in enumerate([("Blue", 2), ("Green", 4), ("Amber", 1), ("Red", 2), ("Total", 9)]):
        s.cell(r + 1 + i, 1, k)
        s.cell(r + 1 + i, 2, n)
    widths(s, [7, 16, 38, 48, 26, 11, 11, 11, 45, 9, 9])
    s.freeze_panes = "A3"

    g = wb.create_sheet("Glossary")
    for i, (k, v) in enumerate([
        ("Term", "Meaning"),
        ("BRAG", "Blue, red, amber, green rating"),
        ("IEA", "Immediate and essential action (Ockenden report, 2020 and 2022)"),
        ("LMNS", "Local Maternity and Neonatal System"),
        ("MNVP", "Maternity and Neonatal Voices Partnership"),
        ("MBRRACE-UK", "Mothers and Babies: Reducing Risk through Audits and Confidential Enquiries"),
    ], start=1):
        g.cell(i, 1, k)
        g.cell(i, 2, v)
    widths(g, [14, 70])
    wb.save(out("kf2-county-durham-darlington-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# =========================================================================== 6. risk register xlsx (refuse)
def make_risk_register():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = "Basildon Borough Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 – position at 31 December 2025 (Audit and Risk Committee, 28 January 2026)"
    header = ["Risk ref", "Risk title and description", "Risk owner", "Inherent score (L x I)", "Existing controls",
              "Current score", "Target score", "Further action required", "Action owner", "Target date",
              "Progress", "Status"]
    for i, h in enumerate(header, start=1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR01", "Financial sustainability\nThe Council is unable to set a balanced budget and deliver the Medium Term Financial Strategy because of demand pressures and uncertain funding.",
         "Section 151 Officer", "4 x 5 = 20",
         "MTFS refreshed annually; monthly budget monitoring to CMT; savings tracker.", "16", "12", [
             ("Deliver the 2025/26 savings programme of £2.1m and report progress monthly to the Corporate Management Team.",
              "Director of Resources", "March 2026", "£1.6m delivered or on track at month 8.", "Amber"),
             ("Refresh the reserves strategy alongside the 2026/27 budget.",
              "Section 151 Officer", "Febuary 2026", "Draft presented to Cabinet briefing in December.", "Green"),
         ]),
        ("CR02", "Cyber security\nA successful cyber attack disrupts services and leads to loss of data.",
         "Director of Resources", "4 x 5 = 20",
         "Firewall and endpoint protection; MFA for all users; annual penetration test.", "15", "10", [
             ("Complete the Cyber Assessment Framework self-assessment and agree an improvement plan.",
              "Head of ICT", "April 2026", "Self-assessment 70% complete.", "Green"),
             ("Run a cyber incident exercise with the Corporate Leadership Team.",
              "Head of ICT / Emergency Planning Officer", "January 2026", "Exercise date being agreed with the LGA.", "Amber"),
         ]),
        ("CR03", "Temporary accommodation\nDemand for and cost of temporary accommodation exceed the budget and available supply.",
         "Director of Place", "5 x 4 = 20",
         "Homelessness prevention team; weekly TA placement panel; acquisitions programme.", "20", "12", [
             ("Open the Council-owned temporary accommodation scheme at Brooke House.",
              "Head of Housing", "June 2026", "Refurbishment contract let in November.", "Green"),
             ("Review the homelessness prevention offer and the use of the prevention fund.",
              "Homelessness and Housing Options Manager", "December 2025", "Review reported to Housing Committee on 10 December.", "Complete"),
         ]),
        ("CR04", "Local government reorganisation\nThe Council lacks capacity to take part in LGR in Greater Essex while maintaining services.",
         "Chief Executive", "4 x 4 = 16",
         "Member working group; joint programme with Essex authorities.", "12", "8", [
             ("Establish an LGR programme board and resourcing plan.",
              "Chief Executive", "October 2025", "Programme board meeting monthly since October.", "Complete"),
         ]),
    ]
    r = 5
    for ref, desc, owner, inherent, controls, current, target, actions in risks:
        first = r
        for action, aowner, when, progress, status in actions:
            for col, v in enumerate([action, aowner, when, progress, status], start=8):
                c = ws.cell(r, col, v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
        for col, v in enumerate([ref, desc, owner, inherent, controls, current, target], start=1):
            c = ws.cell(first, col, v)
            c.alignment = WRAP
            c.border = BOX
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        sc = int(current)
        ws.cell(first, 6).fill = fill(RED if sc >= 15 else AMBER if sc >= 8 else GREEN)
    widths(ws, [8, 40, 18, 12, 36, 9, 9, 48, 24, 14, 36, 10])
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring: Likelihood (1-5) x Impact (1-5)"
    m["A1"].font = Font(bold=True)
    for i, lab in enumerate(["Likelihood \\ Impact", 1, 2, 3, 4, 5], start=1):
        m.cell(3, i, lab).font = Font(bold=True)
    for li in range(5, 0, -1):
        row = 3 + (6 - li)
        m.cell(row, 1, li).font = Font(bold=True)
        for im in range(1, 6):
            v = li * im
            c = m.cell(row, 1 + im, v)
            c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
    m["A10"] = "15-25 High (red); 8-14 Medium (amber); 1-7 Low (green)"
    wb.save(out("kf2-basildon-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"))


# =========================================================================== 7. highlight report docx
def make_highlight():
    doc = docx.Document()
    p = doc.add_paragraph("Chelmsford City Council")
    p.runs[0].bold = True
    doc.add_paragraph("Transformation Programme Highlight Report", style="Title")

    add_table(doc, ["Report details", ""], [
        ["Programme", "Chelmsford Transformation Programme (Phase 2)"],
        ["Reporting period", "1 October – 30 November 2025"],
        ["Report to", "Transformation Board, 10 December 2025"],
        ["Programme sponsor", "Chief Executive"],
        ["Programme manager", "Transformation Programme Manager"],
        ["Overall status", "Amber"],
    ])

    doc.add_heading("Programme summary", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. The customer portal went live in November and building condition "
        "surveys are complete. The Civic Centre letting has moved to Red after the preferred tenant withdrew, and "
        "the Board is asked to note the revised forecast for telephony migration.")
    t = add_table(doc, ["Dimension", "Last period", "This period"], [
        ["Schedule", "A", "A"],
        ["Budget", "G", "G"],
        ["Benefits", "A", "G"],
        ["Resources", "R", "A"],
    ])
    for row in t.rows[1:]:
        for ci in (1, 2):
            shade(row.cells[ci], FILLS[row.cells[ci].text])
    doc.add_paragraph("Status key: G = on track; A = at risk but recoverable; R = off track, Board decision needed; "
                      "Complete = milestone delivered.")

    header = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Status", "Commentary"]
    workstreams = [
        ("Workstream A: Customer and Digital", [
            ("A1", "Launch the new customer portal for council tax and waste services.",
             "Digital Services Manager", "Sep-25", "Nov-25", "Complete",
             "Went live on 4 November 2025; 3,200 accounts created in the first four weeks."),
            ("A2", "Migrate the telephony platform to a cloud contact centre.",
             "Head of Digital Services", "Dec-25", "Feb-26", "A",
             "Supplier testing delayed; cutover moved to February to avoid the council tax billing peak."),
            ("A3", "Introduce web chat with automated answers for the ten most common enquiry types.",
             "Customer Services Manager", "Mar-26", "Mar-26", "G", "Enquiry analysis complete."),
            ("A4", "Complete an accessibility audit of the council website against WCAG 2.2 AA.",
             "Jo Harris and Priya Shah", "Jan-26", "Jan-26", "G", "Audit supplier appointed."),
        ]),
        ("Workstream B: Assets and Accommodation", [
            ("B1", "Vacate the second floor of the Civic Centre and agree heads of terms with a public sector tenant.",
             "Director of Connected Chelmsford", "Oct-25", "Jun-26", "R",
             "Preferred tenant withdrew in October; options paper to the Board in January."),
            ("B2", "Complete condition surveys of all operational buildings.",
             "Property Services Manager", "Nov-25", "Nov-25", "Complete", "All 46 surveys received."),
            ("B3", "Approve the asset disposal programme for 2026/27.",
             "Director of Connected Chelmsford / Section 151 Officer", "Q4 2025/26", "Q4 2025/26", "G",
             "Shortlist of sites to Cabinet in February."),
        ]),
        ("Workstream C: Ways of Working", [
            ("C1", "Roll out Microsoft 365 training to all staff, with a digital champion in each service.",
             "HR and OD Manager", "Dec-25", "Dec-25", "G", "78% of staff have completed the core module."),
            ("C2", "Agree the hybrid working policy with the trade unions and publish it.",
             "Head of People", "Sep-25", "Jan-26", "A", "Consultation extended at the request of the unions."),
            ("C3", "Deliver the leadership development programme to the first cohort of 40 managers.",
             "Head of People", "Mar-26", "Mar-26", "G", "Cohort 1 started on 15 October."),
        ]),
    ]
    for heading, rows in workstreams:
        doc.add_heading(heading, level=1)
        t = add_table(doc, header, [list(r) for r in rows])
        for row in t.rows[1:]:
            st = row.cells[5].text
            shade(row.cells[5], BLUE if st == "Complete" else FILLS[st])

    doc.add_heading("Financial summary", level=1)
    add_table(doc, ["Budget line", "Approved budget", "Spent to date", "Forecast outturn"], [
        ["Programme team", "£420,000", "£268,000", "£415,000"],
        ["Digital platforms", "£610,000", "£332,000", "£640,000"],
        ["Accommodation works", "£250,000", "£41,000", "£230,000"],
        ["Total", "£1,280,000", "£641,000", "£1,285,000"],
    ])
    doc.add_heading("Next steps", level=1)
    doc.add_paragraph("Options paper on the Civic Centre to the January Board; telephony cutover plan to be "
                      "confirmed with the supplier by 19 December 2025.")
    doc.save(out("kf2-chelmsford-city-council-transformation-programme-highlight-report.docx"))


if __name__ == "__main__":
    make_sar()
    make_dhr()
    make_csp()
    make_board_log()
    make_maternity()
    make_risk_register()
    make_highlight()
    print("done")
