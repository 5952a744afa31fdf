"""Build the seven mj2- blind test files (set heldout382).

Run with /work/main/.venv/bin/python mj2_make.py  (writes beside this script).
Each data list below also carries the expected reading fields (exp_*) used to
write NAME.expected.yaml; the builders only use the display fields.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
NAVY, PALE, GREY = "1F3864", "DEEAF6", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=c)


def d(y, m, dd):
    return dt.datetime(y, m, dd)


# ---------------------------------------------------------------------------
# 1. Dorset County Hospital NHSFT - Board of Directors (Part One) action log
# ---------------------------------------------------------------------------
DCH_FILE = "mj2-dorset-county-hospital-nhsft-board-of-directors-public-action-log.xlsx"
DCH_TITLE = "Dorset County Hospital NHS Foundation Trust – Board of Directors (Part One) Action Log"
# ref, meeting, minute, item, action, lead, due, revised, update, rag fill
DCH_OPEN = [
    dict(ref="BoD25/058", meeting=d(2025, 7, 29), minute="BoD25/047", item="Integrated Performance Report",
         action="Provide a breakdown of the 52-week waiters by specialty, including the trajectory for clearing the longest waiters in Trauma & Orthopaedics and Ophthalmology.",
         lead="AH", due=d(2025, 9, 30), revised=d(2025, 11, 25),
         update="Deferred from September due to the waiting list validation exercise. Breakdown now scheduled for the Finance and Performance Committee in January 2026, with a report to Board to follow.",
         rag=RED, exp_lead=["AH"], exp_end="2025-11", exp_status="red"),
    dict(ref="BoD25/063", meeting=d(2025, 9, 30), minute="BoD25/061", item="Freedom to Speak Up Guardian Report",
         action="Arrange a Board development session on the findings of the Freedom to Speak Up reflection and planning tool.",
         lead="NJ / Head of Corporate Governance", due="March 2026", revised=None,
         update="Session pencilled in for the Board development day on 10 March 2026.",
         rag=AMBER, exp_lead=["NJ", "Head of Corporate Governance"], exp_end="2026-03", exp_status="amber"),
    dict(ref="BoD25/066", meeting=d(2025, 9, 30), minute="BoD25/064", item="Maternity and Neonatal Safety Report",
         action="Confirm the timeline for the Saving Babies' Lives Care Bundle v3 element 2 (fetal growth restriction) compliance audit and share the results with the Quality Committee.",
         lead="Chief Nursing Officer", due=d(2026, 1, 31), revised=None,
         update="Audit fieldwork complete. Results to the Quality Committee on 19 February 2026.",
         rag=AMBER, exp_lead=["Chief Nursing Officer"], exp_end="2026-01", exp_status="amber"),
    dict(ref="BoD25/071", meeting=d(2025, 11, 25), minute="BoD25/079", item="Green Plan Annual Update",
         action="Include the estates decarbonisation funding gap and the proposed phasing of the heat decarbonisation scheme in the next Green Plan update.",
         lead="Director of Strategy, Transformation and Partnerships", due="May 2026", revised=None,
         update="Not yet due.",
         rag=AMBER, exp_lead=["Director of Strategy, Transformation and Partnerships"], exp_end="2026-05", exp_status="amber"),
    dict(ref="BoD25/073", meeting=d(2025, 11, 25), minute="BoD25/082", item="Guardian of Safe Working Hours Report",
         action="Circulate the resident doctors' exception reporting data by department to Board members outside the meeting.",
         lead="AB", due=d(2025, 12, 19), revised=None,
         update="Data circulated by email on 12 December 2025. Propose close.",
         rag=GREEN, exp_lead=["AB"], exp_end="2025-12", exp_status="blue"),
    dict(ref="BoD25/074", meeting=d(2025, 11, 25), minute="BoD25/084", item="Board Assurance Framework",
         action="Review the target risk score for SR4 (workforce) in light of the revised recruitment trajectory.\nBring the revised BAF entry back to Board in March.",
         lead="MC, CH", due=d(2026, 1, 27), revised=d(2026, 3, 31),
         update="Revised date agreed by the Chair so that the review can take account of the 2026/27 workforce plan submission.",
         rag=AMBER, exp_lead=["MC", "CH"], exp_end="2026-03", exp_status="amber"),
]
DCH_CLOSED = [
    dict(ref="BoD25/049", meeting=d(2025, 6, 24), item="Patient Story",
         action="Invite the patient's family to return to Board in six months to hear what has changed on Ridgeway Ward.",
         lead="Chief Nursing Officer", due="November 2025", closed=d(2025, 11, 25), status="Complete",
         exp_lead=["Chief Nursing Officer"], exp_end="2025-11", exp_status="blue"),
    dict(ref="BoD25/055", meeting=d(2025, 7, 29), item="Digital Strategy Update",
         action="Provide assurance on the readiness of the electronic patient record go-live, including sign-off of the clinical safety case.",
         lead="JM", due=d(2025, 9, 30), closed=d(2025, 9, 30), status="Complete",
         exp_lead=["JM"], exp_end="2025-09", exp_status="blue"),
    dict(ref="BoD25/060", meeting=d(2025, 9, 30), item="Annual Complaints Report",
         action="Add benchmarking of complaint response times against peer trusts to the annual complaints report.",
         lead="NJ & AH", due=d(2025, 11, 25), closed=d(2025, 11, 25), status="Complete",
         exp_lead=["NJ", "AH"], exp_end="2025-11", exp_status="blue"),
]


def build_dch():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    widths = [12, 12, 11, 24, 52, 22, 12, 12, 48, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:J1")
    ws["A1"] = DCH_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Board of Directors meeting: 27 January 2026. Log updated 16 January 2026 by the Corporate Governance Team."
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    for col, (c, txt) in zip("BCD", [(RED, "Overdue"), (AMBER, "In progress – not yet due"),
                                     (GREEN, "Complete – propose closure")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = fill(c)
        ws[f"{col}3"].border = BOX
    hdr = ["Action Ref", "Meeting Date", "Minute Ref", "Item", "Action", "Lead", "Due Date",
           "Revised Due Date", "Update / Comments", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for a in DCH_OPEN:
        vals = [a["ref"], a["meeting"], a["minute"], a["item"], a["action"], a["lead"], a["due"],
                a["revised"], a["update"], None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(a["rag"])
        r += 1
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Closed Actions")
    for i, w in enumerate([12, 12, 24, 52, 22, 13, 13, 11], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.merge_cells("A1:H1")
    ws2["A1"] = "Actions closed at the Board of Directors meeting of 25 November 2025"
    ws2["A1"].font = Font(bold=True, size=12, color=NAVY)
    hdr2 = ["Action Ref", "Meeting Date", "Item", "Action", "Lead", "Due Date", "Date Closed", "Status"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
    r = 4
    for a in DCH_CLOSED:
        vals = [a["ref"], a["meeting"], a["item"], a["action"], a["lead"], a["due"], a["closed"], a["status"]]
        for i, v in enumerate(vals, 1):
            c = ws2.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws2.cell(row=r, column=8).fill = fill(GREEN)
        r += 1
    wb.save(os.path.join(HERE, DCH_FILE))


# ---------------------------------------------------------------------------
# 2. Wirral University Teaching Hospital NHSFT - maternity and neonatal plan (docx)
# ---------------------------------------------------------------------------
WUTH_FILE = "mj2-wirral-university-teaching-hospital-nhsft-maternity-neonatal-improvement-plan.docx"
WUTH_TITLE = "Maternity and Neonatal Improvement Plan 2025/26"
T1 = "Theme 1: Listening to and working with women and families with compassion"
T2 = "Theme 2: Growing, retaining and supporting our workforce"
T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
T4 = "Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care"
# each theme: list of (objective, [actions])
WUTH = [
    (T1, [
        ("Objective 1: Care that is personalised", [
            dict(ref="1.1",
                 action="Introduce personalised care and support plans for all women at booking, reviewed at 28 and 36 weeks, and audit completion quarterly.",
                 lead="Director of Midwifery / Community Midwifery Matron", orig="June 2025", rev="September 2025",
                 update="Personalised care plans live on the maternity EPR from August 2025. Q3 audit 94% completion at 36 weeks; moved to business as usual monitoring.",
                 brag="B", exp_lead=["Director of Midwifery", "Community Midwifery Matron"], exp_end="2025-09", exp_status="blue"),
        ]),
        ("Objective 2: Improve equity for mothers and babies", [
            dict(ref="1.2",
                 action="Implement the LMNS equity and equality action plan locally, including access to an interpreter at every contact for women who do not speak English.",
                 lead="Consultant Midwife (Public Health)", orig="31/03/2026", rev="",
                 update="Interpreter use audited monthly since October; face-to-face interpreting contract extended to community clinics.",
                 brag="G", exp_lead=["Consultant Midwife (Public Health)"], exp_end="2026-03", exp_status="green"),
        ]),
        ("Objective 3: Work with service users to improve care", [
            dict(ref="1.3",
                 action="Co-produce the new bereavement suite and care pathway with the Maternity and Neonatal Voices Partnership (MNVP).",
                 lead="Bereavement Specialist Midwife; MNVP Lead", orig="December 2025", rev="April 2026",
                 update="Estates works delayed by asbestos survey. MNVP walk-through of the refurbished suite planned for March 2026.",
                 brag="A", exp_lead=["Bereavement Specialist Midwife", "MNVP Lead"], exp_end="2026-04", exp_status="amber"),
        ]),
    ]),
    (T2, [
        ("Objective 4: Grow our workforce", [
            dict(ref="2.1",
                 action="Complete a Birthrate Plus reassessment and present the midwifery establishment review to the Board of Directors.",
                 lead="Director of Midwifery", orig="Q3 2025/26", rev="",
                 update="Birthrate Plus assessment completed November 2025. Board paper scheduled for February 2026.",
                 brag="A", exp_lead=["Director of Midwifery"], exp_end="2025-12", exp_status="amber"),
        ]),
        ("Objective 5: Value and retain our workforce", [
            dict(ref="2.2",
                 action="Embed the midwifery retention plan, including the preceptorship programme and legacy mentor roles.\nReport turnover and vacancy rates to the Workforce Committee each quarter.",
                 lead="Head of Midwifery / Deputy Chief People Officer", orig="Ongoing – quarterly review", rev="",
                 update="Midwifery turnover 9.8% (rolling 12 months), down from 13.1%. Two legacy mentors in post.",
                 brag="G", exp_lead=["Head of Midwifery", "Deputy Chief People Officer"], exp_end=None,
                 exp_end_text="Ongoing – quarterly review", exp_status="green"),
        ]),
    ]),
    (T3, [
        ("Objective 7: Develop a positive safety culture", [
            dict(ref="3.1",
                 action="All members of the maternity and neonatal leadership team to complete the Perinatal Culture and Leadership Programme and share the quadrumvirate improvement plan with staff.",
                 lead="Clinical Director for Obstetrics and Gynaecology / Neonatal Clinical Lead", orig="March 2025", rev="31/01/2026",
                 update="Programme completed. Culture survey results shared at listening events in December; improvement plan to be published in January.",
                 brag="A", exp_lead=["Clinical Director for Obstetrics and Gynaecology", "Neonatal Clinical Lead"],
                 exp_end="2026-01", exp_status="amber"),
        ]),
        ("Objective 8: Learning and improving", [
            dict(ref="3.2",
                 action="Move all maternity incident reviews to PSIRF learning responses and publish a monthly 'Learning from Events' bulletin.",
                 lead="Maternity Governance and Patient Safety Lead", orig="September 2025", rev="",
                 update="Complete. Bulletin issued monthly since July 2025.",
                 brag="B", exp_lead=["Maternity Governance and Patient Safety Lead"], exp_end="2025-09", exp_status="blue"),
        ]),
    ]),
    (T4, [
        ("Objective 10: Standards to ensure best practice", [
            dict(ref="4.1",
                 action="Achieve full compliance with all six elements of the Saving Babies' Lives Care Bundle version 3, evidenced through the LMNS quarterly assurance visit.",
                 lead="Obstetric Lead for SBLCBv3 / Quality Improvement Midwife", orig="31/03/2026", rev="",
                 update="Elements 1–4 and 6 compliant. Element 5 (preterm birth) at 78%; improvement plan agreed with the LMNS.",
                 brag="A", exp_lead=["Obstetric Lead for SBLCBv3", "Quality Improvement Midwife"], exp_end="2026-03", exp_status="amber"),
            dict(ref="4.2",
                 action="Audit compliance with the intrapartum fetal monitoring guideline, including hourly fresh eyes reviews.",
                 lead="Fetal Monitoring Lead Midwife", orig="Monthly", rev="",
                 update="November audit 96% compliance with fresh eyes reviews.",
                 brag="G", exp_lead=["Fetal Monitoring Lead Midwife"], exp_end=None, exp_end_text="Monthly", exp_status="green"),
        ]),
        ("Objective 12: Make better use of digital technology in maternity and neonatal services", [
            dict(ref="4.3",
                 action="Launch the patient-held maternity record app for all women booked from April 2026.",
                 lead="Digital Midwife", orig="January 2026", rev="June 2026",
                 update="Supplier delay to integration with the EPR; go-live moved to June 2026. Escalated to the Digital Board.",
                 brag="R", exp_lead=["Digital Midwife"], exp_end="2026-06", exp_status="red"),
        ]),
    ]),
]
BRAG_FILL = {"B": BLUE, "R": RED, "A": AMBER, "G": GREEN}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, hexcol=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.bold = True
        if hexcol:
            shade(c, hexcol)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def build_wuth():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Wirral University Teaching Hospital NHS Foundation Trust").bold = True
    doc.add_heading(WUTH_TITLE, level=1)
    doc.add_paragraph("Women and Children's Division – progress position at 31 December 2025")
    doc.add_paragraph(
        "This plan brings together the actions for the Trust from the Three Year Delivery Plan for Maternity and "
        "Neonatal Services, the CQC maternity inspection report (published August 2024) and the Maternity Incentive "
        "Scheme Year 7 safety actions. Progress is reported monthly to the Maternity and Neonatal Safety Champions "
        "and quarterly to the Quality and Safety Committee.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    bold_row(t.rows[0], GREY)
    for row in [("1.0", "14/04/2025", "Director of Midwifery", "Plan approved by Quality and Safety Committee"),
                ("1.3", "07/10/2025", "Maternity Quality and Safety Lead", "Q2 progress update; CQC actions merged"),
                ("1.4", "09/01/2026", "Maternity Quality and Safety Lead", "Q3 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_heading("BRAG rating key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, txt in [("B", "Complete – action delivered and evidence of sustained change"),
                   ("G", "On track to deliver by the completion date"),
                   ("A", "At risk of not delivering by the completion date – mitigation in place"),
                   ("R", "Off track – will not deliver by the completion date; escalated")]:
        cells = t.add_row().cells
        cells[0].text = k
        shade(cells[0], BRAG_FILL[k])
        cells[1].text = txt
    hdr = ["Ref", "Action", "Lead (Executive / Operational)", "Original completion date",
           "Revised completion date", "Progress update – December 2025", "BRAG"]
    for theme, objectives in WUTH:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        bold_row(t.rows[0], PALE)
        for obj, acts in objectives:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            m.text = obj
            for para in m.paragraphs:
                for run in para.runs:
                    run.font.bold = True
            shade(m, GREY)
            for a in acts:
                cells = t.add_row().cells
                vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["update"], a["brag"]]
                for c, v in zip(cells, vals):
                    c.text = v
                shade(cells[-1], BRAG_FILL[a["brag"]])
        if theme == T4:
            doc.add_paragraph("Note: Objectives 6, 9 and 11 are delivered through the Cheshire and Merseyside LMNS "
                              "programme and are not duplicated in this plan.")
    doc.save(os.path.join(HERE, WUTH_FILE))


# ---------------------------------------------------------------------------
# 3. CNTW - SAR 'Adult K' single agency action plan (xlsx)
# ---------------------------------------------------------------------------
CNTW_FILE = "mj2-cumbria-northumberland-tyne-wear-nhsft-sar-adult-k-single-agency-action-plan.xlsx"
CNTW_TITLE = "Safeguarding Adults Review 'Adult K' – CNTW Single Agency Action Plan"
TA = "Theme A: Mental capacity and executive functioning"
TB = "Theme B: Discharge and transfer of care"
TC = "Theme C: Professional curiosity and working with families"
R1 = ("Recommendation 1: Agencies should ensure that where an adult repeatedly declines care and support, "
      "their capacity is assessed for the specific decision, takes account of executive functioning and is clearly recorded.")
R2 = ("Recommendation 2: Agencies should record the reasons an adult gives for declining a visit or service "
      "and agree how they will follow this up.")
R3 = ("Recommendation 3: Agencies should ensure that information about self-neglect and hoarding risks is "
      "shared with primary care and adult social care when an adult is discharged from hospital.")
R4 = ("Recommendation 4: Agencies should show professional curiosity about the adult's relationships and "
      "involve family members in assessment and care planning where the adult agrees.")
CNTW = [
    (TA, R1, [
        dict(ref="1.1", action="Revise the Trust Mental Capacity Act policy to include guidance on assessing executive functioning, with worked examples for self-neglect cases.",
             lead="MCA Lead", target=d(2025, 10, 31), evidence="Ratified policy v4.0 (Policy Group, 15 October 2025)",
             update="Policy ratified and published on the intranet.", prev="Green", cur="Blue", cur_fill=BLUE,
             exp_lead=["MCA Lead"], exp_end="2025-10", exp_status="blue"),
        dict(ref="1.2", action="Deliver MCA and executive functioning training to community mental health team and crisis team staff, aiming for 85% compliance.",
             lead="Named Nurse Safeguarding Adults / Clinical Education Lead", target="Sept 2025 – March 2026",
             evidence="Training compliance reports by team",
             update="Compliance at 61% (December 2025). Additional sessions booked for February.", prev="Amber", cur="Amber", cur_fill=AMBER,
             exp_lead=["Named Nurse Safeguarding Adults", "Clinical Education Lead"], exp_end="2026-03", exp_status="amber"),
        dict(ref="1.3", action="Audit 40 records of adults who decline care to test whether capacity assessments are decision-specific and recorded.",
             lead="Safeguarding Adults Practitioner (North Locality)", target="Q1 2026/27", evidence="Audit report to Trust Safeguarding Group",
             update="Audit tool agreed; sample to be drawn in April 2026.", prev=None, cur="Green", cur_fill=GREEN,
             exp_lead=["Safeguarding Adults Practitioner (North Locality)"], exp_end="2026-06", exp_status="green"),
    ]),
    (TA, R2, [
        dict(ref="2.1", action="Add a prompt to the RiO risk assessment to record the reasons given when a service user declines a planned visit, and the follow-up agreed.",
             lead="Chief Clinical Information Officer", target="Dec-25", evidence="RiO change request and release note",
             update="Change request delayed by the RiO upgrade; now scheduled for February 2026.", prev="Amber", cur=None, cur_fill=RED,
             exp_lead=["Chief Clinical Information Officer"], exp_end="2025-12", exp_status="red"),
    ]),
    (TB, R3, [
        dict(ref="3.1", action="Strengthen the inpatient discharge checklist so that self-neglect and hoarding risks are shared with the GP and adult social care at discharge.",
             lead="Deputy Director of Nursing (Inpatient Care Group)", target=d(2025, 11, 30), evidence="Revised checklist; discharge summary template",
             update="Revised checklist in use on all adult inpatient wards from 17 November 2025.", prev="Green", cur="Blue", cur_fill=BLUE,
             exp_lead=["Deputy Director of Nursing (Inpatient Care Group)"], exp_end="2025-11", exp_status="blue"),
        dict(ref="3.2", action="Introduce a 72-hour follow-up standard for adults discharged with an identified self-neglect risk, monitored through the care group dashboard.",
             lead="Associate Director, Community Care Group; Head of Performance", target="March 2026", evidence="Dashboard extract",
             update="Standard agreed; dashboard field live from January 2026.", prev="Amber", cur="Green", cur_fill=GREEN,
             exp_lead=["Associate Director, Community Care Group", "Head of Performance"], exp_end="2026-03", exp_status="green"),
    ]),
    (TC, R4, [
        dict(ref="4.1", action="Share the learning from Adult K through a 7-minute briefing and the quarterly safeguarding learning forums.",
             lead="Named Nurse Safeguarding Adults", target="Ongoing", evidence="Briefing; forum attendance records",
             update="Briefing issued October 2025; presented at the November learning forum.", prev="Green", cur="Green", cur_fill=GREEN,
             exp_lead=["Named Nurse Safeguarding Adults"], exp_end=None, exp_end_text="Ongoing", exp_status="green"),
        dict(ref="4.2", action="Update the carers and family involvement standard so that families are invited to contribute to care reviews where the adult consents, and audit uptake.",
             lead="Head of Patient and Carer Experience", target=d(2026, 5, 31), evidence="Revised standard; audit results",
             update="Draft standard with the Carers Reference Group for comment.", prev=None, cur="Amber", cur_fill=AMBER,
             exp_lead=["Head of Patient and Carer Experience"], exp_end="2026-05", exp_status="amber"),
    ]),
]


def build_cntw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    ws["A1"] = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = CNTW_TITLE
    ws["A3"].font = Font(bold=True, size=12)
    rows = [("Commissioning board", "Northumberland Safeguarding Adults Board"),
            ("SAR published", "June 2025"),
            ("Executive lead", "Executive Director of Nursing, Therapies and Quality"),
            ("Plan owner", "Associate Director of Safeguarding and Public Protection"),
            ("Monitoring", "Trust Safeguarding Group (bi-monthly); assurance to Quality and Performance Committee"),
            ("Version", "v0.5 – updated 12 January 2026")]
    for i, (k, v) in enumerate(rows, 6):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
        for c in (1, 2):
            ws.cell(row=i, column=c).border = BOX

    ws = wb.create_sheet("Action Plan")
    widths = [7, 55, 30, 16, 30, 45, 11, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = CNTW_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Position at 12 January 2026"
    hdr = ["Ref", "Action", "Lead", "Target Date", "Evidence of Completion", "Progress Update",
           "Previous RAG", "Current RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 5
    last_theme = None
    prevfill = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE}
    for theme, rec, acts in CNTW:
        if theme != last_theme:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=theme)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("2F5496")
            r += 1
            last_theme = theme
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = fill(PALE)
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead"], a["target"], a["evidence"], a["update"], a["prev"], a["cur"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["prev"]:
                ws.cell(row=r, column=7).fill = fill(prevfill[a["prev"]])
            ws.cell(row=r, column=8).fill = fill(a["cur_fill"])
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for k, n, col in [("Blue (complete)", 2, BLUE), ("Green", 3, GREEN), ("Amber", 2, AMBER), ("Red", 1, RED),
                      ("Total actions", 8, None)]:
        ws.cell(row=r, column=2, value=k)
        c = ws.cell(row=r, column=3, value=n)
        if col:
            c.fill = fill(col)
        r += 1

    ws = wb.create_sheet("RAG key")
    ws.column_dimensions["B"].width = 80
    for i, (k, col, txt) in enumerate([
            ("Blue", BLUE, "Complete – evidence received and verified by the Safeguarding Team"),
            ("Green", GREEN, "On track to complete by the target date"),
            ("Amber", AMBER, "Some slippage; will complete with additional support"),
            ("Red", RED, "Target date missed or at serious risk; escalated to Trust Safeguarding Group")], 1):
        ws.cell(row=i, column=1, value=k).fill = fill(col)
        ws.cell(row=i, column=2, value=txt)
    wb.save(os.path.join(HERE, CNTW_FILE))


# ---------------------------------------------------------------------------
# 4. East Hampshire CSP - DHR 'Deborah' action plan (docx, Home Office template)
# ---------------------------------------------------------------------------
EH_FILE = "mj2-east-hampshire-csp-dhr-deborah-action-plan.docx"
EH_TITLE = "Domestic Homicide Review: 'Deborah' – Action Plan"
S1 = "Overview Report Recommendations"
S2 = "Single Agency Recommendations"
EH = [
    (S1, [
        ("1. East Hampshire CSP should assure itself that partner agencies routinely ask about domestic abuse when an older person discloses a change in their family or caring circumstances.",
         "Local", [
            dict(action="Develop a routine enquiry prompt for older people and promote it through the Hampshire domestic abuse champions network.",
                 lead="East Hampshire CSP / Hampshire County Council Domestic Abuse Team",
                 milestones="Prompt agreed at the DA Forum, June 2025. Launched at the champions' event on 9 July 2025.",
                 target="July 2025", outcome="Completed July 2025 – 38 champions briefed.", rag="Complete",
                 exp_lead=["East Hampshire CSP", "Hampshire County Council Domestic Abuse Team"], exp_end="2025-07", exp_status="blue"),
            dict(action="Audit the use of the routine enquiry prompt across partner agencies six months after launch.",
                 lead="East Hampshire CSP", milestones="Audit questions drafted.",
                 target="February 2026", outcome="", rag="Green",
                 exp_lead=["East Hampshire CSP"], exp_end="2026-02", exp_status="green"),
        ]),
        ("2. Hampshire and Isle of Wight Constabulary should ensure that officers attending domestic incidents involving older victims complete the DASH risk assessment with the victim alone.",
         "Regional", [
            dict(action="Issue a force-wide briefing and update the domestic abuse attendance checklist so that the DASH is completed with the victim away from other family members.",
                 lead="Hampshire and Isle of Wight Constabulary",
                 milestones="Briefing issued January 2025. Checklist updated on mobile devices.",
                 target="31/03/2025", outcome="Completed March 2025.", rag="Complete",
                 exp_lead=["Hampshire and Isle of Wight Constabulary"], exp_end="2025-03", exp_status="blue"),
        ]),
        ("3. Agencies should ensure that carers' assessments explore the risk of domestic abuse where the carer is a family member with support needs of their own.",
         "Local", [
            dict(action="Amend the carer's assessment template to include questions on conflict, coercion and the carer's own needs.",
                 lead="Hampshire County Council Adults' Health and Care",
                 milestones="Draft template out to consultation with Carers Together.",
                 target="Q3 2025/26", outcome="", rag="Amber",
                 exp_lead=["Hampshire County Council Adults' Health and Care"], exp_end="2025-12", exp_status="amber"),
            dict(action="Deliver training on domestic abuse in later life to carer support workers.",
                 lead="Carers Together", milestones="Two of four sessions delivered.",
                 target="End of March 2026", outcome="", rag="Green",
                 exp_lead=["Carers Together"], exp_end="2026-03", exp_status="green"),
        ]),
    ]),
    (S2, [
        ("4. Hampshire and Isle of Wight ICB should remind GP practices to record a patient's caring responsibilities and any third party present during consultations.",
         "Local", [
            dict(action="Publish a safeguarding newsletter article and add the learning to level 3 safeguarding adults training for primary care.",
                 lead="Hampshire and Isle of Wight ICB (Primary Care Safeguarding Team)",
                 milestones="Article published August 2025. Training slides updated.",
                 target="September 2025", outcome="Completed September 2025.", rag="Complete",
                 exp_lead=["Hampshire and Isle of Wight ICB (Primary Care Safeguarding Team)"], exp_end="2025-09", exp_status="blue"),
        ]),
        ("5. East Hampshire District Council Housing Options should consider domestic abuse when an older person asks for a transfer or adaptation because of family conflict.",
         "Local", [
            dict(action="Add a domestic abuse screening question to the housing register application and the adaptations referral form, and train Housing Options staff in its use.",
                 lead="East Hampshire District Council (Housing Options Manager)",
                 milestones="Form change with the IT supplier.",
                 target="30/04/2026", outcome="", rag="Amber",
                 exp_lead=["East Hampshire District Council (Housing Options Manager)"], exp_end="2026-04", exp_status="amber"),
        ]),
        ("6. Hampshire and Isle of Wight Healthcare NHS Foundation Trust should ensure that older people's mental health teams consider the impact of a family member's mental ill-health on the safety of the patient.",
         "Local", [
            dict(action="Include a 'think family' domestic abuse question in the older people's mental health assessment and review documentation.",
                 lead="Hampshire and Isle of Wight Healthcare NHS Foundation Trust",
                 milestones="Awaiting a slot in the electronic record change programme.",
                 target="TBC", outcome="", rag="Red",
                 exp_lead=["Hampshire and Isle of Wight Healthcare NHS Foundation Trust"], exp_end=None, exp_end_text="TBC",
                 exp_status="red"),
        ]),
    ]),
]


def build_eh():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("East Hampshire Community Safety Partnership").bold = True
    doc.add_heading(EH_TITLE, level=1)
    doc.add_paragraph("Review reference: EHCSP DHR 2023/01. Overview report accepted by the Home Office Quality "
                      "Assurance Panel: October 2024. Action plan position as at 1 December 2025.")
    doc.add_paragraph("The action plan is monitored by the East Hampshire CSP DHR Steering Group. Agencies are asked to "
                      "update the 'Key milestones' and 'Date of completion and Outcome' columns before each meeting.")
    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for sect, recs in EH:
        doc.add_heading(sect, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        bold_row(t.rows[0], GREY)
        for rec, scope, acts in recs:
            first = len(t.rows)
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate([a["action"], a["lead"], a["milestones"], a["target"], a["outcome"], a["rag"]], 2):
                    cells[i].text = v
                shade(cells[7], ragfill[a["rag"]])
            last = len(t.rows) - 1
            for col, val in ((0, rec), (1, scope)):
                top = t.cell(first, col)
                if last > first:
                    top = top.merge(t.cell(last, col))
                top.text = val
    doc.add_paragraph("RAG: Complete = action completed and evidence provided; Green = on track; Amber = some "
                      "delay; Red = significant delay or no update received.")
    doc.save(os.path.join(HERE, EH_FILE))


# ---------------------------------------------------------------------------
# 5. Mole Valley CSP - Community Safety Partnership Plan 2025-26 action plan (csv)
# ---------------------------------------------------------------------------
MV_FILE = "mj2-mole-valley-csp-community-safety-partnership-plan-2025-26-action-plan.csv"
MV_TITLE = "Community Safety Partnership Plan 2025-26: Action Plan – Quarter 2 update (July to September 2025)"
P1 = "Priority 1: Tackling anti-social behaviour and building confident communities"
P2 = "Priority 2: Reducing domestic abuse and violence against women and girls"
P3 = "Priority 3: Protecting young people from exploitation and serious violence"
P4 = "Priority 4: Safer roads and rural communities"
MV = [
    (P1, [
        dict(ref="1.1", action="Run joint Days of Action in Leatherhead and Dorking town centres with Surrey Police, CHaRMM partners and local businesses.",
             lead="Surrey Police / MVDC Community Safety", target="Mar-26", measure="Four Days of Action delivered",
             update="Two Days of Action held (June and September); 11 referrals made to CHaRMM.", rag="Green",
             exp_lead=["Surrey Police", "MVDC Community Safety"], exp_end="2026-03", exp_status="green"),
        dict(ref="1.2", action="Review the Public Spaces Protection Order for Dorking town centre ahead of its expiry.",
             lead="MVDC Environmental Health and Licensing Manager", target="31/12/2025", measure="PSPO decision taken by Cabinet",
             update="Consultation moved to October to align with the Surrey-wide PSPO review.", rag="Amber",
             exp_lead=["MVDC Environmental Health and Licensing Manager"], exp_end="2025-12", exp_status="amber"),
        dict(ref="1.3", action="Promote the ASB Case Review (Community Trigger) through the Council website and Mole Valley Life.",
             lead="MVDC Communications Team", target="Sept 2025", measure="Web page updated; article published",
             update="Article in the summer edition of Mole Valley Life; web page refreshed.", rag="Complete",
             exp_lead=["MVDC Communications Team"], exp_end="2025-09", exp_status="blue"),
    ]),
    (P2, [
        dict(ref="2.1", action="Deliver domestic abuse awareness sessions for frontline council, housing association and voluntary sector staff.",
             lead="Your Sanctuary; MVDC Community Safety Officer", target="Quarterly", measure="At least 60 staff trained in the year",
             update="Q1: 14 staff\nQ2: 19 staff (including Clarion Housing neighbourhood officers)", rag="Green",
             exp_lead=["Your Sanctuary", "MVDC Community Safety Officer"], exp_end=None, exp_end_text="Quarterly", exp_status="green"),
        dict(ref="2.2", action="Work with licensed premises to sign up to the 'Ask for Angela' scheme and complete Safer Spaces training.",
             lead="MVDC Licensing / Surrey Police Licensing Officer", target="Mar-26", measure="15 premises signed up",
             update="Planned for Q3, ahead of the Christmas night-time economy period.", rag="Not started",
             exp_lead=["MVDC Licensing", "Surrey Police Licensing Officer"], exp_end="2026-03", exp_status="unrated"),
    ]),
    (P3, [
        dict(ref="3.1", action="Map youth provision in Leatherhead North and Dorking South with the Surrey County Council Youth Offer and identify gaps.",
             lead="Surrey County Council Youth Services", target="Q3 2025/26", measure="Mapping report to CSP",
             update="Mapping started; youth worker vacancy has slowed progress.", rag="Amber",
             exp_lead=["Surrey County Council Youth Services"], exp_end="2025-12", exp_status="amber"),
        dict(ref="3.2", action="Deliver the Mole Valley actions in the Surrey Serious Violence Duty strategy and report progress to the Surrey Serious Violence Duty Board.",
             lead="MVDC Community Safety Officer", target="31/03/2026", measure="Six-monthly report submitted",
             update="First six-monthly report submitted in September.", rag="Green",
             exp_lead=["MVDC Community Safety Officer"], exp_end="2026-03", exp_status="green"),
    ]),
    (P4, [
        dict(ref="4.1", action="Support Community Speedwatch groups with equipment and training, and share their data with Surrey Police Roads Policing.",
             lead="Surrey Police Roads Policing Unit", target="Ongoing", measure="Number of active Speedwatch groups",
             update="Nine active groups; new group in Brockham trained in August.", rag="Green",
             exp_lead=["Surrey Police Roads Policing Unit"], exp_end=None, exp_end_text="Ongoing", exp_status="green"),
    ]),
]


def build_mv():
    ncol = 7
    pad = lambda row: row + [""] * (ncol - len(row))
    rows = [pad(["Mole Valley Community Safety Partnership"]), pad([MV_TITLE]), pad([]),
            ["Ref", "Action", "Lead Partner(s)", "Target Date", "Measure of success", "Q2 Update", "RAG"]]
    for pr, acts in MV:
        rows.append(pad([pr]))
        for a in acts:
            rows.append([a["ref"], a["action"], a["lead"], a["target"], a["measure"], a["update"], a["rag"]])
    rows += [pad([]), pad(["RAG summary"]), pad(["Complete", "1"]), pad(["Green", "4"]), pad(["Amber", "2"]),
             pad(["Not started", "1"]), pad(["Total actions", "8"]), pad([]),
             pad(["Notes: CHaRMM = Community Harm and Risk Management Meeting. MVDC = Mole Valley District Council. "
                  "Updates provided by partners at the CSP meeting of 8 October 2025."])]
    with open(os.path.join(HERE, MV_FILE), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 6. Surrey Heath BC - corporate risk register Q3 2025/26 (xlsx) - typo month refuse
# ---------------------------------------------------------------------------
SH_FILE = "mj2-surrey-heath-bc-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
SH_TITLE = "Corporate Risk Register – Quarter 3 2025/26 (October to December 2025)"
SH = [
    dict(ref="CR01", title="Financial sustainability",
         desc="Cause: reduced government funding, inflation and the cost of temporary accommodation.\nEffect: the Council cannot set a balanced budget without drawing on reserves.",
         owner="Head of Finance and Procurement", inh=(5, 5), controls="Medium Term Financial Strategy; monthly budget monitoring to CMT; Section 151 Officer sign-off of savings plans",
         res=(4, 4), dot="↔",
         actions=[("Deliver the 2026/27 savings programme of £1.2m and report progress to the Performance and Finance Scrutiny Committee.", "Head of Finance and Procurement", "February 2026", "Savings proposals agreed by the Executive in December."),
                  ("Complete the review of the commercial property portfolio and agree an asset disposal plan.", "Strategic Property Manager", d(2026, 3, 31), "Valuations received for 11 of 14 assets."),
                  ("Lobby through the District Councils' Network on the Fair Funding Review settlement.", "Chief Executive", "Ongoing", "Response submitted to the consultation.")]),
    dict(ref="CR02", title="Cyber security",
         desc="Cause: ransomware or phishing attack on council systems.\nEffect: loss of services and data, financial and reputational damage.",
         owner="Head of Corporate Services", inh=(4, 5), controls="Firewalls and endpoint protection; PSN compliance; mandatory annual training",
         res=(3, 5), dot="↔",
         actions=[("Achieve Cyber Essentials Plus accreditation.", "ICT Manager", "March 2026", "Assessment booked for February 2026."),
                  ("Run a cyber incident exercise with the Corporate Management Team and test the ICT disaster recovery plan.", "ICT Manager / Emergency Planning Officer", d(2026, 1, 30), "Exercise scenario agreed with the Local Resilience Forum.")]),
    dict(ref="CR03", title="Temporary accommodation demand",
         desc="Cause: rising homelessness approaches and limited supply of affordable housing.\nEffect: increased use of nightly-paid accommodation and budget overspend.",
         owner="Head of Housing and Community", inh=(5, 4), controls="Homelessness prevention fund; temporary accommodation placement panel",
         res=(4, 4), dot="↑",
         actions=[("Acquire 12 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.", "Housing Services Manager", d(2026, 3, 31), "Eight units purchased; four in conveyancing."),
                  ("Review the homelessness prevention offer and introduce a landlord incentive scheme.", "Housing Options Team Leader", "Feburary 2026", "Scheme design agreed; budget bid submitted."),
                  ("Report temporary accommodation numbers and spend to the Executive monthly.", "Head of Housing and Community", "Monthly", "Reporting in place since October 2025.")]),
    dict(ref="CR04", title="Local government reorganisation",
         desc="Cause: Surrey-wide reorganisation into new unitary councils from April 2027.\nEffect: loss of capacity and staff, and disruption to services during transition.",
         owner="Chief Executive", inh=(5, 4), controls="LGR programme board; staff briefings; member working group",
         res=(4, 4), dot="↑",
         actions=[("Agree the Council's transition programme plan and governance with the West Surrey partner councils.", "Chief Executive", "April 2026", "Joint programme office being established."),
                  ("Put in place a staff retention and wellbeing plan for the transition period.", "HR Manager", "June 2026", "Staff survey closes in January.")]),
]
SH_REFUSE_ROW = None  # set by build_sh


def rag_for(score):
    return RED if score >= 15 else (AMBER if score >= 8 else GREEN)


def build_sh():
    global SH_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.column_dimensions["B"].width = 40
    ws["A1"] = "Surrey Heath Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate risks – residual scores at Quarter 3 2025/26"
    hdr = ["Ref", "Risk", "Owner", "Q2 score", "Q3 score", "Direction of travel"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    q2 = {"CR01": 16, "CR02": 15, "CR03": 12, "CR04": 12}
    for i, rk in enumerate(SH, 5):
        score = rk["res"][0] * rk["res"][1]
        vals = [rk["ref"], rk["title"], rk["owner"], q2[rk["ref"]], score, rk["dot"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
        ws.cell(row=i, column=5).fill = fill(rag_for(score))

    ws = wb.create_sheet("Corporate Risk Register")
    widths = [7, 20, 40, 22, 10, 36, 10, 10, 48, 24, 14, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Surrey Heath Borough Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = SH_TITLE
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reviewed by the Corporate Management Team on 13 January 2026; presented to the Audit and "
                "Standards Committee on 27 January 2026.")
    hdr = ["Risk Ref", "Risk Title", "Risk Description (cause / effect)", "Risk Owner", "Inherent Score (L x I)",
           "Existing Controls", "Residual Score (L x I)", "Direction of Travel", "Further Actions Required",
           "Action Owner", "Target Date", "Q3 Progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for rk in SH:
        first = r
        for act, owner, target, prog in rk["actions"]:
            for col, v in zip(range(9, 13), [act, owner, target, prog]):
                c = ws.cell(row=r, column=col, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if target == "Feburary 2026":
                SH_REFUSE_ROW = r
            r += 1
        last = r - 1
        inh = rk["inh"][0] * rk["inh"][1]
        res = rk["res"][0] * rk["res"][1]
        vals = [rk["ref"], rk["title"], rk["desc"], rk["owner"],
                f"{rk['inh'][0]} x {rk['inh'][1]} = {inh}", rk["controls"],
                f"{rk['res'][0]} x {rk['res'][1]} = {res}", rk["dot"]]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=5).fill = fill(rag_for(inh))
        ws.cell(row=first, column=7).fill = fill(rag_for(res))
    r += 1
    ws.cell(row=r, column=1, value="Scoring: Likelihood (L) x Impact (I), each 1–5. 15–25 = High (red); "
                                   "8–12 = Medium (amber); 1–6 = Low (green). Direction of travel compares with Q2.")
    wb.save(os.path.join(HERE, SH_FILE))


# ---------------------------------------------------------------------------
# 7. Hart DC - transformation programme highlight report (tab-separated text export)
# ---------------------------------------------------------------------------
HART_FILE = "mj2-hart-dc-transformation-programme-highlight-report.txt"
HART_TITLE = "Transformation Programme – Highlight Report"
W1 = "Workstream 1: Digital Customer Services"
W2 = "Workstream 2: Waste and Street Cleansing Contract Review"
W3 = "Workstream 3: Civic Offices and Agile Working"
HART = [
    (W1, [
        dict(ref="DC1", action="Launch the customer portal for council tax and benefits self-service", owner="Head of Digital and Customer Services",
             base="Sep-25", fore="Nov-25", rag="C", comment="Portal went live 3 November 2025; 1,240 accounts created in the first four weeks.",
             exp_lead=["Head of Digital and Customer Services"], exp_end="2025-11", exp_status="blue"),
        dict(ref="DC2", action="Move missed bin reports and garden waste renewals to online forms integrated with the contractor's system", owner="Head of Digital and Customer Services / Waste Client Manager",
             base="Dec-25", fore="Feb-26", rag="A", comment="Integration testing found data mapping errors; contractor fix due January.",
             exp_lead=["Head of Digital and Customer Services", "Waste Client Manager"], exp_end="2026-02", exp_status="amber"),
        dict(ref="DC3", action="Replace the telephony platform and introduce call-back in the contact centre", owner="ICT Manager",
             base="Mar-26", fore="Mar-26", rag="G", comment="Supplier appointed via the G-Cloud framework.",
             exp_lead=["ICT Manager"], exp_end="2026-03", exp_status="green"),
    ]),
    (W2, [
        dict(ref="WS1", action="Complete the options appraisal for the waste and street cleansing contract after 2027", owner="Head of Environmental and Technical Services",
             base="Oct-25", fore="Dec-25", rag="C", comment="Options appraisal presented to Cabinet on 4 December 2025.",
             exp_lead=["Head of Environmental and Technical Services"], exp_end="2025-12", exp_status="blue"),
        dict(ref="WS2", action="Agree the joint procurement approach and inter-authority agreement with Rushmoor and Basingstoke", owner="Head of Environmental and Technical Services / Shared Legal Services",
             base="Jan-26", fore="Apr-26", rag="R", comment="Partner councils have not yet agreed the cost-sharing formula. Escalated to the Programme Board (decision 1 below).",
             exp_lead=["Head of Environmental and Technical Services", "Shared Legal Services"], exp_end="2026-04", exp_status="red"),
        dict(ref="WS3", action="Prepare for weekly food waste collections under Simpler Recycling, including procurement of caddies and vehicles", owner="Waste Client Manager",
             base="Q4 2025/26", fore="Q1 2026/27", rag="A", comment="Vehicle lead times extended; interim hire being explored.",
             exp_lead=["Waste Client Manager"], exp_end="2026-06", exp_status="amber"),
    ]),
    (W3, [
        dict(ref="CO1", action="Consolidate staff onto the ground and first floors of the Civic Offices and relet the second floor", owner="Head of Corporate Services",
             base="Feb-26", fore="Feb-26", rag="G", comment="Heads of terms agreed with a public sector tenant.",
             exp_lead=["Head of Corporate Services"], exp_end="2026-02", exp_status="green"),
        dict(ref="CO2", action="Roll out the hybrid working policy and desk booking system to all teams", owner="HR Manager",
             base="Nov-25", fore="Jan-26", rag="A", comment="Policy approved by Staffing Committee; desk booking pilot extended at the request of UNISON.",
             exp_lead=["HR Manager"], exp_end="2026-01", exp_status="amber"),
        dict(ref="CO3", action="Install meeting room technology to support hybrid Council and committee meetings", owner="ICT Manager / Democratic Services Manager",
             base="Jan-26", fore="Jan-26", rag="G", comment="Equipment delivered; installation booked for the week of 12 January.",
             exp_lead=["ICT Manager", "Democratic Services Manager"], exp_end="2026-01", exp_status="green"),
    ]),
]


def build_hart():
    L = ["Hart District Council",
         HART_TITLE,
         "Reporting period:\tOctober – November 2025\tReport date:\t04/12/2025",
         "Programme Sponsor:\tChief Executive\tProgramme Manager:\tTransformation Programme Manager",
         "Overall programme status:\tAMBER\tPrevious status:\tAMBER",
         "",
         "RAG key: G = on track; A = at risk, recovery plan in place; R = off track, escalation required; C = complete",
         "",
         "Financial summary",
         "Savings target 2025/26\t£610,000",
         "Delivered to date\t£385,000",
         "Forecast outturn\t£540,000",
         ""]
    for ws, acts in HART:
        L.append(ws)
        L.append("Ref\tMilestone\tOwner\tBaseline date\tForecast date\tRAG\tCommentary")
        for a in acts:
            L.append("\t".join([a["ref"], a["action"], a["owner"], a["base"], a["fore"], a["rag"], a["comment"]]))
        L.append("")
    L += ["Key risks and issues",
          "ID\tRisk / issue\tScore\tTrend",
          "R1\tPartner councils do not agree the waste contract cost-sharing formula, delaying procurement\t16\tIncreasing",
          "R2\tCapacity in the ICT team during the telephony replacement\t9\tStable",
          "",
          "Decisions required from the Programme Board",
          "Decision 1 – the Programme Board is asked to agree that the cost-sharing formula for the joint waste contract is escalated to the three Chief Executives.",
          "",
          "Next report: February 2026"]
    with open(os.path.join(HERE, HART_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    build_dch()
    build_wuth()
    build_cntw()
    build_eh()
    build_mv()
    build_sh()
    build_hart()
    print("refuse row (Surrey Heath, sheet 'Corporate Risk Register'):", SH_REFUSE_ROW)


if __name__ == "__main__":
    main()
