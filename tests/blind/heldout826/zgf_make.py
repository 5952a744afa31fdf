#!/usr/bin/env python3
"""Build the seven zgf- blind cases (set heldout826) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with "zgf-" in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "70AD47"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"


def out(name):
    assert name.startswith("zgf-")
    return os.path.join(HERE, name)


def ym(d):
    return None if d is None else d.strftime("%Y-%m")


def write_expected(name, exp):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


# ---------------------------------------------------------------------------
# 1. Hebridean Housing Partnership - ARC internal audit recommendations tracker
# ---------------------------------------------------------------------------
def hebridean():
    name = "zgf-hebridean-housing-partnership-arc-internal-audit-recommendations-tracker.xlsx"
    D = dt.datetime
    groups = [
        ("2024/25 Report 03 – Rent Arrears Management (Reasonable assurance)", [
            ("03.1",
             "Arrears recovery action should be taken within the timescales set out in the Rent Arrears Policy, with any exceptions recorded on the tenancy record.",
             "2",
             "Housing Officers reminded of policy timescales at team meeting (June 2025). Team Leader to run a weekly exception report from Open Housing and review any case where first contact exceeds 7 days.",
             "Housing Services Manager", ["Housing Services Manager"],
             D(2025, 3, 31), D(2025, 9, 30), "blue",
             "Exception report in place since July 2025. Internal Audit follow-up in September 2025 found 19 of 20 sampled cases compliant. Recommend closure."),
            ("03.2",
             "Former tenant arrears should be reviewed quarterly and write-offs approved in line with the Scheme of Delegation.",
             "3",
             "Quarterly former tenant arrears review added to the Finance calendar; write-off schedule to be reported to the Audit & Risk Committee for approval each quarter.",
             "Finance Manager / Housing Services Manager", ["Finance Manager", "Housing Services Manager"],
             D(2025, 12, 31), None, "green",
             "Q1 and Q2 reviews completed. First write-off schedule presented to ARC in August 2025."),
        ]),
        ("2024/25 Report 05 – Stock Condition Data (Limited assurance)", [
            ("05.1",
             "Stock condition survey data should be reconciled to the asset register and to the SHQS and EESSH returns made to the Scottish Housing Regulator.",
             "1",
             "Asset Manager to complete a full reconciliation of the stock condition database to the asset register and the 2024/25 Annual Return on the Charter, and to document the reconciliation process.",
             "Asset Manager", ["Asset Manager"],
             D(2025, 5, 31), D(2026, 1, 31), "amber",
             "Reconciliation 70% complete. Delayed by vacancy in Asset Officer post; revised date agreed by ARC in August 2025."),
            ("05.2",
             "The Association should survey at least 20% of its stock each year so that every home has condition data no more than five years old.",
             "1",
             "Procure a five-year stock condition survey contract (2025–2030) covering approximately 20% of homes each year.",
             "Director of Property Services", ["Director of Property Services"],
             D(2025, 3, 31), D(2025, 8, 31), "red",
             "Tender returned a single bid; re-tender issued October 2025. Revised date has passed."),
            ("05.3",
             "Component replacement data should be updated in the asset system within 30 days of works being completed.",
             "2",
             "Contractor completion certificates to be uploaded to the asset system on receipt, and the Asset Officer to update component lifecycles monthly.",
             "Asset Officer", ["Asset Officer"],
             D(2025, 11, 30), None, "green",
             "Process agreed with kitchen and heating contractors. 2024/25 backlog being cleared."),
        ]),
        ("2025/26 Report 01 – Gas and Electrical Safety Compliance (Substantial assurance)", [
            ("01.1",
             "Void properties should have a gas safety check and EICR completed before re-let, with certificates held on the compliance system.",
             "3",
             "Void standard amended to require gas and electrical certificates to be uploaded before keys are released. Compliance Officer to report void compliance monthly to the Leadership Team.",
             "Compliance Officer", ["Compliance Officer"],
             D(2025, 12, 31), None, "green",
             "Void standard amended October 2025; first monthly report due December 2025."),
        ]),
        ("2025/26 Report 02 – Board Appraisal and Succession Planning (Reasonable assurance)", [
            ("02.1",
             "The Board should introduce an annual individual appraisal for each Board member, linked to the skills matrix.",
             "2",
             "Develop an annual Board member appraisal process, including self-assessment against the skills matrix and a one-to-one with the Chair.",
             "Chief Executive / Corporate Services Manager", ["Chief Executive", "Corporate Services Manager"],
             D(2026, 3, 31), None, "green",
             "Draft process to go to Board in January 2026; appraisals to run February–March 2026."),
            ("02.2",
             "A Board succession plan should be prepared covering the next three AGMs.",
             "2",
             "Prepare a Board succession plan identifying retirements under the nine-year rule and skills gaps to recruit to at the 2026, 2027 and 2028 AGMs.",
             "Chair of the Board", ["Chair of the Board"],
             D(2026, 6, 30), None, "unrated",
             "Not yet started – to follow completion of appraisals."),
        ]),
    ]
    colour = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED, "unrated": None}

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Hebridean Housing Partnership Ltd"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit & Risk Committee – 25 November 2025 – Agenda item 7"
    ws["A3"] = "Internal Audit Recommendations Tracker – position at 31 October 2025"
    ws["A3"].font = Font(bold=True, size=12)
    ws["A5"] = "Summary of recommendations by audit"
    ws["A5"].font = Font(bold=True)
    hdr = ["Audit", "Year", "Assurance", "Recommendations", "Complete", "On target",
           "Revised date agreed", "Overdue", "Not started"]
    rows = [
        ["Rent Arrears Management", "2024/25", "Reasonable", 2, 1, 1, 0, 0, 0],
        ["Stock Condition Data", "2024/25", "Limited", 3, 0, 1, 1, 1, 0],
        ["Gas and Electrical Safety Compliance", "2025/26", "Substantial", 1, 0, 1, 0, 0, 0],
        ["Board Appraisal and Succession Planning", "2025/26", "Reasonable", 2, 0, 1, 0, 0, 1],
        ["Total", "", "", 8, 1, 4, 1, 1, 1],
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            if row[0] == "Total":
                cell.font = Font(bold=True)
    ws["A13"] = "Internal auditors: Wylie & Bisset LLP. Completed recommendations are removed after they have been reported to the Committee once."
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 14

    t = wb.create_sheet("Tracker")
    t.merge_cells("A1:I1")
    t["A1"] = "Internal Audit Recommendations – Follow-up Position at 31 October 2025"
    t["A1"].font = Font(bold=True, size=13)
    t["A2"] = "Priority: 1 = Fundamental, 2 = Significant, 3 = Merits attention"
    t["A3"] = "Status key:"
    for col, (label, hx) in zip("BCDEF", [("Complete", BLUE), ("On target", GREEN),
                                          ("Revised date agreed", AMBER), ("Overdue", RED),
                                          ("Not started", None)]):
        c = t[f"{col}3"]
        c.value = label
        c.border = BOX
        if hx:
            c.fill = fill(hx)
    headers = ["Ref", "Recommendation", "Priority", "Agreed management action",
               "Responsible officer", "Original target date", "Revised target date",
               "Status", "Progress update (October 2025)"]
    for c, h in enumerate(headers, 1):
        cell = t.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    actions = []
    for heading, items in groups:
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        t.cell(row=r, column=1, value=heading).font = Font(bold=True)
        t.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for (ref, rec, pri, action, lead_txt, lead, orig, rev, st, prog) in items:
            vals = [ref, rec, pri, action, lead_txt, orig, rev, None, prog]
            for c, v in enumerate(vals, 1):
                cell = t.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if colour[st]:
                t.cell(row=r, column=8).fill = fill(colour[st])
            end = ym(rev or orig)
            actions.append(act(ref, [heading, rec], action, lead, end, st))
            r += 1
    for col, w in zip("ABCDEFGHI", [7, 45, 9, 50, 24, 12, 12, 10, 45]):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A6"
    wb.save(out(name))

    exp = {
        "source": "Imitates a Scottish RSL's Audit & Risk Committee paper tracking internal audit (Wylie & Bisset style) recommendations, as Hebridean Housing Partnership (Western Isles RSL regulated by the Scottish Housing Regulator) would table it in 2025. Copied features: a Summary sheet with a per-audit totals block, a Tracker sheet with a merged title, priority key and coloured status key, merged grey audit-report heading rows, recommendation text beside the agreed management action, job titles as responsible officers (two posts split by '/'), original and revised target dates as real Excel dates, status shown only by cell fill colour, and a progress-update column.",
        "reads": "A two-sheet workbook: the Summary sheet is only a totals table; the Tracker sheet lists eight agreed management actions under four internal audit reports, each beside the recommendation it answers. The due month is the revised date where one is given, otherwise the original; status is read from the fill of the otherwise empty Status cell using the key in row 3 (blue complete, green on target, amber revised date agreed, red overdue, no fill not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker – position at 31 October 2025",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 2. CCEA - NIAO Report to Those Charged with Governance management action plan
# ---------------------------------------------------------------------------
def ccea():
    name = "zgf-ccea-niao-report-to-those-charged-with-governance-2024-25-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Council for the Curriculum, Examinations and Assessment")
    r.bold = True
    title = "Report to Those Charged with Governance 2024-25 – Management Action Plan"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Audit and Risk Assurance Committee – 27 January 2026")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Prepared by", "Comment"]):
        bold_cell(dc.rows[0].cells[i], h)
    for ri, row in enumerate([
        ["1.0", "14 November 2025", "Head of Finance", "Management responses agreed with NIAO"],
        ["1.1", "15 January 2026", "Head of Finance", "Progress update for ARAC"],
    ], 1):
        for i, v in enumerate(row):
            dc.rows[ri].cells[i].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "The Northern Ireland Audit Office (NIAO) issued its Report to Those Charged with Governance "
        "on CCEA’s 2024-25 accounts on 14 November 2025. It contains six recommendations. This plan "
        "sets out management’s response to each and the position at January 2026.")
    doc.add_paragraph("Priority ratings used by NIAO:").runs[0].bold = True
    for line in [
        "Priority 1 – Significant issues for the attention of senior management which may have the potential to result in a material weakness in internal control.",
        "Priority 2 – Important issues to be addressed by management in their areas of responsibility.",
        "Priority 3 – Issues of a more minor nature which represent best practice.",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Status: Complete – action implemented; Green – on track to meet target date; Amber – at risk "
        "of missing target date; Red – target date missed; Not started – not yet due to begin.")

    findings = [
        ("Priority 1 findings", [
            ("1", "Direct award contracts",
             "Six contracts with a combined value of £412,000 were awarded directly to suppliers without a competitive process. In three cases the Direct Award Contract (DAC) form was approved after the contract had started.",
             "CCEA should ensure that all direct award contracts are approved in advance, in line with Procurement Guidance Note 01/21, and are reported to the Audit and Risk Assurance Committee.",
             "Accepted. A pre-approval check has been added to the purchase order system so that no order can be raised against a direct award until the approved DAC form is attached. All DACs will be reported to each ARAC meeting.",
             "Head of Finance and Head of Procurement", ["Head of Finance", "Head of Procurement"],
             "31 March 2026", "2026-03", None, "Green", "green",
             "System change tested in December 2025 and goes live in February 2026. DAC report added to the ARAC forward plan."),
        ]),
        ("Priority 2 findings", [
            ("2", "Holiday pay accrual",
             "The holiday pay accrual was calculated from leave records held for only two of CCEA’s five directorates; balances for the other three were estimated.",
             "Leave records for all staff should be held on HRConnect so that the year-end accrual can be calculated from complete data.",
             "Accepted. All directorates will record annual leave on HRConnect and the 2025-26 accrual will be calculated from system reports.",
             "Head of Human Resources", ["Head of Human Resources"],
             "31 March 2026", "2026-03", None, "Amber", "amber",
             "Three of five directorates now recording leave on HRConnect. Qualifications directorate delayed by a system access issue."),
            ("3", "Examination fee income – cut-off",
             "Examination entry fees of £96,000 relating to the summer 2025 series were recognised as income in 2024-25.",
             "Finance should carry out a cut-off review of examination entry income at the year end, confirming the series to which fees relate.",
             "Accepted. A year-end cut-off checklist for examination income has been drafted and will be applied at 31 March 2026.",
             "Financial Accountant", ["Financial Accountant"],
             "March 2026", "2026-03", None, "Green", "green",
             "Checklist drafted and agreed with the Qualifications directorate."),
            ("4", "Register of interests",
             "Declarations of interest for 2024-25 had not been returned by two Council members at the time of the audit.",
             "Declarations should be obtained from all Council members and senior staff each year and the register published on the CCEA website.",
             "Accepted. Outstanding declarations were obtained in November 2025. The Board Secretary will issue reminders each April and publish the register by 30 June.",
             "Board Secretary", ["Board Secretary"],
             "November 2025", "2025-11", None, "Complete", "blue",
             "All declarations received; register updated on the website on 28 November 2025."),
        ]),
        ("Priority 3 findings", [
            ("5", "Fixed asset register",
             "Fully depreciated IT equipment with an original cost of £1.2m remains on the fixed asset register, although much of it has been disposed of.",
             "The fixed asset register should be reviewed and assets that have been disposed of should be removed.",
             "Accepted. IT and Finance will carry out a physical verification of IT equipment and update the register.",
             "Head of IT / Financial Accountant", ["Head of IT", "Financial Accountant"],
             "30 June 2026", "2026-06", None, "Not started", "unrated",
             "Verification planned for April–May 2026."),
            ("6", "Journal authorisation",
             "Journals are posted by finance staff without independent review; no errors were found in our testing.",
             "Journals above £10,000 should be reviewed by a second officer before posting.",
             "Accepted. A review workflow for journals above £10,000 will be introduced in the finance system. In the meantime all such journals are reviewed monthly by the Head of Finance.",
             "Head of Finance", ["Head of Finance"],
             "Ongoing – monthly review", None, "Ongoing – monthly review", "Green", "green",
             "Monthly review in place since December 2025."),
        ]),
    ]
    fills = {"green": "92D050", "amber": "FFC000", "blue": "9DC3E6", "unrated": None}
    actions = []
    for section, items in findings:
        doc.add_heading(section, level=2)
        for (num, topic, finding, rec, resp, lead_txt, lead, target, end, end_text,
             status_txt, status, progress) in items:
            tb = doc.add_table(rows=8, cols=2)
            tb.style = "Table Grid"
            top = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
            bold_cell(top, f"{num}. {topic}")
            shade(top, "D9E2F3")
            labels = ["Finding", "Recommendation", "Management response", "Responsible officer",
                      "Target date", "Status (January 2026)", "Progress"]
            values = [finding, rec, resp, lead_txt, target, status_txt, progress]
            for i, (lab, val) in enumerate(zip(labels, values), 1):
                bold_cell(tb.rows[i].cells[0], lab)
                tb.rows[i].cells[1].text = val
            if fills[status]:
                shade(tb.rows[6].cells[1], fills[status])
            doc.add_paragraph("")
            actions.append(act(num, [section, rec], resp, lead, end, status, end_text))

    doc.add_paragraph("Approved by the Chief Executive on behalf of the Accounting Officer, 16 January 2026.")
    doc.save(out(name))

    exp = {
        "source": "Imitates a Northern Ireland arm's-length body's management action plan on the NIAO Report to Those Charged with Governance (RTTCWG) for 2024-25, as CCEA (Council for the Curriculum, Examinations and Assessment) would table it at its Audit and Risk Assurance Committee in January 2026. Copied features: organisation line and heading title, a document-control table, NIAO's Priority 1/2/3 definitions as bullets, a status key paragraph, sections per priority, and one two-column form table per finding (merged numbered title row, then Finding / Recommendation / Management response / Responsible officer / Target date / Status / Progress), with the status cell shaded.",
        "reads": "Six NIAO findings under Priority 1, 2 and 3 headings, each set out as a vertical form table; the management response is the action, answering the recommendation row above it. Target dates are written as dates or months except one 'Ongoing – monthly review'; status is the word in the Status row (Green, Amber, Complete, Not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 3. Butterfly Conservation - external governance review action plan
# ---------------------------------------------------------------------------
def butterfly():
    name = "zgf-butterfly-conservation-external-governance-review-action-plan-2025.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Butterfly Conservation")
    r.bold = True
    r.font.size = Pt(14)
    title = "External Governance Review 2025 – Board Action Plan"
    h = doc.add_heading(title, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Progress report to the Board of Trustees – 4 December 2025").alignment = WD_ALIGN_PARAGRAPH.CENTER

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Company Secretary"),
                                ("Version", "3.0"),
                                ("Approved", "Board of Trustees, 10 July 2025"),
                                ("Next progress report", "March 2026")]):
        bold_cell(dc.rows[i].cells[0], k)
        dc.rows[i].cells[1].text = v

    doc.add_paragraph("")
    doc.add_paragraph(
        "In early 2025 the Board commissioned an independent review of its governance against the "
        "Charity Governance Code (larger charities). The reviewer made eight recommendations, grouped "
        "below by Code principle. The actions agreed by the Board in July 2025, and progress to "
        "date, are set out below.")

    doc.add_paragraph("Status key").runs[0].bold = True
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for i, (lab, hx) in enumerate([("Complete", "9DC3E6"), ("On track", "92D050"),
                                   ("Some slippage", "FFC000"), ("Off track", "FF0000"),
                                   ("Not started", None)]):
        key.rows[0].cells[i].text = lab
        if hx:
            shade(key.rows[0].cells[i], hx)

    colours = {"blue": "9DC3E6", "green": "92D050", "amber": "FFC000", "unrated": None}
    sections = [
        ("Principle 2: Leadership", [
            ("2a", "The Chair and Chief Executive should agree and document their respective roles and a protocol for how they work together.",
             [("Agree a written Chair/CEO role protocol and add it to the Governance Handbook.",
               "Chair and CEO", ["Chair", "CEO"], "September 2025", "2025-09", None,
               "Complete", "blue", "Protocol approved by the Board on 25 September 2025.")]),
            ("2b", "The Board should appoint a Senior Independent Trustee.",
             [("Amend the Governance Handbook to create a Senior Independent Trustee role and appoint a trustee to it.",
               "Nominations & Governance Committee", ["Nominations & Governance Committee"],
               "By AGM October 2025", "2025-10", None,
               "Complete", "blue", "Role created; Senior Independent Trustee appointed at the AGM on 11 October 2025.")]),
        ]),
        ("Principle 4: Decision making, risk and control", [
            ("4a", "The Board should set a clear risk appetite and review the strategic risk register at every meeting.",
             [("Hold a facilitated Board workshop to agree a risk appetite statement for each strategic risk category.",
               "Chair of Finance, Audit & Risk Committee", ["Chair of Finance, Audit & Risk Committee"],
               "November 2025", "2025-11", None,
               "Complete", "blue", "Workshop held 13 November 2025; statements to be adopted in December."),
              ("Make the strategic risk register a standing item on every Board agenda.",
               "Company Secretary", ["Company Secretary"], "December 2025", "2025-12", None,
               "On track", "green", "On the agenda for this meeting.")]),
            ("4b", "The scheme of delegation should be updated to reflect the new directorate structure.",
             [("Revise the scheme of delegation and financial limits and submit them to the Board for approval.",
               "Director of Finance and Resources", ["Director of Finance and Resources"],
               "March 2026", "2026-03", None,
               "Some slippage", "amber", "Drafting delayed by finance system change; first draft to FAR Committee in February 2026.")]),
        ]),
        ("Principle 5: Board effectiveness", [
            ("5a", "Trustee induction should be formalised and should include visits to reserves and branches.",
             [("Design a structured induction programme for new trustees, including a visit to a Butterfly Conservation reserve and a meeting with a branch committee.",
               "Company Secretary", ["Company Secretary"], "Q4 2025/26", "2026-03", None,
               "On track", "green", "Programme drafted; to be used for the trustees appointed in October.")]),
            ("5b", "The Board should review its own effectiveness every year, with an external review every three years.",
             [("Introduce an annual Board effectiveness questionnaire, with results reported to the Nominations & Governance Committee.",
               "Chair", ["Chair"], "January 2026", "2026-01", None,
               "Not started", "unrated", "Questionnaire to be issued after the December meeting.")]),
        ]),
        ("Principle 6: Equality, diversity and inclusion", [
            ("6a", "The Board should set targets to broaden its diversity, including age and lived experience of communities with little access to nature.",
             [("Agree Board diversity targets and use them in the 2026 trustee recruitment campaign.",
               "Nominations & Governance Committee / Head of People",
               ["Nominations & Governance Committee", "Head of People"],
               "April 2026", "2026-04", None,
               "On track", "green", "Draft targets discussed at the Committee in November.")]),
        ]),
        ("Principle 7: Openness and accountability", [
            ("7a", "Summaries of Board decisions should be published for members.",
             [("Publish a summary of each Board meeting in the members’ area of the website within one month of the meeting.",
               "Company Secretary", ["Company Secretary"], "Ongoing", None, "Ongoing",
               "On track", "green", "Summaries published for the July and September meetings.")]),
        ]),
    ]
    actions = []
    for heading, recs in sections:
        doc.add_heading(heading, level=2)
        nrows = 1 + sum(len(a) for _, _, a in recs)
        tb = doc.add_table(rows=nrows, cols=7)
        tb.style = "Table Grid"
        for i, hname in enumerate(["Ref", "Reviewer’s recommendation", "Agreed action", "Lead",
                                   "Timescale", "Status", "Update"]):
            bold_cell(tb.rows[0].cells[i], hname)
            shade(tb.rows[0].cells[i], "D9D9D9")
        ri = 1
        for ref, rec, acts in recs:
            first = ri
            for (a_txt, lead_txt, lead, when, end, end_text, st_txt, st, upd) in acts:
                row = tb.rows[ri].cells
                row[2].text = a_txt
                row[3].text = lead_txt
                row[4].text = when
                row[5].text = st_txt
                if colours[st]:
                    shade(row[5], colours[st])
                row[6].text = upd
                actions.append(act(ref, [heading, rec], a_txt, lead, end, st, end_text))
                ri += 1
            last = ri - 1
            if last > first:
                c0 = tb.rows[first].cells[0].merge(tb.rows[last].cells[0])
                c1 = tb.rows[first].cells[1].merge(tb.rows[last].cells[1])
            else:
                c0 = tb.rows[first].cells[0]
                c1 = tb.rows[first].cells[1]
            c0.text = ref
            c1.text = rec
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off").runs[0].bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, hname in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.rows[0].cells[i], hname)
    for i, v in enumerate(["Chair of Trustees", "Signed on behalf of the Board", "4 December 2025"]):
        so.rows[1].cells[i].text = v
    doc.save(out(name))

    exp = {
        "source": "Imitates a larger charity's board action plan following an external governance review against the Charity Governance Code (which recommends an external review every three years), as Butterfly Conservation (registered charity, Charity Commission for England and Wales) would take to its Board of Trustees in December 2025. Copied features: centred organisation name and title, a two-column document-control table, a shaded status key table, sections per Code principle each with its own table, the reviewer's recommendation (and its ref) merged vertically over two actions where one recommendation has two actions, committees and job titles as leads, month/AGM/quarter/Ongoing timescales, shaded status cells with words, and a sign-off table.",
        "reads": "Nine agreed actions under five Charity Governance Code principles, each answering the reviewer's recommendation beside it (recommendation 4a has two actions sharing the merged ref and recommendation cells). Leads are posts or committees ('Chair and CEO' and the '/'-joined lead are two; 'Chair of Finance, Audit & Risk Committee' and 'Nominations & Governance Committee' are one each); status is the key word in the shaded Status cell.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 4. Housing Ombudsman Service - programme highlight report
# ---------------------------------------------------------------------------
def hos():
    name = "zgf-housing-ombudsman-service-casework-transformation-programme-highlight-report.xlsx"
    D = dt.datetime
    title = "Housing Ombudsman Service – Casework Transformation Programme Highlight Report"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    meta = [("Programme", "Casework Transformation Programme"),
            ("Senior Responsible Owner", "Chief Operating Officer"),
            ("Programme Manager", "Head of Transformation"),
            ("Reporting period", "1–31 October 2025"),
            ("Report date", "7 November 2025"),
            ("Prepared for", "Programme Board, 12 November 2025"),
            ("Version", "0.2"),
            ("Overall RAG – last period", "A"),
            ("Overall RAG – this period", "A")]
    for i, (k, v) in enumerate(meta, 3):
        cv.cell(row=i, column=1, value=k).font = Font(bold=True)
        cv.cell(row=i, column=1).border = BOX
        c = cv.cell(row=i, column=2, value=v)
        c.border = BOX
        if k.startswith("Overall RAG"):
            c.fill = fill(AMBER)
    cv.column_dimensions["A"].width = 30
    cv.column_dimensions["B"].width = 45

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Executive summary"
    sm["A1"].font = Font(bold=True, size=12)
    sm.merge_cells("A2:E2")
    sm["A2"] = ("Good progress on triage (now live) and data migration. The programme remains Amber overall: "
                "user acceptance testing has slipped and Release 1 of the new case management system will "
                "miss its January 2026 baseline. Change request CR-014 asks the Board to re-baseline go-live to March 2026.")
    sm["A2"].alignment = WRAP
    sm.row_dimensions[2].height = 60
    sm["A4"] = "Status by dimension"
    sm["A4"].font = Font(bold=True)
    dims = [("Dimension", "Last period", "This period", "Comment"),
            ("Time", "A", "R", "Release 1 go-live forecast March 2026"),
            ("Cost", "G", "G", "Within 2025-26 budget; CR-014 cost met from contingency"),
            ("Scope", "G", "G", "No change"),
            ("Resources", "A", "A", "Investigator recruitment 6 FTE short"),
            ("Benefits", "G", "G", "Triage reducing time to allocate new complaints")]
    rag = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for r, row in enumerate(dims, 5):
        for c, v in enumerate(row, 1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 5:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
            elif c in (2, 3):
                cell.fill = fill(rag[v])
    sm["A12"] = "Key risks"
    sm["A12"].font = Font(bold=True)
    risks = [("ID", "Risk", "Score", "Trend"),
             ("R03", "Defects found in UAT delay Release 1 beyond March 2026", 16, "↑"),
             ("R07", "Investigator attrition outpaces recruitment", 12, "→"),
             ("R11", "Legacy system support contract ends before data migration is complete", 10, "↓")]
    for r, row in enumerate(risks, 13):
        for c, v in enumerate(row, 1):
            cell = sm.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 13:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    sm["A18"] = "Decision required from Programme Board: approve CR-014 (re-baseline Release 1 go-live to March 2026)."
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 60
    sm.column_dimensions["C"].width = 12
    sm.column_dimensions["D"].width = 50

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker – October 2025"
    ms["A1"].font = Font(bold=True, size=12)
    ms["A2"] = "RAG key:  B = complete   G = on track   A = at risk, recoverable   R = will miss baseline date"
    hdr = ["ID", "Milestone / deliverable", "Owner", "Baseline date", "Forecast / actual date",
           "Previous RAG", "Current RAG", "Commentary"]
    for c, hname in enumerate(hdr, 1):
        cell = ms.cell(row=4, column=c, value=hname)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("203864")
        cell.alignment = WRAP
        cell.border = BOX
    wss = [
        ("Workstream 1 – Case management system (Dynamics 365)", [
            ("M1.1", "Complete data migration dry run 2 from the legacy case management system",
             "Head of Digital", ["Head of Digital"], D(2025, 7, 1), D(2025, 9, 1), "A", "B", "blue",
             "Dry run 2 completed 19 September; 99.6% of case records reconciled."),
            ("M1.2", "User acceptance testing signed off by casework leads",
             "Head of Digital / Casework Operations Lead", ["Head of Digital", "Casework Operations Lead"],
             D(2025, 10, 1), D(2025, 12, 1), "G", "A", "amber",
             "UAT started late because of defect fixes from dry run 2; 41 of 63 scripts passed."),
            ("M1.3", "Release 1 go-live: new complaints and investigations handled on Dynamics 365",
             "Programme Director", ["Programme Director"], D(2026, 1, 1), D(2026, 3, 1), "A", "R", "red",
             "Will miss baseline. CR-014 asks the Board to re-baseline to March 2026."),
        ]),
        ("Workstream 2 – Early resolution and triage", [
            ("M2.1", "Launch revised triage model for all new complaints",
             "Director of Dispute Resolution", ["Director of Dispute Resolution"],
             D(2025, 9, 1), D(2025, 9, 1), "G", "B", "blue", "Live from 1 September 2025."),
            ("M2.2", "Publish updated guidance for landlords on early resolution of complaints",
             "Head of Policy", ["Head of Policy"], D(2025, 11, 1), D(2025, 11, 1), "G", "G", "green",
             "Draft with Communications; on track for 24 November."),
        ]),
        ("Workstream 3 – People and capacity", [
            ("M3.1", "Recruit and induct cohort 4 of investigators (30 FTE)",
             "Head of People", ["Head of People"], D(2025, 12, 1), D(2026, 1, 1), "G", "A", "amber",
             "24 offers accepted; 6 posts re-advertised."),
            ("M3.2", "Refresh the casework quality assurance framework and obtain EMT approval",
             "Head of Quality", ["Head of Quality"], D(2026, 2, 1), D(2026, 2, 1), None, "G", "green",
             "New milestone added this period."),
        ]),
        ("Workstream 4 – Data and insight", [
            ("M4.1", "Launch landlord performance dashboard on the Ombudsman website",
             "Head of Data and Insight", ["Head of Data and Insight"], D(2026, 3, 1), D(2026, 4, 1), "A", "A", "amber",
             "Depends on Release 1 data; one month slippage forecast."),
        ]),
    ]
    r = 5
    actions = []
    for wname, items in wss:
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ms.cell(row=r, column=1, value=wname)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        r += 1
        for (mid, text, owner_txt, owner, base, fc, prev, cur, st, comm) in items:
            vals = [mid, text, owner_txt, base, fc, prev, cur, comm]
            for ci, v in enumerate(vals, 1):
                cell = ms.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            if prev:
                ms.cell(row=r, column=6).fill = fill(rag[prev])
            ms.cell(row=r, column=7).fill = fill(rag[cur])
            actions.append(act(mid, [wname], text, owner, ym(fc), st))
            r += 1
    for col, w in zip("ABCDEFGH", [7, 50, 28, 11, 12, 10, 10, 50]):
        ms.column_dimensions[col].width = w
    wb.save(out(name))

    exp = {
        "source": "Imitates a monthly PRINCE2-style programme highlight report of an arm's-length body, as the Housing Ombudsman Service (the ALB that runs the social housing redress scheme) would prepare for its Programme Board in November 2025 during its casework transformation and case management system replacement. Copied features: a Cover sheet with document-control fields and overall RAG last/this period, a Summary sheet with executive summary, RAG by dimension (time/cost/scope/resources/benefits) and a key-risks table without owners, and a Milestones sheet with a RAG key line, merged workstream heading rows, milestone IDs, owners (job titles, one cell with two posts), baseline and forecast/actual dates formatted mmm-yy, previous and current RAG letters on coloured fills, and commentary.",
        "reads": "The plan is the Milestones sheet: eight milestones under four workstreams, each with an owner, a baseline and a forecast/actual date and a previous and current RAG. The forecast/actual date is the revised end, and the current RAG is the status (B = complete per the key). The Cover and Summary sheets are report furniture with no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 5. Trowbridge Town Council - risk register (typo month -> refuse)
# ---------------------------------------------------------------------------
def trowbridge():
    name = "zgf-trowbridge-town-council-corporate-risk-register-2025-26-typo-month-refuse.csv"
    ncol = 11
    rows = [
        ["Trowbridge Town Council"],
        ["Corporate Risk Register 2025/26"],
        ["Adopted by Full Council 20 May 2025 – reviewed by Policy & Resources Committee 14 October 2025"],
        ["Scoring: Likelihood x Impact (1–5 each). 1–6 Low; 8–12 Medium; 15–25 High"],
        [],
        ["Ref", "Risk identified", "Consequence", "Existing controls", "Likelihood", "Impact",
         "Score", "Further action required", "Responsible", "Target date", "Action status"],
        ["1. FINANCE AND GOVERNANCE"],
        ["F1", "Insufficient reserves to meet unforeseen expenditure", "Services cut or precept increase mid-term",
         "Reserves policy; general reserve held at 3–6 months’ expenditure; monthly budget monitoring to P&R",
         "2", "4", "8", "Review reserves policy and earmarked reserves as part of 2026/27 budget setting",
         "Town Clerk / RFO", "January 2026", "In progress"],
        ["F2", "Loss of funds through fraud, error or cyber attack", "Financial loss; reputational damage",
         "Financial Regulations; two signatories; monthly bank reconciliation checked by a councillor; fidelity guarantee insurance",
         "2", "5", "10", "Introduce dual authorisation for all online payments over £500 and complete cyber security training for all staff",
         "RFO", "December 2025", "Complete"],
        ["F3", "Failure to meet transparency and audit requirements", "Qualified AGAR; breach of Transparency Code",
         "Internal auditor appointed; publication scheme; website checked quarterly",
         "1", "3", "3", "Publish 2024/25 AGAR and notice of conclusion of audit on the website",
         "Deputy Town Clerk", "September 2025", "Complete"],
        ["2. ASSETS AND PROPERTY"],
        ["A1", "Civic Centre heating and ventilation plant fails", "Closure of hall; loss of hire income",
         "Planned maintenance contract; annual service",
         "3", "4", "12", "Commission condition survey of Civic Centre plant and include replacement in the capital programme",
         "Facilities Manager", "March 2026", "In progress"],
        ["A2", "Injury to a user of Town Park play equipment", "Injury; insurance claim; closure of play area",
         "Weekly visual checks by Town Rangers; public liability insurance",
         "2", "4", "8", "Carry out quarterly operational inspections and complete remedial works from the annual RoSPA inspection",
         "Parks & Open Spaces Manager", "Febuary 2026", "In progress"],
        ["A3", "Damage to or loss of Trowbridge Museum collections", "Loss of irreplaceable items; loss of accreditation",
         "Environmental monitoring; collections insurance; emergency plan (2021)",
         "2", "4", "8", "Update the collections emergency plan and test it with museum staff and volunteers",
         "Museum Manager", "31/03/2026", "Not started"],
        ["3. SERVICES AND EVENTS"],
        ["S1", "Crowd safety incident at a major event (e.g. Christmas lights switch-on)", "Injury; liability; reputational damage",
         "Event management plans; stewarding contract; insurance",
         "2", "5", "10", "Submit event management plans and risk assessments to the Wiltshire Safety Advisory Group for each major event",
         "Events Manager", "Ongoing", "In progress"],
        ["S2", "Loss of external grant funding for community services", "Reduction in youth and community provision",
         "Funding diversified across several funders; grants register",
         "3", "3", "9", "Prepare a funding strategy for youth services for 2026–2029",
         "Town Clerk", "June 2026", "Not started"],
        ["4. STAFFING AND HEALTH & SAFETY"],
        ["H1", "Injury to staff working alone (Town Rangers, museum staff)", "Injury; HSE action",
         "Lone working policy; mobile phones; check-in procedure",
         "2", "4", "8", "Roll out a lone-worker app to all front-line staff",
         "HR Manager", "November 2025", "Complete"],
        ["H2", "Loss of key staff creating single points of failure", "Statutory duties not met",
         "Staff handbook; contracted payroll; NALC/WALC advice line",
         "3", "3", "9", "Cross-train the Deputy Town Clerk in RFO duties and document key finance procedures",
         "Town Clerk", "April 2026", "In progress"],
        [],
        ["Risks closed this year: none. New risks added: S2 (May 2025)."],
    ]
    refuse_line = None
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for i, row in enumerate(rows, 1):
            w.writerow(row + [""] * (ncol - len(row)))
            if "Febuary 2026" in row:
                refuse_line = i
    exp = {
        "source": "Imitates a town council corporate risk register exported from Excel to CSV, as Trowbridge Town Council (Wiltshire) would publish it for Policy & Resources Committee in October 2025; layout follows published parish/town council registers (e.g. NALC-style model registers with risk, controls, likelihood x impact score, further action, responsibility and date). Copied features: title and adoption lines, a scoring note, a header row, numbered upper-case category rows, risk refs F1/A1/S1/H1, existing controls, L/I/score, further action, responsible post (one cell 'Town Clerk / RFO'), target date and action status, and a closing notes line; trailing empty columns as Excel writes them.",
        "reads": "Ten risks in four categories, each with a further action, a responsible post, a target month and an action status. Risk A2's target date reads 'Febuary 2026' — a mistyped month in an end cell, so a careful reader stops and asks before reading the register.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Corporate Risk Register 2025/26",
    }
    return name, exp


# ---------------------------------------------------------------------------
# 6. Chevin Housing Group - board action log (tab-separated text export)
# ---------------------------------------------------------------------------
def chevin():
    name = "zgf-chevin-housing-group-board-action-log-2025-26.txt"
    cols = ["Ref", "Action", "Owner", "Due date", "RAG", "Update"]
    rag_map = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    meetings = [
        ("Board meeting 24 July 2025", [
            ("B25/031", ["Circulate the revised Tenant Safety Assurance Framework to all Board members ahead of the September strategy day."],
             "Company Secretary", ["Company Secretary"], "Sep-25", "2025-09", None, "B", "Circulated 2 September 2025. Propose close."),
            ("B25/034", ["Bring a report on damp and mould case volumes and readiness for Awaab’s Law, including resourcing for the new repair timescales."],
             "Director of Property", ["Director of Property"], "Oct-25", "2025-10", None, "B", "Report taken at October Board (item 6). Propose close."),
            ("B25/036", ["Commission an independent review of the complaint handling self-assessment against the Housing Ombudsman Complaint Handling Code.",
                         "Findings to be reported to Audit & Risk Committee before coming to Board."],
             "Director of Customer Services", ["Director of Customer Services"], "Jan-26", "2026-01", None, "G", "Reviewer appointed; fieldwork in December 2025."),
        ]),
        ("Board strategy day 25 September 2025", [
            ("B25/041", ["Re-run the 30-year business plan stress tests with a rent cap scenario of CPI + 0% and report the results to Board."],
             "KM/JT", ["KM", "JT"], "Nov-25", "2025-11", None, "A", "Stress tests complete; report deferred to December Board to include treasury advice."),
            ("B25/044", ["Arrange a Board briefing on the Regulator of Social Housing’s consumer standards inspection approach."],
             "CEO", ["CEO"], "Next meeting", None, "Next meeting", "G", "RSH engagement manager confirmed for the December Board."),
        ]),
        ("Board meeting 23 October 2025", [
            ("B25/052", ["Present options for the proposed Normanton extra care scheme following the contractor’s withdrawal."],
             "Director of Development & Assets", ["Director of Development & Assets"], "Dec-25", "2025-12", None, "G", "Options appraisal in progress with the employer’s agent."),
            ("B25/055", ["Add quarterly tenant satisfaction measures (TSM) trends to the Board performance dashboard."],
             "Head of Performance & Insight", ["Head of Performance & Insight"], "Oct-25", "2025-10", None, "R", "Not yet done – dashboard rebuild delayed; now expected January 2026."),
        ]),
    ]
    lines = [
        "Chevin Housing Group",
        "Board Action Log",
        "Open actions at 25 November 2025 – completed actions are reported once and then removed",
        "RAG: B = complete, G = on track, A = at risk of slipping, R = overdue",
        "",
        "\t".join(cols),
    ]
    actions = []
    for heading, items in meetings:
        lines.append(heading)
        for (ref, text_lines, owner_txt, owner, due, end, end_text, rag, upd) in items:
            lines.append("\t".join([ref, text_lines[0], owner_txt, due, rag, upd]))
            for extra in text_lines[1:]:
                lines.append("\t".join(["", extra, "", "", "", ""]))
            actions.append(act(ref, [heading], "\n".join(text_lines), owner, end, rag_map[rag], end_text))
    lines += ["", "Exported from the board portal 25/11/2025 16:42 – 7 open actions"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    exp = {
        "source": "Imitates an English housing association's rolling Board action log exported from a board-portal as tab-separated text, as Chevin Housing Group (West Yorkshire registered provider) would circulate before its November 2025 Board. Copied features: organisation and log title lines, an 'open actions at' line, a RAG key line (B/G/A/R), a tab header row, meeting heading lines grouping the actions, minute-style refs (B25/031), job titles and initials as owners ('KM/JT' two people; 'Director of Development & Assets' one post), Mon-yy due dates and one 'Next meeting', an update column, a continuation line carrying the second line of one action in the Action column only, and an export footer line.",
        "reads": "Seven open board actions grouped under three meeting headings, each with a ref, owner, due month, RAG letter and update. Action B25/036 continues onto the next line (only the Action column filled), so its text has two lines; 'Next meeting' is not a month.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board Action Log",
        "actions": actions,
    }
    return name, exp


# ---------------------------------------------------------------------------
# 7. C-Change Scotland - Care Inspectorate improvement plan, monday.com export
# ---------------------------------------------------------------------------
def cchange():
    name = "zgf-c-change-scotland-glasgow-care-inspectorate-improvement-plan-monday-export.xlsx"
    board = "CI Improvement Plan 2025 – C-Change Glasgow"
    st_map = {"On track": "green", "Complete": "blue", "Amber – at risk": "amber",
              "Red – overdue": "red", "Not started": "unrated"}
    st_fill = {"On track": "00C875", "Complete": "0086C0", "Amber – at risk": "FDAB3D",
               "Red – overdue": "E2445C", "Not started": "C4C4C4"}
    groups = [
        ("Requirement 1 – Personal plans", [
            ("Audit all personal plans against the Health and Social Care Standards and update any plan not reviewed in the last six months",
             "Lorna Baird, Gary Muir", ["Lorna Baird", "Gary Muir"], "On track", "2025-11-30", "QI 5.1", "41 of 58 plans audited", "1834567201"),
            ("Hold six-monthly review meetings with each supported person and their representative, and record the outcome in the plan",
             "Gary Muir", ["Gary Muir"], "Complete", "2025-10-31", "QI 5.1", "Review schedule in place for all 58 people", "1834567214"),
            ("Add falls and choking risk assessments to plans where a need has been identified, signed off by the team leader",
             "Aisha Khan", ["Aisha Khan"], "Amber – at risk", "2025-12-15", "QI 1.3", "SALT input awaited for 4 people", "1834567233"),
        ]),
        ("Requirement 2 – Medication", [
            ("Replace paper MAR charts with the electronic medication system at all supported living addresses",
             "Lorna Baird", ["Lorna Baird"], "Red – overdue", "2025-10-15", "QI 1.3", "Two addresses still on paper – tablet delivery delayed", "1834567250"),
            ("Complete observed medication competency assessments for all staff who administer medication",
             "Aisha Khan, Ross Campbell", ["Aisha Khan", "Ross Campbell"], "On track", "2026-01-31", "QI 3.3", "27 of 44 staff assessed", "1834567262"),
        ]),
        ("Area for improvement 1 – Staff supervision", [
            ("Schedule supervision for every member of staff at least every eight weeks and report completion monthly",
             "Ross Campbell", ["Ross Campbell"], "On track", "2026-02-28", "QI 3.3", "", "1834567281"),
        ]),
        ("Area for improvement 2 – Quality assurance", [
            ("Develop a quality assurance calendar including monthly audits of finances, medication and personal plans",
             "Lorna Baird", ["Lorna Baird"], "Not started", "2026-03-31", "QI 5.1", "", "1834567299"),
            ("Gather feedback from supported people and families with an accessible survey and share a ‘you said, we did’ summary",
             "Mhairi Stewart", ["Mhairi Stewart"], "Not started", "2026-03-31", "QI 1.1", "", "1834567305"),
        ]),
        ("Completed", [
            ("Notify the Care Inspectorate of the change of Registered Manager",
             "Mhairi Stewart", ["Mhairi Stewart"], "Complete", "2025-09-05", "", "Notification submitted via eForms", "1834567188"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "CI Improvement Plan 2025"
    ws["A1"] = board
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = ("Improvement plan following the Care Inspectorate inspection of 11–14 August 2025 "
                "(report published 22 September 2025). Housing support and care at home – combined service.")
    cols = ["Name", "Person", "Status", "Due date", "Quality indicator", "Latest update", "Item ID"]
    group_colours = ["579BFC", "A25DDC", "FF7575", "FDAB3D", "00C875"]
    r = 4
    actions = []
    for gi, (gname, items) in enumerate(groups):
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, size=12, color=group_colours[gi])
        r += 1
        for ci, hname in enumerate(cols, 1):
            cell = ws.cell(row=r, column=ci, value=hname)
            cell.font = Font(bold=True)
            cell.border = BOX
        r += 1
        for (text, person_txt, person, status, due, qi, upd, iid) in items:
            vals = [text, person_txt, status, due, qi, upd, iid]
            for ci, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.border = BOX
            ws.cell(row=r, column=3).fill = fill(st_fill[status])
            actions.append(act(None, [gname], text, person, due[:7], st_map[status]))
            r += 1
        r += 1  # blank row between groups
    for col, w in zip("ABCDEFG", [70, 26, 16, 12, 16, 45, 12]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))

    exp = {
        "source": "Imitates a monday.com board exported to Excel, used by a Scottish third-sector provider to track its Care Inspectorate improvement plan, as C-Change Scotland's Glasgow housing support/care at home service would after an August 2025 inspection. Copied features of the monday.com export: board name in row 1 and board description in row 2, each group exported as a coloured group-name row followed by its own repeated column header row, item rows with Name/Person/Status/Due date/text columns and an Item ID, a blank row between groups, comma-separated names in the Person column, ISO date strings, custom status labels with their label colours, and a 'Completed' group into which finished items are moved.",
        "reads": "Nine improvement actions with no refs, grouped under the Care Inspectorate requirements and areas for improvement (plus a 'Completed' group). Each has one or two named people, a due date and a status label (On track, Complete, Amber – at risk, Red – overdue, Not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": board,
        "actions": actions,
    }
    return name, exp


def main():
    for fn in (hebridean, ccea, butterfly, hos, trowbridge, chevin, cchange):
        name, exp = fn()
        write_expected(name, exp)
        print("wrote", name, len(exp.get("actions", [])), "actions")


if __name__ == "__main__":
    main()
