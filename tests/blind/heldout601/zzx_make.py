"""Build the seven zzx- blind test files of set heldout601 and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with zzx-.
"""
import csv
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
GREY = "D9D9D9"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill(start_color=hex_colour, end_color=hex_colour, fill_type="solid")


def write_expected(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    assert os.path.basename(path).startswith("zzx-")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. QEH King's Lynn corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def make_qeh():
    name = "zzx-queen-elizabeth-hospital-kings-lynn-nhsft-corporate-risk-register-2025-26.xlsx"
    title = "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust – Corporate Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Risks scoring 15 and above – report to the Board of Directors (meeting in public), 4 November 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Comments"),
        ("0.1", "12/09/2025", "Head of Risk and Compliance", "Q2 refresh following Risk Management Group"),
        ("0.2", "07/10/2025", "Head of Risk and Compliance", "Updates from executive owners"),
        ("1.0", "22/10/2025", "Trust Secretary", "Approved by Executive Management Group"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 45

    key = wb.create_sheet("Key")
    key["A1"] = "Risk scoring (likelihood × consequence)"
    key["A1"].font = Font(bold=True)
    scoring = [("1–3", "Low", "92D050"), ("4–6", "Moderate", "FFFF00"), ("8–12", "High", AMBER), ("15–25", "Extreme", RED)]
    for i, (s, lbl, col) in enumerate(scoring):
        key.cell(row=2 + i, column=1, value=s).fill = fill(col)
        key.cell(row=2 + i, column=2, value=lbl)
    key["A7"] = "Action status"
    key["A7"].font = Font(bold=True)
    status_key = [
        ("Complete", BLUE, "Action completed – evidence held by risk owner"),
        ("On track", GREEN, "Action progressing and expected to meet its due date"),
        ("At risk", AMBER, "Action at risk of missing its due date"),
        ("Off track", RED, "Due date missed or no longer achievable – escalated to EMG"),
        ("Not started", "FFFFFF", "Action not yet started"),
    ]
    for i, (s, col, meaning) in enumerate(status_key):
        c = key.cell(row=8 + i, column=1, value=s)
        c.fill = fill(col)
        c.border = BOX
        key.cell(row=8 + i, column=2, value=meaning)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("CRR actions")
    ws["A1"] = "Corporate Risk Register – further actions for risks scoring 15+"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position as at 17 October 2025"
    headers = ["Risk ID and title", "Executive owner", "Current score (L×C)", "Target score", "Action ref",
               "Further action required", "Action lead", "Due date", "Revised due date", "Action status",
               "Progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    widths = [34, 22, 12, 10, 9, 50, 28, 12, 12, 12, 50]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED, "Not started": None}
    so1 = "Strategic objective 1: Our patients – to provide safe, high-quality care"
    so2 = "Strategic objective 2: Our people – to support our staff to deliver the best care"
    so3 = "Strategic objective 3: Our future – sustainable services and a new hospital"
    r2971 = "2971 – RAAC: structural failure of roof planks in the main hospital building"
    r3104 = "3104 – Emergency department crowding and delays to ambulance handover"
    r2844 = "2844 – Registered nurse and midwife vacancies in inpatient areas"
    r3010 = "3010 – Cyber security: loss of clinical systems following a cyber attack"
    plan = [
        ("band", so1),
        ("risk", r2971, "Director of Estates and Facilities", "20 (4×5)", "10", [
            ("2971.1", "Complete the 2025/26 programme of RAAC plank surveys, with a full resurvey of all Category A and B areas",
             "Head of Estates Compliance", d(2025, 9, 30), d(2025, 12, 31), "At risk",
             "Surveys of the main ward block complete; theatres and outpatient areas rescheduled to avoid winter bed pressures.",
             "2025-12", "amber"),
            ("2971.2", "Install additional failsafe steel supports in the remaining ward ceiling voids identified in the 2024 survey",
             "Estates Project Manager", d(2026, 3, 31), None, "On track",
             "Contractor appointed; works sequenced ward by ward with infection prevention sign-off.",
             "2026-03", "green"),
            ("2971.3", "Agree the decant and ward moves plan with the divisions to release areas for plank replacement works",
             "Deputy Chief Operating Officer / Director of Estates and Facilities", d(2025, 6, 30), None, "Complete",
             "Decant plan agreed at EMG on 24 June 2025.",
             "2025-06", "blue"),
        ]),
        ("risk", r3104, "Chief Operating Officer", "20 (5×4)", "12", [
            ("3104.1", "Open the Same Day Emergency Care (SDEC) extension seven days a week, 08:00–22:00",
             "Divisional Director, Medicine", d(2025, 10, 31), None, "Off track",
             "Middle-grade rota not yet filled; weekend opening now planned from January 2026.",
             "2025-10", "red"),
            ("3104.2", "Implement the revised full capacity protocol and internal professional standards for specialty review in ED",
             "Chief Operating Officer", "Ongoing – monthly audit", None, "On track",
             "Compliance with the 1-hour specialty review standard 71% in September (target 90%).",
             None, "green"),
        ]),
        ("band", so2),
        ("risk", r2844, "Chief Nurse", "16 (4×4)", "8", [
            ("2844.1", "Deliver the international nurse recruitment cohort of 40 registered nurses, with OSCE preparation and pastoral support",
             "Deputy Chief Nurse", d(2026, 1, 31), None, "On track",
             "28 nurses in post; 12 arriving November 2025.",
             "2026-01", "green"),
            ("2844.2", "Review ward establishments using the Safer Nursing Care Tool and report the outcome to the People Committee",
             "Deputy Chief Nurse & Head of Workforce Planning", d(2025, 11, 30), None, "Not started",
             "Data collection period scheduled for November 2025.",
             "2025-11", "unrated"),
        ]),
        ("band", so3),
        ("risk", r3010, "Chief Digital Information Officer", "15 (3×5)", "10", [
            ("3010.1", "Migrate the remaining Windows Server 2012 estate to supported operating systems",
             "Associate Director of IT Infrastructure", d(2025, 3, 31), d(2025, 11, 30), "At risk",
             "14 of 19 servers migrated; pathology interface dependent on supplier upgrade.",
             "2025-11", "amber"),
            ("3010.2", "Run a trust-wide cyber incident exercise with Norfolk and Waveney system partners",
             "Emergency Planning Officer / Head of IT Security", d(2025, 8, 31), None, "Complete",
             "Exercise held 19 August 2025; lessons learned report to Audit Committee.",
             "2025-08", "blue"),
        ]),
    ]
    expected = []
    row = 5
    band = None
    for item in plan:
        if item[0] == "band":
            band = item[1]
            ws.cell(row=row, column=1, value=band).font = Font(bold=True)
            for j in range(11):
                ws.cell(row=row, column=1 + j).fill = fill("C6D9F1")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
            row += 1
            continue
        _, risk, owner, score, target, actions = item
        first = row
        ws.cell(row=row, column=1, value=risk)
        ws.cell(row=row, column=2, value=owner)
        ws.cell(row=row, column=3, value=score).fill = fill(RED)
        ws.cell(row=row, column=4, value=target)
        for (ref, text, lead, due, rev, status, upd, end, st) in actions:
            ws.cell(row=row, column=5, value=ref)
            ws.cell(row=row, column=6, value=text)
            ws.cell(row=row, column=7, value=lead)
            c = ws.cell(row=row, column=8, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=row, column=9, value=rev)
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=row, column=10, value=status)
            if status_fill[status]:
                c.fill = fill(status_fill[status])
            ws.cell(row=row, column=11, value=upd)
            for j in range(11):
                ws.cell(row=row, column=1 + j).alignment = WRAP
                ws.cell(row=row, column=1 + j).border = BOX
            leads = {
                "Deputy Chief Operating Officer / Director of Estates and Facilities":
                    ["Deputy Chief Operating Officer", "Director of Estates and Facilities"],
                "Deputy Chief Nurse & Head of Workforce Planning": ["Deputy Chief Nurse", "Head of Workforce Planning"],
                "Emergency Planning Officer / Head of IT Security": ["Emergency Planning Officer", "Head of IT Security"],
            }.get(lead, [lead])
            end_text = due if isinstance(due, str) else None
            expected.append(act(ref, [band, risk], text, leads, end, st, end_text))
            row += 1
        for col in range(1, 5):
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
    row += 1
    ws.cell(row=row, column=1, value="Notes: Risk 2971 is also reported monthly to the New Hospital Programme Board. "
                                       "Risks below 15 are held on divisional risk registers and reviewed by the Risk Management Group.")
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an NHS foundation trust corporate risk register as published in public board papers "
                  "(The Queen Elizabeth Hospital King's Lynn NHS FT, 2025/26 style; no specific URL copied). "
                  "Copied features: cover sheet with document-control table, separate Key sheet (5x5 scoring bands and an "
                  "action-status key with fill colours), main sheet with strategic-objective band rows, risk ID/title, owner "
                  "and scores merged vertically over each risk's further actions, due and revised due dates as Excel dates, "
                  "action status words with matching fill, progress updates and a notes line.",
        "reads": "A corporate risk register for risks scoring 15+: four risks grouped under three strategic objectives, "
                 "each with numbered further actions (2971.1 ...), an action lead (job titles, sometimes two), a due date "
                 "and sometimes a revised due date, and an action status defined by the Key sheet (At risk = amber, "
                 "Off track = red).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Pickering and Ferens Homes consumer standards improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_pfh():
    name = "zzx-pickering-and-ferens-homes-rsh-consumer-standards-improvement-plan.xlsx"
    title = "Pickering and Ferens Homes – Consumer Standards Improvement Plan 2025–26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="6A1B9A")
    ws["A2"] = ("Our response to the Regulator of Social Housing's regulatory judgement (C2) and to our own "
                "self-assessment against the four consumer standards")
    ws["A4"] = "Version control"
    ws["A4"].font = Font(bold=True)
    vc = [("Version", "Date", "Owner", "Approved by"),
          ("v1.0", "14/05/2025", "Director of Housing", "Board, 22 May 2025"),
          ("v1.3", "06/10/2025", "Director of Housing", "Customer Services Committee, 16 October 2025")]
    for i, r in enumerate(vc):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    keyrows = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – recovery plan in place"),
               (RED, "Off track – escalated to the Executive Team")]
    for i, (col, txt) in enumerate(keyrows):
        ws.cell(row=11 + i, column=1).fill = fill(col)
        ws.cell(row=11 + i, column=1).border = BOX
        ws.cell(row=11 + i, column=2, value=txt)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 44

    sheets = [
        ("Safety & Quality", "Safety and Quality Standard", "Lead Director: Director of Property Services", [
            ("We do not hold complete, up-to-date stock condition data for all homes: 31% of surveys are more than five years old.", [
                ("SQ1.1", "Procure and mobilise a stock condition survey contract to achieve 100% of homes surveyed within the last five years",
                 "Head of Asset Management", "March 2026", GREEN, "Contract awarded August 2025; 1,140 surveys completed.",
                 ["Head of Asset Management"], "2026-03", "green"),
                ("SQ1.2", "Load the survey data into the asset management system and reconcile it against the housing management system property list",
                 "Asset Data Officer", "June 2026", GREEN, "Data templates agreed with the system supplier.",
                 ["Asset Data Officer"], "2026-06", "green"),
            ]),
            ("Damp and mould reports are not always inspected within the timescales set in our policy.", [
                ("SQ2.1", "Introduce a triage process so all new damp and mould reports are categorised and inspected within 10 working days, in line with Awaab's Law",
                 "Repairs Manager / Customer Contact Manager", "31/10/2025", BLUE, "Triage live from 1 October 2025; 96% inspected within 10 working days.",
                 ["Repairs Manager", "Customer Contact Manager"], "2025-10", "blue"),
                ("SQ2.2", "Review all open damp and mould cases older than 28 days and agree a remedy plan with each tenant",
                 "Head of Repairs", "Sept 2025", RED, "41 cases still without an agreed plan; additional surveyor starts November.",
                 ["Head of Repairs"], "2025-09", "red"),
            ]),
        ]),
        ("Transparency & Accountability", "Transparency, Influence and Accountability Standard", "Lead Director: Director of Housing", [
            ("Tenant satisfaction measures (TSMs) and complaints performance are not reported to tenants in an accessible way.", [
                ("TIA1.1", "Publish a quarterly performance report for tenants, co-designed with the Tenant Scrutiny Panel",
                 "Head of Customer Experience", "Q3 2025/26", AMBER, "First draft reviewed by the panel; design delayed by website work.",
                 ["Head of Customer Experience"], "2025-12", "amber"),
                ("TIA1.2", "Add a 'You said, we did' section to the website and tenant newsletter after each scrutiny review",
                 "Communications Officer", "Ongoing", GREEN, "Included in the autumn newsletter.",
                 ["Communications Officer"], None, "green"),
            ]),
            ("We cannot show that we understand the diverse needs of our tenants, as equality data is held for fewer than half of households.", [
                ("TIA2.1", "Run a tenant profiling campaign (phone, door-knocking and online) to collect household and vulnerability data",
                 "Tenancy Services Manager", "31 March 2026", GREEN, "Profiles held for 58% of households (from 44%).",
                 ["Tenancy Services Manager"], "2026-03", "green"),
            ]),
        ]),
        ("Tenancy", "Tenancy Standard", "Lead Director: Director of Housing", [
            ("Tenancy audits have not been carried out since 2022.", [
                ("T1.1", "Restart the tenancy audit programme, visiting 20% of homes each year and prioritising tenants not seen for three years",
                 "Head of Housing", "Apr-26", GREEN, "Programme restarted September 2025; 212 visits completed.",
                 ["Head of Housing"], "2026-04", "green"),
            ]),
        ]),
        ("Neighbourhood & Community", "Neighbourhood and Community Standard", "Lead Director: Director of Housing", [
            ("Anti-social behaviour (ASB) cases are not reviewed consistently and case records are incomplete.", [
                ("NC1.1", "Adopt an ASB case review checklist and complete monthly management audits of 10 open cases",
                 "Neighbourhood Services Manager", "December 2025", AMBER, "Checklist in use; audits completed for August and September only.",
                 ["Neighbourhood Services Manager"], "2025-12", "amber"),
                ("NC1.2", "Refresh the ASB policy with tenants and publish the updated version",
                 "Neighbourhood Services Manager and Tenant Scrutiny Panel Chair", "November 2025", BLUE,
                 "Policy approved by the Customer Services Committee and published.",
                 ["Neighbourhood Services Manager", "Tenant Scrutiny Panel Chair"], "2025-11", "blue"),
            ]),
        ]),
    ]

    # summary sheet (counts only)
    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr = ["Standard", "Actions", "Complete", "On track", "Slippage", "Off track"]
    for j, h in enumerate(hdr):
        c = summ.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    r = 4
    for (_, heading, _, issues) in sheets:
        counts = [0, 0, 0, 0, 0]
        for (_, acts) in issues:
            for a in acts:
                counts[0] += 1
                counts[{BLUE: 1, GREEN: 2, AMBER: 3, RED: 4}[a[4]]] += 1
        summ.cell(row=r, column=1, value=heading).border = BOX
        for j, v in enumerate(counts):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
            tot[j] += v
        r += 1
    summ.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        summ.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    summ.column_dimensions["A"].width = 52

    expected = []
    for (sname, heading, lead_dir, issues) in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13, color="6A1B9A")
        ws["A2"] = lead_dir
        ws["A2"].font = Font(italic=True)
        hdr = ["Ref", "Issue identified", "Action", "Lead", "Target date", "Progress update October 2025", "RAG"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("6A1B9A")
            c.border = BOX
            c.alignment = WRAP
        for j, w in enumerate([8, 40, 50, 28, 14, 44, 8]):
            ws.column_dimensions[chr(65 + j)].width = w
        row = 5
        for (issue, acts) in issues:
            first = row
            ws.cell(row=row, column=2, value=issue)
            for (ref, text, lead, target, col, upd, leads, end, st) in acts:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=3, value=text)
                ws.cell(row=row, column=4, value=lead)
                ws.cell(row=row, column=5, value=target)
                ws.cell(row=row, column=6, value=upd)
                ws.cell(row=row, column=7).fill = fill(col)
                for j in range(7):
                    ws.cell(row=row, column=1 + j).alignment = WRAP
                    ws.cell(row=row, column=1 + j).border = BOX
                end_text = "Ongoing" if target == "Ongoing" else None
                expected.append(act(ref, [heading, issue], text, leads, end, st, end_text))
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a housing association's post-judgement consumer standards improvement plan of the kind English "
                  "registered providers publish after a Regulator of Social Housing C-grade (Pickering and Ferens Homes, Hull; "
                  "2025-26; no specific URL copied). Copied features: cover sheet with version control and a fill-colour RAG "
                  "key, a Summary sheet of counts per standard, one sheet per consumer standard with the standard as a title "
                  "row and a lead-director line, issue identified merged vertically over its actions, target dates written "
                  "in several ways (month, day-first date, quarter, Ongoing) and RAG shown only as cell fill colour.",
        "reads": "An improvement plan against the four RSH consumer standards: each standard sheet lists issues found in the "
                 "self-assessment and, under each, numbered actions (SQ1.1 ...) with a lead post, target date and a RAG "
                 "cell coloured blue/green/amber/red per the cover key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Norfolk Constabulary vetting/misconduct/misogyny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_norfolk():
    name = "zzx-norfolk-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
    title = "Norfolk Constabulary – HMICFRS Vetting, Misconduct and Misogyny Inspection: Recommendation Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Report: An inspection of vetting, misconduct, and misogyny in the police service (published 2 November 2022) – "
                "43 recommendations, of which 28 are for chief constables")
    ws["A3"] = "Position at 29 February 2024 – for the OPCC Police Accountability Forum, 19 March 2024"
    ws["A4"] = "RAG: B = complete and evidenced; G = on track; A = some risk to deadline; R = deadline missed"
    ws["A4"].font = Font(italic=True)
    hdr = ["Rec no.", "Theme", "HMICFRS recommendation", "Action ref", "Action", "Owner", "Original deadline",
           "Revised deadline", "Previous RAG (Nov 23)", "Current RAG (Feb 24)", "Update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([7, 16, 48, 8, 48, 28, 12, 12, 10, 10, 44]):
        ws.column_dimensions[chr(65 + j)].width = w
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    ragword = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    recs = [
        ("2", "Vetting",
         "By 31 October 2023, chief constables should make sure that their vetting units have enough trained staff to meet "
         "demand and to complete vetting within the timescales in their service level agreements.", [
             ("2.1", "Complete a vetting demand and capacity review, including the backlog of renewals", "Head of Joint Vetting Unit",
              d(2023, 7, 31), None, "G", "B", "Review completed July 2023 and presented to Chief Officer Team.",
              ["Head of Joint Vetting Unit"]),
             ("2.2", "Recruit four additional vetting officers funded from the 2023/24 precept", "Head of Joint Vetting Unit / HR Business Partner",
              d(2023, 10, 31), d(2024, 3, 31), "A", "A", "Two officers in post; two in pre-employment checks.",
              ["Head of Joint Vetting Unit", "HR Business Partner"]),
         ]),
        ("9", "Vetting",
         "By 30 April 2023, chief constables should make sure that vetting decision-makers record a rationale whenever they "
         "clear an applicant about whom adverse information has been found, including how any risk will be managed.", [
             ("9.1", "Introduce a mandatory rationale template in the vetting management system for all clearances with adverse information",
              "Vetting Manager", d(2023, 4, 30), None, "B", "B", "Template live from 17 April 2023.", ["Vetting Manager"]),
             ("9.2", "Dip-sample 10% of clearances each quarter and report the findings to the Professional Standards Board",
              "Head of PSD", d(2023, 6, 30), None, "G", "G", "Q3 dip sample: 46 files, 2 rationales returned for more detail.",
              ["Head of PSD"]),
         ]),
        ("15", "Counter-corruption",
         "By 31 October 2023, chief constables should make sure that their counter-corruption units can monitor all force IT "
         "systems to identify data breaches and abuse of position for a sexual purpose.", [
             ("15.1", "Procure and implement IT monitoring software covering all force systems, including mobile devices",
              "Head of ACU; Head of ICT (Norfolk & Suffolk)", d(2023, 10, 31), d(2024, 9, 30), "R", "A",
              "Contract signed January 2024 under the joint Norfolk and Suffolk procurement; installation phased to September.",
              ["Head of ACU", "Head of ICT (Norfolk & Suffolk)"]),
             ("15.2", "Train ACU analysts in the monitoring software and the abuse of position for a sexual purpose (APSP) intelligence matrix",
              "DI Counter Corruption", d(2023, 10, 31), d(2024, 10, 31), "A", "G", "APSP matrix training delivered; software training follows go-live.",
              ["DI Counter Corruption"]),
         ]),
        ("27", "Misconduct",
         "By 31 March 2024, chief constables should make sure that all allegations of sexual misconduct against officers and staff "
         "are assessed promptly and, where the criteria are met, referred to the IOPC.", [
             ("27.1", "Change the PSD assessment process so every sexual misconduct allegation is assessed by a PSD inspector within 48 hours",
              "Insp. Claire Dunn", d(2024, 3, 31), None, "G", "G", "New assessment log in place; 94% within 48 hours in February.",
              ["Insp. Claire Dunn"]),
         ]),
        ("35", "Misogyny and workplace culture",
         "By 31 March 2024, chief constables should make sure that officers and staff know how to report misogynistic and "
         "predatory behaviour, and that such reports are recorded and acted on.", [
             ("35.1", "Relaunch the anonymous Integrity Line with a campaign led by the Women's Network",
              "Head of PSD and Chair of Women's Network", d(2023, 12, 31), None, "A", "B", "Relaunched 1 December 2023; 19 reports received to date.",
              ["Head of PSD", "Chair of Women's Network"]),
             ("35.2", "Deliver Active Bystander training to all sergeants and inspectors", "Learning & Development Manager",
              d(2024, 3, 31), d(2024, 7, 31), "A", "R", "61% of supervisors trained; course capacity reduced by abstractions.",
              ["Learning & Development Manager"]),
         ]),
    ]
    expected = []
    row = 7
    for (no, theme, rec, acts) in recs:
        first = row
        ws.cell(row=row, column=1, value=no)
        ws.cell(row=row, column=2, value=theme)
        ws.cell(row=row, column=3, value=rec)
        for (ref, text, owner, orig, rev, prev, cur, upd, leads) in acts:
            ws.cell(row=row, column=4, value=ref)
            ws.cell(row=row, column=5, value=text)
            ws.cell(row=row, column=6, value=owner)
            c = ws.cell(row=row, column=7, value=orig)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=row, column=8, value=rev)
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=row, column=9, value=prev)
            c.fill = fill(ragfill[prev])
            c = ws.cell(row=row, column=10, value=cur)
            c.fill = fill(ragfill[cur])
            ws.cell(row=row, column=11, value=upd)
            for j in range(11):
                ws.cell(row=row, column=1 + j).alignment = WRAP
                ws.cell(row=row, column=1 + j).border = BOX
            endd = rev if rev is not None else orig
            expected.append(act(ref, [theme, rec], text, leads, endd.strftime("%Y-%m"), ragword[cur]))
            row += 1
        if row - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by current RAG"
    s["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for (_, _, _, acts) in recs:
        for a in acts:
            counts[a[6]] += 1
    for i, (k, lbl) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk"), ("R", "Deadline missed")]):
        s.cell(row=3 + i, column=1, value=lbl).fill = fill(ragfill[k])
        s.cell(row=3 + i, column=2, value=counts[k])
    s.cell(row=7, column=1, value="Total actions").font = Font(bold=True)
    s.cell(row=7, column=2, value=sum(counts.values())).font = Font(bold=True)
    s.column_dimensions["A"].width = 20
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a police force's tracker of the HMICFRS thematic 'An inspection of vetting, misconduct, and "
                  "misogyny in the police service' (Nov 2022) as reported to a PCC accountability meeting (Norfolk "
                  "Constabulary, 2024; no specific URL copied). Copied features: title block with report and meeting lines, "
                  "a RAG key line (B/G/A/R), rec number, theme and recommendation text merged vertically over force actions, "
                  "original and revised deadlines as Excel dates, previous and current RAG letters with fill, update column, "
                  "and a separate Summary sheet of counts.",
        "reads": "A recommendation tracker: five HMICFRS recommendations, each under a theme, with one or two force actions "
                 "(2.1, 2.2 ...) carrying an owner, an original deadline and sometimes a revised one, and a previous and "
                 "current RAG letter; the current RAG and the revised deadline (where given) are what count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


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


def set_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Swan Surgery CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_swan():
    name = "zzx-swan-surgery-cqc-inspection-action-plan.docx"
    title = "Swan Surgery – CQC Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Provider", "Swan Surgery Partnership"),
                 ("Inspection dates", "18 and 19 June 2024"),
                 ("Report published", "2 September 2024"),
                 ("Overall rating", "Requires improvement (Safe: Requires improvement; Well-led: Requires improvement)"),
                 ("Action plan owner", "Practice Manager"),
                 ("Last reviewed", "14 January 2025 (partners' meeting)")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: R – not started or overdue; A – in progress; G – on track; B – completed")

    expected = []
    regs = [
        ("Regulation 12 HSCA (RA) Regulations 2014: Safe care and treatment",
         "The provider must ensure care and treatment is provided in a safe way for service users.", [
             ("1.1", "Complete a full search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and recall all patients overdue blood monitoring",
              "Dr Khan / Clinical Pharmacist", "September 2024", "B", ["Dr Khan", "Clinical Pharmacist"], "2024-09", "blue", None),
             ("1.2", "Set up monthly searches on the clinical system for high-risk medicine monitoring, with results reviewed at the clinical meeting",
              "Clinical Pharmacist", "Monthly", "G", ["Clinical Pharmacist"], None, "green", "Monthly"),
             ("1.3", "Review all patients with a potential missed diagnosis of chronic kidney disease stage 4–5 identified by the CQC searches and code appropriately",
              "Dr Patel", "30/11/2024", "B", ["Dr Patel"], "2024-11", "blue", None),
             ("1.4", "Ensure all emergency medicines listed in the practice risk assessment are stocked and checked weekly, including at the branch surgery",
              "Nurse Manager", "October 2024", "B", ["Nurse Manager"], "2024-10", "blue", None),
         ]),
        ("Regulation 17 HSCA (RA) Regulations 2014: Good governance",
         "The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.", [
             ("2.1", "Introduce a governance tracker covering policies, risk assessments, significant events and safety alerts, reviewed at the monthly partners' meeting",
              "Practice Manager", "December 2024", "A", ["Practice Manager"], "2024-12", "amber", None),
             ("2.2", "Complete the outstanding fire, legionella and health and safety risk assessments and act on the findings",
              "Practice Manager & Operations Lead", "31/01/2025", "A", ["Practice Manager", "Operations Lead"], "2025-01", "amber", None),
             ("2.3", "Ensure all staff complete mandatory training (safeguarding, basic life support, infection prevention and control) and record it on the training matrix",
              "HR Administrator", "March 2025", "R", ["HR Administrator"], "2025-03", "red", None),
         ]),
    ]
    for (reg, req, acts) in regs:
        doc.add_heading(reg, level=1)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_text(top, req, bold=True)
        shade(top, "DEEAF6")
        for j, h in enumerate(["No.", "Action", "Lead", "Target date", "RAG"]):
            set_text(t.rows[1].cells[j], h, bold=True)
        for (ref, text, lead, due, rag, leads, end, st, et) in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, due, rag]):
                set_text(cells[j], v)
            expected.append(act(ref, [reg, req], text, leads, end, st, et))
        doc.add_paragraph("")

    should_heading = "Areas where the practice should make improvements"
    doc.add_heading(should_heading, level=1)
    shoulds = [
        ("Continue to improve the uptake of cervical screening.", [
            ("S1.1", "Offer Saturday morning smear clinics at the main surgery", "Lead Nurse", "Ongoing", "G",
             ["Lead Nurse"], None, "green", "Ongoing"),
            ("S1.2", "Send text reminders and make telephone calls to patients who have not responded to two invitations",
             "Reception Manager", "January 2025", "G", ["Reception Manager"], "2025-01", "green", None),
        ]),
        ("Take action to improve patient satisfaction with telephone access.", [
            ("S2.1", "Move to a cloud-based telephony system with call-back and queue position messages", "Practice Manager",
             "Q4 2024/25", "A", ["Practice Manager"], "2025-03", "amber", None),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Should do", "No.", "Action", "Lead", "Target date", "RAG"]):
        set_text(t.rows[0].cells[j], h, bold=True)
    for (sd, acts) in shoulds:
        start = len(t.rows)
        for (ref, text, lead, due, rag, leads, end, st, et) in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, due, rag]):
                set_text(cells[j + 1], v)
            expected.append(act(ref, [should_heading, sd], text, leads, end, st, et))
        merged = t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0))
        set_text(merged, sd)
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the partners: Practice Manager. This plan is shared with NHS Hampshire and "
                      "Isle of Wight ICB primary care team and reviewed monthly until all actions are completed.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a GP practice's post-inspection action plan responding to CQC requirement notices and "
                  "'should' findings, as practices publish on their websites (Swan Surgery, 2024-25; no specific URL "
                  "copied). Copied features: title heading, practice/inspection details table, RAG key line with B = "
                  "completed, one Word section per breached regulation (heading + table whose first merged row is the "
                  "must-do requirement), a final should-do table whose first column is merged over its actions, target "
                  "dates as months, dates, Monthly, Ongoing and a financial quarter, and a sign-off paragraph.",
        "reads": "A CQC action plan: two regulation sections (Reg 12, Reg 17), each with the requirement the provider must "
                 "meet and numbered actions 1.1-2.3, then a should-do table with actions S1.1-S2.1; each action has a lead, "
                 "a target date and an R/A/G/B RAG letter.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Holy Family Catholic Primary School post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_holy_family():
    name = "zzx-holy-family-catholic-primary-school-post-ofsted-action-plan.docx"
    title = "Holy Family Catholic Primary School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    for s in doc.sections:
        from docx.enum.section import WD_ORIENT
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    h = doc.add_heading(title, level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection dates: 5 and 6 March 2024     Overall effectiveness: Requires improvement")
    doc.add_paragraph("This plan responds to 'What does the school need to do to improve?' in the inspection report. "
                      "It is monitored by the Standards and Curriculum Committee of the governing body each half term.")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for j, (col, txt) in enumerate([(RED, "Not on track – action needed"), (AMBER, "In progress"), (GREEN, "Achieved")]):
        set_text(key.rows[0].cells[j], txt, bold=True)
        shade(key.rows[0].cells[j], col)
    doc.add_paragraph("")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, hd in enumerate(["Ref", "Action", "Led by", "Timescale", "Success criteria", "Monitored by", "RAG"]):
        set_text(t.rows[0].cells[j], hd, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    priorities = [
        ("Priority 1: Curriculum",
         "In some foundation subjects, the curriculum does not set out precisely the knowledge that pupils should learn and when. "
         "Leaders should ensure that the curriculum in these subjects is clearly sequenced from the early years to Year 6.", [
             ("1.1", "Map the key knowledge and vocabulary for history, geography and design and technology from Nursery to Year 6",
              "Deputy Headteacher and subject leaders", "Autumn term 2024",
              "Knowledge organisers in place for every unit; staff can explain what pupils learn before and after their year.",
              "Standards and Curriculum Committee", GREEN, ["Deputy Headteacher", "subject leaders"], "2024-12", "blue", None),
             ("1.2", "Give subject leaders release time to check how well the sequenced curriculum is taught, through book looks and pupil voice",
              "Headteacher", "Spring term 2025",
              "Each foundation subject reviewed at least once; findings reported to governors.",
              "Curriculum link governor", AMBER, ["Headteacher"], "2025-04", "amber", None),
             ("1.3", "Introduce end-of-unit low-stakes quizzes in the foundation subjects to check what pupils remember",
              "Subject leaders", "Summer term 2025",
              "Quiz outcomes show most pupils recall the key knowledge from previous units.",
              "Standards and Curriculum Committee", None, ["Subject leaders"], "2025-07", "unrated", None),
         ]),
        ("Priority 2: Reading",
         "Some pupils who have fallen behind in reading do not get the help they need to catch up quickly. Leaders should make "
         "sure that staff are trained to deliver the phonics programme consistently and that pupils who fall behind are "
         "supported to keep up.", [
             ("2.1", "Train all teaching assistants in the school's validated phonics programme, including the keep-up sessions",
              "Reading Lead", "By October half-term 2024",
              "All staff who teach phonics have completed the training; observations show consistent delivery.",
              "Headteacher", GREEN, ["Reading Lead"], "2024-10", "blue", None),
             ("2.2", "Hold six-weekly phonics assessments and run daily keep-up groups for pupils in the lowest 20%",
              "Reading Lead / Year 1 teacher", "Ongoing",
              "Phonics screening check pass rate at or above national; gap for disadvantaged pupils closing.",
              "Standards and Curriculum Committee", AMBER, ["Reading Lead", "Year 1 teacher"], None, "amber", "Ongoing"),
         ]),
        ("Priority 3: Attendance",
         "Too many pupils are persistently absent. Leaders should continue to work with families to improve the attendance of these pupils.", [
             ("3.1", "Appoint an attendance and family support worker and start first-day calls and home visits",
              "Headteacher", "September 2024",
              "Worker in post; first-day calls made for every unexplained absence.",
              "Full governing body", GREEN, ["Headteacher"], "2024-09", "blue", None),
             ("3.2", "Report half-termly attendance figures for persistent absentees and disadvantaged pupils to governors",
              "Attendance and Family Support Worker", "Termly",
              "Persistent absence below 15% by July 2025.",
              "Full governing body", RED, ["Attendance and Family Support Worker"], None, "red", "Termly"),
         ]),
    ]
    expected = []
    for (prio, afi, acts) in priorities:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[6])
        set_text(m, prio, bold=True)
        shade(m, GREY)
        r = t.add_row()
        m = r.cells[0].merge(r.cells[6])
        set_text(m, afi, italic=True)
        for (ref, text, lead, when, succ, mon, col, leads, end, st, et) in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, text, lead, when, succ, mon, ""]):
                set_text(cells[j], v)
            if col:
                shade(cells[6], col)
            expected.append(act(ref, [prio, afi], text, leads, end, st, et))
    doc.add_paragraph("")
    doc.add_paragraph("Plan agreed by the governing body on 15 May 2024. Next review: October 2024 (Standards and Curriculum Committee).")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a primary school's post-Ofsted action plan after a 'Requires improvement' inspection, as "
                  "schools publish on their websites (Holy Family Catholic Primary School, 2024-25; no specific URL copied). "
                  "Copied features: centred title, inspection line and governor-monitoring paragraph, a three-colour RAG key "
                  "table (green = Achieved, no blue), one landscape table with grey priority band rows and an italic merged "
                  "row carrying Ofsted's improvement point, columns for led by, timescale (school terms, half-term, "
                  "Ongoing, Termly), success criteria and monitoring, and RAG as cell shading only.",
        "reads": "An Ofsted action plan with three priorities (curriculum, reading, attendance), each followed by the "
                 "inspectors' improvement point and numbered actions 1.1-3.2; RAG is shading read with the school's key, "
                 "so green shading means achieved (complete) and an unshaded RAG cell means not yet rated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. NHS Dorset ICB internal audit tracker (csv) – refuse (mistyped month)
# ---------------------------------------------------------------------------
def make_dorset():
    name = "zzx-nhs-dorset-icb-internal-audit-recommendations-tracker-typo-month-refuse.csv"
    title = "NHS Dorset ICB – Internal Audit Recommendations Tracker"
    ncol = 12
    lines = []

    def pad(*vals):
        v = list(vals)
        return v + [""] * (ncol - len(v))

    lines.append(pad(title))
    lines.append(pad("Audit and Risk Committee – 10 September 2025"))
    lines.append(pad("Open recommendations and those closed since the last Committee"))
    lines.append(pad())
    lines.append(["Audit", "Year", "Assurance", "Rec no.", "Priority", "Recommendation", "Agreed management action",
                  "Responsible officer", "Original target", "Revised target", "Status", "Progress update"])
    rows = [
        ["Continuing Healthcare (CHC)", "2024/25", "Limited", "1", "High",
         "Eligibility decisions should be made within the 28-day national standard and delays escalated.",
         "Introduce a weekly CHC performance huddle to track cases over 28 days and escalate breaches to the Deputy Director of Nursing",
         "Head of CHC", "Jun-25", "", "Complete", "Huddle in place since April 2025; 28-day compliance 82%."],
        ["Continuing Healthcare (CHC)", "2024/25", "Limited", "2", "Medium",
         "Case files should contain evidence of the three-month and annual reviews.",
         "Audit 20 case files a quarter for evidence of the three-month and annual reviews",
         "CHC Quality Lead", "Sep-25", "Dec-25", "Amber", "Q1 audit done; Q2 audit delayed by staff absence."],
        ["Conflicts of Interest", "2024/25", "Moderate", "1", "Medium",
         "Declarations should be collected from all decision-making staff each year.",
         "Run the annual declarations campaign through the electronic register and chase non-returns",
         "Head of Corporate Governance", "Jul-25", "", "Complete", "98% of decision-makers declared."],
        ["Conflicts of Interest", "2024/25", "Moderate", "2", "Low",
         "The gifts and hospitality register should be published on the ICB website.",
         "Publish the gifts and hospitality register on the website each quarter",
         "Corporate Governance Manager", "Mar-25", "Jun-25", "Complete", "Published June 2025."],
        ["Data Security and Protection Toolkit", "2024/25", "Moderate", "3", "High",
         "Information asset owners should review their information asset registers and data flow maps.",
         "Refresh the information asset register and data flow mapping with all information asset owners",
         "Senior Information Risk Owner / Data Protection Officer", "Mar-25", "0ct-25", "Red",
         "12 of 19 directorates returned; escalated to the Executive Management Team."],
        ["Data Security and Protection Toolkit", "2024/25", "Moderate", "4", "Medium",
         "Data security training compliance should reach the 95% standard.",
         "Send monthly training compliance reports to directors and suspend system access for non-compliant staff",
         "Head of Information Governance", "Jun-25", "Nov-25", "Amber", "Compliance 91% at August 2025."],
        ["Primary Care Commissioning", "2024/25", "Limited", "2", "High",
         "Practice contract variations should be approved in line with the scheme of delegation.",
         "Add a delegation check to the contract variation workflow and report variations to the Primary Care Commissioning Committee",
         "Deputy Director of Primary Care", "Sep-25", "Jan-26", "Amber", "Workflow change with the contracts team."],
        ["Financial Systems – Accounts Payable", "2025/26", "Substantial", "1", "Low",
         "Changes to supplier bank details should be verified independently before payment.",
         "Require call-back verification to a known contact for all supplier bank detail changes",
         "Head of Financial Services", "Oct-25", "", "Green", "Procedure drafted."],
    ]
    lines.extend(rows)
    lines.append(pad())
    lines.append(pad("Summary"))
    lines.append(pad("Open recommendations", "5"))
    lines.append(pad("Closed since last Committee", "3"))
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for ln in lines:
            w.writerow(ln)
    # the mistyped month (0ct-25, a zero for O) is on the row of Data Security rec 3
    typo_line = 1 + next(i for i, ln in enumerate(lines) if "0ct-25" in ln)
    write_expected(name, {
        "source": "Imitates an integrated care board's internal audit recommendations tracker as taken to its Audit and "
                  "Risk Committee (NHS Dorset ICB, 2025; no specific URL copied), saved from Excel as CSV. Copied "
                  "features: title lines padded with commas, one row per recommendation with audit name, year, assurance "
                  "opinion and priority repeated, agreed management action, responsible officer (one with two posts), "
                  "original and revised target months as Mmm-yy, RAG/Complete status, update, and a summary block.",
        "reads": "An audit tracker of eight recommendations from five internal audits; each row gives the agreed action, "
                 "the officer, an original and revised target and a status. The revised target on the Data Security and "
                 "Protection Toolkit rec 3 row reads '0ct-25' (zero for O), a mistyped month a careful reader would query "
                 "before taking it as October 2025.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": title,
    })
    return typo_line


# ---------------------------------------------------------------------------
# 7. Electoral Commission board action tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_ec():
    name = "zzx-electoral-commission-board-action-tracker.txt"
    title = "The Electoral Commission – Commission Board action tracker"
    out = [
        title,
        "Commission Board meeting 16 September 2025 – Item 3",
        "",
        "Status key: Complete = proposed for closure; Green = on track; Amber = at risk of delay; Red = overdue",
        "",
        "\t".join(["Ref", "Minute", "Action", "Owner", "Due", "Status", "Update"]),
    ]
    meetings = [
        ("Actions from the meeting of 25 February 2025", [
            ("25/03", "5", "Provide the Board with an analysis of polling station accessibility at the May 2024 elections, including feedback from disabled voters",
             "Director of Communications, Policy and Research", "April 2025", "Complete", "Paper taken at April meeting.",
             ["Director of Communications, Policy and Research"], "2025-04", "blue", None),
            ("25/04", "7", "Circulate the draft Corporate Plan 2025/26 to 2029/30 to Commissioners for comment before it is laid",
             "Head of Planning and Performance", "March 2025", "Complete", "Circulated 10 March 2025.",
             ["Head of Planning and Performance"], "2025-03", "blue", None),
        ]),
        ("Actions from the meeting of 22 April 2025", [
            ("25/09", "4", "Bring a paper on the first year of the digital imprints regime and proposed changes to the statutory guidance",
             "Director of Electoral Administration and Guidance", "Q2 2025/26", "Green", "Scheduled for the September meeting.",
             ["Director of Electoral Administration and Guidance"], "2025-09", "green", None),
            ("25/10", "6", "Arrange a Commissioner workshop on the Commission's approach to the next UK Parliamentary general election review",
             "Chief Executive", "July 2025", "Amber", "Date being agreed with Commissioners; likely October.",
             ["Chief Executive"], "2025-07", "amber", None),
            ("25/11", "9", "Review Commissioners' register of interests and gifts and hospitality declarations and publish them on the website",
             "Head of Governance / Board Secretary", "31 May 2025", "Complete", "Published 28 May 2025.",
             ["Head of Governance", "Board Secretary"], "2025-05", "blue", None),
        ]),
        ("Actions from the meeting of 24 June 2025", [
            ("25/15", "3", "Share the outcome of the external penetration test with the Chair of the Audit and Risk Assurance Committee",
             "Director of Finance and Corporate Services", "Next ARAC meeting", "Green", "Report due from supplier end of September.",
             ["Director of Finance and Corporate Services"], None, "green", "Next ARAC meeting"),
            ("25/16", "5", "Provide a timetable for taking forward the recommendations of the report on the 2024 UK Parliamentary general election",
             "VG/CP", "October 2025", "Amber", "Dependent on the government's elections bill timetable.",
             ["VG", "CP"], "2025-10", "amber", None),
            ("25/17", "8", "Update the strategic risk register for the government's proposals on votes at 16 and automatic voter registration",
             "Head of Risk and Assurance", "Sep 2025", "Red", "Not yet done; will be taken to the November ARAC.",
             ["Head of Risk and Assurance"], "2025-09", "red", None),
        ]),
    ]
    expected = []
    for (mt, acts) in meetings:
        out.append(mt)
        for (ref, minute, text, owner, due, status, upd, leads, end, st, et) in acts:
            out.append("\t".join([ref, minute, text, owner, due, status, upd]))
            expected.append(act(ref, [mt], text, leads, end, st, et))
    out.append("")
    out.append("Actions marked Complete will be removed from the tracker once the Board agrees closure.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    write_expected(name, {
        "source": "Imitates the 'Commission Board action tracker' paper that the Electoral Commission lists among its Board "
                  "meeting items (electoralcommission.org.uk, Commission Board minutes pages, 2023-2025), exported from "
                  "a spreadsheet as tab-separated text. Copied features: title and meeting/item line, a status key line, "
                  "one header line, section lines per originating meeting, ref and minute numbers, owners as posts (one "
                  "cell with two posts, one with initials), due dates as months, a full date, a quarter and 'Next ARAC "
                  "meeting', RAG/Complete status, updates and a closing note.",
        "reads": "A rolling board action log: eight actions grouped by the meeting that raised them (February, April and "
                 "June 2025), each with an owner, a due month (or a next-meeting due), a status word and an update.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    make_qeh()
    make_pfh()
    make_norfolk()
    make_swan()
    make_holy_family()
    line = make_dorset()
    make_ec()
    print("built; Dorset typo on line", line)
