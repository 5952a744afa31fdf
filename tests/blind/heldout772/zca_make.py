#!/usr/bin/env python3
"""Build the seven zca- blind test files (set heldout772) and their expected readings.

Run with /work/main/.venv/bin/python zca_make.py (from any directory).
Each case's data lives in one place below: the cell/paragraph text that goes into the file,
and beside it the reading a person makes of that row (ref, under, lead, end, status), written
by hand. The expected.yaml files are emitted from those hand-written readings so that the
action text in the yaml is character-for-character the text in the file.
"""
import csv
import datetime as dt
import json
import os
import textwrap

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(" ".join(text.split()), 96, break_on_hyphens=False, break_long_words=False)
    return f"{key}: >-\n" + "".join(f"  {ln}\n" for ln in lines)


def write_expected(fname, source, reads, outcome, title=None, actions=None, refuse_at=None,
                   accept_refusal=False):
    out = [folded("source", source), folded("reads", reads)]
    out.append(f"outcome: {outcome}\n")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}\n")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}\n")
    if title is not None:
        out.append(f"title: {q(title)}\n")
    if actions is not None:
        out.append("actions:\n")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}\n")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]\n")
            out.append(f"    action: {q(a['action'])}\n")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]\n")
            out.append(f"    end: {q(a['end']) if a['end'] is not None else 'null'}\n")
            if a.get("end_text") is not None:
                out.append(f"    end_text: {q(a['end_text'])}\n")
            out.append(f"    status: {a['status']}\n")
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("".join(out))


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    """Write text into a docx cell; inner line breaks become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def fill(hexrgb):
    return PatternFill(fill_type="solid", start_color=hexrgb, end_color=hexrgb)


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAGFILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}


# ----------------------------------------------------------------------------------------------
# 1. HMP Lancaster Farms – HMPPS action plan responding to an HMIP inspection (docx)
# ----------------------------------------------------------------------------------------------

def make_lancaster_farms():
    fname = "zca-hmp-lancaster-farms-hmip-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Action Plan: HMP Lancaster Farms", level=0)
    doc.add_paragraph("Action Plan Submitted: 11 March 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 7–18 October 2024")
    doc.add_paragraph("Report Published: 14 January 2025")
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which provides scrutiny of "
        "the conditions for, and treatment of, prisoners. It reports its findings for prisons and young "
        "offender institutions in England and Wales to the Ministry of Justice (MoJ) and His Majesty’s "
        "Prison and Probation Service (HMPPS). Since May 2022 HMIP has reported priority and key concerns "
        "rather than recommendations. In response to the report HMPPS is required to draft a robust and "
        "timely action plan to address the concerns. The action plan confirms whether each concern is "
        "agreed, partly agreed or not agreed (see categorisations below). Where a concern is agreed or "
        "partly agreed, the action plan sets out the steps that will be taken, with the owner and "
        "timescale of each step clearly identified.")

    cat = doc.add_table(rows=1, cols=3)
    cat.style = "Table Grid"
    for c, h in zip(cat.rows[0].cells, ["Term", "Definition", "Additional comment"]):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [
        ("Agreed", "All of the concern is agreed with, can be achieved and is affordable.",
         "The response clearly explains how the concern will be addressed, with timescales."),
        ("Partly Agreed", "Only part of the concern is agreed with, is achievable, affordable and will be implemented.",
         "The response states clearly which part of the concern will be addressed."),
        ("Not Agreed", "The concern is not agreed with and will not be implemented.",
         "The response clearly explains why the concern has been rejected."),
    ]:
        cells = cat.add_row().cells
        for c, t in zip(cells, row):
            cell_text(c, t)

    header = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Action", "Responsible Owner",
              "Target Date"]

    sections = [
        ("Priority concerns", [
            dict(ref="1",
                 concern="Too many prisoners spent most of the day locked in their cells. Around a third were "
                         "unemployed and spent more than 22 hours a day behind their doors during the working week.",
                 agreed="Agreed",
                 action="A revised core day will be introduced from April 2025 so that all prisoners are unlocked "
                        "for a minimum of seven hours on weekdays. The textiles and industrial cleaning workshops "
                        "will reopen, creating 110 additional activity places, and allocation to activities will "
                        "be reviewed weekly by the Labour Allocation Board.",
                 owner="Head of Operations / Head of Education, Skills and Work",
                 target="30 September 2025",
                 lead=["Head of Operations", "Head of Education, Skills and Work"], end="2025-09"),
            dict(ref="2",
                 concern="Illicit drugs were too readily available. The positive rate for random mandatory drug "
                         "testing was 31%, and staff told us that drugs were entering the prison through the post "
                         "and over the fence.",
                 agreed="Agreed",
                 action="The local drug strategy will be refreshed and overseen by a monthly Drug Strategy Board "
                        "chaired by the Governor. All non-legal mail will be photocopied, the X-ray body scanner "
                        "will be used for all new arrivals and returns from court, and the perimeter fence will be "
                        "raised to 5.2 metres as part of the national Security Investment Programme.",
                 owner="Head of Security", target="June 2025",
                 lead=["Head of Security"], end="2025-06"),
            dict(ref="3",
                 concern="Levels of self-harm had risen by 40% since the last inspection, and the quality of case "
                         "management for prisoners at risk of self-harm (ACCT) was poor.",
                 agreed="Partly Agreed",
                 action="1. All ACCT case managers will complete the updated national ACCT refresher training.\n"
                        "2. The Safer Custody team will quality assure ten open ACCT documents each week and feed "
                        "back to case managers.\n"
                        "3. A Safety Intervention Meeting will be held weekly for prisoners with the most complex "
                        "needs.",
                 owner="Head of Safety", target="31/07/2025",
                 lead=["Head of Safety"], end="2025-07"),
        ]),
        ("Key concerns", [
            dict(ref="4",
                 concern="Staff–prisoner relationships were undermined by the high proportion of inexperienced "
                         "officers, and key work sessions were taking place for fewer than 10% of eligible prisoners.",
                 agreed="Agreed",
                 action="Each new officer will be allocated a mentor for their first 12 months. Key work will be "
                        "protected on the detail so that every eligible prisoner receives at least one session a "
                        "fortnight, with delivery monitored through the weekly performance report.",
                 owner="Deputy Governor", target="December 2025",
                 lead=["Deputy Governor"], end="2025-12"),
            dict(ref="5",
                 concern="Prisoners from black and minority ethnic backgrounds were more likely to have force used "
                         "against them, and leaders had not investigated this disparity.",
                 agreed="Agreed",
                 action="The Equalities Manager will analyse use of force data by ethnicity each quarter and "
                        "present the findings to the Use of Force Committee and the Equality Action Team. A "
                        "scrutiny panel including external partners will review a sample of incidents involving "
                        "black and minority ethnic prisoners.",
                 owner="Equalities Manager", target="Q2 2025/26",
                 lead=["Equalities Manager"], end="2025-09", end_text="Q2 2025/26"),
            dict(ref="6",
                 concern="Attendance at education, skills and work was low, at 58%, and too many sessions started "
                         "late or finished early.",
                 agreed="Agreed",
                 action="Daily attendance will be reported to the Orderly Officer by 10am and non-attendance "
                        "challenged on the wings. Movement times will be enforced and punctuality monitored "
                        "through the weekly Regime Management Meeting.",
                 owner="Head of Education, Skills and Work",
                 target="Ongoing – reviewed monthly at Regime Management Meeting",
                 lead=["Head of Education, Skills and Work"], end=None,
                 end_text="Ongoing – reviewed monthly at Regime Management Meeting"),
            dict(ref="7",
                 concern="Too many prisoners were released without sustainable accommodation; in the previous six "
                         "months, 27% had been released homeless or to temporary accommodation.",
                 agreed="Partly Agreed",
                 action="The Pre-Release Team will begin accommodation referrals 12 weeks before release and work "
                        "with the Community Accommodation Service (CAS) to increase the number of prisoners with an "
                        "address confirmed on release. Performance will be reported to the Reducing Reoffending "
                        "Board each month.",
                 owner="Head of Reducing Reoffending; Probation Head of Custody", target="31 March 2026",
                 lead=["Head of Reducing Reoffending", "Probation Head of Custody"], end="2026-03"),
        ]),
    ]

    expected = []
    for heading, rows in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, header):
            cell_text(c, h, bold=True)
            shade(c, "D9E2F3")
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [r["ref"], r["concern"], r["agreed"], r["action"], r["owner"],
                                    r["target"]]):
                cell_text(c, v)
            expected.append(dict(ref=r["ref"], under=[heading, r["concern"]], action=r["action"],
                                 lead=r["lead"], end=r["end"], end_text=r.get("end_text"),
                                 status="unrated"))
        doc.add_paragraph("")

    doc.add_paragraph("Actions against target dates will be monitored monthly at the Senior Leadership Team "
                      "meeting and progress reported to the Prison Group Director.")
    doc.add_paragraph("Signed: Governor, HMP Lancaster Farms        Date: 11/03/2025")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source="Imitates the HMPPS establishment action plans published in response to HM Inspectorate of "
               "Prisons reports (e.g. 'Action Plan: HMP Elmley – A Response to the HMIP Inspection', "
               "https://vdocuments.mx/a-response-to-the-hmip-inspection-23-april-report-internal-and-external.html; "
               "'Action Plan: HMP The Verne', 'Action Plan: HMP Holme House'), adapted to the post-May-2022 "
               "HMIP format of priority and key concerns "
               "(https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
               "HMP Lancaster Farms, 2025; this plan is invented. Copied: the four-line title block (Action "
               "Plan / Submitted / A Response to the HMIP Inspection / Report Published), the introduction, "
               "the Agreed/Partly Agreed/Not Agreed categorisation table, one table per section (Priority "
               "concerns, Key concerns) with No. / Concern / Agreed / Action / Responsible Owner / Target "
               "Date, job titles as owners, a numbered list inside one action cell, no RAG column, and a "
               "sign-off line.",
        reads="A Word action plan for HMP Lancaster Farms: after a title block, an introduction and a "
              "categorisation key table, two tables (priority concerns, then key concerns) each give one row "
              "per HMIP concern with the prison's planned action, a responsible post and a target date. "
              "There are seven actions, none with a RAG status.",
        outcome="read",
        title="Action Plan: HMP Lancaster Farms",
        actions=expected,
    )


# ----------------------------------------------------------------------------------------------
# 2. Tonyrefail Community School – Estyn post-inspection action plan (docx, table per
#    recommendation, progress shown by cell shading only)
# ----------------------------------------------------------------------------------------------

def make_tonyrefail():
    fname = "zca-tonyrefail-community-school-estyn-post-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("Tonyrefail Community School – Post-Inspection Action Plan", level=0)
    doc.add_paragraph("Estyn core inspection: 4–7 March 2024")
    doc.add_paragraph("Follow-up category: Significant improvement")
    doc.add_paragraph("Progress position: February 2025 (reported to the Full Governing Body, 11 March 2025)")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Summary of changes", "Approved by"]):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in [("0.1", "20/05/2024", "First draft shared with local authority link adviser", "—"),
                ("1.0", "09/07/2024", "Final plan submitted to Estyn", "Full Governing Body"),
                ("1.1", "25/02/2025", "Progress RAG updated for spring term review", "Standards Committee")]:
        for c, t in zip(dc.add_row().cells, row):
            cell_text(c, t)

    doc.add_heading("Recommendations from the inspection report", level=2)
    for r in ["R1 Strengthen leadership at all levels so that self-evaluation and improvement planning focus "
              "sharply on the impact of provision on pupils’ learning",
              "R2 Improve the quality of teaching so that it consistently challenges pupils of all abilities, "
              "particularly in the secondary phase",
              "R3 Improve pupils’ attendance, especially that of pupils eligible for free school meals",
              "R4 Address the safeguarding issues identified during the inspection"]:
        doc.add_paragraph(r, style="List Bullet")

    doc.add_heading("Progress key", level=2)
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    cell_text(key.rows[0].cells[0], "Colour", bold=True)
    cell_text(key.rows[0].cells[1], "Meaning", bold=True)
    for colour, meaning in [("blue", "Blue – action complete and impact evidenced"),
                            ("green", "Green – on track"),
                            ("amber", "Amber – some slippage; action being taken"),
                            ("red", "Red – not on track; governors to be alerted")]:
        cells = key.add_row().cells
        shade(cells[0], RAGFILL[colour])
        cell_text(cells[1], meaning)

    header = ["No.", "Action", "Success criteria", "Lead", "Timescale", "Monitoring (who / when)",
              "Progress"]
    recs = [
        ("R1 Strengthen leadership at all levels so that self-evaluation and improvement planning focus "
         "sharply on the impact of provision on pupils’ learning", [
            dict(ref="1.1",
                 action="Restructure the senior leadership team so that each assistant headteacher has clear "
                        "accountability for one phase or whole-school priority, with revised job descriptions.",
                 sc="All SLT job descriptions revised and agreed by governors; line management meetings "
                    "minuted fortnightly.",
                 lead_cell="Headteacher", when="Autumn term 2024",
                 mon="Governors’ Standards Committee – each half term", rag="blue",
                 lead=["Headteacher"], end="2024-12", end_text="Autumn term 2024"),
            dict(ref="1.2",
                 action="Introduce a whole-school quality assurance calendar combining lesson visits, book looks "
                        "and pupil voice, with findings recorded on a single evaluation tracker.",
                 sc="QA calendar published; evaluation tracker shows all departments reviewed at least twice.",
                 lead_cell="DHT (Teaching and Learning)", when="September 2024 – July 2025",
                 mon="Headteacher – half-termly", rag="green",
                 lead=["DHT (Teaching and Learning)"], end="2025-07",
                 end_text="September 2024 – July 2025"),
            dict(ref="1.3",
                 action="Provide coaching for middle leaders on evaluating the impact of teaching on pupils’ "
                        "progress, delivered with the local authority’s school improvement team.",
                 sc="All middle leaders complete the coaching programme; departmental self-evaluations refer to "
                    "pupils’ progress rather than activity.",
                 lead_cell="AHT Leadership Development / Local Authority Link Adviser", when="Spring term 2025",
                 mon="DHT and LA link adviser – termly", rag="amber",
                 lead=["AHT Leadership Development", "Local Authority Link Adviser"], end="2025-04",
                 end_text="Spring term 2025"),
        ]),
        ("R2 Improve the quality of teaching so that it consistently challenges pupils of all abilities, "
         "particularly in the secondary phase", [
            dict(ref="2.1",
                 action="Deliver a programme of professional learning on questioning, modelling and adaptive "
                        "teaching, with all teachers completing a termly peer-observation cycle.",
                 sc="Lesson visits show effective questioning and challenge in at least 80% of lessons.",
                 lead_cell="DHT (Teaching and Learning)", when="Termly",
                 mon="SLT – termly learning walks", rag="green",
                 lead=["DHT (Teaching and Learning)"], end=None, end_text="Termly"),
            dict(ref="2.2",
                 action="Introduce subject-specific challenge tasks in the English, mathematics and science "
                        "schemes of work for Years 7 to 9.",
                 sc="Revised schemes of work in place; book looks show pupils completing challenge tasks.",
                 lead_cell="Curriculum Leaders (core subjects)", when="By October half-term 2024",
                 mon="AHT Curriculum – November 2024", rag="blue",
                 lead=["Curriculum Leaders (core subjects)"], end="2024-10"),
            dict(ref="2.3",
                 action="Target lesson visits at classes where pupil progress data shows underachievement and "
                        "provide follow-up support plans for individual teachers.",
                 sc="Support plans in place for all identified teachers; progress data improves at the next "
                    "data drop.",
                 lead_cell="SLT link leaders", when="Summer term 2025",
                 mon="Headteacher – after each data drop", rag="red",
                 lead=["SLT link leaders"], end="2025-07", end_text="Summer term 2025"),
        ]),
        ("R3 Improve pupils’ attendance, especially that of pupils eligible for free school meals", [
            dict(ref="3.1",
                 action="Appoint an attendance and engagement officer and introduce a stepped attendance "
                        "intervention process with weekly tracking meetings.",
                 sc="Officer in post; whole-school attendance rises to at least 90%.",
                 lead_cell="AHT Wellbeing / Attendance Officer", when="Autumn term 2024",
                 mon="Governors’ Pupil Wellbeing Committee – termly", rag="green",
                 lead=["AHT Wellbeing", "Attendance Officer"], end="2024-12", end_text="Autumn term 2024"),
            dict(ref="3.2",
                 action="Work with the Education Welfare Service to hold attendance panels for pupils below 85% "
                        "attendance, prioritising pupils eligible for free school meals.",
                 sc="Gap between eFSM and non-eFSM attendance narrows by two percentage points.",
                 lead_cell="Attendance Officer; Education Welfare Officer", when="Half-termly",
                 mon="AHT Wellbeing – half-termly", rag="amber",
                 lead=["Attendance Officer", "Education Welfare Officer"], end=None, end_text="Half-termly"),
        ]),
        ("R4 Address the safeguarding issues identified during the inspection", [
            dict(ref="4.1",
                 action="Ensure that the single central record is complete and that all staff and governors have "
                        "up-to-date safeguarding training.",
                 sc="Single central record fully compliant at LA audit; 100% of staff and governors trained.",
                 lead_cell="Designated Safeguarding Lead", when="31 May 2024",
                 mon="Safeguarding Governor – June 2024", rag="blue",
                 lead=["Designated Safeguarding Lead"], end="2024-05"),
            dict(ref="4.2",
                 action="Carry out site safety walks with the local authority health and safety officer each "
                        "term and record the actions taken.",
                 sc="Site walk records show all identified actions closed within agreed timescales.",
                 lead_cell="Business Manager", when="July 2025",
                 mon="Resources Committee – termly", rag="green",
                 lead=["Business Manager"], end="2025-07"),
        ]),
    ]

    expected = []
    for rec, rows in recs:
        doc.add_paragraph("")
        t = doc.add_table(rows=2, cols=len(header))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        cell_text(top, rec, bold=True, size=10)
        shade(top, "BDD7EE")
        for c, h in zip(t.rows[1].cells, header):
            cell_text(c, h, bold=True)
            shade(c, "F2F2F2")
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [r["ref"], r["action"], r["sc"], r["lead_cell"], r["when"], r["mon"], ""]):
                cell_text(c, v)
            shade(cells[-1], RAGFILL[r["rag"]])
            expected.append(dict(ref=r["ref"], under=[rec], action=r["action"], lead=r["lead"], end=r["end"],
                                 end_text=r.get("end_text"), status=r["rag"]))

    doc.add_paragraph("")
    doc.add_paragraph("Governors will receive a full progress report on this plan each term. The local authority "
                      "will review progress with the school before each Estyn monitoring visit.")
    doc.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source="Imitates the post-inspection action plans (PIAPs) Welsh maintained schools in a statutory "
               "category must draw up with their local authority after an Estyn core inspection (Estyn "
               "follow-up guidance, https://estyn.gov.wales/inspection-guidance-type/follow-up-en). Tonyrefail "
               "Community School (Rhondda Cynon Taf), 2024-25; the plan is invented. Copied: title lines with "
               "inspection dates and follow-up category, a document-control table, the list of R1-R4 "
               "recommendations, a colour key, then one Word table per recommendation whose merged first row "
               "is the recommendation, with Action / Success criteria / Lead / Timescale / Monitoring / "
               "Progress columns, Welsh school terms and half-terms as timescales, and progress shown only by "
               "cell shading.",
        reads="A Word PIAP for Tonyrefail Community School: title lines, a document-control table, the four "
              "Estyn recommendations listed, a colour key, then four tables, one per recommendation, each "
              "listing numbered actions with lead, timescale and a shaded (colour-only) progress cell. Ten "
              "actions in all.",
        outcome="read",
        title="Tonyrefail Community School – Post-Inspection Action Plan",
        actions=expected,
    )


# ----------------------------------------------------------------------------------------------
# 3. Police Scotland – HMICS custody inspection, Dumfries and Galloway – improvement plan (xlsx)
# ----------------------------------------------------------------------------------------------

def make_police_scotland():
    fname = "zca-police-scotland-dumfries-and-galloway-hmics-custody-inspection-improvement-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "HMICS Custody Inspection – Dumfries and Galloway: Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Police Scotland – Criminal Justice Services Division (CJSD)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report published: 7 November 2023   |   Plan owner: Chief Superintendent, CJSD   |   Position at 30 April 2024"
    ws["A5"] = "Summary of progress"
    ws["A5"].font = Font(bold=True)
    summ = [("", "Total", "Closed", "Proposed for closure", "Open"),
            ("Recommendations", 6, 1, 2, 3),
            ("Areas for Development (AFD)", 3, 0, 0, 3),
            ("Total", 9, 1, 2, 6)]
    for i, row in enumerate(summ, start=6):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 6 or j == 1:
                c.font = Font(bold=True)
    ws["A11"] = "Themes allocated to each action"
    ws["A11"].font = Font(bold=True)
    themes = [("Governance", "Leadership of decision-making, culture, controls, accountability, oversight"),
              ("Guidelines", "Strategies, procedures, policies and guides"),
              ("Compliance", "Non-compliance with prescribed procedures, rules and standards"),
              ("Resources", "People, skills, tools, physical assets"),
              ("Human Error", "Where mistakes have occurred"),
              ("Better Practice", "Opportunities to attain best practice or greater efficiency")]
    for i, (a, b) in enumerate(themes, start=12):
        ws.cell(row=i, column=1, value=a)
        ws.cell(row=i, column=2, value=b)
    ws["A19"] = "RAG"
    ws["A19"].font = Font(bold=True)
    for i, (word, colour, meaning) in enumerate(
            [("Blue", "blue", "Complete – closed or proposed to HMICS for closure"),
             ("Green", "green", "On track"),
             ("Amber", "amber", "Some slippage – revised date agreed"),
             ("Red", "red", "Off track – escalated to CJSD Senior Management Team")], start=20):
        ws.cell(row=i, column=1, value=word).fill = fill(RAGFILL[colour])
        ws.cell(row=i, column=2, value=meaning)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70

    header = ["Ref", "Recommendation / Improvement Action", "Theme", "Action Owner", "Original Target Date",
              "Revised Target Date", "HMICS Status", "RAG", "Progress Update (April 2024)"]

    D = dt.datetime
    recs = [
        ("R1", "Police Scotland should ensure that risk assessments for all detainees are completed fully on "
               "arrival and reviewed at each change of shift, with the rationale for the level of observation "
               "clearly recorded on the National Custody System.", [
            dict(ref="R1.1",
                 action="Deliver a refresher briefing on risk assessment, observation levels and recording of "
                        "rationale to all custody sergeants and custody assistants at Dumfries and Stranraer.",
                 theme="Compliance", owner="Inspector, CJSD South", orig=D(2024, 2, 29), rev=None,
                 hs="Proposed for closure", rag="Blue",
                 upd="Briefing delivered to all four custody teams (38 staff) by 23/02/2024. Dip sample of 40 "
                     "records in March 2024 found the rationale recorded in 37.",
                 lead=["Inspector, CJSD South"], end="2024-02", status="blue"),
            dict(ref="R1.2",
                 action="Introduce a monthly dip sample of 20 custody records per centre, with findings reported "
                        "to the CJSD South Performance Meeting.",
                 theme="Governance", owner="Custody Inspector", orig=D(2024, 3, 31), rev=None,
                 hs="Open", rag="Green",
                 upd="First two dip samples completed; reporting template agreed.",
                 lead=["Custody Inspector"], end="2024-03", status="green"),
        ]),
        ("R2", "Police Scotland should ensure that cells and communal areas at Stranraer custody centre are "
               "maintained to an acceptable standard of cleanliness and that identified ligature points are "
               "removed.", [
            dict(ref="R2.1",
                 action="Implement a daily cell inspection and cleaning checklist, signed off by the duty custody "
                        "sergeant, at Dumfries and Stranraer.",
                 theme="Compliance", owner="Duty Custody Sergeants", orig=D(2024, 1, 31), rev=None,
                 hs="Closed", rag="Blue",
                 upd="Checklist in use since 15/01/2024. Closure confirmed by HMICS 02/04/2024.",
                 lead=["Duty Custody Sergeants"], end="2024-01", status="blue"),
            dict(ref="R2.2",
                 action="Submit a capital works bid for removal of ligature points in cells 3, 5 and 7 and the "
                        "exercise yard at Stranraer.",
                 theme="Resources", owner="Chief Inspector, CJSD South / Estates Business Partner",
                 orig=D(2024, 6, 30), rev="TBC – subject to 2024/25 capital allocation",
                 hs="Open", rag="Amber",
                 upd="Bid submitted 12/03/2024. Interim mitigation: cells 3, 5 and 7 taken out of use for "
                     "detainees assessed as at risk.",
                 lead=["Chief Inspector, CJSD South", "Estates Business Partner"], end=None,
                 end_text="TBC – subject to 2024/25 capital allocation", status="amber"),
        ]),
        ("R3", "Police Scotland should work with NHS Dumfries and Galloway to reduce delays in detainees at "
               "Stranraer being seen by a healthcare professional, particularly out of hours.", [
            dict(ref="R3.1",
                 action="Agree revised out-of-hours healthcare arrangements for Stranraer with NHS Dumfries and "
                        "Galloway, including access to the Dumfries custody nursing team by video link.",
                 theme="Better Practice", owner="Superintendent, CJSD Partnerships", orig=D(2024, 3, 31),
                 rev=D(2024, 9, 30), hs="Open", rag="Amber",
                 upd="Video link pilot agreed in principle; information governance approval awaited.",
                 lead=["Superintendent, CJSD Partnerships"], end="2024-09", status="amber"),
        ]),
        ("R4", "Police Scotland should ensure that all custody staff receive regular training on trauma-informed "
               "practice, mental health and substance use.", [
            dict(ref="R4.1",
                 action="Schedule trauma-informed practice and mental health inputs within the CJSD annual "
                        "training plan and record attendance on SCoPE.",
                 theme="Resources", owner="CJSD Training Coordinator", orig=D(2024, 9, 30), rev=None,
                 hs="Open", rag="Green",
                 upd="Inputs scheduled for May and August 2024 training days.",
                 lead=["CJSD Training Coordinator"], end="2024-09", status="green"),
        ]),
        ("R5", "Police Scotland should ensure that detainees’ property is recorded accurately and stored "
               "securely, and that property discrepancies are investigated.", [
            dict(ref="R5.1",
                 action="Carry out a full audit of property stores at Dumfries and Stranraer and introduce sealed "
                        "property bags with unique reference numbers.",
                 theme="Guidelines", owner="Custody Sergeant (Property Lead)", orig=D(2024, 5, 31), rev=None,
                 hs="Open", rag="Red",
                 upd="Audit not yet started owing to abstraction of the Property Lead; sealed bags procured.",
                 lead=["Custody Sergeant (Property Lead)"], end="2024-05", status="red"),
        ]),
        ("R6", "Police Scotland should ensure that information on detainees’ rights and entitlements is readily "
               "available in a range of languages and accessible formats in all custody centres in the "
               "division.", [
            dict(ref="R6.1",
                 action="Replace posters and leaflets at all custody centres with the national ‘Your Rights in "
                        "Custody’ suite in the ten most requested languages and an easy-read format.",
                 theme="Guidelines", owner="Custody Inspector", orig=D(2024, 3, 31), rev=None,
                 hs="Proposed for closure", rag="Blue",
                 upd="New materials displayed at Dumfries, Stranraer and all ancillary centres from 18/03/2024.",
                 lead=["Custody Inspector"], end="2024-03", status="blue"),
        ]),
    ]
    afds = [
        ("AFD1", "Police Scotland should ensure that the ancillary custody centres at Annan, Castle Douglas and "
                 "Newton Stewart are used only where this is in the interests of detainees, with a clear "
                 "process for authorisation.", [
            dict(ref="AFD1.1",
                 action="Issue divisional guidance on the authorisation and use of ancillary custody centres, "
                        "approved by the Local Police Commander.",
                 theme="Guidelines", owner="Chief Inspector, CJSD South", orig=D(2024, 3, 31),
                 rev=D(2024, 5, 31), hs="Open", rag="Green",
                 upd="Draft guidance with the Local Police Commander for approval.",
                 lead=["Chief Inspector, CJSD South"], end="2024-05", status="green"),
        ]),
        ("AFD2", "Police Scotland should review the provision of showers and exercise for detainees held for "
                 "extended periods.", [
            dict(ref="AFD2.1",
                 action="Record shower and exercise offers for all detainees held over 24 hours and include "
                        "compliance in the monthly dip sample.",
                 theme="Better Practice", owner="Custody Inspector / Custody Sergeants", orig=D(2024, 4, 30),
                 rev=None, hs="Open", rag="Green",
                 upd="NCS prompt added 01/04/2024; first compliance figures due in May.",
                 lead=["Custody Inspector", "Custody Sergeants"], end="2024-04", status="green"),
        ]),
        ("AFD3", "Police Scotland should improve the collection and use of data on detainees’ protected "
                 "characteristics to inform service delivery.", [
            dict(ref="AFD3.1",
                 action="Work with CJSD Performance to produce a quarterly diversity monitoring report for "
                        "Dumfries and Galloway custody.",
                 theme="Governance", owner="CJSD Performance Analyst", orig=D(2024, 12, 31), rev=None,
                 hs="Open", rag=None,
                 upd="Not yet due.",
                 lead=["CJSD Performance Analyst"], end="2024-12", status="unrated"),
        ]),
    ]

    expected = []

    def sheet(title, heading, groups):
        s = wb.create_sheet(title)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=12)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        s["A2"] = "Dumfries and Galloway custody centres: Dumfries, Stranraer (primary); Annan, Castle Douglas, " \
                  "Newton Stewart (ancillary)"
        s.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
        for j, h in enumerate(header, start=1):
            c = s.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F3864")
            c.alignment = WRAP
            c.border = BOX
        r = 5
        for gref, gtext, acts in groups:
            s.cell(row=r, column=1, value=gref).font = Font(bold=True)
            c = s.cell(row=r, column=2, value=gtext)
            c.font = Font(bold=True)
            c.alignment = WRAP
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(header))
            for j in range(1, len(header) + 1):
                s.cell(row=r, column=j).fill = fill("D9D9D9")
                s.cell(row=r, column=j).border = BOX
            s.row_dimensions[r].height = 32
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["theme"], a["owner"], a["orig"], a["rev"], a["hs"], a["rag"],
                        a["upd"]]
                for j, v in enumerate(vals, start=1):
                    c = s.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if a["rag"]:
                    s.cell(row=r, column=8).fill = fill(RAGFILL[a["rag"].lower()])
                s.row_dimensions[r].height = 60
                r += 1
                expected.append(dict(ref=a["ref"], under=[gtext], action=a["action"], lead=a["lead"],
                                     end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        for col, w in zip("ABCDEFGHI", [8, 60, 14, 26, 13, 22, 16, 9, 45]):
            s.column_dimensions[col].width = w
        s.freeze_panes = "A5"

    sheet("Recommendations", "HMICS Custody Inspection – Dumfries and Galloway: Recommendations", recs)
    sheet("Areas for Development", "HMICS Custody Inspection – Dumfries and Galloway: Areas for Development",
          afds)
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source="Imitates the improvement plans Police Scotland's Criminal Justice Services Division keeps for "
               "HMICS custody inspections and reports to the SPA Policing Performance Committee (e.g. 'HMICS "
               "Inspections Improvement Plans – Progress Summary for Demand, Custody, Fife and Dumfries & "
               "Galloway', 11 June 2024, https://spa.police.uk/publication-library/hmics-inspections-improvement-"
               "plans-progress-summary-for-demand-custody-fife-and-dumfries-galloway-11-june-2024/background, "
               "which lists the Dumfries and Galloway custody inspection of 7 November 2023 with 6 "
               "recommendations and 3 areas for development). The recommendations and actions here are invented. "
               "Copied: R/AFD numbering, the theme classification (Governance, Guidelines, Compliance, "
               "Resources, Human Error, Better Practice), original and revised target dates, an HMICS status "
               "(Open / Proposed for closure / Closed), a summary sheet with totals and keys, and separate "
               "sheets for recommendations and areas for development, each recommendation as a merged grey row "
               "above its numbered actions.",
        reads="An Excel workbook: a Summary sheet (title, totals table, theme and RAG keys) and two plan "
              "sheets, Recommendations (R1-R6) and Areas for Development (AFD1-AFD3). Each recommendation or "
              "area for development is a merged row with its actions numbered beneath it, each with theme, "
              "owner, original and revised target dates, HMICS status and a RAG word; eleven actions in all. "
              "Where a revised date is given it is the due date; R2.2's revised date is TBC.",
        outcome="read",
        title="HMICS Custody Inspection – Dumfries and Galloway: Improvement Plan",
        actions=expected,
    )


# ----------------------------------------------------------------------------------------------
# 4. Bedstone College – ISI inspection action plan (xlsx, fill-colour previous/current RAG)
# ----------------------------------------------------------------------------------------------

def make_bedstone():
    fname = "zca-bedstone-college-isi-inspection-action-plan.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Bedstone College – ISI Inspection Action Plan 2025–26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Response to the ISI routine inspection"
    cv["A2"].font = Font(bold=True, size=13)
    cv["A3"] = "Inspection dates: 30 September – 2 October 2025      Report published: 4 November 2025"
    cv["A4"] = "Framework: ISI Inspection Framework (September 2023)"
    cv["A6"] = "Document control"
    cv["A6"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Approved by"], start=1):
        c = cv.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, row in enumerate([("1.0", dt.datetime(2025, 11, 17), "Deputy Head (Academic)", "Governors’ Education Committee"),
                             ("1.1", dt.datetime(2026, 1, 19), "Deputy Head (Academic)", "Full Board of Governors")],
                            start=8):
        for j, v in enumerate(row, start=1):
            c = cv.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A11"] = "This plan responds to the recommended next steps and the one area for action (standard not met) " \
                "in the ISI report. Progress is reviewed by the Senior Leadership Team fortnightly and by " \
                "governors each term."
    for col, w in zip("ABCD", [14, 14, 28, 34]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    header = ["No.", "Next step / action point", "Action", "Lead(s)", "Original deadline", "Revised deadline",
              "Previous RAG", "Current RAG", "Evidence of progress"]
    ncol = len(header)
    ws["A1"] = "Bedstone College – ISI Inspection Action Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Progress position: January 2026 (for the Full Board of Governors)"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5B2C6F")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    plan = [
        ("Section 1: Leadership and management, and governance", [
            ("NS1", "Ensure that leaders’ monitoring of teaching in the senior school identifies where pupils’ "
                    "progress is weaker, so that support is targeted effectively.", [
                dict(ref="1.1",
                     action="Introduce half-termly department reviews combining lesson drop-ins, work scrutiny and "
                            "tracking data, with written feedback to heads of department.",
                     leadcell="Deputy Head (Academic)", orig=D(2025, 12, 12), rev=None, prev="amber", cur="green",
                     ev="Reviews completed for 9 of 12 departments; feedback template in use.",
                     lead=["Deputy Head (Academic)"], end="2025-12", status="green"),
                dict(ref="1.2",
                     action="Train heads of department in using the new tracking system to identify pupils at risk "
                            "of underachievement.",
                     leadcell="Data Manager / Deputy Head (Academic)", orig="Michaelmas term 2025",
                     rev=D(2026, 2, 27), prev="amber", cur="amber",
                     ev="Training postponed from December owing to system upgrade; now booked for February INSET.",
                     lead=["Data Manager", "Deputy Head (Academic)"], end="2026-02", status="amber"),
            ]),
            ("NS2", "Strengthen governors’ oversight of the school’s compliance with the Independent School "
                    "Standards, including through regular reporting on health and safety.", [
                dict(ref="1.3",
                     action="Add a standing compliance report to each Full Board agenda, covering health and safety, "
                            "safeguarding and the single central record.",
                     leadcell="Bursar; Clerk to the Governors", orig=D(2025, 11, 28), rev=None, prev="green",
                     cur="blue",
                     ev="Compliance report presented at the Full Board on 24/11/2025 and 19/01/2026.",
                     lead=["Bursar", "Clerk to the Governors"], end="2025-11", status="blue"),
            ]),
        ]),
        ("Section 2: Quality of education, training and recreation", [
            ("NS3", "Ensure that teaching in the prep school consistently adapts work for pupils with special "
                    "educational needs and/or disabilities (SEND).", [
                dict(ref="2.1",
                     action="Share pupil passports for all pupils on the SEND register with every teacher through "
                            "the MIS, and check their use during learning walks.",
                     leadcell="Head of Learning Support", orig=D(2025, 10, 24), rev=None, prev="green", cur="blue",
                     ev="Passports live on the MIS since 20/10/2025; learning walk sample shows use in most lessons.",
                     lead=["Head of Learning Support"], end="2025-10", status="blue"),
                dict(ref="2.2",
                     action="Deliver INSET on adaptive teaching for prep school staff and follow up with paired "
                            "observations.",
                     leadcell="Head of Prep School", orig="Michaelmas term 2025", rev="Summer term 2026",
                     prev="amber", cur="red",
                     ev="INSET delivered in November; paired observations not started because of staff absence.",
                     lead=["Head of Prep School"], end="2026-07", end_text="Summer term 2026", status="red"),
            ]),
        ]),
        ("Section 3: Pupils’ physical and mental health and emotional wellbeing", [
            ("NS4", "Ensure that boarders’ views are gathered and acted upon systematically, so that boarding "
                    "provision continues to improve.", [
                dict(ref="3.1",
                     action="Establish a termly boarders’ council in each house, with minutes reviewed by the Head "
                            "of Boarding and actions reported back to boarders.",
                     leadcell="Head of Boarding", orig=D(2026, 1, 30), rev=None, prev=None, cur="green",
                     ev="First councils held in all three houses in January.",
                     lead=["Head of Boarding"], end="2026-01", status="green"),
            ]),
        ]),
        ("Section 5: Safeguarding", [
            ("AA1", "The school must ensure that all required pre-appointment checks are completed and recorded "
                    "on the single central record before staff begin work at the school (Standard 18(2)(c)).", [
                dict(ref="5.1",
                     action="Audit all personnel files against the single central record and complete any missing "
                            "checks.",
                     leadcell="HR Manager", orig=D(2025, 10, 31), rev=None, prev="amber", cur="blue",
                     ev="Audit completed 29/10/2025; two missing overseas checks obtained.",
                     lead=["HR Manager"], end="2025-10", status="blue"),
                dict(ref="5.2",
                     action="Introduce a pre-start compliance checklist signed by the Head before any new member "
                            "of staff begins work.",
                     leadcell="HR Manager / Head", orig=D(2025, 11, 14), rev=None, prev="green", cur="blue",
                     ev="Checklist in use for all appointments since 10/11/2025.",
                     lead=["HR Manager", "Head"], end="2025-11", status="blue"),
            ]),
        ]),
    ]

    expected = []
    r = 5
    for section, steps in plan:
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = fill("7F7F7F")
        r += 1
        for nref, ntext, acts in steps:
            ws.cell(row=r, column=1, value=nref).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=ntext)
            c.font = Font(italic=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
            for j in range(1, ncol + 1):
                ws.cell(row=r, column=j).fill = fill("E8DAEF")
                ws.cell(row=r, column=j).border = BOX
            ws.row_dimensions[r].height = 30
            r += 1
            for a in acts:
                vals = [a["ref"], None, a["action"], a["leadcell"], a["orig"], a["rev"], None, None, a["ev"]]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy" if j == 5 else "dd/mm/yyyy"
                if a["prev"]:
                    ws.cell(row=r, column=7).fill = fill(RAGFILL[a["prev"]])
                if a["cur"]:
                    ws.cell(row=r, column=8).fill = fill(RAGFILL[a["cur"]])
                ws.row_dimensions[r].height = 48
                r += 1
                expected.append(dict(ref=a["ref"], under=[section, ntext], action=a["action"], lead=a["lead"],
                                     end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    for col, w in zip("ABCDEFGHI", [7, 6, 55, 26, 14, 14, 10, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (colour, text) in enumerate([("blue", "Complete"), ("green", "On track"),
                                        ("amber", "Some slippage / at risk"), ("red", "Off track"),
                                        (None, "No fill – not yet started")], start=2):
        if colour:
            key.cell(row=i, column=1).fill = fill(RAGFILL[colour])
        key.cell(row=i, column=2, value=text)
    key["A8"] = "NS = recommended next step in the ISI report; AA = area for action (standard not met)."
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source="Imitates the action plans independent schools draw up after an ISI routine inspection under the "
               "September 2023 framework, whose reports give 'recommended next steps' per section and, where a "
               "standard is not met, action points (see "
               "https://independentschoolmanagement.co.uk/features/extracts-from-reports-under-the-new-isi-framework/ "
               "and https://www.isi.net/inspections/how-we-inspect/how-to-read-inspection-reports). Bedstone "
               "College (Shropshire), 2025-26; the plan is invented. Copied: a cover sheet with inspection dates "
               "and a document-control table, the ISI report's numbered sections as merged shaded rows, each "
               "next step / area for action as a merged row above its numbered actions, original and revised "
               "deadlines (dates and Michaelmas/Summer term words), previous and current RAG shown only as "
               "fill colour, and a separate key sheet.",
        reads="An Excel workbook for Bedstone College: a Cover sheet (title, dates, document control), an Action "
              "Plan sheet grouped by ISI report section, with next steps NS1-NS4 and area for action AA1 as "
              "headings over eight numbered actions, and a Key sheet. Status is the fill colour of the Current "
              "RAG cell (Blue = complete); where a revised deadline is given it is the deadline.",
        outcome="read",
        title="Bedstone College – ISI Inspection Action Plan 2025–26",
        actions=expected,
    )


# ----------------------------------------------------------------------------------------------
# 5. Leicestershire FRS – Grenfell Tower Inquiry Phase 2 recommendations tracker (xlsx, REFUSE)
# ----------------------------------------------------------------------------------------------

def make_leicestershire_frs():
    fname = "zca-leicestershire-fire-rescue-service-grenfell-phase-2-recommendations-tracker-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "GTI Phase 2 Tracker"
    header = ["LFRS Ref", "GTI Phase 2 recommendation (summary)", "LFRS action", "Action owner", "Target date",
              "RAG", "Progress commentary"]
    ncol = len(header)
    ws["A1"] = "Grenfell Tower Inquiry Phase 2 Report – Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Leicestershire Fire and Rescue Service"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Position as at 31 December 2025 – Corporate Governance Committee, 28 January 2026 (Appendix A)"
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    themes = [
        ("Theme A – Knowledge of building construction and risk information", [
            ("P2-01", "Fire and rescue services should ensure that operational staff understand the construction "
                      "and fire safety features of high-rise and complex buildings.",
             "Deliver the national Fire Safety and Building Construction e-learning to all wholetime and on-call "
             "firefighters and supervisory managers.", "Area Manager, Training and Development",
             D(2025, 9, 30), "Complete", "98% of operational staff completed by 26/09/2025."),
            ("P2-02", "Risk information on high-rise residential buildings should be gathered, kept up to date and "
                      "made available to crews and control.",
             "Complete 7(2)(d) familiarisation visits to all 43 high-rise residential buildings in Leicester, "
             "Leicestershire and Rutland and upload plans to the MDTs.", "Group Manager, Protection",
             D(2026, 3, 31), "Green", "38 of 43 buildings visited; remaining five scheduled for February."),
        ]),
        ("Theme B – Emergency calls and evacuation", [
            ("P2-03", "Control rooms should be able to manage a large number of fire survival guidance calls and "
                      "share information with the incident ground.",
             "Carry out a joint fire survival guidance exercise with Leicestershire Police and East Midlands "
             "Ambulance Service, including the transfer of information to the incident commander.",
             "Group Manager, Fire Control", "Mar-2O26", "Amber",
             "Exercise planning meeting held 04/12/2025; date to be confirmed with partners."),
            ("P2-04", "Services should have a policy for moving from a 'stay put' strategy to simultaneous "
                      "evacuation.",
             "Review the evacuation policy and associated command decision aids against NFCC national guidance.",
             "Station Manager, Operational Policy", D(2026, 6, 30), "Green",
             "Draft policy out to consultation with representative bodies."),
            ("P2-05", "Evacuation alert systems should be understood and available to incident commanders.",
             "Train all incident commanders at Level 2 and above in the use of evacuation alert systems.",
             "Area Manager, Training and Development", D(2026, 2, 28), "Amber",
             "Training package ready; delivery delayed by trainer availability."),
        ]),
        ("Theme C – Command, learning and assurance", [
            ("P2-06", "Services should ensure that learning from incidents and inquiries is captured and acted on.",
             "Publish an annual Grenfell learning report to the Combined Fire Authority and embed findings in the "
             "operational assurance programme.", "Head of Operational Assurance", D(2026, 7, 31), "Green",
             "Template agreed; first report planned for July 2026."),
            ("P2-07", "Officers should be trained to make and record decisions at large and complex incidents.",
             "Introduce decision-log training for all middle managers and review logs from two major incidents.",
             "Group Manager, Response / Station Manager, Command Training", D(2026, 4, 30), "Red",
             "Course design not started; resource bid submitted to SLT on 16/12/2025."),
        ]),
    ]
    r = 6
    typo_row = None
    for theme, rows in themes:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for j in range(1, ncol + 1):
            ws.cell(row=r, column=j).fill = fill("F2DCDB")
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if row[4] == "Mar-2O26":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete = action finished; Green = on track; Amber = at risk; "
                                   "Red = off track. Phase 1 recommendations are reported separately.")
    for col, w in zip("ABCDEFG", [9, 48, 52, 30, 12, 10, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))

    write_expected(
        fname,
        source="Imitates the Grenfell Tower Inquiry Phase 2 recommendation trackers English fire and rescue "
               "services report to their fire authority committees after the September 2024 Phase 2 report and "
               "the government's quarterly progress reports "
               "(https://www.gov.uk/government/publications/grenfell-tower-inquiry-government-progress-report/progress-report-summary-update). "
               "Leicestershire Fire and Rescue Service, position at 31 December 2025; the actions are invented. "
               "Copied: a three-line title block naming the committee and appendix, theme rows merged across "
               "the sheet, a summary of each recommendation beside the service's own action, post-titled "
               "owners, mmm-yy target dates, RAG words (Complete / Green / Amber / Red) and a key line at the "
               "foot.",
        reads="An Excel tracker with seven actions under three themes. The target date of action P2-03 is "
              "typed 'Mar-2O26' (capital letter O for zero) while every other date is a real date; a careful "
              "reader would stop and ask what was meant rather than guess the month.",
        outcome="refuse",
        refuse_at=typo_row,
        title="Grenfell Tower Inquiry Phase 2 Report – Recommendations Tracker",
    )
    return typo_row


# ----------------------------------------------------------------------------------------------
# 6. North Nottinghamshire College – Ofsted post-inspection action plan (csv export)
# ----------------------------------------------------------------------------------------------

def make_north_notts():
    fname = "zca-north-nottinghamshire-college-ofsted-post-inspection-action-plan.csv"
    ncol = 9
    header = ["Ref", "Ofsted area for improvement", "Action", "Lead", "Start", "Completion date",
              "Measure of impact", "Progress update (May 2025)", "RAG"]

    def pad(*cells):
        cells = list(cells)
        return cells + [""] * (ncol - len(cells))

    afi1 = ("Leaders should ensure that teachers on study programmes use assessment effectively to check what "
            "learners know and can do, and adapt their teaching accordingly.")
    afi2 = ("Leaders should ensure that apprentices receive timely and useful feedback on their work, and that "
            "off-the-job training is planned around what apprentices need to learn.")
    afi3 = ("Leaders should improve the attendance of learners on study programmes, particularly in English and "
            "mathematics lessons.")
    afi4 = ("Leaders should ensure that all learners receive impartial careers advice and guidance that helps "
            "them to plan their next steps.")
    afi5 = "Governors should hold leaders to account more rigorously for improving the quality of education."

    groups = [
        ("QUALITY OF EDUCATION", [
            dict(ref="1.1", afi=afi1,
                 action="Deliver CPD on formative assessment and questioning to all study programme teachers "
                        "through the weekly teaching and learning sessions.",
                 leadcell="Head of Teaching, Learning and Assessment", start="Mar-25", done="Jul-25",
                 impact="Learning walks show effective checking of learning in 80% of sessions.",
                 prog="Four of six sessions delivered; April learning walks show 64%.", rag="Green",
                 lead=["Head of Teaching, Learning and Assessment"], end="2025-07", status="green"),
            dict(ref="1.2", afi=afi1,
                 action="Introduce a termly assessment calendar for each curriculum area, with moderation of "
                        "marking by curriculum leads.",
                 leadcell="JW, KP", start="Apr-25", done="31/08/2025",
                 impact="Calendars published for all areas; moderation records show consistent marking.",
                 prog="Calendars drafted for 9 of 14 areas.", rag="Amber",
                 lead=["JW", "KP"], end="2025-08", status="amber"),
            dict(ref="2.1", afi=afi2,
                 action="Review all apprenticeship training plans with employers at the 12-week progress review, "
                        "recording planned off-the-job training hours.",
                 leadcell="Apprenticeships Manager / Employer Engagement Lead", start="Mar-25",
                 done="June 2025",
                 impact="100% of training plans show planned off-the-job hours linked to the standard.",
                 prog="All 214 training plans reviewed by 30 April 2025.", rag="Complete",
                 lead=["Apprenticeships Manager", "Employer Engagement Lead"], end="2025-06", status="blue"),
            dict(ref="2.2", afi=afi2,
                 action="Set a 10-working-day standard for returning assessed work to apprentices and monitor "
                        "compliance through the e-portfolio system.",
                 leadcell="Apprenticeships Manager", start="Apr-25", done="Summer term 2025",
                 impact="At least 90% of work returned within 10 working days.",
                 prog="Standard launched 7 April; compliance at 82% in first month.", rag="On track",
                 lead=["Apprenticeships Manager"], end="2025-07", end_text="Summer term 2025", status="green"),
        ]),
        ("BEHAVIOUR AND ATTITUDES", [
            dict(ref="3.1", afi=afi3,
                 action="Introduce same-day contact with parents and carers for learners absent from English and "
                        "mathematics, with weekly attendance reports to curriculum heads.",
                 leadcell="Head of Student Services", start="Feb-25", done="Jul-25",
                 impact="Attendance in English and mathematics rises to 85%.",
                 prog="Attendance in English and maths remains at 71% against a target of 85%.", rag="Red",
                 lead=["Head of Student Services"], end="2025-07", status="red"),
            dict(ref="3.2", afi=afi3,
                 action="Embed English and mathematics attendance targets in the performance reviews of "
                        "curriculum heads.",
                 leadcell="Vice Principal Curriculum and Quality", start="Jul-25", done="Sep-25",
                 impact="All curriculum heads have an attendance target in their 2025/26 review.",
                 prog="Not yet due.", rag="Not started",
                 lead=["Vice Principal Curriculum and Quality"], end="2025-09", status="unrated"),
        ]),
        ("PERSONAL DEVELOPMENT", [
            dict(ref="4.1", afi=afi4,
                 action="Provide every full-time learner with a one-to-one careers interview with a Level 6 "
                        "qualified adviser before the end of their first year.",
                 leadcell="Careers Leader", start="Mar-25", done="31/03/2026",
                 impact="All first-year full-time learners have a recorded careers interview.",
                 prog="Interviews completed for 41% of first-year learners.", rag="Green",
                 lead=["Careers Leader"], end="2026-03", status="green"),
        ]),
        ("LEADERSHIP AND MANAGEMENT", [
            dict(ref="5.1", afi=afi5,
                 action="Revise the Quality and Standards Committee terms of reference and introduce a quarterly "
                        "PIAP progress report with impact data.",
                 leadcell="Clerk to the Corporation; Principal", start="Mar-25", done="Jun-25",
                 impact="Committee minutes show challenge on the impact of actions.",
                 prog="Revised terms of reference approved 20 May 2025; first report received.", rag="Complete",
                 lead=["Clerk to the Corporation", "Principal"], end="2025-06", status="blue"),
        ]),
    ]

    rows = [pad("North Nottinghamshire College – Post-Inspection Action Plan (PIAP)"),
            pad("Ofsted inspection 11–14 February 2025"),
            pad("Overall effectiveness: Requires improvement. Monitored by: Quality and Standards Committee"),
            pad(),
            header]
    expected = []
    for g, acts in groups:
        rows.append(pad(g))
        for a in acts:
            rows.append([a["ref"], a["afi"], a["action"], a["leadcell"], a["start"], a["done"], a["impact"],
                         a["prog"], a["rag"]])
            expected.append(dict(ref=a["ref"], under=[g, a["afi"]], action=a["action"], lead=a["lead"],
                                 end=a["end"], end_text=a.get("end_text"), status=a["status"]))
    rows.append(pad())
    rows.append(pad("RAG key: Complete = completed and impact evidenced; Green = on track; Amber = some slippage; "
                    "Red = off track; Not started = not yet due"))
    rows.append(pad("Totals: 8 actions – 2 complete, 3 green, 1 amber, 1 red, 1 not started"))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)

    write_expected(
        fname,
        source="Imitates the post-inspection action plans general FE colleges write against the 'What does the "
               "provider need to do to improve?' bullets of an Ofsted further education and skills report, "
               "saved from Excel as CSV for a governors' quality committee. North Nottinghamshire College, "
               "2025; the inspection outcome and plan are invented. Copied: title lines padded with empty "
               "cells, Ofsted key-judgement headings in capitals as rows, each area for improvement repeated "
               "on every action row (filled down), Start and Completion date columns, leads as posts, initials "
               "and two posts, RAG words (Complete, Green, On track, Amber, Red, Not started), and a key and "
               "totals line at the foot.",
        reads="A CSV export of an Ofsted PIAP for North Nottinghamshire College: four title lines, a header, "
              "then eight actions under four key-judgement headings, each row repeating the Ofsted area for "
              "improvement it answers, with lead, start and completion date, impact measure, progress and RAG. "
              "A RAG key and a totals line close the file.",
        outcome="read",
        title="North Nottinghamshire College – Post-Inspection Action Plan (PIAP)",
        actions=expected,
    )


# ----------------------------------------------------------------------------------------------
# 7. Probation Service – Doncaster PDU – HMI Probation inspection action plan tracker (txt, tabs)
# ----------------------------------------------------------------------------------------------

def make_doncaster_pdu():
    fname = "zca-probation-service-doncaster-pdu-hmip-inspection-action-plan.txt"
    T = "\t"
    header = ["Rec", "Recommendation / Action", "Agreed?", "Action Owner", "Target Date", "Previous RAG",
              "Current RAG", "Update"]
    sections = [
        ("The Doncaster PDU should:", [
            ("1", "Improve the quality of work to assess, manage and review risk of harm, making sure that "
                  "information from domestic abuse and child safeguarding enquiries is analysed and used.",
             "Agreed", [
                dict(ref="1.1",
                     action="Deliver risk of harm practice workshops for all practitioners, focusing on analysis of "
                            "domestic abuse and safeguarding information.",
                     owner="SPO Team 1 / SPO Team 2", target="31/03/2025", prev="A", cur="B",
                     upd="Workshops delivered to 46 of 48 practitioners; remaining two on long-term sick leave.",
                     lead=["SPO Team 1", "SPO Team 2"], end="2025-03", status="blue"),
                dict(ref="1.2",
                     action="Introduce a monthly quality assurance sample of five cases per SPO using the regional "
                            "QA tool, with themes reported to the PDU Quality Board.",
                     owner="Head of PDU", target="Apr-25", prev="G", cur="G",
                     upd="First two rounds complete; themes fed back at team meetings.",
                     lead=["Head of PDU"], end="2025-04", status="green"),
            ]),
            ("2", "Ensure that all cases receive the required domestic abuse and safeguarding checks at the start "
                  "of the order or licence.", "Agreed", [
                dict(ref="2.1",
                     action="Agree a service level agreement with Doncaster Children’s Services and South Yorkshire "
                            "Police for the return of enquiries within 10 working days.",
                     owner="Head of PDU", target="Q1 2025/26", prev="A", cur="A",
                     upd="Police SLA agreed; Children’s Services response awaited.",
                     lead=["Head of PDU"], end="2025-06", end_text="Q1 2025/26", status="amber"),
                dict(ref="2.2",
                     action="Add a safeguarding and domestic abuse checks field to the weekly allocations report so "
                            "that outstanding enquiries are chased.",
                     owner="Business Manager", target="End of February 2025", prev="G", cur="B",
                     upd="Complete – field added from 10/02/2025.",
                     lead=["Business Manager"], end="2025-02", status="blue"),
            ]),
            ("3", "Improve staff retention and reduce caseloads, so that practitioners have time to deliver "
                  "quality work.", "Partly agreed", [
                dict(ref="3.1",
                     action="Implement the regional retention plan locally, including stay conversations with all "
                            "staff in their first two years.",
                     owner="Head of PDU", target="Ongoing", prev="A", cur="A",
                     upd="Stay conversations held with 19 of 25 eligible staff.",
                     lead=["Head of PDU"], end=None, end_text="Ongoing", status="amber"),
                dict(ref="3.2",
                     action="Request two additional PQiP learners for Doncaster in the September 2025 intake.",
                     owner="Head of PDU", target="September 2025", prev="", cur="G",
                     upd="Request submitted to the Regional Workforce Lead.",
                     lead=["Head of PDU"], end="2025-09", status="green"),
            ]),
        ]),
        ("The Yorkshire and the Humber region should:", [
            ("4", "Improve the availability and take-up of accredited programmes and structured interventions, "
                  "particularly for domestic abuse.", "Agreed", [
                dict(ref="4.1",
                     action="Increase Building Better Relationships programme starts in Doncaster by running two "
                            "additional cohorts in 2025/26.",
                     owner="Regional Head of Interventions", target="March 2026", prev="R", cur="A",
                     upd="One additional cohort confirmed for June 2025; facilitator recruitment under way.",
                     lead=["Regional Head of Interventions"], end="2026-03", status="amber"),
                dict(ref="4.2",
                     action="Review the use of structured interventions in Doncaster and provide refresher training "
                            "for practitioners.",
                     owner="Regional Head of Interventions; Treatment Manager", target="30/06/2025", prev="A",
                     cur="R",
                     upd="Training postponed twice owing to facilitator shortages.",
                     lead=["Regional Head of Interventions", "Treatment Manager"], end="2025-06", status="red"),
            ]),
            ("5", "Make sure there is sufficient suitable accommodation for people on probation leaving prison in "
                  "Doncaster.", "Partly agreed", [
                dict(ref="5.1",
                     action="Work with City of Doncaster Council to extend Community Accommodation Service Tier 3 "
                            "(CAS3) provision by 12 bed spaces.",
                     owner="Regional Accommodation Lead", target="December 2025", prev="A", cur="A",
                     upd="Business case approved; procurement under way.",
                     lead=["Regional Accommodation Lead"], end="2025-12", status="amber"),
            ]),
        ]),
    ]
    lines = ["Doncaster PDU: HMI Probation Inspection – Action Plan Tracker",
             "Probation Service – Yorkshire and the Humber Region",
             "Inspection fieldwork: 9–20 September 2024" + T + "Report published: 16 January 2025" + T +
             "Tracker updated: 30/04/2025",
             "",
             T.join(header)]
    expected = []
    for heading, recs in sections:
        lines.append(heading)
        for rno, rtext, agreed, acts in recs:
            lines.append(T.join([rno, rtext, agreed, "", "", "", "", ""]))
            for a in acts:
                lines.append(T.join([a["ref"], a["action"], "", a["owner"], a["target"], a["prev"], a["cur"],
                                     a["upd"]]))
                expected.append(dict(ref=a["ref"], under=[heading, rtext], action=a["action"], lead=a["lead"],
                                     end=a["end"], end_text=a.get("end_text"), status=a["status"]))
        lines.append("")
    lines.append("RAG key: B = complete; G = on track; A = at risk of slipping; R = off track or overdue")
    lines.append("Note: actions rated B are proposed to HMI Probation for closure at the next quarterly review.")
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    write_expected(
        fname,
        source="Imitates the action plans the Probation Service (HMPPS) produces for HM Inspectorate of "
               "Probation PDU inspections, whose recommendations are addressed in turn to the PDU, the region and "
               "HMPPS (https://hmiprobation.justiceinspectorates.gov.uk/about-us/our-inspections/pdu; HMPPS "
               "action plan template 'A Response to the HMIProbation Inspection Report', "
               "https://docsbay.net/action-plan-name-of-crc-or-nps-division), kept as a local tracker and exported "
               "as tab-separated text. Doncaster PDU, Yorkshire and the Humber region, 2025; the recommendations "
               "and actions are invented. Copied: the 'The ... PDU should:' / 'The ... region should:' "
               "grouping, numbered recommendations with Agreed / Partly agreed, sub-numbered actions, owners as "
               "posts, mixed date styles (dd/mm/yyyy, Apr-25, Q1 2025/26, End of February 2025, Ongoing), "
               "previous and current RAG letters, and a key and note at the foot.",
        reads="A tab-separated export of the Doncaster PDU action plan tracker: three title lines, a header, "
              "then two groups of recommendations (for the PDU and for the region), each recommendation line "
              "followed by its numbered actions with owner, target date, previous and current RAG letter and "
              "update. Nine actions; status is the current RAG (B = complete).",
        outcome="read",
        title="Doncaster PDU: HMI Probation Inspection – Action Plan Tracker",
        actions=expected,
    )


if __name__ == "__main__":
    make_lancaster_farms()
    make_tonyrefail()
    make_police_scotland()
    make_bedstone()
    row = make_leicestershire_frs()
    make_north_notts()
    make_doncaster_pdu()
    print("built 7 files; Leicestershire typo on sheet row", row)
