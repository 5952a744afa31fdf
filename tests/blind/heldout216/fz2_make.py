#!/usr/bin/env python
"""Build the seven fz2- blind test files (set heldout216).

Run with /work/main/.venv/bin/python fz2_make.py ; files are written beside this script.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def xfill(hex_fill):
    return PatternFill("solid", start_color="FF" + hex_fill, end_color="FF" + hex_fill)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xrow(ws, r, values, bold=False, fill=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if fill:
            cell.fill = xfill(fill)


# ================================================================ 1. Wakefield SAR (docx)
def wakefield_sar():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Wakefield and District Safeguarding Adults Board"
    doc.add_heading("Safeguarding Adults Review ‘Kelly’ – Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Wakefield and District Safeguarding Adults Board (WDSAB)")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "4.0"),
        ("Status", "Updated following SAR Subgroup, 21 January 2025"),
        ("Plan owner", "SAR Subgroup Chair"),
        ("Review published", "12 June 2024"),
        ("Next review", "SAR Subgroup, April 2025"),
    ]):
        bold_cell(dc.cell(i, 0), k)
        dc.cell(i, 1).text = v

    doc.add_paragraph("")
    doc.add_paragraph("RAG rating key")
    key = doc.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (fill, txt) in enumerate([
        (RED, "Action not started or significantly off track"),
        (AMBER, "Action in progress within timescale"),
        (GREEN, "Action completed and evidence of impact provided to the SAR Subgroup"),
    ]):
        shade(key.cell(i, 0), fill)
        key.cell(i, 1).text = txt

    doc.add_paragraph("")
    doc.add_paragraph("Action plan")

    recs = [
        ("Recommendation 1: WDSAB should seek assurance that partner agencies understand and apply the "
         "Mental Capacity Act 2005 where a person repeatedly declines care and support, including "
         "consideration of executive capacity.", [
             ("1.1", "Deliver a multi-agency practice development session on executive capacity and fluctuating "
                     "capacity, recorded and made available on the WDSAB website.",
              "WDSAB Learning and Development Subgroup Chair", "March 2025",
              "Two sessions held (October and December 2024), 143 practitioners attended. Recording published "
              "8 January 2025.", GREEN),
             ("1.2", "Undertake a multi-agency audit of MCA assessments for adults who self-neglect and repeatedly "
                     "disengage, and report findings to the Board.",
              "Wakefield Council Adult Social Care / Mid Yorkshire Teaching NHS Trust", "30/06/2025",
              "Audit tool agreed by the QA Subgroup. Case sample being identified.", AMBER),
         ]),
        ("Recommendation 2: WDSAB should review the Self-Neglect and Hoarding Procedure to ensure it sets out "
         "clear escalation routes when risk increases and the person does not engage.", [
             ("2.1", "Revise the Self-Neglect and Hoarding Procedure to include an escalation flowchart and a named "
                     "route to the multi-agency risk management (MARM) meeting.",
              "SAB Business Manager", "Dec 2024",
              "Revised procedure ratified by the Board on 5 December 2024 and published on the procedures "
              "website.", GREEN),
             ("2.2", "Communicate the revised procedure to frontline staff across all partner agencies through a "
                     "7-minute briefing and team meetings.",
              "All Board partners", "Q4 2024/25",
              "7-minute briefing circulated to partners 15 January 2025. Cascade to teams under way.", AMBER),
             ("2.3", "Evaluate use of the MARM process twelve months after relaunch, including the number of "
                     "referrals and the outcomes for adults.",
              "MARM Steering Group Chair / Head of Adult Safeguarding", "January 2026",
              "Not yet due.", None),
         ]),
        ("Recommendation 3: Mid Yorkshire Teaching NHS Trust and primary care should strengthen the way "
         "information about frequent non-attendance is shared with adult social care.", [
             ("3.1", "Amend the Trust’s Was Not Brought / Did Not Attend policy so that repeated non-attendance by "
                     "adults with care and support needs triggers a safeguarding consideration.",
              "Head of Safeguarding, Mid Yorkshire Teaching NHS Trust", "31 March 2025",
              "Draft amended policy out for consultation until 14 February 2025.", AMBER),
             ("3.2", "Agree a pathway with GP practices for sharing non-attendance information with the Adult "
                     "Social Care Front Door.",
              "Designated Professional for Safeguarding Adults (ICB)", "June 2025",
              "Work delayed due to vacancy in the Designated Professional post; interim cover in place from "
              "March 2025.", RED),
         ]),
        ("Recommendation 4: WDSAB should seek assurance that carers’ assessments are offered and reviewed when "
         "a family member is the main source of support for an adult who self-neglects.", [
             ("4.1", "Add the carers’ assessment offer as a mandatory field in the adult social care case "
                     "recording system (Mosaic) at assessment and review.",
              "Principal Social Worker (Adults)", "Nov 2024",
              "Field added to Mosaic 18 November 2024. Compliance report due to QA Subgroup in April 2025.",
              GREEN),
             ("4.2", "Deliver awareness sessions for staff on identifying hidden carers.",
              "Carers Wakefield & Wakefield Council Commissioning", "Ongoing",
              "Three sessions delivered; further dates set for February and March 2025.", AMBER),
         ]),
    ]
    hdr = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (January 2025)", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        bold_cell(t.cell(0, c), h)
        shade(t.cell(0, c), GREY)
    r = 1
    for rec, actions in recs:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        bold_cell(m, rec)
        shade(m, "DEEAF6")
        r += 1
        for ref, act, lead, date, prog, rag in actions:
            for c, v in enumerate([ref, act, lead, date, prog, ""]):
                t.cell(r, c).text = v
            if rag:
                shade(t.cell(r, 5), rag)
            r += 1

    doc.add_paragraph("")
    doc.add_paragraph("Actions rated green will be proposed for closure at the next SAR Subgroup meeting once "
                      "the evidence has been received by the SAB Business Unit.")
    doc.save(out("fz2-wakefield-sab-sar-kelly-action-plan.docx"))


# ================================================================ 2. Hounslow DHR (docx)
def hounslow_dhr():
    doc = Document()
    landscape(doc)
    doc.add_heading("Domestic Homicide Review into the death of ‘Amara’ – Action Plan", level=1)
    doc.add_paragraph("Hounslow Community Safety Partnership")
    doc.add_paragraph(
        "This action plan sets out the partnership’s response to the recommendations of the Overview Report "
        "and the single agency recommendations made in the Individual Management Reviews. Progress is "
        "monitored by the Domestic Abuse and VAWG Strategic Group and reported to the Hounslow CSP Board "
        "each quarter. Position at 14 March 2025.")
    doc.add_paragraph("Status key: B – Complete; G – On track; A – Some slippage, action being taken; "
                      "R – Off track / escalated to CSP Board.")

    hdr = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Key milestones achieved",
           "Target date", "Date of completion and outcome", "Status"]

    def section(title, groups):
        doc.add_heading(title, level=2)
        n = 1 + sum(len(g[2]) for g in groups)
        t = doc.add_table(rows=n, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            bold_cell(t.cell(0, c), h)
            shade(t.cell(0, c), GREY)
        r = 1
        for rec, scope, rows in groups:
            if len(rows) > 1:
                mrec = t.cell(r, 1).merge(t.cell(r + len(rows) - 1, 1))
                msc = t.cell(r, 2).merge(t.cell(r + len(rows) - 1, 2))
            else:
                mrec, msc = t.cell(r, 1), t.cell(r, 2)
            mrec.text = rec
            msc.text = scope
            for no, act, lead, miles, target, done, status in rows:
                t.cell(r, 0).text = no
                t.cell(r, 3).text = act
                t.cell(r, 4).text = lead
                t.cell(r, 5).text = miles
                t.cell(r, 6).text = target
                t.cell(r, 7).text = done
                t.cell(r, 8).text = status
                r += 1
        doc.add_paragraph("")

    section("Overview Report Recommendations", [
        ("Hounslow CSP should ensure that all partner agencies have domestic abuse policies that address the "
         "specific barriers faced by women with insecure immigration status, including no recourse to public "
         "funds.", "Local", [
             ("1.1", "Map partner agency domestic abuse policies against the Step Up Migrant Women guidance and "
                     "identify gaps.",
              "Hounslow Council Community Safety Team",
              "Policy mapping template issued to 14 agencies; 11 returns received.", "31/01/2025", "", "A"),
             ("1.2", "Commission specialist training on immigration status and domestic abuse for IDVAs, housing "
                     "officers and front door staff.",
              "Hounslow Council Community Safety Team and Southall Black Sisters",
              "Training specification agreed; first session booked for May 2025.", "June 2025", "", "G"),
         ]),
        ("The Metropolitan Police Service (West Area BCU) should ensure that DASH risk assessments are reviewed "
         "by a supervisor where the victim has reported more than one incident within twelve months.",
         "Regional", [
             ("2.1", "Issue a reminder to all West Area response and safeguarding supervisors on DASH review "
                     "requirements, supported by a dip sample of 50 cases.",
              "Metropolitan Police Service – West Area BCU",
              "Briefing issued November 2024; dip sample completed.", "Dec 2024",
              "Completed 16/12/2024 – dip sample found 88% compliance; re-audit planned for June 2025.", "B"),
         ]),
        ("Hounslow CSP should write to the Home Office recommending that the DHR statutory guidance is amended "
         "to require the use of interpreters who are independent of the family.", "National", [
             ("3.1", "CSP Chair to write to the Home Office Domestic Homicide Review team setting out the "
                     "learning from this review.",
              "CSP Chair", "Letter drafted and agreed by the Panel.", "On publication",
              "Letter sent 3 October 2024. Acknowledgement received.", "B"),
         ]),
    ])
    section("Single Agency Recommendations – West London NHS Trust", [
        ("WLT should strengthen routine enquiry about domestic abuse in community mental health assessments.",
         "Local", [
             ("WLT1", "Add a mandatory routine enquiry question to the community mental health team initial "
                      "assessment template on RiO.",
              "Named Nurse for Safeguarding Adults",
              "Change request approved by the Clinical Systems Group.", "March 2025", "", "G"),
         ]),
        ("WLT should audit compliance with routine enquiry and report the findings to the Trust Safeguarding "
         "Committee.", "Local", [
             ("WLT2", "Carry out a quarterly audit of routine enquiry compliance and report it to the Trust "
                      "Safeguarding Committee.",
              "Safeguarding Adults Lead / Quality Governance Manager",
              "Audit tool drafted.", "Quarterly", "", "G"),
         ]),
    ])
    section("Single Agency Recommendations – Hounslow Council Housing Needs", [
        ("Housing Needs should ensure that applicants who disclose domestic abuse are offered a face-to-face "
         "appointment with an interpreter where required, and that the offer is recorded.", "Local", [
             ("HN1", "Update the homelessness triage script and case management system to record the "
                     "interpreter offer and the applicant’s response.",
              "Head of Housing Needs and Homelessness",
              "Triage script updated; system change with the supplier.", "Sept 2024 – March 2025", "", "A"),
             ("HN2", "Deliver refresher training to Housing Needs officers on the Domestic Abuse Act 2021 and "
                     "the DAHA accreditation standards.",
              "Housing Training Lead",
              "Training dates booked for April 2025.", "30 April 2025", "", "G"),
         ]),
    ])
    doc.add_paragraph("Agreed by the Hounslow Community Safety Partnership Board, 14 March 2025.")
    doc.save(out("fz2-hounslow-csp-dhr-amara-action-plan.docx"))


# ================================================================ 3. UHMB board action sheet (csv)
def uhmb_csv():
    W = 8
    rows = [
        ["University Hospitals of Morecambe Bay NHS Foundation Trust – Board of Directors (Public) Action Sheet"],
        ["Position as at 26 February 2025 (for the meeting on 5 March 2025)"],
        [],
        ["Action No", "Minute Ref", "Action", "Lead", "Due Date", "Revised Due Date", "Update", "RAG"],
        ["Meeting held on 6 November 2024"],
        ["BD24/41", "131/24",
         "Provide the Board with a breakdown of the 12-hour waits in the emergency departments by site and by age "
         "band, including the number of patients aged over 80.",
         "Chief Operating Officer", "08/01/2025", "05/03/2025",
         "Data included in the Integrated Performance Report (Month 10) – see agenda item 12. Propose closure.",
         "Blue"],
        ["BD24/42", "134/24",
         "Arrange a Board development session on the Lancashire and South Cumbria provider collaborative "
         "clinical strategy.",
         "Company Secretary / Chief Strategy Officer", "Jan 2025", "April 2025",
         "Session moved to the April Board development day to align with the ICB’s clinical strategy "
         "timetable.", "Amber"],
        ["BD24/43", "137/24",
         "Include the results of the Freedom to Speak Up questions in the staff survey in the next Guardian "
         "report to Board.",
         "Freedom to Speak Up Guardian", "05/02/2025", "",
         "Report not received. Now scheduled for the April Board.", "Red"],
        ["Meeting held on 8 January 2025"],
        ["BD25/01", "152/24",
         "Circulate the revised Maternity and Neonatal Safety Champions terms of reference to Board members.",
         "Chief Nurse", "31/01/2025", "", "Circulated by email 24 January 2025.", "Blue"],
        ["BD25/02", "155/24",
         "Bring the Patient Safety Incident Response Framework (PSIRF) year one evaluation to the Quality "
         "Committee before presentation to Board.",
         "Medical Director and Chief Nurse", "May 2025", "",
         "Evaluation under way; on the Quality Committee forward plan for 19 May 2025.", "Green"],
        ["BD25/03", "158/24",
         "Confirm the capital allocation for the Furness General Hospital theatre ventilation scheme in the "
         "2025/26 capital programme.\nReport back via the Finance and Performance Committee 3A report.",
         "Chief Finance Officer", "Q1 2025/26", "",
         "Draft capital programme to Finance and Performance Committee in March.", "Green"],
        ["Meeting held on 5 February 2025"],
        ["BD25/07", "171/25",
         "Share the national inpatient survey benchmarking with the Council of Governors.",
         "Head of Patient Experience", "March 2025", "", "On the agenda for the Council of Governors on 18 March.",
         "Green"],
        ["BD25/08", "174/25",
         "Provide an update on the retention of international nurses after 12 months, by division.",
         "Chief People Officer", "07/05/2025", "", "Not yet due.", "Green"],
        ["BD25/09", "176/25",
         "Write to the ICB to seek clarification of the Trust’s share of the 2025/26 elective recovery fund.",
         "Chief Executive", "End of February 2025", "", "Letter sent 20 February 2025; response awaited.",
         "Blue"],
        [],
        ["Key: Blue = complete – propose closure; Green = not yet due, on track; Amber = revised date agreed; "
         "Red = overdue"],
        ["Closed actions are removed from the sheet once the Board has approved closure."],
    ]
    with open(out("fz2-university-hospitals-morecambe-bay-trust-board-action-sheet.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ================================================================ 4. Croydon maternity (xlsx)
def croydon_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Maternity and Neonatal Improvement Plan 2024–2026"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Croydon Health Services NHS Trust"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("Document owner", "Director of Midwifery"),
        ("Executive sponsor", "Chief Nurse"),
        ("Version", "2.3"),
        ("Date", dt.datetime(2025, 3, 17)),
        ("Reporting route", "Maternity Safety Champions → Quality Committee → Trust Board"),
    ], start=5):
        xrow(cov, i, [k, v])
        cov.cell(i, 1).font = Font(bold=True)
        if isinstance(v, dt.datetime):
            cov.cell(i, 2).number_format = "dd/mm/yyyy"
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    xrow(cov, 12, ["Version", "Date", "Changes"], bold=True, fill=GREY)
    for i, (v, d, ch) in enumerate([
        ("2.1", dt.datetime(2025, 1, 20), "Month 10 update; fetal monitoring actions added"),
        ("2.2", dt.datetime(2025, 2, 17), "Month 11 update"),
        ("2.3", dt.datetime(2025, 3, 17), "Month 12 update; revised dates agreed at Quality Committee"),
    ], start=13):
        xrow(cov, i, [v, d, ch])
        cov.cell(i, 2).number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current RAG by theme"
    summ["A1"].font = Font(bold=True, size=12)
    xrow(summ, 3, ["Theme", "B", "G", "A", "R", "Not started", "Total"], bold=True, fill=GREY)
    data = [
        ("Theme 1: Safe staffing and workforce", 1, 1, 0, 0, 0),
        ("Theme 2: Assessment and triage", 0, 1, 1, 0, 0),
        ("Theme 3: Fetal monitoring and escalation", 2, 0, 0, 1, 0),
        ("Theme 4: Listening to women and families", 0, 0, 1, 0, 1),
        ("Theme 5: Learning from incidents", 0, 1, 0, 0, 0),
    ]
    for i, d in enumerate(data, start=4):
        xrow(summ, i, list(d) + [sum(d[1:])])
    tot = [sum(d[k] for d in data) for k in range(1, 6)]
    xrow(summ, 9, ["Total"] + tot + [sum(tot)], bold=True)
    summ.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – action tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 17 March 2025 (Month 12 update)"
    hdr = ["Ref", "Source", "Recommendation / finding", "Action", "Lead(s)", "Original due date",
           "Revised due date", "Previous RAG", "Current RAG", "Progress update and evidence"]
    xrow(ws, 4, hdr, bold=True, fill=NAVY)
    for c in range(1, 11):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFFFF")
    D = dt.datetime
    themes = [
        ("Theme 1: Safe staffing and workforce", [
            ("CQC Must Do: The trust must ensure there are sufficient numbers of midwives on the delivery suite to "
             "provide one-to-one care in established labour and maintain the supernumerary status of the labour "
             "ward coordinator.", [
                 ("1.1", "CQC MD1",
                  "Recruit to the 18.4 WTE midwifery vacancies identified in the 2024 Birthrate Plus review, "
                  "including a cohort of newly qualified midwives in September 2024.",
                  "Director of Midwifery", D(2024, 9, 30), D(2025, 3, 31), "A", "G",
                  "16.2 WTE recruited; remaining posts offered, start dates in March 2025."),
                 ("1.2", "CQC MD1",
                  "Report compliance with one-to-one care in labour and coordinator supernumerary status monthly "
                  "to the Maternity Safety Champions.",
                  "Head of Midwifery / Maternity Quality and Safety Lead", D(2024, 7, 31), None, "B", "B",
                  "Included in the monthly safety champions dashboard since July 2024."),
             ]),
        ]),
        ("Theme 2: Assessment and triage", [
            ("Ockenden IEA 7: Trusts must implement a standardised, evidence-based maternity triage system (BSOTS) "
             "with an initial assessment within 15 minutes of arrival.", [
                 ("2.1", "Ockenden IEA 7",
                  "Complete BSOTS implementation on the Maternity Assessment Unit, including a dedicated triage "
                  "telephone line staffed 24/7.",
                  "Maternity Assessment Unit Matron", D(2024, 12, 1), "June 2025", "A", "A",
                  "BSOTS live in the unit; telephone line staffed 08:00–20:00 pending recruitment of two band 6 "
                  "midwives."),
                 ("2.2", "Ockenden IEA 7",
                  "Audit time to initial triage assessment quarterly and present results at the Maternity and "
                  "Neonatal Safety Forum.",
                  "Audit Midwife", "Quarterly", None, "G", "G",
                  "Q3 audit: 84% seen within 15 minutes (Q2: 71%)."),
             ]),
        ]),
        ("Theme 3: Fetal monitoring and escalation", [
            ("MIS Year 6 Safety Action 6: Full implementation of Saving Babies’ Lives Care Bundle Version 3, "
             "element 4 – effective fetal monitoring during labour.", [
                 ("3.1", "MIS Y6 SA6",
                  "Appoint a dedicated Fetal Monitoring Lead Obstetrician with 0.1 WTE protected time (1 PA per "
                  "week).",
                  "Clinical Director for Obstetrics & Gynaecology", D(2024, 10, 31), None, "B", "B",
                  "Consultant appointed to the role from 1 October 2024; job plan updated."),
                 ("3.2", "MIS Y6 SA6",
                  "Ensure 90% of midwives and obstetricians complete the annual fetal monitoring training and "
                  "competency assessment.",
                  "Practice Development Midwife", D(2024, 12, 31), D(2025, 5, 31), "A", "R",
                  "Midwives 86%, obstetricians 71%. Recovery trajectory agreed with the Clinical Director."),
                 ("3.3", "MIS Y6 SA6",
                  "Introduce a fresh-eyes buddy check prompt in the electronic record (Badgernet) and audit "
                  "compliance.",
                  "Digital Midwife / Fetal Monitoring Lead Midwife", D(2025, 2, 28), None, "G", "B",
                  "Prompt live 3 February 2025; first audit 93% compliance."),
             ]),
        ]),
        ("Theme 4: Listening to women and families", [
            ("CQC Should Do: The service should ensure that information for women and birthing people is "
             "available in the languages most commonly spoken in Croydon.", [
                 ("4.1", "CQC SD3",
                  "Translate the top ten maternity patient information leaflets into Tamil, Polish, Urdu, "
                  "Portuguese and Somali and publish them on the trust website.",
                  "Patient Experience Midwife and MNVP Lead", D(2025, 1, 31), D(2025, 4, 30), "A", "A",
                  "Six of ten leaflets translated; remaining four with the translation service."),
                 ("4.2", "CQC SD3",
                  "Work with the Maternity and Neonatal Voices Partnership to run a 15 Steps for Maternity review "
                  "of the antenatal clinic.",
                  "MNVP Chair", D(2025, 7, 31), None, None, None,
                  "Not yet started – walkabout scheduled for June 2025."),
             ]),
        ]),
        ("Theme 5: Learning from incidents", [
            ("Internal (PMRT thematic review): Learning from perinatal mortality reviews is not consistently "
             "shared with staff.", [
                 ("5.1", "PMRT",
                  "Publish a quarterly ‘Learning Matters’ newsletter with themes from PMRT, MNSI and PSII "
                  "reviews.",
                  "Maternity Governance Lead", "Ongoing", None, "G", "G",
                  "Issues 3 and 4 published (October 2024 and January 2025)."),
             ]),
        ]),
    ]
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for theme, recs in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = xfill("D9E1F2")
        r += 1
        for rec, acts in recs:
            first = r
            for ref, src, act, lead, orig, rev, prev, cur, upd in acts:
                xrow(ws, r, [ref, src, rec if r == first else None, act, lead, orig, rev, prev, cur, upd])
                for c in (6, 7):
                    if isinstance(ws.cell(r, c).value, dt.datetime):
                        ws.cell(r, c).number_format = "dd/mm/yyyy"
                if ref == "2.1":
                    ws.cell(r, 6).number_format = "mmm-yy"
                for c, v in ((8, prev), (9, cur)):
                    if v:
                        ws.cell(r, c).fill = xfill(ragfill[v])
                        ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    for col, wdt in zip("ABCDEFGHIJ", [6, 14, 45, 50, 28, 13, 13, 10, 10, 45]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, fill, txt) in enumerate([
        ("B", BLUE, "Complete and evidenced"),
        ("G", GREEN, "On track to deliver by the due date"),
        ("A", AMBER, "At risk / revised date agreed"),
        ("R", RED, "Off track – escalated to Quality Committee"),
        ("(blank)", None, "Not yet started"),
    ], start=2):
        xrow(key, i, [k, txt])
        if fill:
            key.cell(i, 1).fill = xfill(fill)
    key.column_dimensions["B"].width = 50
    wb.save(out("fz2-croydon-health-services-maternity-improvement-plan.xlsx"))


# ================================================================ 5. Stockton corporate risk register (xlsx)
def stockton_crr():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Stockton-on-Tees Borough Council – Corporate Risk Register"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 2024/25 (position at 31 December 2024)"
    xrow(s, 4, ["Risk", "Risk Owner", "Q2 score", "Q3 score", "Target score", "Direction of travel"],
         bold=True, fill=GREY)
    summary = [
        ("CR1 – Financial Sustainability", "Director of Finance, Transformation and Performance", 20, 20, 12, "↔"),
        ("CR2 – Children’s Social Care Demand and Placement Costs", "Director of Children’s Services", 16, 20, 12,
         "↑"),
        ("CR3 – Cyber Security", "Director of Corporate Services", 15, 12, 8, "↓"),
        ("CR4 – Adult Social Care Market Sustainability", "Director of Adults, Health and Wellbeing", 12, 12, 9,
         "↔"),
    ]
    for i, row in enumerate(summary, start=5):
        xrow(s, i, list(row))
    s["A10"] = "Risks scoring 15 or above: 2 (Red)"
    s["A11"] = "Risks scoring 9 to 14: 2 (Amber)"
    for col, wdt in zip("ABCDEF", [52, 48, 10, 10, 12, 18]):
        s.column_dimensions[col].width = wdt

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = "Stockton-on-Tees Borough Council – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2024/25 (position at 31 December 2024)"
    hdr = ["Risk", "Description (cause / event / consequence)", "Risk Owner", "Current score (L x I)",
           "Target score", "Direction of travel", "Existing controls", "Further mitigating actions",
           "Action owner", "Due date", "Action status"]
    xrow(ws, 4, hdr, bold=True, fill=GREY)
    D = dt.datetime
    risks = [
        ("CR1 – Financial Sustainability",
         "Cause: continued pressure on demand-led budgets and uncertainty over future funding.\nEvent: the "
         "Council is unable to set a balanced budget over the MTFP period.\nConsequence: use of reserves, "
         "service reductions, possible section 114 notice.",
         "Director of Finance, Transformation and Performance", "4 x 5 = 20", "12", "↔",
         "MTFP refreshed quarterly; budget monitoring to Cabinet; reserves strategy.", RED, [
             ("Deliver the 2025/26 budget and MTFP savings proposals to Cabinet and Council for approval.",
              "Director of Finance", D(2025, 2, 1), "G", "mmm-yy"),
             ("Implement the Powering Our Future savings tracker with monthly reporting to CMT.",
              "Head of Transformation / Head of Finance", "Monthly", "G", None),
             ("Lobby through the LGA and the North East Combined Authority for a multi-year funding "
              "settlement.", "Chief Executive", "Ongoing", "A", None),
         ]),
        ("CR2 – Children’s Social Care Demand and Placement Costs",
         "Cause: rising numbers of children in care and a shortage of local placements.\nEvent: increased "
         "reliance on high-cost external residential placements.\nConsequence: overspend and poorer outcomes "
         "for children placed out of area.",
         "Director of Children’s Services", "4 x 5 = 20", "12", "↑",
         "Placement sufficiency strategy; weekly high-cost placement panel.", RED, [
             ("Open the second in-house children’s home to reduce reliance on external residential "
              "placements.", "Head of Children’s Homes", D(2025, 3, 31), "A", "dd/mm/yyyy"),
             ("Recruit 12 new mainstream fostering households in 2024/25 through the Foster Stockton campaign.",
              "Fostering Service Manager", D(2025, 3, 31), "R", "dd/mm/yyyy"),
         ]),
        ("CR3 – Cyber Security",
         "Cause: increasing sophistication of cyber attacks on the public sector.\nEvent: successful "
         "ransomware or data breach.\nConsequence: loss of systems and data, disruption to services, "
         "regulatory action.",
         "Director of Corporate Services", "3 x 4 = 12", "8", "↓",
         "Cyber Essentials Plus; PSN compliance; mandatory e-learning; backup regime.", AMBER, [
             ("Complete the migration of the remaining on-premise servers to the cloud and decommission legacy "
              "systems.", "Head of ICT", "Q4 2024/25", "G", None),
             ("Run a cyber incident exercise with CMT using the LGA cyber exercise pack.",
              "Head of ICT and Emergency Planning Manager", D(2024, 11, 1), "B", "mmm-yy"),
         ]),
        ("CR4 – Adult Social Care Market Sustainability",
         "Cause: workforce shortages and cost increases for providers.\nEvent: provider failure or handing "
         "back of contracts.\nConsequence: unmet need and emergency placements at higher cost.",
         "Director of Adults, Health and Wellbeing", "3 x 4 = 12", "9", "↔",
         "Provider risk monitoring; contingency plan; fair cost of care work.", AMBER, [
             ("Complete the 2025/26 fee uplift consultation with care home and home care providers.",
              "Head of Commissioning", D(2025, 1, 31), "G", "dd/mm/yyyy"),
             ("Refresh the Market Position Statement following the CQC local authority assessment.",
              "Strategic Commissioning Manager", "June 2025", "G", None),
         ]),
    ]
    stfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for name, desc, owner, score, target, dot, controls, sfill, acts in risks:
        first = r
        for i, (act, aowner, due, st, fmt) in enumerate(acts):
            vals = [name, desc, owner, score, target, dot, controls] if i == 0 else [None] * 7
            xrow(ws, r, vals + [act, aowner, due, st])
            if fmt:
                ws.cell(r, 10).number_format = fmt
            ws.cell(r, 11).fill = xfill(stfill[st])
            ws.cell(r, 11).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.cell(first, 4).fill = xfill(sfill)
        if r - first > 1:
            for c in range(1, 8):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Action status: B = complete; G = on track; A = some slippage; R = overdue / not progressing")
    ws.cell(r + 1, 1, "Scores: likelihood x impact (1–5). Red 15–25, Amber 8–14, Green 1–7.")
    for col, wdt in zip("ABCDEFGHIJK", [30, 50, 26, 12, 9, 10, 36, 50, 26, 12, 9]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    xrow(m, 3, ["Likelihood \\ Impact", 1, 2, 3, 4, 5], bold=True)
    for li in range(5, 0, -1):
        rr = 9 - li
        xrow(m, rr, [li] + [li * im for im in range(1, 6)])
        for im in range(1, 6):
            v = li * im
            m.cell(rr, im + 1).fill = xfill(RED if v >= 15 else AMBER if v >= 8 else GREEN)
    wb.save(out("fz2-stockton-on-tees-bc-corporate-risk-register-q3-2024-25.xlsx"))


# ================================================================ 6. Hartlepool highlight report (xlsx, refuse)
def hartlepool_highlight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Hartlepool Borough Council – Transformation Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: January 2025 (Programme Board, 12 February 2025)"
    xrow(ws, 4, ["Programme SRO", "Managing Director", "Programme Manager", "Transformation Programme Manager",
                 "Overall status", "Amber"])
    for c in (1, 3, 5):
        ws.cell(4, c).font = Font(bold=True)
    ws.cell(4, 6).fill = xfill(AMBER)
    ws["A6"] = "Summary of progress this period"
    ws["A6"].font = Font(bold=True, color="FFFFFFFF")
    ws["A6"].fill = xfill(NAVY)
    ws.merge_cells("A6:G6")
    ws["A7"] = ("The customer portal went live in December and take-up is ahead of forecast. The adult social care "
                "front door has slipped because of recruitment delays, and the Bryan Hanson House move is now "
                "dependent on the Civic Centre refurbishment. Savings of £1.21m are forecast against the 2024/25 "
                "target of £1.45m.")
    ws["A7"].alignment = WRAP
    ws.merge_cells("A7:G7")
    ws.row_dimensions[7].height = 60
    ws["A9"] = "Milestones and actions"
    ws["A9"].font = Font(bold=True, color="FFFFFFFF")
    ws["A9"].fill = xfill(NAVY)
    ws.merge_cells("A9:G9")
    xrow(ws, 10, ["Ref", "Milestone / action", "Lead", "Baseline date", "Forecast date", "RAG", "Commentary"],
         bold=True, fill=GREY)
    D = dt.datetime
    streams = [
        ("Workstream 1: Customer Access and Digital", [
            ("1.1", "Launch the new customer portal for council tax and benefits self-service.",
             "Head of Digital Services", D(2024, 10, 1), D(2024, 12, 1), "Complete",
             "Live 2 December 2024; 3,120 accounts registered."),
            ("1.2", "Move garden waste subscriptions onto the customer portal.",
             "Head of Digital Services / Waste Services Manager", D(2025, 1, 1), D(2025, 3, 1), "Amber",
             "Payment integration testing took longer than planned."),
            ("1.3", "Close the Civic Centre cash office and move to PayPoint and online payment.",
             "Head of Revenues and Benefits", D(2025, 3, 31), D(2025, 3, 31), "Green",
             "Equality impact assessment completed; communications plan agreed."),
        ]),
        ("Workstream 2: Adult Social Care Demand Management", [
            ("2.1", "Implement a strengths-based front door with a new early intervention triage team.",
             "Assistant Director – Adult Social Care", D(2024, 11, 1), "Febuary 2025", "Amber",
             "Recruitment to two occupational therapist posts delayed; go-live moved."),
            ("2.2", "Expand reablement capacity by 20% to reduce long-term home care starts.",
             "Reablement Service Manager", D(2025, 4, 1), D(2025, 4, 1), "Green",
             "Four reablement workers appointed."),
        ]),
        ("Workstream 3: Assets and Accommodation", [
            ("3.1", "Agree the disposal strategy for surplus operational buildings and report it to Finance and "
                    "Policy Committee.",
             "Estates Manager", D(2025, 1, 1), D(2025, 3, 1), "Amber",
             "Valuations received for three of five sites."),
            ("3.2", "Relocate the Bryan Hanson House teams to the Civic Centre.",
             "Estates Manager", D(2024, 9, 1), D(2025, 6, 1), "Red",
             "Dependent on Civic Centre first-floor refurbishment; contractor not yet appointed."),
        ]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 11
    for stream, acts in streams:
        ws.cell(r, 1, stream).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, base, fc, rag, com in acts:
            xrow(ws, r, [ref, act, lead, base, fc, rag, com])
            for c in (4, 5):
                if isinstance(ws.cell(r, c).value, dt.datetime):
                    ws.cell(r, c).number_format = "dd/mm/yyyy" if ref == "1.3" else "mmm-yy"
            ws.cell(r, 6).fill = xfill(ragfill[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Key risks and issues").font = Font(bold=True, color="FFFFFFFF")
    ws.cell(r, 1).fill = xfill(NAVY)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    xrow(ws, r, ["Type", "Description", "Owner", "Impact", "Likelihood", "Score", "Mitigation"], bold=True,
         fill=GREY)
    r += 1
    for row in [
        ("Risk", "Savings from the adult social care front door are delayed into 2025/26.",
         "Assistant Director – Adult Social Care", 4, 3, 12, "Interim agency OT cover being sourced."),
        ("Issue", "No contractor appointed for the Civic Centre refurbishment.", "Estates Manager", 3, 5, 15,
         "Re-tender via the NEPO framework."),
    ]:
        xrow(ws, r, list(row))
        r += 1
    r += 1
    ws.cell(r, 1, "Decisions / support required from Programme Board").font = Font(bold=True, color="FFFFFFFF")
    ws.cell(r, 1).fill = xfill(NAVY)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    ws.cell(r, 1, "Programme Board is asked to approve the revised forecast date for milestone 3.2 and to note "
                  "the savings forecast.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, wdt in zip("ABCDEFG", [12, 55, 32, 14, 14, 10, 50]):
        ws.column_dimensions[col].width = wdt
    wb.save(out("fz2-hartlepool-bc-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


# ================================================================ 7. Redbridge CSP plan (txt, tab-separated)
def redbridge_txt():
    T = "\t"
    lines = [
        "Redbridge Community Safety Partnership Plan 2025–26 – Delivery Action Plan",
        "Quarter 2 update (July – September 2025)",
        "",
        T.join(["RAG", "G = on track", "A = minor slippage", "R = significant concern", "C = complete"]),
        "",
        T.join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 progress", "RAG"]),
        "Priority 1: Domestic abuse and violence against women and girls",
        "Objective 1.1 – Increase the confidence of victims to report and seek support",
        T.join(["1.1.1", "Deliver the White Ribbon accreditation actions, including a 16 Days of Action campaign "
                         "in November 2025.", "Redbridge Council Community Safety Team", "December 2025",
                "Campaign programme agreed with partners; venues booked.", "G"]),
        T.join(["1.1.2", "Embed IDVA provision in the emergency departments at King George and Queen’s "
                         "hospitals.", "BHRUT & Redbridge Council Commissioning", "Q3 2025/26",
                "Funding agreed for King George; Queen’s space not yet identified.", "A"]),
        "Objective 1.2 – Hold perpetrators to account",
        T.join(["1.2.1", "Commission a perpetrator behaviour change programme for medium-risk perpetrators who "
                         "are not eligible for statutory programmes.", "Redbridge Council Commissioning",
                "31/03/2026", "Market engagement took place in August; tender delayed to November.", "A"]),
        T.join(["1.2.2", "Increase the use of Domestic Abuse Protection Orders through the East Area pilot.",
                "Metropolitan Police – East Area BCU", "Ongoing", "14 DAPOs granted in Q2 (Q1: 9).", "G"]),
        "Priority 2: Serious violence and exploitation",
        "Objective 2.1 – Deliver the Serious Violence Duty strategy",
        T.join(["2.1.1", "Refresh the Serious Violence Strategic Needs Assessment with updated health and "
                         "education data.", "Public Health Intelligence Team", "Sept 2025",
                "Refreshed SNA signed off by the CSP Board on 18 September 2025.", "C"]),
        T.join(["2.1.2", "Extend the detached youth work offer to Ilford town centre and Seven Kings on Friday and "
                         "Saturday evenings.", "Youth Service / Met Police Safer Neighbourhoods",
                "By 31 October 2025", "Sessions running in Ilford; Seven Kings to start in October.", "G"]),
        "Objective 2.2 – Reduce knife crime among under-25s",
        T.join(["2.2.1", "Deliver knife crime awareness sessions in all secondary schools and the pupil referral "
                         "unit.", "Safer Schools Officers and Redbridge Youth Justice Service", "Termly",
                "Sessions delivered in 11 of 17 secondary schools in the summer term.", "G"]),
        "Priority 3: Anti-social behaviour and neighbourhood crime",
        "Objective 3.1 – Tackle persistent ASB hotspots",
        T.join(["3.1.1", "Review the Ilford Town Centre Public Spaces Protection Order ahead of its expiry and "
                         "consult on renewal.", "ASB Team Manager", "Nov 2025 – Feb 2026",
                "Evidence review not started because of staff vacancies in the ASB team.", "R"]),
        T.join(["", "", "", "", "Escalated to the CSP Board; interim analyst support requested from the Met.", ""]),
        T.join(["3.1.2", "Install redeployable CCTV at the five highest-volume ASB locations identified by the ASB "
                         "Problem Solving Group.", "CCTV Manager", "Q2 2025/26",
                "All five cameras installed and live by 26 September 2025.", "C"]),
        T.join(["3.1.3", "Launch a burglary target-hardening scheme for repeat victims in Goodmayes and Chadwell "
                         "Heath.", "Met Police Safer Neighbourhoods", "March 2026",
                "Scheme design agreed; locksmith procurement under way.", "G"]),
        "",
        T.join(["Summary", "G: 5", "A: 2", "R: 1", "C: 2", "Total: 10"]),
        "Next update: Quarter 3, to the CSP Board in January 2026.",
    ]
    with open(out("fz2-redbridge-csp-community-safety-plan-2025-26-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    wakefield_sar()
    hounslow_dhr()
    uhmb_csv()
    croydon_maternity()
    stockton_crr()
    hartlepool_highlight()
    redbridge_txt()
    print("built 7 files in", HERE)
