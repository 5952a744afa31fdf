"""Build the seven zyj- blind cases (data files and their .expected.yaml) for set heldout607.

Run with /work/main/.venv/bin/python zyj_make.py  (from any directory).
Only writes files whose names start with 'zyj-'.
"""
import datetime as dt
import json
import os
import textwrap

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
    "band": "1F3864", "rec": "D9E2F3", "head": "BFBFBF", "grey": "F2F2F2",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ----------------------------------------------------------------------------------------------
# expected.yaml writer
# ----------------------------------------------------------------------------------------------

def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(" ".join(text.split()), 96)
    return key + ": >-\n" + "".join("  " + ln + "\n" for ln in lines)


def write_expected(name, meta, actions):
    out = []
    out.append(folded("source", meta["source"]))
    out.append(folded("reads", meta["reads"]))
    out.append("outcome: %s\n" % meta["outcome"])
    out.append("accept_refusal: %s\n" % ("true" if meta.get("accept_refusal") else "false"))
    if meta.get("refuse_at") is not None:
        out.append("refuse_at: %d\n" % meta["refuse_at"])
    if meta.get("title") is not None:
        out.append("title: %s\n" % q(meta["title"]))
    if meta["outcome"] == "read":
        out.append("actions:\n")
        for a in actions:
            out.append("  - ref: %s\n" % ("null" if a["ref"] is None else q(a["ref"])))
            out.append("    under: [%s]\n" % ", ".join(q(u) for u in a["under"]))
            out.append("    action: %s\n" % q(a["action"]))
            out.append("    lead: [%s]\n" % ", ".join(q(x) for x in a["lead"]))
            out.append("    end: %s\n" % ("null" if a["end"] is None else q(a["end"])))
            if a.get("end_text") is not None:
                out.append("    end_text: %s\n" % q(a["end_text"]))
            out.append("    status: %s\n" % a["status"])
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("".join(out))


def A(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
            "end": end, "end_text": end_text, "status": status}


# ----------------------------------------------------------------------------------------------
# 1. NHS Shropshire, Telford and Wrekin ICB - Board Assurance Framework 2025/26 (xlsx)
# ----------------------------------------------------------------------------------------------

def make_icb_baf():
    name = "zyj-nhs-shropshire-telford-and-wrekin-icb-board-assurance-framework-2025-26.xlsx"
    title = "NHS Shropshire, Telford and Wrekin Integrated Care Board – Board Assurance Framework 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Position as at 30 September 2025 (Quarter 2) – for Board meeting in public, 26 November 2025"
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("1.0", "02/04/2025", "Head of Corporate Governance", "2025/26 BAF approved by Board"),
            ("1.1", "09/07/2025", "Head of Corporate Governance", "Q1 review; SR3 target score revised"),
            ("2.0", "14/10/2025", "Head of Corporate Governance", "Q2 review with executive risk owners; previous RAG column added")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["head"])
    ws["A10"] = "Reviewed by: Audit and Risk Committee, 22 October 2025"
    ws["A11"] = "The BAF sets out the principal risks to delivery of the ICB's strategic objectives, the controls and assurances in place, and the actions being taken to close gaps."
    for col, w in zip("ABCD", (12, 14, 32, 60)):
        ws.column_dimensions[col].width = w

    hm = wb.create_sheet("Summary")
    hm["A1"] = "BAF summary – risk scores (Likelihood x Consequence)"
    hm["A1"].font = Font(bold=True, size=12)
    hdr = ("Risk", "Strategic risk", "Executive lead", "Inherent", "Q1 score", "Q2 score", "Target", "Trend")
    for j, v in enumerate(hdr):
        c = hm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
        c.border = BOX
    srows = [("SR1", "Urgent and emergency care performance", "Chief Operating Officer", 25, 20, 16, 12, "Improving"),
             ("SR2", "System financial plan 2025/26", "Chief Finance Officer", 20, 20, 20, 12, "Static"),
             ("SR3", "Primary care access and capacity", "Director of Primary Care", 16, 16, 12, 8, "Improving")]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            c = hm.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
    hm["A8"] = "Total actions open: 7 | Complete since Q1: 2"

    key = wb.create_sheet("RAG key")
    key["A1"] = "Action progress RAG"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track to deliver by target date"),
                                  ("A", "At risk of slippage – mitigating action in place"),
                                  ("R", "Off track / target date missed")]):
        c = key.cell(row=2 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        key.cell(row=2 + i, column=2, value=txt)

    risks = [
        ("SR1", "SR1: Failure to restore urgent and emergency care performance to national standards, leading to avoidable harm and poor patient experience",
         "Strategic objective 1: Improve safety and quality of care",
         "Executive lead: Chief Operating Officer   |   Assuring committee: Quality and Performance Committee",
         "Inherent 5 x 5 = 25   |   Current 4 x 4 = 16   |   Target 3 x 4 = 12",
         "Key controls: System UEC Board; daily OPEL calls; winter plan 2025/26; SHREWD dashboard.",
         "Gaps: Discharge delays for patients with no criteria to reside; limited step-down capacity; ambulance handover delays at Royal Shrewsbury Hospital.",
         [
             ("SR1.1", "Implement the Integrated Discharge Hub with daily system-wide escalation calls to reduce the number of patients with no criteria to reside to below 90.",
              "Chief Operating Officer", d(2025, 10, 31), d(2026, 1, 31),
              "Hub live from 1 September; NCTR average 112 in September. Trajectory agreed with both councils.", "A", "A",
              ["Chief Operating Officer"], "2026-01", "amber"),
             ("SR1.2", "Commission an additional 20 step-down beds across the system for winter 2025/26 and agree exit criteria with the local authorities.",
              "Director of Strategic Commissioning", d(2025, 11, 30), None,
              "14 beds contracted; procurement for remaining 6 beds closes 7 November.", "G", "G",
              ["Director of Strategic Commissioning"], "2025-11", "green"),
             ("SR1.3", "Extend the Same Day Emergency Care (SDEC) direct access pathway for West Midlands Ambulance Service crews to the Princess Royal Hospital.",
              "Chief Operating Officer; Medical Director (SaTH)", d(2025, 9, 30), None,
              "Pathway live from 1 September 2025. Complete – to be removed at Q3 review.", "G", "B",
              ["Chief Operating Officer", "Medical Director (SaTH)"], "2025-09", "blue"),
         ]),
        ("SR2", "SR2: Inability to deliver the 2025/26 system financial plan and the agreed deficit reduction trajectory",
         "Strategic objective 4: Achieve financial sustainability",
         "Executive lead: Chief Finance Officer   |   Assuring committee: Finance and Productivity Committee",
         "Inherent 5 x 4 = 20   |   Current 5 x 4 = 20   |   Target 3 x 4 = 12",
         "Key controls: System financial plan; monthly System Finance Group; grip and control measures; vacancy control panels.",
         "Gaps: Unidentified efficiency schemes (£9.6m); growth in Continuing Healthcare spend; prescribing cost pressures.",
         [
             ("SR2.1", "Establish a System Productivity and Efficiency Board with monthly reporting of efficiency delivery against plan for each partner organisation.",
              "Chief Finance Officer", d(2025, 6, 30), None,
              "Board established June 2025; monthly dashboard in place. Reporting to be embedded through Q3.", "A", "G",
              ["Chief Finance Officer"], "2025-06", "green"),
             ("SR2.2", "Complete the review of all Continuing Healthcare packages above £3,000 per week and implement the revised placement commissioning framework.",
              "Chief Nursing Officer / Director of Finance", d(2025, 9, 30), d(2025, 12, 31),
              "62 of 140 packages reviewed. Framework not yet approved; further slippage likely. Escalated to Finance and Productivity Committee.", "A", "R",
              ["Chief Nursing Officer", "Director of Finance"], "2025-12", "red"),
             ("SR2.3", "Deliver the medicines optimisation savings programme (£4.2m), including switching to best-value biologics.",
              "Head of Medicines Management", d(2026, 3, 31), None,
              "£1.9m delivered at month 6, ahead of plan.", "G", "G",
              ["Head of Medicines Management"], "2026-03", "green"),
         ]),
        ("SR3", "SR3: Insufficient primary care access and capacity to meet population demand",
         "Strategic objective 2: Improve access to services",
         "Executive lead: Director of Primary Care   |   Assuring committee: Primary Care Commissioning Committee",
         "Inherent 4 x 4 = 16   |   Current 3 x 4 = 12   |   Target 2 x 4 = 8",
         "Key controls: Primary Care Access Recovery Plan; PCN capacity and access improvement plans; GP patient survey monitoring.",
         "Gaps: Eight practices still on analogue telephony at Q1; recruitment to additional roles below plan.",
         [
             ("SR3.1", "Move all remaining practices to cloud-based telephony with call-back functionality.",
              "Associate Director of Primary Care", d(2025, 6, 30), d(2025, 9, 30),
              "All 8 practices migrated by 26 September 2025.", "A", "B",
              ["Associate Director of Primary Care"], "2025-09", "blue"),
             ("SR3.2", "Agree and implement Modern General Practice Access improvement plans with each Primary Care Network, including monitoring of the proportion of appointments offered within two weeks.",
              "Associate Director of Primary Care / PCN Clinical Directors", d(2026, 3, 31), None,
              "Plans agreed with 7 of 8 PCNs; baseline data shared monthly.", "G", "G",
              ["Associate Director of Primary Care", "PCN Clinical Directors"], "2026-03", "green"),
             ("SR3.3", "Recruit 12 WTE additional roles under the ARRS, including GP assistants, care co-ordinators and mental health practitioners.",
              "Primary Care Workforce Lead", d(2025, 12, 31), None,
              "7 WTE recruited; two PCNs report difficulty recruiting mental health practitioners.", "G", "A",
              ["Primary Care Workforce Lead"], "2025-12", "amber"),
         ]),
    ]
    expected = []
    for sheet, head, obj, lead_line, scores, controls, gaps, acts in risks:
        s = wb.create_sheet(sheet)
        s.merge_cells("A1:H1")
        s["A1"] = head
        s["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        s["A1"].fill = fill("005EB8")
        s["A1"].alignment = WRAP
        s.row_dimensions[1].height = 34
        for r, txt in ((2, obj), (3, lead_line), (4, scores), (5, controls), (6, gaps)):
            s.merge_cells("A%d:H%d" % (r, r))
            s["A%d" % r] = txt
            s["A%d" % r].alignment = WRAP
        hdr = ("Ref", "Action to address gaps in control / assurance", "Action owner", "Original target date",
               "Revised target date", "Progress update (Q2 2025/26)", "Previous RAG", "Current RAG")
        for j, v in enumerate(hdr):
            c = s.cell(row=8, column=1 + j, value=v)
            c.font = Font(bold=True)
            c.fill = fill(FILL["head"])
            c.alignment = WRAP
            c.border = BOX
        for i, (ref, text, owner, orig, rev, prog, prev, cur, lead, end, status) in enumerate(acts):
            r = 9 + i
            vals = (ref, text, owner, orig, rev, prog, prev, cur)
            for j, v in enumerate(vals):
                c = s.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((7, prev), (8, cur)):
                c = s.cell(row=r, column=col)
                c.fill = fill(FILL[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
            expected.append(A(ref, [head], text, lead, end, status))
        last = 9 + len(acts) + 1
        s.cell(row=last, column=1, value="Notes: Risk scores use the ICB 5 x 5 matrix. Completed actions are removed after they have been reported to the Board once.")
        for col, w in zip("ABCDEFGH", (8, 60, 28, 14, 14, 50, 10, 10)):
            s.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates the Board Assurance Framework appended to ICB Board papers in public (e.g. NHS Shropshire, Telford and Wrekin ICB Board, 2025/26 quarterly BAF). Copied features: cover sheet with title and document-control table, a summary sheet of risk scores, a RAG key sheet, then one sheet per strategic risk with a merged risk title band, objective/lead/score/controls/gaps lines above an actions table, original and revised target dates (date cells), previous and current RAG as letters on coloured fills, several owners in one cell, job titles as owners, and a notes line under each table.",
        "reads": "A BAF workbook: cover, summary and key sheets are not the plan; sheets SR1 to SR3 each carry one strategic risk with three actions to close gaps. Each action has an owner (job titles), original and sometimes revised target date, and a previous and current RAG letter; the current RAG and the revised date are what count.",
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ----------------------------------------------------------------------------------------------
# 2. Cumbria Constabulary - HMICFRS NCPI action plan (xlsx)
# ----------------------------------------------------------------------------------------------

def make_cumbria_ncpi():
    name = "zyj-cumbria-constabulary-ncpi-child-protection-action-plan.xlsx"
    title = "Cumbria Constabulary – HMICFRS National Child Protection Inspection: Force Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection fieldwork: June 2024  |  Report published: 8 October 2024  |  SRO: Assistant Chief Constable (Crime and Vulnerability)"
    ws["A3"] = "Governance: Child Protection Gold Group (monthly); Police and Crime Commissioner's Executive Board (quarterly)"
    ws["A4"] = "Last updated: 14 March 2025"
    ws["A5"] = "Status key:"
    ws["A5"].font = Font(bold=True)
    for j, (txt, k) in enumerate([("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                                  ("Off track", "red"), ("Not started", None)]):
        c = ws.cell(row=5, column=2 + j, value=txt)
        if k:
            c.fill = fill(FILL[k])
        c.border = BOX
    hdr = ("No.", "Action", "Action owner", "Target date", "Status", "Update / evidence (Gold Group, 12 March 2025)")
    for j, v in enumerate(hdr):
        c = ws.cell(row=7, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
        c.border = BOX
        c.alignment = WRAP
    ws.freeze_panes = "A8"

    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": None}
    status_read = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}

    T1 = "Theme 1: Initial response"
    T2 = "Theme 2: Risk assessment and referral"
    T3 = "Theme 3: Investigation"
    R1 = ("Recommendation 1: Within six months, Cumbria Constabulary should make sure that control room staff identify "
          "and record risks to children at the first point of contact, including the voice of the child, and that "
          "THRIVE risk assessments are accurately completed.")
    R2 = ("Recommendation 2: Within six months, Cumbria Constabulary should make sure that referrals to children's "
          "social care through the Multi-Agency Safeguarding Hub are made without delay and that the outcome of each "
          "referral is recorded.")
    R3 = ("Recommendation 3: Within six months, Cumbria Constabulary should improve the supervision of child protection "
          "investigations so that investigation plans are set, reviewed and recorded, and investigations are progressed "
          "without unnecessary delay.")
    R4 = ("Recommendation 4: Within nine months, Cumbria Constabulary should make sure that officers understand how to "
          "use police protection powers and that a child's views are sought and recorded when these powers are used.")
    layout = [
        ("band", T1),
        ("rec", R1),
        ("act", "1.1", "Introduce a mandatory 'child present / child at risk' question set in the STORM command and control incident template.",
         "Head of Command and Control", d(2024, 12, 31), "dd/mm/yyyy", "Complete",
         "Question set live from 2 December 2024. Compliance 94% in February dip sample.",
         ["Head of Command and Control"], "2024-12", None),
        ("act", "1.2", "Deliver refresher training to all call handlers and dispatchers on THRIVE+ and recording the voice of the child:\n• classroom input (half day)\n• follow-up quality assurance by team leaders",
         "Force Control Room Training Manager", d(2025, 3, 31), "dd/mm/yyyy", "On track",
         "81% of staff trained; remaining sessions booked for w/c 24 March.",
         ["Force Control Room Training Manager"], "2025-03", None),
        ("act", "1.3", "Complete a monthly dip sample of 50 incidents involving children and report the findings to the Gold Group.",
         "Force Control Room QA Inspector; Performance Analyst", "Monthly – ongoing", None, "On track",
         "December, January and February samples reported.",
         ["Force Control Room QA Inspector", "Performance Analyst"], None, "Monthly – ongoing"),
        ("band", T2),
        ("rec", R2),
        ("act", "2.1", "Review the MASH triage process and set a 24-hour standard for police decisions on referrals to children's social care.",
         "D/Supt Public Protection", d(2025, 2, 28), "dd/mm/yyyy", "At risk",
         "Standard agreed with Cumberland Council and Westmorland and Furness Council. Niche workflow change delayed to April 2025.",
         ["D/Supt Public Protection"], "2025-02", None),
        ("act", "2.2", "Add a mandatory 'outcome of referral' field to the Niche public protection notice (PPN) workflow and audit completion quarterly.",
         "Niche Business Change Lead / DI MASH", d(2025, 4, 30), "dd/mm/yyyy", "Not started",
         "Dependent on 2.1; change request submitted.",
         ["Niche Business Change Lead", "DI MASH"], "2025-04", None),
        ("band", T3),
        ("rec", R3),
        ("act", "3.1", "Introduce a standard investigation plan template for all child abuse investigations, to be completed within 72 hours of allocation.",
         "DCI Child Abuse Investigation Unit", d(2025, 1, 31), "dd/mm/yyyy", "Complete",
         "Template mandated from 6 January 2025.",
         ["DCI Child Abuse Investigation Unit"], "2025-01", None),
        ("act", "3.2", "Require 28-day supervisory reviews to be recorded on Niche and monitor compliance through the monthly Crime Standards meeting.",
         "T/Supt Crime Standards", d(2025, 5, 31), "dd/mm/yyyy", "On track",
         "Compliance 68% (January) rising to 77% (February).",
         ["T/Supt Crime Standards"], "2025-05", None),
        ("act", "3.3", "Establish a weekly 'aged investigations' review for child protection cases over 90 days old.",
         "DCI Child Abuse Investigation Unit", d(2025, 3, 31), "dd/mm/yyyy", "Off track",
         "Weekly review paused January–February 2025 because of abstractions; restarted 3 March 2025.",
         ["DCI Child Abuse Investigation Unit"], "2025-03", None),
        ("rec", R4),
        ("act", "4.1", "Publish revised police protection (section 46 Children Act 1989) guidance on the force intranet and brief all inspectors acting as designated officers.",
         "Force Lead for Child Protection", d(2025, 6, 30), "dd/mm/yyyy", "On track",
         "Guidance drafted; legal review complete.",
         ["Force Lead for Child Protection"], "2025-06", None),
        ("act", "4.2", "Add a child protection input to the 2025/26 Personal Development Days for all response and neighbourhood officers.",
         "Head of Learning and Development", d(2025, 9, 1), "mmm-yy", "Not started",
         "",
         ["Head of Learning and Development"], "2025-09", None),
    ]
    r = 8
    theme = None
    rec = None
    expected = []
    for item in layout:
        if item[0] == "band":
            theme = item[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(FILL["band"])
        elif item[0] == "rec":
            rec = item[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(italic=True, bold=True)
            c.fill = fill(FILL["rec"])
            c.alignment = WRAP
            ws.row_dimensions[r].height = 45
        else:
            _, ref, text, owner, target, fmt, status, upd, lead, end, end_text = item
            vals = (ref, text, owner, target, status, upd or None)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if j == 3 and fmt:
                    c.number_format = fmt
            k = status_fill[status]
            if k:
                ws.cell(row=r, column=5).fill = fill(FILL[k])
            expected.append(A(ref, [theme, rec], text, lead, end, status_read[status], end_text))
        r += 1
    for col, w in zip("ABCDEF", (7, 62, 30, 14, 13, 50)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Progress summary – 12 March 2025"
    sm["A1"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete", 2), ("On track", 4), ("At risk", 1), ("Off track", 1), ("Not started", 2), ("Total actions", 10)]):
        sm.cell(row=3 + i, column=1, value=k)
        sm.cell(row=3 + i, column=2, value=n)
    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Changes"), ("0.1", "05/11/2024", "Draft to Gold Group"),
                             ("1.0", "19/11/2024", "Submitted to HMICFRS"), ("1.4", "14/03/2025", "March Gold Group update")]):
        for j, v in enumerate(row):
            vc.cell(row=1 + i, column=1 + j, value=v)
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a police force's published response and action plan to an HMICFRS National Child Protection Inspection (NCPI, 2024 programme), as reported to the PCC's executive/scrutiny board. Copied features: title block with inspection dates, SRO and governance lines, a status key in coloured cells, dark theme band rows (merged) and shaded merged recommendation rows ('Within six months, ... should ...') above numbered actions, status words with matching fill, date cells in two formats plus a 'Monthly – ongoing' cell, several owners in one cell, and separate summary and version-control sheets.",
        "reads": "A single action-plan sheet with three themes; under them four HMICFRS recommendations, each followed by its numbered actions (10 in all) with owner, target date, status and update. The Summary and Version control sheets are not actions.",
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ----------------------------------------------------------------------------------------------
# 3. Thirteen Group - internal audit recommendations tracker (xlsx)
# ----------------------------------------------------------------------------------------------

def make_thirteen_ia():
    name = "zyj-thirteen-group-internal-audit-recommendations-tracker.xlsx"
    title = "Thirteen Group – Internal Audit Recommendations Tracker"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Summary of internal audit recommendations – position at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    shdr = ("Audit", "Assurance", "Management actions", "Complete", "Green", "Amber", "Red")
    for j, v in enumerate(shdr):
        c = sm.cell(row=3, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.fill = fill(FILL["head"])
    for i, row in enumerate([("Damp, Mould and Condensation (2024/25)", "Partial", 4, 2, 1, 0, 1),
                             ("Rent Arrears and Income Recovery (2024/25)", "Reasonable", 2, 0, 1, 1, 0),
                             ("Cyber Security – Access Management (2025/26)", "Partial", 2, 0, 1, 1, 0),
                             ("Total", "", 8, 2, 3, 2, 1)]):
        for j, v in enumerate(row):
            sm.cell(row=4 + i, column=1 + j, value=v)
    sm.column_dimensions["A"].width = 46

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Audit and Risk Committee – 18 November 2025 (Item 7)"
    ws["A3"] = "Includes all open recommendations and those closed since the last Committee on 9 September 2025. Internal auditor: RSM UK."
    ws["A4"] = "RAG: Complete = implemented and evidenced | Green = on track | Amber = revised date agreed | Red = overdue"
    hdr = ("Audit (year)", "Assurance opinion", "Rec no.", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original date", "Revised date", "RAG", "Update (November 2025)")
    HR = 6
    for j, v in enumerate(hdr):
        c = ws.cell(row=HR, column=1 + j, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX

    AUD1 = "Damp, Mould and Condensation (2024/25)"
    AUD2 = "Rent Arrears and Income Recovery (2024/25)"
    AUD3 = "Cyber Security – Access Management (2025/26)"
    REC11 = ("The Group should ensure that all damp and mould cases are risk-assessed within the timescales in the Damp "
             "and Mould Policy and that the risk category is recorded on the housing management system.")
    REC12 = "Follow-up inspections should be completed after remedial works to confirm that damp and mould has not returned."
    REC13 = "Customers should receive written confirmation of the timescale for works and a named contact."
    REC21 = ("Arrears cases should be escalated in line with the Income Recovery Procedure, with management review of cases "
             "that have not progressed for more than 28 days.")
    REC22 = "The Income Recovery Procedure should be reviewed and updated to reflect Universal Credit managed payment arrangements."
    REC31 = "Leaver accounts should be disabled on the day of leaving and privileged access should be reviewed quarterly."
    REC32 = "Multi-factor authentication should be extended to all remote access routes, including contractor portals."
    # audit groups -> recommendations -> actions
    data = [
        (AUD1, "Partial assurance", [
            ("R1", "High", REC11, [
                ("Introduce a mandatory risk category field in the case management module and run a weekly exception report of cases without a risk assessment.",
                 "Head of Building Safety", d(2025, 3, 31), d(2025, 6, 30), "Complete", "Field live from 2 June 2025; exception report reviewed weekly. Evidence verified by RSM.",
                 ["Head of Building Safety"], "2025-06", "blue"),
            ]),
            ("R2", "High", REC12, [
                ("Schedule an automated follow-up inspection six weeks after works completion for all Category 1 and 2 cases.",
                 "Head of Repairs / Head of Customer Experience", d(2025, 5, 31), d(2025, 10, 31), "Red",
                 "Scheduling rule built but not yet live; system supplier release slipped to December.",
                 ["Head of Repairs", "Head of Customer Experience"], "2025-10", "red"),
                ("Report follow-up inspection outcomes to the Customer Services Committee each quarter.",
                 "Director of Property Services", d(2025, 12, 31), None, "Green", "First report scheduled for December committee.",
                 ["Director of Property Services"], "2025-12", "green"),
            ]),
            ("R3", "Medium", REC13, [
                ("Update the standard letter and text message templates to include the target completion date and a named contact.",
                 "Head of Customer Experience", d(2025, 7, 31), None, "Complete", "New templates in use from 14 July 2025.",
                 ["Head of Customer Experience"], "2025-07", "blue"),
            ]),
        ]),
        (AUD2, "Reasonable assurance", [
            ("R1", "Medium", REC21, [
                ("Implement a monthly management review report of static arrears cases and record the outcome of each review.",
                 "Head of Income & Tenancy Sustainment", d(2025, 9, 30), d(2025, 12, 31), "Amber",
                 "Report designed; first review held October 2025. Recording of outcomes to be added.",
                 ["Head of Income & Tenancy Sustainment"], "2025-12", "amber"),
            ]),
            ("R2", "Low", REC22, [
                ("Review and re-issue the procedure following consultation with the Tenant Voice Panel.",
                 "Income Manager", d(2025, 12, 31), None, "Green", "Draft with Tenant Voice Panel (meeting 26 November).",
                 ["Income Manager"], "2025-12", "green"),
            ]),
        ]),
        (AUD3, "Partial assurance", [
            ("R1", "High", REC31, [
                ("Automate the disabling of network accounts from the HR leavers' feed and evidence a quarterly privileged access review.",
                 "Head of IT Infrastructure", d(2025, 12, 31), None, "Green", "Automation in test; first quarterly review completed October 2025.",
                 ["Head of IT Infrastructure"], "2025-12", "green"),
            ]),
            ("R2", "Medium", REC32, [
                ("Enable MFA on the contractor repairs portal and the legacy VPN, then decommission the legacy VPN.",
                 "Head of IT Infrastructure; Procurement Manager", d(2026, 1, 31), d(2026, 3, 31), "Amber",
                 "MFA live on contractor portal. VPN decommissioning depends on contract exit (March 2026).",
                 ["Head of IT Infrastructure", "Procurement Manager"], "2026-03", "amber"),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = HR + 1
    expected = []
    for aud, opinion, recs in data:
        a_start = r
        for ref, prio, rec, acts in recs:
            r_start = r
            for (text, owner, orig, rev, rag, upd, lead, end, status) in acts:
                vals = {6: text, 7: owner, 8: orig, 9: rev, 10: rag, 11: upd}
                for col, v in vals.items():
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=10).fill = fill(FILL[rag_fill[rag]])
                expected.append(A(ref, [aud, rec], text, lead, end, status))
                r += 1
            for col, v in ((3, ref), (4, prio), (5, rec)):
                c = ws.cell(row=r_start, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if r - r_start > 1:
                    ws.merge_cells(start_row=r_start, start_column=col, end_row=r - 1, end_column=col)
        for col, v in ((1, aud), (2, opinion)):
            c = ws.cell(row=a_start, column=col, value=v)
            c.alignment = WRAP
            c.font = Font(bold=True)
            c.border = BOX
            ws.merge_cells(start_row=a_start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Totals: 8 management actions – Complete 2 | Green 3 | Amber 2 | Red 1").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Completed actions will be removed from the tracker after this meeting.")
    for col, w in zip("ABCDEFGHIJK", (26, 14, 7, 9, 48, 48, 26, 12, 12, 10, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates the internal audit recommendations tracker that housing associations take to their Audit and Risk Committee (Thirteen Group, ARC November 2025). Copied features: summary sheet with totals per audit, tracker sheet with title and meeting lines and a RAG definition line, audit name and assurance opinion merged vertically over their rows, recommendation text merged over its management actions, priority, original and revised implementation dates, RAG words with fill colour (Complete for implemented), several officers in one cell and a totals line under the table.",
        "reads": "The Tracker sheet lists three audits; under each, numbered recommendations (R1, R2, ...) with one or two agreed management actions each, 8 actions in all, with responsible officer, original and revised dates and a RAG. The Summary sheet and totals line are not actions.",
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------

def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


# ----------------------------------------------------------------------------------------------
# 4. Stour Valley Medical Practice - CQC inspection action plan (docx)
# ----------------------------------------------------------------------------------------------

def make_gp_cqc():
    name = "zyj-stour-valley-medical-practice-cqc-inspection-action-plan.docx"
    title = "Stour Valley Medical Practice – CQC Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection date: 14 May 2025  |  Report published: 9 July 2025  |  Overall rating: Requires improvement")
    doc.add_paragraph("RAG key: Blue = completed; Green = on track; Amber = in progress, some slippage; Red = not on track")
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, v in zip(dc.rows[0].cells, ("Version", "Date", "Author", "Comments")):
        bold_cell(c, v)
    for row in (("1.0", "23/07/2025", "Practice Manager", "Submitted to CQC"),
                ("1.3", "06/10/2025", "Practice Manager", "Updated for Partners' meeting, October 2025")):
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")

    rag_fill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    rag_read = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    KQ1 = "Are services safe?"
    KQ2 = "Are services effective?"
    KQ3 = "Are services well-led?"
    M1 = ("Must do: Establish effective systems and processes to ensure the safe monitoring of patients prescribed "
          "high-risk medicines. (Regulation 12: Safe care and treatment)")
    S1 = "Should do: Take action to improve the uptake of cervical screening."
    S2 = "Should do: Continue to improve the management of patients with long-term conditions, including asthma reviews."
    M2 = ("Must do: Establish effective systems and processes to ensure good governance in accordance with the "
          "fundamental standards of care. (Regulation 17: Good governance)")
    sections = [
        (KQ1, [
            (M1, [
                ("S1", "Run weekly clinical system searches for patients on DMARDs, lithium and warfarin whose monitoring is overdue, and recall them.",
                 "Clinical Pharmacist", "31/07/2025", "Searches running weekly since 4 June 2025; 42 patients recalled.", "Blue",
                 ["Clinical Pharmacist"], "2025-07", None),
                ("S2", "Introduce a check of shared care monitoring before any repeat prescription of a high-risk medicine is authorised.",
                 "Dr P Hughes (Prescribing Lead)", "31/08/2025", "Protocol agreed; prescriber audit in September showed 96% compliance.", "Green",
                 ["Dr P Hughes (Prescribing Lead)"], "2025-08", None),
                ("S3", "Complete a re-audit of high-risk medicines monitoring and present the results at the clinical meeting.",
                 "Dr P Hughes & Clinical Pharmacist", "November 2025", "Re-audit data collection under way.", "Green",
                 ["Dr P Hughes", "Clinical Pharmacist"], "2025-11", None),
            ]),
            (S1, [
                ("S4", "Offer Saturday morning cervical screening clinics at the Bridge Street branch twice a month.",
                 "Lead Practice Nurse", "30/09/2025", "Clinics running since August; 88 additional appointments offered.", "Blue",
                 ["Lead Practice Nurse"], "2025-09", None),
                ("S5", "Send text reminders with a direct booking link to all patients whose screening is overdue.",
                 "Reception Manager", "Ongoing – monthly", "First two monthly batches sent.", "Green",
                 ["Reception Manager"], None, "Ongoing – monthly"),
            ]),
        ]),
        (KQ2, [
            (S2, [
                ("E1", "Move to a single annual recall in the patient's birth month for patients with more than one long-term condition.",
                 "Practice Manager / Lead Practice Nurse", "31/12/2025", "Recall templates being rebuilt; staffing gap in nursing team.", "Amber",
                 ["Practice Manager", "Lead Practice Nurse"], "2025-12", None),
                ("E2", "Train two healthcare assistants in inhaler technique checks.",
                 "Lead Practice Nurse", "31/10/2025", "One HCA trained; second booked on 16 October course.", "Green",
                 ["Lead Practice Nurse"], "2025-10", None),
            ]),
        ]),
        (KQ3, [
            (M2, [
                ("W1", "Create a governance calendar covering significant events, complaints, safety alerts and policy reviews, with a named lead for each.",
                 "Practice Manager", "31/07/2025", "Calendar in place and reviewed at Partners' meeting.", "Blue",
                 ["Practice Manager"], "2025-07", None),
                ("W2", "Record the action taken on each MHRA and CAS safety alert in a central log reviewed at the monthly clinical meeting.",
                 "Dr S Okafor", "31/08/2025", "Log in use; historic alerts from 2024 back-checked.", "Blue",
                 ["Dr S Okafor"], "2025-08", None),
                ("W3", "Review all practice policies that are past their review date and ratify them at the Partners' meeting.\nPriority: safeguarding, infection prevention and control, chaperoning.",
                 "Practice Manager", "30/09/2025 (revised 31/01/2026)", "Priority policies ratified; 11 of 27 remaining policies reviewed.", "Amber",
                 ["Practice Manager"], "2026-01", "30/09/2025 (revised 31/01/2026)"),
            ]),
        ]),
    ]
    expected = []
    for kq, groups in sections:
        doc.add_heading(kq, level=1)
        for req, acts in groups:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            bold_cell(top, req)
            shade(top, "D9E2F3")
            for c, v in zip(t.rows[1].cells, ("Ref", "Action", "Lead", "By when", "Progress update", "RAG")):
                bold_cell(c, v)
                shade(c, "BFBFBF")
            for (ref, text, lead_cell, when, prog, rag, lead, end, end_text) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, (ref, text, lead_cell, when, prog, rag)):
                    c.text = v
                shade(cells[5], rag_fill[rag])
                expected.append(A(ref, [kq, req], text, lead, end, rag_read[rag], end_text))
            doc.add_paragraph("")
    doc.add_paragraph("Action plan agreed by the Partners on 21 July 2025. Progress is reviewed monthly at the Partners' meeting and shared with the Patient Participation Group.")
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates the post-inspection action plans GP practices publish on their websites after a CQC inspection with requirement notices (e.g. practices rated Requires improvement, 2024-25). Copied features: document title and inspection line, RAG key paragraph, document-control table, headings by CQC key question, one Word table per must-do/should-do with the CQC requirement (regulation named) in a shaded merged first row, numbered actions with lead, 'By when', progress and a RAG word on a coloured cell, a lead with a role in brackets, two leads joined by & and /, an 'Ongoing – monthly' date, an original-and-revised date in one cell and a two-line action.",
        "reads": "A practice action plan grouped under three CQC key questions; each table starts with the must-do or should-do it answers and lists its actions (10 in all) with lead, date, progress and RAG. The document-control table is not the plan.",
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ----------------------------------------------------------------------------------------------
# 5. Ormiston Horizon Academy - post-Ofsted action plan (docx)
# ----------------------------------------------------------------------------------------------

def make_school_ofsted():
    name = "zyj-ormiston-horizon-academy-post-ofsted-action-plan.docx"
    title = "Ormiston Horizon Academy – Post-Ofsted Action Plan"
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ofsted inspection: 5 and 6 March 2025  |  Plan approved by the Local Governing Body: 24 April 2025  |  Reviewed half-termly by the LGB and the Trust Regional Director")
    jt = doc.add_table(rows=0, cols=2)
    jt.style = "Table Grid"
    for k, v in (("Quality of education", "Requires improvement"), ("Behaviour and attitudes", "Good"),
                 ("Personal development", "Good"), ("Leadership and management", "Requires improvement")):
        cells = jt.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG (review point: end of summer term 2025): green = on track or achieved; amber = partially on track; red = not on track; unshaded = not yet started.")
    doc.add_heading("What does the school need to do to improve?", level=1)

    fillhex = {"green": "00B050", "amber": "FFC000", "red": "FF0000", None: None}
    P1 = "Priority 1: Consistent curriculum implementation"
    O1 = ("In some subjects, teachers do not check pupils’ understanding carefully enough before moving on to new content. "
          "As a result, gaps in pupils’ knowledge persist. Leaders should ensure that teachers use assessment precisely to "
          "identify and address misconceptions.")
    P2 = "Priority 2: Reading"
    O2 = ("Pupils who are at the early stages of reading do not receive the support they need to catch up quickly. Leaders "
          "should make sure that these pupils are identified swiftly and receive effective support so that they read with "
          "fluency and confidence.")
    P3 = "Priority 3: Oversight of provision for pupils with SEND"
    O3 = ("Leaders, including those responsible for governance, do not have an accurate oversight of the effectiveness of "
          "support for pupils with special educational needs and/or disabilities (SEND). Leaders should ensure that pupils’ "
          "support plans are precise and that staff use them to adapt teaching.")
    prios = [
        (P1, O1, [
            ("Launch a whole-school ‘Check, Correct, Continue’ model for responsive teaching, with weekly CPD sessions on hinge questions and mini-whiteboard use.",
             "AHT Teaching & Learning", "Summer term 2025", "Agreed check-for-understanding routines seen in 90% of drop-ins.",
             "SLT drop-ins (weekly); LGB Standards Committee", "green", ["AHT Teaching & Learning"], "2025-07", "Summer term 2025"),
            ("Subject leaders to identify the three most common misconceptions in each unit and build these into department curriculum maps.",
             "Heads of Faculty", "By October half-term 2025", "Curriculum maps for all KS3 units include planned misconception checks.",
             "Deputy Principal (Curriculum) – curriculum reviews", "amber", ["Heads of Faculty"], "2025-10", "By October half-term 2025"),
            ("Trust subject network leads to quality assure assessment in English, mathematics and science.",
             "Trust Director of Education; AHT Teaching & Learning", "April–July 2025", "External QA reports confirm assessment is accurate and used to adapt teaching.",
             "Trust Regional Director", "green", ["Trust Director of Education", "AHT Teaching & Learning"], "2025-07", "April–July 2025"),
        ]),
        (P2, O2, [
            ("Screen all Year 7 pupils and new arrivals with the NGRT reading test within three weeks of starting.",
             "Reading Lead", "Autumn term 2025", "All pupils screened; reading ages known to all staff via class profiles.",
             "Deputy Principal (Curriculum)", None, ["Reading Lead"], "2025-12", "Autumn term 2025"),
            ("Deliver daily phonics-based intervention (Fresh Start) to identified pupils in Years 7 to 9, taught by trained staff.",
             "Reading Lead / SENCo", "Ongoing from May 2025", "Pupils in intervention make at least 12 months’ reading-age gain in six months.",
             "Termly reading-age retest; LGB", "green", ["Reading Lead", "SENCo"], None, "Ongoing from May 2025"),
            ("Introduce disciplinary reading in tutor time twice weekly, using subject-specific texts.",
             "Deputy Principal (Curriculum)", "September 2025", "Reading in tutor time observed in all year groups.",
             "Pastoral line management", "amber", ["Deputy Principal (Curriculum)"], "2025-09", None),
        ]),
        (P3, O3, [
            ("Rewrite all pupil passports for pupils with SEND using the trust template, with input from pupils and parents.",
             "SENCo", "Summer term 2025", "All passports rewritten; staff can describe the adaptations for pupils they teach.",
             "AHT Inclusion – passport sampling", "green", ["SENCo"], "2025-07", "Summer term 2025"),
            ("Appoint a link governor for SEND and provide training through the trust governance programme.",
             "Chair of LGB", "30 June 2025", "Link governor appointed and trained; first monitoring visit completed.",
             "Clerk to LGB", "green", ["Chair of LGB"], "2025-06", None),
            ("Report half-termly to the LGB on provision for pupils with SEND, including attendance, suspensions and progress.",
             "Principal", "Half-termly", "Governors’ minutes show challenge on SEND outcomes.",
             "Trust Regional Director", "green", ["Principal"], None, "Half-termly"),
        ]),
    ]
    expected = []
    for head, ofsted, acts in prios:
        doc.add_heading(head, level=2)
        op = doc.add_paragraph()
        r = op.add_run(ofsted)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, v in zip(t.rows[0].cells, ("Action", "Lead(s)", "Timescale", "Success criteria", "Monitoring", "RAG")):
            bold_cell(c, v)
            shade(c, "C6E0B4")
        for (text, lead_cell, when, sc, mon, rag, lead, end, end_text) in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (text, lead_cell, when, sc, mon, "")):
                c.text = v
            if rag:
                shade(cells[5], fillhex[rag])
            expected.append(A(None, [head, ofsted], text, lead, end, rag if rag else "unrated", end_text))
        doc.add_paragraph("")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in zip(so.rows[0].cells, ("Signed (Principal)", "Signed (Chair of LGB)", "Date")):
        bold_cell(c, v)
    for c, v in zip(so.rows[1].cells, ("", "", "24/04/2025")):
        c.text = v
    doc.save(os.path.join(HERE, name))

    meta = {
        "source": "Imitates a secondary academy's post-Ofsted action plan published after a graded inspection (Requires improvement for quality of education and leadership, spring 2025), modelled on trust/The Key post-inspection templates. Copied features: centred title and inspection line, a judgements table, a RAG definition line with 'unshaded = not yet started', the 'What does the school need to do to improve?' heading, one priority heading per area with the inspectors' text in italics, then a table per priority with Action, Lead(s), Timescale, Success criteria, Monitoring and a RAG column shown only as cell shading, school-term timescales, and a sign-off table.",
        "reads": "Three priorities, each with Ofsted's improvement point and a table of three unnumbered actions (9 in all); status comes only from the shading of the RAG cell, and one action is unshaded. The judgements and sign-off tables are not the plan.",
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


# ----------------------------------------------------------------------------------------------
# 6. Juniper Training - QIP 2025-26 (csv) -- refuse: mistyped month
# ----------------------------------------------------------------------------------------------

def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_juniper_qip():
    name = "zyj-juniper-training-quality-improvement-plan-2025-26-typo-month-refuse.csv"
    title = "Juniper Training Ltd – Quality Improvement Plan 2025-26"
    N = 8
    rows = [
        [title] + [""] * (N - 1),
        ["Informed by: Self-Assessment Report 2024-25, Ofsted inspection outcomes, learner and employer feedback"] + [""] * (N - 1),
        [""] * N,
        ["Ref", "Theme", "Area for improvement", "Action", "Responsible", "Target date", "Progress (December 2025)", "RAG"],
        ["QIP1", "Quality of education", "Too few apprentices receive useful feedback on their written work, so they do not improve it quickly enough.",
         "Introduce a standard feedback framework (what went well / even better if) for all written submissions", "Head of Quality", "October 2025",
         "Framework launched at September standardisation day", "B"],
        ["QIP2", "", "", "Sample 10% of marked work each month and moderate it in team meetings", "Quality Manager/Team Leaders", "Monthly",
         "Two moderation cycles completed", "G"],
        ["QIP3", "Quality of education", "Progress reviews do not always involve employers in setting targets for on-the-job training.",
         "Revise the progress review form so that the employer agrees at least one workplace target at each review", "Operations Manager", "November 2025",
         "New form in use from 3 November", "G"],
        ["QIP4", "", "", "Train all skills coaches in three-way target setting", "Head of Quality", "Febuary 2026",
         "Training booked for January", "G"],
        ["QIP5", "Behaviours and attitudes", "Attendance at functional skills English and maths sessions is too low.",
         "Move functional skills sessions online with recorded catch-up and follow up every absence within 48 hours", "Functional Skills Lead", "January 2026",
         "Attendance up from 71% to 80%", "A"],
        ["QIP6", "Personal development", "Apprentices' understanding of the risks of radicalisation and extremism in their local area is limited.",
         "Add a 'Prevent in the North East' topic to the progress review learning calendar", "Designated Safeguarding Lead", "December 2025",
         "Topic written; delivery starts December reviews", "G"],
        ["QIP7", "Leadership and management", "Board members do not receive enough information on the progress of apprentices with additional learning needs.",
         "Add ALN progress and achievement data to the quarterly Board quality report", "Managing Director/Head of Quality", "March 2026",
         "", "R"],
        [""] * N,
        ["RAG key: B = complete, G = on track, A = some slippage, R = off track / not started"] + [""] * (N - 1),
        ["Owner: Head of Quality. Reviewed monthly at Quality Board; reported to the Board of Directors each quarter."] + [""] * (N - 1),
    ]
    lines = [",".join(csv_field(v) for v in row) for row in rows]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    refuse_line = next(i + 1 for i, ln in enumerate(lines) if "Febuary" in ln)
    meta = {
        "source": "Imitates an independent training provider's Quality Improvement Plan exported to CSV from Excel (apprenticeship providers publish or share QIPs linked to their self-assessment report and Ofsted areas for improvement; e.g. Juniper Training, 2025-26). Copied features: title and 'informed by' lines, header row, Ofsted-framework theme and SAR area for improvement written once on the first row of each group (merged cells exported as blanks), QIP refs, responsible roles joined by '/', month-name target dates and 'Monthly', RAG letters with a key line and an owner note at the foot.",
        "reads": "A seven-action QIP under four Ofsted themes. The target date of QIP4 is written 'Febuary 2026' – a mistyped month in a column of otherwise well-formed months, so a careful reader stops at that line and asks what date was meant.",
        "outcome": "refuse", "refuse_at": refuse_line, "title": title,
    }
    write_expected(name, meta, [])
    return name, 0


# ----------------------------------------------------------------------------------------------
# 7. Hereford & Worcester Fire Authority - Audit and Standards Committee action log (txt, tab-separated)
# ----------------------------------------------------------------------------------------------

def make_hwfa_log():
    name = "zyj-hereford-worcester-fire-authority-audit-standards-committee-action-log.txt"
    title = "Hereford & Worcester Fire Authority – Audit and Standards Committee Action Log"
    key = {"C": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    rows = [
        ("ASC 2025/01", "22/01/2025", "Min 412",
         "Circulate the external auditor's findings on the 2023/24 Statement of Accounts to all Committee members once received.",
         "Treasurer", "31/03/2025", "C", "Circulated by email 14 March 2025.",
         ["Treasurer"], "2025-03", None),
        ("ASC 2025/02", "22/01/2025", "Min 415",
         "Provide a briefing on cyber security arrangements for the mobilising system at the joint Fire Control with Shropshire.",
         "Head of ICT / Area Commander Control", "16/07/2025", "C", "Closed – briefing given at July meeting.",
         ["Head of ICT", "Area Commander Control"], "2025-07", None),
        ("ASC 2025/03", "16/04/2025", "Min 431",
         "Add a risk on delivery of the Fire Standards implementation programme to the Corporate Risk Register and report its assessment to the Committee.",
         "Head of Corporate Services", "July 2025 (rev. Oct 2025)", "A", "Risk drafted; scoring to be confirmed at SLB on 4 November.",
         ["Head of Corporate Services"], "2025-10", "July 2025 (rev. Oct 2025)"),
        ("ASC 2025/04", "16/04/2025", "Min 433",
         "Internal Audit to include a review of overtime and pre-arranged overtime controls in the 2025/26 audit plan.",
         "Head of Internal Audit Shared Service", "30/06/2025", "C", "Included in approved 2025/26 plan (Q3).",
         ["Head of Internal Audit Shared Service"], "2025-06", None),
        ("ASC 2025/05", "16/07/2025", "Min 447",
         "Report back on the number of Stage 2 complaints outstanding and the average response time for 2024/25.",
         "Monitoring Officer", "22/10/2025", "G", "On agenda for 22 October (Item 9).",
         ["Monitoring Officer"], "2025-10", None),
        ("ASC 2025/06", "16/07/2025", "Min 449",
         "Arrange Member training on the Global Internal Audit Standards (UK public sector) before the January 2026 meeting.",
         "Treasurer & Committee Services Manager", "January 2026", "G", "Session booked for 8 January 2026.",
         ["Treasurer", "Committee Services Manager"], "2026-01", None),
        ("ASC 2025/07", "16/07/2025", "Min 450",
         "Provide an update on progress against the HMICFRS area for improvement on the protection of staff from bullying and harassment.",
         "Assistant Chief Fire Officer – People", "22/10/2025", "R", "Not received for this meeting; officer asked to report in January.",
         ["Assistant Chief Fire Officer – People"], "2025-10", None),
        ("ASC 2025/08", "22/10/2025", "Min 461",
         "Review the Anti-Fraud, Bribery and Corruption Policy and bring the revised policy to the Committee for approval.",
         "Treasurer", "Q4 2025/26", "", "New action.",
         ["Treasurer"], "2026-03", "Q4 2025/26"),
        ("ASC 2025/09", "22/10/2025", "Min 463",
         "Circulate the Auditor's Annual Report 2024/25 to all Fire Authority Members.",
         "Treasurer", "November 2025", "G", "",
         ["Treasurer"], "2025-11", None),
    ]
    lines = [
        title,
        "Position as at 22 October 2025",
        "Status key: C = Complete (removed after reporting to one meeting); G = On track; A = Delayed – revised date agreed; R = Overdue / no update",
        "",
        "\t".join(("Ref", "Meeting", "Minute", "Action", "Officer(s) responsible", "Due date", "Status", "Comments")),
    ]
    expected = []
    for ref, meet, minute, text, officer, due, st, comment, lead, end, end_text in rows:
        lines.append("\t".join((ref, meet, minute, text, officer, due, st, comment)))
        expected.append(A(ref, [], text, lead, end, key[st], end_text))
    lines += ["", "Contact: Committee Services, Hindlip Park, Worcester. Next meeting: 21 January 2026."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    meta = {
        "source": "Imitates the rolling action log a combined fire authority's audit committee keeps in its agenda pack (Hereford & Worcester Fire Authority Audit and Standards Committee, 2025), here as a tab-separated text export. Copied features: title and 'position as at' lines, a status key line that defines C/G/A/R (C = complete), a header row, action refs of the form 'ASC 2025/01', meeting date and minute number columns, officers as job titles (two joined by '/' or '&'), due dates as day-first dates, month names, a quarter (Q4 2025/26) and an original-with-revised cell, a blank status for a new action, and a contact line at the foot.",
        "reads": "A flat log of nine committee actions, each with ref, meeting, minute, action, responsible officer(s), due date, a one-letter status read through the key, and a comment. There are no themes or headings; the title, key and footer lines are not actions.",
        "outcome": "read", "title": title,
    }
    write_expected(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_icb_baf, make_cumbria_ncpi, make_thirteen_ia, make_gp_cqc, make_school_ofsted,
               make_juniper_qip, make_hwfa_log):
        n, k = fn()
        print("%-95s %d actions" % (n, k))
