"""Build the seven zxv- blind cases (set heldout626) and their expected readings.

Run with /work/main/.venv/bin/python zxv_make.py (writes only zxv-* files beside this script).
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(name, exp):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. The King's Trust - strategic risk register (xlsx, read)
# ---------------------------------------------------------------------------
def kings_trust():
    name = "zxv-the-kings-trust-strategic-risk-register-2025-26.xlsx"
    title = "The King's Trust – Strategic Risk Register 2025-26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    rows = [
        ("Prepared for:", "Audit, Risk and Investment Committee – 20 November 2025"),
        ("Register owner:", "Chief Financial Officer"),
        ("Version:", "v3.1 (Q2 2025-26 update)"),
        ("Position at:", "31 October 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
    cov["A8"] = "Scoring: likelihood (1-5) x impact (1-5). Residual scores of 15 or more are outside the Trust's risk appetite and are reported to the Board of Trustees."
    cov["A10"] = "Action progress key (column L of the Register)"
    cov["A10"].font = Font(bold=True)
    key = [(RED, "Off track – will miss target date"), (AMBER, "At risk of slipping"),
           (GREEN, "On track"), (BLUE, "Complete"), (None, "No fill – not yet started")]
    for i, (c, t) in enumerate(key, start=11):
        if c:
            cov.cell(i, 1).fill = fill(c)
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 70

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Residual risk summary – Q2 2025-26"
    hm["A1"].font = Font(bold=True, size=13)
    hm.append([])
    hm.append(["Risk", "Residual score", "Trend", "Within appetite?"])
    for c in hm[3]:
        c.font = Font(bold=True)
    summary = [
        ("SR1 – Unrestricted income falls short of budget", 16, "↑", "No"),
        ("SR2 – Loss of a major statutory or corporate contract", 12, "→", "Yes"),
        ("SR3 – Serious safeguarding incident involving a young person on a programme", 10, "→", "Yes"),
        ("SR4 – Programme outcomes not evidenced to funders", 9, "↓", "Yes"),
        ("SR5 – Cyber attack or data breach disrupts operations", 15, "↑", "No"),
        ("SR6 – Difficulty recruiting and retaining frontline staff", 12, "→", "Yes"),
    ]
    for r in summary:
        hm.append(list(r))
        sc = hm.cell(hm.max_row, 2)
        sc.fill = fill(RED if r[1] >= 15 else AMBER if r[1] >= 9 else GREEN)
    hm.append([])
    hm.append(["Total strategic risks", 6])
    hm.append(["Outside appetite", 2])
    hm.column_dimensions["A"].width = 75

    ws = wb.create_sheet("Register")
    ws["A1"] = "Strategic Risk Register – Q2 2025-26 (position at 31 October 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Actions shown are further actions agreed to bring residual risk within appetite. Action progress is shown by cell colour – see key on Cover sheet."
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Cause and consequence", "Risk owner", "Inherent score", "Key existing controls",
             "Residual score", "Trend", "Ref", "Further action required", "Action owner", "Target date",
             "Action progress", "Commentary"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2C5E")
        c.alignment = WRAP
        c.border = BOX
    widths = [32, 40, 18, 9, 38, 9, 6, 8, 48, 28, 12, 11, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w

    cats = [
        ("1. Financial sustainability", [
            ("SR1 – Unrestricted income falls short of budget",
             "Cost-of-living pressure on individual giving and fewer corporate partnership renewals lead to a shortfall against the unrestricted income budget, forcing in-year cuts to programmes.",
             "Chief Development Officer", 20,
             "Monthly income forecasting; pipeline reviewed by Executive Team; reserves policy of 3–6 months' expenditure.",
             16, "↑", [
                 ("SR1.1", "Launch a regular-giving acquisition test in three new TV regions and report cost per acquisition to the Income Board.",
                  "Director of Individual Giving", d(2026, 1, 31), GREEN,
                  "Creative signed off; first flight booked for w/c 3 November.",
                  ["Director of Individual Giving"], "2026-01", None, "green"),
                 ("SR1.2", "Agree a revised 2026-27 income budget with stretch and floor scenarios.",
                  "Chief Financial Officer / Chief Development Officer", "Q4 2025/26", AMBER,
                  "Floor scenario modelled; stretch scenario depends on corporate renewals due January.",
                  ["Chief Financial Officer", "Chief Development Officer"], "2026-03", None, "amber"),
             ]),
            ("SR2 – Loss of a major statutory or corporate contract",
             "Dependence on a small number of large funders means the loss or non-renewal of one contract would remove delivery capacity in several regions.",
             "Chief Executive", 16,
             "Relationship plans for top 20 funders; contract register with renewal dates; early-warning review at Executive Team.",
             12, "→", [
                 ("SR2.1", "Complete a contract concentration analysis and present mitigation options to the Audit, Risk and Investment Committee.",
                  "Head of Strategic Partnerships", d(2025, 9, 30), BLUE,
                  "Presented to the Committee on 24 September 2025.",
                  ["Head of Strategic Partnerships"], "2025-09", None, "blue"),
             ]),
        ]),
        ("2. Delivery and safeguarding", [
            ("SR3 – Serious safeguarding incident involving a young person on a programme",
             "Failure of safeguarding practice by staff, volunteers or delivery partners results in harm to a young person, regulatory action and loss of trust.",
             "Director of Safeguarding", 20,
             "Safeguarding policy and designated leads in every region; DBS checks; incident reporting to the Safeguarding Committee.",
             10, "→", [
                 ("SR3.1", "Roll out refreshed Level 2 safeguarding training to all delivery staff and volunteers, with completion tracked monthly.",
                  "Director of Safeguarding", d(2025, 12, 31), AMBER,
                  "Completion 71% at 31 October; volunteer cohort lagging.",
                  ["Director of Safeguarding"], "2025-12", None, "amber"),
                 ("SR3.2", "Commission an independent audit of safeguarding case management in partner-delivered programmes.",
                  "Director of Safeguarding", d(2026, 2, 28), None,
                  "Tender to be issued December 2025.",
                  ["Director of Safeguarding"], "2026-02", None, "unrated"),
             ]),
            ("SR4 – Programme outcomes not evidenced to funders",
             "Inconsistent recording of outcomes across programmes means the Trust cannot demonstrate impact to funders and the Board.",
             "Director of Impact", 12,
             "Outcomes framework approved by Board; quarterly impact report.",
             9, "↓", [
                 ("SR4.1", "Implement the new outcomes framework in the CRM for all Team and Get Started programmes.",
                  "Director of Impact / Head of CRM", d(2026, 4, 30), GREEN,
                  "Team programme live; Get Started configuration in test.",
                  ["Director of Impact", "Head of CRM"], "2026-04", None, "green"),
             ]),
        ]),
        ("3. People, data and technology", [
            ("SR5 – Cyber attack or data breach disrupts operations",
             "A successful cyber attack or loss of personal data about young people disrupts services and leads to ICO enforcement and reputational damage.",
             "Chief Information Officer", 20,
             "Managed detection and response service; multi-factor authentication; annual penetration test.",
             15, "↑", [
                 ("SR5.1", "Achieve Cyber Essentials Plus recertification across all UK sites.",
                  "Chief Information Officer", d(2025, 11, 30), RED,
                  "Two legacy regional servers outstanding; recertification now expected January.",
                  ["Chief Information Officer"], "2025-11", None, "red"),
                 ("SR5.2", "Run a board-level cyber incident tabletop exercise.",
                  "Chief Information Officer", "Annually", GREEN,
                  "2025 exercise held with trustees on 9 October.",
                  ["Chief Information Officer"], None, "Annually", "green"),
             ]),
            ("SR6 – Difficulty recruiting and retaining frontline staff",
             "Pay below local markets and high workloads increase vacancy rates in delivery roles, reducing the number of young people supported.",
             "Chief People Officer", 16,
             "Exit interview analysis; wellbeing programme; flexible working policy.",
             12, "→", [
                 ("SR6.1", "Deliver the 2025 pay benchmarking review and implement agreed changes to delivery-role salary bands.",
                  "Chief People Officer", d(2026, 4, 1), GREEN,
                  "Benchmarking complete; proposals to Remuneration Committee in December.",
                  ["Chief People Officer"], "2026-04", None, "green"),
             ]),
        ]),
    ]
    actions = []
    r = 5
    for cat, risks in cats:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        c = ws.cell(r, 1, cat)
        c.font = Font(bold=True, size=12)
        c.fill = fill("D9D2E9")
        r += 1
        for risk, cause, owner, inh, ctrl, res, trend, acts in risks:
            start = r
            for (ref, text, lead, target, rag, comm, leads, end, end_text, status) in acts:
                ws.cell(r, 8, ref)
                ws.cell(r, 9, text)
                ws.cell(r, 10, lead)
                tc = ws.cell(r, 11, target)
                if isinstance(target, dt.datetime):
                    tc.number_format = "mmm-yy"
                pc = ws.cell(r, 12)
                if rag:
                    pc.fill = fill(rag)
                ws.cell(r, 13, comm)
                for j in range(1, 14):
                    ws.cell(r, j).alignment = WRAP
                    ws.cell(r, j).border = BOX
                actions.append(act(ref, [cat, risk], text, leads, end, status, end_text))
                r += 1
            vals = [risk, cause, owner, inh, ctrl, res, trend]
            for j, v in enumerate(vals, 1):
                ws.cell(start, j, v)
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=j, end_row=r - 1, end_column=j)
            for j, sc in ((4, inh), (6, res)):
                ws.cell(start, j).fill = fill(RED if sc >= 15 else AMBER if sc >= 9 else GREEN)
    ws.cell(r + 1, 1, "Trend: ↑ increasing, → stable, ↓ reducing since last quarter.").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": "Imitates a large UK youth charity's strategic risk register as taken to its trustees' audit and risk committee (layout after Charity Commission CC26 'Charities and risk management', https://www.gov.uk/government/publications/charities-and-risk-management-cc26, and the NCVO risk-register guidance). Copied features: cover sheet with document-control lines and a colour-only action progress key (including blue = complete and no fill = not started), a residual-risk heat-map summary sheet with totals, and a register sheet with category band rows merged across, risk cells merged down over several further actions, inherent/residual score cells filled by score (not action status), trend arrows, action refs SR1.1 etc., job-title owners (two posts split by '/'), Excel dates shown mmm-yy, a 'Q4 2025/26' and an 'Annually' target, and an action progress column with fill colour only.",
        "reads": "A charity's strategic risk register for 2025-26: a cover sheet with a colour key, a summary heat map, and a register of six risks in three categories, each risk carrying one or two further actions with owner, target date and a progress colour. Nine actions are read from the Register sheet; the colour in 'Action progress' is the status, the coloured score cells are risk ratings.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Cambridgeshire and Peterborough CA - lessons learned action plan (xlsx, read)
# ---------------------------------------------------------------------------
def cpca():
    name = "zxv-cambridgeshire-and-peterborough-ca-market-towns-programme-lessons-learned-action-plan.xlsx"
    title = "Market Towns Programme – Lessons Learned Review: Management Action Plan"
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Market Towns Programme lessons learned – summary of actions by RAG status (30 September 2025)"
    sm.append([])
    sm.append(["RAG status", "Number of actions"])
    for c in sm[4]:
        c.font = Font(bold=True)
    for lab, n, col in (("Blue – complete", 3, BLUE), ("Green – on track", 2, GREEN),
                        ("Amber – some slippage", 1, AMBER), ("Red – off track", 1, RED),
                        ("Not started", 1, None)):
        sm.append([lab, n])
        if col:
            sm.cell(sm.max_row, 1).fill = fill(col)
    sm.append(["Total", 8])
    sm.cell(sm.max_row, 1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Cambridgeshire and Peterborough Combined Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Review undertaken by internal audit – final report issued 12 March 2025. Progress position at 30 September 2025 for the Audit and Governance Committee."
    heads = ["Ref", "Recommendation / management action", "Lead officer", "Original target date",
             "Revised target date", "RAG", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([7, 60, 30, 13, 13, 9, 45], 1):
        ws.column_dimensions[chr(64 + j)].width = w

    TA = "Theme A: Programme governance and assurance"
    TB = "Theme B: Partnership working with district councils"
    R1 = "Recommendation 1 – The programme board should approve a single benefits realisation framework covering all eleven market towns."
    R2 = "Recommendation 2 – Change requests from delivery partners should be assessed against documented tolerances before funding is re-profiled."
    R3 = "Recommendation 3 – The respective roles of the Combined Authority and each district council should be set out in a grant funding agreement for every town."
    R4 = "Recommendation 4 – Lessons from the programme should inform the design of future place-based funds."
    plan = [
        ("theme", TA), ("rec", R1),
        ("1.1", "Draft a benefits realisation framework with town-level measures and baselines.",
         "Head of Place Programmes", d(2025, 6, 30), d(2025, 9, 30), "Blue",
         "Approved by the Programme Board on 16 September 2025.",
         ["Head of Place Programmes"], "2025-09", None, "blue"),
        ("1.2", "Report benefits realised to the Investment and Skills Committee every six months.",
         "Head of Place Programmes", "Six-monthly", None, "Green",
         "First report scheduled for the January 2026 committee.",
         ["Head of Place Programmes"], None, "Six-monthly", "green"),
        ("rec", R2),
        ("2.1", "Introduce a change control procedure with financial and time tolerances delegated to the programme manager.",
         "Programme Manager, Market Towns", d(2025, 5, 31), None, "Blue",
         "Procedure in use since June 2025.",
         ["Programme Manager, Market Towns"], "2025-05", None, "blue"),
        ("2.2", "Re-profile the 2025-26 grant schedule for St Neots, Whittlesey and March using the new tolerances.",
         "Programme Manager, Market Towns / Finance Business Partner", d(2025, 7, 31), d(2025, 12, 31), "Amber",
         "Whittlesey re-profile agreed; St Neots awaiting district council cabinet decision in November.",
         ["Programme Manager, Market Towns", "Finance Business Partner"], "2025-12", None, "amber"),
        ("theme", TB), ("rec", R3),
        ("3.1", "Issue a standard grant funding agreement template with schedules for monitoring and clawback.",
         "Monitoring Officer", d(2025, 4, 30), None, "Blue",
         "Template issued to all district councils 28 April 2025.",
         ["Monitoring Officer"], "2025-04", None, "blue"),
        ("3.2", "Obtain signed grant funding agreements from the district councils for all live projects.",
         "Head of Place Programmes", d(2025, 9, 30), d(2026, 1, 31), "Red",
         "Four of six agreements signed; two awaiting legal sign-off. Revised date not yet agreed with the councils.",
         ["Head of Place Programmes"], "2026-01", None, "red"),
        ("rec", R4),
        ("4.1", "Hold a joint lessons-learned workshop with district council officers and town boards.",
         "Director of Place and Connectivity", d(2025, 10, 31), None, "Green",
         "Workshop booked for 22 October 2025.",
         ["Director of Place and Connectivity"], "2025-10", None, "green"),
        ("4.2", "Incorporate the lessons into the refresh of the Combined Authority's assurance framework.",
         "Head of Assurance; Director of Place and Connectivity", "Q4 2025/26", None, None,
         "Not yet started – dependent on the assurance framework review timetable.",
         ["Head of Assurance", "Director of Place and Connectivity"], "2026-03", None, "unrated"),
    ]
    actions = []
    r = 6
    theme = rec = None
    for item in plan:
        if item[0] in ("theme", "rec"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, item[1])
            c.alignment = WRAP
            if item[0] == "theme":
                theme = item[1]
                c.font = Font(bold=True, size=12, color="FFFFFF")
                c.fill = fill("2E75B6")
            else:
                rec = item[1]
                c.font = Font(bold=True, italic=True)
                c.fill = fill("DDEBF7")
                ws.row_dimensions[r].height = 30
            r += 1
            continue
        ref, text, lead, orig, rev, rag, upd, leads, end, end_text, status = item
        vals = [ref, text, lead, orig, rev, rag, upd]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(r, 6).fill = fill({"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[rag])
        actions.append(act(ref, [theme, rec], text, leads, end, status, end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Note: revised target dates were agreed by the Audit and Governance Committee on 25 July 2025. Completed actions will be removed once reported to the Committee.").font = Font(italic=True)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": "Imitates a combined authority's lessons-learned management action plan reported to its audit and governance committee (the kind Cambridgeshire and Peterborough CA publishes in committee papers for internal-audit and programme reviews; layout after PRINCE2/IPA lessons-report action tables such as https://projectperfect.com.au/package/activities/12-project-closure/identify-and-allocate-actions-from-the-pir.htm). Copied features: a summary sheet first with counts by RAG and a total, then an action-plan sheet with title block, theme band rows and recommendation rows each merged across the whole table, numbered actions beneath, original and revised target date columns (dd/mm/yyyy), a RAG word column also coloured, a 'Six-monthly' and a 'Q4 2025/26' target, a post with a comma in it ('Programme Manager, Market Towns'), two leads split by '/' and by ';', and a note line under the table.",
        "reads": "A combined authority's action plan answering four recommendations of a lessons-learned review of its Market Towns Programme, grouped under two themes. Eight numbered actions each have a lead officer, original and sometimes revised target date, a RAG word and a progress update; the revised date is the end where given.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Dartmoor NPA - ICO data protection audit action plan (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def dartmoor():
    name = "zxv-dartmoor-npa-ico-data-protection-audit-action-plan-typo-month-refuse.xlsx"
    title = "ICO Data Protection Audit – Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "ICO action plan"
    ws["A1"] = "Dartmoor National Park Authority"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Consensual audit fieldwork June 2025; final report 29 August 2025 (overall assurance: limited). Progress update for the Audit and Governance Committee, 5 December 2025."
    heads = ["Rec ref", "ICO recommendation", "Priority", "Management response / agreed action",
             "Action owner", "Target date", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385723")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([8, 50, 10, 55, 30, 15, 12], 1):
        ws.column_dimensions[chr(64 + j)].width = w
    rows = [
        ("band", "Governance and accountability"),
        ("A1", "Formally designate a Data Protection Officer with a direct reporting line to the Leadership Team.", "High",
         "DPO role assigned to the Head of Legal and Democratic Services; reporting line confirmed in the Leadership Team terms of reference.",
         "Chief Executive (National Park Officer)", "October 2025", "Complete"),
        ("A4", "Create and maintain a record of processing activities covering all departments.", "High",
         "Information asset owners to complete ROPA template for each service; DPO to consolidate and publish internally.",
         "Head of Legal and Democratic Services", "January 2026", "On track"),
        ("band", "Records management"),
        ("B2", "Approve and publish a corporate retention schedule aligned to the LGA model.", "Medium",
         "Draft retention schedule to be reviewed by each service and approved by the Leadership Team.",
         "Information Governance Officer", "March 2026", "On track"),
        ("B5", "Implement regular destruction of paper planning files held beyond their retention period at Parke.", "Medium",
         "Annual weeding exercise with certificates of destruction from the confidential waste contractor.",
         "Head of Planning / Business Support Manager", "Feburary 2026", "Not started"),
        ("band", "Information security"),
        ("C3", "Ensure that mobile devices used by rangers are encrypted and can be wiped remotely.", "Urgent",
         "Enrol all ranger handsets in mobile device management and enforce encryption policy.",
         "ICT Manager", "December 2025", "On track"),
        ("band", "Training and awareness"),
        ("D1", "Make data protection training mandatory for all staff and volunteers with access to personal data.", "High",
         "Mandatory e-learning added to induction and annual refresher; completion reported quarterly.",
         "HR Manager", "November 2025", "Complete"),
        ("D2", "Provide targeted training for staff handling subject access requests.", "Low",
         "DPO to deliver SAR workshop for customer-facing teams.",
         "Information Governance Officer", "Annually", "On track"),
    ]
    r = 6
    refuse_at = None
    n = 0
    for row in rows:
        if row[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            st = row[6]
            ws.cell(r, 7).fill = fill(BLUE if st == "Complete" else GREEN if st == "On track" else "FFFFFF")
            if row[5] == "Feburary 2026":
                refuse_at = r
            n += 1
        r += 1
    r += 1
    ws.cell(r, 1, "Priority ratings are those given by the ICO in the audit report: Urgent, High, Medium, Low.").font = Font(italic=True)
    wb.save(os.path.join(HERE, name))

    exp = {
        "source": "Imitates a national park authority's action plan answering an ICO consensual data protection audit, as taken to its audit committee (ICO audit report structure after https://docplayer.net/amp/17555909-West-dunbartonshire-council-follow-up-data-protection-audit-report.html and the Leeds ICO audit action plan update, https://democracy.leeds.gov.uk/mgAi.aspx?ID=97923). Copied features: title block with audit dates and assurance level, scope-area band rows merged across, ICO recommendation refs (A1, B5 ...), ICO priority ratings, management response as the action, job-title owners, month-name target dates, status words with coloured cells and a note line on priorities.",
        "reads": "A national park authority's ICO audit action plan with seven recommendations in four scope areas, each with the agreed action, owner, target month and status. The target date for B5 reads 'Feburary 2026', a mistyped month, so a careful reader stops and asks before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    }
    write_expected(name, exp)
    return name, n


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


def bold_row(row, hex_="D9D9D9"):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 4. Lioncare - children's home post-inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def lioncare():
    name = "zxv-lioncare-oak-lodge-childrens-home-ofsted-inspection-action-plan.docx"
    title = "Oak Lodge – Post-Inspection Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Lioncare Group")
    p.runs[0].bold = True
    doc.add_heading(title, level=1)
    doc.add_paragraph("Ofsted full inspection of Oak Lodge children's home, 11 and 12 February 2025. "
                      "Overall experiences and progress of children and young people: requires improvement to be good.")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in (("Version", "1.4"), ("Prepared by", "Registered Manager"),
                 ("Approved by", "Responsible Individual"), ("Last updated", "2 September 2025"),
                 ("Review", "Monthly at the home's governance meeting")):
        cells = dc.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "F2F2F2")
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Red – overdue; Amber – in progress; Green – completed and evidenced.")

    S1 = "How well children and young people are helped and protected"
    S2 = "The effectiveness of leaders and managers"
    Q1 = ("The registered person must ensure that staff have the skills to identify and act upon signs that a child is at risk of harm, "
          "including from criminal exploitation. (Regulation 12 (1) (2)(a)(iii))")
    Q2 = ("The registered person must ensure that within 24 hours of the use of a measure of control, discipline or restraint, "
          "a record is made that includes a description of the measure and its duration. (Regulation 35 (3)(a))")
    Q3 = ("The registered person must ensure that all employees receive practice-related supervision by a person with appropriate "
          "experience, at least every six weeks. (Regulation 33 (4)(b))")
    Q4 = ("The registered person should ensure that the statement of purpose is kept under review and accurately describes the "
          "needs of the children the home can care for. ('Guide to the Children's Homes Regulations, including the quality standards', "
          "page 54, paragraph 11.3)")
    sections = [
        (S1, [
            (Q1, [
                ("1.1", "All staff to complete the Pan-Sussex child exploitation training and the home's missing-from-care refresher.",
                 "Registered Manager", "30/04/2025", "Green", ["Registered Manager"], "2025-04", None, "blue"),
                ("1.2", "Exploitation risk assessments for each young person to be reviewed with the placing authority social worker and updated after every missing episode.",
                 "Deputy Manager / Key workers", "Ongoing", "Amber", ["Deputy Manager", "Key workers"], None, "Ongoing", "amber"),
            ]),
            (Q2, [
                ("1.3", "Introduce a restraint record checklist with manager sign-off within 24 hours of every physical intervention.",
                 "Registered Manager", "March 2025", "Green", ["Registered Manager"], "2025-03", None, "blue"),
                ("1.4", "Responsible Individual to audit all restraint records and report themes to the Lioncare quality and safeguarding group.",
                 "Responsible Individual", "Monthly", "Amber", ["Responsible Individual"], None, "Monthly", "amber"),
            ]),
        ]),
        (S2, [
            (Q3, [
                ("2.1", "Set up a supervision matrix for the staff team, monitored weekly by the Registered Manager.",
                 "Registered Manager", "31/03/2025", "Green", ["Registered Manager"], "2025-03", None, "blue"),
                ("2.2", "Enrol the two staff without the Level 3 Diploma in Residential Childcare and agree protected study time.",
                 "HR Business Partner & Registered Manager", "31/08/2025", "Red",
                 ["HR Business Partner", "Registered Manager"], "2025-08", None, "red"),
            ]),
            (Q4, [
                ("2.3", "Review and reissue the statement of purpose and send the updated copy to Ofsted.",
                 "Registered Manager", "30/06/2025", "Green", ["Registered Manager"], "2025-06", None, "blue"),
            ]),
        ]),
    ]
    colours = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    actions = []
    for sec, reqs in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Requirement / recommendation", "Action", "Lead", "Timescale", "RAG"]):
            c.text = h
        bold_row(t.rows[0])
        for req, acts in reqs:
            first = len(t.rows)
            for (ref, text, lead, when, rag, leads, end, end_text, status) in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[2].text = text
                cells[3].text = lead
                cells[4].text = when
                cells[5].text = rag
                shade(cells[5], colours[rag])
                actions.append(act(ref, [sec, req], text, leads, end, status, end_text))
            last = len(t.rows) - 1
            m = t.cell(first, 1)
            if last > first:
                m = m.merge(t.cell(last, 1))
            m.text = req
    doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed at the monthly governance meeting and shared with the Regulation 44 independent person.")
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for c, h in zip(so.rows[0].cells, ["Role", "Name", "Date"]):
        c.text = h
    so.cell(1, 0).text = "Registered Manager"
    so.cell(1, 2).text = "02/09/2025"
    so.cell(2, 0).text = "Responsible Individual"
    so.cell(2, 2).text = "03/09/2025"
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": "Imitates an independent provider's post-inspection action plan for one of its children's homes after an Ofsted full inspection under the SCCIF (requirements and recommendations as Ofsted words them, https://www.gov.uk/guidance/social-care-common-inspection-framework-sccif-secure-childrens-homes/14-making-requirements-and-recommendations). Copied features: provider name and home title, inspection summary line, document-control table, a RAG key sentence in which Green means completed (no blue), one table per SCCIF judgement area under a heading, requirement text with its regulation (and one recommendation citing the Guide) merged down over its actions, numbered actions, posts as leads (two joined by '/' or '&'), timescales as dates, a month, 'Ongoing' and 'Monthly', RAG words in shaded cells, and a sign-off table.",
        "reads": "A children's home's action plan answering three Ofsted requirements and one recommendation, set out in two tables for two judgement areas. Seven numbered actions each have a lead, a timescale and a RAG word; by the plan's own key Green means completed and evidenced, so those actions are complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Ministry of Justice / HMPPS - releases in error lessons learned (docx, read)
# ---------------------------------------------------------------------------
def moj():
    name = "zxv-ministry-of-justice-hmpps-releases-in-error-lessons-learned-action-plan.docx"
    title = "Releases in Error Lessons Learned Review – Action Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("OFFICIAL")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ministry of Justice and HM Prison and Probation Service")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in (("Version", "2.0"), ("Senior responsible owner", "Director General, Operations"),
                 ("Date", "October 2025"), ("Status", "Final – for HMPPS Executive Committee"),
                 ("Classification", "OFFICIAL")):
        cells = dc.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("This plan sets out the actions agreed in response to the lessons learned review of releases in error "
                      "from prisons in England and Wales. Each recommendation of the review is shown with the actions that answer it.")
    doc.add_heading("Status key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    kcol = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}
    for k, v in (("Complete", "Action delivered and evidence provided"), ("On track", "Expected to be delivered by the due date"),
                 ("At risk", "Delivery by the due date is at risk (amber)"), ("Off track", "Due date will be missed (red)")):
        cells = key.add_row().cells
        cells[0].text = k
        shade(cells[0], kcol[k])
        cells[1].text = v

    T1 = "Theme 1: Sentence calculation"
    T2 = "Theme 2: Assurance and oversight"
    R1 = "Recommendation 1: Introduce a second-person check for all sentence calculations involving consecutive or concurrent sentences."
    R2 = "Recommendation 2: Reduce reliance on manual transcription of court results into prison systems."
    R3 = "Recommendation 3: Establish monthly assurance of releases in error data at prison group level."
    R4 = "Recommendation 4: Learn from every release in error through a structured local review."
    plan = [
        (T1, [
            (R1, [
                ("Issue an amendment to the Sentence Calculation Policy Framework mandating a second check by a trained officer before release.",
                 "Deputy Director, Sentence Management Policy", "September 2025", "Complete",
                 ["Deputy Director, Sentence Management Policy"], "2025-09", None, "blue"),
                ("Update the sentence calculation e-learning and require completion by all custody administration staff.",
                 "Head of HMPPS Learning and Development", "31 December 2025", "On track",
                 ["Head of HMPPS Learning and Development"], "2025-12", None, "green"),
            ]),
            (R2, [
                ("Pilot an automated feed of court results into prison records in two reception prisons.",
                 "MoJ Chief Digital and Information Officer / HMPPS Director of Digital", "Q4 2025/26", "At risk",
                 ["MoJ Chief Digital and Information Officer", "HMPPS Director of Digital"], "2026-03", None, "amber"),
                ("Evaluate the pilot and present a business case for national rollout to the HMPPS Executive Committee.",
                 "HMPPS Director of Digital", "June 2026", "",
                 ["HMPPS Director of Digital"], "2026-06", None, "unrated"),
            ]),
        ]),
        (T2, [
            (R3, [
                ("Publish a monthly releases in error dashboard to Prison Group Directors.",
                 "Head of Performance Analysis", "Monthly", "On track",
                 ["Head of Performance Analysis"], None, "Monthly", "green"),
                ("Include releases in error as a standing item in quarterly prison performance reviews.",
                 "Prison Group Directors", "Ongoing", "On track",
                 ["Prison Group Directors"], None, "Ongoing", "green"),
            ]),
            (R4, [
                ("Introduce a local learning review template, to be completed within 10 working days of each release in error, and a central log of findings.",
                 "Deputy Director, Sentence Management Policy", "30 November 2025", "Off track",
                 ["Deputy Director, Sentence Management Policy"], "2025-11", None, "red"),
            ]),
        ]),
    ]
    actions = []
    for theme, recs in plan:
        doc.add_heading(theme, level=1)
        for rec, acts in recs:
            rp = doc.add_paragraph()
            rp.add_run(rec).bold = True
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Action", "Owner", "Due", "Status"]):
                c.text = h
            bold_row(t.rows[0], "DEE6EF")
            for (text, owner, due, st, leads, end, end_text, status) in acts:
                cells = t.add_row().cells
                cells[0].text = text
                cells[1].text = owner
                cells[2].text = due
                cells[3].text = st
                if st:
                    shade(cells[3], kcol[st])
                actions.append(act(None, [theme, rec], text, leads, end, status, end_text))
            doc.add_paragraph()
    doc.add_heading("Annex A: Glossary", level=1)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for k, v in (("HMPPS", "His Majesty's Prison and Probation Service"), ("PGD", "Prison Group Director"),
                 ("SRO", "Senior responsible owner")):
        cells = g.add_row().cells
        cells[0].text = k
        cells[1].text = v
    doc.save(os.path.join(HERE, name))

    exp = {
        "source": "Imitates a central government department's lessons-learned action plan (Ministry of Justice / HMPPS response to a review of releases in error), in the style of departmental responses to reviews and IPA assurance reports (report structure after the IPA review template, https://docest.com/doc/18784/starting-gate-report). Copied features: OFFICIAL marking, title and document-control table with SRO, introduction, a status key table mapping Complete / On track / At risk / Off track to colours, theme headings, each recommendation as a bold paragraph above its own small table of actions with no refs, job-title owners (two joined by '/'), due dates as a month, a full date, 'Q4 2025/26', 'Monthly' and 'Ongoing', one blank status, and a glossary annex table.",
        "reads": "A departmental action plan answering four recommendations of a lessons-learned review of releases in error, under two themes. Seven unnumbered actions sit in one table per recommendation, each with an owner, a due date and a status word the key ties to blue, green, amber or red.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Petersfield Town Council - action log (csv, read)
# ---------------------------------------------------------------------------
def petersfield():
    name = "zxv-petersfield-town-council-action-log-2025-26.csv"
    title = "Petersfield Town Council – Action Log 2025-26"
    M1 = "Full Council – 19 May 2025 (Annual Meeting)"
    M2 = "Planning and Licensing Committee – 9 June 2025"
    M3 = "Full Council – 21 July 2025"
    M4 = "Full Council – 22 September 2025"
    rows = [
        [title, "", "", "", "", "", ""],
        ["Updated 3 November 2025 for Full Council on 24 November 2025", "", "", "", "", "", ""],
        ["RAG: R = overdue; A = in progress, at risk; G = in progress, on track; B = complete", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Action No.", "Minute", "Action", "Responsible", "Deadline", "RAG", "Update"],
    ]
    plan = [
        ("meeting", M1),
        ("AL25/01", "FC25/012", "Obtain three quotations for replacement bench seating at Heath Pond and report to Amenities Committee.",
         "Amenities Manager", "31/07/2025", "B", "Quotes reported 14 July; order placed.",
         ["Amenities Manager"], "2025-07", None, "blue"),
        ("AL25/02", "FC25/015", "Write to Hampshire County Council Highways requesting a review of the Dragon Street crossing.",
         "Town Clerk", "June 2025", "B", "Letter sent 2 June; HCC response awaited.",
         ["Town Clerk"], "2025-06", None, "blue"),
        ("AL25/03", "FC25/019", "Update the Financial Regulations to reflect the NALC model and bring to Full Council for adoption.",
         "Responsible Financial Officer", "September 2025", "R", "Draft delayed; now scheduled for 24 November meeting.",
         ["Responsible Financial Officer"], "2025-09", None, "red"),
        ("meeting", M2),
        ("AL25/04", "PL25/031", "Submit the Council's response to the district council's draft Local Plan consultation.",
         "Cllr Jenkins / Deputy Clerk", "30/06/2025", "B", "Response submitted 27 June.",
         ["Cllr Jenkins", "Deputy Clerk"], "2025-06", None, "blue"),
        ("AL25/05", "PL25/034", "Request a meeting with South Downs National Park Authority planning officers on the Causeway Farm application.",
         "Chair of Planning & Town Clerk", "TBC", "A", "Two dates offered by SDNPA; awaiting confirmation.",
         ["Chair of Planning", "Town Clerk"], None, "TBC", "amber"),
        ("meeting", M3),
        ("AL25/06", "FC25/058", "Arrange quotations for the Christmas lights installation contract 2025-2027.",
         "Events Officer", "Aug-25", "B", "Contract awarded at August Amenities Committee.",
         ["Events Officer"], "2025-08", None, "blue"),
        ("AL25/07", "FC25/061", "Commission a condition survey of the Town Hall roof and clock tower.",
         "Town Clerk", "30/11/2025", "G", "Surveyor appointed; site visit 12 November.",
         ["Town Clerk"], "2025-11", None, "green"),
        ("meeting", M4),
        ("AL25/08", "FC25/083", "Prepare draft 2026-27 budget and precept options for the Finance and Governance Committee.",
         "Responsible Financial Officer", "w/c 05/01/26", "G", "Service budgets returned; first draft with Chair of Finance.",
         ["Responsible Financial Officer"], "2026-01", None, "green"),
        ("AL25/09", "FC25/086", "Publish the Council's summary of the Neighbourhood Plan review survey on the website and in the Post.",
         "Deputy Clerk", "Next meeting", "", "Awaiting working group summary.",
         ["Deputy Clerk"], None, "Next meeting", "unrated"),
    ]
    actions = []
    meeting = None
    for item in plan:
        if item[0] == "meeting":
            meeting = item[1]
            rows.append([meeting, "", "", "", "", "", ""])
            continue
        no, minute, text, resp, dl, rag, upd, leads, end, end_text, status = item
        rows.append([no, minute, text, resp, dl, rag, upd])
        actions.append(act(no, [meeting], text, leads, end, status, end_text))
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Summary: 9 actions – 4 complete, 2 on track, 1 at risk, 1 overdue, 1 not rated", "", "", "", "", "", ""])
    rows.append(["Completed actions are removed from the log once reported to the next meeting of Full Council.", "", "", "", "", "", ""])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    exp = {
        "source": "Imitates a town council's rolling action log as published with full council papers (parish action logs such as https://www.aldworth-pc.gov.uk/action-log; town clerk outstanding-actions reports), saved from Excel as CSV. Copied features: title and 'updated' lines, a RAG key line with letters (B = complete), a header row, meeting heading rows grouping the actions (meeting name and date), action numbers AL25/nn with minute references, posts and a councillor as responsible (two joined by '/' or '&'), deadlines as dd/mm/yyyy, a month name, 'Aug-25', 'w/c 05/01/26', 'TBC' and 'Next meeting', one blank RAG, and a summary line and note at the foot.",
        "reads": "A town council's action log for 2025-26: nine numbered actions from four meetings, each grouped under its meeting heading, with the minute, the person responsible, a deadline, a RAG letter and an update. The summary line and notes are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Close Brothers Motor Finance - FCA remediation tracker (tab-separated txt, read)
# ---------------------------------------------------------------------------
def close_brothers():
    name = "zxv-close-brothers-motor-finance-fca-complaints-redress-remediation-tracker.txt"
    title = "Close Brothers Motor Finance – Regulatory Remediation Tracker"
    W1 = "WS1 Complaints handling"
    W2 = "WS2 Data and redress calculation"
    W3 = "WS3 Governance and oversight"
    F11 = "Final response letters for commission complaints did not explain the complaint-handling pause clearly."
    F12 = "Complaint volumes were not reconciled between the CRM and the regulatory complaints return."
    F21 = "Historic agreement data for 2007–2014 is held in an archived system that cannot readily be searched."
    F22 = "The redress calculation methodology has not been independently tested."
    F31 = "Board MI on the programme lacked forward-looking risk indicators."
    F32 = "Accountability for the programme under SM&CR was not recorded in the relevant Statement of Responsibilities."
    recs = [
        (W1, "F1.1", F11, "A1.1.1", "Redraft the pause and final response letter templates and obtain Compliance sign-off.",
         "Hughes, Rebecca", "31/07/2025", "", "G", "B", "Templates live from 28 July 2025.",
         ["Hughes, Rebecca"], "2025-07", None, "blue"),
        (W1, "F1.1", F11, "A1.1.2", "Quality-check a sample of 200 letters issued since January 2024 and re-issue where the wording was unclear.",
         "Hughes, Rebecca; Osei, Daniel", "30/09/2025", "31/12/2025", "A", "A", "Sample complete; 37 re-issues in progress.",
         ["Hughes, Rebecca", "Osei, Daniel"], "2025-12", None, "amber"),
        (W1, "F1.2", F12, "A1.2.1", "Build a monthly reconciliation between the CRM and complaints MI with variance sign-off by the Head of Complaints.",
         "Osei, Daniel", "31/10/2025", "", "G", "G", "First two reconciliations complete; variance within tolerance.",
         ["Osei, Daniel"], "2025-10", None, "green"),
        (W2, "F2.1", F21, "A2.1.1", "Complete migration of archived agreement data into the remediation data platform.",
         "Chief Data Officer", "30/09/2025", "31/03/2026", "A", "R", "Vendor delay; revised plan to Executive Risk Committee 4 December.",
         ["Chief Data Officer"], "2026-03", None, "red"),
        (W2, "F2.2", F22, "A2.2.1", "Commission independent testing of the redress calculator against the FCA's proposed methodology.",
         "Head of Remediation Analytics", "31/01/2026", "", "G", "G", "Testing firm appointed; fieldwork starts 1 December.",
         ["Head of Remediation Analytics"], "2026-01", None, "green"),
        (W2, "F2.2", F22, "A2.2.2", "Document model governance for the redress calculator under the Group model risk policy.",
         "Head of Remediation Analytics / Group Head of Model Risk", "28/02/2026", "", "", "", "Not started – follows A2.2.1.",
         ["Head of Remediation Analytics", "Group Head of Model Risk"], "2026-02", None, "unrated"),
        (W3, "F3.1", F31, "A3.1.1", "Add leading indicators (backlog age, letter quality, data readiness) to the monthly Board pack.",
         "Programme Director", "31/08/2025", "", "B", "B", "Included from the September Board pack.",
         ["Programme Director"], "2025-08", None, "blue"),
        (W3, "F3.2", F32, "A3.2.1", "Update the Statement of Responsibilities and the Management Responsibilities Map for the accountable SMF.",
         "Company Secretary", "30/11/2025", "", "G", "G", "Drafts with Legal for review.",
         ["Company Secretary"], "2025-11", None, "green"),
    ]
    lines = [
        title,
        "Programme: FCA motor finance complaints and redress readiness",
        "Exported from GRC platform 17/11/2025 08:42\tFilter: Regulator = FCA; Status <> Closed-verified",
        "RAG: R = off track, A = at risk, G = on track, B = complete (awaiting verification)",
        "",
        "\t".join(["Workstream", "Finding ref", "Finding", "Action ref", "Action", "Action owner",
                   "Original due", "Revised due", "Previous RAG", "Current RAG", "Latest update"]),
    ]
    actions = []
    for (ws_, fref, ftext, aref, text, owner, orig, rev, prev, cur, upd, leads, end, end_text, status) in recs:
        lines.append("\t".join([ws_, fref, ftext, aref, text, owner, orig, rev, prev, cur, upd]))
        actions.append(act(aref, [ws_, ftext], text, leads, end, status, end_text))
    lines.append("")
    lines.append(f"{len(recs)} records")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    exp = {
        "source": "Imitates a regulated lender's remediation tracker for an FCA-driven programme (motor finance complaints handling and redress readiness), exported as tab-separated text from a governance, risk and compliance tool (s166 / supervisory remediation practice as described at https://www.fdcapital.co.uk/?p=34352). Copied features: title, programme and export/filter lines, a RAG key line, one flat row per action repeating its workstream and finding, action refs A1.1.1 etc., owners written surname-first ('Hughes, Rebecca') with two split by ';' and two posts by '/', original and revised due dates, previous and current RAG letters, a row with no RAG, and a record count footer.",
        "reads": "A firm's tracker of eight remediation actions against six findings in three workstreams, each with owner, original and revised due date, previous and current RAG and an update. The end is the revised due date where given and the status is the current RAG.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (kings_trust, cpca, dartmoor, lioncare, moj, petersfield, close_brothers):
        print(*fn())
