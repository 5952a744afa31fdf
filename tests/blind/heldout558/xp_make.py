#!/usr/bin/env python
"""Build the seven xp- blind test files of set heldout558 and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Writes only files whose names start with 'xp-' into this script's folder.
"""
import csv
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("xp-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- YAML writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 96:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return key + ": >-\n" + "".join("  " + ln + "\n" for ln in lines)


def write_expected(fname, source, reads, outcome, title, actions=None,
                   refuse_at=None, accept_refusal=False):
    y = folded("source", source) + folded("reads", reads)
    y += "outcome: %s\n" % outcome
    y += "accept_refusal: %s\n" % ("true" if accept_refusal else "false")
    if refuse_at is not None:
        y += "refuse_at: %d\n" % refuse_at
    if title is not None:
        y += "title: %s\n" % q(title)
    if outcome == "read":
        y += "actions:\n"
        for a in actions:
            y += "  - ref: %s\n" % ("null" if a["ref"] is None else q(a["ref"]))
            y += "    under: [%s]\n" % ", ".join(q(u) for u in a["under"])
            y += "    action: %s\n" % q(a["action"])
            y += "    lead: [%s]\n" % ", ".join(q(p) for p in a["lead"])
            y += "    end: %s\n" % ("null" if a["end"] is None else q(a["end"]))
            if a.get("end_text") is not None:
                y += "    end_text: %s\n" % q(a["end_text"])
            y += "    status: %s\n" % a["status"]
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(y)


# ---------------------------------------------------------------- helpers
FILL = {
    "green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "teal": "DDEBF7", "pale": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def xfill(name):
    c = FILL.get(name, name)
    return PatternFill("solid", start_color=c, end_color=c)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


# =====================================================================
# 1. Essex & Suffolk Water - customer experience improvement plan (xlsx)
# =====================================================================
def make_esw():
    fname = "xp-essex-and-suffolk-water-ofwat-c-mex-customer-experience-improvement-plan.xlsx"
    title = "Essex & Suffolk Water – Customer Experience Improvement Plan 2025/26"
    P1 = "Principle 1 – Communicate proactively with customers, particularly during incidents"
    P2 = "Principle 2 – Be easy to contact"
    P3 = "Principle 3 – Provide support for customers when things go wrong and help put things right"
    P5 = "Principle 5 – Understand customers’ needs and support customers who need extra help"
    P6 = "Principle 6 – Support customers who are struggling to pay and customers in debt"
    D = dt.datetime
    # ref, action, owner cell, original, revised, prev, current, progress, measure, lead list, status
    plan = [
        (P1, [
            ("1.1", "Introduce proactive SMS and email alerts to all customers in postcodes affected by an unplanned interruption lasting more than 2 hours.",
             "Head of Customer Operations", D(2025, 6, 30), D(2025, 9, 30), "Amber", "Complete",
             "Live from 22 September 2025 for Essex; Suffolk postcodes added 29 September. 41,200 alerts sent in October.",
             "C-MeX incident satisfaction", ["Head of Customer Operations"], "2025-09", "blue"),
            ("1.2", "Publish live incident updates on the website incident map within 30 minutes of an incident being logged, including an estimated restoration time.",
             "Digital Services Manager / Network Control Manager", D(2025, 12, 31), None, "Green", "Green",
             "Map integration with the control room system tested in November; go-live planned for week commencing 8 December.",
             "Website CSAT", ["Digital Services Manager", "Network Control Manager"], "2025-12", "green"),
        ]),
        (P2, [
            ("2.1", "Reduce the average speed of answer in the Chelmsford and Lowestoft contact centres to under 90 seconds.",
             "Contact Centre Manager", D(2026, 3, 31), None, "Amber", "Amber",
             "Average 128 seconds in November (from 164 in April). 14 new advisers start in January after training.",
             "C-MeX CSS", ["Contact Centre Manager"], "2026-03", "amber"),
            ("2.2", "Launch web chat and WhatsApp contact channels, available 8am–8pm Monday to Saturday.",
             "Head of Customer Operations", D(2025, 9, 30), D(2026, 1, 31), "Green", "Amber",
             "Web chat live in October. WhatsApp delayed by supplier security assessment; revised date agreed.",
             "C-MeX CSS", ["Head of Customer Operations"], "2026-01", "amber"),
        ]),
        (P3, [
            ("3.1", "Pay Guaranteed Standards Scheme (GSS) payments for missed appointments automatically, without customers having to make a claim.",
             "Billing & Income Manager", D(2025, 11, 30), None, "Amber", "Red",
             "Billing system change not included in the November release. New date to be proposed to the Steering Group in December.",
             "GSS compliance", ["Billing & Income Manager"], "2025-11", "red"),
            ("3.2", "Complete root-cause analysis of every stage 2 complaint and report the themes to the Customer Experience Steering Group.",
             "Complaints Resolution Lead", "Monthly", None, "Green", "Green",
             "Themes reported in September, October and November. Top theme: estimated bills after meter exchange.",
             "CCW complaints", ["Complaints Resolution Lead"], None, "green"),
        ]),
        (P5, [
            ("5.1", "Share Priority Services Register data with UK Power Networks to increase registrations to 10% of households.",
             "Customer Vulnerability Lead; Data Protection Officer", D(2026, 3, 31), None, "Green", "Green",
             "Data-sharing agreement signed in July. PSR now 8.6% of households (from 7.1%).",
             "PSR reach", ["Customer Vulnerability Lead", "Data Protection Officer"], "2026-03", "green"),
        ]),
        (P6, [
            ("6.1", "Auto-enrol customers receiving Pension Credit onto the Essex & Suffolk Water Support Tariff using DWP data matching.",
             "Affordability Manager", D(2025, 4, 30), D(2025, 7, 31), "Amber", "Complete",
             "First DWP match completed in July; 3,870 customers moved onto the Support Tariff.",
             "Affordability", ["Affordability Manager"], "2025-07", "blue"),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A2"] = "Delivering Ofwat’s customer-focused licence condition and improving our C-MeX position"
    cov["A2"].font = Font(italic=True, size=11)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Approved by"),
            ("1.0", "14/04/2025", "Customer Strategy Manager", "Customer Experience Steering Group"),
            ("1.3", "14/08/2025", "Customer Strategy Manager", "Customer Experience Steering Group"),
            ("1.5", "05/12/2025", "Customer Strategy Manager", "Customer Services Director")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = xfill("navy")
    cov["A11"] = "Essex & Suffolk Water is a trading name of Northumbrian Water Limited."
    cov["A11"].font = Font(size=9, italic=True)
    for col, w in zip("ABCD", (14, 14, 30, 38)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "Action", "Owner", "Original target", "Revised target", "Previous RAG\n(Aug-25)",
             "Current RAG\n(Nov-25)", "Progress update", "Measure"]
    widths = [7, 58, 30, 12, 12, 11, 11, 58, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=FILL["navy"])
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position at 30 November 2025   |   Plan owner: Customer Services Director   |   Reported to: Customer Experience Steering Group"
    ws["A2"].font = Font(italic=True, size=10)
    ws.merge_cells("A2:I2")
    r = 4
    for j, h in enumerate(heads):
        c = ws.cell(row=r, column=j + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BOX
    ws.freeze_panes = "A5"
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    expected = []
    for principle, acts in plan:
        r += 1
        ws.cell(row=r, column=1, value=principle).font = Font(bold=True)
        for j in range(9):
            ws.cell(row=r, column=j + 1).fill = xfill("teal")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for (ref, act, owner, orig, rev, prev, cur, prog, meas, lead, end, status) in acts:
            r += 1
            vals = [ref, act, owner, orig, rev, prev, cur, prog, meas]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=j + 1, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
                    c.alignment = Alignment(horizontal="center", vertical="top")
            for col, v in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.fill = xfill(rag_fill[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v == "Complete":
                    c.font = Font(color="FFFFFF", bold=True)
            e = {"ref": ref, "under": [principle], "action": act, "lead": lead, "end": end,
                 "status": status}
            if end is None:
                e["end_text"] = orig
            expected.append(e)
    r += 2
    ws.cell(row=r, column=1, value="Notes: Revised targets were agreed by the Customer Experience Steering Group on 14 August 2025. "
            "Previous RAG is the position reported to the Board in August 2025. Principle 4 actions are reported in the Learning from Incidents plan.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(row=r, column=2, value="Summary – current RAG").font = Font(bold=True)
    counts = [("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 1), ("Total actions", 8)]
    for k, n in counts:
        r += 1
        ws.cell(row=r, column=2, value=k).border = BOX
        ws.cell(row=r, column=3, value=n).border = BOX
        if k in rag_fill:
            ws.cell(row=r, column=2).fill = xfill(rag_fill[k])

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (k, d, f) in enumerate([
            ("Green", "On track to deliver by the target date", "green"),
            ("Amber", "At risk – mitigation in place, may miss target date", "amber"),
            ("Red", "Target date missed or will be missed – escalate to Steering Group", "red"),
            ("Complete", "Delivered and evidence provided to Customer Strategy team", "blue")]):
        key.cell(row=3 + i, column=1, value=k).fill = xfill(f)
        key.cell(row=3 + i, column=2, value=d)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 70
    wb.save(out(fname))

    write_expected(
        fname,
        source="Imitates the customer service improvement plans that English water companies (e.g. Essex & Suffolk Water, part of "
               "Northumbrian Water Group) prepared in 2024-25 against Ofwat's customer-focused licence condition and low C-MeX "
               "scores. Copied features: cover sheet with document-control table, actions grouped under merged, shaded principle "
               "rows (the six Ofwat principles of customer care, not all present), original and revised target dates as "
               "mmm-yy dates, Previous RAG and Current RAG columns with fill colours and 'Complete' for delivered, job titles as "
               "owners (two owners joined by '/' and ';'), a 'Monthly' target, a notes line, a summary-of-RAG block and a separate "
               "RAG key sheet.",
        reads="A water company's customer experience improvement plan on three sheets: a cover, the action plan and a RAG key. "
              "The plan has eight numbered actions under five principle band rows; each has an owner, original and sometimes "
              "revised target month, and a previous and current RAG where the current one counts (Complete reads blue).",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 2. Liverpool City Region CA - AAR VFM recommendations tracker (xlsx)
# =====================================================================
def make_lcr():
    fname = "xp-liverpool-city-region-ca-auditors-annual-report-vfm-recommendations-tracker.xlsx"
    title = "Liverpool City Region Combined Authority – Auditor’s Annual Report 2023/24: Value for Money Recommendations Action Plan"
    FS = "Financial sustainability"
    GOV = "Governance"
    E3 = "Improving economy, efficiency and effectiveness"
    CFO = "Chief Finance Officer (Section 73 Officer)"
    recs = [
        (FS, [
            ("Key", "The Combined Authority should refresh its medium-term financial plan so that it covers at least three years, identifies the gap in the transport revenue budget and sets out the measures to close it, including the ongoing cost of bus franchising.", [
                ("KR1.1", "Refresh the Medium Term Financial Plan for 2025/26 to 2027/28 and present it to the Combined Authority alongside the 2025/26 budget.",
                 CFO, "28/02/2025", "Complete", "MTFP approved by the Combined Authority on 28 February 2025.", [CFO], "2025-02", "blue"),
                ("KR1.2", "Include the full-year operating cost of franchised bus services (Tranche 1, St Helens) in the MTFP and model three funding scenarios.",
                 CFO + " / Director of Integrated Transport", "30/09/2025", "On track", "Scenarios drafted; to be presented to the November Combined Authority meeting with the budget strategy.",
                 [CFO, "Director of Integrated Transport"], "2025-09", "green"),
            ]),
            ("Improvement", "The Combined Authority should strengthen the reporting of savings plans to members so that delivery of each saving is tracked during the year.", [
                ("IR1.1", "Add a savings delivery tracker to the quarterly revenue monitoring report to the Audit and Governance Committee.",
                 "Head of Financial Management", "Q1 2025/26", "Amber", "Tracker included in Q1 report for corporate savings only; transport savings to follow in Q2.",
                 ["Head of Financial Management"], "2025-06", "amber"),
            ]),
        ]),
        (GOV, [
            ("Key", "The Combined Authority should ensure that the strategic risk register is reviewed by the Senior Leadership Team at least quarterly and that a risk appetite is set for each strategic risk.", [
                ("KR2.1", "Agree a risk appetite statement with members at an Audit and Governance Committee workshop.",
                 "Head of Risk and Assurance", "31/01/2025", "Complete", "Workshop held 22 January 2025; statement approved 12 March 2025.",
                 ["Head of Risk and Assurance"], "2025-01", "blue"),
                ("KR2.2", "Introduce a quarterly Senior Leadership Team deep dive into two strategic risks, with the outcome reported to the next committee.",
                 "Monitoring Officer; Head of Risk and Assurance", "Quarterly", "On track", "Deep dives held in April (cyber security, bus franchising) and July (Mersey Tidal Power, workforce).",
                 ["Monitoring Officer", "Head of Risk and Assurance"], None, "green"),
            ]),
            ("Improvement", "The Combined Authority should review its arrangements for overseeing the performance of its subsidiary companies and joint ventures, including the frequency of shareholder reporting.", [
                ("IR2.1", "Establish a Shareholder Committee with terms of reference approved by the Combined Authority.",
                 "Monitoring Officer", "30/06/2025", "Red", "Delayed to align with the constitution review; now expected at the December Combined Authority meeting.",
                 ["Monitoring Officer"], "2025-06", "red"),
                ("IR2.2", "Produce an annual report on each subsidiary’s performance and dividend policy for the Shareholder Committee.",
                 CFO, "31/03/2026", "Not started", "Dependent on IR2.1.", [CFO], "2026-03", "unrated"),
            ]),
        ]),
        (E3, [
            ("Improvement", "The Combined Authority should set out how it will measure the outcomes delivered by the Strategic Investment Fund, with benefits realisation reporting for completed schemes.", [
                ("IR3.1", "Develop a benefits realisation framework for Strategic Investment Fund schemes, with baseline and target measures for each scheme approved after April 2025.",
                 "Director of Investment and Delivery", "30/06/2025 (revised 30/11/2025)", "Amber", "Draft framework discussed at Investment Panel in August; revised date agreed by the Chief Executive.",
                 ["Director of Investment and Delivery"], "2025-11", "amber"),
                ("IR3.2", "Report benefits achieved by completed schemes to the Overview and Scrutiny Committee each year.",
                 "Head of Programme Assurance", "31/03/2026", "Not started", "",
                 ["Head of Programme Assurance"], "2026-03", "unrated"),
            ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Progress update to Audit and Governance Committee – 17 September 2025"
    sm["A2"].font = Font(italic=True)
    sm["A4"] = "Summary of recommendations and agreed actions"
    sm["A4"].font = Font(bold=True)
    srows = [("Criterion", "Key recs", "Improvement recs", "Actions", "Complete", "Outstanding"),
             (FS, 1, 1, 3, 1, 2), (GOV, 1, 1, 4, 1, 3), (E3, 0, 1, 2, 0, 2), ("Total", 2, 3, 9, 2, 7)]
    for i, rr in enumerate(srows):
        for j, v in enumerate(rr):
            c = sm.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or rr[0] == "Total":
                c.font = Font(bold=True)
    sm["A11"] = ("Key recommendations relate to significant weaknesses in arrangements; improvement recommendations are made "
                 "to strengthen arrangements where no significant weakness was found (Grant Thornton, Auditor’s Annual Report 2023/24).")
    sm["A11"].font = Font(size=9, italic=True)
    sm.column_dimensions["A"].width = 46
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Action Plan")
    heads = ["Ref", "Type", "Recommendation", "Agreed management action", "Responsible officer",
             "Target date", "Status", "Progress update (September 2025)"]
    widths = [8, 12, 50, 50, 30, 18, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:H1")
    r = 3
    for j, h in enumerate(heads):
        c = ws.cell(row=r, column=j + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("4B2E83")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    st_fill = {"Complete": "blue", "On track": "green", "Amber": "amber", "Red": "red"}
    expected = []
    for crit, rlist in recs:
        r += 1
        ws.cell(row=r, column=1, value=crit).font = Font(bold=True, size=11)
        for j in range(8):
            ws.cell(row=r, column=j + 1).fill = xfill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for typ, rtext, acts in rlist:
            first = r + 1
            for (ref, act, resp, target, status_txt, prog, lead, end, status) in acts:
                r += 1
                for j, v in enumerate([ref, None, None, act, resp, target, status_txt, prog]):
                    c = ws.cell(row=r, column=j + 1)
                    if v is not None:
                        c.value = v
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BOX
                if status_txt in st_fill:
                    ws.cell(row=r, column=7).fill = xfill(st_fill[status_txt])
                e = {"ref": ref, "under": [crit, rtext], "action": act, "lead": lead, "end": end, "status": status}
                if end is None:
                    e["end_text"] = target
                expected.append(e)
            ws.cell(row=first, column=2, value=typ)
            ws.cell(row=first, column=3, value=rtext)
            for col in (2, 3):
                ws.cell(row=first, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            if r > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r, end_column=3)
    r += 2
    ws.cell(row=r, column=1, value="Status: Complete (blue) – action implemented and evidence provided; On track (green); "
            "Amber – some slippage; Red – target date missed; Not started.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(out(fname))

    write_expected(
        fname,
        source="Imitates the management action plans that combined authorities (e.g. Liverpool City Region Combined Authority) "
               "take to their Audit and Governance Committee on the Grant Thornton Auditor's Annual Report value-for-money key "
               "and improvement recommendations, 2024-25. Copied features: a summary sheet with counts first, then the action "
               "plan with grey criterion band rows (financial sustainability, governance, 3Es), Type and Recommendation cells "
               "merged down over the recommendation's agreed actions, action refs KR1.1/IR2.1, job titles as responsible officers "
               "(two posts with '/' or ';'), target dates as dd/mm/yyyy text, a quarter ('Q1 2025/26'), a 'Quarterly' target, an "
               "original date with a revised date in the same cell, status words with fill and a closing status key line.",
        reads="A combined authority's tracker of its external auditor's value-for-money recommendations: the second sheet lists "
              "nine agreed actions under three criteria, each under a merged key or improvement recommendation. Each action "
              "has a responsible officer, a target date and a status word (Complete, On track, Amber, Red, Not started).",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 3. Lowell - FCA BiFD remediation tracker with a mistyped month (xlsx, refuse)
# =====================================================================
def make_lowell():
    fname = "xp-lowell-financial-fca-borrowers-in-financial-difficulty-remediation-tracker-typo-month-refuse.xlsx"
    title = "Borrowers in Financial Difficulty (BiFD) Remediation Programme – Action Tracker"
    rows = [
        ("WS1 – Affordability & income and expenditure", "1.1",
         "Replace the standard financial statement script with a tailored income and expenditure assessment for all customers reporting a change in circumstances.",
         "Head of Collections Strategy", "January 2025", "", "G", "New I&E journey in UAT; agent training scheduled for w/c 13 January."),
        ("", "1.2",
         "Review all payment arrangements set up since 1 January 2023 where the customer's disposable income was negative, and identify customers due redress.",
         "Remediation Lead", "March 2025", "April 2025", "A", "File review 62% complete. Forecast moved to allow QA sampling by Compliance Monitoring."),
        ("WS2 – Customers in vulnerable circumstances", "2.1",
         "Introduce a mandatory vulnerability flag check before any customer contact strategy is applied to an account.",
         "Head of Customer Support", "December 2024", "", "B", "Complete – control live 2 December 2024, evidenced to Risk."),
        ("", "2.2",
         "Deliver refreshed vulnerability training, including mental health and capacity, to all collections colleagues and debt collection agency partners.",
         "Learning & Development Manager; Head of Customer Support", "Febuary 2025", "", "A", "Content signed off; DCA partner sessions being scheduled."),
        ("WS3 – Debt advice signposting", "3.1",
         "Update call scripts and letters so that free debt advice (MoneyHelper, StepChange, National Debtline) is signposted at every arrears contact.",
         "Customer Communications Manager", "November 2024", "", "B", "Complete."),
        ("", "3.2",
         "Add a quality assurance measure for debt advice signposting to the monthly call monitoring scorecard.",
         "Quality Assurance Manager", "January 2025", "", "G", ""),
        ("WS4 – Redress & governance", "4.1",
         "Calculate and pay redress to customers identified in the 1.2 file review, with interest at 8% simple.",
         "Remediation Lead", "June 2025", "", "A", "Methodology approved by the Remediation Steering Committee; FCA feedback awaited."),
        ("", "4.2",
         "Provide monthly programme updates to the FCA supervision team and attest to completion through the SMF24 holder.",
         "Chief Customer Officer", "Monthly", "", "G", "December update submitted 16/12/2024."),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Lowell Financial Ltd"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = xfill("00263E")
    ws.merge_cells("A1:H1")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Reporting period: December 2024   |   Prepared for: Executive Risk Committee   |   Accountable Executive (SMF24): Chief Customer Officer"
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:H3")
    heads = ["Workstream", "ID", "Remediation action", "Action owner", "Due date", "Forecast date", "RAG", "Commentary"]
    widths = [30, 6, 60, 30, 15, 15, 7, 55]
    for i, (h, w) in enumerate(zip(heads, widths)):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("00263E")
        c.border = BOX
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ragf = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    typo_row = None
    for k, row in enumerate(rows):
        rr = 6 + k
        for j, v in enumerate(row):
            c = ws.cell(row=rr, column=j + 1, value=(v if v != "" else None))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
        ws.cell(row=rr, column=7).fill = xfill(ragf[row[6]])
        ws.cell(row=rr, column=7).alignment = Alignment(horizontal="center", vertical="top")
        if row[4] == "Febuary 2025":
            typo_row = rr
    ws.cell(row=6 + len(rows) + 1, column=1,
            value="RAG: G – on track; A – at risk of missing due date; R – overdue; B – complete and evidenced.").font = Font(italic=True, size=9)
    ws.cell(row=6 + len(rows) + 2, column=1,
            value="CONFIDENTIAL – contains information shared with the FCA under the Borrowers in Financial Difficulty review.").font = Font(size=8)
    wb.save(out(fname))
    assert typo_row == 9

    write_expected(
        fname,
        source="Imitates the remediation trackers that consumer-credit and debt-collection firms (e.g. Lowell Financial Ltd) "
               "keep for the FCA after its 2022-24 Borrowers in Financial Difficulty work, reported to an executive risk "
               "committee with an accountable SMF holder. Copied features: company banner and reporting line, workstream "
               "names written only on the first row of each group, ID column, action owner job titles, due and forecast "
               "dates as 'Month YYYY' text, RAG letters with fill, commentary and a RAG key line. The due date of action 2.2 "
               "(sheet row 9) is typed 'Febuary 2025'.",
        reads="A regulated firm's FCA remediation tracker with eight actions in four workstreams, each with an owner, due date, "
              "optional forecast date and RAG letter. The due date on sheet row 9 reads 'Febuary 2025', a mistyped month with no "
              "forecast date beside it, so a careful reader would stop and ask what date was meant.",
        outcome="refuse", title=title, refuse_at=typo_row)


# =====================================================================
# 4. Dauntsey's School - ISI post-inspection action plan (docx)
# =====================================================================
def make_dauntseys():
    fname = "xp-dauntseys-school-isi-inspection-action-plan.docx"
    title = "Dauntsey’s School – Post-Inspection Action Plan"
    sections = [
        ("1. Leadership and management, and governance",
         "Governors should strengthen their oversight of the school’s self-evaluation so that priorities for improvement are linked clearly to their impact on pupils’ outcomes.",
         [("1.1", "Establish a self-evaluation sub-group of the Education Committee to meet each half term with the Senior Leadership Team.",
           "Chair of Governors / Head", "Governors’ minutes show challenge on the impact of priorities", "Summer term 2025", "blue",
           ["Chair of Governors", "Head"], "2025-07", None, "blue"),
          ("1.2", "Revise the school development plan so that every priority has measurable success criteria for pupils’ outcomes.",
           "Head", "SDP 2025–28 approved by governors with outcome measures", "September 2025", "green",
           ["Head"], "2025-09", None, "green")]),
        ("2. Quality of education, training and recreation",
         "Leaders should ensure that assessment information in the lower school is used consistently so that teaching is adapted for pupils who have special educational needs and/or disabilities (SEND).",
         [("2.1", "Train all Year 7 and Year 8 teachers in adaptive teaching strategies, led by the Learning Support department at the April INSET day.",
           "Head of Learning Support", "All lower school staff trained; strategies seen in drop-ins", "April 2025", "blue",
           ["Head of Learning Support"], "2025-04", None, "blue"),
          ("2.2", "Make pupil learning profiles visible in every class register in the school MIS.",
           "Director of Digital Learning / Head of Learning Support", "Profiles accessible to 100% of teaching staff", "By end of May 2025", "amber",
           ["Director of Digital Learning", "Head of Learning Support"], "2025-05", None, "amber"),
          ("2.3", "Carry out work scrutiny and lesson drop-ins focused on pupils with SEND and report the findings to the Education Committee.",
           "Deputy Head (Academic)", "SEND pupils’ progress in line with peers in Years 7–9", "Termly", "green",
           ["Deputy Head (Academic)"], None, "Termly", "green")]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Leaders should ensure that boarders’ views about the weekend programme are gathered systematically and acted upon.",
         [("3.1", "Introduce a termly boarders’ survey and a boarding council in each house.",
           "Deputy Head (Pastoral)", "Survey response rate above 80%; council minutes in each house", "Autumn term 2025", None,
           ["Deputy Head (Pastoral)"], "2025-12", None, "unrated"),
          ("3.2", "Extend the weekend activities programme to include off-site trips for boarders in Years 9 and 10.",
           "Head of Boarding", "At least two trips each half term", "Summer term 2025", "green",
           ["Head of Boarding"], "2025-07", None, "green")]),
    ]
    safeguarding = ("4. Safeguarding",
                    [("S1", "Move safeguarding records from the paper system to CPOMS and archive historical files securely.",
                      "Designated Safeguarding Lead", "All open cases on CPOMS; archive log complete", "31/08/2025", "red",
                      ["Designated Safeguarding Lead"], "2025-08", None, "red")])
    rgb = {"blue": "00B0F0", "green": "92D050", "amber": "FFC000", "red": "FF0000"}

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("ISI routine inspection: 12–14 November 2024   |   Report published: 16 January 2025   |   Progress review: May 2025")

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Approved by"),
          ("1.0", "03/02/2025", "Deputy Head (Academic)", "Education Committee"),
          ("1.1", "17/03/2025", "Deputy Head (Academic)", "Head"),
          ("1.2", "19/05/2025", "Deputy Head (Academic)", "Education Committee")]
    for i, rr in enumerate(dc):
        for j, v in enumerate(rr):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("The inspection found that the school meets the Independent School Standards, the National Minimum "
                      "Standards for Boarding Schools and the EYFS requirements. This plan sets out how we will respond "
                      "to the recommended next steps in the report. RAG status is shown by shading in the final column: "
                      "green – on track; amber – some slippage; red – not on track; blue – completed; no shading – not yet started.")

    expected = []
    heads = ["Ref", "Action", "Lead(s)", "Success criteria", "Timescale", "RAG"]
    widths = [Cm(1.2), Cm(9.5), Cm(4.5), Cm(6.0), Cm(3.0), Cm(1.4)]

    def action_table(acts):
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            cell_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9E2F3")
        for i, a in enumerate(acts):
            ref, act, lead_txt, sc, when, rag = a[:6]
            for j, v in enumerate([ref, act, lead_txt, sc, when, ""]):
                cell_text(tb.cell(i + 1, j), v)
            if rag:
                shade(tb.cell(i + 1, 5), rgb[rag])
        for row in tb.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        return tb

    for heading, rec, acts in sections:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("ISI recommended next step").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(rec).italic = True
        action_table(acts)
        for a in acts:
            ref, act, lead_txt, sc, when, rag, lead, end, end_text, status = a
            e = {"ref": ref, "under": [heading, rec], "action": act, "lead": lead, "end": end, "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
    heading, acts = safeguarding
    doc.add_heading(heading, level=1)
    doc.add_paragraph("The Standards relating to safeguarding were met. The school has identified the following further action "
                      "following its own review after the inspection.")
    action_table(acts)
    for a in acts:
        ref, act, lead_txt, sc, when, rag, lead, end, end_text, status = a
        expected.append({"ref": ref, "under": [heading], "action": act, "lead": lead, "end": end, "status": status})
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Education Committee, October 2025.")
    doc.save(out(fname))

    write_expected(
        fname,
        source="Imitates the post-inspection action plans that ISI-inspected independent boarding schools (e.g. Dauntsey's "
               "School, Wiltshire) prepare for governors after a routine inspection under ISI's 2023 framework. Copied features: "
               "title and inspection-dates line, a document-control table, an explanatory paragraph with the RAG key, one Word "
               "heading per ISI framework section, the recommended next step in italics under a bold label above its own "
               "action table, RAG shown only by cell shading (one unshaded = not started), school terms and 'Termly' as "
               "timescales, leads as job titles (two posts joined by '/'), and a safeguarding section whose action answers no "
               "recommendation.",
        reads="An independent school's post-inspection action plan in Word: after a document-control table, four numbered "
              "sections each have their own action table, three of them under an ISI recommended next step. Eight actions in "
              "all, each with lead, success criteria, timescale and a shaded RAG cell.",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 5. NS&I - transformation programme lessons learned / NAO action plan (docx)
# =====================================================================
def make_nsi():
    fname = "xp-national-savings-and-investments-transformation-programme-lessons-learned-action-plan.docx"
    title = "NS&I Business Transformation Programme: Lessons Learned and NAO Recommendations Action Plan"
    themes = [
        ("Theme 1 – Planning and realism",
         "The programme set an overly ambitious timetable, with no contingency for delays and no time allowed to understand the technical estate or to test solutions.",
         [("1.1", "Produce a single integrated plan covering all five service towers, with schedule contingency, baselined and approved by the Board.",
           "Programme Director", "Dec-25", "Mar-26", "At risk", ["Programme Director"], "2026-03", None, "amber"),
          ("1.2", "Commission an independent schedule assurance review from the National Infrastructure and Service Transformation Authority (NISTA) before the plan is re-baselined.",
           "Chief Operating Officer", "Jan-26", "", "Complete", ["Chief Operating Officer"], "2026-01", None, "blue")]),
        ("Theme 2 – Commercial and contract management",
         "A weak understanding of the interdependencies in the outsourced service led to procurement problems, and two of the five replacement contracts have not been let.",
         [("2.1", "Complete the end-to-end service design for the two remaining towers before procurement is restarted.",
           "Chief Technology Officer; Commercial Director", "Jun-26", "", "On track", ["Chief Technology Officer", "Commercial Director"], "2026-06", None, "green"),
          ("2.2", "Agree the exit plan for the extended Atos contract, including knowledge-transfer milestones to March 2028.",
           "Commercial Director", "Feb-26", "May-26", "Off track", ["Commercial Director"], "2026-05", None, "red")]),
        ("Theme 3 – Governance, assurance and culture",
         "Programme reporting was optimistic and did not surface risks early enough, and the Board did not receive clear information on spend to date.",
         [("3.1", "Introduce monthly programme financial reporting that separates programme spend from business-as-usual running costs.",
           "Chief Finance Officer", "Nov-25", "", "Complete", ["Chief Finance Officer"], "2025-11", None, "blue"),
          ("3.2", "Review the programme governance structure and the terms of reference of the Board’s Transformation Committee.",
           "Company Secretary", "Mar-26", "", "On track", ["Company Secretary"], "2026-03", None, "green"),
          ("3.3", "Run ‘speak up’ sessions for programme staff and add a risk-escalation measure to the programme dashboard.",
           "Chief People Officer / Chief Risk Officer", "Ongoing", "", "On track", ["Chief People Officer", "Chief Risk Officer"], None, "Ongoing", "green")]),
        ("Theme 4 – Capability and use of consultants",
         "NS&I lacked in-house technical capability and relied heavily on consultants without a clear plan to transfer knowledge.",
         [("4.1", "Recruit permanent solution architecture and systems integration roles to reduce reliance on consultants by 30%.",
           "Chief People Officer", "Sep-26", "", "Not started", ["Chief People Officer"], "2026-09", None, "unrated"),
          ("4.2", "Require every consultancy statement of work to include a knowledge-transfer deliverable.",
           "Commercial Director", "Jan-26", "", "Complete", ["Commercial Director"], "2026-01", None, "blue")]),
    ]
    stat_fill = {"Complete": "8DB4E2", "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE"}

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("OFFICIAL")
    r.bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Paper for the Audit and Risk Committee – 24 February 2026")

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, rr in enumerate([("Version", "Date", "Author", "Status"),
                            ("0.3", "12/12/2025", "Transformation PMO", "Draft for Executive Committee"),
                            ("1.0", "20/01/2026", "Transformation PMO", "Approved by Executive Committee"),
                            ("1.1", "16/02/2026", "Transformation PMO", "Progress update for ARC")]):
        for j, v in enumerate(rr):
            cell_text(dc.cell(i, j), v, bold=(i == 0))

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("This paper sets out the actions NS&I is taking in response to the lessons identified by the programme "
                      "reset review and the recommendations of the National Audit Office report on the Business Transformation "
                      "Programme (November 2025). It replaces the reset action log reported to the Committee in July 2025.")
    doc.add_heading("2. Action plan", level=1)
    doc.add_paragraph("Status key: Complete (blue) – action delivered and evidenced; On track (green); "
                      "At risk (amber) – may miss the revised date; Off track (red) – date will be missed; Not started.")

    heads = ["Ref", "Lesson identified", "Action", "Action owner", "Original date", "Revised date", "Status"]
    nrows = 1 + sum(1 + len(a) for _, _, a in themes)
    tb = doc.add_table(rows=nrows, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(heads):
        cell_text(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), "BFBFBF")
    expected = []
    ri = 1
    for theme, lesson, acts in themes:
        band = tb.cell(ri, 0).merge(tb.cell(ri, 6))
        cell_text(band, theme, bold=True, size=10)
        shade(band, "D9E1F2")
        ri += 1
        first = ri
        for (ref, act, owner, orig, rev, status_txt, lead, end, end_text, status) in acts:
            for j, v in ((0, ref), (2, act), (3, owner), (4, orig), (5, rev), (6, status_txt)):
                cell_text(tb.cell(ri, j), v)
            if status_txt in stat_fill:
                shade(tb.cell(ri, 6), stat_fill[status_txt])
            e = {"ref": ref, "under": [theme, lesson], "action": act, "lead": lead, "end": end, "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
            ri += 1
        merged = tb.cell(first, 1).merge(tb.cell(ri - 1, 1))
        cell_text(merged, lesson, italic=True)
    widths = [Cm(1.2), Cm(6.0), Cm(7.5), Cm(4.0), Cm(2.2), Cm(2.2), Cm(2.2)]
    for row in tb.rows:
        for j, w in enumerate(widths):
            try:
                row.cells[j].width = w
            except Exception:
                pass

    doc.add_heading("3. Glossary", level=1)
    gl = doc.add_table(rows=5, cols=2)
    gl.style = "Table Grid"
    for i, (a, b) in enumerate([("Term", "Meaning"), ("ARC", "Audit and Risk Committee"),
                                ("NAO", "National Audit Office"),
                                ("NISTA", "National Infrastructure and Service Transformation Authority"),
                                ("Tower", "One of the five service contracts replacing the single outsourced service")]):
        cell_text(gl.cell(i, 0), a, bold=(i == 0))
        cell_text(gl.cell(i, 1), b, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("The Committee is asked to note progress and the revised dates for actions 1.1 and 2.2.")
    doc.save(out(fname))

    write_expected(
        fname,
        source="Imitates the lessons-learned and NAO-recommendation action plans that arm's-length government bodies take to "
               "their audit and risk committees after a critical NAO report; here National Savings and Investments after the "
               "November 2025 NAO report on its Business Transformation Programme. Copied features: OFFICIAL marking, title, "
               "committee line, document-control table, numbered purpose section, a status key that defines At risk as amber "
               "and Off track as red, one action table with shaded theme band rows and the lesson identified merged down beside "
               "its actions, original and revised dates (mmm-yy), job-title owners (two with ';' or '/'), an 'Ongoing' date, "
               "and a glossary table at the end.",
        reads="A government savings bank's action plan on lessons from its troubled transformation programme. One table holds "
              "nine actions under four numbered themes, each beside the lesson it answers, with owner, original and revised "
              "dates and a status word read through the document's key.",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 6. Ampthill Town Council - action log (csv)
# =====================================================================
def make_ampthill():
    fname = "xp-ampthill-town-council-action-log-2025-26.csv"
    title = "Ampthill Town Council – Action Log 2025-26"
    groups = [
        ("FULL COUNCIL – 19 MAY 2025 (ANNUAL MEETING)", [
            ("FC25/009", "Renew the council's insurance with the current provider under a further three-year long-term agreement.",
             "Town Clerk", "31/05/2025", "Done", "Policy schedule received 28/05.", ["Town Clerk"], "2025-05", None, "blue"),
            ("FC25/014", "Write to Central Bedfordshire Council asking for a timetable for the Dunstable Street resurfacing.",
             "Clerk", "30/06/2025", "Done", "Reply received 24/06 – works planned for February half term.", ["Clerk"], "2025-06", None, "blue"),
        ]),
        ("FULL COUNCIL – 21 JULY 2025", [
            ("FC25/041", "Obtain three quotations for replacing the safety surfacing at the Great Park play area, and report back to the Amenities Committee.",
             "Deputy Clerk", "Sept 2025", "On track", "Two quotes in, third contractor visiting 02/09.", ["Deputy Clerk"], "2025-09", None, "green"),
            ("FC25/047", "Arrange the annual tree survey of council land in the Great Park and the cemetery.\nSurvey report to be shared with the Tree Warden.",
             "Cllr Hughes & Cllr Ward", "31/10/2025", "On track", "", ["Cllr Hughes", "Cllr Ward"], "2025-10", None, "green"),
        ]),
        ("AMENITIES COMMITTEE – 8 SEPTEMBER 2025", [
            ("AM25/022", "Install a defibrillator cabinet at the Alameda car park, subject to the landowner's consent.",
             "Amenities Officer", "Dec-25", "Not started", "Awaiting consent from landowner.", ["Amenities Officer"], "2025-12", None, "unrated"),
            ("AM25/025", "Review the Christmas lights contract and obtain a price for LED replacement of the Church Street displays.",
             "Clerk; Events Officer", "Next meeting", "On track", "", ["Clerk", "Events Officer"], None, "Next meeting", "green"),
        ]),
        ("FINANCE & GOVERNANCE COMMITTEE – 22 SEPTEMBER 2025", [
            ("FG25/031", "Record at each meeting that the bank reconciliation has been checked and signed by two councillors, as recommended by the internal auditor.",
             "RFO", "Each meeting", "On track", "Started 22/09.", ["RFO"], None, "Each meeting", "green"),
        ]),
    ]
    lines = [
        [title, "", "", "", "", ""],
        ["Updated by the Town Clerk 03/11/2025 – for noting at Full Council 17/11/2025", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Min. Ref", "Action", "Who", "By when", "Status", "Comments"],
    ]
    expected = []
    for heading, acts in groups:
        lines.append([heading, "", "", "", "", ""])
        for (ref, act, who, when, status_txt, comment, lead, end, end_text, status) in acts:
            lines.append([ref, act, who, when, status_txt, comment])
            e = {"ref": ref, "under": [heading], "action": act, "lead": lead, "end": end, "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
    lines.append(["", "", "", "", "", ""])
    lines.append(["Completed actions are removed from the log after they have been reported to two meetings.", "", "", "", "", ""])
    with open(out(fname), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)

    write_expected(
        fname,
        source="Imitates the rolling action logs that town and parish councils (e.g. Ampthill Town Council, Central "
               "Bedfordshire) keep of actions arising from council and committee minutes, exported from a spreadsheet to CSV. "
               "Copied features: title and 'updated by the Town Clerk' lines, minute references as action refs, a capitalised "
               "meeting heading row above each meeting's actions, councillors and officer posts as 'Who' (two joined by '&' and "
               "';'), deadlines as dd/mm/yyyy, 'Sept 2025', 'Dec-25', 'Next meeting' and 'Each meeting', status words "
               "Done/On track/Not started, one action with a line break inside its quoted cell, and a closing note.",
        reads="A town council's action log exported to CSV: seven actions with minute references, grouped under four "
              "meeting headings (two Full Council meetings and two committees). Each has who is responsible, a deadline and a "
              "status (Done, On track, Not started).",
        outcome="read", title=title, actions=expected)


# =====================================================================
# 7. The Children's Trust - children's home post-inspection action plan (txt, tab-separated)
# =====================================================================
def make_childrens_trust():
    fname = "xp-the-childrens-trust-tadworth-childrens-home-ofsted-action-plan.txt"
    title = "The Children's Trust – Children's Home Post-Inspection Action Plan"
    blocks = [
        ("The protection of children standard (Regulation 12)",
         "The registered person must ensure that staff assess whether each child is at risk of harm, taking into account information in the child's relevant plans, and, if necessary, make arrangements to reduce the risk of any harm to the child. (Regulation 12 (1), (2)(a)(i))",
         [("R1.1", "Review and update every child's individual risk assessment and positive behaviour support plan with the child's key worker and the multi-disciplinary team.",
           "Registered Manager / Deputy Manager", "14/03/2025", "B", "All 9 plans reviewed and signed off 12/03/2025.",
           ["Registered Manager", "Deputy Manager"], "2025-03", None, "blue"),
          ("R1.2", "Audit a sample of risk assessments each month and report the findings to the Quality and Safeguarding Committee.",
           "Okafor, Grace", "Monthly", "G", "March and April audits complete; no actions outstanding.",
           ["Okafor, Grace"], None, "Monthly", "green")]),
        ("The leadership and management standard (Regulation 13)",
         "The registered person must ensure that staff have the experience, qualifications and skills to meet the needs of each child. (Regulation 13 (1)(a), (2)(c))",
         [("R2.1", "Enrol the four residential support workers who do not yet hold the qualification on the Level 3 Diploma in Residential Childcare (England).",
           "Learning and Development Partner", "30/04/2025", "G", "Three enrolled; fourth starts after probation review in April.",
           ["Learning and Development Partner"], "2025-04", None, "green"),
          ("R2.2", "Complete epilepsy and rescue medication (buccal midazolam) competency assessments for all care staff.",
           "Clinical Nurse Lead", "31/03/2025", "A", "38 of 44 staff assessed; remaining staff booked for 2 April.",
           ["Clinical Nurse Lead"], "2025-03", None, "amber")]),
        ("The quality and purpose of care standard (Regulation 6)",
         "The registered person should ensure that children's views, wishes and feelings are recorded in their daily records and inform their placement plans. ('Guide to the Children's Homes Regulations including the quality standards', page 15, paragraph 3.8)",
         [("Rec1.1", "Introduce communication passports and Talking Mats sessions for children who do not use speech, and record the outcomes in daily logs.",
           "Speech and Language Therapist", "June 2025", "A", "Passports in place for 5 of 7 children.",
           ["Speech and Language Therapist"], "2025-06", None, "amber")]),
        ("The care planning standard (Regulation 14)",
         "The registered person should ensure that placing authorities are notified of significant events within 24 hours. ('Guide to the Children's Homes Regulations including the quality standards', page 58, paragraph 10.9)",
         [("Rec2.1", "Add a notifications checklist to the shift handover record and check it at the daily management meeting.",
           "Shift Leaders", "28/02/2025", "B", "In use from 17/02/2025.",
           ["Shift Leaders"], "2025-02", None, "blue"),
          ("Rec2.2", "Audit the timeliness of notifications for March to May 2025 and report the results in the Regulation 45 review.",
           "Registered Manager", "End of June 2025", "R", "Not started – to be picked up by Deputy Manager.",
           ["Registered Manager"], "2025-06", None, "red")]),
    ]
    out_lines = [
        title,
        "Tadworth Court, Tadworth, Surrey – Ofsted full inspection 4 and 5 February 2025",
        "Overall experiences and progress of children and young people: requires improvement to be good",
        "Registered Manager: Daniel Mercer    Responsible Individual: Grace Okafor    Plan updated: 14/04/2025",
        "",
        "\t".join(["Ref", "Quality standard", "Requirement / recommendation (Ofsted wording)", "Action to be taken",
                   "By whom", "By when", "RAG", "Progress"]),
    ]
    expected = []
    for std, text, acts in blocks:
        for k, (ref, act, who, when, rag, prog, lead, end, end_text, status) in enumerate(acts):
            out_lines.append("\t".join([ref, std if k == 0 else "", text if k == 0 else "", act, who, when, rag, prog]))
            e = {"ref": ref, "under": [std, text], "action": act, "lead": lead, "end": end, "status": status}
            if end_text:
                e["end_text"] = end_text
            expected.append(e)
    out_lines += [
        "",
        "RAG key: R = overdue / not started past date    A = in progress, some delay    G = on track    B = completed",
        "Requirements R1 and R2 are regulatory breaches; Rec1 and Rec2 are Ofsted recommendations.",
    ]
    with open(out(fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines) + "\n")

    write_expected(
        fname,
        source="Imitates the post-inspection action plans that voluntary-sector children's home providers (e.g. The "
               "Children's Trust, Tadworth, a charity for children with brain injury and complex needs) write after an "
               "Ofsted full inspection under the SCCIF, saved as a tab-separated text export. Copied features: title, "
               "inspection and judgement lines, registered manager and responsible individual line, a quality-standard column "
               "and the Ofsted requirement or recommendation wording written only on the first action row of each group, "
               "action refs R1.1/Rec2.2, 'By whom' with a post pair joined by '/' and one person written surname-first, dates "
               "as dd/mm/yyyy, 'June 2025', 'End of June 2025' and 'Monthly', RAG letters and a key line at the end.",
        reads="A children's home action plan as tab-separated text: seven actions answering two Ofsted requirements and two "
              "recommendations, each group under its quality standard and the Ofsted wording. Each action has who, by when, a "
              "RAG letter (B = completed) and progress.",
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    make_esw()
    make_lcr()
    make_lowell()
    make_dauntseys()
    make_nsi()
    make_ampthill()
    make_childrens_trust()
    print("done")
