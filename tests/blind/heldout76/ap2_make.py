"""Generate the ap2- case files (partnership, NHS and corporate plans) for heldout76.

Run with /work/main/.venv/bin/python ap2_make.py (python-docx, openpyxl).
Each document imitates the layout of a kind of plan its body really publishes;
the expected readings are in the .expected.yaml files beside them.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# 1. South Tees Hospitals NHS FT - Board of Directors (public) action log (xlsx)
# --------------------------------------------------------------------------
def stees_board_action_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "South Tees Hospitals NHS Foundation Trust – Board of Directors (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Prepared for the Board of Directors meeting held in public on 4 September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action",
           "Lead", "Due Date", "Revised Due Date", "Progress Update", "Status"]
    ws.append([])
    ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Overdue": RED}
    rows = [
        ["BoD/25/009", D(2025, 3, 6), "25/028", "Integrated Performance Report",
         "Provide a breakdown of 12-hour waits in the Emergency Department by age band and "
         "frailty score, benchmarked against the other North East and North Cumbria acute trusts.",
         "COO", D(2025, 5, 1), D(2025, 7, 3),
         "Breakdown presented to the Performance and Finance Committee on 24 June 2025 and "
         "included as an appendix to the July IPR. Propose closure.", "Complete"],
        ["BoD/25/011", D(2025, 3, 6), "25/033", "Maternity and Neonatal Safety Report",
         "Confirm the timetable for the Friarage midwife-led unit estates works and report any impact "
         "on the reopening date to the Board.",
         "Chief Nurse / Director of Estates", D(2025, 5, 1), D(2025, 11, 6),
         "Contractor start delayed to August 2025 following the asbestos survey. Completion now "
         "expected late October 2025; update to the November Board.", "At risk"],
        ["BoD/25/015", D(2025, 5, 1), "25/047", "Freedom to Speak Up Guardian Report",
         "Triangulate the FTSU themes with the staff survey results and exit interview data and "
         "bring a combined report to the People Committee.",
         "Chief People Officer", D(2025, 7, 31), None,
         "Combined report considered by the People Committee on 22 July 2025; themes included "
         "in the Chair's assurance report to this meeting.", "Complete"],
        ["BoD/25/016", D(2025, 5, 1), "25/049", "Board Assurance Framework",
         "Review the target risk scores for BAF risk 3 (workforce) and BAF risk 6 (estates) in "
         "light of the 2025/26 capital allocation.",
         "Company Secretary", D(2025, 7, 3), None,
         "Both risks reviewed with the executive leads. Revised target scores have not yet been "
         "agreed by the Audit and Risk Committee, which next meets on 16 September 2025.",
         "Overdue"],
        ["BoD/25/019", D(2025, 5, 1), "25/052", "Patient Story",
         "Share the learning from the patient story with the Divisional Director of Surgery and "
         "report back on changes made to pre-operative information for patients with a learning "
         "disability.",
         "CN", "September 2025", None,
         "Easy-read pre-operative leaflet drafted with the Learning Disability Liaison Team and "
         "due to be tabled at this meeting.", "On track"],
        ["BoD/25/022", D(2025, 7, 3), "25/071", "Finance Report – Month 2",
         "Provide a breakdown of temporary staffing spend by division and staff group, showing "
         "agency spend against the 2025/26 agency cap.",
         "CFO", D(2025, 9, 4), None,
         "Included in the Month 4 Finance Report (agenda item 9).", "Complete"],
        ["BoD/25/023", D(2025, 7, 3), "25/073", "Infection Prevention and Control Annual Report",
         "Report on the outcome of the C. difficile deep-clean programme in the South Block at James Cook University Hospital, "
         "including the rate of cases per 100,000 bed days.",
         "DIPC", D(2025, 11, 6), None,
         "Deep clean completed on 4 of the 6 wards. Rates to be reported once Q2 data have been "
         "validated.", "On track"],
        ["BoD/25/024", D(2025, 7, 3), "25/076", "Guardian of Safe Working Hours Report",
         "Arrange a Board development session on resident doctors' rota gaps and exception "
         "reporting.",
         "CMO / Company Secretary", "Q3 2025/26", None,
         "Session provisionally booked for the December Board development day.", "On track"],
        ["BoD/25/026", D(2025, 7, 3), "25/079", "Quality and Safety Committee – Chair's Assurance Report",
         "Provide the Board with assurance on compliance with the NatSSIPs 2 standards across all "
         "theatre sites.",
         "CMO", "Quarterly", None,
         "Added to the Quality and Safety Committee workplan; first quarterly update received "
         "at the August meeting.", "On track"],
    ]
    for r in rows:
        ws.append(r)
        row = ws.max_row
        for c in ws[row]:
            c.alignment = WRAP
            c.border = BOX
        for col in ("B", "G", "H"):
            if isinstance(ws[f"{col}{row}"].value, dt.datetime):
                ws[f"{col}{row}"].number_format = "dd/mm/yyyy"
        ws[f"J{row}"].fill = fill(status_fill[r[9]])
    last = ws.max_row
    ws.cell(row=last + 2, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "Action complete – proposed for closure", BLUE),
           ("On track", "On track to be completed by the due date", GREEN),
           ("At risk", "At risk of missing the due date / revised date requested", AMBER),
           ("Overdue", "Due date passed and action not complete", RED)]
    for i, (w, txt, col) in enumerate(key):
        r = last + 3 + i
        ws.cell(row=r, column=1, value=w).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    widths = [12, 12, 10, 26, 55, 22, 12, 12, 55, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("ap2-south-tees-hospitals-nhsft-board-action-log.xlsx"))


# --------------------------------------------------------------------------
# 2. North Norfolk District Council - corporate risk register (xlsx)
# --------------------------------------------------------------------------
def nndc_risk_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "NORTH NORFOLK DISTRICT COUNCIL – CORPORATE RISK REGISTER"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2025/26 (v4, November 2025) – Governance, Risk and Audit Committee"
    ws["A3"] = ("Scores are Impact x Likelihood (see the Scoring Matrix tab). Further actions are "
                "those needed to bring each risk to its target score.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Risk", "Cause / Event / Consequence", "Risk Owner", "Current Score (I x L)",
           "Further Actions Required", "Action Owner", "Target Date", "Progress / Comments",
           "Action Status", "Target Score"]
    ws.append([])
    ws.append(hdr)  # row 5
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    risks = [
        ("CR1 – Financial sustainability",
         "Cause: uncertainty over the Fair Funding Review and business rates reset; inflation.\n"
         "Event: the Council cannot set a balanced budget over the medium term.\n"
         "Consequence: use of reserves, reductions in discretionary services.",
         "Director of Resources", "4 x 4 = 16", RED, "3 x 3 = 9",
         [("Refresh the Medium Term Financial Strategy to reflect the Fair Funding Review "
           "consultation outcome and the provisional local government finance settlement.",
           "Director of Resources", D(2026, 2, 28), "dd/mm/yyyy",
           "Modelling of the consultation proposals completed; provisional settlement expected "
           "mid-December.", "G"),
          ("Deliver the 2025/26 savings and income programme of £1.2m, monitored monthly by the "
           "Corporate Leadership Team.",
           "CLT", D(2026, 3, 31), "dd/mm/yyyy",
           "£0.74m delivered or on track at Q2. Car parking income is £90k below profile.", "A"),
          ("Prepare a business case for the use of the remaining invest-to-save reserve in the "
           "Council's property portfolio.",
           "Assistant Director Finance / Estates Manager", D(2026, 3, 1), "mmm-yy",
           "Not yet started – awaiting the outcome of the asset review.", "")]),
        ("CR2 – Coastal erosion and adaptation",
         "Cause: accelerating coastal erosion; limited national funding for defences.\n"
         "Event: loss of property, infrastructure and community assets on the coast.\n"
         "Consequence: homelessness, blight, reputational and financial impact.",
         "Assistant Director Environment and Leisure", "5 x 4 = 20", RED, "4 x 3 = 12",
         [("Complete the Cromer Phase 2 and Mundesley coastal defence schemes within the approved "
           "budget.",
           "Coastal Manager", D(2026, 3, 31), "dd/mm/yyyy",
           "Mundesley works substantially complete. Cromer Phase 2 rock delivery completed in "
           "October.", "G"),
          ("Deliver the Coastwise transition programme, including roll-back and repurposing "
           "options for properties at risk at Happisburgh and Bacton.",
           "Coastal Transition Manager", "Ongoing", None,
           "Second round of voluntary buy-back offers made; community drop-in events held in "
           "September.", "G")]),
        ("CR3 – Local government reorganisation",
         "Cause: Government invitation to Norfolk councils to propose unitary structures.\n"
         "Event: loss of capacity and focus on delivery during transition.\n"
         "Consequence: slippage of Corporate Plan priorities; staff turnover.",
         "Chief Executive", "4 x 4 = 16", RED, "3 x 3 = 9",
         [("Provide capacity and data to the Norfolk-wide reorganisation proposal workstreams, "
           "including finance and HR baselining.",
           "Chief Executive", D(2025, 9, 1), "mmm-yy",
           "Data returns submitted; the Council's proposal was submitted to Government on "
           "26 September.", "C"),
          ("Maintain a staff communication and engagement plan throughout reorganisation, "
           "including monthly all-staff briefings.",
           "Assistant Director People Services", "Monthly", None,
           "Briefings held monthly since June; staff FAQ page live on the intranet.", "G")]),
        ("CR4 – Cyber security",
         "Cause: increasing cyber threat to local government; legacy systems.\n"
         "Event: successful cyber attack or ransomware incident.\n"
         "Consequence: loss of systems and data, inability to deliver services, ICO action.",
         "Director of Resources", "4 x 3 = 12", AMBER, "4 x 2 = 8",
         [("Implement multi-factor authentication for all remote access and cloud services.",
           "IT Infrastructure Manager", D(2025, 11, 30), "dd/mm/yyyy",
           "MFA rolled out to all staff accounts; three legacy service accounts still to be "
           "migrated.", "A"),
          ("Complete the annual PSN IT health check and remediate the critical and high "
           "vulnerabilities it identifies.",
           "IT Infrastructure Manager", "Q4 2025/26", None,
           "Health check booked for January 2026.", "G"),
          ("Run a cyber incident tabletop exercise with the Corporate Leadership Team and the "
           "Norfolk Resilience Forum.",
           "Emergency Planning Manager; Head of ICT", D(2025, 10, 31), "dd/mm/yyyy",
           "Exercise postponed because of reorganisation workload; new date to be agreed.",
           "R")]),
    ]
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}
    for title, desc, owner, score, sfill, target, actions in risks:
        first = ws.max_row + 1
        for i, (act, who, when, fmt, prog, rag) in enumerate(actions):
            ws.append([title if i == 0 else None, desc if i == 0 else None,
                       owner if i == 0 else None, score if i == 0 else None,
                       act, who, when, prog, rag, target if i == 0 else None])
            r = ws.max_row
            if fmt:
                ws[f"G{r}"].number_format = fmt
            if rag:
                ws[f"I{r}"].fill = fill(rag_fill[rag])
            ws[f"I{r}"].alignment = Alignment(horizontal="center", vertical="top")
        lastr = ws.max_row
        for col in "ABCDJ":
            if lastr > first:
                ws.merge_cells(f"{col}{first}:{col}{lastr}")
        ws[f"D{first}"].fill = fill(sfill)
        for rr in range(first, lastr + 1):
            for ci in range(1, 11):
                c = ws.cell(row=rr, column=ci)
                c.border = BOX
                if ci != 9:
                    c.alignment = WRAP
        ws[f"A{first}"].font = Font(bold=True)
    r = ws.max_row + 2
    ws.cell(row=r, column=1, value="Action status key:").font = Font(bold=True)
    for i, (k, t, col) in enumerate([("G", "On track", GREEN), ("A", "Some slippage", AMBER),
                                      ("R", "Significantly behind / overdue", RED),
                                      ("C", "Complete", BLUE)]):
        ws.cell(row=r + 1 + i, column=1, value=k).fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=t)
    widths = [24, 44, 20, 12, 50, 24, 12, 44, 9, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (Impact x Likelihood)"
    m["A1"].font = Font(bold=True)
    m.append(["Likelihood \\ Impact", 1, 2, 3, 4, 5])
    for lk in range(5, 0, -1):
        m.append([lk] + [lk * im for im in range(1, 6)])
        for c in m[m.max_row][1:]:
            v = c.value
            c.fill = fill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
    m.append([])
    m.append(["15–25 High: quarterly review by CLT and the Governance, Risk and Audit Committee"])
    m.append(["8–12 Medium: quarterly review by the risk owner"])
    m.append(["1–6 Low: annual review"])
    wb.save(out("ap2-north-norfolk-dc-corporate-risk-register.xlsx"))


# --------------------------------------------------------------------------
# 3. Hampshire Hospitals NHS FT - internal audit recommendations export (csv)
# --------------------------------------------------------------------------
def hhft_audit_export():
    hdr = ["Audit Year", "Audit Title", "Assurance Level", "Rec Ref", "Priority",
           "Recommendation", "Agreed Management Action", "Action Owner",
           "Original Target Date", "Revised Target Date", "Status", "RAG", "Latest Update",
           "Last Updated"]
    rows = [
        ["2024/25", "Consultant Job Planning", "Limited", "2425-04/01", "High",
         "The Trust should ensure that all consultant job plans are reviewed and signed off "
         "annually in the e-job planning system.",
         "Divisional Medical Directors to complete sign-off of all outstanding 2024/25 job plans. "
         "Compliance to be reported monthly to the Medical Workforce Group.",
         "Deputy Chief Medical Officer", "31/03/2025", "30/09/2025", "Open - revised date agreed",
         "Amber",
         "Sign-off rate is 81% against a target of 95%. Surgery and Family & Clinical Support "
         "divisions are behind trajectory. Revised date agreed by Audit Committee in July.",
         "08/10/2025"],
        ["2024/25", "Consultant Job Planning", "Limited", "2425-04/02", "Medium",
         "Job plan templates should clearly separate direct clinical care and supporting "
         "professional activities in line with national guidance.",
         "Update the job planning policy and the e-job planning template to reflect the national "
         "job planning guidance.",
         "Medical Staffing Manager", "30/06/2025", "", "Implemented", "Blue",
         "Policy ratified at Policy Group on 12 June 2025 and template updated.", "16/06/2025"],
        ["2024/25", "Controlled Drugs Management", "Moderate", "2425-09/01", "Medium",
         "Ward controlled drug registers should be checked at every shift handover as required "
         "by the Medicines Policy.",
         "Pharmacy to introduce quarterly CD spot-check audits on all wards, with results "
         "reported to the Medicines Safety Group.",
         "Chief Pharmacist", "31/05/2025", "", "Implemented", "Blue",
         "First quarterly spot-check completed in May; results reported to the Medicines Safety "
         "Group on 3 June 2025.", "04/06/2025"],
        ["2024/25", "Controlled Drugs Management", "Moderate", "2425-09/02", "Low",
         "Destruction of stock controlled drugs should be witnessed by an authorised witness and "
         "recorded in the CD register.",
         "Update the list of authorised witnesses and circulate it to ward managers at "
         "Basingstoke, Winchester and Andover.",
         "Lead Pharmacist - Governance", "31/07/2025", "31/10/2025", "Overdue", "Red",
         "Witness list drafted but not yet approved by the Controlled Drugs Accountable Officer.",
         "03/11/2025"],
        ["2024/25", "Data Security and Protection Toolkit", "Moderate", "2425-11/01", "High",
         "The Trust should achieve the 95% threshold for information governance training.",
         "Send targeted reminders to non-compliant staff through line managers and show "
         "compliance on the divisional performance dashboards.",
         "Head of Information Governance", "30/06/2025", "", "Implemented", "Blue",
         "Compliance was 95.4% at the June 2025 toolkit submission.", "01/07/2025"],
        ["2024/25", "Data Security and Protection Toolkit", "Moderate", "2425-11/02", "Medium",
         "Devices running unsupported operating systems should be removed from the network or "
         "isolated.",
         "Replace or isolate the remaining 42 Windows 10 devices on the clinical network.",
         "Head of IT Infrastructure", "31/12/2025", "", "Open", "Green",
         "27 devices replaced. The remaining devices are attached to imaging equipment and are "
         "being isolated with the supplier.", "29/10/2025"],
        ["2025/26", "Waiting List Management", "Limited", "2526-02/01", "High",
         "Validation of the admitted waiting list should be completed for all patients waiting "
         "more than 12 weeks.",
         "Establish a central validation team and complete clinical and administrative "
         "validation of the admitted PTL.",
         "Associate Director of Performance", "30/11/2025", "", "Open", "Green",
         "Validation team in post since August; 64% of the over-12-week cohort validated to date.",
         "30/10/2025"],
        ["2025/26", "Waiting List Management", "Limited", "2526-02/02", "Medium",
         "Patients on the planned (surveillance) waiting list should have a clinically agreed "
         "due date.",
         "Carry out a data quality exercise on the planned waiting list and report breaches to "
         "the Elective Care Board.",
         "Elective Care Manager; Data Quality Lead", "31/01/2026", "", "Not started", "",
         "", "30/10/2025"],
    ]
    with open(out("ap2-hampshire-hospitals-nhsft-internal-audit-recommendations-export.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        w.writerows(rows)


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


# --------------------------------------------------------------------------
# 4. Elmbridge CSP - DHR action plan (docx, Home Office template)
# --------------------------------------------------------------------------
def elmbridge_dhr():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Elmbridge Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Domestic Homicide Review into the death of ‘Irene’ – Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how the recommendations of the Overview Report and the "
        "Individual Management Reviews are being taken forward. It is monitored by the "
        "Elmbridge Community Safety Partnership and reported to the Surrey Domestic Abuse "
        "Partnership Board. Progress updated for the CSP meeting on 16 October 2025.")
    dc = doc.add_table(rows=4, cols=3)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comment"),
                             ("1.0", "14/01/2025", "Agreed by DHR panel"),
                             ("1.1", "10/06/2025", "Update following Home Office QA Panel"),
                             ("1.2", "06/10/2025", "Progress update for CSP")]):
        for j, t in enumerate(row):
            set_text(dc.rows[i].cells[j], t, bold=(i == 0))
    doc.add_paragraph()
    cols = ["No.", "Recommendation", "Scope of recommendation i.e. local or regional",
            "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
            "Target Date", "Date of completion and Outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        set_text(t.rows[0].cells[j], c, bold=True, size=8)
        shade(t.rows[0].cells[j], "BFBFBF")
    rag = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def section(title):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        set_text(m, title, bold=True, size=10)
        shade(m, "D9E2F3")

    def rec(vals):
        row = t.add_row()
        for j, v in enumerate(vals):
            set_text(row.cells[j], v)
        if vals[-1]:
            shade(row.cells[-1], rag[vals[-1]])

    section("Overview Report Recommendations")
    rec(["1", "Elmbridge CSP should seek assurance that partner agencies' domestic abuse training "
         "covers economic abuse and coercive control in the relationships of older people.",
         "Local",
         "Audit the domestic abuse training offered by CSP partner agencies against the learning "
         "from this review.\nCommission a briefing on economic abuse in later life for front-line "
         "staff.",
         "Elmbridge Borough Council",
         "Audit template circulated to partners in April 2025; 9 of 11 returns received.",
         "July 2025",
         "Completed July 2025. Audit report presented to the CSP; briefing added to the 2025/26 "
         "training calendar.", "Blue"])
    rec(["2", "Surrey agencies should ensure that where a victim is also the carer of the "
         "perpetrator, a carer's assessment is offered and domestic abuse is considered within it.",
         "Regional (Surrey)",
         "Amend the carer's assessment guidance and template to include routine enquiry about "
         "domestic abuse.",
         "Surrey County Council Adult Social Care",
         "Draft guidance with the Principal Social Worker for sign-off.",
         "31/03/2026", "", "Green"])
    rec(["3", "Carers' support services should recognise the signs of domestic abuse in caring "
         "relationships and know how to refer to specialist services.",
         "Local",
         "Include domestic abuse awareness and the referral pathway to Your Sanctuary in the carer "
         "support worker induction.",
         "Action for Carers Surrey",
         "Induction module drafted. Delivery delayed by staff turnover in the carers support team.",
         "Q3 2025/26", "", "Amber"])
    rec(["4", "The Home Office should consider including the learning on older victims who are "
         "carers in the next revision of the DHR statutory guidance.",
         "National",
         "Elmbridge CSP Chair to write to the Home Office DHR team setting out the learning from "
         "this review.",
         "Elmbridge CSP",
         "Letter drafted; to be sent when the report is published.",
         "On publication", "", "Green"])
    section("Single Agency Recommendations")
    rec(["5", "Surrey Police should ensure that the DASH risk assessment is completed with the "
         "victim away from the suspected perpetrator.",
         "Local",
         "Reissue the domestic abuse attendance briefing to response officers and add this point "
         "to the body-worn video dip-sample checklist.",
         "Surrey Police",
         "Briefing reissued on 2 June 2025. Dip-sample checklist updated.",
         "End of June 2025",
         "Completed June 2025. First dip sample (30 incidents) found the DASH completed away from "
         "the suspect in 27.", "Blue"])
    rec(["6", "GP practices should record domestic abuse disclosures so that they are visible to "
         "all clinicians in the practice.",
         "Regional (Surrey Heartlands)",
         "Promote the IRIS programme and the domestic abuse coding guidance to all Elmbridge GP "
         "practices through the Primary Care Safeguarding Forum.",
         "NHS Surrey Heartlands ICB",
         "Coding guidance presented at the September 2025 Primary Care Safeguarding Forum.",
         "September 2025 – March 2026", "", "Green"])
    rec(["7", "The Council's housing options service should ask about domestic abuse at every "
         "homelessness approach.",
         "Local",
         "Add a mandatory domestic abuse routine enquiry question to the housing options triage "
         "form.",
         "Elmbridge Borough Council Housing Options",
         "Change requested from the system supplier; no release date yet.",
         "30/09/2025", "", "Red"])
    widths = [1.0, 5.0, 2.2, 5.0, 2.8, 4.2, 2.2, 4.2, 1.4]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG key: ").bold = True
    kp.add_run("Blue – complete; Green – in progress and on track; Amber – in progress with some "
               "slippage; Red – not started or significantly delayed.")
    doc.save(out("ap2-elmbridge-csp-dhr-irene-action-plan.docx"))


# --------------------------------------------------------------------------
# 5. East Cheshire NHS Trust - PSIRF implementation highlight report (docx)
# --------------------------------------------------------------------------
def ecnt_psirf_highlight():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    hp = sec.header.paragraphs[0]
    hp.text = "East Cheshire NHS Trust"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
    hp.runs[0].bold = True
    doc.add_heading("Patient Safety Incident Response Framework (PSIRF) Implementation – "
                    "Highlight Report", level=1)
    meta = doc.add_table(rows=5, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Quality Committee"),
                                ("Date of meeting", "20 November 2025"),
                                ("Executive Lead", "Director of Nursing and Quality"),
                                ("Author", "Head of Patient Safety"),
                                ("Reporting period", "September – October 2025")]):
        set_text(meta.rows[i].cells[0], k, bold=True, size=10)
        shade(meta.rows[i].cells[0], "DEEAF6")
        set_text(meta.rows[i].cells[1], v, size=10)
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "The Trust moved to PSIRF on 1 April 2025. Most of the governance and learning response "
        "actions are delivered or on track. The overall programme rating remains Amber because "
        "the recruitment of Patient Safety Partners has not been successful and the roll-out of "
        "After Action Reviews in the acute wards is behind plan.")
    doc.add_heading("2. Progress against the implementation plan", level=2)
    key = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    workstreams = [
        ("Workstream 1: Governance and oversight", [
            ("1.1", "Establish the Patient Safety Incident Response Group (PSIRG) with terms of "
                    "reference approved by the Quality Committee.",
             "Associate Director of Quality and Safety", "Apr-25", "B",
             "PSIRG meeting weekly since April; terms of reference approved."),
            ("1.2", "Review the PSIRP local priorities against 12 months of LFPSE, complaints and "
                    "claims data and present the revised plan to the Board.",
             "Head of Patient Safety", "January 2026", "G",
             "Data pack prepared; workshop with divisions booked for 2 December."),
            ("1.3", "Agree system oversight arrangements with NHS Cheshire and Merseyside ICB, "
                    "including a quarterly assurance meeting.",
             "Director of Nursing and Quality / ICB Patient Safety Lead", "30/09/2025", "A",
             "First meeting held in September; terms of reference not yet agreed by the ICB."),
        ]),
        ("Workstream 2: Learning responses", [
            ("2.1", "Close all Serious Incident investigations opened under the Serious Incident "
                    "Framework before transition.",
             "Patient Safety Team", "31/07/2025", "B",
             "Final two SI reports closed by the ICB in July."),
            ("2.2", "Ensure every PSII has a trained lead investigator and an oversight-trained "
                    "sign-off lead.",
             "Head of Patient Safety", "Ongoing", "G",
             "14 staff trained as PSII leads; all current PSIIs meet the requirement."),
            ("2.3", "Embed After Action Reviews and SWARM huddles in the Emergency Department and "
                    "the acute medical wards.",
             "Divisional Director of Nursing (Acute Care)", "Q3 2025/26", "A",
             "Embedded in ED. Only 3 of 7 acute medical wards have held an AAR because of "
             "facilitator availability."),
        ]),
        ("Workstream 3: Engaging and involving those affected", [
            ("3.1", "Recruit two Patient Safety Partners and agree their role on the PSIRG and the "
                    "Quality Committee.",
             "Head of Patient Experience", "Oct-25", "R",
             "No appointable candidates at interview; post re-advertised with Healthwatch "
             "Cheshire East."),
            ("3.2", "Publish a guide for patients and families involved in learning responses.",
             "Family Liaison Officer", "31/08/2025", "B",
             "Guide published on the Trust website and in ward information packs."),
        ]),
        ("Workstream 4: Training and culture", [
            ("4.1", "Achieve 90% compliance with Patient Safety Syllabus Level 1 (Essentials for "
                    "Patient Safety) across all staff groups.",
             "Head of Learning and Development", "March 2026", "G",
             "Compliance 86% (October); medical staff lowest at 71%."),
            ("4.2", "Deliver Just Culture training to all band 7 and above ward and department "
                    "managers.",
             "Head of OD and Culture / Head of Patient Safety", "Dec-25", "A",
             "Six of ten sessions delivered; 58% of managers trained."),
        ]),
    ]
    for ws_title, acts in workstreams:
        doc.add_heading(ws_title, level=3)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, c in enumerate(["Ref", "Action", "Lead", "Due", "RAG", "Progress this period"]):
            set_text(t.rows[0].cells[j], c, bold=True)
            shade(t.rows[0].cells[j], "005EB8")
            t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
        for ref, act, lead, due, rag, prog in acts:
            row = t.add_row()
            for j, v in enumerate([ref, act, lead, due, "", prog]):
                set_text(row.cells[j], v)
            shade(row.cells[4], key[rag])
        for row in t.rows:
            for j, w in enumerate([1.0, 5.6, 3.4, 2.0, 1.1, 5.0]):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    kt = doc.add_table(rows=5, cols=2)
    kt.style = "Table Grid"
    set_text(kt.rows[0].cells[0], "KEY", bold=True)
    kt.rows[0].cells[0].merge(kt.rows[0].cells[1])
    for i, (col, txt) in enumerate([(BLUE, "Delivered"), (GREEN, "On track to deliver"),
                                    (AMBER, "Some issues – narrative disclosure"),
                                    (RED, "Not on track to deliver")]):
        shade(kt.rows[i + 1].cells[0], col)
        set_text(kt.rows[i + 1].cells[1], txt)
    for row in kt.rows:
        row.cells[0].width = Cm(1.5)
        row.cells[1].width = Cm(7)
    doc.add_heading("3. Risks and issues", level=2)
    rt = doc.add_table(rows=3, cols=3)
    rt.style = "Table Grid"
    for i, row in enumerate([("Risk / issue", "Mitigation", "Score"),
                             ("Capacity of trained AAR facilitators in the acute division",
                              "Second cohort of facilitator training in January 2026", "12"),
                             ("No Patient Safety Partners in post",
                              "Re-advertised; interim lay input from the Patient Panel", "9")]):
        for j, v in enumerate(row):
            set_text(rt.rows[i].cells[j], v, bold=(i == 0))
    doc.add_heading("4. Decisions required", level=2)
    doc.add_paragraph("The Committee is asked to note the progress made and to support the "
                      "revised approach to Patient Safety Partner recruitment.")
    doc.save(out("ap2-east-cheshire-nhs-trust-psirf-implementation-highlight-report.docx"))


# --------------------------------------------------------------------------
# 6. West Sussex SAB - thematic SAR (self-neglect) action plan (xlsx)
# --------------------------------------------------------------------------
def wssab_sar():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Thematic SAR – Self-neglect: summary of progress"
    s["A1"].font = Font(bold=True, size=12)
    s.append([])
    s.append(["RAG", "Number of actions"])
    for c in s[3]:
        c.font = Font(bold=True)
    for k, n, col in [("Complete", 3, BLUE), ("Green", 4, GREEN), ("Amber", 2, AMBER),
                      ("Red", 1, RED), ("Not started", 1, None)]:
        s.append([k, n])
        if col:
            s.cell(row=s.max_row, column=1).fill = fill(col)
    s.append(["Total", 11])
    s.cell(row=s.max_row, column=1).font = Font(bold=True)
    s.column_dimensions["A"].width = 16
    s.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = ("West Sussex Safeguarding Adults Board – Thematic Safeguarding Adults Review: "
                "Self-neglect – Action Plan")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update for the SAB Executive Group – November 2025"
    ws["A2"].font = Font(italic=True)
    ws.append([])
    hdr = ["Ref", "Action", "Lead", "Expected outcome / evidence of impact", "Target Date",
           "Progress update (November 2025)", "RAG"]
    ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ragf = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def band(text, colour, bold=True):
        ws.append([text])
        r = ws.max_row
        ws.merge_cells(f"A{r}:G{r}")
        ws[f"A{r}"].font = Font(bold=bold, color="FFFFFF" if colour == "7F6AA8" else "000000")
        ws[f"A{r}"].fill = fill(colour)
        ws[f"A{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 30

    def act(ref, text, lead, outcome, when, fmt, prog, rag):
        ws.append([ref, text, lead, outcome, when, prog, rag])
        r = ws.max_row
        for c in ws[r]:
            c.alignment = WRAP
            c.border = BOX
        if fmt:
            ws[f"E{r}"].number_format = fmt
        if rag:
            ws[f"G{r}"].fill = fill(ragf[rag])

    band("Theme A: Understanding self-neglect and hoarding", "7F6AA8")
    band("Recommendation 1: Partners should ensure that practitioners understand and use the "
         "Sussex Self-neglect and Hoarding Procedure, including when to escalate to a "
         "multi-agency risk management meeting.", "E4DFEC", bold=False)
    act("1.1", "Relaunch the self-neglect and hoarding procedure through a series of multi-agency "
        "lunchtime briefings.", "SAB Business Manager",
        "Practitioners report increased confidence in using the procedure (post-briefing survey).",
        D(2025, 9, 1), "mmm-yy",
        "Four briefings delivered between June and September 2025 to 312 practitioners.",
        "Complete")
    act("1.2", "Audit a sample of 20 self-neglect concerns to test whether risk management "
        "meetings were convened where the threshold was met.",
        "Quality and Performance Subgroup Chair",
        "Audit findings reported to the Board with any further actions.",
        "Mar-26 (revised from Dec-25)", None,
        "Audit tool agreed. Case selection delayed while Adult Social Care moved to its new case "
        "management system.", "Amber")
    band("Recommendation 2: The Board should seek assurance that mental capacity assessments for "
         "people who self-neglect consider executive functioning.", "E4DFEC", bold=False)
    act("2.1", "Develop a practice guide on assessing executive capacity, using case examples "
        "from this review.", "Principal Social Worker (WSCC)",
        "Guide published on the SAB website and used in supervision.",
        D(2026, 1, 31), "dd/mm/yyyy",
        "First draft shared with the Learning and Development Subgroup for comment.", "Green")
    act("2.2", "Include executive functioning in the mental capacity audit tools used by the "
        "mental health and acute trusts.",
        "Head of Safeguarding (Sussex Partnership NHS FT) / Named Professional Adult "
        "Safeguarding (UHSussex)",
        "Audit results show executive functioning considered in capacity assessments.",
        D(2025, 12, 1), "mmm-yy",
        "Audit tools amended; first audits to be run in December.", "Green")
    band("Theme B: Working together and sharing information", "7F6AA8")
    band("Recommendation 3: Agencies should share information about fire risk with West Sussex "
         "Fire & Rescue Service and refer for a Safe and Well Visit where hoarding is identified.",
         "E4DFEC", bold=False)
    act("3.1", "Promote the WSFRS Safe and Well Visit referral pathway to housing providers, "
        "domiciliary care agencies and GP practices.", "WSFRS Prevention Manager",
        "Increase in Safe and Well referrals from partner agencies.",
        D(2025, 10, 1), "mmm-yy",
        "Pathway promoted through the provider bulletin and the GP safeguarding leads network. "
        "Referrals from partners up 22% on last year.", "Complete")
    act("3.2", "Add a fire risk prompt to the Adult Social Care self-neglect enquiry template.",
        "ASC Practice Development Lead",
        "Fire risk recorded in all self-neglect enquiries.",
        D(2025, 11, 1), "mmm-yy",
        "Template change not yet scheduled by the case management system team.", "Red")
    band("Recommendation 4: The Board should ask partners to consider a lead professional for "
         "adults who self-neglect and are known to more than two agencies.", "E4DFEC", bold=False)
    act("4.1", "Agree a lead professional model with partners and include it in the procedure.",
        "Policy and Procedures Subgroup",
        "Lead professional model included in the Sussex procedure.",
        "Q4 2025/26", None,
        "Options paper discussed at the October subgroup; preferred model agreed in principle.",
        "Green")
    act("4.2", "Test the lead professional model in one locality for six months.",
        "ASC Locality Manager (Coastal)",
        "Pilot evaluation reported to the Board.",
        "April 2026 – September 2026", None,
        "Pilot to start once the model is agreed (action 4.1).", None)
    band("Theme C: Person-centred practice and engagement", "7F6AA8")
    band("Recommendation 5: Practitioners should be supported to build relationships with people "
         "who decline services, using strengths-based and trauma-informed approaches.",
         "E4DFEC", bold=False)
    act("5.1", "Commission trauma-informed practice training for adult social care, housing and "
        "mental health practitioners.", "SAB Learning and Development Subgroup",
        "Training delivered to at least 150 practitioners; evaluation shows change in practice.",
        D(2026, 3, 31), "dd/mm/yyyy",
        "Provider commissioned; dates for four cohorts published.", "Green")
    act("5.2", "Publish a 7-minute briefing on this review and circulate it through all partner "
        "agencies.", "SAB Business Manager",
        "Briefing used in team meetings across partner agencies.",
        D(2025, 7, 1), "mmm-yy",
        "Published July 2025 and circulated to all Board members for cascade.", "Complete")
    act("5.3", "Hold a learning event with the family to hear their experience and reflect it in "
        "the briefing materials.", "SAB Independent Chair",
        "Family voice included in learning materials.",
        "Ongoing", None,
        "The family have asked for the event to be deferred until after the inquest.", "Amber")
    r = ws.max_row + 2
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, t, col) in enumerate([("Complete", "Action completed", BLUE),
                                      ("Green", "On track", GREEN),
                                      ("Amber", "At risk of delay", AMBER),
                                      ("Red", "Delayed", RED)]):
        ws.cell(row=r + 1 + i, column=1, value=k).fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=t)
    for col, w in zip("ABCDEFG", [9, 50, 30, 38, 16, 48, 11]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("ap2-west-sussex-sab-thematic-sar-self-neglect-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 7. Westmorland and Furness SCP - LCSPR Child E action plan (tab-separated txt)
#    Carries a mistyped month in a target date (the case's data error).
# --------------------------------------------------------------------------
def wfscp_lcspr_txt():
    T = "\t"
    lines = [
        "Westmorland and Furness Safeguarding Children Partnership" + T * 5,
        "Local Child Safeguarding Practice Review – Child E: Multi-agency Action Plan" + T * 5,
        "Version 3 – updated for the Safeguarding Assurance Group, 14 October 2025" + T * 5,
        T * 5,
        T.join(["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]),
        "Recommendation 1: Partners should ensure that the lived experience of pre-verbal "
        "children is recorded and considered in assessments and plans." + T * 5,
        T.join(["1.1", "Add a 'day in the life of the baby' prompt to the child and family "
                "assessment template.", "Principal Social Worker", "30/09/2025",
                "Prompt added to the template in September 2025; briefing sent to team managers.",
                "Complete"]),
        T.join(["1.2", "Audit 15 child protection plans for children under two to test whether "
                "the baby's daily experience is described.", "WFSCP Quality Assurance Group",
                "Novemebr 2025", "Audit tool agreed; case sample drawn.", "Green"]),
        "Recommendation 2: Health partners should share information about a parent's mental "
        "health with the health visitor and GP when a baby is born." + T * 5,
        T.join(["2.1", "Review the maternity to health visiting handover form so that parental "
                "mental health history is included.",
                "Named Midwife (UHMBT) / Health Visiting Service Lead", "December 2025",
                "Revised form drafted and shared with the perinatal mental health team.", "Green"]),
        T.join(["2.2", "Remind GP practices of the expectation to record and share perinatal "
                "mental health concerns.", "Designated Nurse Safeguarding Children (ICB)",
                "31/10/2025", "Included in the October GP safeguarding newsletter.", "Complete"]),
        "Recommendation 3: The Partnership should seek assurance that practitioners understand "
        "and use the escalation policy." + T * 5,
        T.join(["3.1", "Relaunch the escalation policy through a 7-minute briefing and "
                "practitioner forum.", "Partnership and Improvement Officer", "January 2026",
                "Briefing drafted; forum booked for 21 January 2026.", "Green"]),
        T.join(["3.2", "Collect data on the use of escalation from all statutory partners and "
                "report to the Safeguarding Assurance Group.", "WFSCP Business Team",
                "Quarterly", "First return due December 2025.", "Amber"]),
        T * 5,
        "RAG: Complete = action completed and evidence received; Green = on track; "
        "Amber = at risk; Red = overdue" + T * 5,
    ]
    with open(out("ap2-westmorland-furness-scp-lcspr-child-e-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    stees_board_action_log()
    nndc_risk_register()
    hhft_audit_export()
    elmbridge_dhr()
    ecnt_psirf_highlight()
    wssab_sar()
    wfscp_lcspr_txt()
    print("done")
