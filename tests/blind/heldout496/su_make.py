#!/usr/bin/env python3
"""Build the seven `su-` blind cases (data files and their .expected.yaml) in this folder.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files whose names start with `su-` are written.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F4E78"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def path(name):
    assert name.startswith("su-") or name.startswith("su_")
    return os.path.join(HERE, name)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def write_yaml(name, doc):
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=4096,
                       default_flow_style=False)


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Mid Ulster District Council - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def mid_ulster():
    name = "su-mid-ulster-district-council-internal-audit-recommendations-tracker.xlsx"
    title = "Mid Ulster District Council – Internal Audit Recommendations Tracker"
    status_fill = {"Implemented": BLUE, "Partially Implemented": AMBER,
                   "Not Implemented": RED, "Not yet due": GREEN}
    status_rag = {"Implemented": "blue", "Partially Implemented": "amber",
                  "Not Implemented": "red", "Not yet due": "green"}
    D = dt.datetime
    groups = [
        ("Procurement and Contract Management (2023/24 – Limited Assurance)", [
            ("PC1", "2",
             "The Council should ensure that all contracts above £30,000 are recorded on the central contracts register and that the register is reviewed quarterly.",
             "Contracts register to be updated to capture all live contracts above £30,000. Quarterly review by the Procurement Unit with exceptions reported to SMT.",
             "Head of Procurement", D(2025, 3, 31), D(2025, 9, 30), "Implemented",
             "Register updated and Q2 review completed. Exceptions report presented to SMT on 14 October 2025.",
             ["Head of Procurement"], "2025-09"),
            ("PC2", "1",
             "Single tender actions (STAs) should be approved in advance in line with the Procurement Policy and reported to the Audit Committee.",
             "STA approval form revised to require Chief Executive sign-off before any commitment is made.\nSix-monthly STA report to be presented to the Audit Committee.",
             "Head of Procurement / Head of Finance", D(2025, 6, 30), D(2026, 3, 31), "Partially Implemented",
             "Revised form in use since July 2025. First six-monthly report scheduled for the March 2026 Audit Committee.",
             ["Head of Procurement", "Head of Finance"], "2026-03"),
        ]),
        ("Payroll (2024/25 – Satisfactory Assurance)", [
            ("PY1", "2",
             "Overtime claims should be authorised by a line manager before they are submitted to Payroll.",
             "Reminder issued to all line managers. iTrent workflow to be configured so that overtime cannot be processed without line manager approval.",
             "Head of HR", D(2026, 1, 31), None, "Not yet due",
             "Reminder issued September 2025. Workflow change with the system supplier for testing.",
             ["Head of HR"], "2026-01"),
            ("PY2", "3",
             "Starter and leaver checklists should be retained on the employee’s personnel file.",
             "Checklists are now scanned to the employee’s electronic file at the point of processing.",
             "HR Manager", D(2025, 9, 30), None, "Implemented",
             "Sample of 10 starters and 10 leavers checked by Internal Audit – all checklists on file.",
             ["HR Manager"], "2025-09"),
        ]),
        ("Leisure Centres – Cash Handling (2024/25 – Limited Assurance)", [
            ("LC1", "1",
             "Daily cash-up sheets at Greenvale Leisure Centre, Dungannon Leisure Centre and MUSA should be independently checked and signed by the Duty Manager.",
             "Cash-up procedure revised so that the Duty Manager countersigns all daily cash-up sheets, with monthly spot checks by the Leisure Services Manager.",
             "Head of Leisure", D(2025, 8, 31), D(2025, 12, 31), "Partially Implemented",
             "Procedure in place at Greenvale and MUSA. Dungannon to follow once the new Duty Manager is in post.",
             ["Head of Leisure"], "2025-12"),
            ("LC2", "2",
             "Safe keys and codes should be changed when key holders leave the Council’s employment.",
             "Key holder register to be introduced for each site and safe codes changed on receipt of a leaver notification.",
             "Leisure Services Manager; Facilities Manager", D(2025, 9, 30), D(2026, 3, 31), "Not Implemented",
             "Delayed due to staff absence. Register template agreed; roll-out planned for Q4.",
             ["Leisure Services Manager", "Facilities Manager"], "2026-03"),
        ]),
        ("ICT – Cyber Security (2024/25 – Satisfactory Assurance)", [
            ("ICT1", "1",
             "Multi-factor authentication (MFA) should be extended to all remote access accounts, including those used by Elected Members.",
             "MFA roll-out to the remaining 41 accounts (including Members’ devices) to be completed.",
             "Head of ICT", D(2025, 12, 31), None, "Partially Implemented",
             "33 of 41 accounts now enabled. Remaining Members’ devices to be configured at drop-in sessions.",
             ["Head of ICT"], "2025-12"),
            ("ICT2", "2",
             "A tested ICT disaster recovery plan should be in place.",
             "Disaster recovery plan to be updated following the server migration and a desktop test carried out with the Emergency Planning Officer.",
             "Head of ICT", D(2026, 3, 31), None, "Not yet due",
             "Server migration completed November 2025. Plan being redrafted.",
             ["Head of ICT"], "2026-03"),
        ]),
    ]

    wb = Workbook()
    # Summary sheet first
    ss = wb.active
    ss.title = "Summary"
    ss["A1"] = title
    ss["A1"].font = Font(bold=True, size=14)
    ss["A2"] = "Follow-up position at 31 December 2025 – Audit Committee, 19 February 2026"
    ss["A2"].font = Font(italic=True)
    cats = ["Implemented", "Partially Implemented", "Not Implemented", "Not yet due"]
    header_row(ss, 4, ["Priority"] + cats + ["Total"], [14, 16, 22, 18, 14, 10])
    counts = {}
    for _, rows in groups:
        for r in rows:
            counts[(r[1], r[7])] = counts.get((r[1], r[7]), 0) + 1
    rr = 5
    for p in ["1", "2", "3"]:
        ss.cell(row=rr, column=1, value=f"Priority {p}").border = BOX
        tot = 0
        for j, c in enumerate(cats, start=2):
            n = counts.get((p, c), 0)
            tot += n
            ss.cell(row=rr, column=j, value=n).border = BOX
        ss.cell(row=rr, column=6, value=tot).border = BOX
        rr += 1
    ss.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 7):
        col = chr(ord("A") + j - 1)
        ss.cell(row=rr, column=j, value=f"=SUM({col}5:{col}7)").font = Font(bold=True)
    ss.cell(row=rr + 2, column=1,
            value="Recommendations reported as Implemented at this meeting will be removed from the tracker once verified by Internal Audit.")

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up position at 31 December 2025 – Audit Committee, 19 February 2026"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Priority", "Recommendation", "Agreed Management Action",
                       "Responsible Officer", "Original Target Date", "Revised Target Date",
                       "Status", "Update at December 2025"],
               [7, 9, 48, 52, 26, 14, 14, 20, 48])
    r = 5
    expected = []
    for heading, rows in groups:
        ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (ref, pri, rec, action, lead, orig, rev, status, upd, leads, end) in rows:
            vals = [ref, pri, rec, action, lead, orig, rev, status, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(status_fill[status])
            expected.append(act(ref, [heading, rec], action, leads, end, status_rag[status]))
            r += 1
    ws.freeze_panes = "A5"

    ks = wb.create_sheet("Key")
    ks["A1"] = "Priority ratings"
    ks["A1"].font = Font(bold=True)
    ks["A2"] = "Priority 1"
    ks["B2"] = "Significant weakness – immediate action required"
    ks["A3"] = "Priority 2"
    ks["B3"] = "Weakness in control – action required within six months"
    ks["A4"] = "Priority 3"
    ks["B4"] = "Minor issue / best practice"
    ks["A6"] = "Status"
    ks["A6"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("Implemented", "Action complete and verified"),
                                  ("Partially Implemented", "Work under way but not complete"),
                                  ("Not Implemented", "No progress or target date missed"),
                                  ("Not yet due", "Target date not yet reached – on track")], start=7):
        ks.cell(row=i, column=1, value=k).fill = fill(status_fill[k])
        ks.cell(row=i, column=2, value=txt)
    ks.column_dimensions["A"].width = 22
    ks.column_dimensions["B"].width = 60
    wb.save(path(name))

    write_yaml(name, {
        "source": "Imitates the internal audit follow-up trackers that Northern Ireland district councils (Mid Ulster, Fermanagh & Omagh, Causeway Coast & Glens) table at their Audit Committee, 2025-26 round; no single URL copied. Copied features: summary sheet of counts by priority and status first, tracker sheet with grey merged audit-area rows (audit year and assurance level), Priority 1/2/3, recommendation beside the agreed management action, original and revised target dates as Excel dates, status words with fill colours, key sheet.",
        "reads": "Three sheets: a Summary of counts (not actions), the Tracker and a Key. The Tracker groups eight recommendations under four audit areas; each row gives the auditor's recommendation, the agreed management action (the action), the responsible officer(s), original and revised target dates (revised wins) and a status word that the Key maps to colours (Implemented = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Conwy CBC - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def conwy():
    name = "su-conwy-county-borough-council-corporate-risk-register-2025-26.xlsx"
    title = "Corporate Risk Register 2025/26 – Quarter 2 (July – September 2025)"
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    D = dt.datetime
    risks = [
        ("CR01 Financial Sustainability",
         "Risk that the Council is unable to set and deliver a balanced budget over the medium term because of rising demand, inflation and uncertain Welsh Government settlements, leading to unplanned cuts to services.",
         "Chief Executive", "5 x 5 = 25",
         "Medium Term Financial Strategy; monthly budget monitoring to SLT and Cabinet; budget reduction programme; reserves policy.",
         "4 x 5 = 20", "↔", [
             ("CR01.1", "Deliver the 2025/26 budget reduction programme and report progress monthly to the Strategic Leadership Team.",
              "Head of Finance", D(2026, 3, 31), "mmm-yy", "G", "A", ["Head of Finance"], "2026-03"),
             ("CR01.2", "Refresh the Medium Term Financial Strategy for 2026/27 to 2028/29 and present it to Cabinet.",
              "Head of Finance", D(2025, 12, 31), "mmm-yy", "G", "G", ["Head of Finance"], "2025-12"),
             ("CR01.3", "Review the reserves policy and the minimum level of general balances as part of budget setting.",
              "Head of Finance / Head of Audit and Procurement", "February 2026", None, "G", "G",
              ["Head of Finance", "Head of Audit and Procurement"], "2026-02"),
         ]),
        ("CR02 Demand for Adult Social Care",
         "Risk that demand for domiciliary and residential care exceeds the capacity of the Council and the independent sector, leading to delayed hospital discharges and unmet need.",
         "Strategic Director – Social Care and Education", "5 x 4 = 20",
         "Brokerage team; Regional Partnership Board plans; in-house reablement service; weekly discharge meetings with Betsi Cadwaladr UHB.",
         "4 x 4 = 16", "↑", [
             ("CR02.1", "Implement the new domiciliary care commissioning model across the three localities.",
              "Head of Adult Services", D(2026, 6, 30), "dd/mm/yyyy", "A", "A", ["Head of Adult Services"], "2026-06"),
             ("CR02.2", "Increase in-house reablement capacity by 20% through recruitment to vacant posts.",
              "Reablement Service Manager", "31/03/2026", None, "A", "R", ["Reablement Service Manager"], "2026-03"),
         ]),
        ("CR03 Cyber Security",
         "Risk of a successful cyber attack (e.g. ransomware) causing loss of systems and data, disruption to services and reputational damage.",
         "Head of ICT and Digital Transformation", "4 x 5 = 20",
         "Firewalls and endpoint protection; PSN compliance; back-ups held off site; cyber incident response plan.",
         "3 x 5 = 15", "↓", [
             ("CR03.1", "Achieve Cyber Essentials Plus accreditation.",
              "Head of ICT and Digital Transformation", "Sept 2025", None, "G", "B",
              ["Head of ICT and Digital Transformation"], "2025-09"),
             ("CR03.2", "Deliver mandatory cyber awareness training to all staff and Elected Members.",
              "Information Governance Manager", "Ongoing", None, "G", "G",
              ["Information Governance Manager"], None),
             ("CR03.3", "Run a ransomware incident exercise with the Strategic Leadership Team.",
              "Head of ICT and Digital Transformation; Emergency Planning Manager", D(2025, 11, 30), "dd/mm/yyyy", "A", "G",
              ["Head of ICT and Digital Transformation", "Emergency Planning Manager"], "2025-11"),
         ]),
        ("CR04 Coastal and Flood Risk",
         "Risk that extreme weather and rising sea levels cause flooding of homes, businesses and infrastructure along the coast and in the Conwy valley.",
         "Strategic Director – Economy and Place", "4 x 5 = 20",
         "Flood Risk Management Plan; coastal defence maintenance programme; flood warden network; Natural Resources Wales warnings.",
         "3 x 5 = 15", "↔", [
             ("CR04.1", "Submit the Full Business Case for the Llanfairfechan coastal defence scheme to Welsh Government.",
              "Head of Environment, Roads and Facilities", D(2026, 3, 31), "dd/mm/yyyy", "G", "A",
              ["Head of Environment, Roads and Facilities"], "2026-03"),
             ("CR04.2", "Update the Local Flood Risk Management Strategy and consult on it.",
              "Head of Environment, Roads and Facilities", "Q4 2025/26", None, "G", "G",
              ["Head of Environment, Roads and Facilities"], "2026-03"),
         ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=14)
    cv["A3"] = "Cofrestr Risg Corfforaethol"
    cv["A3"].font = Font(italic=True)
    header_row(cv, 5, ["Document control", ""], [28, 60])
    for i, (k, v) in enumerate([("Version", "2.1"),
                                ("Owner", "Strategic Leadership Team"),
                                ("Prepared by", "Corporate Performance and Risk Officer"),
                                ("Reviewed by SLT", "14 October 2025"),
                                ("Governance and Audit Committee", "25 November 2025"),
                                ("Next review", "Quarter 3 (January 2026)")], start=6):
        cv.cell(row=i, column=1, value=k).border = BOX
        cv.cell(row=i, column=2, value=v).border = BOX

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    header_row(ws, 3, ["Risk", "Risk Description", "Risk Owner", "Inherent Risk (L x I)",
                       "Current Controls", "Residual Risk (L x I)", "Direction of Travel",
                       "Action Ref", "Further Action Required", "Action Owner", "Target Date",
                       "Q1 RAG", "Q2 RAG"],
               [26, 44, 24, 12, 44, 12, 10, 9, 48, 30, 13, 8, 8])
    r = 4
    expected = []
    for (risk, desc, owner, inh, ctrl, res, dot, acts) in risks:
        start = r
        for (aref, text, lead, target, fmt, q1, q2, leads, end) in acts:
            cells = {8: aref, 9: text, 10: lead, 11: target}
            for c, v in cells.items():
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if fmt:
                    cell.number_format = fmt
            ws.cell(row=r, column=12).fill = fill(rag[q1])
            ws.cell(row=r, column=13).fill = fill(rag[q2])
            ws.cell(row=r, column=12).border = BOX
            ws.cell(row=r, column=13).border = BOX
            d = act(aref, [risk], text, leads, end, word[q2],
                    end_text=("Ongoing" if target == "Ongoing" else None))
            expected.append(d)
            r += 1
        end_r = r - 1
        for c, v in enumerate([risk, desc, owner, inh, ctrl, res, dot], start=1):
            cell = ws.cell(row=start, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
            if c == 1:
                cell.font = Font(bold=True)
            if end_r > start:
                ws.merge_cells(start_row=start, start_column=c, end_row=end_r, end_column=c)
        resc = ws.cell(row=start, column=6)
        score = int(res.split("=")[1])
        resc.fill = fill(RED if score >= 16 else AMBER)
        inc = ws.cell(row=start, column=4)
        inc.fill = fill(RED)
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="Blue = complete; Green = on track; Amber = minor slippage; Red = significant slippage / overdue")
    ws.cell(row=r + 1, column=1, value="Direction of travel:").font = Font(bold=True)
    ws.cell(row=r + 1, column=2, value="↑ risk increasing   ↔ no change   ↓ risk reducing (compared with Quarter 1)")
    ws.freeze_panes = "A4"

    mx = wb.create_sheet("Risk Scoring Matrix")
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
    for li in range(1, 6):
        for im in range(1, 6):
            s = (6 - li) * im
            c = mx.cell(row=3 + li, column=im + 1, value=s)
            c.fill = fill(RED if s >= 15 else AMBER if s >= 8 else GREEN)
    mx["A10"] = "15–25 High (red); 8–12 Medium (amber); 1–6 Low (green)"
    wb.save(path(name))

    write_yaml(name, {
        "source": "Imitates the corporate risk registers that Welsh councils (Conwy, Denbighshire, Anglesey) report quarterly to their Governance and Audit Committee, 2025/26; no single URL copied. Copied features: bilingual cover with document-control table, one block per risk with risk, description, owner, inherent and residual L x I scores and controls merged down the rows of its further actions, direction-of-travel arrows, action refs, target dates in mixed forms (dates, month words, Q4 2025/26, Ongoing), Q1 and Q2 RAG columns shown by fill colour only, key lines under the table, scoring-matrix sheet.",
        "reads": "The Corporate Risk Register sheet lists four corporate risks, each with its further actions (ten in all) one per row beside the merged risk cells. Each action has an owner, a target date and two colour-only RAG cells; the Q2 (current) colour is the status, read by the key under the table (blue = complete). The cover, the residual-score colours and the matrix sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Aberdeen City HSCP - joint inspection of adult services improvement plan (xlsx)
# ---------------------------------------------------------------------------
def aberdeen():
    name = "su-aberdeen-city-hscp-joint-inspection-adult-services-improvement-plan.xlsx"
    title = "Joint Inspection of Adult Services – Improvement Plan"
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    word = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    D = dt.datetime
    prios = [
        ("1. The partnership should ensure that its strategic commissioning plan for mental health sets out clear priorities, timescales and the resources needed to deliver them.", [
            ("1.1", "Develop and consult on a Mental Health and Learning Disability Strategic Delivery Plan 2025–2028.",
             "Lead for Mental Health & Learning Disabilities", D(2025, 4, 1), D(2025, 10, 31), D(2026, 1, 31), "A",
             "Consultation closed 12 December 2025; 140 responses. Draft plan revised to reflect feedback – revised date agreed by the Executive Team.",
             ["Lead for Mental Health & Learning Disabilities"], "2026-01"),
            ("1.2", "Present the Delivery Plan and its financial framework to the Integration Joint Board for approval.",
             "Chief Finance Officer; Lead for Mental Health & Learning Disabilities", D(2025, 11, 1), "March 2026", None, "G",
             "Scheduled for the IJB meeting on 24 March 2026.",
             ["Chief Finance Officer", "Lead for Mental Health & Learning Disabilities"], "2026-03"),
        ]),
        ("2. The partnership should improve the consistency and quality of risk assessments and care plans for people living with mental illness.", [
            ("2.1", "Introduce a single risk assessment and chronology template across health and social work mental health teams.",
             "Mental Health Service Manager", D(2025, 4, 1), D(2025, 9, 30), None, "B",
             "Template live in all community mental health teams from 1 September 2025.",
             ["Mental Health Service Manager"], "2025-09"),
            ("2.2", "Undertake quarterly multi-agency case file audits and report the findings to the Clinical and Care Governance Committee.",
             "Lead Social Worker / Senior Nurse, Mental Health", D(2025, 7, 1), "Quarterly", None, "G",
             "Second audit completed December 2025 (40 files). Report to CCGC in February 2026.",
             ["Lead Social Worker", "Senior Nurse, Mental Health"], None),
            ("2.3", "Deliver refresher training on risk assessment and SMART care planning to all mental health staff.",
             "Learning and Development Manager", D(2025, 9, 1), D(2025, 12, 31), None, "R",
             "Only 46% of staff trained by the target date because of vacancies. Additional sessions being arranged.",
             ["Learning and Development Manager"], "2025-12"),
        ]),
        ("3. The partnership should work with unpaid carers to make sure they are offered an adult carer support plan and that these plans are reviewed.", [
            ("3.1", "Agree a data-sharing protocol with the commissioned carers support service to record adult carer support plans offered and completed.",
             "Strategy and Transformation Lead", D(2025, 5, 1), D(2025, 8, 31), None, "B",
             "Protocol signed August 2025; first quarterly data received.",
             ["Strategy and Transformation Lead"], "2025-08"),
            ("3.2", "Include carer involvement as a standard agenda item in all mental health review meetings.",
             "Mental Health Service Manager", D(2025, 6, 1), D(2025, 11, 30), None, "B",
             "Review meeting template updated and in use.",
             ["Mental Health Service Manager"], "2025-11"),
        ]),
        ("4. The partnership should strengthen its approach to self-evaluation and its use of data to drive improvement.", [
            ("4.1", "Establish a mental health performance dashboard reporting to the IJB Risk, Audit and Performance Committee.",
             "Performance and Business Intelligence Manager", D(2025, 10, 1), D(2026, 3, 31), None, "G",
             "Draft dashboard shared with service leads in January 2026.",
             ["Performance and Business Intelligence Manager"], "2026-03"),
            ("4.2", "Carry out a self-evaluation using the Care Inspectorate quality improvement framework, involving people with lived experience.",
             "Chief Officer", D(2026, 1, 1), "June 2026", None, "G",
             "Lived experience panel recruited; self-evaluation workshops planned for April and May 2026.",
             ["Chief Officer"], "2026-06"),
        ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Aberdeen City Health & Social Care Partnership"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=14)
    cv["A3"] = "Care Inspectorate and Healthcare Improvement Scotland – joint inspection report published 22 April 2025"
    header_row(cv, 5, ["Version", "Date", "Author", "Changes"], [10, 14, 34, 60])
    for i, row in enumerate([("0.1", "20/05/2025", "Strategy and Transformation Lead", "First draft for Executive Team"),
                             ("1.0", "17/06/2025", "Strategy and Transformation Lead", "Approved by the Integration Joint Board"),
                             ("1.3", "10/02/2026", "Planning and Development Officer", "Progress update for Risk, Audit and Performance Committee")], start=6):
        for j, v in enumerate(row, start=1):
            cv.cell(row=i, column=j, value=v).border = BOX
    cv["A11"] = "RAG status key"
    cv["A11"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "At risk of delay / revised date agreed"),
                                ("R", "Off track or overdue")], start=12):
        c = cv.cell(row=i, column=1, value=k)
        c.fill = fill(ragfill[k])
        cv.cell(row=i, column=2, value=t)

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Aberdeen City Health & Social Care Partnership"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Progress update: February 2026"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Ref", "Improvement Action", "Lead Officer(s)", "Start Date",
                       "Target Completion", "Revised Completion", "RAG", "Progress Update"],
               [7, 56, 34, 12, 14, 14, 7, 60])
    r = 6
    expected = []
    for heading, rows in prios:
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
        for k in range(1, 9):
            ws.cell(row=r, column=k).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, text, lead, start, target, revised, rg, upd, leads, end) in rows:
            vals = [ref, text, lead, start, target, revised, rg, upd]
            for k, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=k, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(ragfill[rg])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            d = act(ref, [heading], text, leads, end, word[rg],
                    end_text=("Quarterly" if target == "Quarterly" else None))
            expected.append(d)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated B (complete) will be removed from the plan once closure has been agreed by the Risk, Audit and Performance Committee.")
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – February 2026"
    sm["A1"].font = Font(bold=True)
    header_row(sm, 3, ["Priority area", "B", "G", "A", "R", "Total"], [16, 8, 8, 8, 8, 8])
    for i, (heading, rows) in enumerate(prios, start=4):
        sm.cell(row=i, column=1, value=f"Priority {i - 3}")
        for j, k in enumerate(["B", "G", "A", "R"], start=2):
            sm.cell(row=i, column=j, value=sum(1 for x in rows if x[6] == k))
        sm.cell(row=i, column=6, value=len(rows))
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 7):
        col = chr(ord("A") + j - 1)
        sm.cell(row=8, column=j, value=f"=SUM({col}4:{col}7)")
    wb.save(path(name))

    write_yaml(name, {
        "source": "Imitates the improvement plans Scottish health and social care partnerships take to their IJB after a Care Inspectorate / Healthcare Improvement Scotland joint inspection of adult services (e.g. the Moray, Dundee and East Dunbartonshire plans), 2025-26; no single URL copied. Copied features: cover sheet with version history and RAG key, plan sheet with a merged shaded row for each numbered priority area for improvement followed by its numbered actions, several leads in one cell, start / target / revised completion dates, letter RAG (B/G/A/R) with matching fill, progress column, closing note, summary sheet of RAG counts.",
        "reads": "The Improvement Plan sheet has four numbered priority areas for improvement from the joint inspection, each followed by its actions 1.1 to 4.2 (nine actions). Each action has lead officer(s), a target completion date (a revised date replaces it where given), a B/G/A/R rating (B = complete per the cover key) and a progress note. The cover, the note line and the summary sheet are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
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


def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for rn in p.runs:
                rn.font.bold = True
        if hexcol:
            shade(c, hexcol)


# ---------------------------------------------------------------------------
# 4. Ysgol Gymraeg Gwaelod y Garth - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def gwaelod():
    name = "su-ysgol-gymraeg-gwaelod-y-garth-estyn-post-inspection-action-plan.docx"
    title = "Ysgol Gymraeg Gwaelod y Garth – Post-Inspection Action Plan"
    progfill = {"Complete": "9DC3E6", "On track": "A9D08E", "Not started": None}
    progword = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    recs = [
        ("R1 Improve pupils’ extended writing skills in Welsh and English across the curriculum", [
            ("1.1", "Introduce a whole-school approach to planning extended writing, using shared success criteria in Welsh and English.",
             "Book scrutinies show that most pupils in Years 3 to 6 write at length for a range of purposes.",
             "DHT, LLC lead", "Autumn term 2025", "Complete", ["DHT", "LLC lead"], "2025-12", None),
            ("1.2", "Provide professional learning for all teachers and teaching assistants on modelling writing and giving feedback.",
             "Lesson observations show consistent modelling of writing in all classes.",
             "HT", "December 2025", "On track", ["HT"], "2025-12", None),
            ("1.3", "Monitor the quality of pupils’ writing each half term through book looks and pupil voice.",
             "Monitoring reports to governors show improvement in the quality and length of writing.",
             "HT, DHT, GB", "Half-termly", "On track", ["HT", "DHT", "GB"], None, "Half-termly"),
        ]),
        ("R2 Ensure that teaching challenges more able pupils consistently", [
            ("2.1", "Adapt planning so that every mathematics and numeracy lesson includes challenge tasks for more able pupils.",
             "Planning and books show that more able pupils are regularly set demanding tasks.",
             "Numeracy lead", "Summer term 2026", "On track", ["Numeracy lead"], "2026-07", None),
            ("2.2", "Carry out paired lesson observations with a focus on challenge and questioning.",
             "Most lessons observed are judged to challenge pupils effectively.",
             "HT / DHT", "March 2026", "Not started", ["HT", "DHT"], "2026-03", None),
        ]),
        ("R3 Strengthen the role of governors in evaluating the school’s work", [
            ("3.1", "Link a governor to each recommendation and arrange termly visits so that governors see the work of the school first hand.",
             "Governors’ visit reports are discussed at full governing body meetings.",
             "Chair of Governors", "July 2026", "On track", ["Chair of Governors"], "2026-07", None),
            ("3.2", "Arrange training for governors on self-evaluation with the local authority’s governor support service.",
             "All governors have attended training; the self-evaluation calendar includes governors.",
             "Clerk to the Governing Body", "October 2025", "Complete", ["Clerk to the Governing Body"], "2025-10", None),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("School", "Ysgol Gymraeg Gwaelod y Garth, Cardiff"),
                 ("Date of Estyn inspection", "10–13 March 2025"),
                 ("Plan agreed by Governing Body", "24 June 2025"),
                 ("Progress reviewed", "January 2026"),
                 ("Supported by", "Cardiff Council school improvement partner")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        for rn in cells[0].paragraphs[0].runs:
            rn.font.bold = True
    doc.add_paragraph("")
    doc.add_paragraph("Key to staff: HT – Headteacher; DHT – Deputy Headteacher; LLC lead – Languages, Literacy and Communication lead; Numeracy lead – Mathematics and Numeracy AoLE lead; GB – Governing Body.")
    doc.add_paragraph("Progress: Complete / On track / Not started")

    expected = []
    for heading, rows in recs:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Success criteria", "Lead", "Timescale", "Progress"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E2F3")
        for (ref, text, sc, lead, when, prog, leads, end, et) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([ref, text, sc, lead, when, prog]):
                cells[i].text = v
            if progfill[prog]:
                shade(cells[5], progfill[prog])
            expected.append(act(ref, [heading], text, leads, end, progword[prog], end_text=et))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Role", "Signed", "Date"]):
        so.rows[0].cells[i].text = h
    bold_row(so.rows[0])
    so.rows[1].cells[0].text = "Headteacher"
    so.rows[1].cells[2].text = "24/06/2025"
    so.rows[2].cells[0].text = "Chair of Governors"
    so.rows[2].cells[2].text = "24/06/2025"
    doc.save(path(name))

    write_yaml(name, {
        "source": "Imitates the post-inspection action plans Welsh primary schools write to address Estyn recommendations (R1, R2, R3) under the 2024 inspection framework, shared with governors and the local authority; no single URL copied. Copied features: bilingual title, school details table, key to staff initials, one Heading 2 per recommendation written as Estyn writes it ('R1 Improve ...') followed by its own table (ref, action, success criteria, lead, timescale, progress), school-term timescales, shaded progress cells, sign-off table.",
        "reads": "Three Estyn recommendations, each with its own table of numbered actions (seven in all). Leads are staff initials or posts explained in the key; timescales are months, school terms or 'Half-termly'; progress is Complete, On track or Not started. The details table, key and sign-off table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Lismore Comprehensive School - ETI inspection action plan (docx)
# ---------------------------------------------------------------------------
def lismore():
    name = "su-lismore-comprehensive-school-eti-inspection-action-plan.docx"
    title = "Lismore Comprehensive School – Action Plan following ETI Inspection (May 2025)"
    ragfill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966"}
    ragword = {"Complete": "blue", "Green": "green", "Amber": "amber"}
    afis = [
        ("1. Improve the consistency of the quality of learning and teaching in key stage 3 mathematics so that more pupils are challenged to achieve their potential.", [
            ("1.1", "Audit the key stage 3 mathematics schemes of work and revise them to include planned opportunities for problem-solving and reasoning.",
             "Head of Mathematics", "October 2025",
             "Revised schemes in use in Years 8–10.", "Complete", ["Head of Mathematics"], "2025-10", None),
            ("1.2", "Establish a programme of peer observation and shared planning within the mathematics department, with support from the Education Authority.",
             "Mrs R Hughes; Mr C O’Neill", "Ongoing",
             "All mathematics teachers observed twice a year; planning shared on Google Classroom.", "Green",
             ["Mrs R Hughes", "Mr C O’Neill"], None, "Ongoing"),
            ("1.3", "Track the progress of Year 8 and Year 9 pupils in mathematics each term using the school’s assessment data.",
             "Vice-Principal (Curriculum) / Head of Mathematics", "June 2026",
             "Tracking shows at least 80% of pupils making expected progress.", "Green",
             ["Vice-Principal (Curriculum)", "Head of Mathematics"], "2026-06", None),
        ]),
        ("2. Develop further the use of self-evaluation by middle leaders so that it leads to improvement in the quality of provision.", [
            ("2.1", "Provide training for heads of department on using data and pupil voice in departmental self-evaluation.",
             "Senior Leadership Team", "November 2025",
             "All heads of department trained; self-evaluation template agreed.", "Complete",
             ["Senior Leadership Team"], "2025-11", None),
            ("2.2", "Each department to produce an improvement plan with measurable targets linked to the School Development Plan.",
             "Heads of Department", "March 2026",
             "Departmental plans quality assured by SLT line managers.", "Amber",
             ["Heads of Department"], "2026-03", None),
        ]),
        ("3. Update the safeguarding and child protection policy so that it fully reflects current Department of Education guidance.", [
            ("3.1", "Review and update the Child Protection and Safeguarding Policy in line with DE Circular 2020/07 and share it with parents.",
             "Designated Teacher for Child Protection", "September 2025",
             "Updated policy ratified by the Board of Governors and published on the school website.", "Complete",
             ["Designated Teacher for Child Protection"], "2025-09", None),
            ("3.2", "Deliver whole-staff safeguarding refresher training, including for non-teaching staff.",
             "Designated Teacher for Child Protection / Deputy Designated Teacher", "31/01/2026",
             "Training records show 100% attendance.", "Green",
             ["Designated Teacher for Child Protection", "Deputy Designated Teacher"], "2026-01", None),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    rn = p.add_run(title)
    rn.bold = True
    rn.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Prepared by the Principal and Senior Leadership Team for the Board of Governors and the Education and Training Inspectorate. Progress update: January 2026.")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (k, t) in enumerate([("Complete", "Complete"), ("Green", "Green – on track"),
                                ("Amber", "Amber – some delay"), (None, "Red – not progressing")]):
        key.rows[0].cells[i].text = t
        shade(key.rows[0].cells[i], ragfill[k] if k else "FF7C80")
    doc.add_paragraph("")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Area for Improvement", "Ref", "Actions", "Lead(s)", "Timescale",
                           "Success Criteria", "RAG"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "BDD7EE")
    expected = []
    for afi, rows in afis:
        first = len(t.rows)
        for (ref, text, lead, when, sc, rg, leads, end, et) in rows:
            cells = t.add_row().cells
            for i, v in enumerate(["", ref, text, lead, when, sc, rg], start=0):
                if i:
                    cells[i].text = v
            shade(cells[6], ragfill[rg])
            expected.append(act(ref, [afi], text, leads, end, ragword[rg], end_text=et))
        last = len(t.rows) - 1
        merged = t.cell(first, 0).merge(t.cell(last, 0))
        merged.text = afi
        for rn in merged.paragraphs[0].runs:
            rn.font.bold = True
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this action plan is reported to the Board of Governors each term and to the ETI District Inspector at the interim follow-up visit.")
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    so.rows[0].cells[0].text = "Principal: ____________________"
    so.rows[0].cells[1].text = "Date: 15/09/2025"
    so.rows[1].cells[0].text = "Chair of the Board of Governors: ____________________"
    so.rows[1].cells[1].text = "Date: 15/09/2025"
    doc.save(path(name))

    write_yaml(name, {
        "source": "Imitates the action plans Northern Ireland post-primary schools send to the Board of Governors and the ETI after an inspection identifies areas for improvement (follow-up inspection in 12-24 months), 2025; no single URL copied. Copied features: centred bold title and purpose line, shaded RAG key as a one-row table, a single plan table whose first column holds each numbered area for improvement merged vertically down its actions, named teachers and posts as leads, month timescales and 'Ongoing', success criteria, shaded RAG word cells, closing note and signature table.",
        "reads": "One table holds three areas for improvement from the ETI report, each merged down the rows of its actions (seven actions, 1.1 to 3.2). Each action has lead(s), a timescale, success criteria and a RAG word (Complete = blue). The key table, the note and the signature table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Public Health Wales - Board action log (csv) - typo month, refuse
# ---------------------------------------------------------------------------
def phw():
    name = "su-public-health-wales-board-action-log-typo-month-refuse.csv"
    cols = ["Action Ref", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date", "Status", "Update"]
    rows = [
        ["Public Health Wales NHS Trust – Board Action Log"] + [""] * 7,
        ["Open and recently closed actions – updated following the Board meeting of 25 September 2025"] + [""] * 7,
        [""] * 8,
        cols,
        ["Board meeting – 29 May 2025"] + [""] * 7,
        ["PHW 2025/11", "29/05/2025", "PHW 3.2/05/25", "Circulate the Welsh Language Standards annual report to Board members before publication.", "Board Secretary and Head of Board Business", "June 2025", "Complete", "Circulated 16 June 2025."],
        ["PHW 2025/12", "29/05/2025", "PHW 5.1/05/25", "Provide a breakdown of screening uptake by deprivation quintile for the bowel, breast and cervical programmes.", "Director of Screening Services", "July 2025", "Complete", "Included in the Integrated Performance Report presented in July."],
        ["PHW 2025/13", "29/05/2025", "PHW 6.3/05/25", "Bring the refreshed Long Term Strategy delivery milestones to a Board Development session.", "Executive Director of Public Health Policy and Strategy", "November 2025", "Open – on track", "Board Development session booked for 20 November 2025."],
        ["Board meeting – 31 July 2025"] + [""] * 7,
        ["PHW 2025/17", "31/07/2025", "PHW 4.2/07/25", "Report on agency and locum spend in microbiology services, with the plan to reduce it.", "Executive Director of Finance and Operations", "Septmber 2025", "Open", "Deferred – to be taken with the Month 6 finance report."],
        ["PHW 2025/18", "31/07/2025", "PHW 5.4/07/25", "Share the Health Protection winter plan with Board members.", "Director of Health Protection and Screening Services", "October 2025", "Complete", "Shared by email 3 October 2025."],
        ["PHW 2025/19", "31/07/2025", "PHW 7.1/07/25", "Arrange a Board walkabout to the Cardiff Microbiology laboratory.", "Board Secretary and Head of Board Business", "December 2025", "Open – on track", ""],
        ["Board meeting – 25 September 2025"] + [""] * 7,
        ["PHW 2025/22", "25/09/2025", "PHW 4.1/09/25", "Update the Board Assurance Framework to reflect the new cyber security risk.", "Director of Digital and Data", "January 2026", "Open – on track", ""],
        ["PHW 2025/23", "25/09/2025", "PHW 6.2/09/25", "Circulate the outcome of the staff survey action planning workshops.", "Director of People and Organisational Development", "November 2025", "Open", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    typo_line = next(i for i, ln in enumerate(lines, start=1) if "Septmber" in ln)

    write_yaml(name, {
        "source": "Imitates the Board action log (summary of actions arising) that Public Health Wales NHS Trust publishes with each public Board meeting's papers, exported from the Board papers spreadsheet to CSV, 2025; no single URL copied. Copied features: title and updated-after lines, column header, a line per Board meeting grouping its actions, action refs of the PHW 2025/nn form with minute refs, executive director posts as leads, month due dates, Complete / Open – on track / Open statuses and update comments.",
        "reads": f"A Board action log of ten actions grouped under three Board meetings. The due date of action PHW 2025/17 (line {typo_line}) reads 'Septmber 2025', a mistyped month, so a careful reader would stop and ask before reading the log.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_line,
        "title": "Public Health Wales NHS Trust – Board Action Log",
    })


# ---------------------------------------------------------------------------
# 7. Angus HSCP - care at home Care Inspectorate improvement plan (txt)
# ---------------------------------------------------------------------------
def angus():
    name = "su-angus-hscp-care-at-home-care-inspectorate-improvement-plan.txt"
    title = "Angus Care at Home Service – Care Inspectorate Improvement Plan"
    stword = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not started": "unrated"}
    blocks = [
        ("Requirement 1: By 31 October 2025, the provider must ensure that people receive their care visits at the times agreed in their personal plan and that they are told about any changes.",
         "(Regulation 4(1)(a) – Welfare of users)", [
             ("1.1", "Review all scheduled visit times on the electronic scheduling system against each person’s personal plan.",
              "Care at Home Service Manager", "30/09/2025", "Complete",
              "All 612 packages reviewed; 74 visit times corrected.", ["Care at Home Service Manager"], "2025-09", None),
             ("1.2", "Introduce a daily late and missed visit report reviewed by Home Care Organisers, with people telephoned when a visit will be more than 30 minutes late.",
              "Home Care Organisers / Scheduling Team Leader", "31/10/2025", "Complete",
              "Report in place since 6 October 2025.", ["Home Care Organisers", "Scheduling Team Leader"], "2025-10", None),
             ("1.3", "Audit a 10% sample of visit records each month and report the findings to the Clinical, Care and Professional Governance Group.",
              "Quality Assurance Officer", "Monthly", "On track",
              "November and December audits completed.", ["Quality Assurance Officer"], None, "Monthly"),
         ]),
        ("Requirement 2: By 31 December 2025, the provider must ensure that staff who support people with medication have completed medication training and have been assessed as competent.",
         "(Regulation 4(1)(a) – Welfare of users; Regulation 15(b)(i) – Staffing)", [
             ("2.1", "Use the training matrix to identify all staff without a current medication competency assessment.",
              "Learning and Development Officer", "October 2025", "Complete",
              "138 staff identified.", ["Learning and Development Officer"], "2025-10", None),
             ("2.2", "Deliver medication training in Arbroath, Forfar and Montrose and complete observed competency assessments for all staff identified.",
              "Senior Home Care Organiser", "December 2025", "On track",
              "112 of 138 staff trained and assessed.", ["Senior Home Care Organiser"], "2025-12", None),
             ("2.3", "Update the medication policy to cover the recording of ‘as required’ (PRN) medication.",
              "Lead Pharmacist, Angus HSCP / Care at Home Service Manager", "January 2026", "At risk",
              "Draft with the Medicines Management Group; sign-off expected February 2026.",
              ["Lead Pharmacist, Angus HSCP", "Care at Home Service Manager"], "2026-01", None),
         ]),
        ("Area for improvement 1: To support people’s health and wellbeing, the provider should make sure that personal plans are reviewed with the person and their family at least every six months.",
         "(Health and Social Care Standard 1.12)", [
             ("AFI 1.1", "Create a six-monthly review schedule and allocate reviews to Home Care Organisers.",
              "Home Care Organisers", "March 2026", "Not started",
              "", ["Home Care Organisers"], "2026-03", None),
         ]),
    ]
    out = []
    out.append("ANGUS HEALTH AND SOCIAL CARE PARTNERSHIP")
    out.append(title)
    out.append("Unannounced inspection 14 – 18 July 2025 (report published 2 September 2025)")
    out.append("Care service number: CS2004071986")
    out.append("Plan owner: Head of Community Health and Care Services")
    out.append("Version 4 – updated 22 January 2026")
    out.append("")
    out.append("Status key: Complete (blue) / On track (green) / At risk (amber) / Off track (red) / Not started")
    out.append("")
    expected = []
    for heading, reg, rows in blocks:
        out.append(heading)
        out.append(reg)
        out.append("")
        out.append("\t".join(["Ref", "Action", "Responsible", "Timescale", "Status", "Progress"]))
        for (ref, text, lead, when, status, prog, leads, end, et) in rows:
            out.append("\t".join([ref, text, lead, when, status, prog]))
            expected.append(act(ref, [heading], text, leads, end, stword[status], end_text=et))
        out.append("")
    out.append("This plan is reviewed monthly by the Care at Home management team and reported to the Angus IJB Audit Committee.")
    out.append("")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out))

    write_yaml(name, {
        "source": "Imitates the improvement plans Scottish health and social care partnerships keep after a Care Inspectorate inspection of a council care at home service (requirements with a 'By [date], the provider must' deadline and areas for improvement), saved from Word as plain text so tables become tab-separated lines, 2025-26; no single URL copied. Copied features: title block with inspection dates, service number, plan owner and version, status key line, each requirement / area for improvement as a line with its regulation or Health and Social Care Standard below, then its own tab-separated table (header line repeated for each) of numbered actions with responsible post(s), timescale, status word and progress, closing note.",
        "reads": "Two requirements and one area for improvement from the inspection, each followed by a tab-separated table of its actions (seven in all). Timescales are dates, months or 'Monthly'; statuses are read by the key line (Complete = blue, On track = green, At risk = amber, Not started = unrated).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    mid_ulster()
    conwy()
    aberdeen()
    gwaelod()
    lismore()
    phw()
    angus()
    print("built 7 su- cases in", HERE)
