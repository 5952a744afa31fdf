"""Build the seven te- cases of set heldout501 (data files and their expected readings).

Run with /work/main/.venv/bin/python te_make.py from any directory; files are written beside
this script. Only files whose names start with "te-" are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
FILL_FOR = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def path(name):
    assert name.startswith("te-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, meta, actions):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if meta["outcome"] == "read":
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": list(a["under"]),
                "action": a["action"],
                "lead": list(a["lead"]),
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=4096)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Hammersmith & Fulham - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_hf():
    name = "te-hammersmith-fulham-council-internal-audit-recommendations-tracker.xlsx"
    audits = [
        ("Housing Voids Management (2023/24) – Limited Assurance", [
            ("HV.1", "Introduce a weekly void tracker reconciled to the Northgate housing system, showing key-to-key time by stage for every void property.",
             "Priority 1", "Assistant Director of Repairs", ["Assistant Director of Repairs"],
             D(2025, 3, 31), D(2025, 9, 30), "blue",
             "Tracker live since July 2025; reconciliation evidenced for August and September. Verified by Internal Audit, October 2025."),
            ("HV.2", "Agree and publish a void lettable standard, and ensure that void inspections against it are recorded on the mobile inspection app.",
             "Priority 2", "Head of Voids and Lettings", ["Head of Voids and Lettings"],
             D(2025, 6, 30), D(2026, 1, 31), "amber",
             "Draft standard out to resident consultation; app form being rebuilt. Revised date agreed with Internal Audit."),
            ("HV.3", "Carry out monthly sample checks of void contractor invoices against completed works orders before payment is released.",
             "Priority 1", "Head of Voids and Lettings; Repairs Contract Manager", ["Head of Voids and Lettings", "Repairs Contract Manager"],
             D(2025, 3, 31), None, "red",
             "Sampling methodology drafted; checks not yet started owing to the contract transition. Escalated to the Strategic Director."),
        ]),
        ("Adoption Services (2023/24) – Limited Assurance", [
            ("AS.1", "Ensure that adoption support assessments are completed and recorded on Mosaic within the statutory timescale, with exceptions reported monthly to the Head of Service.",
             "Priority 1", "Head of Adoption Services / Principal Social Worker", ["Head of Adoption Services", "Principal Social Worker"],
             D(2024, 12, 31), D(2025, 3, 31), "blue",
             "Monthly exception report in place since March 2025. Verified."),
            ("AS.2", "Reconcile adoption allowance payments to the list of approved adopters each quarter, and recover any overpayments identified.",
             "Priority 2", "Finance Business Partner (Children's Services)", ["Finance Business Partner (Children's Services)"],
             D(2025, 12, 31), None, "green",
             "Q1 and Q2 reconciliations complete; two overpayments being recovered."),
        ]),
        ("Accounts Payable – Duplicate Payments (2024/25) – Satisfactory Assurance", [
            ("AP.1", "Run the duplicate payment detection report before each payment run and retain evidence of review.",
             "Priority 2", "Head of Transactional Finance", ["Head of Transactional Finance"],
             D(2025, 7, 31), None, "blue",
             "Evidence of review retained for every run since 1 July 2025."),
            ("AP.2", "Review supplier master file access so that:\na) staff who can amend supplier bank details cannot also approve payments; and\nb) all bank detail changes are independently verified by call-back.",
             "Priority 1", "Head of Transactional Finance", ["Head of Transactional Finance"],
             D(2025, 8, 31), D(2025, 12, 31), "amber",
             "(a) complete. (b) call-back procedure awaiting the new ERP workflow release."),
        ]),
        ("Parking Permits and Visitor Vouchers (2024/25) – Limited Assurance", [
            ("PK.1", "Reconcile visitor voucher income recorded in the permit system to the general ledger each month.",
             "Priority 2", "Parking Services Manager", ["Parking Services Manager"],
             D(2025, 11, 30), None, "green",
             "Reconciliations for July to September completed."),
            ("PK.2", "Introduce an annual review of business permit eligibility, with a documented audit trail of the evidence checked.",
             "Priority 2", "Parking Services Manager", ["Parking Services Manager"],
             D(2025, 10, 31), D(2026, 3, 31), "amber",
             "Review to be aligned with permit renewals in the new year."),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "London Borough of Hammersmith & Fulham"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internal Audit – Outstanding Recommendations Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit Committee, 8 December 2025 – position as at 31 October 2025"
    ws["A5"] = "Summary by status"
    ws["A5"].font = Font(bold=True)
    hdr = ["Status", "Priority 1", "Priority 2", "Total"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    status_label = {"blue": "Implemented", "green": "On track", "amber": "Revised date agreed", "red": "Overdue"}
    r = 7
    tot1 = tot2 = 0
    for st in ("blue", "green", "amber", "red"):
        p1 = sum(1 for _, acts in audits for a in acts if a[7] == st and a[2] == "Priority 1")
        p2 = sum(1 for _, acts in audits for a in acts if a[7] == st and a[2] == "Priority 2")
        tot1 += p1
        tot2 += p2
        for i, v in enumerate([status_label[st], p1, p2, p1 + p2], 1):
            ws.cell(row=r, column=i, value=v).border = BOX
        r += 1
    for i, v in enumerate(["Total", tot1, tot2, tot1 + tot2], 1):
        c = ws.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Key (status is shown by cell colour on the Tracker sheet)").font = Font(bold=True)
    r += 1
    for st, txt in (("blue", "Implemented – verified by Internal Audit"),
                    ("green", "On track – within original target date"),
                    ("amber", "Revised target date agreed"),
                    ("red", "Overdue – no revised date agreed")):
        ws.cell(row=r, column=1).fill = fill(FILL_FOR[st])
        ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=txt)
        r += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Outstanding Internal Audit Recommendations – position as at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Status is shown by cell colour – see the key on the Summary sheet. Dates are target implementation dates."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    heads = ["Ref", "Agreed management action", "Priority", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Management update (October 2025)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for audit, acts in audits:
        c = ws.cell(row=r, column=1, value=audit)
        c.font = Font(bold=True)
        for col in range(1, 9):
            ws.cell(row=r, column=col).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, pri, lead_txt, leads, orig, rev, st, upd in acts:
            vals = [ref, text, pri, lead_txt, orig, rev, None, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(FILL_FOR[st])
            end = (rev or orig).strftime("%Y-%m")
            expected.append(dict(ref=ref, under=[audit], action=text, lead=leads, end=end, status=st))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Total recommendations shown: {len(expected)}").font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Source: Internal Audit follow-up testing, October 2025. Implemented actions are removed after the next Committee.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (8, 60, 11, 30, 13, 13, 9, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path(name))

    meta = dict(
        source=("Imitates the London Borough of Hammersmith & Fulham's internal audit follow-up reporting to its Audit "
                "Committee (2025): the Head of Internal Audit's annual report lists recommendations not fully implemented and "
                "the limited-assurance audits of housing voids and adoption services (democracy.lbhf.gov.uk, Audit Committee "
                "2024-25). Layout copied from council audit recommendation trackers: a Summary sheet with counts by priority "
                "and status and a colour key, a Tracker sheet with one merged band per audit (title, year, assurance opinion), "
                "original and revised target dates, and status shown only by cell fill colour. Content invented."),
        reads=("A two-sheet audit tracker: the Summary sheet gives totals and the colour key; the Tracker sheet lists nine "
               "agreed management actions grouped under four audits. Each action's status is the fill colour of its Status "
               "cell (blue implemented, green on track, amber revised date agreed, red overdue) and its due month is the "
               "revised target date where one is given, otherwise the original."),
        outcome="read",
        accept_refusal=False,
        title="Internal Audit – Outstanding Recommendations Tracker",
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Royal Borough of Kingston upon Thames - ILACS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_kingston():
    name = "te-royal-borough-of-kingston-upon-thames-ilacs-improvement-plan.xlsx"
    title = "Kingston ILACS Improvement Plan 2024–26"
    T1 = "Theme 1: Children in need of help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    T3 = "Theme 3: Leadership, learning and workforce"
    R1 = ("Recommendation 1: The consistency with which plans for children in need are reviewed with the "
          "professionals working with the family, so that drift is prevented.")
    R2 = "Recommendation 2: The range and take-up of post-16 education, employment and training pathways for care leavers."
    R3 = ("Recommendation 3: The frequency and quality of recorded supervision for children in care, so that it "
          "drives progress in children's plans.")
    R4 = "Recommendation 4: How well the findings from audits are used to improve the quality of practice across all teams."
    # (kind, ...) rows in sheet order
    rows = [
        ("theme", T1),
        ("rec", R1),
        ("act", "1.1", "Introduce a CIN review tracker so that every child in need plan is reviewed with the professional network at least every 12 weeks.",
         "Service Manager (CIN/CP)", ["Service Manager (CIN/CP)"], D(2024, 12, 1), "2024-12", None, "G", "B",
         "Tracker in use in all CIN teams since December 2024; 94% of plans reviewed within 12 weeks in September 2025."),
        ("act", "1.2", "Revise the CIN plan template in Mosaic so that each action has a named owner and a timescale.",
         "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], "Q4 2024/25", "2025-03", "Q4 2024/25", "A", "B",
         "New template went live on 3 March 2025."),
        ("act", "1.3", "Quarterly thematic audit of CIN plans, with findings reported to the Practice Improvement Group.",
         "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], "Quarterly", None, "Quarterly", "G", "G",
         "Q2 audit of 25 plans completed; 76% good or better."),
        ("theme", T2),
        ("rec", R2),
        ("act", "2.1", "Agree a ring-fenced apprenticeship offer for care leavers with the Council and AfC, with at least 10 places each year.",
         "AD Corporate Parenting / Head of HR", ["AD Corporate Parenting", "Head of HR"], D(2025, 9, 1), "2025-09", None, "A", "A",
         "Six places agreed; remaining places subject to the Council's 2026/27 workforce budget."),
        ("act", "2.2", "Personal advisers to complete the EET section of the pathway plan with every care leaver aged 17½ and over, and review it at each pathway plan review.",
         "Service Manager (Care Leavers)", ["Service Manager (Care Leavers)"], "Sept 2024 – March 2025", "2025-03", "Sept 2024 – March 2025", "G", "B",
         "Compliance 97% at March 2025 and sustained since."),
        ("rec", R3),
        ("act", "2.3", "Launch the revised supervision policy and recording template, with briefings for all team managers.",
         "Principal Social Worker", ["Principal Social Worker"], D(2024, 11, 1), "2024-11", None, "B", "B",
         "Complete – briefings delivered to 31 managers."),
        ("act", "2.4", "Monthly compliance report on supervision frequency for the children in care teams, with exceptions escalated to the Head of Service.",
         "Head of Service, Children in Care", ["Head of Service, Children in Care"], "Monthly", None, "Monthly", "A", "R",
         "Compliance fell to 68% in August owing to two team manager vacancies; recovery plan agreed at DMT."),
        ("theme", T3),
        ("rec", R4),
        ("act", "3.1", "Refresh the Quality Assurance Framework so that every audit produces a learning action that is tracked to completion.",
         "Head of Safeguarding and Quality Assurance", ["Head of Safeguarding and Quality Assurance"], D(2025, 3, 1), "2025-03", None, "G", "B",
         "Framework approved by the Improvement Board in March 2025."),
        ("act", "3.2", "Hold bi-monthly practice weeks led by the Principal Social Worker, focusing on themes from audit.",
         "Principal Social Worker & Practice Development Lead", ["Principal Social Worker", "Practice Development Lead"], "Ongoing", None, "Ongoing", "G", "G",
         "Practice week on neglect held in July 2025; next in November."),
        ("act", "3.3", "Report audit themes and the resulting practice changes to the Kingston Children's Improvement Board each quarter.",
         "Director of Children's Services", ["Director of Children's Services"], D(2026, 3, 1), "2026-03", None, "", "",
         "Not yet due – first report scheduled for January 2026."),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Achieving for Children"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Royal Borough of Kingston upon Thames – Children's Social Care"
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=16)
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", "12/08/2024", "Head of Safeguarding and Quality Assurance", "Plan agreed by the Kingston Children's Improvement Board"),
          ("1.3", "15/07/2025", "Head of Safeguarding and Quality Assurance", "Quarter 1 2025/26 update"),
          ("1.4", "14/10/2025", "Head of Safeguarding and Quality Assurance", "Quarter 2 2025/26 update; action 3.3 added")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=6 + i, column=j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9E1F2")
    ws["A11"] = "Plan owner: Director of Children's Services"
    ws["A12"] = "Oversight: Kingston Children's Improvement Board (quarterly)"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 42
    ws.column_dimensions["D"].width = 55

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update: September 2025 (Quarter 2 2025/26)"
    ws.merge_cells("A2:G2")
    ws["A3"] = "RAG:  B = Complete   G = On track   A = Some slippage, recovery in hand   R = Off track"
    ws.merge_cells("A3:G3")
    heads = ["Ref", "Action", "Lead", "Target date", "Previous RAG (Jun-25)", "Current RAG (Sep-25)", "Progress update (Sep-25)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    expected = []
    theme = rec = None
    for row in rows:
        if row[0] == "theme":
            theme = row[1]
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True, color="FFFFFF", size=12)
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("203764")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "rec":
            rec = row[1]
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True, italic=True)
            c.alignment = Alignment(wrap_text=True, vertical="center")
            for col in range(1, 8):
                ws.cell(row=r, column=col).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, lead_txt, leads, target, end, end_text, prev, cur, upd = row
            vals = [ref, text, lead_txt, target, prev or None, cur or None, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, g in ((5, prev), (6, cur)):
                if g:
                    ws.cell(row=r, column=col).fill = fill(rag_fill[g])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            e = dict(ref=ref, under=[theme, rec], action=text, lead=leads, end=end, status=rag_status[cur])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Notes: RAG ratings are agreed at the monthly Improvement Plan Delivery Group. "
                                    "Actions rated B are kept on the plan until the Improvement Board agrees closure."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", (7, 60, 32, 16, 12, 12, 50)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("AfC", "Achieving for Children"), ("CIN", "Child in need"), ("CP", "Child protection"),
                                ("EET", "Education, employment or training"), ("DMT", "Departmental management team"),
                                ("ILACS", "Inspection of local authority children's services")], 1):
        ws.cell(row=i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=i, column=2, value=b)
    wb.active = 1
    wb.save(path(name))

    meta = dict(
        source=("Imitates the ILACS post-inspection improvement plans that London boroughs publish for their improvement "
                "boards (e.g. the Kingston and Richmond plans produced by Achieving for Children, and the Suffolk ILACS "
                "improvement action plan page); layout copied from such spreadsheets: cover sheet with document control, "
                "RAG letter key, dark merged theme bands, merged recommendation rows above their actions, previous and "
                "current RAG columns with letter and fill, target dates mixing month cells, quarters, periods and "
                "'Ongoing', and a glossary sheet. Recommendations and actions invented."),
        reads=("An ILACS improvement plan on its second sheet: three themes, each with one or two numbered Ofsted "
               "recommendations in merged rows, and ten actions beneath them. The current RAG (September 2025) is the "
               "status; the last action has no RAG yet and is unrated."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Lincolnshire County Council - strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def make_lincs():
    name = "te-lincolnshire-county-council-strategic-risk-register.xlsx"
    title = "Strategic Risk Register – Quarter 2 2025/26"
    risks = [
        ("SR1 Medium-term financial sustainability", "Executive Director – Resources", 16, "FF0000", 9, "↔ No change", [
            ("Deliver the 2026/27 budget proposals, including £14.2m of savings, for approval at Full Council in February 2026.",
             "Assistant Director – Finance", ["Assistant Director – Finance"], D(2026, 2, 1), "2026-02", None, "Green"),
            ("Refresh the Medium Term Financial Plan to include SEND high needs deficit scenarios for the period after the statutory override ends.",
             "Assistant Director – Finance", ["Assistant Director – Finance"], "31/03/2026", "2026-03", None, "Amber"),
        ]),
        ("SR2 Demand for adult social care", "Executive Director – Adult Care and Community Wellbeing", 12, "FFC000", 8, "↑ Increasing", [
            ("Expand the reablement service to 1,250 new starts a year, with 75% of people leaving the service with no ongoing care needs.",
             "Head of Reablement", ["Head of Reablement"], D(2026, 3, 1), "2026-03", None, "Amber"),
            ("Re-procure the homecare framework with rural zone pricing.",
             "Head of Commissioning – Adult Care", ["Head of Commissioning – Adult Care"], D(2025, 10, 1), "2025-10", None, "Complete"),
            ("Review the results of the annual provider cost of care exercise and report them to the Executive.",
             "Head of Commissioning – Adult Care", ["Head of Commissioning – Adult Care"], "Annually", None, "Annually", "Green"),
        ]),
        ("SR3 Cyber security and resilience of ICT", "Chief Digital Officer", 15, "FF0000", 10, "↔ No change", [
            ("Complete the migration of the remaining on-premise servers to the cloud hosting platform.",
             "Head of IT Infrastructure", ["Head of IT Infrastructure"], D(2026, 6, 1), "2026-06", None, "Green"),
            ("Run a cyber incident exercise with the Corporate Leadership Team and the Local Resilience Forum.",
             "Chief Digital Officer; Emergency Planning Manager", ["Chief Digital Officer", "Emergency Planning Manager"], D(2025, 12, 1), "2025-12", None, "Green"),
        ]),
        ("SR4 Capacity in children's SEND services", "Executive Director – Children's Services", 12, "FFC000", 6, "↓ Reducing", [
            ("Recruit to the additional EHC plan coordinator posts approved in the 2025/26 budget.",
             "Head of SEND", ["Head of SEND"], D(2025, 9, 1), "2025-09", None, "Complete"),
            ("Achieve 60% of EHC plans issued within 20 weeks, reported monthly to the SEND Partnership Board.",
             "Head of SEND", ["Head of SEND"], D(2026, 3, 1), "2026-03", None, "Red"),
        ]),
    ]
    status_of = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    word_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}

    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic risk register"
    ws["A1"] = "Lincolnshire County Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit Committee – 24 November 2025"
    heads = ["Risk", "Risk owner", "Current score (L×I)", "Target score", "Direction of travel",
             "Further actions to mitigate the risk", "Action lead", "Due", "Action RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    expected = []
    for risk, owner, score, score_fill, target, direction, acts in risks:
        first = r
        for text, lead_txt, leads, due, end, end_text, rag in acts:
            for i, v in enumerate([text, lead_txt, due, rag], 6):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=9).fill = fill(word_fill[rag])
            e = dict(ref=None, under=[risk], action=text, lead=leads, end=end, status=status_of[rag])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
            r += 1
        last = r - 1
        for col, v in enumerate([risk, owner, score, target, direction], 1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if col == 1:
                c.font = Font(bold=True)
            if col == 3:
                c.fill = fill(score_fill)
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=col).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value=("Action RAG: Green – on track; Amber – at risk of slipping; Red – will not be achieved "
                                    "by the due date; Complete – action delivered."))
    ws.cell(row=r + 1, column=1, value="Scores are likelihood × impact on a 5 × 5 matrix – see the Scoring matrix sheet.")
    for col, w in zip("ABCDEFGHI", (30, 28, 11, 9, 13, 60, 30, 10, 11)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Scoring matrix")
    ws["A1"] = "Risk scoring matrix (likelihood × impact)"
    ws["A1"].font = Font(bold=True)
    ws["A3"] = "Likelihood / Impact"
    for j in range(1, 6):
        ws.cell(row=3, column=1 + j, value=j).font = Font(bold=True)
    for i in range(5, 0, -1):
        rr = 4 + (5 - i)
        ws.cell(row=rr, column=1, value=i).font = Font(bold=True)
        for j in range(1, 6):
            s = i * j
            c = ws.cell(row=rr, column=1 + j, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
            c.border = BOX
    ws["A10"] = "15–25 Red: tolerated only with Executive approval. 8–12 Amber: active management. 1–6 Green: monitor."
    wb.save(path(name))

    meta = dict(
        source=("Imitates the quarterly strategic risk register that Lincolnshire County Council reports to its Audit "
                "Committee (risk management progress reports, lincolnshire.moderngov.co.uk), in the common county-council "
                "layout: one block per strategic risk with the risk, owner, current and target score and direction of "
                "travel merged down the block, and the further mitigating actions one per row with their own lead, due "
                "date and an Action RAG word; the risk score cell is coloured by score; a scoring matrix on a second "
                "sheet. Risks and actions invented."),
        reads=("Four strategic risks, each with two or three further actions to mitigate it — nine actions in all, read "
               "under their risk. The action's own RAG word (Green, Amber, Red, Complete) is its status; the coloured "
               "score cell rates the risk, not the action."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


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


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------------------
# 4. Medway Council - Ofsted focused visit action plan (docx)
# ---------------------------------------------------------------------------
def make_medway():
    name = "te-medway-council-ofsted-focused-visit-action-plan.docx"
    title = "Ofsted Focused Visit Action Plan"
    areas = [
        ("Area for improvement 1: The quality of assessment and planning", [
            ("1.1", "Relaunch the assessment practice standards, with a clear expectation that analysis of risk and of the child's lived experience is evident in every assessment.",
             "Principal Social Worker", ["Principal Social Worker"], "July 2025", "2025-07", None, "B",
             "Standards relaunched at the all-staff briefing on 10 July 2025."),
            ("1.2", "Introduce SMART, outcome-focused CIN and CP plan templates in Mosaic, co-produced with practitioners.",
             "Head of Children's Social Care (Assessment and Intervention)", ["Head of Children's Social Care (Assessment and Intervention)"],
             "End of September 2025", "2025-09", None, "G",
             "Templates tested with two teams; go-live 29 September 2025."),
            ("1.3", "Monthly dip-sample of 20 CIN and CP plans by team managers, with findings reported to the Practice Improvement Board.",
             "Head of Quality Assurance", ["Head of Quality Assurance"], "Monthly", None, "Monthly", "G",
             "Dip-samples completed in July, August and September."),
        ]),
        ("Area for improvement 2: The timeliness of interventions to support prompt decision-making for children", [
            ("2.1", "Implement a pre-proceedings (PLO) tracker reviewed weekly by the Head of Service, so that decisions to escalate are made without delay.",
             "Head of Service – Court and Permanence", ["Head of Service – Court and Permanence"], "31/10/2025", "2025-10", None, "A",
             "Tracker built; weekly review started but not yet consistent across all teams."),
            ("2.2", "Review all children subject to a child protection plan for 12 months or more through a senior manager panel.",
             "Service Manager (CIN/CP) / IRO Service Manager", ["Service Manager (CIN/CP)", "IRO Service Manager"],
             "Sept 2025 – January 2026", "2026-01", "Sept 2025 – January 2026", "G",
             "First panel held 18 September 2025; 14 children reviewed."),
            ("2.3", "Agree clear step-up and step-down timescales with Early Help, and audit compliance after three months.",
             "Head of Early Help", ["Head of Early Help"], "December 2025", "2025-12", None, "",
             "Not yet started – scheduled to begin in October 2025."),
        ]),
        ("Area for improvement 3: The quality and impact of management oversight and supervision", [
            ("3.1", "Deliver the 'Leading Practice' development programme to all team managers and assistant team managers.",
             "Head of Workforce Development", ["Head of Workforce Development"], "March 2026", "2026-03", None, "G",
             "Cohort 1 (12 managers) under way; cohort 2 starts January 2026."),
            ("3.2", "Revise the supervision recording template so that the rationale for decisions and the actions agreed are recorded on the child's file.",
             "Principal Social Worker", ["Principal Social Worker"], "August 2025", "2025-08", None, "B",
             "New template in use from 4 August 2025."),
            ("3.3", "Quarterly supervision audit, with results reported to the Director of People and the Children's Improvement Board.",
             "Head of Quality Assurance", ["Head of Quality Assurance"], "Quarterly", None, "Quarterly", "R",
             "First audit delayed by auditor capacity; now planned for November 2025."),
        ]),
    ]
    rag_fill = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run("Medway Council – Children's Services")
    run.bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Focused visit to children in need and children subject to a child protection plan, April 2025")
    doc.add_paragraph("Version 1.2 – updated September 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Author", "Changes")):
        set_cell(c, h, bold=True)
    for row in (("1.0", "30/06/2025", "Head of Quality Assurance", "Plan agreed by Children's Services DMT"),
                ("1.1", "28/07/2025", "Head of Quality Assurance", "Leads and timescales confirmed"),
                ("1.2", "22/09/2025", "Head of Quality Assurance", "September 2025 progress update")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for code, txt in (("B", "Blue – action complete and impact evidenced"),
                      ("G", "Green – on track"),
                      ("A", "Amber – some slippage; revised timescale agreed"),
                      ("R", "Red – off track; escalation required"),
                      ("", "Blank – not yet started")):
        cells = t.add_row().cells
        set_cell(cells[0], code, bold=True)
        if code:
            shade(cells[0], rag_fill[code])
        set_cell(cells[1], txt)

    doc.add_paragraph(
        "Ofsted's letter of 2 June 2025 identified three areas for improvement. The actions below respond to each "
        "area and are monitored monthly by the Practice Improvement Board.")

    expected = []
    for area, acts in areas:
        doc.add_heading(area, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2025)")):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for ref, text, lead_txt, leads, when, end, end_text, rag, upd in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, text, lead_txt, when, rag, upd)):
                set_cell(c, v)
            if rag:
                shade(cells[4], rag_fill[rag])
                cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            e = dict(ref=ref, under=[area], action=text, lead=leads, end=end, status=rag_status[rag])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
        doc.add_paragraph()
    doc.add_paragraph("Next review: Children's Improvement Board, December 2025.")
    doc.save(path(name))

    meta = dict(
        source=("Imitates Medway Council's response to the Ofsted focused visit of April 2025 to children in need and "
                "children subject to a child protection plan (letter published 2 June 2025, medway.gov.uk news; areas "
                "for improvement: quality of assessment and planning, timeliness of interventions, quality and impact of "
                "management oversight and supervision). Layout copied from council Word action plans: title block, "
                "document control table, RAG key table, then one heading and one table per area for improvement, RAG "
                "cells with letter and shading. Actions invented."),
        reads=("A Word action plan with a document control table and a RAG key table (not actions), then three "
               "sections, one per Ofsted area for improvement, each with its own table of three numbered actions. "
               "Action 2.3 has no RAG and is not yet started."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Southend Safeguarding Partnership - CSPR Child N action plan (docx)
# ---------------------------------------------------------------------------
def make_southend():
    name = "te-southend-safeguarding-partnership-cspr-child-n-action-plan.docx"
    title = "Child Safeguarding Practice Review: Child N"
    recs = [
        ("Recommendation 1: The Partnership should seek assurance that practitioners in all agencies recognise and respond to cumulative neglect in families where parents misuse substances.", [
            ("1.1", "Deliver multi-agency training on cumulative harm and parental substance misuse, using the learning from this review.",
             "Partnership Training Coordinator", ["Partnership Training Coordinator"], "By 31 March 2025", "2025-03", None,
             "Attendance and post-course evaluation; case audit evidence of cumulative harm being considered.", "Blue"),
            ("1.2", "Embed the Graded Care Profile 2 as the standard neglect assessment tool in children's social care and early help.",
             "Principal Social Worker", ["Principal Social Worker"], "March 2026", "2026-03", None,
             "Number of GCP2 assessments completed; audit findings on the quality of neglect assessments.", "Green"),
            ("1.3", "Designated safeguarding leads in schools to receive a briefing on the Child N learning, including poor attendance as an indicator of neglect.",
             "Education Safeguarding Lead", ["Education Safeguarding Lead"], "Autumn term 2025", "2025-12", "Autumn term 2025",
             "DSL network attendance; referrals from schools that cite attendance and neglect.", "Green"),
        ]),
        ("Recommendation 2: Health partners should ensure that information about missed health appointments for children under five is shared with the allocated social worker.", [
            ("2.1", "Revise the 'Was Not Brought' policy so that two missed appointments for a child on a child protection or child in need plan trigger a notification to the social worker.",
             "MSEFT Named Nurse for Safeguarding Children", ["MSEFT Named Nurse for Safeguarding Children"], "June 2025", "2025-06", None,
             "Revised policy ratified; notifications received by Children's Services.", "Blue"),
            ("2.2", "Audit compliance with the revised policy across:\n• health visiting\n• community paediatrics",
             "EPUT; MSEFT", ["EPUT", "MSEFT"], "December 2025", "2025-12", None,
             "Audit report to the Learning and Improvement Subgroup.", "Amber"),
        ]),
        ("Recommendation 3: Essex Police and Children's Services should review how information from domestic abuse call-outs is shared when a child is not present.", [
            ("3.1", "Amend the Operation Encompass notification process so that notifications are made for all children in the household, including those not present at the incident.",
             "Essex Police / Children's Services", ["Essex Police", "Children's Services"], "31/01/2025", "2025-01", None,
             "Revised process agreed and in use.", "Blue"),
            ("3.2", "Dip-sample domestic abuse notifications received by the MASH+ to test that the revised process is working.",
             "Head of MASH+", ["Head of MASH+"], "Ongoing", None, "Ongoing",
             "Quarterly dip-sample results reported to the Partnership.", "Green"),
        ]),
        ("Recommendation 4: The Partnership should test whether the learning from this review has changed practice.", [
            ("4.1", "Hold a multi-agency case audit on neglect and parental substance misuse twelve months after publication of the review.",
             "Chair, Learning and Improvement Subgroup", ["Chair, Learning and Improvement Subgroup"], "January 2026", "2026-01", None,
             "Audit findings and a learning briefing for practitioners.", "Not started"),
        ]),
    ]
    rag_fill = {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    rag_status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "unrated"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Southend Safeguarding Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Partnership action plan – progress as at October 2025")
    doc.add_paragraph(
        "This plan sets out the Partnership's response to the four recommendations made by the independent reviewer. "
        "Progress is monitored by the Learning and Improvement Subgroup and reported to the Partnership Executive.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead agency / officer", "By when", "Evidence of impact", "RAG")):
        set_cell(c, h, bold=True)
        shade(c, "BFBFBF")
    expected = []
    for rec, acts in recs:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, "E2EFDA")
        for ref, text, lead_txt, leads, when, end, end_text, evidence, rag in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (ref, text, lead_txt, when, evidence, rag)):
                set_cell(c, v)
            if rag in rag_fill:
                shade(cells[5], rag_fill[rag])
            e = dict(ref=ref, under=[rec], action=text, lead=leads, end=end, status=rag_status[rag])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)

    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – at risk of delay; Red – not on track.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Agreed by", bold=True)
    set_cell(t.cell(0, 1), "Southend Safeguarding Partnership Executive")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "14 November 2024")
    doc.save(path(name))

    meta = dict(
        source=("Imitates the multi-agency action plans that local safeguarding children partnerships publish with a "
                "child safeguarding practice review (Working Together 2023 reviews; Southend, Essex and Thurrock partners "
                "share SET procedures and MASH+ front door, as in the Southend ILACS report). Layout copied from such Word "
                "plans: partnership name and review title, short introduction, one table in which each reviewer's "
                "recommendation is a merged shaded row above its numbered actions, agency leads, 'By when' cells in "
                "words, an evidence-of-impact column, RAG words with shading, a RAG key line and a sign-off table. "
                "Review, child and actions invented."),
        reads=("One table holding four recommendations, each in a merged row, and eight actions under them. Leads are "
               "agencies or posts; action 2.2 runs over three lines; 4.1 is 'Not started'. The RAG key line and the "
               "sign-off table are not part of the plan."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Dudley Health and Wellbeing Board - action log (csv, refuse)
# ---------------------------------------------------------------------------
def make_dudley():
    name = "te-dudley-health-and-wellbeing-board-action-log-typo-month-refuse.csv"
    import csv
    import io
    title = "Dudley Health and Wellbeing Board – Action Log"
    rows = [
        [title, "", "", "", "", "", "", ""],
        ["Actions arising from Board meetings – updated 2 October 2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Meeting", "Agenda item", "Action", "Lead", "Due", "Status", "Update"],
        ["HWB 24/11", "12/12/2024", "Better Care Fund 2024/25 – Q2 return",
         "Circulate the BCF Q2 return to Board members and confirm sign-off by the Chair under delegated authority.",
         "Head of Integrated Commissioning", "Jan-2025", "Complete", "Circulated 9 January 2025."],
        ["HWB 25/01", "20/03/2025", "Pharmaceutical Needs Assessment 2025",
         "Publish the final PNA on the council website and notify NHS England.",
         "Consultant in Public Health", "Oct-2025", "Complete", "Published 1 October 2025."],
        ["HWB 25/02", "20/03/2025", "Joint Forward Plan refresh",
         "ICB to bring the refreshed Joint Forward Plan to the Board for comment before submission.",
         "ICB Place Director (Dudley)", "Jun-2025", "Complete", "Presented 26 June 2025."],
        ["HWB 25/03", "26/06/2025", "Healthy weight – whole systems approach",
         "Report back on the uptake of the adult weight management programme in the four most deprived wards.",
         "Director of Public Health", "Sep-2025", "Open", "Deferred to the December meeting."],
        ["HWB 25/04", "26/06/2025", "Children ready for school by the age of 4",
         "Share the school readiness dashboard with Board members and Family Hub leads.",
         "Head of Family Hubs / Public Health Lead (0-19)", "0ct-2025", "Open", "Dashboard in final testing."],
        ["HWB 25/05", "25/09/2025", "Fewer people die from circulatory disease",
         "Arrange a development session on blood pressure case-finding in community pharmacies.",
         "Consultant in Public Health; ICB Primary Care Lead", "Nov-2025", "Open", "Session being arranged."],
        ["HWB 25/06", "25/09/2025", "Safeguarding Adults Board annual report",
         "Add the Safeguarding Adults Board annual report to the forward plan as a standing annual item.",
         "Democratic Services Officer", "Dec-2025", "Open", ""],
        ["", "", "", "", "", "", "", ""],
        ["Status: Open – action in progress; Complete – to be removed once noted by the Board", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    text = buf.getvalue()
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_line = next(i for i, ln in enumerate(lines, 1) if "0ct-2025" in ln)
    assert refuse_line == 9, refuse_line

    meta = dict(
        source=("Imitates the action log that Dudley Health and Wellbeing Board keeps of actions arising from its "
                "meetings, built around the board's 2023-28 strategy goals (children ready for school by the age of 4, "
                "fewer people dying from circulatory disease; dudleyhealthandwellbeing.org.uk), as exported to CSV from "
                "the clerk's spreadsheet: title and 'updated' lines, a header row, one row per action with meeting date, "
                "agenda item, lead, due month and Open/Complete status, a status note at the foot. Content invented."),
        reads=("A seven-row meeting action log. The due cell of HWB 25/04 reads '0ct-2025' with a zero for the letter O; "
               "a careful reader stops and asks rather than guess the month."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=refuse_line,
        title=title,
    )
    write_expected(name, meta, [])
    return name, 7


# ---------------------------------------------------------------------------
# 7. Sevenoaks District Council - council plan delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_sevenoaks():
    name = "te-sevenoaks-district-council-council-plan-delivery-plan-2025-26.txt"
    title = "Council Plan – Annual Delivery Plan 2025/26"
    themes = [
        ("Environment – caring for our green spaces and reducing our carbon footprint", [
            ("ENV1", "Complete the installation of solar panels on the roof of the Council Offices, Argyle Road.",
             "Head of Corporate Property", ["Head of Corporate Property"], "Dec-25", "2025-12", None, "On track",
             ["Contractor appointed; works start in November 2025."]),
            ("ENV2", "Extend the food waste collection service to all flats with communal bins ahead of the Simpler Recycling deadline.",
             "Head of Direct Services", ["Head of Direct Services"], "31/03/2026", "2026-03", None, "Some slippage",
             ["Delivery of communal caddies delayed by the supplier; revised roll-out plan agreed with the",
              "Kent Resource Partnership in September."]),
        ]),
        ("Economy – supporting a thriving local economy", [
            ("ECO1", "Deliver the Swanley town centre regeneration masterplan consultation.",
             "Head of Economic Development", ["Head of Economic Development"], "Sep-25", "2025-09", None, "Complete",
             ["Consultation closed 12 September 2025; 1,140 responses received."]),
            ("ECO2", "Launch the Sevenoaks District business grants scheme funded through the UK Shared Prosperity Fund.",
             "Economic Development Manager", ["Economic Development Manager"], "Q3 2025/26", "2025-12", "Q3 2025/26", "On track",
             ["Grant criteria approved by Cabinet in July."]),
        ]),
        ("Housing – providing the homes our communities need", [
            ("HOU1", "Submit the Local Plan to the Secretary of State for examination.",
             "Head of Planning Policy", ["Head of Planning Policy"], "Mar-26", "2026-03", None, "Some slippage",
             ["Regulation 19 consultation moved to January 2026 following changes to national policy."]),
            ("HOU2", "Bring 20 long-term empty homes back into use through advice, grants and enforcement.",
             "Private Sector Housing Manager", ["Private Sector Housing Manager"], "End of March 2026", "2026-03", None, "On track",
             ["11 homes brought back into use to date."]),
            ("HOU3", "Procure a temporary accommodation framework to reduce the use of nightly-paid bed and breakfast.",
             "Head of Housing; Head of Legal and Democratic Services", ["Head of Housing", "Head of Legal and Democratic Services"],
             "Nov-25", "2025-11", None, "Off track",
             ["Tender returned no compliant bids; re-tender planned for January 2026."]),
        ]),
        ("Health and wellbeing – helping people to live healthy, active lives", [
            ("HW1", "Run the Silver Sunday programme of free events for older residents.",
             "Health and Communities Manager", ["Health and Communities Manager"], "Oct-25", "2025-10", None, "Complete",
             ["23 events held across the District."]),
            ("HW2", "Agree a refreshed health inequalities action plan with the West Kent Health and Care Partnership.",
             "Health and Communities Manager", ["Health and Communities Manager"], "TBC", None, "TBC", "Not started",
             ["Awaiting the Partnership's new priorities."]),
        ]),
        ("Safety – working with partners to keep our communities safe", [
            ("SAF1", "Deliver the Community Safety Partnership's anti-social behaviour hotspot patrols in Swanley and Edenbridge.",
             "Community Safety Manager", ["Community Safety Manager"], "Ongoing", None, "Ongoing", "On track",
             ["Patrols funded to March 2026."]),
        ]),
    ]
    status_of = {"Complete": "blue", "On track": "green", "Some slippage": "amber", "Off track": "red", "Not started": "unrated"}
    lines = [
        "Sevenoaks District Council",
        title,
        "Quarter 2 progress report (1 April – 30 September 2025)",
        "",
        "Status key: Complete (Blue) | On track (Green) | Some slippage (Amber) | Off track (Red) | Not started",
        "",
        "Ref\tAction\tLead officer\tTarget date\tStatus\tQ2 commentary",
    ]
    expected = []
    for theme, acts in themes:
        lines.append(theme + "\t\t\t\t\t")
        for ref, text, lead_txt, leads, when, end, end_text, status, comm in acts:
            lines.append("\t".join([ref, text, lead_txt, when, status, comm[0]]))
            for more in comm[1:]:
                lines.append("\t\t\t\t\t" + more)
            e = dict(ref=ref, under=[theme], action=text, lead=leads, end=end, status=status_of[status])
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
    lines += ["", "Report produced from the council's performance management system on 14 October 2025."]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    meta = dict(
        source=("Imitates a district council's quarterly council plan delivery report as published with Cabinet or "
                "scrutiny papers (Sevenoaks District Council, cds.sevenoaks.gov.uk; its community plan themes of "
                "environment, economy, housing, health and safety), as a tab-separated text export from a performance "
                "system: three title lines, a status key with colours, one header row, theme lines as section headings, "
                "one line per action with lead, target date in mixed forms and a status word, and one commentary that "
                "wraps onto a continuation line holding only commentary. Actions invented."),
        reads=("A delivery plan of ten actions under five theme lines. Status words map through the key (Complete blue, "
               "On track green, Some slippage amber, Off track red, Not started unrated); the second line of the ENV2 "
               "commentary is a continuation, not an action."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_hf, make_kingston, make_lincs, make_medway, make_southend, make_dudley, make_sevenoaks):
        n, k = fn()
        print(f"{n}: {k} actions")
