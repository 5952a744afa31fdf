"""Generate the di1- case documents (blind corpus, heldout147).

Run with /work/main/.venv/bin/python di1_make.py  (python-docx + openpyxl).
Each action tuple also carries the reading written for the expected.yaml
(lead list, end month, end_text, status), kept here beside the cell text.
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
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="FCE4D6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def A(**kw):
    return kw


# ---------------------------------------------------------------- 1 Kingswood (Greenwood Academies Trust) xlsx
KINGSWOOD = [
    ("Quality of education",
     "AFI 1 – In some subjects, leaders have not identified precisely the knowledge pupils should learn in key stage 3 and the order in which it should be taught.",
     [A(ref="1.1", action="Subject leaders in humanities, MFL and design technology to rewrite KS3 curriculum maps identifying the end-point knowledge for each unit and its sequence.",
        lead_cell="DHT (Curriculum)", lead=["DHT (Curriculum)"], end_cell=D(2024, 2, 9), end="2024-02", rag="Complete", status="blue",
        progress="All three maps rewritten and quality assured by Trust subject directors in January. Published on the school website."),
      A(ref="1.2", action="Curriculum deep dives by SLT and Trust directors in each of the three subjects to check the rewritten plans are being taught as intended.",
        lead_cell="KP / Trust Director of Education", lead=["KP", "Trust Director of Education"], end_cell=D(2024, 5, 24), end="2024-05", rag="G", status="green",
        progress="Humanities deep dive completed 7 March. MFL and DT booked for the first half of the summer term."),
      A(ref="1.3", action="Department CPD time on retrieval practice so that pupils recall the key knowledge identified in the maps.",
        lead_cell="SBa", lead=["SBa"], end_cell=D(2024, 7, 19), end="2024-07", rag="G", status="green",
        progress="Two twilight sessions delivered. Low-stakes quizzing now seen in most lessons visited."),
      ]),
    ("Quality of education",
     "AFI 2 – Teachers do not check pupils' understanding carefully enough, so misconceptions are not picked up quickly.",
     [A(ref="2.1", action="Introduce whole-school 'check for understanding' routines (mini-whiteboards, cold call, hinge questions) through the weekly teaching and learning briefing.",
        lead_cell="AHT T&L", lead=["AHT T&L"], end_cell=D(2024, 3, 28), end="2024-03", rag="A", status="amber",
        progress="Routines launched in January. Learning walks show inconsistent use in KS4 science and maths; coaching offered to identified staff."),
      A(ref="2.2", action="Instructional coaching cycle for all teachers with a focus on responsive teaching.",
        lead_cell="AHT T&L / Lead Practitioners", lead=["AHT T&L", "Lead Practitioners"], end_cell=D(2024, 7, 19), end="2024-07", rag="A", status="amber",
        progress="Coaching running for 38 of 52 teaching staff. Remaining staff to start after Easter once the new lead practitioner is in post."),
      ]),
    ("Behaviour and attitudes",
     "AFI 3 – Too many pupils, including disadvantaged pupils, are persistently absent from school.",
     [A(ref="3.1", action="Appoint a full-time attendance officer and set up weekly attendance panel meetings with heads of year.",
        lead_cell="Mrs J. Okafor", lead=["Mrs J. Okafor"], end_cell=D(2024, 1, 8), end="2024-01", rag="Complete", status="blue",
        progress="Attendance officer started 8 January. Panels meet every Tuesday."),
      A(ref="3.2", action="Early help referrals and home visits for every pupil below 90% attendance, with a named key adult for disadvantaged persistent absentees.",
        lead_cell="Mrs J. Okafor / DSL", lead=["Mrs J. Okafor", "DSL"], end_cell=D(2024, 7, 19), end="2024-07", rag="R", status="red",
        progress="Persistent absence 27.4% at end of spring 1 against a target of 22%. Year 9 and 10 disadvantaged boys remain the main concern; Trust attendance lead supporting from March."),
      A(ref="3.3", action="Governors' standards committee to receive half-termly attendance report broken down by pupil group.",
        lead_cell="Headteacher", lead=["Headteacher"], end_cell="Half-termly", end=None, end_text="Half-termly", rag="G", status="green",
        progress="First report received at the February committee."),
      ]),
]


def make_kingswood():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    widths = [7, 55, 22, 14, 10, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEF"[i]].width = w
    ws["A1"] = "Kingswood Secondary Academy – Post-Ofsted Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Inspection: 14–15 November 2023 (overall effectiveness: Requires improvement). Greenwood Academies Trust. Updated for LGB: 11 March 2024"
    ws.merge_cells("A2:F2")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update (Spring 1)"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
        cell.alignment = WRAP
    r += 1
    last_theme = None
    rows = {}
    for theme, afi, acts in KINGSWOOD:
        if theme != last_theme:
            ws.cell(r, 1, theme).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = FILL["band"]
            r += 1
            last_theme = theme
        ws.cell(r, 1, afi).font = Font(bold=True)
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["rag"], a["progress"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if isinstance(a["end_cell"], dt.datetime):
                ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 5).fill = FILL[a["status"]]
            ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            rows[a["ref"]] = r
            r += 1
        # blank spacer row between AFIs
        r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    ws.cell(r + 1, 1, "R").fill = FILL["red"]
    ws.cell(r + 1, 2, "Not on track – intervention needed")
    ws.cell(r + 2, 1, "A").fill = FILL["amber"]
    ws.cell(r + 2, 2, "Some slippage – being addressed")
    ws.cell(r + 3, 1, "G").fill = FILL["green"]
    ws.cell(r + 3, 2, "On track")
    ws.cell(r + 4, 1, "Complete").fill = FILL["blue"]
    ws.cell(r + 4, 2, "Action completed and impact evidenced")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "di1-greenwood-kingswood-academy-post-ofsted-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Bath College docx
BATH = [
    ("Leadership and management",
     "Leaders and managers should ensure that all staff receive training so that they can confidently teach learners about the risks of radicalisation and extremism in the local area.",
     [A(ref="1a", action="Deliver mandatory Prevent and local-risk briefing to all teaching and support staff, using the Bath and North East Somerset Prevent profile.",
        lead_cell="Designated Safeguarding Lead", lead=["Designated Safeguarding Lead"], end_cell="December 2023", end="2023-12", rag="Complete", status="blue",
        progress="98% of staff completed by 15 December. New starters complete it within their induction."),
      A(ref="1b", action="Build local-risk content into the tutorial programme for all 16 to 18 study programme learners.",
        lead_cell="Head of Student Experience", lead=["Head of Student Experience"], end_cell="Spring term 2024", end="2024-03", rag="Green", status="green",
        progress="Two tutorial sessions written and taught in January. Learner voice survey in March to test understanding."),
      ]),
    ("Education programmes for young people",
     "Teachers should make sure that learners receive feedback on their work that helps them to improve, particularly in level 2 vocational courses.",
     [A(ref="2a", action="Revise the college assessment and feedback policy to set out what effective developmental feedback looks like.",
        lead_cell="Director of Quality", lead=["Director of Quality"], end_cell="January 2024", end="2024-01", rag="Complete", status="blue",
        progress="Revised policy approved by the Quality and Standards Committee on 24 January 2024."),
      A(ref="2b", action="Termly work scrutiny of level 2 portfolios by curriculum managers, with findings reported to the Curriculum Leadership Team.",
        lead_cell="Curriculum Managers", lead=["Curriculum Managers"], end_cell="Termly", end=None, end_text="Termly", rag="Green", status="green",
        progress="Autumn scrutiny complete; feedback quality judged good in 11 of 16 areas. Weaker areas are in construction and motor vehicle."),
      A(ref="2c", action="Targeted coaching for teachers in construction and motor vehicle on written feedback.",
        lead_cell="Teaching and Learning Coaches", lead=["Teaching and Learning Coaches"], end_cell="Summer term 2024", end="2024-07", rag="Amber", status="amber",
        progress="Coaching started late because of a coach vacancy; now under way with seven teachers."),
      ]),
    ("Provision for learners with high needs",
     "Leaders should ensure that targets in learners' education, health and care plans are broken down into small steps that staff use to plan learning and review progress.",
     [A(ref="3a", action="Rewrite individual learning plans for all high needs learners so that each EHCP outcome is broken into termly steps.",
        lead_cell="Head of Inclusive Learning / SENCo", lead=["Head of Inclusive Learning", "SENCo"], end_cell="February 2024", end="2024-02", rag="Amber", status="amber",
        progress="142 of 171 plans rewritten. Remaining plans are for learners who started in January."),
      A(ref="3b", action="Train learning support assistants to record progress against the small steps after each session using ProMonitor.",
        lead_cell="Learning Support Manager", lead=["Learning Support Manager"], end_cell="March 2024", end="2024-03", rag="Green", status="green",
        progress="Training delivered at the February staff development day. Recording rates checked weekly."),
      A(ref="3c", action="Report progress of high needs learners against EHCP outcomes to the local authority SEND team at annual reviews.",
        lead_cell="SENCo", lead=["SENCo"], end_cell="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
        progress="Progress summaries now sent with every annual review paperwork."),
      ]),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


RAGHEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0"}


def make_bath():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Bath College Post-Inspection Action Plan – Ofsted inspection October 2023", level=1)
    doc.add_paragraph(
        "Ofsted carried out a full inspection of the college from 10 to 13 October 2023 and judged overall "
        "effectiveness to be good. This plan sets out the actions we are taking in response to the points in the "
        "report under 'What does the provider need to do to improve?'. Progress is reported to each meeting of the "
        "Quality and Standards Committee of the Corporation.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Owner", "Deputy Principal – Curriculum and Quality"),
                                ("Last updated", "4 March 2024"), ("Approved by", "Quality and Standards Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    hdr = ["Ref", "What the provider needs to do to improve", "Actions", "Responsibility", "Timescale", "Progress / impact", "RAG"]
    tab = doc.add_table(rows=1, cols=len(hdr))
    tab.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = tab.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E1F2")
    for theme, afi, acts in BATH:
        row = tab.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = theme
        m.paragraphs[0].runs[0].bold = True
        shade(m, "BDD7EE")
        first = None
        for a in acts:
            row = tab.add_row()
            cells = row.cells
            cells[0].text = a["ref"]
            cells[2].text = a["action"]
            cells[3].text = a["lead_cell"]
            cells[4].text = a["end_cell"]
            cells[5].text = a["progress"]
            cells[6].text = a["rag"]
            shade(cells[6], RAGHEX[a["status"]])
            if first is None:
                first = cells[1]
                first.text = afi
            last = cells[1]
        if last is not first:
            first.merge(last)
            # merge keeps text of both; reset to the AFI text only
            first = first  # noqa
    # clean merged AFI cells (merge concatenates empty paragraphs)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track; Amber – some delay, recovery action in place; Red – not on track; "
                      "Complete – action finished and impact being monitored.")
    doc.save(os.path.join(HERE, "di1-bath-college-ofsted-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 3 Sutton YJS HMIP csv
SUTTON_ADDR1 = "Recommendations for the Sutton Youth Justice Service Management Board"
SUTTON_ADDR2 = "Recommendations for the Head of Service and Youth Justice Service Manager"
SUTTON = [
    (SUTTON_ADDR1, "1", "Make sure that board members understand the needs of the children supervised by the service and use this to hold partners to account.",
     [A(ref="1.1", action="Board development session on the profile of the YJS cohort, including over-representation of Black and mixed heritage children.",
        lead_cell="Chair of YJS Management Board", lead=["Chair of YJS Management Board"], end_cell="30/09/2024", rev="", end="2024-09", rag="Complete", status="blue",
        progress="Session held 12 September 2024 with 11 of 13 board members attending."),
      A(ref="1.2", action="Each partner agency to present a data report on its contribution to outcomes for YJS children at least once a year.",
        lead_cell="Head of Service, Youth Justice", lead=["Head of Service, Youth Justice"], end_cell="31/03/2025", rev="", end="2025-03", rag="Green", status="green",
        progress="Police and education have presented. Health and CAMHS scheduled for the February board."),
      ]),
    (SUTTON_ADDR1, "2", "Ensure that children known to the YJS have timely access to speech and language therapy and emotional health support.",
     [A(ref="2.1", action="Agree a service level agreement with the ICB for a dedicated speech and language therapy sessions in the YJS.",
        lead_cell="Associate Director Children's Commissioning (ICB)", lead=["Associate Director Children's Commissioning (ICB)"], end_cell="31/12/2024", rev="31/03/2025", end="2025-03", rag="Amber", status="amber",
        progress="Funding agreed in principle. Recruitment delayed; revised date agreed by the board in December."),
      A(ref="2.2", action="Screen every child at the start of their order using the AssetPlus speech, language and communication section and refer where needed.",
        lead_cell="YJS Team Managers", lead=["YJS Team Managers"], end_cell="31/10/2024", rev="", end="2024-10", rag="Complete", status="blue",
        progress="Screening in place for all new orders since October. Audit in January found 94% compliance."),
      ]),
    (SUTTON_ADDR2, "3", "Improve the quality of assessment and planning for keeping other people safe, including contingency planning.",
     [A(ref="3.1", action="Deliver risk of serious harm and contingency planning training to all case managers.",
        lead_cell="Practice Development Lead", lead=["Practice Development Lead"], end_cell="30/11/2024", rev="", end="2024-11", rag="Complete", status="blue",
        progress="Training delivered by the YJB regional team in November."),
      A(ref="3.2", action="Monthly case audit of safety and wellbeing and risk of serious harm plans, with learning shared in team meetings.",
        lead_cell="YJS Service Manager", lead=["YJS Service Manager"], end_cell="Monthly", rev="", end=None, end_text="Monthly", rag="Green", status="green",
        progress="Six audits completed. Contingency plans now specific in most cases; timeliness still variable."),
      A(ref="3.3", action="Introduce a multi-agency risk management panel for children assessed as high or very high risk of serious harm.",
        lead_cell="YJS Service Manager / MASH Police Lead", lead=["YJS Service Manager", "MASH Police Lead"], end_cell="31/01/2025", rev="30/04/2025", end="2025-04", rag="Red", status="red",
        progress="Terms of reference drafted but police representation not yet confirmed. Escalated to the board chair."),
      ]),
    (SUTTON_ADDR2, "4", "Make sure that out-of-court disposal decisions are recorded with clear reasons and reviewed for disproportionality.",
     [A(ref="4.1", action="Revise the out-of-court disposal policy and joint decision-making panel recording template with the Metropolitan Police.",
        lead_cell="Out of Court Disposal Coordinator", lead=["Out of Court Disposal Coordinator"], end_cell="28/02/2025", rev="", end="2025-02", rag="Green", status="green",
        progress="Draft policy out for comment with the Met South Area BCU."),
      ]),
]


def make_sutton():
    path = os.path.join(HERE, "di1-sutton-yjs-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Sutton Youth Justice Service - HM Inspectorate of Probation Inspection Improvement Plan (inspection June 2024)"] + [""] * 8)
        w.writerow(["Progress at: 20 January 2025"] + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target Date", "Revised Target Date", "Progress Update", "RAG"])
        last_addr = None
        for addr, no, rec, acts in SUTTON:
            if addr != last_addr:
                w.writerow([addr] + [""] * 8)
                last_addr = addr
            for i, a in enumerate(acts):
                w.writerow([no if i == 0 else "", rec if i == 0 else "", a["ref"], a["action"], a["lead_cell"],
                            a["end_cell"], a["rev"], a["progress"], a["rag"]])
        w.writerow([""] * 9)
        w.writerow(["RAG: Red = off track / at risk; Amber = delayed but recoverable; Green = on track; Complete = action completed"] + [""] * 8)


# ---------------------------------------------------------------- 4 South Gloucestershire CSPR txt (tab export)
SGLOS = [
    ("Recommendation 1: Partners should ensure that practitioners consider the lived experience of pre-verbal babies when assessing parental capacity.",
     [A(ref="1.1", agency="Sirona care & health", action="Health visiting record template to include a prompt on the baby's daily lived experience at each contact.",
        lead_cell="Head of Children's Community Services", lead=["Head of Children's Community Services"], end_cell="End of December 2024", end="2024-12", rag="Complete", status="blue",
        evidence="Template updated on SystmOne 2 December 2024."),
      A(ref="1.2", agency="South Gloucestershire Council", action="Refresh the pre-birth assessment guidance and deliver briefings to social work teams.",
        lead_cell="Principal Social Worker", lead=["Principal Social Worker"], end_cell="Q4 2024/25", end="2025-03", rag="Amber", status="amber",
        evidence="Guidance drafted; briefings planned for February and March."),
      A(ref="1.3", agency="SGSCP", action="Seven-minute briefing on 'Child F' to be published and used in team meetings across all partner agencies.",
        lead_cell="SGSCP Business Manager", lead=["SGSCP Business Manager"], end_cell="Oct-24", end="2024-10", rag="Complete", status="blue",
        evidence="Published 14 October 2024; 212 downloads."),
      ]),
    ("Recommendation 2: The partnership should seek assurance that fathers and male carers are identified, assessed and included in plans.",
     [A(ref="2.1", agency="All agencies", action="Each agency to complete a single-agency audit of recording and involvement of fathers and male carers and report findings to the Quality Assurance subgroup.",
        lead_cell="Safeguarding leads (all agencies)", lead=["Safeguarding leads (all agencies)"], end_cell="31/01/2025", end="2025-01", rag="Green", status="green",
        evidence="Police and ICB audits returned. Council and Sirona due at the January subgroup."),
      A(ref="2.2", agency="BNSSG ICB", action="Add a 'who else lives in or visits the home' question to GP safeguarding templates.",
        lead_cell="Designated Nurse Safeguarding Children / Named GP", lead=["Designated Nurse Safeguarding Children", "Named GP"], end_cell="Mar 2025", end="2025-03", rag="Green", status="green",
        evidence="Template change requested from the EMIS and SystmOne leads."),
      ]),
    ("Recommendation 3: Partners should ensure that escalation under the resolving professional differences protocol is understood and used.",
     [A(ref="3.1", agency="SGSCP", action="Relaunch the resolving professional differences (escalation) protocol with a multi-agency webinar.",
        lead_cell="SGSCP Training Coordinator", lead=["SGSCP Training Coordinator"], end_cell="Autumn term 2024", end="2024-12", rag="Complete", status="blue",
        evidence="Webinar held 21 November 2024, 96 attendees; recording on the SGSCP website."),
      A(ref="3.2", agency="Education", action="Include the escalation protocol in the annual DSL update training for schools and early years settings.",
        lead_cell="Education Safeguarding Adviser", lead=["Education Safeguarding Adviser"], end_cell="Summer term 2025", end="2025-07", rag="", status="unrated",
        evidence=""),
      A(ref="3.3", agency="SGSCP", action="Monitor use of escalations through the partnership's quarterly dataset.",
        lead_cell="SGSCP Business Manager", lead=["SGSCP Business Manager"], end_cell="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green",
        evidence="Escalation data added to the Q3 dataset."),
      ]),
]


def make_sglos():
    path = os.path.join(HERE, "di1-south-gloucestershire-scp-cspr-child-f-action-plan.txt")
    lines = [
        "South Gloucestershire Safeguarding Children Partnership - Local Child Safeguarding Practice Review 'Child F' - Multi-agency Action Plan",
        "Status as at: 9 January 2025",
        "",
        "\t".join(["No.", "Agency", "Action", "Lead officer", "Timescale", "Evidence of completion / update", "RAG"]),
    ]
    for rec, acts in SGLOS:
        lines.append(rec)
        for a in acts:
            lines.append("\t".join([a["ref"], a["agency"], a["action"], a["lead_cell"], a["end_cell"], a["evidence"], a["rag"]]))
        lines.append("")
    lines.append("Key: Complete = action completed and evidence received; Green = on track; Amber = at risk of delay; Red = overdue; blank = not yet started")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 5 Naomi House & Jacksplace CQC xlsx (fill-only status, green = completed)
NAOMI = [
    ("MUST DO", "Regulation 12", "The provider must ensure that medicines are stored at the correct temperature and that fridge temperatures are recorded daily in the children's hospice.",
     [A(ref="M1", action="Replace the clinical room medicines fridge and install a data logger with an out-of-range alarm.",
        lead_cell="Head of Clinical Services", lead=["Head of Clinical Services"], end_cell=D(2024, 4, 30), end="2024-04", status="blue",
        progress="New fridge and logger installed 18/04/2024."),
      A(ref="M2", action="Add fridge temperature checks to the nurse in charge daily checklist and audit weekly.",
        lead_cell="Ward Manager (Naomi House)", lead=["Ward Manager (Naomi House)"], end_cell=D(2024, 5, 31), end="2024-05", status="blue",
        progress="Checklist in use. Weekly audit 100% for May and June."),
      ]),
    ("MUST DO", "Regulation 17", "The provider must ensure that care records for children and young people are complete, contemporaneous and include up-to-date care plans.",
     [A(ref="M3", action="Audit all care plans for children and young people currently accessing respite and update any older than 12 months.",
        lead_cell="Ward Manager (Naomi House) / Ward Manager (Jacksplace)", lead=["Ward Manager (Naomi House)", "Ward Manager (Jacksplace)"], end_cell=D(2024, 6, 30), end="2024-06", status="amber",
        progress="312 of 405 care plans reviewed. Remaining plans booked with families over July."),
      A(ref="M4", action="Record-keeping training for all registered nurses and healthcare assistants, including the electronic records system.",
        lead_cell="Clinical Education Lead", lead=["Clinical Education Lead"], end_cell=D(2024, 7, 31), end="2024-07", status="amber",
        progress="Sessions running; 71% of clinical staff trained."),
      ]),
    ("SHOULD DO", "Regulation 18", "The provider should ensure that staff complete mandatory training, including safeguarding level 3, within the required timescales.",
     [A(ref="S1", action="Monthly mandatory training compliance report to the Senior Leadership Team, with managers following up staff who are out of date.",
        lead_cell="HR Business Partner", lead=["HR Business Partner"], end_cell="Ongoing", end=None, end_text="Ongoing", status="blue",
        progress="Reporting in place since April; compliance 93%."),
      A(ref="S2", action="Book additional safeguarding level 3 sessions with the Hampshire safeguarding partnership.",
        lead_cell="Safeguarding Lead", lead=["Safeguarding Lead"], end_cell=D(2024, 9, 30), end="2024-09", status="red",
        progress="Only one session available before September; looking at an external provider."),
      ]),
    ("SHOULD DO", "Regulation 9", "The provider should consider how young people transitioning to adult services are involved in planning their care.",
     [A(ref="S3", action="Develop a transition pathway for young people aged 14+ with input from the young people's forum.",
        lead_cell="Transition Lead", lead=["Transition Lead"], end_cell=D(2024, 12, 31), end="2024-12", status="unrated",
        progress="To start once the transition lead post is filled."),
      ]),
]


def make_naomi():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [6, 14, 48, 50, 26, 13, 10, 42]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = "Naomi House & Jacksplace – CQC Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Following CQC inspection 5–6 February 2024 (report published 12 March 2024)"
    ws.merge_cells("A2:H2")
    hdr = ["Ref", "Regulation", "CQC finding (must do / should do)", "Action to be taken", "Responsible person",
           "Date to be completed", "Status", "Evidence / comments"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = FILL["band"]
        cell.border = BOX
        cell.alignment = WRAP
    r += 1
    last = None
    for sec, reg, finding, acts in NAOMI:
        if sec != last:
            ws.cell(r, 1, sec).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = FILL["head"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            last = sec
        start = r
        for a in acts:
            ws.cell(r, 1, a["ref"])
            ws.cell(r, 4, a["action"])
            ws.cell(r, 5, a["lead_cell"])
            ws.cell(r, 6, a["end_cell"])
            if isinstance(a["end_cell"], dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yyyy"
            if a["status"] != "unrated":
                ws.cell(r, 7).fill = FILL["green" if a["status"] == "blue" else a["status"]]
            ws.cell(r, 8, a["progress"])
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            r += 1
        ws.cell(start, 2, reg)
        ws.cell(start, 3, finding)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    ws.cell(r + 1, 1).fill = FILL["green"]
    ws.cell(r + 1, 2, "Completed")
    ws.cell(r + 2, 1).fill = FILL["amber"]
    ws.cell(r + 2, 2, "In progress")
    ws.cell(r + 3, 1).fill = FILL["red"]
    ws.cell(r + 3, 2, "Overdue / at risk")
    ws.cell(r + 4, 2, "No colour = not started")
    wb.save(os.path.join(HERE, "di1-naomi-house-jacksplace-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 6 Pembrokeshire CIW PEI docx
PEMB = [
    ("People – voice and control",
     "Ensure children's views and wishes are consistently recorded and inform care and support plans.",
     [A(action="Update the assessment and care and support plan templates on WCCIS so that 'what matters' conversations with the child are recorded in their own words.",
        lead_cell="Service Manager (Assessment and Care Management)", lead=["Service Manager (Assessment and Care Management)"], end_cell="September 2024", end="2024-09", rag="G", status="green",
        progress="Template changes signed off; live on WCCIS from 2 September."),
      A(action="Extend the active offer of advocacy to all children subject to child protection conferences and audit take-up quarterly.",
        lead_cell="Safeguarding Principal Officer / Commissioning Officer", lead=["Safeguarding Principal Officer", "Commissioning Officer"], end_cell="Sept 2024 – March 2025", end="2025-03", rag="A", status="amber",
        progress="Active offer now made at every initial conference. Take-up 41% in Q2; target 60%."),
      ]),
    ("Prevention",
     "Strengthen the early help offer so that families receive support at the earliest opportunity and fewer contacts are referred on to statutory services.",
     [A(action="Establish a single Early Help Hub front door with Team Around the Family and Flying Start.",
        lead_cell="Head of Early Help", lead=["Head of Early Help"], end_cell="Q3 2024/25", end="2024-12", rag="G", status="green",
        progress="Hub co-located in County Hall since October. Step-down pathway from the IAA being tested."),
      A(action="Develop a performance dashboard for early help outcomes reported to the Corporate Parenting Panel.",
        lead_cell="Performance and Information Manager", lead=["Performance and Information Manager"], end_cell="Q4 2024/25", end="2025-03", rag="R", status="red",
        progress="Delayed by data quality issues in the early help module. Revised plan to be presented in January."),
      ]),
    ("Well-being",
     "Reduce the number of changes of social worker experienced by children and improve recruitment and retention.",
     [A(action="Implement the 'grow our own' social work trainee scheme with Swansea University and Trinity Saint David.",
        lead_cell="Workforce Development Manager", lead=["Workforce Development Manager"], end_cell="Ongoing", end=None, end_text="Ongoing", rag="G", status="green",
        progress="Six trainees on the programme; four due to qualify in summer 2025."),
      A(action="Review the market supplement and caseload cap for children's social workers and agree with Cabinet.",
        lead_cell="Director of Social Services", lead=["Director of Social Services"], end_cell="July 2024", end="2024-07", rag="Complete", status="blue",
        progress="Agreed by Cabinet on 8 July 2024 and applied from August."),
      ]),
    ("Partnerships and integration",
     "Improve joint working with Hywel Dda University Health Board to provide timely emotional and mental health support for care-experienced children.",
     [A(action="Agree a joint pathway with Hywel Dda CAMHS and the NEST/NYTH framework for care-experienced children.",
        lead_cell="Head of Children's Services / Head of CAMHS (HDdUHB)", lead=["Head of Children's Services", "Head of CAMHS (HDdUHB)"], end_cell="31/03/2025", end="2025-03", rag="A", status="amber",
        progress="Draft pathway discussed at the Regional Partnership Board children's group in November."),
      A(action="Appoint a therapeutic practitioner to the Looked After Children team jointly funded through the Regional Integration Fund.",
        lead_cell="Team Manager, Looked After Children", lead=["Team Manager, Looked After Children"], end_cell="December 2024", end="2024-12", rag="Complete", status="blue",
        progress="Post filled; practitioner started 4 November."),
      ]),
]


def make_pemb():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Pembrokeshire Children's Services – CIW Performance Evaluation Inspection Improvement Plan", level=1)
    doc.add_paragraph(
        "Care Inspectorate Wales (CIW) carried out a performance evaluation inspection of children's services in "
        "March 2024. The letter identified strengths and areas for improvement under each of the four principles of "
        "the Social Services and Well-being (Wales) Act 2014. This plan sets out how we will respond. Progress is "
        "reported to the Social Services Overview and Scrutiny Committee every six months.")
    doc.add_paragraph("Progress update: December 2024")
    hdr = ["Area for improvement", "Action", "Lead", "By when", "Progress", "RAG"]
    for principle, afi, acts in PEMB:
        doc.add_heading(principle, level=3)
        tab = doc.add_table(rows=1, cols=len(hdr))
        tab.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = tab.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            shade(c, "E2EFDA")
        first = None
        for a in acts:
            cells = tab.add_row().cells
            cells[1].text = a["action"]
            cells[2].text = a["lead_cell"]
            cells[3].text = a["end_cell"]
            cells[4].text = a["progress"]
            cells[5].text = a["rag"]
            shade(cells[5], RAGHEX[a["status"]])
            if first is None:
                first = cells[0]
                first.text = afi
            lastc = cells[0]
        first.merge(lastc)
        doc.add_paragraph()
    doc.add_paragraph("RAG status: R – not on track; A – partially on track / some risk; G – on track; Complete – action completed.")
    doc.save(os.path.join(HERE, "di1-pembrokeshire-ciw-childrens-services-performance-evaluation-improvement-plan.docx"))


# ---------------------------------------------------------------- 7 West Berkshire JTAI xlsx (typo month -> refuse)
WBERKS = [
    ("1. Strategic leadership and partnership oversight",
     "Partners should strengthen their shared understanding of the prevalence and nature of child exploitation across West Berkshire.",
     [dict(ref="1.1", action="Produce a multi-agency exploitation problem profile using police, children's social care, health and education data.",
           agency="Thames Valley Police", lead_cell="DCI, Child Exploitation Hub", end_cell="Dec 2024", rag="Green", progress="Data sharing agreement signed. First draft of the profile due to the Exploitation subgroup in December."),
      dict(ref="1.2", action="Exploitation subgroup to report quarterly to the West Berkshire Safeguarding Children Partnership executive.",
           agency="WBSCP", lead_cell="Exploitation Subgroup Chair", end_cell="Quarterly", rag="Green", progress="Reports received in July and October."),
      ]),
    ("2. Identification and response to children at risk of exploitation",
     "Improve the timeliness and quality of strategy discussions when children go missing or are at risk of exploitation.",
     [dict(ref="2.1", action="Audit a sample of 30 strategy discussions for exploitation cases and share the learning with all agencies.",
           agency="West Berkshire Council", lead_cell="Head of Children and Family Services", end_cell="Febuary 2025", rag="Amber", progress="Audit tool agreed; sampling started in November."),
      dict(ref="2.2", action="Return home interviews to be offered within 72 hours and the information shared with the police and the child's social worker.",
           agency="West Berkshire Council", lead_cell="Service Manager, Adolescent Services", end_cell="Jan 2025", rag="Red", progress="Timeliness 58% in Q2. Commissioned provider capacity under review."),
      dict(ref="2.3", action="Include exploitation screening questions in the school nursing health assessment for children missing education.",
           agency="Berkshire Healthcare NHS FT", lead_cell="Named Nurse Safeguarding Children", end_cell="March 2025", rag="Green", progress="Questions drafted and agreed with the Education Welfare team."),
      ]),
    ("3. Disruption and contextual safeguarding",
     "Partners should make better use of disruption tactics and contextual safeguarding approaches around locations of concern.",
     [dict(ref="3.1", action="Map locations of concern and agree joint disruption plans through the monthly MACE meeting.",
           agency="Thames Valley Police / West Berkshire Council", lead_cell="MACE Chair", end_cell="Monthly", rag="Green", progress="Five locations mapped; plans in place for Newbury town centre and the railway station."),
      dict(ref="3.2", action="Training for licensed premises and taxi drivers on recognising child exploitation.",
           agency="West Berkshire Council", lead_cell="Licensing Manager", end_cell="June 2025", rag="", progress="Not yet started."),
      ]),
]


def make_wberks():
    wb = Workbook()
    ws = wb.active
    ws.title = "JTAI Action Plan"
    widths = [6, 52, 26, 30, 14, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = "West Berkshire Joint Targeted Area Inspection (Child Exploitation) – Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "JTAI: 10–14 June 2024. Owner: West Berkshire Safeguarding Children Partnership. Updated 2 December 2024"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Action", "Lead agency", "Lead officer", "Timescale", "RAG", "Update"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.border = BOX
    r += 1
    ragfill = {"Green": "green", "Amber": "amber", "Red": "red"}
    for theme, afi, acts in WBERKS:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        ws.cell(r, 1, "Area for improvement: " + afi).font = Font(italic=True)
        ws.cell(r, 1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["agency"], a["lead_cell"], a["end_cell"], a["rag"], a["progress"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            if a["rag"] in ragfill:
                ws.cell(r, 6).fill = FILL[ragfill[a["rag"]]]
            print("wberks", a["ref"], "row", r)
            r += 1
    wb.save(os.path.join(HERE, "di1-west-berkshire-scp-jtai-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_kingswood()
    make_bath()
    make_sutton()
    make_sglos()
    make_naomi()
    make_pemb()
    make_wberks()
