"""Build the seven zae- blind test files (set heldout748).

Run with: /work/main/.venv/bin/python zae_make.py   (writes beside this script)
"""
import csv
import os
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FFFF0000"
AMBER = "FFFFC000"
GREEN = "FF00B050"
BLUE = "FF0070C0"
GREY = "FFD9D9D9"
NAVY = "FF1F3864"
LIGHT = "FFDEEAF6"


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Oxfordshire FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker
# ---------------------------------------------------------------------------
def make_oxfordshire():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Oxfordshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Report: Recommendations Tracker"
    cover["A1"].font = Font(bold=True, size=16, color=NAVY)
    cover["A2"] = "Service Improvement | OFFICIAL"
    cover["A3"] = "Position as at 30 September 2025"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("0.1", "14/10/2024", "Service Improvement Officer", "First draft following publication of the Phase 2 report"),
        ("1.0", "05/11/2024", "Service Improvement Officer", "Approved by Fire Service Leadership Team"),
        ("1.3", "09/09/2025", "Service Improvement Officer", "Q2 2025/26 updates; revised target dates agreed"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cover["A11"] = "RAG key (Current RAG is shown by cell colour on the Tracker sheet)"
    cover["A11"].font = Font(bold=True)
    key = [
        (BLUE, "Blue", "Complete – action delivered and evidence held"),
        (GREEN, "Green", "On track to deliver by the target date"),
        (AMBER, "Amber", "Some slippage – recoverable, revised date agreed"),
        (RED, "Red", "Off track – revised date at risk; escalated to FSLT"),
    ]
    for i, (colour, word, meaning) in enumerate(key):
        cover.cell(row=12 + i, column=1).fill = fill(colour)
        cover.cell(row=12 + i, column=2, value=word)
        cover.cell(row=12 + i, column=3, value=meaning)
    cover["A17"] = "Previous RAG is shown as a letter: B, G, A or R."
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 30
    cover.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Tracker")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Oxfordshire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Report: Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Recommendations relevant to OFRS, grouped by theme"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Position as at 30 September 2025 | Reported to: Fire Service Leadership Team "
                "and Place Overview & Scrutiny Committee")
    headers = ["Ref", "Inquiry recommendation (as it applies to OFRS)", "OFRS action",
               "Action owner", "Original target", "Revised target", "Previous RAG",
               "Current RAG", "Progress update (September 2025)"]
    for j, h in enumerate(headers):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    # (row, kind, payload)
    layout = [
        (6, "theme", "Theme 1 – Fire and rescue services"),
        (7, "act", ("OFRS-01", "Review and reissue the operational guidance on high-rise firefighting to include the triggers for moving from ‘stay put’ to simultaneous evacuation.",
                    "Head of Response", "31/03/2025", "30/11/2025", "A", AMBER,
                    "Draft guidance out to consultation with representative bodies; sign-off at FSLT in November.")),
        (8, "act", ("OFRS-02", "Deliver the revised high-rise training package to all watch and station managers, including a live exercise with Thames Valley Fire Control Service.",
                    "Area Manager – Operational Training / Thames Valley Fire Control Service Manager", "30/06/2025", "Mar-26", "G", AMBER,
                    "62% of watch managers trained. Live exercise moved to February 2026 to align with the control room upgrade.")),
        (9, "act", ("OFRS-03", "Introduce annual revalidation of incident command competence for level 2 and above commanders, recorded on PDRPro.",
                    "Head of Organisational Development", "31/12/2024", None, "G", BLUE,
                    "All level 2-4 commanders revalidated; now business as usual.")),
        (10, "theme", "Theme 2 – Building safety and protection"),
        (11, "act", ("OFRS-04", "Complete the review of all 42 higher-risk residential buildings in Oxfordshire and record external wall system information on the premises risk database.",
                     "Group Manager – Protection", "31/03/2025", "31/12/2025", "A", GREEN,
                     "35 of 42 buildings reviewed; remaining seven scheduled for Q3.")),
        (12, "act", ("OFRS-05", "Agree an information-sharing protocol with the five district councils and the Building Safety Regulator.",
                     "Head of Protection and Business Safety", "30/09/2025", None, "G", GREEN,
                     "Protocol agreed in principle; awaiting signature by two districts.")),
        (13, "act", ("OFRS-06", "Enrol all fire safety inspectors on the Level 4 Diploma in Fire Safety and publish a competency framework aligned to the NFCC competency framework for fire safety regulators.",
                     "Group Manager – Protection", "31/03/2026", None, "G", GREEN,
                     "11 of 14 inspectors enrolled.")),
        (14, "theme", "Theme 3 – Response and recovery"),
        (15, "act", ("OFRS-07", "Take part in the Thames Valley Local Resilience Forum exercise on a high-rise fire with mass displacement and report the learning to the LRF.",
                     "Emergency Planning Officer", "30/11/2024", "28/02/2025", "G", BLUE,
                     "Exercise held 19 February 2025; debrief report accepted by the LRF.")),
        (16, "act", ("OFRS-08", "Update the OFRS major incident plan to reflect the revised LRF humanitarian assistance arrangements.",
                     "Emergency Planning Officer and Head of Response", "31/05/2025", "31/10/2025", "A", RED,
                     "Dependent on LRF humanitarian assistance framework, which has not yet been published.")),
        (17, "theme", "Theme 4 – Vulnerable people (PEEPs)"),
        (18, "act", ("OFRS-09", "Make information held in premises information boxes about residents with PEEPs available to crews on mobile data terminals.",
                     "Head of Response; ICT Business Partner", "31/12/2025", None, None, "Not started",
                     "Awaiting MDT software release; scoping meeting booked for October.")),
    ]
    recs = {
        7: ("B7:B8", "Fire and rescue services should make sure incident commanders and control room staff can recognise when a building’s compartmentation has failed and change evacuation advice accordingly."),
        9: ("B9:B9", "Fire and rescue services should keep an up-to-date record of the competence of officers who may act as incident commander at a fire in a high-rise building."),
        11: ("B11:B12", "Fire and rescue services should work with building safety regulators and local authorities so that information about the external walls of higher-risk buildings is shared and acted on."),
        13: ("B13:B13", "Fire safety officers should be trained to a recognised standard of competence appropriate to the buildings they inspect."),
        15: ("B15:B16", "Local resilience forums should test their arrangements for the care and support of people displaced from their homes by a major fire."),
        18: ("B18:B18", "Responsible persons should prepare personal emergency evacuation plans (PEEPs) for residents of high-rise buildings whose ability to evacuate may be compromised, and share summary information with the fire and rescue service."),
    }
    for row, kind, payload in layout:
        if kind == "theme":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
            c = ws.cell(row=row, column=1, value=payload)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            continue
        ref, action, owner, orig, rev, prev, cur, update = payload
        orig = datetime.strptime(orig, "%d/%m/%Y")
        if rev and "/" in rev:
            rev = datetime.strptime(rev, "%d/%m/%Y")
        vals = [ref, None, action, owner, orig, rev, prev, None, update]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        curcell = ws.cell(row=row, column=8)
        if cur == "Not started":
            curcell.value = "Not started"
        else:
            curcell.fill = fill(cur)
        if row in recs:
            rng, text = recs[row]
            if rng.split(":")[0] != rng.split(":")[1]:
                ws.merge_cells(rng)
            c = ws.cell(row=row, column=2, value=text)
            c.alignment = WRAP
            c.font = Font(italic=True)
    ws["A20"] = ("Notes: Revised target dates were agreed at Fire Service Leadership Team on 9 September 2025. "
                 "Current RAG is shown by cell colour – see the key on the Cover sheet.")
    ws["A21"] = "Recommendations directed solely at central government or the London Fire Brigade are monitored separately and are not included."
    for col, w in zip("ABCDEFGHI", [10, 45, 55, 30, 14, 14, 10, 10, 50]):
        ws.column_dimensions[col].width = w

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary by current RAG – 30 September 2025"
    summ["A1"].font = Font(bold=True, size=12)
    srows = [("Status", "Number of actions"), ("Blue – complete", 2), ("Green – on track", 3),
             ("Amber – some slippage", 2), ("Red – off track", 1), ("Not started", 1), ("Total", 9)]
    for i, (a, b) in enumerate(srows):
        summ.cell(row=3 + i, column=1, value=a).border = BOX
        summ.cell(row=3 + i, column=2, value=b).border = BOX
        if i in (0, len(srows) - 1):
            summ.cell(row=3 + i, column=1).font = Font(bold=True)
            summ.cell(row=3 + i, column=2).font = Font(bold=True)
    summ.column_dimensions["A"].width = 28
    summ.column_dimensions["B"].width = 20
    wb.save(path("zae-oxfordshire-fire-rescue-service-grenfell-phase-2-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 2. HMP Wayland - HMIP inspection action plan (HMPPS template, docx)
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


def make_wayland():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph("Action Plan: HMP Wayland", style="Title")
    doc.add_paragraph("Action Plan Submitted: 14 May 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 20 – 30 January 2025")
    doc.add_paragraph("Report Published: 8 April 2025")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for and "
        "the treatment of those in prison and other places of detention. Following each inspection, HM Prison "
        "and Probation Service (HMPPS) is required to draft a robust and timely action plan to address the "
        "concerns identified. The action plan confirms whether each concern is agreed, partly agreed or not "
        "agreed (see the categorisations below). Where a concern is agreed or partly agreed, the plan sets out "
        "specific actions, with the owner and target date of each action clearly identified.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    cat = [("Term", "Definition", "Additional comment"),
           ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
            "The response should explain how the concern will be addressed, with timescales."),
           ("Partly Agreed", "Only part of the concern is agreed with, is achievable and affordable.",
            "The response must state clearly which part will be addressed and why the rest cannot be."),
           ("Not Agreed", "The concern is not agreed with or cannot be achieved.",
            "The response must explain why and any alternative action planned.")]
    for i, r in enumerate(cat):
        for j, v in enumerate(r):
            if i == 0:
                bold_cell(t.cell(i, j), v)
                shade(t.cell(i, j), "D9D9D9")
            else:
                t.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_heading("ACTION PLAN", level=1)

    def concern_table(items):
        rows = 1 + sum(1 + len(acts) for _, _, acts in items)
        tb = doc.add_table(rows=rows, cols=5)
        tb.style = "Table Grid"
        hdr = ["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed",
               "Responsible Owner", "Target Date"]
        for j, h in enumerate(hdr):
            bold_cell(tb.cell(0, j), h)
            shade(tb.cell(0, j), "1F3864")
            tb.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r = 1
        for concern, agreed, acts in items:
            m = tb.cell(r, 0).merge(tb.cell(r, 1))
            bold_cell(m, concern)
            tb.cell(r, 2).text = agreed
            for j in range(5):
                shade(tb.cell(r, j), "DEEAF6")
            r += 1
            for no, text, owner, date in acts:
                tb.cell(r, 0).text = no
                tb.cell(r, 1).text = text
                tb.cell(r, 3).text = owner
                tb.cell(r, 4).text = date
                r += 1

    doc.add_heading("Priority concerns", level=2)
    concern_table([
        ("1. Too many prisoners spent long periods locked in their cells, and the regime was often curtailed at short notice because of staff shortages.",
         "Agreed",
         [("1.1", "Introduce a revised core day that guarantees every prisoner at least two hours out of cell on weekdays, and publish it on every wing.",
           "Head of Residence", "30/06/2025"),
          ("1.2", "Monitor daily regime delivery at the morning operational meeting and report all curtailments to the Governor each week.",
           "Head of Operations", "Ongoing")]),
        ("2. The supply of illicit drugs was high and too many prisoners tested positive in random drug tests.",
         "Agreed",
         [("2.1", "Install an enhanced body scanner at the gate and deploy a dedicated search team to the main gate and visits hall.",
           "Head of Security", "September 2025"),
          ("2.2", "Relaunch the incentivised substance-free living unit on C wing with 40 spaces.",
           "Head of Reducing Reoffending / Substance Misuse Service Lead", "31/10/2025")]),
        ("3. Leaders had not made sure that enough prisoners were allocated to education, skills and work, and attendance was poor.",
         "Partly Agreed",
         [("3.1", "Allocate every eligible prisoner to a purposeful activity within 10 working days of arrival, using a weekly allocations board.",
           "Head of Education, Skills and Work", "31/08/2025"),
          ("3.2", "Work with the education provider to add 60 part-time places in English and mathematics.",
           "Head of Education, Skills and Work", "Q3 2025/26")]),
    ])
    doc.add_paragraph("")
    doc.add_heading("Key concerns", level=2)
    concern_table([
        ("4. Not all new arrivals received a first night interview in private, and risk information was not always passed on to wing staff.",
         "Agreed",
         [("4.1", "Refurbish the first night centre interview room and make private first night interviews mandatory for all new arrivals.",
           "Head of Safer Custody", "31/07/2025")]),
        ("5. Prisoners’ complaints were not always answered on time and the quality of responses was often poor.",
         "Agreed",
         [("5.1", "Introduce a monthly quality assurance check by a functional head of 10% of complaint responses.",
           "Business Hub Manager", "w/c 02/06/2025")]),
        ("6. Too few prisoners were released to settled accommodation.",
         "Partly Agreed",
         [("6.1", "Set up a monthly resettlement panel with the Probation Service and local authority housing teams to review every prisoner due for release within 12 weeks.",
           "Head of Reducing Reoffending", "End of September 2025")]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by: Governor, HMP Wayland. Agreed by: Prison Group Director, East of England.")
    doc.save(path("zae-hmp-wayland-hmip-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Cardiff Met - Athena Swan Bronze department action plan (xlsx)
# ---------------------------------------------------------------------------
def make_cardiff_met():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Cardiff School of Sport and Health Sciences – Athena Swan Bronze Award Action Plan 2024–2029"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Cardiff Metropolitan University | Submitted November 2024 | Progress review: June 2025 (SAT meeting 18/06/2025)"
    headers = ["Ref", "Action", "Key outputs and milestones", "Start", "End", "Action owner(s)",
               "Success measure (by 2029)", "Progress update (June 2025)", "Status"]
    for j, h in enumerate(headers):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(LIGHT)
        c.border = BOX
        c.alignment = WRAP
    STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Some delay": AMBER,
                   "Significant delay": RED, "Not started": None}
    plan = [
        ("priority", "Priority 1: Improve the progression of women to senior academic grades"),
        ("act", ("1.1", "Run an annual promotion workshop for Senior Lecturers, with a personal invitation to every eligible woman.",
                 "First workshop Feb 2025; repeated each spring", "Jan 2025", "Jun 2027", "HoS, DDR",
                 "Women make up at least 40% of applicants for Reader and Professor",
                 "First workshop held 12/02/2025 (23 attendees, 14 women).", "On track")),
        ("act", ("1.2", "Set up a structured mentoring scheme pairing early-career women academics with Readers or Professors from other schools.",
                 "Scheme launched; 12 pairs matched", "Sep 2024", "Jul 2025", "AS Lead",
                 "80% of mentees rate the scheme useful",
                 "12 pairs matched; evaluation complete.", "Complete")),
        ("act", ("1.3", "Review the workload allocation model so that research time is allocated equitably between women and men on research-active contracts.",
                 "Review paper to School Board", "Mar 2025", "Dec 2025", "Dean of School / Head of Operations",
                 "No gender gap in allocated research hours",
                 "Data extraction delayed by the new timetabling system.", "Some delay")),
        ("priority", "Priority 2: Address the gender imbalance in undergraduate sport programmes"),
        ("act", ("2.1", "Review marketing imagery and open day materials for BSc Sport Coaching and BSc Sport Conditioning so that at least half of the students featured are women.",
                 "Revised prospectus pages and web images", "Oct 2024", "Sep 2025", "Marketing Manager (CSSHS)",
                 "Female applications to both programmes up by 10%",
                 "New images in 2026 entry prospectus.", "On track")),
        ("act", ("2.2", "Hold an annual ‘Women in Sport Science’ taster day for Year 12 girls with partner secondary schools.",
                 "Taster day each June", "Jun 2025", "Jun 2028", "Outreach Officer & AS Lead",
                 "60 attendees a year; 15% go on to apply",
                 "First taster day held 20/06/2025 with 48 pupils.", "On track")),
        ("priority", "Priority 3: Embed flexible working and support for carers"),
        ("act", ("3.1", "Publish guidance on core hours so that school meetings are held between 10:00 and 15:00.",
                 "Core hours guidance on staff intranet", "Jan 2025", "Mar 2025", "Head of Operations",
                 "90% of school meetings within core hours",
                 "Guidance published March 2025; audit shows 94% compliance.", "Complete")),
        ("act", ("3.2", "Survey staff with caring responsibilities on their use of flexible working and report the results to the SAT.",
                 "Survey report", "Apr 2026", "Jul 2026", "SAT Chair",
                 "Response rate of at least 50%", "", "Not started")),
        ("priority", "Priority 4: Strengthen the evidence base and inclusive culture"),
        ("act", ("4.1", "Add gender and ethnicity breakdowns to the annual student continuation and attainment dashboard.",
                 "Dashboard with intersectional filters", "Sep 2024", "Dec 2024", "Data Analyst (Planning)",
                 "Dashboard used in all programme reviews",
                 "Not delivered – Planning team capacity; escalated to Dean.", "Significant delay")),
        ("act", ("4.2", "Repeat the school culture survey every two years and publish a summary of the actions taken.",
                 "Survey 2025 and 2027; 'You said, we did' summary", "Nov 2024", "Ongoing (biennial)", "AS Lead, SAT Chair",
                 "Positive responses on inclusion up by 10 points",
                 "2025 survey closed in May; summary being drafted.", "On track")),
    ]
    r = 5
    for kind, payload in plan:
        if kind == "priority":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=payload)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("FF7030A0")
        else:
            for j, v in enumerate(payload):
                c = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            f = STATUS_FILL[payload[-1]]
            if f:
                ws.cell(row=r, column=9).fill = fill(f)
        r += 1
    for col, w in zip("ABCDEFGHI", [6, 55, 30, 10, 14, 26, 34, 40, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key and abbreviations")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (word, colour, meaning) in enumerate([
            ("Complete", BLUE, "Action completed"),
            ("On track", GREEN, "Progressing to the planned end date"),
            ("Some delay", AMBER, "Behind plan but expected to complete within 6 months of end date"),
            ("Significant delay", RED, "Not expected to complete within 6 months of end date"),
            ("Not started", None, "Start date not yet reached")]):
        c = key.cell(row=2 + i, column=1, value=word)
        if colour:
            c.fill = fill(colour)
        key.cell(row=2 + i, column=2, value=meaning)
    key["A9"] = "Abbreviations"
    key["A9"].font = Font(bold=True)
    for i, (a, b) in enumerate([("AS Lead", "Athena Swan Lead (academic)"), ("CSSHS", "Cardiff School of Sport and Health Sciences"),
                                ("DDR", "Deputy Dean (Research)"), ("HoS", "Head of School"),
                                ("SAT", "Self-Assessment Team")]):
        key.cell(row=10 + i, column=1, value=a)
        key.cell(row=10 + i, column=2, value=b)
    key.column_dimensions["A"].width = 20
    key.column_dimensions["B"].width = 60
    wb.save(path("zae-cardiff-metropolitan-university-sport-health-sciences-athena-swan-bronze-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. Alway Primary School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_alway():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Alway Primary School – Post-Inspection Action Plan", style="Title")
    doc.add_paragraph("Ysgol Gynradd Alway, Newport")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Headteacher", "Mrs R. Bevan"),
            ("Chair of Governors", "Mr D. Okafor"),
            ("Date of Estyn inspection", "10–13 March 2025"),
            ("Plan approved by the governing body", "12 May 2025"),
            ("Link to School Development Plan", "SDP 2025–26 Priorities 1, 2 and 4"),
            ("Review", "Progress reported termly to the full governing body")]):
        bold_cell(info.cell(i, 0), a)
        info.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph("Progress key: R – behind schedule; A – started, not yet secure; G – on track; B – completed.")

    hdr = ["Ref", "Actions", "Success criteria", "Person(s) responsible", "Timescale",
           "Monitoring and evaluation", "RAG"]

    def rec_table(heading, rows):
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1 + len(rows), cols=len(hdr))
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            bold_cell(tb.cell(0, j), h)
            shade(tb.cell(0, j), "C5E0B3")
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                cell = tb.cell(i, j)
                if isinstance(v, list):
                    cell.text = v[0]
                    for extra in v[1:]:
                        cell.add_paragraph(extra)
                else:
                    cell.text = v
        doc.add_paragraph("")

    rec_table("Recommendation 1: Improve pupils’ spelling and extended writing across the curriculum", [
        ("1.1", ["Introduce a whole-school spelling programme with daily 15-minute sessions in Years 2 to 6.",
                 "Train all teaching assistants to deliver the programme to small groups."],
         "Most pupils apply spelling patterns accurately in independent writing.",
         "Literacy Lead", "Autumn term 2025", "Termly spelling assessments; book scrutiny", "G"),
        ("1.2", "Plan one extended writing task each half term in every class, linked to the Humanities Area of Learning and Experience.",
         "Pupils write at length in a range of forms across the curriculum.",
         "Literacy Lead / Class teachers", "Summer term 2025", "Half-termly book looks by SLT", "A"),
        ("1.3", "Moderate writing across the school and with cluster schools.",
         "Teachers’ assessments of writing are accurate and consistent.",
         "Deputy Headteacher", "Termly", "Cluster moderation notes", "G"),
    ])
    rec_table("Recommendation 2: Ensure that teachers’ feedback helps pupils to understand how to improve their work", [
        ("2.1", "Revise the feedback policy with staff and governors, including the use of verbal feedback and ‘purple pen’ responses.",
         "Policy agreed and used consistently in all classes.",
         "Headteacher", "July 2025", "Governors’ Curriculum Committee", "B"),
        ("2.2", "Carry out half-termly book looks and learning walks focusing on the impact of feedback.",
         "Nearly all pupils respond to feedback and improve their work.",
         "SLT", "Autumn term 2025 – Summer term 2026", "Monitoring schedule; pupil voice", "G"),
    ])
    rec_table("Recommendation 3: Strengthen the role of the governing body in holding leaders to account for standards", [
        ("3.1", "Arrange training for all governors on using school data and on first-hand monitoring visits.",
         "Governors ask challenging questions about pupils’ progress.",
         "Chair of Governors and Headteacher", "By 31 October 2025", "Training records; FGB minutes", "A"),
        ("3.2", "Link each governor to a school improvement priority and schedule a termly monitoring visit, with a written report to the full governing body.",
         "Written governor visit reports for every priority each term.",
         "Chair of Governors", "December 2025", "FGB minutes; challenge adviser review", "R"),
    ])
    doc.add_paragraph("Signed: Headteacher ____________  Chair of Governors ____________")
    doc.save(path("zae-alway-primary-school-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Surrey Police - Operation Soteria RASSO improvement plan (csv, refuse)
# ---------------------------------------------------------------------------
def make_surrey():
    rows = [
        ["Surrey Police – Operation Soteria RASSO Improvement Plan (National Operating Model implementation)"],
        ["Plan owner: Detective Chief Superintendent, Public Protection", "Export date: 03/11/2025"],
        [],
        ["Pillar", "Action ID", "Action", "Action Owner", "Original Due", "Revised Due", "RAG", "Latest Update"],
        ["Pillar 1 – Suspect-focused investigations", "SOT-1.1",
         "Deliver the refreshed RASSO investigator training to every officer in the Sexual Offences Investigation Team",
         "DI Sexual Offences Investigation Team", "31/03/2025", "30/09/2025", "Amber",
         "Two of three cohorts trained; final cohort booked for September"],
        ["Pillar 1 – Suspect-focused investigations", "SOT-1.2",
         "Embed the suspect-focused investigation checklist in Niche for all rape investigations",
         "DCI Public Protection", "30/06/2025", "", "Green", "Checklist live; dip sample due in November"],
        ["Pillar 2 – Disrupting repeat offenders", "SOT-2.1",
         "Introduce a monthly repeat-suspect tasking meeting with the Offender Management Unit",
         "DCI Public Protection / DI Offender Management", "31/01/2025", "", "Complete", "Meeting running since January"],
        ["Pillar 2 – Disrupting repeat offenders", "SOT-2.2",
         "Increase the use of Sexual Risk Orders where a criminal charge is not possible",
         "Force Lead for Civil Orders", "31/12/2025", "", "Green", "9 orders obtained this year"],
        ["Pillar 3 – Victim engagement", "SOT-3.1",
         "Make an ISVA referral offer at first contact for every adult rape victim and record it on Niche",
         "DI Victim Care", "30/04/2025", "31/08/2025", "Green", "Referral offer recorded in 88% of cases"],
        ["Pillar 3 – Victim engagement", "SOT-3.2",
         "Publish the results of the victim-survivor feedback survey to the RASSO Gold Group",
         "Head of Victim and Witness Care Unit", "Quarterly", "", "Green", "Q2 results presented in October"],
        ["Pillar 4 – Learning, development and wellbeing", "SOT-4.1",
         "Roll out annual psychological screening for all RASSO investigators",
         "Head of Occupational Health", "31/03/2026", "", "Green", "Provider contract signed"],
        ["Pillar 5 – Data", "SOT-5.1",
         "Build a RASSO performance dashboard in Power BI covering attrition, timeliness and charge rates",
         "Head of Performance and Insight", "31/07/2025", "Janaury 2026", "Amber",
         "Data quality issues in Niche extract; revised date agreed at Gold Group"],
        ["Pillar 6 – Digital forensics", "SOT-6.1",
         "Reduce the backlog of victim mobile phone examinations to under 30 days",
         "Head of Digital Forensics", "31/05/2025", "31/10/2025", "Red", "Backlog currently 47 days"],
        ["Pillar 6 – Digital forensics", "SOT-6.2",
         "Offer victims selective extraction of phone data as the default option",
         "Head of Digital Forensics", "31/12/2025", "", "Green", "Kiosk software upgrade installed"],
        [],
        ["Total actions: 10"],
    ]
    with open(path("zae-surrey-police-operation-soteria-rasso-improvement-plan-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------------------
# 6. Prior Pursglove and Stockton Sixth Form College - Ofsted PIAP (tab text)
# ---------------------------------------------------------------------------
def make_pursglove():
    T = "\t"
    lines = [
        "Prior Pursglove and Stockton Sixth Form College – Post-Inspection Action Plan",
        "Ofsted inspection: 4–7 February 2025",
        "Approved by the Corporation: 26 March 2025" + T + "Monitored by: Quality and Standards Committee",
        "",
        T.join(["Ref", "Action", "Lead", "Target date", "RAG", "Impact measure"]),
        "1. Leaders should ensure that all students on vocational study programmes benefit from meaningful work experience related to their career aims.",
        T.join(["1a", "Appoint a work placement co-ordinator for the Stockton campus.",
                "Director of Student Services", "Apr-25", "Complete", "Co-ordinator in post from 7 April 2025"]),
        T.join(["1b", "Secure placements with local employers for all level 3 vocational students before the end of their first year.",
                "Director of Student Services, Head of Careers", "Jun-26", "Green", "100% of level 3 vocational students complete a placement"]),
        T.join(["1c", "Record work experience hours and employer feedback on ProMonitor.",
                "Head of Careers", "31/10/2025", "Amber", "Reports available to curriculum managers each half term"]),
        "2. Teachers should make sure that students with high needs receive the support identified in their education, health and care plans in all lessons.",
        T.join(["2a", "Share a one-page support profile for each student with high needs with all of their teachers before the start of term.",
                "Head of Additional Learning Support", "Sept 2025", "Green", "Profiles shared for all students with EHC plans"]),
        T.join(["2b", "Include the use of support strategies in every lesson observation and learning walk.",
                "Assistant Principal – Quality", "Sept 2025 – Jan 2026", "Green", "Observation records show strategies used in 90% of lessons"]),
        T.join(["2c", "Train learning support assistants in the college's adaptive teaching approaches.",
                "Head of Additional Learning Support", "TBC", "Red", "All LSAs complete training"]),
        "3. Leaders should improve attendance, particularly in GCSE English and mathematics resit lessons.",
        T.join(["3a", "Introduce same-day text and phone follow-up for every missed English or mathematics lesson.",
                "Head of English and Maths", "31/05/2025", "Complete", "Attendance in resit lessons above 85%"]),
        T.join(["3b", "Link attendance in resit lessons to the college's bursary and progress review process.",
                "Vice Principal Curriculum and Quality", "End of December 2025", "Amber", "Fewer than 10% of resit students below 80% attendance"]),
        "",
        "Key: Complete = action finished and impact evidenced; Green = on track; Amber = at risk of slipping; Red = off track",
        "Total actions: 8" + T + "Complete: 2" + T + "Green: 3" + T + "Amber: 2" + T + "Red: 1",
    ]
    with open(path("zae-prior-pursglove-and-stockton-sixth-form-college-ofsted-post-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. CPS Thames and Chiltern - HMCPSI area inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def make_cps():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "CPS Thames and Chiltern – HMCPSI Area Inspection Programme: Area Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the HMCPSI inspection report on CPS Thames and Chiltern"
    ws["A2"].font = Font(italic=True)
    meta = [("Inspection report published", "19 September 2024"),
            ("Plan owner", "Chief Crown Prosecutor"),
            ("Last updated", "15/08/2025"),
            ("Reviewed at", "Area Leadership Team, monthly")]
    for i, (a, b) in enumerate(meta):
        ws.cell(row=3 + i, column=1, value=a).font = Font(bold=True)
        ws.cell(row=3 + i, column=2, value=b)
    headers = ["No.", "Action", "Owner", "Deadline", "RAG", "Commentary"]
    hr = 8
    for j, h in enumerate(headers):
        c = ws.cell(row=hr, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF4B0082")
        c.border = BOX
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("section", "Recommendations"),
        ("rec", "Recommendation 1: By March 2025, the Area should ensure that legal managers use individual quality assessments to identify and address weaknesses in the quality of charging advice."),
        ("act", ("1.1", "Set a minimum of two individual quality assessments (IQAs) per prosecutor per quarter, with feedback recorded on the IQA tool.",
                 "Deputy Chief Crown Prosecutor (Magistrates); Deputy Chief Crown Prosecutor (Crown Court)", "Q4 2024/25", "B",
                 "Target met for Q4 and Q1.")),
        ("act", ("1.2", "Produce a quarterly thematic summary of IQA findings and deliver targeted training on the three most common weaknesses.",
                 "Area Legal Trainer", "30/06/2025", "G", "First summary issued; training on case analysis delivered in July.")),
        ("rec", "Recommendation 2: The Area should improve the timeliness and quality of reviews in Crown Court cases, particularly the identification of disclosure issues."),
        ("act", ("2.1", "Introduce a pre-PTPH review checklist covering disclosure, with compliance dip-sampled monthly by District Crown Prosecutors.",
                 "District Crown Prosecutors (Crown Court)", "March 2025 (revised to June 2025)", "G",
                 "Checklist in use from May; dip sample shows 81% compliance.")),
        ("act", ("2.2", "Hold joint disclosure workshops with Thames Valley Police and Hertfordshire Constabulary.",
                 "Area Business Manager & Police Liaison Lead", "Q1 2025-26", "A",
                 "Thames Valley workshop held 11 June.\nHertfordshire workshop postponed to October because of police abstractions.")),
        ("section", "Issues to address"),
        ("rec", "Issue 1: Victim communications were not always sent on time or written with empathy."),
        ("act", ("3.1", "Refresh Victim Communication and Liaison (VCL) scheme training for all paralegal officers and lawyers who draft letters.",
                 "Victim Liaison Unit Manager", "30 Sept 2025", "G", "Sessions booked for August and September.")),
        ("act", ("3.2", "Add a VCL letter quality check to the monthly casework quality meeting.",
                 "Senior District Crown Prosecutor", "31/12/2024", "R",
                 "Not yet started owing to vacancies in the unit; recovery plan to ALT in September.")),
        ("rec", "Issue 2: The Area's use of data to manage casework performance was underdeveloped."),
        ("act", ("4.1", "Develop an Area performance dashboard for the Area Leadership Team covering timeliness, attrition and adverse outcomes.",
                 "Area Business Manager", "Nov-25", "G", "Prototype shared with ALT in July.")),
    ]
    r = hr + 1
    for kind, payload in plan:
        if kind == "section":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=payload)
            c.font = Font(bold=True, size=12)
            c.fill = fill(GREY)
        elif kind == "rec":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            c = ws.cell(row=r, column=1, value=payload)
            c.font = Font(bold=True)
            c.fill = fill("FFE4DFEC")
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
        else:
            no, action, owner, deadline, rag, comm = payload
            for j, v in enumerate([no, action, owner, deadline, rag, comm]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).fill = fill(RAGF[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = at risk; R = off track or overdue.")
    for col, w in zip("ABCDEF", [8, 60, 40, 22, 8, 55]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("ALT", "Area Leadership Team"),
                                ("HMCPSI", "HM Crown Prosecution Service Inspectorate"),
                                ("IQA", "Individual quality assessment"),
                                ("PTPH", "Plea and trial preparation hearing"),
                                ("VCL", "Victim Communication and Liaison scheme")]):
        g.cell(row=1 + i, column=1, value=a)
        g.cell(row=1 + i, column=2, value=b)
        if i == 0:
            g.cell(row=1, column=1).font = Font(bold=True)
            g.cell(row=1, column=2).font = Font(bold=True)
    g.column_dimensions["B"].width = 50
    wb.save(path("zae-cps-thames-and-chiltern-hmcpsi-area-inspection-action-plan.xlsx"))


if __name__ == "__main__":
    make_oxfordshire()
    make_wayland()
    make_cardiff_met()
    make_alway()
    make_surrey()
    make_pursglove()
    make_cps()
    print("built 7 files in", HERE)
