"""Build the seven zbc- blind cases (data files and their expected readings).

Run with /work/main/.venv/bin/python zbc_make.py  (openpyxl, python-docx, pyyaml).
Only files whose names start with zbc- are written.
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
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- helpers

FILL = {
    "blue": "5B9BD5",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_expected(fname, doc):
    path = os.path.join(OUT, fname + ".expected.yaml")
    assert os.path.basename(path).startswith("zbc-")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True,
                       width=100000, default_flow_style=False)


def expected_actions(actions):
    out = []
    for a in actions:
        e = {
            "ref": a["ref"],
            "under": a["under"],
            "action": a["action"],
            "lead": a["lead"],
            "end": a["end"],
        }
        if a.get("end_text") is not None:
            e["end_text"] = a["end_text"]
        e["status"] = a["status"]
        out.append(e)
    return out


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Put text in a docx cell; '\n' in text becomes separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# =================================================================== 1
# HMP Northumberland - HMPPS action plan responding to HMI Prisons (docx)

def hmp_northumberland():
    fname = "zbc-hmp-northumberland-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Northumberland"
    concerns = [
        ("Priority concerns", "1. Illicit drugs were too easily available. More than a third of prisoners told us it was easy to get drugs, and the rate of positive random drug tests was among the highest of any category C prison.",
         "Agreed", "The Director accepts that the supply of drugs is the greatest threat to safety and to the regime. A revised Drug Strategy was published in January 2025.",
         [("1.1", "Install a second body scanner in the visits hall and introduce intelligence-led searching of all incoming prisoner property.", "Head of Security", "31 March 2025", ["Head of Security"], "2025-03", None),
          ("1.2", "Relaunch the monthly Drug Strategy Committee, chaired by the Deputy Director, to review testing, supply reduction and treatment data together.", "Deputy Director", "30/04/2025", ["Deputy Director"], "2025-04", None)]),
        ("Priority concerns", "2. Too many prisoners were locked in their cells during the working day, and there were not enough activity places for the population.",
         "Agreed", "An activities needs analysis has been completed and a revised regime will be consulted on with staff and prisoners.",
         [("2.1", "Review the regime and the activities allocation process so that every prisoner is allocated to full-time or part-time purposeful activity.", "Head of Reducing Reoffending / Head of Learning and Skills", "30 June 2025", ["Head of Reducing Reoffending", "Head of Learning and Skills"], "2025-06", None),
          ("2.2", "Open two additional workshops in the industries area (textiles and waste recycling), creating 80 further activity places.", "Head of Industries", "December 2025", ["Head of Industries"], "2025-12", None)]),
        ("Priority concerns", "3. Prisoners with mental health needs waited too long for assessment and treatment, and transfers to hospital under the Mental Health Act were delayed.",
         "Agreed", "The healthcare provider and NHS England commissioners have agreed a recovery plan for mental health services.",
         [("3.1", "Recruit to the vacant mental health nurse posts and introduce a single point of referral with weekly multidisciplinary triage.", "Head of Healthcare (Spectrum CIC)", "31 May 2025", ["Head of Healthcare (Spectrum CIC)"], "2025-05", None)]),
        ("Key concerns", "4. Levels of violence had risen since the last inspection, and leaders had not done enough to understand the causes.",
         "Agreed", "A violence reduction analyst post has been created within the Safer Custody team.",
         [("4.1", "Produce a quarterly violence diagnostic using incident data, prisoner survey findings and CSIP outcomes, and report it to the Safety Intervention Meeting.", "Head of Safer Custody and Head of Residence", "Q1 2025/26", ["Head of Safer Custody", "Head of Residence"], "2025-06", "Q1 2025/26")]),
        ("Key concerns", "5. Key work was not delivered consistently, and most prisoners had not had a key work session in the previous month.",
         "Partly Agreed", "Current staffing levels mean full delivery of the key worker scheme is not achievable during 2025. Delivery will be prioritised for prisoners at the greatest risk.",
         [("5.1", "Deliver key work sessions to all prisoners supported by an ACCT or CSIP plan and to all new arrivals during their first 28 days.", "Head of Residence", "Ongoing", ["Head of Residence"], None, "Ongoing")]),
        ("Key concerns", "6. Public protection arrangements were weak. Some high-risk prisoners had been released without their MAPPA management level being confirmed.",
         "Agreed", "Public protection casework is now overseen by the Head of Offender Management Unit.",
         [("6.1", "Confirm MAPPA management levels at least six months before release for all eligible prisoners, tracked at the monthly Interdepartmental Risk Management Meeting.", "Head of Offender Management Unit", "31/07/2025", ["Head of Offender Management Unit"], "2025-07", None),
          ("6.2", "Deliver public protection refresher training to all prison offender managers and case administrators.", "OMU Senior Probation Officer", "September 2025", ["OMU Senior Probation Officer"], "2025-09", None)]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Action Plan Submitted: 24 February 2025")
    doc.add_paragraph("A response to the HMI Prisons inspection 7 – 17 October 2024")
    doc.add_paragraph("Report published: 14 January 2025")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMI Prisons) is an independent inspectorate which reports on conditions "
        "for and treatment of those in prison, young offender institutions and other places of detention. "
        "In response to the report, HM Prison and Probation Service (HMPPS) and the Director of HMP "
        "Northumberland are required to produce a timely action plan to address the concerns raised.")
    doc.add_paragraph(
        "The action plan confirms whether each concern is agreed, partly agreed or not agreed (see the "
        "categorisation below). Where a concern is agreed or partly agreed, the plan sets out the specific "
        "actions to be taken, with the owner and timescale of each action clearly identified. HMP "
        "Northumberland is operated by Sodexo Justice Services under contract to HMPPS; delivery of this plan "
        "will be monitored by the HMPPS Controller and reported to the Contract Management Board.")
    doc.add_heading("Categorisation of responses", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Term", "Definition"),
        ("Agreed", "All of the concern is accepted, can be achieved and is affordable. Actions are SMART and will be tracked for progress."),
        ("Partly Agreed", "Only part of the concern is accepted and will be addressed. The response states clearly which part will be implemented."),
        ("Not Agreed", "The concern is not accepted and will not be implemented. The response explains why."),
    ]):
        set_cell(t.cell(i, 0), a, bold=(i == 0))
        set_cell(t.cell(i, 1), b, bold=(i == 0))
    col_widths(t, [3.5, 13])

    actions = []
    current_section = None
    for section, concern, agreed, response, acts in concerns:
        if section != current_section:
            doc.add_heading(section, level=1)
            current_section = section
        tb = doc.add_table(rows=3 + len(acts), cols=4)
        tb.style = "Table Grid"
        c = tb.cell(0, 0).merge(tb.cell(0, 3))
        set_cell(c, concern, bold=True)
        shade(c, "D9E2F3")
        set_cell(tb.cell(1, 0), agreed, bold=True)
        r = tb.cell(1, 1).merge(tb.cell(1, 3))
        set_cell(r, response)
        for j, h in enumerate(["No.", "Action", "Responsible owner", "Target date"]):
            set_cell(tb.cell(2, j), h, bold=True)
            shade(tb.cell(2, j), "F2F2F2")
        for k, (ref, text, owner, date, lead, end, end_text) in enumerate(acts):
            row = 3 + k
            set_cell(tb.cell(row, 0), ref)
            set_cell(tb.cell(row, 1), text)
            set_cell(tb.cell(row, 2), owner)
            set_cell(tb.cell(row, 3), date)
            actions.append(dict(ref=ref, under=[section, concern], action=text, lead=lead,
                                end=end, end_text=end_text, status="unrated"))
        col_widths(tb, [1.5, 9, 3.5, 2.5])
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, rowv in enumerate([("Role", "Name", "Date"),
                              ("Director, HMP Northumberland", "Signed", "24/02/2025"),
                              ("HMPPS Controller", "Signed", "24/02/2025")]):
        for j, v in enumerate(rowv):
            set_cell(so.cell(i, j), v, bold=(i == 0))
    doc.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": "Imitates the HMPPS action plans published on the Prison Finder pages in response to HMI Prisons "
                  "inspections (e.g. 'Action Plan: HMP Elmley ... A Response to the HMIP Inspection'), in the "
                  "post-May-2022 form where HMI Prisons reports priority concerns and key concerns instead of "
                  "recommendations (justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
                  "HMP Northumberland (Sodexo-run), plan submitted February 2025 after an October 2024 inspection. "
                  "Copied features: title block with submitted/published dates, introduction, categorisation table "
                  "(Agreed / Partly Agreed / Not Agreed), one table per concern with the concern in a merged shaded "
                  "row, an agreed/response row, then numbered actions with responsible owner and target date; "
                  "Priority concerns and Key concerns as section headings; sign-off table.",
        "reads": "An HMPPS action plan for HMP Northumberland answering six HMI Prisons concerns (three priority, "
                 "three key). Each concern sits in its own table, followed by whether it is agreed, a short response "
                 "and 1-2 numbered actions with an owner (job titles, sometimes two posts) and a target date. "
                 "There is no progress status: it is the plan as submitted.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    })
    return fname, len(actions)


# =================================================================== 2
# Suffolk Constabulary - HMICFRS national child protection inspection action plan (xlsx)

def suffolk_ncpi():
    fname = "zbc-suffolk-constabulary-hmicfrs-child-protection-inspection-action-plan.xlsx"
    title = "Suffolk Constabulary – HMICFRS National Child Protection Inspection: Force Action Plan"
    # (section, heading text, [actions])
    # action: ref, text, owner cell, target, revised, status, update, lead list, end
    plan = [
        ("Leadership, management and governance",
         "Recommendation 1: Within six months, Suffolk Constabulary should make sure its performance framework for child protection gives leaders a clear understanding of the quality of the service children receive, not only its volume.",
         [("R1.1", "Develop a child protection performance dashboard combining volume, timeliness and case-audit quality measures, reported quarterly to the Force Vulnerability Board.",
           "Head of Performance and Analysis", d(2024, 12, 31), d(2025, 3, 31), "blue",
           "Dashboard live from March 2025. First quarterly report to FVB in April 2025.", ["Head of Performance and Analysis"], "2025-03"),
          ("R1.2", "Introduce a monthly thematic case audit programme run by the Safeguarding Review Team, with findings fed back to investigators and supervisors.",
           "DI Safeguarding Review Team", d(2025, 1, 31), None, "blue",
           "Audit programme running since January 2025; themes to date: neglect, CSE, missing.", ["DI Safeguarding Review Team"], "2025-01")]),
        ("Initial contact",
         "Recommendation 2: Within six months, Suffolk Constabulary should make sure that call handlers consistently identify and record risks to children, and that THRIVE assessments are reviewed when new information is received.",
         [("R2.1", "Deliver child-centred policing training to all Contact and Control Room staff, including recording the voice of the child at first contact.",
           "Contact and Control Room Training Manager", d(2025, 3, 31), None, "blue",
           "412 of 418 staff trained (98.6%). Included in new starter course.", ["Contact and Control Room Training Manager"], "2025-03"),
          ("R2.2", "Change the incident log template so that a THRIVE review is mandatory whenever an incident is updated or regraded.",
           "Chief Inspector, Contact and Control Room; Head of IT Business Partnering", d(2025, 2, 28), d(2025, 12, 31), "amber",
           "System change delayed by the Athena upgrade. Interim manual review by duty inspector in place.",
           ["Chief Inspector, Contact and Control Room", "Head of IT Business Partnering"], "2025-12")]),
        ("Initial contact",
         "Area for improvement 1: The force should improve the quality and timeliness of its response to children who go missing, including how it shares information from return home interviews with the local authority.",
         [("AFI1.1", "Agree a revised missing children protocol with Suffolk County Council, including joint review of children missing three or more times in 90 days.",
           "Missing Persons Coordinator", d(2025, 11, 30), None, "green",
           "Draft protocol agreed at SSCP sub-group 14/10/2025; sign-off due November.", ["Missing Persons Coordinator"], "2025-11")]),
        ("Investigation",
         "Recommendation 3: Within six months, Suffolk Constabulary should make sure that child abuse investigations are allocated to staff with the right skills and are supervised effectively.",
         [("R3.1", "Review the crime allocation policy so that all child abuse investigations are allocated to PIP2-accredited investigators.",
           "Det Supt Safeguarding", d(2025, 3, 31), None, "blue",
           "Policy revised and published March 2025.", ["Det Supt Safeguarding"], "2025-03"),
          ("R3.2", "Set minimum supervisory review standards (at 7 and 28 days) and monitor compliance through the monthly Crime Standards Meeting.",
           "DCI Child Abuse Investigation Unit", d(2025, 6, 30), d(2026, 1, 31), "red",
           "Compliance 61% in September 2025 against 90% target. Recovery plan agreed at Crime Standards Meeting; escalated to ACC.",
           ["DCI Child Abuse Investigation Unit"], "2026-01")]),
        ("Managing those who pose a risk to children",
         "Area for improvement 2: The force should reduce the backlog of visits to, and risk assessments of, registered sex offenders.",
         [("AFI2.1", "Recruit four additional MOSOVO officers and clear the ARMS assessment backlog.",
           "DI Management of Sexual or Violent Offenders", d(2025, 12, 31), None, "amber",
           "Two officers in post, two in vetting. Backlog down from 96 to 41.",
           ["DI Management of Sexual or Violent Offenders"], "2025-12"),
          ("AFI2.2", "Introduce weekly backlog tracking at the Public Protection Unit tasking meeting.",
           "PPU Manager", d(2026, 1, 31), None, None,
           "Not yet started – depends on AFI2.1 recruitment.", ["PPU Manager"], "2026-01")]),
        ("Police detention",
         "Recommendation 4: Suffolk Constabulary should make sure that children are not held overnight in police custody unless it is unavoidable, and that local authority accommodation is requested in every case.",
         [("R4.1", "Introduce a custody inspector review at the point of charge for every child refused bail, with escalation to the local authority out-of-hours manager.",
           "Superintendent, Criminal Justice and Custody", d(2025, 5, 31), None, "green",
           "Review in place; monthly data reported to Custody Users Group. Overnight detentions of children down 40%.",
           ["Superintendent, Criminal Justice and Custody"], "2025-05")]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    info = [
        ("Report:", "National child protection inspection: Suffolk Constabulary (HMICFRS, published 18 June 2024)"),
        ("Senior responsible officer:", "Assistant Chief Constable, Local Policing and Safeguarding"),
        ("Reports to:", "Force Vulnerability Board; PCC Accountability and Performance Panel"),
        ("Classification:", "OFFICIAL"),
    ]
    for i, (a, b) in enumerate(info, start=3):
        cov.cell(i, 1, a).font = Font(bold=True)
        cov.cell(i, 2, b)
    cov["A8"] = "Version control"
    cov["A8"].font = Font(bold=True, size=12)
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("1.0", d(2024, 7, 30), "Safeguarding Strategic Lead", "Plan submitted to HMICFRS"),
          ("1.3", d(2025, 4, 7), "Safeguarding Strategic Lead", "Q4 2024/25 update; R1.1, R1.2, R2.1, R3.1 closed"),
          ("2.0", d(2025, 10, 31), "Safeguarding Strategic Lead", "Position at 31 October 2025 for APP meeting")]
    for i, rowv in enumerate(vc, start=9):
        for j, v in enumerate(rowv, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 9:
                c.font = Font(bold=True)
                c.fill = fill("grey")
    cov["A14"] = "Status key (colour of the Status cell)"
    cov["A14"].font = Font(bold=True, size=12)
    keyrows = [("blue", "Complete – evidence of completion accepted by the SRO"),
               ("green", "On track"),
               ("amber", "At risk of slipping – mitigation in place"),
               ("red", "Off track – escalated to ACC"),
               (None, "Not yet started")]
    for i, (col, txt) in enumerate(keyrows, start=15):
        c = cov.cell(i, 1, "")
        c.border = BOX
        if col:
            c.fill = fill(col)
        cov.cell(i, 2, txt)
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 90
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "NCPI action plan – recommendations and areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 31 October 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Recommendation / area for improvement", "Action", "Action owner",
             "Target date", "Revised date", "Status", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    widths = [9, 48, 55, 30, 12, 12, 9, 55]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    row = 5
    actions = []
    last_section = None
    for section, heading, acts in plan:
        if section != last_section:
            ws.cell(row, 1, section).font = Font(bold=True, size=11)
            for j in range(1, 9):
                ws.cell(row, j).fill = fill("pale")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            last_section = section
        first = row
        for ref, text, owner, target, revised, status, update, lead, end in acts:
            ws.cell(row, 1, ref)
            ws.cell(row, 3, text)
            ws.cell(row, 4, owner)
            c = ws.cell(row, 5, target)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row, 6, revised)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row, 7, None)
            if status:
                c.fill = fill(status)
            ws.cell(row, 8, update)
            for j in range(1, 9):
                ws.cell(row, j).alignment = WRAP
                ws.cell(row, j).border = BOX
            actions.append(dict(ref=ref, under=[section, heading], action=text, lead=lead,
                                end=end, end_text=None, status=status or "unrated"))
            row += 1
        ws.cell(first, 2, heading)
        ws.cell(first, 2).alignment = WRAP
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of action status at 31 October 2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for a in actions:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    rows = [("Status", "Actions"),
            ("Complete", counts.get("blue", 0)),
            ("On track", counts.get("green", 0)),
            ("At risk", counts.get("amber", 0)),
            ("Off track", counts.get("red", 0)),
            ("Not yet started", counts.get("unrated", 0)),
            ("Total", len(actions))]
    for i, (a, b) in enumerate(rows, start=3):
        sm.cell(i, 1, a).border = BOX
        sm.cell(i, 2, b).border = BOX
        if i == 3 or a == "Total":
            sm.cell(i, 1).font = Font(bold=True)
            sm.cell(i, 2).font = Font(bold=True)
    sm.column_dimensions["A"].width = 22
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": "Imitates a police force's action plan after an HMICFRS national child protection inspection (NCPI), "
                  "as reported to the PCC's accountability panel (programme described at "
                  "hmicfrs.justiceinspectorates.gov.uk/our-work/article/child-abuse-and-child-protection-issues/national-child-protection-inspection/; "
                  "report sections such as Leadership, management and governance / Initial contact / Investigation / "
                  "Managing those who pose a risk to children / Police detention as in the Derbyshire re-inspection). "
                  "Suffolk Constabulary, report June 2024, position October 2025. Copied features: cover sheet with "
                  "version control and a colour status key, section rows merged across the sheet, recommendation/AFI "
                  "text merged down over its actions, target and revised dates as Excel dates, status shown only by "
                  "cell colour, summary sheet of counts.",
        "reads": "A workbook whose 'Action plan' sheet lists ten actions answering four HMICFRS recommendations and two "
                 "areas for improvement, grouped by inspection area. The status of each action is the colour of its "
                 "Status cell, read with the cover-sheet key (blue complete, green on track, amber at risk, red off "
                 "track, no colour not started); where a revised date is given it is the due date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    })
    return fname, len(actions)


# =================================================================== 3
# West Yorkshire FRS - HMICFRS misconduct handling recommendations tracker (xlsx)

def wyfrs_misconduct():
    fname = "zbc-west-yorkshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    title = "West Yorkshire Fire and Rescue Service – HMICFRS Misconduct Handling Recommendations Tracker"
    letter = {"blue": "B", "green": "G", "amber": "A", "red": "R", None: ""}
    plan = [
        ("Culture and the Core Code of Ethics", [
            ("Recommendation 1 – By 1 February 2025, chief fire officers should, as a priority, make sure their staff are aware of and follow the Core Code of Ethics, and build the code into all relevant policies and practices.", [
                ("1.1", "Map the Core Code of Ethics against all people policies and add a Code of Ethics statement to each policy at its next review.",
                 "Head of Human Resources", d(2025, 1, 31), None, "green", "blue",
                 "All 34 people policies reviewed; statement added. Closed at People Board 12/02/2025.", ["Head of Human Resources"], "2025-01"),
                ("1.2", "Deliver Code of Ethics workshops to every watch and department, led by station managers using a facilitator pack.",
                 "Area Manager, Service Delivery", d(2025, 1, 31), d(2025, 3, 31), "amber", "blue",
                 "Workshops completed with all 168 watches and teams by 28/03/2025.", ["Area Manager, Service Delivery"], "2025-03"),
            ]),
            ("Recommendation 2 – By 1 February 2025, chief fire officers should make sure a policy for probationary staff is in place which makes clear that probationers who fail to meet the required standards of behaviour can be dismissed.", [
                ("2.1", "Revise the probation procedure for firefighters and support staff to state that probationers may be dismissed for failing to meet the standards of behaviour in the Core Code of Ethics.",
                 "HR Business Partner (Policy)", d(2025, 1, 31), None, "blue", "blue",
                 "Revised procedure agreed with representative bodies and published January 2025.", ["HR Business Partner (Policy)"], "2025-01"),
            ]),
            ("Recommendation 3 – By 1 May 2025, chief fire officers should make sure workforce plans allow staff to be moved between watches and stations when needed, and that firefighters who are promoted are posted to a different watch or station.", [
                ("3.1", "Amend the workforce planning procedure to allow proactive and reactive moves of wholetime staff between watches and stations.",
                 "Head of Human Resources and Area Manager, Service Delivery", d(2025, 4, 30), d(2025, 10, 31), "amber", "amber",
                 "Consultation with the FBU continuing; collective agreement expected at October JCC.",
                 ["Head of Human Resources", "Area Manager, Service Delivery"], "2025-10"),
                ("3.2", "Post firefighters on promotion (including temporary promotion of two months or more) to a different watch or station, recording any exception and the mitigation agreed.",
                 "Group Manager, Workforce Planning", d(2025, 4, 30), None, "green", "green",
                 "Applied to all promotions since May 2025; 3 exceptions recorded with mitigation.", ["Group Manager, Workforce Planning"], "2025-04"),
            ]),
        ]),
        ("Professional standards", [
            ("Recommendation 4 – By 1 February 2025, chief fire officers should make sure their services create, or have access to, a professional standards function to oversee misconduct cases.", [
                ("4.1", "Establish a Professional Standards Unit within HR with a manager and two investigators, reporting to the Director of People.",
                 "Director of People", d(2025, 2, 28), None, "amber", "blue",
                 "Unit in place from 1 April 2025; all three posts filled.", ["Director of People"], "2025-02"),
                ("4.2", "Agree a reciprocal arrangement with a neighbouring service for independent investigation of cases involving senior officers.",
                 "Director of People / Chief Fire Officer", d(2025, 3, 31), d(2025, 12, 31), "red", "amber",
                 "Memorandum of understanding drafted with South Yorkshire FRS; legal review under way.",
                 ["Director of People", "Chief Fire Officer"], "2025-12"),
            ]),
        ]),
        ("Misconduct investigations and outcomes", [
            ("Recommendation 7 – By 1 August 2025, chief fire officers should make sure everyone who investigates or hears misconduct cases has received suitable training.", [
                ("7.1", "Commission accredited workplace investigation training for all investigating officers and hearing managers.",
                 "Learning and Development Manager", d(2025, 7, 31), d(2025, 11, 30), "green", "amber",
                 "58 of 72 managers trained; remaining sessions booked for November.", ["Learning and Development Manager"], "2025-11"),
            ]),
            ("Recommendation 9 – By 1 August 2025, chief fire officers should make sure they record and monitor misconduct data, including the protected characteristics of those involved, so they can identify trends.", [
                ("9.1", "Implement a misconduct case management module in the HR system that records protected characteristics and outcomes.",
                 "Head of ICT and Head of Human Resources", d(2025, 7, 31), d(2026, 3, 31), "amber", "red",
                 "Supplier development slipped twice; interim spreadsheet log in use. Escalated to SLT.",
                 ["Head of ICT", "Head of Human Resources"], "2026-03"),
                ("9.2", "Report misconduct trend data to the Audit Committee.",
                 "Director of People", "Six-monthly", None, None, None,
                 "First report planned for March 2026 once 9.1 is in place.", ["Director of People"], None),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Report: Standards of behaviour: The handling of misconduct in fire and rescue services (HMICFRS, 1 August 2024)"
    ws["A3"] = "Audit Committee, 16 October 2025 – position as at 30 September 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Recommendation / WYFRS action", "Lead", "Original target", "Revised target",
             "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="C00000", end_color="C00000")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([7, 70, 32, 13, 13, 10, 10, 55], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w

    row = 6
    actions = []
    for theme, recs in plan:
        ws.cell(row, 1, theme).font = Font(bold=True, color="FFFFFF", size=11)
        for j in range(1, 9):
            ws.cell(row, j).fill = PatternFill("solid", start_color="404040", end_color="404040")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for rec, acts in recs:
            c = ws.cell(row, 1, rec)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for j in range(1, 9):
                ws.cell(row, j).fill = fill("grey")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            ws.row_dimensions[row].height = 32
            row += 1
            for ref, text, lead_cell, orig, rev, prev, cur, upd, lead, end in acts:
                vals = [ref, text, lead_cell, orig, rev, letter[prev], letter[cur], upd]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row, j, v if v != "" else None)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(row, 6).fill = fill(prev)
                if cur:
                    ws.cell(row, 7).fill = fill(cur)
                ws.cell(row, 6).alignment = Alignment(horizontal="center", vertical="top")
                ws.cell(row, 7).alignment = Alignment(horizontal="center", vertical="top")
                a = dict(ref=ref, under=[theme, rec], action=text, lead=lead, end=end,
                         end_text=(orig if isinstance(orig, str) else None), status=cur or "unrated")
                actions.append(a)
                row += 1
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary – current RAG status of actions"
    sm["A1"].font = Font(bold=True, size=12)
    cnt = {}
    for a in actions:
        cnt[a["status"]] = cnt.get(a["status"], 0) + 1
    rows = [("Current RAG", "No. of actions", "%"),
            ("Blue – complete", cnt.get("blue", 0)),
            ("Green – on track", cnt.get("green", 0)),
            ("Amber – at risk", cnt.get("amber", 0)),
            ("Red – off track", cnt.get("red", 0)),
            ("Not started", cnt.get("unrated", 0)),
            ("Total", len(actions))]
    for i, rv in enumerate(rows, start=3):
        sm.cell(i, 1, rv[0]).border = BOX
        sm.cell(i, 2, rv[1]).border = BOX
        if i == 3:
            sm.cell(i, 3, rv[2]).border = BOX
            for j in (1, 2, 3):
                sm.cell(i, j).font = Font(bold=True)
        else:
            sm.cell(i, 3, "=B%d/B9" % i).number_format = "0%"
            sm.cell(i, 3).border = BOX
    sm.cell(9, 1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 16

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (col, l, txt) in enumerate([
            ("blue", "B", "Complete – action delivered and evidence provided"),
            ("green", "G", "On track to meet the target date"),
            ("amber", "A", "At risk – some slippage, remedial action in place"),
            ("red", "R", "Off track – target date will be missed, escalated to SLT"),
            (None, "", "Blank – not started")], start=3):
        c = key.cell(i, 1, l or None)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
        if col:
            c.fill = fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": "Imitates a fire and rescue service's tracker of the 15 national recommendations in HMICFRS 'Standards of "
                  "behaviour: The handling of misconduct in fire and rescue services' (1 August 2024), as published by "
                  "services on their own sites and in committee appendices (e.g. staffordshirefire.gov.uk/what-we-do/hmicfrs/hmicfrs-standards-of-behaviour, "
                  "humbersidefire.gov.uk/about-us/our-inspection/standards-of-behaviour). West Yorkshire FRS, Audit "
                  "Committee October 2025. Copied features: title block, theme rows (dark fill) and recommendation rows "
                  "(grey fill) merged across the sheet with the HMICFRS text and deadline, numbered service actions "
                  "beneath, original and revised target dates, previous and current RAG as letters on matching fills, "
                  "summary sheet with formulas and a separate RAG key sheet.",
        "reads": "A tracker of ten WYFRS actions under six of the HMICFRS misconduct-handling recommendations, grouped in "
                 "three themes. Each action has a lead (job titles, sometimes two posts), an original and sometimes a "
                 "revised target date, and previous and current RAG letters; the current RAG and the revised date are "
                 "the ones that count. One action is reported six-monthly and has not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    })
    return fname, len(actions)


# =================================================================== 4
# Aquinas College (Stockport) - Ofsted post-inspection action plan, typo month -> refuse (xlsx)

def aquinas_piap():
    fname = "zbc-aquinas-college-stockport-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Aquinas College – Post-Inspection Action Plan (PIAP) 2025-26"
    plan = [
        ("Quality of education", [
            ("Leaders should make sure that teachers in the minority of subjects where assessment is weaker check what students know and remember before moving on to new topics.", [
                ("1.1", "Run a CPD programme on retrieval practice and checking for understanding for all teaching staff, with follow-up learning walks in the six priority subjects.",
                 "Assistant Principal (Teaching and Learning)", "October 2025",
                 "Learning walks show checking for understanding in at least 90% of lessons seen in priority subjects.", "G"),
                ("1.2", "Heads of department to revise schemes of work so that each unit includes planned low-stakes assessment and a review point.",
                 "Heads of Department", "December 2025",
                 "All revised schemes of work quality assured by Curriculum Leaders.", "G"),
            ]),
            ("Leaders should make sure that students on level 2 vocational programmes attend their English and mathematics lessons regularly.", [
                ("2.1", "Introduce same-day attendance follow-up for English and maths lessons, with parents and carers contacted after a second absence.",
                 "Head of Learner Services & Head of English and Maths", "November 2025",
                 "Attendance at English and maths lessons for level 2 students rises from 79% to 88%.", "A"),
                ("2.2", "Timetable English and maths lessons alongside vocational sessions on the same day for all level 2 programmes.",
                 "Vice Principal (Curriculum)", "Janaury 2026",
                 "New timetable in place for semester 2.", "A"),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should improve careers guidance for students who do not intend to go to university so that they understand the full range of apprenticeship and employment options open to them.", [
                ("3.1", "Appoint an apprenticeships and employability adviser and hold an apprenticeship fair in partnership with Stockport employers.",
                 "Careers Leader", "March 2026",
                 "All non-HE-intending students have a personal guidance interview by March 2026.", "G"),
                ("3.2", "Track destinations of non-HE-intending leavers and report them to the Quality and Standards Committee.",
                 "Director of Student Services", "July 2026",
                 "Destination data collected for at least 85% of leavers.", ""),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Ofsted inspection: 11 – 14 March 2025 | Report published: 24 April 2025 | Overall effectiveness: Good"
    ws["A3"] = "Presented to the Quality and Standards Committee, 1 July 2025; progress update for the Corporation, 9 December 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Area for improvement (Ofsted report)", "No.", "Action", "Lead(s)", "Timescale",
             "Success criteria / impact", "RAG"]
    HEAD_ROW = 5
    for j, h in enumerate(heads, start=1):
        c = ws.cell(HEAD_ROW, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        c.alignment = WRAP
        c.border = BOX
    for j, w in enumerate([45, 6, 55, 30, 14, 45, 7], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ragfill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    row = HEAD_ROW + 1
    typo_row = None
    for judgement, afis in plan:
        ws.cell(row, 1, judgement).font = Font(bold=True)
        for j in range(1, 8):
            ws.cell(row, j).fill = fill("grey")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 1
        for afi, acts in afis:
            first = row
            for no, text, lead, when, success, rag in acts:
                vals = [None, no, text, lead, when, success, rag or None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag:
                    ws.cell(row, 7).fill = fill(ragfill[rag])
                if when.startswith("Janaury"):
                    typo_row = row
                row += 1
            ws.cell(first, 1, afi).alignment = WRAP
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row, 1, "RAG: G = on track   A = some delay, action being taken   R = off track   B = complete   blank = not yet started").font = Font(italic=True, size=9)
    wb.save(os.path.join(OUT, fname))
    assert typo_row is not None

    write_expected(fname, {
        "source": "Imitates a sixth form college's post-inspection action plan after an Ofsted further education and "
                  "skills inspection (areas for improvement from 'What does the provider need to do to improve?', FE "
                  "and skills handbook gov.uk/government/publications/further-education-and-skills-inspection-handbook-eif), "
                  "as taken to a college quality committee. Aquinas College, Stockport, 2025-26. Copied features: title "
                  "block with inspection and committee dates, judgement rows merged across, the Ofsted area for "
                  "improvement merged down beside its numbered actions, leads, text timescales, success criteria, RAG "
                  "letters on fills, RAG key line under the table.",
        "reads": "A one-sheet PIAP with six actions under three Ofsted areas for improvement. The timescale of action "
                 "2.2 reads 'Janaury 2026', a mistyped month: a careful reader would stop and ask what date was meant "
                 "before importing the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return fname, typo_row


# =================================================================== 5
# Cardiff Metropolitan University ITE partnership - Estyn post-inspection action plan (docx)

def cardiff_met_ite():
    fname = "zbc-cardiff-metropolitan-university-ite-partnership-estyn-post-inspection-action-plan.docx"
    title = "Cardiff Partnership for Initial Teacher Education – Post-Inspection Action Plan 2025-26"
    recs = [
        ("Recommendation 1: Strengthen the quality assurance of school-based mentoring to reduce the variability in the support that student teachers receive", [
            ("1.1", "Introduce a partnership-wide mentor quality framework, including:\n• paired observation of mentor meetings by university tutors\n• a termly mentor self-evaluation return\n• clear escalation where a placement is not meeting expectations",
             "Director of Partnership", "September 2025", "Framework in use in all lead and partner schools; escalation log shows concerns resolved within 10 working days.", "Blue",
             ["Director of Partnership"], "2025-09", None, "blue"),
            ("1.2", "Provide accredited mentor development (Level 7 module) for all new school mentors and a refresher for experienced mentors.",
             "Head of School of Education & Director of Partnership", "By 31 January 2026", "At least 85% of mentors complete the module or refresher.", "Green",
             ["Head of School of Education", "Director of Partnership"], "2026-01", None, "green"),
            ("1.3", "Moderate a sample of mentor reports on student progress in each placement block and feed back to lead mentors.",
             "Lead Mentors (partner schools)", "Each placement block", "Moderation records show consistent judgements across schools.", "Green",
             ["Lead Mentors (partner schools)"], None, "Each placement block", "green"),
        ]),
        ("Recommendation 2: Improve the coherence between university-led and school-led elements of the programmes so that student teachers link theory and practice consistently", [
            ("2.1", "Redesign the PGCE Secondary programme map so that each university session is linked to a directed school-based task.",
             "Programme Directors (Primary and Secondary)", "Sept 2025 – July 2026", "Student survey: 80% agree that university and school learning are well connected.", "Green",
             ["Programme Directors (Primary and Secondary)"], "2026-07", "Sept 2025 – July 2026", "green"),
            ("2.2", "Hold joint planning days for university tutors and school-based tutors before each placement block.",
             "Dr S. Morgan; Mr D. Price", "December 2025", "Joint planning days held; attendance from all lead schools.", "Amber",
             ["Dr S. Morgan", "Mr D. Price"], "2025-12", None, "amber"),
        ]),
        ("Recommendation 3: Develop student teachers' lesson planning skills, particularly in identifying clear learning intentions", [
            ("3.1", "Introduce a common lesson planning template with worked exemplars for each phase and subject.",
             "Programme Directors (Primary and Secondary)", "October 2025", "Template used by all students from placement 1.", "Blue",
             ["Programme Directors (Primary and Secondary)"], "2025-10", None, "blue"),
            ("3.2", "Add a planning-focused formative assessment point in semester 2 with individual feedback.",
             "Subject Tutors", "Summer term 2026", "Planning scores at the end-of-year assessment improve on 2024-25 baseline.", "Not started",
             ["Subject Tutors"], "2026-07", "Summer term 2026", "unrated"),
        ]),
        ("Recommendation 4: Make better use of self-evaluation and student feedback to bring about timely improvements across the partnership", [
            ("4.1", "Establish a 'You said, we did' process, with student representatives reporting to each meeting of the Partnership Management Group.",
             "Head of Quality (School of Education)", "November 2025", "Response to student issues within 4 weeks; published termly summary.", "Amber",
             ["Head of Quality (School of Education)"], "2025-11", None, "amber"),
            ("4.2", "Align the partnership self-evaluation report and improvement plan with the Estyn inspection framework and present it annually to the Strategic Partnership Board.",
             "Director of Partnership", "Ongoing", "Self-evaluation report approved by the Board each June.", "Green",
             ["Director of Partnership"], None, "Ongoing", "green"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Cardiff Metropolitan University, Cardiff School of Education and Social Policy, with its lead partner schools")
    doc.add_paragraph("Response to the Estyn inspection of initial teacher education (inspection: January 2025; report published: April 2025)")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=6, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "2.1"), ("Owner", "Director of Partnership"),
                                ("Approved by", "ITE Strategic Partnership Board"),
                                ("Date approved", "17 June 2025"),
                                ("Last updated", "3 November 2025"),
                                ("Next review", "Termly")]):
        set_cell(dc.cell(i, 0), a, bold=True)
        set_cell(dc.cell(i, 1), b)
    col_widths(dc, [4, 10])

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "Estyn made four recommendations in its report. This plan sets out the actions the partnership will take "
        "in response. Progress is monitored by the Partnership Management Group each half term and reported to the "
        "Strategic Partnership Board.")
    doc.add_paragraph("Progress key: Blue – complete; Green – on track; Amber – some slippage, action in hand; "
                      "Red – significant concern; Not started – due to begin later in the year.")

    actions = []
    for rec, acts in recs:
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "Progress"]):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "F4CCCC")
        for k, (ref, text, lead_cell, when, success, prog, lead, end, end_text, status) in enumerate(acts, start=1):
            for j, v in enumerate([ref, text, lead_cell, when, success, prog]):
                set_cell(tb.cell(k, j), v)
            actions.append(dict(ref=ref, under=[rec], action=text, lead=lead, end=end,
                                end_text=end_text, status=status))
        col_widths(tb, [1.2, 6.5, 3, 2.5, 4, 2])
        doc.add_paragraph("")

    doc.add_heading("Glossary", level=2)
    gl = doc.add_table(rows=4, cols=2)
    gl.style = "Table Grid"
    for i, (a, b) in enumerate([("Term", "Meaning"), ("ITE", "Initial teacher education"),
                                ("PGCE", "Postgraduate Certificate in Education"),
                                ("Lead Mentor", "The senior mentor in each partner school who coordinates placements")]):
        set_cell(gl.cell(i, 0), a, bold=(i == 0))
        set_cell(gl.cell(i, 1), b, bold=(i == 0))
    doc.save(os.path.join(OUT, fname))

    write_expected(fname, {
        "source": "Imitates a Welsh ITE partnership's post-inspection action plan after an Estyn inspection of initial "
                  "teacher education (Estyn ITE guidance 'How we inspect Initial Teacher Education'; themes from Estyn's "
                  "ITE sector reports annual-report.estyn.gov.wales/2023/initial-teacher-education/: mentoring quality "
                  "assurance, coherence of university and school elements, lesson planning, self-evaluation). Cardiff "
                  "Metropolitan University partnership, 2025-26. Copied features: title and context lines, document "
                  "control table, progress key paragraph, one heading per Estyn recommendation with its own action "
                  "table (Ref, Actions, Lead(s), Timescale, Success criteria, Progress), bulleted lines inside an action "
                  "cell, glossary table at the end.",
        "reads": "A Word plan answering four Estyn recommendations with nine numbered actions, each under a "
                 "'Recommendation n:' heading. Leads are posts or named tutors (two in some cells), timescales mix "
                 "months, a 'By' date, a period, a school term and words, and progress is a RAG word or 'Not started'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    })
    return fname, len(actions)


# =================================================================== 6
# Probation Service Devon and Torbay PDU - HMI Probation inspection action plan (csv)

def devon_torbay_pdu():
    fname = "zbc-probation-service-devon-and-torbay-pdu-hmip-inspection-action-plan.csv"
    title = "Devon and Torbay PDU – Action Plan in response to the HMI Probation inspection"
    header = ["Recommendation", "Agreed?", "Action No", "Action", "Action Owner", "Target Date",
              "Revised Target Date", "RAG", "Progress Update"]
    sections = [
        ("Recommendations for the Devon and Torbay PDU", [
            ("1. Improve the quality of assessment and planning for risk of harm, making sure that information from domestic abuse and child safeguarding enquiries is obtained and analysed in all relevant cases", "Agreed", [
                ("1.1", "Introduce a domestic abuse and safeguarding enquiries checklist at allocation, countersigned by the SPO before the initial sentence plan is completed",
                 "Senior Probation Officers (all teams)", "31/01/2025", "", "Complete",
                 "Checklist in use from January 2025. March audit: 88% compliance.", ["Senior Probation Officers (all teams)"], "2025-01", "blue"),
                ("1.2", "Deliver risk of harm assessment and risk management planning workshops to all PQiPs and newly qualified probation officers",
                 "Quality Development Officer", "31/03/2025", "30/06/2025", "Complete",
                 "Four workshops delivered; 37 staff attended.", ["Quality Development Officer"], "2025-06", "blue"),
            ]),
            ("2. Make sure that home visits are completed in all cases where they are needed to manage the risk of harm", "Agreed", [
                ("2.1", "Set a PDU expectation for home visits in all cases with child safeguarding or domestic abuse concerns and monitor completion through the monthly performance pack",
                 "Head of PDU / Deputy Head of PDU", "28/02/2025", "", "Green",
                 "Home visit completion 71% in September against an 80% target; improving each month.",
                 ["Head of PDU", "Deputy Head of PDU"], "2025-02", "green"),
            ]),
            ("3. Increase access to interventions, including accredited programmes, for people on probation", "Partly agreed", [
                ("3.1", "Reduce the waiting list for Building Choices by running additional groups in Exeter and Torquay",
                 "Interventions Manager", "31/03/2025", "31/12/2025", "Amber",
                 "Two extra groups running. Two facilitator vacancies remain; recruitment under way.",
                 ["Interventions Manager"], "2025-12", "amber"),
            ]),
        ]),
        ("Recommendations for the South West region", [
            ("4. Develop a workforce plan that addresses staffing shortfalls in the Devon and Torbay PDU, particularly for probation officers in North Devon", "Agreed", [
                ("4.1", "Prioritise Devon and Torbay for PQiP allocations in the 2025 intake",
                 "Regional Probation Director", "30/04/2025", "", "Complete",
                 "Nine PQiPs allocated (three to Barnstaple).", ["Regional Probation Director"], "2025-04", "blue"),
                ("4.2", "Agree a relocation and retention package for probation officers in the North Devon office",
                 "Regional Head of HR", "Q3 2025/26", "", "Red",
                 "Business case with HMPPS HQ; decision awaited. Risk escalated to Regional Leadership Team.",
                 ["Regional Head of HR"], "2025-12", "red"),
            ]),
            ("5. Make sure that accommodation services meet the needs of people on probation in Devon and Torbay, including those released from custody", "Agreed", [
                ("5.1", "Review Commissioned Rehabilitative Services accommodation provision with the provider and address the gaps identified",
                 "Regional Head of Commissioning", "Ongoing", "", "",
                 "Contract review meeting scheduled for November 2025.", ["Regional Head of Commissioning"], None, "unrated"),
            ]),
        ]),
    ]

    lines = [
        [title] + [""] * 8,
        ["Probation Service – South West Region | Report published 19 November 2024 | Tracker export 06/10/2025"] + [""] * 8,
        [""] * 9,
        header,
    ]
    actions = []
    for sec, recs in sections:
        lines.append([sec] + [""] * 8)
        for rec, agreed, acts in recs:
            for k, (no, text, owner, target, revised, rag, upd, lead, end, status) in enumerate(acts):
                lines.append([rec if k == 0 else "", agreed if k == 0 else "", no, text, owner,
                              target, revised, rag, upd])
                end_text = target if target in ("Ongoing",) else None
                if target.startswith("Q3"):
                    end_text = target
                actions.append(dict(ref=no, under=[sec, rec], action=text, lead=lead, end=end,
                                    end_text=end_text, status=status))
    lines.append([""] * 9)
    lines.append(["RAG: Complete = action closed with evidence; Green = on track; Amber = some risk to delivery; Red = off track; blank = not started"] + [""] * 8)
    lines.append(["Source: PDU action plan tracker v7 (SharePoint) – owner: PDU Business Manager"] + [""] * 8)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    write_expected(fname, {
        "source": "Imitates an HMPPS action plan responding to an HMI Probation inspection of a probation delivery unit "
                  "(PDU inspection programme hmiprobation.justiceinspectorates.gov.uk/about-us/our-inspections/pdu; "
                  "recommendations addressed separately to the PDU and to the region; agreed / partly agreed "
                  "categorisation as in the HMPPS action plan template 'A Response to the HMIProbation Inspection "
                  "Report'), exported as CSV from a SharePoint tracker. Devon and Torbay PDU, report November 2024, "
                  "export October 2025. Copied features: title and context lines above the header, section lines "
                  "for PDU and regional recommendations, numbered recommendation text and Agreed? only on the first "
                  "row of its actions (blank on continuation rows), target and revised target dates, RAG words with "
                  "'Complete', a RAG key line and a source note at the foot.",
        "reads": "A CSV tracker of seven actions answering five HMI Probation recommendations, three for the PDU and "
                 "two for the South West region. Each recommendation is written once, on the first row of its actions; "
                 "where a revised target date is given it replaces the original, and 'Complete' means done.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    })
    return fname, len(actions)


# =================================================================== 7
# Towerbank Primary School - school improvement plan 2025-26 (tab-separated txt)

def towerbank_sip():
    fname = "zbc-towerbank-primary-school-improvement-plan-2025-26.txt"
    title = "Towerbank Primary School – School Improvement Plan 2025-26"
    priorities = [
        ("Priority 1: Raise attainment in writing across the school",
         "Improvement in attainment, particularly in literacy and numeracy",
         "2.3 Learning, teaching and assessment; 3.2 Raising attainment and achievement", [
             ("1.1", "Introduce a whole-school writing progression framework (P1-P7) with moderated exemplars for each CfE level",
              "DHT (Literacy)", "Oct 2025", "All classes using the framework; 3 pieces per pupil moderated each term", "G",
              ["DHT (Literacy)"], "2025-10", None, "green"),
             ("1.2", "Moderate writing with cluster schools at two joint in-service sessions, focusing on First and Second Level",
              "Mrs Patel / Mr Grant", "Nov 2025 - Mar 2026", "Teacher judgements agreed with cluster in at least 90% of samples", "G",
              ["Mrs Patel", "Mr Grant"], "2026-03", "Nov 2025 - Mar 2026", "green"),
             ("1.3", "Run targeted writing groups for P5-P7 learners not on track, using PEF-funded support for learning assistant time",
              "PEF Lead Teacher", "Jan - Jun 2026", "80% of targeted learners make accelerated progress (tracking data)", "A",
              ["PEF Lead Teacher"], "2026-06", "Jan - Jun 2026", "amber"),
         ]),
        ("Priority 2: Improve wellbeing and children's rights through pupil participation",
         "Placing the human rights and needs of every child and young person at the centre of education",
         "3.1 Ensuring wellbeing, equality and inclusion; 2.4 Personalised support", [
             ("2.1", "Work towards the Rights Respecting Schools Gold award", "HT", "June 2026",
              "Gold accreditation visit completed", "G", ["HT"], "2026-06", None, "green"),
             ("2.2", "Relaunch pupil leadership groups, each with its own pupil voice action plan",
              "DHT (HWB)", "Sept 2025", "Every pupil is a member of a leadership group", "B",
              ["DHT (HWB)"], "2025-09", None, "blue"),
             ("2.3", "Set up a nurture space and train two pupil support assistants in the Boxall Profile",
              "Support for Learning Leader", "Dec 2025", "Boxall baseline and review completed for all nurture pupils", "A",
              ["Support for Learning Leader"], "2025-12", None, "amber"),
         ]),
        ("Priority 3: Close the poverty-related attainment gap in numeracy",
         "Closing the attainment gap between the most and least disadvantaged children and young people",
         "2.3 Learning, teaching and assessment; 3.2 Raising attainment and achievement", [
             ("3.1", "Implement daily number talks in all classes P1-P7", "PT Numeracy", "Aug 2025 - Jun 2026",
              "Number talks observed in all classes; SNSA numeracy gap (SIMD 1-2) narrows", "G",
              ["PT Numeracy"], "2026-06", "Aug 2025 - Jun 2026", "green"),
             ("3.2", "Track the attainment of learners in SIMD 1-2 and care-experienced learners at termly attainment meetings",
              "HT / DHT", "Termly", "Tracking shows named interventions for every learner off track", "G",
              ["HT", "DHT"], None, "Termly", "green"),
             ("3.3", "Hold family learning workshops on supporting numeracy at home (P1 and P4)",
              "Class Teachers", "Feb 2026", "At least 60% of P1 and P4 families attend", "",
              ["Class Teachers"], "2026-02", None, "unrated"),
         ]),
    ]
    lines = [
        title,
        "City of Edinburgh Council – Learning and Teaching",
        "Head Teacher: Mrs A. Kerr\tApproved by Parent Council: 9 September 2025",
        "",
        "Key (RAG): B = complete\tG = on track\tA = partly on track\tR = not on track\tblank = not yet started",
        "",
    ]
    actions = []
    for pri, nif, qis, acts in priorities:
        lines.append(pri)
        lines.append("NIF priority:\t" + nif)
        lines.append("HGIOS4 QIs:\t" + qis)
        lines.append("Ref\tAction\tLead(s)\tTimescale\tMeasures of success\tRAG")
        for ref, text, lead_cell, when, measure, rag, lead, end, end_text, status in acts:
            lines.append("\t".join([ref, text, lead_cell, when, measure, rag]))
            actions.append(dict(ref=ref, under=[pri], action=text, lead=lead, end=end,
                                end_text=end_text, status=status))
        lines.append("")
    lines.append("Progress will be reviewed with staff at each in-service day and reported in the Standards and Quality Report, June 2026.")
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(fname, {
        "source": "Imitates a Scottish primary school's annual School Improvement Plan (the forward-looking half of the "
                  "Standards and Quality and Improvement Plan cycle, blogs.glowscotland.org.uk; priorities tied to the "
                  "National Improvement Framework priorities, education.gov.scot/about-education-scotland/what-we-do/implementing-the-national-improvement-framework, "
                  "and How good is our school? (4th ed.) quality indicators), saved as tab-separated text. Towerbank "
                  "Primary School, Edinburgh, 2025-26. Copied features: title and school/approval lines, a RAG key "
                  "line, a 'Priority n:' heading per priority with NIF priority and HGIOS4 QI lines, then a header row "
                  "and numbered actions with leads, timescales (months and ranges, 'Termly'), measures of success and "
                  "RAG letters; closing note line.",
        "reads": "A tab-separated school improvement plan with three priorities and nine numbered actions. Each priority "
                 "heading is followed by its NIF priority and quality indicators (context, not actions) and a table of "
                 "actions whose RAG letters follow the key at the top (B complete, blank not started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    })
    return fname, len(actions)


if __name__ == "__main__":
    for fn in (hmp_northumberland, suffolk_ncpi, wyfrs_misconduct, aquinas_piap,
               cardiff_met_ite, devon_torbay_pdu, towerbank_sip):
        print(fn())
