"""Build the seven ie2- data files of set heldout273.

Run with: /work/main/.venv/bin/python ie2_make.py   (from any directory)
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex6):
    return PatternFill(start_color=hex6, end_color=hex6, fill_type="solid")


RAGFILL = {
    "R": fill("FF0000"),
    "A": fill("FFC000"),
    "G": fill("00B050"),
    "B": fill("0070C0"),
}


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, values, colour="1F3864"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(colour)
        cell.alignment = CENTRE
        cell.border = BOX


# ---------------------------------------------------------------------------
# 1. Bolton Council - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
def bolton():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Bolton Council"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Adult Social Care Improvement Plan 2025/26"
    cv["A2"].font = Font(bold=True, size=14)
    cv["A3"] = "Our response to the Care Quality Commission (CQC) Local Authority Assessment"
    cv["A5"] = "Document control"
    cv["A5"].font = Font(bold=True)
    header_row(cv, 6, ["Version", "Date", "Author", "Changes"])
    rows = [
        ("0.1", "04/04/2025", "ASC Improvement Lead", "First draft following CQC report"),
        ("1.0", "22/04/2025", "ASC Improvement Lead", "Approved by ASC Leadership Team"),
        ("1.1", "30/06/2025", "ASC Improvement Lead", "Quarter 1 update"),
        ("1.2", "30/09/2025", "ASC Improvement Lead", "Quarter 2 update; revised dates for 1.2 and 3.2"),
    ]
    for r, vals in enumerate(rows, start=7):
        for c, v in enumerate(vals, start=1):
            cv.cell(row=r, column=c, value=v).border = BOX
    cv["A12"] = "RAG key"
    cv["A12"].font = Font(bold=True)
    key = [
        ("B", "Complete – action delivered and evidence of impact reviewed"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk – some slippage, mitigation in place"),
        ("R", "Off track – will not deliver by the target date, escalated"),
        ("", "Not started"),
    ]
    for r, (k, txt) in enumerate(key, start=13):
        c = cv.cell(row=r, column=1, value=k)
        c.alignment = CENTRE
        c.border = BOX
        if k:
            c.fill = RAGFILL[k]
        cv.cell(row=r, column=2, value=txt).border = BOX
    widths(cv, [12, 16, 24, 50])

    ws = wb.create_sheet("Improvement Plan")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Bolton Council – Adult Social Care Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Response to the CQC Local Authority Assessment of Bolton Council "
                "(report published 14 March 2025)")
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Position at 30 September 2025 – reported to Adults Scrutiny Committee, "
                "21 October 2025")
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, [
        "Ref", "Area for improvement (CQC report)", "Action", "Lead officer",
        "Original target date", "Revised target date", "Previous RAG (Jun 25)",
        "Current RAG (Sep 25)", "Progress update",
    ])

    afi = {
        "A": ("People told us they waited too long for a Care Act assessment, and some people "
              "waited more than six months with limited contact while waiting."),
        "B": ("The local authority did not routinely collect or analyse data on the protected "
              "characteristics of people who draw on care and support."),
        "C": ("Unpaid carers described difficulty accessing respite and short breaks, and "
              "were not always offered a carer's assessment."),
        "D": ("Arrangements with health partners for hospital discharge and intermediate care "
              "were not supported by a clear, up-to-date agreement."),
        "E": ("Safeguarding concerns were not always screened within the local authority's own "
              "24-hour standard."),
        "F": ("Young people moving from children's services to adult social care did not "
              "always experience a planned transition."),
        "G": ("The local authority had limited ways of showing people how their feedback had "
              "changed services."),
    }
    # row: (kind, values)
    plan = [
        ("theme", "Theme 1: Working with people"),
        ("act", ["1.1", "A", "Introduce a daily risk-based triage of the assessment waiting list "
                 "using the 'waiting well' RAG tool, with contact every four weeks for people waiting",
                 "Head of Adult Social Care Operations", D(2025, 5, 31), None, "A", "G",
                 "Triage in place in all three neighbourhood teams since May. 100% of people "
                 "waiting have had contact in the last 28 days."]),
        ("act", ["1.2", None, "Recruit four additional social workers to the Integrated Care "
                 "Partnership hub on 12-month fixed-term contracts",
                 "Principal Social Worker / HR Business Partner", D(2025, 6, 30), D(2025, 9, 30),
                 "A", "A", "Two posts filled; two posts re-advertised in August. Agency cover in place."]),
        ("act", ["1.3", "B", "Add ethnicity, sexual orientation and religion fields to the ASC case "
                 "management system (LAS) and make them mandatory at assessment and review",
                 "ASC Performance & Intelligence Manager", D(2025, 7, 31), None, "G", "B",
                 "Fields live from 7 July 2025. First equalities profile reported to DMT in September."]),
        ("theme", "Theme 2: Providing support"),
        ("act", ["2.1", "C", "Commission six additional residential respite beds through the "
                 "Dynamic Purchasing System, including two for people with dementia",
                 "Head of Commissioning", D(2025, 12, 31), None, "G", "fill:G",
                 "Tender evaluated; four beds contracted from 1 October, two to follow."]),
        ("act", ["2.2", None, "Co-produce a new Carers Strategy 2026–2029 with Bolton Carers "
                 "Support and the Carers Partnership Board",
                 "Strategic Commissioning Manager (Carers)", "March 2026", None, "A", "A",
                 "Engagement events held in July and September; draft strategy delayed to allow "
                 "further engagement with carers from South Asian communities."]),
        ("act", ["2.3", "D", "Review and re-sign the Section 75 agreement for intermediate tier "
                 "services with Bolton NHS Foundation Trust",
                 "Director of Adult Social Services / ICB Locality Director (Bolton)",
                 D(2025, 11, 30), None, None, "G",
                 "Draft agreement considered by Health and Care Partnership Board in September."]),
        ("theme", "Theme 3: Ensuring safety within the system"),
        ("act", ["3.1", "E", "Establish a Safeguarding Adults Hub with a duty manager screening all "
                 "concerns on the day they are received",
                 "Safeguarding Adults Service Manager", "Q3 2025/26", None, "A", "G",
                 "Hub staffing agreed; screening within 24 hours at 88% in September (target 95%)."]),
        ("act", ["3.2", "F", "Agree a joint Preparing for Adulthood protocol with Children's "
                 "Services covering all young people with care needs from age 14",
                 "Head of Service – Transitions", D(2025, 4, 30), D(2025, 10, 31), "A", "R",
                 "Protocol not yet signed off by Children's Services; escalated to DASS and DCS."]),
        ("theme", "Theme 4: Leadership"),
        ("act", ["4.1", "G", "Publish an annual ASC Local Account, co-produced with the Making It "
                 "Real board, setting out 'you said, we did'",
                 "Assistant Director – Strategy and Performance", D(2025, 12, 1), None, None, None,
                 "Not yet started – scheduled for Quarter 3."]),
    ]
    r = 6
    afi_start = {}
    for kind, vals in plan:
        if kind == "theme":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=vals)
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            r += 1
            continue
        ref, afi_key, action, lead, orig, rev, prev, cur, prog = vals
        ws.cell(row=r, column=1, value=ref)
        if afi_key:
            ws.cell(row=r, column=2, value=afi[afi_key])
            afi_start[afi_key] = r
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        for col, v in ((5, orig), (6, rev)):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if (ref == "4.1") else "dd/mm/yyyy"
        for col, v in ((7, prev), (8, cur)):
            c = ws.cell(row=r, column=col)
            if v and v.startswith("fill:"):
                c.fill = RAGFILL[v[5:]]
            elif v:
                c.value = v
                c.fill = RAGFILL[v]
            c.alignment = CENTRE
        ws.cell(row=r, column=9, value=prog)
        for col in range(1, 10):
            ws.cell(row=r, column=col).border = BOX
            if col not in (7, 8):
                ws.cell(row=r, column=col).alignment = WRAP
        r += 1
    # AFI cells spanning two actions
    ws.merge_cells(start_row=afi_start["A"], start_column=2, end_row=afi_start["A"] + 1, end_column=2)
    ws.merge_cells(start_row=afi_start["C"], start_column=2, end_row=afi_start["C"] + 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    for i, (lab, n) in enumerate([("Complete", 1), ("Green", 4), ("Amber", 2), ("Red", 1),
                                  ("Not started", 1), ("Total actions", 9)], start=1):
        ws.cell(row=r + i, column=1, value=lab)
        ws.cell(row=r + i, column=2, value=n)
    ws.cell(row=r + 8, column=1,
            value="Note: RAG ratings are agreed at the monthly ASC Improvement Board.").font = Font(italic=True)
    widths(ws, [7, 40, 48, 28, 13, 13, 11, 11, 48])
    ws.freeze_panes = "A6"
    wb.save(out("ie2-bolton-council-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Essex Police - custody inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def essex_custody():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Essex Police – Joint inspection of police custody (HMICFRS / HM Inspectorate of Prisons)"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("Report on an unannounced inspection visit to police custody suites in Essex "
                "(fieldwork October 2024, report published 11 February 2025)")
    sm["A3"] = "Custody Inspection Board – action plan position as at 15 January 2026"
    sm["A5"] = "Status key"
    sm["A5"].font = Font(bold=True)
    key = [("Complete", "B", "Action delivered; evidence accepted by the Custody Inspection Board"),
           ("On track", "G", "Expected to be delivered by the target date"),
           ("At risk", "A", "Delivery by the target date at risk"),
           ("Off track", "R", "Target date missed or will be missed; exception report required"),
           ("Not started", None, "Work has not yet begun")]
    for i, (lab, k, txt) in enumerate(key, start=6):
        c = sm.cell(row=i, column=1, value=lab)
        if k:
            c.fill = RAGFILL[k]
        sm.cell(row=i, column=2, value=txt)
    sm["A12"] = "Totals"
    sm["A12"].font = Font(bold=True)
    header_row(sm, 13, ["Status", "Recommendations", "Areas for improvement", "Total"])
    for i, vals in enumerate([("Complete", 1, 3, 4), ("On track", 2, 1, 3), ("At risk", 1, 0, 1),
                              ("Off track", 0, 1, 1), ("Not started", 0, 1, 1),
                              ("Total", 4, 6, 10)], start=14):
        for c, v in enumerate(vals, start=1):
            sm.cell(row=i, column=c, value=v).border = BOX
    widths(sm, [16, 60, 22, 10])

    ws = wb.create_sheet("Recommendations")
    ws.merge_cells("A1:H1")
    ws["A1"] = "Essex Police custody inspection – Causes of concern and recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Update as at 15 January 2026"
    header_row(ws, 4, ["Rec ref", "Recommendation", "Action ref", "Action", "Action owner",
                       "Target date", "Status", "Progress update"], colour="002060")
    rows = [
        ("coc", "Cause of concern 1: Detainees' risk assessments were not always reviewed when "
                "their circumstances changed, and observation levels did not always reflect the "
                "risks identified."),
        ("act", ["R1", "The force should make sure that custody staff review detainees' risk "
                 "assessments throughout their detention, and that observation levels are set and "
                 "maintained in line with the risks identified.",
                 "R1.1", "Deliver refresher training on dynamic risk assessment and observation "
                 "levels to all custody sergeants and detention officers",
                 "Custody Training Sergeant", D(2025, 5, 31), "Complete",
                 "Training delivered to 212 of 219 staff (97%); remaining staff on long-term "
                 "absence will complete on return."]),
        ("act", [None, None, "R1.2", "Introduce a monthly dip sample of 20 custody records per "
                 "suite, checking that risk assessments are reviewed at each shift handover",
                 "Ch Insp Custody Operations / Custody Inspectors (Quality Assurance)",
                 D(2025, 6, 30), "On track",
                 "Dip sampling embedded at all four suites since July 2025; results reported to "
                 "the Custody Inspection Board monthly."]),
        ("coc", "Cause of concern 2: The force could not demonstrate that use of force in custody "
                "was consistently recorded, reviewed or scrutinised."),
        ("act", ["R2", "The force should make sure that all use of force in custody is recorded "
                 "accurately, and that it has effective governance and scrutiny arrangements to "
                 "assure itself that force is used appropriately.",
                 "R2.1", "Make completion of a use of force form mandatory before the end of the "
                 "officer's tour of duty, with compliance monitored weekly by the duty inspector",
                 "Supt Criminal Justice", D(2025, 9, 30), "At risk",
                 "Compliance at 81% (target 95%). Weekly compliance data now sent to district "
                 "commanders."]),
        ("act", [None, None, "R2.2", "Establish a quarterly use of force scrutiny panel, including "
                 "independent custody visitors, to review body-worn video and CCTV for a sample of "
                 "incidents",
                 "Head of Criminal Justice / OPCC Scrutiny Lead",
                 "31/12/2025 (revised from 30/09/2025)", "On track",
                 "First panel held 4 November 2025; terms of reference agreed with the OPCC."]),
    ]
    r = 5
    first = None
    for kind, vals in rows:
        if kind == "coc":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=vals)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            continue
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if vals[0]:
            first = r
        else:
            ws.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
        r += 1
    widths(ws, [8, 45, 9, 48, 26, 16, 12, 45])

    wa = wb.create_sheet("Areas for improvement")
    wa.merge_cells("A1:G1")
    wa["A1"] = "Essex Police custody inspection – Areas for improvement"
    wa["A1"].font = Font(bold=True, size=13)
    header_row(wa, 3, ["AFI", "Area for improvement", "Action", "Action owner", "Target date",
                       "Status", "Progress update"], colour="002060")
    arows = [
        ("sec", "Leadership, accountability and partnerships"),
        ("act", ["AFI 1", "The force should make sure that custody staff receive regular, "
                 "structured supervision and an annual performance review.",
                 "Introduce quarterly one-to-one supervision for all detention officers, recorded "
                 "on the force HR system", "Custody Inspectors", D(2025, 7, 31), "Complete",
                 "Supervision recorded for 96% of detention officers in Quarter 2."]),
        ("act", ["AFI 2", "The force should improve its analysis of custody data to identify "
                 "trends and drive improvement.",
                 "Develop a custody performance dashboard in Power BI covering detention times, "
                 "use of force, strip searches and outcomes by ethnicity",
                 "Criminal Justice Performance Manager", D(2025, 10, 1), "Off track",
                 "Build delayed by the Athena upgrade; new delivery date to be agreed at the "
                 "February board."]),
        ("sec", "Respectful detention"),
        ("act", ["AFI 5", "The force should make sure that detainees' privacy and dignity are "
                 "protected when they use the toilet and the shower.",
                 "Fit dignity screens to the toilet area of every cell and pixelate toilet areas "
                 "on cell CCTV at all suites",
                 "Estates Project Manager / Custody Inspector (Estates)", "March 2026", "On track",
                 "Screens fitted at Chelmsford and Colchester; Basildon and Harlow scheduled for "
                 "February."]),
        ("act", ["AFI 7", "The force should make sure that detainees who do not speak English are "
                 "offered professional interpreting services throughout their detention.",
                 "Issue guidance to custody sergeants on the use of telephone interpreting at "
                 "booking-in and at every review", "Custody Training Sergeant", D(2025, 4, 30),
                 "Complete", "Guidance issued 14 April 2025 and added to the custody induction pack."]),
        ("sec", "Safety"),
        ("act", ["AFI 10", "The force should make sure that potential ligature points in cells "
                 "are identified and removed.",
                 "Complete an anti-ligature survey of all cells and remove or replace the ligature "
                 "points identified", "Estates Project Manager", D(2025, 8, 31), "Complete",
                 "Survey completed June 2025; 37 fittings replaced."]),
        ("sec", "Release and transfer"),
        ("act", ["AFI 14", "The force should make sure that pre-release risk assessments are "
                 "meaningful, and that vulnerable detainees are offered appropriate support on "
                 "release.",
                 "Update the pre-release risk assessment template to include a mandatory referral "
                 "prompt for drug, alcohol and mental health support",
                 "Ch Insp Custody Operations", "Q4 2025/26", "Not started",
                 "Awaiting change to the national Athena template (change request submitted)."]),
    ]
    r = 4
    for kind, vals in arows:
        if kind == "sec":
            wa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = wa.cell(row=r, column=1, value=vals)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            r += 1
            continue
        for col, v in enumerate(vals, start=1):
            c = wa.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy" if vals[0] == "AFI 2" else "dd/mm/yyyy"
        r += 1
    widths(wa, [8, 45, 48, 28, 14, 12, 45])
    wb.save(out("ie2-essex-police-custody-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Preston City Council - corporate risk register Q3 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def preston():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws.merge_cells("A1:J1")
    ws["A1"] = "Preston City Council – Corporate Risk Register, Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Period covered: October to December 2025"
    ws["A2"].font = Font(bold=True, size=11)
    ws.merge_cells("A3:J3")
    ws["A3"] = "Reported to Audit Committee – 29 January 2026"
    header_row(ws, 5, ["Risk", "Risk owner", "Inherent score (L x I)", "Key controls in place",
                       "Current score (L x I)", "Direction of travel", "Further action required",
                       "Action owner", "Target date", "Action progress"], colour="7030A0")
    risks = [
        (["CR01 Medium Term Financial Strategy", "Director of Resources", "4 x 4 = 16",
          "MTFS approved February 2025; monthly budget monitoring to Cabinet; savings "
          "tracker reviewed by CMT", "4 x 3 = 12", "↔"],
         [("Identify and approve £1.2m of savings proposals for 2026/27 through the Budget "
           "Working Group", "Head of Finance (S151 Officer)", D(2026, 2, 1), "G"),
          ("Refresh the Reserves Strategy and test the general fund balance against the "
           "risk-assessed minimum level", "Head of Finance (S151 Officer)", D(2026, 3, 31), "A")]),
        (["CR02 Cyber security and ICT resilience", "Director of Customer Services",
          "4 x 5 = 20", "Multi-factor authentication; PSN compliance; annual penetration test; "
          "immutable backups", "3 x 4 = 12", "↓"],
         [("Complete migration of the remaining on-premise servers to Azure and decommission "
           "the legacy data centre", "ICT Manager", "June 2026", "G"),
          ("Run a cyber incident exercise with the Corporate Management Team using an LGA "
           "scenario", "ICT Manager / Emergency Planning Officer", D(2025, 11, 30), "B")]),
        (["CR03 Local government reorganisation in Lancashire", "Chief Executive", "5 x 4 = 20",
          "Chief Executive on the Lancashire Chief Executives' LGR group; member briefings "
          "each quarter", "5 x 4 = 20", "↑"],
         [("Provide officer capacity and data returns to the Lancashire LGR programme and "
           "report progress to each Cabinet", "Chief Executive; Director of Development",
           "Ongoing", "G")]),
        (["CR04 Homelessness and temporary accommodation demand", "Director of Development",
          "4 x 4 = 16", "Homelessness Prevention Strategy; weekly TA placement review",
          "4 x 4 = 16", "↑"],
         [("Bring 12 additional council-leased units into use as temporary accommodation to "
           "reduce the use of bed and breakfast", "Housing Options Manager", "Q4 2025/26", "R")]),
        (["CR05 Workforce capacity and recruitment", "Director of Customer Services",
          "4 x 3 = 12", "Workforce Strategy 2024–2027; exit interviews; agency spend monitoring",
          "3 x 3 = 9", "↔"],
         [("Implement the market supplement policy for hard-to-fill posts agreed in the "
           "Workforce Strategy", "HR Manager", D(2025, 12, 31), "A"),
          ("Launch a graduate and apprenticeship scheme for planning and environmental health",
           "HR Manager", "Sept 2026", None)]),
    ]
    r = 6
    for rvals, actions in risks:
        start = r
        for i, (txt, owner, date, prog) in enumerate(actions):
            if i == 0:
                for col, v in enumerate(rvals, start=1):
                    ws.cell(row=r, column=col, value=v)
            ws.cell(row=r, column=7, value=txt)
            ws.cell(row=r, column=8, value=owner)
            c = ws.cell(row=r, column=9, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "mmm-yy" if date.day == 1 else "dd/mm/yyyy"
            p = ws.cell(row=r, column=10)
            if prog:
                p.fill = RAGFILL[prog]
            for col in range(1, 11):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            r += 1
        if r - start > 1:
            for col in range(1, 7):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        cur = rvals[4]
        score = int(cur.split("=")[1])
        ws.cell(row=start, column=5).fill = fill("FF0000" if score >= 15 else "FFC000" if score >= 8 else "92D050")
    r += 1
    ws.cell(row=r, column=1, value=("Action progress colour: Blue = complete; Green = on target; "
                                    "Amber = at risk of slipping; Red = behind target; "
                                    "no colour = not started")).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value=("Direction of travel since Quarter 2: ↑ increasing, "
                                        "↓ reducing, ↔ no change")).font = Font(italic=True)
    widths(ws, [30, 20, 12, 40, 12, 10, 48, 26, 12, 10])
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood / Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=1 + i, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = li * im
            c = mx.cell(row=3 + (6 - li), column=1 + im, value=s)
            c.fill = fill("FF0000" if s >= 15 else "FFC000" if s >= 8 else "92D050")
            c.alignment = CENTRE
    mx["A10"] = "15–25 Red: Cabinet oversight; 8–12 Amber: CMT oversight; 1–6 Green: managed by service"
    wb.save(out("ie2-preston-city-council-corporate-risk-register-q3-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def header_cells(table, values, colour="1F3864"):
    for c, v in zip(table.rows[0].cells, values):
        set_cell(c, v, bold=True)
        shade(c, colour)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Luton Council - RSH consumer standards housing improvement plan (docx)
# ---------------------------------------------------------------------------
def luton():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Luton Council – Housing Service").bold = True
    doc.add_heading("Housing Improvement Plan", level=0)
    doc.add_paragraph("Response to the Regulator of Social Housing regulatory judgement (C3), "
                      "published 14 May 2025")
    doc.add_paragraph("Progress report to Housing Scrutiny Panel – 14 January 2026")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Version", "1.3"), ("Plan owner", "Service Director, Housing"),
                 ("Approved by", "Executive, 23 June 2025"),
                 ("Monitored by", "Housing Improvement Board (monthly)"),
                 ("Next review", "April 2026")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)

    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, lab, txt in [("0070C0", "Blue", "Complete"), ("00B050", "Green", "On track"),
                             ("FFC000", "Amber", "At risk – mitigations in place"),
                             ("FF0000", "Red", "Off track – escalated to the Housing Improvement Board"),
                             (None, "", "Not started")]:
        cells = k.add_row().cells
        set_cell(cells[0], lab)
        if colour:
            shade(cells[0], colour)
        set_cell(cells[1], txt)

    cols = ["Ref", "Action", "Responsible officer", "Target date", "RAG", "Progress update"]
    colw = [Cm(1.4), Cm(8.5), Cm(4.2), Cm(2.8), Cm(1.8), Cm(7.0)]
    ragcol = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    def plan_table(rows):
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        header_cells(tb, cols)
        for kind, vals in rows:
            cells = tb.add_row().cells
            if kind == "finding":
                m = cells[0].merge(cells[5])
                set_cell(m, vals, bold=True)
                shade(m, "E2EFDA")
                continue
            for c, v in zip(cells, vals):
                set_cell(c, v)
            if vals[4] in ragcol:
                shade(cells[4], ragcol[vals[4]])
        for row in tb.rows:
            for c, w in zip(row.cells, colw):
                c.width = w
        return tb

    doc.add_heading("1. Safety and Quality Standard", level=1)
    doc.add_paragraph("The Regulator found that the council could not evidence that it was meeting "
                      "its legal obligations for fire safety and electrical safety, and that it did "
                      "not have an accurate picture of the condition of its homes.")
    plan_table([
        ("finding", "Finding 1.1: Fire risk assessments (FRAs) were overdue for 38 blocks and more "
                    "than 900 remedial actions were outstanding."),
        ("act", ["SQ1", "Complete all overdue fire risk assessments using an external accredited "
                 "assessor, prioritising high-rise and supported housing blocks",
                 "Head of Building Safety", "31/08/2025", "Complete",
                 "All 38 FRAs completed by 22 August 2025."]),
        ("act", ["SQ2", "Clear the backlog of high-risk remedial actions arising from fire risk "
                 "assessments", "Head of Building Safety / Fire Safety Manager", "31/12/2025",
                 "Amber", "412 of 468 high-risk actions complete. Remaining actions are fire door "
                 "replacements that need leaseholder consultation."]),
        ("finding", "Finding 1.2: Around 2,300 homes did not have an electrical installation "
                    "condition report (EICR) less than five years old."),
        ("act", ["SQ3", "Deliver an EICR programme to bring all homes within the five-year cycle\n"
                 "Report compliance monthly to the Housing Improvement Board",
                 "Compliance Manager (Gas & Electrical)", "March 2026", "Green",
                 "Compliance at 91.4% in December 2025, up from 78% in May."]),
        ("finding", "Finding 1.3: The council did not have up-to-date stock condition data or a "
                    "reliable record of damp and mould cases."),
        ("act", ["SQ4", "Commission a 100% stock condition survey, including HHSRS assessments, "
                 "over two years", "Asset Management Manager", "Q1 2027/28", "Green",
                 "Surveys started October 2025; 2,140 homes surveyed to date."]),
        ("act", ["SQ5", "Introduce a damp and mould case management module in the housing "
                 "management system, with a 10-working-day inspection standard",
                 "Repairs Service Manager", "30/11/2025", "Red",
                 "Go-live delayed by the system supplier; new go-live date of 2 March 2026 agreed."]),
    ])

    doc.add_heading("2. Transparency, Influence and Accountability Standard", level=1)
    plan_table([
        ("act", ["TIA1", "Publish the 2024/25 Tenant Satisfaction Measures with a commentary on "
                 "the council website and in the tenants' newsletter", "Head of Housing Management",
                 "By 30 September 2025", "Complete", "Published 26 September 2025."]),
        ("act", ["TIA2", "Set up a Tenant Scrutiny Panel and agree its first scrutiny review topic "
                 "with tenants", "Head of Housing Management; Tenant Engagement Lead", "Ongoing",
                 "Green", "Eleven tenants recruited; first meeting held 9 December 2025."]),
    ])

    doc.add_heading("3. Neighbourhood and Community Standard", level=1)
    plan_table([
        ("act", ["NC1", "Agree an anti-social behaviour policy for council tenants, co-produced "
                 "with the Tenant Scrutiny Panel", "Tenancy Services Manager", "June 2026", "",
                 "Not yet started – will begin once the Tenant Scrutiny Panel is established."]),
    ])
    doc.add_paragraph("Next update: Housing Scrutiny Panel, April 2026.")
    doc.save(out("ie2-luton-council-rsh-consumer-standards-housing-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Moray Council - annual audit report action plan progress (docx)
# ---------------------------------------------------------------------------
def moray():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("THE MORAY COUNCIL")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=0, cols=2)
    for a, b in [("REPORT TO:", "AUDIT AND SCRUTINY COMMITTEE ON 26 NOVEMBER 2025"),
                 ("SUBJECT:", "2023/24 ANNUAL AUDIT REPORT – PROGRESS WITH AGREED ACTIONS"),
                 ("BY:", "DEPUTE CHIEF EXECUTIVE (EDUCATION, COMMUNITIES AND ORGANISATIONAL "
                         "DEVELOPMENT)")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True, size=10)
        set_cell(cells[1], b, bold=True, size=10)
    doc.add_paragraph()
    doc.add_paragraph().add_run("1. REASON FOR REPORT").bold = True
    doc.add_paragraph("1.1 To inform the Committee of progress with the actions agreed in response "
                      "to the external auditor's 2023/24 Annual Audit Report, and with prior year "
                      "recommendations that remain open.")
    doc.add_paragraph().add_run("2. RECOMMENDATION").bold = True
    doc.add_paragraph("2.1 It is recommended that the Committee scrutinises and notes the progress "
                      "set out in Appendix 1, and agrees the revised dates proposed.")
    landscape_section = doc.add_section()
    landscape_section.orientation = WD_ORIENT.LANDSCAPE
    landscape_section.page_width, landscape_section.page_height = (
        landscape_section.page_height, landscape_section.page_width)

    doc.add_heading("APPENDIX 1", level=1)
    doc.add_paragraph("Status: Complete (blue); On target (green); Behind target – revised date "
                      "proposed (amber); Not started (no colour)")

    doc.add_heading("Part A – 2023/24 Annual Audit Report action plan", level=2)
    cols = ["No.", "Issue", "Recommendation", "Agreed management action", "Responsible officer",
            "Agreed date", "Status", "Progress (November 2025)"]
    ta = doc.add_table(rows=1, cols=8)
    ta.style = "Table Grid"
    header_cells(ta, cols, colour="44546A")
    part_a = [
        ["1", "Financial sustainability",
         "The council should set out in its Medium-Term Financial Strategy how it will close the "
         "cumulative budget gap of £27.6 million to 2027/28, with savings plans identified for "
         "each year.",
         "The Medium-Term Financial Strategy will be updated to include a savings and "
         "transformation programme covering each year to 2027/28.",
         "Chief Financial Officer", "31 March 2025", "Complete",
         "Updated MTFS approved by Council on 27 February 2025."],
        ["2", "Use of reserves",
         "The council should review the level of free general reserves, which has fallen below "
         "its own policy minimum, and set out how reserves will be restored.",
         "A reserves policy will be reported to Council setting a minimum level of free general "
         "reserves and a plan to restore reserves above that level.",
         "Chief Financial Officer", "30 June 2025\nRevised: 31 March 2026", "Behind target",
         "Reserves policy deferred to align with the 2026/27 budget setting; revised date proposed."],
        ["3", "Transformation programme",
         "The council should strengthen programme management of its Transformation Programme, "
         "with clear milestones and benefits tracking reported to elected members.",
         "A Transformation Board and benefits realisation framework will be established, with "
         "quarterly reports to the Corporate Committee.",
         "Head of Governance, Strategy and Performance", "30 September 2025", "Complete",
         "Transformation Board established April 2025; first benefits report to Corporate "
         "Committee on 2 September 2025."],
        ["4", "Workforce planning",
         "The council should complete service workforce plans that identify future skills needs "
         "and how recruitment difficulties will be addressed.",
         "Service workforce plans will be completed for all departments and brought together in "
         "a council-wide Workforce Strategy.",
         "Head of HR, ICT and Organisational Development", "31 December 2025", "On target",
         "Plans complete for three of four departments; Workforce Strategy in draft."],
        ["5", "Community engagement",
         "The council should evaluate the impact of its locality planning and community asset "
         "transfer work on outcomes for communities.",
         "An evaluation of locality plans and community asset transfers will be completed and "
         "reported to the Corporate Committee.",
         "Head of Housing and Property / Community Support Manager", "March 2026", "Not started",
         "Scope of evaluation to be agreed with Community Planning Partners in January 2026."],
    ]
    stcol = {"Complete": "9DC3E6", "On target": "A9D08E", "Behind target": "FFD966"}
    for vals in part_a:
        cells = ta.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
        if vals[6] in stcol:
            shade(cells[6], stcol[vals[6]])

    doc.add_paragraph()
    doc.add_heading("Part B – Prior year recommendations still open (2022/23 Annual Audit Report)",
                    level=2)
    tb = doc.add_table(rows=1, cols=8)
    tb.style = "Table Grid"
    header_cells(tb, ["Ref", "Issue", "Recommendation", "Agreed management action",
                      "Responsible officer", "Agreed date", "Status", "Progress (November 2025)"],
                 colour="44546A")
    part_b = [
        ["b/f 1", "Fixed assets",
         "The council should reconcile the fixed asset register to the property asset register "
         "each year.",
         "An annual reconciliation of the fixed asset register to the property asset register will "
         "be completed before the draft accounts are prepared.",
         "Chief Financial Officer; Asset Manager", "30 June 2025", "Complete",
         "Reconciliation completed for the 2024/25 draft accounts."],
        ["b/f 2", "ICT resilience",
         "The council should test its ICT disaster recovery arrangements.",
         "A full test of the ICT disaster recovery plan will be carried out and lessons learned "
         "reported to the Corporate Management Team.",
         "ICT Infrastructure Manager", "31/03/2025 – revised to 31/01/2026", "Behind target",
         "Test postponed during the data centre move; now scheduled for January 2026."],
    ]
    for vals in part_b:
        cells = tb.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)
        if vals[6] in stcol:
            shade(cells[6], stcol[vals[6]])
    doc.add_paragraph()
    doc.add_paragraph("Author of report: Audit and Risk Manager")
    doc.add_paragraph("Background papers: 2023/24 Annual Audit Report to Members and the "
                      "Controller of Audit")
    doc.save(out("ie2-moray-council-annual-audit-report-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Worcester City Council - internal audit tracker, typo month (csv) -> refuse
# ---------------------------------------------------------------------------
def worcester():
    import csv
    import io
    rows = [
        ["Worcester City Council - Internal Audit Recommendations Tracker"],
        ["Audit and Governance Committee - 27 November 2025 (position at 31 October 2025)"],
        [],
        ["Ref", "Audit", "Year", "Priority", "Recommendation", "Agreed action",
         "Responsible officer", "Original due date", "Revised due date", "Status", "Update"],
        ["IA24-03-1", "Procurement and contract management", "2024/25", "High",
         "The contract register should be complete and reviewed regularly.",
         "Update the contract register to include all contracts over £5,000 and introduce a "
         "quarterly review by service managers", "Procurement Manager", "31/03/2025",
         "30/09/2025", "Complete", "Register updated and republished in September 2025."],
        ["IA24-03-2", "Procurement and contract management", "2024/25", "Medium",
         "Waivers of contract procedure rules should be reported to members.",
         "Report all contract procedure rule waivers to the Audit and Governance Committee "
         "twice a year", "Procurement Manager / Monitoring Officer", "30/06/2025", "",
         "Complete", "First waiver report presented July 2025."],
        ["IA24-07-1", "Council tax and business rates", "2024/25", "Medium",
         "The valuation list should be reconciled to the Revenues system.",
         "Reconcile the VOA valuation list to the Revenues system monthly and retain evidence "
         "of review", "Revenues and Benefits Manager", "31/05/2025", "", "In progress",
         "Reconciliations completed April to September; evidence of review still to be added."],
        ["IA25-01-1", "Payroll", "2025/26", "High",
         "Starter, leaver and variation forms should be independently checked.",
         "Introduce independent checking of all starter, leaver and variation forms before the "
         "payroll cut-off", "HR and Payroll Manager", "31/08/2025", "31/12/2025", "In progress",
         "Checklist agreed; second checker role being added to the HR system."],
        ["IA25-02-1", "Cyber security", "2025/26", "High",
         "Multi-factor authentication should be enforced for all remote access.",
         "Enforce multi-factor authentication for all remote access accounts, including "
         "councillor accounts", "ICT Manager", "30/09/2025", "Janaury 2026", "Overdue",
         "Staff accounts complete; councillor devices to be re-issued."],
        ["IA25-04-1", "Car parking income", "2025/26", "Low",
         "Cash collection records should be signed by two officers.",
         "Require two signatures on all pay and display cash collection sheets",
         "Parking Services Manager", "31/10/2025", "", "Complete",
         "In place from 1 October 2025."],
        ["IA25-04-2", "Car parking income", "2025/26", "Medium",
         "Income from the parking app should be reconciled to the ledger.",
         "Reconcile monthly cashless parking income from the app provider to the general ledger",
         "Parking Services Manager; Finance Business Partner", "31/12/2025", "", "In progress",
         "October reconciliation completed."],
        [],
        ["Priority: High / Medium / Low. Status: Complete; In progress; Overdue "
         "(past original or revised due date)."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("ie2-worcester-city-council-internal-audit-recommendations-tracker-typo-month-refuse.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Dover District Council - corporate peer challenge action plan (txt, tab-separated)
# ---------------------------------------------------------------------------
def dover():
    T = "\t"
    lines = [
        "Dover District Council – LGA Corporate Peer Challenge Action Plan",
        "Progress update for Cabinet, 2 February 2026 (peer challenge held 17–20 June 2024)",
        "",
        T.join(["Ref", "Recommendation / action", "Lead officer", "Timescale", "RAG", "Progress"]),
        T.join(["", "Recommendation 1 – Set out a clear, long-term place vision for the district, "
                "agreed with partners, that links the Corporate Plan, Local Plan and regeneration "
                "programme", "", "", "", ""]),
        T.join(["1.1", "Hold a partner summit to co-produce a 'Dover District 2040' place vision",
                "Strategic Director (Place and Environment)", "Sept 2024 – March 2025", "B",
                "Summit held 21 January 2025 with 64 partners; vision adopted by Cabinet 3 March 2025."]),
        T.join(["1.2", "Refresh the Corporate Plan performance framework so that each priority "
                "has measurable outcomes", "Head of Corporate Strategy / Performance and Insight Manager",
                "Q2 2025/26", "G", "New framework used for the Quarter 2 performance report."]),
        T.join(["", "Recommendation 2 – Strengthen member development, particularly for overview "
                "and scrutiny and the Governance Committee", "", "", "", ""]),
        T.join(["2.1", "\"Launch a member development programme covering:\n- scrutiny skills\n"
                "- finance for non-finance members\n- the role of the Governance Committee\"",
                "Democratic Services Manager", "Apr-25", "B",
                "Programme launched April 2025; 31 of 32 councillors have attended at least one session."]),
        T.join(["2.2", "Appoint an independent person to the Governance Committee",
                "Monitoring Officer", "By 31 December 2025", "A",
                "First campaign did not appoint; second campaign closed, interviews February 2026."]),
        T.join(["", "Recommendation 3 – Develop a sustainable medium-term financial plan that "
                "reduces reliance on reserves", "", "", "", ""]),
        T.join(["3.1", "Agree a three-year savings and income programme of £2.5m through the "
                "budget challenge sessions", "Head of Finance and Investment", "Feb-26", "G",
                "£1.9m identified to date; remaining proposals in the 2026/27 budget report."]),
        T.join(["3.2", "Review the commercial property portfolio and dispose of under-performing "
                "assets", "Head of Property Services", "Ongoing", "G",
                "Two disposals completed; portfolio review reported to Cabinet in November 2025."]),
        T.join(["", "Recommendation 4 – Build capacity in the organisation to deliver the "
                "council's regeneration ambitions", "", "", "", ""]),
        T.join(["4.1", "Recruit a Regeneration Delivery Manager and two project officers funded "
                "from the Levelling Up Fund allocation", "Head of Inward Investment", "July 2025",
                "R", "Two recruitment rounds unsuccessful; interim cover through a Kent County "
                "Council secondment."]),
        T.join(["4.2", "Introduce a corporate project management framework and training for "
                "project leads", "Head of Corporate Strategy", "31/03/2026", "",
                "Not yet started."]),
        "",
        "Key: B = complete; G = on track; A = some slippage, within tolerance; R = off track; "
        "blank = not started",
        "Note: actions completed by the last update (September 2025) are kept for reference and "
        "will be removed from the next report.",
    ]
    with open(out("ie2-dover-dc-corporate-peer-challenge-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    bolton()
    essex_custody()
    preston()
    luton()
    moray()
    worcester()
    dover()
    print("built 7 files in", HERE)
