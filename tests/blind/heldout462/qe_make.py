#!/usr/bin/env python3
"""Build the seven qe- blind test cases (data files + NAME.expected.yaml) for set heldout462."""
import csv
import re
import datetime as dt
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

GREEN, AMBER, RED, BLUE = "00B050", "FFC000", "FF0000", "0070C0"
GREY, LIGHT = "D9D9D9", "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    # every string double-quoted, so months stay strings and inner line breaks read as \n
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')


_Dumper.add_representer(str, _str)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        text = yaml.dump(exp, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                         default_flow_style=False)
        # keys are plain identifiers: print them unquoted
        text = re.sub(r'^(\s*(?:- )?)"([a-z_]+)":', r"\1\2:", text, flags=re.M)
        f.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w


# ---------------------------------------------------------------------------
# 1. Belfast City Council corporate risk register (xlsx, fill-only action RAG)
# ---------------------------------------------------------------------------
def belfast():
    name = "qe-belfast-city-council-corporate-risk-register-2025-26.xlsx"
    title = "Belfast City Council – Corporate Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Quarter 2 update – position at 30 September 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    header_row(cov, 5, ["Version", "Date", "Author", "Reviewed by"], [16, 14, 26, 44])
    for r, row in enumerate([
        ["v2.1", d(2025, 10, 14), "Corporate Risk Officer", "Corporate Management Team"],
        ["v2.2", d(2025, 11, 18), "Corporate Risk Officer", "Audit and Risk Panel (2 December 2025)"],
    ], 6):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A9"] = "Residual risk profile at Q2"
    cov["A9"].font = Font(bold=True)
    for r, (k, v) in enumerate([("High (15-25)", 3), ("Medium (8-12)", 1), ("Low (1-6)", 0), ("Total corporate risks", 4)], 10):
        cov.cell(row=r, column=1, value=k).border = BOX
        cov.cell(row=r, column=2, value=v).border = BOX
    cov["A10"].fill = fill(RED)
    cov["A11"].fill = fill(AMBER)
    cov["A12"].fill = fill(GREEN)
    cov["A13"].font = Font(bold=True)
    cov["A15"] = "Risk scores are Likelihood (1-5) x Impact (1-5). See the Key sheet for the action status colours."

    key = wb.create_sheet("Key")
    key["A1"] = "Risk rating and action status key"
    key["A1"].font = Font(bold=True, size=12)
    key["A3"] = "Residual risk rating"
    key["A3"].font = Font(bold=True)
    for r, (col, txt) in enumerate([(RED, "High – score 15 to 25"), (AMBER, "Medium – score 8 to 12"), (GREEN, "Low – score 1 to 6")], 4):
        key.cell(row=r, column=1).fill = fill(col)
        key.cell(row=r, column=2, value=txt)
    key["A8"] = "Action status (colour only)"
    key["A8"].font = Font(bold=True)
    for r, (col, txt) in enumerate([(GREEN, "Action on track"), (AMBER, "Action at risk of slipping"), (RED, "Action off track / overdue"), (BLUE, "Action complete"), (None, "No colour – action not yet started")], 9):
        if col:
            key.cell(row=r, column=1).fill = fill(col)
        key.cell(row=r, column=1).border = BOX
        key.cell(row=r, column=2, value=txt)
    key.column_dimensions["A"].width = 10
    key.column_dimensions["B"].width = 40

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update – position at 30 September 2025"
    headers = ["Corporate risk", "Risk description", "Risk owner", "Residual rating Q1", "Residual rating Q2",
               "Ref", "Further actions to reduce risk", "Action owner(s)", "Original target date",
               "Revised target date", "Progress at Q2", "Status"]
    header_row(ws, 4, headers, [24, 40, 24, 10, 10, 9, 52, 30, 13, 13, 42, 9])

    risks = [
        ("CR01 Financial sustainability",
         "Failure to deliver a balanced budget and a sustainable medium-term financial plan in the context of rising costs, pay pressures and reduced rates growth.",
         "Strategic Director of Finance and Resources", 16, 16, [
             ("CR01.1", "Refresh the Medium Term Financial Plan 2026/27 to 2028/29 and present it to the Strategic Policy and Resources Committee.",
              "Director of Finance", ["Director of Finance"], d(2025, 12, 31), None, "Draft assumptions agreed with CMT in September 2025.", GREEN, "2025-12", "green"),
             ("CR01.2", "Deliver the 2025/26 efficiency programme of £5.2m, with monthly monitoring by the Finance Working Group.",
              "Director of Finance / Strategic Directors", ["Director of Finance", "Strategic Directors"], d(2026, 3, 31), None,
              "£3.1m delivered to date; £0.6m of proposals at risk.", AMBER, "2026-03", "amber"),
         ]),
        ("CR02 Cyber security and ICT resilience",
         "A cyber attack or major ICT failure disrupts critical council services or leads to loss of personal data.",
         "Strategic Director of Corporate Services", 20, 15, [
             ("CR02.1", "Complete the move of the remaining on-premises servers to the new data centre and test failover.",
              "Director of Digital Services", ["Director of Digital Services"], d(2025, 9, 30), d(2026, 1, 31),
              "Migration 80% complete; failover test moved to January 2026 to avoid the rates billing period.", AMBER, "2026-01", "amber"),
             ("CR02.2", "Roll out phishing awareness training to all staff with network accounts (target 95% completion).",
              "Head of Digital Operations", ["Head of Digital Operations"], d(2025, 6, 30), None,
              "97% completion reached in August 2025.", BLUE, "2025-06", "blue"),
             ("CR02.3", "Achieve Cyber Essentials Plus accreditation.",
              "Director of Digital Services", ["Director of Digital Services"], d(2026, 3, 31), None,
              "Pre-assessment booked for February 2026.", GREEN, "2026-03", "green"),
         ]),
        ("CR03 Belfast Region City Deal delivery",
         "The Council is unable to deliver its City Deal capital projects within the approved budgets and timescales.",
         "Strategic Director of Place and Economy", 16, 20, [
             ("CR03.1", "Re-baseline the cost plan for the Belfast Stories project following the RIBA Stage 3 design review.",
              "Director of City Regeneration and Development", ["Director of City Regeneration and Development"],
              d(2025, 10, 31), d(2026, 2, 28), "Stage 3 review identified a £9m construction inflation gap; options paper in preparation.", RED, "2026-02", "red"),
             ("CR03.2", "Report City Deal programme risks to the City Growth and Regeneration Committee each quarter.",
              "City Deal Programme Manager", ["City Deal Programme Manager"], "Quarterly", None,
              "Reported to Committee on 10 September 2025.", GREEN, None, "green"),
         ]),
        ("CR04 Emergency planning and business continuity",
         "The Council does not respond effectively to a major emergency or cannot maintain critical services during a disruption.",
         "Chief Executive", 12, 12, [
             ("CR04.1", "Test the corporate business continuity plan through a live exercise with the Belfast Emergency Preparedness Group.",
              "Head of Corporate Health and Safety / Emergency Planning Manager",
              ["Head of Corporate Health and Safety", "Emergency Planning Manager"], d(2025, 11, 30), None,
              "Exercise scenario agreed; date set for 19 November 2025.", GREEN, "2025-11", "green"),
             ("CR04.2", "Review and update service-level business continuity plans for all critical services.",
              "Heads of Service", ["Heads of Service"], d(2026, 3, 31), None,
              "Not yet started – scheduled for Q4.", None, "2026-03", "unrated"),
         ]),
    ]
    rating_fill = lambda s: fill(RED) if s >= 15 else fill(AMBER) if s >= 8 else fill(GREEN)
    r = 5
    actions = []
    for rtitle, rdesc, rowner, q1, q2, acts in risks:
        top = r
        for ref, text, owner, lead, orig, rev, prog, col, end, status in acts:
            vals = {6: ref, 7: text, 8: owner, 9: orig, 10: rev, 11: prog}
            for c in range(1, 13):
                cell = ws.cell(row=r, column=c)
                cell.border = BOX
                cell.alignment = WRAP
                if c in vals and vals[c] is not None:
                    cell.value = vals[c]
                    if isinstance(vals[c], dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
            if col:
                ws.cell(row=r, column=12).fill = fill(col)
            a = act(ref, [rtitle], text, lead, end, status, end_text="Quarterly" if orig == "Quarterly" else None)
            actions.append(a)
            r += 1
        ws.cell(row=top, column=1, value=rtitle).font = Font(bold=True)
        ws.cell(row=top, column=2, value=rdesc)
        ws.cell(row=top, column=3, value=rowner)
        ws.cell(row=top, column=4, value=q1).fill = rating_fill(q1)
        ws.cell(row=top, column=5, value=q2).fill = rating_fill(q2)
        if r - 1 > top:
            for c in range(1, 6):
                ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    ws.cell(row=r + 1, column=1, value="Notes: Residual rating = likelihood x impact after existing controls. Revised target dates require CMT approval. Action status is shown by colour only – see Key sheet.")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Northern Ireland council corporate risk register as reported quarterly to its Audit and Risk Panel (Belfast City Council, 2025/26 Q2; no URL used). Copies a cover sheet with document-control table and residual risk profile totals, a Key sheet defining colour-only action status (blue = complete), and a register sheet where each corporate risk (ref and title in one cell, description, owner, Q1 and Q2 residual scores shaded by rating) is merged down over its further actions, with action owners as job titles (two posts split by '/'), original and revised target dates, progress text and a Status column coloured with no text.",
        "reads": "A corporate risk register with four corporate risks, each with two or three further actions to reduce the risk. Each action has a ref (CR01.1 etc.), owner(s), an original and sometimes a revised target date, and a colour-only status that the Key sheet explains; the residual score cells are risk ratings, not action status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. East Renfrewshire HSCP – Bonnyton House Care Inspectorate improvement plan (xlsx)
# ---------------------------------------------------------------------------
def bonnyton():
    name = "qe-east-renfrewshire-hscp-bonnyton-house-care-inspectorate-improvement-plan.xlsx"
    title = "East Renfrewshire HSCP – Bonnyton House Care Inspectorate Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Care service number:", "CS2012309871"), ("Type of service:", "Care Home Service – older people"),
            ("Inspection:", "Unannounced, 21 to 23 January 2025"), ("Report published:", "6 March 2025")]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A8"] = "Care Inspectorate evaluations"
    ws["A8"].font = Font(bold=True)
    grades = [("How well do we support people's wellbeing?", "3 - Adequate"), ("How good is our leadership?", "4 - Good"),
              ("How good is our staff team?", "3 - Adequate"), ("How good is our setting?", "4 - Good"),
              ("How well is our care and support planned?", "3 - Adequate")]
    for i, (k, v) in enumerate(grades, 9):
        ws.cell(row=i, column=1, value=k).border = BOX
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        c = ws.cell(row=i, column=3, value=v)
        c.border = BOX
        c.fill = fill("FFF2CC" if v.startswith("3") else "E2EFDA")
    HR = 15
    header_row(ws, HR, ["Key question", "Type", "Requirement / area for improvement", "No.", "Action to be taken",
                        "Person responsible", "Timescale", "Progress update (May 2025)", "RAG"],
               [14, 16, 55, 8, 50, 26, 16, 45, 10])

    kq1 = "1. How well do we support people's wellbeing?"
    kq3 = "3. How good is our staff team?"
    kq5 = "5. How well is our care and support planned?"
    req1 = ("By 31 March 2025, the provider must ensure that people's health and wellbeing benefits from safe medication management. "
            "To do this, the provider must, at a minimum:\n"
            "a) ensure 'as required' medication protocols are in place and reviewed regularly; and\n"
            "b) ensure topical medication is recorded each time it is applied.")
    afi1 = ("To support people's wellbeing, the provider should ensure that people have opportunities to take part in meaningful "
            "activity each day, including those who spend most of their time in their bedrooms.")
    req2 = ("By 30 April 2025, the provider must ensure that staff receive regular supervision and that training in supporting "
            "people experiencing stress and distress is completed by all care staff.")
    afi2 = ("The provider should ensure that personal plans are reviewed at least once in every six months with the person and "
            "their representatives.")
    plan = [
        (kq1, [
            ("Requirement 1", req1, [
                ("R1.1", "Review all 'as required' (PRN) protocols with the GP practice and community pharmacist.", "Depute Manager", ["Depute Manager"], "14 March 2025", "All 38 protocols reviewed and signed off.", "Complete", "2025-03", "blue", None),
                ("R1.2", "Introduce topical medication administration records (TMARs) with body maps in every bedroom.", "Senior Social Care Workers", ["Senior Social Care Workers"], "31 March 2025", "In place since 17 March 2025.", "Complete", "2025-03", "blue", None),
                ("R1.3", "Carry out a monthly medication audit and report the findings to the Service Manager.", "Care Home Manager", ["Care Home Manager"], "Monthly", "April and May audits completed; minor recording gaps followed up.", "On track", None, "green", "Monthly"),
            ]),
            ("Area for improvement 1", afi1, [
                ("AFI1.1", "Recruit a second activity co-ordinator to cover evenings and weekends.", "Care Home Manager / HR Business Partner", ["Care Home Manager", "HR Business Partner"], "June 2025", "Post advertised twice; interviews 12 June.", "Amber", "2025-06", "amber", None),
                ("AFI1.2", "Record one-to-one time for people cared for in their rooms in the daily notes.", "All staff", ["All staff"], "April 2025", "Recording template added to Care Partner.", "Complete", "2025-04", "blue", None),
            ]),
        ]),
        (kq3, [
            ("Requirement 2", req2, [
                ("R2.1", "Set up a supervision schedule so that every staff member has supervision at least every eight weeks.", "Depute Manager", ["Depute Manager"], "End of April 2025", "Schedule in place; 92% of staff supervised in the last eight weeks.", "Complete", "2025-04", "blue", None),
                ("R2.2", "Deliver stress and distress training (Promoting Excellence, skilled level) to all care staff.", "Learning and Development Team", ["Learning and Development Team"], "30 June 2025", "41 of 58 care staff trained; two further courses booked.", "Amber", "2025-06", "amber", None),
            ]),
        ]),
        (kq5, [
            ("Area for improvement 2", afi2, [
                ("AFI2.1", "Create a six-monthly review tracker and allocate reviews to named keyworkers.", "Care Home Manager", ["Care Home Manager"], "May 2025", "Tracker in use from 1 May 2025.", "On track", "2025-05", "green", None),
                ("AFI2.2", "Invite relatives to reviews in writing and record their views in the personal plan.", "Keyworkers", ["Keyworkers"], "Ongoing", "Letters sent for all reviews due in May and June.", "On track", None, "green", "Ongoing"),
            ]),
        ]),
    ]
    rag_fill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER}
    r = HR + 1
    actions = []
    for kq, items in plan:
        ws.cell(row=r, column=1, value=kq).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for typ, text, acts in items:
            top = r
            for no, atext, lead_txt, lead, tscale, prog, rag, end, status, etext in acts:
                for c, v in zip(range(4, 10), [no, atext, lead_txt, tscale, prog, rag]):
                    ws.cell(row=r, column=c, value=v)
                ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
                for c in range(1, 10):
                    ws.cell(row=r, column=c).border = BOX
                    ws.cell(row=r, column=c).alignment = WRAP
                actions.append(act(no, [kq, text], atext, lead, end, status, end_text=etext))
                r += 1
            ws.cell(row=top, column=2, value=typ).font = Font(bold=True)
            ws.cell(row=top, column=3, value=text)
            if r - 1 > top:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(row=r, column=1, value="Notes: Requirements must be met by the date given in the inspection report. Progress is reported monthly to the HSCP Clinical and Care Governance Group.")
    ws.cell(row=r + 1, column=1, value="Plan owner: Care Home Manager. Last updated 23 May 2025.")
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an HSCP in-house care home's improvement plan after a Care Inspectorate (Scotland) inspection (East Renfrewshire HSCP, Bonnyton House, 2025; no URL used). Copies the service details block and the five key-question evaluations (grades) above the plan, grey key-question band rows, a 'Type' column (Requirement 1 / Area for improvement 1) with the requirement or area-for-improvement text merged down beside its actions, numbered actions R1.1/AFI1.1, job-title leads (two posts split by '/'), timescales as dates in words, 'Monthly' and 'Ongoing', progress text and a RAG column with words and fill, notes lines below.",
        "reads": "An improvement plan for one care home answering two requirements and two areas for improvement under three key questions; each has two or three numbered actions with a responsible post, timescale, progress and RAG. The grades table at the top and the notes at the bottom are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Clackmannanshire & Stirling IJB annual audit action plan tracker (xlsx, two plan sheets)
# ---------------------------------------------------------------------------
def clacks_ijb():
    name = "qe-clackmannanshire-and-stirling-ijb-annual-audit-report-2024-25-action-plan-tracker.xlsx"
    title = "Clackmannanshire & Stirling Integration Joint Board – 2024/25 Annual Audit Report Action Plan Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "2024-25 Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Risk Committee – 4 December 2025 – progress at 14 November 2025"
    cols = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
            "Agreed date", "Revised date", "Progress update", "Status"]
    widths = [7, 22, 48, 48, 30, 12, 12, 44, 10]
    header_row(ws, 4, cols, widths)
    rec1 = "The IJB should develop a medium-term financial plan that sets out how the projected funding gap of £8.4 million over the next three years will be closed."
    rec2 = "The IJB should agree a reserves strategy that sets a minimum level of general reserves and explains how earmarked reserves will be used."
    rec3 = "The IJB should ensure that its annual performance report clearly links performance against the national health and wellbeing indicators to the priorities in its Strategic Commissioning Plan."
    rec4 = "The IJB should review its arrangements for issuing directions to ensure that directions are specific about the services to be delivered and the resources involved, in line with statutory guidance."
    rec5 = "The IJB should work with NHS Forth Valley and both councils to produce an integrated workforce plan covering all delegated services."
    rows = [
        ("1", "Financial sustainability", rec1, [
            ("1", "A refreshed Medium Term Financial Plan will be presented to the IJB, setting out the savings and transformation proposals needed to close the gap.",
             "Chief Finance Officer", ["Chief Finance Officer"], d(2026, 3, 31), None, "Draft plan discussed at the IJB development session in October 2025.", "Green", "2026-03", "green", None),
        ]),
        ("2", "Use of reserves", rec2, [
            ("2a", "Review the Reserves Policy and set a minimum level of general reserves of 2% of net expenditure.",
             "Chief Finance Officer", ["Chief Finance Officer"], d(2025, 12, 31), d(2026, 3, 31), "Policy review delayed pending the outcome of the budget consultation.", "Amber", "2026-03", "amber", None),
            ("2b", "Report the reserves position and the planned use of earmarked reserves in each financial monitoring report to the IJB.",
             "Chief Finance Officer", ["Chief Finance Officer"], "Ongoing", None, "Included from the Quarter 1 2025/26 report onwards.", "Green", None, "green", "Ongoing"),
        ]),
        ("3", "Performance reporting", rec3, [
            ("3", "The 2025/26 Annual Performance Report will be restructured around the Strategic Commissioning Plan themes, with a summary of progress against each.",
             "Chief Officer / Head of Strategic Planning and Health Improvement", ["Chief Officer", "Head of Strategic Planning and Health Improvement"],
             d(2026, 7, 31), None, "Not yet due.", None, "2026-07", "unrated", None),
        ]),
        ("4", "Governance – directions", rec4, [
            ("4", "A Directions Policy will be developed and all current directions reissued to the constituent authorities in the new format.",
             "Chief Officer", ["Chief Officer"], d(2025, 9, 30), None, "Directions Policy approved by the IJB on 24 September 2025; directions reissued.", "Complete", "2025-09", "blue", None),
        ]),
        ("5", "Workforce planning", rec5, [
            ("5", "An integrated workforce plan for 2026 to 2029 will be developed with partner HR and workforce leads and presented to the IJB.",
             "Chief Officer; Chief Nurse", ["Chief Officer", "Chief Nurse"], d(2026, 6, 30), None, "Workforce planning group established; first meeting held 2 October 2025.", "Green", "2026-06", "green", None),
        ]),
    ]
    status_fill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    actions = []

    def put(ws, r0, rows):
        r = r0
        for _, issue, rec, acts in rows:
            top = r
            for ref, text, owner, lead, date, rev, prog, st, end, status, etext in acts:
                for c, v in zip(range(1, 10), [ref, None, None, text, owner, date, rev, prog, st]):
                    cell = ws.cell(row=r, column=c)
                    if v is not None:
                        cell.value = v
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                    cell.border = BOX
                    cell.alignment = WRAP
                if st:
                    ws.cell(row=r, column=9).fill = fill(status_fill[st])
                actions.append(act(ref, [issue, rec], text, lead, end, status, end_text=etext))
                r += 1
            ws.cell(row=top, column=2, value=issue).font = Font(bold=True)
            ws.cell(row=top, column=3, value=rec)
            if r - 1 > top:
                for c in (2, 3):
                    ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
        return r

    r = put(ws, 5, rows)
    ws.cell(row=r + 1, column=1, value="Source: Appendix 1 of the 2024/25 Annual Audit Report (Audit Scotland). Agreed dates are as set out in the management responses.")

    ws2 = wb.create_sheet("Prior Year Follow-up")
    ws2["A1"] = "Follow-up of prior year recommendations"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Actions brought forward (b/f) from the 2023/24 Annual Audit Report that were not complete at 30 June 2025"
    cols2 = ["Ref", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
             "Original date", "Revised date", "Progress update", "Status"]
    header_row(ws2, 4, cols2, widths)
    recb1 = "The IJB should agree with partners a recovery plan for the savings not delivered in 2023/24 and report progress to the IJB."
    recb2 = "The IJB should approve a risk appetite statement and align the strategic risk register with it."
    rows2 = [
        ("b/f 1", "Savings delivery", recb1, [
            ("b/f 1", "Savings recovery plan to be agreed with Clackmannanshire Council, Stirling Council and NHS Forth Valley and monitored through the Finance and Performance Group.",
             "Chief Finance Officer", ["Chief Finance Officer"], d(2025, 3, 31), d(2026, 3, 31), "Recovery plan agreed; £1.2m of £2.0m recovered to date.", "Amber", "2026-03", "amber", None),
        ]),
        ("b/f 2", "Risk management", recb2, [
            ("b/f 2", "A risk appetite statement will be developed with IJB members and the strategic risk register updated to reflect it.",
             "Chief Officer", ["Chief Officer"], d(2024, 12, 31), None, "Risk appetite statement approved in March 2025; register updated.", "Complete", "2024-12", "blue", None),
        ]),
    ]
    r = put(ws2, 5, rows2)

    key = wb.create_sheet("Status Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (col, k, txt) in enumerate([(BLUE, "Complete", "action implemented"), (GREEN, "Green", "on track to meet the agreed date"),
                                       (AMBER, "Amber", "at risk of delay or date revised"), (RED, "Red", "agreed date missed"),
                                       (None, "(blank)", "not yet due / not started")], 3):
        c = key.cell(row=i, column=1, value=k)
        if col:
            c.fill = fill(col)
        key.cell(row=i, column=2, value=txt)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an integration joint board's tracker of its external auditor's annual audit report action plan (Audit Scotland style Appendix 1: issue/risk, recommendation, agreed management action, responsible officer, agreed date) as taken to its Audit and Risk Committee (Clackmannanshire & Stirling IJB, 2024/25 report, tracked November 2025; no URL used). Copies the separate sheet for prior-year recommendations brought forward ('b/f 1'), issue and recommendation cells merged over two actions (2a, 2b), agreed and revised dates, two officers in one cell ('/' and ';'), RAG words with fill, a blank status for a not-yet-due action, and a Status Key sheet.",
        "reads": "An audit action plan tracker: five 2024/25 recommendations with six agreed management actions on the first sheet, and two prior-year (b/f) actions on the second sheet. Each action sits under its issue heading and the auditor's recommendation, with a responsible officer, an agreed date (revised where shown) and a status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


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


def bold_row(row, hex_="1F4E78", white=True):
    for c in row.cells:
        shade(c, hex_)
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
                if white:
                    run.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------------------
# 4. Stromness Academy – Education Scotland post-inspection action plan (docx, one table per AFI)
# ---------------------------------------------------------------------------
def stromness():
    name = "qe-stromness-academy-education-scotland-inspection-action-plan.docx"
    title = "Stromness Academy – Post-Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Education Scotland inspection, March 2024 (report published 21 May 2024). Plan agreed with Orkney Islands Council Education Service.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [["1.0", "11/06/2024", "Head Teacher", "Head of Education"],
                ["1.1", "28/01/2025", "Depute Head Teacher (Curriculum)", "SLT – progress update"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Progress key: B = complete; G = on track; A = some slippage; R = not on track. Blank = not yet started.")

    rag_col = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_status = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    afis = [
        ("Senior leaders and staff should continue to develop approaches to learning, teaching and assessment to ensure that all young people experience consistently high-quality learning with appropriate pace and challenge.", [
            ("Agree a Stromness Academy learning and teaching standard with all staff, drawing on the Orkney learning and teaching framework.", "DHT (Learning and Teaching)", ["DHT (Learning and Teaching)"], "October 2024", "Standard shared with staff at in-service day; displayed in all classrooms.", "Standard launched 25 October 2024.", "B", "2024-10", None),
            ("Run a programme of learning walks and peer observation, with a focus on pace and challenge in S1 to S3.", "SLT / Principal Teachers", ["SLT", "Principal Teachers"], "August 2024 – June 2025", "All teachers observed at least twice; feedback shows improved pace.", "Two cycles complete; third cycle in May.", "G", "2025-06", None),
            ("Introduce moderation of S3 assessment evidence in every faculty.", "Faculty Principal Teachers", ["Faculty Principal Teachers"], "March 2025", "Moderation record for each faculty.", "Four of six faculties have held moderation sessions.", "A", "2025-03", None),
        ]),
        ("Senior leaders should develop further the tracking and monitoring of young people's progress in the broad general education, to support those young people who are not making expected progress.", [
            ("Implement a whole-school tracking system for S1 to S3 with three reporting points each session.", "DHT (BGE)", ["DHT (BGE)"], "November 2024", "Tracking in place; first reporting point complete.", "System live since 4 November 2024.", "B", "2024-11", None),
            ("Hold attainment meetings each term between Principal Teachers and their SLT link to agree interventions.", "HT, DHT (BGE)", ["HT", "DHT (BGE)"], "Termly", "Intervention list for each year group reviewed each term.", "Meetings held in October and January.", "G", None, "Termly"),
        ]),
        ("Staff should build on the school's strong links with the local community to increase opportunities for young people to develop skills for learning, life and work, including through the senior phase curriculum.", [
            ("Extend the range of senior phase options delivered with Orkney College UHI, including Foundation Apprenticeships.", "Depute Head Teacher (Senior Phase)", ["Depute Head Teacher (Senior Phase)"], "June 2025", "Two new Foundation Apprenticeship options in the 2025/26 course choice booklet.", "Agreed with the college; in course choice booklet.", "G", "2025-06", None),
            ("Map skills development opportunities across all subjects against the Career Education Standard.", "DYW Co-ordinator", ["DYW Co-ordinator"], "December 2024", "Skills map published for staff and pupils.", "Mapping complete for 9 of 14 departments.", "A", "2024-12", None),
            ("Establish a pupil-led skills passport in S1 and S2.", "Pupil Support Leader & DYW Co-ordinator", ["Pupil Support Leader", "DYW Co-ordinator"], "Ongoing", "Passport used by all S1 and S2 pupils.", "", "", None, "Ongoing"),
        ]),
    ]
    actions = []
    for i, (afi, acts) in enumerate(afis, 1):
        doc.add_heading(f"Area for improvement {i}", level=2)
        p = doc.add_paragraph(afi)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action", "Lead", "Timescale", "Measures of success", "Progress (January 2025)", "RAG"]):
            c.text = h
        bold_row(t.rows[0])
        for text, lead_txt, lead, ts, meas, prog, rag, end, etext in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [text, lead_txt, ts, meas, prog, rag]):
                c.text = v
            if rag:
                shade(cells[5], rag_col[rag])
            actions.append(act(None, [afi], text, lead, end, rag_status[rag], end_text=etext))
        doc.add_paragraph()
    doc.add_paragraph("Next review: SLT meeting, March 2025. Progress will also be reported to the Parent Council.")
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Signed (Head Teacher)"
    t.cell(0, 1).text = "Date"
    t.cell(1, 0).text = "Signed (Quality Improvement Officer)"
    t.cell(1, 1).text = "Date"
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a Scottish secondary school's post-inspection action plan after an Education Scotland (HM Inspectors) inspection, agreed with the local authority (Stromness Academy, Orkney Islands Council, 2024; no URL used). Copies the document-control table, a one-line RAG key (B/G/A/R letters), a heading 'Area for improvement N' over the italic area-for-improvement text, then one table per area with Action, Lead, Timescale, Measures of success, Progress and a lettered, shaded RAG cell; no action refs; leads as school posts (SLT / Principal Teachers, 'HT, DHT (BGE)', '&'); a period timescale, 'Termly' and 'Ongoing'; a sign-off table at the end.",
        "reads": "A post-inspection action plan with three areas for improvement, each followed by a table of two or three actions with a lead, timescale and RAG. The document-control and signature tables are not part of the plan; the last action has not started (blank RAG).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Vale of Glamorgan Council – Ty Dyfan CIW inspection improvement plan (docx, one table with theme rows)
# ---------------------------------------------------------------------------
def ty_dyfan():
    name = "qe-vale-of-glamorgan-council-ty-dyfan-ciw-care-home-inspection-improvement-plan.docx"
    title = "Ty Dyfan Residential Care Home – CIW Inspection Improvement Plan"
    doc = Document()
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Vale of Glamorgan Council – Social Services Directorate (Adult Services)")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Service", "Ty Dyfan, Barry – care home service for adults (dementia care)"),
                 ("Service provider", "Vale of Glamorgan Council"),
                 ("Responsible Individual", "Head of Adult Services and Locality Manager"),
                 ("Date of inspection", "8 and 9 October 2024"),
                 ("Date inspection report published", "19 November 2024"),
                 ("Plan completed by", "Registered Manager")]:
        cells = info.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], GREY)
    doc.add_paragraph()
    doc.add_paragraph("Care Inspectorate Wales identified the following areas for improvement under the Regulated Services (Service Providers and Responsible Individuals) (Wales) Regulations 2017. No Priority Action Notice was issued. CIW will consider these areas at the next inspection.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, hd in zip(t.rows[0].cells, ["Regulation", "Area for improvement", "Action(s) we will take", "Responsible", "Target date", "Status"]):
        c.text = hd
    bold_row(t.rows[0])
    themes = [
        ("Care and Support", [
            ("Regulation 58", "The provider must ensure medicines are stored at the correct temperature and that records of fridge and room temperatures are completed daily.", [
                ("Replace the medication fridge in the clinical room and fit a digital min/max thermometer.", "Registered Manager", ["Registered Manager"], "30/11/2024", "Completed", "2024-11", "blue", None),
                ("Add daily temperature checks to the senior care officer shift handover checklist and audit them weekly.", "Senior Care Officers", ["Senior Care Officers"], "w/c 02/12/2024", "Completed", "2024-12", "blue", None),
            ]),
            ("Regulation 15", "The provider must ensure personal plans are reviewed at least every three months and reflect people's current needs, including their risk of falls.", [
                ("Review all personal plans, starting with people who have had a recent fall or a change in mobility.", "Deputy Manager", ["Deputy Manager"], "31/01/2025", "On track", "2025-01", "green", None),
                ("Arrange falls prevention training from the Cardiff and Vale UHB falls team for all care staff.", "Registered Manager & Deputy Manager", ["Registered Manager", "Deputy Manager"], "End of March 2025", "Not started", "2025-03", "unrated", None),
            ]),
        ]),
        ("Environment", [
            ("Regulation 44", "The provider must ensure the premises are properly maintained, including repairs to the flooring in the main lounge and the first-floor bathroom.", [
                ("Raise works orders with Building Services for replacement flooring and monitor progress at the monthly contract meeting.", "Registered Manager / Building Services Manager", ["Registered Manager", "Building Services Manager"], "February 2025", "Amber – awaiting contractor date", "2025-02", "amber", None),
            ]),
        ]),
        ("Leadership and Management", [
            ("Regulation 36", "The provider must ensure all staff receive supervision at least every three months and that mandatory training is kept up to date.", [
                ("Introduce a supervision matrix and book supervision for all staff for the next 12 months.", "Deputy Manager", ["Deputy Manager"], "31/12/2024", "Completed", "2024-12", "blue", None),
                ("Book outstanding manual handling and safeguarding refresher training through the Council's learning portal.", "Registered Manager", ["Registered Manager"], "Ongoing – reviewed monthly", "On track", None, "green", "Ongoing – reviewed monthly"),
            ]),
            ("Regulation 80", "The Responsible Individual must ensure the quality of care review is completed every six months and includes the views of people living at the home and their families.", [
                ("Complete the quality of care review for October 2024 to March 2025, including a survey of residents and relatives.", "Responsible Individual", ["Responsible Individual"], "April 2025", "On track", "2025-04", "green", None),
            ]),
        ]),
    ]
    status_fill = {"Completed": BLUE, "On track": GREEN, "Amber – awaiting contractor date": AMBER}
    actions = []
    for theme, regs in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[5])
        merged.text = theme
        shade(merged, LIGHT)
        merged.paragraphs[0].runs[0].bold = True
        for reg, afi, acts in regs:
            first = None
            for text, lead_txt, lead, date, st, end, status, etext in acts:
                cells = t.add_row().cells
                if first is None:
                    first = cells
                    cells[0].text = reg
                    cells[1].text = afi
                last = cells
                cells[2].text = text
                cells[3].text = lead_txt
                cells[4].text = date
                cells[5].text = st
                if st in status_fill:
                    shade(cells[5], status_fill[st])
                actions.append(act(None, [theme, afi], text, lead, end, status, end_text=etext))
            if last is not first:
                first[0].merge(last[0])
                first[1].merge(last[1])
    doc.add_paragraph()
    doc.add_paragraph("Status: Completed / On track / Amber (delayed) / Not started. This plan is reviewed at the monthly Registered Manager and Responsible Individual meeting.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed by", "Role", "Date"]):
        c.text = v
    for c, v in zip(s.rows[1].cells, ["", "Responsible Individual", "10/12/2024"]):
        c.text = v
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a local authority care home's improvement plan after a Care Inspectorate Wales inspection (Vale of Glamorgan Council, Ty Dyfan, inspected October 2024; no URL used). Copies the service-details table, an introduction naming the 2017 Regulations and Priority Action Notices, a single plan table with merged theme rows (Care and Support, Environment, Leadership and Management), Regulation and area-for-improvement cells merged down over their actions, no action refs, job-title leads (two posts joined by '&' and '/'), target dates as dd/mm/yyyy, 'w/c', 'End of March 2025', 'Ongoing – reviewed monthly', status words with shading ('Amber – awaiting contractor date'), a status line and a sign-off table.",
        "reads": "One improvement plan table with three theme rows; under them five regulations each with the area for improvement CIW identified and one or two actions, each with a responsible post, a target date and a status. The service-details and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Gwent Police / OPCC Joint Audit Committee action log (csv) – typo month refuse
# ---------------------------------------------------------------------------
def gwent_jac():
    name = "qe-gwent-police-and-opcc-joint-audit-committee-action-log-typo-month-refuse.csv"
    title = "Joint Audit Committee - Action Log"
    header = ["Action No", "Meeting Date", "Minute", "Agenda Item", "Action", "Action Owner", "Due Date", "Status", "Update"]
    rows = [
        ["JAC/24/11", "12/12/2024", "8", "Treasury Management Mid-Year Report", "Provide members with a breakdown of investment counterparties by credit rating.", "Chief Finance Officer (OPCC)", "Jan-25", "Complete", "Circulated by email on 20 January 2025."],
        ["JAC/25/02", "13/03/2025", "5", "Internal Audit Progress Report", "Confirm the revised timing of the fleet management audit in the 2025/26 internal audit plan.", "Head of Internal Audit (TIAA)", "Apr-25", "Complete", "Moved to Quarter 2; confirmed at the June meeting."],
        ["JAC/25/05", "26/06/2025", "7", "Strategic Risk Register", "Add a risk on the replacement of the command and control system to the Force strategic risk register.", "Assistant Chief Officer - Resources", "Sep-25", "Complete", "Risk added as SR14."],
        ["JAC/25/06", "26/06/2025", "9", "Annual Governance Statement", "Include reference to the HMICFRS PEEL findings in the final Annual Governance Statement.", "Chief Executive (OPCC) / Head of Strategic Planning", "Jul-25", "Complete", "Included in the final statement signed on 30 July 2025."],
        ["JAC/25/07", "26/06/2025", "10", "Internal Audit Annual Report and Opinion", "Report back on progress with the two overdue priority 1 recommendations on payroll overtime controls.", "Head of Finance (Force)", "0ct-25", "Open", "Deferred to the December meeting."],
        ["JAC/25/09", "16/10/2025", "6", "Audit Wales Annual Audit Summary", "Share the Audit Wales review of the estates strategy with independent members once published.", "Chief Finance Officer (OPCC)", "Dec-25", "Open", ""],
        ["JAC/25/10", "16/10/2025", "11", "Information Management Update", "Provide an update on the backlog of Freedom of Information requests and compliance with the 20 working day limit.", "Head of Information Management", "Mar-26", "Open", ""],
        ["JAC/25/11", "16/10/2025", "12", "Welsh Language Standards Annual Report", "Bring the Welsh language skills assessment results for police staff to a future meeting.", "Deputy Chief Constable", "Mar-26", "Open", ""],
    ]
    n = len(header)
    lines = [[title] + [""] * (n - 1),
             ["Office of the Police and Crime Commissioner for Gwent and Gwent Police - updated after the meeting of 16 October 2025"] + [""] * (n - 1),
             [""] * n,
             header] + rows
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    with open(path, encoding="utf-8") as f:
        text_lines = f.read().splitlines()
    refuse_line = next(i for i, l in enumerate(text_lines, 1) if "0ct-25" in l)

    write_expected(name, {
        "source": "Imitates the action log of a Welsh police force and OPCC Joint Audit Committee, exported to CSV from the committee clerk's spreadsheet (Gwent, 2024-2025 meetings; no URL used). Copies the title and 'updated after the meeting of' lines with trailing empty fields, a blank line, then one row per action with action number (JAC/25/07), meeting date, minute number, agenda item, action, owner as a post (two posts split by '/'), due date as an Excel-style 'Mmm-yy' export, Open/Complete status and an update.",
        "reads": "A committee action log of eight actions with owners and 'Mmm-yy' due dates. One due date is written '0ct-25' with a zero for the letter O, so a careful reader stops at that line and asks rather than guess the month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, len(rows)


# ---------------------------------------------------------------------------
# 7. Fleming Fulton School – ETI inspection action plan (plain text export)
# ---------------------------------------------------------------------------
def fleming_fulton():
    name = "qe-fleming-fulton-school-eti-inspection-action-plan.txt"
    title = "Fleming Fulton School – ETI Inspection Action Plan"
    afis = [
        ("To improve the consistency of the quality of planning, teaching and assessment across the post-primary department, so that all pupils are challenged appropriately.", [
            ("1.1", "Establish a planning and assessment working group to agree a common planning format for all post-primary classes.", "Vice-Principal (Post-Primary)", ["Vice-Principal (Post-Primary)"], "October 2024", "Blue", "2024-10", "blue", None),
            ("1.2", "Carry out paired lesson observations each term, focused on challenge and the use of assessment information.", "Principal / Vice-Principal (Post-Primary)", ["Principal", "Vice-Principal (Post-Primary)"], "Termly", "Green", None, "green", "Termly"),
            ("1.3", "Provide professional learning for classroom assistants on promoting pupils' independence in learning.", "Staff Development Co-ordinator", ["Staff Development Co-ordinator"], "By end of Spring Term 2025", "Green", "2025-04", "green", None),
        ]),
        ("To develop further the use of data to track and monitor pupils' progress in literacy and numeracy, and to use this information to plan interventions.", [
            ("2.1", "Introduce a whole-school tracking system for literacy and numeracy, with baseline assessments for all pupils.", "Literacy Co-ordinator and Numeracy Co-ordinator", ["Literacy Co-ordinator", "Numeracy Co-ordinator"], "December 2024", "Blue", "2024-12", "blue", None),
            ("2.2", "Hold data review meetings with class teachers twice a year to identify pupils who need intervention.", "Vice-Principal (Primary)", ["Vice-Principal (Primary)"], "Autumn Term 2024", "Blue", "2024-12", "blue", None),
            ("2.3", "Report pupil progress data to the Education Committee of the Board of Governors.", "Principal", ["Principal"], "June 2025", "Amber", "2025-06", "amber", None),
        ]),
        ("To review the curriculum for pupils aged 14 to 19 to ensure that it provides coherent, accredited pathways that meet the needs and aspirations of all pupils.", [
            ("3.1", "Audit the current Key Stage 4 and post-16 qualifications offer against pupils' destinations over the last three years.", "Head of Post-Primary", ["Head of Post-Primary"], "November 2024", "Blue", "2024-11", "blue", None),
            ("3.2", "Develop links with Belfast Metropolitan College to provide link courses for post-16 pupils.", "Careers Co-ordinator", ["Careers Co-ordinator"], "September 2025", "Green", "2025-09", "green", None),
            ("3.3", "Consult pupils and parents on the revised curriculum pathways.", "Principal; Head of Post-Primary", ["Principal", "Head of Post-Primary"], "TBC", "Not started", None, "unrated", "TBC"),
        ]),
    ]
    out = [
        title,
        "Inspection dates: 4 – 7 March 2024",
        "Report published: May 2024",
        "Action plan approved by the Board of Governors: 18 June 2024",
        "Progress update: January 2025",
        "",
        "RAG key: Blue – completed; Green – on track; Amber – behind schedule; Red – significant concern",
        "",
    ]
    actions = []
    bar = "=" * 70
    for i, (afi, acts) in enumerate(afis, 1):
        out += [bar, f"AREA FOR IMPROVEMENT {i}", afi, bar, ""]
        for ref, text, lead_txt, lead, date, st, end, status, etext in acts:
            out += [f"Action {ref}", f"Action: {text}", f"Lead: {lead_txt}", f"Target date: {date}", f"Status: {st}", ""]
            actions.append(act(ref, [afi], text, lead, end, status, end_text=etext))
    out += [bar, "Summary at January 2025: 9 actions – 4 completed, 3 on track, 1 behind schedule, 1 not started.",
            "Next review by the Board of Governors: March 2025.", "End of action plan", ""]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))

    write_expected(name, {
        "source": "Imitates a Northern Ireland special school's action plan responding to the areas for improvement in an Education and Training Inspectorate (ETI) inspection report, approved by the Board of Governors, saved as plain text (Fleming Fulton School, Belfast, 2024; no URL used). Copies the header lines (inspection dates, approval, progress update), a RAG key line, '=' rule lines around each 'AREA FOR IMPROVEMENT N' label and its text, labelled blocks per action (Action 1.1 / Action: / Lead: / Target date: / Status:), school terms as target dates ('By end of Spring Term 2025', 'Autumn Term 2024'), 'Termly' and 'TBC', two posts joined by '/', ';' and 'and', and a summary line at the end.",
        "reads": "A plain-text action plan with three ETI areas for improvement, each followed by three numbered actions giving the action, lead, target date and RAG status. The header, key, summary and closing lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (belfast, bonnyton, clacks_ijb, stromness, ty_dyfan, gwent_jac, fleming_fulton):
        n, k = fn()
        print(f"{n}: {k} actions")
