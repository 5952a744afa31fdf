"""Build the seven zrq- blind test files (set heldout702) and their expected readings.

Run with /work/main/.venv/bin/python zrq_make.py from any folder; files are written beside this script.
Only files whose names start with "zrq-" are written.
"""
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_BREAK  # noqa: F401  (kept for editors)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrq-"), name
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote month values ("2025-03") and refs so no reader takes them for numbers or dates
    if len(value) < 12 and any(ch.isdigit() for ch in value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, doc):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- colours
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
HEX = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def set_cell(cell, text):
    """Put text in a docx cell; inner \n become separate paragraphs."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ======================================================================
# 1. HMP Wealstun – HMIP inspection action plan (docx)
# ======================================================================
def make_wealstun():
    name = "zrq-hmp-wealstun-hmip-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    title = "Action Plan: HMP Wealstun"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Action Plan Submitted: 26 November 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 3–4 and 10–14 June 2024")
    doc.add_paragraph("Report Published: 1 October 2024")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for and treatment of prisoners. In response to the report, HMPPS is required to draft a "
        "robust and timely action plan to address the concerns raised. The action plan confirms whether each "
        "concern is agreed, partly agreed or not agreed (see categorisations below). Where a concern is agreed "
        "or partly agreed, the plan sets out the specific actions that will be taken, with the owner and "
        "timescale of each step clearly identified. Progress will be monitored locally by the Senior Leadership "
        "Team and reported to the Prison Group Director."
    )
    key = doc.add_table(rows=4, cols=3)
    key.style = "Table Grid"
    rows = [
        ("Term", "Definition", "Additional comment"),
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response should clearly explain how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be addressed.",
         "The response must state clearly which part will be addressed and explain why the rest cannot be."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must clearly explain why the concern has not been agreed."),
    ]
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            key.cell(r, c).text = v
    bold_row(key.rows[0])

    hdr = ("Ref", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response Action Taken / Planned",
           "Responsible Owner", "Target Date")

    priority = [
        ("The supply of illicit drugs was high and the random mandatory drug testing positive rate was around "
         "30%. Leaders had not done enough to reduce either supply or demand.", "Agreed", [
             ("1.1", "Implement a refreshed drug strategy, overseen by a monthly drug strategy meeting chaired by the "
                     "Deputy Governor, with separate supply reduction and demand reduction action plans.",
              "Deputy Governor", "31/01/2025"),
             ("1.2", "Install an X-ray body scanner and baggage scanner at the main gate.\n"
                     "Introduce intelligence-led searching of visitors, staff and contractors at the gate.",
              "Head of Security", "30/06/2025"),
             ("1.3", "Expand the incentivised substance-free living unit on B wing from 40 to 80 spaces.",
              "Head of Reducing Reoffending / Substance Misuse Team Leader", "September 2025"),
         ]),
        ("Too many prisoners were locked in their cells during the working day and there were not enough "
         "activity places for the population.", "Agreed", [
             ("2.1", "Introduce a revised regime that unlocks all prisoners for at least 6.5 hours each weekday, "
                     "with daily regime monitoring reported to the Senior Leadership Team.",
              "Head of Residence and Operations", "March 2025"),
             ("2.2", "Increase activity spaces so that every prisoner can be allocated a full-time place, including "
                     "60 additional part-time places in industries.",
              "Head of Education, Skills and Work", "30 September 2025"),
         ]),
        ("Leaders did not have an accurate picture of the reasons for the rise in self-harm, and case management "
         "for prisoners in crisis was not consistently good enough.", "Agreed", [
             ("3.1", "Complete a deep-dive analysis of self-harm data and present the findings, with an action plan, "
                     "to the Safety Intervention Meeting.",
              "Head of Safety", "Completed"),
             ("3.2", "Deliver refresher ACCT case manager training to all supervising officers and introduce monthly "
                     "quality assurance of a sample of ACCT documents.",
              "Safer Custody Manager", "31/05/2025"),
         ]),
    ]
    keyc = [
        ("Too many prisoners were released without sustainable accommodation for their first night.",
         "Partly Agreed", [
             ("4.1", "Work with the Probation Service and CAS3 providers so that every prisoner without an address is "
                     "referred for accommodation at least 12 weeks before release.",
              "Head of Offender Management Delivery", "30/04/2025"),
         ]),
        ("Prisoners' complaints were not always answered on time and some responses did not address the issues "
         "raised.", "Agreed", [
             ("5.1", "Introduce a weekly complaints tracker reviewed by the Business Hub Manager, and quality assure "
                     "ten complaint responses each month.",
              "Business Hub Manager", "Ongoing"),
             ("5.2", "Issue complaints-handling guidance to all staff who respond to complaints and include it in "
                     "new staff induction.",
              "Head of Business Assurance", "February 2025"),
         ]),
    ]

    def section(heading, concerns):
        doc.add_heading(heading, level=1)
        n = 1 + sum(len(c[2]) for c in concerns)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for c, v in enumerate(hdr):
            t.cell(0, c).text = v
        bold_row(t.rows[0])
        r = 1
        for text, agreed, acts in concerns:
            top = r
            for i, (ref, action, owner, date) in enumerate(acts):
                t.cell(r, 0).text = ref
                if i == 0:
                    t.cell(r, 1).text = text
                    t.cell(r, 2).text = agreed
                set_cell(t.cell(r, 3), action)
                t.cell(r, 4).text = owner
                t.cell(r, 5).text = date
                r += 1
            if r - 1 > top:
                t.cell(top, 1).merge(t.cell(r - 1, 1))
                t.cell(top, 2).merge(t.cell(r - 1, 2))

    section("Priority concerns", priority)
    doc.add_paragraph("")
    section("Key concerns", keyc)
    doc.add_paragraph("")
    doc.add_paragraph("Action plan agreed by: Governor, HMP Wealstun. Quality assured by: Prison Group Director, "
                      "Yorkshire.")
    doc.save(out(name))

    ends = {"31/01/2025": ("2025-01", None), "30/06/2025": ("2025-06", None),
            "September 2025": ("2025-09", None), "March 2025": ("2025-03", None),
            "30 September 2025": ("2025-09", None), "Completed": (None, "Completed"),
            "31/05/2025": ("2025-05", None), "30/04/2025": ("2025-04", None),
            "Ongoing": (None, "Ongoing"), "February 2025": ("2025-02", None)}
    leads = {"Head of Reducing Reoffending / Substance Misuse Team Leader":
             ["Head of Reducing Reoffending", "Substance Misuse Team Leader"]}
    actions = []
    for heading, concerns in (("Priority concerns", priority), ("Key concerns", keyc)):
        for text, agreed, acts in concerns:
            for ref, action, owner, date in acts:
                end, et = ends[date]
                status = "blue" if date == "Completed" else "unrated"
                actions.append(act(ref, [heading, text], action, leads.get(owner, [owner]), end, status, et))
    write_expected(name, {
        "source": "HMPPS action plan in response to an HM Inspectorate of Prisons inspection, in the layout HMPPS "
                  "publishes on Prison Finder/gov.uk (e.g. 'Action Plan: HMP Elmley', 'Action Plan: HMP The Verne', "
                  "'Action Plan: HMP/YOI Stoke Heath'): title block 'Action Plan: HMP X / Action Plan Submitted / A "
                  "Response to the HMIP Inspection / Report Published', INTRODUCTION, a Term/Definition/Additional "
                  "comment categorisation table (Agreed, Partly Agreed, Not Agreed), then one table per section. "
                  "Updated to the post-May-2022 HMIP format of priority concerns and key concerns; HMP Wealstun "
                  "(Category C, West Yorkshire), 2024 inspection. Copied features: categorisation key table, "
                  "concern text and agreed cell merged vertically over the numbered actions, job titles as owners, "
                  "two owners in one cell, a two-paragraph action cell, target dates mixing dd/mm/yyyy, month-year, "
                  "'Completed' and 'Ongoing', and a closing sign-off line.",
        "reads": "A Word action plan from HMP Wealstun answering an HMIP inspection: after the title block, an "
                 "introduction and a key table, two tables (Priority concerns, Key concerns) list each concern once "
                 "in a merged cell with its numbered actions 1.1-5.2 beside it, each with a responsible owner and a "
                 "target date. There is no RAG column; one action's target date reads 'Completed'.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 2. Thames Valley court custody – tab-separated tracker export (txt)
# ======================================================================
def make_court_custody():
    name = "zrq-hmpps-pecs-thames-valley-court-custody-hmip-inspection-action-plan.txt"
    W = 9
    title = "Court custody: Thames Valley – HMPPS PECS and HMCTS action plan"
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (W - len(cells))
        assert len(cells) == W
        lines.append("\t".join(cells))

    row(title)
    row("Response to the HMI Prisons report on an inspection of court custody in Thames Valley "
        "(inspected 14–24 October 2024; published 4 February 2025)")
    row("Tracker updated: 30 September 2025 – Thames Valley Court Custody User Group")
    row()
    row("Ref", "Concern", "Organisation", "Action", "Action owner", "Original target date",
        "Revised target date", "Status", "Update")
    sections = [
        ("Priority concerns", [
            ("PC1", "Detainees, including children, were routinely held in court cells for too long after their "
                    "cases had finished, some for more than four hours.", [
                ("PC1.1", "PECS", "Agree revised collection schedules with the escort contractor so that detainees "
                                  "leave court within two hours of their case ending, with exceptions reported weekly.",
                 "PECS Contract Delivery Manager", "31/03/2025", "30/06/2025", "Delayed",
                 "Revised schedules in place at Oxford and Reading; High Wycombe outstanding because of van availability.",
                 "2025-06", "amber", None),
                ("PC1.2", "HMCTS", "Prioritise cases involving children and vulnerable detainees in listing so that "
                                   "they are heard early in the court day.",
                 "HMCTS Cluster Manager (Thames Valley)", "Mar-25", "", "Complete",
                 "Listing protocol reissued to all legal advisers and list officers in March 2025.",
                 "2025-03", "blue", None),
            ]),
            ("PC2", "Risk information in person escort records was often incomplete, and information about "
                    "self-harm risk was not always passed on to court custody staff.", [
                ("PC2.1", "GEOAmey", "Deliver refresher training on completing and checking the digital person "
                                     "escort record to all court custody staff.",
                 "GEOAmey Area Manager", "31/01/2025", "", "Complete",
                 "142 of 150 staff trained; remaining staff on long-term absence will be trained on return.",
                 "2025-01", "blue", None),
                ("PC2.2", "PECS", "Dip-sample 20 person escort records per court each month and share the findings "
                                  "at the Court Custody User Group.",
                 "PECS Contract Delivery Manager / GEOAmey Area Manager", "28/02/2025", "", "On track",
                 "Dip-sampling started February 2025; compliance up from 61% to 84%.",
                 "2025-02", "green", None),
            ]),
        ]),
        ("Key concerns", [
            ("KC1", "Many cells and toilets were dirty and covered in graffiti, and several cells at Reading "
                    "Magistrates' Court were out of use because of defects.", [
                ("KC1.1", "HMCTS", "Complete a deep clean and graffiti removal at all four court custody suites and "
                                   "add custody areas to the monthly estates inspection.",
                 "HMCTS Delivery Manager (Estates)", "30/04/2025", "31/10/2025", "On track",
                 "Deep clean completed at three sites; Aylesbury scheduled for October.",
                 "2025-10", "green", None),
                ("KC1.2", "HMCTS", "Repair the defective cells at Reading Magistrates' Court so that all 12 cells "
                                   "are back in use.",
                 "HMCTS Cluster Manager (Thames Valley)", "31/05/2025", "Dec-25", "At risk",
                 "Contractor appointed; works depend on weekend access to the building.",
                 "2025-12", "amber", None),
            ]),
            ("KC2", "Detainees were not routinely offered reading material, a telephone call or information about "
                    "their rights in a language they understood.", [
                ("KC2.1", "GEOAmey", "Provide reading material and translated rights leaflets in every custody suite "
                                     "and record the offer on the person escort record.",
                 "GEOAmey Area Manager", "31/03/2025", "", "Complete",
                 "Leaflets in 12 languages in place at all sites.",
                 "2025-03", "blue", None),
            ]),
            ("KC3", "Staff had not been trained in restraint techniques suitable for children, and there was no "
                    "oversight of force used on children.", [
                ("KC3.1", "PECS", "Make sure all court custody staff who may hold children complete the approved "
                                  "training in restraint techniques for children.",
                 "PECS Head of Youth Escorting and Custody", "30/09/2025", "", "Off track",
                 "National training contract delayed; interim briefing issued to all staff.",
                 "2025-09", "red", None),
                ("KC3.2", "PECS", "Review every use of force involving a child at the quarterly regional use of "
                                  "force meeting.",
                 "PECS Contract Delivery Manager", "Quarterly", "", "On track",
                 "First review held July 2025; no incidents involving children since.",
                 None, "green", "Quarterly"),
            ]),
        ]),
    ]
    leads = {"PECS Contract Delivery Manager / GEOAmey Area Manager":
             ["PECS Contract Delivery Manager", "GEOAmey Area Manager"]}
    actions = []
    for sec, concerns in sections:
        row(sec)
        for cref, ctext, acts in concerns:
            row(cref, ctext)
            for (ref, org, action, owner, orig, rev, status, update, end, rag, et) in acts:
                row(ref, "", org, action, owner, orig, rev, status, update)
                actions.append(act(ref, [sec, ctext], action, leads.get(owner, [owner]), end, rag, et))
    row()
    row("Status key: Complete (blue) = delivered and evidenced; On track (green) = expected to meet the target date; "
        "Delayed / At risk (amber) = some slippage, revised date agreed; Off track (red) = will not be delivered "
        "without escalation.")
    row("Owners: HMCTS = HM Courts & Tribunals Service; PECS = HMPPS Prisoner Escort and Custody Services; "
        "GEOAmey = escort and court custody contractor.")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Action plan tracker of the kind HMPPS Prisoner Escort and Custody Services (PECS), HMCTS and the "
                  "escort contractor keep after an HM Inspectorate of Prisons court custody inspection (HMIP court "
                  "custody reports for Thames Valley, West Midlands and Warwickshire, Hampshire and Isle of Wight; "
                  "since May 2022 reported as priority and key concerns), saved from Excel as tab-delimited text "
                  "(CRLF, trailing tabs). Copied features: title lines, section lines (Priority concerns / Key "
                  "concerns), concern rows with their text above the numbered actions, an Organisation column "
                  "separate from the action owner, original and revised target dates, status words with a status "
                  "key that gives each its colour, progress updates, and notes lines at the foot.",
        "reads": "A tab-separated export of the Thames Valley court custody action plan: under 'Priority concerns' "
                 "and 'Key concerns', each concern row (PC1, PC2, KC1-KC3) is followed by its actions PC1.1-KC3.2, "
                 "each with an organisation, an owner, original and revised target dates, a status word and an "
                 "update. The status key at the foot maps the words to blue/green/amber/red.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 3. West Midlands Police – NCPI improvement plan (xlsx)
# ======================================================================
def make_wmp():
    name = "zrq-west-midlands-police-hmicfrs-ncpi-child-protection-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    title = "West Midlands Police – National Child Protection Inspection: Force Improvement Plan"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "HMICFRS national child protection inspection, fieldwork March 2025; report published 8 July 2025"
    cov["A3"] = "Gold lead: ACC Crime and Public Protection    Silver lead: Ch Supt Public Protection"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", dt.date(2025, 7, 28), "PPU Business Manager", "First draft for Silver group"),
          ("1.0", dt.date(2025, 8, 19), "PPU Business Manager", "Approved at Force Executive Board"),
          ("1.2", dt.date(2025, 9, 30), "PPU Business Manager", "September progress update"),
          ("1.3", dt.date(2025, 10, 31), "PPU Business Manager", "October progress update; R1.2 and A2.2 dates revised")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cov["A13"] = "Protective marking: OFFICIAL"
    for col, w in zip("ABCD", (12, 14, 24, 50)):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Improvement Plan")
    headers = ["Ref", "Recommendation / area for improvement", "Action", "Owner", "Original completion date",
               "Revised completion date", "Previous RAG", "Current RAG", "Progress update (October 2025)",
               "Evidence reference"]
    ws.merge_cells("A1:J1")
    ws["A1"] = "NCPI Improvement Plan – position at 31 October 2025"
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(headers):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    D = dt.date
    plan = [
        ("1. Leadership", [
            ("Recommendation 1: Within six months, West Midlands Police should make sure its child protection "
             "performance framework gives leaders an accurate understanding of the quality of practice, not just "
             "the volume of demand.", [
                ("R1.1", "Develop a child protection performance dashboard combining volume, timeliness and audit "
                         "quality measures, reviewed monthly at the Public Protection Governance Board.",
                 "Det Supt Public Protection", D(2025, 12, 31), None, "G", "green",
                 "Dashboard prototype presented to Governance Board 14/10.", "EV-R1-01", "2025-12", None),
                ("R1.2", "Introduce a quarterly thematic audit programme of child protection cases, with results "
                         "reported to the Force Executive Board.",
                 "PPU Business Manager; Head of Audit & Inspection", D(2025, 10, 31), D(2026, 1, 31), "G", "amber",
                 "First audit moved to January to align with new case management system.", "EV-R1-02",
                 "2026-01", None),
            ]),
        ]),
        ("2. Partnership working", [
            ("Area for improvement 1: The force should make sure officers attend and contribute to initial child "
             "protection conferences and strategy meetings, and that police information is shared in good time.", [
                ("A1.1", "Set up a central conference attendance tracker, with non-attendance escalated through the "
                         "MASH Detective Inspector.",
                 "DI MASH", D(2025, 9, 30), None, "A", "blue",
                 "Tracker live since September; attendance 94% in October.", "EV-A1-01", "2025-09", None),
                ("A1.2", "Agree information-sharing timescales for strategy meetings with the seven local "
                         "safeguarding children partnerships in the force area.",
                 "Det Ch Insp Safeguarding Partnerships", D(2025, 11, 30), None, "G", "green",
                 "Agreed with five partnerships; Sandwell and Walsall due November.", "EV-A1-02", "2025-11", None),
            ]),
        ]),
        ("3. Initial response", [
            ("Recommendation 2: Within three months, West Midlands Police should make sure that call handlers "
             "and frontline officers identify and record risks to children, including the voice of the child, at "
             "the first point of contact.", [
                ("R2.1", "Update the THRIVE+ assessment in Force Contact to include mandatory child-focused prompts.",
                 "Supt Force Contact", D(2025, 8, 31), D(2025, 10, 31), "A", "green",
                 "System change tested; go-live 27 October.", "EV-R2-01", "2025-10", None),
                ("R2.2", "Deliver 'Voice of the Child' training to all response and neighbourhood officers, with "
                         "completion monitored through the learning management system.",
                 "Head of Learning and Development / Det Supt Public Protection", D(2026, 3, 31), None, "G", "green",
                 "38% of officers trained to date.", "EV-R2-02", "2026-03", None),
            ]),
        ]),
        ("4. Risk assessment and referral", [
            ("Recommendation 3: Within six months, West Midlands Police should improve the quality and timeliness "
             "of its referrals to children's social care, making sure its MASH has enough capacity to process "
             "them.", [
                ("R3.1", "Review MASH staffing against demand and recruit to the agreed establishment, including six "
                         "additional researcher posts.",
                 "Ch Supt Public Protection", D(2025, 12, 31), None, "A", "red",
                 "Recruitment paused pending the 2026/27 budget decision; escalated to Gold.", "EV-R3-01",
                 "2025-12", None),
                ("R3.2", "Introduce daily supervisory review of referrals pending for more than 24 hours.",
                 "DI MASH", "Sep-25", None, "G", "blue",
                 "Daily review in place; backlog over 24 hours cleared.", "EV-R3-02", "2025-09", None),
            ]),
        ]),
        ("5. Investigation", [
            ("Area for improvement 2: The force should make sure investigations into offences against children "
             "are allocated to officers with the right skills and are properly supervised.", [
                ("A2.1", "Complete a skills audit of officers investigating child abuse, mapped to PIP2 and "
                         "specialist child abuse investigator accreditation.",
                 "Det Supt Public Protection", D(2026, 1, 31), None, "G", "green",
                 "Audit under way in Birmingham East and West.", "EV-A2-01", "2026-01", None),
                ("A2.2", "Introduce supervisory reviews at 7 and 28 days for all child abuse investigations, checked "
                         "in the monthly audit.",
                 "DCI Child Abuse Investigation", D(2025, 11, 30), D(2026, 2, 28), "A", "amber",
                 "Review template agreed; compliance 58%.", "EV-A2-02", "2026-02", None),
            ]),
        ]),
    ]
    leads = {"PPU Business Manager; Head of Audit & Inspection": ["PPU Business Manager", "Head of Audit & Inspection"],
             "Head of Learning and Development / Det Supt Public Protection":
                 ["Head of Learning and Development", "Det Supt Public Protection"]}
    r = 4
    actions = []
    counts = {}
    for theme, recs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for rec, acts in recs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(italic=True)
            c.fill = FILL["pale"]
            c.alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
            for (ref, action, owner, orig, rev, prev, cur, upd, ev, end, et) in acts:
                vals = [ref, None, action, owner, orig, rev, prev, None, upd, ev]
                for j, v in enumerate(vals):
                    cell = ws.cell(row=r, column=1 + j, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = FILL[cur]
                pc = ws.cell(row=r, column=7)
                pc.fill = FILL[{"G": "green", "A": "amber", "R": "red", "B": "blue"}[prev]]
                pc.alignment = Alignment(horizontal="center", vertical="top")
                counts[cur] = counts.get(cur, 0) + 1
                actions.append(act(ref, [theme, rec], action, leads.get(owner, [owner]), end, cur, et))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in (("blue", "Complete – evidence accepted by Silver group"),
                            ("green", "On track to deliver by the completion date"),
                            ("amber", "At risk – revised date agreed"),
                            ("red", "Off track – escalated to Gold")):
        r += 1
        ws.cell(row=r, column=1).fill = FILL[colour]
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGHIJ", (8, 34, 52, 26, 14, 14, 10, 10, 40, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG status – 31 October 2025"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    for i, colour in enumerate(("blue", "green", "amber", "red")):
        sm.cell(row=4 + i, column=1, value=colour.capitalize()).fill = FILL[colour]
        sm.cell(row=4 + i, column=2, value=counts.get(colour, 0))
    sm["A8"] = "Total"
    sm["B8"] = sum(counts.values())
    wb.save(out(name))

    write_expected(name, {
        "source": "Police force improvement plan after an HMICFRS national child protection inspection (NCPI; "
                  "2024 methodology topics leadership, partnership working, initial response, risk assessment and "
                  "referral, investigation), of the kind forces report to their PCC and Force Executive Board "
                  "(e.g. Staffordshire Police's NCPI plan, Cleveland PCC scrutiny of NCPI progress). West Midlands "
                  "Police, 2025. Copied features: cover sheet with gold/silver leads and a document-control table, "
                  "merged title row, grey merged theme rows, merged recommendation / area for improvement rows above "
                  "their numbered actions, rank-and-post owners (two in one cell with ';' and with '/'), original and "
                  "revised completion dates as real dates and one as text 'Sep-25', Previous RAG as letters, Current "
                  "RAG as fill colour only, evidence references, a colour RAG key under the plan and a summary sheet "
                  "of totals.",
        "reads": "A three-sheet workbook: a cover with document control, the improvement plan and a RAG summary. "
                 "The plan lists five themed sections, each with a recommendation or area for improvement and two "
                 "actions (R1.1-A2.2) with owner, original and revised dates, a previous RAG letter and a current "
                 "RAG shown only as cell colour.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 4. Cumbria FRS – HMICFRS standards of behaviour (misconduct) tracker (xlsx)
# ======================================================================
def make_cumbria():
    name = "zrq-cumbria-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    title = "Cumbria Fire and Rescue Service – HMICFRS Standards of Behaviour Recommendations Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Report: Standards of behaviour: the handling of misconduct in fire and rescue services "
                "(HMICFRS, August 2024)")
    ws["A3"] = "Position at 31 October 2025 – for Westmorland and Furness Council Overview and Scrutiny Committee"
    ws["A4"] = ("Note: recommendations addressed to national bodies (Home Office, NFCC, LGA and the Fire Standards "
                "Board) are not included in this tracker.")
    ws["A4"].font = Font(italic=True)
    headers = ["Rec", "HMICFRS recommendation (summary)", "HMICFRS deadline", "Ref", "Action", "Lead officer",
               "Target date", "RAG", "Progress update"]
    for j, h in enumerate(headers):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    D = dt.date
    themes = [
        ("Theme 1: Culture and values", [
            ("1", "Chief fire officers should, as a priority, make sure all staff know and follow the Core Code of "
                  "Ethics, and that the code is built into the service's policies and practices.", "1 February 2025", [
                ("1a", "Review all people policies so that each refers explicitly to the Core Code of Ethics.",
                 "HR Business Partner (Fire)", "Jan-25", "Complete",
                 "All 23 people policies reviewed and republished.", "2025-01", "blue", None),
                ("1b", "Include a Code of Ethics session in every station's annual training plan and in new-starter "
                       "induction.",
                 "Area Manager – Training and Development", D(2025, 3, 31), "Complete",
                 "Sessions delivered at all 38 stations; now part of induction.", "2025-03", "blue", None),
            ]),
            ("2", "Chief fire officers should make sure there is a probation policy which makes clear that "
                  "probationers who do not meet the expected standards of behaviour can be dismissed.",
             "1 February 2025", [
                ("2a", "Update the probationary policy for wholetime, on-call and support staff and consult the "
                       "representative bodies.",
                 "HR Business Partner (Fire)", D(2025, 2, 28), "Complete",
                 "Policy approved by the Joint Consultative Committee on 20 February 2025.", "2025-02", "blue", None),
            ]),
            ("3", "Chief fire officers should make sure workforce plans allow staff to be moved between watches or "
                  "stations when needed, and that promoted firefighters are posted to a different watch or station.",
             "1 May 2025", [
                ("3a", "Amend the promotion and temporary promotion procedure so that promoted staff move to a "
                       "different watch or station, with a recorded risk assessment where this is not possible.",
                 "Group Manager – Operational Response", "May 2025", "Amber",
                 "Procedure drafted; consultation with the FBU extended to December 2025.", "2025-05", "amber", None),
                ("3b", "Introduce a planned rotation of wholetime watch managers every three years.",
                 "Group Manager – Operational Response / HR Business Partner (Fire)", "Sept 2025 – March 2026",
                 "Green", "First rotation of four watch managers completed in September.", "2026-03", "green", None),
            ]),
        ]),
        ("Theme 2: Raising concerns", [
            ("4", "Chief fire officers should make sure staff have access to an independent and confidential route "
                  "for raising concerns.", "1 February 2025", [
                ("4a", "Procure an independent reporting line and publicise it to all staff, including on-call "
                       "stations.",
                 "Assistant Chief Fire Officer", D(2025, 1, 31), "Complete",
                 "Independent line live from 13 January 2025; 11 contacts to date.", "2025-01", "blue", None),
            ]),
            ("6", "Chief fire officers should make sure everyone who raises a concern is kept informed about how it "
                  "is being dealt with and is offered support.", "1 June 2025", [
                ("6a", "Set up a case-tracking log in the Professional Standards function so that people who raise "
                       "concerns receive an update at least every 28 days.",
                 "Professional Standards Manager", D(2025, 6, 30), "Red",
                 "Professional Standards Manager post vacant; recruitment under way.", "2025-06", "red", None),
            ]),
        ]),
        ("Theme 3: Misconduct processes", [
            ("8", "Chief fire officers should make sure investigating officers and hearing panel members are "
                  "trained, and that investigations are carried out by someone independent of those involved.",
             "1 August 2025", [
                ("8a", "Train a pool of 12 investigating officers through an accredited workplace investigations "
                       "course.",
                 "Station Manager – Professional Standards", D(2025, 7, 31), "Complete",
                 "12 officers trained in June and July 2025.", "2025-07", "blue", None),
                ("8b", "Agree a reciprocal arrangement with a neighbouring fire and rescue service to provide "
                       "independent investigators for complex cases.",
                 "Deputy Chief Fire Officer", "Dec-25", "Green",
                 "Draft memorandum of understanding with Lancashire FRS under legal review.", "2025-12", "green", None),
            ]),
            ("10", "Chief fire officers should collect, analyse and report data on misconduct cases, including "
                   "protected characteristics, to those who govern the service.", "1 August 2025", [
                ("10a", "Produce a six-monthly misconduct data report for the Overview and Scrutiny Committee.",
                 "Professional Standards Manager", "Six-monthly", "Green",
                 "First report presented September 2025.", None, "green", "Six-monthly"),
            ]),
        ]),
    ]
    leads = {"Group Manager – Operational Response / HR Business Partner (Fire)":
             ["Group Manager – Operational Response", "HR Business Partner (Fire)"]}
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 7
    actions = []
    counts = {}
    for theme, recs in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for num, rec, deadline, acts in recs:
            top = r
            ws.cell(row=r, column=1, value=num)
            ws.cell(row=r, column=2, value=rec)
            ws.cell(row=r, column=3, value=deadline)
            for (ref, action, lead, target, rag, upd, end, status, et) in acts:
                vals = [None, None, None, ref, action, lead, target, rag, upd]
                for j, v in enumerate(vals):
                    cell = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        cell.value = v
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8).fill = FILL[rag_fill[rag]]
                counts[rag] = counts.get(rag, 0) + 1
                actions.append(act(ref, [theme, rec], action, leads.get(lead, [lead]), end, status, et))
                r += 1
            for col in (1, 2, 3):
                ws.cell(row=top, column=col).alignment = WRAP
                if r - 1 > top:
                    ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHI", (6, 48, 16, 6, 50, 30, 16, 11, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary – position at 31 October 2025"
    sm["A1"].font = Font(bold=True)
    sm["A3"], sm["B3"] = "RAG", "Actions"
    for i, k in enumerate(("Complete", "Green", "Amber", "Red")):
        sm.cell(row=4 + i, column=1, value=k).fill = FILL[rag_fill[k]]
        sm.cell(row=4 + i, column=2, value=counts.get(k, 0))
    sm["A8"], sm["B8"] = "Total", sum(counts.values())
    sm["A10"] = "Key"
    sm["A10"].font = Font(bold=True)
    sm["A11"] = "Complete – action delivered and evidence held"
    sm["A12"] = "Green – on track to meet the target date"
    sm["A13"] = "Amber – some delay, recovery in hand"
    sm["A14"] = "Red – significant delay or at risk"
    wb.save(out(name))

    write_expected(name, {
        "source": "Fire and rescue service tracker of the HMICFRS thematic 'Standards of behaviour: the handling of "
                  "misconduct in fire and rescue services' (August 2024), whose recommendations carry deadlines "
                  "('By 1 February 2025, chief fire officers should ...'); services publish progress against them "
                  "(e.g. Staffordshire FRS and Humberside FRS 'Standards of behaviour' pages, committee appendices "
                  "'HMIC Misconduct Report 2024'). Cumbria FRS (Westmorland and Furness Council), October 2025. "
                  "Recommendation wording paraphrased. Copied features: title, report and position lines, a note "
                  "line, grey theme rows, recommendation number, summary and HMICFRS deadline merged vertically "
                  "over lettered actions, job titles as leads (two joined by '/'), target dates as dates, 'Jan-25', "
                  "'May 2025', a period 'Sept 2025 – March 2026' and 'Six-monthly', RAG words with matching fill, "
                  "non-contiguous recommendation numbers, and a summary sheet with totals and a key.",
        "reads": "A workbook tracking Cumbria FRS's actions on the HMICFRS misconduct-handling recommendations: three "
                 "themes, each with recommendations (merged cells giving the recommendation and HMICFRS deadline) "
                 "and their actions 1a-10a with lead officer, target date, RAG word and update. The HMICFRS "
                 "deadline column is the inspectorate's date, not the action's target date.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 5. Abingdon School – ISI inspection action plan (docx)
# ======================================================================
def make_abingdon():
    name = "zrq-abingdon-school-isi-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    title = "Abingdon School — ISI Inspection Action Plan"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("ISI routine inspection: 12–14 November 2024    Report published: 7 February 2025")
    doc.add_paragraph("Plan approved by the Education Committee of the Governing Body: 6 March 2025    "
                      "Last reviewed: 1 July 2025")
    vt = doc.add_table(rows=4, cols=3)
    vt.style = "Table Grid"
    for r, vals in enumerate((("Version", "Date", "Changes"),
                              ("1.0", "06/03/2025", "Approved by Education Committee"),
                              ("1.1", "05/05/2025", "Summer term review"),
                              ("1.2", "01/07/2025", "End of year review; RAG updated"))):
        for c, v in enumerate(vals):
            vt.cell(r, c).text = v
    bold_row(vt.rows[0])
    doc.add_paragraph("")
    doc.add_paragraph(
        "The inspection found that the school meets the Standards. The report set out the recommended next steps "
        "below. Progress is reviewed each half term by the Senior Leadership Team and reported termly to the "
        "Education Committee.")
    kp = doc.add_paragraph("RAG key (shading in the final column): blue – complete; green – on track; amber – some "
                           "slippage; red – off track.")
    kp.runs[0].italic = True

    hdr = ("Action", "Lead", "Timescale", "Success criteria", "Progress (July 2025)", "RAG")
    sections = [
        ("1. Leadership and management, and governance",
         "Leaders should make more consistent use of the information gathered through monitoring to evaluate the "
         "impact of the school's strategies on pupils' progress.", [
             ("Introduce a termly impact review in which each head of department evaluates one priority strategy "
              "against attainment and pupil voice data.",
              "Deputy Head (Academic)", "Michaelmas term 2025",
              "Every department has completed one impact review; findings shared at Heads of Department meeting.",
              "Review template agreed; first reviews due in the Michaelmas term.", "green",
              "2025-12", None),
             ("Train middle leaders to use the new tracking system to identify pupils who are not making expected "
              "progress.",
              "Assistant Head (Data) and Head of Sixth Form", "June 2025",
              "All middle leaders trained; intervention lists produced after each assessment point.",
              "Training delivered on 28 April and 9 June.", "blue", "2025-06", None),
             ("Provide the Education Committee with a termly report on the impact of teaching and learning "
              "priorities.",
              "Head / Chair of Education Committee", "Termly",
              "Governors can evaluate impact, not just activity, in committee minutes.",
              "First report received 19 June 2025.", "green", None, "Termly"),
         ]),
        ("2. Quality of education, training and recreation",
         "Leaders should make sure that teaching in the Lower School consistently adapts tasks so that the most "
         "able pupils are sufficiently challenged.", [
             ("Run a programme of peer observation focused on adaptive teaching and stretch in the Lower School.",
              "Director of Teaching and Learning", "Summer term 2025",
              "Every Lower School teacher observed and observing at least once.",
              "Completed; 64 observations logged.", "blue", "2025-07", None),
             ("Revise schemes of work in the core subjects to include planned extension tasks for each unit.",
              "Heads of Department (Lower School)", "September 2025",
              "Extension tasks visible in schemes of work and in pupils' books.",
              "English and Science complete; Mathematics revising over the summer.", "amber", "2025-09", None),
         ]),
        ("3. Pupils' physical and mental health and emotional wellbeing",
         "Leaders should strengthen the way boarders' views are gathered and acted on, so that all boarders feel "
         "that their suggestions lead to change.", [
             ("Establish a boarders' council in each boarding house that meets half-termly with the Head of "
              "Boarding.",
              "Head of Boarding", "April 2025",
              "Councils meet every half term; minutes show actions taken.",
              "Councils running in all three boarding houses since April.", "blue", "2025-04", None),
             ("Add a 'you said, we did' section to the termly boarding newsletter and survey all boarders each "
              "year.",
              "Head of Boarding; Housemasters", "July 2025",
              "Survey response rate above 80%; boarders report that their views are acted on.",
              "Newsletter section added; annual survey moved to the Michaelmas term.", "amber", "2025-07", None),
         ]),
    ]
    leads = {"Assistant Head (Data) and Head of Sixth Form": ["Assistant Head (Data)", "Head of Sixth Form"],
             "Head / Chair of Education Committee": ["Head", "Chair of Education Committee"],
             "Head of Boarding; Housemasters": ["Head of Boarding", "Housemasters"]}
    actions = []
    for heading, step, acts in sections:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph("Recommended next step")
        p.runs[0].bold = True
        doc.add_paragraph(step)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for c, v in enumerate(hdr):
            t.cell(0, c).text = v
        bold_row(t.rows[0])
        for i, (action, lead, when, crit, prog, rag, end, et) in enumerate(acts, start=1):
            for c, v in enumerate((action, lead, when, crit, prog)):
                t.cell(i, c).text = v
            shade(t.cell(i, 5), HEX[rag])
            actions.append(act(None, [heading, step], action, leads.get(lead, [lead]), end, rag, et))
    doc.add_heading("4. Pupils' social and economic education and contribution to society", level=2)
    doc.add_paragraph("No recommended next steps were identified in this area.")
    doc.add_heading("5. Safeguarding", level=2)
    doc.add_paragraph("No recommended next steps were identified in this area. Safeguarding arrangements continue "
                      "to be monitored through the termly safeguarding report to the full Governing Body.")
    doc.add_paragraph("")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for c, v in enumerate(("Signed (Head)", "Signed (Chair of Governors)", "Date")):
        so.cell(0, c).text = v
    so.cell(1, 2).text = "06/03/2025"
    bold_row(so.rows[0])
    doc.save(out(name))

    write_expected(name, {
        "source": "Independent school post-inspection action plan after an ISI routine inspection under the "
                  "September 2023 framework, which reports by the five framework areas (Leadership and management, "
                  "and governance; Quality of education, training and recreation; Pupils' physical and mental "
                  "health and emotional wellbeing; Pupils' social and economic education and contribution to "
                  "society; Safeguarding) and gives 'recommended next steps' where the Standards are met. Abingdon "
                  "School, 2024 inspection. Copied features: title paragraph and date lines, a version table, an "
                  "introduction and an italic RAG key line, one Word table per framework area preceded by a numbered "
                  "heading and a bold 'Recommended next step' label over the step's text, no action numbers, posts "
                  "as leads (two joined by 'and', '/' and ';'), timescales as a term ('Michaelmas term 2025', "
                  "'Summer term 2025'), months and 'Termly', RAG as cell shading without text, areas with no next "
                  "steps, and a sign-off table.",
        "reads": "A Word plan with one table per ISI framework area: under each numbered area heading, the "
                 "recommended next step is written out and a table lists its actions with lead, timescale, success "
                 "criteria, a July 2025 progress note and a shaded RAG cell. Areas 4 and 5 have no next steps and "
                 "no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 6. Wilmslow High School – School Development Plan 2025-26 (xlsx)
# ======================================================================
def make_wilmslow():
    name = "zrq-wilmslow-high-school-school-development-plan-2025-26.xlsx"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    title = "Wilmslow High School – School Development Plan 2025-26"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Approved by the Full Governing Board: 7 October 2025    Spring review: 16 March 2026"
    ov["A4"] = "Our priorities for 2025-26"
    ov["A4"].font = Font(bold=True)
    pri = [("Priority 1", "Quality of Education", "Deputy Headteacher (Curriculum & Standards)"),
           ("Priority 2", "Behaviour & Attitudes", "Deputy Headteacher (Pastoral)"),
           ("Priority 3", "Personal Development", "Assistant Headteacher (Personal Development)"),
           ("Priority 4", "Leadership & Management", "Headteacher")]
    ov["A5"], ov["B5"], ov["C5"] = "Priority", "Area", "Strategic lead"
    for i, row in enumerate(pri):
        for j, v in enumerate(row):
            ov.cell(row=6 + i, column=1 + j, value=v)
    ov["A11"] = "Termly RAG key"
    ov["A11"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate((("red", "Off track – needs urgent attention"),
                                           ("amber", "Some progress – concerns to address"),
                                           ("green", "On track"),
                                           ("blue", "Completed / embedded"))):
        ov.cell(row=12 + i, column=1).fill = FILL[colour]
        ov.cell(row=12 + i, column=2, value=meaning)
    ov["A17"] = ("RAG ratings are added by the strategic lead at the end of each term and reviewed by the "
                 "Standards Committee.")
    ov.column_dimensions["A"].width = 14
    ov.column_dimensions["B"].width = 36
    ov.column_dimensions["C"].width = 44

    sheets = [
        ("P1 Quality of Education", "Priority 1: Quality of Education",
         "Deputy Headteacher (Curriculum & Standards)",
         "Progress 8 for disadvantaged students improves to at least -0.2; all SEND students have up-to-date "
         "passports used in lessons.", [
             ("1.1 Close the attainment gap for disadvantaged students at KS4", [
                 ("1.1a", "Run targeted Year 11 tutoring in English and maths for disadvantaged students below "
                          "target, funded through pupil premium.",
                  "AHT (Disadvantaged) / Head of Maths", "Oct 2025 – May 2026", "£18,000 PP; tutor time",
                  "Mock results Dec and Mar; tutoring attendance", "green", "green", "2026-05", None),
                 ("1.1b", "Introduce a 'disadvantaged first' approach to questioning and book looks in all "
                          "departments.",
                  "DHT (Curriculum)", "Autumn term 2025", "INSET time", "Learning walks; book looks",
                  "green", "blue", "2025-12", None),
             ]),
             ("1.2 Embed adaptive teaching for students with SEND", [
                 ("1.2a", "Deliver three INSET sessions on adaptive teaching strategies and follow up with learning "
                          "walks.",
                  "SENCo and AHT Teaching & Learning", "Sept 2025 – Feb 2026", "INSET days 1, 3 and 4",
                  "Learning walk records; staff voice", "green", "blue", "2026-02", None),
                 ("1.2b", "Update student passports for all students on the SEND register and share them with "
                          "staff through Arbor.",
                  "SENCo", dt.date(2025, 10, 31), "SEND admin time", "Passport audit",
                  "amber", "blue", "2025-10", None),
             ]),
         ]),
        ("P2 Behaviour & Attitudes", "Priority 2: Behaviour & Attitudes", "Deputy Headteacher (Pastoral)",
         "Attendance at or above 94%; persistent absence below 15%; suspensions reduced by a third.", [
             ("2.1 Improve attendance and reduce persistent absence", [
                 ("2.1a", "Appoint an Attendance Officer and hold weekly attendance panels for students below 90%.",
                  "AHT Pastoral", "Sept 2025", "Attendance Officer salary", "Weekly attendance data",
                  "blue", "blue", "2025-09", None),
                 ("2.1b", "Work with the Cheshire East education welfare service on early help attendance plans for "
                          "persistently absent students.",
                  "Attendance Officer", "Ongoing", "—", "Half-termly PA figures", "green", "amber", None, "Ongoing"),
             ]),
             ("2.2 Reduce suspensions through consistent behaviour routines", [
                 ("2.2a", "Relaunch the 'Ready, Respectful, Safe' routines with all staff and students, with "
                          "refresher assemblies each half term.",
                  "DHT (Pastoral)", "Summer term 2026", "Assembly time", "Behaviour logs; suspension data",
                  "green", "amber", "2026-07", None),
             ]),
         ]),
        ("P3 Personal Development", "Priority 3: Personal Development",
         "Assistant Headteacher (Personal Development)",
         "All Gatsby benchmarks fully met; every Year 10 student completes work experience.", [
             ("3.1 Strengthen careers education against the Gatsby benchmarks", [
                 ("3.1a", "Make sure every Year 10 student completes a work experience placement, with support for "
                          "students who cannot find their own.",
                  "Careers Leader", "July 2026", "Careers budget", "Compass+ tracking",
                  "green", "green", "2026-07", None),
             ]),
         ]),
        ("P4 Leadership & Management", "Priority 4: Leadership & Management", "Headteacher",
         "Staff wellbeing survey shows improvement on workload questions; policy changes evaluated by governors.", [
             ("4.1 Support staff wellbeing and manage workload", [
                 ("4.1a", "Review the marking and feedback policy to reduce workload, using the DfE workload "
                          "reduction toolkit.",
                  "Headteacher and Chair of Governors", "March 2026", "Working party time", "Staff survey",
                  "green", "green", "2026-03", None),
                 ("4.1b", "Run the staff wellbeing survey and publish a response to staff setting out what will "
                          "change.",
                  "Business Manager", "Termly", "—", "Survey results to governors", "green", "green", None, "Termly"),
             ]),
         ]),
    ]
    leads = {"AHT (Disadvantaged) / Head of Maths": ["AHT (Disadvantaged)", "Head of Maths"],
             "SENCo and AHT Teaching & Learning": ["SENCo", "AHT Teaching & Learning"],
             "Headteacher and Chair of Governors": ["Headteacher", "Chair of Governors"]}
    headers = ["Ref", "Action", "Lead(s)", "Timescale", "Cost / resources", "Monitoring & evaluation",
               "Autumn", "Spring", "Summer"]
    actions = []
    for sheetname, prio, slead, success, objectives in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = "Wilmslow High School – SDP 2025-26"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:I2")
        ws["A2"] = prio
        ws["A2"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A2"].fill = FILL["head"]
        ws["A3"] = "Strategic lead: " + slead
        ws.merge_cells("A4:I4")
        ws["A4"] = "Success criteria: " + success
        ws["A4"].alignment = WRAP
        ws.row_dimensions[4].height = 30
        for j, h in enumerate(headers):
            c = ws.cell(row=6, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            c.border = BOX
        r = 7
        for obj, acts in objectives:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=obj)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
            r += 1
            for (ref, action, lead, when, cost, mon, aut, spr, end, et) in acts:
                for j, v in enumerate((ref, action, lead, when, cost, mon)):
                    cell = ws.cell(row=r, column=1 + j, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.date):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = FILL[aut]
                ws.cell(row=r, column=8).fill = FILL[spr]
                for col in (7, 8, 9):
                    ws.cell(row=r, column=col).border = BOX
                actions.append(act(ref, [prio, obj], action, leads.get(lead, [lead]), end, spr, et))
                r += 1
        for col, w in zip("ABCDEFGHI", (7, 52, 28, 20, 20, 28, 9, 9, 9)):
            ws.column_dimensions[col].width = w
    wb.save(out(name))

    write_expected(name, {
        "source": "Secondary school development plan (SDP) workbook of the kind English academies and maintained "
                  "schools publish or share with governors (priorities by Ofsted judgement area, actions with "
                  "lead, timescale, cost, monitoring and a termly RAG reviewed by governors; cf. published SDP "
                  "pages such as Thornham St James and Hatch Ride). Wilmslow High School, 2025-26, at the spring "
                  "review. Copied features: overview sheet with priority list and a colour RAG key, one sheet per "
                  "priority with a merged priority banner, strategic lead and success criteria lines, merged "
                  "objective rows numbered 1.1-4.1 above lettered actions, staff posts and abbreviations as leads "
                  "(two joined by '/' or 'and'), timescales as terms, month ranges, a real date, 'Ongoing' and "
                  "'Termly', and Autumn/Spring/Summer RAG columns coloured by fill only (Summer not yet rated).",
        "reads": "A five-sheet SDP: an overview with the four priorities and the RAG key, then one sheet per "
                 "priority in which objectives head lettered actions with leads, timescales, resources and "
                 "monitoring. Each action has a coloured Autumn and Spring RAG cell and an empty Summer cell, so "
                 "its current status is the Spring colour.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================================
# 7. UHI Perth – Education Scotland progress visit action plan (csv, refuse)
# ======================================================================
def make_uhi_perth():
    name = "zrq-uhi-perth-education-scotland-progress-visit-action-plan-typo-month-refuse.csv"
    import csv
    import io
    title = "UHI Perth – Education Scotland Progress Visit Action Plan"
    W = 7
    rows = []

    def row(*cells):
        rows.append(list(cells) + [""] * (W - len(cells)))

    row(title)
    row("Progress visit: 10–12 March 2025; report published 20 May 2025")
    row("Last updated: 24 October 2025 (Learning and Teaching Committee)")
    row()
    row("Ref", "Area for development", "Action", "Responsible", "Target date", "Progress", "RAG")
    data = [
        ("1.1", "Retention on full-time further education programmes remains low in a few curriculum areas, "
                "particularly construction and care.",
         "Introduce an early-warning tracker that flags learners with attendance below 80% for a guidance "
         "conversation within five working days.",
         "Head of Learner Services", "31/12/2025", "Tracker piloted in construction from August.", "Green"),
        ("1.2", "", "Hold curriculum reviews for the four programmes with the lowest retention and agree an "
                    "improvement plan for each.",
         "Curriculum Managers (Construction; Health and Care)", "January 2026", "Two of four reviews complete.",
         "Green"),
        ("2.1", "Learners are not routinely involved in evaluating their programmes, and the outcomes of class "
                "representative meetings are not shared with them.",
         "Establish termly programme review meetings with class representatives and publish 'you said, we did' "
         "summaries on Brightspace.",
         "Vice Principal Academic and Student President", "Febuary 2026", "Meetings scheduled for November.",
         "Amber"),
        ("2.2", "", "Train all class representatives through the sparqs course before the end of the first "
                    "trimester.",
         "Student Association Manager", "12/12/2025", "18 of 95 class representatives trained.", "Amber"),
        ("3.1", "Arrangements for developing meta skills are inconsistent across curriculum teams.",
         "Map meta skills against every FE programme and include them in learner progress reviews.",
         "Head of Quality and Enhancement", "June 2026", "Mapping template agreed.", "Green"),
        ("3.2", "", "Share effective practice in meta skills through the college's learning and teaching "
                    "community of practice.",
         "Learning and Teaching Lead", "Ongoing", "First session held 9 October.", "Green"),
        ("4.1", "Too few teaching staff hold a TQFE or are registered with the GTCS.",
         "Support 20 lecturers to start the TQFE in 2025-26 and set up a GTCS registration drop-in.",
         "Head of HR; Head of Quality and Enhancement", "30/06/2026", "14 lecturers enrolled.", "Amber"),
    ]
    refuse_line = None
    for d in data:
        row(*d)
        if "Febuary" in d[4]:
            refuse_line = len(rows)  # 1-based line number in the file (no embedded newlines)
    row()
    row("RAG: Green = on track; Amber = some slippage; Red = significant risk; Complete = action finished and "
        "evidenced.")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    text = buf.getvalue()
    assert "\n" not in "".join("".join(r) for r in rows)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    # confirm the line number from the file itself
    with open(out(name), encoding="utf-8", newline="") as f:
        file_lines = f.read().split("\r\n")
    hits = [i + 1 for i, ln in enumerate(file_lines) if "Febuary" in ln]
    assert hits == [refuse_line], (hits, refuse_line)

    write_expected(name, {
        "source": "College action plan in response to an Education Scotland progress visit to a Scottish college "
                  "(progress visits report areas for development, and the college reports its action plan to a "
                  "board committee; cf. Education Scotland college sector overview 2023-24 recommendations on "
                  "retention, learner engagement, meta skills and TQFE/GTCS registration). UHI Perth, 2025. "
                  "Exported from Excel as CSV. Copied features: title, visit and last-updated lines, numbered actions "
                  "with the area for development written only on the first action of each area (blank on the "
                  "continuation rows), posts as responsible officers (two joined by 'and' or ';'), target dates as "
                  "dd/mm/yyyy and month names, a RAG word column and a RAG key line at the foot.",
        "reads": "A CSV action plan of seven actions under four areas for development from UHI Perth's Education "
                 "Scotland progress visit. Action 2.1's target date is written 'Febuary 2026', a mistyped month, so a "
                 "careful reader stops and asks what date was meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, len(data)


if __name__ == "__main__":
    made = [make_wealstun(), make_court_custody(), make_wmp(), make_cumbria(), make_abingdon(), make_wilmslow(),
            make_uhi_perth()]
    for n, k in made:
        print(f"{n}: {k} actions")
