"""Build the seven sh- blind test files (set heldout489).

Run with /work/main/.venv/bin/python sh_make.py  (python-docx, openpyxl).
Each plan's content lives in the data structures below; sh_expected.py writes
the expected readings from the explicit reading fields (lead list, end, status)
given for every action here, never by parsing the cells.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "5B9BD5", "D9D9D9"


def A(ref, action, lead_cell, lead, end_cell, end, status_cell, status, end_text=None, **kw):
    d = dict(ref=ref, action=action, lead_cell=lead_cell, lead=lead, end_cell=end_cell,
             end=end, status_cell=status_cell, status=status, end_text=end_text)
    d.update(kw)
    return d


# ---------------------------------------------------------------- 1 GP practice (docx)
GP_FILE = "sh-bridge-lane-group-practice-cqc-inspection-action-plan.docx"
GP_TITLE = "Bridge Lane Group Practice: CQC Inspection Action Plan"
GP_SECTIONS = [
    ("1. Safe – Regulation 12: Safe care and treatment (requirement notice)", "What CQC found", [
        ("The practice did not have an effective system to ensure patients prescribed high-risk medicines were monitored in line with national guidance.", [
            A("1.1", "Run weekly clinical system searches for patients prescribed DMARDs, lithium and warfarin and review any overdue monitoring before a repeat prescription is issued.",
              "Dr A Okafor / PCN Clinical Pharmacist", ["Dr A Okafor", "PCN Clinical Pharmacist"],
              "30/06/2025", "2025-06", "Complete", "blue",
              update="Searches running every Monday since 2 June; 14 patients recalled."),
            A("1.2", "Audit all patients on DOACs for renal function, weight and dose; repeat the audit after three months.",
              "Dr A Okafor", ["Dr A Okafor"], "Sept 2025", "2025-09", "G", "green",
              update="First audit done (212 patients, 9 dose changes). Re-audit booked."),
        ]),
        ("Emergency equipment and medicines were not checked consistently, and there was no risk assessment for emergency medicines not held.", [
            A("1.3", "Introduce a weekly checklist for the defibrillator, oxygen and emergency drugs, signed by the duty nurse and reviewed monthly by the Practice Manager.",
              "Lead Practice Nurse", ["Lead Practice Nurse"], "31 July 2025", "2025-07", "Complete", "blue",
              update="Checklist in use in both treatment rooms."),
            A("1.4", "Complete and record a risk assessment for emergency medicines not stocked at the branch surgery.",
              "Practice Manager", ["Practice Manager"], "End of August 2025", "2025-08", "Complete", "blue",
              update="Signed off at clinical meeting 21/08/2025."),
        ]),
    ]),
    ("2. Well-led – Regulation 17: Good governance (requirement notice)", "What CQC found", [
        ("Systems to act on patient safety alerts and to learn from significant events were not operating effectively.", [
            A("2.1", "Set up a shared safety alerts log with a named GP to action each MHRA alert within two working days, and add alerts as a standing item at the monthly clinical meeting.",
              "Dr S Patel & Practice Manager", ["Dr S Patel", "Practice Manager"], "Aug-25", "2025-08", "A", "amber",
              update="Log live; historic alerts from 2023 still being checked against patient lists."),
            A("2.2", "Revise the significant events policy and train all staff to report using the new online form.",
              "Deputy Practice Manager", ["Deputy Practice Manager"], "Q3 2025/26", "2025-12", "G", "green", end_text="Q3 2025/26",
              update="Policy approved; training at protected learning time in November."),
        ]),
        ("Training records were incomplete, including safeguarding level 3 for clinical staff.", [
            A("2.3", "Update the training matrix and book outstanding safeguarding level 3 training for GPs and nurse practitioners.",
              "HR Lead", ["HR Lead"], "30/11/2025", "2025-11", "R", "red",
              update="Two GPs still to attend; next ICB course dates not released."),
        ]),
    ]),
    ("3. Responsive – areas where the practice should improve", "Should do", [
        ("The practice should continue to improve patient satisfaction with access by telephone.", [
            A("3.1", "Install a cloud telephony system with call-back and queue-position messages.",
              "Practice Manager", ["Practice Manager"], "October 2025", "2025-10", "Complete", "blue",
              update="Went live 6 October 2025."),
            A("3.2", "Monitor call answering times each month and share the results with the Patient Participation Group.",
              "Practice Manager", ["Practice Manager"], "Ongoing", None, "G", "green", end_text="Ongoing",
              update="September figures shared at PPG meeting."),
        ]),
        ("The practice should make information on how to complain easier for patients to find.", [
            A("3.3", "Put the complaints leaflet in reception and on the website, including how to escalate to the Parliamentary and Health Service Ombudsman.",
              "Patient Services Manager", ["Patient Services Manager"], "31/10/2025", "2025-10", "Complete", "blue",
              update="Done."),
        ]),
    ]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


RAG_FILL = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE, "Red": RED, "Amber": AMBER,
            "Green": GREEN, "On track": GREEN, "At risk": AMBER, "Overdue": RED}


def build_gp():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(GP_TITLE, level=0)
    doc.add_paragraph("Location: Bridge Lane Health Centre, 20 Bridge Lane, Battersea, London SW11 3AD")
    doc.add_paragraph("Inspection date: 14 May 2025        Report published: 2 July 2025        "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = h
    bold_row(t.rows[0])
    for r in [("0.1", "09/07/2025", "Practice Manager", "Draft for partners"),
              ("1.0", "16/07/2025", "Practice Manager", "Partners' meeting; sent to CQC 18/07/2025"),
              ("1.3", "03/11/2025", "Practice Manager", "Progress update for ICB primary care quality meeting")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=1, cols=2)
    k.style = "Table Grid"
    for (code, meaning, col) in [("R", "Off track – action overdue or not able to be delivered", RED),
                                 ("A", "Some delay – action in progress but at risk", AMBER),
                                 ("G", "On track to be delivered by the date shown", GREEN),
                                 ("Complete", "Action completed and evidence held", BLUE)]:
        cells = k.add_row().cells if k.rows[0].cells[0].text else k.rows[0].cells
        cells[0].text = code
        cells[1].text = meaning
        shade(cells[0], col)
    doc.add_paragraph("")
    for heading, col2, groups in GP_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", col2, "Action we will take", "Lead", "By when",
                                          "Progress update", "RAG"]):
            c.text = h
            shade(c, GREY)
        bold_row(t.rows[0])
        for finding, acts in groups:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                cells[0].text = a["ref"]
                cells[2].text = a["action"]
                cells[3].text = a["lead_cell"]
                cells[4].text = a["end_cell"]
                cells[5].text = a["update"]
                cells[6].text = a["status_cell"]
                shade(cells[6], RAG_FILL[a["status_cell"]])
            last = len(t.rows) - 1
            top = t.cell(first, 1)
            if last > first:
                top = top.merge(t.cell(last, 1))
            top.text = finding
        widths = [Cm(1.2), Cm(4.5), Cm(6), Cm(2.6), Cm(2.2), Cm(4.5), Cm(1.5)]
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Name", "Role", "Date"]):
        c.text = v
    for c, v in zip(s.rows[1].cells, ["Dr R Mensah", "Senior Partner (Registered Manager)", "03/11/2025"]):
        c.text = v
    doc.save(os.path.join(HERE, GP_FILE))


# ---------------------------------------------------------------- 2 Academy trust board action log (docx)
OAT_FILE = "sh-ormiston-academies-trust-board-action-log.docx"
OAT_TITLE = "Ormiston Academies Trust – Board of Trustees Action Log"
OAT_MEETINGS = [
    ("Board meeting: 20 March 2025", [
        A("25/14", "Circulate the revised scheme of delegation to academy councils and confirm that each academy council has adopted it at its summer meeting.",
          "Director of Governance", ["Director of Governance"], "July 2025\nRevised: November 2025", "2025-11",
          "Overdue", "red", update="Adopted by 31 of 43 academy councils; remainder on autumn agendas."),
        A("25/17", "Provide trustees with a breakdown of suspensions and permanent exclusions by academy and pupil group, including pupils with SEND and disadvantaged pupils.",
          "National Director of Education", ["National Director of Education"], "Autumn term 2025", "2025-12",
          "At risk", "amber", end_text="Autumn term 2025", update="Data validation delayed by the change of MIS supplier."),
    ]),
    ("Board meeting: 10 July 2025", [
        A("25/31", "Bring the results of the 2025/26 condition surveys and the proposed CIF bid priorities to the Finance and Resources Committee.",
          "CFO / Head of Estates", ["CFO", "Head of Estates"], "30/09/2025", "2025-09", "Complete", "blue",
          update="Presented to F&R Committee 23 September 2025."),
        A("25/33", "Review assurance on RAAC and asbestos management across the estate and report to the Audit and Risk Committee.",
          "Head of Estates", ["Head of Estates"], "Oct-25", "2025-10", "Complete", "blue",
          update="Report taken at ARC 2 October 2025."),
        A("25/36", "Arrange a trustee briefing on the renewed Ofsted education inspection framework and report cards.",
          "CEO", ["CEO"], "September 2025", "2025-09", "Complete", "blue",
          update="Briefing held 18 September 2025 (recording on Governor Hub)."),
    ]),
    ("Board meeting: 9 October 2025", [
        A("25/44", "Add the risk of reduced post-16 funding to the trust risk register and circulate the updated register to trustees.",
          "CFO", ["CFO"], "December 2025", "2025-12", "On track", "green",
          update="Draft risk wording agreed with the Chair of ARC."),
        A("25/47", "Agree a timetable with the recognised unions for the review of the trust pay policy.",
          "Director of People", ["Director of People"], "TBC", None, "Not started", "unrated", end_text="TBC",
          update="Awaiting the outcome of the 2025 STRB pay award."),
        A("25/49", "Report to the Board on the outcome of the cyber security penetration test and the actions arising.",
          "COO; Head of IT", ["COO", "Head of IT"], "Summer term 2026", "2026-07", "On track", "green", end_text="Summer term 2026",
          update="Test commissioned for January 2026."),
    ]),
]


def build_oat():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hr = hp.add_run("Ormiston Academies Trust – Trust Board papers – OFFICIAL")
    hr.font.size = Pt(8)
    doc.add_heading(OAT_TITLE, level=1)
    doc.add_paragraph("Open actions – updated following the meeting of 9 October 2025. "
                      "Actions are removed from the log once the Board has agreed that they are closed.")
    doc.add_paragraph("Status key")
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (word, col) in zip(k.rows[0].cells, [("Complete", BLUE), ("On track", GREEN),
                                                ("At risk", AMBER), ("Overdue", RED)]):
        c.text = word
        shade(c, col)
    doc.add_paragraph("")
    for heading, acts in OAT_MEETINGS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Minute ref", "Action", "Owner", "Due date", "Status",
                                          "Update"]):
            c.text = h
            shade(c, "1F3864")
        for c in t.rows[0].cells:
            for pp in c.paragraphs:
                for rr in pp.runs:
                    rr.bold = True
        for a in acts:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[1].text = a["action"]
            cells[2].text = a["lead_cell"]
            cells[3].text = a["end_cell"]
            cells[4].text = a["status_cell"]
            if a["status_cell"] in RAG_FILL:
                shade(cells[4], RAG_FILL[a["status_cell"]])
            cells[5].text = a["update"]
        doc.add_paragraph("")
    doc.add_paragraph("Clerk to the Board: governance@ormistonacademies.co.uk")
    doc.save(os.path.join(HERE, OAT_FILE))


# ---------------------------------------------------------------- 3 Fire authority risk register (xlsx)
FIRE_FILE = "sh-west-yorkshire-fire-rescue-authority-corporate-risk-register-2025-26.xlsx"
FIRE_TITLE = "West Yorkshire Fire and Rescue Authority – Corporate Risk Register 2025/26"
D = dt.datetime
FIRE_RISKS = [
    ("CRR01 – On-call firefighter availability",
     "If on-call appliance availability continues to fall, then response standards in rural areas will not be met, leading to increased risk to life and property.",
     "Chief Fire Officer", "4 x 4 = 16",
     "On-call availability monitored daily by Control; crewing pool; flexible contracts; quarterly performance report to Executive Committee.",
     "3 x 4 = 12", "↔", [
         A("1.1", "Implement the on-call pay-for-availability pilot at four stations and evaluate the impact on appliance availability.",
           "Area Manager (Service Delivery)", ["Area Manager (Service Delivery)"], D(2026, 3, 31), "2026-03", "G", "green",
           revised=None),
         A("1.2", "Run a targeted on-call recruitment campaign in Calderdale and Kirklees with local employers.",
           "Head of HR", ["Head of HR"], D(2025, 12, 1), "2025-12", "A", "amber", revised=None),
     ]),
    ("CRR02 – Cyber attack and ICT resilience",
     "If a cyber attack or major ICT failure affects mobilising or core systems, then the Service may be unable to receive and mobilise to emergency calls.",
     "Director of Corporate Services", "4 x 5 = 20",
     "Cyber Essentials Plus; secondary control at Birkenshaw; tested business continuity plans; NFCC cyber network.",
     "3 x 5 = 15", "↓", [
         A("2.1", "Complete the migration of the mobilising system servers to the secondary data centre.",
           "Head of ICT", ["Head of ICT"], D(2025, 11, 1), "2025-11", "B", "blue", revised=None),
         A("2.2", "Deliver phishing simulation exercises to all staff every quarter and report click rates to the Audit Committee.",
           "Head of ICT / Information Governance Manager", ["Head of ICT", "Information Governance Manager"],
           "Quarterly", None, "G", "green", end_text="Quarterly", revised=None),
     ]),
    ("CRR03 – Medium-term funding gap",
     "If the funding settlement does not cover pay and inflation pressures, then the Authority will not be able to set a balanced budget without reducing services.",
     "Director of Finance and Procurement", "5 x 4 = 20",
     "Medium Term Financial Plan; reserves strategy; efficiency plan monitored monthly by Management Board.",
     "4 x 4 = 16", "↑", [
         A("3.1", "Identify £2.1m of recurring savings for the 2026/27 budget through the efficiency programme.",
           "Director of Finance and Procurement", ["Director of Finance and Procurement"], D(2026, 2, 1), "2026-02", "A", "amber",
           revised=None),
         A("3.2", "Lobby through the NFCC and West Yorkshire MPs for a multi-year funding settlement.",
           "Chief Fire Officer", ["Chief Fire Officer"], "Ongoing", None, "G", "green", end_text="Ongoing",
           revised=None),
     ]),
    ("CRR04 – Protection capacity and building safety",
     "If the Service cannot recruit and retain competent fire safety inspectors, then it may not meet its duties under the Fire Safety Order and the Building Safety Act.",
     "Deputy Chief Fire Officer", "3 x 4 = 12",
     "Risk-based inspection programme; competency framework; joint working with local authority building control.",
     "3 x 3 = 9", "↔", [
         A("4.1", "Train and accredit a further six fire safety inspectors to the Level 4 Diploma.",
           "Area Manager (Protection)", ["Area Manager (Protection)"], D(2026, 9, 1), "2026-09", "G", "green",
           revised=None),
         A("4.2", "Agree a memorandum of understanding with the Building Safety Regulator covering secondments to multi-disciplinary teams.",
           "Deputy Chief Fire Officer", ["Deputy Chief Fire Officer"], D(2025, 6, 1), "2026-01", "R", "red",
           revised=D(2026, 1, 1)),
     ]),
]

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c, col):
    c.fill = PatternFill("solid", start_color=col, end_color=col)


def build_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = FIRE_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 review – position at 30 September 2025"
    ws["A3"] = "Reported to: Audit Committee, 7 November 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Change"),
            ("1.0", D(2025, 4, 14), "Corporate Risk Officer", "Annual refresh approved by Management Board"),
            ("1.1", D(2025, 7, 8), "Corporate Risk Officer", "Q1 review; CRR04 rescored"),
            ("1.2", D(2025, 10, 10), "Corporate Risk Officer", "Q2 review")]
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(i, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 6:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 50

    reg = wb.create_sheet("Register")
    reg["A1"] = FIRE_TITLE
    reg["A1"].font = Font(bold=True, size=13)
    reg.merge_cells("A1:L1")
    reg["A2"] = "Further actions are shown against each corporate risk. Action status: see Scoring key sheet."
    heads = ["Action No.", "Risk description", "Risk owner", "Inherent score (L x I)", "Existing controls",
             "Further action required", "Action owner", "Target date", "Revised date", "Action status",
             "Residual score (L x I)", "Direction of travel"]
    for j, h in enumerate(heads, start=1):
        c = reg.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    status_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}
    for title, desc, owner, inh, controls, resid, dot, acts in FIRE_RISKS:
        c = reg.cell(r, 1, title)
        c.font = Font(bold=True)
        for j in range(1, 13):
            fill(reg.cell(r, j), GREY)
        reg.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        first = r
        for a in acts:
            reg.cell(r, 1, a["ref"])
            reg.cell(r, 6, a["action"])
            reg.cell(r, 7, a["lead_cell"])
            c = reg.cell(r, 8, a["end_cell"])
            if isinstance(a["end_cell"], dt.datetime):
                c.number_format = "dd/mm/yyyy" if a["end_cell"].day != 1 else "mmm-yy"
            if a["revised"] is not None:
                c = reg.cell(r, 9, a["revised"])
                c.number_format = "mmm-yy"
            c = reg.cell(r, 10, a["status_cell"])
            fill(c, status_fill[a["status_cell"]])
            c.alignment = Alignment(horizontal="center", vertical="top")
            for j in range(1, 13):
                reg.cell(r, j).border = BOX
                if j != 10:
                    reg.cell(r, j).alignment = WRAP
            r += 1
        last = r - 1
        for col, val in [(2, desc), (3, owner), (4, inh), (5, controls), (11, resid), (12, dot)]:
            reg.cell(first, col, val)
            if last > first:
                reg.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    reg.cell(r, 1, "Summary of further actions").font = Font(bold=True)
    allacts = [a for risk in FIRE_RISKS for a in risk[7]]
    for label, code in [("Complete (B)", "B"), ("On track (G)", "G"), ("At risk (A)", "A"),
                        ("Off track (R)", "R")]:
        r += 1
        reg.cell(r, 1, label)
        reg.cell(r, 2, sum(1 for a in allacts if a["status_cell"] == code))
    r += 1
    reg.cell(r, 1, "Total")
    reg.cell(r, 2, len(allacts))
    widths = [10, 34, 16, 11, 34, 44, 22, 11, 11, 9, 11, 10]
    for j, w in enumerate(widths, start=1):
        reg.column_dimensions[chr(64 + j)].width = w
    reg.freeze_panes = "A5"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Risk scoring"
    key["A1"].font = Font(bold=True)
    lines = [("Likelihood", "1 Rare – 5 Almost certain"), ("Impact", "1 Minimal – 5 Critical"),
             ("Score 15–25", "High – Management Board oversight monthly"),
             ("Score 8–12", "Medium – Directorate oversight"), ("Score 1–6", "Low – manage locally")]
    for i, (a, b) in enumerate(lines, start=2):
        key.cell(i, 1, a)
        key.cell(i, 2, b)
    key["A9"] = "Action status"
    key["A9"].font = Font(bold=True)
    for i, (code, meaning) in enumerate([("B", "Complete"), ("G", "On track"),
                                         ("A", "At risk of slipping"),
                                         ("R", "Off track / overdue")], start=10):
        c = key.cell(i, 1, code)
        fill(c, status_fill[code])
        key.cell(i, 2, meaning)
    key["A15"] = "Direction of travel: ↑ risk increasing  ↔ no change  ↓ risk reducing"
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 48
    wb.save(os.path.join(HERE, FIRE_FILE))


# ---------------------------------------------------------------- 4 Care home QIP (xlsx)
CH_FILE = "sh-sunnybank-house-care-home-cqc-quality-improvement-plan.xlsx"
CH_TITLE = "Sunnybank House Care Home – Quality Improvement Plan"
CH_SHEETS = [
    ("Safe", "Requires improvement", [
        ("Risks to people's safety, including falls and choking, were not always assessed, and care plans lacked guidance for staff.", [
            A("S1.1", "Review and update every falls and choking risk assessment using the provider's new templates, and add SALT guidance to care plans.",
              "Deputy Manager", ["Deputy Manager"], D(2025, 10, 31), "2025-10", GREEN, "blue",
              update="All 38 care plans reviewed – audit 29/10/25"),
            A("S1.2", "Unit leads to complete monthly care plan audits and report findings to the clinical governance meeting.",
              "Unit Leads", ["Unit Leads"], "Monthly", None, AMBER, "amber", end_text="Monthly",
              update="September and October audits done"),
        ]),
        ("Medicines were not always managed safely; PRN protocols were missing and fridge temperatures were not recorded every day.", [
            A("S2.1", "Put a PRN protocol in place for every medicine prescribed 'as required' and check protocols at each MAR change.",
              "Registered Manager / Clinical Lead", ["Registered Manager", "Clinical Lead"], D(2025, 9, 1), "2025-09", GREEN, "blue",
              update="Protocols in place; checked in October medicines audit"),
            A("S2.2", "Replace the medicines fridge and add daily temperature checks to the eMAR task list.",
              "Clinical Lead", ["Clinical Lead"], D(2025, 9, 15), "2025-09", GREEN, "blue",
              update="New fridge 11/09/25"),
        ]),
        ("There were not always enough staff deployed at night on the first floor.", [
            A("S3.1", "Use the dependency tool monthly to set night staffing, and add a third carer on the first floor from 8pm to 8am.",
              "Registered Manager", ["Registered Manager"], "November 2025", "2025-11", AMBER, "amber",
              update="Third carer in place 4 nights out of 7 – recruiting"),
        ]),
    ]),
    ("Effective", "Requires improvement", [
        ("The service was not always working within the principles of the Mental Capacity Act, and DoLS authorisations had expired.", [
            A("E1.1", "Set up a DoLS tracker and submit renewal applications to the local authority three months before expiry.",
              "Home Administrator; Registered Manager", ["Home Administrator", "Registered Manager"], D(2025, 10, 1), "2025-10", GREEN, "blue",
              update="Tracker in use; 6 renewals submitted"),
            A("E1.2", "Deliver MCA and DoLS training to all care staff and check their understanding in supervision.",
              "Training Coordinator", ["Training Coordinator"], D(2026, 1, 1), "2026-01", RED, "red",
              update="Trainer not yet booked"),
        ]),
    ]),
    ("Well-led", "Requires improvement", [
        ("Governance systems had not identified the shortfalls found at this inspection.", [
            A("W1.1", "Area Manager to carry out a monthly quality monitoring visit against the CQC quality statements and update this plan.",
              "Area Manager", ["Area Manager"], "Ongoing", None, AMBER, "amber", end_text="Ongoing",
              update="Visits 12/09 and 14/10"),
            A("W1.2", "Hold residents' and relatives' meetings every quarter and keep a 'You said, we did' board in reception.",
              "Activities Coordinator", ["Activities Coordinator"], "Dec 2025", "2025-12", None, "unrated",
              update=""),
        ]),
        ("Notifications of serious injuries had not always been sent to CQC.", [
            A("W2.1", "Add a statutory notifications check to the daily flash meeting and keep a log of notifications sent.",
              "Registered Manager", ["Registered Manager"], "w/c 06/10/2025", "2025-10", GREEN, "blue",
              update="Log started 06/10/25"),
        ]),
    ]),
]


def build_carehome():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Provider: Oakdene Care Group Ltd   |   Registered Manager: Mrs J Holloway   |   "
                "CQC inspection 19–20 August 2025 (report published 8 October 2025)")
    ws["A3"] = "Plan last updated: 31/10/2025"
    hdr = ["Key question", "CQC rating", "No. of actions", "Completed"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        fill(c, GREY)
    counts = {name: (len([a for _, acts in groups for a in acts]),
                     len([a for _, acts in groups for a in acts if a["status_cell"] == GREEN]))
              for name, _, groups in CH_SHEETS}
    rows = [("Safe", "Requires improvement"), ("Effective", "Requires improvement"), ("Caring", "Good"),
            ("Responsive", "Good"), ("Well-led", "Requires improvement")]
    for i, (kq, rating) in enumerate(rows, start=6):
        n, done = counts.get(kq, (0, 0))
        for j, v in enumerate([kq, rating, n, done], start=1):
            ws.cell(i, j, v).border = BOX
    ws.cell(11, 1, "Total").font = Font(bold=True)
    ws.cell(11, 3, sum(v[0] for v in counts.values()))
    ws.cell(11, 4, sum(v[1] for v in counts.values()))
    ws["A13"] = "Status key (colour of the Status cell on each sheet)"
    ws["A13"].font = Font(bold=True)
    for j, (word, col) in enumerate([("Not started / overdue", RED), ("In progress", AMBER),
                                     ("Completed", GREEN)], start=1):
        c = ws.cell(14, j, word)
        fill(c, col)
        c.border = BOX
    for col, w in zip("ABCD", [24, 22, 16, 22]):
        ws.column_dimensions[col].width = w

    for name, rating, groups in CH_SHEETS:
        sh = wb.create_sheet(name)
        sh["A1"] = name
        sh["A1"].font = Font(bold=True, size=14)
        sh["A2"] = "CQC rating: " + rating
        heads = ["No.", "Issue identified", "Action required", "Responsible", "Target date",
                 "Evidence / update", "Status"]
        for j, h in enumerate(heads, start=1):
            c = sh.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            fill(c, "305496")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for issue, acts in groups:
            first = r
            for a in acts:
                sh.cell(r, 1, a["ref"])
                sh.cell(r, 3, a["action"])
                sh.cell(r, 4, a["lead_cell"])
                c = sh.cell(r, 5, a["end_cell"])
                if isinstance(a["end_cell"], dt.datetime):
                    c.number_format = "mmm-yy" if a["end_cell"].day == 1 else "dd/mm/yyyy"
                sh.cell(r, 6, a["update"] or None)
                if a["status_cell"]:
                    fill(sh.cell(r, 7), a["status_cell"])
                for j in range(1, 8):
                    sh.cell(r, j).border = BOX
                    sh.cell(r, j).alignment = WRAP
                r += 1
            sh.cell(first, 2, issue)
            if r - 1 > first:
                sh.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFG", [7, 40, 50, 22, 13, 32, 9]):
            sh.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, CH_FILE))


# ---------------------------------------------------------------- 5 Housing association highlight report (xlsx)
HX_FILE = "sh-hexagon-housing-association-building-safety-programme-highlight-report.xlsx"
HX_TITLE = ("Hexagon Housing Association – Building Safety and Compliance Improvement Programme: "
            "Highlight Report")
HX_WORKSTREAMS = [
    ("Workstream 1: Fire safety", [
        A("1.1", "Clear all overdue high-risk fire risk assessment actions across the 41 medium- and high-rise blocks.",
          "Head of Building Safety", ["Head of Building Safety"], D(2025, 7, 1), "2025-11", "Amber", "amber",
          revised=D(2025, 11, 1), prev="Red",
          update="12 actions remain, all fire door replacements on order; interim measures in place."),
        A("1.2", "Complete Type 4 intrusive fire risk assessments at Marlowe House and Pelham Court.",
          "Building Safety Manager", ["Building Safety Manager"], D(2025, 9, 1), "2025-09", "Complete", "blue",
          revised=None, prev="Green", update="Both reports received; actions added to tracker."),
        A("1.3", "Install premises information boxes and send floor plans to London Fire Brigade for every building over 11 metres.",
          "Building Safety Manager / Fire Safety Surveyor", ["Building Safety Manager", "Fire Safety Surveyor"],
          D(2026, 3, 1), "2026-03", "Green", "green", revised=None, prev="Green",
          update="19 of 41 buildings done."),
    ]),
    ("Workstream 2: Damp and mould (Awaab's Law)", [
        A("2.1", "Implement the Awaab's Law procedure: investigate emergency hazards within 24 hours and significant hazards within 10 working days.",
          "Director of Property Services", ["Director of Property Services"], D(2025, 10, 27), "2025-10", "Green", "green",
          revised=None, prev="Amber", update="Procedure live from 27 October; call handlers trained."),
        A("2.2", "Recruit two additional damp and mould surveyors.",
          "Head of Repairs", ["Head of Repairs"], D(2025, 8, 1), "2025-12", "Red", "red",
          revised=D(2025, 12, 1), prev="Amber",
          update="Second recruitment round unsuccessful; agency cover agreed to January."),
        A("2.3", "Contact every household with a damp and mould case in the last 12 months and offer a follow-up inspection.",
          "Neighbourhood Services Manager", ["Neighbourhood Services Manager"], D(2026, 1, 1), "2026-01",
          "Not started", "unrated", revised=None, prev="Green", update="Starts December once case list is cleansed."),
    ]),
    ("Workstream 3: Data and assurance", [
        A("3.1", "Reconcile the asset register with the compliance system so that every home has a complete set of Big 6 records.",
          "Asset Data Manager", ["Asset Data Manager"], D(2025, 12, 1), "2025-12", "Amber", "amber",
          revised=None, prev="Amber", update="Water hygiene and lift records still being matched."),
        A("3.2", "Commission an independent audit of gas and electrical safety certificate evidence.",
          "Head of Governance and Assurance", ["Head of Governance and Assurance"], D(2025, 11, 1), "2025-11",
          "Green", "green", revised=None, prev="Green", update="Auditor appointed; fieldwork w/c 10 November."),
        A("3.3", "Report compliance KPIs to the Board every month and to the Customer Committee every quarter, in line with the Safety and Quality Standard.",
          "Director of Property Services", ["Director of Property Services"], "Monthly", None, "Green", "green",
          end_text="Monthly", revised=None, prev="Green", update="See Compliance KPIs sheet."),
    ]),
]
HX_FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE, "Not started": "FFFFFF"}


def build_hexagon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    ws["A1"] = HX_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Report to: Board   |   Reporting period: October 2025 (Period 7)   |   Prepared by: Programme Management Office"
    ws.merge_cells("A2:H2")
    info = [("Programme SRO", "Director of Property Services"),
            ("Overall RAG – previous", "Amber"), ("Overall RAG – current", "Amber")]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if v in HX_FILL:
            fill(c, HX_FILL[v])
    ws["A8"] = "Summary of progress"
    ws["A8"].font = Font(bold=True)
    ws["B8"] = ("Overdue high-risk FRA actions down from 57 to 12. Awaab's Law procedure went live on time. "
                "Surveyor recruitment remains the main risk to the damp and mould workstream.")
    ws.merge_cells("B8:H8")
    ws["A9"] = "Key issues / escalations"
    ws["A9"].font = Font(bold=True)
    ws["B9"] = "Board is asked to note the revised date for action 2.2 and the agency cover arrangement."
    ws.merge_cells("B9:H9")
    for r in (8, 9):
        ws.cell(r, 2).alignment = WRAP
        ws.row_dimensions[r].height = 32
    heads = ["Ref", "Action / milestone", "Lead", "Original due date", "Revised due date",
             "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(11, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        fill(c, "7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 12
    for ws_title, acts in HX_WORKSTREAMS:
        c = ws.cell(r, 1, ws_title)
        c.font = Font(bold=True)
        for j in range(1, 9):
            fill(ws.cell(r, j), "E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 2, a["action"])
            ws.cell(r, 3, a["lead_cell"])
            c = ws.cell(r, 4, a["end_cell"])
            if isinstance(a["end_cell"], dt.datetime):
                c.number_format = "mmm-yy" if a["end_cell"].day == 1 else "dd/mm/yyyy"
            if a["revised"] is not None:
                ws.cell(r, 5, a["revised"]).number_format = "mmm-yy"
            c = ws.cell(r, 6, a["prev"])
            fill(c, HX_FILL[a["prev"]])
            c = ws.cell(r, 7, a["status_cell"])
            fill(c, HX_FILL[a["status_cell"]])
            ws.cell(r, 8, a["update"])
            for j in range(1, 9):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for word, meaning in [("Green", "On track"), ("Amber", "At risk – recovery plan in place"),
                          ("Red", "Off track – Board attention needed"),
                          ("Complete", "Delivered and evidenced"), ("Not started", "Not yet due to start")]:
        r += 1
        c = ws.cell(r, 1, word)
        fill(c, HX_FILL[word])
        ws.cell(r, 2, meaning)
    for col, w in zip("ABCDEFGH", [9, 52, 26, 12, 12, 11, 11, 42]):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Compliance KPIs")
    k["A1"] = "Big 6 compliance – % of homes/blocks with a valid certificate or inspection"
    k["A1"].font = Font(bold=True)
    rows = [("Measure", "Target", "Aug-25", "Sep-25", "Oct-25"),
            ("Gas safety (LGSR)", 1.0, 0.998, 0.999, 0.999),
            ("Electrical (EICR, 5-yearly)", 1.0, 0.962, 0.971, 0.978),
            ("Fire risk assessments", 1.0, 1.0, 1.0, 1.0),
            ("Asbestos management surveys", 1.0, 0.991, 0.993, 0.995),
            ("Water hygiene (legionella)", 1.0, 0.944, 0.95, 0.957),
            ("Lift inspections (LOLER)", 1.0, 1.0, 0.98, 1.0)]
    for i, row in enumerate(rows, start=3):
        for j, v in enumerate(row, start=1):
            c = k.cell(i, j, v)
            c.border = BOX
            if isinstance(v, float):
                c.number_format = "0.0%"
            if i == 3:
                c.font = Font(bold=True)
    k.column_dimensions["A"].width = 32
    wb.save(os.path.join(HERE, HX_FILE))


# ---------------------------------------------------------------- 6 SRA tracker (csv, refuse)
SRA_FILE = "sh-solicitors-regulation-authority-axiom-ince-review-action-tracker-typo-month-refuse.csv"
SRA_TITLE = "Independent review of the SRA's regulatory approach to Axiom Ince Limited - action plan tracker"
SRA_RECS = [
    ("1", "Strengthen the SRA's monitoring of client account balances in firms holding large sums of client money.", [
        ("1a", "Introduce a risk-based requirement for selected firms to submit client account reconciliation data every quarter.",
         "Director of Authorisation and Supervision", "Mar-26", "Amber",
         "Pilot with 40 firms started in September; data format agreed with accountants."),
        ("1b", "Consult on thresholds for client money held by firms and on the use of third-party managed accounts.",
         "Director of Policy", "Dec-25", "Green", "Consultation paper with Board for approval in November."),
    ]),
    ("2", "Improve how intelligence and reports about firms are recorded, linked and escalated.", [
        ("2a", "Set up a single intelligence triage team with escalation criteria for reports involving client money.",
         "Director of Investigations", "Sep-25", "Complete", "Team in place from 1 September 2025."),
        ("2b", "Replace the intelligence module of the legacy case management system.",
         "Chief Technology Officer", "Febuary 2026", "Amber", "Supplier selected; data migration plan under review."),
    ]),
    ("3", "Make sure the SRA can intervene quickly when it identifies a serious risk to client money.", [
        ("3a", "Recruit additional forensic investigation officers and put in place a framework for external forensic accountants.",
         "Director of Investigations / Head of Forensic Investigations", "Q3 2025/26", "Green",
         "Four of six posts filled; framework tender closes 14 November."),
        ("3b", "Review and publish revised guidance on intervention decision-making.",
         "General Counsel", "Jan-26", "Green", "Draft guidance with external counsel."),
    ]),
    ("4", "Give the Board clear oversight of implementation.", [
        ("4a", "Report progress on every recommendation to each Board meeting and to the Legal Services Board each quarter.",
         "Chief Executive", "Quarterly", "Green", "This report."),
        ("4b", "Commission an independent assurance review of implementation after 12 months.",
         "Chair of the Audit and Risk Committee", "Oct-26", "Not started", "To be scoped in summer 2026."),
    ]),
]


def build_sra():
    rows = [["Solicitors Regulation Authority"] + [""] * 7,
            [SRA_TITLE] + [""] * 7,
            ["Position as at 30 September 2025 - for SRA Board meeting 21 October 2025"] + [""] * 7,
            [""] * 8,
            ["Rec", "Recommendation", "Action ref", "Action", "Owner", "Target date", "RAG", "Progress"]]
    for rec, text, acts in SRA_RECS:
        for i, (ref, action, owner, date, rag, prog) in enumerate(acts):
            rows.append([rec if i == 0 else "", text if i == 0 else "", ref, action, owner, date, rag, prog])
    rows.append([""] * 8)
    rows.append(["RAG: Green = on track; Amber = at risk; Red = off track; Complete = implemented and evidenced"] + [""] * 7)
    with open(os.path.join(HERE, SRA_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Cleveland OPCC (txt, tab separated)
CL_FILE = "sh-cleveland-opcc-police-and-crime-plan-delivery-tracker.txt"
CL_TITLE = "Cleveland Police and Crime Plan 2024-29: Delivery Tracker"
CL_OBJECTIVES = [
    ("Objective 1 – Tackling anti-social behaviour", [
        A("1.1", "Fund ASB hotspot patrols in the 20 wards with the highest demand.",
          "ACC (Local Policing)", ["ACC (Local Policing)"], "Mar-26", "2026-03", "Green", "green",
          partners="Community Safety Partnerships", update="Patrols running in all 20 wards; ASB down 11% on last year."),
        A("1.2", "Run an awareness campaign on the ASB Case Review (Community Trigger) and publish the annual figures.",
          "OPCC Head of Communications", ["OPCC Head of Communications"], "Dec-25", "2025-12", "Amber", "amber",
          partners="Local authorities", update="Campaign materials being finalised with the local authorities."),
    ]),
    ("Objective 2 – Getting tough on drugs and gangs", [
        A("2.1", "Expand Operation Endurance to disrupt county lines drug supply into Hartlepool and Redcar.",
          "Detective Chief Superintendent (Crime)", ["Detective Chief Superintendent (Crime)"], "Ongoing", None,
          "Green", "green", end_text="Ongoing", partners="Regional Organised Crime Unit",
          update="6 lines closed this quarter."),
        A("2.2", "Commission a diversionary programme for young people at risk of criminal exploitation.",
          "OPCC Head of Commissioning", ["OPCC Head of Commissioning"], "30/06/2025", "2025-06", "Complete", "blue",
          partners="Youth Justice Services; Violence Reduction Unit", update="Contract awarded; programme started July."),
    ]),
    ("Objective 3 – Supporting victims and witnesses", [
        A("3.1", "Re-tender the victim and witness care service, including the ISVA and IDVA offer.",
          "OPCC Head of Commissioning", ["OPCC Head of Commissioning"], "Q4 2025/26", "2026-03", "Amber", "amber", end_text="Q4 2025/26",
          partners="Ministry of Justice", update="Market engagement held; MoJ grant letter awaited."),
        A("3.2", "Introduce a satisfaction survey for victims of domestic abuse and report the results to the Scrutiny Panel.",
          "PCC / Chief Constable", ["PCC", "Chief Constable"], "Sept 2025 – March 2026", "2026-03", "Green", "green",
          end_text="Sept 2025 – March 2026",
          partners="", update="Survey live from 1 September."),
    ]),
    ("Objective 4 – Putting more police on the streets", [
        A("4.1", "Maintain officer numbers at 1,500 and add 40 neighbourhood officers through recruitment.",
          "Chief Constable", ["Chief Constable"], "March 2027", "2027-03", "Green", "green",
          partners="", update="1,512 officers at 30 September."),
        A("4.2", "Open the new neighbourhood policing base in Hartlepool town centre.",
          "OPCC Chief Finance Officer; Head of Estates", ["OPCC Chief Finance Officer", "Head of Estates"],
          "Nov-25", "2025-11", "Red", "red", partners="Hartlepool Borough Council",
          update="Fit-out delayed by the contractor; PCC has escalated."),
    ]),
]


def build_cleveland():
    lines = [CL_TITLE,
             "Office of the Police and Crime Commissioner for Cleveland",
             "Position at: 30 September 2025 (Quarter 2, 2025/26)",
             "Status: Green = on track; Amber = some slippage; Red = significant delay; Complete = delivered",
             "",
             "\t".join(["Ref", "Commitment / action", "Lead", "Partner(s)", "Target", "Status", "Update"])]
    for obj, acts in CL_OBJECTIVES:
        lines.append(obj + "\t" * 6)
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["lead_cell"], a["partners"], a["end_cell"],
                                    a["status_cell"], a["update"]]))
    lines += ["",
              "Note: targets are reviewed each quarter at the PCC's Scrutiny, Delivery and Performance meeting.",
              "Prepared by: OPCC Performance and Planning Officer"]
    with open(os.path.join(HERE, CL_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    build_gp()
    build_oat()
    build_fire()
    build_carehome()
    build_hexagon()
    build_sra()
    build_cleveland()


if __name__ == "__main__":
    main()
