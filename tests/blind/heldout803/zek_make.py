"""Build the seven zek- test files (set heldout803).

Run with /work/main/.venv/bin/python zek_make.py from any directory; files are
written beside this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
RAG_FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
}


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX


def body_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
    return row


def band_row(ws, row, text, ncols, fill="D9E1F2"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = BOLD
    c.fill = PatternFill("solid", fgColor=fill)
    c.alignment = Alignment(wrap_text=True, vertical="center")


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


DOC_RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}


# ======================================================================
# 1. Chorley Council - Corporate Strategy 2024/25 project delivery tracker
# ======================================================================
CHORLEY_STATUS_FILL = {
    "Complete": RAG_FILL["blue"],
    "Green": RAG_FILL["green"],
    "Amber": RAG_FILL["amber"],
    "Red": RAG_FILL["red"],
}

CHORLEY = [
    ("Housing where residents can live well", [
        ("H1", "Deliver 40 new affordable homes through the council's housing development programme",
         "Director of Planning and Development", "April 2024", "March 2025", "Green", "Green",
         "32 homes handed over; remaining 8 at Cotswold Road due for completion in February 2025."),
        ("H2", "Introduce a selective licensing scheme for private rented homes in Chorley East and Chorley North East",
         "Director of Communities", "June 2024", "March 2025 (revised from December 2024)", "Amber", "Amber",
         "Consultation closed 30 November. Scheme designation delayed pending legal advice; action plan in place."),
        ("H3", "Refresh the Housing Strategy and the Homelessness and Rough Sleeping Strategy",
         "Head of Housing Services / Housing Strategy Officer", "April 2024", "December 2024", "Green", "Complete",
         "Both strategies approved by Executive Cabinet on 12 December 2024."),
    ]),
    ("A green and sustainable borough", [
        ("G1", "Install solar PV panels on council-owned buildings, including the Union Street offices and the Bengal Street depot",
         "Director of Change and Delivery", "April 2024", "September 2025", "Green", "Green",
         "Union Street installation complete. Depot works tendered; contract award January 2025."),
        ("G2", "Plant 20,000 trees across the borough as part of the tree planting programme",
         "Director of Customer and Digital", "October 2024", "March 2025", "Green", "Green",
         "11,400 trees planted to date with volunteer groups and schools."),
        ("G3", "Deliver the Chorley Green Homes retrofit grant scheme for low-income households",
         "Director of Communities", "July 2024", "March 2026", "Amber", "Red",
         "Take-up is well below profile (14 of 120 homes). Contractor capacity issue escalated to the Senior Management Team."),
    ]),
    ("An enterprising economy with vibrant local centres in urban and rural areas", [
        ("E1", "Deliver the town centre masterplan, including the redevelopment of Market Street",
         "Director of Planning and Development", "April 2024", "March 2027", "Green", "Green",
         "Planning permission granted for phase 1. Enabling works start on site March 2025."),
        ("E2", "Launch the Chorley Skills and Employment Hub with local colleges and employers",
         "Head of Economic Development", "September 2024", "January 2025", "Green", "Complete",
         "Hub opened at Market Walk on 6 January 2025."),
        ("E3", "Extend the rural business grant scheme to support businesses in rural areas of the borough",
         "Head of Economic Development", "April 2024", "March 2025", "Green", "Green",
         "19 grants awarded totalling £94,500."),
    ]),
    ("Healthy, safe and engaged communities", [
        ("C1", "Complete the refurbishment of Astley Hall and reopen it as a visitor destination",
         "Director of Commercial Services", "January 2024", "July 2025", "Amber", "Amber",
         "Roof works found further timber decay; reopening moved from April to July 2025."),
        ("C2", "Deliver a programme of free holiday activities and food for children eligible for free school meals",
         "Director of Communities", "April 2024", "Ongoing", "Green", "Green",
         "Christmas programme delivered to 1,150 children across 22 venues."),
        ("C3", "Extend CCTV coverage to town centre car parks and rural hotspots",
         "Head of Health, Environment and Neighbourhoods", "June 2024", "31/03/2025", "Green", "Green",
         "Six of nine cameras installed and live."),
    ]),
]


def make_chorley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q3 2024-25 Projects"
    ws["A1"] = "Chorley Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Corporate Strategy 2024/25 – Project Delivery Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter Three: 1 October – 31 December 2024"
    ws["A5"] = "Summary of project status"
    ws["A5"].font = BOLD
    header_row(ws, 6, ["Status", "Number", "%"])
    summary = [("Complete", 2, "17%"), ("Green", 7, "58%"), ("Amber", 2, "17%"),
               ("Red", 1, "8%"), ("Total", 12, "100%")]
    r = 7
    for s in summary:
        body_row(ws, r, list(s))
        if s[0] in CHORLEY_STATUS_FILL:
            ws.cell(row=r, column=1).fill = CHORLEY_STATUS_FILL[s[0]]
        r += 1
    r += 1  # blank row 12
    cols = ["Ref", "Project", "Lead Officer", "Start", "End", "Q2 Status", "Q3 Status", "Commentary"]
    header_row(ws, r, cols)
    r += 1
    for priority, projects in CHORLEY:
        band_row(ws, r, priority, len(cols))
        r += 1
        for p in projects:
            body_row(ws, r, list(p))
            ws.cell(row=r, column=6).fill = CHORLEY_STATUS_FILL[p[5]]
            ws.cell(row=r, column=7).fill = CHORLEY_STATUS_FILL[p[6]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Status key: Complete (blue) – project delivered; Green – on track; "
        "Amber – early warning of potential delay, action plan in place; "
        "Red – significant delay or issue requiring intervention."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
    widths(ws, {"A": 8, "B": 55, "C": 32, "D": 13, "E": 22, "F": 11, "G": 11, "H": 55})
    ws.freeze_panes = "A14"
    wb.save(out("zek-chorley-council-corporate-strategy-2024-25-delivery-tracker-q3.xlsx"))


# ======================================================================
# 2. Hertfordshire County Council - scrutiny recommendations tracker
# ======================================================================
HERTS = [
    ("SR (23/24) 14", "TG – Water Safety", "13/02/2024", "Community Protection",
     "That Hertfordshire Fire and Rescue Service extends its water safety schools programme to all Key Stage 2 pupils in areas close to open water.",
     "19/03/2024", "AC (HFRS)", "July 2025",
     "Programme delivered to 41 schools in 2024; remaining 23 schools booked for summer term 2025.",
     "Amber", "Amber"),
    ("SR (24/25) 01", "TG – SEND Home to School Transport", "12/06/2024", "Children's Services",
     "That families applying for SEND home to school transport receive a decision within 20 working days of a complete application.",
     "16/07/2024", "SB/TH", "Sept 2024",
     "Decision times now monitored weekly; 94% of decisions made within 20 working days in December 2024.",
     "Amber", "Green"),
    ("SR (24/25) 02", "TG – SEND Home to School Transport", "12/06/2024", "Children's Services",
     "That independent travel training is offered to all eligible young people in Year 11 with an EHCP as part of their annual review.",
     "16/07/2024", "SB/JM", "March 2025",
     "Travel training offer added to Year 11 annual review template from September 2024.",
     "Green", "Green"),
    ("SR (24/25) 03", "TG – SEND Home to School Transport", "12/06/2024", "Children's Services",
     "That route planning and contract awards are reviewed to reduce the number of single-occupancy taxi journeys.",
     "16/07/2024", "TH", "31/07/2025",
     "Route optimisation software procured; first routes retendered for January 2025.",
     "Red", "Amber"),
    ("SR (24/25) 04", "SC", "09/07/2024", "Adult Care Services",
     "That the Executive Member for Adult Care and Health reports back on progress in reducing waiting lists for Care Act assessments six months after the CQC assessment.",
     "10/09/2024", "CB", "Jan 2025",
     "Report on the agenda for Scrutiny Committee 21 January 2025.",
     "Green", "Complete"),
    ("SR (24/25) 05", "TG – Highways Pothole Repairs", "15/10/2024", "Highways",
     "That the proportion of potholes repaired at the first visit is published quarterly on the council website.",
     "12/11/2024", "MH/AS", "Q4 2024/25",
     "Data being validated; first publication planned with the Q4 performance report.",
     "", "Green"),
    ("SR (24/25) 06", "TG – Highways Pothole Repairs", "15/10/2024", "Highways",
     "That the quality of third-party utility reinstatements is reviewed and reported to the Highways and Transport Cabinet Panel.",
     "12/11/2024", "AS", "Ongoing",
     "Not progressed – awaiting data from the new permit scheme.",
     "", "Red"),
    ("SR (24/25) 07", "SC", "19/11/2024", "Resources",
     "That the revised Medium Term Financial Strategy assumptions are circulated to all members before budget scrutiny in January.",
     "10/12/2024", "LP", "Jan 2025",
     "Circulated to all members on 8 January 2025.",
     "", "Complete"),
]

HERTS_FILL = {"Complete": RAG_FILL["blue"], "Green": RAG_FILL["green"],
              "Amber": RAG_FILL["amber"], "Red": RAG_FILL["red"]}


def make_herts():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Hertfordshire County Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scrutiny Recommendations Tracker 2024/25"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report to Overview & Scrutiny Committee – 21 January 2025 (see 'Key' tab for column definitions)"
    cols = ["Reference", "Origin", "Date agreed", "Area", "Recommendation", "Exec response date",
            "Lead Officer/EM", "Target date", "Action taken / update", "Previous RAG", "Current RAG"]
    header_row(ws, 5, cols)
    r = 6
    for rec in HERTS:
        body_row(ws, r, list(rec))
        for col in (10, 11):
            v = rec[col - 1]
            if v:
                ws.cell(row=r, column=col).fill = HERTS_FILL[v]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    r += 1
    for label, n in (("Complete", 2), ("Green", 3), ("Amber", 2), ("Red", 1), ("Total open and closed", 8)):
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
        r += 1
    widths(ws, {"A": 15, "B": 24, "C": 12, "D": 18, "E": 60, "F": 12, "G": 12, "H": 12,
                "I": 50, "J": 10, "K": 10})

    key = wb.create_sheet("Key")
    lines = [
        ("Column", "Meaning"),
        ("Reference", "Each recommendation is given a reference showing the municipal year in which it was agreed."),
        ("Origin", "SC = Overview & Scrutiny Committee; TG = topic group (name of the topic group follows)."),
        ("Date agreed", "Date of the meeting at which the recommendation was agreed."),
        ("Exec response date", "Date the Executive / Cabinet Panel responded to the recommendation."),
        ("Lead Officer/EM", "Initials of the lead officer(s) and/or Executive Member."),
        ("Target date", "Date by which the recommendation is expected to be implemented."),
        ("Current RAG", "Complete – recommendation achieved, monitoring no longer required; Green – on track; "
                        "Amber – acceptable progress, continue monitoring; Red – unacceptable progress, "
                        "lead officer to attend next meeting."),
    ]
    for i, (a, b) in enumerate(lines, start=1):
        key.cell(row=i, column=1, value=a).font = BOLD if i == 1 else Font()
        key.cell(row=i, column=2, value=b).alignment = WRAP
    widths(key, {"A": 20, "B": 100})
    wb.save(out("zek-hertfordshire-county-council-scrutiny-recommendations-tracker-2024-25.xlsx"))


# ======================================================================
# 3. Southampton City Council - fostering service development plan (refuse)
# ======================================================================
SOTON = [
    ("Priority 1 – Recruit more foster carers who live in and around Southampton", [
        ("1.1", "Launch a refreshed recruitment campaign under the Foster for Southampton brand, targeting carers for teenagers and sibling groups",
         "Marketing and Recruitment Officer", "September 2024",
         "40 enquiries per quarter; 12 new households approved in the year",
         "Campaign launched 9 September 2024; 47 enquiries in Q2 and 38 in Q3.", "G"),
        ("1.2", "Agree a council tax reduction for Southampton foster carers",
         "Service Lead – Fostering", "April 2025",
         "Reduction in place from April 2025",
         "Proposal included in the 2025/26 budget report to Cabinet.", "A"),
        ("1.3", "Work with the regional fostering recruitment support hub to convert more enquiries into applications",
         "Recruitment Team Manager", "March 2025",
         "Conversion from enquiry to application above 15%",
         "Hub referral route live; conversion currently 11%.", "G"),
    ]),
    ("Priority 2 – Support and retain our foster carers", [
        ("2.1", "Launch a second Mockingbird constellation for carers of children aged 11 and over",
         "Supervising Social Work Team Manager", "December 2024",
         "Second hub home carer recruited; 8 satellite households",
         "Constellation launched 14 November 2024.", "C"),
        ("2.2", "Review fostering allowances and fees against neighbouring authorities and the national minimum allowance",
         "Head of Service – Children in Care", "Febuary 2025",
         "New fee structure agreed and communicated to carers",
         "Benchmarking complete; options paper drafted.", "A"),
    ]),
    ("Priority 3 – Improve matching and placement stability", [
        ("3.1", "Introduce a matching panel for all long-term fostering arrangements",
         "Permanence Team Manager", "June 2025",
         "All long-term matches agreed at panel",
         "Terms of reference drafted.", "G"),
        ("3.2", "Deliver stability meetings within 10 working days when a placement is at risk of ending",
         "Supervising Social Work Team Manager", "Ongoing",
         "Fewer unplanned endings (target below 10% a year)",
         "Stability meetings held in 18 of 21 cases this year.", "G"),
    ]),
    ("Priority 4 – Kinship and connected carers", [
        ("4.1", "Complete connected person assessments within 16 weeks of a child being placed",
         "Kinship Team Manager", "March 2025",
         "90% of assessments completed within 16 weeks",
         "Currently 71%; extra assessor in post from January.", "R"),
        ("4.2", "Publish the kinship local offer on the council website",
         "Kinship Team Manager", "January 2025",
         "Local offer published and shared with kinship carers",
         "Draft with communications team.", "A"),
    ]),
]


def make_soton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan"
    ws["A1"] = "Southampton City Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fostering Service Development Plan 2024-25"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Plan owner: Service Lead – Fostering | Reviewed monthly at Fostering Service "
                "Management Team | Last updated: 03/02/2025")
    cols = ["No.", "Action", "Lead", "Timescale", "Success measure", "Progress update", "RAG"]
    header_row(ws, 5, cols)
    r = 6
    rag_fill = {"G": RAG_FILL["green"], "A": RAG_FILL["amber"], "R": RAG_FILL["red"], "C": RAG_FILL["blue"]}
    for priority, actions in SOTON:
        band_row(ws, r, priority, len(cols), fill="E2EFDA")
        r += 1
        for a in actions:
            body_row(ws, r, list(a))
            ws.cell(row=r, column=7).fill = rag_fill[a[6]]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: G = on track; A = some slippage; R = off track; C = complete")
    widths(ws, {"A": 6, "B": 60, "C": 30, "D": 16, "E": 36, "F": 46, "G": 6})

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary by priority"
    s["A1"].font = BOLD
    header_row(s, 2, ["Priority", "Actions", "C", "G", "A", "R"])
    rows = [("Priority 1", 3, 0, 2, 1, 0), ("Priority 2", 2, 1, 0, 1, 0),
            ("Priority 3", 2, 0, 2, 0, 0), ("Priority 4", 2, 0, 0, 1, 1),
            ("Total", 9, 1, 4, 3, 1)]
    for i, row in enumerate(rows, start=3):
        body_row(s, i, list(row))
    widths(s, {"A": 14})
    wb.save(out("zek-southampton-city-council-fostering-service-development-plan-2024-25-typo-month-refuse.xlsx"))


# ======================================================================
# 4. BCP local area SEND written statement of action - progress report (docx)
# ======================================================================
BCP = [
    ("1. Culture",
     "Cultural issues across the local area have led to weak partnership working across the system, and with families and children and young people.",
     [("1.1", "Agree and publish a shared SEND partnership charter setting out how leaders across education, health and care will work together and with families.",
       "Director of Education and Skills; NHS Dorset Chief Nursing Officer", "March 2022",
       "Charter co-produced with Parent Carer Forum and signed by all partners in April 2022.", "Blue"),
      ("1.2", "Hold termly partnership practice days for SEND, health and social care practitioners, with parents invited to co-present.",
       "SEND Improvement Programme Manager", "Termly",
       "Three practice days held (May, July, October 2022). Attendance from schools is low.", "Amber")]),
    ("2. Evaluation",
     "Leaders' self-evaluation is not accurate enough and does not focus sufficiently on the lived experiences of children and young people with SEND and their families.",
     [("2.1", "Develop a SEND outcomes dashboard combining education, health and care data, reported to every SEND Improvement Board.",
       "Head of Quality Assurance (Education)", "Sept 2022",
       "Dashboard live from September 2022 Board. Health waiting-time data still added manually.", "Green")]),
    ("3. Co-production",
     "Co-production with families, children and young people is underdeveloped, and parents do not feel listened to.",
     [("3.1", "Co-produce a local area co-production charter and training with Parent Carer Forum members.",
       "Parent Carer Forum (PCF) / SEND Service Manager", "Autumn term 2022",
       "Charter agreed. Training for 120 staff delivered in November 2022.", "Green"),
      ("3.2", "Set up a young people's SEND participation group to review the Local Offer and the EHCP process.",
       "Participation Lead", "Dec 2022",
       "Recruitment of young people slower than planned; first meeting now January 2023.", "Amber")]),
    ("4. Sustainable services",
     "Services for children and young people with SEND are not sustainable, and recruitment challenges have led to long waits for assessment and therapy.",
     [("4.1", "Recruit to the educational psychology and speech and language therapy vacancies and agree a joint retention offer.",
       "Head of SEND; NHS Dorset Designated Clinical Officer", "March 2023",
       "4 of 7 EP posts filled. SLT vacancy rate remains 22%.", "Red")]),
    ("5. Graduated response",
     "The graduated response is inconsistent across schools and settings, leading to slow identification of needs and inconsistent access to support.",
     [("5.1", "Publish the BCP Graduated Response toolkit for early years settings, schools and colleges.",
       "Principal Educational Psychologist", "Summer term 2022",
       "Toolkit published June 2022 and launched at SENCo conference.", "Blue"),
      ("5.2", "Deliver SENCo network training on using the toolkit, with follow-up visits to schools with the highest rates of EHCP requests.",
       "Head of Inclusion", "31/01/2023",
       "Network training complete; 11 of 18 follow-up visits completed.", "Green")]),
    ("6. Education, health and care plans (EHCPs)",
     "There are variations in the quality and timeliness of EHCPs because of weaknesses in joint working, access to advice and quality assurance.",
     [("6.1", "Clear the backlog of EHC needs assessments over 20 weeks and return to at least 60% of new EHCPs issued within 20 weeks.",
       "Head of SEND", "March 2023",
       "Backlog reduced from 312 to 141. Timeliness 38% in November 2022.", "Red"),
      ("6.2", "Introduce multi-agency quality assurance of a sample of new EHCPs each month, including health and social care advice.",
       "Designated Clinical Officer (DCO)", "Sept 2022",
       "Monthly QA panel running since September 2022; findings reported to Board.", "Blue")]),
    ("7. Joint commissioning",
     "Joint commissioning arrangements are weak and have limited the area's ability to plan for and meet needs.",
     [("7.1", "Agree a joint commissioning strategy for SEND with NHS Dorset, starting with speech and language therapy and neurodevelopmental pathways.",
       "Joint Commissioning Manager", "Ongoing",
       "Draft strategy to Board in January 2023.", "Amber")]),
    ("8. Exclusion and inclusion",
     "Too high a proportion of children and young people with SEND are excluded or do not access full-time education.",
     [("8.1", "Review all children with SEND on reduced timetables or missing education each half-term and agree a return plan for each child.",
       "Head of Inclusion / Virtual School Headteacher", "Dec 2022",
       "Half-termly reviews in place; 46 children returned to full-time education.", "Green")]),
]


def make_bcp():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Bournemouth, Christchurch and Poole Local Area SEND Written Statement of Action", style="Title")
    doc.add_paragraph("Progress report to the SEND Improvement Board – December 2022")
    doc.add_paragraph("BCP Council and NHS Dorset")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        t.rows[0].cells[i].text = h
    for row in (("v0.3", "01/12/2022", "SEND Improvement Programme Manager", "Draft for Board"),
                ("v1.0", "14/12/2022", "SEND Improvement Programme Manager", "Approved by SEND Improvement Board")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in (("Blue", "Action complete and impact being monitored"),
                            ("Green", "On track to be delivered by the date shown"),
                            ("Amber", "Some delay; recovery plan agreed"),
                            ("Red", "Significantly off track; escalated to the SEND Improvement Board")):
        cells = k.add_row().cells
        cells[0].text = colour
        shade(cells[0], DOC_RAG[colour])
        cells[1].text = meaning

    doc.add_paragraph(
        "The inspection of the local area in October 2021 identified eight areas of significant weakness. "
        "Each section below sets out the weakness as written in the inspection letter, followed by the actions "
        "agreed in the written statement of action and progress to date.")

    for heading, weakness, actions in BCP:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph(weakness)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead(s)", "By when", "Progress to date", "RAG"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], DOC_RAG[a[5]])
        doc.add_paragraph("")

    doc.add_paragraph("Next progress report to the SEND Improvement Board: March 2023.")
    doc.save(out("zek-bcp-local-area-send-written-statement-of-action-progress-report.docx"))


# ======================================================================
# 5. West Northamptonshire Council - scrutiny recommendations monitoring (docx)
# ======================================================================
WNC = [
    ("People Overview and Scrutiny Committee – Task and Finish Group: Children's Mental Health and Wellbeing (Cabinet 12 March 2024)", [
        ("CMH1", "That the Council works with schools and the Integrated Care Board to extend Mental Health Support Teams to all secondary schools in West Northamptonshire.",
         "Accepted", "Assistant Director, Early Help and Prevention", "September 2025",
         "Two new teams funded from September 2024; 78% of secondary schools now covered.", "Green"),
        ("CMH2", "That a single online directory of local mental health and wellbeing support for children and young people is published.",
         "Accepted", "Head of Communications / Public Health Principal", "September 2024",
         "Directory published on the Local Offer in August 2024.", "Complete"),
        ("CMH3", "That the Cabinet Member reports annually to the Committee on waiting times for children's mental health services.",
         "Accepted in part", "Director of Public Health; Director of Children's Services", "Ongoing – reported annually",
         "First annual report due to Committee in March 2025.", "Green"),
    ]),
    ("Place Overview and Scrutiny Committee – Task and Finish Group: Flood Resilience (Cabinet 14 May 2024)", [
        ("FR1", "That a programme of community flood plans is developed with parish and town councils in areas flooded in 2024.",
         "Accepted", "Emergency Planning Manager", "31 March 2025",
         "9 of 16 priority parishes have draft plans.", "Amber"),
        ("FR2", "That gully cleansing frequencies on known flooding hotspots are increased to twice a year.",
         "Accepted", "Head of Highways / Lead Local Flood Authority Manager", "Q3 2024/25",
         "Revised cleansing schedule in place from October 2024.", "Complete"),
        ("FR3", "That the Council lobbies the Environment Agency for a flood alleviation study for the River Nene at Weedon Bec.",
         "Accepted", "Lead Local Flood Authority Manager", "End of June 2025",
         "Letter sent by the Leader; no response yet received.", "Red"),
    ]),
    ("Corporate Overview and Scrutiny Committee – Task and Finish Group: Council Tax Reduction Scheme (Cabinet 9 July 2024)", [
        ("CTR1", "That the Council models a banded income scheme for working-age claimants before consultation on the 2025/26 scheme.",
         "Accepted", "Head of Revenues and Benefits", "October 2024",
         "Modelling complete and reported to Cabinet on 8 October 2024.", "Complete"),
        ("CTR2", "That take-up of the scheme among eligible pensioners is promoted through libraries and the Age UK partnership.",
         "Accepted", "Customer Services Manager", "April 2025",
         "Campaign materials drafted; library sessions start February 2025.", "Green"),
    ]),
]


def make_wnc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph("West Northamptonshire Council")
    p.runs[0].bold = True
    doc.add_heading("Scrutiny Recommendations Monitoring Report – October 2024", level=1)
    doc.add_paragraph(
        "Appendix A to the report to the Overview and Scrutiny Management Group, 31 October 2024. "
        "This appendix sets out progress on recommendations from task and finish scrutiny reviews that "
        "have been agreed by Cabinet. Completed recommendations will be removed from the next report "
        "once the Management Group has agreed that they can be signed off.")
    doc.add_paragraph("RAG status: Complete – implemented; Green – on track; Amber – at risk of slipping; "
                      "Red – off track or not progressed.")
    labels = ["Ref", "Recommendation", "Cabinet response", "Lead officer", "Target date",
              "Progress (October 2024)", "RAG status"]
    fills = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for review, recs in WNC:
        doc.add_heading(review, level=2)
        for rec in recs:
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for label, value in zip(labels, rec):
                cells = t.add_row().cells
                cells[0].text = label
                cells[0].paragraphs[0].runs[0].bold = True
                shade(cells[0], "F2F2F2")
                cells[1].text = value
            shade(t.rows[-1].cells[1], fills[rec[-1]])
            doc.add_paragraph("")
    doc.add_paragraph("Contact: Democratic Services (Scrutiny), West Northamptonshire Council.")
    doc.save(out("zek-west-northamptonshire-council-scrutiny-task-and-finish-recommendations-monitoring.docx"))


# ======================================================================
# 6. Powys County Council - single agency action plan, CWMPAS APR (csv)
# ======================================================================
POWYS_ROWS = [
    ["Cyngor Sir Powys / Powys County Council", "", "", "", "", "", ""],
    ["Single Agency Action Plan – Adult Practice Review CWMPAS 2/2023", "", "", "", "", "", ""],
    ["Mid and West Wales Safeguarding Board (CWMPAS). Plan agreed 14/11/2023; progress at 28/02/2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Learning point", "Ref", "Action", "Lead officer", "Target date", "Progress", "RAG"],
    ["1. Practitioners accepted Mr B's statements that he could manage at home without testing them against what they saw.",
     "1a", "Deliver professional curiosity workshops to all adult social care teams, using the Mr B case study.",
     "Professional Lead – Safeguarding (Adults)", "31/03/2024", "Six workshops delivered to 142 staff.", "Complete"],
    ["", "1b", "Add a prompt on observed home conditions to the What Matters assessment in WCCIS.",
     "Head of Adult Services; Principal Social Worker", "30/09/2024",
     "Change request raised with WCCIS national team; local workaround in place.", "Amber"],
    ["2. Mental capacity assessments were not completed when Mr B repeatedly declined care.",
     "2a", "Update the Adult Services practice standards to require:\n- a recorded capacity assessment for each significant decision the person declines;\n- consideration of executive capacity where what the person says and what they do do not match.",
     "Principal Social Worker", "Q4 2024/25", "Draft standards out for consultation with team managers.", "Green"],
    ["", "2b", "Audit 30 cases each quarter where care has been declined and report findings to the Quality Assurance Group.",
     "Professional Lead – Safeguarding (Adults)", "Ongoing",
     "Q1 to Q3 audits complete; 63% of cases had a recorded capacity assessment.\nImprovement plan agreed with team managers.", "Green"],
    ["3. Information about Mr B's hoarding and fire risk was not shared with Mid and West Wales Fire and Rescue Service.",
     "3a", "Agree a referral pathway for Safe and Well visits for adults who self-neglect.",
     "Head of Commissioning & Partnerships", "June 2025", "Meeting with MAWWFRS arranged for March 2025.", "Not started"],
    ["", "3b", "Include fire risk in the self-neglect and hoarding multi-agency risk assessment template.",
     "Reablement Service Manager", "Dec-24", "Template updated and published on the staff intranet.", "Complete"],
    ["4. Reablement ended without a plan when Mr B was rehoused.",
     "4a", "Introduce a joint transfer checklist between Housing and Reablement when a person moves home during an episode of care.",
     "Head of Housing / Head of Adult Services", "31/05/2025", "Checklist drafted; not yet tested.", "Amber"],
    ["", "4b", "Review Reablement exit procedures so that every case closes with an agreed onward plan.",
     "Reablement Service Manager", "31/01/2025", "Review delayed by staff absence.", "Red"],
    ["", "", "", "", "", "", ""],
    ["RAG: Complete; Green = on track; Amber = at risk; Red = overdue; Not started", "", "", "", "", "", ""],
]


def make_powys():
    with open(out("zek-powys-county-council-cwmpas-adult-practice-review-single-agency-action-plan.csv"),
              "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        for row in POWYS_ROWS:
            w.writerow(row)


# ======================================================================
# 7. Wokingham Borough Council - single agency action plan, BWSCP LCSPR (txt)
# ======================================================================
WOKINGHAM_TXT = """WOKINGHAM BOROUGH COUNCIL - CHILDREN'S SERVICES
Single Agency Action Plan
Berkshire West Safeguarding Children Partnership: Local Child Safeguarding Practice Review "Child W"

Plan agreed: 18 September 2024          Last updated: 6 March 2025
Owner: Assistant Director, Children's Social Care
Status key: Complete = Blue; On track = Green; At risk = Amber; Off track = Red; Not started = not yet rated

======================================================================
FINDING 1: Professionals did not build a picture of the men living in or visiting Child W's household.
======================================================================

1.1  Action:  Add a "who lives here and who visits" section to the child and family assessment template.
     Lead:    Service Manager - Assessment
     Due:     December 2024
     Status:  Complete
     Update:  Section live on Mosaic from 2 December 2024.

1.2  Action:  Deliver briefings to all social work teams on identifying and engaging fathers and male carers.
     Lead:    Principal Social Worker / Head of Quality Assurance
     Due:     w/c 13/01/2025
     Status:  Complete
     Update:  Four briefings delivered; recording shared on the learning hub.

1.3  Action:  Audit 20 assessments for evidence that all adults in the household were identified and checked.
     Lead:    Head of Quality Assurance
     Due:     By 31 March 2025
     Status:  On track
     Update:  Audit tool agreed; fieldwork underway.

======================================================================
FINDING 2: Concerns from Child W's nursery were not escalated when the family did not engage with early help.
======================================================================

2.1  Action:  Refresh the early help step-up guidance so that non-engagement is reviewed by a manager within 10 working days.
     Lead:    Head of Early Help & Family Hubs
     Due:     End of May 2025
     Status:  At risk
     Update:  Guidance drafted; consultation with partners delayed.

2.2  Action:  Promote the BWSCP escalation policy with early years settings through the termly designated safeguarding lead network.
     Lead:    Early Years Safeguarding Adviser
     Due:     Summer term 2025
     Status:  On track
     Update:  Item booked for the April network meeting.

2.3  Action:  Report the number of step-up requests from early years settings to the Children's Services Leadership Team.
     Lead:    MASH Team Manager
     Due:     Quarterly
     Status:  Not started
     Update:  -

======================================================================
FINDING 3: Child W's health needs were not reviewed at the child protection conference.
======================================================================

3.1  Action:  Include a standing health update item in the child protection conference agenda and report template.
     Lead:    Child Protection Chair Team Manager
     Due:     November 2024
     Status:  Complete
     Update:  New template in use from 1 November 2024.

3.2  Action:  Review attendance of health professionals at initial child protection conferences and agree improvement targets with health partners.
     Lead:    Head of Quality Assurance
     Due:     March 2025
     Status:  Off track
     Update:  Data from health partners not yet received; escalated to BWSCP business manager.

Next review: Children's Services Leadership Team, April 2025.
"""


def make_wokingham():
    with open(out("zek-wokingham-borough-council-bwscp-lcspr-child-w-single-agency-action-plan.txt"),
              "w", newline="\n", encoding="utf-8") as fh:
        fh.write(WOKINGHAM_TXT)


if __name__ == "__main__":
    make_chorley()
    make_herts()
    make_soton()
    make_bcp()
    make_wnc()
    make_powys()
    make_wokingham()
    print("built 7 files in", HERE)
