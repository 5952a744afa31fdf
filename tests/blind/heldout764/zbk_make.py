#!/usr/bin/env python3
"""Build the seven zbk- blind test files (set heldout764) and their expected readings.

Run with /work/main/.venv/bin/python zbk_make.py (openpyxl, python-docx, pyyaml).
Only files whose names start with "zbk-" are written, in this script's folder.
"""
import datetime as dt
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zbk-")
    return os.path.join(HERE, name)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, s):
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|")
    if re.fullmatch(r"\d{4}-\d{2}", s) or re.fullmatch(r"[\d.]+", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, doc):
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as fh:
        yaml.dump(doc, fh, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        cell_text(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ----------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_rgb):
    return PatternFill(fill_type="solid", start_color=hex_rgb, end_color=hex_rgb)


BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


# =============================================================================
# 1. HMP Littlehey - HMIP inspection action plan (docx)
# =============================================================================
def make_littlehey():
    name = "zbk-hmp-littlehey-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP Littlehey"
    concerns = [
        ("Priority concerns", "Priority concern 1",
         "Too many prisoners were unemployed or locked in their cells during the core day, and the regime did not provide enough purposeful activity for the population.",
         "Response: Agreed", None,
         [("1.1", "Complete a full review of the activities allocation process so that every prisoner is allocated to work, education or an accredited programme within five working days of arrival.",
           "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], "30 June 2025", "2025-06", None),
          ("1.2", "Reopen the second textiles workshop and the horticulture unit to create 64 additional full-time activity places.",
           "Head of Education, Skills and Work / Head of Industries", ["Head of Education, Skills and Work", "Head of Industries"],
           "September 2025", "2025-09", None)]),
        ("Priority concerns", "Priority concern 2",
         "Prisoners with mental health needs waited too long for assessment and treatment, and transfers of the most unwell prisoners to hospital regularly exceeded the 28-day guideline.",
         "Response: Partly Agreed",
         "The prison agrees that waiting times for assessment are too long. The time taken to transfer a prisoner to hospital is outside the prison’s control and is being raised with NHS England commissioners.",
         [("2.1", "Recruit two additional mental health nurses and a psychological wellbeing practitioner to the mental health in-reach team.",
           "Head of Healthcare (Practice Plus Group)", ["Head of Healthcare (Practice Plus Group)"], "31 May 2025", "2025-05", None),
          ("2.2", "Hold a monthly transfer and remission meeting, chaired by the Deputy Governor, and escalate every case approaching 28 days to NHS England.",
           "Deputy Governor", ["Deputy Governor"], "Ongoing", None, "Ongoing")]),
        ("Key concerns", "Key concern 3",
         "Staff did not consistently challenge poor behaviour, and incentives scheme reviews were often late and poorly evidenced.",
         "Response: Agreed", None,
         [("3.1", "Deliver refresher training on the Incentives Policy Framework to all band 3 to 5 residential staff and audit 20 incentives reviews each month.",
           "Head of Residence", ["Head of Residence"], "31/08/2025", "2025-08", None)]),
        ("Key concerns", "Key concern 4",
         "Prisoners who maintained their innocence had little opportunity to progress, and too few prisoners had an up-to-date OASys assessment.",
         "Response: Agreed", None,
         [("4.1", "Introduce a structured progression pathway for prisoners maintaining innocence, including one-to-one work with psychology staff and sentence planning reviews every six months.",
           "Head of Offender Management Delivery; Head of Psychology", ["Head of Offender Management Delivery", "Head of Psychology"],
           "December 2025", "2025-12", None),
          ("4.2", "Clear the backlog of overdue OASys assessments, prioritising prisoners within 12 months of release or of their parole eligibility date.",
           "Head of Offender Management Delivery", ["Head of Offender Management Delivery"], "31 October 2025", "2025-10", None)]),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_heading(title, level=0)
    for line in ["Action Plan Submitted: 14 March 2025",
                 "A Response to the HMIP Inspection: 2 – 12 September 2024",
                 "Report Published: 21 January 2025"]:
        p = d.add_paragraph()
        p.add_run(line).bold = True
    d.add_heading("INTRODUCTION", level=1)
    d.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for, and "
        "treatment of, those in prison. In response to each inspection report His Majesty’s Prison and Probation "
        "Service (HMPPS) produces an action plan which states whether each concern is agreed, partly agreed or not "
        "agreed, and sets out the actions that will be taken to address it.")
    d.add_paragraph(
        "Since May 2022 HMIP has reported priority concerns and key concerns in place of recommendations. Each "
        "concern below is followed by the prison’s response and a table of actions, with the owner of each action "
        "and the date by which it will be completed. Progress will be monitored by the Prison Group Director.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Term", "Definition"])
    for i, (a, b) in enumerate([
        ("Agreed", "All of the concern is accepted and the actions set out will address it in full."),
        ("Partly Agreed", "Only part of the concern is accepted, for example because part of it depends on commissioning or national policy. The response states which part will be addressed."),
        ("Not Agreed", "The concern is not accepted. The response gives the reasons."),
    ], start=1):
        cell_text(t.rows[i].cells[0], a, bold=True)
        cell_text(t.rows[i].cells[1], b)

    d.add_heading("ACTION PLAN", level=1)
    actions = []
    current_section = None
    for section, label, text, response, note, rows in concerns:
        if section != current_section:
            d.add_heading(section, level=2)
            current_section = section
        p = d.add_paragraph()
        p.add_run(label).bold = True
        d.add_paragraph(text)
        p = d.add_paragraph()
        p.add_run(response).italic = True
        if note:
            d.add_paragraph(note)
        tb = d.add_table(rows=1 + len(rows), cols=4)
        tb.style = "Table Grid"
        header_row(tb, ["No.", "Action", "Responsible owner", "Target date"])
        for i, (ref, a, owner_txt, owner, date_txt, end, end_text) in enumerate(rows, start=1):
            cells = tb.rows[i].cells
            cell_text(cells[0], ref)
            cell_text(cells[1], a)
            cell_text(cells[2], owner_txt)
            cell_text(cells[3], date_txt)
            actions.append(act(ref, [section, text], a, owner, end, "unrated", end_text))
        d.add_paragraph("")

    d.add_heading("SIGN-OFF", level=1)
    so = d.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Signed", "Date"])
    for i, (r, s, dd) in enumerate([("Governor, HMP Littlehey", "Signed copy held", "14/03/2025"),
                                    ("Prison Group Director", "Signed copy held", "14/03/2025")], start=1):
        for j, v in enumerate((r, s, dd)):
            cell_text(so.rows[i].cells[j], v)
    d.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates the HMPPS 'Action Plan: HMP <name>' documents published on Prison Finder / gov.uk in response "
            "to HMIP inspection reports (e.g. HMP Elmley action plan 2019, https://vdocuments.mx/a-response-to-the-hmip-inspection-23-april-report-internal-and-external.html; "
            "HMP The Verne 2020), updated to the post-May 2022 HMIP format of priority and key concerns "
            "(https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
            "Copied features: 'Action Plan Submitted / A Response to the HMIP Inspection / Report Published' title block, "
            "INTRODUCTION text, Agreed/Partly Agreed/Not Agreed definitions table, responsible owners as job titles "
            "(several posts in one cell), a Word section per concern with the concern text above its own action table, "
            "a note paragraph under a partly agreed concern, and a sign-off table. HMP Littlehey 2024 inspection dates "
            "and content are invented for the test."),
        "reads": (
            "A Word action plan for HMP Littlehey: a title block, an introduction and a definitions table, then under "
            "'Priority concerns' and 'Key concerns' each concern is labelled, its text given, the response stated and "
            "a small table of numbered actions (No., Action, Responsible owner, Target date) follows. There is no RAG "
            "or progress column, so every action is unrated; the plan ends with a sign-off table."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 2. Probation Service Northamptonshire PDU - HMI Probation action plan (xlsx)
# =============================================================================
def make_northants_pdu():
    name = "zbk-probation-service-northamptonshire-pdu-hmip-inspection-action-plan.xlsx"
    title = "Northamptonshire PDU – HM Inspectorate of Probation Inspection Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Probation Service – East Midlands Region"
    cov["A3"] = "OFFICIAL"
    cov["A5"], cov["B5"] = "Inspection fieldwork", "February 2025"
    cov["A6"], cov["B6"] = "Report published", "10 June 2025"
    cov["A7"], cov["B7"] = "Overall rating", "Requires improvement"
    cov["A8"], cov["B8"] = "Plan owner", "Head of Northamptonshire PDU"
    cov["A10"] = "Document control"
    cov["A10"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = cov.cell(row=11, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    for i, row in enumerate([
        ("0.1", dt.datetime(2025, 7, 18), "PDU Business Manager", "First draft for PDU leadership team"),
        ("1.0", dt.datetime(2025, 8, 8), "Head of PDU", "Approved by Regional Probation Director"),
        ("1.3", dt.datetime(2025, 10, 24), "PDU Business Manager", "Q2 progress update; revised dates agreed at RPD assurance meeting"),
    ], start=12):
        for j, v in enumerate(row, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A17"] = "RAG key"
    cov["A17"].font = Font(bold=True)
    for i, (lab, col, desc) in enumerate([
        ("Complete", BLUE, "Action delivered and evidence of impact provided"),
        ("On track", GREEN, "Action progressing and expected to meet the target date"),
        ("At risk", AMBER, "Action may miss the target date; mitigation in place"),
        ("Off track", RED, "Action will miss the target date; escalated to RPD"),
        ("Not started", None, "Action not yet due to start"),
    ], start=18):
        c = cov.cell(row=i, column=1, value=lab)
        c.border = BOX
        if col:
            c.fill = fill(col)
        cov.cell(row=i, column=2, value=desc).border = BOX
    cov.column_dimensions["A"].width = 24
    cov.column_dimensions["B"].width = 40
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress at 24 October 2025"
    ws.merge_cells("A2:I2")
    # summary block
    labels = ["Total actions", "Complete", "On track", "At risk", "Off track", "Not started"]
    values = [8, 2, 3, 2, 0, 1]
    for j, (lab, v) in enumerate(zip(labels, values), start=3):
        c = ws.cell(row=3, column=j, value=lab)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("F2F2F2")
        ws.cell(row=4, column=j, value=v).border = BOX
    headers = ["Recommendation", "Response", "Ref", "Action", "Action owner", "Original target date",
               "Revised target date", "Progress update", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX

    band1 = "Recommendations for Northamptonshire PDU"
    band2 = "Recommendations for the East Midlands region"
    recs = [
        (band1, "1. Improve the quality of work to assess and manage risk of harm, making sure that domestic abuse and child safeguarding information is requested, analysed and used in every case", "Agreed", [
            ("1.1", "Introduce a PDU risk of harm quality assurance tool; each SPO to audit two cases per practitioner per quarter and use the results in supervision.",
             "Head of PDU", ["Head of PDU"], dt.datetime(2025, 9, 30), None, "Tool live from August 2025. Q2 audits completed in five of six teams.", "On track", GREEN, "2025-09", "green"),
            ("1.2", "Agree a revised information-sharing protocol with Northamptonshire Police and both children’s social care front doors so that domestic abuse and safeguarding checks are returned within 10 working days.",
             "Deputy Head of PDU; Court Team SPO", ["Deputy Head of PDU", "Court Team SPO"], dt.datetime(2025, 7, 31), dt.datetime(2025, 12, 31),
             "Protocol agreed with Police. Sign-off by North and West Northamptonshire children’s services delayed to December.", "At risk", AMBER, "2025-12", "amber"),
            ("1.3", "Deliver risk of serious harm refresher training to all POs and PSOs in post for less than two years.",
             "SPO – Learning and Development", ["SPO – Learning and Development"], dt.datetime(2025, 10, 31), None,
             "47 of 49 staff trained; the remaining two are on long-term absence and will attend on return.", "Complete", BLUE, "2025-10", "blue"),
        ]),
        (band1, "2. Make sure that management oversight is effective and recorded, and that SPOs have the capacity to review high-risk cases", "Agreed", [
            ("2.1", "Rebalance SPO spans of control so that no SPO line-manages more than 10 practitioners.",
             "Head of PDU", ["Head of PDU"], dt.datetime(2025, 12, 31), None, "Two SPO vacancies filled; third post out to advert.", "On track", GREEN, "2025-12", "green"),
            ("2.2", "Set a minimum standard for recorded management oversight in all high and very high risk of serious harm cases and report compliance monthly to the PDU leadership team.",
             "Deputy Head of PDU", ["Deputy Head of PDU"], dt.datetime(2025, 8, 31), None, "Standard issued 04/08/2025; compliance reported monthly from September.", "Complete", BLUE, "2025-08", "blue"),
        ]),
        (band1, "3. Strengthen work with partners so that people on probation can access accommodation and substance misuse services", "Partly agreed", [
            ("3.1", "Co-locate a CAS3 accommodation worker in the Northampton and Kettering offices two days a week.",
             "Partnerships Manager", ["Partnerships Manager"], dt.datetime(2025, 11, 30), None, "Northampton in place. Awaiting estates approval for desk space at Kettering.", "At risk", AMBER, "2025-11", "amber"),
        ]),
        (band2, "4. Make sure that the PDU has enough probation officers to manage its caseload safely", "Partly agreed", [
            ("4.1", "Prioritise Northamptonshire in the 2025/26 PQiP allocation and run a targeted local recruitment campaign for qualified POs.",
             "Regional Head of HR / Head of PDU", ["Regional Head of HR", "Head of PDU"], dt.datetime(2026, 3, 31), None,
             "12 PQiP learners allocated to the September 2025 cohort. PO campaign launches in November.", "On track", GREEN, "2026-03", "green"),
        ]),
        (band2, "5. Provide the PDU with accurate and timely performance information on the quality of risk management work", "Agreed", [
            ("5.1", "Extend the regional performance dashboard to show case audit results at PDU and team level.",
             "Regional Performance Lead", ["Regional Performance Lead"], dt.datetime(2026, 1, 31), None, "", "Not started", None, "2026-01", "unrated"),
        ]),
    ]
    actions = []
    r = 7
    current_band = None
    for band, rec, resp, rows in recs:
        if band != current_band:
            c = ws.cell(row=r, column=1, value=band)
            c.font = Font(bold=True)
            c.fill = fill("BDD7EE")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            current_band = band
            r += 1
        first = r
        ws.cell(row=r, column=1, value=rec)
        ws.cell(row=r, column=2, value=resp)
        for ref, a, lead_txt, lead, orig, rev, upd, rag, col, end, status in rows:
            ws.cell(row=r, column=3, value=ref)
            ws.cell(row=r, column=4, value=a)
            ws.cell(row=r, column=5, value=lead_txt)
            c = ws.cell(row=r, column=6, value=orig)
            c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=7, value=rev)
            c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=upd if upd else None)
            c = ws.cell(row=r, column=9, value=rag)
            if col:
                c.fill = fill(col)
            actions.append(act(ref, [band, rec], a, lead, end, status))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=7, max_row=r - 1, max_col=9):
        for c in row:
            c.alignment = WRAP
            c.border = BOX
    ws.cell(row=r + 1, column=1,
            value="Note: revised target dates were agreed at the Regional Probation Director’s assurance meeting on 22/10/2025. Original dates are kept for audit.")
    for col, w in zip("ABCDEFGHI", [48, 14, 7, 60, 30, 14, 14, 48, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates an HMPPS probation delivery unit action plan in response to an HM Inspectorate of Probation PDU "
            "inspection (HMIP PDU inspection programme, https://hmiprobation.justiceinspectorates.gov.uk/about-us/our-inspections/pdu; "
            "HMPPS action plan template 'A Response to the HMI Probation Inspection Report' with agreed / partly agreed / "
            "not agreed, https://docsbay.net/action-plan-name-of-crc-or-nps-division). Copied features: a cover sheet with "
            "inspection details, document-control table and RAG key; recommendations split by addressee (PDU / region) as "
            "band rows; numbered recommendation text and response in vertically merged cells beside their actions; "
            "original and revised target dates; progress commentary; RAG words on coloured fills; a summary block and "
            "a notes line. Northamptonshire PDU inspection content and dates are invented for the test."),
        "reads": (
            "An Excel workbook: a cover sheet (document control, RAG key) and an 'Action Plan' sheet where band rows "
            "separate recommendations for the PDU from those for the region. Each numbered recommendation sits in a "
            "merged cell beside its numbered actions, each with owner, original and revised target dates, a progress "
            "update and a RAG word on a coloured cell; the revised date, where given, is the due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 3. Humberside FRS - Grenfell Tower Inquiry Phase 2 tracker (xlsx)
# =============================================================================
def make_humberside_grenfell():
    name = "zbk-humberside-fire-rescue-service-grenfell-tower-inquiry-phase-2-recommendations-tracker.xlsx"
    title = "Humberside Fire & Rescue Service – Grenfell Tower Inquiry Phase 2 Recommendations Tracker"
    T1 = "Theme 1 – Operational response to high-rise and complex buildings"
    T2 = "Theme 2 – Protection and building safety"
    T3 = "Theme 3 – Leadership, learning and assurance"
    R1 = "GTI2 R1 – Incident commanders must be able to recognise the failure of compartmentation and change the evacuation strategy without delay."
    R2 = "GTI2 R2 – Fire Control must be able to handle large numbers of simultaneous fire survival guidance calls and share information with the incident ground in real time."
    R3 = "GTI2 R3 – Fire safety inspectors must have the knowledge to assess the risk posed by external wall systems and to challenge responsible persons."
    R4 = "GTI2 R4 – Accurate premises risk information must be held and available to crews for all buildings with complex evacuation arrangements."
    R5 = "GTI2 R5 – Learning from the Inquiry must be embedded across the Service, with implementation overseen at a senior level."
    # (ref, action, lead text, lead list, target value, number format or None, prev fill, cur fill, commentary, end, end_text, status)
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Revise the high-rise operational guidance to include evacuation strategy decision points and a ‘stay put’ review prompt at each level of command.",
                 "GM Operational Policy", ["GM Operational Policy"], dt.datetime(2025, 3, 31), "dd/mm/yyyy", GREEN, BLUE,
                 "Revised guidance published 14/03/2025 and briefed to all stations.", "2025-03", None, "blue"),
                ("1.2", "Deliver a high-rise evacuation scenario to every watch through the maintenance of competence programme, including a multi-agency exercise with Humberside Police and YAS.",
                 "Head of Training / GM Operational Assurance", ["Head of Training", "GM Operational Assurance"], "Q4 2025/26", None, GREEN, AMBER,
                 "18 of 26 watches complete. Multi-agency exercise moved to February 2026 because of YAS availability.", "2026-03", None, "amber"),
            ]),
            (R2, [
                ("1.3", "Implement the electronic FSG information-sharing module in the mobilising system and train all Fire Control staff in its use.",
                 "Group Manager – Fire Control", ["Group Manager – Fire Control"], dt.datetime(2025, 12, 31), "mmm-yy", AMBER, AMBER,
                 "Supplier release installed in October. Training 70% complete.", "2025-12", None, "amber"),
                ("1.4", "Agree and test buddy control arrangements with a neighbouring service for overflow FSG calls.",
                 "Group Manager – Fire Control", ["Group Manager – Fire Control"], "Ongoing", None, GREEN, GREEN,
                 "Test held with North Yorkshire FRS in October 2025; six-monthly tests to continue.", None, "Ongoing", "green"),
            ]),
        ]),
        (T2, [
            (R3, [
                ("2.1", "Train all Protection inspecting officers to Level 4 Diploma in Fire Safety, with external wall systems as a core module.",
                 "AM Prevention & Protection", ["AM Prevention & Protection"], dt.datetime(2026, 7, 31), "dd/mm/yyyy", GREEN, GREEN,
                 "11 of 16 inspectors qualified; the remaining five are enrolled.", "2026-07", None, "green"),
                ("2.2", "Complete a risk-based review of all high-rise residential buildings in the Service area against the information provided under the Fire Safety (England) Regulations 2022.",
                 "SM Protection; SM Business Safety", ["SM Protection", "SM Business Safety"], dt.datetime(2025, 9, 30), "dd/mm/yyyy", AMBER, RED,
                 "Review 62% complete. Delayed by joint inspection work with the Building Safety Regulator; recovery plan to SLT in January.", "2025-09", None, "red"),
            ]),
            (R4, [
                ("2.3", "Audit site-specific risk information for all buildings over 18 metres and those with simultaneous evacuation or PEEP arrangements, and make it available on mobile data terminals.",
                 "SM Operational Risk", ["SM Operational Risk"], "March 2026", None, None, GREEN,
                 "New action added September 2025.", "2026-03", None, "green"),
            ]),
        ]),
        (T3, [
            (R5, [
                ("3.1", "Establish a GTI Phase 2 Programme Board chaired by the Deputy Chief Fire Officer, reporting progress to the Fire Authority twice a year.",
                 "DCFO", ["DCFO"], dt.datetime(2024, 11, 30), "mmm-yy", BLUE, BLUE,
                 "Board established November 2024; reports to the Governance, Audit and Scrutiny Committee.", "2024-11", None, "blue"),
                ("3.2", "Hold a Service-wide learning event on the Phase 2 findings for all supervisory and middle managers.",
                 "Head of Organisational Development", ["Head of Organisational Development"], "June 2025", None, BLUE, BLUE,
                 "Delivered on 12 and 19 June 2025.", "2025-06", None, "blue"),
            ]),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to: Governance, Audit and Scrutiny Committee – 15 December 2025"
    sm["A3"] = "Position as at 30 November 2025"
    heads = ["Theme", "Actions", "Complete", "On track", "Some slippage", "Off track"]
    for j, h in enumerate(heads, start=1):
        c = sm.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BOX
    counts = []
    for theme, recs in plan:
        rows = [a for _, acts in recs for a in acts]
        cur = [a[7] for a in rows]
        counts.append((theme, len(rows), cur.count(BLUE), cur.count(GREEN), cur.count(AMBER), cur.count(RED)))
    tot = ("Total",) + tuple(sum(c[i] for c in counts) for i in range(1, 6))
    for i, row in enumerate(counts + [tot], start=6):
        for j, v in enumerate(row, start=1):
            c = sm.cell(row=i, column=j, value=v)
            c.border = BOX
            if row is tot:
                c.font = Font(bold=True)
    sm["A12"] = "RAG key (Current and Previous RAG columns on the Tracker sheet are colour only)"
    sm["A12"].font = Font(bold=True)
    for i, (col, lab) in enumerate([(BLUE, "Blue – Complete"), (GREEN, "Green – On track"),
                                    (AMBER, "Amber – Some slippage, recoverable within the year"),
                                    (RED, "Red – Off track, escalated to SLT")], start=13):
        sm.cell(row=i, column=1).fill = fill(col)
        sm.cell(row=i, column=1).border = BOX
        sm.cell(row=i, column=2, value=lab)
    sm.column_dimensions["A"].width = 62
    sm.column_dimensions["B"].width = 50
    for col in "CDEF":
        sm.column_dimensions[col].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Grenfell Tower Inquiry Phase 2 – Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 30 November 2025 (previous position: 30 September 2025)"
    hdr = ["Ref", "Action", "Lead", "Target date", "Previous RAG (Sep 25)", "Current RAG (Nov 25)", "Progress commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    for theme, recs in plan:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(italic=True, bold=True)
            c.fill = fill("F2DCDB")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 30
            r += 1
            for (ref, a, lead_txt, lead, target, fmt, prev, cur, comm, end, end_text, status) in acts:
                vals = [ref, a, lead_txt, target, None, None, comm]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                if fmt:
                    ws.cell(row=r, column=4).number_format = fmt
                if prev:
                    ws.cell(row=r, column=5).fill = fill(prev)
                ws.cell(row=r, column=6).fill = fill(cur)
                actions.append(act(ref, [theme, rec], a, lead, end, status, end_text))
                r += 1
    ws.cell(row=r + 1, column=1, value="Notes: a blank Previous RAG means the action was added after the last report. Completed actions stay on the tracker until the Programme Board closes them.")
    for col, w in zip("ABCDEFG", [8, 62, 30, 13, 12, 12, 55]):
        ws.column_dimensions[col].width = w

    gl = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("Term", "Meaning"), ("GTI", "Grenfell Tower Inquiry"), ("FSG", "Fire survival guidance"),
                                ("PEEP", "Personal emergency evacuation plan"), ("YAS", "Yorkshire Ambulance Service"),
                                ("SLT", "Strategic Leadership Team"), ("DCFO", "Deputy Chief Fire Officer")], start=1):
        gl.cell(row=i, column=1, value=a)
        gl.cell(row=i, column=2, value=b)
    gl["A1"].font = Font(bold=True)
    gl["B1"].font = Font(bold=True)
    wb.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a fire and rescue service tracker of its response to the Grenfell Tower Inquiry Phase 2 report "
            "(September 2024) reported to a fire authority committee, in the manner of the LFB 'Grenfell Tower "
            "Improvement Progress' reports (https://docslib.org/doc/3442913/grenfell-tower-improvement-progress) and the "
            "HMICFRS progress letter on Grenfell recommendations (https://hmicfrs.justiceinspectorates.gov.uk/publication-html/grenfell-tower-inquiry-phase-1-recommendations-progress-update/). "
            "Copied features: a summary sheet with counts by theme and a RAG key, a tracker sheet with merged theme "
            "rows and the service's own summary of each recommendation as a merged row above its actions, previous and "
            "current RAG shown by fill colour only, target dates mixing real dates (dd/mm/yyyy and mmm-yy), a financial "
            "quarter, 'Ongoing' and month text, job titles as leads, a notes line and a glossary sheet. The GTI2 R1–R5 "
            "numbering and content are the service's own paraphrase, invented for the test."),
        "reads": (
            "An Excel tracker for Humberside FRS: a Summary sheet (counts, colour key), a Tracker sheet where dark theme "
            "rows and pink recommendation rows head numbered actions with lead, target date, colour-only previous and "
            "current RAG cells and commentary, and a Glossary. Status is the current RAG colour read with the key "
            "(blue complete, green on track, amber slippage, red off track)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 4. Wiltshire Police - PPDA super-complaint recommendations tracker (csv)
# =============================================================================
def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in [",", '"', "\n"]):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_wiltshire_ppda():
    name = "zbk-wiltshire-police-ppda-super-complaint-recommendations-tracker.csv"
    title = "Wiltshire Police – Police Perpetrated Domestic Abuse (PPDA) Super-Complaint: Recommendations Tracker"
    R1 = ("Audit all live PPDA cases and those closed in the 12 months to 30 June 2022, take action where cases were not "
          "handled as complaint or conduct matters, and write via the NPCC setting out how the force response will improve.")
    R2 = ("Make sure every PPDA allegation is assessed for referral to the IOPC and that criminal and misconduct "
          "investigations are carried out by investigators independent of the subject’s command or, where appropriate, by another force.")
    R3 = "Make sure that victims of PPDA, including officers and staff who are victims, can access independent specialist support."
    R4 = ("Record all PPDA reports as complaint or conduct matters from the outset and record the severity assessment "
          "and referral decision on Centurion.")
    rows = [
        ("PPDA-R1", R1, "A1.1", "Complete an audit of live and closed PPDA cases using the College of Policing audit template.",
         "Head of PSD", ["Head of PSD"], "31/12/2022", "", "B", "Audit of 38 cases completed December 2022; findings reported to Chief Officer Group.", "2022-12", None, "blue"),
        ("PPDA-R1", R1, "A1.2", "Submit the force response letter to the NPCC lead.",
         "Deputy Chief Constable", ["Deputy Chief Constable"], "31/12/2022", "", "B", "Letter submitted 19/12/2022.", "2022-12", None, "blue"),
        ("PPDA-R2", R2, "A2.1", "Introduce a PSD triage checklist requiring a recorded IOPC referral decision for every PPDA allegation.",
         "Head of PSD", ["Head of PSD"], "31/03/2023", "", "B", "Checklist in use since March 2023; compliance checked quarterly.", "2023-03", None, "blue"),
        ("PPDA-R2", R2, "A2.2", "Agree a reciprocal investigation protocol with neighbouring forces for PPDA cases involving senior officers or PSD staff.",
         "Head of PSD; Head of Public Protection", ["Head of PSD", "Head of Public Protection"], "30/06/2024", "31/03/2026", "A",
         "Draft protocol with regional DCCs; legal review outstanding.", "2026-03", None, "amber"),
        ("PPDA-R3", R3, "A3.1", "Commission an independent IDVA pathway for PPDA victims with the OPCC so that victims are not referred through force-run services.",
         "Head of Public Protection & OPCC Head of Commissioning", ["Head of Public Protection", "OPCC Head of Commissioning"], "30/09/2025", "31/03/2026", "G",
         "Pilot live from 01/10/2025 through the commissioned provider; evaluation due March 2026.", "2026-03", None, "green"),
        ("PPDA-R3", R3, "A3.2", "Publish guidance for officers and staff who are victims of domestic abuse, including a confidential reporting route outside their line management chain.",
         "Head of People Services", ["Head of People Services"], "31/01/2026", "", "G", "Draft guidance out to staff networks for consultation.", "2026-01", None, "green"),
        ("IOPC-CTA1", R4, "A4.1", "Dip-sample 20 PPDA conduct files each quarter to check that severity assessments and Centurion records meet the IOPC standard.",
         "PSD Assurance Manager", ["PSD Assurance Manager"], "Quarterly", "", "G", "Q2 dip sample complete: 18 of 20 files compliant.", None, "Quarterly", "green"),
        ("IOPC-CTA1", R4, "A4.2", "Deliver PPDA awareness training to all PSD investigators and appropriate authorities.",
         "Head of Learning & Development", ["Head of Learning & Development"], "28/02/2026", "", "R",
         "Course design delayed by a trainer vacancy; escalated to the DCC on 21/10/2025.", "2026-02", None, "red"),
    ]
    lines = [
        csv_field(title),
        csv_field("Report run: 04/11/2025 08:52 | Owner: Professional Standards Department | Classification: OFFICIAL"),
        "",
        ",".join(["Rec ID", "Recommendation", "Action ID", "Action", "Action Owner", "Due Date", "Revised Due Date", "RAG", "Latest Update"]),
    ]
    actions = []
    for (rid, rec, aid, a, lead_txt, lead, due, rev, rag, upd, end, end_text, status) in rows:
        lines.append(",".join(csv_field(v) for v in [rid, rec, aid, a, lead_txt, due, rev, rag, upd]))
        actions.append(act(aid, [rec], a, lead, end, status, end_text))
    lines.append("")
    lines.append(csv_field("RAG: B = complete, G = on track, A = at risk, R = off track. Source: HMICFRS / College of Policing / IOPC super-complaint report (30 June 2022) and IOPC PPDA calls to action."))
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": (
            "Imitates a police force's tracker of the recommendations to chief constables in 'Police perpetrated "
            "domestic abuse: Report on the Centre for Women’s Justice super-complaint' (HMICFRS, College of Policing, "
            "IOPC, 30 June 2022; https://hmicfrs.justiceinspectorates.gov.uk/publications/police-perpetrated-domestic-abuse-report-on-the-centre-for-womens-justice-super-complaint/, "
            "responses at https://gov.uk/government/publications/responses-to-police-perpetrated-domestic-abuse-report-on-the-cwj-super-complaint) "
            "and the later IOPC PPDA calls to action, as a CSV export from a recommendations-tracking system. Copied "
            "features: report title and run-information lines, one row per action with the recommendation text repeated "
            "on every row, recommendation and action IDs, original and revised due dates, single-letter RAG, latest "
            "update text, a key line at the end. Recommendation wording is paraphrased; Wiltshire actions are invented."),
        "reads": (
            "A CSV system export: two title/run lines, a header, then eight action rows, each repeating its "
            "recommendation (ID and text), with action ID, owner, due and revised due dates, a B/G/A/R letter and an "
            "update; a key line closes the file. The revised due date, where given, is the due month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 5. Llanidloes High School - Estyn post-inspection action plan (docx)
# =============================================================================
def make_llanidloes():
    name = "zbk-llanidloes-high-school-estyn-post-inspection-action-plan.docx"
    title = "Llanidloes High School – Post-Inspection Action Plan"
    recs = [
        ("Recommendation 1", "Improve the consistency of teaching so that all pupils make strong progress in their learning", [
            ("Establish a teaching and learning group to agree five non-negotiable features of effective lessons and share them with all staff.",
             "Features agreed and published; seen in at least 90% of lesson visits.", "Deputy Headteacher (Teaching and Learning)",
             ["Deputy Headteacher (Teaching and Learning)"], "Summer term 2025", "SLT lesson visits; Standards Committee", "G", "2025-07", "blue"),
            ("Introduce fortnightly coaching triads for all teachers, with priority for staff whose lessons were less effective during the inspection.",
             "All teachers take part; coaching logs show agreed next steps followed up.", "DHT (T&L) / Professional Learning Lead",
             ["DHT (T&L)", "Professional Learning Lead"], "Autumn term 2025", "Termly report to governors", "A", "2025-12", "amber"),
            ("Revise the assessment and feedback policy so that feedback tells pupils clearly how to improve, and check its use through termly book looks.",
             "Book looks show pupils responding to feedback in most classes.", "AHT (Curriculum)",
             ["AHT (Curriculum)"], "Summer term 2026", "Middle leader line management; LA challenge adviser visit", "A", "2026-07", "amber"),
        ]),
        ("Recommendation 2", "Improve attendance, particularly of pupils eligible for free school meals", [
            ("Appoint a full-time attendance and engagement officer and run weekly attendance clinics for pupils whose attendance is below 90%.",
             "Officer in post; persistent absence reduced by 5 percentage points by July 2026.", "AHT (Wellbeing) & Attendance Officer",
             ["AHT (Wellbeing)", "Attendance Officer"], "September 2025", "Weekly attendance data to SLT", "G", "2025-09", "blue"),
            ("Agree a staged response to persistent absence with the Powys Education Welfare Service, including a home visit within three days of absence.",
             "Protocol agreed and followed for all pupils below 85% attendance.", "Headteacher",
             ["Headteacher"], "Ongoing", "Half-termly review with EWO", "A", None, "amber"),
        ]),
        ("Recommendation 3", "Sharpen self-evaluation and improvement planning so that they focus precisely on the impact of provision on pupils’ learning", [
            ("Train middle leaders to evaluate learning using a range of first-hand evidence, supported by the local authority’s challenge adviser.",
             "All middle leaders complete training; departmental evaluations refer to pupils’ progress.", "Headteacher and Challenge Adviser",
             ["Headteacher", "Challenge Adviser"], "October 2025", "Governing body curriculum committee", "R", "2025-10", "red"),
            ("Align departmental improvement plans with the school development plan and review progress at half-termly line management meetings.",
             "All departmental plans aligned; minutes show progress reviewed each half term.", "Senior Leadership Team",
             ["Senior Leadership Team"], "Autumn term 2025", "Headteacher’s report to governors", "A", "2025-12", "amber"),
        ]),
        ("Recommendation 4", "Address the site safety issue raised during the inspection", [
            ("Secure the perimeter fencing behind the sports hall and restrict vehicle access to the site during the school day.",
             "Fencing repaired; vehicle access controlled by barrier at all times pupils are on site.", "School Business Manager",
             ["School Business Manager"], "April 2025", "Health and safety governor walk", "G", "2025-04", "blue"),
        ]),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading(title, level=0)
    p = d.add_paragraph()
    p.add_run("Ysgol Uwchradd Llanidloes – Cynllun Gweithredu Ôl-arolygiad").italic = True
    cov = d.add_table(rows=6, cols=2)
    cov.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("School", "Llanidloes High School"),
        ("Local authority", "Powys County Council"),
        ("Date of Estyn inspection", "10–13 March 2025"),
        ("Date plan approved by governing body", "20 May 2025"),
        ("Version", "2 – progress updated 10 November 2025"),
        ("Plan monitored by", "Full governing body (termly) and Standards Committee (half-termly)"),
    ]):
        cell_text(cov.rows[i].cells[0], a, bold=True)
        shade(cov.rows[i].cells[0], "DEEAF6")
        cell_text(cov.rows[i].cells[1], b)
    d.add_paragraph("")
    d.add_paragraph(
        "This plan sets out how the school will address the recommendations in the Estyn inspection report. "
        "Progress against each action is reviewed by the senior leadership team each half term and reported to governors.")
    d.add_heading("Progress key", level=2)
    key = d.add_table(rows=3, cols=2)
    key.style = "Table Grid"
    for i, (letter, col, desc) in enumerate([("G", "92D050", "Action completed"),
                                             ("A", "FFC000", "Action in progress"),
                                             ("R", "FF0000", "Action behind schedule")]):
        cell_text(key.rows[i].cells[0], letter, bold=True)
        shade(key.rows[i].cells[0], col)
        cell_text(key.rows[i].cells[1], desc)
    colours = {"G": "92D050", "A": "FFC000", "R": "FF0000"}
    actions = []
    for label, rec_text, rows in recs:
        d.add_heading(label, level=1)
        p = d.add_paragraph()
        p.add_run(rec_text).bold = True
        tb = d.add_table(rows=1 + len(rows), cols=6)
        tb.style = "Table Grid"
        header_row(tb, ["Actions", "Success criteria", "Lead", "Timescale", "Monitoring", "Progress"], fill="2E74B5")
        for i, (a, sc, lead_txt, lead, timescale, mon, prog, end, status) in enumerate(rows, start=1):
            cells = tb.rows[i].cells
            for j, v in enumerate([a, sc, lead_txt, timescale, mon, prog]):
                cell_text(cells[j], v)
            shade(cells[5], colours[prog])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            actions.append(act(None, [rec_text], a, lead, end, status, "Ongoing" if timescale == "Ongoing" else None))
        d.add_paragraph("")
    d.add_heading("Approval", level=1)
    ap = d.add_table(rows=2, cols=3)
    ap.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Headteacher", "Signed copy held in school", "20/05/2025"),
                                   ("Chair of Governors", "Signed copy held in school", "20/05/2025")]):
        for j, v in enumerate((a, b, c)):
            cell_text(ap.rows[i].cells[j], v)
    d.save(out(name))

    write_expected(name, {
        "source": (
            "Imitates a Welsh secondary school's post-inspection action plan (PIAP) drawn up after an Estyn core "
            "inspection, as described in Estyn's follow-up guidance (https://estyn.gov.wales/inspection-guidance-type/follow-up-en) "
            "and the 'R1 ...' recommendation style of Estyn reports. Copied features: bilingual title lines, a cover "
            "table (school, local authority, inspection and approval dates, version), a progress key that defines "
            "G as completed (no blue), one Word section per recommendation with a 'Recommendation N' heading, the "
            "recommendation text in bold beneath it and its own table (Actions, Success criteria, Lead, Timescale, "
            "Monitoring, Progress), unnumbered actions, school-term timescales, shaded progress letters and an approval "
            "table. The inspection, recommendations and actions for Llanidloes High School are invented for the test."),
        "reads": (
            "A Word PIAP: title, cover table and a G/A/R key (G = completed), then four recommendation sections, each "
            "a 'Recommendation N' heading that gives way to the bold recommendation text above a table of unnumbered "
            "actions with success criteria, lead, timescale, monitoring and a shaded progress letter. G reads as "
            "complete (blue) because the key says so."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 6. Denstone College - ISI inspection action plan (plain text export)
# =============================================================================
def make_denstone():
    name = "zbk-denstone-college-isi-inspection-action-plan.txt"
    title = "DENSTONE COLLEGE – ACTION PLAN FOLLOWING ISI INSPECTION (MARCH 2025)"
    A1 = "AREA 1: LEADERSHIP AND MANAGEMENT, AND GOVERNANCE"
    A2 = "AREA 2: QUALITY OF EDUCATION, TRAINING AND RECREATION"
    A3 = "AREA 3: PUPILS’ PHYSICAL AND MENTAL HEALTH AND EMOTIONAL WELLBEING"
    A4 = "AREA 4: SAFEGUARDING"
    N1 = ("Governors should strengthen their oversight of health and safety so that they can check that risk "
          "assessments are reviewed consistently across all parts of the school.")
    N2 = ("Leaders should ensure that teaching consistently adapts tasks for pupils who have special educational needs "
          "and/or disabilities (SEND), so that these pupils make the progress of which they are capable.")
    N3 = "Leaders should gather boarders’ views on food and weekend activities systematically and act on them."
    N4 = ("Leaders should ensure that checks on the single central record are carried out and recorded at regular "
          "intervals, including by the safeguarding governor.")
    sections = [
        (A1, 1, N1, [
            ("1.1", ["Establish a Health and Safety Sub-Committee of governors meeting termly, with a standing report from the Bursar."],
             "Chair of Governors; Bursar", ["Chair of Governors", "Bursar"], "Michaelmas term 2025", "Complete", "2025-12", None, "blue"),
            ("1.2", ["Introduce a central risk assessment register with review dates visible to governors."],
             "Estates and Compliance Manager", ["Estates and Compliance Manager"], "31/12/2025", "On track", "2025-12", None, "green"),
        ]),
        (A2, 2, N2, [
            ("2.1", ["Issue a one-page learning profile for every pupil on the SEND register to all teaching staff."],
             "Head of Learning Support", ["Head of Learning Support"], "September 2025", "Complete", "2025-09", None, "blue"),
            ("2.2", ["Deliver INSET on adaptive teaching strategies for pupils with SEND to all teaching staff.",
                     "Follow up with departmental learning walks focused on adapted tasks."],
             "Deputy Head (Academic)", ["Deputy Head (Academic)"], "February 2026", "On track", "2026-02", None, "green"),
        ]),
        (A3, 3, N3, [
            ("3.1", ["Introduce a termly boarder voice survey, with results and responses reported to the Boarding Committee."],
             "Director of Boarding", ["Director of Boarding"], "December 2025", "Delayed", "2025-12", None, "amber"),
            ("3.2", ["Review the weekend activities programme with the boarders’ council and publish the revised programme to parents."],
             "Deputy Head (Pastoral) / Director of Boarding", ["Deputy Head (Pastoral)", "Director of Boarding"], "Summer term 2026", "Not started", "2026-07", None, "unrated"),
        ]),
        (A4, 4, N4, [
            ("4.1", ["Carry out and minute a termly check of the single central record by the DSL and the safeguarding governor."],
             "Designated Safeguarding Lead; Safeguarding Governor", ["Designated Safeguarding Lead", "Safeguarding Governor"], "Termly", "On track", None, "Termly", "green"),
        ]),
    ]
    rule = "-" * 78
    L = [
        title,
        "Inspection: 11–13 March 2025    Report published: 2 May 2025",
        "Prepared by the Senior Leadership Team for the Education and Pastoral Committee",
        "Version 3 – updated 3 November 2025",
        "",
        "KEY: Complete = Blue | On track = Green | Delayed = Amber | Not started = no rating",
        "",
    ]
    actions = []
    for area, n, step, acts in sections:
        L += [rule, area, rule, "", f"Recommended next step {n}", step, ""]
        for ref, text_lines, lead_txt, lead, due, status_word, end, end_text, status in acts:
            L.append(f"  {ref} Action:  {text_lines[0]}")
            for extra in text_lines[1:]:
                L.append(f"              {extra}")
            L.append(f"      Lead:    {lead_txt}")
            L.append(f"      Due:     {due}")
            L.append(f"      Status:  {status_word}")
            L.append("")
            actions.append(act(ref, [area, step], "\n".join(text_lines), lead, end, status, end_text))
    L += [rule, "Next review: Education and Pastoral Committee, 27 January 2026", ""]
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(L))

    write_expected(name, {
        "source": (
            "Imitates an independent school's action plan responding to the 'recommended next steps' of an ISI "
            "report under the September 2023 framework (ISI framework, https://www.isi.net/inspection-explained/inspection-framework/interactive-version/introduction/what-isi-does; "
            "DfE independent school action plan guidance, https://www.gov.uk/government/publications/independent-school-action-plans), "
            "exported from Word as plain text. Copied features: a title line and version lines, a status key, one block "
            "per ISI framework area between rule lines, each recommended next step labelled and its text on the next "
            "line, actions as indented Action/Lead/Due/Status blocks, an action whose text runs onto a continuation "
            "line, independent-school term names (Michaelmas) and 'Termly', several leads in one field, a closing "
            "review line. The Denstone College inspection and actions are invented for the test."),
        "reads": (
            "A plain-text action plan: title and details, a status key, then four areas each with a 'Recommended next "
            "step N' label giving way to the recommendation text, followed by numbered actions laid out as "
            "Action/Lead/Due/Status lines; action 2.2 continues onto a second line. Michaelmas term ends in December."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# =============================================================================
# 7. Outwood Academy Shafton - post-Ofsted action plan (xlsx) - typo month, refuse
# =============================================================================
def make_shafton_refuse():
    name = "zbk-outwood-academy-shafton-post-ofsted-action-plan-typo-month-refuse.xlsx"
    title = "Outwood Academy Shafton – Post-Inspection Action Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 2–3 December 2025 | Plan agreed by the Academy Council: 14 January 2026"
    ws["A3"] = "Evaluation areas graded ‘Needs attention’: Attendance and behaviour; Achievement"
    hdr = ["Evaluation area", "Ofsted next step", "No.", "Action", "Lead", "By when", "Evidence of impact", "RAG"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.border = BOX
        c.alignment = WRAP
    areas = [
        ("Attendance and behaviour",
         "Leaders should reduce persistent absence, especially for disadvantaged pupils, by making sure that strategies to improve attendance are applied consistently.",
         [(1, "First-day calling and a same-week home visit for every disadvantaged pupil whose attendance falls below 90%.", "Vice Principal (Behaviour & Attendance)", "January 2026", "PA for disadvantaged pupils below 25% by July 2026", "G"),
          (2, "Send families an attendance summary with every data drop, with a follow-up call where attendance is below 95%.", "Attendance Lead", "Febuary 2026", "Summary sent at each data drop; call log", "A"),
          (3, "Reduce internal truancy through a revised corridor duty rota and a weekly review of on-call logs.", "Associate Principal; Heads of Year", "March 2026", "On-call logs; learning walks", "A")]),
        ("Achievement",
         "Leaders should ensure that pupils, particularly those with SEND, build secure knowledge in mathematics and science so that outcomes at the end of key stage 4 improve.",
         [(4, "Introduce weekly retrieval quizzes in mathematics and science in key stage 4, with gaps reteached the following week.", "Director of Maths / Director of Science", "Summer term 2026", "Mock results; quiz trackers", "A"),
          (5, "Provide SEND pupils in Year 11 with small-group tutoring in mathematics three times a fortnight.", "SENDCo", "July 2026", "Tutoring attendance; progress data", "")]),
    ]
    colours = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
    r = 6
    typo_row = None
    for area, step, rows in areas:
        first = r
        ws.cell(row=r, column=1, value=area)
        ws.cell(row=r, column=2, value=step)
        for no, a, lead, when, ev, rag in rows:
            ws.cell(row=r, column=3, value=no)
            ws.cell(row=r, column=4, value=a)
            ws.cell(row=r, column=5, value=lead)
            ws.cell(row=r, column=6, value=when)
            ws.cell(row=r, column=7, value=ev)
            c = ws.cell(row=r, column=8, value=rag or None)
            if rag:
                c.fill = fill(colours[rag])
            if when.startswith("Febuary"):
                typo_row = r
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=6, max_row=r - 1, max_col=8):
        for c in row:
            c.alignment = WRAP
            c.border = BOX
    ws.cell(row=r + 1, column=1, value="RAG: G = achieved, A = in progress, R = not on track. Reviewed fortnightly by the Principal with the Regional Director.")
    for col, w in zip("ABCDEFGH", [22, 45, 6, 55, 32, 16, 36, 8]):
        ws.column_dimensions[col].width = w

    cal = wb.create_sheet("Monitoring calendar")
    for i, row in enumerate([("Date", "Activity", "Who"),
                             ("28/01/2026", "Attendance deep dive", "Regional Director"),
                             ("11/03/2026", "Maths and science learning walk", "Academy Council link"),
                             ("06/05/2026", "Review of Year 11 mock outcomes", "Principal")], start=1):
        for j, v in enumerate(row, start=1):
            cal.cell(row=i, column=j, value=v)
    wb.save(out(name))
    assert typo_row == 7

    write_expected(name, {
        "source": (
            "Imitates a secondary academy's post-inspection action plan after an Ofsted report-card inspection "
            "(framework from November 2025: evaluation areas graded on a five-point scale, e.g. 'Needs attention'; "
            "https://www.focus-education.co.uk/blogs/blog/ofsted-inspection-changes-2025-what-schools-need-to-know), "
            "laid out as a trust-style Excel plan. Copied features: title and inspection/approval lines, a line naming "
            "the areas graded 'Needs attention', evaluation area and Ofsted next step in vertically merged cells beside "
            "numbered actions, lead, 'By when' as month/term text, evidence of impact, RAG letters on fills, a key line "
            "and a second 'Monitoring calendar' sheet. The inspection and actions are invented for the test."),
        "reads": (
            "An Excel post-Ofsted plan with two evaluation areas, each with its next step merged beside numbered "
            "actions. Action 2's 'By when' cell on sheet row 7 reads 'Febuary 2026', a mistyped month, so a careful "
            "reader stops there and asks what was meant rather than guessing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


if __name__ == "__main__":
    made = [make_littlehey(), make_northants_pdu(), make_humberside_grenfell(), make_wiltshire_ppda(),
            make_llanidloes(), make_denstone(), make_shafton_refuse()]
    for n, k in made:
        print(f"{n}: {k} actions")
