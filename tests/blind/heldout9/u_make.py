"""Generate the heldout9 'u-' xlsx cases and their .expected.yaml files.

Run with: /work/main/.venv/bin/python u_make.py
The expected readings are written out explicitly per action (not derived from
the cells), as a person reads the workbook.
"""
import os
from datetime import datetime as D

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
WHITE_BOLD = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def solid(hex_):
    return PatternFill("solid", fgColor=hex_)


def theme_fill(theme, tint=0.0):
    # openpyxl's default theme: 4=accent1 4F81BD blue, 5=accent2 C0504D red,
    # 6=accent3 9BBB59 green, 9=accent6 F79646 orange
    return PatternFill("solid", fgColor=Color(theme=theme, tint=tint))


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, row, col, value, fmt=None, fill=None, font=None, align=WRAP, border=True):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = fill
    if font:
        c.font = font
    if align:
        c.alignment = align
    if border:
        c.border = BOX
    return c


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, source, reads, outcome, title=None, actions=None,
               refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".xlsx.expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------------------
# 1. ILACS improvement plan workbook: cover, key sheet, summary, sheet per priority
# ---------------------------------------------------------------------------
def make_ilacs():
    name = "u-ilacs-improvement-workbook"
    title = "Children's Services Improvement Plan 2025–2027"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Our response to the Ofsted inspection of local authority children's services (ILACS), 3–14 February 2025"
    cov["A4"] = "Document control"
    cov["A4"].font = BOLD
    for i, h in enumerate(["Version", "Date", "Author", "Changes"], 1):
        put(cov, 5, i, h, font=BOLD)
    for r, row in enumerate([
        ("0.1", D(2025, 3, 20), "Improvement Programme Manager", "First draft for DMT"),
        ("1.0", D(2025, 4, 2), "Improvement Programme Manager", "Submitted to Ofsted"),
        ("1.3", D(2025, 10, 8), "PMO Officer", "Q2 update for Improvement Board"),
    ], 6):
        for c, v in enumerate(row, 1):
            put(cov, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    cov["A10"] = "Each priority has its own sheet. RAG ratings are shown by cell colour – see 'RAG Key'."
    widths(cov, [12, 14, 32, 40])

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key (column G on each priority sheet)"
    key["A1"].font = BOLD
    for r, (fill, txt) in enumerate([
        (theme_fill(4, 0.5999), "Complete – action delivered and evidenced"),
        (theme_fill(6, 0.3999), "On track"),
        (theme_fill(9, 0.3999), "Some slippage – recovery plan in place"),
        (theme_fill(5, 0.3999), "Off track – escalated to Improvement Board"),
        (None, "Not started"),
    ], 3):
        put(key, r, 1, None, fill=fill)
        put(key, r, 2, txt)
    widths(key, [10, 50])

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of actions by priority"
    summ["A1"].font = BOLD
    for i, h in enumerate(["Priority", "Sheet", "Number of actions"], 1):
        put(summ, 3, i, h, font=BOLD)

    sheets = [
        ("P1 Front Door", "Priority 1: Front door, MASH and early help", [
            ("The consistency of management oversight of contacts and referrals at the front door, including the timeliness of decision-making.", [
                ("1.1", "Introduce a daily MASH triage meeting chaired by a team manager, with decisions recorded on the child's file within 24 hours.",
                 "MASH Team Manager", D(2025, 4, 30), None, theme_fill(6, 0.3999), "Meeting in place since April; audit shows 94% recorded within 24 hours.",
                 ["MASH Team Manager"], "2025-04", None, "green"),
                ("1.2", "Revise the threshold document with partners and deliver briefings to all referring agencies.",
                 "Head of Front Door / Partnership Business Manager", D(2025, 6, 30), D(2025, 9, 30), theme_fill(9, 0.3999), "Partner sign-off delayed to September Executive.",
                 ["Head of Front Door", "Partnership Business Manager"], "2025-09", None, "amber"),
                ("1.3", "Monthly dip-sample audit of 20 contacts by the Principal Social Worker, reported to DMT.",
                 "PSW", "Monthly", None, theme_fill(6, -0.2499), None,
                 ["PSW"], None, "Monthly", "green"),
            ]),
            ("The quality of early help assessments and plans, so that they are specific about what needs to change for children.", [
                ("1.4", "Launch a single early help assessment and plan template on the case management system.",
                 "J. Okafor", D(2025, 3, 31), None, theme_fill(4, 0.5999), "Live from 31 March 2025.",
                 ["J. Okafor"], "2025-03", None, "blue"),
                ("1.5", "Train early help practitioners and partner lead professionals in SMART planning (four cohorts).",
                 "Early Help Workforce Lead & L&D Manager", "Q3 2025/26", None, theme_fill(9, 0.3999), "Two of four cohorts delivered.",
                 ["Early Help Workforce Lead", "L&D Manager"], "2025-12", "Q3 2025/26", "amber"),
            ]),
        ]),
        ("P2 Practice", "Priority 2: Quality of child protection and child in need practice", [
            ("The quality and timeliness of child protection plans, so that they are clear about risk and what needs to happen.", [
                ("2.1", "Refresh the child protection plan template with partners and the safeguarding children partnership.",
                 "Head of Safeguarding and Quality Assurance", D(2025, 5, 31), None, theme_fill(4, 0.5999), "Complete.",
                 ["Head of Safeguarding and Quality Assurance"], "2025-05", None, "blue"),
                ("2.2", "Child protection chairs to complete a midway review of every plan and escalate drift through the dispute resolution process.",
                 "CP Chairs Team Manager", "Ongoing", None, theme_fill(6, 0.3999), None,
                 ["CP Chairs Team Manager"], None, "Ongoing", "green"),
                ("2.3", "Quarterly thematic audit of repeat child protection plans, with learning circulated to all teams.",
                 "QA Manager", D(2025, 9, 30), D(2025, 12, 31), theme_fill(5, 0.3999), "First audit not completed – QA capacity.",
                 ["QA Manager"], "2025-12", None, "red"),
            ]),
            ("Management oversight and supervision in the assessment and child in need teams.", [
                ("2.4", "Introduce a supervision recording template that sets out reflective discussion and actions for the child.",
                 "Service Manager (Assessment & CIN)", D(2025, 4, 30), None, theme_fill(4, 0.5999), None,
                 ["Service Manager (Assessment & CIN)"], "2025-04", None, "blue"),
                ("2.5", "Caseload dashboard for team managers showing supervision due and overdue, reviewed weekly by service managers.",
                 "Head of Performance", D(2025, 7, 31), D(2025, 10, 31), None, "Dependent on system upgrade.",
                 ["Head of Performance"], "2025-10", None, "unrated"),
                ("2.6", "Deliver a management development programme for all first-line managers.",
                 "Workforce Development Manager", "TBC", None, None, None,
                 ["Workforce Development Manager"], None, "TBC", "unrated"),
            ]),
        ]),
        ("P3 Care Leavers", "Priority 3: Care leavers' pathway plans and accommodation", [
            ("The quality of pathway plans and the extent to which young people contribute to them.", [
                ("3.1", "Co-design a new pathway plan with the Children in Care Council and the care leavers' forum.",
                 "Participation Lead; Leaving Care Team Manager", D(2025, 6, 30), None, theme_fill(6, 0.3999), None,
                 ["Participation Lead", "Leaving Care Team Manager"], "2025-06", None, "green"),
                ("3.2", "Every care leaver aged 18–21 to have a pathway plan updated within the last six months.",
                 "Head of Corporate Parenting", D(2026, 3, 31), None, theme_fill(9, 0.3999), "Currently 71%.",
                 ["Head of Corporate Parenting"], "2026-03", None, "amber"),
            ]),
            ("The sufficiency and suitability of accommodation for care leavers, including those aged 21–25.", [
                ("3.3", "Agree a joint housing protocol with the district housing authorities, including a care leaver priority band.",
                 "AD Commissioning & Housing Options Lead", D(2025, 9, 30), None, theme_fill(5, 0.3999), "Two districts yet to agree.",
                 ["AD Commissioning", "Housing Options Lead"], "2025-09", None, "red"),
                ("3.4", "Commission 12 additional supported lodgings and staying close placements.",
                 "Sufficiency Manager", "Q4 2025/26", None, theme_fill(6), None,
                 ["Sufficiency Manager"], "2026-03", "Q4 2025/26", "green"),
            ]),
        ]),
    ]
    actions = []
    for si, (sname, ptitle, recs) in enumerate(sheets):
        ws = wb.create_sheet(sname)
        ws.merge_cells("A1:H1")
        put(ws, 1, 1, ptitle, font=Font(bold=True, size=13), border=False)
        hdr = ["Ref", "Ofsted recommendation", "Action", "Lead", "Original target", "Revised target", "RAG", "Progress commentary"]
        for i, h in enumerate(hdr, 1):
            put(ws, 3, i, h, font=WHITE_BOLD, fill=solid("1F497D"))
        r = 4
        n = 0
        for rec, rows in recs:
            top = r
            for (ref, text, lead, orig, rev, fill, comm, xlead, xend, xtext, xstat) in rows:
                put(ws, r, 1, ref)
                put(ws, r, 3, text)
                put(ws, r, 4, lead)
                put(ws, r, 5, orig, fmt="mmm-yy" if isinstance(orig, D) else None)
                put(ws, r, 6, rev, fmt="mmm-yy" if isinstance(rev, D) else None)
                put(ws, r, 7, None, fill=fill)
                put(ws, r, 8, comm)
                actions.append(act(ref, [ptitle, rec], text, xlead, xend, xstat, xtext))
                r += 1
                n += 1
            put(ws, top, 2, rec)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        widths(ws, [6, 40, 55, 28, 12, 12, 8, 40])
        put(summ, 4 + si, 1, ptitle)
        put(summ, 4 + si, 2, sname)
        put(summ, 4 + si, 3, f"=COUNTA('{sname}'!C4:C{r - 1})")
    put(summ, 7, 1, "Total", font=BOLD)
    put(summ, 7, 3, "=SUM(C4:C6)", font=BOLD)
    widths(summ, [60, 18, 18])
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates a local authority ILACS post-inspection improvement plan kept as a workbook "
               "(generic; modelled on council plans published with Improvement Board papers): cover sheet with "
               "document control, a separate RAG key sheet, a summary sheet of COUNTA formulas, and one sheet per "
               "priority with a merged title band, the Ofsted recommendation merged down column B, original and "
               "revised target dates, and RAG shown only by theme-colour fills with tints.",
        reads="A children's services improvement plan after an ILACS inspection, split into three priority sheets. "
              "Each sheet lists numbered actions under the Ofsted recommendation they answer, with a lead, "
              "original and revised target months and a colour-only RAG explained on the key sheet.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 2. SEND priority action plan tracker: two-row header, key beside, bands,
#    previous/current RAG letters, hidden column and hidden superseded row
# ---------------------------------------------------------------------------
def make_send():
    name = "u-send-priority-tracker"
    title = "Local Area SEND Partnership – Priority Action Plan Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP tracker"
    ws.merge_cells("A1:H1")
    put(ws, 1, 1, title, font=Font(bold=True, size=14), border=False)
    ws.merge_cells("A2:H2")
    put(ws, 2, 1, "Priority action plan following the area SEND inspection (June 2024). Position reported to the SEND Improvement Board, 14 May 2025.", border=False)
    hdr_fill = solid("D9D9D9")
    for col, h in [(1, "Ref"), (2, "Action"), (3, "Lead(s)"), (8, "Progress / evidence"), (9, "WS code")]:
        put(ws, 4, col, h, font=BOLD, fill=hdr_fill)
        put(ws, 5, col, None, fill=hdr_fill)
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    put(ws, 4, 4, "Timescale", font=BOLD, fill=hdr_fill)
    put(ws, 4, 5, None, fill=hdr_fill)
    ws.merge_cells("D4:E4")
    put(ws, 4, 6, "RAG", font=BOLD, fill=hdr_fill)
    put(ws, 4, 7, None, fill=hdr_fill)
    ws.merge_cells("F4:G4")
    for col, h in [(4, "Start"), (5, "End"), (6, "Previous (Mar 25)"), (7, "Current (May 25)")]:
        put(ws, 5, col, h, font=BOLD, fill=hdr_fill)
    # key beside the table
    put(ws, 4, 11, "Key", font=BOLD)
    for r, (t, f) in enumerate([("B – Complete", "8DB4E2"), ("G – On track", "92D050"),
                                ("A – Some risk to delivery", "FFC000"), ("R – Off track", "FF0000")], 5):
        put(ws, r, 11, t, fill=solid(f))
    rag_fill = {"B": "8DB4E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    P1 = "Priority 1: Improve the timeliness and quality of EHC needs assessments and plans"
    P2 = "Priority 2: Strengthen the graduated approach and inclusion in mainstream schools"
    P3 = "Priority 3: Co-production and communication with families"
    P4 = "Priority 4: Preparing for adulthood"
    rows = [
        ("band", P1),
        ("1.1", "Recruit four additional EHC coordinators and two educational psychologists to clear the assessment backlog.",
         "Head of SEND", D(2024, 9, 1), D(2025, 3, 31), "A", "B", "All posts filled; backlog cleared 28/03/25.", "WS1",
         ["Head of SEND"], "2025-03", None, "blue"),
        ("1.2", "Introduce multi-agency quality assurance panels for draft EHC plans, with parent carer representation.",
         "SEND Head of Service / ICB Designated Clinical Officer", D(2024, 10, 1), "Summer term 2025", "G", "G", "Panels fortnightly since January.", "WS1",
         ["SEND Head of Service", "ICB Designated Clinical Officer"], "2025-07", "Summer term 2025", "green"),
        ("1.3", "Clear the backlog of overdue annual reviews, prioritising phase transfer years.",
         "Lee, Sam", D(2024, 11, 1), "Autumn term 2025", "R", "A", "412 overdue (down from 690).", "WS1",
         ["Lee, Sam"], "2025-12", "Autumn term 2025", "amber"),
        ("1.4", "Publish monthly EHC timeliness data on the Local Offer.",
         "SEND Performance Analyst", D(2025, 1, 1), "Monthly", "G", "G", None, "WS1",
         ["SEND Performance Analyst"], None, "Monthly", "green"),
        ("band", P2),
        ("2.1", "Publish an Ordinarily Available Provision guide co-produced with SENCOs and parents.",
         "Inclusion Lead & PCF Chair", D(2024, 9, 1), D(2025, 1, 31), "B", "B", "Published January 2025.", "WS2",
         ["Inclusion Lead", "PCF Chair"], "2025-01", None, "blue"),
        ("2.2", "SENCO network to deliver termly training on the graduated approach, including the inclusion audit tool.",
         "Senior Inclusion Adviser", D(2024, 9, 1), "Termly", "G", "G", None, "WS2",
         ["Senior Inclusion Adviser"], None, "Termly", "green"),
        ("hidden", "2.3", "Superseded – merged into 2.2 (Board decision 12/03/2025)", None, None, None, "G", None, None, "WS2"),
        ("2.4", "Launch a locality inclusion fund for early intervention for children without an EHC plan.",
         "AD Education", None, "Spring term 2026", None, None, "Business case to Schools Forum in June.", "WS2",
         ["AD Education"], "2026-03", "Spring term 2026", "unrated"),
        ("band", P3),
        ("3.1", "Refresh the Local Offer website with parents and young people, including an accessible 'what to expect' section.",
         "Local Offer Officer; Parent Carer Forum", D(2024, 10, 1), D(2025, 6, 30), "A", "R", "Supplier delay – escalated.", "WS3",
         ["Local Offer Officer", "Parent Carer Forum"], "2025-06", None, "red"),
        ("3.2", "Establish a Young Inspectors group to review SEND services each year.",
         "Participation Officer", None, "TBC", None, "A", "Recruitment of young people under way.", "WS3",
         ["Participation Officer"], None, "TBC", "amber"),
        ("band", P4),
        ("4.1", "Implement a 14–25 preparing for adulthood pathway across education, health and social care.",
         "PfA Lead / ICB Transitions Lead", D(2025, 1, 1), D(2026, 7, 31), "G", "G", None, "WS4",
         ["PfA Lead", "ICB Transitions Lead"], "2026-07", None, "green"),
        ("4.2", "Increase supported internship places from 12 to 30.",
         "Employment & Skills Manager", None, "Sept 2025 – July 2026", "A", "G", "Three new host employers signed up.", "WS4",
         ["Employment & Skills Manager"], "2026-07", "Sept 2025 – July 2026", "green"),
    ]
    actions = []
    r = 6
    band = None
    for row in rows:
        if row[0] == "band":
            band = row[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            put(ws, r, 1, band, font=WHITE_BOLD, fill=solid("305496"))
        elif row[0] == "hidden":
            _, ref, text, lead, start, end, prev, cur, prog, ws_code = row
            for c, v in enumerate([ref, text, lead, start, end, prev, cur, prog, ws_code], 1):
                put(ws, r, c, v)
            ws.row_dimensions[r].hidden = True
        else:
            ref, text, lead, start, end, prev, cur, prog, ws_code, xlead, xend, xtext, xstat = row
            put(ws, r, 1, ref)
            put(ws, r, 2, text)
            put(ws, r, 3, lead)
            put(ws, r, 4, start, fmt="dd/mm/yyyy")
            put(ws, r, 5, end, fmt="dd/mm/yyyy")
            put(ws, r, 6, prev, fill=solid(rag_fill[prev]) if prev else None, align=Alignment(horizontal="center"))
            put(ws, r, 7, cur, fill=solid(rag_fill[cur]) if cur else None, align=Alignment(horizontal="center"))
            put(ws, r, 8, prog)
            put(ws, r, 9, ws_code)
            actions.append(act(ref, [band], text, xlead, xend, xstat, xtext))
        r += 1
    r += 1
    put(ws, r, 1, "Next update due to the SEND Improvement Board: July 2025.", border=False, align=None)
    widths(ws, [6, 55, 30, 12, 16, 10, 10, 36, 9, 2, 26])
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "C6"
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates a local area SEND priority action plan / WSoA tracker (cf. Central Bedfordshire and "
               "Worcestershire WSoA plans organised by area of weakness / work stream): single sheet with a title and "
               "sub-title, a two-row header (Timescale: Start/End, RAG: Previous/Current), the key to the right of the "
               "table, merged priority bands, RAG letters with matching fills, a hidden workstream-code column and a "
               "hidden row holding a superseded action.",
        reads="A SEND partnership tracker of eleven live actions under four priorities, each with lead(s), an end "
              "date or term, and previous and current RAG letters; the current column gives the status. Action 2.3 "
              "is hidden (superseded into 2.2) and is not part of the plan a person sees.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 3. CQC adult social care action plan: no refs, theme bands, area merged down,
#    status words keyed on a separate Guidance sheet, text dates, totals block
# ---------------------------------------------------------------------------
def make_cqc():
    name = "u-cqc-asc-action-plan"
    title = "Adult Social Care – CQC Local Authority Assessment: Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    put(ws, 1, 1, title, font=Font(bold=True, size=14), border=False, align=None)
    put(ws, 2, 1, "Overall rating: Requires improvement (report published 12 December 2024). Plan owner: Director of Adult Social Care.", border=False, align=None)
    hdr = ["Area for improvement", "Our action", "Responsible officer", "Target date", "Status", "Progress commentary", "Evidence of impact"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, font=WHITE_BOLD, fill=solid("7030A0"))
    T1 = "Theme 1: Working with people"
    T2 = "Theme 2: Providing support"
    T3 = "Theme 3: Ensuring safety"
    T4 = "Theme 4: Leadership"
    data = [
        (T1, [
            ("People wait too long for Care Act assessments and reviews.", [
                ("Introduce a 'waiting well' protocol so that everyone waiting is contacted at least every four weeks and their risk is rated.",
                 "Head of Assessment & Care Management", "w/c 03/03/25", "Complete", "Protocol live; 100% contacted in April.", "Complaints about waits down 40%.",
                 ["Head of Assessment & Care Management"], "2025-03", None, "blue"),
                ("Targeted review sprint for people with no review in over 12 months, using an external partner.",
                 "Patel, Anita", "Q3 2025/26", "On track", "1,120 of 1,900 reviews completed.", None,
                 ["Patel, Anita"], "2025-12", "Q3 2025/26", "green"),
                ("Redesign the occupational therapy pathway to reduce waits for equipment and minor adaptations.",
                 "OT Service Manager; Head of Commissioning", D(2026, 1, 31), "At risk", "Trusted assessor training delayed.", None,
                 ["OT Service Manager", "Head of Commissioning"], "2026-01", None, "amber"),
            ]),
            ("Unpaid carers do not consistently receive an assessment or an offer of support.", [
                ("Recommission the carers' support service to include carers' assessments under a trusted assessor model.",
                 "Head of Commissioning", "Q1 2026/27", "Not started", None, None,
                 ["Head of Commissioning"], "2026-06", "Q1 2026/27", "unrated"),
                ("Carers' champion in each locality team and a quarterly carers' feedback survey.",
                 "AM/KT", "Ongoing", "On track", "Champions in 5 of 6 teams.", None,
                 ["AM", "KT"], None, "Ongoing", "green"),
            ]),
        ]),
        (T2, [
            ("There is limited home care capacity in rural areas.", [
                ("Develop a rural home care framework with enhanced hourly rates and paid travel time.",
                 "Commissioning Manager (Older People)", "31/10/2025", "Off track", "Procurement paused pending budget decision.", None,
                 ["Commissioning Manager (Older People)"], "2025-10", None, "red"),
                ("Pilot community micro-enterprises in two rural localities.",
                 "Market Development Officer", "TBC", "Not started", None, None,
                 ["Market Development Officer"], None, "TBC", "unrated"),
            ]),
            ("Transitions from children's to adult services are not always planned early enough.", [
                ("Joint transitions panel from age 14, with a shared tracker between children's and adults' services.\nReview the transitions protocol with young people and families.",
                 "Principal Social Worker (Adults) / Head of SEND", D(2025, 9, 30), "Complete", "Panel monthly since June; protocol reissued.", "Young people known at 14: 88% (was 52%).",
                 ["Principal Social Worker (Adults)", "Head of SEND"], "2025-09", None, "blue"),
            ]),
        ]),
        (T3, [
            ("Safeguarding enquiries are not always completed in a timely way.", [
                ("Introduce a safeguarding triage hub with a two-working-day screening standard.",
                 "Head of Safeguarding Adults", "End of June 2025", "Complete", None, "Screening within 2 days: 93%.",
                 ["Head of Safeguarding Adults"], "2025-06", None, "blue"),
                ("Monthly safeguarding performance report to the Safeguarding Adults Board.",
                 "Performance & Intelligence Manager", "Monthly", "On track", None, None,
                 ["Performance & Intelligence Manager"], None, "Monthly", "green"),
            ]),
        ]),
        (T4, [
            ("Co-production with people who draw on care and support is not yet embedded in strategy and commissioning.", [
                ("Establish a co-production board of people with lived experience and publish a co-production charter.",
                 "Director of Adult Social Care", "By 31 March 2026", "On track", "Board recruited; first meeting November.", None,
                 ["Director of Adult Social Care"], "2026-03", None, "green"),
            ]),
        ]),
    ]
    actions = []
    r = 5
    for theme, areas in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, theme.upper(), font=BOLD, fill=solid("E4DFEC"))
        r += 1
        for area, rows in areas:
            top = r
            for (text, lead, end, status, comm, ev, xlead, xend, xtext, xstat) in rows:
                put(ws, r, 2, text)
                put(ws, r, 3, lead)
                put(ws, r, 4, end, fmt="dd mmm yyyy" if isinstance(end, D) else None)
                put(ws, r, 5, status)
                put(ws, r, 6, comm)
                put(ws, r, 7, ev)
                actions.append(act(None, [theme.upper(), area], text, xlead, xend, xstat, xtext))
                r += 1
            put(ws, top, 1, area)
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    last = r - 1
    r += 1
    put(ws, r, 1, "Status summary", font=BOLD)
    for i, s in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"], 1):
        put(ws, r + i, 1, s)
        put(ws, r + i, 2, f'=COUNTIF($E$6:$E${last},A{r + i})')
    put(ws, r + 6, 1, "Total", font=BOLD)
    put(ws, r + 6, 2, f"=SUM(B{r + 1}:B{r + 5})", font=BOLD)
    widths(ws, [38, 60, 30, 16, 12, 36, 30])

    g = wb.create_sheet("Guidance")
    g["A1"] = "How to complete this plan"
    g["A1"].font = BOLD
    g["A3"] = "Status definitions"
    g["A3"].font = BOLD
    for i, (s, d, f) in enumerate([
        ("Complete", "Action delivered and evidence of impact recorded (Blue)", "8DB4E2"),
        ("On track", "Progressing to plan (Green)", "92D050"),
        ("At risk", "May miss the target date (Amber)", "FFC000"),
        ("Off track", "Target date missed or will be missed (Red)", "FF0000"),
        ("Not started", "Work not yet begun", None),
    ], 4):
        put(g, i, 1, s, fill=solid(f) if f else None)
        put(g, i, 2, d)
    g["A10"] = "Updates are due on the last working day of each month to the ASC Improvement Programme Manager."
    widths(g, [14, 60])
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates an adult social care action plan responding to a CQC local authority assessment (generic, "
               "post-2024 CQC assurance framework): themes as upper-case merged bands, the area for improvement merged "
               "down column A, no action references, status words keyed on a separate Guidance sheet, text dates "
               "('w/c 03/03/25', 'Q3 2025/26', 'End of June 2025', 'By 31 March 2026', 'TBC', 'Ongoing') and a "
               "COUNTIF status summary block under the table.",
        reads="An ASC improvement plan with eleven unnumbered actions grouped under four CQC themes and the "
              "areas for improvement CQC identified, each with a responsible officer, a target date and a status "
              "word (Complete, On track, At risk, Off track, Not started) defined on the Guidance sheet.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 4. Internal audit recommendations tracker – REFUSE (revised date year 2205)
# ---------------------------------------------------------------------------
def make_audit():
    name = "u-audit-recs-tracker"
    title = "Internal Audit – Outstanding Recommendations Tracker 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    put(ws, 1, 1, title, font=Font(bold=True, size=14), border=False, align=None)
    put(ws, 2, 1, "Report to Audit & Governance Committee, 22 January 2026", border=False, align=None)
    hdr = ["Audit", "Rec no.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original date", "Revised date", "Status", "Days overdue"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, font=BOLD, fill=solid("BDD7EE"))
    data = [
        ("Payroll 2024/25", [
            ("1", "High", "Starters and leavers should be independently checked before payroll is run.",
             "Monthly independent check of starters and leavers by the Payroll Team Leader, evidenced on the control sheet.",
             "Payroll Team Leader", D(2025, 3, 31), None, "Implemented"),
            ("2", "Medium", "Overtime claims should be authorised before payment.",
             "Reminder to all managers; system workflow to block unauthorised claims.",
             "HR Systems Manager", D(2025, 6, 30), D(2025, 9, 30), "Implemented"),
        ]),
        ("Direct Payments 2024/25", [
            ("1", "High", "Direct payment accounts should be audited within 12 weeks of set-up.",
             "Recruit a second Direct Payments Auditor and clear the backlog of first audits.",
             "Head of Finance (Adults)", D(2025, 5, 31), D(2025, 12, 31), "In progress"),
            ("2", "Medium", "Surplus balances should be recovered in line with policy.",
             "Quarterly surplus balance report to Adults DMT with recovery actions.",
             "Direct Payments Manager", D(2025, 9, 30), None, "Overdue"),
            ("3", "Low", "The direct payments policy should be reviewed.",
             "Policy refresh with people who use direct payments.",
             "Head of Commissioning", D(2026, 3, 31), None, "Not yet due"),
        ]),
        ("Cyber Security 2024/25", [
            ("1", "High", "Multi-factor authentication should be enforced for all remote access.",
             "Enforce MFA for all accounts, including members and contractors.",
             "Head of ICT", D(2025, 4, 30), None, "Implemented"),
            ("2", "High", "Privileged accounts should be reviewed quarterly.",
             "Quarterly privileged access review signed off by the ICT Security Manager.",
             "ICT Security Manager", D(2025, 6, 30), D(2205, 6, 30), "In progress"),
            ("3", "Medium", "Unsupported server operating systems should be removed from the network.",
             "Migrate remaining Windows Server 2012 workloads.",
             "Infrastructure Manager", D(2025, 12, 31), None, "In progress"),
        ]),
        ("Contract Management 2025/26", [
            ("1", "Medium", "Contract registers should record named contract managers.",
             "Update the contracts register and issue guidance to directorates.",
             "Procurement Manager", D(2025, 11, 30), None, "Implemented"),
            ("2", "Medium", "KPIs should be monitored for all contracts over £500k.",
             "Introduce quarterly contract review meetings with KPI dashboards.",
             "Head of Procurement", D(2026, 1, 31), None, "In progress"),
        ]),
    ]
    r = 5
    for audit, rows in data:
        top = r
        for (rec, pri, recomm, mact, lead, orig, rev, status) in rows:
            for c, v in enumerate([None, rec, pri, recomm, mact, lead], 1):
                if c > 1:
                    put(ws, r, c, v)
            put(ws, r, 7, orig, fmt="dd/mm/yyyy")
            put(ws, r, 8, rev, fmt="dd/mm/yyyy")
            put(ws, r, 9, status)
            put(ws, r, 10, f'=IF(I{r}="Implemented","",MAX(0,TODAY()-IF(H{r}="",G{r},H{r})))')
            r += 1
        put(ws, top, 1, audit, font=BOLD)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "Status key: Implemented = closed; In progress = within agreed date; Overdue = past agreed date; Not yet due.", border=False, align=None)
    widths(ws, [22, 8, 9, 45, 50, 26, 12, 12, 13, 12])
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates an internal audit outstanding-recommendations tracker reported to an Audit & Governance "
               "Committee (generic council format): audit name merged down column A, priority, recommendation and "
               "agreed management action columns, original and revised implementation dates as real Excel dates, "
               "status words and a 'Days overdue' formula column.",
        reads="A tracker of agreed management actions from four internal audits. The Cyber Security recommendation 2 "
              "row (sheet row 11) has a revised date of 30/06/2205, a year far outside the plan's 2025–26 dates: a "
              "typing error (probably 2025 or 2026) whose intended month and year a careful person cannot be sure of "
              "and would query before reading the plan.",
        outcome="refuse", refuse_at=11, title=title)


# ---------------------------------------------------------------------------
# 5. JTAI multi-agency action plan: key above the table, bands for priority
#    action / improvement, area merged down, multi-line actions, RAG words+fill
# ---------------------------------------------------------------------------
def make_jtai():
    name = "u-jtai-action-plan"
    title = "Joint Targeted Area Inspection – Multi-agency Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI plan"
    put(ws, 1, 1, title, font=Font(bold=True, size=14), border=False, align=None)
    put(ws, 2, 1, "Theme: the multi-agency response to serious youth violence. Inspection 13–17 January 2025; letter published 4 March 2025.", border=False, align=None)
    put(ws, 4, 1, "RAG key:", font=BOLD, border=False)
    rag = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for c, (k, t) in enumerate([("Blue", "Blue – Complete"), ("Green", "Green – On track"),
                                ("Amber", "Amber – Some slippage, recoverable"), ("Red", "Red – Off track")], 2):
        put(ws, 4, c, t, fill=solid(rag[k]))
    hdr = ["Area", "No.", "Action", "Agency", "Lead", "By when", "Measure of success", "RAG"]
    for i, h in enumerate(hdr, 1):
        put(ws, 6, i, h, font=WHITE_BOLD, fill=solid("203864"))
    B1 = "AREAS FOR PRIORITY ACTION"
    B2 = "AREAS FOR IMPROVEMENT"
    data = [
        (B1, [
            ("Partners do not have a shared understanding of the scale and nature of serious youth violence, including its links to exploitation.", [
                ("1a", "Produce a joint strategic needs assessment for serious youth violence using police, health, education and youth justice data.",
                 "Police / Council", "Community Safety Manager; Youth Justice Service Manager", "End of June 2025", "JSNA agreed by Partnership Executive", "Blue",
                 ["Community Safety Manager", "Youth Justice Service Manager"], "2025-06", None, "blue"),
                ("1b", "Develop a shared multi-agency data dashboard covering:\n• hospital attendances for assault\n• school suspensions and exclusions\n• missing episodes and exploitation referrals",
                 "All", "Partnership Business Manager", "Sept 2025 – March 2026", "Dashboard reviewed at every Executive", "Green",
                 ["Partnership Business Manager"], "2026-03", "Sept 2025 – March 2026", "green"),
                ("1c", "Deliver a partnership-wide briefing programme on contextual safeguarding.",
                 "Police / ICB", "DCI Harris (Police) / Designated Nurse Safeguarding (ICB)", D(2025, 11, 30), "500 practitioners briefed", "Amber",
                 ["DCI Harris (Police)", "Designated Nurse Safeguarding (ICB)"], "2025-11", None, "amber"),
            ]),
            ("Strategy discussions for children at risk of exploitation are not consistently timely or well attended.", [
                ("2a", "Introduce an exploitation strategy meeting standard, with police, health and education attending within three working days.",
                 "Council", "Head of Safeguarding", "By 31 March 2026", "90% within 3 working days", "Red",
                 ["Head of Safeguarding"], "2026-03", None, "red"),
                ("2b", "Jointly audit 30 strategy discussions and report the findings to the Partnership Executive.",
                 "Council / Police", "QA Manager & Detective Inspector, Public Protection", D(2025, 7, 31), "Audit report and learning briefing", "Green",
                 ["QA Manager", "Detective Inspector, Public Protection"], "2025-07", None, "green"),
            ]),
        ]),
        (B2, [
            ("Health practitioners' records do not consistently capture the voice of the child.", [
                ("3a", "Update emergency department and school nursing record templates to include a 'child's voice' section.",
                 "ICB / Trusts", "Named Nurse, Acute Trust", "Q2 2025/26", "Template in use; audit of 20 records", "Blue",
                 ["Named Nurse, Acute Trust"], "2025-09", "Q2 2025/26", "blue"),
                ("3b", "Practice learning sessions on recording children's lived experience.",
                 "ICB", "Designated Nurse Safeguarding", "Ongoing", None, "Green",
                 ["Designated Nurse Safeguarding"], None, "Ongoing", "green"),
            ]),
            ("Return home interviews are not always offered or completed within 72 hours.", [
                ("4a", "Recommission the return home interview service with a 72-hour completion standard and monthly reporting.",
                 "Council", "Head of Commissioning", D(2026, 1, 31), "85% completed within 72 hours", "Amber",
                 ["Head of Commissioning"], "2026-01", None, "amber"),
                ("4b", "Missing and exploitation coordinator to review all repeat missing episodes weekly.",
                 "Council", "K. Doyle", "Weekly", None, "Green",
                 ["K. Doyle"], None, "Weekly", "green"),
            ]),
        ]),
    ]
    actions = []
    r = 7
    for band, areas in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        put(ws, r, 1, band, font=BOLD, fill=solid("D9E1F2"))
        r += 1
        for area, rows in areas:
            top = r
            for (no, text, agency, lead, when, meas, status, xlead, xend, xtext, xstat) in rows:
                put(ws, r, 2, no)
                put(ws, r, 3, text)
                put(ws, r, 4, agency)
                put(ws, r, 5, lead)
                put(ws, r, 6, when, fmt="mmmm yyyy" if isinstance(when, D) else None)
                put(ws, r, 7, meas)
                put(ws, r, 8, status, fill=solid(rag[status]))
                actions.append(act(no, [band, area], text, xlead, xend, xstat, xtext))
                r += 1
            put(ws, top, 1, area)
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "Progress is reported bi-monthly to the Safeguarding Children Partnership Executive. Last updated 30/06/2025.", border=False, align=None)
    widths(ws, [40, 6, 55, 16, 34, 22, 30, 9])
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates a safeguarding partnership's action plan after a joint targeted area inspection (JTAI) of "
               "the response to serious youth violence (generic multi-agency format): RAG key laid out across a row "
               "above the table, merged bands for areas for priority action and areas for improvement, the area "
               "text merged down column A, an Agency column beside the Lead, multi-line bulleted action text, "
               "RAG words with matching fills and a notes row under the table.",
        reads="A multi-agency JTAI action plan: nine numbered actions (1a–4b) under two areas for priority action "
              "and two areas for improvement, each with agency, lead(s), a by-when date or period and a "
              "Blue/Green/Amber/Red rating.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 6. Youth justice HMIP improvement plan: two levels of bands, key beside
#    redefining Green as Completed, hidden previous-update column, formula column
# ---------------------------------------------------------------------------
def make_yjs():
    name = "u-yjs-hmip-plan"
    title = "Youth Justice Service – HMI Probation Inspection Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws.merge_cells("A1:G1")
    put(ws, 1, 1, title, font=Font(bold=True, size=14), border=False)
    ws.merge_cells("A2:G2")
    put(ws, 2, 1, "Fieldwork September 2024 • Report published December 2024 • Overall rating: Requires improvement", border=False)
    hdr = ["Ref", "Action", "Owner", "Deadline", "Update Jan 2025", "Update Mar 2025", "RAG", "Days to deadline"]
    for i, h in enumerate(hdr, 1):
        put(ws, 4, i, h, font=BOLD, fill=solid("C6E0B4"))
    rag = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    put(ws, 4, 10, "RAG key", font=BOLD)
    for r, (t, f) in enumerate([("Green – Completed", "00B050"), ("Amber – In progress", "FFC000"),
                                ("Red – Overdue / not progressing", "FF0000"), ("White – Not yet started", None)], 5):
        put(ws, r, 10, t, fill=solid(f) if f else None)
    HB1 = "Recommendations for the Head of Youth Justice Service"
    HB2 = "Recommendations for the Youth Justice Management Board"
    R1 = "R1. Ensure that quality assurance and management oversight consistently support staff development."
    R2 = "R2. Ensure that assessment and planning always address safety and wellbeing, and risk of harm to others."
    R3 = "R3. Ensure that sufficient attention is given to the needs and wishes of victims."
    R4 = "R4. Ensure that the service is sufficiently resourced and structured to deliver high-quality interventions."
    R5 = "R5. Assure itself that the disproportionality action plan is being used effectively across the partnership."
    data = [
        (HB1, [
            (R1, [
                ("1.1", "Introduce a monthly case audit cycle with moderation by the QA Lead.", "Head of YJS", D(2025, 1, 31),
                 "Audit tool agreed.", "First three cycles complete.", "Green", ["Head of YJS"], "2025-01", None, "blue"),
                ("1.2", "Refresh the supervision policy and train all managers in reflective supervision.", "YJS Operational Manager", "31.03.25",
                 "Policy drafted.", "Training booked for April.", "Amber", ["YJS Operational Manager"], "2025-03", None, "amber"),
            ]),
            (R2, [
                ("2.1", "Roll out the revised AssetPlus quality standard and countersignature guidance.", "HoS / QA Lead", "Q4 2024/25",
                 None, "Guidance issued February.", "Green", ["HoS", "QA Lead"], "2025-03", "Q4 2024/25", "blue"),
                ("2.2", "Contingency planning workshops for all case managers.", "Practice Development Lead", D(2025, 6, 30),
                 None, "Trainer unavailable – rescheduling.", "Red", ["Practice Development Lead"], "2025-06", None, "red"),
                ("2.3", "Joint risk management meetings with children's social care for every child assessed as high risk of harm.", "YJS Operational Manager", "Monthly",
                 "Started December.", "Attendance by CSC inconsistent.", "Amber", ["YJS Operational Manager"], None, "Monthly", "amber"),
            ]),
            (R3, [
                ("3.1", "Recruit a dedicated victim worker and review the victim contact process.", "Head of YJS", D(2025, 4, 30),
                 None, "Post to be advertised once funding confirmed.", None, ["Head of YJS"], "2025-04", None, "unrated"),
            ]),
        ]),
        (HB2, [
            (R4, [
                ("4.1", "Complete a resourcing review and present options to the Board.", "Chair, YJ Management Board", D(2025, 5, 31),
                 None, "Review commissioned.", "Amber", ["Chair, YJ Management Board"], "2025-05", None, "amber"),
                ("4.2", "Secure a seconded probation officer and a health practitioner for the service.", "Director of Children's Services", "TBC",
                 None, "Probation secondment vacant since 2023.", "Red", ["Director of Children's Services"], None, "TBC", "red"),
            ]),
            (R5, [
                ("5.1", "Quarterly disproportionality data report to the Board covering ethnicity, care status and SEND.", "Business Support Manager & Data Analyst", "Quarterly",
                 None, "First report due June.", "Amber", ["Business Support Manager", "Data Analyst"], None, "Quarterly", "amber"),
                ("5.2", "Board members to complete unconscious bias and anti-racist practice training.", "Chair, YJ Management Board", "July 2025",
                 None, "All members trained at March development session.", "Green", ["Chair, YJ Management Board"], "2025-07", None, "blue"),
            ]),
        ]),
    ]
    actions = []
    r = 5
    for hb, recs in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        put(ws, r, 1, hb, font=WHITE_BOLD, fill=solid("375623"))
        r += 1
        for rec, rows in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            put(ws, r, 1, rec, font=Font(bold=True, italic=True), fill=solid("E2EFDA"))
            r += 1
            for (ref, text, owner, dl, u1, u2, status, xlead, xend, xtext, xstat) in rows:
                put(ws, r, 1, ref)
                put(ws, r, 2, text)
                put(ws, r, 3, owner)
                put(ws, r, 4, dl, fmt="mmm-yy" if isinstance(dl, D) else None)
                put(ws, r, 5, u1)
                put(ws, r, 6, u2)
                put(ws, r, 7, status, fill=solid(rag[status]) if status else None)
                put(ws, r, 8, f'=IF(ISNUMBER(D{r}),D{r}-TODAY(),"")')
                actions.append(act(ref, [hb, rec], text, xlead, xend, xstat, xtext))
                r += 1
    r += 1
    put(ws, r, 1, "Days to deadline is calculated automatically; negative values are overdue.", border=False, align=None)
    widths(ws, [6, 55, 30, 12, 30, 34, 9, 10, 2, 30])
    ws.column_dimensions["E"].hidden = True
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates a youth justice service improvement plan after an HMI Probation inspection (cf. Reading YJS "
               "plan reported December 2024, recommendations split between the service manager and the management "
               "board): two levels of merged bands (to whom the recommendations are addressed, then each "
               "recommendation), a RAG key beside the table that defines Green as Completed with no blue, a hidden "
               "earlier-update column, a 'Days to deadline' formula column and mixed deadline forms (real dates, "
               "'31.03.25', 'Q4 2024/25', 'July 2025', 'Monthly', 'Quarterly', 'TBC').",
        reads="A YJS improvement plan of ten numbered actions answering five HMIP recommendations, each with an owner, "
              "deadline and a RAG word. The key beside the table says Green means Completed, so Green actions are "
              "complete; an action with no RAG is not yet started.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 7. Corporate parenting / care leavers highlight tracker: summary formulas
#    above, pledge merged down, last-period letters, this-period fill only,
#    % complete, key in notes rows below
# ---------------------------------------------------------------------------
def make_cp():
    name = "u-corporate-parenting-highlight"
    title = "Corporate Parenting Strategy 2025–2028: Action Plan and Highlight Report"
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight"
    ws.merge_cells("A1:I1")
    put(ws, 1, 1, title, font=Font(bold=True, size=14), border=False)
    ws.merge_cells("A2:I2")
    put(ws, 2, 1, "Highlight report to the Corporate Parenting Board – period ending 31 October 2025", border=False)
    put(ws, 3, 1, "Summary", font=BOLD)
    put(ws, 3, 2, "Total actions")
    put(ws, 3, 3, "=COUNTA(C7:C16)")
    put(ws, 3, 4, "100% complete")
    put(ws, 3, 5, '=COUNTIF(F7:F16,1)')
    put(ws, 3, 6, "Average % complete")
    put(ws, 3, 7, "=AVERAGE(F7:F16)", fmt="0%")
    hdr = ["Pledge", "Ref", "What we will do", "Who", "When", "% complete", "Last period", "This period", "Commentary"]
    for i, h in enumerate(hdr, 1):
        put(ws, 6, i, h, font=WHITE_BOLD, fill=solid("C65911"))
    F = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0"}
    P1 = "1. We will help you to have a voice"
    P2 = "2. We will support your education and health"
    P3 = "3. We will help you to have a home and a job"
    data = [
        (P1, [
            ("CP1", "Expand the Children in Care Council with a 16+ group and a younger children's group.", "Participation Team", "Dec 2025", 0.6, "A", "G",
             "16+ group meeting monthly.", ["Participation Team"], "2025-12", None, "green"),
            ("CP2", "Elected members to attend at least two Children in Care Council sessions a year.", "Cllr J. Mensah", "Ongoing", 0.5, "G", "G",
             None, ["Cllr J. Mensah"], None, "Ongoing", "green"),
            ("CP3", "Publish 'You said, we did' after every Board meeting.", "Participation Officer", "Quarterly", 1, "G", "B",
             "Now a standing item.", ["Participation Officer"], None, "Quarterly", "blue"),
        ]),
        (P2, [
            ("CP4", "Every child in care to have their PEP reviewed each term with their views recorded.", "Virtual School Head", "Termly", 0.8, "G", "G",
             "96% PEPs in timescale in autumn term.", ["Virtual School Head"], None, "Termly", "green"),
            ("CP5", "Complete health assessments within statutory timescales for at least 90% of children.", "Designated Nurse for Looked After Children", "March 2026", 0.4, "A", "A",
             "Currently 78%.", ["Designated Nurse for Looked After Children"], "2026-03", None, "amber"),
            ("CP6", "Free leisure passes for all children in care and care leavers up to age 25.", "Head of Leisure Services & Corporate Parenting Manager", "April 2026", 0, None, None,
             "Awaiting budget decision.", ["Head of Leisure Services", "Corporate Parenting Manager"], "2026-04", None, "unrated"),
        ]),
        (P3, [
            ("CP7", "Council tax exemption for care leavers up to age 25 living in the borough.", "Head of Revenues and Benefits", D(2025, 4, 1), 1, "B", "B",
             "In place from 1 April 2025.", ["Head of Revenues and Benefits"], "2025-04", None, "blue"),
            ("CP8", "Ring-fenced apprenticeships within the council (10 each year).", "HR Business Partner / Personal Adviser Manager", "2025/26", 0.3, "A", "R",
             "Only 3 posts identified.", ["HR Business Partner", "Personal Adviser Manager"], "2026-03", "2025/26", "red"),
            ("CP9", "Develop a staying close offer for young people leaving residential care.", "Head of Leaving Care / Housing Options Manager", "Sept 2025 – Mar 2026", 0.25, "R", "A",
             "Provider identified.", ["Head of Leaving Care", "Housing Options Manager"], "2026-03", "Sept 2025 – Mar 2026", "amber"),
            ("CP10", "Refresh the care leaver local offer with the care leavers' forum.", "Okoro, Bisi", D(2026, 1, 31), 0.7, "G", "G",
             "Draft with forum for comment.", ["Okoro, Bisi"], "2026-01", None, "green"),
        ]),
    ]
    actions = []
    r = 7
    for pledge, rows in data:
        top = r
        for (ref, text, who, when, pct, last, this, comm, xlead, xend, xtext, xstat) in rows:
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, who)
            put(ws, r, 5, when, fmt="dd/mm/yyyy" if isinstance(when, D) else None)
            put(ws, r, 6, pct, fmt="0%")
            put(ws, r, 7, last, align=Alignment(horizontal="center"))
            put(ws, r, 8, None, fill=solid(F[this]) if this else None)
            put(ws, r, 9, comm)
            actions.append(act(ref, [pledge], text, xlead, xend, xstat, xtext))
            r += 1
        put(ws, top, 1, pledge, font=BOLD)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    put(ws, r, 1, "Notes", font=BOLD, border=False)
    put(ws, r + 1, 1, "'Last period' is the RAG reported to the Board in July 2025. 'This period' is shown by colour:", border=False, align=None)
    for i, (k, t) in enumerate([("R", "Red – off track"), ("A", "Amber – at risk"), ("G", "Green – on track"), ("B", "Blue – complete")]):
        put(ws, r + 2 + i, 1, t, fill=solid(F[k]))
    put(ws, r + 6, 1, "No colour – not started", border=True)
    widths(ws, [30, 7, 55, 32, 18, 11, 10, 10, 34])
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates a corporate parenting / care leavers action plan kept as a programme-office highlight "
               "tracker for a Corporate Parenting Board (generic council format): summary formulas above the table, "
               "pledges merged down column A, refs CP1–CP10, % complete, a 'Last period' RAG letter column and a "
               "'This period' column rated only by fill colour, with the colour key in notes rows under the table.",
        reads="A corporate parenting plan of ten actions grouped under three pledges to children in care and care "
              "leavers, each with who, when, % complete and last/this period RAG; the status is this period's "
              "colour, as explained in the notes below the table.",
        outcome="read", title=title, actions=actions)


# ---------------------------------------------------------------------------
# 8. Smartsheet export opened in Excel – REFUSE (mixed day-first / month-first
#    text dates: 04/15/25 is not a valid UK date, later dates ambiguous)
# ---------------------------------------------------------------------------
def make_smartsheet():
    name = "u-smartsheet-export"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Programme Tracker"
    hdr = ["Task Name", "Status", "Assigned To", "Start Date", "End Date", "% Complete", "At Risk", "Comments", "Modified By"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = BOLD
        c.fill = solid("E6E6E6")
    rows = [
        (0, "Workstream 1 – Front Door", None, None, None, None, None, None, None, None),
        (1, "Recruit permanent MASH team manager", "Green", "a.khan@example.gov.uk", "06/01/25", "31/03/25", 1.0, False, 2, "a.khan@example.gov.uk"),
        (1, "Implement new contact recording form", "Green", "j.smith@example.gov.uk", "13/01/25", "28/02/25", 1.0, False, 0, "pmo@example.gov.uk"),
        (1, "Threshold briefings to schools and GP practices", "Yellow", "j.smith@example.gov.uk, l.owen@example.gov.uk", "03/02/25", "30/06/25", 0.5, True, 3, "pmo@example.gov.uk"),
        (0, "Workstream 2 – Assessment and Child Protection", None, None, None, None, None, None, None, None),
        (1, "Assessment timeliness dashboard live for team managers", "Green", "r.patel@example.gov.uk", "10/02/25", "25/04/25", 0.8, False, 1, "r.patel@example.gov.uk"),
        (1, "Reflective supervision training for all team managers", "Red", "m.jones@example.gov.uk", "03/03/25", "04/15/25", 0.2, True, 4, "m.jones@example.gov.uk"),
        (1, "Joint audit of section 47 enquiries with police", "Green", "d.ali@example.gov.uk", "07/04/25", "05/06/25", 0.4, False, 0, "pmo@example.gov.uk"),
        (0, "Workstream 3 – Children in Care", None, None, None, None, None, None, None, None),
        (1, "Sufficiency strategy refresh", "Yellow", "s.brown@example.gov.uk", "01/04/25", "30/09/25", 0.3, False, 1, "s.brown@example.gov.uk"),
        (1, "Independent reviewing officer caseloads below 70", "Green", "k.wood@example.gov.uk", "01/04/25", "10/11/25", 0.6, False, 0, "pmo@example.gov.uk"),
        (1, "Launch Mockingbird constellation", "Gray", "s.brown@example.gov.uk", "", "03/01/26", 0.0, False, 0, "pmo@example.gov.uk"),
    ]
    for r, (lvl, task, status, who, start, end, pct, risk, comments, mod) in enumerate(rows, 2):
        vals = [task, status, who, start, end, pct, risk, comments, mod]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            if c == 6 and v is not None:
                cell.number_format = "0%"
        if lvl == 0:
            ws.cell(row=r, column=1).font = BOLD
        else:
            ws.cell(row=r, column=1).alignment = Alignment(indent=1)
            ws.row_dimensions[r].outlineLevel = 1
    widths(ws, [52, 9, 44, 11, 11, 11, 8, 10, 28])
    ws.freeze_panes = "B2"
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(
        name,
        source="Imitates a Smartsheet project sheet exported to Excel for a children's services improvement "
               "programme: header in row 1 with no title, workstream parent rows in bold with child tasks indented "
               "and grouped (outline level 1), Smartsheet RYG ball statuses as words (Green/Yellow/Red/Gray), "
               "Assigned To as e-mail addresses, an At Risk checkbox column, and start/end dates exported as text.",
        reads="A flat task export of nine tasks under three workstreams. The End Date column is text in dd/mm/yy "
              "form until sheet row 8, whose end date '04/15/25' cannot be day-first (there is no month 15) and is "
              "evidently month-first; rows after it such as '05/06/25' and '03/01/26' could then be either May or "
              "June, March or January. A careful person would stop at row 8 and ask which date format the "
              "export uses.",
        outcome="refuse", refuse_at=8)


if __name__ == "__main__":
    make_ilacs()
    make_send()
    make_cqc()
    make_audit()
    make_jtai()
    make_yjs()
    make_cp()
    make_smartsheet()
    print("done")
