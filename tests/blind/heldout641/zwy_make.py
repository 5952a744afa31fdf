"""Build the seven zwy- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zwy_make.py from any directory; files are
written beside this script.  Only files starting zwy- are written.
"""
import csv
import datetime as dt
import io
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

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def path(name):
    assert name.startswith("zwy-")
    return os.path.join(HERE, name)


def write_expected(name, doc):
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100000)
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Dorset Council - SWAP internal audit agreed actions tracker (xlsx)
# ---------------------------------------------------------------------------
def dorset():
    name = "zwy-dorset-council-swap-internal-audit-agreed-actions-tracker.xlsx"
    title = "Dorset Council – Internal Audit Follow-up of Agreed Actions"
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position as at 31 October 2025"
    s["A3"] = ("Prepared by SWAP Internal Audit Services for the Audit and Governance "
               "Committee, 24 November 2025")
    s["A3"].font = Font(italic=True)
    hdr = ["Priority", "Blue", "Green", "Amber", "Red", "Not rated", "Total"]
    for i, h in enumerate(hdr, 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, colour in zip(range(2, 6), (BLUE, GREEN, AMBER, RED)):
        s.cell(row=5, column=i).fill = fill(colour)
    rows = [("Priority 1", 0, 0, 0, 1, 0, 1),
            ("Priority 2", 2, 2, 2, 0, 0, 6),
            ("Priority 3", 0, 2, 0, 0, 1, 3),
            ("Total", 2, 4, 2, 1, 1, 10)]
    for r, row in enumerate(rows, 6):
        for i, v in enumerate(row, 1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A12"] = "RAG key"
    s["A12"].font = Font(bold=True)
    key = [(BLUE, "Blue", "Implemented – evidence seen by SWAP"),
           (GREEN, "Green", "Not yet due, or on track to meet the target date"),
           (AMBER, "Amber", "Revised target date agreed with SWAP"),
           (RED, "Red", "Overdue – no revised date agreed")]
    for r, (colour, word, meaning) in enumerate(key, 13):
        s.cell(row=r, column=1, value=word).fill = fill(colour)
        s.cell(row=r, column=2, value=meaning)
    s["A18"] = "Priority definitions"
    s["A18"].font = Font(bold=True)
    s["A19"] = ("Priority 1 – Findings that are fundamental to the integrity of the service's "
                "business processes and require the immediate attention of management.")
    s["A20"] = "Priority 2 – Important findings that need to be resolved by management."
    s["A21"] = "Priority 3 – Finding that requires attention."
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 14

    t = wb.create_sheet("Agreed Actions")
    t["A1"] = "Agreed actions by audit – position as at 31 October 2025"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:H1")
    t["A2"] = ("Audits with Limited or No assurance, and all Priority 1 and 2 actions, are "
               "reported to the Audit and Governance Committee.")
    t["A2"].font = Font(italic=True)
    t.merge_cells("A2:H2")
    heads = ["Ref", "Priority", "Agreed Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "RAG",
             "SWAP Follow-up Comment (Oct 2025)"]
    for i, h in enumerate(heads, 1):
        c = t.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    colour_of = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    audits = [
        ("Fleet Management – Vehicle Utilisation (final report May 2025) – Limited Assurance", [
            ("1.1", 2, "A fleet utilisation report will be produced monthly from the telematics "
             "system and reviewed by service managers, with under-used vehicles identified for "
             "redeployment or disposal.", "Fleet Manager", d(2025, 7, 31), None, "Blue",
             "Monthly report in place since July; first disposals agreed at Fleet Board on 4 September.",
             ["Fleet Manager"], "2025-07", "blue"),
            ("1.2", 2, "The Vehicle Replacement Programme will be refreshed and aligned to the "
             "capital programme for 2026/27.", "Fleet Manager / Head of Strategic Finance",
             d(2025, 9, 30), d(2026, 1, 31), "Amber",
             "Draft programme prepared; awaiting capital budget setting.",
             ["Fleet Manager", "Head of Strategic Finance"], "2026-01", "amber"),
            ("2.1", 3, "Pool car booking guidance will be updated and re-issued to all staff via "
             "the intranet.", "Service Manager – Fleet Services", d(2025, 12, 31), None, "Green",
             "Guidance being redrafted with HR.",
             ["Service Manager – Fleet Services"], "2025-12", "green"),
        ]),
        ("Climate and Ecology Strategy – Governance and Monitoring (final report March 2025) – Reasonable Assurance", [
            ("1.1", 2, "A single action tracker for the Climate and Ecology Strategy will be "
             "maintained, with each action assigned an owner, milestone and funding source.",
             "Climate and Ecology Programme Manager", d(2025, 6, 30), d(2025, 11, 30), "Amber",
             "Tracker built in Power BI; owners for 12 actions still to be confirmed.",
             ["Climate and Ecology Programme Manager"], "2025-11", "amber"),
            ("1.2", 2, "Progress on the Strategy will be reported to the Place and Resources "
             "Overview Committee every six months.", "Climate and Ecology Programme Manager",
             d(2025, 9, 30), None, "Blue",
             "First six-monthly report considered on 11 September 2025.",
             ["Climate and Ecology Programme Manager"], "2025-09", "blue"),
        ]),
        ("Payroll – Starters, Leavers and Variations (final report July 2025) – Limited Assurance", [
            ("1.1", 1, "Leavers will be processed from a report of HR system terminations run "
             "each pay period, and any overpayment raised as a debt within five working days.",
             "Head of HR Operations\nPayroll Manager", d(2025, 8, 31), None, "Red",
             "No evidence yet that the termination report is being used; follow-up testing booked for December.",
             ["Head of HR Operations", "Payroll Manager"], "2025-08", "red"),
            ("1.2", 2, "Variations to pay over £500 will be independently checked by a second "
             "officer before the payroll is finalised.", "Payroll Manager", d(2025, 10, 31), None,
             "Green", "Checking log introduced for the October payroll; SWAP to test in November.",
             ["Payroll Manager"], "2025-10", "green"),
            ("2.1", 2, "Payroll system access will be reviewed quarterly, and officers leaving the "
             "Payroll team removed on their last working day.", "Payroll Manager; ICT Security Lead",
             d(2025, 11, 30), None, "Green", "First quarterly review scheduled for November.",
             ["Payroll Manager", "ICT Security Lead"], "2025-11", "green"),
        ]),
        ("Information Governance – Records Retention (final report September 2025) – Reasonable Assurance", [
            ("1.1", 3, "The corporate Retention Schedule will be reviewed and published on the "
             "intranet, with each service confirming its entries.", "Information Governance Manager",
             d(2026, 3, 31), None, "Green", "Services asked to confirm entries by January.",
             ["Information Governance Manager"], "2026-03", "green"),
            ("1.2", 3, "Services will complete an annual retention self-assessment, starting with "
             "Adult Social Care and Housing.", "Information Governance Manager", d(2026, 6, 30),
             None, None, "Not yet started.",
             ["Information Governance Manager"], "2026-06", "unrated"),
        ]),
    ]
    expected = []
    r = 5
    for heading, items in audits:
        c = t.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (ref, pri, text, lead, orig, rev, rag, comment, e_lead, e_end, e_status) in items:
            vals = [ref, pri, text, lead, orig, rev, rag, comment]
            for i, v in enumerate(vals, 1):
                c = t.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                t.cell(row=r, column=7).fill = fill(colour_of[rag])
            expected.append(act(ref, [heading], text, e_lead, e_end, e_status))
            r += 1
    for col, w in zip("ABCDEFGH", (6, 9, 60, 30, 13, 13, 8, 50)):
        t.column_dimensions[col].width = w
    t.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates the follow-up of agreed internal audit actions that SWAP Internal Audit "
                   "Services reports to Dorset Council's Audit and Governance Committee (Report of "
                   "Internal Audit Activity progress reports, moderngov.dorsetcouncil.gov.uk, "
                   "committee 156). Copies SWAP's Priority 1/2/3 definitions, a summary sheet of "
                   "counts by priority and RAG with a totals row and RAG key, and a detail sheet with "
                   "one merged row per audit (title, report date, assurance opinion) over its "
                   "numbered agreed actions, original and revised target dates, fill-coloured RAG "
                   "word and follow-up comment."),
        "reads": ("Two sheets: a summary of 10 agreed actions by priority and RAG, and the detail "
                  "sheet where four audits are headings, each over two or three agreed actions "
                  "numbered 1.1, 1.2, 2.1 that restart per audit. Where a revised target date is "
                  "given it replaces the original; one action has no RAG yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. Hyndburn BC - Corporate Strategy annual delivery plan, Q2 (xlsx)
# ---------------------------------------------------------------------------
def hyndburn():
    name = "zwy-hyndburn-bc-corporate-strategy-annual-delivery-plan-2025-26-q2.xlsx"
    title = "Hyndburn Borough Council – Corporate Strategy 2023–2028: Annual Delivery Plan 2025/26"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quarter 2 Progress Report (July – September 2025)"
    cv["A2"].font = Font(size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", d(2025, 10, 10), "Policy Manager", "Draft for Senior Management Team"),
          ("1.0", d(2025, 10, 21), "Policy Manager",
           "Final for Resources Overview and Scrutiny Committee")]
    for r, row in enumerate(dc, 5):
        for i, v in enumerate(row, 1):
            c = cv.cell(row=r, column=i, value=v)
            c.border = BOX
            if r == 5:
                c.font = Font(bold=True)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A9"] = ("The Corporate Strategy priorities are Sustainable Growth, Environment & Climate "
                "Change, and Community & Collaborative Working.")
    for col, w in zip("ABCD", (12, 12, 18, 55)):
        cv.column_dimensions[col].width = w

    s = wb.create_sheet("Delivery Plan")
    s["A1"] = "Annual Delivery Plan 2025/26 – Q2 Progress"
    s["A1"].font = Font(bold=True, size=13)
    s.merge_cells("A1:H1")
    heads = ["Ref", "Action", "Lead Officer", "Cabinet Portfolio", "Target Date", "Q1 RAG",
             "Q2 RAG", "Q2 Progress Commentary"]
    for i, h in enumerate(heads, 1):
        c = s.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    P1 = "Priority 1: Sustainable Growth"
    P2 = "Priority 2: Environment & Climate Change"
    P3 = "Priority 3: Community & Collaborative Working"
    O1A = "1A – Regenerate Accrington town centre and our district centres"
    O1B = "1B – Deliver new homes, including Huncoat Garden Village"
    O2A = "2A – Reduce the Council's own carbon emissions"
    O2B = "2B – Cleaner, greener neighbourhoods"
    O3A = "3A – Healthier, more active communities"
    O3B = "3B – Work with partners to keep communities safe"
    C = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE, None: None}
    plan = [
        ("P", P1), ("O", O1A),
        ("1A.1", "Complete phase 2 of the Accrington Market Hall refurbishment and re-open the "
         "food hall to traders.", "Head of Regeneration and Property",
         "Regeneration and Economic Growth", "March 2026", "G", "A",
         "Roof works added six weeks to the contractor's programme; re-opening now forecast for April 2026.",
         ["Head of Regeneration and Property"], "2026-03", None, "amber"),
        ("1A.2", "Deliver the Levelling Up Fund public realm scheme on Blackburn Road and Peel "
         "Street.", "Head of Regeneration and Property / Capital Projects Manager",
         "Regeneration and Economic Growth", "Q4 2025/26", "G", "G",
         "Phase 1 paving complete; phase 2 starts January after the Christmas embargo.",
         ["Head of Regeneration and Property", "Capital Projects Manager"], "2026-03",
         "Q4 2025/26", "green"),
        ("O", O1B),
        ("1B.1", "Submit the outline planning application for Huncoat Garden Village.",
         "Executive Director (Place)", "Housing and Communities", "December 2025", "A", "G",
         "Homes England funding confirmed; application being finalised.",
         ["Executive Director (Place)"], "2025-12", None, "green"),
        ("1B.2", "Adopt the Hyndburn Local Plan following independent examination.",
         "Planning Policy Manager", "Housing and Communities", "Jun-26", "A", "A",
         "Inspector's post-hearing letter received; main modifications consultation planned for Q3.",
         ["Planning Policy Manager"], "2026-06", None, "amber"),
        ("P", P2), ("O", O2A),
        ("2A.1", "Install solar PV and LED lighting at Scaitcliffe House and the Depot.",
         "Facilities Manager", "Environmental Services", d(2026, 1, 31), "G", "B",
         "Works completed in September 2025, ahead of target.",
         ["Facilities Manager"], "2026-01", None, "blue"),
        ("2A.2", "Replace two refuse collection vehicles with electric vehicles through the fleet "
         "replacement programme.", "Head of Environmental Services", "Environmental Services",
         "Q2 2026/27", None, "R",
         "External funding bid unsuccessful; options appraisal going to SMT in November.",
         ["Head of Environmental Services"], "2026-09", "Q2 2026/27", "red"),
        ("O", O2B),
        ("2B.1", "Move garden waste subscriptions online, including payment by direct debit.",
         "Waste and Recycling Manager", "Environmental Services", "April 2026", "G", "G",
         "New online form in test; renewals campaign planned for February.",
         ["Waste and Recycling Manager"], "2026-04", None, "green"),
        ("P", P3), ("O", O3A),
        ("3A.1", "Agree the future delivery model for leisure services following the Leisure "
         "Transformation Review.", "Chief Executive; Executive Director (Resources)", "Leader",
         "Nov-25", "A", "A", "Review report to Cabinet in November; staff consultation will follow.",
         ["Chief Executive", "Executive Director (Resources)"], "2025-11", None, "amber"),
        ("3A.2", "Deliver the Hyndburn Community Health Partnership action plan with Lancashire "
         "County Council and NHS partners.", "Community Development Manager",
         "Housing and Communities", "Ongoing", "G", "G",
         "Two community health events held in Church and Clayton-le-Moors.",
         ["Community Development Manager"], None, "Ongoing", "green"),
        ("O", O3B),
        ("3B.1", "Refresh the Community Safety Partnership Plan with Lancashire Constabulary and "
         "partners.", "Community Safety Manager", "Housing and Communities", d(2026, 3, 31), None,
         None, "Work will start in Q3 once the Lancashire strategic assessment is published.",
         ["Community Safety Manager"], "2026-03", None, "unrated"),
    ]
    expected = []
    r = 4
    cur_p = cur_o = None
    for item in plan:
        if item[0] == "P":
            cur_p, cur_o = item[1], None
            c = s.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        if item[0] == "O":
            cur_o = item[1]
            c = s.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, italic=True)
            c.fill = fill("DDEBF7")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        (ref, text, lead, port, target, q1, q2, comm, e_lead, e_end, e_text, e_status) = item
        vals = [ref, text, lead, port, target, None, None, comm]
        for i, v in enumerate(vals, 1):
            c = s.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if q1:
            s.cell(row=r, column=6).fill = fill(C[q1])
        if q2:
            s.cell(row=r, column=7).fill = fill(C[q2])
        expected.append(act(ref, [cur_p, cur_o], text, e_lead, e_end, e_status, e_text))
        r += 1
    r += 1
    s.cell(row=r, column=1, value="Note: RAG status is assessed by the lead officer and reviewed "
           "by the Senior Management Team. Q2 commentary provided 10 October 2025.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 55, 32, 24, 13, 8, 8, 55)):
        s.column_dimensions[col].width = w
    s.freeze_panes = "A4"

    k = wb.create_sheet("RAG Key")
    k["A1"] = "RAG Key"
    k["A1"].font = Font(bold=True)
    keys = [(BLUE, "Complete"), (GREEN, "On track to meet the target date"),
            (AMBER, "Some slippage or risk to delivery – action in hand"),
            (RED, "Significantly off track – intervention needed"),
            (None, "No colour – not yet started")]
    for r, (colour, meaning) in enumerate(keys, 2):
        if colour:
            k.cell(row=r, column=1).fill = fill(colour)
        k.cell(row=r, column=2, value=meaning)
    k.column_dimensions["B"].width = 55
    wb.save(path(name))

    write_expected(name, {
        "source": ("Imitates Hyndburn Borough Council's quarterly progress report on its Corporate "
                   "Strategy 2023 to 2028 to the Resources Overview and Scrutiny Committee "
                   "(democracy.hyndburnbc.gov.uk, agenda item 'Review of progress made against the "
                   "Corporate Strategy', January 2025), whose priority themes are Sustainable "
                   "growth, Environment & Climate Change and Community & Collaborative Working. "
                   "Copies a cover sheet with document control table, merged priority rows and "
                   "objective rows over numbered actions, previous (Q1) and current (Q2) RAG shown "
                   "only as cell fill colour, mixed target-date forms, a notes line and a RAG key sheet."),
        "reads": ("The Delivery Plan sheet lists 10 numbered actions under three priorities, each "
                  "split into lettered objectives. The RAG columns have no words, only fill "
                  "colours; the Q2 column is the current status, read with the key (blue complete, "
                  "no colour not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. City of Bradford MDC - strategic risk register (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def bradford():
    name = "zwy-city-of-bradford-mdc-strategic-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    title = ("City of Bradford Metropolitan District Council – Strategic Risk Register, "
             "Quarter 3 2025/26")
    wb = Workbook()
    s = wb.active
    s.title = "Strategic Risk Register"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s.merge_cells("A1:I1")
    s["A2"] = "Presented to Governance and Audit Committee, 29 January 2026"
    s["A2"].font = Font(italic=True)
    s.merge_cells("A2:I2")
    heads = ["Risk ID", "Risk", "Risk Owner", "Current Score (L x I)", "Direction of Travel",
             "Further Action Required", "Action Owner", "Target Date", "Progress Update"]
    for i, h in enumerate(heads, 1):
        c = s.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR01", "Financial sustainability\nThe Council cannot deliver a balanced and sustainable "
         "budget over the medium term without continued Exceptional Financial Support.",
         "Director of Finance and IT (S151 Officer)", "5 x 5 = 25", "↔", RED, [
             ("Deliver the 2025/26 savings programme, with monthly tracking at Corporate "
              "Management Team.", "Assistant Director, Finance and Procurement", "Mar-26",
              "£31.4m of £38.2m delivered or on track at period 8."),
             ("Complete the 2026/27 budget and Medium-Term Financial Strategy for approval by "
              "Budget Council.", "Director of Finance and IT (S151 Officer)", "February 2026",
              "Budget proposals published for consultation in December."),
             ("Deliver the accelerated asset disposal programme agreed as a condition of "
              "Exceptional Financial Support.", "Director of Estates and Property", d(2026, 3, 31),
              "14 of 22 disposals completed."),
         ]),
        ("SR02", "Children's social care improvement\nServices delivered by Bradford Children and "
         "Families Trust do not improve at the pace required.", "Chief Executive", "4 x 5 = 20",
         "↓", RED, [
             ("Review progress against the Trust's improvement plan at the quarterly Strategic "
              "Partnership Board.", "Chief Executive / Director of Children's Services", "Quarterly",
              "Last reviewed 11 December 2025."),
             ("Agree the 2026/27 contract sum and performance schedule with the Trust.",
              "Director of Finance and IT (S151 Officer)", "January 2026",
              "Negotiations concluding; report to Executive in February."),
         ]),
        ("SR03", "Cyber security\nA successful cyber attack disrupts critical services and leads "
         "to loss of personal data.", "Director of Finance and IT (S151 Officer)", "4 x 4 = 16",
         "↔", AMBER, [
             ("Complete the migration of legacy servers to the supported cloud platform.",
              "Head of ICT Infrastructure", "Febuary 2026",
              "62 of 80 servers migrated."),
             ("Run a cyber incident exercise with Corporate Management Team and test service "
              "business continuity plans.", "Head of ICT Infrastructure; Emergency Planning Manager",
              d(2026, 4, 30), "Exercise date being agreed with the LGA cyber team."),
         ]),
        ("SR04", "High needs funding\nThe Dedicated Schools Grant high needs deficit continues to "
         "grow and cannot be recovered within the statutory override period.",
         "Strategic Director, Children's Services", "5 x 4 = 20", "↑", RED, [
             ("Open two new special school satellite bases to reduce the use of independent "
              "placements.", "Assistant Director, SEND and Inclusion", "September 2026",
              "Planning consent granted for the Keighley site."),
             ("Report the DSG management plan to Schools Forum each term.",
              "Assistant Director, SEND and Inclusion", "Termly",
              "Reported 3 December 2025."),
         ]),
    ]
    r = 6
    typo_row = None
    for rid, desc, owner, score, dot, colour, actions in risks:
        first = r
        for text, aowner, target, update in actions:
            vals = [None, None, None, None, None, text, aowner, target, update]
            for i, v in enumerate(vals, 1):
                c = s.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if target == "Febuary 2026":
                typo_row = r
            r += 1
        last = r - 1
        for i, v in enumerate([rid, desc, owner, score, dot], 1):
            c = s.cell(row=first, column=i, value=v)
            c.alignment = WRAP
            if last > first:
                s.merge_cells(start_row=first, start_column=i, end_row=last, end_column=i)
        s.cell(row=first, column=4).fill = fill(colour)
    r += 1
    s.cell(row=r, column=1, value="Scores are Likelihood x Impact, each scored 1–5. Risks scoring "
           "15 or above are reported to Governance and Audit Committee each quarter.").font = Font(italic=True)
    s.cell(row=r + 1, column=1, value="Direction of travel: ↑ increasing, ↔ no change, ↓ reducing "
           "since Quarter 2.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 45, 28, 12, 10, 55, 32, 14, 40)):
        s.column_dimensions[col].width = w
    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix"
    m["A1"].font = Font(bold=True)
    m["A2"] = "1–6 Low (green), 8–12 Medium (amber), 15–25 High (red)"
    wb.save(path(name))
    assert typo_row == 11, typo_row

    write_expected(name, {
        "source": ("Imitates the Strategic Risk Register that City of Bradford MDC reports to its "
                   "Governance and Audit Committee (bradford.moderngov.co.uk, committee 144), in "
                   "the usual layout of a council strategic risk register: risk ID, description "
                   "and owner merged down over the risk's further actions, score and direction of "
                   "travel, action owner, target date and progress update, with a scoring note."),
        "reads": ("Four strategic risks, each with two or three further actions carrying an owner "
                  "and target date. The target date for the cyber security server migration on "
                  "sheet row 11 reads 'Febuary 2026', a mistyped month, so a careful reader stops "
                  "and asks before taking the register as read."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


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


def header_row(table, heads, colour="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. Wychavon DC - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def wychavon():
    name = "zwy-wychavon-dc-transformation-programme-highlight-report-oct-2025.docx"
    title = "Wychavon District Council – Transformation Programme Highlight Report"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Reporting period", "1 September – 31 October 2025"),
                                ("Report to", "Transformation Board, 11 November 2025"),
                                ("Programme sponsor", "Deputy Chief Executive"),
                                ("Programme manager", "Transformation Programme Manager"),
                                ("Overall programme RAG", "Amber")]):
        info.cell(i, 0).text = k
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
        info.cell(i, 1).text = v
    shade(info.cell(4, 1), AMBER)

    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "The customer portal went live on 20 October and the hybrid working policy is in place. "
        "The telephony migration has slipped by three weeks and the Civic Centre options "
        "appraisal will not be ready for the December Executive Board, so the overall programme "
        "status remains Amber.")

    heads = ["Ref", "Milestone / action", "Owner", "Due", "Last period", "This period",
             "Commentary"]
    RAG = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    W1 = "Workstream 1 – Customer Access and Digital"
    W2 = "Workstream 2 – Workforce and Ways of Working"
    W3 = "Workstream 3 – Assets and Accommodation"
    streams = [
        (W1, [
            ("CD1", "Launch the new customer portal (My Wychavon) for council tax and waste "
             "services.", "Head of Customer Services", "Oct 2025", "Amber", "Complete",
             "Went live 20 October; 1,140 accounts created in the first week.",
             ["Head of Customer Services"], "2025-10", None, "blue"),
            ("CD2", "Migrate the telephony platform to the cloud contact centre solution.",
             "ICT Manager / Customer Services Manager", "w/c 17/11/25", "Green", "Amber",
             "Supplier testing found call-routing faults; cutover moved from 27 October to w/c 17 November.",
             ["ICT Manager", "Customer Services Manager"], "2025-11", None, "amber"),
            ("CD3", "Introduce webchat for planning and building control enquiries.",
             "Customer Services Manager", "TBC", "", "",
             "Depends on CD2; a date will be set once the telephony migration is complete.",
             ["Customer Services Manager"], None, "TBC", "unrated"),
        ]),
        (W2, [
            ("WW1", "Consult on and introduce the new hybrid working policy.", "HR Manager",
             "30/09/2025", "Green", "Complete", "Policy adopted by Joint Consultative Committee on 16 September.",
             ["HR Manager"], "2025-09", None, "blue"),
            ("WW2", "Deliver the leadership development programme for all managers (cohorts 1 "
             "and 2).", "HR Manager; Learning and Development Adviser", "March 2026", "Green",
             "Green", "Cohort 1 finished in October; cohort 2 starts in January.",
             ["HR Manager", "Learning and Development Adviser"], "2026-03", None, "green"),
        ]),
        (W3, [
            ("AA1", "Complete the options appraisal for the Civic Centre, Pershore, including "
             "shared use with partners.", "Head of Property and Assets", "Dec 2025", "Amber",
             "Red", "Partners have not yet confirmed their space needs; the appraisal will not "
             "be ready for the December Executive Board.",
             ["Head of Property and Assets"], "2025-12", None, "red"),
            ("AA2", "Let the vacant ground-floor space at the Civic Centre.", "Property Manager",
             "Q4 25/26", "Green", "Green", "Two expressions of interest received.",
             ["Property Manager"], "2026-03", "Q4 25/26", "green"),
            ("AA3", "Dispose of the surplus depot site at Droitwich Spa.\n(Subject to Executive "
             "Board approval of the planning brief.)", "Property Manager", "31 March 2026",
             "Amber", "Amber", "Planning brief goes to Executive Board on 2 December.",
             ["Property Manager"], "2026-03", None, "amber"),
        ]),
    ]
    expected = []
    for heading, rows in streams:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1 + len(rows), cols=len(heads))
        t.style = "Table Grid"
        header_row(t, heads, "2E5496")
        for ri, (ref, text, owner, due, last, this, comm, e_lead, e_end, e_text, e_status) in enumerate(rows, 1):
            for ci, v in enumerate([ref, text, owner, due, last, this, comm]):
                t.cell(ri, ci).text = v
            if last:
                shade(t.cell(ri, 4), RAG[last])
            if this:
                shade(t.cell(ri, 5), RAG[this])
            expected.append(act(ref, [heading], text, e_lead, e_end, e_status, e_text))

    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("Note the revised cutover date for the telephony migration (CD2).",
                      style="List Bullet")
    doc.add_paragraph("Agree that the Civic Centre options appraisal (AA1) is reported to the "
                      "February Executive Board.", style="List Bullet")
    doc.add_heading("RAG key", level=1)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (word, meaning) in enumerate([
            ("Green", "On track to deliver by the due date"),
            ("Amber", "At risk – slippage that can be recovered within the programme"),
            ("Red", "Will not be delivered by the due date without Board intervention"),
            ("Complete", "Milestone delivered")]):
        key.cell(i, 0).text = word
        shade(key.cell(i, 0), RAG[word])
        key.cell(i, 1).text = meaning
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates a district council transformation programme highlight report to a "
                   "programme board, as Wychavon District Council would produce for its "
                   "Transformation Board (the council's 2024 LGA Corporate Peer Challenge and "
                   "2025 progress review, local.gov.uk, describe RAG-rated action reporting). "
                   "Copies a report-information table with overall RAG, a summary, one table per "
                   "workstream under its own heading with last-period and this-period RAG (word "
                   "plus shading), decisions-required bullets and a RAG key table where Complete "
                   "means delivered."),
        "reads": ("Three workstreams, each a heading over a table of milestones: 8 in all with "
                  "refs CD1–CD3, WW1–WW2 and AA1–AA3. Status is the 'This period' column; one "
                  "milestone is not yet rated and has a due date of TBC."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Liverpool Health and Wellbeing Board - action log (docx)
# ---------------------------------------------------------------------------
def liverpool():
    name = "zwy-liverpool-health-and-wellbeing-board-action-log-2025-26.docx"
    title = "Liverpool Health and Wellbeing Board – Action Log"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Updated 2 October 2025 following the Board meeting held on 18 September "
                      "2025. Actions marked Complete will be removed from the log after the next "
                      "meeting.")
    heads = ["Ref", "Meeting", "Minute / item", "Action", "Lead", "Due", "Update", "Status"]
    rows = [
        ("HWB 25/04", "20/03/2025", "Item 6 – Pharmaceutical Needs Assessment 2025",
         "Publish the final Pharmaceutical Needs Assessment on the Council website and notify "
         "NHS Cheshire and Merseyside.", "Director of Public Health", "30/09/2025",
         "Published 29 September 2025.", "Complete",
         ["Director of Public Health"], "2025-09", None, "blue"),
        ("HWB 25/07", "19/06/2025", "Item 5 – Better Care Fund 2025/26",
         "Circulate the Better Care Fund quarter 1 return to Board members for information.",
         "Head of Integrated Commissioning / Place Director (Liverpool)", "September 2025",
         "Circulated 3 September.", "Complete",
         ["Head of Integrated Commissioning", "Place Director (Liverpool)"], "2025-09", None, "blue"),
        ("HWB 25/08", "19/06/2025", "Item 7 – Healthwatch Liverpool annual report",
         "Present the findings of the young people's mental health survey to a future meeting.",
         "Healthwatch Liverpool", "Next meeting (20 November 2025)",
         "On the forward plan for November.", "Green",
         ["Healthwatch Liverpool"], "2025-11", "Next meeting (20 November 2025)", "green"),
        ("HWB 25/10", "18/09/2025", "Item 4 – Marmot City update",
         "Develop a Marmot City indicator set and bring a draft to the Board development "
         "session.", "Consultant in Public Health (Health Inequalities)", "December 2025", "",
         "Not started", ["Consultant in Public Health (Health Inequalities)"], "2025-12", None,
         "unrated"),
        ("HWB 25/11", "18/09/2025", "Item 4 – Marmot City update",
         "Each Board member organisation to name a lead for the Marmot City programme and "
         "notify the Board support officer.", "All Board members", "31/10/2025",
         "7 of 12 organisations have responded.", "Amber",
         ["All Board members"], "2025-10", None, "amber"),
        ("HWB 25/12", "18/09/2025", "Item 6 – Joint Local Health and Wellbeing Strategy refresh",
         "Hold a Board workshop to agree the priorities for the refreshed strategy.\nInvite VCFSE "
         "representatives and the Youth Council.", "Director of Public Health; Head of Policy and "
         "Partnerships", "January 2026", "Workshop booked for 14 January 2026.", "Green",
         ["Director of Public Health", "Head of Policy and Partnerships"], "2026-01", None, "green"),
        ("HWB 25/13", "18/09/2025", "Item 8 – System winter plan",
         "Share the system winter communications plan with Board members.",
         "Head of Communications, NHS Cheshire and Merseyside", "Ongoing",
         "Shared weekly through the Board bulletin.", "Green",
         ["Head of Communications, NHS Cheshire and Merseyside"], None, "Ongoing", "green"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(heads))
    t.style = "Table Grid"
    header_row(t, heads, "005EB8")
    SH = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER}
    expected = []
    for ri, row in enumerate(rows, 1):
        vals = row[:8]
        for ci, v in enumerate(vals):
            t.cell(ri, ci).text = v
        if row[7] in SH:
            shade(t.cell(ri, 7), SH[row[7]])
        e_lead, e_end, e_text, e_status = row[8:]
        expected.append(act(row[0], [], row[3], e_lead, e_end, e_status, e_text))

    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action closed; Green – on track; Amber – past or "
                      "close to the due date; Red – not progressing; Not started – no update yet.")
    doc.add_paragraph("Board forward plan 2025/26").runs[0].bold = True
    fp = doc.add_table(rows=3, cols=2)
    fp.style = "Table Grid"
    header_row(fp, ["Meeting", "Items"], "005EB8")
    fp.cell(1, 0).text = "20 November 2025"
    fp.cell(1, 1).text = ("Healthwatch young people's mental health survey; Better Care Fund Q2 "
                          "return; Director of Public Health annual report")
    fp.cell(2, 0).text = "22 January 2026"
    fp.cell(2, 1).text = ("Joint Local Health and Wellbeing Strategy refresh; Pharmaceutical "
                          "services update; Marmot City indicators")
    doc.save(path(name))

    write_expected(name, {
        "source": ("Imitates the rolling action log kept for a metropolitan council's Health and "
                   "Wellbeing Board (the Liverpool board, with NHS Cheshire and Merseyside, "
                   "Healthwatch and VCFSE members, as in Merseyside boards' published minutes, "
                   "e.g. democracy.wirral.gov.uk Health and Wellbeing Board). Copies a single log "
                   "table with action reference, meeting date, minute/item, lead (job titles, two "
                   "posts in a cell, an organisation), due date including 'next meeting' and "
                   "'Ongoing', update and status, a status key line and a forward-plan table that "
                   "is not part of the log."),
        "reads": ("One action log table of 7 actions from three Board meetings, with a status "
                  "column (Complete, Green, Amber, Not started). The forward plan table after it "
                  "lists future agenda items, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Sandwell MBC - Council Plan delivery plan export (csv)
# ---------------------------------------------------------------------------
def sandwell():
    name = "zwy-sandwell-mbc-council-plan-delivery-plan-2025-26-q2-export.csv"
    title = ("Sandwell Metropolitan Borough Council - Council Plan 2024-2027: Delivery Plan "
             "2025/26 - Quarter 2 Update")
    GU, LS, TE, HS, OC = ("Growing Up in Sandwell", "Living in Sandwell",
                          "Thriving Economy in Sandwell", "Healthy in Sandwell",
                          "One Council One Team")
    rows = [
        (GU, "Children and young people are safe and supported in their families", "GU1.1",
         "Expand the Family Hubs offer to all six towns, including weekend sessions.",
         "Director of Children and Education", "31/03/2026", "In Progress", "Green", "60%",
         "Tipton and Wednesbury hubs opened in August.",
         ["Director of Children and Education"], "2026-03", None, "green"),
        (GU, "Children and young people are safe and supported in their families", "GU1.2",
         "Recruit 20 additional in-house foster carers through the Foster for Sandwell campaign.",
         "Hughes, Karen", "Mar 2027", "In Progress", "Amber", "25%",
         "9 approvals to date; campaign refreshed in September.",
         ["Hughes, Karen"], "2027-03", None, "amber"),
        (GU, "More young people are in education, employment or training", "GU2.1",
         "Deliver the Sandwell Guarantee pilot for care leavers aged 18 to 21.",
         "Service Manager (Leaving Care)", "31/12/2025", "Completed", "Blue", "100%",
         "Pilot completed early; evaluation to Cabinet in January.",
         ["Service Manager (Leaving Care)"], "2025-12", None, "blue"),
        (LS, "Decent, safe and affordable homes", "LS1.1",
         "Complete the stock condition survey of all council homes.",
         "Assistant Director - Asset Management; Assistant Director - Housing Management",
         "30/06/2026", "In Progress", "Green", "45%",
         "11,900 homes surveyed; damp and mould cases prioritised.",
         ["Assistant Director - Asset Management", "Assistant Director - Housing Management"],
         "2026-06", None, "green"),
        (LS, "Decent, safe and affordable homes", "LS1.2",
         "Reduce the average time to re-let empty council homes to 28 days.",
         "Assistant Director - Housing Management", "31/03/2026", "In Progress", "Red", "30%",
         "Average re-let time was 41 days in Q2; void contractor on a performance notice.",
         ["Assistant Director - Housing Management"], "2026-03", None, "red"),
        (LS, "Clean and well-maintained neighbourhoods", "LS2.1",
         "Introduce weekly food waste collections for all households.",
         "Waste Services Manager", "01/04/2026", "Not Started", "", "0%",
         "Vehicles due for delivery in February 2026.",
         ["Waste Services Manager"], "2026-04", None, "unrated"),
        (TE, "Regenerated town centres", "TE1.1",
         "Complete demolition and site preparation at the West Bromwich Retail Quarter (Towns "
         "Fund).", "Director of Regeneration and Growth", "Sept 2026", "In Progress", "Amber",
         "40%", "Demolition contract let; asbestos removal has added 8 weeks.",
         ["Director of Regeneration and Growth"], "2026-09", None, "amber"),
        (HS, "Residents live longer, healthier lives", "HS1.1",
         "Commission the new integrated drug and alcohol treatment service.",
         "Director of Public Health", "31/03/2026", "In Progress", "Green", "50%",
         "Tender evaluation complete; contract award due in December.",
         ["Director of Public Health"], "2026-03", None, "green"),
        (OC, "An efficient council that listens to residents", "OC1.1",
         "Implement the new customer relationship management (CRM) system in the Contact "
         "Centre.\nPhase 2 (Revenues and Benefits) to follow in 2026/27.",
         "Head of Customer Services / Head of ICT and Digital", "Q3 2025/26", "In Progress",
         "Green", "70%", "User testing complete; go-live planned for 1 December.",
         ["Head of Customer Services", "Head of ICT and Digital"], "2025-12", "Q3 2025/26",
         "green"),
    ]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(["Report generated 14/10/2025 08:52 by Corporate Performance Team"])
    w.writerow([])
    w.writerow(["Priority", "Outcome", "Action Ref", "Action", "Lead Officer", "Due Date",
                "Status", "RAG", "% Complete", "Latest Update"])
    expected = []
    for row in rows:
        w.writerow(row[:10])
        e_lead, e_end, e_text, e_status = row[10:]
        expected.append(act(row[2], [row[0], row[1]], row[3], e_lead, e_end, e_status, e_text))
    w.writerow([])
    w.writerow(["Total actions: 9", "", "", "", "", "", "", "", "", ""])
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(name, {
        "source": ("Imitates a performance-system export of Sandwell Council's Council Plan "
                   "delivery plan reported quarterly to Cabinet (Sandwell's 'Performance "
                   "Management Framework – Quarter monitoring' reports, sandwell.moderngov.co.uk; "
                   "Council Plan themes Growing Up, Living, Thriving Economy, Healthy in Sandwell "
                   "and One Council One Team). Copies a report title and run-date line, a flat "
                   "table with priority and outcome repeated on each row, action codes, a status "
                   "word plus a separate RAG column, % complete, a multi-line action cell, a "
                   "surname-first lead, two posts joined by ';' and '/', and a totals line."),
        "reads": ("A CSV export with two title lines, then 9 actions under five Council Plan "
                  "priorities and their outcomes. The RAG column gives the status (Blue for the "
                  "completed action, blank for the one not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. South Tyneside Council - internal audit recommendations follow-up (txt)
# ---------------------------------------------------------------------------
def south_tyneside():
    name = "zwy-south-tyneside-council-internal-audit-recommendations-follow-up.txt"
    title = "South Tyneside Council – Internal Audit: Follow-up of Agreed Recommendations"
    A1 = "Direct Payments (Adult Social Care) – Limited Assurance – final report 12 May 2025"
    A2 = "Council Tax Reduction Scheme – Reasonable Assurance – final report 2 July 2025"
    A3 = "Highways Maintenance Contract Management – Limited Assurance – final report 18 August 2025"
    R11 = ("Recommendation 1 (High): Direct payment accounts should be reviewed at least annually "
           "to confirm that funds are used in line with the support plan and that surplus "
           "balances are recovered.")
    R12 = ("Recommendation 2 (Medium): Direct payment agreements should be signed before the "
           "first payment is made.")
    R21 = ("Recommendation 1 (Medium): Changes in circumstances should be processed within the "
           "14-day target and performance reported to management.")
    R31 = ("Recommendation 1 (High): Contractor payments should only be made once work has been "
           "inspected and the valuation agreed.")
    R32 = ("Recommendation 2 (Medium): A contract risk register should be kept and reviewed at "
           "the monthly contract meetings.")
    lines = [
        title,
        "Audit Committee, 21 January 2026 – position at 31 December 2025",
        "",
        "Status: Complete = implemented and verified by Internal Audit; Green = on track; "
        "Amber = target date revised; Red = overdue.",
        "",
        "Ref\tAgreed action\tResponsible officer\tAgreed date\tRevised date\tStatus\tComment",
        "",
    ]
    expected = []

    def rec(ref, text, officer, agreed, revised, status, comment, under, e_lead, e_end,
            e_status, e_text=None):
        lines.append("\t".join([ref, text, officer, agreed, revised, status, comment]))
        expected.append(act(ref, under, text, e_lead, e_end, e_status, e_text))

    lines.append(A1)
    lines.append(R11)
    rec("DP1.1", "Introduce an annual financial review of every direct payment account, "
        "scheduled through the case management system.", "Head of Adult Social Care Operations",
        "30/09/2025", "31/01/2026", "Amber", "Review schedule built; 38% of accounts reviewed.",
        [A1, R11], ["Head of Adult Social Care Operations"], "2026-01", "amber")
    rec("DP1.2", "Recover surplus balances above eight weeks' payments and report recoveries "
        "monthly to the Adult Social Care leadership team.", "Finance Business Partner (Adults)",
        "31/10/2025", "", "Complete", "£212k recovered April to November.",
        [A1, R11], ["Finance Business Partner (Adults)"], "2025-10", "blue")
    lines.append(R12)
    rec("DP2.1", "Change the payment workflow so that the first payment cannot be released until "
        "a signed agreement has been uploaded.",
        "Social Care Systems Manager / Direct Payments Team Leader", "31/12/2025", "", "Green",
        "System change in testing.", [A1, R12],
        ["Social Care Systems Manager", "Direct Payments Team Leader"], "2025-12", "green")
    lines.append("")
    lines.append(A2)
    lines.append(R21)
    rec("CT1.1", "Produce a weekly outstanding work report and allocate changes in circumstances "
        "over 10 days old to the Fast Track team.", "Revenues and Benefits Manager", "Aug-25", "",
        "Complete", "In place since August.", [A2, R21], ["Revenues and Benefits Manager"],
        "2025-08", "blue")
    rec("CT1.2", "Include CTRS processing times in the quarterly Revenues and Benefits performance "
        "report to the Corporate Director.", "Revenues and Benefits Manager", "Q3 2025/26", "",
        "Green", "First report due January.", [A2, R21], ["Revenues and Benefits Manager"],
        "2025-12", "green", "Q3 2025/26")
    lines.append("")
    lines.append(A3)
    lines.append(R31)
    rec("HM1.1", "Introduce a post-inspection sign-off on the works order before any valuation is "
        "certified for payment.", "Highways Manager", "30/11/2025", "", "Red",
        "Process drafted but not yet in use; revised date to be agreed with Audit Committee.",
        [A3, R31], ["Highways Manager"], "2025-11", "red")
    rec("HM1.2", "Sample-check 2024/25 contractor payments to confirm the work was completed to "
        "specification.", "Highways Manager; Principal Engineer (Structures)", "March 2026", "",
        "Green", "Sample selected.", [A3, R31],
        ["Highways Manager", "Principal Engineer (Structures)"], "2026-03", "green")
    lines.append(R32)
    rec("HM2.1", "Set up a contract risk register and review it at each monthly contract meeting.",
        "Contract Manager (Highways)", "31/01/2026", "", "Green", "Template agreed with contractor.",
        [A3, R32], ["Contract Manager (Highways)"], "2026-01", "green")
    lines.append("")
    lines.append("Summary: 8 agreed actions – Complete 2, Green 4, Amber 1, Red 1.")
    lines.append("Prepared by the Internal Audit Manager.")
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": ("Imitates a plain-text export of the internal audit recommendation follow-up "
                   "that metropolitan councils in Tyne and Wear report to their Audit Committee "
                   "(e.g. North Tyneside and Gateshead Audit Committee papers, "
                   "democracy.northtyneside.gov.uk, democracy.gateshead.gov.uk). Copies a title "
                   "and committee line, a status key line, a tab-separated column header, each "
                   "audit (name, assurance opinion, report date) as a line over its numbered "
                   "recommendations with priority, each recommendation line above its "
                   "tab-separated agreed actions, agreed and revised dates, and a summary line."),
        "reads": ("Three audits, each a heading line over one or two recommendation lines, with "
                  "8 agreed actions as tab-separated lines beneath them. The status column uses "
                  "Complete/Green/Amber/Red as the key says; the revised date replaces the agreed "
                  "one for DP1.1."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    dorset()
    hyndburn()
    bradford()
    wychavon()
    liverpool()
    sandwell()
    south_tyneside()
    print("done")
