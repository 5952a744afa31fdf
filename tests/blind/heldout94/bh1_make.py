"""Generator for the bh1- blind cases (seven plan documents)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, hexcol):
    c.fill = PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------- 1 SYFR (xlsx, typo month)
def syfr():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "South Yorkshire Fire & Rescue – HMICFRS Areas for Improvement Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Round 3 inspection (2023/24)     Progress position as at: 30 November 2024"
    hdr = ["Ref", "Area for Improvement", "Action", "Owner", "Target Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); fill(c, "C00000"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("Effectiveness",),
        ("E1.1", "The service should make sure it gathers and records relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency.",
         "Review the Site Specific Risk Information (SSRI) policy and set re-inspection frequencies based on premises risk level.", "GM Operational Risk", D(2024, 9, 30), "Complete",
         "Revised SSRI policy approved at Service Leadership Team in September 2024."),
        ("E1.2", None, "Deliver refresher training to all watch managers on capturing and uploading SSRI to mobile data terminals.", "GM Training", D(2025, 3, 31), "Green",
         "14 of 22 watches trained to date; remainder scheduled in January and February."),
        ("E2.1", "The service should make sure it has an effective quality assurance process, so that staff carry out home fire safety checks to an appropriate standard.",
         "Introduce a quality assurance framework for Safe and Well visits, with a monthly sample of visits reviewed by the Prevention team.", "Prevention Manager", "Novmeber 2024", "Amber",
         "Framework drafted; consultation with representative bodies has delayed sign-off."),
        ("E2.2", None, "Report Safe and Well QA findings quarterly to the Performance and Scrutiny Board.", "Head of Prevention and Protection", D(2025, 1, 31), "Green",
         "First quarterly report scheduled for January 2025 board."),
        ("Efficiency",),
        ("F1.1", "The service should make sure it effectively monitors, reviews and evaluates the benefits and outcomes of any collaboration activity.",
         "Develop a collaboration benefits register covering all joint work with South Yorkshire Police and Yorkshire Ambulance Service.", "Head of Corporate Services", D(2025, 3, 31), "Green",
         "Register template agreed; population with partners under way."),
        ("F1.2", None, "Evaluate the co-responding pilot and present findings to the Fire Authority.", "AM Response", D(2024, 12, 31), "Red",
         "Evaluation delayed by availability of ambulance service data; new date to be agreed."),
        ("People",),
        ("P1.1", "The service should make sure all staff understand how to raise concerns and have confidence in the confidential reporting line.",
         "Relaunch the independent confidential reporting line with briefings at every station.", "Head of HR", D(2024, 10, 31), "Complete",
         "Relaunched 1 October 2024; 31 station briefings delivered."),
        ("P2.1", "The service should make sure it has an effective system to identify, develop and support high-potential staff and aspiring leaders.",
         "Introduce a talent management framework and a supervisory leadership development programme.", "Organisational Development Manager", D(2025, 6, 30), "Amber",
         "Framework agreed; procurement of leadership programme provider running behind plan."),
    ]
    r = 6; afi_start = None
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True); fill(ws.cell(r, 1), "F2DCDB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1; continue
        ref, afi, act, own, tgt, rag, prog = row
        vals = [ref, afi, act, own, tgt, rag, prog]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        if isinstance(tgt, D):
            ws.cell(r, 5).number_format = "mmm-yy"
        colour = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[rag]
        fill(ws.cell(r, 6), colour)
        if afi is None:
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Complete = action closed | Green = on track | Amber = at risk of slipping | Red = off track / overdue").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [8, 45, 50, 24, 12, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bh1-south-yorkshire-fire-rescue-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 UHNM CQC (xlsx)
def uhnm():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "University Hospitals of North Midlands NHS Trust – CQC Must Do and Should Do Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC inspection report published 14 March 2024"
    ws["A3"] = "Position at: 31 October 2024     Reporting to: Quality Governance Committee"
    hdr = ["Ref", "Must Do / Should Do", "Action", "Lead", "Original Completion Date", "Revised Completion Date", "BRAG", "Progress / Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); fill(c, "D9E1F2"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("Urgent and Emergency Care – Royal Stoke University Hospital",),
        ("MD1.1", "The trust must ensure patients receive timely assessment and treatment in the emergency department, including initial assessment within 15 minutes of arrival. (Regulation 12)",
         "Implement a rapid assessment and treatment (RAT) model in majors between 10:00 and 22:00, staffed by a senior decision maker.",
         "Clinical Director for Emergency Medicine", D(2024, 6, 30), D(2024, 9, 30), "B", "RAT model live from 2 September 2024; time to initial assessment now a median of 11 minutes."),
        ("MD1.2", None, "Introduce a streaming nurse at the front door 24/7 and audit triage times weekly, reporting compliance to the divisional quality meeting.",
         "Head of Nursing (Emergency Care)", D(2024, 11, 30), None, "G", "Streaming nurse on the rota for all shifts; weekly audit shows 88% compliance against 95% target."),
        ("MD2", "The trust must ensure that risk assessments are completed for patients presenting with mental health needs. (Regulation 12)",
         "Roll out the ED mental health risk assessment tool and include completion in the twice-daily safety huddle.",
         "Matron ED / Mental Health Liaison Lead", D(2024, 5, 31), D(2024, 12, 31), "A", "Tool launched; completion at 64% in October. Further training planned for night staff."),
        ("SD1", "The trust should ensure staff complete mandatory training in line with trust targets.",
         "Agree a trajectory to 90% compliance for all ED staff groups, with protected training time built into the rota.",
         "Divisional Director of Operations", D(2025, 3, 31), None, "G", "Compliance 81% (from 72% in March); on trajectory."),
        ("Maternity – Royal Stoke University Hospital",),
        ("MD3", "The trust must ensure that emergency equipment is checked in line with trust policy. (Regulation 12)",
         "Introduce daily resuscitaire and emergency trolley checks using the electronic checklist, with weekly matron spot checks.",
         "Director of Midwifery", D(2024, 4, 30), None, "B", "Electronic checks in place since April; 100% compliance for six consecutive months."),
        ("MD4.1", "The trust must ensure there are sufficient numbers of suitably qualified, competent and experienced midwifery staff. (Regulation 18)",
         "Complete the Birthrate Plus review and present the revised midwifery establishment to Trust Board.",
         "Director of Midwifery", D(2024, 9, 30), None, "B", "Birthrate Plus report presented to Trust Board on 26 September 2024; establishment uplift approved."),
        ("MD4.2", None, "Recruit to the midwifery vacancies through the international recruitment and newly qualified midwife pipeline.",
         "Deputy Director of Midwifery", D(2025, 3, 31), None, "R", "Vacancy rate remains 11%; international cohort delayed to February 2025."),
        ("SD2", "The trust should ensure that women attending maternity triage are assessed using a standardised triage system.",
         "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) and audit compliance monthly.",
         "Maternity Triage Lead Midwife", D(2024, 12, 31), None, "G", "BSOTS training 70% complete; go-live planned for 2 December."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            c = ws.cell(r, 1, row[0]); c.font = Font(bold=True, color="FFFFFF"); fill(c, "1F4E78")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1; continue
        ref, fnd, act, lead, orig, rev, brag, prog = row
        for i, v in enumerate([ref, fnd, act, lead, orig, rev, brag, prog], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        ws.cell(r, 5).number_format = "dd/mm/yyyy"; ws.cell(r, 6).number_format = "dd/mm/yyyy"
        fill(ws.cell(r, 7), FILL[brag]); ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        if fnd is None:
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(r, 1, "BRAG Key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete – action delivered and evidence of embedding"), ("G", "On track to deliver by completion date"),
                 ("A", "At risk – some slippage, mitigation in place"), ("R", "Off track – will not deliver by completion date")]:
        c = ws.cell(r, 1, k); fill(c, FILL[k]); ws.cell(r, 2, t); r += 1
    for col, w in zip("ABCDEFGH", [8, 45, 50, 28, 14, 14, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bh1-uhnm-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 3 West College Scotland (xlsx)
def wcs():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "West College Scotland – Education Scotland Progress Visit Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress visit: October 2024"
    ws["A3"] = ("This action plan responds to the areas for development identified by HM Inspectors following their progress visit to the college "
                "in October 2024. Progress is reported to each meeting of the Learning, Teaching and Quality Committee of the Board of Management.")
    ws.merge_cells("A3:F3"); ws["A3"].alignment = WRAP; ws.row_dimensions[3].height = 45
    hdr = ["No.", "Action", "Responsibility", "Timescale", "Progress update (February 2025)", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); fill(c, "BDD7EE"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("1. The college should improve attainment on full-time further education programmes where success rates are below the sector average.",),
        ("1.1", "Identify all full-time FE programmes with PI below the sector average and put in place programme improvement plans agreed with Heads of Sector.",
         "Assistant Principal (Quality)", "December 2024", "Improvement plans in place for 23 programmes and monitored at monthly performance reviews.", "Complete"),
        ("1.2", "Hold monthly early-warning meetings to identify learners at risk of withdrawal and agree individual support.",
         "Heads of Sector", "Ongoing", "Meetings established on all three campuses; withdrawal at the second funding date is down 2% on last year.", "Green"),
        ("1.3", "Review assessment scheduling across engineering and construction programmes to reduce assessment bunching in Block 3.",
         "Head of Sector – Engineering and Construction", "Jan 2025 – June 2025", "Assessment calendars drafted for 14 of 19 programmes.", "Amber"),
        (None,),
        ("2. The college should ensure that learners' views are used consistently to inform improvements to learning and teaching.",),
        ("2.1", "Relaunch class representative training with the Students' Association across all campuses.",
         "Student Association President / Head of Student Experience", "September 2024", "412 class reps trained in September and October.", "Complete"),
        ("2.2", "Introduce a 'you said, we did' summary at the end of each learner focus group, published on the VLE.",
         "Quality Enhancement Manager", "March 2025", "Template agreed; first summaries published for the Greenock campus.", "Green"),
        (None,),
        ("3. Managers should ensure that self-evaluation at programme level is robust and leads to clear actions for improvement.",),
        ("3.1", "Revise the programme self-evaluation template to include analysis of PI data by SIMD and care-experienced status.",
         "Assistant Principal (Quality)", "By 31 January 2025", "Revised template issued to all curriculum teams in January.", "Complete"),
        ("3.2", "Deliver professional learning on evaluative writing to all curriculum managers.",
         "Organisational Development Manager", "June 2025", "", "Not started"),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            if row[0] is not None:
                c = ws.cell(r, 1, row[0]); c.font = Font(bold=True); fill(c, "DDEBF7"); c.alignment = WRAP
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); ws.row_dimensions[r].height = 30
            r += 1; continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v if v != "" else None); c.border = BOX; c.alignment = WRAP
        st = row[5]
        if st in ("Complete", "Green", "Amber"):
            fill(ws.cell(r, 6), {"Complete": "9BC2E6", "Green": "A9D08E", "Amber": "FFD966"}[st])
        r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete – action finished | Green – on track | Amber – some slippage | Red – significant concern | Not started").font = Font(italic=True)
    for col, w in zip("ABCDEF", [7, 55, 32, 18, 50, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bh1-west-college-scotland-education-scotland-progress-visit-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Truro and Penwith College (docx)
def truro():
    doc = Document()
    doc.add_heading("Truro and Penwith College – Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Ofsted inspection: 19–22 November 2024. Overall effectiveness: Good.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "10/01/2025", "Deputy Principal", "Corporation"), ("1.1", "03/03/2025", "Deputy Principal", "Quality and Standards Committee")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph("")
    doc.add_paragraph("The actions below address the areas for improvement in the inspection report. Progress is reviewed monthly by the "
                      "Senior Leadership Team and reported termly to the Quality and Standards Committee.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Impact measure", "Progress / RAG"]):
        c.text = h
    bold_row(t.rows[0])
    COL = {"Complete": "9BC2E6", "On track": "A9D08E", "Amber": "FFD966", "Not started": None}
    data = [
        ("AFI 1: Leaders should ensure that apprentices receive timely off-the-job training that builds on what they already know and can do.",),
        ("1.1", "Introduce a skills scan at the start of every apprenticeship standard and use the results to plan each apprentice's training plan.",
         "Head of Apprenticeships", "February 2025", "All new starts have a skills scan and individual training plan.", "Complete – skills scan in use on all standards.", "Complete"),
        ("1.2", "Review off-the-job hours at every progress review with employers and escalate shortfalls to the curriculum manager.",
         "Apprenticeship Curriculum Managers", "Termly", "Fewer apprentices behind on off-the-job hours.", "On track – reviews now include an off-the-job check.", "On track"),
        ("1.3", "Train all assessors in setting SMART targets at progress reviews.",
         "JT / SM", "Summer term 2025", "Sampled progress reviews show specific, measurable targets.", "Amber – first session delivered; second delayed to May.", "Amber"),
        ("AFI 2: Leaders should ensure that learners on level 1 study programmes attend well, particularly in English and mathematics lessons.",),
        ("2.1", "Introduce same-day follow-up by Progress Coaches for any learner missing an English or maths lesson.",
         "Head of English and Maths", "March 2025", "Attendance in English and maths at 85% or above.", "On track – attendance up 6 percentage points since January.", "On track"),
        ("2.2", "Report attendance by course weekly to curriculum teams and the Senior Leadership Team.",
         "Data and MIS Manager", "Weekly", "Teams act on weekly attendance data.", "Complete – weekly reports live since December.", "Complete"),
        ("2.3", "Review the level 1 timetable so that English and maths are not scheduled as single sessions at the end of the day.",
         "Deputy Principal (Curriculum)", "September 2025", "Improved attendance at afternoon English and maths sessions.", "Not started – timetable planning begins in April.", "Not started"),
        ("AFI 3: Governors should ensure that they receive sufficiently detailed information on the quality of apprenticeship provision to hold leaders to account.",),
        ("3.1", "Add an apprenticeship quality dashboard to each Quality and Standards Committee agenda.",
         "Clerk to the Corporation", "March 2025", "Minutes show governors challenging apprenticeship performance.", "On track – dashboard drafted for the March meeting.", "On track"),
        ("3.2", "Arrange a governor link visit to the apprenticeship team each term.",
         "Chair of Quality and Standards Committee", "Termly", "Governors report first-hand on apprentices' experience.", "On track – first visit completed 12 February.", "On track"),
    ]
    for d in data:
        row = t.add_row()
        if len(d) == 1:
            m = row.cells[0].merge(row.cells[5]); m.text = d[0]
            for run in m.paragraphs[0].runs:
                run.bold = True
            shade(m, "D9D9D9"); continue
        for c, x in zip(row.cells, d[:6]):
            c.text = x
        if COL[d[6]]:
            shade(row.cells[5], COL[d[6]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete (blue) – action finished | On track (green) | Amber – some slippage | Red – off track")
    doc.save(os.path.join(OUT, "bh1-truro-penwith-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 Sandwell SAB SAR (docx)
def sandwell():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Sandwell Safeguarding Adults Board – SAR 'Adult K' Action Plan", level=1)
    doc.add_paragraph("Last updated: 12 February 2025     Owner: SAR Sub-Group")
    doc.add_paragraph("The Safeguarding Adults Review concerning Adult K was published in October 2024. The Board accepted all four "
                      "recommendations. Partner agencies update this plan before each SAR Sub-Group meeting.")
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Recommendation", "Action", "Lead Agency / Officer", "Target Date", "RAG", "Update"]):
        c.text = h
    bold_row(t.rows[0])
    recs = [
        ("1. Sandwell SAB should seek assurance that partner agencies apply the Mental Capacity Act when adults repeatedly decline care and support, including consideration of executive capacity.", [
            ("1.1", "Deliver multi-agency briefings on the Mental Capacity Act and executive capacity through the SAB training offer.", "SAB Training and Development Officer", "30/06/2025", "Green", "Three of six briefings delivered; 140 attendees."),
            ("1.2", "Undertake a multi-agency audit of MCA practice in self-neglect cases and report the findings to the Quality Assurance Sub-Group.", "Principal Social Worker (Adults)", "Q2 2025/26", "Amber", "Audit tool agreed; fieldwork delayed by availability of health auditors."),
        ]),
        ("2. Partners should strengthen the use of the multi-agency self-neglect and hoarding protocol when risks escalate.", [
            ("2.1", "Refresh the self-neglect and hoarding protocol, including a clear escalation route to a multi-agency risk management meeting.", "SAB Business Manager", "31/03/2025", "Completed", "Refreshed protocol signed off by the Board on 29 January 2025."),
            ("2.2", "Publish a 7-minute briefing on the refreshed protocol and circulate it to all partner agencies.", "SAB Business Manager", "April 2025", "Green", "Draft briefing with the Communications Sub-Group."),
        ]),
        ("3. The ICB should seek assurance that GP practices follow up adults with care and support needs who do not attend appointments.", [
            ("3.1", "Issue guidance to GP practices on 'did not attend' follow-up for adults with care and support needs.", "Named GP for Adult Safeguarding / Designated Nurse", "End of May 2025", "Green", "Guidance drafted and shared with the Primary Care Safeguarding Forum."),
            ("3.2", "Include DNA follow-up in the annual GP safeguarding self-assessment.", "ICB Head of Safeguarding", "TBC", "", ""),
        ]),
        ("4. West Midlands Fire Service and housing providers should share information about fire risk where an adult is known to be hoarding.", [
            ("4.1", "Agree an information-sharing process between housing providers and WMFS for Safe and Well referrals.", "WMFS Station Commander (Prevention) and Sandwell MBC Head of Housing Management", "Sept 2025", "Red", "Information sharing agreement awaiting legal sign-off; no date yet agreed."),
        ]),
    ]
    COL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Completed": "0070C0"}
    for rec, acts in recs:
        first = None
        for a in acts:
            row = t.add_row().cells
            row[0].text = a[0]; row[2].text = a[1]; row[3].text = a[2]; row[4].text = a[3]; row[5].text = a[4]; row[6].text = a[5]
            if a[4]:
                shade(row[5], COL[a[4]])
            if first is None:
                first = row[1]; row[1].text = rec
            else:
                first = first.merge(row[1])
    doc.add_paragraph("")
    k = doc.add_table(rows=1, cols=2); k.style = "Table Grid"
    k.rows[0].cells[0].text = "RAG key"; k.rows[0].cells[1].text = ""
    for w, txt in [("Green", "On track"), ("Amber", "At risk of delay"), ("Red", "Off track / overdue"), ("Completed", "Action complete and evidenced")]:
        c = k.add_row().cells; c[0].text = w; c[1].text = txt; shade(c[0], COL[w])
    doc.save(os.path.join(OUT, "bh1-sandwell-sab-sar-adult-k-action-plan.docx"))


# ---------------------------------------------------------------- 6 Public Health Wales (csv)
def phw():
    rows = [
        ["Public Health Wales NHS Trust - Audit Wales Recommendations Tracker"],
        ["Audit and Corporate Governance Committee - 14 November 2024"],
        [],
        ["Report", "Rec No.", "Recommendation", "Management Response / Action", "Responsible Officer", "Original Completion Date", "Revised Completion Date", "Status", "Progress Update"],
        ["Structured Assessment 2023", "R1", "The Trust should strengthen its reporting to Board on progress in delivering its Integrated Medium Term Plan (IMTP).",
         "Quarterly IMTP delivery reports to Board will include milestones, RAG ratings and corrective actions.", "Director of Strategy", "31/03/2024", "30/09/2024", "Complete",
         "Revised quarterly report format approved by Board in September 2024."],
        ["Structured Assessment 2023", "R2", "The Trust should ensure that committee papers are issued at least seven days before each meeting.",
         "The Board Business Unit will monitor the timeliness of papers and report compliance to each committee.", "Board Secretary", "31/12/2024", "", "Green",
         "Compliance at 86% in Q2; on track to meet the target."],
        ["Structured Assessment 2023", "R3", "The Trust should update its Board Assurance Framework to reflect its new Long Term Strategy.",
         "Complete the refresh of the Board Assurance Framework and align strategic risks with the Long Term Strategy.", "Board Secretary", "30/06/2024", "31/01/2025", "Amber",
         "Draft BAF considered at Board Development session in October; final version to Board in January 2025."],
        ["Review of Workforce Planning Arrangements (2024)", "R1", "The Trust should develop a workforce plan that is fully costed and aligned to the IMTP.",
         "Develop a three-year costed workforce plan alongside the 2025-28 IMTP.", "Director of People and Organisational Development", "31/03/2025", "", "Green",
         "Workforce modelling under way with finance business partners."],
        ["Review of Workforce Planning Arrangements (2024)", "R2", "The Trust should improve the quality of its workforce data so that it can be relied on for planning.",
         "Introduce monthly ESR data quality checks and a workforce data quality dashboard.", "Head of Workforce Information", "30/09/2024", "", "Red",
         "Dashboard delayed by the ESR system upgrade; new date to be agreed."],
        ["Review of Workforce Planning Arrangements (2024)", "R3", "The Trust should put succession plans in place for business-critical roles.",
         "Identify business-critical roles and agree a succession plan for each.", "Director of People and Organisational Development", "TBC", "", "Not started",
         "To be scoped once the costed workforce plan is complete."],
        ["Review of Quality Governance Arrangements (2024)", "R1", "The Trust should ensure that learning from incidents and complaints is shared across directorates.",
         "Introduce a quarterly organisational learning report to the Quality, Safety and Improvement Committee.", "Director of Nursing, Quality and Allied Health Professionals",
         "31/12/2024", "28/02/2025", "Amber", "First report drafted; delayed to align with the new Datix Cymru reporting module."],
    ]
    with open(os.path.join(OUT, "bh1-public-health-wales-audit-wales-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 HMP Berwyn (txt, tab-separated)
def berwyn():
    L = [
        "HMP Berwyn – HM Inspectorate of Prisons Inspection Action Plan",
        "Report published: 20 August 2024. Action plan owner: Governor.",
        "",
        "\t".join(["Rec No", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner", "Target Date", "Status"]),
        "Priority concerns and recommendations",
        "\t".join(["1", "The prison should reduce the supply of illicit drugs, including through the post and over the perimeter.", "Agreed",
                   "Introduce photocopying of all non-legal mail and install additional perimeter CCTV with drone detection.", "Head of Security", "March 2025", "Amber"]),
        "\t".join(["2", "Prisoners at risk of self-harm should receive consistent, good quality ACCT case management.", "Agreed",
                   "Deliver ACCT case manager refresher training and introduce monthly quality assurance of open ACCTs.", "Head of Safer Custody / Head of Residence", "31/12/2024", "Complete"]),
        "\t".join(["3", "Prisoners should have timely access to mental health assessment and treatment.", "Partly Agreed",
                   "Review the mental health referral pathway with BCUHB and recruit two additional mental health nurses.", "Head of Healthcare (BCUHB)", "June 2025", "Green"]),
        "",
        "Key concerns and recommendations",
        "\t".join(["4", "Prisoners should have a timely and up-to-date assessment of their risk and needs (OASys).", "Agreed",
                   "Prioritise OASys reviews for prisoners within 12 months of release and track backlog at the weekly OMU meeting.", "Head of Reducing Reoffending", "Ongoing", "Green"]),
        "\t".join(["5", "Leaders should ensure that there are enough activity places for the population and that they are fully used.", "Agreed",
                   "Reopen the two closed workshops and introduce a part-time education regime to increase purposeful activity places.", "Head of Learning and Skills", "Sept 2024 – Mar 2025", "Green"]),
        "\t".join(["6", "Leaders should understand and address the reasons for the high use of force against black and minority ethnic prisoners.", "Agreed",
                   "Analyse use of force data by ethnicity monthly at the Use of Force Committee and commission an independent scrutiny panel.", "Deputy Governor", "Q4 2024/25", "Red"]),
        "\t".join(["7", "Prisoners should be able to make applications and complaints and receive timely responses.", "Agreed",
                   "Introduce the electronic applications system on all residential units and monitor response times.", "Head of Residence", "Jan-25", "Complete"]),
        "",
        "Status: Complete | Green = on track | Amber = some risk to delivery | Red = off track",
    ]
    with open(os.path.join(OUT, "bh1-hmp-berwyn-hmip-inspection-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    for fn in (syfr, uhnm, wcs, truro, sandwell, phw, berwyn):
        fn()
    print("done")
