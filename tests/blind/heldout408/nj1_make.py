"""Build the seven nj1- test files of set heldout408.

Run with: /work/main/.venv/bin/python nj1_make.py
Each data file is written beside this script. The module-level CASES dict also
holds, for each file, the reading a person makes of it (used to write the
.expected.yaml files by hand-checked data, not by parsing the files).
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


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead),
         "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Chipping Norton School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
CNS_FILE = "nj1-chipping-norton-school-ofsted-post-inspection-action-plan.docx"
CNS_TITLE = "Chipping Norton School – Post-Inspection Action Plan 2024–25"
CNS_P1 = "Priority 1: The curriculum in key stage 3"
CNS_A1 = ("In some subjects, leaders have not identified the precise knowledge that pupils "
          "should learn and when. Leaders should ensure that the curriculum in all subjects "
          "sets out the important knowledge pupils need to know and remember, in a logical "
          "order, from Year 7.")
CNS_P2 = "Priority 2: Reading"
CNS_A2 = ("Leaders have not ensured that pupils who are behind with their reading get the "
          "support they need to catch up quickly. Leaders should make sure that these pupils "
          "are identified swiftly and receive effective support so that they can read "
          "fluently and with confidence.")
CNS_P3 = "Priority 3: Attendance"
CNS_A3 = ("Too many pupils, including disadvantaged pupils, are persistently absent from "
          "school. Leaders should continue to take effective action to improve the attendance "
          "of these pupils.")
# rows: ref, action, lead cell, success criteria, timescale, RAG ; expected
CNS_ROWS = [
    (CNS_P1, CNS_A1, [
        ("1.1", "Subject leaders to map the key knowledge for each unit in Years 7 to 9 using "
                "the whole-school curriculum template.",
         "Deputy Headteacher (Curriculum) / Subject leaders",
         "All KS3 curriculum maps published on the school website and quality assured by the SLT link.",
         "Summer term 2024", "Complete",
         A("1.1", [CNS_P1, CNS_A1], None, ["Deputy Headteacher (Curriculum)", "Subject leaders"],
           "2024-07", "blue", "Summer term 2024")),
        ("1.2", "Department time on INSET days to sequence units so that prior knowledge is "
                "revisited before new content is introduced.\nSLT line managers to review "
                "sequencing in each department review.",
         "Assistant Headteacher for Teaching and Learning",
         "Department reviews show units sequenced coherently; pupils can explain how new learning builds on earlier topics.",
         "Autumn term 2024", "Green",
         A("1.2", [CNS_P1, CNS_A1], None, ["Assistant Headteacher for Teaching and Learning"],
           "2024-12", "green", "Autumn term 2024")),
        ("1.3", "Subject leaders to trial low-stakes retrieval quizzes at the start of lessons "
                "in Years 7 and 8 and evaluate the impact on recall.",
         "Subject leaders",
         "Retrieval evident in 90% of KS3 lessons seen in learning walks.",
         "Spring term 2025", "Amber",
         A("1.3", [CNS_P1, CNS_A1], None, ["Subject leaders"], "2025-04", "amber",
           "Spring term 2025")),
    ]),
    (CNS_P2, CNS_A2, [
        ("2.1", "Screen all Year 7 pupils using the NGRT reading test on entry and share "
                "reading ages with all staff via the pupil profile.",
         "SENCo & Reading Lead",
         "100% of Year 7 screened; reading ages on every pupil profile.",
         "October 2024", "Complete",
         A("2.1", [CNS_P2, CNS_A2], None, ["SENCo", "Reading Lead"], "2024-10", "blue")),
        ("2.2", "Deliver a phonics-based intervention programme (Fresh Start) for pupils "
                "reading below age 9, three sessions per week.",
         "Reading Lead",
         "Pupils in the programme gain at least 12 months in reading age over two terms.",
         "July 2025", "Green",
         A("2.2", [CNS_P2, CNS_A2], None, ["Reading Lead"], "2025-07", "green")),
        ("2.3", "Train all teaching assistants in the delivery of the reading intervention and "
                "fluency strategies.",
         "SENCo",
         "All TAs trained; observations show consistent delivery.",
         "31/01/2025", "Red",
         A("2.3", [CNS_P2, CNS_A2], None, ["SENCo"], "2025-01", "red")),
    ]),
    (CNS_P3, CNS_A3, [
        ("3.1", "Appoint an Attendance Officer and introduce daily first-day calling and weekly "
                "attendance panels.",
         "Assistant Headteacher for Behaviour and Attendance",
         "Attendance Officer in post; first-day calling in place for every absence.",
         "September 2024", "Complete",
         A("3.1", [CNS_P3, CNS_A3], None,
           ["Assistant Headteacher for Behaviour and Attendance"], "2024-09", "blue")),
        ("3.2", "Work with the Local Authority Attendance Support Team on targeted support "
                "meetings for persistently absent pupils and their families.",
         "Attendance Officer and Heads of Year",
         "Persistent absence reduced from 27% to below 20%; disadvantaged gap narrowing.",
         "Termly", "Green",
         A("3.2", [CNS_P3, CNS_A3], None, ["Attendance Officer", "Heads of Year"], None,
           "green", "Termly")),
    ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text; a \n in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def build_cns():
    doc = Document()
    doc.add_paragraph(CNS_TITLE, style="Title")
    doc.add_paragraph("Ofsted inspection: 12 and 13 March 2024  |  Overall effectiveness: "
                      "Requires improvement  |  Plan approved by the Full Governing Body: 25 April 2024")
    doc.add_paragraph("This plan addresses the areas for improvement set out in the inspection "
                      "report under ‘What does the school need to do to improve?’. It is reviewed "
                      "at each meeting of the Standards Committee. Last updated: 3 February 2025.")
    doc.add_paragraph("Document control", style="Heading 3")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "25/04/2024", "Headteacher", "Approved by FGB"),
                ("1.3", "03/02/2025", "Deputy Headteacher", "Progress and RAG updated for Standards Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, meaning, fill in [("Complete", "Action completed and impact evidenced", "9DC3E6"),
                                ("Green", "On track", "A9D08E"),
                                ("Amber", "Some slippage – additional support in place", "FFD966"),
                                ("Red", "Not on track – escalated to Headteacher", "FF7C80")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)
    fills = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for pri, afi, rows in CNS_ROWS:
        doc.add_paragraph(pri, style="Heading 2")
        p = doc.add_paragraph()
        p.add_run("Area for improvement (from the inspection report)").bold = True
        p2 = doc.add_paragraph()
        p2.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Success criteria",
                                          "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, action, lead, sc, when, rag, _exp in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, sc, when, rag]):
                set_cell(c, v)
            shade(cells[5], fills[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Next review: Standards Committee, 24 March 2025.")
    doc.add_paragraph("Sign-off", style="Heading 3")
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row in [("Headteacher", "Mr J. Ashworth", "25/04/2024"),
                ("Chair of Governors", "Mrs H. Pryce", "25/04/2024")]:
        cells = s.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.save(os.path.join(HERE, CNS_FILE))


def cns_expected():
    out = []
    for _p, _a, rows in CNS_ROWS:
        for ref, action, _l, _s, _w, _r, exp in rows:
            e = dict(exp)
            e["action"] = action
            out.append(e)
    return out


# ---------------------------------------------------------------------------
# 2. Leicestershire Partnership NHS Trust - Healthwatch Enter and View (docx)
# ---------------------------------------------------------------------------
LPT_FILE = ("nj1-leicestershire-partnership-nhs-trust-bradgate-unit-healthwatch-"
            "enter-and-view-action-plan.docx")
LPT_TITLE = "Bradgate Mental Health Unit – Enter and View Action Plan"
LPT_W1 = "Ashby Ward (acute admissions, male)"
LPT_W2 = "Heather Ward (acute admissions, female)"
LPT_W3 = "Unit-wide recommendations"
LPT_R1 = ("Patients told us they did not always know who their named nurse was. The ward should "
          "make sure every patient knows their named nurse and when they will next meet.")
LPT_R2 = ("The ward environment felt bare. The Trust should consider making communal areas more "
          "welcoming, for example with artwork and comfortable seating.")
LPT_R3 = ("Some patients said that activities were not available at weekends. The ward should "
          "offer activities seven days a week.")
LPT_R4 = ("Patients and carers were not always given information about how to give feedback or "
          "make a complaint.")
LPT_R5 = ("Carers would like more regular updates and involvement in care planning, with the "
          "patient’s consent.")
# sections: heading, [(recommendation, [(no, action, lead, date, status, expected)])]
LPT_SECTIONS = [
    (LPT_W1, [
        (LPT_R1, [
            ("1a", "Named nurse and associate nurse to be written on each patient’s bedroom door "
                   "board and updated at every shift change.",
             "Ashby Ward Manager", "Jan 2025", "Complete",
             A("1a", [LPT_W1, LPT_R1], None, ["Ashby Ward Manager"], "2025-01", "blue")),
            ("1b", "Weekly protected one-to-one time with the named nurse to be recorded on "
                   "SystmOne and monitored through the ward dashboard.",
             "Ashby Ward Manager / Matron", "31.03.2025", "Green",
             A("1b", [LPT_W1, LPT_R1], None, ["Ashby Ward Manager", "Matron"], "2025-03",
               "green")),
        ]),
        (LPT_R2, [
            ("2", "Bid to the LPT charity (Raising Health) for artwork and new lounge furniture, "
                  "co-designed with patients through the ward community meeting.",
             "Matron; Patient Experience Lead", "Q1 2025/26", "Amber",
             A("2", [LPT_W1, LPT_R2], None, ["Matron", "Patient Experience Lead"], "2025-06",
               "amber")),
        ]),
    ]),
    (LPT_W2, [
        (LPT_R3, [
            ("3a", "Recruit an additional activity coordinator to extend therapeutic activities "
                   "to Saturday and Sunday.",
             "Head of Nursing (DMH)", "April 2025", "Amber",
             A("3a", [LPT_W2, LPT_R3], None, ["Head of Nursing (DMH)"], "2025-04", "amber")),
            ("3b", "In the interim, nursing staff to run a weekend activity timetable agreed at "
                   "the Friday community meeting.",
             "Heather Ward Manager", "w/c 2 December 2024", "Complete",
             A("3b", [LPT_W2, LPT_R3], None, ["Heather Ward Manager"], "2024-12", "blue")),
        ]),
        (LPT_R4, [
            ("4", "Display ‘Your views matter’ posters and PALS information in the ward entrance "
                  "and visitors’ room; include in the admission pack.",
             "Patient Experience Lead", "Dec 2024", "Complete",
             A("4", [LPT_W2, LPT_R4], None, ["Patient Experience Lead"], "2024-12", "blue")),
        ]),
    ]),
    (LPT_W3, [
        (LPT_R5, [
            ("5a", "Introduce a carer contact record in each patient’s care plan and offer "
                   "carers a meeting within 72 hours of admission (Triangle of Care).",
             "DMH Carer Lead", "30.06.2025", "Green",
             A("5a", [LPT_W3, LPT_R5], None, ["DMH Carer Lead"], "2025-06", "green")),
            ("5b", "Complete the Triangle of Care self-assessment for all Bradgate wards.",
             "Deputy Head of Nursing", "TBC", "Not started",
             A("5b", [LPT_W3, LPT_R5], None, ["Deputy Head of Nursing"], None, "unrated",
               "TBC")),
        ]),
    ]),
]


def build_lpt():
    doc = Document()
    doc.add_paragraph(LPT_TITLE, style="Title")
    for line in ["Leicestershire Partnership NHS Trust – Directorate of Mental Health (DMH)",
                 "Healthwatch Leicester and Healthwatch Leicestershire Enter and View visits: "
                 "9 and 10 October 2024. Report received: 4 December 2024.",
                 "This action plan sets out the Trust’s response to each recommendation in the "
                 "Enter and View report. Progress is reported monthly to the DMH Quality and "
                 "Safety Group and shared with Healthwatch at the quarterly liaison meeting."]:
        doc.add_paragraph(line)
    doc.add_paragraph("Version control", style="Heading 3")
    v = doc.add_table(rows=1, cols=3)
    v.style = "Table Grid"
    for c, h in zip(v.rows[0].cells, ["Version", "Date", "Comments"]):
        set_cell(c, h, bold=True)
    for row in [("v1", "08/01/2025", "Trust response submitted to Healthwatch"),
                ("v2", "14/03/2025", "Progress update for DMH Quality and Safety Group")]:
        cells = v.add_row().cells
        for c, val in zip(cells, row):
            set_cell(c, val)
    for heading, recs in LPT_SECTIONS:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Healthwatch recommendation",
                                          "Trust response and action", "Lead",
                                          "Target date", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "B4C6E7")
        for rec, acts in recs:
            first = None
            last = None
            for i, (no, action, lead, date, status, _e) in enumerate(acts):
                cells = t.add_row().cells
                set_cell(cells[0], no)
                if i == 0:
                    set_cell(cells[1], rec)
                    first = cells[1]
                last = cells[1]
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], date)
                set_cell(cells[5], status)
            if len(acts) > 1:
                first.merge(last)
        doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action completed and evidence held; Green – on "
                      "track; Amber – at risk of delay; Red – overdue; Not started – not yet due "
                      "to start.")
    doc.save(os.path.join(HERE, LPT_FILE))


def lpt_expected():
    out = []
    for _h, recs in LPT_SECTIONS:
        for _r, acts in recs:
            for no, action, _l, _d, _s, exp in acts:
                e = dict(exp)
                e["action"] = action
                out.append(e)
    return out


# ---------------------------------------------------------------------------
# 3. East and North Hertfordshire Teaching NHS Trust - CQC must/should do (xlsx)
# ---------------------------------------------------------------------------
ENHT_FILE = ("nj1-east-and-north-hertfordshire-teaching-nhs-trust-cqc-must-should-do-"
             "action-plan.xlsx")
ENHT_TITLE = ("East and North Hertfordshire Teaching NHS Trust – CQC Inspection Action "
              "Plan 2023")
FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
UEC = "Urgent and emergency care – Lister Hospital"
MED = "Medical care (including older people’s care) – Lister Hospital"
SUR = "Surgery – Lister Hospital"
MAT = "Maternity – Lister Hospital"
TW = "Trust-wide (well-led)"
MD1 = ("The trust must ensure that patients attending the emergency department are triaged "
       "within 15 minutes of arrival. (Regulation 12)")
MD2 = ("The trust must ensure that staff complete and record risk assessments for falls and "
       "pressure ulcers in line with trust policy. (Regulation 12)")
MD3 = ("The trust must ensure that there are sufficient numbers of suitably qualified, "
       "competent and experienced nursing staff on surgical wards at all times. (Regulation 18)")
SD1 = ("The service should ensure that all staff complete their mandatory training, including "
       "adult and neonatal life support.")
SD2 = ("The service should ensure that the children’s waiting area is visually and audibly "
       "separated from the adult waiting area.")
SD3 = ("The trust should ensure that risk registers are reviewed and updated in line with the "
       "risk management policy.")
D = datetime
# ref, core, finding, action, lead, original, revised, progress, prev, cur, expected end
ENHT_MUST = [
    ("MD1.1", UEC, MD1,
     "Introduce a streaming and triage nurse at the front door 24/7, supported by an escalation "
     "SOP when time to triage exceeds 15 minutes.",
     "Divisional Director of Nursing (Unplanned Care)", D(2024, 3, 31), None,
     "Triage nurse rota in place since February 2024. Escalation SOP ratified at Unplanned Care "
     "board. Time to triage within 15 minutes: 91% (December 2024).",
     "green", "blue", ["Divisional Director of Nursing (Unplanned Care)"], "2024-03"),
    ("MD1.2", UEC, MD1,
     "Daily audit of time to triage reported to the ED safety huddle and weekly to the "
     "Unplanned Care divisional board.",
     "ED Matron / Clinical Lead for ED", D(2024, 6, 30), D(2024, 12, 31),
     "Daily audit embedded; weekly reporting started October 2024 after the Symphony reporting "
     "fix.",
     "amber", "green", ["ED Matron", "Clinical Lead for ED"], "2024-12"),
    ("MD2.1", MED, MD2,
     "Roll out the electronic nursing risk assessment bundle (falls, Waterlow, MUST) on "
     "Nerve Centre across all medical wards.",
     "Chief Nursing Officer; Chief Clinical Information Officer", D(2024, 9, 30),
     D(2025, 3, 31),
     "Live on 9 of 14 medical wards. Remaining wards delayed by the Nerve Centre upgrade; "
     "revised date agreed at Quality and Safety Committee.",
     "red", "amber", ["Chief Nursing Officer", "Chief Clinical Information Officer"], "2025-03"),
    ("MD2.2", MED, MD2,
     "Monthly falls and tissue viability audits by ward managers, with results presented at "
     "the Harm Free Care Group.",
     "Head of Nursing – Medicine", D(2024, 4, 30), None,
     "Audits in place since April 2024; compliance above 90% for three consecutive months.",
     "green", "blue", ["Head of Nursing – Medicine"], "2024-04"),
    ("MD3.1", SUR, MD3,
     "Complete the annual nursing establishment review for surgical wards and present the "
     "outcome to Trust Board.",
     "Chief Nursing Officer", D(2024, 7, 31), None,
     "Establishment review presented to Trust Board in July 2024; uplift of 11.2 WTE approved.",
     "green", "blue", ["Chief Nursing Officer"], "2024-07"),
    ("MD3.2", SUR, MD3,
     "International recruitment of 24 registered nurses for surgical wards, with pastoral "
     "support and OSCE preparation.",
     "Deputy Chief Nurse", D(2025, 3, 31), None,
     "9 of 24 nurses in post. Two recruitment cohorts cancelled following the national pause; "
     "risk added to the divisional risk register.",
     "amber", "red", ["Deputy Chief Nurse"], "2025-03"),
]
ENHT_SHOULD = [
    ("SD1.1", MAT, SD1,
     "Book all outstanding staff onto PROMPT and NLS sessions and report compliance monthly to "
     "the Maternity and Neonatal Safety Champions.",
     "Director of Midwifery", D(2024, 6, 30), D(2024, 10, 31),
     "Compliance 95% PROMPT and 93% NLS (October 2024).",
     "amber", "blue", ["Director of Midwifery"], "2024-10"),
    ("SD2.1", UEC, SD2,
     "Capital scheme to create a separate paediatric waiting area within the emergency "
     "department.",
     "Director of Estates and Facilities", D(2024, 12, 31), D(2025, 6, 30),
     "Design agreed; works programmed for April–June 2025 to avoid winter pressures. Interim "
     "screened area in place.",
     "amber", "amber", ["Director of Estates and Facilities"], "2025-06"),
    ("SD3.1", TW, SD3,
     "Risk register training for divisional governance leads and a monthly risk review at each "
     "divisional board.",
     "Director of Governance", D(2024, 5, 31), None,
     "Training delivered to all divisional governance leads; monthly reviews evidenced in "
     "board minutes.",
     "green", "blue", ["Director of Governance"], "2024-05"),
    ("SD3.2", TW, SD3,
     "Internal audit review of risk management arrangements.",
     "Director of Governance / Head of Internal Audit (RSM)", D(2025, 2, 28), None,
     "Fieldwork complete; draft report expected February 2025.",
     "green", "green", ["Director of Governance", "Head of Internal Audit (RSM)"], "2025-02"),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def enht_sheet(ws, heading, rows):
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Inspection of Lister Hospital and the well-led review, June and August 2023 "
                "(report published 3 November 2023). Position at 31 January 2025.")
    ws.merge_cells("A2:J2")
    hdr = ["Ref", "Core service / location", "CQC finding", "Action", "Lead(s)",
           "Original completion date", "Revised completion date",
           "Progress update (January 2025)", "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 5
    for (ref, core, finding, action, lead, orig, rev, prog, prev, cur, _l, _e) in rows:
        vals = [ref, core, finding, action, lead, orig, rev, prog, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(FILL[prev])
        ws.cell(row=r, column=10).fill = fill(FILL[cur])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for word, meaning, col in [("Blue", "Completed and evidence assured", "blue"),
                               ("Green", "On track to deliver by the completion date", "green"),
                               ("Amber", "At risk – mitigations in place", "amber"),
                               ("Red", "Off track – escalated to Executive lead", "red")]:
        c = ws.cell(row=r, column=2, value=word)
        c.fill = fill(FILL[col])
        ws.cell(row=r, column=3, value=meaning)
        r += 1
    widths = [8, 24, 40, 48, 28, 14, 14, 44, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def build_enht():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = ENHT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress summary – position at 31 January 2025"
    ws["A3"] = "Reported to the Quality and Safety Committee, 19 February 2025."
    table = [("Status", "Must do", "Should do", "Total"),
             ("Blue (completed)", 3, 2, 5),
             ("Green", 1, 1, 2),
             ("Amber", 1, 1, 2),
             ("Red", 1, 0, 1),
             ("Total", 6, 4, 10)]
    for ri, row in enumerate(table, 5):
        for ci, v in enumerate(row, 1):
            c = ws.cell(row=ri, column=ci, value=v)
            c.border = BOX
            if ri == 5 or ri == 10:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    enht_sheet(wb.create_sheet("Must Do"), "CQC Inspection Action Plan – Must Do Actions",
               ENHT_MUST)
    enht_sheet(wb.create_sheet("Should Do"), "CQC Inspection Action Plan – Should Do Actions",
               ENHT_SHOULD)
    wb.save(os.path.join(HERE, ENHT_FILE))


def enht_expected():
    out = []
    for rows in (ENHT_MUST, ENHT_SHOULD):
        for (ref, core, finding, action, _lead, _o, _r, _p, _pv, cur, leads, end) in rows:
            out.append(A(ref, [core, finding], action, leads, end, cur))
    return out


# ---------------------------------------------------------------------------
# 4. UKRI - Independent review (Grant review) recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
UKRI_FILE = "nj1-ukri-independent-review-recommendations-implementation-tracker.xlsx"
UKRI_TITLE = "Independent Review of UKRI: Implementation of Recommendations"
T1 = "Theme 1: Efficacy"
T2 = "Theme 2: Efficiency"
T3 = "Theme 3: Accountability and governance"
U1 = ("UKRI should set out clearly how it will measure and communicate the outcomes and impact "
      "of its investments.")
U2 = ("UKRI should strengthen its engagement with business, including larger firms, across all "
      "councils.")
U3 = ("UKRI should accelerate the harmonisation of its IT systems and grant-funding processes, "
      "with a single funding service for all councils.")
U4 = ("UKRI should reduce bureaucracy for applicants and award holders, including through "
      "simpler application and assurance requirements.")
U5 = ("The department and UKRI should clarify their respective roles and responsibilities and "
      "refresh the Framework Document.")
U6 = ("The UKRI Board should review its committee structure and the balance of skills and "
      "experience among its members.")
# theme, [(rec no, rec text, [(ref, action, owner, target, rag, update, exp lead, end, end_text, status)])]
UKRI_ROWS = [
    (T1, [
        ("1", U1, [
            ("1.1", "Publish a UKRI-wide evaluation framework and an annual performance report "
                    "against the outcomes in the UKRI strategy.",
             "Director of Strategy, Performance and Engagement", "March 2024", "B",
             "Framework published March 2024; first performance report published with the "
             "Annual Report 2023-24.",
             ["Director of Strategy, Performance and Engagement"], "2024-03", None, "blue"),
            ("1.2", "Develop a portfolio-level impact dashboard for the UKRI Board and the "
                    "department.",
             "Director of Strategy, Performance and Engagement; Chief Digital Officer",
             "Dec-24", "G",
             "Prototype dashboard shown to Board in July 2024; data feeds from all councils "
             "being connected.",
             ["Director of Strategy, Performance and Engagement", "Chief Digital Officer"],
             "2024-12", None, "green"),
        ]),
        ("2", U2, [
            ("2.1", "Establish a cross-UKRI business engagement forum chaired by the Executive "
                    "Chair of Innovate UK.",
             "Executive Chair, Innovate UK", "Q3 2024/25", "G",
             "Terms of reference agreed; first meeting scheduled for November 2024.",
             ["Executive Chair, Innovate UK"], "2024-12", None, "green"),
        ]),
    ]),
    (T2, [
        ("3", U3, [
            ("3.1", "Complete migration of all research council funding opportunities onto the "
                    "UKRI Funding Service.",
             "Chief Operating Officer", D(2025, 3, 31), "A",
             "Six of nine councils migrated. Innovate UK migration re-planned following supplier "
             "delay; recovery plan to October ARAPC.",
             ["Chief Operating Officer"], "2025-03", None, "amber"),
            ("3.2", "Decommission the legacy Je-S system once all councils have migrated.",
             "Chief Operating Officer / Chief Digital Officer", "March 2026", "Not started",
             "Dependent on 3.1.",
             ["Chief Operating Officer", "Chief Digital Officer"], "2026-03", None, "unrated"),
        ]),
        ("4", U4, [
            ("4.1", "Deliver the Simplification and Bureaucracy Reduction programme, including "
                    "the roll-out of the narrative CV (R4RI) across all councils.",
             "Chief Operating Officer", "Ongoing", "G",
             "R4RI in use for all research council responsive-mode calls; assurance "
             "requirements for smaller awards reduced from April 2024.",
             ["Chief Operating Officer"], None, "Ongoing", "green"),
        ]),
    ]),
    (T3, [
        ("5", U5, [
            ("5.1", "Agree and publish a revised Framework Document with the department.",
             "Chief Finance Officer; Head of Corporate Governance", D(2024, 6, 30), "B",
             "Revised Framework Document signed and published June 2024.",
             ["Chief Finance Officer", "Head of Corporate Governance"], "2024-06", None, "blue"),
        ]),
        ("6", U6, [
            ("6.1", "Commission an external Board effectiveness review and implement its "
                    "recommendations.",
             "UKRI Chair / Company Secretary", "Sep-24", "A",
             "Review completed in August 2024; action plan to Board in November 2024, later "
             "than planned.",
             ["UKRI Chair", "Company Secretary"], "2024-09", None, "amber"),
        ]),
    ]),
]


def build_ukri():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = UKRI_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Tracker of UKRI actions in response to the Independent Review of UKRI led by "
                "Sir David Grant (published July 2022)")
    ws["A4"] = "Document control"
    ws["A4"].font = Font(bold=True)
    for ci, h in enumerate(["Version", "Date", "Author", "Status"], 1):
        c = ws.cell(row=5, column=ci, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for ri, row in enumerate([("0.4", "02/09/2024", "Corporate Governance team",
                               "Draft for Executive Committee"),
                              ("1.0", "18/09/2024", "Corporate Governance team",
                               "Presented to ARAPC, 18 September 2024")], 6):
        for ci, v in enumerate(row, 1):
            ws.cell(row=ri, column=ci, value=v).border = BOX
    ws["A9"] = "RAG status key"
    ws["A9"].font = Font(bold=True)
    for ri, (k, v) in enumerate([("B", "Complete"), ("G", "On track"),
                                 ("A", "At risk – mitigations in place"),
                                 ("R", "Off track"),
                                 ("Not started", "Action not yet due to start")], 10):
        ws.cell(row=ri, column=1, value=k).border = BOX
        ws.cell(row=ri, column=2, value=v).border = BOX
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 40

    t = wb.create_sheet("Tracker")
    t["A1"] = "Implementation tracker – update for September 2024"
    t["A1"].font = Font(bold=True, size=13)
    t.merge_cells("A1:H1")
    hdr = ["Rec", "Recommendation", "Ref", "Action", "Owner", "Target date", "RAG",
           "Update (September 2024)"]
    for i, h in enumerate(hdr, 1):
        c = t.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2E2B5F")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    r = 4
    for theme, recs in UKRI_ROWS:
        c = t.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        t.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for recno, rectext, acts in recs:
            top = r
            t.cell(row=r, column=1, value=recno)
            t.cell(row=r, column=2, value=rectext)
            for (ref, action, owner, target, rag, upd, *_rest) in acts:
                for ci, v in [(3, ref), (4, action), (5, owner), (6, target), (7, rag), (8, upd)]:
                    c = t.cell(row=r, column=ci, value=v)
                    if isinstance(v, datetime):
                        c.number_format = "dd/mm/yyyy"
                for ci in range(1, 9):
                    t.cell(row=r, column=ci).border = BOX
                    t.cell(row=r, column=ci).alignment = Alignment(wrap_text=True,
                                                                   vertical="top")
                r += 1
            if r - 1 > top:
                t.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
                t.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    t.cell(row=r, column=1, value="Note: recommendations closed before April 2024 are "
                                  "reported in the closure report to the March 2024 ARAPC and "
                                  "are not repeated here.")
    for col, w in zip("ABCDEFGH", [8, 42, 6, 48, 34, 13, 11, 48]):
        t.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, UKRI_FILE))


def ukri_expected():
    out = []
    for theme, recs in UKRI_ROWS:
        for recno, rectext, acts in recs:
            for (ref, action, owner, target, rag, upd, lead, end, end_text, st) in acts:
                out.append(A(ref, [theme, rectext], action, lead, end, st, end_text))
    return out


# ---------------------------------------------------------------------------
# 5. City of Bristol College - SAR quality improvement plan (xlsx, refuse)
# ---------------------------------------------------------------------------
COBC_FILE = ("nj1-city-of-bristol-college-sar-quality-improvement-plan-typo-month-"
             "refuse.xlsx")
COBC_TITLE = "City of Bristol College – Quality Improvement Plan 2024/25"
COBC_ROWS = [
    ("section", "1. Quality of education"),
    ("act", "1.1", "Too few learners on level 3 study programmes achieve high grades.",
     "Introduce termly high-grades tracking meetings for all level 3 curriculum teams, with "
     "named learners for stretch.",
     "Head of Quality / Curriculum Directors", "December 2024",
     "High grades on level 3 programmes rise from 19% to 25%.",
     "Tracking meetings held in November and January for all teams.", "Green"),
    ("act", "1.2", None,
     "Deliver CPD on stretch and challenge through the weekly teaching and learning sessions.",
     "Teaching and Learning Coaches", "March 2025",
     "Learning walks show stretch in 80% of level 3 sessions.",
     "Four of six sessions delivered; two postponed due to staff absence.", "Amber"),
    ("act", "1.3", "Attendance in English and maths GCSE resit lessons is too low.",
     "Timetable English and maths on the same days as vocational lessons for all full-time "
     "learners.",
     "Vice Principal Curriculum", "September 2024",
     "Attendance in English and maths above 85%.",
     "Timetable changes in place from September 2024.", "Complete"),
    ("act", "1.4", None,
     "Attendance officers to follow up every absence from English and maths lessons on the "
     "same day by text and phone call.",
     "Head of Student Services", "Janaury 2025",
     "Same-day follow-up recorded for 95% of absences.",
     "Follow-up in place; recording on ProMonitor being checked.", "Green"),
    ("section", "2. Personal development"),
    ("act", "2.1", "Not all learners on study programmes complete meaningful work experience "
                   "or an industry placement.",
     "Employer engagement team to secure industry placements for all second-year T Level "
     "learners.",
     "Director of Employer Engagement", "June 2025",
     "100% of second-year T Level learners on placement.",
     "82% placed; construction placements remain a risk.", "Amber"),
    ("act", "2.2", None,
     "Record all work experience on ProMonitor so that curriculum managers can track "
     "completion.",
     "Careers and Work Experience Manager", "February 2025",
     "Work experience recorded for every study programme learner.", "On track.", "Green"),
    ("section", "3. Leadership and management"),
    ("act", "3.1", "Governors do not receive sufficiently detailed information on the quality "
                   "of apprenticeships.",
     "Produce a termly apprenticeship quality report for the Quality and Standards Committee.",
     "Head of Apprenticeships", "Termly",
     "Governors challenge apprenticeship performance in committee minutes.",
     "First report presented in December 2024.", "Green"),
    ("act", "3.2", None,
     "Link governor for apprenticeships to join two apprenticeship quality reviews each year.",
     "Clerk to the Corporation", "July 2025",
     "Link governor report to the Board.", "Not yet started.", "Not started"),
]
COBC_TYPO_CELL = "Janaury 2025"


def build_cobc():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2024-25"
    ws["A1"] = COBC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Arising from the Self-Assessment Report 2023/24  |  Update for the Quality and "
                "Standards Committee, 11 February 2025")
    hdr = ["Ref", "Area for improvement (SAR 2023/24)", "Action", "Responsible", "By when",
           "Measure of impact", "Progress (February 2025)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
    rag_fill = {"Green": "92D050", "Amber": "FFC000", "Complete": "9BC2E6", "Red": "FF0000"}
    r = 5
    typo_row = None
    for row in COBC_ROWS:
        if row[0] == "section":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("E2EFDA")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            vals = row[1:]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if row[8] in rag_fill:
                ws.cell(row=r, column=8).fill = fill(rag_fill[row[8]])
            if row[5] == COBC_TYPO_CELL:
                typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete – action complete; Green – on track; Amber – "
                                   "behind plan; Red – not achieved; Not started.")
    for col, w in zip("ABCDEFGH", [6, 36, 48, 30, 14, 34, 40, 11]):
        ws.column_dimensions[col].width = w
    g = wb.create_sheet("SAR grades")
    g["A1"] = "Self-assessment grades 2023/24"
    g["A1"].font = Font(bold=True)
    for ri, (k, v) in enumerate([("Overall effectiveness", "Good"),
                                 ("Quality of education", "Requires improvement"),
                                 ("Behaviour and attitudes", "Good"),
                                 ("Personal development", "Good"),
                                 ("Leadership and management", "Good")], 3):
        g.cell(row=ri, column=1, value=k)
        g.cell(row=ri, column=2, value=v)
    g.column_dimensions["A"].width = 28
    g.column_dimensions["B"].width = 24
    wb.save(os.path.join(HERE, COBC_FILE))
    return typo_row


COBC_REFUSE_ROW = 9  # sheet row of "Janaury 2025" (action 1.4); checked in build_all


# ---------------------------------------------------------------------------
# 6. Teesside University - Athena Swan institutional action plan (csv)
# ---------------------------------------------------------------------------
TU_FILE = "nj1-teesside-university-athena-swan-institutional-action-plan.csv"
TU_TITLE = "Teesside University Athena Swan Bronze Award – Institutional Action Plan 2023–2028"
TP1 = "Priority 1: Increase the proportion of women in senior academic roles"
TO1 = "Women apply for academic promotion at the same rate as men."
TP2 = "Priority 2: Support staff with caring responsibilities"
TO2 = "Staff feel able to balance work and caring responsibilities."
TP3 = "Priority 3: Embed gender equality in culture and governance"
TO3 = "Athena Swan is embedded in school-level planning and reporting."
# priority, objective, ref, action, measure, responsibility, start, end, progress, rag, exp
TU_ROWS = [
    (TP1, TO1, "1.1",
     "Run annual promotion workshops, including a panel of recently promoted women, before "
     "each promotion round.",
     "Workshops held every year; 80% of attendees rate them useful.",
     "PVC (Academic Enhancement); Director of HR", "Sep-23", "Jan-24",
     "Workshops held January 2024 and January 2025.", "Complete",
     (["PVC (Academic Enhancement)", "Director of HR"], "2024-01", None, "blue")),
    ("", "", "1.2",
     "Publish anonymised promotion application and success rates by gender and school each "
     "year.",
     "Data published on the staff intranet annually.",
     "Director of HR", "Jun-24", "Dec-24",
     "2023-24 data published December 2024.", "Complete",
     (["Director of HR"], "2024-12", None, "blue")),
    ("", "", "1.3",
     "Introduce a sponsorship scheme pairing women senior lecturers with members of the "
     "professoriate.",
     "20 sponsorship pairs in place; 50% of sponsored staff apply for promotion within two "
     "years.",
     "Dean of School of Health & Life Sciences, Athena Swan SAT Chair", "Sep-24", "Jul-26",
     "Pilot with 8 pairs launched in the School of Health & Life Sciences.", "G",
     (["Dean of School of Health & Life Sciences", "Athena Swan SAT Chair"], "2026-07", None,
      "green")),
    (TP2, TO2, "2.1",
     "Review the flexible working policy with the staff networks and publish a manager’s "
     "guide.",
     "Revised policy approved; guide published; flexible working requests monitored.",
     "Head of HR Policy", "Sep-24", "Mar-25",
     "Consultation extended to include the Carers’ Network; approval now expected September "
     "2025.", "A",
     (["Head of HR Policy"], "2025-03", None, "amber")),
    ("", "", "2.2",
     "Introduce a returners’ fund for staff returning from maternity, adoption or shared "
     "parental leave.\nThe fund provides up to one term of teaching relief or research "
     "support.",
     "Fund launched; uptake and feedback reported annually.",
     "PVC (Research & Innovation)", "Jan-25", "Sep-25",
     "Fund approved by University Leadership Team; first call opens September 2025.", "G",
     (["PVC (Research & Innovation)"], "2025-09", None, "green")),
    ("", "", "2.3",
     "Establish a carers’ network with an executive sponsor.",
     "Network established and meeting termly.",
     "EDI Manager", "Sep-24", "Dec-24",
     "Network launched November 2024; sponsor is the Chief Operating Officer.", "Complete",
     (["EDI Manager"], "2024-12", None, "blue")),
    (TP3, TO3, "3.1",
     "Each school to report progress on its Athena Swan actions to the EDI Committee.",
     "All schools report each year.",
     "Deans of School", "Sep-23", "Annually",
     "All five schools reported in 2024-25.", "G",
     (["Deans of School"], None, "Annually", "green")),
    ("", "", "3.2",
     "Include gender equality questions in the staff survey and analyse the results by gender "
     "and grade.",
     "Questions included; results reported to the EDI Committee.",
     "Director of HR / Head of Organisational Development", "Sep-25", "Nov-25",
     "", "Not started",
     (["Director of HR", "Head of Organisational Development"], "2025-11", None, "unrated")),
    ("", "", "3.3",
     "Deliver active bystander training to all staff with line-management responsibilities.",
     "90% of line managers trained.",
     "Head of Organisational Development", "Jan-24", "Jul-25",
     "41% of line managers trained; external provider contract ended.", "R",
     (["Head of Organisational Development"], "2025-07", None, "red")),
]


def build_tu():
    path = os.path.join(HERE, TU_FILE)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([TU_TITLE] + [""] * 9)
        w.writerow(["Progress update for the Equality, Diversity and Inclusion Committee, "
                    "July 2025"] + [""] * 9)
        w.writerow([""] * 10)
        w.writerow(["Priority", "Objective", "Ref", "Action", "Success measure",
                    "Responsibility", "Start", "End", "Progress update", "RAG"])
        for row in TU_ROWS:
            w.writerow(list(row[:10]))
        w.writerow([""] * 10)
        w.writerow(["RAG key: Complete = action complete; G = on track; A = delayed; "
                    "R = significant delay; Not started = not yet due"] + [""] * 9)


def tu_expected():
    out = []
    cur_p = cur_o = None
    for row in TU_ROWS:
        p, o, ref, action = row[0], row[1], row[2], row[3]
        if p:
            cur_p, cur_o = p, o
        lead, end, end_text, st = row[10]
        out.append(A(ref, [cur_p, cur_o], action, lead, end, st, end_text))
    return out


# ---------------------------------------------------------------------------
# 7. Church View Surgery - CQC inspection action plan (tab-separated text)
# ---------------------------------------------------------------------------
CVS_FILE = "nj1-church-view-surgery-cqc-inspection-action-plan.txt"
CVS_TITLE = "Church View Surgery - CQC Inspection Action Plan"
CH1 = "Regulation 12 Safe care and treatment - Requirement notice"
CH2 = "Regulation 17 Good governance - Requirement notice"
CH3 = "Areas where the practice should improve"
CF1 = ("Patients prescribed high-risk medicines were not always monitored in line with "
       "national guidance.")
CF2 = ("Not all emergency medicines recommended in guidance were held and there was no risk "
       "assessment for those not stocked.")
CF3 = "Safety alerts (MHRA) were not always acted on and there was no record of the action taken."
CF4 = ("Staff training records were incomplete for safeguarding and infection prevention and "
       "control.")
CF5 = "Uptake of cervical screening was below the 80% target."
CF6 = "The practice should continue to improve patient access by telephone."
HDR = "Ref\tWhat CQC found\tAction we will take\tWho\tBy when\tStatus"
# (heading, [(ref, finding or '', action, who, when, status, expected)])
CVS_SECTIONS = [
    (CH1, [
        ("12.1", CF1, "Run monthly searches for patients on methotrexate, lithium and DOACs who "
                      "are overdue blood monitoring, and recall them.",
         "Clinical Pharmacist", "31/03/2025", "Completed",
         (CF1, ["Clinical Pharmacist"], "2025-03", None, "blue")),
        ("12.2", "", "GP to review all monitoring results and document the decision before any "
                     "repeat prescription is issued.",
         "Dr S Okafor", "Monthly", "On track",
         (CF1, ["Dr S Okafor"], None, "Monthly", "green")),
        ("12.3", CF2, "Purchase the missing emergency medicines and complete a risk assessment "
                      "for any not stocked.",
         "Lead Nurse/Practice Manager", "28/02/2025", "Completed",
         (CF2, ["Lead Nurse", "Practice Manager"], "2025-02", None, "blue")),
    ]),
    (CH2, [
        ("17.1", CF3, "Set up a shared safety alerts log; each alert is assigned to a named "
                      "clinician and closed at the weekly clinical meeting.",
         "Dr A Rahman & Practice Manager", "End of March 2025", "On track",
         (CF3, ["Dr A Rahman", "Practice Manager"], "2025-03", None, "green")),
        ("17.2", CF4, "All staff to complete outstanding safeguarding (level 3 for clinicians) "
                      "and IPC e-learning; training matrix updated monthly.",
         "Assistant Practice Manager", "April 2025", "Not started",
         (CF4, ["Assistant Practice Manager"], "2025-04", None, "unrated")),
        ("17.3", "", "Complete the annual IPC audit and agree an action plan for any findings.",
         "Lead Nurse", "30/06/2025", "On track",
         (CF4, ["Lead Nurse"], "2025-06", None, "green")),
    ]),
    (CH3, [
        ("S1", CF5, "Text and letter reminders for non-responders; additional Saturday clinics "
                    "for cervical screening appointments.",
         "Lead Nurse", "September 2025", "On track",
         (CF5, ["Lead Nurse"], "2025-09", None, "green")),
        ("S2", CF6, "Cloud-based telephony with call-back introduced; call data reviewed "
                    "monthly at the practice meeting.",
         "Practice Manager", "31/05/2025", "On track",
         (CF6, ["Practice Manager"], "2025-05", None, "green")),
    ]),
]


def cvs_lines():
    lines = [CVS_TITLE,
             "Inspection date: 14 January 2025\tReport published: 27 February 2025\t"
             "Overall rating: Requires improvement",
             "Prepared by: Practice Manager\tAgreed at partners' meeting: 12 March 2025",
             ""]
    for heading, rows in CVS_SECTIONS:
        lines.append(heading)
        lines.append(HDR)
        for ref, finding, action, who, when, status, _e in rows:
            lines.append("\t".join([ref, finding, action, who, when, status]))
        lines.append("")
    lines.append("Status key: Completed / On track / Delayed / Not started")
    lines.append("Next review: partners' meeting, June 2025")
    return lines


def build_cvs():
    with open(os.path.join(HERE, CVS_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(cvs_lines()) + "\n")


def cvs_expected():
    out = []
    for heading, rows in CVS_SECTIONS:
        for ref, finding, action, who, when, status, exp in rows:
            f, lead, end, end_text, st = exp
            out.append(A(ref, [heading, f], action, lead, end, st, end_text))
    return out


def build_all():
    build_cns()
    build_lpt()
    build_enht()
    build_ukri()
    row = build_cobc()
    assert row == COBC_REFUSE_ROW, row
    build_tu()
    build_cvs()


if __name__ == "__main__":
    build_all()
    print("built 7 files in", HERE)
