"""Generate the seven ew1- blind cases (data files + expected readings)."""
import csv, datetime as dt, os
import yaml
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


def fill(c):
    return PatternFill("solid", fgColor=FILL[c])


def write_expected(name, meta, actions):
    d = dict(meta)
    if d.get("outcome") == "read":
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- 1. North Tyneside ILACS (xlsx)
def north_tyneside():
    name = "ew1-north-tyneside-council-ilacs-improvement-plan.xlsx"
    title = "North Tyneside Council Children’s Services – ILACS Improvement Plan 2024-25"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Inspection of local authority children’s services (ILACS): 15–26 July 2024. Overall effectiveness: Good."
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "02/09/2024", "Performance & Improvement Team", "First draft for DCS"),
            ("1.0", "20/09/2024", "Performance & Improvement Team", "Submitted to Ofsted"),
            ("1.3", "14/03/2025", "Performance & Improvement Team", "Q4 update for Improvement Board")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cov.cell(row=6 + i, column=1 + j, value=v)

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "RAG key: Blue = Complete; Green = On track; Amber = Some slippage, within tolerance; Red = Off track / at risk"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG", "Current RAG", "Progress update (March 2025)"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
    recs = [
        ("Recommendation 1: The consistency of management oversight and the recording of management decisions in the Front Door and assessment teams.",
         [("1.1", "Refresh the practice standard for management oversight so that every contact and referral records the rationale for the decision and the next steps.",
           "Service Manager (Front Door)", dt.date(2024, 11, 30), None, "Green", "Complete",
           "Practice standard re-launched 4 November 2024; dip sample of 40 contacts showed 92% compliance.", "2024-11", "blue"),
          ("1.2", "Introduce a monthly audit of Front Door decision making, moderated by the Principal Social Worker, with findings reported to the Performance Clinic.",
           "Head of Safeguarding and Quality Assurance / Principal Social Worker", dt.date(2024, 12, 31), None, "Green", "Green",
           "Three audit cycles completed. Moderation panel established.", "2024-12", "green"),
          ("1.3", "Deliver a management development programme for team managers and advanced practitioners on reflective supervision and recording.",
           "Workforce Development Manager", dt.date(2024, 12, 31), dt.date(2025, 4, 30), "Amber", "Amber",
           "Two of three cohorts trained. Final cohort moved to April due to provider availability.", "2025-04", "amber")]),
        ("Recommendation 2: The quality and timeliness of plans for children in need and children subject to child protection plans, including contingency planning.",
         [("2.1", "Launch a revised child’s plan template in the case recording system with a mandatory contingency section and SMART outcomes.",
           "Systems and Business Support Manager", dt.date(2025, 1, 31), dt.date(2025, 3, 31), "Red", "Amber",
           "Template built and tested; go-live 24 March 2025.", "2025-03", "amber"),
          ("2.2", "Child protection chairs to track plan quality at each review conference and escalate drift through the dispute resolution process.",
           "Safeguarding Unit Manager", dt.date(2024, 10, 31), None, "Green", "Green",
           "Midway review tool in use; 11 escalations in Q3.", "2024-10", "green")]),
        ("Recommendation 3: The range of suitable homes for children in care, so that more children live close to their families and communities.",
         [("3.1", "Deliver the fostering recruitment campaign with a target of 15 additional mainstream fostering households by March 2026.",
           "Head of Service, Children in Care and Care Leavers", dt.date(2026, 3, 31), None, "Amber", "Red",
           "Six households approved against a profile of nine. Campaign under review with the regional recruitment hub.", "2026-03", "red"),
          ("3.2", "Open a two-bed local authority children’s home for children with complex needs.",
           "Assistant Director, Children’s Services", dt.date(2025, 9, 30), None, "Green", "Green",
           "Property purchased; Ofsted registration application submitted February 2025.", "2025-09", "green")]),
    ]
    r = 5
    exp = []
    for rec, acts in recs:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, text, lead, orig, rev, prev, cur, upd, end, st in acts:
            vals = [ref, text, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            r += 1
            leads = [x.strip() for x in lead.split(" / ")]
            exp.append(act(ref, [rec], text, leads, end, st))
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG: Blue 1, Green 3, Amber 2, Red 1 (7 actions)")
    for col, w in zip("ABCDEFGH", [6, 60, 30, 12, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a council ILACS post-inspection improvement plan as taken to a children’s services improvement board "
                  "(North Tyneside, 2024-25; no URL). Copied: cover sheet with document-control table, RAG key line, recommendation "
                  "rows merged across the sheet above numbered actions, original and revised target dates, previous and current RAG, "
                  "a summary line under the plan.",
        "reads": "A two-sheet workbook: a cover with document control and the plan sheet. Three Ofsted recommendations, each a merged "
                 "row, with seven numbered actions under them; the current RAG and the revised date (where given) are read.",
        "outcome": "read", "accept_refusal": False, "title": title}, exp)
    return name, len(exp)


# ---------------------------------------------------------------- 2. Medway SEND PAP (xlsx, fill RAG)
def medway():
    name = "ew1-medway-council-send-priority-action-plan.xlsx"
    title = "Medway Local Area Partnership – SEND Priority Action Plan"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PAP tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the Ofsted/CQC area SEND inspection, March 2024. Progress position at 31 January 2025."
    ws["A3"] = "Key:"
    ws["B3"] = "Complete"; ws["B3"].fill = fill("blue")
    ws["C3"] = "On track"; ws["C3"].fill = fill("green")
    ws["D3"] = "Some delay"; ws["D3"].fill = fill("amber")
    ws["E3"] = "Off track"; ws["E3"].fill = fill("red")
    hdr = ["Priority action area", "Ref", "Action", "Lead(s)", "Partner", "Timescale", "RAG", "Evidence of impact / commentary"]
    for j, h in enumerate(hdr):
        ws.cell(row=5, column=1 + j, value=h).font = Font(bold=True)
    data = [
        ("Priority action 1: Leaders across education, health and care should improve the timeliness and quality of education, health and care (EHC) plans, including at annual review.",
         [("PA1.1", "Recruit to the additional EHC coordinator posts and clear the backlog of overdue EHC needs assessments.", "Head of SEND Statutory Services", "LA", "December 2024", None, "blue", "Posts filled Oct 2024. Backlog cleared."),
          ("PA1.2", "Introduce a multi-agency quality assurance panel for draft EHC plans, reviewing a sample of 10% of plans each month.", "Jo Marsh & Priya Nair", "LA / ICB", "Autumn term 2024", None, "green", "Panel met monthly since September."),
          ("PA1.3", "Implement a new annual review tracker so that amendments are issued within statutory timescales.", "SEND Business Systems Lead", "LA", "Summer term 2025", None, "amber", "Tracker built; data cleansing of 1,900 records still under way."),
          ("PA1.4", "Parent carer forum to co-produce a guide to EHC plans for families and young people.", "Medway Parent Carer Forum Chair", "PCF", "Termly", "Termly", "green", "First edition published; reviewed each term.")]),
        ("Priority action 2: Leaders should reduce waiting times for neurodevelopmental assessments and provide support to children and families while they wait.",
         [("PA2.1", "Commission additional assessment capacity from an independent provider to reduce the ASD waiting list.", "Designated Clinical Officer", "ICB", "Mar-25", None, "red", "Procurement delayed; contract award now expected April 2025."),
          ("PA2.2", "Launch a ‘waiting well’ offer including parent workshops and a single point of contact.", "Head of Children’s Commissioning; Designated Clinical Officer", "ICB / LA", "Jan-25", None, "blue", "Launched 13 January 2025."),
          ("PA2.3", "Publish monthly waiting time data on the Local Offer.", "Local Offer Manager", "LA", "Nov-24", None, None, "")]),
    ]
    r = 6
    exp = []
    for pa, acts in data:
        start = r
        for ref, text, lead, partner, when, end_text, colour, comm in acts:
            ws.cell(row=r, column=2, value=ref)
            ws.cell(row=r, column=3, value=text).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=4, value=lead)
            ws.cell(row=r, column=5, value=partner)
            ws.cell(row=r, column=6, value=when)
            if colour:
                ws.cell(row=r, column=7).fill = fill(colour)
            ws.cell(row=r, column=8, value=comm or None)
            ends = {"December 2024": "2024-12", "Autumn term 2024": "2024-12", "Summer term 2025": "2025-07",
                    "Termly": None, "Mar-25": "2025-03", "Jan-25": "2025-01", "Nov-24": "2024-11"}
            leads = {"Jo Marsh & Priya Nair": ["Jo Marsh", "Priya Nair"],
                     "Head of Children’s Commissioning; Designated Clinical Officer": ["Head of Children’s Commissioning", "Designated Clinical Officer"]}.get(lead, [lead])
            exp.append(act(ref, [pa], text, leads, ends[when], colour or "unrated", end_text))
            r += 1
        ws.cell(row=start, column=1, value=pa).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [40, 8, 60, 30, 10, 16, 8, 45]):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by priority action"
    s["A1"].font = Font(bold=True)
    for i, row in enumerate([("Priority action", "Actions", "Complete", "On track", "Some delay", "Off track", "Not yet rated"),
                             ("PA1", 4, 1, 2, 1, 0, 0), ("PA2", 3, 1, 0, 0, 1, 1), ("Total", 7, 2, 2, 1, 1, 1)]):
        for j, v in enumerate(row):
            s.cell(row=3 + i, column=1 + j, value=v)
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a local area SEND Priority Action Plan tracker taken to a SEND Improvement Board after an area SEND "
                  "inspection (Medway Local Area Partnership, 2024-25; no URL). Copied: colour-fill RAG column with a key of filled "
                  "cells, priority action text in a vertically merged first column, partner column, school-term and ‘Termly’ "
                  "timescales, a separate Summary sheet of counts.",
        "reads": "One plan sheet with two priority actions (merged cells down column A) and seven actions; RAG is the fill colour of "
                 "an empty cell, read by the key at the top (blue complete). A second sheet is only a totals table.",
        "outcome": "read", "accept_refusal": False, "title": title}, exp)
    return name, len(exp)


# ---------------------------------------------------------------- 3. Solihull monitoring visit (xlsx, refuse)
def solihull():
    name = "ew1-solihull-council-monitoring-visit-action-plan-typo-month-refuse.xlsx"
    title = "Solihull Children’s Services – Action Plan following Ofsted Monitoring Visit (October 2024)"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MV action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Focus of visit: children in need and children subject to a child protection plan"
    hdr = ["No.", "Area for improvement identified", "What we will do", "Who", "By when", "RAG", "Update"]
    for j, h in enumerate(hdr):
        ws.cell(row=4, column=1 + j, value=h).font = Font(bold=True)
    rows = [
        ("1", "Timeliness of strategy discussions", "Hold all strategy discussions within one working day of the decision to convene, tracked daily by the MASH team manager.", "MASH Team Manager", "Nov 2024", "Green", "Daily tracker live."),
        ("2", "Timeliness of strategy discussions", "Ensure police and health attend every strategy discussion, with escalation to the partnership where attendance is missed.", "Head of Service (Front Door)", "Dec 2024", "Amber", "Health attendance at 81%."),
        ("3", "Quality of child protection plans", "Revise the child protection plan template so that actions are specific, timed and understood by families.", "Safeguarding and Review Service Manager", "Jan 2025", "Green", ""),
        ("4", "Quality of child protection plans", "Core group members to review the plan at every core group and record progress against each action.", "Team Managers (Child in Need / Child Protection)", "Febuary 2025", "Amber", "Guidance issued to teams."),
        ("5", "Supervision", "All social workers to receive monthly recorded supervision that reflects on the child’s plan.", "Principal Social Worker", "March 2025", "Red", "Compliance 68% in December."),
        ("6", "Supervision", "Quarterly supervision audits reported to the Children’s Services Leadership Team.", "Quality Assurance Manager", "Ongoing", "Green", "Q3 audit complete."),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            ws.cell(row=5 + i, column=1 + j, value=v or None).alignment = Alignment(wrap_text=True, vertical="top")
    typo_row = 5 + 3
    assert ws.cell(row=typo_row, column=5).value == "Febuary 2025"
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a short single-sheet action plan written after an Ofsted monitoring visit to children’s services "
                  "(Solihull, 2024-25; no URL). Copied: title and focus-of-visit line, area for improvement repeated on each row, "
                  "text months in ‘By when’, RAG words.",
        "reads": "Six numbered actions under three areas for improvement. The ‘By when’ of action 4 reads ‘Febuary 2025’, a "
                 "mistyped month, so a careful reader stops there and asks.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": typo_row, "title": title}, [])
    return name, 6


# ---------------------------------------------------------------- docx helpers
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), FILL[colour])
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------- 4. Torbay YJS HMIP (docx)
def torbay():
    name = "ew1-torbay-council-yjs-hmip-improvement-plan.docx"
    title = "Torbay Youth Justice Service – HMI Probation Inspection Improvement Plan"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection fieldwork: 3–7 June 2024. Report published: 10 September 2024. Overall rating: Requires Improvement.")
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Owner", "Approved by"),
                             ("1.0", "04/10/2024", "Head of Youth Justice", "YJ Management Board"),
                             ("1.1", "17/01/2025", "Head of Youth Justice", "YJ Management Board"),
                             ("1.2", "11/04/2025", "Head of Youth Justice", "YJ Management Board")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph("RAG: Complete / Green – on track / Amber – at risk of delay / Red – off track")
    domains = [
        ("Domain 1: Organisational delivery", [
            ("Recommendation 1: The Torbay Youth Justice Management Board should make sure that board members understand the needs of children known to the service and use this to hold partners to account.",
             [("1.1", "Deliver a board induction and development session on the profile of children open to the YJS, including disproportionality data.", "Head of Youth Justice", "November 2024", "Complete", "blue"),
              ("1.2", "Add a quarterly ‘voice of the child’ item to the Management Board agenda, presented by children or their workers.", "Chair of the YJ Management Board", "Q4 2024/25", "Green", "green")]),
            ("Recommendation 2: The Torbay Youth Justice Management Board should ensure that children have timely access to education, training and employment and to speech and language therapy.",
             [("2.1", "Agree a data-sharing protocol with the Virtual School and school admissions so that the education status of every child is known at allocation.", "Education Lead, YJS\nVirtual School Head", "January 2025", "Amber", "amber"),
              ("2.2", "Secure funding for a seconded speech and language therapist two days per week.", "Designated Clinical Officer", "Q1 2025/26", "Red", "red")]),
        ]),
        ("Domains 2 and 3: Court disposals and out-of-court disposals", [
            ("Recommendation 3: The Head of Youth Justice should improve the quality of assessment and planning for keeping other people safe.",
             [("3.1", "Introduce risk and safety management panels for all children assessed as high or very high risk of serious harm.", "YJS Operations Manager", "October 2024", "Complete", "blue"),
              ("3.2", "Deliver AssetPlus refresher training on contingency planning to all case managers.", "YJS Practice Development Lead", "31/03/2025", "Green", "green"),
              ("3.3", "Monthly case audits by managers, with themes reported to the Management Board.", "YJS Operations Manager", "Ongoing", "Green", "green")]),
        ]),
    ]
    ends = {"November 2024": "2024-11", "Q4 2024/25": "2025-03", "January 2025": "2025-01", "Q1 2025/26": "2025-06",
            "October 2024": "2024-10", "31/03/2025": "2025-03", "Ongoing": None}
    exp = []
    for dom, recs in domains:
        doc.add_heading(dom, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["No.", "Action", "Lead", "Timescale", "RAG", "Progress / evidence"]):
            t.rows[0].cells[j].text = h
        bold_row(t.rows[0])
        for rec, acts in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            m.text = rec
            bold_row(row)
            for ref, text, lead, when, rag, st in acts:
                row = t.add_row()
                for j, v in enumerate([ref, text, lead, when, rag, "See quarterly board report."]):
                    row.cells[j].text = v
                leads = lead.split("\n")
                exp.append(act(ref, [dom, rec], text, leads, ends[when], st, "Ongoing" if when == "Ongoing" else None))
    doc.add_paragraph("Next review: YJ Management Board, July 2025.")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a youth justice service improvement plan written after an HM Inspectorate of Probation inspection and "
                  "endorsed by the YJ Management Board (Torbay, 2024-25; cf. Reading YJS HMIP improvement plan report, "
                  "democracy.reading.gov.uk/mgAi.aspx?ID=15127). Copied: document-control table, RAG key line, one table per "
                  "inspection domain, recommendation text as a merged row above its numbered actions, two leads on two lines in "
                  "one cell, financial-quarter and day-first timescales.",
        "reads": "A Word plan with two domain sections, each a table; three recommendations as merged rows and seven actions "
                 "beneath them with lead, timescale and a RAG word.",
        "outcome": "read", "accept_refusal": False, "title": title}, exp)
    return name, len(exp)


# ---------------------------------------------------------------- 5. Halton corporate parenting (docx, fill RAG)
def halton():
    name = "ew1-halton-borough-council-corporate-parenting-strategy-action-plan.docx"
    title = "Halton Corporate Parenting Strategy 2024–2027: Action Plan"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Owned by the Corporate Parenting Board. Progress reviewed at each Board meeting; this version prepared for the Board on 5 February 2025.")
    doc.add_paragraph("Progress is shown by the colour of the last column: green – on track; amber – some concern; red – not on track; blue – done.")
    pledges = [
        ("Pledge 1: We will help you feel safe and settled where you live", [
            ("1a", "Increase the number of children in care living with Halton foster carers, through a dedicated recruitment and retention plan.", "Head of Children in Care and Care Leavers Service", "31/03/2026", "green"),
            ("1b", "Every child moving home has a transition meeting and a welcome pack chosen with the Children in Care Council.", "Participation Lead / Virtual School Head", "By September 2025", "amber"),
            ("1c", "Review the sufficiency strategy with children and young people and publish a young person’s version.", "Commissioning Manager (Placements)", "31/12/2024", "blue")]),
        ("Pledge 2: We will help you do well in education and training", [
            ("2a", "Personal education plans to be completed termly and quality assured by the Virtual School, with 95% completed on time.", "Virtual School Head", "Monthly", "green"),
            ("2b", "Create ten ring-fenced apprenticeships across council departments for care leavers.", "HR Business Partner", "By March 2025", "red")]),
        ("Pledge 3: We will help you get ready for adult life", [
            ("3a", "Extend council tax exemption for care leavers living in Halton to age 25.", "Director of Finance", "April 2024", "blue"),
            ("3b", "Introduce a ‘Staying Close’ offer for young people leaving children’s homes.", "Leaving Care Team Manager", "TBC", None)]),
    ]
    ends = {"31/03/2026": "2026-03", "By September 2025": "2025-09", "31/12/2024": "2024-12", "Monthly": None,
            "By March 2025": "2025-03", "April 2024": "2024-04", "TBC": None}
    exp = []
    for pledge, acts in pledges:
        doc.add_heading(pledge, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "What we will do", "Who will lead", "When", "Progress"]):
            t.rows[0].cells[j].text = h
        bold_row(t.rows[0])
        for ref, text, lead, when, colour in acts:
            row = t.add_row()
            for j, v in enumerate([ref, text, lead, when]):
                row.cells[j].text = v
            if colour:
                shade(row.cells[4], colour)
            leads = [x.strip() for x in lead.split(" / ")]
            et = when if when in ("Monthly", "TBC") else None
            exp.append(act(ref, [pledge], text, leads, ends[when], colour or "unrated", et))
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Name", "Role", "Date"),
                             ("Cllr Tom McInerney", "Chair, Corporate Parenting Board", "05/02/2025"),
                             ("Director of Children’s Services", "DCS", "05/02/2025")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a corporate parenting strategy action plan arranged by pledges to children in care and care leavers, "
                  "as taken to a Corporate Parenting Board (Halton, 2024-27; no URL). Copied: pledge headings with a table per "
                  "pledge, progress as a shaded cell with no text explained in an intro sentence, job titles as leads, ‘By …’, "
                  "‘Monthly’ and ‘TBC’ dates, a sign-off table at the end.",
        "reads": "Three pledges, each a heading over a table of lettered actions (seven in all). The Progress cell is only a "
                 "colour; the intro line says blue is done. The last table is sign-off, not plan.",
        "outcome": "read", "accept_refusal": False, "title": title}, exp)
    return name, len(exp)


# ---------------------------------------------------------------- 6. Kirklees fostering Ofsted (csv)
def kirklees():
    name = "ew1-kirklees-council-fostering-service-ofsted-action-plan.csv"
    title = "Kirklees Fostering Service – Ofsted Inspection Action Plan (inspection 14–18 October 2024)"
    header = ["Ref", "Ofsted requirement / recommendation", "Action", "Responsible", "Target date", "Date completed", "Status", "Comments"]
    rq1 = "Requirement: The registered person must ensure that each foster parent’s annual review is completed and presented to the fostering panel within the required timescales (Regulation 28)."
    rc1 = "Recommendation: Ensure that foster carers receive the training they need, including on supporting children who go missing and children at risk of exploitation."
    rc2 = "Recommendation: Improve the recording of the views of children in foster carers’ reviews."
    rows = [
        ("R1.1", rq1, "Establish a tracker of all annual reviews, monitored fortnightly by the Fostering Team Manager.", "Fostering Team Manager", "30/11/2024", "22/11/2024", "Complete", "Tracker live."),
        ("R1.2", "", "Clear the 14 overdue annual reviews and present them to panel.", "Supervising Social Workers; Panel Adviser", "31/01/2025", "", "On track", "9 of 14 presented to panel."),
        ("R1.3", "", "Audit a sample of annual reviews each quarter and report findings to the Fostering Panel chair.", "Fostering Quality Assurance Officer", "31/03/2025", "", "Not started", ""),
        ("C1.1", rc1, "Add missing from care and exploitation modules to the mandatory foster carer training programme.", "Fostering Training Coordinator", "28/02/2025", "", "Amber", "Exploitation module booked; missing module being redesigned."),
        ("C1.2", "", "Record training completion for every household and raise gaps in supervision.", "Supervising Social Workers", "Ongoing", "", "On track", ""),
        ("C2.1", rc2, "Revise the annual review form so the child’s views are gathered and recorded in their own words.", "Fostering Service Manager", "31/12/2024", "", "Red", "Form redesign delayed by system change, new date to be agreed."),
    ]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * 7)
        w.writerow(["Registered manager: Fostering Service Manager. Updated 15/01/2025"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(header)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 8)
        w.writerow(["Status key: Complete / On track / Amber = at risk / Red = overdue / Not started"] + [""] * 7)
    ends = {"30/11/2024": "2024-11", "31/01/2025": "2025-01", "31/03/2025": "2025-03", "28/02/2025": "2025-02",
            "Ongoing": None, "31/12/2024": "2024-12"}
    st = {"Complete": "blue", "On track": "green", "Not started": "unrated", "Amber": "amber", "Red": "red"}
    exp = []
    cur = None
    for ref, req, text, lead, when, done, status, _ in rows:
        cur = req or cur
        leads = [x.strip() for x in lead.split(";")]
        exp.append(act(ref, [cur], text, leads, ends[when], st[status], "Ongoing" if when == "Ongoing" else None))
    write_expected(name, {
        "source": "Imitates a local authority fostering service’s action plan after an Ofsted inspection under the social care "
                  "common inspection framework, exported from Excel to CSV (Kirklees, 2024-25; no URL). Copied: title and "
                  "updated line above the header, requirement/recommendation text given once and left blank on following "
                  "rows, day-first target dates, a date completed column, status words, a status key line at the end.",
        "reads": "A CSV with one requirement and two recommendations from Ofsted and six actions answering them; the "
                 "requirement text is written only on the first of its action rows and carries down.",
        "outcome": "read", "accept_refusal": False, "title": title}, exp)
    return name, len(exp)


# ---------------------------------------------------------------- 7. Walsall early help (txt, tab-separated)
def walsall():
    name = "ew1-walsall-council-early-help-partnership-delivery-plan.txt"
    title = "Walsall Early Help Partnership – Early Help Strategy Delivery Plan 2024-26"
    pri = {
        "P1": "Priority 1: Families get the right help at the earliest opportunity",
        "P2": "Priority 2: A skilled early help workforce across the partnership",
        "P3": "Priority 3: We know the difference early help makes",
    }
    acts = [
        ("P1", "1.1", "Open two further Family Hubs in the north and east localities.", "Family Hubs Programme Manager", "Sep-24", "G", "B", "Both hubs open."),
        ("P1", "1.2", "Introduce a single Early Help request for support form through the Family Information Service.", "KB/LJ", "Mar-25", "A", "A", "Form tested with schools; launch moved to March."),
        ("P1", "1.3", "Schools and health visiting to use the Early Help Assessment as the common assessment.", "Early Help Partnership Board", "Ongoing", "G", "G", ""),
        ("P2", "2.1", "Deliver the Early Help lead professional training programme to 200 practitioners across partner agencies.", "Early Help Workforce Lead", "Q3 2025/26", "G", "G", "118 trained to date."),
        ("P2", "2.2", "Launch an Early Help practice standards and supervision framework for partner agencies.", "Head of Early Help", "Jan-25", "A", "R", "Consultation with partners extended; slippage reported to Board."),
        ("P3", "3.1", "Develop an outcomes framework and dashboard for the Early Help Partnership Board.", "Performance and Intelligence Manager", "Jun-25", "", "G", ""),
        ("P3", "3.2", "Quarterly multi-agency audit of early help cases, with learning shared through practice briefings.", "Early Help Quality Assurance Lead", "Quarterly", "", "", ""),
    ]
    lines = [title, "Reporting period: Quarter 3 2024/25 (October – December 2024)",
             "RAG: B = complete, G = on track, A = some risk, R = off track", "",
             "\t".join(["Ref", "Action", "Lead", "Deadline", "Previous RAG", "Current RAG", "Update"])]
    ends = {"Sep-24": "2024-09", "Mar-25": "2025-03", "Ongoing": None, "Q3 2025/26": "2025-12", "Jan-25": "2025-01",
            "Jun-25": "2025-06", "Quarterly": None}
    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    exp = []
    last = None
    for p, ref, text, lead, when, prev, cur, upd in acts:
        if p != last:
            lines.append(pri[p])
            last = p
        lines.append("\t".join([ref, text, lead, when, prev, cur, upd]))
        if ref == "2.2":
            lines.append("\t".join(["", "", "", "", "", "", "Revised standards to go to Board in February."]))
        leads = {"KB/LJ": ["KB", "LJ"]}.get(lead, [lead])
        exp.append(act(ref, [pri[p]], text, leads, ends[when], st[cur], when if when in ("Ongoing", "Quarterly") else None))
    lines += ["", "Total actions: 7 | B 1 | G 3 | A 1 | R 1 | not rated 1"]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(name, {
        "source": "Imitates an early help strategy delivery plan reported quarterly to an Early Help Partnership Board, saved as "
                  "tab-separated text (Walsall, 2024-26; no URL). Copied: title, reporting-period and RAG key lines, priority "
                  "heading lines between numbered actions, previous and current RAG letters, initials as leads, a continuation "
                  "line carrying on an update, a totals line at the end.",
        "reads": "A tab-separated plan with three priorities as lines of their own and seven actions under them; the current "
                 "RAG letter is the status, and one update runs onto a second line that is not an action.",
        "outcome": "read", "accept_refusal": False, "title": title}, exp)
    return name, len(exp)


if __name__ == "__main__":
    for fn in (north_tyneside, medway, solihull, torbay, halton, kirklees, walsall):
        print(*fn())
