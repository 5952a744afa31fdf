"""Build the seven my1- data files (heldout397): children's services plans.

Run with /work/main/.venv/bin/python my1_make.py  (writes beside this script).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
LIGHT = "FFDDEBF7"

thin = Side(style="thin", color="FF808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Croydon - ILACS improvement plan (xlsx): cover + plan + RAG key sheets,
#    theme rows, merged area-for-improvement cells, original/revised dates,
#    previous/current RAG, fill RAG, summary and notes lines.
# ---------------------------------------------------------------------------
def croydon():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "London Borough of Croydon"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's Services ILACS Improvement Plan 2025/26"
    cov["A2"].font = Font(bold=True, size=16, color=NAVY)
    cov["A4"] = "Inspection of local authority children's services (ILACS): 14–25 October 2024"
    cov["A5"] = "Overall effectiveness: Good (report published 3 December 2024)"
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Change / approval"),
        ("0.1", dt.date(2024, 12, 10), "Improvement Programme Manager", "First draft following inspection feedback"),
        ("1.0", dt.date(2024, 12, 19), "Improvement Programme Manager", "Approved by Children's Improvement Board"),
        ("1.3", dt.date(2025, 6, 4), "Improvement Programme Manager", "May 2025 progress update and RAG review"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A13"] = "Senior Responsible Officer: Corporate Director, Children, Young People & Education"
    cov["A14"] = "Governance: Children's Improvement Board (monthly); Cabinet Member for Children and Young People"
    for col, w in zip("ABCD", (16, 14, 32, 48)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Children's Services ILACS Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = ("Response to Ofsted inspection of local authority children's services, "
                "14–25 October 2024 (report published 3 December 2024)")
    ws["A3"] = "Position as at 31 May 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead officer", "Original target date",
           "Revised target date", "Progress update (May 2025)", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    D = dt.date
    # (ref, action, lead, original, revised, progress, prev, cur, curfill)
    plan = [
        ("theme", "1. Help and protection"),
        ("afi", "The consistency of responses from the out-of-hours service to children in emergency "
                "situations, including staff capacity to answer calls."),
        ("1.1", "Review the Emergency Duty Team staffing model and recruit to two additional permanent "
                "EDT social worker posts.",
         "Head of Service, Emergency Duty Team", D(2025, 1, 31), D(2025, 4, 30),
         "One post recruited (started March 2025); second post re-advertised April 2025. Agency cover in place "
         "on Friday–Sunday rota.", "A", "G", GREEN),
        ("1.2", "Introduce a call-handling dashboard for out-of-hours calls (answered, abandoned, callback "
                "time) reported monthly to DMT.",
         "Head of Service, Emergency Duty Team / Performance & Insight Manager", D(2025, 2, 28), None,
         "Dashboard live from February 2025; abandoned calls down from 14% to 5%.", "G", "Complete", BLUE),
        ("1.3", "Agree a joint protocol with the Metropolitan Police (South Area BCU) and Croydon University "
                "Hospital for emergency out-of-hours placements and PACE transfers.",
         "Director of Children's Social Care", D(2025, 3, 31), D(2025, 7, 31),
         "Draft protocol with Met legal; hospital sign-off outstanding.", "A", "A", AMBER),
        ("afi", "The quality of strategy discussions and child protection enquiries, so that all relevant "
                "agencies contribute and risk is consistently well analysed."),
        ("2.1", "Strategy meeting chairing moved to dedicated Child Protection Chairs; all strategy "
                "discussions to include health and education where the child is known.",
         "Head of Safeguarding & Quality Assurance", "Apr-25", None,
         "Chairing model in place from 1 April 2025. Health attendance 88% in April.", "A", "G", GREEN),
        ("2.2", "Quarterly multi-agency audit of section 47 enquiries with the Croydon Safeguarding Children "
                "Partnership; findings reported to the CSCP Quality & Performance subgroup.",
         "Head of Safeguarding & Quality Assurance; CSCP Business Manager", "Quarterly", None,
         "Q4 2024/25 audit completed (20 enquiries). Q1 2025/26 audit scheduled for June.", "G", None, GREEN),
        ("theme", "2. Children in care and care leavers"),
        ("afi", "The timeliness of permanence planning for children in care, including the use of early "
                "permanence and family and friends carers."),
        ("3.1", "Introduce a monthly permanence tracking panel, chaired by the Head of Service, for all children "
                "in care for over four months without a permanence plan.",
         "Head of Service, Children Looked After", D(2025, 1, 31), None,
         "Panel running since January 2025; 46 children reviewed.", "G", "B", BLUE),
        ("3.2", "Train all children in care and court teams on early permanence and Fostering for Adoption "
                "with Adopt London South.",
         "Principal Social Worker; Adopt London South Service Manager", D(2025, 3, 31), D(2025, 9, 30),
         "Two of six sessions delivered; training budget not yet confirmed for remaining sessions.",
         "A", "R", RED),
        ("3.3", "Increase connected carers assessment capacity by recruiting 2 FTE kinship assessing "
                "social workers.",
         "Head of Fostering", "June 2025", None,
         "1 FTE appointed; interviews for second post 12 June.", "A", "A", AMBER),
        ("afi", "The sufficiency of suitable, affordable accommodation for care leavers aged 18 to 25."),
        ("4.1", "Joint Housing and Children's Services protocol to ring-fence 40 social housing nominations "
                "per year for care leavers.",
         "Head of Service, Care Leavers; Head of Housing Strategy", D(2025, 3, 31), D(2025, 10, 31),
         "Protocol agreed in principle; Cabinet report October 2025.", "A", "A", AMBER),
        ("theme", "3. Leadership and workforce"),
        ("afi", "Management oversight and supervision records in the children with disabilities service, so that "
                "they evidence reflective discussion and progress against children's plans."),
        ("5.1", "Revised supervision template rolled out to the CWD service, with a monthly dip sample by the "
                "Service Manager.",
         "Service Manager (CWD)", D(2025, 2, 28), None,
         "Template in use; March and April dip samples show 90% compliance.", "G", "Complete", BLUE),
        ("5.2", "Include supervision quality in the 2025/26 practice audit programme and report findings to "
                "the Quality Assurance Board.",
         "Principal Social Worker", "Q2 2025/26", None,
         "Audit tool updated; first thematic audit July 2025.", None, "G", GREEN),
    ]
    r = 6
    afi_start = None
    afi_rows = []
    for item in plan:
        if item[0] == "theme":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(LIGHT)
            r += 1
            continue
        if item[0] == "afi":
            afi_rows.append([r, item[1]])
            continue
        ref, action, lead, orig, rev, prog, prev, cur, curfill = item
        vals = [ref, None, action, lead, orig, rev, prog, prev, cur]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(curfill)
        if prev:
            ws.cell(row=r, column=8).fill = fill({"G": GREEN, "A": AMBER, "R": RED}[prev])
        afi_rows[-1].append(r)
        r += 1
    for entry in afi_rows:
        first, text, rows_ = entry[0], entry[1], entry[2:]
        ws.cell(row=first, column=2, value=text)
        ws.cell(row=first, column=2).alignment = WRAP
        if len(rows_) > 1:
            ws.merge_cells(start_row=rows_[0], start_column=2, end_row=rows_[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n, f in (("Complete (Blue)", 3, BLUE), ("Green", 4, GREEN), ("Amber", 3, AMBER),
                      ("Red", 1, RED), ("Total actions", 11, None)):
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=3, value=n)
        if f:
            ws.cell(row=r, column=2).fill = fill(f)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Previous RAG shows the position reported to the Children's "
                                   "Improvement Board on 20 March 2025. Where a revised target date is shown "
                                   "it was agreed by the Board.")
    for col, w in zip("ABCDEFGHI", (7, 40, 55, 30, 13, 13, 45, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True)
    for i, (a, b, f) in enumerate((
            ("B / Complete", "Action completed and evidence of impact reviewed by the Board", BLUE),
            ("G", "On track to deliver by the target date", GREEN),
            ("A", "Some slippage; mitigations in place", AMBER),
            ("R", "Off track or at risk; escalated to the Children's Improvement Board", RED)), 3):
        key.cell(row=i, column=1, value=a).fill = fill(f)
        key.cell(row=i, column=2, value=b)
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 70
    wb.save(p("my1-croydon-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 2. Slough Safeguarding Partnership - JTAI action plan (docx): document control
#    and RAG key tables, a section heading per area, one table per area for
#    improvement with the area text in a merged first row.
# ---------------------------------------------------------------------------
def slough():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Slough Safeguarding Partnership – Joint Targeted Area Inspection Action Plan", style="Title")
    doc.add_paragraph("Multi-agency response to identification of initial need and risk. "
                      "Inspection fieldwork 13–17 January 2025; letter published 4 March 2025.")
    doc.add_paragraph("This plan sets out how Slough Borough Council, Slough Children First, Frimley Integrated "
                      "Care Board and Thames Valley Police will respond to the areas for improvement identified "
                      "by Ofsted, the CQC and HMICFRS. Progress is reported to the Safe in Slough Executive every "
                      "two months.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(("Version", "Date", "Author", "Approved by")):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    for i, r in enumerate((("0.3", "14/02/2025", "Partnership Business Manager", "Draft for partner comment"),
                           ("1.0", "07/03/2025", "Partnership Business Manager",
                            "Safe in Slough Executive, 6 March 2025")), 1):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b, c) in enumerate((("Complete", "Action completed and impact evidenced", "9DC3E6"),
                                   ("Green", "On track", "A9D08E"),
                                   ("Amber", "Some delay – recovery plan in place", "FFD966"),
                                   ("Red", "Off track – escalate to the Executive", "FF7C80"),
                                   ("Not started", "Action not yet due to start", "FFFFFF"))):
        set_cell(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), c)
        set_cell(t.cell(i, 1), b)

    colour = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80", "Not started": "FFFFFF"}
    sections = [
        ("Section A: The front door (MASH)", [
            ("1. The timeliness and quality of information shared by health agencies with the multi-agency "
             "safeguarding hub (MASH), including GP and maternity information.", [
                ("1a", "Agree a MASH health information-sharing standard (response within 24 hours for red and "
                       "amber enquiries) and publish it to all health providers.",
                 "Designated Nurse for Safeguarding Children (Frimley ICB)", "March 2025",
                 "Standard agreed at Health Safeguarding Forum 26/03/2025 and circulated.", "Complete"),
                ("1b", "Extend MASH health navigator hours to cover 9am–5pm Monday to Friday, with cover "
                       "arrangements agreed with Berkshire Healthcare.",
                 "Designated Nurse for Safeguarding Children (Frimley ICB) / Berkshire Healthcare Named Nurse",
                 "End of June 2025", "Funding agreed; recruitment to 0.6 FTE post under way.", "Amber"),
                ("1c", "Audit a sample of 30 MASH contacts each quarter for the quality of health information and "
                       "report findings to the Quality Assurance subgroup.",
                 "Chair, Quality Assurance & Performance Subgroup", "Ongoing – reviewed quarterly",
                 "First audit (April 2025): 22 of 30 contacts had complete health information.", "Green"),
            ]),
            ("2. The consistency with which police and children's social care hold strategy discussions for "
             "children at risk of significant harm out of hours.", [
                ("2a", "Joint Thames Valley Police and Slough Children First protocol for out-of-hours strategy "
                       "discussions, including attendance by the Emergency Duty Service.",
                 "DCI Child Protection (Thames Valley Police) and Head of MASH & Assessment (SCF)", "30/04/2025",
                 "Protocol signed off 24/04/2025; briefings to EDS staff in May.", "Green"),
                ("2b", "Monthly dip sample of out-of-hours strategy discussions by the MASH Practice Manager and a "
                       "TVP Detective Sergeant.",
                 "MASH Practice Manager; TVP Detective Sergeant (CAIT)", "Sept 2025 – Dec 2025",
                 "To start once the protocol has been in place for three months.", "Not started"),
            ]),
        ]),
        ("Section B: Partnership leadership and oversight", [
            ("3. The effectiveness of the partnership's oversight of the front door, including the use of "
             "multi-agency data to understand the impact of early help decisions.", [
                ("3a", "Develop a multi-agency front door dataset (contacts, conversion to referral, step-down to "
                       "early help) for the Safe in Slough Executive.",
                 "Partnership Business Manager", "July 2025",
                 "Police and health data fields agreed; early help data not yet available.", "Amber"),
                ("3b", "Independent Scrutineer to lead a review of how thresholds are applied at the front door, "
                       "with schools and early help partners.",
                 "Independent Scrutineer", "October 2025", "Terms of reference agreed in May 2025.", "Green"),
                ("3c", "Refresh the Slough thresholds guidance (Continuum of Need) and deliver briefings to "
                       "designated safeguarding leads.",
                 "Head of Early Help (Slough Borough Council); Partnership Training Coordinator",
                 "By 31 December 2025", "Draft guidance out to consultation until 30 June.", "Green"),
            ]),
        ]),
    ]
    for sec, areas in sections:
        doc.add_heading(sec, level=1)
        for afi, acts in areas:
            t = doc.add_table(rows=2 + len(acts), cols=6)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(top, afi, bold=True)
            shade(top, "DEEAF6")
            for j, h in enumerate(("Ref", "Action", "Lead", "By when", "Progress update (May 2025)", "RAG")):
                set_cell(t.cell(1, j), h, bold=True)
                shade(t.cell(1, j), "D9D9D9")
            for i, a in enumerate(acts, 2):
                for j, v in enumerate(a):
                    set_cell(t.cell(i, j), v)
                shade(t.cell(i, 5), colour[a[5]])
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Safe in Slough Executive, July 2025.")
    doc.save(p("my1-slough-safeguarding-partnership-jtai-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Hounslow - corporate parenting board action plan (csv export): title lines,
#    pledge column filled only on the first row of each pledge, quoted cells
#    with commas and line breaks, key and total lines at the end.
# ---------------------------------------------------------------------------
def hounslow():
    rows = [
        ["Hounslow Corporate Parenting Board – Action Plan 2024-26", "", "", "", "", "", ""],
        ["Updated for Board meeting 9 June 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Pledge", "No.", "What we will do", "Lead(s)", "Due", "Update", "RAG"],
        ["Pledge 1 – We will find you a safe and stable home", "1.1",
         "Open two new in-borough children's homes (4 beds each) through the Sufficiency Programme.",
         "Head of Commissioning & Sufficiency", "Mar-26",
         "First home registered with Ofsted in May 2025; second property purchase delayed.", "A"],
        ["", "1.2",
         "Recruit 25 new mainstream foster carer households in 2025/26, with a focus on teenagers and sibling groups.",
         "Fostering Recruitment Manager", "31/03/2026", "7 households approved at panel April–May 2025.", "G"],
        ["", "1.3",
         "Review every child placed more than 20 miles from Hounslow at Placement Review Panel every 3 months.",
         "Head of Service, Children in Care", "Ongoing", "Panel in place; 38 children reviewed in Q4.", "G"],
        ["Pledge 2 – We will help you be healthy and happy", "2.1",
         "Initial Health Assessments completed within 20 working days for at least 85% of children entering care.",
         "Designated Nurse for Children Looked After (NWL ICB)", "Sep-25",
         "Performance 61% (April 2025), paediatric capacity issue escalated to ICB.", "R"],
        ["", "2.2",
         "Launch a CAMHS fast-track pathway for children in care and care leavers up to 25.",
         "Walker, Helen", "Q3 2025/26", "Pathway drafted, being costed with WLT.", "A"],
        ["Pledge 3 – We will support you to achieve in education and work", "3.1",
         "Every child in care to have a termly PEP rated good or better by the Virtual School.",
         "Virtual School Head", "Termly", "Spring term: 91% of PEPs rated good or better.", "G"],
        ["", "3.2",
         "Ring-fence 10 council apprenticeships a year for care leavers and offer a guaranteed interview for all "
         "council vacancies.",
         "HR Director; Head of Leaving Care", "Apr-25",
         "Guaranteed interview scheme in place from April 2025.\n10 apprenticeships ring-fenced for 2025/26.",
         "Complete"],
        ["Pledge 4 – We will listen to you", "4.1",
         "Hold two Corporate Parenting Board 'takeover' meetings a year:\n- one led by the Children in Care Council "
         "(Speak Up)\n- one led by the Care Leavers Forum",
         "KS/JM", "Dec-25", "Speak Up takeover held 3 March 2025.", "G"],
        ["", "4.2",
         "All councillors to complete corporate parenting training within 6 months of election.",
         "Head of Democratic Services", "Nov-26", "", ""],
        ["", "", "", "", "", "", ""],
        ["Key: G = on track, A = at risk, R = off track, Complete = delivered", "", "", "", "", "", ""],
        ["Total actions: 9", "", "", "", "", "", ""],
    ]
    with open(p("my1-hounslow-council-corporate-parenting-board-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 4. Bath & North East Somerset - early help strategy delivery plan (tab-separated
#    text export): title block, status key line, priority lines, header row,
#    a note line under one action, closing line.
# ---------------------------------------------------------------------------
def banes():
    T = "\t"
    lines = [
        "Bath and North East Somerset Early Help Strategy 2024–2027 – Delivery Plan Year 2 (2025/26)",
        "Reported to: BCSSP Early Help Sub-Group, 16 September 2025",
        "",
        "Status key: Complete (blue) / On track (green) / Slipped (amber) / Off track (red) / Not started",
        "",
        "Priority 1: Help is easy to find and families get it early",
        T.join(["Ref", "Action", "Lead", "Partners", "Timescale", "Status"]),
        T.join(["1.1", "Open Family Hub sites in Keynsham and Radstock with a co-located health visiting offer",
                "Early Help Service Manager", "HCRG Care Group; Libraries", "Apr 2025", "Complete"]),
        T.join(["1.2", "Publish the Start for Life offer and Family Hubs directory online and in print",
                "Family Hubs Programme Lead", "Public Health", "Jun 2025", "Complete"]),
        T.join(["1.3", "Develop a single Early Help front door: one request for support form and a weekly "
                "Early Help Allocation Meeting", "Head of Early Help and Prevention", "MASH; schools",
                "Nov 2025", "On track"]),
        "Note on 1.3: request for support form piloted with six schools in the summer term; IT build due October.",
        "",
        "Priority 2: Practitioners across the partnership are confident to lead early help",
        T.join(["Ref", "Action", "Lead", "Partners", "Timescale", "Status"]),
        T.join(["2.1", "Deliver Early Help Assessment and Team Around the Family training to 200 practitioners",
                "BCSSP Training Coordinator", "All partners", "Mar 2026", "On track"]),
        T.join(["2.2", "Lead practitioner support surgeries for schools and health visitors",
                "Early Help Advisers", "Schools; HCRG Care Group", "Monthly", "On track"]),
        T.join(["2.3", "Refresh the Continuum of Need guidance and relaunch it with all partners",
                "BCSSP Business Manager / Head of Early Help and Prevention", "Police; BSW ICB",
                "Summer term 2026", "Slipped"]),
        "",
        "Priority 3: We know early help is making a difference",
        T.join(["Ref", "Action", "Lead", "Partners", "Timescale", "Status"]),
        T.join(["3.1", "Early help outcomes framework and quarterly dashboard to the Early Help Sub-Group",
                "Business Intelligence Lead", "Supporting Families Programme", "Q2 2025/26", "Off track"]),
        T.join(["3.2", "Family feedback survey (Family Hubs and targeted early help), with results shared with "
                "the Parent Carer Forum", "Family Hubs Programme Lead", "Parent Carer Forum", "January 2026",
                "Not started"]),
        "",
        "Next review: BCSSP Early Help Sub-Group, December 2025",
    ]
    with open(p("my1-bath-north-east-somerset-early-help-strategy-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. Middlesbrough - local area SEND inspection improvement plan (xlsx): summary
#    sheet with totals and key, one sheet per area for improvement, RAG by fill
#    colour only, start and end date columns.
# ---------------------------------------------------------------------------
def middlesbrough():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Middlesbrough Local Area SEND Partnership – Local Area SEND Inspection Improvement Plan"
    s["A1"].font = Font(bold=True, size=14)
    s["A3"] = "Ofsted/CQC area SEND inspection, October 2023 – positive outcome. Plan version 4, position at 30 June 2025."
    s["A5"] = "Progress summary"
    s["A5"].font = Font(bold=True)
    hdr = ["Area for improvement", "Actions", "Complete", "Green", "Amber", "Red"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summ = [("AFI 1 – Suspensions", 3, 1, 1, 1, 0), ("AFI 2 – Learning disability service", 2, 1, 0, 0, 1),
            ("AFI 3 – Quality of EHC plans", 2, 1, 1, 0, 0), ("AFI 4 – Annual reviews", 2, 0, 1, 1, 0),
            ("Total", 9, 3, 3, 2, 1)]
    for i, row in enumerate(summ, 7):
        for j, v in enumerate(row, 1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A13"] = "RAG key"
    s["A13"].font = Font(bold=True)
    for i, (f, t) in enumerate(((BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some risk to delivery"),
                                (RED, "Off track – escalate to SEND Partnership Board")), 14):
        s.cell(row=i, column=1).fill = fill(f)
        s.cell(row=i, column=2, value=t)
    s.column_dimensions["A"].width = 38
    s.column_dimensions["B"].width = 12

    D = dt.date
    afis = [
        ("AFI 1", "Area for improvement 1",
         "Leaders across the partnership should continue to work together to reduce the rates of suspension for "
         "children and young people with SEND, particularly those receiving SEN support.", [
             ("1.1", "Inclusion Charter signed by all Middlesbrough schools, with termly suspension data by school "
                     "shared at the Inclusion Partnership Board.",
              "Fewer suspensions of pupils on SEN support (baseline 2022/23).",
              "Head of Inclusion, Assessment and Review", D(2024, 1, 8), D(2024, 7, 31), BLUE),
             ("1.2", "Targeted outreach from the Inclusion Outreach Team to the ten schools with the highest "
                     "suspension rates for pupils on SEN support.",
              "Suspension rate in the ten schools falls by 20%.",
              "Inclusion Outreach Team Manager", D(2024, 4, 15), D(2026, 3, 31), GREEN),
             ("1.3", "Review alternative provision commissioning so that places are used for early intervention "
                     "rather than after permanent exclusion.",
              "AP commissioning framework agreed by Schools Forum.",
              "Head of Access to Education; Commissioning Manager (AP)", D(2024, 9, 2), D(2025, 12, 31), AMBER),
         ]),
        ("AFI 2", "Area for improvement 2",
         "Leaders should improve access to the learning disability service and reduce waiting times for "
         "assessment, so that children and young people with learning disabilities get timely support.", [
             ("2.1", "Agree a single referral route into the Children's Learning Disability Service across "
                     "Middlesbrough and Redcar & Cleveland.",
              "One referral form and triage meeting in use.",
              "Designated Clinical Officer (Tees Valley ICB) / Service Manager, Children's LD Service",
              D(2024, 2, 1), D(2024, 9, 30), BLUE),
             ("2.2", "Waiting list validation and additional clinics to reduce the longest waits to under 18 weeks.",
              "No child waiting more than 18 weeks for assessment.",
              "Service Manager, Children's LD Service", D(2024, 6, 3), "Sept 2025 – March 2026", RED),
         ]),
        ("AFI 3", "Area for improvement 3",
         "Leaders should improve the quality of EHC plans, so that they consistently capture children and young "
         "people's aspirations and the contributions of health and social care.", [
             ("3.1", "Multi-agency EHC plan quality assurance panel meeting monthly, auditing 10 draft plans each month.",
              "80% of audited plans rated good or better.",
              "SEND Quality Assurance Officer", D(2024, 3, 1), "Monthly", GREEN),
             ("3.2", "Health and social care advice templates revised and training delivered to contributing "
                     "practitioners.",
              "Advice returned within 6 weeks in 90% of cases.",
              "R. Hughes & P. Okafor", D(2024, 5, 1), D(2025, 1, 31), BLUE),
         ]),
        ("AFI 4", "Area for improvement 4",
         "Leaders should improve the timeliness of annual reviews of EHC plans and make sure that amendments "
         "are made promptly.", [
             ("4.1", "Recruit two additional SEND Officers (annual reviews) and introduce an annual review tracker "
                     "shared with schools.",
              "Amendments issued within 4 weeks of the review meeting in 85% of cases.",
              "Head of SEND Assessment and Review", D(2024, 10, 1), D(2025, 10, 31), AMBER),
             ("4.2", "Annual reviews for all Year 9 and Year 11 pupils completed by the end of the spring term, with "
                     "preparing for adulthood outcomes updated.",
              "100% of Year 9 and Year 11 reviews held on time.",
              "Head of SEND Assessment and Review / Post-16 Transitions Lead", D(2025, 1, 6), "Summer term 2026",
              GREEN),
         ]),
    ]
    for sheet, label, text, acts in afis:
        ws = wb.create_sheet(sheet)
        ws["A1"] = "Middlesbrough Local Area SEND Partnership – Local Area SEND Inspection Improvement Plan"
        ws["A1"].font = Font(bold=True, color=NAVY)
        ws["A3"] = label
        ws["A3"].font = Font(bold=True)
        ws["A4"] = text
        ws["A4"].alignment = WRAP
        ws.merge_cells("A4:G4")
        ws.row_dimensions[4].height = 45
        hdr = ["Action ref", "Action", "Success measure / impact", "Lead officer(s)", "Start date", "End date",
               "RAG"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(row=6, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill(NAVY)
            c.border = BOX
        for i, (ref, act, meas, lead, start, end, rag) in enumerate(acts, 7):
            for j, v in enumerate((ref, act, meas, lead, start, end, None), 1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            ws.cell(row=i, column=7).fill = fill(rag)
        for col, w in zip("ABCDEFG", (10, 55, 38, 36, 11, 22, 8)):
            ws.column_dimensions[col].width = w
    wb.save(p("my1-middlesbrough-local-area-send-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. Inverclyde - fostering service Care Inspectorate improvement plan (docx):
#    service details table, status key, one table per key question with
#    requirement / area for improvement rows above their actions, revised date
#    written inside the timescale cell.
# ---------------------------------------------------------------------------
def inverclyde():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Inverclyde Council Fostering Service – Care Inspectorate Improvement Plan", style="Title")
    doc.add_paragraph("Inverclyde Health and Social Care Partnership, Children & Families")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Service", "Inverclyde Council Fostering Service"),
                                ("Care service number", "CS2004081153"),
                                ("Inspection type and dates", "Unannounced inspection, 7–18 October 2024"),
                                ("Grades", "Wellbeing: 3 – Adequate; Leadership: 3 – Adequate; "
                                           "Care and support planning: 3 – Adequate"),
                                ("Plan owner / last updated", "Service Manager, Children & Families – 30 April 2025"))):
        set_cell(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "E2EFD9")
        set_cell(t.cell(i, 1), b)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete = action delivered (blue); On track (green); At risk (amber); "
                      "Off track (red).")
    colour = {"Complete": "9DC3E6", "On track": "A9D08E", "At risk": "FFD966", "Off track": "FF7C80"}
    kqs = [
        ("Key question 1: How well do we support children and young people's rights and wellbeing?", [
            ("Requirement 1",
             "By 31 March 2025, the provider must ensure that children and young people experience stability by "
             "making timely decisions about their long-term care. To do this, the provider must, at a minimum, "
             "ensure that interim placements are reviewed within agreed timescales and that permanence decisions "
             "are tracked and escalated where there is drift.", [
                 ("R1.1", "Introduce a permanence tracker for all children in interim foster placements, reviewed "
                          "monthly by the Fostering Team Leader and the Children & Families Service Manager.",
                  "Fostering Team Leader; Service Manager, Children & Families", "31/01/2025",
                  "Tracker in place from January 2025; 31 children on tracker.", "Complete"),
                 ("R1.2", "Hold a Permanence Planning Meeting for every child in an interim placement for more "
                          "than six months, with the decision and timescale recorded.",
                  "Service Manager, Children & Families", "By 31 March 2025 (revised to 30 June 2025)",
                  "19 of 27 meetings held. Revised date agreed with Care Inspectorate link inspector.", "At risk"),
             ]),
            ("Area for improvement 1",
             "To support children's wellbeing, the provider should ensure that children and young people are "
             "supported to keep in touch with their brothers and sisters where it is safe to do so. This should "
             "include clear recording of sibling contact arrangements in children's plans.", [
                 ("A1.1", "Make sibling contact arrangements a mandatory section of the child's plan and of the "
                          "foster carer review.",
                  "Practice Development Officer", "June 2025",
                  "Child's plan template amended; carer review form being updated.", "On track"),
             ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2",
             "By 31 May 2025, the provider must ensure that foster carers are safely and effectively supported by "
             "ensuring that all foster carers have an up-to-date annual review, presented to the fostering panel "
             "within the required timescales.", [
                 ("R2.1", "Clear the backlog of overdue foster carer reviews (23 at inspection) with additional "
                          "reviewing officer capacity.",
                  "Independent Reviewing Officer (Fostering)", "31/05/2025",
                  "9 overdue reviews remaining; all booked for May panel.", "On track"),
                 ("R2.2", "Monthly report of foster carer review timescales to the HSCP Senior Management Team.",
                  "Head of Children & Families and Criminal Justice", "Monthly",
                  "Reported to SMT January–April 2025.", "On track"),
             ]),
            ("Area for improvement 2",
             "The provider should improve quality assurance of the fostering service so that managers have an "
             "accurate overview of performance, including the supervision of supervising social workers and the "
             "training undertaken by foster carers.", [
                 ("A2.1", "Develop a fostering service quality assurance framework, including a six-monthly case "
                          "file audit.",
                  "Service Manager, Children & Families / Quality Assurance Officer", "Sept 2025",
                  "QA Officer post vacant since February; framework not started.", "Off track"),
                 ("A2.2", "Move foster carer training records to a single database, with learning and development "
                          "targets reviewed at each annual review.",
                  "Learning & Development Officer (HSCP)", "Oct-24 – Mar-25",
                  "All 64 carer households now on the database.", "Complete"),
             ]),
        ]),
        ("Key question 3: How well is our care and support planned?", [
            ("Area for improvement 3",
             "The provider should ensure that foster carers are invited to contribute to children's reviews and "
             "that young people are supported to attend or to give their views.", [
                 ("A3.1", "Issue pre-review consultation forms (foster carer and young person) for every looked after "
                          "review and offer the Mind Of My Own app to all young people aged 8 and over.",
                  "Independent Reviewing Officers", "Ongoing",
                  "Consultation returned for 70% of reviews in Q4 2024/25.", "On track"),
             ]),
        ]),
    ]
    for kq, items in kqs:
        doc.add_heading(kq, level=1)
        nrows = 1 + sum(1 + len(a) for _, _, a in items)
        t = doc.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(("Ref", "Action", "Responsible", "Timescale", "Progress update", "Status")):
            set_cell(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for label, text, acts in items:
            set_cell(t.cell(r, 0), label, bold=True)
            shade(t.cell(r, 0), "FBE4D5")
            m = t.cell(r, 1).merge(t.cell(r, 5))
            set_cell(m, text)
            shade(m, "FBE4D5")
            r += 1
            for a in acts:
                for j, v in enumerate(a):
                    set_cell(t.cell(r, j), v)
                shade(t.cell(r, 5), colour[a[5]])
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Approved by: Head of Children & Families and Criminal Justice. "
                      "Reported to the Social Work and Social Care Scrutiny Panel.")
    doc.save(p("my1-inverclyde-council-fostering-service-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 7. West Berkshire - youth justice service HMIP improvement plan (xlsx, REFUSE):
#    recommendation rows above their actions, one target date mistyped.
# ---------------------------------------------------------------------------
def west_berkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "West Berkshire Youth Justice Service – HMI Probation Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection of youth offending services, January 2023 (report published March 2023)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "For the Youth Justice Management Board – update November 2023"
    hdr = ["No.", "Action", "Owner", "Target date", "Update", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    recs = [
        ("Recommendation 1: The West Berkshire YOT Management Board should make sure that the partnership meets its "
         "statutory duty to second a probation officer to the youth offending team.", [
             ("1.1", "Raise the vacancy with the Head of the Probation Delivery Unit and agree interim cover "
                     "arrangements for transitions cases.", "YJS Manager", "Apr-2023",
              "Interim cover from PDU duty officer agreed.", "Completed"),
             ("1.2", "Secure agreement for a 0.5 FTE seconded probation officer, with the secondment reviewed at "
                     "each Board meeting.", "Board Chair / Head of Probation Delivery Unit", "Jul-2023",
              "Probation officer in post from 3 July 2023.", "Completed"),
             ("1.3", "Refresh the YJS to Probation transitions protocol with the seconded officer.",
              "YJS Team Manager", "Decmber 2023", "Draft protocol shared with PDU.", "On track"),
         ]),
        ("Recommendation 2: The West Berkshire YOT Management Board should work with Thames Valley Police to "
         "understand and address disproportionality in out-of-court disposals, and make sure that children "
         "receiving them are assessed for trauma.", [
             ("2.1", "Add ethnicity and looked after status to the out-of-court disposal dataset reported to the "
                     "Board each quarter.", "YJS Information Officer", "Jun-2023",
              "Dataset reported from Q1 2023/24.", "Completed"),
             ("2.2", "Joint Decision Making Panel to include a trauma-informed screening (AIM/TRM) for every child "
                     "considered for an out-of-court disposal.", "YJS Team Manager; TVP Youth Justice Sergeant",
              "Sep-2023", "Screening in use since September panel.", "Completed"),
             ("2.3", "Disproportionality deep dive with Thames Valley Police and the Youth Justice Board, with "
                     "findings and an action plan to the Board.", "Board Chair", "Mar-2024",
              "Scoping meeting held 12 October 2023.", "On track"),
         ]),
    ]
    r = 6
    for rec, acts in recs:
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.alignment = WRAP
        c.fill = fill(LIGHT)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            for j, v in enumerate(a, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Completed / On track / Delayed. Owners report by exception to the Board.")
    for col, w in zip("ABCDEF", (8, 60, 32, 14, 40, 12)):
        ws.column_dimensions[col].width = w
    wb.save(p("my1-west-berkshire-youth-justice-service-hmip-improvement-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    croydon()
    slough()
    hounslow()
    banes()
    middlesbrough()
    inverclyde()
    west_berkshire()
    print("built 7 files in", HERE)
