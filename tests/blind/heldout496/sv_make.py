"""Build the seven sv- blind test files (set heldout496).

Run with: /work/main/.venv/bin/python sv_make.py
Writes only files whose names start with "sv-" in this folder.
"""
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


def out(name):
    assert name.startswith("sv-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
}


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. SES Water - Ofwat customer service improvement action tracker (xlsx)
# ---------------------------------------------------------------------------
def ses_water():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "SES Water – Customer Service Improvement Plan"
    cov["A1"].font = Font(bold=True, size=16, color="003B71")
    cov["A2"] = "Our response to Ofwat's review of customer service and the customer-focused licence condition"
    cov["A2"].font = Font(italic=True, size=11)
    rows = [
        ("Document owner", "Customer Experience Director"),
        ("Reported to", "Board Customer Committee (quarterly); Ofwat (on request)"),
        ("Classification", "Public"),
        ("Date of this version", "04/11/2025"),
    ]
    r = 4
    for k, v in rows:
        cov.cell(r, 1, k).font = Font(bold=True)
        cov.cell(r, 2, v)
        for c in (1, 2):
            cov.cell(r, c).border = BOX
        r += 1
    r += 1
    cov.cell(r, 1, "Version control").font = Font(bold=True, size=12)
    r += 1
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003B71")
        c.border = BOX
    vc = [
        ("0.1", "21/02/2025", "Customer Strategy Manager", "First draft for Executive review"),
        ("1.0", "13/03/2025", "Customer Strategy Manager", "Approved by Board Customer Committee"),
        ("1.3", "04/11/2025", "Customer Strategy Manager", "Q2 2025-26 progress; revised dates for 1.1, 2.1 and 2.2"),
    ]
    for row in vc:
        r += 1
        for i, v in enumerate(row, 1):
            c = cov.cell(r, i, v)
            c.border = BOX
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Action tracker")
    ws["A1"] = "SES Water – Customer Service Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color="003B71")
    ws["A2"] = "Action tracker – position at 31 October 2025 (Board Customer Committee, 12 November 2025)"
    ws["A2"].font = Font(italic=True)
    headers = [
        "Ref",
        "What Ofwat found",
        "Action",
        "Action owner",
        "Original due date",
        "Revised due date",
        "Previous RAG (Q1)",
        "Current RAG (Q2)",
        "Progress update",
    ]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003B71")
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A5"

    themes = [
        (
            "Theme 1: Easy to contact",
            [
                (
                    "Customers told us they waited too long to reach an adviser by phone at peak times, and there were few ways to contact us outside office hours.",
                    [
                        ("1.1", "Recruit and train 12 additional contact centre advisers to cover peak periods (Monday mornings and the days after an incident).",
                         "Head of Customer Operations", d(2025, 3, 31), d(2025, 6, 30), "A", "B",
                         "All 12 advisers in post and signed off from 16 June 2025. Average speed of answer down from 4m 10s to 1m 35s."),
                        ("1.2", "Launch webchat and WhatsApp messaging, with opening hours extended to 8pm on weekdays.",
                         "Digital Channels Manager / Head of Customer Operations", d(2025, 6, 30), None, "G", "G",
                         "Webchat live since May. WhatsApp in pilot with 500 customers; full launch planned for December."),
                    ],
                )
            ],
        ),
        (
            "Theme 2: Communicating proactively during incidents",
            [
                (
                    "During the June 2025 supply interruptions our updates were late and did not say the same thing on every channel.",
                    [
                        ("2.1", "Introduce a single incident communications playbook, with message templates agreed with Network Operations.",
                         "Head of Communications", d(2025, 8, 31), d(2025, 10, 31), "A", "A",
                         "Playbook drafted and tested in the Exercise Kingfisher desktop exercise; sign-off moved to the October Executive meeting."),
                        ("2.2", "Send proactive SMS alerts to all customers in an affected area within 60 minutes of an unplanned interruption being confirmed.",
                         "Head of Network Control", d(2025, 9, 30), d(2026, 1, 31), "G", "R",
                         "Supplier integration with the telemetry system has failed testing twice. Escalated to the Executive; revised date agreed."),
                    ],
                )
            ],
        ),
        (
            "Theme 3: Support for customers who need extra help",
            [
                (
                    "Priority Services Register records were incomplete and were not checked regularly.",
                    [
                        ("3.1", "Complete a data cleanse of the Priority Services Register and contact every registered customer to confirm their needs.",
                         "Vulnerability Lead", d(2025, 12, 31), None, "A", "G",
                         "14,200 of 19,800 households contacted (72%)."),
                        ("3.2", "Share Priority Services Register data with UK Power Networks under the data-sharing agreement and refresh it every month.",
                         "Vulnerability Lead; Data Protection Officer", "Ongoing", None, "G", "G",
                         "Monthly exchange running since July 2025."),
                    ],
                )
            ],
        ),
        (
            "Theme 4: Putting things right",
            [
                (
                    "Complaint replies did not always explain the outcome or the payments available under the Guaranteed Standards Scheme (GSS).",
                    [
                        ("4.1", "Retrain complaint handlers on GSS payments and introduce a quality check on 10% of written replies.",
                         "Complaints Manager", d(2025, 7, 31), None, "G", "B",
                         "Training completed by all 23 handlers; quality checks running weekly."),
                        ("4.2", "Publish a plain-English guide to GSS payments on our website and with customers' bills.",
                         "Customer Experience Director", "Q4 2025/26", None, None, "G",
                         "New action added Q2. Draft reviewed by CCW."),
                    ],
                )
            ],
        ),
    ]

    r = hr + 1
    for theme, findings in themes:
        ws.cell(r, 1, theme).font = Font(bold=True, color="003B71")
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("D9E1F2")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, acts in findings:
            first = r
            for ref, act, owner, orig, rev, prev, cur, upd in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, owner)
                c = ws.cell(r, 5, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 6, rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    c = ws.cell(r, 7, prev)
                    c.fill = fill(RAG_FILL[prev])
                c = ws.cell(r, 8, cur)
                c.fill = fill(RAG_FILL[cur])
                ws.cell(r, 9, upd)
                for cc in range(1, 10):
                    ws.cell(r, cc).border = BOX
                    ws.cell(r, cc).alignment = CENTRE if cc in (1, 5, 6, 7, 8) else WRAP
                r += 1
            ws.cell(first, 2, finding).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    key = [
        ("B", "Complete – action delivered and evidence provided"),
        ("G", "On track to deliver by the due date"),
        ("A", "At risk – some slippage, mitigation in place"),
        ("R", "Off track – escalated to the Executive"),
    ]
    for k, txt in key:
        r += 1
        c = ws.cell(r, 1, k)
        c.fill = fill(RAG_FILL[k])
        c.alignment = CENTRE
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Notes: Where a revised due date is shown it has been agreed by the Executive. "
                   "Actions closed as complete are removed from the tracker after one quarter.").font = Font(italic=True)
    widths = [7, 42, 55, 26, 13, 13, 11, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [("Status", "Q1", "Q2"), ("Complete", 0, 2), ("Green", 4, 4), ("Amber", 3, 1),
             ("Red", 0, 1), ("Total actions", 7, 8)]
    for i, row in enumerate(srows, 3):
        for j, v in enumerate(row, 1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 3 or row[0] == "Total actions":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 18
    wb.save(out("sv-ses-water-ofwat-customer-service-improvement-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. National Trust - strategic risk register (xlsx), status by fill only
# ---------------------------------------------------------------------------
def national_trust():
    wb = Workbook()
    hm = wb.active
    hm.title = "Heat map"
    hm["A1"] = "National Trust – Strategic Risk Register 2025/26"
    hm["A1"].font = Font(bold=True, size=14)
    hm["A2"] = "Residual risk heat map (likelihood × impact)"
    hm["B4"] = "Impact →"
    for i in range(1, 6):
        hm.cell(5, 1 + i, i).font = Font(bold=True)
        hm.cell(5 + i, 1, 6 - i).font = Font(bold=True)
    placed = {(4, 4): "SR01", (3, 5): "SR02", (3, 4): "SR03", (3, 3): "SR04"}
    for li in range(1, 6):
        for im in range(1, 6):
            row = 5 + (6 - li)
            col = 1 + im
            score = li * im
            colr = "00B050" if score <= 4 else ("FFC000" if score <= 12 else "FF0000")
            c = hm.cell(row, col, placed.get((li, im), ""))
            c.fill = fill(colr)
            c.border = BOX
            c.alignment = CENTRE
    hm["A12"] = "Likelihood ↑ (rows), impact → (columns)"

    ws = wb.create_sheet("Register")
    ws["A1"] = "National Trust"
    ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    ws["A1"].fill = fill("2E5E3A")
    ws.merge_cells("A1:K1")
    ws["A2"] = "Strategic Risk Register 2025/26 – Audit and Risk Committee, 4 December 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:K2")
    headers = ["Risk", "Description (cause and effect)", "Risk owner", "Inherent score (L×I)",
               "Key controls in place", "Residual score (L×I)", "Trend",
               "Further mitigating actions", "Action owner", "Target date", "Status"]
    hr = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.alignment = CENTRE
        c.border = BOX
    risks = [
        ("SR01 Financial sustainability",
         "Income from membership, visitors and commercial activity falls short of plan while costs rise, reducing the funds available for conservation.",
         "Director of Finance", "5×4 = 20",
         "Three-year financial plan; monthly management accounts to Executive; reserves policy; cost-reduction governance board.",
         "4×4 = 16", "↔",
         [("Deliver the £20m cost-reduction programme agreed by the Board of Trustees in March 2025.",
           "Director of Finance", "31 Mar 2026", "G"),
          ("Refresh the membership pricing model and test the new family tier in two regions.",
           "Director of Supporter Engagement", "Sept 2025", "B")]),
        ("SR02 Climate change",
         "More frequent storms, flooding, drought and heat damage places, collections and visitor infrastructure faster than we can adapt.",
         "Director of Land, Nature and Coast", "4×5 = 20",
         "Climate hazard map (2021); adaptation guidance; property emergency plans; insurance.",
         "3×5 = 15", "↑",
         [("Update the climate hazard mapping for every place in our care and publish revised adaptation guidance for property teams.",
           "Head of Climate Adaptation", "June 2026", "A"),
          ("Secure funding for three landscape-scale flood resilience projects.",
           "Head of Climate Adaptation / Director of Fundraising", "Q4 2025/26", "G")]),
        ("SR03 Cyber security and data",
         "A successful cyber attack or data breach disrupts operations, compromises supporter data and damages trust.",
         "Chief Operating Officer", "4×5 = 20",
         "Managed security operations centre; Cyber Essentials Plus; staff phishing training; backups tested quarterly.",
         "3×4 = 12", "↔",
         [("Complete the migration of the legacy membership database to the new supporter CRM, with multi-factor authentication enforced for all users.",
           "Chief Information Officer", "Dec-25", "R"),
          ("Run a cyber incident exercise with the Executive Team and report the lessons to the Audit and Risk Committee.",
           "Chief Information Officer; Head of Risk and Assurance", "Annually", "G")]),
        ("SR04 People and skills",
         "We cannot recruit and keep the staff and volunteers we need, especially in traditional building and gardening trades.",
         "Director of People", "4×4 = 16",
         "People strategy; volunteering strategy; pay benchmarking; exit interview analysis.",
         "3×3 = 9", "↓",
         [("Launch the heritage skills apprenticeship scheme with 40 new apprentices across building and garden trades.",
           "Head of Learning and Development", "Sept 2026", "G")]),
    ]
    r = hr + 1
    for rid, desc, owner, inh, ctrl, res, trend, acts in risks:
        first = r
        for act, aown, tgt, st in acts:
            ws.cell(r, 8, act)
            ws.cell(r, 9, aown)
            ws.cell(r, 10, tgt)
            ws.cell(r, 11).fill = fill(RAG_FILL[st])  # colour only, no text
            for cc in range(1, 12):
                ws.cell(r, cc).border = BOX
                ws.cell(r, cc).alignment = WRAP
            r += 1
        for col, val in ((1, rid), (2, desc), (3, owner), (4, inh), (5, ctrl), (6, res), (7, trend)):
            ws.cell(first, col, val).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(first, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Action status (colour of the Status cell)").font = Font(bold=True)
    for st, txt in (("G", "On track"), ("A", "Some slippage – within tolerance"),
                    ("R", "Significantly delayed – Executive attention needed"), ("B", "Complete")):
        r += 1
        ws.cell(r, 1).fill = fill(RAG_FILL[st])
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Scores: likelihood (L) and impact (I) each scored 1–5; see the Scoring sheet.").font = Font(italic=True)
    widths = [24, 45, 24, 11, 40, 11, 7, 55, 30, 13, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Scoring criteria"
    sc["A1"].font = Font(bold=True)
    for i, (n, l, im) in enumerate([(1, "Rare", "Minimal"), (2, "Unlikely", "Minor"), (3, "Possible", "Moderate"),
                                    (4, "Likely", "Major"), (5, "Almost certain", "Severe")], 3):
        sc.cell(i, 1, n)
        sc.cell(i, 2, l)
        sc.cell(i, 3, im)
    sc["A2"], sc["B2"], sc["C2"] = "Score", "Likelihood", "Impact"
    wb.save(out("sv-national-trust-strategic-risk-register-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 3. Greater Lincolnshire CCA - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def greater_lincs():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Greater Lincolnshire Combined County Authority – Internal Audit Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Governance Committee, 21 January 2026"
    sm["A2"].font = Font(bold=True)
    hdr = ["Audit", "Year", "Assurance opinion", "Recommendations", "Implemented", "Open", "Overdue"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("DDEBF7")
    data = [
        ("Governance and Decision Making", "2024/25", "Limited", 2, 0, 2, 0),
        ("Treasury Management", "2024/25", "Reasonable", 1, 0, 1, 1),
        ("Information Governance", "2024/25", "Limited", 2, 2, 0, 0),
        ("Adult Skills Fund – Grant Assurance", "2025/26", "Reasonable", 2, 0, 2, 0),
    ]
    r = 5
    for row in data:
        for i, v in enumerate(row, 1):
            sm.cell(r, i, v).border = BOX
        r += 1
    tot = ["Total", "", "", 7, 2, 5, 1]
    for i, v in enumerate(tot, 1):
        c = sm.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 38
    sm.column_dimensions["C"].width = 18

    headers = ["Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
               "Target date", "Revised target date", "RAG", "Management update"]
    widths = [11, 9, 45, 50, 28, 12, 12, 6, 45]

    def sheet(title, heading, groups):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for i, h in enumerate(headers, 1):
            c = ws.cell(3, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            c.alignment = CENTRE
            c.border = BOX
        r = 4
        for audit, recs in groups:
            ws.cell(r, 1, audit).font = Font(bold=True)
            for cc in range(1, 10):
                ws.cell(r, cc).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for ref, pri, rec, act, resp, tgt, rev, rag, upd in recs:
                vals = [ref, pri, rec, act, resp, tgt, rev, rag, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(r, i, v)
                    c.border = BOX
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(r, 8).fill = fill(RAG_FILL[rag])
                ws.cell(r, 8).alignment = CENTRE
                r += 1
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        return ws

    sheet("Table A - Live", "Table A – Live recommendations", [
        ("Governance and Decision Making (2024/25)", [
            ("25 GOV 01", "High",
             "The CCA should adopt a scheme of delegation that sets out clearly which decisions are reserved to the Board and which are delegated to officers.",
             "Draft scheme of delegation to be reviewed by the Monitoring Officer and presented to the CCA Board for approval.",
             "Monitoring Officer", d(2025, 7, 31), d(2025, 12, 31), "A",
             "Draft considered by the Board in November; further legal review requested. Extension to 31/03/2026 requested."),
            ("25 GOV 02", "Medium",
             "The forward plan of key decisions should be published at least 28 days before each decision is taken.",
             "Publish the forward plan on the CCA website and update it monthly.",
             "Democratic Services Manager", d(2025, 6, 30), None, "G",
             "Forward plan published since June; monthly updates in place."),
        ]),
        ("Treasury Management (2024/25)", [
            ("25 TM 01", "Medium",
             "Counterparty limits should be reviewed against the approved Treasury Management Strategy.",
             "Review counterparty limits and report the outcome to the Audit and Governance Committee.",
             "Chief Finance Officer (s73 Officer)", d(2025, 9, 30), d(2026, 1, 31), "R",
             "Not yet reported; delayed by closure of the 2024/25 accounts."),
        ]),
        ("Adult Skills Fund – Grant Assurance (2025/26)", [
            ("26 ASF 01", "High",
             "Provider performance monitoring should be evidenced and reviewed monthly.",
             "Introduce a monthly provider performance dashboard and record review meetings with each provider.\nEscalate under-delivering providers to the Skills and Employment Board.",
             "Head of Skills and Employment", d(2026, 3, 31), None, "G",
             "Dashboard built; first review meetings held in December."),
            ("26 ASF 02", "Low",
             "Grant funding agreements should be signed by both parties before any payment is released.",
             "Add a signed-agreement check to the payment authorisation workflow in the finance system.",
             "Finance Manager / Head of Skills and Employment", "Q4 2025/26", None, "G",
             "Workflow change specified with the system supplier."),
        ]),
    ])
    sheet("Table B - Implemented", "Table B – Recommendations implemented since the last Committee", [
        ("Information Governance (2024/25)", [
            ("25 IG 01", "High",
             "A record of processing activities (ROPA) should be completed and kept up to date.",
             "Complete the ROPA and have it signed off by the Senior Information Risk Owner.",
             "Data Protection Officer", d(2025, 5, 31), d(2025, 8, 31), "B",
             "ROPA signed off by the SIRO on 27/08/2025."),
            ("25 IG 02", "Medium",
             "All staff should complete data protection training on induction.",
             "Add mandatory data protection e-learning to the induction checklist and report completion quarterly.",
             "HR Business Partner", d(2025, 6, 30), None, "B",
             "Completed; 100% of new starters trained in Q2."),
        ]),
    ])
    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (st, txt) in enumerate([("B", "Implemented"), ("G", "On track to meet the target date"),
                                   ("A", "At risk / extension requested"), ("R", "Overdue – target date passed")], 2):
        c = k.cell(i, 1, st)
        c.fill = fill(RAG_FILL[st])
        k.cell(i, 2, txt)
    k["A7"] = "Priority: High – fundamental control weakness; Medium – important; Low – good practice."
    wb.save(out("sv-greater-lincolnshire-cca-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(9)


def header_row(table, headers, colour):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. National Fostering Group - Ofsted IFA inspection action plan (docx)
# ---------------------------------------------------------------------------
def nfg():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("National Fostering Group")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
    doc.add_heading("Post-Inspection Action Plan: Ofsted Inspection of NFG Fostering South West", level=1)

    info = [
        ("Agency", "NFG Fostering South West (independent fostering agency)"),
        ("Unique reference number", "SC482913"),
        ("Inspection dates", "3 to 7 February 2025"),
        ("Overall experiences and progress of children and young people", "Requires improvement to be good"),
        ("Responsible individual", "Regional Director (South)"),
        ("Plan agreed", "14 March 2025; progress updated 30 June 2025"),
    ]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        set_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "EDE7F6")
        set_text(t.cell(i, 1), v)

    doc.add_paragraph(
        "This plan sets out how we will meet the requirements and recommendations made by Ofsted. "
        "It is reviewed monthly by the registered manager and quarterly by the responsible individual.")
    doc.add_paragraph("RAG: Complete | Green – on track | Amber – some delay | Red – not on track | Not started")

    headers = ["No.", "Requirement / recommendation", "Action to be taken", "Lead", "Timescale", "RAG",
               "Progress update"]

    def section(title, items):
        doc.add_heading(title, level=2)
        n = sum(len(a) for _, a in items)
        tb = doc.add_table(rows=1 + n, cols=len(headers))
        tb.style = "Table Grid"
        header_row(tb, headers, "D1C4E9")
        row = 1
        for req, acts in items:
            first = row
            for no, act, lead, when, rag, upd in acts:
                cells = tb.rows[row].cells
                set_text(cells[0], no)
                set_text(cells[2], act)
                set_text(cells[3], lead)
                set_text(cells[4], when)
                set_text(cells[5], rag)
                set_text(cells[6], upd)
                row += 1
            m = tb.cell(first, 1)
            if row - 1 > first:
                m = m.merge(tb.cell(row - 1, 1))
            set_text(m, req)

    section("Section 1: Requirements", [
        ("The registered person must ensure that the welfare of each child placed with foster parents is safeguarded and promoted at all times, in particular that risk assessments are updated after any significant incident. (Regulation 11(a))", [
            ("1.1", "Audit all child-specific risk assessments and update any that have not been reviewed after an incident in the last six months.",
             "Registered Manager", "31 March 2025", "Complete", "42 risk assessments audited; 11 updated."),
            ("1.2", "Introduce a 48-hour standard for reviewing risk assessments after a significant incident, monitored through supervision.",
             "Team Manager (South West)", "April 2025", "Complete", "Standard in the supervision policy from 1 April 2025."),
        ]),
        ("The registered person must ensure that each foster parent's annual review takes account of the views of the children placed and their social workers. (Regulation 28(3))", [
            ("2.1", "Complete the nine overdue foster carer annual reviews.",
             "Supervising Social Workers / Team Manager (South West)", "30/04/2025", "Amber",
             "Seven of nine completed; the remaining two are booked for July."),
            ("2.2", "Update the annual review template so that the views of children and placing social workers are a mandatory section.",
             "Quality Assurance Manager", "March 2025", "Complete", "New template in use."),
        ]),
    ])
    section("Section 2: Recommendations", [
        ("The registered person should ensure that foster carers complete the Training, Support and Development Standards within 12 months of approval. (Fostering Services National Minimum Standards, 20.3)", [
            ("3.1", "Track progress against the Training, Support and Development Standards for every newly approved carer and escalate any carer who has not completed them at nine months.",
             "Training Coordinator", "June 2025", "Green", "Tracker set up; two carers escalated."),
        ]),
        ("The registered person should ensure that the fostering panel's quality assurance feedback is used to improve the quality of assessment reports. (Fostering Services National Minimum Standards, 14.7)", [
            ("4.1", "Add panel quality assurance feedback as a standing item at the quarterly assessing social workers' meeting.",
             "Panel Adviser", "Quarterly", "Green", "First item taken in May."),
            ("4.2", "Produce an annual report on the themes of panel feedback for the responsible individual.",
             "Panel Adviser and Registered Manager", "September 2025", "Not started", ""),
        ]),
    ])

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_text(so.cell(0, i), h, bold=True)
    for i, row in enumerate([("Registered Manager", "Signed", "14/03/2025"),
                             ("Responsible Individual", "Signed", "14/03/2025")], 1):
        for j, v in enumerate(row):
            set_text(so.cell(i, j), v)
    doc.save(out("sv-national-fostering-group-ofsted-ifa-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. HMPPS - HMP Humber HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
def humber():
    doc = Document()
    h = doc.add_heading("Action Plan: HMP Humber", level=0)
    for line in ("Action Plan Submitted: 22 August 2025",
                 "A Response to the HMIP Inspection: 12–23 May 2025",
                 "Report Published: 29 July 2025"):
        p = doc.add_paragraph(line)
        p.runs[0].bold = True
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison. From May 2022 HMIP reports up to 15 key concerns, of which some are identified "
        "as priority concerns. In response to the report HM Prison and Probation Service (HMPPS) is required to draft "
        "an action plan which confirms whether each concern is agreed, partly agreed or not agreed, and sets out the "
        "actions, owners and target dates that will address it.")
    doc.add_paragraph(
        "Where a concern is agreed or partly agreed, progress against the actions below is monitored by the Prison "
        "Group Director and reviewed at the next independent review of progress.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    set_text(key.cell(0, 0), "Term", bold=True)
    set_text(key.cell(0, 1), "Definition", bold=True)
    for i, (tname, dfn) in enumerate([
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented."),
        ("Not Agreed", "The concern is not agreed and will not be implemented. The response explains why."),
    ], 1):
        set_text(key.cell(i, 0), tname, bold=True)
        set_text(key.cell(i, 1), dfn)

    headers = ["Ref", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner", "Target Date"]

    def section(title, concerns):
        doc.add_heading(title, level=1)
        n = sum(len(a) for _, _, a in concerns)
        tb = doc.add_table(rows=1 + n, cols=len(headers))
        tb.style = "Table Grid"
        header_row(tb, headers, "D9D9D9")
        row = 1
        for concern, agreed, acts in concerns:
            first = row
            for ref, act, owner, when in acts:
                cells = tb.rows[row].cells
                set_text(cells[0], ref)
                set_text(cells[3], act)
                set_text(cells[4], owner)
                set_text(cells[5], when)
                row += 1
            c1 = tb.cell(first, 1)
            c2 = tb.cell(first, 2)
            if row - 1 > first:
                c1 = c1.merge(tb.cell(row - 1, 1))
                c2 = c2.merge(tb.cell(row - 1, 2))
            set_text(c1, concern)
            set_text(c2, agreed)

    section("Priority concerns", [
        ("Too many prisoners were locked in their cells for most of the day, and the regime was often curtailed at short notice.",
         "Agreed", [
             ("1.1", "Publish a revised core day that gives prisoners in work, training or education at least six hours out of cell each weekday.",
              "Head of Residence", "October 2025"),
             ("1.2", "Review regime curtailments weekly at the senior leadership team meeting and report the reasons to the Prison Group Director.",
              "Head of Operations", "Ongoing"),
         ]),
        ("Illicit drugs were easy to obtain and the random mandatory drug testing positive rate was 29%.",
         "Agreed", [
             ("2.1", "Deliver the local drug strategy, including enhanced gate security, additional search dog hours and a new incentivised substance-free living unit.",
              "Head of Security / Head of Reducing Reoffending", "31 March 2026"),
         ]),
        ("Leaders had not made sure that enough prisoners were allocated to education, skills and work.",
         "Partly Agreed", [
             ("3.1", "Increase the number of activity places by 80 through a revised curriculum and by reopening the bricklaying and multi-skills workshops.",
              "Head of Education, Skills and Work", "January 2026"),
         ]),
    ])
    section("Key concerns", [
        ("Complaints were not always answered on time and some replies did not address the issue raised.",
         "Agreed", [
             ("4.1", "Introduce monthly quality assurance of 10 complaint replies by a functional head, with feedback to the staff who wrote them.",
              "Business Hub Manager", "30/09/2025"),
         ]),
        ("Reviews of security category were frequently late, delaying progression to open conditions.",
         "Agreed", [
             ("5.1", "Clear the backlog of overdue categorisation reviews and monitor timeliness weekly in the offender management unit.",
              "Head of Offender Management Delivery", "November 2025"),
         ]),
        ("Too few prisoners were released to sustainable accommodation.",
         "Partly Agreed", [
             ("6.1", "Agree with the Community Accommodation Service (CAS3) provider that referrals start 12 weeks before release.",
              "Head of Reducing Reoffending", "December 2025"),
         ]),
    ])
    doc.save(out("sv-hmp-humber-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Great Dunmow Town Council - action log (csv) - typo month, refuse
# ---------------------------------------------------------------------------
def dunmow():
    lines = [
        "Great Dunmow Town Council – Action Log 2025/26,,,,,,",
        "Updated by the Town Clerk after Full Council on 20 November 2025,,,,,,",
        ",,,,,,",
        "Ref,Meeting,Minute,Action,Responsible,Deadline,Status",
        "AL25/01,Full Council 22/05/2025,FC25/014,Obtain three quotations for resurfacing the Foakes House car park,Town Clerk,Jul-25,Complete",
        "AL25/02,Full Council 22/05/2025,FC25/019,Write to Essex Highways about the damaged bollards in the High Street,Deputy Town Clerk,Jun-25,Complete",
        "AL25/03,Finance & Policy 12/06/2025,FP25/008,Arrange the internal audit visit and circulate the report to all councillors,Responsible Financial Officer,Sep-25,Complete",
        "AL25/04,Finance & Policy 12/06/2025,FP25/011,\"Review the grants policy, including the cap on individual awards\",Responsible Financial Officer,Nov-25,In progress",
        "AL25/05,Full Council 24/07/2025,FC25/037,Commission a condition survey of the Recreation Ground pavilion,Town Clerk,0ct-25,In progress",
        "AL25/06,Full Council 24/07/2025,FC25/041,Install the new defibrillator cabinet at the Foakes House entrance,Deputy Town Clerk,Sep-25,Complete",
        "AL25/07,Open Spaces 04/09/2025,OS25/022,Prepare a tree planting plan for the Doctor's Pond area,Open Spaces Officer / Cllr Davey,Jan-26,Not started",
        "AL25/08,Full Council 25/09/2025,FC25/055,Consult residents on the Christmas lights switch-on arrangements,Events Officer,Nov-25,Complete",
        "AL25/09,Full Council 20/11/2025,FC25/072,Draft the 2026/27 budget and precept for Finance & Policy,Responsible Financial Officer,Dec-25,In progress",
        ",,,,,,",
        "Status: Complete / In progress / Not started. Completed actions are removed after they have been reported to Full Council.,,,,,,",
    ]
    with open(out("sv-great-dunmow-town-council-action-log-typo-month-refuse.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Yorkshire Dales NPA - Authority meeting action log (tab-separated txt)
# ---------------------------------------------------------------------------
def ydnpa():
    T = "\t"
    lines = [
        "Yorkshire Dales National Park Authority – Authority Meeting Schedule of Actions",
        "As at 9 December 2025",
        "",
        T.join(["Ref", "Minute", "Action", "Lead officer", "Due", "Status", "Update"]),
        "Authority meeting – 24 June 2025",
        T.join(["A25/07", "42/25", "Report back on the options for charging at the Aysgarth Falls car park",
                "Head of Park Services", "Sep-25", "Complete", "Reported to the September meeting (minute 61/25)."]),
        T.join(["A25/08", "44/25", "Write to Defra setting out the impact of the flat-cash grant settlement on the Authority's budget",
                "Chief Executive (National Park Officer)", "July 2025", "Complete", "Letter sent 3 July; reply received 19 August."]),
        T.join(["A25/09", "47/25", "Arrange a Member site visit to the Malham Tarn peatland restoration project",
                "DH / KC", "Oct-25", "Complete", "Visit held 8 October."]),
        "Authority meeting – 23 September 2025",
        T.join(["A25/14", "63/25", "Prepare a three-year medium term financial plan that reflects the reduced Defra grant",
                "Director of Corporate Services", "Feb-26", "On track", "Draft to be tabled at the February Authority meeting."]),
        T.join(["", "", "and circulate it to Members before the budget-setting meeting", "", "", "", ""]),
        T.join(["A25/15", "65/25", "Bring forward revised Member role descriptions for the Planning Committee",
                "Head of Member and Corporate Support", "Dec-25", "Amber", "Deferred to allow the governance review to finish."]),
        T.join(["A25/16", "68/25", "Publish the annual report on the National Park Management Plan on the website",
                "Head of Strategy and Performance", "31/10/2025", "Complete", "Published 28 October."]),
        "Authority meeting – 2 December 2025",
        T.join(["A25/21", "84/25", "Review the Dales Countryside Museum opening hours for 2026 and report to the Audit and Resources Committee",
                "Head of Park Services", "Mar 2026", "Not started", ""]),
        T.join(["A25/22", "86/25", "Keep Members informed of progress with the Farming in Protected Landscapes programme",
                "SR", "Ongoing", "On track", "Standing item in the Members' bulletin."]),
        "",
        "Completed actions are removed once they have been noted by the Authority.",
    ]
    with open(out("sv-yorkshire-dales-npa-authority-meeting-action-log.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    ses_water()
    national_trust()
    greater_lincs()
    nfg()
    humber()
    dunmow()
    ydnpa()
    print("built 7 files in", HERE)
