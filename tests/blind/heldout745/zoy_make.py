#!/usr/bin/env python3
"""Build the seven zoy- blind test files (set heldout745) and their expected readings.

Run with /work/main/.venv/bin/python (needs openpyxl, python-docx, pyyaml).
Writes only files whose names start with "zoy-" in this script's folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, WHITE = "5B9BD5", "92D050", "FFC000", "FF0000", "FFFFFF"
GREY = "D9D9D9"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def path(name):
    assert name.startswith("zoy-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# =============================================================================
# 1. Newham local area SEND strategic improvement plan (xlsx)
# =============================================================================
def newham():
    name = "zoy-newham-local-area-send-strategic-improvement-plan.xlsx"
    title = "Newham Local Area Partnership – SEND Strategic Improvement Plan 2025–2027"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A2"] = ("Our response to the areas for improvement in the Ofsted/CQC area SEND "
                 "inspection of Newham (October 2024)")
    cov["A2"].font = Font(italic=True, size=11)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    control = [
        ("Version", "1.3"),
        ("Status", "Approved – SEND Strategic Board"),
        ("Owner", "Director of Education and Inclusion"),
        ("Partners", "London Borough of Newham; NHS North East London ICB; ELFT; Barts Health; "
                     "Newham Parent Carer Forum"),
        ("Last updated", "14/10/2025"),
        ("Next review", "January 2026 (Q3 update)"),
    ]
    for i, (k, v) in enumerate(control, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cov.cell(row=i, column=c).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "SEND Strategic Improvement Plan – Action Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at end of Quarter 2 2025/26 (30 September 2025)"
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (inspection report)", "Action", "Lead(s)",
               "Partner(s)", "Original target", "Revised target", "Q2 progress update",
               "Previous RAG", "Current RAG"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX
    widths = [7, 42, 55, 30, 24, 12, 12, 48, 9, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws.freeze_panes = "A5"

    P1 = "Priority 1: Identification and assessment"
    P2 = "Priority 2: EHC plans and annual reviews"
    P3 = "Priority 3: Inclusion and alternative provision"
    P4 = "Priority 4: Preparing for adulthood"
    A1 = ("Leaders across the partnership should reduce the time children and young people wait "
          "for an autism assessment and make sure families receive meaningful support while they wait.")
    A2 = ("Leaders should ensure that annual reviews of EHC plans are completed in a timely way and "
          "that plans are amended so they accurately reflect children and young people’s current needs.")
    A3 = ("Leaders should strengthen multi-agency oversight of children and young people with SEND who "
          "attend alternative provision or are on part-time timetables.")
    A4 = ("Leaders should improve planning for adulthood so that young people with SEND are well "
          "prepared for the move to adult health services and into employment.")
    D = dt.datetime
    rows = [
        ("P", P1),
        ("1.1", A1, "Commission additional autism assessment capacity from an independent provider to clear "
         "the backlog of children waiting more than 52 weeks.", "Designated Clinical Officer (NEL ICB)",
         "ELFT", D(2025, 3, 31), D(2025, 9, 30), "Backlog cleared 26/09/2025; longest wait now 31 weeks.",
         "G", "B"),
        ("1.2", A1, "Launch the ‘Waiting Well’ offer for families awaiting assessment, including parent "
         "workshops co-delivered with Newham Parent Carer Forum.",
         "Head of SEND Services / Designated Clinical Officer (NEL ICB)", "Newham Parent Carer Forum",
         D(2025, 6, 30), None, "Offer live since June; 118 families attended workshops in Q2.", "G", "G"),
        ("1.3", A1, "Introduce a single neurodevelopmental referral pathway across ELFT and Barts Health "
         "with one shared waiting list.", "Associate Director, Children's Community Services (ELFT)",
         "Barts Health; NEL ICB", D(2025, 12, 31), D(2026, 3, 31),
         "Data-sharing agreement delayed; revised date agreed by SEND Strategic Board 17/07/2025.", "G", "A"),
        ("P", P2),
        ("2.1", A2, "Recruit four additional EHC co-ordinators dedicated to annual reviews.",
         "Head of SEND Services", "", D(2025, 1, 31), None, "All four posts filled from January 2025.",
         "B", "B"),
        ("2.2", A2, "Implement a monthly annual review tracker shared with SENCOs, showing reviews due, "
         "held and amended within 4 weeks.", "SEND Assessment & Review Manager", "Schools",
         D(2025, 9, 30), None, "Tracker issued monthly since July; 71% of amendments within 4 weeks.",
         "A", "G"),
        ("2.3", A2, "Quality assure a 10% sample of amended EHC plans each term through the multi-agency "
         "audit panel and report findings to the SEND Strategic Board.",
         "Principal Educational Psychologist; Head of Quality Assurance (Education)", "Health; Social care",
         "Termly", None, "Summer term audit completed – 64% of plans judged good or better.", "G", "G"),
        ("P", P3),
        ("3.1", A3, "Create a register of all pupils with SEND on part-time timetables or in alternative "
         "provision, refreshed fortnightly.", "AD Inclusion", "Schools; Virtual School",
         D(2025, 4, 30), D(2025, 10, 31), "Schools’ returns incomplete (62%); escalated to Schools Forum.",
         "A", "R"),
        ("3.2", A3, "Carry out quality assurance visits to all unregistered alternative provision used by "
         "Newham schools.", "Head of Inclusion & Alternative Provision", "", D(2026, 3, 31), None,
         "9 of 23 settings visited.", "G", "A"),
        ("P", P4),
        ("4.1", A4, "Develop a joint transition protocol between children’s and adult health services for "
         "young people aged 14–25 with SEND.",
         "Designated Clinical Officer (NEL ICB) / Head of Preparing for Adulthood", "ELFT; Adult Social Care",
         D(2025, 12, 31), None, "Draft protocol out for consultation with young people.", "G", "G"),
        ("4.2", A4, "Expand the supported internship programme to 40 places a year in partnership with "
         "Newham College and local employers.", "Head of Preparing for Adulthood", "Newham College",
         D(2026, 9, 30), None, "28 interns started September 2025.", "G", "G"),
    ]
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    blocks = {}
    for row in rows:
        if row[0] == "P":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, afi, action, lead, partner, orig, rev, upd, prev, cur = row
        vals = [ref, afi, action, lead, partner, orig, rev, upd, prev, cur]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c)
            if c == 2:
                blocks.setdefault(afi, []).append(r)
            else:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(rag_fill[prev])
        ws.cell(row=r, column=10).fill = fill(rag_fill[cur])
        r += 1
    for afi, rs in blocks.items():
        ws.cell(row=rs[0], column=2, value=afi)
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Note: revised targets were agreed by the SEND Strategic Board on "
            "17/07/2025. Completed actions stay on the tracker until impact is evidenced.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Summary – current RAG").font = Font(bold=True)
    summary = [("B – Complete", 2), ("G – On track", 5), ("A – At risk", 2), ("R – Off track", 1),
               ("Total actions", 10)]
    for i, (k, v) in enumerate(summary, start=1):
        ws.cell(row=r + i, column=1, value=k)
        ws.cell(row=r + i, column=3, value=v)

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("B", "Complete – action delivered", BLUE),
                                     ("G", "On track to deliver by target date", GREEN),
                                     ("A", "Some slippage / at risk – mitigation in place", AMBER),
                                     ("R", "Off track – escalated to SEND Strategic Board", RED)], start=2):
        key.cell(row=i, column=1, value=k).fill = fill(col)
        key.cell(row=i, column=2, value=v)
    key.column_dimensions["B"].width = 50
    wb.save(path(name))

    acts = [
        act("1.1", [P1, A1], rows[1][2], ["Designated Clinical Officer (NEL ICB)"], "2025-09", "blue"),
        act("1.2", [P1, A1], rows[2][2], ["Head of SEND Services", "Designated Clinical Officer (NEL ICB)"],
            "2025-06", "green"),
        act("1.3", [P1, A1], rows[3][2], ["Associate Director, Children's Community Services (ELFT)"],
            "2026-03", "amber"),
        act("2.1", [P2, A2], rows[5][2], ["Head of SEND Services"], "2025-01", "blue"),
        act("2.2", [P2, A2], rows[6][2], ["SEND Assessment & Review Manager"], "2025-09", "green"),
        act("2.3", [P2, A2], rows[7][2],
            ["Principal Educational Psychologist", "Head of Quality Assurance (Education)"], None, "green",
            end_text="Termly"),
        act("3.1", [P3, A3], rows[9][2], ["AD Inclusion"], "2025-10", "red"),
        act("3.2", [P3, A3], rows[10][2], ["Head of Inclusion & Alternative Provision"], "2026-03", "amber"),
        act("4.1", [P4, A4], rows[12][2],
            ["Designated Clinical Officer (NEL ICB)", "Head of Preparing for Adulthood"], "2025-12", "green"),
        act("4.2", [P4, A4], rows[13][2], ["Head of Preparing for Adulthood"], "2026-09", "green"),
    ]
    write_expected(
        name,
        source=("Imitates the SEND Strategic Improvement Plan the Newham local area partnership (London "
                "Borough of Newham with NHS North East London ICB) adopted after its October 2024 area SEND "
                "inspection, which replaced the earlier WSOA-era improvement plans (reported to the Education, "
                "Children and Young People Scrutiny Commission, 23 April 2025). Copies a partnership tracker "
                "workbook: cover sheet with document-control table, a plan sheet with merged priority rows, the "
                "inspection's area for improvement merged down beside its actions, original and revised target "
                "date columns, previous and current RAG letters with fill colours, a notes line and a current-RAG "
                "summary block, and a separate RAG key sheet."),
        reads=("A cover sheet names the plan; the 'Improvement plan' sheet lists ten numbered actions under four "
               "priorities, each priority answering one area for improvement from the inspection report. Each "
               "action has leads, an original and sometimes a revised target date, a progress note and previous "
               "and current RAG letters; the current RAG is the status and the revised date, where present, is the end."),
        outcome="read", title=title, actions=acts)


# =============================================================================
# 2. Durham County Council scrutiny recommendations tracker (tab-separated txt)
# =============================================================================
def durham():
    name = "zoy-durham-county-council-overview-scrutiny-review-recommendations-tracker.txt"
    title = "Durham County Council – Overview and Scrutiny: Review Recommendations Tracker"
    RA = "Elective Home Education – Children and Young People’s OSC review (Cabinet, 13 March 2024)"
    RB = ("Anti-Social Behaviour and Community Protection Warnings – Safer and Stronger Communities OSC "
          "review (Cabinet, 10 July 2024)")
    RC = ("Highway Verges and Biodiversity – Environment and Sustainable Communities OSC review "
          "(Cabinet, 11 December 2024)")
    A1 = ("Recommendation 1: That the Council develops a clear local offer of support for electively home "
          "educated children and their families, co-produced with home educating parents.")
    A2 = ("Recommendation 2: That the Children and Young People’s OSC receives an annual update on EHE "
          "numbers, reasons for deregistration and safeguarding outcomes.")
    B1 = ("Recommendation 1: That the Council and Durham Constabulary adopt a consistent approach to issuing "
          "Community Protection Warnings, supported by joint training.")
    B2 = ("Recommendation 2: That residents reporting anti-social behaviour receive feedback on the action "
          "taken within 10 working days.")
    C1 = ("Recommendation 1: That the Council extends its reduced-mowing pilot to further rural verges where "
          "road safety is not compromised.")
    C2 = ("Recommendation 2: That visibility splays at junctions continue to be cut in full to protect road "
          "safety.")
    # ref, review, rec, action, lead, target, revised, progress, rag
    rows = [
        ("EHE1.1", RA, A1, "Publish a refreshed EHE webpage and information pack setting out the local offer, "
         "co-produced with the EHE parent reference group.", "Strategic Manager – Inclusion and EHE",
         "31/10/2024", "", "Pack published October 2024; page views reported quarterly.", "Blue"),
        ("EHE1.2", "", "", "Offer every newly registered EHE family an initial contact visit or call within 20 "
         "school days of registration.", "EHE Team Leader", "April 2025", "Sept 2025",
         "Staffing now in place; 84% of new registrations contacted within 20 days in Q2.", "Amber"),
        ("EHE2.1", "", A2, "Provide an annual EHE report to CYP OSC each autumn, including deregistration "
         "reasons and links with children’s social care.", "Head of Education and Skills",
         "Annual – each November", "", "2025 report scheduled for CYP OSC on 17 November 2025.", "Green"),
        ("ASB1.1", RB, B1, "Agree a joint Community Protection Warning/Notice protocol between Neighbourhood "
         "Protection and Durham Constabulary.",
         "Neighbourhood Protection Manager / Neighbourhood Policing Chief Inspector (Durham Constabulary)",
         "31/12/2024", "31/03/2025", "Protocol signed off by Safe Durham Partnership Board 18/03/2025.", "Blue"),
        ("ASB1.2", "", "", "Deliver joint training on the protocol to neighbourhood wardens and neighbourhood "
         "police officers.", "Neighbourhood Protection Manager", "Q2 2025/26", "",
         "6 of 8 sessions delivered; remaining two booked for November.", "Amber"),
        ("ASB2.1", "", B2, "Add an automated case update to the online ASB reporting form and set a 10 working "
         "day feedback standard.", "Head of Community Protection", "March 2026", "",
         "Form change specified with Digital Services; testing December.", "Green"),
        ("HV1.1", RC, C1, "Identify and map a further 40km of rural verges suitable for reduced mowing, working "
         "with Durham Wildlife Trust.", "Ecology Manager; Highways Services Manager", "30/04/2025", "",
         "Mapping complete – 43km identified.", "Blue"),
        ("HV1.2", "", "", "Amend the 2026 grass cutting specification to include the extended reduced-mowing "
         "verges.", "Highways Services Manager", "Jan-26", "", "Specification being drafted.", "Green"),
        ("HV2.1", "", C2, "Review the junction visibility cutting schedule annually with Road Safety "
         "colleagues.", "Highways Services Manager", "Ongoing", "",
         "2025 review not yet held due to a vacancy in the Road Safety team.", "Red"),
    ]
    lines = [
        title,
        "Monitoring of scrutiny review recommendations agreed by Cabinet",
        "Corporate Overview and Scrutiny Management Board – position at 31 October 2025",
        "RAG: Blue = implemented; Green = on track; Amber = progressing but behind timescale; "
        "Red = not progressing",
        "",
        "\t".join(["Ref", "Review", "Recommendation", "Agreed action", "Lead officer", "Target date",
                   "Revised target", "Progress update (Oct 2025)", "RAG"]),
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "Total actions monitored: 9 (Blue 3, Green 3, Amber 2, Red 1)",
        "Implemented actions are removed from the tracker once reported to COSMB.",
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    acts = [
        act("EHE1.1", [RA, A1], rows[0][3], ["Strategic Manager – Inclusion and EHE"], "2024-10", "blue"),
        act("EHE1.2", [RA, A1], rows[1][3], ["EHE Team Leader"], "2025-09", "amber"),
        act("EHE2.1", [RA, A2], rows[2][3], ["Head of Education and Skills"], None, "green",
            end_text="Annual – each November"),
        act("ASB1.1", [RB, B1], rows[3][3],
            ["Neighbourhood Protection Manager", "Neighbourhood Policing Chief Inspector (Durham Constabulary)"],
            "2025-03", "blue"),
        act("ASB1.2", [RB, B1], rows[4][3], ["Neighbourhood Protection Manager"], "2025-09", "amber"),
        act("ASB2.1", [RB, B2], rows[5][3], ["Head of Community Protection"], "2026-03", "green"),
        act("HV1.1", [RC, C1], rows[6][3], ["Ecology Manager", "Highways Services Manager"], "2025-04", "blue"),
        act("HV1.2", [RC, C1], rows[7][3], ["Highways Services Manager"], "2026-01", "green"),
        act("HV2.1", [RC, C2], rows[8][3], ["Highways Services Manager"], None, "red", end_text="Ongoing"),
    ]
    write_expected(
        name,
        source=("Imitates a Durham County Council overview and scrutiny monitoring report on scrutiny review "
                "recommendations agreed by Cabinet (Durham's thematic OSCs report reviews to Cabinet and "
                "track the responses through the Corporate Overview and Scrutiny Management Board). Copies a "
                "tab-separated export of such a tracker: title lines, a RAG key line, one row per agreed action "
                "with the review and recommendation written only on the first row of each group, original and "
                "revised target dates, a progress column, a RAG word, and a totals/footer line."),
        reads=("Three scrutiny reviews, each with two recommendations, are followed by nine agreed actions with "
               "refs such as EHE1.2. Rows that leave the review and recommendation blank continue the one above; "
               "the RAG word is the status (Blue = implemented) and a revised target replaces the original one."),
        outcome="read", title=title, actions=acts)


# =============================================================================
# 3. Birmingham Children's Trust – Foster Birmingham Ofsted action plan (docx)
# =============================================================================
def foster_birmingham():
    name = "zoy-birmingham-childrens-trust-foster-birmingham-ofsted-fostering-agency-action-plan.docx"
    title = "Foster Birmingham (Birmingham Children’s Trust) – Ofsted Inspection Action Plan"
    doc = Document()
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Independent fostering agency inspection, 28 October – 1 November 2024. Report "
                      "published December 2024. Overall experiences and progress of children and young "
                      "people: Good.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.0"), ("Date", "06/06/2025"), ("Owner", "Head of Service – Fostering"),
                 ("Approved by", "Fostering Agency Quality & Performance Board"),
                 ("Review", "Quarterly until all actions are Blue")]:
        c = t.add_row().cells
        set_text(c[0], k, bold=True)
        set_text(c[1], v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, meaning, col in [("Blue", "Action completed and evidenced", BLUE),
                               ("Green", "On track", GREEN),
                               ("Amber", "Risk of slippage", AMBER),
                               ("Red", "Off track – escalated to Head of Service", RED)]:
        c = t.add_row().cells
        set_text(c[0], word, bold=True)
        shade(c[0], col)
        set_text(c[1], meaning)
    doc.add_paragraph("No statutory requirements were made at this inspection. The action plan responds to "
                      "the four recommendations in the report.")

    SA = "Section A: The experiences and progress of children and young people"
    SB = "Section B: How well children and young people are helped and protected"
    SC = "Section C: The effectiveness of leaders and managers"
    R1 = ("The registered person should ensure that foster carers’ recording about the children they care for "
          "is consistently child-focused and written in a way that will help children understand their history "
          "in the future. (‘Fostering Services: National Minimum Standards’, 26.6)")
    R2 = ("The registered person should ensure that each foster carer’s personal development plan is reviewed "
          "at their annual review and that the training identified is completed within agreed timescales. "
          "(‘Fostering Services: National Minimum Standards’, 20.5)")
    R3 = ("The registered person should ensure that when a child goes missing from their foster home, learning "
          "from the return home interview is shared with the foster carer and recorded on the child’s file. "
          "(‘Fostering Services: National Minimum Standards’, 5.9)")
    R4 = ("The registered person should ensure that monitoring reports identify patterns and trends and are "
          "used to drive improvement in the service. (‘Fostering Services: National Minimum Standards’, 25.2)")
    plan = [
        (SA, [
            ("Recommendation 1", R1, [
                ("1.1", "Deliver ‘Writing for the child’ recording workshops for all foster carers, with the first "
                 "cohort prioritising carers of children under five.", "Learning and Development Lead / "
                 "Registered Manager", "31/03/2025", "", "Five workshops delivered to 212 fostering households.",
                 "Blue"),
                ("1.2", "Supervising social workers to sample two recordings per household each quarter and give "
                 "written feedback in supervision.", "Team Manager (Supervising Social Workers)",
                 "Ongoing – quarterly", "", "Q1 sampling complete for 3 of 4 teams.", "Green"),
            ]),
            ("Recommendation 2", R2, [
                ("2.1", "Add the personal development plan review as a mandatory section of the annual foster "
                 "carer review report template.", "Independent Reviewing Officer (Fostering)", "January 2025", "",
                 "New template in use from 13/01/2025.", "Blue"),
                ("2.2", "Produce a monthly training compliance report for each team manager, highlighting carers "
                 "with overdue core training.", "Learning and Development Lead", "End of June 2025", "",
                 "First report issued May 2025; 88% compliance.", "Green"),
            ]),
        ]),
        (SB, [
            ("Recommendation 3", R3, [
                ("3.1", "Agree with the Trust’s Exploitation and Missing Team that return home interview summaries "
                 "are sent to the supervising social worker within 72 hours.",
                 "Registered Manager / Exploitation and Missing Team Manager", "28/02/2025", "30/06/2025",
                 "Process agreed; system workflow change awaited from Eclipse team.", "Amber"),
                ("3.2", "Include a ‘missing episodes’ learning item in foster carer support group agendas each "
                 "quarter.", "Team Manager (Supervising Social Workers)", "Q3 2025/26", "",
                 "Item added to autumn support group programme.", "Green"),
            ]),
        ]),
        (SC, [
            ("Recommendation 4", R4, [
                ("4.1", "Redesign the Schedule 6 monitoring report to include six-monthly trend analysis on "
                 "placement endings, complaints and allegations.", "Registered Manager", "30/04/2025",
                 "31/07/2025", "Redesigned report presented in draft to the Board in May.", "Green"),
                ("4.2", "Present the trend analysis to the Fostering Agency Quality & Performance Board and record "
                 "the actions agreed.", "Head of Service – Fostering", "September 2025", "",
                 "Scheduled for the September Board.", "Green"),
                ("4.3", "Share a ‘You said, we did’ summary of monitoring findings with foster carers through the "
                 "Foster Birmingham newsletter.", "Participation Officer", "Dec-25", "",
                 "To follow the Board discussion in September.", ""),
            ]),
        ]),
    ]
    hdr = ["No.", "Action", "Responsible", "Timescale", "Revised timescale", "Progress update (June 2025)",
           "RAG"]
    col_w = [Cm(1.2), Cm(5.5), Cm(3.2), Cm(2.2), Cm(2.2), Cm(4.2), Cm(1.4)]
    rag_col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for section, recs in plan:
        doc.add_heading(section, level=1)
        for rec_head, rec_text, actions in recs:
            doc.add_heading(rec_head, level=2)
            doc.add_paragraph(rec_text)
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                set_text(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i], GREY)
            for a in actions:
                c = t.add_row().cells
                for i, v in enumerate(a):
                    set_text(c[i], v)
                if a[6]:
                    shade(c[6], rag_col[a[6]])
            for row in t.rows:
                for i, w in enumerate(col_w):
                    row.cells[i].width = w
    doc.add_paragraph("Progress against this plan is reported to the Trust’s Quality Assurance and Performance "
                      "Committee each quarter.")
    doc.save(path(name))

    acts = []
    lead_map = {
        "1.1": ["Learning and Development Lead", "Registered Manager"],
        "3.1": ["Registered Manager", "Exploitation and Missing Team Manager"],
    }
    ends = {"1.1": ("2025-03", None), "1.2": (None, "Ongoing – quarterly"), "2.1": ("2025-01", None),
            "2.2": ("2025-06", None), "3.1": ("2025-06", None), "3.2": ("2025-12", None),
            "4.1": ("2025-07", None), "4.2": ("2025-09", None), "4.3": ("2025-12", None)}
    stat = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    for section, recs in plan:
        for rec_head, rec_text, actions in recs:
            for a in actions:
                e, et = ends[a[0]]
                acts.append(act(a[0], [section, rec_text], a[1], lead_map.get(a[0], [a[2]]), e, stat[a[6]],
                                end_text=et))
    write_expected(
        name,
        source=("Imitates the post-inspection action plan of Foster Birmingham, the independent fostering agency "
                "run by Birmingham Children's Trust and inspected by Ofsted under the SCCIF (judged Good, "
                "October/November 2024 inspection). Copies a Word action plan: title and inspection summary, "
                "document-control table, RAG key table, section headings for the SCCIF judgement areas, a "
                "'Recommendation n' heading with the NMS-referenced recommendation text above a separate action "
                "table per recommendation, timescale and revised timescale columns, and a RAG word with cell "
                "shading (one RAG cell left blank)."),
        reads=("Four Ofsted recommendations, grouped under three judgement sections, each carry a small table of "
               "numbered actions (nine in all) with who is responsible, a timescale, sometimes a revised "
               "timescale, progress and a RAG word. The 'Recommendation n' headings only label the part; the "
               "recommendation text under them is what each action answers."),
        outcome="read", title=title, actions=acts)


# =============================================================================
# 4. Adopt South West RAA service development plan 2025-26 (csv)
# =============================================================================
def adopt_south_west():
    name = "zoy-adopt-south-west-raa-service-development-plan-2025-26.csv"
    title = "Adopt South West – Service Development Plan 2025-26"
    P1, P2, P3, P4 = ("1. Early permanence", "2. Recruitment and sufficiency", "3. Adoption support",
                      "4. Voice of adopted children and adults")
    O1 = "Increase the number of children placed in early permanence (FfA and concurrency) arrangements"
    O2 = ("Recruit adopters who can meet the needs of children waiting, particularly sibling groups and "
          "children over 4")
    O3 = "Improve the timeliness and reach of adoption support, including ASGSF applications"
    O4 = "Make sure adopted children, young people and adults shape our services"
    rows = [
        (P1, "EP1", O1, "Deliver early permanence awareness sessions for all children’s social work teams across "
         "the five local authorities.", "Early Permanence Lead", "Apr-25", "Sept 2025", "Complete",
         "14 sessions delivered, 231 attendees."),
        ("", "EP2", "", "Recruit and approve at least 12 early permanence carer households.",
         "Operations Manager (Family Finding) / Early Permanence Lead", "Apr-25", "Mar-26", "Amber",
         "5 approved, 3 in assessment – behind trajectory."),
        (P2, "RS1", O2, "Run a targeted sibling-group recruitment campaign with Adoption England’s national "
         "‘You Can Adopt’ partnership.", "Recruitment & Marketing Officer", "Jun-25", "Q3 2025/26", "Green",
         "Campaign live from 6 October."),
        ("", "RS2", "", "Hold ‘Meet the Children’ family-finding events:\n- spring event in Exeter\n- autumn "
         "event in Truro", "Family Finding Team Manager", "Apr-25", "31/01/2026", "Green",
         "Exeter event held 22 May (17 children profiled, 9 links); Truro booked for 20 November."),
        ("", "RS3", "", "Reduce the average time from enquiry to the start of stage 1 to 8 weeks.",
         "Recruitment Team Manager", "Apr-25", "Mar-26", "Red",
         "Average 11.5 weeks in Q2; assessor capacity reduced by two vacancies."),
        (P3, "AS1", O3, "Complete assessments of need for adoption support within 12 weeks of the request.",
         "Adoption Support Team Manager", "Apr-25", "Ongoing", "Amber", "74% within 12 weeks (target 90%)."),
        ("", "AS2", "", "Launch a peer-mentoring scheme for adopters in Cornwall and the Isles of Scilly, building "
         "on the April 2024 transfer of Cornwall’s adoption service into Adopt South West.",
         "Operations Manager (Adoption Support); Cornwall Practice Lead", "Jan-26", "Q4 2025/26",
         "Not started", "Scoping with Adoption UK planned for December."),
        (P4, "VA1", O4, "Establish an adopted young people’s participation group meeting at least termly.",
         "Participation Worker", "Sep-25", "Dec-25", "Green", "First meeting held 30 September (8 young people)."),
    ]
    hdr = ["Priority", "Ref", "Objective", "Action", "Lead", "Start", "Target", "RAG", "Q2 update"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * (len(hdr) - 1)
    w.writerow([title] + blank)
    w.writerow(["Regional Adoption Agency for Cornwall & Isles of Scilly, Devon, Plymouth, Somerset and Torbay "
                "(hosted by Devon County Council)"] + blank)
    w.writerow(["Progress position: Quarter 2 (July – September 2025). RAG: Complete / Green = on track / "
                "Amber = at risk / Red = off track / Not started"] + blank)
    w.writerow([""] * len(hdr))
    w.writerow(hdr)
    for r in rows:
        w.writerow(r)
    w.writerow([""] * len(hdr))
    w.writerow(["Agreed by ASW Partnership Board 24/04/2025. Next update to Board: January 2026."] + blank)
    with open(path(name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())

    acts = [
        act("EP1", [P1, O1], rows[0][3], ["Early Permanence Lead"], "2025-09", "blue"),
        act("EP2", [P1, O1], rows[1][3], ["Operations Manager (Family Finding)", "Early Permanence Lead"],
            "2026-03", "amber"),
        act("RS1", [P2, O2], rows[2][3], ["Recruitment & Marketing Officer"], "2025-12", "green"),
        act("RS2", [P2, O2], rows[3][3], ["Family Finding Team Manager"], "2026-01", "green"),
        act("RS3", [P2, O2], rows[4][3], ["Recruitment Team Manager"], "2026-03", "red"),
        act("AS1", [P3, O3], rows[5][3], ["Adoption Support Team Manager"], None, "amber", end_text="Ongoing"),
        act("AS2", [P3, O3], rows[6][3], ["Operations Manager (Adoption Support)", "Cornwall Practice Lead"],
            "2026-03", "unrated"),
        act("VA1", [P4, O4], rows[7][3], ["Participation Worker"], "2025-12", "green"),
    ]
    write_expected(
        name,
        source=("Imitates an annual service development plan of Adopt South West, the regional adoption agency "
                "hosted by Devon County Council for Devon, Plymouth, Somerset and Torbay, which Cornwall and the "
                "Isles of Scilly joined on 1 April 2024. Copies an Excel plan saved as CSV: title and scope lines "
                "with trailing empty columns, a RAG key line, priority and objective cells that were merged in "
                "Excel and so appear only on the first row of each group, start and target columns with "
                "quarters, month abbreviations and 'Ongoing', a quoted multi-line action, and a sign-off footer."),
        reads=("Eight actions (EP1 to VA1) sit under four numbered priorities, each with one objective; rows with "
               "empty Priority and Objective cells belong to the group above. The Target column gives the end "
               "month, and the RAG column the status ('Complete' is done, 'Not started' is unrated)."),
        outcome="read", title=title, actions=acts)


# =============================================================================
# 5. Cardiff and Vale RSB – JICPA Vale of Glamorgan improvement plan (docx)
# =============================================================================
def jicpa_vale():
    name = "zoy-cardiff-and-vale-rsb-jicpa-vale-of-glamorgan-multi-agency-improvement-plan.docx"
    title = ("Joint Inspection of Child Protection Arrangements (JICPA) Vale of Glamorgan: "
             "Multi-Agency Improvement Plan")
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Cardiff and Vale Regional Safeguarding Board / Bwrdd Diogelu Rhanbarthol Caerdydd a’r Fro")
    doc.add_paragraph("Partners: Vale of Glamorgan Council (VoGC), South Wales Police (SWP), Cardiff and Vale "
                      "University Health Board (CVUHB) and Vale schools. Plan approved by the Regional "
                      "Safeguarding Children Board, 21 October 2025. Progress position: November 2025.")
    doc.add_paragraph("RAG key (colour of the RAG cell):")
    k = doc.add_table(rows=1, cols=8)
    k.style = "Table Grid"
    for i, (col, label) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                      (AMBER, "Some risk to delivery"), (RED, "Off track")]):
        shade(k.rows[0].cells[2 * i], col)
        set_text(k.rows[0].cells[2 * i + 1], label)

    T1 = "Theme 1: Leadership, governance and partnership working"
    T2 = "Theme 2: Multi-agency response to abuse and neglect"
    T3 = "Theme 3: Hearing the voice of the child"
    D1 = ("Strategic leaders should strengthen multi-agency quality assurance so that they understand the "
          "impact of child protection practice on children.")
    D2 = ("Partners should ensure that strategy discussions are timely and involve all relevant agencies, "
          "including health and education.")
    D3 = ("Information about children subject to child protection plans should be shared consistently with GP "
          "practices and schools.")
    D4 = ("Practitioners across agencies should consistently capture and record the views, wishes and lived "
          "experience of children aged 11 and under.")
    plan = [
        (T1, [(D1, [
            ("1.1", "Establish a Vale multi-agency audit group reporting to the Regional Safeguarding Children "
             "Board, meeting every two months.", "Head of Children and Young People Services (VoGC)",
             "December 2025", "First meeting held 14/10/2025; terms of reference agreed.", BLUE),
            ("1.2", "Complete a themed multi-agency audit of children on child protection plans for neglect and "
             "report the findings to the Board.",
             "Safeguarding Board Business Manager / Named Nurse Safeguarding Children (CVUHB)", "31/03/2026",
             "Audit sample agreed (20 children).", GREEN),
        ])]),
        (T2, [(D2, [
            ("2.1", "Introduce a daily virtual strategy discussion slot in the Vale Integrated Front Door with "
             "police and health representation.", "Operational Manager – Intake and Family Support (VoGC)",
             "Quarter 4 2025-26", "Pilot running two days a week since September.", GREEN),
            ("2.2", "Invite the designated safeguarding person from the child’s school to every strategy "
             "discussion where the child is of school age.",
             "Detective Inspector – Public Protection (SWP)", "January 2026",
             "Agreed in principle; attendance in Q2 only 41%.", AMBER),
        ]), (D3, [
            ("2.3", "Agree a secure process for notifying GP practices when a child protection plan starts and "
             "ends.", "Named Nurse Safeguarding Children (CVUHB)", "June 2026",
             "Delayed pending the all-Wales information sharing system decision.", RED),
            ("2.4", "Refresh the guidance for schools on contributing to core group meetings and issue it through "
             "the Vale headteachers’ forum.", "Lead Officer for Safeguarding in Education (VoGC)",
             "Autumn term 2025", "Draft guidance shared with headteachers for comment.", GREEN),
        ])]),
        (T3, [(D4, [
            ("3.1", "Roll out the ‘Three Houses’ direct work tool to social workers, school nurses and health "
             "visitors, with shared recording guidance.",
             "Principal Social Worker (VoGC) / Head of Children’s Community Nursing (CVUHB)", "31/01/2026",
             "Training dates set for December and January.", GREEN),
            ("3.2", "Include a ‘child’s voice’ measure in the quarterly multi-agency performance report to the "
             "Board.", "Safeguarding Board Business Manager", "Ongoing",
             "Measure included in the Q2 report.", GREEN),
        ])]),
    ]
    hdr = ["Ref", "Area for development", "Action", "Lead", "Target date", "Progress (November 2025)", "RAG"]
    widths = [Cm(1.3), Cm(5.5), Cm(6.5), Cm(4.2), Cm(2.6), Cm(5.0), Cm(1.4)]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "1F3864")
    for theme, afds in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_text(merged, theme, bold=True, size=10)
        shade(merged, "DEEAF6")
        for afd, actions in afds:
            first = len(t.rows)
            for a in actions:
                c = t.add_row().cells
                set_text(c[0], a[0])
                set_text(c[2], a[1])
                set_text(c[3], a[2])
                set_text(c[4], a[3])
                set_text(c[5], a[4])
                shade(c[6], a[5])
            last = len(t.rows) - 1
            cell = t.cell(first, 1)
            if last > first:
                cell = cell.merge(t.cell(last, 1))
            set_text(cell, afd)
    for row in t.rows:
        cells = row.cells
        if len({id(c._tc) for c in cells}) != len(hdr):
            continue  # theme row spanning the table
        for i, w in enumerate(widths):
            cells[i].width = w
    doc.add_paragraph("Actions for individual agencies sit in each agency’s single-agency plan; only "
                      "multi-agency actions are shown here.")
    doc.save(path(name))

    colour_status = {BLUE: "blue", GREEN: "green", AMBER: "amber", RED: "red"}
    leads = {
        "1.2": ["Safeguarding Board Business Manager", "Named Nurse Safeguarding Children (CVUHB)"],
        "3.1": ["Principal Social Worker (VoGC)", "Head of Children’s Community Nursing (CVUHB)"],
    }
    ends = {"1.1": ("2025-12", None), "1.2": ("2026-03", None), "2.1": ("2026-03", None),
            "2.2": ("2026-01", None), "2.3": ("2026-06", None), "2.4": ("2025-12", None),
            "3.1": ("2026-01", None), "3.2": (None, "Ongoing")}
    acts = []
    for theme, afds in plan:
        for afd, actions in afds:
            for a in actions:
                e, et = ends[a[0]]
                acts.append(act(a[0], [theme, afd], a[1], leads.get(a[0], [a[2]]), e, colour_status[a[5]],
                                end_text=et))
    write_expected(
        name,
        source=("Imitates the multi-agency improvement plan a Welsh regional safeguarding board publishes after a "
                "Joint Inspection of Child Protection Arrangements (CIW, HMICFRS, HIW and Estyn; the JICPA "
                "programme ran across the six board areas 2019–2024 and continued in 2025, e.g. Pembrokeshire, "
                "March 2025). Here the Cardiff and Vale Regional Safeguarding Board's plan for a Vale of "
                "Glamorgan JICPA. Copies a landscape Word plan: bilingual board name, partner list, a colour-only "
                "RAG key, one table with shaded theme rows spanning all columns, the area for development merged "
                "down beside its actions, leads with agency in brackets, target dates including a quarter, a "
                "school term and 'Ongoing', and a RAG column shown only by cell colour."),
        reads=("Eight numbered actions sit under three themes; within each theme the inspectors' area for "
               "development is the merged cell to the left of the actions it covers. The RAG column has no text, "
               "so the status is the cell colour read against the key (blue = complete)."),
        outcome="read", title=title, actions=acts)


# =============================================================================
# 6. East Riding of Yorkshire Council – council plan delivery tracker (xlsx, refuse)
# =============================================================================
def east_riding():
    name = "zoy-east-riding-of-yorkshire-council-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"
    title = "East Riding of Yorkshire Council – Council Plan Annual Delivery Plan 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 monitoring (April – September 2025) – report to Cabinet, 11 November 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Ref", "Key action", "Responsible officer", "Due", "Q1", "Q2", "Commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    for i, w in enumerate([24, 7, 60, 30, 14, 12, 12, 50]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    S = {"Complete": BLUE, "On track": GREEN, "Slippage": AMBER, "At risk": RED}
    groups = [
        ("1. A thriving economy", [
            ("EC1", "Deliver the Bridlington Town Centre regeneration scheme (Phase 2 public realm works).",
             "Director of Planning, Housing and Economic Regeneration", "March 2026", "On track", "On track",
             "Contractor on site since July."),
            ("EC2", "Launch the East Riding Business Growth Grant round 3.", "Head of Economic Development",
             "Sept 2025", "On track", "Complete", "31 grants awarded."),
            ("EC3", "Adopt the refreshed Local Plan for consultation.", "Head of Planning and Development Management",
             "31/12/2025", "On track", "Slippage", "Evidence base work delayed; Cabinet date moved to January."),
        ]),
        ("2. Healthy and resilient communities", [
            ("HC1", "Open two additional Family Hubs in Goole and Hornsea.", "Head of Early Help and Prevention",
             "Febuary 2026", "On track", "On track", "Goole building works started."),
            ("HC2", "Reduce the number of people waiting for an adult social care assessment to under 150.",
             "Director of Adults, Health and Care", "Q4 2025/26", "Slippage", "Slippage",
             "Waiting list 212 at end of Q2."),
            ("HC3", "Deliver the Warm Spaces and winter support programme with parish and town councils.",
             "Head of Customer and Community Services", "Ongoing", "On track", "On track", "Programme opens 1 November."),
        ]),
        ("3. Protecting our environment", [
            ("EN1", "Roll out weekly food waste collections to all households.", "Head of Streetscene Services",
             "31/03/2026", "On track", "At risk", "Vehicle delivery delayed by supplier."),
            ("EN2", "Complete the Withernsea coastal defence improvement works.", "Head of Infrastructure and Facilities",
             "Oct-25", "On track", "Complete", "Works completed 3 October."),
        ]),
        ("4. A modern, efficient council", [
            ("MC1", "Move 20 high-volume council services to the new online customer account.",
             "Head of Digital and ICT", "Dec-25", "On track", "On track", "14 services live."),
            ("MC2", "Deliver the 2025/26 savings programme (£9.4m).", "Director of Finance and Resources",
             "March 2026", "On track", "Slippage", "£1.1m at risk – mitigations reported to Cabinet."),
        ]),
    ]
    r = 5
    refuse_row = None
    for prio, acts_ in groups:
        start = r
        for ref, action, lead, due, q1, q2, comm in acts_:
            vals = [None, ref, action, lead, due, q1, q2, comm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=6).fill = fill(S[q1])
            ws.cell(row=r, column=7).fill = fill(S[q2])
            if due.startswith("Febuary"):
                refuse_row = r
            r += 1
        ws.cell(row=start, column=1, value=prio).font = Font(bold=True)
        ws.cell(row=start, column=1).alignment = WRAP
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete (blue) | On track (green) | Slippage (amber) | At risk (red)")
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 summary by priority"
    sm["A1"].font = Font(bold=True)
    for c, h in enumerate(["Priority", "Complete", "On track", "Slippage", "At risk", "Total"], start=1):
        sm.cell(row=3, column=c, value=h).font = Font(bold=True)
    summ = [("1. A thriving economy", 1, 1, 1, 0, 3), ("2. Healthy and resilient communities", 0, 2, 1, 0, 3),
            ("3. Protecting our environment", 1, 0, 0, 1, 2), ("4. A modern, efficient council", 0, 1, 1, 0, 2),
            ("Total", 2, 4, 3, 1, 10)]
    for i, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            sm.cell(row=i, column=c, value=v)
    sm.column_dimensions["A"].width = 38
    wb.save(path(name))
    assert refuse_row is not None
    write_expected(
        name,
        source=("Imitates a unitary council's Council Plan annual delivery plan monitoring workbook as reported "
                "quarterly to Cabinet and Overview Management (East Riding of Yorkshire Council publishes a Council "
                "Plan with a yearly set of key actions). Copies a tracker sheet with a title block, priority cells "
                "merged down beside their actions, a due column written in mixed forms (month, abbreviation, "
                "date, quarter, 'Ongoing'), Q1 and Q2 status words with fill colours, a key line, and a separate "
                "summary sheet of counts."),
        reads=("Ten key actions under four numbered priorities, each with a responsible officer, a due date and Q1 "
               "and Q2 statuses. The due cell for HC1 reads 'Febuary 2026', a mistyped month, so a careful reader "
               "would stop and ask what was meant before importing."),
        outcome="refuse", title=title, refuse_at=refuse_row)
    return refuse_row


# =============================================================================
# 7. Staffordshire County Council fostering service development plan (xlsx)
# =============================================================================
def staffordshire():
    name = "zoy-staffordshire-county-council-fostering-service-development-plan-2025-26.xlsx"
    title = "Staffordshire County Council Fostering Service – Development Plan 2025-26"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A3"] = ("This plan sets out how the fostering service will grow and support its in-house foster carers in "
                "2025-26. It is reviewed quarterly by the Fostering Service Management Team and reported to the "
                "Corporate Parenting Panel.")
    ov["A3"].alignment = WRAP
    ov.merge_cells("A3:D3")
    ov.row_dimensions[3].height = 45
    ov["A5"] = "Key to officers"
    ov["A5"].font = Font(bold=True)
    officers = [("FSM", "Fostering Service Manager"), ("RM", "Recruitment Manager"),
                ("KTM", "Kinship Team Manager"), ("LDO", "Learning & Development Officer"),
                ("TM(S)", "Team Manager (Supervising Social Workers)")]
    for i, (k, v) in enumerate(officers, start=6):
        ov.cell(row=i, column=1, value=k)
        ov.cell(row=i, column=2, value=v)
    ov["A12"] = "Status key"
    ov["A12"].font = Font(bold=True)
    SK = [("Achieved", BLUE), ("On track", GREEN), ("Delayed", AMBER), ("Not started", WHITE)]
    for i, (k, col) in enumerate(SK, start=13):
        ov.cell(row=i, column=1, value=k).fill = fill(col)
    ov.column_dimensions["A"].width = 16
    ov.column_dimensions["B"].width = 44

    O1 = "Objective 1: Increase the number and range of Staffordshire foster carers"
    O2 = "Objective 2: Support and retain our foster carers"
    O3 = ("Objective 3: Improve the quality of support for children in kinship and connected persons "
          "arrangements")
    D = dt.datetime
    sheets = [
        ("Objective 1", O1, "What good looks like: 40 new mainstream fostering households approved in 2025-26.", [
            ("1.1", "Join the regional Foster Care Hub recruitment model and refresh the Staffordshire fostering "
             "webpages.", "RM", D(2025, 6, 30), "Enquiries handled by the hub", "Live from 2 June 2025.",
             "Achieved"),
            ("1.2", "Introduce a fast-track assessment pathway for applicants with childcare or education "
             "experience (target 16 weeks).", "RM/FSM", "End of March 2026", "Average assessment length",
             "Pathway agreed; first 6 applicants on it.", "On track"),
            ("1.3", "Launch a refer-a-friend reward scheme for current foster carers.", "RM", "w/c 06/10/25",
             "Referrals received", "Legal check of payment terms still awaited.", "Delayed"),
        ]),
        ("Objective 2", O2, "What good looks like: fewer than 10% of households resign for reasons other than "
         "retirement or adoption/SGO.", [
            ("2.1", "Extend the out-of-hours support line to cover weekends from 5pm Friday to 9am Monday.", "FSM",
             D(2025, 9, 1), "Calls answered; carer survey", "Weekend cover started 1 September.", "Achieved"),
            ("2.2", "Offer a Mockingbird constellation place to every foster carer living within 10 miles of a "
             "hub home.", "FSM, TM(S)", "Jan-26", "Carers in constellations", "Third constellation launching "
             "in Burton.", "On track"),
            ("2.3", "Review the fostering allowance and skills payment scheme and present options to Cabinet.",
             "FSM / Finance Business Partner", D(2026, 2, 28), "Cabinet decision", "", "Not started"),
        ]),
        ("Objective 3", O3, "What good looks like: every connected person is assessed and supported in line with "
         "the Fostering Regulations and Kinship Care statutory guidance.", [
            ("3.1", "Complete all connected persons viability assessments within 10 working days.", "KTM",
             "Ongoing", "% completed in 10 working days", "87% in Q2.", "On track"),
            ("3.2", "Deliver kinship carer training on trauma-informed care, with evening and online sessions.",
             "LDO", D(2025, 12, 31), "Sessions held; attendance", "Trainer recruitment delayed; first session "
             "now January.", "Delayed"),
        ]),
    ]
    hdr = ["Action no.", "What we will do", "Who", "By when", "How we will know", "Progress at Q2", "Status"]
    SC = dict(SK)
    for sheet, head, good, rows in sheets:
        ws = wb.create_sheet(sheet)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = good
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("00524C")
            cell.border = BOX
        for i, w in enumerate([10, 60, 16, 18, 28, 40, 12]):
            ws.column_dimensions["ABCDEFG"[i]].width = w
        for r, row in enumerate(rows, start=5):
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(SC[row[6]])
    wb.save(path(name))

    stat = {"Achieved": "blue", "On track": "green", "Delayed": "amber", "Not started": "unrated"}
    leads = {"1.2": ["RM", "FSM"], "2.2": ["FSM", "TM(S)"], "2.3": ["FSM", "Finance Business Partner"]}
    ends = {"1.1": ("2025-06", None), "1.2": ("2026-03", None), "1.3": ("2025-10", None),
            "2.1": ("2025-09", None), "2.2": ("2026-01", None), "2.3": ("2026-02", None),
            "3.1": (None, "Ongoing"), "3.2": ("2025-12", None)}
    acts = []
    for sheet, head, good, rows in sheets:
        for row in rows:
            e, et = ends[row[0]]
            acts.append(act(row[0], [head], row[1], leads.get(row[0], [row[2]]), e, stat[row[6]], end_text=et))
    write_expected(
        name,
        source=("Imitates the annual fostering service development plan a county council fostering service keeps "
                "alongside its fostering annual report (Staffordshire County Council runs an in-house fostering "
                "service and kinship team reporting to its Corporate Parenting Panel). Copies a workbook with an "
                "overview sheet (purpose, key to officers' initials, status key with colours) and one sheet per "
                "objective, each with the objective as a heading and a 'what good looks like' line above a table: "
                "action number, what we will do, who (initials, sometimes two), by when (dates, 'End of March "
                "2026', 'w/c 06/10/25', 'Jan-26', 'Ongoing'), measure, progress and a status word with fill."),
        reads=("Three objective sheets hold eight numbered actions; each sheet's objective heading is what its "
               "actions sit under. Leads are officers' initials as written, and the status words follow the "
               "overview key (Achieved = complete, Delayed = amber, Not started = unrated)."),
        outcome="read", title=title, actions=acts)


if __name__ == "__main__":
    newham()
    durham()
    foster_birmingham()
    adopt_south_west()
    jicpa_vale()
    rr = east_riding()
    staffordshire()
    print("built 7 zoy- cases; East Riding refuse row:", rr)
