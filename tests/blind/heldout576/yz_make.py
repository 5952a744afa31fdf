#!/usr/bin/env python3
"""Build the seven yz- blind cases (data files + NAME.expected.yaml) in this folder.

Run with: /work/main/.venv/bin/python yz_make.py
Only files whose names start with 'yz-' are written.
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

RAGFILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. DPP Law Ltd – ICO penalty notice remediation action plan (xlsx)
# ---------------------------------------------------------------------------
def make_dpp():
    name = "yz-dpp-law-ico-cyber-incident-remediation-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "DPP Law Ltd"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Information Security Remediation Action Plan"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Response to ICO Monetary Penalty Notice dated 14 April 2025"
    cov["A3"].font = Font(italic=True)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Document owner", "Data Protection Officer"),
        ("Approved by", "Board of Directors"),
        ("Classification", "Confidential – Internal"),
        ("Review frequency", "Monthly, to the Risk & Compliance Committee"),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    vh = [
        ("Version", "Date", "Author", "Changes"),
        ("0.1", d(2025, 5, 12), "DPO", "First draft following receipt of the penalty notice"),
        ("1.0", d(2025, 6, 2), "DPO", "Approved by the Board"),
        ("1.1", d(2025, 7, 7), "DPO", "June 2025 progress update"),
        ("1.2", d(2025, 10, 6), "DPO", "September 2025 progress update; revised dates agreed by Board"),
    ]
    for i, r in enumerate(vh, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 12:
                c.font = Font(bold=True)
                c.fill = fill(RAGFILL["grey"])
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 10
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "ICO Penalty Notice – Remediation Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 30 September 2025. Current RAG shown by cell colour – see 'Key' tab."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "ICO finding", "Remedial action", "Owner", "Original target",
           "Revised target", "Previous RAG (Jun-25)", "Current RAG", "Progress update (Sept 2025)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(RAGFILL["head"])
        c.alignment = WRAP
        c.border = BOX

    H = "Head of IT and Information Security"
    F1 = "Finding 1: No multi-factor authentication on remote and administrator access (UK GDPR Art. 32(1))"
    F2 = "Finding 2: Over-privileged, infrequently used administrator account not identified as a risk (Art. 32(1))"
    F3 = "Finding 3: No documented risk assessment of the security of processing (Art. 32(2))"
    F4 = "Finding 4: Personal data breach not reported to the ICO within 72 hours (Art. 33(1))"
    # (ref, finding-or-None, action, owner cell, lead list, original, revised, prev, cur, update, end, status)
    data = [
        ("1.1", F1,
         "Enforce multi-factor authentication for all remote access routes (VPN, Microsoft 365 and the remote desktop gateway) for every member of staff and contractor.",
         H, [H], d(2025, 7, 31), None, "G", "blue",
         "MFA enforced 18 July 2025. Conditional access policy now blocks legacy authentication.", "2025-07"),
        ("1.2", None,
         "Apply MFA to all privileged and administrator accounts, including service accounts where technically supported; record any exception with its compensating control.",
         H + " / MSP Account Manager", [H, "MSP Account Manager"], d(2025, 8, 31), d(2025, 10, 31), "A", "amber",
         "14 of 17 service accounts complete. The remaining 3 depend on the case management migration (2.1).", "2025-10"),
        ("2.1", F2,
         "Decommission the legacy case management server and its SQL administrator account, migrating remaining matters to the cloud case management platform.",
         "Managing Director; " + H, ["Managing Director", H], d(2025, 9, 30), d(2025, 12, 31), "A", "red",
         "Supplier data migration delayed – second extraction run failed validation. Escalated to the supplier's account director.", "2025-12"),
        ("2.2", None,
         "Introduce a quarterly privileged access review, with the results signed off by the Data Protection Officer.",
         H, [H], d(2025, 6, 30), None, "G", "blue",
         "First review completed 24 June 2025; 9 dormant accounts removed.", "2025-06"),
        ("2.3", None,
         "Remove standing domain administrator rights and introduce just-in-time elevation through the MSP's privileged access management tool.",
         "MSP Account Manager", ["MSP Account Manager"], d(2025, 11, 30), None, "G", "green",
         "Tool licensed; pilot with IT team under way.", "2025-11"),
        ("3.1", F3,
         "Complete and document a firm-wide information security risk assessment and add the resulting risks to the firm risk register.",
         "Data Protection Officer", ["Data Protection Officer"], d(2025, 7, 31), d(2025, 8, 31), "A", "blue",
         "Risk assessment approved by the Risk & Compliance Committee on 28 August 2025.", "2025-08"),
        ("3.2", None,
         "Achieve Cyber Essentials Plus certification and renew it annually.",
         H, [H], d(2026, 1, 31), None, "G", "green",
         "Cyber Essentials (basic) certified 3 September 2025. CE+ assessment booked for January 2026.", "2026-01"),
        ("4.1", F4,
         "Rewrite the Personal Data Breach Procedure to include a 72-hour decision log and clear criteria for when the ICO must be notified.",
         "Data Protection Officer", ["Data Protection Officer"], d(2025, 6, 30), None, "G", "blue",
         "New procedure issued 20 June 2025.", "2025-06"),
        ("4.2", None,
         "Deliver breach-recognition training to all fee earners and support staff and record completion in the HR system.",
         "Data Protection Officer / HR Manager", ["Data Protection Officer", "HR Manager"], d(2025, 10, 31), None, "G", "green",
         "82% of staff complete at 30 September.", "2025-10"),
        ("4.3", None,
         "Run a cyber incident tabletop exercise with the MSP and the firm's cyber insurer, and feed the lessons into the incident response plan.",
         "Managing Director", ["Managing Director"], d(2026, 3, 31), None, "New", None,
         "Not yet started – to be scheduled for Q1 2026.", "2026-03"),
    ]
    r = 5
    actions = []
    under = []
    for (ref, finding, text, owner, lead, orig, rev, prev, cur, upd, end) in data:
        if finding:
            under = [finding]
        vals = [ref, finding or "", text, owner, orig, rev, prev, None, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if cur:
            ws.cell(r, 8).fill = fill(RAGFILL[cur])
        actions.append(act(ref, list(under), text, lead, end, cur or "unrated"))
        r += 1
    r += 1
    ws.cell(r, 2, "Summary at 30 September 2025").font = Font(bold=True)
    summary = [("Complete", "blue", 4), ("On track", "green", 3), ("At risk", "amber", 1),
               ("Off track", "red", 1), ("Not started", None, 1), ("Total", None, 10)]
    for k, (lab, col, n) in enumerate(summary, start=r + 1):
        c = ws.cell(k, 2, lab)
        c.border = BOX
        if col:
            c.fill = fill(RAGFILL[col])
        ws.cell(k, 3, n).border = BOX
    for col, w in zip("ABCDEFGHI", [6, 36, 60, 30, 13, 13, 12, 10, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([
        ("blue", "Complete"),
        ("green", "On track to meet target date"),
        ("amber", "At risk – mitigation in place"),
        ("red", "Off track – target date will be missed"),
        (None, "No fill – not started"),
    ], start=2):
        c = key.cell(i, 1, "")
        if col:
            c.fill = fill(RAGFILL[col])
        c.border = BOX
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 45
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the remediation action plan a small regulated law firm keeps after an ICO monetary "
                  "penalty notice (DPP Law Ltd, Merseyside, fined £60,000 on 16 April 2025 for the June 2022 cyber "
                  "attack: no MFA, over-privileged 'sqluser' account, no Art. 32(2) risk assessment, breach "
                  "reported after 43 days; https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2025/04/"
                  "law-firm-fined-60-000-following-cyber-attack). Copied features: cover sheet with document "
                  "control and version history, ICO findings written once on the first row of their group (blank "
                  "below, no merge), original and revised target dates, a lettered previous RAG beside a "
                  "fill-only current RAG, progress updates, a summary block under the table and a separate Key tab.",
        "reads": "Three sheets: a cover with document control, the action plan, and a RAG key. The plan lists ten "
                 "remedial actions (1.1–4.3) under four ICO findings, each finding named once on its first action "
                 "row; the status is the colour of the Current RAG cell (blank for the one not started) and the "
                 "end is the revised target where one is given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Information Security Remediation Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 2. South Yorkshire MCA – bus franchising Gateway review action plan (xlsx)
# ---------------------------------------------------------------------------
def make_symca():
    name = "yz-south-yorkshire-mca-bus-franchising-gateway-review-action-plan.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "South Yorkshire Mayoral Combined Authority"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "Bus Franchising Programme – Gateway 3 Review: Recommendations Action Plan"
    s["A2"].font = Font(bold=True, size=14)
    info = [
        ("Review type", "Gateway 3 – Investment Decision (DfT-led assurance review)"),
        ("Review dates", "9–12 June 2025"),
        ("Delivery Confidence Assessment", "Amber"),
        ("Senior Responsible Owner", "Executive Director, Transport and Infrastructure"),
        ("Reported to", "Audit, Standards and Risk Committee – 20 November 2025"),
        ("Position at", "31 October 2025"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        s.cell(i, 1, k).font = Font(bold=True)
        c = s.cell(i, 2, v)
        if v == "Amber":
            c.fill = fill(RAGFILL["amber"])
    s["A11"] = "Recommendations by urgency"
    s["A11"].font = Font(bold=True)
    tab = [("Urgency", "Total", "Open", "Closed"),
           ("Critical (do now)", 2, 1, 1),
           ("Essential (do by)", 2, 2, 0),
           ("Recommended", 1, 1, 0),
           ("Total", 5, 4, 1)]
    for i, row in enumerate(tab, start=12):
        for j, v in enumerate(row, start=1):
            c = s.cell(i, j, v)
            c.border = BOX
            if i == 12 or i == 16:
                c.font = Font(bold=True)
    s["A18"] = "Open recommendations are on the 'Open actions' tab; recommendations whose actions are all complete move to 'Closed'."
    s["A18"].font = Font(italic=True)
    s.column_dimensions["A"].width = 32
    s.column_dimensions["B"].width = 60

    hdr = ["Ref", "Recommendation / agreed action", "Urgency", "Action owner", "Target date",
           "Revised date", "RAG", "Progress commentary"]
    REC = {
        "R1": "R1: The SRO should confirm the resourcing plan for the mobilisation phase, filling the vacant commercial lead and franchise contract manager posts before the first procurement begins.",
        "R2": "R2: Programme governance should be simplified so that there is a single decision-making board for franchising, with clear delegations from the MCA Board.",
        "R3": "R3: The programme should produce an integrated plan for depot acquisition, showing its dependencies with the fleet and ticketing workstreams.",
        "R4": "R4: The MCA should test its financial model against a range of patronage and cost scenarios, including a prolonged reduction in BSIP funding.",
        "R5": "R5: The programme should agree a communications plan for passengers and operator staff ahead of transition.",
    }
    URG = {"R1": "Critical", "R2": "Critical", "R3": "Essential", "R4": "Essential", "R5": "Recommended"}
    RAGC = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": None}
    PD = "Bus Reform Programme Director"
    open_rows = [
        ("R1", [
            ("R1.1", "Recruit a permanent Commercial Lead (Bus Franchising) and two Franchise Contract Managers.",
             "Head of HR and OD", ["Head of HR and OD"], d(2025, 9, 30), d(2025, 12, 31), "Amber",
             "Commercial Lead appointed, starting 5 January 2026. Contract Manager posts re-advertised.", "2025-12", "amber"),
            ("R1.2", "Agree interim cover for the commercial lead role through the procurement framework until the permanent post holder starts.",
             PD, [PD], d(2025, 7, 31), None, "Complete",
             "Interim commercial adviser in post from 14 July 2025.", "2025-07", "blue"),
        ]),
        ("R3", [
            ("R3.1", "Commission a depot strategy covering acquisition, lease and operator-provided options for each franchise lot.",
             "Head of Bus Infrastructure", ["Head of Bus Infrastructure"], "Oct-25", "Jan-26", "Amber",
             "Consultant appointed late; draft strategy due December.", "2026-01", "amber"),
            ("R3.2", "Build an integrated schedule in the programme management tool linking depot, fleet and ticketing milestones.",
             "PMO Manager", ["PMO Manager"], d(2025, 11, 30), None, "Green",
             "Fleet and ticketing schedules loaded; depot milestones to follow R3.1.", "2025-11", "green"),
        ]),
        ("R4", [
            ("R4.1", "Run sensitivity analysis on the franchising financial model using low, central and high patronage scenarios.",
             "Deputy Director of Finance", ["Deputy Director of Finance"], d(2025, 12, 31), None, "Green",
             "Scenarios agreed with DfT analysts in October.", "2025-12", "green"),
            ("R4.2", "Report the scenario results and the reserves strategy to the Audit, Standards and Risk Committee.",
             "Deputy Director of Finance; " + PD, ["Deputy Director of Finance", PD], "Mar-26", None, "Not started",
             "Follows R4.1.", "2026-03", "unrated"),
        ]),
        ("R5", [
            ("R5.1", "Publish a passenger and staff communications plan for transition, agreed with operators and trade unions.",
             "Head of Communications and Marketing", ["Head of Communications and Marketing"], d(2026, 1, 31), None, "Green",
             "Operator engagement sessions held in September and October.", "2026-01", "green"),
        ]),
    ]
    closed_rows = [
        ("R2", [
            ("R2.1", "Establish the Bus Franchising Programme Board with terms of reference and delegations approved by the MCA Board.",
             "Monitoring Officer", ["Monitoring Officer"], d(2025, 8, 31), None, "Complete",
             "Approved by the MCA Board on 15 September 2025. Closed.", "2025-08", "blue"),
            ("R2.2", "Stand down the Bus Reform Steering Group and transfer its action log to the new Programme Board.",
             PD, [PD], d(2025, 9, 30), None, "Complete",
             "Final Steering Group meeting 24 September 2025. Closed.", "2025-09", "blue"),
        ]),
    ]
    actions = []

    def sheet(title, heading, groups):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Position at 31 October 2025"
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill(RAGFILL["head"])
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for rec, acts in groups:
            ws.cell(r, 1, REC[rec])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.cell(r, 3, URG[rec])
            for j in range(1, 9):
                ws.cell(r, j).fill = fill(RAGFILL["band"])
                ws.cell(r, j).font = Font(bold=True)
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            ws.row_dimensions[r].height = 45
            r += 1
            for (ref, text, owner, lead, tgt, rev, rag, comm, end, status) in acts:
                vals = [ref, text, "", owner, tgt, rev, rag, comm]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if RAGC[rag]:
                    ws.cell(r, 7).fill = fill(RAGFILL[RAGC[rag]])
                actions.append(act(ref, [REC[rec]], text, lead, end, status))
                r += 1
        for col, w in zip("ABCDEFGH", [8, 70, 12, 30, 12, 12, 12, 50]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"

    sheet("Open actions", "Gateway 3 Review – open recommendations and agreed actions", open_rows)
    sheet("Closed", "Gateway 3 Review – closed recommendations", closed_rows)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the action plan a mayoral combined authority keeps against the recommendations of an "
                  "IPA/DfT Gateway review of a major programme (South Yorkshire MCA bus franchising, decided March "
                  "2025, now in mobilisation), reported to its Audit, Standards and Risk Committee. Copied "
                  "features: summary sheet with review details, Delivery Confidence Assessment and a "
                  "recommendations-by-urgency count table; Gateway-style recommendations (Critical / Essential / "
                  "Recommended) as shaded merged rows above their numbered actions; original and revised dates "
                  "(dates and 'Oct-25' text); RAG words with matching fills; open and closed recommendations on "
                  "separate sheets.",
        "reads": "A summary sheet and two plan sheets. 'Open actions' holds four review recommendations (R1, R3, R4, "
                 "R5) each as a shaded row with its urgency, followed by its numbered actions; 'Closed' holds R2 and "
                 "its two completed actions. Nine actions in all; the revised date is the end where one is given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bus Franchising Programme – Gateway 3 Review: Recommendations Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. DVLA – strategic risk register 2025-26 Q2 (xlsx)
# ---------------------------------------------------------------------------
def make_dvla():
    name = "yz-dvla-strategic-risk-register-2025-26.xlsx"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Driver and Vehicle Licensing Agency"
    s["A1"].font = Font(bold=True, size=12)
    s["A2"] = "Strategic Risk Register 2025-26"
    s["A2"].font = Font(bold=True, size=14)
    s["A3"] = "Quarter 2 – position at 30 September 2025. For the Audit and Risk Assurance Committee, 4 November 2025."
    s["A5"] = "Risk summary"
    s["A5"].font = Font(bold=True)
    summ = [("Risk", "Risk owner", "Residual Q1", "Residual Q2", "Target", "Direction"),
            ("SR1 – Loss of availability of critical digital services", "Chief Technology Officer", 12, 12, 8, "→"),
            ("SR2 – Cyber attack compromising driver and vehicle data", "Chief Information Security Officer", 16, 15, 10, "↓"),
            ("SR3 – Insufficient contact centre capacity to meet demand", "Director of Customer Services", 9, 12, 6, "↑"),
            ("SR4 – Fraud and error in vehicle excise duty collection", "Director of Finance", 10, 10, 6, "→")]
    for i, row in enumerate(summ, start=6):
        for j, v in enumerate(row, start=1):
            c = s.cell(i, j, v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
                c.fill = fill(RAGFILL["grey"])
    s["A12"] = "Scores are likelihood x impact on a 5 x 5 matrix. Red 15–25, amber 8–14, green 1–7."
    s["A12"].font = Font(italic=True)
    s.column_dimensions["A"].width = 58
    s.column_dimensions["B"].width = 34

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register – Q2 2025-26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Action status key: Complete (blue) – action delivered; On track (green); At risk (amber) – "
                "may miss due date; Off track (red) – will miss due date; Not started (no colour).")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:K2")
    # two-level header
    for (a, b, t) in [(1, 3, "Risk"), (4, 6, "Score (L x I)"), (7, 11, "Further actions to reach target score")]:
        ws.cell(4, a, t)
        ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    sub = ["Risk ref and title", "Description (cause, event, effect)", "Risk owner", "Inherent", "Residual",
           "Target", "Ref", "Action", "Action owner", "Due", "Status"]
    for j, h in enumerate(sub, start=1):
        for rr in (4, 5):
            c = ws.cell(rr, j)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill(RAGFILL["head"])
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            c.border = BOX
        ws.cell(5, j, h)
    STAT = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": None}
    STATREAD = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    risks = [
        ("SR1 – Loss of availability of critical digital services",
         "Cause: ageing mainframe and reliance on a small number of critical suppliers. Event: prolonged outage of "
         "online driver or vehicle services. Effect: customers unable to transact, delay to VED receipts, "
         "reputational damage.",
         "Chief Technology Officer", "4 x 5 = 20", "3 x 4 = 12", "2 x 4 = 8", [
             ("SR1.1", "Complete the migration of driver licensing services from the legacy mainframe to the cloud platform.",
              "Chief Technology Officer", ["Chief Technology Officer"], "Q4 2025/26", "On track", "2026-03", None),
             ("SR1.2", "Test the disaster recovery plan for vehicle services, including failover to the secondary data centre.",
              "Head of Service Management", ["Head of Service Management"], d(2025, 10, 31), "Complete", "2025-10", None),
             ("SR1.3", "Agree exit and continuity plans with the three critical technology suppliers.",
              "Commercial Director; Chief Technology Officer", ["Commercial Director", "Chief Technology Officer"],
              "Mar 2026", "At risk", "2026-03", None),
         ]),
        ("SR2 – Cyber attack compromising driver and vehicle data",
         "Cause: increasing capability of hostile actors and remaining legacy systems. Event: successful attack "
         "leading to loss or corruption of personal data. Effect: harm to customers, ICO action, loss of public trust.",
         "Chief Information Security Officer", "5 x 5 = 25", "3 x 5 = 15", "2 x 5 = 10", [
             ("SR2.1", "Roll out phishing-resistant multi-factor authentication to all privileged users.",
              "Chief Information Security Officer", ["Chief Information Security Officer"], "Dec 2025", "On track", "2025-12", None),
             ("SR2.2", "Complete the annual Cyber Assessment Framework (CAF) self-assessment and agree the improvement plan with DfT.",
              "Chief Information Security Officer", ["Chief Information Security Officer"], "Q3 2025/26", "Off track", "2025-12", None),
         ]),
        ("SR3 – Insufficient contact centre capacity to meet demand",
         "Cause: recruitment constraints and seasonal peaks. Event: call waiting times exceed service standards. "
         "Effect: customer complaints, ministerial correspondence and increased failure demand.",
         "Director of Customer Services", "4 x 4 = 16", "3 x 4 = 12", "2 x 3 = 6", [
             ("SR3.1", "Recruit and train 120 additional contact centre advisers ahead of the March vehicle licensing peak.",
              "Head of Contact Centre Operations", ["Head of Contact Centre Operations"], d(2026, 2, 28), "On track", "2026-02", None),
             ("SR3.2", "Extend webchat and the chatbot to cover medical driving licence enquiries.",
              "Head of Digital Services", ["Head of Digital Services"], "Ongoing", "On track", None, "Ongoing"),
         ]),
        ("SR4 – Fraud and error in vehicle excise duty collection",
         "Cause: weaknesses in data matching and growth in cloned plates. Event: loss of VED revenue through evasion "
         "or error. Effect: reduced receipts to HM Treasury and criticism from the NAO.",
         "Director of Finance", "4 x 4 = 16", "2 x 5 = 10", "2 x 3 = 6", [
             ("SR4.1", "Implement data matching with insurers' records to identify untaxed and uninsured vehicles.",
              "Head of Enforcement", ["Head of Enforcement"], "Jun 2026", "Not started", "2026-06", None),
             ("SR4.2", "Refresh the fraud risk assessment in line with the Public Sector Fraud Authority standards.",
              "Counter Fraud Manager", ["Counter Fraud Manager"], d(2025, 11, 30), "Complete", "2025-11", None),
         ]),
    ]
    r = 6
    actions = []
    for (title, desc, owner, inh, res, tgt, acts) in risks:
        start = r
        for (ref, text, aowner, lead, due, stat, end, end_text) in acts:
            vals = [title if r == start else None, desc if r == start else None, owner if r == start else None,
                    inh if r == start else None, res if r == start else None, tgt if r == start else None,
                    ref, text, aowner, due, stat]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if STAT[stat]:
                ws.cell(r, 11).fill = fill(RAGFILL[STAT[stat]])
            actions.append(act(ref, [title], text, lead, end, STATREAD[stat], end_text=end_text))
            r += 1
        for j in range(1, 7):
            ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
        ws.cell(start, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [30, 48, 22, 10, 10, 10, 7, 55, 30, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a central government executive agency's strategic risk register as taken to its Audit "
                  "and Risk Assurance Committee each quarter (DVLA, DfT executive agency; cf. DVLA review 2023 terms "
                  "of reference on gov.uk for the agency's services). Copied features: summary sheet with residual "
                  "scores by quarter and direction-of-travel arrows, a two-level header (Risk / Score / Further "
                  "actions), risk title, cause-event-effect description, owner and L x I scores merged vertically "
                  "over each risk's further actions, due dates as dates, months, financial-year quarters and "
                  "'Ongoing', and an action status key line above the table with coloured status cells.",
        "reads": "The Register sheet lists four strategic risks (SR1–SR4), each with two or three further actions "
                 "numbered SR1.1 etc.; a reader takes each action under its risk title. Status comes from the "
                 "status words as the key defines them (At risk = amber, Off track = red, Not started = no colour).",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Strategic Risk Register 2025-26",
        "actions": actions,
    })


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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 4. Arthur Rank Hospice – CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_arthur_rank():
    name = "yz-arthur-rank-hospice-cqc-inspection-action-plan.docx"
    doc = Document()
    doc.add_paragraph("Arthur Rank Hospice Charity: CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Inpatient Unit and Hospice at Home, Shelford Bottom, Cambridge")
    doc.add_paragraph("CQC assessment: 7–9 January 2025 (report published 3 April 2025). "
                      "Overall rating: Good. Safe: Requires improvement. Well-led: Requires improvement.")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Approved by"),
          ("1.0", "24/04/2025", "Quality and Governance Lead", "Clinical Governance Committee"),
          ("1.1", "17/07/2025", "Quality and Governance Lead", "Clinical Governance Committee"),
          ("1.2", "02/10/2025", "Quality and Governance Lead", "Board of Trustees (Quality Committee)")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – at risk of delay; R – not on track.")

    RAGF = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    RREAD = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    sections = [
        ("Safe", [
            ("Regulation 12 (Safe care and treatment): Risks to people in relation to medicines were not always "
             "assessed and managed, and controlled drug stock checks were not consistently recorded.", [
                ("S1", "Introduce a twice-daily controlled drugs stock check on the inpatient unit, recorded in the CD "
                       "register and countersigned by a second registered nurse.",
                 "Ward Manager", ["Ward Manager"], "February 2025",
                 "In place from 3 February 2025; monthly audit shows 100% compliance.", "B", "2025-02", None),
                ("S2", "Audit syringe driver documentation monthly for six months and report the findings to the "
                       "Clinical Governance Committee.",
                 "Pharmacist Lead / Quality and Governance Lead", ["Pharmacist Lead", "Quality and Governance Lead"],
                 "End of July 2025", "Five of six audits complete; compliance improved from 71% to 94%.", "G", "2025-07", None),
                ("S3", "Deliver medicines management refresher training to all registered nurses, including Hospice "
                       "at Home staff.",
                 "Clinical Education Lead", ["Clinical Education Lead"], "31/05/2025\nRevised: 30/06/2025",
                 "87% complete; remaining bank staff booked for June sessions.", "A", "2025-06", None),
            ]),
            ("Regulation 12 (Safe care and treatment): Falls risk assessments were not always reviewed after a "
             "person’s condition changed.", [
                ("S4", "Update the falls risk assessment tool so that it prompts a review after any change in "
                       "condition, a fall or a move of room.",
                 "Head of Inpatient Services", ["Head of Inpatient Services"], "March 2025",
                 "Revised tool live on SystmOne from 17 March 2025.", "B", "2025-03", None),
                ("S5", "Hold a post-falls huddle within 24 hours of every fall and share the learning at the weekly "
                       "safety meeting.",
                 "Ward Manager", ["Ward Manager"], "Ongoing",
                 "Huddles held for 11 of 12 falls since April.", "G", None, "Ongoing"),
            ]),
        ]),
        ("Well-led", [
            ("Regulation 17 (Good governance): Systems to monitor the quality and safety of the service had not "
             "identified the shortfalls in medicines and falls management.", [
                ("W1", "Revise the clinical audit programme for 2025/26 so that medicines, falls and pressure care "
                       "are audited quarterly.",
                 "Director of Clinical Services", ["Director of Clinical Services"], "April 2025",
                 "Audit programme approved 22 April 2025.", "B", "2025-04", None),
                ("W2", "Add a quality dashboard to the reports to the Clinical Governance Committee and the Board of "
                       "Trustees.",
                 "Quality and Governance Lead", ["Quality and Governance Lead"], "Q2 2025/26",
                 "Draft dashboard presented in July; final version for October meeting.", "G", "2025-09", None),
                ("W3", "Commission an external peer review of clinical governance arrangements from another hospice.",
                 "Chief Executive", ["Chief Executive"], "December 2025",
                 "Peer reviewer not yet identified; Hospice UK contacted for suggestions.", "R", "2025-12", None),
            ]),
        ]),
    ]
    actions = []
    for sec, findings in sections:
        doc.add_paragraph(sec, style="Heading 1")
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
            set_cell(tb.rows[0].cells[j], h, bold=True, color="FFFFFF")
            shade(tb.rows[0].cells[j], "5B2C6F")
        for finding, acts in findings:
            row = tb.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, finding, bold=True)
            shade(m, "E8DAEF")
            for (ref, text, leadcell, lead, tgt, prog, rag, end, end_text) in acts:
                row = tb.add_row()
                for j, v in enumerate([ref, text, leadcell, tgt, prog, rag]):
                    set_cell(row.cells[j], v)
                shade(row.cells[5], RAGF[rag])
                actions.append(act(ref, [sec, finding], text, lead, end, RREAD[rag], end_text=end_text))
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Clinical Governance Committee, 16 October 2025.")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Signed", "Role", "Date"]):
        set_cell(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["", "Chief Executive", "02/10/2025"]):
        set_cell(so.cell(1, j), v)
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the action plan an independent hospice charity sends to CQC and its trustees after an "
                  "inspection finding breaches of Regulations 12 and 17 (Arthur Rank Hospice Charity, Cambridge; "
                  "layout after published hospice CQC action plans and the CQC hospice handbook's key questions). "
                  "Copied features: title and inspection summary lines, a document control table, a RAG key line, "
                  "one table per key question under a 'Safe' / 'Well-led' heading, the regulation breach as a "
                  "shaded merged row above its actions, a target date with a revised date in the same cell, "
                  "lettered RAG with cell shading, and a sign-off table at the end.",
        "reads": "Two plan tables, one under 'Safe' and one under 'Well-led'. Each regulation finding is a merged "
                 "row with its actions (S1–S5, W1–W3) beneath; eight actions in all. The document control and "
                 "sign-off tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Arthur Rank Hospice Charity: CQC Inspection Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. Diagrama Foundation – IFA Ofsted inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_diagrama():
    name = "yz-diagrama-foundation-fostering-ofsted-ifa-inspection-action-plan.docx"
    doc = Document()
    h = doc.add_paragraph("Diagrama Foundation Fostering Service – Ofsted Inspection Action Plan", style="Heading 1")
    p = doc.add_paragraph("Inspection of independent fostering agency, 10 to 14 March 2025. Overall experiences and "
                          "progress of children and young people: requires improvement to be good.")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Unique reference number", "SC486120"),
                                ("Registered manager", "Angela Whitfield"),
                                ("Responsible individual", "Marcus Hale, Director of Children's Services"),
                                ("Date of plan", "2 May 2025"),
                                ("Last updated", "12 September 2025")]):
        set_cell(info.cell(i, 0), k, bold=True)
        set_cell(info.cell(i, 1), v)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, hd in enumerate(["No.", "Action", "Responsible", "Timescale", "Evidence of completion", "Status"]):
        set_cell(t.rows[0].cells[j], hd, bold=True)
        shade(t.rows[0].cells[j], "BFBFBF")
    SREAD = {"Completed": "blue", "On track": "green", "Not started": "unrated"}
    groups = [
        ("Requirement 1: The registered person must ensure that each foster parent's approval is reviewed at least "
         "annually and that the review is completed within the required timescale. (Regulation 28(2))", [
            ("1.1", "Create a review tracker on the case management system showing every foster carer's annual "
                    "review date, with automatic alerts at 8 and 4 weeks.",
             "Registered Manager", ["Registered Manager"], "May 2025",
             "Tracker live; alerts tested", "Completed", "2025-05", None),
            ("1.2", "Complete all overdue annual reviews and present them to the fostering panel.",
             "Supervising Social Workers; Panel Adviser", ["Supervising Social Workers", "Panel Adviser"],
             "By 31 July 2025", "Panel minutes June and July 2025", "Completed", "2025-07", None),
        ]),
        ("Requirement 2: The registered person must ensure that all staff receive appropriate supervision and "
         "appraisal. (Regulation 21(4)(a))", [
            ("2.1", "Move supervising social workers to four-weekly recorded supervision, audited monthly by the "
                    "Registered Manager.",
             "Registered Manager", ["Registered Manager"], "June 2025",
             "Supervision audit June–August: 100%", "Completed", "2025-06", None),
            ("2.2", "Complete outstanding annual appraisals for all fostering staff.",
             "Team Manager", ["Team Manager"], "30/09/2025",
             "Appraisal log", "On track", "2025-09", None),
        ]),
        ("Recommendation 1: The registered person should ensure that foster carers receive training in supporting "
         "children who have experienced trauma, in line with the agency's statement of purpose. (Standard 20.3)", [
            ("R1a", "Commission therapeutic parenting training (PACE model) for all approved foster carers.",
             "Training and Development Officer", ["Training and Development Officer"], "November 2025",
             "Training records", "On track", "2025-11", None),
            ("R1b", "Add trauma-informed practice to the review of each foster carer's TSD portfolio.",
             "Supervising Social Workers", ["Supervising Social Workers"], "Ongoing",
             "Supervision records", "On track", None, "Ongoing"),
        ]),
        ("Recommendation 2: The registered person should ensure that children's views are sought and recorded as "
         "part of foster carers' annual reviews. (Standard 13.8)", [
            ("R2a", "Introduce an age-appropriate 'my views' form for children, completed before each annual review.",
             "Children's Participation Worker", ["Children's Participation Worker"], "August 2025",
             "Form in use from 4 August 2025", "Completed", "2025-08", None),
        ]),
        ("Recommendation 3: The registered person should ensure that fostering panel minutes clearly record the "
         "reasons for the panel's recommendations. (Standard 14.7)", [
            ("R3a", "Provide minute-taking guidance and a revised minutes template to panel administrators.",
             "Panel Adviser / Panel Administrator", ["Panel Adviser", "Panel Administrator"], "June 2025",
             "Template issued 16 June 2025", "Completed", "2025-06", None),
            ("R3b", "Panel chair to quality assure the minutes before they are sent to the agency decision maker.",
             "Panel Chair", ["Panel Chair"], "Each panel",
             "Signed-off minutes", "On track", None, "Each panel"),
            ("R3c", "Audit a sample of panel minutes each quarter and report the findings to the Responsible "
                    "Individual.",
             "Quality Assurance Manager", ["Quality Assurance Manager"], "January 2026",
             "Audit report", "Not started", "2026-01", None),
        ]),
    ]
    actions = []
    for head, acts in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, head, bold=True)
        shade(m, "F2F2F2")
        for (ref, text, leadcell, lead, ts, ev, st, end, end_text) in acts:
            row = t.add_row()
            for j, v in enumerate([ref, text, leadcell, ts, ev, st]):
                set_cell(row.cells[j], v)
            actions.append(act(ref, [head], text, lead, end, SREAD[st], end_text=end_text))
    doc.add_paragraph("")
    doc.add_paragraph("This plan is reviewed monthly by the Registered Manager and quarterly by the Responsible "
                      "Individual. A copy has been sent to Ofsted.")
    doc.add_paragraph("Signed: Registered Manager          Date: 12/09/2025")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates the post-inspection action plan a charitable independent fostering agency writes after "
                  "an Ofsted SCCIF inspection judged 'requires improvement to be good' (Diagrama Foundation UK, "
                  "Kent; SCCIF for IFAs on gov.uk, Fostering Services (England) Regulations 2011 and National "
                  "Minimum Standards). Copied features: heading and judgement line, a two-column information table "
                  "(URN, registered manager, responsible individual, dates), one plan table with each Ofsted "
                  "requirement and recommendation as a full-width shaded merged row above its numbered actions, "
                  "'Evidence of completion' and 'Status' columns with words, timescales as months, 'By 31 July 2025', "
                  "'Ongoing' and 'Each panel', and a closing note and signature line.",
        "reads": "One plan table: two requirements (actions 1.1–2.2) and three recommendations (R1a–R3c), each a "
                 "merged row with the Ofsted wording followed by its actions; ten actions in all. The information "
                 "table above is not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Diagrama Foundation Fostering Service – Ofsted Inspection Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Malvern College – ISI inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
def make_malvern():
    name = "yz-malvern-college-isi-inspection-action-plan.txt"
    SA = "Section A – Recommended next steps from the ISI report"
    SB = "Section B – Further priorities from the school's self-evaluation"
    N1 = ("Recommended next step 1: Leaders should ensure that assessment information is used consistently across "
          "all departments to plan lessons that meet the needs of pupils of all abilities.")
    N2 = ("Recommended next step 2: Leaders should strengthen the systems for recording and analysing low-level "
          "behaviour concerns in boarding houses so that patterns are identified promptly.")
    RREAD = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    lines = [
        "Malvern College",
        "ISI Inspection (4–6 February 2025): Post-Inspection Action Plan",
        "Owner: Deputy Head (Academic)\tReviewed by: Education Committee of Council\tLast updated: 29 September 2025",
        "",
        "Ref\tRecommended next step / action\tLead(s)\tSuccess criteria\tTimescale\tRAG",
    ]
    plan = [
        ("S", SA), ("N", N1),
        ("A", "1a", "Run INSET for all teaching staff on using prior attainment data and SEND profiles in lesson planning.",
         "Deputy Head (Academic)", ["Deputy Head (Academic)"],
         "All staff attended; observations show adaptive planning", "Summer term 2025", "B", "2025-07", None),
        ("A", "1b", "Heads of department to include assessment-informed planning in departmental development plans and review it at line management meetings.",
         "Heads of Department / Assistant Head (Teaching and Learning)", ["Heads of Department", "Assistant Head (Teaching and Learning)"],
         "All department plans updated", "Michaelmas term 2025", "G", "2025-12", None),
        ("A", "1c", "Carry out learning walks focused on adaptive teaching and report the findings to the Education Committee.",
         "Assistant Head (Teaching and Learning)", ["Assistant Head (Teaching and Learning)"],
         "Termly report to Committee", "Termly", "G", None, "Termly"),
        ("N", N2),
        ("A", "2a", "Move all boarding house behaviour logs onto the pastoral module of the school's MIS.",
         "Deputy Head (Pastoral)", ["Deputy Head (Pastoral)"],
         "All 10 houses recording on MIS", "By September 2025", "A", "2025-09", None),
        ("A", "2b", "Train houseparents and matrons to record low-level concerns consistently, using agreed categories.",
         "Designated Safeguarding Lead", ["Designated Safeguarding Lead"],
         "Training log; audit of entries", "October 2025", "G", "2025-10", None),
        ("A", "2c", "Produce a half-termly pattern analysis for the Senior Management Team and the safeguarding governor.",
         "Deputy Head (Pastoral); DSL", ["Deputy Head (Pastoral)", "DSL"],
         "Analysis received each half term", "Lent term 2026", "G", "2026-03", None),
        ("S", SB),
        ("A", "B1", "Review the Sixth Form enrichment programme to widen careers and higher education guidance, including degree apprenticeships.",
         "Head of Sixth Form / Head of Careers", ["Head of Sixth Form", "Head of Careers"],
         "Revised programme published to pupils", "Ongoing", "G", None, "Ongoing"),
        ("A", "B2", "Update the accessibility plan and publish it on the school website.",
         "Bursar", ["Bursar"], "Plan approved by Council and published", "31/07/2025", "R", "2025-07", None),
    ]
    actions = []
    sec = None
    ns = None
    for item in plan:
        if item[0] == "S":
            sec, ns = item[1], None
            lines.append(item[1])
        elif item[0] == "N":
            ns = item[1]
            lines.append(item[1])
        else:
            _, ref, text, leadcell, lead, succ, ts, rag, end, end_text = item
            lines.append("\t".join([ref, text, leadcell, succ, ts, rag]))
            under = [sec] + ([ns] if ns else [])
            actions.append(act(ref, under, text, lead, end, RREAD[rag], end_text=end_text))
    lines += [
        "",
        "RAG: B = complete; G = on track; A = some delay; R = not achieved by the timescale",
        "Next review: Education Committee of Council, 10 November 2025",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates the post-inspection action plan an ISI-inspected boarding school keeps for its "
                  "governors after a routine inspection under the September 2023 ISI framework, where all "
                  "Standards were met and the report gave 'recommended next steps' (Malvern College; ISI "
                  "handbook 'evaluation and reporting', isi.net). Exported from a spreadsheet as tab-separated "
                  "text. Copied features: school name and plan title lines, an owner/reviewed-by/updated line, a "
                  "header row, section lines (ISI next steps, then the school's own priorities), each next step "
                  "as a full line above its lettered actions, independent-school term names (Summer, Michaelmas, "
                  "Lent) and 'Termly'/'Ongoing' timescales, RAG letters with a key line at the foot.",
        "reads": "A tab-separated plan with two sections. Section A has two ISI recommended next steps, each "
                 "followed by three actions (1a–1c, 2a–2c); Section B has two actions (B1, B2) directly under "
                 "the section line. Eight actions; RAG letters B/G/A/R per the key.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "ISI Inspection (4–6 February 2025): Post-Inspection Action Plan",
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. Budleigh Salterton Town Council – internal audit action plan, typo month (csv, refuse)
# ---------------------------------------------------------------------------
def make_budleigh():
    name = "yz-budleigh-salterton-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.csv"
    W = 7
    rows = [
        ["Budleigh Salterton Town Council"] + [""] * (W - 1),
        ["Internal Audit 2024/25 – Action Plan"] + [""] * (W - 1),
        ["Internal audit visit: 11 April 2025. Considered by Full Council: 12 May 2025. "
         "Updated for Finance Committee: 8 September 2025"] + [""] * (W - 1),
        [""] * W,
        ["No.", "Control objective", "Internal auditor's recommendation", "Action agreed", "Responsible",
         "Target date", "Status"],
        ["1", "A. Appropriate accounting records have been properly kept throughout the year",
         "Bank reconciliations should be signed and dated by a member each month.",
         "Chair of Finance Committee to sign the monthly bank reconciliation at each Finance Committee meeting.",
         "Clerk/RFO", "30/06/2025", "Complete"],
        ["2", "B. The council complied with its financial regulations, payments were supported by invoices, "
              "expenditure was approved and VAT was appropriately accounted for",
         "Financial Regulations should be reviewed and updated in line with the 2024 NALC model.",
         "Adopt revised Financial Regulations based on the NALC 2024 model.",
         "Town Clerk", "Sept 2025", "Complete"],
        ["3", "C. The council assessed the significant risks to achieving its objectives and reviewed the "
              "adequacy of arrangements to manage these",
         "The risk register should be reviewed and formally adopted by Full Council each year.",
         "Present the updated risk register to Full Council for adoption.",
         "Town Clerk", "Novmber 2025", "In progress"],
        ["4", "B. The council complied with its financial regulations, payments were supported by invoices, "
              "expenditure was approved and VAT was appropriately accounted for",
         "VAT reclaims should be submitted quarterly rather than annually.",
         "Submit VAT reclaims to HMRC at the end of each quarter.",
         "RFO", "31/10/2025", "In progress"],
        ["5", "G. Salaries to employees and allowances to members were paid in accordance with council approvals",
         "Staff contracts should be updated to reflect the 2024-25 NJC pay award.",
         "Issue variation letters to all staff confirming the 2024-25 pay award.",
         "Clerk / Staffing Committee", "31/07/2025", "Complete"],
        ["6", "L. The authority published information on a website in accordance with the Transparency Code",
         "The website accessibility statement should be reviewed and documents published in accessible formats.",
         "Commission a website accessibility audit and update the accessibility statement.",
         "Deputy Clerk", "March 2026", "Not started"],
        [""] * W,
        ["Notes: control objectives follow the Annual Internal Audit Report in the AGAR 2024/25. "
         "Status as at 1 September 2025."] + [""] * (W - 1),
    ]
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\r\n")
        wr.writerows(rows)
    # line number of the typo (1-based), found from the written text
    with open(path, encoding="utf-8") as f:
        typo_line = [i for i, line in enumerate(f, start=1) if "Novmber 2025" in line][0]

    write_expected(name, {
        "source": "Imitates the internal audit action plan a town council takes to Full Council and its Finance "
                  "Committee after the internal auditor's annual visit, keyed to the AGAR Annual Internal Audit "
                  "Report control objectives (A, B, C, G, L). Budleigh Salterton Town Council, Devon, 2024/25. "
                  "Copied features: council name, plan title and meeting-dates line above a header row, the "
                  "control objective and auditor's recommendation beside the agreed action on each row, Clerk/RFO "
                  "style responsibilities, dates written as 30/06/2025, Sept 2025 and March 2026, and a notes "
                  "line at the foot.",
        "reads": "A CSV action plan of six numbered rows, each a control objective, the auditor's recommendation, "
                 "the action agreed, who is responsible, a target date and a status. Row 3's target date reads "
                 "'Novmber 2025', a mistyped month, so a careful reader stops and asks what date was meant "
                 "before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Internal Audit 2024/25 – Action Plan",
    })


if __name__ == "__main__":
    make_dpp()
    make_symca()
    make_dvla()
    make_arthur_rank()
    make_diagrama()
    make_malvern()
    make_budleigh()
    print("done")
