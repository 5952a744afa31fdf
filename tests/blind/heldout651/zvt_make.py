"""Build the seven zvt- blind cases (data files and their .expected.yaml readings).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files starting with zvt- are written.
"""
import csv
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
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F4E79",
    "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def header_row(ws, row, labels, widths=None):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


# ---------------------------------------------------------------------------
# 1. University Hospitals Dorset – PSII safety action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def make_uhd_psii():
    name = "zvt-university-hospitals-dorset-nhsft-psii-safety-action-plan-typo-month-refuse.xlsx"
    title = "University Hospitals Dorset NHS Foundation Trust – PSII Safety Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "PSII reference:"
    ws["B2"] = "UHD-PSII-2025-014"
    ws["D2"] = "Care group:"
    ws["E2"] = "Medical Care Group"
    ws["A3"] = "Incident:"
    ws["B3"] = ("Delayed escalation of a deteriorating patient (NEWS2 of 7) on an acute medical ward, "
                "Royal Bournemouth Hospital, March 2025")
    ws.merge_cells("B3:I3")
    ws["A4"] = "Approved by PSIRF Oversight Panel:"
    ws["B4"] = dt.datetime(2025, 6, 18)
    ws["B4"].number_format = "dd/mm/yyyy"
    ws["D4"] = "Report shared with family:"
    ws["E4"] = dt.datetime(2025, 7, 2)
    ws["E4"].number_format = "dd/mm/yyyy"
    for a in ("A2", "D2", "A3", "A4", "D4"):
        ws[a].font = Font(bold=True)

    header_row(ws, 6, ["Area for improvement", "Ref", "Safety action",
                       "Safety measure (how we will know it has worked)", "Hierarchy of effectiveness",
                       "Action owner", "Timescale", "Progress / evidence", "Status"],
               [34, 7, 48, 36, 14, 30, 14, 40, 12])

    afi1 = ("AFI 1: Escalation of NEWS2 scores of 5 or more to the medical team out of hours was not "
            "consistently completed or documented.")
    afi2 = ("AFI 2: Handover between the day and night medical teams did not include a structured list "
            "of patients at risk of deterioration.")
    afi3 = "AFI 3: Communication with the patient's family about the change in their condition was delayed."
    rows = [
        (afi1, "SA1.1",
         "Configure the e-Obs system so that a NEWS2 of 5 or more sends an automatic alert to the "
         "Hospital at Night coordinator's bleep.",
         "Monthly audit of escalations within 30 minutes; target 90%", "Strong",
         "Deputy Chief Clinical Information Officer", dt.datetime(2025, 10, 31),
         "Build tested in the training environment; go-live planned for October.", "On track", "green"),
        (afi1, "SA1.2",
         "Update the deteriorating patient policy to set out the escalation route when the responding "
         "doctor has not attended within 30 minutes.",
         "Policy ratified and published on the intranet", "Weak",
         "Resuscitation and Deteriorating Patient Lead", "Sept 2025",
         "Ratified at Clinical Policy Group 09/09/2025.", "Complete", "blue"),
        (afi1, "SA1.3",
         "Deliver NEWS2 and sepsis refresher training to registered nurses and HCAs on Ward 4 and Ward 5.",
         "Training compliance of 90% or more on both wards", "Weak",
         "Ward Manager Ward 4 / Ward Manager Ward 5", "Dec-2025",
         "Ward 4 at 78%, Ward 5 at 71%.", "On track", "green"),
        (afi2, "SA2.1",
         "Implement a standardised electronic Hospital at Night handover list, in SBAR format, that "
         "includes every patient with a NEWS2 of 5 or more.",
         "Handover list in use on all medical wards; spot check of 20 handovers", "Medium",
         "Clinical Lead for Acute Medicine", "Jan-2O26",
         "Specification agreed with the digital team.", "Not started", None),
        (afi2, "SA2.2",
         "Audit attendance at the 21:00 medical handover meeting for three months and report the "
         "results to the Medical Care Group Quality Committee.",
         "Audit report received by the committee", "Weak",
         "Hospital at Night Matron", dt.datetime(2026, 3, 31),
         "", "Not started", None),
        (afi3, "SA3.1",
         "Co-produce with the family a ward prompt card for contacting next of kin when a patient's "
         "condition deteriorates.",
         "Prompt card in use on all acute medical wards", "Medium",
         "Patient Safety Partner; Family Liaison Officer", "Nov 2025",
         "First draft shared with the family in August.", "On track", "green"),
        (afi3, "SA3.2",
         "Share the learning from this PSII at the Trust-wide Patient Safety Learning Forum and in the "
         "'Safety Matters' bulletin.",
         "Learning summary published", "Weak",
         "Head of Patient Safety", dt.datetime(2025, 9, 30),
         "Presented at the forum 11/09/2025; bulletin issue 37.", "Complete", "blue"),
    ]
    r = 7
    typo_row = None
    spans = {}
    for (afi, ref, text, measure, hier, owner, when, prog, status, colour) in rows:
        spans.setdefault(afi, []).append(r)
        vals = [afi, ref, text, measure, hier, owner, when, prog, status]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if colour:
            ws.cell(row=r, column=9).fill = fill(colour)
        if when == "Jan-2O26":
            typo_row = r
        r += 1
    for afi, rs in spans.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
        ws.cell(row=rs[0], column=1).fill = fill("lilac")
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for col, (lab, colour) in enumerate([("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                                         ("Overdue", "red"), ("Not started", None)], start=2):
        c = ws.cell(row=r, column=col, value=lab)
        if colour:
            c.fill = fill(colour)
    r += 1
    ws.cell(row=r, column=1, value=(
        "This plan is monitored monthly by the Medical Care Group Quality Committee and is closed by the "
        "PSIRF Oversight Panel when all safety actions are evidenced."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    so = wb.create_sheet("Sign-off")
    header_row(so, 1, ["Role", "Name", "Date"], [40, 28, 14])
    for i, (role, nm, d) in enumerate([
            ("PSII lead investigator", "Karen Holloway", dt.datetime(2025, 6, 2)),
            ("Medical Care Group Director", "Dr Tom Ashworth", dt.datetime(2025, 6, 10)),
            ("Chair, PSIRF Oversight Panel", "Helen Carrick", dt.datetime(2025, 6, 18))], start=2):
        so.cell(row=i, column=1, value=role)
        so.cell(row=i, column=2, value=nm)
        so.cell(row=i, column=3, value=d).number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan of the kind "
            "NHS acute trusts such as University Hospitals Dorset NHS FT (uhd.nhs.uk) attach to PSII reports "
            "and track through a PSIRF oversight panel, 2025. Copied features: NHSE safety action template "
            "columns (area for improvement, safety action, safety measure, hierarchy of effectiveness, owner, "
            "timescale), label/value title block, AFI text in a vertically merged first column, status words "
            "with fill colour, status key row, sign-off sheet."),
        "reads": (
            "One PSII safety action plan for a delayed escalation incident: three areas for improvement, each "
            "with two or three SA-numbered safety actions, owners and timescales. The timescale of SA2.1 on "
            "sheet row " + str(typo_row) + " reads 'Jan-2O26' with a letter O for a zero, a mistyped month a "
            "careful reader would query before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name


# ---------------------------------------------------------------------------
# 2. St Luke's Hospice Plymouth – Quality Account priorities tracker (xlsx)
# ---------------------------------------------------------------------------
def make_st_lukes():
    name = "zvt-st-lukes-hospice-plymouth-quality-account-priorities-tracker-2024-25.xlsx"
    title = "St Luke's Hospice Plymouth – Quality Account Priorities 2024/25: Progress Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Q3 Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Quarter 3 (October – December 2024) position – reported to the Clinical Governance "
                "Committee, 21 January 2025")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    header_row(ws, 4, ["Ref", "What we will do", "Lead(s)", "Due", "Previous RAG (Q2)",
                       "Current RAG (Q3)", "Q3 progress commentary"],
               [7, 55, 34, 13, 11, 11, 55])

    p1 = "Priority 1 – Patient safety: Reduce harm from falls on the Specialist Inpatient Unit, Turnchapel"
    p2 = ("Priority 2 – Clinical effectiveness: Improve the recording of preferred place of care and "
          "advance care plans in SystmOne")
    p3 = ("Priority 3 – Patient experience: Extend bereavement support to families of patients who die "
          "outside the hospice")
    letter_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    # ref, action, lead cell, due cell, (end, end_text), lead list, prev, current, comment
    items = [
        (p1, "1.1", "Introduce a falls risk huddle at each shift handover for patients assessed as high risk "
                    "on the multifactorial falls risk assessment.",
         "Ward Manager, Turnchapel IPU", dt.datetime(2024, 6, 30), ("2024-06", None),
         ["Ward Manager, Turnchapel IPU"], "G", "B",
         "Huddles embedded since May 2024; spot audit in November showed 94% compliance."),
        (p1, "1.2", "Purchase and roll out low-rise beds and sensor mats for all single rooms on the IPU.",
         "Head of Facilities; Falls Link Nurse", dt.datetime(2024, 9, 30), ("2024-09", None),
         ["Head of Facilities", "Falls Link Nurse"], "A", "A",
         "Ten of sixteen beds in place. Delivery of the remaining six delayed by the supplier; recovery "
         "plan agreed with Procurement."),
        (p1, "1.3", "Deliver falls prevention training to all clinical staff and volunteers working on the IPU.",
         "Education Lead", "Q4 2024/25", ("2025-03", None),
         ["Education Lead"], "G", "G", "82% of clinical staff trained; volunteer sessions booked for February."),
        (p2, "2.1", "Audit the recording of preferred place of care and death for all patients on the "
                    "community caseload.",
         "Clinical Audit Facilitator", "Quarterly", (None, "Quarterly"),
         ["Clinical Audit Facilitator"], "G", "G", "Q3 audit: 88% recorded (Q2 81%)."),
        (p2, "2.2", "Develop a SystmOne template for advance care planning conversations, agreed with "
                    "Plymouth primary care colleagues.",
         "Dr Sarah Whitfield & Lisa Martin", dt.datetime(2024, 12, 31), ("2024-12", None),
         ["Dr Sarah Whitfield", "Lisa Martin"], "A", "R",
         "Template not yet agreed by the primary care network clinical directors; escalated to the "
         "Director of Patient Care."),
        (p2, "2.3", "Train community clinical nurse specialists in having advance care planning (ReSPECT) "
                    "conversations.",
         "Education Lead", "March 2025", ("2025-03", None),
         ["Education Lead"], "G", "G", "Two of three cohorts complete."),
        (p3, "3.1", "Offer a follow-up bereavement call within six weeks to the families of all community "
                    "patients who die at home.",
         "Head of Family Support Services", dt.datetime(2024, 7, 31), ("2024-07", None),
         ["Head of Family Support Services"], "G", "B", "Calls offered to 100% of eligible families since July."),
        (p3, "3.2", "Launch a monthly drop-in bereavement café in Tavistock and Plympton.",
         "Bereavement Services Coordinator", "Oct-24", ("2024-10", None),
         ["Bereavement Services Coordinator"], "A", "G",
         "Tavistock café running since October; Plympton venue confirmed from January."),
        (p3, "3.3", "Seek feedback from bereaved relatives using the FAMCARE-2 questionnaire and report the "
                    "results to the Board of Trustees.",
         "Patient Experience Lead, Head of Family Support Services", dt.datetime(2025, 3, 31), ("2025-03", None),
         ["Patient Experience Lead", "Head of Family Support Services"], "", "",
         "Questionnaire to be issued from February 2025."),
    ]
    r = 5
    current_p = None
    expected = []
    for (p, ref, text, leadcell, due, (end, end_text), leads, prev, cur, comment) in items:
        if p != current_p:
            c = ws.cell(row=r, column=1, value=p)
            c.font = Font(bold=True)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("grey")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            current_p = p
            r += 1
        vals = [ref, text, leadcell, due, prev or None, cur or None, comment]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        dcell = ws.cell(row=r, column=4)
        if isinstance(due, dt.datetime):
            dcell.number_format = "dd/mm/yyyy" if ref == "3.3" else "mmm-yy"
        for col, letter in ((5, prev), (6, cur)):
            if letter:
                ws.cell(row=r, column=col).fill = fill(letter_fill[letter])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [p], text, leads, end, status_of[cur], end_text))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of Q3 position").font = Font(bold=True)
    r += 1
    for lab, n, colour in [("Completed (B)", 2, "blue"), ("On track (G)", 4, "green"),
                           ("Some slippage (A)", 1, "amber"), ("Off track (R)", 1, "red"),
                           ("Not yet started", 1, None), ("Total", 9, None)]:
        ws.cell(row=r, column=2, value=lab)
        c = ws.cell(row=r, column=3, value=n)
        if colour:
            ws.cell(row=r, column=2).fill = fill(colour)
        if lab == "Total":
            ws.cell(row=r, column=2).font = Font(bold=True)
            c.font = Font(bold=True)
        r += 1

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, meaning, colour) in enumerate([
            ("B", "Completed", "blue"), ("G", "On track", "green"),
            ("A", "Some slippage – recovery plan in place", "amber"),
            ("R", "Off track – escalated to the Director of Patient Care", "red"),
            ("(blank)", "Not yet started", None)], start=2):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=meaning)
        if colour:
            key.cell(row=i, column=1).fill = fill(colour)
    key.column_dimensions["B"].width = 55
    key["A9"] = ("Our Quality Account priorities for 2024/25 were agreed by the Board of Trustees in April 2024 "
                 "and are published in our Quality Account 2023/24.")
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates the quarterly progress tracker a hospice keeps for the 'priorities for improvement' it "
            "publishes in its annual Quality Account (St Luke's Hospice Plymouth, stlukes-hospice.org.uk, "
            "Quality Account 2023/24 priorities for 2024/25), reported to the Clinical Governance Committee. "
            "Copied features: three priority rows (safety / effectiveness / experience) merged across the "
            "table, numbered actions, previous (Q2) and current (Q3) RAG letters with fill colour, "
            "commentary column, a Q3 summary block with counts, and a separate RAG key sheet."),
        "reads": (
            "Nine numbered actions under three Quality Account priorities, each with a lead, a due month and "
            "previous and current RAG letters. The status is the Current RAG (Q3) column, read with the key "
            "(B completed, blank not yet started); the summary block and key sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name


# ---------------------------------------------------------------------------
# 3. NHS Black Country ICB – Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_black_country_baf():
    name = "zvt-nhs-black-country-icb-board-assurance-framework-2025-26.xlsx"
    title = "NHS Black Country Integrated Care Board – Board Assurance Framework 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "BAF Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at 30 September 2025 (Quarter 2) – for the Board meeting of 14 October 2025"
    header_row(ws, 4, ["Risk ID", "Strategic aim", "Risk title", "Executive lead", "Assuring committee",
                       "Initial score", "Q1 score", "Q2 score", "Target score", "Trend"],
               [9, 34, 40, 24, 28, 10, 10, 10, 10, 10])

    risks = [
        ("BAF01", "BAF01: Urgent and emergency care – system flow",
         "Improve outcomes in population health and healthcare",
         "If the Black Country system cannot reduce ambulance handover delays and long waits in emergency "
         "departments, then patients may come to avoidable harm and the ICB will not meet the 2025/26 urgent "
         "and emergency care planning standards.",
         "Chief Delivery Officer", "Quality and Safety Committee", (20, 16, 16, 12), "↔"),
        ("BAF02", "BAF02: Financial sustainability – delivery of the 2025/26 system financial plan",
         "Enhance productivity and value for money",
         "If the ICB and its partner trusts do not deliver the planned efficiency programme, then the system "
         "will not achieve a break-even position in 2025/26 and may be subject to NHS England intervention.",
         "Chief Finance Officer", "Finance and Performance Committee", (20, 20, 20, 12), "↔"),
        ("BAF03", "BAF03: Access to general practice",
         "Tackle inequalities in outcomes, experience and access",
         "If patients cannot get timely access to general practice, then demand will move to urgent care "
         "services and health inequalities in the most deprived parts of the Black Country will widen.",
         "Chief Medical Officer", "Primary Care Commissioning Committee", (16, 12, 12, 8), "↓"),
    ]
    for i, (rid, rtitle, aim, desc, lead, comm, sc, trend) in enumerate(risks, start=5):
        vals = [rid, aim, rtitle.split(": ", 1)[1], lead, comm, sc[0], sc[1], sc[2], sc[3], trend]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=i, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        for col in (6, 7, 8, 9):
            v = ws.cell(row=i, column=col).value
            ws.cell(row=i, column=col).fill = fill("red" if v >= 15 else "amber" if v >= 8 else "green")
    ws["A9"] = "Risk scoring: likelihood (1–5) x consequence (1–5). 15–25 high (red); 8–12 moderate (amber); 1–6 low (green)."
    ws["A10"] = "Action RAG: Complete = action delivered; Green = on track; Amber = at risk of delay; Red = overdue / off track."

    actions = {
        "BAF01": [
            ("1.1", "Implement the system Care Coordination Hub (single point of access) across all four places "
                    "so that ambulance crews can refer patients to community alternatives to conveyance.",
             "G1", "Chief Delivery Officer", dt.datetime(2025, 6, 30), dt.datetime(2025, 9, 30),
             "Hub live in Dudley, Sandwell, Walsall and Wolverhampton from September 2025.", "Complete",
             ["Chief Delivery Officer"], "2025-09", None, "blue"),
            ("1.2", "Agree a 45-minute maximum ambulance handover standard with West Midlands Ambulance Service "
                    "and both acute trusts, with escalation through the System Control Centre.",
             "G1", "Director of UEC / Chief Medical Officer", dt.datetime(2025, 10, 31), None,
             "Standard agreed at the UEC Board in August; monitoring through daily SitRep.", "Green",
             ["Director of UEC", "Chief Medical Officer"], "2025-10", None, "green"),
            ("1.3", "Commission additional virtual ward capacity (frailty and respiratory) to reach 40 beds per "
                    "100,000 adult population.",
             "G2", "Director of Commissioning", "Q3 2025/26", "Q4 2025/26",
             "Recruitment to the respiratory virtual ward slower than planned; 31 beds per 100,000 at Q2.",
             "Amber", ["Director of Commissioning"], "2026-03", None, "amber"),
            ("1.4", "Complete the winter 2025/26 capacity and demand plan with the four local authorities, "
                    "including discharge to assess pathways.",
             "G3", "Chief Delivery Officer", "Oct-25", None,
             "Draft plan presented to System Executive Group 23/09/2025.", "Green",
             ["Chief Delivery Officer"], "2025-10", None, "green"),
        ],
        "BAF02": [
            ("2.1", "Deliver the ICB element of the system efficiency programme (£38.6m), with monthly tracking "
                    "of schemes at the Finance and Performance Committee.",
             "G1", "Chief Finance Officer", dt.datetime(2026, 3, 31), None,
             "£14.2m delivered at month 6 against a plan of £16.9m.", "Amber",
             ["Chief Finance Officer"], "2026-03", None, "amber"),
            ("2.2", "Complete the review of all continuing healthcare packages above £2,500 per week and agree a "
                    "savings trajectory.",
             "G2", "Chief Nursing Officer / Chief Finance Officer", dt.datetime(2025, 9, 30),
             dt.datetime(2025, 11, 30),
             "62% of packages reviewed; additional reviewers in post from October.", "Red",
             ["Chief Nursing Officer", "Chief Finance Officer"], "2025-11", None, "red"),
            ("2.3", "Establish a system vacancy control panel for all non-clinical posts.",
             "G3", "Chief People Officer", "Jun-25", None,
             "Panel meeting weekly since June 2025.", "Complete",
             ["Chief People Officer"], "2025-06", None, "blue"),
        ],
        "BAF03": [
            ("3.1", "Support practices in all four places to move to the Modern General Practice Access model, "
                    "including cloud-based telephony in every practice.",
             "G1", "Deputy Director of Primary Care", dt.datetime(2025, 12, 31), None,
             "174 of 181 practices on cloud-based telephony.", "Green",
             ["Deputy Director of Primary Care"], "2025-12", None, "green"),
            ("3.2", "Run the Pharmacy First public campaign across the Black Country, targeting the wards with "
                    "the lowest uptake.",
             "G2", "Head of Communications and Engagement", "Ongoing", None,
             "Autumn campaign launched 01/09/2025.", "Green",
             ["Head of Communications and Engagement"], None, "Ongoing", "green"),
            ("3.3", "Develop a primary care workforce retention plan with the Black Country Training Hub, "
                    "including fellowships for newly qualified GPs and practice nurses.",
             "G3", "Alastair Reid and Priya Sandhu", dt.datetime(2026, 1, 31), None,
             "First draft due to the Primary Care Commissioning Committee in November.", "Amber",
             ["Alastair Reid", "Priya Sandhu"], "2026-01", None, "amber"),
        ],
    }
    details = {
        "BAF01": ("• Daily System Control Centre calls and OPEL escalation framework\n"
                  "• UEC Board with all providers and WMAS\n• Discharge to assess funding agreed with local authorities",
                  "• Monthly UEC performance report to the Quality and Safety Committee (positive)\n"
                  "• Internal audit of UEC governance, June 2025 (moderate assurance)",
                  "G1: No single point of access for ambulance crews outside Dudley\n"
                  "G2: Virtual ward capacity below the national benchmark\n"
                  "G3: Winter plan for 2025/26 not yet agreed"),
        "BAF02": ("• Financial plan approved by the Board April 2025\n• Monthly system finance report\n"
                  "• Triple lock controls on investment decisions",
                  "• Month 6 finance report to the Finance and Performance Committee\n"
                  "• External audit value for money report 2024/25",
                  "G1: Unidentified efficiency schemes (£6.1m)\n"
                  "G2: Continuing healthcare expenditure above plan\n"
                  "G3: No system-wide control on non-clinical recruitment"),
        "BAF03": ("• Primary care access recovery plan\n• Local enhanced service for same-day access\n"
                  "• Quarterly practice visits by the primary care team",
                  "• GP Patient Survey 2025 results\n• Appointments in General Practice data (monthly)",
                  "G1: Telephony not yet upgraded in all practices\n"
                  "G2: Low public awareness of Pharmacy First\n"
                  "G3: GP and nurse turnover above the national average"),
    }
    expected = []
    for (rid, rtitle, aim, desc, lead, comm, sc, trend) in risks:
        s = wb.create_sheet(rid)
        s.column_dimensions["A"].width = 8
        s.column_dimensions["B"].width = 55
        s.column_dimensions["C"].width = 7
        s.column_dimensions["D"].width = 30
        s.column_dimensions["E"].width = 14
        s.column_dimensions["F"].width = 14
        s.column_dimensions["G"].width = 45
        s.column_dimensions["H"].width = 11
        s["A1"] = rtitle
        s["A1"].font = Font(bold=True, size=13)
        s.merge_cells("A1:H1")
        for r, (lab, val) in enumerate([("Strategic aim:", aim), ("Risk description:", desc),
                                        ("Executive lead:", lead), ("Assuring committee:", comm)], start=2):
            s.cell(row=r, column=1, value=lab).font = Font(bold=True)
            s.cell(row=r, column=2, value=val).alignment = WRAP
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        for col, lab in enumerate(["Initial (L x C)", "Q1 (L x C)", "Q2 (L x C)", "Target (L x C)",
                                   "Risk appetite"], start=2):
            s.cell(row=7, column=col, value=lab).font = Font(bold=True)
        lxc = {20: "4 x 5 = 20", 16: "4 x 4 = 16", 12: "3 x 4 = 12", 8: "2 x 4 = 8"}
        for col, v in enumerate([lxc[sc[0]], lxc[sc[1]], lxc[sc[2]], lxc[sc[3]], "Cautious"], start=2):
            s.cell(row=8, column=col, value=v)
        ctrl, assur, gaps = details[rid]
        for r, (lab, val) in enumerate([("Key controls", ctrl), ("Sources of assurance", assur),
                                        ("Gaps in control / assurance", gaps)], start=10):
            s.cell(row=r, column=1, value=lab).font = Font(bold=True)
            s.cell(row=r, column=2, value=val).alignment = WRAP
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        s["A14"] = "Actions to address gaps"
        s["A14"].font = Font(bold=True, color="FFFFFF")
        s["A14"].fill = fill("head")
        s.merge_cells("A14:H14")
        for col, lab in enumerate(["Ref", "Action", "Gap", "Lead", "Original due date", "Revised due date",
                                   "Progress update (Q2)", "RAG"], start=1):
            c = s.cell(row=15, column=col, value=lab)
            c.font = Font(bold=True)
            c.fill = fill("grey")
            c.border = BOX
        r = 16
        for (ref, text, gap, leadcell, orig, rev, prog, rag, leads, end, end_text, status) in actions[rid]:
            for col, v in enumerate([ref, text, gap, leadcell, orig, rev, prog, rag], start=1):
                c = s.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            s.cell(row=r, column=8).fill = fill({"Complete": "blue", "Green": "green", "Amber": "amber",
                                                 "Red": "red"}[rag])
            expected.append(act(ref, [rtitle], text, leads, end, status, end_text))
            r += 1
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates an integrated care board's Board Assurance Framework as taken to a public Board meeting "
            "(NHS Black Country ICB, blackcountry.icb.nhs.uk, Board papers 2025/26). Copied features: a BAF "
            "summary sheet with risk scores and trend (not actions), then one sheet per principal risk with a "
            "label/value block (strategic aim, risk description, executive lead, committee), L x C scores, "
            "controls, assurances and numbered gaps, and an 'Actions to address gaps' table with original and "
            "revised due dates, progress update and a RAG word with fill colour."),
        "reads": (
            "Three BAF risks, one per sheet, each with three or four actions to address its gaps, led by "
            "executive posts. Where a revised due date is given it is the end; the summary sheet and the "
            "controls/assurance/gap boxes are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


# ---------------------------------------------------------------------------
# 4. Meddygfa Minafon, Kidwelly – HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_minafon():
    name = "zvt-meddygfa-minafon-kidwelly-hiw-gp-inspection-improvement-plan.docx"
    title = "Meddygfa Minafon – HIW Improvement Plan"
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Healthcare Inspectorate Wales – announced GP inspection")
    for lab, val in [("Service:", "Meddygfa Minafon, Kidwelly"),
                     ("Health board:", "Hywel Dda University Health Board"),
                     ("Date of inspection:", "19 November 2024"),
                     ("Date improvement plan returned to HIW:", "14 January 2025")]:
        p = d.add_paragraph()
        p.add_run(lab + " ").bold = True
        p.add_run(val)

    d.add_heading("Appendix B – Immediate improvement plan", level=1)
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    for i, lab in enumerate(cols):
        set_cell(t.cell(0, i), lab, bold=True)
        shade(t.cell(0, i), "D9E2F3")
    m = t.cell(1, 0).merge(t.cell(1, 4))
    set_cell(m, "No immediate assurance issues were identified during this inspection.")

    d.add_heading("Appendix C – Improvement plan", level=1)
    d.add_paragraph("The table below sets out the areas where the practice is required to make improvements "
                    "and the actions the practice is taking to address them.")
    sections = [
        ("Quality of the patient experience", [
            ("The practice must ensure that information about how to raise a concern under NHS Putting Things "
             "Right is displayed bilingually in the waiting area and on the practice website.",
             "Health and Care Quality Standards (2023) – Person-centred",
             [("Bilingual Putting Things Right posters displayed in both waiting areas and the practice website "
               "updated with a link to the health board's concerns page.",
               "Practice Manager", "31 January 2025", ["Practice Manager"], "2025-01", None)]),
            ("The practice should explore ways of improving telephone access for patients at 8am, including a "
             "call-back facility.",
             "Health and Care Quality Standards (2023) – Timely",
             [("Cloud-based telephony system with queue position and call-back function to be installed.",
               "Practice Manager / Digital Primary Care Team", "March 2025",
               ["Practice Manager", "Digital Primary Care Team"], "2025-03", None),
              ("Patient survey on telephone access to be repeated six months after installation and the results "
               "shared with the Patient Participation Group.",
               "Assistant Practice Manager", "September 2025", ["Assistant Practice Manager"], "2025-09", None)]),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that emergency drugs and equipment, including the defibrillator pads and "
             "oxygen cylinder, are checked weekly and that the checks are recorded.",
             "Health and Care Quality Standards (2023) – Safe",
             [("Weekly checklist introduced and allocated to the duty Healthcare Support Worker; checks are "
               "signed off monthly by the Lead Nurse.",
               "Lead Nurse (Sister Ffion Evans)", "Immediate and ongoing",
               ["Lead Nurse (Sister Ffion Evans)"], None, "Immediate and ongoing")]),
            ("The practice must ensure that all clinical staff complete safeguarding adults and children training "
             "at the level appropriate to their role.",
             "Health and Care Quality Standards (2023) – Safe; Safeguarding Children and Young People: Roles "
             "and Competencies for Healthcare Staff",
             [("Training matrix reviewed; all GPs to complete Level 3 safeguarding children training through "
               "Learning@Wales.",
               "Dr R Morgan (Safeguarding Lead GP)", "28/02/2025",
               ["Dr R Morgan (Safeguarding Lead GP)"], "2025-02", None)]),
            ("The practice should ensure that significant events are discussed at a clinical meeting and that "
             "learning is shared with all staff.",
             "Health and Care Quality Standards (2023) – Learning, improvement and research",
             [("Significant event analysis added as a standing item on the monthly practice meeting agenda; "
               "minutes circulated to all staff.",
               "Practice Manager and Dr G Lewis", "January 2025",
               ["Practice Manager", "Dr G Lewis"], "2025-01", None)]),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that all staff receive an annual appraisal.",
             "Health and Care Quality Standards (2023) – Workforce",
             [("Appraisal schedule set for all administrative and nursing staff, with all appraisals to be "
               "completed by the end of the financial year.",
               "Practice Manager", "31 March 2025", ["Practice Manager"], "2025-03", None)]),
            ("The practice should update its business continuity plan to include the branch surgery at "
             "Trimsaran.",
             "Health and Care Quality Standards (2023) – Leadership",
             [("Business continuity plan reviewed and updated; a copy is held off site and on the practice "
               "shared drive.",
               "Assistant Practice Manager", "April 2025", ["Assistant Practice Manager"], "2025-04", None)]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(x[2]) for x in items) for _, items in sections)
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for i, lab in enumerate(cols):
        set_cell(t.cell(0, i), lab, bold=True)
        shade(t.cell(0, i), "D9E2F3")
    r = 1
    expected = []
    for sec, items in sections:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        set_cell(m, sec, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for need, std, acts in items:
            first = r
            for (text, officer, when, leads, end, end_text) in acts:
                set_cell(t.cell(r, 2), text)
                set_cell(t.cell(r, 3), officer)
                set_cell(t.cell(r, 4), when)
                expected.append(act(None, [sec, need], text, leads, end, "unrated", end_text))
                r += 1
            last = r - 1
            c0 = t.cell(first, 0)
            c1 = t.cell(first, 1)
            if last > first:
                c0 = c0.merge(t.cell(last, 0))
                c1 = c1.merge(t.cell(last, 1))
            set_cell(c0, need)
            set_cell(c1, std)

    d.add_paragraph()
    d.add_paragraph("The following section must be completed by a representative of the service who has "
                    "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    d.add_heading("Service representative", level=2)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate([("Name (print):", "Eleri Thomas"), ("Job role:", "Practice Manager"),
                                    ("Date:", "14 January 2025")]):
        set_cell(t.cell(i, 0), lab, bold=True)
        set_cell(t.cell(i, 1), val)
    d.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates the improvement plan appendices of a Healthcare Inspectorate Wales GP inspection report "
            "(hiw.org.uk, GP inspection reports 2024–25, e.g. practices in Hywel Dda UHB) as returned by the "
            "practice. Copied features: Appendix B immediate improvement plan with a single 'no immediate "
            "assurance issues' row, Appendix C table with columns Improvement needed / Standard / Service "
            "action / Responsible officer / Timescale, section rows for the three HIW inspection themes "
            "merged across the table, improvement-needed cells merged down over two actions, and the "
            "service representative sign-off table."),
        "reads": (
            "Eight service actions in the Appendix C table, grouped under the three HIW themes and each "
            "answering the improvement needed beside it; actions carry job titles or GPs as responsible "
            "officers and month or date timescales, with no status column. The immediate improvement plan "
            "has no actions and the sign-off table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name


# ---------------------------------------------------------------------------
# 5. Marie Curie Hospice, Glasgow – HIS inspection improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_marie_curie_glasgow():
    name = "zvt-marie-curie-hospice-glasgow-his-inspection-improvement-action-plan.docx"
    title = "Marie Curie Hospice, Glasgow – Improvement Action Plan"
    d = Document()
    d.add_heading(title, level=0)
    d.add_paragraph("Following the unannounced inspection by Healthcare Improvement Scotland, 11–12 March 2025")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate([("Document owner", "Hospice Manager"), ("Version", "1.2"),
                                    ("Date", "23 June 2025"),
                                    ("Approved by", "Marie Curie Scotland Clinical Governance Group"),
                                    ("Review", "Monthly until all actions are complete")]):
        set_cell(t.cell(i, 0), lab, bold=True)
        shade(t.cell(i, 0), "EDE7F6")
        set_cell(t.cell(i, 1), val)

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, (lab, colour) in enumerate([("Complete", "5B9BD5"), ("On track", "70AD47"),
                                       ("At risk of delay", "FFC000"), ("Overdue", "FF0000")]):
        set_cell(t.cell(0, i), lab)
        shade(t.cell(0, i), colour)

    cols = ["No.", "Action planned", "Responsible person", "Timescale", "RAG"]
    domains = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: The provider must ensure that all staff complete mandatory training, including "
             "adult support and protection, within the required timescales.", [
                ("1.1", "Training compliance report issued to line managers fortnightly, with protected time "
                        "scheduled for staff below 90% compliance.",
                 "Hospice Manager", "31 May 2025", ["Hospice Manager"], "2025-05", None, "red"),
                ("1.2", "Adult support and protection Level 2 face-to-face sessions booked with Glasgow City HSCP "
                        "for all registered nurses.",
                 "Clinical Practice Educator; Social Work Lead", "September 2025",
                 ["Clinical Practice Educator", "Social Work Lead"], "2025-09", None, "green"),
            ]),
        ]),
        ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
            ("Requirement 2: The provider must ensure that controlled drug stock balance checks are completed "
             "and signed by two registered staff in line with the Marie Curie controlled drugs policy.", [
                ("2.1", "Controlled drug register checks moved to the start of each night shift and added to the "
                        "shift co-ordinator's checklist.",
                 "Senior Charge Nurse", "April 2025", ["Senior Charge Nurse"], "2025-04", None, "blue"),
                ("2.2", "Monthly controlled drug audit by the hospice pharmacist, with results reported to the "
                        "local Clinical Governance Group.",
                 "Hospice Pharmacist", "Monthly", ["Hospice Pharmacist"], None, "Monthly", "green"),
            ]),
            ("Recommendation a: The service should ensure that patients' care plans are reviewed and updated "
             "when their condition or preferences change.", [
                ("a.1", "Care plan review prompt added to the daily safety huddle and to the multidisciplinary "
                        "team meeting template.",
                 "Senior Charge Nurse / Clinical Nurse Specialist", "30/06/2025",
                 ["Senior Charge Nurse", "Clinical Nurse Specialist"], "2025-06", None, "blue"),
                ("a.2", "Quarterly documentation audit of 10 sets of records using the Marie Curie care plan "
                        "audit tool.",
                 "Clinical Practice Educator", "Q3 2025/26", ["Clinical Practice Educator"], "2025-12", None,
                 "green"),
            ]),
        ]),
        ("Domain 7 – Quality improvement", [
            ("Recommendation b: The service should develop a quality improvement plan that includes feedback "
             "from patients and families.", [
                ("b.1", "Quality improvement plan 2025/26 developed from patient and family feedback, Care Opinion "
                        "stories and the hospice's own audit programme.",
                 "Head of Nursing and Quality", "August 2025", ["Head of Nursing and Quality"], "2025-08", None,
                 "amber"),
                ("b.2", "Patient and family representative invited to join the hospice Quality Improvement Group.",
                 "Hospice Manager", "June 2025", ["Hospice Manager"], "2025-06", None, "blue"),
            ]),
        ]),
    ]
    hexes = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000"}
    expected = []
    for dom, reqs in domains:
        d.add_heading(dom, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in reqs)
        t = d.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for i, lab in enumerate(cols):
            set_cell(t.cell(0, i), lab, bold=True)
            shade(t.cell(0, i), "D9D2E9")
        r = 1
        for req, acts in reqs:
            m = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(m, req, bold=True)
            shade(m, "F2F2F2")
            r += 1
            for (ref, text, resp, when, leads, end, end_text, colour) in acts:
                set_cell(t.cell(r, 0), ref)
                set_cell(t.cell(r, 1), text)
                set_cell(t.cell(r, 2), resp)
                set_cell(t.cell(r, 3), when)
                t.cell(r, 4).text = ""
                shade(t.cell(r, 4), hexes[colour])
                expected.append(act(ref, [dom, req], text, leads, end, colour, end_text))
                r += 1
    d.add_paragraph()
    d.add_paragraph("Signed on behalf of Marie Curie: Hospice Manager, Marie Curie Hospice, Glasgow – 23 June 2025")
    d.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": (
            "Imitates the improvement action plan an independent hospice returns to Healthcare Improvement "
            "Scotland after an independent healthcare inspection (healthcareimprovementscotland.scot; "
            "Marie Curie Hospice Glasgow is registered with HIS), 2025. Copied features: HIS quality framework "
            "domain headings with one Word table per domain, numbered requirements and lettered "
            "recommendations written as full-width merged rows above their actions, a document control table, "
            "a RAG key table, and a RAG column shown only by cell shading with no text."),
        "reads": (
            "Eight actions in three domain tables, each under the requirement or recommendation row above it; "
            "the status of each action is the shading of its empty RAG cell read with the key (blue complete, "
            "green on track, amber at risk, red overdue). The document control and RAG key tables are not "
            "part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name


# ---------------------------------------------------------------------------
# 6. Caremark (Thanet) – CQC home care inspection action plan (csv)
# ---------------------------------------------------------------------------
def make_caremark_thanet():
    name = "zvt-caremark-thanet-cqc-home-care-inspection-action-plan.csv"
    title = "Caremark (Thanet) – CQC Inspection Action Plan"
    ncol = 9
    header = ["Ref", "Key question", "CQC requirement", "Action", "Lead", "Target date", "Revised date",
              "Status", "Progress update"]
    groups = [
        ("Safe", "The provider must ensure that risks to people's health and safety are assessed and mitigated, "
                 "including risks relating to catheter care and pressure area care. (Regulation 12)", [
            ("1.1", "Review and rewrite the care plans and risk assessments for all 14 people receiving catheter "
                    "care, using the new Caremark catheter care template.",
             "Registered Manager", "31/05/2025", "30/06/2025", "Complete",
             "All 14 care plans reviewed and signed off.", ["Registered Manager"], "2025-06", None, "blue"),
            ("1.2", "Arrange catheter care and pressure area care training with the community tissue viability "
                    "team for all care workers.",
             "Care Coordinator / Field Care Supervisor", "31/07/2025", "", "Complete",
             "Training delivered in June and July; 96% of care workers attended.",
             ["Care Coordinator", "Field Care Supervisor"], "2025-07", None, "blue"),
            ("1.3", "Carry out monthly spot checks of care records in people's homes and feed back the findings "
                    "at team meetings.",
             "Field Care Supervisor", "Monthly", "", "Green",
             "Spot checks completed for June, July and August.", ["Field Care Supervisor"], None, "Monthly",
             "green"),
        ]),
        ("Safe", "The provider must ensure that medicines are managed safely, including accurate electronic "
                 "medicine administration records (eMAR). (Regulation 12)", [
            ("2.1", "Audit eMAR records weekly and follow up every missed or late dose with the care worker "
                    "concerned within 48 hours.",
             "Deputy Manager", "30/06/2025", "", "Complete",
             "Weekly audit in place since May; missed doses down from 23 to 4 a month.", ["Deputy Manager"],
             "2025-06", None, "blue"),
            ("2.2", "Complete medicines competency assessments for all care workers who give time-critical "
                    "medicines, e.g. Parkinson's medication.",
             "Deputy Manager; Training Officer", "31/08/2025", "31/10/2025", "Amber",
             "41 of 58 care workers assessed; remaining assessments booked.",
             ["Deputy Manager", "Training Officer"], "2025-10", None, "amber"),
        ]),
        ("Effective", "The provider should ensure that people's mental capacity is assessed and recorded where "
                      "there is doubt about their ability to consent to their care.", [
            ("3.1", "Deliver Mental Capacity Act refresher training for care coordinators and field care "
                    "supervisors.",
             "Training Officer", "Sept 2025", "", "Amber",
             "Trainer booked for October.", ["Training Officer"], "2025-09", None, "amber"),
            ("3.2", "Add a mental capacity prompt to the initial assessment form on the care planning system.",
             "Registered Manager", "TBC", "", "Not started",
             "Awaiting system update from the software supplier.", ["Registered Manager"], None, "TBC",
             "unrated"),
        ]),
        ("Well-led", "The provider must ensure that systems to assess, monitor and improve the quality and safety "
                     "of the service are effective, including monitoring of late and missed calls. "
                     "(Regulation 17)", [
            ("4.1", "Set up a daily report from the electronic call monitoring system showing visits more than "
                    "30 minutes late, reviewed by the on-call coordinator each morning.",
             "Operations Manager", "15/05/2025", "", "Complete",
             "Daily report running since 12 May.", ["Operations Manager"], "2025-05", None, "blue"),
            ("4.2", "Introduce a monthly quality dashboard (missed calls, complaints, safeguarding, medication "
                    "errors) reviewed by the franchise owner.",
             "Franchise Owner and Registered Manager", "Jul 2025", "", "Green",
             "First dashboard reviewed in July; format being refined.",
             ["Franchise Owner", "Registered Manager"], "2025-07", None, "green"),
        ]),
    ]
    lines = []
    pad = lambda first: [first] + [""] * (ncol - 1)
    lines.append(pad(title))
    lines.append(pad("Inspection: 8 and 15 April 2025 (report published 12 June 2025) – overall rating: "
                     "Requires improvement"))
    lines.append(pad("Plan owner: Registered Manager – last updated 01/09/2025"))
    lines.append([""] * ncol)
    lines.append(header)
    expected = []
    for kq, req, acts in groups:
        for i, (ref, text, lead, tgt, rev, status, upd, leads, end, end_text, st) in enumerate(acts):
            lines.append([ref, kq if i == 0 else "", req if i == 0 else "", text, lead, tgt, rev, status, upd])
            expected.append(act(ref, [kq, req], text, leads, end, st, end_text))
    lines.append([""] * ncol)
    lines.append(pad("Status key: Complete = action delivered and evidenced; Green = on track; "
                     "Amber = at risk of slipping; Red = overdue; Not started"))
    lines.append(pad("Totals: Complete 4 | Green 2 | Amber 2 | Red 0 | Not started 1"))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerows(lines)

    write_yaml(name, {
        "source": (
            "Imitates the action plan a franchised domiciliary care agency sends to CQC after a 'requires "
            "improvement' inspection (Caremark franchise offices, cqc.org.uk home care location reports, "
            "2025), exported from the office spreadsheet to CSV. Copied features: title and inspection lines "
            "padded with empty fields, key question and CQC requirement (with the regulation breached) only "
            "on the first row of each group, target and revised dates, status words, progress update, and "
            "status key and totals lines at the foot."),
        "reads": (
            "Nine numbered actions grouped under four CQC requirements (three 'must', one 'should') and their "
            "key questions; continuation rows leave the key question and requirement blank. The revised date, "
            "where given, is the end; the key and totals lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name


# ---------------------------------------------------------------------------
# 7. Western HSCT – Lakeview Hospital RQIA QIP tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_lakeview():
    name = "zvt-western-hsct-lakeview-hospital-rqia-unannounced-inspection-qip.txt"
    title = "Western Health and Social Care Trust – Lakeview Hospital: RQIA Quality Improvement Plan Progress Tracker"
    ncol = 9
    header = ["AFI", "Ref", "Area for improvement (RQIA)", "Standard", "Trust action", "Responsible person",
              "To be completed by", "RAG", "Update"]
    domains = [
        ("Is care safe?", [
            ("1", "The Trust shall ensure that all episodes of physical intervention are recorded on Datix and "
                  "reviewed by the ward manager within 72 hours.", "Standard 5.3.1 (a)", [
                ("1.1", "Weekly reconciliation of the ward physical intervention log against Datix, completed by "
                        "the nurse in charge.",
                 "Ward Manager (Cranny Ward)", "31/03/2025", "Complete",
                 "Reconciliation in place from 3 March.", ["Ward Manager (Cranny Ward)"], "2025-03", None, "blue"),
                ("1.2", "Monthly report of physical intervention reviews completed outside 72 hours to the "
                        "Lakeview Governance Meeting.",
                 "Lead Nurse", "30/04/2025", "Complete", "Standing agenda item from April.", ["Lead Nurse"],
                 "2025-04", None, "blue"),
            ]),
            ("2", "The Trust shall ensure that the ward environment is maintained, including repair of the "
                  "damaged flooring in the main corridor and sensory room on Cranny Ward.", "Standard 5.3.1 (f)", [
                ("2.1", "Estates works order raised for replacement flooring; works to be scheduled around patient "
                        "activity to reduce disruption.",
                 "Estates Officer / Ward Manager (Cranny Ward)", "August 2025", "Amber",
                 "Contractor appointed; start date moved to August.",
                 ["Estates Officer", "Ward Manager (Cranny Ward)"], "2025-08", None, "amber"),
            ]),
        ]),
        ("Is care effective?", [
            ("3", "The Trust shall ensure that each patient's positive behaviour support plan is reviewed at least "
                  "every three months and after any significant incident.", "Standard 5.3.1 (c)", [
                ("3.1", "PBS plan review dates added to the ward dashboard on PARIS.",
                 "Consultant Clinical Psychologist", "31/05/2025", "Complete", "Dashboard live.",
                 ["Consultant Clinical Psychologist"], "2025-05", None, "blue"),
                ("3.2", "Quarterly audit of PBS plans for all inpatients, with findings presented to the "
                        "multi-disciplinary team.",
                 "Behaviour Support Practitioner", "Quarterly", "Green", "First audit completed June 2025: 9 of "
                 "11 plans in date.", ["Behaviour Support Practitioner"], None, "Quarterly", "green"),
            ]),
        ]),
        ("Is the service well led?", [
            ("4", "The Trust shall ensure that delayed discharges are escalated to senior management and that each "
                  "patient has an up-to-date resettlement plan.", "Standard 4.3 (m)", [
                ("4.1", "Monthly delayed discharge report to the Director of Adult Mental Health and Disability "
                        "Services, including the status of each patient's resettlement plan.",
                 "Head of Service – Learning Disability", "31/07/2025", "Green",
                 "Reports issued for April, May and June.", ["Head of Service – Learning Disability"],
                 "2025-07", None, "green"),
                ("4.2", "Joint escalation meeting with the Department of Health and housing providers about the "
                        "two patients whose discharge has been delayed for more than 12 months.",
                 "Director of Adult Mental Health and Disability Services", "Sept 2025", "Amber",
                 "Meeting requested; date awaited.", ["Director of Adult Mental Health and Disability Services"],
                 "2025-09", None, "amber"),
            ]),
        ]),
    ]
    lines = [
        [title],
        ["Unannounced inspection 3–5 February 2025 | Report published 14 April 2025 | Tracker updated 30 June 2025"],
        [],
        header,
    ]
    expected = []
    for dom, afis in domains:
        lines.append([dom] + [""] * (ncol - 1))
        for no, afi, std, acts in afis:
            for i, (ref, text, resp, when, rag, upd, leads, end, end_text, st) in enumerate(acts):
                lines.append([no if i == 0 else "", ref, afi if i == 0 else "", std if i == 0 else "",
                              text, resp, when, rag, upd])
                expected.append(act(ref, [dom, afi], text, leads, end, st, end_text))
    lines.append([])
    lines.append(["RAG key: Complete = action completed (blue); Green = on track; Amber = some delay; "
                  "Red = not achieved"])
    lines.append(["Areas for improvement are as stated in the RQIA Quality Improvement Plan; Trust actions "
                  "are monitored by the Adult Mental Health and Disability Governance Group."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")

    write_yaml(name, {
        "source": (
            "Imitates a health and social care trust's tracker for the Quality Improvement Plan attached to an "
            "RQIA unannounced mental health / learning disability hospital inspection report (rqia.org.uk; "
            "Western HSCT, Lakeview Hospital, Gransha Park, 2025), saved as tab-separated text. Copied features: "
            "title and inspection-date lines, RQIA 'Is care safe? / effective? / Is the service well led?' "
            "domain lines, numbered areas for improvement with the standard reference shown only on the "
            "first of their action rows, Trust actions with responsible person, completion date, RAG word and "
            "update, and a RAG key line at the foot."),
        "reads": (
            "Seven Trust actions under four RQIA areas for improvement, grouped by the inspection domains; the "
            "area for improvement and standard appear only on the first row of each group. Status is the RAG "
            "word (Complete read as blue per the key)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name


if __name__ == "__main__":
    made = [make_uhd_psii(), make_st_lukes(), make_black_country_baf(), make_minafon(),
            make_marie_curie_glasgow(), make_caremark_thanet(), make_lakeview()]
    for m in made:
        print(m)
