"""Generator for the j2- cases of heldout44 (blind corpus).

Makes seven partnership and corporate plan documents in this folder, laid out as the
partnerships, councils and trusts that publish such plans lay them out. The readings were
written into the .expected.yaml files beside them before this script was first run; this script
only writes the paragraphs, cells and lines.
Run with /work/main/.venv/bin/python j2_make.py
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "92D050",
    "blue": "5B9BD5",
    "grey": "D9D9D9",
    "sscp": "DDD9EC",
    "spp": "1F4E79",
    "spp_pale": "DEEAF6",
    "nhs": "005EB8",
    "nhs_pale": "DCE9F7",
    "roch": "C6E0B4",
    "tam": "E2EFDA",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------

def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), HEX.get(colour, colour))
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc, margin=1.6):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(margin))


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def para(doc, text, bold=False, size=10, italic=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------------------------
# 1. Sutton SCP - LCSPR Child J action plan (docx)
# ---------------------------------------------------------------------------------------------

def sutton():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Local Child Safeguarding Practice Review: Child J – Multi-Agency Action Plan",
                      style="Title")
    para(doc, "Sutton Safeguarding Children Partnership", bold=True, size=12)

    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        cell_text(dc.rows[0].cells[i], h, bold=True)
        shade(dc.rows[0].cells[i], "grey")
    vrows = [
        ["0.1", "12/03/2025", "SSCP Business Manager", "First draft following the Child J learning event"],
        ["1.0", "24/04/2025", "SSCP Business Manager", "Approved by the Safeguarding Partnership Executive"],
        ["1.3", "06/11/2025", "SSCP Business Unit", "Progress updates for the Case Review Group, November 2025"],
    ]
    for r, vals in enumerate(vrows, start=1):
        for i, v in enumerate(vals):
            cell_text(dc.rows[r].cells[i], v)
    widths(dc, [2, 3, 5, 14])

    para(doc, "")
    para(doc, (
        "This action plan sets out how the safeguarding partners and relevant agencies will respond to "
        "the recommendations of the Local Child Safeguarding Practice Review into the circumstances of "
        "Child J, a 15-year-old who was seriously injured while being criminally exploited. The plan is "
        "monitored by the Case Review Group, which reports on progress to the Safeguarding Partnership "
        "Executive each quarter. Updates below are as at November 2025."))

    hdr = ["No.", "Recommendation", "Action", "Lead agency", "Lead officer", "Target date",
           "Progress update (November 2025)", "RAG"]
    themes = [
        ("Learning theme 1: Recognising and responding to child criminal exploitation", [
            ("1. All partner agencies should treat repeated missing episodes as a possible indicator of "
             "exploitation, and return home interviews should reach the allocated social worker within "
             "72 hours.", [
                ("1.1", "Revise the Missing Children Protocol so that every return home interview is uploaded "
                        "to the child's record and sent to the allocated social worker within 72 hours.",
                 "LB Sutton Children's Services", "Head of Service, Adolescents and Exploitation",
                 "September 2025",
                 "Protocol revised and agreed at the Exploitation Sub-group on 9 July 2025. Compliance is "
                 "now reported monthly; 86% of interviews shared within 72 hours in October.",
                 "Complete", "blue"),
                ("1.2", "Audit 15 cases of children reported missing three or more times in a quarter to "
                        "test whether the exploitation screening tool was completed.",
                 "SSCP", "SSCP Quality Assurance Lead", "31/12/2025",
                 "Audit tool agreed and case sample drawn. Multi-agency audit day booked for 27 November.",
                 "Green", "green"),
            ]),
            ("2. The Police and Children's Social Care should consider a National Referral Mechanism "
             "referral whenever a child is arrested in possession of drugs or weapons away from home.", [
                ("2.1", "Issue a joint briefing to custody staff and the Emergency Duty Team on considering an "
                        "NRM referral for every child arrested outside the borough.",
                 "Metropolitan Police (South BCU) / Children's Services", "DI Rachel Kamara and Tom Ellery",
                 "October 2025 (revised: January 2026)",
                 "Briefing drafted. Sign-off delayed by the BCU restructure; now expected to issue in "
                 "January.",
                 "Amber", "amber"),
            ]),
        ]),
        ("Learning theme 2: Education and inclusion", [
            ("3. Schools and the Inclusion Service should make sure that a permanent exclusion or move to "
             "alternative provision triggers a multi-agency discussion where there are known safeguarding "
             "concerns.", [
                ("3.1", "Add a safeguarding check to the managed move and permanent exclusion process, "
                        "requiring the DSL to confirm whether the child is open to Children's Social Care or "
                        "Early Help.",
                 "Education (Cognus / LBS)", "Head of Inclusion", "By 31 March 2026",
                 "Draft checklist being tested with four secondary schools this term.",
                 "Green", "green"),
                ("3.2", "Deliver a DSL network session on the learning from Child J and the link between "
                        "school exclusion and exploitation risk.",
                 "Education", "Education Safeguarding Lead", "Autumn term 2025",
                 "Session delivered on 14 October 2025 to 38 DSLs; slides and 7-minute briefing on the "
                 "SSCP website.",
                 "Complete", "blue"),
            ]),
        ]),
        ("Learning theme 3: Hearing the child and working with parents", [
            ("4. Practitioners should record the child's own account of their situation and use it in "
             "planning, including when the child will not engage with a particular agency.", [
                ("4.1", "Add a mandatory 'In my words' section to the adolescent assessment template.",
                 "LB Sutton Children's Services", "Principal Social Worker", "November 2025",
                 "Template change held up by the case management system upgrade. Supplier has not yet "
                 "confirmed a release date; escalated to the Director.",
                 "Red", "red"),
                ("4.2", "Include the voice of the child as a standing theme in the SSCP multi-agency audit "
                        "programme.",
                 "SSCP", "SSCP Business Manager", "Ongoing",
                 "Added to the 2025-26 audit programme; first themed audit reported in September.",
                 "Green", "green"),
            ]),
            ("5. The Partnership should seek assurance that parents and carers of exploited children are "
             "offered support in their own right.", [
                ("5.1", "Map the support available to parents and carers of children at risk of exploitation "
                        "and publish it on the SSCP website.",
                 "Early Help / Public Health", "Early Help Service Manager / Public Health Principal",
                 "March 2026",
                 "Not yet started – scheduled for Q4.",
                 "", None),
            ]),
        ]),
    ]

    para(doc, "")
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "4B3F72")
    repeat_header(t.rows[0])
    for theme, recs in themes:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(hdr) - 1])
        cell_text(merged, theme, bold=True, size=10)
        shade(merged, "sscp")
        for rec, acts in recs:
            first_idx = len(t.rows)
            for (ref, action, agency, officer, target, progress, rag, fill) in acts:
                r = t.add_row()
                vals = [ref, "", action, agency, officer, target, progress, rag]
                for i, v in enumerate(vals):
                    if i == 1:
                        continue
                    cell_text(r.cells[i], v, bold=(i == 7))
                if fill:
                    shade(r.cells[7], fill)
            last_idx = len(t.rows) - 1
            top = t.rows[first_idx].cells[1]
            if last_idx > first_idx:
                top = top.merge(t.rows[last_idx].cells[1])
            cell_text(top, rec)
    widths(t, [1.0, 5.0, 5.0, 2.7, 3.0, 2.3, 4.6, 2.1])

    para(doc, "")
    para(doc, ("RAG key:  Red – not started and past target date, or significant barriers;  Amber – in "
               "progress with some slippage;  Green – on track;  Complete – action delivered and evidenced "
               "(shaded blue)."), size=9, italic=True)
    para(doc, ("Actions are closed by the Case Review Group only when evidence of completion has been "
               "received."), size=9, italic=True)
    doc.save(path("j2-sutton-scp-lcspr-child-j-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 2. Safer Peterborough Partnership - delivery plan (xlsx)
# ---------------------------------------------------------------------------------------------

def peterborough():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 2025-26"
    ws["A1"] = "Safer Peterborough Partnership Plan 2025-26 – Delivery Plan"
    ws["A1"].font = Font(bold=True, size=14, color=HEX["spp"])
    ws["A2"] = "Quarter 2 update (July – September 2025) – for the SPP Board, 21 October 2025"
    ws["A2"].font = Font(italic=True, size=11)

    hdr = ["Ref", "Action", "Lead agency", "Lead officer", "Deadline", "Q2 update", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=HEX["spp"])
        c.alignment = CENTRE
        c.border = BOX

    rows = [
        ("P", "Priority 1: Violence against women and girls and domestic abuse"),
        ("1.1", "Refresh the domestic abuse and sexual violence action plan with the countywide DASV "
                "Partnership and agree the Peterborough delivery actions.",
         "Peterborough City Council", "Head of Community Safety", D(2025, 9, 30),
         "Refreshed action plan signed off by the DASV Partnership Board on 18 September.", "blue"),
        ("1.2", "Roll out Ask for Angela and the Safe Spaces scheme to all licensed premises in the city "
                "centre night-time economy.",
         "PCC Licensing / Cambridgeshire Constabulary", "Licensing Manager & Sgt L. Ward", D(2025, 12, 31),
         "41 of 63 premises signed up; staff briefings continuing through November.", "green"),
        ("1.3", "Increase MARAC referrals from health and housing partners by delivering DASH risk "
                "assessment training to frontline staff.",
         "Domestic Abuse Service (IDVA)", "IDVA Service Manager", "Q4 2025/26",
         "Two of four sessions delivered. Attendance from housing teams low – raised with the "
         "Housing Needs Manager.", "amber"),
        ("P", "Priority 2: Serious violence and exploitation"),
        ("2.1", "Publish the refreshed Serious Violence Duty strategic needs assessment and share it with "
                "the Violence Reduction Partnership.",
         "Peterborough City Council", "Senior Research Analyst", D(2025, 7, 31),
         "Published in July and presented to the VRP steering group.", "blue"),
        ("2.2", "Deliver 'Hidden Harm' exploitation awareness sessions in every secondary school and the "
                "pupil referral unit.",
         "Youth Justice Service", "Exploitation Co-ordinator (Youth Justice)", "Summer term 2026",
         "Sessions delivered in 6 of 14 schools; remaining schools booked.", "green"),
        ("2.3", "Hold a monthly partnership hotspot tasking meeting for knife crime locations, using police "
                "and A&E data.",
         "Cambridgeshire Constabulary", "Insp. D. Holloway", "Monthly",
         "Meetings held July, August and September. A&E data sharing agreement now signed.", "green"),
        ("P", "Priority 3: Anti-social behaviour and neighbourhood safety"),
        ("3.1", "Review the ASB Case Review (Community Trigger) process and publish the annual data on the "
                "council website.",
         "Peterborough City Council", "ASB Manager", D(2025, 10, 31),
         "Review delayed by vacancy in the ASB team. Data for 2024-25 to be published by end of "
         "November.", "red"),
        ("3.2", "Consult on extending the Public Spaces Protection Order covering Lincoln Road and Millfield.",
         "Peterborough City Council", "Prevention and Enforcement Service Manager", D(2026, 1, 31),
         "Consultation due to open in November.", None),
        ("3.3", "Deliver four multi-agency days of action in the city centre, Orton and Dogsthorpe.",
         "Peterborough City Council / Cambridgeshire Constabulary",
         "CSP Co-ordinator / Neighbourhood Policing Inspector", D(2026, 3, 31),
         "Two days of action held (city centre in July, Orton in September).", "green"),
    ]
    r = 5
    for row in rows:
        if row[0] == "P":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, size=11)
            c.fill = PatternFill("solid", fgColor=HEX["spp_pale"])
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BOX
        else:
            ref, action, agency, officer, deadline, update, fill = row
            vals = [ref, action, agency, officer, deadline, update, None]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = CENTRE if i in (1, 5, 7) else WRAP
                c.border = BOX
                if i == 5 and isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if fill:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=HEX[fill])
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("blue", "Complete"), ("green", "On track"),
           ("amber", "Some slippage – remedial action in place"),
           ("red", "Off track – escalated to the SPP Board"), (None, "Not yet started")]
    for fill, label in key:
        r += 1
        c = ws.cell(row=r, column=1)
        c.border = BOX
        if fill:
            c.fill = PatternFill("solid", fgColor=HEX[fill])
        ws.cell(row=r, column=2, value=label)

    for col, w in zip("ABCDEFG", [7, 52, 26, 28, 11, 48, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ms = wb.create_sheet("Measures")
    ms["A1"] = "Partnership performance measures – Q2 2025/26"
    ms["A1"].font = Font(bold=True, size=12)
    mh = ["Measure", "Baseline 2024-25", "Q1", "Q2", "Direction"]
    for i, h in enumerate(mh, start=1):
        c = ms.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    measures = [
        ("Domestic abuse incidents reported to police", 4120, 1046, 1012, "Stable"),
        ("Repeat referrals to MARAC (%)", 0.31, 0.29, 0.33, "Worse"),
        ("Knife crime offences (police recorded)", 212, 49, 44, "Better"),
        ("ASB incidents reported to police and council", 6890, 1804, 1652, "Better"),
        ("Residents who feel safe in the city centre after dark (%)", 0.42, None, 0.45, "Better"),
    ]
    for j, m in enumerate(measures, start=4):
        for i, v in enumerate(m, start=1):
            c = ms.cell(row=j, column=i, value=v)
            c.border = BOX
            if isinstance(v, float):
                c.number_format = "0%"
    ms.column_dimensions["A"].width = 55
    for col in "BCDE":
        ms.column_dimensions[col].width = 16
    wb.save(path("j2-safer-peterborough-partnership-delivery-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 3. Portsmouth Youth Justice Plan - priorities delivery plan (tab-separated text)
# ---------------------------------------------------------------------------------------------

def portsmouth():
    lines = [
        ["Portsmouth Youth Justice Plan 2025-26 – Priorities Delivery Plan"],
        ["Update for the Youth Justice Management Board, 4 December 2025"],
        [],
        ["Leads: KG – Head of Youth Justice Service; LS – YJS Operations Manager; RT – Prevention Team "
         "Manager; DA – Public Health Commissioner"],
        [],
        ["Priority", "No.", "Action", "Lead", "Timescale", "Progress update", "RAG"],
    ]
    p1 = "1. Child First: participation and voice"
    p2 = "2. Prevention and diversion"
    p3 = "3. Serious youth violence and exploitation"
    p4 = "4. Education, training and employment"
    p5 = "5. Over-representation and disproportionality"
    rows = [
        [p1, "1.1", "Recruit and train a participation panel of at least six children with lived experience "
                    "of the youth justice system to advise the Management Board.", "KG/LS", "Sept-25",
         "Panel of seven young people recruited and trained. First attendance at the Board on 18 September.",
         "B"],
        [p1, "1.2", "Introduce a 'Your say' feedback survey at the end of every court order and out-of-court "
                    "disposal.", "LS", "Dec 2025",
         "Survey live on tablets in both offices; 23 returns so far.", "G"],
        [p2, "2.1", "Launch the Turnaround early intervention offer for children on the edge of the youth "
                    "justice system.", "RT", "30/06/25",
         "Launched in June; 31 children worked with to date.", "B"],
        [p2, "2.2", "Agree with the police a joint decision-making panel for all out-of-court disposals, using "
                    "Outcome 22 where appropriate.", "KG & Insp. M. Farrow", "Mar-26",
         "Terms of reference drafted. Police attendance at every panel not yet confirmed.", "A"],
        [p3, "3.1", "Hold a weekly exploitation and violence risk meeting with police, education and Children's "
                    "Social Care as part of the Serious Violence Duty response.", "LS", "Ongoing",
         "Meeting running weekly since April; attendance from schools improving.", "G"],
        [p3, "3.2", "Train all case managers in trauma-informed practice (Enhanced Case Management).",
         "Practice Development Lead", "Q4 2025/26",
         "Cohort 1 (8 staff) completed; cohort 2 starts January.", "G"],
        [p3, "3.3", "Commission an independent evaluation of the knife crime intervention programme with the "
                    "Violence Reduction Unit.", "RT, DA", "Jan 2026",
         "Evaluation partner not yet identified. Funding bid submitted to the VRU in October; decision "
         "awaited.", "R"],
        [p4, "4.1", "Agree a protocol with the Inclusion Service so that every child open to the YJS who is "
                    "missing education has an education plan within 10 school days.", "ETE Co-ordinator",
         "Autumn term 2025",
         "Draft protocol with the Inclusion Service; sign-off expected at the December Board.", "A"],
        [p4, "4.2", "Secure two supported apprenticeship or work-experience placements with council "
                    "contractors.", "KG", "31/03/26",
         "Not started – depends on the new procurement framework.", ""],
        [p4, "4.3", "Check that every child in custody has a resettlement education plan agreed before "
                    "release.", "ETE Co-ordinator & LS", "Feb 2026",
         "Both children released this year had a plan in place.", "G"],
        [p5, "5.1", "Report a disproportionality dashboard to the Management Board each quarter, covering "
                    "ethnicity, care experience and SEND.", "Information Officer", "Quarterly",
         "Q1 and Q2 dashboards presented; Black and mixed-heritage children remain over-represented in "
         "court outcomes.", "G"],
    ]
    lines += rows
    lines += [
        [],
        ["RAG key: B = complete; G = on track; A = some slippage, action in place; R = off track / "
         "significant concern"],
    ]
    with open(path("j2-portsmouth-youth-justice-plan-priorities.txt"), "w", encoding="utf-8",
              newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


# ---------------------------------------------------------------------------------------------
# 4. Camden - scrutiny recommendations tracker (csv, with a mistyped month)
# ---------------------------------------------------------------------------------------------

def camden():
    import csv
    hdr = ["Ref", "Committee", "Meeting date", "Recommendation", "Cabinet response", "Lead Officer/CM",
           "Target date", "Progress update", "RAG"]
    n = len(hdr)
    rows = [
        ["Camden Council – Scrutiny Recommendations Tracker"] + [""] * (n - 1),
        ["Position at 10 November 2025"] + [""] * (n - 1),
        [""] * n,
        hdr,
        ["SR(24/25)03", "Housing Scrutiny Committee", "09/10/2024",
         "That the Council publishes a timescale for responding to damp and mould reports in council homes "
         "and reports performance to the Committee each quarter.",
         "Agreed", "JH/MS", "July 2025",
         "Timescales published in the Repairs Standard in June; first quarterly report taken to the July "
         "meeting.", "Complete"],
        ["SR(24/25)04", "Housing Scrutiny Committee", "09/10/2024",
         "That tenants with a disability or long-term health condition are prioritised for damp and mould "
         "inspections.",
         "Agreed in part", "JH", "December 2025",
         "Vulnerability flag added to the repairs system. Priority inspections depend on the new "
         "contractor mobilising in December.", "Amber"],
        ["SR(24/25)09", "Culture and Environment Scrutiny Committee", "15/01/2025",
         "That the Cabinet Member reviews the roll-out of food waste collections to estates and reports "
         "participation rates to the Committee.",
         "Agreed", "RP/AS", "March 2026",
         "Participation survey of 14 estates completed; report being drafted.", "Green"],
        ["SR(24/25)12", "Children, Schools and Families Scrutiny Committee", "05/02/2025",
         "That the Council works with schools to publish a single directory of holiday activities for "
         "children eligible for free school meals.",
         "Agreed", "KW", "April 2025",
         "Directory published on the Family Hub website before the Easter holidays.", "Complete"],
        ["SR(24/25)15", "Health and Adult Social Care Scrutiny Committee", "12/03/2025",
         "That the Council and the ICB report on waiting times for adult autism assessments, broken down "
         "by age and ethnicity.",
         "Agreed", "TN/ICB", "Setpember 2025",
         "Q1 data received from the ICB; breakdown by ethnicity still awaited.", "Amber"],
        ["SR(25/26)01", "Resources and Corporate Performance Scrutiny Committee", "17/06/2025",
         "That officers bring options for reducing the use of agency staff in hard-to-recruit roles.",
         "Agreed", "DM/PL", "January 2026",
         "Options paper scheduled for the January meeting.", "Green"],
        ["SR(25/26)03", "Housing Scrutiny Committee", "08/07/2025",
         "That the Council writes to all private landlords in the borough about the additional licensing "
         "scheme before it starts.",
         "Agreed", "JH", "October 2025",
         "Letters sent to 11,400 landlords in September.", "Complete"],
        ["SR(25/26)05", "Culture and Environment Scrutiny Committee", "16/09/2025",
         "That the Council publishes a ward-by-ward tree planting plan for 2026-2030.",
         "Under consideration", "RP", "TBC",
         "Cabinet response due at the 12 November meeting.", ""],
        [""] * n,
        ["Key: Complete = recommendation implemented; Green = on track; Amber = some delay; "
         "Red = not progressing – Cabinet Member to attend Committee"] + [""] * (n - 1),
    ]
    with open(path("j2-camden-scrutiny-recommendations-tracker.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------------------------
# 5. Tamworth - corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------------------------

def tamworth():
    doc = Document()
    landscape(doc, margin=2.0)
    doc.add_paragraph("Tamworth Borough Council: LGA Corporate Peer Challenge – Action Plan", style="Title")
    para(doc, "Progress update: October 2025", bold=True, size=12)
    para(doc, (
        "The Local Government Association carried out a Corporate Peer Challenge at Tamworth Borough "
        "Council from 19 to 22 November 2024. The peer team's report, published in February 2025, made "
        "five key recommendations. This action plan sets out how the council is responding to each "
        "recommendation and will be reported to Cabinet and the Corporate Scrutiny Committee ahead of the "
        "LGA progress review."))
    p = doc.add_paragraph()
    r = p.add_run("Status key: ")
    r.bold = True
    r.font.size = Pt(10)
    r = p.add_run("Complete (blue) – action delivered;  On track (green);  At risk (amber) – some slippage "
                  "against the timescale;  Off track (red) – significant delay, escalated to CMT.")
    r.font.size = Pt(10)

    fills = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}
    recs = [
        ("Recommendation 1: Develop a clear, long-term vision for Tamworth, shared with partners and residents", [
            ("1.1", "Hold a series of place-visioning workshops with partners, businesses and community groups.",
             "Chief Executive", "Jan – Mar 2025",
             "Four workshops held with more than 120 participants. Findings reported to Cabinet in April.",
             "Complete"),
            ("1.2", "Adopt a new Corporate Plan 2025-2030 built around the agreed vision, with measurable "
                    "outcomes.",
             "Assistant Director, Partnerships", "July 2025",
             "Corporate Plan approved by Council on 15 July 2025.", "Complete"),
        ]),
        ("Recommendation 2: Close the medium-term budget gap through a clear savings and income plan", [
            ("2.1", "Refresh the Medium Term Financial Strategy with a five-year savings plan, reported "
                    "quarterly to Cabinet.",
             "Executive Director Finance (S151 Officer)", "By February 2026",
             "Savings proposals of £1.1m identified for 2026/27; MTFS to Cabinet with the budget in "
             "February.", "On track"),
            ("2.2", "Complete a review of fees and charges, benchmarked against neighbouring councils.",
             "Head of Finance / Corporate Accountant", "Q3 2025/26",
             "Benchmarking complete for leisure and car parking. Remaining services delayed by the closedown "
             "of the 2024/25 accounts.", "At risk"),
        ]),
        ("Recommendation 3: Strengthen member–officer relationships and the council's governance arrangements", [
            ("3.1", "Deliver a member development programme, including refresher sessions on the constitution "
                    "and decision-making.",
             "Monitoring Officer", "Ongoing",
             "Six sessions held since May; average attendance 19 members.", "On track"),
            ("3.2", "Review the constitution, including the scheme of delegation and call-in arrangements, "
                    "through a cross-party working group.",
             "Monitoring Officer & Democratic Services Manager", "December 2025",
             "Working group has met three times; revised scheme of delegation to Council in December.",
             "On track"),
            ("3.3", "Agree a member–officer protocol and publish it on the intranet.",
             "Monitoring Officer", "Sept 2025",
             "Draft protocol not yet agreed by group leaders. To be taken to Standards Committee in "
             "January.", "Off track"),
        ]),
        ("Recommendation 4: Build the organisational capacity needed to deliver the council's ambitions", [
            ("4.1", "Develop a workforce strategy that tackles recruitment and retention in hard-to-fill "
                    "professional roles, including planning, legal and finance.",
             "Head of HR and Organisational Development", "31 March 2026",
             "Staff survey completed in September; strategy being drafted with service managers.",
             "On track"),
            ("4.2", "Set up a Programme Management Office to track delivery of the Corporate Plan and major "
                    "projects.",
             "Assistant Director, Partnerships", "June 2025",
             "PMO established in June with two programme officers; monthly highlight reports to CMT.",
             "Complete"),
        ]),
        ("Recommendation 5: Give the town centre regeneration programme fresh momentum", [
            ("5.1", "Agree a revised delivery plan for the Gungate site with the Town Deal Board.",
             "Assistant Director, Growth and Regeneration", "TBC",
             "Revised plan depends on the outcome of the project adjustment request submitted to MHCLG in "
             "August.", "At risk"),
        ]),
    ]
    hdr = ["Ref", "Action", "Lead officer", "Timescale", "Update", "Status"]
    for heading, acts in recs:
        para(doc, "")
        para(doc, heading, bold=True, size=11)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "tam")
        for ref, action, lead, when, update, status in acts:
            row = t.add_row()
            for i, v in enumerate([ref, action, lead, when, update, status]):
                cell_text(row.cells[i], v)
            shade(row.cells[5], fills[status])
        widths(t, [1.2, 7.5, 4.2, 2.8, 7.3, 2.2])
    doc.save(path("j2-tamworth-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------------------------
# 6. Rochdale - ASC CQC improvement plan (xlsx)
# ---------------------------------------------------------------------------------------------

def rochdale():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Rochdale Borough Council – Adult Social Care CQC Improvement Plan 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the CQC local authority assessment of adult social care"
    ws["A2"].font = Font(size=11)
    ws["A3"] = "Position at 31 October 2025"
    ws["A3"].font = Font(italic=True, size=11)

    hdr = ["Ref", "Quality statement", "Area for improvement (from CQC report)", "Action", "Lead",
           "Original target date", "Revised target date", "Progress update", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEX["roch"])
        c.alignment = CENTRE
        c.border = BOX

    groups = [
        ("QS1 Assessing needs",
         "People waited a long time for Care Act assessments and reviews, and waiting lists were not "
         "consistently risk-rated.", [
             ("1.1", "Introduce a risk-rating tool for everyone on the assessment waiting list, with weekly "
                     "management oversight of all red-rated cases.",
              "Head of Social Work Practice", D(2025, 7, 31), None,
              "Tool in use in all three locality teams since July. Weekly huddles review every red-rated "
              "case.", "G", "B"),
             ("1.2", "Halve the number of people waiting more than 28 days for a Care Act assessment through "
                     "a targeted assessment sprint.",
              "JB / SP", D(2025, 9, 30), D(2026, 1, 31),
              "Waiting list down from 412 to 260 (37%). Additional agency capacity agreed until January.",
              "A", "A"),
         ]),
        ("QS3 Equity in experience and outcomes",
         "The local authority did not have a good understanding of the experiences of people from ethnic "
         "minority communities and of unpaid carers in some neighbourhoods.", [
             ("3.1", "Complete an equality data cleanse so that ethnicity is recorded on at least 95% of open "
                     "adult social care records.",
              "Performance and Intelligence Manager", D(2025, 12, 31), None,
              "Currently 88%. Team leaders reminded through the practice bulletin; weekly exception list "
              "sent to teams.", "G", "G"),
             ("3.2", "Co-produce a carers' outreach programme with community organisations in Central "
                     "Rochdale and Heywood.",
              "Carers Lead / Community Connectors Manager", D(2026, 3, 31), None,
              "Two community sessions held; a South Asian carers' group now meets monthly.", None, "G"),
         ]),
        ("QS6 Safe systems, pathways and transitions",
         "Transitions for young people moving from children's to adult services were not always planned "
         "early enough.", [
             ("6.1", "Agree a joint Preparing for Adulthood protocol with Children's Services, with a "
                     "transitions panel that considers young people from age 14.",
              "AD Adult Social Care & AD Children's Services", D(2025, 6, 30), D(2025, 11, 30),
              "Protocol agreed by both DMTs. Panel launched in October; 18 young people discussed at the "
              "first two meetings.", "R", "B"),
             ("6.2", "Audit a sample of transitions cases to test the quality and timeliness of planning.",
              "Principal Social Worker", D(2026, 2, 28), None,
              "Audit planned for February once the panel has been running for four months.", None, None),
         ]),
        ("QS7 Safeguarding",
         "Safeguarding concerns were not always screened within the locally agreed timescale of 24 hours.", [
             ("7.1", "Move the adult safeguarding front door into the Integrated Front Door, with a duty "
                     "senior practitioner on every shift.",
              "Safeguarding Adults Service Manager", D(2025, 9, 30), D(2025, 12, 31),
              "Recruitment to two senior practitioner posts delayed; agency cover in place. 71% of concerns "
              "screened within 24 hours in October (target 90%).", "A", "R"),
         ]),
        ("QS8 Governance, management and sustainability",
         "Performance reports to senior leaders and members did not give a clear picture of risk and "
         "outcomes.", [
             ("8.1", "Develop a monthly adult social care performance scorecard for DMT and the Adult Care "
                     "and Health Scrutiny Committee.",
              "Performance and Intelligence Manager", D(2025, 8, 31), None,
              "Scorecard live since August and presented to Scrutiny on 23 September.", "G", "B"),
         ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 6
    for qs, afi, acts in groups:
        start = r
        for ref, action, lead, orig, rev, progress, prev, cur in acts:
            vals = [ref, None, None, action, lead, orig, rev, progress, prev, cur]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = CENTRE if i in (1, 6, 7, 9, 10) else WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, v in ((9, prev), (10, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=HEX[rag_fill[v]])
                    ws.cell(row=r, column=col).font = Font(bold=True)
            r += 1
        ws.cell(row=start, column=2, value=qs).alignment = WRAP
        ws.cell(row=start, column=3, value=afi).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for letter, label in (("B", "Complete"), ("G", "On track"),
                          ("A", "At risk – mitigation in place"),
                          ("R", "Off track – escalated to the ASC Improvement Board")):
        r += 1
        c = ws.cell(row=r, column=1, value=letter)
        c.fill = PatternFill("solid", fgColor=HEX[rag_fill[letter]])
        c.alignment = CENTRE
        c.font = Font(bold=True)
        ws.cell(row=r, column=2, value=label)

    for col, w in zip("ABCDEFGHIJ", [6, 18, 36, 44, 24, 12, 12, 44, 9, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path("j2-rochdale-asc-cqc-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------------------------
# 7. Sherwood Forest Hospitals - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------------------------

def sherwood():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Sherwood Forest Hospitals NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=HEX["nhs"])
    ws["A2"] = "Inspection of King's Mill Hospital (report published 12 March 2025)"
    ws["A3"] = "Reported to: Quality Committee, 19 November 2025"
    ws["A3"].font = Font(italic=True)

    hdr = ["Ref", "Must / Should", "Regulation", "CQC requirement", "Action(s)", "Accountable lead",
           "Target completion", "Progress / evidence", "BRAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=HEX["nhs"])
        c.alignment = CENTRE
        c.border = BOX

    rows = [
        ("S", "Urgent and Emergency Care – King's Mill Hospital"),
        ("MD1", "Must", "Reg 12 Safe care and treatment",
         "The trust must ensure that patients in the emergency department are triaged promptly and that early "
         "warning scores are recorded and escalated in line with trust policy.",
         "Introduce a streaming nurse at the front door from 10:00 to 02:00, seven days a week.\n"
         "Audit NEWS2 completion and escalation weekly and report to the UEC divisional governance meeting.",
         "Divisional Head of Nursing, UEC", D(2025, 3, 31),
         "Streaming nurse in post since February. NEWS2 compliance above 94% for three consecutive months. "
         "Evidence accepted by the Executive Quality Group.", "Blue"),
        ("MD2", "Must", "Reg 18 Staffing",
         "The trust must ensure that there are enough staff with paediatric competencies on every shift in "
         "the emergency department.",
         "Train a further 12 adult-trained nurses in paediatric immediate life support and paediatric triage.",
         "Deputy Chief Nurse", "30/06/2025 (revised 31/12/2025)",
         "9 of 12 nurses trained; remaining three booked on the December course. Shifts without a "
         "paediatric-competent nurse fell from 14% to 4%.", "Amber"),
        ("SD1", "Should", "Reg 17 Good governance",
         "The trust should ensure that mandatory training compliance for medical staff meets the trust target.",
         "Send monthly compliance reports to each consultant, with escalation to the Clinical Director where "
         "compliance falls below 85%.",
         "Clinical Director, Emergency Medicine", D(2025, 9, 30),
         "Medical staff compliance 87% in October (target 90%) and rising.", "Green"),
        ("SD2", "Should", "Reg 10 Dignity and respect",
         "The trust should ensure that patients' privacy and dignity are maintained when they are cared for "
         "in the corridor area.",
         "Install privacy screens and agree a standard operating procedure for corridor care.",
         "Divisional General Manager, UEC", "Q1 2026/27",
         "Capital bid approved; screens on order. SOP in draft.", "Green"),
        ("S", "Maternity – King's Mill Hospital"),
        ("MD3", "Must", "Reg 12 Safe care and treatment",
         "The trust must ensure that equipment in the maternity unit, including emergency resuscitation "
         "trolleys, is checked daily in line with trust policy.",
         "Introduce an electronic daily checklist for resuscitation trolleys, with a weekly spot-check by the "
         "ward manager.",
         "Director of Midwifery", D(2025, 5, 31),
         "Electronic checks live since May; 100% compliance in the September and October audits.", "Blue"),
        ("MD4", "Must", "Reg 17 Good governance",
         "The trust must ensure that it has an effective system to review incidents and share learning in a "
         "timely way.",
         "Clear the backlog of maternity incidents awaiting review and hold a weekly maternity incident "
         "review meeting.",
         "Head of Midwifery & Maternity Governance Lead", D(2025, 10, 31),
         "Backlog reduced from 146 to 61. Weekly meeting established but obstetric consultant attendance is "
         "inconsistent; escalated to the Medical Director.", "Red"),
        ("SD3", "Should", "Reg 18 Staffing",
         "The trust should ensure that all midwives receive an annual appraisal.",
         "Schedule all outstanding appraisals and track completion through the maternity dashboard.",
         "Director of Midwifery", D(2025, 12, 31),
         "Appraisal rate 81% (target 90%).", "Amber"),
        ("SD4", "Should", "Reg 9 Person-centred care",
         "The trust should ensure that women and birthing people have access to interpreters during "
         "maternity triage.",
         "Promote the telephone and video interpreting service in maternity triage and add interpreter use to "
         "the triage record.",
         "Maternity Triage Lead Midwife", "Ongoing – monitored monthly",
         "Interpreter field added to BadgerNet in August; use recorded for 92% of women needing an "
         "interpreter.", "Green"),
    ]
    brag = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 6
    for row in rows:
        if row[0] == "S":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, size=11)
            c.fill = PatternFill("solid", fgColor=HEX["nhs_pale"])
        else:
            for i, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = CENTRE if i in (1, 2, 7, 9) else WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            b = ws.cell(row=r, column=9)
            b.fill = PatternFill("solid", fgColor=HEX[brag[row[8]]])
            b.font = Font(bold=True)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="BRAG key").font = Font(bold=True)
    for word, label in (("Blue", "Completed and evidenced"), ("Green", "On track to deliver by target date"),
                        ("Amber", "Risk to delivery – recovery actions in place"),
                        ("Red", "Off track / overdue – escalated to Executive Quality Group")):
        r += 1
        c = ws.cell(row=r, column=1, value=word)
        c.fill = PatternFill("solid", fgColor=HEX[brag[word]])
        ws.cell(row=r, column=2, value=label)

    for col, w in zip("ABCDEFGHI", [7, 9, 16, 40, 44, 24, 14, 44, 9]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – November 2025"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["", "Blue", "Green", "Amber", "Red", "Total"]
    for i, h in enumerate(sh, start=1):
        c = sm.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for j, (label, counts) in enumerate((("Must do", [2, 0, 1, 1]), ("Should do", [0, 3, 1, 0]),
                                         ("Total", [2, 3, 2, 1])), start=4):
        sm.cell(row=j, column=1, value=label).border = BOX
        for i, v in enumerate(counts, start=2):
            sm.cell(row=j, column=i, value=v).border = BOX
        sm.cell(row=j, column=6, value=sum(counts)).border = BOX
    sm.column_dimensions["A"].width = 14
    wb.save(path("j2-sherwood-forest-cqc-must-should-do-action-plan.xlsx"))


if __name__ == "__main__":
    sutton()
    peterborough()
    portsmouth()
    camden()
    tamworth()
    rochdale()
    sherwood()
    print("done")
