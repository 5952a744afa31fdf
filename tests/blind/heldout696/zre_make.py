#!/usr/bin/env python3
"""Build the seven zre- blind test files (heldout696) and their expected readings.

Run with /work/main/.venv/bin/python zre_make.py  (from any directory).
Only files whose names start with "zre-" are written.
"""
import datetime as dt
import json
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("zre-")
    return os.path.join(HERE, name)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def q(v):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(v, ensure_ascii=False)


def write_expected(name, exp):
    lines = []
    for k in ("source", "reads"):
        lines.append(f"{k}: >-")
        lines.append("  " + exp[k])
    lines.append(f"outcome: {exp['outcome']}")
    lines.append(f"accept_refusal: {'true' if exp['accept_refusal'] else 'false'}")
    if "refuse_at" in exp:
        lines.append(f"refuse_at: {exp['refuse_at']}")
    if "title" in exp:
        lines.append(f"title: {q(exp['title'])}")
    if "actions" in exp:
        lines.append("actions:")
        for a in exp["actions"]:
            lines.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            lines.append(f"    under: [{', '.join(q(u) for u in a['under'])}]")
            lines.append(f"    action: {q(a['action'])}")
            lines.append(f"    lead: [{', '.join(q(x) for x in a['lead'])}]")
            lines.append(f"    end: {q(a['end']) if a['end'] is not None else 'null'}")
            if "end_text" in a:
                lines.append(f"    end_text: {q(a['end_text'])}")
            lines.append(f"    status: {a['status']}")
    text = "\n".join(lines) + "\n"
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as fh:
        fh.write(text)
    back = yaml.safe_load(text)
    for k in ("title", "actions", "outcome", "refuse_at"):
        if k in exp:
            assert back[k] == exp[k], (name, k)
    assert back["source"] == exp["source"] and back["reads"] == exp["reads"], name


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None):
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        cell_text(c, lab, bold=True, color="FFFFFF")
        shade(c, fill)


# =============================================================== 1. HMP Manchester (docx)
MAN = "zre-hmp-manchester-hmip-inspection-action-plan.docx"
MAN_ROWS = [
    ("section", "Priority concerns"),
    ("1",
     "Leaders should urgently reduce the supply of drugs into the prison, including through the perimeter, "
     "and make sure that intelligence about illicit items is acted on promptly.",
     "Agreed",
     "A perimeter security review with HMPPS Security Group will be completed and additional netting, lighting "
     "and CCTV installed on the external walls most affected by drone activity. A dedicated search team will "
     "respond to intelligence within 24 hours.",
     "Head of Security", "30/06/2025", ["Head of Security"], "2025-06", None),
    ("2",
     "Leaders should use data to understand the causes of rising violence, and take effective action to reduce "
     "it and keep prisoners and staff safe.",
     "Agreed",
     "The safety strategy will be rewritten using the findings of a violence diagnostic, and every prisoner "
     "involved in a serious assault will be referred to the challenge, support and intervention plan (CSIP) "
     "process within 72 hours.",
     "Head of Safety", "30/04/2025", ["Head of Safety"], "2025-04", None),
    ("3",
     "Leaders should make sure that prisoners at risk of self-harm receive consistent, good-quality care, and "
     "that learning from deaths in custody is implemented without delay.",
     "Agreed",
     "All residential staff will complete refreshed ACCT case management training, and a tracker of Prisons and "
     "Probation Ombudsman recommendations will be reviewed at the monthly Safer Custody meeting until each is "
     "closed.",
     "Head of Safer Custody", "Ongoing", ["Head of Safer Custody"], None, "Ongoing"),
    ("4",
     "Leaders should make sure that officers have the skills, confidence and supervision to challenge poor "
     "behaviour and to maintain order on the wings.",
     "Agreed",
     "A ‘Back to Basics’ programme will be delivered to all band 3 officers with less than 12 months’ service, "
     "with wing-based mentors and weekly supervisor walk-rounds recorded on a standards log.",
     "Head of Residence / Head of Learning and Development", "September 2025",
     ["Head of Residence", "Head of Learning and Development"], "2025-09", None),
    ("section", "Key concerns"),
    ("5",
     "Leaders should make sure that wings, exercise yards and cells are clean, free from vermin and in a decent "
     "state of repair.",
     "Partly Agreed",
     "Fortnightly pest control treatments on all wings have been commissioned through the facilities management "
     "provider. Replacement of all broken cell windows is dependent on HMPPS capital funding; windows will be "
     "replaced in order of risk within the available budget.",
     "Head of Residence", "31/12/2025", ["Head of Residence"], "2025-12", None),
    ("6",
     "Leaders should increase the time that prisoners spend unlocked and make sure that all prisoners can attend "
     "education, skills or work.",
     "Agreed",
     "The regime will be reprofiled so that every prisoner is offered at least one purposeful activity session "
     "each weekday, and allocation to activities will be monitored weekly.",
     "Head of Reducing Reoffending; Head of Education, Skills and Work", "01/09/2025",
     ["Head of Reducing Reoffending", "Head of Education, Skills and Work"], "2025-09", None),
    ("7",
     "Leaders should make sure that prisoners’ complaints and applications are answered fully and on time.",
     "Agreed",
     "An electronic applications system will be introduced on all wings and complaint responses will be quality "
     "assured each month by a functional head.",
     "Business Hub Manager", "31/08/2025", ["Business Hub Manager"], "2025-08", None),
    ("8",
     "Leaders should make sure that prisoners released from Manchester have somewhere to live on the day of "
     "release.",
     "Partly Agreed",
     "The pre-release team will refer prisoners to Commissioned Rehabilitative Services accommodation providers "
     "12 weeks before release. Provision of accommodation is the responsibility of local authorities and the "
     "Probation Service, so the prison cannot guarantee an address for every prisoner.",
     "Head of Reducing Reoffending", "31/10/2025", ["Head of Reducing Reoffending"], "2025-10", None),
]


def build_manchester():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Action Plan: HMP Manchester")
    r.bold = True
    r.font.size = Pt(18)
    for line in ("Action Plan Submitted: 14 March 2025",
                 "A Response to the HMIP Inspection: 23 September – 4 October 2024",
                 "Report Published: 4 February 2025"):
        q = d.add_paragraph()
        q.add_run(line).bold = True
    d.add_paragraph()
    q = d.add_paragraph()
    q.add_run("INTRODUCTION").bold = True
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the treatment and "
        "conditions of those held in prisons and young offender institutions in England and Wales. In response "
        "to each report, HM Prison and Probation Service (HMPPS) prepares an action plan which states whether "
        "each recommendation is agreed, partly agreed or not agreed. Where a recommendation is agreed or partly "
        "agreed, the response sets out the steps that will be taken, with the responsible owner and the target "
        "date for each. Progress is monitored by the Prison Group Director and will be reviewed at the next "
        "inspection.")
    d.add_paragraph(
        "HMP Manchester was also the subject of an Urgent Notification issued on 9 October 2024. The Secretary of "
        "State’s response and the detailed Urgent Notification action plan were published separately; where "
        "actions overlap, the target dates below match those in the Urgent Notification plan.")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Term", "Definition", "Additional comment"], fill="595959")
    cat = [
        ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
         "The response sets out how the recommendation will be achieved and by when."),
        ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and will be "
         "implemented.", "The response states clearly which part will be implemented and why the remainder "
         "cannot be."),
        ("Not Agreed", "The recommendation is not agreed with, or cannot be achieved or afforded.",
         "The response explains the reason for not agreeing the recommendation."),
    ]
    for row, vals in zip(t.rows[1:], cat):
        for c, v in zip(row.cells, vals):
            cell_text(c, v)
    d.add_paragraph()
    q = d.add_paragraph()
    q.add_run("ACTION PLAN").bold = True
    n_rows = 1 + len(MAN_ROWS)
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Response",
                   "Responsible Owner", "Target Date"])
    for i, rowdef in enumerate(MAN_ROWS, start=1):
        cells = t.rows[i].cells
        if rowdef[0] == "section":
            m = cells[0].merge(cells[5])
            cell_text(m, rowdef[1], bold=True)
            shade(m, "D9D9D9")
            continue
        no, rec, agreed, resp, owner, date = rowdef[:6]
        for c, v in zip(cells, (no, rec, agreed, resp, owner, date)):
            cell_text(c, v)
    d.add_paragraph()
    d.add_paragraph("Signed: Governor, HMP Manchester        Date: 14 March 2025")
    d.save(out(MAN))

    actions = []
    section = None
    for rowdef in MAN_ROWS:
        if rowdef[0] == "section":
            section = rowdef[1]
            continue
        no, rec, agreed, resp, owner, date, leads, end, end_text = rowdef
        actions.append(act(no, [section, rec], resp, leads, end, "unrated", end_text))
    write_expected(MAN, {
        "source": "Imitates the HMPPS action plans published on the Prison Finder pages in response to HM "
                  "Inspectorate of Prisons full inspection reports (e.g. 'Action Plan: HMP Elmley', 'Action Plan: "
                  "HMP The Verne', 'Action Plan: HMP Guys Marsh': https://vdocuments.mx/a-response-to-the-hmip-"
                  "inspection-23-april-report-internal-and-external.html), applied to the 2024 HMIP inspection of "
                  "HMP Manchester (which also triggered an Urgent Notification on 9 October 2024: "
                  "https://hmiprisons.justiceinspectorates.gov.uk/hmipris_reports/hmp-manchester-urgent-notification). "
                  "Copied features: 'Action Plan: HMP X / Action Plan Submitted / A Response to the HMIP Inspection / "
                  "Report Published' title block, INTRODUCTION, Agreed/Partly Agreed/Not Agreed categorisation table, "
                  "one action table with No. / Recommendation / Agreed / Response / Responsible Owner / Target Date, "
                  "with merged full-width rows for priority and key concerns. Wording is invented.",
        "reads": "A Word action plan for HMP Manchester: a title block, an introduction, a table defining Agreed / "
                 "Partly Agreed / Not Agreed, then one action table in which each numbered recommendation (grouped "
                 "under 'Priority concerns' and 'Key concerns' rows) has one HMPPS response with an owner and a "
                 "target date. No RAG or progress column, so every action is unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Manchester",
        "actions": actions,
    })


# =============================================================== 2. Probation PDU (txt, tab separated)
PDU = "zre-probation-service-hammersmith-fulham-kensington-chelsea-westminster-pdu-hmip-inspection-action-plan.txt"
PDU_TITLE = ("Hammersmith, Fulham, Kensington, Chelsea & Westminster PDU – HM Inspectorate of Probation "
             "Inspection Action Plan")
PDU_ROWS = [
    ("section", "The PDU head should:"),
    ("1", "Improve the quality of assessment, planning and delivery of work to keep people safe, making sure that "
          "all relevant information from partner agencies is analysed.",
     "1.1", "Deliver risk of serious harm analysis workshops to all probation practitioners and PSOs, using case "
            "examples from the inspection.",
     "SPO Quality Lead", "30/04/2025", "", "Complete",
     "Workshops delivered to 96% of practitioners; remaining staff booked on the October session.",
     ["SPO Quality Lead"], "2025-04", None, "blue"),
    ("", "", "1.2", "Introduce a monthly countersigning audit of RoSH assessments for all high and very high risk "
                    "cases, with findings reported to the PDU quality meeting.",
     "Senior Probation Officers", "30/06/2025", "31/10/2025", "Amber",
     "Audit tool agreed and first two audits completed. Slippage due to SPO vacancies in the Westminster team.",
     ["Senior Probation Officers"], "2025-10", None, "amber"),
    ("2", "Make sure that domestic abuse and child safeguarding enquiries are requested, received and used to "
          "inform assessment and planning in every case.",
     "2.1", "Agree a revised information-sharing protocol with the three local authorities’ children’s services so "
            "that safeguarding responses are returned within 10 working days.",
     "Head of PDU / Business Manager", "31/12/2025", "", "Green",
     "Protocol signed by RBKC and Westminster; Hammersmith & Fulham sign-off expected at the October partnership "
     "board.",
     ["Head of PDU", "Business Manager"], "2025-12", None, "green"),
    ("", "", "2.2", "Add a safeguarding and domestic abuse enquiry check to the allocation checklist used by the "
                    "case administration team.",
     "Case Administration Manager", "31/05/2025", "", "Complete", "Checklist live since 19 May 2025.",
     ["Case Administration Manager"], "2025-05", None, "blue"),
    ("3", "Make sure that practitioners carry out home visits where they are needed to manage risk of harm.",
     "3.1", "Issue a home visits practice guide and make sure a home visit is recorded for every case with child "
            "safeguarding concerns.",
     "Deputy Head of PDU", "Q3 2025/26", "", "Red",
     "Guide drafted but not issued; lone working risk assessment still awaited from Health and Safety.",
     ["Deputy Head of PDU"], "2025-12", "Q3 2025/26", "red"),
    ("section", "The London Regional Probation Director should:"),
    ("4", "Reduce workloads in the PDU so that practitioners have the capacity to deliver high-quality work.",
     "4.1", "Prioritise the PDU for newly qualified probation officers in the 2025 PQiP allocation and agree a "
            "temporary transfer of cases to the Sentence Management Hub.",
     "Regional Probation Director", "30/09/2025", "", "Complete",
     "Eleven newly qualified POs started in July and August 2025.",
     ["Regional Probation Director"], "2025-09", None, "blue"),
    ("", "", "4.2", "Review workload measurement tool (WMT) figures monthly and escalate any team above 110% to the "
                    "Regional Leadership Team.",
     "Regional Head of Performance and Quality", "Monthly", "", "Green",
     "Reported monthly since May; two teams above 110% in August.",
     ["Regional Head of Performance and Quality"], None, "Monthly", "green"),
    ("5", "Make sure that interventions to address domestic abuse and other offending behaviour are available "
          "without delay.",
     "5.1", "Commission additional Building Better Relationships programme places and reduce the waiting list to "
            "no more than 12 weeks.",
     "Head of Interventions (London)", "31/03/2026", "", "Not started",
     "Funding bid submitted to HMPPS; decision due November 2025.",
     ["Head of Interventions (London)"], "2026-03", None, "unrated"),
]


def build_pdu():
    ncol = 9
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        for v in vals:
            assert "\t" not in v and "\n" not in v
        lines.append("\t".join(vals))

    row([PDU_TITLE])
    row(["Probation Service – London Region"])
    row(["Report published: 6 March 2025. Overall rating: Inadequate. Tracker position as at 30 September 2025."])
    row([])
    row(["Rec no.", "Recommendation", "Action no.", "Action", "Action owner", "Target date",
         "Revised target date", "RAG", "Progress update"])
    for r in PDU_ROWS:
        if r[0] == "section":
            row([r[1]])
        else:
            row(r[:9])
    row([])
    row(["RAG key: Complete = action delivered and evidenced; Green = on track; Amber = at risk of slipping; "
         "Red = off track or overdue; Not started = not yet due to begin."])
    with open(out(PDU), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    actions = []
    sec = rec = None
    for r in PDU_ROWS:
        if r[0] == "section":
            sec = r[1]
            continue
        if r[1]:
            rec = r[1]
        actions.append(act(r[2], [sec, rec], r[3], r[9], r[10], r[12], r[11]))
    write_expected(PDU, {
        "source": "Imitates a Probation Service PDU action plan tracker responding to an HM Inspectorate of "
                  "Probation PDU inspection, exported from Excel as tab-delimited text. The HFKCW PDU was one of "
                  "three London PDUs rated 'Inadequate' "
                  "(https://hmiprobation.justiceinspectorates.gov.uk/document/an-inspection-of-probation-services-"
                  "in-hammersmith-fulham-kensington-chelsea-westminster-pdu). Recommendations addressed to 'The PDU "
                  "head should:' and to the regional probation director follow the HMI Probation report style; the "
                  "agreed/action/owner/timescale columns follow the HMPPS action plan template for HMI Probation "
                  "reports (https://docsbay.net/action-plan-name-of-crc-or-nps-division). Copied features: title "
                  "lines, addressee rows, recommendation on the first action row only (continuation rows blank), "
                  "original and revised target dates, RAG words, progress updates, RAG key line at the foot. "
                  "Wording is invented.",
        "reads": "A tab-separated tracker for the Hammersmith, Fulham, Kensington, Chelsea & Westminster PDU: "
                 "recommendations grouped under 'The PDU head should:' and 'The London Regional Probation Director "
                 "should:', each with one or two numbered actions, an owner, a target date (revised where it "
                 "slipped), a RAG word and a progress update. A RAG key line closes the file.",
        "outcome": "read",
        "accept_refusal": False,
        "title": PDU_TITLE,
        "actions": actions,
    })


# =============================================================== 3. Lancashire custody (xlsx) -- refuse
LAN = "zre-lancashire-constabulary-police-custody-inspection-action-plan-typo-month-refuse.xlsx"
LAN_TYPO_ROW = None


def build_lancashire():
    global LAN_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Lancashire Constabulary – Police Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "HMICFRS and CQC inspection of police custody suites, March 2023"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Criminal Justice and Custody"
    ws["A3"].font = Font(bold=True, size=13)
    info = [("Report published", "19 July 2023"),
            ("Plan owner", "Chief Superintendent, Criminal Justice and Custody"),
            ("Governance", "Custody Governance Board (quarterly); Strategic Scrutiny Meeting with the PCC"),
            ("Protective marking", "OFFICIAL")]
    for i, (k, v) in enumerate(info, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws.cell(10, 1, "Version control").font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Summary of changes"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(11, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
    vers = [("0.1", "02/08/2023", "Custody Inspector, CJ&C", "First draft following report publication"),
            ("1.0", "14/09/2023", "Custody Inspector, CJ&C", "Approved at Custody Governance Board"),
            ("1.2", "11/01/2024", "Custody Inspector, CJ&C", "Quarter 3 progress update")]
    for i, v in enumerate(vers, start=12):
        for j, x in enumerate(v, start=1):
            ws.cell(i, j, x).border = BOX
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 26
    ws.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Lancashire Constabulary – Police Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("The report made 1 recommendation (addressing 1 cause of concern) and identified 15 areas for "
                "improvement. This plan covers the recommendation and the areas for improvement allocated to "
                "Custody.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    heads = ["Ref", "Type", "Inspection finding", "Action", "Action owner", "Target date",
             "Progress update (January 2024)", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("section", "Cause of concern"),
        ("1", "Recommendation",
         "The constabulary and its PCC should make sure that the removal of detainees’ clothing and the use of "
         "anti-rip suits are justified by an assessed risk, and should strengthen oversight of the use of force "
         "in custody.",
         "Revise the custody clothing removal procedure so that every removal is authorised by the custody "
         "sergeant with the assessed risk recorded on the custody record.",
         "Custody Inspector (Policy)", "October 2023", "Procedure published 2 October 2023.", "Complete"),
        ("", "", "",
         "Dip-sample 20 use of force records each month across all suites and report findings to the Custody "
         "Governance Board.",
         "Custody Chief Inspector", "December 2023",
         "Dip sampling started in November; first report to January board.", "In progress"),
        ("section", "Areas for improvement"),
        ("AFI 1", "Area for improvement",
         "The constabulary should make sure that detainees who cannot be told their rights on arrival are given "
         "them as soon as they are able to understand them.",
         "Add a mandatory prompt to the custody record to revisit rights and entitlements at each review.",
         "Custody Inspector (Systems)", "November 2023", "System change went live 20 November 2023.", "Complete"),
        ("AFI 2", "Area for improvement",
         "The constabulary should make sure that PACE reviews of detention are carried out in person and on time.",
         "Issue guidance to duty inspectors and monitor the timeliness of reviews through the custody "
         "performance dashboard.",
         "Custody Chief Inspector", "January 2024", "Guidance issued; dashboard measure in development.",
         "In progress"),
        ("AFI 3", "Area for improvement",
         "Custody staff should carry out risk assessments in line with APP and record the rationale for the level "
         "of observation set.",
         "Deliver refresher training on risk assessment and observation levels to all custody sergeants at the "
         "next custody training day.",
         "Custody Training Sergeant", "Febuary 2024", "Training day booked.", "Not started"),
        ("AFI 4", "Area for improvement",
         "The constabulary should work with local authorities so that children charged and refused bail are moved "
         "to alternative accommodation rather than held overnight in custody.",
         "Agree a protocol with the four local authorities for requests for secure and non-secure PACE beds, and "
         "audit every overnight detention of a child.",
         "Custody Inspector (Partnerships)", "March 2024", "Draft protocol shared with Lancashire County Council.",
         "In progress"),
        ("AFI 5", "Area for improvement",
         "The constabulary should make sure that CCTV in cells obscures toilet areas so that detainees’ privacy is "
         "protected.",
         "Complete the pixelation of toilet areas on cell CCTV at Blackpool, Preston and Burnley.",
         "Estates Project Manager", "April 2024", "Contractor appointed.", "In progress"),
        ("AFI 6", "Area for improvement",
         "The constabulary should make sure that detainees are offered a shower, exercise and reading material "
         "where they are held for long periods.",
         "Add prompts for showers, exercise and reading material to the 12-hour detention check and audit "
         "compliance monthly.",
         "Custody Sergeant (Quality)", "December 2023", "Prompt added; first audit shows 81% compliance.",
         "Complete"),
    ]
    r = 5
    fills = {"Complete": "BDD7EE", "In progress": "FFE699", "Not started": "F2F2F2"}
    for rowdef in rows:
        if rowdef[0] == "section":
            c = ws.cell(r, 1, rowdef[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for j, v in enumerate(rowdef, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=fills[rowdef[7]])
            if rowdef[5] == "Febuary 2024":
                LAN_TYPO_ROW = r
        r += 1
    widths = {"A": 8, "B": 20, "C": 50, "D": 50, "E": 26, "F": 15, "G": 40, "H": 13}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A5"
    wb.save(out(LAN))

    write_expected(LAN, {
        "source": "Imitates a force action plan responding to the joint HMICFRS/CQC report on an inspection of police "
                  "custody suites in Lancashire (fieldwork March 2023, published 19 July 2023: one recommendation "
                  "addressing the cause of concern about clothing removal/anti-rip suits and use of force, plus 15 "
                  "areas for improvement; https://hmicfrs.justiceinspectorates.gov.uk/publication-html/inspection-of-"
                  "custody-suites-in-lancashire-2023/). Copied features: cover sheet with title block, plan owner, "
                  "governance and a version control table; action sheet with merged title, cause of concern and "
                  "areas for improvement section rows, Ref/Type/finding/action/owner/target date/progress/status "
                  "columns, two actions under the recommendation with the continuation row left blank, status fill. "
                  "Wording is invented.",
        "reads": "An Excel action plan for Lancashire Constabulary custody: a cover sheet with version control, then "
                 "an action sheet listing the recommendation and areas for improvement with actions, owners, "
                 "month target dates and a status. The target date on AFI 3 (sheet 'Action Plan', row "
                 f"{LAN_TYPO_ROW}) reads 'Febuary 2024', a mistyped month, so a careful reader would stop and ask "
                 "before recording its due month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": LAN_TYPO_ROW,
        "title": "Lancashire Constabulary – Police Custody Inspection Action Plan",
    })


# =============================================================== 4. Cumbria FRS (xlsx)
CUM = "zre-cumbria-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
CUM_TITLE = "Cumbria Fire and Rescue Service – HMICFRS Standards of Behaviour: Recommendations Tracker"
D = dt.datetime
CUM_DATA = [
    ("The culture in fire and rescue services", [
        ("R1. By 1 February 2025, chief fire officers should make it a priority that all staff know and follow the "
         "Core Code of Ethics, and that the code is built into every relevant policy and practice.", [
            ("1.1", "Review all People and Operational policies against the Core Code of Ethics and add a Code of "
                    "Ethics statement to each policy.",
             "Area Manager (People and Culture)", D(2025, 1, 31), None, "B", "B",
             "All 42 policies reviewed and statement added. Closed at Strategic Board, February 2025.",
             ["Area Manager (People and Culture)"], "2025-01", "blue"),
            ("1.2", "Deliver a Code of Ethics session to every wholetime watch and on-call station and record "
                    "attendance on the training system.",
             "Group Manager (Training and Development)", D(2025, 3, 31), D(2025, 9, 30), "A", "G",
             "Wholetime watches complete. 29 of 38 on-call stations complete; remaining sessions booked for "
             "drill nights in September.",
             ["Group Manager (Training and Development)"], "2025-09", "green"),
        ]),
        ("R2. By 1 February 2025, chief fire officers should have a probationary policy in place which makes clear "
         "that probationers who do not meet the standards of behaviour in the Core Code of Ethics can be "
         "dismissed.", [
            ("2.1", "Amend the Probation Policy and agree it with Westmorland and Furness Council HR and the "
                    "representative bodies.",
             "Head of HR (Westmorland and Furness Council) / Area Manager (People and Culture)", D(2025, 1, 31),
             None, "B", "B", "Revised policy in force from 27 January 2025.",
             ["Head of HR (Westmorland and Furness Council)", "Area Manager (People and Culture)"], "2025-01",
             "blue"),
        ]),
        ("R3. By 1 May 2025, chief fire officers should make sure workforce plans allow wholetime staff to be moved "
         "between watches or stations when needed, and that firefighters who are promoted, including temporarily "
         "for two months or more, are posted to a different watch or station.", [
            ("3.1", "Revise the Promotion and Temporary Promotion Procedure so that promoted staff are posted to a "
                    "different watch or station, recording any exception with a risk assessment.",
             "Area Manager (Response)", D(2025, 4, 30), D(2025, 12, 31), "A", "A",
             "Draft procedure at consultation. Exceptions register in place for temporary promotions.",
             ["Area Manager (Response)"], "2025-12", "amber"),
            ("3.2", "Agree a watch rotation principle for the four wholetime stations with the representative "
                    "bodies.",
             "DCFO", D(2025, 4, 30), D(2026, 3, 31), "A", "R",
             "Negotiations paused pending the national pay and conditions review; escalated to the Chief Fire "
             "Officer.",
             ["DCFO"], "2026-03", "red"),
        ]),
    ]),
    ("Identifying and reporting misconduct", [
        ("R4. By 1 February 2025, chief fire officers should make sure staff understand the service’s expectations "
         "for behaviour on social media and what will happen if they are not met.", [
            ("4.1", "Publish the revised Social Media Policy with a short e-learning module and a manager briefing "
                    "pack.",
             "Corporate Communications Manager", D(2025, 1, 31), None, "G", "B",
             "Policy published; e-learning completion 91% at 31 October 2025.",
             ["Corporate Communications Manager"], "2025-01", "blue"),
        ]),
    ]),
    ("Misconduct processes", [
        ("R7. By 1 August 2025, chief fire officers should make sure that everyone who investigates misconduct is "
         "trained for the role and given enough time to carry out investigations.", [
            ("7.1", "Train a pool of eight investigating officers through an accredited workplace investigations "
                    "course.",
             "Head of HR (Westmorland and Furness Council)", D(2025, 7, 31), None, "G", "B",
             "Eight officers trained (June and July 2025).",
             ["Head of HR (Westmorland and Furness Council)"], "2025-07", "blue"),
            ("7.2", "Release investigating officers from operational duties for the duration of each investigation "
                    "and record the release on the case tracker.",
             "Area Manager (Response)", D(2025, 7, 31), None, "G", "G",
             "Release arrangements agreed; applied to all three investigations opened since August.",
             ["Area Manager (Response)"], "2025-07", "green"),
        ]),
        ("R9. By 1 November 2025, chief fire officers should make sure misconduct cases are dealt with in a timely "
         "way and that the people involved are kept informed of progress.", [
            ("9.1", "Introduce a 60-day target for misconduct cases, with monthly case review meetings chaired by "
                    "the DCFO.",
             "DCFO", D(2025, 10, 31), None, "G", "G",
             "Case review meeting established; average case length 71 days and falling.",
             ["DCFO"], "2025-10", "green"),
            ("9.2", "Send fortnightly written updates to complainants, witnesses and subjects using a standard "
                    "template.",
             "HR Case Manager; Area Manager (People and Culture)", D(2025, 10, 31), D(2025, 11, 30), "G", "A",
             "Template agreed; update letters not yet issued consistently in two open cases.",
             ["HR Case Manager", "Area Manager (People and Culture)"], "2025-11", "amber"),
        ]),
    ]),
]
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def build_cumbria():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = CUM_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = ("HMICFRS thematic report ‘Standards of behaviour: The handling of misconduct in fire and rescue "
                "services’ (August 2024)")
    ws["A3"] = "Progress report to the Fire and Rescue Service Strategic Board – November 2025"
    ws["A5"] = "Current RAG"
    ws["B5"] = "Meaning"
    ws["C5"] = "Number of actions"
    for c in ("A5", "B5", "C5"):
        ws[c].font = Font(bold=True)
        ws[c].border = BOX
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, recs in CUM_DATA:
        for _, acts in recs:
            for a in acts:
                counts[a[6]] += 1
    meaning = {"B": "Complete", "G": "On track", "A": "At risk of missing target date",
               "R": "Target date missed / off track"}
    r = 6
    for k in ("B", "G", "A", "R"):
        ws.cell(r, 1, k).fill = PatternFill("solid", fgColor=RAG_FILL[k])
        ws.cell(r, 2, meaning[k])
        ws.cell(r, 3, counts[k])
        for j in (1, 2, 3):
            ws.cell(r, j).border = BOX
        r += 1
    ws.cell(r, 2, "Total").font = Font(bold=True)
    ws.cell(r, 3, f"=SUM(C6:C{r - 1})").font = Font(bold=True)
    ws.cell(r + 2, 1, "Recommendations 5, 6, 8 and 10 to 15 are addressed to the Home Office, NFCC, the Fire "
                      "Standards Board or fire and rescue authorities and are not tracked here.")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 18

    ws = wb.create_sheet("Tracker")
    ws["A1"] = CUM_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("RAG key:  B = Complete   G = On track   A = At risk of missing target date   "
                "R = Target date missed / off track")
    ws.merge_cells("A2:I2")
    heads = ["HMICFRS recommendation", "Action ref", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Aug 2025)", "Current RAG (Nov 2025)", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in CUM_DATA:
        c = ws.cell(r, 1, theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7F7F7F")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec, acts in recs:
            first = r
            ws.cell(r, 1, rec).alignment = WRAP
            for a in acts:
                ref, text, lead, orig, rev, prev, cur, upd = a[:8]
                ws.cell(r, 2, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead)
                ws.cell(r, 5, orig).number_format = "dd/mm/yyyy"
                if rev is not None:
                    ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
                ws.cell(r, 7, prev).fill = PatternFill("solid", fgColor=RAG_FILL[prev])
                ws.cell(r, 8, cur).fill = PatternFill("solid", fgColor=RAG_FILL[cur])
                ws.cell(r, 9, upd)
                for j in range(1, 10):
                    ws.cell(r, j).border = BOX
                    if j not in (7, 8):
                        ws.cell(r, j).alignment = WRAP
                    else:
                        ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    widths = {"A": 48, "B": 8, "C": 48, "D": 30, "E": 13, "F": 13, "G": 11, "H": 11, "I": 46}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A5"
    wb.save(out(CUM))

    actions = []
    for theme, recs in CUM_DATA:
        for rec, acts in recs:
            for a in acts:
                actions.append(act(a[0], [theme, rec], a[1], a[8], a[9], a[10]))
    write_expected(CUM, {
        "source": "Imitates the trackers fire and rescue services publish against the 15 national recommendations "
                  "of the HMICFRS thematic report 'Standards of behaviour: The handling of misconduct in fire and "
                  "rescue services' (August 2024; https://hmicfrs.justiceinspectorates.gov.uk/publication-html/"
                  "standards-of-behaviour-handling-misconduct-in-frs/), e.g. Staffordshire FRS's progress page "
                  "(https://staffordshirefire.gov.uk/what-we-do/hmicfrs/hmicfrs-standards-of-behaviour) and "
                  "Humberside FRS's list of dated recommendations. Copied features: summary sheet with RAG counts, "
                  "tracker sheet with RAG key line, report-chapter theme rows, 'By <date>, chief fire officers "
                  "should ...' recommendation text merged down over its actions, job-title leads (some two posts), "
                  "original and revised target dates, previous and current RAG letters on coloured fills, progress "
                  "updates. Recommendation wording is paraphrased, actions invented.",
        "reads": "An Excel tracker for Cumbria FRS: a summary sheet of RAG counts, then a tracker sheet where each "
                 "HMICFRS recommendation (under one of three theme rows) is merged down over its numbered actions, "
                 "each with a lead, original and revised target dates, previous and current RAG letters and a "
                 "progress update. The current RAG and the revised date (where given) are what count.",
        "outcome": "read",
        "accept_refusal": False,
        "title": CUM_TITLE,
        "actions": actions,
    })


# =============================================================== 5. Kent College Pembury ISI (docx)
KCP = "zre-kent-college-pembury-isi-inspection-action-plan.docx"
KCP_TITLE = "Kent College Pembury – ISI Inspection Action Plan 2025–26"
KCP_SECTIONS = [
    ("1. Leadership and management, and governance",
     "Leaders should make sure that the quality assurance of teaching is equally rigorous in every department, so "
     "that the strongest practice in the school is shared more widely.",
     [("1.1", "Introduce a termly departmental review cycle (lesson visits, work scrutiny and pupil voice) with a "
              "common reporting template.",
       "Deputy Head (Academic)", "Autumn term 2025", "Reviews completed for all departments by December; summary "
       "reported to the Education Committee.", AMBER, ["Deputy Head (Academic)"], "2025-12", "Autumn term 2025", "amber"),
      ("1.2", "Set up cross-department teaching and learning groups so that staff can observe and share effective "
              "practice.",
       "Deputy Head (Academic); Heads of Department", "Summer term 2025", "Every teacher has taken part in at "
       "least one group visit.", GREEN, ["Deputy Head (Academic)", "Heads of Department"], "2025-07", "Summer term 2025",
       "blue")]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teachers in the senior school make consistent use of assessment information to "
     "plan work that stretches the most able pupils.",
     [("2.1", "Add prior attainment and ‘stretch’ flags to class lists in the management information system and "
              "train staff to use them in lesson planning.",
       "Head of Academic Enrichment / Director of Teaching and Learning", "October 2025",
       "Flags visible to all staff; training delivered at the September INSET.", RED,
       ["Head of Academic Enrichment", "Director of Teaching and Learning"], "2025-10", None, "red"),
      ("2.2", "Review the Year 9 and Year 10 schemes of work in each subject to include at least one extension "
              "task per unit.",
       "JMc, RT", "December 2025", "Extension tasks in place in all schemes of work.", None, ["JMc", "RT"],
       "2025-12", None, "unrated")]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should strengthen the way boarding staff record and follow up low-level concerns about boarders’ "
     "wellbeing, so that patterns are identified quickly.",
     [("3.1", "Move boarding house wellbeing logs onto the school’s safeguarding software so that concerns are "
              "visible to the DSL team.",
       "Head of Boarding", "By October half-term 2025", "All three houses logging on the system; weekly review "
       "by the DSL.", GREEN, ["Head of Boarding"], "2025-10", "By October half-term 2025", "blue"),
      ("3.2", "Hold a fortnightly boarding wellbeing meeting to review logged concerns and agree follow-up "
              "actions.",
       "Designated Safeguarding Lead", "Ongoing (reviewed termly)", "Minutes show actions followed up within "
       "a week.", AMBER, ["Designated Safeguarding Lead"], None, "Ongoing (reviewed termly)", "amber")]),
    ("4. Pupils’ social and economic education and contribution to society",
     "Leaders should develop the careers programme for pupils in Years 9 and 10, so that they understand the "
     "full range of routes open to them after school.",
     [("4.1", "Introduce a Year 9 and 10 careers week with employer talks, apprenticeship providers and "
              "university visits, and record pupils’ encounters in the careers platform.",
       "Careers Lead", "Summer term 2026", "Every pupil in Years 9 and 10 records at least two encounters.",
       None, ["Careers Lead"], "2026-07", "Summer term 2026", "unrated")]),
]


def build_kcp():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(KCP_TITLE, level=1)
    d.add_paragraph("Response to the Independent Schools Inspectorate inspection of 11–13 March 2025 "
                    "(report published 30 April 2025)")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    ctrl = [("Document owner", "Head"),
            ("Version", "2.1"),
            ("Approved by", "Education Committee of the Board of Governors, 17 June 2025"),
            ("Last updated", "3 November 2025"),
            ("Next review", "February 2026")]
    for row, (k, v) in zip(t.rows, ctrl):
        cell_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "DBE5F1")
        cell_text(row.cells[1], v)
    d.add_paragraph()
    d.add_paragraph("The inspection found that the school meets all of the Independent School Standards and the "
                    "National Minimum Standards for Boarding Schools. Inspectors identified one recommended next "
                    "step in each of four sections of the ISI framework. This plan sets out how the school will "
                    "respond to each.")
    q = d.add_paragraph()
    q.add_run("Progress key").bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    key = [(GREEN, "Achieved"), (AMBER, "In progress"), (RED, "Behind schedule"), (None, "Not yet due to start")]
    for row, (fill, lab) in zip(t.rows, key):
        if fill:
            shade(row.cells[0], fill)
        cell_text(row.cells[1], lab)
    for heading, step, acts in KCP_SECTIONS:
        d.add_heading(heading, level=2)
        q = d.add_paragraph()
        q.add_run("Recommended next step").bold = True
        q2 = d.add_paragraph()
        q2.add_run(step).italic = True
        t = d.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Progress"], fill="17365D")
        for row, a in zip(t.rows[1:], acts):
            ref, text, lead, when, succ, fill = a[:6]
            for c, v in zip(row.cells, (ref, text, lead, when, succ, "")):
                cell_text(c, v)
            if fill:
                shade(row.cells[5], fill)
    d.add_paragraph()
    d.add_paragraph("Progress against this plan is reported to each meeting of the Education Committee and to the "
                    "full Board in the summer term.")
    d.save(out(KCP))

    actions = []
    for heading, step, acts in KCP_SECTIONS:
        for a in acts:
            actions.append(act(a[0], [heading, step], a[1], a[6], a[7], a[9], a[8]))
    write_expected(KCP, {
        "source": "Imitates an independent school's action plan after an ISI inspection under the September 2023 "
                  "framework, where all Standards are met and the report gives 'recommended next steps' by "
                  "framework section (https://www.isi.net/inspection-explained/inspection-handbook/interactive-"
                  "version/evaluation-and-reporting; extracts of such reports: https://independentschoolmanagement."
                  "co.uk/features/extracts-from-reports-under-the-new-isi-framework/). Copied features: school name "
                  "and title, document-control table, progress key of coloured cells (green defined as Achieved, no "
                  "blue), one heading and table per ISI framework section with the recommended next step above "
                  "each table, job-title and initials leads, school-term timescales, progress shown by cell fill "
                  "only. Wording is invented.",
        "reads": "A Word action plan for Kent College Pembury after its 2025 ISI inspection: a document-control "
                 "table, a colour key (green = Achieved, amber = In progress, red = Behind schedule, blank = not "
                 "yet due), then four framework sections, each with its recommended next step and a table of "
                 "actions whose Progress cell is coloured but empty. Green is read as complete (blue) because the "
                 "key says so.",
        "outcome": "read",
        "accept_refusal": False,
        "title": KCP_TITLE,
        "actions": actions,
    })


# =============================================================== 6. Northampton Academy (xlsx)
NA = "zre-northampton-academy-post-ofsted-action-plan.xlsx"
NA_TITLE = "Northampton Academy – Post-Ofsted Action Plan 2024–25"
NA_DATA = [
    ("AFI 1: In some subjects, including science in key stage 4, the curriculum is not implemented consistently "
     "well. Leaders should ensure that teachers check pupils’ understanding carefully and address misconceptions "
     "before moving on.", [
        ("1.1", "Introduce a whole-school ‘check for understanding’ routine (mini-whiteboards and hinge questions) "
                "in every lesson, launched at the September INSET.",
         "Vice Principal (Curriculum)", "Regional subject advisers; LGB curriculum link governor",
         D(2024, 9, 2), D(2024, 12, 20), "Routine seen in 90% of learning walks.", "G", "B",
         ["Vice Principal (Curriculum)"], "2024-12", None, "blue"),
        ("1.2", "Weekly co-planning sessions for Year 10 and 11 science, with misconceptions identified for each "
                "unit.",
         "Head of Science", "Director of Science, United Learning", D(2024, 9, 9), "Summer term 2025",
         "Y11 science mock outcomes improve on 2024 by 0.3 of a grade.", "A", "G",
         ["Head of Science"], "2025-07", "Summer term 2025", "green"),
        ("1.3", "Termly deep dive in three foundation subjects, with findings followed up at the next line "
                "management meeting.",
         "Assistant Principal (Quality of Education)", "Principal", D(2024, 10, 1), "Ongoing",
         "Deep dive reports show consistent implementation.", "G", "G",
         ["Assistant Principal (Quality of Education)"], None, "Ongoing", "green"),
    ]),
    ("AFI 2: Too many pupils, particularly disadvantaged pupils, are persistently absent. Leaders should "
     "continue to take effective action to improve these pupils’ attendance.", [
        ("2.1", "Daily first-day calling and a home visit on the third consecutive day of absence for all "
                "persistently absent pupils.",
         "Attendance Officer / Assistant Principal (Inclusion)", "Regional attendance lead", D(2024, 9, 4),
         D(2025, 7, 18), "Persistent absence below 20% by July 2025.", "A", "A",
         ["Attendance Officer", "Assistant Principal (Inclusion)"], "2025-07", None, "amber"),
        ("2.2", "Attendance panels with families of disadvantaged pupils below 90% attendance, with a support plan "
                "agreed at each panel.",
         "Ms K Adeyemi", "Principal", D(2024, 11, 4), "Spring term 2025",
         "All eligible families offered a panel.", "R", "R",
         ["Ms K Adeyemi"], "2025-04", "Spring term 2025", "red"),
    ]),
    ("AFI 3: The information that teachers receive about pupils with SEND is not always precise enough. Leaders "
     "should ensure that support plans identify clearly how teachers should adapt their teaching.", [
        ("3.1", "Rewrite pupil passports for all pupils on the SEND register using the trust template, with "
                "three classroom strategies for each pupil.",
         "SENCo", "Trust SEND lead", D(2024, 9, 16), D(2024, 12, 13), "100% of passports rewritten and shared.",
         "G", "B", ["SENCo"], "2024-12", None, "blue"),
        ("3.2", "Include adaptive teaching for pupils with SEND in the weekly CPD programme and in learning walk "
                "foci.",
         "SENCo, Director of CPD", "Vice Principal (Curriculum)", D(2025, 1, 6), D(2025, 6, 30),
         "Adaptation seen in 80% of learning walks.", "", "G",
         ["SENCo", "Director of CPD"], "2025-06", None, "green"),
    ]),
]
NA_RAG = {"B": "5B9BD5", "G": GREEN, "A": AMBER, "R": RED}


def build_na():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = NA_TITLE
    ws["A1"].font = Font(bold=True, size=15, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="002060")
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Inspection: 7–8 May 2024   |   Report published: 19 June 2024   |   "
                "Overall effectiveness: Requires improvement")
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Plan owner: Principal   |   Monitored by: Local Governing Body (termly) and United Learning "
                "Regional Director")
    ws.merge_cells("A3:J3")
    heads = ["Ref", "Action", "Lead", "Support / monitoring", "Start", "Deadline", "Success criteria",
             "RAG Dec 2024", "RAG Mar 2025", "RAG Jul 2025"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for afi, acts in NA_DATA:
        c = ws.cell(r, 1, afi)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            ref, text, lead, sup, start, dead, succ, dec, mar = a[:9]
            vals = [ref, text, lead, sup, start, dead, succ, dec or None, mar, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 5).number_format = "dd/mm/yy"
            if isinstance(dead, dt.datetime):
                ws.cell(r, 6).number_format = "dd/mm/yy"
            for j, v in ((8, dec), (9, mar)):
                if v:
                    ws.cell(r, j).fill = PatternFill("solid", fgColor=NA_RAG[v])
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    widths = {"A": 6, "B": 50, "C": 26, "D": 26, "E": 10, "F": 14, "G": 34, "H": 9, "I": 9, "J": 9}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of progress – March 2025 review"
    ws2["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["AFI", "B", "G", "A", "R", "Total actions"], start=1):
        ws2.cell(3, j, h).font = Font(bold=True)
    for i, (afi, acts) in enumerate(NA_DATA, start=1):
        ws2.cell(3 + i, 1, f"AFI {i}")
        for j, k in enumerate(["B", "G", "A", "R"], start=2):
            ws2.cell(3 + i, j, sum(1 for a in acts if a[8] == k))
        ws2.cell(3 + i, 6, len(acts))
    ws2.cell(7, 1, "Total").font = Font(bold=True)
    for j, col in enumerate("BCDEF", start=2):
        ws2.cell(7, j, f"=SUM({col}4:{col}6)")

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "RAG key"
    ws3["A1"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete – impact evident"), ("G", "On track"),
                                ("A", "Some concerns – action needed"), ("R", "Significant concerns – not on track")],
                               start=2):
        ws3.cell(i, 1, k).fill = PatternFill("solid", fgColor=NA_RAG[k])
        ws3.cell(i, 2, m)
    ws3.column_dimensions["B"].width = 40
    wb.save(out(NA))

    actions = []
    for afi, acts in NA_DATA:
        for a in acts:
            actions.append(act(a[0], [afi], a[1], a[9], a[10], a[12], a[11]))
    write_expected(NA, {
        "source": "Imitates an academy's post-Ofsted action plan built from the 'What does the school need to do to "
                  "improve?' points of a section 5 report (guidance on such plans: https://schoolleaders."
                  "thekeysupport.com/school-evaluation-and-improvement/plans-and-strategies-for-school-improvement/"
                  "school-improvement-plans/post-ofsted-action-plan/; a published academy example with section "
                  "rows per area and a colour key: https://paperzz.com/doc/7174796/blue--timeline-reconsidered-and-"
                  "transferred-to-ht4-action...). Northampton Academy is a United Learning academy; the inspection "
                  "details are invented. Copied features: merged title and inspection-details rows, one merged "
                  "'AFI n:' row per area for improvement with its actions below, lead and monitoring columns, "
                  "start and deadline columns mixing dates and terms, termly RAG columns (Dec, Mar, Jul) with "
                  "letters on coloured fills, a summary sheet and a RAG key sheet.",
        "reads": "An Excel post-Ofsted plan: three areas for improvement, each a merged heading row followed by its "
                 "numbered actions with lead, support, start, deadline, success criteria and termly RAG letters. "
                 "The July 2025 column is still empty, so the March 2025 RAG is each action's current status. The "
                 "Summary and Key sheets are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": NA_TITLE,
        "actions": actions,
    })


# =============================================================== 7. King Henry VIII (csv)
KH = "zre-king-henry-viii-3-19-school-abergavenny-estyn-post-inspection-action-plan.csv"
KH_TITLE = "King Henry VIII 3-19 School, Abergavenny – Post-Inspection Action Plan (PIAP)"
KH_DATA = [
    ("R1: Improve the quality of teaching so that it consistently challenges pupils to make strong progress, "
     "particularly in the secondary phase", [
        ("1.1", "Deliver a professional learning programme on questioning and challenge for all secondary "
                "teachers:\n- INSET day, September 2025\n- half-termly coaching triads",
         "Deputy Headteacher (Teaching and Learning)", "Jul-25",
         "Learning walks show effective challenge in most lessons", "Half-termly learning walks (SLT); EAS "
         "Challenge Adviser", "Blue", ["Deputy Headteacher (Teaching and Learning)"], "2025-07", None, "blue"),
        ("1.2", "Revise the whole-school feedback policy so that pupils act on feedback in every subject.",
         "Assistant Headteacher (Professional Learning)", "Dec-25",
         "Book looks show pupils responding to feedback", "Termly book scrutiny", "Green",
         ["Assistant Headteacher (Professional Learning)"], "2025-12", None, "green"),
        ("1.3", "Pair each department with a partner department in another Monmouthshire secondary school for "
                "joint planning.",
         "Heads of Faculty", "Autumn term 2025", "Joint planning records for each faculty", "SLT line managers",
         "Amber", ["Heads of Faculty"], "2025-12", "Autumn term 2025", "amber"),
    ]),
    ("R2: Strengthen the impact of self-evaluation and improvement planning, including the role of middle "
     "leaders", [
        ("2.1", "Introduce a common faculty self-evaluation template linked to the school development plan.",
         "Headteacher", "Oct-25", "All faculties complete self-evaluation by October", "Governing Body "
         "Standards Committee", "Green", ["Headteacher"], "2025-10", None, "green"),
        ("2.2", "Governors to take part in termly learning walks and report findings to the full governing body.",
         "Chair of Governors; Headteacher", "Mar-26", "Governor visit reports for each term", "Clerk to "
         "Governors", "", ["Chair of Governors", "Headteacher"], "2026-03", None, "unrated"),
    ]),
    ("R3: Improve attendance, particularly of pupils eligible for free school meals", [
        ("3.1", "Weekly attendance review meetings with the Education Welfare Service and targeted family "
                "engagement for pupils below 90%.",
         "Family Engagement Officer / Assistant Headteacher (Wellbeing)", "Sept 2025 – July 2026",
         "Attendance of eFSM pupils improves by 3 percentage points", "Monthly attendance data to SLT",
         "Red", ["Family Engagement Officer", "Assistant Headteacher (Wellbeing)"], "2026-07", "Sept 2025 – July 2026", "red"),
        ("3.2", "Reward and recognition scheme for improved attendance, reported to parents each half term.",
         "Pupil Support Lead", "Ongoing", "Pupil voice shows the scheme is valued", "Pastoral team",
         "Green", ["Pupil Support Lead"], None, "Ongoing", "green"),
    ]),
    ("R4: Ensure that pupils in the primary phase develop their Welsh language skills progressively", [
        ("4.1", "Map Welsh language skills progression from Nursery to Year 6 and introduce daily ‘Helpwr Heddiw’ "
                "routines in every class.",
         "Primary Welsh Lead", "Summer term 2026", "Pupils use Welsh confidently in routine situations",
         "Monmouthshire Welsh advisory teacher", "Amber", ["Primary Welsh Lead"], "2026-07", "Summer term 2026", "amber"),
    ]),
]


def csv_field(v):
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_kh():
    ncol = 8
    rows = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        rows.append(",".join(csv_field(v) for v in vals))

    row([KH_TITLE])
    row(["Estyn core inspection: 20–23 January 2025. Report published: 26 March 2025."])
    row(["Approved by the Governing Body: 12 May 2025. Progress reviewed termly with Monmouthshire County Council "
         "and the EAS."])
    row([])
    row(["Recommendation", "Ref", "Actions", "Lead person", "Timescale", "Success criteria", "Monitoring",
         "Progress (RAG)"])
    for rec, acts in KH_DATA:
        for i, a in enumerate(acts):
            ref, text, lead, when, succ, mon, rag = a[:7]
            row([rec if i == 0 else "", ref, text, lead, when, succ, mon, rag])
    row([])
    row(["RAG: Blue = completed; Green = on track; Amber = some slippage; Red = not on track; blank = not yet "
         "started."])
    with open(out(KH), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(rows) + "\r\n")

    actions = []
    for rec, acts in KH_DATA:
        for a in acts:
            actions.append(act(a[0], [rec], a[1], a[7], a[8], a[10], a[9]))
    write_expected(KH, {
        "source": "Imitates a Welsh school's post-inspection action plan (PIAP) answering the R1-R4 recommendations "
                  "of an Estyn core inspection report (Estyn follow-up guidance on PIAPs: https://estyn.gov.wales/"
                  "inspection-guidance-type/follow-up-en; report recommendation style, e.g. 'R1 Increase the "
                  "opportunity to develop ...': https://fdocuments.net/document/a-report-on-y-pant-comprehensive-"
                  "school-cf72-8yq.html), saved from Excel as CSV. Copied features: title and approval lines, "
                  "Recommendation / Actions / Lead person / Timescale / Success criteria / Monitoring columns, "
                  "recommendation text only on its first action row, month-year, term and period timescales, a "
                  "RAG word column with a key line at the foot, one action cell with a bulleted list on several "
                  "lines. The inspection details and wording are invented.",
        "reads": "A CSV PIAP for King Henry VIII 3-19 School: four Estyn recommendations, each written on the first "
                 "of its action rows and left blank on the rest, with lead, timescale, success criteria, monitoring "
                 "and a RAG word. A key line at the end defines Blue as completed.",
        "outcome": "read",
        "accept_refusal": False,
        "title": KH_TITLE,
        "actions": actions,
    })


def main():
    build_manchester()
    build_pdu()
    build_lancashire()
    build_cumbria()
    build_kcp()
    build_na()
    build_kh()


if __name__ == "__main__":
    main()
