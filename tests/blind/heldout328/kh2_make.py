#!/usr/bin/env python3
"""Generator for the seven kh2- blind cases of set heldout328.

Builds the data files (docx with python-docx, xlsx with openpyxl, csv/txt written
directly) and, from the same data, the NAME.expected.yaml readings.

Run:  /work/main/.venv/bin/python kh2_make.py
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL_HEX = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# --------------------------------------------------------------------------- helpers
def write_yaml(name, source, reads, outcome, title, actions, accept_refusal=False,
               refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def set_landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.5))


def xfill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =========================================================================== 1
# South Lanarkshire APC learning review improvement action plan (docx)
def make_south_lanarkshire():
    name = "kh2-south-lanarkshire-apc-learning-review-mr-a-improvement-action-plan.docx"
    title = "Learning Review: Mr A – Improvement Action Plan"
    T1 = "Learning Theme 1: Professional curiosity and the assessment of capacity"
    T2 = "Learning Theme 2: Information sharing across health, housing and police"
    T3 = "Learning Theme 3: Working with families and unpaid carers"
    R1 = ("Recommendation 1: South Lanarkshire APC should seek assurance that practitioners in all "
          "agencies understand when and how capacity should be assessed where an adult declines "
          "support, and that the outcome is recorded.")
    R2 = ("Recommendation 2: Partner agencies should ensure that repeated refusals of care and "
          "treatment trigger a multi-agency discussion.")
    R3 = ("Recommendation 3: The APC should assure itself that concerns about self-neglect are "
          "shared between agencies promptly and recorded in each agency's chronology.")
    R4 = ("Recommendation 4: Agencies should involve the adult's family and unpaid carers in "
          "assessment and protection planning wherever the adult consents.")
    R5 = ("Recommendation 5: The APC should share the learning from this review across the "
          "partnership and measure its impact.")

    # (ref, action, lead cell, timescale cell, progress, rag letter)
    themes = [
        (T1, [
            (R1, [
                ("1.1", "Deliver multi-agency briefing sessions on the Adults with Incapacity (Scotland) "
                        "Act 2000 and the assessment of capacity where an adult declines support.",
                 "Learning and Development Co-ordinator (APC)", "June 2025",
                 "Three of five sessions delivered (86 attendees). Remaining two booked for April and May 2025.",
                 "G"),
                ("1.2", "Revise the ASP inquiry recording template to include a mandatory field for "
                        "capacity considerations and the rationale for any decision.",
                 "Service Manager, Adult Support and Protection", "December 2024",
                 "New template live on SWIS from 2 December 2024.", "B"),
            ]),
            (R2, [
                ("2.1", "Introduce an escalation pathway so that three refusals of care within 28 days "
                        "prompt a multi-agency discussion chaired by a Team Leader.",
                 "Team Leader, Adult Locality Services / NHS Lanarkshire Adult Protection Lead",
                 "April 2025",
                 "Draft pathway consulted on; awaiting sign-off by the Chief Officers Group.", "A"),
            ]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Audit 30 cases involving self-neglect to test whether information was shared "
                        "within 24 hours of a concern being identified.",
                 "APC Quality Assurance Sub-group", "March 2025",
                 "Audit fieldwork complete; findings report due at the March APC.", "G"),
                ("3.2", "Agree a protocol with Housing Services and Police Scotland for sharing welfare "
                        "concern reports about tenants at risk of self-neglect.",
                 "Head of Housing Services; Detective Inspector, Public Protection Unit",
                 "30/09/2025",
                 "Work paused pending Police Scotland national guidance on concern reports.", "R"),
            ]),
        ]),
        (T3, [
            (R4, [
                ("4.1", "Update the ASP case conference guidance to prompt chairs to record the views of "
                        "family members and unpaid carers.",
                 "Independent Chair, ASP Case Conferences", "January 2025",
                 "Guidance updated and circulated 20 January 2025.", "B"),
            ]),
            (R5, [
                ("5.1", "Produce a 7-minute briefing on the learning from the review and circulate it to "
                        "all partner agencies.",
                 "APC Lead Officer", "November 2024",
                 "Briefing published on the APC website and circulated 14 November 2024.", "B"),
                ("5.2", "Include the learning from the review in the APC's annual self-evaluation and "
                        "report progress to the Chief Officers Group.",
                 "APC Lead Officer and APC Independent Convener", "Ongoing",
                 "Included in the 2024-25 self-evaluation framework.", "G"),
            ]),
        ]),
    ]
    leads = {
        "Team Leader, Adult Locality Services / NHS Lanarkshire Adult Protection Lead":
            ["Team Leader, Adult Locality Services", "NHS Lanarkshire Adult Protection Lead"],
        "Head of Housing Services; Detective Inspector, Public Protection Unit":
            ["Head of Housing Services", "Detective Inspector, Public Protection Unit"],
        "APC Lead Officer and APC Independent Convener":
            ["APC Lead Officer", "APC Independent Convener"],
    }
    ends = {"June 2025": ("2025-06", None), "December 2024": ("2024-12", None),
            "April 2025": ("2025-04", None), "March 2025": ("2025-03", None),
            "30/09/2025": ("2025-09", None), "January 2025": ("2025-01", None),
            "November 2024": ("2024-11", None), "Ongoing": (None, "Ongoing")}
    status = {"G": "green", "A": "amber", "R": "red", "B": "blue"}

    doc = Document()
    set_landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("South Lanarkshire Adult Protection Committee – multi-agency response to the "
                      "Adult Support and Protection Learning Review published in September 2024.")

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Document", "Learning Review (Mr A) Improvement Action Plan"),
                 ("Owner", "APC Learning Review Sub-group"),
                 ("Version", "4.0"),
                 ("Date", "3 March 2025"),
                 ("Status", "Live – progress reported to each meeting of the APC")]:
        row = dc.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
        shade(row[0], "D9E2F3")

    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph(
        "The Learning Review concerned Mr A, a 67 year old man who died at home in January 2024 "
        "after a prolonged period of self-neglect. The review made five recommendations, all of "
        "which were accepted by the Adult Protection Committee and the Chief Officers Group. This "
        "plan sets out the actions agreed by partner agencies in response. Progress is updated "
        "quarterly by the lead for each action.")
    doc.add_heading("2. RAG status key", level=1)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, text in [("B", "Blue – action complete and evidenced"),
                         ("G", "Green – on track to be delivered within timescale"),
                         ("A", "Amber – some slippage, recoverable"),
                         ("R", "Red – not progressing or overdue; escalated to the APC")]:
        row = key.add_row().cells
        cell_text(row[0], letter, bold=True)
        shade(row[0], FILL_HEX[letter])
        cell_text(row[1], text)

    doc.add_heading("3. Improvement actions", level=1)
    actions = []
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update (February 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.0), Cm(4.5), Cm(2.6), Cm(6.5), Cm(1.3)]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "1F3864")
        for rec, rows in recs:
            rc = t.add_row().cells
            m = rc[0].merge(rc[5])
            cell_text(m, rec, bold=True)
            shade(m, "DEEAF6")
            for ref, text, lead, when, prog, rag in rows:
                c = t.add_row().cells
                for i, v in enumerate([ref, text, lead, when, prog, rag]):
                    cell_text(c[i], v)
                shade(c[5], FILL_HEX[rag])
                e, et = ends[when]
                actions.append(act(ref, [theme, rec], text, leads.get(lead, [lead]), e,
                                   status[rag], et))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    doc.add_heading("4. Monitoring", level=1)
    doc.add_paragraph("The APC Learning Review Sub-group will monitor this plan at each meeting and "
                      "report by exception to the Chief Officers Group. Actions rated Blue will be "
                      "removed from the plan once the APC has agreed the evidence of completion.")
    doc.save(os.path.join(HERE, name))

    write_yaml(
        name,
        source=("Imitates a Scottish Adult Protection Committee's improvement action plan following an "
                "Adult Support and Protection Learning Review (the Scottish counterpart of a SAR), as "
                "published with APC/Chief Officers Group papers in 2024-25 (South Lanarkshire APC; no "
                "specific URL found; layout modelled on the Scottish Government 2022 learning review "
                "guidance and published APC plans). Copied features: Word document with a title, "
                "document-control table, RAG key table, one table per learning theme under a Heading 2, "
                "recommendation text in a merged shaded row above its actions, RAG letters with cell "
                "shading, job titles as leads, 'Ongoing' timescale."),
        reads=("A Word improvement plan for the Mr A learning review: three learning themes, each a "
               "heading over its own table, with five recommendations in merged rows and eight numbered "
               "actions under them. Each action has a lead post, a timescale month (one 'Ongoing'), a "
               "progress note and a shaded RAG letter; the document-control and key tables are not "
               "actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# =========================================================================== 2
# Manchester University NHS FT maternity and neonatal improvement plan (docx)
def make_mft_maternity():
    name = "kh2-manchester-university-nhsft-maternity-neonatal-improvement-plan.docx"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    TH = {
        1: "Theme 1: Safe and sustainable staffing",
        2: "Theme 2: Safety, governance and learning",
        3: "Theme 3: Listening to women and families",
        4: "Theme 4: Neonatal care",
    }
    # (theme, ref, action, lead cell, lead list, original, revised, progress, brag)
    rows = [
        (1, "1.1", "Complete the Birthrate Plus® reassessment of midwifery staffing across all three "
                   "maternity units and present the findings to the Board of Directors.",
         "Director of Midwifery", ["Director of Midwifery"], "31/10/2024", "31/12/2024",
         "Report received November 2024 and presented to the Board on 11 December 2024.", "B"),
        (1, "1.2", "Recruit to the 24 WTE midwifery vacancies identified in the workforce plan, "
                   "including international recruitment cohort 3.",
         "Head of Midwifery (Wythenshawe);\nDeputy Director of Workforce",
         ["Head of Midwifery (Wythenshawe)", "Deputy Director of Workforce"], "31/03/2025", "",
         "18.6 WTE appointed to date; cohort 3 (6 midwives) start February 2025.", "G"),
        (1, "1.3", "Provide 24/7 consultant obstetrician presence on the delivery suite at Saint "
                   "Mary's Hospital, Oxford Road.",
         "Clinical Director for Obstetrics", ["Clinical Director for Obstetrics"], "30/09/2024",
         "30/06/2025",
         "Job plans agreed for 10 of 14 consultants; two posts out to advert. Revised date agreed "
         "at Maternity Safety Board, October 2024.", "A"),
        (2, "2.1", "Embed the Patient Safety Incident Response Framework (PSIRF) in maternity services, "
                   "including thematic reviews of postpartum haemorrhage and term admissions.",
         "Maternity Governance Lead / Patient Safety Specialist",
         ["Maternity Governance Lead", "Patient Safety Specialist"], "31/12/2024", "",
         "PSIRF live; PPH thematic review presented to Maternity Safety Board January 2025.", "B"),
        (2, "2.2", "Achieve compliance with all ten CNST Maternity Incentive Scheme Year 6 safety "
                   "actions and submit the Board declaration.",
         "Director of Midwifery and Clinical Director for Obstetrics",
         ["Director of Midwifery", "Clinical Director for Obstetrics"], "03/03/2025", "",
         "Eight of ten safety actions evidenced. Safety action 8 training compliance 87% "
         "(target 90%).", "A"),
        (2, "2.3", "Implement the Saving Babies' Lives Care Bundle version 3 (elements 1–6) and audit "
                   "compliance quarterly through the LMNS.",
         "Consultant Midwife for Public Health", ["Consultant Midwife for Public Health"],
         "31/03/2025", "30/09/2025",
         "Element 4 (preterm birth) at 62% against 80% target; recovery plan agreed with the LMNS.",
         "R"),
        (3, "3.1", "Co-produce a revised personalised care and support plan with the Maternity and "
                   "Neonatal Voices Partnership (MNVP).",
         "MNVP Lead; Patient Experience Midwife", ["MNVP Lead", "Patient Experience Midwife"],
         "30/11/2024", "", "Co-produced plan launched 18 November 2024.", "B"),
        (3, "3.2", "Provide interpreting on demand in maternity triage and on the delivery suite, and "
                   "audit its use in 20 records each month.",
         "Head of Midwifery (North Manchester)", ["Head of Midwifery (North Manchester)"],
         "31/05/2025", "", "Video interpreting devices in place at all triage desks; first audit "
         "due March 2025.", "G"),
        (4, "4.1", "Review neonatal nurse staffing against BAPM standards and agree a funded "
                   "establishment for the neonatal intensive care unit.",
         "Neonatal Matron; Clinical Director, Neonatal Medicine",
         ["Neonatal Matron", "Clinical Director, Neonatal Medicine"], "31/01/2025", "30/04/2025",
         "Staffing review complete; business case to Investment Panel in March 2025.", "A"),
        (4, "4.2", "Introduce a transitional care pathway that keeps mothers and babies together and "
                   "reduces term admissions to the neonatal unit.",
         "Dr R. Okafor", ["Dr R. Okafor"], "31/07/2025", "",
         "Not yet started – pathway work begins April 2025 once estates works are scoped.", ""),
    ]
    brag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}

    doc = Document()
    set_landscape(doc)
    doc.add_paragraph(title, style="Title")
    p = doc.add_paragraph()
    p.add_run("Manchester University NHS Foundation Trust – Saint Mary's Managed Clinical Service").bold = True
    doc.add_paragraph("Position at 31 January 2025 | Report to the Quality and Safety Committee, "
                      "18 February 2025")
    doc.add_heading("Purpose", level=1)
    doc.add_paragraph(
        "This plan brings together the actions arising from the CQC maternity inspection, the "
        "Ockenden immediate and essential actions, the CNST Maternity Incentive Scheme and the "
        "Three Year Delivery Plan for Maternity and Neonatal Services into a single improvement "
        "plan. It is reviewed monthly at the Maternity Safety Board and quarterly at the Quality "
        "and Safety Committee.")
    doc.add_heading("BRAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for letter, text in [("B", "Completed and evidenced"), ("G", "On track"),
                         ("A", "At risk of delay – mitigation in place"),
                         ("R", "Off track – escalated to Maternity Safety Board")]:
        row = key.add_row().cells
        cell_text(row[0], letter, bold=True)
        shade(row[0], FILL_HEX[letter])
        cell_text(row[1], text)

    doc.add_heading("Improvement actions", level=1)
    hdr = ["Ref", "Action", "Lead(s)", "Original date", "Revised date", "Progress and evidence",
           "BRAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "7030A0")
    actions = []
    current = None
    for theme, ref, text, leadcell, leadlist, orig, rev, prog, b in rows:
        if theme != current:
            current = theme
            rc = t.add_row().cells
            m = rc[0].merge(rc[-1])
            cell_text(m, TH[theme], bold=True)
            shade(m, "E4DFEC")
        c = t.add_row().cells
        for i, v in enumerate([ref, text, leadcell, orig, rev, prog, b]):
            cell_text(c[i], v, size=9)
        if b:
            shade(c[6], FILL_HEX[b])
        when = rev or orig
        end = "%s-%s" % (when[6:10], when[3:5])
        actions.append(act(ref, [TH[theme]], text, leadlist, end, brag[b]))

    doc.add_paragraph("")
    doc.add_heading("Summary of BRAG position", level=2)
    s = doc.add_table(rows=2, cols=6)
    s.style = "Table Grid"
    counts = {}
    for r in rows:
        counts[r[-1]] = counts.get(r[-1], 0) + 1
    for i, (h, v) in enumerate([("Blue", counts.get("B", 0)), ("Green", counts.get("G", 0)),
                                ("Amber", counts.get("A", 0)), ("Red", counts.get("R", 0)),
                                ("Not rated", counts.get("", 0)), ("Total", len(rows))]):
        cell_text(s.rows[0].cells[i], h, bold=True)
        cell_text(s.rows[1].cells[i], str(v))
    doc.add_paragraph("Note: revised dates are only recorded where a change has been approved by the "
                      "Maternity Safety Board. Where no revised date is shown the original date stands.")
    doc.save(os.path.join(HERE, name))

    write_yaml(
        name,
        source=("Imitates an NHS trust maternity and neonatal improvement plan as taken to a Quality "
                "Committee/Board in 2024-25 (Manchester University NHS FT, Saint Mary's MCS; no specific "
                "URL found; layout modelled on published trust single improvement plans combining CQC, "
                "Ockenden, CNST MIS and Three Year Delivery Plan actions). Copied features: Title and "
                "cover lines, purpose paragraph, BRAG key table, one landscape table with merged theme "
                "rows, Original and Revised date columns, several leads in one cell (semicolon, slash, "
                "'and', line break), BRAG letters with shading, an unrated row, BRAG summary/totals table "
                "and a notes line."),
        reads=("A Word maternity and neonatal improvement plan with one action table split into four "
               "themes by merged rows, ten numbered actions in all. Each action has lead posts, an "
               "original and sometimes a revised completion date (the revised one is the due month), "
               "progress and a BRAG letter; one action is not yet rated. The key and BRAG summary "
               "tables are not actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# =========================================================================== 3
# South Tyneside and Sunderland NHS FT Board of Directors public action log (xlsx)
def make_stsft_log():
    name = "kh2-south-tyneside-sunderland-nhsft-board-of-directors-public-action-log.xlsx"
    title = "South Tyneside and Sunderland NHS Foundation Trust – Board of Directors (Public) Action Log"
    open_rows = [
        # no, meeting, minute, item, action, lead cell, lead list, orig, revised, update, rag
        ("BoD/24/031", D(2024, 9, 5), "24/112", "Integrated Performance Report",
         "Provide a deep dive into cancer 62-day performance at Sunderland Royal Hospital, including "
         "the recovery trajectory.", "Chief Operating Officer", ["Chief Operating Officer"],
         D(2024, 11, 7), D(2025, 3, 6),
         "Deferred to March Board so that validated Q3 data can be included.", "A"),
        ("BoD/24/034", D(2024, 9, 5), "24/118", "Freedom to Speak Up Guardian report",
         "Report the outcome of the FTSU staff survey benchmarking and proposed actions to the People "
         "Committee.", "Director of People and OD", ["Director of People and OD"],
         D(2024, 12, 5), None, "Presented to People Committee 20 January 2025. Propose closure.", "B"),
        ("BoD/24/041", D(2024, 11, 7), "24/141", "Maternity and Neonatal Safety Report",
         "Bring the maternity workforce plan, including the midwife to birth ratio, to the Board for "
         "approval.", "Chief Nurse / Director of Midwifery", ["Chief Nurse", "Director of Midwifery"],
         D(2025, 1, 9), D(2025, 4, 3),
         "Birthrate Plus report received later than planned; revised date agreed with the Chair.", "A"),
        ("BoD/24/042", D(2024, 11, 7), "24/145", "Finance Report – Month 6",
         "Circulate the updated CIP pipeline, with schemes split between recurrent and non-recurrent, "
         "to all Board members.", "Director of Finance", ["Director of Finance"],
         D(2024, 11, 30), None, "Not yet circulated – to follow with February Board papers.", "R"),
        ("BoD/24/048", D(2024, 11, 7), "24/150", "Board Assurance Framework",
         "Review the risk appetite for BAF risk 3 (digital resilience) following the cyber incident "
         "exercise.", "Company Secretary & Chief Digital Officer",
         ["Company Secretary", "Chief Digital Officer"], "Q4 2024/25", None,
         "Exercise held 14 January 2025; review to Audit Committee in March.", "G"),
        ("BoD/25/002", D(2025, 1, 9), "25/007", "Patient Story",
         "Invite the family back to a future Board to hear how their feedback has changed discharge "
         "planning on Ward E58.", "Chief Nurse", ["Chief Nurse"], D(2025, 5, 1), None,
         "Family contacted; provisionally May Board.", "G"),
        ("BoD/25/005", D(2025, 1, 9), "25/013", "Winter Plan update",
         "Provide an evaluation of the same day emergency care (SDEC) extended hours pilot at South "
         "Tyneside District Hospital.", "Chief Operating Officer", ["Chief Operating Officer"],
         D(2025, 4, 3), None, "Pilot runs to end of February 2025.", "G"),
    ]
    closed_rows = [
        ("BoD/24/019", D(2024, 7, 4), "24/087", "Green Plan",
         "Publish the refreshed Green Plan on the Trust's public website.",
         "Director of Estates and Facilities", D(2024, 9, 30), D(2024, 9, 26),
         "Published 26 September 2024."),
        ("BoD/24/027", D(2024, 7, 4), "24/095", "Guardian of Safe Working annual report",
         "Share the Guardian of Safe Working annual report with the Council of Governors.",
         "Medical Director", D(2024, 10, 31), D(2024, 10, 17),
         "Presented to Council of Governors 17 October 2024."),
        ("BoD/24/036", D(2024, 9, 5), "24/121", "Children and Young People's Survey",
         "Confirm the Trust's response to the national CQC Children and Young People's survey and the "
         "resulting action plan.", "Chief Nurse", D(2024, 11, 7), D(2024, 11, 7),
         "Action plan received at November Board."),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Open Actions"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Actions arising from Board meetings held in public – position at 27 January 2025"
    ws["A2"].font = Font(italic=True)
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (l, txt) in zip("BCDE", [("R", "Overdue"), ("A", "Due date revised"),
                                      ("G", "On track / not yet due"),
                                      ("B", "Complete – propose closure")]):
        c = ws[col + "4"]
        c.value = txt
        c.fill = xfill(FILL_HEX[l])
        c.font = Font(color="FFFFFF" if l in "RB" else "000000", bold=True)
    hdr = ["Action No.", "Date of meeting", "Minute ref", "Agenda item", "Action", "Lead",
           "Original due date", "Revised due date", "Progress update", "RAG"]
    HR = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = HR + 1
    actions = []
    start = {}
    for row in open_rows:
        no, mtg, minute, item, text, leadcell, leadlist, orig, rev, upd, rag = row
        vals = [no, mtg, minute, item, text, leadcell, orig, rev, upd, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 10).fill = xfill(FILL_HEX[rag])
        start.setdefault(mtg, []).append(r)
        due = rev or orig
        if isinstance(due, dt.datetime):
            end, et = due.strftime("%Y-%m"), None
        else:
            end, et = "2025-03", due  # Q4 2024/25
        actions.append(act(no, [], text, leadlist, end,
                           {"R": "red", "A": "amber", "G": "green", "B": "blue"}[rag], et))
        r += 1
    # merge the meeting date down its actions
    for mtg, rr in start.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    widths = [12, 13, 10, 22, 48, 24, 13, 13, 40, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w

    ws2 = wb.create_sheet("Closed Actions")
    ws2["A1"] = "Actions closed at the Board meeting held on 9 January 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Action No.", "Date of meeting", "Minute ref", "Agenda item", "Action", "Lead",
            "Due date", "Date closed", "Closure note", "Status"]
    for i, h in enumerate(hdr2, 1):
        c = ws2.cell(3, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("005EB8")
        c.border = BOX
    r = 4
    for no, mtg, minute, item, text, lead, due, closed, note in closed_rows:
        for i, v in enumerate([no, mtg, minute, item, text, lead, due, closed, note, "Complete"], 1):
            c = ws2.cell(r, i, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        actions.append(act(no, [], text, [lead], due.strftime("%Y-%m"), "blue"))
        r += 1
    for i, w in enumerate(widths):
        ws2.column_dimensions["ABCDEFGHIJ"[i]].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(
        name,
        source=("Imitates an NHS foundation trust Board of Directors (public) action log as published in "
                "board papers in 2024-25 (South Tyneside and Sunderland NHS FT; no specific URL found; "
                "layout modelled on published trust board action logs). Copied features: title and "
                "'position at' line, colour RAG key row, header row, action numbers, meeting date merged "
                "down the rows of the same meeting, minute ref and agenda item columns, original and "
                "revised due dates, RAG shown by cell fill only (no text), a 'Q4 2024/25' due date, "
                "joint leads ('/' and '&'), and a second sheet of closed actions."),
        reads=("An Excel board action log: seven open actions on the first sheet, each with a lead post, "
               "an original and sometimes a revised due date and a fill-colour RAG cell, and three "
               "actions closed in January on a second sheet marked Complete. There are no themes; the "
               "key row is not an action."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# =========================================================================== 4
# Sheffield City Council corporate risk register Q3 2024/25 (xlsx)
def make_sheffield_crr():
    name = "kh2-sheffield-city-council-corporate-risk-register-q3-2024-25.xlsx"
    title = "Sheffield City Council – Corporate Risk Register"
    risks = [
        ("CRR01 – Financial sustainability",
         "Cause: rising demand, inflation and uncertainty over future funding. Event: the Council is "
         "unable to set and deliver a balanced budget. Consequence: use of reserves, S114 risk and "
         "reduced services.",
         "Executive Director, Resources", "4 x 5 = 20", "12", "↔", [
             ("CRR01a", "Deliver the 2024/25 budget savings programme of £43.6m, tracked monthly "
                        "through the Budget Delivery Board.",
              "Director of Finance and Commercial Services", D(2025, 3, 31),
              "£36.1m delivered or on track; mitigations for shortfall in Adult Care being "
              "developed.", "Amber"),
             ("CRR01b", "Set a balanced 2025/26 budget and refresh the Medium Term Financial "
                        "Strategy to 2028/29.",
              "Director of Finance and Commercial Services", D(2025, 3, 5),
              "Budget proposals to Strategy and Resources Policy Committee February 2025.", "Green"),
         ]),
        ("CRR02 – Demand and cost pressures in children's services and SEND",
         "Cause: growth in EHCPs and high-cost placements. Event: spend exceeds the DSG and general "
         "fund budgets. Consequence: a growing DSG deficit and pressure on the general fund.",
         "Strategic Director, Children's Services", "4 x 4 = 16", "9", "↑", [
             ("CRR02a", "Deliver the DSG deficit management plan agreed with the DfE and report "
                        "progress to Schools Forum.",
              "Director of Education and Skills", "Termly",
              "Autumn term report received by Schools Forum 5 December 2024.", "Amber"),
             ("CRR02b", "Open two additional in-house children's homes to reduce reliance on external "
                        "residential placements.",
              "Director of Children's Social Care / Head of Commissioning", "Q2 2025/26",
              "Second property purchase has fallen through; Ofsted registration of home 1 delayed.",
              "Red"),
         ]),
        ("CRR03 – Cyber security and ICT resilience",
         "Cause: increasing sophistication of cyber attacks and ageing systems. Event: a successful "
         "attack or major system failure. Consequence: loss of services and data, financial and "
         "reputational damage.",
         "Chief Digital Officer", "3 x 5 = 15", "10", "↓", [
             ("CRR03a", "Complete the Public Services Network (PSN) compliance remediation plan.",
              "Chief Digital Officer", D(2024, 12, 31), "PSN certificate renewed 19 December 2024.",
              "Complete"),
             ("CRR03b", "Run a cyber incident exercise with the Executive Management Team and test "
                        "the business continuity plans of critical services.",
              "Chief Digital Officer and Head of Emergency Planning", D(2025, 2, 28),
              "Exercise scheduled for 24 February 2025.", "Green"),
             ("CRR03c", "Achieve 95% completion of mandatory cyber awareness training by all staff "
                        "with network access.",
              "Head of Workforce Development", "Ongoing", "Completion at 88% (December 2024).",
              "Amber"),
         ]),
        ("CRR04 – Temporary accommodation demand",
         "Cause: rising homelessness presentations and a shortage of affordable homes. Event: demand "
         "for temporary accommodation exceeds supply. Consequence: use of costly bed and breakfast "
         "and poor outcomes for families.",
         "Director of Housing", "5 x 3 = 15", "9", "↑", [
             ("CRR04a", "Acquire 100 additional units of council-owned temporary accommodation "
                        "through the TA Acquisition Programme.",
              "Director of Housing", D(2025, 6, 30), "41 units acquired; 23 in conveyancing.", "Amber"),
             ("CRR04b", "Review the Homelessness Prevention Strategy and commission an enhanced "
                        "prevention service.",
              "Head of Housing Solutions", "September 2025", "Review under way; consultation "
              "closes March 2025.", "Green"),
         ]),
    ]
    rag_fill = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    rag_status = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    multi = {"Director of Children's Social Care / Head of Commissioning":
             ["Director of Children's Social Care", "Head of Commissioning"],
             "Chief Digital Officer and Head of Emergency Planning":
             ["Chief Digital Officer", "Head of Emergency Planning"]}
    endmap = {"Termly": (None, "Termly"), "Q2 2025/26": ("2025-09", "Q2 2025/26"),
              "Ongoing": (None, "Ongoing"), "September 2025": ("2025-09", None)}

    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2024/25 – reviewed by the Executive Management Team, 21 January 2025"
    hdr = ["Risk", "Risk description (cause, event, consequence)", "Risk owner",
           "Current score (L x I)", "Target score", "Direction of travel", "Action ref",
           "Further action to reduce the risk", "Action owner", "Target date", "Progress",
           "Action RAG"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("203864")
        c.alignment = WRAP
        c.border = BOX
    r = HR + 1
    actions = []
    for rtitle, desc, owner, score, target, dot, acts in risks:
        first = r
        for j, (ref, text, lead, when, prog, rag) in enumerate(acts):
            if j == 0:
                for i, v in enumerate([rtitle, desc, owner, score, target, dot], 1):
                    ws.cell(r, i, v)
            for i, v in enumerate([ref, text, lead, when, prog, rag], 7):
                c = ws.cell(r, i, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 12).fill = xfill(rag_fill[rag])
            for i in range(1, 13):
                ws.cell(r, i).alignment = WRAP
                ws.cell(r, i).border = BOX
            if isinstance(when, dt.datetime):
                e, et = when.strftime("%Y-%m"), None
            else:
                e, et = endmap[when]
            actions.append(act(ref, [rtitle], text, multi.get(lead, [lead]), e, rag_status[rag], et))
            r += 1
        if r - 1 > first:
            for col in range(1, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    widths = [24, 40, 20, 11, 8, 10, 9, 46, 24, 12, 36, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    s = wb.create_sheet("Risk Summary")
    s["A1"] = "Corporate risk profile – Quarter 3 2024/25"
    s["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Risk", "Risk owner", "Q2 score", "Q3 score", "Target", "Trend"], 1):
        s.cell(3, i, h).font = Font(bold=True)
    q2 = {"CRR01": 20, "CRR02": 12, "CRR03": 20, "CRR04": 12}
    for k, (rtitle, desc, owner, score, target, dot, acts) in enumerate(risks):
        s.cell(4 + k, 1, rtitle)
        s.cell(4 + k, 2, owner)
        s.cell(4 + k, 3, q2[rtitle[:5]])
        s.cell(4 + k, 4, int(score.split("=")[1]))
        s.cell(4 + k, 5, int(target))
        s.cell(4 + k, 6, dot)
    s["A9"] = "Scores of 15 and above are reported to the Audit and Standards Committee."
    s.column_dimensions["A"].width = 60
    s.column_dimensions["B"].width = 40

    m = wb.create_sheet("Scoring Matrix")
    m["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        m.cell(3, 1 + i, i)
        m.cell(3 + i, 1, 6 - i)
        for j in range(1, 6):
            v = (6 - i) * j
            c = m.cell(3 + i, 1 + j, v)
            c.fill = xfill("FF0000" if v >= 15 else "FFC000" if v >= 8 else "00B050")
    m["A10"] = "1-7 Low (green); 8-14 Medium (amber); 15-25 High (red)"
    wb.save(os.path.join(HERE, name))

    write_yaml(
        name,
        source=("Imitates a metropolitan council's quarterly corporate risk register as reported to "
                "an audit committee in 2024-25 (Sheffield City Council; no specific URL found; layout "
                "modelled on published council corporate risk registers). Copied features: title and "
                "review line, one row per further mitigating action with the risk name, description, "
                "owner, current/target scores and direction-of-travel arrow merged down the risk's "
                "action rows, action refs, action owners (job titles, two joined by '/' and 'and'), "
                "target dates as Excel dates and as 'Termly', 'Q2 2025/26', 'Ongoing' and 'September "
                "2025', Action RAG words with fill, a summary sheet and a scoring matrix sheet."),
        reads=("An Excel corporate risk register of four risks, each with two or three further "
               "actions (nine in all) on the first sheet; a person reads each action under its risk "
               "(the merged risk cell), with its action owner, target date and action RAG. The "
               "summary and scoring-matrix sheets are not actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# =========================================================================== 5
# Cornwall Council transformation programme highlight report (xlsx)
def make_cornwall_highlight():
    name = "kh2-cornwall-council-transformation-programme-highlight-report.xlsx"
    title = "Cornwall Council – Transformation Programme Highlight Report"
    ws_rows = [
        ("Workstream 1: Customer Access and Digital", [
            ("1.1", "Launch the new customer portal with single sign-on for council tax, benefits and "
                    "waste services.", "Head of Customer Services", D(2024, 10, 31), D(2025, 1, 31),
             "A", "A", "Integration testing with the revenues system found defects; go-live moved to "
                       "end of January."),
            ("1.2", "Migrate the contact centre telephony to the cloud platform.",
             "Chief Digital Officer", D(2024, 12, 13), D(2024, 12, 13), "G", "B",
             "Cut-over completed 13 December 2024 with no loss of service."),
            ("1.3", "Introduce AI-assisted webchat for the 20 most common enquiry types.",
             "Digital Transformation Lead", D(2025, 3, 31), D(2025, 5, 30), "G", "A",
             "Supplier contract award delayed by procurement challenge."),
        ]),
        ("Workstream 2: Adult Social Care Redesign", [
            ("2.1", "Roll out the strengths-based practice framework to all locality teams.",
             "Head of Adult Social Care Practice", D(2024, 11, 30), D(2024, 11, 29), "G", "B",
             "All 11 locality teams trained; framework live."),
            ("2.2", "Expand the Technology Enabled Care offer to 1,500 additional households.",
             "Assistant Director, Commissioning & TEC Programme Lead", D(2025, 3, 31),
             D(2025, 3, 31), "G", "G", "1,120 households now supported."),
        ]),
        ("Workstream 3: Property and Estates", [
            ("3.1", "Complete the office accommodation review and vacate three leased buildings in "
                    "Truro.", "Head of Property Services", D(2025, 6, 30), D(2025, 9, 30), "A", "R",
             "Landlord break clause for Pydar House cannot be exercised until September; "
             "escalated to Programme Board."),
            ("3.2", "Agree the surplus land and buildings disposal list with Cabinet.",
             "Strategic Director, Economic Growth and Development", D(2025, 2, 12), D(2025, 2, 12),
             "G", "G", "Report in the Cabinet forward plan for 12 February 2025."),
        ]),
        ("Workstream 4: Workforce and Organisational Development", [
            ("4.1", "Implement the new HR and payroll system for all staff.", "Head of HR Systems",
             D(2025, 4, 1), D(2025, 7, 1), "A", "R",
             "Data migration issues; parallel payroll run failed in December. Re-plan to Programme "
             "Board in January."),
            ("4.2", "Launch the leadership development programme for 200 managers.",
             "Head of Organisational Development", D(2025, 1, 20), D(2025, 1, 20), "G", "G",
             "First cohort of 40 confirmed."),
            ("4.3", "Reduce agency staff spend by 15% against the 2023/24 baseline.",
             "Chief People Officer", D(2025, 3, 31), D(2025, 3, 31), None, "A",
             "New milestone this period. Spend down 9% at Period 9."),
        ]),
    ]
    leads2 = {"Assistant Director, Commissioning & TEC Programme Lead":
              ["Assistant Director, Commissioning", "TEC Programme Lead"]}
    status = {"R": "red", "A": "amber", "G": "green", "B": "blue"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Reporting period: Period 9 (December 2024)"
    ws["A3"] = "Programme SRO: Chief Operating Officer    Programme Manager: Transformation PMO"
    # overall status block
    ws["A5"] = "Overall programme status"
    ws["A5"].font = Font(bold=True)
    for i, (dim, l) in enumerate([("Overall", "A"), ("Scope", "G"), ("Schedule", "A"),
                                  ("Budget", "G"), ("Benefits", "A")]):
        ws.cell(6, 1 + i * 2, dim).font = Font(bold=True)
        c = ws.cell(6, 2 + i * 2, l)
        c.fill = xfill(FILL_HEX[l])
        c.alignment = Alignment(horizontal="center")
    ws["A8"] = "Key achievements this period"
    ws["A8"].font = Font(bold=True)
    ws["A9"] = ("• Contact centre telephony moved to the cloud platform on schedule. "
                "• Strengths-based practice framework live in all locality teams.")
    ws.merge_cells("A9:I9")
    ws["A10"] = "Decisions required from Programme Board"
    ws["A10"].font = Font(bold=True)
    ws["A11"] = "Approve re-plan of the HR and payroll system go-live (see milestone 4.1)."
    ws.merge_cells("A11:I11")

    hdr = ["Ref", "Milestone / deliverable", "Project lead", "Baseline date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    HR = 13
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = HR + 1
    actions = []
    for wsname, ms in ws_rows:
        ws.cell(r, 1, wsname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = xfill("DDEBF7")
        r += 1
        for ref, text, lead, base, fc, prev, cur, comm in ms:
            for i, v in enumerate([ref, text, lead, base, fc, prev, cur, comm], 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            if prev:
                ws.cell(r, 6).fill = xfill(FILL_HEX[prev])
            ws.cell(r, 7).fill = xfill(FILL_HEX[cur])
            actions.append(act(ref, [wsname], text, leads2.get(lead, [lead]), fc.strftime("%Y-%m"),
                               status[cur]))
            r += 1
    r += 1
    ws.cell(r, 1, "RAG key: B = Complete; G = On track; A = At risk – mitigation in place; "
                  "R = Off track – escalation required. A blank previous RAG means a new milestone.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [8, 50, 28, 12, 12, 10, 10, 48, 6, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    rk = wb.create_sheet("Risks & Issues")
    rk["A1"] = "Top programme risks and issues – Period 9"
    rk["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["ID", "Type", "Description", "Likelihood", "Impact", "Score",
                           "Response"], 1):
        rk.cell(3, i, h).font = Font(bold=True)
    for k, row in enumerate([
        ("R1", "Risk", "Capacity in the Digital team is insufficient to support concurrent go-lives.",
         4, 4, 16, "Sequencing of go-lives agreed; two contractors approved."),
        ("R2", "Risk", "Benefits of the accommodation review are not realised in 2025/26.",
         3, 4, 12, "Monitor through the Property Board."),
        ("I1", "Issue", "HR and payroll data migration defects.", None, None, None,
         "Supplier recovery plan requested."),
    ]):
        for i, v in enumerate(row, 1):
            rk.cell(4 + k, i, v)
    rk.column_dimensions["C"].width = 70
    rk.column_dimensions["G"].width = 50
    wb.save(os.path.join(HERE, name))

    write_yaml(
        name,
        source=("Imitates a unitary council's monthly transformation programme highlight report to a "
                "programme board/cabinet in 2024-25 (Cornwall Council; no specific URL found; layout "
                "modelled on published council transformation highlight reports and PMO templates). "
                "Copied features: title, period and SRO lines, overall status block of RAG cells "
                "(overall/scope/schedule/budget/benefits), key achievements and decisions text, a "
                "milestone table with full-width workstream rows, baseline and forecast dates, "
                "Previous and Current RAG letters with fill, a RAG key line, and a separate risks and "
                "issues sheet."),
        reads=("An Excel highlight report whose milestone table lists ten milestones under four "
               "workstream rows. Each milestone has a project lead, a baseline and a forecast date "
               "(the forecast is the due month) and previous and current RAG; the status is the "
               "current RAG. The status block, narrative lines, key and risk sheet are not actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# =========================================================================== 6
# Nottingham Crime & Drugs Partnership DHR 'Chloe' action plan (csv)
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def make_nottingham_dhr():
    name = "kh2-nottingham-crime-drugs-partnership-dhr-chloe-action-plan.csv"
    title = "Nottingham Crime and Drugs Partnership – Domestic Homicide Review ‘Chloe’ – Action Plan"
    NC = 9
    R1 = ("1. All partner agencies to ensure that routine enquiry about domestic abuse is undertaken "
          "and recorded when a patient or client presents with indicators of coercive control.")
    R2 = ("2. Nottinghamshire Police and Nottingham City Council to review how repeat victims who do "
          "not support a prosecution are offered continuing support.")
    R3 = ("3. Housing providers to strengthen their response to reports of domestic abuse from "
          "tenants, including where the perpetrator is a member of the household.")
    R4 = ("4. The Home Office to consider issuing guidance on sharing information about perpetrators "
          "with adult family members living in the same household.")
    R5 = "5. The CDP to seek assurance that the learning from this review has been embedded across agencies."
    # ref, rec(shown only on first row), scope, action, lead cell, lead list, milestones,
    # target, completion, rag, end, end_text, status
    rows = [
        ("1.1", R1, "Local", "Audit compliance with routine enquiry in the Emergency Departments at "
         "Queen's Medical Centre and City Hospital.", "Nottingham University Hospitals NHS Trust",
         ["Nottingham University Hospitals NHS Trust"],
         "Audit tool agreed Nov 2024; first quarterly audit showed 58% compliance.", "31/03/2025", "",
         "Green", "2025-03", None, "green"),
        ("1.2", None, "Local", "Deliver coercive control training to GP practice safeguarding leads "
         "across the city.\nTraining to include use of the DASH risk checklist and referral to MARAC.",
         "NHS Nottingham and Nottinghamshire ICB", ["NHS Nottingham and Nottinghamshire ICB"],
         "Two of six sessions held.", "Sept 2025", "", "Amber", "2025-09", None, "amber"),
        ("2.1", R2, "Local", "Review the repeat victim flag and introduce a supervisory review by the "
         "Domestic Abuse Investigation Unit after the third report.", "Nottinghamshire Police",
         ["Nottinghamshire Police"], "New flag process live 18/12/2024.", "31/12/2024",
         "18/12/2024", "Complete", "2024-12", None, "blue"),
        ("2.2", None, "Local", "Commission an IDVA post dedicated to victims who have withdrawn from "
         "the criminal justice process.",
         "Nottingham City Council (Community Protection); Office of the Police and Crime Commissioner",
         ["Nottingham City Council (Community Protection)",
          "Office of the Police and Crime Commissioner"],
         "Funding agreed in principle; job description drafted.", "Q1 2025/26", "", "Amber",
         "2025-06", "Q1 2025/26", "amber"),
        ("3.1", R3, "Local", "Achieve Domestic Abuse Housing Alliance (DAHA) accreditation for the "
         "council's landlord service.", "Nottingham City Council Housing Services",
         ["Nottingham City Council Housing Services"], "Self-assessment submitted January 2025.",
         "30/06/2025", "", "Green", "2025-06", None, "green"),
        ("3.2", None, "Local", "Add domestic abuse indicators to the tenancy sustainment visit "
         "checklist and brief all tenancy officers.", "Nottingham City Council Housing Services",
         ["Nottingham City Council Housing Services"], "Checklist revised; 94 officers briefed.",
         "31/01/2025", "27/01/2025", "Complete", "2025-01", None, "blue"),
        ("4.1", R4, "National", "Write to the Home Office setting out the review's findings and this "
         "recommendation.", "CDP Partnership Manager", ["CDP Partnership Manager"],
         "Letter sent with the overview report.", "31/10/2024", "29/10/2024", "Complete",
         "2024-10", None, "blue"),
        ("5.1", R5, "Local", "Hold a multi-agency learning event for practitioners and publish a "
         "7-minute briefing.", "CDP Partnership Manager", ["CDP Partnership Manager"], "",
         "May 2025", "", "Not started", "2025-05", None, "unrated"),
    ]
    lines = []

    def line(*cells):
        cells = list(cells) + [""] * (NC - len(cells))
        lines.append(",".join(csvq(c) for c in cells))

    line(title)
    line("Updated following the DHR Steering Group, 12 February 2025")
    line()
    line("Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
         "Key milestones achieved in enacting recommendation", "Target date", "Date of completion",
         "RAG")
    actions = []
    cur = None
    for (ref, rec, scope, text, leadcell, leadlist, ms, target, comp, rag, end, et, st) in rows:
        if rec:
            cur = rec
        line(ref, rec or "", scope, text, leadcell, ms, target, comp, rag)
        actions.append(act(ref, [cur], text, leadlist, end, st, et))
    line()
    line("RAG key: Complete = implemented and evidenced; Green = on track; Amber = some delay; "
         "Red = significant delay or barrier; Not started")
    line("Total actions: 8 | Complete: 3 | Green: 2 | Amber: 2 | Red: 0 | Not started: 1")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_yaml(
        name,
        source=("Imitates a community safety partnership's Domestic Homicide Review action plan in the "
                "Home Office template columns (recommendation, scope, action to take, lead agency, key "
                "milestones, target date, date of completion, outcome/RAG), as published with DHR "
                "overview reports 2023-25 (Nottingham Crime and Drugs Partnership; no specific URL "
                "found). Saved from Excel as CSV: title lines padded with empty cells, the "
                "recommendation only on the first row of its group (merged cells exported), a "
                "multi-line action cell, day-first dates, 'Sept 2025' and 'Q1 2025/26', and a RAG key "
                "and totals line at the foot."),
        reads=("A CSV DHR action plan with five numbered recommendations and eight actions (1.1-5.1); "
               "actions on continuation rows belong to the recommendation above. Each has a lead "
               "agency, a target date and a RAG word (Complete, Green, Amber, Not started). The "
               "key and totals lines are not actions."),
        outcome="read", title=title, actions=actions)
    return name, len(actions)


# =========================================================================== 7
# Bedford Borough CSP delivery plan 2025/26 – mistyped month (txt, refuse)
def make_bedford_csp():
    name = "kh2-bedford-borough-csp-community-safety-plan-2025-26-delivery-plan-typo-month-refuse.txt"
    title = "Bedford Borough Community Safety Partnership – Delivery Plan 2025/26"
    lines = [
        title,
        "Community Safety Plan 2025-2028 | Quarter 2 update (position at 30 September 2025)",
        "",
        "\t".join(["Priority", "Ref", "What we will do", "Lead partner(s)", "Target date",
                   "Q2 update", "RAG"]),
        "Priority 1: Reduce violence against women and girls",
        "\t".join(["", "1.1", "Launch the Bedford Borough Domestic Abuse Strategy 2025-2028 and publish "
                   "the supporting action plan.", "Domestic Abuse Partnership Manager", "July 2025",
                   "Strategy launched 16 July 2025.", "Complete"]),
        "\t".join(["", "1.2", "Extend the town centre Safe Space to Friday and Saturday nights all year.",
                   "Bedfordshire Police / Community Safety Team", "March 2026",
                   "Funding confirmed to March 2026.", "Green"]),
        "\t".join(["", "1.3", "Hold walk and talk sessions with women and girls in Harpur and Castle "
                   "wards to identify places where they feel unsafe.", "Bedfordshire Police",
                   "Dec 2025", "Two of four sessions held.", "Amber"]),
        "Priority 2: Tackle serious violence and exploitation",
        "\t".join(["", "2.1", "Refresh the Serious Violence Duty strategic needs assessment with "
                   "specified authorities.", "Serious Violence Duty Co-ordinator", "Febuary 2026",
                   "Data requests issued to partners.", "Green"]),
        "\t".join(["", "2.2", "Deliver knife crime education sessions in all secondary schools and the "
                   "pupil referral unit.", "Youth Justice Service; Community Safety Team",
                   "31/03/2026", "9 of 15 schools visited.", "Green"]),
        "Priority 3: Reduce anti-social behaviour and build community confidence",
        "\t".join(["", "3.1", "Introduce an ASB case review (Community Trigger) dashboard reported to "
                   "the CSP Board quarterly.", "ASB Manager", "Oct 2025",
                   "Dashboard in testing.", "Amber"]),
        "\t".join(["", "3.2", "Hold community safety roadshows in rural parishes.",
                   "Neighbourhood Policing Inspector (Rural)", "Quarterly",
                   "Roadshows held in Sharnbrook and Wilstead.", "Green"]),
        "\t".join(["", "3.3", "Deploy re-deployable CCTV cameras at ASB hotspots identified through "
                   "partnership tasking.", "CCTV Manager", "Jan 2026", "Two cameras purchased.",
                   "Green"]),
        "",
        "RAG: Complete = delivered; Green = on track; Amber = some slippage; Red = at risk",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)
    n_actions = sum(1 for l in lines if l.startswith("\t"))

    write_yaml(
        name,
        source=("Imitates a district/unitary Community Safety Partnership annual delivery plan with a "
                "quarterly progress update, as taken to a CSP board or scrutiny committee in 2025-26 "
                "(Bedford Borough CSP; no specific URL found; layout modelled on published CSP "
                "partnership plan delivery plans). Exported from the spreadsheet as tab-separated "
                "text: title and period lines, header, priority lines alone on a line, actions with "
                "refs, lead partners, target months, Q2 update and RAG words, and a RAG key line. "
                "The target date of action 2.1 is mistyped as 'Febuary 2026'."),
        reads=("A tab-separated CSP delivery plan: three priorities with eight actions, each with a "
               "lead partner, a target month and a RAG word. Action 2.1's target date reads "
               "'Febuary 2026' – a mistyped month, so a careful reader stops and asks rather than "
               "guess the due month."),
        outcome="refuse", title=title, actions=None, refuse_at=refuse_line)
    return name, n_actions


if __name__ == "__main__":
    for fn in (make_south_lanarkshire, make_mft_maternity, make_stsft_log, make_sheffield_crr,
               make_cornwall_highlight, make_nottingham_dhr, make_bedford_csp):
        n, k = fn()
        print("%-95s %2d actions" % (n, k))
