"""Build the seven vk- blind cases (data files and their .expected.yaml) for set heldout530.

Run with /work/main/.venv/bin/python vk_make.py (from any directory).
Each plan's content is written once below; the data file and the expected reading come from it.
The expected month (YYYY-MM or None) and status of each action are set by hand as a reader reads them.
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

FILLS = {
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "band": "DDEBF7",
    "head": "1F4E78",
}


def out(name):
    return os.path.join(HERE, name)


def write_expected(fname, meta, actions):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta.get("outcome", "read"),
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if doc["outcome"] == "read":
        acts = []
        for a in actions:
            d = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# =========================================================== 1. hospice (docx)
HOSPICE = "vk-st-andrews-hospice-airdrie-his-inspection-improvement-action-plan.docx"
HOSPICE_TITLE = "St Andrew's Hospice, Airdrie – Improvement Action Plan"
HOSPICE_SECTIONS = [
    (
        "Domain 2 – Leadership and culture",
        [
            (
                "Requirement 1: The provider must ensure that all staff complete mandatory training, "
                "including adult support and protection, within the timescales set out in the service's "
                "training policy.",
                [
                    ("1.1", "Produce a monthly mandatory training compliance report for each department, with "
                     "compliance below 90% escalated to the Senior Management Team.",
                     "30 November 2024", "Head of Education", "Complete",
                     ["Head of Education"], "2024-11", None, "blue"),
                    ("1.2", "Schedule additional face-to-face adult support and protection sessions for bank "
                     "and sessional staff.",
                     "January 2025\nRevised: April 2025", "Head of Education; Practice Development Facilitator",
                     "On track",
                     ["Head of Education", "Practice Development Facilitator"], "2025-04", None, "green"),
                ],
            )
        ],
    ),
    (
        "Domain 5 – Delivery of safe, effective, compassionate and person-centred care",
        [
            (
                "Requirement 2: The provider must ensure that controlled drug registers are completed "
                "accurately and that any discrepancies are escalated and investigated in line with the "
                "service's medicines management policy.",
                [
                    ("2.1", "Reissue the controlled drugs standard operating procedure to all registered nurses "
                     "in the Inpatient Unit and record signed acknowledgement.",
                     "31 October 2024", "Senior Charge Nurse, Inpatient Unit", "Complete",
                     ["Senior Charge Nurse, Inpatient Unit"], "2024-10", None, "blue"),
                    ("2.2", "Introduce a weekly audit of controlled drug registers, with findings reported to "
                     "the Medicines Management Group.",
                     "December 2024", "Lead Pharmacist / Senior Charge Nurse", "Complete",
                     ["Lead Pharmacist", "Senior Charge Nurse"], "2024-12", None, "blue"),
                    ("2.3", "Add controlled drug discrepancies as a mandatory category in the incident "
                     "reporting system (Datix) and brief staff at safety huddles.",
                     "31/01/2025", "Quality and Governance Manager", "Complete",
                     ["Quality and Governance Manager"], "2025-01", None, "blue"),
                ],
            ),
            (
                "Recommendation a: The service should ensure that patients' care plans are reviewed and "
                "updated when their condition or goals of care change.",
                [
                    ("a.1", "Revise the care plan review template to include a prompt at each weekly "
                     "multidisciplinary team meeting.",
                     "End of March 2025", "Clinical Nurse Specialist – Practice Development", "On track",
                     ["Clinical Nurse Specialist – Practice Development"], "2025-03", None, "green"),
                    ("a.2", "Carry out a monthly audit of 10 sets of patient records and share the results at "
                     "ward meetings.",
                     "Monthly", "Senior Charge Nurse, Inpatient Unit", "On track",
                     ["Senior Charge Nurse, Inpatient Unit"], None, "Monthly", "green"),
                ],
            ),
        ],
    ),
    (
        "Domain 7 – Quality improvement",
        [
            (
                "Recommendation b: The service should develop and implement a quality improvement plan that "
                "sets out how learning from audits, complaints and adverse events is used to improve the "
                "service.",
                [
                    ("b.1", "Present a draft Quality Improvement Plan 2025–2027 to the Clinical Governance "
                     "Committee for approval.",
                     "June 2025", "Director of Clinical Services", "On track",
                     ["Director of Clinical Services"], "2025-06", None, "green"),
                    ("b.2", "Publish a quarterly 'Learning from events' bulletin for all staff and volunteers.",
                     "Q1 2025/26", "Quality and Governance Manager", "Not started",
                     ["Quality and Governance Manager"], "2025-06", None, "unrated"),
                ],
            )
        ],
    ),
]


def make_hospice():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(HOSPICE_TITLE, level=0)
    d.add_paragraph("Following the unannounced inspection by Healthcare Improvement Scotland on 10 and 11 "
                    "September 2024")
    cover = [
        ("Service name", "St Andrew's Hospice"),
        ("Service address", "Henderson Street, Airdrie ML6 6DJ"),
        ("Service type", "Independent hospital – hospice"),
        ("Type of inspection", "Unannounced"),
        ("Date of inspection", "10–11 September 2024"),
        ("Report published", "26 November 2024"),
        ("Plan owner", "Director of Clinical Services"),
        ("Date last updated", "14 March 2025"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in cover:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        shade(r[0], FILLS["grey"])
        set_cell(r[1], v)
    d.add_paragraph("")
    d.add_paragraph("Status key: Complete – action delivered and evidence held; On track – progressing within "
                    "timescale; Not started – action not yet due to start.")
    actions = []
    heads = ["Ref", "Action planned", "Timescale to meet", "Responsibility for taking action",
             "Status at 14 March 2025"]
    for domain, groups in HOSPICE_SECTIONS:
        d.add_heading(domain, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, FILLS["grey"])
        for req, acts in groups:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, req, bold=True)
            shade(m, FILLS["band"])
            for ref, text, when, who, status, lead, end, end_text, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, text, when, who, status]):
                    set_cell(c, v)
                actions.append(dict(ref=ref, under=[domain, req], action=text, lead=lead, end=end,
                                    end_text=end_text, status=rag))
        d.add_paragraph("")
    d.add_paragraph("Approved at the Clinical Governance Committee on 19 November 2024. Progress is reported "
                    "to each meeting of the Committee until all actions are complete.")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Completed by", "Designation", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["Fiona Crawford", "Director of Clinical Services", "19/11/2024"]):
        set_cell(c, v)
    d.save(out(HOSPICE))
    write_expected(HOSPICE, dict(
        source=(
            "Imitates the improvement action plan an independent hospice in Scotland returns to Healthcare "
            "Improvement Scotland after an unannounced inspection (St Andrew's Hospice, Airdrie, North "
            "Lanarkshire; inspection September 2024, plan updated March 2025; no URL, modelled on HIS "
            "independent healthcare reports for Scottish hospices, whose requirements and lettered "
            "recommendations sit under quality framework domains). Copied features: title and subtitle, "
            "two-column service details table, a status key line, one Word table per domain with the domain "
            "as a heading above it, the requirement/recommendation text in a merged shaded row above its "
            "actions, HIS column names 'Action planned / Timescale to meet / Responsibility for taking "
            "action', a status column in words, an original and revised timescale in one cell, and a sign-off "
            "table at the end."),
        reads=(
            "A hospice's action plan after a Healthcare Improvement Scotland inspection: three domain sections, "
            "each a table in which two requirements and two recommendations head nine numbered actions with "
            "timescale, responsible post and status. The cover table, the status key and the sign-off table "
            "are not part of the plan."),
        title=HOSPICE_TITLE,
    ), actions)


# ============================================================ 2. ETI (docx)
ETI = "vk-belfast-boys-model-school-eti-inspection-action-plan.docx"
ETI_TITLE = "Belfast Boys' Model School: Post-Inspection Action Plan 2024–2025"
ETI_AREAS = [
    (
        "Area for Improvement 1: Improve the consistency of the quality of learning and teaching in key stage 3 "
        "so that all pupils, including those with special educational needs, are challenged appropriately.",
        [
            ("1.1", "Introduce a whole-school learning and teaching framework, with agreed features of effective "
             "practice, through the August and October staff development days.",
             "Vice-Principal (Curriculum)", "By 31 October 2024",
             "Framework published; all staff able to describe the agreed features.", "blue",
             ["Vice-Principal (Curriculum)"], "2024-10", None),
            ("1.2", "Establish peer observation triads across departments, with each teacher observed at least "
             "twice during the year.",
             "Mr D Hamilton, Mrs K Irvine", "September 2024 – June 2025",
             "At least 90% of observed lessons evaluated as good or better.", "green",
             ["Mr D Hamilton", "Mrs K Irvine"], "2025-06", None),
            ("1.3", "Provide targeted professional learning for early career teachers on questioning and "
             "differentiation.",
             "Head of Professional Learning", "Spring term 2025",
             "Early career teachers' planning shows differentiated tasks.", "amber",
             ["Head of Professional Learning"], "2025-04", None),
        ],
    ),
    (
        "Area for Improvement 2: Develop further the use of data by middle leaders to identify and address "
        "underachievement, particularly in GCSE English and mathematics.",
        [
            ("2.1", "Train heads of department in the use of the school's tracking system and CAT4 data to set "
             "and monitor targets.",
             "Data Manager", "Autumn term 2024",
             "All heads of department set targets for their classes from tracking data.", "blue",
             ["Data Manager"], "2024-12", None),
            ("2.2", "Hold half-termly progress meetings between each senior leadership team link and head of "
             "department, with agreed intervention lists for Year 12 pupils.",
             "SLT / Heads of Department", "Half-termly",
             "Intervention lists in place; pupils' progress reviewed after each data drop.", "green",
             ["SLT", "Heads of Department"], None, "Half-termly"),
            ("2.3", "Deliver a mentoring programme for Year 12 pupils identified as at risk of underachieving in "
             "English and mathematics.",
             "Head of Year 12 / Numeracy Co-ordinator", "June 2025",
             "Mentored pupils meet their target grades in mock examinations.", "red",
             ["Head of Year 12", "Numeracy Co-ordinator"], "2025-06", None),
        ],
    ),
    (
        "Area for Improvement 3: Ensure that the safeguarding policy and procedures fully reflect the Department "
        "of Education's current guidance and are understood by all staff.",
        [
            ("3.1", "Revise the Child Protection and Safeguarding Policy in line with current DE guidance and "
             "present it to the Board of Governors for ratification.",
             "Designated Teacher for Child Protection", "By 30 September 2024",
             "Policy ratified by the Board of Governors and published on the school website.", "blue",
             ["Designated Teacher for Child Protection"], "2024-09", None),
            ("3.2", "Deliver annual safeguarding training to all teaching and non-teaching staff, and keep a "
             "record of attendance.",
             "Designated Teacher for Child Protection", "Ongoing",
             "All staff trained; attendance record checked by the Designated Governor.", "green",
             ["Designated Teacher for Child Protection"], None, "Ongoing"),
        ],
    ),
]


def make_eti():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_heading(ETI_TITLE, level=1)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Response of the Board of Governors to the Education and Training Inspectorate (ETI) "
                        "inspection of March 2024")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("School details", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Belfast Boys' Model School, Ballysillan Road, Belfast"),
                 ("Date of inspection", "11–14 March 2024"),
                 ("Report published", "May 2024"),
                 ("Plan approved by Board of Governors", "17 September 2024"),
                 ("Progress review", "28 January 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    d.add_heading("Version history", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Change", "Author"]):
        set_cell(c, v, bold=True)
    for row in [("1.0", "17/09/2024", "Approved by the Board of Governors", "Principal"),
                ("1.1", "28/01/2025", "January progress review; RAG ratings updated", "Vice-Principal (Curriculum)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_heading("Action plan", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
        set_cell(c, v, bold=True)
        shade(c, FILLS["grey"])
    actions = []
    for afi, acts in ETI_AREAS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, afi, bold=True)
        shade(m, FILLS["band"])
        for ref, text, who, when, sc, rag, lead, end, end_text in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, who, when, sc, ""]):
                set_cell(c, v)
            shade(cells[5], FILLS[rag])
            actions.append(dict(ref=ref, under=[afi], action=text, lead=lead, end=end, end_text=end_text,
                                status=rag))
    d.add_paragraph("")
    d.add_paragraph("RAG key")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, meaning in [("blue", "Completed"), ("green", "On track"),
                         ("amber", "Some slippage – action being taken"),
                         ("red", "Significant concern – escalated to SLT")]:
        r = t.add_row().cells
        shade(r[0], FILLS[col])
        set_cell(r[1], meaning)
    d.add_paragraph("The plan is monitored by the Senior Leadership Team each half term and reported to the "
                    "Board of Governors at each meeting.")
    d.save(out(ETI))
    write_expected(ETI, dict(
        source=(
            "Imitates a Northern Ireland post-primary school's action plan responding to the areas for "
            "improvement in an Education and Training Inspectorate (ETI) report (Belfast Boys' Model School, "
            "inspection March 2024, plan 2024–2025; no URL, modelled on ETI post-inspection plans that boards "
            "of governors return to the Department of Education). Copied features: centred title and subtitle, "
            "school details table, version history table, one action table in which each area for improvement "
            "is a merged shaded band row above numbered actions, a success criteria column, a RAG column "
            "shown only by cell fill colour, and a RAG colour key table with Blue = completed after the plan."),
        reads=(
            "A school's post-inspection plan with three areas for improvement, each heading two or three "
            "numbered actions with leads, timescales (dates, school terms, 'Half-termly', 'Ongoing') and a RAG "
            "cell coloured blue, green, amber or red as the key below the table explains. The school details, "
            "version history and RAG key tables are not the plan."),
        title=ETI_TITLE,
    ), actions)


# =============================================================== xlsx helpers
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


RAGWORD_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


# ======================================================= 3. SCRA risk register
SCRA = "vk-scottish-childrens-reporter-administration-corporate-risk-register-2025-26.xlsx"
SCRA_TITLE = "Scottish Children's Reporter Administration – Corporate Risk Register 2025/26"
SCRA_RISKS = [
    dict(
        risk="CR01 – Financial sustainability",
        desc="Risk that SCRA's grant-in-aid settlement for 2025/26 and future years is insufficient to meet "
             "statutory duties, pay awards and the costs of the Hearings for Children redesign.",
        owner="Head of Finance and Resources",
        controls="Medium term financial plan\nMonthly budget monitoring to the Executive Management Team\n"
                 "Regular engagement with Scottish Government sponsor team",
        scores=(4, 5, 4, 4), trend="↔",
        actions=[
            ("Refresh the medium term financial plan 2026/27–2028/29 and present it to the Board.",
             "Head of Finance", dt.datetime(2026, 3, 31), "dd/mm/yyyy", "Green", "Green",
             ["Head of Finance"], "2026-03", None, "green"),
            ("Submit a spending review bid to Scottish Government for Hearings for Children implementation "
             "costs.", "Chief Executive", dt.datetime(2025, 9, 30), "mmm-yy", "Amber", "Complete",
             ["Chief Executive"], "2025-09", None, "blue"),
            ("Identify recurring savings of 2% through the Estates Rationalisation Programme.",
             "Head of Estates; Head of Finance", "Q4 2025/26", None, "Amber", "Red",
             ["Head of Estates", "Head of Finance"], "2026-03", None, "red"),
        ],
    ),
    dict(
        risk="CR02 – Cyber security and data loss",
        desc="Risk of a cyber attack or loss of sensitive personal data, leading to disruption of services, "
             "harm to children and families, and regulatory action by the ICO.",
        owner="Head of Digital",
        controls="Managed security operations centre\nMandatory information security training\n"
                 "Business continuity and disaster recovery plans tested annually",
        scores=(4, 5, 3, 5), trend="↑",
        actions=[
            ("Complete Cyber Essentials Plus re-accreditation.", "Head of Digital",
             dt.datetime(2025, 12, 31), "dd/mm/yyyy", "Green", "Green",
             ["Head of Digital"], "2025-12", None, "green"),
            ("Run phishing simulation exercises for all staff and report the results to the Information "
             "Governance Group.", "Information Governance Manager", "Quarterly", None, "Green", "Green",
             ["Information Governance Manager"], None, "Quarterly", "green"),
        ],
    ),
    dict(
        risk="CR03 – Workforce capacity",
        desc="Risk that SCRA cannot recruit, retain and develop sufficient Reporters and support staff to "
             "manage referral volumes, leading to delay in decisions for children.",
        owner="Head of Human Resources",
        controls="Workforce plan 2024–2027\nLocality staffing allocation model\nWellbeing and attendance "
                 "management policies",
        scores=(4, 4, 3, 4), trend="↔",
        actions=[
            ("Implement the Reporter recruitment and career pathway scheme agreed by the Executive Management "
             "Team.", "Head of Human Resources", dt.datetime(2026, 1, 31), "mmm-yy", "Green", "Amber",
             ["Head of Human Resources"], "2026-01", None, "amber"),
            ("Review the locality staffing allocation model against referral data for 2024/25.",
             "Head of Practice and Policy / Locality Reporter Managers", dt.datetime(2025, 11, 30),
             "dd/mm/yyyy", "Amber", "Amber",
             ["Head of Practice and Policy", "Locality Reporter Managers"], "2025-11", None, "amber"),
            ("Launch the staff wellbeing action plan following the 2025 staff survey.",
             "Head of Human Resources", dt.datetime(2025, 10, 31), "dd/mm/yyyy", "Green", "Complete",
             ["Head of Human Resources"], "2025-10", None, "blue"),
        ],
    ),
    dict(
        risk="CR04 – Hearings system redesign",
        desc="Risk that SCRA is unable to deliver the legislative and operational changes arising from the "
             "Children (Care and Justice) (Scotland) Act 2024 and the Hearings for Children report within "
             "the required timescales.",
        owner="Chief Executive",
        controls="Joint programme governance with Children's Hearings Scotland\nDedicated change team\n"
                 "Regular reporting to the Board",
        scores=(3, 5, 3, 4), trend="↓",
        actions=[
            ("Establish the Hearings System Redesign programme board with Children's Hearings Scotland and "
             "agree joint governance.", "Chief Executive", "June 2025", None, "Complete", "Complete",
             ["Chief Executive"], "2025-06", None, "blue"),
            ("Develop the practice and procedure changes for referrals of 16 and 17 year olds and issue a "
             "revised Practice Direction.", "Head of Practice and Policy", dt.datetime(2026, 2, 28),
             "dd/mm/yyyy", "Green", "Green",
             ["Head of Practice and Policy"], "2026-02", None, "green"),
        ],
    ),
]


def make_scra():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = SCRA_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Risk profile at 31 October 2025"
    s["A4"], s["B4"] = "Current risk rating", "Number of risks"
    for c in ("A4", "B4"):
        s[c].font = Font(bold=True)
    for i, (lvl, n, col) in enumerate([("High (15–25)", 2, "red"), ("Medium (8–12)", 2, "amber"),
                                       ("Low (1–6)", 0, "green")]):
        s.cell(row=5 + i, column=1, value=lvl).fill = fill(FILLS[col])
        s.cell(row=5 + i, column=2, value=n)
    s["A8"], s["B8"] = "Total", "=SUM(B5:B7)"
    s["A10"] = "Risks closed this quarter: 1 (see Closed risks sheet)"
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 18

    r = wb.create_sheet("Risk Register")
    r["A1"] = SCRA_TITLE
    r["A1"].font = Font(bold=True, size=14)
    r["A2"] = "Position at 31 October 2025 – for Audit and Risk Committee, 20 November 2025"
    heads = ["Risk", "Risk description", "Risk owner", "Key existing controls", "Inherent risk", None, None,
             "Current risk", None, None, "Trend", "Further action required", "Action owner", "Target date",
             "Action status Q1", "Action status Q2"]
    for i, h in enumerate(heads, start=1):
        if h:
            r.cell(row=4, column=i, value=h)
    for i, h in zip(range(5, 11), ["L", "I", "Score", "L", "I", "Score"]):
        r.cell(row=5, column=i, value=h)
    r.merge_cells("E4:G4")
    r.merge_cells("H4:J4")
    for col in "ABCDKLMNOP":
        r.merge_cells(f"{col}4:{col}5")
    for row in (4, 5):
        for i in range(1, 17):
            c = r.cell(row=row, column=i)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(FILLS["head"])
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX
    row = 6
    actions = []
    for k in SCRA_RISKS:
        first = row
        n = len(k["actions"])
        li, ii, lc, ic = k["scores"]
        vals = {1: k["risk"], 2: k["desc"], 3: k["owner"], 4: k["controls"], 5: li, 6: ii, 7: li * ii,
                8: lc, 9: ic, 10: lc * ic, 11: k["trend"]}
        for col, v in vals.items():
            r.cell(row=first, column=col, value=v)
        for text, who, when, fmt, q1, q2, lead, end, end_text, rag in k["actions"]:
            r.cell(row=row, column=12, value=text)
            r.cell(row=row, column=13, value=who)
            c = r.cell(row=row, column=14, value=when)
            if fmt:
                c.number_format = fmt
            for col, v in ((15, q1), (16, q2)):
                cc = r.cell(row=row, column=col, value=v)
                cc.fill = fill(FILLS[RAGWORD_FILL[v]])
            actions.append(dict(ref=None, under=[k["risk"]], action=text, lead=lead, end=end,
                                end_text=end_text, status=rag))
            row += 1
        if n > 1:
            for col in range(1, 12):
                r.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
        for col, score in ((7, li * ii), (10, lc * ic)):
            r.cell(row=first, column=col).fill = fill(FILLS["red" if score >= 15 else "amber"])
        for rr in range(first, row):
            for col in range(1, 17):
                c = r.cell(row=rr, column=col)
                c.alignment = WRAP
                c.border = BOX
    row += 1
    r.cell(row=row, column=1, value="Key: L = likelihood (1–5); I = impact (1–5); Score = L x I. "
                                    "Trend: ↑ increasing, ↔ stable, ↓ reducing since last quarter.")
    r.cell(row=row + 1, column=1, value="Action status: Complete = action delivered; Green = on track; "
                                        "Amber = at risk of delay; Red = delayed / off track.")
    widths = dict(A=22, B=40, C=18, D=34, E=4, F=4, G=6, H=4, I=4, J=6, K=6, L=46, M=24, N=12, O=11, P=11)
    for col, w in widths.items():
        r.column_dimensions[col].width = w
    r.freeze_panes = "A6"

    c = wb.create_sheet("Closed risks")
    c.append(["Risk", "Reason for closure", "Date closed"])
    c.append(["CR07 – Ochil House lease renewal", "New lease signed; risk transferred to the operational "
              "estates register", "August 2025"])
    wb.active = 1
    wb.save(out(SCRA))
    write_expected(SCRA, dict(
        source=(
            "Imitates the corporate risk register a Scottish non-departmental public body reports to its Audit "
            "and Risk Committee (Scottish Children's Reporter Administration, 2025/26, Q2 position; no URL, "
            "modelled on SCRA board and Audit & Risk Committee papers and Scottish public body risk registers). "
            "Copied features: summary sheet with a risk profile count and a formula total, a register sheet "
            "with a two-row header (merged Inherent/Current risk groups with L, I, Score), each risk's id, "
            "title, description, owner, controls and scores merged down over its further actions, trend "
            "arrows, target dates as real dates in two formats plus text ('Q4 2025/26', 'Quarterly', "
            "'June 2025'), previous (Q1) and current (Q2) action status with fill colours, key lines below, "
            "and a closed-risks sheet."),
        reads=(
            "Four corporate risks, each with two or three further actions listed beside it, an action owner, a "
            "target date and a Q1 and Q2 action status; the Q2 status is the current one (Complete read as "
            "done). The summary counts, the key lines and the closed-risks sheet are not actions."),
        title=SCRA_TITLE,
    ), actions)


# ================================================= 4. SB Cares (refuse, xlsx)
SBC = "vk-sb-cares-saltgreens-care-home-care-inspectorate-improvement-plan-typo-month-refuse.xlsx"
SBC_TITLE = "SB Cares – Saltgreens Care Home, Eyemouth: Care Inspectorate Improvement Plan"
SBC_PLAN = [
    ("Key question 1: How well do we support people's wellbeing?", [
        ("Requirement 1: By 30 June 2025, the provider must ensure that people's medication is managed safely "
         "and administered as prescribed.", [
            ("1.1", "Carry out a full audit of medication administration records (MAR) for all residents.",
             "Registered Manager", dt.datetime(2025, 4, 30), "Audit completed; findings shared at team "
             "meeting on 6 May.", "Complete"),
            ("1.2", "Ensure all senior carers complete a medication competency assessment.", "Depute Manager",
             "June 2025", "14 of 16 completed; remaining two booked.", "Green"),
            ("1.3", "Introduce 'as required' medication protocols for each resident who is prescribed it.",
             "Depute Manager / Community Pharmacist", dt.datetime(2025, 7, 31), "Protocols in place for 11 "
             "residents.", "Amber"),
        ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Area for improvement 1: To support people's wellbeing, the manager should ensure that quality "
         "assurance processes are effective in identifying and addressing areas for improvement.", [
            ("2.1", "Revise the quality assurance calendar to include monthly audits of care plans, falls and "
             "the environment.", "Registered Manager", dt.datetime(2025, 8, 31), "Calendar in use from "
             "August.", "Green"),
            ("2.2", "Present a quarterly quality report to the SB Cares Operations Director.",
             "Registered Manager", "Novmeber 2025", "First report due after the Q2 audits.", "Green"),
        ]),
    ]),
    ("Key question 5: How well is our care and support planned?", [
        ("Area for improvement 2: The provider should ensure that personal plans reflect people's current "
         "needs, wishes and preferences, and are reviewed at least every six months with the person and "
         "their representatives.", [
            ("5.1", "Re-format personal plans in line with the Health and Social Care Standards and the SB "
             "Cares care planning policy.", "Team Leaders", dt.datetime(2025, 12, 31), "12 of 36 plans "
             "re-formatted.", "Amber"),
            ("5.2", "Schedule six-monthly reviews with residents and families, recorded in a review tracker.",
             "Registered Manager; Team Leaders", "Ongoing", "", "Green"),
        ]),
    ]),
]


def make_sbc():
    wb = Workbook()
    s = wb.active
    s.title = "Improvement Plan"
    s["A1"] = SBC_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Unannounced inspection 4–6 March 2025; report published 15 April 2025"
    s["A3"] = "Progress updated 2 September 2025 for the SB Cares Board"
    heads = ["No.", "Requirement / Area for improvement", "Action", "Responsible", "Timescale",
             "Progress update", "RAG"]
    for i, h in enumerate(heads, start=1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILLS["head"])
        c.border = BOX
    row = 6
    refuse_row = None
    for kq, reqs in SBC_PLAN:
        s.cell(row=row, column=1, value=kq).font = Font(bold=True)
        s.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        s.cell(row=row, column=1).fill = fill(FILLS["band"])
        row += 1
        for req, acts in reqs:
            first = row
            s.cell(row=row, column=2, value=req)
            for ref, text, who, when, prog, rag in acts:
                s.cell(row=row, column=1, value=ref)
                s.cell(row=row, column=3, value=text)
                s.cell(row=row, column=4, value=who)
                c = s.cell(row=row, column=5, value=when)
                if isinstance(when, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if when.month != 7 else "mmm-yy"
                if when == "Novmeber 2025":
                    refuse_row = row
                s.cell(row=row, column=6, value=prog or None)
                s.cell(row=row, column=7, value=rag).fill = fill(FILLS[RAGWORD_FILL[rag]])
                for col in range(1, 8):
                    s.cell(row=row, column=col).alignment = WRAP
                    s.cell(row=row, column=col).border = BOX
                row += 1
            if row - first > 1:
                s.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    s.cell(row=row, column=1, value="RAG: Complete = action achieved; Green = on track; Amber = some delay; "
                                    "Red = not on track")
    for col, w in dict(A=6, B=46, C=46, D=22, E=14, F=36, G=10).items():
        s.column_dimensions[col].width = w
    g = wb.create_sheet("Grades")
    g.append(["Key question", "Grade"])
    for kq, gr in [("1. How well do we support people's wellbeing?", "3 – Adequate"),
                   ("2. How good is our leadership?", "3 – Adequate"),
                   ("3. How good is our staff team?", "4 – Good"),
                   ("4. How good is our setting?", "4 – Good"),
                   ("5. How well is our care and support planned?", "3 – Adequate")]:
        g.append([kq, gr])
    wb.save(out(SBC))
    assert refuse_row is not None
    write_expected(SBC, dict(
        source=(
            "Imitates a Care Inspectorate (Scotland) care home improvement plan from SB Cares, Scottish Borders "
            "Council's care company (Saltgreens Care Home, Eyemouth; inspection March 2025, progress September "
            "2025; SB Cares has reported Care Inspectorate action plans for Saltgreens to Scottish Borders "
            "Council, e.g. https://scottishborders.moderngov.co.uk/mgAi.aspx?ID=5928). Copied features: title "
            "and inspection lines, a header row, key question band rows merged across the sheet, the "
            "requirement or area for improvement merged down column B beside its numbered actions, real dates "
            "and text timescales, a progress update column, RAG words with fill colours, a key line and a "
            "separate grades sheet. One timescale cell is a mistyped month: 'Novmeber 2025'."),
        reads=(
            "A care home's improvement plan answering one requirement and two areas for improvement under three "
            "key questions, seven actions in all. The timescale of action 2.2 reads 'Novmeber 2025', a "
            "misspelt month, so a careful reader stops at that row and asks before importing."),
        outcome="refuse",
        refuse_at=refuse_row,
        title=SBC_TITLE,
    ), [])
    return refuse_row


# ====================================================== 5. Gwent RPB (xlsx)
RPB = "vk-gwent-regional-partnership-board-area-plan-delivery-plan-2025-26.xlsx"
RPB_TITLE = "Gwent Regional Partnership Board Area Plan 2023–2028 – Delivery Plan 2025/26"
RPB_SHEETS = [
    ("P1 Older people", "Priority 1: Older people, including people living with dementia",
     "Regional lead: Director of Social Services, Monmouthshire County Council", [
         ("Objective 1.1: Support older people to remain independent at home for longer", [
             ("1.1.1", "Expand the Home First discharge-to-assess model to all five local authority areas.",
              "Home First Programme Lead", dt.datetime(2025, 9, 30), dt.datetime(2026, 3, 31), "Amber", "Amber",
              "Live in four areas; Blaenau Gwent go-live moved to Q4 because of recruitment delays.",
              ["Home First Programme Lead"], "2026-03", None, "amber"),
             ("1.1.2", "Commission a regional falls response service with the Welsh Ambulance Services NHS "
              "Trust.", "ABUHB Head of Integrated Care / WAST Locality Manager", dt.datetime(2025, 12, 31), None,
              "Green", "Green", "Service specification agreed; tender evaluation in November.",
              ["ABUHB Head of Integrated Care", "WAST Locality Manager"], "2025-12", None, "green"),
         ]),
         ("Objective 1.2: Improve the dementia care pathway", [
             ("1.2.1", "Complete the self-assessment against the All Wales Dementia Care Pathway of Standards "
              "and agree an improvement plan.", "Regional Dementia Lead", dt.datetime(2025, 6, 30), None,
              "Green", "Complete", "Self-assessment and improvement plan approved by the RPB in July 2025.",
              ["Regional Dementia Lead"], "2025-06", None, "blue"),
         ]),
     ]),
    ("P2 Children", "Priority 2: Children and young people with complex needs", None, [
        ("Objective 2.1: Develop regional residential and step-down provision for children with complex needs", [
            ("2.1.1", "Open the second regional children's assessment home in Newport.",
             "Head of Children's Services, Newport City Council", dt.datetime(2025, 10, 31),
             dt.datetime(2026, 1, 31), "Amber", "Red",
             "Planning consent delayed; registration with CIW cannot be sought until works are complete.",
             ["Head of Children's Services, Newport City Council"], "2026-01", None, "red"),
            ("2.1.2", "Agree a pooled fund for complex placements across the five local authorities and ABUHB.",
             "RPB Programme Director", dt.datetime(2026, 3, 31), None, "Green", "Green",
             "Draft section 33 agreement with legal services.",
             ["RPB Programme Director"], "2026-03", None, "green"),
        ]),
        ("Objective 2.2: Improve emotional wellbeing and mental health support through the NEST/NYTH framework", [
            ("2.2.1", "Roll out the NEST/NYTH self-assessment tool to all secondary schools in Gwent.",
             "Regional NEST/NYTH Co-ordinator", "Summer term 2026", None, "Green", "Green",
             "19 of 33 schools have completed the tool.",
             ["Regional NEST/NYTH Co-ordinator"], "2026-07", None, "green"),
        ]),
    ]),
    ("P3 Carers", "Priority 3: Unpaid carers", None, [
        (None, [
            ("3.1", "Refresh the Gwent Carers Strategy action plan with carers and Carers Trust South East Wales.",
             "Regional Carers Development Officer", dt.datetime(2025, 7, 31), None, "Complete", "Complete",
             "Refreshed action plan launched at Carers Week event.",
             ["Regional Carers Development Officer"], "2025-07", None, "blue"),
            ("3.2", "Increase the number of carers' needs assessments completed by 10% on 2024/25.",
             "SJ, RT", "Q4 2025/26", None, "Amber", "Green",
             "Q2 figures show a 7% increase on the same period last year.",
             ["SJ", "RT"], "2026-03", None, "green"),
            ("3.3", "Launch the regional short breaks fund for carers.", "Regional Carers Development Officer",
             dt.datetime(2025, 9, 30), dt.datetime(2025, 11, 30), "Green", "Amber",
             "Grant criteria agreed; launch moved to November to align with Carers Rights Day.",
             ["Regional Carers Development Officer"], "2025-11", None, "amber"),
        ]),
    ]),
]


def make_rpb():
    wb = Workbook()
    c = wb.active
    c.title = "Cover"
    c["A1"] = RPB_TITLE
    c["A1"].font = Font(bold=True, size=14)
    c["A2"] = "Quarter 2 progress report (July – September 2025)"
    for i, (k, v) in enumerate([("Version", "v1.2"), ("Prepared by", "RPB Programme Office"),
                                ("Date", "23 October 2025"), ("Reported to", "Gwent RPB, 6 November 2025")]):
        c.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        c.cell(row=4 + i, column=2, value=v)
    c["A9"] = "RAG key"
    c["A9"].font = Font(bold=True)
    for i, (w, meaning) in enumerate([("Green", "On track to deliver by the target date"),
                                      ("Amber", "Some risk to delivery; mitigation in place"),
                                      ("Red", "Will not be delivered by the target date"),
                                      ("Complete", "Action delivered")]):
        cc = c.cell(row=10 + i, column=1, value=w)
        cc.fill = fill(FILLS[RAGWORD_FILL[w]])
        c.cell(row=10 + i, column=2, value=meaning)
    c["A15"] = "Where a target date has been revised, the revised date is shown alongside the original."
    c.column_dimensions["A"].width = 16
    c.column_dimensions["B"].width = 50

    summ = wb.create_sheet("Summary")
    summ.append(["Priority", "Actions", "Complete", "Green", "Amber", "Red"])
    for cell in summ[1]:
        cell.font = Font(bold=True)
    actions = []
    counts = []
    for sheet, prio, note, objectives in RPB_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = prio
        ws["A1"].font = Font(bold=True, size=13)
        if note:
            ws["A2"] = note
        heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date", "Q1 RAG", "Q2 RAG",
                 "Q2 progress update"]
        for i, h in enumerate(heads, start=1):
            cc = ws.cell(row=4, column=i, value=h)
            cc.font = Font(bold=True, color="FFFFFF")
            cc.fill = fill(FILLS["head"])
            cc.alignment = Alignment(wrap_text=True)
        row = 5
        tally = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0}
        for obj, acts in objectives:
            if obj:
                ws.cell(row=row, column=1, value=obj).font = Font(bold=True)
                ws.cell(row=row, column=1).fill = fill(FILLS["band"])
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
                row += 1
            for ref, text, who, orig, rev, q1, q2, prog, lead, end, end_text, rag in acts:
                vals = [ref, text, who, orig, rev, q1, q2, prog]
                for i, v in enumerate(vals, start=1):
                    cc = ws.cell(row=row, column=i, value=v)
                    cc.alignment = WRAP
                    cc.border = BOX
                    if isinstance(v, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                for col, v in ((6, q1), (7, q2)):
                    ws.cell(row=row, column=col).fill = fill(FILLS[RAGWORD_FILL[v]])
                tally[q2] += 1
                under = [prio, obj] if obj else [prio]
                actions.append(dict(ref=ref, under=under, action=text, lead=lead, end=end, end_text=end_text,
                                    status=rag))
                row += 1
        for col, w in dict(A=8, B=50, C=30, D=13, E=13, F=9, G=9, H=46).items():
            ws.column_dimensions[col].width = w
        counts.append((prio.split(":")[0], sum(tally.values()), tally["Complete"], tally["Green"],
                       tally["Amber"], tally["Red"]))
    for crow in counts:
        summ.append(list(crow))
    summ.append(["Total", "=SUM(B2:B4)", "=SUM(C2:C4)", "=SUM(D2:D4)", "=SUM(E2:E4)", "=SUM(F2:F4)"])
    summ.column_dimensions["A"].width = 14
    wb.save(out(RPB))
    write_expected(RPB, dict(
        source=(
            "Imitates a Welsh Regional Partnership Board's quarterly delivery plan progress workbook for its "
            "Area Plan under the Social Services and Well-being (Wales) Act 2014 (Gwent RPB, Area Plan "
            "2023–2028, delivery plan 2025/26, Q2 report; no URL, modelled on RPB and PSB delivery plan "
            "progress reports in Gwent council papers). Copied features: a cover sheet with title, version "
            "table and RAG key, a summary sheet of counts with formula totals, one sheet per priority with the "
            "priority as a title in row 1 and a regional-lead note, objective band rows merged across the "
            "table, three-part refs, original and revised target dates as real dates, Q1 and Q2 RAG columns "
            "with fills, posts with organisations as leads and a progress commentary column."),
        reads=(
            "Nine delivery-plan actions on three priority sheets, grouped under objectives on the first two; "
            "each has a lead, an original and sometimes a revised target date (the revised one counts), and "
            "a Q1 and Q2 RAG of which Q2 is current. Cover, key and summary sheets hold no actions."),
        title=RPB_TITLE,
    ), actions)


# ========================================================== 6. NISCC (csv)
NISCC = "vk-northern-ireland-social-care-council-audit-and-risk-assurance-committee-action-log.csv"
NISCC_TITLE = "Northern Ireland Social Care Council – Audit and Risk Assurance Committee Action Log"
NISCC_ROWS = [
    ("ARAC 24/11", "12/12/2024", "7.2", "Internal audit to include a review of the fitness to practise case "
     "management system in the 2025/26 internal audit plan.", "Head of Internal Audit (BSO)", "Mar-25", "B",
     "Included in the 2025/26 plan approved on 13 March 2025.",
     ["Head of Internal Audit (BSO)"], "2025-03", None, "blue"),
    ("ARAC 25/02", "13/03/2025", "5.1", "Provide the Committee with an update on the registration system "
     "replacement project, including costs to date and the revised go-live date.",
     "Director of Registration and Corporate Services", "Next meeting", "B", "Update provided on 12 June 2025.",
     ["Director of Registration and Corporate Services"], None, "Next meeting", "blue"),
    ("ARAC 25/05", "12/06/2025", "6.3", "Review the corporate risk register to include a separate risk on "
     "cyber security, with controls mapped to NI Cyber Security Centre guidance.",
     "Head of Digital / Information Governance Manager", "18/09/2025", "G",
     "Draft risk presented; final wording to be agreed with the Chief Executive.",
     ["Head of Digital", "Information Governance Manager"], "2025-09", None, "green"),
    ("ARAC 25/06", "12/06/2025", "8.1", "Write to the Department of Health sponsor branch seeking confirmation "
     "of the 2025/26 opening budget allocation.", "CEO", "July 2025", "B",
     "Letter issued 24 June 2025; allocation confirmed 8 August 2025.",
     ["CEO"], "2025-07", None, "blue"),
    ("ARAC 25/09", "18/09/2025", "4.2", "Bring the NIAO Report to Those Charged with Governance action plan to "
     "each meeting until all priority 1 findings are implemented.\nTo be a standing agenda item from December "
     "2025.", "Head of Finance", "Dec 2025", "G", "",
     ["Head of Finance"], "2025-12", None, "green"),
    ("ARAC 25/10", "18/09/2025", "6.1", "Arrange a Committee workshop on the new risk appetite statement.",
     "PM & LC", "Q3 2025/26", "A", "Date being agreed with members; likely to be January 2026.",
     ["PM", "LC"], "2025-12", None, "amber"),
    ("ARAC 25/11", "18/09/2025", "9.2", "Complete the annual Committee self-assessment using the NIAO audit "
     "committee checklist and report the results.", "Chair of ARAC; Committee Secretary", "16/10/2025", "R",
     "Questionnaire not issued by the due date; now planned for November.",
     ["Chair of ARAC", "Committee Secretary"], "2025-10", None, "red"),
]


def make_niscc():
    actions = []
    with open(out(NISCC), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        blank = [""] * 8
        w.writerow([NISCC_TITLE] + [""] * 7)
        w.writerow(["Updated following the meeting held on 18 September 2025"] + [""] * 7)
        w.writerow(blank)
        w.writerow(["Action No.", "Date raised", "Minute ref", "Action", "Responsible", "Due date", "RAG",
                    "Update"])
        for ref, raised, minute, text, who, due, rag, upd, lead, end, end_text, status in NISCC_ROWS:
            w.writerow([ref, raised, minute, text, who, due, rag, upd])
            actions.append(dict(ref=ref, under=[], action=text, lead=lead, end=end, end_text=end_text,
                                status=status))
        w.writerow(blank)
        w.writerow(["RAG key: B = complete (removed from the log after being reported); G = on track; "
                    "A = at risk of slippage; R = overdue"] + [""] * 7)
        w.writerow(["Open actions: 4   Complete: 3"] + [""] * 7)
    write_expected(NISCC, dict(
        source=(
            "Imitates a Northern Ireland arm's-length body's Audit and Risk Assurance Committee action log as "
            "saved to CSV (Northern Ireland Social Care Council, 2024–2025 meetings; no URL, modelled on ARAC "
            "action logs in NI public body board papers). Copied features: title and 'updated following' "
            "lines padded with empty cells, action numbers of the form 'ARAC 25/05', date raised and minute "
            "reference columns, posts, an abbreviation and initials as responsible officers, due dates as "
            "'Mar-25', dd/mm/yyyy, month words, 'Q3 2025/26' and 'Next meeting', B/G/A/R letters, one action "
            "with a second line inside the quoted field, and a RAG key and totals line at the bottom."),
        reads=(
            "A committee action log of seven actions raised at four meetings, each with a responsible officer, "
            "a due date and a RAG letter explained by the key at the bottom (B = complete). The title, "
            "updated line, key and totals are not actions."),
        title=NISCC_TITLE,
    ), actions)


# ========================================================= 7. Pencae (txt)
PENCAE = "vk-ysgol-gynradd-pencae-estyn-post-inspection-action-plan.txt"
PENCAE_TITLE = "Ysgol Gynradd Pencae – Post-inspection action plan (PIAP)"
PENCAE_RECS = [
    ("R1: Strengthen pupils' independent learning skills, particularly in Years 3 to 6", [
        ("1a", "Plan regular opportunities in each class for pupils to choose how they present and extend their "
         "learning.", "Deputy headteacher", "Spring term 2025",
         "Learning walks show pupils making choices in at least three sessions a week.", "Complete",
         ["Deputy headteacher"], "2025-04", None, "blue"),
        ("1b", "Provide professional learning for teachers and teaching assistants on supporting independence, "
         "with support from the local authority.", "Headteacher / Cardiff Council school improvement partner",
         "Summer term 2025", "All staff attend; planning shows independent tasks each week.", "Green",
         ["Headteacher", "Cardiff Council school improvement partner"], "2025-07", None, "green"),
        ("1c", "Monitor pupils' independent learning through book looks and pupil voice sessions.",
         "Senior leadership team", "Termly", "Monitoring reports to governors show improvement each term.",
         "Green", ["Senior leadership team"], None, "Termly", "green"),
    ]),
    ("R2: Improve the consistency of feedback so that pupils know how to improve their work", [
        ("2a", "Agree and introduce a whole-school feedback policy, including verbal feedback codes for "
         "younger pupils.", "Headteacher", "April 2025", "Policy agreed by staff and governors and used in all "
         "classes.", "Complete", ["Headteacher"], "2025-04", None, "blue"),
        ("2b", "Carry out paired scrutiny of pupils' books with a partner school each half term.",
         "DHT, ALNCo", "July 2025", "Scrutiny shows pupils responding to feedback in most books.", "Amber",
         ["DHT", "ALNCo"], "2025-07", None, "amber"),
    ]),
    ("R3: Address the site security issue identified during the inspection", [
        ("3a", "Install a second secure gate at the junior playground entrance and update the site security "
         "risk assessment.", "Headteacher and Cardiff Council Facilities Management", "31/05/2025",
         "Gate installed; risk assessment signed off by the governing body.", "Complete",
         ["Headteacher", "Cardiff Council Facilities Management"], "2025-05", None, "blue"),
        ("3b", "Review arrangements for supervising pupils at the start and end of the school day, and brief all "
         "staff.", "Headteacher", "Autumn term 2025", "Revised duty rota in place; all staff briefed.",
         "Green", ["Headteacher"], "2025-12", None, "green"),
    ]),
]


def make_pencae():
    lines = [
        PENCAE_TITLE,
        "Following Estyn inspection, January 2025",
        "Approved by the governing body: 24 March 2025. Reviewed each term by the Standards and Curriculum "
        "Committee.",
        "",
        "Ref\tAction\tWho\tBy when\tSuccess criteria\tRAG",
    ]
    actions = []
    for rec, acts in PENCAE_RECS:
        lines.append(rec)
        for ref, text, who, when, sc, rag, lead, end, end_text, status in acts:
            lines.append("\t".join([ref, text, who, when, sc, rag]))
            actions.append(dict(ref=ref, under=[rec], action=text, lead=lead, end=end, end_text=end_text,
                                status=status))
    lines += [
        "",
        "RAG key: Complete - action completed; Green - on track; Amber - progress slower than planned; "
        "Red - not started or at risk",
        "Next review: Standards and Curriculum Committee, June 2025",
    ]
    with open(out(PENCAE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(PENCAE, dict(
        source=(
            "Imitates a Welsh primary school's post-inspection action plan addressing the recommendations of an "
            "Estyn core inspection, as exported from Word to tab-separated text (Ysgol Gynradd Pencae, Cardiff; "
            "inspection January 2025; no URL, modelled on Estyn's guidance that schools draw up a plan against "
            "each recommendation and on school PIAPs published by Welsh schools and councils). Copied features: "
            "title, inspection and governing body approval lines, one header row, each recommendation (R1–R3) "
            "on its own line above its lettered actions, posts and abbreviations as leads, school terms, "
            "'Termly', month and day-first dates as timescales, RAG words, and key and review note lines."),
        reads=(
            "A school plan with three Estyn recommendations, each a line followed by two or three tab-separated "
            "actions giving who, by when, success criteria and a RAG word (Complete = done). School terms end "
            "in their last month (spring term 2025 in the Easter holiday month, April 2025)."),
        title=PENCAE_TITLE,
    ), actions)


if __name__ == "__main__":
    make_hospice()
    make_eti()
    make_scra()
    rr = make_sbc()
    make_rpb()
    make_niscc()
    make_pencae()
    print("built 7 vk- cases; SB Cares refuse row:", rr)
