"""Build the seven zzp- blind test files (set heldout597).

Run with: /work/main/.venv/bin/python zzp_make.py
Writes only files whose names start with "zzp-" in this folder.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzp-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
NAVY, GREY, LIGHT = "1F3864", "D9D9D9", "DEEAF6"


def put(ws, row, values, bold=False, bg=None, color=None, border=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        if bold or color:
            c.font = Font(bold=bold, color=("FF" + color) if color else None)
        if bg:
            c.fill = fill(bg)
        if border:
            c.border = BORDER


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# ======================================================= 1. Royal Papworth
def papworth():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Royal Papworth Hospital NHS Foundation Trust"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "Internal Audit Recommendations Tracker"
    cover["A2"].font = Font(bold=True, size=16, color="FF" + NAVY)
    cover["A4"] = "Report to:"
    cover["B4"] = "Audit Committee"
    cover["A5"] = "Meeting date:"
    cover["B5"] = "11 September 2025"
    cover["A6"] = "Position at:"
    cover["B6"] = "31 August 2025"
    cover["A7"] = "Author:"
    cover["B7"] = "Head of Risk and Compliance"
    cover["A8"] = "Executive lead:"
    cover["B8"] = "Chief Finance Officer"
    cover["A10"] = "Purpose"
    cover["A10"].font = Font(bold=True)
    cover["A11"] = ("To provide the Committee with assurance on progress in implementing agreed "
                    "internal audit recommendations, and to approve the revised due dates shown.")
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 60

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of open recommendations by priority"
    summ["A1"].font = Font(bold=True, size=12)
    put(summ, 3, ["Priority", "Total", "Red", "Amber", "Green", "Blue"], bold=True, bg=GREY)
    put(summ, 4, ["High", 2, 1, 1, 0, 0])
    put(summ, 5, ["Medium", 3, 0, 1, 0, 2])
    put(summ, 6, ["Low", 2, 0, 0, 2, 0])
    put(summ, 7, ["Total", 7, 1, 2, 2, 2], bold=True)
    summ["A9"] = "Recommendations past their original due date: 3 (of which 1 past its revised date)"
    summ.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal Audit Recommendations Tracker – position at 31 August 2025"
    ws["A1"].font = Font(bold=True, size=13, color="FF" + NAVY)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Open recommendations and those implemented since the last Audit Committee (12 June 2025)"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:J2")
    hdr = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "No. of extensions",
           "Progress update (August 2025)", "RAG"]
    put(ws, 4, hdr, bold=True, bg=NAVY, color="FFFFFF")
    d = dt.datetime
    audits = [
        ("24/25-03 Data Security and Protection Toolkit – Moderate assurance", [
            ("24/25-03.1", "High",
             "The Trust should ensure that all staff with access to patient identifiable data complete "
             "annual data security awareness training, with compliance reported monthly to the "
             "Information Governance Steering Group.",
             "Targeted reminders to non-compliant staff through line managers, with compliance reported "
             "monthly to the IG Steering Group by staff group. EPR access to be suspended for staff more "
             "than 60 days overdue.",
             "Head of Information Governance", d(2025, 3, 31), d(2025, 9, 30), 1,
             "Compliance 93.4% (target 95%). Suspension process agreed by Executive Team in July.", AMBER),
            ("24/25-03.2", "Medium",
             "Information Asset Owners should complete the annual review of information asset registers "
             "and data flow maps.",
             "IAO refresher sessions to be delivered and all asset registers re-certified in the IG portal.",
             "Chief Digital Information Officer / Head of Information Governance", d(2025, 6, 30), None, 0,
             "All 38 registers re-certified by 27 June 2025. Evidence sent to internal audit.", BLUE),
        ]),
        ("24/25-07 Medicines Management: Controlled Drugs – Limited assurance", [
            ("24/25-07.1", "High",
             "Controlled drug registers on wards should be checked daily and discrepancies reported on "
             "Datix within 24 hours.",
             "Daily CD check added to the ward safety huddle checklist.\n"
             "Pharmacy to audit 10 wards per quarter and report results to the Medicines Safety Group.",
             "Chief Pharmacist", d(2025, 2, 28), d(2025, 7, 31), 2,
             "Huddle checklist in use on all wards. Q1 audit showed 3 wards below standard; "
             "re-audit booked for September.", RED),
            ("24/25-07.2", "Medium",
             "The standard operating procedure for the destruction of controlled drugs should be reviewed.",
             "CD destruction SOP to be reviewed, approved at the Medicines Safety Group and published on "
             "the intranet.",
             "Lead Pharmacist – Governance", d(2025, 4, 30), None, 0,
             "SOP approved 15 April 2025 and published.", BLUE),
        ]),
        ("24/25-11 Agency and Temporary Staffing – Moderate assurance", [
            ("24/25-11.1", "Medium",
             "Off-framework agency shifts should be authorised by an executive director before booking.",
             "Update the temporary staffing escalation policy so that off-framework bookings need Chief "
             "Nurse or Chief Operating Officer approval, and add an authorisation field to the "
             "e-rostering system.",
             "Director of Workforce and OD; Head of Temporary Staffing", d(2025, 5, 31), d(2025, 10, 31), 1,
             "Policy approved. System change delayed by supplier release; now scheduled for October.",
             AMBER),
            ("24/25-11.2", "Low",
             "Timesheets approved after the payroll cut-off should be monitored.",
             "Monthly report of timesheets approved after payroll cut-off to be sent to divisional managers.",
             "Temporary Staffing Manager", d(2025, 9, 30), None, 0,
             "First report issued for July; on track.", GREEN),
        ]),
        ("25/26-01 Key Financial Systems: Accounts Payable – Substantial assurance", [
            ("25/26-01.1", "Low",
             "Changes to supplier bank details should be verified by a call-back to a known contact "
             "before they are processed.",
             "Call-back verification step to be recorded on the supplier amendment form and checked by "
             "the AP team leader.",
             "Deputy Chief Finance Officer", d(2025, 12, 31), None, 0,
             "Form being redesigned.", GREEN),
        ]),
    ]
    r = 5
    for band, recs in audits:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = fill(LIGHT)
            ws.cell(row=r, column=col).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ref, pri, rec, act, owner, orig, rev, ext, upd, rag in recs:
            put(ws, r, [ref, pri, rec, act, owner, orig, rev, ext, upd, None])
            ws.cell(row=r, column=10).fill = fill(rag)
            for col in (6, 7):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: recommendations verified as implemented by internal audit are removed from the tracker "
        "after they have been reported to the Committee."))
    widths = [12, 9, 42, 48, 26, 13, 13, 10, 40, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    rows = [
        (RED, "Overdue – past the latest agreed due date"),
        (AMBER, "Original date missed or at risk – revised date agreed"),
        (GREEN, "Not yet due – on track for the original date"),
        (BLUE, "Implemented – awaiting internal audit verification"),
    ]
    for i, (c, txt) in enumerate(rows, start=2):
        key.cell(row=i, column=1).fill = fill(c)
        key.cell(row=i, column=2, value=txt)
    key["A8"] = "Priority"
    key["A8"].font = Font(bold=True)
    key["A9"] = "High"
    key["B9"] = "Fundamental weakness in control; action needed within 3 months"
    key["A10"] = "Medium"
    key["B10"] = "Significant weakness; action needed within 6 months"
    key["A11"] = "Low"
    key["B11"] = "Minor weakness or best practice; action within 12 months"
    key.column_dimensions["B"].width = 60
    wb.save(out("zzp-royal-papworth-hospital-nhsft-internal-audit-recommendations-tracker.xlsx"))


# ======================================================= 2. Fairfield Surgery (docx)
def fairfield():
    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Fairfield Surgery – CQC Inspection Action Plan")
    run.bold = True
    run.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    info = [
        ("Provider", "Fairfield Surgery Partnership"),
        ("CQC location ID", "1-543219876"),
        ("Assessment site visit", "14 and 15 May 2024"),
        ("Report published", "2 July 2024"),
        ("Overall rating", "Requires improvement"),
        ("Action plan owner", "Mrs J Ellis, Practice Manager"),
        ("Version / last updated", "v1.3 – 18 October 2024"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        cell_text(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "This plan sets out the actions we are taking in response to the requirement notices and the "
        "areas where CQC said we should improve. It is reviewed at the monthly partners' meeting and "
        "shared with the ICB primary care team.")

    def must_table(band, must, rows):
        tb = doc.add_table(rows=3, cols=6)
        tb.style = "Table Grid"
        a = tb.cell(0, 0).merge(tb.cell(0, 5))
        cell_text(a, band, bold=True, color="FFFFFF")
        shade(a, "1F3864")
        b = tb.cell(1, 0).merge(tb.cell(1, 5))
        cell_text(b, must)
        shade(b, "DEEAF6")
        for i, h in enumerate(["Ref", "What we will do", "Who", "When", "Progress", "RAG"]):
            cell_text(tb.cell(2, i), h, bold=True)
            shade(tb.cell(2, i), "D9D9D9")
        for rr in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(rr):
                cell_text(cells[i], v)
        doc.add_paragraph()

    must_table(
        "Requirement notice: Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment",
        "The provider must ensure care and treatment is provided in a safe way for service users.",
        [
            ("1.1", "Run monthly searches for patients on DMARDs, lithium and other high-risk medicines "
                    "and recall any patient without up-to-date blood monitoring before re-issuing.",
             "Dr A Khan (Clinical Lead) / Practice Pharmacist", "End of July 2024",
             "Searches set up in EMIS; 41 patients recalled, all now monitored.", "Complete"),
            ("1.2", "Review all patients identified by the CQC searches with a possible missed diagnosis "
                    "of chronic kidney disease stage 4 or 5, and code and manage them appropriately.",
             "Dr R Bhatt", "31/08/2024", "27 patients reviewed; 9 coded and added to CKD register.",
             "Complete"),
            ("1.3", "Keep a log of MHRA safety alerts, including valproate and SGLT2 inhibitors, with "
                    "each alert signed off by a GP and re-audited.",
             "RB / HT", "Ongoing – monthly audit", "Log in place since June; September audit 100%.", "G"),
        ])
    must_table(
        "Requirement notice: Regulation 17 HSCA (RA) Regulations 2014 Good governance",
        "The provider must establish effective systems and processes to ensure good governance in "
        "accordance with the fundamental standards of care.",
        [
            ("2.1", "Introduce a training matrix covering safeguarding, infection prevention and control "
                    "and basic life support for all staff, with gaps reviewed at the monthly partners' "
                    "meeting.",
             "Practice Manager", "Sept 2024",
             "Matrix in place; 3 staff still to complete BLS – booked for November.", "A"),
            ("2.2", "Complete and act on the legionella and fire risk assessments for the Brookside "
                    "branch surgery.",
             "Practice Manager; Landlord (NHS Property Services)", "Q3 2024/25",
             "Fire risk assessment done 9 October; legionella assessment booked.", "On track"),
        ])

    tb = doc.add_table(rows=2, cols=6)
    tb.style = "Table Grid"
    a = tb.cell(0, 0).merge(tb.cell(0, 5))
    cell_text(a, "Areas where the practice should improve", bold=True, color="FFFFFF")
    shade(a, "1F3864")
    for i, h in enumerate(["Ref", "CQC said we should", "What we will do", "Who", "When", "RAG"]):
        cell_text(tb.cell(1, i), h, bold=True)
        shade(tb.cell(1, i), "D9D9D9")
    should = [
        ("S1", "Continue to improve uptake of cervical screening.",
         "Opportunistic booking by reception, text reminders and Saturday clinics in October.",
         "Lead Practice Nurse", "March 2025", "G"),
        ("S2", "Take steps to improve patient satisfaction with telephone access.",
         "Move to cloud telephony with call-back and queue position, and review the GP Patient Survey "
         "results with the PPG.",
         "Practice Manager / PPG Chair", "Dec 2024", "A"),
        ("S3", "Ensure that all staff receive an annual appraisal.",
         "Set an appraisal schedule for all non-clinical staff for 2024/25.",
         "Deputy Practice Manager", "31/01/2025", "Not started"),
    ]
    for rr in should:
        cells = tb.add_row().cells
        for i, v in enumerate(rr):
            cell_text(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – done and evidenced; G – on track; A – some delay; R – off track.")
    doc.add_paragraph("Signed on behalf of the partners: Dr A Khan, Senior Partner")
    doc.save(out("zzp-fairfield-surgery-cqc-inspection-action-plan.docx"))


# ======================================================= 3. Merseyside Police (xlsx, refuse)
def merseyside():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Merseyside Police"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "National Child Protection Post-Inspection Review – Force Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Strategic lead: ACC Protective Services | Governance: Force Vulnerability Board | "
                "Version 4 – updated 06/03/2023")
    for a in ("A1:I1", "A2:I2", "A3:I3"):
        ws.merge_cells(a)
    hdr = ["Rec No.", "HMICFRS recommendation", "Action No.", "Action", "Action owner", "Target date",
           "Progress update", "Previous RAG", "Current RAG"]
    put(ws, 5, hdr, bold=True, bg="002060", color="FFFFFF")
    recs = [
        ("1", "Merseyside Police should review how it manages the detention of children in custody, so "
              "that children are only held overnight when it is necessary and the local authority is "
              "asked for alternative accommodation in every case.", [
            ("1.1", "Custody sergeants to record the request for local authority accommodation on every "
                    "overnight child detention, using a mandatory field in the custody record.",
             "Ch Supt Criminal Justice & Custody", "Dec-22", "Mandatory field live 28/11/2022.", "A", "G"),
            ("1.2", "Monthly dip sample of child detentions reviewed at the Custody Scrutiny Panel with the "
                    "five local authorities.",
             "Custody Inspector (Governance)", "Jan-23", "Panel met January and February.", "A", "G"),
            ("1.3", "Agree an escalation protocol with the local authorities for refused requests for "
                    "accommodation, with refusals reported to the safeguarding partnerships.",
             "Supt Public Protection / Head of Partnerships", "Mar-23",
             "Draft protocol with Liverpool and Sefton; other LAs to sign.", "A", "A"),
        ]),
        ("2", "The force should make sure that an appropriate adult attends as soon as practicable for "
              "every child detained, and that delays are recorded and reviewed.", [
            ("2.1", "Review the appropriate adult contract with the local authorities to extend "
                    "out-of-hours cover.",
             "Head of Criminal Justice", "Apr-23", "Joint review started; costs being modelled.", "R", "A"),
            ("2.2", "Add appropriate adult arrival times to the custody performance dashboard.",
             "Custody Performance Analyst", "Feb-23", "Dashboard updated.", "A", "G"),
        ]),
        ("3", "The force should improve how the voice of the child is recorded in domestic abuse "
              "incidents where children are present.", [
            ("3.1", "Update the PPN guidance and body-worn video briefing so that officers record what "
                    "children said and how they presented.",
             "DCI Public Protection", "May-23", "Guidance drafted.", "G", "G"),
            ("3.2", "Quarterly voice of the child audit of 50 domestic abuse PPNs, with findings reported "
                    "to the Force Vulnerability Board.",
             "Public Protection Audit Team", "0ct-23", "First audit planned for Q1 2023/24.", "G", "G"),
        ]),
        ("4", "The force should ensure that visits to registered sex offenders are completed on time and "
              "that neighbourhood teams are briefed on high-risk offenders in their area.", [
            ("4.1", "Weekly MOSOVO performance report on overdue visits to the Public Protection SLT, and "
                    "monthly briefing packs for neighbourhood inspectors.",
             "DI MOSOVO", "Jun-23", "Overdue visits reduced from 98 to 4.", "G", "G"),
        ]),
    ]
    r = 6
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for no, rec, acts in recs:
        start = r
        for an, act, owner, tgt, upd, prev, cur in acts:
            put(ws, r, [no if r == start else None, rec if r == start else None, an, act, owner, tgt,
                        upd, prev, cur])
            ws.cell(row=r, column=8).fill = fill(rag_fill[prev])
            ws.cell(row=r, column=9).fill = fill(rag_fill[cur])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    widths = [8, 48, 9, 50, 26, 11, 34, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG"
    key["B1"] = "Meaning"
    for i, (k, m) in enumerate([("R", "Not started or significantly off track"),
                                ("A", "In progress – some risk to target date"),
                                ("G", "On track"),
                                ("B", "Complete – evidence held")], start=2):
        key.cell(row=i, column=1, value=k).fill = fill(rag_fill[k])
        key.cell(row=i, column=2, value=m)
    wb.save(out("zzp-merseyside-police-ncpi-post-inspection-review-action-plan-typo-month-refuse.xlsx"))


# ======================================================= 4. DSFRA action log (txt, tab-separated)
def dsfra():
    lines = [
        "Devon & Somerset Fire & Rescue Authority",
        "Audit & Governance Committee – Action Log",
        "Position at 3 March 2025 (for the meeting on 14 March 2025)",
        "",
        "\t".join(["Minute", "Item", "Action", "Responsible officer", "Deadline", "RAG", "Update"]),
        "Meeting held 19 July 2024",
        "\t".join(["AGC/24/5", "Internal Audit Annual Report 2023-24",
                   "Circulate the Devon Audit Partnership follow-up of the fleet management audit to all "
                   "Committee members.",
                   "Head of Risk & Assurance", "31/08/2024", "Complete", "Circulated by email 12/08/2024."]),
        "\t".join(["AGC/24/7", "Statement of Accounts 2023-24 (unaudited)",
                   "Provide a written briefing on the movement in the pension liability following the "
                   "triennial valuation.",
                   "Director of Finance & Resources (Treasurer)", "Next meeting (November 2024)", "Complete",
                   "Briefing note issued with the November agenda."]),
        "Meeting held 22 November 2024",
        "\t".join(["AGC/24/12", "Internal Audit 2024-25 Progress Report",
                   "Arrange for the Devon Audit Partnership to present the payroll audit findings in full, "
                   "including the management response on overtime controls.",
                   "Director of Finance & Resources (Treasurer)", "Mar-25", "G",
                   "Scheduled for the 14 March 2025 meeting."]),
        "\t".join(["AGC/24/13", "Corporate Risk Register",
                   "Review the scoring of CR066 (availability of on-call crews) and report the revised "
                   "mitigations.",
                   "Head of Risk & Assurance / Director of Service Delivery", "Feb-25", "R",
                   "Deadline missed; revised mitigations go to Executive Board on 10/03/2025."]),
        "\t".join(["AGC/24/13", "Corporate Risk Register",
                   "Add a risk on the Emergency Services Network delay and its impact on the Airwave "
                   "replacement budget.",
                   "Director of Governance & Digital Services", "31/01/2025", "Complete", "Added as CR071."]),
        "\t".join(["AGC/24/14", "HMICFRS Inspection Progress",
                   "Bring a progress report on the areas for improvement from the 2024 inspection, setting "
                   "out evidence of impact rather than activity.",
                   "Assistant Chief Fire Officer", "June 2025", "G", "On the forward plan for June."]),
        "\t".join(["AGC/24/15", "Grenfell Tower Inquiry Phase 2 Report",
                   "Hold a Members' briefing on the Phase 2 recommendations that apply to the Service.",
                   "Clerk to the Authority", "Ongoing", "A",
                   "Date not yet agreed; may be combined with the Authority development day."]),
        "",
        "Summary: 7 actions – Complete 3, G 2, A 1, R 1",
        "RAG key: Complete = action discharged and can be removed; G = on track; A = at risk; R = overdue",
    ]
    with open(out("zzp-devon-somerset-fire-authority-audit-governance-committee-action-log.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ======================================================= 5. Paragon Skills QIP (docx)
def paragon():
    doc = Document()
    doc.add_paragraph("Paragon Skills Quality Improvement Plan 2025/26", style="Title")
    doc.add_paragraph("Apprenticeships and adult learning – arising from the 2024/25 Self-Assessment Report")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.0"), ("Owner", "Director of Quality"),
                 ("Approved by", "Quality and Standards Committee, 23 September 2025"),
                 ("Next review", "Mid-year review, February 2026")]:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
    doc.add_paragraph()

    hdr = ["Ref", "Area for improvement", "Action", "Impact measure", "Lead", "Target date", "RAG"]

    def theme(heading, afis):
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell_text(tb.cell(0, i), h, bold=True, color="FFFFFF")
            shade(tb.cell(0, i), "7030A0")
        for afi, acts in afis:
            first = len(tb.rows)
            for a in acts:
                cells = tb.add_row().cells
                vals = [a[0], "", a[1], a[2], a[3], a[4], a[5]]
                for i, v in enumerate(vals):
                    cell_text(cells[i], v)
            last = len(tb.rows) - 1
            m = tb.cell(first, 1)
            if last > first:
                m = m.merge(tb.cell(last, 1))
            cell_text(m, afi)
        doc.add_paragraph()

    theme("1. Quality of education", [
        ("Too many apprentices in adult care and early years make slow progress in developing their "
         "English and maths skills.", [
            ("QE1.1", "Functional skills tutors to complete initial and diagnostic assessment within the "
                      "first four weeks and set individual targets in the learning plan.",
             "95% of new starts have a diagnostic and targets within 4 weeks",
             "Head of Functional Skills", "31 October 2025", "Achieved"),
            ("QE1.2", "Monthly progress boards for functional skills, with learners who are off target "
                      "referred to the English and maths support team.",
             "Functional skills first-time pass rate rises from 61% to 75%",
             "Head of Functional Skills / Curriculum Managers", "Termly", "G"),
        ]),
        ("Coaches do not consistently plan off-the-job training with employers so that it builds on what "
         "apprentices already know.", [
            ("QE2.1", "Introduce three-way training plan reviews at 12-week intervals using the revised "
                      "review template.",
             "Quality walks show 90% of reviews involve the employer",
             "Head of Apprenticeship Delivery", "Dec 2025", "A"),
        ]),
    ])
    theme("2. Behaviour and attitudes", [
        ("Attendance at scheduled online workshops is below target (78% against 90%).", [
            ("BA1.1", "Automated reminders, and coach follow-up within 24 hours for any missed workshop.",
             "Workshop attendance at 90% or above",
             "Learner Services Manager", "Autumn term 2025", "G"),
        ]),
    ])
    theme("3. Personal development", [
        ("Apprentices' understanding of the risks of radicalisation and extremism in their local area is "
         "not secure.", [
            ("PD1.1", "Deliver regional Prevent workshops using local risk profiles, and add a local risk "
                      "question to every progress review.",
             "80% of sampled apprentices can describe local risks",
             "Designated Safeguarding Lead", "Summer term 2026", "Not started"),
        ]),
    ])
    theme("4. Leadership and management", [
        ("Governors do not receive sufficiently detailed information on apprentices who are past their "
         "planned end date.", [
            ("LM1.1", "Add a report on breaks in learning and apprentices past their planned end date to "
                      "the Quality and Standards Committee pack.",
             "Report received at every committee meeting",
             "Director of Quality", "Jan 2026", "R"),
            ("LM1.2", "Review withdrawals with employers each quarter and report themes and actions to "
                      "the Senior Leadership Team.",
             "Retention rises to 70%",
             "Director of Operations", "July 2026", "A"),
        ]),
    ])

    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for a, b in [("Achieved", "Action complete and impact evidenced"), ("G", "On track"),
                 ("A", "Some slippage – recovery in hand"), ("R", "Off track – escalated to SLT"),
                 ("Not started", "Action not yet due to start")]:
        row = k.add_row().cells
        cell_text(row[0], a, bold=True)
        cell_text(row[1], b)
    doc.add_paragraph("Progress against this plan is reported to each Quality and Standards Committee.")
    doc.save(out("zzp-paragon-skills-quality-improvement-plan-2025-26.docx"))


# ======================================================= 6. Vivid Homes TSM plan (csv)
def vivid():
    import csv
    rows = [
        ["Vivid Homes – Tenant Satisfaction Measures (TSM) Improvement Plan 2025/26"] + [""] * 9,
        ["Based on 2024/25 TSM perception survey results (low cost rental accommodation). Reported "
         "quarterly to the Customer Experience Committee."] + [""] * 9,
        [""] * 10,
        ["Theme", "TSM measure", "2024/25 result", "2025/26 target", "Ref", "Action", "Lead", "Due", "RAG",
         "Q2 update"],
        ["Keeping properties in good repair", "TP02 Satisfaction with repairs", "68.4%", "72%", "R1",
         "Introduce appointment slots for all responsive repairs, with a text reminder the day before and "
         "an 'on my way' message.",
         "Head of Repairs", "Dec 2025", "Green",
         "Pilot live in Basingstoke; roll out to all areas from November."],
        ["", "", "", "", "R2",
         "Right first time review of the top 20 repair types, with van stock changed to match.",
         "Repairs Operations Manager", "Q2 2025/26", "Complete", "Van stock revised in August."],
        ["", "TP03 Satisfaction with time taken to complete most recent repair", "61.0%", "66%", "R3",
         "Clear the backlog of non-urgent repairs over 28 days old\n- weekly backlog report to Executive\n"
         "- additional contractor capacity in Hampshire",
         "Director of Property Services", "31/10/2025", "Amber", "Backlog down from 2,140 to 1,310 jobs."],
        ["Maintaining building safety", "TP05 Satisfaction that the home is safe", "79.2%", "82%", "S1",
         "Publish building safety information for each block on the customer portal and at block "
         "entrances.",
         "Building Safety Manager", "Mar-26", "Green", ""],
        ["Effective handling of complaints",
         "TP09 Satisfaction with the landlord's approach to handling complaints", "29.5%", "35%", "C1",
         "Complaint handlers to call every customer within 2 working days of a Stage 1 complaint to agree "
         "the outcome they want.",
         "Head of Customer Experience & Complaints Manager", "Sep-25", "Complete",
         "Calls now made in 91% of cases."],
        ["", "", "", "", "C2",
         "Quarterly learning from complaints report to customers and the Customer Voice Panel.",
         "Customer Voice Panel / Head of Engagement", "Ongoing", "Green", ""],
        ["Respectful and helpful engagement",
         "TP06 Satisfaction that the landlord listens to tenant views and acts upon them", "52.7%", "58%",
         "E1",
         "'You said, we did' updates in the quarterly newsletter and on the website for every service "
         "change made from customer feedback.",
         "Head of Engagement", "Jan 2026", "Red",
         "Newsletter redesign delayed; first edition now planned for February."],
        ["Responsible neighbourhood management",
         "TP12 Satisfaction with the landlord's approach to handling anti-social behaviour", "55.1%", "60%",
         "N1",
         "Named ASB case officer for every case, with contact at least every 10 working days.",
         "Neighbourhood Services Manager", "Q3 2025/26", "Amber", ""],
        [""] * 10,
        ["Summary", "", "", "", "8 actions", "Complete: 2", "Green: 3", "Amber: 2", "Red: 1", ""],
    ]
    with open(out("zzp-vivid-homes-tenant-satisfaction-measures-improvement-plan.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ======================================================= 7. General Dental Council (xlsx)
def gdc():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "General Dental Council"
    ov["A1"].font = Font(bold=True, size=14, color="FF00567A")
    ov["A2"] = "Action plan: Professional Standards Authority Performance Review 2023/24"
    ov["A2"].font = Font(bold=True, size=12)
    ov["A4"] = ("The PSA published its review of our performance for 1 October 2023 to 30 September 2024 "
                "on 18 December 2024. We met 16 of the 18 Standards of Good Regulation. Standard 3 "
                "(equality, diversity and inclusion) and Standard 15 (fitness to practise timeliness) were "
                "not met. This plan sets out our response and is monitored by the Finance and Performance "
                "Committee.")
    ov["A4"].alignment = WRAP
    ov.merge_cells("A4:D8")
    put(ov, 10, ["Standard", "2022/23", "2023/24"], bold=True, bg=GREY)
    put(ov, 11, ["Standard 3", "Met", "Not met"])
    put(ov, 12, ["Standard 11", "Not met", "Met"])
    put(ov, 13, ["Standard 15", "Not met", "Not met"])
    ov.column_dimensions["A"].width = 30
    for c in "BCD":
        ov.column_dimensions[c].width = 22

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "PSA Performance Review 2023/24 – Action Plan (position at 30 June 2025)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    hdr = ["Ref", "PSA finding", "Action", "Executive lead", "Original target", "Revised target",
           "Previous RAG (Mar 25)", "Current RAG (Jun 25)", "Progress update"]
    put(ws, 3, hdr, bold=True, bg="00567A", color="FFFFFF")
    s3 = ("Standard 3: The regulator understands the diversity of its registrants and their patients and "
          "service users and of others who interact with the regulator and ensures that its processes do "
          "not impose inappropriate barriers or otherwise disadvantage people with protected "
          "characteristics")
    s15 = ("Standard 15: The regulator's process for examining and investigating cases is fair, "
           "proportionate, deals with cases as quickly as is consistent with a fair resolution of the case "
           "and ensures that appropriate evidence is available to support decision-makers to reach a fair "
           "decision that protects the public at each stage of the process")
    plan = [
        (s3, [
            ("Limited progress on, and public reporting of, the EDI strategy and its objectives", [
                ("3.1", "Publish an EDI annual report setting out progress against each objective of the "
                        "EDI Strategy 2023–2025, with data on registrants and complainants by protected "
                        "characteristic.",
                 "Head of EDI / Executive Director, Strategy", "Mar 2025", "Jul 2025", "A", "A",
                 "Data analysis complete; report to Council in July."),
                ("3.2", "Agree a new EDI strategy for 2026–2028 with measurable outcomes, following "
                        "engagement with registrants and patient groups.",
                 "Chief Executive and Registrar", "Dec 2025", None, "G", "G",
                 "Engagement events held in May and June."),
            ]),
            ("The Standards for the Dental Team place little emphasis on diversity, and education providers "
             "are not required to show how they take account of diverse student needs", [
                ("3.3", "Include EDI expectations in the review of the Standards for the Dental Team and "
                        "consult on draft wording.",
                 "Head of Policy and Research", "Q4 2025/26", None, "G", "G",
                 "Consultation draft in preparation."),
                ("3.4", "Amend the education quality assurance framework so that providers evidence how "
                        "they support students with protected characteristics.",
                 "Head of Education Quality Assurance", "Sep 2025", "Jan 2026", "G", "A",
                 "Revised date agreed to align with the 2026 inspection cycle."),
            ]),
            ("Gaps in EDI training for Council members, committee members and panellists", [
                ("3.5", "Deliver mandatory EDI training for Council, Statutory Committee members and "
                        "fitness to practise panellists, with completion reported to the Remuneration and "
                        "Nominations Committee.",
                 "Head of Governance", dt.datetime(2025, 3, 31), None, "A", "B",
                 "Training completed by 97% of members; remainder booked."),
            ]),
        ]),
        (s15, [
            ("The median time from receipt of a concern to a final fitness to practise hearing remains too "
             "long", [
                ("15.1", "Recruit and induct additional case examiners and caseworkers to clear the backlog "
                         "of cases more than 52 weeks old.",
                 "Executive Director, Fitness to Practise", "Jun 2025", None, "A", "G",
                 "Six caseworkers and two case examiners in post."),
                ("15.2", "Introduce an age-of-case dashboard reported monthly to the Executive Management "
                         "Team and quarterly to Council.",
                 "Head of Performance and Insight", "Apr 2025", None, "G", "B",
                 "Dashboard live from April 2025."),
                ("15.3", "Work with the Dental Professionals Hearings Service to increase hearing capacity "
                         "and reduce adjournments.",
                 "Executive Director, Fitness to Practise; Head of Hearings", "Mar 2026", None, None, "G",
                 "New action added in June 2025."),
            ]),
        ]),
    ]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    r = 4
    for band, findings in plan:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).alignment = WRAP
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.row_dimensions[r].height = 45
        r += 1
        for finding, acts in findings:
            start = r
            for ref, act, lead, orig, rev, prev, cur, upd in acts:
                put(ws, r, [ref, finding if r == start else None, act, lead, orig, rev, prev, cur, upd])
                if isinstance(orig, dt.datetime):
                    ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
                for col, v in ((7, prev), (8, cur)):
                    if v:
                        ws.cell(row=r, column=col).fill = fill(rag_fill[v])
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Current RAG summary").font = Font(bold=True)
    r += 1
    put(ws, r, ["B", "G", "A", "R"], bold=True)
    put(ws, r + 1, [2, 4, 2, 0])
    r += 3
    ws.cell(row=r, column=1, value=("Key: B = complete; G = on track; A = at risk of missing the target "
                                    "date; R = target date missed"))
    widths = [10, 40, 52, 30, 13, 13, 11, 11, 38]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("zzp-general-dental-council-psa-performance-review-action-plan.xlsx"))


if __name__ == "__main__":
    papworth()
    fairfield()
    merseyside()
    dsfra()
    paragon()
    vivid()
    gdc()
    print("built 7 files")
