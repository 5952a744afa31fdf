"""Generator for the af2- cases of heldout66 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python af2_make.py ; writes the seven document files
beside this script.  The readings (.expected.yaml) were written by hand from the
content below.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "section": PatternFill("solid", fgColor="DDEBF7"),
}
WORD_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red",
             "Green": "green", "Amber": "amber", "Red": "red", "Completed": "blue"}


def out(name):
    return os.path.join(HERE, name)


def header_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Shrewsbury and Telford Hospital NHS Trust - CQC must do / should do plan
# ---------------------------------------------------------------------------
def make_sath():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ncol = 9
    ws.cell(row=1, column=1, value="The Shrewsbury and Telford Hospital NHS Trust").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=1, value="CQC Inspection Report (published 29 November 2018) \u2013 Must Do / Should Do Improvement Action Plan").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=3, column=1, value="Position as at 28 February 2019 \u2013 reported to Quality and Safety Committee")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    header_row(ws, 5, ["Ref", "CQC Requirement", "Regulation", "Action(s) to address requirement",
                       "Executive Lead", "Target Date", "Revised Target Date", "Progress Update", "RAG"])

    def section(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = BOLD
        c.fill = FILL["section"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)

    # (row, ref, requirement, regulation, action, lead, target, target_fmt, revised, progress, rag)
    R_SEPSIS = ("The trust must ensure that patients presenting with signs of sepsis are screened and "
                "treated in line with national guidance, including administration of antibiotics within one hour.")
    rows = [
        (7, "1.1", R_SEPSIS, "Reg 12 Safe care and treatment",
         "Implement the revised adult sepsis screening tool and sepsis six bundle in both emergency departments, with compliance audited weekly.",
         "Medical Director", D(2019, 1, 31), "dd/mm/yyyy", None,
         "Revised tool launched 7 January 2019. Weekly audit shows screening compliance of 91% and antibiotics within the hour at 78%.",
         "At risk"),
        (8, "1.2", None, None,
         "Deliver sepsis training to all ED nursing and medical staff and report uptake through the divisional dashboard.",
         "Director of Nursing, Midwifery and Quality", D(2019, 3, 31), "dd/mm/yyyy", None,
         "Training uptake 84% at the end of February; remaining sessions booked for March.",
         "On track"),
        (9, "2.1", "The trust must ensure the emergency department environment at the Princess Royal Hospital is safe, with equipment stored securely and risk assessments completed and reviewed.",
         "Reg 15 Premises and equipment",
         "Complete environmental risk assessments for all areas of PRH ED, remove stored equipment from the corridor and introduce a daily safety checklist signed off by the nurse in charge.",
         "Chief Operating Officer", D(2018, 12, 31), "mmm-yy", None,
         "Risk assessments completed and approved at Health and Safety Group. Daily checklist in place since 3 December 2018; compliance 100% in January.",
         "Complete"),
        (10, "3.1", "The trust must ensure there are sufficient numbers of suitably qualified, competent and experienced medical staff in the emergency departments to meet patient need.",
         "Reg 18 Staffing",
         "Recruit to the six vacant ED consultant posts and secure long-term locum cover pending appointment.",
         "Medical Director", D(2019, 4, 30), "dd/mm/yyyy", D(2019, 9, 30),
         "Two consultants appointed (start May 2019). Remaining posts re-advertised; international recruitment campaign under way with NHSI support.",
         "Off track"),
        (12, "4.1", "The trust must ensure that staff follow the reduced fetal movements guideline and that women are assessed appropriately.",
         "Reg 12 Safe care and treatment",
         "Reissue the reduced fetal movements guideline and undertake a monthly audit of compliance against the guideline at all units.",
         "Director of Nursing, Midwifery and Quality", D(2019, 2, 28), "dd/mm/yyyy", None,
         "Guideline reissued December 2018. Monthly audit established; January audit 96% compliant.",
         "Complete"),
        (13, "5.1", "The trust must ensure that learning from incidents is shared with all maternity staff.",
         "Reg 17 Good governance",
         "Introduce a monthly maternity 'Learning from Incidents' bulletin and a standing safety huddle item on each shift.",
         "Head of Midwifery", D(2019, 3, 31), "dd/mm/yyyy", None,
         "First bulletin issued February 2019; huddle item to start in March.",
         "On track"),
        (16, "6.1", "The trust should ensure all staff complete mandatory training, including safeguarding training, in line with trust targets.",
         "Reg 18 Staffing",
         "Divisions to produce recovery trajectories for mandatory and safeguarding training, monitored monthly at Performance Review meetings.",
         "Director of Workforce / Director of Nursing, Midwifery and Quality", "Q1 2019/20", None, None,
         "Trajectories agreed for all divisions. Overall compliance 81% against the 90% target.",
         "On track"),
        (17, "7.1", "The trust should ensure that patient records are stored securely on all wards.",
         "Reg 17 Good governance",
         "Carry out a spot-check audit of notes trolleys on all wards and replace trolleys that cannot be locked.",
         "Director of Corporate Affairs", "April 2019", None, None,
         "Spot-check completed January 2019. Twelve lockable trolleys on order.",
         "On track"),
        (18, "8.1", "The trust should ensure that consultant job plans are reviewed and signed off annually.",
         "\u2013",
         "Complete the 2019/20 consultant job planning round using the e-job planning system.",
         "Medical Director", D(2019, 5, 31), "dd/mm/yyyy", None,
         "Job planning round opens April 2019.",
         "Not started"),
    ]
    section(6, "Urgent and Emergency Care (Royal Shrewsbury Hospital and Princess Royal Hospital) \u2013 MUST DO")
    section(11, "Maternity Services \u2013 MUST DO")
    section(15, "Trust-wide \u2013 SHOULD DO")
    for (r, ref, req, reg, act, lead, tgt, fmt, rev, prog, rag) in rows:
        put(ws, r, 1, ref)
        put(ws, r, 2, req)
        put(ws, r, 3, reg)
        put(ws, r, 4, act)
        put(ws, r, 5, lead)
        put(ws, r, 6, tgt, fmt)
        put(ws, r, 7, rev, "dd/mm/yyyy" if rev else None)
        put(ws, r, 8, prog)
        c = put(ws, r, 9, rag)
        if rag in WORD_FILL:
            c.fill = FILL[WORD_FILL[rag]]
    # requirement 1 spans two action rows
    ws.merge_cells("B7:B8")
    ws.merge_cells("C7:C8")
    # row 14 left blank between maternity and trust-wide
    ws.cell(row=20, column=1, value="RAG Key").font = BOLD
    key = [("Complete", "blue", "Action complete and evidence of compliance provided"),
           ("On track", "green", "Action on track to be delivered by the target date"),
           ("At risk", "amber", "Action at risk of not being delivered by the target date"),
           ("Off track", "red", "Target date missed / significant concerns about delivery"),
           ("Not started", None, "Action not yet started")]
    for i, (w, f, meaning) in enumerate(key):
        c = ws.cell(row=21 + i, column=1, value=w)
        c.border = BOX
        if f:
            c.fill = FILL[f]
        ws.cell(row=21 + i, column=2, value=meaning)
    widths = [7, 42, 16, 46, 24, 12, 12, 46, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(out("af2-sath-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Portsmouth Safeguarding Adults Board - SAR 'Mr G' action plan (RAG by fill)
# ---------------------------------------------------------------------------
def make_portsmouth():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr G action plan"
    ncol = 8
    ws["A1"] = "Portsmouth Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=14, color="5B2C6F")
    ws["A2"] = "Safeguarding Adults Review: 'Mr G' \u2013 Multi-Agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 4 \u2013 updated for the SAR Subgroup, 12 March 2024"
    ws["A4"] = ("Actions are RAG rated by the lead agency and updates are collated quarterly by the Board "
                "Business Manager. Please do not amend the wording of the recommendations.")
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 30
    header_row(ws, 6, ["Ref", "SAR Recommendation", "Action", "Lead Agency", "Lead Officer",
                       "Target Date", "Progress / Evidence of Impact", "RAG"])
    REC1 = ("1. The Board should seek assurance that partner agencies apply the Multi-Agency Risk Management "
            "Framework (MARM) to adults who self-neglect and decline support.")
    REC2 = ("2. Partner agencies should ensure that fire risk is identified and that referrals for Safe and Well "
            "visits are made where an adult hoards or smokes in the home.")
    REC3 = ("3. Portsmouth Hospitals University NHS Trust should assure the Board that discharge planning for "
            "adults with repeated admissions includes a review of self-neglect and safeguarding concerns.")
    REC4 = ("4. The ICB should ensure that GP practices are supported to identify and code patients who self-neglect "
            "so that concerns are shared at multidisciplinary team meetings.")
    REC5 = ("5. The Board should use the learning from this review to promote professional curiosity about alcohol "
            "use in older adults.")
    rows = [
        ("1.1", REC1, "Deliver MARM briefings to adult social care, housing and community nursing teams, with a recorded attendance list.",
         "Portsmouth City Council", "Principal Social Worker (Adults)", D(2024, 3, 31), "dd/mm/yyyy",
         "Six briefings delivered between November 2023 and February 2024 to 142 staff. A further session for housing officers is booked.", "green"),
        ("1.2", None, "Audit a sample of 20 MARM cases to test whether risk is reviewed and escalated when the adult disengages.",
         "PSAB Quality Assurance Subgroup", "Chair, QA Subgroup", "June 2024", None,
         "Audit tool agreed at the QA Subgroup in February 2024; case selection under way.", "amber"),
        ("2.1", REC2, "Add fire risk prompts to the adult social care assessment and review templates on the case management system.",
         "Portsmouth City Council", "D. Mensah", D(2023, 11, 30), "dd/mm/yyyy",
         "Prompts live on the case management system from 20 November 2023.", "blue"),
        ("2.2", None, "Re-launch the Multi-Agency Fire Safety Framework through a 7-minute briefing and promote the Safe and Well referral route.",
         "Hampshire and Isle of Wight Fire and Rescue Service", "Community Safety Manager (HIWFRS)", D(2024, 1, 31), "mmm-yy",
         "7-minute briefing published on the PSAB website in January 2024. Referrals will be monitored for six months.", "blue"),
        ("3.1", REC3, "Include a self-neglect screening question in the discharge checklist on the acute medical wards.",
         "Portsmouth Hospitals University NHS Trust", "Named Nurse for Safeguarding Adults (PHU)", "Jan 2024 (revised Apr 2024)", None,
         "Checklist revised, but roll-out delayed by the move to the new electronic patient record.", "amber"),
        ("3.2", None, "Monitor readmissions within 30 days for patients with a recorded safeguarding concern and report quarterly to the Safeguarding Committee.",
         "Portsmouth Hospitals University NHS Trust", "Deputy Chief Nurse", "Ongoing \u2013 quarterly reporting", None,
         "First report to the Safeguarding Committee in January 2024 (Q3 data).", "green"),
        ("4.1", REC4, "Issue practice guidance on coding self-neglect and hoarding, and add self-neglect to the Primary Care Network MDT referral criteria.",
         "Hampshire and Isle of Wight ICB", "Designated Nurse Safeguarding Adults / Named GP for Safeguarding", "Q1 2024/25", None,
         "Not yet started \u2013 awaiting the regional primary care coding guidance.", None),
        ("5.1", REC5, "Publish a SAR briefing and hold a multi-agency learning event on Mr G.",
         "PSAB", "Board Business Manager", D(2023, 12, 31), "dd/mm/yyyy",
         "Learning event held 5 December 2023 (68 attendees); briefing published on the PSAB website.", "blue"),
        ("5.2", None, "Work with the substance misuse service to deliver alcohol identification and brief advice (IBA) training for frontline staff working with older adults.",
         "Portsmouth City Council Public Health", "Alison Reeve and Tom Okafor", "September 2024", None,
         "Training offer agreed; the first cohort is scheduled for May 2024.", "green"),
    ]
    r = 7
    starts = {}
    for (ref, rec, act, agency, officer, tgt, fmt, prog, rag) in rows:
        put(ws, r, 1, ref)
        put(ws, r, 2, rec)
        put(ws, r, 3, act)
        put(ws, r, 4, agency)
        put(ws, r, 5, officer)
        put(ws, r, 6, tgt, fmt)
        put(ws, r, 7, prog)
        c = put(ws, r, 8, None)
        if rag:
            c.fill = FILL[rag]
        if rec:
            starts[r] = r
            last = r
        else:
            starts[last] = r
        r += 1
    for s, e in starts.items():
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    # r == 16 ; leave a blank row then the key
    ws.cell(row=r + 1, column=1, value="RAG key").font = BOLD
    key = [("blue", "Completed"), ("green", "On track"), ("amber", "Delayed / some concerns"),
           ("red", "Not progressing"), (None, "No colour \u2013 not yet started")]
    for i, (f, meaning) in enumerate(key):
        c = ws.cell(row=r + 2 + i, column=1)
        c.border = BOX
        if f:
            c.fill = FILL[f]
        ws.cell(row=r + 2 + i, column=2, value=meaning)
    widths = [6, 44, 44, 24, 24, 14, 44, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("af2-portsmouth-sab-sar-mr-g-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Nottingham University Hospitals - Maternity Improvement Programme highlight report
# ---------------------------------------------------------------------------
def make_nuh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ncol = 8
    ws["A1"] = "Nottingham University Hospitals NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "Maternity Improvement Programme \u2013 Highlight Report"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reporting period: April 2024  |  For: Maternity Oversight Committee, 16 May 2024  |  SRO: Chief Nurse"
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws["A4"] = "Overall programme status:"
    ws["A4"].font = BOLD
    ws.merge_cells("A4:B4")
    ws["C4"] = "Amber"
    ws["C4"].fill = FILL["amber"]
    ws["C4"].border = BOX
    header_row(ws, 6, ["Ref", "Key action / milestone", "Lead", "Due date", "Revised due date",
                       "Update this period", "Previous RAG", "Current RAG"])

    def section(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="005EB8")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)

    RAGFILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    rows = {
        8: ("1.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in maternity assessment at both sites",
            "Director of Midwifery", D(2024, 3, 31), "mmm-yy", D(2024, 6, 30),
            "Live at City Hospital since February. QMC go-live moved to June to align with the triage estates work.", "Amber", "Amber"),
        9: ("1.2", "Clear the backlog of maternity PSII and legacy serious incident investigations over 60 days old",
            "KP / JS", D(2024, 4, 30), "dd/mm/yyyy", None,
            "Backlog reduced from 14 to 3; the remaining three are with external reviewers.", "Amber", "Green"),
        10: ("1.3", "Deliver Saving Babies' Lives Care Bundle v3 element 4 (fetal monitoring) training to all obstetricians and midwives",
             "Fetal Monitoring Lead Midwife / Fetal Monitoring Lead Obstetrician", D(2024, 7, 31), "dd/mm/yyyy", None,
             "Compliance 88% (midwives) and 79% (obstetricians); additional sessions added for resident doctors in May.", "Green", "Green"),
        12: ("2.1", "Recruit to the funded midwifery establishment, including the international recruitment cohort",
             "Director of Midwifery", D(2024, 9, 30), "mmm-yy", None,
             "Vacancy rate 4.1% (target below 5%). 22 international midwives in post, 8 awaiting NMC registration.", "Green", "Green"),
        13: ("2.2", "Implement the new maternity preceptorship programme and retention 'stay' conversations",
             "L. Whitaker", "Ongoing", None, None,
             "Preceptorship programme launched; 'stay' conversations completed with 61 midwives in April.", "Green", "Green"),
        14: ("2.3", "Agree and fund consultant job plans to provide 24/7 resident obstetric consultant cover on labour ward",
             "Clinical Director (Obstetrics)", D(2024, 3, 31), "dd/mm/yyyy", D(2024, 10, 31),
             "Business case approved at Trust Management Group in April; recruitment to two additional consultant posts under way. Revised date reflects notice periods.", "Red", "Amber"),
        16: ("3.1", "Respond to the feedback themes raised through the Independent Maternity Review and publish our response",
             "Chief Nurse", "Monthly", None, None,
             "Response to the April letter published on the Trust website.", "Green", "Green"),
        17: ("3.2", "Appoint a Maternity and Neonatal Voices Partnership (MNVP) lead and agree a joint work plan",
             "Director of Midwifery & MNVP Chair", D(2024, 6, 30), "dd/mm/yyyy", None,
             "MNVP lead in post from 1 April; work plan to be agreed at the June MNVP meeting.", "Green", "Green"),
        18: ("3.3", "Introduce a birth reflections service with interpreter support for women whose first language is not English",
             "Patient Experience Midwife", D(2024, 5, 31), "dd/mm/yyyy", None,
             "Service launched 2 April 2024.", "Green", "Complete"),
        20: ("4.1", "Deliver the Perinatal Culture and Leadership Programme for the maternity and neonatal leadership quadrumvirate",
             "Director of Midwifery", "Q2 2024/25", None, None,
             "SCORE culture survey closed with a 54% response; results to be shared with teams in June.", "Green", "Green"),
        21: ("4.2", "Launch the maternity Freedom to Speak Up champion network",
             "Freedom to Speak Up Guardian", D(2024, 2, 29), "dd/mm/yyyy", None,
             "Network launched in February with 12 champions.", "Complete", "Complete"),
    }
    section(7, "Workstream 1: Safety and Clinical Governance")
    section(11, "Workstream 2: Workforce")
    section(15, "Workstream 3: Listening to Women and Families")
    section(19, "Workstream 4: Leadership and Culture")
    for r, (ref, act, lead, due, fmt, rev, upd, prev, cur) in rows.items():
        put(ws, r, 1, ref)
        put(ws, r, 2, act)
        put(ws, r, 3, lead)
        put(ws, r, 4, due, fmt)
        put(ws, r, 5, rev, "dd/mm/yyyy" if rev else None)
        put(ws, r, 6, upd)
        c = put(ws, r, 7, prev)
        c.fill = FILL[RAGFILL[prev]]
        c = put(ws, r, 8, cur)
        c.fill = FILL[RAGFILL[cur]]
    ws["A23"] = "Key risks and issues"
    ws["A23"].font = BOLD
    ws["A24"] = "Estates works for the QMC triage area depend on capital approval; any delay would affect action 1.1."
    ws["A25"] = "Obstetric consultant recruitment is competitive regionally; agency cover continues in the interim."
    ws["A27"] = ("RAG key: Complete = delivered and evidenced; Green = on track; Amber = at risk, mitigation in place; "
                 "Red = off track, escalation required")
    for r in (24, 25, 27):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    widths = [6, 50, 26, 12, 12, 50, 11, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("af2-nuh-maternity-improvement-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


HEX = {"Complete": "5B9BD5", "Completed": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Teignbridge District Council - LGA Corporate Peer Challenge action plan
# ---------------------------------------------------------------------------
def make_teignbridge():
    doc = Document()
    landscape(doc)
    doc.add_heading("Teignbridge District Council \u2013 Corporate Peer Challenge Action Plan", level=0)
    doc.add_paragraph(
        "The council invited the Local Government Association to carry out a Corporate Peer Challenge from "
        "9 to 11 January 2024. The peer team's feedback report made eleven recommendations. This action plan "
        "sets out how the council is responding to each of them and is reported to the Overview and Scrutiny "
        "Committee every six months. Progress is shown as at January 2025, ahead of the peer team's progress "
        "review in February 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_text(dc.cell(0, i), h, bold=True)
    for r, vals in enumerate([["1.0", "01/10/2024", "Head of Strategy and Partnerships", "Approved by Full Council"],
                              ["1.1", "21/01/2025", "Head of Strategy and Partnerships", "Progress update for Overview and Scrutiny"]], 1):
        for i, v in enumerate(vals):
            set_text(dc.cell(r, i), v)
    doc.add_paragraph()

    cols = ["Ref", "Action", "Lead", "Timescale", "Progress update (January 2025)", "RAG"]
    plan = [
        ("1. Resolve the relationship tensions between the Executive and the Senior Leadership Team", [
            ("1.1", "Commission an externally facilitated development programme for the Executive and SLT, including joint sessions and agreed ways of working.",
             "Leader / Managing Director", "December 2024",
             "Facilitator appointed through the LGA. Two joint sessions held in November and December 2024; a third is planned for March.", "Green"),
            ("1.2", "Agree a shared set of behaviours and review them through the joint Executive/SLT sessions.",
             "Managing Director", "Six-monthly", "Behaviours drafted at the December session.", "Green"),
        ]),
        ("2. Create the space for informal interaction between councillors and officers", [
            ("2.1", "Introduce monthly informal Executive/SLT briefings and open 'meet the team' sessions for all councillors.",
             "Democratic Services Manager", "November 2024", "Monthly briefings in place since October 2024.", "Complete"),
        ]),
        ("3. Improve decision-making processes", [
            ("3.1", "Review the forward plan and report templates so that decisions come to the Executive with clear options, implications and timescales.",
             "Monitoring Officer", "31/03/2025", "New report template in use from January 2025; forward plan review under way.", "Green"),
        ]),
        ("4. Finalise the Councillor/Officer protocol", [
            ("4.1", "Take the revised Councillor/Officer protocol through the Standards Committee and adopt it at Full Council.",
             "Monitoring Officer", "February 2025",
             "Draft protocol considered by the Standards Committee in January 2025 and recommended for adoption at Full Council on 25 February.", "Green"),
        ]),
        ("5. Act on the statutory officer recommendations", [
            ("5.1", "The Head of Paid Service, Monitoring Officer and Section 151 Officer to meet monthly as a statutory officers' group with a standing agenda.",
             "Managing Director", "October 2024", "Statutory officers' group meeting monthly since September 2024.", "Complete"),
        ]),
        ("6. Develop a new council strategy and a clear narrative for the district", [
            ("6.1", "Consult residents, partners and staff on the priorities for a new Council Strategy and present the draft to Full Council.",
             "Head of Strategy and Partnerships", "April 2025 \u2013 July 2025",
             "Engagement plan agreed; consultation opens in April 2025.", "Green"),
        ]),
        ("7. Strengthen relationships with partners, including town and parish councils", [
            ("7.1", "Establish a twice-yearly Town and Parish Councils' Forum with the Leader and the Managing Director.",
             "Head of Strategy and Partnerships", "Ongoing",
             "First forum held on 14 November 2024 and attended by 31 town and parish councils.", "Green"),
        ]),
        ("8. Develop more interactive engagement with communities", [
            ("8.1", "Develop a community engagement framework and pilot drop-in engagement events in three towns.",
             "Communications and Engagement Manager", "September 2025",
             "Framework in draft and pilot towns identified, but work has slowed while the team supported the budget consultation.", "Amber"),
        ]),
        ("9. Review the use of reserves to support the medium term financial plan", [
            ("9.1", "Set out a reserves strategy alongside the 2025/26 budget, showing the planned use of earmarked reserves over the MTFP period.",
             "Chief Finance Officer (S151)", "February 2025",
             "Reserves strategy included in the draft budget report to the Executive in January 2025.", "Green"),
        ]),
        ("10. Implement the new finance system", [
            ("10.1", "Complete implementation of the new finance system, including data migration and training for budget holders.",
             "Chief Finance Officer (S151)", "June 2024 (revised to April 2025)",
             "Go-live was delayed after data migration testing. Parallel running is in place and go-live is now planned for April 2025.", "Red"),
        ]),
        ("11. Refocus the Modern 25 transformation programme", [
            ("11.1", "Review the Modern 25 programme so that each workstream has clear benefits, milestones and savings targets reported to the Executive.",
             "Modern 25 Programme Manager", "Q4 2024/25",
             "Revised programme plan and benefits register presented to Overview and Scrutiny in September 2024; quarterly reporting in place.", "Complete"),
        ]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9E2F3")
    r = 1
    for rec, acts in plan:
        m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
        set_text(m, rec, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for (ref, act, lead, when, prog, rag) in acts:
            for i, v in enumerate([ref, act, lead, when, prog, rag]):
                set_text(t.cell(r, i), v)
            shade(t.cell(r, 5), HEX[rag])
            r += 1
    widths = [Cm(1.3), Cm(8.0), Cm(3.6), Cm(3.0), Cm(8.0), Cm(2.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) \u2013 action delivered; Green \u2013 on track; "
                      "Amber \u2013 progress slower than planned; Red \u2013 significantly off track.")
    doc.save(out("af2-teignbridge-cpc-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Basingstoke and Deane CSP - DHR 'Lucy' action plan (Home Office template, RAG added)
# ---------------------------------------------------------------------------
def make_basingstoke():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Basingstoke and Deane Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Domestic Homicide Review: 'Lucy' \u2013 Action Plan", level=1)
    doc.add_paragraph(
        "This action plan has been agreed by the DHR Panel and the Basingstoke and Deane Community Safety "
        "Partnership. Agencies report progress to the Partnership's Domestic Abuse Steering Group each quarter. "
        "Last updated: 9 October 2023.")
    cols = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome", "RAG"]
    REC3 = ("Hampshire and Isle of Wight Constabulary to ensure that DASH risk assessments are reviewed when a "
            "victim withdraws support for a prosecution.")
    body = [
        ("section", "Overview Report Recommendations"),
        ("1", "Basingstoke and Deane CSP to seek assurance that domestic abuse training delivered to partner agencies covers coercive control where the victim is an older adult.",
         "Local", "Review the CSP-commissioned domestic abuse training to include a module on older victims and coercive control, and deliver it to partner agencies.",
         "Basingstoke and Deane CSP", "Training content revised with the commissioned domestic abuse service; four sessions delivered.",
         "March 2024", "", "Green"),
        ("2", "Hampshire and Isle of Wight ICB to remind GP practices of the expectation of routine enquiry about domestic abuse.",
         "Regional", "Issue a primary care safeguarding bulletin on routine enquiry and include domestic abuse at the practice safeguarding leads' forum.",
         "Hampshire and Isle of Wight ICB", "Bulletin issued July 2023. Forum session held September 2023.",
         "30/09/2023", "Completed 26/09/2023 \u2013 session delivered to 38 practice safeguarding leads.", "Complete"),
        ("3a", REC3, "Regional", "Amend the domestic abuse investigation checklist so that a risk review is prompted when a victim withdraws.",
         "Hampshire and Isle of Wight Constabulary", "Checklist amended and live on the force system.",
         "December 2023", "Completed 4 December 2023.", "Complete"),
        ("3b", None, "Regional", "Dip-sample 50 withdrawn cases to test compliance with the amended checklist.",
         "Hampshire and Isle of Wight Constabulary", "Dip sample scheduled.",
         "Q4 2023/24", "", "Green"),
        ("section", "Single Agency Recommendations"),
        ("4", "Basingstoke and Deane Borough Council Housing to ensure that disclosures of domestic abuse made during housing applications are recorded and referred to MARAC where appropriate.",
         "Local", "Update the housing options procedure, brief all housing officers and add a domestic abuse flag to the housing system.",
         "Basingstoke and Deane Borough Council (Housing)", "Procedure updated. Briefing delivered to 24 officers. System flag awaiting an IT change request.",
         "31/01/2024", "", "Amber"),
        ("5", "Southern Health NHS Foundation Trust to ensure that carers' assessments consider the risk of domestic abuse from the person being cared for.",
         "Local", "Add a domestic abuse question to the carer's assessment template and audit its use after six months.",
         "Southern Health NHS Foundation Trust", "Template change agreed by the clinical records group.",
         "April 2024", "", "Green"),
        ("6", "Hampshire County Council Adults' Health and Care to ensure that safeguarding enquiries consider whether the person causing harm is a family carer and whether a referral to domestic abuse services is needed.",
         "Local", "Issue practice guidance and include the learning from this review in the safeguarding practice forum.",
         "Hampshire County Council Adults' Health and Care", "",
         "Ongoing", "", "Not started"),
        ("7", "South Central Ambulance Service to ensure that crews record and share concerns about domestic abuse identified when attending the home.",
         "Regional", "Reinforce the safeguarding referral process through the safeguarding newsletter and the mandatory training refresh.",
         "South Central Ambulance Service NHS Foundation Trust", "Newsletter article published August 2023.",
         "June 2024", "", "Green"),
    ]
    t = doc.add_table(rows=1 + len(body), cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_text(t.cell(0, i), h, bold=True, size=8)
        shade(t.cell(0, i), "E2D9F3")
    rec3_row = None
    for ri, item in enumerate(body, 1):
        if item[0] == "section":
            m = t.cell(ri, 0).merge(t.cell(ri, len(cols) - 1))
            set_text(m, item[1], bold=True)
            shade(m, "F2F2F2")
            continue
        no, rec, scope, act, lead, miles, tgt, done, rag = item
        vals = [no, rec or "", scope, act, lead, miles, tgt, done, rag]
        for i, v in enumerate(vals):
            if i == 1 and rec is None:
                continue
            set_text(t.cell(ri, i), v, size=8)
        if no == "3a":
            rec3_row = ri
        if rec is None:
            m = t.cell(rec3_row, 1).merge(t.cell(ri, 1))
            set_text(m, REC3, size=8)
        if rag in HEX:
            shade(t.cell(ri, 8), HEX[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete \u2013 action completed and evidenced; Green \u2013 on track; "
                      "Amber \u2013 delayed; Red \u2013 not progressed or no update received.")
    doc.save(out("af2-basingstoke-deane-csp-dhr-lucy-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Reigate and Banstead BC - internal audit management actions export (CSV)
# ---------------------------------------------------------------------------
def make_reigate():
    rows = [
        ["Reigate and Banstead Borough Council - Internal Audit: Management Actions Tracker (export 04/08/2025)"],
        ["Audit Title", "Audit Year", "Assurance Opinion", "Action Ref", "Priority", "Finding",
         "Agreed Management Action", "Action Owner", "Original Due Date", "Revised Due Date", "Status", "RAG", "Latest Update"],
        ["Accounts Payable", "2024/25", "Reasonable", "AP-01", "Medium",
         "Changes to supplier bank details were not always independently verified by a second officer.",
         "Introduce two-stage verification for all supplier bank detail changes, with a call-back to a known contact recorded on the system.",
         "Finance Manager (Exchequer)", "31/03/2025", "", "Complete", "B",
         "Two-stage verification live from 17 March 2025; evidence provided to SIAP."],
        ["Accounts Payable", "2024/25", "Reasonable", "AP-02", "Low",
         "A number of purchase orders were raised after the invoice date.",
         "Remind budget holders of the no PO, no pay policy and report retrospective orders quarterly to CMT.",
         "Head of Finance", "30/06/2025", "", "Complete", "B",
         "Reminder issued April 2025; Q1 report taken to CMT on 8 July."],
        ["Information Governance", "2024/25", "Limited", "IG-01", "High",
         "Records of processing activities are incomplete for 6 of the 14 services.",
         "Complete the record of processing activities for all services and agree an annual review cycle with heads of service.",
         "Data Protection Officer", "30/04/2025", "30/09/2025", "In progress", "A",
         "Complete for 11 of 14 services. Revised date agreed by Audit Committee in June."],
        ["Information Governance", "2024/25", "Limited", "IG-02", "High",
         "Completion of mandatory data protection training was 71%.",
         "Chase outstanding training through heads of service and report completion monthly to CMT until 95% is reached.",
         "Data Protection Officer / Head of HR", "31/05/2025", "", "Overdue", "R",
         "Completion 83% at the end of July."],
        ["Car Parking Income", "2024/25", "Reasonable", "CP-01", "Medium",
         "Cash collected from pay and display machines was not reconciled to machine audit reports promptly.",
         "Reconcile machine audit reports to cash banked weekly and report exceptions to the Parking Services Manager.",
         "Parking Services Manager", "31/07/2025", "", "Complete", "B",
         "Weekly reconciliation in place since June 2025."],
        ["Disabled Facilities Grants", "2024/25", "Reasonable", "DFG-01", "Medium",
         "Post-completion inspections were not evidenced on 4 of the 15 grant files tested.",
         "Add a post-completion inspection sign-off to the grant case file checklist and check a sample each quarter.",
         "Housing Services Manager", "30/11/2204", "", "Not yet due", "G",
         "Checklist being updated."],
        ["Procurement", "2024/25", "Limited", "PR-01", "High",
         "The contracts register was incomplete and did not record contract end dates for 23 contracts.",
         "Complete the contracts register, including end dates and contract managers, and publish it in line with the Transparency Code.",
         "Procurement Manager", "31/03/2025", "31/10/2025", "In progress", "A",
         "Register 85% complete; remaining entries with service managers."],
        ["Procurement", "2024/25", "Limited", "PR-02", "Medium",
         "Waivers of contract procedure rules were not consistently reported to Audit Committee.",
         "Report all waivers to Audit Committee twice a year.",
         "Head of Legal and Governance", "30/09/2025", "", "Not yet due", "G",
         "First report scheduled for the September Audit Committee."],
        ["Health and Safety", "2025/26", "Reasonable", "HS-01", "Medium",
         "Lone working risk assessments had not been reviewed in the last 12 months for two teams.",
         "Review lone working risk assessments for all teams and set annual review reminders.",
         "Health and Safety Advisor", "31/12/2025", "", "Not yet due", "G",
         "Review programme agreed."],
    ]
    with open(out("af2-reigate-banstead-internal-audit-actions-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Milton Keynes University Hospital NHS FT - Trust Board action log (tab-separated text)
# ---------------------------------------------------------------------------
def make_mkuh():
    lines = [
        "Milton Keynes University Hospital NHS Foundation Trust",
        "Trust Board (Meeting in Public) \u2013 Action Log",
        "Updated following the meeting held on 6 March 2025",
        "",
        "\t".join(["Action No", "Date of meeting", "Agenda item", "Subject", "Action", "Owner", "Due date", "Update", "Status"]),
    ]
    rows = [
        ["142", "07/11/2024", "8", "Patient Experience Report",
         "Provide the Board with a breakdown of complaints about discharge communication by division.",
         "Chief Nurse", "January 2025",
         "Breakdown included in the Q3 Patient Experience Report presented in January.", "Complete"],
        ["147", "07/11/2024", "10", "Integrated Performance Report",
         "Include the diagnostics 6-week wait (DM01) recovery trajectory in the performance report.",
         "Chief Operating Officer", "Mar-25",
         "Trajectory added to the IPR appendix; supporting narrative to follow in March.", "Green"],
        ["151", "07/11/2024", "14", "Workforce Report",
         "Report back on the outcome of the review of bank and agency rates for medical staff.",
         "Chief People Officer / Medical Director", "06/03/2025 (revised: May 2025)",
         "Review delayed by the regional rate-card discussions; due date revised with the Chair's agreement.", "Amber"],
        ["155", "09/01/2025", "6", "Chief Executive's Report",
         "Circulate the New Hospital Programme timeline to Board members once it is confirmed nationally.",
         "Director of Strategy", "TBC",
         "Awaiting publication of the national programme update.", "Green"],
        ["156", "09/01/2025", "9", "Maternity Safety Report",
         "Bring the Saving Babies' Lives v3 compliance position to the March Board.",
         "Director of Midwifery", "March 2025 Board",
         "On the agenda for 6 March 2025 (item 11).", "Complete"],
        ["158", "09/01/2025", "12", "Board Assurance Framework",
         "Review the risk appetite statement and bring it to a Board development session.",
         "Trust Secretary", "April 2025", "", "Green"],
        ["160", "09/01/2025", "13", "Finance Report",
         "Provide a breakdown of the cost improvement programme schemes rated high risk.",
         "Chief Finance Officer", "06/03/2025",
         "Not yet provided. To go to the Finance and Investment Committee in March and be reported back to the Board in May.", "Red"],
        ["163", "06/03/2025", "7", "Patient Story",
         "Write to the patient and family to thank them and confirm the actions agreed by the ward team.",
         "Chief Nurse", "31/03/2025", "", "Green"],
        ["164", "06/03/2025", "9", "Guardian of Safe Working Hours Report",
         "Confirm the number of exception reports relating to missed educational opportunities and share them with the People Committee.",
         "Medical Director and Guardian of Safe Working Hours", "May 2025", "", "Green"],
        ["165", "06/03/2025", "15", "Estates Update",
         "Arrange a Board walkabout of the new Cancer Centre before it opens to patients.",
         "Director of Estates / Trust Secretary", "June 2025", "", "Green"],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += [
        "",
        "Status key: Complete \u2013 action completed, proposed for closure | Green \u2013 on track, not yet due | "
        "Amber \u2013 due date revised or at risk | Red \u2013 overdue",
        "Closed actions are removed from the log once the Board has agreed their closure.",
    ]
    with open(out("af2-mkuh-trust-board-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_sath()
    make_portsmouth()
    make_nuh()
    make_teignbridge()
    make_basingstoke()
    make_reigate()
    make_mkuh()
    print("written")
