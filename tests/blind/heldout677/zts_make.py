"""Build the seven zts- blind test files (and their expected readings) for set heldout677."""
import os, csv, io, yaml
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def write_expected(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- 1 Shropshire YJS (xlsx)
def shropshire():
    name = "zts-shropshire-council-youth-justice-service-hmip-inspection-improvement-plan.xlsx"
    title = "Shropshire Youth Justice Service – HMI Probation Inspection Improvement Plan 2024-26"
    D1 = "Domain 1: Organisational delivery"
    D2 = "Domain 2: Court disposals"
    D3 = "Domain 3: Out-of-court disposals"
    R1 = "Recommendation 1: The Shropshire Youth Justice Management Board should make sure that board members understand the needs of children known to the service and use this to hold partners to account."
    R2 = "Recommendation 2: The Head of Service should improve the quality of assessment and planning to keep other people safe."
    R3 = "Recommendation 3: The YJS Manager should ensure that management oversight of cases is recorded and effective."
    R4 = "Recommendation 4: The Youth Justice Management Board should review the out-of-court disposal policy so that decision-making is consistent and child-centred."
    plan = [
        ("D", D1),
        ("R", R1),
        ("1.1", "Deliver a board induction and development session covering the profile of children open to the YJS, including disproportionality data.", "Chair of YJMB / YJS Manager", "31/12/2024", "", "G", "B", "Session held 4 December 2024; 11 of 13 members attended. Slides circulated."),
        ("1.2", "Introduce a quarterly partner performance dashboard, with each statutory partner reporting on education, health and police outcomes for YJS children.", "Head of Early Help, Partnerships and Commissioning", "31/03/2025", "30/06/2025", "A", "G", "Dashboard template agreed; first full data return due Q1 2025/26."),
        ("R", R2),
        ("2.1", "Refresh AssetPlus quality assurance framework with monthly dip sampling focused on risk of harm to others.", "YJS Practice Manager", "28/02/2025", "", "G", "G", "Dip sample tool revised. Six audits completed Jan–Mar."),
        ("2.2", "All case managers to complete HMPPS risk of serious harm training.\nRefresher to be included in annual training plan.", "Workforce Development Lead; YJS Practice Manager", "31/03/2025", "31/07/2025", "A", "A", "Nine of 14 staff trained; two further cohorts booked."),
        ("D", D2),
        ("R", R3),
        ("3.1", "Management oversight template added to case records and countersignature required for all high and very high risk cases.", "YJS Manager", "31/01/2025", "", "G", "B", "Complete – template live on ChildView from 13 January 2025."),
        ("3.2", "Monthly supervision audit reported to YJMB performance sub-group.", "Team Manager (Operations)", "30/04/2025", "", "G", "G", "Audit results reported April and July 2025."),
        ("D", D3),
        ("R", R4),
        ("4.1", "Review and re-issue the Joint Decision Making Panel protocol with West Mercia Police.", "YJS Manager and West Mercia Police Youth Diversion Lead", "31/03/2025", "30/09/2025", "A", "R", "Protocol redraft delayed by police restructure; escalated to YJMB Chair."),
        ("4.2", "Introduce a child’s voice feedback form for all out-of-court disposals.", "Participation Officer", "Ongoing", "", "G", "G", "Forms in use; quarterly summary to YJMB."),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14)
    cv["A3"] = "Document control"
    cv["A3"].font = BOLD
    rows = [("Version", "Date", "Author", "Comments"),
            ("0.1", "12/11/2024", "YJS Manager", "Draft for YJMB"),
            ("1.0", "26/11/2024", "YJS Manager", "Approved by YJMB and submitted to HMIP"),
            ("1.3", "15/09/2025", "YJS Business Support Officer", "Q2 2025/26 update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = BOLD
    cv["A10"] = "Inspection fieldwork: 15–19 July 2024. Report published 1 October 2024. Overall rating: Requires improvement."
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position at 15 September 2025"
    hdr = ["Ref", "Action", "Lead(s)", "Original target date", "Revised target date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    actions = []
    dom = rec = None
    ragmap = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for row in plan:
        if row[0] == "D":
            dom = row[1]
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("2E75B6")
        elif row[0] == "R":
            rec = row[1]
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = BOLD
            c.alignment = WRAP
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
        else:
            ref, text, lead, orig, rev, prev, cur, upd = row
            vals = [ref, text, lead, orig, rev or None, prev, cur, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).fill = fill(FILL[ragmap[prev]])
            ws.cell(row=r, column=7).fill = fill(FILL[ragmap[cur]])
            leads = {"Chair of YJMB / YJS Manager": ["Chair of YJMB", "YJS Manager"],
                     "Workforce Development Lead; YJS Practice Manager": ["Workforce Development Lead", "YJS Practice Manager"],
                     "YJS Manager and West Mercia Police Youth Diversion Lead": ["YJS Manager", "West Mercia Police Youth Diversion Lead"]}.get(lead, [lead])
            due = rev or orig
            if due == "Ongoing":
                end, et = None, "Ongoing"
            else:
                dd, mm, yy = due.split("/")
                end, et = f"{yy}-{mm}", None
            actions.append(act(ref, [dom, rec], text, leads, end, ragmap[cur], et))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: where a revised target date is shown it has been agreed by the YJMB. B = complete.")
    for col, w in zip("ABCDEFGH", [7, 55, 30, 14, 14, 10, 10, 45]):
        ws.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    for i, (k, v, colr) in enumerate([("R", "Off track – at risk of not being delivered", "red"),
                                      ("A", "Some slippage – revised date agreed", "amber"),
                                      ("G", "On track", "green"),
                                      ("B", "Complete", "blue")]):
        key.cell(row=1 + i, column=1, value=k).fill = fill(FILL[colr])
        key.cell(row=1 + i, column=2, value=v)
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a youth justice service improvement plan submitted to HMI Probation after a 2024 youth inspection (cf. Reading YJS plan endorsed Dec 2024, reported to committee). Copied features: cover sheet with document-control table, plan sheet with merged domain and recommendation banner rows, original and revised target dates, previous and current RAG by letter and fill, progress updates, notes line, separate RAG key sheet.",
        "reads": "A Shropshire YJS improvement plan answering four HMIP recommendations grouped by inspection domain. Each recommendation is a merged banner row above numbered actions with leads, original/revised dates and previous/current RAG; the current RAG and revised date are what count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------- 2 Knowsley scrutiny (xlsx)
def knowsley():
    name = "zts-knowsley-council-scrutiny-review-recommendations-tracker.xlsx"
    title = "Knowsley Council – Scrutiny Recommendations Tracker"
    reviews = [
        ("Children’s Scrutiny Committee – Review of Elective Home Education (Cabinet response 13 March 2024)", [
            ("EHE1", "That the Council develops a clear written offer of support for families who choose to electively home educate.", "Accepted", "Publish an EHE handbook and webpage setting out the Council’s offer, co-produced with home educating families.", "Head of Education Inclusion", "31/10/2024", "Handbook published October 2024.", "blue"),
            ("EHE2", "That every child who is electively home educated receives an annual contact from the EHE Adviser.", "Accepted", "Introduce annual visit schedule and record contacts on the EHE register.", "EHE Adviser; Education Welfare Team Manager", "Sept 2025", "78% of families contacted at end of Q1.", "green"),
            ("EHE3", "That Cabinet lobbies the Department for Education for a statutory register of children not in school.", "Partially accepted", "Cabinet Member to write to the Secretary of State and respond to any consultation.", "Cabinet Member for Children and Families", "Ongoing", "Letter sent 2 May 2024; awaiting Children’s Wellbeing and Schools Bill.", "amber"),
        ]),
        ("Adult Social Care and Health Scrutiny Committee – Review of Hospital Discharge (Cabinet response 10 July 2024)", [
            ("HD1", "That the Council and NHS partners agree a single discharge-to-assess pathway with clear timescales.", "Accepted", "Agree and launch a Knowsley discharge-to-assess pathway with Whiston Hospital.", "Assistant Director – Adult Social Care", "31/03/2025", "Pathway went live 3 March 2025.", "blue"),
            ("HD2", "That carers are routinely identified and offered a carer’s assessment before discharge.", "Accepted", "Embed carer identification question in the discharge checklist and refer to Knowsley Carers Centre.", "Principal Social Worker and Carers Lead", "30/06/2025", "Checklist amended; referral numbers below target.", "red"),
            ("HD3", "That the Committee receives six-monthly performance reports on delayed discharges.", "Accepted", "Add delayed discharge data to the six-monthly ASC performance report to Scrutiny.", "Performance and Intelligence Manager", "Jan-26", "First report scheduled for January 2026 meeting.", "green"),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position as at 30 September 2025"
    hdr = ["Review", "Recommendations", "Complete", "On track", "Some slippage", "Not on track"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=4, column=1 + j, value=h)
        c.font = BOLD
        c.border = BOX
    sm.append(["Elective Home Education", 3, 1, 1, 1, 0])
    sm.append(["Hospital Discharge", 3, 1, 1, 0, 1])
    sm.append(["Total", 6, 2, 2, 1, 1])
    for row in sm.iter_rows(min_row=5, max_row=7):
        for c in row:
            c.border = BOX
    for c in sm[7]:
        c.font = BOLD
    sm.column_dimensions["A"].width = 28

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Overview and Scrutiny Management Board – update October 2025"
    hdr = ["Rec No", "Scrutiny Recommendation", "Cabinet Response", "Action to be taken", "Responsible Officer", "Target Date", "Update (Sept 2025)", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    actions = []
    for rv, recs in reviews:
        c = ws.cell(row=r, column=1, value=rv)
        c.font = BOLD
        c.fill = fill("E8DAEF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, rec, resp, a, lead, due, upd, rag in recs:
            for j, v in enumerate([ref, rec, resp, a, lead, due, upd, None]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=8).fill = fill(FILL[rag])
            leads = {"EHE Adviser; Education Welfare Team Manager": ["EHE Adviser", "Education Welfare Team Manager"],
                     "Principal Social Worker and Carers Lead": ["Principal Social Worker", "Carers Lead"]}.get(lead, [lead])
            if due == "Ongoing":
                end, et = None, "Ongoing"
            elif due == "Sept 2025":
                end, et = "2025-09", None
            elif due == "Jan-26":
                end, et = "2026-01", None
            else:
                dd, mm, yy = due.split("/")
                end, et = f"{yy}-{mm}", None
            actions.append(act(ref, [rv, rec], a, leads, end, rag, et))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Blue = complete; Green = on track; Amber = some slippage; Red = not on track")
    for col, w in zip("ABCDEFGH", [8, 45, 14, 45, 28, 12, 40, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a metropolitan borough's overview and scrutiny recommendations tracker (Cabinet response and monitoring report to the scrutiny management board, 2024-25). Copied features: summary sheet with totals, tracker sheet with a merged banner per scrutiny review, the recommendation text and Cabinet response beside the action, RAG shown only as cell fill colour, key line at foot.",
        "reads": "Six scrutiny recommendations from two reviews, each with one action taken in response, a responsible officer, a target date and a fill-only RAG cell. The summary sheet is only totals.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------- 3 Wokingham MV refuse (xlsx)
def wokingham():
    name = "zts-wokingham-borough-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"
    title = "Wokingham Borough Council Children’s Services – Ofsted Monitoring Visit Action Plan"
    areas = [
        ("The timeliness and quality of assessments for children in need of help and protection.", [
            ("Implement weekly assessment performance clinics chaired by the Service Manager.", "Service Manager, Assessment and Intervention", "Nov-2024", "Complete"),
            ("Revise the single assessment template to include a clear analysis of the child’s lived experience.", "Principal Social Worker", "Jan-2025", "Complete"),
            ("Quarterly thematic audit of assessments, with findings reported to the Children’s Improvement Board.", "Head of Quality Assurance and Safeguarding", "Quarterly", "On track"),
        ]),
        ("Management oversight and supervision that drives plans for children.", [
            ("Relaunch the supervision policy and recording template with all team managers.", "Assistant Director – Children’s Social Care", "Dec-2024", "Complete"),
            ("Team managers to complete reflective supervision training.", "Workforce Development Manager", "Febuary 2025", "Delayed"),
            ("Monthly supervision compliance report to DMT.", "Performance Manager", "Mar-2025", "On track"),
        ]),
        ("Sufficiency and stability of placements for children in care.", [
            ("Publish refreshed Sufficiency Strategy 2025-28 with a local foster carer recruitment target.", "Head of Corporate Parenting; Commissioning Manager", "Jun-2025", "On track"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "MV Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Monitoring visit: 8 and 9 October 2024 – children in need of help and protection"
    ws["A3"] = "Owner: Director of Children’s Services    Last updated: 21/02/2025"
    hdr = ["No.", "Area for improvement (Ofsted letter)", "What we will do", "Lead", "By when", "Status", "Evidence of impact"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    n = 0
    refuse_row = None
    for ai, (area, acts) in enumerate(areas, 1):
        start = r
        ws.cell(row=r, column=2, value=area).alignment = WRAP
        for k, (a, lead, due, st) in enumerate(acts, 1):
            n += 1
            for j, v in enumerate([f"{ai}.{k}", None if k > 1 else area, a, lead, due, st, None]):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=6).fill = fill({"Complete": "9BC2E6", "On track": "C6EFCE", "Delayed": "FFEB9C"}[st])
            if due.startswith("Febuary"):
                refuse_row = r
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete / On track / Delayed / Not started")
    for col, w in zip("ABCDEFG", [6, 40, 50, 32, 12, 11, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a local authority action plan responding to an Ofsted ILACS monitoring visit letter (2024). Copied features: title block with visit dates and owner, area-for-improvement cell merged down beside its actions, numbered actions, 'By when' month column, worded status with pale fill, status key line.",
        "reads": "Seven actions under three areas for improvement from a monitoring visit letter. Action 2.2's 'By when' cell reads 'Febuary 2025', a mistyped month, so a careful reader stops and asks before taking the dates.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_row,
        "title": title,
    }, None)
    return refuse_row


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(ln)
        r2.bold = bold


# ---------------------------------------------------------------- 4 Sefton fostering (docx)
def sefton():
    name = "zts-sefton-council-fostering-service-ofsted-inspection-action-plan.docx"
    title = "Sefton Council Fostering Service – Ofsted Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Inspection of the local authority fostering service (SC045123): 3 to 7 March 2025. Overall experiences and progress of children: Requires improvement to be good.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Prepared by", "Status"),
                             ("1.0", "28 April 2025", "Registered Manager, Fostering", "Submitted to Ofsted"),
                             ("1.1", "14 July 2025", "Registered Manager, Fostering", "Update to Corporate Parenting Board"),
                             ("1.2", "6 October 2025", "Registered Manager, Fostering", "Update to Corporate Parenting Board")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Red", "Not started or significantly off track", "FF0000"),
                                   ("Amber", "In progress – some risk to timescale", "FFC000"),
                                   ("Green", "In progress – on track", "00B050"),
                                   ("Complete", "Action completed and evidenced", "0070C0")]):
        set_cell(k.cell(i, 0), a)
        shade(k.cell(i, 0), c)
        set_cell(k.cell(i, 1), b)
    sections = [
        ("1. Matching and placement stability", [
            ("Requirement: The registered person must ensure that each child’s placement plan is agreed with the foster parent before, or within five working days of, the placement (Regulation 22).", [
                ("1a", "Introduce a placement planning meeting checklist so that the placement plan is signed by the foster carer within five working days.", "Fostering Team Manager", "31 May 2025", "Complete"),
                ("1b", "Monthly audit of placement plan timeliness, reported to the Registered Manager.", "Service Manager – Fostering and Adoption / Supervising Social Workers", "Monthly", "Green"),
            ]),
            ("Recommendation: The registered person should ensure that matching decisions take full account of the needs of other children in the household.", [
                ("1c", "Revise the matching template to include an assessment of the impact on birth children and other fostered children.", "Placements Team Manager", "End of June 2025", "Complete"),
            ]),
        ]),
        ("2. Supervision, support and training of foster carers", [
            ("Recommendation: The registered person should ensure that foster carers complete the Training, Support and Development Standards within the required timescales.", [
                ("2a", "Track TSD progress for every newly approved carer at monthly supervision and escalate where the 12-month deadline is at risk.", "Fostering Team Manager", "Q2 2025/26", "Amber"),
                ("2b", "Commission an additional cohort of TSD workshops with the Learning and Development Team.", "Learning and Development Manager", "30/09/2025", "Green"),
            ]),
            ("Recommendation: The registered person should ensure that annual foster carer reviews are completed on time and include the views of children.", [
                ("2c", "Independent Reviewing Officer for foster carer reviews to obtain children’s feedback before every review.\nFeedback form to be available in an accessible format.", "Head of Corporate Parenting", "31 January 2026", "Red"),
            ]),
        ]),
    ]
    actions = []
    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    ends = {"31 May 2025": "2025-05", "End of June 2025": "2025-06", "Q2 2025/26": "2025-09", "30/09/2025": "2025-09", "31 January 2026": "2026-01", "Monthly": None}
    for sec, items in sections:
        doc.add_paragraph("")
        doc.add_heading(sec, level=2)
        nrows = 1 + sum(len(a) for _, a in items)
        tb = doc.add_table(rows=nrows, cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Ofsted requirement / recommendation", "Action", "Responsible officer", "Timescale", "RAG"]):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9E2F3")
        r = 1
        for pt, acts in items:
            start = r
            for ref, a, lead, due, rag in acts:
                set_cell(tb.cell(r, 0), ref)
                if r == start:
                    set_cell(tb.cell(r, 1), pt)
                set_cell(tb.cell(r, 2), a)
                set_cell(tb.cell(r, 3), lead)
                set_cell(tb.cell(r, 4), due)
                set_cell(tb.cell(r, 5), rag)
                shade(tb.cell(r, 5), {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[rag])
                leads = ["Service Manager – Fostering and Adoption", "Supervising Social Workers"] if "/" in lead else [lead]
                a_ = act(ref, [sec, pt], a, leads, ends[due], st[rag], "Monthly" if due == "Monthly" else None)
                actions.append(a_)
                r += 1
            if r - 1 > start:
                tb.cell(start, 1).merge(tb.cell(r - 1, 1))
                set_cell(tb.cell(start, 1), pt)
    doc.add_paragraph("")
    doc.add_paragraph("Signed: Registered Manager, Fostering Service    Agreed: Executive Director of Children’s Services")
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a local authority fostering agency's action plan after an Ofsted inspection under the SCCIF (2025), as reported to a corporate parenting board. Copied features: heading and inspection line, document-control table, colour RAG key table, one table per theme with the Ofsted requirement/recommendation cell merged down beside its actions, lettered refs, worded RAG with fill, sign-off line.",
        "reads": "Six actions in two themed tables, each answering an Ofsted requirement or recommendation shown in a merged cell. Document control and the RAG key are not plan tables; 'Complete' is blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------- 5 Bury SEND APP (docx)
def bury():
    name = "zts-bury-council-send-accelerated-progress-plan.docx"
    title = "Bury Local Area SEND Accelerated Progress Plan"
    doc = Document()
    p = doc.add_paragraph()
    rr = p.add_run(title)
    rr.bold = True
    rr.font.size = Pt(18)
    doc.add_paragraph("Bury Council and NHS Greater Manchester (Bury locality) – September 2024 to July 2026")
    doc.add_paragraph("This plan sets out how the local area partnership will accelerate progress against the areas not yet sufficiently improved at the Ofsted/CQC revisit. Progress is reported to the SEND Improvement and Assurance Board and to the Department for Education every term.")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for j, (w, c) in enumerate([("Not started", "FFFFFF"), ("Off track", "FF0000"), ("On track", "00B050"), ("Complete", "0070C0")]):
        set_cell(k.cell(0, j), w)
        shade(k.cell(0, j), c)
    pri = [
        ("Priority 1: Timeliness and quality of Education, Health and Care plans",
         "Area for improvement: Leaders should improve the timeliness of new EHC plans and make sure that plans accurately reflect children’s needs.", [
             ("1.1", "Recruit four additional EHC coordinators and a Quality Assurance Lead to reduce caseloads.", "Head of SEND", "Autumn term 2024", "Complete"),
             ("1.2", "Implement multi-agency EHCP audit each half term, with health and social care advice graded.", "SEND Quality Assurance Lead and Designated Clinical Officer", "Summer term 2025", "On track"),
             ("1.3", "Weekly 20-week timeliness tracker reviewed at SEND Performance Board.", "SEND Service Manager", "31/07/2025", "Complete"),
         ]),
        ("Priority 2: Joint commissioning and health waiting times",
         "Area for improvement: Leaders should reduce waiting times for neurodevelopmental assessment and speech and language therapy.", [
             ("2.1", "Commission additional autism assessment capacity through an independent provider for 12 months.", "Associate Director of Commissioning (NHS GM – Bury)", "March 2025", "On track"),
             ("2.2", "Introduce a “waiting well” support offer for families awaiting assessment, including a needs-led parent workshop.", "Designated Clinical Officer; Bury Parent Carer Forum", "Autumn term 2025", "Not started"),
         ]),
        ("Priority 3: Preparation for adulthood",
         "Area for improvement: Leaders should make sure that young people with SEND are well prepared for adulthood, including transition to adult health services.", [
             ("3.1", "Publish a Preparing for Adulthood pathway from Year 9, co-produced with young people.", "Preparing for Adulthood Lead", "Summer term 2026", "On track"),
             ("3.2", "Agree a transition protocol between children’s and adults’ community health services.", "Head of Children’s Community Health / Adult Community Services Manager", "30 November 2025", "Off track"),
         ]),
    ]
    ends = {"Autumn term 2024": "2024-12", "Summer term 2025": "2025-07", "31/07/2025": "2025-07", "March 2025": "2025-03",
            "Autumn term 2025": "2025-12", "Summer term 2026": "2026-07", "30 November 2025": "2025-11"}
    stmap = {"Complete": "blue", "On track": "green", "Not started": "unrated", "Off track": "red"}
    leadmap = {"SEND Quality Assurance Lead and Designated Clinical Officer": ["SEND Quality Assurance Lead", "Designated Clinical Officer"],
               "Designated Clinical Officer; Bury Parent Carer Forum": ["Designated Clinical Officer", "Bury Parent Carer Forum"],
               "Head of Children’s Community Health / Adult Community Services Manager": ["Head of Children’s Community Health", "Adult Community Services Manager"]}
    actions = []
    for ph, afi, acts in pri:
        doc.add_paragraph("")
        doc.add_heading(ph, level=2)
        doc.add_paragraph(afi)
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress this term", "RAG"]):
            set_cell(tb.cell(0, j), h, bold=True)
        for i, (ref, a, lead, due, rag) in enumerate(acts, 1):
            for j, v in enumerate([ref, a, lead, due, "See termly highlight report.", rag]):
                set_cell(tb.cell(i, j), v)
            shade(tb.cell(i, 5), {"Complete": "0070C0", "On track": "00B050", "Not started": "FFFFFF", "Off track": "FF0000"}[rag])
            actions.append(act(ref, [ph, afi], a, leadmap.get(lead, [lead]), ends[due], stmap[rag]))
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, row in enumerate([("Name / role", "Organisation", "Date"),
                             ("Executive Director of Children and Young People", "Bury Council", "18/09/2024"),
                             ("Place-Based Lead", "NHS Greater Manchester (Bury)", "18/09/2024")]):
        for j, v in enumerate(row):
            set_cell(so.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a local area SEND accelerated progress plan (DfE-monitored, after an Ofsted/CQC revisit) as published by English local area partnerships 2024-25. Copied features: large title, partnership line and intro paragraph, one-row RAG key table, a heading per priority with the area-for-improvement paragraph above its own action table, school-term timescales, worded RAG with fill, sign-off table.",
        "reads": "Seven actions in three priority tables, each priority heading followed by the inspectors' area for improvement. Timescales are mostly school terms (Autumn -> December, Summer -> July); the RAG key and sign-off tables hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------- 6 BANES SAR (csv)
def banes():
    name = "zts-bath-and-north-east-somerset-cssp-sar-adult-r-action-plan.csv"
    title = "Safeguarding Adults Review – ‘Adult R’ – Multi-agency Action Plan"
    recs = [
        ("1", "The CSSP should seek assurance that agencies apply the Mental Capacity Act where a person repeatedly declines care that places them at risk.", [
            ("1a", "Deliver MCA and executive capacity learning sessions for adult social care, primary care and housing staff.", "All partners", "Designated Nurse Safeguarding Adults (ICB)", "31/03/2025", "Complete"),
            ("1b", "Multi-agency audit of capacity assessments in self-neglect cases, findings to Learning and Quality Subgroup.", "B&NES Council / ICB", "Head of Safeguarding (Adults) and Designated Nurse Safeguarding Adults (ICB)", "June 2025", "Green"),
        ]),
        ("2", "Partners should ensure that concerns about self-neglect are escalated to a multi-agency risk management meeting.", [
            ("2a", "Refresh the self-neglect and hoarding protocol to include clear escalation triggers and the route to a multi-agency risk management meeting.", "CSSP", "CSSP Business Manager", "Sept 2025 – Dec 2025", "Amber"),
            ("2b", "Promote the refreshed protocol through a 7-minute briefing and partner newsletters.", "CSSP", "CSSP Learning and Development Officer", "Jan-26", "Not started"),
        ]),
        ("3", "Hospital discharge arrangements should include a safeguarding check where there are known self-neglect concerns.", [
            ("3a", "Add a safeguarding prompt to the RUH discharge checklist for patients with known self-neglect or hoarding concerns.", "RUH", "RUH Named Nurse Safeguarding Adults; HCRG Care Group Safeguarding Lead", "31/10/2025", "Green"),
            ("3b", "Review a sample of discharges against the new prompt and report to the CSSP Executive.", "RUH / HCRG", "RUH Named Nurse Safeguarding Adults", "Ongoing", "Green"),
        ]),
    ]
    lines = []
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Bath and North East Somerset Community Safety and Safeguarding Partnership", "", "", "", "", "", "", ""])
    w.writerow([title, "", "", "", "", "", "", ""])
    w.writerow(["Updated: 14/10/2025", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["Rec", "Recommendation", "Action", "Agency", "Lead", "Target date", "Status", "Update"])
    ends = {"31/03/2025": "2025-03", "June 2025": "2025-06", "Sept 2025 – Dec 2025": "2025-12", "Jan-26": "2026-01", "31/10/2025": "2025-10", "Ongoing": None}
    stm = {"Complete": "blue", "Green": "green", "Amber": "amber", "Not started": "unrated"}
    leadmap = {"Head of Safeguarding (Adults) and Designated Nurse Safeguarding Adults (ICB)": ["Head of Safeguarding (Adults)", "Designated Nurse Safeguarding Adults (ICB)"],
               "RUH Named Nurse Safeguarding Adults; HCRG Care Group Safeguarding Lead": ["RUH Named Nurse Safeguarding Adults", "HCRG Care Group Safeguarding Lead"]}
    actions = []
    updates = iter(["Four sessions delivered, 212 staff attended.", "Audit tool agreed; audit in progress.", "Draft protocol out for partner comment.", "", "Prompt agreed at RUH Safeguarding Committee.", "First sample due Q4."])
    for rn, rt, acts in recs:
        for i, (ref, a, ag, lead, due, st) in enumerate(acts):
            w.writerow([ref, rt if i == 0 else "", a, ag, lead, due, st, next(updates)])
            actions.append(act(ref, [rt], a, leadmap.get(lead, [lead]), ends[due], stm[st], "Ongoing" if due == "Ongoing" else None))
    w.writerow([""] * 8)
    w.writerow(["Total actions: 6", "Complete: 1", "", "", "", "", "", ""])
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    write_expected(name, {
        "source": "Imitates a safeguarding adults review multi-agency action plan tracked by a combined community safety and safeguarding partnership (England, 2024-25), exported to CSV. Copied features: partnership and title lines, updated date, recommendation text only on the first row of its actions (blank on continuation rows), lettered refs, separate agency and lead columns, worded RAG, a period as target date, totals line at foot.",
        "reads": "Six actions answering three SAR recommendations; the recommendation text is written once and carries down to the next row. The agency column is not the lead; the totals line is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


# ---------------------------------------------------------------- 7 Merthyr corporate plan (txt)
def merthyr():
    name = "zts-merthyr-tydfil-cbc-corporate-plan-delivery-tracker-2025-26.txt"
    title = "Corporate Plan 2024-2029 – Delivery Tracker 2025/26"
    objs = [
        ("Well-being Objective 1: Children and young people get the best start in life", [
            ("Priority 1.1: Raise attainment and attendance", [
                ("WB1.01", "Roll out the whole-school attendance strategy to all secondary schools.", "Chief Officer Learning", "Jul-26", "G"),
                ("WB1.02", "Open the new Welsh-medium primary provision in the south of the borough.", "Head of Learning Infrastructure", "Sep-25", "C"),
            ]),
            ("Priority 1.2: Safe, well-supported children", [
                ("WB1.03", "Reduce reliance on out-of-county residential placements by opening a second in-house children’s home (Eliminate agenda).", "Head of Children’s Services / Commissioning Manager", "Q4 2025/26", "A"),
            ]),
        ]),
        ("Well-being Objective 2: Communities are safe, resilient and connected", [
            ("Priority 2.1: Good quality, affordable homes", [
                ("WB2.01", "Adopt the Local Housing Market Assessment and refresh the Housing Support Programme Strategy.", "Head of Housing and Public Protection", "Dec-25", "G"),
                ("WB2.02", "Bring 20 long-term empty properties back into use through the Empty Homes Grant.", "Housing Renewal Manager", "Mar-26", "R"),
            ]),
            ("Priority 2.2: A well-connected county borough", [
                ("WB2.03", "Complete active travel route design for Pentrebach to Merthyr town centre.", "Head of Engineering", "Q3 2025/26", "A"),
                ("WB2.04", "Review community transport grant arrangements with the Voluntary Action Merthyr Tydfil partnership.", "Head of Neighbourhood Services", "Ongoing", "G"),
            ]),
        ]),
    ]
    ends = {"Jul-26": "2026-07", "Sep-25": "2025-09", "Q4 2025/26": "2026-03", "Dec-25": "2025-12", "Mar-26": "2026-03", "Q3 2025/26": "2025-12", "Ongoing": None}
    stm = {"G": "green", "A": "amber", "R": "red", "C": "blue"}
    out = ["Merthyr Tydfil County Borough Council", title, "Quarter 2 (July – September 2025)",
           "RAG: G = on track, A = some delay, R = significant delay, C = completed", ""]
    actions = []
    for ob, pris in objs:
        out.append(ob)
        for pr, acts in pris:
            out.append(pr)
            out.append("Ref\tAction\tLead Officer\tDue\tRAG\tQ2 comment")
            for ref, a, lead, due, rag in acts:
                out.append("\t".join([ref, a, lead, due, rag, "Update provided by service."]))
                leads = ["Head of Children’s Services", "Commissioning Manager"] if "/" in lead else [lead]
                actions.append(act(ref, [ob, pr], a, leads, ends[due], stm[rag], "Ongoing" if due == "Ongoing" else None))
            out.append("")
    out.append("Notes: Due dates are as set in the 2025/26 Annual Delivery Plan. Exported from the performance system 17/10/2025.")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    write_expected(name, {
        "source": "Imitates a Welsh county borough council's corporate plan (well-being objectives) delivery tracker exported as tab-separated text for a quarterly scrutiny report, 2025-26. Copied features: council name, title and quarter lines, RAG key line with C = completed, well-being objective and priority heading lines, a column header repeated under each priority, quarter and month-year due dates, notes line.",
        "reads": "Seven delivery actions under two well-being objectives and their priorities. The key line says C = completed, so C reads as complete; header and notes lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
    }, actions)


if __name__ == "__main__":
    shropshire()
    knowsley()
    rr = wokingham()
    sefton()
    bury()
    banes()
    merthyr()
    print("built; wokingham refuse row", rr)
