"""Build the seven jr1- blind test files (set heldout312).

Run with: /work/main/.venv/bin/python jr1_make.py
Writes the data files beside this script; the .expected.yaml files are written by hand.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "Blue": "4472C4",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "head": "1F4E79",
    "section": "D9E1F2",
    "grey": "E7E6E6",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def header_row(ws, row, headers):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def d(y, m, day):
    return dt.datetime(y, m, day)


# ======================================================================
# 1. Norfolk and Norwich University Hospitals NHSFT - CQC must/should do
#    xlsx: Cover (title, document control, RAG key), Summary, Action Plan
#    with core-service rows, vertically merged requirement cells,
#    original/revised dates, previous/current RAG.
# ======================================================================
def make_nnuh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Norfolk and Norwich University Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Core services inspected: Urgent and emergency care; "
                 "Medical care (including older people's care)")
    cov["A4"] = "Inspection: 10–12 October 2023        Report published: 21 February 2024"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    header_row(cov, 7, ["Version", "Date", "Author", "Changes"])
    rows = [
        ("1.0", d(2024, 3, 14), "Head of Compliance and Regulation",
         "Action plan agreed by Quality and Safety Committee"),
        ("1.3", d(2024, 10, 8), "Head of Compliance and Regulation",
         "Progress update for Quality and Safety Committee (October 2024)"),
        ("1.4", d(2025, 1, 9), "Head of Compliance and Regulation",
         "Progress update for Board of Directors (January 2025)"),
    ]
    for r, row in enumerate(rows, 8):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A12"] = "Executive lead for the plan: Chief Nurse"
    cov["A14"] = "RAG key"
    cov["A14"].font = Font(bold=True)
    key = [
        ("Blue", "Action complete and evidence assured by the CQC Compliance Group"),
        ("Green", "On track to complete by the (revised) completion date"),
        ("Amber", "Risk to delivery – mitigation in place"),
        ("Red", "Off track or past the revised completion date"),
    ]
    for r, (k, v) in enumerate(key, 15):
        a = cov.cell(row=r, column=1, value=k)
        a.fill = fill(FILL[k])
        a.font = Font(bold=True, color="FFFFFF" if k in ("Blue", "Red") else "000000")
        cov.cell(row=r, column=2, value=v)
    widths(cov, [16, 14, 36, 62])

    # ---- action data
    sections = [
        ("Urgent and Emergency Care (UEC)", [
            ("Must",
             "The trust must ensure that patients attending the emergency department receive "
             "an initial assessment within 15 minutes of arrival. (Regulation 12: Safe care and treatment)",
             [
                 ("UEC-M1.1",
                  "Introduce a rapid assessment and treatment (RAT) model at the front door, led by a "
                  "senior clinician between 10:00 and 22:00 seven days a week.",
                  "Clinical Director, Emergency Medicine", d(2024, 5, 31), d(2025, 2, 28),
                  "RAT model live since 2 September 2024 from 10:00 to 18:00; evening rota to be "
                  "filled from February 2025 once two consultant posts start.",
                  "Amber", "Green"),
                 ("UEC-M1.2",
                  "Audit time to initial assessment weekly and report the results to the ED Quality "
                  "and Safety Meeting.",
                  "ED Matron / Head of Nursing, Emergency Care", d(2024, 4, 30), None,
                  "Weekly audit in place since April 2024; results reported to every meeting.",
                  "Green", "Blue"),
             ]),
            ("Must",
             "The trust must ensure that staff in the emergency department complete mandatory "
             "training, including safeguarding adults and children level 3. (Regulation 18: Staffing)",
             [
                 ("UEC-M2.1",
                  "Agree a trajectory for each ED staff group to reach 90% compliance and review it "
                  "monthly at the Medicine Division Board.",
                  "Divisional Director of Operations, Medicine", d(2024, 7, 31), d(2025, 3, 31),
                  "Compliance 84% (nursing) and 78% (medical) in December 2024; protected training "
                  "days booked for January to March 2025.",
                  "Amber", "Amber"),
             ]),
            ("Should",
             "The trust should ensure that mental health risk assessments are fully completed and "
             "recorded for patients who present following self-harm.",
             [
                 ("UEC-S1.1",
                  "Build the ED mental health risk assessment into the electronic patient record as a "
                  "mandatory field and audit completion quarterly.",
                  "Consultant Nurse, Mental Health Liaison", d(2025, 1, 31), None,
                  "EPR change tested; go-live planned for 13 January 2025.",
                  "Green", "Green"),
             ]),
        ]),
        ("Medical Care (including older people's care)", [
            ("Must",
             "The trust must ensure that medicines, including those requiring refrigeration, are "
             "stored securely and at the correct temperature. (Regulation 12: Safe care and treatment)",
             [
                 ("MED-M1.1",
                  "Fit remote temperature monitoring to all medicine fridges on medical wards, with "
                  "alerts to the pharmacy team.",
                  "Chief Pharmacist", d(2024, 6, 30), d(2025, 1, 31),
                  "Installed on 22 of 27 wards; remaining five wards delayed by the supplier.",
                  "Red", "Amber"),
                 ("MED-M1.2",
                  "Ward managers to complete a monthly medicines security check and escalate any "
                  "exceptions to the Medicines Safety Group.",
                  "Ward Managers; Matrons", d(2024, 3, 31), None,
                  "Monthly checks embedded; 100% completion since July 2024.",
                  "Green", "Blue"),
             ]),
            ("Must",
             "The trust must ensure that patients' nutrition and hydration needs are assessed using the "
             "MUST tool within 24 hours of admission and reviewed weekly. (Regulation 14: Meeting "
             "nutritional and hydration needs)",
             [
                 ("MED-M2.1",
                  "Relaunch MUST screening training for registered nurses and healthcare support "
                  "workers on all medical wards.",
                  "Lead Nurse, Nutrition and Dietetics", d(2024, 8, 31), None,
                  "Training delivered to 91% of staff in scope.",
                  "Green", "Blue"),
                 ("MED-M2.2",
                  "Add nutrition and hydration standards to the monthly ward accreditation audit and "
                  "report the results to the Nursing and Midwifery Board.",
                  "Deputy Chief Nurse", d(2024, 11, 30), d(2025, 3, 31),
                  "Audit questions agreed; update to the digital audit tool delayed by the IT change "
                  "freeze.",
                  "Amber", "Red"),
             ]),
            ("Should",
             "The trust should ensure that discharge planning begins on admission and that patients "
             "and those close to them are involved in decisions.",
             [
                 ("MED-S1.1",
                  "Roll out the 'Home First' discharge checklist on all medical wards and monitor its "
                  "use at daily board rounds.",
                  "Head of Patient Flow", d(2024, 10, 31), None,
                  "Checklist live on all medical wards; used at 76% of board rounds in December.",
                  "Green", "Green"),
                 ("MED-S1.2",
                  "Survey patients and carers each quarter about their involvement in discharge "
                  "planning and share the results with ward teams.",
                  "Patient Experience Lead", "Quarterly", None,
                  "First survey completed in November 2024 (112 responses).",
                  "Green", "Green"),
             ]),
        ]),
    ]

    # ---- Summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 31 December 2024"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Core service", "Must do actions", "Should do actions",
                       "Blue", "Green", "Amber", "Red", "Total"])
    r = 4
    tot = [0] * 7
    for name, groups in sections:
        must = sum(len(g[2]) for g in groups if g[0] == "Must")
        should = sum(len(g[2]) for g in groups if g[0] == "Should")
        cur = [a[7] for g in groups for a in g[2]]
        vals = [must, should, cur.count("Blue"), cur.count("Green"), cur.count("Amber"),
                cur.count("Red"), len(cur)]
        sm.cell(row=r, column=1, value=name).border = BOX
        for i, v in enumerate(vals):
            sm.cell(row=r, column=2 + i, value=v).border = BOX
            tot[i] += v
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        c = sm.cell(row=r, column=2 + i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(sm, [44, 14, 14, 8, 8, 8, 8, 8])

    # ---- Action plan sheet
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do / Should Do Action Plan – position at 31 December 2024"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:J1")
    header_row(ws, 3, ["Ref", "Must / Should", "CQC requirement (regulation)", "Action",
                       "Action lead", "Original completion date", "Revised completion date",
                       "Progress update (December 2024)", "Previous RAG (Oct 24)",
                       "Current RAG (Dec 24)"])
    r = 4
    for name, groups in sections:
        c = ws.cell(row=r, column=1, value=name)
        c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill(FILL["section"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ms, req, acts in groups:
            first = r
            ws.cell(row=r, column=2, value=ms)
            ws.cell(row=r, column=3, value=req)
            for (ref, act, lead, orig, rev, prog, prev, cur) in acts:
                vals = [ref, None, None, act, lead, orig, rev, prog, prev, cur]
                for col, v in enumerate(vals, 1):
                    if v is None:
                        continue
                    cell = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for col in range(1, 11):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                for col, v in ((9, prev), (10, cur)):
                    ws.cell(row=r, column=col).fill = fill(FILL[v])
                    ws.cell(row=r, column=col).font = Font(
                        bold=True, color="FFFFFF" if v in ("Blue", "Red") else "000000")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    r += 1
    ws.cell(row=r, column=1,
            value="Note: actions rated Blue have been assured by the CQC Compliance Group and will be "
                  "removed from the next report to the Board of Directors.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths(ws, [11, 9, 40, 48, 26, 13, 13, 42, 11, 11])
    ws.freeze_panes = "A4"
    wb.active = 0
    wb.save(out("jr1-norfolk-and-norwich-university-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ======================================================================
# 2. MHRA - ARAC internal audit recommendations tracker
#    xlsx: committee title block, RAG key with fills, audit heading rows,
#    recommendation beside agreed action, RAG by fill colour only,
#    summary block, second sheet of definitions.
# ======================================================================
def make_mhra():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Medicines and Healthcare products Regulatory Agency"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Audit and Risk Assurance Committee – 29 April 2025 – Paper ARAC(25)14"
    ws["A3"] = "Internal Audit Recommendations Tracker – position at 31 March 2025"
    ws["A3"].font = Font(bold=True, size=13)
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    for col, (k, txt) in enumerate([("Green", "On track"), ("Amber", "At risk"),
                                    ("Red", "Overdue"),
                                    ("Blue", "Implemented – awaiting GIAA validation")], 2):
        c = ws.cell(row=5, column=col, value=txt)
        c.fill = fill(FILL[k])
        c.font = Font(color="FFFFFF" if k in ("Blue", "Red") else "000000")
    header_row(ws, 7, ["Audit / assurance rating", "Rec", "Priority", "Recommendation",
                       "Agreed management action", "Action owner", "Original target date",
                       "Revised target date", "RAG", "Management update (March 2025)"])
    audits = [
        ("GIAA 2023/24 – Cyber Security Incident Response (Limited assurance)", [
            ("R1", "High",
             "The Agency should update the Cyber Incident Response Plan to reflect the current "
             "technology estate and test it at least annually.",
             "Refresh the Cyber Incident Response Plan after the move to the new cloud tenancy and "
             "run a desktop exercise with the Executive Committee.",
             "Chief Digital and Technology Officer", "30/09/2024", "31/05/2025", "Amber",
             "Plan refreshed and approved in February 2025; desktop exercise booked for 14 May 2025."),
            ("R2", "Medium",
             "Roles and responsibilities for incident response should be set out in a RACI and "
             "communicated to on-call staff.",
             "Publish a RACI for cyber incident response and brief all on-call managers.",
             "Head of Cyber Security", "31/12/2024", None, "Blue",
             "RACI published on the intranet in December 2024 and briefings completed. Evidence "
             "sent to GIAA for validation."),
        ]),
        ("GIAA 2024/25 – Contract Management (Moderate assurance)", [
            ("R1", "High",
             "A named contract owner should be recorded for every contract above £100k, supported "
             "by a documented contract management plan.",
             "Assign a named contract owner to each contract over £100k and require a contract "
             "management plan to be held on the contracts register.",
             "Director of Finance and Procurement / Head of Commercial", "31/03/2025", None, "Red",
             "Owners assigned for 41 of 58 contracts; plans held for 19. Escalated to the "
             "Executive Committee."),
            ("R2", "Medium",
             "Supplier performance reviews should take place at the frequency set out in each "
             "contract and be minuted.",
             "Introduce a quarterly supplier performance review template and monitor completion "
             "through the Commercial Board.",
             "Head of Commercial", "Q1 2025/26", None, "Green",
             "Template drafted; first reviews scheduled for April 2025."),
        ]),
        ("GIAA 2024/25 – Fees and Income (Moderate assurance)", [
            ("R1", "Medium",
             "Fee invoices should be raised promptly once an application is validated, and aged "
             "debt should be reviewed monthly.",
             "Automate the raising of fee invoices on validation in the RegulatoryConnect portal and "
             "add an aged debt report to the monthly finance pack.",
             "Deputy Director, Finance Operations", "30 June 2025", None, "Green",
             "Automation built and in user acceptance testing."),
            ("R2", "Low",
             "The fees refund procedure should be reviewed and re-issued.",
             "Review and re-issue the fees refund procedure.",
             "Financial Controller", "31/07/2025", None, None,
             "Not yet started – scheduled after the 2024/25 annual report and accounts."),
        ]),
        ("GIAA 2024/25 – Pharmacovigilance Signal Management (Limited assurance)", [
            ("R1", "High",
             "The Agency should ensure that new signals are triaged within the timescales set out "
             "in the SOP and that delays are escalated.",
             "Introduce a weekly signal triage dashboard with automatic escalation to the Safety and "
             "Surveillance Leadership Team for any signal outstanding beyond 10 working days.",
             "Chief Safety Officer", "31/01/2025", "30/04/2025", "Green",
             "Dashboard live from 3 March 2025; escalation rule in testing."),
            ("R2", "Medium",
             "Training records for signal assessors should be complete and reviewed annually.",
             "Complete the training matrix for all signal assessors and add an annual review to the "
             "QMS calendar.",
             "Head of Signal Management; L&D Business Partner", "31/03/2025", None, "Blue",
             "Matrix complete; annual review scheduled each April."),
            ("R3", "High",
             "Management information on signal outcomes should be reported to the Executive "
             "Committee quarterly.",
             "Add signal outcome measures to the quarterly Safety Performance Report to the "
             "Executive Committee.",
             "Chief Safety Officer", "TBC – dependent on SafetyConnect release", None, "Amber",
             "Measures agreed; reporting depends on the SafetyConnect data release, date not yet "
             "confirmed."),
        ]),
    ]
    r = 8
    for head, recs in audits:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill(FILL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (ref, pri, rec, act, owner, orig, rev, rag, upd) in recs:
            vals = [None, ref, pri, rec, act, owner, orig, rev, None, upd]
            for col, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=col, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if rag:
                ws.cell(row=r, column=9).fill = fill(FILL[rag])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of open recommendations").font = Font(bold=True)
    r += 1
    for k, v in [("High", 4), ("Medium", 4), ("Low", 1), ("Total open", 9),
                 ("Of which overdue", 1)]:
        ws.cell(row=r, column=1, value=k).border = BOX
        ws.cell(row=r, column=2, value=v).border = BOX
        r += 1
    widths(ws, [26, 6, 9, 44, 46, 26, 14, 14, 7, 42])
    ws.freeze_panes = "A8"

    df = wb.create_sheet("Definitions")
    df["A1"] = "GIAA assurance opinions and recommendation priorities"
    df["A1"].font = Font(bold=True)
    header_row(df, 3, ["Term", "Definition"])
    defs = [
        ("Substantial", "The framework of governance, risk management and control is adequate and effective."),
        ("Moderate", "Some improvements are required to enhance the adequacy and effectiveness of the framework."),
        ("Limited", "There are significant weaknesses in the framework such that it could be or could become inadequate and ineffective."),
        ("Unsatisfactory", "There are fundamental weaknesses in the framework such that it is inadequate and ineffective or is likely to fail."),
        ("High priority", "Action is required urgently to address a significant control weakness."),
        ("Medium priority", "Action is required to address a control weakness within a reasonable timescale."),
        ("Low priority", "Action is advised to improve control or efficiency."),
    ]
    for i, (k, v) in enumerate(defs, 4):
        df.cell(row=i, column=1, value=k).border = BOX
        df.cell(row=i, column=2, value=v).border = BOX
        df.cell(row=i, column=2).alignment = WRAP
    widths(df, [18, 90])
    wb.save(out("jr1-medicines-and-healthcare-products-regulatory-agency-arac-internal-audit-recommendations-tracker.xlsx"))


# ======================================================================
# 3. University of Lincoln - Ofsted apprenticeships PIAP (REFUSE: Febuary)
#    xlsx: title rows, RAG letter key, theme column and AFI column merged
#    vertically, version control sheet.
# ======================================================================
def make_lincoln():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "University of Lincoln – Apprenticeships Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Ofsted inspection 19–22 November 2024 | Overall effectiveness: Requires improvement | "
                "Plan approved by the Apprenticeship Quality Board, 23 January 2025")
    ws["A3"] = "RAG: C = complete, G = on track, A = some slippage, R = off track"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Ofsted theme", "Ref", "Area for improvement (Ofsted report)", "Action",
                       "Responsible", "Target date", "Impact measure", "Progress update (April 2025)",
                       "RAG"])
    themes = [
        ("Quality of education", [
            ("Leaders should ensure that apprentices' off-the-job training builds on what they already "
             "know and can do, so that they make swift progress.", [
                ("1.1", "Strengthen the initial assessment of apprentices' prior knowledge and skills, "
                        "and use it to personalise each training plan.",
                 "Head of Apprenticeships", "31/03/2025",
                 "All new starts from February 2025 have a personalised training plan.",
                 "New initial assessment in use for all February starts.", "C"),
                ("1.2", "Train all apprenticeship tutors to use starting-point evidence when "
                        "sequencing off-the-job training.",
                 "Apprenticeship Quality Manager", "Febuary 2025",
                 "Observations show tutors adapting teaching to starting points.",
                 "Two workshops delivered; 34 of 38 tutors trained.", "G"),
            ]),
            ("Leaders should ensure that employers are fully involved in progress reviews and in "
             "planning on-the-job training.", [
                ("2.1", "Introduce tripartite progress reviews every 10 weeks with the employer, "
                        "apprentice and skills coach, recorded in Aptem.",
                 "Skills Coach Team Leader", "May 2025",
                 "95% of reviews completed on time with employer attendance.",
                 "Review schedule set up in Aptem; 81% on time in March.", "A"),
                ("2.2", "Publish an employer guide to on-the-job training for each apprenticeship "
                        "standard.",
                 "Employer Engagement Manager", "30/06/2025",
                 "Guides published for all 11 standards.",
                 "Guides drafted for 6 standards.", "G"),
            ]),
        ]),
        ("Leadership and management", [
            ("Governors should receive sufficiently detailed information on apprentices' progress "
             "and achievement to hold leaders to account.", [
                ("3.1", "Add an apprenticeship performance dashboard (progress, breaks in learning, "
                        "achievement) to each Apprenticeship Quality Board and Council report.",
                 "Director of Planning / Head of Apprenticeships", "July 2025",
                 "Council minutes show challenge on apprenticeship performance.",
                 "Dashboard prototype presented in March 2025.", "G"),
                ("3.2", "Hold a governor development session on apprenticeship funding rules and "
                        "Ofsted expectations.",
                 "University Secretary", "Termly",
                 "Governors able to challenge apprenticeship data.",
                 "First session held 12 March 2025.", "G"),
            ]),
        ]),
        ("Personal development", [
            ("Leaders should ensure that apprentices receive impartial careers advice about their "
             "next steps.", [
                ("4.1", "Include a careers guidance session in the apprenticeship induction and at "
                        "the gateway review.",
                 "Head of Careers and Employability", "Sept 2025",
                 "All apprentices record a careers conversation before gateway.",
                 "Session content agreed with the Careers Service.", "A"),
                ("4.2", "Add careers resources and next-step pathways to the apprenticeship area "
                        "of the VLE.",
                 "Digital Learning Lead", "31/07/2025",
                 "Resource page live and tracked.",
                 "Not yet started.", "R"),
            ]),
        ]),
    ]
    r = 6
    for theme, afis in themes:
        t_first = r
        ws.cell(row=r, column=1, value=theme)
        for afi, acts in afis:
            a_first = r
            ws.cell(row=r, column=3, value=afi)
            for (ref, act, resp, tgt, imp, prog, rag) in acts:
                for col, v in [(2, ref), (4, act), (5, resp), (6, tgt), (7, imp), (8, prog), (9, rag)]:
                    ws.cell(row=r, column=col, value=v)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).border = BOX
                    ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=9).fill = fill({"C": FILL["Blue"], "G": FILL["Green"],
                                                      "A": FILL["Amber"], "R": FILL["Red"]}[rag])
                if tgt == "Febuary 2025":
                    print("lincoln typo row:", r)
                r += 1
            ws.merge_cells(start_row=a_first, start_column=3, end_row=r - 1, end_column=3)
        ws.merge_cells(start_row=t_first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=t_first, column=1).font = Font(bold=True)
    widths(ws, [16, 6, 40, 46, 26, 14, 32, 34, 6])

    vc = wb.create_sheet("Version control")
    header_row(vc, 1, ["Version", "Date", "Owner", "Summary of changes"])
    for i, row in enumerate([
        ("0.1", "13/01/2025", "Apprenticeship Quality Manager", "First draft following inspection"),
        ("1.0", "23/01/2025", "Head of Apprenticeships", "Approved by Apprenticeship Quality Board"),
        ("1.1", "14/04/2025", "Apprenticeship Quality Manager", "April progress update"),
    ], 2):
        for c, v in enumerate(row, 1):
            vc.cell(row=i, column=c, value=v).border = BOX
    widths(vc, [9, 12, 32, 44])
    wb.save(out("jr1-university-of-lincoln-ofsted-apprenticeships-piap-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(document):
    sec = document.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ======================================================================
# 4. South London and Maudsley NHSFT - CQC mental health must/should do
#    docx: title, intro, document control table, RAG key table, one
#    section heading + table per core service, must/should do text merged
#    vertically over its actions, multi-paragraph action cell.
# ======================================================================
def make_slam():
    doc = docx.Document()
    landscape(doc)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "South London and Maudsley NHS Foundation Trust"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("CQC Inspection Action Plan: Mental Health Core Services 2024", level=0)
    doc.add_paragraph(
        "This plan responds to the CQC inspection of acute wards for adults of working age and "
        "psychiatric intensive care units, and of mental health crisis services and health-based "
        "places of safety (June 2024; reports published 18 September 2024). Progress is reviewed "
        "monthly by the CQC Improvement Group and reported to the Quality Committee.")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for row in [("1.0", "16/10/2024", "Head of Regulatory Compliance", "Executive Committee"),
                ("1.3", "10/01/2025", "Head of Regulatory Compliance", "Quality Committee")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, txt in [("Blue", "Complete – evidence of completion submitted to the Quality Compliance Team"),
                      ("Green", "On track"),
                      ("Amber", "Delayed – recovery plan agreed"),
                      ("Red", "Off track – escalated to the Quality Committee")]:
        cells = k.add_row().cells
        set_cell(cells[0], name, bold=True)
        shade(cells[0], FILL[name])
        set_cell(cells[1], txt)

    sections = [
        ("1. Acute wards for adults of working age and psychiatric intensive care units", [
            ("The trust must ensure that patients' risk assessments and care plans are updated after "
             "incidents and reflect their current needs. (Regulation 12)", [
                ("1.1", "Introduce a post-incident care plan review prompt in ePJS, triggered by any "
                        "Datix incident involving the patient.",
                 "Chief Clinical Information Officer / Head of Nursing, Acute Care", "October 2024",
                 "Prompt live on all acute and PICU wards since 21 October 2024.", "Blue"),
                ("1.2", "Ward managers to audit five care plans per ward each month against the "
                        "post-incident standard.\nResults to be reported to the Acute Care Quality "
                        "and Governance Group.",
                 "Ward Managers", "Ongoing – monthly audit",
                 "Audits started November 2024; 88% compliance in December.", "Green"),
            ]),
            ("The trust must ensure that there are enough suitably qualified and skilled staff on "
             "each shift, including at night on the PICU. (Regulation 18)", [
                ("1.3", "Complete the acute and PICU establishment review and fund the agreed "
                        "night-time nursing uplift.",
                 "Chief Nursing Officer", "Q4 2024/25",
                 "Review complete; funding decision deferred to the 2025/26 business planning round.",
                 "Amber"),
                ("1.4", "Run a targeted recruitment campaign for band 5 and band 6 nurses for the "
                        "PICU.",
                 "Service Director, Acute Care", "31/03/2025",
                 "Nine offers made; four nurses in post.", "Green"),
            ]),
            ("The trust should ensure that patients have regular access to activities on the ward, "
             "including at weekends.", [
                ("1.5", "Recruit weekend activity coordinators for each acute ward.",
                 "Head of Occupational Therapy", "End of January 2025",
                 "Posts not yet approved through vacancy control.", "Red"),
            ]),
        ]),
        ("2. Mental health crisis services and health-based places of safety", [
            ("The trust must ensure that people detained under section 136 are assessed without "
             "delay and are not held in the health-based place of safety for longer than 24 hours. "
             "(Regulation 12)", [
                ("2.1", "Agree an escalation protocol with the Metropolitan Police and approved mental "
                        "health professional (AMHP) services for any section 136 detention "
                        "approaching 12 hours.",
                 "Service Director, Crisis Pathway", "September 2024",
                 "Protocol signed off by all four boroughs and the Metropolitan Police.", "Blue"),
                ("2.2", "Report all section 136 detentions over 24 hours to the Mental Health Law "
                        "Committee with a review of the causes.",
                 "Mental Health Law Manager", "From November 2024 – ongoing",
                 "Reported at the November and January meetings.", "Green"),
            ]),
            ("The trust should ensure that the crisis line answers calls promptly and monitors "
             "abandoned calls.", [
                ("2.3", "Install call-management software on the crisis line to record answer times "
                        "and abandoned calls, and report them weekly.",
                 "Head of Crisis Line Services", "28/02/2025",
                 "Procurement complete; installation slipped to March 2025.", "Amber"),
            ]),
        ]),
        ("3. Trust-wide (well-led)", [
            ("The trust must ensure that governance processes identify and address risks found at "
             "core service level in a timely way. (Regulation 17)", [
                ("3.1", "Refresh the directorate risk registers and review all risks scored 15 or "
                        "above at the Executive Risk Management Group every month.",
                 "Director of Corporate Affairs", "December 2024",
                 "Registers refreshed; monthly review in place.", "Blue"),
            ]),
        ]),
    ]
    heads = ["No.", "Must Do / Should Do", "Action", "Lead", "Target date",
             "Progress and evidence", "RAG"]
    col_w = [Cm(1.2), Cm(5.5), Cm(6.5), Cm(3.6), Cm(2.6), Cm(5.0), Cm(1.6)]
    for title, groups in sections:
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "D9E1F2")
        for req, acts in groups:
            first_idx = len(tb.rows)
            for i, (no, act, lead, tgt, prog, rag) in enumerate(acts):
                cells = tb.add_row().cells
                set_cell(cells[0], no)
                if i == 0:
                    set_cell(cells[1], req)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], tgt)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, bold=True)
                shade(cells[6], FILL[rag])
            last_idx = len(tb.rows) - 1
            if last_idx > first_idx:
                tb.cell(first_idx, 1).merge(tb.cell(last_idx, 1))
        for row in tb.rows:
            for c, w in zip(row.cells, col_w):
                c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue are closed once the Quality Compliance Team has reviewed "
                      "the evidence. Next update: CQC Improvement Group, February 2025.")
    doc.save(out("jr1-south-london-and-maudsley-nhsft-cqc-mental-health-must-should-do-action-plan.docx"))


# ======================================================================
# 5. Ryde Academy - post-Ofsted action plan
#    docx: title, inspection paragraph, staff initials table, one
#    'Priority' heading per area with the Ofsted area for improvement as a
#    paragraph above a table; no refs; terms as timescales; RAG letters
#    with key at the end.
# ======================================================================
def make_ryde():
    doc = docx.Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Ryde Academy – Post-Ofsted Action Plan 2024–25")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "Inspection: 25–26 June 2024 (graded inspection). Overall effectiveness: Requires "
        "improvement. This plan was agreed with the AET Regional Director and the Academy Council in "
        "September 2024. RAG ratings show the position at the February 2025 progress review.")
    doc.add_paragraph().add_run("Leaders named in this plan").bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Initials", bold=True)
    set_cell(t.rows[0].cells[1], "Role", bold=True)
    for a, b in [("RH", "Principal"), ("JMc", "Vice Principal (Quality of Education)"),
                 ("KB", "Vice Principal (Behaviour and Attendance)")]:
        cells = t.add_row().cells
        set_cell(cells[0], a)
        set_cell(cells[1], b)

    priorities = [
        ("Priority 1: Curriculum and quality of education",
         "Leaders should ensure that teachers check pupils’ understanding systematically in lessons, "
         "so that misconceptions are identified and addressed quickly.", [
            ("Deliver whole-staff CPD on checking for understanding (mini-whiteboards, cold calling, "
             "hinge questions) at the September INSET, followed by fortnightly briefings.",
             "JMc", "Autumn term 2024",
             "All teachers use at least two checking-for-understanding strategies in every lesson.",
             "JMc – learning walks; Academy Council – December", "B"),
            ("Introduce fortnightly learning walks focused on checking for understanding, with "
             "feedback to each teacher within 48 hours.",
             "JMc / Heads of Faculty", "Spring term 2025",
             "Learning walk records show consistent practice in 90% of lessons.",
             "RH – monthly SLT review", "G"),
            ("Subject leaders to identify common misconceptions in each unit and build retrieval "
             "tasks into curriculum plans.",
             "Heads of Faculty", "Summer term 2025",
             "Curriculum plans for all subjects include misconception and retrieval sections.",
             "JMc – curriculum reviews", "A"),
        ]),
        ("Priority 2: Reading across the curriculum",
         "Leaders should ensure that pupils who are behind in their reading receive the support they "
         "need to catch up quickly.", [
            ("Screen all Year 7 and Year 8 pupils with a standardised reading test on entry and again "
             "in June.",
             "SENDCo / Reading Lead", "Oct 2024 – Jun 2025",
             "Every pupil has a reading age recorded; gains measured between tests.",
             "JMc – data review each test window", "G"),
            ("Deliver a phonics-based intervention (three sessions a week) for pupils with a reading "
             "age below 9.",
             "Reading Lead", "Ongoing (reviewed termly)",
             "Pupils in the intervention gain at least 12 months’ reading age in six months.",
             "SENDCo – termly impact report", "G"),
            ("Introduce weekly tutor-time reading for all Key Stage 3 forms using the academy "
             "reading canon.",
             "RH", "January 2025",
             "Reading takes place in every KS3 tutor group each week.",
             "KB – tutor-time drop-ins", "B"),
        ]),
        ("Priority 3: Attendance and behaviour",
         "Leaders should take further action to reduce persistent absence, particularly for "
         "disadvantaged pupils and pupils with SEND.", [
            ("Appoint an Attendance Officer and introduce first-day calling and home visits from the "
             "third day of absence.",
             "Vice Principal (Behaviour and Attendance)", "September 2024",
             "Attendance Officer in post; first-day calls made for every absence.",
             "RH – weekly attendance meeting", "B"),
            ("Hold fortnightly attendance panels for pupils below 90% attendance, with a named key "
             "adult for each disadvantaged pupil.",
             "Attendance Officer; Heads of Year", "Fortnightly",
             "Persistent absence of disadvantaged pupils falls below 25%.",
             "KB – panel minutes", "A"),
            ("Report the attendance of disadvantaged pupils and pupils with SEND to the Academy "
             "Council each half term.",
             "RH", "July 2025",
             "Academy Council minutes show challenge on attendance gaps.",
             "Chair of Academy Council", "G"),
        ]),
    ]
    heads = ["Action", "Lead", "Timescale", "Success criteria", "Monitoring (who / when)",
             "RAG Feb 25"]
    for head, afi, acts in priorities:
        doc.add_heading(head, level=2)
        doc.add_paragraph().add_run("Area for improvement").bold = True
        doc.add_paragraph(afi)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            set_cell(c, h, bold=True)
            shade(c, "FCE4D6")
        for (act, lead, when, succ, mon, rag) in acts:
            cells = tb.add_row().cells
            for c, v in zip(cells, [act, lead, when, succ, mon, rag]):
                set_cell(c, v)
            shade(cells[5], {"B": FILL["Blue"], "G": FILL["Green"], "A": FILL["Amber"],
                             "R": FILL["Red"]}[rag])
        doc.add_paragraph()
    doc.add_paragraph("RAG rating (February 2025): B = completed; G = on track; A = some concerns; "
                      "R = not on track.")
    doc.save(out("jr1-ryde-academy-post-ofsted-action-plan.docx"))


# ======================================================================
# 6. Riverbank Medical Centre - CQC inspection action plan (CSV export)
#    csv: title lines, padded blank cells, key question and finding only
#    on the first row of each group, one cell with an inner line break.
# ======================================================================
def make_riverbank():
    cols = 9
    rows = [
        ["Riverbank Medical Centre – CQC Inspection Action Plan"],
        ["Inspection date: 12 March 2024", "Report published: 30 April 2024",
         "Overall rating: Requires improvement", "Last updated: 2 September 2024"],
        [],
        ["Ref", "Key question", "Finding / regulation", "Action", "Responsible person",
         "Target date", "Date completed", "Status", "Comments"],
        ["1.1", "Safe",
         "Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure that "
         "patients prescribed high-risk medicines receive the required monitoring before repeat "
         "prescriptions are issued.",
         "Run a search of all patients prescribed methotrexate, lithium, warfarin and DOACs and recall "
         "anyone overdue monitoring.",
         "Dr A Khan (Prescribing Lead)", "31/05/2024", "24/05/2024", "Complete",
         "212 patients reviewed; 37 recalled."],
        ["1.2", "", "",
         "Set up a monthly high-risk drug monitoring search on EMIS and allocate the results to the "
         "clinical pharmacist.\nAdd a prescriber alert to the record of any patient overdue monitoring.",
         "Clinical Pharmacist / Practice Manager", "End of June 2024", "28/06/2024", "Complete",
         "Search runs on the first Monday of each month."],
        ["2.1", "",
         "Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure that "
         "medicines and patient safety alerts are acted on and a record kept.",
         "Keep a safety alert log showing the action taken, signed off by a GP partner for every "
         "MHRA alert.",
         "Practice Manager", "30/06/2024", "14/06/2024", "Complete",
         "Log reviewed at clinical meetings."],
        ["3.1", "Well-led",
         "Requirement notice – Regulation 17 Good governance: The provider must ensure that systems "
         "to assess, monitor and mitigate risks are operated effectively, including staff training "
         "and recruitment checks.",
         "Move all staff training records to the new training matrix and book any overdue "
         "safeguarding, fire and infection control training.",
         "Practice Manager", "31/07/2024", "30/07/2024", "Complete", ""],
        ["3.2", "", "",
         "Complete DBS checks and immunisation records for all clinical staff, including locums.",
         "HR Lead / Practice Manager", "w/c 15/07/24", "19/07/2024", "Complete", ""],
        ["3.3", "", "",
         "Hold quarterly governance meetings with minutes, covering significant events, complaints, "
         "safety alerts and audits.",
         "Dr S Patel & Dr L Owen", "Ongoing – quarterly", "", "On track",
         "Meetings held in May and August 2024."],
        ["4.1", "Effective",
         "The provider should continue to take action to improve the uptake of cervical screening.",
         "Offer cervical screening clinics on Saturday mornings and weekday evenings through the PCN "
         "extended access service.",
         "Nurse Lead", "30/09/2024", "", "On track", "Saturday clinics start 7 September."],
        ["4.2", "", "",
         "Text and telephone all eligible patients who have not responded to two invitations.",
         "Reception Manager", "31/10/2024", "", "Not started", ""],
        ["5.1", "Responsive",
         "The provider should review telephone access and act on the results of the GP patient "
         "survey.",
         "Install a cloud telephony system with call-back and queue position messages.",
         "Practice Manager", "November 2024", "", "Not started",
         "Supplier chosen through the PCN; contract being signed."],
        ["5.2", "", "",
         "Repeat the in-house patient access survey six months after the new telephone system goes "
         "live.",
         "Patient Participation Group / Practice Manager", "May 2025", "", "Not started", ""],
        [],
        ["Status key: Complete = action finished and evidence filed; On track = in progress within "
         "target date; Not started = not yet due to start"],
    ]
    with open(out("jr1-riverbank-medical-centre-cqc-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (cols - len(row)))


# ======================================================================
# 7. Basingstoke College of Technology - Ofsted PIAP (tab-separated text)
#    txt: title lines, key line, header, provision-type section lines,
#    AFI rows above their numbered actions, revised target column, notes.
# ======================================================================
def make_bcot():
    T = "\t"
    lines = [
        "Basingstoke College of Technology",
        "Post-Inspection Action Plan (PIAP) – Ofsted inspection 5–8 March 2024",
        "Progress update for the Corporation Quality and Standards Committee – 20 November 2024",
        "",
        "RAG: B = complete | G = on track | A = at risk | R = off track",
        "",
        T.join(["Ref", "Area for improvement / Action", "Lead", "Target date", "Revised target",
                "RAG", "Progress update"]),
        "Education programmes for young people",
        T.join(["AFI 1", "Leaders and managers should ensure that teachers use assessment to identify "
                "and close gaps in students' knowledge in English and mathematics.", "", "", "", "", ""]),
        T.join(["1.1", "Introduce diagnostic assessments in English and maths in the first three weeks "
                "of the autumn term, and use the results to set individual targets.",
                "Head of English and Maths", "30/09/2024", "", "B",
                "Diagnostics completed for 1,146 students by 27 September."]),
        T.join(["1.2", "Deliver CPD for all English and maths teachers on using assessment for "
                "learning to address misconceptions.",
                "Quality Improvement Manager", "Dec 2024", "", "G",
                "Two of three sessions delivered."]),
        T.join(["AFI 2", "Leaders should ensure that students on study programmes take part in "
                "meaningful work experience linked to their career aims.", "", "", "", "", ""]),
        T.join(["2.1", "Recruit two additional employer engagement coordinators to source external "
                "placements.",
                "Director of Employer Partnerships", "31/10/2024", "", "B",
                "Both coordinators started in October."]),
        T.join(["2.2", "Track work-experience hours for every student on ProMonitor and report them "
                "to curriculum reviews each half term.",
                "Heads of Curriculum", "Jul-25", "", "G",
                "Tracking live; first report at the December reviews."]),
        "Apprenticeships",
        T.join(["AFI 3", "Leaders should make sure that apprentices who are ready for their "
                "end-point assessment take it in a timely way.", "", "", "", "", ""]),
        T.join(["3.1", "Review all apprentices past their planned end date and agree an individual "
                "completion plan with each employer.",
                "Head of Apprenticeships", "31/05/2024", "31/08/2024", "B",
                "All 64 apprentices reviewed; completion plans agreed."]),
        T.join(["3.2", "Book end-point assessments at least three months before gateway for all "
                "apprentices.",
                "Apprenticeship Operations Manager", "Jan 2025", "", "A",
                "EPAO capacity for two standards is limited; escalated to the Vice Principal."]),
        "Leadership and management",
        T.join(["AFI 4", "Governors should receive clearer information about the progress of "
                "learners with high needs.", "", "", "", "", ""]),
        T.join(["4.1", "Add a high needs section to the termly Quality and Standards Committee report, "
                "covering progress against EHCP outcomes.",
                "Director of Inclusion / Clerk to the Corporation", "March 2025", "", "G",
                "Report template agreed with the Chair."]),
        T.join(["4.2", "Appoint a link governor for high needs and SEND.",
                "Chair of the Corporation", "November 2024", "", "B",
                "Link governor appointed at the 14 November Corporation meeting."]),
        "",
        "Notes:",
        "1. Actions rated B will be removed from the next update once evidence has been verified by "
        "the Quality team.",
        "2. Revised targets have been agreed by the Senior Leadership Team.",
    ]
    with open(out("jr1-basingstoke-college-of-technology-ofsted-post-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nnuh()
    make_mhra()
    make_lincoln()
    make_slam()
    make_ryde()
    make_riverbank()
    make_bcot()
    print("done")
