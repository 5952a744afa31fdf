"""Build the seven ii2- case files of set heldout277.

Run with /work/main/.venv/bin/python ii2_make.py (writes beside this script).
Each data file imitates a plan layout used by a body outside children's services.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "band": PatternFill("solid", fgColor="1F3864"),
    "band2": PatternFill("solid", fgColor="D9E1F2"),
    "head": PatternFill("solid", fgColor="BFBFBF"),
    "rec": PatternFill("solid", fgColor="FCE4D6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return datetime(y, m, day)


def style_row(ws, row, ncols, fill=None, bold=False, color=None):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP
        if fill is not None:
            cell.fill = fill
        if bold or color:
            cell.font = Font(bold=bold, color=color)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. London Borough of Merton - ASC CQC assessment improvement plan (xlsx)
# ---------------------------------------------------------------------------
MERTON_FILE = "ii2-london-borough-of-merton-asc-cqc-assessment-improvement-plan.xlsx"
MERTON_TITLE = "London Borough of Merton – Adult Social Care Improvement Plan 2025–26"

MERTON_THEMES = [
    ("Theme 1: Working with people", [
        ("People told CQC that waiting times for Care Act assessments were too long, "
         "with 412 people waiting for an assessment at the time of the site visit.", [
            dict(ref="1.1",
                 action="Introduce a weekly waiting-list triage so that every person waiting for an "
                        "assessment is RAG-rated by risk and contacted at least every four weeks.",
                 lead_cell="Head of Adult Social Care Operations",
                 start="Apr-25", orig=d(2025, 6, 30), rev=None, prev="Green", cur="Complete",
                 note="Triage in place since 2 June 2025; all people waiting contacted within 4 weeks.",
                 impact="Number waiting over 90 days down from 188 to 61.",
                 lead=["Head of Adult Social Care Operations"], end="2025-06", status="blue"),
            dict(ref="1.2",
                 action="Commission additional assessment capacity from an external provider to clear "
                        "the backlog of assessments older than 90 days.",
                 lead_cell="Head of Adult Social Care Operations / Head of Commissioning",
                 start="Jul-25", orig=d(2025, 9, 30), rev="Dec-25", prev="Green", cur="Amber",
                 note="Provider mobilised late (August); revised date agreed at Improvement Board 9 Sept.",
                 impact="",
                 lead=["Head of Adult Social Care Operations", "Head of Commissioning"],
                 end="2025-12", status="amber"),
        ]),
        ("Carers' assessments were not consistently offered and carers said they felt unsupported.", [
            dict(ref="1.3",
                 action="Refresh the Merton Carers Strategy with carers and Carers Support Merton, "
                        "including a new offer of carers' personal budgets.",
                 lead_cell="Strategic Commissioning Lead – Carers",
                 start="Jun-25", orig=d(2026, 3, 31), rev=None, prev="Green", cur="Green",
                 note="Co-design workshops held July–September; draft strategy due to Cabinet in January.",
                 impact="",
                 lead=["Strategic Commissioning Lead – Carers"], end="2026-03", status="green"),
            dict(ref="1.4",
                 action="Add a carers' assessment prompt to the Mosaic assessment workflow and report "
                        "take-up monthly to the ASC Performance Board.",
                 lead_cell="Principal Social Worker; Systems and Performance Manager",
                 start="Jul-25", orig="Nov-25", rev=None, prev="Amber", cur="Green",
                 note="Mosaic change tested; go-live planned for 3 November.",
                 impact="",
                 lead=["Principal Social Worker", "Systems and Performance Manager"],
                 end="2025-11", status="green"),
        ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was not enough local nursing provision for people living with complex dementia, "
         "leading to placements outside the borough.", [
            dict(ref="2.1",
                 action="Publish an updated Market Position Statement setting out future demand for "
                        "dementia nursing beds to 2030.",
                 lead_cell="Head of Commissioning",
                 start="May-25", orig=d(2025, 9, 30), rev=None, prev="Amber", cur="Complete",
                 note="Published on the council website on 26 September 2025.",
                 impact="Two providers have approached the council about new schemes.",
                 lead=["Head of Commissioning"], end="2025-09", status="blue"),
            dict(ref="2.2",
                 action="Work with South West London ICB to jointly commission 20 additional dementia "
                        "nursing beds within the borough.",
                 lead_cell="Assistant Director – Commissioning; ICB Place Director (Merton)",
                 start="Sep-25", orig=d(2026, 3, 31), rev="Sep-26", prev="Amber", cur="Red",
                 note="No compliant bids received in the first procurement round; escalated to the "
                      "Health and Care Together Board.",
                 impact="",
                 lead=["Assistant Director – Commissioning", "ICB Place Director (Merton)"],
                 end="2026-09", status="red"),
        ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("Safeguarding enquiries were not always completed in a timely way and there was limited "
         "assurance about the quality of Section 42 enquiries.", [
            dict(ref="3.1",
                 action="Hold a monthly multi-agency audit of Section 42 case files and report the "
                        "findings to the Merton Safeguarding Adults Board.",
                 lead_cell="Head of Safeguarding Adults and Quality Assurance",
                 start="Jul-25", orig="Monthly", rev=None, prev="Green", cur="Green",
                 note="Audits held in July, August and September (18 cases).",
                 impact="",
                 lead=["Head of Safeguarding Adults and Quality Assurance"],
                 end=None, end_text="Monthly", status="green"),
            dict(ref="3.2",
                 action="Introduce a 28-day standard for concluding Section 42 enquiries and track "
                        "performance on the ASC dashboard.",
                 lead_cell="Head of Safeguarding Adults and Quality Assurance",
                 start="Aug-25", orig=d(2025, 10, 31), rev=None, prev="Green", cur="Green",
                 note="Standard agreed; dashboard measure being built.",
                 impact="",
                 lead=["Head of Safeguarding Adults and Quality Assurance"],
                 end="2025-10", status="green"),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Co-production with people who draw on care and support was not yet embedded in strategic "
         "decision making.", [
            dict(ref="4.1",
                 action="Establish a Co-production Board of people with lived experience and carers, "
                        "with an independent lived-experience co-chair.",
                 lead_cell="Director of Adult Social Care",
                 start="Jul-25", orig=d(2025, 12, 31), rev=None, prev="Green", cur="Green",
                 note="Recruitment of members under way with Healthwatch Merton.",
                 impact="",
                 lead=["Director of Adult Social Care"], end="2025-12", status="green"),
            dict(ref="4.2",
                 action="Agree a lived-experience quality assurance framework so that people who draw "
                        "on care help review this plan every quarter.",
                 lead_cell="Director of Adult Social Care / Healthwatch Merton Manager",
                 start="Jan-26", orig="Q4 2025/26", rev=None, prev="", cur="Not started",
                 note="New action added at Q2 following Improvement Board review.",
                 impact="",
                 lead=["Director of Adult Social Care", "Healthwatch Merton Manager"],
                 end="2026-03", status="unrated"),
        ]),
    ]),
]

RAG_FILL = {"Complete": FILL["blue"], "Blue": FILL["blue"], "Green": FILL["green"],
            "Amber": FILL["amber"], "Red": FILL["red"]}


def merton_actions():
    out = []
    for theme, afis in MERTON_THEMES:
        for afi, acts in afis:
            for a in acts:
                e = dict(ref=a["ref"], under=[theme, afi], action=a["action"], lead=a["lead"],
                         end=a["end"])
                if "end_text" in a:
                    e["end_text"] = a["end_text"]
                e["status"] = a["status"]
                out.append(e)
    return out


def build_merton(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = MERTON_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A3"] = "Our response to the CQC local authority assessment of adult social care (report published April 2025)"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.3", "12/05/2025", "ASC Improvement Programme Manager", "Draft for Departmental Management Team"),
            ("1.0", "03/06/2025", "ASC Improvement Programme Manager", "Approved by Cabinet"),
            ("1.1", "15/07/2025", "ASC Improvement Programme Manager", "Q1 progress update"),
            ("1.2", "14/10/2025", "ASC Improvement Programme Manager", "Q2 progress update; action 4.2 added")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = FILL["head"]
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("Blue", "Complete – action delivered and evidence of impact recorded"),
           ("Green", "On track – will be delivered by the target date"),
           ("Amber", "Some slippage – recoverable; revised date agreed by the Improvement Board"),
           ("Red", "Off track – escalated to the ASC Improvement Board")]
    for i, (k, v) in enumerate(key):
        c = ws.cell(row=13 + i, column=1, value=k)
        c.fill = RAG_FILL[k]
        c.border = BOX
        ws.cell(row=13 + i, column=2, value=v).border = BOX
    widths(ws, [14, 16, 36, 48])

    # Summary sheet (totals, not actions)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress at Q2 2025–26 (current RAG)"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["Theme", "Actions", "Complete", "Green", "Amber", "Red", "Not started"]
    for j, v in enumerate(hdr):
        c = ss.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
        c.border = BOX
    counts = []
    for theme, afis in MERTON_THEMES:
        acts = [a for _, lst in afis for a in lst]
        row = [theme, len(acts)]
        for s in ("Complete", "Green", "Amber", "Red", "Not started"):
            row.append(sum(1 for a in acts if a["cur"] == s))
        counts.append(row)
    for i, r in enumerate(counts):
        for j, v in enumerate(r):
            ss.cell(row=4 + i, column=1 + j, value=v).border = BOX
    tot = ["Total"] + [sum(r[k] for r in counts) for k in range(1, 7)]
    for j, v in enumerate(tot):
        c = ss.cell(row=4 + len(counts), column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(ss, [34, 10, 10, 10, 10, 10, 12])

    # The plan
    wp = wb.create_sheet("Improvement Plan")
    ncol = 11
    wp.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    wp["A1"] = "Adult Social Care Improvement Plan 2025–26 – progress at Q2 (30 September 2025)"
    wp["A1"].font = Font(bold=True, size=14)
    wp["A2"] = ("Senior Responsible Officer: Executive Director, Adult Social Care, Integrated Care and "
                "Public Health. Monitored monthly by the ASC Improvement Board.")
    hdr = ["Ref", "Area for improvement (CQC finding)", "Action", "Lead(s)", "Start",
           "Original target date", "Revised target date", "Previous RAG (Q1)", "Current RAG (Q2)",
           "Progress update (Q2)", "Evidence of impact"]
    for j, v in enumerate(hdr):
        wp.cell(row=4, column=1 + j, value=v)
    style_row(wp, 4, ncol, fill=FILL["head"], bold=True)
    r = 5
    for theme, afis in MERTON_THEMES:
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        wp.cell(row=r, column=1, value=theme)
        style_row(wp, r, ncol, fill=FILL["band"], bold=True, color="FFFFFF")
        r += 1
        for afi, acts in afis:
            first = r
            for a in acts:
                vals = [a["ref"], afi if r == first else None, a["action"], a["lead_cell"], a["start"],
                        a["orig"], a["rev"], a["prev"] or None, a["cur"], a["note"], a["impact"] or None]
                for j, v in enumerate(vals):
                    if j == 1 and r != first:
                        continue
                    wp.cell(row=r, column=1 + j, value=v)
                style_row(wp, r, ncol)
                if isinstance(a["orig"], datetime):
                    wp.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                for col, key in ((8, "prev"), (9, "cur")):
                    if a[key] in RAG_FILL:
                        wp.cell(row=r, column=col).fill = RAG_FILL[a[key]]
                r += 1
            if r - 1 > first:
                wp.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    wp.cell(row=r + 1, column=1,
            value="Note: revised target dates are only shown where a change has been agreed by the ASC Improvement Board.")
    widths(wp, [6, 38, 48, 30, 8, 12, 12, 11, 11, 40, 30])
    wp.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Dorset & Wiltshire FRS - HMICFRS values & culture recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
DWFRS_FILE = "ii2-dorset-wiltshire-frs-hmicfrs-values-culture-recommendations-tracker.xlsx"
DWFRS_TITLE = ("Dorset & Wiltshire Fire and Rescue Service – HMICFRS Values and Culture in Fire and Rescue "
               "Services Action Plan")

DWFRS = [
    ("Raising concerns", [
        ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services provide "
         "a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.",
         d(2023, 10, 1), [
            dict(ref="1.1",
                 action="Procure an independent confidential reporting line and publicise it to all staff "
                        "through the intranet and station briefings.",
                 owner="Head of People Services", target=d(2023, 9, 30), rev=None,
                 st="Complete", pct=1.0,
                 upd="Safecall line live from 1 September 2023; posters at all stations.",
                 lead=["Head of People Services"], end="2023-09", status="blue"),
            dict(ref="1.2",
                 action="Review the Whistleblowing Policy with the representative bodies and relaunch it "
                        "alongside the Speak Up Guardian scheme.",
                 owner="Head of People Services / Monitoring Officer", target=d(2023, 12, 31),
                 rev=d(2024, 3, 31), st="Complete", pct=1.0,
                 upd="Policy approved by the Authority in March 2024; 12 Speak Up Guardians trained.",
                 lead=["Head of People Services", "Monitoring Officer"], end="2024-03", status="blue"),
            dict(ref="1.3",
                 action="Report anonymised themes from concerns raised to the Finance and Audit Committee "
                        "twice a year.",
                 owner="Monitoring Officer", target="Mar-25", rev=None, st="On track", pct=0.5,
                 upd="First themes report presented in September 2024; second due March 2025.",
                 lead=["Monitoring Officer"], end="2025-03", status="green"),
        ]),
        ("Recommendation 3 – By 1 June 2023, chief fire officers should review the support available for "
         "those who have raised concerns and take any action needed to make sure these provisions are suitable.",
         d(2023, 6, 1), [
            dict(ref="3.1",
                 action="Map the support available to people who raise concerns (EAP, Speak Up Guardians, "
                        "TRiM and representative bodies) and close the gaps identified.",
                 owner="Wellbeing Manager", target=d(2023, 6, 1), rev=d(2023, 7, 31),
                 st="Complete", pct=1.0,
                 upd="Gap analysis completed; signposting guide published July 2023.",
                 lead=["Wellbeing Manager"], end="2023-07", status="blue"),
        ]),
    ]),
    ("Background checks", [
        ("Recommendation 7 – By 1 October 2023, chief fire officers should make sure appropriate Disclosure "
         "and Barring Service checks are in place for all staff, in line with the Safeguarding Fire Standard.",
         d(2023, 10, 1), [
            dict(ref="7.1",
                 action="Complete a role-by-role risk assessment to identify the level of DBS check "
                        "required for every post.",
                 owner="HR Business Partner", target=d(2023, 8, 31), rev=None, st="Complete", pct=1.0,
                 upd="All 214 role profiles assessed.",
                 lead=["HR Business Partner"], end="2023-08", status="blue"),
            dict(ref="7.2",
                 action="Carry out DBS checks for all existing staff in roles needing a standard or "
                        "enhanced check, with a rolling three-year renewal.",
                 owner="HR Business Partner; Vetting Officer", target=d(2024, 3, 31), rev=d(2025, 6, 30),
                 st="Off track – recoverable", pct=0.87,
                 upd="87% of checks returned; remaining on-call staff being chased through station managers.",
                 lead=["HR Business Partner", "Vetting Officer"], end="2025-06", status="amber"),
        ]),
    ]),
    ("Leadership and culture", [
        ("Recommendation 13 – By 1 January 2024, chief fire officers should make sure all staff understand "
         "the behaviours expected of them and that the Core Code of Ethics is embedded at every level of the service.",
         d(2024, 1, 1), [
            dict(ref="13.1",
                 action="Deliver Core Code of Ethics workshops to every watch and team, led by members of "
                        "the Service Leadership Team.",
                 owner="Area Manager – Organisational Development", target=d(2024, 1, 31),
                 rev=d(2024, 12, 31), st="Complete", pct=1.0,
                 upd="126 workshops delivered; attendance 94%.",
                 lead=["Area Manager – Organisational Development"], end="2024-12", status="blue"),
            dict(ref="13.2",
                 action="Introduce 360-degree feedback for all middle and senior managers and use the "
                        "results in annual appraisals.",
                 owner="Area Manager – Organisational Development", target=d(2025, 3, 31), rev=None,
                 st="On track", pct=0.6,
                 upd="Senior managers complete; middle managers scheduled February–March 2025.",
                 lead=["Area Manager – Organisational Development"], end="2025-03", status="green"),
        ]),
        ("Recommendation 15 – By 1 March 2024, chief fire officers should put in place a way of gathering and "
         "acting on staff feedback about values and culture, including a regular staff survey.",
         d(2024, 3, 1), [
            dict(ref="15.1",
                 action="Run a full staff culture survey through an independent provider and publish the "
                        "results with a 'You said, we did' response to all staff.",
                 owner="Head of Corporate Communications", target=d(2024, 11, 30), rev=d(2025, 5, 31),
                 st="Off track – escalated", pct=0.3,
                 upd="Contract award delayed by procurement challenge; escalated to SLT 14 January 2025.",
                 lead=["Head of Corporate Communications"], end="2025-05", status="red"),
            dict(ref="15.2",
                 action="Hold quarterly culture pulse surveys and report the trends to the Service "
                        "Leadership Team.",
                 owner="Head of Corporate Communications", target="Quarterly", rev=None,
                 st="On track", pct=None,
                 upd="Q3 pulse survey closed 20 December 2024 (41% response).",
                 lead=["Head of Corporate Communications"], end=None, end_text="Quarterly", status="green"),
        ]),
    ]),
]

DW_STATUS_FILL = {"Complete": FILL["blue"], "On track": FILL["green"],
                  "Off track – recoverable": FILL["amber"], "Off track – escalated": FILL["red"]}


def dwfrs_actions():
    out = []
    for theme, recs in DWFRS:
        for rec, _dl, acts in recs:
            for a in acts:
                e = dict(ref=a["ref"], under=[theme, rec], action=a["action"], lead=a["lead"], end=a["end"])
                if "end_text" in a:
                    e["end_text"] = a["end_text"]
                e["status"] = a["status"]
                out.append(e)
    return out


def build_dwfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = DWFRS_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action plan summary report as at 31 January 2025"
    ws["A2"].font = Font(bold=True)
    all_acts = [a for _, recs in DWFRS for _, _, acts in recs for a in acts]
    ws["A4"] = "Status"
    ws["B4"] = "Sub-actions"
    for c in ("A4", "B4"):
        ws[c].font = Font(bold=True)
        ws[c].fill = FILL["head"]
        ws[c].border = BOX
    r = 5
    for st in ("Complete", "On track", "Off track – recoverable", "Off track – escalated"):
        ws.cell(row=r, column=1, value=st).fill = DW_STATUS_FILL[st]
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=sum(1 for a in all_acts if a["st"] == st)).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=len(all_acts)).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Status key").font = Font(bold=True)
    keys = [("Complete", "Sub-action closed; evidence held by the Service Assurance team (blue)"),
            ("On track", "Open – on track to meet the service target date (green)"),
            ("Off track – recoverable", "Open – target date missed or at risk; recovery plan in place (amber)"),
            ("Off track – escalated", "Open – off track and escalated to the Service Leadership Team (red)")]
    for i, (k, v) in enumerate(keys):
        c = ws.cell(row=r + 3 + i, column=1, value=k)
        c.fill = DW_STATUS_FILL[k]
        ws.cell(row=r + 3 + i, column=2, value=v)
    ws.cell(row=r + 8, column=1,
            value="Only the 20 recommendations addressed to chief fire officers are tracked here; "
                  "national recommendations are monitored through the NFCC.")
    widths(ws, [28, 80])

    wp = wb.create_sheet("Action Plan")
    ncol = 9
    wp.merge_cells("A1:I1")
    wp["A1"] = "Service action plan – recommendations to chief fire officers"
    wp["A1"].font = Font(bold=True, size=14)
    wp.merge_cells("A2:I2")
    wp["A2"] = ("Reported to: Dorset & Wiltshire Fire and Rescue Authority – Finance and Audit Committee, "
                "26 February 2025")
    hdr = ["Ref", "Sub-action", "Action owner", "HMICFRS deadline", "Service target date",
           "Revised date", "Status", "% complete", "Progress update"]
    for j, v in enumerate(hdr):
        wp.cell(row=4, column=1 + j, value=v)
    style_row(wp, 4, ncol, fill=FILL["head"], bold=True)
    r = 5
    for theme, recs in DWFRS:
        wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        wp.cell(row=r, column=1, value=theme)
        style_row(wp, r, ncol, fill=FILL["band"], bold=True, color="FFFFFF")
        r += 1
        for rec, dl, acts in recs:
            wp.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            wp.cell(row=r, column=1, value=rec)
            wp.cell(row=r, column=4, value=dl).number_format = "dd/mm/yyyy"
            style_row(wp, r, ncol, fill=FILL["rec"], bold=True)
            wp.row_dimensions[r].height = 45
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["owner"], None, a["target"], a["rev"], a["st"],
                        a["pct"], a["upd"]]
                for j, v in enumerate(vals):
                    wp.cell(row=r, column=1 + j, value=v)
                style_row(wp, r, ncol)
                for col in (5, 6):
                    if isinstance(wp.cell(row=r, column=col).value, datetime):
                        wp.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                if a["pct"] is not None:
                    wp.cell(row=r, column=8).number_format = "0%"
                wp.cell(row=r, column=7).fill = DW_STATUS_FILL[a["st"]]
                r += 1
    widths(wp, [7, 55, 30, 12, 12, 12, 20, 10, 50])
    wp.freeze_panes = "A5"
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Ashfield DC - RSH consumer standards housing improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
ASHFIELD_FILE = "ii2-ashfield-dc-rsh-consumer-standards-housing-improvement-plan.xlsx"

ASHFIELD = [
    ("Safety & Quality", "Safety and Quality Standard", [
        ("Stock condition data was incomplete: 31% of homes had not had a stock condition survey in the "
         "last five years.", [
            dict(ref="SQ1",
                 action="Commission a stock condition survey programme covering every home, prioritising "
                        "homes with no survey since 2019.",
                 ro="Head of Housing Assets", due=d(2026, 12, 31), rag="amber",
                 cmt="Contractor appointed; 1,420 surveys completed to date.",
                 lead=["Head of Housing Assets"], end="2026-12", status="amber"),
            dict(ref="SQ2",
                 action="Load all survey data into the asset management system and set up monthly "
                        "data-quality checks.",
                 ro="Asset Data Manager", due="Q3 2025/26", rag="green",
                 cmt="Data loaded; first data-quality report to Housing Compliance Board in November.",
                 lead=["Asset Data Manager"], end="2025-12", status="blue"),
        ]),
        ("The council could not show that all fire risk assessment remedial actions had been completed "
         "within target timescales.", [
            dict(ref="SQ3",
                 action="Clear the backlog of 146 overdue high-risk fire risk assessment actions.",
                 ro="Building Safety Manager", due=d(2025, 9, 30), rag="green",
                 cmt="All 146 actions closed and verified by the fire safety consultant.",
                 lead=["Building Safety Manager"], end="2025-09", status="blue"),
            dict(ref="SQ4",
                 action="Report fire risk assessment action performance monthly to the Housing Compliance "
                        "Board and quarterly to Cabinet.",
                 ro="Building Safety Manager / Head of Housing Assets", due="Monthly", rag="amber",
                 cmt="Monthly reporting in place; first Cabinet report due January.",
                 lead=["Building Safety Manager", "Head of Housing Assets"], end=None,
                 end_text="Monthly", status="amber"),
        ]),
        ("Reports of damp and mould were not always inspected promptly.", [
            dict(ref="SQ5",
                 action="Introduce triage of damp and mould reports within 24 hours and inspection within "
                        "10 working days, in preparation for Awaab's Law.",
                 ro="Repairs Manager", due=d(2025, 10, 31), rag="red",
                 cmt="Triage live; inspections averaging 16 working days due to surveyor vacancies.",
                 lead=["Repairs Manager"], end="2025-10", status="red"),
        ]),
    ]),
    ("TIA", "Transparency, Influence and Accountability Standard", [
        ("Tenants were not sufficiently involved in shaping services, and learning from complaints was "
         "not reported to tenants.", [
            dict(ref="TIA1",
                 action="Set up a Tenant Scrutiny Panel with an agreed annual work programme.",
                 ro="Tenant Engagement Officer", due=d(2025, 11, 30), rag="green",
                 cmt="Panel of 9 tenants met for the first time on 12 November.",
                 lead=["Tenant Engagement Officer"], end="2025-11", status="blue"),
            dict(ref="TIA2",
                 action="Publish a quarterly 'Learning from complaints' report on the council website and "
                        "in the tenant newsletter.",
                 ro="Customer Experience Manager", due="Jan-26", rag="amber",
                 cmt="Q2 report drafted; awaiting tenant panel review.",
                 lead=["Customer Experience Manager"], end="2026-01", status="amber"),
        ]),
        ("Tenant Satisfaction Measures data had not been independently validated.", [
            dict(ref="TIA3",
                 action="Commission independent validation of the 2024/25 TSM data before publication.",
                 ro="Housing Performance Lead", due=d(2025, 6, 30), rag="green",
                 cmt="Validated by an external provider; published 27 June 2025.",
                 lead=["Housing Performance Lead"], end="2025-06", status="blue"),
        ]),
    ]),
    ("Tenancy", "Tenancy Standard", [
        ("Tenancy audits had lapsed and the allocations policy had not been reviewed since 2018.", [
            dict(ref="T1",
                 action="Restart the tenancy audit programme so that every tenancy is visited at least "
                        "once every five years.",
                 ro="Tenancy & Estates Manager", due=d(2026, 3, 31), rag="amber",
                 cmt="Programme restarted in September; 310 audits completed.",
                 lead=["Tenancy & Estates Manager"], end="2026-03", status="amber"),
            dict(ref="T2",
                 action="Review and consult on a new Housing Allocations Policy.",
                 ro="Housing Options Manager", due=d(2026, 2, 28), rag=None,
                 cmt="Not yet started – consultation planned for January.",
                 lead=["Housing Options Manager"], end="2026-02", status="unrated"),
        ]),
    ]),
    ("Neighbourhood & Community", "Neighbourhood and Community Standard", [
        ("Anti-social behaviour case management was inconsistent and victims were not always kept informed.", [
            dict(ref="NC1",
                 action="Adopt the ASB Case Review process and a victim contact standard (contact at least "
                        "every 10 working days).",
                 ro="Community Safety Manager; Tenancy & Estates Manager", due=d(2025, 12, 31), rag="amber",
                 cmt="Procedure drafted; staff briefings in December.",
                 lead=["Community Safety Manager", "Tenancy & Estates Manager"], end="2025-12",
                 status="amber"),
        ]),
    ]),
]


def ashfield_actions():
    out = []
    for _sheet, std, finds in ASHFIELD:
        for f, acts in finds:
            for a in acts:
                e = dict(ref=a["ref"], under=[std, f], action=a["action"], lead=a["lead"], end=a["end"])
                if "end_text" in a:
                    e["end_text"] = a["end_text"]
                e["status"] = a["status"]
                out.append(e)
    return out


def build_ashfield(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Ashfield District Council – Housing Regulatory Improvement Plan 2025–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing inspection – regulatory judgement published "
                "June 2025 (C2)")
    ws["A3"] = "Progress as at 30 November 2025. Owner: Executive Director – Place and Communities."
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("green", "Completed"), ("amber", "In progress"), ("red", "Overdue")]):
        c = ws.cell(row=6 + i, column=1)
        c.fill = FILL[col]
        c.border = BOX
        ws.cell(row=6 + i, column=2, value=txt)
    ws["A10"] = "Progress summary"
    ws["A10"].font = Font(bold=True)
    hdr = ["Consumer standard", "Actions", "Completed", "In progress", "Overdue", "Not started"]
    for j, v in enumerate(hdr):
        c = ws.cell(row=11, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = FILL["head"]
        c.border = BOX
    r = 12
    tots = [0] * 5
    for _sheet, std, finds in ASHFIELD:
        acts = [a for _, lst in finds for a in lst]
        vals = [len(acts), sum(a["rag"] == "green" for a in acts), sum(a["rag"] == "amber" for a in acts),
                sum(a["rag"] == "red" for a in acts), sum(a["rag"] is None for a in acts)]
        tots = [x + y for x, y in zip(tots, vals)]
        for j, v in enumerate([std] + vals):
            ws.cell(row=r, column=1 + j, value=v).border = BOX
        r += 1
    for j, v in enumerate(["Total"] + tots):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(ws, [52, 10, 12, 12, 10, 12])

    for sheet, std, finds in ASHFIELD:
        wp = wb.create_sheet(sheet)
        ncol = 7
        wp["A1"] = std
        wp["A1"].font = Font(bold=True, size=13)
        hdr = ["Ref", "RSH finding", "What we will do", "Responsible officer", "Target date", "RAG",
               "Comments / evidence"]
        for j, v in enumerate(hdr):
            wp.cell(row=3, column=1 + j, value=v)
        style_row(wp, 3, ncol, fill=FILL["head"], bold=True)
        r = 4
        for f, acts in finds:
            first = r
            for a in acts:
                wp.cell(row=r, column=1, value=a["ref"])
                if r == first:
                    wp.cell(row=r, column=2, value=f)
                wp.cell(row=r, column=3, value=a["action"])
                wp.cell(row=r, column=4, value=a["ro"])
                wp.cell(row=r, column=5, value=a["due"])
                wp.cell(row=r, column=7, value=a["cmt"])
                style_row(wp, r, ncol)
                if isinstance(a["due"], datetime):
                    wp.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                if a["rag"]:
                    wp.cell(row=r, column=6).fill = FILL[a["rag"]]
                r += 1
            if r - 1 > first:
                wp.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        widths(wp, [7, 40, 50, 28, 12, 7, 42])
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Ysgol Bro Myrddin - Estyn post-inspection action plan (docx, one table per recommendation)
# ---------------------------------------------------------------------------
BRO_FILE = "ii2-ysgol-bro-myrddin-estyn-post-inspection-action-plan.docx"
BRO_TITLE = "Ysgol Bro Myrddin – Post-Inspection Action Plan"

BRO = [
    ("R1: Improve the quality of teaching and assessment so that all pupils make consistent progress",
     "Estyn found that in a minority of lessons teachers' expectations are too low and feedback does not "
     "help pupils to improve.", [
        dict(ref="1.1",
             action="Establish a teaching and learning group to agree and model a shared set of effective "
                    "teaching principles across all departments.",
             sc="All departments use the agreed principles; learning walks show secure teaching in at least 80% of lessons.",
             lead_cell="Deputy Headteacher (Teaching and Learning)", ts="Autumn term 2025",
             mon="Learning walks; SLT line management", rag="G",
             lead=["Deputy Headteacher (Teaching and Learning)"], end="2025-12", status="green"),
        dict(ref="1.2",
             action="Provide coaching for teachers identified through lesson observations, using the "
                    "regional professional learning offer.",
             sc="Follow-up observations show improvement for all teachers coached.",
             lead_cell="Deputy Headteacher (Teaching and Learning) / Professional Learning Lead",
             ts="September 2025 – July 2026", mon="Coaching logs; termly review by Standards Committee",
             rag="A",
             lead=["Deputy Headteacher (Teaching and Learning)", "Professional Learning Lead"],
             end="2026-07", status="amber"),
        dict(ref="1.3",
             action="Introduce a whole-school feedback policy so that pupils respond to written and verbal "
                    "feedback in every subject.",
             sc="Book scrutiny shows pupils acting on feedback in all subjects.",
             lead_cell="Heads of Department", ts="Autumn term 2025", mon="Book scrutiny (half-termly)",
             rag="Complete",
             lead=["Heads of Department"], end="2025-12", status="blue"),
    ]),
    ("R2: Improve pupils' attendance, particularly that of pupils eligible for free school meals",
     "Attendance has not returned to pre-pandemic levels and the gap for pupils eligible for free school "
     "meals is too wide.", [
        dict(ref="2.1",
             action="Appoint an attendance officer and hold weekly attendance tracking meetings with Heads "
                    "of Year.",
             sc="Attendance officer in post; weekly meetings minuted.",
             lead_cell="Assistant Headteacher (Wellbeing)", ts="September 2025",
             mon="Weekly attendance data", rag="Complete",
             lead=["Assistant Headteacher (Wellbeing)"], end="2025-09", status="blue"),
        dict(ref="2.2",
             action="Work with the Education Welfare Service to agree early-intervention plans for all "
                    "pupils whose attendance is below 90%.",
             sc="Every pupil below 90% has a plan reviewed at least every six weeks.",
             lead_cell="Assistant Headteacher (Wellbeing); Education Welfare Officer", ts="Ongoing",
             mon="Six-weekly EWS review meetings", rag="A",
             lead=["Assistant Headteacher (Wellbeing)", "Education Welfare Officer"], end=None,
             end_text="Ongoing", status="amber"),
        dict(ref="2.3",
             action="Launch a family engagement programme for pupils eligible for free school meals, "
                    "including home visits and a termly attendance celebration.",
             sc="Attendance of eFSM pupils improves by 3 percentage points.",
             lead_cell="Family Engagement Officer", ts="Summer term 2026",
             mon="Attendance data by group; governors' Wellbeing Committee", rag="R",
             lead=["Family Engagement Officer"], end="2026-07", status="red"),
    ]),
    ("R3: Ensure that self-evaluation and improvement planning focus precisely on the impact of provision "
     "on pupils' learning",
     "Self-evaluation describes activity rather than evaluating its impact on standards.", [
        dict(ref="3.1",
             action="Revise the self-evaluation calendar so that leaders at all levels evaluate first-hand "
                    "evidence of pupils' learning.",
             sc="Self-evaluation reports identify strengths and areas for improvement accurately.",
             lead_cell="Headteacher", ts="31 October 2025", mon="Local authority link officer review",
             rag="G",
             lead=["Headteacher"], end="2025-10", status="green"),
        dict(ref="3.2",
             action="Train middle leaders to analyse data and to write department improvement plans with "
                    "measurable success criteria.",
             sc="All department plans have measurable success criteria.",
             lead_cell="Deputy Headteacher (Curriculum)", ts="By December 2025",
             mon="Scrutiny of department plans", rag="G",
             lead=["Deputy Headteacher (Curriculum)"], end="2025-12", status="green"),
        dict(ref="3.3",
             action="Give the governing body termly reports on progress against this plan, with governors "
                    "taking part in learning walks.",
             sc="Governors can describe progress and challenge leaders effectively.",
             lead_cell="Headteacher / Chair of Governors", ts="Termly",
             mon="Governing body minutes", rag="G",
             lead=["Headteacher", "Chair of Governors"], end=None, end_text="Termly", status="green"),
    ]),
]


def bro_actions():
    out = []
    for rec, _f, acts in BRO:
        for a in acts:
            e = dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["lead"], end=a["end"])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
    return out


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


def bold_row(row, fill="D9D9D9"):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, fill)


BRO_RAG_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "5B9BD5"}


def build_bro(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(BRO_TITLE, style="Title")
    doc.add_paragraph("Cynllun Gweithredu Ôl-Arolygiad")
    doc.add_paragraph("Estyn core inspection: 10–13 March 2025. Plan agreed by the Governing Body on 2 July "
                      "2025 and shared with Carmarthenshire County Council and Estyn.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Headteacher", "Mr G. Morgan"), ("Chair of Governors", "Mrs S. Evans"),
                 ("Local authority link officer", "School Improvement Adviser, Carmarthenshire County Council"),
                 ("Monitoring", "Termly review by the governing body's Standards Committee")]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        shade(row[0], "D9D9D9")
    doc.add_heading("Key to progress ratings", level=1)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for k, v in [("R", "Not on track – urgent action needed"), ("A", "Some progress – monitor closely"),
                 ("G", "On track"), ("Complete", "Action completed and impact evaluated")]:
        row = kt.add_row().cells
        row[0].text = k
        row[1].text = v
        shade(row[0], BRO_RAG_FILL[k])
    doc.add_heading("Actions to address the inspection recommendations", level=1)
    for rec, finding, acts in BRO:
        doc.add_heading(rec, level=2)
        doc.add_paragraph(finding).runs[0].italic = True
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Success criteria", "Lead", "Timescale",
                                           "Monitoring", "RAG"]):
            c.text = h
        bold_row(tb.rows[0])
        for a in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["sc"], a["lead_cell"], a["ts"], a["mon"],
                                    a["rag"]]):
                c.text = v
            shade(cells[6], BRO_RAG_FILL[a["rag"]])
        doc.add_paragraph()
    doc.add_heading("Approval", level=1)
    st = doc.add_table(rows=2, cols=3)
    st.style = "Table Grid"
    for c, v in zip(st.rows[0].cells, ["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        c.text = v
    for c, v in zip(st.rows[1].cells, ["G. Morgan", "S. Evans", "02/07/2025"]):
        c.text = v
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. South Ayrshire Council - annual audit report action plan (docx, Audit Scotland style)
# ---------------------------------------------------------------------------
SAC_FILE = "ii2-south-ayrshire-council-annual-audit-report-action-plan.docx"
SAC_TITLE = "South Ayrshire Council 2023/24 Annual Audit Report"

SAC_CURRENT = [
    dict(ref="1", head="1. Medium-term financial planning",
         issue=["The Council has identified a cumulative budget gap of £28.4 million over the three years "
                "to 2027/28 but has not yet set out how the gap will be closed.",
                "Risk – the Council may not be able to set a balanced budget in future years."],
         rec="The Council should set out in its medium-term financial strategy the specific savings and "
             "transformation proposals needed to close the budget gap, with clear timescales.",
         act=["The medium-term financial strategy will be refreshed and presented to Council with the "
              "2025/26 budget, including a savings and transformation programme with named workstreams "
              "and timescales."],
         ro="Head of Finance, ICT and Procurement", date="27 February 2025",
         lead=["Head of Finance, ICT and Procurement"], end="2025-02", status="unrated"),
    dict(ref="2", head="2. Use of reserves",
         issue=["The Council used £9.1 million of reserves to balance the 2023/24 budget and uncommitted "
                "general fund reserves are now at the minimum level set in the reserves strategy.",
                "Risk – reserves may not be sufficient to manage unexpected pressures."],
         rec="The Council should review its reserves strategy, including the minimum level of uncommitted "
             "general fund balance, as part of the 2025/26 budget process.",
         act=["Agreed. A review of the reserves strategy will be reported to Cabinet alongside the budget, "
              "setting a revised minimum uncommitted balance."],
         ro="Head of Finance, ICT and Procurement", date="February 2025",
         lead=["Head of Finance, ICT and Procurement"], end="2025-02", status="unrated"),
    dict(ref="3", head="3. Capital programme slippage",
         issue=["Only 61% of the 2023/24 capital budget was spent, and slippage has been above 30% for "
                "three consecutive years.",
                "Risk – capital budgets do not reflect realistic delivery timescales."],
         rec="The Council should improve the profiling of its capital programme so that budgets reflect "
             "realistic delivery timescales.",
         act=["Capital project sponsors will be required to submit revised cash-flow profiles at each "
              "quarterly monitoring point, and the Capital Asset Management Group will challenge slippage."],
         ro="Assistant Director – Housing and Operations; Head of Finance, ICT and Procurement",
         date="30 September 2025",
         lead=["Assistant Director – Housing and Operations", "Head of Finance, ICT and Procurement"],
         end="2025-09", status="unrated"),
    dict(ref="4", head="4. Workforce planning",
         issue=["Service-level workforce plans are not yet in place for all directorates.",
                "Risk – skills gaps and succession risks are not identified early enough."],
         rec="The Council should complete service-level workforce plans which identify skills gaps and "
             "succession risks.",
         act=["Service-level workforce plans will be completed for all directorates and brought together "
              "in a refreshed Strategic Workforce Plan."],
         ro="Head of People and Organisational Development", date="31 March 2026",
         lead=["Head of People and Organisational Development"], end="2026-03", status="unrated"),
    dict(ref="5", head="5. Public performance reporting",
         issue=["The annual public performance report does not include trend data or comparisons with "
                "other councils.",
                "Risk – the public cannot easily assess whether the Council's performance is improving."],
         rec="The Council should ensure that its annual public performance report includes trend data and "
             "comparisons with other councils.",
         act=["The 2024/25 Public Performance Report will include LGBF trend data and family group "
              "comparisons for each strategic objective.",
              "The report will be reviewed by the Service and Partnerships Performance Panel before "
              "publication."],
         ro="Service Lead – Policy and Performance", date="30 November 2025",
         lead=["Service Lead – Policy and Performance"], end="2025-11", status="unrated"),
]

SAC_BF = [
    dict(ref="b/f 1", head="b/f 1. Cyber security",
         issue=["The Council had not completed its cyber resilience action plan."],
         rec="The Council should complete its cyber resilience action plan and achieve Cyber Essentials "
             "Plus accreditation.",
         act=["The cyber resilience action plan will be completed and an accreditation assessment booked."],
         ro="Service Lead – ICT", date="31 March 2024",
         upd="Complete. Cyber Essentials Plus accreditation was achieved in May 2024.",
         lead=["Service Lead – ICT"], end="2024-03", status="blue"),
    dict(ref="b/f 2", head="b/f 2. Common good assets",
         issue=["The common good asset register had not been reviewed since 2017."],
         rec="The Council should complete the review of its common good asset register and make sure all "
             "common good assets are correctly recorded.",
         act=["A review of the common good asset register will be completed and reported to the "
              "Leadership Panel."],
         ro="Head of Legal and Regulatory Services", date="31 December 2023",
         upd="Not started. Work has been delayed by the property rationalisation programme. "
             "Revised date: 30 September 2025.",
         lead=["Head of Legal and Regulatory Services"], end="2025-09", status="unrated"),
]


def sac_actions():
    out = []
    for a in SAC_CURRENT + SAC_BF:
        out.append(dict(ref=a["ref"], under=[a["head"], a["rec"]], action="\n".join(a["act"]),
                        lead=a["lead"], end=a["end"], status=a["status"]))
    return out


def fill_cell_paras(cell, paras, bold_first=False):
    cell.text = paras[0]
    if bold_first:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for p in paras[1:]:
        cell.add_paragraph(p)


def build_sac(path):
    doc = Document()
    doc.add_heading(SAC_TITLE, level=0)
    doc.add_paragraph("Prepared for South Ayrshire Council and the Controller of Audit – October 2024")
    doc.add_heading("Appendix 1: Action plan 2023/24", level=1)
    doc.add_paragraph("The table below sets out the recommendations arising from our 2023/24 audit, with "
                      "management's agreed response. Prior year recommendations that have not been "
                      "reported as complete are followed up in the second table.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Issue/risk", "Recommendation", "Agreed management action/timing"]):
        c.text = h
    bold_row(t.rows[0], "1F3864")
    for c in t.rows[0].cells:
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for a in SAC_CURRENT:
        cells = t.add_row().cells
        fill_cell_paras(cells[0], [a["head"]] + a["issue"], bold_first=True)
        cells[1].text = a["rec"]
        fill_cell_paras(cells[2], a["act"] + ["Responsible officer: " + a["ro"], "Agreed date: " + a["date"]])
    doc.add_paragraph()
    doc.add_heading("Follow-up of prior year recommendations", level=2)
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Issue/risk", "Recommendation", "Agreed management action/timing",
                                       "Update"]):
        c.text = h
    bold_row(t2.rows[0], "D9E1F2")
    for a in SAC_BF:
        cells = t2.add_row().cells
        fill_cell_paras(cells[0], [a["head"]] + a["issue"], bold_first=True)
        cells[1].text = a["rec"]
        fill_cell_paras(cells[2], a["act"] + ["Responsible officer: " + a["ro"], "Agreed date: " + a["date"]])
        cells[3].text = a["upd"]
    doc.add_paragraph()
    doc.add_paragraph("Source: Audit Scotland, 2023/24 Annual Audit Report on South Ayrshire Council.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Newark & Sherwood DC - internal audit recommendations tracker (csv) - typo month, refuse
# ---------------------------------------------------------------------------
NSDC_FILE = "ii2-newark-sherwood-dc-internal-audit-recommendations-tracker-typo-month-refuse.csv"

NSDC_TITLE = "Newark and Sherwood District Council – Internal Audit Outstanding Recommendations Tracker"
NSDC_PRE = [
    [NSDC_TITLE],
    ["Audit and Governance Committee, 28 January 2026"],
    ["Exported 12/01/2026. Priority: High / Medium / Low. Status: Implemented / In progress / Overdue / Not yet due"],
    [],
]
NSDC_HEAD = ["Audit", "Year", "Assurance opinion", "Rec No", "Priority", "Recommendation", "Agreed action",
             "Responsible officer", "Original due date", "Revised due date", "Status", "Latest update"]
NSDC_ROWS = [
    ["Creditors", "2024/25", "Reasonable", "CR1", "Medium",
     "Duplicate supplier records should be identified and removed from the creditors system.",
     "Run a duplicate supplier report and archive duplicate records; repeat quarterly.",
     "Exchequer Services Manager", "31/03/2025", "30/09/2025", "Implemented",
     "First cleanse completed August 2025 (312 records archived); quarterly check scheduled."],
    ["Creditors", "2024/25", "Reasonable", "CR2", "Low",
     "Changes to supplier bank details should be independently verified before being processed.",
     "Introduce a call-back verification checklist signed by a second officer.",
     "Exchequer Services Manager", "30/04/2025", "", "Implemented", "Checklist in use since April 2025."],
    ["Housing Rents", "2024/25", "Limited", "HR1", "High",
     "Rent arrears cases should be escalated in line with the Income Management Policy.",
     "Configure automated arrears escalation triggers in the housing management system.",
     "Income Manager / ICT Business Partner", "30/06/2025", "31/12/2025", "In progress",
     "Triggers built; user testing delayed by system upgrade."],
    ["Housing Rents", "2024/25", "Limited", "HR2", "Medium",
     "Former tenant arrears should be reviewed for write-off or recovery at least quarterly.",
     "Quarterly former tenant arrears review to be reported to the Business Manager – Housing Income.",
     "Income Manager", "30/06/2025", "Febuary 2026", "In progress",
     "Backlog review 60% complete."],
    ["Business Continuity", "2024/25", "Limited", "BC1", "High",
     "All critical services should have a tested business continuity plan.",
     "Complete and test business continuity plans for the 14 critical services.",
     "Emergency Planning and Business Continuity Officer", "31/07/2025", "31/03/2026", "Overdue",
     "9 of 14 plans tested; remaining tests booked February–March 2026."],
    ["Business Continuity", "2024/25", "Limited", "BC2", "Medium",
     "The corporate business continuity policy should be reviewed and approved.",
     "Refresh the policy and take it to the Senior Leadership Team for approval.",
     "Emergency Planning and Business Continuity Officer", "30/09/2025", "", "Implemented",
     "Approved by SLT 16 September 2025."],
    ["Procurement Cards", "2025/26", "Reasonable", "PC1", "Medium",
     "Monthly card statements should be reconciled and approved by the cardholder's line manager.",
     "Remind managers of approval responsibilities and monitor compliance monthly.",
     "Procurement Lead", "31/10/2025", "", "In progress", "Compliance at 88% in November."],
    ["Procurement Cards", "2025/26", "Reasonable", "PC2", "Low",
     "Card transaction limits should be reviewed annually.",
     "Annual review of card limits to be completed with budget holders.",
     "Procurement Lead", "31/03/2026", "", "Not yet due", ""],
    ["Cyber Security", "2025/26", "Reasonable", "CS1", "High",
     "Multi-factor authentication should be enforced for all remote access accounts.",
     "Enforce MFA for all remote access and privileged accounts.",
     "ICT Manager", "30/11/2025", "", "Implemented", "MFA enforced 24 November 2025."],
]
NSDC_POST = [
    [],
    ["Totals: 9 recommendations – Implemented 4; In progress 3; Overdue 1; Not yet due 1"],
]


def nsdc_text():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in NSDC_PRE:
        w.writerow(r)
    w.writerow(NSDC_HEAD)
    for r in NSDC_ROWS:
        w.writerow(r)
    for r in NSDC_POST:
        w.writerow(r)
    return buf.getvalue()


def nsdc_refuse_line():
    # 1-based physical line of the row holding the mistyped month
    lines = nsdc_text().split("\r\n")
    for i, ln in enumerate(lines, start=1):
        if "Febuary" in ln:
            return i
    raise SystemExit("typo not found")


def build_nsdc(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(nsdc_text())


# ---------------------------------------------------------------------------
# 7. Stafford BC - strategic risk register Q3 2025/26 (tab-separated text export)
# ---------------------------------------------------------------------------
SBC_FILE = "ii2-stafford-bc-strategic-risk-register-q3-2025-26.txt"
SBC_TITLE = "Stafford Borough Council Strategic Risk Register – Quarter 3 2025/26"

SBC = [
    ("SR01 – Financial sustainability: the Council cannot set a balanced budget over the MTFS period",
     "Head of Finance (Section 151 Officer)", "16 (High)", "9 (Medium)", "Score unchanged since Q2.", [
        dict(ref="SR01.1", lines=["Deliver the 2026/27 savings and income programme agreed by Cabinet."],
             owner="Head of Finance (Section 151 Officer)", due="31/03/2026", st="Green",
             note="£1.2m of £1.6m identified.",
             lead=["Head of Finance (Section 151 Officer)"], end="2026-03", status="green"),
        dict(ref="SR01.2",
             lines=["Review fees and charges against neighbouring councils and the cost of service,",
                    "and report proposals to the Resources Scrutiny Committee."],
             owner="Head of Finance (Section 151 Officer) / Service Managers", due="Q4 2025/26", st="Amber",
             note="Benchmarking complete; scrutiny date moved to February.",
             lead=["Head of Finance (Section 151 Officer)", "Service Managers"], end="2026-03",
             status="amber"),
    ]),
    ("SR02 – Local government reorganisation: disruption to services and staff during transition to new unitary arrangements",
     "Chief Executive", "12 (High)", "8 (Medium)", "New risk added Q2 2025/26.", [
        dict(ref="SR02.1", lines=["Establish an LGR programme board with Staffordshire partner councils."],
             owner="Chief Executive", due="30/09/2025", st="Completed",
             note="Board meets fortnightly.",
             lead=["Chief Executive"], end="2025-09", status="blue"),
        dict(ref="SR02.2", lines=["Agree a staff communication and wellbeing plan for the transition."],
             owner="Head of Human Resources", due="31/01/2026", st="Green",
             note="Draft plan with trade unions for comment.",
             lead=["Head of Human Resources"], end="2026-01", status="green"),
        dict(ref="SR02.3", lines=["Complete a data and contracts readiness assessment for all services."],
             owner="Head of Law and Governance; Head of Technology", due="30-Jun-2026", st="Not started",
             note="Awaiting national guidance.",
             lead=["Head of Law and Governance", "Head of Technology"], end="2026-06", status="unrated"),
    ]),
    ("SR03 – Cyber attack: loss of systems or data following a cyber incident",
     "Head of Technology", "15 (High)", "10 (Medium)", "Likelihood increased following sector incidents.", [
        dict(ref="SR03.1", lines=["Run a cyber incident exercise with the Corporate Leadership Team."],
             owner="Head of Technology", due="28/02/2026", st="Green",
             note="Exercise booked with the LGA for 11 February.",
             lead=["Head of Technology"], end="2026-02", status="green"),
        dict(ref="SR03.2", lines=["Replace unsupported server operating systems."],
             owner="ICT Infrastructure Manager", due="31/10/2025", st="Red",
             note="3 servers remain; supplier delay. Revised date not yet agreed.",
             lead=["ICT Infrastructure Manager"], end="2025-10", status="red"),
    ]),
    ("SR04 – Housing and homelessness: demand for temporary accommodation exceeds supply and budget",
     "Head of Housing", "16 (High)", "12 (High)", "Demand remains high.", [
        dict(ref="SR04.1", lines=["Acquire 12 additional units of council-owned temporary accommodation."],
             owner="Head of Housing", due="Sept 2025 – March 2026", st="Amber",
             note="7 units purchased.",
             lead=["Head of Housing"], end="2026-03", status="amber"),
        dict(ref="SR04.2", lines=["Refresh the Homelessness and Rough Sleeping Strategy."],
             owner="Housing Options Manager", due="Ongoing", st="Green",
             note="Consultation closed 5 December.",
             lead=["Housing Options Manager"], end=None, end_text="Ongoing", status="green"),
    ]),
]


def sbc_actions():
    out = []
    for risk, *_rest, acts in SBC:
        for a in acts:
            e = dict(ref=a["ref"], under=[risk], action="\n".join(a["lines"]), lead=a["lead"], end=a["end"])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
    return out


def sbc_text():
    L = [SBC_TITLE, "Position at 31 December 2025 – risks with mitigating actions",
         "Exported from Pentana Risk on 12/01/2026 09:14", ""]
    L.append("\t".join(["Code", "Title", "Assigned to", "Current score", "Target score", "Due date",
                        "Action RAG", "Latest note"]))
    for risk, owner, cur, tgt, note, acts in SBC:
        L.append("\t".join([risk, "", owner, cur, tgt, "", "", note]))
        for a in acts:
            L.append("\t".join([a["ref"], a["lines"][0], a["owner"], "", "", a["due"], a["st"], a["note"]]))
            for extra in a["lines"][1:]:
                L.append("\t".join(["", extra, "", "", "", "", "", ""]))
    L += ["", "Risk scoring: Likelihood (1–4) x Impact (1–4). High 12–16; Medium 6–10; Low 1–5.",
          "Action RAG: Green on track; Amber at risk; Red overdue; Completed; Not started.",
          "End of report"]
    return "\n".join(L) + "\n"


def build_sbc(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(sbc_text())


BUILDERS = [
    (MERTON_FILE, build_merton),
    (DWFRS_FILE, build_dwfrs),
    (ASHFIELD_FILE, build_ashfield),
    (BRO_FILE, build_bro),
    (SAC_FILE, build_sac),
    (NSDC_FILE, build_nsdc),
    (SBC_FILE, build_sbc),
]

if __name__ == "__main__":
    for name, fn in BUILDERS:
        fn(os.path.join(HERE, name))
        print("wrote", name)
