#!/usr/bin/env python
"""Build the seven mv1- blind test files of set heldout394.

    python mv1_make.py              # writes the seven data files
    python mv1_make.py --expected   # also (re)writes the NAME.expected.yaml readings

Each plan is held below as rows that carry both what the file shows and what a
person reads from it (lead list, end month, status), so the expected reading is
written from the same text that goes into the file.
"""
import csv
import datetime as dt
import io
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
HEAD_FILL = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


EXPECTED = {}


# ---------------------------------------------------------------------------
# 1. Royal Cornwall Hospitals NHS Trust - CQC IR(ME)R inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def rcht():
    name = "mv1-royal-cornwall-hospitals-nhs-trust-cqc-irmer-inspection-improvement-plan.xlsx"
    title = "Royal Cornwall Hospitals NHS Trust – CQC IR(ME)R Inspection Improvement Plan"
    R1 = ("Regulation 6(1) and Schedule 2 – Employer's procedures",
          "The employer must ensure that the written procedures required by Schedule 2 are in place, "
          "are document-controlled and reflect current practice, in particular procedure (b) "
          "identification of the individual to be exposed and procedure (d) entitlement.")
    R2 = ("Regulation 6(5)(c) – Diagnostic reference levels",
          "The employer should ensure that local diagnostic reference levels are reviewed at least every "
          "three years and that appropriate review is undertaken when they are consistently exceeded.")
    R3 = ("Regulation 17 – Training",
          "The employer must keep up-to-date training and entitlement records for all practitioners and "
          "operators, including non-medical referrers and theatre staff operating mobile C-arms.")
    R4 = ("Regulation 8 – Accidental or unintended exposures",
          "The employer should ensure that every radiation incident is assessed against the significant "
          "accidental or unintended exposure (SAUE) criteria and that the assessment is recorded.")
    # ref, rec, action, owner, original, revised, progress, fill, expected lead, end, status
    rows = [
        ("R1.1", R1,
         "Review and re-issue employer's procedures (b) patient identification and (d) entitlement, with "
         "version control on Q-Pulse and a two-yearly review date.",
         "Radiation Protection Lead Radiographer", D(2025, 1, 31), D(2025, 2, 28),
         "Both procedures approved at Radiation Protection Committee 20/02/2025 and issued on Q-Pulse.",
         BLUE, ["Radiation Protection Lead Radiographer"], "2025-02", "blue"),
        ("R1.2", R1,
         "Audit compliance with the revised patient identification procedure across CT, general "
         "radiography and fluoroscopy and report the results to the Radiation Protection Committee.",
         "Imaging Quality Manager / Modality Leads", D(2025, 4, 30), None,
         "Audit tool agreed; data collection started 3 March 2025.",
         GREEN, ["Imaging Quality Manager", "Modality Leads"], "2025-04", "green"),
        ("R2.1", R2,
         "Complete the patient dose audit for CT head, CT chest/abdomen/pelvis and interventional "
         "cardiology and set revised local DRLs.",
         "Dr A. Penrose (MPE)", D(2025, 2, 28), D(2025, 5, 31),
         "CT audit complete. Cardiology data delayed by dose management system upgrade.",
         AMBER, ["Dr A. Penrose (MPE)"], "2025-05", "amber"),
        ("R2.2", R2,
         "Introduce a quarterly DRL exceedance report from the dose management system, with "
         "investigation of any examination type exceeding the local DRL on more than 10% of occasions.",
         "Head of Radiology Physics; CT Superintendent", D(2025, 6, 30), None,
         "Report template built; first report due July 2025.",
         GREEN, ["Head of Radiology Physics", "CT Superintendent"], "2025-06", "green"),
        ("R3.1", R3,
         "Transfer IR(ME)R entitlement and training records for theatre staff operating mobile C-arms "
         "onto the ESR competency module.",
         "Theatres Matron and Radiology Training Lead", D(2025, 1, 31), D(2025, 3, 14),
         "62 of 118 staff records transferred. Escalated to Divisional Director of Surgery.",
         RED, ["Theatres Matron", "Radiology Training Lead"], "2025-03", "red"),
        ("R3.2", R3,
         "Issue entitlement letters to all non-medical referrers with scope of practice defined, and "
         "include IR(ME)R in the annual referrer refresher.",
         "Clinical Director, Imaging", D(2025, 1, 31), None,
         "Letters issued to 214 non-medical referrers. Complete.",
         BLUE, ["Clinical Director, Imaging"], "2025-01", "blue"),
        ("R4.1", R4,
         "Add a mandatory SAUE criteria assessment field to the Datix radiation incident form.",
         "Patient Safety Manager", D(2024, 12, 31), None,
         "Field live from 16/12/2024.",
         BLUE, ["Patient Safety Manager"], "2024-12", "blue"),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14, color=HEAD_FILL)
    cov.merge_cells("A1:F1")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    dc = [("Document", "IR(ME)R inspection improvement plan – Diagnostic Imaging"),
          ("Version", "v1.3"),
          ("Status", "Final – for Radiation Protection Committee"),
          ("Owner", "Head of Radiology Services"),
          ("Last updated", "17/03/2025"),
          ("Review", "Monthly until closed by the CQC IR(ME)R team")]
    for i, (k, v) in enumerate(dc, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=6)
    cov["A11"] = "Version history"
    cov["A11"].font = Font(bold=True)
    vh = [("Version", "Date", "Change", "By"),
          ("v1.0", "05/12/2024", "Initial plan returned to CQC IR(ME)R team", "HRS"),
          ("v1.2", "10/02/2025", "Revised dates agreed for R1.1, R2.1 and R3.1", "RPL"),
          ("v1.3", "17/03/2025", "March progress updates", "RPL")]
    for i, r in enumerate(vh, start=12):
        for j, v in enumerate(r, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 12:
                c.font = Font(bold=True)
    cov["A17"] = "RAG key"
    cov["A17"].font = Font(bold=True)
    key = [(BLUE, "Complete – evidence filed"),
           (GREEN, "On track to deliver by target date"),
           (AMBER, "At risk – mitigations in place"),
           (RED, "Overdue / will not deliver by revised date")]
    for i, (f, t) in enumerate(key, start=18):
        cov.cell(i, 1).fill = fill(f)
        cov.cell(i, 2, t)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(HEAD_FILL)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("CQC IR(ME)R inspection of Diagnostic Imaging, Royal Cornwall Hospital, Truro – "
                "13 and 14 November 2024. Feedback letter received 4 December 2024.")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress position as at 17 March 2025"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "IR(ME)R regulation", "CQC recommendation", "Action", "Action owner",
           "Original target date", "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    groups = {}
    for ref, rec, action, owner, orig, rev, prog, f, *_ in rows:
        vals = [ref, rec[0], rec[1], action, owner, orig, rev, prog, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
            if j in (6, 7) and v is not None:
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(f)
        groups.setdefault(rec, []).append(r)
        r += 1
    for rec, rs in groups.items():
        if len(rs) > 1:
            for col in (2, 3):
                # merged cells keep only the top-left value
                for rr in rs[1:]:
                    ws.cell(rr, col).value = None
                ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    summ = [("Complete", 3, BLUE), ("On track", 2, GREEN), ("At risk", 1, AMBER),
            ("Overdue", 1, RED), ("Total actions", 7, None)]
    for i, (k, n, f) in enumerate(summ, start=r + 1):
        ws.cell(i, 1, k)
        ws.cell(i, 2, n)
        if f:
            ws.cell(i, 3).fill = fill(f)
    widths = [7, 24, 44, 48, 24, 12, 12, 40, 7]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A6"
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates the improvement plan an acute NHS trust returns to the CQC IR(ME)R team after a "
            "diagnostic imaging inspection (CQC does not publish IR(ME)R reports, but trusts table the "
            "plan at their Radiation Protection Committee; regulations and recommendation wording "
            "follow CQC's IR(ME)R annual report and enforcement pages, e.g. "
            "https://www.cqc.org.uk/guidance-providers/ionising-radiation/ionising-radiation-medical-exposure-regulations-irmer/irmer-inspections). "
            "Royal Cornwall Hospitals NHS Trust, November 2024 inspection, March 2025 position; content "
            "invented. Copied features: Cover sheet with document-control and version-history tables and "
            "a fill-colour RAG key; Action Plan sheet with merged title band, regulation and "
            "recommendation cells merged down over their actions, original and revised target dates as "
            "date cells, RAG shown only by fill colour, and a summary/totals block under the table."),
        "reads": (
            "A two-sheet workbook: the cover is document control and a colour key; the Action Plan "
            "sheet lists seven actions R1.1–R4.1 under four IR(ME)R regulations, each with the CQC "
            "recommendation merged beside its actions. The RAG cell has no text, only a colour, read "
            "with the cover key (blue = complete); where a revised target date is given it is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [act(ref, rec, action, lead, end, st)
                    for ref, rec, action, _o, _or, _rv, _p, _f, lead, end, st in rows],
    }


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, fill_hex="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, fill_hex)


# ---------------------------------------------------------------------------
# 2. Wallingford Medical Practice - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def wallingford():
    name = "mv1-wallingford-medical-practice-cqc-requirement-notice-action-plan.docx"
    title = "Wallingford Medical Practice – CQC Inspection Action Plan"
    H1 = "Requirement notice 1 – Regulation 12 Safe care and treatment"
    F1 = ("The provider did not ensure that patients prescribed high-risk medicines received the "
          "required monitoring, or that MHRA safety alerts were acted on for all affected patients.")
    H2 = "Requirement notice 2 – Regulation 17 Good governance"
    F2 = ("Systems to monitor staff training, recruitment checks and the management of significant "
          "events were not operating effectively.")
    H3 = "Areas where the practice should make improvements"
    rn1 = [
        ("1.1", "Run weekly searches for patients on methotrexate, lithium, azathioprine and DOACs whose "
                "monitoring is overdue.\nResults reviewed at the Tuesday clinical meeting and recalls sent "
                "by the admin team.",
         "Dr Okafor / Practice Pharmacist", "30/04/2025", "B",
         ["Dr Okafor", "Practice Pharmacist"], "2025-04", None, "blue"),
        ("1.2", "Create a safety alert log recording each MHRA alert, the search run, patients affected and "
                "action taken; review all alerts issued since January 2024.",
         "Practice Manager", "End of May 2025", "G", ["Practice Manager"], "2025-05", None, "green"),
        ("1.3", "Audit 20 records a month for high-risk drug monitoring and report compliance to the "
                "partners' meeting.",
         "Lead Pharmacist & Dr Hughes", "Monthly", "G", ["Lead Pharmacist", "Dr Hughes"], None,
         "Monthly", "green"),
    ]
    rn2 = [
        ("2.1", "Introduce a training matrix covering safeguarding, infection prevention and control, basic "
                "life support and information governance, with overdue training escalated to the Practice "
                "Manager.",
         "Nurse Manager and Deputy Practice Manager", "June 2025", "A",
         ["Nurse Manager", "Deputy Practice Manager"], "2025-06", None, "amber"),
        ("2.2", "Hold quarterly significant event meetings with minutes and learning shared with all staff; "
                "add trend analysis to the annual review.",
         "Dr S. Okafor", "30/09/2025", "G", ["Dr S. Okafor"], "2025-09", None, "green"),
    ]
    should = [
        ("S1", "Continue to improve the uptake of cervical screening.",
         "Offer Saturday smear clinics and send text reminders to patients overdue for screening.",
         "Practice Nurse Lead", "Sept 2025", "G", ["Practice Nurse Lead"], "2025-09", None, "green"),
        ("S2", "Take steps to improve patient satisfaction with telephone access.",
         "Install cloud telephony with call-back and queue position; publish monthly access data to the "
         "Patient Participation Group.",
         "Practice Manager", "30/04/2025", "B", ["Practice Manager"], "2025-04", None, "blue"),
        ("S3", "Review the arrangements for recording vaccine fridge temperatures at the branch surgery.",
         "Fit data loggers to both vaccine fridges at the Benson branch and download the readings weekly.",
         "Practice Nurse Lead", "Apr-25", "B", ["Practice Nurse Lead"], "2025-04", None, "blue"),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection dates: 4 and 11 February 2025. Report published: 2 April 2025. "
                      "Overall rating: Requires improvement.")
    info = [("Provider", "Wallingford Medical Practice (partnership)"),
            ("Registered manager", "Mrs Helen Carter, Practice Manager"),
            ("CQC location ID", "1-551234567"),
            ("Plan owner", "Dr Samuel Okafor, Senior Partner"),
            ("Version", "2 (updated 30 May 2025)")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_cell(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B – completed and evidenced; G – on track; A – some slippage, recoverable; "
                      "R – off track or overdue.")

    for head, finding, rows in ((H1, F1, rn1), (H2, F2, rn2)):
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        c0 = t.rows[0].cells
        set_cell(c0[0], "How the regulation was not being met", bold=True)
        shade(c0[0], "D9E2F3")
        m = c0[1].merge(c0[4])
        set_cell(m, finding)
        for c, lab in zip(t.rows[1].cells, ["No.", "Action", "Lead", "Target date", "RAG"]):
            set_cell(c, lab, bold=True, color="FFFFFF")
            shade(c, "1F3864")
        for ref, action, lead, date, rag, *_ in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, date, rag]):
                set_cell(c, v)
        doc.add_paragraph()

    doc.add_heading(H3, level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "The practice should", "Action", "Lead", "Target date", "RAG"])
    for ref, should_txt, action, lead, date, rag, *_ in should:
        cells = t.add_row().cells
        for c, v in zip(cells, [ref, should_txt, action, lead, date, rag]):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Signed on behalf of the partners", "Name", "Date"])
    cells = t.add_row().cells
    for c, v in zip(cells, ["Senior Partner", "Dr Samuel Okafor", "30/05/2025"]):
        set_cell(c, v)
    doc.save(os.path.join(HERE, name))

    actions = []
    for head, finding, rows in ((H1, F1, rn1), (H2, F2, rn2)):
        for ref, action, _l, _d, _r, lead, end, et, stt in rows:
            actions.append(act(ref, [head, finding], action, lead, end, stt, et))
    for ref, should_txt, action, _l, _d, _r, lead, end, et, stt in should:
        actions.append(act(ref, [H3, should_txt], action, lead, end, stt, et))
    EXPECTED[name] = {
        "source": (
            "Imitates a GP practice's action plan after a CQC inspection rated it Requires improvement with "
            "requirement notices under Regulations 12 and 17 and a list of 'should' improvements (the "
            "shape of plans practices send CQC and post for their Patient Participation Group). "
            "Wallingford Medical Practice, Oxfordshire, February 2025 inspection; content invented. "
            "Copied features: Title paragraph and inspection line, practice-details table (not the plan), "
            "RAG key paragraph with B/G/A/R letters, one table per requirement notice under a Word heading "
            "with a first row 'How the regulation was not being met' whose text is merged across, a "
            "separate 'should' table with the should-do text in its own column, a two-paragraph action "
            "cell, and a sign-off table at the end."),
        "reads": (
            "A Word action plan with a details table, then two requirement-notice tables (1.1–1.3, "
            "2.1–2.2), each headed by its regulation and the finding, and a 'should improve' table "
            "(S1–S3) where each action answers the should-do beside it. RAG letters are read by the key "
            "at the top (B = completed), and the sign-off table is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 3. North Staffordshire Combined Healthcare NHS Trust - community mental health survey plan (docx)
# ---------------------------------------------------------------------------
def nscht():
    name = ("mv1-north-staffordshire-combined-healthcare-nhs-trust-cqc-community-mental-health-survey-"
            "action-plan.docx")
    title = "Community Mental Health Survey 2024: Improvement Action Plan"
    T1 = "Theme 1: Crisis care"
    T2 = "Theme 2: Care planning and reviews"
    T3 = "Theme 3: Medicines and wider support"
    Q18 = "Q18 Do you know who to contact out of office hours if you have a crisis?"
    Q19 = ("Q19 Thinking about the last time you contacted this person or team, did you get the help "
           "you needed?")
    Q12 = "Q12 Have you agreed with someone from NHS mental health services what care you will receive?"
    Q14 = ("Q14 In the last 12 months, have you had a care review meeting to discuss how your care is "
           "working?")
    Q23 = "Q23 Were the possible side effects of your medicines explained to you?"
    Q33 = ("Q33 In the last 12 months, did NHS mental health services give you any help or advice with "
           "finding support for financial advice or benefits?")
    plan = [
        (T1, [
            ("1a", Q18, "Print the 24/7 crisis line number on every appointment letter and care plan sent "
                        "from RiO.",
             "Head of Digital Clinical Systems", "Jan 2025 – Mar 2025",
             "Letter and care plan templates changed 24 February 2025.", "Amber", "Blue",
             ["Head of Digital Clinical Systems"], "2025-03", None, "blue"),
            ("1b", Q18, "Community teams to confirm crisis contact details at every care coordination "
                        "review and record this on the care plan.",
             "Community Team Managers", "Ongoing",
             "Added to the care coordination checklist; compliance 81% in February.", "Amber", "Green",
             ["Community Team Managers"], None, "Ongoing", "green"),
            ("1c", Q19, "Review call handling on the crisis line against the NHS 111 mental health option "
                        "standard.\nRecruit four additional call handlers.",
             "Head of Crisis, Access and Home Treatment", "Q1 2025/26",
             "Two of four call handlers appointed; review report drafted.", "Red", "Amber",
             ["Head of Crisis, Access and Home Treatment"], "2025-06", None, "amber"),
        ]),
        (T2, [
            ("2a", Q12, "Roll out the co-produced DIALOG+ care plan in all adult community mental health "
                        "teams.",
             "Associate Director of Nursing (Community)", "September 2025",
             "Live in four of seven teams.", "Green", "Green",
             ["Associate Director of Nursing (Community)"], "2025-09", None, "green"),
            ("2b", Q14, "Send a weekly report of service users without a review in the last 12 months to team "
                        "managers, with reviews booked within six weeks.",
             "Performance Manager / Community Team Managers", "30 June 2025",
             "Report built; backlog of 212 reviews being worked through.", "Amber", "Amber",
             ["Performance Manager", "Community Team Managers"], "2025-06", None, "amber"),
        ]),
        (T3, [
            ("3a", Q23, "Pharmacy to produce easy-read side-effect leaflets for the ten most prescribed "
                        "medicines and make them available in all clinics.",
             "Chief Pharmacist", "Dec 2025",
             "New action agreed January 2025.", "–", "Green",
             ["Chief Pharmacist"], "2025-12", None, "green"),
            ("3b", Q33, "Establish a referral pathway to Citizens Advice with a named link worker in each "
                        "locality.",
             "Social Inclusion Lead and Locality Managers", "31/10/2025",
             "Funding agreed; service specification in draft.", "Red", "Amber",
             ["Social Inclusion Lead", "Locality Managers"], "2025-10", None, "amber"),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("North Staffordshire Combined Healthcare NHS Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    cover = [("Report to", "Quality Committee"), ("Meeting date", "13 March 2025"),
             ("Agenda item", "9.2"),
             ("Executive lead", "Executive Director of Nursing and Quality"),
             ("Author", "Head of Patient Experience"), ("Purpose", "Assurance")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in cover:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E2EFD9")
        set_cell(cells[1], v)
    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("To give the Committee assurance on progress with the actions agreed in response to "
                      "the CQC Community Mental Health Survey 2024, published in April 2024 (fieldwork "
                      "2023). The Trust scored worse than most other trusts on two questions.")
    doc.add_heading("2. Survey results", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Question", "2023 score", "2024 score", "Compared with other trusts"], "385623")
    for q in [("Q18 Knowing who to contact out of hours", "6.1", "5.7", "Worse"),
              ("Q19 Getting the help needed in a crisis", "6.4", "6.0", "About the same"),
              ("Q12 Agreeing what care will be received", "7.0", "6.8", "About the same"),
              ("Q14 Care review in last 12 months", "6.9", "6.2", "Worse"),
              ("Q23 Side effects of medicines explained", "5.9", "5.8", "About the same"),
              ("Q33 Help or advice with finances or benefits", "4.2", "4.0", "About the same")]:
        cells = t.add_row().cells
        for c, v in zip(cells, q):
            set_cell(c, v)
    doc.add_heading("3. Action plan", level=1)
    doc.add_paragraph("Actions were agreed with the Community Directorate and the Service User and Carer "
                      "Council in January 2025. Progress is reported bi-monthly to the Patient Experience "
                      "Group.")
    cols = ["Ref", "Survey question", "Action", "Lead", "Timescale", "Progress update",
            "Previous RAG", "Current RAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols, "385623")
    rag_fill = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    for theme, rows in plan:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, theme, bold=True)
        shade(m, "E2EFD9")
        first_of_q = {}
        for ref, q, action, lead, ts, prog, prev, cur, *_ in rows:
            row = t.add_row()
            cells = row.cells
            for i, v in enumerate([ref, None, action, lead, ts, prog, prev, cur]):
                if v is not None:
                    set_cell(cells[i], v)
            for i, v in ((6, prev), (7, cur)):
                if v in rag_fill:
                    shade(cells[i], rag_fill[v])
            if q in first_of_q:
                top = first_of_q[q]
                merged = top.merge(cells[1])
                set_cell(merged, q)
            else:
                set_cell(cells[1], q)
                first_of_q[q] = cells[1]
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – delayed but recoverable; "
                      "Red – off track, escalated to Quality Committee.")
    doc.add_heading("4. Recommendation", level=1)
    doc.add_paragraph("The Committee is asked to note the progress made and the two actions rated Amber "
                      "that were previously Red.")
    doc.save(os.path.join(HERE, name))

    actions = []
    for theme, rows in plan:
        for ref, q, action, _l, _t, _p, _pv, _c, lead, end, et, stt in rows:
            actions.append(act(ref, [theme, q], action, lead, end, stt, et))
    EXPECTED[name] = {
        "source": (
            "Imitates a mental health trust's Quality Committee paper presenting its action plan on the "
            "CQC Community Mental Health Survey (trusts publish these in board/committee packs after "
            "each survey; cf. Nottinghamshire Healthcare's survey news page, "
            "https://nottinghamshirehealthcare.nhs.uk/latest-news/national-community-mental-health-survey-2018-2122). "
            "North Staffordshire Combined Healthcare NHS Trust, Community Mental Health Survey 2024, "
            "March 2025 committee; content invented. Copied features: committee cover table, numbered "
            "report sections, a survey-results table that is not the plan, then one plan table with "
            "full-width theme rows, the survey question merged down over its actions, Previous RAG and "
            "Current RAG columns as words with shading, a financial-quarter timescale, a period "
            "timescale, 'Ongoing', and a RAG key paragraph after the table."),
        "reads": (
            "A committee paper whose third section is the plan: seven actions (1a–3b) grouped under three "
            "themes, each answering the survey question beside it. The status is the Current RAG word "
            "(Blue = complete in the key); the results table and cover table are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 4. St Bede's Catholic College, Bristol - CSI inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def stbedes():
    name = "mv1-st-bedes-catholic-college-bristol-csi-inspection-action-plan.txt"
    title = "St Bede's Catholic College – CSI Inspection Action Plan 2024–25"
    A1 = "Catholic life and mission"
    A2 = "Religious education"
    A3 = "Collective worship"
    W1 = ("Ensure that all staff, including those new to the college, understand the mission and can "
          "articulate how it shapes their work.")
    W2 = ("Improve the consistency of assessment in RE at Key Stage 3 so that pupils know how to improve "
          "their work.")
    W3 = "Develop the use of sacred texts and Church teaching in pupils' extended writing at Key Stage 4."
    W4 = "Provide more opportunities for pupils to plan and lead collective worship independently."
    # ref, area shown, wtd shown, action, lead, timescale, progress | area, wtd, lead list, end, end_text, status
    rows = [
        ("CLM1", A1, W1, "Launch the refreshed mission statement with staff, pupils and families at the "
                         "September INSET day and the Mass of the Holy Spirit.",
         "Headteacher", "Autumn term 2024", "Achieved",
         A1, W1, ["Headteacher"], "2024-12", None, "blue"),
        ("CLM2", "", "", "Include a mission formation session in the induction programme for all new staff "
                         "and governors.",
         "Chaplain / HR Manager", "Termly", "On track",
         A1, W1, ["Chaplain", "HR Manager"], None, "Termly", "green"),
        ("RE1", A2, W2, "Introduce common assessment tasks with shared mark schemes for each Year 7–9 unit and "
                        "moderate them in department meetings.",
         "Head of RE", "Spring term 2025", "On track",
         A2, W2, ["Head of RE"], "2025-04", None, "green"),
        ("RE2", "", W3, "Plan sacred-text deep-dive lessons into each GCSE unit, with lesson visits each half "
                        "term.",
         "Head of RE and RE Link Governor", "Summer term 2025", "Not started",
         A2, W3, ["Head of RE", "RE Link Governor"], "2025-07", None, "unrated"),
        ("CW1", A3, W4, "Train a Year 10 and Year 12 liturgy group to plan and lead form-time prayer and "
                        "year-group liturgies.",
         "Lay Chaplain", "March 2025", "On track",
         A3, W4, ["Lay Chaplain"], "2025-03", None, "green"),
        ("CW2", "", "", "Run a pupil voice survey on the quality of collective worship and report the results "
                        "to the Local Governing Committee.",
         "DHT (Personal Development) and Chaplain", "July 2025", "Not started",
         A3, W4, ["DHT (Personal Development)", "Chaplain"], "2025-07", None, "unrated"),
    ]
    lines = [
        title,
        "Inspection: 27–28 February 2024\tOverall effectiveness: 2 (Good)\t"
        "Plan approved by Governors: 19 June 2024",
        "",
        "\t".join(["Ref", "Area", "What the college needs to do to improve", "Action", "Lead",
                   "Timescale", "Progress"]),
    ]
    for r in rows:
        lines.append("\t".join(r[:7]))
    lines += [
        "",
        "Progress key: Achieved – evidence seen by governors; On track – on schedule; "
        "Not started – scheduled for a later term.",
        "Last reviewed: 21 January 2025 (Standards and Ethos Committee)",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    EXPECTED[name] = {
        "source": (
            "Imitates a Catholic secondary school's action plan after its section 48 inspection by the "
            "Catholic Schools Inspectorate, which judges Catholic life and mission, religious education "
            "and collective worship and lists what the school needs to do to improve "
            "(https://casoportsmouth.org.uk/csi-inspection). St Bede's Catholic College, Bristol, "
            "February 2024 inspection, plan reviewed January 2025; content invented. Copied features: "
            "a tab-separated export of the school's spreadsheet with a title line and an inspection "
            "line, area and recommendation cells left blank under the first row (merged cells lost in "
            "export), school-term timescales, 'Termly', a Progress column in words, a progress key and a "
            "last-reviewed line after the table."),
        "reads": (
            "A tab-separated plan with six actions (CLM1–CW2) under the three CSI areas, each answering "
            "the 'needs to do to improve' text on its row or the last one above it. Terms end in their "
            "last month (spring term 2025 = April 2025); Achieved is complete, On track green, Not "
            "started unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [act(r[0], [r[7], r[8]], r[3], r[9], r[10], r[12], r[11]) for r in rows],
    }


# ---------------------------------------------------------------------------
# 5. Cambridge Regional College - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def crc():
    name = "mv1-cambridge-regional-college-audit-committee-internal-audit-recommendations-tracker.csv"
    title = "Cambridge Regional College – Internal Audit Recommendations Tracker"
    LN = "Learner Number Systems 2024/25"
    SG = "Safeguarding and Prevent"
    CY = "Cyber Security"
    PY = "Payroll"
    # audit, opinion, rec no, priority, recommendation, action, officer, orig, revised, rag, update
    # | lead list, end, status
    rows = [
        (LN, "Reasonable", "1", "High",
         "The College should reconcile ILR returns to the learner records system before each funding "
         "return and retain evidence of the reconciliation.",
         "Monthly ILR-to-EBS reconciliation introduced, signed off by the Head of MIS before each return. "
         "Evidence retained in the funding audit folder.",
         "Head of MIS", "31/03/2025", "", "Complete", "Reconciliations evidenced for R06 to R12.",
         ["Head of MIS"], "2025-03", "blue"),
        (LN, "Reasonable", "2", "Medium",
         "Evidence of learner eligibility (residency and prior attainment) should be held for all learners "
         "before the first funding claim.",
         "Enrolment checklist updated; eligibility evidence to be uploaded to the learner file before the "
         "census date.\nSample check of 25 files each term by the Funding Team.",
         "Head of Admissions & Funding Manager", "30/04/2025", "31/12/2025", "Amber",
         "Checklist live; first sample found 19 of 25 files compliant.",
         ["Head of Admissions", "Funding Manager"], "2025-12", "amber"),
        (SG, "Substantial", "1", "Medium",
         "The Single Central Record should be reviewed monthly by the DSL and discrepancies corrected within "
         "five working days.",
         "Monthly SCR review added to the DSL/HR meeting agenda with an exceptions log.",
         "Designated Safeguarding Lead", "30/06/2025", "", "Complete", "Exceptions log in place since June.",
         ["Designated Safeguarding Lead"], "2025-06", "blue"),
        (SG, "Substantial", "2", "Low",
         "Prevent training completion for staff of subcontracted providers should be monitored.",
         "Subcontractor contracts to require Prevent training certificates; compliance reported termly to "
         "the Safeguarding Committee.",
         "Head of Subcontracting", "Sep-25", "", "Green", "Contract variation issued August 2025.",
         ["Head of Subcontracting"], "2025-09", "green"),
        (CY, "Limited", "1", "High",
         "Multi-factor authentication should be enforced for all staff and remote access accounts.",
         "Enforce MFA for all staff accounts through conditional access and remove legacy VPN accounts.",
         "Head of IT", "31/05/2025", "31/10/2025", "Red",
         "Revised date missed; 41 legacy accounts still to be removed. Escalated to SLT.",
         ["Head of IT"], "2025-10", "red"),
        (CY, "Limited", "2", "High",
         "The College should test its IT disaster recovery plan at least annually.",
         "Full disaster recovery test of the core MIS and finance systems, with lessons learned reported to "
         "the Audit Committee.",
         "Head of IT; Director of Finance", "31/01/2026", "", "Green",
         "Test scheduled for the first week of January 2026.",
         ["Head of IT", "Director of Finance"], "2026-01", "green"),
        (CY, "Limited", "3", "Medium",
         "All staff should complete annual cyber awareness training.",
         "Mandatory cyber awareness module added to the staff development portal, with reminders at 30 and "
         "60 days.",
         "Director of People", "31/12/2025", "", "Amber", "Completion at 68% against a 95% target.",
         ["Director of People"], "2025-12", "amber"),
        (PY, "Reasonable", "1", "Medium",
         "Changes to payroll standing data should be independently checked before each payroll run.",
         "Standing data change report reviewed and signed by the Finance Business Partner before each "
         "monthly BACS run.",
         "Payroll Manager", "31/08/2025", "", "Complete", "Verified at internal audit follow-up, October 2025.",
         ["Payroll Manager"], "2025-08", "blue"),
    ]
    ncol = 11
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * (ncol - 1))
    w.writerow(["Audit Committee, 18 November 2025. Prepared by the Director of Governance and "
                "Compliance."] + [""] * (ncol - 1))
    w.writerow([""] * ncol)
    w.writerow(["Audit", "Assurance opinion", "Rec No", "Priority", "Recommendation",
                "Agreed management action", "Responsible officer", "Original due date",
                "Revised due date", "RAG status", "Update"])
    for r in rows:
        w.writerow(r[:11])
    w.writerow([""] * ncol)
    w.writerow(["Summary"] + [""] * (ncol - 1))
    for k, n in (("Complete", 3), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total", 8)):
        w.writerow([k, str(n)] + [""] * (ncol - 2))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    EXPECTED[name] = {
        "source": (
            "Imitates an FE college's internal audit recommendations tracker taken to its Audit Committee "
            "(colleges report open internal audit recommendations with original and revised dates at every "
            "committee; cf. the tracker practice described at "
            "https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=6040&Opt=3&PlanId=0). "
            "Cambridge Regional College, Audit Committee 18 November 2025; content invented. Copied "
            "features: a CSV export with a title line and a meeting line, audit name and assurance "
            "opinion repeated on each row, recommendation numbers restarting per audit, the "
            "recommendation beside the agreed management action, original and revised due dates, a RAG "
            "status column using 'Complete' and colour words, one quoted cell with a line break, and a "
            "summary block of counts after the table."),
        "reads": (
            "A comma-separated tracker of eight agreed actions from four internal audits, each with the "
            "audit's recommendation beside it. The revised due date is the end where there is one; "
            "'Complete' is blue; the Summary rows are counts, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": [act(r[2], [r[0], r[4]], r[5], r[11], r[12], r[13]) for r in rows],
    }


# ---------------------------------------------------------------------------
# 6. Lifetime Training - Apprenticeship Accountability Framework improvement plan (xlsx)
# ---------------------------------------------------------------------------
def lifetime():
    name = "mv1-lifetime-training-apprenticeship-accountability-framework-improvement-plan.xlsx"
    title = "Lifetime Training – Apprenticeship Accountability Framework Improvement Plan 2025/26"
    S1 = "1. Achievement rate (QAR) – 56.8% against 60% threshold"
    S2 = "2. Withdrawals – 17.2% against 15% threshold"
    S3 = "3. Apprentices past planned end date – 12.4% against 10% threshold"
    S4 = "4. Employer feedback – 2.4 stars against 2.5 star threshold"
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    # ref, action, root cause, owner, start, target, rag, progress | lead, end, end_text, status
    plan = [
        (S1, [
            ("1.1", "Introduce monthly gateway readiness reviews for all Adult Care and Hospitality "
                    "apprentices within six months of their planned end date.",
             "Late gateway and EPA bookings", "Head of Care Apprenticeships", D(2025, 9, 1), D(2026, 1, 31),
             "G", "Reviews running in Adult Care; Hospitality from November.",
             ["Head of Care Apprenticeships"], "2026-01", None, "green"),
            ("1.2", "Re-train all skills coaches on the revised progress review template, including the "
                    "12-weekly tripartite review with the employer.",
             "Weak tripartite reviews", "Ellis, Joanne", D(2025, 9, 1), D(2025, 12, 19),
             "A", "71% of coaches trained; sessions for the North team rescheduled.",
             ["Ellis, Joanne"], "2025-12", None, "amber"),
            ("1.3", "Diagnostic assessment at start for all learners without English and maths exemptions, "
                    "with weekly online functional skills tutorials.",
             "Functional skills first-time pass rate of 48%", "Functional Skills Manager",
             D(2025, 10, 1), D(2026, 3, 31),
             "G", "Diagnostics in place for all October starts.",
             ["Functional Skills Manager"], "2026-03", None, "green"),
        ]),
        (S2, [
            ("2.1", "Strengthen initial assessment and employer contracting so that job role, working hours "
                    "and the off-the-job training plan are confirmed before the start date.",
             "Starts on unsuitable programmes", "Head of Sales and Onboarding", D(2025, 8, 1),
             D(2025, 11, 30),
             "B", "New onboarding checklist in use since 1 October 2025.",
             ["Head of Sales and Onboarding"], "2025-11", None, "blue"),
            ("2.2", "Early-warning dashboard flagging learners with no progress review for eight weeks or "
                    "off-the-job hours below 80% of plan, discussed at weekly caseload meetings.",
             "Late intervention with at-risk learners", "Operations Director/Head of Data",
             D(2025, 10, 1), "Ongoing",
             "G", "Dashboard live; 146 learners flagged in October.",
             ["Operations Director", "Head of Data"], None, "Ongoing", "green"),
        ]),
        (S3, [
            ("3.1", "Review every apprentice past their planned end date and agree a completion plan or "
                    "record a change of circumstances within 30 days.",
             "Learner records not maintained", "Director of Quality and Compliance", D(2025, 9, 15),
             D(2025, 10, 31),
             "R", "212 of 387 reviewed by target date; remaining cases allocated to team leaders.",
             ["Director of Quality and Compliance"], "2025-10", None, "red"),
            ("3.2", "Monthly ILR data cleanse to update planned end dates after breaks in learning and "
                    "agreed extensions.",
             "ILR not updated after breaks", "Head of Data", D(2025, 9, 1), D(2026, 2, 28),
             "A", "First cleanse complete for R02.",
             ["Head of Data"], "2026-02", None, "amber"),
        ]),
        (S4, [
            ("4.1", "Account managers to hold quarterly reviews with levy employers with ten or more "
                    "apprentices and act on Apprenticeship Service feedback comments.",
             "Low employer engagement", "Head of Employer Partnerships", D(2025, 10, 1), D(2026, 3, 31),
             "G", "Reviews booked with 38 of 52 employers.",
             ["Head of Employer Partnerships"], "2026-03", None, "green"),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm.merge_cells("A1:E1")
    sm["A2"] = "AAF indicator position – data as at ILR R03 2025/26 (October 2025)"
    sm["A2"].font = Font(italic=True)
    hdr = ["Indicator", "Threshold", "Lifetime position", "Position against threshold"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
    ind = [("Achievement rate (QAR 2023/24)", "60%", "56.8%", "Below threshold"),
           ("Retention rate", "65%", "67.1%", "Meets threshold"),
           ("Withdrawals", "15%", "17.2%", "Below threshold"),
           ("Apprentices past planned end date", "10%", "12.4%", "Below threshold"),
           ("Breaks in learning", "8%", "5.1%", "Meets threshold"),
           ("Apprentice feedback", "2.5 stars", "3.4 stars", "Meets threshold"),
           ("Employer feedback", "2.5 stars", "2.4 stars", "Below threshold")]
    for i, r in enumerate(ind, start=5):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
        sm.cell(i, 4).fill = fill("F8CBAD" if r[3] == "Below threshold" else "C6EFCE")
    sm["A13"] = "RAG key (Improvement Plan sheet)"
    sm["A13"].font = Font(bold=True)
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk"),
                                ("R", "Off track – escalate to Quality Improvement Board")], start=14):
        c = sm.cell(i, 1, k)
        c.fill = fill(RAGF[k])
        sm.cell(i, 2, t)
    for col, wd in zip("ABCD", (38, 12, 18, 28)):
        sm.column_dimensions[col].width = wd

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Owner: Director of Quality and Compliance | Reviewed monthly at the Quality Improvement "
                "Board | Version 3, 6 November 2025")
    ws.merge_cells("A2:H2")
    cols = ["Ref", "Action", "Root cause addressed", "Owner", "Start date", "Target date", "RAG",
            "Progress / impact"]
    for j, h in enumerate(cols, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for sec, rows in plan:
        ws.cell(r, 1, sec).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, action, rc, owner, start, target, rag, prog, *_ in rows:
            for j, v in enumerate([ref, action, rc, owner, start, target, rag, prog], start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            ws.cell(r, 7).fill = fill(RAGF[rag])
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Note: RAG is set by the action owner and moderated at the Quality Improvement Board.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, wd in zip("ABCDEFGH", (6, 52, 28, 28, 11, 11, 6, 40)):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A5"

    cl = wb.create_sheet("Change log")
    for i, rr in enumerate([("Version", "Date", "Change"),
                            ("1", "15/08/2025", "Plan created following DfE AAF review letter"),
                            ("2", "03/10/2025", "Action 2.2 added; owners updated"),
                            ("3", "06/11/2025", "October progress and RAG")], start=1):
        for j, v in enumerate(rr, start=1):
            cl.cell(i, j, v).font = Font(bold=(i == 1))
    cl.column_dimensions["C"].width = 48
    wb.save(os.path.join(HERE, name))

    actions = []
    for sec, rows in plan:
        for ref, action, _rc, _o, _s, _t, _rag, _p, lead, end, et, stt in rows:
            actions.append(act(ref, [sec], action, lead, end, stt, et))
    EXPECTED[name] = {
        "source": (
            "Imitates the improvement plan an independent apprenticeship training provider keeps when it "
            "falls below thresholds in the DfE Apprenticeship Accountability Framework "
            "(https://www.gov.uk/government/publications/apprenticeship-training-provider-accountability-framework). "
            "Lifetime Training, 2025/26, November 2025 version; figures and content invented. Copied "
            "features: a Summary sheet with the AAF indicator dashboard (not actions) and a RAG key, an "
            "Improvement Plan sheet with shaded, merged indicator rows over numbered actions, root cause "
            "and owner columns, start and target dates as date cells, an 'Ongoing' target, RAG letters "
            "with matching fill, a note line, and a Change log sheet."),
        "reads": (
            "A three-sheet workbook whose Improvement Plan sheet holds eight actions (1.1–4.1) under four "
            "indicator headings. The indicator table on the Summary sheet and the change log are not "
            "actions; B is complete by the key; the target date is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }


# ---------------------------------------------------------------------------
# 7. Valuation Office Agency - ARC internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def voa():
    name = ("mv1-valuation-office-agency-arc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx")
    title = "Valuation Office Agency – Internal Audit Recommendations Tracker"
    CT = "Council Tax valuation list maintenance (2024-25)"
    BR = "Business rates appeals – Check, Challenge, Appeal (2024-25)"
    IT = "Cyber security: privileged access (2024-25)"
    HR = "Recruitment and vetting (2023-24)"
    rows = [
        (CT, "Moderate", "1", "High",
         "Reports of properties completed or demolished should be reconciled monthly with billing authority "
         "schedules.",
         "Introduce a monthly reconciliation of billing authority reports with exceptions followed up within "
         "20 working days.",
         "Head of Council Tax Operations", D(2025, 3, 31), "30 Nov 2025", "A",
         "Reconciliation piloted in two regions; national roll-out from October."),
        (CT, "Moderate", "2", "Medium",
         "Quality assurance sampling of list alterations should be documented.",
         "Publish a QA sampling procedure and record samples and outcomes on the case management system.",
         "Council Tax Quality Lead", D(2025, 6, 30), "", "B", "Procedure published July 2025."),
        (BR, "Limited", "1", "High",
         "Challenge cases older than 18 months should be reviewed and a resolution plan agreed.",
         "Weekly ageing report of open Challenge cases to regional managers; cases over 18 months reviewed "
         "by a senior valuer.",
         "Director, Business Rates", D(2025, 5, 31), "Febuary 2026", "R",
         "Backlog reduced from 1,940 to 1,210 cases; new date agreed with ARC chair."),
        (BR, "Limited", "2", "Medium",
         "Performance reporting to ExCo should separate Check, Challenge and Appeal volumes.",
         "Redesign the monthly ExCo performance pack to report each stage separately with trend data.",
         "Head of Performance and MI", D(2025, 7, 31), "", "G", "Draft pack reviewed at August ExCo."),
        (IT, "Limited", "1", "High",
         "Privileged accounts should be reviewed quarterly and removed promptly for leavers.",
         "Quarterly privileged access review signed off by the system owner; leaver accounts disabled "
         "within one working day.",
         "Chief Information Security Officer", D(2025, 4, 30), "31 Dec 2025", "A",
         "Q1 review complete; leaver process change awaiting HMRC shared service."),
        (IT, "Limited", "2", "Medium",
         "A privileged access management tool should be used for administrator sessions.",
         "Complete the business case for a PAM tool and deploy to domain administrator accounts.",
         "Head of Infrastructure / CISO", D(2025, 9, 30), "31 Mar 2026", "G",
         "Business case approved by Investment Committee."),
        (HR, "Moderate", "3", "Low",
         "Vetting renewal dates should be monitored centrally.",
         "Add vetting expiry dates to the HR dashboard with 90-day alerts to line managers.",
         "Head of HR Operations", D(2024, 12, 31), "30 Jun 2025", "B", "Dashboard live. Closed by GIAA."),
        (HR, "Moderate", "4", "Medium",
         "Recruitment files should evidence the sift and interview scoring for every campaign.",
         "Issue a recruitment file checklist and sample 10 campaigns a quarter.",
         "Head of Resourcing", D(2025, 8, 31), "", "G", "Checklist issued; first sample due October."),
    ]
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = ("Audit and Risk Committee, 24 September 2025 – Government Internal Audit Agency (GIAA) "
                "recommendations open at 31 August 2025")
    ws.merge_cells("A2:L2")
    ws["A3"] = "OFFICIAL"
    ws["A3"].font = Font(bold=True, color="C00000")
    hdr = ["Audit (year)", "Opinion", "Rec", "Priority", "Recommendation", "Agreed action", "Action owner",
           "Original target date", "Revised target date", "BRAG", "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00573F")
        c.alignment = WRAP
        c.border = BOX
    typo_row = None
    for i, r in enumerate(rows, start=6):
        for j, v in enumerate(r, start=1):
            c = ws.cell(i, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(i, 10).fill = fill(RAGF[r[9]])
        if r[8] == "Febuary 2026":
            typo_row = i
    last = 6 + len(rows)
    ws.cell(last + 1, 1, "BRAG: B = implemented and closed; G = on track; A = at risk of missing revised "
                         "date; R = overdue.")
    ws.cell(last + 1, 1).font = Font(italic=True)
    for col, wd in zip("ABCDEFGHIJK", (30, 11, 5, 9, 44, 44, 26, 12, 14, 7, 40)):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of open recommendations by priority"
    sm["A1"].font = Font(bold=True)
    for i, rr in enumerate([("Priority", "Open", "Of which overdue"), ("High", 3, 1), ("Medium", 4, 0),
                            ("Low", 1, 0), ("Total", 8, 1)], start=3):
        for j, v in enumerate(rr, start=1):
            sm.cell(i, j, v).font = Font(bold=(i in (3, 7)))
    sm.column_dimensions["A"].width = 16
    wb.save(os.path.join(HERE, name))

    EXPECTED[name] = {
        "source": (
            "Imitates a government agency's internal audit recommendations tracker presented to its Audit "
            "and Risk Committee (GIAA recommendations with priority, owner, original and revised target "
            "dates and a BRAG status, as central government bodies publish in ARC papers). Valuation "
            "Office Agency, ARC 24 September 2025; content invented. Copied features: title, meeting and "
            "OFFICIAL marking lines, one row per recommendation with audit name and opinion repeated, "
            "original target dates as date cells and revised target dates typed as text, BRAG letters with "
            "fill, a key line under the table and a Summary sheet of counts."),
        "reads": (
            "A tracker of eight GIAA recommendations and agreed actions. The revised target date on sheet "
            f"row {typo_row} (Business rates appeals, rec 1) reads 'Febuary 2026', a mistyped month in the "
            "cell that gives the action's end; a careful reader would stop and ask rather than guess."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }


class Q(str):
    """A string always written in double quotes (refs and YYYY-MM months)."""


yaml.SafeDumper.add_representer(
    Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


class F(str):
    """A long prose string written as a folded block (source, reads)."""


yaml.SafeDumper.add_representer(
    F, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style=">"))


def write_expected():
    for name, exp in EXPECTED.items():
        exp["source"], exp["reads"] = F(exp["source"]), F(exp["reads"])
        for a in exp.get("actions", []):
            if a["ref"] is not None:
                a["ref"] = Q(a["ref"])
            if a["end"] is not None:
                a["end"] = Q(a["end"])
            if "\n" in a["action"]:
                a["action"] = Q(a["action"])
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


if __name__ == "__main__":
    rcht()
    wallingford()
    nscht()
    stbedes()
    crc()
    lifetime()
    voa()
    if "--expected" in sys.argv:
        write_expected()
    print("built", len(EXPECTED), "files in", HERE)
