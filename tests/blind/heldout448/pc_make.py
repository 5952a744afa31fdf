"""Build the seven pc- blind test files (set heldout448).

Run with /work/main/.venv/bin/python pc_make.py  (writes into this script's folder).
The ACTIONS tables below hold, next to what is written in each file, the reading a
person makes of it (ref, under, lead, end, status); pc_yaml in /tmp turns them into
the .expected.yaml files.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (RED, AMBER, GREEN, BLUE)}
NAVY = PatternFill("solid", start_color="1F3864", end_color="1F3864")
PALE = PatternFill("solid", start_color="D9E1F2", end_color="D9E1F2")
GREY = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

D = dt.datetime


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Belfast HSC Trust – Corporate Risk Register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
BELFAST = "pc-belfast-hsc-trust-corporate-risk-register-2025-26.xlsx"
BELFAST_TITLE = "Belfast Health and Social Care Trust – Corporate Risk Register 2025/26"

BELFAST_RISKS = [
    ("CRR 01 – Unscheduled and emergency care: ED crowding and delays in ambulance handover",
     "Risk description: There is a risk to patient safety and experience because demand for "
     "unscheduled care at the Royal Victoria Hospital (RVH) and Mater Infirmorum Hospital (MIH) "
     "exceeds bed and ED capacity, resulting in long waits in ED and delayed ambulance handovers. "
     "| Executive lead: Director of Unscheduled and Acute Care | Initial rating: 25 (Extreme) "
     "| Current rating: 20 (Extreme) | Target rating: 12 (High)",
     [
         dict(ref="01.1",
              action="Implement the Regional Ambulance Handover Protocol (45-minute release) at RVH "
                     "and MIH, with escalation of all breaches through the Trust Control Room.",
              owner="Co-Director, Unscheduled and Acute Care",
              orig=D(2025, 6, 30), rev=D(2025, 9, 30), prev="A", cur="B",
              update="Protocol live at both sites from 1 September 2025; compliance reported weekly "
                     "to the Executive Team.",
              lead=["Co-Director, Unscheduled and Acute Care"], end="2025-09", status="blue"),
         dict(ref="01.2",
              action="Open 12 additional Same Day Emergency Care (SDEC) spaces at RVH and extend SDEC "
                     "opening to 10pm on weekdays.",
              owner="Co-Director, Unscheduled and Acute Care / Estates Manager (Capital Projects)",
              orig=D(2025, 12, 31), rev=None, prev="G", cur="A",
              update="Estates works 70% complete. Recruitment of 6 Band 5 nurses for the extended hours "
                     "is behind plan.",
              lead=["Co-Director, Unscheduled and Acute Care", "Estates Manager (Capital Projects)"],
              end="2025-12", status="amber"),
         dict(ref="01.3",
              action="Review medical and nursing staffing models in ED against the regional "
                     "Emergency Department workforce review and submit a business case to the "
                     "Department of Health.",
              owner="Clinical Director, Emergency Medicine",
              orig="March 2026", rev=None, prev="G", cur="G",
              update="Workforce modelling complete; business case in draft for Executive Team in "
                     "January 2026.",
              lead=["Clinical Director, Emergency Medicine"], end="2026-03", status="green"),
     ]),
    ("CRR 04 – Nursing and midwifery workforce: vacancies and reliance on agency staff",
     "Risk description: There is a risk that the Trust cannot maintain safe nurse and midwife "
     "staffing levels due to vacancies, sickness absence and the requirement to end off-contract "
     "agency use. | Executive lead: Director of Nursing and User Experience | Initial rating: 20 "
     "(Extreme) | Current rating: 16 (High) | Target rating: 9 (Medium)",
     [
         dict(ref="04.1",
              action="Eliminate off-contract agency nursing shifts in line with the regional agency "
                     "reduction directive, with any exception approved by an Executive Director.",
              owner="Director of Nursing and User Experience",
              orig=D(2025, 9, 30), rev=D(2026, 3, 31), prev="A", cur="A",
              update="Off-contract use down 64% since April 2025. Remaining use concentrated in "
                     "theatres and critical care; revised date agreed by Executive Team.",
              lead=["Director of Nursing and User Experience"], end="2026-03", status="amber"),
         dict(ref="04.2",
              action="Deliver the 2025/26 international nurse recruitment cohort (target 120 "
                     "registrants) with a pastoral support and OSCE preparation programme.",
              owner="Deputy Director of HR (Recruitment); Assistant Director of Nursing (Workforce)",
              orig="March 2026", rev=None, prev="G", cur="G",
              update="78 registrants in post at end of Q2; OSCE first-time pass rate 91%.",
              lead=["Deputy Director of HR (Recruitment)", "Assistant Director of Nursing (Workforce)"],
              end="2026-03", status="green"),
         dict(ref="04.3",
              action="Roll out HealthRoster e-rostering to the remaining acute wards and all mental "
                     "health inpatient units.",
              owner="Head of Workforce Information",
              orig=D(2025, 12, 31), rev=None, prev="G", cur="R",
              update="Rollout paused in August 2025 pending regional interface fix; supplier has not "
                     "yet confirmed a release date.",
              lead=["Head of Workforce Information"], end="2025-12", status="red"),
     ]),
    ("CRR 07 – Financial sustainability: achieving break-even in 2025/26",
     "Risk description: There is a risk that the Trust will not achieve its statutory break-even "
     "duty in 2025/26 due to unfunded cost pressures and the scale of savings required. | "
     "Executive lead: Director of Finance | Initial rating: 20 (Extreme) | Current rating: 15 "
     "(High) | Target rating: 10 (High)",
     [
         dict(ref="07.1",
              action="Deliver the 2025/26 savings plan (£56.2m) through the Financial Recovery "
                     "Programme Board, with monthly reporting to Trust Board.",
              owner="Director of Finance",
              orig=D(2026, 3, 31), rev=None, prev="A", cur="A",
              update="£31.4m delivered or identified at Month 6; £9.8m of schemes assessed as high "
                     "risk.",
              lead=["Director of Finance"], end="2026-03", status="amber"),
         dict(ref="07.2",
              action="Agree with the Department of Health (SPPG) a contingency plan for any residual "
                     "deficit identified at Month 9.",
              owner="Director of Finance",
              orig="January 2026", rev=None, prev="G", cur="G",
              update="Initial meeting with SPPG held 22 October 2025.",
              lead=["Director of Finance"], end="2026-01", status="green"),
     ]),
    ("CRR 11 – Cyber security: loss of critical ICT systems following a cyber attack",
     "Risk description: There is a risk that a cyber attack causes prolonged loss of clinical and "
     "corporate ICT systems, disrupting patient care and exposing personal data. | Executive lead: "
     "Director of Digital Services | Initial rating: 20 (Extreme) | Current rating: 15 (High) | "
     "Target rating: 10 (High)",
     [
         dict(ref="11.1",
              action="Complete the Cyber Assessment Framework (CAF) self-assessment and submit it to "
                     "the regional Cyber Security Centre.",
              owner="Director of Digital Services",
              orig=D(2025, 9, 30), rev=None, prev="G", cur="B",
              update="Submitted 26 September 2025.",
              lead=["Director of Digital Services"], end="2025-09", status="blue"),
         dict(ref="11.2",
              action="Achieve 90% completion of mandatory cyber awareness training for all staff with "
                     "network access.",
              owner="Head of ICT Security",
              orig="Ongoing", rev=None, prev="G", cur="G",
              update="Compliance 86% at 30 September 2025 (Q1: 81%).",
              lead=["Head of ICT Security"], end=None, end_text="Ongoing", status="green"),
         dict(ref="11.3",
              action="Test the Trust’s ICT disaster recovery and business continuity arrangements "
                     "through a live exercise with the Emergency Planning team.",
              owner="Head of ICT Security; Emergency Planning Lead",
              orig="Dec-25", rev="Feb-26", prev="G", cur=None, cur_fill=AMBER,
              update="Exercise rescheduled to avoid winter pressures period.",
              lead=["Head of ICT Security", "Emergency Planning Lead"], end="2026-02",
              status="amber"),
     ]),
]


def make_belfast():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = BELFAST_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Position at 31 October 2025 – presented to Audit Committee, 27 November 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comment"),
            ("1.0", D(2025, 5, 14), "Corporate Risk Manager", "Annual refresh approved by Executive Team"),
            ("1.1", D(2025, 7, 31), "Corporate Risk Manager", "Q1 review"),
            ("1.2", D(2025, 10, 31), "Corporate Risk Manager",
             "Q2 review – CRR 07 current rating reduced from 20 to 15")]
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 5:
                c.font = Font(bold=True)
                c.fill = PALE
    ws["A10"] = ("The Corporate Risk Register records the risks that could prevent the Trust "
                 "achieving its corporate objectives. Risks are scored using the Regional HSC "
                 "Risk Matrix (impact x likelihood).")
    for col, w in zip("ABCD", (12, 14, 26, 60)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("CRR")
    ws["A1"] = "Corporate Risk Register 2025/26 – Further actions required"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RAG against each action: see Key tab. Current RAG reflects the Q2 2025/26 review."
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Further action required", "Action owner", "Original target date",
            "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)", "Progress update (Q2)"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PALE
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for title, desc, acts in BELFAST_RISKS:
        ws.cell(row=r, column=1, value=title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = NAVY
        r += 1
        ws.cell(row=r, column=1, value=desc)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = Font(italic=True)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 45
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["owner"], a["orig"], a["rev"], a["prev"], a["cur"],
                    a["update"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, key in ((6, "prev"), (7, "cur")):
                v = a[key]
                colour = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}.get(v) if v else a.get("cur_fill")
                if colour:
                    ws.cell(row=r, column=j).fill = FILL[colour]
                ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: CRR 09 (Water safety) was closed by the Executive Team on "
                                   "10/06/2025 and de-escalated to the Estates directorate risk register.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (10, 60, 34, 14, 14, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ws = wb.create_sheet("Key")
    ws["A1"] = "Action RAG key"
    ws["A1"].font = Font(bold=True)
    key = [("B", BLUE, "Action complete"),
           ("G", GREEN, "On track to be delivered by the target date"),
           ("A", AMBER, "Some slippage – recovery plan in place"),
           ("R", RED, "Significant slippage – target date will not be met")]
    for i, (k, colour, text) in enumerate(key, start=2):
        ws.cell(row=i, column=1, value=k).fill = FILL[colour]
        ws.cell(row=i, column=2, value=text)
    ws["A7"] = "Risk rating: Extreme 15–25 | High 8–12 | Medium 4–6 | Low 1–3"
    ws.column_dimensions["B"].width = 55
    wb.save(path(BELFAST))


# ---------------------------------------------------------------------------
# 2. Gwent OPCC – Police, Crime and Justice Plan delivery plan 2025/26 (xlsx)
# ---------------------------------------------------------------------------
GWENT = "pc-gwent-opcc-police-crime-and-justice-plan-delivery-plan-2025-26.xlsx"
GWENT_TITLE = ("Office of the Police and Crime Commissioner for Gwent – Police, Crime and Justice "
               "Plan 2025–2029: Delivery Plan 2025/26")

P1 = "Priority 1 – Preventing crime and antisocial behaviour"
P2 = "Priority 2 – Making our communities safer"
P3 = "Priority 3 – Protecting the vulnerable"
P4 = "Priority 4 – Putting victims first"
P5 = "Priority 5 – Reducing reoffending"
O11 = "1.1 Antisocial behaviour is reduced in the areas that suffer most"
O12 = "1.2 Serious violence is prevented through partnership working"
O21 = "2.1 Neighbourhood policing is visible and accessible"

# (kind, payload): kind "P" priority row, "O" outcome row, "A" action
GWENT_ROWS = [
    ("P", P1), ("O", O11),
    ("A", dict(ref="1.1.1",
               action="Fund the antisocial behaviour hotspot patrol programme in the ten wards with the "
                      "highest ASB demand, and commission an independent evaluation.",
               owner="Head of Commissioning (OPCC)", partners="Gwent Police; community safety partnerships",
               due="March 2026", rag=GREEN,
               update="Patrols running in all ten wards since June. Evaluation partner (University of "
                      "South Wales) appointed.",
               under=[P1, O11], lead=["Head of Commissioning (OPCC)"], end="2026-03", status="green")),
    ("A", dict(ref="1.1.2",
               action="Open the 2025/26 round of the Commissioner’s Youth Diversion Fund for "
                      "community-led projects.",
               owner="Commissioning Manager", partners="Gwent Association of Voluntary Organisations",
               due=D(2025, 6, 30), rag=BLUE,
               update="23 projects funded (£212,000). Round closed 30 June 2025.",
               under=[P1, O11], lead=["Commissioning Manager"], end="2025-06", status="blue")),
    ("O", O12),
    ("A", dict(ref="1.2.1",
               action="Publish the refreshed Gwent Serious Violence Duty strategic needs assessment and "
                      "response strategy.",
               owner="Serious Violence Duty Partnership Manager", partners="Specified authorities under the Duty",
               due="Jan-26", rag=AMBER,
               update="Data sharing with two health partners still awaited; draft assessment at 60%.",
               under=[P1, O12], lead=["Serious Violence Duty Partnership Manager"], end="2026-01",
               status="amber")),
    ("P", P2), ("O", O21),
    ("A", dict(ref="2.1.1",
               action="Hold the Chief Constable to account for neighbourhood officer abstraction rates "
                      "through the Strategy and Performance Board.",
               owner="Chief Executive (OPCC)", partners="Gwent Police",
               due="Quarterly", rag=GREEN,
               update="Abstraction data scrutinised at the August board; further report due November.",
               under=[P2, O21], lead=["Chief Executive (OPCC)"], end=None, end_text="Quarterly",
               status="green")),
    ("A", dict(ref="2.1.2",
               action="Hold 20 ‘Commissioner in your community’ engagement events across the five local "
                      "authority areas.",
               owner="Head of Communications and Engagement / Engagement Officers", partners="Local councils",
               due="Q4 2025/26", rag=GREEN,
               update="11 events held to date; 640 residents engaged.",
               under=[P2, O21], lead=["Head of Communications and Engagement", "Engagement Officers"],
               end="2026-03", status="green")),
    ("P", P3),
    ("A", dict(ref="3.1",
               action="Recommission the Independent Domestic Violence Advisor (IDVA) service jointly with "
                      "the five local authorities under the regional VAWDASV strategy.",
               owner="Head of Commissioning (OPCC)", partners="Gwent VAWDASV Board",
               due="1 April 2026", rag=AMBER,
               update="Tender documents agreed; procurement timetable tight for an April start.",
               under=[P3], lead=["Head of Commissioning (OPCC)"], end="2026-04", status="amber")),
    ("A", dict(ref="3.2",
               action="Scrutinise Gwent Police’s response to children reported missing, including the "
                      "use of return home interviews, and report findings to the Police and Crime Panel.",
               owner="Assistant Chief Constable (Local Policing)", partners="Regional Safeguarding Board",
               due="December 2025", rag=RED,
               update="Force data on return home interviews not yet provided; escalated to the Deputy "
                      "Chief Constable.",
               under=[P3], lead=["Assistant Chief Constable (Local Policing)"], end="2025-12",
               status="red")),
    ("P", P4),
    ("A", dict(ref="4.1",
               action="Introduce a Victims’ Code compliance dashboard for quarterly scrutiny by the "
                      "Commissioner.",
               owner="Head of Strategy, Performance and Scrutiny", partners="Gwent Police; Crown Prosecution Service",
               due="Sept 2025", rag=BLUE,
               update="Dashboard live; first quarterly review held 25 September 2025.",
               under=[P4], lead=["Head of Strategy, Performance and Scrutiny"], end="2025-09",
               status="blue")),
    ("A", dict(ref="4.2",
               action="Extend the Connect Gwent victim hub offer to include a dedicated service for "
                      "victims of fraud.",
               owner="Connect Gwent Service Manager", partners="Action Fraud; Victim Support",
               due="TBC", rag=None,
               update="Scoping to start in Q3 once funding confirmed.",
               under=[P4], lead=["Connect Gwent Service Manager"], end=None, end_text="TBC",
               status="unrated")),
    ("P", P5),
    ("A", dict(ref="5.1",
               action="Continue to fund the women’s diversion scheme with HM Prison and Probation Service "
                      "in Wales and agree its future model beyond March 2026.",
               owner="OPCC Criminal Justice Lead; HMPPS Wales", partners="Local Criminal Justice Board",
               due=D(2026, 3, 31), rag=GREEN,
               update="Funding confirmed to 31 March 2026; options paper to the December board.",
               under=[P5], lead=["OPCC Criminal Justice Lead", "HMPPS Wales"], end="2026-03",
               status="green")),
]


def make_gwent():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = GWENT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "RAG summary at the end of Quarter 2 (30 September 2025)"
    head = ["Priority", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PALE
        c.border = BOX
    counts = {}
    cur = None
    for kind, p in GWENT_ROWS:
        if kind == "P":
            cur = p
            counts[cur] = [0, 0, 0, 0, 0]
        elif kind == "A":
            idx = {BLUE: 0, GREEN: 1, AMBER: 2, RED: 3, None: 4}[p["rag"]]
            counts[cur][idx] += 1
    r = 5
    tot = [0] * 6
    for prio, cs in counts.items():
        vals = [prio, sum(cs)] + cs
        for j, v in enumerate(vals, start=1):
            ws.cell(row=r, column=j, value=v).border = BOX
        tot = [a + b for a, b in zip(tot, vals[1:])]
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.column_dimensions["A"].width = 58

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = GWENT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 progress report (July – September 2025) – Strategy and Performance Board, 21 October 2025"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Lead", "Delivery partners", "Due", "Q2 progress update", "RAG"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NAVY
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for kind, p in GWENT_ROWS:
        if kind == "P":
            ws.cell(row=r, column=1, value=p).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PALE
        elif kind == "O":
            ws.cell(row=r, column=1, value=p).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            vals = [p["ref"], p["action"], p["owner"], p["partners"], p["due"], p["update"], None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if p["rag"]:
                ws.cell(row=r, column=7).fill = FILL[p["rag"]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key (colour only): Blue = complete; Green = on track; Amber = at "
                                   "risk of slipping; Red = off track; no colour = not yet started.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", (9, 60, 32, 28, 13, 50, 7)):
        ws.column_dimensions[col].width = w
    wb.save(path(GWENT))


# ---------------------------------------------------------------------------
# 3. North Ayrshire Council – 2024/25 Annual Audit Report action plan (xlsx)
# ---------------------------------------------------------------------------
NAC = "pc-north-ayrshire-council-annual-audit-report-2024-25-action-plan.xlsx"
NAC_TITLE = "North Ayrshire Council – 2024/25 Annual Audit Report: Action Plan Progress"

R1 = ("The council should review the phasing of its capital programme so that annual budgets "
      "reflect realistic delivery timescales, and report slippage to members quarterly.")
R2 = ("The council should update its medium-term financial plan to show how the cumulative budget "
      "gap to 2030/31 will be closed, including the savings and transformation activity required.")
R3 = ("Service workforce plans should be refreshed to reflect the transformation programme and to "
      "identify roles where recruitment difficulties present a risk to service delivery.")
R4 = ("Network access for leavers should be removed promptly. Management should introduce a "
      "control that links account disabling to the leaving date held in the HR/payroll system.")
R5 = ("The council should publish an annual public performance report that clearly links "
      "performance information to the priorities in the Council Plan.")
R6 = ("The council should ensure that common good asset registers are complete and are reviewed "
      "annually, as required by the Community Empowerment (Scotland) Act 2015.")

# one entry per recommendation: (no. cell values..., issue, rec, [actions])
NAC_RECS = [
    ("Capital programme slippage", R1, [
        dict(ref="1a",
             action="Capital programme to be re-profiled as part of the 2026/27 budget process, with "
                    "the phasing of each project confirmed by the responsible Head of Service.",
             owner="Head of Financial Services", agreed="February 2026", revised=None,
             update="Re-profiling exercise under way; first draft to Executive Leadership Team in "
                    "January.",
             st="On track", lead=["Head of Financial Services"], end="2026-02", status="green"),
        dict(ref="1b",
             action="Quarterly capital monitoring reports to Cabinet to include slippage analysis by "
                    "project.",
             owner="Senior Manager (Financial Management)", agreed="November 2025", revised=None,
             update="Included from the Quarter 2 report to Cabinet, 11 November 2025.",
             st="Complete", lead=["Senior Manager (Financial Management)"], end="2025-11",
             status="blue"),
    ]),
    ("Financial sustainability", R2, [
        dict(ref="2",
             action="Updated Medium Term Financial Outlook 2026/27 to 2030/31 to be presented to Council "
                    "with the 2026/27 budget, identifying savings proposals and transformation "
                    "workstreams.",
             owner="Head of Financial Services / Head of Service (Transformation)", agreed="March 2026",
             revised=None,
             update="Budget gap refreshed at £42.6m; savings options being developed with services.",
             st="On track", lead=["Head of Financial Services", "Head of Service (Transformation)"],
             end="2026-03", status="green"),
    ]),
    ("Workforce planning", R3, [
        dict(ref="3",
             action="Refresh all service workforce plans using the new corporate template and provide "
                    "a summary report to the Executive Leadership Team.",
             owner="Head of People and ICT", agreed=D(2025, 9, 30), revised=D(2026, 3, 31),
             update="7 of 11 plans returned. Template revised following staff-side consultation.",
             st="Some slippage", lead=["Head of People and ICT"], end="2026-03", status="amber"),
    ]),
    ("IT general controls – leavers", R4, [
        dict(ref="4",
             action="Automate the disabling of network accounts on the leaving date through an "
                    "interface between the HR/payroll system and Active Directory.",
             owner="Senior Manager (ICT)", agreed="December 2025", revised=None,
             update="Dependent on the HR/payroll system upgrade, which the supplier has moved to "
                    "spring 2026. Interim weekly manual check in place.",
             st="Significant delay", lead=["Senior Manager (ICT)"], end="2025-12", status="red"),
    ]),
    ("Public performance reporting", R5, [
        dict(ref="5",
             action="Publish the 2024/25 Annual Performance Report structured around the Council Plan "
                    "2023–28 priorities and performance framework.",
             owner="Head of Democratic Services", agreed="September 2025", revised=None,
             update="Approved by Cabinet and published on the council website, 23 September 2025.",
             st="Complete", lead=["Head of Democratic Services"], end="2025-09", status="blue"),
    ]),
    ("Common good funds", R6, [
        dict(ref="6",
             action="Complete the review of common good asset registers for all former burghs and "
                    "publish the updated registers.",
             owner="Head of Democratic Services", agreed="June 2025", revised="December 2025",
             update="Title checks for Irvine and Saltcoats properties outstanding; all others complete.",
             st="On track", lead=["Head of Democratic Services"], end="2025-12", status="green"),
    ]),
]
NAC_STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Significant delay": RED}


def make_nac():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NAC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Scrutiny Committee – 8 December 2025"
    ws["A4"] = "Status of agreed actions at 28 November 2025"
    ws["A4"].font = Font(bold=True)
    statuses = ["Complete", "On track", "Some slippage", "Significant delay"]
    for j, h in enumerate(["Status"] + ["Number of actions"], start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PALE
        c.border = BOX
    allacts = [a for _, _, acts in NAC_RECS for a in acts]
    for i, s in enumerate(statuses, start=6):
        ws.cell(row=i, column=1, value=s).fill = FILL[NAC_STATUS_FILL[s]]
        ws.cell(row=i, column=2, value=sum(1 for a in allacts if a["st"] == s)).border = BOX
    ws.cell(row=10, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=10, column=2, value=len(allacts)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan 2024-25")
    ws["A1"] = NAC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Recommendations from the external auditor’s 2024/25 Annual Audit Report (Audit Scotland) "
                "and the council’s agreed management actions.")
    head = ["No.", "Issue/risk", "Recommendation", "Agreed management action", "Responsible officer",
            "Agreed date", "Revised date", "Progress update (November 2025)", "Status"]
    for j, h in enumerate(head, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NAVY
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for issue, rec, acts in NAC_RECS:
        first = r
        ws.cell(row=r, column=2, value=issue).font = Font(bold=True)
        ws.cell(row=r, column=3, value=rec)
        for a in acts:
            vals = [a["ref"], None, None, a["action"], a["owner"], a["agreed"], a["revised"],
                    a["update"], a["st"]]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j)
                if v is not None:
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "d mmmm yyyy"
            ws.cell(row=r, column=9).fill = FILL[NAC_STATUS_FILL[a["st"]]]
            r += 1
        if r - first > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, w in zip("ABCDEFGHI", (6, 22, 48, 48, 30, 15, 15, 45, 16)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Definitions")
    ws["A1"] = "Status definitions"
    ws["A1"].font = Font(bold=True)
    defs = [("Complete", "Action fully implemented and evidence provided to Internal Audit"),
            ("On track", "Action in progress and expected to be completed by the agreed (or revised) date"),
            ("Some slippage", "Action delayed; revised date agreed"),
            ("Significant delay", "Action will not be delivered by the agreed date and no revised date is yet confirmed")]
    for i, (s, t) in enumerate(defs, start=2):
        ws.cell(row=i, column=1, value=s).fill = FILL[NAC_STATUS_FILL[s]]
        ws.cell(row=i, column=2, value=t)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 90
    wb.save(path(NAC))


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


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def header_row(table, names, fill="1F3864"):
    for cell, n in zip(table.rows[0].cells, names):
        set_cell(cell, n, bold=True)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. Ballyclare High School – post-inspection action plan (docx)
# ---------------------------------------------------------------------------
BALLY = "pc-ballyclare-high-school-eti-inspection-action-plan.docx"
BALLY_TITLE = "Ballyclare High School – Post-Inspection Action Plan"

AFI1 = ("The quality of learning and teaching in a minority of lessons at key stage 3 needs to "
        "improve, so that lessons are consistently well-paced and matched to the needs of all pupils.")
AFI2 = ("Leaders at all levels need to use the available data more effectively to identify and "
        "address underachievement, particularly for pupils entitled to free school meals.")
AFI3 = ("The school needs to review and develop further its safeguarding arrangements, so that the "
        "preventative curriculum and the recording of concerns fully reflect Department of "
        "Education guidance.")

BALLY_AREAS = [
    ("Area for improvement 1", AFI1, [
        dict(ref="1.1",
             action="Introduce a whole-school learning and teaching framework (‘The Ballyclare Lesson’) "
                    "setting out expectations for pace, challenge and differentiation.",
             who="Vice-Principal (Teaching and Learning)", when="September 2025",
             success="Framework launched at staff training day; evident in 80% of lessons observed.",
             monitor="SLT learning walks", rag="Complete", fill="BFBFBF",
             lead=["Vice-Principal (Teaching and Learning)"], end="2025-09", status="blue"),
        dict(ref="1.2",
             action="Deliver a programme of staff development on adaptive teaching through professional "
                    "learning communities (PLCs), with each department leading one session.",
             who="Vice-Principal (Teaching and Learning); PLC leaders", when="September 2025 – June 2026",
             success="All teaching staff complete the PLC programme; staff survey shows increased "
                     "confidence in adaptive teaching.",
             monitor="PLC attendance records; staff survey", rag="Green", fill="00B050",
             lead=["Vice-Principal (Teaching and Learning)", "PLC leaders"], end="2026-06",
             status="green"),
        dict(ref="1.3",
             action="Senior leaders and heads of department to carry out paired lesson observations at "
                    "key stage 3, with findings reported to the Board of Governors.",
             who="Principal / Senior Leadership Team", when="Termly",
             success="Observation evidence shows at least 90% of KS3 lessons are good or better.",
             monitor="Reports to Board of Governors", rag="Green", fill="00B050",
             lead=["Principal", "Senior Leadership Team"], end=None, end_text="Termly",
             status="green"),
    ]),
    ("Area for improvement 2", AFI2, [
        dict(ref="2.1",
             action="Establish a tracking system in SIMS with common assessment points for all subjects "
                    "at key stages 3 and 4.",
             who="Assistant Vice-Principal (Data and Assessment)", when="October 2025",
             success="Assessment points set; data available to all staff within two weeks of each point.",
             monitor="Data reports to SLT", rag="Amber", fill="FFC000",
             lead=["Assistant Vice-Principal (Data and Assessment)"], end="2025-10", status="amber"),
        dict(ref="2.2",
             action="Heads of department to analyse tracking data after each assessment point and agree "
                    "intervention plans for identified pupils, with a focus on pupils entitled to free "
                    "school meals.",
             who="Heads of Department", when="December 2025",
             success="Intervention plans in place in every department; gap between FSM and non-FSM "
                     "pupils narrows.",
             monitor="Line management meetings", rag="", fill="00B050",
             lead=["Heads of Department"], end="2025-12", status="green"),
        dict(ref="2.3",
             action="Report an analysis of the attainment gap for pupils entitled to free school meals "
                    "to the Curriculum Committee of the Board of Governors.",
             who="Mrs L Hamilton (Principal)", when="June 2026",
             success="Governors able to challenge and support the school on FSM outcomes.",
             monitor="Board of Governors minutes", rag="Not started", fill=None,
             lead=["Mrs L Hamilton (Principal)"], end="2026-06", status="unrated"),
    ]),
    ("Area for improvement 3", AFI3, [
        dict(ref="3.1",
             action="Update the Child Protection and Safeguarding Policy and the Pastoral Care Policy in "
                    "line with DE Circular 2020/07 and share them with staff, pupils and parents.",
             who="Designated Teacher for Child Protection", when="June 2025",
             success="Policies ratified by governors and published on the school website.",
             monitor="Safeguarding Team minutes", rag="Complete", fill="BFBFBF",
             lead=["Designated Teacher for Child Protection"], end="2025-06", status="blue"),
        dict(ref="3.2",
             action="Review the preventative curriculum, including online safety and healthy "
                    "relationships, across Learning for Life and Work at key stages 3 and 4.",
             who="Head of Pastoral Care & Head of LLW", when="January 2026",
             success="Revised schemes of work in place; pupil voice survey shows pupils feel safe and "
                     "informed.",
             monitor="Pupil voice survey; scheme of work review", rag="Green", fill="00B050",
             lead=["Head of Pastoral Care", "Head of LLW"], end="2026-01", status="green"),
        dict(ref="3.3",
             action="Introduce an electronic system for recording safeguarding concerns and train all "
                    "staff in its use.",
             who="Deputy Designated Teacher", when="November 2025 (revised to February 2026)",
             success="All concerns recorded electronically; 100% of staff trained.",
             monitor="Training records; audit of records by Designated Teacher", rag="Amber",
             fill="FFC000",
             lead=["Deputy Designated Teacher"], end="2026-02", status="amber"),
    ]),
]


def make_bally():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(BALLY_TITLE, level=0)
    doc.add_paragraph("Response to the Education and Training Inspectorate (ETI) inspection report, "
                      "published April 2025")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Approved by Board of Governors", "20 May 2025"),
                                    ("Submitted to ETI", "23 May 2025"),
                                    ("Version", "2.1 – progress update 8 October 2025"),
                                    ("Review", "At each meeting of the Board of Governors")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: Green – on track; Amber – some slippage, action being taken; "
                      "Red – not on track; Complete – action completed (shaded grey).")
    cols = ["Ref", "Actions", "Person(s) responsible", "Timescale", "Success criteria",
            "Monitoring and evaluation", "Progress (Oct 2025)"]
    for heading, afi, acts in BALLY_AREAS:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for row, a in zip(t.rows[1:], acts):
            vals = [a["ref"], a["action"], a["who"], a["when"], a["success"], a["monitor"], a["rag"]]
            for cell, v in zip(row.cells, vals):
                set_cell(cell, v)
            if a["fill"]:
                shade(row.cells[6], a["fill"])
        doc.add_paragraph("")
    doc.add_paragraph("Signed: ______________________  Chair, Board of Governors")
    doc.add_paragraph("Signed: ______________________  Principal")
    doc.save(path(BALLY))


# ---------------------------------------------------------------------------
# 5. Brynmawr Medical Practice – HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
BRYN = "pc-brynmawr-medical-practice-hiw-gp-inspection-improvement-plan.docx"
BRYN_TITLE = "Brynmawr Medical Practice – HIW Inspection Improvement Plan"

IB1 = ("The practice must ensure that emergency drugs and resuscitation equipment are checked "
       "weekly, that the checks are recorded, and that out-of-date items are replaced.")
IB2 = ("The practice must ensure that all clinical staff have completed safeguarding training at "
       "the level appropriate to their role.")
T1 = "Quality of the patient experience"
T2 = "Delivery of safe and effective care"
T3 = "Quality of management and leadership"
IC1 = ("The practice must improve telephone access, particularly at 8.00am, and monitor the "
       "impact of the changes on patient experience.")
IC2 = ("The practice should ensure information on how to raise a concern (Putting Things Right) "
       "is displayed in the waiting area and on the practice website, in Welsh and English.")
IC3 = ("The practice must ensure that patients prescribed high-risk medicines receive timely "
       "monitoring, and that this is recorded in the patient record.")
IC4 = ("The practice should ensure that infection prevention and control audits are completed "
       "annually and that resulting actions are followed up.")
IC5 = ("The practice must ensure that policies and procedures are reviewed, version controlled "
       "and accessible to all staff.")
IC6 = "The practice should ensure that all staff receive an annual appraisal."

# improvement -> (standard, [actions])
BRYN_B = [
    (IB1, "Health and Care Quality Standards 2023 – Safe; Resuscitation Council (UK) guidance", [
        dict(action="Expired emergency drugs removed and replaced on 11 June 2025. New weekly checklist "
                    "introduced and kept with the emergency trolley.",
             who="Practice Manager", when="11/06/2025",
             lead=["Practice Manager"], end="2025-06", status="unrated"),
        dict(action="Named nurse and deputy allocated to carry out the weekly checks. Compliance to be "
                    "audited monthly and reported to the clinical governance meeting.",
             who="Lead Practice Nurse / Practice Manager", when="30/06/2025",
             lead=["Lead Practice Nurse", "Practice Manager"], end="2025-06", status="unrated"),
    ]),
    (IB2, "Health and Care Quality Standards 2023 – Safe; Wales Safeguarding Procedures", [
        dict(action="Training matrix reviewed. Two GPs and one healthcare support worker booked onto "
                    "Level 3 safeguarding training; certificates to be held on staff files.",
             who="Dr S Pritchard (Safeguarding Lead)", when="31 July 2025",
             lead=["Dr S Pritchard (Safeguarding Lead)"], end="2025-07", status="unrated"),
    ]),
]
BRYN_C = [
    (T1, [
        (IC1, "Health and Care Quality Standards 2023 – Timely; Access Standards", [
            dict(action="Cloud-based telephone system with call-back and queue position installed. "
                        "Additional call handler rostered 8.00am–10.30am on Mondays and Tuesdays. Call "
                        "data and patient feedback to be reviewed quarterly.",
                 who="Practice Manager", when="September 2025",
                 lead=["Practice Manager"], end="2025-09", status="unrated"),
        ]),
        (IC2, "Health and Care Quality Standards 2023 – Person centred; Putting Things Right", [
            dict(action="Bilingual Putting Things Right posters displayed in reception and waiting area; "
                        "practice website updated with the health board’s concerns information.",
                 who="Reception Supervisor", when="July 2025",
                 lead=["Reception Supervisor"], end="2025-07", status="unrated"),
        ]),
    ]),
    (T2, [
        (IC3, "Health and Care Quality Standards 2023 – Safe; Effective", [
            dict(action="Monthly searches set up on the clinical system to identify patients overdue "
                        "monitoring for DMARDs, lithium and warfarin, run by the practice pharmacist.",
                 who="Practice Pharmacist", when="August 2025",
                 lead=["Practice Pharmacist"], end="2025-08", status="unrated"),
            dict(action="Audit of high-risk medicines monitoring to be completed and repeated after six "
                        "months, with results shared with the health board’s primary care team.",
                 who="Dr S Pritchard; Practice Pharmacist", when="March 2026",
                 lead=["Dr S Pritchard", "Practice Pharmacist"], end="2026-03", status="unrated"),
        ]),
        (IC4, "Health and Care Quality Standards 2023 – Safe; Infection prevention and control", [
            dict(action="Annual IPC audit completed with the health board infection prevention nurse. "
                        "Resulting action plan monitored at the monthly practice meeting.",
                 who="Lead Practice Nurse", when="Ongoing",
                 lead=["Lead Practice Nurse"], end=None, end_text="Ongoing", status="unrated"),
        ]),
    ]),
    (T3, [
        (IC5, "Health and Care Quality Standards 2023 – Leadership; Information", [
            dict(action="Policy review schedule created. All policies moved to a shared drive with "
                        "version control and review dates; staff to confirm they have read key policies.",
                 who="Practice Manager", when="December 2025",
                 lead=["Practice Manager"], end="2025-12", status="unrated"),
        ]),
        (IC6, "Health and Care Quality Standards 2023 – Workforce", [
            dict(action="Appraisal timetable agreed for all nursing and administrative staff.",
                 who="Practice Manager / GP Partners", when="Q4 2025/26",
                 lead=["Practice Manager", "GP Partners"], end="2026-03", status="unrated"),
        ]),
    ]),
]

BRYN_COLS = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
             "Timescale"]


def _bryn_block(table, improvement, standard, acts):
    first = len(table.rows)
    for a in acts:
        row = table.add_row()
        set_cell(row.cells[2], a["action"])
        set_cell(row.cells[3], a["who"])
        set_cell(row.cells[4], a["when"])
    last = len(table.rows) - 1
    if last > first:
        table.cell(first, 0).merge(table.cell(last, 0))
        table.cell(first, 1).merge(table.cell(last, 1))
    set_cell(table.cell(first, 0), improvement)
    set_cell(table.cell(first, 1), standard)


def _bryn_rep(doc):
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (k, v) in zip(t.rows, [("Name (print):", "Carys Morgan"),
                                    ("Job role:", "Practice Manager"),
                                    ("Date:", "04/07/2025")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)


def make_bryn():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(BRYN_TITLE, level=0)
    doc.add_paragraph("General Practice Inspection (Announced) – Aneurin Bevan University Health Board")
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Brynmawr Medical Practice")
    doc.add_paragraph("Date of inspection: 10 June 2025")
    doc.add_paragraph("Immediate concerns identified during the inspection which required urgent action "
                      "by the service.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, BRYN_COLS)
    for imp, std, acts in BRYN_B:
        _bryn_block(t, imp, std, acts)
    doc.add_paragraph("")
    doc.add_paragraph("Service representative")
    _bryn_rep(doc)

    doc.add_page_break()
    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Brynmawr Medical Practice")
    doc.add_paragraph("Date of inspection: 10 June 2025")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, BRYN_COLS)
    for theme, items in BRYN_C:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        set_cell(merged, theme, bold=True)
        shade(merged, "D9E1F2")
        for imp, std, acts in items:
            _bryn_block(t, imp, std, acts)
    doc.add_paragraph("")
    doc.add_paragraph("The improvement plan should clearly state when and how the findings identified "
                      "will be addressed, including timescales.")
    doc.add_paragraph("Service representative")
    _bryn_rep(doc)
    doc.save(path(BRYN))


# ---------------------------------------------------------------------------
# 6. Police Scotland – Annual Police Plan 2025/26 delivery tracker, CSV (refuse)
# ---------------------------------------------------------------------------
PSCOT = "pc-police-scotland-annual-police-plan-2025-26-delivery-tracker-typo-month-refuse.csv"
PSCOT_TITLE = "Police Scotland – Annual Police Plan 2025/26: Delivery Tracker (Q2 extract)"

PSCOT_HEAD = ["Vision 2030 outcome", "APP ref", "Activity", "Lead", "Due", "Q1 RAG", "Q2 RAG",
              "Q2 update"]
PSCOT_ROWS = [
    ["Safer communities", "APP 1.1",
     "Implement the revised local policing model, increasing community officer numbers in every "
     "local policing division", "ACC Local Policing (West)", "Mar-2026", "Green", "Green",
     "Phase 1 divisions live; 187 officers moved into community roles"],
    ["Safer communities", "APP 1.2",
     "Roll out the Contact Assessment Model refresh and Local Policing Appointments across all "
     "divisions", "ACC Contact, Engagement and Resolution", "Dec-2025", "Amber", "Green",
     "Live in 11 of 13 divisions"],
    ["Safer communities", "APP 1.3",
     "Deliver the summer events and protests policing plan, including mutual aid arrangements",
     "ACC Major Crime, Public Protection and Local Crime", "Sep-2025", "Green", "Complete",
     "Plan delivered; debrief report to Strategic Leadership Board"],
    ["Less crime", "APP 2.1",
     "Launch the national retail crime taskforce with partners and publish a shoplifting action plan",
     "ACC Partnerships, Prevention and Community Wellbeing", "Jun-2025", "Complete", "Complete",
     "Taskforce launched 2 June 2025"],
    ["Less crime", "APP 2.2",
     "Expand the Serious Organised Crime Taskforce multi-agency disruption activity targeting drug "
     "supply in prisons", "DCS Organised Crime and Counter Terrorism", "0ct-2025", "Amber", "Amber",
     "Joint operation with SPS paused pending legal advice"],
    ["Less crime", "APP 2.3",
     "Implement the national online child sexual abuse response model (Operation Protector phase 2)",
     "DCS Public Protection", "Mar-2026", "Green", "Green", "Recruitment to two new NCAIU teams "
     "complete"],
    ["Supported victims", "APP 3.1",
     "Introduce a Victim Care Card digital update service for victims of acquisitive crime",
     "Head of Digital Services", "Q3 2025/26", "Amber", "Red",
     "Supplier delay; re-planning through Change Board"],
    ["Supported victims", "APP 3.2",
     "Embed trauma-informed practice training for all probationers and custody staff",
     "Head of Learning, Training and Development", "Ongoing", "Green", "Green",
     "2,140 officers and staff trained to date"],
    ["A thriving workforce", "APP 4.1",
     "Deliver the Your Safety Matters assault on officers improvement plan",
     "DCC Professionalism, Strategy and Engagement", "Mar-2026", "Green", "Amber",
     "Body-worn video rollout slipped to Q4"],
    ["A thriving workforce", "APP 4.2",
     "Launch the leadership development programme for first-line managers", "Director of People "
     "and Development", "Nov-2025", "Green", "Green", "First cohort of 60 sergeants started"],
]


def csv_line(fields):
    out = []
    for f in fields:
        if any(ch in f for ch in ',"\n'):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return ",".join(out)


def make_pscot():
    n = len(PSCOT_HEAD)
    lines = [csv_line([PSCOT_TITLE] + [""] * (n - 1)),
             csv_line(["Exported from the Corporate Performance Tracker 14/10/2025 – OFFICIAL"]
                      + [""] * (n - 1)),
             csv_line([""] * n),
             csv_line(PSCOT_HEAD)]
    for row in PSCOT_ROWS:
        lines.append(csv_line(row))
    lines.append(csv_line([""] * n))
    lines.append(csv_line(["RAG: Green = on track; Amber = at risk; Red = off track; Complete = "
                           "delivered"] + [""] * (n - 1)))
    with open(path(PSCOT), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    for i, line in enumerate(lines, start=1):
        if "0ct-2025" in line:
            return i


# ---------------------------------------------------------------------------
# 7. Cwm Taf Morgannwg UHB – Quality & Safety Committee action log (txt, tab-separated)
# ---------------------------------------------------------------------------
CTM = "pc-cwm-taf-morgannwg-uhb-quality-safety-committee-action-log.txt"
CTM_TITLE = "Cwm Taf Morgannwg University Health Board – Quality & Safety Committee Action Log"

CTM_ROWS = [
    dict(ref="QSC/25/014", mtg="20/05/2025",
         action="Provide the Committee with a deep dive into falls with harm across the three Integrated "
                "Locality Groups, including benchmarking against other Welsh health boards.",
         who="Executive Director of Nursing", due="September 2025",
         update="Deep dive presented 16/09/2025 (item 5.3). Propose closure.", rag="B",
         lead=["Executive Director of Nursing"], end="2025-09", status="blue"),
    dict(ref="QSC/25/019", mtg="20/05/2025",
         action="Circulate the refreshed Nutrition and Hydration Policy to members for comment outside "
                "the meeting.",
         who="Deputy Director of Nursing", due="Jul-25",
         update="Circulated 02/07/2025; comments incorporated into final version.", rag="B",
         lead=["Deputy Director of Nursing"], end="2025-07", status="blue"),
    dict(ref="QSC/25/023", mtg="15/07/2025",
         action="Provide an update on the Royal Glamorgan Hospital emergency department improvement plan "
                "following the HIW follow-up visit, including corridor care data.",
         who="Chief Operating Officer / Executive Medical Director", due="November 2025",
         update="On the agenda for the November meeting.", rag="G",
         lead=["Chief Operating Officer", "Executive Medical Director"], end="2025-11",
         status="green"),
    dict(ref="QSC/25/024", mtg="15/07/2025",
         action="Confirm the timescale for closing the outstanding Never Event investigations reported "
                "to the NHS Wales Executive.",
         who="GD/LH", due="Nov 2025 (revised Jan 2026)",
         update="Two investigations delayed awaiting external clinical review; revised date agreed by the "
                "Chair.", rag="A",
         cont="External reviewer appointed 03/10/2025.",
         lead=["GD", "LH"], end="2026-01", status="amber"),
    dict(ref="QSC/25/027", mtg="15/07/2025",
         action="Present the Maternity and Neonatal Services assurance report, including progress "
                "against the national maternity and neonatal safety support programme.",
         who="Director of Midwifery", due="16/09/2025",
         update="Report not received for the September meeting; Chair to follow up with the Director "
                "of Midwifery.", rag="R",
         lead=["Director of Midwifery"], end="2025-09", status="red"),
    dict(ref="QSC/25/031", mtg="16/09/2025",
         action="Add the risk relating to the ophthalmology follow-up backlog to the Organisational Risk "
                "Register and report its score to the next meeting.",
         who="Chief Operating Officer", due="18/11/2025", update="", rag="G",
         lead=["Chief Operating Officer"], end="2025-11", status="green"),
    dict(ref="QSC/25/033", mtg="16/09/2025",
         action="Arrange a Board development session on the findings of the Duty of Candour annual "
                "report.",
         who="Board Secretary; Executive Director of Nursing", due="TBC",
         update="Date to be confirmed with the Chair.", rag="G",
         lead=["Board Secretary", "Executive Director of Nursing"], end=None, end_text="TBC",
         status="green"),
    dict(ref="QSC/25/035", mtg="16/09/2025",
         action="Provide written assurance that all wards at Prince Charles Hospital completed the Welsh "
                "Levels of Care acuity audit for the September 2025 census.",
         who="Assistant Director of Nursing (Workforce)", due="31 October 2025", update="", rag="",
         lead=["Assistant Director of Nursing (Workforce)"], end="2025-10", status="unrated"),
]


def make_ctm():
    lines = [CTM_TITLE,
             "Updated following the meeting held on 16 September 2025",
             "",
             "RAG key: B = complete (for closure at next meeting)   G = on track   A = at risk of "
             "missing due date   R = overdue",
             "",
             "\t".join(["Ref", "Meeting", "Action", "Lead", "Due Date", "Progress / Update", "RAG"])]
    for a in CTM_ROWS:
        lines.append("\t".join([a["ref"], a["mtg"], a["action"], a["who"], a["due"], a["update"],
                                a["rag"]]))
        if a.get("cont"):
            lines.append("\t".join(["", "", "", "", "", a["cont"], ""]))
    lines += ["",
              "Notes: Actions rated B will be removed from the log once the Committee has confirmed "
              "closure. Actions transferred to other committees are recorded in the Board action log."]
    with open(path(CTM), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    make_belfast()
    make_gwent()
    make_nac()
    make_bally()
    make_bryn()
    line = make_pscot()
    make_ctm()
    print("csv refuse line:", line)


if __name__ == "__main__":
    main()
