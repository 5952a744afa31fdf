"""Build the seven zqi- blind test files (set heldout711).

Run with /work/main/.venv/bin/python zqi_make.py  (writes next to this script).
Each DATA block holds the raw cell text written into the file; the readings
(lead list, end month, status) sit beside it so the expected files can be
checked against the same text.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "0070C0",
    "Y": "FFFF00",
}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Vale of Glamorgan Council - scrutiny decision tracking (tab-separated text)
# ---------------------------------------------------------------------------
VALE_FILE = "zqi-vale-of-glamorgan-council-scrutiny-recommendations-tracking.txt"

VALE_SECTIONS = [
    (
        "Uncompleted recommendations – April to September 2024",
        [
            # date, min no, title, recommendation, update, officer, target, status
            ("10/06/24", "67 (2)",
             "Annual Report of the Director of Social Services 2023/24 (DSS)",
             "(2) T H A T a progress report on the support offer for unpaid carers be presented to the Committee in six months.",
             "Report scheduled for the Committee's meeting on 10th March, 2025.",
             "Head of Adult Services", "March 2025", "On track"),
            ("08/07/24", "141 (1)",
             "Regional Partnership Board – Area Plan Annual Report 2023/24 (DSS)",
             "(1) T H A T Members receive a briefing note on waiting times for occupational therapy assessments in the Vale.",
             "Briefing note drafted; circulation held back pending validation of Quarter 2 data. Revised date agreed with the Chair.",
             "Operational Manager, Community Care / Principal Occupational Therapist",
             "30/09/2024 (revised 31/01/2025)", "Delayed"),
            ("09/09/24", "262 (3)",
             "Revenue and Capital Monitoring for the Period 1st April to 31st July, 2024 (DSS)",
             "(3) T H A T the Committee's concerns regarding the cost of external residential placements be referred to Cabinet for consideration.",
             "Cabinet, at its meeting on 3rd October, 2024, noted the Committee's concerns (Min. No. C212 refers).",
             "Democratic and Scrutiny Services Officer", "31/10/2024", "Completed"),
        ],
    ),
    (
        "Quarter 3 – October to December 2024",
        [
            ("14/10/24", "355 (1)",
             "Closer Look at Reablement Performance (DSS)",
             "(1) T H A T officers provide an analysis of reablement outcomes by locality for the 2024/25 mid-year position.",
             "Analysis being compiled by the Performance and Information Team.",
             "Head of Resource Management and Safeguarding", "28/02/2025", "On track"),
            ("14/10/24", "355 (2)",
             "Closer Look at Reablement Performance (DSS)",
             "(2) T H A T Members be invited to visit the Vale Community Resource Service base at Barry Hospital.",
             "Visit dates to be offered to Members in the new year.",
             "Operational Manager, Vale Community Resource Service", "31/03/2025", "Not started"),
            ("11/11/24", "420",
             "Safeguarding Adults Annual Report 2023/24 (DSS)",
             "T H A T the Committee receive the Cardiff and Vale Regional Safeguarding Board's update on learning from Adult Practice Reviews at a future meeting.",
             "Added to the Committee's Forward Work Programme for April 2025.",
             "Head of Resource Management and Safeguarding", "April 2025", "On track"),
            ("09/12/24", "489 (2)",
             "Ty Dyfan Residential Care Home – CIW Inspection Report (DSS)",
             "(2) T H A T the completed improvement plan be reported back to the Committee.",
             "Improvement plan completed; final update presented to the Committee on 9th December, 2024.",
             "Operational Manager, Residential Services", "December 2024", "Completed"),
            ("09/12/24", "490",
             "Carers Strategy Action Plan 2024-27 – Progress Update (DSS)",
             "T H A T a further update on the number and timeliness of carers' needs assessments be included in the 2025/26 work programme.",
             "To be scheduled when the 2025/26 work programme is agreed.",
             "Head of Adult Services", "TBC", "Not started"),
        ],
    ),
]

VALE_READ = [
    # lead list, end, end_text, status
    (["Head of Adult Services"], "2025-03", None, "green"),
    (["Operational Manager, Community Care", "Principal Occupational Therapist"], "2025-01", None, "amber"),
    (["Democratic and Scrutiny Services Officer"], "2024-10", None, "blue"),
    (["Head of Resource Management and Safeguarding"], "2025-02", None, "green"),
    (["Operational Manager, Vale Community Resource Service"], "2025-03", None, "unrated"),
    (["Head of Resource Management and Safeguarding"], "2025-04", None, "green"),
    (["Operational Manager, Residential Services"], "2024-12", None, "blue"),
    (["Head of Adult Services"], None, "TBC", "unrated"),
]


def make_vale():
    lines = [
        "The Vale of Glamorgan Council – Scrutiny Decision Tracking of Recommendations",
        "Healthy Living and Social Care Scrutiny Committee: 15th January, 2025 – Appendix A",
        "",
        "Status key: Completed (Blue) – action completed and agreed by Committee; On track (Green) – in progress and within target date; "
        "Delayed (Amber) – behind target date, revised date proposed; Not started – action not yet commenced.",
        "",
        "\t".join(["Meeting Date", "Min. No.", "Title", "Recommendation", "Action / Progress Update",
                   "Responsible Officer", "Target Date", "Status"]),
    ]
    for section, rows in VALE_SECTIONS:
        lines.append(section)
        for r in rows:
            lines.append("\t".join(r))
    lines += [
        "",
        "Note: recommendations agreed as completed by the Committee will be removed from the next quarterly report.",
        "Abbreviation: DSS – Director of Social Services.",
    ]
    with open(out(VALE_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 2. West Berkshire Council - Council Strategy delivery plan tracker (CSV)
# ---------------------------------------------------------------------------
WB_FILE = "zqi-west-berkshire-council-strategy-delivery-plan-tracker-q2-2025-26.csv"

WB_ROWS = [
    # priority, goal, ref, action, lead, target, q1, q2, comment
    ("Services we are proud of",
     "SP1 – Residents can reach us easily and get things right first time",
     "SP1.1", "Launch the new online customer account and contact platform for residents",
     "Service Director – Strategy and Governance", "Dec-25", "G", "G",
     "Build complete; resident panel testing under way in October."),
    ("", "", "SP1.2",
     "Reduce the backlog of overdue Freedom of Information and Subject Access requests to fewer than 20",
     "Head of Legal and Democratic Services", "Mar-26", "A", "G",
     "Backlog reduced from 142 to 38 at the end of September."),
    ("A fairer West Berkshire with opportunities for all",
     "FW1 – Children with SEND get the right support at the right time",
     "FW1.1", "Open additional specialist resource places for pupils with SEND in mainstream secondary schools",
     "Service Director – Education & SEND", "Autumn term 2025", "G", "Complete",
     "24 places opened across two secondary schools in September 2025."),
    ("", "", "FW1.2",
     "Increase the proportion of Education, Health and Care Plans issued within 20 weeks to 60%",
     "Service Director – Education & SEND / Head of SEND", "Q4 2025/26", "R", "A",
     "Timeliness 48% in Q2 (31% in Q1); additional case officers now in post."),
    ("Tackling the climate and ecological emergency",
     "CE1 – Reduce the Council's own carbon emissions",
     "CE1.1", "Install solar PV on a further six council-owned buildings",
     "Head of Environment", "Sep-25 (revised Jan-26)", "A", "A",
     "Four sites complete. Two sites delayed by grid connection approvals; revised date agreed by the Executive."),
    ("", "", "CE1.2",
     "Replace fleet vehicles under 3.5 tonnes with electric vehicles as leases end",
     "Head of Transport and Countryside", "Ongoing", "G", "G",
     "11 of 19 vehicles now electric."),
    ("A prosperous and resilient West Berkshire",
     "PR1 – Regenerate Newbury and our town centres",
     "PR1.1", "Deliver the first phase of the Newbury town centre masterplan:\nKennet Centre public realm improvements and wayfinding",
     "Service Director – Development and Regulation", "Jun-26", "G", "A",
     "Tender returns above budget; value engineering under way."),
    ("", "", "PR1.2",
     "Progress the Local Plan Review through examination to adoption",
     "Head of Development and Planning", "31/03/2026", "R", "R",
     "Further hearing sessions requested by the Inspector; adoption now expected after March 2026."),
    ("Thriving communities with a strong local voice",
     "TC1 – Support communities to help themselves",
     "TC1.1", "Launch a community grants scheme for voluntary and community sector organisations",
     "Service Lead – Communities and Wellbeing", "Jul-25", "G", "Complete",
     "Scheme launched 1 July 2025; 37 grants awarded in the first round."),
    ("", "", "TC1.2",
     "Hold quarterly engagement forums with residents' groups and parish and town councils",
     "Head of Customer Engagement and Transformation / Executive Director – Resources", "Quarterly", "G", "G",
     "Forums held in June and September 2025."),
]

WB_READ = [
    (["Service Director – Strategy and Governance"], "2025-12", None, "green"),
    (["Head of Legal and Democratic Services"], "2026-03", None, "green"),
    (["Service Director – Education & SEND"], "2025-12", None, "blue"),
    (["Service Director – Education & SEND", "Head of SEND"], "2026-03", None, "amber"),
    (["Head of Environment"], "2026-01", None, "amber"),
    (["Head of Transport and Countryside"], None, "Ongoing", "green"),
    (["Service Director – Development and Regulation"], "2026-06", None, "amber"),
    (["Head of Development and Planning"], "2026-03", None, "red"),
    (["Service Lead – Communities and Wellbeing"], "2025-07", None, "blue"),
    (["Head of Customer Engagement and Transformation", "Executive Director – Resources"], None, "Quarterly", "green"),
]


def make_wb():
    ncol = 9
    blank = [""] * ncol
    rows = [
        ["West Berkshire Council – Council Strategy 2023-2027"] + [""] * (ncol - 1),
        ["Council Strategy Delivery Plan – Quarter 2 2025/26 progress tracker (position at 30 September 2025)"] + [""] * (ncol - 1),
        blank,
        ["Priority", "Goal", "Ref", "Key action / milestone", "Lead officer", "Target date",
         "Q1 RAG (Jun-25)", "Q2 RAG (Sep-25)", "Q2 commentary"],
    ]
    for r in WB_ROWS:
        rows.append(list(r))
    rows += [
        blank,
        ["RAG key: G = on track; A = at risk or minor slippage; R = off track or significant slippage; Complete = action delivered"] + [""] * (ncol - 1),
        ["Performance measures for each priority are reported separately in the Q2 Performance Report to the Executive."] + [""] * (ncol - 1),
    ]
    with open(out(WB_FILE), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# helpers for openpyxl
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hexcode):
    return PatternFill(fill_type="solid", start_color=hexcode, end_color=hexcode)


# ---------------------------------------------------------------------------
# 3. Stockton-on-Tees BC - monitoring previously agreed scrutiny recommendations (xlsx)
# ---------------------------------------------------------------------------
STK_FILE = "zqi-stockton-on-tees-bc-scrutiny-review-recommendations-monitoring.xlsx"

STK_REVIEWS = [
    (
        "Adult Safeguarding",
        "Scrutiny Review of Adult Safeguarding",
        "Adult Social Care and Health Select Committee – action plan and progress update (approved by Cabinet 14 March 2024)",
        [
            ("1) The Council and Teeswide Safeguarding Adults Board partners raise public awareness of how to report an adult safeguarding concern, including through the Council's website and libraries.",
             [
                 ("Refresh the adult safeguarding pages on the Council website and publish an easy-read guide to reporting a concern",
                  "Head of Adult Safeguarding", "June 2024",
                  "Pages refreshed and easy-read guide published in June 2024.", 1),
                 ("Run a safeguarding awareness week in libraries and community hubs with voluntary sector partners",
                  "Head of Adult Safeguarding / Community Participation Team Leader", "November 2024",
                  "Awareness week held 18–22 November 2024 across six libraries.", 1),
             ]),
            ("2) Training on self-neglect and hoarding is made available to frontline staff in Adult Social Care, housing and community safety teams.",
             [
                 ("Develop a self-neglect and hoarding e-learning module on the Council's learning platform",
                  "Workforce Development Manager", "September 2024 (revised to March 2025)",
                  "Content drafted with the Teeswide SAB; upload delayed by the learning platform upgrade.", 3),
                 ("Deliver multi-agency self-neglect workshops for housing and enforcement officers",
                  "Teeswide Safeguarding Adults Board Business Manager", "March 2025",
                  "Two of four workshops delivered.", 2),
             ]),
            ("3) The Select Committee receives an annual update on Making Safeguarding Personal performance measures.",
             [
                 ("Include Making Safeguarding Personal outcome measures in the annual Adults, Health and Wellbeing performance report to the Committee",
                  "Service Lead – Quality Assurance and Performance", "Annually",
                  "First annual update scheduled for the Committee in June 2025.", 2),
             ]),
        ],
    ),
    (
        "Access to GP",
        "Scrutiny Review of Access to GP and Primary Care",
        "Adult Social Care and Health Select Committee – action plan and progress update (approved by Cabinet 18 July 2024)",
        [
            ("1) NHS North East and North Cumbria Integrated Care Board works with practices to improve telephone access and explains to patients the range of roles now working in primary care.",
             [
                 ("Roll out cloud-based telephony to all GP practices in Stockton-on-Tees",
                  "Head of Primary Care (Tees Valley), NENC ICB", "31/03/2025",
                  "21 of 24 practices live; remaining three booked for February.", 2),
                 ("Publish a 'Who's who in your GP practice' leaflet explaining the roles of clinical pharmacists, paramedics and social prescribers",
                  "NENC ICB Communications Team / Healthwatch Stockton-on-Tees", "October 2024",
                  "Not yet published; awaiting regional sign-off.", 4),
             ]),
            ("2) The Council's Public Health team supports practices to promote the NHS App and digital access for older residents.",
             [
                 ("Deliver digital inclusion sessions on using the NHS App at libraries and community centres",
                  "Director of Public Health / Digital Inclusion Officer", "December 2024",
                  "Sessions delivered at eight venues; 212 residents attended.", 1),
                 ("Include NHS App promotion in each edition of Stockton News",
                  "Head of Communications", "Quarterly",
                  "Articles included in the Autumn and Winter editions.", 2),
             ]),
        ],
    ),
]

STK_READ = [
    (["Head of Adult Safeguarding"], "2024-06", None, "blue"),
    (["Head of Adult Safeguarding", "Community Participation Team Leader"], "2024-11", None, "blue"),
    (["Workforce Development Manager"], "2025-03", None, "amber"),
    (["Teeswide Safeguarding Adults Board Business Manager"], "2025-03", None, "green"),
    (["Service Lead – Quality Assurance and Performance"], None, "Annually", "green"),
    (["Head of Primary Care (Tees Valley), NENC ICB"], "2025-03", None, "green"),
    (["NENC ICB Communications Team", "Healthwatch Stockton-on-Tees"], "2024-10", None, "red"),
    (["Director of Public Health", "Digital Inclusion Officer"], "2024-12", None, "blue"),
    (["Head of Communications"], None, "Quarterly", "green"),
]


def make_stockton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Monitoring the Impact of Previously Agreed Scrutiny Recommendations"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Stockton-on-Tees Borough Council – Adult Social Care and Health Select Committee, 16 January 2025"
    hdr = ["Review", "Cabinet approval", "Recommendations", "Agreed actions",
           "1 Fully achieved", "2 On-track", "3 Slipped", "4 Not achieved"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
    summary = []
    for _sheet, title, _sub, recs in STK_REVIEWS:
        counts = [0, 0, 0, 0]
        nact = 0
        for _rec, acts in recs:
            for a in acts:
                counts[a[4] - 1] += 1
                nact += 1
        summary.append((title, len(recs), nact, counts))
    approvals = ["March 2024", "July 2024"]
    r = 5
    tot = [0, 0, 0, 0, 0, 0]
    for (title, nrec, nact, counts), appr in zip(summary, approvals):
        vals = [title, appr, nrec, nact] + counts
        for c, v in enumerate(vals, 1):
            ws.cell(row=r, column=c, value=v).border = BOX
        tot = [t + v for t, v in zip(tot, [nrec, nact] + counts)]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = BOLD
    for c, v in enumerate(tot, 3):
        ws.cell(row=r, column=c, value=v).font = BOLD
    ws.column_dimensions["A"].width = 48
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 16

    for sheet, title, sub, recs in STK_REVIEWS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = sub
        ws["A3"] = "Assessment of progress: 1 = Fully achieved; 2 = On-track; 3 = Slipped; 4 = Not achieved"
        ws["A3"].font = Font(italic=True)
        hdr = ["Recommendation", "Agreed Action", "Responsibility", "Date for completion",
               "Progress update (January 2025)", "Assessment of progress"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = BOLD
            cell.fill = fill("D9E1F2")
            cell.border = BOX
            cell.alignment = WRAP
        r = 6
        for rec, acts in recs:
            start = r
            ws.cell(row=r, column=1, value=rec)
            for action, resp, date, upd, score in acts:
                vals = [None, action, resp, date, upd, score]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c)
                    if v is not None:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=start, column=1).alignment = WRAP
        widths = [42, 46, 30, 22, 40, 14]
        for i, wdt in enumerate(widths):
            ws.column_dimensions["ABCDEF"[i]].width = wdt
    wb.save(out(STK_FILE))


# ---------------------------------------------------------------------------
# 4. Council of the Isles of Scilly - Ofsted monitoring visit action plan (xlsx)
# ---------------------------------------------------------------------------
IOS_FILE = "zqi-council-of-the-isles-of-scilly-ofsted-monitoring-visit-action-plan.xlsx"

IOS_PRIORITIES = [
    ("Priority 1: Identifying and responding to risk",
     "Risks for some children are not identified, which results in them remaining in situations where the severity of risk and need is not clearly understood.",
     [
         ("1.1", "Introduce a weekly front door risk review of all contacts and referrals received in the previous seven days",
          "Head of Children's Social Care", "Essex County Council (Partner in Practice)",
          dt.date(2024, 7, 31), None, "G", "B",
          "Weekly review in place since 8 July 2024; decisions recorded on the child's file."),
         ("1.2", "Deliver risk analysis and safety planning training to all social workers, family support workers and the Early Help team",
          "Principal Social Worker", "Essex County Council practice leads",
          dt.date(2024, 9, 30), dt.date(2024, 11, 30), "A", "A",
          "Two of three sessions delivered; final session moved to November so that new starters can attend."),
     ]),
    ("Priority 2: Thresholds and management decision-making",
     "Management practice decisions are inconsistent and not always in children's best interests.",
     [
         ("2.1", "Refresh the Continuum of Need threshold guidance with island partners and relaunch it at a multi-agency briefing",
          "Interim Director of Children's Services / Designated Safeguarding Lead, Five Islands Academy",
          "Health and Care Group; Devon and Cornwall Police",
          dt.date(2024, 9, 30), None, "G", "G",
          "Draft agreed by partners; relaunch briefing booked for 15 October 2024."),
         ("2.2", "Introduce a management oversight template on the case management system, with fortnightly dip-sampling of supervision records",
          "Team Manager, Children's Social Care", "",
          dt.date(2024, 8, 31), dt.date(2024, 10, 31), "R", "A",
          "Template live; dip-sampling started in September, first findings due to the Improvement Board in October."),
         ("2.3", "Commission an independent audit of children's records by Essex County Council practice leads and report the findings to the Improvement Board",
          "Interim Director of Children's Services", "Essex County Council",
          dt.date(2024, 12, 31), None, None, "G",
          "Audit dates confirmed for November 2024."),
     ]),
    ("Priority 3: Multi-agency working and information sharing",
     "There has been some deterioration in the quality of multi-agency working and in the application of thresholds for intervention.",
     [
         ("3.1", "Agree a multi-agency information sharing protocol with health, police and education partners on the islands",
          "Head of Children's Social Care", "Information Governance Officer",
          dt.date(2024, 11, 30), None, "A", "G",
          "Protocol drafted and with partners for comment."),
         ("3.2", "Hold a monthly multi-agency safeguarding meeting on St Mary's, with mainland partners joining remotely",
          "Head of Children's Social Care", "All island partners",
          "Monthly", None, "G", "G",
          "Meetings held in July, August and September 2024."),
     ]),
    ("Priority 4: Workforce, leadership and pace of change",
     "The pace of change is too slow, with the impact being that children are not receiving the right help at the right time often enough.",
     [
         ("4.1", "Recruit a permanent Head of Children's Social Care and a second permanent social worker",
          "Chief Executive / Interim Director of Children's Services", "HR Business Partner",
          dt.date(2024, 10, 31), dt.date(2025, 3, 31), "A", "R",
          "No appointment from the first campaign; second campaign with relocation package launches in October."),
         ("4.2", "Report progress against this plan to the Children's Services Improvement Board and to Full Council every quarter",
          "Interim Director of Children's Services", "",
          "Quarterly", None, "G", "G",
          "Reported to the Improvement Board on 24 September 2024."),
     ]),
]

IOS_READ = [
    (["Head of Children's Social Care"], "2024-07", None, "blue"),
    (["Principal Social Worker"], "2024-11", None, "amber"),
    (["Interim Director of Children's Services", "Designated Safeguarding Lead, Five Islands Academy"], "2024-09", None, "green"),
    (["Team Manager, Children's Social Care"], "2024-10", None, "amber"),
    (["Interim Director of Children's Services"], "2024-12", None, "green"),
    (["Head of Children's Social Care"], "2024-11", None, "green"),
    (["Head of Children's Social Care"], None, "Monthly", "green"),
    (["Chief Executive", "Interim Director of Children's Services"], "2025-03", None, "red"),
    (["Interim Director of Children's Services"], None, "Quarterly", "green"),
]


def make_scilly():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Council of the Isles of Scilly – Children's Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ofsted Monitoring Visit Action Plan"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A4"] = "Monitoring visit: 14 and 15 May 2024 (second monitoring visit following the inspection of July 2023)"
    ws["A5"] = "Plan owner: Interim Director of Children's Services"
    ws["A6"] = "Oversight: Children's Services Improvement Board (independent chair) and Full Council"
    ws["A8"] = "Version"
    ws["B8"] = "Date"
    ws["C8"] = "Changes"
    for c in ("A8", "B8", "C8"):
        ws[c].font = BOLD
        ws[c].border = BOX
    versions = [("1.0", "05/07/2024", "First draft for the Improvement Board"),
                ("2.0", "29/07/2024", "Agreed by Full Council"),
                ("2.1", "30/09/2024", "Quarterly progress update; revised dates for 1.2, 2.2 and 4.1")]
    for i, v in enumerate(versions, 9):
        for c, val in enumerate(v, 1):
            ws.cell(row=i, column=c, value=val).border = BOX
    ws["A13"] = "RAG key"
    ws["A13"].font = BOLD
    key = [("B", "Blue", "Action complete"), ("G", "Green", "On track"),
           ("A", "Amber", "At risk of slipping or revised date agreed"), ("R", "Red", "Off track")]
    for i, (k, name, meaning) in enumerate(key, 14):
        ws.cell(row=i, column=1, value=name).fill = fill(RAG_HEX[k])
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Ofsted Monitoring Visit Action Plan – progress at 30 September 2024"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Ofsted finding (monitoring visit letter, June 2024)", "Action", "Lead",
           "Support / partners", "Original target date", "Revised target date",
           "Previous RAG (July 2024)", "Current RAG (Sept 2024)", "Progress update / evidence"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("1F3864")
        cell.font = Font(bold=True, color="FFFFFF")
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for prio, finding, acts in IOS_PRIORITIES:
        ws.cell(row=r, column=1, value=prio).font = BOLD
        for c in range(1, 11):
            ws.cell(row=r, column=c).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        start = r
        ws.cell(row=r, column=2, value=finding)
        for ref, action, lead, support, orig, rev, prev, cur, upd in acts:
            vals = {1: ref, 3: action, 4: lead, 5: support or None, 6: orig, 7: rev, 10: upd}
            for c in range(1, 11):
                cell = ws.cell(row=r, column=c)
                if c in vals and vals[c] is not None:
                    cell.value = vals[c]
                cell.alignment = WRAP
                cell.border = BOX
            for c in (6, 7):
                if isinstance(ws.cell(row=r, column=c).value, dt.date):
                    ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=8, value=prev).fill = fill(RAG_HEX[prev])
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=9).fill = fill(RAG_HEX[cur])  # colour only, no text
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start, column=2).alignment = WRAP
    widths = [7, 38, 46, 30, 26, 13, 13, 11, 11, 44]
    for i, wdt in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = wdt

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of current RAG ratings – 30 September 2024"
    ws["A1"].font = BOLD
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _p, _f, acts in IOS_PRIORITIES:
        for a in acts:
            counts[a[7]] += 1
    rows = [("Blue – complete", counts["B"], "B"), ("Green – on track", counts["G"], "G"),
            ("Amber – at risk / revised date", counts["A"], "A"), ("Red – off track", counts["R"], "R")]
    for i, (lab, n, k) in enumerate(rows, 3):
        ws.cell(row=i, column=1, value=lab).fill = fill(RAG_HEX[k])
        ws.cell(row=i, column=2, value=n)
    ws.cell(row=7, column=1, value="Total actions").font = BOLD
    ws.cell(row=7, column=2, value=sum(counts.values())).font = BOLD
    ws.column_dimensions["A"].width = 34
    wb.save(out(IOS_FILE))


# ---------------------------------------------------------------------------
# 5. Together4Children RAA - service development plan (xlsx, refuse case)
# ---------------------------------------------------------------------------
T4C_FILE = "zqi-together4children-raa-service-development-plan-2025-26-typo-month-refuse.xlsx"

T4C_PRIORITIES = [
    ("Priority 1 – Recruitment and sufficiency of adopters", [
        ("1.1", "Increase enquiry-to-application conversion", "Run a targeted recruitment campaign for adopters for sibling groups and children over four, aligned to the Adoption England national campaign",
         "Recruitment and Assessment Team Manager", "All four LAs", "September 2025", "G",
         "Campaign ran 1–30 September; 64 enquiries (up 22% on 2024)."),
        ("1.2", "Reduce time from application to approval", "Introduce a fast-track Stage 1 process for adopters with previous fostering or adoption experience",
         "Recruitment and Assessment Team Manager", "Staffordshire / Telford & Wrekin", "March 2026", "G",
         "Process agreed by the Adoption Panel Chair; first two households under way."),
    ]),
    ("Priority 2 – Early permanence", [
        ("2.1", "More children benefit from early permanence placements", "Recruit and approve six additional early permanence (Fostering for Adoption) carers across the region",
         "Family Finding Team Manager", "Shropshire / Stoke-on-Trent", "March 2026", "A",
         "Two households approved; four in assessment."),
        ("2.2", "Consistent early permanence practice", "Deliver joint early permanence training for LA social workers and Children's Guardians",
         "Practice Development Lead", "All four LAs; Cafcass", "December 2025", "G",
         "Training dates confirmed with Cafcass for November."),
    ]),
    ("Priority 3 – Adoption support", [
        ("3.1", "Timely assessment of adoption support needs", "Clear the waiting list for adoption support needs assessments to no more than 8 weeks",
         "Adoption Support Team Manager", "All four LAs", "Novmber 2025", "A",
         "Waiting time 11 weeks at end of Q2 (16 weeks at end of Q1)."),
        ("3.2", "Support for families in crisis", "Launch a peer support group for adoptive parents of teenagers in partnership with PAC-UK",
         "Adoption Support Team Manager", "Telford & Wrekin", "January 2026", "G",
         "Venue secured; facilitators trained."),
    ]),
    ("Priority 4 – Adopted adults and birth relatives", [
        ("4.1", "Improve access to records", "Reduce waiting times for adopted adults' access to birth records counselling to under 12 weeks",
         "Adoption Support Team Manager", "All four LAs", "February 2026", "R",
         "Backlog increased after the Stoke-on-Trent records transfer; additional sessional counsellor requested."),
    ]),
    ("Priority 5 – Workforce and practice", [
        ("5.1", "Stable, skilled workforce", "Recruit to two vacant senior social worker posts and reduce agency use to below 10%",
         "Head of Regional Adoption Agency", "Staffordshire (host)", "October 2025", "B",
         "Both posts filled; agency use at 6%."),
        ("5.2", "Learning from practice", "Complete a themed audit of life story work and later life letters and share findings at the Partnership Board",
         "Practice Development Lead", "All four LAs", "March 2026", "G",
         "Audit tool agreed; sampling in November."),
    ]),
]

T4C_REFUSE_ROW = None  # filled by make_t4c


def make_t4c():
    global T4C_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan on a page"
    ws["A1"] = "Together4Children – Regional Adoption Agency"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service Development Plan 2025-26: plan on a page"
    ws["A4"] = "Our vision: every child who needs an adoptive family finds the right family without delay, and every adoptive family gets the support it needs for life."
    ws["A6"] = "Our priorities for 2025-26 (aligned to the Adoption England strategy)"
    ws["A6"].font = BOLD
    for i, (p, _acts) in enumerate(T4C_PRIORITIES, 7):
        ws.cell(row=i, column=1, value=p)
    ws["A13"] = "Governance: RAA Partnership Board (Directors of Children's Services of the four partner councils), quarterly."
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("SDP 2025-26")
    ws["A1"] = "Together4Children – Regional Adoption Agency"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Service Development Plan 2025-26"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Hosted by Staffordshire County Council on behalf of Shropshire Council, Stoke-on-Trent City Council and Telford & Wrekin Council"
    ws["A4"] = "Last updated: 10 October 2025 (Q2 update for the RAA Partnership Board)"
    hdr = ["Ref", "Objective", "Action", "Lead", "Partner LA(s)", "Target date", "RAG", "Q2 update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    r = 7
    for prio, acts in T4C_PRIORITIES:
        ws.cell(row=r, column=1, value=prio).font = BOLD
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, obj, action, lead, las, target, rag, upd in acts:
            vals = [ref, obj, action, lead, las, target, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=7).fill = fill(RAG_HEX[rag])
            if target.startswith("Novmber"):
                T4C_REFUSE_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some slippage; R = off track. Figures are provisional until validated by the Adoption England ASGLB return.")
    widths = [6, 30, 52, 30, 24, 14, 6, 44]
    for i, wdt in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = wdt

    ws = wb.create_sheet("Glossary")
    gl = [("ASGLB", "Adoption and Special Guardianship Leadership Board"),
          ("EP", "Early permanence (including Fostering for Adoption and concurrent planning)"),
          ("RAA", "Regional Adoption Agency"),
          ("PAC-UK", "Post-adoption support charity")]
    ws["A1"] = "Glossary"
    ws["A1"].font = BOLD
    for i, (a, b) in enumerate(gl, 2):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
    ws.column_dimensions["B"].width = 70
    wb.save(out(T4C_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 6. Slough local area SEND - written statement of action (docx, table per area)
# ---------------------------------------------------------------------------
SLO_FILE = "zqi-slough-local-area-send-written-statement-of-action.docx"

SLO_AREAS = [
    ("Area of Significant Weakness 1: Joint leadership and strategy",
     "Leaders across the council, Slough Children First and the CCG have not worked together effectively to develop and implement a shared strategy for the 2014 SEND reforms.",
     [
         ("1.1", "Establish a SEND Partnership Board, with an independent chair and parent carer forum representation, to oversee delivery of this Written Statement of Action",
          "Executive Director of People (Children) / Chief Executive, Slough Children First", "April 2022",
          "Board meets monthly; terms of reference published on the Local Offer", "Complete", "B"),
         ("1.2", "Co-produce and publish a Slough SEND Strategy 2022–2025 with children, young people, parents and carers",
          "Associate Director, Education & Inclusion", "Sept 2022 – Dec 2022",
          "Strategy published; 80% of Partnership Board members can describe its priorities", "On track", "G"),
     ]),
    ("Area of Significant Weakness 2: Co-production with parents and carers",
     "Too many parents and carers do not feel understood, welcomed or helped, and the local area does not work with families as equal partners.",
     [
         ("2.1", "Agree a co-production charter with the Slough Parent Carer Forum and build it into the terms of reference of every SEND workstream",
          "Head of SEND / Parent Carer Forum Chair", "By 31 July 2022",
          "Charter signed by all partners; parent carer survey shows improved confidence", "Some slippage", "A"),
     ]),
    ("Area of Significant Weakness 3: The voice of children and young people",
     "The views of children and young people with SEND are overlooked in strategic planning and are not captured well in their EHC plans.",
     [
         ("3.1", "Set up a SEND Youth Forum and report its views to each SEND Partnership Board meeting",
          "Participation and Engagement Lead", "Summer term 2022",
          "Youth Forum meets half-termly; minutes show its views acted on", "On track", "G"),
         ("3.2", "Make an 'All about me' section, completed with the child or young person, a required part of every new EHC plan",
          "SEND Service Manager", "Q2 2022/23",
          "Audit shows the child's voice evident in 90% of new plans", "Complete", "B"),
     ]),
    ("Area of Significant Weakness 4: Timeliness of EHC needs assessments and plans",
     "Too many EHC needs assessments and annual reviews are not completed within statutory timescales.",
     [
         ("4.1", "Implement an EHC recovery plan to clear the backlog of overdue needs assessments:\n• recruit four additional SEND case officers\n• commission additional educational psychology capacity",
          "Head of SEND", "March 2023",
          "60% of new EHC plans issued within 20 weeks by March 2023", "Some slippage", "A"),
     ]),
    ("Area of Significant Weakness 5: Waiting times for health services",
     "Waiting times for occupational therapy and neurodevelopmental assessments are unacceptably long.",
     [
         ("5.1", "Commission additional occupational therapy assessment capacity and publish waiting times on the Local Offer every quarter",
          "Designated Clinical Officer (Frimley CCG)", "Q3 2022/23",
          "No child waits more than 18 weeks for an OT assessment", "Off track", "R"),
     ]),
    ("Area of Significant Weakness 6: Joint commissioning",
     "Joint commissioning arrangements are underdeveloped, leaving gaps in provision such as the absence of a dysphagia service for children over five.",
     [
         ("6.1", "Agree a joint commissioning framework for SEND between the council and the CCG, starting with a paediatric dysphagia pathway",
          "Head of Commissioning (People) / Associate Director of Children's Commissioning, Frimley CCG", "Ongoing",
          "Dysphagia pathway commissioned; framework reviewed by the Partnership Board", "On track", "G"),
     ]),
    ("Area of Significant Weakness 7: Social care for children and young people with SEND",
     "The social care needs of children and young people with SEND are not consistently identified, assessed and met.",
     [
         ("7.1", "Ensure social care advice from Slough Children First is requested for every EHC needs assessment and quality assured by the Children with Disabilities Team Manager",
          "Children with Disabilities Team Manager (SCF)", "w/c 05/09/22",
          "Social care advice received within 6 weeks for 90% of assessments", "On track", "G"),
     ]),
]

SLO_READ = [
    (["Executive Director of People (Children)", "Chief Executive, Slough Children First"], "2022-04", None, "blue"),
    (["Associate Director, Education & Inclusion"], "2022-12", None, "green"),
    (["Head of SEND", "Parent Carer Forum Chair"], "2022-07", None, "amber"),
    (["Participation and Engagement Lead"], "2022-07", None, "green"),
    (["SEND Service Manager"], "2022-09", None, "blue"),
    (["Head of SEND"], "2023-03", None, "amber"),
    (["Designated Clinical Officer (Frimley CCG)"], "2022-12", None, "red"),
    (["Head of Commissioning (People)", "Associate Director of Children's Commissioning, Frimley CCG"], None, "Ongoing", "green"),
    (["Children with Disabilities Team Manager (SCF)"], "2022-09", None, "green"),
]


def make_slough():
    doc = Document()
    landscape(doc)
    doc.add_heading("Slough Local Area Written Statement of Action", level=0)
    doc.add_paragraph("Special educational needs and disabilities (SEND) – Slough Borough Council, Slough Children First and NHS Frimley Clinical Commissioning Group")
    doc.add_paragraph("Local area SEND inspection: 27 September – 1 October 2021. Written Statement of Action submitted to Ofsted and CQC: 18 February 2022. Progress update: October 2022.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        bold_cell(t.rows[0].cells[i], h)
    for v in [("0.3", "04/02/2022", "SEND Improvement Lead", "Draft for Cabinet"),
              ("1.0", "18/02/2022", "SEND Improvement Lead", "Submitted to Ofsted and CQC"),
              ("1.2", "14/10/2022", "SEND Improvement Lead", "Progress ratings updated for SEND Partnership Board")]:
        cells = t.add_row().cells
        for i, val in enumerate(v):
            cells[i].text = val

    doc.add_heading("Progress rating key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, code, meaning in [("Complete", "B", "Action completed and evidence of impact seen"),
                                ("On track", "G", "Action under way and on schedule"),
                                ("Some slippage", "A", "Action behind schedule; mitigation in place"),
                                ("Off track", "R", "Action significantly delayed; escalated to SEND Partnership Board")]:
        cells = k.add_row().cells
        cells[0].text = word
        shade(cells[0], RAG_HEX[code])
        cells[1].text = meaning

    doc.add_paragraph("The local area partnership will report progress against each action to the SEND Partnership Board monthly and to the Department for Education and NHS England at each formal review meeting.")

    for heading, weakness, acts in SLO_AREAS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells
        m = top[0].merge(top[5])
        m.text = weakness
        shade(m, "DEEAF6")
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Measure of success", "Progress (Oct 2022)"]):
            bold_cell(t.rows[1].cells[i], h)
        for ref, action, lead, when, measure, word, code in acts:
            cells = t.add_row().cells
            cells[0].text = ref
            cells[1].text = action
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = measure
            cells[5].text = word
            shade(cells[5], RAG_HEX[code])

    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the local area partnership: Leader of Slough Borough Council; Chief Executive, Slough Children First; Accountable Officer, NHS Frimley CCG.")
    doc.save(out(SLO_FILE))


# ---------------------------------------------------------------------------
# 7. Wrexham JICPA - multi-agency improvement plan (docx, one table, merged theme rows)
# ---------------------------------------------------------------------------
WRX_FILE = "zqi-wrexham-jicpa-multi-agency-improvement-plan.docx"

WRX_THEMES = [
    ("Theme 1: Recognising and responding to concerns", [
        ("Recommendation 1: Partners should make sure that professional referrers are consistently told the outcome of their referral and the reasons for the decision.", [
            ("1.1", "Introduce a standard outcome letter to professional referrers within 7 working days of the Information, Advice and Assistance (IAA) decision",
             "WCBC", "Service Manager, IAA and Safeguarding", "31/12/2025", "Y",
             "Letter template agreed; in use for police and education referrals since September."),
            ("1.2", "Update North Wales Police guidance so that officers submitting a Public Protection Notice (PPN) receive feedback on the outcome through the Central Referral Unit",
             "NWP", "Detective Chief Inspector, Central Referral Unit", "30/11/2025", "G",
             "Guidance reissued to all Central area officers on 20 October 2025."),
        ]),
        ("Recommendation 2: Health and education should be consistently invited to, and contribute to, strategy discussions.", [
            ("2.1", "Amend the strategy discussion template so that health and education attendance, or the reason for non-attendance, is always recorded",
             "WCBC / BCUHB", "Head of Children's Services / Named Nurse Safeguarding Children (Wrexham)", "September 2025", "G",
             "Template changed on the case management system from 1 September 2025."),
            ("2.2", "Agree how schools' Designated Safeguarding Persons contribute to strategy discussions during school holidays",
             "Education", "Lead Officer for Safeguarding in Education", "Summer term 2026", None,
             "Not started – to follow the autumn term audit."),
        ]),
    ]),
    ("Theme 2: Assessment, planning and review", [
        ("Recommendation 3: Care and support protection plans (CASPP) should be specific and measurable, and focus on the child's lived experience.", [
            ("3.1", "Deliver CASPP quality workshops for social workers, health visitors and school nurses, using the Wales Safeguarding Procedures practice guides",
             "WCBC / BCUHB", "Principal Social Worker", "March 2026", "Y",
             "Three of five workshops delivered; 86 practitioners attended."),
            ("3.2", "Carry out a quarterly multi-agency audit of ten CASPPs and report the findings to the Wrexham Local Delivery Group",
             "All partners", "Chair, Wrexham Local Delivery Group", "Quarterly", "A",
             "Q2 audit delayed by health staff availability; now booked for November."),
        ]),
    ]),
    ("Theme 3: Leadership, governance and oversight", [
        ("Recommendation 4: The North Wales Safeguarding Board should strengthen its oversight of multi-agency child protection performance information for Wrexham.", [
            ("4.1", "Develop a Wrexham child protection performance dashboard for the NWSB Joint Operational Group",
             "NWSB", "NWSB Business Manager / Performance and Information Manager (WCBC)", "January 2026", "R",
             "Data sharing agreement with BCUHB not yet signed; dashboard build paused."),
        ]),
        ("Recommendation 5: Partners should improve their understanding of, and response to, the risks to children who are electively home educated.", [
            ("5.1", "Establish an information sharing pathway between the Elective Home Education team, health visiting and school nursing",
             "WCBC / BCUHB", "Elective Home Education Officer", "31/01/2026", "Y",
             "Pathway drafted and with BCUHB information governance for approval."),
            ("5.2", "Include learning about elective home education in NWSB practice learning briefings",
             "NWSB", "NWSB Business Manager", "Ongoing", "Y",
             "First briefing circulated in October 2025."),
        ]),
    ]),
]

WRX_READ = [
    (["Service Manager, IAA and Safeguarding"], "2025-12", None, "green"),
    (["Detective Chief Inspector, Central Referral Unit"], "2025-11", None, "blue"),
    (["Head of Children's Services", "Named Nurse Safeguarding Children (Wrexham)"], "2025-09", None, "blue"),
    (["Lead Officer for Safeguarding in Education"], "2026-07", None, "unrated"),
    (["Principal Social Worker"], "2026-03", None, "green"),
    (["Chair, Wrexham Local Delivery Group"], None, "Quarterly", "amber"),
    (["NWSB Business Manager", "Performance and Information Manager (WCBC)"], "2026-01", None, "red"),
    (["Elective Home Education Officer"], "2026-01", None, "green"),
    (["NWSB Business Manager"], None, "Ongoing", "green"),
]


def make_wrexham():
    doc = Document()
    landscape(doc)
    doc.add_heading("Joint Inspection of Child Protection Arrangements (JICPA) – Wrexham Multi-Agency Improvement Plan", level=0)
    doc.add_paragraph("Partners: Wrexham County Borough Council (WCBC), Betsi Cadwaladr University Health Board (BCUHB), North Wales Police (NWP) and schools in Wrexham. "
                      "Oversight: North Wales Safeguarding Board (NWSB) Joint Operational Group and the Wrexham Local Delivery Group.")
    doc.add_paragraph("Inspection: 12–16 May 2025 (CIW, HIW, HMICFRS and Estyn). Report published: 11 August 2025. Plan version 1.2 – progress as at 31 October 2025.")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"]):
        bold_cell(t.rows[0].cells[i], h)
    for v in [("1.0", "29/08/2025", "NWSB Business Manager", "Plan agreed by the Joint Operational Group"),
              ("1.1", "30/09/2025", "NWSB Business Manager", "Leads confirmed for Recommendation 5"),
              ("1.2", "31/10/2025", "NWSB Business Manager", "October progress update")]:
        cells = t.add_row().cells
        for i, val in enumerate(v):
            cells[i].text = val

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Progress key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, meaning in [("G", "Completed"), ("Y", "In progress – on track"),
                          ("A", "In progress – some slippage"), ("R", "Not on track – escalated to the Joint Operational Group")]:
        cells = k.add_row().cells
        shade(cells[0], RAG_HEX[code])
        cells[1].text = meaning
    doc.add_paragraph("No colour: action not yet started.")

    doc.add_heading("Improvement actions", level=1)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Agency", "Lead", "Target date", "Progress", "Update (October 2025)"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")
    for theme, recs in WRX_THEMES:
        row = t.add_row().cells
        m = row[0].merge(row[6])
        bold_cell(m, theme)
        shade(m, "D9D9D9")
        for rec, acts in recs:
            row = t.add_row().cells
            m = row[0].merge(row[6])
            m.text = rec
            shade(m, "F2F2F2")
            for no, action, agency, lead, target, code, upd in acts:
                cells = t.add_row().cells
                cells[0].text = no
                cells[1].text = action
                cells[2].text = agency
                cells[3].text = lead
                cells[4].text = target
                if code:
                    shade(cells[5], RAG_HEX[code])  # colour only
                cells[6].text = upd

    doc.add_paragraph("")
    doc.add_heading("Sign-off", level=2)
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for i, h in enumerate(["Agency", "Signed off by", "Date"]):
        bold_cell(s.rows[0].cells[i], h)
    for v in [("Wrexham County Borough Council", "Chief Officer, Social Care", "29/08/2025"),
              ("Betsi Cadwaladr University Health Board", "Executive Director of Nursing", "29/08/2025"),
              ("North Wales Police", "Assistant Chief Constable", "29/08/2025")]:
        cells = s.add_row().cells
        for i, val in enumerate(v):
            cells[i].text = val
    doc.save(out(WRX_FILE))


def main():
    make_vale()
    make_wb()
    make_stockton()
    make_scilly()
    make_t4c()
    make_slough()
    make_wrexham()
    print("T4C refuse row:", T4C_REFUSE_ROW)


if __name__ == "__main__":
    main()
