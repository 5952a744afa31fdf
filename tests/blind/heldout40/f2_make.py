"""Generator for the f2- cases of heldout40 (blind corpus).

Makes seven partnership and corporate plan documents in this folder, laid out as the
partnerships, councils and trusts that publish such plans lay them out. The readings were written
into the .expected.yaml files beside them before this script was first run; this script only
writes the cells, lines and paragraphs.
Run with /work/main/.venv/bin/python f2_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "00B0F0",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "purple": "5B2C6F",
    "teal": "006D77",
    "nhsblue": "005EB8",
    "palepurple": "E8DAEF",
    "paleteal": "D8EFF0",
    "palenhs": "DCE9F7",
    "paleblue": "DDEBF7",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def path(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------------------------
# Word helpers
# --------------------------------------------------------------------------------------------

def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), HEX.get(colour, colour))
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# --------------------------------------------------------------------------------------------
# 1. Barnsley Safeguarding Children Partnership – LCSPR Child M action plan (docx)
# --------------------------------------------------------------------------------------------

BN_RECS = [
    ("Recommendation 1 – Seeing and hearing the child: Partners should seek assurance that "
     "practitioners see children on their own and record what the child says in the child's own "
     "words.", [
         ("1.1", "Refresh the multi-agency 'Voice of the Child' practice guidance and relaunch it "
                 "through a 7-minute briefing.",
          "BSCP Business Manager", "March 2025",
          "Guidance refreshed and published on the BSCP website in February 2025; 7-minute "
          "briefing circulated to all partner agencies.", "Complete"),
         ("1.2", "Multi-agency audit of 20 child protection cases to test whether children were "
                 "seen alone and their views recorded.",
          "Chair, Quality Assurance Subgroup", "September 2025",
          "Audit completed in October. Findings go to the Quality Assurance Subgroup in January "
          "2026, later than planned.", "Amber"),
     ]),
    ("Recommendation 2 – Neglect: The BSCP should be assured that the Graded Care Profile 2 "
     "(GCP2) is used consistently where there are concerns about neglect.", [
         ("2.1", "Increase the number of GCP2-licensed practitioners in Early Help and Health "
                 "Visiting by running four additional training courses.",
          "Head of Early Help / 0-19 Service Lead (Public Health Nursing)", "31/12/2025",
          "Three of the four courses delivered and 46 practitioners licensed. The final course is "
          "booked for December.", "Green"),
         ("2.2", "Add a GCP2 prompt to the strategy discussion template where neglect is a "
                 "feature.",
          "MASH Service Manager", "Nov-25",
          "Template amended and live on the case management system from 3 November 2025.",
          "Complete"),
         ("2.3", "Report GCP2 usage data to the Neglect Strategy Group.",
          "Chair of the Neglect Strategy Group", "Quarterly",
          "First quarterly report received in October 2025; use of GCP2 up from 31 to 58 "
          "assessments.", "Green"),
     ]),
    ("Recommendation 3 – Health information: Partners should make sure that when a child subject "
     "to a plan is not brought to a health appointment, the allocated social worker is told.", [
         ("3.1", "Issue 'Was Not Brought' guidance to GP practices on notifying the allocated "
                 "social worker when a child subject to a plan misses an appointment.",
          "ICB Named GP for Safeguarding Children", "End of January 2026",
          "Draft guidance shared with the GP safeguarding leads forum for comment; sign-off "
          "expected at the Health Executive in January.", "Amber"),
         ("3.2", "Agree a process for the hospital trust to notify children's social care of "
                 "missed paediatric appointments for children subject to a child protection "
                 "plan.",
          "Named Nurse (Barnsley Hospital) and Head of Service, Children in Need", "Q4 2025/26",
          "Delayed while the trust reviews its outpatient booking system. Escalated to the "
          "Safeguarding Partners' Executive in December.", "Red"),
     ]),
    ("Recommendation 4 – Learning into practice: The BSCP should disseminate the learning from "
     "this review and test its impact on practice.", [
         ("4.1", "Hold two multi-agency learning events on the review's findings.",
          "BSCP Training Manager", "June 2025",
          "Events held on 14 May and 18 June 2025; 212 practitioners attended.", "Complete"),
         ("4.2", "Practitioner survey six months after the learning events to test whether "
                 "practice has changed.",
          "BSCP Business Manager", "April 2026", "Survey questions being drafted.",
          "Not started"),
     ]),
]

BN_RAG_FILL = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red",
               "Not started": None}


def make_barnsley():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Barnsley Safeguarding Children Partnership: Child M LCSPR Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string("5B2C6F")

    doc.add_paragraph(
        "The Barnsley Safeguarding Children Partnership commissioned a Local Child Safeguarding "
        "Practice Review following serious harm to Child M, aged 4. The review was published in "
        "November 2024 and made four recommendations to the partnership. This plan sets out how "
        "partners will respond to each recommendation. It is monitored by the Case Review Group "
        "and reported to the Safeguarding Partners' Executive every quarter.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        cell_text(dc.rows[0].cells[i], h, bold=True)
        shade(dc.rows[0].cells[i], "palepurple")
    for row in [("1.0", "09/12/2024", "BSCP Business Unit", "Case Review Group"),
                ("1.3", "15/07/2025", "BSCP Business Unit", "Safeguarding Partners' Executive"),
                ("1.5", "19/01/2026", "BSCP Business Unit", "Case Review Group")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    widths(dc, [2.5, 3, 6, 8])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Action plan").bold = True

    heads = ["Ref", "Action", "Lead", "Timescale", "Progress update (January 2026)", "RAG"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "purple")
    repeat_header(t.rows[0])
    for rec, actions in BN_RECS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        cell_text(merged, rec, bold=True)
        shade(merged, "palepurple")
        for ref, action, lead, when, progress, rag in actions:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, lead, when, progress, rag]):
                cell_text(cells[i], v)
            if BN_RAG_FILL[rag]:
                shade(cells[5], BN_RAG_FILL[rag])
    widths(t, [1.3, 7.5, 4.5, 2.8, 7.5, 2.0])

    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete – action delivered and evidenced; Green – on track; Amber – some "
        "delay, expected to be recovered; Red – off track, escalated to the Safeguarding "
        "Partners' Executive; Not started – not yet due to start.")
    doc.save(path("f2-barnsley-scp-lcspr-child-m-action-plan.docx"))


# --------------------------------------------------------------------------------------------
# 2. Safer Stevenage Partnership – action plan (tab-separated text)
# --------------------------------------------------------------------------------------------

SSP = [
    ("Priority 1: Serious violence and exploitation", [
        ("1.1", "Contribute a Stevenage needs assessment to the refresh of the Hertfordshire "
                "Serious Violence Strategy.", "Community Safety Manager", "31/03/2026",
         "Needs assessment completed in July; county strategy being drafted with partners for "
         "sign-off in the new year.", "G"),
        ("1.2", "Deliver knife crime and exploitation awareness sessions in every secondary "
                "school in Stevenage.", "Youth Engagement Officer", "Summer term 2026",
         "Sessions delivered in 4 of 9 secondary schools; the remaining schools are booked for "
         "the spring and summer terms.", "G"),
        ("1.3", "Extend the town centre safe space for young people to Friday and Saturday "
                "evenings.", "Neighbourhood Inspector (Herts Police) & Youth Connexions Manager",
         "Jan 2026", "Funding agreed. Venue and staffing rota still being finalised.", "A"),
    ]),
    ("Priority 2: Anti-social behaviour and neighbourhood crime", [
        ("2.1", "Review the ASB Case Review (Community Trigger) process and publish revised "
                "guidance.", "ASB Case Review Coordinator", "30/09/2025",
         "Revised guidance published on the council website on 15 September 2025.", "Complete"),
        ("2.2", "Multi-agency problem-solving plans for the three ASB hotspots identified in the "
                "strategic assessment (town centre, Bedwell and Shephall).",
         "Neighbourhood Policing Inspector/ASB Team Leader", "Ongoing",
         "Plans in place in all three areas; ASB reports in the town centre down 14% on the same "
         "period last year.", "G"),
        ("2.3", "Upgrade 40 public space CCTV cameras to high definition.",
         "CCTV Partnership Manager", "Dec-25",
         "Contractor delay on camera supply; escalated to the Strategic Director.", "R"),
    ]),
    ("Priority 3: Domestic abuse and violence against women and girls", [
        ("3.1", "Open a weekly domestic abuse drop-in at the community hub with specialist "
                "partners.", "Domestic Abuse Coordinator", "April 2026",
         "Venue agreed; partners confirming staffing.", "G"),
        ("3.2", "Deliver Ask for Angela and WAVE training to staff in licensed premises in the "
                "town centre.", "Licensing Team Leader", "Q3 2025/26",
         "38 premises trained against a target of 60; further sessions planned with the BID.",
         "A"),
        ("3.3", "Publish the DHR 'Adult F' overview report and track its action plan through the "
                "DHR Steering Group.", "Community Safety Manager",
         "TBC – awaiting Home Office QA panel",
         "Report submitted to the Home Office Quality Assurance Panel in June 2025.", ""),
    ]),
    ("Priority 4: Drug and alcohol harm", [
        ("4.1", "Set up a multi-agency panel on street drinking and drug-related ASB in the town "
                "centre.", "Substance Misuse Lead, Herts County Council Public Health",
         "March 2026", "Terms of reference agreed; first panel held in September.", "G"),
    ]),
]


def make_stevenage():
    ncol = 6
    lines = [
        ["Safer Stevenage Partnership – Community Safety Action Plan 2025/26"],
        ["Quarter 2 progress (April – September 2025). Presented to the SSP Board, 23 October "
         "2025."],
        [],
        ["Ref", "Action", "Lead", "Target date", "Q2 update", "RAG"],
    ]
    for prio, actions in SSP:
        lines.append([prio])
        for a in actions:
            lines.append(list(a))
    lines.append([])
    lines.append(["RAG key: G = on track; A = some slippage, recoverable; R = off track, needs "
                  "Board attention; Complete = delivered"])
    with open(path("f2-safer-stevenage-partnership-action-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        for row in lines:
            row = row + [""] * (ncol - len(row))
            f.write("\t".join(row) + "\r\n")


# --------------------------------------------------------------------------------------------
# Excel helpers
# --------------------------------------------------------------------------------------------

def fill(colour):
    return PatternFill("solid", fgColor=HEX.get(colour, colour))


def set_widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def header_row(ws, row, names, colour):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = WRAP
        c.border = BOX


def band_row(ws, row, text, ncols, colour, font_colour="000000"):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True, color=font_colour)
    c.fill = fill(colour)
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX
        ws.cell(row=row, column=col).fill = fill(colour)


def title_rows(ws, title, subtitle, ncols, colour):
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14, color=HEX[colour])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=2, column=1, value=subtitle).font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)


def put(ws, row, col, value, fmt=None, align=WRAP):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = align
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# --------------------------------------------------------------------------------------------
# 3. Wolverhampton YJS – post-inspection improvement plan (xlsx, refuse at row 10)
# --------------------------------------------------------------------------------------------

WV_RAG = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}

WV = [
    ("band", "The Youth Justice Service Manager should:"),
    ("rec", "1. Ensure that assessments consistently analyse the risk of harm the child poses to "
            "others, drawing on information from all relevant agencies.", [
        ("1.1", "All case managers to complete AssetPlus risk of harm refresher training.", "JB",
         (D(2025, 6, 30), "mmm-yy"), None,
         "Training delivered in May and June 2025; 19 of 21 case managers attended and the "
         "remaining two are booked for January.", "Amber"),
        ("1.2", "Introduce a monthly risk of harm panel, chaired by the Operations Manager, for "
                "all children assessed as high or very high risk.", "KM",
         (D(2025, 4, 30), "mmm-yy"), None,
         "Panel meeting monthly since April 2025; minutes and actions held on ChildView.",
         "Complete"),
        ("1.3", "Quarterly thematic audit of risk of harm assessments, with findings shared at "
                "team development days.", "JB / QA Officer", ("Quarterly", None), None,
         "Second audit completed in October; 72% of assessments judged good or better.",
         "Green"),
    ]),
    ("rec", "2. Improve the quality of planning so that contingency arrangements are specific to "
            "each child and say what will be done and by whom.", [
        ("2.1", "Revise the planning template to include a mandatory contingency section.", "KM",
         (D(2025, 5, 31), "mmm-yy"), None, "New template live from May 2025.", "Complete"),
        ("2.2", "Practice workshops on SMART contingency planning for case managers and seconded "
                "staff.", "Practice Development Lead", (D(2025, 9, 30), "mmm-yy"),
         (D(2205, 1, 31), "dd/mm/yyyy"),
         "First workshop held in September; the second has moved into the new year because of "
         "staff sickness.", "Amber"),
    ]),
    ("rec", "3. Ensure that the wishes and safety of victims are consistently sought and reflected "
            "in work with children.", [
        ("3.1", "Victim Liaison Officer to attend every referral order panel where the victim has "
                "asked to be kept informed.", "Victim Liaison Officer", ("Ongoing", None), None,
         "Attended all 14 relevant panels since July.", "Green"),
    ]),
    ("band", "The Youth Justice Partnership Board should:"),
    ("rec", "4. Make sure board members understand the needs of children open to the service and "
            "advocate for them within their own agencies.", [
        ("4.1", "Board induction pack and a shadowing day at the YJS for every board member.",
         "Head of Service (Early Help & YJS)", (D(2025, 12, 31), "mmm-yy"), None,
         "Induction pack issued; 7 of 11 members have completed a shadowing day.", "Green"),
        ("4.2", "Each partner agency to present a six-monthly report to the board on how it is "
                "meeting the needs of children open to the YJS.", "Board Chair",
         (D(2026, 3, 31), "mmm-yy"), None,
         "Police and health reports received; education and probation reports outstanding.",
         "Amber"),
    ]),
    ("rec", "5. Ensure that children have timely access to suitable education, training and "
            "employment.", [
        ("5.1", "Agree a protocol with the Virtual School and Inclusion Service so that no child "
                "open to the YJS is without a full-time education offer for more than 10 school "
                "days.", "JB/Head of Inclusion", ("Summer term 2026", None), None,
         "Protocol drafted but not yet agreed; 9 children currently without a full-time offer.",
         "Red"),
    ]),
]


def make_wolverhampton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ncol = 8
    title_rows(ws, "Wolverhampton Youth Justice Service – Post-Inspection Improvement Plan",
               "Response to the HM Inspectorate of Probation inspection of youth justice services "
               "in Wolverhampton. Progress reported to the Youth Justice Partnership Board, "
               "November 2025.", ncol, "navy")
    header_row(ws, 4, ["Ref", "Recommendation", "Action required", "Lead officer",
                       "Planned completion date", "Revised date",
                       "Progress update (November 2025)", "RAG"], "navy")
    row = 5
    for item in WV:
        if item[0] == "band":
            band_row(ws, row, item[1], ncol, "paleblue")
            row += 1
            continue
        _, rec, actions = item
        first = row
        for ref, action, lead, (due, fmt), revised, progress, rag in actions:
            put(ws, row, 1, ref)
            put(ws, row, 2, rec if row == first else None)
            put(ws, row, 3, action)
            put(ws, row, 4, lead)
            put(ws, row, 5, due, fmt, CENTRE)
            if revised:
                put(ws, row, 6, revised[0], revised[1], CENTRE)
            else:
                put(ws, row, 6, None)
            put(ws, row, 7, progress)
            c = put(ws, row, 8, rag, None, CENTRE)
            c.fill = fill(WV_RAG[rag])
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1,
            value="Lead officers: JB – Head of Youth Justice Service; KM – Operations Manager")
    ws.cell(row=row + 1, column=1,
            value="RAG: Complete (blue) – action completed; Green – on track; Amber – some "
                  "slippage; Red – off track")
    set_widths(ws, [7, 38, 45, 18, 14, 13, 45, 11])
    ws.freeze_panes = "A5"
    wb.save(path("f2-wolverhampton-yjs-hmip-improvement-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 4. Brent – scrutiny recommendations tracker (csv, refuse at line 10)
# --------------------------------------------------------------------------------------------

def make_brent():
    rows = [
        ["Brent Council – Resources and Public Realm Scrutiny Committee: Scrutiny "
         "Recommendations Tracker"],
        ["Updated for the committee meeting on 21 January 2026"],
        [],
        ["No.", "Recommendation", "Cabinet response", "Lead officer", "Update", "Target date",
         "RAG status"],
        ["Committee meeting 10 June 2025 – Planning enforcement"],
        ["1", "That the council publishes a quarterly planning enforcement performance report on "
              "its website, including the number of open cases and the average time to close a "
              "case.", "Agreed", "Head of Planning and Development Services",
         "First report published for Q1 2025/26; updated each quarter since.", "30/09/2025",
         "Completed"],
        ["2", "That the use of temporary stop notices is benchmarked against comparable London "
              "boroughs.", "Agreed", "Planning Enforcement Manager",
         "Benchmarking with four boroughs under way; findings to go to Planning Committee.",
         "31/12/2025", "Amber"],
        ["Committee meeting 8 July 2025 – Waste, recycling and street cleansing"],
        ["3", "That missed collection data is reported to the committee by ward every six "
              "months.", "Agreed", "Head of Environmental Strategy and Operations",
         "First ward-level report presented in November 2025.", "Six-monthly", "Green"],
        ["4", "That the fly-tipping camera programme is extended to the ten wards with the highest "
              "number of reports.", "Agreed in part", "Head of Environmental Enforcement",
         "Cameras deployed in six wards; funding for the remaining four to be confirmed in the "
         "2026/27 budget.", "31/13/2025", "Amber"],
        ["Committee meeting 11 September 2025 – Council tax collection and support"],
        ["5", "That residents in council tax arrears are sent a letter signposting free money "
              "advice before enforcement agents are instructed.", "Agreed",
         "Head of Revenues and Debt",
         "Pre-enforcement letter redesigned with Brent Hubs and Citizens Advice; in use from "
         "October 2025.", "October 2025", "Completed"],
        ["6", "That the 2026/27 Council Tax Support scheme is modelled to show its impact on "
              "households in temporary accommodation.", "Agreed",
         "Corporate Director Finance and Resources / Head of Revenues and Debt",
         "Modelling shared with the Cabinet Member; consultation closed in December.", "Jan-26",
         "Green"],
        ["Committee meeting 4 November 2025 – Parking and kerbside strategy"],
        ["7", "That the rationale for each new controlled parking zone is published before "
              "consultation begins.", "Agreed", "Head of Highways and Infrastructure",
         "To be built into the CPZ consultation process from the 2026 programme.", "March 2026",
         "Not started"],
        [],
        ["RAG status: Completed = implemented; Green = on track; Amber = at risk of slipping; "
         "Red = not on track; Not started = due later in the year"],
    ]
    with open(path("f2-brent-scrutiny-recommendations-tracker.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (7 - len(r)))


# --------------------------------------------------------------------------------------------
# 5. Bassetlaw – LGA Corporate Peer Challenge action plan (docx)
# --------------------------------------------------------------------------------------------

BASS = [
    ("1. Develop a long-term place vision for Bassetlaw with partners, residents and businesses, "
     "looking beyond the current Council Plan.", [
         ("1a", "Run a 'Bassetlaw 2040' engagement programme with partners, businesses and "
                "residents.", "Chief Executive", "April – September 2024",
          "Programme ran from April to August; 1,850 survey responses and four partner "
          "workshops.", "green"),
         ("1b", "Adopt a new Council Plan 2025-2029 framed around the place vision.",
          "Head of Policy and Performance", "March 2025",
          "Draft plan to Overview and Scrutiny in January 2025, then to Full Council in March.",
          "amber"),
     ]),
    ("2. Make the council's appetite for commercial risk explicit, agreed by members and "
     "reflected in its investment strategy.", [
         ("2a", "Adopt a Commercial Strategy including a risk appetite statement.",
          "Director of Corporate Resources", "Jul-24", "Approved by Cabinet on 16 July 2024.",
          "green"),
         ("2b", "Training for all members on commercial risk and the Treasury Management "
                "Strategy.", "Section 151 Officer", "By 31 October 2024",
          "First session held in September; a second date is being arranged for members who "
          "could not attend.", "amber"),
     ]),
    ("3. Learn from places hosting nationally significant infrastructure to prepare for the scale "
     "of energy investment expected in the district.", [
         ("3a", "Learning visits to councils hosting Sizewell C and Hinkley Point C.",
          "Director of Place", "June 2024",
          "Visits made in May and June 2024; learning note shared with the Corporate Management "
          "Team.", "green"),
         ("3b", "Set up a Major Projects team funded through planning performance agreements.",
          "Head of Regeneration / Head of Planning", "Q3 2024/25",
          "Two of three posts recruited; first PPA signed with a solar NSIP promoter.", "amber"),
     ]),
    ("4. Build the organisation's capacity to deliver its ambitions, including workforce and "
     "succession planning.", [
         ("4a", "Produce a Workforce Strategy with a succession plan for critical posts.",
          "Head of HR and OD", "December 2024",
          "Delayed by the senior management restructure; scoping restarts in October.", "red"),
         ("4b", "Quarterly staff pulse survey, with actions reported to the Joint Consultative "
                "Committee.", "Head of HR and OD", "Ongoing",
          "Two surveys run (April and July); response rate 48%.", "amber"),
     ]),
    ("5. Review the council's communications and engagement so that residents understand its "
     "priorities and achievements.", [
         ("5a", "Commission an LGA communications health check.",
          "Communications and Engagement Manager", "November 2024",
          "Health check booked for 18–20 November 2024.", None),
     ]),
]


def vmerge(table, col, first, last):
    a = table.cell(first, col)
    b = table.cell(last, col)
    return a.merge(b)


def make_bassetlaw():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("Bassetlaw District Council – LGA Corporate Peer Challenge Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string("006D77")

    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the council "
        "in December 2023. Alongside the five core elements looked at in every peer challenge, "
        "the council asked the peer team to consider its balance of risk in income generation and "
        "how it could prepare for the scale of energy infrastructure expected in the district. "
        "The peer team's report made five recommendations. This action plan sets out the "
        "council's response and is updated for the progress review visit. Position at September "
        "2024.")

    heads = ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress", "Status"]
    n = sum(len(a) for _, a in BASS)
    t = doc.add_table(rows=1 + n, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10, colour="FFFFFF")
        shade(t.rows[0].cells[i], "teal")
    repeat_header(t.rows[0])
    r_i = 1
    for rec, actions in BASS:
        first = r_i
        for ref, action, lead, when, progress, colour in actions:
            cells = t.rows[r_i].cells
            for i, v in enumerate([ref, action, lead, when, progress], 1):
                cell_text(cells[i], v, size=9.5)
            if colour:
                shade(cells[6], colour)
            r_i += 1
        m = vmerge(t, 0, first, r_i - 1) if r_i - 1 > first else t.cell(first, 0)
        cell_text(m, rec, bold=True, size=9.5)
        shade(m, "paleteal")
    widths(t, [6.0, 1.1, 6.0, 3.6, 2.8, 5.6, 1.6])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (colour, text) in enumerate([("green", "Complete"), ("amber", "In progress"),
                                        ("red", "Delayed / at risk"),
                                        (None, "No colour – not yet started")]):
        if colour:
            shade(k.rows[i].cells[0], colour)
        cell_text(k.rows[i].cells[1], text, size=9.5)
    widths(k, [1.5, 6])
    doc.save(path("f2-bassetlaw-corporate-peer-challenge-action-plan.docx"))


# --------------------------------------------------------------------------------------------
# 6. Derby City Council – ASC improvement plan after CQC assessment (xlsx)
# --------------------------------------------------------------------------------------------

LETTER_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

DERBY = [
    ("Theme 1: Working with people", [
        ("People wait too long for Care Act assessments and reviews, and waiting lists are not "
         "consistently risk-assessed.", [
             ("1.1", "Introduce a risk-rating tool for everyone on the assessment waiting list, "
                     "reviewed weekly by team managers.", "Okafor, Grace",
              (D(2025, 6, 30), "mmm-yy"), "A", "B",
              "Tool in use in all locality teams since May 2025; weekly reviews recorded in team "
              "minutes."),
             ("1.2", "Reduce the number of people waiting more than 28 days for an assessment to "
                     "below 150.", "Head of Assessment and Care Management",
              (D(2026, 3, 31), "dd/mm/yyyy"), "A", "A",
              "Down from 412 in January 2025 to 236 at the end of October."),
         ]),
        ("Unpaid carers are not always offered a carer's assessment, and the support on offer is "
         "not well understood.", [
             ("1.3", "Co-produce a new carers' offer with Derby Carers Centre and the Carers' "
                     "Partnership Board.", "Commissioning Manager (Carers) / Derby Carers Centre",
              (D(2025, 9, 30), "mmm-yy"), "G", "G",
              "Offer agreed by the Partnership Board in September; launch planned for Carers "
              "Rights Day in November."),
             ("1.4", "Carer's assessment training for all social workers and occupational "
                     "therapists.", "Principal Social Worker", (D(2025, 12, 31), "mmm-yy"),
              "A", "G", "Four of six sessions delivered; 118 staff trained."),
         ]),
    ]),
    ("Theme 2: Providing support", [
        ("Home care capacity in the south of the city is short, which delays hospital "
         "discharges.", [
             ("2.1", "Recommission home care on a zoned model with guaranteed hours in the "
                     "southern zones.", "Patel, R / Hughes, D", ("Q1 2026/27", None), "G", "G",
              "Market engagement complete; procurement starts in January 2026."),
             ("2.2", "Trusted assessor arrangements with University Hospitals of Derby and Burton "
                     "for discharge to assess.", "Head of Integrated Discharge",
              (D(2025, 11, 30), "mmm-yy"), "A", "R",
              "Agreement drafted but not yet signed off through the trust's governance."),
         ]),
    ]),
    ("Theme 3: Ensuring safety within the system", [
        ("Safeguarding concerns are not always triaged within the council's two working day "
         "standard.", [
             ("3.1", "Set up a dedicated safeguarding triage desk at the adult social care front "
                     "door.", "Safeguarding Adults Service Manager", (D(2025, 4, 30), "mmm-yy"),
              "G", "B",
              "Triage desk live from April 2025; 94% of concerns triaged within two working days "
              "in Q2."),
             ("3.2", "Monthly audit of ten safeguarding enquiries, reported to the Safeguarding "
                     "Adults Board quality assurance subgroup.", "Principal Social Worker",
              ("Ongoing", None), "G", "G", "Audits completed every month since May."),
         ]),
        ("Young people moving into adult services are not planned for early enough.", [
            ("3.3", "Joint Preparing for Adulthood panel with Children's Services for young "
                    "people from age 14.", "Head of Service, Preparing for Adulthood",
             (D(2026, 1, 31), "mmm-yy"), "R", "A",
             "Terms of reference agreed; first panel meeting on 20 November."),
        ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance information is not used consistently to drive improvement.", [
            ("4.1", "Monthly adult social care performance dashboard to DMT and the Cabinet "
                    "Member, with exception reporting.", "Hughes, D", (D(2025, 7, 31), "mmm-yy"),
             "A", "B", "Dashboard produced monthly since July 2025."),
        ]),
    ]),
]


def make_derby():
    wb = Workbook()
    ws = wb.active
    ws.title = "ASC Improvement Plan"
    ncol = 8
    title_rows(ws, "Derby City Council – Adult Social Care Improvement Plan (following CQC Local "
                   "Authority Assessment)",
               "Owner: Strategic Director of Peoples Services  |  Version 4  |  Updated 31 October "
               "2025", ncol, "navy")
    header_row(ws, 4, ["Ref", "Area for improvement (CQC)", "Action", "Lead", "Target date",
                       "Previous RAG", "Current RAG", "Progress update"], "navy")
    row = 5
    for theme, areas in DERBY:
        band_row(ws, row, theme, ncol, "navy", "FFFFFF")
        row += 1
        for area, actions in areas:
            first = row
            for ref, action, lead, (due, fmt), prev, cur, upd in actions:
                put(ws, row, 1, ref)
                put(ws, row, 2, area if row == first else None)
                put(ws, row, 3, action)
                put(ws, row, 4, lead)
                put(ws, row, 5, due, fmt, CENTRE)
                c = put(ws, row, 6, prev, None, CENTRE)
                c.fill = fill(LETTER_FILL[prev])
                c = put(ws, row, 7, cur, None, CENTRE)
                c.fill = fill(LETTER_FILL[cur])
                c.font = Font(bold=True)
                put(ws, row, 8, upd)
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1,
            value="RAG key: B = complete; G = on track; A = at risk, mitigations in place; "
                  "R = off track")
    ws.cell(row=row + 1, column=1, value="Previous RAG = position reported at 31 July 2025.")
    set_widths(ws, [6, 40, 46, 26, 12, 10, 10, 46])
    ws.freeze_panes = "C5"
    wb.save(path("f2-derby-asc-cqc-improvement-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 7. Frimley Health NHS FT – CQC must do / should do action plan (xlsx)
# --------------------------------------------------------------------------------------------

FRIMLEY = [
    ("MUST DO – Urgent and emergency care (Wexham Park Hospital)", [
        ("The trust must ensure that all staff complete mandatory training, including "
         "safeguarding training at the required level. (Regulation 18)", [
             ("M1.1", "Protected training time built into ED medical and nursing rotas.",
              "Divisional Director of Nursing (Emergency Care)", D(2025, 3, 31), None, "B",
              "ED mandatory training compliance 91% at end of March 2025 against a 90% target."),
             ("M1.2", "Safeguarding children level 3 compliance monitored weekly at the ED "
                      "performance meeting, with a recovery trajectory.",
              "Named Nurse Safeguarding Children", D(2025, 6, 30), D(2025, 11, 30), "A",
              "Level 3 compliance 82%; trajectory to 90% agreed with the Safeguarding "
              "Committee."),
         ]),
        ("The trust must ensure that patients waiting in the emergency department are "
         "re-assessed and have their observations repeated in line with the escalation policy. "
         "(Regulation 12)", [
             ("M2.1", "Roll out electronic observations (e-obs) with automated NEWS2 escalation "
                      "alerts to all ED areas, including the corridor.", "Head of Nursing ED & CCIO",
              D(2024, 12, 31), None, "B", "e-obs live in all ED areas since December 2024."),
             ("M2.2", "Monthly audit of observation timeliness for patients waiting over four "
                      "hours, reported to the Quality Committee.", "ED Matrons", "Monthly", None,
              "G", "September audit: 93% of observations completed on time."),
         ]),
    ]),
    ("MUST DO – Maternity (Frimley Park Hospital)", [
        ("The trust must ensure there are enough suitably qualified midwives on each shift to keep "
         "women and babies safe. (Regulation 18)", [
             ("M3.1", "Recruit 24 WTE midwives, including international recruits, against the "
                      "Birthrate Plus establishment.", "Director of Midwifery", D(2025, 9, 30),
              None, "R", "17 WTE in post; remaining posts re-advertised in September."),
             ("M3.2", "Introduce a twice-daily midwifery staffing huddle, escalating to the "
                      "on-call manager when acuity exceeds staffing.",
              "Maternity Matron (Intrapartum)", D(2025, 7, 31), None, "B",
              "Huddles in place since July 2025; escalations logged on the acuity tool."),
         ]),
    ]),
    ("SHOULD DO – Trust-wide", [
        ("The trust should ensure that all staff receive an annual appraisal.", [
            ("S1.1", "Align the appraisal window with the pay progression framework and report "
                     "compliance monthly by division.", "Chief People Officer", "Q3 2025/26",
             None, "G", "Compliance 78% and rising; on trajectory for 85% by December."),
        ]),
        ("The trust should make sure that concerns raised through Freedom to Speak Up are "
         "responded to in a timely way.", [
            ("S2.1", "Recruit two additional Freedom to Speak Up Guardians.",
             "FTSU Lead Guardian", D(2025, 7, 31), D(2025, 10, 31), "B",
             "Both guardians in post from October 2025."),
        ]),
    ]),
]


def make_frimley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must Do Should Do"
    ncol = 8
    title_rows(ws, "Frimley Health NHS Foundation Trust – CQC Must Do and Should Do Action Plan",
               "Progress position at 30 September 2025  |  Reported to the Quality Committee, "
               "October 2025", ncol, "nhsblue")
    header_row(ws, 4, ["Ref", "Requirement", "Action", "Lead", "Due date", "Revised due date",
                       "BRAG", "Evidence / progress update"], "nhsblue")
    row = 5
    for band, reqs in FRIMLEY:
        band_row(ws, row, band, ncol, "palenhs")
        row += 1
        for req, actions in reqs:
            first = row
            for ref, action, lead, due, revised, brag, upd in actions:
                put(ws, row, 1, ref)
                put(ws, row, 2, req if row == first else None)
                put(ws, row, 3, action)
                put(ws, row, 4, lead)
                put(ws, row, 5, due, "dd-mmm-yy" if isinstance(due, D) else None, CENTRE)
                put(ws, row, 6, revised, "dd-mmm-yy" if revised else None, CENTRE)
                c = put(ws, row, 7, brag, None, CENTRE)
                c.fill = fill(LETTER_FILL[brag])
                c.font = Font(bold=True)
                put(ws, row, 8, upd)
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1,
            value="BRAG: B = complete and evidenced; G = on track; A = at risk of missing due "
                  "date; R = overdue / off track")
    set_widths(ws, [7, 42, 46, 24, 12, 12, 8, 46])
    ws.freeze_panes = "A5"
    wb.save(path("f2-frimley-health-cqc-must-should-do-action-plan.xlsx"))


if __name__ == "__main__":
    make_barnsley()
    make_stevenage()
    make_wolverhampton()
    make_brent()
    make_bassetlaw()
    make_derby()
    make_frimley()
    print("done")
