"""Build the seven zwd- blind test files (set heldout630).

Run with /work/main/.venv/bin/python zwd_make.py  (from any directory).
Writes only files whose names start with "zwd-" in this script's folder.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "B": PatternFill("solid", fgColor="5B9BD5"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def out(name):
    assert name.startswith("zwd-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Tuckers Solicitors LLP - ICO monetary penalty remediation tracker (xlsx)
# ---------------------------------------------------------------------------
TUCKERS_TITLE = "Tuckers Solicitors LLP – Information Security Remediation Action Tracker"
TUCKERS = [
    ("Finding 1 – Remote access relied on a single username and password (no multi-factor authentication)", [
        ("1.1", "Enable multi-factor authentication on the Citrix remote access gateway for all users, including partners and agency staff.",
         "IT Manager", D(2022, 4, 30), None, "B", "MFA live 19/04/2022. 100% enrolment confirmed from the gateway audit log."),
        ("1.2", "Block legacy authentication and apply conditional access policies to all Microsoft 365 mailboxes.",
         "IT Manager / Head of Compliance", D(2022, 6, 30), D(2022, 9, 30), "B", "Policies enforced 22/09/2022 after a pilot with the crime team."),
    ]),
    ("Finding 2 – Critical Citrix patch (CVE-2019-19781) applied five months after release", [
        ("2.1", "Approve a patch management policy requiring critical and high-risk patches to be applied within 14 days of release.",
         "IT Manager", D(2022, 5, 31), None, "B", "Policy approved by the Management Board on 24/05/2022."),
        ("2.2", "Procure a managed vulnerability scanning service with monthly exception reports to the Management Board.",
         "Finance Director", D(2022, 7, 31), D(2023, 2, 28), "G", "Contract signed 03/10/2022; three monthly reports received. Reporting format to Board in February."),
        ("2.3", "Obtain Cyber Essentials Plus certification for the firm's network.",
         "Head of Compliance", D(2022, 12, 31), D(2023, 3, 31), "A", "Assessment booked for March 2023; two legacy servers still to be decommissioned."),
    ]),
    ("Finding 3 – Archived court bundles held unencrypted on the archive server", [
        ("3.1", "Encrypt the archive server and all case bundle storage at rest (AES-256).",
         "IT Manager", D(2022, 9, 30), D(2023, 2, 28), "A", "Supplier delay on replacement storage. Migration of crime bundles 70% complete."),
        ("3.2", "Apply the file retention schedule to archived criminal case bundles and securely delete files held beyond the retention period.",
         "Data Protection Officer", D(2023, 3, 31), None, "G-fill", "Deletion runs for 2012–2014 files complete; 2015–2016 in progress."),
    ]),
    ("Finding 4 – Backups were encrypted by the attacker and the incident response plan had not been tested", [
        ("4.1", "Introduce immutable offsite backups and test a full restore each quarter.",
         "IT Manager", D(2022, 10, 31), None, "B", "Immutable backup live 17/10/2022; first restore test passed 15/12/2022."),
        ("4.2", "Run a ransomware tabletop exercise with the Management Board and update the incident response plan with the lessons.",
         "Data Protection Officer; IT Manager", "March 2023", None, "G", "External facilitator appointed; exercise set for 16/03/2023."),
        ("4.3", "Deliver phishing and ransomware awareness training to all staff each year and report completion rates to the Management Board.",
         "Head of HR", "Ongoing", None, "G", "Completion 94% at 31/12/2022."),
    ]),
]


def make_tuckers():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = TUCKERS_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Response to the ICO Monetary Penalty Notice dated 28 February 2022 (ransomware incident, August 2020)"
    cov["A3"] = "Classification: Internal – Management Board"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("0.1", D(2022, 3, 14), "Head of Compliance", "First draft for Management Board"),
            ("1.0", D(2022, 3, 29), "Head of Compliance", "Approved by Management Board"),
            ("1.3", D(2022, 10, 12), "Head of Compliance", "Revised target dates agreed by Management Board"),
            ("1.4", D(2023, 1, 31), "Head of Compliance", "Position at 31 January 2023")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = WHITE_BOLD
                c.fill = FILL["hdr"]
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [("B", "Complete – evidence held on the compliance file"),
           ("G", "On track to meet target date"),
           ("A", "At risk – target date may be missed"),
           ("R", "Off track – escalated to Management Board")]
    for i, (k, t) in enumerate(key):
        c = cov.cell(row=13 + i, column=1, value=k)
        c.fill = FILL[k]
        c.border = BOX
        cov.cell(row=13 + i, column=2, value=t).border = BOX
    cov["A18"] = "Summary at 31 January 2023"
    cov["A18"].font = Font(bold=True)
    summ = [("Status", "Actions"), ("Complete", 4), ("On track", 4), ("At risk", 2), ("Off track", 0), ("Total", 10)]
    for i, (k, n) in enumerate(summ):
        a = cov.cell(row=19 + i, column=1, value=k)
        b = cov.cell(row=19 + i, column=2, value=n)
        a.border = b.border = BOX
        if i in (0, len(summ) - 1):
            a.font = b.font = Font(bold=True)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 48
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "ICO MPN remediation – action tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position at 31 January 2023. Tracker owner: Head of Compliance (COLP)"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Remediation action", "Action owner", "Original target", "Revised target", "RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["hdr"]
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for finding, acts in TUCKERS:
        ws.cell(row=r, column=1, value=finding).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, own, orig, rev, rag, upd in acts:
            vals = [ref, act, own, orig, rev, None if rag == "G-fill" else rag, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            rc = ws.cell(row=r, column=6)
            rc.fill = FILL["G" if rag == "G-fill" else rag]
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: revised target dates were agreed by the Management Board on 12 October 2022. "
                                   "Completed actions are closed once the COLP has reviewed the evidence.").font = Font(italic=True)
    widths = [7, 60, 26, 14, 14, 7, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zwd-tuckers-solicitors-ico-ransomware-remediation-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. Liverpool City Region CA - Mersey Ferries PMSC health check action plan (xlsx)
# ---------------------------------------------------------------------------
MERSEY_TITLE = "Mersey Ferries – Port Marine Safety Code Health Check Action Plan"
MERSEY = [
    ("Accountability – Duty Holder", [
        ("R1", "The Duty Holder should receive a formal report on marine safety performance at least annually and record its consideration of the Designated Person's audit findings.", [
            ("R1.1", "Add an annual Marine Safety Report to the Transport Committee forward plan, with the Designated Person attending.",
             "Head of Mersey Ferries", D(2025, 1, 1), None, "G", "B", "Report presented to Transport Committee on 9 January 2025; minute 23 records the DP's findings."),
            ("R1.2", "Deliver a Port Marine Safety Code briefing for Transport Committee members on their role as Duty Holder.",
             "Harbour Master", D(2024, 11, 1), D(2025, 3, 1), "A", "G", "Postponed from the November cycle; now booked for 6 March 2025."),
        ]),
    ]),
    ("Risk assessment", [
        ("R2", "Navigational risk assessments should be reviewed so that hazards are scored consistently and linked to the controls in the Marine Safety Management System.", [
            ("R2.1", "Review all navigational hazard logs for the river operation (Pier Head, Seacombe and Woodside).",
             "Harbour Master / Marine Operations Manager", D(2025, 1, 31), None, "G", "B", "All 38 hazards reviewed; scoring matrix aligned to the MSMS."),
            ("R2.2", "Cross-reference each hazard to its control measures in the MSMS and publish the revised hazard register.",
             "Marine Operations Manager", D(2025, 2, 28), D(2025, 4, 30), "A", "A", "Cross-referencing 60% complete; renumbering of MSMS procedures has delayed publication."),
            ("R2.3", "Carry out a specific risk assessment for berthing at Woodside during the landing stage refurbishment.",
             "Harbour Master", D(2024, 12, 1), None, "R", "G", "Interim assessment approved 12 December 2024; final version follows the contractor's method statement."),
        ]),
    ]),
    ("Marine Safety Management System", [
        ("R3", "The MSMS should be brought under formal document control, with a single owner and a published review cycle.", [
            ("R3.1", "Move the MSMS into the Combined Authority's document management system with version control.",
             "Head of Information Governance", D(2025, 3, 1), None, "G", "G", "Migration started 3 February 2025."),
            ("R3.2", "Set an annual review cycle for the MSMS, with each review signed off by the Duty Holder.",
             "Head of Mersey Ferries", "Annually – each October", None, "G", "G", "First full review scheduled for October 2025."),
        ]),
    ]),
    ("Competence and emergency preparedness", [
        ("R4", "Training records for masters, mates and deckhands should show current certification and revalidation dates in one place.", [
            ("R4.1", "Build a single crew competence matrix covering STCW certificates, medicals and revalidation dates.",
             "Marine Operations Manager; HR Business Partner", D(2025, 3, 31), None, "A", "G", "Matrix built; data checks with HR under way."),
        ]),
        ("R5", "Emergency exercises should include a joint exercise with HM Coastguard and the RNLI at least once every three years.", [
            ("R5.1", "Hold a joint mass rescue exercise with HM Coastguard, the RNLI and Merseyside Fire & Rescue Service.",
             "Harbour Master", D(2025, 9, 1), None, "G", "G", "Date agreed with HM Coastguard: 17 September 2025."),
        ]),
    ]),
]


def make_mersey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 10
    ws["A1"] = MERSEY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Duty Holder: Liverpool City Region Combined Authority  |  MCA health check carried out 15–17 October 2024  |  "
                "Progress report to Transport Committee, 6 March 2025")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    # two-row header
    top = ["Rec", "MCA health check recommendation", "Ref", "Action", "Lead officer", "Target date", None, "RAG status", None,
           "Progress commentary (Q3 2024/25)"]
    sub = [None, None, None, None, None, "Original", "Revised", "Q2", "Q3", None]
    for j in range(ncol):
        for rr, vals in ((4, top), (5, sub)):
            c = ws.cell(row=rr, column=1 + j, value=vals[j])
            c.font = WHITE_BOLD
            c.fill = FILL["hdr"]
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for j in (1, 2, 3, 4, 5, 10):
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:I4")
    r = 6
    for section, recs in MERSEY:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for rec_no, rec_text, acts in recs:
            first = r
            ws.cell(row=r, column=1, value=rec_no)
            ws.cell(row=r, column=2, value=rec_text)
            for ref, act, lead, orig, rev, q2, q3, comm in acts:
                vals = [None, None, ref, act, lead, orig, rev, q2, q3, comm]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if v.day == 1 else "dd/mm/yyyy"
                for j, v in ((8, q2), (9, q3)):
                    c = ws.cell(row=r, column=j)
                    c.fill = FILL[v]
                    c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            for j in (1, 2):
                ws.cell(row=first, column=j).alignment = WRAP
                ws.cell(row=first, column=j).border = BOX
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    r += 1
    ws.cell(row=r, column=1, value="Status key: B = complete; G = on track; A = at risk of slipping; R = off track or overdue.")
    ws.cell(row=r + 1, column=1, value="Revised target dates were agreed by the Director of Integrated Transport Operations.")
    widths = [6, 40, 7, 48, 26, 10, 10, 6, 6, 48]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Glossary")
    g["A1"] = "Glossary"
    g["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("DP", "Designated Person – provides independent assurance to the Duty Holder"),
                                ("MCA", "Maritime and Coastguard Agency"),
                                ("MSMS", "Marine Safety Management System"),
                                ("PMSC", "Port Marine Safety Code (2016)"),
                                ("STCW", "Standards of Training, Certification and Watchkeeping")]):
        g.cell(row=3 + i, column=1, value=a)
        g.cell(row=3 + i, column=2, value=b)
    g.column_dimensions["B"].width = 70
    wb.save(out("zwd-liverpool-city-region-ca-mersey-ferries-pmsc-health-check-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Bannau Brycheiniog NPA - HSE inspection action plan, typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
BB_TITLE = "Bannau Brycheiniog National Park Authority – HSE Inspection Action Plan"
BB = [
    ("1", "Hand-arm vibration: no health surveillance for wardens using brushcutters and chainsaws",
     "Commission a HAVS health surveillance programme through the occupational health provider for all exposed staff.",
     "Health and Safety Advisor", "January 2025", "Complete", "Tier 1 questionnaires issued to 23 staff; 4 referred for Tier 3 assessment."),
    ("2", None,
     "Record vibration exposure times on task sheets and replace tools with vibration magnitudes above 5 m/s².",
     "Head of Wardens / Fleet and Facilities Officer", "March 2025", "On track", "Three brushcutters replaced; task sheets revised."),
    ("3", "Workplace transport: pedestrians and vehicles not separated in the Libanus depot yard",
     "Mark pedestrian walkways and introduce a one-way system in the depot yard.",
     "Fleet and Facilities Officer", "Febuary 2025", "On track", "Contractor quote accepted; lining booked."),
    ("4", None,
     "Revise the depot traffic management plan and brief all staff and contractors.",
     "Fleet and Facilities Officer", "April 2025", "Not started", ""),
    ("5", "Lone working: no reliable check-in for wardens working in remote upland areas",
     "Issue satellite-enabled lone worker devices with 24-hour monitoring to all field staff.",
     "Head of Wardens", "May 2025", "On track", "Devices trialled by the eastern area team in January."),
    ("6", None,
     "Update the lone working procedure and the risk assessments for upland patrols.",
     "Health and Safety Advisor", "June 2025", "Some slippage", "Awaiting outcome of device trial."),
    ("7", "Lifting equipment: no LOLER thorough examination recorded for the tail-lift on the depot tipper",
     "Arrange LOLER thorough examination of all lifting equipment and add it to the asset register with six-monthly reminders.",
     "Fleet and Facilities Officer", "December 2024", "Complete", "Examined 11/12/2024; next due June 2025."),
]
BB_STATUS_FILL = {"Complete": FILL["B"], "On track": FILL["G"], "Some slippage": FILL["A"], "Not started": FILL["grey"]}


def make_bb():
    wb = Workbook()
    ws = wb.active
    ws.title = "HSE action plan"
    ws["A1"] = BB_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Awdurdod Parc Cenedlaethol Bannau Brycheiniog – Cynllun Gweithredu Arolygiad HSE"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("HSE visit to Libanus depot and warden operations, 8 October 2024 (Notification of Contravention dated "
                "14 November 2024). Audit and Corporate Services Review Committee, 24 March 2025 – Appendix A")
    hdr = ["No.", "Matter identified by HSE", "Action", "Responsible officer", "Target date", "Status", "Comments"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        c.border = BOX
    r = 6
    for row in BB:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=6).fill = BB_STATUS_FILL[row[5]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for i, k in enumerate(["Complete", "On track", "Some slippage", "Not started"]):
        c = ws.cell(row=r, column=2 + i, value=k)
        c.fill = BB_STATUS_FILL[k]
    widths = [6, 42, 55, 30, 15, 14, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(1 + j)].width = w
    wb.save(out("zwd-bannau-brycheiniog-npa-hse-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. Framlingham College - ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
FRAM_TITLE = "Framlingham College Post-Inspection Action Plan"
FRAM = [
    ("1. Leadership and management, and governance", [
        ("Action point 1: The school must ensure that all required pre-appointment checks are completed and recorded on the single central record before staff begin work (Part 4, paragraph 18).", [
            ("1.1", "Audit every single central record entry against personnel files and correct all omissions.", "Bursar; HR Manager", "December 2024", "Complete"),
            ("1.2", "Introduce a pre-start checklist signed by the HR Manager and the Head before any new member of staff begins work.", "HR Manager", "January 2025", "Complete"),
            ("1.3", "Safeguarding governor to review a sample of ten recruitment files each term and report to the full governing body.", "Safeguarding Governor", "Termly", "Green"),
        ]),
        ("Recommended next step: Leaders should ensure that governors' oversight of how policies are implemented is systematic, so that weaknesses are identified promptly.", [
            ("1.4", "Give each statutory policy a named link governor and an annual implementation report to the relevant committee.", "Clerk to the Governors", "Summer term 2025", "Green"),
        ]),
    ]),
    ("2. Pupils' physical and mental health and emotional wellbeing", [
        ("Action point 2: The school must ensure that boarders' medical records are stored securely and that household remedies given in boarding houses are recorded consistently (NMS 14).", [
            ("2.1", "Move boarding house medication records onto the electronic medical record system used by the Health Centre.", "Senior Nurse", "End of February 2025", "Complete"),
            ("2.2", "Train all houseparents and matrons in the household remedies protocol, with a signed competency check for each.", "Senior Nurse / Head of Boarding", "28/02/2025\nRevised: 30/06/2025", "Amber"),
        ]),
        ("Recommended next step: Leaders should strengthen the oversight of boarders' free time at weekends so that activities are consistently well supervised.", [
            ("2.3", "Publish a weekend activity rota for each boarding house and review attendance data at the fortnightly boarding meeting.", "Head of Boarding", "Autumn term 2025", "Green"),
        ]),
    ]),
    ("3. Safeguarding", [
        ("Recommended next step: Leaders should ensure that low-level concerns are recorded in a way that allows patterns to be identified.", [
            ("3.1", "Move the low-level concerns log into the safeguarding software and set up a half-termly pattern report for the DSL.", "DSL", "September 2025", "Green"),
            ("3.2", "Brief all staff on the revised low-level concerns procedure at the start-of-year INSET.", "DSL", "02/09/2025", "Not started"),
        ]),
    ]),
]


def make_fram():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(FRAM_TITLE, level=0)
    doc.add_paragraph("ISI routine inspection, 5–7 November 2024 (report published 16 January 2025)")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for a, b in [("Version", "3"), ("Date", "3 June 2025"), ("Owner", "Head"),
                 ("Approved by", "Governors' Education and Welfare Committee"), ("Next review", "September 2025")]:
        cells = dc.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_paragraph(
        "The inspection found that the school met the Independent School Standards except those relating to "
        "safer recruitment (Part 4) and National Minimum Standard 14 for boarding schools. The plan below "
        "responds to both action points and to the inspectors' recommended next steps.")

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "1F3864")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "FFFFFF"}
    for theme, points in FRAM:
        row = t.add_row().cells
        m = row[0].merge(row[4])
        set_cell(m, theme, bold=True)
        shade(m, "D9E1F2")
        for point, acts in points:
            row = t.add_row().cells
            m = row[0].merge(row[4])
            set_cell(m, point, italic=True)
            for ref, act, lead, by, rag in acts:
                row = t.add_row().cells
                for c, v in zip(row, [ref, act, lead, by, rag]):
                    set_cell(c, v)
                shade(row[4], rag_fill[rag])

    doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b in [("Complete", "Action completed and evidence filed"), ("Green", "On track"),
                 ("Amber", "Some slippage – revised date agreed"), ("Red", "Off track – escalated to governors")]:
        cells = k.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], rag_fill[a])
        set_cell(cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the Governing Body: Chair of Governors        Head").alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(out("zwd-framlingham-college-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Maritime and Coastguard Agency - UKSAR2G IPA gateway review action plan (docx)
# ---------------------------------------------------------------------------
MCA_TITLE = "UKSAR2G Programme: Gate 4 Review Recommendations Action Plan"
MCA = [
    ("A. Transition and readiness for service", [
        ("1", "Critical (do now)", "Complete",
         "Recommendation 1 (Critical – do now): The SRO should confirm a single integrated transition plan for the remaining bases, with go/no-go criteria agreed with the contractor.", [
            ("1a", "Consolidate the base-by-base transition schedules into one integrated plan owned by the Programme Director.", "Programme Director", "31 July 2024", "Complete"),
            ("1b", "Agree go/no-go criteria for each base transition with the contractor and record them in the contract change log.", "Programme Director; Commercial Lead", "30 September 2024", "Complete"),
        ]),
        ("2", "Essential (do by 30 September 2024)", "On track",
         "Recommendation 2 (Essential – do by 30 September 2024): The programme should strengthen operational assurance of aircrew readiness, including independent checks of night vision and winching currency before each base goes live.", [
            ("2a", "Commission the Aviation Standards team to audit aircrew currency records at each base four weeks before go-live.", "Head of Aviation Standards", "Ongoing – before each go-live", "On track"),
            ("2b", "Add aircrew readiness as a standing measure on the Readiness for Service dashboard.", "PMO Lead", "August 2024", "Complete"),
        ]),
    ]),
    ("B. Benefits realisation", [
        ("3", "Essential (do by 31 December 2024)", "At risk",
         "Recommendation 3 (Essential – do by 31 December 2024): The programme should finalise the benefits realisation plan, with baselines for time to scene and aircraft availability.", [
            ("3a", "Baseline aircraft availability and time-to-scene data from the first-generation contract.", "Benefits Manager", "31 October 2024\nRevised: 31 January 2025", "At risk"),
            ("3b", "Present the benefits realisation plan to the DfT Investment Committee for approval.", "Senior Responsible Owner", "March 2025", "Not started"),
        ]),
    ]),
    ("C. Transition to business as usual", [
        ("4", "Recommended", "On track",
         "Recommendation 4 (Recommended): The programme should capture lessons from the early base transitions and share them with other aviation contracts in the Department for Transport group.", [
            ("4a", "Hold a lessons learned workshop after each base transition and publish the lessons log on the programme SharePoint site.", "PMO Lead", "Ongoing", "On track"),
        ]),
        ("5", "Essential (do by 31 October 2024)", "Off track",
         "Recommendation 5 (Essential – do by 31 October 2024): The programme should confirm the resourcing of the in-service contract management team before the programme closes.", [
            ("5a", "Recruit the contract manager and two performance analysts to the in-service contract management team.", "HR Business Partner", "Q3 2024/25", "At risk"),
            ("5b", "Agree the handover of contract management from the programme to the Aviation Operations directorate.", "Director of HM Coastguard / Programme Director", "December 2024", "Off track"),
        ]),
    ]),
]


def make_mca():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = doc.add_paragraph("OFFICIAL-SENSITIVE")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    doc.add_heading(MCA_TITLE, level=0)
    doc.add_paragraph("Maritime and Coastguard Agency – UK Second Generation Search and Rescue Aviation")
    for line in ["Review dates: 10–13 June 2024", "Delivery Confidence Assessment: Amber",
                 "Senior Responsible Owner: Director of HM Coastguard",
                 "Version 2.0 – updated for Programme Board, 18 December 2024"]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Summary of recommendations", level=1)
    s = doc.add_table(rows=1, cols=4)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Rec", "Urgency", "Section", "Overall status"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E1F2")
    for section, recs in MCA:
        for no, urg, overall, _text, _acts in recs:
            cells = s.add_row().cells
            for c, v in zip(cells, [no, urg, section[0], overall]):
                set_cell(c, v)

    doc.add_paragraph(
        "Urgency: Critical (do now) – action is needed immediately to give the programme a good chance of success. "
        "Essential (do by) – action is needed by the date shown. Recommended – the programme would benefit from the change.")
    doc.add_paragraph(
        "Status key: Complete (blue); On track (green); At risk (amber); Off track (red); Not started.")

    fills = {"Complete": "5B9BD5", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000", "Not started": "FFFFFF"}
    for section, recs in MCA:
        doc.add_heading(section, level=1)
        for no, urg, overall, text, acts in recs:
            p = doc.add_paragraph()
            p.add_run(text).bold = True
            t = doc.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Target date", "Status"]):
                set_cell(c, h, bold=True)
                shade(c, "1F3864")
                for run in c.paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            for ref, act, own, due, stat in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, act, own, due, stat]):
                    set_cell(c, v)
                shade(cells[4], fills[stat])
            doc.add_paragraph()
    doc.add_paragraph("Next update: Programme Board, March 2025. Owner of this plan: UKSAR2G PMO.")
    doc.save(out("zwd-maritime-and-coastguard-agency-uksar2g-ipa-gateway-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Faversham Town Council - action log (csv)
# ---------------------------------------------------------------------------
FAV_TITLE = "Faversham Town Council – Action Log 2025-26"
FAV = [
    ("Full Council – 14 July 2025", [
        ("FC 25/041", "Obtain three quotes for repairs to the Guildhall clock mechanism and report them to the Property and Markets Committee.", "Town Clerk", "Sept 2025", "Done", "Quotes reported 8 Sept; contractor appointed."),
        ("FC 25/044", "Write to Swale Borough Council asking for additional litter bins in Preston Street.", "Deputy Town Clerk", "31/07/2025", "Done", "Letter sent 21/07/2025; two bins installed by SBC."),
        ("FC 25/047", "Publish the external auditor's report and certificate for 2024-25 with the notice of conclusion of audit.", "RFO", "30/09/2025", "Done", ""),
    ]),
    ("Property and Markets Committee – 8 September 2025", [
        ("PM 25/019", "Arrange a condition survey of the Guildhall roof before the winter.", "Town Clerk & Property Officer", "Oct-25", "On track", "Surveyor booked for 3 November."),
        ("PM 25/021", "Issue market traders' licences for 2026 at the fees agreed under minute PM 25/020.", "Markets Officer", "December 2025", "On track", ""),
        ("PM 25/023", "Report options for electric vehicle charging in the Institute car park.", "Town Clerk", "Jan-26", "Not started", "Awaiting capacity information from UK Power Networks."),
    ]),
    ("Finance and General Purposes Committee – 29 September 2025", [
        ("FGP 25/032", "Prepare the draft 2026-27 budget and precept options for the December meeting.", "RFO", "01/12/2025", "On track", "First draft sent to the Chair on 10 Nov."),
        ("FGP 25/035", "Review the insurance schedule and asset register values before the policy renewal.", "RFO/Town Clerk", "31 October 2025", "Done", "Renewed from 1 November."),
    ]),
    ("Full Council – 13 October 2025", [
        ("FC 25/078", "Respond to the Kent County Council consultation on Local Transport Plan 5.", "Cllr Hook and Town Clerk", "By 31 October 2025", "Done", "Response submitted 29/10/2025."),
        ("FC 25/081", "Set up a working group to review Standing Orders against the 2025 NALC model.", "Town Clerk", "Ongoing", "On track", "Working group met 4 Nov; next meeting January 2026."),
    ]),
]


def make_fav():
    cols = ["Minute ref", "Action", "Responsible", "Deadline", "Status", "Update"]
    blank = [""] * len(cols)
    rows = [[FAV_TITLE] + [""] * 5,
            ["Full Council and committees. Updated by the Town Clerk after each meeting. Last updated 18/11/2025"] + [""] * 5,
            blank, cols]
    for meeting, acts in FAV:
        rows.append([meeting] + [""] * 5)
        for a in acts:
            rows.append(list(a))
    rows.append(blank)
    rows.append(["Completed actions are removed once they have been reported to the next meeting of the same body."] + [""] * 5)
    with open(out("zwd-faversham-town-council-action-log-2025-26.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Hospice in the Weald - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
HOSP_TITLE = "Hospice in the Weald – CQC Inspection Action Plan"
HOSP = [
    ("SAFE", [
        ("S1", "The provider must ensure controlled drugs are reconciled and recorded in line with national guidance (Regulation 12)",
         "Introduce twice-daily controlled drug balance checks on the Inpatient Unit, signed by two registered nurses.",
         "Ward Manager", "31/07/2024", "B", "Checks in place from 1 July 2024; monthly audits 100% compliant Sept–Dec."),
        ("S2", None,
         "Add controlled drug reconciliation to the monthly pharmacy audit and report the results to the Medicines Management Group.",
         "Lead Pharmacist", "Sep-24", "B", ""),
        ("S3", "The provider should ensure all clinical staff complete level 3 safeguarding adults training (Regulation 13)",
         "Book level 3 safeguarding adults training for the 14 clinical staff whose training is out of date.",
         "Head of Education / Safeguarding Lead", "30/11/2024", "A", "Ten of fourteen completed; remaining four booked for February 2025."),
        ("S4", "The provider should ensure falls risk assessments are reviewed after every fall",
         "Update the post-falls protocol so that the falls risk assessment and care plan are reviewed within 24 hours of any fall.",
         "Clinical Nurse Specialist – Falls", "March 2025", "G", "Protocol approved by the Clinical Governance Group; re-audit due March 2025."),
    ]),
    ("EFFECTIVE", [
        ("E1", "The provider should ensure staff record mental capacity assessments where people may lack capacity to consent (Regulation 11)",
         "Audit a sample of 20 patient records each quarter for completed mental capacity assessments and feed back to teams.",
         "Clinical Audit Lead", "Quarterly", "G", "Q2 audit 85% compliant; Q3 audit 90%."),
        ("E2", None,
         "Deliver Mental Capacity Act refresher sessions for Hospice at Home staff.",
         "Safeguarding Lead", "31/03/2025", "G", ""),
    ]),
    ("WELL-LED", [
        ("W1", "The provider should ensure governance systems identify and act on gaps in audit completion (Regulation 17)",
         "Refresh the clinical audit programme and report completion monthly to the Senior Leadership Team.",
         "Director of Clinical Services", "31/10/2024", "B", "Audit dashboard live from October 2024."),
        ("W2", None,
         "Commission an external review of clinical governance arrangements and present the findings to the Board of Trustees.",
         "Chief Executive; Chair of Quality & Governance Committee", "Q4 2024/25", "R", "Tender closed with no bids; re-tender planned for January."),
    ]),
]


def make_hosp():
    lines = [HOSP_TITLE,
             "Inspection 21–22 May 2024 (report published 9 August 2024)",
             "Owner: Director of Clinical Services\tLast updated: 15/01/2025\tReported to: Quality & Governance Committee",
             "",
             "\t".join(["Ref", "Finding", "Action", "Lead", "Target", "RAG", "Progress update"])]
    for kq, acts in HOSP:
        lines.append(kq)
        for ref, finding, act, lead, due, rag, upd in acts:
            lines.append("\t".join([ref, finding or "", act, lead, due, rag, upd]))
            if ref == "S3":
                lines.append("\t" * 6 + "Revised date to be agreed at Q&G Committee in February.")
    lines += ["",
              "RAG: B = complete; G = on track; A = some risk to delivery; R = off track",
              "Total actions: 8 | Complete: 3 | On track: 3 | At risk: 1 | Off track: 1"]
    with open(out("zwd-hospice-in-the-weald-cqc-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_tuckers()
    make_mersey()
    make_bb()
    make_fram()
    make_mca()
    make_fav()
    make_hosp()
    print("built 7 files in", HERE)
