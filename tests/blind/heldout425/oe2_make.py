"""Build the seven oe2- blind test files (set heldout425).

Run with: /work/main/.venv/bin/python oe2_make.py
Writes the data files next to this script. The .expected.yaml files are written by hand
(from the same wording) and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# fill colours
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
GREY, LIGHT, PALE = "D9D9D9", "DDEBF7", "F2F2F2"
RAGFILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. NHS Humber and North Yorkshire ICB - elective recovery highlight report (xlsx)
# ---------------------------------------------------------------------------
HNY_FILE = "oe2-nhs-humber-and-north-yorkshire-icb-elective-recovery-programme-highlight-report.xlsx"
HNY_TITLE = "Elective Recovery Programme – Highlight Report"
HNY_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "": None}
HNY_WS = [
    ("WS1 Outpatient transformation", [
        ("1.1", "Extend patient-initiated follow-up (PIFU) to dermatology, rheumatology and gastroenterology at all four acute providers",
         "Outpatient Transformation Lead", D(2025, 9, 30), D(2025, 12, 31), "At risk",
         "Dermatology live at HUTH and York. Rheumatology templates awaiting Clinical Safety Officer sign-off."),
        ("1.2", "Increase Advice & Guidance diversion to 21 per 100 first outpatient attendances",
         "Planned Care Programme Manager; Clinical Lead for Outpatients", D(2026, 3, 31), None, "On track",
         "Rate 18.6 per 100 in October (September 17.9)."),
        ("1.3", "Complete validation sprint 3 for all patients waiting over 12 weeks without a date",
         "Elective Access Leads (all trusts)", D(2025, 10, 31), None, "Complete",
         "4,312 pathways validated; 6.2% removed from the waiting list."),
    ]),
    ("WS2 Diagnostics and Community Diagnostic Centres", [
        ("2.1", "Open extended-hours service (8am–8pm, seven days) at Scarborough Community Diagnostic Centre",
         "CDC Programme Lead", D(2025, 11, 30), D(2026, 2, 28), "Off track",
         "CT scanner installation delayed by supplier; radiographer rota not yet filled. Escalated to Planned Care Board."),
        ("2.2", "Recruit 6 WTE radiographers through the regional international recruitment cohort",
         "CDC Programme Lead / Workforce Lead", D(2026, 1, 31), None, "On track",
         "4 offers accepted, 2 in pre-employment checks."),
    ]),
    ("WS3 Theatre productivity and elective hubs", [
        ("3.1", "Achieve 85% capped theatre utilisation across all elective sites",
         "Theatre Productivity SRO", D(2026, 3, 31), None, "At risk",
         "System position 79.4% (October). Late starts remain the main cause."),
        ("3.2", "Secure GIRFT elective surgical hub accreditation for the Goole elective hub",
         "Director of Planned Care (NLaG)", D(2025, 12, 31), None, "On track",
         "Assessment visit booked for 10 December 2025."),
        ("3.3", "Agree system mutual aid protocol for orthopaedic patients waiting over 52 weeks",
         "Elective Programme Director", D(2025, 8, 31), None, "Complete",
         "Protocol agreed by Chief Operating Officers 21 August 2025."),
        ("3.4", "Launch the theatre scheduling tool at Hull Royal Infirmary and Castle Hill Hospital",
         "Theatre Productivity SRO", D(2026, 6, 30), None, "",
         "Not started – procurement approval expected January 2026."),
    ]),
]


def make_hny():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws.column_dimensions["A"].width = 34
    for col in "BCDE":
        ws.column_dimensions[col].width = 26
    ws["A1"] = "NHS Humber and North Yorkshire Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=11, color="005EB8")
    ws["A2"] = HNY_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    rows = [
        ("Reporting period:", "November 2025", "Report to:", "Planned Care Board, 9 December 2025"),
        ("Senior Responsible Owner:", "Director of Planned Care and Performance", "Programme lead:",
         "Jane Whitfield, Elective Programme Director"),
    ]
    r = 4
    for a, b, c, d in rows:
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.cell(r, 2, b)
        ws.cell(r, 3, c).font = Font(bold=True)
        ws.cell(r, 4, d)
        r += 1
    ws.cell(6, 1, "Overall programme status:").font = Font(bold=True)
    ws.cell(6, 2, "At risk").fill = fill(AMBER)
    ws.cell(6, 3, "Previous month:").font = Font(bold=True)
    ws.cell(6, 4, "At risk").fill = fill(AMBER)

    ws.cell(8, 1, "Workstream summary").font = Font(bold=True, size=12)
    hdr = ["Workstream", "Workstream lead", "Previous status", "Current status", "Headline"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(9, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
    summ = [
        ("WS1 Outpatient transformation", "Outpatient Transformation Lead", "On track", "At risk",
         "PIFU roll-out behind plan in rheumatology"),
        ("WS2 Diagnostics and Community Diagnostic Centres", "CDC Programme Lead", "At risk", "Off track",
         "Scarborough CDC extended hours slipped to February 2026"),
        ("WS3 Theatre productivity and elective hubs", "Theatre Productivity SRO", "At risk", "At risk",
         "Utilisation improving but below 85% ambition"),
    ]
    r = 10
    for row in summ:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            if i in (3, 4):
                c.fill = fill(HNY_STATUS_FILL[v])
        r += 1
    boxed(ws, 9, 12, 1, 5)

    ws.cell(14, 1, "Key achievements this period").font = Font(bold=True, size=12)
    ach = [
        "• Validation sprint 3 completed across all four acute trusts",
        "• 78-week waits eliminated for the third consecutive month",
        "• Dermatology PIFU live at Hull University Teaching Hospitals and York and Scarborough",
    ]
    for i, t in enumerate(ach):
        ws.cell(15 + i, 1, t)
    ws.cell(19, 1, "Key risks and issues (see programme risk register)").font = Font(bold=True, size=12)
    risks = [
        "R04 – Radiographer vacancies at Scarborough CDC (risk score 16)",
        "R07 – Industrial action reducing elective activity (risk score 12)",
    ]
    for i, t in enumerate(risks):
        ws.cell(20 + i, 1, t)
    ws.cell(23, 1, "Decisions / support required from the Planned Care Board").font = Font(bold=True, size=12)
    ws.cell(24, 1, "Note the revised date for Scarborough CDC extended hours (milestone 2.1) and support "
                   "escalation of the scanner delay to the NHS England regional team.")
    ws.cell(26, 1, "Status key:").font = Font(bold=True)
    for i, (k, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("At risk", AMBER),
                                  ("Off track", RED)], 2):
        c = ws.cell(26, i, k)
        c.fill = fill(col)

    # milestones sheet
    ms = wb.create_sheet("Milestones")
    widths = {"A": 7, "B": 62, "C": 34, "D": 13, "E": 13, "F": 12, "G": 60}
    for k, v in widths.items():
        ms.column_dimensions[k].width = v
    ms["A1"] = "Elective Recovery Programme – milestone tracker (November 2025)"
    ms["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Milestone / deliverable", "Lead", "Original date", "Revised date", "Status", "Commentary"]
    for i, h in enumerate(hdr, 1):
        c = ms.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
    r = 4
    for wsname, acts in HNY_WS:
        ms.cell(r, 1, wsname).font = Font(bold=True)
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ms.cell(r, 1).fill = fill(LIGHT)
        r += 1
        for ref, act, lead, orig, rev, status, comm in acts:
            ms.cell(r, 1, ref)
            ms.cell(r, 2, act)
            ms.cell(r, 3, lead)
            c = ms.cell(r, 4, orig)
            c.number_format = "mmm-yy"
            if rev is not None:
                c = ms.cell(r, 5, rev)
                c.number_format = "mmm-yy"
            c = ms.cell(r, 6, status if status else None)
            if HNY_STATUS_FILL[status]:
                c.fill = fill(HNY_STATUS_FILL[status])
            ms.cell(r, 7, comm)
            r += 1
    boxed(ms, 3, r - 1, 1, 7)
    for rr in range(4, r):
        for cc in (4, 5):
            ms.cell(rr, cc).alignment = Alignment(vertical="top", horizontal="center")
    ms.freeze_panes = "A4"
    wb.save(os.path.join(HERE, HNY_FILE))


# ---------------------------------------------------------------------------
# 2. West Mercia Police - force strategic risk register (xlsx)
# ---------------------------------------------------------------------------
WMP_FILE = "oe2-west-mercia-police-force-strategic-risk-register-2025-26.xlsx"
WMP_TITLE = "West Mercia Police – Force Strategic Risk Register 2025/26"
WMP_RAGFILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
WMP_RISKS = [
    ("SR01 – Workforce capacity and capability", "Deputy Chief Constable", "4 x 5 = 20", 16, "↔", 9,
     "Strategic Workforce Plan; monthly Workforce Board; attraction and retention strategy; "
     "tutor constable capacity monitored weekly",
     [
         ("Deliver the 2025/26 recruitment plan to maintain officer numbers at the funded uplift baseline",
          "Director of People", "Mar-26", "Green"),
         ("Implement the detective resilience plan, including the September 2025 Detective Constable Entry Programme intake",
          "D/Supt K. Lloyd", D(2025, 9, 30), "Complete"),
         ("Introduce stay interviews for officers with under five years' service and report leaver themes quarterly",
          "Head of HR", "Q4 2025/26", "Amber"),
     ]),
    ("SR02 – Financial sustainability", "Chief Finance Officer (Force)", "4 x 4 = 16", 16, "↑", 8,
     "Medium Term Financial Plan agreed with the PCC; Force Change Board; monthly budget monitoring "
     "reported to Chief Officer Group",
     [
         ("Identify and agree £4.2m of savings for 2026/27 through the Force Change Board",
          "Chief Finance Officer (Force) / OPCC Chief Finance Officer", D(2026, 1, 31), "Amber"),
         ("Complete the review of overtime controls and report findings to Chief Officer Group",
          "Chief Finance Officer (Force)", "Dec-25", "Complete"),
     ]),
    ("SR03 – Public contact: 101 and 999 call handling", "ACC Local Policing", "5 x 4 = 20", 15, "↓", 8,
     "Daily demand management meeting; OCC resourcing model; 101 call-back facility; "
     "Single Online Home reporting",
     [
         ("Implement the new telephony platform in the Operations Communications Centre",
          "Head of Digital Services & Supt OCC", "June 2026", "Amber"),
         ("Maintain call handler establishment at 220 FTE through rolling recruitment",
          "Supt OCC", "Ongoing", "Green"),
     ]),
    ("SR04 – Information management and data quality", "Director of Enabling Services", "4 x 4 = 16", 12, "↔", 8,
     "Information Management Board; Niche data quality team; annual records review and disposal schedule",
     [
         ("Complete the Niche RMS duplicate nominal records remediation plan",
          "Head of Information Management", D(2026, 3, 31), "Red"),
         ("Deliver refreshed information management training to all staff, with a 95% completion target",
          "Head of Information Management", "Sept 2026", "Not started"),
     ]),
]


def make_wmp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    widths = [30, 18, 12, 10, 8, 10, 40, 52, 30, 12, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = WMP_TITLE
    ws["A1"].font = Font(bold=True, size=15)
    ws["K1"] = "OFFICIAL"
    ws["K1"].font = Font(bold=True)
    ws["A2"] = "Position as at 31 December 2025 – presented to the Joint Audit Committee, 20 January 2026"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk ref & title", "Risk owner", "Inherent score (L x I)", "Current score", "Trend",
           "Target score", "Key controls in place", "Further mitigating actions", "Action owner",
           "Target date", "Action RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
    r = 5
    for title, owner, inh, cur, trend, tgt, controls, acts in WMP_RISKS:
        first = r
        for act, aowner, date, rag in acts:
            ws.cell(r, 8, act)
            ws.cell(r, 9, aowner)
            c = ws.cell(r, 10, date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(r, 11, rag)
            if WMP_RAGFILL[rag]:
                c.fill = fill(WMP_RAGFILL[rag])
            r += 1
        last = r - 1
        vals = [title, owner, inh, cur, trend, tgt, controls]
        for i, v in enumerate(vals, 1):
            ws.cell(first, i, v)
            if last > first:
                ws.merge_cells(start_row=first, start_column=i, end_row=last, end_column=i)
        ws.cell(first, 1).font = Font(bold=True)
        score_fill = RED if cur >= 15 else AMBER
        ws.cell(first, 4).fill = fill(score_fill)
    boxed(ws, 4, r - 1, 1, 11)
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True, size=13)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(3, 1 + i, i).font = Font(bold=True)
    for l in range(5, 0, -1):
        row = 4 + (5 - l)
        m.cell(row, 1, l).font = Font(bold=True)
        for i in range(1, 6):
            s = l * i
            c = m.cell(row, 1 + i, s)
            c.fill = fill(GREEN if s <= 4 else AMBER if s <= 10 else RED)
    m["A10"] = "1–4 Low (tolerate)   5–10 Medium (treat/monitor)   12–25 High (treat – Chief Officer Group oversight)"
    m["A12"] = "Action RAG key"
    m["A12"].font = Font(bold=True)
    key = [("Complete", BLUE), ("Green – on track", GREEN), ("Amber – at risk of missing target date", AMBER),
           ("Red – overdue or off track", RED), ("Not started", None)]
    for i, (k, col) in enumerate(key):
        c = m.cell(13 + i, 1, k)
        if col:
            c.fill = fill(col)
    m["A19"] = "Trend: ↑ risk increasing   ↓ risk reducing   ↔ no change since last quarter"
    m.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, WMP_FILE))


# ---------------------------------------------------------------------------
# 3. Rowan House Care Home - CQC quality improvement plan (xlsx)
# ---------------------------------------------------------------------------
RH_FILE = "oe2-rowan-house-care-home-cqc-quality-improvement-plan.xlsx"
RH_TITLE = "Quality Improvement Plan following CQC inspection"
# (band, [(finding, [(ref, action, lead, orig, revised, prev, cur, evidence)])])
RH_PLAN = [
    ("SAFE", [
        ("Regulation 12 (Safe care and treatment): Risks associated with people's skin integrity, including "
         "repositioning, were not consistently assessed and recorded.", [
            ("1.1", "Review all Waterlow assessments and repositioning charts for people identified as high risk, "
                    "and update care plans.", "Deputy Manager", D(2025, 3, 31), None, "G", "B",
             "All 11 high-risk care plans reviewed 27/03/2025; monthly audit in place."),
            ("1.2", "Introduce a daily ‘resident at risk’ huddle with the nurse in charge and senior carers to "
                    "review skin integrity, falls and hydration.", "Registered Manager / Clinical Lead",
             D(2025, 4, 30), None, "A", "G",
             "Huddle running on both floors; attendance record kept at nurses' station."),
        ]),
        ("Regulation 12 (Safe care and treatment): Medicines prescribed ‘as required’ (PRN) did not have "
         "clear protocols in place.", [
            ("2.1", "Write a PRN protocol for every PRN medicine and audit MAR charts weekly for eight weeks.",
             "Clinical Lead", D(2025, 4, 30), D(2025, 5, 31), "R", "B",
             "Protocols in place for all 23 PRN medicines; weekly audits completed 30/05/2025."),
        ]),
        ("Regulation 18 (Staffing): Not all staff had completed moving and handling and dementia care "
         "training.", [
            ("3.1", "Book outstanding moving and handling practical sessions and track completion on the "
                    "training matrix.", "Home Administrator", D(2025, 5, 31), None, "A", "A",
             "Compliance 84% (target 95%); two sessions booked for July."),
        ]),
    ]),
    ("EFFECTIVE", [
        ("Regulation 11 (Need for consent): Mental capacity assessments were not always decision-specific.", [
            ("4.1", "Deliver Mental Capacity Act and best interest decision training for all nurses and senior "
                    "care staff.", "Claire Dunmore", "July 2025", None, "G", "G",
             "First cohort trained 18/06/2025."),
            ("4.2", "Audit all care plans that include restrictive practices (for example bed rails and sensor mats) "
                    "for decision-specific capacity assessments.", "Clinical Lead / Quality Manager",
             D(2025, 8, 31), None, None, None, "Audit tool agreed; audit to start in July."),
        ]),
    ]),
    ("WELL-LED", [
        ("Regulation 17 (Good governance): The provider's quality assurance systems had not identified the "
         "concerns found at this inspection.", [
            ("5.1", "Implement the group's monthly quality audit schedule and report findings to the provider's "
                    "Quality and Governance Committee.", "Quality Manager", D(2025, 6, 30), None, "G", "B",
             "Audit schedule embedded April–June; reported to committee 24/06/2025."),
            ("5.2", "Carry out a provider quality visit every two months, with a written report and action log "
                    "shared with the registered manager.", "Operations Director", "Ongoing", None, "G", "G",
             "Visits completed 14/04/2025 and 12/06/2025."),
            ("5.3", "Hold residents' and relatives' meetings quarterly and publish ‘You said, we did’ feedback.",
             "Registered Manager", D(2025, 6, 30), None, "A", "R",
             "April meeting cancelled; next meeting not yet arranged."),
        ]),
    ]),
]


def make_rh():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 30
    cv.column_dimensions["B"].width = 60
    cv["A1"] = "Rowan House Care Home"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = RH_TITLE
    cv["A2"].font = Font(bold=True, size=13)
    info = [
        ("Provider", "Ashcroft Care Group Ltd"),
        ("Service type", "Care home with nursing – 48 beds"),
        ("Inspection dates", "14 and 15 January 2025"),
        ("Report published", "11 March 2025"),
        ("Overall rating", "Requires improvement"),
        ("Registered manager", "Claire Dunmore"),
        ("Nominated individual", "Paul Hewitt, Operations Director"),
        ("Plan last updated", "30 June 2025"),
    ]
    for i, (a, b) in enumerate(info):
        cv.cell(4 + i, 1, a).font = Font(bold=True)
        cv.cell(4 + i, 2, b)
    boxed(cv, 4, 11, 1, 2)
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [(BLUE, "Complete and embedded"), (GREEN, "On track"), (AMBER, "Behind schedule – recoverable"),
           (RED, "Not met / overdue"), (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key):
        c = cv.cell(14 + i, 1)
        if col:
            c.fill = fill(col)
        cv.cell(14 + i, 2, txt)
    boxed(cv, 14, 18, 1, 2)
    cv["A20"] = "Version history"
    cv["A20"].font = Font(bold=True)
    vh = [("Version", "Date / change"), ("1.0", "20/03/2025 – plan submitted to CQC"),
          ("1.1", "30/06/2025 – quarter 1 progress update")]
    for i, (a, b) in enumerate(vh):
        cv.cell(21 + i, 1, a)
        cv.cell(21 + i, 2, b)
    cv.cell(21, 1).font = Font(bold=True)
    cv.cell(21, 2).font = Font(bold=True)
    boxed(cv, 21, 23, 1, 2)

    ws = wb.create_sheet("QIP")
    widths = {"A": 6, "B": 46, "C": 56, "D": 26, "E": 12, "F": 12, "G": 11, "H": 11, "I": 50}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Quality Improvement Plan – progress at 30 June 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Regulation / CQC finding", "Action", "Lead", "Original target", "Revised target",
           "Previous RAG (Apr 25)", "Current RAG (Jun 25)", "Evidence / progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("375623")
        c.alignment = WRAP
    r = 4
    for band, findings in RH_PLAN:
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = fill("E2EFDA")
        r += 1
        for finding, acts in findings:
            first = r
            for ref, act, lead, orig, rev, prev, cur, ev in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, act)
                ws.cell(r, 4, lead)
                c = ws.cell(r, 5, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(r, 6, rev)
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 7).fill = fill(RAGFILL[prev])
                if cur:
                    ws.cell(r, 8).fill = fill(RAGFILL[cur])
                ws.cell(r, 9, ev)
                r += 1
            ws.cell(first, 2, finding)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    boxed(ws, 3, r - 1, 1, 9)
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – 30 June 2025"
    sm["A1"].font = Font(bold=True, size=13)
    cats = [("Complete", "B"), ("On track", "G"), ("Behind schedule", "A"), ("Not met / overdue", "R"),
            ("Not started", None)]
    sm.cell(3, 1, "Key question").font = Font(bold=True)
    for i, (name, _) in enumerate(cats, 2):
        sm.cell(3, i, name).font = Font(bold=True)
    sm.cell(3, 7, "Total actions").font = Font(bold=True)
    r = 4
    tot = [0] * 6
    for band, findings in RH_PLAN:
        curs = [a[6] for _, acts in findings for a in acts]
        sm.cell(r, 1, band.title())
        for i, (_, code) in enumerate(cats):
            n = sum(1 for c in curs if c == code)
            sm.cell(r, 2 + i, n)
            tot[i] += n
        sm.cell(r, 7, len(curs))
        tot[5] += len(curs)
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for i in range(6):
        sm.cell(r, 2 + i, tot[i]).font = Font(bold=True)
    boxed(sm, 3, r, 1, 7)
    sm.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 16
    wb.save(os.path.join(HERE, RH_FILE))


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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Heatherview Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
HV_FILE = "oe2-heatherview-medical-centre-cqc-inspection-action-plan.docx"
HV_TITLE = "Heatherview Medical Centre – CQC Inspection Action Plan"
HV_STATUS = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER, "Significant delay": RED,
             "Not started": None}
HV_SECTIONS = [
    ("Are services safe?", [
        ("Must do (Regulation 12): Ensure patients prescribed high-risk medicines receive the required "
         "monitoring in line with national guidance.", [
            ("S1.1", "Run weekly searches for patients prescribed DMARDs, lithium and warfarin and recall any "
                     "patient overdue for blood monitoring.", "Dr S Hamid / Clinical Pharmacist", "30/06/2025",
             "Complete"),
            ("S1.2", "Repeat the high-risk medicines audit and present the results at the clinical meeting.",
             "Clinical Pharmacist", "September 2025", "On track"),
        ]),
        ("Must do (Regulation 12): Ensure all clinical staff complete safeguarding training at the level "
         "required for their role.", [
            ("S2.1", "Check every staff member's training record against the intercollegiate guidance and book "
                     "outstanding Level 3 training.", "Practice Manager", "31 May 2025", "Complete"),
        ]),
    ]),
    ("Are services effective?", [
        ("Should do: Continue to take action to improve uptake of cervical screening.", [
            ("E1.1", "Offer Saturday morning cervical screening clinics through the PCN enhanced access service.",
             "Lead Nurse; PCN Operations Manager", "October 2025", "On track"),
            ("E1.2", "Send text reminders and easy-read invitations to patients who have not responded to two "
                     "invitations.", "Reception Team Leader", "Ongoing", "On track"),
        ]),
    ]),
    ("Are services responsive?", [
        ("Should do: Improve patient satisfaction with access to the practice by telephone.", [
            ("R1.1", "Move to cloud-based telephony with call-back and queue position messages.",
             "Practice Manager", "Nov 2025", "Some delay"),
        ]),
    ]),
    ("Are services well-led?", [
        ("Must do (Regulation 17): Establish effective systems and processes to ensure good governance, "
         "including oversight of significant events, complaints and safety alerts.", [
            ("W1.1", "Hold a monthly governance meeting with a standing agenda covering significant events, "
                     "complaints, safety alerts and audits.", "Dr P Lindqvist (Governance Lead)", "June 2025",
             "Complete"),
            ("W1.2", "Review significant event and complaint themes annually and share learning with the whole "
                     "practice team.", "Practice Manager", "December 2025", "Not started"),
            ("W1.3", "Create a safety alerts log showing the action taken for each alert and who checked it.",
             "Clinical Pharmacist", "31/07/2025", "Significant delay"),
        ]),
    ]),
]


def make_hv():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(HV_TITLE, style="Title")
    doc.add_paragraph("Inspection date: 4 February 2025    Report published: 1 April 2025    "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Approved"),
          ("1.0", "22/04/2025", "Practice Manager", "Partners' meeting"),
          ("1.1", "15/07/2025", "Practice Manager", "Partners' meeting")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Status key", style="Heading 2")
    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for j, (name, col) in enumerate(HV_STATUS.items()):
        set_cell(k.cell(0, j), name, bold=True)
        if col:
            shade(k.cell(0, j), col)
    doc.add_paragraph()
    for heading, reqs in HV_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        n = sum(len(a) for _, a in reqs)
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        for j, lab in enumerate(["Ref", "CQC requirement", "Action to be taken", "Lead", "By when", "Status"]):
            set_cell(t.cell(0, j), lab, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        r = 1
        for req, acts in reqs:
            first = r
            for ref, act, lead, when, status in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), lead)
                set_cell(t.cell(r, 4), when)
                set_cell(t.cell(r, 5), status)
                if HV_STATUS[status]:
                    shade(t.cell(r, 5), HV_STATUS[status])
                r += 1
            if r - 1 > first:
                t.cell(first, 1).merge(t.cell(r - 1, 1))
            set_cell(t.cell(first, 1), req)
        doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed at the monthly partners' meeting and a progress update is "
                      "shared with the Patient Participation Group.")
    doc.add_paragraph("Signed: Dr S Hamid, Senior Partner        Date: 15/07/2025")
    doc.save(os.path.join(HERE, HV_FILE))


# ---------------------------------------------------------------------------
# 5. University of Gloucestershire - Ofsted ITE post-inspection improvement plan (docx)
# ---------------------------------------------------------------------------
UG_FILE = "oe2-university-of-gloucestershire-ofsted-ite-improvement-plan.docx"
UG_TITLE = "Initial Teacher Education Partnership – Post-inspection Improvement Plan 2025–26"
UG_RAG = {"Achieved": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}
UG_PHASES = [
    ("Primary phase", [
        ("Leaders should ensure that the centre-based curriculum for early reading and systematic synthetic "
         "phonics is consistently reinforced in trainees’ school placements, so that all trainees have "
         "sufficient opportunities to practise teaching phonics.", [
            ("P1.1", "Provide all placement schools with the phonics curriculum sequence and a weekly ‘practise "
                     "and apply’ log for trainees to complete with their mentor.", "Primary PGCE Programme Leader",
             "Autumn term 2025", "All trainees have taught at least 10 phonics sessions by the end of "
                                 "placement A.", "Achieved"),
            ("P1.2", "Deliver joint phonics training for school-based mentors, followed by quality assurance "
                     "visits to a sample of placement schools.", "Partnership Manager / Primary English Lead",
             "January 2026", "90% of primary mentors trained; QA visits show consistent phonics practice.",
             "Green"),
        ]),
        ("Leaders should make sure that mentors’ feedback to trainees focuses precisely on the components of the "
         "curriculum that trainees need to practise and improve.", [
            ("P2.1", "Revise the weekly development summary so that every mentor target is linked to a numbered "
                     "component of the ITE curriculum.", "Director of ITE", "September 2025",
             "New template in use in all primary placements.", "Achieved"),
            ("P2.2", "Sample 20% of weekly development summaries and give written feedback to mentors on the "
                     "precision of targets.", "Link Tutors", "Termly",
             "Sampling shows at least 85% of targets linked to curriculum components.", "Green"),
        ]),
    ]),
    ("Secondary phase", [
        ("Leaders should ensure that the subject-specific curriculum in modern foreign languages and computing "
         "sets out precisely what trainees should know and be able to do by the end of the course.", [
            ("S1.1", "Rewrite the MFL and computing curriculum maps to set out the core content trainees will "
                     "learn and the order in which they will learn it.", "Secondary Subject Leads (MFL, Computing)",
             "Summer term 2025", "Revised curriculum maps approved by the Curriculum Committee.", "Achieved"),
            ("S1.2", "Commission an external subject review of the revised MFL and computing curricula.",
             "Head of School of Education and Humanities", "March 2026",
             "External reviewer's report received and actions agreed.", "Amber"),
        ]),
        ("Leaders should strengthen the quality assurance of centre-based training that is delivered by subject "
         "specialists in partner schools.", [
            ("S2.1", "Introduce a shared observation schedule for centre-based sessions, with joint moderation by "
                     "university tutors.", "Secondary Programme Leader", "Dec 2025",
             "Every partner-school subject specialist observed at least once this year.", "Red"),
            ("S2.2", "Report quality assurance findings to the ITE Partnership Strategic Board.", "Director of ITE",
             "July 2026", "Annual QA report considered by the Strategic Board.", "Not started"),
        ]),
    ]),
]


def make_ug():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph("University of Gloucestershire  |  School of Education and Humanities")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(UG_TITLE, style="Title")
    doc.add_paragraph(
        "Ofsted inspected the University of Gloucestershire ITE partnership in February and March 2025 under the "
        "Initial teacher education (ITE) inspection framework. Primary and secondary phases were inspected. The "
        "report was published on 6 May 2025. This plan sets out how the partnership will address the areas for "
        "improvement. It is monitored by the ITE Partnership Strategic Board each term.")
    doc.add_paragraph("Last updated: 18 November 2025")
    k = doc.add_table(rows=2, cols=5)
    k.style = "Table Grid"
    labels = [("Achieved", BLUE), ("Green", GREEN), ("Amber", AMBER), ("Red", RED), ("Not started", None)]
    meaning = ["Action complete and impact evident", "On track", "Some concern – monitor closely",
               "Significant concern – escalate", "Not yet due to start"]
    for j, (lab, col) in enumerate(labels):
        set_cell(k.cell(0, j), lab, bold=True)
        if col:
            shade(k.cell(0, j), col)
        set_cell(k.cell(1, j), meaning[j])
    for phase, afis in UG_PHASES:
        doc.add_paragraph(phase, style="Heading 1")
        for i, (afi, acts) in enumerate(afis, 1):
            doc.add_paragraph(f"Area for improvement {i}", style="Heading 2")
            ap = doc.add_paragraph()
            run = ap.add_run(afi)
            run.italic = True
            t = doc.add_table(rows=1 + len(acts), cols=6)
            t.style = "Table Grid"
            for j, lab in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress (RAG)"]):
                set_cell(t.cell(0, j), lab, bold=True)
                shade(t.cell(0, j), "E7E6E6")
            for r, (ref, act, lead, when, sc, rag) in enumerate(acts, 1):
                for j, v in enumerate([ref, act, lead, when, sc, rag]):
                    set_cell(t.cell(r, j), v)
                if UG_RAG[rag]:
                    shade(t.cell(r, 5), UG_RAG[rag])
            doc.add_paragraph()
    doc.add_paragraph("Monitoring and review", style="Heading 1")
    doc.add_paragraph("Progress against this plan is reported to the ITE Partnership Strategic Board each term "
                      "and to the University's Academic Board annually.")
    doc.save(os.path.join(HERE, UG_FILE))


# ---------------------------------------------------------------------------
# 6. Johnnie Johnson Housing - internal audit recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
JJ_FILE = "oe2-johnnie-johnson-housing-internal-audit-recommendations-tracker-typo-month-refuse.csv"
JJ_TITLE = "Johnnie Johnson Housing – Internal Audit Recommendations Tracker"
JJ_HEADER = ["Audit", "Report date", "Assurance", "Rec ref", "Priority", "Recommendation",
             "Agreed management action", "Action owner", "Original due date", "Revised due date", "RAG",
             "Latest update"]
JJ_ROWS = [
    ["Responsive Repairs", "Jun-25", "Limited", "RR1", "High",
     "Variations to repair orders should be approved by a supervisor before the order value is increased.",
     "Configure the repairs system so that variations above £250 need supervisor approval before the order can be updated.",
     "Head of Property Services", "30/09/2025", "", "B", "Workflow change went live 22/09/2025. Verified by internal audit."],
    ["Responsive Repairs", "Jun-25", "Limited", "RR2", "Medium",
     "Post-inspections should be carried out on a risk-based sample of completed repairs.",
     "Introduce a monthly post-inspection sample of 5% of completed repairs, weighted towards high-value jobs.",
     "Repairs Manager", "31/10/2025", "31/01/2026", "A", "Surveyor vacancy filled from 5 January; sampling to start then."],
    ["Damp and Mould Case Management", "Jul-25", "Reasonable", "DM1", "High",
     "All damp and mould reports should be risk-assessed and categorised within five working days.",
     "Introduce a triage form and category field in the housing management system, with a weekly exception report.",
     "Head of Customer Services / Head of Property Services", "31/08/2025", "", "B", "Complete. Exception report reviewed weekly at the Damp and Mould Panel."],
    ["Damp and Mould Case Management", "Jul-25", "Reasonable", "DM2", "Medium",
     "Customers should be contacted after works to confirm the issue has been resolved.",
     "Add a six-week follow-up call to the damp and mould case workflow.",
     "Customer Insight Manager", "30/11/2025", "Febuary 2026", "A", "System change scheduled in the January release."],
    ["Tenancy Fraud", "Sep-25", "Substantial", "TF1", "Low",
     "The tenancy fraud policy should be updated to reflect the current legislation and reviewed every three years.",
     "Update and re-publish the tenancy fraud policy.",
     "Tenancy Services Manager", "31/12/2025", "", "G", "Draft with Leadership Team for approval."],
    ["Cyber Security", "Oct-25", "Limited", "CS1", "High",
     "Multi-factor authentication should be enforced for all remote access accounts.",
     "Enforce multi-factor authentication on all remote access and privileged accounts.",
     "Head of IT", "30/11/2025", "", "R", "Overdue – 14 legacy accounts still to be migrated."],
    ["Cyber Security", "Oct-25", "Limited", "CS2", "Medium",
     "A tested incident response plan should be in place for cyber incidents.",
     "Produce a cyber incident response plan and test it through a tabletop exercise with the Leadership Team.",
     "Head of IT; Information Governance Lead", "31/03/2026", "", "G", "Exercise booked for 18 February 2026."],
]


def jj_lines():
    w = len(JJ_HEADER)
    pad = [""] * (w - 1)
    return [
        [JJ_TITLE] + pad,
        ["Audit & Risk Committee – 25 November 2025. Position at 31 October 2025."] + pad,
        ["RAG: B = implemented; G = on track; A = revised date agreed; R = overdue"] + pad,
        [""] * w,
        JJ_HEADER,
    ] + JJ_ROWS + [
        [""] * w,
        ["Totals: 7 recommendations – 2 implemented, 2 on track, 2 revised date, 1 overdue"] + pad,
    ]


def make_jj():
    with open(os.path.join(HERE, JJ_FILE), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        for row in jj_lines():
            wr.writerow(row)


# ---------------------------------------------------------------------------
# 7. Disclosure and Barring Service - Board action log (tab-separated text)
# ---------------------------------------------------------------------------
DBS_FILE = "oe2-disclosure-and-barring-service-board-action-log.txt"
DBS_TITLE = "DBS Board – Action Log"
DBS_MEETINGS = [
    ("Board meeting – 24 July 2025", [
        ("B25/31", "5.2", "Provide the Board with an analysis of barring referral timeliness by referral source, "
                          "including police and local authority referrals.",
         "Director of Barring and Safeguarding", "Sep-25", "B",
         "Presented at the September Board (item 6). Propose closure.", None),
        ("B25/32", "7.1", "Circulate the revised Risk Appetite Statement to members for comment before approval.",
         "Board Secretary", "Sep-25", "B", "Circulated 8 August 2025; approved 25 September. Propose closure.", None),
        ("B25/33", "8", "Arrange a Board deep dive on the Digital Transformation Programme business case.",
         "Chief Operating Officer / Chief Digital Officer", "January 2026", "G",
         "Scheduled for the January 2026 strategy session.", None),
    ]),
    ("Board meeting – 25 September 2025", [
        ("B25/40", "4.3", "Report customer satisfaction results for basic checks alongside the quarterly "
                          "performance report.",
         "Director of Operations", "Q3 2025/26", "G", "First report due with the Q3 performance pack.", None),
        ("B25/41", "6.1", "Bring proposals to reduce the backlog of enhanced checks awaiting police information.",
         "Chief Operating Officer", "27/11/2025", "B", "Paper taken at November Board (item 5). Propose closure.",
         None),
        ("B25/42", "9", "Commission an independent review of Board effectiveness for 2025/26.",
         "Chair / Board Secretary", "March 2026", "G", "Three suppliers invited to quote.", None),
        ("B25/43", "10.2", "Update the Speaking Up policy and present it to the People and Remuneration Committee "
                           "for approval.",
         "Director of People", "31/10/2025", "R",
         "Delayed by consultation with the recognised trade unions; now planned for the January 2026 committee.",
         "Revised date to be confirmed by the Committee Chair."),
    ]),
    ("Board meeting – 27 November 2025", [
        ("B25/51", "5.1", "Share the refreshed Strategic Risk Register with the Audit and Risk Assurance Committee "
                          "Chair ahead of the February meeting.",
         "Head of Risk and Assurance", "Feb-26", "G", "", None),
        ("B25/52", "7.4", "Provide a note on the impact of the 2026/27 fee changes on the income forecast.",
         "Director of Finance and Corporate Services", "TBC", "", "Awaiting the Home Office fees decision.", None),
    ]),
]


def dbs_lines():
    lines = [
        "Disclosure and Barring Service",
        DBS_TITLE,
        "Open actions and actions closed since the last meeting. Updated 1 December 2025 by the Board Secretary.",
        "RAG: B = complete (propose for closure); G = on track; A = at risk of missing due date; R = overdue",
        "",
        "\t".join(["Action no.", "Minute ref", "Action", "Owner", "Due", "RAG", "Update"]),
    ]
    for meeting, acts in DBS_MEETINGS:
        lines.append(meeting)
        for no, minute, act, owner, due, rag, upd, cont in acts:
            lines.append("\t".join([no, minute, act, owner, due, rag, upd]))
            if cont:
                lines.append("\t".join(["", "", "", "", "", "", cont]))
    lines += ["", "Closed actions are removed from the log after they have been reported to one meeting."]
    return lines


def make_dbs():
    with open(os.path.join(HERE, DBS_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(dbs_lines()) + "\n")


if __name__ == "__main__":
    make_hny()
    make_wmp()
    make_rh()
    make_hv()
    make_ug()
    make_jj()
    make_dbs()
    print("built 7 files in", HERE)
