"""Build the seven jd2- blind test files (set heldout298).

Run with /work/main/.venv/bin/python jd2_make.py ; files are written beside this script.
Partnership, NHS and corporate plans: APC learning review, DHR, CSP plan, trust board
action log, maternity & neonatal improvement plan, corporate risk register,
transformation highlight report.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
}


# --------------------------------------------------------------------------- helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def xl_fill(colour):
    return PatternFill("solid", start_color=colour, end_color=colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =========================================================================== 1 Highland APC
HIGHLAND_FILE = "jd2-highland-apc-asp-learning-review-mr-d-action-plan.docx"
HIGHLAND_TITLE = "Highland Adult Protection Committee – Learning Review ‘Mr D’: Multi-agency Action Plan"
HIGHLAND = [
    ("Learning theme 1: Power of Attorney and financial harm", [
        ("Recommendation 1: Highland APC should seek assurance that council officers and health "
         "practitioners understand the powers and limits of a continuing Power of Attorney, and know "
         "when and how to refer concerns to the Office of the Public Guardian (Scotland).", [
            ("1.1", "Develop a 7-minute briefing on Power of Attorney, financial harm and referral to the "
                    "Office of the Public Guardian, and circulate it to all partner agencies.",
             "Lead Officer, Highland APC", "December 2024",
             "Draft briefing agreed at the Learning and Development Sub-group on 5 November 2024.", "Green"),
            ("1.2", "Include a case study on Power of Attorney and financial harm in the multi-agency ASP "
                    "Level 2 training programme.",
             "ASP Training Co-ordinator, Highland Council; Practice Development Lead, NHS Highland",
             "31/03/2025",
             "Training materials being revised.\nDelay due to vacancy in the training team – new "
             "co-ordinator starts January 2025.", "Amber"),
        ]),
        ("Recommendation 2: Highland APC should ask Highland Council and Police Scotland to agree a "
         "joint protocol for Large Scale Investigations where financial harm by a third party is suspected.", [
            ("2.1", "Agree and publish a joint protocol for Large Scale Investigations where financial harm "
                    "by a third party is suspected.",
             "Principal Officer Adult Protection / DI Public Protection Unit", "Q4 2024/25",
             "First draft discussed at ASP Operational Group; legal advice awaited.", "Amber"),
            ("2.2", "Test the protocol through a multi-agency table-top exercise and report the findings to the APC.",
             "Principal Officer Adult Protection", "June 2025",
             "Dependent on action 2.1.", "Not started"),
        ]),
    ]),
    ("Learning theme 2: Involving families in adult support and protection", [
        ("Recommendation 3: Partner agencies should ensure that the views of the adult’s family are sought "
         "and recorded at each stage of an ASP inquiry, and that family members are told the outcome where "
         "it is appropriate to do so.", [
            ("3.1", "Revise the Highland ASP inquiry and investigation recording template to include a "
                    "mandatory section on family views.",
             "Highland Council ASP Lead", "October 2024",
             "Revised template live on CareFirst from 21 October 2024.", "Blue"),
            ("3.2", "Audit a sample of 20 ASP case files to check that family views are recorded, and report "
                    "the findings to the Quality Assurance Sub-group.",
             "Chair, Quality Assurance Sub-group", "May 2025",
             "Audit tool agreed; audit scheduled for April 2025.", "Green"),
        ]),
        ("Recommendation 4: Highland APC should share the learning from this review across the partnership.", [
            ("4.1", "Hold two multi-agency practitioner learning events on the findings of the Mr D review "
                    "(Inverness and Fort William).",
             "Lead Officer, Highland APC", "Feb – Mar 2025",
             "Venues booked; Fort William event to be offered on Teams as well.", "Green"),
            ("4.2", "Publish the learning review summary and briefing on the Highland APC website and promote "
                    "it through partner newsletters.",
             "APC Business Support Officer", "Ongoing",
             "Summary published 30 September 2024; newsletter items in NHS Highland and Highland Council "
             "staff bulletins.", "Green"),
        ]),
    ]),
]
RAG_FILL_DOCX = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0"}


def build_highland():
    d = Document()
    d.add_heading(HIGHLAND_TITLE, level=1)
    d.add_paragraph("Adult Support and Protection (Scotland) Act 2007 – Learning Review report published "
                    "September 2024. This plan sets out how partner agencies will respond to the review’s "
                    "four recommendations.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Lead Officer, Highland Adult Protection Committee"),
                 ("Version", "2.1"),
                 ("Date", "18 November 2024"),
                 ("Approved by", "Highland APC (14 November 2024); Highland Chief Officers Group"),
                 ("Next review", "February 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    d.add_paragraph("")
    d.add_paragraph("RAG status: Blue – complete and evidenced; Green – on track; Amber – at risk of "
                    "slippage; Red – not on track / overdue.")
    for theme, recs in HIGHLAND:
        d.add_heading(theme, level=2)
        for rec, acts in recs:
            t = d.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
            set_cell(top, rec, bold=True)
            shade(top, "DEEAF6")
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead", "Timescale",
                                              "Progress update (November 2024)", "RAG"]):
                set_cell(c, h, bold=True)
                shade(c, "D9D9D9")
            for ref, action, lead, when, prog, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, action, lead, when, prog, rag]):
                    set_cell(c, v)
                if rag in RAG_FILL_DOCX:
                    shade(cells[5], RAG_FILL_DOCX[rag])
            d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported to each meeting of Highland APC and to the "
                    "Highland Chief Officers Group.")
    d.save(os.path.join(HERE, HIGHLAND_FILE))


# =========================================================================== 2 Dover DHR (txt, refuse)
DOVER_FILE = "jd2-dover-district-csp-dhr-paula-action-plan-typo-month-refuse.txt"
DOVER_HEADER = ["Rec No.", "Recommendation", "Scope (local / regional / national)", "Action to take",
                "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
                "Date of completion and outcome"]
DOVER_ROWS = [
    ["1", "Dover District CSP to assure itself that all partner agencies have a domestic abuse policy "
          "that includes guidance on routine enquiry.", "Local",
     "Audit the domestic abuse policies of all CSP partner agencies against the SafeLives routine "
     "enquiry standard.", "Dover District Council – Community Safety Unit",
     "Audit template agreed; returns received from 9 of 11 agencies.", "November 2024", ""],
    ["", "", "",
     "Report the audit findings and any gaps to the CSP Executive Group.",
     "Dover District Council – Community Safety Unit", "", "December 2024", ""],
    ["2", "NHS Kent and Medway ICB to remind GP practices in the Dover district of the IRIS programme "
          "and of the need to record domestic abuse disclosures.", "Regional",
     "Issue a practice bulletin to all Dover district GP practices on recording disclosures and "
     "referral to IRIS.", "NHS Kent and Medway ICB",
     "Bulletin issued 2 September 2024.", "September 2024", "Complete – 2 September 2024"],
    ["", "", "",
     "Deliver a Protected Learning Time session on domestic abuse for South Kent Coast practices.",
     "NHS Kent and Medway ICB – Designated Nurse Safeguarding Adults", "", "March 2025", ""],
    ["3", "Kent Police to review how repeat calls from the same address are flagged to the Domestic "
          "Abuse Officer.", "Local",
     "Review the repeat-caller flagging process in the Force Control Room and brief call handlers "
     "on any changes.", "Kent Police", "Scoping meeting held 20 August 2024.", "Janaury 2025", ""],
    ["", "", "",
     "Dip-sample 50 repeat-call incidents in the Dover district to test the revised process.",
     "Kent Police", "", "April 2025", ""],
    ["4", "Dover District Council Housing to ensure tenancy officers can recognise signs of domestic "
          "abuse and economic abuse.", "Local",
     "Deliver domestic abuse awareness training, including economic abuse, to all tenancy and "
     "income officers.", "Dover District Council – Housing",
     "Two sessions delivered July 2024; 60% of officers trained.", "October 2024", ""],
    ["", "", "",
     "Add a domestic abuse prompt to the tenancy visit checklist.",
     "Dover District Council – Housing", "Checklist updated.", "August 2024",
     "Complete – August 2024"],
]
DOVER_LINES = [
    "Dover District Community Safety Partnership",
    "Domestic Homicide Review: ‘Paula’ – Action Plan",
    "Updated following CSP Executive Group, 12 September 2024",
    "",
    "\t".join(DOVER_HEADER),
] + ["\t".join(r) for r in DOVER_ROWS] + [
    "",
    "Progress is monitored by the Dover District CSP DHR Steering Group.",
]


def build_dover():
    with open(os.path.join(HERE, DOVER_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(DOVER_LINES) + "\n")


# =========================================================================== 3 Ashford CSP (xlsx)
ASHFORD_FILE = "jd2-ashford-csp-community-safety-partnership-plan-2025-26-action-plan.xlsx"
ASHFORD_TITLE = "Ashford CSP Plan 2025-26 – Action Plan"
STATUS_FILL = {"Complete": FILL["blue"], "On track": FILL["green"], "At risk": FILL["amber"],
               "Off track": FILL["red"], "Not started": "FFFFFF"}
ASHFORD = [
    ("Priority 1 – Reducing anti-social behaviour", [
        ("1.1", "Deliver a programme of multi-agency days of action in Ashford town centre and Stanhope, "
                "targeting ASB hotspots identified by the Community Safety Unit.",
         "Kent Police / ABC Community Safety Unit", dt.datetime(2026, 3, 31), "mmm-yy",
         "Two days of action held (May, June).", "Third day of action held in Stanhope 12 September.",
         "On track"),
        ("1.2", "Review the Ashford Town Centre Public Spaces Protection Order ahead of its expiry and "
                "consult on renewal.",
         "ABC Community Safety Unit", dt.datetime(2025, 12, 31), "dd/mm/yyyy",
         "Evidence gathering started.", "Consultation delayed – legal review of proposed restrictions "
         "not yet complete.", "At risk"),
        ("1.3", "Publicise the ASB Case Review (Community Trigger) process on partner websites and in "
                "Ashford Borough Council’s residents’ newsletter.",
         "ABC Community Safety Unit", "Sept 2025", None,
         "Web pages updated.", "Article in autumn residents’ newsletter. Complete.", "Complete"),
    ]),
    ("Priority 2 – Domestic abuse and violence against women and girls", [
        ("2.1", "Continue the weekly domestic abuse One Stop Shop drop-in sessions at Ashford Gateway.",
         "Ashford Domestic Abuse Forum", "Ongoing", None,
         "Sessions running weekly; average 6 clients per session.", "As Q1.", "On track"),
        ("2.2", "Deliver the White Ribbon accreditation action plan, including 16 Days of Action events in "
                "November 2025.",
         "ABC Community Safety Unit; Kent Police", dt.datetime(2025, 11, 30), "mmm-yy",
         "Events programme drafted.", "Venues and partners confirmed.", "On track"),
        ("2.3", "Roll out Safe Spaces and Ask for Angela training to licensed premises and night-time "
                "economy staff.",
         "ABC Licensing / Kent Police", "Q4 2025/26", None,
         "", "Training provider being sourced.", "Not started"),
    ]),
    ("Priority 3 – Serious violence and exploitation", [
        ("3.1", "Map county lines and child criminal exploitation intelligence with the Kent Violence "
                "Reduction Unit and share a problem profile with partners.",
         "Kent Violence Reduction Unit", dt.datetime(2025, 11, 30), "dd/mm/yyyy",
         "Data sharing agreement in progress.", "Data sharing agreement not signed; analyst post vacant.",
         "Off track"),
        ("3.2", "Deliver knife crime awareness sessions in Ashford secondary schools during Knife Crime "
                "Awareness Week.",
         "Kent Police Youth Engagement Officer", "May 2026", None,
         "", "", "Not started"),
        ("3.3", "Embed the Serious Violence Duty local action plan in CSP governance, with reporting to "
                "each Executive Group meeting.",
         "Community Safety Manager (ABC)", "Quarterly", None,
         "Standing item agreed.", "Reported to July Executive Group.", "On track"),
    ]),
]


def build_ashford():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Ashford Community Safety Partnership"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A3"] = ASHFORD_TITLE
    ws["A3"].font = Font(bold=True, size=14)
    ws["A4"] = "Quarter 2 update (July – September 2025)"
    ws["A6"] = "Prepared by: Community Safety Unit, Ashford Borough Council"
    ws["A7"] = "Presented to: Ashford CSP Executive Group, 16 October 2025"
    ws["A9"] = "Partners: Ashford Borough Council, Kent Police, Kent County Council, Kent Fire and Rescue " \
               "Service, Probation Service, NHS Kent and Medway ICB"
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:H1")
    ws["A1"] = ASHFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status key:"
    ws["A2"].font = Font(bold=True)
    for col, (word, fill) in zip("BCDEF", [("Complete", FILL["blue"]), ("On track", FILL["green"]),
                                            ("At risk", FILL["amber"]), ("Off track", FILL["red"]),
                                            ("Not started", "FFFFFF")]):
        c = ws[f"{col}2"]
        c.value = word
        c.fill = xl_fill(fill)
        c.border = BOX
    heads = ["Priority", "Ref", "Action", "Lead partner(s)", "Target date", "Q1 update", "Q2 update", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    row = 5
    for prio, acts in ASHFORD:
        first = row
        for ref, action, lead, when, fmt, q1, q2, status in acts:
            vals = [None, ref, action, lead, when, q1 or None, q2 or None, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(row=row, column=5).number_format = fmt
            ws.cell(row=row, column=8).fill = xl_fill(STATUS_FILL[status])
            row += 1
        ws.cell(row=first, column=1, value=prio).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Summary").font = Font(bold=True)
    counts = {}
    for _, acts in ASHFORD:
        for a in acts:
            counts[a[-1]] = counts.get(a[-1], 0) + 1
    for word in ["Complete", "On track", "At risk", "Off track", "Not started"]:
        row += 1
        ws.cell(row=row, column=1, value=word)
        ws.cell(row=row, column=2, value=counts.get(word, 0))
    row += 1
    ws.cell(row=row, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=row, column=2, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [26, 6, 60, 28, 12, 34, 34, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, ASHFORD_FILE))


# =========================================================================== 4 HCT board action log (docx)
HCT_FILE = "jd2-hertfordshire-community-nhs-trust-board-public-action-tracker.docx"
HCT_TITLE = "Trust Board Meeting in Public – Action Tracker"
HCT = [
    ("Section A: Open actions", [
        ("02/10/2025", "TB25/101", "Provide the Board with a breakdown of the community nursing vacancy rate "
                                   "by locality, including the impact of the international recruitment cohort.",
         "CN/DW", "February 2026", "To be included in the February workforce report.", "Green"),
        ("02/10/2025", "TB25/104", "Present an update on the SystmOne optimisation programme, including "
                                   "benefits realised to date.",
         "CIO", "Feb 2026", "Deferred from the December agenda at the request of the Chair; revised date "
                            "agreed.", "Amber"),
        ("05/06/2025", "TB25/067", "Review the process for reporting pressure ulcer incidents to ensure "
                                   "category 3 and 4 ulcers are escalated within 48 hours.",
         "Deputy Chief Nurse", "September 2025", "Awaiting outcome of the thematic review. Verbal update "
                                                 "at the meeting.", "Red"),
        ("07/08/2025", "TB25/088", "Arrange a Board development session on the Hertfordshire and West Essex "
                                   "community services strategy.",
         "CEO & Chair", "Q4 2025/26", "Provisional date 12 March 2026.", "Green"),
        ("02/10/2025", "TB25/110", "Bring the Freedom to Speak Up annual report to the public Board, with "
                                   "benchmarking against comparable community trusts.",
         "Director of People; FTSU Guardian", "Mar-26", "On the March forward plan.", "Green"),
    ]),
    ("Section B: Actions completed since the last meeting (proposed for closure)", [
        ("07/08/2025", "TB25/085", "Circulate the revised Board Assurance Framework risk appetite "
                                   "statements to members for comment.",
         "Company Secretary", "October 2025", "Circulated 22 September 2025; approved at the October Board.",
         "Complete"),
        ("02/10/2025", "TB25/102", "Add the virtual hospital bed occupancy figures to the Integrated "
                                   "Performance Report.",
         "Director of Operations / Head of Performance", "November 2025",
         "Included from the Month 7 report.", "Complete"),
    ]),
]
HCT_FILLS = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


def build_hct():
    d = Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading(HCT_TITLE, level=1)
    p = d.add_paragraph()
    p.add_run("Hertfordshire Community NHS Trust").bold = True
    d.add_paragraph("Meeting date: 4 December 2025 | Agenda item B2 | Presented by: Company Secretary")
    d.add_paragraph("Status key: Red – overdue | Amber – revised date agreed | Green – on track, not yet "
                    "due | Complete – proposed for closure")
    for section, rows in HCT:
        d.add_heading(section, level=2)
        t = d.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Meeting date", "Action ref", "Action", "Lead", "Due date",
                                          "Update", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "B4C6E7")
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                set_cell(c, v)
            shade(cells[6], HCT_FILLS[r[6]])
        d.add_paragraph("")
    d.add_paragraph("Key to initials: CN – Chief Nurse; DW – Director of Workforce Planning; "
                    "CIO – Chief Information Officer; CEO – Chief Executive.")
    d.save(os.path.join(HERE, HCT_FILE))


# =========================================================================== 5 WUTH maternity (xlsx)
WUTH_FILE = "jd2-wirral-university-teaching-hospital-nhsft-maternity-neonatal-improvement-plan.xlsx"
WUTH_TITLE = "Maternity and Neonatal Improvement Plan 2024/25"
D = dt.datetime
WUTH = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("Objective 1: Care that is personalised", [
            ("1.1.1", "Offer every woman a personalised care and support plan (PCSP) at booking, reviewed at "
                      "28 and 36 weeks.",
             "Digital Midwife; Community Matron", D(2024, 9, 30), D(2025, 3, 31), "A", "amber",
             "PCSP template live on BadgerNet from August 2024.\nAudit Nov-24: 71% compliance at 36 weeks."),
            ("1.1.2", "Co-produce the antenatal education offer with the Maternity and Neonatal Voices "
                      "Partnership (MNVP).",
             "Consultant Midwife – Public Health", D(2024, 12, 31), None, "G", "green",
             "Three co-production workshops held; new sessions start January 2025."),
        ]),
        ("Objective 2: Improving equity for mothers and babies", [
            ("1.2.1", "Implement the Wirral actions in the LMNS equity and equality action plan, including:\n"
                      "• translation of key leaflets into the five most-spoken languages\n"
                      "• enhanced continuity of carer for women from Black, Asian and mixed ethnic groups",
             "Head of Midwifery", D(2025, 3, 31), None, "G", "green",
             "Leaflets translated (4 of 5 languages).\nContinuity team recruited."),
        ]),
    ]),
    ("Theme 2: Growing, retaining, and supporting our workforce", [
        ("Objective 5: Grow our workforce", [
            ("2.5.1", "Complete the Birthrate Plus midwifery workforce review and present the findings to "
                      "Trust Board.",
             "Director of Midwifery", D(2024, 10, 31), None, "G", "blue",
             "Presented to Trust Board 6 November 2024. Complete."),
            ("2.5.2", "Recruit to the funded neonatal nursing establishment in line with BAPM standards.",
             "Neonatal Unit Manager / Lead Nurse for Neonates", D(2024, 12, 31), D(2025, 6, 30), "A", "red",
             "QIS-qualified nurse ratio 64% against the 70% standard. Two nurses on the QIS course."),
        ]),
        ("Objective 6: Value and retain our workforce", [
            ("2.6.1", "Launch a preceptorship and legacy mentor scheme for newly qualified midwives.",
             "Practice Development Midwife", D(2024, 11, 30), None, "G", "blue",
             "Scheme launched October 2024; 14 preceptees enrolled."),
        ]),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning, and support", [
        ("Objective 9: A positive safety culture", [
            ("3.9.1", "Complete the SCORE culture survey and deliver the actions from the Perinatal Culture "
                      "and Leadership Programme.",
             "Director of Midwifery; Clinical Director for Obstetrics", D(2025, 3, 31), None, "G", "green",
             "Survey closed (58% response). Debrief sessions planned for February."),
        ]),
        ("Objective 10: Learning and improving", [
            ("3.10.1", "Transition maternity incident review to PSIRF, including PSII and After Action Review "
                       "training for the governance team.",
             "Maternity Governance Lead", D(2024, 9, 30), D(2025, 1, 31), "R", "amber",
             "Training complete for 8 of 11 staff. PSIRF plan approved by Quality Committee."),
        ]),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
        ("Objective 11: Standards to ensure best practice", [
            ("4.11.1", "Achieve full compliance with Saving Babies’ Lives Care Bundle version 3 across all "
                       "six elements.",
             "Clinical Director for Obstetrics; Consultant Midwife – Public Health", D(2025, 3, 31), None,
             "A", "amber", "Elements 1, 3, 4 and 6 compliant. Element 2 (fetal growth) and element 5 "
                           "(preterm birth) action plans in place."),
        ]),
        ("Objective 12: Data to inform learning", [
            ("4.12.1", "Publish the monthly maternity and neonatal safety dashboard to Trust Board and the LMNS.",
             "Maternity Quality and Safety Lead", "Monthly", None, "G", "green",
             "Dashboard presented monthly since April 2024."),
        ]),
    ]),
]


def build_wuth():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Wirral University Teaching Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Women and Children’s Division"
    ws["A4"] = WUTH_TITLE
    ws["A4"].font = Font(bold=True, size=16)
    ws["A5"] = "Aligned to the NHS England Three Year Delivery Plan for Maternity and Neonatal Services"
    ws["A7"] = "Document control"
    ws["A7"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Comments"], 1):
        c = ws.cell(row=8, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = xl_fill(FILL["grey"])
        c.border = BOX
    for r, vals in enumerate([
            ("1.0", "May 2024", "Director of Midwifery", "Plan approved by Quality Committee"),
            ("1.3", "October 2024", "Maternity Quality and Safety Lead", "Q2 position"),
            ("1.4", "January 2025", "Maternity Quality and Safety Lead", "Q3 position; revised dates agreed "
                                                                          "for 1.1.1, 2.5.2 and 3.10.1")], 9):
        for i, v in enumerate(vals, 1):
            ws.cell(row=r, column=i, value=v).border = BOX
    ws["A13"] = "Executive sponsor: Chief Nurse. Board-level Safety Champion: Non-Executive Director (Maternity)."
    for col, w in zip("ABCD", [40, 16, 34, 60]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("RAG Key")
    ws["A1"] = "RAG key (Current RAG column is shaded only)"
    ws["A1"].font = Font(bold=True)
    for r, (colour, text) in enumerate([
            ("blue", "Completed and evidenced"),
            ("green", "On track to deliver by the completion date"),
            ("amber", "At risk of missing the completion date / partially delivered"),
            ("red", "Off track or overdue – escalation required"),
            (None, "No colour – not yet started")], 3):
        c = ws.cell(row=r, column=1, value=None)
        if colour:
            c.fill = xl_fill(FILL[colour])
        c.border = BOX
        ws.cell(row=r, column=2, value=text)
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Wirral University Teaching Hospital NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = WUTH_TITLE
    ws["A2"].font = Font(bold=True, size=16)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"] = "Position as at 31 December 2024 – reported to Quality Committee, January 2025"
    heads = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
             "Previous RAG (Sep-24)", "Current RAG (Dec-24)", "Progress update / evidence"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    row = 6
    for theme, objs in WUTH:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        c = ws.cell(row=row, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("C00078")
        row += 1
        for obj, acts in objs:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            c = ws.cell(row=row, column=1, value=obj)
            c.font = Font(bold=True, italic=True)
            c.fill = xl_fill("F2DCEB")
            row += 1
            for ref, action, lead, orig, rev, prev, cur, prog in acts:
                vals = [ref, action, lead, orig, rev, prev, None, prog]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=row, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=7).fill = xl_fill(FILL[cur])
                row += 1
    row += 1
    ws.cell(row=row, column=1, value="Note: where a completion date has been revised, the revision was "
                                     "agreed at Maternity and Neonatal Safety Champions meeting.")
    for col, w in zip("ABCDEFGH", [8, 60, 30, 14, 14, 12, 12, 50]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Summary of current RAG by theme"
    ws["A1"].font = Font(bold=True)
    for i, h in enumerate(["Theme", "Blue", "Green", "Amber", "Red", "Total"], 1):
        ws.cell(row=2, column=i, value=h).font = Font(bold=True)
    totals = [0, 0, 0, 0]
    r = 3
    for theme, objs in WUTH:
        cnt = [0, 0, 0, 0]
        for _, acts in objs:
            for a in acts:
                cnt[["blue", "green", "amber", "red"].index(a[6])] += 1
        ws.cell(row=r, column=1, value=theme.split(":")[0])
        for i, n in enumerate(cnt):
            ws.cell(row=r, column=2 + i, value=n)
            totals[i] += n
        ws.cell(row=r, column=6, value=sum(cnt))
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, n in enumerate(totals):
        ws.cell(row=r, column=2 + i, value=n).font = Font(bold=True)
    ws.cell(row=r, column=6, value=sum(totals)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 12
    wb.active = 2
    for i, sh in enumerate(wb.worksheets):
        sh.sheet_view.tabSelected = (i == 2)
    wb.save(os.path.join(HERE, WUTH_FILE))


# =========================================================================== 6 Hyndburn CRR (xlsx)
HYN_FILE = "jd2-hyndburn-bc-corporate-risk-register-q3-2025-26.xlsx"
HYN_TITLE = "Corporate Risk Register – Quarter 3 2025/26"
HYN = [
    ("CR1 – Financial resilience: the Council is unable to deliver a balanced budget over the Medium Term "
     "Financial Strategy period",
     "Risk owner: Chief Executive | Inherent score: 20 | Residual score: 16 (High) | Target score: 9 | "
     "Direction of travel: ↔", [
         ("CR1.1", "Identify and approve £1.2m of savings and income proposals for the 2026/27 budget.",
          "Executive Director (Resources)", D(2026, 2, 28), "dd/mm/yyyy",
          "Savings proposals of £0.9m identified; remaining gap under review with Cabinet.", "A"),
         ("CR1.2", "Review the level of earmarked reserves and report to Cabinet as part of the budget "
                   "setting process.",
          "Head of Finance (S151 Officer)", "Feb 2026", None,
          "Reserves review under way.", "G"),
     ]),
    ("CR2 – Workforce capacity: the Council cannot recruit and retain staff with the skills needed in key "
     "services (planning, legal, environmental health)",
     "Risk owner: Chief Executive | Inherent score: 16 | Residual score: 12 (Medium) | Target score: 8 | "
     "Direction of travel: ↓", [
         ("CR2.1", "Implement the market supplement policy for hard-to-recruit posts.",
          "Head of HR & Organisational Development", D(2025, 10, 31), "dd/mm/yyyy",
          "Policy approved by Cabinet 8 October 2025.", "C"),
         ("CR2.2", "Develop a shared legal service arrangement with a neighbouring Lancashire authority.",
          "Chief Executive; Head of Legal & Democratic Services", "Q4 2025/26", None,
          "Options paper drafted; discussions with partner authority continuing.", "A"),
     ]),
    ("CR3 – Cyber security: a successful cyber attack disrupts Council services and results in loss of data",
     "Risk owner: Executive Director (Resources) | Inherent score: 20 | Residual score: 15 (High) | "
     "Target score: 10 | Direction of travel: ↑", [
         ("CR3.1", "Achieve Cyber Essentials Plus re-certification.",
          "ICT Manager", D(2025, 12, 31), "dd/mm/yyyy",
          "Re-assessment failed on two patching controls; re-test booked for February 2026.", "R"),
         ("CR3.2", "Run a cyber incident exercise with Corporate Management Team using an LGA Cyber 360 "
                   "scenario.",
          "ICT Manager / Emergency Planning Officer", "March 2026", None,
          "Scenario agreed with the LGA.", "G"),
         ("CR3.3", "Complete mandatory cyber awareness e-learning for all staff and members.",
          "ICT Manager", "Ongoing", None,
          "92% of staff and 61% of members completed.", "G"),
     ]),
    ("CR4 – Regeneration delivery: major regeneration schemes (Accrington town centre and Huncoat Garden "
     "Village) are not delivered to time and budget",
     "Risk owner: Executive Director (Place) | Inherent score: 16 | Residual score: 12 (Medium) | "
     "Target score: 8 | Direction of travel: ↔", [
         ("CR4.1", "Agree a revised delivery programme for the Accrington Town Square scheme with the contractor.",
          "Head of Regeneration & Property", D(2025, 9, 30), "dd/mm/yyyy",
          "Revised programme agreed 24 September 2025.", "C"),
         ("CR4.2", "Submit the Huncoat Garden Village funding milestone return to Homes England.",
          "Head of Regeneration & Property", D(2026, 1, 31), "mmm-yy",
          "Return in preparation.", "G"),
     ]),
]
HYN_STATUS_FILL = {"R": FILL["red"], "A": FILL["amber"], "G": FILL["green"], "C": FILL["blue"]}


def build_hyndburn():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "Hyndburn Borough Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = HYN_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 31 December 2025. Reported to Audit Committee, 29 January 2026."
    heads = ["Action ref", "Further action required to mitigate the risk", "Action owner", "Target date",
             "Progress at Q3", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("203864")
        c.alignment = WRAP
        c.border = BOX
    row = 6
    counts = {"C": 0, "G": 0, "A": 0, "R": 0}
    for risk, detail, acts in HYN:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        c = ws.cell(row=row, column=1, value=risk)
        c.font = Font(bold=True)
        c.fill = xl_fill(FILL["grey"])
        c.alignment = WRAP
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        c = ws.cell(row=row, column=1, value=detail)
        c.font = Font(italic=True, size=9)
        row += 1
        for ref, action, owner, when, fmt, prog, st in acts:
            for i, v in enumerate([ref, action, owner, when, prog, st], 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(row=row, column=4).number_format = fmt
            ws.cell(row=row, column=6).fill = xl_fill(HYN_STATUS_FILL[st])
            ws.cell(row=row, column=6).alignment = Alignment(horizontal="center", vertical="top")
            counts[st] += 1
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="Summary of actions: Complete {C} | Green {G} | Amber {A} | Red {R} | "
                                     "Total {T}".format(T=sum(counts.values()), **counts)).font = Font(bold=True)
    for col, w in zip("ABCDEF", [10, 60, 34, 12, 50, 8]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Key & Scoring")
    ws["A1"] = "Action status key"
    ws["A1"].font = Font(bold=True)
    for r, (k, text) in enumerate([("R", "Action overdue or not on track"),
                                   ("A", "Action at risk of not meeting its target date"),
                                   ("G", "Action on track"),
                                   ("C", "Action complete")], 2):
        c = ws.cell(row=r, column=1, value=k)
        c.fill = xl_fill(HYN_STATUS_FILL[k])
        ws.cell(row=r, column=2, value=text)
    ws["A8"] = "Risk scoring: Likelihood (1-5) x Impact (1-5). 15-25 High; 8-12 Medium; 1-6 Low."
    ws.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, HYN_FILE))


# =========================================================================== 7 Luton transformation (csv)
LUTON_FILE = "jd2-luton-council-transformation-programme-highlight-report.csv"
LUTON_TITLE = "Luton Council – Transformation Programme Highlight Report"
LUTON_HEADER = ["Programme", "Project", "Milestone ID", "Milestone", "Responsible officer", "Baseline date",
                "Forecast date", "RAG", "Commentary"]
LUTON = [
    ["Customer Experience & Digital", "Customer Contact", "CX-01",
     "Launch the new My Luton customer portal for council tax and waste services", "Lee, Sam",
     "30/09/2025", "30/11/2025", "Complete",
     "Went live 17 November 2025 after a two-month slip for accessibility testing."],
    ["Customer Experience & Digital", "Customer Contact", "CX-02",
     "Migrate the contact centre to a cloud telephony platform", "Lee, Sam",
     "31/12/2025", "31/03/2026", "A",
     "Supplier delay on number porting.\nRevised plan to Digital Board on 10 December."],
    ["Customer Experience & Digital", "Digital Workforce", "CX-03",
     "Run a Microsoft 365 Copilot pilot with 150 staff and evaluate productivity benefits",
     "Okafor, Grace; Hussain, Imran", "31/01/2026", "31/01/2026", "G",
     "110 licences assigned; evaluation framework agreed."],
    ["Adult Social Care Reform", "Reablement Expansion", "ASC-01",
     "Recruit 12 additional reablement support workers", "Head of Reablement",
     "31/10/2025", "31/01/2026", "R",
     "Only 5 appointed. Recruitment campaign relaunched with the \"Care for Luton\" brand."],
    ["Adult Social Care Reform", "Reablement Expansion", "ASC-02",
     "Implement the strengths-based practice framework and training for all front-door staff",
     "Principal Social Worker (Adults)", "30/11/2025", "30/11/2025", "Complete",
     "All 46 front-door staff trained."],
    ["Adult Social Care Reform", "Technology Enabled Care", "ASC-03",
     "Procure a new Technology Enabled Care provider contract", "Commissioning Manager",
     "31/03/2026", "Q1 2026/27", "A",
     "Tender paused pending review of the specification; extension to current contract agreed."],
    ["Property & Assets", "Office Accommodation Review", "PA-01",
     "Vacate the Dunstable Road offices and relocate staff to the Town Hall",
     "Asset Manager / Facilities Manager", "31/12/2025", "31/12/2025", "G",
     "Moves scheduled for weeks commencing 1 and 8 December."],
    ["Property & Assets", "Office Accommodation Review", "PA-02",
     "Agree a disposal strategy for surplus operational sites with the Executive",
     "Service Director – Property & Construction", "28/02/2026", "28/02/2026", "",
     "Not yet started – dependent on PA-01."],
    ["Property & Assets", "Energy Efficiency", "PA-03",
     "Install solar PV at the central depot under the Public Sector Decarbonisation Scheme",
     "Energy & Sustainability Manager", "31/03/2026", "31/03/2026", "G",
     "Contractor appointed; installation January–February 2026."],
]


def build_luton():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    blank = [""] * len(LUTON_HEADER)
    w.writerow([LUTON_TITLE] + [""] * 8)
    w.writerow(["Reporting period: Period 8 (November 2025)"] + [""] * 8)
    w.writerow(blank)
    w.writerow(LUTON_HEADER)
    for r in LUTON:
        w.writerow(r)
    w.writerow(blank)
    n = {}
    for r in LUTON:
        n[r[7] or "Not started"] = n.get(r[7] or "Not started", 0) + 1
    w.writerow(["Summary: {} milestones – Complete {}, Green {}, Amber {}, Red {}, Not started {}".format(
        len(LUTON), n.get("Complete", 0), n.get("G", 0), n.get("A", 0), n.get("R", 0),
        n.get("Not started", 0))] + [""] * 8)
    w.writerow(["Exported from the Transformation PMO tracker, 3 December 2025"] + [""] * 8)
    with open(os.path.join(HERE, LUTON_FILE), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    build_highland()
    build_dover()
    build_ashford()
    build_hct()
    build_wuth()
    build_hyndburn()
    build_luton()
    print("built 7 files in", HERE)
