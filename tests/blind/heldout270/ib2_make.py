"""Build the seven ib2- blind cases (set heldout270) and their expected readings.

Run with /work/main/.venv/bin/python ib2_make.py from any directory; files are
written beside this script. The expected readings are written out explicitly
(lead lists, ends, statuses, headings as a person reads them), not derived by
parsing the generated files.
"""
import csv
import datetime as dt
import os

import yaml
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "light": "DEEAF6", "pale": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Salisbury NHS FT - maternity and neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def salisbury():
    name = "ib2-salisbury-nhsft-maternity-neonatal-improvement-plan.xlsx"
    wb = openpyxl.Workbook()

    # Cover sheet with document control and version history
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Salisbury NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Maternity and Neonatal Improvement Plan 2024/25"
    cv["A2"].font = Font(bold=True, size=16)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    rows = [
        ("Version", "v3.2"),
        ("Date", "04/11/2024"),
        ("Plan owner", "Director of Midwifery"),
        ("Reporting to", "Maternity and Neonatal Safety Champions; Clinical Governance Committee; Trust Board (quarterly)"),
        ("Next review", "December 2024"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A11"] = "Version history"
    cv["A11"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Change", "Author"),
        ("v3.0", "01/07/2024", "Plan consolidated following exit from the Maternity Safety Support Programme", "Quality Improvement Lead (Maternity)"),
        ("v3.1", "02/09/2024", "Actions added following CQC maternity assessment", "Quality Improvement Lead (Maternity)"),
        ("v3.2", "04/11/2024", "October progress updates; revised dates agreed at Maternity Governance Group", "Quality Improvement Lead (Maternity)"),
    ]
    for i, r in enumerate(hist, start=12):
        for j, v in enumerate(r, start=1):
            c = cv.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 40
    cv.column_dimensions["C"].width = 60
    cv.column_dimensions["D"].width = 36

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG position by workstream – October 2024"
    sm["A1"].font = Font(bold=True, size=12)
    head = ["Workstream", "Actions", "B", "G", "A", "R", "Not rated"]
    data = [
        ["1. Safety and learning", 3, 1, 0, 1, 1, 0],
        ["2. Workforce and culture", 3, 1, 1, 1, 0, 0],
        ["3. Listening to women and families", 3, 0, 2, 0, 0, 1],
        ["Total", 9, 2, 3, 2, 1, 1],
    ]
    for j, h in enumerate(head, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in FILL:
            c.fill = fill(FILL[h])
    for i, r in enumerate(data, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 38

    # The plan
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Salisbury NHS Foundation Trust – Women and Newborn Directorate"
    ws.merge_cells("A2:J2")
    ws["A3"] = "Progress position as at 31 October 2024"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    headers = ["Ref", "Source", "Action", "Lead", "Original completion date",
               "Revised completion date", "Previous RAG", "Current RAG",
               "Progress update (October 2024)", "Evidence reference"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 14, 60, 34, 14, 14, 10, 10, 50, 22]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    WS1 = "Workstream 1: Safety and learning"
    WS2 = "Workstream 2: Workforce and culture"
    WS3 = "Workstream 3: Listening to women and families"
    plan = [
        ("ws", WS1),
        ("1.1", "CQC 2024",
         "Implement a structured daily safety huddle on Labour Ward and Beatrice Ward, including review of acuity, staffing and escalation.",
         "Labour Ward Manager / Ward Manager, Beatrice Ward", d(2024, 8, 31), None, "G", "B",
         "Huddle in place since August. Attendance audit in October: 94% of shifts.", "E1.1 Huddle SOP; audit",
         ["Labour Ward Manager", "Ward Manager, Beatrice Ward"], "2024-08", "blue"),
        ("1.2", "MSSP exit",
         "Embed PSIRF learning responses in maternity: every PSII and After Action Review to have a learning summary shared at the monthly Maternity Safety Forum.",
         "Maternity Governance Lead", d(2024, 9, 30), d(2024, 12, 31), "A", "A",
         "Learning summaries produced for 6 of 9 reviews. Template being simplified with the Patient Safety Team.", "E1.2 Forum minutes",
         ["Maternity Governance Lead"], "2024-12", "amber"),
        ("1.3", "Ockenden IEA 2",
         "Complete a review of the fetal monitoring training needs analysis and achieve 90% compliance with CTG training for midwives and obstetricians.",
         "Fetal Wellbeing Lead Midwife / Consultant Obstetrician (Fetal Monitoring Lead)", d(2024, 10, 31), d(2025, 1, 31), "G", "R",
         "Compliance 71% (midwives 78%, obstetricians 58%). Rota gaps have prevented release of medical staff; escalated to Clinical Director.", "",
         ["Fetal Wellbeing Lead Midwife", "Consultant Obstetrician (Fetal Monitoring Lead)"], "2025-01", "red"),
        ("ws", WS2),
        ("2.1", "Culture review",
         "Deliver the Perinatal Culture and Leadership Programme (PCLP) quad development sessions and share the SCORE survey action plan with all staff.",
         "Director of Midwifery", d(2024, 12, 31), None, "G", "G",
         "Quad sessions 1 and 2 complete. SCORE feedback sessions booked for November.", "E2.1 SCORE action plan",
         ["Director of Midwifery"], "2024-12", "green"),
        ("2.2", "CQC 2024",
         "Improve PROMPT multi-professional training compliance to at least 90% for all staff groups, with a recovery trajectory reported monthly.",
         "Practice Development Midwife", d(2024, 11, 30), d(2025, 3, 31), "R", "A",
         "Overall compliance 84%. Additional PROMPT days added in January and February 2025.", "E2.2 Training trajectory",
         ["Practice Development Midwife"], "2025-03", "amber"),
        ("2.3", "Birthrate Plus",
         "Complete the Birthrate Plus® workforce review and present the midwifery establishment paper to Trust Board.",
         "Director of Midwifery / Chief Nursing Officer", d(2024, 10, 31), None, "G", "B",
         "Establishment paper approved at Trust Board on 3 October 2024.", "E2.3 Board paper",
         ["Director of Midwifery", "Chief Nursing Officer"], "2024-10", "blue"),
        ("ws", WS3),
        ("3.1", "CQC 2024",
         "Reduce waiting times in the Maternity Day Assessment Unit:\n• introduce BSOTS triage\n• review obstetric cover for DAU sessions",
         "Consultant Midwife", d(2025, 1, 31), None, "G", "G",
         "BSOTS training 60% complete. Job planning for DAU cover under way.", "",
         ["Consultant Midwife"], "2025-01", "green"),
        ("3.2", "MNVP",
         "Co-produce an action plan with the Maternity and Neonatal Voices Partnership (MNVP) in response to the 2024 CQC Maternity Survey.",
         "Head of Midwifery / MNVP Chair", d(2025, 2, 28), None, "", "G",
         "New action this period. Co-production workshop arranged for 21 November.", "",
         ["Head of Midwifery", "MNVP Chair"], "2025-02", "green"),
        ("3.3", "Neonatal",
         "Extend Family Integrated Care (FiCare) to the transitional care cots on the postnatal ward.",
         "Neonatal Unit Manager", d(2025, 3, 31), None, "", "",
         "Not started – scheduled to begin in Q4.", "",
         ["Neonatal Unit Manager"], "2025-03", "unrated"),
    ]
    actions = []
    r = 6
    cur = None
    for item in plan:
        if item[0] == "ws":
            cur = item[1]
            c = ws.cell(r, 1, cur)
            c.font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(r, j).fill = fill(FILL["grey"])
                ws.cell(r, j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        (ref, src, text, lead, orig, rev, prev, curr, prog, ev, leads, end, status) = item
        vals = [ref, src, text, lead, orig, rev, prev, curr, prog, ev]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if j in (5, 6) and v is not None:
                c.number_format = "dd/mm/yyyy"
            if j in (7, 8) and v:
                c.fill = fill(FILL[v])
                c.font = Font(bold=True, color="FFFFFF" if v in ("R", "B", "G") else "000000")
                c.alignment = Alignment(horizontal="center", vertical="top")
        actions.append(act(ref, [cur], text, leads, end, status))
        r += 1
    r += 1
    ws.cell(r, 1, "Notes: Actions rated B are kept on the plan for one reporting cycle before being archived. "
                  "Revised completion dates were agreed at Maternity Governance Group on 17/10/2024.")
    ws.cell(r, 1).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    ws.freeze_panes = "A6"

    # RAG key sheet
    kk = wb.create_sheet("RAG key")
    kk["A1"] = "RAG key"
    kk["A1"].font = Font(bold=True)
    key = [("B", "Complete – evidence received and assured by Maternity Governance Group"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk of slippage – mitigation in place"),
           ("R", "Off track or overdue – escalation required")]
    for i, (k, v) in enumerate(key, start=2):
        c = kk.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True)
        kk.cell(i, 2, v)
    kk.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the maternity and neonatal improvement plans NHS trusts take to their maternity safety "
                  "champions and Trust Board after CQC maternity assessments and exit from the Maternity Safety "
                  "Support Programme (Salisbury NHS FT maternity service: CQC 2021 warning notice, MSSP exit July 2024, "
                  "CQC maternity assessment September 2024, https://communities.cqc.org.uk/location/RNZ02/inspection-summary). "
                  "Copied features: cover sheet with document control and version history, a summary sheet of RAG counts, "
                  "the plan on a third sheet with a title block, merged grey workstream rows, a Source column (CQC, MSSP, "
                  "Ockenden IEA), original and revised completion dates as real dates, previous and current RAG as "
                  "letters on coloured fills, progress and evidence columns, a notes line, and a separate RAG key sheet.",
        "reads": "A four-sheet workbook whose third sheet, Improvement Plan, holds nine numbered actions in three "
                 "workstreams. Each action has one or two lead posts (separated by ' / '), an original and sometimes a "
                 "revised completion date (the revised one is the end) and a previous and current RAG (the current one "
                 "is the status; B = complete on the key sheet). Cover, Summary and RAG key sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Maternity and Neonatal Improvement Plan 2024/25",
        "actions": actions,
    })


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
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. York and Scarborough Teaching Hospitals NHS FT - Board action log (docx)
# ---------------------------------------------------------------------------
def york():
    name = "ib2-york-scarborough-teaching-hospitals-nhsft-board-of-directors-action-log.docx"
    doc = docx.Document()
    p = doc.add_paragraph()
    r = p.add_run("York and Scarborough Teaching Hospitals NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Board of Directors (Public) – Action Log", level=1)

    cover = doc.add_table(rows=4, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([("Meeting:", "Board of Directors – Public"),
                                ("Date:", "29 January 2025"),
                                ("Agenda item:", "5"),
                                ("Report of:", "Head of Corporate Governance")]):
        set_cell(cover.cell(i, 0), k, bold=True)
        set_cell(cover.cell(i, 1), v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Key").bold = True
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (h, txt) in enumerate([("FF0000", "Action overdue or not progressed"),
                                  ("FFC000", "Action in progress – on track for the due date"),
                                  ("00B050", "Action complete – proposed for closure")]):
        shade(key.cell(i, 0), h)
        set_cell(key.cell(i, 1), txt)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Open actions").bold = True
    head = ["Action No.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead",
            "Due date", "Update", "RAG"]
    rows = [
        ("BoD24/61", "25/09/2024", "24/118", "Maternity and Neonatal Safety Report",
         "Provide the Board with a trajectory for recovery of PROMPT training compliance at Scarborough Hospital.",
         "Chief Nurse", "November 2024",
         "Trajectory presented at November Board (item 11). Propose closure.", "00B050",
         ["Chief Nurse"], "2024-11", "blue"),
        ("BoD24/64", "25/09/2024", "24/121", "Integrated Performance Report",
         "Include a breakdown of ambulance handover delays over 60 minutes by site in the IPR.",
         "Chief Operating Officer", "January 2025",
         "Included in the January IPR (page 14). Propose closure.", "00B050",
         ["Chief Operating Officer"], "2025-01", "blue"),
        ("BoD24/70", "27/11/2024", "24/142", "Freedom to Speak Up Report",
         "Arrange a Board development session on speaking-up themes and the Trust's response to the national Freedom to Speak Up survey.",
         "Director of Workforce & OD / Head of Corporate Governance", "March 2025",
         "Session scheduled for the Board development day on 12 March 2025.", "FFC000",
         ["Director of Workforce & OD", "Head of Corporate Governance"], "2025-03", "amber"),
        ("BoD24/71", "27/11/2024", "24/144", "Elective Recovery",
         "Report back on validation of the 65-week waiting list, including the number of patients removed following validation.",
         "Chief Operating Officer", "December 2024",
         "Validation incomplete because of data migration issues; escalated to Resources Committee.", "FF0000",
         ["Chief Operating Officer"], "2024-12", "red"),
        ("BoD24/72", "27/11/2024", "24/147", "Estates and Facilities Update",
         "Confirm the programme and funding position for the Scarborough Urgent and Emergency Care Centre snagging works.",
         "Managing Director – YTHFM", "TBC",
         "Awaiting outcome of the NHS England capital bid.", "FFC000",
         ["Managing Director – YTHFM"], None, "amber", "TBC"),
        ("BoD24/74", "27/11/2024", "24/150", "Patient Story",
         "Write to the family to thank them for sharing their experience and confirm the changes made to discharge medication checks.",
         "SB/JT", "15/12/2024",
         "Letter sent 10 December 2024.", "00B050",
         ["SB", "JT"], "2024-12", "blue"),
        ("BoD24/75", "27/11/2024", "24/152", "Board Assurance Framework",
         "Review the risk score for BAF risk 4 (financial sustainability) in light of the month 7 forecast.",
         "Chief Finance Officer", "February 2025",
         "To be considered at Resources Committee on 18 February 2025.", "FFC000",
         ["Chief Finance Officer"], "2025-02", "amber"),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    actions = []
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row[:8]):
            set_cell(cells[j], v)
        shade(cells[8], row[8])
        end_text = row[12] if len(row) > 12 else None
        actions.append(act(row[0], [], row[4], row[9], row[10], row[11], end_text))
    doc.add_paragraph()
    doc.add_paragraph("Actions closed at the last meeting have been removed from the log and are held by the "
                      "Corporate Governance Team.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the public Board of Directors action logs that NHS foundation trusts publish in their "
                  "board packs (e.g. York and Scarborough Teaching Hospitals NHS FT board papers; action logs with "
                  "action number, meeting date, minute reference, agenda item, lead, due date, update and a RAG cell). "
                  "Copied features: organisation name and heading, a small cover table (meeting, date, agenda item, "
                  "report of), a RAG key table that defines green as 'complete – proposed for closure' with no blue, "
                  "one table of open actions whose RAG cells are shaded with no text, leads as executive job titles "
                  "(one shared by two posts, one as initials), a TBC due date, and a closing note.",
        "reads": "Three tables: a cover table, a colour key (red overdue, amber in progress, green complete) and the "
                 "action log of seven open actions from the September and November 2024 Boards. The RAG cells carry "
                 "only a fill colour, read through the key, so the green ones are complete. The Agenda item column "
                 "names the paper each action came from and is not a heading.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board of Directors (Public) – Action Log",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Camden CSP - DHR 'Rose' action plan (csv)
# ---------------------------------------------------------------------------
def camden():
    name = "ib2-camden-csp-dhr-rose-action-plan.csv"
    R1 = ("1. Camden Council Housing should ensure that tenancy officers are trained to recognise and respond to "
          "domestic abuse, including economic abuse and coercive control.")
    R2 = ("2. The Metropolitan Police should ensure that officers attending reports of domestic abuse record the "
          "presence of children and submit a MERLIN report.")
    R3 = ("3. The Camden Safeguarding Adults Partnership Board and Camden CSP should seek assurance that agencies "
          "understand the interface between adult safeguarding and MARAC referrals.")
    R4 = ("4. NHS North Central London ICB should seek assurance that GP practices routinely ask about domestic "
          "abuse when patients present with anxiety, depression or unexplained injuries.")
    ncol = 8
    lines = [
        ["Camden Community Safety Partnership"],
        ["Domestic Homicide Review – 'Rose' – Action Plan"],
        ["Progress as at 31 January 2025 – reported to Camden Community Safety Partnership Board"],
        [],
        ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take",
         "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
         "Date of completion and outcome", "RAG"],
    ]
    rows = [
        (R1, "Local",
         "Deliver DAHA-accredited domestic abuse training to all tenancy management staff.",
         "Camden Council Housing", "Training commissioned from Solace; 3 of 5 cohorts delivered (62 staff).",
         "31/03/2025", "", "Green", ["Camden Council Housing"], "2025-03", "green"),
        ("", "",
         "Add a domestic abuse prompt to the tenancy audit visit checklist and the rent arrears early-intervention script.",
         "Camden Council Housing", "Prompt drafted; awaiting sign-off by Tenancy Services Manager.",
         "December 2024", "", "Amber", ["Camden Council Housing"], "2024-12", "amber"),
        (R2, "Local",
         "Issue a Central North BCU briefing to response officers on recording children present at domestic abuse incidents and MERLIN submission.",
         "Metropolitan Police – Central North BCU", "Briefing issued via the BCU Learning Hub on 04/11/2024.",
         "November 2024",
         "Completed 04/11/2024. Dip sample of 50 domestic abuse crime reports in January 2025 found a MERLIN submitted in 46 (92%).",
         "Complete", ["Metropolitan Police – Central North BCU"], "2024-11", "blue"),
        ("", "",
         "Include the learning from DHR 'Rose' in the BCU domestic abuse continuous professional development day.",
         "Metropolitan Police – Central North BCU", "CPD day booked for 6 March 2025.",
         "Q4 2024/25", "", "Green", ["Metropolitan Police – Central North BCU"], "2025-03", "green"),
        (R3, "Local",
         "Hold a joint multi-agency learning event on the MARAC and adult safeguarding interface, followed by a seven-minute briefing.\n"
         "Evaluate attendee feedback and report to both boards.",
         "Camden Safeguarding Adults Partnership Board and Camden CSP",
         "Event held 21/01/2025 (84 attendees). Seven-minute briefing in draft.",
         "30/04/2025", "", "Green",
         ["Camden Safeguarding Adults Partnership Board", "Camden CSP"], "2025-04", "green"),
        ("", "",
         "Review the MARAC referral pathway for adults with care and support needs and update the Camden MARAC operating protocol.",
         "MARAC Coordinator / Head of Safeguarding Adults",
         "Delayed – awaiting revised pan-London MARAC guidance.",
         "June 2025", "", "Red", ["MARAC Coordinator", "Head of Safeguarding Adults"], "2025-06", "red"),
        (R4, "Regional",
         "Roll out IRIS (Identification and Referral to Improve Safety) to the remaining nine Camden GP practices.",
         "NHS North Central London ICB", "5 of 9 practices trained; IRIS advocate educator in post.",
         "Ongoing", "", "Green", ["NHS North Central London ICB"], None, "green", "Ongoing"),
    ]
    actions = []
    cur = None
    for row in rows:
        if row[0]:
            cur = row[0]
        lines.append(list(row[:8]))
        end_text = row[11] if len(row) > 11 else None
        actions.append(act(None, [cur], row[2], row[8], row[9], row[10], end_text))
    lines.append([])
    lines.append(["RAG key: Complete = action completed and evidenced; Green = on track; "
                  "Amber = some slippage, within tolerance; Red = off track or significant delay"])
    lines.append(["Action plan owner: DHR Standing Panel, Camden Community Safety Partnership. Last updated 31/01/2025"])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (ncol - len(ln)))

    write_expected(name, {
        "source": "Imitates the action plans community safety partnerships publish with domestic homicide review "
                  "overview reports, built on the Home Office DHR action plan template (Recommendation; Scope of "
                  "recommendation; Action to take; Lead agency; Key milestones achieved in enacting recommendation; "
                  "Target date; Date of completion and outcome), as used by London CSPs, with a RAG column added. "
                  "Copied features: partnership and review title lines, a progress-date line, recommendation text in "
                  "the first column only on its first action (a merged cell exported to CSV), agencies as leads, one "
                  "lead naming two agencies with 'and' and one naming two posts with ' / ', a multi-line action cell, "
                  "dates as dd/mm/yyyy, month names, a financial quarter and 'Ongoing', and a RAG key and owner line at the foot.",
        "reads": "A CSV export of a DHR action plan: four numbered recommendations, each followed by one or two "
                 "actions on rows whose recommendation cell is blank. Actions have no refs; leads are agencies; the "
                 "RAG column gives Complete, Green, Amber or Red. The key and owner lines at the foot are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Domestic Homicide Review – 'Rose' – Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 4. London Borough of Hackney - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def hackney():
    name = "ib2-hackney-council-corporate-risk-register-q2-2025-26.xlsx"
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Corporate Risk Register – summary of current scores (Q2 2025/26)"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Risk", "Current score", "Target score", "Direction of travel"),
             ("CR01 – Financial resilience", 20, 12, "No change"),
             ("CR02 – Cyber security and data loss", 16, 8, "Reducing"),
             ("CR03 – Temporary accommodation demand", 20, 12, "Increasing"),
             ("CR04 – Building safety and housing stock compliance", 15, 8, "Reducing"),
             ("CR05 – Safeguarding children and adults", 10, 10, "No change")]
    for i, rr in enumerate(srows, start=3):
        for j, v in enumerate(rr, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    sm.column_dimensions["A"].width = 52
    sm.column_dimensions["D"].width = 20

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "London Borough of Hackney – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 2 2025/26 | Reviewed by Hackney Leadership Team 14/10/2025 | "
                "Reported to Audit Committee 19/11/2025")
    ws["A2"].font = Font(italic=True)
    groups = [("A4:C4", "Risk"), ("D4:F4", "Inherent risk"), ("G4:I4", "Current risk"),
              ("J4:J4", "Target"), ("K4:K4", "Controls"), ("L4:P4", "Further actions to reduce the risk"),
              ("Q4:Q4", "")]
    for rng, txt in groups:
        first = rng.split(":")[0]
        ws[first] = txt
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    for j in range(1, 18):
        c = ws.cell(4, j)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(horizontal="center")
    head = ["Risk", "Description (cause / event / consequence)", "Risk owner", "L", "I", "Score",
            "L", "I", "Score", "Target score", "Key controls in place", "Action ref", "Further action",
            "Action owner", "Due date", "Action RAG", "Direction of travel"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["light"])
        c.alignment = WRAP
        c.border = BOX
    widths = [26, 50, 26, 4, 4, 7, 4, 4, 7, 8, 40, 9, 55, 30, 12, 8, 12]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    def score_fill(s):
        return fill(FILL["R"] if s >= 15 else FILL["A"] if s >= 8 else FILL["G"])

    risks = [
        ("CR01 – Financial resilience",
         "Cause: sustained demand pressures in temporary accommodation and children's and adults' social care, and "
         "uncertainty over the Fair Funding Review.\nEvent: the Council cannot set a balanced budget for 2026/27 or "
         "deliver in-year savings.\nConsequence: unplanned use of reserves, risk of a s114 notice, reputational damage.",
         "Interim Group Director, Finance & Corporate Resources (S151)", (5, 5), (4, 5), 12,
         "Medium Term Financial Plan; monthly budget monitoring to Cabinet; savings tracker; spending controls panel.",
         "No change",
         [("CR01.1", "Deliver the 2026/27 budget savings proposals for Cabinet consultation, including the temporary accommodation cost reduction programme.",
           "Director of Financial Management", d(2025, 12, 10), "A", ["Director of Financial Management"], "2025-12", "amber"),
          ("CR01.2", "Complete the review of earmarked reserves and report the revised reserves strategy to Audit Committee.",
           "Head of Strategic Finance", d(2025, 11, 19), "G", ["Head of Strategic Finance"], "2025-11", "green")]),
        ("CR02 – Cyber security and data loss",
         "Cause: ransomware and phishing attacks on local government; legacy on-premises systems.\nEvent: loss of "
         "access to systems or data.\nConsequence: disruption to services, data breach, ICO action.",
         "Director of ICT", (4, 5), (4, 4), 8,
         "Cyber Essentials Plus; 24/7 security operations centre; mandatory training; offline backups.",
         "Reducing",
         [("CR02.1", "Complete the migration of the remaining on-premises file shares to the cloud environment with immutable backups.",
           "Head of Technology / Chief Information Security Officer", d(2026, 3, 31), "A",
           ["Head of Technology", "Chief Information Security Officer"], "2026-03", "amber"),
          ("CR02.2", "Run the annual cyber incident exercise with Hackney Leadership Team, including a loss-of-systems business continuity scenario.",
           "Director of ICT", "Q3 2025/26", "B", ["Director of ICT"], "2025-12", "blue")]),
        ("CR03 – Temporary accommodation demand",
         "Cause: rising homelessness approaches and a shortage of affordable private rented homes.\nEvent: demand for "
         "temporary accommodation exceeds supply.\nConsequence: use of nightly-paid and out-of-borough placements, "
         "budget overspend, poor outcomes for households.",
         "Corporate Director, Climate, Homes & Economy", (5, 5), (5, 4), 12,
         "Homelessness prevention service; TA acquisition programme; monthly TA dashboard.",
         "Increasing",
         [("CR03.1", "Acquire 150 additional homes through the Council's property acquisition programme to reduce reliance on nightly-paid accommodation.",
           "Director of Housing Needs & Supply", d(2026, 3, 31), "R", ["Director of Housing Needs & Supply"], "2026-03", "red"),
          ("CR03.2", "Implement the pan-London temporary accommodation rate agreement and monitor out-of-borough placements monthly.",
           "Head of Benefits and Housing Needs", "Ongoing", "G", ["Head of Benefits and Housing Needs"], None, "green", "Ongoing")]),
        ("CR04 – Building safety and housing stock compliance",
         "Cause: ageing housing stock and new regulatory requirements (Building Safety Act, Awaab's Law).\nEvent: "
         "failure to meet compliance standards.\nConsequence: harm to residents, regulatory intervention.",
         "Corporate Director, Climate, Homes & Economy", (4, 5), (3, 5), 8,
         "Compliance dashboard for the big six; fire risk assessment programme; damp and mould taskforce.",
         "Reducing",
         [("CR04.1", "Complete the outstanding high-priority fire risk assessment remedial actions in Council-owned blocks.",
           "Director of Property and Asset Management", d(2025, 12, 31), "A",
           ["Director of Property and Asset Management"], "2025-12", "amber"),
          ("CR04.2", "Introduce the Awaab's Law damp and mould response procedure and case management workflow.",
           "Head of Repairs / Head of Housing Quality and Compliance", d(2025, 10, 27), "B",
           ["Head of Repairs", "Head of Housing Quality and Compliance"], "2025-10", "blue")]),
        ("CR05 – Safeguarding children and adults",
         "Cause: complexity of need and demand.\nEvent: a child or adult at risk suffers serious harm that could have "
         "been prevented.\nConsequence: harm, statutory review, regulatory scrutiny.",
         "Group Director, Children and Education / Group Director, Adults, Health and Integration", (5, 4), (2, 5), 10,
         "Safeguarding partnerships; practice quality assurance frameworks; Principal Social Worker oversight.",
         "No change",
         [(None, "No further actions – risk managed within appetite through existing controls.", None, None, None,
           None, None, None)]),
    ]
    actions = []
    r = 6
    for (rname, desc, owner, inh, cur, tgt, ctrl, dot, acts) in risks:
        top = r
        for a in acts:
            ref, text, lead, due, rag = a[:5]
            ws.cell(r, 12, ref)
            ws.cell(r, 13, text)
            ws.cell(r, 14, lead)
            c = ws.cell(r, 15, due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rag:
                c = ws.cell(r, 16, rag)
                c.fill = fill(FILL[rag])
                c.alignment = Alignment(horizontal="center", vertical="top")
            if ref:
                end_text = a[8] if len(a) > 8 else None
                actions.append(act(ref, [rname], text, a[5], a[6], a[7], end_text))
            r += 1
        bottom = r - 1
        ws.cell(top, 1, rname).font = Font(bold=True)
        ws.cell(top, 2, desc)
        ws.cell(top, 3, owner)
        ws.cell(top, 4, inh[0]); ws.cell(top, 5, inh[1]); ws.cell(top, 6, inh[0] * inh[1])
        ws.cell(top, 7, cur[0]); ws.cell(top, 8, cur[1]); ws.cell(top, 9, cur[0] * cur[1])
        ws.cell(top, 10, tgt)
        ws.cell(top, 11, ctrl)
        ws.cell(top, 17, dot)
        ws.cell(top, 6).fill = score_fill(inh[0] * inh[1])
        ws.cell(top, 9).fill = score_fill(cur[0] * cur[1])
        ws.cell(top, 10).fill = score_fill(tgt)
        for j in list(range(1, 12)) + [17]:
            if bottom > top:
                ws.merge_cells(start_row=top, start_column=j, end_row=bottom, end_column=j)
        for rr in range(top, bottom + 1):
            for j in range(1, 18):
                ws.cell(rr, j).border = BOX
                if j not in (16,):
                    ws.cell(rr, j).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Scoring: Likelihood (L) x Impact (I), each scored 1–5. Scores 15–25 Red; 8–12 Amber; 1–6 Green.")
    ws.cell(r + 1, 1, "Action RAG: G = on track; A = at risk of slipping; R = overdue or off track; B = complete.")
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Risk matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A2"] = "Impact →  / Likelihood ↓"
    for i in range(1, 6):
        mx.cell(2, i + 1, i).font = Font(bold=True)
        mx.cell(i + 2, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = mx.cell(i + 2, j + 1, s)
            c.fill = score_fill(s)
            c.border = BOX
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the corporate risk registers London boroughs report quarterly to Audit Committee "
                  "(e.g. Hackney, Barking and Dagenham, Tower Hamlets corporate risk reports: risk, cause/event/"
                  "consequence description, risk owner, inherent, current and target scores, controls, further actions "
                  "with responsible officers and deadlines, direction of travel). Copied features: title and review "
                  "line, two-tier headers with merged group cells, each risk's cells merged down over its action rows, "
                  "score cells coloured by the scoring matrix, an action ref, action owner, due date (real dates, a "
                  "financial quarter, 'Ongoing') and a letter-and-fill action RAG, a tolerated risk with no further "
                  "actions, key lines at the foot, and Summary and Risk matrix sheets.",
        "reads": "The Corporate Risk Register sheet lists five corporate risks; four carry two further actions each "
                 "(CR01.1 to CR04.2), read under their risk, with an action owner, a due date and an action RAG "
                 "(B = complete on the key line). CR05 has no further actions, only a note that it is managed "
                 "within appetite. Score fills, the summary sheet and the matrix are not statuses or actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "London Borough of Hackney – Corporate Risk Register",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. London Borough of Newham - transformation programme highlight report (txt)
# ---------------------------------------------------------------------------
def newham():
    name = "ib2-newham-council-transformation-programme-highlight-report.txt"
    W1 = "Workstream 1: Customer and Digital"
    W2 = "Workstream 2: Temporary Accommodation Transformation"
    W3 = "Workstream 3: Adults Front Door and Reablement"
    lines = [
        "London Borough of Newham – Transformation Programme Highlight Report",
        "Period 6 (September 2025) | Transformation Board 8 October 2025",
        "Overall programme status: Amber (last period: Amber)",
        "Programme SRO: Corporate Director of Resources",
        "",
        "\t".join(["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date",
                   "Last period", "This period", "Commentary"]),
    ]
    items = [
        ("h", W1),
        ("1.1", "Launch the new customer contact platform for Council Tax and Benefits enquiries",
         "Head of Customer Services", "Jun-25", "Sep-25", "A", "C",
         "Went live 15 September; 38% of contacts now self-serve.", ["Head of Customer Services"], "2025-09", "blue"),
        ("1.2", "Decommission the legacy CRM and archive case records",
         "Head of Digital Products / Information Governance Manager", "Oct-25", "Jan-26", "G", "A",
         "Data retention schedule not yet agreed; decommissioning moved to January.",
         ["Head of Digital Products", "Information Governance Manager"], "2026-01", "amber"),
        ("1.3", "Roll out the online reporting form for fly-tipping and missed bins",
         "Head of Digital Products", "Nov-25", "Nov-25", "G", "G", "",
         ["Head of Digital Products"], "2025-11", "green"),
        ("h", W2),
        ("2.1", "Open the Council-run hostel at the former Forest Gate site (48 units)",
         "Director of Housing Needs", "Aug-25", "Dec-25", "A", "R",
         "Contractor delays on fire safety works; revised opening subject to building control sign-off.",
         ["Director of Housing Needs"], "2025-12", "red"),
        ("2.2", "Recruit to the prevention-first triage team",
         "Head of Homelessness Prevention", "Sep-25", "Sep-25", "G", "C", "All 12 posts filled.",
         ["Head of Homelessness Prevention"], "2025-09", "blue"),
        ("2.3", "Complete the TA procurement framework with neighbouring East London boroughs",
         "Head of Commissioning (Housing)", "Mar-26", "Mar-26", "", "G", "New milestone this period.",
         ["Head of Commissioning (Housing)"], "2026-03", "green"),
        ("h", W3),
        ("3.1", "Implement strengths-based conversation guidance across the Adult Social Care front door",
         "Principal Social Worker (Adults)", "Jul-25", "Oct-25", "A", "A",
         "Training delivered to 70% of staff; remaining sessions booked for October.",
         ["Principal Social Worker (Adults)"], "2025-10", "amber"),
        ("3.2", "Expand the reablement service to 7-day working",
         "Head of Reablement; Finance Business Partner (ASC)", "Jan-26", "Jan-26", "G", "G",
         "Staff consultation on rotas opens 6 October.",
         ["Head of Reablement", "Finance Business Partner (ASC)"], "2026-01", "green"),
        ("3.3", "Agree the benefits realisation baseline for the reablement expansion",
         "Transformation Programme Manager", "Sep-25", "Nov-25", "A", "R",
         "Baseline data not yet available from the new case management system.",
         ["Transformation Programme Manager"], "2025-11", "red"),
    ]
    actions = []
    cur = None
    for it in items:
        if it[0] == "h":
            cur = it[1]
            lines.append(cur)
            continue
        lines.append("\t".join(it[:8]))
        actions.append(act(it[0], [cur], it[1], it[8], it[9], it[10]))
    lines += [
        "",
        "Summary this period: 9 milestones – Complete 2, Green 3, Amber 2, Red 2",
        "RAG key: G = on track; A = at risk, mitigation in place; R = off track, Board decision needed; C = complete",
        "Decisions required from Board: (1) note the revised hostel opening date; (2) agree the data retention schedule for the legacy CRM.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates the monthly transformation programme highlight reports councils take to a "
                  "Transformation Board or Cabinet (e.g. Epping Forest 'Transformation Programme Monitoring Report', "
                  "Highland and Wiltshire programme status summaries with traffic-light updates), saved as a "
                  "tab-separated text export. Copied features: title, period and board line, overall programme RAG "
                  "with last period's, SRO line, workstream lines between milestone rows, baseline and forecast dates "
                  "as Mmm-yy, last-period and this-period RAG letters with C for complete, commentary, a summary count "
                  "line, a RAG key line and a decisions-required line.",
        "reads": "A tab-separated highlight report: nine numbered milestones under three workstream lines, each with "
                 "a lead, a baseline and a forecast date (the forecast is the revised end) and last and this period "
                 "RAG (this period is the status; C = complete per the key). The summary, key and decisions lines "
                 "are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "London Borough of Newham – Transformation Programme Highlight Report",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Kensington & Chelsea and Westminster SAEB - SAR Mr D action plan (docx)
# ---------------------------------------------------------------------------
def kcw():
    name = "ib2-kensington-chelsea-westminster-saeb-sar-mr-d-action-plan.docx"
    doc = docx.Document()
    p = doc.add_paragraph()
    run = p.add_run("Safeguarding Adults Executive Board – Royal Borough of Kensington and Chelsea and Westminster City Council")
    run.bold = True
    doc.add_heading("Safeguarding Adults Review: Mr D – Multi-agency Action Plan", level=0)

    ctl = doc.add_table(rows=3, cols=4)
    ctl.style = "Table Grid"
    for j, h in enumerate(["Version", "Date", "Status", "Author"]):
        set_cell(ctl.cell(0, j), h, bold=True)
        shade(ctl.cell(0, j), "D9D9D9")
    for i, rr in enumerate([("1.0", "12/06/2024", "Agreed by SAEB", "SAEB Business Manager"),
                            ("1.4", "10/03/2025", "Progress update for SAR Subgroup", "SAEB Business Manager")], start=1):
        for j, v in enumerate(rr):
            set_cell(ctl.cell(i, j), v)

    doc.add_paragraph(
        "This action plan responds to the four recommendations of the Safeguarding Adults Review concerning Mr D, "
        "published in May 2024. Progress is reviewed quarterly by the SAR Subgroup and reported to the Board.")
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, h, txt) in enumerate([("B", "8EAADB", "Complete – evidence provided to the SAR Subgroup"),
                                     ("G", "A9D08E", "On track"),
                                     ("A", "FFD966", "Delayed – expected to complete within three months of the target date"),
                                     ("R", "FF7C80", "Off track – escalated to the SAEB")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), h)
        set_cell(key.cell(i, 1), txt)
    RAGFILL = {"B": "8EAADB", "G": "A9D08E", "A": "FFD966", "R": "FF7C80"}

    T1 = "Theme 1: Self-neglect and mental capacity"
    T2 = "Theme 2: Information sharing and transitions of care"
    REC1 = ("Recommendation 1: Partners should ensure that mental capacity assessments for adults who self-neglect "
            "consider executive functioning and are revisited when decisions are repeated.")
    REC2 = ("Recommendation 2: The SAEB should seek assurance that the multi-agency risk management (MARM) process "
            "is used for adults who refuse care and support.")
    REC3 = ("Recommendation 3: Hospital discharge teams should share safeguarding and self-neglect concerns with "
            "community services before discharge.")
    REC4 = ("Recommendation 4: Housing providers should be included in multi-agency meetings where a tenant is "
            "self-neglecting.")
    struct = [
        ("t", T1),
        ("r", REC1, [
            ("1.1", "Revise the bi-borough self-neglect and hoarding protocol to include guidance on executive capacity and repeated decisions.",
             "Bi-borough Head of Safeguarding Adults", "September 2024",
             "Protocol revised and published on the SAEB website in October 2024.", "B",
             ["Bi-borough Head of Safeguarding Adults"], "2024-09", "blue"),
            ("1.2", "Deliver MCA practice workshops on executive functioning to adult social care, CNWL community mental health teams and CLCH district nurses.",
             "Principal Social Worker (Adults) / CNWL MCA Lead", "31/03/2025",
             "Four of six workshops delivered (112 practitioners). The remaining two are rescheduled to April 2025.", "A",
             ["Principal Social Worker (Adults)", "CNWL MCA Lead"], "2025-03", "amber"),
        ]),
        ("r", REC2, [
            ("2.1", "Audit a sample of 20 self-neglect cases to test use of the MARM framework and report the findings to the SAR Subgroup.",
             "Chair, SAEB Quality Assurance Subgroup", "Q4 2024/25",
             "Audit tool agreed. Case selection delayed by the adult social care case management system upgrade; escalated to the SAEB.", "R",
             ["Chair, SAEB Quality Assurance Subgroup"], "2025-03", "red"),
            ("2.2", "Publish a MARM seven-minute briefing and promote it through partner safeguarding leads.",
             "SAEB Business Manager", "December 2024",
             "Published December 2024 and circulated to all partners.", "B",
             ["SAEB Business Manager"], "2024-12", "blue"),
        ]),
        ("t", T2),
        ("r", REC3, [
            ("3.1", "Add a mandatory safeguarding and self-neglect field to the discharge summary template used at Chelsea and Westminster and St Mary's hospitals.",
             "Head of Safeguarding, Chelsea and Westminster Hospital NHS FT; Head of Safeguarding, Imperial College Healthcare NHS Trust",
             "By 30 June 2025",
             "Template change approved at Chelsea and Westminster; change request submitted at Imperial.", "G",
             ["Head of Safeguarding, Chelsea and Westminster Hospital NHS FT",
              "Head of Safeguarding, Imperial College Healthcare NHS Trust"], "2025-06", "green"),
            ("3.2", "Test the change through a joint audit of 30 discharges of adults known to community services.",
             "Integrated Discharge Team Manager", "September 2025",
             "Not started – dependent on action 3.1.", "",
             ["Integrated Discharge Team Manager"], "2025-09", "unrated"),
        ]),
        ("r", REC4, [
            ("4.1", "Agree a protocol with the main registered providers in both boroughs for attendance at MARM and safeguarding meetings.",
             "RBKC Director of Housing Management / WCC Director of Housing Services", "Ongoing",
             "Protocol agreed with 4 of 7 registered providers; the remaining providers are being engaged through the G15 safeguarding network.", "G",
             ["RBKC Director of Housing Management", "WCC Director of Housing Services"], None, "green", "Ongoing"),
        ]),
    ]
    actions = []
    theme = None
    for it in struct:
        if it[0] == "t":
            theme = it[1]
            doc.add_heading(theme, level=1)
            continue
        rec, rows = it[1], it[2]
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action", "Lead", "Target date", "Progress (March 2025)", "RAG"]):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row[:6]):
                set_cell(cells[j], v)
            if row[5]:
                shade(cells[5], RAGFILL[row[5]])
            end_text = row[9] if len(row) > 9 else None
            actions.append(act(row[0], [theme, rec], row[1], row[6], row[7], row[8], end_text))
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    set_cell(so.cell(0, 0), "Approved by", bold=True)
    set_cell(so.cell(0, 1), "SAEB Independent Chair")
    set_cell(so.cell(1, 0), "Date", bold=True)
    set_cell(so.cell(1, 1), "20/03/2025")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the multi-agency action plans safeguarding adults boards publish or report after a "
                  "Safeguarding Adults Review (e.g. the Kensington and Chelsea and Westminster Safeguarding Adults "
                  "Executive Board; SAR action plans with recommendation, action, lead agency/officer, timescale, "
                  "progress and RAG). Copied features: board and review title, version table, an introduction, a RAG "
                  "key table (B/G/A/R with meanings), learning themes as Heading 1, each recommendation as Heading 2 "
                  "with its own action table, RAG letters on shaded cells, leads as posts in partner agencies "
                  "(two posts joined by ' / ' or ';'), dates as months, dd/mm/yyyy, a financial quarter, 'By 30 June "
                  "2025' and 'Ongoing', and a sign-off table.",
        "reads": "A Word action plan for SAR Mr D: two themes, four recommendations, and under each recommendation a "
                 "small table of numbered actions (seven in all) with lead, target date, March 2025 progress and a "
                 "RAG letter (one left blank as not started). The version, key and sign-off tables hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Safeguarding Adults Review: Mr D – Multi-agency Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Safer MK Partnership - delivery plan 2024-25 with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def safermk():
    name = "ib2-safer-mk-partnership-plan-2024-25-delivery-plan-typo-month-refuse.xlsx"
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "Priorities"
    ov["A1"] = "Safer MK Partnership Plan 2024-25"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A3"] = "Priority"
    ov["B3"] = "Partnership lead"
    ov["C3"] = "Reporting group"
    for c in ("A3", "B3", "C3"):
        ov[c].font = Font(bold=True)
    for i, rr in enumerate([
        ("Priority 1: Reducing serious violence and knife crime", "Thames Valley Police", "Serious Violence Duty Group"),
        ("Priority 2: Tackling domestic abuse and violence against women and girls", "Milton Keynes City Council", "Domestic Abuse Partnership Board"),
        ("Priority 3: Anti-social behaviour and neighbourhood safety", "Milton Keynes City Council", "ASB Tactical Group"),
    ], start=4):
        for j, v in enumerate(rr, start=1):
            ov.cell(i, j, v)
    ov.column_dimensions["A"].width = 70
    ov.column_dimensions["B"].width = 30
    ov.column_dimensions["C"].width = 34

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Safer MK Partnership Plan 2024-25 – Delivery Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Milton Keynes Community Safety Partnership | Q2 update (July–September 2024)"
    ws.merge_cells("A2:G2")
    head = ["Ref", "Action", "Lead agency", "Start", "Target date", "Q2 update", "RAG"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    for j, w in enumerate([7, 60, 34, 9, 14, 50, 7], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    rows = [
        ("p", "Priority 1: Reducing serious violence and knife crime"),
        ("SV1", "Refresh the Serious Violence Duty strategic needs assessment and share it with all specified authorities.",
         "MK City Council Community Safety Team", "Apr-24", "Sept 2024",
         "Refresh completed and presented to the CSP Board on 12 September.", "G"),
        ("SV2", "Commission knife crime prevention sessions for every MK secondary school through the Hazard Alley Safety Centre.",
         "MK City Council / Thames Valley Police", "Sep-24", "July 2025",
         "Sessions booked with 9 of 13 schools for the autumn term.", "G"),
        ("SV3", "Agree a hotspot patrol plan for Central Milton Keynes covering the night-time economy.",
         "Thames Valley Police", "Oct-24", "Febuary 2025",
         "Hotspot analysis under way with the Community Safety Analyst.", "A"),
        ("p", "Priority 2: Tackling domestic abuse and violence against women and girls"),
        ("DA1", "Recommission the community-based domestic abuse support service from April 2025.",
         "Milton Keynes City Council", "Jul-24", "March 2025",
         "Procurement route agreed; tender to be published in November.", "G"),
        ("DA2", "Deliver White Ribbon accreditation activity across partner organisations, including the 16 Days of Action campaign.",
         "Domestic Abuse Partnership Board", "Sep-24", "December 2024",
         "Campaign plan agreed; partner pledges being collected.", "A"),
        ("p", "Priority 3: Anti-social behaviour and neighbourhood safety"),
        ("ASB1", "Review the ASB case review (Community Trigger) procedure and publish the updated guidance.",
         "MK City Council ASB Team", "Jun-24", "Nov 2024",
         "Draft procedure out for partner comment.", "G"),
        ("ASB2", "Run joint problem-solving days in the three wards with the highest ASB reports, with Bucks Fire & Rescue.",
         "Thames Valley Police / MK City Council", "Jul-24", "Ongoing",
         "First problem-solving day held in Fishermead on 18 July.", "G"),
    ]
    r = 5
    typo_row = None
    for it in rows:
        if it[0] == "p":
            ws.cell(r, 1, it[1]).font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(r, j).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        for j, v in enumerate(it, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(r, 7).fill = fill(FILL[it[6]])
        if it[4] == "Febuary 2025":
            typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: G = on track; A = some slippage; R = off track; Complete actions move to the Closed sheet at year end.")
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a community safety partnership delivery plan of the kind SaferMK, the Milton Keynes CSP "
                  "(stood down in March 2025, functions moved to MK Together), reported to its board and to the "
                  "Community & Partnerships Scrutiny Committee (serious violence, domestic abuse, ASB priorities; "
                  "https://www.mkcommunityhub.com/post/safermk-survey-launched-to-inform-new-strategy). Copied "
                  "features: a Priorities overview sheet, a Delivery Plan sheet with title and quarter line, merged "
                  "shaded priority rows, refs per priority (SV, DA, ASB), lead agencies, start and target months as "
                  "text, a quarterly update and a RAG letter on a coloured fill, and a key line at the foot.",
        "reads": "A CSP delivery plan of seven actions under three priorities. The target date of SV3 on sheet row 8 "
                 "of the Delivery Plan sheet reads 'Febuary 2025', a mistyped month; a careful reader would stop and "
                 "ask for the date to be corrected before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Safer MK Partnership Plan 2024-25 – Delivery Plan",
    })
    assert typo_row == 8, typo_row


if __name__ == "__main__":
    salisbury()
    york()
    camden()
    hackney()
    newham()
    kcw()
    safermk()
    print("built 7 cases in", HERE)
