"""Build the seven zfr- blind test files (set heldout819).

Run with /work/main/.venv/bin/python zfr_make.py from any directory; files are written beside this script.
"""
import csv
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers
BLUE, GREEN, AMBER, RED, GREY = "FF0070C0", "FF00B050", "FFFFC000", "FFFF0000", "FFD9D9D9"
HEAD = "FF1F3864"
LIGHT = "FFDEEAF6"
thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, dd):
    return datetime(y, m, dd)


def header_row(ws, row, headers, colour=HEAD):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_paras(cell, text, bold=False):
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    r = cell.paragraphs[0].add_run(parts[0])
    r.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ================================================================ 1. YAS well-led review (xlsx)
def yas_well_led():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Yorkshire Ambulance Service NHS Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "External Well-Led Review 2024 – Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [
        ("Version", "v1.6"),
        ("Date", "04/03/2025"),
        ("Owner", "Associate Director of Corporate Governance"),
        ("Reporting to", "Trust Board (in public) – 27 March 2025"),
        ("Previously reviewed", "Audit and Risk Committee – 16 January 2025"),
    ]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        cov.cell(row=i, column=1).border = BOX
        cov.cell(row=i, column=2).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("Blue", BLUE, "Action complete and evidence of embedding provided"),
        ("Green", GREEN, "On track to deliver by the target date"),
        ("Amber", AMBER, "At risk – mitigation in place or revised date agreed"),
        ("Red", RED, "Off track – revised date exceeded or no agreed mitigation"),
    ]
    for i, (w, col, meaning) in enumerate(key, start=12):
        c = cov.cell(row=i, column=1, value=w)
        c.fill = fill(col)
        c.border = BOX
        cov.cell(row=i, column=2, value=meaning).border = BOX
    set_widths(cov, [22, 70])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "External Well-Led Review 2024 – Action Plan (position as at 28 February 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Review undertaken April–June 2024 against the NHS England well-led framework; "
                "final report received by the Board on 25 July 2024.")
    ws.merge_cells("A2:I2")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Recommendation", "Action", "Executive Lead", "Original Target Date",
                       "Revised Target Date", "Progress Update", "Previous RAG (Dec-24)", "Current RAG (Feb-25)"])

    plan = [
        ("KLOE 1: Leadership capacity and capability", [
            ("Recommendation 1: The Board should strengthen succession planning for executive and senior "
             "leadership roles, including a development programme for aspiring directors.", [
                ("1.1", "Develop and approve an executive and senior leadership succession plan, reviewed annually "
                        "by the Remuneration and Nominations Committee.",
                 "Director of People and Organisational Development", d(2024, 9, 30), d(2024, 12, 31),
                 "Succession plan approved by the Remuneration and Nominations Committee on 12 December 2024.",
                 "Amber", "Blue"),
                ("1.2", "Launch the ‘Aspiring Directors’ development programme for staff at Band 8c and above, "
                        "with a first cohort of 12 participants.",
                 "Director of People and Organisational Development", d(2025, 3, 31), None,
                 "Programme designed with the NHS Leadership Academy; applications closed 14 February 2025.",
                 "Green", "Green"),
            ]),
        ]),
        ("KLOE 3: Culture of high quality, sustainable care", [
            ("Recommendation 2: The Trust should accelerate its response to concerns raised through Freedom to "
             "Speak Up, ensuring that themes are triangulated with other people and quality data and reported "
             "to the Board.", [
                ("2.1", "Introduce a quarterly triangulation report combining FTSU themes, grievances, exit "
                        "interviews and staff survey data for the People Committee.",
                 "Director of People and Organisational Development / Freedom to Speak Up Guardian",
                 d(2024, 10, 31), d(2025, 2, 28),
                 "First report drafted; data feed from the HR case management system delayed.",
                 "Red", "Amber"),
                ("2.2", "Recruit two additional Freedom to Speak Up champions in each operational area "
                        "(EOC, A&E Operations, IUC/111 and PTS).",
                 "Chief Operating Officer", d(2024, 12, 31), None,
                 "Ten champions recruited and trained; listed on the intranet.",
                 "Green", "Blue"),
            ]),
        ]),
        ("KLOE 4: Responsibilities, roles and systems of accountability", [
            ("Recommendation 3: The Trust should review its committee structure to reduce duplication between "
             "the Quality Committee and the Finance and Performance Committee and clarify escalation routes "
             "from the Trust Management Group.", [
                ("3.1", "Review Board committee terms of reference and cycles of business, with revised terms "
                        "of reference approved by the Board.",
                 "Associate Director of Corporate Governance", d(2024, 11, 30), None,
                 "Revised terms of reference approved by the Board on 28 November 2024.",
                 "Green", "Blue"),
                ("3.2", "Publish a governance handbook setting out the escalation framework from divisional "
                        "governance meetings to the Trust Management Group and Board committees.",
                 "Associate Director of Corporate Governance", d(2025, 1, 31), d(2025, 4, 30),
                 "Draft handbook out for consultation with divisional directors until 21 March 2025.",
                 "Green", "Amber"),
            ]),
        ]),
        ("KLOE 5: Processes for managing risks, issues and performance", [
            ("Recommendation 4: The Board Assurance Framework should be refreshed so that each strategic risk has "
             "clearly articulated controls, assurances and gaps, with target risk scores and dates for "
             "achieving them.", [
                ("4.1", "Refresh the Board Assurance Framework in line with the Trust’s strategic ambitions for "
                        "2024-2029 and present it to the Board for approval.",
                 "Chief Executive", d(2024, 9, 30), None,
                 "Refreshed BAF approved by the Board on 26 September 2024.",
                 "Blue", "Blue"),
                ("4.2", "Deliver a Board development session on risk appetite, facilitated by the internal "
                        "auditors.",
                 "Chair / Associate Director of Corporate Governance", d(2025, 3, 31), None,
                 "Session booked for 20 March 2025.",
                 "Green", "Green"),
            ]),
        ]),
        ("KLOE 6: Appropriate and accurate information", [
            ("Recommendation 5: The Trust should improve its Integrated Performance Report, using statistical "
             "process control charts and narrative that focuses on assurance rather than description.", [
                ("5.1", "Redesign the Integrated Performance Report using the ‘Making Data Count’ methodology, "
                        "with the revised report presented to the Board.",
                 "Executive Director of Finance", d(2024, 12, 31), d(2025, 5, 31),
                 "Business intelligence team capacity diverted to winter reporting; revised date to be "
                 "confirmed at the March Audit and Risk Committee.",
                 "Amber", "Red"),
            ]),
        ]),
    ]
    colours = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    row = 5
    for kloe, recs in plan:
        ws.cell(row=row, column=1, value=kloe).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill(LIGHT)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for rec, actions in recs:
            first = row
            for (ref, act, lead, orig, rev, prog, prev, cur) in actions:
                vals = [ref, rec if row == first else None, act, lead, orig, rev, prog, prev, cur]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=row, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=row, column=5).number_format = "mmm-yy"
                ws.cell(row=row, column=6).number_format = "mmm-yy"
                ws.cell(row=row, column=8).fill = fill(colours[prev])
                ws.cell(row=row, column=9).fill = fill(colours[cur])
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="Note: revised target dates were approved by the Audit and Risk Committee "
                                     "on 16 January 2025.").font = Font(italic=True)
    set_widths(ws, [7, 45, 50, 30, 12, 12, 45, 11, 11])
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current RAG rating"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 2, ["Current RAG", "Number of actions"])
    for i, (w, n) in enumerate([("Blue", 4), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total", 9)], start=3):
        c = sm.cell(row=i, column=1, value=w)
        if w in colours:
            c.fill = fill(colours[w])
        sm.cell(row=i, column=2, value=n)
    set_widths(sm, [18, 20])
    wb.save(os.path.join(HERE, "zfr-yorkshire-ambulance-service-nhs-trust-well-led-review-action-plan.xlsx"))


# ================================================================ 2. NLaG MIS year 6 (xlsx)
def nlag_mis():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Northern Lincolnshire and Goole NHS Foundation Trust"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Maternity (and Perinatal) Incentive Scheme – Year 6: Safety Actions Tracker"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = ("Reporting period ends 30/11/2024 | Board declaration to NHS Resolution by 03/03/2025 | "
                "Position as at 14/10/2024")
    titles = {
        1: "Are you using the National Perinatal Mortality Review Tool to review and report perinatal deaths to "
           "the required standard?",
        2: "Are you submitting data to the Maternity Services Data Set (MSDS) to the required standard?",
        3: "Can you demonstrate that you have transitional care services in place to minimise separation of "
           "mothers and their babies?",
        4: "Can you demonstrate an effective system of clinical workforce planning to the required standard?",
        5: "Can you demonstrate an effective system of midwifery workforce planning to the required standard?",
        6: "Can you demonstrate that you are on track to achieve compliance with all elements of the Saving "
           "Babies’ Lives Care Bundle Version Three?",
        7: "Listen to women, parents and families using maternity and neonatal services and coproduce services "
           "with users.",
        8: "Can you evidence the following 3 elements of local training plans and ‘in-house’, one day multi "
           "professional training?",
        9: "Can you demonstrate that there are robust processes in place to provide assurance to the Board on "
           "maternity and neonatal safety and quality issues?",
        10: "Have you reported 100% of qualifying cases to Maternity and Newborn Safety Investigations (MNSI) "
            "programme and to NHS Resolution's Early Notification (EN) Scheme from 8 December 2023 to "
            "30 November 2024?",
    }
    overall = {1: "At risk", 2: "Complete", 3: "Complete", 4: "On track", 5: "Complete", 6: "Off track",
               7: "Complete", 8: "At risk", 9: "Complete", 10: "On track"}
    open_n = {1: 2, 2: 0, 3: 1, 4: 1, 5: 0, 6: 2, 7: 0, 8: 1, 9: 1, 10: 1}
    scol = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    header_row(sm, 5, ["Safety action", "Question", "Actions", "Overall self-assessment"])
    for n in range(1, 11):
        r = 5 + n
        sm.cell(row=r, column=1, value=f"SA{n}")
        sm.cell(row=r, column=2, value=titles[n]).alignment = WRAP
        sm.cell(row=r, column=3, value=open_n[n])
        c = sm.cell(row=r, column=4, value=overall[n])
        c.fill = fill(scol[overall[n]])
        for ci in range(1, 5):
            sm.cell(row=r, column=ci).border = BOX
    sm["A18"] = "Status key"
    sm["A18"].font = Font(bold=True)
    keyrows = [("Complete", "Complete (Blue) – evidence approved by the safety action lead"),
               ("On track", "On track (Green) – expected to be met by 30/11/2024"),
               ("At risk", "At risk (Amber) – risk that the standard will not be met; recovery plan in place"),
               ("Off track", "Off track (Red) – standard will not be met without escalation")]
    for i, (w, txt) in enumerate(keyrows, start=19):
        c = sm.cell(row=i, column=1, value=w)
        c.fill = fill(scol[w])
        sm.cell(row=i, column=2, value=txt)
    set_widths(sm, [14, 80, 13, 24])

    actions = {
        1: [
            ("1a", "All eligible perinatal deaths notified to MBRRACE-UK within 7 working days and surveillance "
                   "information completed within one month of the death.",
             "Weekly check of MBRRACE-UK notifications by the Bereavement Midwife, with any exceptions escalated "
             "to the Maternity Governance Lead.",
             "Claire Dunmore", d(2024, 11, 30), "SA1 > Notifications log", "On track", ""),
            ("1b", "A review using the PMRT started within two months of each death, and a multidisciplinary "
                   "review completed to the draft report stage within six months.",
             "Schedule monthly PMRT panels with external obstetric and neonatal representation and clear the "
             "backlog of 3 reviews awaiting external panel members.",
             "Claire Dunmore & Dr Rehan Qureshi", d(2024, 10, 31), "SA1 > PMRT panel minutes", "At risk",
             "External neonatologist confirmed from Hull for November panel."),
        ],
        4: [
            ("4a", "Obstetric medical workforce: the Trust has implemented the RCOG guidance on the engagement "
                   "of long-term locums and on compensatory rest.",
             "Audit six months of long-term locum engagement against the RCOG checklist and present the findings "
             "to the Trust Board through the Maternity Safety Champions.",
             "Dr Helen Price", d(2024, 12, 31), "SA4 > Locum audit", "On track", "Audit data collection complete."),
        ],
        6: [
            ("6a", "Quarterly quality improvement discussions held with the ICB (LMNS), including details of "
                   "element-specific improvement work.",
             "Submit the quarterly SBLCB v3 implementation tool to the LMNS and attend the quarterly assurance "
             "meeting.",
             "Joanne Ashby", "Quarterly", "SA6 > LMNS submissions", "On track", "Q2 submission sent 07/10/2024."),
            ("6b", "Implementation of at least 70% of interventions across all six elements overall, and at "
                   "least 50% in each individual element.",
             "Element 2 (fetal growth restriction): implement the uterine artery Doppler pathway for women at "
             "high risk, including an ultrasound capacity plan.",
             "Joanne Ashby / Dr Helen Price", d(2025, 1, 31), "SA6 > Element 2", "Off track",
             "Sonographer vacancies at Scunthorpe; escalated to the Divisional Board."),
        ],
        8: [
            ("8a", "90% of each relevant staff group has attended the ‘in-house’ one day multi-professional "
                   "training (PROMPT), including fetal monitoring training.",
             "Release obstetric anaesthetists for PROMPT by protecting 4 places per session; weekly compliance "
             "report by staff group to the Maternity Safety Champions.",
             "Lucy Ferns & Dr Tom Bexley", d(2024, 11, 30), "SA8 > Training compliance", "At risk",
             "Anaesthetic compliance 78% at 30/09/2024."),
        ],
        10: [
            ("10a", "Report 100% of qualifying cases to MNSI and to NHS Resolution's Early Notification Scheme for "
                    "the period 8 December 2023 to 30 November 2024.",
             "Reconcile monthly the qualifying Datix incidents against MNSI referrals and EN submissions, and "
             "confirm that Duty of Candour letters have been issued.",
             "Maternity Governance Lead", d(2024, 11, 30), "SA10 > Reconciliation", "On track", ""),
        ],
    }
    actions[3] = [
        ("3a", "Pathways of care into transitional care are in place for babies between 34+0 and 36+6 weeks, "
               "in line with the BAPM Transitional Care Framework for Practice.",
         "Ratify the revised Transitional Care guideline at the Joint Obstetric and Neonatal Guideline Group and "
         "circulate it to all clinical areas at Scunthorpe and Grimsby.",
         "Sarah Mellor (Neonatal Matron)", d(2024, 9, 30), "SA3 > Guideline", "Complete",
         "Ratified 18/09/2024."),
    ]
    actions[9] = [
        ("9a", "The Perinatal Quality Surveillance Model dashboard is presented to the Trust Board by the "
               "Board-level safety champions at least quarterly.",
         "Add MIS progress and the Perinatal Quality Surveillance Model dashboard to each public Trust Board "
         "agenda from July 2024.",
         "Director of Nursing, Midwifery and AHPs", d(2024, 7, 31), "SA9 > Board papers", "Complete",
         "On agendas for July and September 2024."),
    ]
    for n in range(1, 11):
        ws = wb.create_sheet(f"SA{n}")
        ws["A1"] = f"Safety Action {n}: {titles[n]}"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A1"].alignment = Alignment(wrap_text=True)
        ws.merge_cells("A1:H1")
        ws.row_dimensions[1].height = 32
        ws["A2"] = "Position as at 14/10/2024 – see Summary for the overall self-assessment"
        ws["A2"].font = Font(italic=True)
        header_row(ws, 4, ["Ref", "Required standard", "Action to achieve compliance", "Lead(s)", "Due date",
                           "Evidence (MIS SharePoint folder)", "Status", "Comments"])
        acts = actions.get(n, [])
        if not acts:
            ws["A5"] = "No actions required – all required standards met; evidence approved by the safety action lead (12/09/2024)."
            ws.merge_cells("A5:H5")
        for i, (ref, std, act, lead, due, ev, st, com) in enumerate(acts, start=5):
            vals = [ref, std, act, lead, due, ev, st, com or None]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=i, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=i, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=i, column=7).fill = fill(scol[st])
        set_widths(ws, [6, 45, 50, 24, 12, 24, 11, 34])
    wb.save(os.path.join(HERE, "zfr-northern-lincolnshire-and-goole-nhsft-cnst-mis-year-6-safety-actions-tracker.xlsx"))


# ================================================================ 3. C&M ICB CRR actions (xlsx, refuse)
def cm_icb_crr():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Actions Q2"
    ws["A1"] = "NHS Cheshire and Merseyside Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Risk Register – Mitigating Actions Tracker, Quarter 2 2025/26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Presented to: Audit Committee, 16 October 2025 | Position as at 30 September 2025"
    header_row(ws, 5, ["Risk ref", "Risk title", "Risk owner", "Current score (L x I)", "Target score",
                       "Action ref", "Mitigating action", "Action lead", "Due date", "Progress this quarter", "RAG"])
    risks = [
        ("CM01", "Insufficient urgent and emergency care capacity leads to delays in ambulance handover and "
                 "avoidable patient harm", "Chief Operating Officer", "4 x 5 = 20", "3 x 4 = 12", [
            ("CM01.1", "Agree and monitor 45-minute maximum handover plans with each acute provider and NWAS.",
             "Director of Urgent and Emergency Care", "Dec-2025",
             "Plans agreed with 7 of 9 acute trusts; two outstanding at Wirral and Warrington.", "A"),
            ("CM01.2", "Commission additional virtual ward capacity to 40 beds per 100,000 adult population.",
             "Associate Director of Community Services", "31/03/2026",
             "Capacity at 33 beds per 100,000; Place mobilisation plans approved.", "G"),
            ("CM01.3", "Deliver the winter communications campaign promoting NHS 111 and pharmacy services.",
             "Head of Communications", "Q3 2025/26", "Campaign assets approved; launch 3 November.", "G"),
        ]),
        ("CM02", "Failure to deliver the 2025/26 financial plan and underlying deficit reduction",
         "Chief Finance Officer", "4 x 4 = 16", "3 x 4 = 12", [
            ("CM02.1", "Implement the system-wide grip and control measures, including vacancy control panels "
                       "and agency spend caps, across all providers.",
             "Deputy Chief Finance Officer", "Ongoing",
             "Agency spend 14% below plan at month 6.", "G"),
            ("CM02.2", "Complete the review of continuing healthcare packages over £3,000 per week and agree "
                       "revised packages where appropriate.",
             "Director of All Age Continuing Care", "Novmber 2025",
             "312 of 540 packages reviewed; savings of £2.1m identified.", "A"),
        ]),
        ("CM04", "Reductions in ICB running costs required by the model ICB blueprint affect capacity to "
                 "discharge statutory duties", "Chief People Officer", "4 x 4 = 16", "2 x 4 = 8", [
            ("CM04.1", "Complete staff consultation on the revised ICB structure and confirm the voluntary "
                       "redundancy scheme.", "Chief People Officer", "31/12/2025",
             "Consultation opened 1 September 2025.", "G"),
            ("CM04.2", "Map statutory duties to the new structure and identify any functions for transfer to "
                       "providers or the regional team.", "Associate Director of Corporate Affairs and Governance",
             "Jan-2026", "Duties mapping 60% complete.", "A"),
        ]),
        ("CM07", "A cyber security incident affecting ICB or provider systems disrupts patient care",
         "Chief Digital Officer", "3 x 5 = 15", "2 x 5 = 10", [
            ("CM07.1", "Carry out a system-wide cyber incident exercise with all providers and Mersey Internal "
                       "Audit Agency.", "Head of Digital Security", "Mar-2026",
             "Exercise scenario agreed with providers.", "G"),
        ]),
    ]
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    row = 6
    for rid, title, owner, cur, tgt, acts in risks:
        first = row
        for (aref, act, lead, due, prog, r) in acts:
            vals = [rid, title, owner, cur, tgt] if row == first else [None] * 5
            vals += [aref, act, lead, due, prog, r]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=row, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=row, column=11).fill = fill(rag[r])
            row += 1
        if row - 1 > first:
            for ci in range(1, 6):
                ws.merge_cells(start_row=first, start_column=ci, end_row=row - 1, end_column=ci)
    row += 1
    ws.cell(row=row, column=1, value="RAG: R = off track, A = some slippage, G = on track, B = complete")
    ws.cell(row=row + 1, column=1, value="Risks scoring 15 and above are reported to the Board each quarter.")
    set_widths(ws, [8, 34, 20, 12, 11, 9, 48, 28, 13, 40, 6])
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    for i in range(1, 6):
        mx.cell(row=2, column=i + 1, value=i).font = Font(bold=True)
        mx.cell(row=2 + i, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s = i * j
            c = mx.cell(row=2 + i, column=j + 1, value=s)
            c.fill = fill(GREEN if s <= 4 else AMBER if s <= 9 else "FFFF9900" if s <= 14 else RED)
    mx["A9"] = "1-4 Low | 5-9 Moderate | 10-14 High | 15-25 Extreme"
    wb.save(os.path.join(HERE, "zfr-nhs-cheshire-and-merseyside-icb-corporate-risk-register-action-tracker-typo-month-refuse.xlsx"))


# ================================================================ 4. CTM UHB HIW Maesteg (docx)
def ctm_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Cwm Taf Morgannwg University Health Board")
    doc.add_heading("Healthcare Inspectorate Wales Inspection – Maesteg Community Hospital: Improvement Plan", level=0)
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Maesteg Community Hospital")
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=1)
    for line in ["Service: Maesteg Community Hospital", "Ward/department: Inpatient ward",
                 "Date of inspection: 10 and 11 September 2024"]:
        doc.add_paragraph(line)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    cols = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    sections = [
        ("Quality of patient experience", [
            ("Some patients told us that call bells were not always within reach.",
             "The health board must ensure that call bells are always placed within reach of patients.",
             "Health and Care Quality Standards 2023 – Person centred",
             "Call bell placement added to the hourly intentional rounding documentation.\n"
             "Compliance to be audited weekly by the Ward Manager for three months and reported to the Community "
             "Hospitals Quality and Safety meeting.",
             "Ward Manager", "30 November 2024"),
            ("Information about how to raise a concern (Putting Things Right) was not displayed on the ward.",
             "The health board must ensure that Putting Things Right information is displayed and available in "
             "Welsh and English.",
             "Health and Care Quality Standards 2023 – Information; Welsh Language (Wales) Measure 2011",
             "Bilingual Putting Things Right posters and leaflets to be displayed at the ward entrance and in the "
             "day room.",
             "Senior Nurse, Community Hospitals", "October 2024"),
        ]),
        ("Delivery of safe and effective care", [
            ("Medication fridge temperatures in the clean utility room had not been recorded on 9 days in "
             "August 2024.",
             "The health board must ensure that medication fridge temperatures are checked and recorded daily, "
             "and that action is taken when readings are outside the required range.",
             "Health and Care Quality Standards 2023 – Safe",
             "Daily fridge temperature checks added to the nurse in charge checklist.\n"
             "Medicines management audit to be completed monthly by the Community Hospitals Pharmacist.",
             "Ward Manager / Community Hospitals Pharmacist", "31/10/2024"),
            ("Pressure area risk assessments (PURPOSE T) were not reviewed within the required timescales for "
             "3 of 6 patients.",
             "The health board must ensure that pressure area risk assessments are completed and reviewed in line "
             "with policy.",
             "Health and Care Quality Standards 2023 – Safe; Effective",
             "Tissue viability link nurse to deliver refresher training on PURPOSE T to all registered nurses.\n"
             "Monthly documentation audit to be completed using the Tendable audit app.",
             "Head of Nursing, Community Hospitals", "January 2025"),
            ("Resuscitation trolley checks were incomplete on several dates.",
             "The health board must ensure resuscitation equipment is checked in line with Resuscitation Council "
             "(UK) guidance and health board policy.",
             "Health and Care Quality Standards 2023 – Safe",
             "Daily and weekly resuscitation trolley checks reinforced at safety huddles; checks reviewed by the "
             "Ward Manager each week.",
             "Ward Manager", "Immediate and ongoing"),
        ]),
        ("Quality of management and leadership", [
            ("Compliance with mandatory training was 71%, below the health board target of 85%.",
             "The health board must ensure that staff complete mandatory training, with particular focus on fire "
             "safety and Information Governance.",
             "Health and Care Quality Standards 2023 – Workforce",
             "Protected time for e-learning allocated on the ward rota; individual compliance reviewed at PADR "
             "and monthly 1:1s.",
             "Ward Manager / Senior Nurse, Community Hospitals", "31 March 2025"),
            ("Staff told us that they were not always informed of learning from incidents.",
             "The health board should ensure learning from incidents is shared with all ward staff.",
             "Health and Care Quality Standards 2023 – Learning, improvement and research",
             "Introduce a monthly ‘Learning from events’ bulletin for community hospital staff and a standing "
             "agenda item at ward meetings.",
             "Head of Nursing, Community Hospitals", "December 2024"),
        ]),
    ]
    for heading, rows in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            cell_paras(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cell_paras(cells[i], v)
        doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall "
                      "responsibility and accountability for ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].merge(s.rows[0].cells[1])
    cell_paras(s.rows[0].cells[0], "Service representative", bold=True)
    for i, (k, v) in enumerate([("Name (print):", "Rhian Morgan"),
                                ("Job role:", "Head of Nursing, Community Hospitals"),
                                ("Date:", "14/10/2024")], start=1):
        cell_paras(s.rows[i].cells[0], k, bold=True)
        cell_paras(s.rows[i].cells[1], v)
    doc.save(os.path.join(HERE, "zfr-cwm-taf-morgannwg-uhb-hiw-maesteg-community-hospital-improvement-plan.docx"))


# ================================================================ 5. NHS Fife internal audit follow-up (docx)
def fife_ia():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("NHS Fife")
    doc.add_heading("Internal Audit Follow-Up Report – Outstanding Recommendations", level=0)
    doc.add_paragraph("Report No. B08/25")
    doc.add_paragraph("Audit and Risk Committee – 13 March 2025")
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Issue status", "Final"), ("Prepared by", "Principal Auditor"),
                                ("Reviewed by", "Chief Internal Auditor"), ("Date issued", "27 February 2025"),
                                ("Distribution", "Director of Finance and Strategy; Board Secretary; "
                                                 "Audit and Risk Committee")]):
        cell_paras(dc.rows[i].cells[0], k, bold=True)
        cell_paras(dc.rows[i].cells[1], v)
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This report sets out progress with recommendations from internal audit reports where "
                      "actions were outstanding at 31 January 2025. Management updates were obtained from action "
                      "owners and validated by Internal Audit where indicated.")
    doc.add_heading("Status key", level=2)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    keyrows = [("Complete", "0070C0", "Blue – action complete; evidence validated by Internal Audit"),
               ("On target", "00B050", "Green – in progress within the original target date"),
               ("Revised date agreed", "FFC000", "Amber – original date missed; revised target date agreed by the Committee"),
               ("Overdue", "FF0000", "Red – target date passed and no revised date agreed")]
    for i, (w, col, meaning) in enumerate(keyrows):
        cell_paras(key.rows[i].cells[0], w, bold=True)
        shade(key.rows[i].cells[0], col)
        cell_paras(key.rows[i].cells[1], meaning)

    cols = ["Ref", "Agreed management action", "Action owner", "Original target date", "Revised target date",
            "Status", "Management update"]
    shades = {k[0]: k[1] for k in keyrows}
    audits = [
        ("B14/24 – Medical Equipment Management", "Assurance rating: Limited. Report issued 22 May 2024.", [
            ("Recommendation 1 (Grade 2): The medical equipment inventory should be reconciled to the asset "
             "register and all devices without a service history should be risk assessed.", [
                ("1.1", "Complete a reconciliation of the medical equipment inventory (e-Quip) to the fixed asset "
                        "register for all sites.", "Head of Estates; Medical Physics Manager", "30/09/2024",
                 "31/03/2025", "Revised date agreed",
                 "Reconciliation complete for Victoria Hospital and Queen Margaret Hospital; community sites in "
                 "progress."),
                ("1.2", "Risk assess devices with no recorded planned preventative maintenance and agree a "
                        "replacement or service plan for each.", "Medical Physics Manager", "31/12/2024", "",
                 "Complete", "Validated by Internal Audit in February 2025."),
            ]),
            ("Recommendation 2 (Grade 3): Training records for users of high-risk medical devices should be "
             "held centrally.", [
                ("2.1", "Implement central recording of device training on Turas Learn for infusion devices and "
                        "defibrillators.", "Lead Nurse, Practice Development", "31/03/2025", "", "On target",
                 "Infusion device modules live; defibrillator modules in testing."),
            ]),
        ]),
        ("B21/24 – Waiting Times Management", "Assurance rating: Moderate. Report issued 9 August 2024.", [
            ("Recommendation 1 (Grade 1): Validation of the inpatient and day case waiting lists should be "
             "undertaken in line with the national Waiting Times Guidance and recorded on TrakCare.", [
                ("1.1", "Establish a validation team and complete technical and clinical validation of all "
                        "patients waiting over 52 weeks.", "General Manager, Planned Care", "31/10/2024",
                 "30/04/2025", "Revised date agreed",
                 "Technical validation complete; clinical validation 64% complete."),
                ("1.2", "Produce monthly validation compliance reports for the Planned Care and Surgery "
                        "Directorate performance review.", "Service Manager, Access", "30/11/2024", "",
                 "Overdue", "Report format agreed; first report not yet produced."),
            ]),
        ]),
        ("B27/24 – Information Governance: Subject Access Requests",
         "Assurance rating: Moderate. Report issued 4 October 2024.", [
            ("Recommendation 1 (Grade 2): Compliance with the one-month statutory timescale for subject access "
             "requests should be monitored and reported to the Information Governance and Security Steering "
             "Group.", [
                ("1.1", "Introduce a SAR tracking log with automatic reminders at day 20 and day 28.",
                 "Information Governance Manager", "31/12/2024", "", "Complete",
                 "Log in use since 1 December 2024; validated by Internal Audit."),
                ("1.2", "Report quarterly SAR compliance to the IGSSG, including themes from late responses.",
                 "Information Governance Manager", "31/03/2025", "", "On target",
                 "First report scheduled for the IGSSG on 20 March 2025."),
            ]),
        ]),
    ]
    for title, note, recs in audits:
        doc.add_heading(title, level=1)
        doc.add_paragraph(note)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            cell_paras(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[6])
            cell_paras(m, rec, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate(a):
                    cell_paras(cells[i], v)
                shade(cells[5], shades[a[5]])
    doc.add_heading("Appendix – Summary of status", level=1)
    sm = doc.add_table(rows=6, cols=2)
    sm.style = "Table Grid"
    for i, (k, v) in enumerate([("Status", "Number of actions"), ("Complete", "2"), ("On target", "2"),
                                ("Revised date agreed", "2"), ("Overdue", "1"), ("Total", "7")]):
        cell_paras(sm.rows[i].cells[0], k, bold=(i == 0))
        cell_paras(sm.rows[i].cells[1], v, bold=(i == 0))
    doc.save(os.path.join(HERE, "zfr-nhs-fife-internal-audit-recommendations-follow-up-report.docx"))


# ================================================================ 6. Visiting Angels Worcester CQC (csv)
def va_worcester():
    rows = [
        ["Visiting Angels Worcester – CQC Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Location: Visiting Angels Worcester (domiciliary care agency) | Inspection: 4 and 11 June 2024 | "
         "Report published: 2 August 2024 | Overall rating: Requires Improvement", "", "", "", "", "", "", ""],
        ["Prepared by: Registered Manager | Last updated: 27/09/2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Key question", "Regulation / finding", "Ref", "Action to be taken", "Person responsible", "Target date",
         "Progress update", "RAG"],
        ["Safe", "Regulation 12: Safe care and treatment – risks relating to people's medicines, including "
                 "time-specific medicines, were not always assessed or managed.", "S1",
         "Review all care plans for people receiving time-specific medicines (e.g. Parkinson's medication) and "
         "add call time windows to the rota system.", "Registered Manager", "31/07/2024",
         "All 14 care plans reviewed; call windows set in the rota system.", "Complete"],
        ["", "", "S2", "Complete a competency re-assessment of all care staff in medicines administration.\n"
                       "Staff not re-assessed by the target date to be removed from medicines calls.",
         "Care Coordinator & Field Supervisor", "Sept 2024", "31 of 38 staff re-assessed.", "A"],
        ["", "Regulation 12: Safe care and treatment – risk assessments for people at risk of choking did not "
             "include guidance from the speech and language therapy team (SALT).", "S3",
         "Update choking risk assessments to include SALT recommendations and IDDSI levels; share with staff "
         "through the care app.", "Lee, Dawn", "End of August 2024", "Completed for all 5 people.", "Complete"],
        ["Effective", "Regulation 11: Need for consent – mental capacity assessments were not completed where "
                      "people may have lacked capacity to consent to their care.", "E1",
         "Deliver Mental Capacity Act training to senior staff and complete decision-specific capacity "
         "assessments where required.", "Registered Manager", "31/10/2024",
         "Training booked for 9 October 2024.", "G"],
        ["Well-led", "Regulation 17: Good governance – quality assurance systems did not identify the shortfalls "
                     "found at this inspection.", "W1",
         "Introduce a monthly audit schedule covering MAR charts, daily notes and call punctuality, with findings "
         "reported to the Nominated Individual.", "Nominated Individual & Registered Manager", "Ongoing",
         "MAR and daily notes audits in place from August 2024; call punctuality audit to start in October.", "G"],
        ["", "", "W2", "Implement electronic call monitoring alerts for late and missed calls, with weekly review by "
                       "the office team.", "Care Coordinator", "30/11/2024",
         "Awaiting system upgrade from the software supplier.", "R"],
        ["", "Regulation 19: Fit and proper persons employed – full employment histories had not been obtained "
             "for 3 staff.", "W3",
         "Audit all staff recruitment files and obtain explanations for gaps in employment history; add a "
         "checklist signed off by the Registered Manager before new staff start.", "Office Manager", "Aug-24",
         "Audit complete; gaps explained for all staff.", "Complete"],
        ["", "", "", "", "", "", "", ""],
        ["RAG: R = behind target, A = in progress with some slippage, G = on track, Complete = completed and "
         "evidenced", "", "", "", "", "", "", ""],
        ["This action plan was sent to CQC on 30/08/2024 and is reviewed monthly at the management meeting.",
         "", "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "zfr-visiting-angels-worcester-cqc-home-care-inspection-action-plan.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================ 7. The Grange Medical Centre IPC (txt)
def grange_ipc():
    lines = [
        "The Grange Medical Centre",
        "Infection Prevention and Control (IPC) Annual Audit 2025 – Action Plan",
        "Audit date: 14/01/2025\tAuditor: Karen Booth (KB), Lead Practice Nurse and IPC Lead\tOverall score: 91%",
        "RAG key: R = overdue, A = in progress but target date at risk, G = in progress and on track, B = complete",
        "",
        "No.\tIssue identified\tAction required\tLead\tTarget date\tRAG",
        "1. Environment and premises",
        "1.1\tCarpet remains in consulting room 4, which is used for phlebotomy.\tReplace the carpet in consulting "
        "room 4 with sealed, coved vinyl flooring; room not to be used for phlebotomy until completed.\t"
        "Practice Manager\t31/03/2025\tB",
        "1.2\tDust noted on high surfaces and curtain rails in the treatment room.\tAgree a revised cleaning "
        "specification with the contract cleaners to include weekly high-level dusting; IPC Lead to spot-check "
        "monthly.\tPractice Manager / IPC Lead\tFeb-25\tB",
        "2. Hand hygiene",
        "2.1\t2 of 10 staff observed wearing wrist watches in clinical areas.\tReinforce bare below the elbows at "
        "the practice meeting and add it to the new starter induction checklist.\tKB\tMar-25\tG",
        "2.2\tNo hand hygiene observational audit completed since 2023.\tComplete quarterly hand hygiene "
        "observational audits (10 staff per quarter) and report the results to the partners.\tKB, RT\tQuarterly\tG",
        "3. Sharps and specimens",
        "3.1\tSharps bins in treatment room 2 not signed and dated on assembly.\tAll sharps bins to be labelled on "
        "assembly and closure; add to the weekly room checklist.\tHealthcare Assistants\t28/02/2025\tB",
        "3.2\tSpecimen fridge temperature not recorded on 6 days in December 2024.\tPurchase a data logger for the "
        "specimen fridge and nominate a deputy for temperature checks when the HCA is on leave.\t"
        "Dr S Ahmed and Practice Manager\tApr-25\tA",
        "4. Clinical waste",
        "4.1\tPre-acceptance audit for clinical waste not available on site.\tObtain a copy of the 2024 "
        "pre-acceptance waste audit from the waste contractor and schedule the next audit.\tPractice Manager\t"
        "Q1 2025/26\tA",
        "5. Vaccines and cold chain",
        "5.1\tVaccine fridge 2 more than 80% full during the flu season.\tReview vaccine ordering to keep stock to "
        "no more than 2 weeks' supply; consider purchase of a third fridge before the autumn 2025 campaign.\t"
        "KB / Practice Manager\tSeptember 2025\tG",
        "",
        "Summary: 8 actions - 3 complete (B), 3 on track (G), 2 at risk (A), 0 overdue (R).",
        "Action plan reviewed at the practice meeting on 05/02/2025. Next annual IPC audit due January 2026.",
    ]
    path = os.path.join(HERE, "zfr-the-grange-medical-centre-ipc-annual-audit-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    yas_well_led()
    nlag_mis()
    cm_icb_crr()
    ctm_hiw()
    fife_ia()
    va_worcester()
    grange_ipc()
    print("built 7 files in", HERE)
