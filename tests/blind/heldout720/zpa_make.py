"""Build the seven zpa- blind test files (set heldout720) and their expected readings.

Run with /work/main/.venv/bin/python zpa_make.py (from any directory).
Only files whose names start with "zpa-" are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def out(name):
    assert name.startswith("zpa-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- docx helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for extra in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(extra)
        r.bold = bold


def header_row(table, labels, fill="D9D9D9"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell(cell, lab, bold=True)
        shade(cell, fill)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hexfill):
    return PatternFill(fill_type="solid", start_color=hexfill, end_color=hexfill)


def boxrow(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# =====================================================================
# 1. HMP Dovegate - HMIP inspection action plan (docx)
# =====================================================================
def dovegate():
    name = "zpa-hmp-dovegate-hmip-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Action Plan: HMP Dovegate", style="Title")
    doc.add_paragraph("Action Plan Submitted: 4 March 2024")
    doc.add_paragraph("A Response to the HMIP Inspection: 18 September – 5 October 2023")
    doc.add_paragraph("Report Published: 8 January 2024")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of the "
        "conditions for and treatment of prisoners. In response to the report, HMPPS and the operator "
        "(Serco) are required to draft a robust and timely action plan to address the concerns raised. "
        "The action plan confirms whether each concern is agreed, partly agreed or not agreed (see "
        "categorisations below). Where a concern is agreed or partly agreed, the action plan sets out "
        "specific steps to address it, with the owner and timescale of each step clearly identified."
    )
    doc.add_paragraph("Only the following responses to concerns should be used:")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    header_row(key, ["Term", "Definition"])
    rows = [
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable."),
        ("Partly Agreed", "Only part of the concern is accepted, is achievable and affordable and will be addressed. "
                          "The response states clearly which part will be addressed."),
        ("Not Agreed", "The concern is not accepted and will not be addressed. The response explains why."),
    ]
    for i, (a, b) in enumerate(rows, start=1):
        set_cell(key.rows[i].cells[0], a, bold=True)
        set_cell(key.rows[i].cells[1], b)

    doc.add_paragraph()
    doc.add_heading("ACTION PLAN: HMIP REPORT – HMP DOVEGATE", level=1)

    cols = ["Concern", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action", "Responsible owner", "Target date"]
    widths = [Cm(6.5), Cm(2.6), Cm(1.3), Cm(8.5), Cm(3.6), Cm(2.6)]

    sections = [
        ("Priority concerns", [
            ("1. Too many prisoners were underemployed in wing jobs and spent long periods with little to do, "
             "which undermined the prison's role as a training prison.", "Agreed", [
                ("1.1", "Complete a full review of activity places, reducing wing worker roles and reallocating the "
                        "funded hours to vocational workshops.", "Head of Learning, Skills and Work", "31/07/2024",
                 "2024-07", None),
                ("1.2", "Open two additional industries workshops (textiles and recycling) providing 60 full-time "
                        "places.", "Head of Industries / Head of Learning, Skills and Work", "31/12/2024", "2024-12",
                 None),
            ]),
            ("2. The quality of education, skills and work provision was inadequate and too few prisoners "
             "achieved their qualifications.", "Agreed", [
                ("2.1", "Appoint a Quality Improvement Manager for education and introduce a termly observation "
                        "cycle for all tutors and instructors.", "Head of Learning, Skills and Work", "30/04/2024",
                 "2024-04", None),
                ("2.2", "Introduce a reading assessment at induction for all new arrivals and a targeted reading "
                        "programme for those assessed below Entry Level 3.", "Education Manager", "30/06/2024",
                 "2024-06", None),
            ]),
            ("3. Staff did not consistently challenge low-level poor behaviour such as vaping and improper dress, "
             "so rules and expectations were unclear.", "Agreed", [
                ("3.1", "Relaunch the establishment's expected standards with all residential staff through "
                        "wing briefings and a revised local incentives policy.", "Head of Residence", "31/03/2024",
                 "2024-03", None),
            ]),
        ]),
        ("Key concerns", [
            ("4. There had been a recent increase in assaults by prisoners on their peers.", "Agreed", [
                ("4.1", "Analyse violence data monthly at the Safety Intervention Meeting and open a Challenge, "
                        "Support and Intervention Plan (CSIP) for every identified perpetrator.", "Head of Safety",
                 "Ongoing – monthly", None, "Ongoing – monthly"),
            ]),
            ("5. Prisoners' applications and complaints were not always answered within the required timescales.",
             "Agreed", [
                ("5.1", "Introduce an applications tracker on each wing with weekly compliance checks by the "
                        "Business Hub.", "Business Assurance Manager", "May 2024", "2024-05", None),
            ]),
            ("6. Release planning for remanded and short-sentenced prisoners started too late.", "Partly Agreed", [
                ("6.1", "Begin release planning 12 weeks before the release date for all sentenced prisoners, "
                        "working with the Probation Service pre-release team.",
                 "Head of Offender Management Unit; Senior Probation Officer", "30/09/2024", "2024-09", None),
            ]),
        ]),
    ]

    expected = []
    for sec_title, concerns in sections:
        doc.add_heading(sec_title, level=2)
        nrows = 1 + sum(len(c[2]) for c in concerns)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for concern, agreed, actions in concerns:
            top = r
            for ref, text, owner, date, end, end_text in actions:
                cells = t.rows[r].cells
                set_cell(cells[2], ref)
                set_cell(cells[3], text)
                set_cell(cells[4], owner)
                set_cell(cells[5], date)
                lead = [x.strip() for x in owner.replace(" / ", ";").split(";")]
                expected.append(act(ref, [sec_title, concern], text, lead, end, "unrated", end_text))
                r += 1
            set_cell(t.rows[top].cells[0], concern)
            set_cell(t.rows[top].cells[1], agreed)
            if r - 1 > top:
                t.cell(top, 0).merge(t.cell(r - 1, 0))
                t.cell(top, 1).merge(t.cell(r - 1, 1))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    doc.add_paragraph(
        "Progress against this plan is reviewed monthly at the Senior Management Team meeting and reported "
        "quarterly to the HMPPS Contract Management team."
    )
    sign = doc.add_table(rows=2, cols=2)
    sign.style = "Table Grid"
    set_cell(sign.rows[0].cells[0], "Signed", bold=True)
    set_cell(sign.rows[0].cells[1], "Director, HMP Dovegate")
    set_cell(sign.rows[1].cells[0], "Date", bold=True)
    set_cell(sign.rows[1].cells[1], "04/03/2024")
    doc.save(out(name))

    # lead lists written by hand where the split is a person's reading
    expected[1]["lead"] = ["Head of Industries", "Head of Learning, Skills and Work"]
    expected[7]["lead"] = ["Head of Offender Management Unit", "Senior Probation Officer"]

    write_expected(name, {
        "source": (
            "Imitates the HMPPS 'Action Plan: HMP X – A Response to the HMIP Inspection' documents published on "
            "Prison Finder (e.g. HMP The Verne 2020, HMP Elmley 2019, HMP Liverpool 2018 – fdocuments/vdocuments "
            "transcripts), in the post-May-2022 form where HMIP reports priority and key concerns instead of "
            "recommendations (hmiprisons.justiceinspectorates.gov.uk 'From recommendations to concerns'). Body: "
            "HMP Dovegate (Serco), full unannounced inspection 18 September – 5 October 2023, report published "
            "8 January 2024 (HMIP reports published w/c 8 January 2024; doingtime.co.uk summary: purposeful "
            "activity poor, education worse than elsewhere, staff reluctant to challenge vaping/improper dress, "
            "rising peer assaults). Copied: title block (Action Plan Submitted / A Response to the HMIP "
            "Inspection / Report Published), introduction, Agreed/Partly Agreed/Not Agreed definitions table, "
            "concern and agreement cells merged vertically beside their numbered actions, responsible owner as "
            "job titles, target dates, signature table. Concern wording and actions are invented. URLs: "
            "https://hmiprisons.justiceinspectorates.gov.uk/news/reports-published-week-commencing-8-january-2024 ; "
            "https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html"
        ),
        "reads": (
            "An HMPPS-style action plan for HMP Dovegate with a definitions table and two action tables (Priority "
            "concerns, Key concerns). Each numbered concern sits in a merged cell beside its actions 1.1, 1.2 ... "
            "with a responsible post and a target date; there is no RAG, so every action is unrated."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Dovegate",
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 2. Metropolitan Police Service - HMICFRS vetting, misconduct and misogyny tracker (xlsx)
# =====================================================================
def met():
    name = "zpa-metropolitan-police-service-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"
    title = "Metropolitan Police Service – HMICFRS Vetting, Misconduct and Misogyny Inspection: Recommendations Tracker"
    sub = "Position as at 31 January 2025 – reported to the Professionalism Board"
    D = dt.datetime
    data = [
        ("Vetting", [
            ("Rec 3 – Record the rationale for every vetting decision where adverse information is identified, "
             "including any risk mitigation applied.", [
                ("3a", "Introduce a mandatory decision-rationale template in the vetting system for every clearance "
                       "granted with adverse information.", "Head of Vetting", D(2023, 4, 30), None, "blue",
                 "Template live since May 2023; compliance 100% in December 2024 dip sample."),
                ("3b", "Quality assure 10% of approved clearances each month through the Vetting Assurance Panel.",
                 "Vetting Quality Assurance Manager", D(2023, 4, 30), D(2025, 3, 31), "green",
                 "Panel established; sampling at 7% while two QA posts are filled. Full 10% from March."),
            ]),
            ("Rec 7 – Check all applicants and existing personnel against the Police National Database and local "
             "intelligence systems at recruitment and renewal.", [
                ("7a", "Extend PND and local intelligence checks to all police staff, contractors and volunteers at "
                       "clearance renewal.", "Head of Vetting", D(2023, 10, 31), D(2025, 6, 30), "amber",
                 "Contractor renewals delayed by supplier data issues; recovery plan agreed with Commercial."),
            ]),
        ]),
        ("Counter-corruption", [
            ("Rec 12 – Make sure the counter-corruption unit has enough capacity and capability to assess and "
             "develop intelligence about abuse of position for a sexual purpose.", [
                ("12a", "Recruit 24 additional investigators and analysts into the Anti-Corruption and Abuse Command.",
                 "Commander, Professionalism", D(2023, 10, 31), D(2024, 12, 31), "blue",
                 "All 24 posts filled by November 2024."),
                ("12b", "Deploy the network monitoring tool across all MPS devices, including mobile devices.",
                 "Director of Digital Policing / Commander, Professionalism", D(2024, 3, 31), D(2025, 6, 30), "red",
                 "Mobile device roll-out paused following a procurement challenge. Escalated to Management Board."),
            ]),
        ]),
        ("Misconduct", [
            ("Rec 18 – Make sure allegations of misconduct are assessed by staff trained in the assessment of "
             "severity and in the relevant legislation.", [
                ("18a", "Deliver assessment training to all Directorate of Professional Standards assessors and "
                        "local Professional Standards Units.", "Head of Professional Standards", D(2023, 9, 30), None,
                 "blue", "Training completed by 212 assessors; included in induction for new starters."),
            ]),
            ("Rec 21 – Record and monitor data on allegations of sexual misconduct and their outcomes, including "
             "the protected characteristics of those involved.", [
                ("21a", "Publish a quarterly dashboard of misconduct outcomes by protected characteristic to the "
                        "Professionalism Board.", "DPS Performance Lead", D(2024, 3, 31), None, "green",
                 "Q3 dashboard presented in January; Q4 due April."),
            ]),
        ]),
        ("Misogyny and unwanted sexual behaviour", [
            ("Rec 26 – Give officers and staff a way to report misogynistic and predatory behaviour anonymously, "
             "and act on the reports received.", [
                ("26a", "Relaunch the anonymous reporting line with an independent provider and publicise it to all "
                        "officers and staff.", "Commander, Professionalism", D(2023, 3, 31), None, "blue",
                 "Relaunched March 2023; 1,460 reports received to date."),
                ("26b", "Survey all officers and staff annually on their experience of misogyny and report the "
                        "results to Management Board.", "Director of People", D(2024, 3, 31), D(2025, 9, 30), "amber",
                 "First survey closed with a 19% response rate; second survey re-planned for September."),
            ]),
        ]),
    ]

    wb = Workbook()
    summ = wb.active
    summ.title = "Summary"
    tr = wb.create_sheet("Tracker")
    keyws = wb.create_sheet("Key")

    # --- tracker
    tr["A1"] = title
    tr["A1"].font = Font(bold=True, size=14)
    tr["A2"] = sub
    tr["A2"].font = Font(italic=True)
    heads = ["Ref", "HMICFRS recommendation", "MPS action", "Action owner", "HMICFRS deadline", "Revised date",
             "BRAG", "Progress update – January 2025"]
    for i, h in enumerate(heads, start=1):
        c = tr.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("1F3864")
    boxrow(tr, 4, 8)
    for col, w in zip("ABCDEFGH", [7, 45, 50, 28, 14, 14, 8, 55]):
        tr.column_dimensions[col].width = w
    r = 5
    expected = []
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for section, recs in data:
        tr.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, 9):
            tr.cell(row=r, column=c).fill = xfill("D9E1F2")
        tr.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, actions in recs:
            top = r
            tr.cell(row=r, column=2, value=rec)
            for ref, text, owner, orig, rev, rag, upd in actions:
                tr.cell(row=r, column=1, value=ref)
                tr.cell(row=r, column=3, value=text)
                tr.cell(row=r, column=4, value=owner)
                c = tr.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = tr.cell(row=r, column=6, value=rev)
                    c.number_format = "dd/mm/yyyy"
                tr.cell(row=r, column=7).fill = xfill(FILL[rag])
                tr.cell(row=r, column=8, value=upd)
                boxrow(tr, r, 8)
                end = (rev or orig).strftime("%Y-%m")
                lead = [x.strip() for x in owner.split(" / ")]
                expected.append(act(ref, [section, rec], text, lead, end, rag))
                counts[rag] += 1
                r += 1
            if r - 1 > top:
                tr.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            tr.cell(row=top, column=2).alignment = WRAP
    tr.freeze_panes = "C5"

    # --- summary
    summ["A1"] = title
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = sub
    summ["A4"] = "BRAG status"
    summ["B4"] = "Number of actions"
    summ["A4"].font = summ["B4"].font = Font(bold=True)
    rows = [("Blue – complete", "blue"), ("Green – on track", "green"), ("Amber – at risk", "amber"),
            ("Red – off track", "red")]
    rr = 5
    for lab, k in rows:
        summ.cell(row=rr, column=1, value=lab).fill = xfill(FILL[k])
        summ.cell(row=rr, column=2, value=counts[k])
        rr += 1
    summ.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    summ.cell(row=rr, column=2, value=sum(counts.values())).font = Font(bold=True)
    summ.cell(row=rr + 2, column=1,
              value="Recommendations addressed to the College of Policing, the Home Office and the IOPC are "
                    "tracked nationally and are not shown.")
    summ.column_dimensions["A"].width = 30
    summ.column_dimensions["B"].width = 20

    # --- key
    keyws["A1"] = "BRAG key"
    keyws["A1"].font = Font(bold=True)
    kk = [("blue", "Complete – evidence accepted by the Professionalism Board"),
          ("green", "On track to meet the deadline"),
          ("amber", "At risk – deadline may be missed; mitigation in place"),
          ("red", "Off track – deadline missed or will be missed; escalated")]
    for i, (k, txt) in enumerate(kk, start=2):
        keyws.cell(row=i, column=1).fill = xfill(FILL[k])
        keyws.cell(row=i, column=2, value=txt)
    keyws.column_dimensions["B"].width = 60
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a force-level tracker of the 43 recommendations in HMICFRS 'An inspection of vetting, "
            "misconduct, and misogyny in the police service' (November 2022), as forces self-assessed for the "
            "NPCC and HMICFRS review of progress (HMICFRS letter and annex, 11 May 2023; PCC responses published "
            "by Surrey and Warwickshire PCCs). Body: Metropolitan Police Service. Copied: Summary sheet with "
            "BRAG counts and totals, tracker grouped by theme rows (Vetting, Counter-corruption, Misconduct, "
            "Misogyny), each recommendation merged down beside its numbered force actions (3a, 3b ...), "
            "original HMICFRS deadline and revised date, fill-only BRAG cells with a Key sheet, progress "
            "commentary. Recommendation wording is paraphrased and numbering illustrative; actions invented. URL: "
            "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/annex-to-home-secretarys-letter-vetting-"
            "misconduct-and-misogyny-in-the-police-service-review-of-progress/"
        ),
        "reads": (
            "A three-sheet workbook: a BRAG summary, the tracker and a colour key. On the tracker, theme rows "
            "head merged recommendation cells, each with one or two MPS actions; the BRAG cell has only a fill "
            "colour, read through the Key sheet (blue = complete), and the revised date replaces the HMICFRS "
            "deadline where one is given."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 3. Greater Manchester FRS - Grenfell Tower Inquiry Phase 2 recommendations tracker (xlsx)
# =====================================================================
def gmfrs():
    name = "zpa-greater-manchester-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.xlsx"
    title = "Grenfell Tower Inquiry Phase 2 – Recommendations Tracker"
    D = dt.datetime
    themes = [
        ("Theme 1: Incident command and training", [
            ("GT2/01 – Incident commanders should be trained to recognise when compartmentation has failed and "
             "when a change of evacuation strategy is needed.", [
                ("GT2/01a", "Deliver the revised high-rise incident command module to all Level 2 and Level 3 "
                            "incident commanders.", "Group Manager, Training and Development", "Oct-24",
                 D(2025, 3, 31), "Amber", "Complete",
                 "All 214 commanders trained; assessed through ICS revalidation.", "2025-03", None, "blue"),
                ("GT2/01b", "Add a failure-of-compartmentation scenario to the annual multi-agency high-rise exercise "
                            "programme.", "Moran, Kieran", "Jan-25", D(2025, 9, 30), "Green", "Green",
                 "Exercise Skyline held 17 September; debrief report in draft.", "2025-09", None, "green"),
            ]),
        ]),
        ("Theme 2: Fire control", [
            ("GT2/02 – Control room staff should be trained and equipped to handle large numbers of fire survival "
             "guidance calls and to share that information with the incident ground.", [
                ("GT2/02a", "Upgrade the North West Fire Control mobilising system to pass live FSG information to "
                            "the incident command unit.", "Area Manager (Control) & Head of ICT", "Apr-25",
                 "31/03/2026", "Amber", "Amber",
                 "Supplier change request agreed; testing slipped to January because of the system upgrade.",
                 "2026-03", None, "amber"),
                ("GT2/02b", "Run quarterly FSG call-handling exercises with North West Fire Control operators.",
                 "Station Manager, Control Liaison", "Jan-25", "Ongoing (quarterly)", "Green", "Green",
                 "Q2 exercise completed 4 September.", None, "Ongoing (quarterly)", "green"),
            ]),
        ]),
        ("Theme 3: Operational risk information and equipment", [
            ("GT2/03 – Operational risk information about high-rise residential buildings should be current and "
             "available to crews on the fireground.", [
                ("GT2/03a", "Complete section 7(2)(d) revisits of all residential buildings of 18m and above and "
                            "update their site-specific risk information.", "Area Manager, Prevention and Protection",
                 "Oct-24", "Q2 2025/26", "Red", "Amber",
                 "412 of 486 buildings revisited. Remaining visits scheduled by end of October.", "2025-09", None,
                 "amber"),
            ]),
            ("GT2/04 – Fire and rescue services should have communications equipment that works reliably in "
             "high-rise buildings.", [
                ("GT2/04a", "Trial and procure repeater radio kits for high-rise incidents.",
                 "Head of Fleet and Engineering", "Mar-25", D(2025, 12, 31), "Amber", "Red",
                 "Trial kit failed interoperability testing; new tender required. Escalated to Programme Board.",
                 "2025-12", None, "red"),
            ]),
        ]),
        ("Theme 4: Residents and building owners", [
            ("GT2/05 – Fire and rescue services should engage with residents of high-rise buildings and make sure "
             "building owners share evacuation information with them.", [
                ("GT2/05a", "Publish a resident engagement toolkit for high-rise buildings with partner housing "
                            "providers.", "Prevention Manager", "Nov-24", D(2025, 6, 30), "Green", "Complete",
                 "Toolkit published June 2025 and shared with 31 housing providers.", "2025-06", None, "blue"),
            ]),
        ]),
    ]
    ragfill = {"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"], "Complete": FILL["blue"]}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Greater Manchester Fire and Rescue Service"
    cov["A3"] = "Position at 30 September 2025 – for the GMCA Fire Committee"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", "14/10/2024", "Programme Office", "First draft following publication of the Phase 2 report"),
          ("1.0", "21/11/2024", "Programme Office", "Approved by the Grenfell Programme Board"),
          ("1.3", "07/10/2025", "Programme Office", "September 2025 position")]
    for i, row in enumerate(dc, start=6):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6:
                c.font = Font(bold=True)
    cov["A11"] = "Senior responsible officer"
    cov["B11"] = "Deputy Chief Fire Officer"
    cov["A13"] = "RAG key"
    cov["A13"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("Red", "Off track – escalated to Programme Board"),
                                   ("Amber", "At risk – corrective action in place"),
                                   ("Green", "On track"),
                                   ("Complete", "Action closed and evidenced at Programme Board")], start=14):
        cov.cell(row=i, column=1, value=k).fill = xfill(ragfill[k])
        cov.cell(row=i, column=2, value=txt)
    for col, w in zip("ABCD", [26, 14, 20, 55]):
        cov.column_dimensions[col].width = w

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Greater Manchester Fire and Rescue Service | Position at 30 September 2025"
    heads = ["Ref", "GMFRS action", "Lead officer", "Start", "Target date", "Previous RAG (Jun-25)",
             "Current RAG (Sep-25)", "Progress comments"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("C00000")
    boxrow(ws, 4, 8)
    for col, w in zip("ABCDEFGH", [10, 55, 30, 9, 14, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    r = 5
    expected = []
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = xfill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, actions in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).fill = xfill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for (ref, text, lead, start, target, prev, cur, comment, end, end_text, status) in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=2, value=text)
                ws.cell(row=r, column=3, value=lead)
                ws.cell(row=r, column=4, value=start)
                c = ws.cell(row=r, column=5, value=target)
                if isinstance(target, dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(row=r, column=6, value=prev).fill = xfill(ragfill[prev])
                ws.cell(row=r, column=7, value=cur).fill = xfill(ragfill[cur])
                ws.cell(row=r, column=8, value=comment)
                boxrow(ws, r, 8)
                leads = ["Area Manager (Control)", "Head of ICT"] if "&" in lead else [lead]
                expected.append(act(ref, [theme, rec], text, leads, end, status, end_text))
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: recommendations addressed solely to the London Fire Brigade or to "
                                   "Government have been reviewed for learning and are recorded on the NFCC "
                                   "national tracker, not here.")
    ws.cell(row=r + 1, column=1, value="RAG: Red – off track; Amber – at risk; Green – on track; Complete – closed "
                                       "and evidenced at Programme Board.")
    ws.freeze_panes = "B5"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a fire and rescue service's local tracker of the Grenfell Tower Inquiry Phase 2 report "
            "(September 2024) recommendations, of the kind reported to fire authority committees alongside the "
            "Government's quarterly Phase 2 progress report (gov.uk, May 2025, themes incl. 'Fire and rescue "
            "services') and the earlier Phase 1 progress updates (HMICFRS letter February 2025; GLA/LFB progress "
            "reports with themes such as control room, command and control, equipment, evacuation). Body: "
            "Greater Manchester Fire and Rescue Service. Copied: cover sheet with document-control table, SRO "
            "and RAG key; tracker with dark theme rows, the recommendation as a merged row above its lettered "
            "actions, start and target dates (mmm-yy, dd/mm/yyyy, financial quarter, 'Ongoing'), previous and "
            "current RAG words with fills, surname-forename lead, two posts joined by '&', notes lines. "
            "Recommendation wording is paraphrased with local refs; actions invented. URL: "
            "https://www.gov.uk/government/publications/grenfell-tower-inquiry-government-progress-report/progress-report-summary-update"
        ),
        "reads": (
            "A cover sheet (document control, RAG key) and a tracker of seven GMFRS actions under four themes, "
            "each recommendation written as a merged row above its actions. Status is the Current RAG column "
            "(Complete = blue per the key); Q2 2025/26 ends September 2025 and the quarterly exercise line has "
            "no end month."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 4. Trafford College Group - Ofsted post-inspection action plan (docx)
# =====================================================================
def trafford():
    name = "zpa-trafford-college-group-ofsted-post-inspection-action-plan.docx"
    title = "Trafford College Group – Ofsted Post-Inspection Action Plan 2025–26"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Vice Principal – Quality and Curriculum"),
                                 ("Version", "1.3"),
                                 ("Approved by", "Quality and Standards Committee, 2 July 2025"),
                                 ("Last updated", "10 November 2025"),
                                 ("Next review", "February 2026")]):
        set_cell(dc.rows[i].cells[0], a, bold=True)
        shade(dc.rows[i].cells[0], "DEEAF6")
        set_cell(dc.rows[i].cells[1], b)
    doc.add_paragraph()
    doc.add_paragraph(
        "Ofsted carried out a full inspection of the college from 13 to 16 May 2025. The report identified three "
        "areas for improvement (AFIs). This plan sets out the actions agreed by the Senior Leadership Team to "
        "address them. Progress is reviewed at each Quality and Standards Committee."
    )
    doc.add_paragraph("RAG rating key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, f, txt) in enumerate([("Blue", "blue", "Completed and impact evidenced"),
                                      ("Green", "green", "On track"),
                                      ("Amber", "amber", "Some slippage – action being taken"),
                                      ("Red", "red", "Off track – escalated to SLT")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], FILL[f])
        set_cell(key.rows[i].cells[1], txt)

    cols = ["Ref", "Action", "Lead(s)", "Success measure", "Deadline", "RAG", "Progress update (Nov 2025)"]
    widths = [Cm(1.2), Cm(7.5), Cm(3.4), Cm(5.0), Cm(2.4), Cm(1.6), Cm(5.5)]
    parts = [
        ("Quality of education",
         "AFI 1: Leaders and managers should ensure that teachers in the minority of subjects where practice is "
         "weaker check learners' understanding effectively and adapt their teaching.", [
            ("1.1", "Deliver a programme of professional development on questioning and checking for understanding "
                    "to all teaching staff, led by the advanced practitioner team.",
             ["Head of Teaching, Learning and Assessment"], "Head of Teaching, Learning and Assessment",
             "Learning walks show effective checking of understanding in 90% of sessions.", "31/01/2026",
             "2026-01", "Green", "green", "green",
             "Four of six sessions delivered; attendance 94%."),
            ("1.2", "Target developmental coaching at teachers in construction, motor vehicle and ESOL identified "
                    "through learning walks.\nCoaching impact reviewed at half-termly quality review meetings.",
             ["Advanced Practitioners", "Heads of Faculty"], "Advanced Practitioners; Heads of Faculty",
             "All identified teachers reach 'securely effective' at review.", "April 2026", "2026-04", "Amber",
             "amber", "amber",
             "Coaching started late in motor vehicle because of staff vacancies."),
        ]),
        ("Behaviour and attitudes",
         "AFI 2: Leaders should improve the attendance of learners aged 16 to 19 at English and mathematics "
         "lessons.", [
            ("2.1", "Introduce same-day contact with parents and carers for every absence from English and "
                    "mathematics lessons.", ["Assistant Principal – Student Experience"],
             "Assistant Principal – Student Experience", "Attendance at English and maths rises to 88%.",
             "Oct-25", "2025-10", "Blue", "blue", "blue",
             "In place from 8 September; attendance at 86% and rising."),
            ("2.2", "Timetable English and mathematics on the same day as vocational lessons for all full-time study "
                    "programmes.", ["VP Curriculum", "Head of English and Maths"], "VP Curriculum & Head of English and Maths",
             "All 2026/27 full-time timetables built on the new model.", "Sept 2026", "2026-09", "Green",
             "green", "green", "Timetable model agreed by Curriculum Planning Group."),
        ]),
        ("Personal development",
         "AFI 3: Leaders should ensure that apprentices receive impartial careers advice that helps them plan "
         "their next steps.", [
            ("3.1", "Train all apprenticeship skills coaches to Level 6 in careers guidance or give apprentices "
                    "access to a qualified adviser at each progress review.", ["Director of Apprenticeships"],
             "Director of Apprenticeships", "Every apprentice has a recorded careers discussion each year.",
             "31 March 2026", "2026-03", "", "amber", "amber",
             "Eight of 22 coaches enrolled on the Level 6 course."),
            ("3.2", "Add a careers and next-steps section to the apprentice progress review template.",
             ["Apprenticeship Quality Manager"], "Apprenticeship Quality Manager",
             "Template in use for all reviews from January 2026.", "Dec 2025", "2025-12", "Complete", "blue",
             "blue", "New template live on the e-portfolio from 3 November."),
        ]),
    ]
    expected = []
    for judgement, afi, actions in parts:
        doc.add_heading(judgement, level=1)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(actions), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="BDD7EE")
        for i, (ref, text, leads, leadtxt, measure, date, end, ragtxt, ragfill, status, upd) in enumerate(
                actions, start=1):
            cells = t.rows[i].cells
            for c, v in zip(cells, [ref, text, leadtxt, measure, date, ragtxt, upd]):
                set_cell(c, v)
            shade(cells[5], FILL[ragfill])
            expected.append(act(ref, [judgement, afi], text, leads, end, status))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()
    doc.add_paragraph("Governors receive a full update on this plan at each Quality and Standards Committee "
                      "meeting.")
    doc.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the post-inspection action plans (PIAPs) English FE colleges write after an Ofsted "
            "inspection, built on the report's 'What does the provider need to do to improve?' points (FE Week "
            "Ofsted Watch coverage; Lancashire County Council PIAP report 2015; Mesma guidance on improvement "
            "planning). Body: Trafford College Group (FE Week reported its merger with Stockport College and "
            "Ofsted's 'significant progress' finding). Copied: title, document-control table, short introduction, "
            "RAG key table with fills, one heading per Ofsted key judgement with the AFI in bold above its own "
            "action table, success measures, deadlines in mixed forms, RAG words with fills (one cell fill only), "
            "a two-paragraph action cell. Inspection dates and all AFI and action text are invented. URL: "
            "https://feweek.co.uk/ofsted-watch-two-providers-rated-inadequate-for-apprenticeships/"
        ),
        "reads": (
            "A college PIAP: document control and a RAG key, then three sections (Quality of education, "
            "Behaviour and attitudes, Personal development), each with one bold AFI and a table of two actions. "
            "RAG is read from the word or, for 3.1, the amber fill; 'Complete' and Blue are complete."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 5. Magor Church in Wales Primary School - school development plan (txt, tab-separated)
# =====================================================================
def magor():
    name = "zpa-magor-church-in-wales-primary-school-development-plan-2025-26.txt"
    title = "Magor Church in Wales Primary School – School Development Plan 2025-26"
    head = "Ref\tAction\tLead\tTimescale\tResources\tMonitoring\tRAG"
    P = [
        ("Priority 1: To improve monitoring and evaluation so that it identifies areas for improvement robustly, "
         "including the level of challenge in teaching for all pupils", [
            ("1.1", ["Revise the monitoring calendar so that learning walks, book looks and pupil voice are "
                     "triangulated each half term."], "HT/DHT", ["HT", "DHT"], "Autumn term 2025", "2025-12", None,
             "INSET day 1", "Standards Committee – Dec 2025", "G", "green"),
            ("1.2", ["Train middle leaders to evaluate the level of challenge in lessons using the school's agreed "
                     "'stretch' criteria", "and share findings with the cluster schools."], "DHT", ["DHT"],
             "Summer term 2026", "2026-07", None, "Cluster PL budget £600", "HT report to governors – termly",
             "A", "amber"),
        ]),
        ("Priority 2: To continue to develop a curriculum that gives an authentic, cohesive and systematic approach "
         "to developing pupils' skills over time", [
            ("2.1", ["Map progression in literacy, numeracy and digital skills across all Areas of Learning and "
                     "Experience."], "Curriculum lead; Digital lead", ["Curriculum lead", "Digital lead"],
             "July 2026", "2026-07", None, "2 x release days", "Curriculum governor visit", "G", "green"),
            ("2.2", ["Plan one authentic learning project each term in every class with a local community "
                     "partner."], "All teaching staff", ["All teaching staff"], "Termly", None, "Termly",
             "£250 per class", "SLT planning scrutiny", "G", "green"),
        ]),
        ("Priority 3: To improve feedback so that pupils have meaningful opportunities to respond and improve "
         "their work", [
            ("3.1", ["Agree and launch a whole-school feedback policy, including live marking and 'fix-it' time."],
             "SJ & RT", ["SJ", "RT"], "Dec 2025", "2025-12", None, "Staff meeting time",
             "Policy to FGB – Dec 2025", "B", "blue"),
            ("3.2", ["Monitor pupils' use of feedback through book scrutiny and pupil voice."], "SLT", ["SLT"],
             "Ongoing", None, "Ongoing", "None", "Book looks – each half term", "G", "green"),
        ]),
        ("Priority 4: To develop a school culture in which equality and diversity are celebrated in all aspects of "
         "school life", [
            ("4.1", ["Audit reading books and classroom resources for diversity and replace where needed."],
             "Literacy lead", ["Literacy lead"], "March 2026", "2026-03", None, "£1,200 (PDG / school budget)",
             "Pupil voice – Summer term", "", "unrated"),
            ("4.2", ["Set up a pupil Equality Ambassadors group to lead collective worship on diversity themes."],
             "Wellbeing lead", ["Wellbeing lead"], "Autumn term 2025", "2025-12", None, "None",
             "Collective worship monitoring – Rev. Canon", "B", "blue"),
        ]),
    ]
    lines = [title,
             "Year 1 of our three-year plan (2025-2028). Approved by the Full Governing Body 24/09/2025.",
             ""]
    expected = []
    for prio, actions in P:
        lines.append(prio)
        lines.append(head)
        for ref, text, leadtxt, leads, tscale, end, end_text, res, mon, rag, status in actions:
            lines.append("\t".join([ref, text[0], leadtxt, tscale, res, mon, rag]))
            for cont in text[1:]:
                lines.append("\t".join(["", cont, "", "", "", "", ""]))
            expected.append(act(ref, [prio], "\n".join(text), leads, end, status, end_text))
        lines.append("")
    lines.append("RAG key: R = concern / not on track   A = progress slower than planned   G = on track   "
                 "B = achieved")
    lines.append("Progress against the plan is reported to governors each term in the Headteacher's report.")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": (
            "Imitates a Welsh primary school development plan (statutory in Wales; layout left to schools per the "
            "Hwb school improvement guidance) exported from a Word/Excel plan as tab-separated text. Body: Magor "
            "Church in Wales Primary School, Monmouthshire, whose website lists four 2025/26 targets (monitoring "
            "and evaluation incl. challenge; authentic, cohesive curriculum for skills; meaningful feedback; "
            "equality and diversity) - paraphrased here as the four priorities. Copied: school/plan title line, "
            "approval line, priority heading lines each followed by a repeated column header, Ref/Action/Lead/"
            "Timescale/Resources/Monitoring/RAG columns, school-term timescales, initials and roles as leads, a "
            "wrapped action continued on the next line, RAG letters with a key line and a notes line. Actions "
            "are invented. URL: https://www.magorciwprimary.co.uk/school-development-plan"
        ),
        "reads": (
            "A tab-separated SDP with four priorities, each heading two numbered actions. Terms end in their last "
            "month (Autumn term 2025 = December 2025, Summer term 2026 = July 2026); 'Termly' and 'Ongoing' have "
            "no end month; action 1.2 runs on to a second line; 4.1 has no RAG yet."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# =====================================================================
# 6. York St John University - Ofsted ITE improvement plan (xlsx, typo month -> refuse)
# =====================================================================
def yorksj():
    name = "zpa-york-st-john-university-ofsted-ite-improvement-plan-typo-month-refuse.xlsx"
    title = "York St John University ITE Partnership – Ofsted Inspection Improvement Plan 2024-25"
    D = dt.datetime
    sheets = [
        ("Primary", "Phase: Primary (3-11) | Plan owner: Head of Primary ITE | Last updated: 14/01/2025", [
            ("AFI 1: Leaders should ensure that the centre-based curriculum in foundation subjects sets out precisely "
             "the important knowledge trainees need to learn and when they will learn it.", [
                ("P1.1", "Rewrite the foundation subject curriculum maps so that each session identifies the core "
                         "content trainees must know.", "Primary Curriculum Leads",
                 "Revised maps approved at Curriculum Committee", D(2024, 10, 31), "Complete",
                 "Approved 23 October."),
                ("P1.2", "Align school-based training tasks with the revised maps for history, geography and art.",
                 "Partnership Manager (Primary)", "Training tasks published in the Partnership Handbook",
                 "December 2024", "Complete", "Handbook v3 issued."),
            ]),
            ("AFI 2: Leaders should ensure that all mentors have the knowledge they need to help trainees put the "
             "curriculum into practice.", [
                ("P2.1", "Run mentor development sessions on the revised curriculum in each partnership hub.",
                 "Head of Primary ITE; Partnership Manager (Primary)", "90% of active mentors attend",
                 "Feburary 2025", "In progress", "Three of five hub sessions held; 71% attendance so far."),
                ("P2.2", "Quality assure mentor meetings through joint observations by link tutors.",
                 "Link Tutors", "Every trainee has one jointly observed mentor meeting", D(2025, 4, 30),
                 "In progress", ""),
            ]),
        ]),
        ("Secondary", "Phase: Secondary (11-16) | Plan owner: Head of Secondary ITE | Last updated: 14/01/2025", [
            ("AFI 1: Leaders should make sure that trainees learn enough about how to support pupils with special "
             "educational needs and/or disabilities in their subject.", [
                ("S1.1", "Add two subject-specific SEND sessions to each secondary subject programme.",
                 "Subject Leads", "Sessions delivered in all subjects", D(2025, 3, 31), "In progress",
                 "Maths, English and science delivered."),
                ("S1.2", "Set a SEND-focused assessed task on the second placement.", "Head of Secondary ITE",
                 "Task completed by all trainees", "June 2025", "Not started", ""),
            ]),
        ]),
    ]
    wb = Workbook()
    first = True
    typo_row = None
    for sname, info, afis in sheets:
        ws = wb.active if first else wb.create_sheet(sname)
        ws.title = sname
        first = False
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = info
        ws["A2"].font = Font(italic=True)
        heads = ["Ref", "Action", "Responsible", "Success criteria / evidence", "Target date", "Status",
                 "Commentary"]
        for i, h in enumerate(heads, start=1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = xfill("7030A0")
        boxrow(ws, 4, 7)
        for col, w in zip("ABCDEFG", [8, 55, 30, 35, 14, 13, 40]):
            ws.column_dimensions[col].width = w
        r = 5
        for afi, actions in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for cc in range(1, 8):
                ws.cell(row=r, column=cc).fill = xfill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, text, resp, crit, target, status, comm in actions:
                vals = [ref, text, resp, crit, target, status, comm]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v if v != "" else None)
                    if j == 5 and isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                boxrow(ws, r, 7)
                if target == "Feburary 2025":
                    assert sname == "Primary"
                    typo_row = r
                r += 1
        dv = DataValidation(type="list", formula1='"Not started,In progress,Complete"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"F5:F{r - 1}")
        r += 1
        ws.cell(row=r, column=1, value="Status options: Not started / In progress / Complete. "
                                       "Plan reviewed monthly by the ITE Partnership Steering Group.")
    wb.save(out(name))
    assert typo_row == 9, typo_row

    write_expected(name, {
        "source": (
            "Imitates the improvement plans university ITE partnerships draw up after an Ofsted initial teacher "
            "education inspection under the 2020 ITE framework (NASBTT analysis of 2023 and 2024 ITE reports; "
            "Ofsted ITE leaflet for providers), one sheet per phase. Body: York St John University ITE "
            "partnership. Copied: title and owner lines per sheet, AFI as a merged shaded row above its "
            "actions, refs P1.1/S1.1, responsible roles, success criteria, target dates as dates and as month "
            "words, a status drop-down (Not started / In progress / Complete), commentary and a notes line. "
            "Inspection month, AFIs and actions are invented. The target date of P2.1 on sheet 'Primary' is "
            "typed 'Feburary 2025'. URL: https://www.nasbtt.org.uk/ofsted-ite-inspection-reports-analysis-summary-2024-cycle-2/"
        ),
        "reads": (
            "A two-sheet ITE improvement plan (Primary, Secondary). On the Primary sheet, row 9 (action P2.1) "
            "has the target date 'Feburary 2025', a mistyped month, so a careful reader stops and asks before "
            "reading the plan."
        ),
        "outcome": "refuse",
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# =====================================================================
# 7. HM Courts & Tribunals Service Board - action log (csv)
# =====================================================================
def hmcts():
    name = "zpa-hm-courts-and-tribunals-service-board-action-log.csv"
    title = "HM Courts & Tribunals Service Board – Action Log"
    meetings = [
        ("Board meeting 9 July 2025", [
            ("BA-25-041", "09/07/2025", "4. Performance and finance",
             "Circulate the refreshed Crown Court recovery trajectory, including the effect of additional sitting "
             "days, ahead of the September Board.", "Operations Director", ["Operations Director"], "05/09/2025",
             "2025-09", None, "B", "blue", "Circulated 2 September 2025. Propose closure."),
            ("BA-25-042", "09/07/2025", "6. Digital and technology",
             "Bring a paper on the remaining legacy case management systems and a decommissioning timetable.",
             "Chief Digital and Information Officer", ["Chief Digital and Information Officer"], "December 2025",
             "2025-12", None, "A", "amber",
             "Deferred from October, pending the spending review settlement."),
        ]),
        ("Board meeting 10 September 2025", [
            ("BA-25-047", "10/09/2025", "5. People",
             "Provide an assessment of staff resourcing in the Tribunals, with vacancy rates by jurisdiction.",
             "HR Director", ["HR Director"], "31/10/2025", "2025-10", None, "R", "red",
             "Overdue – analysis awaiting validated vacancy data from the workforce planning team."),
            ("BA-25-048", "10/09/2025", "7. Common Platform",
             "Share the independent assurance review of the Common Platform stabilisation plan with Non-Executive "
             "members.", "Board Secretary", ["Board Secretary"], "30/09/2025", "2025-09", None, "B", "blue",
             "Shared 26 September."),
            ("BA-25-049", "10/09/2025", "8. Family jurisdiction",
             "Set out options for extending video hearings in the Family Court, including the judicial view.",
             "Operations Director / Director of Strategy and Change",
             ["Operations Director", "Director of Strategy and Change"], "January 2026", "2026-01", None, "G",
             "green", "Options paper in draft; judicial engagement under way via the Family Division."),
        ]),
        ("Board meeting 8 October 2025", [
            ("BA-25-053", "08/10/2025", "4. Performance and finance",
             "Report back on the outcome of the magistrates' court estate condition survey and the priority works "
             "for 2026-27.", "Chief Financial Officer", ["Chief Financial Officer"], "Q4 2025/26", "2026-03", None,
             "G", "green", "Survey fieldwork complete; costed programme to March Board."),
            ("BA-25-054", "08/10/2025", "9. Any other business",
             "Add a cyber resilience deep dive to the Board forward programme.", "Board Secretary",
             ["Board Secretary"], "12/11/2025", "2025-11", None, "B", "blue",
             "Scheduled for the February 2026 meeting."),
        ]),
        ("Board meeting 12 November 2025", [
            ("BA-25-060", "12/11/2025", "4. Performance and finance",
             "Provide a short note on complaints performance and the customer satisfaction survey results for the "
             "first half of 2025-26.", "Operations Director", ["Operations Director"], "January 2026", "2026-01",
             None, "G", "green", "On track."),
            ("BA-25-061", "12/11/2025", "10. Board effectiveness",
             "Review the Board effectiveness action plan,\nincluding the timing of the external evaluation.",
             "Board Secretary", ["Board Secretary"], "TBC", None, "TBC", "", "unrated",
             "To be agreed with the Chair."),
        ]),
    ]
    ncol = 8
    rows = [[title] + [""] * (ncol - 1),
            ["Open and recently closed actions as at 3 December 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Action No.", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "RAG", "Update"]]
    expected = []
    for meeting, actions in meetings:
        rows.append([meeting] + [""] * (ncol - 1))
        for (no, mdate, item, text, owner, leads, due, end, end_text, rag, status, upd) in actions:
            rows.append([no, mdate, item, text, owner, due, rag, upd])
            expected.append(act(no, [meeting], text, leads, end, status, end_text))
    rows.append([""] * ncol)
    rows.append(["RAG: B = complete (propose closure); G = on track; A = at risk; R = overdue"] + [""] * (ncol - 1))
    rows.append(["Closed actions are removed from the log after they have been reported to the Board once."]
                + [""] * (ncol - 1))
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerows(rows)

    write_expected(name, {
        "source": (
            "Imitates the action log that goes with the HMCTS Board minutes (gov.uk 'HM Courts and Tribunals "
            "Service Board meeting' transparency pages, 2020-2023: 'Minutes and actions ... updates on actions "
            "were noted'; attendees by role such as Chief Financial Officer, Operations Director, Chief Digital "
            "and Information Officer, HR Director, Board Secretary), exported as CSV. Body: HM Courts & "
            "Tribunals Service. Copied: title and as-at lines, one row per meeting as a section line, action "
            "number, meeting date, agenda item, owners as job titles (two posts joined by '/'), due dates in "
            "several forms incl. a financial quarter and TBC, B/G/A/R letters with a key line, a quoted field "
            "with an embedded line break and a notes line. Actions invented. URL: "
            "https://www.gov.uk/government/publications/hm-courts-and-tribunals-service-board-meeting-8-september-2023/"
            "hm-courts-and-tribunals-service-board-meeting-8-september-2023"
        ),
        "reads": (
            "A CSV action log of nine Board actions grouped under four meeting lines. Status is the RAG letter "
            "(B = complete per the key); Q4 2025/26 ends March 2026; the last action's due date is TBC and it "
            "has no RAG yet, and its text runs over two lines inside one quoted field."
        ),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


if __name__ == "__main__":
    for fn in (dovegate, met, gmfrs, trafford, magor, yorksj, hmcts):
        n, k = fn()
        print(f"{n}: {k} actions")
