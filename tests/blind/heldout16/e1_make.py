# Generator for the e1- blind cases (heldout16). Expected readings are written by hand
# next to each action (lead list, end month, status) and dumped to NAME.expected.yaml.
import csv, datetime as dt, os
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def dump_yaml(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=1000)


class Q(str):
    pass


yaml.SafeDumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    ref = Q(ref) if ref is not None else None
    end = Q(end) if end is not None else None
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Children's home (SCCIF) requirements + recommendations, xlsx, RAG by fill only
# ---------------------------------------------------------------------------
def f1():
    name = "e1-childrens-home-sccif-requirements-fill-rag.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    title = "Meadowbank Children's Home (SC482913) – Post-inspection action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Full inspection 14–16 May 2024. Overall experiences and progress of children and young people: requires improvement to be good."
    ws["A3"] = "Completed by: Registered Manager    Reviewed by: Responsible Individual    Last updated: 02/09/2024"
    hdr = ["Ref", "Regulation / standard", "Requirement / recommendation (from Ofsted report)",
           "Action to be taken", "Responsible", "Target date", "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGH", [6, 22, 45, 50, 24, 13, 45, 8]):
        ws.column_dimensions[col].width = w

    S1 = "Requirements"
    S2 = "Recommendations"
    R1 = ("The registered person must ensure that staff understand and implement the home's child protection "
          "policies, including the procedure to follow when a child is missing from the home.")
    R2 = ("The registered person must ensure that the home's monitoring systems identify shortfalls in record "
          "keeping and that action is taken promptly to put them right.")
    R3 = ("The registered person must ensure that a full employment history is obtained for every member of "
          "staff, with any gaps explained in writing, before they start work.")
    C1 = ("The registered person should ensure that children's views are recorded in their placement plans and "
          "that children can see how their views have been acted on.")
    C2 = ("The registered person should ensure that staff receive supervision at the frequency set out in the "
          "home's supervision policy.")
    # (section, regulation, requirement, [(ref, action, responsible cell, date cell, progress, fill, exp lead, exp end, exp status, end_text)])
    groups = [
        (S1, "Regulation 12 (the protection of children standard)", R1, [
            ("1a", "Whole-team refresher training on the missing from care protocol, delivered by the local authority safeguarding trainer.",
             "Registered Manager", D(2024, 6, 28), "Training delivered 26/06/24 to all 11 staff; certificates on file.", BLUE,
             ["Registered Manager"], "2024-06", "blue", None),
            ("1b", "Missing-from-home risk assessments reviewed for every child and updated after each missing episode; audited monthly by the Deputy Manager.",
             "Registered Manager / Deputy Manager", D(2024, 7, 31), "All 4 risk assessments updated. Monthly audit started in July.", GREEN,
             ["Registered Manager", "Deputy Manager"], "2024-07", "green", None),
            ("1c", "Return home interview outcomes added as a standing item to the weekly team meeting.",
             "Deputy Manager", D(2024, 6, 14), "In place from 10 June.", BLUE,
             ["Deputy Manager"], "2024-06", "blue", None),
        ]),
        (S1, "Regulation 13 (the leadership and management standard)", R2, [
            ("2a", "Introduce a monthly records audit tool covering daily logs, incident records and medication records.",
             "Registered Manager", D(2024, 7, 31), "Tool drafted; first full audit delayed by staff sickness.", AMBER,
             ["Registered Manager"], "2024-07", "amber", None),
            ("2b", "Independent person (Regulation 44) reports to be shared with staff and actions tracked on the home's development plan.",
             "Responsible Individual", "Ongoing", "Reg 44 actions now a tab on the development plan.", GREEN,
             ["Responsible Individual"], None, "green", "Ongoing"),
        ]),
        (S1, "Regulation 32 (fitness of workers) and Schedule 2", R3, [
            ("3a", "HR to re-check all staff files against Schedule 2 and obtain written explanations for any gaps in employment history.",
             "HR Business Partner", D(2024, 6, 30), "Only 6 of 14 files checked; escalated to Responsible Individual.", RED,
             ["HR Business Partner"], "2024-06", "red", None),
        ]),
        (S2, "Guide to the Children's Homes Regulations, para 3.7", C1, [
            ("4a", "Key workers to complete the 'my views' section with each child before every placement plan review.",
             "Key workers", "Sept 2024", "", None,
             ["Key workers"], "2024-09", "unrated", None),
            ("4b", "Placement plans to include a 'you said, we did' section.",
             "Deputy Manager", D(2024, 10, 31), "New template agreed with the local authority IROs.", AMBER,
             ["Deputy Manager"], "2024-10", "amber", None),
        ]),
        (S2, "Guide to the Children's Homes Regulations, para 9.5", C2, [
            ("5a", "Supervision matrix set up and checked at the monthly management meeting; overdue supervisions escalated to the Responsible Individual.",
             "Registered Manager", D(2024, 8, 30), "Matrix live; 2 supervisions overdue in August because of annual leave.", GREEN,
             ["Registered Manager"], "2024-08", "green", None),
        ]),
    ]
    r = 6
    cur_section = None
    exp = []
    for sec, reg, req, rows in groups:
        if sec != cur_section:
            ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            cur_section = sec
            r += 1
        top = r
        for (ref, action, resp, date, prog, fl, elead, eend, estat, etext) in rows:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=resp)
            c = ws.cell(row=r, column=6, value=date)
            if isinstance(date, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=prog or None)
            if fl:
                ws.cell(row=r, column=8).fill = fill(fl)
            for col in range(1, 9):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            exp.append(act(ref, [sec, req], action, elead, eend, estat, etext))
            r += 1
        ws.cell(row=top, column=2, value=reg)
        ws.cell(row=top, column=3, value=req)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=top, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (fl, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                   (AMBER, "Some slippage – action required"),
                                   (RED, "Overdue / significant concern")]):
        ws.cell(row=r + 1 + i, column=1).fill = fill(fl)
        ws.cell(row=r + 1 + i, column=2, value=txt)
    ws.cell(row=r + 6, column=1, value="Blank RAG = not yet started. Plan to be sent to Ofsted with the Regulation 45 review.")
    wb.save(os.path.join(OUT, name))
    dump_yaml(name, {
        "source": ("Imitates a children's home post-inspection action plan following an Ofsted full inspection under the "
                   "Social care common inspection framework (SCCIF): children's homes (gov.uk, updated 2024, "
                   "https://www.gov.uk/government/publications/social-care-common-inspection-framework-sccif-childrens-homes); "
                   "Ofsted sets 'requirements' (regulation breaches) and 'recommendations' (Guide paragraphs). Copied: "
                   "section band rows 'Requirements' / 'Recommendations', the regulation and requirement text merged "
                   "vertically over their actions, job-title leads, RAG shown as cell colour only with a colour key below."),
        "reads": ("One sheet: title and inspection details, then a table with a 'Requirements' band and a 'Recommendations' "
                  "band; each Ofsted requirement/recommendation is a merged cell beside its lettered actions (1a, 1b...). "
                  "RAG is a coloured cell with no text (blue complete, green on track, amber, red; blank = not started), "
                  "explained by a key under the table. Nine actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------------------
# 2. SEND LAP strategic improvement plan, two-row header, quarterly RAG columns
# ---------------------------------------------------------------------------
def f2():
    name = "e1-send-lap-sip-quarterly-rag-columns.xlsx"
    title = "Brackenford Local Area Partnership – SEND Strategic Improvement Plan 2024–2026"
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = title
    rm["A1"].font = Font(bold=True, size=14)
    rm["A3"] = "This plan responds to the areas for improvement in the Ofsted/CQC area SEND inspection report (March 2024)."
    rm["A4"] = "RAG is recorded at the end of each quarter. The most recent quarter with a rating is the current position."
    rm["A6"] = "RAG key"
    rm["A6"].font = Font(bold=True)
    for i, (l, t, fl) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                    ("A", "At risk – mitigations in place", AMBER), ("R", "Off track – escalate to Board", RED)]):
        rm.cell(row=7 + i, column=1, value=l).fill = fill(fl)
        rm.cell(row=7 + i, column=2, value=t)
    rm["A12"] = "Blank = not yet due to start."
    rm.column_dimensions["B"].width = 40

    ws = wb.create_sheet("SIP 2024-25")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at end of Quarter 2 (September 2024). Presented to SEND Partnership Board 15 October 2024."
    top = ["Priority", "Ref", "Area for improvement (Ofsted/CQC, March 2024)", "Action", "Lead officer",
           "Timescale", None, "RAG by quarter 2024/25", None, None, None, "Impact measure"]
    sub = [None, None, None, None, None, "Start", "End", "Q1", "Q2", "Q3", "Q4", None]
    for i, h in enumerate(top, 1):
        ws.cell(row=4, column=i, value=h)
    for i, h in enumerate(sub, 1):
        if h:
            ws.cell(row=5, column=i, value=h)
    for col in (1, 2, 3, 4, 5, 12):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:K4")
    for rr in (4, 5):
        for col in range(1, 13):
            c = ws.cell(row=rr, column=col)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("7030A0")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for col, w in zip("ABCDEFGHIJKL", [22, 6, 40, 50, 26, 9, 14, 5, 5, 5, 5, 35]):
        ws.column_dimensions[col].width = w

    P1 = "Priority 1: Identification and assessment of need"
    P2 = "Priority 2: Co-production and communication with families"
    P3 = "Priority 3: Preparation for adulthood"
    A1 = ("Leaders should ensure that EHC needs assessments are completed within statutory timescales and that "
          "plans are of consistently good quality.")
    A2 = "The partnership should improve the timeliness of assessment for neurodevelopmental conditions."
    A3 = ("Leaders should make sure that parents and carers are meaningfully involved in the design and review "
          "of services.")
    A4 = ("The partnership should strengthen preparation for adulthood so that young people have clear pathways "
          "into employment and independent living.")
    # (priority, afi, ref, action, lead cell, start, end cell, [q1,q2,q3,q4], impact, exp lead, exp end, exp status, end_text)
    rows = [
        (P1, A1, "1.1", "Recruit additional EHC coordinators and educational psychologists to clear the backlog of assessments.",
         "Head of SEND Services", D(2024, 4, 1), D(2024, 12, 31), ["A", "G", None, None], "Backlog under 50 by December",
         ["Head of SEND Services"], "2024-12", "green", None),
        (P1, A1, "1.2", "Introduce a multi-agency quality assurance panel for draft EHC plans, with health and social care advice audited each month.",
         "Designated Clinical Officer (ICB) / Head of SEND Services", D(2024, 5, 1), "Q4 2024/25", ["R", "A", None, None], "80% of audited plans good or better",
         ["Designated Clinical Officer (ICB)", "Head of SEND Services"], "2025-03", "amber", None),
        (P1, A1, "1.3", "Publish a monthly 20-week timeliness dashboard to the Partnership Board.",
         "SEND Performance Lead", D(2024, 6, 1), D(2024, 7, 31), ["G", "B", None, None], "Dashboard at every Board",
         ["SEND Performance Lead"], "2024-07", "blue", None),
        (P1, A2, "1.4", "Commission additional autism assessment capacity through an independent provider.",
         "ICB Head of Children's Commissioning", D(2024, 7, 1), D(2025, 3, 31), [None, "A", None, None], "Wait under 52 weeks",
         ["ICB Head of Children's Commissioning"], "2025-03", "amber", None),
        (P1, A2, "1.5", "Roll out the 'waiting well' support offer for families on the neurodevelopmental pathway.",
         "LS / DH", D(2024, 10, 1), "Summer term 2025", [None, None, None, None], "Family feedback survey",
         ["LS", "DH"], "2025-07", "unrated", None),
        (P2, A3, "2.1", "Agree a co-production charter with Brackenford Parent Carer Forum and publish it on the Local Offer.",
         "PCF Chair & Head of SEND Services", D(2024, 4, 1), D(2024, 6, 30), ["B", "B", None, None], "Charter published",
         ["PCF Chair", "Head of SEND Services"], "2024-06", "blue", None),
        (P2, A3, "2.2", "Redesign the Local Offer website with parents, including a 'you said, we did' page updated each term.",
         "Local Offer Manager", D(2024, 6, 1), D(2025, 1, 31), ["G", "G", None, None], "Website visits and feedback",
         ["Local Offer Manager"], "2025-01", "green", None),
        (P2, A3, "2.3", "Deliver SEND roadshows in each locality.",
         "Local Offer Manager", D(2024, 9, 1), "Termly", [None, "G", None, None], "Attendance",
         ["Local Offer Manager"], None, "green", "Termly"),
        (P3, A4, "3.1", "Establish a 14–25 transitions panel with adult social care, health and post-16 providers.",
         "Assistant Director – Adults", D(2024, 4, 1), D(2024, 9, 30), ["A", "R", None, None], "Panel terms of reference agreed",
         ["Assistant Director – Adults"], "2024-09", "red", None),
        (P3, A4, "3.2", "Increase supported internship places from 12 to 30 through the Supported Employment Forum.",
         "Post-16 SEND Lead", D(2024, 9, 1), D(2025, 7, 31), [None, "G", None, None], "30 places",
         ["Post-16 SEND Lead"], "2025-07", "green", None),
        (P3, A4, "3.3", "Ensure all EHC plans from Year 9 include preparation for adulthood outcomes, checked through the monthly audit.",
         "Head of SEND Services", D(2024, 4, 1), "Ongoing", ["A", "A", None, None], "Audit results",
         ["Head of SEND Services"], None, "amber", "Ongoing"),
    ]
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    exp = []
    spans = {}
    for (p, afi, ref, action, lead, start, end, qs, imp, elead, eend, estat, etext) in rows:
        ws.cell(row=r, column=1, value=p)
        ws.cell(row=r, column=2, value=ref)
        ws.cell(row=r, column=3, value=afi)
        ws.cell(row=r, column=4, value=action)
        ws.cell(row=r, column=5, value=lead)
        c = ws.cell(row=r, column=6, value=start)
        c.number_format = "mmm-yy"
        c = ws.cell(row=r, column=7, value=end)
        if isinstance(end, dt.datetime):
            c.number_format = "mmm-yy"
        for i, q in enumerate(qs):
            c = ws.cell(row=r, column=8 + i, value=q)
            if q:
                c.fill = fill(RAGF[q])
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=12, value=imp)
        for col in range(1, 13):
            ws.cell(row=r, column=col).border = BOX
            if col < 8 or col == 12:
                ws.cell(row=r, column=col).alignment = WRAP
        spans.setdefault(("p", p), []).append(r)
        spans.setdefault(("a", afi), []).append(r)
        exp.append(act(ref, [p, afi], action, elead, eend, estat, etext))
        r += 1
    for (kind, key), rs in spans.items():
        col = 1 if kind == "p" else 3
        if len(rs) > 1:
            # clear duplicate values before merging (openpyxl keeps top-left)
            for rr in rs[1:]:
                ws.cell(row=rr, column=col).value = None
            ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
    wb.save(os.path.join(OUT, name))
    dump_yaml(name, {
        "source": ("Imitates a local area partnership SEND strategic improvement/action plan after an area SEND inspection "
                   "(e.g. Southend SEND Area Partnership Strategic Action Plan 2023-26, livewellsouthend.com, organised by "
                   "recommendation/priority; Plymouth Local Area SEND Improvement Plan progress report 2025, "
                   "democracy.plymouth.gov.uk, priority areas reviewed quarterly). Copied: a 'Read me' sheet with the RAG key "
                   "before the plan sheet, priority and area-for-improvement columns merged down, a two-row header with "
                   "'Timescale' over Start/End and 'RAG by quarter' over Q1-Q4 letter cells."),
        "reads": ("A Read me sheet (title, note that the latest rated quarter is the current position, B/G/A/R key) and a plan "
                  "sheet of eleven actions under three priorities, each beside the inspection's area for improvement. "
                  "Each action has Q1 and Q2 ratings filled so far; the current status is the Q2 letter (blank where the action "
                  "has not started). End dates are mmm-yy dates, 'Q4 2024/25', 'Summer term 2025', 'Termly' or 'Ongoing'."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------------------
# 3. CQC ASC improvement plan, cover sheet + plan sheet; impossible date -> refuse
# ---------------------------------------------------------------------------
def f3():
    name = "e1-cqc-asc-quality-statements-year2205-refuse.xlsx"
    title = "Hartsmere Council – Adult Social Care Improvement Plan (CQC Local Authority Assessment)"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("0.1", "14/02/2025", "ASC Improvement Lead", "First draft after CQC report"),
                             ("1.0", "03/03/2025", "ASC Improvement Lead", "Approved by ASC DMT"),
                             ("1.1", "07/04/2025", "ASC Improvement Lead", "April progress update")]):
        for j, v in enumerate(row):
            cv.cell(row=4 + i, column=1 + j, value=v)
    cv["A10"] = "Status key"
    cv["A10"].font = Font(bold=True)
    for i, (t, d, fl) in enumerate([("Complete", "Action delivered and evidenced", BLUE),
                                    ("On track", "Will be delivered by the due date", GREEN),
                                    ("At risk", "Some slippage; mitigation in place", AMBER),
                                    ("Off track", "Will not be delivered by the due date", RED)]):
        cv.cell(row=11 + i, column=1, value=t).fill = fill(fl)
        cv.cell(row=11 + i, column=2, value=d)

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Adult Social Care Improvement Plan 2025 – actions by CQC theme and quality statement"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Quality statement", "Ref", "Improvement action", "Lead", "Due", "Status", "Commentary (April 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
    T1, T2, T3, T4 = ("Theme 1: Working with people", "Theme 2: Providing support",
                      "Theme 3: How the local authority ensures safety within the system", "Theme 4: Leadership")
    rows = [
        (T1, "QS1 Assessing needs", "1.1", "Reduce the number of people waiting for a Care Act assessment to under 150 through a dedicated waiting list team.", "Okoro, Grace", D(2025, 3, 31), "On track", "Waiting list 212 (March)."),
        (T1, "QS1 Assessing needs", "1.2", "Introduce a risk-prioritisation tool for people on the waiting list, with monthly contact.", "Okoro, Grace", D(2024, 12, 31), "Complete", "Tool in use since December."),
        (T1, "QS3 Equity in experience and outcomes", "1.3", "Publish an equality data profile of people drawing on care and support and act on the gaps found.", "Lindqvist, Maria", D(2025, 6, 30), "At risk", "Data quality issues in ethnicity recording."),
        (T2, "QS4 Care provision, integration and continuity", "2.1", "Refresh the market position statement and commission additional nursing dementia beds.", "Bryant, Tom; Hale, Priya", D(2025, 9, 30), "On track", "MPS consultation closes May."),
        (T2, "QS5 Partnerships and communities", "2.2", "Co-produce the carers' strategy with Hartsmere Carers Centre.", "Lindqvist, Maria", D(2205, 9, 30), "At risk", "Workshops booked."),
        (T3, "QS6 Safe systems, pathways and transitions", "3.1", "Agree a joint transitions protocol with children's services for young people from age 14.", "Hale, Priya", D(2025, 7, 31), "On track", ""),
        (T3, "QS7 Safeguarding", "3.2", "Clear the backlog of safeguarding concerns awaiting triage and introduce a 24-hour triage standard.", "Mensah, Kofi", D(2025, 4, 30), "Off track", "Backlog reduced from 140 to 96."),
        (T4, "QS8 Governance, management and sustainability", "4.1", "Establish an Adult Social Care Improvement Board chaired by the Chief Executive.", "Bryant, Tom", D(2025, 2, 28), "Complete", "First meeting 19 February."),
        (T4, "QS9 Learning, improvement and innovation", "4.2", "Launch a practice quality assurance framework with monthly case audits.", "Mensah, Kofi", D(2025, 10, 31), "On track", ""),
    ]
    r = 4
    for row in rows:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    # bad row is row 8 (rows start at 4: 1.1=4, 1.2=5, 1.3=6, 2.1=7, 2.2=8)
    assert ws.cell(row=8, column=6).value == D(2205, 9, 30)
    for col, w in zip("ABCDEFGH", [26, 30, 6, 55, 26, 12, 10, 35]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    dump_yaml(name, {
        "source": ("Imitates a council adult social care improvement plan after a CQC local authority assessment (e.g. Bath & North "
                   "East Somerset ASC Improvement Plan progress update to Cabinet, 2025, democracy.bathnes.gov.uk; CQC themes and "
                   "nine quality statements as listed by the LGA, local.gov.uk). Copied: a cover sheet with document control and a "
                   "status key, then a plan sheet grouped by CQC theme and quality statement with named leads written "
                   "'Surname, Forename' and On track / At risk / Off track / Complete statuses."),
        "reads": ("Two sheets: 'Cover' (title, version history, status key) and 'Improvement Plan' with nine actions under the four "
                  "CQC themes, due dates between 31/12/2024 and 31/10/2025. On the Improvement Plan sheet, action 2.2 (row 8) is "
                  "due 30/09/2205 (a real date cell), a year nearly two centuries away from every other date in the plan: "
                  "probably 2025 mistyped, but it is a data error, so a careful person "
                  "would stop and ask before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 8,
        "title": title,
    }, None)


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


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------------------------
# 4. YJS HMIP improvement plan: one table, full-width band rows for addressee and recommendation
# ---------------------------------------------------------------------------
def f4():
    name = "e1-yjs-hmip-addressee-and-rec-band-rows.docx"
    title = "Kestrel Vale Youth Justice Service – HMIP Inspection Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection fieldwork: 9–13 September 2024. Report published 3 December 2024. "
                      "Plan endorsed by the Youth Justice Management Board on 18 December 2024.")
    doc.add_paragraph("Document control", style="Heading 3")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("1.0", "18/12/2024", "YJS Manager", "Submitted to HMIP"),
                             ("1.3", "21/02/2025", "YJS Manager", "February progress update")]):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("Owners: YJSM – Youth Justice Service Manager; HoS – Head of Service, Early Help and Youth Justice; "
                      "QAL – Quality Assurance Lead; YJMB – Youth Justice Management Board.")
    hdr = ["No.", "Action", "Owner", "Timescale", "Progress update (February 2025)", "RAG"]
    B1 = "Recommendations for the Youth Justice Service Manager"
    B2 = "Recommendations for the Youth Justice Management Board"
    REC1 = ("Recommendation 1: Ensure that quality assurance arrangements, oversight of practice and supervision "
            "consistently support staff and volunteer development.")
    REC2 = "Recommendation 2: Ensure that assessment activity always considers how best to keep the child and the community safe."
    REC3 = ("Recommendation 3: Make sure the YJS is sufficiently resourced and structured to deliver high-quality work "
            "with children and with victims of crime.")
    REC4 = "Recommendation 4: Assure itself that the disproportionality action plan is being used effectively across the partnership."
    RAGF = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    items = [
        ("band", B1), ("rec", REC1),
        ("act", "1.1", "Introduce a monthly case audit programme, with at least two cases per practitioner audited each quarter.",
         "QAL", "Jan 2025", "Programme running; 18 audits completed.", "Green", ["QAL"], "2025-01", "green", None),
        ("act", "1.2", "Revise the supervision policy so that every supervision records management oversight of risk and safety decisions.",
         "YJSM", "31/03/2025", "Draft policy with HR and unions.", "Amber", ["YJSM"], "2025-03", "amber", None),
        ("act", "1.3", "Volunteer panel members to receive an annual development review and refresher training.",
         "YJSM / Volunteer Coordinator", "April – June 2025", "", "Not started", ["YJSM", "Volunteer Coordinator"], "2025-06", "unrated", None),
        ("rec", REC2),
        ("act", "2.1", "Deliver AssetPlus safety and wellbeing training to all case managers.",
         "QAL", "By end of Feb 25", "All 14 case managers trained.", "Complete", ["QAL"], "2025-02", "blue", None),
        ("act", "2.2", "Introduce a risk and safety management panel for all children assessed as high or very high risk of harm.",
         "YJSM, HoS", "Dec 2024", "Panel meets fortnightly.", "Green", ["YJSM", "HoS"], "2024-12", "green", None),
        ("band", B2), ("rec", REC3),
        ("act", "3.1", "Complete a workforce and caseload review and present costed options to the Board.",
         "HoS", "Q4 2024/25", "Review complete; options paper delayed to April Board.", "Amber", ["HoS"], "2025-03", "amber", None),
        ("act", "3.2", "Recruit a dedicated victim liaison officer.",
         "HoS", "May 2025", "Post not yet funded.", "Red", ["HoS"], "2025-05", "red", None),
        ("rec", REC4),
        ("act", "4.1", "Add a disproportionality dashboard to every Board meeting, broken down by ethnicity, gender and care status.",
         "YJMB Chair", "Ongoing", "Standing item from January Board.", "Green", ["YJMB Chair"], None, "green", "Ongoing"),
        ("act", "4.2", "Each partner agency to nominate a Board-level lead for equality, diversity and inclusion.",
         "YJMB Chair", "28/02/2025", "All six agencies have nominated.", "Complete", ["YJMB Chair"], "2025-02", "blue", None),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F4E79")
    exp = []
    band = rec = None
    for it in items:
        row = t.add_row()
        if it[0] in ("band", "rec"):
            m = row.cells[0].merge(row.cells[5])
            set_text(m, it[1], bold=True)
            shade(m, "2E75B6" if it[0] == "band" else "DEEAF6")
            if it[0] == "band":
                band = it[1]
            else:
                rec = it[1]
            continue
        _, ref, action, owner, when, prog, rag, elead, eend, estat, etext = it
        for j, v in enumerate([ref, action, owner, when, prog, rag]):
            set_text(row.cells[j], v)
        if rag in RAGF:
            shade(row.cells[5], RAGF[rag])
        exp.append(act(ref, [band, rec], action, elead, eend, estat, etext))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (w, d, fl) in enumerate([("Red", "Not on track / significant risk to delivery", RED),
                                    ("Amber", "Some delay; remedial action in hand", AMBER),
                                    ("Green", "On track", GREEN),
                                    ("Complete", "Action completed and evidenced", BLUE)]):
        set_text(k.cell(i, 0), w)
        shade(k.cell(i, 0), fl)
        set_text(k.cell(i, 1), d)
    doc.save(os.path.join(OUT, name))
    dump_yaml(name, {
        "source": ("Imitates a youth justice service improvement plan after an HM Inspectorate of Probation inspection (e.g. Reading "
                   "Youth Justice Service HMIP inspection and improvement plan, committee item 2024, democracy.reading.gov.uk, "
                   "whose recommendations are split between those for the YJS manager and those for the Management Board). "
                   "Copied: a document-control table and an owners' abbreviation note above the plan, one landscape table with "
                   "full-width band rows for the addressee and for each numbered recommendation, RAG word in a shaded cell, "
                   "and a RAG key table after the plan."),
        "reads": ("Title and inspection dates, a version table, a note expanding owner abbreviations, then one table: a dark band "
                  "row for who the recommendations are addressed to, a light band row per recommendation, and numbered actions "
                  "(1.1, 1.2...) under it with owner abbreviations, varied timescales and a RAG word. Nine actions; the RAG key "
                  "table at the end is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------------------
# 5. Fostering action plan: two tables under Part headings, vMerged recommendation,
#    'Achieved' colour-only column with key where green = achieved
# ---------------------------------------------------------------------------
def f5():
    name = "e1-fostering-achieved-colour-key-vmerge.docx"
    title = "Ashcombe Borough Council Fostering Service – Action Plan and Progress Against Review and Inspection Recommendations"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Appendix 1 to the report to Corporate Parenting Board, 12 March 2025. This plan brings together the "
                      "recommendations from the LGA peer review (July 2024) and the Ofsted ILACS inspection (October 2024) that "
                      "relate to the fostering service.")
    doc.add_paragraph("Achieved column: Green – achieved; Amber – partially achieved / in progress; "
                      "Red – not achieved and behind timescale. Uncoloured – not yet started.")
    hdr = ["Recommendation", "Timescale", "Lead officer", "Actions", "Evidence / impact", "Achieved"]
    PA = "Part A: Peer review recommendations"
    PB = "Part B: Ofsted ILACS recommendations (fostering)"
    RA = "Ensure that foster carers' annual reviews are completed on time and presented to the fostering panel."
    RB = "Improve the quality and recording of supervision of foster carers, including unannounced visits."
    RC = ("Strengthen matching so that placement decisions are based on a full understanding of the child's needs and "
          "the carers' skills.")
    COL = {"G": GREEN, "A": AMBER, "R": RED}
    parts = [
        (PA, [(RA, [
            ("Jan 2025 onwards", "Fostering Team Manager", "Set up a tracker of review due dates, reported to the fostering panel each month.",
             "Tracker in place; 94% of reviews in timescale in February.", "G", ["Fostering Team Manager"], None, "blue", "Jan 2025 onwards"),
            ("March 2025", "Independent Reviewing Officer for foster carers", "Independent reviewing officer to chair all first-year reviews and any review following an allegation.",
             "IRO in post from January; 5 of 9 reviews chaired.", "A", ["Independent Reviewing Officer for foster carers"], "2025-03", "amber", None),
        ])]),
        (PB, [(RB, [
            ("April 2025", "Kay Whitfield and Daniel Osei", "Audit 20 supervision records each quarter and feed back findings to supervising social workers.",
             "First quarter audit done; 12 of 20 records good.", "A", ["Kay Whitfield", "Daniel Osei"], "2025-04", "amber", None),
            ("31st May 2025", "Supervising Social Workers", "Complete at least two unannounced visits per fostering household each year and record them on the carer's file.",
             "Only 41% of households visited unannounced in the last 12 months.", "R", ["Supervising Social Workers"], "2025-05", "red", None),
            ("Sept 2024 – Jan 2025", "Fostering Team Manager", "Refresh the supervision template so that it records the child's progress and the carer's learning.",
             "New template in use from January 2025.", "G", ["Fostering Team Manager"], "2025-01", "blue", None),
        ]), (RC, [
            ("June 2025", "Head of Service – Children in Care", "Introduce a matching meeting, chaired by a team manager, for every planned placement.",
             "", None, ["Head of Service – Children in Care"], "2025-06", "unrated", None),
            ("TBC", "Placements Manager / Fostering Team Manager", "Develop a sufficiency dashboard showing carers' skills and vacancies alongside children awaiting placement.",
             "Awaiting data warehouse changes.", "R", ["Placements Manager", "Fostering Team Manager"], None, "red", "TBC"),
        ])]),
    ]
    exp = []
    for part, recs in parts:
        doc.add_heading(part, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        for rec, acts in recs:
            first = None
            for (when, lead, action, ev, col, elead, eend, estat, etext) in acts:
                row = t.add_row()
                cells = row.cells
                if first is None:
                    first = cells[0]
                    set_text(cells[0], rec)
                for j, v in zip(range(1, 5), [when, lead, action, ev]):
                    set_text(cells[j], v)
                if col:
                    shade(cells[5], COL[col])
                last = cells[0]
                exp.append(act(None, [part, rec], action, elead, eend, estat, etext))
            if last is not first:
                m = first.merge(last)
                # merge keeps text of both cells: reset to the recommendation only
                set_text(m, rec)
        doc.add_paragraph("")
    doc.add_paragraph("Progress will next be reported to Corporate Parenting Board in June 2025.")
    doc.save(os.path.join(OUT, name))
    dump_yaml(name, {
        "source": ("Imitates 'Appendix 1 Action Plan and Progress Against Current Status of Peer Review and Ofsted Fostering Report "
                   "Recommendations' (London borough, 2013, docplayer.net/14199268), with columns Recommendation / Timescale / "
                   "Lead officer / Actions / Evidence-Impact / Achieved, and the Walsall fostering service action plan reported to "
                   "Corporate Parenting Board (Express & Star, June 2019). Copied: separate tables for peer review and Ofsted "
                   "recommendations under part headings, the recommendation cell merged down over its actions, timescale before "
                   "the action, and an 'Achieved' column that is only a colour, explained by a key above the tables."),
        "reads": ("A Corporate Parenting Board appendix: title, an intro, a key saying green means achieved, amber partially "
                  "achieved/in progress, red not achieved and behind timescale, uncoloured not started; then Part A (one peer "
                  "review recommendation, two actions) and Part B (two Ofsted recommendations, five actions). Actions have no "
                  "numbers; the Achieved cell has no text, only a colour, so green reads as complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------------------
# 6. ILACS improvement plan progress update exported to CSV: original + revised targets, totals
# ---------------------------------------------------------------------------
def f6():
    name = "e1-ilacs-original-revised-target-export.csv"
    title = "Thornbury Borough Council – Children's Services Improvement Plan (ILACS November 2023)"
    J1 = "The experiences and progress of children who need help and protection"
    J2 = "The experiences and progress of children in care and care leavers"
    J3 = "The impact of leaders on social work practice with children and families"
    R1 = "1. The timeliness and quality of strategy discussions, including attendance by health and police."
    R2 = "2. Management oversight and supervision in the assessment and child in need teams."
    R3 = "3. Care leavers' access to suitable accommodation and their understanding of their entitlements."
    R4 = "4. Sufficiency of local placements for children in care."
    R5 = "5. The use of performance information by leaders to understand frontline practice."
    # (judgement, rec, ref, action, lead, original, revised, rag, commentary, exp lead, exp end, exp status, end_text)
    rows = [
        (J1, R1, "1.1", "Implement a daily multi-agency strategy meeting slot in the MASH with police and health.", "AD Safeguarding",
         "31-Mar-24", "", "Blue - complete", "Daily slot live since 4 March.", ["AD Safeguarding"], "2024-03", "blue", None),
        (J1, R1, "1.2", "Audit 30 strategy discussions each quarter and report findings to the Practice Improvement Group.", "Principal Social Worker",
         "30-Apr-24", "31-Jul-24", "Amber", "Q4 audit completed late; revised date agreed at Improvement Board.", ["Principal Social Worker"], "2024-07", "amber", None),
        (J1, R2, "2.1", "Launch the revised supervision policy and practice standards with all team managers.", "PSW / Head of Service Assessment",
         "29-Feb-24", "", "Blue - complete", "Launched at managers' conference.", ["PSW", "Head of Service Assessment"], "2024-02", "blue", None),
        (J1, R2, "2.2", "Introduce monthly supervision compliance reporting at team level.", "Performance & Intelligence Manager",
         "31-May-24", "", "Green", "", ["Performance & Intelligence Manager"], "2024-05", "green", None),
        (J2, R3, "3.1", "Publish a refreshed local offer for care leavers, co-produced with the Children in Care Council.", "Head of Service Children in Care & Care Leavers",
         "31-Jan-24", "31-Mar-24", "Blue - complete", "Published on website 28 March.", ["Head of Service Children in Care & Care Leavers"], "2024-03", "blue", None),
        (J2, R3, "3.2", "Commission 10 additional supported accommodation units for 18–21 year olds.", "Head of Commissioning",
         "30-Sep-24", "31-Mar-25", "Red", "No bids received in first tender; re-procurement under way.", ["Head of Commissioning"], "2025-03", "red", None),
        (J2, R3, "3.3", "Personal advisers to review pathway plans with every care leaver at least every six months.", "Team Manager, Leaving Care",
         "Ongoing", "", "Green", "87% reviewed in last six months.", ["Team Manager, Leaving Care"], None, "green", "Ongoing"),
        (J2, R4, "4.1", "Recruit 25 new fostering households through the regional recruitment hub.", "Fostering Service Manager",
         "31-Mar-25", "", "Amber", "9 approved so far.", ["Fostering Service Manager"], "2025-03", "amber", None),
        (J3, R5, "5.1", "Develop a Power BI performance dashboard available to all managers.", "Performance & Intelligence Manager",
         "31-Dec-23", "30-Apr-24", "Green", "Pilot with two teams; full roll-out April.", ["Performance & Intelligence Manager"], "2024-04", "green", None),
        (J3, R5, "5.2", "Hold quarterly performance clinics chaired by the Director of Children's Services.", "DCS",
         "Quarterly", "", "Green", "Clinics held January and April.", ["DCS"], None, "green", "Quarterly"),
    ]
    N = 9
    lines = [[title] + [""] * (N - 1),
             ["Progress update for Children and Families Committee – 20 May 2024"] + [""] * (N - 1),
             [""] * N,
             ["Judgement area", "Ref", "Ofsted recommendation", "Action", "Lead", "Original target", "Revised target", "RAG", "Progress commentary"]]
    exp = []
    pj = pr = None
    for (j, rec, ref, action, lead, orig, rev, rag, com, elead, eend, estat, etext) in rows:
        lines.append([j if j != pj else "", ref, rec if rec != pr else "", action, lead, orig, rev, rag, com])
        pj, pr = j, rec
        exp.append(act(ref, [j, rec], action, elead, eend, estat, etext))
    lines += [[""] * N,
              ["RAG key:", "Blue - complete", "Green - on track", "Amber - some slippage", "Red - off track", "", "", "", ""],
              [""] * N,
              ["Summary", "", "", "", "", "", "", "", ""],
              ["Blue - complete", "3", "", "", "", "", "", "", ""],
              ["Green", "4", "", "", "", "", "", "", ""],
              ["Amber", "2", "", "", "", "", "", "", ""],
              ["Red", "1", "", "", "", "", "", "", ""],
              ["Total actions", "10", "", "", "", "", "", "", ""]]
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(lines)
    dump_yaml(name, {
        "source": ("Imitates an Ofsted ILACS action plan progress update to a council committee (e.g. Cheshire East 'Ofsted Action "
                   "Plan and Progress Update', Children and Families Committee, 23 May 2022, moderngov.cheshireeast.gov.uk, with RAG "
                   "ratings against progress updates), saved from Excel as CSV. Copied: two title lines, judgement area and "
                   "recommendation only on the first row of each group (merged cells in the workbook), 'Original target' and "
                   "'Revised target' columns with dd-Mmm-yy dates, RAG words, and a key and RAG totals block below the table."),
        "reads": ("A CSV with a title, a committee line, then ten actions under three ILACS judgement areas and five numbered "
                  "recommendations (blank cells mean the same as above). Where a revised target is given it replaces the original. "
                  "Under the table are a RAG key and a summary of counts (3 blue, 4 green, 2 amber, 1 red, 10 total), which are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------------------
# 7. JTAI partnership tracker copied from a Loop/Teams page as Markdown, emoji status
# ---------------------------------------------------------------------------
def f7():
    name = "e1-jtai-cce-loop-markdown-emoji-status.txt"
    title = "Westhaven Safeguarding Children Partnership – JTAI (Child Criminal Exploitation) Action Tracker"
    A1 = "Area for improvement 1: Strategic oversight of child exploitation by the partnership"
    A2 = ("Area for improvement 2: Information sharing about children at risk of exploitation between police, health and "
          "children's social care")
    A3 = "Area for improvement 3: Disruption activity and support for children at risk of criminal exploitation"
    E = {"red": "🔴", "amber": "🟠", "green": "🟢", "blue": "✅", "unrated": "⚪"}
    groups = [
        (A1, [
            ("1.1", "Agree a single partnership exploitation strategy and performance framework.", "SCP Business Manager", "Apr 2025", "green",
             "Draft to Exec in March.", ["SCP Business Manager"], "2025-04", None),
            ("1.2", "Create a joint exploitation subgroup reporting quarterly to the executive.", "DCI Exploitation & Head of Early Help", "Jan-25", "blue",
             "First meeting 16/01.", ["DCI Exploitation", "Head of Early Help"], "2025-01", None),
        ]),
        (A2, [
            ("2.1", "Introduce a weekly multi-agency child exploitation (MACE) meeting with health and education attending.", "MACE Chair", "31/01/2025", "blue",
             "Running weekly since 9 Jan.", ["MACE Chair"], "2025-01", None),
            ("2.2", "Police to share intelligence on missing episodes with children's social care within 24 hours.", "DI Public Protection", "Ongoing", "green",
             "Daily missing log sent to MASH.", ["DI Public Protection"], None, "Ongoing"),
            ("2.3", "Health partners to flag exploitation concerns on the child protection information system (CP-IS).", "Designated Nurse Safeguarding Children", "June 2025", "amber",
             "IT change request with the trust.", ["Designated Nurse Safeguarding Children"], "2025-06", None),
        ]),
        (A3, [
            ("3.1", "Map locations and adults of concern and share the profile with licensing and community safety.", "Community Safety Manager", "Q1 2025/26", "unrated",
             "", ["Community Safety Manager"], "2025-06", None),
            ("3.2", "Train 200 frontline staff in contextual safeguarding.", "LG / MT", "Mar 2025", "red",
             "68 trained; trainer off sick.", ["LG", "MT"], "2025-03", None),
            ("3.3", "Offer a return home interview within 72 hours of every missing episode.", "Head of Early Help", "w/c 14/04/2025", "green",
             "New provider starts April.", ["Head of Early Help"], "2025-04", None),
        ]),
    ]
    out = [f"# {title}", "",
           'Copied from the Loop workspace "JTAI improvement" on 07/03/2025. Page owner: SCP Business Manager.',
           "", "Status key: 🔴 off track · 🟠 at risk · 🟢 on track · ✅ done · ⚪ not started", ""]
    exp = []
    for afi, acts in groups:
        out += [f"### {afi}", "", "| # | Action | Owner | Due | Status | Update |", "|---|---|---|---|---|---|"]
        for (ref, action, owner, due, st, upd, elead, eend, etext) in acts:
            out.append(f"| {ref} | {action} | {owner} | {due} | {E[st]} | {upd} |")
            exp.append(act(ref, [afi], action, elead, eend, st, etext))
        out.append("")
    out += ["---", "Notes", "- Tracker reviewed at every SCP Executive; next review 02/04/2025.",
            "- Add new actions at the bottom of the relevant area, do not renumber.", ""]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    dump_yaml(name, {
        "source": ("Imitates a safeguarding children partnership's action tracker after a joint targeted area inspection (JTAI) "
                   "on child exploitation, kept as a Microsoft Loop/Teams page and copied out as Markdown text. Copied from "
                   "partnership JTAI plans: actions grouped under the inspection's numbered areas for improvement, owners as "
                   "posts or initials across police, health and the council, and a status key at the top; the emoji status "
                   "column is how Loop/Planner-style trackers show RAG."),
        "reads": ("A Markdown page: a title heading, a line saying where it was copied from, a status key (red circle off track, "
                  "orange at risk, green on track, tick done, white not started), then three 'Area for improvement' headings "
                  "each with a pipe table of numbered actions. Eight actions; the notes at the bottom are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7):
        fn()
    print("done")
