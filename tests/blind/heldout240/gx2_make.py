"""Build the seven gx2- blind cases (data files + NAME.expected.yaml) for set heldout240.

Run:  /work/main/.venv/bin/python gx2_make.py   (from any directory)
Partnership, NHS and corporate plans: SAR, transformation highlight report, ICB board
action log (refuse), DHR, maternity improvement plan, corporate risk register, CSP plan.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DEEAF6",
    "pale": "F2F2F2",
}


def write_expected(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, fill=None, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


# ====================================================================== 1. SAR
def make_sar():
    name = "gx2-harrow-sab-sar-ms-l-action-plan.docx"
    title = "Safeguarding Adults Review ‘Ms L’: Multi-agency Action Plan"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Harrow Safeguarding Adults Board"
    doc.add_heading(title, level=0)
    doc.add_paragraph(
        "Ms L was a 67-year-old woman who lived alone in Wealdstone and died at home in February 2023. "
        "Harrow Safeguarding Adults Board (SAB) commissioned a Safeguarding Adults Review under section 44 "
        "of the Care Act 2014; the overview report was published in October 2024. This action plan sets out "
        "how partners will respond to the five recommendations. Progress is monitored by the SAR Subgroup."
    )
    doc.add_paragraph("Status as at: 14 January 2025")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True, fill=FILL["grey"])
    for row in [
        ("1.0", "21/10/2024", "SAB Business Manager", "First draft agreed at SAR Subgroup"),
        ("2.0", "04/12/2024", "SAB Business Manager", "Partner updates added"),
        ("3.0", "14/01/2025", "SAB Business Manager", "Quarter 3 progress; actions 1.1 and 3.2 closed"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, colour, meaning in [
        ("Blue", "blue", "Complete – evidence of impact received by the SAR Subgroup"),
        ("Green", "green", "On track to complete by the target date"),
        ("Amber", "amber", "Some slippage – revised date agreed with the lead"),
        ("Red", "red", "Off track – escalated to the SAB Executive"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True, fill=FILL[colour])
        set_cell(cells[1], meaning)

    themes = [
        ("Theme 1: Self-neglect and hoarding", [
            ("Recommendation 1: Harrow SAB should seek assurance that all partner agencies are applying the "
             "multi-agency self-neglect and hoarding protocol, including use of the Clutter Image Rating, and "
             "that practitioners escalate concerns where engagement is refused.", [
                ("1.1", "Relaunch the self-neglect and hoarding protocol through practitioner briefings and publish a "
                        "7-minute briefing on the Ms L review.",
                 "SAB Business Manager", ["SAB Business Manager"], "December 2024", "2024-12",
                 "Four briefings delivered in November and December 2024 (212 attendees). 7-minute briefing "
                 "published on the SAB website.", "Blue", "blue"),
                ("1.2", "Audit a sample of 20 self-neglect section 42 enquiries to test whether the protocol and the "
                        "Clutter Image Rating were used.",
                 "Harrow Council – Head of Safeguarding Adults and Quality Assurance",
                 ["Harrow Council – Head of Safeguarding Adults and Quality Assurance"], "31/03/2025", "2025-03",
                 "Audit tool agreed by the Quality Assurance Subgroup; fieldwork starts February 2025.",
                 "Green", "green"),
            ]),
            ("Recommendation 2: London Fire Brigade and Harrow Council should agree a joint approach to fire "
             "risk for adults who self-neglect, including referral routes for Home Fire Safety Visits.", [
                ("2.1", "Agree a joint referral pathway for Home Fire Safety Visits for adults known to adult social "
                        "care where hoarding or smoking risks are identified.",
                 "LFB Harrow Borough Commander / Harrow Council Service Manager, Long Term Care",
                 ["LFB Harrow Borough Commander", "Harrow Council Service Manager, Long Term Care"],
                 "April 2025", "2025-04",
                 "Draft pathway shared with the SAB Executive; awaiting sign-off by the LFB Area Manager.",
                 "Amber", "amber"),
                ("2.2", "Add fire risk prompts to the adult social care assessment form on Mosaic.",
                 "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"], "June 2025", "2025-06",
                 "Change request raised. The original target of December 2024 was missed because of the Mosaic "
                 "upgrade; new date agreed at the SAR Subgroup.", "Amber", "amber"),
            ]),
        ]),
        ("Theme 2: Mental capacity and executive functioning", [
            ("Recommendation 3: Partners should ensure that mental capacity assessments consider executive "
             "functioning where a person repeatedly makes decisions that place them at risk, and that this is "
             "recorded.", [
                ("3.1", "Deliver multi-agency training on executive functioning and the Mental Capacity Act for adult "
                        "social care, community health and housing staff.",
                 "Chair, SAB Learning and Development Subgroup", ["Chair, SAB Learning and Development Subgroup"],
                 "Q1 2025/26", "2025-06",
                 "Two sessions commissioned from an external trainer for April and May 2025.", "Green", "green"),
                ("3.2", "Update the Harrow MCA practice guidance with a section on executive functioning and case "
                        "examples.",
                 "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"], "November 2024",
                 "2024-11", "Guidance updated and published on 28 November 2024.", "Blue", "blue"),
                ("3.3", "Add an executive functioning question to the CNWL community mental health team MCA "
                        "recording template.",
                 "CNWL Named Professional for Safeguarding Adults",
                 ["CNWL Named Professional for Safeguarding Adults"], "31/03/2025", "2025-03",
                 "Template drafted; going to the CNWL Clinical Records Group on 6 February 2025.", "Green", "green"),
            ]),
        ]),
        ("Theme 3: Working with families and carers", [
            ("Recommendation 4: Harrow SAB should seek assurance that the views of family members are sought and "
             "recorded when an adult who self-neglects declines services.", [
                ("4.1", "Issue a practice reminder to all adult social care teams on involving family members and "
                        "carers in assessments, with reference to the Ms L review.",
                 "Director of Adult Social Services", ["Director of Adult Social Services"], "February 2025",
                 "2025-02", "Reminder drafted; to be issued with the February practice newsletter.",
                 "Green", "green"),
                ("4.2", "Review the carers’ assessment offer for relatives of adults who self-neglect and report the "
                        "findings to the SAB.",
                 "Harrow Carers / Commissioning Manager, Adults", ["Harrow Carers", "Commissioning Manager, Adults"],
                 "June 2025", "2025-06",
                 "No update received this period; escalated to the SAB Executive meeting on 29 January 2025.",
                 "Red", "red"),
            ]),
            ("Recommendation 5: The SAB should evaluate the impact of this review within 12 months of "
             "publication.", [
                ("5.1", "Carry out a learning impact survey with practitioners who attended the Ms L briefings and "
                        "report the results to the SAB.",
                 "SAB Business Manager", ["SAB Business Manager"], "October 2025", "2025-10",
                 "Not due to start until July 2025.", "", None),
            ]),
        ]),
    ]

    expected = []
    for theme, recs in themes:
        doc.add_heading(theme, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead agency and officer", "Target date",
                                          "Progress update (January 2025)", "RAG"]):
            set_cell(c, h, bold=True, fill=FILL["grey"])
        for rec, actions in recs:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            set_cell(merged, rec, bold=True, fill=FILL["theme"])
            for ref, text, lead_txt, leads, date_txt, end, progress, rag, colour in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], text)
                set_cell(cells[2], lead_txt)
                set_cell(cells[3], date_txt)
                set_cell(cells[4], progress)
                set_cell(cells[5], rag, bold=True, fill=FILL[colour] if colour else None)
                expected.append(act(ref, [theme, rec], text, leads, end, colour or "unrated"))
        doc.add_paragraph("")
    doc.add_paragraph("Next review of this plan: SAR Subgroup, 12 March 2025. Partners should send updates to "
                      "the SAB Business Unit by 28 February 2025.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a London safeguarding adults board's published SAR action plan (Harrow SAB, 2024/25, "
                  "self-neglect SAR 'Ms L'; no URL). Copied features: board name in the page header, title, "
                  "intro and status date, a document-control table and a RAG key table before the plan, one "
                  "Word table per learning theme under a theme heading, each recommendation as a merged shaded "
                  "row above its numbered actions, lead agency and officer cell holding job titles (two posts "
                  "split by '/', titles containing commas), target dates as month names, dd/mm/yyyy and "
                  "'Q1 2025/26', RAG word with fill colour, one blank RAG cell for a not-yet-started action, "
                  "and a closing note line.",
        "reads": "A multi-agency SAR action plan for 'Ms L' in three theme tables. Each table lists five "
                 "recommendations in merged rows with numbered actions (1.1-5.1) beneath them, a lead, a target "
                 "date, a January 2025 progress update and a RAG; the document-control and RAG key tables are "
                 "not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================ 2. highlight rpt
def make_highlight():
    name = "gx2-dorset-council-transformation-programme-highlight-report.docx"
    title = "Our Future Council Transformation Programme – Highlight Report"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Dorset Council – OFFICIAL"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Report to: Transformation Programme Board, 9 October 2025")
    doc.add_paragraph("Reporting period: 1 – 30 September 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, colour in [
        ("Senior Responsible Owner", "Chief Executive", None),
        ("Programme Manager", "Head of Transformation", None),
        ("Overall status – last period", "Amber", "amber"),
        ("Overall status – this period", "Amber", "amber"),
        ("2025/26 savings target", "£4.2m (forecast £3.6m)", None),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, fill=FILL["grey"])
        set_cell(cells[1], v, fill=FILL[colour] if colour else None)

    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "Good progress on the customer platform and the senior management restructure, both now delivered. "
        "The programme remains Amber overall because of the delay to the South Walks House disposal and the "
        "slippage on the web forms migration. Savings of £2.1m have been banked to date."
    )

    workstreams = [
        ("Workstream 1: Customer Experience and Digital", [
            ("CX1", "Launch the new customer account and online forms platform for council tax and waste services",
             "Head of Customer Services", ["Head of Customer Services"], "30/06/2025", "30/06/2025",
             "Green", "Complete", "blue", "2025-06"),
            ("CX2", "Migrate the remaining 40 web forms from the legacy forms system and decommission it",
             "Digital Services Manager", ["Digital Services Manager"], "31/10/2025", "31/01/2026",
             "Green", "Amber", "amber", "2026-01"),
            ("CX3", "Pilot AI-assisted webchat in the customer contact centre for Revenues and Benefits enquiries",
             "Head of Customer Services / ICT Service Lead", ["Head of Customer Services", "ICT Service Lead"],
             "31/12/2025", "31/12/2025", "Green", "Green", "green", "2025-12"),
        ]),
        ("Workstream 2: Organisational Design and Workforce", [
            ("OD1", "Complete the senior management restructure consultation and confirm the new tier 3 structure",
             "Corporate Director – People and Organisational Development",
             ["Corporate Director – People and Organisational Development"], "31/07/2025", "30/09/2025",
             "Amber", "Complete", "blue", "2025-09"),
            ("OD2", "Roll out the hybrid working policy and desk booking system to all office-based staff",
             "Head of HR", ["Head of HR"], "30/11/2025", "30/11/2025", "Green", "Green", "green", "2025-11"),
            ("OD3", "Deliver the ‘Leading Our Future Council’ development programme to 150 managers",
             "Organisational Development Manager", ["Organisational Development Manager"], "31/03/2026",
             "31/03/2026", "Green", "Green", "green", "2026-03"),
        ]),
        ("Workstream 3: Assets and Accommodation", [
            ("AA1", "Agree the disposal strategy for South Walks House and take it to Cabinet",
             "Corporate Director – Assets & Property", ["Corporate Director – Assets & Property"],
             "30/09/2025", "31/12/2025", "Amber", "Red", "red", "2025-12"),
            ("AA2", "Move Weymouth customer services into the library hub",
             "Strategic Estates Manager", ["Strategic Estates Manager"], "31/01/2026", "31/03/2026",
             "Green", "Amber", "amber", "2026-03"),
            ("AA3", "Complete the depot rationalisation business case for the Waste Service",
             "Service Manager – Fleet and Depots", ["Service Manager – Fleet and Depots"], "28/02/2026",
             "28/02/2026", "New", "Green", "green", "2026-02"),
        ]),
    ]
    rag_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    expected = []
    for ws, rows in workstreams:
        doc.add_heading(ws, level=2)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date",
                                          "Last period", "This period"]):
            set_cell(c, h, bold=True, fill=FILL["grey"])
        for ref, text, owner_txt, owners, base, fc, last, now, status, end in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, owner_txt, base, fc, last, now]):
                set_cell(c, v)
            if last in rag_fill:
                shade(cells[5], FILL[rag_fill[last]])
            shade(cells[6], FILL[rag_fill[now]])
            expected.append(act(ref, [ws], text, owners, end, status))

    doc.add_heading("Key risks and issues", level=1)
    for b in [
        "Market conditions may reduce the capital receipt from South Walks House (risk score 16).",
        "Capacity in the ICT team is stretched by the local government reorganisation work (risk score 12).",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("The Board is asked to approve the revised forecast date for CX2 and to note the Red "
                      "status of AA1.", style="List Bullet")
    doc.add_paragraph("RAG key: Green – on track; Amber – at risk but recoverable within tolerance; Red – off "
                      "track, Board intervention needed; Complete – milestone delivered.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a unitary council's monthly transformation programme highlight report to its "
                  "programme board (Dorset Council, 2025/26; no URL). Copied features: OFFICIAL marking in the "
                  "header, report-to and reporting-period lines, a programme overview table with SRO, manager, "
                  "overall last/this period status and savings figure, a prose summary, one milestone table per "
                  "workstream with refs (CX1, OD1, AA1), owner job titles (one split by '/', others containing "
                  "'and' or '&'), baseline and forecast dates, last-period and this-period RAG with fills "
                  "('Complete' for delivered, 'New' in last period), then bullet lists of risks and decisions and "
                  "a RAG key line.",
        "reads": "A transformation highlight report whose milestones sit in three workstream tables, nine in "
                 "all. Each milestone has an owner, a baseline and a forecast date (the forecast is the current "
                 "end) and this period's RAG; the overview table, risks, decisions and key are not milestones.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================= 3. ICB refuse
def make_icb_refuse():
    name = "gx2-nhs-birmingham-solihull-icb-board-action-log-typo-month-refuse.csv"
    title = "NHS Birmingham and Solihull Integrated Care Board – Board Meeting in Public: Action Log"
    rows = [
        [title],
        ["Position following the meeting held on 25 November 2025"],
        [],
        ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead", "Due Date",
         "Progress Update", "Status"],
        ["ICB/25/031", "29/07/2025", "25/07/8", "Integrated Performance Report",
         "Provide a breakdown of ambulance handover delays by acute site, including the impact of the fit-to-sit pilot",
         "Chief Delivery Officer", "September 2025", "Included in the IPR presented on 30 September 2025.", "Closed"],
        ["ICB/25/034", "29/07/2025", "25/07/11", "Primary Care Access Recovery Plan",
         "Circulate the list of practices not yet on cloud-based telephony, with planned go-live dates",
         "Director of Primary Care", "September 2025", "Circulated to Board members on 12/09/2025.", "Closed"],
        ["ICB/25/039", "30/09/2025", "25/09/6", "Patient Story",
         "Share the learning from the patient story with the Learning Disability and Autism Programme Board",
         "Chief Nursing Officer", "November 2025", "Presented at the LDA Programme Board on 6 November 2025.",
         "Proposed for closure"],
        ["ICB/25/041", "30/09/2025", "25/09/9", "Finance Report Month 5",
         "Bring a report on the drivers of the prescribing overspend and the recovery actions agreed with PCNs",
         "Chief Finance Officer / Chief Medical Officer", "January 2026",
         "Finance and Performance Committee to review in December 2025; Board report January 2026.", "Open"],
        ["ICB/25/044", "30/09/2025", "25/09/12", "Winter Plan 2025/26",
         "Confirm the number of additional virtual ward beds commissioned for winter and the workforce supporting them",
         "Chief Delivery Officer", "November 2025", "See the Winter Plan update on today's agenda.",
         "Proposed for closure"],
        ["ICB/25/047", "25/11/2025", "25/11/7", "Board Assurance Framework",
         "Review the score of BAF risk 4 (workforce) in light of the recruitment controls and report back",
         "Chief People Officer", "Febuary 2026", "", "Open"],
        ["ICB/25/049", "25/11/2025", "25/11/10", "Joint Forward Plan Refresh",
         "Hold a Board development session on the Joint Forward Plan refresh before publication",
         "Director of Strategy / Board Secretary", "March 2026", "Session being scheduled for February 2026.",
         "Open"],
        ["ICB/25/051", "25/11/2025", "25/11/13", "Questions from the Public",
         "Respond in writing to the question on access to NHS dentistry in Solihull and publish the response",
         "Director of Primary Care", "December 2025", "", "Open"],
        [],
        ["Key: Closed = action complete, removed at the next meeting; Proposed for closure = Board asked to agree "
         "closure; Open = action in progress"],
    ]
    width = 9
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (width - len(r)))
    refuse_line = next(i for i, r in enumerate(rows, start=1) if "Febuary 2026" in r)

    write_expected(name, {
        "source": "Imitates an ICB's board-meeting-in-public action log as exported from the board papers "
                  "(NHS Birmingham and Solihull ICB, 2025; layout after published NHS board action trackers such "
                  "as EEAST's public board action tracker, no URL). Copied features: a title line and a position line, action "
                  "numbers of the form ICB/25/031, meeting date, minute ref and agenda item columns, action text, "
                  "lead as executive posts (two split by '/'), due date as month and year, progress update, "
                  "Closed / Proposed for closure / Open status and a key line at the foot.",
        "reads": "A board action log of eight actions from the July, September and November 2025 meetings. "
                 "The due date of action ICB/25/047 reads 'Febuary 2026', a mistyped month, so a careful reader "
                 "stops and asks before taking the log in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, refuse_line


# ==================================================================== 4. DHR
def make_dhr():
    name = "gx2-safer-wolverhampton-partnership-dhr-adult-k-action-plan.txt"
    title = "Domestic Homicide Review – Adult K: Action Plan"
    sec1 = "OVERVIEW REPORT RECOMMENDATIONS"
    sec2 = "SINGLE AGENCY RECOMMENDATIONS"
    r1 = ("1. The Safer Wolverhampton Partnership should assure itself that partner agencies routinely ask about "
          "domestic abuse when an older person discloses a change in their relationship or living arrangements.")
    r2 = ("2. Agencies should ensure that the risk posed by a carer's alcohol use is assessed and shared when they "
          "are caring for a victim of domestic abuse.")
    r3 = ("3. West Midlands Police: officers attending domestic incidents involving older victims should complete "
          "the DASH and consider the victim's care and support needs.")
    r4 = ("4. The Royal Wolverhampton NHS Trust: primary care should record and follow up missed appointments for "
          "patients identified as at risk of domestic abuse.")
    r5 = ("5. Wolverhampton Homes: tenancy officers should be trained to recognise and respond to domestic abuse "
          "where the perpetrator is also a carer.")
    H = ["Ref", "Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
         "Key milestones achieved in enacting recommendation", "Target date", "Completion date and outcome", "RAG"]
    # (ref, rec shown, scope, action, lead text, leads, milestones, target, completion, rag, status, end, end_text, under)
    A = [
        ("1a", r1, "Local",
         "Develop a routine enquiry prompt for older adults and add it to the partnership's domestic abuse training offer.",
         "Safer Wolverhampton Partnership", ["Safer Wolverhampton Partnership"],
         "Prompt drafted with the Older People's Forum; training slides updated.", "31/12/2025", "", "G",
         "green", "2025-12", None, [sec1, r1]),
        ("1b", "", "",
         "Deliver a briefing on domestic abuse in later life to adult social care, district nursing and GP practice staff.",
         "City of Wolverhampton Council Adult Services / The Royal Wolverhampton NHS Trust",
         ["City of Wolverhampton Council Adult Services", "The Royal Wolverhampton NHS Trust"],
         "Two briefings held in September 2025 (96 attendees).", "September 2025",
         "Completed 25/09/2025 - 88% of attendees reported feeling more confident to ask.", "B",
         "blue", "2025-09", None, [sec1, r1]),
        ("2a", r2, "Local",
         "Add a question on carer substance use to the carers' assessment and to the referral pathway into Recovery Near You.",
         "City of Wolverhampton Council (Carers Support Team) / Recovery Near You",
         ["City of Wolverhampton Council (Carers Support Team)", "Recovery Near You"],
         "Change to the carers' assessment agreed; awaiting the system update.", "March 2026", "", "A",
         "amber", "2026-03", None, [sec1, r2]),
        ("2b", "", "",
         "Audit 15 carers' assessments completed after the change to test that the question is asked and acted on.",
         "City of Wolverhampton Council (Carers Support Team)",
         ["City of Wolverhampton Council (Carers Support Team)"],
         "", "June 2026", "", "", "unrated", "2026-06", None, [sec1, r2]),
        ("3a", r3, "Single agency",
         "Refresh the domestic abuse aide-memoire for response officers to cover care and support needs and referral to adult social care.",
         "West Midlands Police", ["West Midlands Police"],
         "Aide-memoire updated and issued on the force intranet.", "July 2025", "Completed 14/07/2025", "B",
         "blue", "2025-07", None, [sec2, r3]),
        ("3b", "", "",
         "Dip-sample 30 domestic incidents involving victims aged over 60 to check compliance.",
         "West Midlands Police", ["West Midlands Police"],
         "Dip sample scheduled for January 2026.", "31/01/2026", "", "G", "green", "2026-01", None, [sec2, r3]),
        ("4a", r4, "Single agency",
         "Introduce a did not attend follow-up protocol for adults on the MARAC register in the GP practices run by the Trust.",
         "The Royal Wolverhampton NHS Trust", ["The Royal Wolverhampton NHS Trust"],
         "Protocol approved by the Safeguarding Committee on 2 October 2025; roll-out to 9 practices under way.",
         "December 2025", "", "G", "green", "2025-12", None, [sec2, r4]),
        ("5a", r5, "Single agency",
         "Include carer-perpetrated abuse in the refresh of the Wolverhampton Homes DAHA accreditation training.",
         "Wolverhampton Homes", ["Wolverhampton Homes"],
         "Training content being revised with a local specialist domestic abuse service.", "March 2026", "", "A",
         "amber", "2026-03", None, [sec2, r5]),
        ("5b", "", "",
         "Report referrals made by tenancy officers to the SWP Domestic Abuse Delivery Group.",
         "Wolverhampton Homes", ["Wolverhampton Homes"],
         "Q2 figures reported on 15 October 2025.", "Quarterly", "", "G", "green", None, "Quarterly", [sec2, r5]),
    ]
    lines = [
        title,
        "Safer Wolverhampton Partnership",
        "Agreed by the SWP Board on 18 June 2025 - position at 31 October 2025",
        "",
        "\t".join(H),
    ]
    expected = []
    current_sec = None
    for ref, rec, scope, action, lead_txt, leads, miles, target, done, rag, status, end, end_text, under in A:
        if under[0] != current_sec:
            current_sec = under[0]
            lines.append(current_sec + "\t" * (len(H) - 1))
        lines.append("\t".join([ref, rec, scope, action, lead_txt, miles, target, done, rag]))
        expected.append(act(ref, under, action, leads, end, status, end_text))
    lines += [
        "",
        "RAG key: B = complete; G = on track; A = some slippage; R = off track; blank = not yet started",
        "Summary: 9 actions - 2 complete, 4 on track, 2 some slippage, 0 off track, 1 not yet started",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a community safety partnership's published DHR action plan in the Home Office "
                  "template (Safer Wolverhampton Partnership, 2025, 'Adult K'; no URL), saved as tab-separated "
                  "text. Copied features: review title, partnership name and agreed/position line, the Home Office "
                  "columns (Recommendation, Scope of recommendation, Action to take, Lead agency, Key milestones "
                  "achieved, Target date, Completion date and outcome) with a local Ref and RAG column added, "
                  "section lines for overview report and single agency recommendations, the recommendation given "
                  "only on its first action line (a merged cell in the Word original), two lead agencies split by "
                  "'/', target dates as dd/mm/yyyy, month-year and 'Quarterly', RAG letters with a key and a "
                  "summary line at the foot.",
        "reads": "A DHR action plan with five recommendations under two section lines and nine actions (1a-5b). "
                 "Actions with an empty recommendation cell belong to the recommendation above; the key and "
                 "summary lines at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================== xlsx helpers
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def xfill(hex_fill):
    return PatternFill("solid", start_color=hex_fill, end_color=hex_fill)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ============================================================= 5. maternity
def make_maternity():
    name = "gx2-wrightington-wigan-leigh-nhsft-maternity-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2024–2026"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust"
    cov["A3"] = ("Brings together the Three Year Delivery Plan for Maternity and Neonatal Services, the Ockenden "
                 "immediate and essential actions and the actions from the 2024 CQC maternity inspection.")
    cov["A5"] = "Version control"
    cov["A5"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Reviewed by"),
                             ("4.0", "15/04/2025", "Maternity and Neonatal Safety Oversight Group"),
                             ("5.0", "14/07/2025", "Maternity and Neonatal Safety Oversight Group"),
                             ("6.0", "13/10/2025", "Quality and Safety Committee")], start=6):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 6:
                c.font = Font(bold=True)
    cov["A11"] = "BRAG key"
    cov["A11"].font = Font(bold=True)
    for i, (colour, label, meaning) in enumerate([
        ("blue", "Blue", "Evidenced and assured – action complete"),
        ("green", "Green", "Delivered – awaiting evidence / assurance"),
        ("amber", "Amber", "Not yet delivered – on track for the due date"),
        ("red", "Red", "Not yet delivered – off track or at risk of missing the due date"),
    ], start=12):
        cov.cell(row=i, column=1).fill = xfill(FILL[colour])
        cov.cell(row=i, column=2, value=label)
        cov.cell(row=i, column=3, value=meaning)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title + " – position at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to: Maternity and Neonatal Safety Oversight Group and Quality and Safety Committee"
    hdr = ["Ref", "Source", "Action", "Lead", "Start date", "Original due date", "Revised due date",
           "Progress this period", "BRAG", "Evidence (location)"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(FILL["head"])
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BORDER
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("1.1", "3YDP / Ockenden IEA 2",
             "Co-produce a service user feedback plan with the Maternity and Neonatal Voices Partnership (MNVP), "
             "including 15 Steps walkarounds at the Royal Albert Edward Infirmary",
             "Director of Midwifery", ["Director of Midwifery"], d(2024, 4, 1), d(2024, 12, 31), None,
             "Plan co-produced and signed off; 15 Steps walkarounds completed in June and December 2024.",
             "blue", "MNVP folder, Maternity SharePoint"),
            ("1.2", "3YDP",
             "Offer every woman a personalised care and support plan (PCSP) at booking and review it at 28 and "
             "36 weeks",
             "Community Matron", ["Community Matron"], d(2024, 4, 1), d(2025, 3, 31), d(2025, 11, 30),
             "Q1 audit: 71% of PCSPs reviewed at 36 weeks (target 90%). Digital PCSP goes live in BadgerNet in "
             "October.", "amber", "PCSP audit Q1 2025/26"),
            ("1.3", "CQC 2024 (must-do)",
             "Book interpreters for all antenatal appointments where a need is recorded, and audit compliance "
             "monthly",
             "Consultant Midwife / Equity and Equality Lead Midwife",
             ["Consultant Midwife", "Equity and Equality Lead Midwife"], d(2024, 6, 1), d(2025, 3, 31), None,
             "Monthly audit in place since April 2025; compliance 94%.", "green", "Interpreting audit log"),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("2.1", "3YDP / Ockenden IEA 7",
             "Complete a Birthrate Plus® review and present the midwifery establishment to the Board",
             "Director of Midwifery", ["Director of Midwifery"], d(2024, 4, 1), d(2024, 9, 30), None,
             "Presented to the Board on 2 October 2024; uplift of 6.4 WTE funded.", "blue",
             "Board papers October 2024"),
            ("2.2", "3YDP",
             "Implement the national preceptorship and retention programme for newly qualified midwives",
             "Practice Development Midwife", ["Practice Development Midwife"], d(2024, 9, 1), d(2025, 8, 31), None,
             "Programme launched with 18 preceptees; first-year retention data due November 2025.", "green",
             "Preceptorship tracker"),
            ("2.3", "Ockenden IEA 3",
             "Achieve 90% attendance at PROMPT multidisciplinary training for every staff group",
             "Clinical Director, Obstetrics and Gynaecology / Lead Midwife for Education",
             ["Clinical Director, Obstetrics and Gynaecology", "Lead Midwife for Education"],
             d(2024, 4, 1), d(2025, 3, 31), d(2026, 3, 31),
             "Midwives 93%, obstetric consultants 88%, anaesthetists 71%. Release of anaesthetists agreed from "
             "January 2026.", "red", "Training compliance report"),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("3.1", "3YDP",
             "Complete the Perinatal Culture and Leadership Programme and share the SCORE survey results with "
             "staff",
             "Perinatal Quadrumvirate", ["Perinatal Quadrumvirate"], d(2024, 5, 1), d(2024, 12, 31),
             d(2025, 6, 30),
             "SCORE survey completed; results shared at staff listening events in June 2025.", "blue",
             "PCLP folder"),
            ("3.2", "PSIRF",
             "Embed the Patient Safety Incident Response Framework in maternity, with a weekly MDT incident review "
             "and family liaison",
             "Maternity Governance Lead", ["Maternity Governance Lead"], d(2024, 4, 1), d(2025, 6, 30), None,
             "Weekly review in place; family liaison post filled from September 2025.", "green",
             "Governance meeting minutes"),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("4.1", "SBLCB v3",
             "Achieve full compliance with all six elements of the Saving Babies’ Lives Care Bundle version 3",
             "Consultant Obstetrician (Fetal Medicine Lead)", ["Consultant Obstetrician (Fetal Medicine Lead)"],
             d(2024, 4, 1), d(2026, 3, 31), None,
             "Elements 1, 2, 4 and 6 fully compliant; elements 3 and 5 at 80%. LMNS assurance visit in October "
             "2025.", "amber", "SBLCB implementation tool"),
            ("4.2", "CQC 2024 (must-do)",
             "Use the BSOTS triage system for every woman attending the Maternity Assessment Unit and audit the "
             "15-minute initial assessment weekly",
             "Inpatient Matron", ["Inpatient Matron"], d(2024, 4, 1), d(2024, 12, 31), None,
             "Compliance 97% for six consecutive months; CQC action closed.", "blue", "MAU triage audit"),
            ("4.3", "3YDP",
             "Implement the BadgerNet digital maternity record across antenatal, intrapartum and postnatal care",
             "Digital Midwife / Chief Clinical Information Officer",
             ["Digital Midwife", "Chief Clinical Information Officer"], d(2024, 10, 1), d(2026, 3, 31), None,
             "Go-live planned for November 2025; staff training 62% complete.", "green", "Digital programme board"),
        ]),
    ]
    r = 5
    expected = []
    for theme, rows in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = xfill(FILL["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for ref, src, text, lead_txt, leads, start, orig, rev, prog, colour, evid in rows:
            vals = [ref, src, text, lead_txt, start, orig, rev, prog, None, evid]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = xfill(FILL[colour])
            end_d = rev or orig
            expected.append(act(ref, [theme], text, leads, end_d.strftime("%Y-%m"), colour))
            r += 1
    for col, wdt in zip("ABCDEFGHIJ", [6, 18, 55, 30, 11, 11, 11, 50, 8, 24]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "BRAG summary by theme – September 2025"
    sm["A1"].font = Font(bold=True)
    counts = [("Theme", "Blue", "Green", "Amber", "Red", "Total"),
              ("Theme 1", 1, 1, 1, 0, 3), ("Theme 2", 1, 1, 0, 1, 3),
              ("Theme 3", 1, 1, 0, 0, 2), ("Theme 4", 1, 1, 1, 0, 3), ("Total", 4, 4, 2, 1, 11)]
    for i, row in enumerate(counts, start=3):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 3 or row[0] == "Total":
                c.font = Font(bold=True)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates an acute trust's maternity and neonatal improvement plan reported to its safety "
                  "oversight group and quality committee (Wrightington, Wigan and Leigh Teaching Hospitals NHSFT, "
                  "2024-26; no URL), combining the NHS England Three Year Delivery Plan themes, Ockenden IEAs and "
                  "CQC must-dos, after trust Ockenden/3YDP trackers such as SaTH's. Copied features: a cover sheet "
                  "with version control and a BRAG key (Blue = evidenced and assured), the plan sheet with the "
                  "four 3YDP themes as merged shaded rows, a source column, start / original due / revised due "
                  "dates, leads as posts (two split by '/'), progress text, BRAG shown by fill colour only, an "
                  "evidence location column, and a summary sheet of BRAG counts.",
        "reads": "Eleven numbered actions (1.1-4.3) under four themes of the maternity and neonatal three year "
                 "delivery plan. Where a revised due date is given it replaces the original; the BRAG cell has "
                 "only a fill colour, read by the cover-sheet key. The cover and summary sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================ 6. risk register
def make_risk_register():
    name = "gx2-torridge-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Torridge District Council – Corporate Risk Register"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2025/26 (position at 31 December 2025)"
    ws["A3"] = "Presented to the Audit and Governance Committee, 29 January 2026"
    groups = [("Risk", 1, 3), ("Inherent risk", 4, 6), ("Current controls", 7, 7), ("Residual risk", 8, 10),
              ("", 11, 11), ("Further mitigating actions", 12, 16)]
    for label, a, b in groups:
        ws.cell(row=5, column=a, value=label or None).font = Font(bold=True, color="FFFFFF")
        for j in range(a, b + 1):
            ws.cell(row=5, column=j).fill = xfill(FILL["head"])
        if b > a:
            ws.merge_cells(start_row=5, start_column=a, end_row=5, end_column=b)
    hdr = ["Risk", "Risk description (cause, event, consequence)", "Risk owner", "L", "I", "Score",
           "Existing controls", "L", "I", "Score", "Direction of travel", "Action", "Action owner",
           "Target date", "Action status", "Q3 update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(FILL["grey"])
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BORDER

    status_fill = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    risks = [
        ("CR01 – Financial sustainability",
         "Reduced government funding, inflation and demand pressures lead to a budget gap that the council "
         "cannot close, resulting in unplanned use of reserves and cuts to services.",
         "Chief Financial Officer (S151)", 5, 4, "MTFS refreshed annually; monthly budget monitoring to SLT; "
         "reserves strategy; savings tracker", 4, 4, "↔", [
            ("Identify and agree savings and income proposals to close the 2026/27 budget gap of £1.1m",
             "Chief Financial Officer (S151)", ["Chief Financial Officer (S151)"], d(2026, 2, 28), "2026-02",
             None, "Amber", "£0.7m of proposals agreed by Cabinet; remaining £0.4m under review."),
            ("Complete the review of fees and charges and report to Cabinet",
             "Finance Manager", ["Finance Manager"], d(2025, 11, 30), "2025-11", None, "Complete",
             "Approved by Cabinet on 24 November 2025."),
            ("Model the impact of the Fair Funding Review on the MTFS and respond to the consultation",
             "Chief Financial Officer (S151) / Finance Manager",
             ["Chief Financial Officer (S151)", "Finance Manager"], "Q4 2025/26", "2026-03", None, "Green",
             "Consultation response submitted; modelling to follow the final settlement."),
        ]),
        ("CR02 – Local government reorganisation",
         "Reorganisation of local government in Devon diverts capacity and creates uncertainty for staff, "
         "leading to loss of key staff and poorer service delivery during transition.",
         "Chief Executive", 4, 5, "Member and officer working group; regular staff briefings; joint working "
         "with Devon districts", 4, 4, "↑", [
            ("Submit the council's proposal for local government reorganisation in line with the government "
             "timetable", "Chief Executive", ["Chief Executive"], d(2025, 11, 28), "2025-11", None, "Complete",
             "Proposal submitted on 28 November 2025."),
            ("Set up an LGR programme board and resource plan that protects capacity for day-to-day services",
             "Strategic Director / Head of Governance", ["Strategic Director", "Head of Governance"],
             d(2026, 3, 31), "2026-03", None, "Green", "Terms of reference drafted; first meeting February 2026."),
        ]),
        ("CR03 – Cyber security and ICT resilience",
         "A cyber attack or major ICT failure causes loss of systems and data, leading to service disruption, "
         "financial loss and regulatory action.",
         "Head of ICT and Digital", 5, 5, "Firewalls and endpoint protection; immutable back-ups; PSN "
         "compliance; staff awareness training", 3, 5, "↓", [
            ("Achieve PSN compliance and complete the actions from the 2025 IT health check",
             "Head of ICT and Digital", ["Head of ICT and Digital"], d(2026, 1, 31), "2026-01", None, "Green",
             "14 of 17 health check actions complete."),
            ("Run a cyber incident exercise with the Senior Leadership Team",
             "ICT Security Officer", ["ICT Security Officer"], d(2025, 12, 31), "2025-12", None, "Red",
             "Exercise postponed twice; new date to be confirmed."),
            ("Deliver mandatory cyber awareness training to all staff and councillors",
             "Head of ICT and Digital", ["Head of ICT and Digital"], "Ongoing", None, "Ongoing", "Green",
             "Staff completion 91%; councillor completion 64%."),
        ]),
        ("CR04 – Temporary accommodation demand",
         "Rising homelessness and a shortage of affordable housing increase the use of bed and breakfast, "
         "leading to budget overspend and poor outcomes for families.",
         "Head of Communities", 4, 4, "Homelessness prevention service; TA procurement framework; weekly "
         "placements review", 4, 3, "↔", [
            ("Deliver 12 additional units of council-owned temporary accommodation in Bideford",
             "Housing Options Manager", ["Housing Options Manager"], d(2026, 6, 30), "2026-06", None, "Amber",
             "Planning consent granted; contractor appointment delayed to January 2026."),
            ("Review the criteria for the homelessness prevention fund to support earlier prevention",
             "Housing Options Manager", ["Housing Options Manager"], d(2026, 3, 31), "2026-03", None, "Green",
             "Draft criteria out to partners for comment."),
        ]),
    ]

    def score_fill(score):
        return FILL["red"] if score >= 15 else FILL["amber"] if score >= 8 else FILL["green"]

    r = 7
    expected = []
    for risk, desc, owner, il, ii, ctrl, rl, ri, dot, actions in risks:
        first = r
        for k, (text, own_txt, owners, target, end, end_text, st, upd) in enumerate(actions):
            row_vals = {12: text, 13: own_txt, 14: target, 15: st, 16: upd}
            if k == 0:
                row_vals.update({1: risk, 2: desc, 3: owner, 4: il, 5: ii, 6: il * ii, 7: ctrl, 8: rl, 9: ri,
                                 10: rl * ri, 11: dot})
            for j in range(1, 17):
                c = ws.cell(row=r, column=j, value=row_vals.get(j))
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BORDER
            tc = ws.cell(row=r, column=14)
            if isinstance(target, dt.datetime):
                tc.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=15).fill = xfill(FILL[status_fill[st]])
            expected.append(act(None, [risk], text, owners, end, status_fill[st], end_text))
            r += 1
        last = r - 1
        ws.cell(row=first, column=6).fill = xfill(score_fill(il * ii))
        ws.cell(row=first, column=10).fill = xfill(score_fill(rl * ri))
        ws.cell(row=first, column=1).font = Font(bold=True)
        if last > first:
            for j in range(1, 12):
                ws.merge_cells(start_row=first, start_column=j, end_row=last, end_column=j)
    for col, wdt in zip("ABCDEFGHIJKLMNOP", [22, 40, 18, 4, 4, 6, 34, 4, 4, 6, 10, 45, 22, 12, 10, 38]):
        ws.column_dimensions[col].width = wdt
    ws.cell(row=r + 1, column=1, value="L = likelihood, I = impact (1-5). Residual score 15-25 red, 8-12 amber, "
                                       "1-6 green. Direction of travel compares with Quarter 2.")

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood × impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = mx.cell(row=3 + i, column=j + 1, value=s)
            c.fill = xfill(score_fill(s))
            c.border = BORDER
    mx["A10"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical"
    mx["A11"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    mx["A13"] = "Action status: Complete (blue), Green – on track, Amber – some delay, Red – significant delay"

    cl = wb.create_sheet("Risks closed")
    cl["A1"] = "Risks removed from the register this year"
    cl["A1"].font = Font(bold=True)
    for i, row in enumerate([("Risk", "Reason for removal", "Date removed"),
                             ("CR07 – Elections Act implementation", "Target score reached; managed at service "
                              "level", "Q2 2025/26"),
                             ("CR09 – Leisure contract re-tender", "New contract awarded and mobilised",
                              "Q1 2025/26")], start=3):
        for j, v in enumerate(row, start=1):
            c = cl.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 3:
                c.font = Font(bold=True)
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a district council's quarterly corporate risk register appendix to its audit and "
                  "governance committee (Torridge District Council, Q3 2025/26; no URL), after district "
                  "registers such as South Lakeland's and Eden's. Copied features: title, quarter and committee "
                  "lines, grouped header row (Risk / Inherent risk / Current controls / Residual risk / Further "
                  "mitigating actions) over a column header row, each risk's ref-and-title, description, owner, "
                  "L x I scores with score fills, controls and direction-of-travel arrow merged down over its "
                  "action rows, one further mitigating action per row with action owner (job titles, two split "
                  "by '/'), target date (dd/mm/yyyy, 'Q4 2025/26', 'Ongoing'), action status word with fill and "
                  "a Q3 update, a scoring note line, a scoring-matrix sheet and a risks-closed sheet.",
        "reads": "Four corporate risks (CR01-CR04), each with two or three further mitigating actions, ten "
                 "actions in all; the actions carry no refs of their own and sit under their risk. The matrix "
                 "and closed-risk sheets hold no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ================================================================= 7. CSP plan
def make_csp():
    name = "gx2-hinckley-bosworth-csp-community-safety-plan-2025-26-action-plan.xlsx"
    title = "Hinckley & Bosworth Community Safety Partnership – Delivery Plan 2025–26"
    wb = Workbook()
    fr = wb.active
    fr.title = "Front sheet"
    fr["A1"] = title
    fr["A1"].font = Font(bold=True, size=14)
    fr["A2"] = "Quarter 2 update (July – September 2025)"
    fr["A4"] = "Our priorities for 2025–26"
    fr["A4"].font = Font(bold=True)
    pri_names = [
        "Priority 1: Tackling anti-social behaviour and building confident communities",
        "Priority 2: Domestic abuse and violence against women and girls",
        "Priority 3: Serious violence and exploitation",
    ]
    for i, p in enumerate(pri_names, start=5):
        fr.cell(row=i, column=1, value=p)
    fr["A9"] = "Progress key"
    fr["A9"].font = Font(bold=True)
    key = [("Achieved", "blue", "Action completed"), ("On track", "green", "Progressing as planned"),
           ("Some concerns", "amber", "Some delay or risk to delivery"),
           ("Off track", "red", "Not progressing – partnership support needed")]
    for i, (word, colour, meaning) in enumerate(key, start=10):
        c = fr.cell(row=i, column=1, value=word)
        c.fill = xfill(FILL[colour])
        fr.cell(row=i, column=2, value=meaning)
    fr["A15"] = "Quarter 2 summary"
    fr["A15"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Achieved", 2), ("On track", 5), ("Some concerns", 1), ("Off track", 1),
                                ("Not started", 1), ("Total actions", 10)], start=16):
        fr.cell(row=i, column=1, value=k)
        fr.cell(row=i, column=2, value=v)
    fr.column_dimensions["A"].width = 70
    fr.column_dimensions["B"].width = 45

    word_colour = {"Achieved": "blue", "On track": "green", "Some concerns": "amber", "Off track": "red"}
    priorities = [
        ("Priority 1", pri_names[0], "Priority lead: Chief Inspector, Hinckley & Bosworth Neighbourhood Policing Area", [
            ("Objective 1a: Reduce repeat anti-social behaviour and support vulnerable victims", [
                ("1a.1", "Hold a monthly ASB multi-agency problem-solving meeting (JAG) for high-risk victims and "
                         "locations", "HBBC Community Safety Team", ["HBBC Community Safety Team"],
                 "Leicestershire Police; housing providers", "Monthly", None, "Monthly",
                 "Fewer repeat victims on the high-risk list", "Three JAG meetings held; 11 cases reviewed and 7 "
                 "closed.", "On track"),
                ("1a.2", "Promote the ASB Case Review (Community Trigger) and publish the annual data",
                 "HBBC Community Safety Manager", ["HBBC Community Safety Manager"], "Leicestershire Police",
                 d(2025, 7, 31), "2025-07", None, "Data published on the council website",
                 "2024/25 data published in July 2025; leaflet refreshed.", "Achieved"),
            ]),
            ("Objective 1b: Improve confidence in how partners respond to community concerns", [
                ("1b.1", "Carry out a Hinckley town centre safety survey, including women’s safety after dark",
                 "Leicestershire Police / HBBC Community Safety Team",
                 ["Leicestershire Police", "HBBC Community Safety Team"], "Hinckley BID",
                 "Sept 2025 – Dec 2025", "2025-12", "Sept 2025 – Dec 2025", "Survey report to the CSP Board",
                 "Survey live from 15 September; 412 responses so far.", "On track"),
                ("1b.2", "Hold four Beat Surgery community engagement events in rural villages",
                 "Leicestershire Police (Hinckley Rural Beat Team)",
                 ["Leicestershire Police (Hinckley Rural Beat Team)"], "Parish councils",
                 d(2026, 3, 31), "2026-03", None, "Four events held; feedback recorded",
                 "One event held; two cancelled because of staff abstractions.", "Some concerns"),
            ]),
        ]),
        ("Priority 2", pri_names[1], "Priority lead: HBBC Head of Community Services", [
            ("Objective 2a: Increase awareness and early reporting of domestic abuse", [
                ("2a.1", "Deliver domestic abuse awareness training, including coercive control, to frontline "
                         "council and housing staff", "HBBC Safeguarding Lead", ["HBBC Safeguarding Lead"],
                 "Living Without Abuse", d(2026, 3, 31), "2026-03", None, "120 staff trained",
                 "58 staff trained in Q1 and Q2.", "On track"),
                ("2a.2", "Run a White Ribbon campaign during the 16 Days of Action", "HBBC Community Safety Team",
                 ["HBBC Community Safety Team"], "All CSP partners", d(2025, 12, 31), "2025-12", None,
                 "Campaign reach and pledges signed", "Campaign materials ordered; events planned for "
                 "25 November.", "On track"),
            ]),
            ("Objective 2b: Support victims to stay safe at home or in safe accommodation", [
                ("2b.1", "Maintain the sanctuary scheme for victims who want to remain in their own home",
                 "HBBC Housing Options", ["HBBC Housing Options"], "Leicestershire Police; Juniper Lodge",
                 "Ongoing", None, "Ongoing", "Number of sanctuary installations",
                 "9 installations in Q2.", "On track"),
                ("2b.2", "Review the local domestic abuse safe accommodation needs assessment with the county "
                         "council", "Leicestershire County Council Domestic Abuse Team",
                 ["Leicestershire County Council Domestic Abuse Team"], "HBBC Housing Options",
                 d(2026, 1, 31), "2026-01", None, "Updated needs assessment agreed",
                 "Refresh delayed until the county recommissioning is complete.", "Off track"),
            ]),
        ]),
        ("Priority 3", pri_names[2], "Priority lead: Leicestershire Police Superintendent (Local Policing)", [
            ("Objective 3a: Prevent young people being drawn into violence and exploitation", [
                ("3a.1", "Deliver knife crime and exploitation awareness sessions in every secondary school in the "
                         "borough", "Violence Reduction Network / Leicestershire Police Schools Officer",
                 ["Violence Reduction Network", "Leicestershire Police Schools Officer"], "Secondary schools",
                 d(2026, 7, 31), "2026-07", None, "Sessions delivered in all 8 schools",
                 "Sessions to be booked for spring and summer 2026.", ""),
                ("3a.2", "Run a summer holiday hotspot patrol plan in Hinckley and Barwell using Grip funding",
                 "Leicestershire Police", ["Leicestershire Police"], "HBBC Community Safety Team",
                 d(2025, 9, 30), "2025-09", None, "Reduction in violence in hotspot areas",
                 "Patrols completed; violence in the hotspots down 18% on summer 2024.", "Achieved"),
            ]),
        ]),
    ]
    hdr = ["Ref", "What we will do", "Lead partner", "Supporting partners", "By when", "How we will know",
           "Q2 update", "Progress"]
    expected = []
    for sheet, pname, plead, objectives in priorities:
        ws = wb.create_sheet(sheet)
        ws["A1"] = pname
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws["A2"] = plead
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill(FILL["head"])
            c.border = BORDER
        r = 5
        for obj, rows in objectives:
            ws.cell(row=r, column=1, value=obj).font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = xfill(FILL["pale"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for ref, text, lead_txt, leads, supp, when, end, end_text, measure, upd, prog in rows:
                for j, v in enumerate([ref, text, lead_txt, supp, when, measure, upd, prog or None], start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if prog:
                    ws.cell(row=r, column=8).fill = xfill(FILL[word_colour[prog]])
                status = word_colour[prog] if prog else "unrated"
                expected.append(act(ref, [pname, obj], text, leads, end, status, end_text))
                r += 1
        for col, wdt in zip("ABCDEFGH", [7, 50, 30, 26, 14, 30, 40, 14]):
            ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": "Imitates a district community safety partnership's annual delivery plan with quarterly "
                  "updates (Hinckley & Bosworth CSP, 2025-26; no URL), after CSP plans such as Medway's and "
                  "North Kesteven's. Copied features: a front sheet with title, quarter line, the priorities, a "
                  "progress key (Achieved / On track / Some concerns / Off track with colour fills) and a Q2 "
                  "summary of counts; one sheet per priority with the priority title and priority lead line, "
                  "objectives as merged shaded rows, refs like 1a.1, lead partner and supporting partners "
                  "columns, by-when as mmm-yy dates, 'Monthly', 'Ongoing' and a period, a measure of success, "
                  "Q2 update and a progress word with fill (one action not yet rated).",
        "reads": "Ten actions across three priority sheets, each under its priority and objective. The lead is "
                 "the lead partner (supporting partners are not leads); progress words are read by the key "
                 "(Achieved = complete). The front sheet holds no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (make_sar, make_highlight, make_icb_refuse, make_dhr, make_maternity, make_risk_register,
               make_csp):
        print(fn())
