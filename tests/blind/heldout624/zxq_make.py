#!/usr/bin/env python3
"""Build the seven zxq- blind test files of set heldout624.

Run with /work/main/.venv/bin/python zxq_make.py (python-docx + openpyxl).
Writes only files whose names start with "zxq-" in this folder.

Each action entry keeps the cell text exactly as written in the file and, next to
it, the reading a person makes of it (lead list, end month, status), so that the
.expected.yaml beside each file can be checked against the same entries.
"""
import csv
import datetime as dt
import io
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
FILL_OF = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def out(name):
    assert name.startswith("zxq-"), name
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def xfill(hexfill):
    return PatternFill("solid", start_color="FF" + hexfill, end_color="FF" + hexfill)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADFILL = xfill("1F3864")
HEADFONT = Font(bold=True, color="FFFFFFFF")


def header_row(ws, row, labels):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.fill = HEADFILL
        c.font = HEADFONT
        c.alignment = WRAP
        c.border = BOX


# ==================================================================================
# 1. Lansdowne Primary School (Cardiff) - Estyn post-inspection action plan (docx)
# ==================================================================================
LANSDOWNE = "zxq-lansdowne-primary-school-estyn-post-inspection-action-plan.docx"
LANSDOWNE_RECS = [
    ("R1: Improve the quality and consistency of feedback so that pupils understand how to improve their work", [
        dict(ref="1.1",
             action="Review and relaunch the school’s feedback policy with all staff, agreeing a consistent approach to verbal and written feedback in every class.",
             sc="All staff apply the policy consistently; book looks show clear next steps for pupils.",
             lead_cell="Deputy Headteacher", lead=["Deputy Headteacher"],
             when="Summer term 2024", end="2024-07",
             mon="Book scrutiny each half term", status="blue"),
        dict(ref="1.2",
             action="Provide training for teachers and teaching assistants on using questioning and live marking to move learning on during lessons.",
             sc="Lesson observations show most pupils respond to feedback during the lesson.",
             lead_cell="Headteacher / Deputy Headteacher", lead=["Headteacher", "Deputy Headteacher"],
             when="Autumn term 2024", end="2024-12",
             mon="Learning walks; staff questionnaire", status="green"),
        dict(ref="1.3",
             action="Build regular time into lessons for pupils to respond to feedback and improve their work (‘fix-it time’).",
             sc="Pupils can explain what they need to do to improve; pupil voice shows this.",
             lead_cell="Phase leaders", lead=["Phase leaders"],
             when="Ongoing", end=None, end_text="Ongoing",
             mon="Pupil voice each term", status="green"),
    ]),
    ("R2: Strengthen the provision for developing pupils’ Welsh language skills across the school", [
        dict(ref="2.1",
             action="Appoint a Cymraeg Campus coordinator and establish a pupil Criw Cymraeg to promote the use of Welsh outside lessons.",
             sc="Criw Cymraeg runs weekly activities at break and lunchtimes.",
             lead_cell="Welsh coordinator", lead=["Welsh coordinator"],
             when="July 2024", end="2024-07",
             mon="Governors’ Welsh link visit", status="blue"),
        dict(ref="2.2",
             action="Plan a progressive Welsh language skills framework from Nursery to Year 6, with key phrases and language patterns for each year group.",
             sc="Framework in place and used in planning by all classes.",
             lead_cell="Welsh coordinator & Curriculum lead", lead=["Welsh coordinator", "Curriculum lead"],
             when="Spring term 2025", end="2025-04",
             mon="Planning scrutiny", status="amber"),
        dict(ref="2.3",
             action="Work with the local authority’s Welsh advisory teacher to provide weekly language sessions for staff.",
             sc="Staff confidence survey shows improvement; more incidental Welsh heard in classes.",
             lead_cell="Headteacher", lead=["Headteacher"],
             when="Termly", end=None, end_text="Termly",
             mon="Staff survey (baseline and July 2025)", status="unrated"),
    ]),
    ("R3: Ensure that self-evaluation and improvement planning focus sharply on the impact of teaching on pupils’ progress", [
        dict(ref="3.1",
             action="Revise the monitoring calendar so that leaders triangulate evidence from lesson observations, book looks and pupil voice.",
             sc="Self-evaluation report identifies strengths and areas for development accurately.",
             lead_cell="Senior leadership team", lead=["Senior leadership team"],
             when="Sept 2024", end="2024-09",
             mon="Local authority link adviser", status="blue"),
        dict(ref="3.2",
             action="Train governors to challenge leaders on pupils’ progress, including through termly learning walks linked to the school development plan.",
             sc="Governing body minutes show challenge and follow-up of pupils’ progress.",
             lead_cell="Chair of Governors, Headteacher", lead=["Chair of Governors", "Headteacher"],
             when="Autumn term 2024 – Summer term 2025", end="2025-07",
             mon="Governing body minutes", status="red"),
    ]),
    ("R4: Address the site security issue identified during the inspection", [
        dict(ref="4.1",
             action="Repair the perimeter fencing beside the Nursery outdoor area and complete a full site security risk assessment with the local authority.",
             sc="Fencing repaired; risk assessment signed off by the local authority.",
             lead_cell="Headteacher / School Business Manager", lead=["Headteacher", "School Business Manager"],
             when="April 2024", end="2024-04",
             mon="Health and safety governor", status="blue"),
    ]),
]


def make_lansdowne():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading("Lansdowne Primary School: Post-Inspection Action Plan", level=0)
    d.add_paragraph("Estyn core inspection, 4–7 March 2024")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("School", "Lansdowne Primary School, Canton, Cardiff"),
                 ("Headteacher", "Mrs C. Hughes"),
                 ("Chair of Governors", "Mr D. Pritchard"),
                 ("Plan approved by governing body", "14 May 2024"),
                 ("Date of this progress review", "9 December 2024")]:
        r = t.add_row().cells
        bold_cell(r[0], k)
        r[1].text = v

    d.add_paragraph("")
    d.add_paragraph("RAG key used in the progress column")
    key = d.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, hexf, meaning in [("Blue", BLUE, "Action complete"),
                                  ("Green", GREEN, "On track"),
                                  ("Amber", AMBER, "Some slippage – action needed"),
                                  ("Red", RED, "Not on track"),
                                  ("No shading", None, "Not yet started")]:
        r = key.add_row().cells
        r[0].text = colour
        if hexf:
            shade(r[0], hexf)
        r[1].text = meaning

    heads = ["No.", "Action", "Success criteria", "Person(s) responsible", "Timescale",
             "Monitoring", "RAG"]
    for rec, acts in LANSDOWNE_RECS:
        d.add_paragraph("")
        d.add_heading(rec, level=2)
        tab = d.add_table(rows=1, cols=len(heads))
        tab.style = "Table Grid"
        for i, h in enumerate(heads):
            bold_cell(tab.rows[0].cells[i], h)
        for a in acts:
            r = tab.add_row().cells
            r[0].text = a["ref"]
            r[1].text = a["action"]
            r[2].text = a["sc"]
            r[3].text = a["lead_cell"]
            r[4].text = a["when"]
            r[5].text = a["mon"]
            r[6].text = ""
            if a["status"] in FILL_OF:
                shade(r[6], FILL_OF[a["status"]])
    d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported to the full governing body each term "
                    "and to the local authority at the termly school improvement review.")
    d.save(out(LANSDOWNE))


# ==================================================================================
# 2. Abbotsford Care Glenrothes - Care Inspectorate improvement plan (docx)
# ==================================================================================
ABBOTSFORD = "zxq-abbotsford-care-glenrothes-care-inspectorate-improvement-plan.docx"
KQ1 = "Key question 1: How well do we support people's wellbeing?"
KQ2 = "Key question 2: How good is our leadership?"
KQ3 = "Key question 3: How good is our staff team?"
KQ5 = "Key question 5: How well is our care and support planned?"
REQ1 = ("Requirement 1: By 31 March 2025, the provider must ensure that people’s medication is managed "
        "safely, including that ‘as required’ medication is supported by a protocol and its effect is recorded.")
AFI1 = ("Area for improvement 1: To support people’s wellbeing, the provider should ensure that people "
        "have regular opportunities to take part in meaningful activity, both in the home and in the local community.")
REQ2 = ("Requirement 2: By 30 April 2025, the provider must ensure that quality assurance processes are "
        "effective in identifying and addressing areas for improvement.")
AFI2 = ("Area for improvement 2: The provider should ensure that staff receive regular supervision which "
        "supports reflection on their practice.")
AFI3 = ("Area for improvement 3: To ensure people’s care and support meets their needs, the provider should "
        "ensure that personal plans are reviewed at least every six months with the person and their representatives.")
ABBOTSFORD_ROWS = [
    ("kq", KQ1), ("rec", REQ1),
    ("act", dict(ref="1", action="Audit every resident’s ‘as required’ (PRN) medication and put an individual protocol in place for each one.",
                 lead_cell="Clinical Lead", lead=["Clinical Lead"], when="28/02/2025", end="2025-02",
                 prog="All 38 residents audited; protocols in place and checked by pharmacist.", rag="Complete", status="blue")),
    ("act", dict(ref="2", action="Introduce a weekly medication audit by senior carers, with results reviewed at the monthly clinical governance meeting.",
                 lead_cell="Home Manager / Clinical Lead", lead=["Home Manager", "Clinical Lead"], when="31/03/2025", end="2025-03",
                 prog="Weekly audits started 3 March; two months of results reviewed.", rag="Green", status="green")),
    ("rec", AFI1),
    ("act", dict(ref="3", action="Recruit a second activities coordinator so that activities are offered seven days a week.",
                 lead_cell="Home Manager", lead=["Home Manager"], when="30/04/2025", end="2025-04",
                 prog="Post advertised twice; interviews arranged for 20 May.", rag="Amber", status="amber")),
    ("kq", KQ2), ("rec", REQ2),
    ("act", dict(ref="4", action="Develop a quality assurance calendar covering care plans, falls, nutrition, wound care and the environment.",
                 lead_cell="Home Manager", lead=["Home Manager"], when="31 March 2025", end="2025-03",
                 prog="Calendar in use from 1 March 2025.", rag="Complete", status="blue")),
    ("act", dict(ref="5", action="Provider’s Quality Manager to carry out a monthly quality visit and agree an action plan with the Home Manager.",
                 lead_cell="Quality Manager", lead=["Quality Manager"], when="Monthly", end=None, end_text="Monthly",
                 prog="Visits held in February, March and April.", rag="Green", status="green")),
    ("kq", KQ3), ("rec", AFI2),
    ("act", dict(ref="6", action="Set up a supervision matrix so that every member of staff has supervision at least every eight weeks.",
                 lead_cell="Depute Manager", lead=["Depute Manager"], when="28/02/2025 (revised 31/05/2025)", end="2025-05",
                 prog="Matrix set up; 61% of staff supervised in the last eight weeks.", rag="Amber", status="amber")),
    ("kq", KQ5), ("rec", AFI3),
    ("act", dict(ref="7", action="Schedule six-monthly reviews for all residents and invite relatives in writing at least two weeks beforehand.",
                 lead_cell="Named nurses", lead=["Named nurses"], when="End of June 2025", end="2025-06",
                 prog="Review schedule agreed; 14 reviews held.", rag="Green", status="green")),
    ("act", dict(ref="8", action="Rewrite personal plans for residents living with dementia to include life history and what matters to the person.",
                 lead_cell="Clinical Lead, Dementia Champion", lead=["Clinical Lead", "Dementia Champion"], when="Ongoing", end=None, end_text="Ongoing",
                 prog="Training for plan writers postponed to June; no plans rewritten yet.", rag="Red", status="red")),
]


def make_abbotsford():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Abbotsford Care Glenrothes – Improvement Plan", level=0)
    d.add_paragraph("Care Home Service for older people  |  Care service number: CS2011300512")
    d.add_paragraph("Following the unannounced inspection by the Care Inspectorate on 14–16 January 2025 "
                    "(report published 12 February 2025).")

    d.add_paragraph("Document control")
    dc = d.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comment"]):
        bold_cell(dc.rows[0].cells[i], h)
    for row in [("1.0", "26/02/2025", "Home Manager", "Submitted to the Care Inspectorate"),
                ("1.1", "02/05/2025", "Home Manager", "Progress update for the provider quality meeting")]:
        cells = dc.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    d.add_paragraph("")
    heads = ["No.", "Action to be taken", "Responsible", "Timescale", "Progress update (May 2025)", "RAG"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9E2F3")
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for kind, val in ABBOTSFORD_ROWS:
        cells = t.add_row().cells
        if kind in ("kq", "rec"):
            m = cells[0].merge(cells[-1])
            m.text = ""
            run = m.paragraphs[0].add_run(val)
            run.bold = True
            if kind == "kq":
                shade(m, "BDD7EE")
            else:
                run.italic = True
                shade(m, "F2F2F2")
        else:
            a = val
            cells[0].text = a["ref"]
            cells[1].text = a["action"]
            cells[2].text = a["lead_cell"]
            cells[3].text = a["when"]
            cells[4].text = a["prog"]
            cells[5].text = a["rag"]
            shade(cells[5], ragfill[a["rag"]])
    d.add_paragraph("")
    d.add_paragraph("RAG: Complete – action finished and evidenced; Green – on track; Amber – behind "
                    "timescale but recoverable; Red – not progressing.")
    d.add_paragraph("Signed: Home Manager          Date: 2 May 2025")
    d.save(out(ABBOTSFORD))


# ==================================================================================
# 3. Loughs Agency - internal audit recommendations tracker (csv)
# ==================================================================================
LOUGHS = "zxq-loughs-agency-internal-audit-recommendations-tracker.csv"
A_PROC = "Procurement and Contract Management (2023-24)"
A_LIC = "Fisheries Licensing Income (2023-24)"
A_IG = "Information Governance and GDPR (2024-25)"
A_FLEET = "Fleet and Vessel Management (2024-25)"
LOUGHS_ROWS = [
    dict(ref="IA24-01.1", audit=A_PROC, assurance="Limited", pri="Priority 1",
         rec="A contracts register should be established and maintained, recording all contracts above £5,000 with their value, term and renewal dates.",
         action="Finance team to build a contracts register in the finance system and populate it from the last three years’ purchase orders.",
         lead_cell="Head of Finance", lead=["Head of Finance"], orig="31/03/2024", rev="30/09/2024", end="2024-09",
         stat="Complete", status="blue", upd="Register live from September 2024; reviewed monthly by Head of Finance. Verified by IA in May 2025."),
    dict(ref="IA24-01.2", audit=A_PROC, assurance="Limited", pri="Priority 2",
         rec="Single tender actions should be approved in advance and reported to the Audit and Risk Assurance Committee.",
         action="Introduce a single tender action form requiring Accounting Officer approval, with a quarterly report to ARAC.",
         lead_cell="Director of Corporate Services", lead=["Director of Corporate Services"], orig="30/06/2024", rev="", end="2024-06",
         stat="Complete", status="blue", upd="Form in use; STA report now a standing ARAC item."),
    dict(ref="IA24-03.1", audit=A_LIC, assurance="Satisfactory", pri="Priority 3",
         rec="Reconciliations between the online licensing system and the finance ledger should be evidenced and signed off each month.",
         action="Monthly reconciliation to be signed by the preparer and reviewed by the Finance Manager, with evidence retained on the shared drive.",
         lead_cell="Finance Manager", lead=["Finance Manager"], orig="31/05/2024", rev="31/12/2024", end="2024-12",
         stat="Red", status="red", upd="Reconciliations for April to June 2025 not yet reviewed owing to staff vacancy."),
    dict(ref="IA25-02.1", audit=A_IG, assurance="Limited", pri="Priority 1",
         rec="The Agency should complete its Record of Processing Activities and ensure Data Protection Impact Assessments are carried out for new systems.",
         action="a) Complete the Record of Processing Activities for all directorates.\nb) Adopt a DPIA screening template and apply it to the new fish counter data platform.",
         lead_cell="Head of Corporate Services; Information Governance Officer",
         lead=["Head of Corporate Services", "Information Governance Officer"], orig="31/12/2025", rev="", end="2025-12",
         stat="Amber", status="amber", upd="RoPA drafted for two of four directorates. DPIA template approved by SMT in July."),
    dict(ref="IA25-02.2", audit=A_IG, assurance="Limited", pri="Priority 2",
         rec="All staff should complete mandatory data protection training annually.",
         action="HR to issue training through the e-learning platform and report completion rates quarterly to SMT.",
         lead_cell="HR Manager", lead=["HR Manager"], orig="Dec-25", rev="", end="2025-12",
         stat="Green", status="green", upd="Module issued 1 August; 54% completed so far."),
    dict(ref="IA25-04.1", audit=A_FLEET, assurance="Satisfactory", pri="Priority 2",
         rec="Vessel maintenance records should be held centrally and checked against the manufacturer’s service schedule.",
         action="Create a central maintenance log for the patrol boat fleet, reviewed quarterly by the Director of Conservation and Protection.",
         lead_cell="Director of Conservation and Protection", lead=["Director of Conservation and Protection"],
         orig="31/10/2025", rev="", end="2025-10",
         stat="Green", status="green", upd="Log set up for Foyle fleet; Carlingford vessels to be added in September."),
    dict(ref="IA25-04.2", audit=A_FLEET, assurance="Satisfactory", pri="Priority 3",
         rec="Fuel card usage should be reconciled to vehicle and vessel logbooks.",
         action="Monthly fuel card reconciliation to be introduced for all Agency vehicles and vessels.",
         lead_cell="Fleet Officer", lead=["Fleet Officer"], orig="30/06/2025", rev="30/11/2025", end="2025-11",
         stat="Amber", status="amber", upd="Revised date agreed with IA; new fuel card provider from October."),
]


def make_loughs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 11
    w.writerow(["Loughs Agency – Internal Audit Recommendations Tracker"] + [""] * (n - 1))
    w.writerow(["Position at 31 August 2025 – for the Audit and Risk Assurance Committee, 23 September 2025"] + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(["Ref", "Audit (year)", "Assurance rating", "Priority", "Recommendation",
                "Agreed management action", "Action owner", "Original target date",
                "Revised target date", "Status", "Progress update"])
    for r in LOUGHS_ROWS:
        w.writerow([r["ref"], r["audit"], r["assurance"], r["pri"], r["rec"], r["action"],
                    r["lead_cell"], r["orig"], r["rev"], r["stat"], r["upd"]])
    w.writerow([""] * n)
    w.writerow(["Summary: 7 recommendations – 2 complete, 2 green, 2 amber, 1 red"] + [""] * (n - 1))
    w.writerow(["Status key: Complete = implemented and verified by Internal Audit; Green = on track for target date; "
                "Amber = risk of slippage; Red = overdue"] + [""] * (n - 1))
    w.writerow(["Priority 1 = significant weakness requiring urgent action; Priority 2 = important control issue; "
                "Priority 3 = good practice"] + [""] * (n - 1))
    with open(out(LOUGHS), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ==================================================================================
# 4. NHS Dumfries and Galloway - Healthcare Governance Committee action log (txt, tabs)
# ==================================================================================
DANDG = "zxq-nhs-dumfries-and-galloway-healthcare-governance-committee-action-log.txt"
DANDG_ROWS = [
    dict(ref="HGC/25/14", meet="07/07/2025", item="Patient Safety Report",
         action="Bring a report on the reduction in falls with harm on the cottage hospital wards, including benchmarking with other boards.",
         lead_cell="Director of Nursing, Midwifery and AHPs", lead=["Director of Nursing, Midwifery and AHPs"],
         due="Sep-25", end="2025-09", rag="B", status="blue",
         upd="Report presented 1 September 2025. Action complete."),
    dict(ref="HGC/25/17", meet="07/07/2025", item="Complaints Performance",
         action="Provide a breakdown of Stage 2 complaints responded to outwith 20 working days, by directorate.",
         lead_cell="Head of Patient Services", lead=["Head of Patient Services"],
         due="01/09/2025", end="2025-09", rag="B", status="blue",
         upd="Breakdown circulated with September papers."),
    dict(ref="HGC/25/22", meet="01/09/2025", item="HIS Inspection – DGRI",
         action="Circulate the updated improvement action plan following the Healthcare Improvement Scotland inspection of Dumfries and Galloway Royal Infirmary.",
         lead_cell="Deputy Nurse Director", lead=["Deputy Nurse Director"],
         due="Nov-25", end="2025-11", rag="G", status="green",
         upd="Plan on agenda for 3 November 2025; to close once noted.", cont=None),
    dict(ref="HGC/25/23", meet="01/09/2025", item="Clinical Risk Register",
         action="Review the scoring of the mental health inpatient bed capacity risk and report back to the Committee.",
         lead_cell="MM/GS", lead=["MM", "GS"],
         due="Jan-26", end="2026-01", rag="A", status="amber",
         upd="Risk review meeting arranged for 15 December 2025."),
    dict(ref="HGC/25/25", meet="01/09/2025", item="Infection Prevention and Control",
         action="Seek assurance from the Health and Social Care Partnership on IPC training compliance in care homes.",
         lead_cell="Chief Officer (HSCP)", lead=["Chief Officer (HSCP)"],
         due="TBC", end=None, end_text="TBC", rag="A", status="amber",
         upd="Request made to the HSCP in September.",
         cont="Awaiting a date for the HSCP Clinical and Care Governance Group to consider it."),
    dict(ref="HGC/25/29", meet="03/11/2025", item="Duty of Candour Annual Report",
         action="Amend the annual report to show the cases where the duty was triggered but the apology was delayed, before publication.",
         lead_cell="Clinical Governance Manager", lead=["Clinical Governance Manager"],
         due="28/11/2025", end="2025-11", rag="G", status="green",
         upd="Draft amended; with Medical Director for sign-off."),
    dict(ref="HGC/25/30", meet="03/11/2025", item="Mental Welfare Commission visits",
         action="Provide a summary of the actions from Mental Welfare Commission local visits to Midpark Hospital in 2025.",
         lead_cell="General Manager – Mental Health Services", lead=["General Manager – Mental Health Services"],
         due="Mar-26", end="2026-03", rag="G", status="green",
         upd="Not yet due."),
    dict(ref="HGC/25/31", meet="03/11/2025", item="Organ Donation",
         action="Invite the chair of the Organ Donation Committee to present the committee’s annual report.",
         lead_cell="Committee Secretary", lead=["Committee Secretary"],
         due="Ongoing", end=None, end_text="Ongoing", rag="", status="unrated",
         upd="To be scheduled on the 2026-27 workplan."),
]


def make_dandg():
    lines = [
        "NHS Dumfries and Galloway – Healthcare Governance Committee Rolling Action Log",
        "Updated following the meeting held on 3 November 2025",
        "RAG: B = complete (to be removed after the next meeting)   G = on track   A = at risk   R = overdue",
        "",
        "\t".join(["Action No.", "Meeting", "Agenda item", "Action", "Lead", "Due", "RAG", "Update"]),
    ]
    for r in DANDG_ROWS:
        lines.append("\t".join([r["ref"], r["meet"], r["item"], r["action"], r["lead_cell"],
                                r["due"], r["rag"], r["upd"]]))
        if r.get("cont"):
            lines.append("\t".join([""] * 7 + [r["cont"]]))
    lines += ["", "Open actions: 6   Complete: 2", ""]
    with open(out(DANDG), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines))


# ==================================================================================
# 5. Northern Ireland Policing Board - corporate risk register 2025-26 (xlsx)
# ==================================================================================
NIPB = "zxq-northern-ireland-policing-board-corporate-risk-register-2025-26.xlsx"
NIPB_RISKS = [
    dict(risk="CR1 – Financial resources",
         desc="Insufficient funding within the 2025-26 allocation to meet the Board’s statutory functions, including oversight of the PSNI, Policing and Community Safety Partnerships and the Independent Custody Visiting Scheme.",
         owner="Chief Executive", inh="5 x 4 = 20",
         controls="Monthly budget monitoring to SMT; in-year monitoring returns to the Department of Justice; vacancy control panel.",
         res="4 x 4 = 16",
         actions=[
             dict(ref="CR1.1", action="Submit an in-year bid to the Department of Justice for the pressures in PCSP funding.",
                  lead_cell="Director of Resources", lead=["Director of Resources"], when=dt.datetime(2025, 10, 31), end="2025-10",
                  rag="B", status="blue", prog="Bid submitted in the October monitoring round; £0.3m allocated."),
             dict(ref="CR1.2", action="Prepare a 2026-27 draft budget with savings options for Board consideration.",
                  lead_cell="Director of Resources; Head of Finance", lead=["Director of Resources", "Head of Finance"],
                  when="Q4 2025/26", end="2026-03", rag="G", status="green", prog="Options paper to Resources Committee in January."),
         ]),
    dict(risk="CR2 – Oversight of policing",
         desc="The Board is unable to hold the Chief Constable fully to account for delivery of the Policing Plan 2025-30 because of gaps in performance information.",
         owner="Director of Policing and Community Safety", inh="4 x 4 = 16",
         controls="Performance Committee; quarterly Accountability to the Board reports; agreed information-sharing protocol with PSNI.",
         res="4 x 3 = 12",
         actions=[
             dict(ref="CR2.1", action="Agree a revised performance monitoring framework with PSNI for the Policing Plan outcomes and measures.",
                  lead_cell="Director of Policing and Community Safety", lead=["Director of Policing and Community Safety"],
                  when=dt.datetime(2025, 9, 30), end="2025-09", rag="B", status="blue", prog="Framework agreed at the September Board."),
             dict(ref="CR2.2", action="Hold quarterly thematic sessions of the Performance Committee on each of the Plan’s three outcomes.",
                  lead_cell="Head of Performance", lead=["Head of Performance"], when="Ongoing", end=None, end_text="Ongoing",
                  rag="G", status="green", prog="Outcome 1 session held in November."),
         ]),
    dict(risk="CR3 – Information security",
         desc="Loss or unauthorised disclosure of sensitive information held by the Board, including through a cyber attack.",
         owner="Director of Resources", inh="5 x 3 = 15",
         controls="IT managed service with 24/7 monitoring; information security policy; annual data protection training.",
         res="5 x 2 = 10",
         actions=[
             dict(ref="CR3.1", action="Complete Cyber Essentials Plus accreditation and a phishing simulation for all staff and Members.",
                  lead_cell="Head of Corporate Services", lead=["Head of Corporate Services"], when=dt.datetime(2026, 2, 28), end="2026-02",
                  rag="A", status="amber", prog="Assessment booked for February; simulation delayed by supplier change."),
         ]),
    dict(risk="CR4 – Board effectiveness",
         desc="The Board does not operate effectively because of changes in membership and gaps in Member induction and development.",
         owner="Chief Executive", inh="4 x 3 = 12",
         controls="Standing Orders; Code of Conduct; annual Member development plan.",
         res="3 x 3 = 9",
         actions=[
             dict(ref="CR4.1", action="Commission an external Board effectiveness review and report the findings to the Board.",
                  lead_cell="Chief Executive / Board Chair", lead=["Chief Executive", "Board Chair"], when="31 March 2026", end="2026-03",
                  rag="A", status="amber", prog="Procurement under way; reviewer to be appointed in January."),
             dict(ref="CR4.2", action="Refresh the induction programme for new Independent Members.",
                  lead_cell="Head of Governance", lead=["Head of Governance"], when=dt.datetime(2025, 12, 31), end="2025-12",
                  rag="R", status="red", prog="Not progressed; Head of Governance post vacant until November."),
         ]),
    dict(risk="CR5 – PCSP delivery",
         desc="Policing and Community Safety Partnerships cannot deliver their 2026-27 action plans because funding is confirmed late.",
         owner="Director of Partnership", inh="4 x 4 = 16",
         controls="Joint Committee with the Department of Justice; PCSP managers’ forum; quarterly monitoring returns.",
         res="4 x 3 = 12",
         actions=[
             dict(ref="CR5.1", action="Agree a joint assurance framework with the Department of Justice and councils for PCSP delivery in 2026-27.",
                  lead_cell="Director of Partnership", lead=["Director of Partnership"], when="Q1 2026/27", end="2026-06",
                  rag="", status="unrated", prog="New action added at Q3."),
         ]),
]


def make_nipb():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Northern Ireland Policing Board"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Corporate Risk Register 2025-26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Version 3.0 – Quarter 3 review (December 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    header_row(cov, 6, ["Version", "Date", "Reviewed by", "Summary of changes"])
    for i, row in enumerate([("1.0", dt.datetime(2025, 4, 10), "SMT", "Register approved for 2025-26"),
                             ("2.0", dt.datetime(2025, 9, 18), "ARAC", "Q2 review – CR2 residual score reduced"),
                             ("3.0", dt.datetime(2025, 12, 4), "ARAC", "Q3 review – CR5 added")], start=7):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Risk scoring"
    cov["A11"].font = Font(bold=True)
    cov["A12"] = "Score = Impact (1–5) x Likelihood (1–5)"
    for r, (lab, hexf) in enumerate([("15–25  High", RED), ("8–12  Medium", AMBER), ("1–6  Low", GREEN)], start=13):
        cov.cell(row=r, column=1, value=lab).fill = xfill(hexf)
    cov["A17"] = "Action RAG"
    cov["A17"].font = Font(bold=True)
    for r, (lab, hexf) in enumerate([("B – complete", BLUE), ("G – on track", GREEN),
                                     ("A – minor delay", AMBER), ("R – significantly behind target", RED)], start=18):
        cov.cell(row=r, column=1, value=lab).fill = xfill(hexf)
    cov.column_dimensions["A"].width = 34
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 14
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Northern Ireland Policing Board – Corporate Risk Register 2025-26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Scores as agreed by the Board; actions updated for the Audit and Risk Assurance Committee, "
                "4 December 2025")
    ws.merge_cells("A2:L2")
    heads = ["Risk", "Risk description", "Risk owner", "Inherent score (I x L)", "Key controls in place",
             "Residual score (I x L)", "Action ref", "Additional action required", "Action owner",
             "Target date", "RAG", "Progress at Q3"]
    header_row(ws, 4, heads)
    rag = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    row = 5
    for rk in NIPB_RISKS:
        first = row
        for a in rk["actions"]:
            vals = [a["ref"], a["action"], a["lead_cell"], a["when"], a["rag"] or None, a["prog"]]
            for j, v in enumerate(vals, start=7):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["rag"]:
                ws.cell(row=row, column=11).fill = xfill(rag[a["rag"]])
            row += 1
        last = row - 1
        for j, v in enumerate([rk["risk"], rk["desc"], rk["owner"], rk["inh"], rk["controls"], rk["res"]], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
        ws.cell(row=first, column=1).font = Font(bold=True)
    row += 1
    ws.cell(row=row, column=1, value="Summary of residual risk ratings").font = Font(bold=True)
    row += 1
    for j, v in enumerate(["High", "Medium", "Low", "Total"], start=1):
        ws.cell(row=row, column=j, value=v).font = Font(bold=True)
    row += 1
    for j, v in enumerate([1, 4, 0, 5], start=1):
        ws.cell(row=row, column=j, value=v)
    row += 2
    ws.cell(row=row, column=1, value="Note: CR5 added at Q3 following the PCSP funding review. "
                                     "Closed risks are held on the Board’s risk management system.")
    widths = [24, 44, 22, 12, 40, 12, 9, 46, 26, 13, 6, 40]
    for j, wdt in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt
    ws.freeze_panes = "A5"
    wb.save(out(NIPB))


# ==================================================================================
# 6. Pontardawe Health Centre - HIW GP inspection improvement plan (xlsx)
# ==================================================================================
PONT = "zxq-pontardawe-health-centre-hiw-gp-inspection-improvement-plan.xlsx"
S1 = "Quality of the patient experience"
S2 = "Delivery of safe and effective care"
S3 = "Quality of management and leadership"
PONT_ROWS = [
    ("sec", S1),
    ("find", dict(
        issue="Patients told us it was difficult to get through on the telephone at 8am.",
        need="The practice must review its telephone and appointment system to improve access for patients.",
        std="Health and Care Quality Standards 2023 – Timely",
        actions=[
            dict(action="Install a call-queuing system with queue position messages and a call-back option.",
                 lead_cell="Practice Manager", lead=["Practice Manager"], when="31/12/2024", end="2024-12",
                 prog="New telephony live 2 December 2024.", stat="Complete", status="blue"),
            dict(action="Audit call waiting times monthly and share the results with the Patient Participation Group.",
                 lead_cell="Practice Manager / Reception Supervisor", lead=["Practice Manager", "Reception Supervisor"],
                 when="Monthly from January 2025", end=None, end_text="Monthly from January 2025",
                 prog="January and February audits shared with PPG.", stat="On track", status="green"),
        ])),
    ("find", dict(
        issue="The hearing loop in reception was not working.",
        need="The practice must ensure the hearing loop is in working order and that staff know how to use it.",
        std="Health and Care Quality Standards 2023 – Equitable",
        actions=[
            dict(action="Hearing loop repaired and added to the weekly equipment checklist; reception staff shown how to switch it on.",
                 lead_cell="Reception Supervisor", lead=["Reception Supervisor"], when="Immediate", end=None, end_text="Immediate",
                 prog="Repaired 20 September 2024.", stat="Complete", status="blue"),
        ])),
    ("sec", S2),
    ("find", dict(
        issue="Two emergency drugs had passed their expiry date and weekly checks were not recorded.",
        need="The practice must ensure emergency drugs and equipment are checked weekly and that the checks are recorded.",
        std="Health and Care Quality Standards 2023 – Safe",
        actions=[
            dict(action="Introduce a weekly signed checklist for the emergency trolley, kept in the treatment room.",
                 lead_cell="Lead Nurse", lead=["Lead Nurse"], when="October 2024", end="2024-10",
                 prog="Checklist in use since 24 September 2024.", stat="Complete", status="blue"),
            dict(action="Practice Manager to carry out a monthly spot check of the checklist and report to the partners’ meeting.",
                 lead_cell="Practice Manager", lead=["Practice Manager"], when="Ongoing", end=None, end_text="Ongoing",
                 prog="Spot checks recorded in partners’ meeting minutes.", stat="On track", status="green"),
        ])),
    ("find", dict(
        issue="Not all clinical staff had completed Level 3 safeguarding children training.",
        need="The practice must ensure all clinical staff complete safeguarding training at the level appropriate to their role.",
        std="Health and Care Quality Standards 2023 – Safe",
        actions=[
            dict(action="All GPs and nurses to complete Level 3 safeguarding children and adults training through NHS Wales e-learning.",
                 lead_cell="Dr R. Llewellyn (Safeguarding Lead)", lead=["Dr R. Llewellyn (Safeguarding Lead)"],
                 when="28 February 2025", end="2025-02",
                 prog="9 of 12 clinicians complete; remaining three booked for April.", stat="Amber", status="amber"),
        ])),
    ("sec", S3),
    ("find", dict(
        issue="Staff had not received an annual appraisal in the last two years.",
        need="The practice must ensure all staff receive an annual appraisal.",
        std="Health and Care Quality Standards 2023 – Workforce",
        actions=[
            dict(action="Complete appraisals for all non-clinical staff and agree a rolling annual appraisal schedule.",
                 lead_cell="Practice Manager", lead=["Practice Manager"], when="30/06/2025", end="2025-06",
                 prog="Appraisal paperwork agreed; meetings start in April.", stat="Not started", status="unrated"),
        ])),
]


def make_pont():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = "Improvement plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Service: Pontardawe Health Centre"
    ws["A3"] = "Date of inspection: 17 September 2024"
    ws["A4"] = ("The table below includes the improvements identified during the inspection where we require "
                "the service to complete an improvement plan telling us about the actions they are taking to "
                "address these areas.")
    ws.merge_cells("A4:H4")
    ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 30
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale", "Progress (March 2025)", "Status"]
    header_row(ws, 6, heads)
    secfill = xfill("D9D9D9")
    statfill = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER}
    row = 7
    for kind, val in PONT_ROWS:
        if kind == "sec":
            c = ws.cell(row=row, column=1, value=val)
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=row, column=j).fill = secfill
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            continue
        first = row
        for a in val["actions"]:
            for j, v in enumerate([a["action"], a["lead_cell"], a["when"], a["prog"], a["stat"]], start=4):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if a["stat"] in statfill:
                ws.cell(row=row, column=8).fill = xfill(statfill[a["stat"]])
            row += 1
        last = row - 1
        for j, v in enumerate([val["issue"], val["need"], val["std"]], start=1):
            c = ws.cell(row=first, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    row += 1
    ws.cell(row=row, column=1, value="The following section must be completed by a representative of the service "
                                     "who has overall responsibility and accountability for ensuring the improvement "
                                     "plan is actioned.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    row += 1
    ws.cell(row=row, column=1, value="Service representative")
    ws.cell(row=row, column=1).font = Font(bold=True)
    for lab, v in [("Name (print):", "Sian Morgan"), ("Job role:", "Practice Manager"), ("Date:", "14/11/2024")]:
        row += 1
        ws.cell(row=row, column=1, value=lab)
        ws.cell(row=row, column=2, value=v)
    for j, wdt in enumerate([34, 38, 24, 46, 24, 16, 36, 12], start=1):
        ws.column_dimensions[get_column_letter(j)].width = wdt

    im = wb.create_sheet("Immediate assurance")
    im["A1"] = "Immediate improvement plan"
    im["A1"].font = Font(bold=True, size=14)
    im["A2"] = "Service: Pontardawe Health Centre"
    im["A3"] = "Date of inspection: 17 September 2024"
    im["A5"] = "No immediate concerns were identified on this inspection."
    im.column_dimensions["A"].width = 70
    wb.save(out(PONT))


# ==================================================================================
# 7. Ceredigion County Council - Corporate Strategy annual delivery plan 2025-26,
#    Q2 monitoring (xlsx) - REFUSE: "Febuary 2026" on sheet "WBO2 Caring", row 6
# ==================================================================================
CERED = "zxq-ceredigion-county-council-corporate-strategy-delivery-plan-2025-26-typo-month-refuse.xlsx"
CERED_SHEETS = [
    ("WBO1 Economy",
     "Corporate Well-being Objective 1: Boosting the Economy, Supporting Businesses and Enabling Employment", [
         ("1.1", "Deliver the Mid Wales Growth Deal projects allocated to Ceredigion, including the business units at the Aberystwyth Innovation and Enterprise Campus.",
          "Economy and Regeneration", "Corporate Lead Officer – Economy and Regeneration", "March 2026", "G", "G",
          "Full business case approved by the Growth Deal board in July."),
         ("1.2", "Launch the Ceredigion apprenticeship scheme, creating 20 new apprenticeship places within the Council.",
          "People and Organisation", "Corporate Lead Officer – People and Organisation", "Sept 2025", "A", "B",
          "21 apprentices started in September 2025."),
         ("1.3", "Complete phase 1 of the Aberystwyth Levelling Up Fund regeneration works on the promenade and Owain Glyndŵr Square.",
          "Economy and Regeneration", "Corporate Lead Officer – Economy and Regeneration", "31/12/2025", "A", "A",
          "Contractor delays on the promenade shelter; completion now expected in January."),
     ]),
    ("WBO2 Caring",
     "Corporate Well-being Objective 2: Creating Caring and Healthy Communities", [
         ("2.1", "Extend Clic, the Through Age Well-being single point of contact, to all early help referrals.",
          "Porth Cymorth Cynnar", "Corporate Lead Officer – Porth Cymorth Cynnar", "June 2025", "G", "B",
          "All early help referrals routed through Clic from 2 June 2025."),
         ("2.2", "Commission 200 additional reablement hours per week to reduce waits for domiciliary care.",
          "Porth Gofal", "Corporate Lead Officer – Porth Gofal", "Febuary 2026", "G", "G",
          "Tender evaluation complete; contracts to be awarded in December."),
         ("2.3", "Review the Council’s leisure centre offer and agree a ‘Healthy Ceredigion’ physical activity plan.",
          "Porth Cynnal", "Corporate Lead Officer – Porth Cynnal", "Nov-25", "R", "A",
          "Consultation closed; draft plan to Cabinet in November."),
     ]),
    ("WBO3 Best Start",
     "Corporate Well-being Objective 3: Providing the Best Start in Life and Enabling Learning at All Ages", [
         ("3.1", "Implement the Additional Learning Needs reforms in all schools, with ALNCo network meetings each term.",
          "Schools and Culture", "Corporate Lead Officer – Schools", "Termly", "G", "G",
          "Autumn network meeting held 8 October."),
         ("3.2", "Consult on the future of small rural primary schools under the School Organisation Code.",
          "Schools and Culture", "Corporate Lead Officer – Schools", "31/03/2026", "A", "A",
          "Cabinet agreed to consult in September; consultation opens in January."),
     ]),
    ("WBO4 Sustainable",
     "Corporate Well-being Objective 4: Creating Sustainable, Green and Well-connected Communities", [
         ("4.1", "Install solar PV on a further six Council buildings as part of the Net Zero 2030 plan.",
          "Highways and Environmental Services", "Corporate Lead Officer – Highways and Environmental Services",
          "March 2026", "G", "G", "Four installations complete."),
         ("4.2", "Deliver the schemes funded by the Welsh Government Active Travel Fund in Aberystwyth and Lampeter.",
          "Highways and Environmental Services", "Corporate Lead Officer – Highways and Environmental Services",
          "31/03/2026", "A", "R", "Lampeter scheme paused pending land negotiations."),
     ]),
]
CERED_REFUSE_SHEET = "WBO2 Caring"
CERED_REFUSE_ROW = 6


def make_cered():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Ceredigion County Council – Annual Delivery Plan 2025-26"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Corporate Strategy 2022-2027 – Quarter 2 monitoring (April to September 2025)"
    sm["A3"] = "Report to Overview and Scrutiny Co-ordinating Committee, November 2025"
    header_row(sm, 5, ["Corporate Well-being Objective", "Steps", "Blue", "Green", "Amber", "Red"])
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    tot = [0, 0, 0, 0, 0]
    for name, obj, steps in CERED_SHEETS:
        counts = [len(steps)] + [sum(1 for s in steps if s[6] == k) for k in "BGAR"]
        sm.cell(row=r, column=1, value=obj.split(": ", 1)[1])
        for j, v in enumerate(counts, start=2):
            sm.cell(row=r, column=j, value=v)
        tot = [a + b for a, b in zip(tot, counts)]
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot, start=2):
        sm.cell(row=r, column=j, value=v).font = Font(bold=True)
    r += 2
    sm.cell(row=r, column=1, value="RAG key (Q1 and Q2 columns on each objective sheet)").font = Font(bold=True)
    for lab, hexf in [("Blue – step complete", BLUE), ("Green – on track", GREEN),
                      ("Amber – some slippage", AMBER), ("Red – significant concern", RED)]:
        r += 1
        sm.cell(row=r, column=1, value=lab).fill = xfill(hexf)
    sm.column_dimensions["A"].width = 70
    for col in "BCDEF":
        sm.column_dimensions[col].width = 9

    heads = ["Ref", "Step", "Lead service", "Lead officer", "Target date", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    for name, obj, steps in CERED_SHEETS:
        ws = wb.create_sheet(name)
        ws["A1"] = "Ceredigion County Council – Annual Delivery Plan 2025-26"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = obj
        ws["A2"].font = Font(bold=True, size=12, color="FF1F3864")
        ws.merge_cells("A2:H2")
        header_row(ws, 4, heads)
        r = 5
        for (ref, step, svc, lead, when, q1, q2, upd) in steps:
            for j, v in enumerate([ref, step, svc, lead, when, None, None, upd], start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = xfill(ragfill[q1])
            ws.cell(row=r, column=7).fill = xfill(ragfill[q2])
            ws.cell(row=r, column=6).border = BOX
            ws.cell(row=r, column=7).border = BOX
            r += 1
        for j, wdt in enumerate([6, 52, 24, 34, 13, 8, 8, 44], start=1):
            ws.column_dimensions[get_column_letter(j)].width = wdt
    assert wb[CERED_REFUSE_SHEET].cell(row=CERED_REFUSE_ROW, column=5).value == "Febuary 2026"
    wb.save(out(CERED))


def main():
    make_lansdowne()
    make_abbotsford()
    make_loughs()
    make_dandg()
    make_nipb()
    make_pont()
    make_cered()
    print("built 7 zxq- files in", HERE)


if __name__ == "__main__":
    main()
