# Generator for heldout7 "p-" blind cases. Run with /work/main/.venv/bin/python.
import os, datetime as dt, yaml
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
HEX = {"red": "FF0000", "amber": "FFC000", "green": "92D050", "blue": "00B0F0"}

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

def write_yaml(name, source, reads, outcome, title, actions=None, refuse_at=None, accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if actions is not None:
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)

def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False, italic=False):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part); r.bold = bold; r.italic = italic

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width

# ---------------------------------------------------------------- 1 ILACS docx
def ilacs():
    name = "p-ilacs-ri-plan.docx"
    doc = Document()
    doc.add_paragraph("Westmere Borough Council").runs[0].bold = True
    doc.add_paragraph("Children's Services Improvement Plan 2024–2026", style="Title")
    doc.add_paragraph("Our response to the Ofsted inspection of local authority children's services (ILACS), June 2024 – overall effectiveness: Requires improvement to be good")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_cell(c, h, bold=True)
    for row in [["0.3", "12/08/2024", "KM", "Draft for DMT"], ["1.0", "02/09/2024", "KM", "Approved by Improvement Board"], ["1.4", "20/01/2025", "DP", "Progress update for Scrutiny"]]:
        cs = t.add_row().cells
        for c, v in zip(cs, row): set_cell(c, v)
    doc.add_page_break()
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Ofsted inspected Westmere's children's services between 10 and 21 June 2024. Inspectors found that services require improvement to be good and made three recommendations. This plan sets out what we will do, who is responsible and by when. Progress is reported to the Children's Improvement Board every six weeks, using the RAG key at the end of this document.")
    doc.add_heading("Our improvement plan", level=1)
    P1 = "Priority 1 – Front door and early help"
    R1 = "The consistency of threshold decisions and management oversight in the Multi-Agency Safeguarding Hub (MASH)."
    P2 = "Priority 2 – Quality of assessment and planning"
    R2 = "The quality of plans for children in need and children subject to child protection plans, so that they are specific, measurable and focused on the child's needs."
    P3 = "Priority 3 – Care leavers"
    R3 = "Pathway plans for care leavers, which are not consistently updated or written with young people."
    groups = [
      (P1, R1, [
        ("1.1", "Refresh the Westmere threshold document with partners and relaunch it through multi-agency briefings.", "Head of Service, Front Door and Early Help", "31/01/25", "Complete",
         A("1.1", [P1, R1], "Refresh the Westmere threshold document with partners and relaunch it through multi-agency briefings.", ["Head of Service, Front Door and Early Help"], "2025-01", "blue")),
        ("1.2", "Introduce a daily MASH management huddle, with decisions and rationale recorded on the child's record.", "Service Manager (MASH)", "Dec-24", "Green",
         A("1.2", [P1, R1], "Introduce a daily MASH management huddle, with decisions and rationale recorded on the child's record.", ["Service Manager (MASH)"], "2024-12", "green")),
        ("1.3", "Monthly multi-agency audit of 10 MASH contacts, reported to the Safeguarding Partnership Quality Group.", "KM & DP", "Ongoing", "Green",
         A("1.3", [P1, R1], "Monthly multi-agency audit of 10 MASH contacts, reported to the Safeguarding Partnership Quality Group.", ["KM", "DP"], None, "green", "Ongoing")),
        ("1.4", "Review and agree the step-up/step-down protocol between early help and children's social care.", "Head of Early Help / Service Manager (MASH)", "March 2025", "Amber",
         A("1.4", [P1, R1], "Review and agree the step-up/step-down protocol between early help and children's social care.", ["Head of Early Help", "Service Manager (MASH)"], "2025-03", "amber")),
      ]),
      (P2, R2, [
        ("2.1", "Roll out SMART planning training to all social workers and team managers (two sessions per team).", "Principal Social Worker", "Sept 2024 – March 2025", "Amber",
         A("2.1", [P2, R2], "Roll out SMART planning training to all social workers and team managers (two sessions per team).", ["Principal Social Worker"], "2025-03", "amber", "Sept 2024 – March 2025")),
        ("2.2", "Revise the CIN and CP plan templates in Mosaic so that outcomes, actions and timescales are recorded separately.\nTest with two teams before go-live.", "Systems Lead, Children's Services", "Q4 24/25", "Red",
         A("2.2", [P2, R2], "Revise the CIN and CP plan templates in Mosaic so that outcomes, actions and timescales are recorded separately.\nTest with two teams before go-live.", ["Systems Lead, Children's Services"], "2025-03", "red", "Q4 24/25")),
        ("2.3", "Hold a practice week focused on the child's lived experience in plans.", "AD Safeguarding / Head of QA", "w/c 10/03/25", "Not started",
         A("2.3", [P2, R2], "Hold a practice week focused on the child's lived experience in plans.", ["AD Safeguarding", "Head of QA"], "2025-03", "unrated")),
        ("2.4", "Thematic audit of 30 child protection plans, with findings reported to the Improvement Board.", "Head of Safeguarding and Quality Assurance", "June 2025", "Green",
         A("2.4", [P2, R2], "Thematic audit of 30 child protection plans, with findings reported to the Improvement Board.", ["Head of Safeguarding and Quality Assurance"], "2025-06", "green")),
      ]),
      (P3, R3, [
        ("3.1", "Every care leaver to have a pathway plan reviewed within the last six months.", "Team Manager, Leaving Care", "By 31 March 2025", "Amber",
         A("3.1", [P3, R3], "Every care leaver to have a pathway plan reviewed within the last six months.", ["Team Manager, Leaving Care"], "2025-03", "amber")),
        ("3.2", "Co-produce a new pathway plan format with the Children in Care Council.", "Participation Officer and Team Manager, Leaving Care", "Feb-25", "Complete",
         A("3.2", [P3, R3], "Co-produce a new pathway plan format with the Children in Care Council.", ["Participation Officer", "Team Manager, Leaving Care"], "2025-02", "blue")),
        ("3.3", "Reduce Personal Adviser caseloads to no more than 22 young people.", "Head of Corporate Parenting", "Q1 25/26", "Red",
         A("3.3", [P3, R3], "Reduce Personal Adviser caseloads to no more than 22 young people.", ["Head of Corporate Parenting"], "2025-06", "red", "Q1 25/26")),
      ]),
    ]
    exp = []
    for P, R, rows in groups:
        doc.add_heading(P, level=2)
        doc.add_paragraph("What Ofsted said we need to improve:").runs[0].bold = True
        doc.add_paragraph().add_run(R).italic = True
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "What we will do", "Lead", "By when", "RAG"]):
            set_cell(c, h, bold=True); shade(c, "D9E2F3")
        for ref, act, lead, end, rag, e in rows:
            cs = t.add_row().cells
            for c, v in zip(cs, [ref, act, lead, end, rag]): set_cell(c, v)
            exp.append(e)
        doc.add_paragraph()
    doc.add_heading("RAG key", level=1)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Rating", bold=True); set_cell(t.rows[0].cells[1], "Meaning", bold=True)
    for k, v in [("Complete", "Action delivered and evidenced"), ("Green", "On track"), ("Amber", "Some slippage – recoverable"), ("Red", "Off track – escalated to Improvement Board"), ("Not started", "Not yet due to start")]:
        cs = t.add_row().cells; set_cell(cs[0], k); set_cell(cs[1], v)
    doc.add_paragraph("Signed: Director of Children's Services, on behalf of the Children's Improvement Board.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates an English unitary council's post-ILACS 'requires improvement' plan as taken to scrutiny (e.g. layouts of ILACS improvement plans in committee papers): title page, document-control table, introduction, a Word Heading 2 per priority with the Ofsted recommendation in an italic paragraph below a bold label, one 5-column table per priority, RAG key table and sign-off at the end.",
      "A title page and version table, then three priorities each with the Ofsted recommendation quoted and a small table of numbered actions with lead, 'by when' and a RAG word. Leads mix job titles with commas, initials joined by '&', and two posts joined by '/' or 'and'; dates mix 31/01/25, Dec-24, quarters, a range, w/c and Ongoing.",
      "read", "Children's Services Improvement Plan 2024–2026", exp)

# ---------------------------------------------------------------- 2 SEND docx
def send():
    name = "p-send-priority-plan.docx"
    doc = Document(); landscape(doc)
    doc.add_heading("Kingsbrook Local Area SEND Partnership: Priority Action Plan", level=1)
    doc.add_paragraph("Following the Ofsted and CQC area SEND inspection of Kingsbrook (October 2024), which found widespread and/or systemic failings, the local area partnership (Kingsbrook Council and Mid Vale Integrated Care Board) is required to publish a priority action plan. This version reports progress to the SEND Partnership Board.")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Approved by"]): set_cell(c, h, bold=True)
    for r in [["1.0", "06/12/2024", "SEND Partnership Board"], ["1.2", "14/02/2025", "SEND Partnership Board"]]:
        cs = t.add_row().cells
        for c, v in zip(cs, r): set_cell(c, v)
    doc.add_paragraph()
    t = doc.add_table(rows=2, cols=6); t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in enumerate(["Ref", "Action", "Lead(s)", "Timescale", "", "Status"]):
        if h: set_cell(h0[i], h, bold=True)
    set_cell(h1[3], "Start", bold=True); set_cell(h1[4], "End", bold=True)
    for i in (0, 1, 2, 5):
        h0[i].merge(h1[i])
    h0[3].merge(h0[4])
    for c in list(h0) + list(h1): shade(c, "BDD7EE")
    P1 = "Priority 1: Timeliness and quality of EHC plans"
    R1 = "Too many EHC needs assessments are not completed within 20 weeks, and the quality of EHC plans is too variable."
    P2 = "Priority 2: Co-production with families"
    R2 = "Parents and carers do not feel listened to, and the local offer is not well used."
    P3 = "Priority 3: Waiting times for neurodevelopmental assessment"
    R3 = "Children and young people wait too long for autism and ADHD assessments, and there is little support while they wait."
    groups = [
      (P1, R1, [
        ("A1", "Recruit four additional EHC coordinators and clear the backlog of overdue assessments.", "Head of SEND", "Nov 2024", "31/03/2025", "blue", A("A1", [P1, R1], "Recruit four additional EHC coordinators and clear the backlog of overdue assessments.", ["Head of SEND"], "2025-03", "blue")),
        ("A2", "Introduce a multi-agency EHC plan quality assurance panel that meets fortnightly.", "SEND Service Manager / Designated Clinical Officer", "Jan 2025", "end of Spring term 2025", "green", A("A2", [P1, R1], "Introduce a multi-agency EHC plan quality assurance panel that meets fortnightly.", ["SEND Service Manager", "Designated Clinical Officer"], "2025-04", "green", "end of Spring term 2025")),
        ("A3", "Train all EHC coordinators and health and care advice writers in outcome-focused plan writing.", "Head of Inclusion, Education and Skills", "Feb 2025", "Summer term 2025", "amber", A("A3", [P1, R1], "Train all EHC coordinators and health and care advice writers in outcome-focused plan writing.", ["Head of Inclusion, Education and Skills"], "2025-07", "amber", "Summer term 2025")),
      ]),
      (P2, R2, [
        ("B1", "Co-produce a communication charter with the Parent Carer Forum.", "Designated Clinical Officer (ICB) and Head of SEND", "Oct 2024", "December 2024", "blue", A("B1", [P2, R2], "Co-produce a communication charter with the Parent Carer Forum.", ["Designated Clinical Officer (ICB)", "Head of SEND"], "2024-12", "blue")),
        ("B2", "Relaunch the local offer website following user testing with families and young people.", "Local Offer Officer", "Jan 2025", "July 2025", "red", A("B2", [P2, R2], "Relaunch the local offer website following user testing with families and young people.", ["Local Offer Officer"], "2025-07", "red")),
        ("B3", "Publish a 'you said, we did' report to the SEND Partnership Board.", "Chair, SEND Partnership Board", "Jan 2025", "Termly", "green", A("B3", [P2, R2], "Publish a 'you said, we did' report to the SEND Partnership Board.", ["Chair, SEND Partnership Board"], None, "green", "Termly")),
        ("B4", "Establish a young people's SEND forum, with two young people on the Partnership Board.", "Participation Lead", "Apr 2025", "Autumn term 2025", None, A("B4", [P2, R2], "Establish a young people's SEND forum, with two young people on the Partnership Board.", ["Participation Lead"], "2025-12", "unrated", "Autumn term 2025")),
      ]),
      (P3, R3, [
        ("C1", "Commission additional assessment capacity from an independent provider to reduce the longest waits.", "Head of Children's Commissioning (ICB)", "Dec 2024", "30/06/2025", "amber", A("C1", [P3, R3], "Commission additional assessment capacity from an independent provider to reduce the longest waits.", ["Head of Children's Commissioning (ICB)"], "2025-06", "amber")),
        ("C2", "Launch a 'support while you wait' offer with the Parent Carer Forum and schools.", "JT, HM", "Jan 2025", "Spring term 2025", "green", A("C2", [P3, R3], "Launch a 'support while you wait' offer with the Parent Carer Forum and schools.", ["JT", "HM"], "2025-04", "green", "Spring term 2025")),
      ]),
    ]
    exp = []
    for P, R, rows in groups:
        r = t.add_row().cells; m = r[0].merge(r[5]); set_cell(m, P, bold=True); shade(m, "1F3864")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r = t.add_row().cells; m = r[0].merge(r[5]); set_cell(m, R, italic=True); shade(m, "DEEAF6")
        for ref, act, lead, st, en, col, e in rows:
            cs = t.add_row().cells
            for c, v in zip(cs, [ref, act, lead, st, en, ""]): set_cell(c, v)
            if col: shade(cs[5], HEX[col])
            exp.append(e)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue = complete; Green = on track; Amber = at risk of delay; Red = off track; no colour = not yet started.")
    doc.add_paragraph("Next review: SEND Partnership Board, April 2025.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates an English local area SEND partnership's priority action plan / written statement of action after an Ofsted–CQC area SEND inspection (cf. Leicester and Worcestershire WSOA layouts): landscape, version table, one long table with a two-row header (Timescale split into Start/End), a dark merged row per priority and a pale merged italic row with the area for improvement, status shown only as cell fill with a colour key paragraph below.",
      "One table of nine actions (A1–C2) under three priorities, each priority followed by the inspectors' area for improvement. Status cells carry no text, only a fill colour explained by the key (one left uncoloured = not started); end dates include school terms and 'Termly'.",
      "read", "Kingsbrook Local Area SEND Partnership: Priority Action Plan", exp)

# ---------------------------------------------------------------- 3 JTAI docx
def jtai():
    name = "p-jtai-plan.docx"
    doc = Document(); landscape(doc)
    p = doc.add_paragraph(); r = p.add_run("Greater Ashby Safeguarding Children Partnership – JTAI Action Plan (Children living with domestic abuse)"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Joint targeted area inspection by Ofsted, CQC, HMICFRS and HMI Probation, September 2024. The partnership's response to the areas for improvement in the inspection letter of 4 November 2024.")
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "3.2"), ("Last updated", "14/02/2025"), ("Owner", "Partnership Business Manager")]):
        set_cell(t.rows[i].cells[0], k, bold=True); set_cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    A1 = "Information sharing between police and children's social care after domestic abuse incidents is not always timely."
    A2 = "Children's experiences of domestic abuse are not consistently reflected in assessments and plans."
    A3 = "Support for perpetrators to change their behaviour is limited."
    groups = [
      (A1, [("1(a)", "Agree a partnership standard that all domestic abuse notifications involving children are shared with the MASH within 24 hours.", "Hughes, Mark", "Mar-25", "G", A("1(a)", [A1], "Agree a partnership standard that all domestic abuse notifications involving children are shared with the MASH within 24 hours.", ["Hughes, Mark"], "2025-03", "green")),
            ("1(b)", "Dip sample 25 police notifications each month and report compliance to the Partnership Executive.", "Bellamy, Ruth; Stone, Peter", "Monthly", "A", A("1(b)", [A1], "Dip sample 25 police notifications each month and report compliance to the Partnership Executive.", ["Bellamy, Ruth", "Stone, Peter"], None, "amber", "Monthly")),
            ("1(c)", "Extend Operation Encompass notifications to all schools, including independent schools, by the start of the next school day.", "Education Safeguarding Lead", "w/c 13/01/25", "B", A("1(c)", [A1], "Extend Operation Encompass notifications to all schools, including independent schools, by the start of the next school day.", ["Education Safeguarding Lead"], "2025-01", "blue"))]),
      (A2, [("2(a)", "Deliver Safe and Together training to social workers, health visitors and school nurses.", "Okafor, Grace", "Sept 2024 – Jan 2025", "A", A("2(a)", [A2], "Deliver Safe and Together training to social workers, health visitors and school nurses.", ["Okafor, Grace"], "2025-01", "amber", "Sept 2024 – Jan 2025")),
            ("2(b)", "Add a domestic abuse prompt to the single assessment template.", "RB/PS", "30/11/2024", "B", A("2(b)", [A2], "Add a domestic abuse prompt to the single assessment template.", ["RB", "PS"], "2024-11", "blue")),
            ("2(c)", "Multi-agency audit of 12 children's records where domestic abuse is the main presenting need.", "Partnership Business Manager", "30/04/2025", "R", A("2(c)", [A2], "Multi-agency audit of 12 children's records where domestic abuse is the main presenting need.", ["Partnership Business Manager"], "2025-04", "red"))]),
      (A3, [("3(a)", "Scope demand for a perpetrator programme and present options to the Community Safety Partnership.", "Community Safety Manager", "TBC", "R", A("3(a)", [A3], "Scope demand for a perpetrator programme and present options to the Community Safety Partnership.", ["Community Safety Manager"], None, "red", "TBC")),
            ("3(b)", "Publish a directory of domestic abuse services for practitioners and families.", "Walsh, Siobhan", "May-25", "G", A("3(b)", [A3], "Publish a directory of domestic abuse services for practitioners and families.", ["Walsh, Siobhan"], "2025-05", "green"))]),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Area for improvement", "No.", "Action", "Lead officer", "Target date", "RAG"]):
        set_cell(c, h, bold=True); shade(c, "E2EFD9")
    exp = []
    for area, rows in groups:
        first = None
        for i, (ref, act, lead, end, rag, e) in enumerate(rows):
            cs = t.add_row().cells
            if i == 0:
                set_cell(cs[0], area); first = cs[0]
            else:
                first = first.merge(cs[0])
            for c, v in zip(cs[1:], [ref, act, lead, end, rag]): set_cell(c, v)
            exp.append(e)
    doc.add_paragraph()
    doc.add_paragraph("RAG as at 14/02/2025. R = off track; A = some delay; G = on track; B = complete and evidenced to the Partnership Executive.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates a multi-agency safeguarding children partnership's action plan after a JTAI (domestic abuse theme) as published in partnership/committee papers: bold first-line title (no Word heading), a small key/value version table, then one landscape table whose first column (area for improvement) is merged down over its actions, refs like 1(a), RAG as single letters with the letter key in a note below.",
      "Eight actions under three areas for improvement, each area shown once in a first column merged down its rows. Leads are 'Surname, Forename' (one person each), two such names separated by ';', initials 'RB/PS', or job titles; dates include Mar-25, w/c, a range, Monthly and TBC.",
      "read", "Greater Ashby Safeguarding Children Partnership – JTAI Action Plan (Children living with domestic abuse)", exp)

# ---------------------------------------------------------------- 4 ASC CQC xlsx
def asc():
    name = "p-asc-cqc-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Eastvale County Council – Adult Social Care"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Local Authority Assessment – Improvement Plan 2025/26"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Overall rating: Requires improvement. Plan owner: Director of Adult Social Services. Updated: 03/03/2025"
    hdr = PatternFill("solid", fgColor="D9D9D9")
    for col, h in zip("ABCDI", ["Ref", "Quality statement / area for improvement", "Action", "Lead officer", "Progress update"]):
        ws[f"{col}5"] = h; ws.merge_cells(f"{col}5:{col}6")
    ws["E5"] = "Target date"; ws.merge_cells("E5:F5"); ws["G5"] = "RAG rating"; ws.merge_cells("G5:H5")
    ws["E6"] = "Original"; ws["F6"] = "Revised"; ws["G6"] = "Previous (Dec-24)"; ws["H6"] = "Current (Mar-25)"
    for r in (5, 6):
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].fill = hdr; ws[f"{c}{r}"].font = Font(bold=True)
    D = lambda y, m, d: dt.datetime(y, m, d)
    T1, T2, T3, T4 = "Theme 1: Working with people", "Theme 2: Providing support", "Theme 3: Ensuring safety", "Theme 4: Leadership"
    a11 = "Assessing needs: people wait too long for Care Act assessments."
    a13 = "Supporting people to live healthier lives: the prevention offer is not well understood."
    a21 = "Care provision, integration and continuity: home care capacity in rural areas is insufficient."
    a22 = "Partnerships and communities: support for unpaid carers is inconsistent."
    a31 = "Safeguarding: there are delays in completing section 42 enquiries."
    a33 = "Safe systems, pathways and transitions: transitions from children's services are not planned early enough."
    a41 = "Governance, management and sustainability: performance data is not used consistently to drive improvement."
    a42 = "Learning, improvement and innovation: feedback from people who draw on care is not systematically used."
    rows = [
      T1,
      ("1.1", a11, "Reduce the waiting list for Care Act assessments to under 200 people through a targeted waiting well project.", "Patel, Anita", D(2025,3,31), D(2025,6,30), "Red", "Amber", "Waiting list 312 (Feb).", ["Patel, Anita"], "2025-06", "amber", None),
      ("1.2", a11, "Introduce a waiting well contact every 8 weeks for everyone awaiting assessment.", "Principal Social Worker", D(2024,12,31), None, "Amber", "Complete", "In place since December.", ["Principal Social Worker"], "2024-12", "blue", None),
      ("1.3", a13, "Publish a prevention and early intervention strategy, co-produced with people with lived experience.", "Head of Commissioning (Adults, Health and Housing)", D(2025,5,31), None, "Amber", "On track", "Draft at consultation.", ["Head of Commissioning (Adults, Health and Housing)"], "2025-05", "green", None),
      T2,
      ("2.1", a21, "Re-tender the rural home care framework with enhanced rates for hard-to-reach areas.", "Jones, Carys and Mills, Tom", D(2025,4,30), D(2025,9,30), "Amber", "Red", "Tender delayed – market engagement extended.", ["Jones, Carys", "Mills, Tom"], "2025-09", "red", None),
      ("2.2", a22, "Launch the refreshed carers' strategy and a single carers' assessment pathway.", "Carers Lead", D(2025,1,31), None, "Green", "Complete", "Launched 27 January.", ["Carers Lead"], "2025-01", "blue", None),
      ("2.3", a22, "Commission a carers' breaks offer with the voluntary sector.", "AD Operations / Principal OT", D(2025,7,31), None, "Not started", "Amber", "Specification drafted.", ["AD Operations", "Principal OT"], "2025-07", "amber", None),
      T3,
      ("3.1", a31, "Introduce a safeguarding triage team to screen concerns within 2 working days.", "Head of Safeguarding Adults", D(2024,11,30), D(2025,2,28), "Red", "Green", "Team live; 91% screened in 2 days.", ["Head of Safeguarding Adults"], "2025-02", "green", None),
      ("3.2", a31, "Monthly audit of 20 completed safeguarding enquiries, with learning shared at practice forums.", "Principal Social Worker", "Monthly", None, "Green", "Green", "", ["Principal Social Worker"], None, "green", "Monthly"),
      ("3.3", a33, "Agree a joint transitions protocol with Children's Services, starting planning from age 14.", "Head of Service, Learning Disabilities and Transitions", D(2025,3,31), None, "Amber", "Amber", "", ["Head of Service, Learning Disabilities and Transitions"], "2025-03", "amber", None),
      T4,
      ("4.1", a41, "Develop a monthly adult social care performance dashboard for the leadership team and Cabinet Member.", "Performance and Intelligence Manager", D(2025,2,28), None, "Amber", "Complete", "First dashboard to CMT 18/02.", ["Performance and Intelligence Manager"], "2025-02", "blue", None),
      ("4.2", a42, "Set up a People's Panel of people who draw on care and support, meeting quarterly.", "Co-production Lead", D(2025,6,30), None, "Not started", "Not started", "", ["Co-production Lead"], "2025-06", "unrated", None),
    ]
    r = 7; exp = []; theme = None; counts = {}
    fills = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "On track": "92D050", "Complete": "00B0F0"}
    for row in rows:
        if isinstance(row, str):
            theme = row; ws[f"A{r}"] = row; ws.merge_cells(f"A{r}:I{r}")
            ws[f"A{r}"].fill = PatternFill("solid", fgColor="1F4E78"); ws[f"A{r}"].font = Font(bold=True, color="FFFFFF")
            r += 1; continue
        ref, area, act, lead, orig, rev, prev, cur, prog, elead, end, st, et = row
        for c, v in zip("ABCDEFGHI", [ref, area, act, lead, orig, rev, prev, cur, prog]):
            if v is not None and v != "": ws[f"{c}{r}"] = v
        for c in "EF":
            if isinstance(ws[f"{c}{r}"].value, dt.datetime): ws[f"{c}{r}"].number_format = "mmm-yy"
        for c, v in (("G", prev), ("H", cur)):
            if v in fills: ws[f"{c}{r}"].fill = PatternFill("solid", fgColor=fills[v])
        counts[cur] = counts.get(cur, 0) + 1
        exp.append(A(ref, [theme, area], act, elead, end, st, et)); r += 1
    r += 1
    ws[f"A{r}"] = "Summary of current RAG"; ws[f"A{r}"].font = Font(bold=True); r += 1
    for k in ["Red", "Amber", "Green", "On track", "Complete", "Not started"]:
        if k in counts: ws[f"A{r}"] = k; ws[f"B{r}"] = counts[k]; r += 1
    ws[f"A{r}"] = "Total"; ws[f"B{r}"] = sum(counts.values()); r += 2
    ws[f"A{r}"] = "Revised dates agreed at the ASC Improvement Board on 20/02/2025."
    for c, w in zip("ABCDEFGHI", [6, 40, 50, 30, 10, 10, 14, 14, 30]): ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates an English county council's adult social care improvement plan after a CQC local authority assessment ('requires improvement'), as in cabinet/scrutiny appendices: title rows, two-row merged header (Target date: Original/Revised; RAG rating: Previous/Current), merged dark theme rows per CQC theme, quality-statement area text repeated on each row, RAG words with fills, summary counts and a note below.",
      "Eleven actions (1.1–4.2) under four CQC themes; each row repeats its quality-statement area for improvement. Where a revised target date is given it replaces the original; the current RAG column (not the previous one) is the status, with Complete and On track used as words.",
      "read", "CQC Local Authority Assessment – Improvement Plan 2025/26", exp)

# ---------------------------------------------------------------- 5 audit tracker xlsx
def audit():
    name = "p-audit-tracker.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Northfield District Council – Internal Audit: Outstanding Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit & Governance Committee, 24 April 2025. RAG is derived from % complete – see Key tab."
    heads = ["Audit", "Assurance", "Rec no.", "Priority", "Recommendation", "Agreed management action", "Responsible officer", "Target date", "Revised date", "% complete", "Comments"]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=i + 1, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BFBFBF")
    D = lambda y, m, d: dt.datetime(y, m, d)
    au1, au2, au3, au4 = "Council Tax and Business Rates (2024/25)", "Cyber Security (2024/25)", "Procurement Cards (2024/25)", "Safeguarding – DBS checks (2024/25)"
    rows = [
      (au1, "Limited", "R1", "High", "Reconciliations between the council tax system and the general ledger should be completed monthly and independently reviewed.", "Monthly reconciliation to be completed by the Senior Revenues Officer and signed off by the Revenues & Benefits Manager.", "Revenues & Benefits Manager", D(2025,1,31), D(2025,4,30), 0.8, "Jan–Mar done; sign-off evidence awaited.", ["Revenues & Benefits Manager"], "2025-04", "green", None),
      (None, None, "R2", "Medium", "Write-offs should be authorised in line with the Financial Procedure Rules.", "Write-off authorisation limits to be built into the workflow and a quarterly report provided to the s151 Officer.", "Revenues & Benefits Manager", D(2025,3,31), None, 1.0, "", ["Revenues & Benefits Manager"], "2025-03", "blue", None),
      (au2, "Limited", "R1", "High", "Multi-factor authentication should be enforced for all remote access accounts.", "Enforce MFA for all remote access and privileged accounts.", "Head of ICT / Information Governance Manager", D(2024,12,31), "Q2 25/26", 0.5, "Legacy system dependency.", ["Head of ICT", "Information Governance Manager"], "2025-09", "amber", "Q2 25/26"),
      (None, None, "R2", "High", "A tested IT disaster recovery plan should be in place.", "Complete a full disaster recovery test of priority systems and report the results to CMT.", "Head of ICT", D(2025,6,30), None, 0.1, "", ["Head of ICT"], "2025-06", "red", None),
      (None, None, "R3", "Medium", "Leavers' accounts should be disabled promptly.", "HR leaver notifications to trigger automatic account disablement within one working day.", "Head of ICT; HR Manager", D(2025,2,28), None, 1.0, "", ["Head of ICT", "HR Manager"], "2025-02", "blue", None),
      (au3, "Reasonable", "R1", "Medium", "Cardholders should upload receipts for all transactions within 30 days.", "Reminder to all cardholders and a monthly exception report to budget holders.", "Procurement Manager", D(2024,11,30), D(2025,1,31), 1.0, "", ["Procurement Manager"], "2025-01", "blue", None),
      (None, None, "R2", "Low", "The purchasing card policy should be reviewed and reissued.", "Refresh the purchasing card policy and obtain re-signed cardholder agreements.", "Procurement Manager", D(2025,3,31), D(2025,7,31), 0.6, "", ["Procurement Manager"], "2025-07", "amber", None),
      (au4, "Limited", "R1", "High", "DBS checks should be renewed every three years for staff in regulated activity.", "Establish a DBS renewal tracker with monthly reporting to Heads of Service.", "HR Manager", D(2025,2,28), None, 0.9, "", ["HR Manager"], "2025-02", "green", None),
      (None, None, "R2", "Medium", "Evidence of DBS checks for agency workers should be retained.", "Agency contract to require confirmation of DBS status before placement, with spot checks by HR.", "HR Manager and Procurement Manager", D(2025,5,31), None, 0.25, "", ["HR Manager", "Procurement Manager"], "2025-05", "red", None),
      (None, None, "R3", "Medium", "Volunteers' checks should be recorded on a central register.", "Create a central volunteer register held by the Voluntary Sector Liaison Officer.", "Voluntary Sector Liaison Officer", "Ongoing", None, 0.4, "", ["Voluntary Sector Liaison Officer"], None, "amber", "Ongoing"),
    ]
    pf = lambda p: "00B0F0" if p >= 1 else ("92D050" if p > 0.75 else ("FFC000" if p > 0.25 else "FF0000"))
    r = 5; exp = []; cur = None
    for row in rows:
        aud, ass, ref, pri, rec, act, off, tgt, rev, pc, com, elead, end, st, et = row
        if aud: cur = aud
        for i, v in enumerate([aud, ass, ref, pri, rec, act, off, tgt, rev, pc, com]):
            if v is not None and v != "": ws.cell(row=r, column=i + 1, value=v)
        for col in (8, 9):
            if isinstance(ws.cell(row=r, column=col).value, dt.datetime): ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        c = ws.cell(row=r, column=10); c.number_format = "0%"; c.fill = PatternFill("solid", fgColor=pf(pc))
        exp.append(A(ref, [cur, rec], act, elead, end, st, et)); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total outstanding recommendations: 10 (High 5, Medium 4, Low 1)")
    for c, w in zip("ABCDEFGHIJK", [30, 12, 8, 9, 45, 50, 30, 12, 12, 11, 30]): ws.column_dimensions[c].width = w
    k = wb.create_sheet("Key")
    k["A1"] = "RAG status (derived from % complete)"; k["A1"].font = Font(bold=True)
    for i, (a, b, f) in enumerate([("0–25%", "Red – little or no progress", "FF0000"), ("26–75%", "Amber – in progress", "FFC000"), ("76–99%", "Green – substantially implemented", "92D050"), ("100%", "Complete – implemented (Blue)", "00B0F0")]):
        k.cell(row=3 + i, column=1, value=a).fill = PatternFill("solid", fgColor=f); k.cell(row=3 + i, column=2, value=b)
    k["A8"] = "Priority: High = fundamental control weakness; Medium = important; Low = desirable."
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates a district council internal audit 'outstanding recommendations tracker' taken to Audit & Governance Committee (cf. Reading's tracker where % complete maps to RAG: up to 25% red, 26–75% amber, over 75% green): title and note rows, audit name and assurance only on the first row of each audit, recommendation and agreed action on every row, original and revised target dates, % complete with fills and a separate Key sheet defining the RAG bands.",
      "Ten agreed management actions from four audits, each answering the recommendation on its row; the audit name is written once and carried down. There is no RAG column: status is read from % complete via the Key tab (100% = complete), and a revised date, where present, replaces the target date.",
      "read", "Northfield District Council – Internal Audit: Outstanding Recommendations Tracker", exp)

# ---------------------------------------------------------------- 6 fostering xlsx (refuse)
def fostering():
    name = "p-fostering-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    ws["A1"] = "Southbeck Council Fostering Service – Post-inspection Improvement Plan"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ofsted inspection of the independent fostering agency function, 4–8 November 2024 (Requires improvement). Plan date: 16 December 2024."
    for i, h in enumerate(["No.", "Requirement / recommendation", "Action", "Responsible", "Timescale", "RAG"]):
        c = ws.cell(row=4, column=i + 1, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
      (1, "Requirement: the fostering service must ensure that foster carers' annual reviews are completed on time (Regulation 28).", "Produce a schedule of all overdue annual reviews and complete them.", "Fostering Team Manager", "Jan-25", "Amber"),
      (2, "", "Independent reviewing officer capacity increased by 0.5 FTE.", "Head of Service, Children in Care", "Mar-25", "Green"),
      (3, "Requirement: the panel must have an up-to-date central list of members (Regulation 23).", "Refresh the central list and panel members' DBS and training records.", "Panel Adviser", "Jan-25", "Complete"),
      (4, "Recommendation: supervising social workers should record the child's views during supervisory visits.", "Amend the supervisory visit template to include the child's views section.", "Fostering Team Manager", "Apr-25", "Green"),
      (5, "", "Practice workshop for supervising social workers on direct work with fostered children.", "Principal Social Worker", "Jnu-25", "Amber"),
      (6, "Recommendation: the foster carer training programme should include trauma-informed care.", "Commission trauma-informed training for all mainstream and kinship carers.", "Learning and Development Lead", "Jun-25", "Amber"),
      (7, "", "Track carers' completion of mandatory training through the fostering database.", "Fostering Business Support Manager", "Ongoing", "Green"),
      (8, "Recommendation: the statement of purpose and children's guide should be reviewed.", "Review and republish the statement of purpose and children's guide.", "Registered Manager", "Mar-25", "Red"),
      (9, "", "Children in Care Council to co-produce the new children's guide.", "Participation Officer", "Sep-25", "Not started"),
    ]
    for j, row in enumerate(rows):
        for i, v in enumerate(row):
            if v != "": ws.cell(row=5 + j, column=i + 1, value=v)
    ws["A15"] = "RAG: Red = off track; Amber = in progress; Green = on track; Complete = done."
    for c, w in zip("ABCDEF", [6, 55, 55, 32, 12, 12]): ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
      "Imitates a council fostering service's post-Ofsted improvement plan (requirements and recommendations from the inspection letter, action, responsible, timescale, RAG) as included in corporate parenting board papers; timescales typed as text months like Jan-25.",
      "Nine numbered actions against Ofsted requirements/recommendations; the requirement text is given only on the first of its actions. Action 5 (sheet row 9) has the timescale 'Jnu-25', a mistyped month that could be June (letters transposed) or January, in a plan dated December 2024 whose other timescales run Jan-25 to Sep-25.",
      "refuse", "Southbeck Council Fostering Service – Post-inspection Improvement Plan", None, refuse_at=9)

# ---------------------------------------------------------------- 7 Scottish CSV
def scot():
    name = "p-scot-csp.csv"
    import csv, io
    P1 = "1. Children and young people's views shape their plans"
    P2 = "2. Chronologies and risk assessments are consistently of good quality"
    P3 = "3. Leaders have a shared view of performance"
    rows = [
      (P1, "Roll out the Mind Of My Own app to all children on the child protection register.", "Service Manager, Child Protection", "March 2025", "Pilot complete in two teams.", "Green", ["Service Manager, Child Protection"], "2025-03", "green", None),
      ("", "Offer independent advocacy at every initial child protection planning meeting.\nUptake reported quarterly to the Child Protection Committee.", "CPC Lead Officer / Children's Rights Officer", "Ongoing", "Uptake 41% (Q3).", "Amber", ["CPC Lead Officer", "Children's Rights Officer"], None, "amber", "Ongoing"),
      ("", "Young people to co-design the child's plan template.", "Participation Officer", "June 2025", "", "Not started", ["Participation Officer"], "2025-06", "unrated", None),
      (P2, "Agree a single multi-agency chronology format across social work, health, education and Police Scotland.", "Chief Social Work Officer", "31/10/2025", "Draft with Chief Officers Group.", "Amber", ["Chief Social Work Officer"], "2025-10", "amber", None),
      ("", "Deliver National Guidance for Child Protection risk assessment training to all front-line staff.", "Lead Nurse, Child Protection", "Q1 2025/26", "312 staff trained.", "Green", ["Lead Nurse, Child Protection"], "2025-06", "green", "Q1 2025/26"),
      ("", "Quarterly multi-agency case file audit of 20 records.", "Quality Assurance Manager", "Quarterly", "", "Green", ["Quality Assurance Manager"], None, "green", "Quarterly"),
      (P3, "Develop a shared children's services performance framework and dashboard.", "Depute Chief Executive (Education, Communities and Children's Services)", "Aug 2025", "Data sharing agreement not yet signed.", "Red", ["Depute Chief Executive (Education, Communities and Children's Services)"], "2025-08", "red", None),
      ("", "Complete an annual joint self-evaluation using the quality indicator framework.", "Chief Officers Group", "Nov 2024", "", "Complete", ["Chief Officers Group"], "2024-11", "blue", None),
      ("", "Publish a progress report to the Integration Joint Board and Council.", "Head of Children's Services and Head of Health (Children and Families)", "February 2025", "", "Green", ["Head of Children's Services", "Head of Health (Children and Families)"], "2025-02", "green", None),
    ]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Riverside Children's Services Partnership – Joint Inspection of Services for Children at Risk of Harm: Improvement Plan"])
    w.writerow(["Progress at 10 January 2025"])
    w.writerow([])
    w.writerow(["Priority", "Improvement action", "Lead", "Timescale", "Progress update", "RAG"])
    exp = []; cur = None
    for pr, act, lead, ts, prog, rag, elead, end, st, et in rows:
        if pr: cur = pr
        w.writerow([pr, act.replace("\n", "\r\n") if False else act, lead, ts, prog, rag])
        exp.append(A(None, [cur], act, elead, end, st, et))
    w.writerow([])
    w.writerow(["RAG: Green = on track; Amber = some delay; Red = significant delay; Complete = achieved."])
    w.writerow(["Source: Child Protection Committee improvement tracker (export)"])
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    write_yaml(name,
      "Imitates a Scottish community planning partnership's improvement plan after a Care Inspectorate-led joint inspection of services for children at risk of harm, exported from a CPC tracker to CSV: UTF-8 with BOM, CRLF, title and 'progress at' lines, no refs, priority written only on its first row, one action with a line break inside a quoted field, RAG key and source lines below.",
      "Nine unnumbered actions under three numbered priorities (the priority is carried down to the blank cells below it). Leads include job titles containing commas or brackets (one post each) and two posts joined by '/' or 'and'; timescales include Ongoing, Quarterly and Q1 2025/26.",
      "read", "Riverside Children's Services Partnership – Joint Inspection of Services for Children at Risk of Harm: Improvement Plan", exp)

# ---------------------------------------------------------------- 8 Welsh CIW txt (refuse)
def ciw():
    name = "p-ciw-plan.txt"
    lines = [
      "Glanyrafon County Borough Council – Social Services / Gwasanaethau Cymdeithasol",
      "CIW Performance Evaluation Inspection (Adult Services) – Action Plan – exported 05/02/2025",
      "",
      "Ref;Area for improvement;Action;Responsible officer;Target date;RAG",
      "1.1;Information, advice and assistance (IAA) – people are not always signposted to community support;Refresh the IAA script and directory used by the Contact Centre;IAA Team Manager;31/03/2025;Green",
      "1.2;Information, advice and assistance (IAA) – people are not always signposted to community support;Community connectors to attend the IAA huddle twice weekly;Community Connector Coordinator;30/04/2025;Amber",
      "2.1;What matters conversations are not consistently recorded;Audit 40 assessments for ‘what matters’ outcomes and feed back to teams;Principal Social Worker;28/02/2025;Complete",
      "2.2;What matters conversations are not consistently recorded;Update WCCIS assessment form so outcomes are mandatory fields;Systems Manager;30/06/2025;Amber",
      "3.1;Unpaid carers are not always offered a carer’s assessment;Carers’ assessment offer recorded at every review;Carers Lead / Team Managers;31/05/2025;Red",
      "3.2;Unpaid carers are not always offered a carer’s assessment;£50k grant fund for carers’ respite via third sector partners;Commissioning Manager;31/07/2025;Amber",
      "4.1;Welsh language – the Active Offer is not consistently made;Record language preference at first contact and monitor monthly;Welsh Language Officer;09/31/2025;Green",
      "4.2;Welsh language – the Active Offer is not consistently made;Recruit Welsh-speaking social workers to each locality team;Head of Adult Services;31/12/2025;Amber",
      "5.1;Workforce – high agency use in the hospital discharge team;Convert six agency posts to permanent;Head of Adult Services;30/09/2025;Amber",
      "",
      "Key: Green – on track; Amber – some risk; Red – off track; Complete – finished.",
    ]
    with open(os.path.join(OUT, name), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_yaml(name,
      "Imitates a Welsh county borough council's action plan responding to a Care Inspectorate Wales performance evaluation inspection of adult services, exported from a tracker as ';'-separated text in Windows-1252 (curly quotes, en dashes, £), bilingual title line, export line, key below.",
      "Nine actions (1.1–5.1) with the area for improvement repeated on each row and dd/mm/yyyy target dates. On line 11 (action 4.1) the target date is '09/31/2025', which is not a valid date read day-first (month 31) or month-first (31 September), so the due month cannot be known.",
      "refuse", "Glanyrafon County Borough Council – Social Services / Gwasanaethau Cymdeithasol", None, refuse_at=11)

for f in (ilacs, send, jtai, asc, audit, fostering, scot, ciw):
    f()
print("done")
