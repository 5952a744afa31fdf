"""Generator for the h2- cases of heldout42 (blind corpus).

Makes seven partnership and corporate plan documents in this folder, laid out as the
partnerships, councils and trusts that publish such plans lay them out:

  h2-hampshire-scp-lcspr-child-l-action-plan.docx    safeguarding children partnership review plan
  h2-safer-luton-csp-delivery-plan.xlsx              community safety partnership delivery plan
  h2-enfield-yjs-hmip-improvement-plan.txt           youth justice post-inspection plan (tab-separated)
  h2-islington-scrutiny-recommendations-tracker.csv  scrutiny recommendations tracker
  h2-falkirk-bvar-improvement-plan.docx              Best Value Assurance Report improvement plan
  h2-milton-keynes-asc-cqc-improvement-plan.xlsx     adult social care CQC assessment plan
  h2-qehkl-cqc-maternity-must-should-do-plan.xlsx    NHS trust CQC must/should do plan

The readings were written into the .expected.yaml files beside them before this script was
first run; this script only writes the cells, lines and paragraphs.
Run with /work/main/.venv/bin/python h2_make.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

HEX = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "lightblue": "9BC2E6",
    "grey": "D9D9D9",
    "hscp": "4B2C7F",
    "palehscp": "E6DDF2",
    "luton": "C00000",
    "paleluton": "FCE4D6",
    "falkirk": "00594F",
    "palefalkirk": "DDEEEA",
    "mk": "1F4E79",
    "palemk": "DDEBF7",
    "nhs": "005EB8",
    "palenhs": "E8EDEE",
}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def path(name):
    return os.path.join(HERE, name)


def fill(colour):
    c = HEX.get(colour, colour)
    return PatternFill(start_color=c, end_color=c, fill_type="solid")


# --------------------------------------------------------------------------------------------
# Word helpers
# --------------------------------------------------------------------------------------------

def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), HEX.get(colour, colour))
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc, margin=1.8):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(margin))


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# --------------------------------------------------------------------------------------------
# 1. Hampshire Safeguarding Children Partnership - LCSPR Child L action plan (docx)
# --------------------------------------------------------------------------------------------

HSCP_RECS = [
    ("Recommendation 1: Hearing the voice of the baby – Partners should make sure that "
     "practitioners consider what daily life is like for a non-verbal infant, including who is "
     "caring for the baby overnight and at weekends.", [
         ("1.1", "Develop a 'Day in the life of the baby' prompt for midwives, health visitors and "
                 "children's social workers and add it to the HIPS pre-birth assessment guidance.",
          "HCC Children's Services / HIOW ICB", "Claire Mortimer", "Sept 2025",
          "Prompt agreed by the Learning and Inquiry Group and published on the HIPS Procedures "
          "website on 29 September 2025.", "B"),
         ("1.2", "Run four multi-agency briefings on the voice of the baby through the HSCP "
                 "training programme.",
          "HSCP", "Tom Ashdown", "31.12.25",
          "Two briefings delivered (October and November) with 112 attendees. The last two are "
          "booked for 3 and 10 December.", "G"),
         ("1.3", "Audit 20 pre-birth assessments for evidence of the baby's lived experience.",
          "HSCP Scrutiny Subgroup", "Dr Amira Shah & Lucy Fenwick", "Q4 2025/26",
          "Audit tool agreed at the November Scrutiny Subgroup. The case sample will be drawn in "
          "January.", "G"),
     ]),
    ("Recommendation 2: Fathers and male carers – Agencies should identify and engage the "
     "fathers and male carers of babies, and assess the risks and strengths they bring.", [
         ("2.1", "Change the maternity booking record so that the details of the baby's father and "
                 "of any other man in the household are recorded.",
          "Hampshire Hospitals NHS FT", "Named Midwife for Safeguarding", "End of October 2025",
          "Change request raised with the maternity record supplier, which has given a go-live "
          "date of 12 January 2026.", "A"),
         ("2.2", "Add fathers and male carers as a standing item to the child protection "
                 "conference and core group templates.",
          "HCC Children's Services", "Mark Delaney", "Nov-25",
          "Templates amended and in use. Conference chairs were briefed at their November practice "
          "meeting.", "B"),
         ("2.3", "Deliver the 'Think Dad' training module to police public protection staff.",
          "Hampshire & IOW Constabulary", "DI Rachel Ord", "March 2026",
          "Module adapted for police use; first two sessions delivered to the Basingstoke and "
          "Havant public protection teams.", "G"),
     ]),
    ("Recommendation 3: Information sharing when families move – The HIPS partnerships should "
     "agree how information about a child with a plan is shared when the family moves between "
     "local authority areas.", [
         ("3.1", "Agree a transfer-in protocol with the Portsmouth, Southampton and Isle of Wight "
                 "partnerships for families with open child protection plans.",
          "HIPS Executive", "Tom Ashdown / Kirsty Brennan", "Q3 2025/26",
          "Draft protocol discussed at the HIPS Procedures Group in October. Comments from the "
          "Isle of Wight are still awaited.", "A"),
         ("3.2", "Remind GP practices to use the 'child moved out of area' alert when a child "
                 "subject to a plan registers with another practice.",
          "HIOW ICB", "Named GP, Safeguarding Children", "Ongoing",
          "Reminder in the November GP safeguarding newsletter, to be repeated every quarter.",
          "G"),
         ("3.3", "Test the protocol through a multi-agency dip sample of transfer-in cases.",
          "HSCP Scrutiny Subgroup", "Dr Amira Shah", "June 2026",
          "Not started: depends on action 3.1.", ""),
     ]),
    ("Recommendation 4: Professional challenge – The HSCP should seek assurance that "
     "practitioners know how to escalate disagreements and feel confident to do so.", [
         ("4.1", "Relaunch the HSCP Escalation Policy with a 7-minute briefing and a short film.",
          "HSCP", "HSCP Business Manager", "w/c 13/10/25",
          "Relaunched during Safeguarding Practice Week; the film has been viewed 640 times.",
          "B"),
         ("4.2", "Record escalations by agency and report the numbers to the Learning and Inquiry "
                 "Group each quarter.",
          "HSCP", "Lucy Fenwick", "Quarterly",
          "Quarter 2 returns received from five of the seven agencies; police and education "
          "returns have been chased.", "A"),
     ]),
]

BRAG_FILL = {"B": "lightblue", "R": "red", "A": "amber", "G": "green"}


def make_hampshire():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    h = doc.add_heading("Hampshire Safeguarding Children Partnership", level=1)
    h = doc.add_heading(
        "Local Child Safeguarding Practice Review: Child L – Multi-agency Action Plan", level=2)
    doc.add_paragraph(
        "This action plan sets out how partners will respond to the four recommendations of the "
        "Local Child Safeguarding Practice Review (LCSPR) concerning Child L, a baby who suffered "
        "serious non-accidental injuries at the age of ten weeks. Progress is monitored by the "
        "HSCP Learning and Inquiry Group (LIG) and reported to the Safeguarding Partners' "
        "Executive each quarter.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, t in enumerate(["Version", "Date", "Author", "Comments"]):
        cell_text(dc.rows[0].cells[i], t, bold=True)
        shade(dc.rows[0].cells[i], "palehscp")
    for r in [("0.3", "02/06/2025", "HSCP Business Manager", "Draft for LIG"),
              ("1.0", "18/07/2025", "HSCP Business Manager", "Agreed by the Executive"),
              ("1.4", "14/11/2025", "HSCP Business Manager", "Quarter 2 progress update")]:
        cells = dc.add_row().cells
        for i, t in enumerate(r):
            cell_text(cells[i], t)
    widths(dc, [2.0, 3.0, 5.0, 8.0])

    doc.add_paragraph()
    cols = ["Ref", "Action", "Lead agency", "Lead officer", "Timescale",
            "Progress update (November 2025)", "BRAG"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "hscp")
    repeat_header(t.rows[0])
    for rec, acts in HSCP_RECS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        cell_text(m, rec, bold=True)
        shade(m, "palehscp")
        for ref, action, agency, officer, when, progress, brag in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, action, agency, officer, when, progress, brag]):
                cell_text(cells[i], v, bold=(i == 6))
            if brag:
                shade(cells[6], BRAG_FILL[brag])
    widths(t, [1.2, 6.8, 3.2, 3.2, 2.4, 7.0, 1.4])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("BRAG key: ").bold = True
    p.add_run("B – complete and evidenced; G – on track; A – some delay, action in hand; "
              "R – off track, escalate to the Executive. Blank – not yet started.")
    doc.add_paragraph("Abbreviations: HCC – Hampshire County Council; HIOW ICB – Hampshire and "
                      "Isle of Wight Integrated Care Board; HIPS – Hampshire, Isle of Wight, "
                      "Portsmouth and Southampton.")
    doc.save(path("h2-hampshire-scp-lcspr-child-l-action-plan.docx"))


# --------------------------------------------------------------------------------------------
# 2. Safer Luton Partnership - community safety delivery plan (xlsx)
# --------------------------------------------------------------------------------------------

LUTON = [
    ("Priority 1: Serious violence and exploitation", [
        ("SV1", "Refresh the Luton serious violence strategic needs assessment with the "
                "Bedfordshire Violence and Exploitation Reduction Unit (VERU).",
         "Luton Council", "Community Safety Manager", D(2025, 4, 1), D(2025, 9, 30),
         "Green", "Complete",
         "Needs assessment signed off by the CSP Board in September and published on the "
         "council website."),
        ("SV2", "Deliver a detached youth work offer in the three wards with the highest levels "
                "of knife crime.",
         "Luton Council", "Youth Service Manager", D(2025, 4, 1), D(2026, 3, 31),
         "Green", "Green",
         "Detached teams out four evenings a week; 386 contacts with young people in Q2."),
        ("SV3", "Embed the Child Exploitation Panel's new screening tool across all partners.",
         "Bedfordshire Police", "Detective Chief Inspector, Public Protection",
         D(2025, 6, 1), D(2025, 12, 31), "Amber", "Amber",
         "Tool in use by police and children's social care; schools and health still to be "
         "trained."),
        ("SV4", "Commission a mentoring programme for children at risk of exclusion who are "
                "linked to exploitation.",
         "Luton Council / VERU", "Head of Early Help / VERU Partnership Lead",
         D(2025, 7, 1), D(2026, 3, 31), "Amber", "Red",
         "Procurement halted after only one bid was received. Re-tender planned for November, "
         "so delivery will not start before February."),
    ]),
    ("Priority 2: Domestic abuse and violence against women and girls", [
        ("DA1", "Recommission the domestic abuse safe accommodation service under Part 4 of the "
                "Domestic Abuse Act 2021.",
         "Luton Council", "Domestic Abuse Commissioning Lead", D(2025, 4, 1), D(2026, 1, 31),
         "Green", "Green",
         "Tender published in August; evaluation panel meets in November."),
        ("DA2", "Train 200 front-line staff across the partnership to use the DASH risk "
                "assessment.",
         "Luton CSP", "Domestic Abuse Partnership Coordinator", D(2025, 4, 1), D(2026, 3, 31),
         "Green", "Green",
         "118 staff trained to date, including 40 housing officers."),
        ("DA3", "Publish the action plan from the latest Domestic Homicide Review and track its "
                "actions through the Domestic Abuse Partnership Board.",
         "Luton CSP", "Community Safety Manager", D(2025, 5, 1), D(2025, 8, 31),
         "Amber", "Complete",
         "Review and action plan published in August after Home Office quality assurance."),
    ]),
    ("Priority 3: Town centre and neighbourhood crime", [
        ("TC1", "Consult on and extend the town centre Public Spaces Protection Order.",
         "Luton Council", "Head of Community Safety and Enforcement",
         D(2025, 4, 1), D(2025, 10, 31), "Green", "Complete",
         "Extended order approved by the Executive on 22 September and in force from 1 October."),
        ("TC2", "Run multi-agency days of action on retail crime with the Business Improvement "
                "District.",
         "Bedfordshire Police", "Inspector, Luton Town Centre Team", D(2025, 4, 1), "Ongoing",
         "Green", "Green",
         "Two days of action in Q2; 14 arrests and 9 Community Protection Warnings issued."),
        ("TC3", "Install and connect 12 new CCTV cameras at neighbourhood crime hotspots.",
         "Luton Council", "CCTV Control Room Manager", D(2025, 7, 1), D(2026, 2, 28),
         None, "Amber",
         "Sites surveyed; supply of cameras delayed by the contractor until January."),
    ]),
    ("Priority 4: Drugs and alcohol", [
        ("DR1", "Set up an alcohol-related violence referral pathway between the Luton and "
                "Dunstable Hospital emergency department and the drug and alcohol service.",
         "Public Health (Luton Council)", "Public Health Principal (Substance Misuse)",
         D(2025, 4, 1), D(2026, 3, 31), "Green", "Amber",
         "Pathway agreed but referrals have been low (11 in Q2); a navigator post is being "
         "considered."),
        ("DR2", "Increase naloxone distribution through pharmacies and hostels.",
         "Public Health (Luton Council)", "Drug and Alcohol Treatment Lead",
         D(2025, 10, 1), D(2025, 12, 31), None, "Not started",
         "Starts in Q3 once the new pharmacy contracts are in place."),
    ]),
]

RAG_WORD_FILL = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "lightblue"}


def make_luton():
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery Plan 25-26"
    ncol = 10
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Safer Luton Partnership – Community Safety Delivery Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("luton")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Year 2 of the Community Safety Plan 2024–2028  |  Q2 (July – September 2025) "
                "update for the CSP Board, 21 October 2025")
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Ref", "Action", "Lead Agency", "Lead Officer", "Start", "End",
           "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("paleluton")
        cell.alignment = CENTRE
        cell.border = BOX
    r += 1
    for prio, acts in LUTON:
        first = r
        for ref, action, agency, officer, start, end, q1, q2, upd in acts:
            vals = [prio if r == first else None, ref, action, agency, officer, start, end,
                    q1, q2, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
                    cell.alignment = CENTRE
            for c, v in ((8, q1), (9, q2)):
                cell = ws.cell(row=r, column=c)
                cell.alignment = CENTRE
                if v in RAG_WORD_FILL:
                    cell.fill = fill(RAG_WORD_FILL[v])
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).alignment = WRAP
    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for word, meaning in [("Complete", "action delivered"),
                          ("Green", "on track"),
                          ("Amber", "some slippage, recoverable within the year"),
                          ("Red", "off track – Board support needed"),
                          ("Not started", "not yet due to start")]:
        r += 1
        kc = ws.cell(row=r, column=1, value=word)
        if word in RAG_WORD_FILL:
            kc.fill = fill(RAG_WORD_FILL[word])
        ws.cell(row=r, column=2, value=meaning)
    r += 2
    ws.cell(row=r, column=1,
            value="Priorities agreed by the CSP Board in March 2024 from the strategic "
                  "assessment of crime and disorder.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", [22, 6, 48, 20, 26, 9, 9, 10, 11, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(path("h2-safer-luton-csp-delivery-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 3. Enfield Youth Justice Service - HMIP post-inspection plan (tab-separated text)
# --------------------------------------------------------------------------------------------

ENFIELD = [
    ("The Enfield Youth Justice Service should:", [
        ("1. analyse why Black and mixed heritage children are less likely than other children "
         "to receive a diversionary out-of-court outcome, and act on the findings", [
             ("1.1", "Complete a disproportionality deep-dive of all out-of-court decisions made "
                     "between April 2023 and March 2024, broken down by ethnicity and outcome.",
              "DP", "Jun-24",
              "Deep-dive presented to the Management Board in July. Black children were more "
              "likely than white children to receive a youth caution rather than a diversionary "
              "outcome.", "Complete"),
             ("1.2", "Add an ethnicity check to the Joint Decision-Making Panel so that the panel "
                     "records why a diversionary outcome was not chosen.",
              "RB", "31/08/2024",
              "Panel template amended and in use since August; the police co-chair has agreed "
              "the change.", "Complete"),
             ("1.3", "Report out-of-court outcomes by ethnicity to every Management Board meeting.",
              "DP", "Quarterly",
              "Standing item on the Board agenda from July 2024.", "G"),
         ]),
        ("2. improve the quality of assessment and planning to keep other people safe, so that "
         "it addresses the risks to identified victims", [
             ("2.1", "Deliver risk of harm training to all case managers.",
              "LM", "Sept 2024",
              "Training delivered in two cohorts (June and September); 24 of 26 case managers "
              "have attended.", "G"),
             ("2.2", "Introduce monthly management oversight audits of risk of harm assessments, "
                     "using the HMIP case assessment standards.",
              "LM/RB", "Monthly",
              "Audits running since May. The share of assessments rated sufficient has risen "
              "from 58% to 71%.", "G"),
             ("2.3", "Refresh the terms of reference of the Risk and Safety Panel so that victim "
                     "safety is a standing item.",
              "LM", "Jul-24",
              "Revised terms of reference agreed but not yet in use, as the panel chair post is "
              "vacant.", "A"),
         ]),
    ]),
    ("The Enfield Youth Justice Management Board should:", [
        ("3. make sure that education, health and children's social care are represented at the "
         "right level of seniority and contribute to the work of the Board", [
             ("3.1", "Review Board membership and attendance and agree named deputies of "
                     "sufficient seniority for each partner.",
              "SC", "Apr 2024",
              "Membership reviewed in April; named deputies agreed for all statutory partners.",
              "Complete"),
             ("3.2", "Hold a Board development session at which each partner presents its offer "
                     "to children known to the YJS.",
              "SC/AK", "Dec-24",
              "Session booked for 4 December 2024; education and CAMHS presentations are ready.",
              "G"),
         ]),
        ("4. make sure that children's education, training and employment needs are met, by "
         "monitoring ETE outcomes for all children known to the service", [
             ("4.1", "Agree a data-sharing arrangement with the council's education data team to "
                     "track school attendance and exclusions for all children open to the YJS.",
              "DP/AK", "31/10/2024",
              "Information sharing agreement still in draft; legal review has delayed sign-off "
              "beyond the target date.", "R"),
             ("4.2", "Recruit a dedicated ETE officer funded jointly by the YJS and the Virtual "
                     "School.",
              "AK", "TBC",
              "Funding bid submitted to the Virtual School; a decision is expected in the new "
              "financial year.", "A"),
         ]),
    ]),
]


def make_enfield():
    lines = [
        "Enfield Youth Justice Service",
        "HM Inspectorate of Probation inspection of youth justice services (fieldwork November "
        "2023, report published February 2024)",
        "Post-inspection improvement plan – progress at 30 September 2024",
        "",
        "\t".join(["Rec", "Action", "Owner", "By when", "Progress", "RAG"]),
    ]
    for addressee, recs in ENFIELD:
        lines.append(addressee + "\t\t\t\t\t")
        for rec, acts in recs:
            lines.append(rec + "\t\t\t\t\t")
            for a in acts:
                lines.append("\t".join(a))
    lines += [
        "",
        "RAG: Complete = action finished and evidenced; G = on track; A = at risk of slipping; "
        "R = off track",
        "Owners: AK = Head of Youth Justice; LM = YJS Operational Manager (Court and Custody); "
        "RB = YJS Operational Manager (Prevention and Out of Court); DP = Performance and "
        "Information Manager; SC = Chair, Youth Justice Management Board",
    ]
    with open(path("h2-enfield-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------------
# 4. Islington Council - scrutiny recommendations tracker (csv)
# --------------------------------------------------------------------------------------------

ISL_REVIEWS = [
    ("Complex Anti-Social Behaviour (2023/24)", "Policy and Performance", "Executive 11/07/2024", [
        ("ASB1", "That the council publishes a plain-English anti-social behaviour policy "
                 "setting out what residents can expect when they report ASB.",
         "Publish a revised ASB policy with an easy-read residents' guide.",
         "Head of Community Safety", "31/03/2025",
         "Policy adopted by the Executive in February 2025 and published with an easy-read "
         "guide.", "Implemented"),
        ("ASB2", "That complex ASB cases are managed on one case management system shared by "
                 "Housing and Community Safety.",
         "Procure and implement a single ASB case management system for Housing and Community "
         "Safety.",
         "Director of Homes and Neighbourhoods", "Mar-26",
         "Supplier appointed in August 2025. Data migration is under way and go-live is planned "
         "for February 2026.", "On track"),
        ("ASB3", "That victims in complex cases are given a single named caseworker.",
         "Introduce a named-caseworker model for all complex ASB cases.",
         "ASB Service Manager", "30/09/2025",
         "Model running in the two pilot neighbourhood teams. Borough-wide roll-out waits on the "
         "new case management system (ASB2).", "Delayed"),
        ("ASB4", "That the committee receives an annual report on the use of the Community "
                 "Trigger.",
         "Present an annual Community Trigger report to the Policy and Performance Scrutiny "
         "Committee.",
         "Head of Community Safety", "Annual",
         "First annual report scheduled for the committee's January 2026 meeting.", "On track"),
    ]),
    ("Damp and Mould in Council Homes (2024/25)", "Housing", "Executive 16/01/2025", [
        ("DM1", "That every report of damp and mould is inspected within ten working days.",
         "Set up a dedicated damp and mould inspection team working to a ten-day inspection "
         "standard.",
         "Head of Repairs", "31/05/2025",
         "Team in place since April. In September 86% of inspections took place within ten "
         "working days.", "Implemented"),
        ("DM2", "That tenants are told in writing what work will be done, and when, after each "
                "inspection.",
         "Send the tenant a written schedule of works after every damp and mould inspection.",
         "Head of Repairs", "2025/26",
         "Letter template agreed. Sending it automatically depends on a change to the repairs "
         "system due in December.", "On track"),
        ("DM3", "That the council completes a stock condition survey that identifies homes at "
                "risk of damp and mould.",
         "Complete a stock condition survey of all council homes with a focus on ventilation.",
         "Head of Asset Management", "Dec-26",
         "Survey contract awarded; 41% of homes surveyed to date.", "On track"),
        ("DM4", "That leaseholders are included in the council's damp and mould communications.",
         "Extend the damp and mould advice campaign to leaseholders.",
         "Head of Resident Engagement", "",
         "To be scheduled after the winter campaign for tenants.", "Not yet started"),
    ]),
    ("Cost of Living Support (2024/25)", "Policy and Performance", "Executive 20/03/2025", [
        ("CoL1", "That the council brings its cost of living advice together in one place "
                 "online and on the phone.",
         "Launch a single cost of living web page and a freephone number answered by the "
         "Income Maximisation Team.",
         "Head of Financial Inclusion", "Jun-25",
         "Web page and freephone number live from 2 June 2025.", "Implemented"),
        ("CoL2", "That the council promotes Pension Credit to older residents who are likely to "
                 "be eligible.",
         "Write to every household that council tax and housing benefit data show is likely "
         "to be eligible for Pension Credit.",
         "Head of Financial Inclusion", "31/12/2025",
         "Letters sent to 2,140 households in September; 312 new claims supported so far.",
         "On track"),
    ]),
]


def make_islington():
    hdr = ["Scrutiny review", "Committee", "Executive response", "Rec no.", "Recommendation",
           "Agreed action", "Lead officer", "Target date", "Progress update", "Status"]
    n = len(hdr)
    rows = [
        ["Islington Council – Scrutiny Recommendations Tracker"] + [""] * (n - 1),
        ["Policy and Performance Scrutiny Committee, 13 November 2025 – position at 31 October "
         "2025"] + [""] * (n - 1),
        [""] * n,
        hdr,
    ]
    for review, committee, resp, recs in ISL_REVIEWS:
        for ref, rec, action, lead, target, update, status in recs:
            rows.append([review, committee, resp, ref, rec, action, lead, target, update, status])
    rows.append([""] * n)
    rows.append(["Status key: Implemented = action complete, no further monitoring (blue); On "
                 "track = progressing to target date (green); Delayed = target date at risk "
                 "(amber); Off track = will not be delivered without intervention (red); Not "
                 "yet started = not rated"] + [""] * (n - 1))
    with open(path("h2-islington-scrutiny-recommendations-tracker.csv"), "w", encoding="utf-8",
              newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


# --------------------------------------------------------------------------------------------
# 5. Falkirk Council - Best Value Assurance Report improvement plan (docx)
# --------------------------------------------------------------------------------------------

FALKIRK = [
    ("1. The council must urgently progress its Council of the Future transformation "
     "programme, setting out clearly how its projects will deliver the savings it needs.", [
         ("1a", "Re-baseline the Council of the Future programme with a single register of "
                "projects, savings targets and milestones.",
          "Director of Transformation, Communities and Corporate Services", "September 2022",
          "Programme re-baselined and reported to the Council of the Future Board on "
          "21 September 2022.", "blue"),
         ("1b", "Introduce monthly highlight reports on Council of the Future projects to the "
                "Corporate Management Team.",
          "Transformation Manager", "October 2022",
          "Monthly highlight reports in place since October 2022.", "blue"),
         ("1c", "Report Council of the Future progress and savings to the Executive twice a year.",
          "Transformation Manager", "Six-monthly",
          "First report to the Executive in November 2022; the next is due in May 2023.",
          "green"),
     ]),
    ("2. The council needs a medium-term financial plan which shows how it will close its "
     "budget gap and reduce its reliance on one-off savings.", [
         ("2a", "Prepare a five-year Medium Term Financial Plan and present it to Council with "
                "the 2023/24 budget.",
          "Chief Finance Officer", "February 2023",
          "Medium Term Financial Plan presented to Council with the budget on 1 March 2023.",
          "blue"),
         ("2b", "Agree a programme of recurring savings for 2024/25 and 2025/26 through a "
                "cross-party budget working group.",
          "Chief Finance Officer / Chief Executive", "December 2023",
          "Working group meets monthly. £9.2m of recurring savings identified so far against a "
          "gap of £20m.", "amber"),
     ]),
    ("3. Elected members and officers need to work together more collaboratively, with members "
     "taking a stronger role in setting the council's direction and in scrutiny.", [
         ("3a", "Deliver a member development programme after the May 2022 elections covering "
                "scrutiny, finance and the role of members in transformation.",
          "Chief Governance Officer", "June 2022 – March 2023",
          "Programme delivered; average attendance of 19 of the 30 members.", "blue"),
         ("3b", "Review the effectiveness of scrutiny with support from the Improvement Service.",
          "Chief Governance Officer", "31 August 2023",
          "Scoping meeting held with the Improvement Service. Fieldwork starts in June.",
          "green"),
     ]),
    ("4. The council should finalise its community engagement strategy and show how "
     "communities will be involved in decisions about services.", [
         ("4a", "Finalise the Community Engagement Strategy after public consultation.",
          "Community Planning Manager", "End of June 2023",
          "Draft out to consultation until 12 May 2023. Some slippage while Community Planning "
          "partners comment.", "amber"),
         ("4b", "Train service managers in the National Standards for Community Engagement.",
          "Community Planning Manager", "Q2 2023/24",
          "Not yet started.", None),
     ]),
    ("5. The council needs a workforce plan that matches the future shape of the organisation.", [
         ("5a", "Publish a three-year workforce plan aligned to the Council of the Future "
                "programme.",
          "HR Manager (Workforce Planning)", "December 2022 (revised to September 2023)",
          "Delayed by the pay and grading review. Now due at the Corporate Management Team in "
          "August 2023.", "red"),
     ]),
]


def make_falkirk():
    doc = Document()
    landscape(doc, margin=1.5)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Falkirk Council")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string(HEX["falkirk"])
    doc.add_heading("Best Value Assurance Report 2022 – Improvement Plan", level=1)
    doc.add_paragraph("Progress update: position at 31 March 2023 (report to Audit Committee, "
                      "15 May 2023)").runs[0].italic = True
    doc.add_paragraph(
        "The Accounts Commission's findings on the Council's Best Value Assurance Report were "
        "published in January 2022. The Council accepted the report's recommendations and "
        "agreed the improvement actions below. Each action has a responsible officer and a "
        "target date, and progress is reported to the Audit Committee every six months.")

    cols = ["BVAR recommendation", "Ref", "Improvement action", "Responsible officer",
            "Target date", "Progress at March 2023", "Status"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, colour="FFFFFF")
        shade(t.rows[0].cells[i], "falkirk")
    repeat_header(t.rows[0])
    for rec, acts in FALKIRK:
        first = None
        for ref, action, officer, when, progress, status in acts:
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = cells[0]
                cell_text(cells[0], rec)
                shade(cells[0], "palefalkirk")
            for i, v in enumerate([ref, action, officer, when, progress], 1):
                cell_text(cells[i], v)
            cell_text(cells[6], "")
            if status:
                shade(cells[6], status)
            last = cells[0]
        if last is not first:
            first.merge(last)
            cell_text(first, rec)
    widths(t, [5.5, 1.0, 5.8, 3.8, 2.8, 6.2, 1.5])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Status key").bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in [("blue", "Complete"), ("green", "On target"),
                            ("amber", "Minor slippage"),
                            ("red", "Significant slippage / at risk"),
                            (None, "Not yet started")]:
        cells = k.add_row().cells
        cell_text(cells[0], "")
        if colour:
            shade(cells[0], colour)
        cell_text(cells[1], meaning)
    widths(k, [1.5, 7.0])
    doc.save(path("h2-falkirk-bvar-improvement-plan.docx"))


# --------------------------------------------------------------------------------------------
# 6. Milton Keynes City Council - ASC CQC improvement plan (xlsx)
# --------------------------------------------------------------------------------------------

MK = [
    ("Theme 1: Working with people", [
        ("People waited too long for Care Act assessments and reviews, and the waiting list was "
         "not consistently risk-assessed.", [
             ("1.1", "Clear the backlog of people waiting more than 28 days for an assessment, "
                     "using a time-limited assessment team.",
              "Kate Ellison", D(2025, 3, 31), D(2025, 11, 30),
              "Waiting list down from 612 to 188. The team has been extended to the end of "
              "November to finish the work.", "On track"),
             ("1.2", "Introduce a risk-rating tool and fortnightly contact for everyone on the "
                     "waiting list.",
              "Kate Ellison / Dev Patel", D(2025, 6, 30), None,
              "Tool live since June; contact calls are logged on the case record.", "Complete"),
         ]),
        ("Carers did not always receive a carer's assessment or know what support was "
         "available.", [
             ("1.3", "Recommission the carers' support service, delegating carer's assessments to "
                     "the provider.",
              "Joanne Fitch", D(2026, 1, 31), None,
              "Tender evaluation complete; the contract award report goes for decision in "
              "October.", "On track"),
             ("1.4", "Co-produce a carers' information pack with the Carers Reference Group.",
              "Joanne Fitch", D(2025, 8, 31), D(2025, 10, 31),
              "First draft reviewed by the group in September. Printing has been delayed.",
              "At risk"),
         ]),
    ]),
    ("Theme 2: Providing support", [
        ("There was limited choice of home care in rural parts of the area and a shortage of "
         "nursing beds for people living with dementia.", [
             ("2.1", "Develop a rural home care framework with enhanced rates for hard-to-reach "
                     "areas.",
              "Sam Okafor (Head of Commissioning)", D(2025, 12, 31), None,
              "Framework specification agreed; provider engagement event held on 4 September.",
              "On track"),
             ("2.2", "Agree a joint plan with the ICB to increase dementia nursing capacity.",
              "Sam Okafor (Head of Commissioning)", D(2026, 3, 31), None,
              "Joint needs analysis commissioned, but there is no agreement yet on shared "
              "funding.", "Off track"),
         ]),
    ]),
    ("Theme 3: Ensuring safety", [
        ("Safeguarding enquiries were not always completed in a timely way, and people were not "
         "always asked what outcomes they wanted.", [
             ("3.1", "Set up a safeguarding triage hub to screen all concerns within 24 hours.",
              "Priya Natarajan", D(2025, 4, 30), None,
              "Hub live since April.", "Complete"),
             ("3.2", "Audit 30 safeguarding enquiries each quarter for evidence of Making "
                     "Safeguarding Personal.",
              "Priya Natarajan / Principal Social Worker", "Quarterly", None,
              "Q2 audit: outcomes recorded in 24 of 30 cases (80%), up from 61% in Q1.",
              "On track"),
         ]),
        ("Young people moving to adult services were not always prepared early enough.", [
             ("3.3", "Create a Preparing for Adulthood team that starts working with young people "
                     "from the age of 14.",
              "Dev Patel", D(2026, 3, 31), None,
              "Business case approved; two of the four posts recruited.", "On track"),
         ]),
    ]),
    ("Theme 4: Leadership", [
        ("Performance data was not used consistently to manage practice, and the adult social "
         "care workforce strategy was out of date.", [
             ("4.1", "Launch a monthly performance dashboard for team managers.",
              "Lee Harding", D(2025, 7, 31), None,
              "Dashboard live; team managers trained in August.", "Complete"),
             ("4.2", "Refresh the workforce strategy with a focus on recruiting and retaining "
                     "occupational therapists.",
              "Lee Harding", D(2025, 9, 30), D(2026, 1, 31),
              "Staff consultation complete. The final draft has been held back to align with "
              "the council's People Strategy.", "At risk"),
         ]),
    ]),
]

MK_RAG = {"Complete": "lightblue", "On track": "green", "At risk": "amber", "Off track": "red"}


def make_mk():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Milton Keynes City Council"
    cv["A1"].font = Font(bold=True, size=14, color=HEX["mk"])
    cv["A2"] = "Adult Social Care Improvement Plan – response to the CQC Local Authority Assessment"
    cv["A2"].font = Font(bold=True, size=12)
    rows = [("Version", "2.3"), ("Owner", "Director of Adult Social Care"),
            ("Governance", "ASC Improvement Board (monthly); Health, Housing & Adults Scrutiny "
                           "Committee (six-monthly)"),
            ("Last updated", D(2025, 10, 6))]
    r = 4
    for k, v in rows:
        cv.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = cv.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for word, meaning in [("Complete", "Action delivered and evidence held"),
                          ("On track", "Expected to be delivered by the due date"),
                          ("At risk", "Some slippage; may miss the due date"),
                          ("Off track", "Will not be delivered by the due date without "
                                        "intervention")]:
        r += 1
        c = cv.cell(row=r, column=1, value=word)
        c.fill = fill(MK_RAG[word])
        cv.cell(row=r, column=2, value=meaning)
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 80

    ws = wb.create_sheet("Improvement Plan")
    ncol = 8
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = ("Milton Keynes City Council – Adult Social Care Improvement Plan (CQC Local "
                "Authority Assessment)")
    ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
    ws["A1"].fill = fill("mk")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Monthly update – September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead", "Due date", "Revised due date",
           "Update", "RAG"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("mk")
        cell.alignment = CENTRE
        cell.border = BOX
    for theme, afis in MK:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill("palemk")
            ws.cell(row=r, column=c).border = BOX
        for afi, acts in afis:
            first = r + 1
            for ref, action, lead, due, revised, update, rag in acts:
                r += 1
                vals = [ref, afi if r == first else None, action, lead, due, revised, update, rag]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                        cell.alignment = CENTRE
                rc = ws.cell(row=r, column=8)
                rc.fill = fill(MK_RAG[rag])
                rc.alignment = CENTRE
            if r > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
    for col, w in zip("ABCDEFGH", [6, 40, 48, 22, 12, 12, 50, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(path("h2-milton-keynes-asc-cqc-improvement-plan.xlsx"))


# --------------------------------------------------------------------------------------------
# 7. The Queen Elizabeth Hospital King's Lynn - CQC maternity must/should do plan (xlsx)
# --------------------------------------------------------------------------------------------

QEH = [
    ("MUST DO", [
        ("M1", "Must", "Reg 12", "The trust must ensure that emergency equipment in the maternity "
         "unit, including resuscitaires, is checked daily in line with trust policy.",
         "Introduce an electronic daily checklist for resuscitaires and emergency trolleys, with "
         "weekly compliance reported to the Maternity Governance meeting.",
         "Matron, Delivery Suite", D(2024, 1, 31),
         "Electronic checklist live from 8 January; compliance 97% in the four weeks to "
         "4 February.", "B"),
        ("M2", "Must", "Reg 18", "The trust must ensure that midwifery and medical staff complete "
         "mandatory training, including obstetric emergencies and fetal monitoring training, to "
         "meet the trust target.",
         "Agree a training recovery trajectory with protected study days and monthly "
         "compliance reporting by staff group.",
         "Practice Development Midwife", D(2024, 3, 31),
         "Midwives at 89% and obstetricians at 78% against the 90% target; extra PROMPT dates "
         "added in March.", "A"),
        ("M3", "Must", "Reg 12", "The trust must ensure that women attending maternity triage "
         "are assessed by a midwife within 15 minutes of arrival.",
         "Implement the Birmingham Symptom-Specific Obstetric Triage System (BSOTS) with a "
         "dedicated triage midwife on every shift.",
         "Director of Midwifery", D(2052, 9, 30),
         "BSOTS training under way; triage midwife rota agreed from April.", "G"),
        ("M4", "Must", "Reg 17", "The trust must ensure that risk assessments are reviewed and "
         "documented at every antenatal contact.",
         "Add a mandatory risk review field to the electronic maternity record and audit 20 "
         "records a month.",
         "Consultant Midwife", D(2024, 4, 30),
         "Field added; January audit showed 85% of records with a documented risk review.", "G"),
    ]),
    ("SHOULD DO", [
        ("S1", "Should", "", "The trust should ensure that birthing pool evacuation equipment is "
         "available and that staff practise pool evacuation regularly.",
         "Schedule quarterly pool evacuation drills in the birth centre and record attendance.",
         "Birth Centre Matron", D(2024, 2, 29),
         "First drill held in January; 14 staff attended.", "G"),
        ("S2", "Should", "", "The trust should continue to improve the environment of the "
         "combined antenatal and postnatal ward.",
         "Complete the ward refurbishment programme, including a second bereavement room.",
         "Divisional Director, Women's and Children's", D(2024, 12, 31),
         "Capital funding approved; works to be phased to keep the ward open.", "G"),
        ("S3", "Should", "", "The trust should make sure that staff are offered a debrief after "
         "serious incidents.",
         "Introduce a hot debrief checklist and a trauma risk management (TRiM) referral route "
         "for maternity staff.",
         "Maternity Governance Lead", D(2024, 5, 31),
         "Checklist drafted; TRiM practitioners being trained.", "A"),
        ("S4", "Should", "", "The trust should ensure that interpreters are used for women who "
         "do not speak English, and that their use is recorded.",
         "Relaunch the telephone and video interpreting service in maternity and add a "
         "recording prompt to the booking template.",
         "Maternity Governance Lead", D(2024, 3, 31),
         "Relaunched in January; the prompt is in the booking template.", "B"),
    ]),
]

QEH_BRAG = {"B": "lightblue", "R": "red", "A": "amber", "G": "green"}


def make_qeh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ncol = 9
    ws["A1"] = "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14, color=HEX["nhs"])
    ws["A2"] = "CQC Maternity Inspection (October 2023) – Must Do and Should Do Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Reported to: Quality Committee, 26 February 2024  |  Executive lead: Chief "
                "Nurse  |  Status at 16 February 2024")
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Must / Should", "Regulation", "CQC finding", "Action", "Lead",
           "Target date", "Evidence / progress", "BRAG"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("nhs")
        cell.alignment = CENTRE
        cell.border = BOX
    for band, acts in QEH:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = fill("palenhs")
        for vals in acts:
            r += 1
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                    cell.alignment = CENTRE
            bc = ws.cell(row=r, column=9)
            bc.fill = fill(QEH_BRAG[vals[-1]])
            bc.alignment = CENTRE
            bc.font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="BRAG key: B = completed and embedded; G = on track; "
                                   "A = at risk; R = off track").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [6, 10, 10, 44, 44, 24, 12, 44, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path("h2-qehkl-cqc-maternity-must-should-do-plan.xlsx"))


if __name__ == "__main__":
    make_hampshire()
    make_luton()
    make_enfield()
    make_islington()
    make_falkirk()
    make_mk()
    make_qeh()
    print("done")
