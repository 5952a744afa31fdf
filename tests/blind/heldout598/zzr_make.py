"""Build the seven zzr- blind cases (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python zzr_make.py from any directory; files are
written beside this script. Only files whose names start with zzr- are written.
"""
import csv
import datetime as dt
import json
import os
import textwrap

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzr-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(" ".join(text.split()), 96)
    return key + ": >-\n" + "".join("  " + l + "\n" for l in lines)


def write_yaml(datafile, case):
    parts = [folded("source", case["source"]), folded("reads", case["reads"])]
    parts.append("outcome: %s\n" % case["outcome"])
    parts.append("accept_refusal: %s\n" % ("true" if case.get("accept_refusal") else "false"))
    if "refuse_at" in case:
        parts.append("refuse_at: %d\n" % case["refuse_at"])
    if case.get("title") is not None:
        parts.append("title: %s\n" % q(case["title"]))
    if case["outcome"] == "read":
        parts.append("actions:\n")
        for a in case["actions"]:
            parts.append("  - ref: %s\n" % ("null" if a["ref"] is None else q(a["ref"])))
            parts.append("    under: [%s]\n" % ", ".join(q(u) for u in a["under"]))
            parts.append("    action: %s\n" % q(a["action"]))
            parts.append("    lead: [%s]\n" % ", ".join(q(l) for l in a["lead"]))
            parts.append("    end: %s\n" % ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                parts.append("    end_text: %s\n" % q(a["end_text"]))
            parts.append("    status: %s\n" % a["status"])
    with open(out(datafile + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("".join(parts))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end, "status": status}
    if end_text is not None:
        d["end_text"] = end_text
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def merged_row(table, text, fill=None, bold=True):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c


# ================================================================ 1. Claire House (docx)
def claire_house():
    name = "zzr-claire-house-childrens-hospice-cqc-inspection-action-plan.docx"
    d = docx.Document()
    title = "Claire House Children’s Hospice: CQC Inspection Action Plan"
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Location: Claire House Children’s Hospice, Clatterbridge Road, Bebington, Wirral "
                    "CH63 4JD. Inspection dates: 5 and 6 March 2024. Report published: 23 May 2024. "
                    "Overall rating: Requires improvement.")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Director of Care"), ("Version", "1.3"),
                 ("Date", "14 October 2024"),
                 ("Approved by", "Clinical Governance Committee on behalf of the Board of Trustees"),
                 ("Next review", "January 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    d.add_heading("RAG rating key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, fill in [("Complete", "Action complete and evidence of embedding in practice", "4F81BD"),
                       ("Green", "On track to meet the target date", "92D050"),
                       ("Amber", "At risk – some slippage, mitigation in place", "FFC000"),
                       ("Red", "Off track or target date missed", "FF0000")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], fill)
        set_cell(r[1], v)

    d.add_paragraph("Progress against this plan is reported monthly to the Clinical Governance "
                    "Committee and quarterly to the Board of Trustees. Actions are grouped under "
                    "the CQC key question in which the requirement was made.")

    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    rag_fill = {"Complete": "4F81BD", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    actions = []

    sections = [
        ("Safe", [
            ("Must do 1: The provider must ensure that medicines are managed safely, including the "
             "recording of controlled drugs and the storage of medicines requiring refrigeration. "
             "(Regulation 12(2)(g) Safe care and treatment)", [
                ("1.1", "Introduce a twice-daily fridge temperature check on the electronic medicines "
                        "record, with escalation to the nurse in charge when readings fall outside 2–8°C.",
                 "Pharmacy Lead", ["Pharmacy Lead"], "30/04/2024", "2024-04", None,
                 "Electronic check live from 8 April 2024. Monthly audit shows 100% compliance May–August.",
                 "Complete", "blue"),
                ("1.2", "Complete a full controlled drugs register audit and re-train all registered "
                        "nurses in CD recording, with competency sign-off.",
                 "Pharmacy Lead / Clinical Nurse Educator", ["Pharmacy Lead", "Clinical Nurse Educator"],
                 "31/10/2024", "2024-10", None,
                 "Audit complete. 41 of 46 nurses signed off; remaining five are new starters booked "
                 "for October sessions.", "Green", "green"),
            ]),
            ("Must do 2: The provider must ensure that risk assessments for children and young people "
             "are reviewed when their needs change, including moving and handling and choking risk. "
             "(Regulation 12(2)(a) and (b))", [
                ("2.1", "Revise the care planning standard operating procedure so that risk assessments "
                        "are reviewed at every respite admission and after any change in clinical condition.",
                 "Head of Care (Inpatient Unit)", ["Head of Care (Inpatient Unit)"], "June 2024",
                 "2024-06", None, "SOP approved at Clinical Governance Committee on 18 June 2024.",
                 "Complete", "blue"),
                ("2.2", "Carry out a monthly audit of 10 care records against the revised SOP and report "
                        "findings to the Clinical Governance Committee.",
                 "Quality and Governance Lead", ["Quality and Governance Lead"], "Ongoing – monthly",
                 None, "Ongoing – monthly",
                 "Audits June to September: compliance 78%, 85%, 90%, 92%.", "Green", "green"),
            ]),
        ]),
        ("Effective", [
            ("Should do 1: The service should ensure that all staff complete mandatory training in "
             "paediatric basic life support within the required timescales.", [
                ("3.1", "Schedule additional PBLS sessions, including weekend and night sessions for "
                        "bank staff.",
                 "Clinical Nurse Educator", ["Clinical Nurse Educator"], "Q3 2024/25", "2024-12", None,
                 "Six extra sessions booked for October to December.", "Green", "green"),
                ("3.2", "Add PBLS compliance to the monthly workforce dashboard reviewed by the Senior "
                        "Leadership Team.",
                 "Head of People", ["Head of People"], "31/08/2024", "2024-08", None,
                 "Dashboard build delayed by the HR system upgrade; now expected November. Compliance "
                 "reported manually in the meantime (87%, target 95%).", "Amber", "amber"),
            ]),
        ]),
        ("Well-led", [
            ("Must do 3: The provider must operate effective systems to assess, monitor and improve "
             "the quality and safety of the service, including oversight of incidents and learning. "
             "(Regulation 17(1) Good governance)", [
                ("4.1", "Review the clinical governance framework and committee terms of reference so "
                        "that incident themes, audit results and complaints are reported to trustees "
                        "quarterly.",
                 "Director of Care", ["Director of Care"], "September 2024", "2024-09", None,
                 "Framework approved by the Board of Trustees on 26 September 2024.", "Complete", "blue"),
                ("4.2", "Implement a new incident management system and train all managers to review "
                        "incidents within 5 working days.\nPhase 1: inpatient unit and Hospice at Home.\n"
                        "Phase 2: family support and therapies.",
                 "Director of Care; Head of IT", ["Director of Care", "Head of IT"], "31/01/2025",
                 "2025-01", None,
                 "Supplier contract signed. Go-live moved from November to January because of data "
                 "migration.", "Amber", "amber"),
                ("4.3", "Hold learning events for staff to share themes from incidents, complaints and "
                        "family feedback.",
                 "Head of Care (Inpatient Unit)", ["Head of Care (Inpatient Unit)"], "Quarterly", None,
                 "Quarterly", "First learning event held on 11 September 2024 (38 staff attended).",
                 "Green", "green"),
            ]),
        ]),
    ]

    for kq, reqs in sections:
        d.add_heading(kq, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for req, rows in reqs:
            merged_row(t, req, fill="E4DFEC")
            for (ref, text, lead_cell, lead, date_cell, end, end_text, prog, rag, status) in rows:
                c = t.add_row().cells
                for i, v in enumerate([ref, text, lead_cell, date_cell, prog, rag]):
                    set_cell(c[i], v)
                shade(c[5], rag_fill[rag])
                actions.append(act(ref, [kq, req], text, lead, end, status, end_text))

    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in [("Role", "Name", "Date"), ("Chief Executive", "David Pickering", "14/10/2024"),
                ("Chair, Clinical Governance Committee", "Dr Helen Marsh", "14/10/2024")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(c[i], v, bold=(row[0] == "Role"))
    d.save(out(name))

    write_yaml(name, {
        "source": "Imitates the action plan a charity children's hospice sends CQC after an "
                  "adult social care (hospice services) inspection with breaches of Regulations 12 and 17, "
                  "e.g. the published CQC reports for Claire House Children's Hospice "
                  "(https://www.cqc.org.uk/location/1-116772470); invented 2024 inspection. Copied "
                  "features: title and location/inspection line, document-control table, RAG key table "
                  "with coloured cells, one table per CQC key question under a Word heading, a shaded "
                  "full-width row giving each must do / should do (with the regulation) above its "
                  "numbered actions, job titles as leads (two posts with '/' or ';'), day-first dates, "
                  "a quarter, 'Ongoing – monthly' and 'Quarterly', a multi-line action cell, RAG words "
                  "with matching fill, and a sign-off table.",
        "reads": "A hospice's CQC action plan: document control and a RAG key, then three tables "
                 "(Safe, Effective, Well-led). In each table a shaded row states the must do or should "
                 "do and the numbered actions under it carry lead, target date, progress and a RAG word. "
                 "Nine actions; the sign-off table at the end is not part of the plan.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ================================================================ 2. ScottishPower (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "theme": "1F4E78", "finding": "DDEBF7", "band": "E2EFDA"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")


def scottishpower():
    name = "zzr-scottishpower-ofgem-customer-service-compliance-review-remediation-tracker.xlsx"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = ("ScottishPower Retail – Ofgem Customer Service Compliance Review: "
             "Remediation Action Tracker")
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Monthly submission to Ofgem Retail Compliance – reporting month February 2025"
    cov["A4"] = "Accountable executive:"
    cov["B4"] = "Director of Customer Operations"
    cov["A5"] = "Prepared by:"
    cov["B5"] = "Regulatory Compliance (Retail)"
    cov["A6"] = "Classification:"
    cov["B6"] = "Confidential – shared with Ofgem"
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("1.0", dt.datetime(2024, 7, 19), "Regulatory Compliance", "Plan agreed with Ofgem"),
                             ("1.6", dt.datetime(2025, 1, 31), "Regulatory Compliance", "January position"),
                             ("1.7", dt.datetime(2025, 2, 28), "Regulatory Compliance", "February position; revised dates for 1.2.1 and 3.1.1")]):
        for j, v in enumerate(row):
            c = cov.cell(row=9 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = FILL["grey"]
    cov["A15"] = "Status key"
    cov["A15"].font = Font(bold=True)
    for i, (k, v, f) in enumerate([("Blue", "Complete – closed by Compliance, evidence accepted", "blue"),
                                   ("Green", "On track to the due date", "green"),
                                   ("Amber", "At risk – due date may be missed", "amber"),
                                   ("Red", "Off track or due date missed", "red"),
                                   ("Not started", "Action not yet started", None)]):
        a = cov.cell(row=16 + i, column=1, value=k)
        if f:
            a.fill = FILL[f]
        cov.cell(row=16 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Remediation actions – position at 28 February 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    hdr = ["Action ID", "Remediation action", "Owner", "Original due date", "Revised due date",
           "Previous status (Jan-25)", "Current status (Feb-25)", "Progress commentary", "Evidence ref"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["theme"]
        c.alignment = WRAP
        c.border = BOX
    widths = [10, 60, 30, 14, 14, 14, 14, 50, 12]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w

    D = dt.datetime
    plan = [
        ("Theme 1 – Ease of contact (SLC 0 Standards of Conduct)", [
            ("Finding 1.1: Average speed of answer on the main customer service line exceeded 10 minutes "
             "in 7 of the 12 months reviewed, and call abandonment exceeded 15%.", [
                ("1.1.1", "Recruit and train 220 additional customer service advisers for the Glasgow, "
                          "Kilmarnock and Cumbernauld contact centres.",
                 "Head of Workforce Planning", ["Head of Workforce Planning"], D(2024, 10, 31), D(2024, 12, 31),
                 "Amber", "Blue", "All 220 advisers in role and signed off from nesting by 13 December.",
                 "EV-011", "2024-12", "blue"),
                ("1.1.2", "Introduce a call-back option on the main service line when the expected wait "
                          "exceeds 5 minutes.",
                 "Head of Digital & Telephony", ["Head of Digital & Telephony"], D(2024, 11, 30), None,
                 "Green", "Blue", "Live from 18 November; 31% of eligible callers choose a call-back.",
                 "EV-014", "2024-11", "blue"),
            ]),
            ("Finding 1.2: Web chat and in-app messaging were not available at weekends, leaving "
             "telephone as the only same-day route for customers in difficulty.", [
                ("1.2.1", "Extend web chat opening hours to 8am–8pm on Saturdays and 9am–5pm on Sundays.",
                 "Head of Digital & Telephony; Head of Resourcing",
                 ["Head of Digital & Telephony", "Head of Resourcing"], D(2025, 1, 31), D(2025, 3, 31),
                 "Green", "Amber", "Saturday hours live. Sunday rota depends on the March recruitment "
                 "intake; revised date agreed at Steering Group 20 February.", "", "2025-03", "amber"),
            ]),
        ]),
        ("Theme 2 – Complaints handling (Consumer Complaints Handling Standards Regulations 2008)", [
            ("Finding 2.1: Complaints resolved by the end of the next working day were not always recorded, "
             "so root-cause analysis and reporting understated complaint volumes.", [
                ("2.1.1", "Update CRM complaint capture so that every expression of dissatisfaction is "
                          "logged at first contact, including those resolved the same day.",
                 "Complaints Improvement Lead", ["Complaints Improvement Lead"], D(2024, 12, 31),
                 D(2025, 2, 28), "Amber", "Green",
                 "Release deployed 24 February; post-implementation check under way.", "EV-020",
                 "2025-02", "green"),
                ("2.1.2", "Retrain all front-line advisers on complaint identification, with QA sampling "
                          "of 5% of calls for six months.",
                 "Complaints Improvement Lead / Quality Assurance Manager",
                 ["Complaints Improvement Lead", "Quality Assurance Manager"], D(2025, 3, 31), None,
                 "Green", "Green", "1,640 of 1,910 advisers trained (86%).", "", "2025-03", "green"),
            ]),
            ("Finding 2.2: Customers were not consistently sent a deadlock letter with their Energy "
             "Ombudsman referral rights at eight weeks.", [
                ("2.2.1", "Automate issue of the eight-week letter with Energy Ombudsman referral rights "
                          "from the complaints workflow.",
                 "Head of Complaints", ["Head of Complaints"], D(2025, 1, 31), None, "Red", "Red",
                 "Vendor capacity issue; manual daily report in place as interim control. Recovery plan "
                 "to Remediation Steering Group on 12 March.", "", "2025-01", "red"),
            ]),
        ]),
        ("Theme 3 – Customers in vulnerable circumstances and the Priority Services Register", [
            ("Finding 3.1: Priority Services Register data was not passed to distribution network "
             "operators within the required timescales for around 38,000 customers.", [
                ("3.1.1", "Cleanse Priority Services Register records and clear the backlog of PSR data "
                          "flows to distribution network operators.",
                 "Head of Vulnerability", ["Head of Vulnerability"], D(2025, 1, 31), D(2025, 4, 30),
                 "Amber", "Amber", "Backlog down from 38,200 to 9,450. DNO file rejections being "
                 "worked with SP Energy Networks and ENWL.", "", "2025-04", "amber"),
                ("3.1.2", "Carry out a redress exercise for PSR customers affected between 1 April 2023 "
                          "and 31 March 2024, with the payment methodology agreed with Ofgem.",
                 "Head of Vulnerability / Head of Finance (Retail)",
                 ["Head of Vulnerability", "Head of Finance (Retail)"], D(2025, 6, 30), None,
                 "", "Not started", "Methodology paper with Ofgem for comment.", "", "2025-06", "unrated"),
            ]),
        ]),
    ]
    r = 4
    actions = []
    for theme, findings in plan:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = FILL["theme"]
        r += 1
        for finding, rows in findings:
            ws.cell(row=r, column=1, value=finding)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
            ws.cell(row=r, column=1).fill = FILL["finding"]
            ws.cell(row=r, column=1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            for (aid, text, owner, lead, orig, rev, prev, cur, comm, ev, end, status) in rows:
                vals = [aid, text, owner, orig, rev, prev or None, cur, comm, ev or None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, word in ((6, prev), (7, cur)):
                    f = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}.get(word)
                    if f:
                        ws.cell(row=r, column=col).fill = FILL[f]
                actions.append(act(aid, [theme, finding], text, lead, end, status))
                r += 1
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current status – February 2025"
    sm["A1"].font = Font(bold=True)
    rows = [("Theme", "Blue", "Green", "Amber", "Red", "Not started", "Total"),
            ("Theme 1 – Ease of contact", 2, 0, 1, 0, 0, 3),
            ("Theme 2 – Complaints handling", 0, 2, 0, 1, 0, 3),
            ("Theme 3 – Vulnerability and PSR", 0, 0, 1, 0, 1, 2),
            ("Total", 2, 2, 2, 1, 1, 8)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, len(rows) - 1):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 36
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates the remediation tracker an energy supplier keeps for Ofgem after a "
                  "compliance review or investigation of customer service and complaints handling "
                  "(cf. Ofgem's ScottishPower customer service investigation and the suppliers' "
                  "market compliance reviews; invented 2024-25 review). Copied features: cover sheet "
                  "with title, accountable executive, version-control table and a status key with "
                  "fills (Blue = complete), a Tracker sheet with dark theme bands and light finding "
                  "bands merged across the sheet above the numbered actions, owner job titles (two "
                  "joined by ';' or '/'), original and revised due dates as date cells, previous and "
                  "current status words with matching fills, and a Summary sheet of totals.",
        "reads": "A supplier's remediation tracker: the cover gives title, version control and the "
                 "status key; the Tracker sheet lists eight numbered actions under three themes and "
                 "six Ofgem findings, each with owner, original/revised due date and previous/current "
                 "status. The Summary sheet is a totals table, not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ================================================================ 3. CB Payments (txt, tab-separated)
def cb_payments():
    name = "zzr-cb-payments-fca-final-notice-financial-crime-remediation-action-register.txt"
    title = "CB Payments Ltd – FCA Final Notice (25 July 2024) Financial Crime Remediation Programme: Action Register"
    lines = [title,
             "Export from GRC Actions module | Programme = FCRP | Include closed = Yes | Run date 03/03/2025 08:41 | Run by: Compliance PMO",
             ""]
    hdr = ["Action ID", "Workstream", "Action", "Action owner", "Due date", "Revised due date",
           "RAG", "Status", "Latest update"]
    lines.append("\t".join(hdr))
    WS1 = "WS1 – Customer risk assessment"
    WS2 = "WS2 – Onboarding controls and VREQ"
    WS3 = "WS3 – Transaction monitoring"
    WS4 = "WS4 – Governance, MI and training"
    rows = [
        ("FCRP-001", WS1, "Refresh the customer risk assessment methodology so that the high-risk indicators "
                          "defined in the VREQ are scored automatically at onboarding.",
         "Okafor, Adaeze", ["Okafor, Adaeze"], "30-Sep-2024", "", "B", "Closed",
         "Methodology approved by Risk Committee 17/09/2024.", "2024-09", "blue"),
        ("FCRP-002", WS1, "Re-screen the UK retail customer base against the revised high-risk definition "
                          "and exit relationships that fall within the VREQ.",
         "Head of KYC Operations", ["Head of KYC Operations"], "31-Dec-2024", "31-Mar-2025", "A", "Open",
         "1.1m of 1.4m customers re-screened; exit notices issued to 6,102 customers.", "2025-03", "amber"),
        ("FCRP-003", WS2, "Implement a hard system block preventing deposits by customers flagged as high "
                          "risk until enhanced due diligence is complete.",
         "Director, Onboarding Engineering", ["Director, Onboarding Engineering"], "31-Oct-2024", "", "B",
         "Closed", "Block live 21/10/2024; no prohibited deposits since go-live.", "2024-10", "blue"),
        ("FCRP-004", WS2, "Second-line testing of the design and operating effectiveness of the VREQ "
                          "onboarding controls.",
         "Head of Compliance Monitoring and Testing", ["Head of Compliance Monitoring and Testing"],
         "28-Feb-2025", "", "R", "Open", "Fieldwork delayed by data access; draft report now due 21/03/2025.",
         "2025-02", "red"),
        ("FCRP-005", WS2, "Introduce a daily reconciliation of VREQ-flagged customers against the e-money "
                          "wallet ledger, with exceptions reported to the MLRO.",
         "Brennan, Tom; Shah, Priya", ["Brennan, Tom", "Shah, Priya"], "31-Jan-2025", "30-Apr-2025", "G",
         "Open", "Reconciliation running in parallel; exception workflow in UAT.", "2025-04", "green"),
        ("FCRP-006", WS3, "Recalibrate transaction monitoring scenarios for rapid fiat deposit and withdrawal "
                          "patterns linked to cryptoasset purchases.",
         "Head of Transaction Monitoring", ["Head of Transaction Monitoring"], "31-May-2025", "", "G", "Open",
         "Below-the-line testing complete for 4 of 7 scenarios.", "2025-05", "green"),
        ("FCRP-007", WS3, "Clear the backlog of transaction monitoring alerts older than 30 days.",
         "Head of Transaction Monitoring / Head of FIU", ["Head of Transaction Monitoring", "Head of FIU"],
         "31-Mar-2025", "", "A", "Open", "Backlog 2,310 alerts (from 9,870); additional vendor analysts from 10/03.",
         "2025-03", "amber"),
        ("FCRP-008", WS3, "Complete a lookback review of deposits made by high-risk customers onboarded "
                          "between October 2020 and October 2023 and submit SARs where required.",
         "MLRO", ["MLRO"], "30-Jun-2025", "", "G", "Open", "Population of 13,416 customers confirmed; review 22% complete.",
         "2025-06", "green"),
        ("FCRP-009", WS4, "Introduce a monthly VREQ compliance attestation by the MLRO, reported to the CBPL "
                          "Board.",
         "Okafor, Adaeze", ["Okafor, Adaeze"], "30-Nov-2024", "", "B", "Closed",
         "First attestation to Board 28/11/2024.", "2024-11", "blue"),
        ("FCRP-010", WS4, "Deliver financial crime training to all CBPL directors and senior managers, "
                          "covering the VREQ and the Final Notice findings.",
         "Company Secretary", ["Company Secretary"], "31-Mar-2025", "", "G", "Open",
         "Board session held 11/02/2025; senior manager sessions booked for March.", "2025-03", "green"),
        ("FCRP-011", WS4, "Commission an independent review of the effectiveness of the remediated "
                          "financial crime framework.",
         "Chief Compliance Officer UK", ["Chief Compliance Officer UK"], "TBC – subject to FCA scoping", "",
         "", "Not started", "Terms of reference in draft.", None, "unrated"),
    ]
    actions = []
    for (aid, ws, text, owner, lead, due, rev, rag, st, upd, end, status) in rows:
        lines.append("\t".join([aid, ws, text, owner, due, rev, rag, st, upd]))
        actions.append(act(aid, [ws], text, lead, end, status,
                           "TBC – subject to FCA scoping" if end is None else None))
    lines += ["",
              "Total actions: 11 | Closed: 3 | Open: 8",
              "RAG key: G = on track; A = at risk; R = overdue or off track; B = closed and validated by Compliance",
              "*** End of report ***"]
    with open(out(name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": "Imitates the action register a payments firm keeps after an FCA Final Notice, "
                  "modelled on the FCA's Final Notice to CB Payments Ltd of 25 July 2024 (VREQ breaches, "
                  "https://regulatorwarnings.com/notices/cb-payments-limited-2024); the actions are "
                  "invented. Copied features: a tab-separated export from a GRC tool with a title line, "
                  "a run-parameters line, a header row, workstream column, owners written 'Surname, "
                  "Forename' (two joined by ';'), job titles and 'A / B' posts, dd-Mmm-yyyy due and "
                  "revised due dates, a RAG letter column with a key line, a Status column, and a totals "
                  "line and end-of-report marker.",
        "reads": "A flat export of eleven remediation actions (FCRP-001 to FCRP-011) in four "
                 "workstreams, each with owner, due date, revised due date where moved, a RAG letter and "
                 "open/closed status. The lines after the table are totals, the RAG key and the end marker.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ================================================================ 4. Cheshire and Warrington CA (xlsx)
def cheshire_warrington():
    name = "zzr-cheshire-and-warrington-ca-establishment-programme-highlight-report.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    title = "Cheshire and Warrington Combined Authority – Establishment Programme Highlight Report No. 6"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: 1–31 October 2025 | Report to: Programme Board, 12 November 2025"
    ws["A3"] = "Senior Responsible Owner: Interim Head of Paid Service | Programme Manager: L. Hargreaves"
    ws["A5"] = "Overall programme status"
    ws["A5"].font = Font(bold=True)
    ws["C5"] = "Previous"
    ws["D5"] = "Amber"
    ws["D5"].fill = FILL["amber"]
    ws["E5"] = "Current"
    ws["F5"] = "Amber"
    ws["F5"].fill = FILL["amber"]
    ws["A6"] = ("Summary: The constitution and first-year budget remain on track. Audit procurement has "
                "slipped and is now red; transport functions transfer depends on the Order being made. "
                "Mayoral election timing still awaited from government.")
    ws.merge_cells("A6:G6")
    ws["A6"].alignment = WRAP
    ws.row_dimensions[6].height = 45

    ws["A8"] = "Milestones and actions"
    ws["A8"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone / action", "Lead", "Due", "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=9, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["theme"]
        c.border = BOX
        c.alignment = WRAP
    for j, w in enumerate([7, 60, 34, 12, 12, 12, 55], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w

    D = dt.datetime
    plan = [
        ("Workstream 1: Governance and Constitution", [
            ("GC1", "Draft the Combined Authority constitution, standing orders and scheme of delegation "
                    "for adoption at the inaugural meeting.", "Interim Monitoring Officer",
             ["Interim Monitoring Officer"], D(2025, 11, 30), "Green", "green",
             "Draft constitution with constituent council monitoring officers for comment.", "2025-11", None),
            ("GC2", "Appoint independent members to the Audit and Governance Committee.",
             "Interim Monitoring Officer; Head of HR (Cheshire East)",
             ["Interim Monitoring Officer", "Head of HR (Cheshire East)"], D(2025, 12, 31), "Green", "amber",
             "Advert closed with 3 applicants; re-advertising through LGA networks.", "2025-12", None),
            ("GC3", "Agree Mayoral election arrangements with the Combined Authority Returning Officer.",
             "Interim Head of Paid Service", ["Interim Head of Paid Service"], "TBC", "Amber", "amber",
             "Awaiting confirmation of the election date from MHCLG.", None, "TBC"),
        ]),
        ("Workstream 2: Finance and Assurance", [
            ("FA1", "Set the 2026/27 revenue budget and Mayoral precept proposals for consultation.",
             "Director of Finance and Resources", ["Director of Finance and Resources"], "Q4 2025/26",
             "Green", "green", "Budget model agreed with S151 officers of the three councils.", "2026-03", None),
            ("FA2", "Procure internal audit and external audit arrangements for the Combined Authority.",
             "Director of Finance and Resources", ["Director of Finance and Resources"], D(2026, 1, 31),
             "Amber", "red", "PSAA opt-in timetable missed; interim arrangement with Cheshire West and "
             "Chester internal audit under discussion. Board decision needed.", "2026-01", None),
            ("FA3", "Open Combined Authority bank accounts and set up the finance system on the Cheshire "
                    "West and Chester platform.", "Finance Lead (CWaC) / Treasury Manager",
             ["Finance Lead (CWaC)", "Treasury Manager"], D(2025, 10, 31), "Green", "blue",
             "Accounts open and ledger configured 24 October.", "2025-10", None),
        ]),
        ("Workstream 3: Transport", [
            ("TR1", "Transfer Local Transport Authority functions, including the bus service improvement "
                    "plan and concessionary fares, to the Combined Authority.", "Head of Transport Policy",
             ["Head of Transport Policy"], D(2026, 3, 31), "Amber", "amber",
             "Transfer schedule drafted; dependent on the Order being made.", "2026-03", None),
            ("TR2", "Prepare the engagement plan for the first Combined Authority Local Transport Plan.",
             "Head of Transport Policy", ["Head of Transport Policy"], "June 2026", None, None,
             "New milestone added this period; not yet started.", "2026-06", None),
        ]),
        ("Workstream 4: Communications and Engagement", [
            ("CE1", "Launch the Combined Authority website and brand identity.", "Communications Lead",
             ["Communications Lead"], D(2025, 9, 30), "Amber", "blue", "Website live 29 September 2025.",
             "2025-09", None),
        ]),
    ]
    status_of = {"green": "green", "amber": "amber", "red": "red", "blue": "blue", None: "unrated"}
    r = 10
    actions = []
    for wsname, rows in plan:
        ws.cell(row=r, column=1, value=wsname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = FILL["band"]
        r += 1
        for (ref, text, lead_cell, lead, due, prev, cur_fill, comm, end, end_text) in rows:
            vals = [ref, text, lead_cell, due, prev, None, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=5).fill = FILL[prev.lower()]
            if cur_fill:
                ws.cell(row=r, column=6).fill = FILL[cur_fill]
            actions.append(act(ref, [wsname], text, lead, end, status_of[cur_fill], end_text))
            r += 1

    r += 1
    ws.cell(row=r, column=1, value="Milestone summary (current RAG)").font = Font(bold=True)
    r += 1
    for k, n, f in [("Complete", 2, "blue"), ("Green", 2, "green"), ("Amber", 3, "amber"),
                    ("Red", 1, "red"), ("Not yet rated", 1, None), ("Total", 9, None)]:
        a = ws.cell(row=r, column=2, value=k)
        if f:
            a.fill = FILL[f]
        ws.cell(row=r, column=3, value=n)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue = complete; Green = on track; Amber = at risk, "
                                   "mitigation in place; Red = off track, Programme Board decision needed")
    ws.cell(row=r, column=1).font = Font(italic=True)

    vh = wb.create_sheet("Version history")
    for i, row in enumerate([("Report", "Period", "Issued"),
                             ("No. 5", "September 2025", D(2025, 10, 8)),
                             ("No. 6", "October 2025", D(2025, 11, 5))]):
        for j, v in enumerate(row):
            c = vh.cell(row=1 + i, column=1 + j, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates a monthly programme highlight report for a new combined authority's "
                  "establishment programme, in the style of combined-authority and shadow-authority "
                  "programme highlight reports to a programme board (e.g. Dorset shadow executive "
                  "programme highlight reports; Cambridgeshire and Peterborough CA board reports); "
                  "invented content for Cheshire and Warrington. Copied features: title block with "
                  "period, SRO and overall previous/current RAG, a merged narrative summary, "
                  "workstream band rows above referenced milestones, job-title leads (two with ';' or "
                  "'/'), due dates as mmm-yy date cells plus 'Q4 2025/26', 'June 2026' and 'TBC', "
                  "previous RAG as a word, current RAG as fill colour only, a milestone totals block and "
                  "a RAG key line, and a version-history sheet.",
        "reads": "A highlight report: title block, overall status and summary, then nine milestones "
                 "under four workstreams, each with lead, due month, previous RAG word and current RAG "
                 "shown only by cell colour (one new milestone uncoloured). The summary counts and the "
                 "key under the table are not actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ================================================================ 5. Pembrokeshire Coast NPA (csv)
def pembrokeshire():
    name = "zzr-pembrokeshire-coast-npa-authority-rolling-action-log.csv"
    title = "Pembrokeshire Coast National Park Authority – Rolling Action Log"
    W = 6
    rows = [[title] + [""] * (W - 1),
            ["National Park Authority meetings – updated for the meeting of 4 February 2026"] + [""] * (W - 1),
            [""] * W,
            ["Minute ref", "Action", "Responsible officer", "Deadline", "Status", "Update"]]
    log = [
        ("Meeting of 8 October 2025", [
            ("6(a)", "Report to Members on options to extend the Park and Ride pilot at Newgale and "
                     "St Davids for the 2026 season.", "Director of Park Direction",
             ["Director of Park Direction"], "December 2025", "Complete",
             "Report 44/25 considered on 10 December 2025.", "2025-12", None, "blue"),
            ("7", "Circulate the revised dates for Member Code of Conduct training to all Members.",
             "Head of Democratic Services / Monitoring Officer",
             ["Head of Democratic Services", "Monitoring Officer"], "31/10/2025", "Complete",
             "Circulated 20 October 2025.", "2025-10", None, "blue"),
            ("9(b)", "Write to Welsh Government seeking confirmation of the 2026/27 core grant and the "
                     "capital allocation for coast path resilience works.",
             "Chief Executive (National Park Officer)", ["Chief Executive (National Park Officer)"],
             "November 2025", "Complete", "Letter sent 3 November; reply received 9 January 2026.",
             "2025-11", None, "blue"),
        ]),
        ("Meeting of 10 December 2025", [
            ("5", "Provide Members with a briefing note on winter storm damage to the Coast Path at "
                  "Amroth and Little Haven, with costed repair options.",
             "Rights of Way and Access Manager", ["Rights of Way and Access Manager"],
             "By 31 January 2026", "On track", "Surveys complete; note in draft.", "2026-01", None, "green"),
            ("8(a)", "Bring a report on the Local Development Plan 2 (Replacement) timetable to the "
                     "February meeting, to include:\n- the revised Delivery Agreement;\n- the updated "
                     "evidence base programme.", "Development Plans and Conservation Manager",
             ["Development Plans and Conservation Manager"], "04/02/2026", "Complete",
             "Report 05/26 on this agenda.", "2026-02", None, "blue"),
            ("10", "Review the fees and charges for Authority car parks and Oriel y Parc and report "
                   "proposals to the Audit and Corporate Services Review Committee.",
             "Chief Finance Officer", ["Chief Finance Officer"], "March 2026", "Behind schedule",
             "Benchmarking with other Welsh National Park Authorities delayed; report now planned "
             "for the May committee.", "2026-03", None, "amber"),
            ("11", "Arrange a site visit for Members to the Castell Henllys roundhouse repair works.",
             "Castell Henllys Manager", ["Castell Henllys Manager"], "April 2026", "Not started", "",
             "2026-04", None, "unrated"),
        ]),
        ("Meeting of 14 January 2026 (Special)", [
            ("4", "Publish the consultation on the draft National Park Management Plan 2026–2030 and "
                  "report the responses to the Authority.",
             "Director of Park Direction; Policy Officer (Management Plan)",
             ["Director of Park Direction", "Policy Officer (Management Plan)"], "June 2026", "On track",
             "Consultation opened 26 January and closes 20 March 2026.", "2026-06", None, "green"),
            ("6", "Publish the annual Welsh Language Standards compliance report on the Authority’s "
                  "website.", "Head of Democratic Services", ["Head of Democratic Services"],
             "31/01/2026", "Overdue", "Translation returned late; publication expected w/c 9 February.",
             "2026-01", None, "red"),
            ("7", "Keep Members informed of the Authority’s response to the Welsh Government "
                  "consultation on visitor levy guidance for National Parks.",
             "Chief Executive (National Park Officer)", ["Chief Executive (National Park Officer)"],
             "Ongoing", "On track", "Response submitted 30 January 2026.", None, "Ongoing", "green"),
        ]),
    ]
    actions = []
    for meeting, items in log:
        rows.append([meeting] + [""] * (W - 1))
        for (ref, text, officer, lead, deadline, st, upd, end, end_text, status) in items:
            rows.append([ref, text, officer, deadline, st, upd])
            actions.append(act(ref, [meeting], text, lead, end, status, end_text))
    rows.append([""] * W)
    rows.append(["Status key: Complete (Blue) – action closed; On track (Green); Behind schedule (Amber); "
                 "Overdue (Red); Not started – no rating"] + [""] * (W - 1))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_yaml(name, {
        "source": "Imitates the rolling action log a National Park Authority keeps of actions from "
                  "its meetings, saved from Excel as CSV (Pembrokeshire Coast NPA committee papers, "
                  "https://www.pembrokeshirecoast.wales/about-the-national-park-authority/committees/"
                  "committee-papers/national-park-authority/, give the meeting pattern and report "
                  "numbering; actions invented, 2025-26). Copied features: title and 'updated for' "
                  "lines, header row, one row per meeting above its actions, minute references as "
                  "action refs, job titles as responsible officers (two posts with '/' or ';'), mixed "
                  "deadline forms ('December 2025', '31/10/2025', 'By 31 January 2026', 'Ongoing'), "
                  "status words defined by a key line at the end, and one quoted multi-line action.",
        "reads": "A rolling action log: ten actions from three Authority meetings, each with minute "
                 "reference, responsible officer, deadline, status word and update; the status key at "
                 "the foot maps the words to colours.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ================================================================ 6. Kirkbymoorside Town Council (docx)
def kirkbymoorside():
    name = "zzr-kirkbymoorside-town-council-bonfire-fireworks-2025-lessons-learned-action-plan.docx"
    d = docx.Document()
    title = "Kirkbymoorside Town Council: Bonfire and Fireworks Display 2025 – Lessons Learned Action Plan"
    d.add_paragraph(title, style="Title")
    d.add_paragraph("Following the debrief held on 18 November 2025 with the Events Working Group, "
                    "volunteer stewards, North Yorkshire Fire and Rescue Service and the display "
                    "contractor, the lessons and actions below were agreed. This plan is reviewed at each "
                    "Full Council meeting until all actions are closed.")
    d.add_paragraph("Agreed at Full Council, 8 December 2025 (Minute 25/142). Status as at 12 January 2026.")
    d.add_paragraph("Status: G = on track, A = some concerns, Done = complete, Not started.")

    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["No.", "Lesson identified", "Action", "Who", "By when", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C6E0B4")

    sections = [
        ("1. Stewarding and crowd safety", [
            ("Not enough stewards at the recreation ground entrance between 6.15pm and 6.45pm, causing a "
             "queue back onto the main road.", [
                ("1.1", "Recruit at least six more volunteer stewards and hold a briefing the week before "
                        "the event.", "Cllr Atkinson", ["Cllr Atkinson"], "September 2026", "2026-09",
                 "Not started", "unrated"),
                ("1.2", "Open the second gate on the north side from 6pm, staffed by two stewards with a "
                        "radio.", "Town Clerk", ["Town Clerk"], "October 2026", "2026-10", "Not started",
                 "unrated"),
            ]),
            ("Radios did not work reliably at the far end of the field.", [
                ("1.3", "Hire licensed radios with an extra repeater for the 2026 display.", "Town Clerk",
                 ["Town Clerk"], "October 2026", "2026-10", "G", "green"),
            ]),
        ]),
        ("2. Traffic and parking", [
            ("Parking on the verges of the approach road blocked access for emergency vehicles.", [
                ("2.1", "Apply to North Yorkshire Council for a temporary traffic regulation order (no "
                        "waiting) on the approach road for the evening.", "Town Clerk", ["Town Clerk"],
                 "31/03/2026", "2026-03", "A", "amber"),
                ("2.2", "Agree use of the school car park as overflow parking with the headteacher.",
                 "Cllr Wood & Cllr Atkinson", ["Cllr Wood", "Cllr Atkinson"], "June 2026", "2026-06", "G",
                 "green"),
            ]),
        ]),
        ("3. Communications", [
            ("Residents near the field were not told about the road closure in advance.", [
                ("3.1", "Deliver a letter to all households within 400m of the field two weeks before the "
                        "event, with start and finish times and a contact number.",
                 "Town Clerk / Events Working Group", ["Town Clerk", "Events Working Group"], "Oct-26",
                 "2026-10", "Not started", "unrated"),
            ]),
            ("The post announcing that the bonfire would not be lit because of high wind went out late.", [
                ("3.2", "Agree a decision time of 4pm on the day and one named person to post updates on "
                        "the Town Council website and Facebook page.", "Deputy Town Clerk",
                 ["Deputy Town Clerk"], "January 2026", "2026-01", "Done", "blue"),
            ]),
        ]),
        ("4. Finance", [
            ("Gate donations and the bucket collection were counted late at night by one person.", [
                ("4.1", "Introduce a two-person cash count and bank the takings the next working day, in "
                        "line with Financial Regulations.", "Responsible Financial Officer",
                 ["Responsible Financial Officer"], "December 2025", "2025-12", "Done", "blue"),
            ]),
        ]),
    ]
    actions = []
    for sec, lessons in sections:
        merged_row(t, sec, fill="E2EFDA")
        for lesson, rows in lessons:
            first = len(t.rows)
            for (ref, text, who, lead, when, end, st, status) in rows:
                c = t.add_row().cells
                for i, v in enumerate([ref, "", text, who, when, st]):
                    set_cell(c[i], v)
                actions.append(act(ref, [sec, lesson], text, lead, end, status))
            last = len(t.rows) - 1
            m = t.cell(first, 1)
            if last > first:
                m = m.merge(t.cell(last, 1))
            set_cell(m, lesson)

    d.add_paragraph("")
    d.add_paragraph("Next review: Full Council, 9 February 2026.")
    d.save(out(name))

    write_yaml(name, {
        "source": "Imitates a small town council's post-event debrief action plan for its bonfire "
                  "and fireworks night (cf. parish fireworks committee notes such as Caythorpe & Frieston "
                  "Parish Council 2024, https://caythorpe.parish.lincolnshire.gov.uk/council-business/"
                  "2024-parish-council-minutes-meetings/6); Kirkbymoorside content invented. Copied "
                  "features: title and introductory paragraphs with the minute that agreed it, a status "
                  "legend line, one Word table with numbered section rows merged across, the lesson "
                  "identified in a column merged down over its actions, councillors and officers as "
                  "'Who' (two with '&' or '/'), month and date forms including 'Oct-26', and G/A/Done/"
                  "Not started status words.",
        "reads": "A town council lessons-learned plan: four numbered sections, each lesson identified "
                 "followed by its numbered actions with who, by when and status. Eight actions.",
        "outcome": "read",
        "title": title,
        "actions": actions,
    })
    return len(actions)


# ================================================================ 7. Kew risk register (xlsx, refuse)
def kew():
    name = "zzr-royal-botanic-gardens-kew-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Strategic risk register"
    title = "Royal Botanic Gardens, Kew – Strategic Risk Register 2025/26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 position at 30 September 2025 | Presented to the Audit and Risk Assurance Committee, 22 October 2025"
    hdr = ["Risk ID", "Risk title and description", "Risk owner", "Inherent score (I x L)",
           "Key controls in place", "Residual score", "Target score", "Further action required",
           "Action owner", "Target date", "Action status", "Direction of travel"]
    HR = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["theme"]
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([8, 45, 22, 10, 40, 10, 10, 50, 30, 13, 12, 12], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    D = dt.datetime
    risks = [
        ("SR1", "Financial sustainability: visitor and commercial income fall short of plan, "
                "putting pressure on the Grant-in-Aid settlement and reserves.",
         "Chief Financial Officer", "5 x 4 = 20", "Monthly income forecasting; reserves policy; Defra "
         "sponsor team quarterly reviews.", "4 x 4 = 16", "3 x 3 = 9", [
             ("Deliver the 2025/26 commercial income plan, including the Christmas at Kew and summer "
              "concert programmes.", "Chief Commercial Officer", D(2026, 3, 31), "Green"),
             ("Complete the zero-based review of non-pay budgets and agree savings with the Defra sponsor team.",
              "Chief Financial Officer", D(2025, 12, 31), "Amber"),
         ], "↔"),
        ("SR2", "Estate and heritage assets: deterioration of Grade I listed glasshouses and the Wakehurst "
                "estate leads to closure of visitor areas or loss of collections.",
         "Director of Estates and Capital Programme", "5 x 4 = 20", "Planned maintenance programme; "
         "condition surveys; capital programme board.", "4 x 4 = 16", "3 x 3 = 9", [
             ("Complete the condition survey of the Palm House and submit the capital business case to Defra.",
              "Director of Estates and Capital Programme", "Decemebr 2025", "Amber"),
             ("Agree the ten-year backlog maintenance plan with the Board of Trustees.",
              "Director of Estates and Capital Programme", D(2026, 3, 31), "Green"),
         ], "↑"),
        ("SR3", "Cyber security: a successful cyber attack disrupts ticketing, science data or payment systems.",
         "Chief Information Officer", "5 x 4 = 20", "Managed SOC; MFA; annual penetration test.",
         "4 x 3 = 12", "4 x 2 = 8", [
             ("Achieve Cyber Essentials Plus recertification.", "Chief Information Officer",
              D(2025, 11, 30), "Green"),
             ("Run a cyber incident exercise with the Executive Board.", "Chief Information Officer; "
              "Head of Business Continuity", D(2026, 1, 31), "Green"),
         ], "↔"),
        ("SR4", "Plant health and biosecurity: introduction of a pest or pathogen damages the living "
                "collections or the Millennium Seed Bank.",
         "Director of Gardens", "4 x 3 = 12", "Quarantine procedures; plant health inspections.",
         "4 x 2 = 8", "4 x 2 = 8", [
             ("Roll out the updated biosecurity procedures at Wakehurst and the Millennium Seed Bank.",
              "Director of Gardens", D(2026, 3, 31), "Green"),
         ], "↓"),
        ("SR5", "People: inability to recruit and retain specialist horticultural and science staff.",
         "Chief People Officer", "4 x 4 = 16", "Pay framework; apprenticeship scheme; workforce plan.",
         "4 x 3 = 12", "3 x 3 = 9", [
             ("Complete the pay and grading review and put proposals to the Remuneration Committee.",
              "Chief People Officer", "Q4 2025/26", "Amber"),
         ], "↔"),
    ]
    rag = {"Green": "green", "Amber": "amber", "Red": "red"}
    r = HR + 1
    typo_row = None
    for (rid, desc, owner, inh, ctrl, res, tgt, acts, dot) in risks:
        start = r
        for k, (text, aowner, date, st) in enumerate(acts):
            if k == 0:
                for j, v in ((1, rid), (2, desc), (3, owner), (4, inh), (5, ctrl), (6, res), (7, tgt), (12, dot)):
                    ws.cell(row=r, column=j, value=v)
            for j, v in ((8, text), (9, aowner), (10, date), (11, st)):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = FILL[rag[st]]
            if date == "Decemebr 2025":
                typo_row = r
            for j in range(1, 13):
                ws.cell(row=r, column=j).alignment = WRAP
                ws.cell(row=r, column=j).border = BOX
            r += 1
        if r - 1 > start:
            for j in (1, 2, 3, 4, 5, 6, 7, 12):
                ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Scores are Impact x Likelihood on a 5 x 5 matrix (see Scoring key). "
                                   "Direction of travel: ↑ increasing, ↔ stable, ↓ decreasing.")
    ws.cell(row=r, column=1).font = Font(italic=True)

    sk = wb.create_sheet("Scoring key")
    sk["A1"] = "Risk scoring key"
    sk["A1"].font = Font(bold=True)
    for i, row in enumerate([("Score", "Rating"), ("1–6", "Low"), ("8–12", "Medium"), ("15–25", "High")]):
        for j, v in enumerate(row):
            sk.cell(row=2 + i, column=1 + j, value=v)
    wb.save(out(name))
    assert typo_row is not None

    write_yaml(name, {
        "source": "Imitates the strategic risk register an arm's-length body presents to its Audit "
                  "and Risk Assurance Committee each quarter (Royal Botanic Gardens, Kew is a Defra "
                  "non-departmental public body whose annual reports describe its principal risks; "
                  "register content invented for 2025/26). Copied features: title and quarter line, "
                  "one block per risk with risk ID, description, owner, inherent/residual/target scores "
                  "and controls merged down over its further actions, action owner, target date as date "
                  "cells, action status with fill, direction-of-travel arrows, a scoring note and a "
                  "Scoring key sheet.",
        "reads": "A five-risk strategic register with eight further actions and their owners and "
                 "target dates. The target date of the Palm House condition-survey action reads "
                 "'Decemebr 2025', a mistyped month; a careful reader stops there and asks before "
                 "reading the register.",
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


if __name__ == "__main__":
    print("claire house", claire_house())
    print("scottishpower", scottishpower())
    print("cb payments", cb_payments())
    print("cheshire warrington", cheshire_warrington())
    print("pembrokeshire", pembrokeshire())
    print("kirkbymoorside", kirkbymoorside())
    print("kew typo row", kew())
