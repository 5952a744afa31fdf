"""Generator for heldout17 f1-* blind cases. Expected readings are hand-written per action below
(displayed cell text alongside the reading a person makes of it)."""
import csv, datetime as dt, io, os, yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(red="FF0000", amber="FFC000", green="00B050", blue="00B0F0", grey="D9D9D9", navy="1F3864").items()}


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, source, reads, outcome, title, actions, refuse_at=None, accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome != "refuse":
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)


# ---------------------------------------------------------------- 1. ILACS workstreams xlsx
def f_ilacs_workstreams():
    name = "f1-ilacs-workstreams-wrapped-hdr-hidden-col-total.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    title = "Northfield Borough Council – Children's Services Improvement Plan 2024-26"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 30 September 2025 – for Improvement Board 14 October 2025"
    hdr = ["Ref", "Action", "Lead\nOfficer", None, "Target\nDate", "Internal\nnotes", "RAG\n(last → now)", "Progress / comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.alignment = WRAP; cell.fill = FILL["grey"]
    ws.row_dimensions[4].height = 32
    for col, w in zip("ABCDEFGH", [6, 60, 22, 2, 14, 20, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["F"].hidden = True
    acts = []
    r = 5
    def heading(t):
        nonlocal r
        ws.cell(r, 1, t).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = FILL["grey"]; r += 1
        return t
    def row(ref, action, lead, date, note, rag, comment, fmt=None):
        nonlocal r
        vals = [ref, action, lead, None, date, note, rag, comment]
        for c, v in enumerate(vals, 1):
            if v is not None:
                cell = ws.cell(r, c, v); cell.alignment = WRAP
        if fmt:
            ws.cell(r, 5).number_format = fmt
        r += 1
    w1 = heading("Workstream 1: Front door and early help")
    row("1.1", "Review MASH threshold guidance with partners and relaunch the Continuum of Need", "JS (HoS)", "31.03.25", None,
        "Complete ✓", "Relaunched 12/03/25 at partnership event; re-audit booked for 06/26.")
    acts.append(act("1.1", [w1], "Review MASH threshold guidance with partners and relaunch the Continuum of Need", ["JS (HoS)"], "2025-03", "blue"))
    row("1.2", "Introduce a daily multi-agency strategy discussion meeting in the MASH", "JS (HoS) / DI Khan", "end of Q2 25/26",
        "check police rota w/ DI Khan", "G→A", "Police rota gap flagged 23/09/25; meeting running 3 days a week.")
    acts.append(act("1.2", [w1], "Introduce a daily multi-agency strategy discussion meeting in the MASH", ["JS (HoS)", "DI Khan"], "2025-09", "amber", end_text="end of Q2 25/26"))
    row("1.3", "Embed the Family Help practice model across the four locality teams, including", "Early Help Manager",
        "Sept 2025 – March 2026", None, "G", "3 of 4 localities live (Oct 25).")
    row(None, "group supervision and a quarterly audit of 20 Family Help plans", None, None, None, None, None)
    acts.append(act("1.3", [w1], "Embed the Family Help practice model across the four locality teams, including group supervision and a quarterly audit of 20 Family Help plans",
                    ["Early Help Manager"], "2026-03", "green", end_text="Sept 2025 – March 2026"))
    w2 = heading("Workstream 2: Children in need and child protection")
    row("2.1", "Reduce caseloads for child protection social workers to no more than 18 children", "AM (AD Safeguarding)",
        dt.datetime(2025, 12, 31), None, "A", "Average 21 at 30/09/25 (was 24 in June).", fmt="dd/mm/yyyy")
    acts.append(act("2.1", [w2], "Reduce caseloads for child protection social workers to no more than 18 children", ["AM (AD Safeguarding)"], "2025-12", "amber"))
    row("2.2", "Relaunch the PLO tracker and weekly legal gateway panel", "Legal Gateway Chair & Head of Legal", "Q1 2025/26",
        "budget code 4471", "A→G", "14 of 22 cases now within timescale (08/09/25).")
    acts.append(act("2.2", [w2], "Relaunch the PLO tracker and weekly legal gateway panel", ["Legal Gateway Chair", "Head of Legal"], "2025-06", "green", end_text="Q1 2025/26"))
    row("2.3", "All child protection plans to have SMART outcomes, with an IRO midway review in every case", "IRO Service Manager",
        "31.01.26", None, "Not started", "Start deferred to Nov 25 – IRO recruitment.")
    acts.append(act("2.3", [w2], "All child protection plans to have SMART outcomes, with an IRO midway review in every case", ["IRO Service Manager"], "2026-01", "unrated"))
    w3 = heading("Workstream 3: Children in care and care leavers")
    row("3.1", "Complete a sufficiency review of placements for children aged 14 and over", "Head of Commissioning",
        dt.datetime(2025, 11, 1), None, "G", "Market engagement event held 17/09/25.", fmt="mmm-yy")
    acts.append(act("3.1", [w3], "Complete a sufficiency review of placements for children aged 14 and over", ["Head of Commissioning"], "2025-11", "green"))
    row("3.2", "Refresh the care leavers' local offer with the Children in Care Council", "KP (Leaving Care TM)", "end of Q2 25/26",
        None, "Complete ✓", "Signed off at Corporate Parenting Board 18/09/25.")
    acts.append(act("3.2", [w3], "Refresh the care leavers' local offer with the Children in Care Council", ["KP (Leaving Care TM)"], "2025-09", "blue", end_text="end of Q2 25/26"))
    row("3.3", "Ensure every care leaver aged 21 and over is offered a pathway plan review", "KP (Leaving Care TM)", "Ongoing",
        None, "G", "92% offered at 30/09/25.")
    acts.append(act("3.3", [w3], "Ensure every care leaver aged 21 and over is offered a pathway plan review", ["KP (Leaving Care TM)"], None, "green", end_text="Ongoing"))
    w4 = heading("Workstream 4: Leadership and workforce")
    row("4.1", "Recruit permanent Heads of Service to replace three agency posts", "DCS", "31.12.25", "2 offers out",
        "G→A", "One post re-advertised 01/10/25.")
    acts.append(act("4.1", [w4], "Recruit permanent Heads of Service to replace three agency posts", ["DCS"], "2025-12", "amber"))
    row("4.2", "Launch practice standards and monthly practice week audits", "Principal Social Worker", "30/04/2025", None,
        "Complete ✓", "Practice week now monthly since May 25.")
    acts.append(act("4.2", [w4], "Launch practice standards and monthly practice week audits", ["Principal Social Worker"], "2025-04", "blue"))
    r += 1
    ws.cell(r, 1, "Total").font = BOLD
    ws.cell(r, 2, "11 actions").font = BOLD
    ws.cell(r, 8, "Complete 3 | G 4 | A 3 | Not started 1").font = BOLD
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        source="Imitates a children's services improvement plan after an inadequate ILACS judgement as reported to an Improvement Board "
               "(e.g. Trafford Council Improvement Board updates 2019, trafford.gov.uk Improvement-Plan-updates; Cheshire East Children and "
               "Families Committee 'Improvement Plan Progress Report' 2025): workstream heading rows, RAG showing last→current movement, "
               "dated progress comments. Staff mess copied: two-line wrapped header titles, a blank narrow spacer column, a hidden "
               "'Internal notes' column, one action carried over onto a second row, leads like 'JS (HoS)', dates '31.03.25' and "
               "'end of Q2 25/26', 'Complete ✓' and 'G→A' statuses, and a Total row.",
        reads="One sheet of 11 numbered actions under four workstream headings. Action 1.3 continues on the next row (text only, "
              "all other cells blank). The RAG column shows last→now movement, so 'G→A' is amber now; the Total row is a summary.",
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------- 2. ASC CQC xlsx
def f_asc_cqc():
    name = "f1-asc-cqc-plan-colB-filldown-priority-afi.xlsx"
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    title = "Adult Social Care Improvement Plan 2025/26"
    cov["A1"] = title; cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Version control"; cov["A3"].font = BOLD
    for i, rowv in enumerate([("Version", "Date", "Author", "Changes"),
                              ("0.3", "12/03/2025", "ASC Improvement Lead", "Draft for DMT"),
                              ("1.0", "02/04/2025", "ASC Improvement Lead", "Approved by Cabinet"),
                              ("1.4", "06/10/2025", "ASC Improvement Lead", "September progress updates")], 4):
        for c, v in enumerate(rowv, 1):
            cov.cell(i, c, v)
    cov["A10"] = "Status key"; cov["A10"].font = BOLD
    for i, (k, d) in enumerate([("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage – mitigations in place"),
                                ("Red", "Off track – escalate to ASC Improvement Board")], 11):
        cov.cell(i, 1, k).fill = FILL[k.lower()]; cov.cell(i, 2, d)
    ws = wb.create_sheet("ASC Improvement Plan")
    ws["B2"] = title; ws["B2"].font = Font(bold=True, size=14)
    ws["B3"] = "CQC Local Authority Assessment (Requires Improvement, published January 2025) – Owner: Director of Adult Social Care – updated monthly"
    hdr = ["No.", "Priority", "CQC area for improvement", "What we will do", "Lead", "Start", "Due", "Status", "Update (latest first)"]
    for c, h in enumerate(hdr, 2):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["navy"]; cell.alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", [3, 6, 24, 34, 50, 26, 11, 14, 10, 50]):
        ws.column_dimensions[col].width = w
    acts = []
    r = 6
    def row(no, pri, afi, action, lead, start, due, status, upd, due_fmt=None):
        nonlocal r
        for c, v in enumerate([no, pri, afi, action, lead, start, due, status, upd], 2):
            if v is not None and v != "":
                cell = ws.cell(r, c, v); cell.alignment = WRAP
        ws.cell(r, 7).number_format = "mmm-yy"
        if due_fmt:
            ws.cell(r, 8).number_format = due_fmt
        if status:
            ws.cell(r, 9).fill = FILL[status.lower()]
        r += 1
    p1 = "1. Reduce waiting times for assessment and review"
    a1 = "People waited too long for Care Act assessments and annual reviews"
    row("1.1", p1, a1, "Implement waiting list triage and a 'waiting well' contact for everyone waiting over 28 days",
        "Head of Operations (Adults)", dt.datetime(2025, 4, 1), dt.datetime(2025, 6, 30), "Blue",
        "Jul 25: live in all teams; 100% contacted.", due_fmt="dd/mm/yyyy")
    acts.append(act("1.1", [p1, a1], "Implement waiting list triage and a 'waiting well' contact for everyone waiting over 28 days",
                    ["Head of Operations (Adults)"], "2025-06", "blue"))
    row("1.2", None, None, "Commission additional assessment capacity:\n- 2 agency OTs for 6 months\n- trusted assessor training for reablement staff",
        "Head of Operations (Adults) / Commissioning Manager", dt.datetime(2025, 5, 1), "Q3 2025/26", "Green",
        "Oct 25: 412 waiting (from 690 in Jan 25).\nAug 25: OTs started 04/08/25.")
    acts.append(act("1.2", [p1, a1], "Commission additional assessment capacity:\n- 2 agency OTs for 6 months\n- trusted assessor training for reablement staff",
                    ["Head of Operations (Adults)", "Commissioning Manager"], "2025-12", "green", end_text="Q3 2025/26"))
    row("1.3", None, None, "Review every annual review overdue by more than 12 months", "Team Manager, Reviewing Team",
        dt.datetime(2025, 6, 1), "31/01/2026", "Amber", "Sep 25: 61 still outstanding; agency reviewer extended.")
    acts.append(act("1.3", [p1, a1], "Review every annual review overdue by more than 12 months", ["Team Manager, Reviewing Team"], "2026-01", "amber"))
    p2 = "2. Safeguarding"
    a2 = "Section 42 enquiries were not always completed in a timely way"
    row("2.1", p2, a2, "Introduce a safeguarding triage hub with a daily review of all open concerns", "Lee, Sam",
        dt.datetime(2025, 4, 1), "End of June 2025", "Blue", "Jun 25: hub live 16/06/25.")
    acts.append(act("2.1", [p2, a2], "Introduce a safeguarding triage hub with a daily review of all open concerns", ["Lee, Sam"], "2025-06", "blue", end_text="End of June 2025"))
    row("2.2", None, None, "Quarterly multi-agency audit of Section 42 enquiries, reported to the Safeguarding Adults Board",
        "Principal Social Worker (Adults)", dt.datetime(2025, 7, 1), "Quarterly", "Green", "Sep 25: Q2 audit of 25 cases done.")
    acts.append(act("2.2", [p2, a2], "Quarterly multi-agency audit of Section 42 enquiries, reported to the Safeguarding Adults Board",
                    ["Principal Social Worker (Adults)"], None, "green", end_text="Quarterly"))
    p3 = "3. Carers"
    a3 = "Unpaid carers did not always receive a carer's assessment or know how to get support"
    row("3.1", p3, a3, "Co-produce a refreshed Carers Strategy with carers and the Carers Centre", "Commissioning Manager; Carers Centre CEO",
        dt.datetime(2025, 6, 1), "March 2026", "Green", "Sep 25: 3 of 5 workshops held.")
    acts.append(act("3.1", [p3, a3], "Co-produce a refreshed Carers Strategy with carers and the Carers Centre",
                    ["Commissioning Manager", "Carers Centre CEO"], "2026-03", "green"))
    row("3.2", None, None, "Offer a carer's assessment at every new Care Act assessment and record it on the case system",
        "Head of Operations (Adults)", dt.datetime(2025, 9, 1), "w/c 17/11/25", "Red", "Oct 25: system form change delayed by supplier.")
    acts.append(act("3.2", [p3, a3], "Offer a carer's assessment at every new Care Act assessment and record it on the case system",
                    ["Head of Operations (Adults)"], "2025-11", "red", end_text="w/c 17/11/25"))
    p4 = "4. Transitions"
    a4 = "Young people moving to adult services experienced delays and uncertainty"
    row("4.1", p4, a4, "Establish a joint Preparing for Adulthood panel with Children's Services from age 14",
        "AD Adults and AD Children's Social Care", None, "TBC", "", "Awaiting joint DMT decision.")
    acts.append(act("4.1", [p4, a4], "Establish a joint Preparing for Adulthood panel with Children's Services from age 14",
                    ["AD Adults", "AD Children's Social Care"], None, "unrated", end_text="TBC"))
    ws.freeze_panes = "C6"
    ws.auto_filter.ref = f"B5:J{r-1}"
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        source="Imitates a council's Adult Social Care Improvement Plan following a CQC local authority assessment rated Requires "
               "Improvement (Bath & North East Somerset Council, Cabinet 'CQC Local Authority Assessment – Adult Social Care "
               "Improvement Plan Progress Update', 2025, democracy.bathnes.gov.uk ieDecisionDetails ID=2324): numbered priorities, "
               "the CQC area for improvement beside each, start/due dates and a monthly 'latest first' update column. Layout copied "
               "from typical tracker workbooks: cover sheet with version control and status key, table starting in column B, "
               "priority and area-for-improvement written only on the first row of each group (read down), coloured status cells.",
        reads="A cover sheet (version table and status key, no actions) and a plan sheet of 8 actions under four numbered "
              "priorities, each with its CQC area for improvement; the priority and area cells are filled only on the first row "
              "of each group. Status is a colour word with matching fill; 4.1 has no status.",
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------- 3. LSCP business plan xlsx (refuse)
def f_lscp_refuse():
    name = "f1-lscp-business-plan-continuation-row-own-lead-refuse.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Business Plan 25-27"
    title = "Westbrook Safeguarding Children Partnership – Business Plan 2025-27"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Ref", "Action", "Lead agency / officer", "By when", "RAG", "Evidence of impact"]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = BOLD; ws.cell(3, c).fill = FILL["grey"]
    for col, w in zip("ABCDEF", [6, 60, 28, 10, 6, 50]):
        ws.column_dimensions[col].width = w
    rows = [
        ("Priority 1: Neglect",),
        ("1.1", "Refresh the neglect strategy and Graded Care Profile 2 toolkit", "LSCP Business Manager", dt.datetime(2025, 7, 1), "G", "Strategy launched 09/07/25"),
        ("1.2", "Train 200 practitioners across the partnership in GCP2", "Training Subgroup Chair", dt.datetime(2026, 3, 1), "A", "86 trained by 30/09/25"),
        ("1.3", "Deliver multi-agency neglect briefings to", "LSCP Business Manager", dt.datetime(2025, 6, 1), "A", "4 briefings held"),
        (None, "designated safeguarding leads in all secondary schools and colleges", "Education Safeguarding Lead", dt.datetime(2025, 9, 1), "G", "DSL network 17/09/25"),
        ("Priority 2: Child exploitation",),
        ("2.1", "Review the multi-agency child exploitation (MACE) panel terms of reference", "DCI Public Protection", dt.datetime(2025, 10, 1), "G", ""),
        ("2.2", "Map contextual safeguarding hotspots with Community Safety Partnership", "CSP Manager", dt.datetime(2025, 12, 1), "A", "Data sharing agreement pending"),
        ("Priority 3: Voice of the child",),
        ("3.1", "Run a young people's safeguarding survey in all secondary schools", "Participation Lead", dt.datetime(2026, 2, 1), "G", ""),
        ("3.2", "Publish 'You said, we did' summary on the LSCP website", "LSCP Business Manager", dt.datetime(2026, 4, 1), "", ""),
    ]
    r = 4
    for rv in rows:
        if len(rv) == 1:
            ws.cell(r, 1, rv[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for c, v in enumerate(rv, 1):
                if v not in (None, ""):
                    ws.cell(r, c, v).alignment = WRAP
            ws.cell(r, 4).number_format = "mmm-yy"
        r += 1
    assert ws.cell(8, 2).value.startswith("designated")
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        source="Imitates a local safeguarding children partnership business plan of priorities and actions as summarised in "
               "LSCP annual reports (e.g. Leeds Safeguarding Children Partnership annual report 2019/20, leedsscp.org.uk; "
               "What Works for CSC 'Safeguarding Partners' Annual Reports Analysis 2020-21' – neglect the most common priority): "
               "priority heading rows, numbered actions, lead agency/officer, month-year due dates, RAG letters, impact evidence.",
        reads="Three priorities with numbered actions. Action 1.3 ('Deliver multi-agency neglect briefings to') breaks off mid-sentence and "
              "the next row (sheet row 8) has no ref and continues the sentence in lower case, but carries its own lead, date "
              "(Sep-25 v Jun-25) and RAG (G v A). It is either one action with two conflicting leads/dates/RAGs or two actions, one "
              "with a sentence fragment for text; a careful person would ask the partnership which before importing.",
        outcome="refuse", refuse_at=8, title=title, actions=None)


# ---------------------------------------------------------------- 4. Corporate parenting pledges docx
def f_cp_pledges():
    name = "f1-corporate-parenting-pledges-label-paragraphs.docx"
    doc = Document()
    title = "Corporate Parenting Strategy Action Plan 2025 to 2028"
    doc.add_paragraph(title, style="Title")
    t = doc.add_table(rows=4, cols=3); t.style = "Table Grid"
    for i, rv in enumerate([("Version", "Date", "Approved by"), ("0.2", "14/05/2025", "Corporate Parenting Board"),
                            ("1.0", "03/07/2025", "Executive"), ("1.1", "22/10/2025", "Corporate Parenting Board (progress update)")]):
        for j, v in enumerate(rv):
            t.cell(i, j).text = v
    doc.add_paragraph("The Corporate Parenting Strategy commits to pledges that set out how we, as corporate parents, will support "
                      "children looked after and care leavers. This action plan keeps the strategy measurable and accountable across "
                      "the three years. Progress is reported to each Corporate Parenting Board.")
    acts = []
    def pledge(h, promise):
        doc.add_paragraph(h, style="Heading 2")
        p = doc.add_paragraph(promise); p.runs[0].italic = True
        return h
    def action(text, officer, timeline, link, outcome, progress):
        p = doc.add_paragraph(); rr = p.add_run("Action: "); rr.bold = True; p.add_run(text)
        for lab, val in [("Responsible officer", officer), ("Timeline", timeline),
                         ("Link to other action plans or strategy initiatives", link), ("Expected outcome", outcome), ("Progress", progress)]:
            p = doc.add_paragraph(); rr = p.add_run(lab + ": "); rr.bold = True; p.add_run(val)
        doc.add_paragraph("")
    h1 = pledge("Pledge 1: Support you in the same way as if you were our own child",
                "We promise to do our best to support you in the same way as if you were our own child but acknowledge your individual circumstances.")
    action("Make sure every child's care plan has multi-disciplinary input and is reviewed at each child in care review",
           "Team Manager: Life Chances", "September 2025", "Not applicable",
           "Comprehensive care plans with multi-disciplinary input, ensuring holistic support for children.", "On track")
    acts.append(act(None, [h1], "Make sure every child's care plan has multi-disciplinary input and is reviewed at each child in care review",
                    ["Team Manager: Life Chances"], "2025-09", "green"))
    action("Deliver identity and inclusion training to all foster carers",
           "Virtual School Head and Team Manager: Family Placement", "Autumn term 2025", "Fostering Recruitment and Retention Plan",
           "Foster carers are equipped to provide sensitive and inclusive care.", "Not started")
    acts.append(act(None, [h1], "Deliver identity and inclusion training to all foster carers",
                    ["Virtual School Head", "Team Manager: Family Placement"], "2025-12", "unrated", end_text="Autumn term 2025"))
    h2 = pledge("Pledge 2: Listen to your wishes and work on finding the best solution",
                "We promise to do our best to listen to your wishes and work with you on finding the best solution.")
    action("Children in Care Council to attend every other Corporate Parenting Board and set one agenda item",
           "Participation Officer", "Ongoing", "Participation Strategy",
           "Board decisions are shaped by what children in care tell us.", "Green")
    acts.append(act(None, [h2], "Children in Care Council to attend every other Corporate Parenting Board and set one agenda item",
                    ["Participation Officer"], None, "green", end_text="Ongoing"))
    action("Introduce the Mind of My Own app for all children in care aged 8 and over",
           "Head of Service – Children in Care", "By 31 March 2026", "Not applicable",
           "Children can share their views with their social worker at any time.", "Amber – licence procurement delayed")
    acts.append(act(None, [h2], "Introduce the Mind of My Own app for all children in care aged 8 and over",
                    ["Head of Service – Children in Care"], "2026-03", "amber", end_text="By 31 March 2026"))
    h3 = pledge("Pledge 3: Consistently update you in a way that you prefer",
                "We promise to do our best to keep you updated, in the way you tell us you prefer.")
    action("Every care leaver has a named Personal Adviser who contacts them in the way they prefer",
           "Leaving Care Team Manager", "December 2025", "Care Leavers Local Offer",
           "Care leavers know who their Personal Adviser is and how to reach them.", "Complete")
    acts.append(act(None, [h3], "Every care leaver has a named Personal Adviser who contacts them in the way they prefer",
                    ["Leaving Care Team Manager"], "2025-12", "blue"))
    action("Publish a young-person-friendly version of every pathway plan",
           "IRO Service Manager & Leaving Care Team Manager", "June 2026", "Care Leavers Local Offer",
           "Young people understand and own their pathway plans.", "Not yet started")
    acts.append(act(None, [h3], "Publish a young-person-friendly version of every pathway plan",
                    ["IRO Service Manager", "Leaving Care Team Manager"], "2026-06", "unrated"))
    h4 = pledge("Pledge 4: Provide you with a safe and secure place to live",
                "We promise to do our best to provide you with a safe and secure place to live.")
    action("Open two new in-house children's homes (four beds each)",
           "Head of Commissioning", "April 2026 – March 2027", "Sufficiency Strategy 2025-28",
           "More children live in good quality homes close to their communities.", "Red")
    acts.append(act(None, [h4], "Open two new in-house children's homes (four beds each)",
                    ["Head of Commissioning"], "2027-03", "red", end_text="April 2026 – March 2027"))
    action("Increase Staying Put arrangements to 60% of eligible young people",
           "Fostering Service Manager", "Q4 2025/26", "Sufficiency Strategy 2025-28",
           "Young people stay with their carers after 18 when they want to.", "Green")
    acts.append(act(None, [h4], "Increase Staying Put arrangements to 60% of eligible young people",
                    ["Fostering Service Manager"], "2026-03", "green", end_text="Q4 2025/26"))
    doc.add_paragraph("Progress key: Green – on track; Amber – at risk; Red – off track; Complete – delivered.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        source="Imitates Bracknell Forest Council 'Corporate Parenting Strategy action plan 2025 to 2028' (bracknell-forest.gov.uk "
               "corporate-parenting-strategy-action-plan-2025-2028): numbered pledges as headings with the 'We promise to do our best "
               "to…' text, and each action as a run of labelled paragraphs (Responsible officer, Timeline, Link to other action plans "
               "or strategy initiatives, Expected outcome), with a Progress label added as in board update versions; a version "
               "control table at the top.",
        reads="A version table (not the plan), then four pledges, each a heading followed by an italic promise and two unnumbered "
              "actions written as 'Action:' plus labelled lines. Eight actions, none with a ref; progress words give the status.",
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------- 5. SEND PAP docx
def f_send_pap():
    name = "f1-send-pap-apa-label-para-revised-dates.docx"
    doc = Document()
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    title = "Eastham Local Area Partnership – SEND Priority Action Plan"
    doc.add_paragraph(title, style="Heading 1")
    doc.add_paragraph("Following the joint Ofsted and CQC area SEND inspection (March 2025). Progress is monitored by the DfE and "
                      "NHS England at six-monthly reviews and by the SEND Partnership Board monthly.")
    doc.add_paragraph("Glossary", style="Heading 2")
    g = doc.add_table(rows=4, cols=2); g.style = "Table Grid"
    for i, (a, b) in enumerate([("Term", "Meaning"), ("EHC", "Education, health and care (plan / needs assessment)"),
                                ("ND", "Neurodevelopmental (autism and ADHD)"), ("PfA", "Preparing for adulthood")]):
        g.cell(i, 0).text = a; g.cell(i, 1).text = b
    acts = []
    def priority(h, label, apa, rows):
        doc.add_paragraph(h, style="Heading 2")
        p = doc.add_paragraph(); p.add_run(label).bold = True
        doc.add_paragraph(apa)
        t = doc.add_table(rows=1 + len(rows), cols=6); t.style = "Table Grid"
        for j, v in enumerate(["Ref", "Action", "Lead", "By when", "How we will measure impact", "RAG"]):
            t.cell(0, j).text = v
            t.cell(0, j).paragraphs[0].runs[0].bold = True
        for i, rv in enumerate(rows, 1):
            for j, v in enumerate(rv):
                cell = t.cell(i, j)
                parts = v.split("\n")
                cell.text = parts[0]
                for extra in parts[1:]:
                    cell.add_paragraph(extra)
        doc.add_paragraph("")
    h1 = "Priority 1: Timeliness and quality of EHC plans"
    apa1 = ("Leaders should urgently improve the timeliness of EHC needs assessments so that children and young people's needs "
            "are identified and met without delay.")
    priority(h1, "Area for priority action 1", apa1, [
        ("1.1", "Recruit 4 additional EHC coordinators and 2 educational psychologists", "Head of SEND", "Dec-25 (revised from Sep-25)",
         "20-week timeliness above 60% by March 2026", "A"),
        ("1.2", "Introduce a weekly EHC multi-agency panel with health and social care advice deadlines tracked\nReport compliance monthly to the SEND Partnership Board",
         "SEND Service Manager / Designated Clinical Officer", "31.03.26", "Advice returned in 6 weeks in 90% of cases", "G"),
        ("1.3", "Quality assure 10% of new EHC plans each term using the partnership QA framework", "Principal Educational Psychologist",
         "Termly", "80% of audited plans judged good or better", "G"),
    ])
    acts += [
        act("1.1", [h1, apa1], "Recruit 4 additional EHC coordinators and 2 educational psychologists", ["Head of SEND"], "2025-12", "amber",
            end_text="Dec-25 (revised from Sep-25)"),
        act("1.2", [h1, apa1], "Introduce a weekly EHC multi-agency panel with health and social care advice deadlines tracked\nReport compliance monthly to the SEND Partnership Board",
            ["SEND Service Manager", "Designated Clinical Officer"], "2026-03", "green"),
        act("1.3", [h1, apa1], "Quality assure 10% of new EHC plans each term using the partnership QA framework",
            ["Principal Educational Psychologist"], None, "green", end_text="Termly"),
    ]
    h2 = "Priority 2: Access to health services (neurodevelopmental pathway)"
    apa2 = ("The integrated care board and the local authority should reduce waiting times for autism and ADHD assessments "
            "and make sure children and families are supported while they wait.")
    priority(h2, "Area for priority action 2", apa2, [
        ("2.1", "Commission additional ND assessment capacity from an independent provider", "ICB Director of Nursing",
         "Autumn term 2025", "Longest wait under 52 weeks", "B"),
        ("2.2", "Launch a 'support while you wait' offer co-produced with the Parent Carer Forum", "Designated Clinical Officer & PCF Chair",
         "Summer term 2026", "Parent survey: 70% feel supported while waiting", "A"),
    ])
    acts += [
        act("2.1", [h2, apa2], "Commission additional ND assessment capacity from an independent provider", ["ICB Director of Nursing"],
            "2025-12", "blue", end_text="Autumn term 2025"),
        act("2.2", [h2, apa2], "Launch a 'support while you wait' offer co-produced with the Parent Carer Forum",
            ["Designated Clinical Officer", "PCF Chair"], "2026-07", "amber", end_text="Summer term 2026"),
    ]
    h3 = "Priority 3: Preparing for adulthood"
    apa3 = ("Leaders should improve planning for young people's transition to adulthood, including post-16 pathways and the move "
            "to adult health services.")
    priority(h3, "Area for priority action 3", apa3, [
        ("3.1", "Embed PfA outcomes in every EHC plan annual review from Year 9", "PfA Lead", "Jul-26",
         "PfA outcomes present in 95% of Year 9+ reviews", "G"),
        ("3.2", "Agree a transition protocol between paediatric and adult health services", "ICB Director of Nursing", "March 2026",
         "Protocol signed by both trusts", "R"),
    ])
    acts += [
        act("3.1", [h3, apa3], "Embed PfA outcomes in every EHC plan annual review from Year 9", ["PfA Lead"], "2026-07", "green"),
        act("3.2", [h3, apa3], "Agree a transition protocol between paediatric and adult health services", ["ICB Director of Nursing"], "2026-03", "red"),
    ]
    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=5, cols=2); k.style = "Table Grid"
    for i, (a, b) in enumerate([("Rating", "Meaning"), ("B", "Complete and embedded"), ("G", "On track"), ("A", "At risk – mitigation in place"),
                                ("R", "Off track – escalated to SEND Partnership Board")]):
        k.cell(i, 0).text = a; k.cell(i, 1).text = b
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        source="Imitates a local area partnership SEND Priority Action Plan after a 2023-framework area SEND inspection, monitored "
               "by DfE and NHS England (gov.uk 'Area SEND inspections: support and challenge following inspection', 2023; Oldham "
               "Council select committee item on its SEND Accelerated Progress Plan, committees.oldham.gov.uk mgAi ID=37257): "
               "landscape document, a glossary table, each priority as a heading with the inspectors' 'area for priority action' "
               "label and text above a Ref/Action/Lead/By when/Impact/RAG table, revised dates written in the date cell, and a "
               "RAG key table at the end.",
        reads="Three priorities, each a heading, a bold 'Area for priority action N' label and the inspectors' text, then a table of "
              "actions with B/G/A/R ratings. Seven actions. The glossary and RAG key tables are not the plan.",
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------- 6. SAB csv
def f_sab_csv():
    name = "f1-sab-delivery-plan-spacer-col-multiline-hdr.csv"
    title = "Riverside Safeguarding Adults Board – Strategic Delivery Plan 2025-26"
    rows = [
        [title, "", "", "", "", "", ""],
        ["Exported 14/10/2025 from SAB SharePoint", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Action", "", "Lead", "Target\ndate", "Status", "Comments"],
        ["Priority 1 – Making Safeguarding Personal", "", "", "", "", "", ""],
        ["1a", "Audit 40 safeguarding cases for evidence that the adult's desired outcomes were recorded and met", "", "Lee, Sam",
         "31/10/2025", "Complete ✓", "Audit completed 02/10/25; report to Q&P subgroup 21/11/25."],
        ["1b", "Relaunch the MSP practitioner guidance and 7-minute briefing", "", "SAB Business Manager; Chair of L&D Subgroup",
         "end of Q3 2025/26", "On track", "Draft circulated 15/09/25."],
        ["Priority 2 – Prevention", "", "", "", "", "", ""],
        ["2a", "Deliver scams and financial abuse awareness sessions with Trading Standards", "", "Trading Standards Manager",
         "Monthly", "On track", "Sessions held 11/07, 08/08 and 12/09/25."],
        ["2b", "Develop a self-neglect and hoarding multi-agency protocol\n(incl. fire service home safety referrals)", "",
         "Head of Safeguarding and Quality Assurance", "Jan-26", "Amber", "Fire service input awaited (chased 30/09/25)."],
        ["2c", "Publish an easy-read 'what is abuse' leaflet co-produced with Healthwatch", "", "Healthwatch / SAB Business Manager",
         "Sept 2025 – Dec 2025", "Not started", ""],
        ["Priority 3 – Learning from Safeguarding Adults Reviews", "", "", "", "", "", ""],
        ["3a", "Complete the action plan for SAR 'Adult F' and report assurance to the Board", "", "SAR Subgroup Chair",
         "31.03.26", "Red", "Two agency actions overdue; escalated 07/10/25."],
        ["3b", "Hold a learning event on transitional safeguarding with the Children's Partnership", "", "Lee, Sam & Patel, Jo",
         "February 2026", "", ""],
        ["", "", "", "", "", "", ""],
        ["Key: Complete ✓ = delivered; On track; Amber = at risk; Red = off track", "", "", "", "", "", ""],
    ]
    p1, p2, p3 = rows[4][0], rows[7][0], rows[11][0]
    acts = [
        act("1a", [p1], rows[5][1], ["Lee, Sam"], "2025-10", "blue"),
        act("1b", [p1], rows[6][1], ["SAB Business Manager", "Chair of L&D Subgroup"], "2025-12", "green", end_text="end of Q3 2025/26"),
        act("2a", [p2], rows[8][1], ["Trading Standards Manager"], None, "green", end_text="Monthly"),
        act("2b", [p2], rows[9][1], ["Head of Safeguarding and Quality Assurance"], "2026-01", "amber"),
        act("2c", [p2], rows[10][1], ["Healthwatch", "SAB Business Manager"], "2025-12", "unrated", end_text="Sept 2025 – Dec 2025"),
        act("3a", [p3], rows[12][1], ["SAR Subgroup Chair"], "2026-03", "red"),
        act("3b", [p3], rows[13][1], ["Lee, Sam", "Patel, Jo"], "2026-02", "unrated"),
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_yaml(name,
        source="Imitates a Safeguarding Adults Board strategic/delivery plan (SCIE 'Safeguarding Adults Boards – Strategic plans'; "
               "Safeguarding Adults York 'Strategic plan 2021 to 2022' with a delivery plan updated every 3 months; Buckinghamshire "
               "SAB Business Plan 2018-2020 with subgroup and initials leads) exported from an Excel/SharePoint tracker to CSV UTF-8: "
               "title and export lines, a header whose 'Target date' wraps inside its quoted cell, an empty spacer column, priority "
               "rows with only the first cell filled, dated comments, 'Surname, Forename' leads and a key line at the end.",
        reads="A CSV of 7 lettered actions under three priority rows. Leads written 'Lee, Sam' are one person each; 'Lee, Sam & "
              "Patel, Jo' is two. Statuses are words ('Complete ✓', 'On track', 'Amber', 'Not started', 'Red', blank).",
        outcome="read", title=title, actions=acts)


# ---------------------------------------------------------------- 7. fixed-width txt
def f_txt():
    name = "f1-ilacs-committee-appendix-fixedwidth-wrapped.txt"
    title = "Children's Services Improvement Plan – Progress against Ofsted recommendations (ILACS February 2024)"
    W = [6, 42, 20, 26, 12]
    def line(*cols):
        return "".join(str(c).ljust(w) for c, w in zip(cols, W)).rstrip()
    L = [title,
         "Children and Families Committee, 10 November 2025 – Appendix 1",
         "",
         "Summary: 8 actions | Complete 1 | Green 3 | Amber 2 | Red 1 | Not started 1",
         "Dates agreed as revised at Improvement Board 14/10/25 show the original in brackets as (was ...).",
         ""]
    acts = []
    def rec(h, items):
        L.append(h)
        L.append("")
        L.append(line("Ref", "Action", "Lead", "Due", "RAG"))
        L.append(line(*["-" * (w - 2) for w in W]))
        for ref, text_lines, lead, due, rag in items:
            L.append(line(ref, text_lines[0], lead, due, rag))
            for t in text_lines[1:]:
                L.append(line("", t, "", "", ""))
        L.append("")
    r1 = "Recommendation 1: The quality and impact of management oversight and supervision"
    rec(r1, [("R1.1", ["Introduce a supervision audit tool and", "audit 10% of supervisions each month"], "HoS QA", "Dec 2025", "G"),
             ("R1.2", ["Deliver a management development", "programme for all team managers and", "ATMs"], "PSW/WFD Mgr", "31/03/2026", "A")])
    acts += [act("R1.1", [r1], "Introduce a supervision audit tool and audit 10% of supervisions each month", ["HoS QA"], "2025-12", "green"),
             act("R1.2", [r1], "Deliver a management development programme for all team managers and ATMs", ["PSW", "WFD Mgr"], "2026-03", "amber")]
    r2 = "Recommendation 2: The timeliness of pre-proceedings work under the Public Law Outline"
    rec(r2, [("R2.1", ["Weekly PLO tracking meeting chaired by", "Head of Service with Legal Services"], "SM (CIN/CP)", "Jan 2026 (was Oct 2025)", "A→G"),
             ("R2.2", ["Rewrite letters before proceedings in", "plain English with parents"], "SM (CIN/CP)", "Sep 2025", "Done")])
    acts += [act("R2.1", [r2], "Weekly PLO tracking meeting chaired by Head of Service with Legal Services", ["SM (CIN/CP)"], "2026-01", "green",
                 end_text="Jan 2026 (was Oct 2025)"),
             act("R2.2", [r2], "Rewrite letters before proceedings in plain English with parents", ["SM (CIN/CP)"], "2025-09", "blue")]
    r3 = "Recommendation 3: The response to 16- and 17-year-olds who present as homeless"
    rec(r3, [("R3.1", ["Joint housing and children's services", "protocol agreed and signed off by both", "DMTs"], "Head of Housing &", "Nov 2025", "R"),
             ("R3.2", ["Offer every 16/17-year-old presenting", "as homeless a joint assessment within", "10 working days"], "HoS Adolescents", "Ongoing", "G")])
    # lead of R3.1 wraps too: second part on the continuation line
    i = L.index(line("", "protocol agreed and signed off by both", "", "", ""))
    L[i] = line("", "protocol agreed and signed off by both", "HoS Adolescents", "", "")
    acts += [act("R3.1", [r3], "Joint housing and children's services protocol agreed and signed off by both DMTs",
                 ["Head of Housing", "HoS Adolescents"], "2025-11", "red"),
             act("R3.2", [r3], "Offer every 16/17-year-old presenting as homeless a joint assessment within 10 working days",
                 ["HoS Adolescents"], None, "green", end_text="Ongoing")]
    r4 = "Recommendation 4: Care leavers' access to suitable accommodation and their health histories"
    rec(r4, [("R4.1", ["Give every care leaver a written health", "history before their 18th birthday"], "Desig. Nurse LAC", "Q4 2025/26", "A"),
             ("R4.2", ["Increase supported lodgings providers", "from 6 to 15"], "Commissioning Mgr", "June 2026", "Not started")])
    acts += [act("R4.1", [r4], "Give every care leaver a written health history before their 18th birthday", ["Desig. Nurse LAC"], "2026-03", "amber",
                 end_text="Q4 2025/26"),
             act("R4.2", [r4], "Increase supported lodgings providers from 6 to 15", ["Commissioning Mgr"], "2026-06", "unrated")]
    L.append("RAG: G = on track, A = some risk, R = off track, Done = complete. Arrows show the change since the last report.")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_yaml(name,
        source="Imitates Cheshire East Council Children and Families Committee 'Improvement Plan Progress Report' (2025, "
               "moderngov.cheshireeast.gov.uk ieIssueDetails IId=86763) responding to the ILACS of February/March 2024, as an "
               "appendix table pasted into plain text: a summary count line, one block per Ofsted recommendation, a fixed-width "
               "Ref/Action/Lead/Due/RAG table whose action (and once the lead) cells wrap onto continuation lines, revised dates "
               "shown as 'Jan 2026 (was Oct 2025)', RAG movement arrows and a key line.",
        reads="Four Ofsted recommendations each with two actions in a space-aligned table; long actions wrap onto following lines "
              "with the other columns empty, and R3.1's lead wraps to 'Head of Housing & / HoS Adolescents'. The summary and key "
              "lines are not actions.",
        outcome="read", title=title, actions=acts)


if __name__ == "__main__":
    f_ilacs_workstreams(); f_asc_cqc(); f_lscp_refuse(); f_cp_pledges(); f_send_pap(); f_sab_csv(); f_txt()
    print("done")
