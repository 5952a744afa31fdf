"""Build the seven zfk- blind test files (set heldout816).

Run with /work/main/.venv/bin/python zfk_make.py from any directory; files are
written beside this script. Only files whose names start with zfk- are written.
"""
import csv
import datetime as dt
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
    assert name.startswith("zfk-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


XL_FILL = {
    "blue": "5B9BD5",
    "green": "92D050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DEEAF6",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(name):
    return PatternFill("solid", fgColor=XL_FILL[name])


# ======================================================================
# 1. HMP Grendon - HMIP inspection action plan (docx)
# ======================================================================
GRENDON_CONCERNS = [
    ("Priority concerns", [
        {
            "concern": "1. The prison was operating well below its operational capacity because too few suitable men were referred for therapy, and men who had been accepted often waited many months to transfer.",
            "response": "Agreed",
            "rationale": None,
            "actions": [
                ("1.1", "Agree a referral and transfer protocol with the Offender Personality Disorder (OPD) pathway and the HMPPS Population Management Unit, with a maximum wait of 12 weeks from acceptance to transfer.", "Head of Operations / OPD Pathway Lead", "30 June 2024", "Signed protocol; monthly transfer-wait data reported to the Senior Leadership Team"),
                ("1.2", "Deliver a programme of outreach visits to Category B and C prisons in the long-term and high security estate to promote therapeutic communities to men and staff.", "Head of Therapy (Oxford Health NHS FT)", "31 March 2025", "Outreach schedule; referral numbers by sending establishment"),
            ],
        },
        {
            "concern": "2. Vacancies in the clinical team had led to the temporary closure of a therapeutic community, and too many small therapy groups were cancelled at short notice.",
            "response": "Agreed",
            "rationale": None,
            "actions": [
                ("2.1", "Complete recruitment to vacant forensic psychologist and psychotherapist posts through a targeted advertising campaign, using recruitment and retention premia where these are approved.", "Clinical Director (Oxford Health NHS FT)", "September 2024", "Establishment and vacancy figures"),
                ("2.2", "Reopen C wing as a fully functioning therapeutic community once the agreed minimum clinical staffing level is in place.", "Governor", "December 2024", "Wing reopened; population figures"),
                ("2.3", "Record every cancelled therapy group and the reason for it, and review cancellations at the weekly Therapy Delivery Meeting with actions to prevent recurrence.", "Head of Therapy", "Ongoing – weekly", "Cancellation log; meeting minutes"),
            ],
        },
    ]),
    ("Key concerns", [
        {
            "concern": "3. Men on F wing, the assessment and preparation unit, spent too long locked in their cells and had limited access to education and work.",
            "response": "Agreed",
            "rationale": None,
            "actions": [
                ("3.1", "Introduce a revised regime on F wing that gives every man at least six hours unlocked each weekday, including allocated education or work sessions.", "Head of Residence", "31/05/2024", "Published regime; regime monitoring data"),
            ],
        },
        {
            "concern": "4. Some prisoners with disabilities did not have a personal emergency evacuation plan (PEEP), and night staff did not know who would need help in an emergency.",
            "response": "Agreed",
            "rationale": None,
            "actions": [
                ("4.1", "Complete a PEEP for every prisoner identified with a disability or mobility need on arrival, and keep an up-to-date list in each wing office and with the night orderly officer.", "Head of Safety", "30 April 2024", "PEEP register; night handover sheets"),
                ("4.2", "Include a check of PEEPs and wing lists in the monthly safer custody audit.", "Safer Custody Manager", "Monthly (ongoing)", "Audit returns"),
            ],
        },
        {
            "concern": "5. Release planning for the small number of men released directly from Grendon started too late, and some left without confirmed accommodation.",
            "response": "Partly Agreed",
            "rationale": "Accommodation on release depends on community probation and local authority housing provision, which is outside the control of the establishment. The prison will make sure that planning starts early and that gaps are escalated.",
            "actions": [
                ("5.1", "Make sure every man within 12 months of release has a pre-release planning meeting with his community probation practitioner, chaired by the Offender Management Unit.", "Head of Reducing Reoffending", "31 July 2024", "Meeting records on NDelius; release accommodation data"),
            ],
        },
    ]),
]


def make_grendon():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    h = doc.add_paragraph()
    r = h.add_run("Action Plan: HMP Grendon")
    r.bold = True
    r.font.size = Pt(18)
    for line in ["Action Plan Submitted: 12 March 2024",
                 "A Response to the HMIP Inspection: 23 October – 3 November 2023",
                 "Report Published: 6 February 2024"]:
        p = doc.add_paragraph()
        rr = p.add_run(line)
        rr.bold = True
        rr.font.size = Pt(12)

    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for and treatment of those in prison, young offender institutions and other "
        "places of detention. Following an inspection, HMIP reports up to 15 key concerns, of "
        "which a small number are identified as priorities. HM Prison and Probation Service "
        "(HMPPS) is required to produce an action plan in response to the report. The action "
        "plan confirms whether each concern is agreed, partly agreed or not agreed (see the "
        "categorisations below) and, where it is agreed or partly agreed, sets out specific, "
        "measurable actions with an owner and a target date for each.")

    cat = doc.add_table(rows=4, cols=3)
    cat.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the concern is accepted, can be addressed and is affordable.", "The response should explain how the concern will be addressed, with SMART actions and timescales."),
            ("Partly Agreed", "Only part of the concern is accepted, or it can only be partly addressed.", "The response must state which part will be addressed and why the remainder cannot be."),
            ("Not Agreed", "The concern is not accepted.", "The response must explain why.")]
    for i, row in enumerate(rows):
        for j, t in enumerate(row):
            set_text(cat.cell(i, j), t, bold=(i == 0))
            if i == 0:
                shade(cat.cell(i, j), "D9D9D9")

    for section, concerns in GRENDON_CONCERNS:
        doc.add_paragraph()
        p = doc.add_paragraph()
        rr = p.add_run(section)
        rr.bold = True
        rr.font.size = Pt(13)
        for c in concerns:
            nrows = 3 + (1 if c["rationale"] else 0) + len(c["actions"])
            t = doc.add_table(rows=nrows, cols=5)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 4))
            set_text(top, c["concern"], bold=True)
            shade(top, "D9D9D9")
            set_text(t.cell(1, 0), "Response:", bold=True)
            resp = t.cell(1, 1).merge(t.cell(1, 4))
            set_text(resp, c["response"], bold=True)
            ri = 2
            if c["rationale"]:
                rat = t.cell(2, 0).merge(t.cell(2, 4))
                set_text(rat, c["rationale"])
                ri = 3
            for j, hd in enumerate(["Ref", "Action", "Responsible owner", "Target date", "How will this be evidenced?"]):
                set_text(t.cell(ri, j), hd, bold=True)
                shade(t.cell(ri, j), "F2F2F2")
            for k, a in enumerate(c["actions"]):
                for j, v in enumerate(a):
                    set_text(t.cell(ri + 1 + k, j), v)
            doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        set_text(so.cell(0, j), v, bold=True)
    for j, v in enumerate(["R. Hallam", "Governor, HMP Grendon and HMP Springhill", "12 March 2024"]):
        set_text(so.cell(1, j), v)
    doc.save(out("zfk-hmp-grendon-hmip-inspection-action-plan.docx"))


# ======================================================================
# 2. Bedfordshire PDU - HMI Probation inspection action plan (txt, tab-separated)
# ======================================================================
BEDS_HEADER = ["Recommendation", "Agreed?", "Action no", "Action", "Action owner",
               "Target date", "Revised date", "RAG", "Progress update"]
BEDS_SECTIONS = [
    ("BEDFORDSHIRE PDU SHOULD:", [
        ("1. improve the quality of assessment, planning and reviewing of the risk of harm, making sure that information from the police and children’s services is used in every relevant case", "Agreed", [
            ("1.1", "Deliver mandatory risk of harm refresher workshops to all POs and PSOs, covering domestic abuse and child safeguarding enquiries", "Deputy Head of PDU", "31/10/2024", "", "B", "Complete. 47 of 52 staff attended; catch-up sessions booked for the remainder"),
            ("1.2", "Introduce a monthly SPO quality assurance audit of 5 cases per team using the risk of serious harm assurance tool, with findings reported to the PDU Quality Board", "SPOs; Quality Development Officer", "Dec-24", "", "G", "First two audit cycles complete; themes shared at team meetings"),
            ("1.3", "Agree a revised information-sharing protocol with Bedfordshire Police and the three local authority children’s services so that domestic abuse and safeguarding checks are returned within 10 working days", "Head of PDU", "30/09/2024", "31/01/2025", "A", "Agreed with Bedford and Central Bedfordshire; Luton sign-off delayed by restructure"),
        ]),
        ("2. make sure that staff have manageable workloads, allocating cases according to risk, and regularly review the services that have been deprioritised", "Agreed", [
            ("2.1", "Review case allocation weekly at the PDU workload meeting using the Workload Measurement Tool and the Prioritisation Framework", "Deputy Head of PDU", "Ongoing", "", "G", "Weekly meeting in place since August"),
            ("2.2", "Complete the recruitment of 6 trainee probation officers (PQiP) and 4 PSOs through the national recruitment campaign", "Business Manager", "Q4 2024/25", "", "A", "4 PQiP and 2 PSOs in post; remaining posts re-advertised"),
        ]),
        ("3. make sure that all staff feel safe at work, and that concerns about racism, discrimination and poor behaviour are listened to and acted on", "Agreed", [
            ("3.1", "Hold listening circles facilitated by the Race Equality Lead at each office (Bedford, Luton and Dunstable)", "Head of PDU & Race Equality Lead", "Nov-24", "", "B", "Completed 14/11/2024; summary shared with all staff"),
            ("3.2", "Monitor reports of discrimination made through the Dignity at Work process and report themes to the Senior Leadership Team", "Head of PDU", "Quarterly", "", "G", "Q2 report presented to SLT in October"),
        ]),
    ]),
    ("EAST OF ENGLAND REGION SHOULD:", [
        ("4. make sure that the PDU has access to commissioned rehabilitative services for accommodation and personal wellbeing that meet demand", "Partly agreed", [
            ("4.1", "Review CRS referral and uptake data with providers and agree additional accommodation and wellbeing capacity for the Luton office", "Regional Head of Commissioning", "31/03/2025", "", "R", "Provider capacity unchanged; escalated to the Regional Probation Director"),
        ]),
        ("5. make sure that the PDU receives enough support from the regional learning and development team to develop newly qualified officers", "Agreed", [
            ("5.1", "Provide a dedicated NQO consolidation programme for Bedfordshire, starting with the January 2025 cohort", "Regional Head of Learning and Development", "January 2025", "", "G", "Programme designed; 9 NQOs enrolled"),
        ]),
    ]),
]


def beds_lines():
    lines = [
        "Bedfordshire PDU – HM Inspectorate of Probation Inspection Action Plan",
        "Probation Service, East of England Region",
        "Inspection report published: 11 July 2024\t\tOverall rating: Requires improvement",
        "Tracker owner: Head of PDU\t\tLast updated: 07/11/2024",
        "",
        "\t".join(BEDS_HEADER),
    ]
    for sec, recs in BEDS_SECTIONS:
        lines.append(sec)
        for rec, agreed, acts in recs:
            for i, a in enumerate(acts):
                lead = [rec, agreed] if i == 0 else ["", ""]
                lines.append("\t".join(lead + list(a)).rstrip("\t"))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = at risk of slipping; R = off track or overdue",
        "Note: recommendations made to HMPPS nationally are tracked by the Probation Operational Delivery team and are not included here.",
    ]
    return lines


def make_beds():
    with open(out("zfk-probation-service-bedfordshire-pdu-hmi-probation-inspection-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(beds_lines()) + "\r\n")


# ======================================================================
# 3. St Edmund's College, Ware - ISI inspection action plan (docx)
# ======================================================================
ISI_KEY = [("blue", "Completed"), ("green", "On track"), ("amber", "Started – some slippage"), ("red", "Overdue / significant concern")]
DOCX_FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
ISI_PART_A = [
    ("Part 4, paragraph 21 – Register of staff: the single central register did not record, for every member of staff who had lived or worked overseas, the date on which the additional checks were completed.", [
        ("Complete an audit of the single central register against all staff files, including peripatetic music staff and sports coaches.", "Bursar and HR Manager", "30 April 2024", "Every entry complete and verified; audit signed by the Bursar", "blue"),
        ("Add a column for the date overseas checks were completed and train the HR team in its use.", "HR Manager", "30 April 2024", "Register shows dates for all relevant staff", "blue"),
        ("The nominated safeguarding governor to check the register each term and report to the full Governing Body.", "Nominated Safeguarding Governor", "Summer term 2024", "Termly governor report minuted", "green"),
    ]),
    ("Part 3, paragraph 16 – Risk assessment: the written risk assessment for boarders’ weekend off-site activities did not set out staffing ratios or supervision arrangements.", [
        ("Rewrite the risk assessment for boarders’ weekend off-site activities, including staffing ratios and supervision arrangements for each type of activity.", "Director of Boarding", "31 May 2024", "Revised risk assessment approved by the Health and Safety Committee", "blue"),
        ("Require the Educational Visits Coordinator to check every off-site boarding activity risk assessment before the activity is approved.", "Educational Visits Coordinator", "June 2024", "EVC sign-off recorded for all trips", "amber"),
    ]),
]
ISI_PART_B = [
    ("1. Leaders should ensure that the tracking of pupils’ progress in the sixth form is used consistently to identify and support those who are falling behind.", [
        ("1a", "Introduce half-termly sixth form progress reviews using the new tracking dashboard, with tutor follow-up for any pupil more than one grade below target.", "Head of Sixth Form", "Autumn term 2024", "green"),
        ("1b", "Train all sixth form tutors in using assessment data in one-to-one mentoring.", "Deputy Head (Academic)", "INSET, September 2024", "blue"),
    ]),
    ("2. Leaders should strengthen the oversight of the behaviour policy in the boarding houses so that sanctions are applied consistently.", [
        ("2a", "Review the boarding sanctions log each half term at the Pastoral Committee and share findings with house staff.", "Director of Boarding / Deputy Head (Pastoral)", "Termly", "green"),
    ]),
]


def make_isi():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    t = doc.add_paragraph()
    r = t.add_run("St Edmund’s College, Ware – Action Plan following the ISI Inspection, March 2024")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection dates: 5–7 March 2024. Report published: 18 April 2024.")
    doc.add_paragraph("Prepared by the Head and Senior Leadership Team. Approved by the Governing Body on 23 May 2024 and reviewed termly by the Education and Safeguarding Committee.")

    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("1.0", "23/05/2024", "Head", "Approved by Governing Body"),
                             ("1.3", "04/11/2024", "Deputy Head (Pastoral)", "Autumn term progress update")]):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, bold=(i == 0))

    p = doc.add_paragraph()
    p.add_run("Progress key").bold = True
    kt = doc.add_table(rows=len(ISI_KEY), cols=2)
    kt.style = "Table Grid"
    for i, (col, meaning) in enumerate(ISI_KEY):
        shade(kt.cell(i, 0), DOCX_FILL[col])
        set_text(kt.cell(i, 1), meaning)

    doc.add_paragraph()
    h = doc.add_paragraph()
    rr = h.add_run("Part A – Areas for action (Standards not met)")
    rr.bold = True
    rr.font.size = Pt(13)
    doc.add_paragraph("The inspection found that the following Standards were not met. The actions below form the action plan submitted to the Department for Education.")
    nrows = 1 + sum(len(a) for _, a in ISI_PART_A)
    ta = doc.add_table(rows=nrows, cols=6)
    ta.style = "Table Grid"
    for j, hd in enumerate(["Standard not met", "Action to be taken", "Person(s) responsible", "Date by which action will be taken", "Success criteria", "Progress"]):
        set_text(ta.cell(0, j), hd, bold=True)
        shade(ta.cell(0, j), "D9E2F3")
    ri = 1
    for std, acts in ISI_PART_A:
        first = ri
        for a in acts:
            text, who, when, crit, col = a
            set_text(ta.cell(ri, 1), text)
            set_text(ta.cell(ri, 2), who)
            set_text(ta.cell(ri, 3), when)
            set_text(ta.cell(ri, 4), crit)
            shade(ta.cell(ri, 5), DOCX_FILL[col])
            ri += 1
        m = ta.cell(first, 0).merge(ta.cell(ri - 1, 0))
        set_text(m, std, bold=True)

    doc.add_paragraph()
    h = doc.add_paragraph()
    rr = h.add_run("Part B – Recommended next steps")
    rr.bold = True
    rr.font.size = Pt(13)
    nrows = 1 + sum(1 + len(a) for _, a in ISI_PART_B)
    tb = doc.add_table(rows=nrows, cols=5)
    tb.style = "Table Grid"
    for j, hd in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress"]):
        set_text(tb.cell(0, j), hd, bold=True)
        shade(tb.cell(0, j), "D9E2F3")
    ri = 1
    for step, acts in ISI_PART_B:
        m = tb.cell(ri, 0).merge(tb.cell(ri, 4))
        set_text(m, step, bold=True)
        shade(m, "F2F2F2")
        ri += 1
        for ref, text, who, when, col in acts:
            set_text(tb.cell(ri, 0), ref)
            set_text(tb.cell(ri, 1), text)
            set_text(tb.cell(ri, 2), who)
            set_text(tb.cell(ri, 3), when)
            shade(tb.cell(ri, 4), DOCX_FILL[col])
            ri += 1

    doc.add_paragraph()
    doc.add_paragraph("Signed: Chair of Governors          Signed: Head")
    doc.save(out("zfk-st-edmunds-college-ware-isi-inspection-action-plan.docx"))


# ======================================================================
# 4. Buckinghamshire New University - OfS B&M quality assessment action plan (xlsx)
# ======================================================================
BNU_OPEN = [
    ("Concern 1 (B1): Teaching and learning resources were not consistently up-to-date, so students did not consistently receive a high quality academic experience.", [
        ("1.1", "Review every business and management module reading list and learning resource through annual module review, with a currency check signed off by the Head of School.", "Head of School (Business) / Director of Library and Learning Resources", dt.datetime(2024, 7, 31), dt.datetime(2024, 12, 20), "Amber", "Green", "Reading lists for 86% of modules reviewed; remaining modules scheduled for December Module Review Board."),
    ]),
    ("Concern 2 (B1): A lack of adequate educational leadership and academic governance meant that weaknesses in the academic experience were not identified and addressed.", [
        ("2.1", "Appoint a Director of Education for the School of Business with responsibility for course quality and enhancement.", "Pro Vice-Chancellor (Education)", dt.datetime(2024, 6, 30), None, "Amber", "Complete", "Director of Education in post from 1 July 2024."),
        ("2.2", "Revise the terms of reference of School Academic Committee so that continuation, NSS and module evaluation data are reviewed at every meeting, with actions reported to Academic Board.", "Academic Registrar", dt.datetime(2024, 9, 30), dt.datetime(2025, 1, 31), "Red", "Amber", "Revised terms of reference drafted; approval deferred to January Academic Board."),
    ]),
    ("Concern 3 (B2): The quality of the virtual learning environment (VLE) was not consistent, although the students recruited needed high quality resources to support independent learning.", [
        ("3.1", "Introduce a minimum VLE standard for all business and management modules and audit compliance at the start of each term.", "Director of Digital Learning", dt.datetime(2024, 9, 16), None, "Green", "Green", "Standard published; first audit found 91% compliance."),
        ("3.2", "Provide VLE design workshops for all module leaders who did not meet the standard in the first audit.", "Director of Digital Learning", dt.datetime(2024, 11, 29), None, "Not started", "Green", "Workshops booked for 6 and 13 November."),
    ]),
    ("Concern 4 (B2): Students’ academic support needs were not consistently identified at the start of their course.", [
        ("4.1", "Introduce a diagnostic academic skills assessment for all new business and management students during induction, with results shared with personal tutors.", "Head of Student Success", dt.datetime(2024, 10, 31), None, "Amber", "Red", "Diagnostic tool procurement delayed; interim paper-based assessment used for September intake."),
    ]),
    ("Concern 5 (B2): There was considerable variability between the pedagogical and teaching skills of different academic staff.", [
        ("5.1", "Require all teaching staff without a recognised teaching qualification to enrol on the PGCert Higher Education or gain Advance HE Fellowship within two years of appointment.", "Director of Academic Development", "Ongoing", None, "Green", "Green", "31 staff enrolled; 12 Fellowship applications submitted."),
        ("5.2", "Run a peer observation of teaching cycle across the School of Business, with themes reported to School Academic Committee.", "Director of Education (Business) & Head of School (Business)", dt.datetime(2025, 3, 31), None, "Not started", "Amber", "Observation pairs agreed; first cycle starts in January."),
    ]),
]
BNU_CLOSED = [
    ("1.2", 0, "Replace out-of-date core textbooks with current editions and e-book licences for all level 4 business modules.", "Director of Library and Learning Resources", dt.datetime(2024, 4, 30), "Complete", "All level 4 core texts available as e-books from April 2024."),
    ("3.3", 2, "Move all business and management modules to the standard VLE module template.", "Director of Digital Learning", dt.datetime(2024, 8, 31), "Complete", "Template applied to all 64 modules before the start of term."),
]
BNU_RAG = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Not started": "grey"}


def make_bnu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Buckinghamshire New University: Response to the OfS Quality Assessment of Business and Management – Action Plan"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "OfS assessment report published January 2024"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Institutional action plan – report to Academic Board and the Board of Governors"
    ws["A5"] = "Version"
    ws["B5"] = "Date"
    ws["C5"] = "Owner"
    ws["D5"] = "Note"
    for c in "ABCD":
        ws[c + "5"].font = Font(bold=True)
    ws.append(["1.0", "15/03/2024", "PVC (Education)", "Plan approved by Academic Board"])
    ws.append(["1.4", "27/11/2024", "Quality Assurance Manager", "Progress update for Board of Governors"])
    ws["A9"] = "RAG key"
    ws["A9"].font = Font(bold=True)
    key = [("Complete", "Action complete and evidenced"), ("Green", "On track to meet deadline"),
           ("Amber", "At risk – mitigation in place"), ("Red", "Off track – escalation required"),
           ("Not started", "Not yet due to start")]
    for i, (k, meaning) in enumerate(key):
        r = 10 + i
        ws.cell(r, 1, k).fill = xfill(BNU_RAG[k])
        ws.cell(r, 2, meaning)
    ws["A16"] = "Summary at 27/11/2024"
    ws["A16"].font = Font(bold=True)
    summary = [("Total actions", 10), ("Complete", 3), ("Green", 4), ("Amber", 2), ("Red", 1)]
    for i, (k, n) in enumerate(summary):
        ws.cell(17 + i, 1, k)
        ws.cell(17 + i, 2, n)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 36

    ap = wb.create_sheet("Action Plan")
    ap["A1"] = "OfS Business and Management Assessment – Action Plan"
    ap["A1"].font = Font(bold=True, size=14)
    ap["A2"] = "Position at 27 November 2024"
    hdr = ["Area of concern (OfS condition)", "Action ref", "Action", "Lead",
           "Original deadline", "Revised deadline", "Previous RAG", "Current RAG", "Progress commentary"]
    for j, hd in enumerate(hdr, 1):
        c = ap.cell(4, j, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for concern, acts in BNU_OPEN:
        first = r
        for a in acts:
            ref, text, lead, orig, rev, prev, cur, comm = a
            vals = [None, ref, text, lead, orig, rev, prev, cur, comm]
            for j, v in enumerate(vals, 1):
                c = ap.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ap.cell(r, 7).fill = xfill(BNU_RAG[prev])
            ap.cell(r, 8).fill = xfill(BNU_RAG[cur])
            r += 1
        ap.cell(first, 1, concern)
        for j in (1,):
            ap.cell(first, j).alignment = WRAP
            ap.cell(first, j).fill = xfill("pale")
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    ap.cell(r + 1, 1, "Completed actions are moved to the 'Closed actions' sheet once evidence has been verified by the Quality Assurance Manager.")
    widths = [42, 8, 48, 30, 11, 11, 11, 11, 44]
    for j, w in enumerate(widths, 1):
        ap.column_dimensions[chr(64 + j)].width = w

    cl = wb.create_sheet("Closed actions")
    cl["A1"] = "Closed actions (evidence verified)"
    cl["A1"].font = Font(bold=True, size=12)
    for j, hd in enumerate(["Area of concern (OfS condition)", "Action ref", "Action", "Lead", "Deadline", "Status", "Evidence"], 1):
        c = cl.cell(3, j, hd)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
    for i, (ref, ci, text, lead, dl, status, ev) in enumerate(BNU_CLOSED):
        row = 4 + i
        for j, v in enumerate([BNU_OPEN[ci][0], ref, text, lead, dl, status, ev], 1):
            c = cl.cell(row, j, v)
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        cl.cell(row, 6).fill = xfill("blue")
    for j, w in enumerate([42, 9, 50, 32, 12, 11, 44], 1):
        cl.column_dimensions[chr(64 + j)].width = w
    wb.save(out("zfk-buckinghamshire-new-university-ofs-business-management-quality-assessment-action-plan.xlsx"))


# ======================================================================
# 5. Gwent Police - HMICFRS 'Finding time for crime' recommendations tracker (xlsx)
# ======================================================================
GWENT_RECS = [
    ("Rec 1 - Crime scene mgmt",
     "Recommendation 1: By March 2023, forces should make sure their crime scene management practices adhere to the authorised professional practice on managing investigations for serious acquisitive crime (SAC), or provide a rationale for deviating from it.",
     "Chief officer lead: ACC Operations",
     [
         ("1.1", "Update the Force Control Room call-handling script for burglary, robbery and vehicle crime to include crime scene preservation advice, including doorbell and dashcam footage.", "Supt Force Control Room", dt.datetime(2022, 12, 31), None, "Complete", "New script live from 5 December 2022; compliance checked in call audits."),
         ("1.2", "Dip-sample 50 SAC incidents each month to confirm a THRIVE assessment is recorded and repeat victims are flagged, and report compliance to the Crime Standards Board.", "Crime and Incident Standards Manager", "Monthly", None, "On track", "July dip sample: THRIVE recorded in 46 of 50; repeat victim flag in 41 of 50."),
         ("1.3", "Introduce a CSI attendance policy for all domestic burglaries, with a target of attendance within 24 hours of report.", "Head of Scientific Support", dt.datetime(2023, 2, 28), None, "Complete", "Policy in place; 24-hour attendance 88% in Q1 2023/24."),
         ("1.4", "Review the crime screening and investigative standards policy for SAC against APP and publish revised guidance on the intranet.", "D/Supt Crime Operations", dt.datetime(2023, 3, 31), dt.datetime(2023, 6, 30), "At risk", "Draft policy with Legal Services; publication expected in June."),
     ]),
    ("Rec 2 - Supervision",
     "Recommendation 2: By March 2023, forces should make sure that SAC investigations are subject to effective supervision and direction.",
     "Chief officer lead: ACC Operations",
     [
         ("2.1", "Introduce a mandatory 7-day supervisory review for all SAC investigations on Niche, with a compulsory investigation plan field.", "D/Supt Crime Operations", dt.datetime(2023, 3, 31), None, "Complete", "Niche change deployed 20 March 2023."),
         ("2.2", "Deliver supervisory investigation training to all newly promoted sergeants through the Sergeants' Development Programme.", "Head of Learning & Development / Ch Insp Training", dt.datetime(2023, 9, 30), None, "On track", "Two of four cohorts trained."),
         ("2.3", "Add SAC supervision compliance to the monthly performance and accountability meetings for each Local Policing Area.", "Ch Supt Local Policing", "Ongoing", None, "On track", "Standing agenda item from April 2023."),
         ("2.4", "Audit 100 finalised SAC investigations to check supervisory oversight and outcome decisions, and report findings to Force Performance Board.", "Head of Performance and Insight", dt.datetime(2023, 8, 31), dt.datetime(2023, 12, 31), "Off track", "Audit postponed because of analyst vacancies; revised date agreed at Force Performance Board."),
     ]),
]
GWENT_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red"}


def make_gwent():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Gwent Police – HMICFRS Recommendations Tracker"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "The police response to burglary, robbery and other acquisitive crime – Finding time for crime (HMICFRS, August 2022)"
    sm["A3"] = "Position as at 31/08/2023 – Strategic Change and Performance Board"
    for j, hd in enumerate(["Recommendation", "Actions", "Complete", "Open", "Overall status"], 1):
        c = sm.cell(5, j, hd)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
    sm.append(["Recommendation 1", 4, 2, 2, "At risk"])
    sm.append(["Recommendation 2", 4, 1, 3, "On track"])
    sm.append(["Total", 8, 3, 5, None])
    sm["A7"].font = Font(bold=True)
    sm.cell(6, 5).fill = xfill("amber")
    sm.cell(7, 5).fill = xfill("green")
    sm["A10"] = "Status key"
    sm["A10"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([("Complete", "Blue – action delivered and evidenced"), ("On track", "Green"), ("At risk", "Amber"), ("Off track", "Red")]):
        sm.cell(11 + i, 1, k).fill = xfill(GWENT_FILL[k])
        sm.cell(11 + i, 2, meaning)
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 30
    sm.column_dimensions["E"].width = 16

    for title, rec, lead, acts in GWENT_RECS:
        ws = wb.create_sheet(title)
        ws["A1"] = "HMICFRS – Finding time for crime (August 2022)"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = rec
        ws["A2"].font = Font(bold=True)
        ws["A2"].alignment = WRAP
        ws.merge_cells("A2:H2")
        ws.row_dimensions[2].height = 48
        ws["A3"] = lead
        hdr = ["Ref", "Action", "Action owner", "Due date", "Revised due date", "Status", "Update (31/08/2023)", "Evidence held"]
        for j, hd in enumerate(hdr, 1):
            c = ws.cell(5, j, hd)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("navy")
            c.border = BORDER
        for i, (ref, text, owner, due, rev, status, upd) in enumerate(acts):
            r = 6 + i
            vals = [ref, text, owner, due, rev, status, upd, "SharePoint > HMICFRS > SAC"]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = xfill(GWENT_FILL[status])
        for j, w in enumerate([6, 55, 28, 12, 12, 11, 45, 24], 1):
            ws.column_dimensions[chr(64 + j)].width = w
    wb.save(out("zfk-gwent-police-hmicfrs-finding-time-for-crime-recommendations-tracker.xlsx"))


# ======================================================================
# 6. Lancashire FRS - internal audit actions tracker, typo month (xlsx, refuse)
# ======================================================================
LFRS_AUDITS = [
    ("Cyber security", "2024/25", "Moderate", [
        ("CS1", "Complete the rollout of multi-factor authentication to all remote access accounts, including retained duty system staff.", "High", "Head of ICT", "December 2024", "March 2025", "In progress", "MFA live for 92% of accounts; RDS rollout continuing station by station."),
        ("CS2", "Test the ICT disaster recovery plan and report the results to the Corporate Programme Board.", "Medium", "Head of ICT", "March 2025", "", "Not started", "Test scheduled for March 2025."),
    ]),
    ("Implementation of learning from national incidents", "2024/25", "Substantial", [
        ("NL1", "Record every national operational learning (NOL) and joint organisational learning (JOL) action on the operational assurance tracker, with an owner and a target date.", "Medium", "Area Manager, Operational Assurance", "January 2025", "", "Complete", "All open NOL/JOL actions now on the tracker."),
    ]),
    ("Accounts payable", "2024/25", "Substantial", [
        ("AP1", "Remove leavers' access to the purchase-to-pay system within five working days of leaving, using the monthly HR leavers report.", "Medium", "Head of Finance", "November 2024", "Febuary 2025", "In progress", "Monthly check introduced; two historic accounts still to be closed."),
        ("AP2", "Review and update the supplier bank detail change procedure to require a call-back to a known contact.", "High", "Head of Finance", "October 2024", "", "Complete", "Procedure updated and issued to the finance team."),
    ]),
    ("Fleet and engineering stores", "2023/24", "Moderate", [
        ("FE1", "Carry out a full stock count at the Fleet workshop stores and reconcile to the stores system.", "Medium", "Head of Fleet and Engineering Services", "June 2024", "January 2025", "In progress", "Count complete; reconciliation of variances in progress."),
        ("FE2", "Introduce a monthly check of vehicle defect reports against the fleet management system.", "Low", "Fleet Manager / Workshop Supervisor", "September 2024", "", "Complete", "Monthly check in place since September."),
    ]),
]
LFRS_FILL = {"Complete": "blue", "In progress": "amber", "Not started": "grey"}


def make_lfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding actions"
    ws["A1"] = "Internal Audit – Follow-up of Agreed Management Actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Lancashire Combined Fire Authority Audit Committee – position at 28 February 2025"
    ws["A2"].font = Font(bold=True)
    hdr = ["Audit", "Plan year", "Assurance", "Ref", "Agreed action", "Priority", "Responsible officer",
           "Original target date", "Revised target date", "Status", "Management comment"]
    for j, hd in enumerate(hdr, 1):
        c = ws.cell(4, j, hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    for audit, yr, assurance, acts in LFRS_AUDITS:
        first = r
        for ref, text, prio, officer, orig, rev, status, comm in acts:
            vals = [None, None, None, ref, text, prio, officer, orig, rev or None, status, comm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(r, 10).fill = xfill(LFRS_FILL[status])
            r += 1
        for j, v in enumerate([audit, yr, assurance], 1):
            ws.cell(first, j, v).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    ws.cell(r + 1, 1, "Priority: High = fundamental control weakness; Medium = significant; Low = minor. Internal audit is provided by Lancashire County Council Internal Audit Service.")
    for j, w in enumerate([24, 9, 12, 6, 52, 9, 30, 14, 14, 12, 44], 1):
        ws.column_dimensions[chr(64 + j)].width = w
    wb.save(out("zfk-lancashire-fire-rescue-service-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))
    # the row holding the misspelt month, for the expected reading
    row = 5
    for _, _, _, acts in LFRS_AUDITS:
        for a in acts:
            if a[5] == "Febuary 2025":
                return row
            row += 1


# ======================================================================
# 7. Thornaby Academy (Northern Education Trust) - post-Ofsted action plan (csv)
# ======================================================================
THORNABY_HEADER = ["Priority", "What the school needs to do to improve (Ofsted)", "Ref", "Action",
                   "Lead(s)", "Monitored by", "Deadline", "RAG", "Impact / evidence"]
THORNABY = [
    ("Priority 1: Curriculum and assessment",
     "In some subjects, teachers do not check pupils’ understanding carefully enough before moving on. Leaders should ensure that teachers use assessment effectively to identify and address gaps in pupils’ knowledge.",
     [
         ("1.1", "Whole-staff CPD on checking for understanding (hinge questions, mini-whiteboards, cold calling), followed by fortnightly instructional coaching for all teachers.", "Deputy Headteacher (Quality of Education)", "Principal; NET Regional Director", "Spring term 2024", "Complete", "All teaching staff coached; QA in February showed checking for understanding in 8 of 10 lessons seen"),
         ("1.2", "Subject leaders in science, geography and MFL to map the key knowledge pupils must retain and build retrieval quizzes into each unit.", "Subject leaders / Assistant Headteacher (Curriculum)", "LAC", "Summer term 2024", "Green", "Knowledge organisers complete for science and geography; MFL in progress"),
         ("1.3", "Trust subject network leads to carry out a review of assessment in science and MFL.", "NET Director of Secondary Education", "LAC", "31/03/2024", "Complete", "Review reports received; actions added to department plans"),
     ]),
    ("Priority 2: Reading",
     "Some pupils who are at an early stage of learning to read do not get the support they need to catch up quickly. Leaders should ensure that these pupils are identified swiftly and that staff have the expertise to help them become fluent readers.",
     [
         ("2.1", "Screen all pupils in Years 7 to 9 using the NGRT reading test and identify those reading below their chronological age.", "SENDCo & Reading Lead", "Deputy Headteacher (Quality of Education)", "February half term 2024", "Complete", "All pupils screened; 64 pupils identified for intervention"),
         ("2.2", "Weekly reading intervention for pupils identified through screening:\n- Fresh Start phonics for the weakest readers\n- fluency groups led by trained teaching assistants", "Reading Lead", "SENDCo", "Summer term 2024", "Amber", "Fresh Start running; fluency groups delayed by TA absence"),
         ("2.3", "Train all teaching assistants to deliver the Fresh Start programme.", "JBr/KLo", "SENDCo", "30/04/2024", "Green", "Training booked with English hub"),
     ]),
    ("Priority 3: Attendance",
     "Too many pupils, particularly disadvantaged pupils, are persistently absent. Leaders should continue to work with families to improve attendance.",
     [
         ("3.1", "Introduce a tiered attendance response (letters, attendance panels, home visits) using the trust attendance framework, with daily first-day calling.", "Assistant Headteacher (Attendance and Inclusion)", "Principal", "Autumn term 2024", "Red", "Persistent absence 27.1% (target 20%); family liaison officer post vacant since April"),
         ("3.2", "Appoint an attendance champion for each year group and report attendance for disadvantaged pupils to every LAC meeting.", "Principal", "LAC Chair", "Ongoing", "Green", "Champions in place; standing LAC agenda item"),
     ]),
]


def make_thornaby():
    rows = [
        ["Thornaby Academy – Post-Ofsted Action Plan"] + [""] * 8,
        ["Inspection 14–15 November 2023 | Overall effectiveness: Requires improvement"] + [""] * 8,
        ["Northern Education Trust | Reviewed at each Local Academy Council (LAC) meeting | Last updated 10/06/2024"] + [""] * 8,
        [""] * 9,
        THORNABY_HEADER,
    ]
    for prio, ofsted, acts in THORNABY:
        for i, a in enumerate(acts):
            lead = [prio, ofsted] if i == 0 else ["", ""]
            rows.append(lead + list(a))
    rows.append([""] * 9)
    rows.append(["RAG: Complete = done and evidenced; Green = on track; Amber = some concern; Red = off track"] + [""] * 8)
    with open(out("zfk-northern-education-trust-thornaby-academy-post-ofsted-action-plan.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


if __name__ == "__main__":
    make_grendon()
    make_beds()
    make_isi()
    make_bnu()
    make_gwent()
    print("LFRS typo row:", make_lfrs())
    make_thornaby()
    print("done")
