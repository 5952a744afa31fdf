#!/usr/bin/env python3
"""Build the seven yq- blind test files (set heldout572).

Run with /work/main/.venv/bin/python yq_make.py  (writes beside this script).
Each case also gets NAME.expected.yaml, written from the same rows so that the
expected text is character-for-character the file's text; the lead lists, end
months and statuses in the rows are the reading a person makes of each cell.
"""
import csv
import datetime as dt
import os

import yaml
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


def write_expected(name, meta, actions):
    doc = {}
    doc["source"] = meta["source"]
    doc["reads"] = meta["reads"]
    doc["outcome"] = meta.get("outcome", "read")
    doc["accept_refusal"] = meta.get("accept_refusal", False)
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title"):
        doc["title"] = meta["title"]
    if doc["outcome"] == "read":
        acts = []
        for a in actions:
            d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if a.get("end_text"):
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def A(ref, under, action, lead_cell, lead, end_cell, end, status_cell, status,
      end_text=None, **extra):
    d = dict(ref=ref, under=under, action=action, lead_cell=lead_cell, lead=lead,
             end_cell=end_cell, end=end, status_cell=status_cell, status=status,
             end_text=end_text)
    d.update(extra)
    return d


# ---------------------------------------------------------------- fills
FILL = {
    "red": PatternFill("solid", fgColor="FFFF0000"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "green": PatternFill("solid", fgColor="FF00B050"),
    "blue": PatternFill("solid", fgColor="FF0070C0"),
    "grey": PatternFill("solid", fgColor="FFD9D9D9"),
    "head": PatternFill("solid", fgColor="FF1F4E78"),
    "band": PatternFill("solid", fgColor="FFDDEBF7"),
}
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
       "grey": "D9D9D9", "head": "1F4E78", "band": "DDEBF7"}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if white:
        from docx.shared import RGBColor
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# =====================================================================
# 1. Ayrshire Hospice - HIS inspection improvement action plan (.txt, TSV)
# =====================================================================
def make_ayrshire():
    name = "yq-ayrshire-hospice-his-inspection-improvement-action-plan.txt"
    d5 = "Domain 5 – Planning for quality"
    d7 = "Domain 7 – Quality control"
    d2 = "Domain 2 – Leadership and culture"
    r1 = ("Requirement 1: The provider must ensure that controlled drug records in the inpatient unit "
          "are completed in line with the hospice’s medicines management policy and current legislation.")
    r2 = ("Requirement 2: The provider must ensure that all staff complete mandatory training, including "
          "moving and handling and adult support and protection, and that compliance is monitored.")
    ra = ("Recommendation a: The service should develop a programme of regular audits of patient care "
          "records, including care planning and risk assessments.")
    rb = ("Recommendation b: The service should ensure that feedback from patients and families is used "
          "to inform service improvement and that people are told what has changed as a result.")
    rows = [
        ("H", d5),
        A("1.1", [d5, r1],
          "Introduce a second-signature check of the controlled drug register at every shift handover, recorded on the daily safety huddle sheet.",
          "Senior Charge Nurse – Inpatient Unit", ["Senior Charge Nurse – Inpatient Unit"],
          "31 August 2025", "2025-08", "Complete", "blue",
          req=r1, progress="Checks in place since 4 August 2025; September audit showed 100% compliance."),
        A("1.2", [d5, r1],
          "Pharmacist-led audit of controlled drug records to be carried out each quarter and reported to the Clinical Governance Group.",
          "Lead Pharmacist (NHS Ayrshire & Arran SLA)", ["Lead Pharmacist (NHS Ayrshire & Arran SLA)"],
          "Dec-25", "2025-12", "Green", "green",
          req="", progress="First quarterly audit completed November 2025; two minor recording errors fed back to staff."),
        A("2.1", [d5, r2],
          "Produce a monthly training compliance dashboard for each department and share it with heads of department.",
          "Learning and Education Manager", ["Learning and Education Manager"],
          "30/09/2025", "2025-09", "Complete", "blue",
          req=r2, progress="Dashboard live from September 2025."),
        A("2.2", [d5, r2],
          "Book additional face-to-face moving and handling sessions for bank and night staff.",
          "Learning and Education Manager / Moving and Handling Coordinator",
          ["Learning and Education Manager", "Moving and Handling Coordinator"],
          "End of November 2025", "2025-11", "Amber", "amber",
          req="", progress="Three of four sessions delivered; final session moved to January 2026 because of trainer sickness."),
        ("H", d7),
        A("3.1", [d7, ra],
          "Agree an annual clinical audit programme covering care records, falls risk assessments and pressure area care.",
          "Director of Clinical Services; Quality and Governance Lead",
          ["Director of Clinical Services", "Quality and Governance Lead"],
          "Oct-25", "2025-10", "Complete", "blue",
          req=ra, progress="Programme approved at Clinical Governance Group on 14 October 2025."),
        A("3.2", [d7, ra],
          "Carry out the first care records audit in the Inpatient Unit and Hospice at Home team and present the results with an improvement plan.",
          "Quality and Governance Lead", ["Quality and Governance Lead"],
          "Jan-26", "2026-01", "Green", "green",
          req="", progress="Fieldwork under way; report to February 2026 Clinical Governance Group."),
        ("H", d2),
        A("4.1", [d2, rb],
          "Display “You said, we did” boards in the Inpatient Unit and Day Services, updated every quarter.",
          "Patient and Family Experience Lead", ["Patient and Family Experience Lead"],
          "Ongoing", None, "Green", "green", end_text="Ongoing",
          req=rb, progress="First boards in place December 2025."),
        A("4.2", [d2, rb],
          "Add a patient and family feedback item to every agenda of the Board of Trustees Clinical Governance Committee.",
          "Chief Executive", ["Chief Executive"],
          "31 March 2026", "2026-03", "Not started", "unrated",
          req="", progress="Scheduled for the March 2026 committee."),
    ]
    lines = [
        "Ayrshire Hospice",
        "Improvement Action Plan – Healthcare Improvement Scotland unannounced inspection, 9 and 10 July 2025",
        "Service: Ayrshire Hospice, Racecourse Road, Ayr\tProvider: Ayrshire Hospice\tReport published: 19 September 2025",
        "Plan owner: Director of Clinical Services\tVersion 1.3 – progress updated 12 January 2026",
        "",
        "No.\tRequirement or recommendation\tAction planned\tTimescale to meet action\tResponsibility for taking action\tProgress update (January 2026)\tStatus",
    ]
    acts = []
    for r in rows:
        if isinstance(r, tuple):
            lines.append(r[1])
            continue
        acts.append(r)
        lines.append("\t".join([r["ref"], r["req"], r["action"], r["end_cell"], r["lead_cell"],
                                r["progress"], r["status_cell"]]))
    lines += [
        "",
        "Status key: Complete = action completed and evidence held; Green = on track; Amber = some slippage but expected to complete; Red = timescale will not be met; Not started = not yet due to start.",
        "Note: this plan is reviewed monthly by the Senior Management Team and reported to each Clinical Governance Committee. Evidence for completed actions is held on the Quality shared drive.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    meta = dict(
        source=("Imitates the improvement action plan an independent hospice in Scotland returns to "
                "Healthcare Improvement Scotland after an independent healthcare inspection (Ayrshire Hospice, "
                "2025, invented content). Copies the HIS layout of requirements and recommendations grouped by "
                "quality framework domain with 'Action planned', 'Timescale to meet action' and 'Responsibility "
                "for taking action' columns, exported from a spreadsheet as tab-separated text: title lines, a "
                "domain line on its own, the requirement text only on the first action row of each requirement "
                "(merged cell export), a progress column, a status key and a notes line."),
        reads=("A tab-separated HIS improvement action plan for Ayrshire Hospice with three domain lines; under "
               "each, two requirements or recommendations, each answered by two numbered actions. Continuation "
               "rows leave the requirement cell empty, so they sit under the requirement above. Status is a word "
               "(Complete, Green, Amber, Not started) explained by a key at the foot."),
        title="Ayrshire Hospice",
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 2. Bertha Park High School - Education Scotland post-inspection plan (.docx)
# =====================================================================
def make_bertha():
    name = "yq-bertha-park-high-school-education-scotland-post-inspection-action-plan.docx"
    title = "Bertha Park High School – Post-Inspection Action Plan"
    afi1 = ("1. Senior leaders and staff should continue to develop approaches to tracking and monitoring "
            "in the broad general education to ensure that all young people make the best possible progress.")
    afi2 = ("2. Teachers should ensure that learning is consistently well matched to the needs of all young "
            "people, including those who require additional support with their learning.")
    afi3 = ("3. Senior leaders should continue to work with partners to improve attendance, particularly for "
            "young people affected by poverty.")
    groups = [
        (afi1, [
            A(None, [afi1], "Introduce a whole-school BGE tracking tool in SEEMiS Progress and Achievement, with data reviewed by each faculty every term.",
              "DHT (Curriculum)", ["DHT (Curriculum)"], "October 2025", "2025-10", "B", "blue",
              measure="All faculties entering S1–S3 data by the October deadline.",
              progress="Tool in use by all faculties."),
            A(None, [afi1], "Hold tracking meetings between principal teachers and pupil support staff to agree interventions for young people who are not on track.",
              "Principal Teachers (Curriculum) and PT Pupil Support", ["Principal Teachers (Curriculum)", "PT Pupil Support"],
              "Termly", None, "G", "green", end_text="Termly",
              measure="Intervention lists agreed for every year group; fewer young people off track at the next data point.",
              progress="First round held in November 2025."),
            A(None, [afi1], "Share BGE progress with parents and carers through a revised report format and a pathways information evening.",
              "DHT (Curriculum)", ["DHT (Curriculum)"], "March 2026", "2026-03", "G", "green",
              measure="Revised reports issued; parent feedback positive.",
              progress="Report template agreed with the Parent Council."),
        ]),
        (afi2, [
            A(None, [afi2], "Deliver a programme of professional learning on differentiation and adaptive teaching, linked to the school’s learning and teaching framework.",
              "DHT (Learning and Teaching)", ["DHT (Learning and Teaching)"],
              "August 2025 – February 2026", "2026-02", "G", "green", end_text="August 2025 – February 2026",
              measure="All teaching staff complete three twilight sessions; learning visits show improved pace and challenge.",
              progress="Two of three sessions delivered."),
            A(None, [afi2], "Carry out learning visits and pupil focus groups to evaluate how well learning is matched to need.",
              "Headteacher; Depute Headteachers", ["Headteacher", "Depute Headteachers"],
              "January 2026", "2026-01", "A", "amber",
              measure="Learning visits completed in every faculty; findings shared with staff.",
              progress="Visits delayed by staff absence; four faculties still to visit."),
            A(None, [afi2], "Update Additional Support Needs profiles and share key strategies with all class teachers on the pupil support platform.",
              "PT Additional Support Needs", ["PT Additional Support Needs"], "October 2025", "2025-10", "B", "blue",
              measure="Profiles current for all young people with additional support needs.",
              progress="Profiles updated and shared."),
        ]),
        (afi3, [
            A(None, [afi3], "Introduce an attendance tracker for young people whose attendance is below 90%, reviewed weekly by the pupil support team.",
              "DHT (Pupil Support)", ["DHT (Pupil Support)"], "September 2025", "2025-09", "B", "blue",
              measure="Tracker in use; weekly review minutes held.",
              progress="In place from August 2025."),
            A(None, [afi3], "Work with Perth & Kinross Council Family Support and local partners to provide targeted support for families facing financial hardship.",
              "DHT (Pupil Support) / Home-School Link Worker", ["DHT (Pupil Support)", "Home-School Link Worker"],
              "June 2026", "2026-06", "A", "amber",
              measure="Attendance of young people in SIMD quintiles 1 and 2 improves by 2 percentage points.",
              progress="Partnership meetings started; attendance not yet improving."),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    d.add_heading(title, level=1)
    d.add_paragraph("Perth & Kinross Council – Education and Learning")
    ctl = d.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Headteacher", "Mrs K. Buchanan"),
                 ("Quality Improvement Officer", "Mr D. Fraser"),
                 ("Inspection", "Education Scotland full model inspection, May 2025"),
                 ("Report published", "2 September 2025"),
                 ("Plan agreed with Parent Council", "30 September 2025"),
                 ("Progress last reviewed", "15 December 2025")]:
        c = ctl.add_row().cells
        bold_cell(c[0], k)
        c[1].text = v
    d.add_paragraph("")
    d.add_paragraph(
        "HM Inspectors identified the following areas for improvement, which were discussed and agreed "
        "with the headteacher and a representative from Perth & Kinross Council. This plan sets out the "
        "actions the school is taking. Progress is reported to the Parent Council each term.")
    hdr = ["Area for improvement", "Action", "Lead(s)", "Timescale", "Measures of success", "Progress", "RAG"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t.rows[0].cells[i], h, white=True)
        shade(t.rows[0].cells[i], HEX["head"])
    acts = []
    for afi, items in groups:
        first = len(t.rows)
        for a in items:
            c = t.add_row().cells
            c[1].text = a["action"]
            c[2].text = a["lead_cell"]
            c[3].text = a["end_cell"]
            c[4].text = a["measure"]
            c[5].text = a["progress"]
            c[6].text = a["status_cell"]
            shade(c[6], HEX[a["status"]])
            acts.append(a)
        last = len(t.rows) - 1
        m = t.cell(first, 0).merge(t.cell(last, 0))
        m.text = afi
    d.add_paragraph("")
    d.add_paragraph("RAG: B – complete; G – on track; A – some slippage; R – not on track.")
    d.add_paragraph("Next review: March 2026 (Senior Leadership Team and Quality Improvement Officer).")
    d.save(out(name))
    meta = dict(
        source=("Imitates a Scottish secondary school's post-inspection action plan after an Education Scotland "
                "inspection (Bertha Park High School, Perth & Kinross, 2025, invented content). Copies the "
                "usual school layout: heading, a details table (headteacher, QIO, inspection and publication "
                "dates), an introductory paragraph, then one landscape table whose first column holds the "
                "numbered HMIE area for improvement, merged down over its actions, with leads given as "
                "promoted posts, timescales, measures of success, progress and a shaded RAG letter; key below."),
        reads=("One table of eight actions under three numbered areas for improvement from the HMIE report; "
               "the area text is a vertically merged cell beside its actions. Actions carry no refs; leads are "
               "posts (some two to a cell); RAG is a letter in a shaded cell with a B/G/A/R key under the table."),
        title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 3. PBNI - internal audit recommendations tracker (.csv)
# =====================================================================
def make_pbni():
    name = "yq-probation-board-ni-internal-audit-recommendations-tracker.csv"
    title = "Probation Board for Northern Ireland – Internal Audit Recommendations Tracker – position at 31 December 2025"
    rows = []

    def R(audit, assurance, ref, prio, rec, action, owner_cell, owner, orig, rev, end, status_word, rag, status, update):
        rows.append(dict(audit=audit, assurance=assurance, ref=ref, prio=prio, rec=rec, action=action,
                         lead_cell=owner_cell, lead=owner, orig=orig, rev=rev, end=end,
                         status_word=status_word, rag=rag, status=status, update=update,
                         under=[audit, rec], end_text=None))
    ig = "Information Governance (2024-25)"
    R(ig, "Limited", "IG/01", "1",
      "Information Asset Registers should be reviewed and updated by each Information Asset Owner at least annually.",
      "Information Asset Owners to review and sign off their Information Asset Registers; the Information Governance team to issue reminders each March.",
      "Head of Information Services", ["Head of Information Services"], "31/03/2025", "30/09/2025", "2025-09",
      "Implemented", "B", "blue", "All 14 registers signed off by 26 September 2025.")
    R(ig, "Limited", "IG/02", "2",
      "Completion of mandatory data protection training should be monitored and reported to the Senior Management Team quarterly.",
      "Add a quarterly training compliance report to the SMT performance pack.",
      "Head of Information Services / Head of HR", ["Head of Information Services", "Head of HR"],
      "30/06/2025", "", "2025-06", "Implemented", "B", "blue", "Included in SMT pack from Q1 2025-26.")
    R(ig, "Limited", "IG/03", "2",
      "Retention and disposal schedules should be applied to records held on the case management system.",
      "Agree retention rules with the Department of Justice and configure automated disposal in the case management system.",
      "Director of Operations", ["Director of Operations"], "31/12/2025", "30/06/2026", "2026-06",
      "Partially Implemented", "A", "amber", "Rules agreed with DoJ; system change request raised with supplier.")
    pe = "Payroll and Expenses (2024-25)"
    R(pe, "Satisfactory", "PE/01", "2",
      "Expense claims should be approved within the timescale set out in the Travel and Subsistence Policy.",
      "Issue a reminder to line managers and introduce a monthly exception report of claims outstanding for more than 30 days.",
      "Director of Finance & Corporate Services", ["Director of Finance & Corporate Services"],
      "31/05/2025", "", "2025-05", "Implemented", "B", "blue", "Exception report issued monthly since May 2025.")
    R(pe, "Satisfactory", "PE/02", "3",
      "Payroll exception reports should be evidenced as reviewed.",
      "Payroll Manager to sign and date exception reports each month, with quarterly spot checks by the Finance Manager.",
      "Payroll Manager", ["Payroll Manager"], "30/04/2025", "", "2025-04", "Implemented", "B", "blue",
      "Evidence seen by Internal Audit at follow-up.")
    cs = "Community Service Placements (2025-26)"
    R(cs, "Limited", "CS/01", "1",
      "Health and safety risk assessments should be completed and recorded for all community service placement sites before they are used.",
      "Complete risk assessments for all 42 active placement sites and hold them centrally on SharePoint.",
      "Area Manager, Community Service", ["Area Manager, Community Service"], "31/10/2025", "31/01/2026", "2026-01",
      "Partially Implemented", "A", "amber", "31 of 42 sites assessed; remaining sites scheduled for January.")
    R(cs, "Limited", "CS/02", "2",
      "Training records for community service placement supervisors should be maintained and reviewed.",
      "Create a training log for all community service supervisors and review it at quarterly team meetings.",
      "Area Manager, Community Service", ["Area Manager, Community Service"], "31/12/2025", "", "2025-12",
      "Not Implemented", "R", "red", "Log drafted but not yet populated because of vacancies in the team.")
    cy = "Cyber Security (2025-26)"
    R(cy, "Satisfactory", "CY/01", "2",
      "Multi-factor authentication should be enforced for all remote access accounts, including contractors.",
      "Enforce MFA through a conditional access policy for all accounts, including third-party support accounts.",
      "Head of IT", ["Head of IT"], "30/11/2025", "", "2025-11", "Implemented", "B", "blue",
      "Policy enforced 17 November 2025.")
    R(cy, "Satisfactory", "CY/02", "3",
      "The IT disaster recovery plan should be tested at least annually.",
      "Carry out a desktop test of the IT disaster recovery plan with the Business Continuity Group.",
      "Head of IT", ["Head of IT"], "31/03/2026", "", "2026-03", "Not yet due", "G", "green",
      "Test booked for 10 March 2026.")
    hdr = ["Audit", "Assurance", "Rec Ref", "Priority", "Recommendation", "Agreed Action", "Action Owner",
           "Original Target Date", "Revised Target Date", "Status", "RAG", "Latest Update"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([title] + [""] * (len(hdr) - 1))
        w.writerow([""] * len(hdr))
        w.writerow(hdr)
        for r in rows:
            w.writerow([r["audit"], r["assurance"], r["ref"], r["prio"], r["rec"], r["action"], r["lead_cell"],
                        r["orig"], r["rev"], r["status_word"], r["rag"], r["update"]])
        w.writerow([""] * len(hdr))
        w.writerow(["Summary: 9 recommendations tracked – 5 implemented, 2 partially implemented, 1 not implemented, 1 not yet due."] + [""] * (len(hdr) - 1))
        w.writerow(["RAG: B = implemented; G = not yet due / on track; A = partially implemented; R = not implemented by target date."] + [""] * (len(hdr) - 1))
    acts = [A(r["ref"], r["under"], r["action"], r["lead_cell"], r["lead"], None, r["end"], r["rag"], r["status"])
            for r in rows]
    meta = dict(
        source=("Imitates the internal audit recommendations tracker a Northern Ireland non-departmental public "
                "body presents to its Audit and Risk Assurance Committee (Probation Board for Northern Ireland, "
                "2025-26, invented content), as a CSV export: title row, header, one row per recommendation with "
                "the audit assignment and year, assurance rating, Priority 1/2/3, the recommendation beside the "
                "agreed management action, owner as a post, original and revised target dates, an "
                "Implemented/Partially Implemented/Not Implemented status plus a RAG letter, and a summary and "
                "RAG key at the foot."),
        reads=("A flat CSV of nine recommendations from four internal audits, each with one agreed action. The "
               "action sits under its audit and recommendation; where a revised target date is given it is the "
               "end. Leads are posts, one of them with a comma inside the title (one post) and one pair split by "
               "a slash."),
        title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 4. Crossroads Care Mid & West Wales - CIW inspection improvement plan (.docx)
# =====================================================================
def make_crossroads():
    name = "yq-crossroads-care-mid-west-wales-ciw-inspection-improvement-plan.docx"
    title = "Crossroads Care Mid & West Wales – CIW Inspection Improvement Plan"
    th1 = "Care and Support"
    th2 = "Leadership and Management"
    afi1 = ("Area for Improvement 1 – Regulation 16: The service provider must ensure personal plans are "
            "reviewed with the individual at least every three months and updated when their needs change.")
    afi2 = ("Area for Improvement 2 – Regulation 36: The service provider must ensure all staff receive "
            "one-to-one supervision at least every three months and an annual appraisal.")
    afi3 = ("Area for Improvement 3 – Regulation 80: The responsible individual must complete a review of the "
            "quality of care at least every six months and produce a report of the review.")
    sections = [
        (th1, [
            (afi1, [
                A("1.1", [th1, afi1], "Audit all personal plans and list those overdue for a three-monthly review.",
                  "Registered Manager", ["Registered Manager"], "July 2025", "2025-07", "Complete", "blue"),
                A("1.2", [th1, afi1], "Complete overdue reviews with individuals and their representatives, recording their views in the plan.",
                  "Care Coordinators (Carmarthen and Aberystwyth)", ["Care Coordinators (Carmarthen and Aberystwyth)"],
                  "30/09/2025", "2025-09", "Complete", "blue"),
                A("1.3", [th1, afi1], "Add review due dates to the electronic call monitoring system so that alerts are sent four weeks in advance.",
                  "Business Support Manager", ["Business Support Manager"], "Dec 2025", "2025-12", "On track", "green"),
            ]),
        ]),
        (th2, [
            (afi2, [
                A("2.1", [th2, afi2], "Set up a supervision matrix for all 68 care workers, monitored monthly by the Registered Manager.",
                  "Registered Manager", ["Registered Manager"], "August 2025", "2025-08", "Complete", "blue"),
                A("2.2", [th2, afi2], "Train two senior care workers as supervisors to increase supervision capacity.",
                  "Registered Manager & Training Officer", ["Registered Manager", "Training Officer"],
                  "October 2025", "2025-10", "Complete", "blue"),
                A("2.3", [th2, afi2], "Complete annual appraisals for all staff employed for more than 12 months.",
                  "Registered Manager", ["Registered Manager"], "Nov 2025 (revised: Feb 2026)", "2026-02",
                  "Amber", "amber", end_text="Nov 2025 (revised: Feb 2026)"),
            ]),
            (afi3, [
                A("3.1", [th2, afi3], "Complete the quality of care review for April to September 2025, including feedback from individuals, families and staff.",
                  "Responsible Individual", ["Responsible Individual"], "October 2025", "2025-10", "Complete", "blue"),
                A("3.2", [th2, afi3], "Present the quality of care report to the Board of Trustees and publish a summary for people using the service.",
                  "Responsible Individual / Chief Executive", ["Responsible Individual", "Chief Executive"],
                  "January 2026", "2026-01", "On track", "green"),
                A("3.3", [th2, afi3], "Build the six-monthly quality of care reviews into the governance calendar and carry out each review on time.",
                  "Responsible Individual", ["Responsible Individual"], "Six-monthly", None, "On track", "green",
                  end_text="Six-monthly"),
            ]),
        ]),
    ]
    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_paragraph("Domiciliary Support Service – Carmarthenshire and Ceredigion")
    ctl = d.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Service", "Crossroads Care Mid & West Wales – Domiciliary Support Service"),
                 ("Responsible Individual", "Chief Executive"),
                 ("Registered Manager", "Service Manager – Domiciliary Care"),
                 ("CIW inspection", "Full inspection, 3 and 4 June 2025"),
                 ("Report published", "22 July 2025"),
                 ("Plan version", "2.0 – updated 20 October 2025"),
                 ("Next review", "Board of Trustees, January 2026")]:
        c = ctl.add_row().cells
        bold_cell(c[0], k)
        c[1].text = v
    d.add_paragraph("")
    d.add_paragraph(
        "Care Inspectorate Wales identified three areas for improvement. These are not priority action notices; "
        "CIW will follow them up at the next inspection. Status: Complete; On track; Amber – at risk of missing "
        "the date; Red – overdue.")
    acts = []
    for theme, afis in sections:
        d.add_heading(theme, level=2)
        for afi, items in afis:
            t = d.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 4))
            bold_cell(m, afi)
            shade(m, HEX["band"])
            for i, h in enumerate(["Ref", "Action", "Who", "By when", "Status"]):
                bold_cell(t.cell(1, i), h)
                shade(t.cell(1, i), HEX["grey"])
            for a in items:
                c = t.add_row().cells
                c[0].text = a["ref"]
                c[1].text = a["action"]
                c[2].text = a["lead_cell"]
                c[3].text = a["end_cell"]
                c[4].text = a["status_cell"]
                acts.append(a)
            d.add_paragraph("")
    d.add_heading("Sign-off", level=2)
    so = d.add_table(rows=0, cols=3)
    so.style = "Table Grid"
    for row in [("Role", "Name", "Date"),
                ("Responsible Individual", "Chief Executive", "20/10/2025"),
                ("Chair of Trustees", "Chair", "24/10/2025")]:
        c = so.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.save(out(name))
    meta = dict(
        source=("Imitates a Welsh third-sector domiciliary support provider's improvement plan after a Care "
                "Inspectorate Wales inspection under RISCA (Crossroads Care Mid & West Wales, 2025, invented "
                "content). Copies the CIW report themes (Care and Support; Leadership and Management) as "
                "headings, one Word table per area for improvement with the regulation and the CIW wording in a "
                "merged, shaded top row, then Ref / Action / Who / By when / Status rows; a service details table "
                "at the top and a sign-off table at the end."),
        reads=("Nine numbered actions in three tables, one per area for improvement, grouped under two CIW theme "
               "headings. Each action is read under its theme and the area for improvement text in the table's "
               "top row. One date cell gives a revised date (the later one is the end); one is 'Six-monthly'. The "
               "details and sign-off tables are not actions."),
        title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 5. Blaenau Gwent CBC - corporate risk register (.xlsx)
# =====================================================================
def make_blaenau():
    name = "yq-blaenau-gwent-cbc-corporate-risk-register-2025-26.xlsx"
    title = "Blaenau Gwent County Borough Council – Corporate Risk Register 2025/26"
    risks = [
        dict(risk="CR1 – Medium term financial sustainability",
             desc="The Council is unable to set a balanced budget and maintain adequate reserves over the medium term, leading to unplanned service reductions.",
             owner="Chief Officer Resources", inherent="25 (Critical)",
             controls="Medium Term Financial Strategy; monthly budget monitoring to CLT; Bridging the Gap programme; reserves protocol.",
             residual="16 (High)", dot="↔",
             actions=[
                 A("1.1", None, "Deliver the Bridging the Gap strategic business reviews to identify savings proposals for the 2026/27 budget.",
                   "Chief Officer Resources", ["Chief Officer Resources"], "Feb-26", "2026-02", "", "green"),
                 A("1.2", None, "Report monitoring of high-risk demand-led budgets (children’s placements and home to school transport) to the Corporate Leadership Team.",
                   "Head of Accountancy", ["Head of Accountancy"], "Monthly", None, "", "green", end_text="Monthly"),
             ]),
        dict(risk="CR2 – Safeguarding of children and adults at risk",
             desc="Failure of corporate safeguarding arrangements results in harm to a child or adult at risk and loss of public confidence.",
             owner="Corporate Director of Social Services", inherent="20 (Critical)",
             controls="Corporate Safeguarding Policy; Regional Safeguarding Board procedures; safer recruitment checks.",
             residual="12 (Medium)", dot="↔",
             actions=[
                 A("2.1", None, "Implement the revised Corporate Safeguarding Policy and complete the annual safeguarding self-assessment in every directorate.",
                   "Corporate Director of Social Services; Head of Children’s Services",
                   ["Corporate Director of Social Services", "Head of Children’s Services"],
                   dt.datetime(2026, 3, 31), "2026-03", "", "amber"),
                 A("2.2", None, "Increase completion of Group A safeguarding e-learning to 95% of staff.",
                   "Organisational Development Manager", ["Organisational Development Manager"],
                   "Dec-25", "2025-12", "", "amber"),
             ]),
        dict(risk="CR3 – Cyber attack and ICT resilience",
             desc="A cyber attack or major ICT failure disrupts critical services and compromises personal data.",
             owner="Chief Officer Commercial and Customer", inherent="20 (Critical)",
             controls="SRS managed security service; PSN accreditation; mandatory cyber awareness training; offline backups.",
             residual="15 (High)", dot="↑",
             actions=[
                 A("3.1", None, "Complete the Public Services Network (PSN) compliance remediation plan with the Shared Resource Service (SRS).",
                   "Head of Digital / SRS Chief Operating Officer", ["Head of Digital", "SRS Chief Operating Officer"],
                   "Nov-25", "2025-11", "", "red"),
                 A("3.2", None, "Run a cyber incident exercise with the Corporate Leadership Team.",
                   "Emergency Planning Manager", ["Emergency Planning Manager"], "Jan-26", "2026-01", "", "unrated"),
             ]),
        dict(risk="CR4 – Statutory recycling targets",
             desc="The Council fails to meet the Welsh Government statutory recycling target of 70%, resulting in fines and reputational damage.",
             owner="Corporate Director of Regeneration and Community Services", inherent="16 (High)",
             controls="Waste Strategy; weekly tonnage monitoring; Welsh Government Collaborative Change Programme support.",
             residual="9 (Medium)", dot="↓",
             actions=[
                 A("4.1", None, "Roll out the revised kerbside recycling collection model to the remaining collection rounds.",
                   "Head of Community Services", ["Head of Community Services"], "Sept 2025", "2025-09", "", "blue"),
                 A("4.2", None, "Deliver targeted recycling engagement in low-participation areas with WRAP Cymru support.",
                   "Head of Community Services", ["Head of Community Services"], "March 2026", "2026-03", "", "green"),
             ]),
    ]
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    info = [("Reporting period", "Quarter 2 – 1 July to 30 September 2025"),
            ("Presented to", "Governance and Audit Committee, 20 November 2025"),
            ("Version", "v2.1"),
            ("Prepared by", "Policy and Performance Team"),
            ("", ""),
            ("Risk score", "Likelihood (1–5) × Impact (1–5)"),
            ("20–25", "Critical"), ("15–19", "High"), ("8–14", "Medium"), ("1–7", "Low"),
            ("", ""),
            ("Action RAG key", "")]
    r = 3
    for k, v in info:
        cov.cell(r, 1, k).font = Font(bold=bool(k) and not k[0].isdigit())
        cov.cell(r, 2, v)
        r += 1
    for col, txt in [("blue", "Complete"), ("green", "On track"), ("amber", "At risk of slippage"),
                     ("red", "Off track / overdue"), (None, "No colour – not started")]:
        c = cov.cell(r, 1, "")
        if col:
            c.fill = FILL[col]
        c.border = BOX
        cov.cell(r, 2, txt)
        r += 1
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at end of Quarter 2 (30 September 2025)"
    hdr = ["Risk", "Risk description and consequence", "Risk owner", "Inherent risk score",
           "Existing controls", "Residual risk score", "Direction of travel", "Action No.",
           "Further mitigating action", "Action lead", "Target date", "Action RAG"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    row = HR + 1
    acts = []
    for rk in risks:
        start = row
        for a in rk["actions"]:
            a["under"] = [rk["risk"]]
            ws.cell(row, 8, a["ref"])
            ws.cell(row, 9, a["action"])
            ws.cell(row, 10, a["lead_cell"])
            c = ws.cell(row, 11, a["end_cell"])
            if isinstance(a["end_cell"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            rag = ws.cell(row, 12)
            if a["status"] != "unrated":
                rag.fill = FILL[a["status"]]
            for col in range(1, 13):
                ws.cell(row, col).alignment = WRAP
                ws.cell(row, col).border = BOX
            acts.append(a)
            row += 1
        vals = [rk["risk"], rk["desc"], rk["owner"], rk["inherent"], rk["controls"], rk["residual"], rk["dot"]]
        for col, v in enumerate(vals, 1):
            ws.cell(start, col, v)
            if row - 1 > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=row - 1, end_column=col)
        ws.cell(start, 1).font = Font(bold=True)
    row += 1
    ws.cell(row, 1, "Summary").font = Font(bold=True)
    ws.cell(row + 1, 1, "Risks on the register: 4 (Critical 0, High 2, Medium 2 at residual score)")
    ws.cell(row + 2, 1, "Further actions: 8 – Complete 1, On track 3, At risk 2, Off track 1, Not started 1")
    ws.cell(row + 3, 1, "Direction of travel: ↑ increasing, ↔ unchanged, ↓ reducing since last quarter")
    widths = [26, 38, 22, 12, 38, 12, 10, 8, 48, 26, 12, 10]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.freeze_panes = "A5"

    mx = wb.create_sheet("Risk Matrix")
    mx["A1"] = "Risk matrix (residual scores, Q2 2025/26)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Impact →  /  Likelihood ↓"
    for i in range(1, 6):
        mx.cell(3, i + 1, i)
        mx.cell(i + 3, 1, 6 - i)
        for j in range(1, 6):
            mx.cell(i + 3, j + 1, (6 - i) * j)
    mx["A10"] = "CR1 at 16, CR3 at 15, CR2 at 12, CR4 at 9."
    wb.active = 1
    wb.save(out(name))
    meta = dict(
        source=("Imitates a Welsh county borough council's corporate risk register as taken to its Governance and "
                "Audit Committee each quarter (Blaenau Gwent CBC, 2025/26, invented content). Copies a cover sheet "
                "with reporting period, scoring bands and an action RAG key by colour; a register sheet with the "
                "risk, description, owner, inherent/residual scores, controls and direction of travel merged "
                "down over numbered further mitigating actions, each with lead, target date and a fill-only RAG "
                "cell; a summary block under the table; and a risk matrix sheet."),
        reads=("A corporate risk register of four risks, each with two numbered further mitigating actions; the "
               "actions are read under the risk (ref and title, merged down). The Action RAG cells have no text, "
               "only a fill colour read through the cover sheet key (blue complete, green on track, amber, red, "
               "no colour not started). One target date is 'Monthly'; one is a real date cell."),
        title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 6. Newry, Mourne and Down DC - Audit Committee action sheet (.xlsx)
# =====================================================================
def make_nmd():
    name = "yq-newry-mourne-down-dc-audit-committee-action-sheet.xlsx"
    title = "Newry, Mourne and Down District Council – Audit Committee Action Sheet"
    m1 = "Audit Committee – 26 June 2025"
    m2 = "Audit Committee – 25 September 2025"
    m3 = "Audit Committee – 27 November 2025"
    s_proc = "Internal Audit Report – Procurement and Contract Management"
    s_niao = "NIAO Report to Those Charged with Governance 2024/25"
    groups = [
        (m1, [
            A("AC/28/2025", [m1, s_proc], "Update the Procurement Policy to reflect the Procurement Act 2023 and bring it to the Committee for approval.",
              "Director of Corporate Services; Procurement Manager", ["Director of Corporate Services", "Procurement Manager"],
              "September 2025", "2025-09", "Complete", "blue", subject=s_proc,
              progress="Updated policy approved at the meeting on 25 September 2025.", remove="Y"),
            A("AC/31/2025", [m1, s_niao], "Update the fixed asset register to include all leisure centre equipment valued over £5,000.",
              "Assistant Director of Finance", ["Assistant Director of Finance"], "31 October 2025", "2025-10",
              "Complete", "blue", subject=s_niao,
              progress="Asset verification complete and register updated.", remove="Y"),
            A("AC/31/2025", [m1, s_niao], "Provide Members with a progress report on the NIAO priority 1 recommendation on payroll overtime controls.",
              "Head of HR & Organisational Development", ["Head of HR & Organisational Development"],
              "Nov-25", "2025-11", "Amber", "amber", subject="",
              progress="Verbal update given on 27 November; written report to the January meeting.", remove="N"),
        ]),
        (m2, [
            A("AC/44/2025", [m2, "Corporate Risk Register"], "Include a risk on the financial sustainability of the Council's leisure estate in the next iteration of the Corporate Risk Register.",
              "Performance and Improvement Manager", ["Performance and Improvement Manager"], "January 2026", "2026-01",
              "Green", "green", subject="Corporate Risk Register",
              progress="Draft risk agreed by the Senior Management Team on 8 December 2025.", remove="N"),
            A("AC/46/2025", [m2, "Internal Audit Progress Report"], "Circulate the full Internal Audit report on Fleet Management to Members of the Committee.",
              "Audit Services Manager", ["Audit Services Manager"], "October 2025", "2025-10", "Complete", "blue",
              subject="Internal Audit Progress Report", progress="Circulated by email on 3 October 2025.", remove="Y"),
            A("AC/47/2025", [m2, "Whistleblowing and Fraud Update"], "Arrange fraud awareness training for Members of the Audit Committee.",
              "Audit Services Manager / Democratic Services Manager", ["Audit Services Manager", "Democratic Services Manager"],
              "December 2025 – revised to March 2026", "2026-03", "Amber", "amber",
              end_text="December 2025 – revised to March 2026", subject="Whistleblowing and Fraud Update",
              progress="Training provider confirmed; session to be held before the March meeting.", remove="N"),
        ]),
        (m3, [
            A("AC/58/2025", [m3, "Performance Improvement Plan 2025-26 – Quarter 2"], "Provide a breakdown of the major planning applications performance indicator by application type.",
              "Chief Planning Officer", ["Chief Planning Officer"], "January 2026", "2026-01", "Green", "green",
              subject="Performance Improvement Plan 2025-26 – Quarter 2", progress="Information being compiled.", remove="N"),
            A("AC/60/2025", [m3, "Absence Management"], "Bring a report on long-term sickness absence trends and the effectiveness of the Attendance Management Policy.",
              "Head of HR & Organisational Development", ["Head of HR & Organisational Development"], "March 2026", "2026-03",
              "", "unrated", subject="Absence Management", progress="", remove="N"),
            A("AC/61/2025", [m3, "Data Breach Incident"], "Review access permissions on the Council's shared drives following the reported data breach.",
              "Head of ICT", ["Head of ICT"], "30/11/2025", "2025-11", "Red", "red", subject="Data Breach Incident",
              progress="Not completed because of the network migration; escalated to the Senior Management Team.", remove="N"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action Sheet"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Actions arising from previous meetings – updated for the meeting on 22 January 2026"
    hdr = ["Minute Ref", "Subject", "Decision / Action", "Lead Officer", "Target Date", "Progress to Date",
           "RAG", "Remove from Action Sheet Y/N"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
        c.alignment = WRAP
    row = HR + 1
    acts = []
    for meeting, items in groups:
        ws.cell(row, 1, meeting).font = Font(bold=True)
        ws.cell(row, 1).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(hdr))
        row += 1
        for a in items:
            vals = [a["ref"], a["subject"], a["action"], a["lead_cell"], a["end_cell"], a["progress"],
                    a["status_cell"], a["remove"]]
            for col, v in enumerate(vals, 1):
                c = ws.cell(row, col, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if a["status"] != "unrated":
                ws.cell(row, 7).fill = FILL[a["status"]]
            acts.append(a)
            row += 1
    row += 1
    ws.cell(row, 1, "Note: actions marked Y will be removed from the Action Sheet once the Committee agrees. "
                    "RAG: Complete (blue); Green – on target; Amber – delayed; Red – overdue.")
    for i, wdt in enumerate([13, 30, 50, 30, 18, 45, 11, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    wb.save(out(name))
    meta = dict(
        source=("Imitates the action sheet a Northern Ireland district council's Audit Committee reviews under "
                "'Action sheet arising from previous meetings' (Newry, Mourne and Down DC, 2025-26, invented "
                "content). Copies the minute-reference style (AC/nn/yyyy), subject and decision/action columns, "
                "lead officer posts, target date, progress to date, a RAG word in a coloured cell and the "
                "'Remove from Action Sheet Y/N' column, with a merged band row per meeting date and a note line."),
        reads=("An action log of nine actions grouped under three merged meeting-date rows. Each action is read "
               "under its meeting and the agenda subject; one minute (AC/31/2025) has two actions, the second row "
               "leaving the subject blank. One target date gives a revised month, which is the end; one action has "
               "no RAG yet."),
        title=title,
    )
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 7. Stirling Council - delivery plan Q2 progress (.xlsx) - REFUSE
# =====================================================================
def make_stirling():
    name = "yq-stirling-council-delivery-plan-2025-26-q2-progress-typo-month-refuse.xlsx"
    title = "Stirling Council – Council Delivery Plan 2025/26: Quarter 2 Progress Report"
    outcomes = [
        ("Prosperous – Stirling has a thriving, inclusive and sustainable economy", [
            ("P1", "Deliver the City Region Deal Digital District first phase at the Engine Shed site.",
             "Senior Manager – Economic Development", "March 2026", "Green", "Green",
             "Design team appointed; planning application submitted in August."),
            ("P2", "Launch the Stirling Business Support Fund for small and micro businesses.",
             "Service Manager – Economic Growth", "Oct-25", "Amber", "Complete",
             "Fund launched 6 October 2025; 41 applications received."),
        ]),
        ("Healthy – people in Stirling live healthier lives", [
            ("H1", "Open the refurbished Raploch Community Campus sports hall.",
             "Chief Officer – Communities", "December 2025", "Green", "Amber",
             "Contractor delay on flooring; opening expected late January."),
            ("H2", "Complete the review of day opportunities for adults with learning disabilities with the Health and Social Care Partnership.",
             "Chief Officer – Clackmannanshire & Stirling HSCP", "Janaury 2026", "Amber", "Amber",
             "Engagement sessions complete; options paper being drafted."),
        ]),
        ("Achieving – everyone in Stirling can reach their potential", [
            ("A1", "Expand the free breakfast club offer to all primary schools in SIMD quintiles 1 and 2.",
             "Chief Education Officer", "August 2025", "Green", "Complete",
             "All 9 eligible schools running breakfast clubs from August."),
            ("A2", "Implement the Stirling Attainment Framework in all secondary schools.",
             "Service Manager – Learning and Improvement", "June 2026", "Green", "Green",
             "Framework launched at in-service day; school plans being aligned."),
        ]),
        ("Resilient – Stirling is safe, green and connected", [
            ("R1", "Introduce food waste collections to the remaining rural areas.",
             "Senior Manager – Infrastructure", "31/03/2026", "Red", "Red",
             "Vehicle procurement delayed; revised date to be confirmed at Q3."),
            ("R2", "Publish the Local Heat and Energy Efficiency Strategy delivery plan.",
             "Sustainable Development Manager", "Nov-25", "Green", "Green",
             "Draft delivery plan considered by the Environment and Housing Committee."),
        ]),
    ]
    wb = openpyxl.Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"] = "Outcome"
    sm["B3"] = "Actions"
    sm["C3"] = "Complete"
    sm["D3"] = "Green"
    sm["E3"] = "Amber"
    sm["F3"] = "Red"
    for c in sm[3]:
        c.font = Font(bold=True)
    r = 4
    tot = [0, 0, 0, 0, 0]
    for oc, items in outcomes:
        q2 = [i[5] for i in items]
        vals = [len(items), q2.count("Complete"), q2.count("Green"), q2.count("Amber"), q2.count("Red")]
        sm.cell(r, 1, oc.split(" – ")[0])
        for j, v in enumerate(vals):
            sm.cell(r, j + 2, v)
            tot[j] += v
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        sm.cell(r, j + 2, v).font = Font(bold=True)
    sm.column_dimensions["A"].width = 18

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 30 September 2025 – reported to Finance and Economy Committee, 4 December 2025"
    hdr = ["Ref", "Action", "Lead Officer", "Due Date", "Q1 Status", "Q2 Status", "Q2 Commentary"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = FILL["head"]
        c.border = BOX
    row = HR + 1
    typo_row = None
    colour = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for oc, items in outcomes:
        ws.cell(row, 1, oc).font = Font(bold=True)
        ws.cell(row, 1).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(hdr))
        row += 1
        for it in items:
            for col, v in enumerate(it, 1):
                c = ws.cell(row, col, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row, 5).fill = FILL[colour[it[4]]]
            ws.cell(row, 6).fill = FILL[colour[it[5]]]
            if it[3] == "Janaury 2026":
                typo_row = row
            row += 1
    row += 1
    ws.cell(row, 1, "Status: Complete – action delivered; Green – on track; Amber – minor slippage; Red – significant slippage or at risk.")
    for i, wdt in enumerate([6, 60, 40, 15, 11, 11, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    wb.active = 1
    wb.save(out(name))
    meta = dict(
        source=("Imitates a Scottish council's quarterly progress report on its annual council delivery plan "
                "(Stirling Council, 2025/26, invented content), using the council's Prosperous / Healthy / "
                "Achieving / Resilient outcome headings. Copies a Summary sheet with counts by outcome, and a plan "
                "sheet with merged outcome band rows, refs, lead officers as Chief Officer / Service Manager posts, "
                "due dates, previous (Q1) and current (Q2) status in coloured cells, commentary and a status key."),
        reads=("A delivery plan of eight actions under four outcome rows, with Q1 and Q2 status. The due date of "
               "H2 reads 'Janaury 2026', a mistyped month, so a careful reader stops at that row of the Delivery "
               "Plan sheet and asks what was meant before taking the plan in."),
        outcome="refuse",
        refuse_at=typo_row,
        title=title,
    )
    write_expected(name, meta, [])
    return name, 0


if __name__ == "__main__":
    for f in (make_ayrshire, make_bertha, make_pbni, make_crossroads, make_blaenau, make_nmd, make_stirling):
        n, k = f()
        print(f"{n}: {k} actions")
