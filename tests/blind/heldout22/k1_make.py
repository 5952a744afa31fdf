"""Generator for the k1- blind cases (heldout22). Each case's expected reading is entered
by hand beside the cell text it belongs to; the YAML is written from those hand values."""
import csv, datetime as dt, os
import yaml
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
BOLD = Font(bold=True)
FILL = {c: PatternFill("solid", start_color=h, end_color=h) for c, h in
        {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
         "grey": "D9D9D9", "head": "1F4E78"}.items()}


def write_yaml(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a

# ---------------------------------------------------------------- 1. Stockton ILACS (xlsx)
def stockton():
    name = "k1-stockton-ilacs.xlsx"
    title = "Stockton-on-Tees Borough Council – Children's Services ILACS Action Plan 2023"
    T = [
      ("Theme 1: Plans for children and care leavers",
       "The quality and effectiveness of plans for children and care leavers, including safety plans agreed with parents.",
       [("1a", "Refresh the practice standard for children's plans so that every plan sets out what needs to change, by when and who will do it.",
         "Head of Service (CIN/CP)", ["Head of Service (CIN/CP)"], D(2023, 9, 30), "2023-09", None, "Green", "green"),
        ("1b", "Deliver a rolling programme of workshops on SMART planning and safety plans agreed with parents for all social workers and team managers.",
         "Principal Social Worker", ["Principal Social Worker"], D(2023, 12, 31), "2023-12", None, "Amber", "amber"),
        ("1c", "Monthly thematic audit of plans, with findings reported to the Good and Beyond Board.",
         "QA Manager / PSW", ["QA Manager", "PSW"], "Monthly", None, "Monthly", "Green", "green"),
        ("1d", "Review every care leaver's pathway plan with the young person and their personal adviser.",
         "Service Manager (Cared for Children)", ["Service Manager (Cared for Children)"], D(2024, 3, 31), "2024-03", None, "Complete", "blue")]),
      ("Theme 2: Sufficiency",
       "Sufficiency of suitable foster homes for children.",
       [("2a", "Launch a refreshed foster carer recruitment campaign targeted at carers for teenagers and sibling groups.",
         "Head of Placements and Resources", ["Head of Placements and Resources"], D(2023, 10, 31), "2023-10", None, "Amber", "amber"),
        ("2b", "Review fostering allowances and the support offer to foster carers against neighbouring authorities.",
         "DCS / Head of Finance", ["DCS", "Head of Finance"], "Q4 2023/24", "2024-03", "Q4 2023/24", "Red", "red"),
        ("2c", "Publish the Placement Sufficiency Strategy 2024-27 with an annual delivery plan.",
         "Head of Placements and Resources", ["Head of Placements and Resources"], D(2024, 1, 31), "2024-01", None, "Green", "green")]),
      ("Theme 3: Management oversight",
       "Frontline management oversight across the service, in relation to the quality of assessments and plans and the impact of interventions.",
       [("3a", "Revise the supervision policy and recording template so that management direction and its impact are recorded.",
         "PSW", ["PSW"], D(2023, 7, 31), "2023-07", None, "Complete", "blue"),
        ("3b", "Team manager development programme delivered in three cohorts.",
         "Workforce Development Manager", ["Workforce Development Manager"], "Sept 2023 – March 2024", "2024-03", "Sept 2023 – March 2024", "Green", "green"),
        ("3c", "Weekly performance clinics for team managers, chaired by the Head of Service.",
         "Head of Service (CIN/CP)", ["Head of Service (CIN/CP)"], "Ongoing", None, "Ongoing", "Green", "green")]),
      ("Theme 4: Voice and influence",
       "Opportunities for more children and care leavers to have a voice and to influence the development of services.",
       [("4a", "Relaunch the Children in Care Council with two meetings each term with the Lead Member.",
         "Participation Lead", ["Participation Lead"], D(2023, 6, 30), "2023-06", None, "Complete", "blue"),
        ("4b", "Care leavers' forum to co-produce the refreshed local offer for care leavers.",
         "Service Manager (Cared for Children)", ["Service Manager (Cared for Children)"], D(2023, 11, 30), "2023-11", None, "Amber", "amber")]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 27 February – 14 March 2023; report published 9 May 2023. Progress reported to the Good and Beyond Board."
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Start", "Target date", "Progress / evidence", "RAG"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]: c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]
    actions = []
    r = 5
    for theme, afi, rows in T:
        ws.cell(r, 1, theme).font = BOLD
        for c in range(1, 9): ws.cell(r, c).fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        first = r
        for ref, text, lead, lexp, end, eexp, etext, rag, st in rows:
            ws.cell(r, 1, ref); ws.cell(r, 3, text); ws.cell(r, 4, lead)
            ws.cell(r, 5, D(2023, 6, 1)).number_format = "mmm-yy"
            c = ws.cell(r, 6, end)
            if isinstance(end, dt.datetime): c.number_format = "mmm-yy"
            ws.cell(r, 7, "Update to follow at next Board." if rag != "Complete" else "Completed and evidenced.")
            ws.cell(r, 8, rag)
            actions.append(act(ref, [theme, afi], text, lexp, eexp, st, etext))
            r += 1
        ws.cell(first, 2, afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(first, 2).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(r, 1, "RAG key").font = BOLD
    for i, (k, m) in enumerate([("Red", "Off track – escalate to Board"), ("Amber", "Some slippage – recoverable"),
                                ("Green", "On track"), ("Complete", "Action delivered and evidenced")]):
        ws.cell(r + 1 + i, 1, k); ws.cell(r + 1 + i, 2, m)
    for col, w in zip("ABCDEFGH", [6, 40, 60, 30, 10, 14, 30, 10]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Stockton-on-Tees Borough Council ILACS outcomes and action plan, Cabinet 15 June 2023 "
                  "(https://moderngov.stockton.gov.uk/ieIssueDetails.aspx?IId=1757&Opt=3): the four key areas "
                  "for improvement (plans, foster sufficiency, management oversight, voice) as themes; layout "
                  "(grey theme bands, area-for-improvement cell merged down its actions, refs 1a-4b, word RAG, "
                  "RAG key below) is a typical council tracker, not copied from the PDF.",
        "reads": "One sheet: a title, a note on the inspection, a header row, then four grey theme bands. Under each "
                 "band the Ofsted area for improvement sits in a cell merged down beside its lettered actions, "
                 "with lead, start, target date and a RAG word; a RAG key follows the plan.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 2. Central Beds WSoA (xlsx)
def centralbeds():
    name = "k1-centralbeds-wsoa.xlsx"
    title = "Central Bedfordshire Local Area SEND Written Statement of Action – Progress Tracker"
    T = [
      ("Area of weakness 1: Existing EHC plans are not of sufficient quality to ensure that the needs of children and young people are identified and met", [
        ("1.1", "Establish a multi-agency EHC plan quality assurance framework, with monthly audit of a sample of plans.",
         "Head of SEND / Designated Clinical Officer", ["Head of SEND", "Designated Clinical Officer"], "April 2020", "2020-04", None, "A", "G", "green"),
        ("1.2", "Review all EHC plans for young people in Year 9 and above so that preparing for adulthood outcomes are included.",
         "SEND Casework Manager", ["SEND Casework Manager"], "Sept 2020 – March 2021", "2021-03", "Sept 2020 – March 2021", "G", "A", "amber"),
        ("1.3", "Train SEND caseworkers and health and social care advisers in writing outcomes that are specific and measurable.",
         "Principal Educational Psychologist & DCO", ["Principal Educational Psychologist", "DCO"], "June 2020", "2020-06", None, "G", "B", "blue")]),
      ("Area of weakness 2: Leaders do not have sufficient oversight of the quality of new EHC plans", [
        ("2.1", "Report EHC plan audit findings to the SEND Partnership Board every quarter.",
         "Assistant Director Education and SEND", ["Assistant Director Education and SEND"], "Quarterly", None, "Quarterly", "A", "G", "green"),
        ("2.2", "Introduce a quality and timeliness dashboard for new EHC plans.",
         "SEND Data Lead", ["SEND Data Lead"], "Q2 2020/21", "2020-09", "Q2 2020/21", "R", "A", "amber")]),
      ("Area of weakness 3: Area leaders in education, health and care do not have a shared understanding of the outcomes they want for children and young people with SEND", [
        ("3.1", "Agree a joint SEND outcomes framework with the SNAP Parent and Carer Forum and the CCG.",
         "AD Education and SEND; CCG Head of Children's Commissioning", ["AD Education and SEND", "CCG Head of Children's Commissioning"], "31/07/2020", "2020-07", None, "A", "B", "blue"),
        ("3.2", "Publish the outcomes framework on the Local Offer in an accessible version.",
         "Local Offer Manager", ["Local Offer Manager"], "Autumn term 2020", "2020-12", "Autumn term 2020", "", "G", "green")]),
      ("Area of weakness 4: The area's SEND strategy is not clear", [
        ("4.1", "Co-produce a new SEND strategy 2021-2024 with families, schools and health partners.",
         "Head of SEND", ["Head of SEND"], "December 2020", "2020-12", None, "A", "R", "red")]),
      ("Area of weakness 5: Co-production is not well informed by the views of children, young people and their families", [
        ("5.1", "Commission SNAP to run listening events each term and report what families tell us to the Board.",
         "Participation Officer / SNAP Chair", ["Participation Officer", "SNAP Chair"], "Termly", None, "Termly", "G", "G", "green")]),
      ("Area of weakness 6: The Local Offer is not effective", [
        ("6.1", "Redesign the Local Offer website with parents and young people.",
         "Local Offer Manager", ["Local Offer Manager"], "Mar-21", "2021-03", None, "A", "A", "amber"),
        ("6.2", "Test the accessibility of the Local Offer with young people's groups.",
         "Local Offer Manager", ["Local Offer Manager"], D(2021, 5, 31), "2021-05", None, "", "", "unrated")]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "WSoA"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Joint area SEND inspection 18–22 November 2019. Tracker updated for the SEND Partnership Board."
    ws["A3"] = "Key:  B = complete   G = on track   A = at risk   R = off track"
    ws.append([])
    ws.append(["Ref", "What we will do", "Who is responsible", "By when", "Previous RAG", "Current RAG", "Evidence / impact"])
    for c in ws[5]: c.font = BOLD; c.fill = FILL["grey"]
    col = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    actions = []; r = 6
    for area, rows in T:
        ws.cell(r, 1, area).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for ref, text, lead, lexp, end, eexp, etext, prev, cur, st in rows:
            ws.cell(r, 1, ref); ws.cell(r, 2, text); ws.cell(r, 3, lead)
            c = ws.cell(r, 4, end)
            if isinstance(end, dt.datetime): c.number_format = "dd/mm/yyyy"
            if prev: ws.cell(r, 5, prev).fill = FILL[col[prev]]
            if cur: ws.cell(r, 6, cur).fill = FILL[col[cur]]
            ws.cell(r, 7, "See evidence log")
            actions.append(act(ref, [area], text, lexp, eexp, st, etext)); r += 1
    for c, w in zip("ABCDEFG", [6, 60, 35, 22, 10, 10, 20]): ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Central Bedfordshire Council and CCG Written Statement of Action after the joint area SEND "
                  "inspection of 18-22 November 2019 (https://www.centralbedfordshire.gov.uk/info/133/improving_send_services/830/our_action_plan_written_statement_of_action): "
                  "the six areas of weakness as heading bands; 'What we will do / Who is responsible / By when' "
                  "columns and previous/current RAG letters with a B = complete key, as WSoA trackers commonly do.",
        "reads": "A single tracker sheet with a title, a note, a RAG key line and a header, then six 'Area of weakness' "
                 "bands each over numbered actions. Each action has a responsible officer, a 'by when', a previous "
                 "and a current RAG letter (coloured); the current RAG is the status.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 3. Reading YJS (xlsx, fill-only RAG)
def reading():
    name = "k1-reading-yjs.xlsx"
    title = "Reading Youth Justice Service – HMIP Inspection Improvement Plan"
    GA = "Recommendations to the Youth Justice Service manager"
    GB = "Recommendations to the Youth Justice Management Board"
    R = {
     "R1": "R1 – Make sure quality assurance, oversight of practice and supervision consistently support the development of staff and volunteers",
     "R2": "R2 – Make sure assessment always considers how best to keep the child and the community safe",
     "R3": "R3 – Make sure planning is thorough, joined up with other services and includes contingency arrangements",
     "R4": "R4 – Give the needs of victims equal focus",
     "R5": "R5 – Make sure the YJS is resourced and structured to deliver high-quality work with children and victims",
     "R6": "R6 – Assure itself that the disproportionality action plan is used effectively across the partnership",
     "R7": "R7 – Make sure children can get the education, health and speech and language support they need",
    }
    rows = [
      (GA, "R1", "R1.1", "Introduce a monthly case audit cycle with moderation by the Practice Lead.", "Okafor, Grace", ["Okafor, Grace"], "28/02/2025", "2025-02", None, "green"),
      (GA, "R1", "R1.2", "Revise the supervision recording template to include reflective discussion and management direction.", "Okafor, Grace", ["Okafor, Grace"], "31/01/2025", "2025-01", None, "blue"),
      (GA, "R1", "R1.3", "Refresh induction and supervision for volunteer referral order panel members.", "Whitfield, Tom", ["Whitfield, Tom"], "31/03/2025", "2025-03", None, "amber"),
      (GA, "R2", "R2.1", "Deliver training on assessing safety and wellbeing and risk to others to all case managers.", "Whitfield, Tom; Practice Lead", ["Whitfield, Tom", "Practice Lead"], "30/04/2025", "2025-04", None, "green"),
      (GA, "R2", "R2.2", "Managers to countersign every assessment within five working days of completion.", "Okafor, Grace", ["Okafor, Grace"], "Ongoing", None, "Ongoing", "green"),
      (GA, "R3", "R3.1", "Agree a joint planning protocol with children's social care for children open to both services.", "Head of Early Help and Youth Justice", ["Head of Early Help and Youth Justice"], "31/05/2025", "2025-05", None, "amber"),
      (GA, "R4", "R4.1", "Recruit an additional restorative justice and victim worker.", "YJS Service Manager", ["YJS Service Manager"], "31/03/2025", "2025-03", None, "red"),
      (GB, "R5", "R5.1", "Board to review the YJS staffing structure and budget against current caseloads.", "Chair of the Management Board", ["Chair of the Management Board"], "30/06/2025", "2025-06", None, "amber"),
      (GB, "R6", "R6.1", "Disproportionality action plan to be a standing item at every Board meeting.", "Board Disproportionality Lead", ["Board Disproportionality Lead"], "Quarterly", None, "Quarterly", "green"),
      (GB, "R7", "R7.1", "Agree a pathway with health partners for speech, language and communication assessments.", "ICB Designated Nurse / Head of Inclusion", ["ICB Designated Nurse", "Head of Inclusion"], "30/09/2025", "2025-09", None, "unrated"),
    ]
    wb = Workbook(); dc = wb.active; dc.title = "Document control"
    dc.append(["Version", "Date", "Author", "Changes"])
    for c in dc[1]: c.font = BOLD
    dc.append(["0.1", "11/12/2024", "YJS Service Manager", "First draft for Board"])
    dc.append(["1.0", "18/12/2024", "YJS Service Manager", "Endorsed by Management Board; submitted to HMIP"])
    dc.append(["1.1", "14/03/2025", "Performance Officer", "March progress update"])
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Endorsed by the Reading Youth Justice Management Board, 18 December 2024. Progress as at March 2025."
    ws.append([])
    ws.append(["No.", "HMIP recommendation", "Action", "Owner", "Deadline", "Status (RAG)", "Update"])
    for c in ws[4]: c.font = BOLD; c.fill = FILL["grey"]
    actions = []; r = 5; grp = None
    for g, rk, ref, text, lead, lexp, end, eexp, etext, st in rows:
        if g != grp:
            ws.cell(r, 1, g).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1; grp = g
        ws.cell(r, 1, ref); ws.cell(r, 2, R[rk]); ws.cell(r, 3, text); ws.cell(r, 4, lead); ws.cell(r, 5, end)
        if st != "unrated": ws.cell(r, 6).fill = FILL[st]
        ws.cell(r, 7, "Not yet due" if st == "unrated" else "See Board report")
        actions.append(act(ref, [g, R[rk]], text, lexp, eexp, st, etext)); r += 1
    r += 1
    ws.cell(r, 1, "Status colour key: red = not on track; amber = in progress, some risk; green = on track; blue = complete; no colour = not started")
    for c, w in zip("ABCDEFG", [8, 50, 60, 30, 12, 12, 20]): ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Reading Borough Council Youth Justice Service improvement plan after the HMIP inspection of "
                  "9-13 September 2024 (https://democracy.reading.gov.uk/mgAi.aspx?ID=15127): recommendations "
                  "split between those for the YJS manager and those for the Management Board (paraphrased); "
                  "document-control sheet first, fill-only status column and surname-first owners as in many "
                  "YJS trackers.",
        "reads": "The first sheet is document control only. The second sheet has a title, a header, and two merged group "
                 "rows (YJS manager / Management Board) over numbered actions; each row repeats its HMIP "
                 "recommendation, names a surname-first owner, a day-first deadline and a status shown only by cell "
                 "colour, explained by a key below.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 4. Herefordshire (csv, refuse)
def hereford():
    name = "k1-herefordshire-ilacs.csv"
    rows = [
      ["Priority", "Ofsted recommendation", "Action ref", "Action", "Responsible officer", "Due date", "RAG", "Progress"],
      ["Priority 1: Front door and early help", "The timeliness of response to contacts and requests for information", "P1.1", "Recruit two additional social workers to the MASH duty team", "Head of Service MASH", "Jan-23", "Green", "Both posts filled"],
      ["Priority 1: Front door and early help", "The timeliness of response to contacts and requests for information", "P1.2", "Daily management triage of all contacts awaiting decision over 24 hours", "MASH Team Manager", "Dec-22", "Complete", "In place from 5 December"],
      ["Priority 1: Front door and early help", "Pathways for early support for expectant mothers and newborns", "P1.3", "Agree a pre-birth pathway with midwifery and health visiting", "Head of Early Help / Named Midwife", "Mar-23", "Amber", "Draft pathway out for comment"],
      ["Priority 2: Quality of practice", "The quality of assessments and plans", "P2.1", "Relaunch the practice framework with all social work teams", "Principal Social Worker", "Feb-23", "Green", "Launch events held"],
      ["Priority 2: Quality of practice", "The quality of assessments and plans", "P2.2", "Introduce monthly practice audits moderated by senior managers", "Head of Quality Assurance", "Jnu-23", "Amber", "First cycle under way"],
      ["Priority 2: Quality of practice", "Management oversight and supervision", "P2.3", "Refresh supervision policy and audit supervision quality quarterly", "Principal Social Worker", "Apr-23", "Green", ""],
      ["Priority 3: Children in care", "Placement sufficiency and stability", "P3.1", "Launch foster carer recruitment campaign", "Head of Corporate Parenting", "Sep-23", "Red", "Recruitment below target"],
      ["Priority 3: Children in care", "Placement sufficiency and stability", "P3.2", "Review all children placed more than 20 miles from Herefordshire", "Head of Corporate Parenting", "May-23", "Amber", ""],
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    # hand-counted: header is line 1, P2.2 (the 'Jnu-23' row) is line 6
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        assert "Jnu-23" in f.read().splitlines()[5]
    write_yaml(name, {
        "source": "Herefordshire Council Children's Improvement Action Plan after the July 2022 ILACS inspection, "
                  "Cabinet 15 December 2022 (https://councillors.herefordshire.gov.uk/ieIssueDetails.aspx?IId=50043387&Opt=3): "
                  "front door timeliness and pre-birth pathway priorities; flat CSV export of a plan tracker with "
                  "priority and recommendation repeated on each row and Mmm-yy due dates.",
        "reads": "A flat export, one action per line, each repeating its priority and Ofsted recommendation, with a "
                 "responsible officer, a Mmm-yy due date and a RAG word. Action P2.2 on line 6 is due 'Jnu-23', which "
                 "could be January or June 2023; a careful reader would ask which before recording the plan.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": 6}, None)

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs: run.bold = True

# ---------------------------------------------------------------- 5. Cheshire East progress (docx)
def cheshire():
    name = "k1-cheshireeast-progress.docx"
    title = "Ofsted ILACS Action Plan: Progress Update – May 2022"
    RECS = [
      ("Recommendation 1: Strengthen the quality of assessments and plans for children in need so that they are clear about risk and need", [
        ("Revise the single assessment template and guidance, co-designed with practitioners.", "Head of Service – Child in Need and Child Protection", ["Head of Service – Child in Need and Child Protection"], "March 2022", "2022-03", None, "Complete", "blue"),
        ("Deliver assessment and planning workshops to all child in need teams.", "K. Bell / S. Ahmed", ["K. Bell", "S. Ahmed"], "End of June 2022", "2022-06", "End of June 2022", "Green", "green"),
        ("Audit a sample of child in need plans each month and feed back learning to teams.", "Principal Social Worker", ["Principal Social Worker"], "Ongoing", None, "Ongoing", "Green", "green")]),
      ("Recommendation 2: Improve the response to children who go missing from home or care, including the offer and quality of return home interviews", [
        ("Bring return home interviews in house and recruit a dedicated missing team.", "Director of Children's Social Care", ["Director of Children's Social Care"], "September 2022 (revised from April 2022)", "2022-09", "September 2022 (revised from April 2022)", "Amber", "amber"),
        ("Share intelligence from return home interviews at the monthly exploitation panel.", "Exploitation Team Manager", ["Exploitation Team Manager"], "31.08.2022", "2022-08", None, "Green", "green"),
        ("Train designated teachers on the missing protocol and the return home interview offer.", "Virtual School Head", ["Virtual School Head"], "Summer term 2022", "2022-07", "Summer term 2022", "Red", "red")]),
      ("Recommendation 3: Make sure care leavers have up-to-date pathway plans that they have helped to write", [
        ("Co-produce a new pathway plan format with care leavers.", "Care Leavers Service Manager", ["Care Leavers Service Manager"], "February 2022", "2022-02", None, "Complete", "blue"),
        ("Personal advisers to review every pathway plan with the young person at least every six months.", "Care Leavers Service Manager", ["Care Leavers Service Manager"], "December 2022", "2022-12", None, "Amber", "amber")]),
    ]
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Children and Families Committee, 23 May 2022. This update reports progress against the "
                      "recommendations made following the inspection of local authority children's services in November 2019.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]): c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "10/02/2020", "Director of Children's Social Care", "Plan submitted to Ofsted"),
              ("2.3", "05/05/2022", "Improvement Lead", "Update for Committee")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v): c.text = x
    actions = []
    for rec, rows in RECS:
        doc.add_paragraph()
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Action", "Lead", "Timescale", "Progress update", "RAG"]): c.text = h
        bold_row(t.rows[0])
        for text, lead, lexp, end, eexp, etext, rag, st in rows:
            cells = t.add_row().cells
            cells[0].text = text; cells[1].text = lead; cells[2].text = end
            cells[3].text = "Completed; evidence held by the Improvement Lead." if st == "blue" else "Work progressing; see narrative in the covering report."
            cells[4].text = rag
            actions.append(act(None, [rec], text, lexp, eexp, st, etext))
    doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Rating"; t.rows[0].cells[1].text = "Meaning"
    for k, m in [("Complete", "Action delivered"), ("Green", "On track"), ("Amber", "Some delay, recovery in hand"), ("Red", "Off track")]:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = m
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Cheshire East Council, Ofsted Action Plan and Progress Update to the Children and Families Committee, "
                  "23 May 2022, on the November 2019 ILACS recommendations (https://moderngov.cheshireeast.gov.uk/ieIssueDetails.aspx?IId=69513&Opt=3): "
                  "committee-report style with a heading and a separate un-numbered table per recommendation, "
                  "RAG words and a RAG key table; recommendation wording here is invented.",
        "reads": "A report with a title and a short introduction, a document control table, then three recommendation "
                 "headings each followed by a table of un-numbered actions with lead, timescale, progress and RAG word. "
                 "A RAG key table closes the document.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 6. Bracknell Forest WSOA (docx, one table, no RAG)
def bracknell():
    name = "k1-bracknell-wsoa.docx"
    title = "Bracknell Forest Local Area SEND Written Statement of Action"
    T = [
      ("Theme A – Leadership, governance and co-production", [
        ("Area of weakness 1: Co-production with children, young people and families is not embedded in strategic planning", [
          ("1.1", "Co-produce a co-production charter with the Parent Carer Forum and young people.", "PCF Chair & SEND Engagement Officer", ["PCF Chair", "SEND Engagement Officer"], "June 2022", "Dec 2022", "2022-12", None),
          ("1.2", "Establish a young people's SEND reference group that reports to the SEND Partnership Board.", "SEND Engagement Officer", ["SEND Engagement Officer"], "Sept 2022", "Q3 2022/23", "2022-12", "Q3 2022/23")]),
        ("Area of weakness 2: Leaders' self-evaluation is not accurate and does not draw on a shared dataset", [
          ("2.1", "Build a shared SEND performance dataset across education, health and social care.", "Head of Performance and Business Intelligence", ["Head of Performance and Business Intelligence"], "July 2022", "By 31 March 2023", "2023-03", "By 31 March 2023")])]),
      ("Theme B – Identification and assessment", [
        ("Area of weakness 3: Too many EHC needs assessments are not completed within 20 weeks", [
          ("3.1", "Recruit two additional SEND caseworkers on fixed-term contracts.", "Head of SEND & Inclusion", ["Head of SEND & Inclusion"], "June 2022", "Sept 2022", "2022-09", None),
          ("3.2", "Hold a weekly tracking meeting for every open needs assessment with health and social care.", "SEND Team Manager / DCO", ["SEND Team Manager", "DCO"], "July 2022", "Ongoing", None, "Ongoing")]),
        ("Area of weakness 4: Waiting times for neurodevelopmental assessment are too long", [
          ("4.1", "Commission additional autism assessment capacity through the ICB.", "ICB Head of Children's Commissioning", ["ICB Head of Children's Commissioning"], "Jan 2023", "Jan 2023 – Jul 2023", "2023-07", "Jan 2023 – Jul 2023"),
          ("4.2", "Offer pre- and post-diagnosis support sessions to families who are waiting.", "Early Help Service Manager", ["Early Help Service Manager"], "Sept 2023", "Spring term 2024", "2024-03", "Spring term 2024")])]),
      ("Theme C – Meeting needs", [
        ("Area of weakness 5: The quality of EHC plans is too variable", [
          ("5.1", "Run multi-agency EHC plan quality audits every half term.", "Principal Educational Psychologist", ["Principal Educational Psychologist"], "Sept 2022", "Half-termly", None, "Half-termly"),
          ("5.2", "Update the EHC plan template with families and settings.", "Head of SEND & Inclusion / Designated Clinical Officer", ["Head of SEND & Inclusion", "Designated Clinical Officer"], "July 2022", "Nov-22", "2022-11", None)])]),
    ]
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Bracknell Forest Council and partners. Draft for submission to Ofsted and the CQC, June 2022. "
                      "This statement responds to the areas of significant weakness identified in the joint local area SEND inspection.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Start", "Completion", "Measure of success"]): c.text = h
    bold_row(t.rows[0])
    actions = []
    for theme, areas in T:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = theme
        m.paragraphs[0].runs[0].bold = True; shade(m, "1F4E78"); m.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
        for area, rows in areas:
            row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = area
            m.paragraphs[0].runs[0].bold = True; shade(m, "DEEAF6")
            for ref, text, lead, lexp, start, end, eexp, etext in rows:
                cells = t.add_row().cells
                for c, x in zip(cells, [ref, text, lead, start, end, "Measured through the SEND Board dashboard"]): c.text = x
                actions.append(act(ref, [theme, area], text, lexp, eexp, "unrated", etext))
    doc.add_paragraph()
    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=1, cols=2); g.style = "Table Grid"
    g.rows[0].cells[0].text = "Term"; g.rows[0].cells[1].text = "Meaning"
    for k, v in [("DCO", "Designated Clinical Officer"), ("EHC plan", "Education, Health and Care plan"),
                 ("ICB", "Integrated Care Board"), ("PCF", "Parent Carer Forum")]:
        cells = g.add_row().cells; cells[0].text = k; cells[1].text = v
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Bracknell Forest Council, SEND Written Statement of Action report to the Executive, 1 June 2022 "
                  "(draft WSOA co-produced with families, submitted by 7 June 2022): a draft statement with no RAG "
                  "column yet; one long table with shaded theme rows and area-of-weakness rows merged across it; "
                  "glossary table at the end. Areas of weakness here are illustrative.",
        "reads": "A title and an introductory paragraph, then one table: dark theme rows and lighter 'Area of weakness' "
                 "rows span the table, with numbered actions beneath, each with leads, start and completion. There is no "
                 "status column, so nothing is rated; a glossary table follows.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)

# ---------------------------------------------------------------- 7. Warwickshire WSOA (txt, tab-separated)
def warwick():
    name = "k1-warwickshire-wsoa.txt"
    title = "Warwickshire Local Area SEND Written Statement of Action – Monitoring Tracker (April 2022)"
    T = [
      ("Priority 1 – Waiting times for autism assessments", [
        ("1.01", "Commission an additional provider to clear the backlog of autism assessments for under-18s.", "Hannah Price and Omar Shah", ["Hannah Price", "Omar Shah"], "Mar-22", "2022-03", None, "Complete", "blue"),
        ("1.02", "Publish monthly waiting list data on the Local Offer.", "Price, Hannah", ["Price, Hannah"], "Monthly", None, "Monthly", "G", "green"),
        ("1.03", "Provide a waiting well offer for families, including parent workshops.", "Omar Shah", ["Omar Shah"], "Q2 2022/23", "2022-09", "Q2 2022/23", "A", "amber")]),
      ("Priority 2 – Quality and accessibility of the Local Offer", [
        ("2.01", "Rebuild the Local Offer website with the Parent Carer Forum.", "Lucy Adeyemi", ["Lucy Adeyemi"], "Dec 2022 (revised from Sept 2022)", "2022-12", "Dec 2022 (revised from Sept 2022)", "R", "red"),
        ("2.02", "Run a Local Offer awareness campaign with schools and GP practices.", "Lucy Adeyemi / Comms Lead", ["Lucy Adeyemi", "Comms Lead"], "Jan-23", "2023-01", None, "G", "green")]),
      ("Priority 3 – Joint commissioning and outcomes", [
        ("3.01", "Agree a joint commissioning plan for SEND between the council and the CCG.", "Head of Commissioning (Children and Families)", ["Head of Commissioning (Children and Families)"], "30/06/2022", "2022-06", None, "A", "amber"),
        ("3.02", "Embed an outcomes framework in the SEND and Inclusion Change Programme.", "Ben Carter", ["Ben Carter"], "Autumn term 2022", "2022-12", "Autumn term 2022", "G", "green"),
        ("3.03", "Report progress against the outcomes framework to Cabinet.", "Ben Carter", ["Ben Carter"], "Nov 2022", "2022-11", None, "", "unrated")]),
    ]
    lines = [title, "", "Action No\tKey actions\tLead officer\tTarget date\tRAG\tComments"]
    actions = []
    for pr, rows in T:
        lines.append(pr)
        for ref, text, lead, lexp, end, eexp, etext, rag, st in rows:
            lines.append("\t".join([ref, text, lead, end, rag, "Reviewed at SEND Improvement Board" if rag else ""]))
            actions.append(act(ref, [pr], text, lexp, eexp, st, etext))
    lines += ["", "RAG: G = on track; A = some risk to delivery; R = off track; Complete = delivered"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "Warwickshire County Council and CCG Written Statement of Action after the July 2021 local area SEND "
                  "inspection, Cabinet 7 December 2021 (https://www.warwickshire.gov.uk/news/article/2630/draft-written-statement-of-action-receives-cabinet-approval-): "
                  "autism assessment waiting times and Local Offer quality as priorities, SEND and Inclusion Change "
                  "Programme; tab-separated export of a monitoring tracker with priority lines between actions.",
        "reads": "A title line, a header, then three priority lines each followed by actions numbered 1.01 and so on, "
                 "with named lead officers, target dates in mixed styles and RAG letters or 'Complete'; a RAG key line "
                 "ends the file.",
        "outcome": "read", "accept_refusal": False, "title": title}, actions)


if __name__ == "__main__":
    for f in (stockton, centralbeds, reading, hereford, cheshire, bracknell, warwick):
        f()
