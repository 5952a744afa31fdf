"""Build the seven mf2- blind test files of set heldout378.

Run with /work/main/.venv/bin/python mf2_make.py (from any directory); the
files are written beside this script.  Each data list below also carries the
reading a person makes of the row (end month, status) so that the expected
readings can be checked against the same text.
"""
import csv
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
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
}
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def path(name):
    return os.path.join(HERE, name)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Homerton Healthcare NHS FT - Saving Babies' Lives v3 action plan (xlsx)
# ---------------------------------------------------------------------------
HOMERTON_FILE = "mf2-homerton-healthcare-nhsft-saving-babies-lives-v3-action-plan.xlsx"
HOMERTON_TITLE = "Saving Babies’ Lives Care Bundle v3 (SBLv3) – Implementation Action Plan"

# element, [ (intervention, [ (ref, gap, action, lead, original, revised, progress, rag, exp_end, exp_end_text) ]) ]
HOMERTON = [
    ("Element 1: Reducing smoking in pregnancy", [
        ("Intervention 1.1: CO testing for all women and birthing people at booking and at 36 weeks, with the result recorded on the maternity record", [
            ("1.1", "CO reading at 36 weeks recorded for 71% of women (standard 95%)",
             "Add a mandatory 36-week CO reading field to the antenatal template on the maternity EPR",
             "Digital Midwife", D(2025, 3, 31), D(2025, 6, 30),
             "Field went live 02/06/2025.\nCompliance 93% in August 2025.", "blue", "2025-06", None),
            ("1.2", "No regular audit of CO testing",
             "Monthly audit of CO testing at booking and 36 weeks; results reported to the Perinatal Quality Surveillance Meeting",
             "Smoking in Pregnancy Lead Midwife / Audit Midwife", "Monthly", None,
             "July, August and September audits reported.", "green", None, "Monthly"),
        ]),
    ]),
    ("Element 2: Risk assessment, prevention and surveillance of pregnancies at risk of fetal growth restriction", [
        ("Intervention 2.1: FGR risk assessment at booking and again at 20 weeks using the SBLv3 algorithm", [
            ("2.1", "Risk assessment completed at booking only; community midwives not trained in the SBLv3 tool",
             "Embed the SBLv3 FGR risk assessment tool in the booking pathway and train community midwives in its use",
             "Fetal Growth Lead (Consultant Obstetrician); Community Midwifery Matron", D(2025, 3, 31), D(2025, 12, 31),
             "Tool live in booking pathway.\nTraining compliance 78% – further sessions booked for October and November.", "amber", "2025-12", None),
        ]),
        ("Intervention 2.2: Serial ultrasound surveillance from 32 weeks for women at high risk of FGR", [
            ("2.2", "Scan capacity allows serial growth scans for 60% of high-risk women",
             "Recruit two additional sonographers to provide capacity for serial growth scans from 32 weeks",
             "Imaging Services Manager", "Q4 2025/26", None,
             "Business case not yet approved at Investment Group. Escalated to Division.", "red", "2026-03", None),
        ]),
    ]),
    ("Element 3: Raising awareness of reduced fetal movements", [
        ("Intervention 3.1: Information and advice on reduced fetal movements given to all women by 24 weeks", [
            ("3.1", "RFM leaflet available in English only",
             "Translate the RFM leaflet into Turkish, Yiddish, Bengali and Polish.\nPublish all versions in the maternity app.",
             "Patient Information Midwife", D(2025, 12, 31), None,
             "Turkish and Bengali versions back from translation; Yiddish in progress.", "green", "2025-12", None),
        ]),
    ]),
    ("Element 4: Effective fetal monitoring during labour", [
        ("Intervention 4.1: Annual fetal monitoring training and competency assessment for all staff who care for women in labour", [
            ("4.1", "Training compliance 84% for midwives and 72% for obstetricians",
             "Deliver the annual fetal monitoring training day and competency assessment, reaching 90% of midwives and obstetricians",
             "Fetal Monitoring Lead Midwife & Fetal Monitoring Lead Obstetrician", D(2026, 3, 31), None,
             "Midwives 88%, obstetricians 81% at end of Q2.", "green", "2026-03", None),
            ("4.2", "Hourly systematic review of the CTG not consistently documented",
             "Introduce an hourly ‘fresh eyes’ CTG review sticker in the intrapartum record",
             "Labour Ward Manager", D(2025, 7, 31), None,
             "Sticker in use since July; documentation audit 96%.", "blue", "2025-07", None),
        ]),
    ]),
    ("Element 5: Reducing preterm birth", [
        ("Intervention 5.1: A dedicated preterm birth prevention clinic", [
            ("5.1", "No dedicated clinic; women seen in general antenatal clinics",
             "Set up a weekly preterm birth prevention clinic with a named lead obstetrician and specialist midwife",
             "Consultant Obstetrician (Preterm Birth Lead)", D(2025, 9, 30), D(2026, 1, 31),
             "Clinic room agreed. Specialist midwife post out to advert.", "amber", "2026-01", None),
        ]),
        ("Intervention 5.2: Optimisation of the preterm baby – antenatal corticosteroids and magnesium sulphate", [
            ("5.2", "Compliance not routinely audited",
             "Quarterly audit of antenatal steroids (<34 weeks) and magnesium sulphate (<30 weeks) given before birth",
             "Neonatal Consultant / Audit Midwife", "Quarterly", None,
             "Q1 audit: steroids 86%, MgSO4 92%.", "green", None, "Quarterly"),
        ]),
    ]),
    ("Element 6: Management of pre-existing diabetes in pregnancy", [
        ("Intervention 6.1: Continuous glucose monitoring offered to all pregnant women with Type 1 diabetes", [
            ("6.1", "No joint pathway with the Diabetes team; CGM offered inconsistently",
             "Agree a joint antenatal diabetes pathway with the Diabetes team, including CGM for all women with Type 1 diabetes",
             "Diabetes Specialist Midwife", D(2025, 11, 30), None,
             "Draft pathway at Guidelines Group on 12 November.", "amber", "2025-11", None),
        ]),
    ]),
]


def make_homerton():
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Homerton Healthcare NHS Foundation Trust"
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Maternity and Neonatal Services"
    rows = [
        ("Document title", HOMERTON_TITLE),
        ("Version", "4.2"),
        ("Author", "Maternity Quality & Safety Lead"),
        ("Executive lead", "Chief Nurse & Director of Patient Experience"),
        ("Reviewed at", "Perinatal Quality Surveillance Meeting – 16 October 2025"),
        ("Reported to", "North East London LMNS – SBLv3 quarterly assurance"),
        ("Next review", "December 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=4):
        dc.cell(i, 1, k).font = BOLD
        dc.cell(i, 2, v)
    box(dc, "A4:B10")
    dc["A12"] = "Version history"
    dc["A12"].font = BOLD
    hist = [("Version", "Date", "Changes"),
            ("4.0", "12/06/2025", "Updated following LMNS assurance visit"),
            ("4.1", "14/08/2025", "Revised deadlines agreed for 2.1 and 5.1"),
            ("4.2", "16/10/2025", "Q2 progress updates")]
    for i, r in enumerate(hist, start=13):
        for j, v in enumerate(r, start=1):
            dc.cell(i, j, v)
    for c in dc[13]:
        c.font = BOLD
    box(dc, "A13:C16")
    dc.column_dimensions["A"].width = 18
    dc.column_dimensions["B"].width = 70
    dc.column_dimensions["C"].width = 45

    ws = wb.create_sheet("SBLv3 Action Plan")
    ws["A1"] = HOMERTON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Homerton Healthcare NHS Foundation Trust – position at end of Q2 2025/26 (30 September 2025)"
    ws.merge_cells("A2:I2")
    ws["A4"] = "RAG key:"
    ws["A4"].font = BOLD
    key = [("blue", "Complete – evidence submitted to LMNS"), ("green", "On track"),
           ("amber", "At risk – mitigation in place"), ("red", "Off track / overdue")]
    for j, (col, txt) in enumerate(key, start=2):
        c = ws.cell(4, j, txt)
        c.fill = FILL[col]
        c.alignment = WRAP
        if col in ("blue", "red", "green"):
            c.font = Font(color="FFFFFF", bold=True)
    hdr = ["Ref", "Intervention", "Gap identified (baseline assessment)", "Action", "Lead(s)",
           "Original deadline", "Revised deadline", "Progress update (Q2)", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for element, interventions in HOMERTON:
        ws.cell(r, 1, element).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F4CCCC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for intervention, acts in interventions:
            first = r
            for (ref, gap, action, lead, orig, rev, prog, rag, _e, _et) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, gap)
                ws.cell(r, 4, action)
                ws.cell(r, 5, lead)
                c = ws.cell(r, 6, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "mmm-yy"
                if rev is not None:
                    c = ws.cell(r, 7, rev)
                    c.number_format = "mmm-yy"
                ws.cell(r, 8, prog)
                ws.cell(r, 9).fill = FILL[rag]
                r += 1
            ws.cell(first, 2, intervention)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    box(ws, "A6:I%d" % (r - 1))
    r += 1
    ws.cell(r, 1, "Note: evidence for completed actions is held in the LMNS SBLv3 assurance folder. "
                  "Revised deadlines were agreed at the Perinatal Quality Surveillance Meeting on 14/08/2025.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    widths = [7, 34, 30, 44, 28, 12, 12, 40, 8]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "SBLv3 action plan – summary by element (Q2 2025/26)"
    sm["A1"].font = BOLD
    head = ["Element", "Actions", "Complete", "On track", "At risk", "Off track"]
    for j, h in enumerate(head, start=1):
        sm.cell(3, j, h).font = BOLD
    i = 4
    tot = [0, 0, 0, 0, 0]
    for element, interventions in HOMERTON:
        acts = [a for _, aa in interventions for a in aa]
        counts = [len(acts)] + [sum(1 for a in acts if a[7] == k) for k in ("blue", "green", "amber", "red")]
        sm.cell(i, 1, element.split(":")[0])
        for j, n in enumerate(counts, start=2):
            sm.cell(i, j, n)
        tot = [a + b for a, b in zip(tot, counts)]
        i += 1
    sm.cell(i, 1, "Total").font = BOLD
    for j, n in enumerate(tot, start=2):
        sm.cell(i, j, n).font = BOLD
    box(sm, "A3:F%d" % i)
    sm.column_dimensions["A"].width = 14
    wb.active = 1
    wb.save(path(HOMERTON_FILE))


# ---------------------------------------------------------------------------
# 2. Dartmoor National Park Authority - corporate risk register (xlsx)
# ---------------------------------------------------------------------------
DARTMOOR_FILE = "mf2-dartmoor-npa-corporate-risk-register-2025-26.xlsx"
DARTMOOR_TITLE = "Corporate Risk Register 2025/26 – Quarter 2 review"

# section, [ (riskref, description, owner, inh(L,I), controls, res(L,I), trend,
#            [ (no, action, action_owner, target, status_text, fill, exp_end, exp_end_text, exp_status) ]) ]
DARTMOOR = [
    ("Strategic risks", [
        ("CR1", "Funding: real-terms reductions in National Park Grant and rising costs mean the Authority cannot deliver the Partnership Plan and its statutory purposes",
         "Chief Executive (National Park Officer)", (4, 5),
         "Medium Term Financial Plan; monthly budget monitoring; reserves strategy; income generation from car parks and the Princetown visitor centre",
         (3, 5), "↔", [
             ("1.1", "Prepare a balanced Medium Term Financial Plan 2026/27 to 2028/29 with savings options for Members to consider",
              "Head of Business Support", "31/01/2026", "Amber", "amber", "2026-01", None, "amber"),
             ("1.2", "Work with National Parks England to make the case to Defra for a multi-year funding settlement",
              "Chief Executive (National Park Officer)", "Ongoing", "Green", "green", None, "Ongoing", "green"),
         ]),
        ("CR2", "Partnership Plan: the Dartmoor Partnership Plan 2026–2031 is not adopted in time, leaving the Authority without an up-to-date statutory management plan",
         "Director of Conservation & Communities", (3, 4),
         "Project plan agreed by Authority; Partnership Plan steering group; quarterly reports to Members",
         (2, 4), "↓", [
             ("2.1", "Consult on the draft Partnership Plan and report the responses, with a final draft, to the Authority",
              "Director of Conservation & Communities", "Sept 2025 – March 2026", "Green", "green", "2026-03", None, "green"),
         ]),
        ("CR3", "Farming in Protected Landscapes: the FiPL programme ends in March 2026 with no confirmed successor, putting staff posts and relationships with farmers at risk",
         "Director of Conservation & Communities", (4, 3),
         "Regular contact with Defra; fixed-term contracts for FiPL staff",
         (4, 3), "↑", [
             ("3.1", "Agree exit arrangements for the FiPL programme and a redeployment plan for the FiPL team",
              "Head of Land Management / Head of HR", "28 February 2026", "Red", "red", "2026-02", None, "red"),
         ]),
    ]),
    ("Operational risks", [
        ("CR4", "Cyber security: a successful cyber attack causes loss of data or systems and stops the Authority delivering services",
         "Head of Business Support", (4, 4),
         "Firewalls and MFA; daily off-site back-ups; Cyber Essentials certification",
         (3, 4), "↔", [
             ("4.1", "Achieve Cyber Essentials Plus re-certification",
              "ICT Manager", D(2025, 7, 31), "Complete", "blue", "2025-07", None, "blue"),
             ("4.2", "Deliver phishing awareness training to all staff and Members, followed by a simulated phishing test",
              "ICT Manager; Head of HR", "Dec 2025", "Green", "green", "2025-12", None, "green"),
         ]),
        ("CR5", "Wildfire: a large moorland fire, made more likely by hotter and drier summers, harms habitats, archaeology and public safety",
         "Director of Conservation & Communities", (3, 5),
         "Dartmoor Wildfire Plan; Ranger patrols at high-risk times; fire danger signage; joint exercises with DSFRS",
         (3, 4), "↑", [
             ("5.1", "Update the Dartmoor Wildfire Plan with Devon & Somerset Fire and Rescue Service and agree summer patrols by Rangers",
              "Head of Ranger Services", "End of May 2026", "Amber", "amber", "2026-05", None, "amber"),
             ("5.2", "Review the swaling (controlled burning) code with the commoners' associations",
              "Moorland Officer", "October 2026", "Not started", None, "2026-10", None, "unrated"),
         ]),
    ]),
]


def score_fill(score):
    if score >= 15:
        return PatternFill("solid", fgColor="FF7C80")
    if score >= 8:
        return PatternFill("solid", fgColor="FFE699")
    return PatternFill("solid", fgColor="C6EFCE")


def make_dartmoor():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Dartmoor National Park Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = DARTMOOR_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit & Governance Committee – 14 November 2025 – Appendix 1"
    groups = [("A5:C5", "Risk"), ("D5:F5", "Inherent risk"), ("G5:G5", "Controls"),
              ("H5:J5", "Residual risk"), ("K5:K5", "Trend"), ("L5:P5", "Further action required")]
    for rng, txt in groups:
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="385723")
        c.alignment = Alignment(horizontal="center")
        if rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
    hdr = ["Risk ref", "Risk description", "Risk owner", "L", "I", "Score", "Existing controls",
           "L", "I", "Score", "Direction of travel (since Q1)", "No.", "Further action",
           "Action owner", "Target date", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for section, risks in DARTMOOR:
        ws.cell(r, 1, section).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        r += 1
        for (ref, desc, owner, inh, controls, res, trend, acts) in risks:
            first = r
            ws.cell(r, 1, ref)
            ws.cell(r, 2, desc)
            ws.cell(r, 3, owner)
            ws.cell(r, 4, inh[0])
            ws.cell(r, 5, inh[1])
            c = ws.cell(r, 6, inh[0] * inh[1])
            c.fill = score_fill(inh[0] * inh[1])
            ws.cell(r, 7, controls)
            ws.cell(r, 8, res[0])
            ws.cell(r, 9, res[1])
            c = ws.cell(r, 10, res[0] * res[1])
            c.fill = score_fill(res[0] * res[1])
            ws.cell(r, 11, trend).alignment = Alignment(horizontal="center")
            for (no, action, aown, target, stext, fill, _e, _et, _s) in acts:
                ws.cell(r, 12, no)
                ws.cell(r, 13, action)
                ws.cell(r, 14, aown)
                c = ws.cell(r, 15, target)
                if isinstance(target, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 16, stext)
                if fill:
                    c.fill = FILL[fill]
                r += 1
            if r - 1 > first:
                for col in range(1, 12):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    box(ws, "A6:P%d" % (r - 1))
    r += 1
    notes = [
        "Scoring: Likelihood (L) x Impact (I), each scored 1–5. 15–25 High; 8–14 Medium; 1–7 Low.",
        "Direction of travel: ↑ risk increasing; ↔ no change; ↓ risk reducing.",
        "Action status: Complete; Green – on track; Amber – some slippage; Red – significant slippage or target missed; Not started.",
    ]
    for n in notes:
        ws.cell(r, 1, n)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        r += 1
    widths = [8, 40, 22, 4, 4, 6, 36, 4, 4, 6, 11, 5, 44, 24, 14, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "B7"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = BOLD
    mx["A3"] = "Impact →  / Likelihood ↓"
    for i in range(1, 6):
        mx.cell(3, i + 1, i).font = BOLD
        mx.cell(3 + i, 1, 6 - i).font = BOLD
        for j in range(1, 6):
            s = (6 - i) * j
            c = mx.cell(3 + i, j + 1, s)
            c.fill = score_fill(s)
    labels = [("Likelihood", "1 Rare; 2 Unlikely; 3 Possible; 4 Likely; 5 Almost certain"),
              ("Impact", "1 Negligible; 2 Minor; 3 Moderate; 4 Major; 5 Severe")]
    for i, (k, v) in enumerate(labels, start=10):
        mx.cell(i, 1, k).font = BOLD
        mx.cell(i, 2, v)

    vc = wb.create_sheet("Version control")
    rows = [("Version", "Date", "Reviewed by", "Summary of changes"),
            ("2025/26 Q1", "15/07/2025", "Leadership Team", "Annual refresh; CR3 added"),
            ("2025/26 Q2", "21/10/2025", "Leadership Team", "CR3 score increased; action 4.1 complete")]
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(i, j, v)
    for c in vc[1]:
        c.font = BOLD
    wb.save(path(DARTMOOR_FILE))


# ---------------------------------------------------------------------------
# 3. Rutland County Council - transformation programme highlight report (xlsx)
# ---------------------------------------------------------------------------
RUTLAND_FILE = "mf2-rutland-county-council-transformation-programme-highlight-report.xlsx"
RUTLAND_TITLE = "Transformation Programme – Highlight Report"

# workstream, [ (id, project, lead, original, revised, prev, curr, progress, next, exp_end, exp_end_text, exp_status) ]
RUTLAND = [
    ("Workstream 1: Customer & Digital", [
        ("CD01", "Launch the new customer portal and online account, moving the top 20 service requests online",
         "Head of Customer Services & Digital", D(2025, 9, 30), D(2026, 1, 31), "A", "A",
         "12 of 20 forms live.\nPayments integration delayed by supplier.", "Supplier workshop 20/11; go-live of remaining forms.",
         "2026-01", None, "amber"),
        ("CD02", "Replace the telephony system with a cloud contact centre",
         "ICT Service Manager / Head of Customer Services & Digital", D(2026, 3, 31), None, "G", "G",
         "Contract awarded via framework; number porting planned.", "Staff training from January.",
         "2026-03", None, "green"),
    ]),
    ("Workstream 2: Adults & Prevention", [
        ("AP01", "Implement the strengths-based Three Conversations model at the adult social care front door",
         "Strategic Director – Adults and Health", D(2025, 10, 31), None, "G", "B",
         "Live in all teams from 6 October 2025. Project closed.", "Benefits review at 6 months.",
         "2025-10", None, "blue"),
        ("AP02", "Recommission the home care framework with an outcome-based specification",
         "Commissioning Manager (Adults)", D(2026, 3, 31), D(2026, 6, 30), "A", "R",
         "Tender returns below expected number; market engagement to be repeated.", "Decision required from Programme Board on extension of current contracts.",
         "2026-06", None, "red"),
    ]),
    ("Workstream 3: Assets & Place", [
        ("AS01", "Complete the office accommodation review and release the Catmose annexe for lease",
         "Sarah Lee and Tom Hewitt", D(2025, 12, 31), None, "G", "G",
         "Staff moves complete; lease heads of terms agreed.", "Legal completion.",
         "2025-12", None, "green"),
        ("AS02", "Deliver the waste and recycling fleet replacement (8 vehicles)",
         "Head of Environmental Services", D(2026, 3, 31), None, "G", "A",
         "Chassis delivery slipped by 6 weeks.", "Confirm delivery dates with manufacturer.",
         "2026-03", None, "amber"),
    ]),
    ("Workstream 4: Our Organisation", [
        ("OR01", "Roll out the new HR and payroll system (phase 2: manager and employee self-service)",
         "Head of HR; Head of Finance", D(2025, 11, 30), None, "R", "G",
         "Parallel payroll run successful in October.", "Go-live with November payroll.",
         "2025-11", None, "green"),
        ("OR02", "Agree and embed the Workforce Strategy 2025–2028 action plan",
         "Director of Resources", "TBC", None, "A", "A",
         "Draft strategy with Corporate Leadership Team; end date to be set once approved.", "Member briefing.",
         None, "TBC", "amber"),
    ]),
]


def make_rutland():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Rutland County Council"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = RUTLAND_TITLE
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Reporting period: October 2025 (Period 7)  |  Transformation Programme Board: 18 November 2025"
    sm["A5"] = "Overall programme status"
    sm["A5"].font = BOLD
    ov = [("Dimension", "Last period", "This period"), ("Time", "A", "A"), ("Cost", "G", "A"),
          ("Scope", "G", "G"), ("Benefits", "A", "A")]
    rag_fill = {"G": FILL["green"], "A": FILL["amber"], "R": FILL["red"], "B": FILL["blue"]}
    for i, row in enumerate(ov, start=6):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            if i > 6 and j > 1:
                c.fill = rag_fill[v]
                c.alignment = Alignment(horizontal="center")
    for c in sm[6][:3]:
        c.font = BOLD
    box(sm, "A6:C10")
    sm["A12"] = "Projects by current status"
    sm["A12"].font = BOLD
    projs = [p for _, pp in RUTLAND for p in pp]
    counts = [("Complete (B)", sum(p[6] == "B" for p in projs)), ("Green", sum(p[6] == "G" for p in projs)),
              ("Amber", sum(p[6] == "A" for p in projs)), ("Red", sum(p[6] == "R" for p in projs)),
              ("Total", len(projs))]
    for i, (k, v) in enumerate(counts, start=13):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.cell(17, 1).font = BOLD
    sm.cell(17, 2).font = BOLD
    box(sm, "A13:B17")
    sm["A19"] = "Key messages"
    sm["A19"].font = BOLD
    msgs = ["• Three Conversations model now live across adult social care; project closed this period.",
            "• Home care recommissioning moved to Red – Board decision needed on contract extensions (see AP02).",
            "• Forecast savings 2025/26: £1.42m against £1.65m target."]
    for i, m in enumerate(msgs, start=20):
        sm.cell(i, 1, m)
    sm["A24"] = "RAG definitions"
    sm["A24"].font = BOLD
    defs = ["G – on track to deliver to time, cost and scope",
            "A – issues that the project team can resolve",
            "R – issues that need a Programme Board decision",
            "B – complete / closed"]
    for i, m in enumerate(defs, start=25):
        sm.cell(i, 1, m)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 14
    sm.column_dimensions["C"].width = 14

    ws = wb.create_sheet("Project Highlights")
    ws["A1"] = "Transformation Programme – Project Highlights – Period 7 2025/26"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    hdr = ["ID", "Project / key deliverable", "Lead officer", "Original end date", "Revised end date",
           "Previous RAG", "Current RAG", "Progress this period", "Next steps"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 4
    for wsname, projects in RUTLAND:
        ws.cell(r, 1, wsname).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (pid, proj, lead, orig, rev, prev, curr, prog, nxt, _e, _et, _s) in projects:
            ws.cell(r, 1, pid)
            ws.cell(r, 2, proj)
            ws.cell(r, 3, lead)
            c = ws.cell(r, 4, orig)
            if isinstance(orig, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(r, 5, rev)
                c.number_format = "dd/mm/yyyy"
            for col, v in ((6, prev), (7, curr)):
                c = ws.cell(r, col, v)
                c.fill = rag_fill[v]
                c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(r, 8, prog)
            ws.cell(r, 9, nxt)
            r += 1
    for row in ws["A3:I%d" % (r - 1)]:
        for c in row:
            c.border = BOX
            if c.column not in (6, 7):
                c.alignment = WRAP
    widths = [7, 46, 30, 12, 12, 9, 9, 42, 34]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    bt = wb.create_sheet("Benefits")
    bt["A1"] = "Cashable benefits 2025/26 (£000)"
    bt["A1"].font = BOLD
    rows = [("ID", "Target", "Forecast", "Variance"), ("CD01", 220, 150, -70), ("CD02", 95, 95, 0),
            ("AP01", 600, 600, 0), ("AP02", 310, 160, -150), ("AS01", 180, 180, 0),
            ("AS02", 0, 0, 0), ("OR01", 145, 135, -10), ("OR02", 100, 100, 0), ("Total", 1650, 1420, -230)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            bt.cell(i, j, v)
    for c in bt[3]:
        c.font = BOLD
    for c in bt[12]:
        c.font = BOLD
    wb.active = 0
    wb.save(path(RUTLAND_FILE))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def header_row(table, labels, fill="D9E2F3"):
    for i, h in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


RAG_WORD_HEX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0", "Complete": "0070C0"}

# ---------------------------------------------------------------------------
# 4. West Dunbartonshire APC - learning review improvement action plan (docx)
# ---------------------------------------------------------------------------
WDUN_FILE = "mf2-west-dunbartonshire-apc-learning-review-mr-g-improvement-action-plan.docx"
WDUN_TITLE = "Learning Review: Mr G – Improvement Action Plan"

# theme, [ (rec_label, rec_text, [ (ref, action, lead, timescale, progress, rag, exp_end, exp_end_text, exp_status) ]) ]
WDUN = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1",
         "The APC should make sure that the multi-agency self-neglect and hoarding guidance is refreshed and that practitioners are confident in using it.", [
             ("1.1", "Refresh the West Dunbartonshire Self-Neglect and Hoarding Guidance, including use of the clutter image rating scale",
              "Lead Officer, Adult Protection", "December 2025",
              "Draft out to consultation with partners until 7 November 2025.", "Green", "2025-12", None, "green"),
             ("1.2", "Deliver multi-agency briefing sessions on the refreshed guidance to HSCP, housing, Police Scotland and SFRS staff",
              "Learning and Development Sub-group Chair", "March 2026",
              "To start once guidance is approved.", "Not started", "2026-03", None, "unrated"),
         ]),
        ("Recommendation 2",
         "Partners should make sure that an adult’s capacity to make decisions about their care and living conditions is assessed and recorded, and that concerns about executive capacity are escalated.", [
             ("2.1", "Add a prompt on decision-specific capacity, including executive function, to the ASP inquiry and investigation templates",
              "Senior Social Worker (ASP Team)", "31/10/2025",
              "Templates updated on CareFirst on 20/10/2025.", "Blue", "2025-10", None, "blue"),
             ("2.2", "Audit 20 case files for recorded capacity assessments and report the findings to the APC",
              "Chair of the Quality Assurance Sub-group", "February 2026",
              "Audit tool agreed; file selection delayed by staff absence.", "Amber", "2026-02", None, "amber"),
         ]),
    ]),
    ("Theme 2: Working together and sharing information", [
        ("Recommendation 3",
         "Police Scotland, the Scottish Fire and Rescue Service and the HSCP should agree how concerns about fire risk to adults at risk of harm are shared and acted on.", [
             ("3.1", "Agree a referral pathway for Home Fire Safety Visits from Police Scotland concern reports",
              "SFRS Station Manager (Prevention & Protection) and Police Scotland Concern Hub Inspector", "Q4 2025/26",
              "Draft pathway discussed at APC Operational Group.", "Green", "2026-03", None, "green"),
             ("3.2", "Invite SFRS to Adult Protection Case Conferences where fire risk is identified",
              "Service Manager – Adult Care", "Ongoing",
              "SFRS attended 4 case conferences since July.", "Green", None, "Ongoing", "green"),
         ]),
        ("Recommendation 4",
         "The APC should assure itself that GP practices are invited to, and able to contribute to, adult protection case conferences.", [
             ("4.1", "Agree with the GP Cluster Quality Leads a standard way for GPs to give written reports to case conferences",
              "Associate Clinical Director (Primary Care)", "End of January 2026",
              "Template shared with cluster leads for comment.", "Amber", "2026-01", None, "amber"),
             ("4.2", "Give GP practices access to the case conference calendar through the secure NHS mailbox",
              "ASP Business Support Manager", "30/09/2025",
              "Completed – calendar issued to all practices from 1 October 2025.", "Blue", "2025-09", None, "blue"),
         ]),
    ]),
]


def make_wdun():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    landscape(doc)
    doc.add_paragraph(WDUN_TITLE, style="Title")
    p = doc.add_paragraph("West Dunbartonshire Adult Protection Committee")
    p.runs[0].bold = True
    doc.add_paragraph("OFFICIAL – SENSITIVE when completed")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "24 October 2025"), ("Owner", "Lead Officer, Adult Protection"),
                 ("Approved by", "Public Protection Chief Officers’ Group, 11 September 2025"),
                 ("Next review", "APC meeting, January 2026")]:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        shade(row[0], "F2F2F2")
        row[1].text = v

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Mr G was a 67-year-old man who lived alone in Clydebank. He died in a house fire in March 2024. "
        "The Adult Protection Committee commissioned a Learning Review, which was published in June 2025. "
        "The review found that several agencies knew about Mr G’s self-neglect and the condition of his home, "
        "but that the risk was not brought together in one place. This plan sets out how the partnership "
        "will respond to the four recommendations. Progress is reported to each meeting of the APC.")
    p = doc.add_paragraph()
    p.add_run("RAG status: ").bold = True
    p.add_run("Green – on track; Amber – some delay, recovery expected; Red – not on track, escalate to APC; "
              "Blue – complete; Not started.")

    for theme, recs in WDUN:
        doc.add_heading(theme, level=1)
        for label, text, acts in recs:
            doc.add_heading(label, level=2)
            doc.add_paragraph(text)
            tb = doc.add_table(rows=1, cols=6)
            tb.style = "Table Grid"
            header_row(tb, ["Ref", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"])
            for (ref, action, lead, ts, prog, rag, _e, _et, _s) in acts:
                cells = tb.add_row().cells
                cells[0].text = ref
                cells[1].text = action
                cells[2].text = lead
                cells[3].text = ts
                cells[4].text = prog
                cells[5].text = rag
                if rag in RAG_WORD_HEX:
                    shade(cells[5], RAG_WORD_HEX[rag])
            for row in tb.rows:
                for i, w in enumerate([Cm(1.3), Cm(8), Cm(5), Cm(3), Cm(6.5), Cm(2)]):
                    row.cells[i].width = w
            doc.add_paragraph()

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Role", "Name", "Date"),
                                   ("Independent Convener, APC", "", "24/10/2025"),
                                   ("Chief Social Work Officer", "", "24/10/2025")]):
        so.rows[i].cells[0].text = a
        so.rows[i].cells[1].text = b
        so.rows[i].cells[2].text = c
    doc.save(path(WDUN_FILE))


# ---------------------------------------------------------------------------
# 5. Amber Valley CSP - domestic homicide review action plan (docx)
# ---------------------------------------------------------------------------
AV_FILE = "mf2-amber-valley-csp-dhr-jodie-action-plan.docx"
AV_TITLE = "Domestic Homicide Review ‘Jodie’ – Action Plan"

# section, [ (rec_text, scope, [ (ref, action, lead, milestones, target, outcome, rag, exp_end, exp_end_text, exp_status) ]) ]
AV = [
    ("Overview Report Recommendations", [
        ("1. Derbyshire agencies should make sure that routine enquiry about domestic abuse takes place when a person presents with injuries, anxiety or low mood, and that the response is recorded.",
         "Local (Derbyshire)", [
             ("1.1", "Re-launch the routine enquiry guidance with GP practices in Amber Valley through the ICB safeguarding newsletter and the practice safeguarding leads’ forum",
              "Derby and Derbyshire ICB", "Guidance re-issued; forum held 05/12/2024.", "December 2024",
              "Completed 05/12/2024 – 31 of 34 practices attended the forum.", "Complete", "2024-12", None, "blue"),
             ("1.2", "Audit a sample of Urgent Treatment Centre records at Ripley Hospital for evidence of routine enquiry",
              "Derbyshire Community Health Services NHS FT", "Audit of 40 records completed April 2025 (routine enquiry recorded in 55%).",
              "31/03/2025 (revised 31/12/2025)", "Re-audit planned for Q3 2025/26.", "Amber", "2025-12", None, "amber"),
         ]),
        ("2. Amber Valley CSP should work with Derbyshire County Council to raise awareness of economic abuse and of the support available, including in rural areas.",
         "Local (Amber Valley)", [
             ("2.1", "Run an economic abuse awareness campaign with Amber Valley Borough Council, Citizens Advice and local banks",
              "Amber Valley CSP / Derbyshire County Council (Domestic Abuse Team)", "Campaign launched during the 16 Days of Action, November 2024.",
              "Nov 2024 – Mar 2025", "Completed – social media reach 12,400; six community roadshows in Alfreton, Belper, Heanor and Ripley.",
              "Complete", "2025-03", None, "blue"),
             ("2.2", "Train Amber Valley Borough Council housing and revenues staff to recognise and refer economic abuse",
              "Amber Valley Borough Council", "Two of three sessions delivered (38 staff).", "30/09/2025",
              "", "Amber", "2025-09", None, "amber"),
         ]),
        ("3. Derbyshire Constabulary and Derbyshire Healthcare NHS FT should make sure that when a perpetrator discloses suicidal thoughts in the context of a relationship ending, the risk to the partner is also considered.",
         "Derbyshire-wide", [
             ("3.1", "Add a prompt about risk to current or former partners to the mental health triage risk assessment",
              "Derbyshire Healthcare NHS FT", "Change agreed by Clinical Safety Group.", "Q3 2025/26",
              "", "Green", "2025-12", None, "green"),
             ("3.2", "Include homicide-suicide risk in the next Derbyshire DHR learning briefing and 7-minute briefing",
              "Derbyshire Constabulary & Derbyshire Healthcare NHS FT", "Draft briefing prepared.", "January 2026",
              "", "Green", "2026-01", None, "green"),
         ]),
    ]),
    ("Single Agency Recommendations", [
        ("DC1. Derbyshire Constabulary should review the quality of DASH risk assessments completed by response officers in Amber Valley.",
         "Single agency", [
             ("DC1.1", "Dip-sample 50 DASH risk assessments each quarter and feed back the findings to response supervisors",
              "Derbyshire Constabulary – Public Protection Unit", "Q1 and Q2 dip samples completed.", "Quarterly",
              "", "Green", None, "Quarterly", "green"),
         ]),
        ("DH1. Derbyshire Healthcare NHS FT should make sure that staff record and share information about children and other household members at triage.",
         "Single agency", [
             ("DH1.1", "Update the triage template so that household members, including children, are recorded",
              "Derbyshire Healthcare NHS FT", "Template changed on SystmOne.", "31/07/2025",
              "Completed 22/07/2025 – template live across all triage teams.", "Complete", "2025-07", None, "blue"),
         ]),
    ]),
]


def make_av():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    landscape(doc)
    doc.add_paragraph(AV_TITLE, style="Title")
    doc.add_paragraph("Amber Valley Community Safety Partnership  |  Review reference AVCSP DHR 01/2023  |  "
                      "Action plan agreed by CSP Board: 19 March 2025  |  Last updated: 10 October 2025")
    doc.add_paragraph("This action plan is monitored by the Derbyshire Domestic Abuse and Sexual Violence Partnership "
                      "on behalf of the Community Safety Partnership. An action is closed only when evidence has been received.")
    cols = ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome", "RAG"]
    for section, recs in AV:
        doc.add_heading(section, level=1)
        nrows = 1 + sum(len(a) for _, _, a in recs)
        tb = doc.add_table(rows=nrows, cols=len(cols))
        tb.style = "Table Grid"
        header_row(tb, cols, fill="E2D6EE")
        r = 1
        for rec, scope, acts in recs:
            first = r
            for (ref, action, lead, ms, target, outcome, rag, _e, _et, _s) in acts:
                cells = tb.rows[r].cells
                cells[0].text = ref
                cells[3].text = action
                cells[4].text = lead
                cells[5].text = ms
                cells[6].text = target
                cells[7].text = outcome
                cells[8].text = rag
                shade(cells[8], RAG_WORD_HEX[rag])
                r += 1
            top_rec = tb.cell(first, 1)
            top_scope = tb.cell(first, 2)
            if r - 1 > first:
                top_rec = top_rec.merge(tb.cell(r - 1, 1))
                top_scope = top_scope.merge(tb.cell(r - 1, 2))
            top_rec.text = rec
            top_scope.text = scope
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("Complete – evidence received; Green – on track; Amber – delayed, revised date agreed; Red – not progressing.")
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Signed off by", "Role", "Date"),
                                   ("", "Chair, Amber Valley Community Safety Partnership", "19/03/2025")]):
        so.rows[i].cells[0].text = a
        so.rows[i].cells[1].text = b
        so.rows[i].cells[2].text = c
    doc.save(path(AV_FILE))


# ---------------------------------------------------------------------------
# 6. North Worcestershire CSP - serious violence duty action plan (csv, refuse)
# ---------------------------------------------------------------------------
NW_FILE = "mf2-north-worcestershire-csp-serious-violence-duty-action-plan-2025-26-typo-month-refuse.csv"
NW_TITLE = "Serious Violence Duty – Local Action Plan 2025/26"
NW_TYPO = "Decmber 2025"

NW = [
    ("Priority 1: Violence affecting young people under 25", [
        ("1.1", "Deliver detached youth work in Redditch town centre on Friday and Saturday evenings",
         "Redditch BC Community Safety Manager", "March 2026", "Sessions running since July; 214 contacts recorded.", "G"),
        ("1.2", "Roll out the knife crime education programme to all Year 8 pupils in North Worcestershire secondary schools",
         "West Mercia Police Schools Officer; Worcestershire Children First", "July 2026", "18 of 26 schools booked.", "A"),
        ("1.3", "Set up a contextual safeguarding panel for young people at risk of exploitation in Kidderminster",
         "Worcestershire Children First", NW_TYPO, "Terms of reference drafted.", "A"),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        ("2.1", "Commission a hospital-based IDVA post at the Alexandra Hospital, Redditch",
         "West Mercia PCC / Herefordshire and Worcestershire ICB", "Q1 2026/27", "Funding not yet confirmed.", "R"),
        ("2.2", "Deliver WAVE (Welfare and Vulnerability Engagement) training to staff in licensed premises in Bromsgrove and Kidderminster",
         "Licensing Manager (Bromsgrove & Redditch)", "31/03/2026", "9 venues trained to date.", "G"),
    ]),
    ("Priority 3: Places and spaces", [
        ("3.1", "Upgrade CCTV at the two violence hotspots identified in the Strategic Needs Assessment",
         "Wyre Forest DC CCTV Manager", "Jun-26", "Quotes received for Kidderminster town centre site.", "A"),
        ("3.2", "Refresh the Serious Violence Strategic Needs Assessment with 2025 data",
         "Worcestershire County Council Community Safety Analyst", "Jan 2026", "Data requests sent to all duty holders.", "G"),
    ]),
]


def nw_lines():
    rows = [
        ["North Worcestershire Community Safety Partnership", "", "", "", "", ""],
        [NW_TITLE, "", "", "", "", ""],
        ["Bromsgrove | Redditch | Wyre Forest – update for CSP Board 04/12/2025", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Ref", "Action", "Lead partner", "Target date", "Progress update", "RAG"],
    ]
    for prio, acts in NW:
        rows.append([prio, "", "", "", "", ""])
        for a in acts:
            rows.append(list(a))
    rows.append(["", "", "", "", "", ""])
    rows.append(["RAG: G = on track; A = some slippage; R = significant concern; C = complete", "", "", "", "", ""])
    return rows


def make_nw():
    with open(path(NW_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in nw_lines():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. The Walton Centre NHS FT - board of directors public action log (txt)
# ---------------------------------------------------------------------------
WALTON_FILE = "mf2-walton-centre-nhsft-board-of-directors-public-action-log.txt"
WALTON_TITLE = "The Walton Centre NHS Foundation Trust – Board of Directors (Public) Action Log"

# meeting, [ (no, minute, action, lead, due, update, status, exp_end, exp_end_text, exp_status, continuation) ]
WALTON = [
    ("Actions from the meeting held on 3 July 2025", [
        ("BoD25/031", "25/078", "Present the revised Freedom to Speak Up Guardian model, including the number of champions, to the People Committee",
         "Director of Workforce & Innovation", "Sept 2025", "Presented to People Committee 18/09/2025.", "Blue", "2025-09", None, "blue", None),
        ("BoD25/032", "25/081", "Include neurosurgery RTT 65-week waits by sub-specialty in the Integrated Performance Report",
         "Chief Operating Officer", "Nov-25", "Included from the October IPR.", "Blue", "2025-11", None, "blue", None),
        ("BoD25/033", "25/084", "Bring the Patient Safety Incident Response Plan annual review to the Board",
         "Medical Director / Chief Nurse", "January 2026", "On Board work plan for January.", "Green", "2026-01", None, "green", None),
    ]),
    ("Actions from the meeting held on 4 September 2025", [
        ("BoD25/041", "25/102", "Circulate the summary of the neurorehabilitation expansion business case to all Non-Executive Directors",
         "Director of Strategy & Partnerships", "October 2025", "Deferred pending confirmation of capital from the ICB.", "Red", "2025-10", None, "red",
         "New date to be agreed at Finance, Planning & Digital Committee."),
        ("BoD25/042", "25/106", "Arrange a Board development session on the NHS Oversight Framework segmentation",
         "Company Secretary", "Dec 2025", "Booked for 4 December 2025.", "Amber", "2025-12", None, "amber", None),
        ("BoD25/043", "25/109", "Provide a breakdown of agency spend by staff group and reason for use",
         "Chief Finance Officer", "06/11/2025", "Included in the Finance Report (item 25/131).", "Blue", "2025-11", None, "blue", None),
    ]),
    ("Actions from the meeting held on 6 November 2025", [
        ("BoD25/051", "25/128", "Share the 2025 NHS Staff Survey response rates by division with the Board",
         "Director of Workforce & Innovation", "Mar-26", "", "Green", "2026-03", None, "green", None),
        ("BoD25/052", "25/133", "Update Board Assurance Framework risk 3 (financial sustainability) to reflect the 2026/27 planning guidance",
         "Chief Finance Officer; Company Secretary", "January 2026", "", "Green", "2026-01", None, "green", None),
        ("BoD25/053", "25/135", "Arrange a Board visit to the Sid Watkins Building rehabilitation unit",
         "Company Secretary", "April 2026", "", "Green", "2026-04", None, "green", None),
    ]),
]


def walton_lines():
    lines = [
        WALTON_TITLE,
        "Updated following the meeting held on 6 November 2025",
        "",
        "Status key: Red = overdue; Amber = due at next meeting; Green = not yet due; Blue = complete – Board asked to approve closure",
        "",
        "\t".join(["Action No.", "Minute ref", "Action", "Lead", "Due date", "Update", "Status"]),
    ]
    for meeting, acts in WALTON:
        lines.append("")
        lines.append(meeting)
        for (no, minute, action, lead, due, upd, status, _e, _et, _s, cont) in acts:
            lines.append("\t".join([no, minute, action, lead, due, upd, status]))
            if cont:
                lines.append("\t".join(["", "", "", "", "", cont, ""]))
    lines.append("")
    lines.append("Open actions: 6   Proposed for closure: 3   Overdue: 1")
    return lines


def make_walton():
    with open(path(WALTON_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(walton_lines()) + "\n")


def main():
    make_homerton()
    make_dartmoor()
    make_rutland()
    make_wdun()
    make_av()
    make_nw()
    make_walton()
    for n in (HOMERTON_FILE, DARTMOOR_FILE, RUTLAND_FILE, WDUN_FILE, AV_FILE, NW_FILE, WALTON_FILE):
        print(n)


if __name__ == "__main__":
    main()
