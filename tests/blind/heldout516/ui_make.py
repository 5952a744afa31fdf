"""Build the seven ui- cases of set heldout516 (data files and their expected readings).

Run with /work/main/.venv/bin/python ui_make.py  (openpyxl, python-docx, pyyaml).
Each data file is written from the same rows that give its expected reading, so the
expected text is the file's text character for character.
"""
import csv
import datetime as dt
import io
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a docx cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Gwent Police strategic risk register (xlsx)
# ---------------------------------------------------------------------------
def gwent():
    name = "ui-gwent-police-strategic-risk-register-2025-26.xlsx"
    D = dt.datetime
    risks = [
        ("SR01 – Workforce capacity and capability", "Deputy Chief Constable", "4 x 4 = 16", [
            ("SR01.1", "Deliver the 2025/26 recruitment plan to maintain officer numbers at the funded "
             "establishment of 1,510 FTE, including two student officer intakes per quarter.",
             "Head of People Services", D(2026, 3, 31), None, "G", "G",
             "Intakes of 42 (July) and 38 (September) completed; establishment at 1,497 FTE.",
             ["Head of People Services"], "2026-03", "green"),
            ("SR01.2", "Implement the detective resilience programme to reduce the number of PIP2 "
             "vacancies in the Criminal Investigation Department.",
             "Detective Chief Superintendent, Crime and Vulnerability", D(2025, 9, 30), D(2026, 1, 31),
             "G", "A", "Fast-track cohort delayed by national exam dates; revised date agreed at Strategic Risk Board.",
             ["Detective Chief Superintendent, Crime and Vulnerability"], "2026-01", "amber"),
            ("SR01.3", "Introduce a quarterly workforce planning board chaired by the DCC with attendance "
             "from People Services and Finance.",
             "Deputy Chief Constable", D(2025, 6, 30), None, "G", "B",
             "First board held 18 June 2025. Terms of reference agreed. Action complete.",
             ["Deputy Chief Constable"], "2025-06", "blue"),
        ]),
        ("SR02 – Financial sustainability", "Chief Finance Officer", "4 x 5 = 20", [
            ("SR02.1", "Identify and agree savings of £4.2m for 2026/27 through the Priority Based "
             "Budgeting review.",
             "Chief Finance Officer / Head of Finance", D(2025, 12, 31), None, "A", "A",
             "£2.9m identified to date; remaining options to be taken to Chief Officer Team in November.",
             ["Chief Finance Officer", "Head of Finance"], "2025-12", "amber"),
            ("SR02.2", "Refresh the Medium Term Financial Plan to reflect the 2025 police officer pay "
             "award and employer National Insurance changes.",
             "Head of Finance", D(2025, 10, 31), None, "G", "G",
             "Draft MTFP shared with OPCC Chief Finance Officer.",
             ["Head of Finance"], "2025-10", "green"),
            ("SR02.3", "Complete the estates rationalisation business case for the closure of two front "
             "counters and the sale of surplus land at Cwmbran.",
             "Head of Estates and Fleet", D(2026, 3, 31), None, "G", "R",
             "Business case paused pending PCC consultation on front counter provision; no revised date yet agreed.",
             ["Head of Estates and Fleet"], "2026-03", "red"),
        ]),
        ("SR03 – ICT infrastructure and cyber security", "ACC Corporate Services", "3 x 5 = 15", [
            ("SR03.1", "Migrate the remaining on-premise servers to the joint Gwent and South Wales Police "
             "data centre.",
             "Head of Digital Services (Joint)", D(2025, 8, 31), D(2026, 2, 28), "A", "A",
             "Supplier resource issue; 60% of servers migrated.",
             ["Head of Digital Services (Joint)"], "2026-02", "amber"),
            ("SR03.2", "Achieve Cyber Essentials Plus accreditation and close the actions from the 2024 "
             "IT health check.",
             "Head of Information Security", D(2026, 3, 31), None, "G", "G",
             "14 of 19 health check actions closed.",
             ["Head of Information Security"], "2026-03", "green"),
        ]),
        ("SR04 – Public confidence and legitimacy", "ACC Local Policing", "3 x 4 = 12", [
            ("SR04.1", "Implement the HMICFRS PEEL 2025 areas for improvement on police legitimacy, "
             "including stop and search scrutiny panels in each local policing area.",
             "ACC Local Policing / Head of Professional Standards", D(2026, 3, 31), None, "G", "G",
             "Scrutiny panels established in Newport and Blaenau Gwent; remaining three areas by January.",
             ["ACC Local Policing", "Head of Professional Standards"], "2026-03", "green"),
            ("SR04.2", "Deliver the Race Action Plan community engagement programme through the "
             "Community Cohesion Officers.",
             "Ch Supt Local Policing", "Ongoing", None, "G", "G",
             "Engagement events held in all five local authority areas during Q2.",
             ["Ch Supt Local Policing"], None, "green"),
        ]),
    ]
    status_fill = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Gwent Police"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Strategic Risk Register 2025/26"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Quarter 2 review (July – September 2025)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], 1):
        c = cov.cell(row=6, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for i, rowv in enumerate([
        ("0.1", "05/10/2025", "Corporate Risk Manager", "Q2 updates received from risk owners"),
        ("1.0", "14/10/2025", "Head of Strategic Planning", "Approved by Strategic Risk Board for Joint Audit Committee"),
    ]):
        for j, v in enumerate(rowv, 1):
            cov.cell(row=7 + i, column=j, value=v).border = BOX
    cov["A10"] = "Action status key"
    cov["A10"].font = Font(bold=True)
    key = [("G", "Action on track to complete by target date", GREEN),
           ("A", "Action delayed – revised target date agreed", AMBER),
           ("R", "Action off track – no revised date agreed", RED),
           ("B", "Action complete", BLUE)]
    for i, (k, txt, col) in enumerate(key):
        c = cov.cell(row=11 + i, column=1, value=k)
        c.fill = fill(col)
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=11 + i, column=2, value=txt)
    cov["A16"] = "Risk score = Likelihood x Impact (each 1–5). 15–25 High; 8–12 Medium; 1–6 Low."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Gwent Police Strategic Risk Register 2025/26 – Further Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "OFFICIAL – position as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Risk", "Risk owner", "Current score (L x I)", "Ref", "Further action required",
             "Action owner", "Target date", "Revised target date", "Q1 status", "Q2 status", "Q2 update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    expected = []
    for risk, owner, score, acts in risks:
        first = r
        for (ref, text, aowner, target, revised, q1, q2, upd, lead, end, status) in acts:
            vals = [None, None, None, ref, text, aowner, target, revised, q1, q2, upd]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, q in ((9, q1), (10, q2)):
                ws.cell(row=r, column=col).fill = fill(status_fill[q])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            e = act(ref, [risk], text, lead, end, status,
                    end_text="Ongoing" if end is None else None)
            expected.append(e)
            r += 1
        ws.cell(row=first, column=1, value=risk)
        ws.cell(row=first, column=2, value=owner)
        ws.cell(row=first, column=3, value=score)
        for col in (1, 2, 3):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            ws.cell(row=first, column=col).alignment = WRAP
            ws.cell(row=first, column=col).font = Font(bold=(col == 1))
    widths = [26, 18, 12, 9, 55, 28, 13, 13, 9, 9, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "E5"

    hm = wb.create_sheet("Risk Profile")
    hm["A1"] = "Risk profile – movement since Q1"
    hm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Risk", "Q1 score", "Q2 score", "Direction of travel"], 1):
        hm.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, rowv in enumerate([("SR01", 16, 16, "↔"), ("SR02", 20, 20, "↔"),
                              ("SR03", 15, 15, "↔"), ("SR04", 16, 12, "↓")]):
        for j, v in enumerate(rowv, 1):
            hm.cell(row=4 + i, column=j, value=v)
    hm["A9"] = "High risks: 3 of 4 (SR04 reduced to Medium at Q2)"
    hm.column_dimensions["A"].width = 14
    hm.column_dimensions["D"].width = 20
    wb.active = 1
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Gwent Police, strategic risk register 2025/26 as reported each quarter to the joint "
                  "Gwent Police and OPCC Joint Audit Committee (imitated; no URL used). Copies the common "
                  "police register layout seen in PCC/force registers (e.g. West Midlands PCC risk register "
                  "appendix): risk, owner and score cells merged down over several further-action rows, "
                  "action owner, target and revised target dates, Q1 and Q2 action status columns as "
                  "letters on coloured fills, a cover sheet with document control and a status key, and "
                  "a separate risk-profile sheet.",
        "reads": "A workbook whose main sheet lists four strategic risks; each risk's name, owner and score "
                 "are merged down beside its further actions (SR01.1 to SR04.2), each with an action owner, "
                 "target date, sometimes a revised date, and Q1/Q2 status letters. The cover sheet and risk "
                 "profile sheet hold no actions; the status is the Q2 (current) letter, B meaning complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Gwent Police Strategic Risk Register 2025/26 – Further Actions",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Sancta Maria Hospital HIW improvement plan (docx)
# ---------------------------------------------------------------------------
def sancta():
    name = "ui-sancta-maria-hospital-swansea-hiw-independent-healthcare-improvement-plan.docx"
    themes = [
        ("Quality of patient experience", [
            ("The registered manager must ensure that patient information leaflets are available in "
             "Welsh and in an easy read format.", "Regulation 9", [
                ("Patient information leaflets for the three most common procedures will be translated "
                 "into Welsh and produced in an easy read version.", "Hospital Director", "31 October 2025",
                 ["Hospital Director"], "2025-10", None),
            ]),
            ("The service must ensure that patients’ privacy and dignity is maintained in the day case "
             "unit when bay curtains are drawn.", "Regulation 15 (1)(a)", [
                ("Privacy signs (“Please do not enter – care in progress”) will be fitted to all day case "
                 "bay curtains.", "Day Case Unit Manager", "End of July 2025",
                 ["Day Case Unit Manager"], "2025-07", None),
                ("Privacy and dignity will be added as a standing item to the monthly patient experience "
                 "audit, with results reported to the Clinical Governance Committee.",
                 "Head of Clinical Services / Quality Lead", "Monthly",
                 ["Head of Clinical Services", "Quality Lead"], None, "Monthly"),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The registered manager must ensure that resuscitation equipment checks are completed and "
             "recorded daily in all clinical areas.", "Regulation 15 (1)(b), (c)", [
                ("A new daily resuscitation trolley checklist has been introduced on Ward 1, Ward 2 and in "
                 "theatres.\nCompliance will be audited weekly by the Ward Managers for three months and "
                 "reported to the Senior Management Team.", "Ward Managers", "30 September 2025",
                 ["Ward Managers"], "2025-09", None),
            ]),
            ("The service must ensure that all staff complete mandatory training in the Mental Capacity "
             "Act 2005 and Deprivation of Liberty Safeguards.", "Regulation 20 (2)(a)", [
                ("Outstanding MCA/DoLS training has been booked for all nursing and theatre staff. "
                 "Compliance will be monitored through the electronic training record.",
                 "Practice Development Lead", "31/12/2025", ["Practice Development Lead"], "2025-12", None),
            ]),
            ("The registered manager must ensure that the controlled drugs register is completed in line "
             "with the hospital’s medicines management policy.", "Regulation 15 (5)", [
                ("Controlled drug register entries will be checked at each shift handover and the "
                 "pharmacist will complete a monthly audit of all registers.",
                 "Pharmacy Manager / Ward Managers", "September 2025",
                 ["Pharmacy Manager", "Ward Managers"], "2025-09", None),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The registered provider must ensure that the statement of purpose and patients’ guide are "
             "reviewed and updated to reflect current services.", "Regulations 6 and 7", [
                ("The statement of purpose and patients’ guide have been reviewed and will be submitted to "
                 "HIW following approval by the Medical Advisory Committee.", "Registered Manager",
                 "15 August 2025", ["Registered Manager"], "2025-08", None),
            ]),
            ("The service must strengthen the arrangements for staff appraisal so that all staff receive "
             "an annual appraisal.", "Regulation 20 (2)(a)", [
                ("An appraisal schedule for 2025/26 has been issued to all line managers; completion rates "
                 "will be reported monthly to the Senior Management Team.", "HR Business Partner",
                 "31 March 2026", ["HR Business Partner"], "2026-03", None),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Arolygiaeth Gofal Iechyd Cymru / Healthcare Inspectorate Wales")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x5A, 0x5A, 0x5A)
    doc.add_heading("Independent Healthcare Inspection (Announced) – Improvement Plan", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Service:", "Sancta Maria Hospital, Swansea"),
                 ("Date of inspection:", "3 and 4 June 2025"),
                 ("Date of publication:", "9 September 2025")]:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.add_paragraph()
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our "
                      "inspection. Due to the impact and/or risk posed, these concerns needed to be "
                      "addressed straight away, during the inspection.")
    ta = doc.add_table(rows=2, cols=3)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Immediate concerns identified",
                                        "Impact/potential impact on patient care and treatment",
                                        "How the concern was resolved"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    for c, v in zip(ta.rows[1].cells, [
            "Two out-of-date sterile dressing packs were found in the treatment room on Ward 2.",
            "Risk of infection to patients.",
            "Staff removed the items immediately and completed a check of all stock in the treatment room."]):
        set_cell(c, v)
    doc.add_paragraph()
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("No immediate assurance issues were identified during this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("The table below includes any other improvements identified during the inspection "
                      "where we require the service to complete an improvement plan telling us about the "
                      "actions they are taking to address these areas.")

    tc = doc.add_table(rows=1, cols=5)
    tc.style = "Table Grid"
    for c, h in zip(tc.rows[0].cells, ["Improvement needed", "Standard / Regulation", "Service action",
                                        "Responsible officer", "Timescale"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    expected = []
    for theme, needs in themes:
        row = tc.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, theme, bold=True)
        shade(m, "F2F2F2")
        for need, std, actions in needs:
            rows = [tc.add_row() for _ in actions]
            for rr, (text, officer, when, lead, end, et) in zip(rows, actions):
                set_cell(rr.cells[2], text)
                set_cell(rr.cells[3], officer)
                set_cell(rr.cells[4], when)
                expected.append(act(None, [theme, need], text, lead, end, "unrated", end_text=et))
            if len(rows) > 1:
                a = rows[0].cells[0].merge(rows[-1].cells[0])
                b = rows[0].cells[1].merge(rows[-1].cells[1])
            else:
                a, b = rows[0].cells[0], rows[0].cells[1]
            set_cell(a, need)
            set_cell(b, std)
    doc.add_paragraph()
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    doc.add_paragraph("Service representative").runs[0].bold = True
    ts = doc.add_table(rows=0, cols=2)
    ts.style = "Table Grid"
    for k, v in [("Name (print):", "Catherine Hughes"), ("Job role:", "Hospital Director"),
                 ("Date:", "1 July 2025")]:
        row = ts.add_row().cells
        set_cell(row[0], k, bold=True, size=10)
        set_cell(row[1], v, size=10)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Sancta Maria Hospital, Swansea (independent hospital), improvement plan returned to "
                  "Healthcare Inspectorate Wales after an announced independent healthcare inspection, "
                  "June 2025 (imitated; no URL used). Copies the HIW report appendices as published on "
                  "hiw.org.uk: Appendix A concerns resolved during the inspection (not a plan), Appendix B "
                  "immediate improvement plan with 'No immediate assurance issues', Appendix C improvement "
                  "plan with columns Improvement needed / Standard / Regulation / Service action / "
                  "Responsible officer / Timescale, theme rows merged across the table, an improvement "
                  "merged down over two service actions, and the service representative sign-off block.",
        "reads": "A Word improvement plan for an HIW inspection. Only Appendix C holds actions: eight "
                 "service actions grouped under the three HIW themes, each answering the 'improvement "
                 "needed' beside it, with a responsible officer and a timescale; there is no RAG column, so "
                 "nothing is rated. Appendix A, the title table and the sign-off table are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Independent Healthcare Inspection (Announced) – Improvement Plan",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Pontnewydd Primary School Estyn PIAP (xlsx, sheet per recommendation)
# ---------------------------------------------------------------------------
def pontnewydd():
    name = "ui-pontnewydd-primary-school-estyn-post-inspection-action-plan.xlsx"
    recs = [
        ("R1", "Strengthen the provision for pupils to develop their Welsh language skills across the school", [
            ("1.1", "Establish a Criw Cymraeg of Year 5 and 6 pupils to model and promote the use of incidental "
             "Welsh on the playground and in assemblies.", "Welsh lead", "Autumn term 2024",
             "Release time 0.5 day per half term", "Criw Cymraeg in place; pupil voice shows more pupils use "
             "Welsh at play", "HT – learning walks, half-termly", GREEN,
             ["Welsh lead"], "2024-12", "blue"),
            ("1.2", "Provide professional learning for all teaching assistants on the Welsh phrases of the week, "
             "delivered by the Welsh Language Sabbatical Scheme trainer.", "Welsh lead / Headteacher",
             "Spring term 2025", "PL budget £600", "All TAs use the phrases of the week consistently in class",
             "Welsh lead – observation, Spring term", AMBER,
             ["Welsh lead", "Headteacher"], "2025-04", "amber"),
            ("1.3", "Plan opportunities in each Area of Learning and Experience for pupils to use Welsh in other "
             "subjects, and track these through the planning scrutiny.", "Deputy Headteacher",
             "Summer term 2025", "Staff meeting time", "Planning shows Welsh in every AoLE each half term",
             "DHT – planning scrutiny, termly", AMBER,
             ["Deputy Headteacher"], "2025-07", "amber"),
        ]),
        ("R2", "Improve the consistency and quality of feedback so that pupils know how to improve their work", [
            ("2.1", "Agree a whole-school feedback policy with staff, pupils and governors, including the use "
             "of ‘next steps’ prompts in books.", "Headteacher", "By February half-term 2025",
             "INSET day 6 January 2025", "Policy agreed by governors and in use in all classes",
             "Standards Committee – Spring term", GREEN,
             ["Headteacher"], "2025-02", "blue"),
            ("2.2", "Carry out book looks and learning walks focused on the quality of feedback, sharing "
             "findings with all teaching staff.", "SLT", "Termly", "SLT time",
             "Book looks show consistent next steps in at least 90% of books",
             "HT – report to governors each term", AMBER,
             ["SLT"], None, "amber"),
            ("2.3", "Train pupils in Years 3 to 6 to use self- and peer-assessment against agreed success "
             "criteria.", "Assessment lead", "Summer term 2025", "Staff meeting x2",
             "Pupils can explain how to improve their work (pupil voice)",
             "Assessment lead – pupil voice, Summer term", AMBER,
             ["Assessment lead"], "2025-07", "amber"),
        ]),
        ("R3", "Ensure that self-evaluation processes focus sharply on the impact of teaching on pupils’ learning", [
            ("3.1", "Revise the school’s self-evaluation calendar so that each monitoring activity records the "
             "impact on pupils’ progress, not only compliance.", "Headteacher & Deputy Headteacher",
             "January 2025", "None", "Revised calendar in use; monitoring reports refer to pupils’ progress",
             "Chair of Governors – Spring term", GREEN,
             ["Headteacher", "Deputy Headteacher"], "2025-01", "blue"),
            ("3.2", "Involve middle leaders in evaluating teaching and learning in their areas through paired "
             "lesson observations with the local authority Challenge Adviser.",
             "Middle leaders / EAS Challenge Adviser", "Spring term 2025", "Cover costs £900",
             "Each middle leader has completed two paired observations",
             "HT and Challenge Adviser – Spring term", AMBER,
             ["Middle leaders", "EAS Challenge Adviser"], "2025-04", "amber"),
            ("3.3", "Report the impact of the PIAP actions to the full Governing Body each term, including pupil "
             "voice evidence.", "Chair of Governors", "July 2025", "None",
             "Governors can evaluate progress against each recommendation",
             "Full Governing Body – termly", AMBER,
             ["Chair of Governors"], "2025-07", "amber"),
        ]),
    ]
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = "Pontnewydd Primary School"
    ov["A1"].font = Font(bold=True, size=16)
    ov["A2"] = "Post-Inspection Action Plan (PIAP)"
    ov["A2"].font = Font(bold=True, size=14)
    ov["A3"] = "Estyn core inspection: 14–17 October 2024. Plan agreed by the Governing Body: 4 December 2024."
    ov["A5"] = "Estyn recommendations"
    ov["A5"].font = Font(bold=True)
    for i, (rid, text, _) in enumerate(recs):
        ov.cell(row=6 + i, column=1, value=rid).font = Font(bold=True)
        ov.cell(row=6 + i, column=2, value=text)
    ov["A10"] = "RAG key"
    ov["A10"].font = Font(bold=True)
    for i, (col, word, meaning) in enumerate([(RED, "Red", "Not started"), (AMBER, "Amber", "In progress"),
                                               (GREEN, "Green", "Completed")]):
        c = ov.cell(row=11 + i, column=1, value=word)
        c.fill = fill(col)
        ov.cell(row=11 + i, column=2, value=meaning)
    ov["A15"] = "The plan is reviewed termly by the Standards and Curriculum Committee of the Governing Body."
    ov["A15"].font = Font(italic=True)
    ov.column_dimensions["A"].width = 10
    ov.column_dimensions["B"].width = 95

    expected = []
    heads = ["Ref", "Actions", "Lead", "Timescale", "Resources", "Success criteria",
             "Monitoring (who / when)", "RAG"]
    for n, (rid, text, actions) in enumerate(recs, 1):
        ws = wb.create_sheet(rid)
        heading = f"Recommendation {n}: {text}"
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws["A1"].alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells("A1:H1")
        ws.row_dimensions[1].height = 32
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            c.border = BOX
            c.alignment = WRAP
        r = 4
        for (ref, atext, lead_cell, when, res, sc, mon, rag, lead, end, status) in actions:
            for j, v in enumerate([ref, atext, lead_cell, when, res, sc, mon, None], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(rag)
            expected.append(act(ref, [heading], atext, lead, end, status,
                                end_text="Termly" if end is None else None))
            r += 1
        ws.cell(row=r + 1, column=1, value="Evidence of progress is held in the PIAP evidence folder on the "
                                           "staff shared drive.").font = Font(italic=True, size=9)
        for col, w in zip("ABCDEFGH", [6, 50, 20, 18, 20, 34, 26, 7]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Pontnewydd Primary School, Torfaen, post-inspection action plan after an Estyn core "
                  "inspection in October 2024 (imitated; no URL used). Copies the layout Welsh primary schools "
                  "use for PIAPs drawn up with the local authority/EAS: an overview sheet listing the Estyn "
                  "recommendations R1–R3 and a school RAG key (Red not started, Amber in progress, Green "
                  "completed), then one sheet per recommendation with a merged recommendation banner and "
                  "columns Ref, Actions, Lead, Timescale (school terms), Resources, Success criteria, "
                  "Monitoring and a fill-only RAG cell.",
        "reads": "A school's action plan with one sheet for each of three Estyn recommendations; each sheet "
                 "has three numbered actions with a lead, a timescale given as a term, month or 'Termly', and a "
                 "coloured RAG cell. The key on the overview sheet makes Green mean completed, so the green "
                 "actions are complete; amber actions are in progress. The overview sheet holds no actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Post-Inspection Action Plan (PIAP)",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 4. Scottish Police Authority annual audit report action plan (tab-separated text)
# ---------------------------------------------------------------------------
def spa():
    name = "ui-scottish-police-authority-annual-audit-report-2024-25-action-plan.txt"
    rows = [
        ("1", "Financial sustainability",
         "The Authority should update its medium-term financial strategy to set out how the projected funding "
         "gap of £31 million by 2027/28 will be addressed.",
         "A refreshed medium-term financial strategy, including a savings and reform programme, will be "
         "presented to the Authority for approval.",
         "Chief Financial Officer", "31 March 2026", "", "Green",
         "Draft strategy considered at Resources Committee in December 2025.",
         ["Chief Financial Officer"], "2026-03", "green"),
        ("2", "Financial sustainability",
         "Police Scotland and the Authority should agree a prioritised capital investment plan that reflects "
         "the condition of the estate and fleet.",
         "A ten-year capital investment plan will be developed jointly with Police Scotland and aligned to the "
         "Estates Masterplan.",
         "Chief Financial Officer / Police Scotland Director of Finance", "30 September 2025", "30 June 2026",
         "Amber", "Estate condition surveys not complete until spring 2026; revised date agreed with Audit Scotland.",
         ["Chief Financial Officer", "Police Scotland Director of Finance"], "2026-06", "amber"),
        ("3", "Governance and transparency",
         "The Authority should publish the register of interests for Board members on its website and keep it "
         "up to date.",
         "The register of interests will be published and reviewed quarterly by the Board Secretary.",
         "Board Secretary", "31 July 2025", "", "Complete", "Register published July 2025; Q2 review complete.",
         ["Board Secretary"], "2025-07", "blue"),
        ("4", "Governance and transparency",
         "The Authority should review its scheme of delegation following the changes to the senior leadership "
         "structure.",
         "The scheme of delegation and standing orders will be reviewed and presented to the Authority for "
         "approval.",
         "Chief Executive / Board Secretary", "December 2025", "March 2026", "Amber",
         "Review held back to reflect the outcome of the HMICS strategic review.",
         ["Chief Executive", "Board Secretary"], "2026-03", "amber"),
        ("5", "Forensic Services",
         "Forensic Services should develop a workforce plan to address single points of failure in specialist "
         "scientific roles.",
         "A Forensic Services workforce plan will be prepared, identifying critical roles and succession "
         "arrangements.",
         "Director of Forensic Services", "31/03/2026", "", "Green", "Critical roles mapping complete.",
         ["Director of Forensic Services"], "2026-03", "green"),
        ("6", "Value for money",
         "The Authority should strengthen its reporting on the benefits realised from the policing change "
         "portfolio.",
         "Benefits realisation will be reported in the quarterly change portfolio report to the Policing "
         "Performance Committee.",
         "Head of Strategy and Performance", "31 December 2025", "", "Complete",
         "First report presented to the December 2025 committee.",
         ["Head of Strategy and Performance"], "2025-12", "blue"),
        ("b/f 1", "Financial management",
         "The Authority should ensure that the fixed asset register is reconciled to the general ledger every "
         "quarter.",
         "Quarterly reconciliations will be introduced and reviewed by the Financial Controller.",
         "Financial Controller", "31 March 2025", "31 October 2025", "Complete",
         "Q1 and Q2 2025/26 reconciliations evidenced to Audit Scotland.",
         ["Financial Controller"], "2025-10", "blue"),
        ("b/f 2", "Workforce",
         "The Authority should complete the review of its people strategy to address staff absence and "
         "wellbeing.",
         "The SPA People Strategy 2025–2028 will be finalised following staff consultation.",
         "Head of People and Development", "30 June 2025", "31 January 2026", "Red",
         "Consultation extended; the revised date will be missed and a new date is to be agreed.",
         ["Head of People and Development"], "2026-01", "red"),
    ]
    lines = [
        "Scottish Police Authority",
        "2024/25 Annual Audit Report – Action plan progress update",
        "Audit, Risk and Assurance Committee – 18 February 2026",
        "",
        "\t".join(["Ref", "Area", "Recommendation", "Agreed management action", "Responsible officer",
                   "Agreed date", "Revised date", "Status", "Progress update"]),
    ]
    expected = []
    for (ref, area, rec, action, ro, agreed, revised, status_cell, upd, lead, end, status) in rows:
        lines.append("\t".join([ref, area, rec, action, ro, agreed, revised, status_cell, upd]))
        expected.append(act(ref, [area, rec], action, lead, end, status))
    lines += [
        "",
        "Status key: Complete = action implemented and evidence provided; Green = on track for the agreed date; "
        "Amber = delayed, revised date agreed; Red = significantly delayed or at risk.",
        "Summary: 8 actions – 3 complete, 2 green, 2 amber, 1 red.",
        "b/f = brought forward from the 2023/24 Annual Audit Report.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": "Scottish Police Authority, progress update on the Audit Scotland 2024/25 Annual Audit Report "
                  "action plan for the SPA Audit, Risk and Assurance Committee (imitated; SPA publishes its "
                  "audit and improvement recommendation updates for that committee on spa.police.uk). Copies "
                  "the Audit Scotland Appendix 1 action plan fields (recommendation, agreed management action, "
                  "responsible officer, agreed date) with 'b/f' prior-year recommendations, as a tab-separated "
                  "export with title lines, a revised date column, status words and a status key, summary "
                  "and notes lines at the foot.",
        "reads": "A tab-separated export: three title lines, a header row, then eight audit recommendations "
                 "(1–6 and b/f 1–2), each with its area, the auditor's recommendation, the agreed management "
                 "action, responsible officer(s), agreed and sometimes revised dates, and a status. The lines "
                 "after the table are a key, a summary and a note, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "2024/25 Annual Audit Report – Action plan progress update",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Hillcrest Futures Care Inspectorate improvement plan (docx, table per requirement/AFI)
# ---------------------------------------------------------------------------
def hillcrest():
    name = "ui-hillcrest-futures-dundee-care-at-home-care-inspectorate-improvement-plan.docx"
    regs = ("This is to comply with Regulation 4(1)(a) (Welfare of users) of The Social Care and Social Work "
            "Improvement Scotland (Requirements for Care Services) Regulations 2011 (SSI 2011/210).")
    kqs = [
        ("Key question 1: How well do we support people’s wellbeing?", [
            ("Requirement 1: By 30 April 2025, the provider must ensure that people receive their medication as "
             "prescribed and that medication administration records are accurate. " + regs, [
                ("R1.1", "All staff who administer medication to complete the refreshed medication competency "
                 "assessment with a senior support worker.", "Senior Support Workers", "31/03/2025", BLUE,
                 ["Senior Support Workers"], "2025-03", None, "blue"),
                ("R1.2", "Introduce a weekly audit of medication administration records (MARs) for every person "
                 "supported, with errors reported through the incident system.", "Team Leaders", "April 2025",
                 BLUE, ["Team Leaders"], "2025-04", None, "blue"),
                ("R1.3", "Review and update the medication policy in line with the Care Inspectorate’s 2024 "
                 "medication guidance for care at home services.", "Quality and Compliance Manager",
                 "30/06/2025", GREEN, ["Quality and Compliance Manager"], "2025-06", None, "green"),
            ]),
            ("Area for improvement 1: To promote people’s wellbeing, the service should ensure that visits take "
             "place at the times agreed with people and that people are told when staff are running late. This "
             "ensures care and support is consistent with the Health and Social Care Standards (HSCS) which "
             "state that: ‘My care and support is consistent and stable because people work together well.’ "
             "(HSCS 3.19)", [
                ("AFI1.1", "Reconfigure the scheduling system (CM2000) so that the agreed visit window is "
                 "recorded for each person.", "Scheduling Co-ordinator", "May 2025", BLUE,
                 ["Scheduling Co-ordinator"], "2025-05", None, "blue"),
                ("AFI1.2", "Office staff to phone people when a visit will be more than 30 minutes late, and "
                 "record the call on the person’s file.", "Office Manager", "Ongoing", GREEN,
                 ["Office Manager"], None, "Ongoing", "green"),
            ]),
        ]),
        ("Key question 2: How good is our leadership?", [
            ("Requirement 2: By 31 May 2025, the provider must ensure that quality assurance systems are "
             "effective in identifying and addressing areas for improvement. " + regs, [
                ("R2.1", "Develop a quality assurance framework and annual audit calendar covering personal "
                 "plans, medication, complaints and staff supervision.", "Registered Manager", "31/05/2025",
                 AMBER, ["Registered Manager"], "2025-05", None, "amber"),
                ("R2.2", "Present a quarterly quality report to the Hillcrest Futures Quality and Compliance "
                 "Committee.", "Head of Care Services", "Quarterly", GREEN,
                 ["Head of Care Services"], None, "Quarterly", "green"),
            ]),
        ]),
        ("Key question 5: How well is our care and support planned?", [
            ("Requirement 3: By 30 June 2025, the provider must ensure that each person’s personal plan sets out "
             "how their health, welfare and safety needs will be met, and is reviewed at least once in every six "
             "month period. This is to comply with Regulation 5(2)(b) (Personal plans) of The Social Care and "
             "Social Work Improvement Scotland (Requirements for Care Services) Regulations 2011 "
             "(SSI 2011/210).", [
                ("R3.1", "Audit all personal plans against the new personal plan template and prioritise plans "
                 "for people with the most complex needs.", "Team Leaders / Senior Support Workers",
                 "31/05/2025", AMBER, ["Team Leaders", "Senior Support Workers"], "2025-05", None, "amber"),
                ("R3.2", "Schedule six-monthly reviews for every person, involving the person and their "
                 "representatives, and record outcomes in the review section of the plan.",
                 "Care Co-ordinators", "30/06/2025", RED, ["Care Co-ordinators"], "2025-06", None, "red"),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    title = "Hillcrest Futures – Dundee Care at Home Service: Improvement Plan"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Care Inspectorate unannounced inspection of 3 to 6 February 2025 "
                      "(report published 14 March 2025).")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=2, cols=4)
    dc.style = "Table Grid"
    for c, v in zip(dc.rows[0].cells, ["Version", "Date", "Prepared by", "Approved by"]):
        set_cell(c, v, bold=True)
    for c, v in zip(dc.rows[1].cells, ["1.2", "30/06/2025", "Registered Manager",
                                        "Quality and Compliance Committee"]):
        set_cell(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Grades awarded").runs[0].bold = True
    gr = doc.add_table(rows=1, cols=2)
    gr.style = "Table Grid"
    for c, v in zip(gr.rows[0].cells, ["Key question", "Grade"]):
        set_cell(c, v, bold=True)
    for k, g in [("How well do we support people’s wellbeing?", "3 – Adequate"),
                 ("How good is our leadership?", "2 – Weak"),
                 ("How good is our staff team?", "3 – Adequate"),
                 ("How well is our care and support planned?", "2 – Weak")]:
        cells = gr.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], g)
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG status key: ").bold = True
    for col, word in [(RED, "Red – not progressing"), (AMBER, "Amber – in progress"),
                      (GREEN, "Green – on track"), (BLUE, "Blue – complete")]:
        run = kp.add_run(word + "   ")
        run.font.color.rgb = RGBColor.from_string(col)
        run.bold = True

    expected = []
    for kq, items in kqs:
        doc.add_heading(kq, level=2)
        for head, actions in items:
            t = doc.add_table(rows=2, cols=5)
            t.style = "Table Grid"
            m = t.rows[0].cells[0].merge(t.rows[0].cells[4])
            set_cell(m, head, bold=True)
            shade(m, "DEEAF6")
            for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Responsible person", "Timescale", "RAG"]):
                set_cell(c, h, bold=True)
            for (ref, text, who, when, col, lead, end, et, status) in actions:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], text)
                set_cell(cells[2], who)
                set_cell(cells[3], when)
                set_cell(cells[4], "")
                shade(cells[4], col)
                expected.append(act(ref, [kq, head], text, lead, end, status, end_text=et))
            doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported monthly to the Head of Care Services and "
                      "quarterly to the Quality and Compliance Committee.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Hillcrest Futures, Dundee care at home service, provider improvement plan after a Care "
                  "Inspectorate (Scotland) inspection in February 2025 (imitated; no URL used). Copies how "
                  "Scottish providers answer Care Inspectorate reports: sections by key question, a table for "
                  "each requirement or area for improvement with its full wording (deadline, regulation / "
                  "HSCS reference) in a merged banner row, then Ref / Action / Responsible person / Timescale / "
                  "RAG rows with the RAG shown by cell shading only; title block, document control table, "
                  "grades table and a coloured RAG key above.",
        "reads": "A Word improvement plan with nine actions: under three key-question headings, each table "
                 "starts with a requirement or area for improvement and lists the service's actions to meet "
                 "it, with a responsible person, a timescale and a shaded RAG cell (red, amber, green or blue "
                 "for complete, as the key says). Document control and grades tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. South Eastern HSC Trust board action log (csv)
# ---------------------------------------------------------------------------
def sehsct():
    name = "ui-south-eastern-hsct-trust-board-action-log.csv"
    meetings = [
        ("Meeting held 29 May 2025", [
            ("TB-25-031", "62/25", "Provide an update on the Ulster Hospital Emergency Department waiting times "
             "improvement trajectory, including the impact of the new Acute Medical Unit.",
             "Director of Hospital Services", "Sept 2025", "Complete",
             "Update provided under agenda item 7, September 2025 Board.", "24/09/2025",
             ["Director of Hospital Services"], "2025-09", "blue"),
            ("TB-25-032", "63/25", "Circulate the Board Assurance Framework heat map to Non-Executive Directors "
             "ahead of the Audit Committee workshop.", "Board Secretary", "June 2025", "Complete",
             "Circulated 12 June 2025.", "12/06/2025", ["Board Secretary"], "2025-06", "blue"),
            ("TB-25-033", "65/25", "Bring a report on the financial recovery plan 2025/26, setting out the "
             "savings schemes and their risk rating.", "Director of Finance, Estates and Capital Development",
             "Oct-25", "Green", "Scheduled for October 2025 Board.", "",
             ["Director of Finance, Estates and Capital Development"], "2025-10", "green"),
        ]),
        ("Meeting held 31 July 2025", [
            ("TB-25-041", "81/25", "Share the outcome of the RQIA unannounced inspection of Ward 3C, Lagan Valley "
             "Hospital, and the Trust’s quality improvement plan.",
             "Executive Director of Nursing, Midwifery and AHPs", "30/11/2025", "Green",
             "QIP submitted to RQIA on 15 September 2025.", "",
             ["Executive Director of Nursing, Midwifery and AHPs"], "2025-11", "green"),
            ("TB-25-042", "83/25", "Arrange a Board development session on Encompass benefits realisation.",
             "Chief Executive / Board Secretary", "December 2025", "Amber",
             "Date to be confirmed with facilitator; may move to January 2026.", "",
             ["Chief Executive", "Board Secretary"], "2025-12", "amber"),
            ("TB-25-043", "84/25", "Provide a breakdown of agency and locum spend by directorate for Q1 and Q2 "
             "2025/26.", "Mr G Rooney / Mrs A McVeigh", "31/10/2025", "Red",
             "Data validation delayed; to be presented in November.", "",
             ["Mr G Rooney", "Mrs A McVeigh"], "2025-10", "red"),
        ]),
        ("Meeting held 24 September 2025", [
            ("TB-25-052", "101/25", "Circulate the Trust’s draft response to the Department of Health "
             "consultation on stroke services to members before submission.", "Medical Director",
             "10/10/2025", "Green", "", "", ["Medical Director"], "2025-10", "green"),
            ("TB-25-053", "104/25", "Add complaints response times (20 working days) to the Corporate "
             "Performance Scorecard.", "Director of Planning, Performance and Informatics", "Jan-26", "",
             "New action.", "", ["Director of Planning, Performance and Informatics"], "2026-01", "unrated"),
            ("TB-25-054", "105/25", "Provide assurance on fire safety compliance at the Downe Hospital "
             "following the NIFRS audit.", "Director of Finance, Estates and Capital Development", "TBC", "",
             "To be scheduled.", "", ["Director of Finance, Estates and Capital Development"], None, "unrated"),
        ]),
    ]
    ncol = 8
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")

    def line(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        w.writerow(cells)

    line("South Eastern Health and Social Care Trust")
    line("Trust Board (Public Session) – Action Log")
    line("Status as at 24 September 2025")
    line()
    line("Action No.", "Minute Ref", "Action", "Lead", "Due Date", "Status", "Update / Comment", "Date Closed")
    expected = []
    for band, acts in meetings:
        line(band)
        for (no, minute, text, lead_cell, due, status_cell, upd, closed, lead, end, status) in acts:
            line(no, minute, text, lead_cell, due, status_cell, upd, closed)
            expected.append(act(no, [band], text, lead, end, status,
                                end_text="TBC" if end is None else None))
    line()
    line("Key: Green – on track; Amber – at risk of slippage; Red – overdue; Complete – action closed and will "
         "be removed from the log after the next meeting.")
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(out.getvalue())

    write_yaml(name, {
        "source": "South Eastern Health and Social Care Trust (Northern Ireland), public Trust Board action log "
                  "as taken to each Board meeting (imitated; no URL used). Copies the HSC trust board log "
                  "layout saved from Excel as CSV: title lines padded with commas, a band row for each meeting, "
                  "action numbers and minute references, directors by job title as leads, due dates written "
                  "in several ways, RAG word status, a date-closed column and a key line at the foot.",
        "reads": "A CSV action log of nine Board actions grouped under the three meetings that raised them, each "
                 "with an action number, minute reference, lead, due date and status. Two are complete, the "
                 "newest two are not yet rated, and one has a due date of TBC.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Trust Board (Public Session) – Action Log",
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Fermanagh and Omagh DC NIAO RTTCWG action plan (xlsx) – typo month, refuse
# ---------------------------------------------------------------------------
def fodc():
    name = ("ui-fermanagh-and-omagh-dc-niao-report-to-those-charged-with-governance-action-plan-"
            "typo-month-refuse.xlsx")
    recs = [
        ("1", "Priority 2", "Six procurement waivers were approved after the goods or services had been ordered.",
         "The Council should ensure that all procurement waivers are approved in advance and reported to the "
         "Audit Panel.", [
            ("Waiver procedure revised so that all waivers are approved by the Chief Executive before any order "
             "is placed, and reported quarterly to the Audit Panel.", "Director of Corporate Services and "
             "Governance", "December 2024", "Complete", "Revised procedure in place from 1 December 2024."),
        ]),
        ("2", "Priority 1", "Payroll was not reconciled to the general ledger during the year.",
         "The Council should reconcile the payroll system to the general ledger every month.", [
            ("Monthly payroll to ledger reconciliation introduced, reviewed and signed off by the Head of "
             "Finance.", "Head of Finance", "April 2025", "Complete", "Reconciliations evidenced to NIAO."),
        ]),
        ("3", "Priority 2", "The useful economic lives of leisure centre assets had not been reviewed since 2015.",
         "The Council should review the useful economic lives of its leisure centre assets.", [
            ("Asset lives review to be commissioned from Land & Property Services as part of the 2025 "
             "revaluation.", "Head of Finance / Head of Estates", "31 March 2026", "On track",
             "LPS instructed August 2025."),
            ("Revised asset lives to be reflected in the 2025-26 draft financial statements.", "Head of Finance",
             "June 2026", "On track", ""),
        ]),
        ("4", "Priority 3", "The gifts and hospitality register had not been updated for two directorates.",
         "The Council should remind staff of the requirement to declare gifts and hospitality and update the "
         "register.", [
            ("Reminder to be issued to all staff and the register reviewed by the Corporate Governance team "
             "every six months.", "Corporate Governance Manager", "Febuary 2026", "Behind schedule",
             "Staff reminder issued; first six-monthly review not yet completed."),
        ]),
        ("5", "Priority 2", "User access to the finance system was not removed promptly for four leavers.",
         "The Council should ensure that system access is removed on the day an employee leaves.", [
            ("Leavers checklist updated so that HR notify ICT and Finance of all leavers in advance of the "
             "leaving date.", "Head of HR / Head of ICT", "September 2025", "Complete",
             "Checklist live from 1 September 2025."),
            ("Quarterly review of finance system users against the HR establishment list.", "Systems Accountant",
             "December 2025", "On track", ""),
        ]),
        ("6", "Priority 2", "The Council’s anti-fraud policy had not been reviewed since 2019.",
         "The Council should update its anti-fraud and anti-bribery policy and fraud response plan.", [
            ("Updated anti-fraud and anti-bribery policy and fraud response plan to be presented to the Audit "
             "Panel for approval.", "Head of Internal Audit", "31 March 2026", "On track",
             "Draft policy out for consultation with Directors."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Fermanagh and Omagh District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to those charged with governance 2023-24 – Management Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress update for the Audit Panel – 16 September 2025"
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Priority", "Finding", "Recommendation", "Management response / action",
             "Responsible officer", "Target date", "Status", "Progress update"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    typo_row = None
    n_actions = 0
    for ref, pri, finding, rec, actions in recs:
        first = r
        for (text, ro, target, status, upd) in actions:
            for j, v in enumerate([None, None, None, None, text, ro, target, status, upd], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if target == "Febuary 2026":
                typo_row = r
            n_actions += 1
            r += 1
        for j, v in enumerate([ref, pri, finding, rec], 1):
            ws.cell(row=first, column=j, value=v).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=j, end_row=r - 1, end_column=j)
    for col, w in zip("ABCDEFGHI", [6, 11, 36, 40, 48, 26, 15, 15, 34]):
        ws.column_dimensions[col].width = w
    ws.cell(row=r + 1, column=1, value="Summary: 6 recommendations (1 x Priority 1, 4 x Priority 2, "
                                         "1 x Priority 3); 3 actions complete.").font = Font(italic=True)
    key = wb.create_sheet("Priority key")
    key["A1"] = "NIAO priority ratings"
    key["A1"].font = Font(bold=True)
    for i, (p, d) in enumerate([
            ("Priority 1", "Significant issues for the attention of senior management which may have the "
                           "potential to result in material weakness in internal control."),
            ("Priority 2", "Important issues to be addressed by management in their areas of responsibility."),
            ("Priority 3", "Issues of a more minor nature which represent best practice.")]):
        key.cell(row=3 + i, column=1, value=p)
        key.cell(row=3 + i, column=2, value=d)
    key.column_dimensions["A"].width = 12
    key.column_dimensions["B"].width = 100
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": "Fermanagh and Omagh District Council, management action plan on the Northern Ireland Audit "
                  "Office (Local Government Auditor) report to those charged with governance 2023-24, as "
                  "updated for the Council's Audit Panel (imitated; no URL used). Copies the NIAO RTTCWG "
                  "layout: finding, recommendation and priority 1/2/3 with a management response, responsible "
                  "officer and target date typed as text, merged recommendation cells over two actions, a "
                  "status word and progress column, a summary line and a separate priority key sheet. One "
                  "target date is mistyped 'Febuary 2026'.",
        "reads": "A council's tracker of eight management actions answering six NIAO recommendations. The target "
                 "date of the action on the gifts and hospitality register reads 'Febuary 2026', a mistyped "
                 "month; a careful reader would stop and ask rather than guess the due month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Report to those charged with governance 2023-24 – Management Action Plan",
    })
    return name, n_actions


if __name__ == "__main__":
    for fn in (gwent, sancta, pontnewydd, spa, hillcrest, sehsct, fodc):
        n, k = fn()
        print(f"{n}: {k} actions")
