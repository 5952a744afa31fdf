"""Generator for the bl1- blind cases (heldout98).

Run with /work/main/.venv/bin/python bl1_make.py ; writes the seven document files beside it.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="F2F2F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# ---------------------------------------------------------------------------
# 1. Sheffield Hallam University - Ofsted ITE improvement plan (xlsx)
# ---------------------------------------------------------------------------
def sheffield_hallam():
    wb = Workbook()
    ws = wb.active
    ws.title = "ITE Improvement Plan"
    ws["A1"] = "Sheffield Hallam University ITE Partnership: Post-Inspection Improvement Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted initial teacher education inspection (primary, secondary and FES phases). "
                "Plan owner: Head of Initial Teacher Education. Last updated: 14 January 2025")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Success criteria",
           "Target date", "Revised date", "RAG", "Progress update (January 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    widths = [7, 38, 48, 14, 36, 12, 12, 11, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    rows = [
        ("band", "Primary phase"),
        ("afi", "Leaders should ensure that the centre-based curriculum for early reading is consistently "
                "reinforced in placement schools, so that all trainees can practise teaching systematic "
                "synthetic phonics.", [
            ("P1.1", "Map the phonics sessions in the centre-based curriculum to the directed tasks set for "
                     "trainees in each school experience.",
             "EM", "Directed tasks for SE1 and SE2 reference the named phonics sessions.",
             d(2024, 12, 20), None, "Complete", "blue",
             "Mapping completed and shared with partnership schools in the December newsletter. Directed "
             "tasks updated on the Partnership hub."),
            ("P1.2", "Deliver two phonics briefings for placement school mentors, with recorded versions "
                     "available on the Partnership hub.",
             "EM / RH", "80% of primary mentors attend or view a briefing.",
             d(2025, 2, 28), None, "Green", "green",
             "First briefing held 27 November (64 mentors). Second briefing booked for 5 February."),
            ("P1.3", "Add a phonics focus to the second-placement lesson observation form and quality assure "
                     "a sample of 20 completed forms.",
             "RH", "Sample shows phonics feedback in at least 18 of 20 forms.",
             d(2025, 3, 31), d(2025, 5, 30), "Amber", "amber",
             "Form revised but release delayed until the spring placement starts. Sample QA moved to May; "
             "revised date agreed at ITE Strategy Group."),
        ]),
        ("band", "Secondary phase"),
        ("afi", "Leaders should ensure that mentors in all placement schools have a secure understanding of "
                "the subject-specific curriculum, so that feedback to trainees is sharply focused.", [
            ("S1.1", "Run subject-specific mentor development days for each of the 11 secondary subjects.",
             "Subject Leads", "All subjects have held a development day; attendance recorded.",
             d(2024, 12, 13), None, "Complete", "blue",
             "All 11 days delivered between October and December. 212 mentors attended."),
            ("S1.2", "Introduce a quality assurance visit by a university tutor for every new mentor in the "
                     "first half term of each placement.",
             "JB", "100% of new mentors receive a QA visit.",
             d(2025, 3, 31), None, "Green", "green",
             "43 of 51 new mentors visited to date; remaining visits scheduled before Easter."),
            ("S1.3", "Review the weekly development summary template so that targets are linked to the "
                     "curriculum component being taught.",
             "JB, AK", "Revised template in use by all secondary trainees.",
             d(2025, 1, 31), d(2025, 4, 30), "Red", "red",
             "Template redesign delayed by changes to the placement platform. Escalated to the Head of ITE; "
             "interim guidance issued to mentors."),
        ]),
        ("band", "Further education and skills phase"),
        ("afi", "Leaders should make sure that trainees have sufficient opportunities to learn about, and "
                "teach, learners with special educational needs and/or disabilities in FE settings.", [
            ("F1.1", "Add a five-day SEND-focused enhancement placement for all FES trainees from the 2024/25 "
                     "cohort.",
             "Head of FES ITE", "All FES trainees complete the enhancement placement.",
             "Summer term 2025", None, "Not started", None,
             "Host colleges identified; placements begin after Easter."),
            ("F1.2", "Develop a SEND case study task assessed in the professional studies module.",
             "Head of FES ITE / Module Leader", "Task validated and included in the module handbook.",
             d(2025, 6, 30), None, "On track", "green",
             "Draft task written and reviewed by the SEND specialist tutor. Validation panel booked for "
             "April."),
        ]),
    ]
    r = 5
    for item in rows:
        if item[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = FILL["band"]
            r += 1
            continue
        afi_text, acts = item[1], item[2]
        first = r
        for (ref, action, lead, sc, tgt, rev, rag, fill, prog) in acts:
            vals = [ref, None, action, lead, sc, tgt, rev, rag, prog]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            for ci in (6, 7):
                if isinstance(ws.cell(row=r, column=ci).value, dt.datetime):
                    ws.cell(row=r, column=ci).number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(row=r, column=8).fill = FILL[fill]
            r += 1
        ws.cell(row=first, column=2, value=afi_text).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", "blue", "Action completed and evidence held"),
           ("Green", "green", "On track to meet target date"),
           ("Amber", "amber", "At risk of delay; revised date agreed by ITE Strategy Group"),
           ("Red", "red", "Off track; escalated to Head of ITE")]
    for word, fill, meaning in key:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = FILL[fill]
        ws.cell(row=r, column=2, value=meaning)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "bl1-sheffield-hallam-university-ofsted-ite-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Leeds Beckett University - Ofsted apprenticeships PIAP (docx)
# ---------------------------------------------------------------------------
def leeds_beckett():
    doc = Document()
    landscape(doc)
    doc.add_heading("Leeds Beckett University – Apprenticeships Post-Inspection Action Plan", level=1)
    doc.add_paragraph(
        "Ofsted carried out a full inspection of the University's apprenticeship provision in March 2024. "
        "This action plan responds to the three points in the report section 'What does the provider need "
        "to do to improve?'. Progress is reviewed monthly by the Apprenticeship Quality Board and reported "
        "to the Academic Board each term.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("1.0", "22/04/2024", "Head of Apprenticeships", "Apprenticeship Quality Board"),
                ("1.3", "09/12/2024", "Apprenticeship Quality Manager", "Apprenticeship Quality Board")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and impact evidenced; Green = on track; "
                      "Amber = some slippage, recoverable; Red = off track.")

    sections = [
        ("Improvement 1: Leaders and managers should ensure that employers are fully involved in planning "
         "and reviewing apprentices' on-the-job training.", [
            ("1.1", "Introduce a tripartite progress review template with a mandatory employer section on "
                    "planned on-the-job training for the next 12 weeks.",
             "Head of Apprenticeships", "31 May 2024",
             "New template live on the e-portfolio from May 2024. All reviews since June use it.", "Complete"),
            ("1.2", "Train all skills coaches and academic tutors in conducting effective tripartite "
                    "reviews, including setting employer-owned targets.",
             "Apprenticeship Quality Manager", "End of July 2024",
             "Four workshops held; 46 of 46 staff trained.", "Complete"),
            ("1.3", "Audit a 10% sample of progress reviews each quarter and report employer engagement to "
                    "the Apprenticeship Quality Board.",
             "AQM / Course Directors", "Quarterly",
             "Q2 audit found employer targets set in 88% of reviews, up from 52% at inspection.", "Green"),
        ]),
        ("Improvement 2: Leaders should ensure that apprentices receive timely and helpful feedback on their "
         "written work so that they know how to improve.", [
            ("2.1", "Set a 15-working-day turnaround standard for feedback on apprenticeship assignments and "
                    "monitor it through the VLE.",
             "Dr Sarah Whitley", "30/09/2024",
             "Standard published in the apprentice handbook; VLE report shows 93% on time.", "Complete"),
            ("2.2", "Moderate the quality of feedback across each apprenticeship standard at the termly "
                    "programme boards.",
             "Course Directors", "Ongoing",
             "Moderation completed for the autumn boards; two programmes asked to add feed-forward comments.",
             "Green"),
            ("2.3", "Survey apprentices on the usefulness of feedback and act on the findings.",
             "Apprenticeship Quality Manager", "Jan 2025",
             "Survey closed with a 31% response rate, lower than planned. Reminder sent via employers and "
             "analysis moved to the February board.", "Amber"),
        ]),
        ("Improvement 3: Leaders should make sure that apprentices develop a secure understanding of the "
         "risks of radicalisation and extremism relevant to their workplace and locality.", [
            ("3.1", "Embed a Prevent and British values topic in each progress review, using sector-specific "
                    "scenarios.",
             "Designated Safeguarding Lead", "October 2024",
             "Scenarios written for health, digital and management standards and added to the review "
             "template.", "Complete"),
            ("3.2", "Produce a local risk briefing for Leeds and West Yorkshire for skills coaches to use with "
                    "apprentices.",
             "DSL & Head of Apprenticeships", "Dec-24",
             "Briefing drafted with input from the regional Prevent coordinator; sign-off due at the December "
             "board.", "Green"),
        ]),
    ]
    rag_fill = {"Complete": "9BC2E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for heading, acts in sections:
        p = doc.add_paragraph()
        run = p.add_run(heading)
        run.bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "By when", "Progress / impact", "RAG"]):
            c.text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            shade(cells[5], rag_fill[a[5]])
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "bl1-leeds-beckett-university-ofsted-apprenticeships-piap.docx"))


# ---------------------------------------------------------------------------
# 3. Velindre University NHS Trust - HIW improvement plan (docx)
# ---------------------------------------------------------------------------
def velindre():
    doc = Document()
    landscape(doc)
    doc.add_heading("Appendix C – Improvement plan", level=1)
    for line in ["Service: Velindre Cancer Centre (Velindre University NHS Trust)",
                 "Ward/department: Chemotherapy Day Unit and Outpatients",
                 "Date of inspection: 10 and 11 September 2024"]:
        doc.add_paragraph(line)
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to address "
        "these areas.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                      "Responsible officer", "Timescale"]):
        c.text = h
        shade(c, "D9D9D9")
    bold_row(t.rows[0])

    def section(title):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        m.text = title
        shade(m, "E2EFD9")
        for r in m.paragraphs[0].runs:
            r.bold = True

    def rows(improvement, standard, actions):
        start = len(t.rows)
        for (act, officer, when) in actions:
            cells = t.add_row().cells
            cells[2].text = act
            cells[3].text = officer
            cells[4].text = when
        end = len(t.rows) - 1
        a = t.cell(start, 0)
        b = t.cell(start, 1)
        if end > start:
            a = a.merge(t.cell(end, 0))
            b = b.merge(t.cell(end, 1))
        a.text = improvement
        b.text = standard

    section("Quality of the patient experience")
    rows("The service must ensure that patient information leaflets in the day unit are available "
         "bilingually.",
         "Health and Care Quality Standards 2023 – Person centred; Welsh Language (Wales) Measure 2011",
         [("All patient information leaflets displayed in the Chemotherapy Day Unit have been reviewed and "
           "English-only versions removed. Bilingual replacements have been ordered through the Trust Welsh "
           "Language Officer.", "Lead Nurse, Chemotherapy Day Unit", "31 December 2024")])
    rows("The service must ensure that patients' privacy and dignity are maintained when treatment is "
         "discussed in the shared treatment bays.",
         "Health and Care Quality Standards 2023 – Person centred",
         [("Portable screens to be purchased for each treatment bay and staff reminded to use the consultation "
           "room for sensitive discussions.", "Senior Nurse, Outpatients", "November 2024"),
          ("Privacy and dignity to be added as a standing item to the monthly patient experience audit.",
           "Head of Nursing and Quality", "Immediate and ongoing")])
    section("Delivery of safe and effective care")
    rows("The service must ensure that emergency equipment checks are completed and recorded daily.",
         "Health and Care Quality Standards 2023 – Safe",
         [("Daily resuscitation trolley checklist replaced with a new log. Compliance will be audited weekly "
           "by the ward manager and reported to the Nursing Quality Group.", "Ward Manager", "Immediate")])
    rows("The service must ensure that medicines fridge temperatures are recorded and that action is taken "
         "when readings are outside the required range.",
         "Health and Care Quality Standards 2023 – Safe; Effective",
         [("Fridge temperature monitoring moved to the electronic system with automated alerts to pharmacy. "
           "Staff briefed on the escalation process at safety huddles.", "Principal Pharmacist",
           "31/01/2025")])
    section("Quality of management and leadership")
    rows("The service must ensure that staff compliance with mandatory training, in particular level 3 "
         "safeguarding, improves.",
         "Health and Care Quality Standards 2023 – Workforce",
         [("Training trajectory agreed with each team leader to reach 85% compliance. Monthly compliance "
           "reports shared at the Divisional Senior Management Team.", "Divisional Nurse / Education Lead",
           "March 2025")])
    rows("The service should ensure that the results of staff surveys are shared with staff, along with the "
         "actions taken in response.",
         "Health and Care Quality Standards 2023 – Leadership",
         [("A 'You said, we did' board to be introduced in the staff room and updated after each survey.",
           "Service Manager", "End of January 2025")])

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rhiannon Price"),
                                ("Job role:", "Executive Director of Nursing, AHPs and Health Science"),
                                ("Date:", "4 November 2024")]):
        s.cell(i, 0).text = k
        s.cell(i, 1).text = v
    doc.save(os.path.join(HERE,
                          "bl1-velindre-university-nhs-trust-hiw-velindre-cancer-centre-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 4. Hertfordshire FRS - HMICFRS AFI tracker with a mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
HERTS_TYPO_ROW = 10


def herts_frs():
    wb = Workbook()
    ws = wb.active
    ws.title = "AFI Tracker"
    ws["A1"] = "Hertfordshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Inspection 2023-25 – Areas for Improvement Action Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated: 12 March 2025 (for Community Safety Cabinet Panel)"
    hdr = ["AFI Ref", "Pillar", "Area for Improvement", "Action", "Action Owner", "Target Date", "Status",
           "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEFGH", [8, 14, 42, 48, 18, 13, 11, 55]):
        ws.column_dimensions[col].width = w
    data = [
        ("AFI 1a", "Effectiveness",
         "The service should make sure it targets its prevention work at the people most at risk of fire.",
         "Refresh the Safe and Well targeting model using Exeter data and partner referral data.",
         "GM Prevention", d(2024, 12, 31), "Complete",
         "New targeting model live from 1 December; 61% of visits now to the highest-risk households."),
        ("AFI 1b", "Effectiveness",
         "The service should make sure it targets its prevention work at the people most at risk of fire.",
         "Introduce quarterly evaluation of Safe and Well outcomes, reported to the Prevention Board.",
         "SM Community Safety", d(2025, 6, 30), "Green",
         "Evaluation framework agreed; first quarterly report due April."),
        ("AFI 2a", "Effectiveness",
         "The service should make sure it has enough qualified protection staff to meet its risk-based "
         "inspection programme.",
         "Recruit and train four additional Fire Safety Inspectors to Level 4 Diploma standard.",
         "Head of Protection", d(2025, 9, 30), "Amber",
         "Two inspectors appointed; second recruitment round closed with no suitable applicants."),
        ("AFI 2b", "Effectiveness",
         "The service should make sure it has enough qualified protection staff to meet its risk-based "
         "inspection programme.",
         "Review the risk-based inspection programme so that high-risk premises are audited within the "
         "agreed frequency.",
         "Head of Protection", d(2025, 3, 31), "Green",
         "Review complete; revised programme to be approved at the April Protection Board."),
        ("AFI 3", "People",
         "The service should monitor secondary contracts to make sure working hours are not exceeded.",
         "Implement a secondary employment register with six-monthly declarations and working time checks.",
         "HR Business Partner", "Ocotber 2025", "Green",
         "Register built in the HR system; first declaration window opens in April."),
        ("AFI 4", "People",
         "The service should make sure its workforce plan takes full account of the skills and capabilities "
         "it needs.",
         "Produce a four-year strategic workforce plan linked to the Community Risk Management Plan.",
         "Director of People", d(2025, 5, 31), "Amber",
         "Draft plan prepared; further work needed on on-call availability modelling."),
        ("AFI 5", "Efficiency",
         "The service should make sure it effectively monitors, reviews and evaluates the benefits and "
         "outcomes of any collaboration.",
         "Adopt the county council's benefits realisation template for all blue-light collaboration projects.",
         "AM Service Improvement", d(2025, 1, 31), "Complete",
         "Template in use for the joint estates and shared control projects."),
    ]
    r = 6
    for row in data:
        for ci, v in enumerate(row, 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(row[5], dt.datetime):
            ws.cell(row=r, column=6).number_format = "mmm-yy"
        st = ws.cell(row=r, column=7)
        st.fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"],
                   "Red": FILL["red"]}[row[6]]
        if row[5] == "Ocotber 2025":
            assert r == HERTS_TYPO_ROW, r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete – action closed; Green – on track; "
                                   "Amber – at risk; Red – off track")
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "bl1-hertfordshire-frs-hmicfrs-afi-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 5. Historic Environment Scotland - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def hes():
    import csv
    path = os.path.join(HERE, "bl1-historic-environment-scotland-internal-audit-recommendations-tracker.csv")
    hdr = ["Audit Report", "Ref", "Recommendation", "Priority", "Agreed Management Action", "Action Owner",
           "Original Due Date", "Revised Due Date", "RAG Status", "Progress Update"]
    rows = [
        ("2024/03 Cyber Security Resilience", "CS.1",
         "Formalise the ICT disaster recovery plan and test it at least annually.", "High",
         "A full disaster recovery test of core systems will be scheduled and the plan updated to reflect "
         "the results.", "Head of Digital", "31/12/2024", "30/06/2025", "Amber",
         "Test postponed to avoid the year-end finance close. New test date agreed with the supplier for "
         "May 2025."),
        ("2024/03 Cyber Security Resilience", "CS.2",
         "Ensure all staff complete mandatory cyber security awareness training.", "Medium",
         "Completion reports will be issued monthly to Heads of Service and non-completion escalated to "
         "Directors.", "Information Security Manager", "30/09/2024", "", "Complete",
         "Monthly reporting in place since August. Completion at 94%."),
        ("2024/05 Procurement and Contract Management", "PC.1",
         "Maintain a complete and accurate contract register.", "Medium",
         "The contract register will be migrated to the PCS-Tender contract module and reviewed quarterly.",
         "Head of Procurement", "31/03/2025", "", "Green",
         "Migration 80% complete; remaining contracts being loaded by the Procurement team."),
        ("2024/05 Procurement and Contract Management", "PC.2",
         "Ensure that waivers of contract standing orders are approved in line with the Scheme of "
         "Delegation.", "High",
         "The waiver form will be revised to require Finance Director sign-off above £50k, and a "
         "retrospective review of 2023/24 waivers will be carried out.",
         "Head of Procurement; Finance Business Partner", "31/01/2025", "31/05/2025", "Red",
         "Revised form issued. Retrospective review not yet started due to vacancies in the Finance team."),
        ("2024/05 Procurement and Contract Management", "PC.3",
         "Provide contract management training for budget holders.", "Low",
         "Contract management training will be delivered to all budget holders managing contracts over £25k.",
         "A. McLeod", "30/06/2025", "", "Green",
         "Course content agreed with the Scottish Government procurement team; first session in April."),
        ("", "", "", "", "", "", "", "", "", ""),
        ("2024/07 Properties in Care - Health and Safety Inspections", "HS.1",
         "Ensure high-level masonry inspections are completed within the cyclical programme.", "High",
         "The inspection programme will be rebased in the asset management system, with overdue sites "
         "prioritised by risk.", "Head of Estates Maintenance", "31/10/2024", "", "Complete",
         "Programme rebased; all 70 priority sites inspected by October."),
        ("2024/07 Properties in Care - Health and Safety Inspections", "HS.2",
         "Record remedial actions arising from inspections and track them to closure.", "Medium",
         "Remedial actions will be logged in the asset management system, with monthly reporting to the "
         "Health and Safety Committee.", "Head of Estates Maintenance", "28/02/2025", "", "Amber",
         "Logging started for new inspections; backlog of historic actions still to be entered."),
        ("2024/07 Properties in Care - Health and Safety Inspections", "HS.3",
         "Review and communicate access restrictions at sites closed following inspection.", "Medium",
         "Site-by-site public access decisions will be published on the HES website and reviewed after each "
         "inspection.", "Director of Operations", "Ongoing", "", "Green",
         "Access page updated monthly; 12 sites reopened in full since the audit."),
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Historic Environment Scotland - Internal Audit Recommendations Tracker - "
                    "Audit and Risk Assurance Committee, March 2025"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 6. Forres Academy - Education Scotland post-inspection action plan (txt)
# ---------------------------------------------------------------------------
def forres():
    text = """Forres Academy - Post-Inspection Action Plan 2024-25
Education Scotland inspection: February 2024     Letter to parents published: 23 April 2024

This plan sets out how the school will address the areas for improvement agreed with HM Inspectors.
Progress is reported to the Parent Council each term and to Moray Council Education Resources and
Communities through the school's Quality Improvement Officer.

Area for improvement 1: Continue to improve the consistency of learning, teaching and assessment across the school, so that all learners experience appropriately challenging learning.

1.1  Action:     Agree and launch a Forres Academy learning and teaching standard, with a short
                 lesson-design checklist for all staff.
     Lead:       DHT (Learning and Teaching)
     Timescale:  October 2024
     Progress:   Standard agreed at the August in-service day and launched with all staff.
     RAG:        Complete

1.2  Action:     Programme of peer observation in triads, with a focus on differentiation and challenge.
     Lead:       Principal Teachers Curriculum
     Timescale:  March 2025
     Progress:   Triads formed in all faculties; first cycle complete. Second cycle started in January.
     RAG:        Green

1.3  Action:     Senior leadership learning walks each block, with feedback themes shared at the
                 Extended Leadership Team.
     Lead:       Head Teacher / DHT (Learning and Teaching)
     Timescale:  Ongoing
     Progress:   Three learning walks completed. Themes show stronger plenaries but limited challenge
                 for the most able in S1-S2.
     RAG:        Green

Area for improvement 2: Improve attainment in the senior phase, particularly for young people living in SIMD quintiles 1 and 2.

2.1  Action:     Introduce a senior phase tracking and monitoring calendar with three data points and
                 targeted mentoring for learners at risk of not achieving.
     Lead:       DHT (Senior Phase)
     Timescale:  December 2024
     Progress:   Calendar in place. Mentoring started for 46 S4-S6 learners after the November
                 tracking point.
     RAG:        Complete

2.2  Action:     Use Pupil Equity Funding to provide supported study and a study skills programme for
                 learners in SIMD quintiles 1 and 2.
     Lead:       PT Pupil Support; Equity Lead
     Timescale:  By 31 May 2025
     Progress:   Supported study running on Tuesdays and Thursdays. Attendance lower than hoped;
                 transport being arranged for learners from outlying areas.
     RAG:        Amber

2.3  Action:     Review the S4-S6 course choice process so that all learners have a pathway that
                 leads to a positive destination.
     Lead:       DHT (Senior Phase)
     Timescale:  February 2025
     Progress:   Not yet started - review will begin after the prelim examinations.
     RAG:        Not started

Area for improvement 3: Develop further approaches to self-evaluation which involve all staff, learners and parents in identifying priorities for improvement.

3.1  Action:     Establish a pupil voice group for each year group to contribute to the school
                 improvement plan.
     Lead:       DHT (Pupil Support)
     Timescale:  November 2024
     Progress:   Groups established; S3 group led the review of the homework policy.
     RAG:        Complete

3.2  Action:     Hold a parent self-evaluation evening using How good is our school? (4th edition)
                 quality indicators 2.3 and 3.2.
     Lead:       Head Teacher
     Timescale:  April 2025
     Progress:   Planned with the Parent Council for 24 April.
     RAG:        Green

Key: Complete = action achieved; Green = on track; Amber = some delay; Red = significant concern
"""
    with open(os.path.join(HERE, "bl1-forres-academy-education-scotland-inspection-action-plan.txt"), "w",
              encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 7. NHS Shetland - HIS safe delivery of care improvement action plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def shetland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    ws["A1"] = "NHS Shetland – Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    meta = [("Inspection:", "Healthcare Improvement Scotland – Safe Delivery of Care Inspection"),
            ("Hospital:", "Gilbert Bain Hospital, Lerwick"),
            ("Inspection dates:", "18 to 20 June 2024"),
            ("Plan agreed by:", "Director of Nursing and Acute Services")]
    for i, (k, v) in enumerate(meta, 2):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    hdr = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress against action planned", "RAG"]
    HR = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for col, w in zip("ABCDEF", [6, 55, 16, 30, 55, 8]):
        ws.column_dimensions[col].width = w

    plan = [
        ("domain", "Domain 2 – Leadership and culture"),
        ("req", "Requirement 1: NHS Shetland must ensure that senior leadership is visible at ward level and "
                "that staff are supported to raise concerns."),
        ("act", "1.1", "Monthly walkrounds of each inpatient area by the Director of Nursing and Acute "
                       "Services, with themes fed back to staff through the safety brief.",
         d(2024, 9, 30), "Director of Nursing and Acute Services",
         "Walkrounds in place since July; feedback shared through the weekly safety brief.", "green"),
        ("act", "1.2", "Promote the Whistleblowing Standards and the role of Speak Up ambassadors through "
                       "team huddles and the staff newsletter.",
         "Ongoing", "Whistleblowing Champion / Head of Corporate Services",
         "Two newsletter articles published; ambassador posters displayed in all ward areas.", "amber"),
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("req", "Requirement 2: NHS Shetland must ensure that fluid balance charts are fully and accurately "
                "completed."),
        ("act", "2.1", "Re-launch fluid balance chart guidance at ward safety briefs and include it in the "
                       "induction for bank staff.",
         d(2024, 8, 31), "Senior Charge Nurses",
         "Guidance re-launched in all wards in August; included in bank staff induction pack.", "green"),
        ("act", "2.2", "Monthly audit of fluid balance documentation in each inpatient ward, with results "
                       "reported to the Clinical Governance Committee.",
         d(2024, 12, 31), "Lead Nurse, Acute Services",
         "Audits running monthly. Compliance has risen from 58% to 81%; target is 90%.", "amber"),
        ("req", "Requirement 3: NHS Shetland must ensure that all medicines are stored securely."),
        ("act", "3.1", "Install keypad locks on the treatment room doors in the medical and surgical wards.",
         d(2024, 11, 30), "Head of Estates",
         "Works delayed due to contractor availability; escalated to the Director of Finance.", "red"),
        ("act", "3.2", "Weekly spot checks of medicine cupboards and drug trolleys by the nurse in charge.",
         d(2024, 7, 31), "Senior Charge Nurses",
         "Spot checks in place and recorded on the ward assurance tool.", "green"),
        ("domain", "Domain 4.3 – Workforce management and support"),
        ("req", "Requirement 4: NHS Shetland must ensure that staff complete mandatory training, including "
                "adult support and protection training."),
        ("act", "4.1", "Share a training compliance dashboard monthly with each senior charge nurse.",
         "Sept 2024", "Practice Education Lead",
         "Dashboard issued monthly from September.", "green"),
        ("act", "4.2", "Provide two hours of protected time per month for staff to complete eLearning "
                       "modules.",
         d(2025, 3, 31), "Senior Charge Nurses",
         "Protected time rostered in three of four wards; medical ward to follow once vacancies are filled.",
         "amber"),
    ]
    r = HR + 1
    for item in plan:
        if item[0] in ("domain", "req"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=item[0] == "domain", italic=item[0] == "req")
            c.fill = FILL["band"] if item[0] == "domain" else FILL["band2"]
            c.alignment = WRAP
            r += 1
            continue
        _, ref, act, when, who, prog, rag = item
        for ci, v in enumerate([ref, act, when, who, prog, None], 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.datetime):
            ws.cell(row=r, column=3).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for fill, meaning in [("green", "Action complete"), ("amber", "Action in progress"),
                          ("red", "Action overdue or at risk")]:
        r += 1
        ws.cell(row=r, column=1, value=fill.capitalize()).fill = FILL[fill]
        ws.cell(row=r, column=2, value=meaning)
    wb.save(os.path.join(HERE, "bl1-nhs-shetland-his-gilbert-bain-sdoc-improvement-action-plan.xlsx"))


if __name__ == "__main__":
    sheffield_hallam()
    leeds_beckett()
    velindre()
    herts_frs()
    hes()
    forres()
    shetland()
    print("done")
