"""Build the seven nd2- blind test files (set heldout402).

Run with /work/main/.venv/bin/python nd2_make.py  (from any directory).
Writes the data files and their NAME.expected.yaml beside them.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def out(name):
    return os.path.join(HERE, name)


def write_yaml(name, doc):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")


def solid(hexcol):
    return PatternFill("solid", fgColor=hexcol)


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def put(ws, row, col, value, fmt=None, fill=None, bold=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = solid(fill)
    if bold:
        c.font = Font(bold=True)
    return c


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


# =================================================================== 1. CSV
def make_icb_csv():
    name = "nd2-nhs-coventry-and-warwickshire-icb-board-action-log.csv"
    title = "NHS Coventry and Warwickshire ICB – Integrated Care Board Meeting in Public: Action Log"
    cols = ["Action Ref", "Date of Meeting", "Agenda Item", "Action", "Action Owner",
            "Original Due Date", "Revised Due Date", "Progress Update", "RAG"]
    n = len(cols)
    rows = [
        ["ICB24-038", "24/07/2024", "Health inequalities – Core20PLUS5 update",
         "Agree with Coventry City Council and Warwickshire County Council a shared dataset for hypertension case-finding in Core20 neighbourhoods, and report progress to the Population Health and Inequalities Committee.",
         "Dr Asha Mistry and Tom Rudd", "Sep-24", "Dec-24",
         "Data sharing agreement signed by Coventry.\nWarwickshire DSA still with IG leads; revised date agreed at November Board.",
         "Red"],
        ["ICB24-041", "25/09/2024", "Quality, Performance and Finance Report",
         "Provide a breakdown of ambulance handover delays over 60 minutes by acute site, including the improvement trajectory for University Hospitals Coventry and Warwickshire.",
         "Chief Operating Officer", "Nov-24", "",
         "Included at Appendix 3 of the November report. Propose closure.", "Blue"],
        ["ICB24-043", "25/09/2024", "Joint Forward Plan 2024/25 refresh",
         "Circulate the revised Joint Forward Plan delivery milestones to Board members ahead of the December Board development session.",
         "Director of Strategy / Director of Transformation", "31/10/2024", "06/12/2024",
         "Circulated 4 December 2024.", "Complete"],
        ["ICB24-047", "27/11/2024", "Finance report – month 7",
         "Bring a report on the independent sector elective activity run-rate and the associated financial risk to the Finance and Investment Committee.",
         "CFO", "January 2025", "",
         "Scheduled for Finance and Investment Committee on 28 January 2025.", "Green"],
        ["ICB24-049", "27/11/2024", "Primary care access recovery plan",
         "Share practice-level data on uptake of cloud-based telephony with both Health and Wellbeing Boards.",
         "Director of Primary Care; Head of Digital Transformation", "Dec-24", "Feb-25",
         "Coventry data shared. Warwickshire HWBB next meets in February – date revised.", "Amber"],
        ["ICB24-052", "27/11/2024", "Patient story",
         "Write to the family on behalf of the Board to thank them for sharing their experience of the learning disability annual health check pathway.",
         "Chair", "Dec-24", "", "Letter sent 10/12/2024.", "Complete"],
        ["ICB24-055", "27/11/2024", "Board Assurance Framework",
         "Review the scoring of BAF risk 4 (workforce supply) in light of the refreshed system People Plan, and report back through the People Committee.",
         "Chief People Officer", "Q4 2024/25", "",
         "People Committee deep dive scheduled for February 2025.", "Green"],
        ["ICB24-058", "27/11/2024", "Winter plan 2024/25",
         "Provide an update on virtual ward occupancy and step-down capacity at each Board meeting during the winter period.",
         "Chief Medical Officer", "Ongoing", "",
         "Verbal update at January Board; data also in the Integrated Performance Report.", "Green"],
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (n - 1))
        w.writerow(["Position as at 13 January 2025 – for the ICB Board meeting on 22 January 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(cols)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * n)
        w.writerow(["RAG key: Red – overdue; Amber – due date revised or at risk; Green – on track / not yet due; Blue or Complete – action complete, propose closure"] + [""] * (n - 1))
        w.writerow(["Note: actions closed at the November 2024 meeting have been removed from this log."] + [""] * (n - 1))

    A = [
        act("ICB24-038", [], rows[0][3], ["Dr Asha Mistry", "Tom Rudd"], "2024-12", "red"),
        act("ICB24-041", [], rows[1][3], ["Chief Operating Officer"], "2024-11", "blue"),
        act("ICB24-043", [], rows[2][3], ["Director of Strategy", "Director of Transformation"], "2024-12", "blue"),
        act("ICB24-047", [], rows[3][3], ["CFO"], "2025-01", "green"),
        act("ICB24-049", [], rows[4][3], ["Director of Primary Care", "Head of Digital Transformation"], "2025-02", "amber"),
        act("ICB24-052", [], rows[5][3], ["Chair"], "2024-12", "blue"),
        act("ICB24-055", [], rows[6][3], ["Chief People Officer"], "2025-03", "green"),
        act("ICB24-058", [], rows[7][3], ["Chief Medical Officer"], None, "green", end_text="Ongoing"),
    ]
    write_yaml(name, {
        "source": "Imitates an ICB board (meeting in public) action log as published with NHS integrated care board "
                  "papers, e.g. NHS Coventry and Warwickshire ICB board packs 2024-25 (no specific URL found). Copied "
                  "features: title and 'position as at' lines, one row per action with action reference, meeting date, "
                  "agenda item, owner (job titles, initials/names, two owners in one cell), original and revised due "
                  "dates, progress update with an inner line break in a quoted CSV field, RAG word column with "
                  "'Complete', RAG key and a note line at the foot. Exported to CSV with padded empty columns.",
        "reads": "A flat board action log of eight open/closing actions from the July, September and November 2024 "
                 "ICB board meetings. Each row has its own reference, owner, due date (revised where slipped) and a "
                 "RAG word; the key and note lines below the table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return name, len(A)


# =================================================================== 2. NWAS SAR xlsx
def make_nwas_sar_xlsx():
    name = "nd2-north-west-ambulance-service-sar-single-agency-action-plan.xlsx"
    title = "North West Ambulance Service NHS Trust – Single Agency Action Plan: Safeguarding Adults Review ‘Adult K’"
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = title
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Commissioning board: Lancashire Safeguarding Adults Board. Overview report published 20 February 2025."
    header_row(dc, 4, ["Version", "Date", "Author", "Comments"])
    dcrows = [
        ("0.1", dt.datetime(2025, 3, 14), "Named Professional for Safeguarding Adults", "Draft following SAR panel"),
        ("1.0", dt.datetime(2025, 5, 2), "Named Professional for Safeguarding Adults", "Approved by Safeguarding Assurance Group"),
        ("1.2", dt.datetime(2025, 10, 8), "Safeguarding Practitioner (Lancashire)", "Q2 progress update for the LSAB SAR Sub-group"),
    ]
    for i, r in enumerate(dcrows, start=5):
        for j, v in enumerate(r, start=1):
            put(dc, i, j, v, fmt="dd/mm/yyyy" if j == 2 else None)
    dc.column_dimensions["A"].width = 10
    dc.column_dimensions["B"].width = 12
    dc.column_dimensions["C"].width = 40
    dc.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "SAR commissioned by Lancashire Safeguarding Adults Board. Actions below are the Trust’s response to the recommendations addressed to all partner agencies."
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["SAR Recommendation", "Ref", "NWAS action", "Lead", "Target date",
                       "Revised date", "Progress / evidence", "BRAG"])
    R1 = "R1. Partner agencies should assure the Board that staff recognise and respond to self-neglect, including where the adult repeatedly declines conveyance to hospital."
    R2 = "R2. Agencies should ensure that mental capacity is assessed and recorded when a person with fluctuating capacity refuses treatment or support."
    R3 = "R3. The Board should seek assurance that frequent callers with complex needs are reviewed through a multi-agency forum."
    R4 = "R4. Agencies should share the learning from this review with their staff."
    data = [
        # rec, ref, action, lead, target, revised, progress, brag(letter or None), fill
        (R1, "1.1", "Review the Trust’s non-conveyance guidance to include prompts on self-neglect and repeated refusal of care, and cross-reference the Pan-Lancashire self-neglect procedure.",
         "Named Professional for Safeguarding Adults", dt.datetime(2025, 6, 30), None,
         "Guidance ratified at Clinical Effectiveness Sub-Committee, July 2025.", "B", BLUE),
        (R1, "1.2", "Deliver a self-neglect case study within the 2025/26 statutory and mandatory safeguarding refresher for patient-facing staff.",
         "Head of Clinical Education / Safeguarding Practitioner", "Q3 2025/26", None,
         "Case study written; module goes live in the learning hub in November.", "G", GREEN),
        (R2, "2.1", "Audit 50 electronic patient care records (ePR) a quarter where the patient declined conveyance, for evidence of a recorded mental capacity assessment.",
         "Consultant Paramedic (Mental Health)", dt.datetime(2025, 9, 30), dt.datetime(2026, 1, 31),
         "Q1 audit: 62% compliance. Re-audit in Q3; date revised so the Q3 result can be reported.", "A", AMBER),
        (R2, "2.2", "Add a mandatory mental capacity field to the non-conveyance section of the ePR.",
         "Chief Clinical Information Officer and ePR Product Manager", "March 2026", None,
         "Change request approved by the Digital Design Authority; in build.", None, GREEN),
        (R3, "3.1", "Refer all patients meeting the frequent caller threshold in Lancashire and South Cumbria to the local High Intensity User multi-agency meeting, and record the outcome on the Trust’s frequent caller register.",
         "Frequent Caller Lead", dt.datetime(2025, 12, 31), None,
         "Recruitment to the vacant Frequent Caller Practitioner post delayed; interim cover from EOC.", "R", RED),
        (R4, "4.1", "Publish a 7-minute briefing on the learning from SAR Adult K on the Green Room intranet and cascade it through the area safeguarding leads.",
         "Area Safeguarding Leads", "Apr-25", None, "Published 28/04/2025.", "B", BLUE),
    ]
    r0 = 5
    for i, (rec, ref, action, lead, tgt, rev, prog, brag, fill) in enumerate(data):
        r = r0 + i
        put(ws, r, 1, rec)
        put(ws, r, 2, ref)
        put(ws, r, 3, action)
        put(ws, r, 4, lead)
        put(ws, r, 5, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
        put(ws, r, 6, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        put(ws, r, 7, prog)
        c = put(ws, r, 8, brag, fill=fill)
        c.alignment = Alignment(horizontal="center", vertical="center")
    # merge the recommendation cells down over their actions (value kept in top cell only)
    spans = [(5, 6), (7, 8)]
    for a, b in spans:
        for rr in range(a + 1, b + 1):
            ws.cell(row=rr, column=1).value = None
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    key_row = r0 + len(data) + 1
    ws.cell(row=key_row, column=1, value="BRAG key: B – complete and evidenced; G – on track; A – at risk of missing target date; R – off track / target date missed")
    ws.merge_cells(start_row=key_row, start_column=1, end_row=key_row, end_column=8)
    ws.cell(row=key_row + 1, column=1, value="Evidence for completed actions is held on the Safeguarding SharePoint site and is available to the LSAB on request.")
    ws.merge_cells(start_row=key_row + 1, start_column=1, end_row=key_row + 1, end_column=8)
    for col, wdt in zip("ABCDEFGH", (45, 6, 55, 30, 13, 13, 45, 7)):
        ws.column_dimensions[col].width = wdt

    sm = wb.create_sheet("BRAG summary")
    sm["A1"] = "BRAG summary – position at 8 October 2025"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Recommendation", "Actions", "B", "G", "A", "R"])
    for i, r in enumerate([("R1", 2, 1, 1, 0, 0), ("R2", 2, 0, 1, 1, 0), ("R3", 1, 0, 0, 0, 1), ("R4", 1, 1, 0, 0, 0)], start=4):
        for j, v in enumerate(r, start=1):
            put(sm, i, j, v)
    for j, v in enumerate(("Total", 6, 2, 2, 1, 1), start=1):
        put(sm, 8, j, v, bold=True)
    wb.save(out(name))

    U = lambda rec: [rec]
    A = [
        act("1.1", U(R1), data[0][2], ["Named Professional for Safeguarding Adults"], "2025-06", "blue"),
        act("1.2", U(R1), data[1][2], ["Head of Clinical Education", "Safeguarding Practitioner"], "2025-12", "green"),
        act("2.1", U(R2), data[2][2], ["Consultant Paramedic (Mental Health)"], "2026-01", "amber"),
        act("2.2", U(R2), data[3][2], ["Chief Clinical Information Officer", "ePR Product Manager"], "2026-03", "green"),
        act("3.1", U(R3), data[4][2], ["Frequent Caller Lead"], "2025-12", "red"),
        act("4.1", U(R4), data[5][2], ["Area Safeguarding Leads"], "2025-04", "blue"),
    ]
    write_yaml(name, {
        "source": "Imitates an NHS trust's single agency action plan responding to a Safeguarding Adults Review, as "
                  "ambulance and mental health trusts submit to the commissioning SAB (here a 2025 Lancashire SAB SAR; "
                  "no specific URL found). Copied features: document-control sheet first, title merged across the "
                  "action sheet, SAR recommendation text merged vertically over its NWAS actions, numbered actions, "
                  "job-title leads (two posts joined by '/' and 'and'), date cells plus text dates (Q3 2025/26, March "
                  "2026, Apr-25), a revised-date column, BRAG letters with fill (one cell fill only), a key and note "
                  "row under the table, and a separate BRAG summary/totals sheet.",
        "reads": "Six NWAS actions answering four SAR recommendations, read on the 'Action Plan' sheet under the "
                 "recommendation each sits beside. Where a revised date is given it replaces the target date; the "
                 "amber-filled/green-filled BRAG cells give the status, and 2.2 has only a green fill.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return name, len(A)


# =================================================================== 3. Wokingham DHR docx
def make_wokingham_dhr_docx():
    name = "nd2-wokingham-csp-dhr-bethany-action-plan.docx"
    title = "Domestic Homicide Review ‘Bethany’ – Action Plan"
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Wokingham Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Overview report approved by the Home Office Quality Assurance Panel on 12 March 2025. "
                      "Implementation of this action plan is monitored by the Wokingham Domestic Abuse Strategic "
                      "Partnership Board on behalf of the Community Safety Partnership.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Last updated", "30 September 2025"),
                                ("Document owner", "Community Safety Partnership Manager"),
                                ("Status", "Q2 2025/26 progress update")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        shade(t.cell(i, 0), "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – not started or off track; Amber – in progress, some risk to target date; "
                      "Green – in progress and on track; Blue – complete.")

    cols = ["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
            "Key milestones achieved in enacting the recommendation", "Target date", "RAG"]
    RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Blue": BLUE}

    def dhr_table(rows):
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for i, c in enumerate(cols):
            tb.rows[0].cells[i].text = c
            shade(tb.rows[0].cells[i], "D9D9D9")
        bold_row(tb.rows[0])
        merges = []
        prev = None
        for rec, scope, action, lead, miles, target, rag in rows:
            cells = tb.add_row().cells
            ri = len(tb.rows) - 1
            if rec == prev:
                merges.append(ri)
            else:
                cells[0].text = rec
                cells[1].text = scope
            prev = rec
            cells[2].text = action
            cells[3].text = lead
            cells[4].text = miles
            cells[5].text = target
            cells[6].text = rag
            if rag in RAGFILL:
                shade(cells[6], RAGFILL[rag])
        for ri in merges:
            for ci in (0, 1):
                a = tb.cell(ri - 1, ci)
                a.merge(tb.cell(ri, ci))
        return tb

    PA = "Part A: Overview Report Recommendations"
    PB = "Part B: Individual Management Review (IMR) Recommendations"
    rec1 = "1. Wokingham CSP should ensure that domestic abuse training for frontline practitioners covers economic abuse and coercive control in older people’s relationships."
    rec2 = "2. Berkshire West ICB should work with GP practices so that routine enquiry about domestic abuse is made when a patient attends with a carer who is also their partner."
    rec3 = "3. The Home Office should consider including carer-partners in national guidance on domestic abuse risk assessment."
    rows_a = [
        (rec1, "Local", "Commission a module on economic abuse and coercive control in later life within the CSP multi-agency domestic abuse training programme.",
         "Wokingham CSP", "Module drafted with Berkshire Women’s Aid; first cohort booked for November 2025.", "Nov 2025", "Green"),
        (rec1, "Local", "Evaluate attendance and practitioner confidence six months after the first cohort.",
         "Domestic Abuse Co-ordinator", "", "May 2026", ""),
        (rec2, "Local", "Issue guidance to all Wokingham GP practices on routine enquiry where the partner is also the carer, and include the learning from this review in the IRIS training refresh.",
         "Berkshire West ICB / GP Safeguarding Lead", "Draft guidance discussed at GP Safeguarding Leads forum, September 2025.", "31 December 2025", "Amber"),
        (rec3, "National", "Write to the Home Office DHR team on behalf of the CSP highlighting this recommendation.",
         "CSP Chair", "Letter sent 14 April 2025; acknowledgement received.", "April 2025", "Blue"),
    ]
    tvp = "TVP 1: Thames Valley Police should ensure that DASH risk assessments at incidents involving older victims record whether the suspect is also the victim’s carer."
    asc = "ASC 1: Wokingham Borough Council Adult Social Care should ensure that carer’s assessments consider whether the carer presents any risk to the person they care for."
    rbft = "RBFT 1: Royal Berkshire NHS Foundation Trust should ensure that Emergency Department staff ask about domestic abuse when an older patient presents with unexplained injuries."
    rows_b = [
        (tvp, "Single agency", "Amend the DASH supplementary questions on Niche and brief Wokingham LPA response officers.",
         "Thames Valley Police", "Niche template updated 1 September 2025; briefing delivered to all response shifts.", "Sept 2025", "Blue"),
        (asc, "Single agency", "Revise the carer’s assessment template to include a prompt on risk and a domestic abuse routine enquiry question.",
         "Principal Social Worker", "Revised template in test on Mosaic.", "Q3 2025/26", "Amber"),
        (asc, "Single agency", "Audit a sample of 20 carer’s assessments completed after the change to test use of the new prompt.",
         "Adult Social Care Quality Assurance Lead", "", "Quarterly (ongoing)", "Green"),
        (rbft, "Single agency", "Add a domestic abuse routine enquiry prompt for patients aged 65 and over to the ED nursing assessment in Epic, supported by a safeguarding bulletin.",
         "Named Nurse for Safeguarding Adults", "Build request submitted to the Epic team.", "Jan 2026", "Green"),
    ]
    doc.add_heading(PA, level=1)
    dhr_table(rows_a)
    doc.add_paragraph()
    doc.add_heading(PB, level=1)
    dhr_table(rows_b)
    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Agreed by", "Role", "Date"]):
        so.cell(0, i).text = v
    for i, v in enumerate(["Cllr Rachel Burgess", "Chair, Wokingham Community Safety Partnership", "02/05/2025"]):
        so.cell(1, i).text = v
    doc.save(out(name))

    A = [
        act(None, [PA, rec1], rows_a[0][2], ["Wokingham CSP"], "2025-11", "green"),
        act(None, [PA, rec1], rows_a[1][2], ["Domestic Abuse Co-ordinator"], "2026-05", "unrated"),
        act(None, [PA, rec2], rows_a[2][2], ["Berkshire West ICB", "GP Safeguarding Lead"], "2025-12", "amber"),
        act(None, [PA, rec3], rows_a[3][2], ["CSP Chair"], "2025-04", "blue"),
        act(None, [PB, tvp], rows_b[0][2], ["Thames Valley Police"], "2025-09", "blue"),
        act(None, [PB, asc], rows_b[1][2], ["Principal Social Worker"], "2025-12", "amber"),
        act(None, [PB, asc], rows_b[2][2], ["Adult Social Care Quality Assurance Lead"], None, "green", end_text="Quarterly (ongoing)"),
        act(None, [PB, rbft], rows_b[3][2], ["Named Nurse for Safeguarding Adults"], "2026-01", "green"),
    ]
    write_yaml(name, {
        "source": "Imitates a community safety partnership's DHR action plan in the Home Office template (Recommendation | "
                  "Scope | Action to take | Lead agency | Key milestones | Target date | Completion/outcome), as published "
                  "with DHR overview reports by CSPs such as Wokingham (2025; no specific URL found). Copied features: "
                  "partnership name and title, document-control table, RAG key paragraph, Part A overview-report and "
                  "Part B IMR recommendations as separate headed tables, recommendation and scope cells merged "
                  "vertically over two actions, agency/post leads, fill-coloured RAG cells, one blank RAG, a sign-off "
                  "table.",
        "reads": "Eight actions in two tables: four answering the overview report's three recommendations (Part A) "
                 "and four answering three single-agency IMR recommendations (Part B). Actions carry no references; "
                 "each is read under its part heading and the recommendation beside it.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return name, len(A)


# =================================================================== 4. Welwyn Hatfield CSP txt
def make_welwyn_csp_txt():
    name = "nd2-welwyn-hatfield-csp-community-safety-plan-2025-26-action-plan.txt"
    title = "Welwyn Hatfield Community Safety Partnership – Community Safety Plan 2025-26: Action Plan"
    P1 = "Priority 1: Anti-social behaviour and feeling safe in our neighbourhoods"
    P2 = "Priority 2: Violence against women and girls and domestic abuse"
    P3 = "Priority 3: Serious violence, exploitation and drug-related harm"
    rows = [
        (P1, "1.1", "Run quarterly multi-agency ASB problem-solving days in Hatfield town centre and the Howard Centre area of Welwyn Garden City.",
         "WHBC Community Safety Team / Hertfordshire Constabulary", "Mar-26", "G",
         "Two days held (July and September); 14 referrals made to the ASB Case Review panel."),
        (P1, "1.2", "Review the Public Spaces Protection Order for Hatfield town centre before it expires and consult on any extension.",
         "WHBC Community Safety Manager", "31/10/2025", "B",
         "Consultation closed 12 September; Cabinet approved a three-year extension on 7 October 2025."),
        (P1, "1.3", "Install two additional redeployable CCTV cameras at ASB hotspots identified through the Joint Action Group.",
         "CCTV Partnership Manager", "Q3 2025/26", "A",
         "One camera installed; second site awaiting power supply from the highway authority."),
        (P2, "2.1", "Achieve White Ribbon accreditation for Welwyn Hatfield Borough Council.",
         "Head of Community and Housing Strategy", "Nov 2025", "G",
         "Submission made; assessment visit booked."),
        (P2, "2.2", "Deliver safer night-time economy training (including Ask for Angela and bystander awareness) to licensed premises in Hatfield, including the University of Hertfordshire Students’ Union.",
         "Licensing Manager and University of Hertfordshire Safety Team", "Sept 2025 – March 2026", "G",
         "Three sessions delivered to 26 premises."),
        (P2, "2.3", "Promote the Herts Domestic Abuse Helpline through GP surgeries, pharmacies and community hubs during the 16 Days of Action.",
         "Domestic Abuse Lead (WHBC)", "December 2025", "Not started",
         "Campaign runs 25 November to 10 December."),
        (P3, "3.1", "Contribute Welwyn Hatfield data to the refresh of the Hertfordshire Serious Violence Duty strategic needs assessment.",
         "Community Safety Partnership Analyst", "Ongoing", "G",
         "Q1 and Q2 data returned to the county analyst."),
        (P3, "3.2", "Deliver county lines and exploitation awareness sessions to Year 8 and Year 9 pupils in every secondary school in the borough.",
         "Safer Neighbourhood Team", "Summer term 2026", "A",
         "Four of seven schools booked; two have not yet responded."),
        (P3, "3.3", "Support Operation Scorpion drug enforcement weeks with joint visits to addresses at risk of cuckooing.",
         "Hertfordshire Constabulary; WHBC Housing", "Mar-26", "R",
         "Joint visits paused pending a new information-sharing protocol between the police and housing."),
    ]
    lines = [
        title,
        "Quarter 2 update (July to September 2025) – prepared for the CSP Responsible Authorities Group, 16 October 2025",
        "",
        "Ref\tAction\tLead\tTarget date\tRAG\tQ2 progress",
    ]
    cur = None
    for pr, ref, action, lead, tgt, rag, prog in rows:
        if pr != cur:
            lines.append(pr)
            cur = pr
        lines.append("\t".join([ref, action, lead, tgt, rag, prog]))
    lines += [
        "",
        "Key: B = complete; G = on track; A = some slippage / at risk; R = off track; Not started = not yet due to begin",
        "Summary (Q2): 9 actions – Complete 1; Green 4; Amber 2; Red 1; Not started 1",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    st = {"G": "green", "B": "blue", "A": "amber", "R": "red", "Not started": "unrated"}
    ends = {"1.1": "2026-03", "1.2": "2025-10", "1.3": "2025-12", "2.1": "2025-11", "2.2": "2026-03",
            "2.3": "2025-12", "3.1": None, "3.2": "2026-07", "3.3": "2026-03"}
    leads = {"1.1": ["WHBC Community Safety Team", "Hertfordshire Constabulary"],
             "2.2": ["Licensing Manager", "University of Hertfordshire Safety Team"],
             "3.3": ["Hertfordshire Constabulary", "WHBC Housing"]}
    A = []
    for pr, ref, action, lead, tgt, rag, prog in rows:
        A.append(act(ref, [pr], action, leads.get(ref, [lead]), ends[ref], st[rag],
                     end_text="Ongoing" if ref == "3.1" else None))
    write_yaml(name, {
        "source": "Imitates a district community safety partnership's annual plan action plan with quarterly RAG update, "
                  "as Hertfordshire CSPs (e.g. Welwyn Hatfield CSP, Community Safety Plan 2025-26) report to their "
                  "responsible authorities group; no specific URL found. Copied features: partnership name, plan title "
                  "and meeting line, one tab-separated table with priority heading lines between numbered actions, "
                  "partner leads joined by '/', ';' and 'and', text timescales (Mar-26, Q3 2025/26, a period, a school "
                  "term, Ongoing), RAG letters plus 'Not started', a key line and a summary/totals line. Plain "
                  "tab-separated text export.",
        "reads": "Nine numbered actions under three priorities of the 2025-26 community safety plan, each with lead, "
                 "target date, Q2 RAG and progress. The key and the Q2 summary line at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return name, len(A)


# =================================================================== 5. MWL maternity docx
def make_mwl_maternity_docx():
    name = "nd2-mersey-and-west-lancashire-teaching-hospitals-maternity-neonatal-improvement-plan.docx"
    title = "Mersey and West Lancashire Teaching Hospitals NHS Trust: Maternity and Neonatal Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    cover = [("Meeting", "Quality Committee"), ("Date of meeting", "21 October 2025"),
             ("Executive lead", "Chief Nurse"), ("Report author", "Director of Midwifery"),
             ("Purpose", "Assurance"), ("Reporting period", "September 2025")]
    t = doc.add_table(rows=len(cover), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(cover):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        shade(t.cell(i, 0), "DEEAF6")
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("This report updates the Committee on the maternity and neonatal improvement plan, which brings "
                      "together actions from the CQC maternity inspection, the Maternity Incentive Scheme and the "
                      "NHS England three-year delivery plan for maternity and neonatal services. Progress is shown "
                      "against the previous and current month’s BRAG rating.")
    doc.add_heading("2. BRAG key", level=1)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v) in enumerate([("B", "Complete, with evidence of embedding"), ("G", "On track"),
                                ("A", "At risk – mitigation in place"), ("R", "Off track / overdue")]):
        key.cell(i, 0).text = k
        key.cell(i, 1).text = v
        shade(key.cell(i, 0), FILL[k])
    doc.add_heading("3. Improvement plan by theme", level=1)

    cols = ["Ref", "Action", "Lead", "Original date", "Revised date", "Progress this period",
            "Previous BRAG", "Current BRAG"]
    T1 = "Theme 1 – Safe and sustainable workforce"
    T2 = "Theme 2 – Listening to and working with women and families"
    T3 = "Theme 3 – Governance, safety and learning"
    themes = [
        (T1, [
            ("W1", "Complete a Birthrate Plus® acuity and establishment review for the Whiston and Ormskirk maternity units and present the findings to Trust Board.",
             "Director of Midwifery", "Mar 2025", "Jul 2025", "Presented to Trust Board July 2025; uplift of 14.2 WTE agreed.", "A", "B"),
            ("W2", "Recruit to the 14.2 WTE midwifery uplift, prioritising band 6 posts on the labour wards.",
             "Head of Midwifery (Whiston) / Head of Midwifery (Ormskirk)", "Mar 2026", "", "9.6 WTE appointed; remaining posts out to advert.", "G", "G"),
            ("W3", "Achieve 90% compliance with PROMPT multi-professional emergency training for midwives, obstetricians and anaesthetists.",
             "Practice Development Midwife and Consultant Obstetrician (Training Lead)", "30/11/2025", "", "Midwives 93%; obstetricians 84%; anaesthetists 78%.", "A", "A"),
            ("W4", "Implement a preceptorship and retention programme for newly qualified midwives, with a named Retention and Pastoral Midwife.",
             "Retention and Pastoral Midwife", "Sep 2025", "Dec 2025", "Post holder starts November; programme launch moved to December.", "G", "A"),
        ]),
        (T2, [
            ("L1", "Co-produce a revised birth reflections pathway with the Maternity and Neonatal Voices Partnership (MNVP).",
             "Consultant Midwife; MNVP Lead", "Jun 2025", "", "Pathway launched 2 June 2025.", "G", "B"),
            ("L2", "Provide interpreter access at every antenatal booking appointment and audit its use quarterly.",
             "Lead Midwife for Equity and Equality", "Q3 2025/26", "", "Q2 audit: interpreter used at 88% of bookings where needed.", "R", "A"),
            ("L3", "Publish ‘You said, we did’ updates on the maternity web pages each quarter.",
             "Maternity Communications Lead", "Quarterly", "", "Q2 update published.", "G", "G"),
        ]),
        (T3, [
            ("G1", "Move all maternity incident investigations to PSIRF learning responses, with After Action Reviews led by trained facilitators.",
             "Maternity Governance and Risk Lead", "Dec 2024", "Jun 2025", "Complete; 12 facilitators trained.", "A", "B"),
            ("G2", "Establish a monthly perinatal quality surveillance report to Board, including Perinatal Mortality Review Tool (PMRT) outcomes.",
             "Director of Midwifery and Clinical Director for Women’s Health", "Oct 2025", "", "First report to October Board.", "G", ""),
            ("G3", "Complete the fetal monitoring competency assessment for all staff using CTG, in line with Saving Babies’ Lives v3 Element 4.",
             "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", "31/03/2025", "31/01/2026", "71% of staff assessed; backlog due to K2 licence renewal.", "R", "R"),
        ]),
    ]
    for theme, rows in themes:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for i, c in enumerate(cols):
            tb.rows[0].cells[i].text = c
            shade(tb.rows[0].cells[i], "BDD7EE")
        bold_row(tb.rows[0])
        for ref, action, lead, od, rd, prog, pb, cb in rows:
            cells = tb.add_row().cells
            for i, v in enumerate([ref, action, lead, od, rd, prog, pb, cb]):
                cells[i].text = v
            shade(cells[6], FILL[pb])
            shade(cells[7], FILL[cb] if cb else GREEN)
        doc.add_paragraph()
    doc.add_heading("4. Summary of current BRAG position", level=1)
    sm = doc.add_table(rows=2, cols=5)
    sm.style = "Table Grid"
    for i, v in enumerate(["B", "G", "A", "R", "Total"]):
        sm.cell(0, i).text = v
    for i, v in enumerate(["3", "3", "3", "1", "10"]):
        sm.cell(1, i).text = v
    doc.add_paragraph("The Committee is asked to note the progress made and the revised dates for W4 and G3.")
    doc.save(out(name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "green"}
    ends = {"W1": "2025-07", "W2": "2026-03", "W3": "2025-11", "W4": "2025-12", "L1": "2025-06",
            "L2": "2025-12", "L3": None, "G1": "2025-06", "G2": "2025-10", "G3": "2026-01"}
    leads = {"W2": ["Head of Midwifery (Whiston)", "Head of Midwifery (Ormskirk)"],
             "W3": ["Practice Development Midwife", "Consultant Obstetrician (Training Lead)"],
             "L1": ["Consultant Midwife", "MNVP Lead"],
             "G2": ["Director of Midwifery", "Clinical Director for Women’s Health"],
             "G3": ["Fetal Monitoring Lead Midwife", "Fetal Monitoring Lead Obstetrician"]}
    A = []
    for theme, rows in themes:
        for ref, action, lead, od, rd, prog, pb, cb in rows:
            A.append(act(ref, [theme], action, leads.get(ref, [lead]), ends[ref], st[cb],
                         end_text="Quarterly" if ref == "L3" else None))
    write_yaml(name, {
        "source": "Imitates an NHS trust maternity and neonatal improvement plan reported monthly to a board committee "
                  "(e.g. Mersey and West Lancashire Teaching Hospitals NHS Trust Quality Committee papers, 2025; no "
                  "specific URL found), drawing on CQC maternity inspection, MIS and three-year delivery plan actions. "
                  "Copied features: title heading, cover-sheet table (meeting, executive lead, author, purpose), "
                  "purpose paragraph, BRAG key table with fills, one table per theme under a theme heading, original "
                  "and revised dates, previous and current BRAG columns with fills (one current cell fill only), job "
                  "titles and two posts per cell, a summary/totals table and a closing recommendation line.",
        "reads": "Ten actions (W1–W4, L1–L3, G1–G3) in three theme tables. Status is the current BRAG (not the "
                 "previous one); the revised date, where given, is the end month; L3 is quarterly with no end month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return name, len(A)


# =================================================================== 6. DWFRS corporate risk register xlsx
def make_dwfrs_crr_xlsx():
    name = "nd2-dorset-wiltshire-fra-corporate-risk-register-2025-26.xlsx"
    title = "Dorset & Wiltshire Fire and Rescue Service – Corporate Risk Register"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 2025-26 – report to the Finance and Audit Committee, 20 November 2025"
    header_row(sm, 4, ["Risk", "Risk owner", "Q1 score", "Q2 score", "Trend"])
    CR1 = "CR1 – Medium-term financial sustainability"
    CR2 = "CR2 – Availability of on-call (RDS) crews"
    CR3 = "CR3 – Cyber attack or loss of critical ICT systems"
    CR4 = "CR4 – Culture, values and behaviours (HMICFRS and independent culture review)"
    risks = [
        (CR1, "Treasurer", 20, 20, "→", RED),
        (CR2, "Assistant Chief Fire Officer – Service Delivery", 16, 15, "↓", RED),
        (CR3, "Director of Corporate Services", 12, 12, "→", AMBER),
        (CR4, "Chief Fire Officer", 12, 9, "↓", AMBER),
    ]
    for i, (rk, own, q1, q2, tr, fill) in enumerate(risks, start=5):
        put(sm, i, 1, rk)
        put(sm, i, 2, own)
        put(sm, i, 3, q1)
        put(sm, i, 4, q2, fill=fill)
        put(sm, i, 5, tr)
    sm["A10"] = "Total corporate risks: 4   |   High (15–25): 2   |   Medium (8–12): 2   |   Low (1–6): 0"
    sm["A10"].font = Font(italic=True)
    sm.column_dimensions["A"].width = 70
    sm.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Further mitigating actions to bring each risk to its target score"
    ws.merge_cells("A2:K2")
    header_row(ws, 3, ["Risk", "Risk owner", "Residual score (L x I)", "Trend", "Ref",
                       "Further mitigating action", "Action owner", "Target date",
                       "Revised target date", "Action RAG", "Update"])
    D = dt.datetime
    acts = [
        (0, "1.1", "Develop a savings plan to close the 2026-27 budget gap, with options presented to the Fire Authority in February 2026.",
         "Treasurer / Head of Finance", D(2026, 2, 28), None, "G", "Options appraisal under way with the Strategic Leadership Team."),
        (0, "1.2", "Lobby through the NFCC and the Fire Finance Network for a multi-year settlement and full funding of employer pension contributions.",
         "Chief Fire Officer", "Ongoing", None, "G", "Response submitted to the provisional settlement consultation."),
        (0, "1.3", "Complete the review of the capital programme and estates strategy, reprofiling schemes not yet committed.",
         "Head of Estates", D(2025, 9, 30), D(2025, 12, 31), "A", "Draft reprofile with Treasurer; delayed by condition surveys."),
        (1, "2.1", "Run the on-call recruitment campaign for the 12 stations with the lowest appliance availability.",
         "Area Manager – Response", D(2025, 10, 31), None, "B", "Campaign closed; 31 trainees on the November recruits course."),
        (1, "2.2", "Introduce the flexible on-call contract following consultation with the representative bodies.",
         "Head of People Services and Area Manager – Response", "Q4 2025-26", None, "A", "Consultation extended at the request of the FBU."),
        (2, "3.1", "Complete testing of the business continuity arrangements for the Networked Fire Services Partnership mobilising system.",
         "Head of ICT", D(2025, 12, 31), None, "G", "Fallback test scheduled for 9 December."),
        (2, "3.2", "Achieve Cyber Essentials Plus accreditation.",
         "Head of ICT / Information Security Manager", D(2025, 7, 31), D(2026, 1, 31), "R", "Assessment failed on unsupported devices; remediation in progress."),
        (2, "3.3", "Run a phishing simulation exercise for all staff and report click-through rates to the Information Governance Board.",
         "Information Security Manager", "Quarterly", None, None, "Q2 exercise: 4.1% click-through (Q1 6.8%)."),
        (3, "4.1", "Deliver the independent culture review action plan, with quarterly progress reports to the People Committee.",
         "Deputy Chief Fire Officer", "Q1 2026-27", None, "A", "31 of 44 recommendations complete."),
        (3, "4.2", "Roll out the Core Code of Ethics refresher to all supervisory and middle managers.",
         "Head of Organisational Development", D(2025, 8, 31), None, "B", "Completed 29 August 2025."),
    ]
    r0 = 4
    spans = {}
    for i, (ri, ref, action, owner, tgt, rev, rag, upd) in enumerate(acts):
        r = r0 + i
        spans.setdefault(ri, []).append(r)
        rk, rown, q1, q2, tr, rfill = risks[ri]
        put(ws, r, 1, rk, bold=True)
        put(ws, r, 2, rown)
        put(ws, r, 3, q2, fill=rfill)
        put(ws, r, 4, tr)
        put(ws, r, 5, ref)
        put(ws, r, 6, action)
        put(ws, r, 7, owner)
        put(ws, r, 8, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
        put(ws, r, 9, rev, fmt="dd/mm/yyyy" if isinstance(rev, dt.datetime) else None)
        c = put(ws, r, 10, rag, fill=FILL[rag] if rag else GREEN)
        c.alignment = Alignment(horizontal="center", vertical="center")
        put(ws, r, 11, upd)
    for ri, rws in spans.items():
        a, b = rws[0], rws[-1]
        for col in (1, 2, 3, 4):
            for rr in range(a + 1, b + 1):
                ws.cell(row=rr, column=col).value = None
            ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
    for col, wdt in zip("ABCDEFGHIJK", (34, 26, 11, 7, 6, 55, 30, 13, 13, 9, 45)):
        ws.column_dimensions[col].width = wdt

    ky = wb.create_sheet("Key")
    ky["A1"] = "Risk scoring"
    ky["A1"].font = Font(bold=True)
    ky["A2"] = "Score = likelihood (1–5) x impact (1–5). High 15–25 (red); Medium 8–12 (amber); Low 1–6 (green)."
    ky["A4"] = "Action RAG"
    ky["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk / target date revised"),
                                ("R", "Off track")], start=5):
        put(ky, i, 1, k, fill=FILL[k])
        put(ky, i, 2, v)
    ky["A10"] = "Trend: ↑ risk increasing; → no change; ↓ risk reducing"
    wb.save(out(name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "green"}
    ends = {"1.1": "2026-02", "1.2": None, "1.3": "2025-12", "2.1": "2025-10", "2.2": "2026-03",
            "3.1": "2025-12", "3.2": "2026-01", "3.3": None, "4.1": "2026-06", "4.2": "2025-08"}
    etx = {"1.2": "Ongoing", "3.3": "Quarterly"}
    leads = {"1.1": ["Treasurer", "Head of Finance"],
             "2.2": ["Head of People Services", "Area Manager – Response"],
             "3.2": ["Head of ICT", "Information Security Manager"]}
    A = []
    for ri, ref, action, owner, tgt, rev, rag, upd in acts:
        A.append(act(ref, [risks[ri][0]], action, leads.get(ref, [owner]), ends[ref], st[rag],
                     end_text=etx.get(ref)))
    write_yaml(name, {
        "source": "Imitates a fire and rescue authority corporate risk register as reported quarterly to its audit "
                  "committee (e.g. Dorset & Wiltshire Fire and Rescue Authority Finance and Audit Committee, 2025-26; "
                  "no specific URL found). Copied features: summary sheet with title, risk scores with heat-map fills "
                  "and trend arrows and a totals line; register sheet with risk, owner, score and trend merged "
                  "vertically over the further mitigating actions, numbered actions, job-title owners (two per cell "
                  "joined by '/' and 'and'), target and revised target dates (date cells and text: Ongoing, "
                  "Quarterly, Q4 2025-26, Q1 2026-27), action RAG letters with fills (one fill only) and a Key sheet.",
        "reads": "Four corporate risks, each with two or three further mitigating actions: ten actions read on the "
                 "Register sheet under the risk they mitigate. The risk-score fills are risk ratings, not action "
                 "status; the Action RAG column gives the status and a revised target date replaces the target.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": A,
    })
    return name, len(A)


# =================================================================== 7. South Ribble highlight report xlsx (refuse)
def make_south_ribble_refuse_xlsx():
    name = "nd2-south-ribble-bc-transformation-programme-highlight-report-typo-month-refuse.xlsx"
    title = "South Ribble Borough Council – Transformation Programme Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    info = [("Senior Responsible Owner", "Chief Executive"),
            ("Reporting period", "July – September 2025 (Q2)"),
            ("Overall programme RAG", "A"),
            ("Report to", "Governance Committee, 12 November 2025")]
    for i, (k, v) in enumerate(info, start=2):
        put(ws, i, 1, k, bold=True)
        c = put(ws, i, 2, v)
        if v == "A":
            c.fill = solid(AMBER)
    ws["A7"] = "1. Key milestones"
    ws["A7"].font = Font(bold=True, size=12)
    header_row(ws, 8, ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"])
    WS1 = "Workstream 1: Customer and Digital"
    WS2 = "Workstream 2: Shared Services with Chorley Council"
    WS3 = "Workstream 3: Assets and Income"
    rows = [
        (WS1, None),
        ("CD1", "Launch the new customer portal with online forms for the 20 highest-volume service requests.",
         "Head of Customer and Digital", "Sept 2025", "Nov 2025", "A", "Integration with the waste system took longer than planned."),
        ("CD2", "Move the contact centre telephony to the cloud platform shared with Chorley.",
         "ICT Services Manager", "Dec 2025", "Dec 2025", "G", "Supplier onboarding complete."),
        ("CD3", "Introduce webchat on the council website for council tax and benefits enquiries.",
         "Customer Services Manager / Revenues and Benefits Manager", "Jan 2026", "Mar 2026", "A", "Dependent on CD1."),
        (WS2, None),
        ("SS1", "Complete the business case for a shared planning and building control service.",
         "Director of Planning and Property", "Dec 2025", "Febuary 2026", "A", "Options to be reported to the Shared Services Joint Committee."),
        ("SS2", "Consult staff on the shared ICT and HR structure and implement the agreed structure.",
         "Director of Change and Delivery", "Oct 2025", "Jan 2026", "R", "Consultation paused pending the job evaluation outcome."),
        (WS3, None),
        ("AI1", "Let the vacant units at Leyland market and the Civic Centre ground floor.",
         "Property Services Manager", "Mar 2026", "Mar 2026", "G", "Two units let in Q2; four remain."),
        ("AI2", "Review fees and charges for 2026-27 against neighbouring councils and cost recovery.",
         "Head of Finance (Deputy S151)", "Jan 2026", "Jan 2026", "G", "Benchmarking complete."),
        ("AI3", "Complete the disposal of the former depot site at Moss Side.",
         "Property Services Manager", "Jun 2025", "Jun 2025", "B", "Completed 27 June 2025; capital receipt £1.2m."),
    ]
    r = 9
    typo_row = None
    for row in rows:
        if row[1] is None:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = Font(bold=True)
            c.fill = solid("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, action, lead, base, fc, rag, comm = row
            for j, v in enumerate([ref, action, lead, base, fc, rag, comm], start=1):
                c = put(ws, r, j, v)
                if j == 6:
                    c.fill = solid(FILL[rag])
            if fc.startswith("Febuary"):
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="2. Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    header_row(ws, r, ["Ref", "Risk / issue", "Owner", "Impact", "Mitigation", "", ""])
    r += 1
    for rk in [("R1", "Capacity in ICT to support both councils' projects at once", "Director of Change and Delivery", "High", "Prioritisation agreed at Programme Board"),
               ("I1", "Job evaluation appeals delaying shared structures", "Head of HR", "Medium", "External HR support procured")]:
        for j, v in enumerate(rk, start=1):
            put(ws, r, j, v)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="3. Decisions required from Programme Board").font = Font(bold=True, size=12)
    r += 1
    ws.cell(row=r, column=1, value="Agree the revised forecast dates for CD1, CD3, SS1 and SS2.")
    for col, wdt in zip("ABCDEFG", (28, 60, 34, 13, 14, 6, 50)):
        ws.column_dimensions[col].width = wdt

    bs = wb.create_sheet("Benefits")
    bs["A1"] = "Programme benefits – savings profile (£000)"
    bs["A1"].font = Font(bold=True)
    header_row(bs, 2, ["Workstream", "2025-26 target", "2025-26 forecast", "2026-27 target"])
    for i, v in enumerate([("Customer and Digital", 120, 95, 240), ("Shared Services", 300, 210, 650),
                           ("Assets and Income", 180, 205, 220)], start=3):
        for j, x in enumerate(v, start=1):
            put(bs, i, j, x)
    for j, v in enumerate(("Total", 600, 510, 1110), start=1):
        put(bs, 6, j, v, bold=True)
    wb.save(out(name))
    assert typo_row == 14, typo_row

    write_yaml(name, {
        "source": "Imitates a district council transformation programme highlight report to a governance/scrutiny "
                  "committee (e.g. South Ribble Borough Council, shared services with Chorley, 2025-26; no specific URL "
                  "found). Copied features: title, programme information block with overall RAG fill, key milestones "
                  "table with workstream section rows merged across, baseline and forecast dates as text, RAG letters "
                  "with fills, commentary, a risks and issues table, a decisions-required line and a benefits/savings "
                  "totals sheet.",
        "reads": "Nine milestones/actions under three workstreams, each with baseline and forecast dates. The forecast "
                 "date of SS1 reads 'Febuary 2026', a mistyped month in the end cell, so a careful reader stops and "
                 "asks before taking the plan's dates.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 9


if __name__ == "__main__":
    made = [
        make_icb_csv(),
        make_nwas_sar_xlsx(),
        make_wokingham_dhr_docx(),
        make_welwyn_csp_txt(),
        make_mwl_maternity_docx(),
        make_dwfrs_crr_xlsx(),
        make_south_ribble_refuse_xlsx(),
    ]
    for n, k in made:
        print(f"{n}: {k} actions")
