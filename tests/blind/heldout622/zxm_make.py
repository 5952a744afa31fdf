"""Build the seven zxm- blind test files (set heldout622).

Run with /work/main/.venv/bin/python zxm_make.py ; writes only files whose names start with zxm-.
"""
import csv
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zxm-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def set_lines(cell, text):
    """Write text with inner line breaks as separate paragraphs in a docx cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# =================================================================== 1 CSV
def kilwinning_csv():
    afi1 = ("Senior leaders should continue to develop approaches to self-evaluation so that all staff, "
            "young people and parents are involved in evaluating the impact of the school's improvement priorities.")
    afi2 = ("Teachers should ensure that learning is consistently well-matched to the needs of all young people "
            "so that they are appropriately challenged and supported, particularly in the broad general education (BGE).")
    afi3 = ("Senior leaders and staff should continue to raise attainment in literacy and numeracy across the BGE "
            "and improve attainment for young people in the senior phase, including those living in SIMD quintile 1.")
    rows = [
        ["Kilwinning Academy – Post-inspection Action Plan", "", "", "", "", "", ""],
        ["HM Inspectors (Education Scotland) visited in May 2024; report published 10 September 2024.", "", "", "", "", "", ""],
        ["Progress update for Parent Council, 12 March 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Area for improvement", "Ref", "Action", "Lead", "Timescale", "Progress to date", "RAG"],
        [afi1, "1a",
         "Establish a self-evaluation calendar aligned to How good is our school? (4th edition) QIs 1.3, 2.3 and 3.2, "
         "and share it with all staff at the August in-service days.",
         "Mr R Kerr (DHT)", "Aug-24", "Calendar issued 19/08/24; faculties using triad visits.", "Complete"],
        ["", "1b",
         "Set up a pupil self-evaluation group (S1-S6) to carry out learning walks with SLT each term.",
         "PT Pupil Support / Pupil Council Co-ordinator", "Dec 2024",
         "Group of 14 pupils trained; two learning walks completed.", "Green"],
        ["", "1c",
         "Form a Parent Council improvement sub-group to review progress on the School Improvement Plan "
         "and report to each Parent Council meeting.",
         "Head Teacher", "Ongoing", "Sub-group met in November and February.", "Green"],
        [afi2, "2a",
         "Deliver a programme of professional learning on differentiation and high-quality feedback:\n"
         "- in-service day 19 August 2024\n- twilight sessions in October and February",
         "DHT (Learning and Teaching)", "Feb-25", "All sessions delivered; evaluation survey due April.", "Green"],
        ["", "2b",
         "Revise BGE course plans in all faculties to build in planned opportunities for challenge, "
         "personalisation and choice.",
         "Faculty PTs", "31/05/2025", "Five of eight faculties have revised S1-S2 plans.", "Amber"],
        ["", "2c",
         "Use the North Ayrshire learning, teaching and assessment framework to carry out paired "
         "observations in every faculty.",
         "SLT link officers", "Mar 2025", "Observations complete in four faculties.", "Amber"],
        [afi3, "3a",
         "Track and monitor progress in literacy and numeracy for all S1-S3 learners three times a year "
         "using the school tracking system.",
         "DHT (BGE) / PT Numeracy", "Termly", "November and February tracking points complete.", "Green"],
        ["", "3b",
         "Target PEF-funded literacy and numeracy interventions at S1-S2 learners in SIMD quintile 1 "
         "and evaluate impact using pre- and post-assessment data.",
         "PT Raising Attainment (PEF)", "June 2025",
         "Delayed – staffing vacancy; intervention teacher in post from 17/03/25.", "Red"],
        ["", "3c",
         "Introduce senior phase mentoring for S4-S6 young people identified as at risk of not "
         "achieving their target grades.",
         "Mrs L Gallacher (DHT S4-S6)", "Oct-24", "62 young people matched with a staff mentor.", "Complete"],
        ["", "", "", "", "", "", ""],
        ["RAG key: Complete = action completed; Green = on track; Amber = some slippage; "
         "Red = significant delay", "", "", "", "", "", ""],
        ["Next review: Parent Council, June 2025", "", "", "", "", "", ""],
    ]
    with open(out("zxm-kilwinning-academy-education-scotland-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================================== 2 DOCX
def ceara_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Ceara School: Action Plan following ETI Inspection (January 2024)", style="Title")
    d.add_paragraph("Ceara School, Lurgan – a special school for pupils aged 3 to 19 with severe learning "
                    "difficulties and profound and multiple learning difficulties.")
    d.add_paragraph("Submitted to the Board of Governors: 12 March 2024. Progress updated: 25 November 2024.")

    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        bold_cell(c, h)
    for r in [["1.0", "12/03/2024", "Principal", "Board of Governors"],
              ["1.1", "25/11/2024", "Vice-Principal", "Board of Governors"]]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    d.add_paragraph("")
    d.add_paragraph("RAG key: Green – achieved; Amber – progressing; Red – not on track. "
                    "Cells left unshaded have not yet started.")

    afis = [
        ("Area for Improvement 1",
         "To develop further the use of assessment information to track pupils' progress in communication, "
         "so that the targets in pupils' individual education plans are more precise and measurable.",
         [("Review the format of individual education plans (IEPs) with staff and pilot SMART communication "
           "targets in the Key Stage 2 classes.", "Vice-Principal", "April 2024",
           "Revised IEP template in use in pilot classes.", GREEN),
          ("Introduce the Routes for Learning and Quest for Learning assessment tools across all classes and "
           "record baselines on the school's tracking system.",
           "Curriculum Leader (Communication) / Assessment Co-ordinator", "Autumn term 2024",
           "Baselines recorded for all pupils.", GREEN),
          ("Hold termly pupil progress meetings with each class team to review IEP targets against "
           "tracking data.", "JMcK, SD", "Termly",
           "All class teams able to show progress against IEP targets.", AMBER)]),
        ("Area for Improvement 2",
         "To ensure that the planned curriculum for post-16 pupils provides sufficient progression and "
         "accreditation to prepare them for transition beyond school.",
         [("Audit current post-16 provision against the Entitlement Framework and the OCN NI accredited "
           "units available.", "Head of Post-16", "May 2024",
           "Audit completed and gaps reported to governors.", GREEN),
          ("Establish links with Southern Regional College and two local employers to provide "
           "work-related learning placements.", "Head of Post-16 / Careers Teacher", "January 2025",
           "All Year 13 pupils access a weekly placement.", AMBER),
          ("Develop individual transition portfolios for all Year 13 and Year 14 pupils, shared with "
           "parents and the Transition Service at annual review.", "Transition Co-ordinator", "June 2025",
           "Portfolios in place for every leaver.", None)]),
        ("Area for Improvement 3",
         "To address the safeguarding matters identified during the inspection, including the consistent "
         "recording of the use of reasonable force and restrictive practice.",
         [("Update the school's Positive Behaviour and Reasonable Force policies and share them with all "
           "staff and parents.", "Principal / Designated Teacher for Child Protection", "31/03/2024",
           "Policies ratified by the Board of Governors.", GREEN),
          ("Provide MAPA refresher training for all teachers and classroom assistants.", "Principal",
           "Sept 2024", "All staff certificated.", GREEN),
          ("Introduce a single electronic log for recording and reviewing each use of restrictive practice, "
           "monitored monthly by the Senior Leadership Team.", "Deputy Designated Teacher", "Monthly",
           "Log reviewed at every SLT meeting; patterns reported to governors.", RED)]),
    ]
    for head, afi_text, acts in afis:
        d.add_paragraph(head, style="Heading 2")
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells
        merged = top[0].merge(top[4])
        bold_cell(merged, afi_text)
        shade(merged, "D9E2F3")
        for c, h in zip(t.rows[1].cells, ["Actions", "Lead", "Timescale", "Success criteria", "RAG"]):
            bold_cell(c, h)
        for text, lead, when, sc, col in acts:
            cells = t.add_row().cells
            cells[0].text = text
            cells[1].text = lead
            cells[2].text = when
            cells[3].text = sc
            cells[4].text = ""
            if col:
                shade(cells[4], col)
        d.add_paragraph("")

    d.add_paragraph("Sign-off", style="Heading 2")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Role", "Name", "Date"]):
        bold_cell(c, h)
    for c, v in zip(t.rows[1].cells, ["Chair of the Board of Governors", "", "25/11/2024"]):
        c.text = v
    d.save(out("zxm-ceara-school-lurgan-eti-inspection-action-plan.docx"))


# ================================================================== 3 XLSX
def psb_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Conwy and Denbighshire Public Services Board – Well-being Plan Delivery Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Well-being Plan 2023–2028"
    ws["A3"] = "Progress report to the PSB – Quarter 3 (position at 31 December 2024)"
    ws["A5"] = "Version control"
    ws["A5"].font = Font(bold=True)
    for i, r in enumerate([["Version", "Date", "Change", "By"],
                           ["0.1", "02/05/2024", "Draft delivery plan", "PSB Development Manager"],
                           ["1.0", "10/06/2024", "Approved by PSB", "PSB Support Team"],
                           ["1.3", "20/01/2025", "Q3 updates added", "PSB Support Team"]], start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
    ws["A11"] = "RAG key"
    ws["A11"].font = Font(bold=True)
    for i, (k, txt, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                       ("A", "Some risk to delivery", AMBER),
                                       ("R", "Off track / significant issues", RED)], start=12):
        ws.cell(row=i, column=1, value=k).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 26

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – Quarter 3 2024/25"
    sm["A1"].font = Font(bold=True, size=12)
    for i, r in enumerate([["Well-being objective", "Actions", "B", "G", "A", "R", "Not rated"],
                           ["Objective 1", 5, 1, 2, 1, 0, 1],
                           ["Objective 2", 4, 1, 1, 1, 1, 0],
                           ["Total", 9, 2, 3, 2, 1, 1]], start=3):
        for j, v in enumerate(r, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if i in (3, 6):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 24

    heads = ["Ref", "Action", "Lead partner(s)", "Start", "End", "Q3 update", "RAG"]
    objectives = [
        ("Objective 1",
         "Well-being Objective 1: A more equal Conwy and Denbighshire – tackling the inverse care law",
         [("Step 1.1 – Understand where health inequalities are greatest", [
             ("1.1.1", "Produce a joint health inequalities profile for each of the six community areas, using "
                       "data from BCUHB, Public Health Wales and both councils.",
              "Public Health Wales / BCUHB", "Apr-24", "Sep-24",
              "Profiles published on the PSB website in October 2024.", "B"),
             ("1.1.2", "Hold community conversations in Rhyl West and Colwyn Bay West to understand the "
                       "barriers people face in accessing services.",
              "DCC; CCBC", "Jul-24", "Mar-25", "Four sessions held; two more planned for February.", "G")]),
          ("Step 1.2 – Make it easier for people to access services close to home", [
             ("1.2.1", "Pilot a 'health on the high street' drop-in hub in Rhyl with partners co-located one "
                       "day a week.",
              "BCUHB", "Sep-24", "Q4 2024/25",
              "Venue secured; staffing rota for pharmacy and smoking cessation still to be agreed.", "A"),
             ("1.2.2", "Map community transport options to GP surgeries and hospital sites and share the gaps "
                       "with the North Wales Transport Commission.",
              "CCBC (Transport Policy)", "Oct-24", "June 2025", "Mapping 60% complete.", "G"),
             ("1.2.3", "Agree a shared approach to Making Every Contact Count training for front-line staff "
                       "across PSB partners.",
              "PSB Development Manager", "Jan-25", "Mar-26", "Not yet started – dependent on 1.2.1.", None)])]),
        ("Objective 2",
         "Well-being Objective 2: A greener Conwy and Denbighshire – responding to the climate and nature "
         "emergencies",
         [("Step 2.1 – Work together on nature recovery", [
             ("2.1.1", "Develop a joint Local Nature Partnership action plan for Conwy and Denbighshire.",
              "NRW / DCC Biodiversity Team", "Apr-24", "Dec-24", "Action plan endorsed by the PSB on 9 December.",
              "B"),
             ("2.1.2", "Identify partner-owned land suitable for tree planting and meadow creation, and agree a "
                       "programme for 2025/26.",
              "NRW", "Oct-24", "Mar-25", "Sites identified on council land; health board land still to be "
              "assessed.", "A")]),
          ("Step 2.2 – Reduce the carbon footprint of PSB partners", [
             ("2.2.1", "Share partner carbon reporting data and agree a common baseline for the PSB.",
              "CCBC Climate Change Team", "Jun-24", "31/03/2025", "Data received from five of seven partners.",
              "G"),
             ("2.2.2", "Run a joint staff travel survey across PSB partners and develop a shared active travel "
                       "offer.",
              "North Wales Fire and Rescue Service", "Sep-24", "Sept 2025",
              "Survey delayed to spring 2025 because of partner capacity.", "R")])]),
    ]
    for title, obj, steps in objectives:
        s = wb.create_sheet(title)
        s["A1"] = obj
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells("A1:G1")
        for j, h in enumerate(heads, start=1):
            c = s.cell(row=2, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            c.border = BOX
        r = 3
        for step, acts in steps:
            s.cell(row=r, column=1, value=step).font = Font(bold=True)
            for j in range(1, 8):
                s.cell(row=r, column=j).fill = fill("DDEBF7")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, act, lead, start, end, upd, rag in acts:
                vals = [ref, act, lead, start, end, upd, rag]
                for j, v in enumerate(vals, start=1):
                    c = s.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if rag:
                    s.cell(row=r, column=7).fill = fill(FILL[rag])
                    s.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for col, wdt in zip("ABCDEFG", [8, 60, 26, 9, 11, 45, 6]):
            s.column_dimensions[col].width = wdt
    wb.save(out("zxm-conwy-and-denbighshire-psb-well-being-plan-delivery-plan-2024-25.xlsx"))


# ============================================================ 4 XLSX refuse
def dpp_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "NCPI Action Plan"
    ws["A1"] = "Dyfed-Powys Police – HMICFRS National Child Protection Inspection: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection fieldwork: March 2024 | Report published: July 2024 | Governance: Force Vulnerability Board"
    ws["A3"] = "Last updated: 14 October 2025"
    heads = ["Ref", "Action", "Owner", "Original target", "Revised target", "Update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.border = BOX
        c.alignment = WRAP
    recs = [
        ("Recommendation 1: Within six months, Dyfed-Powys Police should make sure that officers attending "
         "domestic abuse incidents speak to and record the views of the children present, and that referrals "
         "are made to children's services without delay.", [
            ("1.1", "Add mandatory 'voice of the child' fields to the domestic abuse risk assessment form on Niche.",
             "D/Supt Public Protection", "Oct-2024", "", "Fields live from 7 October 2024.", "G", "B"),
            ("1.2", "Deliver child-centred policing training to all response and neighbourhood officers.",
             "Head of Learning and Development", "Jan-2025", "Jun-2025",
             "89% of officers trained; remaining officers booked.", "A", "G"),
            ("1.3", "Dip-sample 50 domestic abuse incidents a month for child referral timeliness and report "
                    "to the Force Vulnerability Board.",
             "DCI Safeguarding Hub", "Monthly", "", "Dip sampling embedded; 94% referred within 24 hours in "
             "September.", "G", "G")]),
        ("Recommendation 2: Within six months, the force should improve how it manages the investigation of "
         "child sexual abuse and exploitation cases, including the supervision of investigations.", [
            ("2.1", "Introduce a supervisory review template for all child abuse investigations at days 7, 28 "
                    "and 56.", "D/Supt Public Protection", "Dec-2024", "", "Template in use across all four "
             "divisions.", "G", "B"),
            ("2.2", "Recruit six additional detective constables to the Child Abuse Investigation Units in "
                    "Carmarthen and Newtown.", "Head of People Services / D/Supt Public Protection",
             "Mar-2025", "0ct-2025", "Four posts filled; two candidates in vetting.", "A", "A"),
            ("2.3", "Reduce the backlog of digital devices awaiting examination in child sexual abuse cases.",
             "Head of Digital Forensics", "Jun-2025", "Dec-2025", "Backlog reduced from 212 to 97 devices.",
             "R", "A")]),
        ("Recommendation 3: The force should make sure that children are not detained in custody overnight "
         "unless it is necessary, and that alternative accommodation is requested from local authorities.", [
            ("3.1", "Agree a protocol with Carmarthenshire, Ceredigion, Pembrokeshire and Powys councils for "
                    "PACE transfers to local authority accommodation.", "Ch Insp Custody",
             "Sep-2024", "Mar-2025", "Protocol signed by all four councils.", "G", "B"),
            ("3.2", "Report every overnight detention of a child to the Strategic Custody Lead with the reasons "
                    "recorded.", "Ch Insp Custody", "Ongoing", "", "Monthly report in place.", "G", "G")]),
    ]
    r = 6
    for rec, acts in recs:
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            for j, v in enumerate(a, start=1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = fill(FILL[a[6]])
            ws.cell(row=r, column=8).fill = fill(FILL[a[7]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = at risk; R = off track or overdue")
    for col, wdt in zip("ABCDEFGH", [6, 55, 28, 13, 13, 40, 10, 10]):
        ws.column_dimensions[col].width = wdt
    wb.save(out("zxm-dyfed-powys-police-hmicfrs-ncpi-action-plan-typo-month-refuse.xlsx"))


# ================================================================== 5 DOCX
def bryn_seiont_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = d.add_paragraph("Improvement Plan following CIW Inspection – Bryn Seiont Newydd, Caernarfon", style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service", "Bryn Seiont Newydd – care home service with nursing (80 places)"),
                 ("Inspection dates", "4 and 5 June 2024 (unannounced)"),
                 ("Report published", "23 July 2024"),
                 ("Plan prepared by", "Registered Manager, with the Responsible Individual"),
                 ("Progress update", "20 January 2025")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    d.add_paragraph("")
    d.add_paragraph("Status key: B = complete; G = on track; A = some slippage; R = off track.")

    heads = ["Non-compliance identified", "Action taken / planned", "Person responsible", "Completion date",
             "Status"]
    parts = [
        ("Part A – Priority Action Notice", [
            ("Regulation 58: The provider must ensure that medicines are stored and administered safely and in "
             "accordance with the prescriber's instructions, and that medication administration records are "
             "accurate.", [
                ("Complete a full audit of medication storage on both floors, including controlled drugs and "
                 "fridge temperature records.", "Clinical Lead", "14/06/2024", "B"),
                ("All nurses administering medication to complete a competency reassessment with the Clinical "
                 "Lead.", "Clinical Lead / Deputy Manager", "31/07/2024", "B"),
                ("Weekly MAR chart audits to be carried out and findings reported to the monthly clinical "
                 "governance meeting.", "Registered Manager", "Ongoing", "G")])]),
        ("Part B – Areas for Improvement", [
            ("Regulation 36: The provider must ensure that all staff receive supervision at least quarterly "
             "and an annual appraisal.", [
                ("Create a supervision matrix for all 96 staff and allocate supervisors by unit.",
                 "Deputy Manager", "Aug-24", "B"),
                ("Train four senior carers as supervisors to increase capacity.", "Training Co-ordinator",
                 "October 2024", "A")]),
            ("Regulation 21: The provider must ensure that personal plans reflect people's current needs and "
             "are reviewed at least every three months with the individual and/or their representative.", [
                ("Review every personal plan with the person and their family using the 'What matters to me' "
                 "format, and record the outcome of each review.", "Unit Managers", "30/11/2024", "G"),
                ("Introduce a monthly sample audit of personal plans by the Registered Manager and the "
                 "Responsible Individual.", "Registered Manager / RI", "Dec 2024", "A")]),
            ("Regulation 44: The provider must ensure that the premises, including the first-floor lounge and "
             "the garden paths, are properly maintained.", [
                ("Agree a refurbishment schedule for the first-floor lounge with the estates team and complete "
                 "the work.", "Estates Manager", "Sept 2024 (revised to Jan 2025)", "A"),
                ("Repair and resurface the garden paths so that they are safe for people using walking aids "
                 "and wheelchairs.", "Estates Manager", "March 2025", "R")])]),
    ]
    for part, groups in parts:
        d.add_paragraph(part, style="Heading 2")
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, hh in zip(t.rows[0].cells, heads):
            bold_cell(c, hh)
            shade(c, "C6E0B4")
        for nc, acts in groups:
            first = len(t.rows)
            for text, lead, when, stt in acts:
                cells = t.add_row().cells
                cells[1].text = text
                cells[2].text = lead
                cells[3].text = when
                cells[4].text = stt
                shade(cells[4], FILL[stt])
            top = t.cell(first, 0)
            if len(acts) > 1:
                top = top.merge(t.cell(first + len(acts) - 1, 0))
            top.text = nc
        d.add_paragraph("")
    d.add_paragraph("This plan is reviewed monthly by the Responsible Individual and shared with CIW on request.")
    d.save(out("zxm-bryn-seiont-newydd-care-home-ciw-inspection-improvement-plan.docx"))


# ================================================================== 6 XLSX
def ci_risk_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    ws["A1"] = "Care Inspectorate – Strategic Risk Register 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to the Audit and Risk Committee, 27 November 2025 (Quarter 2 position)"
    heads = ["Risk", "Description (cause and consequence)", "Risk owner", "Inherent score (L x I)",
             "Current score (L x I)", "Target score", "Further mitigating actions", "Action owner",
             "Target date", "Progress", "Action RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2C69")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR01 – Financial sustainability",
         "Grant-in-aid and fee income do not keep pace with pay and cost pressures, so we cannot deliver our "
         "full scrutiny and improvement programme.",
         "Executive Director of Corporate and Customer Services", "5 x 4 = 20", "4 x 4 = 16", "8", [
            ("Develop a three-year medium-term financial plan and present it to the Board.",
             "Head of Finance and Corporate Governance", "Dec-25", "Draft considered by the Resources "
             "Committee in October.", "G"),
            ("Agree a revised fee structure with Scottish Government for consultation in 2026.",
             "Chief Executive", "Q4 2025/26", "Options paper with sponsor division; response awaited.", "A")]),
        ("SR02 – Workforce capacity and wellbeing",
         "Difficulty recruiting and retaining inspectors, and high sickness absence, reduce our capacity "
         "to inspect.", "Executive Director of People", "4 x 4 = 16", "4 x 3 = 12", "9", [
            ("Implement the strategic workforce plan actions on inspector recruitment and retention.",
             "Head of HR", "31/03/2026", "Two recruitment campaigns completed; 11 inspectors appointed.", "G"),
            ("Roll out the new wellbeing framework and monitor absence monthly at the Operational Leadership "
             "Team.", "Head of HR / Health and Wellbeing Lead", "Monthly", "Framework launched September 2025.",
             "G")]),
        ("SR03 – Digital transformation",
         "Delay or failure in replacing our scrutiny and registration systems leads to loss of data quality "
         "and increased cyber security risk.", "Executive Director of Strategy and Improvement",
         "4 x 5 = 20", "4 x 4 = 16", "10", [
            ("Complete procurement of the replacement scrutiny and registration system.", "Head of Digital",
             "Sep-25", "Contract awarded 16 September 2025.", "B"),
            ("Complete Cyber Essentials Plus reaccreditation.", "Head of Digital", "Nov-25",
             "Assessment booked for 9 December 2025.", "A"),
            ("Carry out data migration testing, with a parallel run before go-live.",
             "Programme Manager (Digital)", "June 2026", "Supplier resource delay; revised plan to the Board "
             "in February 2026.", "R")]),
        ("SR04 – Scrutiny capacity to respond to risk",
         "We are unable to respond quickly enough to emerging risk in registered care services, so that "
         "poor care is not identified and addressed.", "Executive Director of Scrutiny and Assurance",
         "4 x 5 = 20", "3 x 4 = 12", "8", [
            ("Review the risk-based inspection planning model for care homes for adults and care at home "
             "services.", "Service Manager (Adults)", "March 2026", "Review group established; first "
             "findings to SMT in December.", "G"),
            ("Agree a joint protocol with Healthcare Improvement Scotland for the escalation of concerns "
             "found in joint inspections.", "Executive Director of Scrutiny and Assurance", "31/01/2026",
             "Draft protocol shared with HIS.", "G")]),
    ]
    score_fill = {"20": RED, "16": RED, "12": AMBER}
    r = 5
    for risk, desc, owner, inh, cur, tgt, acts in risks:
        first = r
        for act, aown, due, prog, rag in acts:
            for j, v in enumerate([act, aown, due, prog, rag], start=7):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=11).fill = fill(FILL[rag])
            r += 1
        last = r - 1
        for j, v in enumerate([risk, desc, owner, inh, cur, tgt], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=j).border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(row=first, column=1).font = Font(bold=True)
        for j, v in ((4, inh), (5, cur)):
            ws.cell(row=first, column=j).fill = fill(score_fill.get(v.split("= ")[-1], GREEN))
    for col, wdt in zip("ABCDEFGHIJK", [24, 40, 26, 11, 11, 8, 45, 28, 12, 36, 9]):
        ws.column_dimensions[col].width = wdt

    k = wb.create_sheet("Scoring and key")
    k["A1"] = "Risk scoring: Likelihood (L) x Impact (I), each scored 1 to 5"
    k["A1"].font = Font(bold=True)
    k["A3"] = "Score"
    k["B3"] = "Rating"
    for i, (s, rt, col) in enumerate([("15-25", "High", RED), ("8-12", "Medium", AMBER),
                                      ("1-6", "Low", GREEN)], start=4):
        k.cell(row=i, column=1, value=s)
        k.cell(row=i, column=2, value=rt).fill = fill(col)
    k["A8"] = "Action RAG"
    k["A8"].font = Font(bold=True)
    for i, (s, rt, col) in enumerate([("B", "Complete", BLUE), ("G", "On track", GREEN),
                                      ("A", "At risk of slippage", AMBER), ("R", "Overdue or off track", RED)],
                                     start=9):
        k.cell(row=i, column=1, value=s).fill = fill(col)
        k.cell(row=i, column=2, value=rt)
    wb.save(out("zxm-care-inspectorate-strategic-risk-register-2025-26.xlsx"))


# =================================================================== 7 TXT
def nibts_txt():
    T = "\t"
    lines = [
        "Northern Ireland Blood Transfusion Service – NIAO Report to Those Charged with Governance 2023-24: "
        "Recommendations Tracker",
        "Audit and Risk Assurance Committee, 18 September 2025 – Agenda item 7",
        "",
        T.join(["Ref", "Recommendation", "Management response / agreed action", "Responsible officer",
                "Target date", "Revised date", "Progress update", "Status"]),
        "Priority 1",
        T.join(["1a", "Stock of blood components: NIBTS should reconcile stock held on the blood establishment "
                "computer system to the general ledger at each month end.",
                "Monthly stock reconciliation introduced, signed off by the Financial Accountant.",
                "Head of Finance", "30/04/2024", "", "Reconciliations completed every month since April 2024.",
                "Complete"]),
        T.join(["1b", "", "Internal Audit to review the reconciliation process as part of the 2025-26 audit "
                "plan.", "Head of Internal Audit (BSO)", "31/03/2026", "", "Fieldwork scheduled for January "
                "2026.", "On track"]),
        "Priority 2",
        T.join(["2", "Asset verification: NIBTS should complete a full physical verification of its fixed "
                "assets, including laboratory equipment held at the Belfast City Hospital site.",
                "Full asset verification exercise to be completed and the fixed asset register updated.",
                "Head of Estates / Head of Finance", "31/12/2024", "30/06/2025",
                "Verification completed June 2025; register updated.", "Complete"]),
        T.join(["3a", "Contract management: NIBTS should make sure that contracts are extended or re-tendered "
                "before they expire, so that retrospective direct award contracts (DACs) are not needed.",
                "Contracts register to be reviewed monthly by the Procurement Lead and reported to SMT "
                "quarterly.", "Procurement Lead", "Quarterly", "", "Reported to SMT in April and July 2025.",
                "On track"]),
        T.join(["3b", "", "Training on the DAC process to be provided for all budget holders.",
                "Procurement Lead; Head of Finance", "September 2025", "Dec-25",
                "Training materials drafted with BSO PaLS; sessions to be scheduled.", "Amber"]),
        "Priority 3",
        T.join(["4", "Declarations of interest: NIBTS should obtain declarations of interest annually from all "
                "Board members and senior staff and publish the register.",
                "Annual declarations requested for 2024-25; register to be published on the NIBTS website.",
                "Board Secretary", "31 May 2025", "", "Register published 28 May 2025.", "Complete"]),
        T.join(["5", "Payroll: NIBTS should review overtime claims above 20 hours a month before payment.",
                "Exception report for overtime above 20 hours to be reviewed and signed by the relevant Head "
                "of Department before the payroll deadline.",
                "Head of Human Resources and Corporate Services", "Oct-24", "",
                "Exception report in place from October 2024 payroll.", "Complete"]),
        "",
        "Summary: 5 recommendations, 7 actions – Complete 4; On track 2; Amber 1; Red 0",
        "Status key: Complete = implemented and evidence provided; On track = target date expected to be met; "
        "Amber = at risk of slippage; Red = overdue",
    ]
    with open(out("zxm-northern-ireland-blood-transfusion-service-niao-rttcwg-2023-24-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    kilwinning_csv()
    ceara_docx()
    psb_xlsx()
    dpp_xlsx()
    bryn_seiont_docx()
    ci_risk_xlsx()
    nibts_txt()
    print("built 7 files")
