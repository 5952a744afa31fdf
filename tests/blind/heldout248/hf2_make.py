#!/usr/bin/env python3
"""Build the seven hf2- blind test files (set heldout248) and their .expected.yaml readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Each case keeps its data in one list; the display cells and the expected reading
(lead list, end month, status) are written out by hand per action.
"""
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
LIGHT = "DEEAF6"


def write_yaml(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=110)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_cell(cell, text):
    """Write text; inner newlines become separate paragraphs (cell.text joins them with \\n)."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hexcolour):
    return PatternFill(fill_type="solid", start_color="FF" + hexcolour, end_color="FF" + hexcolour)


def put(ws, row, col, value, bold=False, bg=None, wrap=True, datefmt="dd/mm/yyyy", border=True):
    c = ws.cell(row=row, column=col, value=value)
    if isinstance(value, datetime):
        c.number_format = datefmt
    c.alignment = Alignment(wrap_text=wrap, vertical="top")
    if bold:
        c.font = Font(bold=True)
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    return c


# =====================================================================
# 1. Westmorland and Furness SAB - SAR 'Bernard' (docx, read)
# =====================================================================
def case_wf_sar():
    name = "hf2-westmorland-furness-sab-sar-bernard-action-plan.docx"
    title = "Safeguarding Adults Review: ‘Bernard’ – Multi-Agency Action Plan"
    recs = [
        ("Recommendation 1 – Responding to self-neglect and hoarding",
         "The Board should seek assurance that partner agencies apply the multi-agency self-neglect and "
         "hoarding procedure consistently, including the use of multi-agency risk management meetings "
         "where a person declines support.",
         [
             ("1.1", "Relaunch the Westmorland and Furness multi-agency self-neglect and hoarding procedure with a "
                     "7-minute briefing and a practitioner webinar.",
              "SAB Business Manager", "June 2025", "Webinar booked for 11 June 2025; briefing drafted and "
              "circulated to subgroup for comment.", GREEN,
              (["SAB Business Manager"], "2025-06", None, "green")),
             ("1.2", "Audit a sample of 20 self-neglect concerns to test whether multi-agency risk management "
                     "(MARM) meetings were convened where indicated.",
              "Adult Social Care Principal Social Worker; Designated Nurse Safeguarding Adults (LSC ICB)",
              "30/09/2025", "Audit tool agreed. Sample selection delayed by the migration of the case recording "
              "system; new start date July 2025.", AMBER,
              (["Adult Social Care Principal Social Worker", "Designated Nurse Safeguarding Adults (LSC ICB)"],
               "2025-09", None, "amber")),
             ("1.3", "Include self-neglect and hoarding in the SAB multi-agency training offer for 2025/26.",
              "Chair of the Learning and Development Subgroup", "March 2026",
              "Course added to the 2025/26 programme; first cohort trained 3 April 2025.", BLUE,
              (["Chair of the Learning and Development Subgroup"], "2026-03", None, "blue")),
         ]),
        ("Recommendation 2 – Mental capacity and executive function",
         "All agencies should ensure that practitioners understand executive function and record mental "
         "capacity assessments that are time- and decision-specific where a person repeatedly declines care.",
         [
             ("2.1", "Deliver briefings on executive function and the Mental Capacity Act 2005 to adult social "
                     "care, community nursing and primary care teams.",
              "Council MCA Lead / Named GP for Adult Safeguarding", "Q2 2025/26",
              "Four of six briefings delivered (112 staff).", GREEN,
              (["Council MCA Lead", "Named GP for Adult Safeguarding"], "2025-09", None, "green")),
             ("2.2", "Add a prompt on executive function to the adult social care mental capacity assessment form "
                     "in the case management system.",
              "Head of Practice Quality (Adult Social Care)", "July 2025",
              "System change request not yet prioritised by the supplier; escalated to the ASC Directorate "
              "Management Team on 6 May 2025.", RED,
              (["Head of Practice Quality (Adult Social Care)"], "2025-07", None, "red")),
             ("2.3", "Quality assure mental capacity recording through the Trust’s quarterly safeguarding "
                     "documentation audit.",
              "LSCFT Head of Safeguarding", "Ongoing – quarterly",
              "Q4 2024/25 audit: 78% of assessments decision-specific (target 90%).", GREEN,
              (["LSCFT Head of Safeguarding"], None, "Ongoing – quarterly", "green")),
         ]),
        ("Recommendation 3 – Hospital discharge and information sharing",
         "University Hospitals of Morecambe Bay NHS Foundation Trust and partners should ensure that "
         "safeguarding concerns and known risks are shared with community services and the GP at the point "
         "of discharge.",
         [
             ("3.1", "Revise the discharge checklist so that open safeguarding concerns and self-neglect risks are "
                     "recorded in the discharge summary.",
              "UHMBT Head of Adult Safeguarding", "31/07/2025",
              "Revised checklist live on all adult wards from 1 April 2025.", BLUE,
              (["UHMBT Head of Adult Safeguarding"], "2025-07", None, "blue")),
             ("3.2", "Test compliance through a dip sample of 30 discharge summaries for patients with open "
                     "safeguarding concerns.",
              "UHMBT Head of Adult Safeguarding; Integrated Discharge Team Manager", "October 2025",
              "Dip sample scheduled for September 2025.", GREEN,
              (["UHMBT Head of Adult Safeguarding", "Integrated Discharge Team Manager"], "2025-10", None,
               "green")),
         ]),
        ("Recommendation 4 – Assurance to the Board",
         "The SAB should receive assurance within 12 months that the learning from this review has been "
         "embedded and has made a difference to practice.",
         [
             ("4.1", "Publish the SAR report, a 7-minute briefing and a practitioner learning video on the SAB "
                     "website.",
              "SAB Business Manager", "January 2025", "Published 28 January 2025.", BLUE,
              (["SAB Business Manager"], "2025-01", None, "blue")),
             ("4.2", "Each partner agency to present a single-agency assurance report on the impact of its actions "
                     "to the SAR and Learning Subgroup.",
              "All partner agencies", "November 2025", "Not yet due.", None,
              (["All partner agencies"], "2025-11", None, "unrated")),
         ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Westmorland and Furness Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Monitoring update for the SAR and Learning Subgroup – 14 May 2025")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, t in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        c.text = t
    bold_row(dc.rows[0])
    for row in [("1.0", "12/11/2024", "SAB Business Manager", "Action plan agreed by the Board"),
                ("2.0", "20/02/2025", "SAB Business Manager", "Quarter 4 updates from partners"),
                ("3.0", "14/05/2025", "SAB Business Unit", "May updates; RAG ratings reviewed by subgroup")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, row):
            c.text = t

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [(BLUE, "Complete – evidence of impact received by the subgroup"),
                            (GREEN, "On track to be delivered by the target date"),
                            (AMBER, "Risk of slippage – mitigation agreed"),
                            (RED, "Overdue or not started")]:
        cells = key.add_row().cells
        shade(cells[0], colour)
        cells[1].text = meaning

    expected = []
    for heading, rectext, actions in recs:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(rectext)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date",
                                          "Progress update (May 2025)", "RAG"]):
            c.text = h
            shade(c, GREY)
        bold_row(t.rows[0])
        for ref, text, lead, target, progress, colour, (elead, eend, etext, estatus) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, target, progress, ""]):
                set_cell(c, v)
            if colour:
                shade(cells[5], colour)
            expected.append(act(ref, [heading, rectext], text, elead, eend, estatus, etext))

    doc.add_paragraph()
    doc.add_paragraph("Note: RAG ratings are agreed by the SAR and Learning Subgroup. Actions rated Blue are "
                      "closed once the subgroup has reviewed evidence of impact.")
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, t in zip(so.rows[0].cells, ["Approved by", "Role", "Date"]):
        c.text = t
    for c, t in zip(so.rows[1].cells, ["Independent Chair", "Westmorland and Furness SAB", "22/05/2025"]):
        c.text = t
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": "Imitates a Safeguarding Adults Board multi-agency SAR action plan of the kind SABs publish "
                  "with the SAR report and update for their SAR subgroup (Westmorland and Furness SAB, formed "
                  "2023 on the split of the Cumbria SAB; fictional review 'Bernard', 2024-25). Copied features: "
                  "board name and title block, monitoring-update line, document-control table, RAG key table of "
                  "coloured cells, one heading plus recommendation paragraph above each action table, "
                  "agency/post leads (some two posts joined by ';' or '/'), RAG shown only as cell fill colour, "
                  "a notes line and a sign-off table.",
        "reads": "A Word action plan for one SAR: four recommendations, each a heading and the recommendation "
                 "text followed by a table of numbered actions with lead, target date, May 2025 update and a "
                 "colour-only RAG cell. Document control, RAG key and sign-off tables are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Huntingdonshire CSP - DHR 'Ellen' (xlsx, read) - Home Office template layout
# =====================================================================
def case_hunts_dhr():
    name = "hf2-huntingdonshire-csp-dhr-ellen-action-plan.xlsx"
    title = "Huntingdonshire Community Safety Partnership – DHR ‘Ellen’ – Action Plan"
    secA = "Section A – Overview Report recommendations"
    secB = "Section B – Single agency recommendations (from Individual Management Reviews)"
    # (section, rec text, scope, [actions])
    # action: (text, lead, milestones, target, completion, rag, (lead list, end, end_text, status))
    recs = [
        (secA, "1. Cambridgeshire County Council and the Huntingdonshire CSP should raise awareness of domestic "
               "abuse experienced by older people, including abuse by adult children, among professionals and "
               "the public.", "Local",
         [("Deliver a targeted awareness campaign on domestic abuse and older people during the 16 Days of "
           "Action 2024.", "Huntingdonshire District Council (Community Safety Team)",
           "Campaign delivered November–December 2024 across social media, libraries and GP surgeries.",
           datetime(2024, 12, 10), "December 2024 – campaign reached an estimated 14,000 residents.",
           "Complete", (["Huntingdonshire District Council (Community Safety Team)"], "2024-12", None, "blue")),
          ("Include a module on older people and adult family violence in the multi-agency domestic abuse "
           "training programme.", "Cambridgeshire Domestic Abuse and Sexual Violence Partnership",
           "Module written with Age UK; first session delivered 12 March 2025.", "March 2025",
           "March 2025 – module now part of the core programme.", "Complete",
           (["Cambridgeshire Domestic Abuse and Sexual Violence Partnership"], "2025-03", None, "blue"))]),
        (secA, "2. Agencies should ensure that carers’ assessments explore the carer’s own safety and the risk of "
               "domestic abuse where the person cared for is an adult family member.", "Local",
         [("Update the carer’s assessment template to include questions on the carer’s safety and on domestic "
           "abuse, with practice guidance.", "Cambridgeshire County Council Adult Social Care",
           "Draft questions agreed with Carers Trust; IT change scheduled for August 2025.",
           datetime(2025, 9, 30), "", "Green",
           (["Cambridgeshire County Council Adult Social Care"], "2025-09", None, "green")),
          ("Audit 25 carers’ assessments to check that safety and domestic abuse have been explored.",
           "Cambridgeshire County Council Adult Social Care", "", "Q4 2025/26", "", "Not started",
           (["Cambridgeshire County Council Adult Social Care"], "2026-03", None, "unrated"))]),
        (secA, "3. The CSP should seek assurance that routine enquiry about domestic abuse is embedded in primary "
               "care.", "Regional (Cambridgeshire and Peterborough)",
         [("Relaunch the IRIS domestic abuse training and referral programme in Huntingdonshire GP practices.",
           "Cambridgeshire and Peterborough ICB", "11 of 16 practices signed up; training dates set.",
           "December 2025", "", "Amber",
           (["Cambridgeshire and Peterborough ICB"], "2025-12", None, "amber")),
          ("Report GP routine enquiry and referral rates to the DHR Action Plan Monitoring Group.",
           "ICB Safeguarding Team", "First report received May 2025.", "Six-monthly", "", "Green",
           (["ICB Safeguarding Team"], None, "Six-monthly", "green"))]),
        (secB, "4. Cambridgeshire Constabulary: officers attending domestic incidents involving older victims "
               "should complete the DASH risk assessment with the victim away from the alleged perpetrator.",
         "Local",
         [("Issue a practice reminder to all response officers and add the learning to the domestic abuse "
           "module of the Constabulary’s annual training.", "Cambridgeshire Constabulary",
           "Reminder issued via force bulletin; training package updated.", datetime(2025, 1, 31),
           "January 2025 – reminder issued and training updated.", "Complete",
           (["Cambridgeshire Constabulary"], "2025-01", None, "blue"))]),
        (secB, "5. Huntingdonshire District Council: Housing Options staff should routinely ask about domestic "
               "abuse when an older person seeks advice about a family member living with them.", "Local",
         [("Add a domestic abuse routine enquiry question to the Housing Options triage form.",
           "Huntingdonshire District Council (Housing Options)", "Form amended in test environment.",
           "July 2025", "", "Green",
           (["Huntingdonshire District Council (Housing Options)"], "2025-07", None, "green")),
          ("Train Housing Options and Customer Services staff to respond to disclosures and refer to the IDVA "
           "service.", "Head of Housing / Community Safety Manager",
           "Training provider withdrew; alternative provider being sourced.", "September 2025", "", "Red",
           (["Head of Housing", "Community Safety Manager"], "2025-09", None, "red"))]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": None}

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Review details"
    put(ws0, 1, 1, "Huntingdonshire Community Safety Partnership", bold=True, border=False)
    put(ws0, 2, 1, "Domestic Homicide Review: ‘Ellen’ (HCSP DHR 2023/01)", bold=True, border=False)
    details = [("Victim (pseudonym)", "Ellen, aged 67"),
               ("Date of death", "March 2023"),
               ("Review commissioned by", "Huntingdonshire Community Safety Partnership"),
               ("Independent Chair and Author", "Independent Chair (appointed June 2023)"),
               ("Overview report approved by CSP", "18 September 2024"),
               ("Home Office Quality Assurance Panel", "February 2025"),
               ("Published", "April 2025"),
               ("Action plan monitored by", "DHR Action Plan Monitoring Group (reports to CSP Board)")]
    for i, (k, v) in enumerate(details, start=4):
        put(ws0, i, 1, k, bold=True, bg=LIGHT)
        put(ws0, i, 2, v)
    ws0.column_dimensions["A"].width = 38
    ws0.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    widths = [48, 16, 48, 30, 40, 14, 36, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, title, bold=True, border=False)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, "Position as at 30 June 2025", border=False)
    headers = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
               "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
               "Date of completion and Outcome", "RAG"]
    for i, h in enumerate(headers, start=1):
        put(ws, 4, i, h, bold=True, bg=GREY)
    row = 5
    expected = []
    cur_sec = None
    for sec, rectext, scope, actions in recs:
        if sec != cur_sec:
            put(ws, row, 1, sec, bold=True, bg=LIGHT)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            cur_sec = sec
            row += 1
        first = row
        put(ws, row, 1, rectext)
        put(ws, row, 2, scope)
        for text, lead, mil, target, comp, rag, (elead, eend, etext, estatus) in actions:
            put(ws, row, 3, text)
            put(ws, row, 4, lead)
            put(ws, row, 5, mil or None)
            put(ws, row, 6, target)
            put(ws, row, 7, comp or None)
            put(ws, row, 8, rag, bg=ragfill[rag])
            expected.append(act(None, [sec, rectext], text, elead, eend, estatus, etext))
            row += 1
        if row - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    put(ws, row, 1, "RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of "
                    "missing target date; Red = off track; Not started = not yet due to start.", border=False)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": "Imitates a Community Safety Partnership DHR action plan in the Home Office overview-report "
                  "action plan template (columns Recommendation / Scope of recommendation / Action to take / Lead "
                  "Agency / Key milestones achieved / Target Date / Date of completion and Outcome), as district "
                  "CSPs in Cambridgeshire publish with DHR overview reports (fictional DHR 'Ellen', Huntingdonshire "
                  "CSP, 2025 update). Copied features: review-details cover sheet, section rows splitting overview "
                  "and single-agency (IMR) recommendations, numbered recommendation text merged down beside its "
                  "actions, scope column, no action refs, target dates mixing real dates, month text, a financial "
                  "quarter and 'Six-monthly', RAG words with fill, key line under the table.",
        "reads": "An Excel workbook: a cover sheet of review details and an Action Plan sheet with the Home Office "
                 "template columns. Five numbered recommendations under two section rows; each recommendation "
                 "cell is merged down beside its one or two actions, which have lead agency, target date and a "
                 "RAG word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 3. East Cambridgeshire CSP - Community Safety Action Plan 2025/26 (txt, refuse: 'Janaury 2026')
# =====================================================================
def case_ecambs_csp():
    name = "hf2-east-cambridgeshire-csp-community-safety-plan-2025-26-typo-month-refuse.txt"
    title = "Community Safety Action Plan 2025/26"
    hdr = "Ref\tArea of focus\tAction\tLead agency\tPartners\tTarget date\tQ2 update\tRAG"
    lines = [
        "East Cambridgeshire Community Safety Partnership",
        "Community Safety Action Plan 2025/26",
        "Quarter 2 progress update – position at 30 September 2025",
        "",
        "Priority 1: Understanding risk and vulnerability of individuals and locations and helping communities "
        "respond to this",
        hdr,
        "1.1\tYoung people\tDeliver three Youth Fusion events in Soham, Bottisham and Littleport during the summer "
        "holidays\tECDC Community Safety\tCambridgeshire Constabulary; Cambridgeshire Fire and Rescue Service\t"
        "August 2025\tAll three events delivered; 420 young people attended\tComplete",
        "1.2\tCyber crime\tRun cyber crime and online fraud awareness sessions for older residents with Age UK\t"
        "Cambridgeshire Constabulary (Cyber Protect)\tAge UK Cambridgeshire and Peterborough\tDecember 2025\t"
        "4 of 6 sessions held\tGreen",
        "1.3\tCommunity engagement\tHold quarterly ‘Meet the Partnership’ surgeries in each market town\t"
        "ECDC Community Safety\tParish councils; Sanctuary Housing\tQuarterly\tEly and Soham held; Littleport "
        "rescheduled to October\tAmber",
        "1.4\tLocal Councillor training\tDeliver community safety and ASB powers training for district and parish "
        "councillors\tECDC Community Safety\tCambridgeshire Constabulary\tOctober 2025\tBooked for 14 October "
        "2025\tGreen",
        "",
        "Priority 2: Working to tackle local issues of high harm",
        hdr,
        "2.1\tAnti-social behaviour\tUse the multi-agency problem-solving group to address persistent ASB hotspots "
        "in Ely city centre\tECDC Community Safety\tCambridgeshire Constabulary; Sanctuary Housing\tMarch 2026\t"
        "Dispersal order reviewed; CCTV upgrade approved\tGreen",
        "2.2\tRoad safety and speeding\tExpand Community Speedwatch to five further villages and run joint "
        "enforcement days with the Road Policing Unit\tCambridgeshire Constabulary\tCambridgeshire County Council "
        "Highways\tJanaury 2026\tTwo new schemes trained; equipment on order\tAmber",
        "2.3\tSubstance misuse\tDeliver county lines and exploitation awareness training to taxi drivers and "
        "licensed premises staff\tECDC Licensing\tCambridgeshire Constabulary; Change Grow Live\tNovember 2025\t"
        "Taxi driver sessions delivered; licensed premises sessions in November\tGreen",
        "2.4\tWorking together\tReview the CSP information-sharing agreement and data dashboard with the county "
        "Research Team\tECDC Community Safety\tCambridgeshire County Council Research Team\tMarch 2026\t"
        "Not yet started\tNot started",
        "2.5\tCommunication\tPublish a quarterly CSP newsletter and a social media campaign calendar\t"
        "ECDC Communications\tAll partners\tQuarterly\tSummer edition published July 2025\tGreen",
        "",
        "RAG key: Complete = delivered; Green = on track; Amber = some slippage; Red = off track; Not started = "
        "not yet due to start",
        "Next review: CSP Board, 4 December 2025",
    ]
    bad = [i for i, l in enumerate(lines, start=1) if "Janaury" in l]
    assert len(bad) == 1
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": "Imitates a district Community Safety Partnership annual action plan with a quarterly progress "
                  "update, exported to tab-separated text (East Cambridgeshire CSP, 2025/26; the CSP's published "
                  "priorities and areas of focus - young people, cyber crime, community engagement, councillor "
                  "training, ASB, road safety and speeding, substance misuse, working together, communication - are "
                  "used). Copied features: title lines, quarter line, two priority headings each followed by a "
                  "repeated header row, area-of-focus column, lead agency and partners columns, target dates as "
                  "months or 'Quarterly', RAG words, key and next-review lines.",
        "reads": "A plain-text export of the CSP action plan: two priorities with nine numbered actions. The target "
                 "date of action 2.2 reads 'Janaury 2026', a mistyped month; a careful reader stops and asks "
                 "whether January 2026 was meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": title,
    })
    return name, 0


# =====================================================================
# 4. Gateshead Health NHS FT - Board of Directors (public) action log (docx, read)
# =====================================================================
def case_gateshead_log():
    name = "hf2-gateshead-health-nhsft-board-of-directors-action-log.docx"
    title = "Board of Directors Meeting in Public – Action Log"
    # key redefines G as completed (no blue): G -> blue
    meetings = [
        ("Actions from the meeting held on 27 November 2024", [
            ("24/27", "Provide a breakdown of the elective recovery position by specialty, including patients "
                      "waiting over 65 weeks, in the next Integrated Oversight Report.",
             "JB", "29/01/2025", "", "Included in the January 2025 Integrated Oversight Report (item 7.1).", "G",
             (["JB"], "2025-01", None, "blue")),
            ("24/29", "Bring the outcome of the Saving Babies’ Lives Care Bundle v3 self-assessment to the Quality "
                      "Governance Committee and report assurance to the Board.",
             "GF / AB", "26/03/2025", "28/05/2025",
             "Self-assessment completed. QGC review took place on 24 March 2025; assurance report to the May "
             "Board.", "A", (["GF", "AB"], "2025-05", None, "amber")),
        ]),
        ("Actions from the meeting held on 29 January 2025", [
            ("25/03", "Circulate the refreshed Board Assurance Framework risk appetite statements to all Board "
                      "members for comment before approval.",
             "Company Secretary", "February 2025", "", "Circulated 12 February 2025; comments incorporated.", "G",
             (["Company Secretary"], "2025-02", None, "blue")),
            ("25/04", "Present a revised financial recovery plan setting out the additional CIP schemes required to "
                      "deliver the 2024/25 control total.",
             "KM", "26/03/2025", "",
             "Deferred to the private Board session following system discussions with the ICB. Not presented.",
             "R", (["KM"], "2025-03", None, "red")),
            ("25/07", "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) "
                      "and the Trust’s patient safety priorities.",
             "AB / Company Secretary", "Q1 2025/26", "", "Provisionally scheduled for June 2025.", "A",
             (["AB", "Company Secretary"], "2025-06", None, "amber")),
        ]),
        ("Actions from the meeting held on 26 March 2025", [
            ("25/11", "Include the 2024 NHS Staff Survey results by protected characteristic in the next People and "
                      "OD Committee report, with the actions agreed.",
             "LCJ", "May 2025", "", "Reported to the People and OD Committee on 14 May 2025.", "G",
             (["LCJ"], "2025-05", None, "blue")),
            ("25/14", "Review the ambulance handover escalation protocol with North East Ambulance Service and report "
                      "the 45-minute handover position to the Board.",
             "JB", "July 2025", "", "Joint review meeting held 2 May 2025; report to the July Board.", "A",
             (["JB"], "2025-07", None, "amber")),
            ("25/16", "Confirm the timetable for the Emergency Department redevelopment business case through the "
                      "ICB and NHS England approval process.",
             "Director of Strategy, Planning and Partnerships", "Ongoing", "",
             "Outline business case submitted; NHS England timetable awaited.", "A",
             (["Director of Strategy, Planning and Partnerships"], None, "Ongoing", "amber")),
        ]),
    ]
    ragfill = {"R": RED, "A": AMBER, "G": GREEN}

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Gateshead Health NHS Foundation Trust")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_heading(title, level=1)
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for rw, (k, v) in zip(meta.rows, [("Meeting date", "28 May 2025"), ("Agenda item", "4 – Matters arising and "
                                                                              "action log"),
                                      ("Presented by", "Company Secretary")]):
        rw.cells[0].text = k
        rw.cells[1].text = v
        shade(rw.cells[0], GREY)
    doc.add_paragraph()
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for c, (k, colour) in zip(key.rows[0].cells, [("R – Overdue or not progressing", RED),
                                                   ("A – In progress, not yet due", AMBER),
                                                   ("G – Completed, proposed for closure", GREEN)]):
        c.text = k
        shade(c, colour)
    doc.add_paragraph("Leads are shown by the initials of the responsible Executive Director.")

    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Revised date", "Update",
                                      "RAG"]):
        c.text = h
        shade(c, GREY)
    bold_row(t.rows[0])
    expected = []
    for heading, actions in meetings:
        hr = t.add_row()
        merged = hr.cells[0].merge(hr.cells[6])
        merged.text = heading
        for para in merged.paragraphs:
            for run in para.runs:
                run.bold = True
        shade(merged, LIGHT)
        for ref, text, lead, target, revised, update, rag, (elead, eend, etext, estatus) in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, target, revised, update, rag]):
                set_cell(c, v)
            shade(cells[6], ragfill[rag])
            expected.append(act(ref, [heading], text, elead, eend, estatus, etext))
    doc.add_paragraph()
    doc.add_paragraph("Actions rated G will be removed from the log once the Board has agreed their closure.")
    doc.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": "Imitates an NHS foundation trust Board of Directors (public) action log / matters-arising paper "
                  "as trusts attach to board packs (Gateshead Health NHS FT, May 2025 board; fictional content). "
                  "Copied features: trust name and title, meeting/agenda/presenter table, a RAG key that defines "
                  "G as 'Completed, proposed for closure' (no blue), leads as executive initials (some two "
                  "leads joined by '/'), grouping rows per originating meeting (as in trust board action tracking "
                  "lists), target and revised date columns, update column, RAG letters with fill, closure note.",
        "reads": "A Word board action log: eight numbered actions grouped under three merged rows naming the "
                 "meeting they came from, each with lead initials or a post, target date, sometimes a revised "
                 "date, update and R/A/G. The key says G means completed and proposed for closure, so G actions "
                 "read as complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 5. South Warwickshire University NHS FT - Maternity and Neonatal Improvement Plan (xlsx, read)
# =====================================================================
def case_swft_maternity():
    name = "hf2-south-warwickshire-university-nhsft-maternity-neonatal-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Meeting and improving standards and structures that underpin safer care"
    # rows: ("T", text) theme, ("O", text) objective, or action tuple
    D = datetime
    rows = [
        ("T", T1),
        ("O", "Objective 1: Care that is personalised"),
        ("1.1", "3YDP", "Offer every woman a personalised care and support plan at booking, reviewed at 28 and 36 "
                        "weeks.", "Director of Midwifery", D(2024, 9, 30), D(2025, 3, 31),
         "Plans live in BadgerNet; April audit shows 91% compliance.", "E1.1a", "A", "B",
         (["Director of Midwifery"], "2025-03", None, "blue")),
        ("1.2", "CQC SD2", "Provide information about care and choices in the five most-spoken community "
                           "languages.", "Consultant Midwife / Patient Experience Lead", D(2025, 6, 30), None,
         "12 leaflets translated; Polish and Romanian videos still in production.", "E1.2a", "G", "A",
         (["Consultant Midwife", "Patient Experience Lead"], "2025-06", None, "amber")),
        ("O", "Objective 2: Improve equity for mothers and babies"),
        ("1.3", "3YDP", "Implement the LMNS equity and equality action plan, including enhanced continuity of carer "
                        "for women living in the most deprived areas.", "Head of Midwifery; LMNS Equity Lead",
         D(2025, 12, 31), None, "Enhanced continuity team launched in Nuneaton in May 2025.", "E1.3a", "G", "G",
         (["Head of Midwifery", "LMNS Equity Lead"], "2025-12", None, "green")),
        ("O", "Objective 3: Work with service users to improve care"),
        ("1.4", "3YDP", "Fund the Maternity and Neonatal Voices Partnership (MNVP) lead to attend the Maternity "
                        "Assurance Group and co-produce the improvement plan.", "Director of Midwifery",
         D(2025, 3, 31), None, "MNVP lead funded 2025/26 and attends each Maternity Assurance Group.", "E1.4a",
         "G", "B", (["Director of Midwifery"], "2025-03", None, "blue")),
        ("T", T2),
        ("O", "Objective 4: Grow our workforce"),
        ("2.1", "3YDP", "Recruit to the midwifery establishment identified by the Birthrate Plus assessment.",
         "Head of Midwifery", D(2025, 3, 31), D(2025, 10, 31),
         "Vacancy rate 4.1%; 9.6 WTE newly qualified midwives start in October 2025.", "E2.1a", "A", "A",
         (["Head of Midwifery"], "2025-10", None, "amber")),
        ("2.2", "CQC MD1", "Ensure obstetric consultant presence on the labour ward meets RCOG workforce standards, "
                           "including out of hours.", "Clinical Director for Obstetrics and Gynaecology",
         D(2024, 12, 31), D(2025, 9, 30),
         "Business case for two additional consultants not yet approved; interim locum cover in place.", "",
         "R", "R", (["Clinical Director for Obstetrics and Gynaecology"], "2025-09", None, "red")),
        ("O", "Objective 6: Invest in skills"),
        ("2.3", "3YDP", "Achieve 90% compliance with the core competency framework (fetal monitoring, emergency "
                        "skills and neonatal life support) for all relevant staff groups.",
         "Practice Development Midwife", D(2025, 3, 31), None,
         "Compliance 93% (midwives), 91% (obstetricians), 90% (neonatal staff) at 31 March 2025.", "E2.3a",
         "G", "B", (["Practice Development Midwife"], "2025-03", None, "blue")),
        ("T", T3),
        ("O", "Objective 7: Develop a positive safety culture"),
        ("3.1", "CQC MD2", "Complete the SCORE safety culture survey and deliver the resulting action plan with the "
                           "perinatal quadrumvirate.",
         "Director of Midwifery / Clinical Director for Obstetrics and Gynaecology / Clinical Director for "
         "Neonates", D(2025, 9, 30), None, "Survey closed (64% response); feedback sessions in July 2025.",
         "E3.1a", "G", "G",
         (["Director of Midwifery", "Clinical Director for Obstetrics and Gynaecology",
           "Clinical Director for Neonates"], "2025-09", None, "green")),
        ("O", "Objective 8: Learning and improving"),
        ("3.2", "MBRRACE", "Review all term admissions to the neonatal unit using the ATAIN tool and share themes at "
                           "the monthly perinatal governance meeting.", "Neonatal Governance Lead", "Monthly", None,
         "Reviews completed for April–June; hypoglycaemia theme escalated.", "E3.2a", "G", "G",
         (["Neonatal Governance Lead"], None, "Monthly", "green")),
        ("3.3", "CQC MD3", "Ensure all incidents graded moderate harm or above are reviewed within PSIRF timescales "
                           "and learning is shared through the ‘Safety Huddle’ bulletin.",
         "Maternity Governance Lead", D(2025, 1, 31), D(2025, 6, 30),
         "Backlog cleared in June 2025; 100% reviewed within timescale in Q1.", "E3.3a", "A", "B",
         (["Maternity Governance Lead"], "2025-06", None, "blue")),
        ("T", T4),
        ("O", "Objective 10: Standards to ensure best practice"),
        ("4.1", "CNST", "Achieve full compliance with all ten Maternity Incentive Scheme (Year 7) safety actions "
                        "and submit the Board declaration.", "Director of Midwifery", D(2026, 3, 3), None,
         "Gap analysis complete; safety actions 4 and 8 at risk.", "E4.1a", "G", "G",
         (["Director of Midwifery"], "2026-03", None, "green")),
        ("O", "Objective 12: Make better use of digital technology in maternity and neonatal services"),
        ("4.2", "3YDP", "Complete the electronic patient record optimisation for intrapartum care, including "
                        "electronic CTG archiving.", "Digital Midwife; Chief Clinical Information Officer",
         D(2025, 12, 31), None, "Not started – dependent on the EPR upgrade in Q3.", "", None, None,
         (["Digital Midwife", "Chief Clinical Information Officer"], "2025-12", None, "unrated")),
    ]
    bfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    put(cv, 1, 1, "South Warwickshire University NHS Foundation Trust", bold=True, border=False)
    put(cv, 2, 1, title, bold=True, border=False)
    put(cv, 3, 1, "Incorporating the NHS England Three-Year Delivery Plan for Maternity and Neonatal Services, "
                  "the CQC maternity inspection (2023) must-do and should-do actions, MBRRACE-UK learning and the "
                  "Maternity Incentive Scheme.", border=False)
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 20
    cv.column_dimensions["C"].width = 60
    put(cv, 5, 1, "Document control", bold=True, border=False)
    for i, h in enumerate(["Version", "Date", "Reviewed by"], start=1):
        put(cv, 6, i, h, bold=True, bg=GREY)
    for r_, vals in enumerate([("v4.1", D(2025, 6, 17), "Maternity Assurance Group"),
                               ("v4.2", D(2025, 7, 15), "Maternity and Neonatal Safety Champions; Quality "
                                                        "Committee")], start=7):
        for i, v in enumerate(vals, start=1):
            put(cv, r_, i, v)
    put(cv, 10, 1, "BRAG key", bold=True, border=False)
    for r_, (k, colour, meaning) in enumerate([
            ("B", BLUE, "Complete – evidence submitted and assured at Maternity Assurance Group"),
            ("G", GREEN, "On track to deliver by the due date"),
            ("A", AMBER, "At risk of delay – mitigation in place"),
            ("R", RED, "Off track or overdue – escalated to Quality Committee")], start=11):
        put(cv, r_, 1, k, bold=True, bg=colour)
        put(cv, r_, 2, meaning)
        cv.merge_cells(start_row=r_, start_column=2, end_row=r_, end_column=3)
    put(cv, 16, 1, "Accountable executive: Chief Nursing Officer (Board Maternity Safety Champion)", border=False)

    ws = wb.create_sheet("Improvement Plan")
    put(ws, 1, 1, "Maternity and Neonatal Improvement Plan – July 2025 update", bold=True, border=False)
    headers = ["Ref", "Source", "Action", "Lead(s)", "Original due date", "Revised due date",
               "Progress this month", "Evidence", "Previous BRAG", "Current BRAG"]
    widths = [7, 10, 55, 34, 13, 13, 45, 10, 10, 10]
    for i, (h, w) in enumerate(zip(headers, widths), start=1):
        put(ws, 3, i, h, bold=True, bg=GREY)
        ws.column_dimensions[chr(64 + i)].width = w
    r_ = 4
    expected = []
    theme = obj = None
    counts = {}
    for item in rows:
        if item[0] == "T":
            theme, obj = item[1], None
            put(ws, r_, 1, theme, bold=True, bg="1F4E79")
            ws.cell(row=r_, column=1).font = Font(bold=True, color="FFFFFFFF")
            ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=10)
        elif item[0] == "O":
            obj = item[1]
            put(ws, r_, 1, obj, bold=True, bg=LIGHT)
            ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=10)
        else:
            ref, src, text, lead, orig, rev, prog, ev, prev, cur, (elead, eend, etext, estatus) = item
            for i, v in enumerate([ref, src, text, lead, orig, rev, prog, ev or None], start=1):
                put(ws, r_, i, v)
            put(ws, r_, 9, prev, bg=bfill.get(prev))
            put(ws, r_, 10, cur, bg=bfill.get(cur))
            expected.append(act(ref, [theme, obj], text, elead, eend, estatus, etext))
            counts.setdefault(theme, {}).setdefault(cur or "-", 0)
            counts[theme][cur or "-"] += 1
        r_ += 1
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    put(sm, 1, 1, "Summary by theme – current BRAG", bold=True, border=False)
    cols = ["Theme", "B", "G", "A", "R", "Not rated", "Total"]
    for i, h in enumerate(cols, start=1):
        put(sm, 3, i, h, bold=True, bg=GREY)
    sm.column_dimensions["A"].width = 70
    tot = [0] * 6
    for j, th in enumerate([T1, T2, T3, T4], start=4):
        c = counts.get(th, {})
        vals = [c.get("B", 0), c.get("G", 0), c.get("A", 0), c.get("R", 0), c.get("-", 0)]
        vals.append(sum(vals))
        put(sm, j, 1, th)
        for i, v in enumerate(vals, start=2):
            put(sm, j, i, v)
            tot[i - 2] += v
    put(sm, 8, 1, "Total", bold=True)
    for i, v in enumerate(tot, start=2):
        put(sm, 8, i, v, bold=True)
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": "Imitates an acute trust's single maternity and neonatal improvement plan reported monthly to "
                  "the Maternity Assurance Group and Board (South Warwickshire University NHS FT, 2024-26; "
                  "fictional content), organised by the four themes and twelve objectives of NHS England's "
                  "Three-Year Delivery Plan for Maternity and Neonatal Services, with CQC must/should-do, MBRRACE "
                  "and CNST items tagged in a Source column (as in published Ockenden/3YDP trackers). Copied "
                  "features: cover sheet with document control and BRAG key, merged theme rows and objective "
                  "rows, original and revised due dates, previous and current BRAG letters with fill, evidence "
                  "reference, several leads in a cell, a summary sheet of totals by theme.",
        "reads": "A three-sheet workbook; the Improvement Plan sheet holds twelve numbered actions under four theme "
                 "rows and objective rows. Each action has a source tag, leads, original and (sometimes) revised "
                 "due date and previous/current BRAG; the current BRAG and the revised date are the ones that "
                 "count. Cover and Summary sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 6. Rochford DC - Corporate Risk Register Q3 2025/26 (xlsx, read)
# =====================================================================
def case_rochford_crr():
    name = "hf2-rochford-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Rochford District Council – Corporate Risk Register"
    D = datetime
    risks = [
        ("CR1 – Medium-term financial sustainability",
         "Risk: the Council cannot set a balanced budget over the MTFS period because of funding reform, "
         "inflation and demand pressures. Risk owner: Director of Resources. Current score 16 (L4 x I4).",
         "Director of Resources", 16, 16, "↔",
         [("CR1.1", "Identify and approve savings and income proposals to close the £1.2m budget gap for 2026/27.",
           "Director of Resources", D(2026, 2, 28), "Proposals totalling £0.9m agreed by Leadership Team; "
           "remaining options to Cabinet in January.", "Amber", "Amber",
           (["Director of Resources"], "2026-02", None, "amber")),
          ("CR1.2", "Model the impact of the Fair Funding Review and the multi-year settlement on the MTFS and "
                    "report to Cabinet.", "Strategic Finance Manager", "January 2026",
           "Modelling reported to Cabinet on 9 December 2025.", "Green", "Complete",
           (["Strategic Finance Manager"], "2026-01", None, "blue"))]),
        ("CR2 – Local Government Reorganisation in Greater Essex",
         "Risk: reorganisation diverts capacity from service delivery and creates uncertainty for staff, "
         "contracts and assets. Risk owner: Chief Executive. Current score 20 (L5 x I4).",
         "Chief Executive", 16, 20, "↑",
         [("CR2.1", "Contribute to the Greater Essex final proposal for new unitary councils and submit the "
                    "Council’s response to government.", "Chief Executive", D(2025, 9, 26),
           "Final proposal submitted 26 September 2025.", "Green", "Complete",
           (["Chief Executive"], "2025-09", None, "blue")),
          ("CR2.2", "Establish an LGR programme board with dedicated programme management and a workstream for "
                    "staff engagement.", "Chief Executive; Assistant Director – People and Governance",
           "Q4 2025/26", "Programme board meets monthly from November; programme manager recruited.", "Amber",
           "Green", (["Chief Executive", "Assistant Director – People and Governance"], "2026-03", None, "green")),
          ("CR2.3", "Keep a log of decisions and contracts affected by reorganisation and report it to Audit "
                    "Committee.", "Monitoring Officer", "Quarterly", "Log established; first report to this "
                    "committee.", "", "Green", (["Monitoring Officer"], None, "Quarterly", "green"))]),
        ("CR3 – Cyber security and resilience of ICT systems",
         "Risk: a cyber attack or system failure causes loss of data or prolonged loss of services. Risk owner: "
         "Director of Resources. Current score 15 (L3 x I5).",
         "Director of Resources", 15, 15, "↔",
         [("CR3.1", "Complete the Cyber Assessment Framework self-assessment and address the gaps identified.",
           "Head of ICT", D(2026, 3, 31), "Resources diverted to server migration; revised plan to Leadership "
           "Team in January.", "Amber", "Red", (["Head of ICT"], "2026-03", None, "red")),
          ("CR3.2", "Run a phishing simulation and a mandatory cyber awareness refresher for all staff and "
                    "members.", "Head of ICT / Information Governance Manager", "December 2025",
           "Simulation run in November; 96% of staff completed the refresher.", "Green", "Complete",
           (["Head of ICT", "Information Governance Manager"], "2025-12", None, "blue")),
          ("CR3.3", "Test the ICT disaster recovery plan with a full restore of critical systems from backup.",
           "Head of ICT", "Mar-26", "Test window agreed with suppliers for March 2026.", "Amber", "Amber",
           (["Head of ICT"], "2026-03", None, "amber"))]),
        ("CR4 – Recruitment and retention of key staff",
         "Risk: the Council cannot recruit or retain staff with specialist skills, affecting statutory services. "
         "Risk owner: Assistant Director – People and Governance. Current score 12 (L3 x I4).",
         "Assistant Director – People and Governance", 12, 12, "↔",
         [("CR4.1", "Introduce market supplements for hard-to-fill planning and environmental health posts.",
           "Assistant Director – People and Governance", D(2025, 11, 30),
           "Policy approved by Appointments Committee; supplements paid from November.", "Amber", "Complete",
           (["Assistant Director – People and Governance"], "2025-11", None, "blue")),
          ("CR4.2", "Launch a graduate and apprenticeship programme for planning, finance and legal services.",
           "Assistant Director – People and Governance", "September 2026", "Scoping starts in Q4.", "",
           "Not started", (["Assistant Director – People and Governance"], "2026-09", None, "unrated"))]),
        ("CR5 – Delivery of the new Local Plan",
         "Risk: delay to the Local Plan leaves the district without an up-to-date plan and exposed to speculative "
         "development. Risk owner: Assistant Director – Place and Environment. Current score 12 (L3 x I4).",
         "Assistant Director – Place and Environment", 12, 12, "↔",
         [("CR5.1", "Publish the Regulation 19 Local Plan and submit it for examination in line with the Local "
                    "Development Scheme.", "Assistant Director – Place and Environment", D(2026, 6, 30),
           "Evidence base complete except transport modelling; Regulation 19 consultation planned for spring "
           "2026.", "Amber", "Amber",
           (["Assistant Director – Place and Environment"], "2026-06", None, "amber"))]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    put(sm, 1, 1, title, bold=True, border=False)
    put(sm, 2, 1, "Quarter 3 2025/26 (October – December 2025) – reported to Audit Committee, 27 January 2026",
        border=False)
    for i, h in enumerate(["Risk", "Risk owner", "Q2 score", "Q3 score", "Direction of travel"], start=1):
        put(sm, 4, i, h, bold=True, bg=GREY)
    for j, (rt, _desc, owner, q2, q3, dirn, _acts) in enumerate(risks, start=5):
        put(sm, j, 1, rt)
        put(sm, j, 2, owner)
        put(sm, j, 3, q2)
        put(sm, j, 4, q3, bg=RED if q3 >= 15 else AMBER)
        put(sm, j, 5, dirn)
    put(sm, 11, 1, "Red risks (15 and above): 3    Amber risks (8 to 12): 2    Green risks: 0", border=False)
    sm.column_dimensions["A"].width = 58
    sm.column_dimensions["B"].width = 42

    ws = wb.create_sheet("Risk Register Q3")
    put(ws, 1, 1, title, bold=True, border=False)
    put(ws, 2, 1, "Quarter 3 2025/26 – further actions to manage corporate risks", border=False)
    headers = ["Action ref", "Further action / mitigation", "Action owner", "Target date", "Q3 progress update",
               "Previous RAG", "Current RAG"]
    widths = [10, 55, 36, 13, 50, 12, 12]
    for i, (h, w) in enumerate(zip(headers, widths), start=1):
        put(ws, 4, i, h, bold=True, bg=GREY)
        ws.column_dimensions[chr(64 + i)].width = w
    r_ = 5
    expected = []
    for rt, desc, _owner, _q2, _q3, _dirn, acts in risks:
        put(ws, r_, 1, rt, bold=True, bg="BDD7EE")
        ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=7)
        r_ += 1
        put(ws, r_, 1, desc)
        ws.cell(row=r_, column=1).font = Font(italic=True)
        ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=7)
        r_ += 1
        for ref, text, owner, target, prog, prev, cur, (elead, eend, etext, estatus) in acts:
            for i, v in enumerate([ref, text, owner, target, prog], start=1):
                put(ws, r_, i, v)
            put(ws, r_, 6, prev or None, bg=ragfill.get(prev))
            put(ws, r_, 7, cur, bg=ragfill.get(cur))
            expected.append(act(ref, [rt], text, elead, eend, estatus, etext))
            r_ += 1
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Scoring key")
    put(ky, 1, 1, "Risk scoring: Likelihood (1–5) x Impact (1–5)", bold=True, border=False)
    for j, (band, meaning) in enumerate([("15–25", "Red – high risk, reported to Audit Committee"),
                                         ("8–12", "Amber – medium risk"),
                                         ("1–6", "Green – low risk")], start=3):
        put(ky, j, 1, band)
        put(ky, j, 2, meaning)
    put(ky, 7, 1, "Action RAG", bold=True, border=False)
    for j, (k, meaning) in enumerate([("Complete", "Action delivered"), ("Green", "On track"),
                                      ("Amber", "Some delay, target date still achievable"),
                                      ("Red", "Target date will be missed"), ("Not started", "Not yet due to start")],
                                     start=8):
        put(ky, j, 1, k, bg=ragfill.get(k))
        put(ky, j, 2, meaning)
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 50
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": "Imitates a district council corporate risk register reported quarterly to Audit Committee "
                  "(Rochford DC, Q3 2025/26; fictional content; risks of the kind Essex districts carry in "
                  "2025-26 - MTFS, Greater Essex reorganisation, cyber, workforce, Local Plan). Copied features: "
                  "summary sheet with Q2/Q3 scores, direction-of-travel arrows and a risk totals line; register "
                  "sheet with a merged heading row per risk, a merged italic risk description/owner/score line, "
                  "then numbered further actions with owner, target date (dates, month text, 'Mar-26', a "
                  "financial quarter, 'Quarterly'), Q3 progress, previous and current RAG words with fill; a "
                  "scoring key sheet.",
        "reads": "A workbook whose Risk Register Q3 sheet lists eleven numbered further actions under five risk "
                 "heading rows; the italic description line under each risk heading is not an action. Leads are "
                 "job titles, two of them pairs. Status is the Current RAG word (Complete reads as blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 7. South Cambridgeshire DC - Transformation Programme highlight report (csv, read)
# =====================================================================
def csv_line(fields):
    out = []
    for f in fields:
        s = "" if f is None else str(f)
        if any(ch in s for ch in [",", '"', "\n"]):
            s = '"' + s.replace('"', '""') + '"'
        out.append(s)
    return ",".join(out)


def case_scambs_transformation():
    name = "hf2-south-cambridgeshire-dc-transformation-programme-highlight-report.csv"
    title = "Transformation Programme – Highlight Report"
    W1 = "Workstream 1 – Customer and Digital"
    W2 = "Workstream 2 – Organisational Design"
    W3 = "Workstream 3 – Commercial and Income"
    W4 = "Workstream 4 – Accommodation and Hybrid Working"
    items = [
        ("W", W1),
        ("CD1", "Launch the new customer portal with single sign-on for council tax, benefits and waste services",
         "Head of Customer Services / Digital Programme Manager", "30/09/2025", "15/12/2025", "A",
         "User acceptance testing extended after the accessibility audit; go-live moved to December.",
         (["Head of Customer Services", "Digital Programme Manager"], "2025-12", None, "amber")),
        ("CD2", "Replace the telephony platform with a cloud contact centre solution",
         "Head of ICT (3C Shared Services)", "31/07/2025", "", "Complete",
         "Went live 21 July 2025; call abandonment down from 14% to 6%.",
         (["Head of ICT (3C Shared Services)"], "2025-07", None, "blue")),
        ("CD3", "Run a Microsoft 365 Copilot pilot with 60 staff and evaluate the productivity benefits",
         "Digital Programme Manager", "31/03/2026", "", "G", "Licences allocated; baseline survey complete.",
         (["Digital Programme Manager"], "2026-03", None, "green")),
        ("W", W2),
        ("OD1", "Complete the senior management restructure following staff consultation",
         "Chief Executive; Head of HR", "31/08/2025", "31/10/2025", "Complete",
         "New structure in place from 1 October 2025.",
         (["Chief Executive", "Head of HR"], "2025-10", None, "blue")),
        ("OD2", "Implement the new performance and development review (PDR) process aligned to the council’s "
                "values", "Head of HR", "Q3 2025/26", "", "G", "Guidance issued; manager briefings in November.",
         (["Head of HR"], "2025-12", None, "green")),
        ("OD3", "Deliver the management development programme for all team leaders",
         "Learning and Development Manager", "January 2026", "June 2026", "R",
         "Procurement of a provider failed; re-tendering. SRO decision needed on interim in-house delivery.",
         (["Learning and Development Manager"], "2026-06", None, "red")),
        ("W", W3),
        ("CI1", "Review fees and charges against benchmarking and propose changes for the 2026/27 budget",
         "Head of Finance", "30/11/2025", "", "G", "Benchmarking complete; proposals to Cabinet in November.",
         (["Head of Finance"], "2025-11", None, "green")),
        ("CI2", "Develop a business case for a commercial waste collection service",
         "Head of Shared Waste Service", "31/12/2025", "31/03/2026", "A",
         "Market testing delayed by vehicle procurement; business case now expected March 2026.",
         (["Head of Shared Waste Service"], "2026-03", None, "amber")),
        ("W", W4),
        ("AH1", "Let the vacant first floor of South Cambridgeshire Hall to a public sector partner",
         "Head of Property", "31/03/2026", "", "Not started", "Marketing to start in January 2026.",
         (["Head of Property"], "2026-03", None, "unrated")),
        ("AH2", "Introduce desk booking and hot-desking across all floors", "Facilities Manager", "Ongoing", "",
         "G", "Desk booking live on ground and second floors.",
         (["Facilities Manager"], None, "Ongoing", "green")),
    ]
    n = 8
    lines = [csv_line(["South Cambridgeshire District Council"] + [""] * (n - 1)),
             csv_line([title] + [""] * (n - 1)),
             csv_line(["Reporting period: October 2025", "", "", "Programme SRO: Chief Executive", "", "", "", ""]),
             csv_line(["Overall programme RAG: Amber", "", "", "Report to: Transformation Board, 12 November 2025",
                       "", "", "", ""]),
             csv_line([""] * n),
             csv_line(["Ref", "Milestone / action", "Owner", "Original date", "Revised date", "RAG", "Commentary",
                       "Decision required"])]
    expected = []
    cur = None
    counts = {}
    for it in items:
        if it[0] == "W":
            cur = it[1]
            lines.append(csv_line([cur] + [""] * (n - 1)))
            continue
        ref, text, owner, orig, rev, rag, comm, (elead, eend, etext, estatus) = it
        decision = "Yes" if rag == "R" else ""
        lines.append(csv_line([ref, text, owner, orig, rev, rag, comm, decision]))
        expected.append(act(ref, [cur], text, elead, eend, estatus, etext))
        counts[rag] = counts.get(rag, 0) + 1
    lines.append(csv_line([""] * n))
    lines.append(csv_line(["Summary by RAG"] + [""] * (n - 1)))
    for k in ["Complete", "G", "A", "R", "Not started"]:
        lines.append(csv_line([k, counts.get(k, 0)] + [""] * (n - 2)))
    lines.append(csv_line(["Total", sum(counts.values())] + [""] * (n - 2)))
    lines.append(csv_line(["RAG key: G = on track; A = at risk but recoverable; R = off track, SRO or Board "
                           "decision needed; Complete = delivered"] + [""] * (n - 1)))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Imitates a district council transformation programme highlight report saved from Excel as CSV "
                  "for the Transformation Board (South Cambridgeshire DC, October 2025; fictional content; the "
                  "council's 3C shared ICT service and South Cambridgeshire Hall are real context). Copied "
                  "features: council/title/period/SRO lines, overall programme RAG, workstream rows spanning the "
                  "table, milestone refs per workstream, owners as posts (two pairs), original and revised dates "
                  "day-first, RAG letters and words, decision-required column, summary-by-RAG totals block and "
                  "key line.",
        "reads": "A CSV highlight report: ten milestones/actions under four workstream rows, each with owner, "
                 "original date and sometimes a revised date (which is the one that counts), a RAG and a "
                 "commentary. Lines above the header and the summary block at the foot are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    made = [case_wf_sar(), case_hunts_dhr(), case_ecambs_csp(), case_gateshead_log(), case_swft_maternity(),
            case_rochford_crr(), case_scambs_transformation()]
    for nm, k in made:
        print(f"{nm}: {k} actions")
