"""Build the seven oj2- blind test files (set heldout430).

Run with: /work/main/.venv/bin/python oj2_make.py
Writes into the folder this script lives in. Only files starting 'oj2-' are written.
"""
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

D = dt.datetime

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
RAGFILL = {"Complete": BLUE, "B": BLUE, "Blue": BLUE, "G": GREEN, "Green": GREEN,
           "A": AMBER, "Amber": AMBER, "R": RED, "Red": RED, "Not started": None}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def out(name):
    assert name.startswith("oj2-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. British Gas - Ofgem involuntary PPM remediation action plan (xlsx)
# ---------------------------------------------------------------------------
BG_NAME = "oj2-british-gas-ofgem-involuntary-ppm-remediation-action-plan.xlsx"
BG_TITLE = "Involuntary PPM Installations \u2013 Remediation Action Plan"

BG_PLAN = [
    ("Theme 1 \u2013 Identifying customers in vulnerable circumstances", [
        ("Pre-installation checks did not consistently identify customers for whom a PPM would be "
         "unsafe or not reasonably practicable, including customers with a medical dependency on supply.", [
            ("1.1", "Introduce a mandatory vulnerability assessment script at every debt contact point, "
                    "with outcomes recorded on the customer account in SAP.",
             "Head of Vulnerability & Debt Policy", D(2023, 6, 30), D(2023, 9, 30), "A", "Complete",
             "Script live in all collections teams from 18 September 2023. QA sample of 400 calls shows 97% use.",
             dict(lead=["Head of Vulnerability & Debt Policy"], end="2023-09", status="blue")),
            ("1.2", "Cross-check all warrant candidates against the Priority Services Register and the medical "
                    "dependency flag before the warrant pack is prepared.",
             "Debt Operations Manager / PSR Manager", D(2023, 7, 31), None, "G", "Complete",
             "Automated PSR and medical flag check built into the warrant workflow; no exceptions since go-live.",
             dict(lead=["Debt Operations Manager", "PSR Manager"], end="2023-07", status="blue")),
            ("1.3", "Retrain 1,400 collections and field colleagues on the Ofgem vulnerability principles, "
                    "with a knowledge check pass mark of 85%.",
             "Head of Learning & Development", D(2023, 10, 31), D(2024, 3, 31), "R", "A",
             "1,112 of 1,400 colleagues trained (79%). Field agents from the second agency to be trained in March.",
             dict(lead=["Head of Learning & Development"], end="2024-03", status="amber")),
        ]),
        ("Records of contact attempts and affordability assessments were incomplete, so it could not be "
         "evidenced that all other options had been exhausted before a PPM was installed.", [
            ("1.4", "Build an \u2018all options exhausted\u2019 checklist into the warrant workflow so that a case "
                    "cannot progress until seven contact attempts and an affordability assessment are logged.",
             "Director of Collections", D(2023, 11, 30), D(2024, 5, 31), "A", "G",
             "System change in user acceptance testing; release scheduled for the May drop.",
             dict(lead=["Director of Collections"], end="2024-05", status="green")),
        ]),
    ]),
    ("Theme 2 \u2013 Warrant applications and third-party agents", [
        ("Oversight of third-party agents was insufficient: body-worn camera footage was not routinely "
         "reviewed and agents were incentivised on installation volumes.", [
            ("2.1", "Remove installation-volume incentives from all agent contracts and replace them with "
                    "quality and conduct measures.",
             "Procurement Director; Head of Field Operations", D(2023, 8, 31), None, "G", "Complete",
             "Contract variations signed with both agencies on 24 August 2023.",
             dict(lead=["Procurement Director", "Head of Field Operations"], end="2023-08", status="blue")),
            ("2.2", "Review 100% of body-worn camera footage for warrant visits for the first six months after "
                    "installations resume, then a 20% risk-based sample.",
             "Head of Field Quality Assurance", "Ongoing", None, "G", "G",
             "Involuntary installations remain paused; review team of six recruited and trained.",
             dict(lead=["Head of Field Quality Assurance"], end=None, end_text="Ongoing", status="green")),
        ]),
        ("Warrant applications to magistrates did not always disclose known vulnerability information.", [
            ("2.3", "Update the warrant application template and court bundle so that every known vulnerability "
                    "flag and contact note is disclosed to the court.",
             "Head of Legal (Regulatory)", D(2023, 9, 30), D(2024, 1, 31), "R", "Complete",
             "New template agreed with HMCTS liaison and in use from 15 January 2024.",
             dict(lead=["Head of Legal (Regulatory)"], end="2024-01", status="blue")),
        ]),
    ]),
    ("Theme 3 \u2013 Remote switching of smart meters to prepayment mode", [
        ("Remote switching to prepayment mode was carried out without the same level of checks as a "
         "physical installation.", [
            ("3.1", "Apply the same vulnerability and affordability checks to remote switches as to physical "
                    "installations, with a welfare call 24 hours before any switch.",
             "Smart Operations Director", D(2023, 12, 31), D(2024, 6, 30), "A", "A",
             "Dependency on the SAP release for 1.4; interim manual checks in place.",
             dict(lead=["Smart Operations Director"], end="2024-06", status="amber")),
            ("3.2", "Write to every customer remotely switched since January 2022 offering a switch back to "
                    "credit mode and a review for redress.",
             "Customer Remediation Programme Lead", D(2024, 3, 31), D(2024, 9, 30), "A", "R",
             "Letter wording still being agreed with Ofgem; first tranche of 38,000 letters delayed.",
             dict(lead=["Customer Remediation Programme Lead"], end="2024-09", status="red")),
        ]),
    ]),
    ("Theme 4 \u2013 Governance, oversight and redress", [
        ("Board-level oversight of involuntary PPM activity was limited and management information did "
         "not track customer outcomes.", [
            ("4.1", "Establish a monthly PPM Oversight Committee chaired by the Managing Director, British Gas "
                    "Energy, reporting to the Centrica Safety, Environment & Sustainability Committee.",
             "Managing Director, British Gas Energy", D(2023, 7, 31), None, "G", "Complete",
             "Committee has met monthly since July 2023; terms of reference shared with Ofgem.",
             dict(lead=["Managing Director, British Gas Energy"], end="2023-07", status="blue")),
            ("4.2", "Develop customer-outcome MI (reversals, redress paid, complaints, repeat debt) and report "
                    "it to Ofgem quarterly.",
             "Head of Regulatory Reporting", D(2024, 3, 31), None, "G", "G",
             "Draft MI pack shared with Ofgem on 20 February; first formal return due end of March.",
             dict(lead=["Head of Regulatory Reporting"], end="2024-03", status="green")),
        ]),
    ]),
]


def build_bg():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 52
    cov["A1"] = "British Gas Trading Limited"
    cov["A1"].font = Font(bold=True, size=12, color=NAVY)
    cov["A2"] = BG_TITLE
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = ("Response to Ofgem\u2019s Market Compliance Review of involuntary prepayment meter "
                 "installations and the investigation into British Gas")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of change"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    rows = [("1.0", D(2023, 6, 12), "Regulatory Compliance", "First submission to Ofgem"),
            ("2.0", D(2023, 9, 15), "Regulatory Compliance", "Revised dates following agent contract review"),
            ("3.2", D(2024, 2, 29), "Regulatory Compliance", "Position as at end of February 2024")]
    for r, row in enumerate(rows, 7):
        for i, v in enumerate(row, 1):
            c = cov.cell(row=r, column=i, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Accountable executive:"
    cov["C11"] = "Managing Director, British Gas Energy"
    cov["A12"] = "Classification:"
    cov["C12"] = "Confidential \u2013 shared with Ofgem"
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True)
    key = [("Complete", "Action delivered and evidence shared with Ofgem", BLUE),
           ("G", "On track to deliver by the target date", GREEN),
           ("A", "At risk \u2013 mitigation in place", AMBER),
           ("R", "Off track \u2013 target date missed or will be missed", RED)]
    for r, (k, txt, col) in enumerate(key, 15):
        c = cov.cell(row=r, column=1, value=k)
        c.fill = fill(col)
        c.border = BOX
        cov.cell(row=r, column=2, value=txt)

    ws = wb.create_sheet("Action Plan")
    widths = [7, 40, 55, 30, 14, 14, 13, 13, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = BG_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 29 February 2024 \u2013 submitted to Ofgem Supplier Compliance"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Ofgem finding", "Action", "Owner", "Original target date", "Revised target date",
             "Previous RAG (Dec 2023)", "Current RAG (Feb 2024)", "Progress update"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for theme, findings in BG_PLAN:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for i in range(1, 10):
            ws.cell(row=r, column=i).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, actions in findings:
            first = r
            for (ref, text, owner, orig, rev, prev, cur, upd, _exp) in actions:
                vals = [ref, finding if r == first else None, text, owner, orig, rev, prev, cur, upd]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, v in ((7, prev), (8, cur)):
                    c = ws.cell(row=r, column=col)
                    c.fill = fill(RAGFILL[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=3, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for label, n, col in (("Complete", 5, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER),
                          ("Red", 1, RED), ("Total actions", 11, None)):
        c = ws.cell(row=r, column=3, value=label)
        if col:
            c.fill = fill(col)
        ws.cell(row=r, column=4, value=n)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Note: revised target dates were agreed with Ofgem on 12 January 2024. "
                                    "Evidence packs for completed actions are held in the regulatory "
                                    "compliance library."))
    ws.freeze_panes = "A5"
    wb.active = 0
    wb.save(out(BG_NAME))


# ---------------------------------------------------------------------------
# 2. South Yorkshire MCA - Supertram Renewal Programme highlight report (xlsx)
# ---------------------------------------------------------------------------
SY_NAME = "oj2-south-yorkshire-mca-supertram-renewal-programme-highlight-report.xlsx"
SY_TITLE = "Supertram Renewal Programme \u2013 Highlight Report"

SY_MILESTONES = [
    ("WS1 \u2013 Track and infrastructure renewal", [
        ("M1", "Complete rail replacement and grinding at Park Square junction",
         "Head of Tram Infrastructure", D(2025, 7, 31), D(2025, 8, 31), BLUE,
         "Completed during the August blockade; network reopened on time.",
         dict(lead=["Head of Tram Infrastructure"], end="2025-08", status="blue")),
        ("M2", "Award contract for Tinsley viaduct bearing replacement",
         "Head of Tram Infrastructure / Procurement Manager", D(2025, 9, 30), D(2025, 11, 30), AMBER,
         "Two compliant tenders received; clarification round added, award now November.",
         dict(lead=["Head of Tram Infrastructure", "Procurement Manager"], end="2025-11", status="amber")),
        ("M3", "Overhead line equipment renewal, Middlewood branch (Phase 2) complete",
         "OLE Programme Manager", D(2026, 3, 31), D(2026, 3, 31), GREEN,
         "Design frozen; possession dates booked for January and February.",
         dict(lead=["OLE Programme Manager"], end="2026-03", status="green")),
    ]),
    ("WS2 \u2013 Fleet refurbishment", [
        ("M4", "First refurbished Siemens tram (unit 101) returned to passenger service",
         "Fleet Engineering Manager", D(2025, 6, 30), D(2025, 12, 31), RED,
         "Bogie overhaul found corrosion beyond the survey allowance.\nException report at Appendix B.",
         dict(lead=["Fleet Engineering Manager"], end="2025-12", status="red")),
        ("M5", "Refurbishment programme for the remaining 24 trams confirmed",
         "Fleet Engineering Manager", D(2025, 10, 31), D(2025, 12, 31), AMBER,
         "Dependent on lessons from unit 101.",
         dict(lead=["Fleet Engineering Manager"], end="2025-12", status="amber")),
    ]),
    ("WS3 \u2013 Stops and customer experience", [
        ("M6", "Real-time information displays installed at 20 priority stops",
         "Customer Experience Lead (SYFT)", D(2025, 8, 31), D(2025, 8, 31), BLUE,
         "All 20 displays live; feed accuracy 98.6% in September.",
         dict(lead=["Customer Experience Lead (SYFT)"], end="2025-08", status="blue")),
        ("M7", "Magna tram-train stop open to passengers",
         "Director of Transport Operations", D(2025, 12, 31), D(2026, 3, 31), AMBER,
         "Network Rail asset protection agreement still awaited.",
         dict(lead=["Director of Transport Operations"], end="2026-03", status="amber")),
    ]),
    ("WS4 \u2013 Business case and funding", [
        ("M8", "Outline Business Case for fleet replacement submitted to DfT",
         "Head of Transport Strategy", D(2025, 9, 30), D(2025, 10, 31), AMBER,
         "Economic case revised following DfT early engagement; submission planned 24 October.",
         dict(lead=["Head of Transport Strategy"], end="2025-10", status="amber")),
        ("M9", "CRSTS2 allocation for 2026/27 renewals confirmed by MCA Board",
         "Director of Finance and Resources", "Q4 2025/26", "Q4 2025/26", GREEN,
         "Allocation included in the draft 2026/27 capital programme.",
         dict(lead=["Director of Finance and Resources"], end="2026-03", status="green")),
    ]),
]


def build_sy():
    wb = Workbook()
    hl = wb.active
    hl.title = "Highlight"
    for col, w in zip("ABCD", (22, 14, 14, 80)):
        hl.column_dimensions[col].width = w
    hl["A1"] = "South Yorkshire Mayoral Combined Authority"
    hl["A1"].font = Font(bold=True, color="5B2C6F")
    hl["A2"] = SY_TITLE
    hl["A2"].font = Font(bold=True, size=16)
    hl["A3"] = "Reporting period: September 2025"
    hl["D3"] = "Report to: Transport and Environment Board \u2013 16 October 2025"
    hl["A4"] = "Senior Responsible Owner: Executive Director, Transport"
    hl["D4"] = "Programme Manager: Supertram Renewal PMO"
    hl["A6"] = "Programme status"
    hl["A6"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Dimension", "Last period", "This period", "Comment"], 1):
        c = hl.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
    status = [("Overall", "A", "A", "Fleet refurbishment slippage offset by good progress on infrastructure."),
              ("Schedule", "A", "R", "Unit 101 return to service now forecast December 2025 (baseline June)."),
              ("Cost", "G", "G", "Forecast outturn within approved budget; contingency drawdown \u00a30.4m."),
              ("Scope", "G", "G", "No change requests this period."),
              ("Risk", "A", "A", "Two new risks added: bogie corrosion, Network Rail agreement.")]
    for r, row in enumerate(status, 8):
        for i, v in enumerate(row, 1):
            c = hl.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i in (2, 3):
                c.fill = fill(RAGFILL[v])
                c.alignment = Alignment(horizontal="center")
    hl["A14"] = "Summary of progress this period"
    hl["A14"].font = Font(bold=True, size=12)
    hl["A15"] = ("Park Square junction renewal was completed during the August blockade and all 20 real-time "
                 "information displays are now live. The first refurbished tram has not returned to service: "
                 "corrosion found during the bogie overhaul has added around six months. The Outline Business "
                 "Case for fleet replacement will be submitted to DfT in October.")
    hl["A15"].alignment = WRAP
    hl.merge_cells("A15:D18")
    hl["A20"] = "Decisions and support required from the Board"
    hl["A20"].font = Font(bold=True, size=12)
    hl["A21"] = "None this period. The Board is asked to note the exception report for unit 101 (Appendix B)."
    hl.merge_cells("A21:D21")

    ms = wb.create_sheet("Milestones")
    for i, w in enumerate((7, 30, 52, 34, 13, 13, 8, 55), 1):
        ms.column_dimensions[get_column_letter(i)].width = w
    ms["A1"] = "Key milestones \u2013 September 2025"
    ms["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Workstream", "Milestone", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for i, h in enumerate(heads, 1):
        c = ms.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
    r = 4
    for ws_name, items in SY_MILESTONES:
        first = r
        for (ref, text, lead, base, fc, col, comm, _exp) in items:
            vals = [ref, ws_name if r == first else None, text, lead, base, fc, None, comm]
            for i, v in enumerate(vals, 1):
                c = ms.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            ms.cell(row=r, column=7).fill = fill(col)
            r += 1
        if r - 1 > first:
            ms.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ms.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    r += 1
    for col, txt in ((BLUE, "Complete"), (GREEN, "On track to baseline date"),
                     (AMBER, "Forecast later than baseline but within tolerance"),
                     (RED, "Forecast outside tolerance \u2013 exception report to Board")):
        ms.cell(row=r, column=2).fill = fill(col)
        ms.cell(row=r, column=3, value=txt)
        r += 1

    fn = wb.create_sheet("Finance")
    for i, w in enumerate((40, 16, 16, 16, 16), 1):
        fn.column_dimensions[get_column_letter(i)].width = w
    fn["A1"] = "Programme finance \u2013 position at 30 September 2025 (\u00a3m)"
    fn["A1"].font = Font(bold=True)
    for i, h in enumerate(["Budget line", "Approved budget", "Spend to date", "Forecast outturn",
                           "Variance"], 1):
        fn.cell(row=3, column=i, value=h).font = Font(bold=True)
    frows = [("Track and infrastructure", 38.5, 14.2, 38.1), ("Fleet refurbishment", 21.0, 3.6, 21.4),
             ("Stops and customer experience", 6.2, 4.9, 6.0), ("Programme management", 3.1, 1.4, 3.1),
             ("Contingency", 4.0, 0.4, 4.0)]
    for r, (name, bud, sp, fo) in enumerate(frows, 4):
        fn.cell(row=r, column=1, value=name)
        fn.cell(row=r, column=2, value=bud)
        fn.cell(row=r, column=3, value=sp)
        fn.cell(row=r, column=4, value=fo)
        fn.cell(row=r, column=5, value=f"=B{r}-D{r}")
    fn.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for col in "BCDE":
        fn[f"{col}9"] = f"=SUM({col}4:{col}8)"
    wb.save(out(SY_NAME))


# ---------------------------------------------------------------------------
# 3. North York Moors NPA - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
NY_NAME = "oj2-north-york-moors-npa-strategic-risk-register-2025-26.xlsx"
NY_TITLE = "North York Moors National Park Authority \u2013 Strategic Risk Register 2025/26"

NY_RISKS = [
    ("SR1", "Financial sustainability: a real-terms reduction in National Park Grant and rising costs leave "
            "the Authority unable to deliver its statutory purposes and Management Plan commitments.",
     "Director of Corporate Services", "4 x 5 = 20", RED,
     "Medium Term Financial Plan; monthly budget monitoring; reserves policy; vacancy control panel.",
     "3 x 4 = 12", AMBER, "\u2192", [
         ("SR1.1", "Agree a balanced Medium Term Financial Plan to 2028/29, including a \u00a3420k savings "
                   "programme.", "Finance Manager", D(2026, 3, 31), "A",
          dict(lead=["Finance Manager"], end="2026-03", status="amber")),
         ("SR1.2", "Develop the commercial income strategy (car parks, visitor centres and retail) and report "
                   "it to Members.", "Head of Commercial Services", D(2025, 11, 30), "Complete",
          dict(lead=["Head of Commercial Services"], end="2025-11", status="blue")),
         ("SR1.3", "Lobby Defra, with National Parks England, for a multi-year grant settlement.",
          "Chief Executive", "Ongoing", "G",
          dict(lead=["Chief Executive"], end=None, end_text="Ongoing", status="green")),
     ]),
    ("SR2", "Nature recovery: the Authority fails to meet its contribution to the Protected Landscapes "
            "Targets and Outcomes Framework, including peatland restoration and woodland creation.",
     "Director of Conservation", "4 x 4 = 16", RED,
     "Nature Recovery Plan; Farming in Protected Landscapes programme; partnership with Natural England.",
     "3 x 4 = 12", AMBER, "\u2191", [
         ("SR2.1", "Complete the nature recovery delivery plan with partners and agree annual targets for "
                   "restored peatland and woodland creation.", "Head of Natural Environment",
          D(2025, 12, 31), "G",
          dict(lead=["Head of Natural Environment"], end="2025-12", status="green")),
         ("SR2.2", "Secure successor funding for Farming in Protected Landscapes and recruit two Land "
                   "Management Advisers.", "Head of Natural Environment; HR Manager", D(2026, 3, 31), "R",
          dict(lead=["Head of Natural Environment", "HR Manager"], end="2026-03", status="red")),
     ]),
    ("SR3", "Wildfire and climate impacts: a major moorland wildfire or extreme weather event damages "
            "protected habitats, threatens communities and disrupts visitor services.",
     "Director of Park Services", "3 x 5 = 15", RED,
     "Moorland Fire Plan; fire-danger alerts; joint working with North Yorkshire Fire and Rescue Service.",
     "3 x 3 = 9", AMBER, "\u2192", [
         ("SR3.1", "Refresh the Moorland Fire Plan with North Yorkshire Fire and Rescue Service and landowners "
                   "ahead of the 2026 fire season.", "Head of Park Services", D(2026, 2, 28), "A",
          dict(lead=["Head of Park Services"], end="2026-02", status="amber")),
         ("SR3.2", "Install fire-danger signage and seasonal barbecue ban messaging at all Authority car "
                   "parks.", "Ranger Services Manager", D(2025, 5, 31), "Complete",
          dict(lead=["Ranger Services Manager"], end="2025-05", status="blue")),
     ]),
    ("SR4", "Cyber security: a successful cyber attack or data breach results in loss of systems, personal "
            "data or reputation.",
     "Director of Corporate Services", "4 x 4 = 16", RED,
     "Firewall and endpoint protection; offsite backups; shared ICT service with the district council.",
     "2 x 4 = 8", GREEN, "\u2193", [
         ("SR4.1", "Achieve Cyber Essentials Plus accreditation.", "ICT Manager", D(2026, 1, 31), "G",
          dict(lead=["ICT Manager"], end="2026-01", status="green")),
         ("SR4.2", "Run phishing simulations and mandatory cyber awareness training for all staff and "
                   "Members.", "ICT Manager", "Quarterly", "G",
          dict(lead=["ICT Manager"], end=None, end_text="Quarterly", status="green")),
     ]),
]


def build_ny():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    widths = [7, 44, 22, 12, 40, 12, 10, 9, 48, 26, 12, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = NY_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="2E5E2E")
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Reviewed by Management Team 18 November 2025; reported to Audit and Standards Committee "
                "2 December 2025")
    ws.merge_cells("A2:L2")
    heads = ["Risk ref", "Risk (cause, event, consequence)", "Risk owner", "Inherent score (L x I)",
             "Key controls in place", "Residual score (L x I)", "Direction of travel", "Action ref",
             "Further action required", "Action owner", "Target date", "Action status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E5E2E")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for (rref, risk, owner, inh, inhcol, ctrl, res, rescol, dot, actions) in NY_RISKS:
        first = r
        for (aref, text, aown, due, st, _exp) in actions:
            vals = ([rref, risk, owner, inh, ctrl, res, dot] if r == first else [None] * 7) + \
                   [aref, text, aown, due, st]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy" if (aref == "SR3.1") else "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = fill(RAGFILL[st])
            r += 1
        ws.cell(row=first, column=4).fill = fill(inhcol)
        ws.cell(row=first, column=6).fill = fill(rescol)
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value=("Action status key: G \u2013 on track; A \u2013 some slippage, within "
                                    "tolerance; R \u2013 significant slippage or not deliverable; Complete "
                                    "\u2013 action closed and control in place."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    r += 1
    ws.cell(row=r, column=1, value=("Scores: Likelihood (L) x Impact (I), each 1\u20135. 15\u201325 red, "
                                    "8\u201312 amber, 1\u20136 green. See Scoring matrix tab."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
    ws.freeze_panes = "C5"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact \u2192 / Likelihood \u2193"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            like = 6 - li
            s = like * im
            c = mx.cell(row=3 + li, column=im + 1, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.alignment = Alignment(horizontal="center")
    mx["A10"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    mx["A11"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe"
    wb.save(out(NY_NAME))


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


def set_cell(cell, text, bold=False, size=None, color=None):
    """Write text; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, heads, col="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, col)


# ---------------------------------------------------------------------------
# 4. St Giles Hospice - CQC inspection action plan (docx, a table per key question)
# ---------------------------------------------------------------------------
SG_NAME = "oj2-st-giles-hospice-cqc-inspection-action-plan.docx"
SG_TITLE = "St Giles Hospice \u2013 CQC Inspection Action Plan"
SG_RAG = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}

SG_SECTIONS = [
    ("1. Safe", [
        ("Must do 1", "The provider must ensure that medicines, including controlled drugs, are stored, "
                      "recorded and administered safely on the inpatient unit. (Regulation 12: Safe care and "
                      "treatment)", [
            ("1.1", "Replace the paper controlled drugs register with the electronic CD module in SystmOne "
                    "and audit all entries weekly for three months.",
             "Director of Clinical Services / Lead Pharmacist", "31/07/2024",
             "Go-live 8 July 2024. Weekly audits July\u2013September show full compliance.", "Complete",
             dict(lead=["Director of Clinical Services", "Lead Pharmacist"], end="2024-07", status="blue")),
            ("1.2", "Fit alarmed temperature monitoring to the medicines fridge and treatment room, with "
                    "daily checks recorded.",
             "Facilities Manager", "June 2024", "Installed 21 June 2024; checks recorded daily.", "Complete",
             dict(lead=["Facilities Manager"], end="2024-06", status="blue")),
        ]),
        ("Must do 2", "The provider must ensure that risk assessments for falls, pressure ulcers and nutrition "
                      "are completed on admission and reviewed when people\u2019s needs change. (Regulation 12: "
                      "Safe care and treatment)", [
            ("1.3", "Introduce a 24-hour admission checklist requiring falls, Waterlow and MUST assessments "
                    "before the care plan is signed off.",
             "Inpatient Unit Manager", "Aug-24", "Checklist in use from 5 August 2024.", "Complete",
             dict(lead=["Inpatient Unit Manager"], end="2024-08", status="blue")),
            ("1.4", "Audit ten sets of patient notes each month and report results to the Clinical Governance "
                    "Group.",
             "Clinical Quality Lead", "Monthly", "August audit 90% compliant; September 100%.", "Green",
             dict(lead=["Clinical Quality Lead"], end=None, end_text="Monthly", status="green")),
        ]),
        ("Should do 1", "The provider should ensure that all registered nurses and healthcare assistants "
                        "complete level 3 safeguarding adults and children training.", [
            ("1.5", "Book all registered nurses and healthcare assistants onto level 3 safeguarding training and "
                    "track completion on the learning system.",
             "Safeguarding Lead and Education Lead", "31 December 2024",
             "78% complete. Additional sessions booked for November.", "Amber",
             dict(lead=["Safeguarding Lead", "Education Lead"], end="2024-12", status="amber")),
        ]),
    ]),
    ("2. Effective", [
        ("Should do 2", "The provider should ensure that mental capacity assessments are decision-specific and "
                        "clearly recorded.", [
            ("2.1", "Deliver Mental Capacity Act and best-interest decision training to all clinical staff and add "
                    "a decision-specific MCA template to SystmOne.",
             "Safeguarding Lead", "October 2024", "Template built; training 60% delivered.", "Green",
             dict(lead=["Safeguarding Lead"], end="2024-10", status="green")),
            ("2.2", "Audit 20 mental capacity assessments to confirm the new template is used correctly.",
             "Clinical Quality Lead", "January 2025", "Audit scheduled once training is complete.",
             "Not started",
             dict(lead=["Clinical Quality Lead"], end="2025-01", status="unrated")),
        ]),
    ]),
    ("3. Well-led", [
        ("Must do 3", "The provider must ensure that systems and processes to assess, monitor and improve the "
                      "quality and safety of the service are operated effectively. (Regulation 17: Good "
                      "governance)", [
            ("3.1", "Refresh the governance structure so that the Quality & Safety Committee receives a monthly "
                    "integrated quality dashboard.",
             "Chief Executive", "30 September 2024",
             "New structure approved by trustees in July; first dashboard presented in September.", "Green",
             dict(lead=["Chief Executive"], end="2024-09", status="green")),
            ("3.2", "Commission an external review of clinical governance and implement its recommendations.",
             "Chair of Trustees; Director of Clinical Services", "March 2025",
             "Reviewer appointed; fieldwork starts November.", "Amber",
             dict(lead=["Chair of Trustees", "Director of Clinical Services"], end="2025-03", status="amber")),
            ("3.3", "Review every incident within 72 hours and share learning through a monthly \u2018Learning "
                    "from Incidents\u2019 bulletin.",
             "Head of Quality and Patient Safety", "31/08/2024\nRevised: 30/11/2024",
             "Backlog of 41 incidents from the old system; 72-hour review met for 64% of new incidents.",
             "Red",
             dict(lead=["Head of Quality and Patient Safety"], end="2024-11", status="red")),
        ]),
    ]),
]


def build_sg():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run(SG_TITLE)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor.from_string("6A1B4D")
    d.add_paragraph("Inpatient unit, Whittington \u2013 inspection 9 and 10 April 2024; report published "
                    "14 June 2024")
    d.add_paragraph("Progress position: 30 September 2024")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"], "6A1B4D")
    for i, row in enumerate([("1.0", "12 July 2024", "Director of Clinical Services", "Quality & Safety Committee"),
                             ("1.1", "30 September 2024", "Clinical Quality Lead", "Quality & Safety Committee")], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    d.add_paragraph("")
    d.add_paragraph("Overall rating: Requires improvement (Safe: Requires improvement; Effective: Good; "
                    "Caring: Good; Responsive: Good; Well-led: Requires improvement).")
    d.add_paragraph("This plan sets out how we will meet the two breaches of regulation and the should-do "
                    "recommendations in the CQC report. It is monitored monthly by the Quality & Safety "
                    "Committee of the Board of Trustees.")

    heads = ["Ref", "Action", "Lead", "Target date", "Progress update (September 2024)", "RAG"]
    for sec, blocks in SG_SECTIONS:
        d.add_heading(sec, level=2)
        nrows = 1 + sum(1 + len(a) for (_l, _t, a) in blocks)
        t = d.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        header_row(t, heads, "6A1B4D")
        ri = 1
        for (label, text, acts) in blocks:
            row = t.rows[ri]
            set_cell(row.cells[0], label, bold=True)
            merged = row.cells[1].merge(row.cells[5])
            set_cell(merged, text, bold=True)
            shade(row.cells[0], "F2E6EE")
            shade(merged, "F2E6EE")
            ri += 1
            for (ref, act, lead, due, prog, rag, _exp) in acts:
                cells = t.rows[ri].cells
                for j, v in enumerate([ref, act, lead, due, prog, rag]):
                    set_cell(cells[j], v)
                shade(cells[5], SG_RAG[rag])
                ri += 1
        d.add_paragraph("")

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (word, col, txt) in enumerate([("Complete", BLUE, "Action complete and evidence held"),
                                          ("Green", GREEN, "On track"),
                                          ("Amber", AMBER, "At risk of missing target date"),
                                          ("Red", RED, "Target date missed / off track")]):
        set_cell(t.rows[i].cells[0], word)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], txt)
    d.save(out(SG_NAME))


# ---------------------------------------------------------------------------
# 5. Rural Payments Agency - SFI 2024 lessons learned action plan (docx, one table)
# ---------------------------------------------------------------------------
RPA_NAME = "oj2-rural-payments-agency-sfi-2024-lessons-learned-action-plan.docx"
RPA_TITLE = "Sustainable Farming Incentive 2024 Offer \u2013 Lessons Learned Action Plan"
RPA_ST = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

RPA_THEMES = [
    ("Theme A: Scheme design and budget control", [
        ("Demand-led opening without a budget cap or commitment trigger meant the offer had to close with "
         "little notice once the budget was committed.", [
            ("A1.1", "Build a daily commitment-versus-budget tracker with agreed amber and red triggers escalated "
                     "to the Farming and Countryside Programme Board.",
             "SFI Programme Director", "30 June 2025", "Complete",
             "Tracker live since June; triggers agreed with Defra finance.",
             dict(lead=["SFI Programme Director"], end="2025-06", status="blue")),
            ("A1.2", "Agree with Defra a closure protocol giving applicants at least four weeks\u2019 notice "
                     "before any future application window closes.",
             "RPA Scheme Delivery / Defra FCP", "Sept 2025", "Complete",
             "Protocol signed off by the Programme Board on 17 September 2025.",
             dict(lead=["RPA Scheme Delivery", "Defra FCP"], end="2025-09", status="blue")),
        ]),
        ("Applicants were not told in advance how future windows would work, which drove a surge of "
         "applications in the final weeks.", [
            ("A2.1", "Publish a forward look for SFI application windows setting out:\n\u2022 the dates of each "
                     "window\n\u2022 the budget envelope for each window\n\u2022 eligibility priorities for small "
                     "farms",
             "Head of Communications", "Ahead of next SFI window", "On track",
             "Draft with Defra ministers for clearance.",
             dict(lead=["Head of Communications"], end=None, end_text="Ahead of next SFI window",
                  status="green")),
        ]),
    ]),
    ("Theme B: Customer service and communications", [
        ("Helpline demand rose by 140% in the final fortnight and average call waits exceeded 25 minutes.", [
            ("B1.1", "Agree a surge resourcing plan with the contact centre partner, including 60 trained "
                     "overflow advisers on call.",
             "Head of Customer Contact", "31/01/2026", "On track",
             "Contract variation drafted; 35 advisers trained so far.",
             dict(lead=["Head of Customer Contact"], end="2026-01", status="green")),
            ("B1.2", "Add web chat and call-back options to the Rural Payments helpline.",
             "Head of Customer Contact; Chief Digital Officer", "Q4 2025/26", "At risk",
             "Telephony supplier cannot deliver call-back before the platform upgrade.\nWeb chat pilot "
             "started 1 December.",
             dict(lead=["Head of Customer Contact", "Chief Digital Officer"], end="2026-03",
                  status="amber")),
        ]),
    ]),
    ("Theme C: Systems and data", [
        ("Land data errors in the Rural Payments service stopped around 3,000 applications from being "
         "submitted before closure.", [
            ("C1.1", "Clear all land parcel mapping queries older than 90 days.",
             "Head of Land & Mapping", "31 March 2026", "Off track",
             "1,240 queries outstanding; mapping contractor capacity reduced.",
             dict(lead=["Head of Land & Mapping"], end="2026-03", status="red")),
            ("C1.2", "Give applicants who were blocked by system errors at closure a route to have their "
                     "application considered.",
             "SFI Programme Director", "May 2025", "Complete",
             "2,870 applicants contacted; 2,410 applications accepted.",
             dict(lead=["SFI Programme Director"], end="2025-05", status="blue")),
        ]),
    ]),
    ("Theme D: Governance and learning", [
        ("Lessons from the 2023 SFI rollout were not systematically tracked into the design of the 2024 "
         "offer.", [
            ("D1.1", "Keep a lessons log for every scheme launch and review it at the Performance and Risk "
                     "Committee each quarter.",
             "Head of Portfolio Office", "Quarterly", "On track",
             "Log in place; first review at the October committee.",
             dict(lead=["Head of Portfolio Office"], end=None, end_text="Quarterly", status="green")),
        ]),
    ]),
]


def build_rpa():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("OFFICIAL")
    r.bold = True
    p = d.add_paragraph()
    r = p.add_run(RPA_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Rural Payments Agency")
    d.add_paragraph("Version 1.3 \u2013 December 2025")

    d.add_heading("Version history", level=3)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Change", "Author"], "00703C")
    for i, row in enumerate([("1.0", "June 2025", "Agreed at RPA Executive Committee", "Portfolio Office"),
                             ("1.2", "September 2025", "Quarterly update", "Portfolio Office"),
                             ("1.3", "December 2025", "Quarterly update for Performance and Risk Committee",
                              "Portfolio Office")], 1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    d.add_heading("1. Purpose", level=2)
    d.add_paragraph("The Sustainable Farming Incentive (SFI) 2024 offer closed to new applications on "
                    "11 March 2025 when the available budget had been committed. An internal lessons learned "
                    "review was carried out with Defra between April and May 2025. This plan sets out the "
                    "actions agreed in response to each lesson and their progress.")
    d.add_heading("2. Status key", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, (word, col) in enumerate([("Complete (Blue)", BLUE), ("On track (Green)", GREEN),
                                      ("At risk (Amber)", AMBER), ("Off track (Red)", RED)]):
        set_cell(t.rows[0].cells[j], word, bold=True)
        shade(t.rows[0].cells[j], col)

    d.add_heading("3. Action plan", level=2)
    heads = ["Lesson identified", "Ref", "Action", "Owner", "Due", "Status", "Update (December 2025)"]
    nrows = 1 + sum(1 + sum(len(a) for (_l, a) in lessons) for (_t, lessons) in RPA_THEMES)
    t = d.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    header_row(t, heads, "00703C")
    ri = 1
    for theme, lessons in RPA_THEMES:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[6])
        set_cell(merged, theme, bold=True)
        shade(merged, "E2EFDA")
        ri += 1
        for lesson, acts in lessons:
            first = ri
            for (ref, act, own, due, stat, upd, _exp) in acts:
                cells = t.rows[ri].cells
                for j, v in enumerate([None, ref, act, own, due, stat, upd]):
                    if v is not None:
                        set_cell(cells[j], v)
                shade(cells[5], RPA_ST[stat])
                ri += 1
            top = t.cell(first, 0)
            if ri - 1 > first:
                top = top.merge(t.cell(ri - 1, 0))
            set_cell(top, lesson)
    d.add_paragraph("")
    d.add_paragraph("Owners update this plan quarterly. Closed actions are retained until the Performance "
                    "and Risk Committee has reviewed the evidence.")
    d.save(out(RPA_NAME))


# ---------------------------------------------------------------------------
# 6. Bradford on Avon Town Council - internal audit action plan (csv, refuse: mistyped month)
# ---------------------------------------------------------------------------
BOA_NAME = "oj2-bradford-on-avon-town-council-internal-audit-action-plan-typo-month-refuse.csv"
BOA_LINES = [
    "Bradford on Avon Town Council,,,,,,,",
    "Internal Audit 2024/25 \u2013 Recommendations and Action Plan,,,,,,,",
    "Internal auditor's recommendations (interim visit 14 November 2024; final visit 22 April 2025) "
    "and the Council's agreed actions. Approved by Finance & General Purposes Committee 10 June 2025.,,,,,,,",
    ",,,,,,,",
    "Rec No.,Area,Recommendation,Priority,Agreed action,Responsible officer,Target date,Status",
    '1,Bank reconciliation,"Bank reconciliations should be reviewed and signed each month by a councillor '
    'other than the RFO.",Medium,"The Chair of F&GP to verify each monthly bank reconciliation against the '
    'bank statements and initial it.",RFO / Chair of F&GP,July 2025,Complete',
    '2,Fixed asset register,"The asset register should be updated for the new play equipment at Poulton '
    'and reconciled to Box 9 of the AGAR.",Medium,"Update the asset register and reconcile the total to the '
    'AGAR Box 9 figure before the year end.",Town Clerk,31/03/2026,In progress',
    '3,Payroll,"Evidence of approval of staff pay increments should be retained on the personnel file.",Low,'
    '"Minute all increment approvals at Personnel Committee and place a copy on each personnel file.",'
    'Town Clerk,September 2025,Complete',
    '4,Risk management,"The risk assessment should be reviewed and formally adopted by Full Council each '
    'year.",High,"Present the reviewed risk register to Full Council for adoption each May.",'
    'Town Clerk / RFO,May 2026,Not started',
    '5,Transparency,"The AGAR and notice of public rights should be published on the website within the '
    'statutory timescales.",Medium,"Publish the 2024/25 AGAR and the notice of public rights on the website '
    'and noticeboard.",Deputy Town Clerk,30/06/2025,Complete',
    '6,Procurement,"Quotations should be obtained for all purchases over \u00a35,000 in line with Financial '
    'Regulations.",High,"Re-issue Financial Regulations to staff and add a quotation checklist to the '
    'purchase order form.",RFO,31 Ocotber 2025,In progress',
    '7,Earmarked reserves,"Earmarked reserves should be reviewed and a rationale recorded for each.",Low,'
    '"Schedule an earmarked reserves review at the November F&GP meeting.",RFO,November 2025,In progress',
    ",,,,,,,",
    '"Priority: High = fundamental weakness in control, action required urgently; Medium = important '
    'control to strengthen; Low = good practice.",,,,,,,',
]


def build_boa():
    with open(out(BOA_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(BOA_LINES) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Shelter - Board of Trustees action log (tab-separated text export)
# ---------------------------------------------------------------------------
SH_NAME = "oj2-shelter-board-of-trustees-action-log.txt"
SH_TITLE = "Shelter \u2013 Board of Trustees Action Log"
T = "\t"
SH_LINES = [
    SH_TITLE,
    "Open and recently closed actions. Updated after the Board meeting of 25 September 2025.",
    "",
    T.join(["No.", "Meeting", "Minute ref", "Action", "Owner", "Due date", "Revised due date", "RAG", "Update"]),
    T.join(["1", "12 Dec 2024", "B24/112",
            "Agree the refreshed risk appetite statement and bring it to the Board for approval.",
            "Chair of ARC", "31/03/2025", "31/10/2025", "Red",
            "Deferred twice; draft discussed at ARC on 9 September."]),
    T.join(["", "", "", "", "", "", "", "", "Approval now expected at the December Board."]),
    T.join(["2", "20 Mar 2025", "B25/031",
            "Bring a revised reserves policy to the Finance and Audit Committee, setting a target range for "
            "free reserves.", "Treasurer", "June 2025", "", "Complete", "Approved by FAC on 11 June 2025."]),
    T.join(["3", "20 Mar 2025", "B25/034",
            "Circulate the results of the 2024 staff survey to trustees, broken down by directorate.",
            "Director of People", "April 2025", "", "Complete", "Circulated 14 April 2025."]),
    T.join(["4", "19 Jun 2025", "B25/058",
            "Commission an independent review of safeguarding governance across services",
            "CEO / Chair of Safeguarding Committee", "Dec-25", "", "Amber",
            "Reviewer appointed; fieldwork slipped by four weeks."]),
    T.join(["", "", "", "and report its findings to the Board.", "", "", "", "", ""]),
    T.join(["5", "19 Jun 2025", "B25/061",
            "Arrange a trustee skills audit ahead of the 2026 recruitment round.",
            "Company Secretary", "30/11/2025", "", "Green", "Skills survey issued to trustees on 1 September."]),
    T.join(["6", "19 Jun 2025", "B25/063",
            "Provide an update on the income diversification plan, including legacy income forecasts.",
            "Director of Fundraising", "September 2025", "January 2026", "Amber",
            "Moved to January to include Q2 legacy data."]),
    T.join(["7", "25 Sep 2025", "B25/082",
            "Share the cyber incident response exercise report with the Audit and Risk Committee.",
            "Chief Operating Officer", "Next ARC meeting", "", "Green", ""]),
    T.join(["8", "25 Sep 2025", "B25/085",
            "Review the hub lease options in Birmingham and Sheffield and bring a recommendation to the Board.",
            "PK, RS", "March 2026", "", "Green", ""]),
    T.join(["9", "25 Sep 2025", "B25/087",
            "Add a standing item on the Renters' Rights Act campaign to each Board agenda.",
            "Chair", "Ongoing", "", "Green", "Added from the December agenda."]),
    "",
    "Summary: 9 actions \u2013 2 complete, 4 green, 2 amber, 1 red",
    "Key: Complete = closed, to be removed after the next meeting; Green = on track; Amber = at risk of "
    "slipping; Red = overdue",
]

SH_ACTIONS = [
    ("1", "Agree the refreshed risk appetite statement and bring it to the Board for approval.",
     dict(lead=["Chair of ARC"], end="2025-10", status="red")),
    ("2", "Bring a revised reserves policy to the Finance and Audit Committee, setting a target range for "
          "free reserves.", dict(lead=["Treasurer"], end="2025-06", status="blue")),
    ("3", "Circulate the results of the 2024 staff survey to trustees, broken down by directorate.",
     dict(lead=["Director of People"], end="2025-04", status="blue")),
    ("4", "Commission an independent review of safeguarding governance across services\nand report its "
          "findings to the Board.",
     dict(lead=["CEO", "Chair of Safeguarding Committee"], end="2025-12", status="amber")),
    ("5", "Arrange a trustee skills audit ahead of the 2026 recruitment round.",
     dict(lead=["Company Secretary"], end="2025-11", status="green")),
    ("6", "Provide an update on the income diversification plan, including legacy income forecasts.",
     dict(lead=["Director of Fundraising"], end="2026-01", status="amber")),
    ("7", "Share the cyber incident response exercise report with the Audit and Risk Committee.",
     dict(lead=["Chief Operating Officer"], end=None, end_text="Next ARC meeting", status="green")),
    ("8", "Review the hub lease options in Birmingham and Sheffield and bring a recommendation to the Board.",
     dict(lead=["PK", "RS"], end="2026-03", status="green")),
    ("9", "Add a standing item on the Renters' Rights Act campaign to each Board agenda.",
     dict(lead=["Chair"], end=None, end_text="Ongoing", status="green")),
]


def build_sh():
    with open(out(SH_NAME), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(SH_LINES) + "\n")


def main():
    build_bg()
    build_sy()
    build_ny()
    build_sg()
    build_rpa()
    build_boa()
    build_sh()
    for n in (BG_NAME, SY_NAME, NY_NAME, SG_NAME, RPA_NAME, BOA_NAME, SH_NAME):
        print("wrote", n)


if __name__ == "__main__":
    main()
