"""Build the seven zcp- blind test files (set heldout779).

Run with /work/main/.venv/bin/python zcp_make.py ; writes the data files beside this script.
Each case's data lives in a module-level structure so the expected readings can be checked
against exactly the text written into the files.
"""
import csv
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lightblue": "DDEBF7",
    "lilac": "E4DFEC",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Right at Home Milton Keynes - CQC home care must do / should do (xlsx)
# ---------------------------------------------------------------------------
RAH_FILE = "zcp-right-at-home-milton-keynes-cqc-home-care-must-should-do-action-plan.xlsx"
RAH_TITLE = "Right at Home Milton Keynes – CQC Inspection Action Plan"
RAH_MUST = [
    {
        "section": "Safe",
        "breach": "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment – The provider had not "
        "ensured risks relating to people's health conditions, including diabetes and catheter care, "
        "were assessed and mitigated, and electronic medicines administration records (eMAR) were "
        "not always completed accurately.",
        "actions": [
            dict(ref="1.1",
                 action="Review and rewrite risk assessments for all clients with diabetes, catheters or "
                 "PEG feeding, using condition-specific templates.",
                 lead_cell="Registered Manager", lead=["Registered Manager"],
                 target="31/07/2025", revised=None, end="2025-07",
                 progress="All 23 risk assessments rewritten and signed off by the Registered Manager.",
                 rag="blue", status="blue"),
            dict(ref="1.2",
                 action="Introduce a weekly eMAR exception audit in Birdie, with missed or late doses "
                 "followed up with the care worker within 24 hours.",
                 lead_cell="Care Coordinator / Field Care Supervisor",
                 lead=["Care Coordinator", "Field Care Supervisor"],
                 target="30/06/2025", revised="31/08/2025", end="2025-08",
                 progress="Audit live from August; 3 of 4 weekly audits completed in September due to "
                 "staff absence.",
                 rag="amber", status="amber"),
            dict(ref="1.3",
                 action="All care workers supporting clients with time-critical medicines to complete a "
                 "competency reassessment with a Field Care Supervisor.",
                 lead_cell="Lisa Marsh (FCS) & Dan Okafor (FCS)",
                 lead=["Lisa Marsh (FCS)", "Dan Okafor (FCS)"],
                 target="Aug-25", revised="Oct-25", end="2025-10",
                 progress="31 of 40 care workers reassessed; remainder booked for October.",
                 rag="green", status="green"),
        ],
    },
    {
        "section": "Safe",
        "breach": "Regulation 19 HSCA RA Regulations 2014 Fit and proper persons employed – Full "
        "employment histories, with satisfactory written explanations of gaps, had not been obtained "
        "for 4 of the 6 staff files reviewed.",
        "actions": [
            dict(ref="2.1",
                 action="Audit all 38 staff files against Schedule 3 and obtain any missing employment "
                 "histories and explanations of gaps.",
                 lead_cell="Office Manager", lead=["Office Manager"],
                 target="31 July 2025", revised=None, end="2025-07",
                 progress="Audit complete; 9 files updated and re-checked.",
                 rag="blue", status="blue"),
            dict(ref="2.2",
                 action="Amend the recruitment checklist so that an offer cannot be issued until the "
                 "Registered Manager has signed off any gaps in employment.",
                 lead_cell="Registered Manager", lead=["Registered Manager"],
                 target="June 2025", revised=None, end="2025-06",
                 progress="Checklist v4 in use from 2 June 2025.",
                 rag="blue", status="blue"),
        ],
    },
    {
        "section": "Well-led",
        "breach": "Regulation 17 HSCA RA Regulations 2014 Good governance – Quality assurance systems "
        "had not identified the shortfalls found at this inspection, and call monitoring data was "
        "not used to identify and act on late and missed calls.",
        "actions": [
            dict(ref="3.1",
                 action="Produce a monthly governance dashboard covering late and missed calls, eMAR "
                 "exceptions, complaints and safeguarding, reviewed at the franchise owner meeting.",
                 lead_cell="Franchise Owner; Registered Manager",
                 lead=["Franchise Owner", "Registered Manager"],
                 target="30/09/2025", revised=None, end="2025-09",
                 progress="July and August dashboards produced; September dashboard due at the 7 October "
                 "meeting.",
                 rag="green", status="green"),
            dict(ref="3.2",
                 action="Set call monitoring alerts so that any visit more than 30 minutes late is "
                 "escalated to the on-call coordinator in real time.",
                 lead_cell="Care Coordinator", lead=["Care Coordinator"],
                 target="31/05/2025", revised="30/06/2025", end="2025-06",
                 progress="Alerts configured, but on-call escalations are not consistently logged; "
                 "refresher training for on-call staff planned.",
                 rag="red", status="red"),
            dict(ref="3.3",
                 action="Commission an external mock inspection against the CQC single assessment "
                 "framework quality statements.",
                 lead_cell="Franchise Owner", lead=["Franchise Owner"],
                 target="Q3 2025/26", revised=None, end="2025-12",
                 progress="Provider being sourced.",
                 rag=None, status="unrated"),
        ],
    },
]
RAH_SHOULD = [
    dict(ref="S1",
         should="The provider should ensure care plans record people's cultural and religious "
         "preferences.",
         action="Add a 'What matters to me' section to the care plan template and complete it at each "
         "six-monthly review.",
         lead_cell="Care Coordinator", lead=["Care Coordinator"],
         when="Dec 2025", end="2025-12", status_cell="On track", status="green"),
    dict(ref="S2",
         should="The provider should review how feedback from people and their relatives is analysed "
         "and acted on.",
         action="Replace the annual quality survey with a short quarterly survey and send clients a "
         "'You said, we did' summary.",
         lead_cell="Office Manager", lead=["Office Manager"],
         when="Ongoing – quarterly", end=None, end_text="Ongoing – quarterly",
         status_cell="On track", status="green"),
    dict(ref="S3",
         should="The provider should ensure staff supervisions take place in line with its own "
         "policy.",
         action="Set up a supervision matrix and book all overdue supervisions.",
         lead_cell="Field Care Supervisors", lead=["Field Care Supervisors"],
         when="31/08/2025", end="2025-08", status_cell="Complete", status="blue"),
]


def build_rah():
    wb = Workbook()
    ws = wb.active
    ws.title = "Must do"
    widths = [7, 40, 52, 26, 13, 13, 44, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = RAH_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Must do actions (breaches of regulation)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Location ID: 1-10384422917 | Inspection: 28 April – 9 May 2025 | Report published: "
                "18 June 2025 | Overall rating: Requires improvement")
    ws.merge_cells("A4:H4")
    ws["A4"] = "Owner: Registered Manager | Version 3 – progress at 30 September 2025 | RAG key on 'Key' tab"
    ws["A4"].font = Font(italic=True)
    hdr = ["Ref", "Regulation breached / CQC finding", "Action we will take", "Lead", "Target date",
           "Revised date", "Progress update (September 2025)", "RAG"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    last_section = None
    for block in RAH_MUST:
        if block["section"] != last_section:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cell = ws.cell(row=r, column=1, value=block["section"])
            cell.font = Font(bold=True)
            cell.fill = fill("grey")
            last_section = block["section"]
            r += 1
        first = r
        for a in block["actions"]:
            ws.cell(row=r, column=1, value=a["ref"])
            ws.cell(row=r, column=3, value=a["action"])
            ws.cell(row=r, column=4, value=a["lead_cell"])
            ws.cell(row=r, column=5, value=a["target"])
            ws.cell(row=r, column=6, value=a["revised"])
            ws.cell(row=r, column=7, value=a["progress"])
            if a["rag"]:
                ws.cell(row=r, column=8).fill = fill(a["rag"])
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            a["row"] = r
            r += 1
        ws.cell(row=first, column=2, value=block["breach"])
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value="Should do recommendations are tracked on the 'Should do' tab. "
            "This plan is reviewed monthly at the franchise owner meeting.").font = Font(italic=True)

    ws2 = wb.create_sheet("Should do")
    for i, w in enumerate([6, 46, 46, 22, 18, 12]):
        ws2.column_dimensions[chr(65 + i)].width = w
    ws2.merge_cells("A1:F1")
    ws2["A1"] = "Should do – areas for improvement"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Ref", "Should do (from CQC report)", "Our action", "Owner", "By when", "Status"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.border = BOX
    r = 4
    for s in RAH_SHOULD:
        vals = [s["ref"], s["should"], s["action"], s["lead_cell"], s["when"], s["status_cell"]]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        s["row"] = r
        r += 1

    ws3 = wb.create_sheet("Key")
    ws3.column_dimensions["A"].width = 12
    ws3.column_dimensions["B"].width = 60
    ws3["A1"] = "RAG key"
    ws3["A1"].font = Font(bold=True)
    key = [("blue", "Completed and evidence filed"), ("green", "On track to meet target date"),
           ("amber", "Some slippage – revised date agreed"), ("red", "Overdue or not progressing"),
           (None, "No colour – not yet started")]
    for i, (col, txt) in enumerate(key, 2):
        if col:
            ws3.cell(row=i, column=1).fill = fill(col)
        ws3.cell(row=i, column=2, value=txt)
    ws3["A9"] = "Sign-off"
    ws3["A9"].font = Font(bold=True)
    ws3["A10"] = "Franchise Owner"
    ws3["B10"] = "Signed 3 October 2025"
    ws3["A11"] = "Registered Manager"
    ws3["B11"] = "Signed 3 October 2025"
    wb.save(path(RAH_FILE))


# ---------------------------------------------------------------------------
# 2. NHS GGC - HIS safe delivery of care, QEUH (docx)
# ---------------------------------------------------------------------------
QEUH_FILE = ("zcp-nhs-greater-glasgow-and-clyde-his-queen-elizabeth-university-hospital-"
             "safe-delivery-of-care-improvement-action-plan.docx")
QEUH_TITLE = "Queen Elizabeth University Hospital – Safe Delivery of Care Inspection: Improvement Action Plan"
QEUH_DOMAINS = [
    {
        "domain": "Domain 2 – Leadership and culture",
        "reqs": [
            {
                "label": "Requirement 1",
                "text": "NHS Greater Glasgow and Clyde must ensure that there are effective systems in place "
                "to share learning from inspections and adverse events across the hospital campus.",
                "actions": [
                    dict(ref="1.1",
                         action="Publish a campus-wide learning bulletin after each external inspection, with "
                         "key findings discussed at ward safety briefs.",
                         timescale="31 July 2025", end="2025-07",
                         lead_cell="Chief Nurse, South Sector", lead=["Chief Nurse, South Sector"],
                         progress="First bulletin issued 15 July 2025 and discussed at all ward safety briefs "
                         "that week.", rag="Blue", status="blue"),
                    dict(ref="1.2",
                         action="Establish a quarterly Safe Delivery of Care assurance group, chaired by the "
                         "Director for Acute Services, to monitor delivery of this plan.",
                         timescale="August 2025", end="2025-08",
                         lead_cell="Director for Acute Services", lead=["Director for Acute Services"],
                         progress="Group met 21 August and 30 October 2025.", rag="Blue", status="blue"),
                ],
            }
        ],
    },
    {
        "domain": "Domain 4.1 – Pathways, procedures and policies",
        "reqs": [
            {
                "label": "Requirement 2",
                "text": "NHS Greater Glasgow and Clyde must ensure that patient care is planned and delivered "
                "in line with assessed needs, including the completion of falls, pressure ulcer and food, "
                "fluid and nutritional care assessments within the required timescales.",
                "actions": [
                    dict(ref="2.1",
                         action="Introduce a daily safety huddle check of outstanding admission risk "
                         "assessments in all adult inpatient wards, with gaps escalated to the senior charge "
                         "nurse.",
                         timescale="31 May 2025", end="2025-05",
                         lead_cell="Chief Nurse, South Sector", lead=["Chief Nurse, South Sector"],
                         progress="In place across all 32 adult wards from 12 May 2025; compliance monitored "
                         "through the Care Assurance and Accreditation System.", rag="Blue", status="blue"),
                    dict(ref="2.2",
                         action="Relaunch the food, fluid and nutrition care plan with ward-based teaching "
                         "sessions delivered by the dietetic team.",
                         timescale="June 2025 – September 2025", end="2025-09",
                         lead_cell="Lead Dietitian, Acute Services / Practice Development Nurse",
                         lead=["Lead Dietitian, Acute Services", "Practice Development Nurse"],
                         progress="Teaching delivered on 27 of 32 wards; remaining wards scheduled for "
                         "November 2025.", rag="Amber", status="amber"),
                    dict(ref="2.3",
                         action="Report a monthly audit of assessment completion to the South Sector Clinical "
                         "Governance Forum.",
                         timescale="Monthly – ongoing", end=None, end_text="Monthly – ongoing",
                         lead_cell="Clinical Governance Manager", lead=["Clinical Governance Manager"],
                         progress="Audit reported since June 2025; completion 88% in September.",
                         rag="Green", status="green"),
                ],
            },
            {
                "label": "Requirement 3",
                "text": "NHS Greater Glasgow and Clyde must ensure that all medicines are stored securely and "
                "that controlled drug checks are carried out and recorded in line with current guidance.",
                "actions": [
                    dict(ref="3.1",
                         action="Fit keypad locks to all treatment room doors in the Emergency Department and "
                         "the Acute Assessment Unit.",
                         timescale="30 September 2025", end="2025-09",
                         lead_cell="Director of Estates and Facilities",
                         lead=["Director of Estates and Facilities"],
                         progress="Locks fitted in both areas on 19 September 2025.", rag="Blue",
                         status="blue"),
                    dict(ref="3.2",
                         action="Carry out pharmacy-led spot checks of the controlled drug register on every "
                         "ward at least once a quarter.",
                         timescale="Quarterly (ongoing)", end=None, end_text="Quarterly (ongoing)",
                         lead_cell="Lead Pharmacist – Acute Governance",
                         lead=["Lead Pharmacist – Acute Governance"],
                         progress="Quarter 2 checks complete on 30 of 32 wards.", rag="Green",
                         status="green"),
                ],
            },
        ],
    },
    {
        "domain": "Domain 4.3 – Workforce management and support",
        "reqs": [
            {
                "label": "Requirement 4",
                "text": "NHS Greater Glasgow and Clyde must ensure that staffing levels and skill mix are "
                "assessed in real time and that risks identified are escalated and mitigated in line with "
                "the Health and Care (Staffing) (Scotland) Act 2019.",
                "actions": [
                    dict(ref="4.1",
                         action="Roll out the real-time staffing tool to all inpatient areas on the campus, "
                         "with escalation routes set out in the site huddle standard operating procedure.",
                         timescale="End of December 2025", end="2025-12",
                         lead_cell="Deputy Nurse Director / Head of Workforce Planning",
                         lead=["Deputy Nurse Director", "Head of Workforce Planning"],
                         progress="Live in 29 of 41 inpatient areas.", rag="Green", status="green"),
                    dict(ref="4.2",
                         action="Record all staffing risk escalations and mitigations in a single log "
                         "reviewed at the daily 8am site huddle.",
                         timescale="30/06/2025", end="2025-06",
                         lead_cell="Site and Capacity Manager", lead=["Site and Capacity Manager"],
                         progress="Log in place, but review at the huddle is not yet consistently "
                         "documented.", rag="Red", status="red"),
                ],
            }
        ],
    },
]
RAG_SHADE = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def build_qeuh():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(QEUH_TITLE, style="Title")
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    rows = [("NHS board", "NHS Greater Glasgow and Clyde"),
            ("Hospital", "Queen Elizabeth University Hospital campus"),
            ("Date of inspection", "4, 5 and 6 March 2025"),
            ("Date of report publication", "12 June 2025"),
            ("Action plan version", "2.1 – progress at 31 October 2025")]
    for i, (k, v) in enumerate(rows):
        bold_cell(info.rows[i].cells[0], k)
        info.rows[i].cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comment"]):
        bold_cell(dc.rows[0].cells[i], h)
    for r, vals in enumerate([("1.0", "03/07/2025", "Clinical Governance Manager",
                               "Submitted to Healthcare Improvement Scotland"),
                              ("2.0", "29/08/2025", "Clinical Governance Manager",
                               "Progress update for Acute Services Committee"),
                              ("2.1", "31/10/2025", "Clinical Governance Manager",
                               "Progress update for SDOC assurance group")], 1):
        for c, v in enumerate(vals):
            dc.rows[r].cells[c].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG status key: ").bold = True
    p.add_run("Blue – action complete and evidence held; Green – on track to meet timescale; "
              "Amber – at risk of missing timescale; Red – timescale missed.")
    for dom in QEUH_DOMAINS:
        doc.add_paragraph(dom["domain"], style="Heading 1")
        for req in dom["reqs"]:
            t = doc.add_table(rows=2 + len(req["actions"]), cols=6)
            t.style = "Table Grid"
            bold_cell(t.rows[0].cells[0], req["label"])
            m = t.rows[0].cells[1].merge(t.rows[0].cells[5])
            m.text = req["text"]
            shade(t.rows[0].cells[0], "DDEBF7")
            shade(m, "DDEBF7")
            hdr = ["No.", "Action planned", "Timescale to meet action", "Responsibility for taking action",
                   "Progress against action", "RAG status"]
            for i, h in enumerate(hdr):
                bold_cell(t.rows[1].cells[i], h)
            for j, a in enumerate(req["actions"], 2):
                cells = t.rows[j].cells
                cells[0].text = a["ref"]
                cells[1].text = a["action"]
                cells[2].text = a["timescale"]
                cells[3].text = a["lead_cell"]
                cells[4].text = a["progress"]
                cells[5].text = a["rag"]
                shade(cells[5], RAG_SHADE[a["rag"]])
            doc.add_paragraph()
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    for i, h in enumerate(["Name", "Designation", "Date"]):
        bold_cell(so.rows[0].cells[i], h)
    for c, v in enumerate(["M. Quinn", "Director for Acute Services", "03/11/2025"]):
        so.rows[1].cells[c].text = v
    for c, v in enumerate(["A. Devlin", "Nurse Director", "03/11/2025"]):
        so.rows[2].cells[c].text = v
    doc.save(path(QEUH_FILE))


# ---------------------------------------------------------------------------
# 3. Llwynhendy Health Centre - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
LLW_FILE = "zcp-llwynhendy-health-centre-hiw-gp-inspection-improvement-plan.docx"
LLW_TITLE = "Llwynhendy Health Centre – HIW Improvement Plan"
LLW_SECTIONS = [
    {
        "section": "Quality of the patient experience",
        "items": [
            {
                "finding": "Patients told us it was difficult to get through to the practice by telephone "
                "at 8am.",
                "need": "The practice must review its telephone and appointment arrangements to improve "
                "access for patients.",
                "std": "Health and Care Quality Standards 2023 – Timely",
                "actions": [
                    dict(action="Move to a cloud-based telephone system with call-back and queue position "
                         "messages.", lead_cell="Practice Manager", lead=["Practice Manager"],
                         timescale="30 June 2025", end="2025-06"),
                    dict(action="Survey patients on access three months after the new system goes live and "
                         "share the results with the Patient Participation Group.",
                         lead_cell="Practice Manager / Patient Participation Group Chair",
                         lead=["Practice Manager", "Patient Participation Group Chair"],
                         timescale="October 2025", end="2025-10"),
                ],
            },
            {
                "finding": "There was no hearing loop available at reception.",
                "need": "The practice must ensure a hearing loop is available and that staff know how to use "
                "it.",
                "std": "Health and Care Quality Standards 2023 – Equitable; Equality Act 2010",
                "actions": [
                    dict(action="Purchase a portable hearing loop and add its use to reception staff "
                         "induction.", lead_cell="Reception Supervisor", lead=["Reception Supervisor"],
                         timescale="By 31 March 2025", end="2025-03"),
                ],
            },
        ],
    },
    {
        "section": "Delivery of safe and effective care",
        "items": [
            {
                "finding": "Cleaning schedules for clinical rooms were not consistently completed.",
                "need": "The practice must ensure cleaning schedules are completed and audited.",
                "std": "Health and Care Quality Standards 2023 – Safe; Infection Prevention and Control",
                "actions": [
                    dict(action="Introduce signed daily cleaning checklists for each clinical room, with a "
                         "monthly infection control audit by the lead nurse.",
                         lead_cell="Lead Practice Nurse", lead=["Lead Practice Nurse"],
                         timescale="Ongoing – monthly audit", end=None,
                         end_text="Ongoing – monthly audit"),
                ],
            },
            {
                "finding": "Not all clinical staff had completed level 3 safeguarding children training.",
                "need": "The practice must ensure all clinical staff complete safeguarding training at the "
                "level appropriate to their role.",
                "std": "Health and Care Quality Standards 2023 – Safe; Safeguarding",
                "actions": [
                    dict(action="Book outstanding staff onto level 3 training and record completion on the "
                         "practice training matrix.",
                         lead_cell="Dr R. Hughes (Safeguarding Lead)",
                         lead=["Dr R. Hughes (Safeguarding Lead)"],
                         timescale="31/05/2025", end="2025-05"),
                ],
            },
        ],
    },
    {
        "section": "Quality of management and leadership",
        "items": [
            {
                "finding": "Appraisals were overdue for five members of the administrative team.",
                "need": "The practice must ensure all staff receive an annual appraisal.",
                "std": "Health and Care Quality Standards 2023 – Workforce",
                "actions": [
                    dict(action="Complete the outstanding appraisals and set an annual appraisal schedule "
                         "for all staff.", lead_cell="Practice Manager", lead=["Practice Manager"],
                         timescale="End of July 2025", end="2025-07"),
                ],
            },
            {
                "finding": "Minutes of practice meetings did not record agreed actions or who was "
                "responsible for them.",
                "need": "The practice should ensure meeting minutes record agreed actions, owners and "
                "timescales.",
                "std": "Health and Care Quality Standards 2023 – Leadership",
                "actions": [
                    dict(action="Adopt a standard minutes template with an action log, reviewed at the start "
                         "of each practice meeting.", lead_cell="Practice Manager; Senior Partner",
                         lead=["Practice Manager", "Senior Partner"],
                         timescale="April 2025", end="2025-04"),
                ],
            },
        ],
    },
]


def build_llw():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(LLW_TITLE, style="Title")
    doc.add_paragraph("Healthcare Inspectorate Wales – General Practice Inspection (Announced)")
    for line in ["Service: Llwynhendy Health Centre, Llanelli",
                 "Health board: Hywel Dda University Health Board",
                 "Date of inspection: 11 February 2025",
                 "Date improvement plan returned to HIW: 14 March 2025"]:
        doc.add_paragraph(line)

    doc.add_paragraph("Appendix A – Summary of concerns resolved during the inspection", style="Heading 1")
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to their impact and/or level of risk, these concerns needed to be "
                      "addressed straight away, during the inspection.")
    ta = doc.add_table(rows=2, cols=4)
    ta.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and "
                           "treatment", "How HIW escalated the concern", "How the concern was resolved"]):
        bold_cell(ta.rows[0].cells[i], h)
    for i, v in enumerate(["Two vials of adrenaline in the emergency drugs kit were out of date.",
                           "Patients could have received ineffective treatment in an emergency.",
                           "Raised with the practice manager on the day of inspection.",
                           "The vials were replaced the same day and a weekly expiry check was added to "
                           "the nurses' checklist."]):
        ta.rows[1].cells[i].text = v

    doc.add_paragraph("Appendix B – Immediate improvement plan", style="Heading 1")
    doc.add_paragraph("Service: Llwynhendy Health Centre")
    tb = doc.add_table(rows=2, cols=5)
    tb.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        bold_cell(tb.rows[0].cells[i], h)
    mb = tb.rows[1].cells[0].merge(tb.rows[1].cells[4])
    mb.text = "No immediate assurance issues were identified on this inspection."

    doc.add_paragraph("Appendix C – Improvement plan", style="Heading 1")
    doc.add_paragraph("Service: Llwynhendy Health Centre")
    doc.add_paragraph("Date of inspection: 11 February 2025")
    n_rows = 1 + sum(1 + sum(len(it["actions"]) for it in s["items"]) for s in LLW_SECTIONS)
    tc = doc.add_table(rows=n_rows, cols=6)
    tc.style = "Table Grid"
    for i, h in enumerate(["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
                           "Service action", "Responsible officer", "Timescale"]):
        bold_cell(tc.rows[0].cells[i], h)
        shade(tc.rows[0].cells[i], "D9D9D9")
    r = 1
    for s in LLW_SECTIONS:
        m = tc.rows[r].cells[0].merge(tc.rows[r].cells[5])
        bold_cell(m, s["section"])
        shade(m, "E4DFEC")
        r += 1
        for it in s["items"]:
            first = r
            for a in it["actions"]:
                cells = tc.rows[r].cells
                cells[3].text = a["action"]
                cells[4].text = a["lead_cell"]
                cells[5].text = a["timescale"]
                r += 1
            for col, key in [(0, "finding"), (1, "need"), (2, "std")]:
                top = tc.rows[first].cells[col]
                if r - 1 > first:
                    top = top.merge(tc.rows[r - 1].cells[col])
                top.text = it[key]
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    tr = doc.add_table(rows=3, cols=2)
    tr.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Carys Morgan"), ("Job role:", "Practice Manager"),
                                ("Date:", "14 March 2025")]):
        bold_cell(tr.rows[i].cells[0], k)
        tr.rows[i].cells[1].text = v
    doc.save(path(LLW_FILE))


# ---------------------------------------------------------------------------
# 4. Meadowbank Care Home, Magherafelt - RQIA care inspection QIP (plain text export)
# ---------------------------------------------------------------------------
MBK_FILE = "zcp-meadowbank-care-home-magherafelt-rqia-care-inspection-quality-improvement-plan.txt"
MBK_TITLE = "Meadowbank Care Home, Magherafelt – Quality Improvement Plan"
MBK_SECTIONS = [
    {
        "heading": "Action required to ensure compliance with The Nursing Homes Regulations (Northern "
        "Ireland) 2005",
        "afis": [
            {
                "n": 1, "ref": "Regulation 13 (7)", "stated": "Second time",
                "by": "30 September 2025", "label": "Action required to ensure compliance with this regulation:",
                "text": "The registered person shall ensure that the infection prevention and control issues "
                "identified during the inspection are managed to minimise the risk and spread of infection.",
                "section": "5.2.3",
                "actions": [
                    dict(ref="1.1", action="Replace the damaged flooring in the ground floor assisted bathroom "
                         "and the two rusted shower chairs identified at inspection.",
                         lead_cell="Home Manager; Maintenance Person",
                         lead=["Home Manager", "Maintenance Person"],
                         target="30/09/2025", end="2025-09", rag="B", status="blue"),
                    dict(ref="1.2", action="Nurse in charge to complete a daily IPC walkaround using the IPC "
                         "checklist, with any issues escalated to the Home Manager.",
                         lead_cell="Nurse in charge", lead=["Nurse in charge"],
                         target="Ongoing", end=None, end_text="Ongoing", rag="G", status="green"),
                ],
            },
            {
                "n": 2, "ref": "Regulation 12 (1) (a) and (b)", "stated": "First time",
                "by": "31 October 2025", "label": "Action required to ensure compliance with this regulation:",
                "text": "The registered person shall ensure that repositioning records for patients at risk "
                "of pressure damage are completed accurately and reflect the frequency prescribed in the "
                "care plan.",
                "section": "5.2.2",
                "actions": [
                    dict(ref="2.1", action="All registered nurses and care assistants to complete pressure "
                         "area care and record keeping training delivered by the Trust Tissue Viability "
                         "Nurse.", lead_cell="Deputy Manager", lead=["Deputy Manager"],
                         target="31/10/2025", end="2025-10", rag="A", status="amber"),
                    dict(ref="2.2", action="Weekly audit of repositioning charts by the nurse in charge, with "
                         "results reviewed at the monthly governance meeting.",
                         lead_cell="Nurse in charge / Home Manager",
                         lead=["Nurse in charge", "Home Manager"],
                         target="Weekly – ongoing", end=None, end_text="Weekly – ongoing",
                         rag="G", status="green"),
                ],
            },
            {
                "n": 3, "ref": "Regulation 27 (4) (d) (i)", "stated": "First time",
                "by": "With immediate effect (from the date of inspection)",
                "label": "Action required to ensure compliance with this regulation:",
                "text": "The registered person shall ensure that fire doors are not wedged open and that all "
                "staff take part in a fire drill at least once a year.",
                "section": "5.2.4",
                "actions": [
                    dict(ref="3.1", action="Fit magnetic hold-open devices linked to the fire alarm on the "
                         "four corridor doors found wedged open.", lead_cell="Maintenance Person",
                         lead=["Maintenance Person"], target="Nov-25", end="2025-11", rag="A",
                         status="amber"),
                    dict(ref="3.2", action="Set a fire drill schedule so that every staff member, including "
                         "night staff, takes part in a drill before 31 December 2025.",
                         lead_cell="Home Manager", lead=["Home Manager"], target="31/12/2025",
                         end="2025-12", rag="G", status="green"),
                ],
            },
        ],
    },
    {
        "heading": "Action required to ensure compliance with the Care Standards for Nursing Homes "
        "(December 2022)",
        "afis": [
            {
                "n": 4, "ref": "Standard 12", "stated": "First time", "by": "30 November 2025",
                "label": "Action required to ensure compliance with this standard:",
                "text": "The registered person shall ensure that the dining experience is reviewed so that "
                "patients who need assistance receive it in a timely manner and menus are displayed in a "
                "suitable format.",
                "section": "5.2.5",
                "actions": [
                    dict(ref="4.1", action="Introduce pictorial menus on each dining table and a daily menu "
                         "board at the entrance to each dining room.", lead_cell="Catering Manager",
                         lead=["Catering Manager"], target="30/11/2025", end="2025-11", rag="B",
                         status="blue"),
                    dict(ref="4.2", action="Stagger mealtimes on the first floor so that staff can assist "
                         "patients who need support before serving others.",
                         lead_cell="Deputy Manager & Activities Coordinator",
                         lead=["Deputy Manager", "Activities Coordinator"], target="30/11/2025",
                         end="2025-11", rag="G", status="green"),
                ],
            },
            {
                "n": 5, "ref": "Standard 35", "stated": "First time", "by": "31 December 2025",
                "label": "Action required to ensure compliance with this standard:",
                "text": "The registered person shall ensure that audits of care records are completed monthly "
                "and that identified actions are followed up.",
                "section": "5.2.6",
                "actions": [
                    dict(ref="5.1", action="Monthly audit of 10% of care records, with an action plan for each "
                         "audit signed off by the Home Manager.",
                         lead_cell="Sharon McKeown (Home Manager)",
                         lead=["Sharon McKeown (Home Manager)"], target="Dec 2025", end="2025-12",
                         rag="", status="unrated"),
                ],
            },
        ],
    },
]


def mbk_lines():
    L = []
    L.append(MBK_TITLE)
    L.append("RQIA unannounced care inspection, 19 August 2025 (Inspection ID: IN048213)")
    L.append("Registered provider: Meadowbank Care Ltd    Registered manager: Sharon McKeown")
    L.append("Exported from QIP tracker: 03/11/2025 09:14")
    L.append("=" * 78)
    L.append("")
    L.append("This Quality Improvement Plan (QIP) sets out the areas for improvement identified during "
             "the inspection and the actions the home is taking to address them.")
    L.append("RAG key: B = complete | G = on track | A = at risk of missing target | R = overdue | "
             "blank = not started")
    L.append("")
    for sec in MBK_SECTIONS:
        L.append("-" * 78)
        L.append(sec["heading"])
        L.append("-" * 78)
        L.append("")
        for afi in sec["afis"]:
            L.append("Area for improvement %d" % afi["n"])
            L.append("Ref: %s" % afi["ref"])
            L.append("Stated: %s" % afi["stated"])
            L.append("To be completed by: %s" % afi["by"])
            L.append("")
            L.append(afi["label"])
            L.append(afi["text"])
            L.append("Ref: %s" % afi["section"])
            L.append("")
            L.append("Response by registered person detailing the actions taken:")
            for a in afi["actions"]:
                a["line"] = len(L) + 1
                L.append("%s %s" % (a["ref"], a["action"]))
                L.append("    Owner: %s" % a["lead_cell"])
                L.append("    Target date: %s" % a["target"])
                L.append(("    RAG: %s" % a["rag"]).rstrip())
            L.append("")
    L.append("=" * 78)
    L.append("Please ensure this document is completed in full and returned via the RQIA Portal.")
    L.append("End of export")
    return L


def build_mbk():
    with open(path(MBK_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(mbk_lines()) + "\n")


# ---------------------------------------------------------------------------
# 5. CNTW - PSII safety action plan (xlsx)
# ---------------------------------------------------------------------------
CNTW_FILE = ("zcp-cumbria-northumberland-tyne-and-wear-nhsft-psii-crisis-team-discharge-follow-up-"
             "safety-action-plan.xlsx")
CNTW_TITLE = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
CNTW_AFIS = [
    {
        "afi": "Area for improvement 1: Handover of follow-up responsibility when patients are discharged "
        "from the crisis team",
        "actions": [
            dict(ref="SA1.1",
                 action="Amend the CRHT discharge standard operating procedure so that a named receiving "
                 "clinician and a follow-up date are confirmed before discharge is closed on RiO.",
                 lead_cell="CRHT Team Manager", lead=["CRHT Team Manager"],
                 orig="31/07/2025", revised=None, end="2025-07",
                 measure="Monthly audit of 20 discharges shows a named clinician and follow-up date recorded "
                 "in at least 95%.",
                 prev="G", cur="B", status="blue",
                 progress="SOP version 3.2 ratified 22/07/2025; August audit 96%."),
            dict(ref="SA1.2",
                 action="Build a RiO alert that flags to the receiving team leader any discharged patient "
                 "without a recorded 7-day follow-up contact.",
                 lead_cell="Head of Digital Clinical Systems / CRHT Team Manager",
                 lead=["Head of Digital Clinical Systems", "CRHT Team Manager"],
                 orig="30/09/2025", revised="31/12/2025", end="2025-12",
                 measure="Alert live; number of discharges without 7-day follow-up reported monthly.",
                 prev="G", cur="A", status="amber",
                 progress="Alert built; user testing delayed by the RiO upgrade in September."),
        ],
    },
    {
        "afi": "Area for improvement 2: Involvement of families and carers in discharge planning",
        "actions": [
            dict(ref="SA2.1",
                 action="Add a carer contact prompt to the discharge checklist, including consent to share "
                 "the crisis and relapse plan.",
                 lead_cell="Locality Carer Lead", lead=["Locality Carer Lead"],
                 orig="Nov-25", revised=None, end="2025-11",
                 measure="Carer contact recorded for 90% of discharges where the patient consents.",
                 prev="A", cur="G", status="green",
                 progress="Checklist updated; 3 of 5 team training sessions delivered."),
            dict(ref="SA2.2",
                 action="Co-produce a 'Leaving the crisis team' information leaflet with the Service User "
                 "and Carer Reference Group.",
                 lead_cell="Patient Experience Lead & Service User and Carer Reference Group",
                 lead=["Patient Experience Lead", "Service User and Carer Reference Group"],
                 orig="Q3 2025/26", revised=None, end="2025-12",
                 measure="Leaflet given at every discharge; feedback gathered through the Points of You "
                 "survey.",
                 prev="NS", cur="G", status="green",
                 progress="First draft reviewed by the Reference Group on 18 September."),
        ],
    },
    {
        "afi": "Area for improvement 3: Caseload oversight and staffing at weekends",
        "actions": [
            dict(ref="SA3.1",
                 action="Review the weekend rota so that a band 7 shift coordinator is rostered on every "
                 "weekend day.",
                 lead_cell="Clinical Manager", lead=["Clinical Manager"],
                 orig="31/08/2025", revised="30/11/2025", end="2025-11",
                 measure="Band 7 cover on 100% of weekend days (Healthroster report).",
                 prev="G", cur="A", status="amber",
                 progress="Cover achieved on 7 of 9 weekends since August; one vacancy out to advert."),
            dict(ref="SA3.2",
                 action="Add unresolved follow-ups to the daily caseload review template used at the 9am "
                 "CRHT huddle.",
                 lead_cell="CRHT Team Manager", lead=["CRHT Team Manager"],
                 orig="30/06/2025", revised=None, end="2025-06",
                 measure="Template in use at every huddle (spot check of 10 huddles a month).",
                 prev="B", cur="B", status="blue",
                 progress="Template in use since 16/06/2025."),
            dict(ref="SA3.3",
                 action="Share the learning from this PSII at the Trust Patient Safety Learning Forum and "
                 "the ICB System Quality Group.",
                 lead_cell="Associate Director of Patient Safety",
                 lead=["Associate Director of Patient Safety"],
                 orig="October 2025", revised=None, end="2025-10",
                 measure="Learning summary presented and minuted at both meetings.",
                 prev="NS", cur="NS", status="unrated",
                 progress="Scheduled for the Patient Safety Learning Forum on 23 October."),
        ],
    },
]
STATUS_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_cntw():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety Action Plan"
    widths = [8, 48, 26, 12, 12, 36, 10, 10, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = CNTW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"
    ws["A2"].font = Font(bold=True, size=11, color="005EB8")
    meta = [("PSII reference:", "PSII-2025-014"),
            ("Patient safety incident type:", "Delayed follow-up after discharge from a crisis resolution "
             "and home treatment team"),
            ("Service:", "Crisis Resolution and Home Treatment Team (CRHT), North Tyneside"),
            ("Executive lead:", "Executive Director of Nursing and Therapies"),
            ("Report approved:", "Quality and Performance Committee, 24 June 2025"),
            ("Last updated:", "06/10/2025")]
    r = 4
    for k, v in meta:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=v)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value="Status key: B = complete and evidenced | G = on track | A = at risk of "
            "delay | R = overdue | NS = not started").font = Font(italic=True)
    r += 2
    hdr = ["Ref", "Safety action", "Responsible", "Original target", "Revised target",
           "Measure of effectiveness", "Previous status", "Current status", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", start_color="005EB8", end_color="005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for afi in CNTW_AFIS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        cell = ws.cell(row=r, column=1, value=afi["afi"])
        cell.font = Font(bold=True)
        cell.fill = fill("lightblue")
        r += 1
        for a in afi["actions"]:
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["revised"], a["measure"],
                    a["prev"], a["cur"], a["progress"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            for c, k in [(7, "prev"), (8, "cur")]:
                if a[k] in STATUS_FILL:
                    ws.cell(row=r, column=c).fill = fill(STATUS_FILL[a[k]])
            a["row"] = r
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value="Closure: the plan can be closed when every action is B and evidence has "
            "been uploaded to the incident record. Progress is reviewed monthly at the locality Quality "
            "and Safety Group.").font = Font(italic=True)

    ws2 = wb.create_sheet("Progress log")
    for i, w in enumerate([12, 70, 30]):
        ws2.column_dimensions[chr(65 + i)].width = w
    for c, h in enumerate(["Date", "Update", "Recorded by"], 1):
        ws2.cell(row=1, column=c, value=h).font = Font(bold=True)
    log = [("08/07/2025", "Plan agreed with family liaison; family to receive 3-monthly updates.",
            "Patient Safety Investigator"),
           ("05/08/2025", "SA1.1 and SA3.2 evidence uploaded to the incident record.",
            "CRHT Team Manager"),
           ("06/10/2025", "Monthly review: SA1.2 at risk due to RiO upgrade; SA3.1 recruitment ongoing.",
            "Locality Quality and Safety Group")]
    for i, row in enumerate(log, 2):
        for c, v in enumerate(row, 1):
            ws2.cell(row=i, column=c, value=v).alignment = WRAP

    ws3 = wb.create_sheet("Lists")
    ws3["A1"] = "Status"
    for i, v in enumerate(["B", "G", "A", "R", "NS"], 2):
        ws3.cell(row=i, column=1, value=v)
    wb.save(path(CNTW_FILE))


# ---------------------------------------------------------------------------
# 6. St Wilfrid's Hospice - quality account priorities tracker 2025/26 (csv)
# ---------------------------------------------------------------------------
STW_FILE = "zcp-st-wilfrids-hospice-eastbourne-quality-account-priorities-tracker-2025-26.csv"
STW_TITLE = "St Wilfrid’s Hospice (Eastbourne) – Quality Account Priorities 2025/26: Progress Tracker"
STW_PRIORITIES = [
    {
        "priority": "Priority 1 – Patient safety: reduce harm from falls on the Inpatient Unit",
        "actions": [
            dict(ref="1.1", action="Complete a multifactorial falls risk assessment within 24 hours of "
                 "admission for every inpatient.", lead_cell="Inpatient Unit Manager",
                 lead=["Inpatient Unit Manager"], due="30/06/2025", end="2025-06",
                 q1="Assessment added to the SystmOne admission template.",
                 q2="Audit July–September: 92% completed within 24 hours.", rag="Green", status="green"),
            dict(ref="1.2", action="Hold a post-falls safety huddle within one hour of any fall, with learning "
                 "shared at the monthly Patient Safety Group.",
                 lead_cell="Inpatient Unit Manager; Quality and Patient Safety Lead",
                 lead=["Inpatient Unit Manager", "Quality and Patient Safety Lead"],
                 due="Sept 2025", end="2025-09",
                 q1="Huddle template agreed.", q2="Huddles held after all 11 falls this quarter.",
                 rag="Complete", status="blue"),
            dict(ref="1.3", action="Trial \"cohort bays\" with enhanced observation for patients at high risk "
                 "of falls, evaluated through a Plan, Do, Study, Act cycle.",
                 lead_cell="Clinical Nurse Specialist Team Lead",
                 lead=["Clinical Nurse Specialist Team Lead"], due="Q4 2025/26", end="2026-03",
                 q1="Not started.", q2="Bay identified; staffing model for nights still being agreed.",
                 rag="Amber", status="amber"),
        ],
    },
    {
        "priority": "Priority 2 – Clinical effectiveness: earlier recognition of the last days of life in "
        "the community",
        "actions": [
            dict(ref="2.1", action="Deliver recognising dying training to all community team clinicians, "
                 "including Hospice at Home staff.", lead_cell="Education Lead", lead=["Education Lead"],
                 due="31 December 2025", end="2025-12",
                 q1="Programme written; first cohort booked.", q2="2 of 4 cohorts trained (38 staff).",
                 rag="Green", status="green"),
            dict(ref="2.2", action="Audit the recording of preferred place of death for community patients at "
                 "referral and again at the last contact.", lead_cell="Head of Community Services",
                 lead=["Head of Community Services"], due="March 2026", end="2026-03",
                 q1="", q2="Audit tool being designed with the clinical audit group.", rag="",
                 status="unrated"),
        ],
    },
    {
        "priority": "Priority 3 – Patient experience: make the Living Well Hub easier to reach",
        "actions": [
            dict(ref="3.1", action="Pilot a volunteer driver scheme for Living Well Hub sessions for patients "
                 "in Hailsham and Uckfield.",
                 lead_cell="Voluntary Services Manager & Living Well Hub Lead",
                 lead=["Voluntary Services Manager", "Living Well Hub Lead"], due="Nov-25",
                 end="2025-11", q1="6 volunteer drivers recruited.",
                 q2="Pilot on hold: insurance cover for volunteer drivers not yet confirmed.",
                 rag="Red", status="red"),
            dict(ref="3.2", action="Offer one virtual Living Well session every week for patients unable to "
                 "travel.", lead_cell="Living Well Hub Lead", lead=["Living Well Hub Lead"],
                 due="Ongoing", end=None, end_text="Ongoing",
                 q1="Weekly online breathlessness group started in May.",
                 q2="Average 7 patients a week, including 3 from the Heathfield area.",
                 rag="Green", status="green"),
            dict(ref="3.3", action="Ask for feedback at the end of each six-week Living Well programme and "
                 "report themes to the Quality and Governance Committee.",
                 lead_cell="Patient and Family Experience Lead",
                 lead=["Patient and Family Experience Lead"], due="Quarterly", end=None,
                 end_text="Quarterly", q1="Feedback form revised with patients.",
                 q2="Q1 themes reported: parking, café opening hours.", rag="Green", status="green"),
        ],
    },
]


def stw_rows():
    rows = []
    rows.append([STW_TITLE, "", "", "", "", "", ""])
    rows.append(["Reported to: Quality and Governance Committee – Q2 update (October 2025)", "", "", "", "",
                 "", ""])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Ref", "What we will do", "Lead", "Due", "Q1 update (Apr–Jun)", "Q2 update (Jul–Sep)",
                 "RAG"])
    for p in STW_PRIORITIES:
        rows.append([p["priority"], "", "", "", "", "", ""])
        for a in p["actions"]:
            a["line"] = len(rows) + 1
            rows.append([a["ref"], a["action"], a["lead_cell"], a["due"], a["q1"], a["q2"], a["rag"]])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Summary of RAG status at Q2", "", "", "", "", "", ""])
    counts = {}
    for p in STW_PRIORITIES:
        for a in p["actions"]:
            counts[a["rag"] or "Not yet rated"] = counts.get(a["rag"] or "Not yet rated", 0) + 1
    for k in ["Complete", "Green", "Amber", "Red", "Not yet rated"]:
        rows.append([k, str(counts.get(k, 0)), "", "", "", "", ""])
    rows.append(["Total", str(sum(counts.values())), "", "", "", "", ""])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Note: RAG reflects the Q2 position agreed at the Clinical Governance Group on 14/10/2025.",
                 "", "", "", "", "", ""])
    return rows


def build_stw():
    with open(path(STW_FILE), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in stw_rows():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. NHS BNSSG ICB - board assurance framework 2025/26 (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
BAF_FILE = ("zcp-nhs-bristol-north-somerset-and-south-gloucestershire-icb-board-assurance-framework-"
            "2025-26-typo-month-refuse.xlsx")
BAF_TITLE = "NHS Bristol, North Somerset and South Gloucestershire ICB – Board Assurance Framework 2025/26"
BAF_RISKS = [
    {
        "id": "BAF 1",
        "title": "BAF 1 – Urgent and emergency care: risk that demand for urgent and emergency care exceeds "
        "system capacity, leading to ambulance handover delays and avoidable harm to patients",
        "owner": "Chief Operating Officer", "committee": "Outcomes, Quality and Performance Committee",
        "scores": ("20", "16", "12"),
        "controls": "System Coordination Centre; UEC improvement plan; daily system calls; handover "
        "escalation protocol.",
        "gaps": "Gap in control: category 3 and 4 calls not routinely triaged to alternative services. "
        "Gap in assurance: winter demand modelling not yet signed off by providers.",
        "actions": [
            ("1a", "Extend the BNSSG Care Coordination Hub to review category 3 and 4 ambulance calls held "
             "in the stack.", "Director of Urgent Care", "30/06/2025", "30/09/2025",
             "Hub reviewing category 3 and 4 calls 08:00–22:00 from 1 September.", "green"),
            ("1b", "Agree the 2025/26 winter plan with acute and community providers, including 60 "
             "additional virtual ward beds.", "Chief Operating Officer", "31/10/2025", None,
             "Plan approved at October Board; 42 of 60 beds mobilised.", "amber"),
        ],
    },
    {
        "id": "BAF 2",
        "title": "BAF 2 – Financial sustainability: risk that the system does not deliver the 2025/26 "
        "financial plan, including the agreed efficiency programme",
        "owner": "Chief Finance Officer", "committee": "Finance, Estates and Digital Committee",
        "scores": ("20", "20", "12"),
        "controls": "System financial recovery plan; monthly financial reporting to Board; vacancy "
        "control.",
        "gaps": "Gap in control: efficiency schemes not fully identified (£14.2m unidentified at month "
        "6).",
        "actions": [
            ("2a", "Implement a single system vacancy control panel across all NHS partners.",
             "Chief Finance Officer", "Jul-25", None, "Panel operating weekly since July.", "blue"),
            ("2b", "Deliver the ICB running cost reduction plan in line with the Model ICB blueprint.",
             "Chief People Officer / Chief Finance Officer", "31/03/2026", None,
             "Voluntary redundancy scheme closed; consultation on structures opens in November.",
             "amber"),
        ],
    },
    {
        "id": "BAF 3",
        "title": "BAF 3 – ICB transition: risk that clustering with NHS Gloucestershire ICB diverts "
        "leadership capacity and weakens grip on statutory functions",
        "owner": "Chief Executive", "committee": "Audit and Risk Committee",
        "scores": ("16", "16", "8"),
        "controls": "Joint executive transition group; transition risk log; staff engagement plan.",
        "gaps": "Gap in control: functions and decisions map for the clustered arrangement not yet agreed.",
        "actions": [
            ("3a", "Establish a joint transition programme board with NHS Gloucestershire ICB, with agreed "
             "terms of reference.", "Chief Executive", "30/09/2025", None,
             "Board established; terms of reference approved 18 September.", "blue"),
            ("3b", "Complete the functions and decisions map for the clustered arrangement and present it to "
             "both Boards.", "Director of Corporate Governance", "31/12/2025", "Febuary 2026",
             "Drafting delayed pending national guidance on ICB functions.", "amber"),
        ],
    },
    {
        "id": "BAF 4",
        "title": "BAF 4 – Primary care access: risk that patients cannot access general practice in a "
        "timely way, increasing pressure on urgent care",
        "owner": "Director of Primary Care", "committee": "Primary Care Committee",
        "scores": ("16", "12", "9"),
        "controls": "Primary care access recovery plan; cloud telephony in all practices; PCN capacity "
        "funding.",
        "gaps": "Gap in assurance: patient experience data only available annually (GP Patient Survey).",
        "actions": [
            ("4a", "Introduce a quarterly local patient experience pulse survey across all PCNs.",
             "Head of Primary Care Quality", "Q3 2025/26", None, "Survey designed with Healthwatch.",
             "green"),
            ("4b", "Support practices with the lowest online consultation uptake through the digital "
             "inclusion programme.", "Digital Primary Care Lead; PCN Clinical Directors", "March 2026",
             None, "18 practices enrolled.", "green"),
        ],
    },
]


def build_baf():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws["A1"] = BAF_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    cover = [("Report to", "ICB Board (public) – 6 November 2025"),
             ("Position at", "Quarter 2 (30 September 2025)"),
             ("Executive lead", "Director of Corporate Governance"),
             ("Version", "2025/26 v3.0"),
             ("Previous version", "2025/26 v2.0 – ICB Board 3 July 2025")]
    for i, (k, v) in enumerate(cover, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws["A10"] = "Version history"
    ws["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("v1.0 (April 2025)", "Risks refreshed for 2025/26 strategic objectives"),
                                ("v2.0 (June 2025)", "BAF 3 added following clustering announcement"),
                                ("v3.0 (October 2025)", "Q2 review by executive risk owners")], 11):
        ws.cell(row=i, column=1, value=k)
        ws.cell(row=i, column=2, value=v)

    ws2 = wb.create_sheet("Summary")
    for i, w in enumerate([10, 70, 26, 10, 10, 10]):
        ws2.column_dimensions[chr(65 + i)].width = w
    for c, h in enumerate(["Risk", "Principal risk", "Executive owner", "Initial", "Current", "Target"], 1):
        cell = ws2.cell(row=1, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
    for i, rk in enumerate(BAF_RISKS, 2):
        vals = [rk["id"], rk["title"].split(": ", 1)[1], rk["owner"]] + [int(x) for x in rk["scores"]]
        for c, v in enumerate(vals, 1):
            ws2.cell(row=i, column=c, value=v).alignment = WRAP

    ws3 = wb.create_sheet("BAF detail")
    for i, w in enumerate([7, 52, 30, 13, 13, 44, 8]):
        ws3.column_dimensions[chr(65 + i)].width = w
    ws3.merge_cells("A1:G1")
    ws3["A1"] = BAF_TITLE + " – detail"
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.merge_cells("A2:G2")
    ws3["A2"] = "RAG (actions): blue = complete, green = on track, amber = at risk, red = off track"
    ws3["A2"].font = Font(italic=True)
    r = 4
    for rk in BAF_RISKS:
        ws3.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws3.cell(row=r, column=1, value=rk["title"])
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("navy")
        cell.alignment = WRAP
        r += 1
        lines = [("Executive owner", rk["owner"] + " | Assuring committee: " + rk["committee"]),
                 ("Risk score", "Initial %s | Current %s | Target %s" % rk["scores"]),
                 ("Key controls", rk["controls"]),
                 ("Gaps", rk["gaps"])]
        for k, v in lines:
            ws3.cell(row=r, column=1, value=k).font = Font(bold=True)
            ws3.cell(row=r, column=2, value=v).alignment = WRAP
            ws3.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        for c, h in enumerate(["Ref", "Action to close gap", "Action owner", "Original due", "Revised due",
                               "Progress at Q2", "RAG"], 1):
            cell = ws3.cell(row=r, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("lightblue")
            cell.border = BOX
        r += 1
        for ref, act, owner, due, rev, prog, rag in rk["actions"]:
            for c, v in enumerate([ref, act, owner, due, rev, prog], 1):
                cell = ws3.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws3.cell(row=r, column=7).fill = fill(rag)
            ws3.cell(row=r, column=7).border = BOX
            if rev == "Febuary 2026":
                global BAF_TYPO_ROW
                BAF_TYPO_ROW = r
            r += 1
        r += 1
    wb.save(path(BAF_FILE))


BAF_TYPO_ROW = None


def main():
    build_rah()
    build_qeuh()
    build_llw()
    build_mbk()
    build_cntw()
    build_stw()
    build_baf()
    print("built 7 files; BAF typo on 'BAF detail' row", BAF_TYPO_ROW)


if __name__ == "__main__":
    main()
