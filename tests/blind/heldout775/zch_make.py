#!/usr/bin/env python3
"""Build the seven zch- blind test files (set heldout775) and their expected readings.

Run with /work/main/.venv/bin/python zch_make.py  (writes into the folder of this script).
Only files whose names start with 'zch-' are written.
"""
import csv
import datetime as dt
import io
import os
import re

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
HEAD_FILL = "1F4E79"
LIGHT = "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def path(name):
    assert name.startswith("zch-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote refs and YYYY-MM months so they always load back as strings
    if re.fullmatch(r"\d{4}-\d{2}|[0-9.]+|[A-Z]{0,3}[0-9.]+[a-z]?", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, data):
    with open(path(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.dump(data, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. NHS South East London ICB - Board Assurance Framework 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def make_sel_icb_baf():
    name = "zch-nhs-south-east-london-icb-board-assurance-framework-2025-26.xlsx"
    title = "NHS South East London ICB Board Assurance Framework 2025/26"
    wb = Workbook()

    # --- Cover sheet: title, document control, RAG key
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=16, color=HEAD_FILL)
    ws["A2"] = "Quarter 2 position (as at 30 September 2025)"
    ws["A2"].font = Font(italic=True, size=12)
    ws["A3"] = "Reported to: ICB Board (meeting in public), 19 November 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("v2.0", "04/07/2025", "Head of Governance and Risk", "Q1 position agreed by executive owners"),
        ("v2.1", "06/10/2025", "Head of Governance and Risk", "Q2 updates from executive owners"),
        ("v2.2", "24/10/2025", "Head of Governance and Risk",
         "Amendments following Audit and Risk Committee, 22/10/2025"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = fill(HEAD_FILL)
    ws["A12"] = "Key to action progress (Q1 and Q2 columns on the 'BAF detail' sheet)"
    ws["A12"].font = Font(bold=True)
    key = [
        (BLUE, "Complete"),
        (GREEN, "On track to deliver by the due date"),
        (AMBER, "Some slippage – revised date agreed by executive owner"),
        (RED, "Off track – revised date missed or not yet agreed"),
    ]
    for i, (col, txt) in enumerate(key):
        ws.cell(row=13 + i, column=1).fill = fill(col)
        ws.cell(row=13 + i, column=1).border = BOX
        ws.cell(row=13 + i, column=2, value=txt)
    ws["A18"] = ("Risk scores are likelihood x impact using the ICB 5x5 matrix. "
                 "Target scores are those expected by 31 March 2026.")
    ws["A18"].font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 60

    # --- Summary sheet (a heat-map style table, not actions)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "BAF summary – principal risks to the ICB's strategic objectives"
    ss["A1"].font = Font(bold=True, size=13)
    hdr = ["BAF ref", "Principal risk", "Executive owner", "Assuring committee",
           "Inherent", "Q1 score", "Q2 score", "Target", "Risk appetite"]
    for j, h in enumerate(hdr):
        c = ss.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD_FILL)
        c.border = BOX
    summ = [
        ("BAF 1", "Urgent and emergency care access and flow", "Chief Delivery Officer",
         "Planning and Finance Committee", 25, 20, 20, 12, "Cautious"),
        ("BAF 2", "Elective recovery and cancer waiting times", "Chief Delivery Officer",
         "Planning and Finance Committee", 20, 16, 16, 9, "Cautious"),
        ("BAF 3", "Financial sustainability of the ICB and the system", "Chief Finance Officer",
         "Planning and Finance Committee", 25, 20, 16, 12, "Minimal"),
        ("BAF 4", "Quality and safety of commissioned services", "Chief Nurse",
         "Quality and Performance Committee", 20, 12, 12, 8, "Minimal"),
    ]
    for i, r in enumerate(summ):
        for j, v in enumerate(r):
            c = ss.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
    ss["A9"] = "Total principal risks: 4   |   Risks above appetite: 3"
    ss["A9"].font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", (9, 46, 26, 32, 9, 9, 9, 9, 13)):
        ss.column_dimensions[col].width = w

    # --- Detail sheet: risk blocks with actions
    ws = wb.create_sheet("BAF detail")
    ws["A1"] = "BAF detail – risks, gaps in control and assurance, and actions (Q2 2025/26)"
    ws["A1"].font = Font(bold=True, size=13)
    widths = (7, 60, 30, 13, 13, 52, 7, 7)
    for col, w in zip("ABCDEFGH", widths):
        ws.column_dimensions[col].width = w

    blocks = [
        {
            "head": "BAF 1 – Urgent and emergency care access and flow",
            "desc": ("If demand for urgent and emergency care continues to exceed planned capacity across "
                     "south east London, then patients may experience long waits in emergency departments "
                     "and delayed ambulance handovers, resulting in avoidable harm, poor experience and "
                     "failure to meet the 78% four-hour standard."),
            "owner": "Chief Delivery Officer", "cttee": "Planning and Finance Committee",
            "score": "Current 4 x 5 = 20", "target": "Target 3 x 4 = 12",
            "gaps": ("Gap in control: no single system view of discharge capacity at weekends. "
                     "Gap in assurance: handover data from London Ambulance Service is two weeks in arrears."),
            "actions": [
                ("1.1", "Implement the SEL winter plan 2025/26, including additional same day emergency care "
                        "(SDEC) capacity at University Hospital Lewisham, Queen Elizabeth Hospital and "
                        "Princess Royal University Hospital.",
                 "Director of Urgent and Emergency Care", d(2025, 10, 31), None,
                 "Plan approved by ICB Executive 03/09/2025. SDEC extended hours live at two of the three sites.",
                 GREEN, GREEN,
                 ["Director of Urgent and Emergency Care"], "2025-10", "green"),
                ("1.2", "Expand the care transfer hub model to all six boroughs to reduce the number of "
                        "patients with no criteria to reside.",
                 "Director of Urgent and Emergency Care; Borough Directors", d(2025, 6, 30), d(2025, 12, 31),
                 "Hubs live in Bexley, Bromley, Greenwich and Lewisham. Lambeth and Southwark delayed by "
                 "social care recruitment; revised date agreed.",
                 AMBER, AMBER,
                 ["Director of Urgent and Emergency Care", "Borough Directors"], "2025-12", "amber"),
                ("1.3", "Agree a system-wide ambulance handover improvement trajectory with London Ambulance "
                        "Service and the three acute providers, with a maximum 45-minute handover from "
                        "October 2025.",
                 "Chief Delivery Officer", d(2025, 9, 30), None,
                 "Trajectory agreed at the UEC Board on 11/09/2025. 45-minute release in place at all sites.",
                 GREEN, BLUE,
                 ["Chief Delivery Officer"], "2025-09", "blue"),
            ],
        },
        {
            "head": "BAF 2 – Elective recovery and cancer waiting times",
            "desc": ("If elective and cancer capacity is not protected during winter, then the ICB will not "
                     "meet the 2025/26 referral to treatment and cancer standards, resulting in longer waits "
                     "and poorer outcomes for patients."),
            "owner": "Chief Delivery Officer", "cttee": "Planning and Finance Committee",
            "score": "Current 4 x 4 = 16", "target": "Target 3 x 3 = 9",
            "gaps": ("Gap in control: variation in waiting list validation between providers. "
                     "Gap in assurance: independent sector activity not yet in the SEL dashboard."),
            "actions": [
                ("2.1", "Deliver the 2025/26 elective activity plan across the SEL acute provider "
                        "collaborative, with no patient waiting more than 65 weeks for treatment.",
                 "Director of Planned Care", d(2026, 3, 31), None,
                 "Activity at 103% of plan at month 5; 11 patients over 65 weeks in orthopaedics and "
                 "gynaecology.",
                 GREEN, AMBER,
                 ["Director of Planned Care"], "2026-03", "amber"),
                ("2.2", "Roll out the faster diagnosis standard improvement plan for lower gastrointestinal "
                        "and skin cancer pathways.",
                 "SEL Cancer Alliance Managing Director", d(2025, 12, 31), None,
                 "FIT-led lower GI pathway live in all PCNs; teledermatology live at two of three trusts.",
                 GREEN, GREEN,
                 ["SEL Cancer Alliance Managing Director"], "2025-12", "green"),
                ("2.3", "Complete validation of all waiting lists over 18 weeks and report the outcome to the "
                        "Planning and Finance Committee.",
                 "Director of Planned Care / Director of Performance", d(2025, 8, 31), d(2025, 11, 30),
                 "Validation complete at two trusts only; third trust awaiting PAS upgrade. Revised date "
                 "at risk.",
                 AMBER, RED,
                 ["Director of Planned Care", "Director of Performance"], "2025-11", "red"),
            ],
        },
        {
            "head": "BAF 3 – Financial sustainability of the ICB and the system",
            "desc": ("If the system does not deliver its 2025/26 financial plan and efficiency programme, "
                     "then the ICB will breach its statutory financial duties and lose control of "
                     "investment decisions."),
            "owner": "Chief Finance Officer", "cttee": "Planning and Finance Committee",
            "score": "Current 4 x 4 = 16", "target": "Target 3 x 4 = 12",
            "gaps": "Gap in control: efficiency schemes not fully identified for the second half of the year.",
            "actions": [
                ("3.1", "Deliver the reduction in ICB running costs in line with the NHS England model ICB "
                        "blueprint, including the organisational change programme.",
                 "Chief Finance Officer", d(2025, 12, 31), None,
                 "Consultation closed 30/09/2025. Financial effect on track for Q4.",
                 GREEN, GREEN,
                 ["Chief Finance Officer"], "2025-12", "green"),
                ("3.2", "Strengthen grip and control: implement the system vacancy control panel and agency "
                        "spend cap across all SEL providers.",
                 "Chief Finance Officer; Chief People Officer", d(2025, 7, 31), None,
                 "Panel in place since July; agency spend 18% below 2024/25.",
                 GREEN, BLUE,
                 ["Chief Finance Officer", "Chief People Officer"], "2025-07", "blue"),
            ],
        },
        {
            "head": "BAF 4 – Quality and safety of commissioned services",
            "desc": ("If the ICB does not have timely oversight of quality and safety in the services it "
                     "commissions, then harm to patients may not be identified and acted upon."),
            "owner": "Chief Nurse", "cttee": "Quality and Performance Committee",
            "score": "Current 3 x 4 = 12", "target": "Target 2 x 4 = 8",
            "gaps": "Gap in assurance: limited PSIRF oversight of independent sector providers.",
            "actions": [
                ("4.1", "Embed the Patient Safety Incident Response Framework oversight arrangements for all "
                        "commissioned providers, including independent sector and primary care.",
                 "Chief Nurse", "Ongoing – quarterly review", None,
                 "Oversight meetings held with all NHS providers and four of six independent sector providers.",
                 GREEN, GREEN,
                 ["Chief Nurse"], None, "green"),
                ("4.2", "Implement the 2025/26 learning disability and autism (LeDeR) action plan, including "
                        "annual health checks for 75% of people on GP learning disability registers.",
                 "Chief Nurse / Chief Medical Officer", d(2026, 3, 31), None,
                 "Health check uptake 41% at month 6 against a trajectory of 38%.",
                 AMBER, GREEN,
                 ["Chief Nurse", "Chief Medical Officer"], "2026-03", "green"),
            ],
        },
    ]

    expected = []
    r = 3
    for b in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=b["head"])
        c.font = Font(bold=True, color="FFFFFF", size=12)
        c.fill = fill(HEAD_FILL)
        r += 1
        for label, val in (("Risk description", b["desc"]),
                           ("Gaps", b["gaps"])):
            ws.cell(row=r, column=1, value=label).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(row=r, column=2, value=val).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        ws.cell(row=r, column=1, value="Owner").font = Font(bold=True)
        ws.cell(row=r, column=2, value=b["owner"] + "   |   Assuring committee: " + b["cttee"])
        ws.cell(row=r, column=3, value=b["score"])
        ws.cell(row=r, column=6, value=b["target"])
        r += 1
        hdr = ["Ref", "Action to address gaps", "Action owner", "Original due date",
               "Revised due date", "Q2 progress update", "Q1", "Q2"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=r, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(LIGHT)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True)
        r += 1
        for (ref, text, owner, orig, rev, upd, q1, q2, lead, end, status) in b["actions"]:
            vals = [ref, text, owner, orig, rev, upd, None, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(q1)
            ws.cell(row=r, column=8).fill = fill(q2)
            end_text = orig if isinstance(orig, str) else None
            expected.append(act(ref, [b["head"]], text, lead, end, status, end_text))
            r += 1
        r += 1  # blank row between risks
    ws.cell(row=r, column=1, value="Next full review of the BAF: ICB Board, January 2026.").font = Font(italic=True)
    ws.freeze_panes = "A3"
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the ICB Board Assurance Framework appendices that integrated care boards publish "
                   "with their public board papers (for example the Humber and North Yorkshire ICB BAF "
                   "2024-2025, https://slideorbit.com/slide/icb-board-assurance-framework-2024-2025/326090, "
                   "and SEL ICB board packs): a cover sheet with document control and a fill-colour key, a "
                   "summary table of principal risks with scores and appetite, and a detail sheet where each "
                   "BAF risk is a merged heading row followed by its description, gaps, owner/score lines and "
                   "a table of actions with original and revised due dates, progress updates and previous (Q1) "
                   "and current (Q2) RAG shown only as cell fill."),
        "reads": ("A quarter 2 BAF for NHS South East London ICB. The 'BAF detail' sheet has four principal "
                  "risks, each with a small action table (ten actions in all) whose status is the fill colour "
                  "of the Q2 column; where a revised due date is given it replaces the original. The cover and "
                  "summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Royal Wolverhampton NHS Trust - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
def make_rwt_psii():
    name = ("zch-royal-wolverhampton-nhs-trust-psii-delayed-diagnosis-of-cauda-equina-syndrome-"
            "safety-action-plan.xlsx")
    title = "The Royal Wolverhampton NHS Trust – Patient Safety Incident Investigation (PSII) Safety Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delayed diagnosis of cauda equina syndrome following Emergency Department attendance"
    ws["A2"].font = Font(bold=True, size=12, color="005EB8")
    info = [
        ("InPhase reference:", "RWT-PSII-2025-011"),
        ("Date of incident:", "17/03/2025"),
        ("Division:", "Division 2 – Emergency Services"),
        ("PSII report approved (Patient Safety Group):", "09/07/2025"),
        ("Executive lead:", "Chief Medical Officer"),
    ]
    for i, (k, v) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=4 + i, column=3, value=v)
    hdr_row = 10
    hdr = ["Area for improvement (from PSII findings)", "Ref", "Safety action", "Action owner", "Due date",
           "How will we know it has worked?", "Status", "Progress update – November 2025"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=hdr_row, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGH", (34, 7, 60, 30, 14, 36, 11, 44)):
        ws.column_dimensions[col].width = w

    afis = [
        ("AFI 1: Recognition of red flag symptoms of cauda equina syndrome (CES) at ED triage and assessment", [
            ("SA1.1", "Add a mandatory CES red flag prompt to the ED back pain triage template on the "
                      "electronic patient record, covering:\n• bladder or bowel dysfunction\n• saddle "
                      "anaesthesia\n• bilateral leg symptoms",
             "ED Clinical Director / Digital Clinical Safety Officer", d(2025, 9, 30),
             "Monthly audit of 20 back pain records: 90% prompt completion", "Complete",
             "Prompt live on EPR from 15/09/2025. October audit 18/20 (90%).",
             ["ED Clinical Director", "Digital Clinical Safety Officer"], "2025-09", "blue"),
            ("SA1.2", "Deliver CES recognition teaching to all ED nursing and medical staff, including the "
                      "use of post-void residual bladder scanning.",
             "ED Practice Education Lead", d(2025, 12, 31),
             "Training compliance 85% of ED staff", "On track",
             "71% of medical and 64% of nursing staff trained; sessions booked to December.",
             ["ED Practice Education Lead"], "2025-12", "green"),
            ("SA1.3", "Display the GIRFT national CES pathway poster and QR link in ED majors, minors and the "
                      "urgent treatment centre.",
             "Matron – Emergency Department", d(2025, 7, 31),
             "Spot check by Patient Safety Team", "Complete",
             "Posters in place; spot check 05/08/2025.",
             ["Matron – Emergency Department"], "2025-07", "blue"),
        ]),
        ("AFI 2: Access to out-of-hours emergency MRI for suspected CES", [
            ("SA2.1", "Agree and publish a 24/7 emergency MRI standard operating procedure for suspected CES, "
                      "with scanning within 4 hours of request.",
             "Clinical Director for Radiology", "31/10/2025 (revised from 31/08/2025)",
             "Time from request to scan for suspected CES (monthly)", "At risk",
             "SOP drafted; awaiting agreement of spinal surgery on-call cover at weekends.",
             ["Clinical Director for Radiology"], "2025-10", "amber"),
            ("SA2.2", "Recruit two additional MRI radiographers to support the out-of-hours on-call rota.",
             "Radiology Services Manager", d(2026, 3, 31),
             "Out-of-hours rota fully staffed", "At risk",
             "One post appointed, start date January 2026. Second post out to advert.",
             ["Radiology Services Manager"], "2026-03", "amber"),
        ]),
        ("AFI 3: Safety-netting when patients with back pain are discharged from ED", [
            ("SA3.1", "Introduce a standard CES safety-netting leaflet (with easy read and translated "
                      "versions) for every patient discharged from ED with back pain, and record that it was "
                      "given in the discharge summary.",
             "Patient Information Lead; ED Consultant (Governance Lead)", d(2025, 11, 30),
             "Audit of discharge summaries: 95% record the leaflet", "On track",
             "Leaflet approved by Readers' Panel; translations with the interpreting service.",
             ["Patient Information Lead", "ED Consultant (Governance Lead)"], "2025-11", "green"),
            ("SA3.2", "Amend the ED discharge letter so that the GP is asked to review the patient within 48 "
                      "hours where CES was considered but not confirmed.",
             "Head of Digital Services", d(2026, 1, 31),
             "Discharge letter template change signed off", "Not started",
             "Change request logged; scheduled for the January EPR release.",
             ["Head of Digital Services"], "2026-01", "unrated"),
            ("SA3.3", "Share the learning from this PSII through the Trust 'Safety Matters' bulletin and at "
                      "divisional governance meetings.",
             "Head of Patient Safety", d(2025, 8, 31),
             "Bulletin published; minutes of divisional meetings", "Complete",
             "Bulletin issued 21/08/2025; presented at Division 1 and Division 2 governance.",
             ["Head of Patient Safety"], "2025-08", "blue"),
        ]),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Not started": "D9D9D9"}
    expected = []
    r = hdr_row + 1
    for afi, acts in afis:
        first = r
        for (ref, text, owner, due, measure, status_word, upd, lead, end, status) in acts:
            vals = [None, ref, text, owner, due, measure, status_word, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(status_fill[status_word])
            expected.append(act(ref, [afi], text, lead, end, status))
            r += 1
        ws.cell(row=first, column=1, value=afi)
        ws.cell(row=first, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1,
            value="Status key and sign-off are on the 'Key and sign-off' sheet.").font = Font(italic=True)

    ks = wb.create_sheet("Key and sign-off")
    ks["A1"] = "Status key"
    ks["A1"].font = Font(bold=True)
    keyrows = [("Complete", BLUE, "Action completed and evidence received by the Patient Safety Team"),
               ("On track", GREEN, "In progress and expected to be delivered by the due date"),
               ("At risk", AMBER, "In progress but at risk of missing the due date"),
               ("Overdue", RED, "Due date passed and action not complete"),
               ("Not started", "D9D9D9", "Action not yet started")]
    for i, (w, col, txt) in enumerate(keyrows):
        ks.cell(row=2 + i, column=1, value=w).fill = fill(col)
        ks.cell(row=2 + i, column=2, value=txt)
    ks["A9"] = "Sign-off"
    ks["A9"].font = Font(bold=True)
    sign = [("Safety actions agreed by", "Patient Safety Group", "09/07/2025"),
            ("Family informed of safety actions", "Family Liaison Officer", "14/07/2025"),
            ("ICB informed", "Black Country ICB Quality Team", "18/07/2025")]
    for i, rr in enumerate(sign):
        for j, v in enumerate(rr):
            ks.cell(row=10 + i, column=1 + j, value=v).border = BOX
    ks.column_dimensions["A"].width = 34
    ks.column_dimensions["B"].width = 62
    ks.column_dimensions["C"].width = 12
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the PSII safety action plans NHS trusts keep under the Patient Safety Incident "
                   "Response Framework (NHS England safety action development guide: areas for improvement, "
                   "SMART safety actions, owner, timescale, measure). Features copied: a title block with "
                   "the incident name and an information block (InPhase reference, incident date, division, "
                   "approval date, executive lead), the area for improvement in a first column merged "
                   "vertically over its safety actions, bulleted text inside an action cell, a status word "
                   "with matching fill, one due date written as a revised date in text, and a second sheet "
                   "with the status key and sign-off table."),
        "reads": ("A PSII safety action plan from The Royal Wolverhampton NHS Trust about a delayed diagnosis "
                  "of cauda equina syndrome: three areas for improvement, each a merged cell beside its safety "
                  "actions SA1.1 to SA3.3 (eight in all). The key sheet says 'At risk' is amber; 'Not started' "
                  "is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Rathmore House Nursing Home - RQIA QIP tracker (xlsx) - typo month, refuse
# ---------------------------------------------------------------------------
def make_rqia_refuse():
    name = "zch-rathmore-house-nursing-home-newry-rqia-care-inspection-qip-tracker-typo-month-refuse.xlsx"
    title = "Rathmore House Nursing Home – RQIA Quality Improvement Plan (QIP) tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP March 2025"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Unannounced care inspection: 11 March 2025   |   Inspection ID: IN047812   |   RQIA ID: 1406"
    ws["A3"] = "Registered Manager: Mrs Claire Mulholland   |   Responsible Individual: Mr Declan Rooney"
    hdr = ["AFI", "Ref", "Stated", "To be completed by", "Area for improvement (RQIA wording)",
           "Action taken / planned by the registered person", "Responsible", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDEFGH", (6, 20, 13, 20, 55, 55, 28, 12)):
        ws.column_dimensions[col].width = w

    def section(row, text):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")

    def line(row, vals):
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")

    section(6, "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005")
    line(7, [1, "Regulation 13 (7)", "Second time", "With immediate effect",
             "The registered person shall ensure that the infection prevention and control issues identified "
             "during the inspection are managed to minimise the risk and spread of infection.",
             "Weekly IPC environmental audits introduced from 17 March 2025. Two new pedal bins and a "
             "replacement sluice cabinet fitted. Hand hygiene audits now completed on every shift for four weeks.",
             "Registered Manager", "Complete"])
    line(8, [2, "Regulation 14 (2) (a) (c)", "First time", "With immediate effect",
             "The registered person shall ensure that all parts of the home to which patients have access are "
             "free from hazards; this relates to the storage of thickening agents and cleaning chemicals.",
             "Thickening agents moved to the locked treatment room. Keypad lock fitted to the domestic store. "
             "Daily environmental walk-round added to the nurse in charge checklist.",
             "Registered Manager / Head Housekeeper", "Complete"])
    line(9, [3, "Regulation 30", "First time", "From the date of inspection",
             "The registered person shall ensure that RQIA is notified of any event in the home which adversely "
             "affects the wellbeing or safety of any patient.",
             "Notifiable events flowchart displayed in the nurses' station. All nurses to complete the "
             "notifications e-learning module.",
             "Registered Manager", "In progress"])
    section(10, "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)")
    line(11, [1, "Standard 4.9", "First time", "30 April 2025",
              "The registered person shall ensure that care records are reviewed and updated when a patient's "
              "needs change, including after a fall.",
              "Post-falls care plan review added to the falls protocol. Monthly care record audit of 10% of "
              "records by the Deputy Manager.",
              "Deputy Manager", "In progress"])
    line(12, [2, "Standard 12", "First time", "30 Apirl 2025",
              "The registered person shall ensure that the daily menu is displayed in a suitable format and "
              "that patients on modified diets are offered a choice at each meal.",
              "Pictorial menu boards ordered. Cook and catering assistant to attend IDDSI refresher training.",
              "Catering Manager", "In progress"])
    line(13, [3, "Standard 39", "Second time", "31 May 2025",
              "The registered person shall ensure that all staff complete mandatory training, including "
              "dysphagia awareness, within the required timescales.",
              "Training matrix reviewed weekly; staff with outstanding modules rostered protected time.",
              "Deputy Manager / Training Co-ordinator", "In progress"])
    line(14, [4, "Standard 35", "First time", "30 June 2025",
              "The registered person shall ensure that the governance audits completed by the manager are "
              "robust, identify deficits and include an action plan that is followed up.",
              "New audit schedule agreed with the Responsible Individual; actions tracked in the monthly "
              "Regulation 29 visit report.",
              "Responsible Individual", "Not started"])
    ws["A16"] = "Status key: Complete / In progress / Not started. Tracker reviewed at the monthly governance meeting."
    ws["A16"].font = Font(italic=True)
    ws["A17"] = "Last updated: 02/05/2025 – C. Mulholland"
    ws["A17"].font = Font(italic=True)
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the Quality Improvement Plan tracker a Northern Ireland nursing home keeps after an "
                   "RQIA unannounced care inspection, following the QIP layout at the end of RQIA inspection "
                   "reports (e.g. https://vdocuments.mx/unannounced-care-inspection-report-3-november-2016-"
                   "unannounced-care-inspection.html): separate sections for areas for improvement against The "
                   "Nursing Homes Regulations (Northern Ireland) 2005 and against the Care Standards for Nursing "
                   "Homes, each with Ref, 'Stated: First/Second time', 'To be completed by', the RQIA wording and "
                   "the registered person's response, plus a status column and notes lines."),
        "reads": ("An RQIA QIP tracker for Rathmore House Nursing Home with three regulation and four standard "
                  "areas for improvement. The 'To be completed by' cell for standards area 2 (sheet row 12) reads "
                  "'30 Apirl 2025', a mistyped month, so a careful reader stops there and asks before reading "
                  "the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 12,
        "title": title,
    })
    return name, 0


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


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' in text becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Llanedeyrn Health Centre - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def make_hiw_gp():
    name = "zch-llanedeyrn-health-centre-hiw-gp-inspection-improvement-plan.docx"
    title = "Llanedeyrn Health Centre – HIW Inspection Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in (("Service:", "Llanedeyrn Health Centre, Maelfa, Llanedeyrn, Cardiff"),
                 ("Health board:", "Cardiff and Vale University Health Board"),
                 ("Type of inspection:", "Announced GP practice inspection"),
                 ("Date of inspection:", "21 May 2025"),
                 ("Date of publication:", "21 August 2025")):
        row = cover.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ("Immediate concerns identified",
                                       "Impact/potential impact on patient care and treatment",
                                       "How HIW escalated the concern", "How the concern was resolved")):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for c, v in zip(ta.rows[1].cells, (
            "Two emergency drugs (adrenaline 1:1000 and hydrocortisone) in the resuscitation trolley had "
            "passed their expiry date.",
            "Patients may not receive effective treatment in an emergency.",
            "Raised with the practice manager on the day of the inspection.",
            "Replacement drugs were ordered and received on 22 May 2025.")):
        set_cell(c, v)

    HDR = ("Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale")
    expected = []

    def plan_table(rows, under_head):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, HDR):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (imp, std, action, officer, timescale, lead, end, end_text) in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, (imp, std, action, officer, timescale)):
                set_cell(c, v)
            expected.append(act(None, [under_head, imp], action, lead, end, "unrated", end_text))

    def rep_table():
        doc.add_paragraph("Service representative")
        t = doc.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate((("Name (print):", "Siân Hughes"), ("Job role:", "Practice Manager"),
                                    ("Date:", "30 May 2025"))):
            set_cell(t.rows[i].cells[0], k, bold=True)
            set_cell(t.rows[i].cells[1], v)

    head_b = "Appendix B – Immediate improvement plan"
    doc.add_heading(head_b, level=1)
    doc.add_paragraph("Service: Llanedeyrn Health Centre")
    doc.add_paragraph("Date of inspection: 21 May 2025")
    doc.add_paragraph("The table below includes any immediate non-compliance concerns about patient safety "
                      "identified during the inspection where we require the service to complete an immediate "
                      "improvement plan telling us about the urgent actions they are taking.")
    plan_table([
        ("The practice must ensure that all clinical staff have completed safeguarding training at the level "
         "appropriate to their role.",
         "Safe",
         "All clinical staff have been booked onto level 3 safeguarding children and adults training through "
         "the health board. The practice manager will keep a training matrix and review compliance monthly.",
         "Practice Manager / Safeguarding Lead GP", "31 July 2025",
         ["Practice Manager", "Safeguarding Lead GP"], "2025-07", None),
        ("The practice must ensure that the defibrillator, oxygen and emergency drugs are checked, and the "
         "checks recorded, every week.",
         "Safe",
         "A weekly checklist for the defibrillator, oxygen cylinder and emergency drugs has been introduced. "
         "Checks are completed by the duty healthcare assistant and signed off by the lead nurse.",
         "Lead Nurse", "Immediate",
         ["Lead Nurse"], None, "Immediate"),
    ], head_b)
    rep_table()

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Llanedeyrn Health Centre")
    doc.add_paragraph("Date of inspection: 21 May 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they "
                      "are taking to address these areas.")
    sec1 = "Quality of the patient experience"
    doc.add_heading(sec1, level=2)
    plan_table([
        ("The practice should review its telephone and online access arrangements to reduce the waiting time "
         "for patients calling at 8am.",
         "Timely",
         "The practice has moved to a cloud-based telephone system with call-back and queue position messages. "
         "Online consultation requests will be open from 7am to 6.30pm, Monday to Friday. Patient feedback on "
         "access will be reviewed at the quarterly Patient Participation Group meeting.",
         "Practice Manager", "30 September 2025",
         ["Practice Manager"], "2025-09", None),
        ("The practice must ensure that a hearing loop is available and working at reception, and that this is "
         "advertised to patients.",
         "Equitable",
         "A portable hearing loop has been purchased and signs are displayed at reception and in the waiting "
         "room.",
         "Reception Supervisor", "30 June 2025",
         ["Reception Supervisor"], "2025-06", None),
        ("The practice should make information on how to raise a concern under Putting Things Right available "
         "bilingually in the waiting area and on the practice website.",
         "Person-centred",
         "Bilingual Putting Things Right posters and leaflets have been requested from the health board. The "
         "practice website will be updated with the Welsh and English versions of the complaints procedure.",
         "Practice Manager / Office Manager", "31 July 2025",
         ["Practice Manager", "Office Manager"], "2025-07", None),
    ], sec1)
    sec2 = "Delivery of safe and effective care"
    doc.add_heading(sec2, level=2)
    plan_table([
        ("The practice must ensure that the cold chain for vaccines is maintained, including twice daily "
         "recording of fridge temperatures and the action taken when readings are outside the recommended "
         "range.",
         "Safe",
         "Fridge temperatures are now recorded at the start and end of each day using a data logger, with a "
         "flowchart on each fridge setting out the action to take when a reading is out of range.\nThe lead "
         "nurse will audit the records monthly and report the findings to the practice meeting.",
         "Lead Nurse", "Immediate and ongoing",
         ["Lead Nurse"], None, "Immediate and ongoing"),
        ("The practice should ensure that patient records include a clear record of the clinical rationale for "
         "antibiotic prescribing.",
         "Effective",
         "A prescribing audit of 50 antibiotic consultations will be carried out and the findings shared at a "
         "clinical meeting, with a re-audit after six months.",
         "Dr E Price (Prescribing Lead)", "31 December 2025",
         ["Dr E Price (Prescribing Lead)"], "2025-12", None),
    ], sec2)
    sec3 = "Quality of management and leadership"
    doc.add_heading(sec3, level=2)
    plan_table([
        ("The practice must ensure that all staff receive an annual appraisal.",
         "Workforce",
         "An appraisal schedule has been set for all nursing and non-clinical staff, and all outstanding "
         "appraisals will be completed by the end of October 2025.",
         "Practice Manager", "31 October 2025",
         ["Practice Manager"], "2025-10", None),
        ("The practice should hold regular, minuted practice meetings and share the minutes with staff who are "
         "unable to attend.",
         "Leadership",
         "Monthly whole-practice meetings have been scheduled for the next 12 months. Minutes will be saved on "
         "the shared drive and emailed to all staff.",
         "Practice Manager / Senior Partner", "Monthly",
         ["Practice Manager", "Senior Partner"], None, "Monthly"),
    ], sec3)
    rep_table()
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the improvement plan appendices of a Healthcare Inspectorate Wales GP practice "
                   "inspection report (hiw.org.uk reports, e.g. the format seen in HIW inspection reports "
                   "https://vdocuments.net/follow-up-inspection-unannounced.html and the 2024-25 HIW reports "
                   "using the Health and Care Quality Standards 2023): a cover table (service, health board, "
                   "inspection and publication dates), Appendix A summary of concerns resolved on the day (not "
                   "actions), Appendix B immediate improvement plan and Appendix C improvement plan with the "
                   "HIW columns Improvement needed / Standard / Service action / Responsible officer / "
                   "Timescale, one table per report section in Appendix C, and 'Service representative' "
                   "sign-off tables."),
        "reads": ("The practice's completed HIW improvement plan: two immediate improvements in Appendix B and "
                  "seven further improvements in Appendix C, grouped under the three HIW report sections. Each "
                  "row's service action is the action and the 'Improvement needed' is what it answers. There "
                  "is no status column, so every action is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. NHS Fife - SAER improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_fife_saer():
    name = ("zch-nhs-fife-saer-omission-of-time-critical-parkinsons-medication-improvement-action-plan.docx")
    title = "Significant Adverse Event Review (SAER) – Improvement Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    p = doc.add_paragraph()
    p.add_run("NHS Fife – Acute Services Division").bold = True
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in (("Datix reference", "W412337"),
                 ("Event", "Omission of time-critical Parkinson's medication following emergency admission, "
                           "Ward 6, Victoria Hospital, Kirkcaldy"),
                 ("SAER commissioned", "14 January 2025"),
                 ("Report approved", "Acute Services Division Clinical Governance Group, 26 June 2025"),
                 ("Action plan owner", "Associate Director of Nursing, Acute Services Division"),
                 ("Version / date", "v3 – 10 November 2025")):
        row = ctl.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for w, col, txt in (("Complete", BLUE, "Blue – action completed and evidence provided"),
                        ("On track", GREEN, "Green – action progressing within timescale"),
                        ("At risk", AMBER, "Amber – action at risk of not being completed within timescale"),
                        ("Overdue", RED, "Red – target date has passed and the action is not complete")):
        row = key.add_row().cells
        set_cell(row[0], w, bold=True)
        shade(row[0], col)
        set_cell(row[1], txt)

    doc.add_paragraph()
    doc.add_heading("Improvement action plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No.", "Action", "Lead", "Target date", "Progress update", "Status")):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    status_col = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED, "Not started": "FFFFFF"}

    recs = [
        ("Recommendation 1: The Acute Services Division should ensure that patients with Parkinson's disease "
         "receive time-critical medication within 30 minutes of the prescribed time, including during the "
         "admission process.", [
            ("1.1", "Add Parkinson's disease medications to the time-critical medicines list on HEPMA, with a "
                    "visual alert at the point of administration.",
             "Lead Pharmacist – Medicines Governance", "31/08/2025",
             "HEPMA alert live from 18 August 2025.", "Complete",
             ["Lead Pharmacist – Medicines Governance"], "2025-08", "blue"),
            ("1.2", "Make a stock of commonly used Parkinson's medications available in the Acute Medical Unit "
                    "and Emergency Department emergency drug cupboards.",
             "Lead Pharmacist – Medicines Governance / Clinical Nurse Manager (AMU)",
             "30/09/2025\nRevised: 30/11/2025",
             "Stock list agreed; ED cupboard stocked. AMU cupboard awaiting new controlled storage.",
             "On track",
             ["Lead Pharmacist – Medicines Governance", "Clinical Nurse Manager (AMU)"], "2025-11", "green"),
            ("1.3", "Include the Parkinson's UK 'Get It On Time' resources in the Ward 6 and AMU nursing "
                    "induction.",
             "Senior Charge Nurse (Ward 6)", "31/07/2025",
             "Included in induction pack from July 2025.", "Complete",
             ["Senior Charge Nurse (Ward 6)"], "2025-07", "blue"),
        ]),
        ("Recommendation 2: The Division should improve medicines reconciliation on admission so that "
         "patients' own medicines and the times they take them are recorded within 24 hours.", [
            ("2.1", "Audit medicines reconciliation within 24 hours of admission for all patients on "
                    "Parkinson's medication admitted over a three-month period, and present the results to the "
                    "Medicines Safety Group.",
             "Dr J Nicol & Dr S Ahmed", "December 2025",
             "Data collection August to October complete; analysis under way.", "On track",
             ["Dr J Nicol", "Dr S Ahmed"], "2025-12", "green"),
            ("2.2", "Update the admission documentation so that patients and carers are asked about the timing "
                    "of their Parkinson's medication, and support self-administration where it is safe to do "
                    "so.",
             "Lead Nurse – Practice Development", "31/10/2025\nRevised: 31/01/2026",
             "Draft agreed by Nursing and Midwifery Practice Group; print and e-form changes pending.",
             "At risk",
             ["Lead Nurse – Practice Development"], "2026-01", "amber"),
            ("2.3", "Agree a self-administration of medicines policy for inpatients with the Area Drug and "
                    "Therapeutics Committee.",
             "Director of Pharmacy and Medicines", "End of March 2026",
             "Scheduled for the February 2026 ADTC meeting.", "Not started",
             ["Director of Pharmacy and Medicines"], "2026-03", "unrated"),
        ]),
        ("Recommendation 3: NHS Fife should ensure that the learning from this review is shared and that the "
         "family's experience informs improvement.", [
            ("3.1", "Share a learning summary from this SAER through the NHS Fife 'Learning from Events' "
                    "bulletin and at the Acute Services Division Clinical Governance Group.",
             "Clinical Governance Manager", "31/07/2025",
             "Learning summary published July 2025.", "Complete",
             ["Clinical Governance Manager"], "2025-07", "blue"),
            ("3.2", "Invite the patient's family to help co-design the Parkinson's awareness session for ward "
                    "staff, in line with the duty of candour commitments made to them.",
             "Associate Director of Nursing", "28/02/2026",
             "Family have agreed to take part; first meeting 4 December 2025.", "On track",
             ["Associate Director of Nursing"], "2026-02", "green"),
            ("3.3", "Re-audit omitted and delayed doses of time-critical medicines on Ward 6 three months after "
                    "the HEPMA alert goes live.",
             "Lead Pharmacist – Medicines Governance", "31/10/2025",
             "Not yet started due to pharmacy staffing; to be discussed at the December Medicines Safety Group.",
             "Overdue",
             ["Lead Pharmacist – Medicines Governance"], "2025-10", "red"),
        ]),
    ]
    expected = []
    for rec, acts in recs:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        set_cell(merged, rec, bold=True)
        shade(merged, "F2F2F2")
        for (no, text, lead_txt, target, upd, st, lead, end, status) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, text, lead_txt, target, upd, st)):
                set_cell(c, v)
            shade(cells[5], status_col[st])
            expected.append(act(no, [rec], text, lead, end, status))
    doc.add_paragraph()
    doc.add_paragraph("Next review: Acute Services Division Clinical Governance Group, January 2026.")
    doc.add_paragraph("Approved by: Director of Acute Services")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the improvement action plan an NHS Scotland board produces after a Significant "
                   "Adverse Event Review under the HIS national framework for learning from adverse events "
                   "(https://www.healthcareimprovementscotland.scot/publications/learning-from-adverse-events-"
                   "through-reporting-and-review-a-national-framework-for-scotland/). Features copied: a "
                   "document-control table (Datix reference, event, dates, owner, version), a status key "
                   "table mapping words to colours, one plan table in which each recommendation is a merged, "
                   "shaded row above its numbered actions, original and revised target dates in one cell, "
                   "two named doctors joined by '&' as leads, and sign-off lines after the table."),
        "reads": ("NHS Fife's SAER action plan on omitted Parkinson's medication: three recommendations, each "
                  "with three actions (nine in all). Status is the word in the last column, read through the "
                  "key (At risk = amber, Overdue = red); where a target date is revised the revised date is "
                  "the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Heritage Healthcare Norwich - CQC home care action plan (csv)
# ---------------------------------------------------------------------------
def make_homecare_csv():
    name = "zch-heritage-healthcare-norwich-cqc-home-care-inspection-action-plan.csv"
    title = "Heritage Healthcare Norwich – CQC Action Plan (Home care agency)"
    NC = 8
    rows = []

    def pad(vals):
        return list(vals) + [""] * (NC - len(vals))

    rows.append(pad([title]))
    rows.append(pad(["Assessment 3 to 10 June 2025; report published 24 July 2025. Overall rating: Requires "
                     "improvement (Safe and Well-led: Requires improvement)."]))
    rows.append(pad(["Action plan owner: Registered Manager (Karen Doyle)"]))
    rows.append(pad([]))
    rows.append(["Key question", "Regulation / what CQC found", "No.", "Action we will take", "Lead",
                 "Target date", "RAG", "Update (September 2025)"])
    reg12a = ("Regulation 12 (Safe care and treatment): Risks relating to people's health conditions, such as "
              "diabetes and catheter care, were not always assessed and recorded.")
    reg12b = ("Regulation 12 (Safe care and treatment): Medicines were not always managed safely; there were "
              "gaps in medicine administration records (MAR).")
    reg19 = ("Regulation 19 (Fit and proper persons employed): Full employment histories and references were "
             "not always obtained before staff started work.")
    reg17 = ("Regulation 17 (Good governance): Quality assurance systems had not identified the shortfalls "
             "found at this assessment.")
    data = [
        ("Safe", reg12a, "1", "Review and rewrite the care plans for all 14 people with diabetes or a catheter, "
                              "adding a specific risk assessment and guidance for care staff.",
         "Care Coordinator / Field Care Supervisor", "31/07/2025", "B", "All 14 care plans reviewed and signed off.",
         ["Care Coordinator", "Field Care Supervisor"], "2025-07", "blue", None),
        ("", "", "2", "Deliver diabetes awareness and catheter care training to all care staff with the "
                      "community nursing team.",
         "Training Lead", "30/09/2025", "G", "Two of three sessions delivered; final session 24/09/2025.",
         ["Training Lead"], "2025-09", "green", None),
        ("", reg12b, "3", "Move everyone who has support with medicines onto the electronic MAR in the care "
                          "app, with alerts for missed or late medicines.",
         "Registered Manager", "31/08/2025", "B", "eMAR live for all 37 people from 11/08/2025.",
         ["Registered Manager"], "2025-08", "blue", None),
        ("", "", "4", "Complete monthly MAR audits and an annual competency check for every care worker who "
                      "gives medicines.",
         "Field Care Supervisor", "Monthly – ongoing", "G", "July and August audits done.",
         ["Field Care Supervisor"], None, "green", "Monthly – ongoing"),
        ("", reg19, "5", "Audit all 42 staff files against Schedule 3 and obtain any missing employment "
                         "history, references or DBS updates.",
         "Jo Carter and Mark Ellis", "31/08/2025", "A", "38 of 42 files complete; 4 awaiting references.",
         ["Jo Carter", "Mark Ellis"], "2025-08", "amber", None),
        ("", "", "6", "Introduce a pre-employment checklist signed off by the Registered Manager before any "
                      "new care worker is put on the rota.",
         "Registered Manager", "30/06/2025", "B", "In use from 30/06/2025.",
         ["Registered Manager"], "2025-06", "blue", None),
        ("Well-led", reg17, "7", "Introduce a quarterly quality audit programme covering care plans, MAR, call "
                                 "times and staff files, with findings reported to the directors.",
         "Registered Manager", "30/09/2025", "G", "Audit tool agreed; first full audit due end of September.",
         ["Registered Manager"], "2025-09", "green", None),
        ("", "", "8", "Use the call monitoring system to review late and missed calls every week and act on "
                      "any patterns.",
         "Care Coordinator", "31/10/2025", "A", "Weekly review started; rural rounds still running late.",
         ["Care Coordinator"], "2025-10", "amber", None),
        ("", "", "9", "Send a survey to people using the service and their relatives, and share a 'You said, "
                      "we did' summary.",
         "Office Manager", "30/11/2025", "R", "Survey not yet sent; new date to be agreed with the directors.",
         ["Office Manager"], "2025-11", "red", None),
    ]
    expected = []
    kq_cur, reg_cur = None, None
    for (kq, reg, no, text, lead_txt, target, rag, upd, lead, end, status, end_text) in data:
        rows.append([kq, reg, no, text, lead_txt, target, rag, upd])
        kq_cur = kq or kq_cur
        reg_cur = reg or reg_cur
        expected.append(act(no, [kq_cur, reg_cur], text, lead, end, status, end_text))
    rows.append(pad([]))
    rows.append(pad(["RAG key: B = completed, G = on track, A = some delay, R = off track / not achieved"]))
    rows.append(pad(["Prepared by Karen Doyle, Registered Manager – 15/09/2025. Next review at the directors' "
                     "meeting, October 2025."]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates the action plan a domiciliary care agency sends to CQC and keeps after a 'Requires "
                   "improvement' assessment (CQC home care inspection reports list breaches of Regulations 12, "
                   "17 and 19 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 "
                   "under the Safe and Well-led key questions), saved from Excel as CSV. Features copied: title "
                   "and rating lines above the header, key question and regulation cells written only on the "
                   "first row of each group (blank below, as merged cells export), numbered actions, RAG "
                   "letters with a key line and a prepared-by line at the foot."),
        "reads": ("A CSV action plan for Heritage Healthcare Norwich with nine numbered actions under two key "
                  "questions (Safe, Well-led) and four regulation findings; a reader carries the key question "
                  "and finding down to the blank rows below them. RAG letters B/G/A/R are read by the key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. South London and Maudsley NHSFT - Quality Account priorities tracker (txt, tab separated)
# ---------------------------------------------------------------------------
def make_slam_qa_txt():
    name = "zch-south-london-and-maudsley-nhsft-quality-account-priorities-tracker-2025-26.txt"
    title = ("South London and Maudsley NHS Foundation Trust – Quality Account 2025/26 quality priorities: "
             "quarterly progress tracker")
    lines = [
        title,
        "Position at the end of Quarter 2 (September 2025). Presented to the Quality Committee, 23 October 2025.",
        "",
        "Ref\tAction / milestone\tLead\tDue\tQ1 RAG\tQ2 RAG\tQ2 comments",
    ]
    expected = []
    groups = [
        ("PATIENT SAFETY", [
            ("Priority 1: Reduce the use of restrictive practice on our inpatient wards, with a focus on prone "
             "restraint and seclusion", [
                ("1a", "Roll out the Safewards model to the remaining six adult acute wards",
                 "Head of Nursing – Acute Care Pathway", "Dec-25", "G", "G",
                 "Four of six wards now live; Ladywell Unit wards to follow in November.",
                 ["Head of Nursing – Acute Care Pathway"], "2025-12", "green", None),
                ("1b", "Hold a post-incident debrief within 72 hours of every use of prone restraint and record "
                       "it on Datix",
                 "Director of Nursing (Quality) / Deputy Medical Director", "Sep-25", "A", "B",
                 "Complete – debrief form live on Datix from 1 August 2025.",
                 ["Director of Nursing (Quality)", "Deputy Medical Director"], "2025-09", "blue", None),
                ("1c", "Report restrictive practice data by ethnicity to every Quality Committee and act on "
                       "disproportionality",
                 "Head of Patient Safety", "Quarterly", "G", "G",
                 "Q2 report included; seclusion rates for Black patients remain 2.3 times the Trust average.",
                 ["Head of Patient Safety"], None, "green", "Quarterly"),
            ]),
            ("Priority 2: Improve the physical health of people with severe mental illness (SMI)", [
                ("2a", "Increase the proportion of people on the SMI register who receive all six physical "
                       "health checks to 60%",
                 "Associate Director of Physical Health", "Mar-26", "A", "A",
                 "52% at Q2 against a trajectory of 55%.",
                 ["Associate Director of Physical Health"], "2026-03", "amber", None),
                ("2b", "Recruit physical health nurses to each community mental health hub in Lambeth, "
                       "Southwark, Lewisham and Croydon",
                 "AK/TL", "Jan-26", "R", "A",
                 "Three of four posts appointed; Croydon post re-advertised.",
                 ["AK", "TL"], "2026-01", "amber", None),
            ]),
        ]),
        ("CLINICAL EFFECTIVENESS", [
            ("Priority 3: Deliver our Patient and Carer Race Equality Framework (PCREF) commitments", [
                ("3a", "Publish the Trust PCREF action plan, co-produced with service users and community "
                       "partners",
                 "Chief Nurse; Director of Equality, Diversity and Inclusion", "30/06/2025", "G", "B",
                 "Published on the Trust website 27 June 2025.",
                 ["Chief Nurse", "Director of Equality, Diversity and Inclusion"], "2025-06", "blue", None),
                ("3b", "Provide cultural competency training to 85% of clinical staff",
                 "Head of Learning and Development", "Mar-26", "A", "A",
                 "61% trained; additional sessions added for community teams.",
                 ["Head of Learning and Development"], "2026-03", "amber", None),
            ]),
        ]),
        ("PATIENT EXPERIENCE", [
            ("Priority 4: Involve carers in care planning and decisions about care", [
                ("4a", "Complete the Triangle of Care self-assessment in every inpatient and community team",
                 "Carers Lead", "Dec-25", "G", "G",
                 "All inpatient teams complete; community teams 70%.",
                 ["Carers Lead"], "2025-12", "green", None),
                ("4b", "Record carer details and consent to share information in ePJS for 75% of service users "
                       "with an identified carer",
                 "Head of Clinical Systems", "Mar-26", "A", "R",
                 "Recording remains at 48%; deep dive to the November Quality Committee.",
                 ["Head of Clinical Systems"], "2026-03", "red", None),
                ("4c", "Launch a carers' information hub on the Trust website",
                 "Head of Communications", "Nov-25", "", "G",
                 "Content drafted with the carers' reference group.",
                 ["Head of Communications"], "2025-11", "green", None),
            ]),
        ]),
    ]
    for domain, prios in groups:
        lines.append(domain)
        for prio, acts in prios:
            lines.append(prio)
            for (ref, text, lead_txt, due, q1, q2, comment, lead, end, status, end_text) in acts:
                lines.append("\t".join([ref, text, lead_txt, due, q1, q2, comment]))
                expected.append(act(ref, [domain, prio], text, lead, end, status, end_text))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = at risk, mitigating actions in place; R = off track",
        "Source: Quality Account 2024/25, Part 2 'Our quality priorities for 2025/26'.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": ("Imitates the quarterly progress tracker that NHS trusts report to their quality committee "
                   "against the quality priorities set in their Quality Account (for example the Quality "
                   "Account priorities pages of Newcastle Hospitals, https://www.newcastle-hospitals.nhs.uk/"
                   "about/our-interim-strategy/quality-account-priorities, and the mental health priorities in "
                   "SWLSTG's 2024/25 report), exported as tab-separated text. Features copied: a title line and "
                   "a position/meeting line, domain lines (patient safety, clinical effectiveness, patient "
                   "experience) and priority lines as headings, previous (Q1) and current (Q2) RAG letters, "
                   "initials and several posts as leads, and a RAG key and source line at the foot."),
        "reads": ("SLaM's Quality Account 2025/26 priorities tracker at Q2: three domains, four priorities and "
                  "ten actions (1a to 4c), each read under its domain and priority. Status is the Q2 RAG; 'Due' "
                  "is a month except 'Quarterly'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    made = [make_sel_icb_baf(), make_rwt_psii(), make_rqia_refuse(), make_hiw_gp(), make_fife_saer(),
            make_homecare_csv(), make_slam_qa_txt()]
    for n, k in made:
        print(f"{n}: {k} actions")
