"""Build the seven qa- blind test files (set heldout460) and their expected readings.

Run with /work/main/.venv/bin/python qa_make.py from any directory; files are written
beside this script. Only files whose names start with "qa-" are written.
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"
HEAD = "1F4E79"
COL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("qa-")
    return os.path.join(HERE, name)


class Q(str):
    pass


yaml.SafeDumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(name, doc):
    for a in doc.get("actions", []):
        if a["end"] is not None:
            a["end"] = Q(a["end"])
        if a["ref"] is not None:
            a["ref"] = Q(a["ref"])
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, values, color=HEAD):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(color)
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ---------------------------------------------------------------------------
# 1. Belfast City Council – corporate risk register (xlsx, three sheets)
# ---------------------------------------------------------------------------
def belfast():
    name = "qa-belfast-city-council-corporate-risk-register-2025-26.xlsx"
    title = "Belfast City Council – Corporate Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Quarter 2 review – position at 30 September 2025"
    cov["A3"] = "Report to Audit and Risk Panel – 9 December 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Author", "Summary of change"])
    dc = [
        ("1.0", dt.datetime(2025, 6, 10), "Corporate Risk and Audit Lead", "Register approved by CMT for 2025/26"),
        ("1.1", dt.datetime(2025, 7, 2), "Corporate Risk and Audit Lead", "Q1 review – CR04 added"),
        ("1.2", dt.datetime(2025, 10, 14), "Corporate Risk and Audit Lead", "Q2 review – updates from risk owners"),
    ]
    for r, row in enumerate(dc, start=7):
        for c, v in enumerate(row, start=1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A11"] = "Action status key (used on the Action plan sheet)"
    cov["A11"].font = Font(bold=True)
    key = [
        (BLUE, "Complete"),
        (GREEN, "On track – will be delivered by target date"),
        (AMBER, "Some slippage – revised date agreed"),
        (RED, "Significantly off track – escalated to CMT"),
    ]
    for r, (colr, text) in enumerate(key, start=12):
        cov.cell(row=r, column=1).fill = fill(colr)
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=text)
    cov["A17"] = "Risk scoring: residual score = Likelihood (1–5) x Impact (1–5). 15–25 High; 8–12 Medium; 1–6 Low."
    widths(cov, {"A": 14, "B": 44, "C": 32, "D": 44})

    # Risk profiles sheet (not actions)
    rp = wb.create_sheet("Risk profiles")
    rp["A1"] = "Corporate risk profiles – Q2 2025/26"
    rp["A1"].font = Font(bold=True, size=12)
    header_row(rp, 3, ["Risk ref", "Risk title", "Risk description (cause – event – consequence)", "Risk owner",
                       "Inherent score", "Key existing controls", "Residual score (Q2)", "Target score", "Direction of travel"])
    profiles = [
        ("CR01", "Medium-term financial sustainability",
         "Rising pay, energy and contract costs and uncertainty over the rates base lead to a budget gap, resulting in service reductions or use of reserves.",
         "Strategic Director of Corporate Services", 20, "Medium-Term Financial Plan; monthly budget monitoring; efficiency programme", 16, 9, "Stable"),
        ("CR02", "Cyber security and resilience of ICT systems",
         "A successful cyber attack or prolonged ICT outage leads to loss of systems and data, disrupting services to residents.",
         "Strategic Director of Corporate Services", 25, "Firewalls and endpoint protection; PSN compliance; backup regime", 16, 10, "Increasing"),
        ("CR03", "Belfast Region City Deal programme delivery",
         "Construction inflation and approval delays put the affordability and timing of BRCD projects at risk, with reputational and financial consequences.",
         "Strategic Director of Place and Economy", 20, "BRCD governance structure; gateway reviews; programme board reporting", 15, 9, "Stable"),
        ("CR04", "Workforce capacity and resilience",
         "Difficulty recruiting and retaining staff in key roles, and high absence levels, reduce capacity to deliver services.",
         "Director of Human Resources", 16, "Attendance Management Policy; recruitment campaigns; wellbeing programme", 12, 8, "Decreasing"),
    ]
    for r, row in enumerate(profiles, start=4):
        for c, v in enumerate(row, start=1):
            cell = rp.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
    widths(rp, {"A": 9, "B": 28, "C": 50, "D": 26, "E": 10, "F": 40, "G": 11, "H": 10, "I": 12})

    # Action plan sheet
    ap = wb.create_sheet("Action plan")
    ap["A1"] = "Corporate Risk Register 2025/26 – further actions to reduce risk (position at 30 September 2025)"
    ap["A1"].font = Font(bold=True, size=12)
    ap["A2"] = "Status columns show the Q1 (June 2025) and Q2 (September 2025) position using the key on the Cover sheet."
    ap["A2"].font = Font(italic=True)
    header_row(ap, 4, ["Action ref", "Further action", "Action owner", "Original target date", "Revised target date",
                       "Q1 status", "Q2 status", "Q2 progress update"])
    D = dt.datetime
    risks = [
        ("CR01 – Medium-term financial sustainability", [
            ("CR01.1", "Complete the 2026/27 rate-setting process with a balanced budget, including the district rate and efficiency programme, for approval by Council in February 2026.",
             "Director of Finance", ["Director of Finance"], D(2026, 2, 12), None, "green", "green",
             "Draft estimates presented to Strategic Policy and Resources Committee in September; efficiency proposals of £3.1m identified.",
             "2026-02", None),
            ("CR01.2", "Refresh the Medium-Term Financial Plan to 2028/29 and align it with the Belfast Agenda delivery priorities.",
             "Director of Finance; Strategic Director of Corporate Services", ["Director of Finance", "Strategic Director of Corporate Services"],
             D(2025, 9, 30), D(2025, 12, 31), "green", "amber",
             "Refresh delayed pending the NI Executive budget position; revised date agreed by CMT.", "2025-12", None),
            ("CR01.3", "Report to Strategic Policy and Resources Committee on capital programme affordability and borrowing headroom.",
             "Director of Finance", ["Director of Finance"], "Quarterly", None, "green", "green",
             "Q1 report considered in August 2025; Q2 report scheduled for November 2025.", None, "Quarterly"),
        ]),
        ("CR02 – Cyber security and resilience of ICT systems", [
            ("CR02.1", "Complete the migration of remaining on-premise servers to the new hosted data centre.",
             "Head of Digital Services", ["Head of Digital Services"], D(2025, 3, 31), D(2025, 11, 30), "amber", "red",
             "Migration of 14 servers outstanding; supplier resourcing issues escalated to CMT in September 2025.", "2025-11", None),
            ("CR02.2", "Deliver mandatory cyber awareness training to all staff with network access, with completion rates reported monthly.",
             "Head of Digital Services & Head of HR", ["Head of Digital Services", "Head of HR"], D(2025, 6, 30), None, "green", "blue",
             "Completed – 94% of staff completed the module by 30 June 2025; refresher module scheduled for 2026.", "2025-06", None),
            ("CR02.3", "Test the ICT disaster recovery plan through a full failover exercise and report the lessons learned to CMT.",
             "Head of Digital Services", ["Head of Digital Services"], D(2026, 1, 31), None, None, "green",
             "Exercise scheduled for January 2026 with external support.", "2026-01", None),
        ]),
        ("CR03 – Belfast Region City Deal programme delivery", [
            ("CR03.1", "Agree the revised business cases for the Belfast Stories and Innovation City projects with the Department of Finance.",
             "Strategic Director of Place and Economy", ["Strategic Director of Place and Economy"], D(2025, 10, 31), D(2026, 3, 31),
             "amber", "amber", "Outline business case for Belfast Stories resubmitted; Department of Finance clarifications awaited.", "2026-03", None),
            ("CR03.2", "Establish an integrated programme risk register across the BRCD partners and report it to the Executive Board each quarter.",
             "City Deal Programme Director", ["City Deal Programme Director"], D(2025, 9, 30), None, "green", "blue",
             "Integrated register approved by the BRCD Executive Board on 18 September 2025.", "2025-09", None),
        ]),
        ("CR04 – Workforce capacity and resilience", [
            ("CR04.1", "Implement the new workforce planning template across all departments as part of the 2026/27 business planning cycle.",
             "Director of Human Resources", ["Director of Human Resources"], D(2026, 3, 31), None, "green", "green",
             "Template piloted in City and Neighbourhood Services; roll-out to other departments from October 2025.", "2026-03", None),
            ("CR04.2", "Launch the refreshed Attendance Management Policy following consultation with trade unions, supported by manager training.",
             "Director of Human Resources / Trade Union Liaison Manager", ["Director of Human Resources", "Trade Union Liaison Manager"],
             D(2025, 6, 30), D(2026, 1, 31), "amber", "amber", "Consultation with trade unions extended to November 2025.", "2026-01", None),
            ("CR04.3", "Review succession plans for all Tier 1 to Tier 3 posts and report any gaps to CMT.",
             "Chief Executive", ["Chief Executive"], D(2025, 12, 31), None, None, "green",
             "Tier 1 and Tier 2 reviews completed; Tier 3 reviews under way.", "2025-12", None),
        ]),
    ]
    expected = []
    r = 5
    for head, acts in risks:
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ap.cell(row=r, column=1, value=head)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for (ref, text, owner, leads, orig, rev, q1, q2, upd, end, end_text) in acts:
            vals = [ref, text, owner, orig, rev, None, None, upd]
            for ci, v in enumerate(vals, start=1):
                cell = ap.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if q1:
                ap.cell(row=r, column=6).fill = fill(COL[q1])
            if q2:
                ap.cell(row=r, column=7).fill = fill(COL[q2])
            expected.append(act(ref, [head], text, leads, end, q2, end_text))
            r += 1
    r += 1
    ap.cell(row=r, column=2, value="Summary of Q2 action status").font = Font(bold=True)
    r += 1
    counts = {}
    for e in expected:
        counts[e["status"]] = counts.get(e["status"], 0) + 1
    for colr, label in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage"), ("red", "Significantly off track")]:
        ap.cell(row=r, column=1).fill = fill(COL[colr])
        ap.cell(row=r, column=2, value=label)
        ap.cell(row=r, column=3, value=counts.get(colr, 0))
        r += 1
    ap.cell(row=r, column=2, value="Total actions")
    ap.cell(row=r, column=3, value=len(expected))
    r += 2
    ap.cell(row=r, column=1, value="Note: completed actions will be removed from the register at the Q3 review once CMT has confirmed closure.")
    widths(ap, {"A": 10, "B": 60, "C": 30, "D": 13, "E": 13, "F": 9, "G": 9, "H": 50})
    ap.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a Northern Ireland council's corporate risk register as reported quarterly to its Audit and Risk "
                   "Panel (Belfast City Council, 2025/26, Q2 review; no URL used). Copies a cover sheet with document control "
                   "and a fill-colour action status key, a separate risk profiles sheet (scores, controls), and an action plan "
                   "sheet with merged grey risk header rows, original and revised target dates, previous (Q1) and current (Q2) "
                   "status shown only as cell fill colour, progress comments, and a colour summary/totals block and note."),
        "reads": ("A three-sheet corporate risk register. The Action plan sheet lists eleven further actions grouped under four "
                  "corporate risks (CR01–CR04); each has an owner, original and sometimes revised target date, and Q1/Q2 "
                  "status as coloured cells, with the Q2 colour being the current status. The Risk profiles sheet and the "
                  "cover are context only."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Cardiff and Vale UHB – HIW Emergency Unit improvement plan (xlsx)
# ---------------------------------------------------------------------------
def cardiff():
    name = "qa-cardiff-and-vale-uhb-hiw-university-hospital-of-wales-ed-improvement-plan.xlsx"
    title = "Cardiff and Vale University Health Board – HIW Emergency Unit Improvement Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Unannounced inspection of the Emergency Unit, University Hospital of Wales, 17–19 June 2025"
    cov["A3"] = "Progress tracker – Quality, Safety and Experience Committee, 18 November 2025"
    cov["A5"] = "Status key"
    cov["A5"].font = Font(bold=True)
    for r, (colr, word, text) in enumerate([
        (BLUE, "Blue", "Complete – action delivered and evidence held"),
        (GREEN, "Green", "On track"),
        (AMBER, "Amber", "At risk of delay"),
        (RED, "Red", "Overdue"),
    ], start=6):
        c = cov.cell(row=r, column=1, value=word)
        c.fill = fill(colr)
        cov.cell(row=r, column=2, value=text)
    cov["A11"] = "Version control"
    cov["A11"].font = Font(bold=True)
    header_row(cov, 12, ["Version", "Date", "Comment"])
    for r, row in enumerate([
        ("0.1", "15/07/2025", "Plan returned to HIW"),
        ("0.2", "16/09/2025", "Progress update for Medicine Clinical Board"),
        ("0.3", "04/11/2025", "Progress update for QSE Committee"),
    ], start=13):
        for c, v in enumerate(row, start=1):
            cov.cell(row=r, column=c, value=v).border = BOX
    widths(cov, {"A": 12, "B": 50, "C": 45})

    # Appendix A – concerns resolved during inspection (not actions)
    aa = wb.create_sheet("Appendix A")
    aa["A1"] = "Appendix A – Summary of concerns resolved during the inspection"
    aa["A1"].font = Font(bold=True, size=12)
    header_row(aa, 3, ["Immediate concerns identified", "Impact/potential impact on patient care and treatment",
                       "How the concern was escalated", "How the concern was resolved"])
    for r, row in enumerate([
        ("A sharps bin in the paediatric waiting area was overfilled and not closed.", "Risk of needlestick injury to children and families.",
         "Raised with the nurse in charge.", "The sharps bin was closed and replaced immediately."),
        ("An unlocked cupboard in the minors area contained cleaning chemicals.", "Risk of harm to patients and visitors.",
         "Raised with the nurse in charge.", "The cupboard was locked and a reminder issued to staff."),
    ], start=4):
        for c, v in enumerate(row, start=1):
            cell = aa.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
    widths(aa, {"A": 40, "B": 36, "C": 28, "D": 36})

    cols = ["Ref", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale",
            "Progress update (November 2025)", "Status"]
    STAT = {"blue": "Blue", "green": "Green", "amber": "Amber", "red": "Red"}

    def block(ws, r, improvement, standard, acts, under_prefix):
        out = []
        first = r
        for (ref, text, officer, leads, timescale, upd, status, end, end_text) in acts:
            vals = [ref, None, None, text, officer, timescale, upd, STAT[status]]
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(COL[status])
            out.append(act(ref, under_prefix + [improvement], text, leads, end, status, end_text))
            r += 1
        ws.cell(row=first, column=2, value=improvement).alignment = WRAP
        ws.cell(row=first, column=3, value=standard).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        return r, out

    D = dt.datetime
    expected = []
    # Appendix B – immediate improvement plan
    ab = wb.create_sheet("Appendix B")
    ab["A1"] = "Appendix B – Immediate improvement plan"
    ab["A1"].font = Font(bold=True, size=12)
    ab["A2"] = "Service: University Hospital of Wales – Emergency Unit"
    ab["A3"] = "Date of inspection: 17–19 June 2025"
    header_row(ab, 5, cols)
    r = 6
    r, out = block(ab, r,
                   "The health board must ensure that resuscitation equipment in the Emergency Unit is checked daily and that checks are recorded in line with policy.",
                   "Health and Care Quality Standards 2023 – Safe", [
                       ("IA1.1", "Daily resuscitation trolley checklist reintroduced in all areas of the Emergency Unit, with sign-off by the nurse in charge at each shift handover.",
                        "Lead Nurse, Emergency Unit", ["Lead Nurse, Emergency Unit"], D(2025, 6, 30),
                        "Complete. Weekly spot checks show 100% compliance since July 2025.", "blue", "2025-06", None),
                       ("IA1.2", "Weekly audit of resuscitation trolley checks to be reported to the Directorate Quality and Safety meeting for three months.",
                        "Senior Nurse, Quality and Safety", ["Senior Nurse, Quality and Safety"], D(2025, 9, 30),
                        "Complete. Audit results reported July–September 2025; now part of monthly audit.", "blue", "2025-09", None),
                   ], [])
    expected += out
    r, out = block(ab, r,
                   "The health board must ensure that patients waiting in the ambulance handover area receive timely risk assessments, including falls and pressure damage assessments.",
                   "Health and Care Quality Standards 2023 – Safe; Timely", [
                       ("IA2.1", "Introduce a dedicated registered nurse for the ambulance handover area at times of escalation, with a standard risk assessment bundle completed within one hour of arrival.",
                        "Directorate Manager / Lead Nurse, Emergency Unit", ["Directorate Manager", "Lead Nurse, Emergency Unit"], D(2025, 7, 31),
                        "Nurse in post at escalation; bundle completion 78% in October 2025 against 95% target.", "amber", "2025-07", None),
                   ], [])
    expected += out
    widths(ab, {"A": 8, "B": 42, "C": 24, "D": 50, "E": 26, "F": 13, "G": 42, "H": 9})

    # Appendix C – improvement plan
    ac = wb.create_sheet("Appendix C")
    ac["A1"] = "Appendix C – Improvement plan"
    ac["A1"].font = Font(bold=True, size=12)
    ac["A2"] = "Service: University Hospital of Wales – Emergency Unit"
    ac["A3"] = "Date of inspection: 17–19 June 2025"
    header_row(ac, 5, cols)
    r = 6
    themes = [
        ("Quality of patient experience", [
            ("The health board must ensure that patients' privacy and dignity are maintained when they are being cared for in corridor areas.",
             "Health and Care Quality Standards 2023 – Person-centred", [
                 ("1.1", "Portable privacy screens to be made available for all corridor care spaces, and their use included in the daily safety huddle checklist.",
                  "Lead Nurse, Emergency Unit", ["Lead Nurse, Emergency Unit"], "August 2025",
                  "Screens purchased and in use; huddle checklist updated.", "blue", "2025-08", None),
                 ("1.2", "Undertake a monthly dignity audit of corridor care, with results shared with staff through the Emergency Unit newsletter.",
                  "Senior Nurse, Quality and Safety", ["Senior Nurse, Quality and Safety"], "Monthly",
                  "Audits completed August, September and October 2025.", "green", None, "Monthly"),
             ]),
            ("The health board should ensure that patients are kept informed of expected waiting times, including through the waiting room information screens.",
             "Health and Care Quality Standards 2023 – Person-centred; Timely", [
                 ("2.1", "Repair and reconfigure the waiting room information screens to display real-time waiting times, and introduce hourly updates by the streaming nurse.",
                  "Directorate Manager", ["Directorate Manager"], D(2025, 10, 31),
                  "Hourly updates in place; screen software upgrade delayed by supplier.", "amber", "2025-10", None),
             ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The health board must ensure that medicines are stored securely at all times, including the medicines refrigerator in the majors area.",
             "Health and Care Quality Standards 2023 – Safe; Effective", [
                 ("3.1", "Install a lockable medicines refrigerator in majors and add daily temperature recording to the electronic checklist.",
                  "Lead Pharmacist, Emergency Medicine", ["Lead Pharmacist, Emergency Medicine"], D(2025, 9, 30),
                  "Refrigerator installed 12 August 2025.", "blue", "2025-09", None),
             ]),
            ("The health board must ensure that NEWS2 observations are repeated within the required timescales and that escalation is documented.",
             "Health and Care Quality Standards 2023 – Safe; Effective", [
                 ("4.1", "Deliver NEWS2 and escalation refresher training to all registered nurses and healthcare support workers in the Emergency Unit.",
                  "Clinical Nurse Educator", ["Clinical Nurse Educator"], "December 2025",
                  "71% of staff trained to date.", "green", "2025-12", None),
                 ("4.2", "Add a NEWS2 timeliness measure to the monthly Emergency Unit quality dashboard and review the results at the directorate Quality and Safety meeting.",
                  "Clinical Director, Emergency Medicine; Senior Nurse, Quality and Safety",
                  ["Clinical Director, Emergency Medicine", "Senior Nurse, Quality and Safety"], D(2026, 1, 31),
                  "Measure defined; first dashboard report due December 2025.", "green", "2026-01", None),
             ]),
        ]),
        ("Quality of management and leadership", [
            ("The health board must ensure that staff compliance with mandatory training, including safeguarding level 3, improves to meet the health board's target of 85%.",
             "Health and Care Quality Standards 2023 – Workforce", [
                 ("5.1", "Protected training time to be built into the Emergency Unit nursing and medical rotas, with a recovery trajectory monitored monthly by the Directorate.",
                  "Directorate Manager", ["Directorate Manager"], "31 March 2026",
                  "Compliance 74% in October 2025 (from 63% in June).", "amber", "2026-03", None),
             ]),
        ]),
    ]
    for theme, imps in themes:
        ac.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ac.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        for imp, std, acts in imps:
            r, out = block(ac, r, imp, std, acts, [theme])
            expected += out
    r += 1
    ac.cell(row=r, column=1, value="Service representative").font = Font(bold=True)
    ac.cell(row=r + 1, column=1, value="Name (print):")
    ac.cell(row=r + 1, column=2, value="Rhian Morgan")
    ac.cell(row=r + 2, column=1, value="Job role:")
    ac.cell(row=r + 2, column=2, value="Director of Operations, Medicine Clinical Board")
    ac.cell(row=r + 3, column=1, value="Date:")
    ac.cell(row=r + 3, column=2, value="15/07/2025")
    widths(ac, {"A": 8, "B": 42, "C": 24, "D": 50, "E": 26, "F": 13, "G": 42, "H": 9})
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a Welsh health board's response to a Healthcare Inspectorate Wales unannounced emergency department "
                   "inspection, kept as a committee progress tracker (Cardiff and Vale UHB, University Hospital of Wales "
                   "Emergency Unit, 2025; no URL used). Copies HIW's appendix layout (Appendix A concerns resolved during "
                   "the inspection, Appendix B immediate improvement plan, Appendix C improvement plan grouped under HIW's "
                   "three themes), the HIW columns Improvement needed / Standard / Service action / Responsible officer / "
                   "Timescale with the improvement text merged over its actions, job titles with commas as officers, mixed "
                   "date and word timescales, a worded and filled status column with its key on a cover sheet, and the "
                   "service representative sign-off block."),
        "reads": ("A HIW improvement plan tracker in four sheets. Appendix B holds three immediate-assurance actions and "
                  "Appendix C seven further actions under the themes Quality of patient experience, Delivery of safe and "
                  "effective care and Quality of management and leadership, each under the 'improvement needed' text it "
                  "answers, with responsible officer, timescale and a Blue/Green/Amber status. Appendix A lists concerns "
                  "already resolved during the inspection and has no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. NHS Golden Jubilee – Annual Delivery Plan 2025/26 Q2 tracker (xlsx)
# ---------------------------------------------------------------------------
def golden_jubilee():
    name = "qa-nhs-golden-jubilee-annual-delivery-plan-2025-26-q2-tracker.xlsx"
    title = "NHS Golden Jubilee – Annual Delivery Plan 2025/26: Quarter 2 Progress Report"
    wb = Workbook()
    ks = wb.active
    ks.title = "Key & summary"
    ks["A1"] = title
    ks["A1"].font = Font(bold=True, size=14)
    ks["A2"] = "Finance, Planning and Performance Committee – 11 November 2025"
    ks["A4"] = "Status key"
    ks["A4"].font = Font(bold=True)
    for r, (colr, word, text) in enumerate([
        (BLUE, "Complete", "Deliverable achieved"),
        (GREEN, "On track", "Deliverable expected to be achieved by the delivery date"),
        (AMBER, "At risk", "Risk to delivery – mitigating action in place"),
        (RED, "Off track", "Will not be delivered in 2025/26"),
    ], start=5):
        c = ks.cell(row=r, column=1, value=word)
        c.fill = fill(colr)
        ks.cell(row=r, column=2, value=text)

    D = dt.datetime
    P1 = "1. Planned care – National Elective Centre"
    P2 = "2. Heart, Lung and Diagnostics"
    P3 = "3. Workforce"
    P4 = "4. Digital and innovation"
    P5 = "5. Climate emergency and sustainability"
    rows = [
        ("PC-01", P1, "Deliver the agreed 2025/26 activity plan for hip and knee arthroplasty across the orthopaedic theatres, including the additional weekend lists.",
         "3,600 joint replacements in year", "Director of Operations", ["Director of Operations"], D(2026, 3, 31), "On track",
         "Q2 activity 12% ahead of trajectory.", "green", "2026-03", None),
        ("PC-02", P1, "Open the Phase 2 surgical centre endoscopy suite to patients from NHS boards across Scotland.",
         "Suite operational with six procedure rooms", "Director of Operations", ["Director of Operations"], D(2025, 12, 31), "At risk",
         "Two rooms open; recruitment of endoscopy nurses behind plan.", "amber", "2025-12", None),
        ("PC-03", P1, "Increase day case rates for general surgery procedures in line with the Centre for Sustainable Delivery targets.",
         "Day case rate of 85% for specified procedures", "Director of Operations; Medical Director", ["Director of Operations", "Medical Director"],
         D(2026, 3, 31), "On track", "Day case rate 83% in September 2025.", "green", "2026-03", None),
        ("HLD-01", P2, "Reduce waiting times for TAVI so that no patient waits longer than 12 weeks from referral to treatment.",
         "Zero patients waiting over 12 weeks", "Medical Director", ["Medical Director"], D(2026, 3, 31), "At risk",
         "17 patients waiting over 12 weeks at end of Q2; additional lists from November.", "amber", "2026-03", None),
        ("HLD-02", P2, "Implement the national cardiac physiology workforce model in the Heart and Lung Centre.",
         "Model agreed and rotas in place", "Director of Operations", ["Director of Operations"], D(2025, 9, 30), "Complete",
         "New rotas live from 1 September 2025.", "blue", "2025-09", None),
        ("HLD-03", P2, "Deliver additional CT and MRI capacity for regional boards through the extended-day imaging model.",
         "Extended-day sessions Monday to Friday", "Director of Operations", ["Director of Operations"], D(2025, 10, 31), "On track",
         "Extended sessions running four days a week; fifth day from October.", "green", "2025-10", None),
        ("WF-01", P3, "Implement the Health and Care (Staffing) (Scotland) Act 2019 duties, including quarterly reporting to the Board on compliance.",
         "Quarterly compliance report to Board", "Director of Nursing & AHPs", ["Director of Nursing & AHPs"], "Quarterly", "On track",
         "Q1 report to Board in August 2025.", "green", None, "Quarterly"),
        ("WF-02", P3, "Reduce sickness absence to 5.5% or below through the attendance management improvement plan.",
         "Absence at or below 5.5%", "Director of Workforce", ["Director of Workforce"], D(2026, 3, 31), "Off track",
         "Absence 6.9% in September 2025; target not expected to be met in year.", "red", "2026-03", None),
        ("WF-03", P3, "Reduce supplementary staffing spend by 20% against the 2024/25 baseline.",
         "20% reduction in agency and bank spend", "Director of Workforce; Director of Finance", ["Director of Workforce", "Director of Finance"],
         D(2026, 3, 31), "At risk", "Spend down 9% at month 6.", "amber", "2026-03", None),
        ("DI-01", P4, "Complete the roll-out of the Hospital Electronic Prescribing and Medicines Administration (HEPMA) system to all inpatient wards.",
         "All inpatient wards live", "Head of eHealth", ["Head of eHealth"], D(2026, 1, 31), "On track",
         "9 of 14 wards live.", "green", "2026-01", None),
        ("DI-02", P4, "Go live with the digital patient portal for pre-operative assessment questionnaires.",
         "Portal live for orthopaedics and general surgery", "Head of eHealth", ["Head of eHealth"], D(2025, 9, 30), "Complete",
         "Went live 8 September 2025.", "blue", "2025-09", None),
        ("CL-01", P5, "Reduce anaesthetic gas emissions by decommissioning the desflurane supply and the piped nitrous oxide manifold.",
         "Desflurane removed; manifold decommissioned", "Head of Estates / Associate Medical Director (Anaesthesia)",
         ["Head of Estates", "Associate Medical Director (Anaesthesia)"], D(2025, 12, 31), "On track",
         "Desflurane removed from formulary; manifold work scheduled for December.", "green", "2025-12", None),
    ]
    # summary table (not actions)
    ks["A11"] = "Summary of Q2 status by priority"
    ks["A11"].font = Font(bold=True)
    header_row(ks, 12, ["ADP priority", "Deliverables", "Complete", "On track", "At risk", "Off track"])
    r = 13
    for p in [P1, P2, P3, P4, P5]:
        sub = [x for x in rows if x[1] == p]
        vals = [p, len(sub)] + [sum(1 for x in sub if x[7] == w) for w in ["Complete", "On track", "At risk", "Off track"]]
        for ci, v in enumerate(vals, start=1):
            ks.cell(row=r, column=ci, value=v).border = BOX
        r += 1
    vals = ["Total", len(rows)] + [sum(1 for x in rows if x[7] == w) for w in ["Complete", "On track", "At risk", "Off track"]]
    for ci, v in enumerate(vals, start=1):
        c = ks.cell(row=r, column=ci, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(ks, {"A": 44, "B": 50, "C": 10, "D": 10, "E": 10, "F": 10})

    tr = wb.create_sheet("Q2 tracker")
    header_row(tr, 1, ["ADP ref", "ADP priority", "Deliverable", "2025/26 milestone", "Executive lead", "Delivery date",
                       "Q2 status", "Q2 update"])
    expected = []
    for r, row in enumerate(rows, start=2):
        ref, pr, text, ms, lead_txt, leads, due, st, upd, colr, end, end_text = row
        vals = [ref, pr, text, ms, lead_txt, due, st, upd]
        for ci, v in enumerate(vals, start=1):
            cell = tr.cell(row=r, column=ci, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
        tr.cell(row=r, column=7).fill = fill(COL[colr])
        expected.append(act(ref, [pr], text, leads, end, colr, end_text))
    tr.auto_filter.ref = "A1:H%d" % (len(rows) + 1)
    tr.freeze_panes = "A2"
    widths(tr, {"A": 9, "B": 30, "C": 55, "D": 30, "E": 28, "F": 11, "G": 11, "H": 45})
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates a Scottish national NHS board's Annual Delivery Plan quarterly progress report to a board "
                   "committee (NHS Golden Jubilee, ADP 2025/26 Q2; no URL used). Copies a key-and-summary sheet with a "
                   "worded status key (Complete / On track / At risk / Off track) and a counts-by-priority table with a "
                   "totals row, and a flat filterable tracker sheet where the numbered ADP priority is repeated on every "
                   "row, with milestone, executive lead(s), mmm-yy delivery dates, a worded and coloured Q2 status and a "
                   "Q2 update."),
        "reads": ("Twelve ADP deliverables on the 'Q2 tracker' sheet, each under its numbered ADP priority, with the "
                  "executive lead, a delivery month (one 'Quarterly') and a Q2 status read through the document's own "
                  "key (On track = green, At risk = amber, Off track = red, Complete = blue). The first sheet is a key "
                  "and summary only."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


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


def set_cell(cell, text, bold=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


def table_header(table, labels):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, HEAD)


# ---------------------------------------------------------------------------
# 4. Innovate Trust – CIW domiciliary support service improvement plan (docx)
# ---------------------------------------------------------------------------
def innovate():
    name = "qa-innovate-trust-ciw-domiciliary-support-service-inspection-improvement-plan.docx"
    title = "Domiciliary Support Service – CIW Inspection Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Innovate Trust – Supported Living Services"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following the Care Inspectorate Wales (CIW) inspection of 11 and 12 March 2025")

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Service", "Innovate Trust Domiciliary Support Service (Cardiff and Vale of Glamorgan)"),
        ("Provider", "Innovate Trust"),
        ("Responsible Individual", "Director of Care and Support"),
        ("Inspection dates", "11 and 12 March 2025"),
        ("Report published", "6 May 2025"),
        ("Plan last updated", "21 July 2025"),
    ]:
        cells = info.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph("This plan sets out the action we are taking in response to the priority action notice and the areas "
                      "for improvement identified by CIW. Progress is reviewed monthly by the Responsible Individual and "
                      "reported to the Trust's Quality and Safeguarding Committee.")
    doc.add_paragraph("RAG key: Green – action completed; Amber – in progress; Red – overdue.")

    colour = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    status_of = {"G": "blue", "A": "amber", "R": "red"}
    sections = [
        ("Care and Support", [
            ("Regulation 15 (Personal plans) – Priority action notice: personal plans did not contain up-to-date risk assessments for people who need support with eating and drinking, and some did not reflect advice from the speech and language therapy team.", [
                ("1a", "Review and update the personal plan of every person who needs support with eating and drinking, so that each plan includes the current advice from the speech and language therapy team.",
                 "Registered Manager; Team Leaders", ["Registered Manager", "Team Leaders"], "30 April 2025", "G", "2025-04", None),
                ("1b", "Introduce a one-page eating and drinking profile in each person's house file and on the electronic care system.",
                 "Team Leaders", ["Team Leaders"], "End of May 2025", "G", "2025-05", None),
                ("1c", "Complete a monthly audit of personal plans and risk assessments and report the findings to the Responsible Individual.",
                 "Registered Manager", ["Registered Manager"], "Ongoing – monthly", "A", None, "Ongoing – monthly"),
            ]),
        ]),
        ("Leadership and Management", [
            ("Regulation 36 (Supporting and developing staff) – Area for improvement: not all support workers had received supervision at least every three months, and some had not completed dysphagia training.", [
                ("2a", "Put a supervision matrix in place for all support workers, with dates booked for the rest of the year.",
                 "Registered Manager", ["Registered Manager"], "April 2025", "G", "2025-04", None),
                ("2b", "Arrange dysphagia training for all support workers, delivered by the health board's speech and language therapy team.",
                 "Registered Manager; Learning and Development Officer", ["Registered Manager", "Learning and Development Officer"], "30 June 2025", "G", "2025-06", None),
            ]),
            ("Regulation 80 (Quality of care review) – Area for improvement: the six-monthly quality of care report did not include the views of people supported and their families.", [
                ("3a", "Hold a tenants' meeting in each house and send out an easy-read questionnaire before each quality of care review.",
                 "Responsible Individual", ["Responsible Individual"], "September 2025", "A", "2025-09", None),
                ("3b", "Include a summary of people's views, and what we have done in response, in the next quality of care report.",
                 "Responsible Individual", ["Responsible Individual"], "October 2025", "A", "2025-10", None),
            ]),
            ("Regulation 35 (Fitness of staff) – Area for improvement: two staff files did not contain a full employment history.", [
                ("4a", "Check all staff files against the requirements of Regulation 35 and obtain any missing information.",
                 "HR Business Partner / Registered Manager", ["HR Business Partner", "Registered Manager"], "14/03/2025", "G", "2025-03", None),
            ]),
        ]),
    ]
    expected = []
    for heading, regs in sections:
        doc.add_heading(heading, level=1)
        n = sum(len(a) for _, a in regs)
        t = doc.add_table(rows=1 + n, cols=6)
        t.style = "Table Grid"
        table_header(t, ["Ref", "Regulation and what CIW found", "Action we will take", "Lead", "By when", "RAG"])
        r = 1
        for reg, acts in regs:
            first = r
            for (ref, text, lead_txt, leads, when, rag, end, end_text) in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], text)
                set_cell(cells[3], lead_txt)
                set_cell(cells[4], when)
                set_cell(cells[5], rag, bold=True)
                shade(cells[5], colour[rag])
                expected.append(act(ref, [heading, reg], text, leads, end, status_of[rag], end_text))
                r += 1
            m = t.cell(first, 1)
            if r - 1 > first:
                m = m.merge(t.cell(r - 1, 1))
            set_cell(m, reg)
        doc.add_paragraph()

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, lab in enumerate(["Role", "Signed", "Date"]):
        set_cell(so.rows[0].cells[i], lab, bold=True)
    set_cell(so.rows[1].cells[0], "Responsible Individual")
    set_cell(so.rows[1].cells[1], "Approved electronically")
    set_cell(so.rows[1].cells[2], "21/07/2025")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a Welsh third-sector provider's improvement plan after a Care Inspectorate Wales inspection of its "
                   "domiciliary support (supported living) service (Innovate Trust, Cardiff and Vale, 2025; no URL used). "
                   "Copies the provider name in the page header, a service-details table, CIW's structure of a priority "
                   "action notice and areas for improvement against named RISCA service regulations, one table per CIW "
                   "theme under a Word heading, the regulation finding merged down beside its actions, a RAG key where "
                   "Green means completed (no blue), shaded RAG letters, and a sign-off table."),
        "reads": ("A Word improvement plan with two theme sections (Care and Support; Leadership and Management), each a "
                  "table of actions under the regulation finding they answer. Eight actions (1a–4a) with leads, dates and "
                  "a G/A RAG; by the document's own key Green means completed, so green actions are read as complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Bangor Central Integrated PS – ETI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def bangor():
    name = "qa-bangor-central-integrated-primary-school-eti-inspection-action-plan.docx"
    title = "Bangor Central Integrated Primary School – Post-Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph(title, style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = doc.add_paragraph("Education and Training Inspectorate (ETI) inspection: 12–16 May 2025")
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p3 = doc.add_paragraph("Plan agreed by the Board of Governors: 17 September 2025   |   Progress review: February 2026")
    p3.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("The ETI report identified three areas for improvement. This plan sets out the actions the school "
                      "will take to address them. It is monitored termly by the Board of Governors' Curriculum and "
                      "Standards Committee and forms part of the School Development Plan 2025–2028.")

    cols = ["Ref", "Actions", "Who", "Timescale", "Success criteria", "Status"]
    afis = [
        ("Area for improvement 1: To develop further the use of assessment information to plan for, and track, the progress of children who require additional support with their learning.", [
            ("1.1", "Introduce a whole-school tracking system for children on the SEN register, updated each term after pupil progress meetings.",
             "SENCo and Vice-Principal", ["SENCo", "Vice-Principal"], "Autumn term 2025",
             "All children on the SEN register have up-to-date targets and progress data.", "Achieved", "blue", "2025-12", "Autumn term 2025"),
            ("1.2", "Hold pupil progress meetings between each class teacher and the SENCo to agree targeted support for identified children.",
             "SENCo", ["SENCo"], "Termly",
             "Support is adjusted each term in the light of progress data.", "On track", "green", None, "Termly"),
            ("1.3", "Provide staff training on writing specific, measurable targets in individual education plans.",
             "SENCo / Education Authority Link Officer", ["SENCo", "Education Authority Link Officer"], "November 2025",
             "Sampled IEPs show specific, measurable targets.", "Achieved", "blue", "2025-11", None),
        ]),
        ("Area for improvement 2: To provide the children in key stage 2 with more opportunities to apply their numeracy skills in meaningful contexts across the curriculum.", [
            ("2.1", "Audit the planning in P5 to P7 to identify opportunities for applying numeracy across the curriculum.",
             "Numeracy Co-ordinator", ["Numeracy Co-ordinator"], "October 2025",
             "Audit completed and opportunities mapped for each year group.", "Achieved", "blue", "2025-10", None),
            ("2.2", "Plan and teach one cross-curricular numeracy project each term in every key stage 2 class.",
             "Key stage 2 teachers", ["Key stage 2 teachers"], "June 2026",
             "Children can explain how they used numeracy in other areas of learning.", "On track", "green", "2026-06", None),
            ("2.3", "Monitor children's work and lessons to evaluate the impact of the projects, and share effective practice at staff meetings.",
             "Numeracy Co-ordinator and Principal", ["Numeracy Co-ordinator", "Principal"], "March 2026",
             "Monitoring shows improved application of numeracy skills.", "Not yet started", "unrated", "2026-03", None),
        ]),
        ("Area for improvement 3: To improve the consistency of the quality of feedback to the children so that they know how to improve their work.", [
            ("3.1", "Review and agree a revised whole-school marking and feedback policy with staff and the Board of Governors.",
             "Principal", ["Principal"], "31/10/2025",
             "Revised policy approved and in use in all classes.", "Achieved", "blue", "2025-10", None),
            ("3.2", "Carry out book scrutiny and learning walks each half-term to monitor the use of the revised policy.",
             "Senior Leadership Team", ["Senior Leadership Team"], "Ongoing",
             "Scrutiny shows consistent use of the policy across classes.", "On track", "green", None, "Ongoing"),
            ("3.3", "Survey children in P4 to P7 on how well the feedback they receive helps them to improve their work.",
             "Literacy Co-ordinator", ["Literacy Co-ordinator"], "May 2026",
             "Most children report that feedback helps them to improve.", "Not yet started", "unrated", "2026-05", None),
        ]),
    ]
    n = sum(1 + len(a) for _, a in afis)
    t = doc.add_table(rows=1 + n, cols=6)
    t.style = "Table Grid"
    table_header(t, cols)
    expected = []
    r = 1
    for afi, acts in afis:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, afi, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for (ref, text, who, leads, when, crit, stxt, status, end, end_text) in acts:
            cells = t.rows[r].cells
            for i, v in enumerate([ref, text, who, when, crit, stxt]):
                set_cell(cells[i], v)
            expected.append(act(ref, [afi], text, leads, end, status, end_text))
            r += 1

    doc.add_paragraph()
    doc.add_paragraph("Monitoring and evaluation schedule", style="Heading 2")
    ms = doc.add_table(rows=1, cols=3)
    ms.style = "Table Grid"
    table_header(ms, ["Meeting", "Date", "Focus"])
    for row in [
        ("Board of Governors", "17 September 2025", "Approval of the action plan"),
        ("Curriculum and Standards Committee", "3 December 2025", "Progress on areas for improvement 1 and 3"),
        ("Curriculum and Standards Committee", "25 February 2026", "Progress review of all actions"),
        ("Board of Governors", "17 June 2026", "End-of-year evaluation"),
    ]:
        cells = ms.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Signed: Chair of the Board of Governors            Principal")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a Northern Ireland primary school's post-inspection action plan written by the Board of Governors "
                   "after an Education and Training Inspectorate inspection (Bangor Central Integrated Primary School, 2025; "
                   "no URL used). Copies a centred title block, an introductory paragraph, one single table with shaded "
                   "full-width 'Area for improvement n:' rows over numbered actions, Who / Timescale / Success criteria "
                   "columns, a worded status column (Achieved / On track / Not yet started), school-term and 'Termly' "
                   "timescales, several posts in one Who cell, and a separate monitoring schedule table and signature line."),
        "reads": ("A school action plan with three ETI areas for improvement, each followed by three numbered actions with "
                  "who is responsible, a timescale (months, 'Autumn term 2025', 'Termly', 'Ongoing') and a status. The "
                  "monitoring schedule table lists governors' meetings and is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Conwy CBC – Governance and Audit Committee action log (csv, refuse)
# ---------------------------------------------------------------------------
def conwy():
    name = "qa-conwy-cbc-governance-and-audit-committee-action-log-typo-month-refuse.csv"
    title = "Conwy County Borough Council – Governance and Audit Committee: Action Log 2025/26"
    import csv
    import io
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Updated following the meeting held on 10 November 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting date", "Minute", "Action", "Responsible officer", "Target date", "Status", "Update"],
        ["GAC/25/01", "16/06/2025", "6", "Circulate the Audit Wales assurance and risk assessment progress report to all Members of the Committee.",
         "Head of Audit and Procurement", "July 2025", "Complete", "Circulated by email on 2 July 2025."],
        ["GAC/25/02", "16/06/2025", "8", "Provide a briefing note on the increase in agency staff costs within Social Care, including the position at the end of quarter 1.",
         "Head of Finance; Head of Adult Services", "September 2025", "Complete", "Briefing note issued 18 September 2025."],
        ["GAC/25/03", "16/06/2025", "9", "Add the Council's response to the Audit Wales report 'Use of performance information: service user perspective and outcomes' to the forward work programme.",
         "Democratic Services Manager", "September 2025", "Complete", "Added to the September 2025 agenda."],
        ["GAC/25/04", "22/09/2025", "14", "Report back on the number of internal audit recommendations overdue by more than six months, by service.",
         "Head of Audit and Procurement", "November 2025", "Complete", "Reported 10 November 2025 (minute 21)."],
        ["GAC/25/05", "22/09/2025", "15", "Arrange a training session for Members on the Treasury Management Strategy before the 2026/27 strategy is considered.",
         "Head of Finance", "Febuary 2026", "Open", "Date to be agreed with the Chair."],
        ["GAC/25/06", "22/09/2025", "17", "Provide an update on progress with the corporate risk relating to the condition of school buildings.",
         "Head of Education Services", "January 2026", "Open", ""],
        ["GAC/25/07", "10/11/2025", "21", "Invite the Head of Highways and Infrastructure to the next meeting to explain the limited assurance opinion on fleet management.",
         "Democratic Services Manager", "January 2026", "Open", "Invitation sent 12 November 2025."],
        ["GAC/25/08", "10/11/2025", "23", "Circulate the draft self-assessment of the Committee's effectiveness for Members' comments.",
         "Head of Audit and Procurement", "December 2025", "Open", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete – action closed by the Committee; Open – in progress.", "", "", "", "", "", "", ""],
        ["Completed actions are removed from the log after they have been reported to one meeting.", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    text = buf.getvalue()
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    bad = [i + 1 for i, l in enumerate(lines) if "Febuary" in l]
    assert len(bad) == 1
    write_expected(name, {
        "source": ("Imitates a Welsh council's Governance and Audit Committee action log as exported from a spreadsheet to "
                   "CSV (Conwy County Borough Council, 2025/26; no URL used). Copies a title and 'updated following' line, "
                   "a ref / meeting date / minute / action / responsible officer / target date / status / update layout, "
                   "two officers in one cell, and a status key and note after the table. One target date is mistyped "
                   "('Febuary 2026')."),
        "reads": ("An action log of eight actions from three committee meetings. Action GAC/25/05 has the target date "
                  "'Febuary 2026', a misspelt month; a careful reader would stop and ask before reading the log."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": title,
    })


# ---------------------------------------------------------------------------
# 7. Enable Scotland – Leading the Way – Care Inspectorate improvement plan (txt)
# ---------------------------------------------------------------------------
def enable():
    name = "qa-enable-scotland-leading-the-way-care-inspectorate-improvement-plan.txt"
    title = "Enable Scotland – Leading the Way (South Lanarkshire): Care Inspectorate improvement plan"
    T = "\t"
    KQ2 = "Key question 2: How good is our leadership?"
    KQ5 = "Key question 5: How well is our care and support planned?"
    R1 = ("By 31 August 2025, the provider must ensure that people experience a service which is well led and managed, and "
          "which benefits from a culture of continuous improvement. To do this, the provider must, at a minimum, ensure that "
          "quality assurance audits are completed as planned and that any actions identified are completed within agreed timescales.")
    R2 = "By 31 July 2025, the provider must ensure that staff receive regular supervision which supports their practice and development."
    A1 = ("To support people's health and wellbeing, the provider should ensure that personal plans are reviewed at least once "
          "in each six-month period with the person and, where appropriate, their family.")
    hdr = T.join(["Ref", "Action", "Who", "By when", "Status", "Progress"])
    blocks = [
        (KQ2, "Requirement 1", R1, [
            ("1.1", "Introduce a quality assurance calendar setting out which audits are completed each month and by whom.",
             "Service Manager", ["Service Manager"], "30/06/2025", "B", "Calendar in place from June 2025.", "blue", "2025-06", None),
            ("1.2", "Record every action from audits on a single service improvement log, reviewed monthly at the Quality and Compliance meeting.",
             "Service Manager; Quality and Compliance Lead", ["Service Manager", "Quality and Compliance Lead"], "31/07/2025", "G",
             "Log in use; reviewed July and August 2025.", "green", "2025-07", None),
            ("1.3", "Area Manager to complete a quarterly check of the audit process and report findings to the Director of Operations.",
             "Area Manager", ["Area Manager"], "Quarterly", "G", "First check completed September 2025.", "green", None, "Quarterly"),
        ]),
        (None, "Requirement 2", R2, [
            ("2.1", "Book supervision for all support workers at least every eight weeks and record the dates on the supervision tracker.",
             "Team Leaders", ["Team Leaders"], "31/07/2025", "B", "All staff have supervision booked.", "blue", "2025-07", None),
            ("2.2", "Include supervision tracker data in the monthly report to the Area Manager, with any missed sessions rebooked within two weeks.",
             "Service Manager", ["Service Manager"], "August 2025", "A", "Report template agreed; two months of data so far.", "amber", "2025-08", None),
        ]),
        (KQ5, "Area for improvement 1", A1, [
            ("AFI1.1", "Set up a six-monthly review schedule for every person supported and share it with families.",
             "Team Leaders", ["Team Leaders"], "September 2025", "G", "Schedule drafted for all 46 people supported.", "green", "2025-09", None),
            ("AFI1.2", "Update personal plans after every review to show the person's outcomes and the changes agreed.",
             "Team Leaders and Support Workers", ["Team Leaders", "Support Workers"], "Ongoing", "G", "", "green", None, "Ongoing"),
        ]),
    ]
    lines = [
        title,
        "Support Service – Care at Home",
        "Unannounced inspection 12–14 May 2025. Report published 20 June 2025.",
        "Evaluations: How well do we support people's wellbeing? 3 – Adequate | How good is our leadership? 2 – Weak | "
        "How good is our staff team? 3 – Adequate | How well is our care and support planned? 3 – Adequate",
        "Status key: B = complete, G = on track, A = some delay, R = off track",
        "Plan owner: Area Manager, South Lanarkshire. Reviewed at the monthly Quality and Compliance meeting.",
        "",
    ]
    expected = []
    kq = None
    for (kqh, label, text, acts) in blocks:
        if kqh:
            kq = kqh
            lines += [kqh, ""]
        lines += [label, text, hdr]
        for (ref, action, who, leads, when, st, prog, status, end, end_text) in acts:
            lines.append(T.join([ref, action, who, when, st, prog]))
            expected.append(act(ref, [kq, text], action, leads, end, status, end_text))
        lines.append("")
    lines.append("End of plan – next review at the Quality and Compliance meeting on 15 December 2025.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates a Scottish voluntary-sector care provider's improvement plan after a Care Inspectorate inspection "
                   "of a care at home support service (Enable Scotland, Leading the Way, South Lanarkshire, 2025; no URL "
                   "used), saved as a plain-text export with tab-separated action rows. Copies the Care Inspectorate's key "
                   "questions and six-point evaluations, 'Requirement n' and 'Area for improvement n' labels with the "
                   "requirement text on the next line, a repeated column header line per block, a B/G/A/R status key and "
                   "a closing note line."),
        "reads": ("A plain-text improvement plan: two requirements under Key question 2 and one area for improvement under "
                  "Key question 5, each followed by its actions as tab-separated rows (ref, action, who, by when, status, "
                  "progress). Seven actions; each is read under its key question and the requirement or area-for-"
                  "improvement text (the bare 'Requirement 1' label gives way to its text)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    belfast()
    cardiff()
    golden_jubilee()
    innovate()
    bangor()
    conwy()
    enable()
    print("done")
