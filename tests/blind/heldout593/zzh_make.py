"""Build the seven zzh- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zzh_make.py (from any directory).
Only files whose names start with zzh- are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(colour):
    return PatternFill("solid", start_color=FILL.get(colour, colour), end_color=FILL.get(colour, colour))


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, case):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(case, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. North Yorkshire Fire and Rescue Service - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def nyfrs():
    name = "zzh-north-yorkshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "North Yorkshire Fire and Rescue Service"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Corporate Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    rows = [
        ("Document owner", "Director of Corporate Services"),
        ("Version", "3.2"),
        ("Last reviewed", "Executive Leadership Team, 4 November 2025"),
        ("Reported to", "Joint Independent Audit Committee, 27 November 2025"),
        ("Classification", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "Action status key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("blue", "Complete"),
        ("green", "On track"),
        ("amber", "At risk of slipping – mitigation in place"),
        ("red", "Off track / past target date"),
    ]
    for i, (col, txt) in enumerate(key, start=12):
        cov.cell(i, 1).fill = fill(col)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, txt).border = BOX
    cov["A17"] = ("Risk scores are Likelihood (1–5) x Impact (1–5). Scores of 15 and above are reported "
                  "to the Commissioner's Executive Group.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Risk Summary")
    hdr = ["Ref", "Risk", "Risk owner", "Inherent (L x I)", "Current (L x I)", "Target", "Direction of travel"]
    risks = [
        ("CR01", "Medium-term financial sustainability", "Chief Finance Officer", "5 x 4 = 20", "4 x 4 = 16", "9", "↔"),
        ("CR02", "Recruitment and retention of on-call firefighters", "Assistant Chief Fire Officer", "4 x 4 = 16", "4 x 3 = 12", "8", "↓"),
        ("CR03", "Cyber security and ICT resilience", "Director of Corporate Services", "4 x 5 = 20", "3 x 5 = 15", "10", "↔"),
        ("CR04", "Building risk review and protection capacity", "Assistant Chief Fire Officer", "4 x 4 = 16", "3 x 4 = 12", "8", "↓"),
        ("CR05", "Organisational culture and values", "Deputy Chief Fire Officer", "3 x 5 = 15", "3 x 4 = 12", "8", "↔"),
    ]
    summ["A1"] = "Corporate Risk Register 2025/26 – Summary of corporate risks"
    summ["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(hdr, start=1):
        cell = summ.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
    for r, row in enumerate(risks, start=4):
        for c, v in enumerate(row, start=1):
            summ.cell(r, c, v).border = BOX
    for col, w in zip("ABCDEFG", (8, 48, 30, 16, 16, 8, 12)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("Treatment Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = "Corporate Risk Register 2025/26 – Risk Treatment Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Position as at 31 October 2025. Status is shown by cell colour – see key on Cover sheet."
    ws["A2"].font = Font(italic=True)
    hdr = ["Action Ref", "Further action required", "Action owner", "Original target date",
           "Revised target date", "Status", "Progress update (October 2025)"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("head")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    data = [
        ("CR01 – Medium-term financial sustainability", [
            ("CR01.1", "Refresh the Medium Term Financial Plan to 2029/30 following the provisional settlement, including a pessimistic funding scenario.",
             "Chief Finance Officer", d(2026, 1, 31), None, "green",
             "Scenario modelling under way; draft to Commissioner's Executive Group in January."),
            ("CR01.2", "Deliver the £1.2m efficiency programme agreed in the Fire and Rescue Plan, with monthly tracking of savings at the Finance and Resources Board.",
             "Director of Corporate Services", d(2026, 3, 31), None, "amber",
             "£0.8m secured; on-call contract savings now expected to slip into 2026/27."),
        ]),
        ("CR02 – Recruitment and retention of on-call firefighters", [
            ("CR02.1", "Launch the revised on-call recruitment campaign targeting the 12 stations with the lowest daytime availability.",
             "Area Manager – Service Delivery / Head of People", d(2025, 6, 30), d(2025, 9, 30), "blue",
             "Campaign launched 1 September; 46 applications received."),
            ("CR02.2", "Introduce the on-call banded pay model and review its effect on availability after six months.",
             "Head of People", d(2026, 3, 31), None, "green",
             "Consultation with representative bodies closed 17 October."),
            ("CR02.3", "Implement the availability dashboard for station managers in the on-call management system.",
             "Head of ICT", d(2025, 12, 31), d(2026, 2, 28), "red",
             "Supplier delay; revised go-live date agreed at ELT."),
        ]),
        ("CR03 – Cyber security and ICT resilience", [
            ("CR03.1", "Complete the actions arising from the 2024/25 penetration test, prioritising the critical and high findings.",
             "Head of ICT", d(2025, 7, 31), None, "blue", "All critical and high findings closed."),
            ("CR03.2", "Achieve Cyber Essentials Plus certification.",
             "Head of ICT", d(2026, 3, 31), None, "green", "Pre-assessment booked for February."),
            ("CR03.3", "Test the mobilising business continuity plan with a live failover to the secondary control room.",
             "Group Manager – Control", "Q4 2025/26", None, "green", "Exercise scoped with the joint control partner."),
        ]),
        ("CR04 – Building risk review and protection capacity", [
            ("CR04.1", "Inspect all high-rise residential buildings identified in the Building Risk Review and upload the findings to the premises risk database.",
             "Area Manager – Prevention and Protection", d(2025, 9, 30), d(2026, 1, 31), "amber",
             "31 of 38 buildings inspected; remaining 7 scheduled."),
            ("CR04.2", "Train four additional Fire Safety Inspectors to Level 4 Diploma standard.",
             "Area Manager – Prevention and Protection", d(2026, 9, 30), None, "green",
             "Four trainees enrolled with the awarding body."),
        ]),
        ("CR05 – Organisational culture and values", [
            ("CR05.1", "Implement the remaining HMICFRS values and culture recommendations and report progress to each Culture Board.",
             "Deputy Chief Fire Officer", "Ongoing – reported quarterly", None, "green",
             "14 of 19 recommendations closed."),
            ("CR05.2", "Roll out the Leading with Values programme to all supervisory managers.",
             "Head of Learning and Development; Head of People", d(2026, 5, 31), None, None,
             "Programme design to start in January 2026."),
        ]),
    ]
    expected = []
    r = 5
    for band, actions in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("grey")
        r += 1
        for ref, text, owner, orig, rev, status, prog in actions:
            vals = [ref, text, owner, orig, rev, None, prog]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if status:
                ws.cell(r, 6).fill = fill(status)
            end_src = rev or orig
            end_text = None
            if isinstance(end_src, dt.datetime):
                end = end_src.strftime("%Y-%m")
            elif end_src == "Q4 2025/26":
                end = "2026-03"
            else:
                end = None
                end_text = end_src
            leads = {
                "Area Manager – Service Delivery / Head of People": ["Area Manager – Service Delivery", "Head of People"],
                "Head of Learning and Development; Head of People": ["Head of Learning and Development", "Head of People"],
            }.get(owner, [owner])
            expected.append(act(ref, [band], text, leads, end, status or "unrated", end_text))
            r += 1
    r += 1
    ws.cell(r, 1, "Actions: 12   Complete: 2   On track: 6   At risk: 2   Off track: 1   Not started: 1").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (10, 60, 34, 14, 14, 9, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a fire and rescue service corporate risk register as reported to an audit committee "
                   "(e.g. Lancashire FRS corporate risk register reports to Audit Committee, 2023-2025, and NYFRS's "
                   "reports to the Joint Independent Audit Committee of the North Yorkshire Fire Commissioner). "
                   "Copied features: cover sheet with document control and a colour-only action status key, a risk "
                   "summary sheet with L x I scores, a risk treatment plan sheet with one grey band row per corporate "
                   "risk, original and revised target dates, status shown only by cell fill, job titles as owners, "
                   "a totals line."),
        "reads": ("A 2025/26 corporate risk register for NYFRS in three sheets. The Treatment Plan sheet lists twelve "
                  "further actions grouped under five corporate risks (CR01-CR05), each with an owner, original and "
                  "revised target dates and a fill-colour status read through the key on the Cover sheet; the Risk "
                  "Summary sheet holds only risk scores."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Corporate Risk Register 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. NHS Norfolk and Waveney ICB - programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def nwicb():
    name = "zzh-nhs-norfolk-and-waveney-icb-primary-care-access-recovery-highlight-report.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "NHS Norfolk and Waveney Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws.merge_cells("A2:I2")
    ws["A2"] = "Primary Care Access Recovery Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    info = [
        ("Reporting period:", "October 2025", "Report to:", "Primary Care Commissioning Committee, 11 November 2025"),
        ("Senior Responsible Owner:", "Director of Primary Care", "Prepared by:", "Primary Care Transformation Manager"),
        ("Overall programme RAG:", "Amber", "Previous overall RAG:", "Amber"),
    ]
    for i, row in enumerate(info, start=4):
        ws.cell(i, 1, row[0]).font = Font(bold=True)
        ws.cell(i, 2, row[1])
        ws.cell(i, 4, row[2]).font = Font(bold=True)
        ws.cell(i, 5, row[3])
    ws["B6"].fill = fill("amber")
    ws["E6"].fill = fill("amber")

    ws["A8"] = "Key achievements this period"
    ws["A8"].font = Font(bold=True, size=12)
    ach = [
        "• 118 of 123 practices are now on cloud-based telephony (96%).",
        "• Care navigation training completed in all 17 PCNs; 642 staff trained.",
        "• Pharmacy First referrals up 23% on September.",
    ]
    for i, t in enumerate(ach, start=9):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=9)
        ws.cell(i, 1, t)

    ws["A13"] = "Milestone tracker"
    ws["A13"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Workstream", "Milestone / action", "Lead", "Original date", "Revised date",
           "Previous RAG", "Current RAG", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(14, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    streams = [
        ("1. Empower patients", [
            ("EP1", "Enable prospective record access and repeat prescription ordering through the NHS App for all practices.",
             "Digital First Programme Lead", d(2025, 11, 30), None, "G", "G",
             "121 practices live; two remaining practices have go-live dates in November."),
            ("EP2", "Expand Pharmacy First referral pathways from GP practices and NHS 111, with quarterly uptake reports to PCCC.",
             "Head of Community Pharmacy Commissioning; Medicines Optimisation Lead", d(2026, 3, 31), None, "A", "G",
             "Referral template now in all clinical systems."),
            ("EP3", "Launch self-referral routes for MSK physiotherapy, audiology and podiatry in all five places.",
             "Head of Community Services Commissioning", d(2025, 9, 30), d(2026, 1, 31), "A", "A",
             "Podiatry self-referral delayed by provider capacity; revised date agreed."),
        ]),
        ("2. Modern general practice access", [
            ("MA1", "Complete the move of all practices to cloud-based telephony with call-back and queuing functions.",
             "Digital First Programme Lead", d(2025, 12, 31), None, "G", "G",
             "Five practices remain; contracts signed."),
            ("MA2", "Support 40 practices through the National General Practice Improvement Programme (intermediate and intensive tiers).",
             "Primary Care Transformation Manager", d(2026, 3, 31), None, "G", "G",
             "34 practices enrolled."),
            ("MA3", "Deliver care navigation training to reception and administrative teams in every PCN.",
             "Training Hub Director", d(2025, 7, 31), None, "G", "B",
             "Completed – see achievements."),
        ]),
        ("3. Build capacity", [
            ("BC1", "Recruit to the remaining ARRS allocation, including the newly eligible GP and practice nurse roles.",
             "Head of Primary Care Workforce", d(2026, 3, 31), None, "A", "R",
             "Only 61% of the ARRS allocation committed; PCNs citing lack of clinical space. Escalated to the Primary Care Operational Group."),
            ("BC2", "Agree the Great Yarmouth and Waveney primary care estates plan with the district councils.",
             "Associate Director of Estates / Place Director (Great Yarmouth and Waveney)", d(2025, 10, 31), d(2026, 3, 31), "A", "A",
             "Draft shared with councils; workshop held 21 October."),
        ]),
        ("4. Cut bureaucracy", [
            ("CB1", "Implement the primary–secondary care interface standards in all three acute trusts (onward referral, fit notes and communication of results).",
             "Medical Director (Primary Care)", "Q4 2025/26", None, "A", "A",
             "Two trusts compliant on onward referral; fit notes audit under way."),
            ("CB2", "Run the interface issues reporting route for practices and report themes to the System Quality Group.",
             "Deputy Director of Quality", "Quarterly", None, "G", "G",
             "Q2 themes report taken in October."),
        ]),
    ]
    rag_fill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    rag_status = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    expected = []
    r = 15
    for stream, acts in streams:
        start = r
        for ref, text, lead, orig, rev, prev, cur, comm in acts:
            vals = [ref, stream if r == start else None, text, lead, orig, rev, prev, cur, comm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            ws.cell(r, 7).fill = fill(rag_fill[prev])
            ws.cell(r, 8).fill = fill(rag_fill[cur])
            end_src = rev or orig
            end_text = None
            if isinstance(end_src, dt.datetime):
                end = end_src.strftime("%Y-%m")
            elif end_src == "Q4 2025/26":
                end = "2026-03"
            else:
                end = None
                end_text = end_src
            leads = [x.strip() for x in lead.replace(";", "/").split("/")]
            expected.append(act(ref, [stream], text, leads, end, rag_status[cur], end_text))
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 2).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(start, 2).font = Font(bold=True)

    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, size=12)
    r += 1
    for c, h in enumerate(["ID", "Risk / issue", "Score", "Mitigation", "Owner"], start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("grey")
        cell.border = BOX
    risks = [
        ("R1", "Insufficient clinical space limits ARRS recruitment.", 16,
         "Estates plan (BC2) and use of community hub rooms.", "Associate Director of Estates"),
        ("R2", "GP collective action reduces practice participation in the programme.", 12,
         "Monthly LMC liaison meeting.", "Director of Primary Care"),
    ]
    for row in risks:
        r += 1
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v).border = BOX
    r += 2
    ws.cell(r, 1, "Decisions / support required from PCCC").font = Font(bold=True, size=12)
    r += 1
    ws.cell(r, 1, "PCCC is asked to note the report and the escalation of BC1 to the Primary Care Operational Group.")
    for col, w in zip("ABCDEFGHI", (8, 22, 58, 34, 12, 12, 10, 10, 48)):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG definitions")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True, size=12)
    defs = [
        ("B", "blue", "Complete – milestone delivered"),
        ("G", "green", "On track to deliver by the agreed date"),
        ("A", "amber", "At risk – recovery plan in place"),
        ("R", "red", "Will not be delivered by the agreed date without escalation"),
    ]
    for i, (letter, col, txt) in enumerate(defs, start=3):
        key.cell(i, 1, letter).fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an ICB programme highlight report to a Primary Care Commissioning Committee for the "
                   "system-level primary care access improvement plan (NHS England, Delivery plan for recovering "
                   "access to primary care, May 2023, and its briefing note for system-level plans; workstreams are "
                   "the plan's four pillars). Copied features: header block with reporting period, SRO and overall RAG "
                   "fill, key achievements bullets, a milestone tracker with a vertically merged workstream column, "
                   "original and revised dates, previous and current RAG letters with fill, a risks and issues table "
                   "and a decisions line below, RAG definitions on a second sheet."),
        "reads": ("An October 2025 highlight report for NHS Norfolk and Waveney ICB's Primary Care Access Recovery "
                  "Programme. Ten milestones sit in the tracker under four numbered workstreams; the status is the "
                  "Current RAG (B = complete), and the end is the revised date where one is given. The achievements, "
                  "risks and decisions blocks are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Primary Care Access Recovery Programme – Highlight Report",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Magenta Living - RSH consumer standards improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def magenta():
    name = "zzh-magenta-living-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Magenta Living"
    ws["A1"].font = Font(bold=True, size=12, color="A5007D")
    ws.merge_cells("A2:G2")
    ws["A2"] = "Consumer Standards Improvement Plan 2025–26"
    ws["A2"].font = Font(bold=True, size=15)
    ws.merge_cells("A3:G3")
    ws["A3"] = ("Owner: Executive Director of Customers and Communities   |   Reviewed by: Customer Services "
                "Committee, 16 October 2025")
    hdr = ["Ref", "Consumer standard requirement", "Action", "Lead", "Target date", "Status", "Update"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("A5007D")
        cell.border = BOX
    plan = [
        ("Safety and Quality Standard", [
            ("SQ1", "Stock quality – have an accurate, up to date and evidenced understanding of the condition of homes.",
             "Complete stock condition surveys on a five-year rolling programme, with at least 20% of homes surveyed each year.",
             "Head of Asset Management", "March 2026", "On track", "1,412 surveys completed this year."),
            ("SQ2", None,
             "Procure and implement a single asset management system holding stock condition, compliance and repairs data.",
             "Head of Asset Management; Head of IT", "June 2026", "On track", "Preferred supplier appointed."),
            ("SQ3", "Health and safety – identify and meet all legal requirements on health and safety in tenants' homes and communal areas.",
             "Introduce a monthly compliance dashboard covering gas, electrical, fire, water, asbestos and lifts (the 'big six') for the Board.",
             "Head of Building Safety", "September 2025", "Complete", "First dashboard to Board in September."),
            ("SQ4", None,
             "Clear the backlog of 214 overdue fire risk assessment actions in low-rise blocks.",
             "Head of Building Safety", "Novmber 2025", "Behind", "138 actions closed; contractor capacity issue."),
            ("SQ5", "Repairs, maintenance and planned improvements – provide an effective, efficient and timely repairs service.",
             "Review repair priority timescales with tenants and publish a revised repairs policy.",
             "Head of Property Services", "January 2026", "On track", "Tenant panel workshop held 2 October."),
        ]),
        ("Transparency, Influence and Accountability Standard", [
            ("TIA1", "Complaints – ensure complaints are addressed fairly, effectively and promptly.",
             "Train all customer-facing staff on the Housing Ombudsman's Complaint Handling Code.",
             "Customer Resolution Manager", "December 2025", "On track", "74% trained."),
            ("TIA2", "Performance information – collect and provide accurate tenant satisfaction measures data.",
             "Commission independent validation of the 2025/26 tenant satisfaction measures before submission.",
             "Head of Performance and Insight", "April 2026", "Not started", ""),
        ]),
        ("Neighbourhood and Community Standard", [
            ("NC1", "Safety of shared spaces – keep shared spaces clean and safe, working with tenants.",
             "Launch estate inspection walkabouts with tenants on every estate of more than 50 homes.",
             "Neighbourhood Services Manager", "October 2025", "Complete", "Programme running quarterly."),
        ]),
        ("Tenancy Standard", [
            ("TS1", "Allocations and lettings – make clear and accessible information available on allocations.",
             "Publish a revised allocations policy and lettings information in accessible formats.",
             "Head of Housing Services", "February 2026", "On track", "Draft policy out for consultation."),
        ]),
    ]
    r = 6
    typo_row = None
    for band, acts in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, band).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("F2DCDB")
        r += 1
        for row in acts:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row[4] == "Novmber 2025":
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete | On track | Behind | Not started").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (8, 50, 60, 32, 14, 12, 40)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by standard"
    sm["A1"].font = Font(bold=True)
    rows = [("Standard", "Actions", "Complete", "Open"),
            ("Safety and Quality", 5, 1, 4),
            ("Transparency, Influence and Accountability", 2, 0, 2),
            ("Neighbourhood and Community", 1, 1, 0),
            ("Tenancy", 1, 0, 1),
            ("Total", 9, 2, 7)]
    for i, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            sm.cell(i, c, v).border = BOX
    sm.column_dimensions["A"].width = 44
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a housing association's improvement plan against the Regulator of Social Housing's "
                   "consumer standards (in force April 2024: Safety and Quality; Transparency, Influence and "
                   "Accountability; Neighbourhood and Community; Tenancy), as reported to a customer services "
                   "committee. Copied features: title block with owner line, one band row per standard, the "
                   "standard's required outcome beside the first of its actions (blank on continuation rows), "
                   "month-and-year target dates written as text, word statuses, a summary sheet."),
        "reads": ("Magenta Living's 2025-26 consumer standards improvement plan with nine actions under four "
                  f"standards. The target date of SQ4 (sheet row {typo_row}) reads \"Novmber 2025\", a mistyped month, "
                  "so a careful reader stops and asks before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Consumer Standards Improvement Plan 2025–26",
    })
    return name, typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


# ---------------------------------------------------------------------------
# 4. Warwickshire Police - crime data integrity improvement plan (docx)
# ---------------------------------------------------------------------------
def warwickshire():
    name = "zzh-warwickshire-police-crime-data-integrity-improvement-plan.docx"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
    doc.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Warwickshire Police – Crime Data Integrity Improvement Plan 2024–26", style="Title")
    doc.add_paragraph("Response to the HMICFRS PEEL 2023–25 findings on recording data about crime and to the "
                      "Force Crime Registrar's audit programme")
    p = doc.add_paragraph()
    p.add_run("Plan owner: ").bold = True
    p.add_run("Assistant Chief Constable (Local Policing). Governance: Crime Data Integrity Board (monthly).")

    doc.add_paragraph("Version control", style="Heading 2")
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(vc.rows[0].cells[c], h)
    for row in [("1.0", "12/08/2024", "Force Crime Registrar", "First version agreed at Crime Data Integrity Board"),
                ("1.2", "03/03/2025", "Force Crime Registrar", "Actions 2.3 and 4.2 added following audit"),
                ("1.3", "06/10/2025", "CDI Improvement Lead", "Progress updates for October Board")]:
        cells = vc.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v

    doc.add_paragraph("RAG status key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, colour, meaning in [("Complete", "0070C0", "Action delivered and evidence accepted by the Board"),
                                  ("Green", "00B050", "On track to deliver by the target date"),
                                  ("Amber", "FFC000", "Some risk to delivery; mitigation in place"),
                                  ("Red", "FF0000", "Will miss target date; escalated to ACC")]:
        cells = key.add_row().cells
        cells[0].text = word
        shade(cells[0], colour)
        cells[1].text = meaning

    sections = [
        ("1. Leadership and governance", [
            ("AFI 1 – The force should make sure its crime data integrity governance gives senior leaders an accurate picture of recording compliance across all crime types.", [
                ("1.1", "Publish a monthly CDI performance pack to the Crime Data Integrity Board showing compliance by crime type and by local policing area.",
                 "Force Crime Registrar", "31 March 2025", "Complete", "Pack in use since February 2025."),
                ("1.2", "Add crime recording compliance to the quarterly performance reviews held by the ACC with each local policing commander.",
                 "ACC Local Policing", "December 2025", "Green", "First reviews held in October."),
            ]),
        ]),
        ("2. Systems and processes", [
            ("AFI 2 – The force should improve how it records crimes reported as part of incidents involving antisocial behaviour and domestic abuse.", [
                ("2.1", "Introduce a mandatory crime-recording prompt on the command and control system for antisocial behaviour incidents where a crime is disclosed.",
                 "OCC Chief Inspector", "Q3 2025/26", "Amber", "System change approved; testing delayed by supplier release."),
                ("2.2", "Require the Crime Management Bureau to review every domestic abuse incident closed without a crime within 24 hours.",
                 "Head of Crime Management Bureau / Force Crime Registrar", "30/06/2025", "Complete", "Daily review in place."),
                ("2.3", "Carry out a dip sample of 200 antisocial behaviour incidents each quarter and report the results to the Board.",
                 "Force Crime Registrar", "Ongoing", "Green", "Q2 sample: 88.5% compliance."),
            ]),
            ("AFI 3 – The force should improve the recording of behavioural crimes, in particular stalking, harassment and controlling or coercive behaviour.", [
                ("3.1", "Issue a crime recording guide on stalking, harassment and controlling or coercive behaviour to all response and neighbourhood officers.",
                 "Superintendent, Public Protection", "31/01/2026", "Green", "Guide drafted with the Force Crime Registrar."),
                ("3.2", "Audit the recording of additional behavioural crimes in domestic abuse investigations and feed the findings into the Domestic Abuse Delivery Group.",
                 "Detective Inspector, CDI Audit Team", "End of June 2026", "Red", "Audit team vacancy; recruitment under way."),
            ]),
        ]),
        ("3. People and skills", [
            ("Force-identified improvement 4 – Knowledge of the Home Office Counting Rules among student officers is inconsistent.", [
                ("4.1", "Add a crime recording assessment to the student officer programme before independent patrol status.",
                 "Head of Learning and Development", "September 2025", "Complete", "Assessment live for the September intake."),
                ("4.2", "Provide refresher crime recording training to all sergeants in response and neighbourhood teams.",
                 "Head of Learning and Development", "March 2026", "Green", "Eight of 14 sessions delivered."),
            ]),
        ]),
    ]
    rag = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    rag_hex = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    months = {"31 March 2025": "2025-03", "December 2025": "2025-12", "Q3 2025/26": "2025-12",
              "30/06/2025": "2025-06", "Ongoing": None, "31/01/2026": "2026-01", "End of June 2026": "2026-06",
              "September 2025": "2025-09", "March 2026": "2026-03"}
    expected = []
    for heading, afis in sections:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action", "Owner", "Target date", "RAG", "Progress update"]):
            bold_cell(t.rows[0].cells[c], h, "FFFFFF")
            shade(t.rows[0].cells[c], "002F5F")
        for afi, acts in afis:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            bold_cell(merged, afi)
            shade(merged, "DEEAF6")
            for ref, text, owner, due, status, upd in acts:
                cells = t.add_row().cells
                for c, v in enumerate([ref, text, owner, due, status, upd]):
                    cells[c].text = v
                shade(cells[4], rag_hex[status])
                leads = [x.strip() for x in owner.split(" / ")]
                end = months[due]
                expected.append(act(ref, [heading, afi], text, leads, end, rag[status],
                                    due if end is None else None))
    doc.add_paragraph()
    doc.add_paragraph("Next review: Crime Data Integrity Board, 3 November 2025.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates a police force's crime data integrity improvement plan answering HMICFRS areas for "
                   "improvement (HMICFRS crime data integrity inspections, e.g. Warwickshire Police 2014 and later "
                   "rolling CDI inspections, structured under Leadership and governance / Systems and processes / "
                   "People and skills; since 2023 the CDI findings sit in PEEL). Copied features: OFFICIAL marking, "
                   "title and owner line, a version-control table, a RAG key table with shaded cells, one table per "
                   "theme under a numbered heading, the area for improvement as a merged shaded row above its "
                   "actions, numbered actions, posts as owners, RAG words with cell shading."),
        "reads": ("Warwickshire Police's CDI improvement plan: nine numbered actions in three theme tables, each "
                  "action under its theme heading and the AFI (or force-identified improvement) row above it. The "
                  "version-control and RAG key tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Warwickshire Police – Crime Data Integrity Improvement Plan 2024–26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Realise Learning and Employment - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def realise():
    name = "zzh-realise-learning-and-employment-ofsted-apprenticeships-post-inspection-action-plan.docx"
    doc = Document()
    h = doc.add_paragraph("Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Realise Learning and Employment – Ofsted inspection of apprenticeships, June 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Realise Learning and Employment Limited"),
                 ("Inspection dates", "3 to 6 June 2025"),
                 ("Overall effectiveness", "Requires improvement"),
                 ("Plan approved by", "Board of Directors, 17 July 2025"),
                 ("Last updated", "30 October 2025")]:
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_paragraph("What does the provider need to do to improve?", style="Heading 1")
    doc.add_paragraph("Ofsted's report set out four improvement points. Each is shown below with the actions we "
                      "have agreed, who is responsible and how we will know it has worked.")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("Achieved (blue) – complete and impact seen; On track (green); Some slippage (amber); "
              "Behind schedule (red); Not started.")

    points = [
        ("Leaders should ensure that apprentices receive their full entitlement to off-the-job training and that employers are involved in planning it.", [
            ("Introduce a monthly off-the-job hours report for each coach caseload, with apprentices below 90% of planned hours flagged to the Head of Apprenticeships.",
             "Head of Data and MIS; Head of Apprenticeships", "September 2025",
             "All caseloads reviewed monthly; flagged apprentices have a catch-up plan.", "Achieved"),
            ("Hold tripartite progress reviews every 10 weeks that include off-the-job activity agreed with the employer.",
             "Apprenticeship Managers", "Every 10 weeks",
             "Review records show employer-agreed activity in 95% of reviews.", "On track"),
            ("Run employer briefings on off-the-job requirements at the start of each new cohort.",
             "Employer Engagement Manager", "Termly",
             "Employer attendance recorded; fewer off-the-job queries.", "On track"),
        ]),
        ("Leaders should make sure that coaches use information about apprentices' starting points to plan learning that builds on what they already know.", [
            ("Revise the initial skills scan for the Level 3 Team Leader and Level 5 Operations Manager standards so that it records the knowledge, skills and behaviours apprentices already have.",
             "Curriculum Manager – Leadership and Management", "31 October 2025",
             "New skills scan used for all starts from November.", "Some slippage"),
            ("Train all coaches to use skills-scan results to write an individual learning plan, and check the plans through quality sampling.",
             "Head of Quality and Compliance", "By end of January 2026",
             "Sampling shows plans reflect starting points.", "On track"),
        ]),
        ("Leaders should ensure that apprentices who need to achieve English and mathematics qualifications are taught well and achieve them promptly.", [
            ("Appoint two specialist functional skills tutors to deliver live online English and mathematics sessions.",
             "Head of Functional Skills", "August 2025",
             "Tutors in post; timetable published.", "Achieved"),
            ("Track functional skills exam readiness weekly and book exams within four weeks of a 'ready' assessment.",
             "Functional Skills Coordinator", "December 2025",
             "Average wait from 'ready' to exam under four weeks.", "Behind schedule"),
            ("Review English and mathematics achievement rates at each Quality Board.",
             "Quality Director", "Ongoing",
             "Achievement rate at or above national rate.", "On track"),
        ]),
        ("Those responsible for governance should receive clear and accurate information about the quality of education so that they can hold leaders to account.", [
            ("Redesign the quality report to the Board so that it includes off-the-job, progress and achievement data by standard.",
             "Quality Director", "November 2025",
             "Board minutes show challenge on quality data.", "On track"),
            ("Recruit a board member with apprenticeship and education expertise.",
             "Chair of the Board / Managing Director", "March 2026",
             "Appointment made.", "Not started"),
        ]),
    ]
    status = {"Achieved": "blue", "On track": "green", "Some slippage": "amber", "Behind schedule": "red",
              "Not started": "unrated"}
    ends = {"September 2025": "2025-09", "Every 10 weeks": None, "Termly": None, "31 October 2025": "2025-10",
            "By end of January 2026": "2026-01", "August 2025": "2025-08", "December 2025": "2025-12",
            "Ongoing": None, "November 2025": "2025-11", "March 2026": "2026-03"}
    expected = []
    for i, (point, acts) in enumerate(points, start=1):
        doc.add_paragraph(f"Improvement point {i}", style="Heading 2")
        doc.add_paragraph(point)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, hd in enumerate(["Action", "Responsibility", "Timescale", "Success measure", "Progress"]):
            bold_cell(t.rows[0].cells[c], hd)
            shade(t.rows[0].cells[c], "D9D9D9")
        for text, resp, when, measure, prog in acts:
            cells = t.add_row().cells
            for c, v in enumerate([text, resp, when, measure, prog]):
                cells[c].text = v
            leads = [x.strip() for x in resp.replace(";", "/").split("/")]
            end = ends[when]
            expected.append(act(None, [point], text, leads, end, status[prog], when if end is None else None))

    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for c, hd in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.rows[0].cells[c], hd)
    for row in [("Managing Director", "Signed", "17/07/2025"), ("Chair of the Board", "Signed", "17/07/2025")]:
        cells = so.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Imitates an independent training provider's post-inspection action plan after an Ofsted "
                   "inspection of apprenticeships graded Requires improvement (the 'What does the provider need "
                   "to do to improve?' points of Ofsted further education and skills reports, as laid out in "
                   "providers' published PIAPs). Copied features: title, provider information table, a progress "
                   "key paragraph, one 'Improvement point n' heading per point with the Ofsted text as a paragraph "
                   "and a table of actions without refs below it, timescales in words, a sign-off table."),
        "reads": ("Realise's post-inspection action plan: ten unnumbered actions under four Ofsted improvement "
                  "points, each with a responsibility, timescale, success measure and progress word read through "
                  "the progress key. The information and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Post-Inspection Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. University of Chichester - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def chichester():
    import csv
    import io
    name = "zzh-university-of-chichester-internal-audit-recommendations-tracker.csv"
    hdr = ["Audit", "Year", "Assurance", "Rec", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original date", "Revised date", "Status", "Comment"]
    recs = [
        ("Student Attendance and Engagement Monitoring", "2024/25", "Limited", "1", "High",
         "The University should define minimum attendance expectations and apply them consistently across all schools.",
         "Approve a University-wide Student Engagement Policy setting minimum attendance expectations and escalation points.",
         "Academic Registrar", "31/03/2025", "30/09/2025", "Completed", "Policy approved by Senate on 17 September 2025."),
        ("Student Attendance and Engagement Monitoring", "2024/25", "Limited", "2", "High",
         "Attendance of students sponsored under the Student route should be reviewed weekly and non-engagement reported promptly.",
         "Introduce a weekly attendance exception report for sponsored students, reviewed by the Compliance Team.",
         "Academic Registrar / Head of International Compliance", "31/01/2025", "", "Completed", "Report running since January."),
        ("Student Attendance and Engagement Monitoring", "2024/25", "Limited", "3", "Medium",
         "Personal Academic Tutors should be trained to use engagement data when meeting students.",
         "Train Personal Academic Tutors in using the engagement dashboard.\nRecord attendance at the training in the staff development system.",
         "Deans of Faculty", "31/07/2025", "31/01/2026", "Amber", "62% of tutors trained; further sessions in December."),
        ("Procurement and Contract Management", "2024/25", "Reasonable", "1", "Medium",
         "A central contracts register should be maintained, with a named manager for each contract.",
         "Create a central contracts register covering all contracts above £25,000, with named contract managers.",
         "Director of Finance and Planning, Head of Procurement", "30/06/2025", "31/12/2025", "Amber",
         "Register built; 40% of contract managers confirmed."),
        ("Procurement and Contract Management", "2024/25", "Reasonable", "2", "Low",
         "Financial Regulations should be updated for the Procurement Act 2023.",
         "Update the Financial Regulations to reflect the Procurement Act 2023 thresholds and notices.",
         "Head of Procurement", "28/02/2025", "", "Completed", "Approved by Council, February 2025."),
        ("Cyber Security – Patch Management", "2024/25", "Limited", "1", "High",
         "Security patches should be applied to all University-managed devices within 14 days of release.",
         "Deploy automated patching for all University-managed laptops and report compliance monthly to the IT Steering Group.",
         "Chief Information Officer", "30/09/2025", "", "Red",
         "Overdue. Tool licensed, but roll-out paused after the \"September update\" incident; 71% of laptops covered."),
        ("Cyber Security – Patch Management", "2024/25", "Limited", "2", "Medium",
         "Unsupported servers should be removed or isolated.",
         "Decommission or isolate the 14 unsupported Windows Server 2012 servers identified during the audit.",
         "Head of IT Infrastructure", "31/12/2025", "", "Green", "9 decommissioned, 5 isolated pending migration."),
        ("Health and Safety – Fieldwork", "2025/26", "Reasonable", "1", "Medium",
         "Risk assessment for off-campus fieldwork should be approved before the activity takes place.",
         "Introduce a fieldwork risk assessment template and an approval step in the module approval process.",
         "Head of Health, Safety and Wellbeing", "31/03/2026", "", "Not started", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["University of Chichester"] + [""] * 11)
    w.writerow(["Audit and Risk Committee – 25 November 2025"] + [""] * 11)
    w.writerow(["Item 7: Internal audit recommendations – follow-up position"] + [""] * 11)
    w.writerow([""] * 12)
    w.writerow(hdr)
    for row in recs:
        w.writerow(row)
    w.writerow([""] * 12)
    for row in [("Summary", ""), ("High", "3"), ("Medium", "4"), ("Low", "1"), ("Total", "8"),
                ("Completed", "3"), ("Open", "5")]:
        w.writerow(list(row) + [""] * 10)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    status = {"Completed": "blue", "Amber": "amber", "Red": "red", "Green": "green", "Not started": "unrated"}
    leads = {"Academic Registrar / Head of International Compliance": ["Academic Registrar", "Head of International Compliance"],
             "Director of Finance and Planning, Head of Procurement": ["Director of Finance and Planning", "Head of Procurement"]}
    expected = []
    for row in recs:
        audit, _, _, ref, _, rec, action, owner, orig, rev, st, _ = row
        due = rev or orig
        end = f"{due[6:10]}-{due[3:5]}"
        expected.append(act(ref, [audit, rec], action, leads.get(owner, [owner]), end, status[st]))
    write_yaml(name, {
        "source": ("Imitates a university Audit and Risk Committee paper exporting the internal audit "
                   "recommendations follow-up tracker (the university sector's practice, e.g. Uniac/TIAA/RSM "
                   "tracking systems, of reporting management actions with original and revised implementation "
                   "dates to the audit committee). Copied features: three title lines, one row per recommendation "
                   "with audit name, year, assurance level, rec number and priority, the recommendation beside the "
                   "agreed management action, original and revised dates, status words, a comment with an embedded "
                   "quoted phrase, a multi-line action, a summary block of counts below."),
        "reads": ("A CSV tracker of eight internal audit recommendations from four audits. Each row's agreed "
                  "management action is the action, read under its audit and the recommendation; the end is the "
                  "revised date where given. The summary block at the foot is not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Item 7: Internal audit recommendations – follow-up position",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Stanhope Surgery - CQC inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def stanhope():
    name = "zzh-stanhope-surgery-cqc-inspection-action-plan.txt"
    lines = [
        "Stanhope Surgery – Action plan following CQC inspection",
        "Inspection: 9 and 10 April 2025\tReport published: 19 June 2025\tOverall rating: Requires improvement",
        "Plan owner: Practice Manager\tLast updated: 14/10/2025",
        "",
        "Ref\tWhat CQC told us\tAction we will take\tLead\tBy when\tStatus\tProgress",
    ]
    rows = [
        ("MUST DO – Regulation 12: Safe care and treatment", [
            ("1.1", "Ensure the practice has an effective system for monitoring patients prescribed high-risk medicines.",
             "Introduce weekly clinical system searches for patients on DMARDs, lithium and DOACs, and recall anyone overdue for monitoring within 5 working days.",
             "Clinical Pharmacist", "31/05/2025", "Complete", "Searches running weekly since May."),
            ("1.2", "",
             "Audit a 10% sample of high-risk medicine reviews every quarter and share the results at the clinical meeting.",
             "Dr R Okonjo / Clinical Pharmacist", "Sept 2025", "Complete", "First audit: 94% compliant."),
            ("1.3", "Ensure that medicines and safety alerts are acted on, including historic alerts.",
             "Set up a shared alerts log with a named clinician for each MHRA alert, and re-run searches for alerts issued in the last two years.",
             "Dr S Hale", "Jun-25", "Complete", "Log in place; historic searches done."),
        ]),
        ("MUST DO – Regulation 17: Good governance", [
            ("2.1", "Establish effective systems to monitor staff training and recruitment checks.",
             "Create a training matrix covering mandatory training for every staff role, reviewed monthly by the Practice Manager.",
             "Practice Manager", "31/07/2025", "Complete", "Matrix reviewed at each monthly staff meeting."),
            ("2.2", "",
             "Complete missing DBS checks and immunisation records for clinical staff.",
             "Practice Manager; HR Administrator", "August 2025", "On track", "Two DBS checks outstanding, applied for 1 September."),
        ]),
        ("SHOULD DO", [
            ("3.1", "Continue to improve the uptake of cervical screening.",
             "Offer Saturday morning smear clinics and send text reminders to non-responders.",
             "Lead Practice Nurse", "March 2026", "On track", "Four Saturday clinics held."),
            ("3.2", "Improve patient satisfaction with telephone access.",
             "Install a cloud telephony system with call-back and queue position messages.",
             "Practice Manager", "30/11/2025", "On track", "Installation booked for 17 November."),
            ("3.3", "",
             "Repeat the practice patient survey on access and discuss the results with the Patient Participation Group.",
             "Practice Manager and PPG Chair", "Q1 2026/27", "Not started", ""),
        ]),
    ]
    ends = {"31/05/2025": "2025-05", "Sept 2025": "2025-09", "Jun-25": "2025-06", "31/07/2025": "2025-07",
            "August 2025": "2025-08", "March 2026": "2026-03", "30/11/2025": "2025-11", "Q1 2026/27": "2026-06"}
    status = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    leads = {"Dr R Okonjo / Clinical Pharmacist": ["Dr R Okonjo", "Clinical Pharmacist"],
             "Practice Manager; HR Administrator": ["Practice Manager", "HR Administrator"],
             "Practice Manager and PPG Chair": ["Practice Manager", "PPG Chair"]}
    expected = []
    for section, acts in rows:
        lines.append(section)
        finding = None
        for ref, told, action, lead, when, st, prog in acts:
            lines.append("\t".join([ref, told, action, lead, when, st, prog]))
            if told:
                finding = told
            expected.append(act(ref, [section, finding], action, leads.get(lead, [lead]), ends[when], status[st]))
    lines.append("")
    lines.append("Actions complete: 4 of 8")
    lines.append("This plan is shared with the ICB primary care team and reviewed at the monthly partners' meeting.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": ("Imitates a GP practice's action plan after a CQC inspection rated Requires improvement, with "
                   "requirement notices under Regulations 12 and 17 and 'should' actions, exported from a "
                   "spreadsheet as tab-separated text (the layout practices share with their ICB primary care "
                   "team). Copied features: title line, inspection and owner lines, one section line per "
                   "regulation breach and one for SHOULD DO, the CQC finding on the first row of its actions and "
                   "blank on continuation rows, refs 1.1-3.3, mixed date styles (31/05/2025, Sept 2025, Jun-25, "
                   "Q1 2026/27), a closing count line."),
        "reads": ("Stanhope Surgery's CQC action plan: eight actions in three sections (two MUST DO regulations and "
                  "SHOULD DO), each under its section and the CQC finding written on the first row of its group. "
                  "Statuses are Complete, On track or Not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Stanhope Surgery – Action plan following CQC inspection",
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (nyfrs, nwicb, magenta, warwickshire, realise, chichester, stanhope):
        print(*fn())
