"""Build the seven zey- blind test files (set heldout810).

Run with: /work/main/.venv/bin/python zey_make.py
Writes only files whose names start with "zey-" in this folder.
"""
import csv
import io
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zey-")
    return os.path.join(HERE, name)


def d(s):
    """dd/mm/yyyy -> datetime"""
    return datetime.strptime(s, "%d/%m/%Y")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


BLUE = "5B9BD5"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
LIGHT = "F2F2F2"


# ---------------------------------------------------------------------------
# 1. Merseyside Police - HMICFRS serious youth violence recommendations tracker (CSV)
# ---------------------------------------------------------------------------
def make_merseyside_csv():
    report = "An inspection of how well the police tackle serious youth violence"
    pub = "08/03/2023"
    rec1 = ("By 31 March 2024, chief constables should make sure their officers are "
            "trained in the use of outcome 22.")
    rec2 = ("By 31 March 2024, chief constables should work with schools, local authorities "
            "and violence reduction units to evaluate how effective their school liaison "
            "officers are at preventing serious youth violence.")
    header = ["Report", "Published", "Rec Ref", "Recommendation", "Action Ref", "Action",
              "Action Owner", "Portfolio", "Original Due Date", "Revised Due Date", "Status",
              "RAG", "Latest Update", "Update Date"]
    rows = [
        ["SYV-R1", rec1, "SYV-R1.1",
         "Draft and publish a force policy on the use of outcome 22 for children and young "
         "people, aligned to the Child Centred Policing strategy and the youth justice "
         "diversion offer.",
         "Head of Criminal Justice", "Crime & Justice", "30/09/2023", "", "Complete", "B",
         "Policy published on the intranet 18/09/2023. Signed off at Criminal Justice Board."],
        ["SYV-R1", rec1, "SYV-R1.2",
         'Deliver an "Outcome 22 – what, when, why" e-learning package to all response, '
         "neighbourhood and investigation officers and staff, and report completion rates "
         "by command.",
         "Learning & Development Manager", "Crime & Justice", "31/03/2024", "30/06/2024",
         "At Risk", "A",
         "Package live on 12/02/2024.\nCompletion at 30/04/2024: Response 71%, "
         "Neighbourhood 84%, Investigations 58%.\nRevised date agreed at Force Tasking – "
         "reminder issued by DCC."],
        ["SYV-R1", rec1, "SYV-R1.3",
         "Add outcome 22 disposals for under-18s to the Out of Court Resolutions Scrutiny "
         "Panel dip sample, with quarterly findings reported to the Local Criminal Justice "
         "Board.",
         "Ch Insp Criminal Justice / Supt Public Protection", "Crime & Justice",
         "31/03/2024", "31/07/2024", "On Track", "G",
         "First panel held 19/04/2024 (20 cases dip sampled). Q1 report to LCJB in July."],
        ["SYV-R2", rec2, "SYV-R2.1",
         "Map the current deployment of schools engagement officers across Liverpool, "
         "Knowsley, Sefton, St Helens and Wirral, including time spent in schools, referrals "
         "made and exclusions avoided.",
         "Supt Prevention Hub", "Local Policing", "31/10/2023", "", "Complete", "B",
         "Mapping completed and presented to Prevention Board 24/10/2023."],
        ["SYV-R2", rec2, "SYV-R2.2",
         "Agree an information-sharing protocol with the five local authorities so that "
         "neighbourhood teams are told when a pupil is at risk of permanent exclusion.",
         "DCI Partnerships", "Local Policing", "31/01/2024", "", "Complete", "B",
         "ISP signed by all five local authorities; in use from 01/02/2024."],
        ["SYV-R2", rec2, "SYV-R2.3",
         "Jointly commission an independent evaluation of the schools engagement model with "
         "the Merseyside Violence Reduction Partnership (MVRP), including the views of "
         "pupils and teachers.",
         "Supt Prevention Hub & MVRP Director", "Local Policing", "31/03/2024",
         "31/12/2024", "Off Track", "R",
         "Procurement paused – MVRP funding for 2024/25 confirmed late.\nEvaluator now "
         "appointed; fieldwork to start September 2024."],
        ["SYV-R2", rec2, "SYV-R2.4",
         "Present the evaluation findings and recommended changes to the Serious Violence "
         "Duty strategic board and the Chief Officer Group.",
         "ACC Local Policing", "Local Policing", "31/03/2024", "31/03/2025", "Not Started",
         "", "Dependent on SYV-R2.3."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        recref, rec, aref, act, owner, port, orig, rev, status, rag, upd = r
        w.writerow([report, pub, recref, rec, aref, act, owner, port, orig, rev, status, rag,
                    upd, "02/05/2024"])
    with open(out("zey-merseyside-police-hmicfrs-serious-youth-violence-recommendations-tracker.csv"),
              "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 2. Surrey FRS - Grenfell Tower Inquiry recommendations tracker (XLSX)
# ---------------------------------------------------------------------------
def make_surrey_xlsx():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Surrey Fire and Rescue Service – Grenfell Tower Inquiry Recommendations Tracker"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Position as at 31 October 2025 – reported to the Service Leadership Team"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Change"),
          ("v3.2", "04/11/2025", "Operational Assurance Team", "Q2 2025/26 progress updates"),
          ("v3.1", "05/08/2025", "Operational Assurance Team", "Q1 2025/26 progress updates"),
          ("v3.0", "12/11/2024", "Operational Assurance Team",
           "Phase 2 recommendations added; Phase 1 closed actions archived")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A10"] = "RAG key (Current RAG is shown by cell colour on the tracker sheets)"
    cov["A10"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence accepted by the Operational Assurance Board"),
           (GREEN, "On track"),
           (AMBER, "At risk – may miss target date"),
           (RED, "Off track – target date missed or action blocked"),
           (None, "Not started")]
    for i, (col, txt) in enumerate(key):
        c = cov.cell(row=11 + i, column=1, value=None)
        c.border = BOX
        if col:
            c.fill = fill(col)
        cov.cell(row=11 + i, column=2, value=txt)
    cov["A17"] = "Summary of actions"
    cov["A17"].font = Font(bold=True)
    summ = [("Status", "Phase 1", "Phase 2", "Total"),
            ("Complete", 0, 2, 2), ("On track", 1, 2, 3), ("At risk", 1, 1, 2),
            ("Off track", 0, 0, 0), ("Not started", 0, 1, 1), ("Total", 2, 6, 8)]
    for i, row in enumerate(summ):
        for j, v in enumerate(row):
            c = cov.cell(row=18 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0 or i == len(summ) - 1:
                c.font = Font(bold=True)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 50

    # --- Phase 1 sheet
    p1 = wb.create_sheet("Phase 1 (open)")
    p1["A1"] = "Phase 1 recommendations – remaining open actions"
    p1["A1"].font = Font(bold=True, size=12)
    hdr = ["GTI Ref", "Recommendation", "Action", "Action owner", "Original target",
           "Revised target", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = p1.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    p1rows = [
        ("33.22(c)",
         "That all fire and rescue services be equipped to receive and store electronic plans "
         "and to make them available to incident commanders and control room managers.",
         "Complete roll-out of the premises risk information portal to all front-line "
         "appliance mobile data terminals and to Joint Fire Control workstations.",
         "GM Operational Risk Information", "31/03/2025", "31/12/2025", "A", AMBER,
         "Portal live on 41 of 54 appliances. Remaining MDTs depend on the in-cab hardware "
         "refresh; supplier delivery slipped to December."),
        ("33.12(b)",
         "That all fire and rescue services develop policies for partial and total evacuation "
         "of high-rise residential buildings and training to support them.",
         "Deliver the annual high-rise evacuation refresher for all watches, including a "
         "multi-agency live exercise at a Surrey high-rise premises.",
         "GM Training & Development / SM Operational Policy", "31/03/2025", "30/11/2025", "A",
         GREEN,
         "Refresher 94% complete. Live exercise held in Woking on 18/09/2025; debrief report "
         "due November."),
    ]
    for i, (ref, rec, act, own, o, r, prev, cur, upd) in enumerate(p1rows):
        rr = 4 + i
        vals = [ref, rec, act, own, d(o), d(r), prev, None, upd]
        for j, v in enumerate(vals):
            c = p1.cell(row=rr, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if j in (4, 5):
                c.number_format = "dd/mm/yyyy"
        p1.cell(row=rr, column=8).fill = fill(cur)
    for j, wdt in enumerate([10, 45, 45, 26, 13, 13, 10, 10, 45]):
        p1.column_dimensions[get_column_letter(1 + j)].width = wdt

    # --- Phase 2 sheet
    p2 = wb.create_sheet("Phase 2")
    p2["A1"] = "Phase 2 recommendations (Phase 2 report published 4 September 2024)"
    p2["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Action", "Action owner", "Original target", "Revised target",
           "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr):
        c = p2.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    seq = [
        ("theme", "Theme 1: Fire control and emergency calls"),
        ("rec", "25. Fire and rescue services should review their arrangements for handling "
                "large numbers of simultaneous fire survival guidance calls, including the "
                "sharing of information with other control rooms."),
        ("act", "25.1", "Review the Joint Fire Control fire survival guidance policy against "
                "the Phase 2 findings and agree revised buddy-control arrangements.",
         "GM Joint Fire Control", "31/03/2025", "30/06/2025", "A", BLUE,
         "Revised policy approved by SLT 12/06/2025. Buddy arrangements signed 20/06/2025."),
        ("act", "25.2", "Test the revised arrangements through a multi-control exercise and "
                "capture learning through the Operational Assurance process.",
         "GM Joint Fire Control / SM Control Training", "30/09/2025", "31/01/2026", "G", AMBER,
         "Exercise deferred from September because of the mobilising system upgrade; "
         "provisionally booked for January 2026."),
        ("theme", "Theme 2: Incident command and operational response"),
        ("rec", "27. Fire and rescue services should ensure that incident commanders at all "
                "levels are trained to recognise when a change of evacuation strategy is needed "
                "and how to implement it."),
        ("act", "27.1", "Update the high-rise incident command module (ICL1 to ICL3) to include "
                "explicit decision points for changing the evacuation strategy.",
         "AM Operational Training", "31/12/2025", None, "G", GREEN,
         "Draft module reviewed by the Incident Command Group 14/10/2025."),
        ("act", "27.2", "Assess all Level 2 and Level 3 incident commanders against the updated "
                "module as part of the three-year revalidation cycle.",
         "Head of Operational Assurance", "31/03/2027", None, "G", GREEN,
         "Assessment schedule agreed; first cohort January 2026."),
        ("theme", "Theme 3: Protection and building safety"),
        ("rec", "30. Fire and rescue services should ensure that fire safety officers are "
                "trained and accredited to a recognised standard appropriate to the complexity "
                "of the buildings they inspect."),
        ("act", "30.1", "Complete a competency gap analysis of all Protection staff against the "
                "NFCC Competency Framework for Fire Safety Regulators.",
         "Head of Protection", "30/11/2024", None, "B", BLUE,
         "Gap analysis completed and reported to SLT 26/11/2024."),
        ("act", "30.2", "Fund and deliver the Level 4 Diploma in Fire Safety for six inspecting "
                "officers and the Level 5 Diploma for two high-rise specialists.",
         "Head of Protection; HR Business Partner", "31/07/2026", None, None, None,
         "Not started – awaiting 2026/27 training budget decision."),
    ]
    r = 4
    for item in seq:
        if item[0] == "theme":
            p2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = p2.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill(GREY)
        elif item[0] == "rec":
            p2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = p2.cell(row=r, column=1, value=item[1])
            c.font = Font(italic=True)
            c.fill = fill(LIGHT)
            c.alignment = WRAP
            p2.row_dimensions[r].height = 32
        else:
            _, ref, act, own, o, rv, prev, cur, upd = item
            vals = [ref, act, own, d(o), d(rv) if rv else None, prev, None, upd]
            for j, v in enumerate(vals):
                c = p2.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if j in (3, 4):
                    c.number_format = "dd/mm/yyyy"
            if cur:
                p2.cell(row=r, column=7).fill = fill(cur)
        r += 1
    r += 1
    p2.cell(row=r, column=1,
            value="Note: Current RAG is shown by cell colour – see the key on the Cover sheet. "
                  "Revised targets are agreed at the Operational Assurance Board.").font = Font(italic=True, size=9)
    for j, wdt in enumerate([8, 55, 28, 13, 13, 10, 10, 50]):
        p2.column_dimensions[get_column_letter(1 + j)].width = wdt

    gl = wb.create_sheet("Glossary")
    gls = [("Abbreviation", "Meaning"), ("AM", "Area Manager"), ("GM", "Group Manager"),
           ("SM", "Station Manager"), ("SLT", "Service Leadership Team"),
           ("MDT", "Mobile data terminal"), ("ICL", "Incident command level"),
           ("NFCC", "National Fire Chiefs Council"), ("GTI", "Grenfell Tower Inquiry")]
    for i, (a, b) in enumerate(gls):
        gl.cell(row=1 + i, column=1, value=a).font = Font(bold=(i == 0))
        gl.cell(row=1 + i, column=2, value=b).font = Font(bold=(i == 0))
    gl.column_dimensions["B"].width = 40
    wb.save(out("zey-surrey-fire-rescue-service-grenfell-tower-inquiry-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return cell


# ---------------------------------------------------------------------------
# 3. HMP Buckley Hall - HMIP inspection action plan (DOCX)
# ---------------------------------------------------------------------------
def make_buckley_hall_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Action Plan: HMP Buckley Hall", style="Title")
    for line in ["Action Plan Submitted: 15 July 2024",
                 "A Response to the HMIP Inspection: 12–23 February 2024",
                 "Report Published: 20 May 2024"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on "
        "conditions for and treatment of those in prison. Following each inspection HMIP "
        "reports priority and key concerns, and HM Prison and Probation Service (HMPPS) is "
        "required to produce an action plan. This plan confirms whether each concern is "
        "agreed, partly agreed or not agreed and sets out the steps the prison will take, "
        "with an owner and target date for each.")
    doc.add_paragraph(
        "Progress against this plan will be monitored through the establishment's Senior "
        "Leadership Team meeting and reviewed by the Prison Group Director.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Term", bold=True)
    set_cell(t.rows[0].cells[1], "Definition", bold=True)
    for term, defin in [
        ("Agreed", "All of the concern is accepted and will be addressed within the resources "
                   "available."),
        ("Partly Agreed", "Only part of the concern is accepted; the response explains which "
                          "part will be addressed."),
        ("Not Agreed", "The concern is not accepted; the response explains why.")]:
        row = t.add_row().cells
        set_cell(row[0], term)
        set_cell(row[1], defin)
    doc.add_paragraph()

    def concern_table(label, text, response, actions, evidence):
        tb = doc.add_table(rows=0, cols=4)
        tb.style = "Table Grid"
        r0 = tb.add_row().cells
        set_cell(r0[0], label, bold=True)
        m = r0[1].merge(r0[2]).merge(r0[3])
        set_cell(m, text, bold=True)
        shade(r0[0], "D9E2F3")
        shade(m, "D9E2F3")
        r1 = tb.add_row().cells
        set_cell(r1[0], "Response", bold=True)
        m = r1[1].merge(r1[2]).merge(r1[3])
        set_cell(m, response)
        r2 = tb.add_row().cells
        for c, h in zip(r2, ["Ref", "Action", "Responsible owner", "Target date"]):
            set_cell(c, h, bold=True)
            shade(c, "F2F2F2")
        for ref, act, own, date in actions:
            rr = tb.add_row().cells
            set_cell(rr[0], ref)
            set_cell(rr[1], act)
            set_cell(rr[2], own)
            set_cell(rr[3], date)
        re_ = tb.add_row().cells
        set_cell(re_[0], "Evidence", bold=True)
        m = re_[1].merge(re_[2]).merge(re_[3])
        set_cell(m, evidence, italic=True)
        doc.add_paragraph()

    doc.add_heading("Priority concerns", level=1)
    concern_table(
        "Priority concern 1",
        "Buckley Hall was not fulfilling its function as a training prison. Almost a third of "
        "prisoners were locked up during the working day and there were not enough activity "
        "places to meet the needs of the population.",
        "Agreed",
        [("1.1", "Complete a full review of the activities allocation process so that every "
                 "prisoner assessed as able to work or learn is allocated to a full- or "
                 "part-time place within 10 working days of arrival.",
          "Head of Reducing Reoffending", "30 September 2024"),
         ("1.2", "Create 60 additional activity spaces by reconfiguring the regime, introducing "
                 "split sessions in workshops and extending the education offer with the new "
                 "Prison Education Framework provider.",
          "Governor / Head of Reducing Reoffending", "31 March 2025")],
        "Monthly regime and allocation data; unemployment and lock-up rates reported to the "
        "Prison Group Director.")
    concern_table(
        "Priority concern 2",
        "Patients requiring assessment under the Mental Health Act waited too long for a "
        "decision on their needs, and one patient had been held in the segregation unit for "
        "more than 100 days.",
        "Agreed",
        [("2.1", "Escalate every Mental Health Act transfer that exceeds the 28-day transfer "
                 "target to the NHS England Health and Justice commissioner and the HMPPS "
                 "Mental Health Act casework team.",
          "Head of Healthcare / Head of Safety", "Ongoing"),
         ("2.2", "Introduce a weekly multidisciplinary review for any prisoner in segregation "
                 "with an identified mental health need.",
          "Head of Safety", "31 July 2024")],
        "Transfer timeliness log; segregation review minutes.")
    concern_table(
        "Priority concern 3",
        "Rates of self-harm were much higher than at the previous inspection and were still "
        "rising.",
        "Agreed",
        [("3.1", "Complete a self-harm data analysis covering location, time of day and "
                 "prisoner characteristics, and use it to produce a local safer custody action "
                 "plan.",
          "Head of Safety", "31 August 2024"),
         ("3.2", "Deliver refreshed ACCT case management training to all residential custodial "
                 "managers and key workers.",
          "Safer Custody Lead / Learning and Development Manager", "31 December 2024")],
        "Safety intervention meeting minutes; ACCT quality assurance checks; training "
        "records.")
    doc.add_heading("Key concerns", level=1)
    concern_table(
        "Key concern 4",
        "Many prisoners lived in cramped conditions, and cells, particularly on the induction "
        "unit, were grubby.",
        "Partly Agreed – the size of cells cannot be changed, but cleanliness and decency "
        "standards will be improved.",
        [("4.1", "Deep clean and redecorate all cells on the induction unit and introduce a "
                 "weekly cell standards check by the residential manager.",
          "Head of Residence", "30 November 2024")],
        "Decency check records; photographs of completed cells.")
    concern_table(
        "Key concern 5",
        "Too many prisoners did not have an up-to-date assessment of their risks and needs, "
        "which delayed their progression.",
        "Agreed",
        [("5.1", "Clear the backlog of overdue OASys assessments through a recovery plan agreed "
                 "between the Offender Management Unit and the regional probation lead.",
          "Head of Offender Management Delivery", "March 2025")],
        "OMU performance data reported to the Senior Leadership Team.")
    doc.save(out("zey-hmp-buckley-hall-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. MidKent College - Ofsted post-inspection action plan (XLSX)
# ---------------------------------------------------------------------------
def make_midkent_xlsx():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "MidKent College – Post-Inspection Action Plan 2024–25"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color="1F3864")
    info = ["Ofsted inspection: 14–17 May 2024",
            "Report published: 20 June 2024",
            "Plan owner: Deputy Principal – Curriculum and Quality",
            "Monitored by: Quality and Standards Committee (each meeting)"]
    for i, line in enumerate(info):
        cov.cell(row=3 + i, column=1, value=line)
    cov["A8"] = "Inspection judgements"
    cov["A8"].font = Font(bold=True)
    grades = [("Judgement", "Grade"), ("Overall effectiveness", "Good"),
              ("The quality of education", "Good"), ("Behaviour and attitudes", "Good"),
              ("Personal development", "Good"), ("Leadership and management", "Good"),
              ("Education programmes for young people", "Good"),
              ("Adult learning programmes", "Good"), ("Apprenticeships", "Requires improvement"),
              ("Provision for learners with high needs", "Good")]
    for i, (a, b) in enumerate(grades):
        c1 = cov.cell(row=9 + i, column=1, value=a)
        c2 = cov.cell(row=9 + i, column=2, value=b)
        for c in (c1, c2):
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A21"] = "RAG key"
    cov["A21"].font = Font(bold=True)
    keys = [("B", BLUE, "Action complete"), ("G", GREEN, "On track"),
            ("A", AMBER, "Some slippage – mitigation in place"),
            ("R", RED, "Off track – escalate to Senior Leadership Team")]
    for i, (k, col, txt) in enumerate(keys):
        c = cov.cell(row=22 + i, column=1, value=k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=22 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 42
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="1F3864")
    ws["A2"] = "Last updated: 10 February 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Lead(s)", "Start", "Target date",
           "Success measure", "Progress update (Feb 2025)", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.border = BOX
        c.alignment = WRAP
    ragcol = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    groups = [
        ("The quality of education",
         "Leaders should ensure that teachers of GCSE English and mathematics use assessment "
         "effectively to identify and close gaps in students’ knowledge.",
         [("1.1", "Introduce diagnostic assessment in the first three weeks of term for all GCSE "
                  "English and mathematics students and use the results to set individual "
                  "learning plans.",
           "Head of English & Maths", "01/09/2024", "31/10/2024",
           "100% of students assessed by week 3; ILPs in place for all.",
           "Completed for all 1,140 GCSE students by 20/09/2024.", "B"),
          ("1.2", "Deliver a CPD programme on responsive teaching and retrieval practice for all "
                  "English and mathematics teachers, supported by two advanced practitioners.",
           "Head of English & Maths / Head of Teaching, Learning & Assessment", "01/09/2024",
           "30/06/2025", "Observed practice shows consistent checking of understanding.",
           "Four of six sessions delivered; coaching pairs in place.", "G"),
          ("1.3", "Carry out deep dives into GCSE English and mathematics, including learning "
                  "walks, work scrutiny and student voice.",
           "Deputy Principal – Curriculum and Quality", "01/10/2024", "Termly",
           "Deep dive findings show improvement term on term.",
           "Autumn deep dive completed 28/11/2024; spring deep dive booked for March.", "G")]),
        ("Apprenticeships",
         "Leaders and managers should ensure that employers are involved fully in planning and "
         "reviewing apprentices’ on- and off-the-job training so that apprentices can apply "
         "what they learn at work.",
         [("2.1", "Redesign the tripartite progress review template so that employers contribute "
                  "to target setting and record how off-the-job learning is applied in the "
                  "workplace.",
           "Head of Apprenticeships", "01/07/2024", "30/09/2024",
           "New template used in all reviews from September 2024.",
           "Template launched 02/09/2024.", "B"),
          ("2.2", "Hold curriculum planning meetings with the 20 largest construction and "
                  "engineering employers before each new cohort starts.",
           "Head of Apprenticeships; Employer Engagement Manager", "01/09/2024", "31/03/2025",
           "Meetings held with all 20 employers; plans signed off.",
           "12 of 20 meetings held; remaining employers slow to respond.", "A")]),
        ("Behaviour and attitudes",
         "Leaders should improve students’ attendance, particularly in English and mathematics "
         "lessons.",
         [("3.1", "Introduce same-day contact for all absences through the student services "
                  "attendance team, with escalation to parents and carers after two consecutive "
                  "absences.",
           "Head of Student Services", "01/09/2024", "31/10/2024",
           "Same-day contact for 95% of absences.", "In place since 09/09/2024.", "B"),
          ("3.2", "Set attendance targets of 90% for each curriculum area and review them weekly "
                  "at curriculum performance meetings.",
           "Heads of Curriculum", "01/09/2024", "31/07/2025",
           "Attendance at 90% in all areas; English and maths at 88%+.",
           "Overall attendance 87%; mathematics 81% – below target.", "R")]),
        ("Leadership and management",
         "Governors should receive more detailed information about the quality of "
         "apprenticeship provision so that they can hold leaders to account effectively.",
         [("4.1", "Add an apprenticeship quality dashboard (progress, breaks in learning, timely "
                  "achievement and review completion) to each Quality and Standards Committee "
                  "report.",
           "Director of Performance & MIS", "01/11/2024", "31/12/2024",
           "Dashboard received at every committee meeting.",
           "First dashboard presented 03/12/2024.", "B"),
          ("4.2", "Appoint a link governor for apprenticeships and arrange visits to employer "
                  "sites with the Head of Apprenticeships.",
           "Clerk to the Corporation", "01/10/2024", "31/01/2025",
           "Link governor in post; at least one visit each term.",
           "Link governor appointed November 2024; first visit 22/01/2025.", "B")]),
    ]
    r = 5
    for heading, afi, acts in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=heading)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        r += 1
        first = r
        for k, (ref, act, lead, start, target, meas, prog, rag) in enumerate(acts):
            vals = [ref, afi if k == 0 else None, act, lead, d(start),
                    d(target) if "/" in target else target, meas, prog, rag]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if j in (4, 5) and isinstance(v, datetime):
                    c.number_format = "mmm-yy"
            rc = ws.cell(row=r, column=9)
            rc.fill = fill(ragcol[rag])
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for j, wdt in enumerate([6, 40, 48, 28, 9, 11, 32, 40, 6]):
        ws.column_dimensions[get_column_letter(1 + j)].width = wdt
    wb.save(out("zey-midkent-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 5. Sutton Valence School - ISI inspection action plan (DOCX)
# ---------------------------------------------------------------------------
def make_sutton_valence_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.add_paragraph("Sutton Valence School: ISI Inspection Action Plan 2024–25", style="Title")
    p = doc.add_paragraph()
    p.add_run("Routine inspection 5–7 November 2024 (report published 16 January 2025)").italic = True

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "3 February 2025", "Deputy Head (Academic)",
                 "Education Committee of Governors"),
                ("1.1", "12 May 2025", "Deputy Head (Academic)",
                 "Education Committee of Governors")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the school meets the Independent School Standards, the "
        "National Minimum Standards for Boarding Schools and the requirements of the Early "
        "Years Foundation Stage. The report set out three recommended next steps for leaders. "
        "This plan sets out how the school is responding to each of them. Progress is reviewed "
        "by the Senior Leadership Team each half term and reported to governors termly.")

    doc.add_paragraph().add_run("Status key").bold = True
    STATUS_FILL = {"Not started": "D9D9D9", "On track": "92D050", "Some delay": "FFC000",
                   "Complete": "9DC3E6"}
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    set_cell(k.rows[0].cells[0], "Status", bold=True)
    set_cell(k.rows[0].cells[1], "Meaning", bold=True)
    for s, m in [("Not started", "Work has not yet begun"),
                 ("On track", "In progress and on schedule"),
                 ("Some delay", "In progress but behind schedule"),
                 ("Complete", "Action completed and impact reviewed")]:
        cells = k.add_row().cells
        set_cell(cells[0], s)
        shade(cells[0], STATUS_FILL[s])
        set_cell(cells[1], m)

    def section(heading, nextstep, actions, note=None):
        doc.add_heading(heading, level=1)
        if note:
            doc.add_paragraph(note)
            return
        lab = doc.add_paragraph()
        lab.add_run("Recommended next step").bold = True
        ns = doc.add_paragraph()
        ns.add_run(nextstep).italic = True
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "DEEAF6")
        for ref, act, lead, when, status in actions:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, lead, when, status]):
                set_cell(c, v)
            shade(cells[4], STATUS_FILL[status])
        doc.add_paragraph()

    section("1. Leadership and management, and governance",
            "Strengthen the analysis of behaviour and welfare records so that leaders identify "
            "patterns promptly and act on them consistently across the senior school and the "
            "boarding houses.",
            [("1a", "Move boarding house welfare logs onto the school’s central pastoral "
                    "recording system so that all concerns are held in one place.",
              "Deputy Head (Pastoral)", "December 2024", "Complete"),
             ("1b", "Produce a half-termly behaviour and welfare analysis for the Senior "
                    "Leadership Team, identifying trends by year group, house and type of "
                    "incident.",
              "Deputy Head (Pastoral) / Head of Boarding", "By 31 March 2025", "Complete")])
    section("2. Quality of education, training and recreation",
            "Ensure that teaching is consistently adapted for pupils who speak English as an "
            "additional language (EAL), so that these pupils make progress in line with their "
            "peers.",
            [("2a", "Give every teacher an EAL learner profile for each pupil they teach, "
                    "including language proficiency and recommended strategies.",
              "EAL Coordinator", "February 2025", "Complete"),
             ("2b", "Deliver whole-staff INSET on scaffolding academic language, followed by "
                    "department-level coaching.",
              "Director of Teaching and Learning", "Summer term 2025", "On track"),
             ("2c", "Track the progress of EAL pupils at each data drop, compare it with that of "
                    "their peers and report any gaps to heads of department.",
              "Director of Studies; EAL Coordinator", "Ongoing – each data drop",
              "Some delay")])
    section("3. Pupils’ physical and mental health and emotional wellbeing", None, None,
            note="No recommended next step was identified in this section of the report.")
    section("4. Pupils’ social and economic education and contribution to society",
            "Develop a more systematic programme of careers education in Years 7 to 9 so that "
            "younger pupils understand the range of pathways open to them.",
            [("4a", "Map careers content in the Years 7 to 9 PSHE programme against the Gatsby "
                    "Benchmarks and fill the gaps identified.",
              "Head of PSHE and Careers", "July 2025", "On track"),
             ("4b", "Introduce an annual Year 9 pathways week, including alumni talks and "
                    "employer visits.",
              "Head of Careers / Head of Year 9", "Autumn term 2025", "Not started")])
    section("5. Safeguarding", None, None,
            note="The school’s arrangements for safeguarding were found to be effective. No "
                 "action is required.")
    p = doc.add_paragraph()
    p.add_run("Signed: Headmaster and Chair of Governors, 12 May 2025").italic = True
    doc.save(out("zey-sutton-valence-school-isi-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Bishop's Tachbrook CE Primary School - School Development Plan (TXT)
# ---------------------------------------------------------------------------
def make_tachbrook_txt():
    bar = "=" * 64
    rule = "-" * 64
    L = []
    L += ["Bishop's Tachbrook CE Primary School – School Development Plan 2025-26",
          'Vision: "Let your light shine" (Matthew 5:16)',
          "",
          "Headteacher: Mrs K. Ashworth",
          "Chair of Governors: Mr D. Fenwick",
          "Agreed by the Full Governing Body: 2 October 2025",
          "Review point: December 2025 (the RAG shown for each action is the position at the "
          "December review)",
          "",
          "Abbreviations: HT = Headteacher; DHT = Deputy Headteacher; SENDCo = Special "
          "Educational Needs and Disabilities Coordinator; TA = Teaching Assistant; FGB = Full "
          "Governing Body",
          "RAG key: B = completed; G = on track; A = some progress, needs attention; R = not on "
          "track",
          ""]

    def priority(title, impact, actions):
        L.extend([bar, title, bar, "Intended impact: " + impact, ""])
        for ref, act, lead, when, mon, rag in actions:
            L.append(f"{ref}  {act}")
            L.append(f"     Lead: {lead}")
            L.append(f"     When: {when}")
            L.append(f"     Monitoring: {mon}")
            L.append(f"     RAG: {rag}")
            L.append("")

    priority("Priority 1: Reading – every child a fluent, confident reader",
             "At least 85% of Year 1 pupils meet the phonics screening check standard (2025: "
             "78%); KS2 reading at the expected standard rises to 80%.",
             [("1.1", 'Introduce daily "keep-up" sessions for Year 1 and Year 2 pupils who are '
                      "not on track in phonics, delivered by trained TAs.",
               "English Lead / Phonics Lead", "Autumn term 2025",
               "HT learning walks; half-termly phonics tracker", "B"),
              ("1.2", "Refresh the reading spine for Years 3 to 6 and buy new class texts so that "
                      "every class reads at least four whole books a year.",
               "English Lead", "Jan 2026", "Book audit; pupil voice", "G"),
              ("1.3", "Run three reading workshops for parents and carers (EYFS, KS1, KS2) and "
                      "relaunch the home reading record.",
               "HT & English Lead", "Termly", "Attendance at workshops; reading record checks",
               "A")])
    priority("Priority 2: Mathematics – fluency and reasoning",
             "KS2 maths at the expected standard rises from 72% to 78%; average score in the "
             "multiplication tables check of 22 or more.",
             [("2.1", "Embed daily 15-minute fluency sessions in Years 1 to 6 using the NCETM "
                      "Mastering Number and Mastering Number at KS2 materials.",
               "Maths Lead", "Summer term 2026", "Lesson visits; termly assessment data", "G"),
              ("2.2", "Prepare Year 4 pupils for the multiplication tables check through weekly "
                      "low-stakes quizzes and a times-tables fortnight.",
               "Maths Lead / Year 4 Teacher", "June 2026", "Practice check results", "G")])
    priority("Priority 3: Inclusion and SEND",
             "Every pupil on the SEN register has an up-to-date support plan and makes good "
             "progress from their starting point.",
             [("3.1", "Review every SEN support plan with parents using the graduated approach "
                      "(assess, plan, do, review) and publish the updated SEN information report.",
               "SENDCo", "By half-term (24 October 2025)", "SEN governor visit", "B"),
              ("3.2", "Train all TAs in precision teaching and adaptive strategies for pupils with "
                      "speech, language and communication needs.",
               "SENDCo; Speech and Language TA", "Feb 2026", "Training log; observations",
               "A")])
    priority("Priority 4: Attendance and personal development",
             "Whole-school attendance of at least 96%; persistent absence below 10%.",
             [("4.1", "Raise attendance through first-day calls, attendance panels and the local "
                      "authority attendance support offer.",
               "Attendance Officer (Mrs J. Patel)", "Ongoing",
               "Weekly attendance report to HT; termly report to FGB", "R"),
              ("4.2", "Launch a pupil leadership programme (school council, eco-council and "
                      "worship ambassadors) with clear roles for every year group.",
               "DHT", "Autumn term 2025", "Pupil voice", "B")])
    priority("Priority 5: Leadership, governance and SIAMS",
             "The school is ready for its SIAMS inspection and governors hold leaders to "
             "account effectively.",
             [("5.1", "Complete the SIAMS self-evaluation against the inspection questions and "
                      "hold a governor monitoring day focused on collective worship.",
               "HT & Foundation Governors", "March 2026", "Governor monitoring report", "G"),
              ("5.2", "Complete the governors’ skills audit and agree a training plan for the "
                      "FGB.",
               "Chair of Governors", "December 2025", "FGB minutes", "B")])
    L += [rule,
          "Summary at December 2025 review",
          "B (completed): 4   G (on track): 4   A (needs attention): 2   R (not on track): 1",
          "Total actions: 11",
          rule,
          "Next review: FGB meeting, 24 March 2026"]
    with open(out("zey-bishops-tachbrook-ce-primary-school-school-development-plan-2025-26.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Bryntirion Comprehensive School - Estyn PIAP with a mistyped month (XLSX, refuse)
# ---------------------------------------------------------------------------
def make_bryntirion_xlsx():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Bryntirion Comprehensive School – Post-Inspection Action Plan"
    ov["A1"].font = Font(bold=True, size=14, color="385623")
    ov["A2"] = "Estyn core inspection: 10–13 March 2025. Report published 15 May 2025."
    ov["A3"] = "Plan agreed by the governing body: 24 June 2025. Reviewed each half term."
    hdr = ["Recommendation", "Estyn recommendation", "SLT lead", "Sheet"]
    for j, h in enumerate(hdr):
        c = ov.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("385623")
        c.border = BOX
    recs = [
        ("R1", "Improve attendance, particularly for pupils eligible for free school meals",
         "Deputy Headteacher (Wellbeing)"),
        ("R2", "Strengthen the quality of teaching so that it consistently challenges pupils "
               "of all abilities", "Deputy Headteacher (Teaching and Learning)"),
        ("R3", "Develop pupils’ Welsh language skills and their use of Welsh beyond lessons",
         "Assistant Headteacher (Curriculum)"),
    ]
    for i, (rid, txt, lead) in enumerate(recs):
        for j, v in enumerate([rid, txt, lead, rid]):
            c = ov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
    ov["A10"] = "RAG: G = on track; A = some concerns; R = significant concerns; B = complete"
    ov["A10"].font = Font(italic=True)
    ov.column_dimensions["A"].width = 16
    ov.column_dimensions["B"].width = 60
    ov.column_dimensions["C"].width = 36

    sheets = {
        "R1": [
            ("1.1", "Introduce a daily attendance call-back for every absent pupil eligible for "
                    "free school meals, followed by a home visit after three days of absence.",
             "Attendance Officer / Family Engagement Officer", "Weekly attendance meeting",
             "September 2025", "Attendance of eFSM pupils rises to 88%.", "G"),
            ("1.2", "Work with the local authority Education Welfare Service to agree "
                    "individual attendance plans for all persistently absent pupils.",
             "Deputy Headteacher (Wellbeing)", "Half-termly review", "October 2025",
             "Persistent absence reduced by 5 percentage points.", "A"),
            ("1.3", "Launch a whole-school attendance rewards scheme with termly recognition "
                    "events for each year group.",
             "Heads of Year", "Pupil voice; attendance data", "December 2025",
             "Improvement in attendance in every year group.", "G"),
        ],
        "R2": [
            ("2.1", "Provide a programme of professional learning on questioning and adaptive "
                    "teaching for all teaching staff.",
             "Deputy Headteacher (Teaching and Learning)", "Lesson visits",
             "Autumn term 2025", "Consistent use of challenging questioning in lessons.", "G"),
            ("2.2", "Set up triads of teachers to plan, observe and review lessons together, "
                    "focusing on challenge for more able pupils.",
             "Professional Learning Lead", "Triad records; lesson visits", "Febuary 2026",
             "Triads completed by all teaching staff.", "G"),
            ("2.3", "Review the quality of feedback in pupils’ books through termly work "
                    "scrutiny by middle leaders.",
             "Heads of Department", "Work scrutiny reports", "July 2026",
             "Feedback helps pupils improve their work.", "A"),
        ],
        "R3": [
            ("3.1", "Appoint a Welsh language champion in each department and plan regular "
                    "opportunities for incidental Welsh in lessons.",
             "Head of Welsh", "Learning walks", "November 2025",
             "Welsh used regularly across departments.", "G"),
            ("3.2", "Extend the Urdd and Siarter Iaith activities to include a weekly Welsh club "
                    "and a Welsh-language school event each term.",
             "Assistant Headteacher (Curriculum) / Head of Welsh", "Pupil voice",
             "July 2026", "More pupils use Welsh outside lessons.", "G"),
        ],
    }
    ragcol = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for rid, txt, _ in recs:
        ws = wb.create_sheet(rid)
        ws["A1"] = f"{rid}: {txt}"
        ws["A1"].font = Font(bold=True, size=12, color="385623")
        hdr = ["No.", "Action", "Lead", "Monitoring", "Timescale", "Success criteria", "RAG"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=3, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            c.border = BOX
        for i, row in enumerate(sheets[rid]):
            for j, v in enumerate(row):
                c = ws.cell(row=4 + i, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=4 + i, column=7).fill = fill(ragcol[row[6]])
        for j, wdt in enumerate([6, 55, 32, 24, 16, 36, 6]):
            ws.column_dimensions[get_column_letter(1 + j)].width = wdt
    wb.save(out("zey-bryntirion-comprehensive-school-estyn-post-inspection-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_merseyside_csv()
    make_surrey_xlsx()
    make_buckley_hall_docx()
    make_midkent_xlsx()
    make_sutton_valence_docx()
    make_tachbrook_txt()
    make_bryntirion_xlsx()
    print("done")
