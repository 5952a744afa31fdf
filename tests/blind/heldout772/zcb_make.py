"""Build the seven zcb- blind test files (set heldout772).

Run:  /work/main/.venv/bin/python zcb_make.py
Writes the data files beside this script.  The data for each file is kept in
module-level structures so that zcb_expected.py can write the expected readings
from exactly the same text.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Consumer Council for Northern Ireland - ARAC internal audit tracker (xlsx)
# ---------------------------------------------------------------------------
CC_FILE = "zcb-consumer-council-ni-arac-internal-audit-recommendations-tracker.xlsx"
CC_TITLE = "Internal Audit Recommendations – Implementation Tracker"
CC_AUDITS = [
    ("Procurement and Contract Management (2024-25) – Limited assurance", [
        dict(ref="1.1", pri="Priority 1",
             rec="The Consumer Council should maintain a complete contracts register recording contract value, start and end dates, contract manager and the procurement route used, and review it quarterly.",
             act="Accepted. A central contracts register will be established on SharePoint and reviewed quarterly by SMT. All contract managers will be required to confirm the completeness of their entries.",
             lead="Head of Finance", orig=d(2025, 3, 31), rev=d(2025, 12, 31),
             upd="Register built and populated for 41 of 46 contracts. Remaining five legacy contracts let through CPD to be added. First quarterly review scheduled for SMT on 9 December 2025.",
             rag=AMBER, status="amber", end="2025-12"),
        dict(ref="1.2", pri="Priority 1",
             rec="Direct award contracts (DACs) should be approved in advance in line with the Procurement Control Limits and reported to ARAC.",
             act="Accepted. All DACs will be approved by the Chief Executive prior to award and a DAC register will be presented to each ARAC meeting.",
             lead="Chief Executive / Head of Finance", orig=d(2025, 6, 30), rev=None,
             upd="DAC register presented to ARAC in June and September 2025. Implementation verified by Internal Audit in October 2025 follow-up.",
             rag=BLUE, status="blue", end="2025-06"),
        dict(ref="1.3", pri="Priority 2",
             rec="Contract managers should receive training on contract management and performance monitoring.",
             act="Accepted. Contract management training to be delivered by Construction and Procurement Delivery (CPD) for all nominated contract managers.",
             lead="HR Manager", orig=d(2025, 9, 30), rev=d(2026, 3, 31),
             upd="CPD training places secured for February 2026. Six of nine contract managers booked.",
             rag=GREEN, status="green", end="2026-03"),
    ]),
    ("Cyber Security and ICT Resilience (2024-25) – Satisfactory assurance", [
        dict(ref="2.1", pri="Priority 2",
             rec="A formal ICT disaster recovery test should be carried out at least annually and the results reported to SMT.",
             act="Accepted. A full disaster recovery test of the hosted environment will be scheduled with the managed service provider.",
             lead="ICT Manager", orig=d(2025, 5, 31), rev=d(2025, 11, 30),
             upd="Test postponed twice owing to provider resourcing. Now scheduled for 20 November 2025.",
             rag=RED, status="red", end="2025-11"),
        dict(ref="2.2", pri="Priority 2",
             rec="Completion of mandatory cyber security awareness training should be monitored and non-completion escalated.",
             act="Accepted. Completion rates will be reported monthly to SMT and non-completion escalated to line managers after 30 days.",
             lead="ICT Manager; HR Manager", orig=d(2025, 4, 30), rev=None,
             upd="Completion 97% at 31 October 2025. Monthly reporting now embedded.",
             rag=BLUE, status="blue", end="2025-04"),
        dict(ref="2.3", pri="Priority 3",
             rec="Privileged user accounts should be reviewed on a quarterly basis.",
             act="Accepted. A quarterly review of privileged accounts will be added to the ICT compliance calendar.",
             lead="ICT Manager", orig="Quarterly", rev=None,
             upd="Q1 and Q2 reviews completed; two dormant admin accounts disabled.",
             rag=GREEN, status="green", end=None, end_text="Quarterly"),
    ]),
    ("Information Governance and Data Protection (2025-26) – Satisfactory assurance", [
        dict(ref="3.1", pri="Priority 2",
             rec="The Record of Processing Activities (ROPA) should be updated to reflect the new complaints case management system.",
             act="Accepted. The ROPA will be reviewed and updated by the Data Protection Officer in conjunction with the Consumer Protection team.",
             lead="Data Protection Officer", orig=d(2025, 12, 31), rev=None,
             upd="Not yet due. Workshops with the Consumer Protection team held in October 2025.",
             rag=GREEN, status="green", end="2025-12"),
        dict(ref="3.2", pri="Priority 3",
             rec="Retention periods in the Retention and Disposal Schedule should be applied to legacy shared drives.",
             act="Accepted in part. Legacy shared drives will be reviewed as part of the SharePoint migration; files beyond their retention period will be disposed of with Information Asset Owner approval.",
             lead="Information Asset Owners", orig=d(2026, 3, 31), rev=None,
             upd="Not yet due.",
             rag=None, status="unrated", end="2026-03"),
    ]),
    ("Business Continuity Management (2023-24) – Limited assurance", [
        dict(ref="4.1", pri="Priority 1",
             rec="Business continuity plans should be tested through a desktop exercise involving SMT at least annually.",
             act="Accepted. An annual desktop exercise will be facilitated by an external provider and lessons learned reported to ARAC.",
             lead="Director of Corporate Services", orig=d(2024, 3, 31), rev=d(2025, 9, 30),
             upd="Exercise held on 16 September 2025 (cyber incident scenario). Lessons learned report is at agenda item 8.",
             rag=BLUE, status="blue", end="2025-09"),
    ]),
]


def build_consumer_council():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = CC_TITLE
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = "The Consumer Council for Northern Ireland"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A3"] = "Audit and Risk Assurance Committee, 18 November 2025 – Agenda item 7"
    cover["A5"] = "Position as at:"
    cover["B5"] = "31 October 2025"
    cover["A6"] = "Prepared by:"
    cover["B6"] = "Corporate Governance Team"
    cover["A7"] = "Classification:"
    cover["B7"] = "OFFICIAL"
    cover["A9"] = "Document control"
    cover["A9"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("0.1", d(2025, 11, 3), "Governance Officer", "Draft for SMT review"),
            ("0.2", d(2025, 11, 6), "Governance Officer", "Updated following SMT, 5 November 2025"),
            ("1.0", d(2025, 11, 10), "Director of Corporate Services", "Final for ARAC")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=10 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (18, 14, 30, 42)):
        cover.column_dimensions[col].width = w

    # Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of recommendations on the tracker by priority and RAG status"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Priority", "Total", "Implemented (Blue)", "Red", "Amber", "Green", "Not rated"]
    counts = {}
    for _, recs in CC_AUDITS:
        for r in recs:
            row = counts.setdefault(r["pri"], [0, 0, 0, 0, 0, 0])
            row[0] += 1
            idx = {"blue": 1, "red": 2, "amber": 3, "green": 4, "unrated": 5}[r["status"]]
            row[idx] += 1
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    r_i = 4
    tot = [0] * 6
    for pri in ("Priority 1", "Priority 2", "Priority 3"):
        vals = counts.get(pri, [0] * 6)
        sm.cell(row=r_i, column=1, value=pri).border = BOX
        for j, v in enumerate(vals):
            sm.cell(row=r_i, column=2 + j, value=v).border = BOX
            tot[j] += v
        r_i += 1
    sm.cell(row=r_i, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = sm.cell(row=r_i, column=2 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.cell(row=r_i + 2, column=1,
            value="Priority 1 – significant weakness requiring urgent action; Priority 2 – important issue; Priority 3 – housekeeping / best practice.")
    sm.cell(row=r_i + 3, column=1,
            value="Recommendations shown Blue have been verified as implemented by Internal Audit and will be removed from the next report.")
    sm.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        sm.column_dimensions[col].width = 16

    # Tracker sheet
    ws = wb.create_sheet("Tracker")
    ws["A1"] = CC_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 31 October 2025 – outstanding recommendations and those implemented since the last Committee"
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Priority", "Recommendation", "Management response / agreed action",
             "Responsible officer", "Original target date", "Revised target date",
             "Progress update (October 2025)", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX
    row = 5
    for audit, recs in CC_AUDITS:
        ws.cell(row=row, column=1, value=audit).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        for r in recs:
            vals = [r["ref"], r["pri"], r["rec"], r["act"], r["lead"], r["orig"], r["rev"], r["upd"], None]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if r["rag"]:
                ws.cell(row=row, column=9).fill = fill(r["rag"])
            row += 1
    for col, w in zip("ABCDEFGHI", (6, 11, 48, 52, 24, 13, 13, 46, 7)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    # Key sheet
    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG status key"
    ky["A1"].font = Font(bold=True, size=12)
    key = [(RED, "Red", "Target date passed and recommendation not implemented"),
           (AMBER, "Amber", "Partially implemented; revised target date agreed"),
           (GREEN, "Green", "On track / not yet due"),
           (BLUE, "Blue", "Implemented and verified by Internal Audit")]
    for i, (col, name, meaning) in enumerate(key):
        ky.cell(row=3 + i, column=1).fill = fill(col)
        ky.cell(row=3 + i, column=2, value=name)
        ky.cell(row=3 + i, column=3, value=meaning)
    ky.column_dimensions["C"].width = 60
    wb.active = 2
    wb.save(os.path.join(HERE, CC_FILE))


# ---------------------------------------------------------------------------
# 2. Livestock and Meat Commission for NI - corporate risk register (refuse)
# ---------------------------------------------------------------------------
LMC_FILE = "zcb-livestock-and-meat-commission-ni-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
LMC_TITLE = "Livestock and Meat Commission for Northern Ireland – Corporate Risk Register 2025-26"
LMC_RISKS = [
    dict(no="CR1", obj="Financial sustainability",
         desc="Statutory levy income falls below budget because of reduced cattle and sheep throughput at NI processing plants and increased live exports, leading to cuts in industry services.",
         owner="Chief Executive", inh="4 x 4 = 16", ctrl="Monthly levy reconciliation; budget monitoring to Board; reserves policy.",
         res="4 x 3 = 12", res_fill=AMBER, app="Cautious", dot="↔",
         acts=[("Provide a quarterly levy income forecast to the Board, modelled against DAERA throughput statistics", "Finance Manager", "December 2025"),
               ("Engage with DAERA on the review of statutory charge rates and prepare an options paper for the Board", "Chief Executive", "March 2026")]),
    dict(no="CR2", obj="Industry services",
         desc="The Northern Ireland Beef and Lamb Farm Quality Assurance Scheme (NIBL FQAS) loses UKAS accreditation because of inspection backlogs, damaging market access for NI beef and lamb.",
         owner="Head of Industry Services", inh="5 x 3 = 15", ctrl="UKAS ISO/IEC 17065 accreditation; annual internal audit of certification body; inspector competency framework.",
         res="5 x 2 = 10", res_fill=AMBER, app="Averse", dot="↑",
         acts=[("Close out the non-conformities raised at the UKAS surveillance visit", "Head of Industry Services", "November 2025"),
               ("Recruit two additional FQAS inspectors and complete their training", "Head of Industry Services / HR Manager", "January 2026")]),
    dict(no="CR3", obj="Corporate services",
         desc="A cyber attack or system failure results in loss of levy, FQAS or market price reporting data and an inability to deliver core services.",
         owner="Corporate Services Manager", inh="5 x 4 = 20", ctrl="Managed firewall and endpoint protection; daily off-site backups; NICS cyber awareness e-learning.",
         res="5 x 3 = 15", res_fill=RED, app="Averse", dot="↔",
         acts=[("Achieve Cyber Essentials Plus certification", "Corporate Services Manager", "January 2026"),
               ("Test restoration of the levy and FQAS databases from backup", "IT Officer", "Quarterly")]),
    dict(no="CR4", obj="Governance",
         desc="Delays in public appointments leave the LMC Board below its quorum and skills requirements, weakening oversight and decision-making.",
         owner="Chair / Chief Executive", inh="3 x 4 = 12", ctrl="Board skills matrix; engagement with sponsor branch; extensions of terms approved by the Minister.",
         res="3 x 3 = 9", res_fill=AMBER, app="Cautious", dot="↓",
         acts=[("Agree the timetable for the 2026 Board member recruitment competition with DAERA sponsor branch", "Chief Executive", "December 2025"),
               ("Complete the Board effectiveness self-assessment and report to DAERA", "Chair", "Febuary 2026")]),
    dict(no="CR5", obj="Market development",
         desc="An exotic animal disease outbreak (e.g. foot-and-mouth disease or bluetongue) in Northern Ireland or GB closes export markets for NI red meat.",
         owner="Head of Market Development", inh="5 x 3 = 15", ctrl="Contingency plan aligned with DAERA; industry communication protocols.",
         res="5 x 2 = 10", res_fill=AMBER, app="Cautious", dot="↔",
         acts=[("Refresh the LMC disease outbreak communication plan with DAERA and the processing sector", "Head of Market Development", "Ongoing")]),
]
LMC_REFUSE_ROW = None  # filled in by build


def build_lmc():
    global LMC_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q2 2025-26"
    ws["A1"] = LMC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Quarter 2 review (September 2025)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reviewed by the Senior Management Team on 23 September 2025; presented to the Audit and Risk Assurance Committee on 14 October 2025."
    ws.merge_cells("A3:L3")
    heads = ["Risk No.", "Corporate objective", "Risk description (cause / event / effect)", "Risk owner",
             "Inherent risk (I x L)", "Existing controls", "Residual risk (I x L)", "Risk appetite",
             "Further action required", "Action owner", "Target date", "Direction of travel"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = WRAP
        c.border = BOX
    row = 6
    for r in LMC_RISKS:
        first = row
        for k, (act, owner, tgt) in enumerate(r["acts"]):
            if k == 0:
                for j, v in enumerate([r["no"], r["obj"], r["desc"], r["owner"], r["inh"], r["ctrl"], r["res"], r["app"]]):
                    ws.cell(row=row, column=1 + j, value=v)
                ws.cell(row=row, column=12, value=r["dot"])
                ws.cell(row=row, column=7).fill = fill(r["res_fill"])
            ws.cell(row=row, column=9, value=act)
            ws.cell(row=row, column=10, value=owner)
            ws.cell(row=row, column=11, value=tgt)
            if tgt.startswith("Febuary"):
                LMC_REFUSE_ROW = row
            for j in range(1, 13):
                ws.cell(row=row, column=j).alignment = WRAP
                ws.cell(row=row, column=j).border = BOX
            row += 1
        last = row - 1
        if last > first:
            for col in (1, 2, 3, 4, 5, 6, 7, 8, 12):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.cell(row=row + 1, column=1, value="Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk reducing since last review.")
    ws.cell(row=row + 2, column=1, value="Scoring: Impact (I) x Likelihood (L), each 1–5. Residual 15–25 Red; 8–12 Amber; 1–6 Green. See Guidance sheet.")
    for col, w in zip("ABCDEFGHIJKL", (8, 16, 46, 20, 11, 40, 11, 11, 48, 24, 14, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Guidance")
    g["A1"] = "Risk scoring matrix"
    g["A1"].font = Font(bold=True, size=12)
    g["A3"] = "Impact / Likelihood"
    for j in range(1, 6):
        g.cell(row=3, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        rr = 4 + (5 - i)
        g.cell(row=rr, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s = i * j
            c = g.cell(row=rr, column=1 + j, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BOX
    g["A11"] = "Risk appetite levels: Averse – Minimalist – Cautious – Open – Eager (HM Treasury Orange Book)."
    g["A12"] = "Risks with a residual score of 15 or more are escalated to the Board and to DAERA sponsor branch."
    g.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, LMC_FILE))


# ---------------------------------------------------------------------------
# 3. Translink - HSENI improvement notices corrective action tracker (xlsx)
# ---------------------------------------------------------------------------
TL_FILE = "zcb-translink-hseni-improvement-notices-action-tracker.xlsx"
TL_TITLE = "Translink (NITHCo) – HSENI Improvement Notices: Corrective Action Tracker"
TL_NOTICES = [
    dict(banner="IN/2025/0418 – Ulsterbus & Metro, Duncrue Engineering Works – Workplace transport (Workplace (Health, Safety and Welfare) Regulations (Northern Ireland) 1993, reg. 17)",
         req="Carry out a suitable and sufficient assessment of workplace transport risks at the site and implement measures so that pedestrians and vehicles can circulate safely, including segregation of pedestrians from moving vehicles.",
         served=d(2025, 4, 14), comp=d(2025, 6, 30), site="Duncrue Engineering Works, Belfast",
         acts=[dict(no="1.1", act="Commission an independent workplace transport risk assessment covering the bus wash, fuel island and engineering yard",
                    lead="Depot Manager (Duncrue)", comp=d(2025, 6, 30), rev=None,
                    prog="Assessment completed by external consultant 12/06/2025; report and action plan sent to HSENI 20/06/2025.",
                    prev="G", cur="C", status="blue", end="2025-06"),
               dict(no="1.2", act="Install barrier-protected pedestrian walkways and marked crossing points between the staff car park and the workshop",
                    lead="Estates Manager", comp=d(2025, 6, 30), rev=d(2025, 10, 31),
                    prog="Extension agreed with HSENI inspector. Walkways installed; crossing-point signage and lighting outstanding.",
                    prev="R", cur="A", status="amber", end="2025-10"),
               dict(no="1.3", act="Introduce a banksman procedure for reversing vehicles in the engineering yard and brief all drivers and fitters",
                    lead="Engineering Manager / Depot Manager (Duncrue)", comp=d(2025, 6, 30), rev=None,
                    prog="Procedure issued 02/06/2025. 212 of 220 staff briefed; remainder on long-term absence.",
                    prev="G", cur="C", status="blue", end="2025-06")]),
    dict(banner="IN/2025/0433 – NI Railways, York Road Depot – Hand-arm vibration (Control of Vibration at Work Regulations (Northern Ireland) 2005, reg. 6)",
         req="Eliminate or, where that is not reasonably practicable, reduce to a minimum the exposure of maintenance staff to hand-arm vibration, and place employees who are likely to be at risk under suitable health surveillance.",
         served=d(2025, 5, 22), comp=d(2025, 8, 31), site="York Road Depot, Belfast",
         acts=[dict(no="2.1", act="Complete vibration exposure assessments for all powered hand tools used in the bogie overhaul and wheel lathe areas",
                    lead="Fleet Maintenance Manager", comp=d(2025, 8, 31), rev=None,
                    prog="All 37 tools assessed; trigger-time labels fitted and tool register updated.",
                    prev="G", cur="C", status="blue", end="2025-08"),
               dict(no="2.2", act="Replace high-vibration needle scalers and angle grinders with low-vibration models",
                    lead="Fleet Maintenance Manager", comp=d(2025, 8, 31), rev=d(2025, 11, 30),
                    prog="Order placed July 2025; supplier delivery delayed. Interim trigger-time limits enforced by supervisors. Extension agreed by HSENI.",
                    prev="A", cur="A", status="amber", end="2025-11"),
               dict(no="2.3", act="Enrol exposed staff in tiered HAVS health surveillance with the occupational health provider",
                    lead="Occupational Health Manager", comp=d(2025, 8, 31), rev=None,
                    prog="Tier 1 questionnaires returned by 64 staff; 9 referred to Tier 3 assessment, appointments booked.",
                    prev="A", cur="G", status="green", end="2025-08")]),
    dict(banner="IN/2025/0467 – Ulsterbus, Ballymena Depot – Diesel engine exhaust emissions (Control of Substances Hazardous to Health Regulations (Northern Ireland) 2003, reg. 7)",
         req="Ensure that the exposure of employees to diesel engine exhaust emissions in the vehicle maintenance workshop is prevented or, where this is not reasonably practicable, adequately controlled.",
         served=d(2025, 9, 8), comp=d(2025, 12, 15), site="Ballymena Depot",
         acts=[dict(no="3.1", act="Fit tailpipe exhaust extraction to the three maintenance pits",
                    lead="Estates Manager", comp=d(2025, 12, 15), rev=None,
                    prog="Contractor appointed; installation programmed for w/c 17/11/2025.",
                    prev="G", cur="G", status="green", end="2025-12"),
               dict(no="3.2", act="Carry out a thorough examination and test of the workshop local exhaust ventilation (LEV) and record the results",
                    lead="Engineering Manager", comp=d(2025, 12, 15), rev=None,
                    prog="Not started – to follow installation of tailpipe extraction (3.1).",
                    prev="", cur="", status="unrated", end="2025-12"),
               dict(no="3.3", act="Revise the COSHH assessment for the workshop and brief fitters on safe engine-running procedures",
                    lead="Health & Safety Business Partner", comp=d(2025, 12, 15), rev=None,
                    prog="Draft assessment prepared but business partner post vacant since September. Extension request to be submitted to HSENI.",
                    prev="A", cur="R", status="red", end="2025-12")]),
]


def build_translink():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    ws["A1"] = TL_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("00205B")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Owner: Head of Health, Safety & Environment   |   Reported to: Executive Safety Committee and Board Safety Committee   |   Last updated: 03/10/2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Status key: G = on track to meet compliance date; A = at risk, mitigation in place; R = will not meet compliance date / extension needed; C = complete, evidence sent to HSENI"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    heads = ["No.", "Requirement of notice (Schedule)", "Corrective action", "Action owner",
             "Compliance date (per notice)", "Revised date (extension agreed)", "Progress / evidence",
             "Status at last report", "Current status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.alignment = WRAP
        c.border = BOX
    sfill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    row = 6
    for n in TL_NOTICES:
        ws.cell(row=row, column=1, value=n["banner"]).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill("D9E1F2")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        row += 1
        first = row
        for k, a in enumerate(n["acts"]):
            vals = [a["no"], n["req"] if k == 0 else None, a["act"], a["lead"], a["comp"], a["rev"],
                    a["prog"], a["prev"] or None, a["cur"] or None]
            for j, v in enumerate(vals):
                c = ws.cell(row=row, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, key in ((8, a["prev"]), (9, a["cur"])):
                if key:
                    ws.cell(row=row, column=col).fill = fill(sfill[key])
                    ws.cell(row=row, column=col).alignment = Alignment(horizontal="center", vertical="top")
            row += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for col, w in zip("ABCDEFGHI", (6, 44, 46, 26, 14, 14, 48, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    reg = wb.create_sheet("Notices Register")
    reg["A1"] = "HSENI enforcement notices served on Translink group companies – 2025"
    reg["A1"].font = Font(bold=True, size=12)
    heads = ["Notice ref", "Type", "Company", "Site", "Date served", "Compliance date", "Extension to", "Inspector", "Notice status"]
    for j, h in enumerate(heads):
        c = reg.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    company = {"IN/2025/0418": "Ulsterbus / Citybus (Metro)", "IN/2025/0433": "NI Railways", "IN/2025/0467": "Ulsterbus"}
    ext = {"IN/2025/0418": d(2025, 10, 31), "IN/2025/0433": d(2025, 11, 30), "IN/2025/0467": None}
    for i, n in enumerate(TL_NOTICES):
        ref = n["banner"].split(" – ")[0]
        vals = [ref, "Improvement Notice", company[ref], n["site"], n["served"], n["comp"], ext[ref],
                "HSENI Major Investigation & Transport Team", "Open"]
        for j, v in enumerate(vals):
            c = reg.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    reg.cell(row=8, column=1, value="No prohibition notices were served in 2025 to date.")
    for col, w in zip("ABCDEFGHI", (15, 19, 26, 34, 12, 15, 12, 40, 12)):
        reg.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, TL_FILE))


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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def add_table(doc, rows, header_fill=GREY, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, bold=(i == 0), size=9)
            if i == 0 and header_fill:
                shade(t.cell(i, j), header_fill)
    return t


# ---------------------------------------------------------------------------
# 4. Alzheimer's Society - Board of Trustees rolling action log (docx)
# ---------------------------------------------------------------------------
AS_FILE = "zcb-alzheimers-society-board-of-trustees-action-log.docx"
AS_TITLE = "Alzheimer's Society – Board of Trustees Rolling Action Log"
AS_STATUS_FILL = {"Complete": "8DB4E2", "On track": "92D050", "Some slippage": "FFC000",
                  "Overdue": "FF5050", "Not yet started": None}
AS_MEETINGS = [
    ("Meeting of 27 March 2025", [
        dict(ref="A25/03", act="Bring a revised reserves policy to the Board, including the target range for free reserves and the rationale for it",
             lead="CFO", due="June 2025", st="Complete", upd="Approved by the Board on 26 June 2025 (minute 7).",
             status="blue", end="2025-06"),
        dict(ref="A25/05", act="Circulate the updated Trustee skills matrix and arrange one-to-one conversations with each Trustee ahead of the recruitment round",
             lead="Chair / CoSec", due="May 2025", st="Complete", upd="Skills matrix circulated 9 April; conversations held April–May 2025.",
             status="blue", end="2025-05"),
        dict(ref="A25/06", act="Commission an external board effectiveness review in line with the Charity Governance Code and report the findings to the Board",
             lead="CoSec", due="December 2025", st="On track", upd="Reviewer appointed July 2025; interviews and observation completed. Report on the agenda for 4 December.",
             status="green", end="2025-12"),
    ]),
    ("Meeting of 26 June 2025", [
        dict(ref="A25/11", act="Provide a deep dive on Dementia Support Line demand and waiting times, including the impact of the new telephony platform",
             lead="Dir of Services", due="December 2025 (was September 2025)", st="Some slippage",
             upd="Deferred by agreement with the Chair to allow three months of data from the new platform.",
             status="amber", end="2025-12", end_text="December 2025 (was September 2025)"),
        dict(ref="A25/12", act="Share the safeguarding annual report with all Trustees and confirm the lead Trustee for safeguarding",
             lead="Dir of People / Chair", due="July 2025", st="Complete", upd="Report circulated 14 July. Lead Trustee confirmed.",
             status="blue", end="2025-07"),
        dict(ref="A25/14", act="Report on Q1 fundraising income against budget, with the Memory Walk forecast and mitigations for the shortfall in legacy income",
             lead="CFO / Dir of Fundraising", due="September 2025", st="Complete", upd="Taken at the September meeting (item 5).",
             status="blue", end="2025-09"),
        dict(ref="A25/15", act="Review the serious incident log with the Audit and Risk Committee and confirm that all reportable incidents have been reported to the Charity Commission",
             lead="Chair of ARC / CoSec", due="October 2025", st="Overdue", upd="ARC meeting moved to 13 November 2025; verbal update at this meeting.",
             status="red", end="2025-10"),
    ]),
    ("Meeting of 25 September 2025", [
        dict(ref="A25/19", act="Present the draft outcomes framework for the 2026–2031 strategy for discussion at the Board away day",
             lead="CEO", due="January 2026", st="On track", upd="Draft framework with Executive Team; away day booked for 22 January 2026.",
             status="green", end="2026-01"),
        dict(ref="A25/20", act="Arrange a Trustee visit to a Dementia Advisor service in Wales",
             lead="CoSec", due="TBC", st="Not yet started", upd="Dates to be offered once the away day is confirmed.",
             status="unrated", end=None, end_text="TBC"),
        dict(ref="A25/21", act="Update the Board on the cyber incident response plan and the results of the latest penetration test",
             lead="CFO", due="December 2025", st="On track", upd="Penetration test completed October 2025; summary to be included in the December CFO report.",
             status="green", end="2025-12"),
    ]),
]


def build_alzheimers():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Board of Trustees – 4 December 2025 – Paper BT/25/58 – CONFIDENTIAL"
    doc.add_heading(AS_TITLE, level=0)
    doc.add_paragraph("Paper BT/25/58 – for the meeting of the Board of Trustees on 4 December 2025")
    doc.add_paragraph("Purpose: to note progress on actions arising from Board meetings. Actions marked Complete are shown "
                      "once and then removed from the log. Owners are shown by role; see the list of abbreviations at the end of this paper.")
    doc.add_paragraph("Status key", style="Heading 3")
    key = doc.add_table(rows=1, cols=5)
    key.style = "Table Grid"
    for j, (w, col) in enumerate([("Complete", "8DB4E2"), ("On track", "92D050"), ("Some slippage", "FFC000"),
                                  ("Overdue", "FF5050"), ("Not yet started", "FFFFFF")]):
        set_cell(key.cell(0, j), w, size=9)
        shade(key.cell(0, j), col)
    for title, acts in AS_MEETINGS:
        doc.add_heading(title, level=2)
        rows = [["Ref", "Action", "Owner", "Due", "Status", "Update"]]
        for a in acts:
            rows.append([a["ref"], a["act"], a["lead"], a["due"], a["st"], a["upd"]])
        t = add_table(doc, rows, header_fill="7030A0")
        for j in range(6):
            t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, a in enumerate(acts, start=1):
            col = AS_STATUS_FILL[a["st"]]
            if col:
                shade(t.cell(i, 4), col)
    doc.add_heading("Abbreviations", level=2)
    abbr = [["Abbreviation", "Role"], ["CEO", "Chief Executive Officer"], ["CFO", "Chief Financial Officer"],
            ["CoSec", "Company Secretary"], ["Dir of Services", "Director of Services"],
            ["Dir of People", "Director of People"], ["Dir of Fundraising", "Director of Fundraising"],
            ["Chair of ARC", "Chair of the Audit and Risk Committee"]]
    add_table(doc, abbr)
    doc.save(os.path.join(HERE, AS_FILE))


# ---------------------------------------------------------------------------
# 5. Charity Commission for NI - Digital Services Programme highlight report
# ---------------------------------------------------------------------------
CC_NI_FILE = "zcb-charity-commission-for-northern-ireland-digital-services-programme-highlight-report.docx"
CCNI_TITLE = "Digital Services Programme: Highlight Report"
CCNI_RAG_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0", "Not started": None}
CCNI_WS = [
    ("Workstream 1: Online Annual Monitoring Return", [
        dict(ref="1.1", act="Complete user research with small charities and volunteer treasurers on the redesigned annual monitoring return",
             lead="Business Analyst", base="Jul 2025", fc="Aug 2025", rag="Complete",
             com="14 interviews and two workshops held with NICVA members. Findings report signed off.", status="blue", end="2025-08"),
        dict(ref="1.2", act="Build and test the new return on the case management platform (sprints 4–7)",
             lead="Digital Delivery Lead / Supplier Project Manager", base="Oct 2025", fc="Dec 2025", rag="A",
             com="Sprint 5 overran because of integration defects with the finance module. Recovery plan agreed with supplier.", status="amber", end="2025-12"),
        dict(ref="1.3", act="Run a private beta with 50 charities and publish revised annual reporting guidance",
             lead="Head of Registration & Reporting", base="Jan 2026", fc="Feb 2026", rag="A",
             com="Dependent on 1.2. Beta charities recruited.", status="amber", end="2026-02"),
    ]),
    ("Workstream 2: Register of Charities website", [
        dict(ref="2.1", act="Migrate the public register search to the new cloud hosting environment",
             lead="Technical Architect", base="Sep 2025", fc="Sep 2025", rag="Complete",
             com="Cut-over completed 27 September 2025 with no service outage.", status="blue", end="2025-09"),
        dict(ref="2.2", act="Complete a WCAG 2.2 AA accessibility audit of the register and fix all priority 1 issues",
             lead="Digital Delivery Lead", base="Nov 2025", fc="Nov 2025", rag="G",
             com="Audit report received; 11 of 13 priority 1 issues fixed.", status="green", end="2025-11"),
    ]),
    ("Workstream 3: Concerns and compliance case management", [
        dict(ref="3.1", act="Agree the data migration approach for legacy concerns cases with the Information Governance Officer",
             lead="Head of Compliance", base="Oct 2025", fc="TBC", rag="R",
             com="Retention rules for closed inquiry files not yet agreed. Decision required from Programme Board (see section 5).", status="red", end=None, end_text="TBC"),
        dict(ref="3.2", act="Configure case workflows for concerns, statutory inquiries and regulatory guidance cases",
             lead="Head of Compliance / Business Analyst", base="Mar 2026", fc="Mar 2026", rag="G",
             com="Workflow mapping sessions under way.", status="green", end="2026-03"),
    ]),
    ("Workstream 4: Business change and training", [
        dict(ref="4.1", act="Deliver training on the new platform for the Registration and Compliance teams",
             lead="Business Change Manager", base="Feb 2026", fc="Mar 2026", rag="Not started",
             com="Training needs analysis scheduled for December 2025.", status="unrated", end="2026-03"),
    ]),
]


def build_ccni():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Charity Commission for Northern Ireland – OFFICIAL"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(CCNI_TITLE, level=0)
    doc.add_paragraph("Report No. 11   |   Reporting period: 1 October – 31 October 2025   |   For: Programme Board, 12 November 2025")
    doc.add_paragraph("Senior Responsible Owner: Chief Executive   |   Programme Manager: Digital Delivery Lead")
    doc.add_heading("Document control", level=1)
    add_table(doc, [["Version", "Date", "Author", "Status"],
                    ["0.1", "04/11/2025", "Programme Support Officer", "Draft"],
                    ["0.2", "06/11/2025", "Digital Delivery Lead", "Reviewed"],
                    ["1.0", "07/11/2025", "Digital Delivery Lead", "Issued to Programme Board"]])
    doc.add_heading("1. Overall status", level=1)
    rows = [["Dimension", "Last period", "This period", "Commentary"],
            ["Overall", "A", "A", "Programme remains deliverable by March 2026 but Workstream 1 has slipped by two months."],
            ["Schedule", "A", "R", "Sprint 5 overrun; private beta moved to February 2026."],
            ["Budget", "G", "G", "£412k spent against £1.06m approved (39%). Forecast outturn within approval."],
            ["Resources", "R", "A", "Business Analyst post filled from 6 October 2025."],
            ["Risks and issues", "A", "A", "See section 4."]]
    t = add_table(doc, rows)
    for i in range(1, len(rows)):
        for j in (1, 2):
            shade(t.cell(i, j), CCNI_RAG_FILL[rows[i][j]])
    doc.add_paragraph("RAG key: G – on track; A – at risk but recoverable within tolerance; R – outside tolerance, Programme Board attention needed; "
                      "Complete – milestone delivered and accepted.")
    doc.add_heading("2. Summary", level=1)
    doc.add_paragraph("October saw the successful migration of the Register of Charities to cloud hosting and the appointment of a "
                      "permanent Business Analyst. Development of the online annual monitoring return has fallen behind plan and the "
                      "supplier has agreed a recovery plan at no additional cost. A decision is needed on retention rules for legacy "
                      "inquiry files before data migration can be designed.")
    doc.add_heading("3. Progress by workstream", level=1)
    for ws_title, acts in CCNI_WS:
        doc.add_heading(ws_title, level=2)
        rows = [["Ref", "Milestone / activity", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]]
        for a in acts:
            rows.append([a["ref"], a["act"], a["lead"], a["base"], a["fc"], a["rag"], a["com"]])
        t = add_table(doc, rows, header_fill="BDD7EE")
        for i, a in enumerate(acts, start=1):
            col = CCNI_RAG_FILL[a["rag"]]
            if col:
                shade(t.cell(i, 5), col)
    doc.add_heading("4. Key risks and issues", level=1)
    add_table(doc, [["ID", "Risk / issue", "Owner", "Rating", "Mitigation"],
                    ["R07", "Supplier capacity constrains delivery of sprints 6 and 7", "Digital Delivery Lead", "High",
                     "Weekly supplier call; named developers ring-fenced to the contract."],
                    ["R11", "Charities are not ready for mandatory online reporting", "Head of Registration & Reporting", "Medium",
                     "Engagement plan with NICVA and umbrella bodies; helpline support during launch."],
                    ["I03", "Retention rules for closed inquiry files not agreed", "Head of Compliance", "High",
                     "Decision requested at this Programme Board."]])
    doc.add_heading("5. Decisions required from Programme Board", level=1)
    doc.add_paragraph("Approve the revised baseline for Workstream 1 (private beta in February 2026).", style="List Bullet")
    doc.add_paragraph("Agree the retention period for closed statutory inquiry files so that migration design can proceed.", style="List Bullet")
    doc.add_heading("6. Next period", level=1)
    doc.add_paragraph("Complete sprints 6 and 7; confirm beta cohort; close remaining accessibility issues; start training needs analysis.")
    doc.save(os.path.join(HERE, CC_NI_FILE))


# ---------------------------------------------------------------------------
# 6. Wivenhoe Town Council - governance action plan, Microsoft Planner export (csv)
# ---------------------------------------------------------------------------
WV_FILE = "zcb-wivenhoe-town-council-governance-action-plan-planner-export.csv"
WV_TITLE = "Wivenhoe Town Council – Governance Action Plan 2025-26"
WV_HEAD = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created Date", "Start date",
           "Due date", "Late", "Completed Date", "Labels", "Description"]
WV_TASKS = [
    dict(name="Reconcile the fixed asset register to the insurance schedule and the AGAR Box 9 figure", bucket="Internal audit 2024/25 recommendations",
         prog="Completed", pri="Important", to="Emma Castle", created="10/02/2025", start="10/02/2025", due="31/05/2025", late="false",
         done="28/05/2025", labels="", desc="Internal auditor's interim report, January 2025, point 1.", status="blue", end="2025-05"),
    dict(name="Adopt a policy for use of the council debit card with a monthly limit and review of statements by two councillors", bucket="Internal audit 2024/25 recommendations",
         prog="Completed", pri="Important", to="Jo Hargreaves;Cllr Paul Denny", created="10/02/2025", start="", due="17/03/2025", late="false",
         done="17/03/2025", labels="", desc="Adopted by Full Council 17 March 2025 (FC/03.25/09).", status="blue", end="2025-03"),
    dict(name="Publish the internal audit report and AGAR Sections 1 and 2 on the website by the statutory deadline", bucket="Internal audit 2024/25 recommendations",
         prog="Completed", pri="Urgent", to="Emma Castle", created="10/02/2025", start="", due="30/06/2025", late="false",
         done="24/06/2025", labels="", desc="Notice of public rights also published.", status="blue", end="2025-06"),
    dict(name="Review Standing Orders against the 2025 NALC model and bring to Full Council for adoption", bucket="Standing Orders & Financial Regulations",
         prog="In progress", pri="Important", to="Jo Hargreaves", created="12/05/2025", start="02/06/2025", due="15/09/2025", late="true",
         done="", labels="Amber", desc="NALC model received June 2025.\nTracked-change draft with Finance & Administration Committee; now to Full Council 17 November.",
         status="amber", end="2025-09"),
    dict(name="Update Financial Regulations for the new procurement thresholds under the Procurement Act 2023", bucket="Standing Orders & Financial Regulations",
         prog="In progress", pri="Medium", to="Jo Hargreaves;Emma Castle", created="12/05/2025", start="01/09/2025", due="17/11/2025", late="false",
         done="", labels="Green", desc="Draft to F&A Committee 3 November.", status="green", end="2025-11"),
    dict(name="Audit the website against the Transparency Code for smaller authorities and WCAG 2.2 accessibility requirements", bucket="Transparency & website",
         prog="In progress", pri="Medium", to="Sam Okafor", created="12/05/2025", start="01/07/2025", due="31/12/2025", late="false",
         done="", labels="Green", desc="Accessibility statement updated; transparency checklist 70% complete.", status="green", end="2025-12"),
    dict(name="Move all councillors and staff to wivenhoe.gov.uk email addresses", bucket="Transparency & website",
         prog="In progress", pri="Urgent", to="Sam Okafor", created="12/05/2025", start="01/08/2025", due="30/09/2025", late="true",
         done="", labels="Red", desc="Four councillors still using personal accounts. Training session offered.", status="red", end="2025-09"),
    dict(name="Complete annual appraisals for all staff and agree training plans, including CiLCA for the Deputy Clerk", bucket="Staffing & HR",
         prog="Completed", pri="Medium", to="Jo Hargreaves", created="12/05/2025", start="01/09/2025", due="31/10/2025", late="false",
         done="30/10/2025", labels="", desc="", status="blue", end="2025-10"),
    dict(name="Review the Personnel Committee terms of reference and the grievance procedure", bucket="Staffing & HR",
         prog="Not started", pri="Low", to="Cllr Helen Ward", created="12/05/2025", start="", due="", late="false",
         done="", labels="", desc="Awaiting updated NALC model grievance procedure.", status="unrated", end=None),
    dict(name="Review the risk register and present it to the Finance & Administration Committee", bucket="Assets & risk",
         prog="Not started", pri="Important", to="Emma Castle", created="12/05/2025", start="", due="19/01/2026", late="false",
         done="", labels="", desc="", status="unrated", end="2026-01"),
    dict(name="Commission a condition survey of William Loveless Hall", bucket="Assets & risk",
         prog="In progress", pri="Medium", to="Jo Hargreaves", created="12/05/2025", start="06/10/2025", due="27/02/2026", late="false",
         done="", labels="Amber", desc="Three quotes requested; one received.", status="amber", end="2026-02"),
]


def build_wivenhoe():
    path = os.path.join(HERE, WV_FILE)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Plan name", WV_TITLE] + [""] * (len(WV_HEAD) - 2))
        w.writerow(["Plan ID", "q7Hk2LxV0EuT9mWbN4cRsGQAE1Yz"] + [""] * (len(WV_HEAD) - 2))
        w.writerow(["Date of export", "05/11/2025"] + [""] * (len(WV_HEAD) - 2))
        w.writerow([""] * len(WV_HEAD))
        w.writerow(WV_HEAD)
        for t in WV_TASKS:
            w.writerow([t["name"], t["bucket"], t["prog"], t["pri"], t["to"], t["created"], t["start"],
                        t["due"], t["late"], t["done"], t["labels"], t["desc"]])


# ---------------------------------------------------------------------------
# 7. Queens Cross Housing Association - AAS improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
QC_FILE = "zcb-queens-cross-housing-association-shr-annual-assurance-statement-improvement-plan.txt"
QC_TITLE = "Queens Cross Housing Association – Annual Assurance Statement 2024: Improvement Plan"
QC_SECTIONS = [
    ("SECTION A: TENANT AND RESIDENT SAFETY", [
        ("A1 Electrical safety – EICRs (material non-compliance with the SHQS)", [
            dict(ref="A1.1", act="Complete Electrical Installation Condition Reports (EICRs) for the 212 homes without a valid certificate, prioritising homes where tenants have a known vulnerability",
                 lead="Head of Property Services", due="31/03/2025",
                 prog="198 of 212 complete. 14 no-access cases passed to Housing Officers for the forced access procedure.", rag="Amber",
                 status="amber", end="2025-03"),
            dict(ref="A1.2", act="Report EICR compliance figures to the Management Committee and the Scottish Housing Regulator each month",
                 lead="Director of Assets", due="Monthly",
                 prog="Reports issued every month since November 2024.", rag="Green",
                 status="green", end=None, end_text="Monthly"),
        ]),
        ("A2 Fire detection – interlinked smoke and heat alarms", [
            dict(ref="A2.1", act="Install interlinked smoke and heat alarms in the remaining 57 homes where access has previously been refused",
                 lead="Head of Property Services", due="30/06/2025",
                 prog="31 installed since October. Contractor booked for evening and Saturday appointments.", rag="Amber",
                 status="amber", end="2025-06"),
            dict(ref="A2.2", act="Update the no-access procedure so that legal action under the tenancy agreement is used as a last resort",
                 lead="Head of Housing Services / Legal Services Manager", due="31/01/2025",
                 prog="Revised procedure approved by the Operations Sub-Committee on 22 January 2025.", rag="Complete",
                 status="blue", end="2025-01"),
        ]),
        ("A3 Damp and mould", [
            dict(ref="A3.1", act="Introduce a damp and mould case tracker with a standard of inspection within 10 working days of a report",
                 lead="Repairs Manager", due="31/12/2024",
                 prog="Tracker live from 2 December 2024; 94% of cases inspected within 10 working days in Q4.", rag="Complete",
                 status="blue", end="2024-12"),
        ]),
    ]),
    ("SECTION B: GOVERNANCE, ASSURANCE AND EVIDENCE", [
        ("B1 Evidence supporting the Annual Assurance Statement", [
            dict(ref="B1.1", act="Review the evidence bank supporting the Annual Assurance Statement and map each item to the Regulatory Standards of Governance and Financial Management",
                 lead="Corporate Services Manager", due="31/08/2025",
                 prog="Mapping template agreed; Standards 1–3 complete.", rag="Green",
                 status="green", end="2025-08"),
            dict(ref="B1.2", act="Hold a Management Committee development session on the Regulatory Framework and the role of assurance",
                 lead="Chief Executive", due="Q1 2025/26",
                 prog="Facilitator booked for May 2025.", rag="Green",
                 status="green", end="2025-06", end_text="Q1 2025/26"),
        ]),
        ("B2 Equalities data", [
            dict(ref="B2.1", act="Refresh tenant equalities data for all protected characteristics through the annual tenant census",
                 lead="Customer Insight Officer", due="30/09/2025",
                 prog="Census response rate only 31% at March 2025; door-knocking in summer needs extra staff resource.", rag="Red",
                 status="red", end="2025-09"),
        ]),
        ("B3 Development programme", [
            dict(ref="B3.1", act="Give the Regulator an update on the development programme, including any material changes to scale, tenure mix or timescales",
                 lead="Director of Development", due="31/10/2024",
                 prog="Update submitted 28 October 2024.", rag="Complete",
                 status="blue", end="2024-10"),
        ]),
    ]),
]
QC_LINES = None


def build_queens_cross():
    global QC_LINES
    lines = [QC_TITLE,
             "Approved by the Management Committee on 24 October 2024. Progress position at 31 March 2025.",
             "",
             "\t".join(["Ref", "Improvement action", "Lead", "Target date", "Progress at 31 March 2025", "RAG"])]
    for sec, issues in QC_SECTIONS:
        lines.append(sec)
        for issue, acts in issues:
            lines.append(issue)
            for a in acts:
                lines.append("\t".join([a["ref"], a["act"], a["lead"], a["due"], a["prog"], a["rag"]]))
        lines.append("")
    lines.append("RAG: Green = on track; Amber = some slippage, action in hand; Red = off track, Committee attention needed; Complete = action finished and evidence filed.")
    lines.append("Queens Cross Housing Association Ltd is a registered social landlord regulated by the Scottish Housing Regulator.")
    QC_LINES = lines
    with open(os.path.join(HERE, QC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    build_consumer_council()
    build_lmc()
    build_translink()
    build_alzheimers()
    build_ccni()
    build_wivenhoe()
    build_queens_cross()
    print("LMC refuse row:", LMC_REFUSE_ROW)


if __name__ == "__main__":
    main()
