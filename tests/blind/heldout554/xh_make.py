"""Build the seven xh- blind test files (set heldout554) and their expected readings.

Run with /work/main/.venv/bin/python xh_make.py  (needs openpyxl, python-docx, pyyaml).
Every file written here starts with "xh-"; nothing else in the folder is touched.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE,
        "Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE}


def out(name):
    assert name.startswith("xh-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    if len(data) > 70 and "\n" not in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=">")
    return dumper.represent_str(data)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, doc):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                  default_flow_style=False, width=100)
    with open(path, encoding="utf-8") as f:
        assert yaml.safe_load(f) == doc, path


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Lancashire CCA – internal audit recommendations tracker (xlsx, read)
# ---------------------------------------------------------------------------
def lancashire():
    name = "xh-lancashire-cca-internal-audit-recommendations-tracker.xlsx"
    title = "Lancashire Combined County Authority – Internal Audit Recommendations Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit and Governance Committee – 14 January 2026"
    ws["A3"] = "Position as at 31 December 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = BOLD
    rows = [("Prepared by", "Head of Internal Audit (Lancashire County Council Internal Audit Service, on behalf of LCCA)"),
            ("Reviewed by", "Chief Finance Officer (S73)"),
            ("Version", "v1.2"),
            ("Date", "02/01/2026")]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(i, 1, k).font = BOLD
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A11"] = "Contents"
    ws["A11"].font = BOLD
    for i, t in enumerate(["Summary – recommendations by RAG and priority",
                           "Table A – Live recommendations",
                           "Table B – Recommendations implemented since the last Committee",
                           "Key – RAG and priority definitions"], start=12):
        ws.cell(i, 1, t)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90

    # Summary sheet
    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of internal audit recommendations – 31 December 2025"
    s["A1"].font = Font(bold=True, size=12)
    s.append([])
    s.append(["Position", "Number", "Change since October"])
    for r in [("Live – not yet due, on track (Green)", 3, "+2"),
              ("Live – revised date agreed (Amber)", 2, "0"),
              ("Live – overdue (Red)", 2, "+1"),
              ("Implemented since last Committee (Table B)", 3, "n/a"),
              ("Total", 10, "")]:
        s.append(list(r))
    s.append([])
    s.append(["Live recommendations by priority", "Number", ""])
    for r in [("High", 4, ""), ("Medium", 2, ""), ("Low", 1, ""), ("Total live", 7, "")]:
        s.append(list(r))
    for row in s.iter_rows(min_row=3, max_row=s.max_row):
        for c in row:
            if c.value is not None:
                c.border = BOX
    for r in (3, 10):
        for c in range(1, 4):
            s.cell(r, c).font = BOLD
    s.cell(8, 1).font = BOLD
    s.cell(14, 1).font = BOLD
    s.column_dimensions["A"].width = 48
    s.column_dimensions["B"].width = 10
    s.column_dimensions["C"].width = 22

    # Table A
    a = wb.create_sheet("Table A - Live")
    a["A1"] = "Table A – Live recommendations"
    a["A1"].font = Font(bold=True, size=12)
    a["A2"] = ("RAG: see Key sheet. Revised due dates were approved by the Committee on 16 July 2025 "
               "or 15 October 2025.")
    hdr = ["Ref", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
           "Original due date", "Revised due date", "% complete", "RAG", "Progress update (December 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = a.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    H_ASF = "Adult Skills Fund – Grant Funding Assurance (2024/25) – Limited assurance"
    H_IG = "Information Governance and Records Management (2024/25) – Reasonable assurance"
    H_BSIP = "Bus Service Improvement Plan – Capital Programme Controls (2025/26) – Limited assurance"
    R_ASF1 = "Grant funding agreements with providers should set out the evidence required before payments are released."
    R_ASF2 = "Monitoring visits to grant-funded providers should be risk-based and documented."
    R_IG1 = "The Authority should maintain a complete Record of Processing Activities (ROPA)."
    R_IG2 = "Retention schedules should be agreed and applied to shared drives."
    R_B1 = "Changes to capital schemes should be approved in line with the Authority's scheme of delegation."
    R_B2 = "Payments to delivery partners should be supported by evidence of the work completed."

    d = dt.datetime
    table_a = [
        ("H", H_ASF),
        ("ASF/01", R_ASF1, "High",
         "Revise the ASF grant funding agreement template to specify the evidence required for each payment milestone, and reissue it to all grant-funded providers for 2025/26.",
         "Director of Skills and Employment", d(2025, 9, 30), d(2026, 1, 31), 0.8, "A",
         "Template revised and approved by Legal; reissued to 9 of 12 providers. Remaining 3 to be issued with variation letters in January."),
        ("ASF/02", R_ASF2, "Medium",
         "Introduce a risk-based provider monitoring schedule with a standard visit record, and report a quarterly summary of visits to the Skills Programme Board.",
         "Skills Funding and Performance Manager", d(2025, 12, 31), None, 0.6, "G",
         "Schedule in place since October. First quarterly summary to Programme Board on 22 January 2026."),
        ("H", H_IG),
        ("IG/01", R_IG1, "Medium",
         "Complete the ROPA for all directorates, including the transport functions transferred from the constituent councils, and present it to the Information Governance Group for sign-off.",
         "Data Protection Officer", d(2025, 6, 30), d(2025, 11, 30), 0.5, "R",
         "Overdue. Transport entries outstanding pending transfer of records from Blackpool and Blackburn with Darwen. A further extension will be requested."),
        ("IG/02", R_IG2, "Low",
         "Agree a corporate retention schedule and carry out a first review of the shared drives against it.",
         "Head of Democratic Services; Data Protection Officer", d(2026, 3, 31), None, 0.2, "G",
         "Draft schedule circulated to Heads of Service for comment."),
        ("H", H_BSIP),
        ("BSIP/01", R_B1, "High",
         "Introduce a change control log for all BSIP capital schemes, with approval thresholds aligned to the scheme of delegation, and report changes above £250k to the Transport Committee.",
         "Head of Transport Policy / Programme Manager (BSIP)", d(2025, 10, 31), d(2026, 2, 28), 0.4, "A",
         "Change control log live. Thresholds to go to Transport Committee in February 2026 with the revised scheme of delegation."),
        ("BSIP/02", R_B2, "High",
         "Require delivery partners to submit evidence of completed works (site photographs, valuation certificates) with every claim, and sample check 10% of claims before payment.",
         "Chief Finance Officer (S73)", d(2025, 11, 30), None, 0.3, "R",
         "Evidence requirement communicated to partners. Sample checking not yet started owing to a vacancy in the Finance team."),
        ("BSIP/03", None, None,
         "Reconcile BSIP capital claims paid in 2024/25 to the evidence held and recover any overpayments identified.",
         "Chief Finance Officer (S73)", d(2026, 3, 31), None, 0.0, "G",
         "Reconciliation scheduled for February–March 2026."),
    ]
    r = 5
    merge_from = None
    for item in table_a:
        if item[0] == "H":
            a.cell(r, 1, item[1]).font = BOLD
            a.cell(r, 1).fill = fill("D9E1F2")
            a.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, rec, pri, action, lead, orig, rev, pct, rag, upd = item
        vals = [ref, rec, pri, action, lead, orig, rev, pct, None, upd]
        for c, v in enumerate(vals, start=1):
            cell = a.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        a.cell(r, 6).number_format = "dd/mm/yyyy"
        a.cell(r, 7).number_format = "dd/mm/yyyy"
        a.cell(r, 8).number_format = "0%"
        a.cell(r, 9).fill = fill(FILL[rag])
        if ref == "BSIP/02":
            merge_from = r
        r += 1
    # BSIP/02 and BSIP/03 answer the same recommendation: merge Recommendation and Priority
    a.merge_cells(start_row=merge_from, start_column=2, end_row=merge_from + 1, end_column=2)
    a.merge_cells(start_row=merge_from, start_column=3, end_row=merge_from + 1, end_column=3)
    widths = [10, 40, 9, 55, 28, 12, 12, 10, 6, 50]
    for i, w in enumerate(widths, start=1):
        a.column_dimensions[chr(64 + i)].width = w
    a.freeze_panes = "A5"

    # Table B
    b = wb.create_sheet("Table B - Implemented")
    b["A1"] = "Table B – Recommendations implemented since the last Committee (15 October 2025)"
    b["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Audit", "Recommendation", "Agreed management action", "Responsible officer",
           "Due date", "Date implemented", "Status", "Evidence seen by Internal Audit"]
    for c, h in enumerate(hdr, start=1):
        cell = b.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    A_TRE = "Treasury Management (2024/25) – Substantial assurance"
    A_MEM = "Member Allowances and Expenses (2024/25) – Reasonable assurance"
    R_TRE = "The Treasury Management Strategy should be approved before the start of the financial year."
    R_ASF3 = "Conflicts of interest should be declared and recorded for all grant panel members."
    R_MEM = "Member expense claims should be checked against the Members' Allowances Scheme before payment."
    table_b = [
        ("ASF/03", H_ASF, R_ASF3,
         "Introduce a declaration of interests form for every ASF grant assessment panel and keep the completed forms with the panel record.",
         "Director of Skills and Employment", d(2025, 9, 30), d(2025, 9, 19),
         "Declarations held for the September and November 2025 panels."),
        ("TRE/01", A_TRE, R_TRE,
         "Build approval of the Treasury Management Strategy into the annual budget timetable so that the Combined County Authority approves it each February.",
         "Chief Finance Officer (S73)", d(2025, 10, 31), d(2025, 10, 14),
         "2026/27 budget timetable approved by Leadership Team on 14/10/2025."),
        ("MEM/02", A_MEM, R_MEM,
         "Add a pre-payment check of all Member expense claims against the Members' Allowances Scheme, evidenced on the claim form.",
         "Monitoring Officer", d(2025, 12, 31), d(2025, 11, 28),
         "Sample of 8 November claims checked; all evidenced."),
    ]
    r = 4
    for ref, aud, rec, action, lead, due, done, ev in table_b:
        vals = [ref, aud, rec, action, lead, due, done, "Implemented", ev]
        for c, v in enumerate(vals, start=1):
            cell = b.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        b.cell(r, 6).number_format = "dd/mm/yyyy"
        b.cell(r, 7).number_format = "dd/mm/yyyy"
        r += 1
    for i, w in enumerate([10, 34, 40, 55, 28, 12, 14, 13, 40], start=1):
        b.column_dimensions[chr(64 + i)].width = w

    # Key
    k = wb.create_sheet("Key")
    k["A1"] = "Key"
    k["A1"].font = Font(bold=True, size=12)
    k["A3"] = "RAG"
    k["A3"].font = BOLD
    for i, (col, txt) in enumerate([(RED, "Overdue, or the due date will not be met"),
                                    (AMBER, "Revised due date agreed by Committee; progress being made"),
                                    (GREEN, "Not yet due and on track")], start=4):
        k.cell(i, 1).fill = fill(col)
        k.cell(i, 2, txt)
    k["A8"] = "Priority"
    k["A8"].font = BOLD
    for i, (p, txt) in enumerate([("High", "Fundamental weakness in control; action needed within 3 months"),
                                  ("Medium", "Significant weakness; action needed within 6 months"),
                                  ("Low", "Minor weakness or best practice; action within 12 months")], start=9):
        k.cell(i, 1, p)
        k.cell(i, 2, txt)
    k["A13"] = "Implemented recommendations are moved to Table B and reported once before closure."
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 70
    wb.save(out(name))

    acts = [
        act("ASF/01", [H_ASF, R_ASF1], table_a[1][3], ["Director of Skills and Employment"], "2026-01", "amber"),
        act("ASF/02", [H_ASF, R_ASF2], table_a[2][3], ["Skills Funding and Performance Manager"], "2025-12", "green"),
        act("IG/01", [H_IG, R_IG1], table_a[4][3], ["Data Protection Officer"], "2025-11", "red"),
        act("IG/02", [H_IG, R_IG2], table_a[5][3], ["Head of Democratic Services", "Data Protection Officer"], "2026-03", "green"),
        act("BSIP/01", [H_BSIP, R_B1], table_a[7][3], ["Head of Transport Policy", "Programme Manager (BSIP)"], "2026-02", "amber"),
        act("BSIP/02", [H_BSIP, R_B2], table_a[8][3], ["Chief Finance Officer (S73)"], "2025-11", "red"),
        act("BSIP/03", [H_BSIP, R_B2], table_a[9][3], ["Chief Finance Officer (S73)"], "2026-03", "green"),
        act("ASF/03", [H_ASF, R_ASF3], table_b[0][3], ["Director of Skills and Employment"], "2025-09", "blue"),
        act("TRE/01", [A_TRE, R_TRE], table_b[1][3], ["Chief Finance Officer (S73)"], "2025-10", "blue"),
        act("MEM/02", [A_MEM, R_MEM], table_b[2][3], ["Monitoring Officer"], "2025-12", "blue"),
    ]
    write_expected(name, {
        "source": ("Imitates a combined authority's internal audit recommendations tracker as taken to its Audit and "
                   "Governance Committee (Lancashire Combined County Authority, January 2026; layout after district and "
                   "county 'Audit Recommendation Tracker' reports with Table A live / Table B completed, e.g. North Devon "
                   "Governance Committee 2024). Copies: cover sheet with document-control block and contents, a summary "
                   "totals sheet, audit-title rows merged across the live table, a recommendation cell merged over two "
                   "management actions, original and revised due dates as real dates, % complete, fill-only RAG cells, "
                   "a completed table with the audit as a column and 'Implemented' status, a separate key sheet."),
        "reads": ("A five-sheet workbook: cover, summary counts, Table A of seven live agreed management actions grouped "
                  "under merged audit-title rows (each with its recommendation, officer, original/revised due dates and "
                  "a colour-only RAG cell), and Table B of three implemented actions. The actions are the agreed "
                  "management actions; the end is the revised due date where one is given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


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


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 2. Ackworth School – ISI inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def ackworth():
    name = "xh-ackworth-school-isi-inspection-action-plan.docx"
    title = "Ackworth School – Post-Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("ISI routine inspection: 12–14 November 2024  |  Report published: 30 January 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_text(t.rows[0].cells[c], h, bold=True)
    for row in [("1.0", "20/02/2025", "Deputy Head (Compliance)", "Board of Governors, 6 March 2025"),
                ("1.1", "12/06/2025", "Deputy Head (Compliance)", "Education & Welfare Committee, 19 June 2025")]:
        cells = t.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v

    doc.add_paragraph("Purpose", style="Heading 2")
    doc.add_paragraph(
        "This plan sets out how the school will respond to the area for action and the recommended next steps in "
        "the ISI report. It is reviewed at each meeting of the Education & Welfare Committee and progress is "
        "reported to the full Board of Governors.")

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (col, word, txt) in enumerate([(GREEN, "Green", "Action completed and impact evidenced"),
                                          (AMBER, "Amber", "Action under way"),
                                          (RED, "Red", "Action not started or behind timescale")]):
        set_text(key.rows[i].cells[0], word, bold=True)
        shade(key.rows[i].cells[0], col)
        key.rows[i].cells[1].text = txt

    S1 = "1. Safeguarding"
    S2 = "2. Leadership and management, and governance"
    S3 = "3. Quality of education, training and recreation"
    AA1 = ("Ensure that all staff understand and follow the school's procedures for recording and reporting "
           "low-level concerns about adults, so that these are consistently passed to the Head without delay.")
    NS1 = ("Strengthen governors' oversight of the school's compliance with the Standards by developing a more "
           "systematic approach to monitoring.")
    NS2 = ("Ensure that teaching in the lower school consistently adapts work to meet the needs of pupils who have "
           "special educational needs and/or disabilities (SEND).")

    sections = [
        (S1, "The school did not meet the standard in Part 3, paragraph 7 (safeguarding). The area for action is set out below.",
         "AA1", AA1, [
             ("1.1", "Re-issue the low-level concerns policy to all staff with a revised one-page flowchart, and require every member of staff to confirm in writing that they have read it.",
              "DSL", "Confirmation held for 100% of staff on the single training record.", "December 2024", "Green"),
             ("1.2", "Deliver whole-staff INSET on low-level concerns, including scenarios for boarding and peripatetic staff.",
              "DSL / Head of Boarding", "Attendance register; staff survey shows confidence in procedure.", "06/01/2025", "Green"),
             ("1.3", "Move the recording of low-level concerns onto CPOMS with automatic alerts to the Head, and audit the log each half-term.",
              "Deputy Head (Pastoral)", "Half-termly audit reports to the Head.", "Ongoing – half-termly audit", "Amber"),
             ("1.4", "Safeguarding governor to review the low-level concerns log and report to the Board each term.",
              "Chair of Governors & Safeguarding Governor", "Termly report minuted by the Board.", "Summer term 2025", "Amber"),
         ]),
        (S2, None, "NS1", NS1, [
            ("2.1", "Introduce a compliance calendar setting out which policies and checks each governors' committee reviews each term.",
             "Bursar", "Calendar adopted; committee agendas follow it.", "March 2025", "Green"),
            ("2.2", "Commission an external safeguarding and compliance review ahead of the next inspection and present the findings to the Board.",
             "Head", "Review report and action log received by the Board.", "Autumn term 2025", "Red"),
        ]),
        (S3, None, "NS2", NS2, [
            ("3.1", "Share pupil passports for all pupils on the learning support register with subject teachers through the MIS, with named strategies for each pupil.",
             "Director of Studies / Head of Learning Support", "Passports live on the MIS for every pupil on the register.", "February half-term 2025", "Green"),
            ("3.2", "Run a programme of paired lesson observations in Years 7–9 focused on adaptive teaching, with feedback to heads of department.",
             "Director of Studies", "Observation records show adaptation in most lessons.", "31/05/2025", "Amber"),
            ("3.3", "Review the impact through a scrutiny of SEND pupils' work and report the outcomes to the Education & Welfare Committee.",
             "Head of Learning Support", "Scrutiny report minuted by the Committee.", "July 2025", "Amber"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead(s)", "Success criteria / evidence", "Timescale", "RAG"]
    for sec_title, intro, rec_ref, rec_text, rows in sections:
        doc.add_paragraph(sec_title, style="Heading 2")
        if intro:
            doc.add_paragraph(intro)
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_text(tb.rows[0].cells[c], h, bold=True)
            shade(tb.rows[0].cells[c], "D9D9D9")
        rr = tb.rows[1].cells
        set_text(rr[0], rec_ref, bold=True)
        m = rr[1].merge(rr[5])
        set_text(m, rec_text, bold=True)
        shade(rr[0], "DEEAF6")
        shade(m, "DEEAF6")
        for ref, action, lead, sc, when, rag in rows:
            cells = tb.add_row().cells
            for c, v in enumerate([ref, action, lead, sc, when, rag]):
                cells[c].text = v
            shade(cells[5], FILL[rag])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, (who, date) in enumerate([("Head", "12/06/2025"), ("Chair of Governors", "19/06/2025")]):
        so.rows[i].cells[0].text = who
        so.rows[i].cells[1].text = "Signed: ____________________"
        so.rows[i].cells[2].text = "Date: " + date
    doc.save(out(name))

    status = {"Green": "blue", "Amber": "amber", "Red": "red"}
    ends = {"December 2024": ("2024-12", None), "06/01/2025": ("2025-01", None),
            "Ongoing – half-termly audit": (None, "Ongoing – half-termly audit"),
            "Summer term 2025": ("2025-07", "Summer term 2025"), "March 2025": ("2025-03", None),
            "Autumn term 2025": ("2025-12", "Autumn term 2025"),
            "February half-term 2025": ("2025-02", "February half-term 2025"),
            "31/05/2025": ("2025-05", None), "July 2025": ("2025-07", None)}
    leads = {"DSL": ["DSL"], "DSL / Head of Boarding": ["DSL", "Head of Boarding"],
             "Deputy Head (Pastoral)": ["Deputy Head (Pastoral)"],
             "Chair of Governors & Safeguarding Governor": ["Chair of Governors", "Safeguarding Governor"],
             "Bursar": ["Bursar"], "Head": ["Head"],
             "Director of Studies / Head of Learning Support": ["Director of Studies", "Head of Learning Support"],
             "Director of Studies": ["Director of Studies"], "Head of Learning Support": ["Head of Learning Support"]}
    acts = []
    for sec_title, _i, _r, rec_text, rows in sections:
        for ref, action, lead, _sc, when, rag in rows:
            e, et = ends[when]
            acts.append(act(ref, [sec_title, rec_text], action, leads[lead], e, status[rag], et))
    write_expected(name, {
        "source": ("Imitates an independent school's post-inspection action plan after an ISI routine inspection under "
                   "the September 2023 framework (Ackworth School, Pontefract, 2024/25; ISI reports give areas for "
                   "action where a Standard is unmet and recommended next steps). Copies: title and inspection line, "
                   "document-control table, purpose text, a RAG key table in which Green means completed (no blue), "
                   "one table per framework section under a numbered heading, the area for action / next step as a "
                   "merged shaded row with its own ref above the actions, school terms and half-terms as timescales, "
                   "joint leads, a sign-off table."),
        "reads": ("Three numbered sections, each with a table whose first body row is the inspectors' area for action or "
                  "recommended next step (AA1, NS1, NS2) and whose following rows are numbered actions 1.1–3.3 with "
                  "lead(s), success criteria, timescale and a shaded RAG word. The school's key says Green = completed, "
                  "so Green actions are complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 3. Volkswagen Financial Services UK – FCA BiFD remediation tracker (csv, read)
# ---------------------------------------------------------------------------
def vwfs():
    name = "xh-volkswagen-financial-services-uk-fca-borrowers-in-financial-difficulty-remediation-tracker.csv"
    title = "Volkswagen Financial Services (UK) Limited – Borrowers in Financial Difficulty (BiFD) Remediation Programme: Action Tracker"
    W1 = "WS1 Vulnerability identification"
    W2 = "WS2 Forbearance & affordability"
    W3 = "WS3 Repossession & voluntary termination"
    W4 = "WS4 Customer communications"
    W5 = "WS5 Complaints (DISP)"
    W6 = "WS6 Customer redress"
    F1 = "F1 – Customer vulnerabilities not identified or recorded"
    F2 = "F2 – Forbearance options not considered; no affordability assessment"
    F3 = "F3 – Vehicles repossessed without assessing customer circumstances"
    F4 = "F4 – Templated and automated arrears communications"
    F5 = "F5 – Expressions of dissatisfaction not logged as complaints"
    F6 = "F6 – Customers who may have suffered harm not remediated"
    rows = [
        ("BIFD-001", W1, F1,
         "Implement vulnerability flagging in the collections platform, with mandatory capture of the type of need and the adjustments agreed with the customer.",
         "Khan, Imran", "31/03/2025", "", "B", "Closed", "Flags live 17/03/2025. Second-line assurance testing passed 02/05/2025."),
        ("BIFD-002", W1, F1,
         "Deliver vulnerability training (TEXAS/IDEA) to all collections and customer service colleagues, with an annual refresher.\nCompetency to be assessed through call listening.",
         "Doyle, Sarah", "30/06/2025", "30/09/2025", "A", "Open",
         "Training delivered to 412 of 455 colleagues. Call-listening assessments behind plan; revised date agreed at Programme Steering Group 15/07/2025."),
        ("BIFD-003", W2, F2,
         "Introduce a standard income and expenditure assessment (Standard Financial Statement) before any payment arrangement is agreed.",
         "Patel, Rakesh", "31/01/2025", "", "B", "Closed", "SFS embedded in arrangement journey from 20/01/2025."),
        ("BIFD-004", W2, F2,
         "Redesign the forbearance decision tree so that sustainable arrangements, payment holidays and term extensions are offered before voluntary termination or early settlement.",
         "Patel, Rakesh; Morgan, Helen", "30/04/2025", "31/12/2025", "G", "Open",
         "Decision tree signed off by Credit Risk Committee. System build in UAT; go-live planned for 01/12/2025."),
        ("BIFD-005", W3, F3,
         "Require second-line sign-off for every repossession referral where a vulnerability flag or an open complaint is present.",
         "Morgan, Helen", "28/02/2025", "", "B", "Closed", "Control operating since 24/02/2025; monthly MI to Conduct Risk Forum."),
        ("BIFD-006", W4, F4,
         "Rewrite the arrears letter and SMS suite in plain English, signposting free debt advice, and test the new wording with customers who have lived experience of financial difficulty.",
         "Okafor, Chidi", "31/05/2025", "31/01/2026", "R", "Open",
         "Legal review of the revised suite delayed. Customer testing not yet booked. Escalated to Programme Steering Group."),
        ("BIFD-007", W5, F5,
         "Retrain collections agents on complaint identification and introduce QA sampling of 5% of arrears calls for missed complaints.",
         "Doyle, Sarah", "31/12/2025", "", "G", "Open", "Retraining complete; QA sampling starts November."),
        ("BIFD-008", W6, F6,
         "Contact all c.110,000 in-scope customers and pay redress under the agreed scheme methodology; report completion to the FCA.",
         "Programme Director – BiFD Remediation", "31/10/2025", "31/03/2026", "A", "Open",
         "Redress paid to 71% of in-scope customers. Tracing exercise for gone-away customers extended."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 10
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Source: GRC action register export; filter Programme = BiFD Remediation; extracted 07/11/2025 08:42"] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Action ID", "Workstream", "FCA Finding", "Action Description", "Action Owner",
                "Original Target Date", "Revised Target Date", "RAG", "Action Status", "Latest Update"])
    for r in rows:
        w.writerow(list(r))
    w.writerow([""] * ncol)
    w.writerow(["Total actions: 8 (Closed 3, Open 5)"] + [""] * (ncol - 1))
    w.writerow(["RAG key: B = closed and assured; G = on track; A = at risk; R = off track"] + [""] * (ncol - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def month(s):
        d_, m_, y_ = s.split("/")
        return f"{y_}-{m_}"

    lead = {"Khan, Imran": ["Khan, Imran"], "Doyle, Sarah": ["Doyle, Sarah"], "Patel, Rakesh": ["Patel, Rakesh"],
            "Patel, Rakesh; Morgan, Helen": ["Patel, Rakesh", "Morgan, Helen"], "Morgan, Helen": ["Morgan, Helen"],
            "Okafor, Chidi": ["Okafor, Chidi"],
            "Programme Director – BiFD Remediation": ["Programme Director – BiFD Remediation"]}
    acts = [act(r[0], [r[1], r[2]], r[3], lead[r[4]], month(r[6] or r[5]), st[r[7]]) for r in rows]
    write_expected(name, {
        "source": ("Imitates a motor-finance lender's remediation action tracker answering the FCA (Volkswagen Financial "
                   "Services (UK) Ltd, fined in October 2024 for failing to treat borrowers in financial difficulty "
                   "fairly between 2017 and 2023; redress to c.110,000 customers, new collections model, training and "
                   "communications). Copies the shape of a GRC-tool CSV export: title and extract lines above the "
                   "header, workstream and FCA finding columns, owners exported as 'Surname, Forename', original and "
                   "revised target dates day-first, a RAG letter plus Open/Closed status, a quoted multi-line action, "
                   "totals and RAG key lines at the foot."),
        "reads": ("Eight remediation actions BIFD-001 to BIFD-008, each under its workstream and the FCA finding it "
                  "answers, with one owner in surname-comma-forename form (two in one cell for BIFD-004), an original "
                  "and sometimes a revised target date, and a RAG letter where B means closed and assured."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 4. Tenbury Town Council – Storm Bert flood lessons-learned action plan (txt, read)
# ---------------------------------------------------------------------------
def tenbury():
    name = "xh-tenbury-town-council-storm-bert-flood-lessons-learned-action-plan.txt"
    title = "Tenbury Town Council – Storm Bert Flooding (23–25 November 2024): Lessons Learned Action Plan"
    T1 = "1. WARNING AND INFORMING"
    T2 = "2. COMMUNITY RESPONSE AND VOLUNTEERS"
    T3 = "3. RECOVERY AND INFRASTRUCTURE"
    L11 = "Flood warnings for the Teme reached some residents too late; not all vulnerable households were on the Floodline list."
    L21 = "The Pump Rooms rest centre opened late because keyholders could not be reached."
    L22 = "Spontaneous volunteers were not co-ordinated and some entered flood water."
    L31 = "Blocked gullies on Berrington Road and Cross Street made surface water flooding worse."
    L32 = "Businesses did not know which recovery grants were available."
    L33 = "The Town Council has no flood emergency plan of its own."
    lines = [
        title,
        "Agreed at Full Council 10 March 2025. Progress as reported to Full Council 8 September 2025.",
        "RAG: G = on track   A = some slippage   R = not started / off track   C = complete",
        "",
        "\t".join(["No.", "Lesson identified", "Action", "Who", "By when", "Progress", "RAG"]),
    ]
    items = [
        (T1,),
        ("1.1", L11, "Run a Floodline sign-up drive in Teme Street, Market Street and the riverside caravan park, with door-knocking by flood wardens.",
         "Flood Warden Co-ordinator", "Oct 2025", "Two sessions held; 46 new sign-ups.", "G"),
        ("1.2", "", "Compile a confidential list of vulnerable residents in the flood zone (with their consent) and share it with Worcestershire County Council Emergency Planning.",
         "Town Clerk", "31/12/2025", "Consent form drafted; data protection advice sought from SLCC.", "A"),
        (T2,),
        ("2.1", L21, "Keep at least four keyholders on a 24-hour contact list for the Pump Rooms and test the call-out twice a year.",
         "Town Clerk / Deputy Town Clerk", "Nov 2025", "List updated March 2025; first test call-out carried out 2 April.", "C"),
        ("2.2", L22, "Agree a volunteer briefing sheet and sign-in process with Tenbury Community Flood Group and the Rotary Club.",
         "Cllr Hughes & Cllr Pritchard", "June 2025", "Briefing sheet adopted May 2025.", "C"),
        ("CONT", "Sign-in sheets kept at the Pump Rooms and the Library."),
        ("2.3", "", "Buy and store a flood kit (waders, torches, hi-vis, sandbags) for trained volunteers only.",
         "Deputy Town Clerk", "Oct 2025 – Mar 2026", "Quotes obtained; grant application to Malvern Hills District Council submitted.", "A"),
        (T3,),
        ("3.1", L31, "Report drainage defects to Worcestershire County Council Highways after every heavy-rain event and keep a log of reports and responses.",
         "Town Clerk", "Ongoing", "Seven reports logged since March.", "G"),
        ("3.2", L32, "Publish a single recovery information page on the Town Council website and in the Tenbury Advertiser.",
         "Town Clerk", "April 2025", "Not yet published – awaiting details of the district council's 2025 grant round.", "R"),
        ("3.3", L33, "Produce a Town Council flood emergency plan, linked to the Community Emergency Plan, and adopt it at Full Council.",
         "Emergency Plan Working Group", "Jan 2026", "First draft discussed by the Working Group on 14 August.", "A"),
    ]
    for it in items:
        if len(it) == 1:
            lines.append(it[0] + "\t\t\t\t\t\t")
        elif it[0] == "CONT":
            lines.append("\t\t\t\t\t" + it[1] + "\t")
        else:
            lines.append("\t".join(it))
    lines += [
        "",
        "Notes",
        "1. Actions for Worcestershire County Council and the Environment Agency raised at the multi-agency debrief are not repeated here; see the County debrief report.",
        "2. The Emergency Plan Working Group is Cllrs Hughes, Pritchard and Evans with the Town Clerk.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    st = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    ends = {"Oct 2025": ("2025-10", None), "31/12/2025": ("2025-12", None), "Nov 2025": ("2025-11", None),
            "June 2025": ("2025-06", None), "Oct 2025 – Mar 2026": ("2026-03", "Oct 2025 – Mar 2026"),
            "Ongoing": (None, "Ongoing"), "April 2025": ("2025-04", None), "Jan 2026": ("2026-01", None)}
    leads = {"Flood Warden Co-ordinator": ["Flood Warden Co-ordinator"], "Town Clerk": ["Town Clerk"],
             "Town Clerk / Deputy Town Clerk": ["Town Clerk", "Deputy Town Clerk"],
             "Cllr Hughes & Cllr Pritchard": ["Cllr Hughes", "Cllr Pritchard"],
             "Deputy Town Clerk": ["Deputy Town Clerk"], "Emergency Plan Working Group": ["Emergency Plan Working Group"]}
    acts = []
    theme = None
    lesson = None
    for it in items:
        if len(it) == 1:
            theme = it[0]
            continue
        if it[0] == "CONT":
            continue
        ref, les, action, who, when, _p, rag = it
        if les:
            lesson = les
        e, et = ends[when]
        acts.append(act(ref, [theme, lesson], action, leads[who], e, st[rag], et))
    write_expected(name, {
        "source": ("Imitates a town council's post-flood lessons-learned action plan (Tenbury Town Council, Tenbury Wells, "
                   "after the River Teme flooding in Storm Bert, November 2024), as exported to tab-separated text from "
                   "the clerk's spreadsheet. Copies: title, adoption/progress line and a RAG key line above the header; "
                   "numbered capitalised theme rows; a lesson column left blank for a second action under the same lesson; "
                   "'Cllr X & Cllr Y' and 'Town Clerk / Deputy Town Clerk' leads; a period and 'Ongoing' in By when; a "
                   "continuation line carrying on a progress comment; a notes block at the foot."),
        "reads": ("Eight numbered actions in three themes. Each lesson identified stands over the actions that follow it "
                  "until the next lesson (1.2 answers the lesson of 1.1, 2.3 that of 2.2); the RAG letter C means "
                  "complete per the key line; the line holding only a progress comment continues 2.2's progress."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 5. Infected Blood Compensation Authority – programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def ibca():
    name = "xh-infected-blood-compensation-authority-service-scale-up-programme-highlight-report.xlsx"
    title = "Infected Blood Compensation Authority – Compensation Service Scale-Up Programme: Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Reporting period: 1–31 October 2025  |  For: Programme Board, 12 November 2025  |  OFFICIAL"
    ws.merge_cells("A2:I2")
    info = [("Senior Responsible Owner", "Chief Operating Officer"),
            ("Programme Director", "Head of Programme Delivery"),
            ("Overall RAG – previous period", "Amber"),
            ("Overall RAG – this period", "Amber")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = BOLD
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        ws.cell(i, 3, v)
        ws.cell(i, 1).border = BOX
        ws.cell(i, 3).border = BOX
        if v in FILL:
            ws.cell(i, 3).fill = fill(FILL[v])
    ws["A9"] = "Summary of progress"
    ws["A9"].font = BOLD
    ws["A9"].fill = fill("D9E1F2")
    ws.merge_cells("A9:I9")
    ws["A10"] = ("Combined core and supplementary route offers began in October and the data-sharing agreements with the "
                 "UK support schemes are now signed. Recruitment of claims managers is behind plan and the average time "
                 "from claim start to offer has not fallen as forecast, so the overall rating remains Amber.")
    ws["A10"].alignment = WRAP
    ws.merge_cells("A10:I10")
    ws.row_dimensions[10].height = 48
    ws["A12"] = "Key milestones and actions"
    ws["A12"].font = BOLD
    ws["A12"].fill = fill("D9E1F2")
    ws.merge_cells("A12:I12")
    hdr = ["ID", "Workstream", "Milestone / action", "Owner", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(13, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    d = dt.datetime
    WS1 = "WS1 Claims operations"
    WS2 = "WS2 Digital and data"
    WS3 = "WS3 Evidence and records"
    WS4 = "WS4 People and estates"
    ms = [
        (WS1, "M1.1", "Recruit and train a further 150 claims managers for the Newcastle and Glasgow hubs.",
         "Director of Claims Operations", d(2025, 9, 30), d(2025, 12, 31), "Amber", "Amber",
         "112 in post; final cohort starts 1 December."),
        (WS1, "M1.2", "Begin processing supplementary route claims alongside core route claims.",
         "Director of Claims Operations", d(2025, 10, 31), d(2025, 10, 31), "Green", "Complete",
         "First combined core and supplementary offers issued 20 October."),
        (WS1, "M1.3", "Reduce the average time from claim start to offer to 90 days.",
         "Head of Performance & Insight", d(2026, 3, 31), d(2026, 3, 31), "Amber", "Red",
         "Current average 134 days. Main dependency is medical records retrieval (M3.1)."),
        (WS2, "M2.1", "Release the claimant online account (beta) to registered estates.",
         "Chief Digital Officer", d(2025, 11, 30), d(2026, 1, 30), "Green", "Amber",
         "Accessibility audit found 14 issues; release re-planned for January."),
        (WS2, "M2.2", "Complete data-sharing agreements with the four UK infected blood support schemes.",
         "Chief Digital Officer / Data Protection Officer", d(2025, 9, 30), d(2025, 10, 24), "Amber", "Complete",
         "All four agreements signed; last one on 24 October."),
        (WS3, "M3.1", "Agree a service level for medical records requests with NHS trusts and health boards.",
         "Director of Service Design", d(2025, 12, 31), d(2025, 12, 31), "Amber", "Green",
         "Draft service level agreed with NHS England; devolved nations to confirm in November."),
        (WS3, "M3.2", "Publish revised evidence guidance for affected claimants, developed with the Community Reference Group.",
         "Amira Shah and Daniel Frost", d(2025, 11, 28), d(2025, 11, 28), "Green", "Green",
         "Second workshop with the Reference Group held 16 October."),
        (WS4, "M4.1", "Fit out the second floor at the Newcastle hub for the additional claims teams.",
         "Head of Estates", d(2025, 12, 19), d(2026, 2, 27), "Green", "Amber",
         "Landlord consent delayed; contractor mobilises January."),
    ]
    r = 14
    start = {}
    for wsn, mid, text, owner, base, fc, prev, cur, com in ms:
        start.setdefault(wsn, r)
        vals = [mid, wsn if start[wsn] == r else None, text, owner, base, fc, prev, cur, com]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(r, 5).number_format = "dd-mmm-yy"
        ws.cell(r, 6).number_format = "dd-mmm-yy"
        ws.cell(r, 7).fill = fill(FILL[prev])
        ws.cell(r, 8).fill = fill(FILL[cur])
        r += 1
    last = r - 1
    # merge the workstream column down over each workstream's rows
    order = list(start.items())
    for i, (wsn, s0) in enumerate(order):
        e0 = order[i + 1][1] - 1 if i + 1 < len(order) else last
        if e0 > s0:
            ws.merge_cells(start_row=s0, start_column=2, end_row=e0, end_column=2)
        ws.cell(s0, 2).font = BOLD
    r = last + 2
    ws.cell(r, 1, "Decisions and escalations for Programme Board").font = BOLD
    ws.cell(r, 1).fill = fill("D9E1F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r + 1, 1, "The Board is asked to note the re-planned dates for M2.1 and M4.1 and to agree that the M1.3 target "
                      "is reviewed at the December Board once the records service level is in place.").alignment = WRAP
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
    ws.row_dimensions[r + 1].height = 32
    for i, w in enumerate([8, 20, 48, 28, 12, 12, 11, 11, 45], start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    k = wb.create_sheet("RAG definitions")
    k["A1"] = "RAG definitions (milestones)"
    k["A1"].font = BOLD
    for i, (word, txt) in enumerate([("Complete", "Milestone met and evidence accepted by the PMO"),
                                     ("Green", "On track to meet the forecast date; forecast within baseline"),
                                     ("Amber", "Forecast later than baseline but recoverable within tolerance"),
                                     ("Red", "Forecast date at risk or outside tolerance; escalation required")], start=3):
        k.cell(i, 1, word).fill = fill(FILL[word])
        k.cell(i, 2, txt)
    k.column_dimensions["A"].width = 12
    k.column_dimensions["B"].width = 70
    v = wb.create_sheet("Version")
    v.append(["Version", "Date", "Change"])
    v.append(["0.1", "04/11/2025", "Draft from workstream returns"])
    v.append(["1.0", "06/11/2025", "Issued to Programme Board"])
    wb.save(out(name))

    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    leads = {"Chief Digital Officer / Data Protection Officer": ["Chief Digital Officer", "Data Protection Officer"],
             "Amira Shah and Daniel Frost": ["Amira Shah", "Daniel Frost"]}
    acts = [act(m[1], [m[0]], m[2], leads.get(m[3], [m[3]]), m[5].strftime("%Y-%m"), st[m[7]]) for m in ms]
    write_expected(name, {
        "source": ("Imitates a programme highlight report of a new arm's-length body (Infected Blood Compensation "
                   "Authority, established 2024 to pay the Infected Blood Compensation Scheme; scale-up of the claims "
                   "service through 2025). Copies the usual government programme highlight-report shape: title block "
                   "with reporting period and board, SRO/Programme Director and previous/current overall RAG, a "
                   "narrative summary, a milestones table with the workstream merged down its rows, baseline and "
                   "forecast dates, previous and current RAG with fill, commentary, a decisions/escalations box, and "
                   "separate RAG-definitions and version sheets."),
        "reads": ("Eight milestones M1.1–M4.1 under four workstreams, each with an owner, a baseline and a forecast date "
                  "(the forecast is the date now planned) and a previous and a current RAG; the status is the current "
                  "RAG, where Complete means done. The summary text and the Board decisions box are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 6. St Francis Hospice – CQC inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def st_francis():
    name = "xh-st-francis-hospice-cqc-inspection-action-plan.docx"
    title = "St Francis Hospice – CQC Inspection Action Plan"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection of the Inpatient Unit and Hospice at Home service, 4–6 March 2025 "
                      "(report published 12 June 2025)")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Director of Patient Care"),
                                ("Reviewed by", "Clinical Governance Committee"),
                                ("Version", "3 (September 2025)"),
                                ("Next review", "December 2025")]):
        set_text(dc.rows[i].cells[0], k, bold=True)
        dc.rows[i].cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("Status key:  B = complete   G = on track   A = some delay, revised date agreed   "
                      "R = significant delay, escalated to the Board of Trustees")

    SAFE, EFF, WL = "SAFE", "EFFECTIVE", "WELL-LED"
    FA = ("Must do: The provider must ensure that controlled drug stock checks on the Inpatient Unit are completed "
          "and recorded in line with the hospice's medicines policy (Regulation 12).")
    FB = ("Must do: The provider must ensure that falls risk assessments are reviewed after every fall and that care "
          "plans are updated (Regulation 12).")
    FC = ("Should do: The provider should ensure that all clinical staff complete Mental Capacity Act and DoLS "
          "training at the required level.")
    FD = ("Should do: The provider should ensure that learning from incidents is shared consistently with "
          "Hospice at Home staff.")
    plan = [
        (SAFE, [
            (FA, [("1", "Reinstate twice-daily controlled drug stock checks on the IPU, signed by two registered nurses.",
                   "Ward Manager (IPU)", "April 2025", "B"),
                  ("2", "Add controlled drug record-keeping to the monthly medicines audit and report results to the Medicines Management Group.",
                   "Pharmacist Lead", "Revised: Sept 2025 (orig. June 2025)", "A")]),
            (FB, [("3", "Introduce a post-falls huddle and checklist, including review of the falls risk assessment and care plan within 24 hours.",
                   "Ward Manager (IPU) / Falls Lead", "31/05/2025", "B"),
                  ("4", "Audit 10 sets of records a month for falls reassessment and feed back the results at the IPU team meeting.",
                   "Head of Quality & Governance", "Monthly", "G")]),
        ]),
        (EFF, [
            (FC, [("5", "Move MCA/DoLS training onto the mandatory training matrix at Level 2 for registered staff and Level 1 for all other clinical staff.",
                   "Education Lead", "30/06/2025", "B"),
                  ("6", "Reach 95% compliance and report it monthly to the Workforce Committee.",
                   "Education Lead", "Revised: Dec 2025 (orig. Sept 2025)", "A")]),
        ]),
        (WL, [
            (FD, [("7", "Publish a monthly ‘Learning from incidents’ bulletin and discuss it at Hospice at Home handovers.",
                   "Hospice at Home Team Leader", "July 2025", "G"),
                  ("8", "Include Hospice at Home staff in the quarterly Schwartz Round and safety huddle programme.",
                   "Director of Patient Care", "Q3 2025/26", "R")]),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["No.", "CQC finding", "Action", "Action owner", "Target date", "Status"]):
        set_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "BFBFBF")
    for kq, findings in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5])
        set_text(m, kq, bold=True)
        shade(m, "E2EFD9")
        for finding, rows in findings:
            first_idx = len(t.rows)
            for no, action, owner, when, stt in rows:
                cs = t.add_row().cells
                cs[0].text = no
                cs[2].text = action
                cs[3].text = owner
                cs[4].text = when
                set_text(cs[5], stt, bold=True)
                shade(cs[5], FILL[stt])
            top = t.rows[first_idx].cells[1]
            bottom = t.rows[len(t.rows) - 1].cells[1]
            mc = top.merge(bottom)
            set_text(mc, finding)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Clinical Governance Committee every two months and "
                      "to the Board of Trustees quarterly. Evidence for completed actions is held on the Quality shared drive.")
    doc.save(out(name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ends = {"April 2025": ("2025-04", None),
            "Revised: Sept 2025 (orig. June 2025)": ("2025-09", "Revised: Sept 2025 (orig. June 2025)"),
            "31/05/2025": ("2025-05", None), "Monthly": (None, "Monthly"), "30/06/2025": ("2025-06", None),
            "Revised: Dec 2025 (orig. Sept 2025)": ("2025-12", "Revised: Dec 2025 (orig. Sept 2025)"),
            "July 2025": ("2025-07", None), "Q3 2025/26": ("2025-12", "Q3 2025/26")}
    leads = {"Ward Manager (IPU) / Falls Lead": ["Ward Manager (IPU)", "Falls Lead"]}
    acts = []
    for kq, findings in plan:
        for finding, rows in findings:
            for no, action, owner, when, stt in rows:
                e, et = ends[when]
                acts.append(act(no, [kq, finding], action, leads.get(owner, [owner]), e, st[stt], et))
    write_expected(name, {
        "source": ("Imitates an independent hospice's action plan after a CQC inspection (St Francis Hospice, Havering, "
                   "2025; hospice must-do/should-do action plans reported to a clinical governance committee and the "
                   "trustees). Copies: title and inspection line, a two-column document-control table, a status key "
                   "paragraph with B/G/A/R letters, one landscape table with the key questions (SAFE, EFFECTIVE, "
                   "WELL-LED) as shaded full-width rows, the CQC finding merged down over its actions, 'Revised: ... "
                   "(orig. ...)' target dates, a financial quarter, 'Monthly', shaded status letters."),
        "reads": ("One table of eight numbered actions under three key-question rows; each finding (two must-dos, two "
                  "should-dos) is a merged cell beside the actions that answer it. Target dates are months, dates, a "
                  "revised date with the original in brackets, 'Monthly' or 'Q3 2025/26'; status letters follow the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": acts,
    })
    return name, len(acts)


# ---------------------------------------------------------------------------
# 7. Jay Fostering – Ofsted IFA inspection action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
def jay():
    name = "xh-jay-fostering-ofsted-ifa-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Jay Fostering – Ofsted Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Independent fostering agency inspection, 3 to 7 February 2025 – overall experiences and progress of "
                "children and young people: requires improvement to be good")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Plan owner: Registered Manager. Reviewed monthly by the Senior Management Team and reported quarterly "
                "to the Board.")
    ws.merge_cells("A3:H3")
    hdr = ["No.", "Requirement / recommendation", "Regulation / standard", "Action", "Lead",
           "Due by", "RAG", "Progress update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    REQ1 = ("The registered person must ensure that each foster carer's approval is reviewed at least annually and "
            "that reviews are presented to the fostering panel where required. (Due date: 31 March 2025)")
    REQ2 = ("The registered person must ensure that supervising social workers record every unannounced visit, "
            "including who was seen and the outcome. (Due date: 31 March 2025)")
    REC1 = ("The registered person should ensure that children's guides are provided in formats suitable for each "
            "child's age and understanding.")
    REC2 = ("The registered person should ensure that foster carers complete the Training, Support and Development "
            "Standards within 12 months of approval.")
    body = [
        ("BAND", "Requirements"),
        ("1.1", REQ1, "Regulation 28(2)", "Audit all carer households for overdue annual reviews and hold any outstanding reviews within six weeks.",
         "Registered Manager", "March 2025", "G", "All 11 overdue reviews held; 3 presented to panel on 26 March."),
        ("1.2", None, None, "Introduce a review tracker on Charms with alerts at 10 and 11 months after the last review.",
         "Team Manager / Business Support Lead", "April 2025", "G", "Tracker live; alerts tested."),
        ("2.1", REQ2, "Regulation 17(1)", "Issue a revised unannounced visit template and require it to be completed within 48 hours of the visit.",
         "Team Manager", "March 2025", "G", "Template in use; compliance checked in supervision."),
        ("BAND", "Recommendations"),
        ("3.1", REC1, "NMS 16.2", "Produce easy-read and pictorial versions of the children's guide, designed with the Children's Participation Group.",
         "Participation Worker", "June 2025", "A", "Easy-read version complete; pictorial version with designer."),
        ("3.2", None, None, "Check at each supervisory visit that every child has a copy of the guide in the right format and record this on the visit form.",
         "Supervising Social Workers", "Setpember 2025", "A", "Visit form updated; first audit of records due after summer."),
        ("4.1", REC2, "NMS 20.3", "Set up a TSD tracker with monthly reminders to carers and their supervising social workers.",
         "Training Co-ordinator", "May 2025", "G", "Tracker set up; 6 carers still outside 12 months."),
        ("4.2", None, None, "Offer twilight and Saturday TSD sessions for carers who work.",
         "Training Co-ordinator", "July 2025", "G", "Two Saturday sessions booked for June and July."),
    ]
    r = 6
    typo_row = None
    merge_start = None
    for it in body:
        if it[0] == "BAND":
            ws.cell(r, 1, it[1]).font = BOLD
            ws.cell(r, 1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        no, req, reg, action, lead, due, rag, upd = it
        for c, v in enumerate([no, req, reg, action, lead, due, rag, upd], start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(r, 7).fill = fill(FILL[rag])
        if req is None:
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=merge_start, start_column=3, end_row=r, end_column=3)
        else:
            merge_start = r
        if due.startswith("Setp"):
            typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "Key: G = complete or on track; A = in progress with some slippage; R = not started or off track.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for i, w in enumerate([6, 48, 14, 48, 26, 14, 6, 40], start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.save(out(name))
    assert typo_row == 12, typo_row
    write_expected(name, {
        "source": ("Imitates an independent fostering agency's action plan after an Ofsted IFA inspection under the "
                   "SCCIF (Jay Fostering, 2025; Ofsted sets requirements with regulation and due date and "
                   "recommendations with the NMS standard). Copies: title and inspection/judgement line, plan-owner "
                   "line, Requirements and Recommendations bands merged across, each requirement and its regulation "
                   "merged down over its actions, text due-by months, fill RAG letters, key line under the table."),
        "reads": ("Seven actions under two Ofsted requirements and two recommendations. The due-by cell of action 3.2 "
                  "reads 'Setpember 2025', a mistyped month, on sheet row 12; a careful reader would stop and ask what "
                  "month was meant rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 7


if __name__ == "__main__":
    for fn in (lancashire, ackworth, vwfs, tenbury, ibca, st_francis, jay):
        n, k = fn()
        print(f"{n}: {k} actions")
