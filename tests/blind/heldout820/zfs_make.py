#!/usr/bin/env python3
"""Build the seven zfs- blind test files (set heldout820) and their expected readings.

Run with /work/main/.venv/bin/python zfs_make.py from any directory; files are written
beside this script. Only files whose names start with "zfs-" are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zfs-")
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}
GREY = PatternFill("solid", fgColor="D9D9D9")
NAVY = PatternFill("solid", fgColor="1F3864")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, size=None, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def expected(name, source, reads, title, actions, outcome="read", refuse_at=None,
             accept_refusal=False):
    doc = {
        "source": source,
        "reads": reads,
        "outcome": outcome,
        "accept_refusal": accept_refusal,
    }
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        acts = []
        for a in actions:
            item = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text"):
                item["end_text"] = a["end_text"]
            item["status"] = a["status"]
            acts.append(item)
        doc["actions"] = acts
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, s):
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|")
    if len(s) == 7 and s[4] == "-" and s[:4].isdigit() and s[5:].isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str_rep)


# ---------------------------------------------------------------------------
# 1. HMP North Sea Camp - HMPPS action plan responding to HMIP inspection (docx)
# ---------------------------------------------------------------------------
def north_sea_camp():
    name = "zfs-hmp-north-sea-camp-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP North Sea Camp"
    sections = [
        ("Priority concerns", [
            ("1. Too few prisoners with low levels of literacy and numeracy attended English and "
             "mathematics lessons, and leaders did not know how many prisoners needed this support.",
             "Agreed", [
                 ("1.1", "All prisoners will complete an English and mathematics initial assessment "
                         "during induction, and results will be recorded on the Curious education "
                         "database so that leaders can identify every prisoner working below level 1.",
                  "Head of Education, Skills and Work", "30 November 2023",
                  ["Head of Education, Skills and Work"], "2023-11", None),
                 ("1.2", "Timetable additional part-time English and mathematics sessions in the "
                         "evenings and at weekends so that prisoners working outside the prison on "
                         "ROTL can attend.",
                  "Head of Education, Skills and Work / Education Provider Manager", "31 March 2024",
                  ["Head of Education, Skills and Work", "Education Provider Manager"], "2024-03", None),
             ]),
            ("2. Support for prisoners to maintain and rebuild family ties was poor. There was no "
             "family engagement worker and too few family days took place.",
             "Agreed", [
                 ("2.1", "Recruit a dedicated Family Engagement Worker through the family services "
                         "contract.",
                  "Head of Reducing Reoffending", "January 2024",
                  ["Head of Reducing Reoffending"], "2024-01", None),
                 ("2.2", "Introduce a programme of six family days a year, including at least one "
                         "during each school holiday.",
                  "Head of Reducing Reoffending", "Ongoing",
                  ["Head of Reducing Reoffending"], None, "Ongoing"),
             ]),
            ("3. Communication between the offender management unit and other departments was weak, "
             "leading to significant failings in public protection arrangements, including child "
             "contact restrictions.",
             "Agreed", [
                 ("3.1", "Hold a weekly interdepartmental risk management meeting chaired by the Head "
                         "of Offender Management Delivery, with minutes and actions recorded.",
                  "Head of Offender Management Delivery", "31/10/2023",
                  ["Head of Offender Management Delivery"], "2023-10", None),
                 ("3.2", "Complete a full audit of all prisoners subject to child contact restrictions "
                         "and public protection monitoring, and correct any gaps found.",
                  "Head of Offender Management Delivery and Head of Security", "December 2023",
                  ["Head of Offender Management Delivery", "Head of Security"], "2023-12", None),
             ]),
        ]),
        ("Key concerns", [
            ("4. Black prisoners and those with other protected characteristics lacked confidence "
             "in how their concerns and complaints were dealt with.",
             "Partly Agreed", [
                 ("4.1", "Establish a monthly forum for black and minority ethnic prisoners, chaired by "
                         "a member of the senior leadership team, and publish responses to issues "
                         "raised on the residential unit noticeboards.",
                  "Equalities Lead", "28 February 2024",
                  ["Equalities Lead"], "2024-02", None),
                 ("4.2", "Commission an external review of discrimination incident report forms "
                         "(DIRFs) by the Zahid Mubarek Trust.",
                  "Deputy Governor", "June 2024",
                  ["Deputy Governor"], "2024-06", None),
             ]),
            ("5. Much of the residential accommodation was old and in poor condition, with cramped "
             "rooms and shower facilities that needed refurbishment.",
             "Partly Agreed", [
                 ("5.1", "Submit a business case to HMPPS Estates for the refurbishment of the "
                         "residential units and, in the interim, complete a rolling programme of "
                         "shower block repairs.",
                  "Governor", "March 2025",
                  ["Governor"], "2025-03", None),
             ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for line in ["Action Plan Submitted: 24 October 2023",
                 "A Response to the HMIP Inspection: 30 May – 8 June 2023",
                 "Report Published: 29 August 2023"]:
        q = doc.add_paragraph()
        q.add_run(line).bold = True
    doc.add_paragraph()
    h = doc.add_paragraph()
    h.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) provides independent scrutiny of the conditions for and "
        "treatment of prisoners. Since May 2022 HMIP has reported up to 15 concerns after each "
        "inspection, some of which are identified as priority concerns. HMPPS is required to produce "
        "an action plan in response. The plan confirms whether each concern is agreed, partly agreed "
        "or not agreed (see categorisations below) and, where it is agreed or partly agreed, sets out "
        "the specific steps that will be taken, with an owner and a target date for each step.")
    h = doc.add_paragraph()
    h.add_run("CATEGORISATIONS").bold = True
    cat = doc.add_table(rows=1, cols=2)
    cat.style = "Table Grid"
    bold_cell(cat.rows[0].cells[0], "Term")
    bold_cell(cat.rows[0].cells[1], "Definition")
    for term, defin in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and "
                          "will be implemented. The response explains which part is not agreed and why."),
        ("Not Agreed", "The concern is not agreed and will not be implemented. The response explains "
                       "why."),
    ]:
        c = cat.add_row().cells
        c[0].text = term
        c[1].text = defin
    doc.add_paragraph()
    h = doc.add_paragraph()
    h.add_run("ACTION PLAN").bold = True

    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, head in enumerate(["No.", "Concern / Action", "Agreed / Partly Agreed / Not Agreed",
                              "Responsible Owner", "Target Date"]):
        bold_cell(t.rows[0].cells[i], head, white=True)
        shade(t.rows[0].cells[i], "1F3864")
    acts = []
    for sec, concerns in sections:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        bold_cell(m, sec)
        shade(m, "D9D9D9")
        for ctext, agreed, actions in concerns:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[1])
            bold_cell(m, ctext)
            row.cells[2].text = agreed
            for ref, text, owner, date, lead, end, end_text in actions:
                c = t.add_row().cells
                c[0].text = ref
                c[1].text = text
                c[3].text = owner
                c[4].text = date
                acts.append({"ref": ref, "under": [sec, ctext], "action": text, "lead": lead,
                             "end": end, "end_text": end_text, "status": "unrated"})
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this plan is reviewed monthly at the North Sea Camp senior leadership "
        "team meeting and quarterly by the Prison Group Director.")
    doc.save(out(name))

    expected(
        name,
        source=("Imitates the HMPPS action plans published on Prison Finder in response to HM "
                "Inspectorate of Prisons reports (e.g. 'Action Plan: HMP Elmley', 'Action Plan: HMP "
                "The Verne'), in the post-May-2022 concerns format; HMP North Sea Camp was inspected "
                "in May/June 2023 (priority concerns on English and maths, family ties and public "
                "protection communication). Copied: title block (Action Plan Submitted / A Response to "
                "the HMIP Inspection / Report Published), introduction, categorisations key table, "
                "one action-plan table with merged 'Priority concerns' / 'Key concerns' section rows, "
                "numbered concern rows (merged over the first two columns) carrying Agreed / Partly "
                "Agreed, numbered action rows below with Responsible Owner and Target Date, closing "
                "notes line. No RAG column."),
        reads=("An HMPPS Word action plan for HMP North Sea Camp answering five HMIP concerns (three "
               "priority, two key). Each numbered concern is a merged row with its agreement "
               "category, followed by numbered actions with a post as owner and a target date; there "
               "is no progress or RAG column, so every action is unrated."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 2. Probation Service Wales - HMI Probation regional inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
def probation_wales():
    name = "zfs-probation-service-wales-region-hmi-probation-regional-inspection-improvement-plan.xlsx"
    title = "Probation Service Wales – HMI Probation Regional Inspection Improvement Plan"
    recs = [
        ("1. Improve arrangements for the exchange of domestic abuse and child safeguarding "
         "information with the police and children's services, so that it is available at court and "
         "at allocation.", [
             ("1.1", "Agree a regional information-sharing protocol with Dyfed-Powys, Gwent, North "
                     "Wales and South Wales police forces for domestic abuse call-out checks.",
              "Head of Public Protection", d(2024, 6, 30), d(2024, 11, 30), "A", "G",
              "Protocol agreed with three forces; final sign-off with North Wales Police due November.",
              ["Head of Public Protection"], "2024-11", None, "green"),
             ("1.2", "Introduce a standard children's services enquiry template for use by court "
                     "teams in every PDU, and monitor the response rate monthly.",
              "Head of Court Services & Heads of PDU", d(2024, 5, 31), None, "G", "B",
              "Template in use in all PDUs since May. Response rate 87% in September.",
              ["Head of Court Services", "Heads of PDU"], "2024-05", None, "blue"),
         ]),
        ("2. Make sure practitioners use the information they receive to inform their assessment, "
         "planning and management of risk of harm.", [
             ("2.1", "Deliver the Risk of Serious Harm refresher workshop to all probation officers "
                     "and PSOs, prioritising staff in their first two years of practice.",
              "Regional Learning and Development Lead", d(2024, 7, 31), d(2024, 12, 31), "A", "A",
              "68% of staff trained. Remaining sessions rescheduled after FTR48 release pressures.",
              ["Regional Learning and Development Lead"], "2024-12", None, "amber"),
             ("2.2", "Senior probation officers to quality assure at least two cases per practitioner "
                     "each quarter using the regional RoSH QA tool.",
              "Heads of PDU", "Quarterly", None, "G", "G",
              "Q2 audits completed in all 8 PDUs.",
              ["Heads of PDU"], None, "Quarterly", "green"),
         ]),
        ("3. Improve practitioners' liaison with partner agencies, including Commissioned "
         "Rehabilitative Services providers, so that people on probation receive the services they "
         "need.", [
             ("3.1", "Publish a Wales CRS referral guide and hold quarterly provider forums in each "
                     "PDU.",
              "Head of Partnerships and Commissioning", d(2024, 4, 30), None, "B", "B",
              "Guide published April 2024; forums established.",
              ["Head of Partnerships and Commissioning"], "2024-04", None, "blue"),
         ]),
        ("4. Strengthen the management of unpaid work so that requirements start promptly and risk "
         "information is shared with placement providers.", [
             ("4.1", "Recruit to vacant unpaid work supervisor posts and open two additional group "
                     "placements in Cardiff and Swansea.",
              "Head of Unpaid Work", d(2024, 9, 30), d(2025, 3, 31), "G", "R",
              "Five supervisor posts still vacant after two recruitment rounds. Escalated to RLT.",
              ["Head of Unpaid Work"], "2025-03", None, "red"),
             ("4.2", "Include a risk information summary in every placement induction pack.",
              "Head of Unpaid Work", d(2024, 7, 31), None, "A", "B",
              "Complete – summary added to induction packs from July 2024.",
              ["Head of Unpaid Work"], "2024-07", None, "blue"),
         ]),
        ("5. Ensure that resettlement work with people leaving custody addresses accommodation "
         "needs before the day of release.", [
             ("5.1", "Work with the Welsh Government and local housing authorities to extend the "
                     "prison leavers accommodation pathway to all Welsh prisons.",
              "ACO Resettlement / Head of Partnerships and Commissioning", d(2025, 3, 31), None,
              "G", "G", "Pathway live at HMP Cardiff, HMP Swansea and HMP Parc.",
              ["ACO Resettlement", "Head of Partnerships and Commissioning"], "2025-03", None,
              "green"),
         ]),
        ("6. Review the workload of middle managers so that senior probation officers have enough "
         "time for management oversight of casework.", [
             ("6.1", "Complete a workload measurement exercise for all SPO posts and report the "
                     "findings to the Regional Leadership Team.",
              "Regional Probation Director", d(2024, 8, 31), d(2024, 10, 31), "A", "B",
              "Report presented to RLT on 22 October 2024.",
              ["Regional Probation Director"], "2024-10", None, "blue"),
             ("6.2", "Pilot an administrative support post in two PDUs to release SPO time for case "
                     "oversight.",
              "Deputy Regional Probation Director", d(2025, 3, 31), None, None, None,
              "Not yet started – pilot due to begin January 2025.",
              ["Deputy Regional Probation Director"], "2025-03", None, "unrated"),
         ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "HM Prison & Probation Service – Wales Region"
    cov["A3"] = ("Response to 'An inspection of Probation Services – Wales region' (HM Inspectorate "
                 "of Probation). Overall rating: Requires improvement. Six recommendations.")
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "15/02/2024", "Regional Head of Quality and Performance", "First draft for RLT"),
          ("1.0", "04/03/2024", "Regional Head of Quality and Performance",
           "Approved by Wales Regional Leadership Team"),
          ("1.2", "08/07/2024", "Regional Head of Quality and Performance", "Q1 2024/25 update"),
          ("1.3", "14/10/2024", "Regional Head of Quality and Performance", "Q2 2024/25 update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = GREY
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 45

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Plan owner: Regional Probation Director    Progress as at 30 September 2024"
    ws.merge_cells("A2:I2")
    heads = ["HMI Probation recommendation", "Ref", "Action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG", "Current RAG",
             "Progress update"]
    for j, hd in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = NAVY
        c.alignment = WRAP
        c.border = BOX
    r = 5
    acts = []
    for rec, actions in recs:
        first = r
        ws.cell(row=r, column=1, value=rec)
        for (ref, text, owner, orig, rev, prev, cur, upd, lead, end, end_text, status) in actions:
            vals = [None, ref, text, owner, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals, 1):
                if j == 1:
                    continue
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if j in (7, 8) and v:
                    c.fill = FILL[v]
                    c.alignment = Alignment(horizontal="center", vertical="top")
            acts.append({"ref": ref, "under": [rec], "action": text, "lead": lead, "end": end,
                         "end_text": end_text, "status": status})
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).border = BOX
    for col, w in zip("ABCDEFGHI", [48, 6, 55, 30, 13, 13, 9, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG rating"
    key["B1"] = "Meaning"
    key["A1"].font = Font(bold=True)
    key["B1"].font = Font(bold=True)
    for i, (k, m) in enumerate([("B", "Complete – evidence of completion held"),
                                ("G", "On track to meet target date"),
                                ("A", "At risk – some slippage, revised date agreed"),
                                ("R", "Off track – escalate to Regional Leadership Team")], 2):
        key.cell(row=i, column=1, value=k).fill = FILL[k]
        key.cell(row=i, column=2, value=m)
    key.column_dimensions["B"].width = 50
    wb.save(out(name))

    expected(
        name,
        source=("Imitates a regional improvement plan written by the Probation Service in Wales after "
                "HM Inspectorate of Probation's regional inspection 'An inspection of Probation "
                "Services – Wales region' (rated Requires improvement, six recommendations; "
                "https://hmiprobation.justiceinspectorates.gov.uk/?p=6150). Copied: cover sheet with "
                "document-control table, plan sheet with title and 'progress as at' line, each "
                "recommendation in a cell merged down over its actions, numbered actions with owner "
                "posts (two posts joined by & or /), original and revised target dates as real dates, "
                "Previous RAG and Current RAG letters with fill colour, progress updates, and a "
                "separate RAG key sheet (B = complete)."),
        reads=("A three-sheet workbook; the 'Improvement Plan' sheet lists ten actions under six "
               "numbered HMI Probation recommendations, each recommendation merged down the first "
               "column. The end is the revised target date where one is given, 'Quarterly' has no "
               "month, and the status is the Current RAG letter (one action not yet started has no "
               "RAG)."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 3. West Sussex FRS - HMICFRS cause of concern action plan (xlsx, fill-colour RAG)
# ---------------------------------------------------------------------------
def west_sussex_frs():
    name = "zfs-west-sussex-fire-rescue-service-hmicfrs-cause-of-concern-action-plan.xlsx"
    title = "West Sussex Fire & Rescue Service – HMICFRS Cause of Concern Action Plan"
    coc = "Cause of concern: Promoting the right values and culture"
    recs = [
        ("Recommendation 1 – By 31 December 2022, the service should make sure its values and "
         "behaviours are understood and demonstrated by staff at all levels.", [
             ("CC1.1", "Relaunch the service values and the Core Code of Ethics through face-to-face "
                       "sessions at every station and department, led by the senior leadership team.",
              "DCFO", d(2022, 9, 1), d(2022, 12, 31), "B",
              "All 25 stations and 9 departments visited by 16/12/2022.",
              ["DCFO"], "2022-12", None, "blue"),
             ("CC1.2", "Include values and behaviours objectives in every appraisal and in all "
                       "promotion assessment centres.",
              "Head of HR (Fire)", d(2022, 10, 1), d(2023, 3, 31), "G",
              "Appraisal form updated; assessment centre criteria revised for April promotions.",
              ["Head of HR (Fire)"], "2023-03", None, "green"),
         ]),
        ("Recommendation 2 – By 31 December 2022, the service should make sure staff have an "
         "effective and trusted way to raise concerns, including an independent reporting line.", [
             ("CC2.1", "Launch a confidential independent reporting line for bullying, harassment and "
                       "discrimination.",
              "ACFO Corporate Services", d(2022, 8, 1), d(2022, 11, 30), "B",
              "Line live from 1 November 2022; 14 contacts to date.",
              ["ACFO Corporate Services"], "2022-11", None, "blue"),
             ("CC2.2", "Publish a quarterly 'you said, we did' summary of concerns raised and the "
                       "action taken.",
              "Area Manager People and Culture", d(2023, 1, 1), "Ongoing", "G",
              "First summary published January 2023.",
              ["Area Manager People and Culture"], None, "Ongoing", "green"),
             ("CC2.3", "Train all supervisory managers in handling grievances and early resolution.",
              "Head of HR (Fire) / L&D Manager", d(2022, 11, 1), d(2023, 6, 30), "A",
              "55% of supervisory managers trained; on-call availability limiting attendance.",
              ["Head of HR (Fire)", "L&D Manager"], "2023-06", None, "amber"),
         ]),
        ("Recommendation 3 – By 31 March 2023, the service should make sure managers at all levels "
         "challenge inappropriate behaviour and that misconduct cases are dealt with consistently and "
         "promptly.", [
             ("CC3.1", "Review the discipline policy and introduce case timescales monitored by the "
                       "People Board.",
              "Head of HR (Fire)", d(2022, 10, 1), d(2023, 2, 28), "B",
              "Revised policy agreed with representative bodies February 2023.",
              ["Head of HR (Fire)"], "2023-02", None, "blue"),
             ("CC3.2", "Deliver 'Challenging Inappropriate Behaviour' training to all crew, watch and "
                       "station managers.",
              "L&D Manager", d(2023, 1, 9), d(2023, 5, 31), "R",
              "Provider withdrew; re-procurement under way. Escalated to DCFO.",
              ["L&D Manager"], "2023-05", None, "red"),
             ("CC3.3", "Carry out a second independent cultural survey to measure progress against the "
                       "2021 baseline.",
              "DCFO & Area Manager People and Culture", d(2023, 4, 1), d(2023, 9, 30), None,
              "Not started.",
              ["DCFO", "Area Manager People and Culture"], "2023-09", None, "unrated"),
         ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws.merge_cells("A1:G1")
    ws["A2"] = "HMICFRS inspection 2021/22 – report published 27 July 2022"
    ws["A3"] = "PREVENTION | PROTECTION | RESPONSE | PEOPLE"
    ws["A3"].font = Font(bold=True, color="C00000")
    ws["A4"] = "Version 3.0 – progress at 28 February 2023 for the Fire & Rescue Service Scrutiny Committee"
    ws["A6"] = coc
    ws["A6"].font = Font(bold=True, size=12)
    ws["A6"].fill = GREY
    ws.merge_cells("A6:G6")
    ws["A7"] = ("HMICFRS finding: The service hasn't done enough to make sure that all staff "
                "understand and show its values. Some staff told us they had experienced bullying or "
                "inappropriate behaviour that had not been challenged by managers.")
    ws["A7"].font = Font(italic=True)
    ws["A7"].alignment = WRAP
    ws.merge_cells("A7:G7")
    ws.row_dimensions[7].height = 45
    heads = ["Ref", "Activity", "Owner", "Start", "Due", "Status", "Evidence / Comments"]
    for j, hd in enumerate(heads, 1):
        c = ws.cell(row=9, column=j, value=hd)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.border = BOX
    r = 10
    acts = []
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, None: 0}
    for rec, actions in recs:
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
        for (ref, text, owner, start, due, rag, comment, lead, end, end_text, status) in actions:
            for j, v in enumerate([ref, text, owner, start, due, None, comment], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=6).fill = FILL[rag]
            counts[rag] += 1
            acts.append({"ref": ref, "under": [coc, rec], "action": text, "lead": lead, "end": end,
                         "end_text": end_text, "status": status})
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for k, m in [("B", "Complete"), ("G", "On track"), ("A", "At risk of slippage"),
                 ("R", "Off track"), (None, "Not started")]:
        c = ws.cell(row=r, column=1)
        if k:
            c.fill = FILL[k]
        c.border = BOX
        ws.cell(row=r, column=2, value=m)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary of status").font = Font(bold=True)
    r += 1
    for lab, k in [("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R"),
                   ("Not started", None)]:
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=3, value=counts[k])
        r += 1
    ws.cell(row=r, column=2, value="Total activities").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    for col, w in zip("ABCDEFG", [9, 60, 30, 10, 10, 9, 50]):
        ws.column_dimensions[col].width = w

    vh = wb.create_sheet("Version history")
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("1.0", "25/08/2022", "Action plan submitted to HMICFRS"),
                             ("2.0", "30/11/2022", "Progress update – revisit preparation"),
                             ("3.0", "28/02/2023", "Progress update for Scrutiny Committee")], 1):
        for j, v in enumerate(row, 1):
            vh.cell(row=i, column=j, value=v).font = Font(bold=(i == 1))
    vh.column_dimensions["C"].width = 45
    wb.save(out(name))

    expected(
        name,
        source=("Imitates the action plan a fire and rescue service submits to HMICFRS after a cause "
                "of concern and then reports to scrutiny: West Sussex FRS received a People cause of "
                "concern in its 2021/22 inspection (report July 2022; "
                "https://hmicfrs.justiceinspectorates.gov.uk/frs-assessment/frs-2021/west-sussex/) and "
                "its earlier improvement plans carried the 'PREVENTION | PROTECTION | RESPONSE | "
                "PEOPLE' banner. Copied: title block with banner and version line, merged cause of "
                "concern heading and an italic HMICFRS finding line, merged 'Recommendation n – By "
                "<date>, the service should ...' rows over CC-numbered activities, Start/Due as real "
                "dates shown mmm-yy, status shown only by cell fill colour, a status key, a totals "
                "block, and a version-history sheet."),
        reads=("One cause of concern with three HMICFRS recommendations, each followed by its "
               "activities (eight in all). The Status cell has no text, only a fill colour read "
               "through the key below the table (blue complete, green on track, amber at risk, red "
               "off track, no fill not started); Due is the end month, 'Ongoing' has none."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 4. Lancashire Constabulary - HMICFRS OCSAE recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
def lancashire_csv():
    name = ("zfs-lancashire-constabulary-hmicfrs-online-child-sexual-abuse-exploitation-"
            "recommendations-tracker-typo-month-refuse.csv")
    r1 = ("By 31 October 2023, chief constables should make sure that referrals about online child "
          "sexual abuse are assessed and allocated promptly, using a risk-prioritisation tool.")
    r2 = ("By 31 October 2023, chief constables should make sure that officers and staff "
          "investigating online child sexual abuse have the specialist training and welfare support "
          "they need.")
    r3 = ("By 30 April 2024, chief constables should make sure that the safeguarding of children is "
          "considered at the first point of contact with a suspect, including when children live at "
          "the suspect's address.")
    r4 = ("By 31 October 2024, chief constables should make sure their force uses the Child Abuse "
          "Image Database (CAID) effectively to identify victims.")

    def q(s):
        if any(ch in s for ch in ',"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    rows = [
        ["Lancashire Constabulary - HMICFRS Recommendations Register - OCSAE inspection "
         "(export 12/09/2024)"] + [""] * 8,
        [""] * 9,
        ["Rec No", "Recommendation", "Action ID", "Action", "Action Owner", "Due Date",
         "Revised Due Date", "RAG", "Latest Update"],
        ["R1", r1, "R1.1", "Adopt the KIRAT risk-prioritisation tool for all NCA and CEOP referrals "
         "received by the Online Child Abuse Investigation Team.", "DI Online CAIT", "Oct-23", "",
         "B", "Tool in use since 02/10/2023."],
        ["R1", r1, "R1.2", "Introduce a daily review of unallocated referrals by the duty DS, with "
         "escalation to the DCI when a referral is unallocated for more than 48 hours.",
         "DCI Public Protection", "Dec-23", "Mar-24", "G",
         "Daily review embedded; escalation data reported monthly."],
        ["R2", r2, "R2.1", "Deliver the specialist child abuse investigator course to all OCAIT "
         "investigators.", "Head of Learning and Development", "Jun-24", "", "A",
         "12 of 18 investigators trained; remaining places booked."],
        ["R2", r2, "R2.2", "Provide six-monthly psychological screening for all staff who view "
         "indecent images of children.", "Head of Wellbeing; DI Online CAIT", "Mar-24", "", "B",
         "Screening contract in place."],
        ["R3", r3, "R3.1", "Update the OCSAE warrant briefing template to include mandatory "
         "safeguarding questions and a referral to children's social care.", "DI Online CAIT",
         "Apr-24", "", "G", "Template drafted; awaiting sign-off at Force Safeguarding Board."],
        ["R3", r3, "R3.2", "Audit 50 OCSAE cases to check that children in suspects' households were "
         "identified and referred.", "Force Crime Registrar/DCI Public Protection", "0ct-24", "",
         "A", "Audit scheduled to start in September."],
        ["R4", r4, "R4.1", "Second a digital media investigator to the regional CAID victim "
         "identification team.", "Head of Digital Forensics", "Jan-25", "", "G",
         "Secondment approved."],
        ["R4", r4, "R4.2", "Upgrade the image grading workstations to the current CAID release.",
         "Head of Digital Forensics", "Nov-24", "Feb-25", "A", "Supplier delay."],
    ]
    lines = [",".join(q(c) for c in row) for row in rows]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    typo_line = next(i for i, ln in enumerate(lines, 1) if ",0ct-24," in ln)
    assert typo_line == 9, typo_line

    expected(
        name,
        source=("Imitates a police force's HMICFRS recommendations register saved from Excel as CSV, "
                "here for HMICFRS's 2023 inspection of how well the police and NCA tackle the online "
                "sexual abuse and exploitation of children. Copied: a title/export line and a blank "
                "line above the header, recommendation number and text repeated on every action "
                "row, action IDs, owners as ranks/posts, due and revised due dates typed as Mon-YY, "
                "RAG letters and a latest-update column."),
        reads=("Eight actions under four HMICFRS recommendations. The action R3.2 (line 9) has the "
               "due date '0ct-24' – a zero typed for the letter O – and no revised date, so its end "
               "month is a data error a careful reader would query before importing."),
        title="Lancashire Constabulary - HMICFRS Recommendations Register - OCSAE inspection "
              "(export 12/09/2024)",
        actions=None, outcome="refuse", refuse_at=typo_line)


# ---------------------------------------------------------------------------
# 5. South and City College Birmingham - Ofsted post-inspection action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def south_and_city_txt():
    name = "zfs-south-and-city-college-birmingham-ofsted-post-inspection-action-plan.txt"
    title = "South and City College Birmingham – Post-Inspection Action Plan"
    afis = [
        ("Area for improvement 1: Leaders should make sure that young people attend their English "
         "and mathematics lessons more regularly, so that they make the progress of which they are "
         "capable.", [
             ("1.1", "Introduce weekly attendance reviews for every English and maths group:\n"
                     "- tutors contact absent students on the same day\n"
                     "- persistent absence is referred to progress coaches",
              "Head of English and Maths; Attendance Manager", "31/01/2024",
              "Reviews in place in all groups since January.", "Complete",
              ["Head of English and Maths", "Attendance Manager"], "2024-01", None, "blue"),
             ("1.2", "Timetable English and maths lessons on the same day as vocational lessons to "
                     "reduce gaps in students' timetables.",
              "Deputy Principal (Curriculum)", "September 2024",
              "Timetable principles agreed for 2024/25.", "Green",
              ["Deputy Principal (Curriculum)"], "2024-09", None, "green"),
             ("1.3", "Set an attendance target of 90% for English and maths in every curriculum area "
                     "and report performance to the Quality and Standards Committee.",
              "Vice Principal Quality", "Termly",
              "Spring report showed 84% (up from 78%).", "Amber",
              ["Vice Principal Quality"], None, "Termly", "amber"),
         ]),
        ("Area for improvement 2: Leaders and managers should ensure that apprentices receive useful "
         "feedback on their written work that helps them to improve.", [
             ("2.1", "Introduce a standard feedback framework (What went well / Even better if) for "
                     "all apprenticeship assessors.",
              "Head of Apprenticeships", "March 2024", "Framework launched 4 March.", "Complete",
              ["Head of Apprenticeships"], "2024-03", None, "blue"),
             ("2.2", "Carry out termly sampling of feedback on the e-portfolio and share the findings "
                     "at assessor standardisation meetings.",
              "Apprenticeship Quality Manager", "Summer term 2024",
              "First sample completed; 70% of feedback judged good.", "Green",
              ["Apprenticeship Quality Manager"], "2024-07", "Summer term 2024", "green"),
             ("2.3", "Provide coaching for assessors whose feedback is judged weak in sampling.",
              "Apprenticeship Quality Manager", "31/07/2024",
              "Not started – awaiting sampling results.", "",
              ["Apprenticeship Quality Manager"], "2024-07", None, "unrated"),
         ]),
        ("Area for improvement 3: Leaders should ensure that learners with high needs have planned "
         "opportunities to develop their independence and take part in work experience.", [
             ("3.1", "Agree an individual work experience placement for every learner with an EHC plan "
                     "on a study programme.",
              "Head of Inclusion", "30/06/2024", "41 of 56 learners placed.", "Amber",
              ["Head of Inclusion"], "2024-06", None, "amber"),
             ("3.2", "Introduce independent travel training for supported internship and foundation "
                     "learners.",
              "Head of Inclusion / Travel Training Coordinator", "April 2024",
              "Twelve learners now travelling independently.", "Complete",
              ["Head of Inclusion", "Travel Training Coordinator"], "2024-04", None, "blue"),
         ]),
    ]

    def cell(s):
        if "\n" in s or "\t" in s or '"' in s:
            return '"' + s.replace('"', '""') + '"'
        return s

    lines = [title,
             "Ofsted inspection: 14–17 November 2023 – overall effectiveness: Good",
             "Approved by the Corporation Board: 7 February 2024. Last updated: 3 June 2024.",
             "",
             "\t".join(["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"])]
    acts = []
    for afi, actions in afis:
        lines.append(afi + "\t" * 5)
        for (ref, text, lead_s, date, prog, rag, lead, end, end_text, status) in actions:
            lines.append("\t".join([ref, cell(text), lead_s, date, prog, rag]))
            acts.append({"ref": ref, "under": [afi], "action": text, "lead": lead, "end": end,
                         "end_text": end_text, "status": status})
    lines += ["",
              "RAG key: Complete = action completed and impact evidenced; Green = on track; "
              "Amber = some slippage; Red = significantly off track.",
              "Next review: Quality and Standards Committee, 2 July 2024."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    expected(
        name,
        source=("Imitates an FE college's post-inspection action plan after an Ofsted full inspection "
                "(Education Inspection Framework), built on the report's 'What does the provider need "
                "to do to improve?' bullets and exported from Excel as tab-separated text. Copied: "
                "title, inspection and approval lines, a header row, 'Area for improvement n:' rows "
                "with trailing tabs, numbered actions with posts as leads (two joined by ';' or '/'), "
                "target dates as dates, months, a term and 'Termly', progress and RAG words, one "
                "action cell with bullet lines inside quotes, and a RAG key and next-review footer."),
        reads=("Eight actions under three Ofsted areas for improvement. Status words are Complete "
               "(blue), Green and Amber, with one blank RAG for an action not started; 'Summer term "
               "2024' ends in July and 'Termly' gives no month."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 6. University of Dundee - internal audit recommendations follow-up (xlsx, several sheets)
# ---------------------------------------------------------------------------
def dundee_ia():
    name = "zfs-university-of-dundee-internal-audit-recommendations-tracker.xlsx"
    title = "University of Dundee – Internal Audit Recommendations Follow-up"
    adm = "2023/24-05 Student Recruitment and Admissions"
    cyb = "2023/24-07 Cyber Security"
    pay = "2023/24-09 Payroll"
    fin = "2024/25-02 Financial Forecasting"
    outstanding = [
        ("IA24-05.1", adm, "The University should document the approval process for contextual "
         "admissions offers.", 2, "Publish a contextual admissions policy approved by Senate, with "
         "decision records retained in the admissions system.", "Academic Registrar",
         d(2024, 3, 31), d(2024, 12, 31), "A", "Draft policy to Senate on 4 December 2024.",
         ["Academic Registrar"], "2024-12", "amber"),
        ("IA24-05.2", adm, "Agent commission payments should be reconciled to enrolled student "
         "records before payment.", 1, "Introduce a monthly reconciliation of agent invoices to "
         "enrolment data, signed off by the Head of International Recruitment.",
         "Director of Finance; Head of International Recruitment", d(2024, 6, 30), None, "R",
         "Not yet in place – go-live of the new CRM delayed.\nInterim manual check started October.",
         ["Director of Finance", "Head of International Recruitment"], "2024-06", "red"),
        ("IA24-07.1", cyb, "Multi-factor authentication should be enforced for all staff and "
         "privileged accounts.", 1, "Enforce MFA for all staff accounts and introduce privileged "
         "access management for system administrators.", "Chief Information Officer",
         d(2024, 8, 31), d(2025, 2, 28), "A", "MFA enforced for 96% of staff accounts; PAM tool "
         "procured.", ["Chief Information Officer"], "2025-02", "amber"),
        ("IA24-07.2", cyb, "The University should test its IT disaster recovery plan at least "
         "annually.", 2, "Carry out a full disaster recovery test of core systems and report the "
         "results to the Digital Strategy Board.", "Chief Information Officer", d(2024, 12, 31),
         None, "G", "Test scheduled for 7 December 2024.", ["Chief Information Officer"], "2024-12",
         "green"),
        ("IA24-09.1", pay, "Leaver notifications should reach Payroll before the final pay date.", 2,
         "Introduce an automated leaver workflow from the HR system to Payroll with line manager "
         "sign-off.", "Director of People / Payroll Manager", d(2024, 9, 30), d(2025, 3, 31), "A",
         "Workflow built; testing with two Schools.",
         ["Director of People", "Payroll Manager"], "2025-03", "amber"),
        ("IA25-02.1", fin, "Forecast assumptions should be documented and challenged before "
         "submission to Court.", 1, "Prepare an assumptions log for each forecast, reviewed by the "
         "Finance and Policy Committee before it goes to Court.", "Director of Finance",
         d(2025, 1, 31), None, "G", "Log in use for the Q1 forecast.", ["Director of Finance"],
         "2025-01", "green"),
        ("IA25-02.2", fin, "Budget holders in Schools should receive training on forecasting.", 3,
         "Run forecasting workshops for School managers and Deans.", "Deputy Director of Finance",
         d(2025, 3, 31), None, "G", "Two workshops booked for January.",
         ["Deputy Director of Finance"], "2025-03", "green"),
    ]
    implemented = [
        ("IA24-07.3", cyb, "Phishing awareness training should be mandatory for all staff.", 2,
         "Make the phishing awareness module mandatory and report completion rates quarterly.",
         "Chief Information Officer", d(2024, 6, 30), None, "B",
         "Completion 92%. Verified by internal audit October 2024.",
         ["Chief Information Officer"], "2024-06", "blue"),
        ("IA24-09.2", pay, "Overtime claims over £1,000 should be approved by a second manager.", 3,
         "Configure a second-approval step in the payroll system for claims over £1,000.",
         "Payroll Manager", d(2024, 5, 31), None, "B", "Live from May payroll.",
         ["Payroll Manager"], "2024-05", "blue"),
        ("IA24-05.3", adm, "Offer-making for medicine should be subject to independent moderation.", 2,
         "Introduce second-reader moderation of all MBChB interview scores.",
         "Dean, School of Medicine", d(2024, 7, 31), d(2024, 9, 30), "B",
         "Moderation applied to the 2025 entry cycle.", ["Dean, School of Medicine"], "2024-09",
         "blue"),
    ]
    heads = ["Ref", "Audit report", "Recommendation", "Priority", "Agreed management action",
             "Responsible officer", "Original due date", "Revised due date", "RAG",
             "Progress update"]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Audit and Risk Committee, 18 November 2024 – Paper ARC/24/41"
    sh = ["Audit report", "Total actions", "Implemented", "In progress", "Overdue"]
    for j, v in enumerate(sh, 1):
        c = sm.cell(row=4, column=j, value=v)
        c.font = Font(bold=True)
        c.fill = GREY
        c.border = BOX
    reps = [adm, cyb, pay, fin]
    r = 5
    tot = [0, 0, 0, 0]
    for rep in reps:
        rows = [x for x in outstanding + implemented if x[1] == rep]
        n = len(rows)
        impl = sum(1 for x in rows if x[8] == "B")
        over = sum(1 for x in rows if x[8] == "R")
        prog = n - impl - over
        for j, v in enumerate([rep, n, impl, prog, over], 1):
            sm.cell(row=r, column=j, value=v).border = BOX
        tot = [tot[0] + n, tot[1] + impl, tot[2] + prog, tot[3] + over]
        r += 1
    for j, v in enumerate(["Total"] + tot, 1):
        c = sm.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    r += 2
    sm.cell(row=r, column=1, value="Priority key: 1 = significant weakness requiring immediate "
            "attention; 2 = weakness requiring action within six months; 3 = improvement to good "
            "practice.")
    sm.cell(row=r + 1, column=1, value="RAG: B = implemented and verified by internal audit; "
            "G = in progress, on track; A = in progress, revised date agreed; R = overdue.")
    sm.column_dimensions["A"].width = 48
    for col in "BCDE":
        sm.column_dimensions[col].width = 14

    acts = []

    def sheet(ws, heading, rows):
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        for j, hd in enumerate(heads, 1):
            c = ws.cell(row=3, column=j, value=hd)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="4B2E83")
            c.alignment = WRAP
            c.border = BOX
        rr = 4
        for (ref, rep, rec, pri, act, off, orig, rev, rag, upd, lead, end, status) in rows:
            for j, v in enumerate([ref, rep, rec, pri, act, off, orig, rev, rag, upd], 1):
                c = ws.cell(row=rr, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=rr, column=9).fill = FILL[rag]
            acts.append({"ref": ref, "under": [rep, rec], "action": act, "lead": lead, "end": end,
                         "end_text": None, "status": status})
            rr += 1
        for col, w in zip("ABCDEFGHIJ", [11, 26, 40, 8, 45, 26, 12, 12, 6, 40]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"

    sheet(wb.create_sheet("Outstanding"), "Outstanding internal audit actions at 31 October 2024",
          outstanding)
    sheet(wb.create_sheet("Implemented"), "Actions implemented since the last Committee meeting",
          implemented)
    wb.save(out(name))

    expected(
        name,
        source=("Imitates the internal audit follow-up report a Scottish university's Audit and Risk "
                "Committee receives (priority 1-3 gradings as used by Scottish HE internal auditors), "
                "laid out as a workbook. Copied: a summary sheet with title, committee/paper line, "
                "per-report totals block, priority key and RAG key; an 'Outstanding' sheet and an "
                "'Implemented' sheet, each row carrying ref, audit report, recommendation, priority, "
                "agreed management action, responsible officer (two joined by ';' or '/', and a "
                "'Dean, School of ...' post with a comma), original and revised due dates, RAG letter "
                "with fill and a progress update (one with a line break)."),
        reads=("Ten agreed management actions from four internal audit reports, seven outstanding "
               "and three implemented since the last meeting, read sheet by sheet. Each action sits "
               "under its audit report and the auditor's recommendation on the same row; the end is "
               "the revised due date where given and the status is the RAG letter (B = implemented)."),
        title=title, actions=acts)


# ---------------------------------------------------------------------------
# 7. Westminster School - action plan following ISI inspection (docx, a table per section)
# ---------------------------------------------------------------------------
def westminster_isi():
    name = "zfs-westminster-school-isi-inspection-action-plan.docx"
    title = "Westminster School: Action Plan following ISI Inspection, October 2024"
    sections = [
        ("Section 1: Leadership and management, and governance", [
            ("1. Ensure that governors' monitoring of the school's compliance with the Standards is "
             "systematic and fully recorded.", [
                 ("1a", "Introduce an annual compliance calendar for the Governing Body, with each "
                        "Standard assigned to a named committee.", "Bursar", "Autumn Term 2024",
                  "Calendar approved at the November Governing Body meeting.", "Complete",
                  ["Bursar"], "2024-12", "Autumn Term 2024", "blue"),
                 ("1b", "Provide compliance training for all governors, delivered by an external "
                        "adviser.", "Clerk to the Governors", "31 March 2025",
                  "All governors trained; attendance recorded.", "Green",
                  ["Clerk to the Governors"], "2025-03", None, "green"),
             ]),
        ]),
        ("Section 2: Quality of education, training and recreation", [
            ("2. Ensure that teachers make consistent use of assessment information to adapt "
             "teaching for pupils who need extra support, including those with SEND.", [
                 ("2a", "Make the learning support register and pupil profiles available to all "
                        "teachers in the school's management information system.",
                  "Head of Learning Support", "January 2025",
                  "Profiles visible to all teaching staff.", "Complete",
                  ["Head of Learning Support"], "2025-01", None, "blue"),
                 ("2b", "Run a programme of lesson drop-ins focused on adaptive teaching, with "
                        "feedback to heads of department.",
                  "Deputy Head (Academic) / Director of Teaching and Learning", "Summer Term 2025",
                  "Drop-ins show consistent use of pupil profiles in lesson planning.", "Green",
                  ["Deputy Head (Academic)", "Director of Teaching and Learning"], "2025-07",
                  "Summer Term 2025", "green"),
                 ("2c", "Review the sixth form study support timetable in response to pupil voice.",
                  "Director of Studies", "Termly",
                  "Pupil survey shows improved access to study support.", "Amber",
                  ["Director of Studies"], None, "Termly", "amber"),
             ]),
        ]),
        ("Section 5: Safeguarding", [
            ("3. Ensure that the recording of low-level concerns about staff is consistent across "
             "all boarding houses.", [
                 ("3a", "Move all low-level concern records onto the central safeguarding system and "
                        "close the paper logs kept in boarding houses.",
                  "Designated Safeguarding Lead", "December 2024",
                  "All records held centrally; paper logs archived.", "Complete",
                  ["Designated Safeguarding Lead"], "2024-12", None, "blue"),
                 ("3b", "Deliver refresher training on the staff code of conduct and the low-level "
                        "concerns policy to all house staff.",
                  "Designated Safeguarding Lead and Head of Boarding", "28/02/2025",
                  "All house staff trained and able to explain how to report a concern.", "Amber",
                  ["Designated Safeguarding Lead", "Head of Boarding"], "2025-02", None, "amber"),
                 ("3c", "Commission an external safeguarding review of boarding practice.",
                  "Head Master", "Summer Term 2025",
                  "Review report received and recommendations taken to governors.", "",
                  ["Head Master"], "2025-07", "Summer Term 2025", "unrated"),
             ]),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Inspection dates: 8–10 October 2024. Report published: 21 November 2024. This plan responds "
        "to the recommended next steps in the ISI report and is monitored by the Governing Body's "
        "Education Committee.")
    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, hd in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(dc.rows[0].cells[i], hd)
    for row in [("1.0", "05/12/2024", "Deputy Head (Academic)",
                 "First version approved by the Governing Body"),
                ("1.1", "10/03/2025", "Deputy Head (Academic)",
                 "Progress update for Education Committee")]:
        c = dc.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action completed; Green – on track; Amber – some "
                      "delay; Red – significantly off track.")
    acts = []
    for sec, recs in sections:
        doc.add_heading(sec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, hd in enumerate(["Ref", "Action", "Lead", "Timescale", "Success criteria", "Status"]):
            bold_cell(t.rows[0].cells[i], hd)
            shade(t.rows[0].cells[i], "BDD7EE")
        for rec, actions in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            m.text = ""
            run = m.paragraphs[0].add_run(rec)
            run.bold = True
            run.italic = True
            for (ref, text, lead_s, when, succ, status_s, lead, end, end_text, status) in actions:
                c = t.add_row().cells
                for i, v in enumerate([ref, text, lead_s, when, succ, status_s]):
                    c[i].text = v
                fillmap = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966"}
                if status_s in fillmap:
                    shade(c[5], fillmap[status_s])
                acts.append({"ref": ref, "under": [sec, rec], "action": text, "lead": lead,
                             "end": end, "end_text": end_text, "status": status})
        doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=1, cols=3)
    so.style = "Table Grid"
    for i, hd in enumerate(["Approved by", "Name", "Date"]):
        bold_cell(so.rows[0].cells[i], hd)
    for row in [("Head Master", "", "05/12/2024"), ("Chair of the Governing Body", "", "05/12/2024")]:
        c = so.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    doc.save(out(name))

    expected(
        name,
        source=("Imitates an independent school's action plan following an ISI inspection under the "
                "September 2023 framework, built on the report's recommended next steps and grouped "
                "by the framework's numbered sections. Copied: title heading, inspection/report "
                "dates paragraph, document-control table, status key line, one table per section "
                "under a 'Section n: ...' heading, a merged bold numbered next-step row above lettered "
                "actions, lead posts (two joined by '/' or 'and'), timescales as terms, dates, months "
                "and 'Termly', success criteria, status words with shading, and a sign-off table."),
        reads=("Eight actions in three section tables, each under the ISI next step it answers. "
               "School terms end in their last month (Autumn Term 2024 -> December, Summer Term 2025 "
               "-> July), 'Termly' has no month; status words Complete/Green/Amber, one left blank."),
        title=title, actions=acts)


if __name__ == "__main__":
    north_sea_camp()
    probation_wales()
    west_sussex_frs()
    lancashire_csv()
    south_and_city_txt()
    dundee_ia()
    westminster_isi()
