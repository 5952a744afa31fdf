"""Generate heldout8 blind cases (s-*). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
import yaml
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment
from openpyxl.comments import Comment
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


class Lit(str):
    pass


def write_yaml(name, meta, actions=None):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100000)
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    back = yaml.safe_load(open(os.path.join(OUT, name + ".expected.yaml"), encoding="utf-8"))
    assert back == doc


# ---------------------------------------------------------------- 1 xlsx master tracker
def f1():
    name = "s-ilacs-master-tracker.xlsx"
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    title = "Children's Services Improvement Plan 2024-26 \u2013 Master Action Plan"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Last updated: 07/01/2025 (Performance & Improvement Team)"
    s.append([])
    s.append(["Theme", "No. of actions", "Blue", "Green", "Amber", "Red", "Not rated"])
    themes = [("Theme 1: The Front Door", "1 Front Door"), ("Theme 2: Care Planning", "2 Care Planning"),
              ("Theme 3: Care Leavers", "3 Care Leavers")]
    for i, (t, sh) in enumerate(themes):
        r = 5 + i
        s.append([t, f"=COUNTA('{sh}'!D4:D20)"] +
                 [f"=COUNTIF('{sh}'!H4:H20,\"{x}\")" for x in ("B", "G", "A", "R")] +
                 [f"=B{r}-SUM(C{r}:F{r})"])
    s.append(["Total", "=SUM(B5:B7)", "=SUM(C5:C7)", "=SUM(D5:D7)", "=SUM(E5:E7)", "=SUM(F5:F7)", "=SUM(G5:G7)"])
    s.append([])
    s.append(["RAG: B = complete, G = on track, A = at risk, R = off track. Revised dates agreed at Improvement Board only."])

    hdr = ["Ref", "Ofsted recommendation", "Lead (Jun 24)", "Action", "Lead", "Target date", "Revised date",
           "RAG", "Days to target", "Update"]
    exp = []
    data = {
        "1 Front Door": ("Theme 1: The Front Door", [
            ("Improve the consistency of thresholds applied to contacts and referrals at the front door.", [
                ("1.1", "Refresh the threshold guidance (Continuum of Need) with partners and relaunch it through multi-agency briefings.",
                 "K. Morris", "Head of MASH", D(2025, 1, 31), None, "G", "Briefings booked Jan/Feb.", ["Head of MASH"], "2025-01", None, "green"),
                ("1.2", "Introduce daily threshold dip-sampling by MASH team managers, with findings reported monthly to the QA Board.",
                 "K. Morris", "MASH TMs / QA Lead", D(2024, 12, 31), D(2025, 3, 31), "A", "Dip sampling started; reporting template not yet agreed.",
                 ["MASH TMs", "QA Lead"], "2025-03", None, "amber"),
                ("1.3", "Audit 50 contacts stepped down to Early Help to test the quality of decision making.",
                 "P. Grant", "KM & PG", D(2024, 11, 30), None, "B", "Audit complete - report to Board 12/12.",
                 ["KM", "PG"], "2024-11", None, "blue"),
            ]),
            ("Strengthen management oversight of strategy discussions.", [
                ("1.4", "Ensure all strategy discussions include police, health and education, and are recorded on the dedicated LCS form.",
                 "P. Grant", "Service Manager (MASH/EDT)", "Ongoing", None, "G", "", ["Service Manager (MASH/EDT)"], None, "Ongoing", "green"),
                ("1.5", "Quarterly audit of strategy discussion minutes against the new practice standard.",
                 "K. Morris", "Principal Social Worker", "Q4 2024/25", None, "R", "First audit not completed - capacity.",
                 ["Principal Social Worker"], "2025-03", None, "red"),
            ]),
        ]),
        "2 Care Planning": ("Theme 2: Care Planning", [
            ("Improve the quality and timeliness of plans for children in need and children subject to child protection plans.", [
                ("2.1", "Relaunch the care planning practice standards and issue a one-page guide to all social workers.",
                 "D. Shaw", "AD Children's Social Care", D(2024, 10, 31), None, "B", "Done.", ["AD Children's Social Care"], "2024-10", None, "blue"),
                ("2.2", "Every child in need plan to be reviewed at least every 12 weeks, with overdue reviews escalated to the Head of Service.",
                 "D. Shaw", "HoS CIN/CP", D(2025, 2, 28), None, "G", "", ["HoS CIN/CP"], "2025-02", None, "green"),
                ("2.3", "Team managers to record supervision decisions on the child's file within 5 working days.",
                 "D. Shaw", "Team Managers", D(2025, 1, 31), D(2025, 4, 30), "A", "68% compliance in December.", ["Team Managers"], "2025-04", None, "amber"),
            ]),
            ("Improve the timeliness of permanence planning for children in care.", [
                ("2.4", "Implement a permanence tracking panel chaired by the Head of Service for Children in Care.",
                 "L. Owen", "HoS Children in Care", D(2024, 12, 31), None, "G", "Panel meeting fortnightly.", ["HoS Children in Care"], "2024-12", None, "green"),
                ("2.5", "Train IROs in the dispute resolution (escalation) process and report escalations quarterly to Corporate Parenting Board.",
                 "L. Owen", "IRO Service Manager; Head of Safeguarding and QA", "TBC", None, None, "",
                 ["IRO Service Manager", "Head of Safeguarding and QA"], None, "TBC", "unrated"),
            ]),
        ]),
        "3 Care Leavers": ("Theme 3: Care Leavers", [
            ("Ensure care leavers' pathway plans are up to date and reflect their views.", [
                ("3.1", "Pathway plans reviewed with every care leaver every 6 months; PA caseloads capped at 25.",
                 "R. Khan", "Leaving Care Service Manager", D(2025, 3, 31), None, "G", "", ["Leaving Care Service Manager"], "2025-03", None, "green"),
                ("3.2", "Co-produce a new pathway plan template with the Care Leavers' Forum.",
                 "R. Khan", "Participation Officer and Leaving Care Service Manager", D(2025, 1, 31), None, "A", "Forum session moved to February.",
                 ["Participation Officer", "Leaving Care Service Manager"], "2025-01", None, "amber"),
                ("3.3", "Publish the refreshed Local Offer for Care Leavers.",
                 "R. Khan", "AD Children's Social Care", D(2024, 9, 30), None, "Complete", "Published 26/09/24.", ["AD Children's Social Care"], "2024-09", None, "blue"),
            ]),
            ("Improve access to suitable accommodation for care leavers.", [
                ("3.4", "Agree a joint housing protocol with the district councils, including a care leaver priority band.",
                 "R. Khan", "Head of Housing Partnerships (Districts)", D(2025, 6, 30), None, "R", "Two districts yet to sign.",
                 ["Head of Housing Partnerships (Districts)"], "2025-06", None, "red"),
            ]),
        ]),
    }
    for sheet, (ttl, recs) in data.items():
        ws = wb.create_sheet(sheet)
        ws["A1"] = ttl
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:J1")
        ws["A2"] = "Owner: Improvement Board. RAG as at 07/01/2025."
        ws.append(hdr)
        r = 4
        for rec, acts in recs:
            top = r
            for (ref, act, old, lead, tgt, rev, rag, upd, elead, eend, etext, est) in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, old)
                ws.cell(r, 4, act)
                ws.cell(r, 5, lead)
                c = ws.cell(r, 6, tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 7, rev).number_format = "dd/mm/yyyy"
                if rag is not None:
                    ws.cell(r, 8, rag)
                ws.cell(r, 9, f'=IF(ISNUMBER(F{r}),IF(ISNUMBER(G{r}),G{r},F{r})-TODAY(),"")')
                ws.cell(r, 10, upd or None)
                for col in (2, 4, 10):
                    ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="top")
                exp.append(A(ref, [ttl, rec], act, elead, eend, est, etext))
                r += 1
            ws.cell(top, 2, rec).alignment = Alignment(wrap_text=True, vertical="top")
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        if sheet == "2 Care Planning":
            ws.cell(r + 1, 1, "Note: actions 2.6 to 2.8 have moved to the Workforce Plan and are reported to the Workforce Board.")
            ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
        ws.column_dimensions["C"].hidden = True
        for col, w in zip("ABDEFGHIJ", (6, 40, 60, 28, 12, 12, 6, 10, 40)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the internal 'master action plan' workbooks behind ILACS improvement-plan progress reports to committee "
                  "(e.g. Cheshire East Children and Families Committee 'Ofsted Action Plan and Progress Update', 2022; Herefordshire "
                  "Children's Improvement Action Plan, cabinet Dec 2022). Copied features: summary sheet of COUNTIF formulas first, one sheet "
                  "per theme, Ofsted recommendation merged down over its actions, target and revised date columns, RAG letters, a formula "
                  "'days to target' column; plus a hidden stale 'Lead (Jun 24)' column and a note row after the theme 2 table.",
        "reads": "A workbook whose first sheet only counts actions by RAG; three theme sheets each hold a plan table in which each "
                 "Ofsted recommendation spans several numbered actions with a lead, a target date, sometimes a revised date, and a "
                 "B/G/A/R letter. The hidden column is not seen; where a revised date exists it is the end.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        cell.add_paragraph().add_run(ln).bold = bold


# ---------------------------------------------------------------- 2 docx WSOA highlight report
def f2():
    name = "s-send-wsoa-highlight.docx"
    d = docx.Document()
    title = "Appendix A: SEND Written Statement of Action \u2013 Highlight Report, Quarter 3 2024/25"
    d.add_heading(title, level=1)
    d.add_paragraph("Report to: Children and Young People Scrutiny Committee, 12 February 2025")
    d.add_paragraph("Document control")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Changes"],
                             ["0.3", "20/01/2025", "SEND Improvement Manager", "Q3 updates from leads"],
                             ["1.0", "29/01/2025", "SEND Improvement Manager", "Approved by SEND Partnership Board"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("")
    d.add_paragraph("RAG key (the RAG column below is shaded only)")
    k = d.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Action complete and impact evidenced"), ("green", "On track"),
                                     ("amber", "Some slippage \u2013 recovery plan in place"),
                                     ("red", "Off track \u2013 escalated to SEND Partnership Board")]):
        shade(k.cell(i, 0), FILL[col])
        k.cell(i, 1).text = txt
    areas = [
        ("Area of Weakness 1: Variable quality of EHC plans",
         "Inspectors found that too many plans did not capture children's needs or the outcomes families wanted.",
         [("AW1.1", "Introduce a multi-agency EHCP quality assurance framework, auditing 10% of new plans each month.",
           "Head of SEND", "w/c 13/01/2025", "green", "\u2022 Framework agreed by Board\n\u2022 First audit cycle under way",
           ["Head of SEND"], "2025-01", None, "green"),
          ("AW1.2", "Deliver EHCP writing training to:\n\u2022 SEND casework officers\n\u2022 educational psychologists\n\u2022 health and social care advice writers",
           "SEND Service Manager / Designated Clinical Officer", "Spring term 2025", "amber", "Health sessions delayed to March.",
           ["SEND Service Manager", "Designated Clinical Officer"], "2025-04", "Spring term 2025", "amber"),
          ("AW1.3", "Update the annual review process so that all EHC plans are amended within 4 weeks of the review meeting.",
           "Head of SEND", "31/03/2025", "red", "Backlog of 212 amendments; extra officers agreed.",
           ["Head of SEND"], "2025-03", None, "red")]),
        ("Area of Weakness 2: Communication with parents and carers",
         "Parents told inspectors that they did not know who to contact or what was happening with their child's plan.",
         [("AW2.1", "Launch a SEND communications charter co-produced with the Parent Carer Forum.",
           "Head of SEND and PCF Chair", "Dec 2024", "blue", "Launched 4 December.",
           ["Head of SEND", "PCF Chair"], "2024-12", None, "blue"),
          ("AW2.2", "Publish a 'You said, we did' update on the Local Offer website each term.",
           "Local Offer Manager", "Termly", "green", "Autumn update published.",
           ["Local Offer Manager"], None, "Termly", "green"),
          ("AW2.3", "Include named case officer contact details on every EHCP decision letter.",
           None, "Q3 2024/25", "blue", "All templates changed.",
           ["Local Offer Manager"], "2024-12", None, "blue")]),
        ("Area of Weakness 3: Identification of needs in the early years",
         "Needs were identified late for some young children, particularly speech, language and communication needs.",
         [("AW3.1", "Roll out the early years SEND toolkit to all PVI settings, with termly SENCo network meetings.",
           "Early Years SEND Lead", "Summer term 2025", "green", "",
           ["Early Years SEND Lead"], "2025-07", "Summer term 2025", "green"),
          ("AW3.2", "Agree a joint health visiting pathway for 2\u20132\u00bd year checks to identify speech and language needs.",
           "Designated Clinical Officer (ICB)", "Ongoing", None, "Not yet started \u2013 awaiting ICB capacity.",
           ["Designated Clinical Officer (ICB)"], None, "Ongoing", "unrated"),
          ("AW3.3", "Report early identification data to every SEND Partnership Board.",
           "Jo Patel (Head of Early Years)", "End of March 2025", "amber", "Dataset in draft.",
           ["Jo Patel (Head of Early Years)"], "2025-03", None, "amber")]),
    ]
    exp = []
    for heading, intro, acts in areas:
        d.add_heading(heading, level=2)
        d.add_paragraph(intro)
        t = d.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead(s)", "By when", "RAG", "Progress this quarter"]):
            set_text(t.cell(0, j), h, bold=True)
        merge_lead = heading.startswith("Area of Weakness 2")
        for i, (ref, act, lead, when, fill, prog, elead, eend, etext, est) in enumerate(acts, start=1):
            set_text(t.cell(i, 0), ref)
            set_text(t.cell(i, 1), act)
            if lead is not None and not (merge_lead and i == 2):
                set_text(t.cell(i, 2), lead)
            set_text(t.cell(i, 3), when)
            if fill:
                shade(t.cell(i, 4), FILL[fill])
            if prog:
                set_text(t.cell(i, 5), prog)
            exp.append(A(ref, [heading], act, elead, eend, est, etext))
        if merge_lead:
            m = t.cell(2, 2).merge(t.cell(3, 2))
            set_text(m, "Local Offer Manager")
    d.add_paragraph("")
    d.add_paragraph("Sign-off")
    s = d.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for i, row in enumerate([["Name", "Role", "Date"], ["Director of Children's Services", "SRO", "29/01/2025"],
                             ["ICB Director of Nursing", "Health lead", "29/01/2025"]]):
        for j, v in enumerate(row):
            s.cell(i, j).text = v
    d.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates Word appendices to scrutiny reports on SEND Written Statement of Action progress (e.g. Slough 'SEND Written "
                  "Statement of Action' cabinet Feb 2022; BCP Council 'Written Statement of Action Progress Report'). Copied features: "
                  "document-control table, a RAG key table shaded only, one heading and intro paragraph per area of weakness followed by its "
                  "own action table, a shaded-only RAG column, bullet lists typed into cells, a lead cell merged down over two rows, sign-off table.",
        "reads": "A highlight report with three areas of weakness, each with a small table of AW-numbered actions, leads, a 'by when' "
                 "and a RAG shown only by cell shading, which the key explains (blue = complete). Document control, key and sign-off "
                 "tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------- 3 docx PDF-pasted PIAP
def f3():
    name = "s-adult-learning-piap-pdfpaste.docx"
    d = docx.Document()
    d.add_paragraph("Appendix 2")
    title = "Post-Inspection Action Plan \u2013 Adult Learning Service (Ofsted inspection, November 2024)"
    p = d.add_paragraph()
    p.add_run(title).bold = True
    d.add_paragraph("The plan below is copied from the version submitted to the Education and Skills Funding Agency. "
                    "Status is as reported to the Adult Learning Governance Board on 15 January 2025.")
    HDR = ["No.", "Area for improvement", "What we will do", "Who", "When", "Status"]
    P1 = "Priority 1: Quality of teaching, learning and assessment"
    P2 = "Priority 2: Safeguarding and Prevent"
    P3 = "Priority 3: Learner progression"
    afi1 = "Tutors do not use the results of initial assessment well enough to plan learning."
    afi2 = "Learners' understanding of the risks of radicalisation and extremism is not secure."
    afi3 = "Governors do not receive enough information about safeguarding."
    afi4 = "Too few learners progress to higher-level courses or into employment."
    rows = [
        ("H",), ("S", P1),
        ("A", "1a", afi1, "Introduce a standard initial assessment record for all non-accredited courses.", "Lee, Sam", "Jan-25", "Complete",
         ["Lee, Sam"], "2025-01", None, "blue"),
        ("A", "1b", None, "Observe every tutor at least once a year using the revised observation framework and share themes at tutor development days.",
         "Curriculum Managers", "July 2025", "On track", ["Curriculum Managers"], "2025-07", None, "green"),
        ("A", "1c", None, "Moderate a sample of learner files each term and feed findings back to tutors.", "Quality Manager", "Termly", "Green",
         ["Quality Manager"], None, "Termly", "green"),
        ("S", "Page 2 of 5"), ("H",), ("S", P2),
        ("A", "2a", afi2, "Deliver Prevent awareness sessions at induction on every course, with a follow-up quiz after six weeks.",
         "Designated Safeguarding Lead", "Sept 2024 \u2013 March 2025", "Amber", ["Designated Safeguarding Lead"], "2025-03",
         "Sept 2024 \u2013 March 2025", "amber"),
        ("A", "2b", None, "Add British values and Prevent prompts to the lesson plan template.", "Jo Patel and Ravi Shah", "31/10/2024", "Complete",
         ["Jo Patel", "Ravi Shah"], "2024-10", None, "blue"),
        ("A", "2c", afi3, "Report safeguarding data to every Adult Learning Governance Board meeting.", "Head of Service", "Ongoing", "Green",
         ["Head of Service"], None, "Ongoing", "green"),
        ("S", "Page 3 of 5"), ("H",), ("S", P3),
        ("A", "3a", afi4, "Track learner destinations at 3 and 6 months after the course ends, using the new MIS module.",
         "MIS Manager; Head of Service", "Q4 2024/25", "Red", ["MIS Manager", "Head of Service"], "2025-03", None, "red"),
        ("A", "3b", None, "Agree progression routes with the FE college and the local Jobcentre Plus.", "Partnerships Officer (Employability)",
         "End of June 2025", "Amber", ["Partnerships Officer (Employability)"], "2025-06", None, "amber"),
        ("A", "3c", None, "Publish learner progression case studies on the council website.", "Comms Team", "TBC", "",
         ["Comms Team"], None, "TBC", "unrated"),
        ("S", "Status is reported by exception to Cabinet \u2013 see covering report, paragraph 4.3."),
    ]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    exp = []
    merges = {}
    cur_afi = None
    cur_pri = None
    for i, r in enumerate(rows):
        if r[0] == "H":
            for j, h in enumerate(HDR):
                set_text(t.cell(i, j), h, bold=True)
        elif r[0] == "S":
            m = t.cell(i, 0).merge(t.cell(i, 5))
            set_text(m, r[1], bold=r[1].startswith("Priority"))
            if r[1].startswith("Priority"):
                cur_pri = r[1]
        else:
            _, ref, afi, act, who, when, st, elead, eend, etext, est = r
            set_text(t.cell(i, 0), ref)
            if afi is not None:
                cur_afi = afi
                merges[afi] = [i, i]
            else:
                merges[cur_afi][1] = i
            set_text(t.cell(i, 2), act)
            set_text(t.cell(i, 3), who)
            set_text(t.cell(i, 4), when)
            if st:
                set_text(t.cell(i, 5), st)
            exp.append(A(ref, [cur_pri, cur_afi], act, elead, eend, est, etext))
    for afi, (a, b) in merges.items():
        c = t.cell(a, 1)
        if b > a:
            c = c.merge(t.cell(b, 1))
        set_text(c, afi)
    d.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a council adult learning Post Inspection Action Plan attached to a cabinet committee report (e.g. Lancashire "
                  "County Council Cabinet Committee on Performance Improvement, June 2015, Appendix 'A' PIAP), as re-pasted into Word from "
                  "the PDF: one long table with priority sub-heading rows merged across, the area for improvement merged down over its "
                  "actions, 'Page n of 5' rows and repeated header rows left in the table by the paste, and a closing note row.",
        "reads": "One table of nine lettered actions under three priorities; each action answers the area for improvement beside it "
                 "and has a 'Who', a 'When' and a status word. Page lines, repeated headers, priority rows and the final note are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------- 4 csv Smartsheet export
def f4():
    name = "s-asc-cqc-smartsheet.csv"
    hdr = ["Ref", "Action", "Action Owner", "Start Date", "Due Date", "RAG", "% Complete", "Comments"]
    T1, T2, T3, T4 = ("Theme 1: Working with people", "Theme 2: Providing support", "Theme 3: Ensuring safety",
                      "Theme 4: Leadership")
    rows, exp = [hdr], []

    def par(t, s, e, pc):
        rows.append(["", t, "", s, e, "", pc, ""])

    def act(th, ref, a, own, s, due, rag, pc, com, elead, eend, etext, est):
        rows.append([ref, a, own, s, due, rag, pc, com])
        exp.append(A(ref, [th], a, elead, eend, est, etext))

    par(T1, "01/04/2024", "31/03/2025", "67%")
    act(T1, "1.1", "Clear the backlog of Care Act assessments waiting more than 28 days.", "Sam Lee and Jo Patel", "01/04/2024",
        "30/09/2024", "Blue", "Complete", "Backlog cleared 27/09. Weekly monitoring continues.", ["Sam Lee", "Jo Patel"], "2024-09", None, "blue")
    act(T1, "1.2", "Introduce strengths-based practice training for all assessors, with refresher sessions every six months.",
        "Principal Social Worker (Adults)", "01/05/2024", "31/03/2025", "Green", "60%", "Cohorts 1-3 trained.",
        ["Principal Social Worker (Adults)"], "2025-03", None, "green")
    act(T1, "1.3", "Review the carers' assessment offer with the Carers' Centre.", "Head of Commissioning / Carers' Centre CEO", "01/06/2024",
        "31/12/2024", "Amber", "40%", "Slipped - Carers' Centre contract being retendered.", ["Head of Commissioning", "Carers' Centre CEO"],
        "2024-12", None, "amber")
    par(T2, "01/04/2024", "31/03/2025", "33%")
    act(T2, "2.1", "Commission additional reablement capacity (20 new packages per week).", "DASS", "01/07/2024", "w/c 03/03/2025",
        "Red", "25%", "Provider failed to mobilise; re-procuring.", ["DASS"], "2025-03", None, "red")
    act(T2, "2.2", "Reduce the number of people waiting for a package of care to under 30, tracked on the weekly flow dashboard.",
        "Head of Brokerage", "", "31/01/2025", "Green", "75%", "Now 34 waiting.\nOn track for end of January.", ["Head of Brokerage"],
        "2025-01", None, "green")
    act(T2, "2.3", "Publish the Market Position Statement 2025-28.", "Head of Commissioning", "", "TBC", "", "0%", "",
        ["Head of Commissioning"], None, "TBC", "unrated")
    par(T3, "01/04/2024", "30/06/2025", "40%")
    act(T3, "3.1", "Introduce a safeguarding triage tool so that all concerns are screened within 2 working days.",
        "Safeguarding Adults Service Manager", "01/09/2024", "28/02/2025", "Amber", "50%", "", ["Safeguarding Adults Service Manager"],
        "2025-02", None, "amber")
    act(T3, "3.2", "Audit 20 Section 42 enquiries each quarter and report themes to the Safeguarding Adults Board.", "Patel, Jo", "",
        "Quarterly", "Green", "", "Q2 audit reported to SAB in November.", ["Patel, Jo"], None, "Quarterly", "green")
    act(T3, "3.3", "Refresh the DoLS/LPS readiness plan.", "DoLS Team Manager", "", "30/06/2025", "Not started", "0%", "",
        ["DoLS Team Manager"], "2025-06", None, "unrated")
    par(T4, "01/04/2024", "31/05/2025", "70%")
    act(T4, "4.1", "Establish a CQC Assurance Board with monthly self-assessment updates.", "Director of Adult Social Care", "01/04/2024",
        "31/10/2024", "Complete", "100%", "", ["Director of Adult Social Care"], "2024-10", None, "blue")
    act(T4, "4.2", "Update the self-assessment and test it through an LGA peer challenge.",
        "Director of Adult Social Care / Head of Performance", "01/11/2024", "End of May 2025", "Amber", "40%",
        "Peer challenge dates offered for May.", ["Director of Adult Social Care", "Head of Performance"], "2025-05", None, "amber")
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    write_yaml(name, {
        "source": "Imitates a Smartsheet CSV export of an adult social care CQC assessment improvement tracker, of the kind performance "
                  "teams keep behind CQC readiness reports to adults scrutiny. Copied features: no title, hierarchy parent rows (theme "
                  "name in the primary column with rolled-up start, due and % values but no owner or RAG), text in the date column "
                  "(w/c, TBC, Quarterly, End of May), 'Complete' in the % column, a multi-line quoted comment, UTF-8 BOM and CRLF.",
        "reads": "An export with four theme rows, each followed by its numbered actions with an owner, due date, RAG word and % "
                 "complete. The theme rows are headings (their dates and % are roll-ups), not actions.",
        "outcome": "read",
        "accept_refusal": False,
    }, exp)


# ---------------------------------------------------------------- 5 tab-separated Pentana export
def f5():
    name = "s-csip-pentana-export.txt"
    title = "Children's Services Improvement Plan \u2013 Priority Actions"
    lines = ["Pentana Performance \u2013 Action Progress Report", title,
             "Generated: 14/01/2025 10:32 by performance.team", "",
             "\t".join(["Code", "Action", "Assigned To", "Original Due Date", "Due Date", "Traffic Light", "Progress", "Latest Note"])]
    exp = []
    P = {"CSIP-01": "Priority 1: Practice quality", "CSIP-02": "Priority 2: Workforce", "CSIP-03": "Priority 3: Partnerships"}
    acts = [
        ("CSIP-01", "CSIP-01.01", "Embed the practice framework through monthly practice weeks", "Smith, Jane", "31-Dec-2024", "31-Mar-2025",
         "Amber", "60%", "Revised date agreed at Board 09/12/24", ["Smith, Jane"], "2025-03", None, "amber"),
        ("CSIP-01", "CSIP-01.02", "Introduce group supervision in all locality teams", "Team Managers (Localities)", "30-Nov-2024",
         "30-Nov-2024", "Completed", "100%", "", ["Team Managers (Localities)"], "2024-11", None, "blue"),
        ("CSIP-01", "CSIP-01.03", "Practice audit programme: 40 audits per month, moderated by the PSW", "Principal Social Worker",
         "31-Mar-2025", "31-Mar-2025", "Green", "70%", "", ["Principal Social Worker"], "2025-03", None, "green"),
        ("CSIP-02", "CSIP-02.01", "Reduce agency social workers to below 20% of the qualified workforce",
         "Head of Workforce Development; HR Business Partner", "31-Mar-2025", "30-Sep-2025", "Red", "20%", "Currently 31%",
         ["Head of Workforce Development", "HR Business Partner"], "2025-09", None, "red"),
        ("CSIP-02", "CSIP-02.02", "Launch the ASYE academy for the September 2025 cohort", "Brown, Ali", "01-Sep-2025", "01-Sep-2025",
         "Green", "10%", "", ["Brown, Ali"], "2025-09", None, "green"),
        ("CSIP-02", "CSIP-02.03", "Refresh the recruitment and retention offer", "HR Business Partner", "", "TBC", "", "0%",
         "Awaiting regional pay benchmarking", ["HR Business Partner"], None, "TBC", "unrated"),
        ("CSIP-03", "CSIP-03.01", "Agree a revised MASH partnership agreement with police and health", "Head of MASH", "31-Jan-2025",
         "31-Jan-2025", "Green", "80%", "", ["Head of MASH"], "2025-01", None, "green"),
        ("CSIP-03", "CSIP-03.02", "Joint audit of domestic abuse referrals with the police", "Head of MASH / DI Public Protection",
         "28-Feb-2025", "28-Feb-2025", "Amber", "40%", "Police audit lead changed", ["Head of MASH", "DI Public Protection"],
         "2025-02", None, "amber"),
    ]
    last = None
    for (par, code, a, who, orig, due, tl, pc, note, elead, eend, etext, est) in acts:
        if par != last:
            lines.append("\t".join([par, P[par], "", "", "", "", "", ""]))
            last = par
        lines.append("\t".join([code, a, who, orig, due, tl, pc, note]))
        exp.append(A(code, [P[par]], a, elead, eend, est, etext))
    lines += ["", "Total actions: 8\tCompleted: 1\tOverdue: 1", "Page 1 of 1"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_yaml(name, {
        "source": "Imitates a tab-separated export of an action progress report from a council performance system (Pentana/Covalent "
                  "style), used by performance teams to feed children's improvement board packs. Copied features: report-name and "
                  "generated-by lines above the header, parent code rows carrying the priority name, original and (revised) due date "
                  "columns, a 'Traffic Light' column with 'Completed', surname-comma-forename assignees, totals and page lines at the end.",
        "reads": "A report of eight coded actions grouped under three priority rows; each action has an assignee, an original and a "
                 "current due date, a traffic light and a progress %. The current Due Date is the end; header and footer lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------- 6 xlsx YJS HMIP plan, two tables, RAG by fill
def f6():
    name = "s-yjs-hmip-plan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "HMIP Action Plan"
    title = "Youth Justice Service \u2013 HMIP Inspection Improvement Plan (inspection June 2024)"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Updated for YJ Management Board 23/01/2025"
    fill = lambda c: PatternFill("solid", start_color="FF" + FILL[c], end_color="FF" + FILL[c])
    exp = []
    T1 = "Recommendations for the Youth Justice Service Management Board"
    T2 = "Recommendations for the Head of Youth Justice Service"
    R1 = "1. Ensure that board members attend regularly and understand their role in holding the service to account."
    R2 = "2. Use data on disproportionality to inform the partnership's priorities."
    R3 = "3. Improve the quality of assessment and planning for children's safety and wellbeing."
    R4 = "4. Make sure that children's views shape how services are delivered."
    # table 1 : Ref | Action | Owner | Deadline | RAG | Update
    ws["A4"] = T1
    ws["A4"].font = Font(bold=True)
    ws.merge_cells("A4:F4")
    for j, h in enumerate(["Ref", "Action", "Owner", "Deadline", "RAG", "Update"], 1):
        ws.cell(5, j, h).font = Font(bold=True)
    r = 6
    t1 = [(R1, [("1.1", "Induction pack and one-to-one induction for every new board member.", "Chair of YJ Board",
                 D(2024, 10, 31), "blue", "All 4 new members inducted.", ["Chair of YJ Board"], "2024-10", None, "blue"),
                ("1.2", "Report board attendance at each meeting; non-attendance at two meetings running to be escalated to the relevant chief officer.",
                 "YJS Business Manager", "Each Board", "green", "", ["YJS Business Manager"], None, "Each Board", "green")]),
          (R2, [("2.1", "Produce a quarterly disproportionality dataset covering ethnicity, care status and SEND.",
                 "Performance & Information Officer", D(2025, 1, 31), "amber", "Education data outstanding.",
                 ["Performance & Information Officer"], "2025-01", None, "amber"),
                ("2.2", "Board development session on disproportionality with local community groups.",
                 "Head of YJS and Chair of YJ Board", "Q4 2024/25", "green", "Booked for 11 March.",
                 ["Head of YJS", "Chair of YJ Board"], "2025-03", None, "green")])]
    for rec, acts in t1:
        ws.cell(r, 1, rec).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for (ref, a, own, dl, f, upd, elead, eend, etext, est) in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 2, a).alignment = Alignment(wrap_text=True)
            ws.cell(r, 3, own)
            c = ws.cell(r, 4, dl)
            if isinstance(dl, dt.datetime):
                c.number_format = "mmm-yy"
            if f:
                ws.cell(r, 5).fill = fill(f)
            ws.cell(r, 6, upd or None)
            exp.append(A(ref, [T1, rec], a, elead, eend, est, etext))
            r += 1
    ws.cell(8, 4).comment = Comment("Board agreed this is a standing item, not a one-off action.", "YJS BM")
    r += 1
    # table 2 : Action | Deadline | Ref | RAG | Owner | Update
    ws.cell(r, 1, T2).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    for j, h in enumerate(["Action", "Deadline", "Ref", "RAG", "Owner", "Update"], 1):
        ws.cell(r, j, h).font = Font(bold=True)
    r += 1
    t2 = [(R3, [("3.1", "Refresh AssetPlus quality assurance: managers to countersign all assessments within 5 working days.",
                 "Operational Manager", D(2024, 12, 31), "blue", "", ["Operational Manager"], "2024-12", None, "blue"),
                ("3.2", "Deliver safety and wellbeing training to all case managers, including contextual safeguarding.",
                 "Practice Development Lead / Operational Manager", D(2025, 3, 31), "red", "Trainer withdrew; re-sourcing.",
                 ["Practice Development Lead", "Operational Manager"], "2025-03", None, "red"),
                ("3.3", "Introduce monthly case audits, with findings fed back in supervision.", "Operational Manager", "Monthly",
                 "green", "", ["Operational Manager"], None, "Monthly", "green")]),
          (R4, [("4.1", "Set up a children's participation group and feed its views to every Board.", "Participation Worker",
                 D(2025, 5, 31), "amber", "", ["Participation Worker"], "2025-05", None, "amber"),
                ("4.2", "Use exit questionnaires with every child and report the results quarterly.", "Head of YJS", "TBC", None,
                 "", ["Head of YJS"], None, "TBC", "unrated")])]
    for rec, acts in t2:
        ws.cell(r, 1, rec).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for (ref, a, own, dl, f, upd, elead, eend, etext, est) in acts:
            ws.cell(r, 1, a).alignment = Alignment(wrap_text=True)
            c = ws.cell(r, 2, dl)
            if isinstance(dl, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(r, 3, ref)
            if f:
                ws.cell(r, 4).fill = fill(f)
            ws.cell(r, 5, own)
            ws.cell(r, 6, upd or None)
            if ref == "3.2":
                c.comment = Comment("Originally Dec-24; moved by Board 23/01/25.", "YJS BM")
            exp.append(A(ref, [T2, rec], a, elead, eend, est, etext))
            r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "At risk"), ("red", "Off track")]):
        ws.cell(r + 1 + i, 1).fill = fill(col)
        ws.cell(r + 1 + i, 2, txt)
    for col, w in zip("ABCDEF", (60, 14, 10, 12, 30, 36)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a youth justice service post-inspection (HM Inspectorate of Probation) improvement plan spreadsheet taken to "
                  "the YJ Management Board. Copied features: recommendations split by addressee into two tables on one sheet with "
                  "different column orders (second table starts with Action, Ref in the third column), recommendation rows merged across, "
                  "RAG shown only by fill with the key at the foot of the sheet, deadlines as Excel dates shown mmm-yy and as words, cell notes.",
        "reads": "Two plan tables, one for the Board and one for the Head of Service, each grouping numbered actions under the "
                 "inspectors' recommendations; RAG is the fill colour of the RAG cell, read with the key (blue = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, exp)


# ---------------------------------------------------------------- 7 xlsx SharePoint list export - REFUSE (mistyped month)
def f7():
    name = "s-cp-sharepoint-refuse.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "query"
    ws.append(["ID", "Title", "Theme", "Action Lead", "Target Date", "RAG Status", "Progress Notes", "Modified", "Modified By",
               "Item Type", "Path"])
    rows = [
        (1, "Refresh the child protection conference chairing standards", "CP Conferences", "CP Chair Service Manager", "31/10/2024", "Blue"),
        (2, "Introduce a 10-day core group timeliness report", "CP Conferences", "Head of Safeguarding", "Nov 2024", "Green"),
        (3, "Family group conferences offered at every initial CP conference", "Family Help", "FGC Manager", "31/03/2025", "Amber"),
        (4, "Audit 30 repeat child protection plans and act on learning", "CP Plans", "PSW / Head of Safeguarding", "Jan 2025", "Green"),
        (5, "Roll out the graded care profile (GCP2) for neglect", "Neglect", "Neglect Strategy Lead", "30/06/2025", "Amber"),
        (6, "Add the child's voice section to the CP plan template", "CP Plans", "LCS Systems Team", "Dec 2024", "Blue"),
        (7, "Neglect training for all social workers and partners", "Neglect", "Workforce Development Lead", "Febuary 2025", "Red"),
        (8, "Step-down protocol from CP to CIN agreed with partners", "Family Help", "Head of Family Help", "31/05/2025", "Green"),
        (9, "Monthly performance clinic on CP visits within 10 working days", "CP Plans", "Head of Performance", "Monthly", "Green"),
        (10, "Publish the revised escalation policy on the partnership website", "Partnership", "LSCP Business Manager", "TBC", ""),
    ]
    for i, (id_, t, th, lead, tgt, rag) in enumerate(rows):
        ws.append([id_, t, th, lead, tgt, rag or None, "", D(2025, 1, 6, 9, 14) + dt.timedelta(hours=i), "Performance Team",
                   "Item", "sites/ChildrensImprovement/Lists/CP Plan"])
        ws.cell(ws.max_row, 8).number_format = "dd/mm/yyyy hh:mm"
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a SharePoint list 'Export to Excel' of a child protection improvement tracker (query sheet with ID, Title, "
                  "Modified, Modified By, Item Type and Path columns), as shared by council performance teams; the Target Date column "
                  "is a free-text list column.",
        "reads": "Ten tracker items with a theme, a lead, a target date typed as text and a RAG word. Item 7's target date reads "
                 "'Febuary 2025', a mistyped month, so a careful person would stop and check it rather than guess.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 8,
    })


# ---------------------------------------------------------------- 8 csv LSCP JTAI plan - REFUSE (far year)
def f8():
    name = "s-lscp-jtai-refuse.csv"
    rows = [
        ["Safeguarding Children Partnership - JTAI Action Plan 2024/25", "", "", "", ""],
        ["", "", "", "", ""],
        ["Ref", "Action", "Lead agency / officer", "Due", "RAG"],
        ["1.1", "Agree a single multi-agency domestic abuse risk assessment pathway", "Police DCI PPU; Head of MASH", "Mar-25", "Amber"],
        ["1.2", "Health representation at every MARAC, with cover arrangements", "ICB Designated Nurse", "Dec-24", "Green"],
        ["1.3", "Review of MARAC referral thresholds", "DA Partnership Manager", "Jan-25", "Complete"],
        ["2.1", "Joint training on coercive control for front-line staff in all agencies", "LSCP Training Coordinator", "Jun-25", "Green"],
        ["2.2", "Schools' DSL network to receive Operation Encompass briefings", "Education Safeguarding Lead", "Jul-52", "Green"],
        ["2.3", "Multi-agency audit of children living with domestic abuse", "LSCP Business Manager", "Sep-25", "Amber"],
        ["3.1", "Report progress on the plan to the LSCP Executive each quarter", "Independent Scrutineer", "Quarterly", "Green"],
        ["3.2", "Publish a 'what we have learned' briefing for practitioners", "LSCP Business Manager", "Oct-25", ""],
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    write_yaml(name, {
        "source": "Imitates a local safeguarding children partnership action plan following a Joint Targeted Area Inspection (domestic "
                  "abuse theme), saved from Excel as CSV: title line, blank line, header, Mon-YY dates.",
        "reads": "A title line and a simple table of nine actions with a lead agency or officer, a Mon-YY due month and a RAG. "
                 "Every due date is in 2024-25 except action 2.2, 'Jul-52', a year far from the plan's others (most likely "
                 "Jul-25 transposed), which a careful person would query rather than read.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 8,
        "title": "Safeguarding Children Partnership - JTAI Action Plan 2024/25",
    })


for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
    fn()
print("ok")
