"""Build the seven gp2- blind cases of set heldout232 and their expected readings.

Run:  /work/main/.venv/bin/python gp2_make.py   (writes into the folder this script is in)

Each builder writes its data file from the cell text below and writes NAME.expected.yaml
from the reading written down beside that text (lead list, end month, status are
stated by hand per action, not derived from the cells).
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


def D(y, m, d):
    return dt.datetime(y, m, d)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # strings with inner line breaks, and short codes such as "2025-03" or "1.1", are double-quoted
    if "\n" in value or (len(value) <= 12 and any(ch.isdigit() for ch in value)):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_yaml(fname, exp):
    path = os.path.join(HERE, fname + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    run = p.add_run(lines[0])
    run.bold = bold
    run.font.size = Pt(size)
    for ln in lines[1:]:
        run.add_break()
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


# ============================================================================= 1. SAR (docx)
def sar_thurrock():
    fname = "gp2-thurrock-sab-sar-mr-e-action-plan.docx"
    title = "Thurrock Safeguarding Adults Board – Safeguarding Adults Review: Mr E"
    recs = [
        ("Recommendation 1 – Self-neglect and hoarding",
         "Thurrock SAB should seek assurance that the multi-agency self-neglect and hoarding guidance is "
         "understood and used by frontline practitioners, including when a person declines support.",
         [
             ("1.1", "Refresh the SET self-neglect and hoarding guidance briefing and relaunch it through a practitioner webinar.",
              "SAB Business Manager", ["SAB Business Manager"], "March 2025", "2025-03", None,
              "Webinar held 12/03/2025 with 86 attendees. Recording and slides on the SAB website.", "Blue", "blue"),
             ("1.2", "Audit a sample of 20 self-neglect concerns closed at triage to test whether the guidance was applied.",
              "Principal Social Worker (Thurrock Council) / Quality Assurance Lead (EPUT)",
              ["Principal Social Worker (Thurrock Council)", "Quality Assurance Lead (EPUT)"],
              "30/06/2025", "2025-06", None,
              "Audit tool agreed at QA Subgroup. Case sample drawn; audit days booked for May.", "Green", "green"),
             ("1.3", "Add a prompt to the Mosaic safeguarding concern form to record fire risk and any hoarding.",
              "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"],
              "September 2025", "2025-09", None,
              "Change request raised with the Mosaic team. Delivery held until the system upgrade is complete.", "Amber", "amber"),
         ]),
        ("Recommendation 2 – Alcohol use and mental capacity",
         "Partner agencies should ensure that assessments of mental capacity consider executive functioning "
         "where a person’s alcohol use may affect their ability to carry out decisions.",
         [
             ("2.1", "Deliver multi-agency Mental Capacity Act training with a specific module on executive capacity and alcohol use.",
              "SAB Learning and Development Subgroup Chair", ["SAB Learning and Development Subgroup Chair"],
              "Q4 2024/25", "2025-03", None,
              "Three sessions delivered (Jan–Mar 2025). Evaluation report to the May Board.", "Blue", "blue"),
             ("2.2", "Develop a joint practice guide with Inclusion Thurrock on assessing capacity where alcohol dependency is present.",
              "Inclusion Thurrock Service Manager & Thurrock Council MCA Lead",
              ["Inclusion Thurrock Service Manager", "Thurrock Council MCA Lead"],
              "31 October 2025", "2025-10", None,
              "First draft shared with the MCA Forum for comment.", "Green", "green"),
         ]),
        ("Recommendation 3 – Fire risk",
         "Essex County Fire and Rescue Service and partners should agree a route for sharing information "
         "about people at high risk of fire who self-neglect.",
         [
             ("3.1", "Agree an information sharing pathway for Safe and Well referrals for adults who self-neglect.",
              "ECFRS Community Safety Manager", ["ECFRS Community Safety Manager"],
              "July 2025", "2025-07", None,
              "Draft pathway with Information Governance leads at ECFRS and the Council.", "Green", "green"),
             ("3.2", "Include ECFRS in the Thurrock High Risk Panel as a standing member.",
              "High Risk Panel Chair", ["High Risk Panel Chair"],
              "February 2025", "2025-02", None,
              "ECFRS attended from the February 2025 panel; terms of reference updated.", "Blue", "blue"),
             ("3.3", "Report quarterly to the SAB on the number of joint visits and fire safety interventions completed.",
              "ECFRS / ASC Performance Team", ["ECFRS", "ASC Performance Team"],
              "Ongoing (quarterly)", None, "Ongoing (quarterly)",
              "First quarterly return received for Q3 2024/25.", "Green", "green"),
         ]),
        ("Recommendation 4 – Escalation",
         "Thurrock SAB should test whether practitioners know how to escalate concerns when a multi-agency "
         "plan is not working.",
         [
             ("4.1", "Relaunch the SAB Escalation Protocol with a one-page practitioner summary.",
              "SAB Business Manager", ["SAB Business Manager"], "April 2025", "2025-04", None,
              "Summary drafted and approved by the Executive Group. Relaunch set for the April newsletter.", "Green", "green"),
             ("4.2", "Survey practitioners across partner agencies on their awareness of the escalation protocol and report the findings to the Board.",
              "SAB Quality Assurance Subgroup", ["SAB Quality Assurance Subgroup"], "December 2025", "2025-12", None,
              "Survey drafted. Launch held back until after the Adult Social Care restructure.", "Amber", "amber"),
         ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Multi-agency action plan – version 5, updated following the SAR Subgroup on 8 April 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Amended by", "Comment"]):
        set_cell(c, h, bold=True, fill="D9D9D9")
    for row in [("1.0", "10/05/2024", "SAB Business Manager", "Plan agreed by the SAR Subgroup"),
                ("2.0", "09/07/2024", "SAB Business Manager", "Leads confirmed by partner agencies"),
                ("3.0", "15/10/2024", "SAB Business Manager", "Q2 progress added"),
                ("4.0", "14/01/2025", "SAB Business Manager", "Q3 progress added; action 3.2 closed"),
                ("5.0", "08/04/2025", "SAB Business Manager", "Q4 progress added")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph("")
    doc.add_paragraph(
        "Mr E was a 67-year-old man who lived alone in Grays. He died following a fire at his home in "
        "November 2022. The review was published in April 2024 and made four recommendations. Partner "
        "agencies report progress to each meeting of the SAR Subgroup.")

    doc.add_paragraph("RAG rating key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for word, code, meaning in [("Blue", "B", "Action complete and evidence received"),
                                ("Green", "G", "On track to be delivered by the target date"),
                                ("Amber", "A", "Some slippage – at risk of missing the target date"),
                                ("Red", "R", "Overdue or not started")]:
        cells = k.add_row().cells
        set_cell(cells[0], word, bold=True, fill=FILL[code])
        set_cell(cells[1], meaning)

    actions = []
    headers = ["Ref", "Action", "Lead", "Target date", "Progress update (April 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.0), Cm(4.5), Cm(2.6), Cm(7.5), Cm(1.8)]
    for heading, rec_text, rows in recs:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run(rec_text)
        r.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, headers, widths):
            set_cell(c, h, bold=True, fill="D9D9D9")
            c.width = w
        for (ref, text, lead_cell, lead, date_cell, end, end_text, prog, rag, status) in rows:
            cells = t.add_row().cells
            for c, v, w in zip(cells, [ref, text, lead_cell, date_cell, prog], widths):
                set_cell(c, v)
                c.width = w
            set_cell(cells[5], rag, bold=True, fill=FILL[rag[0]])
            cells[5].width = widths[5]
            actions.append(act(ref, [heading, rec_text], text, lead, end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Actions rated Blue will be put to the SAR Subgroup for closure. Next review: SAR Subgroup, July 2025.")
    doc.save(os.path.join(HERE, fname))

    exp = {
        "source": "Imitates the multi-agency action plans that English Safeguarding Adults Boards publish after a "
                  "Safeguarding Adults Review (e.g. Thurrock SAB, 2024-25; no specific URL used). Copied features: "
                  "board name as title, document-control table, short case summary, a RAG key table with "
                  "coloured cells (Blue = complete), then one Heading per recommendation with the recommendation "
                  "text in italics above its own action table (Ref, Action, Lead, Target date, Progress update, "
                  "RAG word in a filled cell); job titles with the agency in brackets as leads, a two-post "
                  "lead split by '/', a quarter (Q4 2024/25) and an 'Ongoing (quarterly)' target.",
        "reads": "A Word SAR action plan for Mr E with four recommendations, each a heading and an italic "
                 "recommendation above a table of numbered actions (1.1-4.2). The document-control and RAG key "
                 "tables are not actions; ten actions with leads, target dates and a RAG word.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, len(actions)


# ============================================================================= 2. DHR (docx)
def dhr_york():
    fname = "gp2-safer-york-partnership-dhr-sophie-action-plan.docx"
    title = "Safer York Partnership – Domestic Homicide Review ‘Sophie’: Action Plan"
    overview_h = "Overview report recommendations"
    groups = [
        (overview_h, [
            ("1. All agencies in the Safer York Partnership should make sure practitioners ask about domestic "
             "abuse when an older person presents with unexplained injuries.", "Local", [
                ("Issue a partnership briefing on routine enquiry with older people, including the link between carer stress and domestic abuse.",
                 "Safer York Partnership Domestic Abuse Coordinator", ["Safer York Partnership Domestic Abuse Coordinator"],
                 "Briefing drafted with IDAS and agreed by the DHR panel.", "March 2025", "2025-03", None,
                 "Completed 20/02/2025 – briefing circulated to 31 agencies.", "B", "blue"),
                ("Audit emergency department records for patients aged 65 and over with unexplained injuries to test whether routine enquiry took place.",
                 "York and Scarborough Teaching Hospitals NHS Foundation Trust",
                 ["York and Scarborough Teaching Hospitals NHS Foundation Trust"],
                 "Audit proforma agreed; 50 records identified.", "30/09/2025", "2025-09", None, "", "G", "green"),
            ]),
            ("2. City of York Council and NHS partners should make sure carers’ assessments explore the risk of "
             "abuse within the caring relationship.", "Local", [
                ("Add questions on coercive control and conflict within the relationship to the carer’s assessment template.",
                 "City of York Council Adult Social Care", ["City of York Council Adult Social Care"],
                 "Template drafted; awaiting sign-off by the ASC Practice Governance Group.", "June 2025", "2025-06", None,
                 "", "A", "amber"),
                ("Train carers’ assessment staff and York Carers Centre workers on the revised template.",
                 "City of York Council Adult Social Care / York Carers Centre",
                 ["City of York Council Adult Social Care", "York Carers Centre"],
                 "", "Within 3 months of template sign-off", None, "Within 3 months of template sign-off",
                 "", "", "unrated"),
            ]),
            ("3. Agencies should share information about domestic abuse risk when a victim or perpetrator is "
             "discharged from mental health inpatient care.", "Local / Regional", [
                ("Review the discharge planning policy so that known domestic abuse risk is shared with the GP and, where consent or risk allows, with IDAS.",
                 "Tees, Esk and Wear Valleys NHS Foundation Trust", ["Tees, Esk and Wear Valleys NHS Foundation Trust"],
                 "Policy review started; IDAS consulted on the referral route.", "December 2025", "2025-12", None,
                 "", "G", "green"),
            ]),
        ]),
        ("Single agency recommendations – North Yorkshire Police", [
            ("1. Officers attending domestic incidents involving older people should complete the DASH risk "
             "assessment with the victim on their own.", "Local", [
                ("Reissue the force domestic abuse attendance guidance, highlighting separate DASH completion with older victims.",
                 "DCI Safeguarding", ["DCI Safeguarding"],
                 "Guidance reissued and covered in response officer briefings.", "January 2025", "2025-01", None,
                 "Completed 14/01/2025.", "B", "blue"),
            ]),
        ]),
        ("Single agency recommendations – NHS Humber and North Yorkshire ICB (Primary Care)", [
            ("1. GP practices should record domestic abuse disclosures using the agreed clinical codes so that "
             "risk is visible to all clinicians.", "Local", [
                ("Circulate the coding guidance to all York GP practices and include it in the IRIS training programme.",
                 "ICB Designated Nurse Safeguarding Adults", ["ICB Designated Nurse Safeguarding Adults"],
                 "Guidance shared at the March Safeguarding Leads forum.", "Q1 2025/26", "2025-06", None,
                 "", "G", "green"),
                ("Carry out a coding audit in six practices and report the results to the Safer York Partnership Board.",
                 "ICB Designated Nurse Safeguarding Adults", ["ICB Designated Nurse Safeguarding Adults"],
                 "", "Q3 2025/26", "2025-12", None, "", "G", "green"),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Home Office Quality Assurance Panel approval: 3 June 2024.   Plan updated: 15 April 2025.")
    doc.add_paragraph("RAG: B = complete, G = on track, A = some slippage, R = off track")

    headers = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
               "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "RAG"]
    widths = [Cm(4.6), Cm(1.8), Cm(5.2), Cm(3.4), Cm(4.0), Cm(2.2), Cm(3.6), Cm(1.2)]
    actions = []
    for heading, recs in groups:
        doc.add_paragraph(heading, style="Heading 1")
        t = doc.add_table(rows=1, cols=8)
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, headers, widths):
            set_cell(c, h, bold=True, fill="DEEAF6")
            c.width = w
        for rec_text, scope, rows in recs:
            first = len(t.rows)
            for (text, lead_cell, lead, miles, date_cell, end, end_text, done, rag, status) in rows:
                cells = t.add_row().cells
                for i, v in [(2, text), (3, lead_cell), (4, miles), (5, date_cell), (6, done)]:
                    set_cell(cells[i], v)
                set_cell(cells[7], rag, bold=True, fill=FILL[rag] if rag else None)
                for c, w in zip(cells, widths):
                    c.width = w
                actions.append(act(None, [heading, rec_text], text, lead, end, status, end_text))
            last = len(t.rows) - 1
            for col, val in [(0, rec_text), (1, scope)]:
                top = t.cell(first, col)
                if last > first:
                    top = top.merge(t.cell(last, col))
                set_cell(top, val)
    doc.add_paragraph("")
    doc.add_paragraph("Progress on this plan is monitored by the Safer York Partnership DHR Standing Panel. "
                      "The plan will be closed when all actions are rated B.")
    doc.save(os.path.join(HERE, fname))

    exp = {
        "source": "Imitates a community safety partnership's Domestic Homicide Review action plan in the Home "
                  "Office template layout (Safer York Partnership, DHR 'Sophie', 2024-25; no specific URL used). "
                  "Copied features: one wide landscape table per section with the Home Office columns "
                  "(Recommendation, Scope, Action to take, Lead agency, Key milestones, Target date, Date of "
                  "completion and outcome) plus a RAG letter column; the recommendation and scope cells merged "
                  "down over their actions; separate tables for single-agency recommendations; no action refs; "
                  "agency names as leads (one with a comma in its name), a relative target date.",
        "reads": "A Word DHR action plan: an overview-report table with three merged recommendations and five "
                 "actions, then two single-agency tables (North Yorkshire Police, ICB primary care) with three "
                 "more. Actions have no numbers; status is the RAG letter (B = complete), blank for one not "
                 "started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, len(actions)


# ============================================================================= 3. ICB action log (csv)
def icb_gm():
    fname = "gp2-nhs-greater-manchester-icb-board-action-log.csv"
    title = "NHS Greater Manchester Integrated Care Board – Action Log: Board Meetings in Public"
    header = ["Action Ref", "Date of Meeting", "Agenda Item", "Action", "Action Owner", "Due Date", "Update", "RAG"]
    # (ref, meeting, item, action, owner_cell, lead, due_cell, end, end_text, update, rag, status)
    groups = [
        ("Board meeting – 18 September 2024", [
            ("24/051", "18/09/2024", "Chief Executive's Report",
             "Provide the Board with a briefing on the impact of GP collective action on urgent care demand across the ten localities.",
             "Chief Medical Officer", ["Chief Medical Officer"], "Nov-24", "2024-11", None,
             "Briefing included in the November Chief Executive's Report. Propose closure.", "Green", "blue"),
            ("24/054", "18/09/2024", "Month 4 Finance Report",
             "Set out the recovery actions for the system deficit, including the trajectory by locality, in the next finance report.",
             "Chief Finance Officer", ["Chief Finance Officer"], "Nov-24", "2024-11", None,
             "Included in the Month 6 report to the November Board.", "Green", "blue"),
            ("24/057", "18/09/2024", "Quality and Performance Report",
             "Bring a deep dive on children and young people's mental health waiting times to a Board development session.",
             "Chief Nursing Officer / Director of Mental Health", ["Chief Nursing Officer", "Director of Mental Health"],
             "Apr-25", "2025-04", None,
             "Originally due January 2025; moved to the April 2025 development session at the request of the Chair.",
             "Amber", "amber"),
        ]),
        ("Board meeting – 20 November 2024", [
            ("24/068", "20/11/2024", "Winter Plan 2024/25",
             "Circulate the winter escalation framework and the locality surge contacts to Board members.",
             "Chief Operating Officer", ["Chief Operating Officer"], "Dec-24", "2024-12", None,
             "Circulated by email on 04/12/2024.", "Green", "blue"),
            ("24/071", "20/11/2024", "Integrated Neighbourhood Teams",
             "Confirm how the ten localities will report progress on the neighbourhood model, with a common set of metrics.",
             "Director of Primary Care & Director of Strategy", ["Director of Primary Care", "Director of Strategy"],
             "Mar-25", "2025-03", None,
             "Metrics agreed at the Primary Care Commissioning Committee.\nReporting template in development with the BI team.",
             "Amber", "amber"),
            ("24/073", "20/11/2024", "Patient Safety Incident Response Framework",
             "Provide assurance that all GM providers have moved to PSIRF and report any exceptions.",
             "Chief Nursing Officer", ["Chief Nursing Officer"], "Jan-25", "2025-01", None,
             "Two independent sector providers outstanding. Update requested from the contracting team.",
             "Red", "red"),
        ]),
        ("Board meeting – 22 January 2025", [
            ("25/004", "22/01/2025", "Board Assurance Framework",
             "Review the scoring of BAF risk 4 (urgent and emergency care) in light of the January performance position.",
             "Deputy Chief Executive", ["Deputy Chief Executive"], "Mar-25", "2025-03", None,
             "On the agenda for the March Board.", "Amber", "amber"),
            ("25/009", "22/01/2025", "Joint Forward Plan refresh",
             "Hold a Board workshop on the Joint Forward Plan refresh before the draft goes to the Integrated Care Partnership.",
             "Director of Strategy", ["Director of Strategy"], "TBC", None, "TBC",
             "Date to be confirmed with the Chair's office.", "Amber", "amber"),
            ("25/011", "22/01/2025", "Freedom to Speak Up Annual Report",
             "Share benchmarking of Freedom to Speak Up cases across GM providers with the People Committee.",
             "Chief People Officer", ["Chief People Officer"], "31/03/2025", "2025-03", None,
             "", "", "unrated"),
        ]),
    ]
    rows = [[title], ["Updated 12 March 2025 for the Board meeting of 19 March 2025"], [],
            ["RAG key: Green = action completed (propose closure); Amber = action in progress; Red = action overdue"],
            [], header]
    actions = []
    for heading, items in groups:
        rows.append([heading])
        for (ref, meet, item, text, owner_cell, lead, due_cell, end, end_text, upd, rag, status) in items:
            rows.append([ref, meet, item, text, owner_cell, due_cell, upd, rag])
            actions.append(act(ref, [heading], text, lead, end, status, end_text))
    rows += [[], ["Closed actions are removed from the log after they have been reported to one Board meeting."]]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r)

    exp = {
        "source": "Imitates the public action logs that Integrated Care Boards publish in their board packs "
                  "(NHS Greater Manchester ICB, 2024-25; no specific URL used), saved as CSV. Copied features: "
                  "title and 'updated' lines, a RAG key that defines Green as completed (no blue), actions "
                  "grouped under a row per board meeting, action refs like 24/051, meeting date and agenda item "
                  "columns, executive job titles as owners (two joined by '/' or '&'), due dates as Mmm-yy, "
                  "a TBC due date, an update cell with a line break, a blank RAG, a closing note line.",
        "reads": "An ICB board action log of nine actions under three board-meeting rows. By the key, Green means "
                 "complete (read as blue), Amber in progress, Red overdue; one new action has no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, len(actions)


# ============================================================================= xlsx helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def put(ws, row, col, value, bold=False, fillhex=None, fmt=None, border=True, wrap=True, size=10):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(bold=bold, size=size, name="Arial")
    if wrap:
        c.alignment = WRAP
    if border:
        c.border = BORDER
    if fillhex:
        c.fill = fill(fillhex)
    if fmt:
        c.number_format = fmt
    return c


# ============================================================================= 4. Maternity (xlsx)
def maternity_uhl():
    fname = "gp2-university-hospitals-of-leicester-maternity-improvement-plan.xlsx"
    title = "University Hospitals of Leicester NHS Trust – Maternity and Neonatal Improvement Plan 2024/25"
    themes = [
        ("Theme 1 – Safe", [
            ("Must do 1: The trust must ensure midwifery and medical staff complete mandatory training, including "
             "PROMPT and fetal monitoring training, to meet the trust target of 90%. (Regulation 18)", [
                ("MD1.1", "Produce a training recovery trajectory by staff group and report compliance monthly to the Maternity and Neonatal Safety Champions.",
                 "Practice Development Midwife Lead", ["Practice Development Midwife Lead"],
                 D(2024, 7, 31), None, "G", "B", "Trajectory agreed in July; monthly report in place since August 2024.",
                 "EV-014", "2024-07", None, "blue"),
                ("MD1.2", "Ring-fence study days in the e-roster so that PROMPT places are not cancelled because of operational pressures.",
                 "Head of Midwifery (LRI) / Head of Midwifery (LGH)", ["Head of Midwifery (LRI)", "Head of Midwifery (LGH)"],
                 D(2024, 9, 30), D(2025, 1, 31), "A", "G",
                 "Rostering rules changed in December. Cancellations down from 22 to 3 in January.", "EV-021",
                 "2025-01", None, "green"),
                ("MD1.3", "Achieve and sustain 90% compliance with fetal monitoring training across all staff groups.",
                 "Clinical Director – Obstetrics", ["Clinical Director – Obstetrics"],
                 D(2024, 12, 31), D(2025, 3, 31), "A", "A",
                 "Midwives 93%, obstetric consultants 88%, resident doctors 76% (rotation in February).", "",
                 "2025-03", None, "amber"),
            ]),
            ("Must do 2: The trust must ensure women are triaged and assessed in a timely way when they attend "
             "the maternity assessment units. (Regulation 12)", [
                ("MD2.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in both maternity assessment units.",
                 "Triage Project Midwife", ["Triage Project Midwife"],
                 D(2024, 10, 31), None, "G", "B", "Live at LRI from 7 October and LGH from 21 October 2024.",
                 "EV-030", "2024-10", None, "blue"),
                ("MD2.2", "Audit time to first assessment monthly and escalate breaches of the 15-minute standard to the Maternity Safety Forum.",
                 "Maternity Governance Lead", ["Maternity Governance Lead"],
                 D(2025, 3, 31), None, "G", "G", "November to January audits show 84%, 88% and 91% seen within 15 minutes.",
                 "", "2025-03", None, "green"),
            ]),
        ]),
        ("Theme 2 – Well-led", [
            ("Must do 3: The trust must ensure governance processes identify, record and manage risks in "
             "maternity services in a timely way. (Regulation 17)", [
                ("MD3.1", "Review every open risk on the maternity risk register with the risk owner and agree current scores and mitigations.",
                 "Maternity Risk Manager", ["Maternity Risk Manager"],
                 D(2024, 6, 30), None, "B", "B", "All 47 risks reviewed; 12 closed and 5 merged.", "EV-003",
                 "2024-06", None, "blue"),
                ("MD3.2", "Clear the backlog of incidents awaiting review so that no incident stays open for more than 30 days without review.",
                 "Women’s and Children’s Head of Quality and Safety", ["Women’s and Children’s Head of Quality and Safety"],
                 D(2024, 9, 30), D(2024, 12, 31), "R", "A",
                 "Backlog reduced from 212 to 41. Additional reviewer time funded until March.", "",
                 "2024-12", None, "amber"),
                ("MD3.3", "Present a quarterly maternity governance assurance report to the Quality Committee.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 "Quarterly", None, "G", "G", "Q3 report presented to the Quality Committee on 23 January 2025.",
                 "EV-037", None, "Quarterly", "green"),
            ]),
            ("Should do 1: The trust should ensure staff feel able to raise concerns and that leaders act on "
             "the results of the culture survey.", [
                ("SD1.1", "Complete the SCORE culture survey through the Perinatal Culture and Leadership Programme and share the results with all maternity and neonatal staff.",
                 "Director of Midwifery and Clinical Director – Neonatology",
                 ["Director of Midwifery", "Clinical Director – Neonatology"],
                 D(2024, 11, 30), None, "G", "B", "Survey closed 18 October (61% response). Results shared at listening events in November.",
                 "EV-041", "2024-11", None, "blue"),
                ("SD1.2", "Co-produce a culture improvement plan with staff and the Maternity and Neonatal Voices Partnership.",
                 "Director of Midwifery", ["Director of Midwifery"],
                 D(2025, 5, 31), None, None, "G", "New action from the SCORE results. First co-production workshop held 12 February.",
                 "", "2025-05", None, "green"),
            ]),
        ]),
    ]

    wb = Workbook()
    # ---- Cover
    ws = wb.active
    ws.title = "Cover"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 50
    put(ws, 1, 1, title, bold=True, border=False, wrap=False, size=14)
    put(ws, 2, 1, "Response to the CQC inspection of maternity services at Leicester Royal Infirmary and Leicester General Hospital",
        border=False, wrap=False)
    r = 4
    for k, v in [("Executive lead", "Chief Nurse"), ("Plan owner", "Director of Midwifery"),
                 ("Reporting to", "Maternity and Neonatal Safety Champions; Quality Committee; Trust Board"),
                 ("Position at", "28 February 2025")]:
        put(ws, r, 1, k, bold=True, fillhex="D9E1F2")
        put(ws, r, 2, v, wrap=False)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    put(ws, r, 1, "Document control", bold=True, border=False)
    r += 1
    for i, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        put(ws, r, i, h, bold=True, fillhex="D9D9D9")
    for vrow in [("0.1", D(2024, 5, 20), "Maternity Governance Lead", "First draft following the CQC report"),
                 ("1.0", D(2024, 6, 6), "Director of Midwifery", "Approved by Quality Committee"),
                 ("1.4", D(2025, 2, 28), "Maternity Governance Lead", "February 2025 progress; SD1.2 added")]:
        r += 1
        for i, v in enumerate(vrow, 1):
            put(ws, r, i, v, fmt="dd/mm/yyyy" if isinstance(v, dt.datetime) else None)
    r += 2
    put(ws, r, 1, "BRAG key", bold=True, border=False)
    for code, meaning in [("B", "Complete – evidence provided and assured"), ("G", "On track to deliver by the due date"),
                          ("A", "At risk of missing the due date"), ("R", "Overdue or off track")]:
        r += 1
        put(ws, r, 1, {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[code], bold=True, fillhex=FILL[code])
        put(ws, r, 2, meaning, wrap=False)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)

    # ---- Summary
    ss = wb.create_sheet("Summary")
    put(ss, 1, 1, "Summary of progress – February 2025", bold=True, border=False, wrap=False, size=12)
    heads = ["Theme", "Actions", "Blue", "Green", "Amber", "Red"]
    for i, h in enumerate(heads, 1):
        put(ss, 3, i, h, bold=True, fillhex="D9D9D9")
    tot = [0, 0, 0, 0, 0]
    rr = 4
    for th, recs in themes:
        counts = [0, 0, 0, 0, 0]
        for _rec, rows in recs:
            for row in rows:
                counts[0] += 1
                counts[1 + "BGAR".index(row[7])] += 1
        put(ss, rr, 1, th)
        for i, v in enumerate(counts, 2):
            put(ss, rr, i, v)
        tot = [a + b for a, b in zip(tot, counts)]
        rr += 1
    put(ss, rr, 1, "Total", bold=True)
    for i, v in enumerate(tot, 2):
        put(ss, rr, i, v, bold=True)
    ss.column_dimensions["A"].width = 26

    # ---- Action Plan
    ap = wb.create_sheet("Action Plan")
    widths = [9, 42, 48, 28, 12, 12, 10, 10, 50, 10]
    for i, w in enumerate(widths):
        ap.column_dimensions["ABCDEFGHIJ"[i]].width = w
    put(ap, 1, 1, "Maternity and Neonatal Improvement Plan – Action Plan", bold=True, border=False, wrap=False, size=12)
    put(ap, 2, 1, "Position at 28 February 2025. BRAG key on the Cover sheet.", border=False, wrap=False)
    hdr = ["Ref", "CQC requirement", "Action", "Accountable lead", "Original due date", "Revised due date",
           "Previous BRAG", "Current BRAG", "Progress update (February 2025)", "Evidence ref"]
    for i, h in enumerate(hdr, 1):
        put(ap, 4, i, h, bold=True, fillhex="1F3864").font = Font(bold=True, color="FFFFFF", name="Arial", size=10)
    r = 5
    actions = []
    for th, recs in themes:
        put(ap, r, 1, th, bold=True, fillhex="D9E1F2")
        for col in range(2, 11):
            put(ap, r, col, None, fillhex="D9E1F2")
        ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for rec, rows in recs:
            first = r
            for (ref, text, lead_cell, lead, orig, rev, prev, cur, prog, ev, end, end_text, status) in rows:
                put(ap, r, 1, ref)
                put(ap, r, 3, text)
                put(ap, r, 4, lead_cell)
                put(ap, r, 5, orig, fmt="mmm-yy" if isinstance(orig, dt.datetime) else None)
                put(ap, r, 6, rev, fmt="mmm-yy" if rev else None)
                put(ap, r, 7, None, fillhex=FILL[prev] if prev else None)
                put(ap, r, 8, None, fillhex=FILL[cur])
                put(ap, r, 9, prog)
                put(ap, r, 10, ev)
                actions.append(act(ref, [th, rec], text, lead, end, status, end_text))
                r += 1
            put(ap, first, 2, rec)
            for rr2 in range(first + 1, r):
                put(ap, rr2, 2, None)
            if r - 1 > first:
                ap.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ap.freeze_panes = "C5"
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": "Imitates an NHS trust maternity and neonatal improvement plan responding to a CQC maternity "
                  "inspection, as taken to Quality Committee and Board (University Hospitals of Leicester, "
                  "2024/25; no specific URL used). Copied features: a Cover sheet with title, governance block, "
                  "document-control table and a BRAG key in coloured cells; a Summary sheet of BRAG counts with a "
                  "total row; an Action Plan sheet with theme rows merged across the sheet, the CQC must-do / "
                  "should-do text merged down over its actions, refs MD1.1 etc., original and revised due "
                  "dates, Previous and Current BRAG shown only by fill colour, progress and evidence columns.",
        "reads": "An Excel maternity improvement plan of ten actions under two CQC themes and four requirements. "
                 "The status is the Current BRAG fill (blue complete, green, amber); where a revised due date is "
                 "given it is the end; one action is due 'Quarterly'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, len(actions)


# ============================================================================= 5. Transformation highlight (xlsx)
def transformation_walsall():
    fname = "gp2-walsall-council-proud-transformation-programme-highlight-report.xlsx"
    title = "Walsall Council – Proud Transformation Programme: Highlight Report"
    # sheet title, SRO, lead, overall prev/cur, message, projects: [(project heading or None, milestones)]
    # milestone: (ref, text, owner_cell, lead, baseline, forecast, status_cell, comment, end, status)
    workstreams = [
        ("WS1 Customer Access", "Workstream 1: Customer Access", "Executive Director – Resources and Transformation",
         "Head of Customer Engagement", "G", "A",
         "Website relaunched. Online forms slipping because of CRM integration testing.", [
            ("Project 1.1 – Digital front door", [
                ("CA01", "Launch the new council website on the upgraded content management platform",
                 "Digital Programme Manager", ["Digital Programme Manager"], D(2024, 9, 30), D(2024, 10, 14),
                 "Complete", "Went live 14 October after accessibility retest.", "2024-10", "blue"),
                ("CA02", "Move the top 20 high-volume service requests to end-to-end online forms linked to the CRM",
                 "Digital Programme Manager / Head of Customer Engagement",
                 ["Digital Programme Manager", "Head of Customer Engagement"], D(2024, 12, 31), D(2025, 3, 31),
                 "Amber", "12 of 20 forms live. CRM integration testing has taken longer than planned.", "2025-03", "amber"),
            ]),
            ("Project 1.2 – Contact centre redesign", [
                ("CA03", "Introduce telephony call-back and queue messaging in the First Stop Shop contact centre",
                 "Customer Services Manager", ["Customer Services Manager"], D(2024, 11, 30), D(2024, 11, 30),
                 "Complete", "Live from 25 November. Abandoned calls down from 19% to 11%.", "2024-11", "blue"),
                ("CA04", "Complete consultation with staff and trade unions on the new contact centre structure",
                 "HR Business Partner", ["HR Business Partner"], D(2025, 2, 28), D(2025, 2, 28),
                 "Green", "Consultation opened 13 January and closes 24 February.", "2025-02", "green"),
            ]),
        ]),
        ("WS2 Ways of Working", "Workstream 2: Ways of Working", "Director – Corporate Landlord",
         "Head of Property", "A", "R",
         "Civic Centre consolidation delayed by asbestos survey findings; Board decision needed on interim moves.", [
            ("Project 2.1 – Hybrid working and accommodation", [
                ("WW01", "Vacate floors 2 and 3 of the Civic Centre and consolidate teams on floors 1 and 4",
                 "Head of Property", ["Head of Property"], D(2024, 12, 31), D(2025, 6, 30),
                 "Red", "Asbestos found during the floor 3 survey. Removal works programmed for April–May.", "2025-06", "red"),
                ("WW02", "Roll out the desk booking app to all office-based staff",
                 "ICT Service Manager", ["ICT Service Manager"], D(2024, 10, 31), D(2024, 10, 31),
                 "Complete", "1,140 staff registered.", "2024-10", "blue"),
            ]),
            ("Project 2.2 – Digital skills", [
                ("WW03", "Deliver Microsoft 365 digital skills training to 600 staff",
                 "Organisational Development Lead", ["Organisational Development Lead"], D(2025, 3, 31), D(2025, 3, 31),
                 "Green", "412 staff trained to date.", "2025-03", "green"),
            ]),
        ]),
        ("WS3 Commissioning & Procurement", "Workstream 3: Commissioning and Procurement",
         "Executive Director – Adult Social Care", "Head of Procurement", "G", "A",
         "Procurement Strategy on track for the Procurement Act go-live; care framework retender moved to July.", [
            (None, [
                ("CP01", "Publish the refreshed Procurement Strategy reflecting the Procurement Act 2023",
                 "Head of Procurement", ["Head of Procurement"], D(2025, 2, 24), D(2025, 2, 24),
                 "Green", "Strategy approved by Cabinet on 12 February; publication on go-live day.", "2025-02", "green"),
                ("CP02", "Retender the domiciliary care framework with outcome-based specifications",
                 "Director of Adult Social Care / Head of Procurement",
                 ["Director of Adult Social Care", "Head of Procurement"], D(2025, 4, 30), D(2025, 7, 31),
                 "Amber", "Market engagement extended after provider feedback.", "2025-07", "amber"),
                ("CP03", "Implement the contract management module in the e-procurement system",
                 "Category Manager – Corporate", ["Category Manager – Corporate"], D(2025, 1, 31), D(2025, 5, 31),
                 "Not started", "Start deferred until the Procurement Act changes are in place.", "2025-05", "unrated"),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": "D9D9D9"}
    word = {"G": "Green", "A": "Amber", "R": "Red"}

    wb = Workbook()
    ov = wb.active
    ov.title = "Programme Overview"
    for col, w in zip("ABCDEF", [34, 40, 12, 12, 12, 60]):
        ov.column_dimensions[col].width = w
    put(ov, 1, 1, title, bold=True, border=False, wrap=False, size=14)
    put(ov, 2, 1, "Reporting period: Period 10 – January 2025", border=False, wrap=False)
    put(ov, 3, 1, "Programme sponsor: Chief Executive    Report to: Proud Programme Board, 11 February 2025",
        border=False, wrap=False)
    put(ov, 5, 1, "RAG key: Green – on track; Amber – at risk but recoverable; Red – off track, Board action needed; "
                  "Complete – milestone delivered", border=False, wrap=False)
    for i, h in enumerate(["Workstream", "Senior Responsible Owner", "Previous RAG", "Current RAG",
                           "Direction of travel", "Key message"], 1):
        put(ov, 7, i, h, bold=True, fillhex="D9D9D9")
    r = 8
    counts = {"Complete": 0, "Green": 0, "Amber": 0, "Red": 0, "Not started": 0}
    for (_sheet, head, sro, _lead, prev, cur, msg, projects) in workstreams:
        put(ov, r, 1, head)
        put(ov, r, 2, sro)
        put(ov, r, 3, word[prev], fillhex=FILL[prev])
        put(ov, r, 4, word[cur], fillhex=FILL[cur])
        put(ov, r, 5, "↓" if "GAR".index(cur) > "GAR".index(prev) else "↔")
        put(ov, r, 6, msg)
        for _p, ms in projects:
            for m in ms:
                counts[m[6]] += 1
        r += 1
    r += 1
    put(ov, r, 1, "Milestone summary", bold=True)
    for k, v in counts.items():
        r += 1
        put(ov, r, 1, k, fillhex=rag_fill[k])
        put(ov, r, 2, v)
    r += 1
    put(ov, r, 1, "Total milestones", bold=True)
    put(ov, r, 2, sum(counts.values()), bold=True)

    actions = []
    for (sheet, head, sro, lead, prev, cur, msg, projects) in workstreams:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFG", [8, 58, 30, 13, 13, 12, 55]):
            ws.column_dimensions[col].width = w
        put(ws, 1, 1, head, bold=True, border=False, wrap=False, size=13)
        info = [("Senior Responsible Owner", sro), ("Workstream lead", lead),
                ("Reporting period", "January 2025"), ("Overall status", word[cur]),
                ("Summary of progress", msg)]
        r = 3
        for k, v in info:
            put(ws, r, 1, k, bold=True, fillhex="E7E6E6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            c = put(ws, r, 3, v, fillhex=FILL[cur] if k == "Overall status" else None)
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
            r += 1
        r += 1
        put(ws, r, 1, "Key milestones", bold=True, border=False)
        r += 1
        for i, h in enumerate(["Ref", "Milestone", "Owner", "Baseline date", "Forecast / actual date",
                               "Status", "Commentary"], 1):
            put(ws, r, i, h, bold=True, fillhex="D9D9D9")
        r += 1
        for proj, ms in projects:
            if proj:
                put(ws, r, 1, proj, bold=True, fillhex="F2F2F2")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                r += 1
            for (ref, text, owner_cell, lst, base, fc, st, com, end, status) in ms:
                put(ws, r, 1, ref)
                put(ws, r, 2, text)
                put(ws, r, 3, owner_cell)
                put(ws, r, 4, base, fmt="dd/mm/yyyy")
                put(ws, r, 5, fc, fmt="dd/mm/yyyy")
                put(ws, r, 6, st, fillhex=rag_fill[st])
                put(ws, r, 7, com)
                under = [head, proj] if proj else [head]
                actions.append(act(ref, under, text, lst, end, status))
                r += 1
        r += 1
        put(ws, r, 1, "Key risks and issues", bold=True, border=False)
        r += 1
        for i, h in enumerate(["Ref", "Risk / issue", "Owner", "Impact", "Likelihood", "RAG", "Mitigation"], 1):
            put(ws, r, i, h, bold=True, fillhex="D9D9D9")
        risks = {
            "WS1 Customer Access": [("R1", "CRM supplier capacity for integration testing", "Digital Programme Manager",
                                     "High", "Medium", "A", "Weekly supplier call; extra test days bought.")],
            "WS2 Ways of Working": [("I1", "Asbestos in floor 3 ceiling voids", "Head of Property", "High", "Certain",
                                     "R", "Licensed removal contractor appointed; interim moves to floor 1 proposed.")],
            "WS3 Commissioning & Procurement": [("R1", "Provider market response to the new framework",
                                                 "Head of Procurement", "Medium", "Medium", "A",
                                                 "Extra engagement events held in January.")],
        }[sheet]
        for rk in risks:
            r += 1
            for i, v in enumerate(rk, 1):
                put(ws, r, i, word[v] if i == 6 else v, fillhex=FILL[v] if i == 6 else None)
        r += 2
        put(ws, r, 1, "Decisions / support required from Programme Board: " +
            ("Agree interim moves to floor 1 while removal works take place." if sheet.startswith("WS2") else "None this period."),
            border=False, wrap=False)
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": "Imitates the monthly highlight report a council transformation programme office sends to its "
                  "programme board (Walsall Council 'Proud' transformation programme, 2024-25; no specific URL "
                  "used). Copied features: a Programme Overview sheet (title, reporting period, RAG key, "
                  "workstream table with previous/current RAG and direction of travel, milestone summary with a "
                  "total), then one sheet per workstream with a title block (SRO, lead, overall status), a Key "
                  "milestones table with project sub-heading rows, baseline and forecast/actual dates, a status "
                  "word in a coloured cell and commentary, a Key risks and issues table and a decisions line.",
        "reads": "An Excel highlight report: ten milestones on three workstream sheets (two sheets split into "
                 "projects). The end is the forecast/actual date; status is Complete (blue), Green, Amber, Red or "
                 "Not started. The overview table, risk/issue rows and summary counts are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, len(actions)


# ============================================================================= 6. Corporate risk register (xlsx)
def risk_register_welhat():
    fname = "gp2-welwyn-hatfield-bc-corporate-risk-register-q3-2024-25.xlsx"
    title = "Welwyn Hatfield Borough Council – Corporate Risk Register: Quarter 3 2024/25"
    # risk: (heading, description, owner, inherent(L,I), controls, residual(L,I), dot, actions)
    # action: (ref, text, owner_cell, lead, target_cell, end, end_text, status_cell, status, progress)
    risks = [
        ("CR01 – Financial sustainability",
         "Cause: rising demand for temporary accommodation, pay inflation and uncertain government funding.\n"
         "Event: the Council cannot set a balanced budget over the medium term.\n"
         "Effect: use of reserves, unplanned service cuts, external audit concern.",
         "Executive Director (Finance and Transformation)", (4, 4),
         "Medium Term Financial Strategy refreshed annually; monthly budget monitoring to CMT; Budget Review Panel.",
         (3, 4), "↔", [
            ("CR01.1", "Deliver the 2025/26 savings programme of £1.2m, with monthly monitoring by the Corporate Management Team.",
             "Executive Director (Finance and Transformation)", ["Executive Director (Finance and Transformation)"],
             D(2025, 3, 31), "2025-03", None, "Green", "green", "£0.9m of proposals included in the draft budget."),
            ("CR01.2", "Review fees and charges for 2025/26 and bring proposals to Cabinet.",
             "Assistant Director (Finance)", ["Assistant Director (Finance)"], "Jan-25", "2025-01", None,
             "Complete", "blue", "Approved by Cabinet 7 January 2025."),
        ]),
        ("CR02 – Landlord health and safety compliance",
         "Cause: gaps in compliance data and contractor performance.\n"
         "Event: the Council fails to meet the Regulator of Social Housing consumer standards on building safety.\n"
         "Effect: harm to tenants, regulatory judgement, reputational damage.",
         "Executive Director (Place)", (4, 5),
         "Compliance dashboard reported monthly; fire risk assessments for all blocks; gas servicing contract KPIs.",
         (3, 5), "↓", [
            ("CR02.1", "Complete outstanding fire risk assessment actions:\n- high-rise blocks by March 2025\n- sheltered schemes by June 2025",
             "Assistant Director (Housing and Communities)", ["Assistant Director (Housing and Communities)"],
             "June 2025", "2025-06", None, "Amber", "amber", "High-rise: 84% of actions closed. Sheltered: survey work started."),
            ("CR02.2", "Procure and implement a compliance management system covering the six main compliance areas.",
             "Head of Property Services / ICT Client Manager", ["Head of Property Services", "ICT Client Manager"],
             "Sept 2025", "2025-09", None, "Not started", "unrated", "Specification to be drafted in Q4."),
        ]),
        ("CR03 – Local Plan and housing land supply",
         "Cause: changes to the National Planning Policy Framework and higher housing targets.\n"
         "Event: the Local Plan becomes out of date and a five-year land supply cannot be shown.\n"
         "Effect: speculative applications allowed on appeal; loss of control over development.",
         "Executive Director (Place)", (4, 4),
         "Local Plan adopted October 2023; annual monitoring report; planning appeals monitored by Planning Control Committee.",
         (4, 3), "↑", [
            ("CR03.1", "Prepare the Local Plan review timetable (Local Development Scheme) and take it to Cabinet.",
             "Head of Planning", ["Head of Planning"], "Q4 2024/25", "2025-03", None,
             "Green", "green", "Draft LDS to Cabinet Planning and Parking Panel in March."),
        ]),
        ("CR04 – Cyber security",
         "Cause: increasing cyber attacks on local government and legacy systems.\n"
         "Event: a successful cyber attack or ransomware incident.\n"
         "Effect: loss of systems and data, services unable to operate, ICO action.",
         "Head of Digital Services", (4, 5),
         "Firewalls and endpoint protection; multi-factor authentication; staff cyber training; offline backups.",
         (3, 5), "↔", [
            ("CR04.1", "Complete the PSN compliance submission and the Cyber Assessment Framework self-assessment.",
             "Head of Digital Services", ["Head of Digital Services"], D(2025, 2, 28), "2025-02", None,
             "Complete", "blue", "PSN certificate received 19 February 2025."),
            ("CR04.2", "Run a cyber incident exercise with CMT and the emergency planning team.",
             "Head of Digital Services; Emergency Planning Manager", ["Head of Digital Services", "Emergency Planning Manager"],
             "Ongoing – annual exercise", None, "Ongoing – annual exercise", "Green", "green",
             "2024 exercise held 4 December with the LGA cyber team."),
        ]),
        ("CR05 – Workforce recruitment and retention",
         "Cause: national shortages in planning, legal and building control professions.\n"
         "Event: the Council cannot recruit or keep staff in key posts.\n"
         "Effect: reliance on agency staff, higher costs, slower services.",
         "Head of HR and OD", (4, 3),
         "Workforce strategy; apprenticeships and grow-our-own scheme; agency spend reported quarterly.",
         (3, 3), "↔", [
            ("CR05.1", "Implement the agreed market supplements for hard-to-fill planning and legal posts.",
             "Head of HR and OD", ["Head of HR and OD"], "April 2025", "2025-04", None,
             "Amber", "amber", "Job evaluation delayed; supplements will start with April payroll if approved by JCC."),
        ]),
    ]

    def score_fill(s):
        return "FF0000" if s >= 15 else ("FFC000" if s >= 8 else "00B050")

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    put(sm, 1, 1, title, bold=True, border=False, wrap=False, size=14)
    put(sm, 2, 1, "Report to Audit and Governance Committee – 20 January 2025", border=False, wrap=False)
    for i, h in enumerate(["Ref", "Risk", "Inherent score", "Residual score", "Direction of travel", "Risk owner"], 1):
        put(sm, 4, i, h, bold=True, fillhex="D9D9D9")
    for col, w in zip("ABCDEF", [8, 46, 14, 14, 12, 40]):
        sm.column_dimensions[col].width = w
    r = 5
    for (head, desc, owner, inh, ctl, res, dot, acts) in risks:
        ref, name = head.split(" – ", 1)
        put(sm, r, 1, ref)
        put(sm, r, 2, name)
        put(sm, r, 3, inh[0] * inh[1], fillhex=score_fill(inh[0] * inh[1]))
        put(sm, r, 4, res[0] * res[1], fillhex=score_fill(res[0] * res[1]))
        put(sm, r, 5, dot)
        put(sm, r, 6, owner)
        r += 1
    r += 1
    put(sm, r, 1, "Direction of travel: ↑ risk increasing, ↔ no change, ↓ risk reducing (compared with Quarter 2).",
        border=False, wrap=False)

    rr = wb.create_sheet("Risk Register")
    cols = ["Risk description", "Risk owner", "Inherent L", "Inherent I", "Inherent score",
            "Key controls in place", "Residual L", "Residual I", "Residual score", "DoT",
            "Action ref", "Further actions", "Action owner", "Target date", "Action status", "Progress (Q3)"]
    widths = [44, 20, 6, 6, 8, 36, 6, 6, 8, 5, 9, 48, 26, 12, 12, 40]
    for i, w in enumerate(widths, 1):
        rr.column_dimensions[rr.cell(row=1, column=i).column_letter].width = w
    put(rr, 1, 1, title, bold=True, border=False, wrap=False, size=13)
    put(rr, 2, 1, "Scoring: Likelihood (L) x Impact (I), each 1–5. Red 15–25, Amber 8–12, Green 1–6. "
                  "Action status: Complete / Green – on track / Amber – delayed / Red – not achievable / Not started.",
        border=False, wrap=False)
    for i, h in enumerate(cols, 1):
        put(rr, 4, i, h, bold=True, fillhex="305496").font = Font(bold=True, color="FFFFFF", name="Arial", size=10)
    r = 5
    actions = []
    status_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Not started": None}
    for (head, desc, owner, inh, ctl, res, dot, acts) in risks:
        put(rr, r, 1, head, bold=True, fillhex="DDEBF7")
        rr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=16)
        r += 1
        first = r
        for (ref, text, owner_cell, lead, tgt, end, end_text, st_cell, status, prog) in acts:
            put(rr, r, 11, ref)
            put(rr, r, 12, text)
            put(rr, r, 13, owner_cell)
            put(rr, r, 14, tgt, fmt="dd/mm/yyyy" if isinstance(tgt, dt.datetime) else None)
            put(rr, r, 15, st_cell, fillhex=status_fill[st_cell])
            put(rr, r, 16, prog)
            actions.append(act(ref, [head], text, lead, end, status, end_text))
            r += 1
        last = r - 1
        vals = [desc, owner, inh[0], inh[1], inh[0] * inh[1], ctl, res[0], res[1], res[0] * res[1], dot]
        for ci, v in enumerate(vals, 1):
            fh = score_fill(v) if ci in (5, 9) else None
            put(rr, first, ci, v, fillhex=fh)
            for x in range(first + 1, last + 1):
                put(rr, x, ci, None, fillhex=fh)
            if last > first:
                rr.merge_cells(start_row=first, start_column=ci, end_row=last, end_column=ci)
    rr.freeze_panes = "B5"

    mx = wb.create_sheet("Scoring Matrix")
    put(mx, 1, 1, "Risk scoring matrix (Likelihood x Impact)", bold=True, border=False, wrap=False)
    for li in range(5, 0, -1):
        put(mx, 8 - li, 1, li, bold=True)
        for im in range(1, 6):
            put(mx, 8 - li, 1 + im, li * im, fillhex=score_fill(li * im))
    for im in range(1, 6):
        put(mx, 8, 1 + im, im, bold=True)
    put(mx, 9, 1, "Rows: Likelihood. Columns: Impact.", border=False, wrap=False)
    wb.save(os.path.join(HERE, fname))

    exp = {
        "source": "Imitates a district council's corporate risk register as reported quarterly to its Audit and "
                  "Governance Committee (Welwyn Hatfield BC, Quarter 3 2024/25; no specific URL used). Copied "
                  "features: a Summary sheet of risks with inherent/residual scores in red/amber/green fills and "
                  "direction-of-travel arrows; a Risk Register sheet with a full-width row per risk (CR01 – ...), "
                  "the cause/event/effect description, owner, L x I scores and controls merged down over the "
                  "risk's further actions, each action with its own ref, owner, target date, action status and "
                  "progress; a scoring matrix sheet.",
        "reads": "An Excel corporate risk register of five risks with eight further actions (CR01.1-CR05.1). "
                 "The action status column gives the status (the risk score fills are not the action status); "
                 "one action text runs over three lines in its cell; one target is 'Ongoing – annual exercise'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, len(actions)


# ============================================================================= 7. CSP delivery plan (txt, refuse)
def csp_kirklees_refuse():
    fname = "gp2-kirklees-communities-partnership-plan-2025-26-delivery-plan-typo-month-refuse.txt"
    title = "Kirklees Communities Partnership – Partnership Plan 2022–2027: Delivery Plan 2025/26"
    T = "\t"
    lines = [
        title,
        "Quarter 2 update – position at 30 September 2025",
        "",
        "RAG: G = on track, A = some delay, R = significant concern, C = complete",
        "",
        T.join(["Ref", "Action", "Lead partner(s)", "Timescale", "RAG", "Q2 update"]),
        "PRIORITY 1: SAFER PLACES",
        T.join(["1.1", "Deliver the Safer Streets project in Dewsbury town centre, including lighting and CCTV upgrades",
                "Kirklees Council Community Safety / West Yorkshire Police", "March 2026", "G",
                "Lighting works complete; CCTV cameras ordered"]),
        T.join(["1.2", "Run partnership days of action in the five neighbourhoods with the highest ASB demand",
                "West Yorkshire Police", "Quarterly", "G", "Days of action held in Batley and Huddersfield town centre"]),
        T.join(["1.3", "Review the Public Spaces Protection Order for Huddersfield town centre before it expires",
                "Kirklees Council Legal Services", "Febuary 2026", "A", "Consultation to start in November"]),
        "PRIORITY 2: REDUCING SERIOUS VIOLENCE",
        T.join(["2.1", "Refresh the Serious Violence Duty strategic needs assessment with the West Yorkshire VRP",
                "Community Safety Partnership Manager", "December 2025", "G", "Data request issued to partners"]),
        T.join(["2.2", "Extend the hospital navigator programme to the Huddersfield Royal Infirmary emergency department",
                "Calderdale and Huddersfield NHS FT / West Yorkshire VRP", "June 2026", "A",
                "Funding confirmed for one year; recruitment under way"]),
        "PRIORITY 3: TACKLING DOMESTIC ABUSE AND VAWG",
        T.join(["3.1", "Commission a specialist service for older victims of domestic abuse",
                "Domestic Abuse Strategic Partnership", "31/03/2026", "G", "Tender documents in preparation"]),
        T.join(["3.2", "Train licensed premises staff in the Ask for Angela scheme",
                "Licensing Manager", "October 2025", "C", "84 venues trained"]),
        "PRIORITY 4: BUILDING RESILIENT COMMUNITIES",
        T.join(["4.1", "Deliver the Prevent action plan and report progress to the CONTEST board",
                "Prevent Coordinator", "Ongoing", "G", "Action plan refreshed in July"]),
        T.join(["4.2", "Launch community cohesion grants for neighbourhoods with rising community tension",
                "Communities and Access Services", "January 2026", "G", "Grant criteria agreed"]),
        "",
        "Notes: actions rated C will be removed from the plan at year end. Leads report to the Partnership Executive each quarter.",
    ]
    bad = [i for i, ln in enumerate(lines, 1) if "Febuary" in ln]
    assert len(bad) == 1
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    exp = {
        "source": "Imitates a community safety partnership's annual delivery plan for its partnership plan, "
                  "exported from a shared spreadsheet as tab-separated text (Kirklees Communities Partnership, "
                  "2025/26; no specific URL used). Copied features: title and update lines, a RAG letter key "
                  "with C = complete, upper-case priority rows over numbered actions, lead partners joined by "
                  "'/', timescales as months, dd/mm/yyyy, 'Quarterly' and 'Ongoing', a notes line.",
        "reads": "A tab-separated CSP delivery plan of nine actions under four priorities. The timescale of "
                 "action 1.3 reads 'Febuary 2026', a mistyped month, so a careful reader stops there and asks "
                 "before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": title,
    }
    write_yaml(fname, exp)
    return fname, 0


def main():
    built = [sar_thurrock(), dhr_york(), icb_gm(), maternity_uhl(), transformation_walsall(),
             risk_register_welhat(), csp_kirklees_refuse()]
    for f, n in built:
        print(f"{f}: {n} actions")


if __name__ == "__main__":
    main()
