#!/usr/bin/env python3
"""Build the seven fn2- blind test files (set heldout204).

Partnership, NHS and corporate plans:
  fn2-halton-sab-sar-adult-p-action-plan.docx
  fn2-the-rotherham-nhsft-maternity-neonatal-improvement-plan.docx
  fn2-tendring-csp-dhr-ruth-action-plan.csv
  fn2-safer-barnsley-partnership-community-safety-delivery-plan-2024-25.txt
  fn2-bury-council-corporate-risk-register-q3-2024-25.xlsx
  fn2-swindon-bc-transformation-programme-highlight-report.xlsx
  fn2-nhs-sussex-icb-board-action-log-typo-month-refuse.xlsx

Run with: /work/main/.venv/bin/python fn2_make.py
Each data structure below also carries the expected reading of every action
(lead list, end month, status) so the .expected.yaml files can be checked
against it.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RAG_HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ---------------------------------------------------------------- helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


# ===================================================== 1. Halton SAB SAR (docx)
HALTON_TITLE = ("Halton Safeguarding Adults Board – Safeguarding Adults Review "
                "(Adult P) Action Plan")
HALTON = [
    ("Recommendation 1: Halton SAB should seek assurance that partner agencies apply the "
     "Self-Neglect and Hoarding Multi-agency Guidance consistently, including use of the "
     "clutter image rating and escalation to a multi-agency risk management meeting.",
     [
         ("1.1", "Refresh the Self-Neglect and Hoarding Multi-agency Guidance to include a "
                 "clear escalation route to the Multi-agency Risk Management (MARM) meeting.",
          "HSAB Business Manager", "31/03/2025",
          "Refreshed guidance approved by the Policy and Procedures Sub-group in March 2025 "
          "and published on the HSAB website.", "Blue",
          ["HSAB Business Manager"], "2025-03", None, "blue"),
         ("1.2", "Deliver multi-agency briefings on the revised guidance to frontline "
                 "practitioners in adult social care, housing, primary care and Cheshire Fire "
                 "and Rescue Service.",
          "HSAB Business Manager / Chair of Learning and Development Sub-group", "June 2025",
          "Four briefings delivered (112 attendees). Further sessions for Cheshire Fire and "
          "Rescue Service arranged for October 2025.", "Amber",
          ["HSAB Business Manager", "Chair of Learning and Development Sub-group"],
          "2025-06", None, "amber"),
         ("1.3", "Undertake a multi-agency audit of self-neglect cases to test use of the "
                 "clutter image rating and MARM referrals.\nAudit findings to be reported to "
                 "the Quality and Performance Sub-group.",
          "Chair of Quality and Performance Sub-group", "Q3 2025/26",
          "Audit tool agreed. Case sample to be drawn in October 2025.", "Green",
          ["Chair of Quality and Performance Sub-group"], "2025-12", None, "green"),
     ]),
    ("Recommendation 2: Halton SAB should seek assurance that mental capacity assessments "
     "for adults who repeatedly decline care and support consider executive functioning.",
     [
         ("2.1", "Revise the Mental Capacity Act practice guidance to include assessment of "
                 "executive functioning where a person’s decisions and actions do not match.",
          "MCA Lead (Halton Borough Council)", "30/04/2025",
          "Revised guidance launched 28 April 2025.", "Blue",
          ["MCA Lead (Halton Borough Council)"], "2025-04", None, "blue"),
         ("2.2", "Include executive functioning in the MCA training offer for health and "
                 "social care practitioners across Halton.",
          "MCA Lead (Halton Borough Council); Named Nurse Safeguarding Adults (Bridgewater "
          "Community Healthcare NHS FT)", "Ongoing",
          "Module added to level 2 and level 3 MCA training from May 2025.", "Green",
          ["MCA Lead (Halton Borough Council)",
           "Named Nurse Safeguarding Adults (Bridgewater Community Healthcare NHS FT)"],
          None, "Ongoing", "green"),
     ]),
    ("Recommendation 3: Halton SAB should seek assurance that primary care and community "
     "health services follow up adults who do not attend or who disengage from planned care.",
     [
         ("3.1", "Develop a ‘was not brought / did not attend’ policy for adults, adapted from "
                 "the children’s policy, for use by GP practices in Halton.",
          "Designated Nurse Safeguarding Adults (NHS Cheshire and Merseyside – Halton Place)",
          "Sept 2025",
          "Draft policy out to consultation with GP practices; approval expected at the "
          "Halton Place Quality Group in November 2025.", "Amber",
          ["Designated Nurse Safeguarding Adults (NHS Cheshire and Merseyside – Halton Place)"],
          "2025-09", None, "amber"),
         ("3.2", "Audit community nursing records for patients who decline visits to check "
                 "that non-engagement is escalated to the named safeguarding lead.",
          "Head of Safeguarding (Bridgewater Community Healthcare NHS FT)",
          "31 December 2025", "Audit scheduled for November 2025.", "Green",
          ["Head of Safeguarding (Bridgewater Community Healthcare NHS FT)"],
          "2025-12", None, "green"),
     ]),
    ("Recommendation 4: Halton SAB should assure itself that learning from this review is "
     "shared across the partnership and that its impact is evaluated.",
     [
         ("4.1", "Produce and circulate a seven-minute briefing on the learning from the "
                 "review of Adult P.",
          "HSAB Business Manager", "January 2025",
          "Briefing circulated 20 January 2025 and presented at the HSAB learning event.",
          "Blue", ["HSAB Business Manager"], "2025-01", None, "blue"),
         ("4.2", "Hold a practitioner learning event on self-neglect with a follow-up survey "
                 "at three months to measure change in practice.",
          "HSAB Business Manager", "March 2026",
          "Learning event held 11 June 2025 (86 attendees). Three-month survey issued "
          "September 2025.", "Green",
          ["HSAB Business Manager"], "2026-03", None, "green"),
     ]),
]


def make_halton():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(HALTON_TITLE, style="Title")
    doc.add_paragraph("Progress update: September 2025")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document owner", "SAR Sub-group, Halton Safeguarding Adults Board"),
                 ("Version", "4.0"),
                 ("Date of last update", "19 September 2025"),
                 ("SAR published", "14 November 2024"),
                 ("Approved by", "HSAB Executive Group, 2 October 2025")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph(
        "Adult P was a 67-year-old man who lived alone in Widnes. He died in February 2024 "
        "after a long period of self-neglect. The review made four recommendations to the "
        "Board. This plan sets out the multi-agency response and is monitored by the SAR "
        "Sub-group at each meeting.")

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for c, (txt, col) in zip(key.rows[0].cells, [
            ("Blue – Complete and assured", "9DC3E6"),
            ("Green – On track", "C6EFCE"),
            ("Amber – Some slippage, recovery plan in place", "FFEB9C"),
            ("Red – Off track / escalated to HSAB Executive", "FFC7CE")]):
        set_cell(c, txt)
        shade(c, col)

    doc.add_paragraph("Action plan", style="Heading 2")
    hdr = ["Ref", "Action", "Lead agency / officer", "Target date",
           "Progress update (September 2025)", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.5), Cm(2.5), Cm(7.5), Cm(1.6)]
    for rec, actions in HALTON:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(m, rec, bold=True)
        shade(m, "D9E2F3")
        for c, h in zip(t.rows[1].cells, hdr):
            set_cell(c, h, bold=True)
            shade(c, "F2F2F2")
        for a in actions:
            ref, text, lead, date, prog, rag = a[:6]
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, date, prog, rag]):
                set_cell(c, v)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")
    doc.add_paragraph("Next review of this plan: SAR Sub-group, December 2025.")
    doc.save(os.path.join(HERE, "fn2-halton-sab-sar-adult-p-action-plan.docx"))


# ====================================== 2. Rotherham NHSFT maternity plan (docx)
ROTH_TITLE = "Maternity and Neonatal Improvement Plan 2024–2026"
ROTH = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "3YDP", "Co-produce a personalised care and support plan template with the "
                        "Maternity and Neonatal Voices Partnership (MNVP).",
         "Director of Midwifery / MNVP Lead", "31/03/2025", "30/09/2025",
         "Template co-produced and launched on BadgerNet in September 2025.", "blue",
         ["Director of Midwifery", "MNVP Lead"], "2025-09", None, "blue"),
        ("1.2", "CQC 2023 (should do)", "Translate the ten most used patient information "
                                        "leaflets into the five most spoken community "
                                        "languages in Rotherham.",
         "Patient Experience Midwife", "30/06/2025", "",
         "Six of ten leaflets translated; remaining four with the translation service.",
         "amber", ["Patient Experience Midwife"], "2025-06", None, "amber"),
    ]),
    ("Theme 2: Growing, retaining, and supporting our workforce", [
        ("2.1", "MSSP diagnostic", "Complete a Birthrate Plus® workforce review and present "
                                   "the funded establishment to the Board.",
         "Director of Midwifery", "31/12/2024", "31/03/2025",
         "Review presented to the Board in March 2025; 4.6 WTE investment agreed.", "blue",
         ["Director of Midwifery"], "2025-03", None, "blue"),
        ("2.2", "MSSP diagnostic", "Implement a preceptorship and retention programme for "
                                   "newly qualified midwives, including a 12-month rotation "
                                   "and a named Professional Midwifery Advocate.\nReport "
                                   "retention figures quarterly to the People Committee.",
         "Deputy Head of Midwifery", "Q2 2025/26", "",
         "Programme launched; 14 newly qualified midwives enrolled. First quarterly report "
         "due November 2025.", "green",
         ["Deputy Head of Midwifery"], "2025-09", None, "green"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning, and support", [
        ("3.1", "CQC 2023 (must do)", "Ensure all maternity incidents are reviewed within "
                                      "PSIRF timeframes and learning is shared through the "
                                      "weekly ‘Safety Huddle’ bulletin.",
         "Maternity Governance Lead", "31/01/2025", "",
         "Compliance 96% in Q1 and Q2 2025/26. Bulletin embedded.", "blue",
         ["Maternity Governance Lead"], "2025-01", None, "blue"),
        ("3.2", "PQCLP", "Deliver the actions from the perinatal culture and leadership "
                         "programme SCORE survey, including civility training for all staff "
                         "in the Family Health division.",
         "Clinical Director for Obstetrics and Gynaecology / Director of Midwifery",
         "30/09/2025", "31/01/2026",
         "Civility training 41% complete; escalated to the Maternity and Neonatal Safety "
         "Board in October 2025 due to staffing pressures.", "red",
         ["Clinical Director for Obstetrics and Gynaecology", "Director of Midwifery"],
         "2026-01", None, "red"),
    ]),
    ("Theme 4: Standards and structures that underpin safer, more personalised, and more "
     "equitable care", [
        ("4.1", "CQC 2023 (must do)", "Ensure all women attending maternity triage are seen "
                                      "by a midwife within 15 minutes of arrival using the "
                                      "Birmingham Symptom-specific Obstetric Triage System "
                                      "(BSOTS).",
         "Inpatient Matron", "31/10/2024", "31/07/2025",
         "BSOTS live. Compliance 93% against 95% standard; dedicated triage midwife funded "
         "from August 2025.", "amber",
         ["Inpatient Matron"], "2025-07", None, "amber"),
        ("4.2", "Saving Babies’ Lives v3", "Achieve full compliance with all six elements of "
                                           "the Saving Babies’ Lives Care Bundle version 3.",
         "Consultant Obstetrician (SBLCBv3 Lead) / Quality and Safety Midwife", "March 2026",
         "", "Compliance 87% at the last LMNS assessment (September 2025).", "green",
         ["Consultant Obstetrician (SBLCBv3 Lead)", "Quality and Safety Midwife"],
         "2026-03", None, "green"),
        ("4.3", "MSSP diagnostic", "Implement the national Maternity Early Warning Score "
                                   "(MEWS) tool across all inpatient areas.",
         "Maternity Digital Lead Midwife", "31/12/2025", "",
         "Not yet started – dependent on the BadgerNet upgrade scheduled for November 2025.",
         None, ["Maternity Digital Lead Midwife"], "2025-12", None, "unrated"),
    ]),
]


def make_rotherham():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(ROTH_TITLE, style="Title")
    doc.add_paragraph("The Rotherham NHS Foundation Trust")
    doc.add_paragraph("Report to the Board of Directors (Public), 7 November 2025 – Appendix 2")

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Executive lead", "Chief Nurse"),
                 ("Author", "Director of Midwifery"),
                 ("Version", "3.2"),
                 ("Date", "24 October 2025"),
                 ("Governance route", "Maternity and Neonatal Safety Board → Quality "
                                      "Committee → Board of Directors")]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan brings together the actions from the CQC maternity inspection (2023), the "
        "Maternity Safety Support Programme (MSSP) diagnostic and the national three-year "
        "delivery plan for maternity and neonatal services (3YDP). Actions are grouped under "
        "the four 3YDP themes.")

    doc.add_paragraph("BRAG rating key", style="Heading 2")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [("blue", "Completed and evidenced"),
                     ("green", "On track to deliver by the due date"),
                     ("amber", "At risk – mitigation in place"),
                     ("red", "Off track – escalated to the Maternity and Neonatal Safety Board"),
                     (None, "No colour – not yet started")]:
        row = key.add_row().cells
        set_cell(row[0], "")
        if col:
            shade(row[0], RAG_HEX[col])
        set_cell(row[1], txt)
        row[0].width = Cm(1.5)
        row[1].width = Cm(12)

    doc.add_paragraph("Improvement plan", style="Heading 2")
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original due date", "Revised due date",
           "Progress / evidence", "BRAG"]
    widths = [Cm(1.0), Cm(2.3), Cm(7.0), Cm(3.8), Cm(2.2), Cm(2.2), Cm(6.0), Cm(1.3)]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "7030A0")
    for theme, actions in ROTH:
        cells = t.add_row().cells
        m = cells[0].merge(cells[7])
        set_cell(m, theme, bold=True)
        shade(m, "E4DFEC")
        for a in actions:
            ref, src, text, lead, orig, rev, prog, brag = a[:8]
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, src, text, lead, orig, rev, prog, ""]):
                set_cell(c, v)
            if brag:
                shade(cells[7], RAG_HEX[brag])
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("Actions rated blue will be removed from the next version once the "
                      "evidence has been accepted by the LMNS.")
    doc.save(os.path.join(HERE, "fn2-the-rotherham-nhsft-maternity-neonatal-improvement-plan.docx"))


# ============================================ 3. Tendring CSP DHR 'Ruth' (csv)
TEND_TITLE = ("Tendring Community Safety Partnership – Domestic Homicide Review ‘Ruth’ – "
              "Action Plan")
TEND_HDR = ["Ref", "Recommendation", "Scope (local / regional / national)", "Action to take",
            "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
# rec text, scope, actions(ref, action, lead, milestones, target, completion, rag, exp...)
TEND = [
    ("Tendring CSP to seek assurance that agencies routinely ask about domestic abuse when "
     "older adults present with injuries or changes in behaviour.", "Local", [
         ("1.1", "Deliver targeted training on domestic abuse in later life to adult social "
                 "care, primary care and community health staff in Tendring.",
          "Essex County Council Adult Social Care; NHS Suffolk and North East Essex ICB",
          "Training package commissioned from Next Chapter; 3 of 6 sessions delivered.",
          "30/11/2025", "", "G",
          ["Essex County Council Adult Social Care", "NHS Suffolk and North East Essex ICB"],
          "2025-11", None, "green"),
         ("1.2", "Add a routine enquiry prompt on domestic abuse to the Adult Social Care "
                 "assessment form in Mosaic.",
          "Essex County Council Adult Social Care",
          "Prompt added to Mosaic assessment form.", "31/05/2025",
          "Completed 19/05/2025 – audit of 50 assessments shows prompt completed in 88%.",
          "B", ["Essex County Council Adult Social Care"], "2025-05", None, "blue"),
     ]),
    ("Essex Police to review how repeat call-outs to the same address are flagged to "
     "supervisors where no crime is recorded.", "Regional", [
         ("2.1", "Review the STORM flagging process for repeat domestic incidents at the same "
                 "address where no crime is recorded.",
          "Essex Police",
          "Review completed by the Force Control Room; new repeat-location flag live.",
          "Jul-25", "Completed July 2025", "B",
          ["Essex Police"], "2025-07", None, "blue"),
         ("2.2", "Brief all response supervisors on the new flag and the DASH escalation "
                 "route.\nInclude a case study from this review in the briefing.",
          "Essex Police", "Briefing drafted; delivery delayed by operational demand over "
                          "the summer.",
          "Dec-25", "", "A", ["Essex Police"], "2025-12", None, "amber"),
     ]),
    ("Tendring District Council to ensure housing officers recognise and respond to signs of "
     "domestic abuse during tenancy visits.", "Local", [
         ("3.1", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for Tendring "
                 "District Council housing services.",
          "Tendring District Council Housing Services",
          "Self-assessment submitted to DAHA in September 2025.", "Sept 2026", "", "G",
          ["Tendring District Council Housing Services"], "2026-09", None, "green"),
         ("3.2", "Introduce a domestic abuse prompt into the annual tenancy visit checklist.",
          "Tendring District Council Housing Services",
          "Checklist revised; awaiting IT change to the housing management system.",
          "31/10/2025", "", "A",
          ["Tendring District Council Housing Services"], "2025-10", None, "amber"),
     ]),
    ("The Home Office to consider amending the DHR statutory guidance to reflect the abuse of "
     "older parents by adult children.", "National", [
         ("4.1", "Tendring CSP Chair to write to the Home Office setting out the learning from "
                 "this review on the abuse of older parents by adult children.",
          "Tendring CSP Chair", "Letter sent 03/03/2025.", "Mar-25",
          "Completed – acknowledgement received from the Home Office DHR team.", "B",
          ["Tendring CSP Chair"], "2025-03", None, "blue"),
         ("4.2", "Share the published overview report with the Domestic Abuse Commissioner’s "
                 "office for inclusion in national analysis of DHRs.",
          "Tendring CSP Manager", "Awaiting Home Office Quality Assurance Panel approval to "
                                  "publish.",
          "On publication", "", "",
          ["Tendring CSP Manager"], None, "On publication", "unrated"),
     ]),
]


def make_tendring():
    n = len(TEND_HDR)
    rows = [[TEND_TITLE] + [""] * (n - 1),
            ["Position as at 14 October 2025 – Version 6"] + [""] * (n - 1),
            [""] * n,
            TEND_HDR]
    for rec, scope, actions in TEND:
        for i, a in enumerate(actions):
            ref, act, lead, miles, target, done, rag = a[:7]
            rows.append([ref, rec if i == 0 else "", scope if i == 0 else "", act, lead,
                         miles, target, done, rag])
    rows += [[""] * n,
             ["RAG: B = complete; G = on track; A = at risk of delay; R = off track / "
              "escalated to the CSP Board"] + [""] * (n - 1),
             ["Prepared by the Tendring CSP DHR Action Plan Monitoring Group. Not for onward "
              "circulation before publication."] + [""] * (n - 1)]
    with open(os.path.join(HERE, "fn2-tendring-csp-dhr-ruth-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# ====================================== 4. Safer Barnsley Partnership plan (txt)
BARN_TITLE = "Safer Barnsley Partnership – Community Safety Delivery Plan 2024/25"
BARN = [
    ("Priority 1: Protecting vulnerable people", [
        ("1.1", ["Roll out the Domestic Abuse Champions network to all GP practices and "
                 "family hubs in Barnsley."],
         "BMBC Safer Communities; Barnsley Place (SY ICB)", "Mar-25",
         "22 champions trained across 14 GP practices and 6 family hubs.", "G",
         ["BMBC Safer Communities", "Barnsley Place (SY ICB)"], "2025-03", None, "green"),
        ("1.2", ["Commission a perpetrator behaviour change programme for medium-risk "
                 "domestic abuse perpetrators."],
         "BMBC Public Health", "Sept 2024 – March 2025",
         "Provider appointed December 2024; first referrals expected February 2025.", "A",
         ["BMBC Public Health"], "2025-03", None, "amber"),
        ("1.3", ["Deliver the Safe Accommodation Strategy actions under Part 4 of the "
                 "Domestic Abuse Act 2021."],
         "Domestic Abuse Partnership Board", "Ongoing",
         "Needs assessment refreshed; 6 additional dispersed units secured.", "G",
         ["Domestic Abuse Partnership Board"], None, "Ongoing", "green"),
    ]),
    ("Priority 2: Tackling anti-social behaviour and neighbourhood crime", [
        ("2.1", ["Revise the ASB Case Review (Community Trigger) process in line with the "
                 "national Anti-Social Behaviour Action Plan."],
         "BMBC Safer Communities", "31/12/2024",
         "Revised process and public webpage published 2 December 2024.", "B",
         ["BMBC Safer Communities"], "2024-12", None, "blue"),
        ("2.2", ["Deliver hotspot patrols in Barnsley town centre and Goldthorpe funded "
                 "through the Home Office ASB hotspot response programme."],
         "South Yorkshire Police / BMBC Safer Communities", "Q4 2024/25",
         "Patrols in place in both areas; data returned to the Home Office monthly.", "G",
         ["South Yorkshire Police", "BMBC Safer Communities"], "2025-03", None, "green"),
        ("2.3", ["Relaunch Neighbourhood Watch in Barnsley with residents and ward "
                 "alliances."],
         "South Yorkshire Police", "June 2025",
         "Relaunch postponed to allow recruitment of a coordinator.", "A",
         ["South Yorkshire Police"], "2025-06", None, "amber"),
    ]),
    ("Priority 3: Reducing serious violence", [
        ("3.1", ["Publish the Serious Violence Duty strategic needs assessment and response "
                 "strategy for Barnsley."],
         "South Yorkshire Violence Reduction Unit; BMBC Safer Communities", "Jan-25",
         "Strategy going to the SBP Board on 16 January 2025 for sign-off.", "G",
         ["South Yorkshire Violence Reduction Unit", "BMBC Safer Communities"],
         "2025-01", None, "green"),
        ("3.2", ["Deliver the knife crime awareness programme in all secondary schools and "
                 "Barnsley College."],
         "SYVRU / Barnsley College / BMBC Education", "Jul-25",
         "Delivered in 9 of 13 secondary schools. College sessions booked for March 2025.",
         "G", ["SYVRU", "Barnsley College", "BMBC Education"], "2025-07", None, "green"),
    ]),
    ("Priority 4: Reducing drug and alcohol related harm", [
        ("4.1", ["Expand the naloxone distribution scheme to hostels, pharmacies and police "
                 "custody.",
                 "Target: 500 kits issued in 2024/25."],
         "BMBC Public Health; Humankind", "31/03/2025",
         "412 kits issued to the end of December 2024.", "G",
         ["BMBC Public Health", "Humankind"], "2025-03", None, "green"),
        ("4.2", ["Agree a joint performance framework for the Combating Drugs Partnership "
                 "and the Safer Barnsley Partnership."],
         "Combating Drugs Partnership Lead", "TBC", "", "",
         ["Combating Drugs Partnership Lead"], None, "TBC", "unrated"),
    ]),
]


def make_barnsley():
    L = [BARN_TITLE,
         "Quarter 3 progress update (October – December 2024)",
         "RAG: B = complete, G = on track, A = some slippage, R = off track",
         ""]
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
    total = 0
    for pri, actions in BARN:
        L.append(pri)
        L.append("\t".join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q3 update",
                            "RAG"]))
        for a in actions:
            ref, lines, lead, when, upd, rag = a[:6]
            L.append("\t".join([ref, lines[0], lead, when, upd, rag]))
            for extra in lines[1:]:
                L.append("\t".join(["", extra, "", "", "", ""]))
            counts[rag] += 1
            total += 1
        L.append("")
    L.append("Summary: %d actions – Blue %d, Green %d, Amber %d, Red %d, Not rated %d"
             % (total, counts["B"], counts["G"], counts["A"], counts["R"], counts[""]))
    L.append("Next update: Safer Barnsley Partnership Board, April 2025")
    with open(os.path.join(
            HERE, "fn2-safer-barnsley-partnership-community-safety-delivery-plan-2024-25.txt"),
            "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ========================================= 5. Bury Council CRR Q3 (xlsx)
BURY_TITLE = "Bury Council – Corporate Risk Register Quarter 3 2024/25"
# risk, owner, inherent, current, target, dot, actions
BURY = [
    ("CR1 – Failure to deliver a balanced budget and a sustainable Medium Term Financial "
     "Strategy", "Executive Director of Finance (S151 Officer)", 25, 20, 12, "↔", [
         ("CR1.1", "Deliver the 2024/25 savings programme and report delivery monthly to the "
                   "Strategic Leadership Team.",
          "Executive Director of Finance (S151 Officer)", D(2025, 3, 31), "A",
          "£1.9m of savings at risk; mitigations identified.",
          ["Executive Director of Finance (S151 Officer)"], "2025-03", None, "amber"),
         ("CR1.2", "Complete the review of reserves and present the reserves strategy with the "
                   "2025/26 budget.",
          "Director of Finance / Head of Financial Management", "February 2025", "B",
          "Reserves strategy approved by Council 19 February 2025.",
          ["Director of Finance", "Head of Financial Management"], "2025-02", None, "blue"),
         ("CR1.3", "Develop a three-year transformation plan to close the MTFS gap from "
                   "2026/27.",
          "Chief Executive", "Q1 2025/26", "G", "",
          ["Chief Executive"], "2025-06", None, "green"),
     ]),
    ("CR2 – Increasing demand and cost of placements for children with complex needs",
     "Executive Director of Children and Young People", 20, 20, 12, "↑", [
         ("CR2.1", "Open two in-house children’s homes through the Sufficiency Strategy capital "
                   "programme.",
          "Director of Social Care Practice", D(2025, 9, 30), "A",
          "First home registered with Ofsted in January 2025; second home delayed by "
          "planning.", ["Director of Social Care Practice"], "2025-09", None, "amber"),
         ("CR2.2", "Apply the Valuing Care approach to review all high-cost placements.",
          "Head of Commissioning (Children)", "Ongoing", "G",
          "31 placements reviewed since October 2024.",
          ["Head of Commissioning (Children)"], None, "Ongoing", "green"),
     ]),
    ("CR3 – Cyber attack leading to loss of systems and data",
     "Executive Director (Corporate Core)", 16, 12, 8, "↓", [
         ("CR3.1", "Achieve Public Services Network (PSN) compliance following the 2024 IT "
                   "health check.",
          "Head of ICT", D(2025, 1, 31), "B", "PSN certificate issued 22/01/2025.",
          ["Head of ICT"], "2025-01", None, "blue"),
         ("CR3.2", "Run a cyber incident exercise with the Strategic Leadership Team and the "
                   "Greater Manchester Resilience Forum.",
          "Head of ICT; Emergency Planning Manager", "June 2025", "G", "",
          ["Head of ICT", "Emergency Planning Manager"], "2025-06", None, "green"),
         ("CR3.3", "Roll out mandatory cyber awareness training to all staff and elected "
                   "members.",
          "Head of ICT", D(2025, 3, 31), "R",
          "Completion 58% – reminder issued by the Chief Executive.",
          ["Head of ICT"], "2025-03", None, "red"),
     ]),
    ("CR4 – Failure to meet the Regulator of Social Housing consumer standards for council "
     "homes", "Executive Director (Place)", 20, 16, 9, "↔", [
         ("CR4.1", "Complete stock condition surveys of 100% of council homes.",
          "Director of Housing Services", "December 2025", "G",
          "62% of surveys complete.", ["Director of Housing Services"], "2025-12", None,
          "green"),
         ("CR4.2", "Submit the self-referral action plan to the Regulator and report progress "
                   "quarterly to Cabinet.",
          "Executive Director (Place)", D(2024, 12, 31), "B",
          "Submitted 16 December 2024.", ["Executive Director (Place)"], "2024-12", None,
          "blue"),
     ]),
]


def score_fill(v):
    if v >= 15:
        return fill("FF0000")
    if v >= 8:
        return fill("FFC000")
    return fill("92D050")


def make_bury():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = "Bury Council – Corporate Risk Register Q3 2024/25: summary of risk scores"
    ws0["A1"].font = Font(bold=True, size=12)
    ws0.append([])
    ws0.append(["Risk", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target"])
    for c in ws0[3]:
        c.font = Font(bold=True)
        c.border = BOX
    hist = {"CR1": (20, 20), "CR2": (16, 20), "CR3": (16, 16), "CR4": (20, 20)}
    for risk, owner, inh, cur, tgt, dot, acts in BURY:
        code = risk.split(" ")[0]
        ws0.append([risk, hist[code][0], hist[code][1], cur, tgt])
        for c in ws0[ws0.max_row]:
            c.border = BOX
            c.alignment = WRAP
        for col in "BCDE":
            cell = ws0["%s%d" % (col, ws0.max_row)]
            cell.fill = score_fill(cell.value)
    ws0.append([])
    ws0.append(["Scores are Likelihood × Impact. Red 15–25, Amber 8–14, Green 1–7."])
    ws0.column_dimensions["A"].width = 70
    for col in "BCDE":
        ws0.column_dimensions[col].width = 12

    ws = wb.create_sheet("Corporate Risk Register")
    ws["A1"] = BURY_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Reported to Audit Committee, 6 March 2025. Risk scores: Likelihood (1–5) × "
                "Impact (1–5).")
    hdr = ["Risk", "Risk owner", "Inherent score", "Current score (Q3)", "Target score",
           "Direction of travel", "Ref", "Further action required", "Action owner",
           "Target date", "Action RAG", "Comment"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for risk, owner, inh, cur, tgt, dot, acts in BURY:
        first = r
        for a in acts:
            ref, text, aowner, date, rag, comment = a[:6]
            vals = [risk, owner, inh, cur, tgt, dot] if r == first else [None] * 6
            vals += [ref, text, aowner, date, rag, comment or None]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(date, dt.datetime):
                ws.cell(row=r, column=10).number_format = "dd/mm/yyyy"
            r += 1
        last = r - 1
        for ci in range(1, 7):
            if last > first:
                ws.merge_cells(start_row=first, start_column=ci, end_row=last, end_column=ci)
        for ci, v in ((3, inh), (4, cur), (5, tgt)):
            ws.cell(row=first, column=ci).fill = score_fill(v)
            ws.cell(row=first, column=ci).alignment = Alignment(horizontal="center",
                                                                vertical="top")
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: B = complete, G = on track, A = some "
                                   "slippage, R = significant slippage. Direction of travel "
                                   "compares the current score with Q2.")
    for col, w in zip("ABCDEFGHIJKL", [38, 24, 9, 9, 9, 9, 8, 50, 26, 13, 8, 36]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    wk = wb.create_sheet("Scoring key")
    wk.append(["Score", "Likelihood", "Impact"])
    for row in [(1, "Rare", "Negligible"), (2, "Unlikely", "Minor"), (3, "Possible", "Moderate"),
                (4, "Likely", "Major"), (5, "Almost certain", "Critical")]:
        wk.append(list(row))
    wk.append([])
    wk.append(["Risk rating", "Score range"])
    wk.append(["High", "15–25"])
    wk.append(["Medium", "8–14"])
    wk.append(["Low", "1–7"])
    wb.active = 1
    wb.save(os.path.join(HERE, "fn2-bury-council-corporate-risk-register-q3-2024-25.xlsx"))


# ================================ 6. Swindon transformation highlight (xlsx)
SWIN_TITLE = "Fit for the Future Transformation Programme – Highlight Report"
SWIN = [
    ("1. Customer and Digital", "A", "A", [
        ("CD01", "Launch the new customer portal with single sign-on for council tax, waste "
                 "and housing repairs.",
         "Assistant Director Digital and Customer", D(2025, 6, 30), D(2025, 10, 31), "A", "C",
         "Portal went live 13 October 2025; 4,200 accounts created in the first fortnight.",
         ["Assistant Director Digital and Customer"], "2025-10", None, "blue"),
        ("CD02", "Migrate telephony to the cloud contact centre platform.",
         "Head of Customer Services / Head of ICT Infrastructure", D(2025, 9, 30),
         D(2026, 1, 31), "A", "A",
         "Supplier delay on number porting; revised plan agreed with the supplier.",
         ["Head of Customer Services", "Head of ICT Infrastructure"], "2026-01", None,
         "amber"),
        ("CD03", "Pilot AI-assisted triage for the 20 most common web enquiries.",
         "Assistant Director Digital and Customer", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
         "Data protection impact assessment approved.",
         ["Assistant Director Digital and Customer"], "2026-03", None, "green"),
    ]),
    ("2. Workforce and Organisational Design", "G", "A", [
        ("WO01", "Consult on and implement the new senior management structure (tiers 2–3).",
         "Director of HR and OD", D(2025, 10, 1), D(2025, 10, 1), "G", "C",
         "Consultation closed 25 July; structure implemented 1 October 2025.",
         ["Director of HR and OD"], "2025-10", None, "blue"),
        ("WO02", "Implement the hybrid working and accommodation strategy, releasing two floors "
                 "of the Civic Offices.",
         "Director of HR and OD; Head of Corporate Property", D(2025, 12, 31), D(2026, 3, 31),
         "G", "A", "Space utilisation study complete; moves re-phased to avoid the budget "
                   "period.",
         ["Director of HR and OD", "Head of Corporate Property"], "2026-03", None, "amber"),
    ]),
    ("3. Commercial and Income", "A", "R", [
        ("CI01", "Complete the fees and charges review for 2026/27 budget setting.",
         "Chief Finance Officer", D(2025, 11, 30), D(2025, 11, 30), "G", "G",
         "Draft schedule with Cabinet Member for Finance.",
         ["Chief Finance Officer"], "2025-11", None, "green"),
        ("CI02", "Procure a delivery partner for the commercial waste service expansion.",
         "Director of Environment and Regulatory Services", D(2025, 9, 30), D(2025, 12, 31),
         "A", "R", "Tender returned no compliant bids; Programme Board decision needed on "
                   "re-procurement.",
         ["Director of Environment and Regulatory Services"], "2025-12", None, "red"),
    ]),
    ("4. Property and Assets", "G", "G", [
        ("PA01", "Complete tranche 1 of the asset disposals programme (8 sites).",
         "Head of Corporate Property", D(2026, 3, 31), D(2026, 3, 31), "G", "G",
         "5 of 8 sites under offer.", ["Head of Corporate Property"], "2026-03", None, "green"),
        ("PA02", "Relocate the Central Library service to the Civic Campus.",
         "Director of Communities", "Q4 2025/26", "Q2 2026/27", "A", "A",
         "Design stage complete; works programme extended following the structural survey.",
         ["Director of Communities"], "2026-09", None, "amber"),
    ]),
]
SWIN_RAG = {"G": "00B050", "A": "FFC000", "R": "FF0000", "C": "0070C0"}


def make_swindon():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = SWIN_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    rows = [("Council", "Swindon Borough Council"),
            ("Reporting period", "1–31 October 2025"),
            ("Senior Responsible Owner", "Chief Executive"),
            ("Report to", "Transformation Programme Board, 12 November 2025"),
            ("Overall status (previous / current)", "A / A")]
    for i, (k, v) in enumerate(rows, 3):
        ov.cell(row=i, column=1, value=k).font = Font(bold=True)
        ov.cell(row=i, column=2, value=v)
    r = 3 + len(rows) + 1
    for ci, h in enumerate(["Workstream", "Previous RAG", "Current RAG", "Summary"], 1):
        c = ov.cell(row=r, column=ci, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summaries = {
        "1. Customer and Digital": "Portal live; telephony migration re-planned.",
        "2. Workforce and Organisational Design": "Senior structure in place; accommodation "
                                                  "moves re-phased.",
        "3. Commercial and Income": "Commercial waste procurement failed – decision needed.",
        "4. Property and Assets": "Disposals on track.",
    }
    for ws_name, prev, cur, acts in SWIN:
        r += 1
        for ci, v in enumerate([ws_name, prev, cur, summaries[ws_name]], 1):
            c = ov.cell(row=r, column=ci, value=v)
            c.border = BOX
            c.alignment = WRAP
        ov.cell(row=r, column=2).fill = fill(SWIN_RAG[prev])
        ov.cell(row=r, column=3).fill = fill(SWIN_RAG[cur])
    r += 2
    ov.cell(row=r, column=1, value="Key decisions required").font = Font(bold=True)
    ov.cell(row=r + 1, column=1, value="The Board is asked to agree the approach to "
                                       "re-procuring the commercial waste delivery partner "
                                       "(milestone CI02).")
    r += 3
    ov.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, v) in enumerate([("G", "On track"),
                                ("A", "At risk – manageable within the programme"),
                                ("R", "Off track – needs a Programme Board decision"),
                                ("C", "Complete")], 1):
        ov.cell(row=r + i, column=1, value=k).fill = fill(SWIN_RAG[k])
        ov.cell(row=r + i, column=2, value=v)
    ov.column_dimensions["A"].width = 40
    ov.column_dimensions["B"].width = 40
    ov.column_dimensions["C"].width = 14
    ov.column_dimensions["D"].width = 55

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestone tracker – October 2025"
    ms["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
           "Current RAG", "Commentary"]
    for ci, h in enumerate(hdr, 1):
        c = ms.cell(row=3, column=ci, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for ws_name, prev, cur, acts in SWIN:
        ms.cell(row=r, column=1, value=ws_name).font = Font(bold=True)
        ms.cell(row=r, column=1).fill = fill("D9E1F2")
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            ref, text, owner, base, fc, p, c_, comm = a[:8]
            for ci, v in enumerate([ref, text, owner, base, fc, p, c_, comm], 1):
                cell = ms.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ms.cell(row=r, column=6).fill = fill(SWIN_RAG[p])
            ms.cell(row=r, column=7).fill = fill(SWIN_RAG[c_])
            r += 1
    r += 1
    ms.cell(row=r, column=1, value="Forecast date replaces the baseline where a change has "
                                   "been agreed by the Programme Board.")
    for col, w in zip("ABCDEFGH", [8, 50, 30, 13, 13, 10, 10, 50]):
        ms.column_dimensions[col].width = w
    ms.freeze_panes = "A4"
    wb.save(os.path.join(HERE, "fn2-swindon-bc-transformation-programme-highlight-report.xlsx"))


# ============================ 7. NHS Sussex ICB board action log (xlsx, refuse)
SUSX_TITLE = "NHS Sussex – Board Meeting in Public Action Log"
SUSX_OPEN = [
    ("ICB24/061", D(2024, 6, 5), "Min 24/082", "Integrated Performance Report",
     "Provide a trajectory for recovery of the 18-week referral to treatment position by "
     "provider.", "Chief Delivery Officer", "Dec-25",
     "Trajectories agreed with providers; to be included in the November IPR.", "Open"),
    ("ICB24/077", D(2024, 9, 4), "Min 24/119", "Winter Plan 2024/25",
     "Bring a review of winter learning to the Board before the 2025/26 winter plan is "
     "approved.", "Chief Delivery Officer", D(2025, 9, 3),
     "Included in the 2025/26 Winter Plan item on today’s agenda.", "Proposed for closure"),
    ("ICB25/012", D(2025, 3, 5), "Min 25/021", "Joint Forward Plan refresh",
     "Circulate the refreshed Joint Forward Plan to the three Health and Wellbeing Boards for "
     "their opinion.", "Director of Strategy", "Apr-25",
     "Circulated 28 March 2025; opinions received from all three Health and Wellbeing Boards.",
     "Proposed for closure"),
    ("ICB25/034", D(2025, 6, 4), "Min 25/066", "Quality Report",
     "Take a deep dive on mental health out-of-area placements to the Quality Committee and "
     "report back to the Board.", "Chief Nursing Officer / Chief Medical Officer", "Nov-25",
     "Deep dive scheduled for the October Quality Committee.", "Open"),
    ("ICB25/041", D(2025, 6, 4), "Min 25/071", "Financial Plan 2025/26",
     "Set out the risk-adjusted delivery of the efficiency programme by system partner.",
     "Chief Finance Officer", D(2025, 10, 1), "Included in the month 5 finance report.",
     "Open"),
    ("ICB25/052", D(2025, 7, 2), "Min 25/089", "Primary Care Access Recovery Plan",
     "Report on progress with the modern general practice access programme, including uptake "
     "of digital telephony.", "Director of Primary Care", "Febuary 2026",
     "Item scheduled for the February 2026 Board meeting.", "Open"),
    ("ICB25/058", D(2025, 9, 3), "Min 25/104", "Children and young people’s mental health",
     "Share the CAMHS waiting list validation outcomes with Board members.",
     "Chief Nursing Officer", "Oct-25", "", "Open"),
    ("ICB25/060", D(2025, 9, 3), "Min 25/107", "Board Assurance Framework",
     "Review the BAF risk on workforce supply in light of the ICB operating model changes.",
     "Director of Corporate Governance", "Jan-26", "", "Open"),
]
SUSX_REFUSE_ROW = 11  # sheet row of ICB25/052 ("Febuary 2026") on the Open actions sheet
SUSX_CLOSED = [
    ("ICB24/049", D(2024, 4, 3), "Min 24/058", "Operating Plan 2024/25",
     "Circulate the final operating plan submission to Board members.", "Chief Finance Officer",
     D(2024, 5, 1), "Circulated 30 April 2024.", "Closed 05/06/2024"),
    ("ICB24/088", D(2024, 11, 6), "Min 24/140", "Patient Safety Report",
     "Confirm the number of providers fully transitioned to PSIRF.", "Chief Nursing Officer",
     D(2025, 1, 8), "All NHS providers transitioned; confirmed in January report.",
     "Closed 08/01/2025"),
]


def make_sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = SUSX_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "NHS Sussex Integrated Care Board | Updated 24 September 2025"
    ws["A3"] = ("Actions proposed for closure are shaded grey. Closed actions are moved to the "
                "‘Closed’ tab once the Board has approved closure.")
    hdr = ["Action ref", "Meeting date", "Minute ref", "Item", "Action", "Owner", "Due date",
           "Update", "Status"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=ci, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    for row in SUSX_OPEN:
        for ci, v in enumerate(row, 1):
            c = ws.cell(row=r, column=ci, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if row[-1] == "Proposed for closure":
                c.fill = fill("D9D9D9")
        r += 1
    assert ws.cell(row=SUSX_REFUSE_ROW, column=7).value == "Febuary 2026"
    for col, w in zip("ABCDEFGHI", [11, 12, 11, 28, 50, 28, 13, 45, 20]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    wc = wb.create_sheet("Closed")
    wc["A1"] = "Closed actions (retained for 12 months)"
    wc["A1"].font = Font(bold=True)
    for ci, h in enumerate(hdr, 1):
        wc.cell(row=3, column=ci, value=h).font = Font(bold=True)
    for i, row in enumerate(SUSX_CLOSED, 4):
        for ci, v in enumerate(row, 1):
            c = wc.cell(row=i, column=ci, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", [11, 12, 11, 28, 50, 28, 13, 45, 20]):
        wc.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "fn2-nhs-sussex-icb-board-action-log-typo-month-refuse.xlsx"))


def main():
    make_halton()
    make_rotherham()
    make_tendring()
    make_barnsley()
    make_bury()
    make_swindon()
    make_sussex()


if __name__ == "__main__":
    main()
