#!/usr/bin/env python3
"""Build the seven xo- blind test files (set heldout558).

Run with: /work/main/.venv/bin/python xo_make.py
Writes only files whose names start with "xo-" into the folder of this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("xo-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers (docx)

def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    r.font.size = Pt(size)
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold
        r.font.size = Pt(size)


def bold_para(doc, text, size=11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- helpers (xlsx)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill("solid", start_color=hex_rgb, end_color=hex_rgb)


RAG_FILL = {
    "R": fill("FF0000"), "A": fill("FFC000"), "G": fill("00B050"), "B": fill("0070C0"),
}


def write_row(ws, r, values, bold=False, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        if border:
            cell.border = BOX


# =================================================================== 1. ETI docx

def make_steelstown():
    doc = Document()
    doc.add_heading("Steelstown Primary School Post-Inspection Action Plan 2025–26", level=0)
    doc.add_paragraph(
        "Response of the Board of Governors to the Education and Training Inspectorate "
        "report (inspection: February 2025)")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        ("School", "Steelstown Primary School, Derry~Londonderry"),
        ("Approved by the Board of Governors", "12 June 2025"),
        ("Submitted to ETI", "20 June 2025"),
        ("Review dates", "October 2025, January 2026, May 2026"),
    ]
    for i, (a, b) in enumerate(rows):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)

    doc.add_paragraph()
    doc.add_paragraph(
        "Progress key (colour in the final column, updated at each review): "
        "Green – completed; Amber – in progress; Red – behind schedule; "
        "no colour – not yet started.")

    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    afis = [
        ("Area for Improvement 1",
         "To use assessment information more effectively to plan for the progression of "
         "the children’s learning in numeracy across the school.",
         [
             ("1.1", "Review the school’s assessment calendar and agree how PTM and teacher "
                     "assessment data will be used at planning meetings.",
              "Principal / Numeracy Co-ordinator", "September 2025",
              "Assessment calendar agreed by all staff.", GREEN),
             ("1.2", "Provide whole-staff training on analysing standardised test data to "
                     "identify next steps for individual children.\nFollow-up coaching "
                     "for early career teachers.",
              "Numeracy Co-ordinator", "Autumn term 2025",
              "Teachers’ planning shows next steps linked to assessment data.", AMBER),
             ("1.3", "Introduce pupil progress meetings between class teachers and the "
                     "senior leadership team, with a focus on children who are not making "
                     "expected progress.",
              "Vice-Principal; Key Stage leaders", "November 2025",
              "Minutes of meetings show agreed interventions and review dates.", GREEN),
             ("1.4", "Monitor the impact through planning scrutiny, book looks and "
                     "discussions with the children, and report findings to the Board of "
                     "Governors.",
              "Principal", "Termly",
              "Governors receive a termly monitoring report.", None),
         ]),
        ("Area for Improvement 2",
         "To improve the consistency of the quality of written feedback so that it helps "
         "the children to know how to improve their work.",
         [
             ("2.1", "Revise the marking and feedback policy in consultation with staff, "
                     "children and parents.",
              "Vice-Principal", "October 2025",
              "Revised policy ratified by the Board of Governors.", GREEN),
             ("2.2", "Model effective feedback practice through paired observations and a "
                     "staff development day.",
              "Literacy Co-ordinator & Numeracy Co-ordinator",
              "November 2025 – February 2026",
              "Observations show consistent use of the agreed approaches.", AMBER),
             ("2.3", "Carry out a work scrutiny each term and share the findings with staff "
                     "at the next staff meeting.",
              "SLT", "Termly",
              "Scrutiny records show improvement from term to term.", RED),
         ]),
        ("Area for Improvement 3",
         "To develop further the role of the middle leaders in monitoring and evaluating "
         "the impact of their action plans on the children’s learning.",
         [
             ("3.1", "Provide middle leaders with training through the Education "
                     "Authority’s middle leadership programme.",
              "Principal", "31 January 2026",
              "All middle leaders have completed the programme.", AMBER),
             ("3.2", "Each middle leader to present an evaluation of their action plan to "
                     "the Board of Governors.",
              "Middle leaders", "June 2026",
              "Evaluations are evidence-based and identify next steps.", None),
         ]),
    ]
    head = ["Ref", "Actions to be taken", "Person(s) responsible", "Timescale",
            "Success criteria", "Progress (Jan 2026)"]
    for label, text, acts in afis:
        doc.add_heading(label, level=2)
        doc.add_paragraph(text)
        tb = doc.add_table(rows=1 + len(acts), cols=len(head))
        tb.style = "Table Grid"
        for c, h in enumerate(head):
            set_cell(tb.cell(0, c), h, bold=True)
            shade(tb.cell(0, c), "D9E2F3")
        for i, (ref, act, who, when, sc, rag) in enumerate(acts, start=1):
            for c, v in enumerate([ref, act, who, when, sc, ""]):
                set_cell(tb.cell(i, c), v)
            if rag:
                shade(tb.cell(i, 5), rag)
        doc.add_paragraph()

    bold_para(doc, "Signed on behalf of the Board of Governors")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in enumerate(["Chair of the Board of Governors", "Principal", "Date"]):
        set_cell(s.cell(0, c), v, bold=True)
    for c, v in enumerate(["(signed)", "(signed)", "12 June 2025"]):
        set_cell(s.cell(1, c), v)
    doc.save(out("xo-steelstown-primary-school-eti-inspection-action-plan.docx"))


# =================================================================== 2. HIW docx

def make_morlais():
    doc = Document()
    doc.add_heading("Morlais Medical Practice – Improvement plan following HIW inspection "
                    "(14 January 2025)", level=1)
    doc.add_paragraph("General Practice Inspection (Announced)\n"
                      "Cwm Taf Morgannwg University Health Board")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection",
                    level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated "
                      "during our inspection. Due to the impact/potential impact on patient "
                      "care and treatment these concerns needed to be addressed straight "
                      "away, during the inspection.")
    a = doc.add_table(rows=2, cols=4)
    a.style = "Table Grid"
    for c, v in enumerate(["Immediate concerns identified",
                           "Impact/potential impact on patient care and treatment",
                           "How HIW escalated the concern",
                           "How the concern was resolved"]):
        set_cell(a.cell(0, c), v, bold=True)
        shade(a.cell(0, c), "D9D9D9")
    for c, v in enumerate([
            "Two out-of-date oxygen masks were found on the emergency trolley.",
            "Equipment may not be safe to use in an emergency.",
            "This was raised with the practice manager on the day.",
            "The masks were replaced before the end of the inspection."]):
        set_cell(a.cell(1, c), v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Morlais Medical Practice")
    doc.add_paragraph("Date of inspection: 14 January 2025")
    doc.add_paragraph("No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Morlais Medical Practice")
    doc.add_paragraph("Date of inspection: 14 January 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the "
                      "inspection where we require the service to complete an improvement "
                      "plan telling us about the actions they are taking to address these "
                      "areas.")

    head = ["Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale"]
    plan = [
        ("Quality of the patient experience", [
            ("The practice must ensure that patients are able to have conversations with "
             "reception staff in private.",
             "Health and Care Quality Standards 2023 – Person-centred",
             [("A notice has been placed at reception advising patients that a private room "
               "is available on request.", "Practice Manager", "Completed"),
              ("The glass screen at reception to be replaced with a closed reception hatch, "
               "subject to health board premises funding.",
               "Practice Manager / Estates Officer (CTMUHB)", "31 July 2025")]),
            ("The practice must ensure that information about how to raise a concern under "
             "Putting Things Right is displayed in the waiting area and on the practice "
             "website, in both Welsh and English.",
             "Health and Care Quality Standards 2023 – Information; Putting Things Right",
             [("Bilingual Putting Things Right posters have been displayed in the waiting "
               "area.\nThe practice website will be updated with the complaints procedure "
               "in Welsh and English.", "Deputy Practice Manager", "28 February 2025")]),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that emergency drugs and equipment are checked weekly "
             "and that the checks are recorded.",
             "Health and Care Quality Standards 2023 – Safe",
             [("A weekly checklist for the emergency trolley and defibrillator has been "
               "introduced and is signed by the duty nurse.", "Lead Practice Nurse",
               "Immediate")]),
            ("The practice must review its process for the management of patient safety "
             "alerts to ensure that alerts are actioned and recorded.",
             "Health and Care Quality Standards 2023 – Safe; Effective",
             [("Patient safety alerts will be logged on a shared register, assigned to a "
               "named clinician and discussed at the monthly clinical meeting.",
               "Dr R. Pritchard, GP Partner", "31 March 2025")]),
            ("The practice must ensure that all clinical staff complete safeguarding training "
             "at the level appropriate to their role.",
             "Health and Care Quality Standards 2023 – Safe; Safeguarding",
             [("Training matrix updated. Two GPs to complete Level 3 safeguarding children "
               "training.", "Practice Manager", "April 2025")]),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that all policies and procedures are reviewed, dated "
             "and version controlled.",
             "Health and Care Quality Standards 2023 – Leadership",
             [("A policy review schedule has been put in place, with all policies to be "
               "reviewed and ratified at the partners’ meeting.",
               "Practice Manager and GP Partners", "30/06/2025")]),
            ("The practice must ensure that all staff receive an annual appraisal.",
             "Health and Care Quality Standards 2023 – Workforce",
             [("Appraisal timetable agreed for all non-clinical staff; appraisals to be "
               "completed by the end of September 2025.", "Practice Manager",
               "End of September 2025")]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(x[2]) for x in items) for _, items in plan)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(head):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9D9D9")
    r = 1
    for section, items in plan:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        set_cell(m, section, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for need, std, acts in items:
            top = r
            for act, who, when in acts:
                set_cell(t.cell(r, 2), act)
                set_cell(t.cell(r, 3), who)
                set_cell(t.cell(r, 4), when)
                r += 1
            set_cell(t.cell(top, 0), need)
            set_cell(t.cell(top, 1), std)
            if len(acts) > 1:
                t.cell(top, 0).merge(t.cell(r - 1, 0))
                t.cell(top, 1).merge(t.cell(r - 1, 1))
    assert r == nrows

    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for "
                      "ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""),
                                ("Name (print):", "Siân Morgan"),
                                ("Job role:", "Practice Manager"),
                                ("Date:", "21 February 2025")]):
        set_cell(s.cell(i, 0), k, bold=True)
        set_cell(s.cell(i, 1), v)
    doc.save(out("xo-morlais-medical-practice-hiw-gp-inspection-improvement-plan.docx"))


# =================================================================== 3. Derry csv

def make_derry():
    cols = 8
    rows = [
        ["Derry City and Strabane District Council"] + [""] * (cols - 1),
        ["Audit Committee – Action Log (updated following the meeting of 24 September 2025)"]
        + [""] * (cols - 1),
        [""] * cols,
        ["Action No.", "Meeting Date", "Minute Ref", "Action Required",
         "Responsible Officer", "Target Date", "RAG", "Update / Comment"],
        ["AC/25/01", "19/03/2025", "AC12/25",
         "Internal Audit to provide a follow-up report on the implementation of "
         "recommendations from the Procurement and Contract Management audit.",
         "Head of Internal Audit", "June 2025", "B",
         "Reported to the June meeting. For removal from the log."],
        ["AC/25/02", "19/03/2025", "AC14/25",
         "Circulate the updated Corporate Risk Register to Members following review by the "
         "Corporate Management Team.",
         "Risk and Insurance Manager", "30/04/2025", "B", "Circulated 22 April 2025."],
        ["AC/25/03", "25/06/2025", "AC31/25",
         "Provide Members with a briefing on the NIAO Report to those charged with governance "
         "for 2024-25, including management responses to the priority 1 findings.",
         "Director of Corporate Services and Finance", "Sep-25", "B",
         "Briefing given at the September meeting."],
        ["AC/25/04", "25/06/2025", "AC33/25",
         "Review the Council's Fraud Response Plan and Whistleblowing Policy and bring revised "
         "versions to Committee for approval.",
         "Head of Internal Audit / Head of HR", "December 2025", "G",
         "Drafts out for consultation with the trade unions."],
        ["AC/25/05", "25/06/2025", "AC35/25",
         "Arrange a Member workshop on the Council's risk appetite statement.\n"
         "Workshop to be open to all Members, not only Committee Members.",
         "Risk and Insurance Manager", "Next meeting", "A",
         "Date to be confirmed - availability of external facilitator."],
        ["AC/25/06", "24/09/2025", "AC48/25",
         "Report back on the overdue recommendations in the Leisure Centres income audit, "
         "with revised implementation dates agreed by management.",
         "Head of Leisure Services", "Dec-25", "A",
         "Two of five recommendations now implemented."],
        ["AC/25/07", "24/09/2025", "AC50/25",
         "Provide an update on the ICT disaster recovery testing programme following the "
         "issues identified in the Cyber Security audit.",
         "Head of ICT", "31/10/2025", "R",
         "Testing postponed - contractor unavailable. Verbal update at the December meeting."],
        ["AC/25/08", "24/09/2025", "AC52/25",
         "Add the significant issues in the Annual Governance Statement to the Committee's "
         "forward work plan.",
         "Democratic Services Officer", "Ongoing", "G", ""],
        ["AC/25/09", "24/09/2025", "AC53/25",
         "Seek clarification from the NIAO on the timetable for the 2025-26 improvement "
         "audit and assessment.",
         "Performance Improvement Officer", "Nov-25", "", ""],
        [""] * cols,
        ["RAG key: B = complete (for removal from the log); G = on track; "
         "A = at risk of slippage; R = overdue"] + [""] * (cols - 1),
    ]
    with open(out("xo-derry-city-and-strabane-dc-audit-committee-action-log.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =================================================================== 4. Golden Jubilee txt

def make_golden_jubilee():
    head = ["Risk ID", "Risk Title", "Risk Owner", "Current Rating", "Target Rating",
            "Action ID", "Action Description", "Action Owner", "Target Date",
            "Revised Target Date", "Action RAG", "Latest Update"]
    risks = [
        ("1042", "Delivery of National Treatment Centre elective activity targets",
         "Director of Operations", "16 (High)", "8 (Moderate)", [
             ("A1042-01", "Implement the revised theatre scheduling model across orthopaedic "
              "and ophthalmology lists.", "Head of Perioperative Services", "30/09/2025",
              "31/12/2025", "Amber", "Orthopaedics live; ophthalmology from December."),
             ("A1042-02", "Agree a recovery trajectory with the Scottish Government Access "
              "Support Team and report monthly to the Performance and Planning Committee.",
              "Deputy Director of Operations", "31/10/2025", "", "Blue",
              "Trajectory agreed 14/10/2025."),
             ("A1042-03", "Complete recruitment to the additional anaesthetic consultant "
              "posts.", "Associate Medical Director - Surgical Services", "31/03/2026", "",
              "Green", "Interviews scheduled January 2026."),
         ]),
        ("1057", "Nursing workforce - theatre and critical care vacancies",
         "Director of Nursing and AHPs", "12 (High)", "6 (Moderate)", [
             ("A1057-01", "Deliver the international recruitment cohort for theatre nursing "
              "(14 WTE).", "Lead Nurse - Workforce", "31/01/2026", "", "Green",
              "9 of 14 nurses in post."),
             ("A1057-02", "Review supplementary staffing controls and agency spend with the "
              "Staff Governance Committee.", "Director of Workforce / Director of Finance",
              "31/08/2025", "30/11/2025", "Amber", "Paper deferred to November committee."),
         ]),
        ("1063", "Cyber security and resilience of clinical systems",
         "Director of Finance", "15 (High)", "10 (Moderate)", [
             ("A1063-01", "Complete the Network and Information Systems (NIS) audit action "
              "plan.", "Head of eHealth", "31/03/2026", "", "Green", "31 of 40 actions closed."),
             ("A1063-02", "Run a desktop business continuity exercise simulating loss of the "
              "theatre management system.", "Resilience Manager", "30/06/2025", "31/10/2025",
              "Red", "Exercise not yet held - new date to be agreed."),
             ("A1063-03", "Maintain monthly patching compliance reporting to the Information "
              "Governance Group.", "Head of eHealth", "Ongoing", "", "Green", ""),
         ]),
        ("1071", "Financial sustainability - delivery of 3% recurring savings",
         "Director of Finance", "20 (Very High)", "12 (High)", [
             ("A1071-01", "Identify and approve schemes to close the remaining recurring "
              "savings gap of £2.1m.", "Director of Finance", "31/12/2025", "", "Red",
              "Gap of £1.4m remains unidentified."),
             ("A1071-02", "Review savings delivery at each meeting of the Sustainability and "
              "Value Board.", "Deputy Director of Finance", "Monthly", "", "Green", ""),
         ]),
    ]
    lines = [
        "NHS Golden Jubilee",
        "Corporate Risk Register - Risk Treatment Action Report",
        "Report generated: 04/11/2025 08:47\tFilter: Corporate risks; Status = Open\t"
        "Period: Q2 2025/26",
        "",
        "\t".join(head),
    ]
    count = {}
    for rid, title, owner, cur, tgt, acts in risks:
        for i, (aid, desc, who, due, rev, rag, upd) in enumerate(acts):
            count[rag] = count.get(rag, 0) + 1
            first = [rid, title, owner, cur, tgt] if i == 0 else ["", "", "", "", ""]
            lines.append("\t".join(first + [aid, desc, who, due, rev, rag, upd]))
    lines += [
        "",
        "Total actions: %d\tBlue (complete): %d\tGreen: %d\tAmber: %d\tRed: %d" % (
            sum(count.values()), count.get("Blue", 0), count.get("Green", 0),
            count.get("Amber", 0), count.get("Red", 0)),
        "Action RAG: Blue = complete; Green = on track; Amber = at risk of missing target "
        "date; Red = target date missed",
        "*** End of report ***",
    ]
    with open(out("xo-nhs-golden-jubilee-corporate-risk-register-2025-26.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =================================================================== 5. MAWWFRS xlsx

def make_mawwfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Mid and West Wales Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Annual Business Improvement Plan 2025/26 – Quarter 2 Progress Report"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting period: 1 July – 30 September 2025"
    write_row(ws, 5, ["Commitment", "Actions", "Complete", "Green", "Amber", "Red"], bold=True)
    summary = [
        ("Commitment 1 – Workforce", 3, 0, 2, 1, 0),
        ("Commitment 2 – Communities", 3, 1, 0, 1, 1),
        ("Commitment 3 – Environment", 2, 0, 1, 1, 0),
        ("Commitment 4 – Organisational learning", 3, 1, 2, 0, 0),
    ]
    for i, row in enumerate(summary, start=6):
        write_row(ws, i, list(row))
    write_row(ws, 10, ["Total", "=SUM(B6:B9)", "=SUM(C6:C9)", "=SUM(D6:D9)", "=SUM(E6:E9)",
                       "=SUM(F6:F9)"], bold=True)
    ws["A12"] = "RAG key"
    ws["A12"].font = Font(bold=True)
    key = [("B", "Complete – action delivered"),
           ("G", "On track to deliver by the target date"),
           ("A", "Some slippage – expected to deliver by year end"),
           ("R", "Significant slippage – will not deliver in year")]
    for i, (k, v) in enumerate(key, start=13):
        ws.cell(row=i, column=1, value=v)
        ws.cell(row=i, column=2).fill = RAG_FILL[k]
    ws.column_dimensions["A"].width = 44

    head = ["Ref", "Action", "Directorate", "Lead Officer", "Target Date", "Revised Date",
            "Q1 RAG", "Q2 RAG", "Q2 Progress Update"]
    D = dt.datetime
    sheets = [
        ("C1 Workforce",
         "Commitment 1: We are committed to recruiting, retaining and developing a highly "
         "skilled workforce.", [
             ("1.1", "Implement the new On-Call Availability and Pay System across all on-call "
              "stations.", "Service Delivery", "Area Manager – On-Call Support",
              D(2026, 3, 31), None, "G", "G", "System live at 41 of 48 stations."),
             ("1.2", "Launch the revised leadership development pathway for Crew and Watch "
              "Managers.", "People Services", "Head of Training and Development",
              D(2025, 12, 31), None, "A", "A", "Accreditation by the awarding body delayed."),
             ("1.3", "Deliver the Culture Review action plan milestones agreed for 2025/26 "
              "and report progress to the Fire Authority.", "Corporate Services",
              "ACFO Corporate Services / Head of People Services", "Quarterly", None,
              "G", "G", "Q2 report to the Fire Authority on 29 September 2025."),
         ], "text"),
        ("C2 Communities",
         "Commitment 2: We are committed to supporting the health, wellbeing and prosperity "
         "of the communities we serve.", [
             ("2.1", "Deliver 12,000 Safe and Well visits, prioritising households identified "
              "as high risk through partner referrals.", "Prevention", "Head of Prevention",
              D(2026, 3, 31), None, "G", "A", "5,310 visits completed at half year."),
             ("2.2", "Review the Risk Based Inspection Programme for high-risk premises in "
              "line with the Community Risk Management Plan.", "Protection",
              "Head of Protection", D(2025, 9, 30), None, "G", "Complete",
              "Revised programme approved by the Senior Leadership Team."),
             ("2.3", "Introduce wildfire response plans for upland areas in Powys and "
              "Ceredigion with Natural Resources Wales.", "Service Delivery",
              "Group Manager – Wildfire Lead", "Sept 2025 – March 2026", None, "A", "R",
              "Partner data-sharing agreement not yet signed."),
         ], "text"),
        ("C3 Environment",
         "Commitment 3: We are committed to minimising our impact on the environment.", [
             ("3.1", "Install solar PV at Carmarthen and Aberystwyth fire stations.",
              "Estates", "Head of Estates", D(2026, 2, 28), None, "G", "G",
              "Contractor appointed; works start November."),
             ("3.2", "Replace 20 light fleet vehicles with electric or hybrid vehicles.",
              "Fleet", "Fleet and Engineering Manager", D(2025, 12, 31), D(2026, 3, 31),
              "A", "A", "Supplier lead times extended; 8 vehicles delivered."),
         ], "fill"),
        ("C4 Learning",
         "Commitment 4: We are committed to improving the way we work through "
         "organisational learning.", [
             ("4.1", "Embed the National Operational Learning process and publish a "
              "quarterly learning bulletin.", "Operational Assurance",
              "Head of Operational Assurance", "Quarterly", None, "G", "G",
              "Bulletin 2 published August 2025."),
             ("4.2", "Implement the new performance management system across all "
              "departments.", "Corporate Services", "Corporate Planning Manager",
              D(2026, 3, 31), None, "A", "G", "Data migration complete."),
             ("4.3", "Respond to the Audit Wales workforce planning review recommendations "
              "and report to the Audit Committee.", "People Services",
              "Head of People Services", D(2025, 7, 31), None, "A", "Complete",
              "Organisational response reported to the Audit Committee in July 2025."),
         ], "text"),
    ]
    for name, heading, acts, q2style in sheets:
        s = wb.create_sheet(name)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
        write_row(s, 3, head, bold=True)
        for c in range(1, len(head) + 1):
            s.cell(row=3, column=c).fill = fill("C00000")
            s.cell(row=3, column=c).font = Font(bold=True, color="FFFFFF")
        for i, (ref, act, dept, lead, due, rev, q1, q2, upd) in enumerate(acts, start=4):
            write_row(s, i, [ref, act, dept, lead, due, rev, q1,
                             q2 if q2style == "text" else None, upd])
            for col, v in ((5, due), (6, rev)):
                if isinstance(v, dt.datetime):
                    s.cell(row=i, column=col).number_format = "dd/mm/yyyy"
            s.cell(row=i, column=7).fill = RAG_FILL[q1]
            s.cell(row=i, column=8).fill = RAG_FILL["B" if q2 == "Complete" else q2]
        s.column_dimensions["B"].width = 60
        s.column_dimensions["D"].width = 30
        s.column_dimensions["I"].width = 45
        last = 4 + len(acts) + 1
        s.cell(row=last, column=1,
               value="Q1 and Q2 RAG as reported to the Performance, Audit and Scrutiny "
                     "Committee. See Summary sheet for the RAG key.")
    wb.save(out("xo-mid-and-west-wales-fire-rescue-service-annual-business-improvement-plan-"
                "2025-26.xlsx"))


# =================================================================== 6. SAS xlsx

def make_sas():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Scottish Ambulance Service"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "2024/25 Annual Audit Report – Action Plan Tracker"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Audit and Risk Committee – 4 December 2025"
    write_row(cv, 5, ["Version", "Date", "Author", "Changes"], bold=True)
    write_row(cv, 6, ["1.0", "30/06/2025", "Corporate Governance Manager",
                      "Actions from the 2024/25 Annual Audit Report added"])
    write_row(cv, 7, ["1.1", "14/11/2025", "Corporate Governance Manager",
                      "November progress updates"])
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = ("Scottish Ambulance Service – 2024/25 Annual Audit Report: Action Plan "
                "(Appendix 1) and Prior Year Follow-up")
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress as at 14 November 2025"
    head = ["No.", "Issue / risk", "Recommendation", "Agreed management action",
            "Responsible officer", "Agreed date", "Revised date", "Previous RAG (Jun 25)",
            "Current RAG (Nov 25)", "Progress update"]
    write_row(ws, 4, head, bold=True)
    for c in range(1, 11):
        ws.cell(row=4, column=c).fill = fill("1F3864")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    D = dt.datetime
    # (kind, payload)
    rows = [
        ("sec", "Financial sustainability"),
        ("rec", "1", "Medium-term financial plan\nThe Service is forecasting a cumulative "
         "funding gap of £38.4 million over the three years to 2027/28. Savings identified "
         "to date are largely non-recurring.",
         "The Service should develop a medium-term financial plan that sets out how "
         "recurring savings will be achieved to close the funding gap.", [
             ("A three-year financial plan will be presented to the Board alongside the "
              "2026/27 budget, identifying recurring savings schemes through the Service "
              "Transformation Programme.", "Director of Finance, Logistics and Strategy",
              D(2026, 3, 31), None, "A", "A",
              "Draft plan discussed at Board development session on 29 October 2025."),
             ("Savings delivery will be monitored by the Performance and Planning Steering "
              "Group and reported to each Board meeting.", "Deputy Director of Finance",
              "Monthly", None, "G", "G", "Reported to the Board in September and November."),
         ]),
        ("sec", "Financial management"),
        ("rec", "2", "Accruals cut-off\nOur testing identified three invoices for 2024/25 "
         "goods and services which had not been accrued.",
         "Management should reinforce year-end cut-off procedures with budget holders.", [
             ("Year-end guidance to budget holders will be updated and a sample review of "
              "accruals undertaken by the Financial Accounting team before the draft accounts "
              "are prepared.", "Head of Financial Accounting", D(2026, 4, 30), None, "G", "G",
              "Guidance being updated for issue in February 2026."),
         ]),
        ("sec", "Vision, leadership and governance"),
        ("rec", "3", "Board self-assessment\nThe Board has not yet completed its "
         "self-assessment against the Blueprint for Good Governance (second edition).",
         "The Board should complete its self-assessment and agree an improvement plan.", [
             ("Self-assessment to be completed through a Board development session, with the "
              "resulting improvement plan approved by the Board.", "Board Secretary",
              D(2025, 12, 31), None, "G", "B",
              "Completed October 2025; improvement plan approved on 29 October 2025."),
         ]),
        ("rec", "4", "Sickness absence\nSickness absence was 8.9% in 2024/25 against a "
         "national standard of 4%.",
         "The Service should refresh its attendance management improvement plan and report "
         "progress to the Staff Governance Committee.", [
             ("Refresh the Attendance Management improvement plan and report progress "
              "quarterly to the Staff Governance Committee.", "Director of Workforce",
              D(2025, 9, 30), D(2026, 3, 31), "G", "A",
              "Revised plan delayed pending partnership agreement."),
         ]),
        ("sec", "Use of resources to improve outcomes"),
        ("rec", "5", "Performance reporting\nPerformance reports do not yet measure progress "
         "against the outcomes in the Service's 2030 Strategy.",
         "The Service should develop outcome measures for the 2030 Strategy and include them "
         "in its performance reporting.", [
             ("Develop outcome-focused measures for the 2030 Strategy and include them in the "
              "Integrated Performance Report.", "Head of Performance and Planning",
              D(2026, 6, 30), None, None, "G",
              "Measures drafted; to Performance and Planning Committee January 2026."),
         ]),
        ("sec", "Prior year recommendations (2023/24)"),
        ("rec", "b/f 1", "Fleet replacement programme\nThe fleet replacement programme was not "
         "aligned to the capital funding available.",
         "The fleet replacement programme should be aligned with the capital plan and "
         "progress reported to the Board.", [
             ("Fleet replacement programme to be re-phased in line with the capital funding "
              "allocation and progress reported to the Board twice yearly.",
              "Director of Finance, Logistics and Strategy", D(2025, 3, 31), D(2025, 12, 31),
              "A", "R", "Capital allocation for 2025/26 confirmed late; re-phasing not "
              "yet agreed."),
         ]),
        ("rec", "b/f 2", "IT user access\nLeavers' access to the finance system was not "
         "always removed promptly.",
         "Access for leavers should be removed on the date they leave the Service.", [
             ("Introduce automated removal of system access for leavers, triggered from the "
              "eESS leaver notification.", "Head of Digital / Head of HR Operations",
              D(2024, 12, 31), D(2025, 6, 30), "A", "B",
              "Automated process live from June 2025. Auditor to confirm closure."),
         ]),
    ]
    r = 5
    for row in rows:
        if row[0] == "sec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = fill("D9D9D9")
            r += 1
            continue
        _, no, issue, rec, acts = row
        top = r
        for act, who, due, rev, prev, cur, upd in acts:
            write_row(ws, r, [no if r == top else None, issue if r == top else None,
                              rec if r == top else None, act, who, due, rev,
                              prev, cur, upd])
            for col in (6, 7):
                if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                    ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=8).fill = RAG_FILL[prev]
            ws.cell(row=r, column=9).fill = RAG_FILL[cur]
            r += 1
        if len(acts) > 1:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1,
            value="RAG key: B = complete; G = on track; A = at risk of missing the agreed "
                  "date; R = overdue / not achieved. Agreed dates are those in the 2024/25 "
                  "Annual Audit Report; revised dates have been agreed with the external "
                  "auditor.")
    for col, w in zip("ABCDEFGHIJ", (7, 40, 40, 50, 28, 12, 12, 10, 10, 45)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status (November 2025)"
    sm["A1"].font = Font(bold=True)
    write_row(sm, 3, ["Status", "2024/25 actions", "Prior year actions", "Total"], bold=True)
    for i, (k, a, b) in enumerate([("Complete (B)", 1, 1), ("On track (G)", 3, 0),
                                   ("At risk (A)", 2, 0), ("Overdue (R)", 0, 1)], start=4):
        write_row(sm, i, [k, a, b, "=B%d+C%d" % (i, i)])
    write_row(sm, 8, ["Total", "=SUM(B4:B7)", "=SUM(C4:C7)", "=SUM(D4:D7)"], bold=True)
    sm.column_dimensions["A"].width = 18
    wb.save(out("xo-scottish-ambulance-service-annual-audit-report-2024-25-action-plan.xlsx"))


# =================================================================== 7. Antrim & Newtownabbey xlsx (refuse)

def make_antrim():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Objectives"
    ws["A1"] = "Antrim and Newtownabbey Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Corporate Performance and Improvement Plan 2025/26 – Improvement "
                "Objectives: Mid-Year Progress")
    ws["A2"].font = Font(bold=True, size=12)
    head = ["Ref", "Key actions / milestones", "Responsible Officer", "Target Date",
            "Status", "Progress commentary"]
    write_row(ws, 4, head, bold=True)
    for c in range(1, 7):
        ws.cell(row=4, column=c).fill = fill("00594F")
        ws.cell(row=4, column=c).font = Font(bold=True, color="FFFFFF")
    body = [
        ("obj", "Improvement Objective 1: We will improve the cleanliness of our streets and "
                "open spaces."),
        ("act", "1.1", "Introduce a new mechanical sweeping schedule for town centres and "
                "arterial routes.", "Head of Waste Management", "Sept 2025", "Complete",
         "New schedule in place from 1 September."),
        ("act", "1.2", "Carry out LEQ surveys with Keep Northern Ireland Beautiful in two "
                "survey periods.", "Environmental Services Manager", "Mar 2026", "Green",
         "First survey period complete."),
        ("obj", "Improvement Objective 2: We will increase the number of people using our "
                "leisure facilities."),
        ("act", "2.1", "Launch the new online booking and membership system at all leisure "
                "centres.", "Head of Leisure", "Febuary 2026", "Amber",
         "Supplier testing behind schedule."),
        ("act", "2.2", "Deliver a targeted over-60s activity programme at Antrim Forum and "
                "Valley Leisure Centre.", "Leisure Development Manager", "Dec 2025", "Green",
         "Programme launched in October."),
        ("obj", "Improvement Objective 3: We will pay our suppliers more promptly."),
        ("act", "3.1", "Roll out electronic invoice approval to all departments.",
         "Head of Finance", "Nov 2025", "Green", "Eight of ten departments live."),
        ("act", "3.2", "Publish prompt payment performance quarterly on the Council website.",
         "Financial Accountant", "Quarterly", "Green", ""),
        ("act", "3.3", "Review supplier payment terms for the top 50 suppliers by spend.",
         "Procurement Manager", "Jan 2026", "Red", "Not started - staff vacancy."),
        ("act", "3.4", "Report prompt payment performance to the Audit and Risk Committee.",
         "Director of Finance and Governance", "Jun 2026", "", ""),
    ]
    STAT = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    r = 5
    for row in body:
        if row[0] == "obj":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = fill("E2EFDA")
        else:
            _, ref, act, who, due, st, com = row
            write_row(ws, r, [ref, act, who, due, st or None, com or None])
            if st:
                ws.cell(row=r, column=5).fill = fill(STAT[st])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Complete; Green – on track; Amber – some "
                                    "slippage; Red – behind target.")
    for col, w in zip("ABCDEF", (7, 60, 34, 14, 12, 40)):
        ws.column_dimensions[col].width = w
    wb.save(out("xo-antrim-and-newtownabbey-bc-corporate-performance-improvement-plan-"
                "2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_steelstown()
    make_morlais()
    make_derry()
    make_golden_jubilee()
    make_mawwfrs()
    make_sas()
    make_antrim()
    print("done")
