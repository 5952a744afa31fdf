#!/usr/bin/env python
"""Generator for the aj2- cases of heldout70 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python aj2_make.py ; writes the seven document files
beside this script.  The .expected.yaml readings were written by hand from the data
below, before any of the generated files were read by anything.
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
D = dt.date

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RAG_FILL = {
    "Red": fill("FF0000"),
    "Amber": fill("FFC000"),
    "Green": fill("00B050"),
    "Blue": fill("0070C0"),
    "Complete": fill("0070C0"),
}


def path(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------------------
# 1. Warrington Safeguarding Partnership - LCSPR Child R action plan (xlsx)
# --------------------------------------------------------------------------------------
def make_warrington():
    wb = Workbook()
    ws = wb.active
    ws.title = "Child R action plan"
    widths = {"A": 7, "B": 58, "C": 30, "D": 30, "E": 13, "F": 60, "G": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = ("Warrington Safeguarding Partnership – Local Child Safeguarding Practice "
                "Review: Child R – Action Plan")
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Progress position as at 10 January 2025. Monitored by the WSP Practice Review "
                "and Learning Sub-Group; exceptions are reported to the WSP Executive.")
    ws["A2"].font = Font(italic=True, size=10)
    ws.merge_cells("A2:G2")

    headers = ["Ref", "Action", "Lead agency", "Lead officer", "Target date",
               "Progress update (January 2025)", "RAG"]
    r = 4
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A5"

    DMY, MY = "dd/mm/yyyy", "mmm-yy"
    plan = [
        ("Recommendation 1: WSP should seek assurance that partner agencies recognise and "
         "respond to the cumulative impact of neglect, including missed health appointments "
         "and poor school attendance.", [
            ("1.1", "Refresh the WSP Neglect Strategy and re-launch the Graded Care Profile 2 "
             "(GCP2) tool across the partnership, with a clear expectation that GCP2 is "
             "completed where neglect is the primary concern.",
             "Warrington Borough Council – Children's Services", "Head of Service, Early Help",
             (D(2025, 3, 31), DMY),
             "Refreshed strategy drafted and out to partners for consultation until 31 January. "
             "GCP2 train-the-trainer sessions booked for February.", "Amber"),
            ("1.2", "Develop a multi-agency 'Was Not Brought' policy for children's health "
             "appointments and embed it in the WSP procedures.",
             "Cheshire & Merseyside ICB (Warrington Place)",
             "Designated Nurse for Safeguarding Children", (D(2024, 10, 31), MY),
             "Policy agreed at the WSP Executive in October 2024 and published on the "
             "procedures site. Compliance audit scheduled for Q1 2025/26.", "Complete"),
            ("1.3", "Schools to escalate persistent absence (attendance below 90%) for children "
             "known to Children's Social Care to the allocated social worker within 10 school "
             "days.", "Warrington Borough Council – Education",
             "Head of Inclusion / Virtual School Head", ("Ongoing", None),
             "Attendance escalation protocol circulated to all schools in November. Uptake is "
             "inconsistent; a reminder will go out through the DSL network in February.",
             "Amber"),
        ]),
        ("Recommendation 2: WSP should be assured that professionals consider the lived "
         "experience of the child where a parent misuses alcohol, and that adult services "
         "'think family'.", [
            ("2.1", "Change Grow Live to add a mandatory 'children in the household' section to "
             "assessment and review documentation, with prompts to share information with "
             "Children's Social Care.", "Change Grow Live (CGL)", "Service Manager",
             (D(2024, 11, 30), DMY),
             "New assessment template live on the case management system from 4 November 2024. "
             "December dip sample found the section completed in 18 of 20 cases.", "Complete"),
            ("2.2", "Deliver joint 'Think Family' briefings to adult mental health and substance "
             "misuse practitioners on parental alcohol misuse and its impact on children.",
             "WSP", "WSP Learning and Development Officer", (D(2025, 6, 30), MY),
             "Two of six briefings delivered (62 attendees). Remaining dates confirmed for "
             "March to June 2025.", "Green"),
            ("2.3", "Review the recording of children present at domestic incidents where alcohol "
             "is a factor, ensuring a PPN is submitted in every case.",
             "Cheshire Constabulary", "DCI, Public Protection Unit", (D(2025, 1, 31), DMY),
             "Thematic audit of 50 incidents completed; PPN submitted in 43. Findings reported "
             "to the force Vulnerability Board and a briefing issued to response officers.",
             "Green"),
        ]),
        ("Recommendation 3: WSP should seek assurance that information about fathers and other "
         "significant males is routinely sought and shared at the point of referral.", [
            ("3.1", "Amend the MASH enquiry template so that checks on all adults in the "
             "household, including non-resident fathers, are completed and recorded.",
             "Warrington Borough Council – Children's Services", "MASH Team Manager",
             (D(2024, 9, 30), MY), "Template amended and in use since September 2024.",
             "Complete"),
            ("3.2", "Commission a multi-agency audit of assessments to test whether fathers are "
             "seen and their views recorded.", "WSP",
             "Chair, Quality Assurance and Performance Sub-Group", (D(2025, 7, 31), MY),
             "Audit tool agreed. Audit to take place in May 2025 with findings to the July "
             "sub-group.", None),
        ]),
        ("Recommendation 4: WSP should disseminate the learning from this review across the "
         "partnership and evaluate its impact.", [
            ("4.1", "Publish a 7-minute briefing on Child R and cascade it through agency "
             "safeguarding leads.", "WSP", "WSP Business Manager", (D(2024, 10, 31), DMY),
             "Briefing published 21 October 2024 and shared through the WSP newsletter.",
             "Complete"),
            ("4.2", "Hold a learning event for frontline practitioners and managers, and evaluate "
             "its impact through a follow-up survey at three months.", "WSP / ICB",
             "WSP Business Manager / Named GP for Safeguarding", (D(2025, 2, 28), MY),
             "Learning event held 28 November 2024 (94 attendees). Three-month survey will be "
             "issued in late February.", "Green"),
        ]),
    ]
    r = 5
    for rec, actions in plan:
        ws.cell(row=r, column=1, value=rec).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill("DDEBF7")
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, agency, officer, (tgt, fmt), prog, rag in actions:
            vals = [ref, act, agency, officer, tgt, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(row=r, column=5).number_format = fmt
            ws.cell(row=r, column=5).alignment = CENTRE
            g = ws.cell(row=r, column=7)
            g.alignment = CENTRE
            if rag:
                g.fill = RAG_FILL[rag]
                if rag == "Complete":
                    g.font = Font(color="FFFFFF", bold=True)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for word, desc in [
        ("Complete", "Action completed and evidence received by the Sub-Group"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage or partially delivered – remedial action agreed"),
        ("Red", "Off track – escalated to the WSP Executive"),
    ]:
        a = ws.cell(row=r, column=1, value=word)
        a.fill = RAG_FILL[word]
        a.border = BOX
        b = ws.cell(row=r, column=2, value=desc)
        b.border = BOX
        r += 1
    ws.page_setup.orientation = "landscape"
    wb.save(path("aj2-warrington-wsp-lcspr-child-r-action-plan.xlsx"))


# --------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# --------------------------------------------------------------------------------------
# 2. Safer Hartlepool Partnership - DHR 'Rose' action plan (docx)
# --------------------------------------------------------------------------------------
def make_hartlepool():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Safer Hartlepool Partnership – Domestic Homicide Review ‘Rose’: "
                    "Action Plan", level=0)
    doc.add_paragraph(
        "This action plan sets out how the recommendations of the Domestic Homicide Review "
        "into the death of ‘Rose’ (a pseudonym agreed with her family) will be taken forward. "
        "It is monitored by the DHR Action Plan Group and progress is reported to the Safer "
        "Hartlepool Partnership Executive each quarter. The plan was last updated on "
        "3 February 2025.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comment"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("0.3", "14/05/2024", "Community Safety Team", "Draft for DHR Panel"),
                ("1.0", "22/07/2024", "DHR Panel", "Agreed following Home Office Quality "
                 "Assurance Panel feedback"),
                ("1.2", "03/02/2025", "Community Safety Team", "Quarter 3 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    cols = ["No.", "Recommendation", "Scope of recommendation (local or regional)",
            "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
    widths = [Cm(1.2), Cm(5.0), Cm(2.0), Cm(4.6), Cm(3.0), Cm(4.4), Cm(2.0), Cm(3.3), Cm(1.1)]
    rag_shade = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def plan_table(rows):
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for c, h, w in zip(tb.rows[0].cells, cols, widths):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, "5B2C6F")
            c.width = w
        prev_rec_cell = None
        for no, rec, scope, act, lead, miles, tgt, done, rag in rows:
            cells = tb.add_row().cells
            for c, w in zip(cells, widths):
                c.width = w
            set_cell(cells[0], no)
            if rec is None:  # continuation of the recommendation above
                prev_rec_cell.merge(cells[1])
            else:
                set_cell(cells[1], rec)
                prev_rec_cell = cells[1]
            for c, v in zip(cells[2:8], [scope, act, lead, miles, tgt, done]):
                set_cell(c, v)
            set_cell(cells[8], rag, bold=True)
            cells[8].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            shade(cells[8], rag_shade[rag])
        return tb

    doc.add_heading("Part 1 – Overview Report Recommendations", level=1)
    plan_table([
        ("1", "Safer Hartlepool Partnership to seek assurance that frontline practitioners "
         "routinely ask about domestic abuse when an older person presents with unexplained "
         "injuries or a change in presentation.", "Local",
         "Deliver briefings on domestic abuse in later life to adult social care, GP practices "
         "and community nursing, using the learning from this review.",
         "Safer Hartlepool Partnership",
         "Briefing content agreed with Harbour Support Services. Three sessions delivered.",
         "Sept 2024", "Completed 26/09/2024 – 112 staff attended. Evaluation showed 87% felt "
         "more confident to ask.", "B"),
        ("2.1", "Partners to ensure that carers’ assessments consider whether the carer is "
         "also a victim or perpetrator of domestic abuse.", "Local",
         "Amend the carer’s assessment template to include routine enquiry about domestic "
         "abuse and coercive control.", "Hartlepool Borough Council (Adult Social Care)",
         "Revised template drafted and tested with two teams. Go-live delayed by the case "
         "management system upgrade.", "31/12/2024", "", "A"),
        ("2.2", None, "Local",
         "Deliver training to carers’ support workers on recognising and responding to "
         "domestic abuse between older couples.", "Hartlepool Carers",
         "Training delivered by Harbour to 24 staff.", "January 2025",
         "Completed 15/01/2025.", "B"),
        ("3", "The Safer Hartlepool Partnership to write to the Home Office asking that the "
         "DHR statutory guidance makes clear that reviews should consider adult children as "
         "perpetrators.", "National",
         "Letter from the SHP Chair to the Home Office DHR team.",
         "Safer Hartlepool Partnership", "Letter sent 02/08/2024. Acknowledgement received.",
         "August 2024", "Completed 02/08/2024.", "B"),
        ("4", "Partners to review how information about firearms and shotgun certificate "
         "holders is shared with health and social care where domestic abuse concerns are "
         "raised.", "Regional",
         "Work with the ICB and GP practices to test the firearms licensing GP notification "
         "process across Tees.", "Cleveland Police",
         "Process mapped with the Firearms Licensing Unit; task and finish group meets "
         "monthly.", "Q4 2024/25", "", "G"),
    ])

    doc.add_paragraph()
    doc.add_heading("Part 2 – Single Agency Recommendations", level=1)
    plan_table([
        ("5", "Cleveland Police: response officers to complete the DASH risk assessment with "
         "the victim in private at every domestic incident, including where the suspect is a "
         "family member other than a partner.", "Single agency",
         "Issue a force-wide briefing and add a mandatory ‘spoken to alone’ field to the "
         "domestic abuse incident record.", "Cleveland Police",
         "Briefing issued October 2024. System change approved by the Force Change Board.",
         "31/03/2025", "", "G"),
        ("6", "North Tees and Hartlepool NHS Foundation Trust: ensure that routine enquiry "
         "about domestic abuse is undertaken and recorded for patients aged over 60 attending "
         "the Emergency Department.", "Single agency",
         "Include routine enquiry for over-60s in the ED safeguarding audit and report the "
         "results to the Trust Safeguarding Committee.",
         "North Tees and Hartlepool NHS Foundation Trust",
         "Baseline audit (October 2024) found enquiry recorded in 41% of cases. Re-audit "
         "planned.", "June 2025", "", "A"),
        ("7", "Thirteen Group: housing officers to be trained to recognise and record concerns "
         "about domestic abuse where a tenant has care and support needs.", "Single agency",
         "Add a domestic abuse in later life module to the mandatory housing officer training "
         "programme.", "Thirteen Group", "Module written and added to the learning platform.",
         "Nov 2024", "Completed 29/11/2024 – 96% of housing officers have completed the "
         "module.", "B"),
        ("8", "Tees, Esk and Wear Valleys NHS Foundation Trust: care coordinators to consider "
         "the risk to family members when a patient discloses thoughts of harming a carer.",
         "Single agency",
         "Update the clinical risk assessment guidance and deliver practice development "
         "sessions to community mental health teams.",
         "Tees, Esk and Wear Valleys NHS Foundation Trust",
         "Guidance updated; practice sessions continuing across localities.", "Ongoing", "",
         "G"),
    ])
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("B – Complete     G – On track     A – Delayed, remedial action agreed     "
              "R – Not progressing, escalated to the SHP Executive")
    doc.save(path("aj2-safer-hartlepool-dhr-rose-action-plan.docx"))


# --------------------------------------------------------------------------------------
# 3. Sheffield Adult Safeguarding Partnership - SAR action tracker export (csv)
# --------------------------------------------------------------------------------------
def make_sheffield():
    hdr = ["Ref", "Review", "Recommendation", "Action", "Lead Organisation", "Action Owner",
           "Due Date", "Revised Due Date", "RAG Status", "Progress Update", "Last Updated"]
    f1 = ("Rec 1: Partners should ensure that self-neglect and hoarding concerns are managed "
          "under the multi-agency self-neglect framework, with a named lead professional.")
    f2 = ("Rec 2: South Yorkshire Fire and Rescue and partners should share information about "
          "fire risk for adults who self-neglect.")
    f3 = ("Rec 3: SASP should seek assurance that mental capacity is assessed and recorded "
          "where an adult repeatedly refuses support.")
    m1 = ("Rec 1: Commissioners should ensure that people who are homeless with alcohol "
          "dependency can access detoxification without a fixed address.")
    m2 = ("Rec 2: Partners should use the multi-agency risk management (MARM) process for "
          "adults at high risk who fall outside section 42 enquiries.")
    m3 = ("Rec 3: SASP to share the learning from this review with the South Yorkshire SABs "
          "and the national SAR library.")
    rows = [
        ["F1.1", "SAR Adult F", f1,
         "Relaunch the Sheffield multi-agency self-neglect and hoarding framework, including "
         "the clutter image rating tool, through practitioner briefings.", "SASP",
         "Joanne Pryce", "31/07/2024", "", "Complete",
         "Framework relaunched June 2024; four briefings delivered to 230 practitioners.",
         "14/01/2025"],
        ["F1.2", "SAR Adult F", f1,
         "Audit a sample of self-neglect cases to test whether a lead professional was "
         "identified and a multi-agency risk meeting held.",
         "Sheffield City Council Adult Care", "Mark Ellery;Priya Nair", "31/12/2024",
         "31/03/2025", "Amber",
         "Audit tool agreed by the QA sub-group. Case selection delayed by the system "
         "migration, so the audit is now scheduled for February.", "14/01/2025"],
        ["F2.1", "SAR Adult F", f2,
         "Agree a referral pathway for Safe and Well visits from adult social care, housing "
         "and community nursing.", "South Yorkshire Fire and Rescue",
         "Station Manager Community Safety", "30/09/2024", "", "Complete",
         "Pathway live from September; 61 referrals received to the end of December.",
         "14/01/2025"],
        ["F2.2", "SAR Adult F", f2,
         "Include fire risk prompts in the discharge checklist for patients returning to "
         "cluttered homes.", "Sheffield Teaching Hospitals NHS FT",
         "Named Nurse Safeguarding Adults", "31/03/2025", "", "Green",
         "Draft checklist is with the Discharge Steering Group for sign-off in March.",
         "10/01/2025"],
        ["F3.1", "SAR Adult F", f3,
         "Deliver MCA learning sessions on executive capacity and publish a practice guide.",
         "SASP", "Hughes, Amanda", "31/05/2025", "", "Green",
         "Practice guide drafted with the MCA Lead, and two sessions booked for April.",
         "14/01/2025"],
        ["M1.1", "SAR Michael", m1,
         "Review the referral criteria for inpatient alcohol detoxification and remove the "
         "requirement for a fixed address.", "NHS South Yorkshire ICB (Sheffield Place)",
         "Head of Commissioning – Mental Health and Substance Use", "31/10/2024", "",
         "Complete",
         "Criteria revised and agreed at the Drug and Alcohol Partnership Board on "
         "8 October 2024.", "06/01/2025"],
        ["M1.2", "SAR Michael", m1,
         "Establish an assertive outreach offer for rough sleepers with alcohol dependency "
         "who do not engage with treatment.", "Sheffield City Council Public Health",
         "Joint Commissioning Manager (Drugs and Alcohol)", "30/06/2025", "", "Red",
         "Funding bid unsuccessful in November. Options paper going to the Partnership Board "
         "in February; timescale at risk.", "06/01/2025"],
        ["M2.1", "SAR Michael", m2,
         "Pilot MARM meetings in the city centre locality and evaluate the pilot.",
         "Sheffield City Council Adult Care", "Mark Ellery", "31/01/2025", "30/04/2025",
         "Amber",
         "Pilot started November 2024 and 7 MARMs have been held. Evaluation extended to "
         "include Q4 cases.", "14/01/2025"],
        ["M2.2", "SAR Michael", m2,
         "Brief hostel and supported accommodation providers on how to request a MARM.",
         "Sheffield City Council Housing", "Housing Options Manager", "28/02/2025", "",
         "Not started", "To follow once the pilot evaluation is agreed.", "14/01/2025"],
        ["M3.1", "SAR Michael", m3,
         "Submit the published report to the national SAR library and present it at the "
         "South Yorkshire SAB chairs' meeting.", "SASP", "SASP Board Manager", "30/11/2024",
         "", "Complete",
         "Submitted to the SAR library on 12 November 2024; presented to chairs on "
         "20 November.", "14/01/2025"],
    ]
    with open(path("aj2-sheffield-sasp-sar-action-tracker-export.csv"), "w",
              encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)


# --------------------------------------------------------------------------------------
# 4. Mid Cheshire Hospitals NHS FT - corporate risk register with actions (xlsx)
# --------------------------------------------------------------------------------------
def make_mcht():
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR 15+"
    widths = {"A": 30, "B": 18, "C": 10, "D": 9, "E": 8, "F": 50, "G": 26, "H": 12, "I": 12,
              "J": 50, "K": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = ("Mid Cheshire Hospitals NHS Foundation Trust – Corporate Risk Register "
                "(risks scoring 15 and above)")
    ws["A1"].font = Font(bold=True, size=14, color="003087")
    ws["A2"] = ("Board of Directors (Public) – 28 November 2024 – Agenda item 11.2. "
                "Source: Datix risk module extract 12/11/2024.")
    ws["A2"].font = Font(size=10, italic=True)
    hdr = ["Risk", "Executive owner", "Current score (L x C)", "Target score", "Action ref",
           "Further action required", "Action lead", "Due date", "Revised due date",
           "Progress", "Action RAG"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("003087")
        c.alignment = CENTRE
        c.border = BOX
    ws.freeze_panes = "A5"
    score_fill = {20: "FF0000", 16: "FF0000", 15: "FF0000", 12: "FFC000", 10: "FFC000",
                  8: "FFFF00"}
    risks = [
        ("CRR01 – Emergency Department crowding and delays to assessment and treatment",
         "Chief Operating Officer", (20, "20 (4 x 5)"), 12, [
            ("01.1", "Extend the Same Day Emergency Care (SDEC) unit to 12 hours a day, "
             "7 days a week.", "Deputy COO (Urgent Care)", D(2024, 9, 30), D(2024, 12, 31),
             "Extended hours in place Monday to Friday since October. Weekend rota depends on "
             "two acute physician appointments (interviews 4 December).", "Amber"),
            ("01.2", "Implement the 'continuous flow' model on base wards to release ED "
             "cubicles earlier in the day.",
             "Associate Director of Operations (Medicine & Emergency Care)", D(2025, 3, 31),
             None, "Live on four medical wards; roll-out to surgical wards planned "
             "January to March.", "Green"),
            ("01.3", "Agree joint escalation triggers for ambulance handover delays with NWAS "
             "and Cheshire East Place.", "Director of Operations / Head of Patient Flow",
             D(2024, 10, 31), None, "Triggers agreed and included in the winter plan signed "
             "off at Board on 31 October.", "Blue"),
        ]),
        ("CRR02 – Registered nurse vacancies on medical wards", "Chief Nurse",
         (16, "16 (4 x 4)"), 8, [
            ("02.1", "Complete international recruitment cohort 6 (30 WTE registered nurses), "
             "including OSCE preparation.", "Deputy Chief Nurse", D(2025, 2, 28), None,
             "22 nurses in post and 8 awaiting visas. OSCE pass rate 95%.", "Green"),
            ("02.2", "Roll out the SafeCare acuity module to all adult inpatient wards and "
             "report staffing red flags to the daily safety huddle.",
             "Lead Nurse, Workforce and Rostering", D(2024, 12, 31), None,
             "Live on 14 of 19 wards. Remaining wards delayed by the Allocate upgrade.",
             "Amber"),
        ]),
        ("CRR03 – RAAC: structural failure of roof planks at Leighton Hospital",
         "Director of Strategy and Partnerships", (20, "20 (4 x 5)"), 10, [
            ("03.1", "Continue the programme of RAAC plank surveys and fail-safe propping in "
             "line with IStructE guidance.", "Head of Estates", "Monthly", None,
             "Surveys up to date; no new critical planks identified in October.", "Green"),
            ("03.2", "Submit the Outline Business Case for the new Leighton Hospital to the "
             "New Hospital Programme.", "Director of Strategy and Partnerships",
             D(2025, 1, 31), None, "OBC approved by the Board in closed session; submission "
             "on track.", "Green"),
        ]),
        ("CRR04 – Cyber security: compromise through unsupported systems",
         "Chief Digital Information Officer", (15, "15 (3 x 5)"), 10, [
            ("04.1", "Decommission the remaining Windows Server 2012 estate.",
             "Head of IT Infrastructure", D(2024, 11, 30), None,
             "14 of 19 servers decommissioned. The remaining 5 support legacy pathology "
             "interfaces; supplier fix awaited.", "Red"),
            ("04.2", "Achieve 'Standards Met' in the Data Security and Protection Toolkit "
             "submission for 2024/25.", "SIRO / Head of Information Governance",
             D(2025, 6, 30), None, "Baseline submission made; 9 mandatory evidence items "
             "outstanding.", "Green"),
            ("04.3", "Run a trust-wide phishing simulation and deliver targeted training to "
             "staff who click the link.", "Head of Information Governance", D(2024, 10, 31),
             None, "Simulation run in September (click rate 6.1%). Targeted training "
             "completed.", "Blue"),
        ]),
    ]
    r = 5
    for title, owner, (cur, cur_txt), target, actions in risks:
        first = r
        for ref, act, lead, due, rev, prog, rag in actions:
            vals = [None, None, None, None, ref, act, lead, due, rev, prog, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col in (8, 9):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=col).alignment = CENTRE
            ws.cell(row=r, column=11).fill = RAG_FILL[rag]
            r += 1
        last = r - 1
        for col, v in zip(range(1, 5), [title, owner, cur_txt, target]):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP if col < 3 else CENTRE
            if col == 1:
                c.font = Font(bold=True)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        ws.cell(row=first, column=3).fill = fill(score_fill[cur])
        ws.cell(row=first, column=4).fill = fill(score_fill[target])
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key").font = Font(bold=True)
    r += 1
    for colour, desc in [("Blue", "Action complete"), ("Green", "On track"),
                         ("Amber", "At risk of missing the due date"),
                         ("Red", "Overdue")]:
        a = ws.cell(row=r, column=1, value=colour)
        a.fill = RAG_FILL[colour]
        ws.cell(row=r, column=2, value=desc)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risk scores use the 5 x 5 likelihood x consequence "
            "matrix in the Risk Management Policy. Target score is the score expected once "
            "all actions are complete.").font = Font(italic=True, size=9)
    ws.page_setup.orientation = "landscape"
    wb.save(path("aj2-mid-cheshire-hospitals-corporate-risk-register-actions.xlsx"))


# --------------------------------------------------------------------------------------
# 5. Tandridge DC - Future Tandridge Programme highlight report (xlsx)
# --------------------------------------------------------------------------------------
def make_tandridge():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = {"A": 7, "B": 52, "C": 30, "D": 12, "E": 12, "F": 11, "G": 58}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "Future Tandridge Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14, color="00594F")
    ws["A2"] = ("Reporting period: 1–31 October 2024 | Report to: Strategy & Resources "
                "Committee, 28 November 2024")
    ws["A3"] = "Senior Responsible Owner: Chief Executive | Programme Manager: Transformation Lead"
    ws["A4"] = "Overall programme status:"
    ws["A4"].font = Font(bold=True)
    ws["C4"] = "Amber"
    ws["C4"].fill = RAG_FILL["Amber"]
    ws["C4"].alignment = CENTRE
    hdr = ["Ref", "Milestone / action", "Lead", "Original date", "Forecast date", "RAG",
           "Commentary"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.alignment = CENTRE
        c.border = BOX
    plan = [
        ("Workstream 1: Customer and Digital", [
            ("1.1", "Launch the new customer portal with 'My Account' for council tax and "
             "waste services.", "Head of Customer Services and Digital", D(2024, 9, 30),
             D(2024, 11, 30), "Amber",
             "Testing extended after the accessibility audit; go-live now planned for "
             "25 November."),
            ("1.2", "Move the contact centre telephony to the new cloud platform.",
             "Head of Customer Services and Digital", D(2024, 7, 31), D(2024, 7, 31),
             "Complete", "Migrated on 22 July with no service outage."),
            ("1.3", "Automate garden waste renewals end to end.", "Digital Lead",
             D(2025, 1, 31), D(2025, 1, 31), "Green",
             "Integration with the waste system built; user testing in December."),
        ]),
        ("Workstream 2: Commercial and Income", [
            ("2.1", "Review fees and charges and bring the 2025/26 schedule to committee.",
             "Chief Finance Officer (s151)", D(2024, 12, 31), D(2024, 12, 31), "Green",
             "Benchmarking against Surrey districts complete; report drafted for January "
             "committee cycle."),
            ("2.2", "Complete the options appraisal for the council's investment property "
             "portfolio.", "Head of Property and Assets", D(2025, 3, 31), D(2052, 6, 30),
             "Amber",
             "Valuations received for 11 of 14 assets. The options appraisal will now go to "
             "committee in June following the change to the investment strategy."),
        ]),
        ("Workstream 3: Organisational Design", [
            ("3.1", "Complete the senior management restructure.", "Chief Executive",
             D(2024, 9, 30), D(2024, 9, 30), "Complete",
             "New structure in place from 1 September; two Head of Service posts filled "
             "internally."),
            ("3.2", "Implement the hybrid working policy and consolidate office space at the "
             "Council Offices, Oxted.", "Head of HR / Facilities Manager", D(2024, 12, 31),
             D(2025, 3, 31), "Amber",
             "Policy adopted. Office works re-phased to avoid the council tax billing "
             "period."),
        ]),
        ("Workstream 4: Savings Delivery", [
            ("4.1", "Deliver £1.1m of the £4m four-year savings target in 2024/25.",
             "Chief Finance Officer (s151)", D(2025, 3, 31), D(2025, 3, 31), "Amber",
             "£0.84m delivered or on track; £0.26m gap with mitigations to be reported to "
             "the December committee."),
            ("4.2", "Develop savings proposals for the 2025/26 budget.", "Management Team",
             D(2024, 11, 30), D(2024, 11, 30), "Green",
             "Proposals reviewed by the Member Budget Working Group on 22 October."),
        ]),
    ]
    r = 7
    for ws_title, actions in plan:
        c = ws.cell(row=r, column=1, value=ws_title)
        c.font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = fill("D9EAD3")
            ws.cell(row=r, column=col).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, orig, fc, rag, comm in actions:
            for i, v in enumerate([ref, act, lead, orig, fc, rag, comm], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col in (4, 5):
                ws.cell(row=r, column=col).number_format = "mmm-yy"
                ws.cell(row=r, column=col).alignment = CENTRE
            g = ws.cell(row=r, column=6)
            g.fill = RAG_FILL[rag]
            g.alignment = CENTRE
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["", "Risk / issue", "Owner", "", "", "", "Mitigation"], 1):
        if h:
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.border = BOX
    r += 1
    for risk, owner, mit in [
        ("Capacity in the digital team to deliver the portal and garden waste automation in "
         "parallel.", "Head of Customer Services and Digital",
         "Interim developer engaged to March 2025."),
        ("Savings gap of £0.26m in 2024/25.", "Chief Finance Officer (s151)",
         "In-year vacancy controls and use of the budget contingency if required."),
    ]:
        ws.cell(row=r, column=2, value=risk).alignment = WRAP
        ws.cell(row=r, column=3, value=owner).alignment = WRAP
        ws.cell(row=r, column=7, value=mit).alignment = WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Complete (blue) – delivered; Green – on track; "
            "Amber – forecast date later than original or at risk; Red – will not be "
            "delivered without Committee decision.").font = Font(italic=True, size=9)
    wb.save(path("aj2-tandridge-future-tandridge-programme-highlight-report.xlsx"))


# --------------------------------------------------------------------------------------
# 6. Sherwood Forest Hospitals NHS FT - Quality Committee action log (tab-separated txt)
# --------------------------------------------------------------------------------------
def make_sfh():
    lines = [
        "Sherwood Forest Hospitals NHS Foundation Trust – Quality Committee Action Log",
        "Updated following the meeting held on 18 December 2024. Actions rated Blue are "
        "proposed for closure.",
        "",
        "\t".join(["Ref", "Meeting", "Minute", "Action", "Lead", "Due", "RAG", "Update"]),
    ]
    rows = [
        ["QC24/036", "19/06/2024", "24/094",
         "Agree with the ICB a joint approach to monitoring long waits in ED for mental health "
         "beds, and report the agreed measures to Committee.", "PR", "Sep-24", "Red",
         "Overdue. Discussion at the ICB System Quality Group deferred twice; escalated to "
         "the Chief Executive."],
        ["QC24/041", "21/08/2024", "24/112",
         "Present a deep dive into the increase in category 2 pressure ulcers on the "
         "respiratory ward, including the action plan from the thematic review.", "PR",
         "Oct-24", "Blue",
         "Deep dive presented at the October meeting. Committee assured; ongoing monitoring "
         "through the Nursing, Midwifery and AHP Committee."],
        ["QC24/044", "21/08/2024", "24/115",
         "Confirm the trajectory for clearing the backlog of overdue NICE guidance compliance "
         "assessments.", "DS", "Dec-24", "Green",
         "Trajectory agreed with divisions; 38 of 61 assessments now complete."],
        ["QC24/047", "16/10/2024", "24/138",
         "Provide assurance that learning from the maternity PSII on delayed escalation has "
         "been shared with all midwifery staff.", "SB/JM", "Dec-24", "Blue",
         "Learning shared through safety huddles and the Message of the Week; 92% of midwives "
         "have signed to confirm."],
        ["QC24/049", "16/10/2024", "24/141",
         "Review the sepsis screening audit methodology with the Deteriorating Patient Group "
         "and report compliance by division.", "DS, RW", "Feb-25", "Green",
         "Methodology revised; first divisional report due in February."],
        ["QC24/050", "16/10/2024", "24/143",
         "Bring the Learning from Deaths quarterly report with SHMI analysis for the Newark "
         "site.", "Medical Director", "19/02/2025", "Green",
         "Scheduled for the February meeting."],
        ["QC24/053", "18/12/2024", "24/162",
         "Commission an external review of the fractured neck of femur pathway following the "
         "NHFD outlier alert.", "DS", "March 2025", "Amber",
         "Terms of reference drafted. Reviewer being identified through GIRFT; timescale "
         "may slip."],
        ["QC24/054", "18/12/2024", "24/165",
         "Update BAF risk PR1 (significant deterioration in standards of safety and care) to "
         "reflect the CQC maternity inspection findings.", "Head of Risk and Assurance",
         "Jan-25", "Green", "Update drafted for the January Risk Committee."],
        ["QC24/055", "18/12/2024", "24/166",
         "Receive the annual review of the Patient Safety Incident Response Plan.", "PR",
         "TBC", "", "Date to be confirmed once the revised national PSIRF guidance is "
         "published."],
    ]
    for row in rows:
        lines.append("\t".join(row))
    lines += [
        "",
        "RAG key: Blue = complete, proposed for closure; Green = on track / not yet due; "
        "Amber = at risk of missing the due date; Red = overdue",
    ]
    with open(path("aj2-sherwood-forest-hospitals-quality-committee-action-log.txt"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


# --------------------------------------------------------------------------------------
# 7. East Sussex SAB - Strategic Plan 2024-27 Year 1 delivery plan (docx)
# --------------------------------------------------------------------------------------
def make_essab():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("East Sussex Safeguarding Adults Board – Strategic Plan 2024–2027: "
                    "Year 1 Delivery Plan 2024/25", level=0)
    p = doc.add_paragraph()
    p.add_run("Quarter 3 progress update – reported to the Board on 6 February 2025").italic = True
    doc.add_paragraph(
        "This delivery plan sets out what the Board and its partners will do in the first "
        "year of the Strategic Plan. Each action has a lead from a partner agency and is "
        "monitored by the SAB Steering Group. Progress is reported quarterly using the RAG "
        "ratings below.")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, colour, desc in [
        ("Complete", "0070C0", "Action delivered"),
        ("Green", "00B050", "On track"),
        ("Amber", "FFC000", "Some delay – action in hand"),
        ("Red", "FF0000", "Significantly off track – escalated to the Steering Group"),
    ]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], desc)
        cells[0].width = Cm(3)
        cells[1].width = Cm(10)

    cols = ["Ref", "What we will do", "Lead", "By when", "Q3 progress", "RAG"]
    widths = [Cm(1.2), Cm(8.0), Cm(4.6), Cm(2.4), Cm(7.6), Cm(2.0)]
    rag_shade = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    priorities = [
        ("Priority 1: Making Safeguarding Personal", [
            ("1.1", "Seek assurance that adults (or their representatives) are asked about "
             "their desired outcomes at the start of a section 42 enquiry, and whether these "
             "were met at closure.", "ESCC Adult Social Care – Head of Safeguarding",
             "Q2 2024/25", "Outcome data now included in the quarterly performance dashboard. "
             "79% of adults asked were able to express outcomes; 94% fully or partially met.",
             "Complete"),
            ("1.2", "Work with Healthwatch East Sussex and the Safeguarding Community Network "
             "to gather feedback from people with lived experience of safeguarding "
             "enquiries.", "SAB Development Manager and Healthwatch East Sussex",
             "March 2025", "Feedback questionnaire co-produced and 23 responses received so "
             "far. Focus groups planned for February.", "Green"),
            ("1.3", "Refresh the multi-agency advocacy guidance so that independent advocacy "
             "is considered in every enquiry where the adult has substantial difficulty in "
             "being involved.", "ESCC Adult Social Care – Head of Safeguarding", "Dec 2024",
             "Draft guidance delayed by the Sussex procedures review; now expected to be "
             "agreed at the February Steering Group.", "Amber"),
        ]),
        ("Priority 2: Prevention and early intervention", [
            ("2.1", "Deliver a multi-agency campaign on financial abuse and scams, targeted at "
             "older people and carers.",
             "Sussex Police (DCI, Public Protection) / ESCC Trading Standards", "Nov 2024",
             "Campaign ran through Scams Awareness Month and 14 community talks were "
             "delivered.", "Complete"),
            ("2.2", "Promote the Sussex self-neglect procedures and hoarding toolkit to "
             "housing providers and to district and borough councils.",
             "SAB Business Manager", "Ongoing",
             "Presentations given to the Eastbourne and Lewes housing teams; a district leads "
             "network has been established.", "Green"),
            ("2.3", "Seek assurance from care providers on completion of the safeguarding "
             "self-assessment for care homes and respond to the themes identified.",
             "NHS Sussex ICB – Designated Professional for Safeguarding Adults", "Q4 2024/25",
             "Self-assessment returned by 61% of homes. Reminder issued; returns from "
             "domiciliary care remain low.", "Amber"),
        ]),
        ("Priority 3: Learning from Safeguarding Adults Reviews", [
            ("3.1", "Complete the thematic review of SARs involving alcohol misuse and agree "
             "system-wide actions.", "Chair, SAR Sub-group", "Sept 2024",
             "Thematic report presented in September; actions added to the SAR tracker.",
             "Complete"),
            ("3.2", "Evaluate the impact of SAR learning briefings through a practitioner "
             "survey and a multi-agency case audit.", "SAB Development Manager",
             "March 2025", "Survey closed in January (186 responses). Audit not yet started "
             "because of capacity in the Quality Assurance sub-group.", "Red"),
            ("3.3", "Hold a joint learning event with the East Sussex Safeguarding Children "
             "Partnership on transitional safeguarding.", "SAB Business Manager",
             "June 2025", "Date agreed for 12 June 2025; programme being developed with the "
             "ESSCP.", "Green"),
        ]),
        ("Priority 4: Governance and accountability", [
            ("4.1", "Review the SAB multi-agency performance dataset and add partner data on "
             "mental capacity and Deprivation of Liberty Safeguards.", "SAB Business Manager",
             "Quarterly", "Q2 dataset included police and ICB data for the first time. DoLS "
             "measures unchanged pending the national LPS decision.", "Green"),
        ]),
    ]
    for heading, actions in priorities:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for c, h, w in zip(tb.rows[0].cells, cols, widths):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, "4B2E83")
            c.width = w
        for ref, what, lead, when, prog, rag in actions:
            cells = tb.add_row().cells
            for c, v, w in zip(cells, [ref, what, lead, when, prog, rag], widths):
                set_cell(c, v, bold=(v == rag))
                c.width = w
            shade(cells[5], rag_shade[rag])
        doc.add_paragraph()

    doc.add_heading("Glossary", level=2)
    g = doc.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    for a, b in [("DoLS", "Deprivation of Liberty Safeguards"),
                 ("ESCC", "East Sussex County Council"),
                 ("ESSCP", "East Sussex Safeguarding Children Partnership"),
                 ("LPS", "Liberty Protection Safeguards"),
                 ("SAR", "Safeguarding Adults Review")]:
        cells = g.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    doc.save(path("aj2-east-sussex-sab-strategic-plan-year1-delivery-plan.docx"))


if __name__ == "__main__":
    make_warrington()
    make_hartlepool()
    make_sheffield()
    make_mcht()
    make_tandridge()
    make_sfh()
    make_essab()
    print("done")
