#!/usr/bin/env python
"""Build the seven sm- data files for set heldout492.

Run: /work/main/.venv/bin/python sm_make.py   (writes next to this script)
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
D = dt.datetime

RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
NAVY = PatternFill("solid", fgColor="1F3864")
PALE = PatternFill("solid", fgColor="DEEAF6")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------- 1 CHS xlsx
def chs():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Children's Hearings Scotland – Internal Audit Recommendations Tracker"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Audit and Risk Committee – 18 November 2025"
    cv["A3"] = "Agenda item 6.1"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    rows = [("Paper reference", "ARC/2025/41"),
            ("Author", "Corporate Governance Officer"),
            ("Executive lead", "Director of Corporate Services"),
            ("Purpose", "For assurance"),
            ("Version", "v1.2 – updated 4 November 2025")]
    for i, (k, v) in enumerate(rows, start=6):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    boxed(cv, 6, 10, 1, 2)
    cv["A12"] = "RAG key (column I of the Tracker sheet)"
    cv["A12"].font = Font(bold=True)
    key = [(RED, "Target date missed or action unlikely to be achieved"),
           (AMBER, "Progress behind plan – revised date agreed with internal audit"),
           (GREEN, "On track to meet target date"),
           (BLUE, "Implemented – evidence provided, proposed for closure"),
           (None, "Not yet started")]
    for i, (f, t) in enumerate(key, start=13):
        if f:
            cv.cell(i, 1).fill = f
        cv.cell(i, 2, t)
    boxed(cv, 13, 17, 1, 2)
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 70

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Open internal audit actions by priority and RAG status"
    sm["A1"].font = Font(bold=True)
    hdr = ["Priority", "Red", "Amber", "Green", "Blue", "Not started", "Total"]
    data = [["High", 0, 1, 1, 1, 0, 3],
            ["Medium", 1, 1, 1, 0, 1, 4],
            ["Low", 0, 0, 0, 1, 0, 1],
            ["Total", 1, 2, 2, 2, 1, 8]]
    for c, h in enumerate(hdr, 1):
        sm.cell(3, c, h).font = Font(bold=True)
    for r, row in enumerate(data, 4):
        for c, v in enumerate(row, 1):
            sm.cell(r, c, v)
    boxed(sm, 3, 7, 1, 7)
    for c, f in zip(range(2, 6), (RED, AMBER, GREEN, BLUE)):
        sm.cell(3, c).fill = f
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 4 November 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Source: internal audit reports issued under the 2024/25 and 2025/26 internal audit plans"
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original target date", "Revised target date", "Progress update (November 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = NAVY
    widths = [11, 10, 42, 48, 26, 13, 13, 44, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    # (section, [(priority, recommendation, [(ref, action, owner, orig, revised, update, fill)])])
    plan = [
        ("Payroll and Expenses – report 2024/25-03 (Limited assurance)", [
            ("High",
             "Management should ensure that all changes to standing payroll data are independently checked against source documentation before the payroll run is approved.",
             [("IA24-01.1",
               "A second-person check of all standing data changes will be introduced, evidenced by a signed checklist retained with the payroll file.",
               "Head of Finance", D(2025, 1, 31), D(2025, 4, 30),
               "Checklist in use since April 2025; sample of 20 changes tested by the Finance Business Partner with no exceptions.",
               BLUE),
              ("IA24-01.2",
               "Payroll procedure notes will be updated to reflect the new check and shared with the People team.",
               "Head of Finance / People Partner", D(2025, 3, 31), D(2025, 12, 31),
               "Draft procedure notes prepared; awaiting sign-off following the change of payroll provider.",
               AMBER)]),
            ("Medium",
             "Expense claims should be approved only by the claimant's line manager, in line with the Expenses Policy.",
             [("IA24-02",
               "Finance system approval routing to be reconfigured so that claims route automatically to the line manager recorded in iTrent.",
               "Finance Systems Officer", D(2025, 12, 31), None,
               "Configuration change tested in the training environment; go-live planned for December.",
               GREEN)]),
        ]),
        ("Volunteer Recruitment and Vetting – report 2024/25-05 (Reasonable assurance)", [
            ("Medium",
             "CHS should maintain a single record of PVG scheme membership for all panel members and Area Support Team members, with renewal dates monitored.",
             [("IA24-05.1",
               "PVG status fields to be added to the volunteer management system and populated from Disclosure Scotland records.",
               "Volunteer Experience Manager", D(2025, 6, 30), D(2025, 10, 31),
               "Data migration delayed by the system upgrade; revised date missed. New date to be agreed at the December meeting.",
               RED),
              ("IA24-05.2",
               "Quarterly exception report on PVG renewals to be presented to the Senior Leadership Team.",
               "Head of Volunteer Experience", D(2025, 9, 30), D(2026, 1, 31),
               "First report depends on IA24-05.1; interim manual report provided in October.",
               AMBER)]),
            ("Low",
             "Pre-service training records should be confirmed as complete before new panel members sit on hearings.",
             [("IA24-06",
               "Learning Academy to confirm completion of pre-service training before first hearing allocation, with Area Support Team clerks notified through a monthly list.",
               "Learning and Development Lead", D(2025, 3, 31), None,
               "Monthly list issued since March 2025; evidence provided to internal audit.",
               BLUE)]),
        ]),
        ("Cyber Security and Information Governance – report 2025/26-01 (Limited assurance)", [
            ("High",
             "Multi-factor authentication should be enforced for all remote access to CHS systems, including systems used by volunteers.",
             [("IA25-01",
               "MFA to be enabled for all volunteer accounts following the pilot in two local areas.",
               "Head of Digital", D(2025, 12, 31), None,
               "Pilot complete in Fife and Highland; national roll-out scheduled in three phases.",
               GREEN)]),
            ("Medium",
             "The information asset register should be reviewed and each information asset assigned an owner.",
             [("IA25-02",
               "Information Asset Owners to be confirmed by the Senior Leadership Team and the register re-issued.",
               "Data Protection Officer & Head of Corporate Services", D(2026, 3, 31), None,
               "Not started – scheduled for Q4 2025/26.",
               None)]),
        ]),
    ]
    r = 5
    for section, recs in plan:
        ws.cell(r, 1, section).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = PALE
        r += 1
        for prio, rec, acts in recs:
            r0 = r
            ws.cell(r, 2, prio)
            ws.cell(r, 3, rec)
            for ref, act, owner, orig, rev, upd, fill in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 4, act)
                ws.cell(r, 5, owner)
                ws.cell(r, 6, orig).number_format = "dd/mm/yyyy"
                if rev:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 8, upd)
                if fill:
                    ws.cell(r, 9).fill = fill
                r += 1
            if r - r0 > 1:
                ws.merge_cells(start_row=r0, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=r0, start_column=3, end_row=r - 1, end_column=3)
    boxed(ws, 4, r - 1, 1, 9)
    r += 1
    ws.cell(r, 1, "Note: actions closed by the Committee at its meeting on 19 August 2025 have been removed from this tracker.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(out("sm-childrens-hearings-scotland-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------- 2 Ceredigion xlsx
def ceredigion():
    wb = Workbook()
    ws = wb.active
    ws.title = "Log Gweithredu - Actions Log"
    ws["A1"] = "Cyngor Sir Ceredigion County Council"
    ws["A2"] = "Pwyllgor Llywodraethu ac Archwilio – Log Gweithredu / Governance and Audit Committee – Meetings Actions Log"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Diweddarwyd ar gyfer cyfarfod 21 Ionawr 2026 / Updated for the meeting of 21 January 2026"
    ws["A4"] = "RAG: B = complete; G = on track; A = delayed, revised date agreed; R = overdue"
    ws["A4"].font = Font(italic=True)
    hdr = ["Cyf. / Ref", "Cofnod / Minute", "Cam gweithredu / Action", "Perchennog / Owner",
           "Dyddiad targed / Target date", "Dyddiad diwygiedig / Revised date",
           "Diweddariad / Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = GREY
    for col, w in zip("ABCDEFGH", [8, 10, 55, 34, 15, 15, 45, 6]):
        ws.column_dimensions[col].width = w
    meetings = [
        ("Cyfarfod / Meeting: 25 June 2025", [
            ("1", "5", "Provide the Committee with a timetable for the review of the Local Code of Corporate Governance and the Annual Governance Statement 2025-26.",
             "Corporate Lead Officer: Legal & Governance Services", D(2025, 9, 30), None,
             "Timetable circulated to members 12/09/2025.", "B"),
            ("2", "7(i)", "Circulate the Audit Wales Planning Service follow-up report and the Council's management response to lay members.",
             "Governance Officer", D(2025, 7, 31), None,
             "Circulated 10/07/2025.", "B"),
            ("3", "9", "Arrange a risk management training session for members of the Committee, to include the role of the Corporate Risk Register.",
             "Corporate Manager – Internal Audit / Corporate Lead Officer: Finance & Procurement", D(2025, 10, 31), D(2026, 2, 28),
             "Session postponed because of the budget workshops; now planned for February 2026.", "A"),
        ]),
        ("Cyfarfod / Meeting: 24 September 2025", [
            ("4", "6(b)", "Report to the Committee on progress with the CIW inspection action plan for Porth Gofal.",
             "Corporate Lead Officer: Porth Gofal", "Next meeting", None,
             "On the agenda for 21/01/2026.", "G"),
            ("5", "8", "Review the format of the Internal Audit progress report so that overdue recommendations are shown by service, with the original and revised dates.",
             "Corporate Manager – Internal Audit", "December 2025", None,
             "New format used for this meeting.", "B"),
            ("6", "10", "Seek clarification from Audit Wales on the timetable for the Assurance and Risk Assessment project brief 2025-26.",
             "Alun Williams and Siân Davies", D(2025, 11, 30), D(2026, 1, 31),
             "Audit Wales to confirm at this meeting.", "A"),
        ]),
        ("Cyfarfod / Meeting: 26 November 2025", [
            ("7", "5", "Add the schools deficit budgets risk to the Corporate Risk Register and report the revised score to the next meeting.",
             "Leadership Group", D(2026, 1, 21), None,
             "Included in the Corporate Risk Register update, item 12.", "G"),
            ("8", "7", "Lay members to be invited to the Members' 2026-27 budget-setting workshops.",
             "Corporate Lead Officer: Finance & Procurement", "Ongoing", None,
             "Invitations issued for the workshops in January and February 2026.", "G"),
            ("9", "9(ii)", "Provide a briefing note on the Council's arrangements for monitoring complaints made under the Welsh Language Standards.",
             "Corporate Lead Officer: Policy, Performance & Public Protection", D(2026, 3, 31), None,
             "", ""),
        ]),
    ]
    r = 7
    for band, rows in meetings:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = PALE
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, minute, act, owner, tgt, rev, upd, rag in rows:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, minute)
            ws.cell(r, 3, act)
            ws.cell(r, 4, owner)
            c = ws.cell(r, 5, tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev:
                ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
            ws.cell(r, 7, upd if upd else None)
            ws.cell(r, 8, rag if rag else None)
            r += 1
    boxed(ws, 6, r - 1, 1, 8)

    fw = wb.create_sheet("Rhaglen Waith - Forward Work")
    fw["A1"] = "Blaenraglen Waith / Forward Work Programme 2025-26"
    fw["A1"].font = Font(bold=True)
    fwh = ["Cyfarfod / Meeting", "Eitem / Item", "Swyddog / Officer"]
    for c, h in enumerate(fwh, 1):
        fw.cell(3, c, h).font = Font(bold=True)
    fwrows = [
        (D(2026, 1, 21), "Corporate Risk Register – quarterly update", "Corporate Lead Officer: Policy, Performance & Public Protection"),
        (D(2026, 1, 21), "Internal Audit progress report Q3", "Corporate Manager – Internal Audit"),
        (D(2026, 3, 18), "Internal Audit Strategy and Plan 2026-27", "Corporate Manager – Internal Audit"),
        (D(2026, 3, 18), "Audit Wales – Annual Audit Summary", "Audit Wales"),
    ]
    for r, row in enumerate(fwrows, 4):
        for c, v in enumerate(row, 1):
            cell = fw.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    boxed(fw, 3, 7, 1, 3)
    for col, w in zip("ABC", [16, 48, 50]):
        fw.column_dimensions[col].width = w
    wb.save(out("sm-ceredigion-county-council-governance-audit-committee-actions-log.xlsx"))


# ------------------------------------------------------------- 3 NMD xlsx
def nmd():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = "Newry, Mourne and Down District Council – Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Quarter 2 review: position at 30 September 2025 – presented to Audit Committee, 13 November 2025"
    # grouped header rows 4 and 5
    groups = [("Risk", 1, 3), ("Inherent risk", 4, 6), ("Controls", 7, 7),
              ("Residual risk", 8, 10), ("Further actions", 11, 14)]
    for label, c1, c2 in groups:
        ws.cell(4, c1, label).font = Font(bold=True, color="FFFFFF")
        for c in range(c1, c2 + 1):
            ws.cell(4, c).fill = NAVY
        if c2 > c1:
            ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    hdr = ["Risk ref", "Risk description", "Risk owner", "L", "I", "Score",
           "Key controls in place", "L", "I", "Score",
           "Further action required", "Action owner", "Target date", "Progress"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True)
        ws.cell(5, c).fill = GREY
    for col, w in zip("ABCDEFGHIJKLMN", [8, 40, 24, 4, 4, 6, 40, 4, 4, 6, 46, 26, 14, 10]):
        ws.column_dimensions[col].width = w

    risks = [
        ("CR01", "Financial sustainability – failure to set a balanced budget and maintain adequate reserves because of rising costs and reduced income.",
         "Director of Corporate Services", (5, 5), "Medium-term financial plan; monthly budget monitoring to SP&R Committee; reserves policy.", (4, 4), [
             ("Identify efficiency savings in each directorate as part of the 2026-27 estimates process.", "Director of Corporate Services", "Feb-26", "G"),
             ("Complete the review of fees and charges and present the proposals to SP&R Committee.", "Assistant Director of Finance", "Dec-25", "A"),
         ]),
        ("CR02", "Cyber security – loss of ICT systems or data through a cyber attack, leading to disruption of services and reputational damage.",
         "Director of Corporate Services", (5, 5), "Firewalls and endpoint protection; PSN compliance; annual penetration test; backups held off-site.", (3, 5), [
             ("Achieve Cyber Essentials Plus reaccreditation.", "Head of ICT", "Jan-26", "G"),
             ("Run a phishing simulation exercise for all staff, with follow-up training for those who fail.", "Head of ICT / Head of HR", "Janaury 2026", "A"),
         ]),
        ("CR03", "Major flooding event affecting Council services, properties and communities, as experienced in Newry and Downpatrick in October 2023.",
         "Director of Enterprise, Regeneration & Tourism", (4, 5), "Major Emergency Plan; multi-agency Emergency Preparedness Group; sandbag stock and distribution protocol.", (3, 5), [
             ("Update the Major Emergency Plan to reflect the lessons from the October 2023 flood debrief.", "Emergency Planning Manager", "Mar-26", "G"),
             ("Establish community resilience groups in the three areas most at risk of flooding.", "Emergency Planning Manager", "Jun-26", "G"),
         ]),
        ("CR04", "Waste management – failure to meet the statutory household recycling target of 55% by 2025.",
         "Director of Sustainability & Environment", (4, 4), "Waste strategy; kerbside glass collection; contract monitoring with the processing contractor.", (3, 4), [
             ("Extend the food waste caddy scheme to the remaining 4,000 households in the district.", "Head of Waste Management", "31/03/2026", "A"),
         ]),
        ("CR05", "Health and safety – serious injury to staff or the public arising from Council activities or premises.",
         "Chief Executive", (4, 5), "Health and safety policy; corporate H&S committee; accident reporting and investigation.", (2, 5), [
             ("Roll out the new contractor management procedure to all facilities and leisure centres.", "Health & Safety Manager", "Nov-25", "B"),
         ]),
    ]
    r = 6
    typo_row = None
    for rid, desc, owner, inh, ctrls, res, acts in risks:
        r0 = r
        ws.cell(r, 1, rid)
        ws.cell(r, 2, desc)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, inh[0]); ws.cell(r, 5, inh[1]); ws.cell(r, 6, inh[0] * inh[1])
        ws.cell(r, 7, ctrls)
        ws.cell(r, 8, res[0]); ws.cell(r, 9, res[1]); ws.cell(r, 10, res[0] * res[1])
        for c, s in ((6, inh[0] * inh[1]), (10, res[0] * res[1])):
            ws.cell(r, c).fill = RED if s >= 15 else AMBER if s >= 8 else GREEN
        for act, aowner, tgt, prog in acts:
            ws.cell(r, 11, act)
            ws.cell(r, 12, aowner)
            ws.cell(r, 13, tgt)
            ws.cell(r, 14, prog)
            if tgt.startswith("Janaury"):
                typo_row = r
            r += 1
        if r - r0 > 1:
            for c in range(1, 11):
                ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
    boxed(ws, 4, r - 1, 1, 14)
    r += 1
    ws.cell(r, 1, "Progress: B = complete, G = on track, A = some slippage, R = off track. Scores: L = likelihood, I = impact (1–5); 15–25 high, 8–12 medium, 1–6 low.")
    ws.cell(r, 1).font = Font(italic=True)

    hm = wb.create_sheet("Risk matrix")
    hm["A1"] = "Residual risk heat map – Q2 2025-26"
    hm["A1"].font = Font(bold=True)
    for i in range(5):
        hm.cell(3 + i, 1, 5 - i)  # likelihood rows
        hm.cell(8, 2 + i, i + 1)  # impact cols
        for j in range(5):
            s = (5 - i) * (j + 1)
            hm.cell(3 + i, 2 + j).fill = RED if s >= 15 else AMBER if s >= 8 else GREEN
    hm.cell(5, 6, "CR02, CR03")
    hm.cell(4, 5, "CR01")
    hm.cell(5, 5, "CR04")
    hm.cell(6, 6, "CR05")
    hm["A9"] = "Likelihood (rows) × Impact (columns)"
    wb.save(out("sm-newry-mourne-down-dc-corporate-risk-register-typo-month-refuse.xlsx"))
    return typo_row


# ------------------------------------------------------------ docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        run = cell.add_paragraph().add_run(part)
        run.bold = bold


# ---------------------------------------------------------- 4 Radyr docx
def radyr():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Radyr Primary School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Following the Estyn core inspection, 10–13 March 2025")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("School", "Radyr Primary School, Heol Isaf, Radyr, Cardiff"),
            ("Headteacher", "Mrs C. Morgan"),
            ("Chair of Governors", "Mr P. Rees"),
            ("Approved by the governing body", "1 July 2025"),
            ("Review", "Termly at the Full Governing Body meeting")]
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_heading("Estyn recommendations", level=2)
    recs = [
        "R1 Improve the consistency of teaching so that all pupils make strong progress in their writing",
        "R2 Develop pupils’ independent learning skills across the curriculum",
        "R3 Strengthen self-evaluation so that leaders focus precisely on the impact of provision on pupils’ learning",
    ]
    for rtxt in recs:
        doc.add_paragraph(rtxt, style="List Bullet")
    doc.add_paragraph("Progress key: B – achieved; G – on track; A – some progress, needs monitoring; R – little or no progress")

    sections = [
        ("Recommendation 1: Improve the consistency of teaching so that all pupils make strong progress in their writing", [
            ("1.1", "Introduce a whole-school approach to teaching extended writing, with agreed success criteria for each progression step.",
             "Book scrutiny shows most pupils writing at length with increasing accuracy.", "HT / Literacy Lead",
             "Autumn term 2025", "Termly book look by SLT and link governor", "G"),
            ("1.2", "Provide coaching for teachers identified through lesson observations, with support from the local authority’s school improvement partner.",
             "All lessons observed are at least good; coaching log shows agreed targets met.", "DHT and School Improvement Partner",
             "Sept 2025 – July 2026", "Learning walks each half term", "A"),
            ("1.3", "Standards Committee to receive a termly report on writing outcomes from the literacy lead.",
             "Governors can describe pupils’ progress in writing and challenge leaders.", "Chair of Standards Committee",
             "Termly", "Minutes of Standards Committee", "G"),
        ]),
        ("Recommendation 2: Develop pupils’ independent learning skills across the curriculum", [
            ("2.1", "Plan regular opportunities in each class for pupils to make choices about how they approach and present their learning.",
             "Planning shows weekly independent learning tasks in every class.", "Curriculum Lead",
             "Summer term 2025", "Planning scrutiny", "B"),
            ("2.2", "Review the use of learning walls and ‘help stations’ so that pupils can find support without relying on adults.\nShare effective practice between Year 3 and Year 6 classes.",
             "Pupils use classroom resources confidently when they are stuck.", "Mrs S. Lloyd (Y3) & Mr D. Price (Y6)",
             "Autumn term 2025", "Pupil voice; learning walks", "G"),
            ("2.3", "School Council to gather pupils’ views on independent learning and present them to staff.",
             "Pupil voice findings inform staff meeting agendas.", "ALNCo",
             "Half-termly", "Pupil voice reports", "G"),
        ]),
        ("Recommendation 3: Strengthen self-evaluation so that leaders focus precisely on the impact of provision on pupils’ learning", [
            ("3.1", "Revise the self-evaluation calendar so that each activity identifies its focus on pupils’ progress and is followed by agreed next steps.",
             "Self-evaluation calendar in place and followed.", "HT",
             "31/10/2025", "Full Governing Body", "B"),
            ("3.2", "Train middle leaders to analyse evidence from book looks, learning walks and pupil voice, and to write concise evaluation reports.",
             "Middle leaders’ reports identify strengths and areas for development accurately.", "Headteacher / Deputy Headteacher",
             "March 2026", "Review of evaluation reports by governors", ""),
        ]),
    ]
    hdr = ["No.", "Actions", "Success criteria", "Lead(s)", "Timescale", "Monitoring", "RAG"]
    for heading, rows in sections:
        doc.add_heading(heading, level=3)
        tb = doc.add_table(rows=1, cols=len(hdr))
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "C5E0B3")
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
        doc.add_paragraph()
    doc.add_heading("Monitoring and reporting", level=2)
    doc.add_paragraph("The headteacher will report progress against this plan to each meeting of the Full Governing Body. "
                      "The local authority will review progress with the school each term.")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, k in enumerate(["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        set_cell(s.cell(i, 0), k, bold=True)
    doc.save(out("sm-radyr-primary-school-estyn-post-inspection-action-plan.docx"))


# ----------------------------------------------------- 5 Highland Hospice docx
def highland():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Highland Hospice – Improvement Action Plan")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_paragraph("Healthcare Improvement Scotland: unannounced inspection, 16–17 September 2025 (report published 4 November 2025)")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("Service name", "Highland Hospice, Inverness"),
            ("Service provider", "Highland Hospice"),
            ("Inspection dates", "16–17 September 2025"),
            ("Plan completed by", "Director of Clinical Services"),
            ("Last updated", "12 January 2026")]
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
    doc.add_paragraph()
    doc.add_paragraph("This plan should be read together with the inspection report. Requirements must be met by the provider; "
                      "recommendations describe what the service should do to improve. Status: Complete, On track, Amber (delayed).")

    hdr = ["Reference number", "Action planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress (January 2026)", "Status"]
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "D9D2E9")

    def band(text, colour):
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5])
        set_cell(m, text, bold=True)
        shade(m, colour)

    def action(act, when, who, prog, status):
        cells = tb.add_row().cells
        for i, v in enumerate(["", act, when, who, prog, status]):
            set_cell(cells[i], v)

    band("Domain 5 – Planning for quality", "B4A7D6")
    band("Requirement 1: The provider must ensure that all patient care records include a completed and regularly reviewed risk assessment for falls, pressure area care and nutrition.", "EDE7F6")
    action("Patient record audit tool revised to include falls, pressure area and nutrition (MUST) risk assessments; 10 records audited each month on the Inpatient Unit.",
           "December 2025", "Inpatient Unit Manager", "Audit tool in use from November; December audit 100% compliant.", "Complete")
    action("Electronic patient record templates amended so that risk assessment review dates are prompted at each weekly multidisciplinary team meeting.",
           "31/01/2026", "Clinical Systems Lead / Inpatient Unit Manager", "Template changes tested; go-live 19 January.", "On track")
    band("Recommendation a: The service should review its audit programme so that results and actions are shared with staff and the Clinical Governance Committee.", "EDE7F6")
    action("Annual audit programme for 2026 to be agreed at the Clinical Governance Committee, with a named lead for each audit.",
           "March 2026", "Head of Quality & Governance", "Draft programme prepared for the February meeting.", "On track")
    action("Audit results displayed on the staff quality board and discussed at monthly team meetings.",
           "Ongoing – monthly", "Senior Charge Nurses", "Quality board in place since October.", "On track")
    band("Domain 7 – Quality control", "B4A7D6")
    band("Requirement 2: The provider must ensure that controlled drug stock checks are carried out and recorded in line with its medicines management policy.", "EDE7F6")
    action("Twice-daily controlled drug stock check reinstated and recorded in the CD register by two registered nurses.",
           "24/11/2025", "Senior Charge Nurse", "Checks recorded on every shift since 24 November.", "Complete")
    action("Monthly controlled drug audit by a pharmacist, with findings reported to the Medicines Management Group.",
           "Dec 2025 – Mar 2026", "Medical Director and Lead Pharmacist", "First audit delayed to January because of pharmacist availability.", "Amber")
    band("Recommendation b: The service should ensure that all staff complete mandatory infection prevention and control training.", "EDE7F6")
    action("IPC training compliance report produced monthly; staff below the 90% target followed up by their line manager.",
           "February 2026", "Practice Development Lead", "Compliance 82% at 31 December.", "Amber")

    doc.add_paragraph()
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.cell(0, 0), "Signed (Chief Executive)", bold=True)
    set_cell(s.cell(1, 0), "Date", bold=True)
    set_cell(s.cell(1, 1), "12 January 2026")
    doc.save(out("sm-highland-hospice-his-inspection-improvement-action-plan.docx"))


# --------------------------------------------------------- 6 Foyle csv
def foyle():
    rows = [
        ["Foyle Hospice – RQIA Quality Improvement Plan: progress tracker", "", "", "", "", "", "", ""],
        ["Announced inspection of the Inpatient Unit, 5–6 August 2025", "", "", "", "", "", "", ""],
        ["Updated for the Clinical Governance Committee, 20 November 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Regulation / standard", "Stated", "Area for improvement / action", "Lead", "To be completed by", "Progress update", "RAG"],
        ["Action required to ensure compliance with The Independent Health Care Regulations (Northern Ireland) 2005", "", "", "", "", "", "", ""],
        ["AFI 1", "Regulation 15 (2)(b)", "First time",
         "The registered person shall ensure that the resuscitation trolley is checked daily and that checks are recorded, in keeping with the hospice's procedure.",
         "", "", "", ""],
        ["1.1", "", "", "Daily resuscitation trolley checklist reintroduced on the IPU; the nurse in charge signs the checklist at each morning safety huddle.",
         "IPU Ward Sister", "With immediate effect (6 August 2025)", "Checklist audited weekly since 11 August; 100% compliance in September and October.", "B"],
        ["1.2", "", "", "Resuscitation equipment checks added to the monthly clinical governance audit schedule.",
         "Maguire, Siobhan", "30 September 2025", "Included from the September audit cycle.", "B"],
        ["AFI 2", "Regulation 19 (2) Schedule 2", "First time",
         "The registered person shall ensure that recruitment records for all staff include two written references and evidence of an AccessNI check before the person commences employment.",
         "", "", "", ""],
        ["2.1", "", "", "Full audit of personnel files for staff and volunteers recruited since April 2024; missing references to be obtained and AccessNI certificates verified.",
         "Head of HR / Volunteer Services Manager", "31 December 2025", "142 of 168 files audited; gaps being followed up with line managers.", "A"],
        ["Action required to ensure compliance with The Minimum Care Standards for Independent Healthcare Establishments (July 2014)", "", "", "", "", "", "", ""],
        ["AFI 3", "Standard 5.3", "First time",
         "The registered person shall ensure that patients' care plans are reviewed and updated following any change in their condition.",
         "", "", "", ""],
        ["3.1", "", "", "Care plan review prompts added to the electronic patient record for use at each MDT meeting.\nNursing staff briefed at ward meetings in August and September.",
         "Director of Patient Services", "31/10/2025", "Prompts live from 1 October.", "B"],
        ["3.2", "", "", "Monthly care plan audit (10 records) reported to the Clinical Governance Committee.",
         "Clinical Governance Lead", "Ongoing", "First two audits show 90% compliance.", "G"],
        ["AFI 4", "Standard 20.4", "First time",
         "The registered person shall ensure that mandatory training in infection prevention and control is completed by all staff within the required timeframe.",
         "", "", "", ""],
        ["4.1", "", "", "IPC training compliance to be reported monthly to the Senior Management Team, with overdue staff contacted by their line manager.",
         "Hospice at Home Manager and IPC Link Nurse", "28 February 2026", "Compliance 84% at 31 October (target 95%).", "A"],
        ["", "", "", "", "", "", "", ""],
        ["Key: B = completed; G = on track; A = behind schedule; R = not achieved", "", "", "", "", "", "", ""],
        ["Prepared by: Quality & Governance Manager", "", "", "", "", "", "", ""],
    ]
    with open(out("sm-foyle-hospice-rqia-inspection-quality-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ------------------------------------------------------- 7 Cradlehall txt
def cradlehall():
    T = "\t"
    lines = [
        "Cradlehall Primary School and Nursery – Post-inspection action plan",
        "The Highland Council – Education and Learning" + T + "Education Scotland inspection: January 2025",
        "Plan shared with the Parent Council: 12 March 2025" + T + "Last reviewed: 3 November 2025",
        "",
        "RAG:" + T + "Green – on track" + T + "Amber – some delay" + T + "Red – significant concern" + T + "Complete – achieved",
        "",
        T.join(["Ref", "Action", "Lead(s)", "Timescale", "Progress to date", "RAG"]),
        "Area for improvement 1: Senior leaders should continue to develop approaches to tracking and monitoring children's progress, particularly in writing.",
        T.join(["1.1", "Introduce the Highland writing progression framework in all classes, with moderation of one piece of writing each term.",
                "DHT", "Aug 2025 – Jun 2026", "Framework in use P1–P7; first moderation session held in October.", "Green"]),
        T.join(["1.2", "Termly tracking meetings between class teachers and SLT to identify children not on track, with agreed interventions recorded in SEEMiS.",
                "HT/DHT", "October 2025", "Meetings held in September and October.", "Complete"]),
        T.join(["1.3", "Share whole-school writing data with the Parent Council and publish a summary in the school handbook.",
                "HT", "By June 2026", "", ""]),
        "Area for improvement 2: Staff should ensure that learning is well matched to the needs of all children, including those who require additional challenge.",
        T.join(["2.1", "Use learner profiles to plan differentiated tasks in literacy and numeracy; learning observed by SLT each term.",
                "All teaching staff", "December 2025", "Observations show more consistent use of differentiated tasks in P4–P7.", "Amber"]),
        T.join(["2.2", "Review the deployment of Pupil Support Assistants so that support is targeted",
                "PT Support for Learning", "March 2026", "Review started; timetable changes agreed for P1–P3.", "Amber"]),
        T.join(["", "at children with identified barriers to learning.", "", "", "", ""]),
        "Area for improvement 3: Practitioners in the nursery should improve the quality of observations and use them to plan next steps in children's learning.",
        T.join(["3.1", "Revise the format of floorbooks and online learning journals so that each observation identifies a next step.",
                "PT (Early Years) & Senior Early Years Practitioner", "January 2026", "New format trialled with the pre-school group.", "Green"]),
        T.join(["3.2", "Peer visits with a neighbouring ELC setting to share effective practice in planning from observations.",
                "Senior Early Years Practitioner", "Ongoing", "Two visits completed.", "Green"]),
        "",
        "Next review: Parent Council meeting, February 2026",
    ]
    with open(out("sm-cradlehall-primary-school-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    chs()
    ceredigion()
    row = nmd()
    print("NMD typo row:", row)
    radyr()
    highland()
    foyle()
    cradlehall()
    print("done")
