#!/usr/bin/env python3
"""Build the seven zai- blind test cases (data files + NAME.expected.yaml).

Bodies: education, justice and emergency services.
Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "zai-".
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"
LIGHT = "DEEAF6"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def write_yaml(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Cambridgeshire Constabulary - HMICFRS cause of concern (RSO management)
#    xlsx: cover/document control sheet, plan sheet with merged cause-of-concern
#    and recommendation rows, previous + current RAG, original + revised dates.
# ---------------------------------------------------------------------------
def make_cambs():
    name = "zai-cambridgeshire-constabulary-hmicfrs-cause-of-concern-sex-offender-management-improvement-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Cambridgeshire Constabulary"
    cov["A1"].font = Font(bold=True, size=16, color=NAVY)
    cov["A2"] = "HMICFRS PEEL 2023–25: Cause of Concern – Managing Registered Sex Offenders"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Improvement Plan"
    cov["A3"].font = Font(bold=True, size=13)
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Plan owner", "Assistant Chief Constable – Protective Services"),
        ("Senior responsible officer", "Detective Chief Superintendent, Head of Public Protection"),
        ("Governance", "Force Performance Board (monthly); PCC Business Coordination Board (quarterly)"),
        ("Protective marking", "OFFICIAL"),
        ("Version", "1.6"),
        ("Last updated", d(2024, 10, 31)),
    ]
    for i, (k, v) in enumerate(rows, start=6):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        cov.cell(i, 1).border = BOX
        cov.cell(i, 2).border = BOX
    cov["A13"] = "Version history"
    cov["A13"].font = Font(bold=True)
    hist = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", d(2024, 4, 12), "PPU Business Support", "First draft following publication of the PEEL report (12 March 2024)"),
        ("1.3", d(2024, 6, 28), "PPU Business Support", "Updated after HMICFRS revisit; revised dates agreed at Force Performance Board"),
        ("1.6", d(2024, 10, 31), "PPU Business Support", "October update; actions 2.1, 3.1 and 3.2 closed"),
    ]
    for i, row in enumerate(hist, start=14):
        for j, v in enumerate(row, start=1):
            c = cov.cell(i, j, v)
            c.border = BOX
            if i == 14:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov.column_dimensions["A"].width = 28
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 22
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Cause of Concern: Management of Registered Sex Offenders – Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Position as at 31 October 2024   |   Plan owner: ACC Protective Services"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
             "Previous RAG (Sept)", "Current RAG (Oct)", "Progress update", "Evidence / closure"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX

    coc = "Cause of concern: The constabulary isn’t effectively managing the risks posed by registered sex offenders in the community."
    recs = {
        1: "Recommendation 1: Within three months, the constabulary should make sure it has enough trained personnel in its management of sexual or violent offenders (MOSOVO) team, and that offender managers’ workloads allow them to manage risk effectively.",
        2: "Recommendation 2: Within three months, the constabulary should make sure that visits to registered sex offenders are carried out in line with authorised professional practice, and that overdue active risk management system (ARMS) assessments are completed.",
        3: "Recommendation 3: Within three months, the constabulary should make sure senior leaders have effective oversight of performance data on registered sex offender management, including the size of the backlog, the risk posed by overdue cases and the most overdue visit.",
        4: "Recommendation 4: Within three months, the constabulary should make sure personnel in its MOSOVO and online child abuse investigation teams receive appropriate welfare support, including regular psychological screening.",
    }
    # ref, action, owner, original, revised, prev, cur, progress, evidence, (lead list, end, status)
    acts = {
        1: [
            ("1.1", "Complete a demand and capacity review of the MOSOVO team, benchmarked against most similar forces and the national ratio of offenders to offender managers.",
             "Detective Chief Inspector, MOSOVO", d(2024, 5, 31), None, "Blue", "Blue",
             "Review completed by the Force Change Team and presented to Chief Officer Group on 22/05/2024.", "COG minutes 22/05/24",
             ["Detective Chief Inspector, MOSOVO"], "2024-05", "blue"),
            ("1.2", "Recruit and train additional offender managers to bring average caseloads to no more than 45 registered sex offenders per offender manager.",
             "Head of Public Protection / HR Business Partner", d(2024, 6, 30), d(2024, 12, 31), "Amber", "Green",
             "Six additional offender managers in post; four have completed the MOSOVO course.\nRemaining two booked on the College of Policing course in November 2024.", "",
             ["Head of Public Protection", "HR Business Partner"], "2024-12", "green"),
        ],
        2: [
            ("2.1", "Issue a force instruction that all home visits to registered sex offenders are carried out by two members of staff, with any exception authorised and recorded by a supervisor.",
             "Detective Superintendent, Public Protection", d(2024, 4, 30), None, "Blue", "Blue",
             "Force instruction published 18/04/2024. September dip sample found 97% of visits double-crewed.", "Dip sample report Sept 24",
             ["Detective Superintendent, Public Protection"], "2024-04", "blue"),
            ("2.2", "Clear the backlog of overdue ARMS assessments, prioritising very high and high risk offenders.",
             "Detective Chief Inspector, MOSOVO", d(2024, 6, 30), d(2024, 11, 30), "Red", "Amber",
             "Overdue ARMS assessments reduced from 112 to 31.\nAll very high and high risk cases now in date; medium risk cases being worked through.", "",
             ["Detective Chief Inspector, MOSOVO"], "2024-11", "amber"),
            ("2.3", "Introduce monthly supervisor reviews of all registered sex offender cases, recorded on ViSOR, with a quarterly quality assurance dip sample by the PPU Review Team.",
             "MOSOVO Detective Inspectors", d(2024, 7, 31), None, "Green", "Green",
             "Supervisor reviews recorded on ViSOR for 94% of cases. First quarterly dip sample completed August 2024.", "",
             ["MOSOVO Detective Inspectors"], "2024-07", "green"),
        ],
        3: [
            ("3.1", "Build a Power BI dashboard showing overdue visits and ARMS assessments by risk level, with the number of days overdue for each case.",
             "Head of Performance and Analysis", d(2024, 5, 31), None, "Blue", "Blue",
             "Dashboard live from 03/06/2024 and available to all PPU supervisors.", "Dashboard screenshot",
             ["Head of Performance and Analysis"], "2024-05", "blue"),
            ("3.2", "Add registered sex offender management as a standing item at Force Performance Board, chaired by the Deputy Chief Constable.",
             "Deputy Chief Constable", d(2024, 6, 30), None, "Green", "Blue",
             "Standing item since the June 2024 Force Performance Board.", "FPB agenda and minutes",
             ["Deputy Chief Constable"], "2024-06", "blue"),
        ],
        4: [
            ("4.1", "Introduce mandatory annual psychological screening for MOSOVO and POLIT staff, with six-monthly screening for staff who view indecent images.",
             "Head of Occupational Health", d(2024, 8, 31), d(2025, 1, 31), "Amber", "Amber",
             "Provider contract extended to cover the PPU; 60% of staff screened.\nRemaining appointments booked for December and January.", "",
             ["Head of Occupational Health"], "2025-01", "amber"),
            ("4.2", "Provide TRiM-trained supervisors within each MOSOVO team and include welfare as a standing item in monthly one-to-ones.",
             "DCI MOSOVO; DCI POLIT", d(2024, 7, 31), None, "Green", "Green",
             "Four supervisors TRiM trained; welfare now recorded in the one-to-one template.", "",
             ["DCI MOSOVO", "DCI POLIT"], "2024-07", "green"),
        ],
    }
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1, coc).font = Font(bold=True, color="FFFFFF")
    ws.cell(r, 1).fill = fill("2F5496")
    ws.cell(r, 1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 30
    r += 1
    expected = []
    for k in (1, 2, 3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, recs[k]).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(LIGHT)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
        for (ref, text, owner, orig, rev, prev, cur, prog, ev, lead, end, status) in acts[k]:
            vals = [ref, text, owner, orig, rev, prev, cur, prog, ev]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for j, v in ((6, prev), (7, cur)):
                ws.cell(r, j).fill = fill(rag_fill[v])
                if v == "Blue":
                    ws.cell(r, j).font = Font(color="FFFFFF")
            expected.append(act(ref, [coc, recs[k]], text, lead, end, status))
            r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG").font = Font(bold=True)
    r += 1
    for lab, n in (("Blue", 4), ("Green", 3), ("Amber", 2), ("Red", 0), ("Total", 9)):
        ws.cell(r, 1, lab)
        ws.cell(r, 2, n)
        if lab in rag_fill:
            ws.cell(r, 1).fill = fill(rag_fill[lab])
        else:
            ws.cell(r, 1).font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: Original target dates reflect the three-month timescale set by HMICFRS (12 June 2024). Revised dates were agreed at Force Performance Board on 26 June 2024.").font = Font(italic=True)
    widths = [7, 60, 28, 14, 14, 12, 12, 55, 24]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG Key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (lab, txt) in enumerate([
        ("Blue", "Action complete and evidenced"),
        ("Green", "On track to deliver by the target date"),
        ("Amber", "Some risk to delivery; mitigation in place"),
        ("Red", "Target date missed or delivery at serious risk"),
    ], start=3):
        key.cell(i, 1, lab).fill = fill(rag_fill[lab])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 50
    wb.save(os.path.join(OUT, name))

    write_yaml(name, {
        "source": "Cambridgeshire Constabulary (police force), 2024: improvement plan answering the HMICFRS PEEL 2023–25 "
                  "cause of concern on managing registered sex offenders (report published 12 March 2024; cause of concern "
                  "closed by HMICFRS letter of 9 December 2024, "
                  "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/cambridgeshire-constabulary-cause-of-concern-closed-letter-december-2024/). "
                  "Imitates a force improvement plan reported to a force performance board: cover sheet with document control and "
                  "version history tables, plan sheet with a title, position-date line, one merged cause-of-concern row, merged "
                  "recommendation rows above their numbered actions, job titles as owners (some with commas, two cells with two owners), "
                  "original and revised target dates, previous and current RAG words on coloured fills, progress updates with line "
                  "breaks, a summary/totals block and a note line, and a separate RAG key sheet.",
        "reads": "A police improvement plan for one HMICFRS cause of concern, broken into four recommendations with nine numbered "
                 "actions. Each action has an owner, an original and sometimes a revised target date, and a previous and current RAG; "
                 "the current RAG and the revised date (where given) are what count. The cover, version history, summary counts, "
                 "note and key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Cause of Concern: Management of Registered Sex Offenders – Improvement Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# 2. HMP Leicester - HMIP inspection action plan (HMPPS template)
#    docx: HMPPS title block, introduction, categorisation table, then one
#    table per concern under PRIORITY CONCERNS / KEY CONCERNS headings.
# ---------------------------------------------------------------------------
def make_leicester():
    name = "zai-hmp-leicester-hmip-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph("Action Plan: HMP Leicester", style="Title")
    for line in ("Action Plan Submitted: 16 August 2024",
                 "A Response to the HMIP Inspection: 4 – 14 March 2024",
                 "Report Published: 18 July 2024",
                 "Progress updated: 31 January 2025"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on conditions for, and treatment of, "
        "those in prison. In response to the report HM Prison and Probation Service (HMPPS) is required to draft a robust and "
        "timely action plan to address the concerns raised. The action plan confirms whether each concern is agreed, partly "
        "agreed or not agreed (see categorisations below). Where a concern is agreed or partly agreed, the plan sets out "
        "specific actions, with the owner and timescale of each action clearly identified.")
    cat = doc.add_table(rows=4, cols=2)
    cat.style = "Table Grid"
    cell_text(cat.cell(0, 0), "Term", bold=True)
    cell_text(cat.cell(0, 1), "Definition", bold=True)
    for i, (a, b) in enumerate([
        ("Agreed", "All of the concern is accepted, can be addressed and is affordable."),
        ("Partly Agreed", "Only part of the concern can be addressed, for reasons of policy, operational constraint or affordability."),
        ("Not Agreed", "The concern cannot be addressed, is not affordable or is not accepted."),
    ], start=1):
        cell_text(cat.cell(i, 0), a, bold=True)
        cell_text(cat.cell(i, 1), b)
    doc.add_paragraph()

    sections = [
        ("PRIORITY CONCERNS", [
            ("1. Levels of violence had risen since the last inspection and too many prisoners told us they felt unsafe. Leaders did not use data well enough to understand and reduce violence.",
             "Agreed – HMP Leicester has refreshed its Safety Strategy, and violence data is now reviewed at a monthly Safety Intervention Meeting chaired by the Deputy Governor.",
             [
                 ("1.1", "Produce a monthly violence analysis, including location, time, ethnicity and age of those involved, and present it to the Safety Intervention Meeting.",
                  "Head of Safety", "31/05/2024", "Complete", ["Head of Safety"], "2024-05", None, "blue"),
                 ("1.2", "Introduce a weekly multidisciplinary review of challenge, support and intervention plans (CSIPs) for all perpetrators of serious assaults.",
                  "Head of Safety / Violence Reduction Custodial Manager", "30/09/2024", "Complete",
                  ["Head of Safety", "Violence Reduction Custodial Manager"], "2024-09", None, "blue"),
                 ("1.3", "Survey prisoners on their perceptions of safety every six months and share the findings and resulting actions with the prisoner council.",
                  "Head of Safety", "Ongoing", "On track", ["Head of Safety"], None, "Ongoing", "green"),
             ]),
            ("2. Prisoners spent too long locked in their cells. Most were unlocked for less than two hours a day and too few were in purposeful activity.",
             "Partly Agreed – staffing levels and the physical constraints of the Victorian site limit the regime, but the prison will increase time unlocked within existing resources.",
             [
                 ("2.1", "Implement a revised core day giving all prisoners on the main wings at least three hours unlocked each weekday.",
                  "Head of Operations", "December 2024", "On track", ["Head of Operations"], "2024-12", None, "green"),
                 ("2.2", "Increase the number of activity spaces in education and industries from 160 to 210.",
                  "Head of Learning and Skills", "31 March 2025", "On track", ["Head of Learning and Skills"], "2025-03", None, "green"),
             ]),
            ("3. Illicit drugs were too easily available, and the random mandatory drug testing positive rate was over 30%.",
             "Agreed – a local Drug Strategy and action plan has been agreed with the Prison Group Director.",
             [
                 ("3.1", "Introduce enhanced gate security, including body scanning of all new receptions and staff searching in line with the national model.",
                  "Head of Security", "Q4 2024/25", "Not started", ["Head of Security"], "2025-03", None, "unrated"),
                 ("3.2", "Open an incentivised substance-free living unit on C wing, supported by the substance misuse provider.",
                  "Head of Residence", "End of June 2025", "On track", ["Head of Residence"], "2025-06", None, "green"),
             ]),
        ]),
        ("KEY CONCERNS", [
            ("4. Many cells designed for one prisoner held two, and too many lacked proper screening around toilets. Showers on A wing were in poor condition.",
             "Agreed",
             [
                 ("4.1", "Fit privacy screens to all toilets in shared cells.",
                  "Head of Residence; Facilities Management Contract Manager", "31/10/2024", "Complete",
                  ["Head of Residence", "Facilities Management Contract Manager"], "2024-10", None, "blue"),
                 ("4.2", "Refurbish the A wing showers as part of the prison maintenance programme.",
                  "Facilities Management Contract Manager", "September 2025", "Amber",
                  ["Facilities Management Contract Manager"], "2025-09", None, "amber"),
             ]),
            ("5. Release planning did not start early enough, and too many prisoners were released without sustainable accommodation.",
             "Agreed",
             [
                 ("5.1", "Screen all prisoners for accommodation need 12 weeks before release and refer them to the commissioned accommodation provider.",
                  "Head of Reducing Reoffending", "30/11/2024", "Complete", ["Head of Reducing Reoffending"], "2024-11", None, "blue"),
                 ("5.2", "Hold a monthly resettlement panel with the Probation Service and the Leicester City Council housing options team.",
                  "Head of Reducing Reoffending", "Monthly", "On track", ["Head of Reducing Reoffending"], None, "Monthly", "green"),
             ]),
        ]),
    ]
    status_fill = {"Complete": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966"}
    expected = []
    heads = ["No.", "Action", "Responsible Owner", "Target Date", "Status at 31/01/2025"]
    for sec, concerns in sections:
        doc.add_heading(sec, level=1)
        for concern, response, rows in concerns:
            tb = doc.add_table(rows=3 + len(rows), cols=5)
            tb.style = "Table Grid"
            top = tb.cell(0, 0).merge(tb.cell(0, 4))
            cell_text(top, concern, bold=True)
            shade(top, "D9E2F3")
            resp = tb.cell(1, 0).merge(tb.cell(1, 4))
            cell_text(resp, response)
            for j, h in enumerate(heads):
                cell_text(tb.cell(2, j), h, bold=True)
                shade(tb.cell(2, j), "BFBFBF")
            for i, (ref, text, owner, date, st, lead, end, end_text, status) in enumerate(rows, start=3):
                for j, v in enumerate((ref, text, owner, date, st)):
                    cell_text(tb.cell(i, j), v)
                if st in status_fill:
                    shade(tb.cell(i, 4), status_fill[st])
                expected.append(act(ref, [sec, concern], text, lead, end, status, end_text))
            doc.add_paragraph()
    doc.add_paragraph(
        "Status key: Complete – action delivered and evidence held; On track – progressing to target date; "
        "Amber – at risk of missing the target date; Not started – action not yet due to start.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "HMP Leicester (HMPPS), 2024: action plan in response to an HMI Prisons unannounced inspection, imitating the "
                  "HMPPS template published for each prison (e.g. 'Action Plan: HMP The Verne', 'HMP Guys Marsh Action Plan "
                  "Submitted 9 July 2019 – A Response to the HMIP Inspection', and the post-May-2022 priority/key concerns "
                  "format described at https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
                  "Copies the title block (plan submitted / response to inspection / report published lines), introduction and "
                  "Agreed/Partly Agreed/Not Agreed categorisation table, PRIORITY CONCERNS and KEY CONCERNS headings, one Word "
                  "table per concern with the concern text and the agreed response in merged rows above a header and numbered "
                  "actions, job titles as owners, mixed target dates (dd/mm/yyyy, month year, Q4 2024/25, End of June 2025, "
                  "Ongoing, Monthly), a shaded status column and a status key line.",
        "reads": "A prison action plan with five inspection concerns (three priority, two key), each in its own table with the "
                 "prison's response and two or three numbered actions, eleven in all. Each action has an owner, a target date and a "
                 "progress status at 31 January 2025; the categorisation table and key are not plan content.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: HMP Leicester",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. HMPPS - Independent SFO review (Damien Bendall) action plan
#    txt: tab-separated export from Excel with title lines, recommendation
#    text only on the first action row (merged cells exported), key lines.
# ---------------------------------------------------------------------------
def make_bendall():
    name = "zai-hmpps-independent-serious-further-offence-review-bendall-action-plan.txt"
    recs = [
        ("1. HMPPS should ensure that pre-sentence reports proposing a curfew or other requirement tied to an address are only delivered once domestic abuse and child safeguarding enquiries have been completed and the address has been assessed.",
         "Agreed", [
             ("1.1", "Publish a revised pre-sentence report policy framework requiring domestic abuse and safeguarding enquiries to be returned before any report is delivered to court.",
              "Director of Probation Operational Policy", "March 2023", "Blue", ["Director of Probation Operational Policy"], "2023-03", None, "blue"),
             ("1.2", "Update the court report template so that the author must record the outcome of police and children’s services enquiries.",
              "Head of Probation Digital Services", "June 2023", "Blue", ["Head of Probation Digital Services"], "2023-06", None, "blue"),
             ("1.3", "Carry out a national audit of 600 pre-sentence reports to test compliance with the revised framework.",
              "HMPPS Operational and System Assurance Group", "Q3 2023/24", "Green", ["HMPPS Operational and System Assurance Group"], "2023-12", None, "green"),
         ]),
        ("2. HMPPS should review the allocation of cases so that probation services officers with limited experience are not allocated cases with indicators of domestic abuse or child safeguarding concerns.",
         "Agreed", [
             ("2.1", "Reissue the Case Allocation Framework, preventing probation services officers in their first year from holding cases with domestic abuse or safeguarding flags.",
              "Chief Probation Officer", "31/03/2023", "Blue", ["Chief Probation Officer"], "2023-03", None, "blue"),
             ("2.2", "Require senior probation officer countersignature of any allocation that departs from the framework.",
              "Regional Probation Directors", "Ongoing", "Green", ["Regional Probation Directors"], None, "Ongoing", "green"),
         ]),
        ("3. HMPPS should ensure that risk of serious harm assessments take account of all available information, including police domestic abuse call-out information and intelligence.",
         "Agreed", [
             ("3.1", "Extend domestic abuse information sharing with the police to all Probation Delivery Units, with a request made at the start of every community sentence.",
              "Head of Public Protection Group; Regional Heads of Public Protection", "September 2023", "Amber",
              ["Head of Public Protection Group", "Regional Heads of Public Protection"], "2023-09", None, "amber"),
             ("3.2", "Deliver refreshed risk of serious harm training to all practitioners, prioritising staff in court teams.",
              "Director of Probation Workforce Programme", "31/12/2023", "Green", ["Director of Probation Workforce Programme"], "2023-12", None, "green"),
         ]),
        ("4. HMPPS should ensure that senior probation officers have the time and tools to provide effective management oversight of practitioners’ work.",
         "Partly agreed", [
             ("4.1", "Reduce senior probation officer span of control to no more than eight direct reports as part of the workforce recovery plan.",
              "Chief Probation Officer", "April 2024", "Amber", ["Chief Probation Officer"], "2024-04", None, "amber"),
             ("4.2", "Introduce a quarterly case supervision audit tool for senior probation officers, with results reported to regional performance boards.",
              "Regional Probation Directors", "Oct 2023", "Green", ["Regional Probation Directors"], "2023-10", None, "green"),
         ]),
    ]
    lines = [
        "HM Prison and Probation Service",
        "Independent Serious Further Offence Review of Damien Bendall: HMPPS Action Plan",
        "Review by HM Chief Inspector of Probation, published 17 January 2023",
        "Progress position at 30 September 2023",
        "",
        "\t".join(["Recommendation", "Agreed?", "Ref", "Action", "Owner", "Target date", "RAG"]),
    ]
    expected = []
    for rec, agreed, rows in recs:
        for i, (ref, text, owner, date, rag, lead, end, end_text, status) in enumerate(rows):
            first = i == 0
            lines.append("\t".join([rec if first else "", agreed if first else "", ref, text, owner, date, rag]))
            expected.append(act(ref, [rec], text, lead, end, status, end_text))
    lines += [
        "",
        "RAG key: Blue = complete; Green = on track; Amber = at risk of delay; Red = off track",
        "Owner shown is the accountable senior lead; delivery leads are recorded in the HMPPS programme tracker.",
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "HM Prison and Probation Service, 2023: action plan answering the recommendations of HM Chief Inspector of "
                  "Probation's Independent Serious Further Offence Review of Damien Bendall (published 17 January 2023; see "
                  "https://probationmatters.blogspot.com/2023/01/report-highlights-structural-failings.html and the Commons "
                  "statement of 24 January 2023). Laid out as the tab-delimited text a tracker spreadsheet saves to: title, "
                  "source and position lines, a header row, the recommendation text and Agreed?/Partly agreed only on the "
                  "first row of each group (merged cells export as blanks on the continuation rows), numbered actions with "
                  "accountable senior leads (one cell with two posts separated by a semicolon), month, dd/mm/yyyy, financial "
                  "quarter and Ongoing target dates, RAG words, and key/notes lines at the end.",
        "reads": "A national HMPPS action plan with four numbered recommendations from an independent serious further offence "
                 "review, each followed by two or three numbered actions (nine in all) with an owner, a target date and a RAG. "
                 "Blank recommendation cells on later rows continue the recommendation above.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Independent Serious Further Offence Review of Damien Bendall: HMPPS Action Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 4. Keele University School of Psychology - NSS 2025 action plan (csv)
# ---------------------------------------------------------------------------
def make_keele():
    name = "zai-keele-university-school-of-psychology-nss-2025-action-plan.csv"
    themes = [
        ("Theme 1: Assessment and feedback (2025: 71.4% positive; benchmark 77.9%)", [
            ("1.1", "Publish a marking and feedback calendar for every module on the KLE at the start of each semester, showing submission and return dates.",
             "Director of Education", "Sept 2025", "Calendar live for 100% of modules", "B", "Calendars published for all Semester 1 modules.",
             ["Director of Education"], "2025-09", None, "blue"),
            ("1.2", "Introduce assessment briefing sessions in week 3 of each module, with exemplars and a walk-through of the marking criteria.",
             "Module Leaders", "30/11/2025", "Module evaluation: 80% agree criteria were clear", "G", "Briefings delivered in 18 of 21 Semester 1 modules.",
             ["Module Leaders"], "2025-11", None, "green"),
            ("1.3", "Return marked work within 15 working days and report turnaround to the School Education Committee each month.",
             "Director of Education / School Office Manager", "Monthly", "95% of work returned within 15 working days", "A",
             "October: 88% on time; two modules late because of staff absence.",
             ["Director of Education", "School Office Manager"], None, "Monthly", "amber"),
        ]),
        ("Theme 2: Organisation and management (2025: 68.0% positive; benchmark 74.6%)", [
            ("2.1", "Fix the final-year timetable by the end of July, with any later change signed off by the Deputy Head of School.",
             "Deputy Head of School", "July 2026", "Fewer than 5 timetable changes after publication", "G", "",
             ["Deputy Head of School"], "2026-07", None, "green"),
            ("2.2", "Send a single weekly email to all students listing changes to teaching, rooms and deadlines.",
             "Student Experience Officer", "Oct 2025", "Weekly email sent in every teaching week", "B", "Running since week 1.",
             ["Student Experience Officer"], "2025-10", None, "blue"),
        ]),
        ("Theme 3: Student voice (2025: 64.2% positive; benchmark 72.3%)", [
            ("3.1", "Post a “You said, we did” summary on the School noticeboard and the KLE within four weeks of each Student Staff Voice Committee.",
             "JH, PK", "February 2026", "Summary posted after every SSVC", "", "",
             ["JH", "PK"], "2026-02", None, "unrated"),
            ("3.2", "Run a mid-module check-in survey in every core module and discuss the results with the cohort the following week.",
             "Programme Director (BSc Psychology)", "Ongoing", "Check-in run in all core modules", "G", "",
             ["Programme Director (BSc Psychology)"], None, "Ongoing", "green"),
            ("3.3", "Recruit and train a course representative for each year group and pay them for attending committees.",
             "Student Experience Officer; Students’ Union Voice Coordinator", "Nov 2025", "Representatives in post for all years", "R",
             "Year 2 representative not yet recruited; recruitment re-opened.",
             ["Student Experience Officer", "Students’ Union Voice Coordinator"], "2025-11", None, "red"),
        ]),
    ]
    ncol = 7
    rows = [
        ["Keele University – School of Psychology"] + [""] * (ncol - 1),
        ["National Student Survey 2025: School Action Plan 2025/26"] + [""] * (ncol - 1),
        ["Agreed with student representatives at the Student Staff Voice Committee, 15 October 2025"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Ref", "Action", "Lead", "Deadline", "Success measure", "RAG (Jan 2026)", "Update"],
    ]
    expected = []
    for theme, acts_ in themes:
        rows.append([theme] + [""] * (ncol - 1))
        for (ref, text, lead_cell, dl, meas, rag, upd, lead, end, end_text, status) in acts_:
            rows.append([ref, text, lead_cell, dl, meas, rag, upd])
            expected.append(act(ref, [theme], text, lead, end, status, end_text))
    rows += [
        [""] * ncol,
        ["RAG key: B = complete; G = on track; A = some slippage; R = not on track; blank = not yet started"] + [""] * (ncol - 1),
        ["NSS scores are % positive for final-year respondents on BSc Psychology programmes, including combined honours."] + [""] * (ncol - 1),
    ]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)
    write_yaml(name, {
        "source": "Keele University School of Psychology (university), 2025: a school-level National Student Survey action plan "
                  "of the kind universities agree with student representatives and update through the year (see the Leeds "
                  "'School Action Planning Process', https://ses.leeds.ac.uk/info/21070/quality_assurance/1275/school_action_planning_process, "
                  "and published NSS 'you said, we did' plans). Saved from Excel as CSV: three title lines and a blank row padded "
                  "with commas, a header row, theme rows carrying the NSS 2025 score and benchmark, numbered actions with leads "
                  "(posts, two initials, two posts joined by / or ;), deadlines as month names, dd/mm/yyyy, Monthly and Ongoing, "
                  "RAG letters B/G/A/R with one blank, and key and note lines at the foot.",
        "reads": "A university school's NSS action plan with three NSS themes, each heading two or three numbered actions (eight "
                 "in all). Each action has a lead, a deadline, a success measure and a RAG letter, where B means complete and a "
                 "blank means not yet started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "National Student Survey 2025: School Action Plan 2025/26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Windsor Academy Trust - Trust Improvement Plan 2025-26 (xlsx)
#    overview sheet with summary and colour key, one sheet per strategic
#    priority, objectives merged down over their actions, fill-only RAG.
# ---------------------------------------------------------------------------
def make_wat():
    name = "zai-windsor-academy-trust-trust-improvement-plan-2025-26.xlsx"
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Windsor Academy Trust"
    ov["A1"].font = Font(bold=True, size=16, color="5B2C6F")
    ov["A2"] = "Trust Improvement Plan 2025-26"
    ov["A2"].font = Font(bold=True, size=14)
    ov["A3"] = "Year 1 of ‘Co-creating Brighter Futures for All’ – Trust Strategy 2025–2030"
    ov["A4"] = "RAG position at 5 December 2025 (reported to the Trust Board, 11 December 2025)"
    ov["A4"].font = Font(italic=True)
    heads = ["Strategic priority", "Executive lead", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(heads, start=1):
        c = ov.cell(6, j, h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BOX
    summ = [
        ("SP1 Excellent schools for all", "Deputy CEO", 4, 1, 2, 1, 0, 0),
        ("SP2 Inclusion and belonging", "Director of Inclusion", 3, 1, 0, 1, 0, 1),
        ("SP3 Our people", "Director of People", 3, 0, 2, 0, 1, 0),
        ("Total", "", 10, 2, 4, 2, 1, 1),
    ]
    for i, row in enumerate(summ, start=7):
        for j, v in enumerate(row, start=1):
            c = ov.cell(i, j, v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    ov["A12"] = "RAG key (cell colour in the RAG column of each priority sheet)"
    ov["A12"].font = Font(bold=True)
    for i, (hx, txt) in enumerate([
        (BLUE, "Complete – impact evidenced"),
        (GREEN, "On track"),
        (AMBER, "Some slippage – action being taken"),
        (RED, "Off track – escalated to the CEO"),
        (None, "No colour – not yet started"),
    ], start=13):
        if hx:
            ov.cell(i, 1).fill = fill(hx)
        ov.cell(i, 1).border = BOX
        ov.cell(i, 2, txt)
    ov.column_dimensions["A"].width = 34
    ov.column_dimensions["B"].width = 36

    prios = [
        ("SP1 Excellent Schools", "Strategic Priority 1: Excellent schools for all",
         "Impact by July 2026: every WAT school at least ‘Expected standard’ in all report card areas; KS2 reading, writing and maths combined and KS4 Attainment 8 above national.",
         [
             ("Raise attainment in KS2 reading and mathematics in every primary school", [
                 ("1.1", "Roll out the WAT reading fluency programme in Years 3 and 4 in all primary schools, with half-termly fluency assessments.",
                  "Director of Education (Primary)", "Autumn term 2025", "Programme launched in all 8 primaries; fluency baseline taken Oct 2025", BLUE,
                  ["Director of Education (Primary)"], "2025-12", None, "blue"),
                 ("1.2", "Deploy trust maths specialists to the four primaries with the lowest 2025 KS2 maths outcomes for one day a week.",
                  "Director of Education (Primary), Trust Maths Lead", "Sept 2025 – July 2026", "Termly pupil progress reviews; KS2 maths at or above national", GREEN,
                  ["Director of Education (Primary)", "Trust Maths Lead"], "2026-07", None, "green"),
             ]),
             ("Strengthen curriculum and teaching at KS3 and KS4", [
                 ("1.3", "Complete curriculum deep dives in English, science and humanities in every secondary school, with a follow-up review within six weeks.",
                  "Director of Education (Secondary)", "Summer term 2026", "Deep-dive reports to the Education and Standards Committee", GREEN,
                  ["Director of Education (Secondary)"], "2026-07", None, "green"),
                 ("1.4", "Embed the WAT Teaching Framework through fortnightly instructional coaching for all teachers in their first three years.",
                  "Headteachers", "Termly", "Coaching logs; quality assurance visits", AMBER,
                  ["Headteachers"], None, "Termly", "amber"),
             ]),
         ]),
        ("SP2 Inclusion", "Strategic Priority 2: Inclusion and belonging",
         "Impact by July 2026: persistent absence and suspensions below national in every school; pupils with SEND achieving in line with peers nationally.",
         [
             ("Improve attendance, especially for disadvantaged pupils", [
                 ("2.1", "Appoint a trust attendance lead and introduce a common attendance escalation model across all schools.",
                  "Director of Inclusion", "Dec 2025", "Model adopted by all 15 schools", BLUE,
                  ["Director of Inclusion"], "2025-12", None, "blue"),
                 ("2.2", "Hold half-termly attendance clinics in each school for pupils whose attendance falls below 90%.",
                  "Headteachers / Attendance Officers", "July 2026", "Persistent absence below 15% in every school", AMBER,
                  ["Headteachers", "Attendance Officers"], "2026-07", None, "amber"),
             ]),
             ("Make sure pupils with SEND are well supported in every classroom", [
                 ("2.3", "Train all teaching assistants in the trust’s adaptive teaching approach and hold termly SENDCo network meetings.",
                  "Trust SENDCo", "Summer term 2026", "All teaching assistants trained; SENDCo network attendance", None,
                  ["Trust SENDCo"], "2026-07", None, "unrated"),
             ]),
         ]),
        ("SP3 Our People", "Strategic Priority 3: Our people",
         "Impact by July 2026: staff survey workload measure improved by 10 points; teacher retention above 90%.",
         [
             ("Reduce unnecessary workload", [
                 ("3.1", "Carry out a workload audit in every school and remove or streamline at least three trust-wide processes.",
                  "Director of People", "March 2026", "Audit report to the Board; processes removed", GREEN,
                  ["Director of People"], "2026-03", None, "green"),
                 ("3.2", "Introduce a trust-wide flexible working offer, including one wellbeing day a year for all staff.",
                  "Director of People / Chief Operating Officer", "September 2026", "Policy approved by the Board", RED,
                  ["Director of People", "Chief Operating Officer"], "2026-09", None, "red"),
             ]),
             ("Grow our own leaders", [
                 ("3.3", "Launch the WAT Middle Leadership programme with 30 participants from across the trust.",
                  "Deputy CEO", "January 2026", "30 participants enrolled", GREEN,
                  ["Deputy CEO"], "2026-01", None, "green"),
             ]),
         ]),
    ]
    expected = []
    cols = ["Ref", "Objective", "Key actions", "Lead(s)", "Timescale", "Milestones / evidence of impact", "RAG"]
    for sheet, heading, impact, objectives in prios:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1")
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill("5B2C6F")
        ws.merge_cells("A2:G2")
        ws["A2"] = impact
        ws["A2"].alignment = Alignment(wrap_text=True)
        ws.row_dimensions[2].height = 32
        for j, h in enumerate(cols, start=1):
            c = ws.cell(4, j, h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
        r = 5
        for obj, rows in objectives:
            start = r
            for (ref, text, lead_cell, when, mil, hx, lead, end, end_text, status) in rows:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, text)
                ws.cell(r, 4, lead_cell)
                ws.cell(r, 5, when)
                ws.cell(r, 6, mil)
                if hx:
                    ws.cell(r, 7).fill = fill(hx)
                for j in range(1, 8):
                    ws.cell(r, j).border = BOX
                    ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
                expected.append(act(ref, [heading, obj], text, lead, end, status, end_text))
                r += 1
            ws.cell(start, 2, obj)
            ws.cell(start, 2).alignment = Alignment(wrap_text=True, vertical="center")
            ws.cell(start, 2).font = Font(bold=True)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        for col, w in zip("ABCDEFG", (6, 30, 60, 30, 20, 40, 8)):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Windsor Academy Trust (multi-academy trust, 15 schools, Halesowen), 2025: an annual trust improvement plan "
                  "for year 1 of its 'Co-creating Brighter Futures for All' strategy 2025–2030 "
                  "(https://issuu.com/windsor-academy-trust/docs/co-creating_brighter_futures_strategy). Imitates a MAT's "
                  "Excel delivery plan reported to the trust board: an overview sheet with title lines, a summary table of "
                  "actions and RAG counts per priority with a total row and a colour key; then one sheet per strategic priority, "
                  "each with a merged priority heading, an impact statement, a header row, objectives in merged cells running "
                  "down over their numbered actions, leads as posts (two with comma or slash), timescales as school terms, a "
                  "period, months and Termly, and RAG shown only by the cell's fill colour (one left uncoloured).",
        "reads": "A trust improvement plan with three strategic priorities on three sheets, each split into objectives with one or "
                 "two numbered actions, ten in all. Each action has a lead, a timescale, milestones and a RAG shown only as a "
                 "colour, read by the key on the overview sheet (blue complete, no colour not yet started).",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Trust Improvement Plan 2025-26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Elmhurst School (Aylesbury) - post-inspection improvement plan after an
#    Ofsted report card inspection (docx)
# ---------------------------------------------------------------------------
def make_elmhurst():
    name = "zai-elmhurst-school-aylesbury-ofsted-report-card-post-inspection-improvement-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph("Elmhurst School", style="Title")
    p = doc.add_paragraph("Post-Inspection Improvement Plan 2025–26", style="Heading 1")
    doc.add_paragraph("Following our Ofsted inspection on 2 and 3 December 2025 (report card published 14 January 2026)")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Headteacher", "Mrs S. Rahman"),
        ("Chair of Governors", "Mr D. Okafor"),
        ("Plan agreed by governors", "28 January 2026"),
        ("Monitoring", "Progress reviewed at each Full Governing Body meeting and with the Local Authority School Improvement Adviser"),
    ]):
        cell_text(info.cell(i, 0), a, bold=True)
        cell_text(info.cell(i, 1), b)
    doc.add_paragraph()
    doc.add_paragraph("Our report card", style="Heading 2")
    grades = [
        ("Evaluation area", "Grade"),
        ("Inclusion", "Expected standard"),
        ("Curriculum and teaching", "Needs attention"),
        ("Achievement", "Needs attention"),
        ("Attendance and behaviour", "Expected standard"),
        ("Personal development and well-being", "Strong standard"),
        ("Early years", "Expected standard"),
        ("Leadership and governance", "Expected standard"),
        ("Safeguarding", "Met"),
    ]
    gt = doc.add_table(rows=len(grades), cols=2)
    gt.style = "Table Grid"
    for i, (a, b) in enumerate(grades):
        cell_text(gt.cell(i, 0), a, bold=(i == 0))
        cell_text(gt.cell(i, 1), b, bold=(i == 0))
    doc.add_paragraph()

    areas = [
        ("Area 1: Curriculum and teaching (Needs attention)",
         "Leaders should make sure that the curriculum in foundation subjects sets out the important knowledge pupils should learn and when, so that teachers can check what pupils remember and build on it.",
         [
             ("1.1", "Rewrite the history and geography curriculum maps to identify the core knowledge for each unit, with end-of-unit checks.",
              "Curriculum Lead (Humanities)", "February half-term 2026", "Maps published; pupil voice shows recall of key knowledge", "On track",
              ["Curriculum Lead (Humanities)"], "2026-02", None, "green"),
             ("1.2", "Provide subject leader training on sequencing and retrieval practice through the Aylesbury Vale primary subject network.",
              "Deputy Headteacher", "March 2026", "All subject leaders trained", "Achieved",
              ["Deputy Headteacher"], "2026-03", None, "blue"),
             ("1.3", "Introduce termly subject monitoring by leaders and governors, including book looks and pupil voice.",
              "Subject Leaders / Link Governors", "Termly", "Monitoring reports to the Full Governing Body", "On track",
              ["Subject Leaders", "Link Governors"], None, "Termly", "green"),
         ]),
        ("Area 2: Achievement (Needs attention)",
         "Leaders should make sure that pupils who fall behind in reading and mathematics, including disadvantaged pupils, get the precise support they need to catch up quickly.",
         [
             ("2.1", "Assess all pupils in Years 2 to 6 with the new reading fluency assessment and group pupils for daily catch-up sessions.",
              "English Lead", "31/01/2026", "Assessment complete; catch-up groups running", "Achieved",
              ["English Lead"], "2026-01", None, "blue"),
             ("2.2", "Train teaching assistants to deliver structured maths intervention and track pupils’ progress every six weeks.",
              "Maths Lead, SENCo", "Summer term 2026", "90% of intervention pupils make expected progress", "Not started",
              ["Maths Lead", "SENCo"], "2026-07", None, "unrated"),
             ("2.3", "Review the use of pupil premium funding so that it targets gaps in reading and maths, and report to governors.",
              "Headteacher", "July 2026", "Revised pupil premium strategy published", "On track",
              ["Headteacher"], "2026-07", None, "green"),
         ]),
        ("Area 3: Our own priorities from self-evaluation", None,
         [
             ("3.1", "Improve the attendance of pupils who are persistently absent through weekly attendance meetings and early help referrals.",
              "Family Support Worker", "Ongoing", "Persistent absence below 12%", "On track",
              ["Family Support Worker"], None, "Ongoing", "green"),
             ("3.2", "Develop the early years outdoor area so that it supports the early mathematics curriculum.",
              "EYFS Lead", "Summer term 2026", "Outdoor area in daily use for maths", "Not started",
              ["EYFS Lead"], "2026-07", None, "unrated"),
         ]),
    ]
    prog_fill = {"On track": "C6EFCE", "Achieved": "BDD7EE"}
    heads = ["No.", "Action", "Who", "By when", "How we will know", "Progress"]
    expected = []
    for heading, next_step, rows in areas:
        doc.add_paragraph(heading, style="Heading 2")
        if next_step:
            lab = doc.add_paragraph()
            lab.add_run("What the school needs to do to improve").bold = True
            doc.add_paragraph(next_step)
        tb = doc.add_table(rows=1 + len(rows), cols=len(heads))
        tb.style = "Table Grid"
        for j, h in enumerate(heads):
            cell_text(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), "D9D9D9")
        for i, (ref, text, who, when, how, prog, lead, end, end_text, status) in enumerate(rows, start=1):
            for j, v in enumerate((ref, text, who, when, how, prog)):
                cell_text(tb.cell(i, j), v)
            if prog in prog_fill:
                shade(tb.cell(i, 5), prog_fill[prog])
            under = [heading, next_step] if next_step else [heading]
            expected.append(act(ref, under, text, lead, end, status, end_text))
        doc.add_paragraph()
    doc.add_paragraph("Progress key: Achieved – completed and impact seen; On track – under way and on schedule; "
                      "Not started – planned for later in the year.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Elmhurst School, Aylesbury (primary school), 2026: a post-inspection improvement plan written after an Ofsted "
                  "report card inspection under the renewed framework (evaluation areas and the five-point scale, e.g. 'Needs "
                  "attention'; see https://www.tes.com/magazine/news/general/ofsted-report-card-inspection-key-areas). "
                  "Imitates the Word plans primary schools publish for parents and governors: title, subtitle and inspection "
                  "line, a school details table, a report card grades table, then a heading per area that needs attention with "
                  "a bold 'What the school needs to do to improve' label above the inspectors' next step, and one table per "
                  "area (No., Action, Who, By when, How we will know, Progress); a third area of the school's own priorities "
                  "with no next step; term and half-term timescales; shaded progress words and a key line.",
        "reads": "A primary school improvement plan with two areas from its Ofsted report card (each with the inspectors' next "
                 "step) and one area of its own priorities, eight numbered actions in all, each with who leads it, by when, a "
                 "success measure and a progress word (Achieved, On track, Not started). The details and grades tables are not "
                 "actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Post-Inspection Improvement Plan 2025–26",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Scottish Fire and Rescue Service - HMFSI thematic inspection of
#    operational training and development action plan, with a mistyped month
#    ("0ct-2026", zero for O) in one revised due date cell -> refuse.
# ---------------------------------------------------------------------------
def make_sfrs():
    name = "zai-scottish-fire-and-rescue-service-hmfsi-operational-training-thematic-inspection-action-plan-typo-month-refuse.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Scottish Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "HMFSI Thematic Inspection of Operational Training and Development – Action Plan"
    ws["A2"].font = Font(bold=True, size=13)
    meta = [
        ("Action plan owner:", "Assistant Chief Officer, Director of Training, Safety and Assurance"),
        ("Report published:", "August 2025"),
        ("Reporting to:", "Service Delivery Committee"),
        ("Progress as at:", d(2026, 2, 27)),
    ]
    for i, (k, v) in enumerate(meta, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        c = ws.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    heads = ["Rec No.", "HMFSI Recommendation", "Action Ref", "Action Description", "Responsible Manager",
             "Due Date", "Revised Due Date", "% Complete", "BRAG", "Progress Commentary"]
    hr = 8
    for j, h in enumerate(heads, start=1):
        c = ws.cell(hr, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    brag = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    recs = [
        ("1", "The SFRS should develop a single, Service-wide training needs analysis for all duty systems, linked to its maintenance of competence framework.", [
            ("1.1", "Complete a training needs analysis for the wholetime, on-call and volunteer duty systems.",
             "Group Commander, Training Strategy", d(2025, 12, 31), None, 1.0, "Blue",
             "TNA approved by the Training, Safety and Assurance Board in December 2025."),
            ("1.2", "Align the maintenance of competence (MoC) framework with the TNA outputs and publish revised MoC modules.",
             "Area Commander, Training", d(2026, 3, 31), d(2026, 6, 30), 0.4, "Amber",
             "Revised modules drafted; consultation with representative bodies extended."),
        ]),
        ("2", "The SFRS should make sure that on-call personnel can access training at times and locations that suit them.", [
            ("2.1", "Pilot weekend and evening training delivery at four on-call hub stations in the North Service Delivery Area.",
             "Station Commander, On-Call Training (North)", d(2025, 11, 30), None, 1.0, "Blue",
             "Pilot ran September to November 2025; 212 on-call firefighters attended."),
            ("2.2", "Evaluate the pilot and agree roll-out across all three Service Delivery Areas.",
             "Group Commander, On-Call Support", d(2026, 3, 31), "0ct-2026", 0.25, "Amber",
             "Evaluation delayed by SDA workload; roll-out decision deferred."),
        ]),
        ("3", "The SFRS should improve the recording of training in its training management system so that competence can be evidenced for every firefighter.", [
            ("3.1", "Migrate outstanding paper training records to the training management system.",
             "Training Systems Manager", d(2026, 1, 31), d(2026, 5, 31), 0.6, "Amber",
             "Records for East SDA complete; West and North in progress."),
            ("3.2", "Introduce monthly MoC compliance reporting to Local Senior Officers.",
             "Head of Performance and Data Services", d(2025, 12, 31), None, 1.0, "Blue",
             "Monthly report issued since November 2025."),
        ]),
        ("4", "The SFRS should review the capacity and condition of its training estate, including training grounds and breathing apparatus facilities.", [
            ("4.1", "Commission a condition survey of all training grounds and hot fire training facilities.",
             "Head of Asset Management", d(2026, 9, 30), None, 0.1, "Green",
             "Survey specification agreed; tender to be issued in March 2026."),
        ]),
    ]
    r = hr + 1
    typo_row = None
    for num, rec, rows in recs:
        start = r
        for (ref, text, owner, due, rev, pct, rag, comm) in rows:
            vals = [None, None, ref, text, owner, due, rev, pct, rag, comm]
            for j, v in enumerate(vals, start=1):
                if v is None:
                    continue
                c = ws.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).number_format = "0%"
            ws.cell(r, 9).fill = fill(brag[rag])
            for j in range(1, 11):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
            if rev == "0ct-2026":
                typo_row = r
            r += 1
        ws.cell(start, 1, num)
        ws.cell(start, 2, rec)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for col, w in zip("ABCDEFGHIJ", (8, 45, 8, 50, 30, 12, 14, 10, 8, 45)):
        ws.column_dimensions[col].width = w
    key = wb.create_sheet("BRAG Key")
    key["A1"] = "BRAG status"
    key["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([
        ("Blue", "Action complete"),
        ("Green", "On track to meet the due date"),
        ("Amber", "Behind schedule; revised due date agreed"),
        ("Red", "Significantly behind schedule; escalated to the Strategic Leadership Team"),
    ], start=2):
        key.cell(i, 1, lab).fill = fill(brag[lab])
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, name))
    assert typo_row is not None
    write_yaml(name, {
        "source": "Scottish Fire and Rescue Service, 2025–26: action plan answering the recommendations of HM Fire Service "
                  "Inspectorate's thematic inspection of Operational Training and Development (HMFSI thematic programme, "
                  "https://www.hmfsi.scot/our-scrutiny/thematic-inspections; SFRS officers compile an action plan for each report "
                  "and take it to the Service Delivery Committee or the Audit and Risk Assurance Committee). Imitates the SFRS "
                  "committee action plan: title lines and an owner/published/reporting/as-at block, a red header row, "
                  "recommendation number and text merged down over their actions, action refs, job titles as responsible "
                  "managers, due and revised due dates, % complete, BRAG fills with words, progress commentary and a BRAG key "
                  "sheet. One revised due date is typed '0ct-2026' (zero for the letter O).",
        "reads": "A fire and rescue service action plan with four HMFSI recommendations and seven actions, each with a due date "
                 "and sometimes a revised due date. The revised due date of action 2.2 reads '0ct-2026', a mistyped month in the "
                 "cell that sets that action's end, so a careful reader stops there and asks what date was meant.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "HMFSI Thematic Inspection of Operational Training and Development – Action Plan",
    })
    return name, 0


def main():
    made = [make_cambs(), make_leicester(), make_bendall(), make_keele(), make_wat(), make_elmhurst(), make_sfrs()]
    for n, k in made:
        print(f"{n}: {k} actions")


if __name__ == "__main__":
    main()
