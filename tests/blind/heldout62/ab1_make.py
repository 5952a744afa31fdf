"""Generator for the ab1- cases of heldout62 (blind corpus).

Run with /work/main/.venv/bin/python ab1_make.py (from any folder): it writes the seven
document files beside this script. The expected readings (*.expected.yaml) are written by hand.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}


# --------------------------------------------------------------------------------------------
# 1. NHS Highland - Sturrock review culture action plan, progress report (xlsx)
# --------------------------------------------------------------------------------------------
def nhs_highland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Culture Action Plan"
    widths = [7, 60, 30, 12, 12, 60, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "NHS Highland – Culture Fit for the Future: Sturrock Review Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = ("Progress report to the Staff Governance Committee – position at 30 November 2020 "
                "(Agenda item 7.2)")
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Executive Lead", "Original Target", "Revised Target",
               "Progress to date", "RAG"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILLS["head"]
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A5"

    rag_fill = {"Complete": "blue", "Green": "green", "On track": "green", "Amber": "amber",
                "Red": "red"}
    plan = [
        ("a. Listening, learning and engagement", [
            ("A1", "Chair and Chief Executive to hold one-to-one meetings with colleagues who "
                   "experienced bullying and inappropriate behaviour, and report the themes to "
                   "the Board.",
             "Chair / Chief Executive", D(2019, 9, 30), None,
             "Over 60 meetings held between June and October 2019. Themes reported to the "
             "Board in November 2019.", "Complete"),
            ("A2", "Deliver an externally facilitated Board development programme focused on "
                   "values, behaviours and compassionate leadership.",
             "Board Secretary", D(2020, 3, 31), D(2021, 3, 31),
             "Two sessions delivered. Remaining sessions postponed due to COVID-19 and "
             "rescheduled for early 2021.", "Amber"),
            ("A3", "Run a programme of \u201cListening and Learning\u201d engagement events across "
                   "all operational areas, including Argyll and Bute.",
             "Director of Human Resources and Organisational Development", D(2019, 12, 31),
             None,
             "14 events held across North Highland and Argyll & Bute with around 850 "
             "attendees. Feedback report published on the intranet.", "Complete"),
        ]),
        ("b. Employee wellbeing and support", [
            ("B1", "Commission a confidential Guardian Service so that staff can raise concerns "
                   "outside their line management.",
             "Director of HR & OD", D(2020, 1, 31), None,
             "Guardian Service launched 3 February 2020. Quarterly reports now go to this "
             "Committee.", "Complete"),
            ("B2", "Review the occupational health and staff wellbeing offer, including access "
                   "to psychological support, and agree an improvement plan.",
             "Gillian Ross / Dr Iain Munro", D(2020, 6, 30), D(2020, 12, 31),
             "Review completed. Improvement plan being drafted for the December meeting; "
             "additional psychology sessions funded from COVID-19 monies.", "Green"),
            ("B3", "Introduce a Speak Up policy and whistleblowing champions in line with the "
                   "National Whistleblowing Standards.",
             "Director of HR & OD", D(2021, 4, 1), None,
             "Draft policy out to consultation with the Area Partnership Forum. Non-executive "
             "whistleblowing champion appointed.", "On track"),
        ]),
        ("c. Healing", [
            ("C1", "Set up the Healing Process, with an Independent Review Panel to consider "
                   "individual accounts of harm.",
             "Chief Executive", D(2019, 12, 31), D(2020, 6, 30),
             "Panel established and began considering applications in May 2020.", "Complete"),
            ("C2", "Report on the Healing Process to the Board, including numbers of "
                   "applications and outcomes.",
             "Board Secretary", "Six-monthly", None,
             "First report presented to the Board on 29 September 2020.", "Green"),
        ]),
        ("d. Capability and resources", [
            ("D1", "Deliver the Courageous Leadership development programme to all senior "
                   "managers.",
             "Head of Organisational Development", D(2021, 3, 31), None,
             "Cohort 1 (24 managers) completed. Cohort 2 paused March to August 2020 and "
             "restarted online in September.", "Amber"),
            ("D2", "Recruit additional HR business partner capacity to support managers to "
                   "resolve concerns early.",
             "Director of HR & OD", D(2020, 3, 31), None,
             "Three posts appointed.", "Complete"),
            ("D3", "Refresh the mandatory Dignity at Work training for all staff, with "
                   "completion reported by directorate.",
             "Head of Learning & Development", D(2020, 9, 30), D(2021, 6, 30),
             "eLearning module rewritten; launch delayed by TURAS system changes. Completion "
             "currently 41%.", "Red"),
        ]),
        ("e. Governance and oversight", [
            ("E1", "Establish a Culture Oversight Group, chaired by the Board Chair, to monitor "
                   "delivery of this plan.",
             "Chair", D(2019, 8, 31), None,
             "Group established August 2019 and meets every two months.", "Complete"),
            ("E2", "Include culture measures (iMatter, Guardian Service activity, grievance and "
                   "bullying cases) in the integrated performance report.",
             "Director of Finance / Head of Performance", D(2020, 12, 31), None,
             "First culture dashboard to be presented to the Board in January 2021.", "Green"),
        ]),
    ]
    r = 5
    for area, rows in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws.cell(row=r, column=1, value=area)
        cell.font = Font(bold=True)
        cell.fill = FILLS["band"]
        r += 1
        for ref, action, lead, orig, rev, prog, rag in rows:
            vals = [ref, action, lead, orig, rev, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=4).number_format = "mmm-yy"
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = FILLS[rag_fill[rag]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG key: Complete = action delivered; Green = on track to "
                                    "deliver by target date; Amber = some slippage, "
                                    "recoverable; Red = significant slippage / at risk."))
    ws.cell(row=r + 1, column=1,
            value="Progress updates provided by Executive Leads, November 2020.")
    wb.save(out("ab1-nhs-highland-sturrock-culture-action-plan-progress.xlsx"))


# --------------------------------------------------------------------------------------------
# 2. NWAS - Manchester Arena Inquiry Volume 2 recommendations tracker (xlsx)
# --------------------------------------------------------------------------------------------
def nwas():
    wb = Workbook()
    ws = wb.active
    ws.title = "MAI Vol 2 Tracker"
    widths = [48, 9, 52, 28, 12, 12, 55, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Manchester Arena Inquiry Volume 2 – NWAS Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Senior Responsible Officer: Director of Operations   |   Last updated: 14/07/2023"
                "   |   Reported to: Executive Leadership Committee and Quality and Performance "
                "Committee")
    ws["A2"].font = Font(italic=True, size=9)
    headers = ["Inquiry Monitored Recommendation", "Action No.", "NWAS Action",
               "Action Owner", "Target Date", "Revised Date", "Progress Update", "BRAG"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    ws.auto_filter.ref = "A4:H4"
    ws.freeze_panes = "A5"
    brag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    parts = [
        ("Emergency Services Preparedness", [
            ("MR84 – NWAS should ensure that all commanders who may attend a major incident "
             "receive JESIP training and take part in multi-agency exercises at least annually.", [
                ("84.1", "Introduce an annual JESIP refresher for all tactical and operational "
                         "commanders, delivered jointly with GMP and GMFRS.",
                 "Head of Resilience", D(2023, 3, 31), None,
                 "First joint course delivered February 2023; 41 commanders attended.", "B"),
                ("84.2", "Record commander training and exercise attendance on ESR and report "
                         "compliance quarterly.",
                 "Head of Education & Development", D(2023, 6, 30), D(2023, 9, 30),
                 "Competency added to ESR. Reporting delayed until legacy training records are "
                 "migrated.", "A"),
            ]),
            ("MR85 – NWAS should work with partner agencies so that the Emergency Operations "
             "Centre's major incident action cards are understood and tested in exercises.", [
                ("85.1", "Review and reissue the EOC major incident action cards, including the "
                         "declaration of a major incident and mobilisation to a rendezvous "
                         "point.",
                 "EOC Sector Manager R. Khan", D(2022, 12, 31), None,
                 "Revised action cards agreed with partners and issued on 12 December 2022.",
                 "B"),
                ("85.2", "Include the EOC in every multi-agency marauding terrorist attack "
                         "exercise and record the learning on the JOL system.",
                 "Consultant Paramedic – Special Operations", "Ongoing", None,
                 "EOC took part in Exercise Northern Lights (March 2023) and two table-top "
                 "exercises.", "G"),
            ]),
        ]),
        ("Ambulance Service Response", [
            ("MR101 – NWAS should make its policy for deploying HART paramedics into the warm "
             "zone clear, and ensure it is understood by all commanders.", [
                ("101.1", "Rewrite the HART deployment procedure and publish it in the "
                          "operational guidance library.",
                 "Head of Special Operations", D(2023, 3, 31), D(2023, 6, 30),
                 "Procedure consulted on with staff side and approved by the Executive "
                 "Leadership Committee on 20/06/2023.", "B"),
                ("101.2", "Brief all on-call commanders on the revised procedure and confirm "
                          "their understanding through assessed scenarios.",
                 "Head of Special Operations / Head of Education & Development",
                 D(2023, 9, 30), None, "46 of 72 commanders assessed to date.", "G"),
            ]),
            ("MR102 – NWAS should review its command arrangements so that an Operational "
             "Commander is appointed and on scene at the earliest opportunity at any major "
             "incident.", [
                ("102.1", "Amend the Command and Control policy so that the first senior "
                          "paramedic on scene assumes operational command until formally "
                          "relieved.",
                 "Head of Resilience", D(2023, 1, 31), None,
                 "Policy amended and in force from 1 February 2023.", "B"),
                ("102.2", "Test the amended command arrangements through no-notice exercises in "
                          "all three areas (Cheshire & Mersey, Greater Manchester, Cumbria & "
                          "Lancashire).",
                 "Jane Whitworth", D(2024, 3, 31), None,
                 "Two of three areas exercised. Findings to the Operational Assurance Group in "
                 "September.", "G"),
            ]),
            ("MR103 – NWAS should have access to real-time situational awareness from partner "
             "agencies, including GMP, during a major incident.", [
                ("103.1", "Agree a protocol with GMP for an NWAS liaison officer to attend the "
                          "GMP Force Duty Officer at declared major incidents.",
                 "Deputy Director of Operations", D(2023, 3, 31), D(2023, 12, 31),
                 "Draft protocol with GMP Legal Services. Revised date agreed by the Arena "
                 "Programme Board.", "A"),
                ("103.2", "Procure and install a multi-agency incident viewer in the EOC "
                          "tactical command room.",
                 "Head of ICT", D(2023, 3, 31), None,
                 "Funding not yet confirmed; procurement on hold pending the capital programme "
                 "decision in August.", "R"),
            ]),
        ]),
    ]
    r = 5
    for part, recs in parts:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cell = ws.cell(row=r, column=1, value=part)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="404040")
        r += 1
        for rec, actions in recs:
            top = r
            ws.cell(row=r, column=1, value=rec)
            for no, action, owner, target, revised, prog, brag in actions:
                vals = [no, action, owner, target, revised, prog, brag]
                for c, v in enumerate(vals, 2):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
                bc = ws.cell(row=r, column=8)
                bc.fill = FILLS[brag_fill[brag]]
                bc.alignment = Alignment(horizontal="center", vertical="top")
                bc.font = Font(bold=True)
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=top, column=1).alignment = WRAP
            ws.cell(row=top, column=1).border = BOX
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1, value=("BRAG key:   B – Blue: complete and evidenced   G – Green: "
                                    "on track   A – Amber: at risk of missing target date   "
                                    "R – Red: target date missed / off track"))
    ws.cell(row=r, column=1).font = Font(bold=True, size=9)
    ws.cell(row=r + 1, column=1, value=("Monitored recommendations are numbered as in Volume 2 "
                                        "of the Inquiry report. Only recommendations directed "
                                        "at NWAS are shown."))
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – 14/07/2023"
    sm["A1"].font = Font(bold=True)
    sm.append([])
    sm.append(["BRAG", "No. of actions"])
    for k, n in [("Blue", 4), ("Green", 3), ("Amber", 2), ("Red", 1)]:
        sm.append([k, n])
    sm.append(["Total", 10])
    sm.column_dimensions["A"].width = 18
    sm.column_dimensions["B"].width = 16
    wb.save(out("ab1-nwas-manchester-arena-inquiry-vol2-recommendations-tracker.xlsx"))


# --------------------------------------------------------------------------------------------
# 3. Northern Ireland Housing Executive - internal audit recommendations tracker (xlsx)
# --------------------------------------------------------------------------------------------
def nihe():
    wb = Workbook()
    ws = wb.active
    ws.title = "IA Recs Aug 23"
    widths = [26, 11, 11, 7, 8, 46, 46, 24, 13, 13, 13, 34]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Northern Ireland Housing Executive – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Audit and Risk Assurance Committee, 19 September 2023 – position at 31 August "
                "2023 (Priority 1 and 2 recommendations, and Priority 3 where past due)")
    ws["A2"].font = Font(size=10)
    headers = ["Audit Assignment", "Report Issued", "Assurance", "Rec Ref", "Priority",
               "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
               "Implementation Date", "Revised Date", "Status", "IA Comment"]
    r = 4
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILLS["grey"]
        cell.alignment = WRAP
        cell.border = BOX
    ws.freeze_panes = "A5"
    st_fill = {"Implemented": "blue", "On target": "green", "Behind target": "amber",
               "Overdue": "red"}
    audits = [
        ("Response Maintenance – Void Properties", D(2023, 3, 14), "Limited", [
            ("VP1", 1, "Void property inspections should be completed within the five working "
                       "days set out in the Void Management procedure and evidenced on the "
                       "housing management system.",
             "A weekly exception report of void inspections outstanding beyond five days will "
             "be issued to Area Managers, and compliance reviewed at monthly performance "
             "meetings.",
             "Area Manager (Belfast) / Void Co-ordinator", D(2023, 6, 30), D(2023, 10, 31),
             "Behind target", "Exception report issued since July; not yet in use in all "
                              "Areas."),
            ("VP2", 2, "Keys and key safes for void properties should be recorded in a central "
                       "register and reconciled monthly.",
             "A key register will be introduced in all Areas using the standard template, and "
             "Area Office Managers will complete a monthly reconciliation.",
             "Area Office Managers", D(2023, 5, 31), None, "Implemented",
             "IA verified the register in three sample offices."),
        ]),
        ("Tenancy Fraud", D(2023, 5, 22), "Satisfactory", [
            ("TF1", 2, "Tenancy audit visits should be targeted using the data-matching results "
                       "from the National Fraud Initiative.",
             "NFI matches will be risk-scored and allocated to Patch Managers for a tenancy "
             "audit visit within three months of receipt.",
             "Head of Tenancy Services", D(2023, 9, 30), None, "On target", None),
            ("TF2", 3, "The Tenancy Fraud procedure should be updated to reflect the Housing "
                       "(Amendment) Act (Northern Ireland) 2020.",
             "The procedure will be updated and reissued to all landlord services staff.",
             "Policy Officer, Landlord Services", D(2023, 12, 31), None, "On target", None),
        ]),
        ("Procurement – Single Tender Actions", D(2023, 2, 7), "Limited", [
            ("STA1", 1, "All Single Tender Actions should be approved in advance in line with "
                        "the Scheme of Delegation, with any retrospective approvals reported to "
                        "the Audit and Risk Assurance Committee.",
             "Retrospective STAs will be reported to each ARAC meeting, and guidance has been "
             "reissued to budget holders.",
             "Head of Procurement", D(2023, 3, 31), None, "Implemented",
             "Reported to ARAC June 2023."),
            ("STA2", 2, "The STA register should record the value, justification and approver "
                        "for each STA.",
             "The STA register will be moved to SharePoint with mandatory fields for value, "
             "justification and approver.",
             "Head of Procurement / Finance Systems Manager", D(2023, 4, 30), D(2023, 7, 31),
             "Overdue", "SharePoint build complete; data migration outstanding."),
        ]),
        ("Cyber Security – Patch Management", D(2023, 6, 28), "Limited", [
            ("CS1", 1, "Critical security patches should be applied within 14 days of release, "
                       "with any exceptions risk-accepted by the Information Security Manager.",
             "A patching compliance dashboard will be reported monthly to the Information "
             "Governance Group, and the exception process documented.",
             "Head of ICT Infrastructure", D(2023, 11, 30), None, "On target", None),
            ("CS2", 2, "Unsupported server operating systems should be identified and a "
                       "decommissioning plan agreed.",
             "An inventory of unsupported servers has been completed; the decommissioning plan "
             "will be agreed by the Digital Board.",
             "Head of ICT Infrastructure", D(2024, 3, 31), None, "On target", None),
        ]),
    ]
    r = 5
    for name, issued, assurance, recs in audits:
        top = r
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=issued).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=3, value=assurance)
        for ref, prio, rec, resp, officer, impl, rev, status, comment in recs:
            vals = [ref, prio, rec, resp, officer, impl, rev, status, comment]
            for c, v in enumerate(vals, 4):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=9).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=11).fill = FILLS[st_fill[status]]
            r += 1
        for c in (1, 2, 3):
            ws.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
            ws.cell(row=top, column=c).alignment = WRAP
            ws.cell(row=top, column=c).border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Key")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value=("Status:  Implemented = blue;  On target = green;  "
                                        "Behind target = amber;  Overdue (past the "
                                        "implementation or revised date) = red"))
    ws.cell(row=r + 2, column=1, value=("Priority 1 – significant weakness requiring urgent "
                                        "action;  Priority 2 – important issue to be addressed; "
                                        " Priority 3 – minor issue / good practice"))
    wb.save(out("ab1-nihe-internal-audit-recommendations-tracker.xlsx"))


# --------------------------------------------------------------------------------------------
# 4. NI Prison Service - Maghaberry CJI inspection action plan (csv, saved from Excel)
# --------------------------------------------------------------------------------------------
def nips():
    rows = [
        ["Maghaberry Prison – Action Plan in response to the CJI Unannounced Inspection "
         "(November 2022)", "", "", "", "", "", "", ""],
        ["Northern Ireland Prison Service – progress update March 2024", "", "", "", "", "",
         "", ""],
        [""] * 8,
        ["Ref", "Area of concern / Recommendation", "Accepted?", "Action", "Owner",
         "Target Date", "Progress Update", "Status"],
        ["SAFETY", "", "", "", "", "", "", ""],
        ["AC1", "Too many new prisoners did not receive a private first-night interview, and "
                "induction was inconsistent.", "Accepted",
         "Introduce a first-night checklist on PRISM and audit 20 committals each month.",
         "Governor Residential", "Jun-24",
         "Checklist live from February 2024; first audit found 16 of 20 interviews held in "
         "private.", "Amber"],
        ["AC2", "Levels of violence, including assaults on staff, remained high and the "
                "violence reduction strategy was not being implemented.", "Accepted",
         "Refresh the violence reduction strategy, with a quarterly analysis of incidents by "
         "house.", "Head of Safer Custody", "31/03/2024",
         "Strategy refreshed and approved by SMT; first quarterly analysis due in April.",
         "Green"],
        ["R1", "The prison should ensure that the use of special accommodation is authorised, "
               "recorded and reviewed in line with policy.", "Accepted",
         "Hold a monthly Use of Force and Special Accommodation review meeting chaired by the "
         "Deputy Governor.", "Deputy Governor", "Ongoing",
         "Meetings held monthly since October 2023.", "Green"],
        ["RESPECT", "", "", "", "", "", "", ""],
        ["AC3", "Prisoners had little confidence in the complaints process, and responses were "
                "often late.", "Accepted",
         "Review complaints tracking weekly and escalate overdue responses to the Governor.",
         "Business Development Manager", "Ocotber 2024",
         "Weekly tracker introduced; 72% of complaints answered within timescale in February.",
         "Amber"],
        ["R2", "Healthcare and the prison should agree a joint approach to reducing the "
               "diversion of prescribed medication.", "Partially accepted",
         "Set up a joint NIPS / SEHSCT medicines management group to agree an in-possession "
         "risk assessment.", "Governor Healthcare Liaison / SEHSCT Head of Healthcare",
         "December 2024", "Group established; terms of reference agreed in January.", "Amber"],
        ["PURPOSEFUL ACTIVITY", "", "", "", "", "", "", ""],
        ["AC4", "Too many prisoners were locked in their cells during the working day.",
         "Accepted",
         "Review the core day to increase time unlocked, aiming for nine hours for prisoners "
         "in full-time activity.", "Governor Regimes", "Sep-24",
         "New core day consulted on with the POA; pilot in Erne House from April.", "Amber"],
        ["R3", "The prison and Belfast Metropolitan College should increase the number of "
               "prisoners gaining accredited qualifications.", "Accepted",
         "Agree a curriculum plan with Belfast Met, including Essential Skills at levels 1 "
         "and 2.", "Head of Learning and Skills", "31/08/2024",
         "Curriculum plan for 2024-25 in draft.", "Green"],
        ["RESETTLEMENT", "", "", "", "", "", "", ""],
        ["AC5", "Pre-release planning started too late for many sentenced prisoners.",
         "Accepted",
         "Start resettlement plans 12 weeks before release and record them on PRISM.",
         "Head of Resettlement", "March 2024",
         "Compliance 88% in the February audit.", "Complete"],
        [""] * 8,
        ["Status key: Complete / Green – on track / Amber – some delay / Red – at risk", "", "",
         "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    with open(out("ab1-nips-maghaberry-cji-inspection-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------------------------
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
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)


# --------------------------------------------------------------------------------------------
# 5. Public Health Wales - HIW inspection of Breast Test Wales (North Wales), improvement plan
# --------------------------------------------------------------------------------------------
def phw_hiw():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Breast Test Wales – North Wales Screening Centre, Llandudno: HIW "
                    "Improvement Plan", level=1)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "Breast Test Wales – North Wales (static centre "
                                              "and mobile units)"),
                                ("Organisation:", "Public Health Wales NHS Trust"),
                                ("Date of inspection:", "16 and 17 January 2024")]):
        set_text(info.cell(i, 0), k, bold=True, size=10)
        set_text(info.cell(i, 1), v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "The table below sets out the improvements identified by Healthcare Inspectorate Wales "
        "(HIW) during the inspection, and the actions the Screening Division will take in "
        "response. The service is required to complete this plan and return it to HIW within "
        "20 working days of the draft report being issued.")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale"]
    sections = [
        ("Quality of the patient experience", [
            ("The service must ensure that the changing cubicles in the mobile units give "
             "patients privacy, including when the unit door is opened.",
             "Health and Care Standards 4.1 Dignified Care", [
                 ("Privacy curtains to be fitted at the entrance of each mobile unit, and staff "
                  "reminded to knock and wait before entering the changing area.",
                  "Mobile Units Manager", "31 March 2024"),
             ]),
            ("The service should make information on how to raise a concern (Putting Things "
             "Right) available in Welsh and English at all screening sites.",
             "6.3 Listening and Learning from feedback", [
                 ("Bilingual Putting Things Right posters and leaflets to be displayed in the "
                  "static centre and all three mobile units.",
                  "Programme Manager – North Wales", "February 2024"),
                 ("The patient feedback survey to be offered bilingually, with results "
                  "reviewed at the quarterly Service Quality meeting.",
                  "Patient Experience Lead", "June 2024"),
             ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The service must ensure that all staff complete mandatory resuscitation training "
             "and that compliance is monitored.",
             "2.1 Managing risk and promoting health and safety; 3.1 Safe and Clinically "
             "Effective care", [
                 ("Outstanding staff to be booked onto Basic Life Support training; compliance "
                  "to be reported monthly to the Head of Programme.",
                  "Superintendent Radiographer", "30/04/2024"),
             ]),
            ("The service should ensure that the resuscitation trolley and emergency equipment "
             "in the static centre are checked daily and that the checks are recorded.",
             "2.9 Medical devices, equipment and diagnostic systems", [
                 ("Daily check log introduced, with a weekly spot check of the log.",
                  "Superintendent Radiographer / Senior Assistant Practitioner", "Immediate"),
             ]),
            ("The service must ensure that image reporting discrepancies are reviewed and the "
             "learning shared with the film-reading team.",
             "3.1 Safe and Clinically Effective care", [
                 ("Quarterly discrepancy review meetings to be minuted and the learning "
                  "circulated to all film readers.",
                  "Director of Breast Screening", "Q1 2024/25"),
             ]),
        ]),
        ("Quality of management and leadership", [
            ("The service should ensure that all staff have an annual appraisal (PADR).",
             "7.1 Workforce", [
                 ("PADR schedule agreed for all staff, with completion monitored at the monthly "
                  "team meeting.",
                  "Programme Manager – North Wales", "31 July 2024"),
             ]),
            ("The service must review staffing levels in the radiography team so that the "
             "mobile screening round can be delivered without relying on overtime.",
             "7.1 Workforce", [
                 ("Workforce review to be completed and a business case submitted to the "
                  "Screening Division Senior Management Team.",
                  "Head of Programme – Breast Test Wales", "September 2024"),
                 ("Two additional radiographer posts to be advertised on a fixed-term basis "
                  "pending the outcome of the review.",
                  "Programme Manager – North Wales", "April 2024"),
             ]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(a) for _, _, a in imps) for _, imps in sections)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "B4C6E7")
    r = 1
    for sec, imps in sections:
        m = t.cell(r, 0).merge(t.cell(r, 4))
        set_text(m, sec, bold=True, size=10)
        shade(m, "DEEAF6")
        r += 1
        for imp, std, acts in imps:
            top = r
            for act, officer, when in acts:
                set_text(t.cell(r, 2), act)
                set_text(t.cell(r, 3), officer)
                set_text(t.cell(r, 4), when)
                r += 1
            set_text(t.cell(top, 0), imp)
            set_text(t.cell(top, 1), std)
            if r - 1 > top:
                for c in (0, 1):
                    a = t.cell(top, c)
                    b = t.cell(r - 1, c)
                    txt = a.text
                    merged = a.merge(b)
                    set_text(merged, txt)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the "
                      "service who has overall responsibility and accountability for ensuring "
                      "the improvement plan is actioned.")
    doc.add_paragraph("Service representative", style="Heading 3")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Dr Catrin Evans"),
                                ("Job role:", "Head of Programme, Breast Test Wales"),
                                ("Date:", "12 March 2024")]):
        set_text(s.cell(i, 0), k, bold=True, size=10)
        set_text(s.cell(i, 1), v, size=10)
    doc.save(out("ab1-phw-hiw-breast-test-wales-north-improvement-plan.docx"))


# --------------------------------------------------------------------------------------------
# 6. Dundee and Angus College - Evaluative Report and Enhancement Plan (docx)
# --------------------------------------------------------------------------------------------
def dundee_angus():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Dundee and Angus College – Evaluative Report and Enhancement Plan "
                    "2018-19: Enhancement Plan", level=1)
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Vice Principal (Curriculum and Attainment)"),
                                ("Version", "1.2 – progress update March 2019"),
                                ("Approved by", "Learning, Teaching and Quality Committee, "
                                                "27 November 2018"),
                                ("Review", "Termly, with progress reported to the Board of "
                                           "Management")]):
        set_text(dc.cell(i, 0), k, bold=True, size=9)
        shade(dc.cell(i, 0), "E7E6E6")
        set_text(dc.cell(i, 1), v, size=9)
    doc.add_paragraph()
    doc.add_paragraph(
        "This enhancement plan sets out the actions the college will take in session 2018-19 "
        "to address the areas for development identified through our evaluative report, "
        "grouped under the themes of How good is our college?. Progress is shown as at "
        "March 2019.")
    hdr = ["Ref", "Area for development", "Action", "Responsibility", "Timescale",
           "Progress (March 2019)", "RAG"]
    colours = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000",
               None: None}
    themes = [
        ("1. Leadership and quality culture", [
            ("Ensure course team self-evaluation is consistently evidence-based, using "
             "performance indicator data at unit and course level.", [
                 ("1.1", "Give all curriculum managers access to the Power BI performance "
                         "dashboard, with training in its use.",
                  "Head of Quality & Performance", "December 2018",
                  "Dashboard live from October; 34 of 38 curriculum managers trained.",
                  "green"),
                 ("1.2", "Revise the course team self-evaluation template so that each action "
                         "is linked to a specific PI.",
                  "Quality Manager", "January 2019",
                  "Template revised and issued for the mid-year review.", "blue"),
             ]),
            ("Increase student involvement in quality enhancement.", [
                 ("1.3", "Train class representatives with sparqs and the Students' "
                         "Association, so that at least 80% of classes are represented.",
                  "Head of Student Experience / Students' Association President",
                  "By end of October 2018",
                  "78% of classes have a trained rep; a second training round was held in "
                  "November.", "amber"),
             ]),
        ]),
        ("2. Delivery of learning and services to support learning", [
            ("Reduce early withdrawal on full-time FE programmes, particularly in Engineering "
             "and Construction.", [
                 ("2.1", "Introduce a structured six-week induction check-in with a Guidance "
                         "Tutor for all full-time FE students.",
                  "Guidance Manager", "30/11/2018",
                  "Check-ins completed for 91% of full-time FE students.", "blue"),
                 ("2.2", "Deliver targeted study skills support for students identified as at "
                         "risk through the early-warning report.",
                  "Head of Learning Support", "March 2019",
                  "Early-warning report in place; study skills sessions being timetabled.",
                  "green"),
             ]),
            ("Increase the proportion of observed lessons judged very good or excellent.", [
                 ("2.3", "Implement a peer learning walk programme across all faculties.",
                  "Teaching Enhancement Coordinator", "June 2019", "", None),
             ]),
        ]),
        ("3. Outcomes and impact", [
            ("Improve successful completion for learners from SIMD20 postcodes on part-time HE "
             "programmes.", [
                 ("3.1", "Analyse 2017-18 outcomes by SIMD quintile and agree faculty targets.",
                  "Head of Quality & Performance", "December 2018",
                  "Analysis complete; targets included in faculty operational plans.", "blue"),
                 ("3.2", "Extend the mentoring pilot for care-experienced students to all HE "
                         "programmes.",
                  "Student Services Manager", "Ongoing",
                  "Mentors recruited for the Kingsway and Arbroath campuses.", "green"),
             ]),
            ("Improve progression of senior phase school pupils on to college programmes.", [
                 ("3.3", "Agree shared tracking of school-college partnership pupils with "
                         "Dundee City, Angus and Perth & Kinross councils.",
                  "Vice Principal (Curriculum and Attainment)", "June 2019",
                  "Data sharing agreement with Angus Council signed; the other two councils "
                  "are in discussion.", "amber"),
             ]),
        ]),
    ]
    for theme, afds in themes:
        doc.add_heading(theme, level=2)
        n = 1 + sum(len(a) for _, a in afds)
        t = doc.add_table(rows=n, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_text(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "C9C9C9")
        r = 1
        for afd, acts in afds:
            top = r
            for ref, act, resp, when, prog, rag in acts:
                set_text(t.cell(r, 0), ref)
                set_text(t.cell(r, 2), act)
                set_text(t.cell(r, 3), resp)
                set_text(t.cell(r, 4), when)
                set_text(t.cell(r, 5), prog)
                set_text(t.cell(r, 6), "")
                if colours[rag]:
                    shade(t.cell(r, 6), colours[rag])
                r += 1
            set_text(t.cell(top, 1), afd)
            if r - 1 > top:
                merged = t.cell(top, 1).merge(t.cell(r - 1, 1))
                set_text(merged, afd)
    doc.add_paragraph()
    doc.add_paragraph("RAG:  Blue – complete;  Green – on track;  Amber – some slippage;  "
                      "Red – significant concern / not progressing.  No colour – not yet "
                      "started.")
    doc.save(out("ab1-dundee-angus-college-erep-enhancement-plan.docx"))


# --------------------------------------------------------------------------------------------
# 7. Ysgol Gynradd Cwm Nant - Estyn post-inspection action plan (tab-separated text)
# --------------------------------------------------------------------------------------------
def ysgol_piap():
    head = "Ref\tAction\tLead\tTimescale\tMonitoring / evidence\tRAG (March 2025)"
    lines = [
        "Ysgol Gynradd Cwm Nant – Post-Inspection Action Plan (PIAP)",
        "Estyn core inspection 4–6 June 2024: the school requires significant improvement",
        "Plan agreed by the governing body on 10 September 2024, with the support of the local "
        "authority. Progress is reviewed by the Standards and Improvement Group each half "
        "term.",
        "",
        "R1: Improve pupils' reading skills in Welsh and English, particularly higher-order "
        "reading skills in Years 3 to 6",
        head,
        "1.1\tIntroduce a structured guided reading programme in Welsh and English for Years 3 "
        "to 6, with daily sessions.\tHT / ALNCo\tAutumn term 2024\tLearning walks; NGRT reading "
        "data (September and March)\tG",
        "1.2\tTrain all teaching assistants to deliver the Dyfal Donc Welsh reading "
        "intervention.\tMrs S. Morgan\tBy October half term 2024\tTraining log\tB",
        "1.3\tReview the books in each class library so that texts match pupils' reading "
        "ages.\tLiteracy lead (EW)\tSpring term 2025\tAudit of class libraries\tA",
        "",
        "R2: Strengthen teaching so that teachers plan learning that challenges pupils of all "
        "abilities",
        head,
        "2.1\tAgree a whole-school teaching and learning policy that sets out expectations for "
        "challenge and feedback.\tHT\tSeptember 2024\tPolicy approved by governors\tB",
        "2.2\tProvide coaching for teachers on planning for challenge, with support from the "
        "local authority's improvement adviser.\tDHT / LA adviser\tTermly\tCoaching records; "
        "lesson observations\tG",
        "2.3\tCarry out a joint book scrutiny with the local authority each half term.\tDHT\t"
        "Summer term 2025\tBook scrutiny reports\tG",
        "",
        "R3: Improve the rigour of self-evaluation and improvement planning, including the "
        "role of the governing body",
        head,
        "3.1\tEstablish a Standards and Improvement Group of governors to monitor progress "
        "against this plan.\tChair of Governors\tOctober 2024\tGroup minutes\tB",
        "3.2\tGovernors to take part in learning walks and meet pupils to hear their views "
        "each term.\tChair of Governors / HT\tTermly\tGovernor visit reports\tA",
        "3.3\tRevise the school development plan so that priorities link closely to "
        "self-evaluation findings and have measurable success criteria.\tHT\t31/03/2025\t"
        "SDP 2025-26; LA review\tR",
        "",
        "R4: Address the site safeguarding issues identified during the inspection",
        head,
        "4.1\tRepair the perimeter fence and keep the side gate locked during the school day."
        "\tHT / LA Property Services\tImmediate\tSite check\tB",
        "4.2\tUpdate the single central record of staff checks and review it at each full "
        "governing body meeting.\tSBM\tJuly 2024\tSCR audit by the LA safeguarding officer\tB",
        "",
        "RAG key: B = complete; G = on track; A = some progress, needs attention; R = not "
        "started / significant concern",
        "Abbreviations: HT – Headteacher; DHT – Deputy Headteacher; ALNCo – Additional Learning "
        "Needs Co-ordinator; SBM – School Business Manager; LA – local authority",
    ]
    with open(out("ab1-ysgol-cwm-nant-estyn-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    nhs_highland()
    nwas()
    nihe()
    nips()
    phw_hiw()
    dundee_angus()
    ysgol_piap()
    print("ab1: 7 files written to", HERE)
