#!/usr/bin/env python
"""Build the seven yy- cases of set heldout576 (data files and their expected readings).

Run with /work/main/.venv/bin/python yy_make.py from any directory; files are written
beside this script. Only files whose names start with yy- are written.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("yy-")
    return os.path.join(HERE, name)


class Quoted(str):
    pass


yaml.SafeDumper.add_representer(
    Quoted, lambda dumper, data: dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"'))


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": Quoted(ref) if ref is not None else None, "under": list(under), "action": action,
         "lead": list(lead), "end": Quoted(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, exp):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------- helpers (xlsx)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "welsh": PatternFill("solid", fgColor="B4C6E7"),
}


def header_row(ws, row, values, fill="head"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF" if fill == "head" else "000000")
        c.fill = FILL[fill]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def boxed(ws, row, ncols):
    for i in range(1, ncols + 1):
        c = ws.cell(row=row, column=i)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------- helpers (docx)
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


# ======================================================================= 1
# South Wales Police strategic risk register (xlsx) -- refuse: mistyped month
def make_swp():
    name = "yy-south-wales-police-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "South Wales Police – Strategic Risk Register 2025/26"
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Joint Audit Committee – 11 December 2025 (Quarter 2 position)"
    cv["A2"].font = Font(italic=True)
    info = [
        ("Document owner", "Head of Strategic Planning and Risk"),
        ("Version", "2.3"),
        ("Reviewed by", "Chief Officer Group, 25 November 2025"),
        ("Classification", "OFFICIAL"),
    ]
    r = 4
    for k, v in info:
        cv.cell(row=r, column=1, value=k).font = Font(bold=True)
        cv.cell(row=r, column=2, value=v)
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="Risk scoring (Likelihood x Impact)").font = Font(bold=True)
    for txt, f in (("1 – 4  Low", "green"), ("5 – 12  Medium", "amber"), ("15 – 25  High", "red")):
        r += 1
        c = cv.cell(row=r, column=1, value=txt)
        c.fill = FILL[f]
    r += 2
    cv.cell(row=r, column=1, value="Action status").font = Font(bold=True)
    for k, v in (("Complete", "Action delivered; to be removed at next review"),
                 ("On track", "Action progressing to target date"),
                 ("Slipped", "Target date at risk or missed"),
                 ("Not started", "Action not yet commenced")):
        r += 1
        cv.cell(row=r, column=1, value=k)
        cv.cell(row=r, column=2, value=v)
    cv.column_dimensions["A"].width = 36
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Strategic Risks")
    ws["A1"] = "Strategic Risk Register – Q2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Risks are scored Likelihood (L) x Impact (I). Further actions are tracked to "
                "completion; completed actions are removed at the following quarter's review.")
    ws["A2"].font = Font(italic=True)
    heads = ["Risk Ref", "Risk Title", "Risk Description (Cause / Event / Effect)", "Risk Owner",
             "Inherent L", "Inherent I", "Inherent Score", "Key Controls in Place",
             "Action Ref", "Further Action Required", "Action Owner", "Target Date",
             "Action Status", "Residual Score", "Trend"]
    header_row(ws, 4, heads)
    risks = [
        ("SR01", "Financial sustainability",
         "Cause: real-terms reductions in funding and pay and price inflation.\nEvent: the Force is "
         "unable to set a balanced budget over the MTFP period.\nEffect: reductions in officer and "
         "staff numbers and in service levels.",
         "Chief Finance Officer", 4, 5,
         "Medium Term Financial Plan; monthly budget monitoring to Chief Officer Group; "
         "reserves strategy; joint budget setting with the OPCC.", 12, "↔",
         [("SR01.1", "Deliver the 2026/27 efficiency programme (£6.4m), with each proposal signed "
                     "off at Chief Officer Group.", "Director of Finance", "March 2026", "On track"),
          ("SR01.2", "Update the Medium Term Financial Plan for the Home Office provisional "
                     "settlement and present it to the Commissioner.",
           "Director of Finance / OPCC Chief Finance Officer", "February 2026", "Not started")]),
        ("SR02", "Workforce capacity and capability",
         "Cause: high attrition of experienced detectives and specialist staff.\nEvent: insufficient "
         "skilled staff in key investigative roles.\nEffect: backlogs, poorer victim outcomes and "
         "wellbeing pressures.",
         "Deputy Chief Constable", 4, 4,
         "Strategic Workforce Board; Detective Pathway; retention interviews; wellbeing offer.",
         12, "↓",
         [("SR02.1", "Run the Detective Pathway recruitment campaign and the Investigative "
                     "Development Programme for PCs.",
           "Assistant Chief Constable (Crime, Intelligence and Justice)", "September 2025",
           "Complete"),
          ("SR02.2", "Refresh the workforce plan, including forecast leavers and specialist skills "
                     "gaps, and report it to the Strategic Workforce Board.",
           "Director of People", "Janaury 2026", "On track")]),
        ("SR03", "ICT and cyber resilience",
         "Cause: ageing infrastructure and an increasing cyber threat.\nEvent: loss of critical "
         "systems or a successful cyber attack.\nEffect: inability to deliver core policing "
         "services and loss of data.",
         "Director of Digital Services", 3, 5,
         "Joint Digital Services with Gwent Police; Cyber Essentials Plus; tested disaster "
         "recovery plans.", 10, "↔",
         [("SR03.1", "Complete migration of legacy servers to the joint South Wales and Gwent data "
                     "centre.", "Head of Digital Services", "December 2025", "Slipped"),
          ("SR03.2", "Deliver phishing simulation and cyber awareness training to all staff, with a "
                     "target of 90% completion.", "Information Security Officer", "March 2026",
           "On track")]),
        ("SR04", "Public confidence and professional standards",
         "Cause: national and local incidents of officer misconduct.\nEvent: loss of public trust "
         "in the Force.\nEffect: reduced reporting, cooperation and legitimacy.",
         "Deputy Chief Constable", 3, 5,
         "Professional Standards Department; Counter Corruption Unit; vetting policy; "
         "Independent Advisory Groups.", 10, "↔",
         [("SR04.1", "Implement the outstanding recommendations of the HMICFRS inspection of "
                     "vetting, misconduct and misogyny.", "Head of Professional Standards",
           "June 2026", "On track"),
          ("SR04.2", "Re-vet all officers and staff whose clearance is due to expire in 2025/26.",
           "Force Vetting Manager", "March 2026", "On track")]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "Slipped": "amber", "Not started": None}
    row = 5
    typo_row = None
    for ref, title, desc, owner, L, I, ctrl, resid, trend, acts in risks:
        first = row
        for aref, text, aowner, tdate, st in acts:
            ws.cell(row=row, column=9, value=aref)
            ws.cell(row=row, column=10, value=text)
            ws.cell(row=row, column=11, value=aowner)
            ws.cell(row=row, column=12, value=tdate)
            c = ws.cell(row=row, column=13, value=st)
            if status_fill[st]:
                c.fill = FILL[status_fill[st]]
            if tdate == "Janaury 2026":
                typo_row = row
            boxed(ws, row, len(heads))
            row += 1
        last = row - 1
        for col, val in ((1, ref), (2, title), (3, desc), (4, owner), (5, L), (6, I),
                         (7, L * I), (8, ctrl), (14, resid), (15, trend)):
            ws.cell(row=first, column=col, value=val)
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        sc = ws.cell(row=first, column=7)
        sc.fill = FILL["red" if L * I >= 15 else "amber"]
        rc = ws.cell(row=first, column=14)
        rc.fill = FILL["amber" if resid >= 5 else "green"]
    row += 1
    ws.cell(row=row, column=1, value="Summary of further actions").font = Font(bold=True)
    ws.cell(row=row + 1, column=1, value="Total: 8")
    ws.cell(row=row + 1, column=2, value="Complete: 1")
    ws.cell(row=row + 1, column=3, value="On track: 5")
    ws.cell(row=row + 1, column=4, value="Slipped: 1")
    ws.cell(row=row + 1, column=5, value="Not started: 1")
    widths = [9, 22, 45, 22, 8, 8, 9, 40, 9, 50, 30, 15, 13, 9, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out(name))
    assert typo_row == 8, typo_row

    exp = {
        "source": ("Imitates a police force strategic risk register as reported quarterly to a Welsh "
                   "force's Joint Audit Committee (South Wales Police and the Police and Crime "
                   "Commissioner, Q2 2025/26). Copies the cover sheet with document control, a "
                   "likelihood x impact scoring key and an action-status key, and a register sheet "
                   "with one block per strategic risk: ref, title, cause/event/effect description, "
                   "owner, inherent L/I/score and key controls merged vertically down the risk's "
                   "further-action rows, each action with its own ref, owner, text target date and "
                   "status (text plus fill), then residual score and trend, and a summary line of "
                   "action counts under the table."),
        "reads": ("A two-sheet risk register: a cover with scoring and status keys, then four "
                  "strategic risks SR01–SR04, each with two further actions that carry an owner, a "
                  "target month and a status. The target date of action SR02.2 on sheet row 8 reads "
                  "'Janaury 2026', a mistyped month that a careful reader would query before taking "
                  "the register's dates as read."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "South Wales Police – Strategic Risk Register 2025/26",
    }
    write_expected(name, exp)
    return name


# ======================================================================= 2
# Holy Trinity Primary School, Enniskillen -- ETI inspection action plan (docx)
def make_eti():
    name = "yy-holy-trinity-primary-school-enniskillen-eti-inspection-action-plan.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    title = "Holy Trinity Primary School, Enniskillen: Action Plan following ETI Inspection"
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Inspection: 22–25 January 2024   |   Plan agreed by the Board of "
                          "Governors: 12 March 2024   |   Progress updated: June 2025")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Prepared by", "Change"]):
        set_cell(c, h, bold=True)
    for row in (["1.0", "12/03/2024", "Principal", "Agreed by the Board of Governors"],
                ["1.1", "24/10/2024", "Senior Leadership Team", "Autumn progress update"],
                ["1.2", "16/06/2025", "Senior Leadership Team", "Summer progress update"]):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The Education and Training Inspectorate (ETI) reported that the school needs to address "
        "important areas for improvement in the interest of all the learners. The ETI will monitor "
        "the school's progress and there will be a formal follow-up inspection. The actions below "
        "are drawn from, and monitored through, the School Development Plan 2023–2026.")

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, fill, meaning in (("Red", "FF0000", "Not started or significantly behind schedule"),
                                ("Amber", "FFC000", "Started; some slippage against timescale"),
                                ("Green", "00B050", "On track"),
                                ("Blue", "0070C0", "Complete")):
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], meaning)

    afis = [
        ("To improve the consistency in the quality of the planning, teaching and assessment of "
         "numeracy in key stage 2, so that all of the children are challenged appropriately to "
         "achieve to the best of their ability.",
         [("1.1", "Numeracy co-ordinator to lead a review of the key stage 2 numeracy planning "
                  "framework, with explicit progression in mental mathematics and problem-solving.",
           "Revised planning in use in P5–P7; planning scrutiny shows clear progression.",
           "Numeracy Co-ordinator", "June 2024", "Blue", "2024-06", None, "blue"),
          ("1.2", "Whole-staff training on questioning and challenge in numeracy, delivered with the "
                  "Education Authority numeracy officer.",
           "Lesson observations show higher-order questioning in most lessons.",
           "Principal / Numeracy Co-ordinator", "Autumn term 2024", "Blue", "2024-12", None,
           "blue"),
          ("1.3", "Paired observations of numeracy lessons in P5–P7, with written feedback and agreed "
                  "next steps for each teacher.",
           "Observation records show improvement in the quality of teaching.",
           "Mrs C. Maguire and Mr D. Fitzpatrick", "Termly", "Green", None, "Termly", "green")]),
        ("To develop further the use of assessment information, at whole-school and class level, "
         "to identify and track the progress of the children who require additional support with "
         "their learning.",
         [("2.1", "Introduce a whole-school tracking spreadsheet bringing together standardised "
                  "scores (PTE, PTM, NGRT), teacher assessment and SEN information for every child.",
           "Tracker in use by all teachers; children requiring support identified early.",
           "Vice-Principal (Assessment Co-ordinator)", "31 October 2024", "Blue", "2024-10", None,
           "blue"),
          ("2.2", "Hold data review meetings with each class teacher after each assessment window to "
                  "agree the children requiring additional support.",
           "Minutes of review meetings; intervention groups reflect the data.",
           "SENCo; Vice-Principal", "February 2025", "Green", "2025-02", None, "green"),
          ("2.3", "Evaluate the impact of the Literacy and Numeracy support interventions using pre- "
                  "and post-intervention data, and report to the Board of Governors.",
           "Report to governors shows measurable progress for most children supported.",
           "SENCo", "June 2025", "Amber", "2025-06", None, "amber")]),
        ("To embed the revised arrangements for safeguarding and child protection, including the "
         "preventative curriculum, so that they reflect fully the guidance issued by the Department "
         "of Education.",
         [("3.1", "Update the Child Protection and Safeguarding Policy and the preventative "
                  "curriculum in line with Department of Education guidance, and share them with "
                  "parents.",
           "Updated policy ratified by governors and published on the school website.",
           "Designated Teacher", "April 2024", "Blue", "2024-04", None, "blue"),
          ("3.2", "Deliver safeguarding training for all staff and governors, with a record of "
                  "attendance kept by the Designated Teacher.",
           "All staff and governors trained; attendance record complete.",
           "Designated Teacher / Deputy Designated Teacher", "September 2024", "Blue", "2024-09",
           None, "blue"),
          ("3.3", "Governors' safeguarding sub-group to audit the arrangements and present its "
                  "findings to the full Board.",
           "Annual safeguarding audit presented to the Board of Governors.",
           "Chair of the Board of Governors", "Ongoing", "Green", None, "Ongoing", "green")]),
    ]
    fills = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    actions = []
    for i, (afi, rows) in enumerate(afis, start=1):
        doc.add_paragraph()
        h = doc.add_paragraph()
        hr = h.add_run(f"Area for Improvement {i}")
        hr.bold = True
        hr.font.size = Pt(12)
        hr.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        q = doc.add_paragraph()
        q.add_run(afi).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, ["Ref", "Actions to be taken", "Success criteria",
                                           "Responsibility", "Timescale", "RAG"]):
            set_cell(c, hd, bold=True)
            shade(c, "D9E1F2")
        for ref, a, sc, resp, ts, rag, end, end_text, status in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, a, sc, resp, ts, rag]):
                set_cell(c, v)
            shade(cells[5], fills[rag])
            lead = {"Principal / Numeracy Co-ordinator": ["Principal", "Numeracy Co-ordinator"],
                    "Mrs C. Maguire and Mr D. Fitzpatrick": ["Mrs C. Maguire", "Mr D. Fitzpatrick"],
                    "SENCo; Vice-Principal": ["SENCo", "Vice-Principal"],
                    "Designated Teacher / Deputy Designated Teacher":
                        ["Designated Teacher", "Deputy Designated Teacher"]}.get(resp, [resp])
            actions.append(act(ref, [afi], a, lead, end, status, end_text))

    doc.add_paragraph()
    doc.add_paragraph("Signed: ____________________ (Principal)      "
                      "____________________ (Chair of the Board of Governors)")
    doc.save(out(name))

    exp = {
        "source": ("Imitates a Northern Ireland primary school's action plan after an Education and "
                   "Training Inspectorate (ETI) inspection that identified areas for improvement "
                   "and a follow-up inspection (Holy Trinity Primary School, Enniskillen, 2024). "
                   "Copies the Word layout such schools share with governors: a centred title and "
                   "dates line, a document-control (version) table, an introductory paragraph, a "
                   "RAG key table, then for each area for improvement a bold 'Area for Improvement "
                   "N' label, the ETI wording in italics and its own table of actions (Ref, "
                   "Actions, Success criteria, Responsibility, Timescale, RAG word in a shaded "
                   "cell), and a signature line."),
        "reads": ("A school action plan with three ETI areas for improvement (numeracy in key stage "
                  "2, use of assessment information, safeguarding), each followed by a table of "
                  "three numbered actions with success criteria, the people or posts responsible, "
                  "a timescale (months, a school term, 'Termly', 'Ongoing') and a RAG word. The "
                  "document-control and RAG key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ======================================================================= 3
# Aneurin Bevan UHB -- HIW improvement plan, Ysbyty Ystrad Fawr (tab-separated txt)
def make_hiw():
    name = "yy-aneurin-bevan-uhb-hiw-ysbyty-ystrad-fawr-ward-inspection-improvement-plan.txt"
    title = ("Aneurin Bevan University Health Board – HIW Improvement Plan: Ysbyty Ystrad Fawr, "
             "Ward 2/3 (Older Adults)")
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action",
           "Responsible officer", "Timescale", "RAG", "Progress update (February 2025)"]
    S1 = "Quality of Patient Experience"
    S2 = "Delivery of Safe and Effective Care"
    S3 = "Quality of Management and Leadership"
    I1 = ("The health board must ensure that patients' privacy and dignity are maintained at all "
          "times, including the consistent use of curtains and privacy signage in bays.")
    I2 = ("The health board must ensure that the 'Active Offer' of Welsh language services is "
          "promoted on the ward and that information is available to patients in Welsh.")
    I3 = ("The health board must ensure that falls and pressure area risk assessments are completed "
          "within the required timescales and reviewed following any change in a patient's "
          "condition.")
    I4 = ("The health board must ensure that medication fridge temperatures are recorded daily and "
          "that action is taken when readings are outside the recommended range.")
    I5 = ("The health board must ensure that staff compliance with mandatory training improves, in "
          "particular for safeguarding level 3 and fire safety.")
    HCQS = "Health and Care Quality Standards 2023"
    rows = [
        ("section", S1),
        ("1.1", I1, HCQS + " – Person-centred",
         "Privacy signage fitted to all bay curtains; use of curtains added to the daily safety "
         "huddle reminders.", "Ward Manager", "31/08/2024", "B",
         "Complete – signage in place in all bays.", [S1, I1], ["Ward Manager"], "2024-08", None,
         "blue"),
        ("1.2", "", "",
         "Monthly dignity spot-check added to the ward audit schedule, with results reviewed at the "
         "ward quality meeting.", "Ward Manager / Senior Nurse, Older Adults", "30/09/2024", "B",
         "Complete – audits embedded; 100% compliance in December and January.", [S1, I1],
         ["Ward Manager", "Senior Nurse, Older Adults"], "2024-09", None, "blue"),
        ("1.3", I2, HCQS + " – Equitable",
         "Iaith Gwaith badges and lanyards issued to all Welsh-speaking staff; Active Offer poster "
         "displayed at the ward entrance and bilingual patient information stocked.",
         "Ward Manager", "October 2024", "B", "Complete.", [S1, I2], ["Ward Manager"], "2024-10",
         None, "blue"),
        ("section", S2),
        ("2.1", I3, HCQS + " – Safe",
         "Weekly audit of ten sets of nursing documentation against the all-Wales falls and "
         "pressure damage standards, with feedback to individual staff.", "Ward Manager",
         "Immediate and ongoing", "G", "Audits continuing; compliance 92% in January 2025.",
         [S2, I3], ["Ward Manager"], None, "Immediate and ongoing", "green"),
        ("2.2", "", "",
         "Welsh Nursing Care Record (WNCR) refresher training for all registered nurses and "
         "healthcare support workers on the ward.", "Practice Development Nurse", "31/12/2024", "A",
         "78% of staff trained to date; remaining sessions booked.", [S2, I3],
         ["Practice Development Nurse"], "2024-12", None, "amber"),
        ("2.3", I4, HCQS + " – Safe",
         "Daily fridge temperature check added to the night-shift checklist; escalation flowchart "
         "displayed on the medication fridge.", "Ward Manager", "Immediate", "B",
         "Complete – checked at each matron walkround.", [S2, I4], ["Ward Manager"], None,
         "Immediate", "blue"),
        ("2.4", "", "",
         "Fridge temperature records included in the quarterly ward medicines management audit.",
         "Lead Pharmacist, Medicine Division", "Q4 2024/25", "G",
         "First audit completed January 2025; no omissions found.", [S2, I4],
         ["Lead Pharmacist, Medicine Division"], "2025-03", None, "green"),
        ("section", S3),
        ("3.1", I5, HCQS + " – Workforce",
         "Training compliance reviewed for each member of staff at their PADR, with protected time "
         "given to complete outstanding e-learning.", "Ward Manager", "31/03/2025", "A",
         "Safeguarding level 3 at 81%; fire safety at 88%.", [S3, I5], ["Ward Manager"], "2025-03",
         None, "amber"),
        ("3.2", "", "",
         "Ward training compliance reported monthly to the Medicine Division Quality and Patient "
         "Safety meeting.", "Head of Nursing, Medicine Division", "Monthly", "G",
         "Reported monthly since September 2024.", [S3, I5], ["Head of Nursing, Medicine Division"],
         None, "Monthly", "green"),
    ]
    lines = [
        title,
        "Date of inspection:\t16–18 July 2024",
        "Report published:\t24 October 2024",
        "Reported to:\tPatient Quality, Safety and Outcomes Committee, 11 March 2025",
        "RAG:\tB = complete\tG = on track\tA = at risk of delay\tR = overdue",
        "",
        "Immediate improvement plan: no immediate assurance issues were identified during this "
        "inspection.",
        "",
        "\t".join(hdr),
    ]
    actions = []
    for r in rows:
        if r[0] == "section":
            lines.append(r[1])
            continue
        ref, imp, std, action, resp, ts, rag, prog, under, lead, end, end_text, status = r
        lines.append("\t".join([ref, imp, std, action, resp, ts, rag, prog]))
        actions.append(act(ref, under, action, lead, end, status, end_text))
    lines += [
        "",
        "Service representative",
        "Name (print):\tCatherine Prosser",
        "Job role:\tDivisional Nurse Director, Medicine",
        "Date:\t27/02/2025",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

    exp = {
        "source": ("Imitates the improvement plan that a Welsh health board returns to Healthcare "
                   "Inspectorate Wales after an unannounced hospital ward inspection, here Aneurin "
                   "Bevan University Health Board for a ward at Ysbyty Ystrad Fawr (2024), as a "
                   "tab-separated export of the committee progress version. Copies HIW's columns "
                   "(Improvement needed, Standard / Regulation, Service action, Responsible officer, "
                   "Timescale), the three HIW report themes as section lines, the note that no "
                   "immediate assurance issues were found, an added RAG letter and progress column "
                   "with a RAG key line, blank improvement cells on continuation actions, and the "
                   "closing 'Service representative' name/role/date block."),
        "reads": ("A tab-separated HIW improvement plan: five 'The health board must...' "
                  "improvements under three themes, answered by nine numbered service actions with a "
                  "responsible officer or two, a timescale (dates, Q4 2024/25, 'Immediate', "
                  "'Monthly') and a B/G/A RAG letter. The header lines, key, note and the service "
                  "representative block are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ======================================================================= 4
# West Dunbartonshire IJB -- Audit Scotland 2023/24 annual audit report action plan (csv)
def make_ijb():
    name = "yy-west-dunbartonshire-ijb-annual-audit-report-2023-24-action-plan.csv"
    title = ("West Dunbartonshire IJB – External Audit 2023/24 Annual Audit Report: Action Plan "
             "Progress")
    hdr = ["No.", "Issue/risk", "Recommendation", "Agreed management action",
           "Responsible officer", "Original date", "Revised date", "RAG", "Progress update"]
    D1 = "Financial management"
    D2 = "Financial sustainability"
    D3 = "Vision, leadership and governance"
    D4 = "Use of resources to improve outcomes"
    R_bf1 = ("The IJB should review its reserves policy, including the level of prudent general "
             "reserve, in light of the forecast use of earmarked reserves.")
    R2 = ("Budget monitoring reports should show progress against each approved saving, so that "
          "members can see where savings are at risk.")
    R1 = ("The IJB should update its medium-term financial plan to set out how the projected budget "
          "gap will be closed, including the savings and service redesign required.")
    R3 = ("The IJB, with its partners, should complete the review of the Integration Scheme and "
          "submit the revised scheme to Scottish Ministers.")
    R4 = ("The IJB should complete a self-assessment of the Board's effectiveness and agree an "
          "action plan to address the areas identified.")
    R_bf2 = ("Directions should specify the budget, the outcomes expected and a review date, in "
             "line with the statutory guidance on directions.")
    R5 = ("The IJB should develop its performance reporting so that it links spend to outcomes and "
          "includes benchmarking with similar partnerships.")
    rows = [
        ("section", D1),
        ("b/f 1", "Reserves are forecast to fall below the level set in the reserves policy by "
                  "2025/26.", R_bf1,
         "Reserves Policy to be reviewed and updated, including the level of prudent general "
         "reserve.", "Chief Financial Officer", "31 March 2024", "31 March 2025", "Green",
         "Draft policy to IJB on 25 March 2025 with the 2025/26 budget.", D1, R_bf1,
         ["Chief Financial Officer"], "2025-03", "green"),
        ("2", "Savings delivery is reported in total only, with no analysis by saving.", R2,
         "Revenue monitoring reports will include a reconciliation of savings delivered against the "
         "approved programme, with a RAG assessment for each saving.",
         "Chief Financial Officer / Head of Strategy and Transformation", "30 September 2024", "",
         "Blue", "Included from the period 6 report onwards.", D1, R2,
         ["Chief Financial Officer", "Head of Strategy and Transformation"], "2024-09", "blue"),
        ("section", D2),
        ("1", "The medium-term financial plan projects a cumulative budget gap of £21.4 million "
              "over 2024/25 to 2026/27.", R1,
         "The Medium-Term Financial Outlook 2025/26 to 2029/30 will be presented to the IJB with "
         "the 2025/26 budget, identifying recurring savings and transformation proposals to close "
         "the gap.", "Chief Financial Officer", "31 March 2025", "", "Green",
         "On the agenda for the IJB meeting on 25 March 2025.", D2, R1,
         ["Chief Financial Officer"], "2025-03", "green"),
        ("section", D3),
        ("3", "The review of the Integration Scheme, due in 2022, has not been completed.", R3,
         "Review of the Integration Scheme to be completed jointly with West Dunbartonshire Council "
         "and NHS Greater Glasgow and Clyde, and submitted to Scottish Ministers.", "Chief Officer",
         "31 December 2024", "30 September 2025", "Amber",
         "Consultation draft agreed by partners; timetable revised to allow consultation.", D3, R3,
         ["Chief Officer"], "2025-09", "amber"),
        ("4a", "The Board has not assessed its own effectiveness since 2019.", R4,
         "A Board development session will be held to complete the self-assessment using the "
         "Improvement Service framework.", "Chief Officer", "30 November 2024", "", "Blue",
         "Session held 14 November 2024.", D3, R4, ["Chief Officer"], "2024-11", "blue"),
        ("4b", "", "",
         "The action plan arising from the self-assessment will be agreed by the IJB and progress "
         "reported to the Audit and Performance Committee every six months.",
         "Head of Strategy and Transformation", "31 March 2025", "", "Green",
         "Action plan to IJB in March 2025.", D3, R4, ["Head of Strategy and Transformation"],
         "2025-03", "green"),
        ("b/f 2", "Directions issued to partners do not consistently set out budgets or review "
                  "dates.", R_bf2,
         "Directions policy refreshed so that each direction to West Dunbartonshire Council and "
         "NHSGGC specifies the budget, outcomes and review date.\nDirections log reported to each "
         "IJB meeting.", "Chief Officer", "30 June 2024", "", "Blue",
         "Revised policy approved June 2024; log reported to each meeting since.", D3, R_bf2,
         ["Chief Officer"], "2024-06", "blue"),
        ("section", D4),
        ("5", "Performance reports do not link financial performance to outcomes.", R5,
         "Quarterly performance reports will include benchmarking against the Core Integration "
         "Indicators and family group partnerships, with commentary on the link to financial "
         "performance.", "Head of Strategy and Transformation", "31 March 2025", "", "Green",
         "Benchmarking included in the Q3 report; commentary to follow in Q4.", D4, R5,
         ["Head of Strategy and Transformation"], "2025-03", "green"),
    ]
    ncol = len(hdr)

    def pad(vals):
        return list(vals) + [""] * (ncol - len(vals))

    table = [
        pad([title]),
        pad(["West Dunbartonshire Health and Social Care Partnership Board – Audit and Performance "
             "Committee, 11 March 2025"]),
        pad(["Source: Audit Scotland, 2023/24 Annual Audit Report (September 2024), Appendix 1 "
             "Action plan, including follow-up of prior year recommendations (b/f)."]),
        pad([]),
        hdr,
    ]
    actions = []
    for r in rows:
        if r[0] == "section":
            table.append(pad([r[1]]))
            continue
        no, issue, rec, action, resp, orig, rev, rag, prog, d, recu, lead, end, status = r
        table.append([no, issue, rec, action, resp, orig, rev, rag, prog])
        actions.append(act(no, [d, recu], action, lead, end, status))
    table.append(pad([]))
    table.append(pad(["Summary", "Total actions: 8", "Blue: 3", "Green: 4", "Amber: 1", "Red: 0"]))
    table.append(pad(["RAG key: Blue – complete; Green – on track for the agreed date; Amber – "
                      "revised date agreed; Red – overdue or not progressing"]))
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerows(table)

    exp = {
        "source": ("Imitates a Scottish integration joint board's progress tracker on the action "
                   "plan in Audit Scotland's annual audit report (West Dunbartonshire IJB, 2023/24 "
                   "annual audit report, reported to the Audit and Performance Committee in 2025), "
                   "saved as CSV. Copies Audit Scotland's Appendix 1 columns (No., Issue/risk, "
                   "Recommendation, Agreed management action, Responsible officer, date), prior "
                   "year 'b/f' recommendations mixed in with the new ones, section rows for the "
                   "wider-scope audit dimensions, original and revised dates, a RAG and progress "
                   "column, a continuation row (4b) with the recommendation left blank, a line "
                   "break inside one action, and summary and RAG-key lines at the foot."),
        "reads": ("An audit action tracker of eight agreed management actions grouped under four "
                  "audit dimensions, each answering an auditor's recommendation, with a responsible "
                  "officer or two, an original and sometimes a revised date, and a Blue/Green/Amber "
                  "RAG. Title lines, the source note, the summary and the key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ======================================================================= 5
# Fife HSCP -- Methilhaven Care Home, Care Inspectorate improvement plan (xlsx, fill-only RAG)
def make_methil():
    name = "yy-fife-hscp-methilhaven-care-home-care-inspectorate-improvement-plan.xlsx"
    title = "Methilhaven Care Home – Care Inspectorate Improvement Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Fife Health and Social Care Partnership (provider: Fife Council)"
    ws["A2"].font = Font(bold=True, size=11, color="1F3864")
    ws["A3"] = ("Unannounced inspection 4–6 June 2024  |  Report published 19 July 2024  |  "
                "Plan updated 31 January 2025")
    ws["A3"].font = Font(italic=True)
    info = [("Care service number", "CS2003079442"), ("Provider", "Fife Council"),
            ("Service type", "Care home service – older people (40 places)"),
            ("Registered manager", "Care Home Manager")]
    r = 5
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=3, value=v)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        r += 1
    hdr_row = r + 1  # 10
    heads = ["Ref", "Requirement / Area for improvement", "No.", "Action", "Lead", "Timescale",
             "RAG", "Progress / Evidence"]
    header_row(ws, hdr_row, heads)

    KQ1 = "Key Question 1: How well do we support people’s wellbeing?"
    KQ2 = "Key Question 2: How good is our leadership?"
    KQ5 = "Key Question 5: How well is our care and support planned?"
    REQ1 = ("By 30 September 2024, the provider must ensure that people receive their medication as "
            "prescribed. To do this, the provider must, at a minimum:\n"
            "a) ensure that protocols for ‘as required’ medication are in place and reviewed; and\n"
            "b) ensure that medication administration records are accurately completed.")
    AFI1 = ("To support people’s wellbeing, the provider should ensure that people have access to "
            "meaningful activity that reflects their interests, including opportunities to spend "
            "time outdoors.")
    AFI2 = ("The provider should ensure that quality assurance processes, including audits, lead to "
            "clear actions that are followed up and evaluated.")
    REQ2 = ("By 31 October 2024, the provider must ensure that each person’s personal plan reflects "
            "their current needs and is reviewed at least once in every six months in consultation "
            "with the person and their representatives.")
    d = dt.datetime
    blocks = [
        (KQ1, [
            ("Requirement 1", REQ1, [
                ("1.1", "Pharmacy-led review of the ‘as required’ (PRN) protocol for each resident, "
                        "with protocols held in the MAR folder.", "Depute Manager",
                 d(2024, 8, 31), "blue", "Completed 28/08/2024 – all 38 residents reviewed.",
                 ["Depute Manager"], "2024-08", None),
                ("1.2", "Weekly MAR chart audit by senior carers, with a monthly overview by the "
                        "manager reported to the Care Home Governance Group.",
                 "Senior Carers / Care Home Manager", d(2024, 9, 30), "green",
                 "Audits in place; errors reduced from 14 in June to 2 in December.",
                 ["Senior Carers", "Care Home Manager"], "2024-09", None),
            ]),
            ("Area for improvement 1", AFI1, [
                ("1.3", "Activity co-ordinator to complete a ‘What matters to me’ profile with each "
                        "resident and plan a weekly programme from them.", "Activity Co-ordinator",
                 d(2024, 10, 31), "blue", "Profiles complete; programme displayed on each unit.",
                 ["Activity Co-ordinator"], "2024-10", None),
                ("1.4", "Develop the garden courtyard with raised beds and seating, using funding "
                        "from Fife Health Charity.", "Care Home Manager", "May 2025", "amber",
                 "Funding approved; works delayed by contractor availability.",
                 ["Care Home Manager"], "2025-05", None),
            ]),
        ]),
        (KQ2, [
            ("Area for improvement 2", AFI2, [
                ("2.1", "Introduce a service improvement plan drawing together all audit actions, "
                        "reviewed at the monthly Care Home Governance Group.",
                 "Service Manager (Care Homes)", d(2024, 12, 31), "green",
                 "Plan in use since November 2024.", ["Service Manager (Care Homes)"], "2024-12",
                 None),
                ("2.2", "Monthly quality assurance visit by the Service Manager, with a written "
                        "report shared with the care home manager.",
                 "Service Manager (Care Homes)", d(2025, 2, 28), None,
                 "Not yet started – first visit booked for February 2025.",
                 ["Service Manager (Care Homes)"], "2025-02", None),
            ]),
        ]),
        (KQ5, [
            ("Requirement 2", REQ2, [
                ("5.1", "Audit all personal plans against the Health and Social Care Standards "
                        "using the Partnership’s care plan audit tool.", "Depute Manager",
                 d(2024, 9, 15), "blue", "Audit complete; 11 plans rewritten.",
                 ["Depute Manager"], "2024-09", None),
                ("5.2", "Six-monthly reviews scheduled for every resident, with invitations to "
                        "families recorded in the review tracker.", "L. Birrell & K. Morrison",
                 d(2024, 10, 31), "blue", "All reviews scheduled and recorded.",
                 ["L. Birrell", "K. Morrison"], "2024-10", None),
                ("5.3", "Training on outcome-focused care planning for all senior carers.",
                 "Learning and Development Officer", "Ongoing – monthly sessions", "green",
                 "18 of 22 senior carers trained.", ["Learning and Development Officer"], None,
                 "Ongoing – monthly sessions"),
            ]),
        ]),
    ]
    row = hdr_row + 1
    actions = []
    for kq, groups in blocks:
        ws.cell(row=row, column=1, value=kq)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        row += 1
        for label, text, acts in groups:
            first = row
            for no, a, lead_cell, ts, fill, prog, lead, end, end_text in acts:
                ws.cell(row=row, column=3, value=no)
                ws.cell(row=row, column=4, value=a)
                ws.cell(row=row, column=5, value=lead_cell)
                tc = ws.cell(row=row, column=6, value=ts)
                if isinstance(ts, dt.datetime):
                    tc.number_format = "dd/mm/yyyy"
                rc = ws.cell(row=row, column=7)
                if fill:
                    rc.fill = FILL[fill]
                ws.cell(row=row, column=8, value=prog)
                boxed(ws, row, 8)
                actions.append(act(no, [kq, text], a, lead, end, fill or "unrated", end_text))
                row += 1
            ws.cell(row=first, column=1, value=label).font = Font(bold=True)
            ws.cell(row=first, column=2, value=text)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    for fill, meaning in (("blue", "Complete"), ("green", "On track"),
                          ("amber", "Some slippage – revised plan in place"),
                          ("red", "Off track – escalated to Service Manager"),
                          (None, "No colour – not yet started")):
        row += 1
        c = ws.cell(row=row, column=1)
        if fill:
            c.fill = FILL[fill]
        c.border = BOX
        ws.cell(row=row, column=2, value=meaning)
    for col, w in zip("ABCDEFGH", [22, 55, 6, 50, 26, 14, 7, 40]):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Inspection grades")
    g["A1"] = "Grades awarded – June 2024"
    g["A1"].font = Font(bold=True)
    header_row(g, 3, ["Key question", "Grade"])
    for i, (k, v) in enumerate((("1. How well do we support people’s wellbeing?", "3 – Adequate"),
                                ("2. How good is our leadership?", "3 – Adequate"),
                                ("3. How good is our staff team?", "4 – Good"),
                                ("4. How good is our setting?", "4 – Good"),
                                ("5. How well is our care and support planned?", "2 – Weak")),
                               start=4):
        g.cell(row=i, column=1, value=k)
        g.cell(row=i, column=2, value=v)
    g.column_dimensions["A"].width = 50
    g.column_dimensions["B"].width = 16
    wb.save(out(name))

    exp = {
        "source": ("Imitates a Scottish health and social care partnership's improvement plan for "
                   "one of its own care homes after an unannounced Care Inspectorate inspection "
                   "(Fife HSCP, Methilhaven Care Home, 2024). Copies the Care Inspectorate's key "
                   "questions as full-width band rows, requirements (with the 'By <date>, the "
                   "provider must...' wording and a) / b) sub-points) and areas for improvement "
                   "with their labels and texts merged down their action rows, numbered actions "
                   "with lead, real Excel dates or words as timescale, a RAG column coloured by "
                   "fill only (one cell left uncoloured), a progress column, a colour key under "
                   "the table, a service details block at the top and a separate grades sheet."),
        "reads": ("A care home improvement plan of nine numbered actions under three Care "
                  "Inspectorate key questions, each action answering a requirement or an area for "
                  "improvement, with a lead post or person(s), a timescale and a RAG shown only as "
                  "cell colour (blue complete, green on track, amber slippage, none not started). "
                  "The service details, colour key and grades sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ======================================================================= 6
# Rose Court Nursing Home, Ballymena -- RQIA care inspection QIP action plan (docx)
def make_rqia():
    name = "yy-rose-court-nursing-home-ballymena-rqia-care-inspection-qip-action-plan.docx"
    title = "Rose Court Nursing Home, Ballymena: Quality Improvement Plan"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Provider action plan in response to the RQIA unannounced care inspection")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Registered Provider", "Rose Court Care Ltd"),
                 ("Responsible Individual", "Mrs Gillian Crawford"),
                 ("Registered Manager", "Ms Andrea Logan"),
                 ("Date of inspection", "9 October 2024"),
                 ("Type of inspection", "Unannounced care inspection"),
                 ("Plan last updated", "20 January 2025")):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v)

    doc.add_paragraph()
    doc.add_paragraph(
        "The areas for improvement identified during this inspection are detailed in the QIP. "
        "Details of the QIP were discussed with Ms Andrea Logan, Registered Manager, as part of the "
        "inspection process. The timescales commence from the date of inspection. Our actions in "
        "response to each area for improvement are set out beneath it.")
    doc.add_paragraph("Status: Complete / On track / Not started")

    SEC1 = ("Action required to ensure compliance with The Nursing Homes Regulations (Northern "
            "Ireland) 2005")
    SEC2 = ("Action required to ensure compliance with the Care Standards for Nursing Homes "
            "(December 2022)")
    A1 = ("The registered person shall ensure that the repositioning records of residents are "
          "accurately and contemporaneously maintained, and that any deficits are escalated to the "
          "nurse in charge.")
    A2 = ("The registered person shall ensure that fire doors are not wedged or propped open and "
          "that actions from the fire risk assessment are addressed within the specified "
          "timescales.")
    A3 = ("The registered person shall ensure that the daily menu is displayed in a suitable format "
          "and that residents, including those on modified diets, are offered a choice of meal.")
    A4 = ("The registered person shall ensure that the monthly monitoring report includes an action "
          "plan which is reviewed at each subsequent visit.")
    sections = [
        (SEC1, [
            (1, "Ref: Regulation 13 (1) (a) and (b)", "Stated: First time",
             "To be completed by: With immediate effect (9 October 2024)", A1, [
                 ("Repositioning charts reviewed at each safety briefing by the nurse in charge, with "
                  "gaps addressed before the end of the shift.", "Nurse in charge (each shift)",
                  "October 2024", "Complete", ["Nurse in charge (each shift)"], "2024-10", None,
                  "blue"),
                 ("Weekly audit of repositioning records for all residents on two-hourly "
                  "repositioning; results shared at the monthly staff meeting.",
                  "Registered Manager / Deputy Manager", "30/11/2024", "On track",
                  ["Registered Manager", "Deputy Manager"], "2024-11", None, "green"),
             ]),
            (2, "Ref: Regulation 27 (4) (b)", "Stated: First time",
             "To be completed by: 9 November 2024", A2, [
                 ("Door wedges removed; magnetic door holders linked to the fire alarm fitted to the "
                  "lounge and dining room doors.", "Maintenance Manager", "November 2024",
                  "Complete", ["Maintenance Manager"], "2024-11", None, "blue"),
                 ("Fire risk assessment action log reviewed monthly by the Registered Manager and "
                  "the Responsible Individual.", "Registered Manager; Responsible Individual",
                  "Monthly", "On track", ["Registered Manager", "Responsible Individual"], None,
                  "Monthly", "green"),
             ]),
        ]),
        (SEC2, [
            (3, "Ref: Standard 12", "Stated: Second time",
             "To be completed by: 30 November 2024", A3, [
                 ("Pictorial menus introduced in both dining rooms and updated daily by the catering "
                  "team.", "Catering Manager", "31/10/2024", "Complete", ["Catering Manager"],
                  "2024-10", None, "blue"),
                 ("IDDSI training for all care assistants and kitchen staff; a choice of two "
                  "modified meals offered at each main meal.", "Catering Manager and Clinical Lead",
                  "January 2025", "On track", ["Catering Manager", "Clinical Lead"], "2025-01",
                  None, "green"),
             ]),
            (4, "Ref: Standard 35", "Stated: First time",
             "To be completed by: 31 December 2024", A4, [
                 ("Monthly monitoring report template revised to include a rolling action plan "
                  "carried forward from the previous visit.", "Responsible Individual",
                  "December 2024", "Complete", ["Responsible Individual"], "2024-12", None, "blue"),
                 ("Action plan reviewed at the quarterly governance meeting with the Registered "
                  "Manager.", "Responsible Individual", "31/03/2025", "Not started",
                  ["Responsible Individual"], "2025-03", None, "unrated"),
             ]),
        ]),
    ]
    actions = []
    for sec, afis in sections:
        doc.add_paragraph()
        hp = doc.add_paragraph()
        hr = hp.add_run(sec)
        hr.bold = True
        hr.font.size = Pt(11)
        for n, ref, stated, by, text, acts in afis:
            t = doc.add_table(rows=4, cols=4)
            t.style = "Table Grid"
            for c, v in zip(t.rows[0].cells, [f"Area for improvement {n}", ref, stated, by]):
                set_cell(c, v, bold=True)
                shade(c, "DEEAF6")
            m = t.rows[1].cells[0].merge(t.rows[1].cells[3])
            set_cell(m, text)
            m = t.rows[2].cells[0].merge(t.rows[2].cells[3])
            set_cell(m, "Response by registered person detailing the actions taken:", bold=True)
            for c, v in zip(t.rows[3].cells, ["Action", "Lead", "By", "Status"]):
                set_cell(c, v, bold=True)
                shade(c, "F2F2F2")
            for a, lead_cell, when, status_word, lead, end, end_text, status in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a, lead_cell, when, status_word]):
                    set_cell(c, v)
                actions.append(act(None, [sec, text], a, lead, end, status, end_text))
            doc.add_paragraph()

    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    set_cell(s.rows[0].cells[0], "Signed (Registered Manager)", bold=True)
    set_cell(s.rows[0].cells[1], "Andrea Logan")
    set_cell(s.rows[1].cells[0], "Date", bold=True)
    set_cell(s.rows[1].cells[1], "20/01/2025")
    doc.add_paragraph()
    doc.add_paragraph("*Please ensure this document is completed in full and returned via the Web "
                      "Portal*").runs[0].italic = True
    doc.save(out(name))

    exp = {
        "source": ("Imitates a Northern Ireland nursing home's provider action plan built on the "
                   "RQIA Quality Improvement Plan (QIP) after an unannounced care inspection (Rose "
                   "Court Nursing Home, Ballymena, 2024). Copies the QIP's two parts ('Action "
                   "required to ensure compliance with The Nursing Homes Regulations (Northern "
                   "Ireland) 2005' and '... the Care Standards for Nursing Homes (December 2022)'), "
                   "one Word table per area for improvement with the 'Area for improvement N | Ref: "
                   "| Stated: | To be completed by:' header row, the 'The registered person shall "
                   "ensure...' text and 'Response by registered person detailing the actions "
                   "taken:' as merged rows, then the provider's own action rows (Action, Lead, By, "
                   "Status) without refs; plus the service details table, a status line and the "
                   "signed/date table and Web Portal note."),
        "reads": ("A nursing home QIP response with four RQIA areas for improvement, two under the "
                  "Regulations and two under the Care Standards, each answered by two unnumbered "
                  "actions with a lead post (sometimes two), a 'By' month or 'Monthly' and a status "
                  "word. The details table, the signature table and the notes are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name


# ======================================================================= 7
# Cyngor Gwynedd -- Council Plan 2023-28 delivery plan 2025/26, Q2 (xlsx, bilingual, sheets)
def make_gwynedd():
    name = "yy-cyngor-gwynedd-council-plan-2023-28-annual-delivery-plan-2025-26.xlsx"
    title = ("Cynllun y Cyngor 2023-28 / Council Plan 2023-28 – Cynllun Cyflawni / Delivery Plan "
             "2025/26: Chwarter 2 / Quarter 2")
    GW = "Gwyrdd / Green"
    AM = "Ambr / Amber"
    CO = "Coch / Red"
    CW = "Cwblhawyd / Complete"
    stat = {GW: "green", AM: "amber", CO: "red", CW: "blue"}
    fill = {GW: "green", AM: "amber", CO: "red", CW: "blue"}
    sheets = [
        ("Ffyniannus - Prosperous", "Gwynedd Ffyniannus – A Prosperous Gwynedd",
         "Cabinet Member for Economy and Community", [
             ("1. Hybu’r economi leol / Supporting the local economy", [
                 ("FF1", "Deliver the Shared Prosperity Fund business grants scheme with Busnes "
                         "Cymru, supporting at least 120 Gwynedd businesses.",
                  "Head of Economy and Community Department", "March 2026", "", GW, GW,
                  "87 businesses supported to the end of September.",
                  ["Head of Economy and Community Department"], "2026-03"),
                 ("FF2", "Complete regeneration plans for Porthmadog and Pwllheli town centres and "
                         "consult on them with local members and town councils.",
                  "Regeneration Manager / Assistant Head of Economy", "December 2025", "March 2026",
                  GW, AM, "Consultation extended to include the Pwllheli harbour scheme.",
                  ["Regeneration Manager", "Assistant Head of Economy"], "2026-03"),
             ]),
             ("2. Cyflogaeth a sgiliau / Employment and skills", [
                 ("FF3", "Launch the Council’s 2025/26 apprenticeship scheme with 20 apprenticeship "
                         "places across Council departments.",
                  "Head of Corporate Support Department", "September 2025", "", AM, CW,
                  "22 apprentices started in September 2025.",
                  ["Head of Corporate Support Department"], "2025-09"),
             ]),
         ]),
        ("Gartrefol - Homely", "Gwynedd Gartrefol – A Homely Gwynedd",
         "Cabinet Member for Housing and Property", [
             ("1. Cynllun Gweithredu Tai / Housing Action Plan", [
                 ("GG1", "Bring 40 empty properties back into use through the Empty Homes grant and "
                         "loan schemes.", "Head of Housing and Property Department", "March 2026",
                  "", GW, GW, "23 properties brought back into use.",
                  ["Head of Housing and Property Department"], "2026-03"),
                 ("GG2", "Complete the purchase of 25 homes for temporary accommodation to reduce "
                         "the use of bed and breakfast.", "Homelessness Service Manager",
                  "31/12/2025", "", AM, CO,
                  "11 purchases completed; conveyancing delays on a further 6.",
                  ["Homelessness Service Manager"], "2025-12"),
                 ("GG3", "Report to the Cabinet on the impact of the Article 4 Direction on the "
                         "local housing market.", "Head of Environment Department", "July 2025",
                  "October 2025", AM, CW, "Report considered by the Cabinet on 14 October 2025.",
                  ["Head of Environment Department"], "2025-10"),
             ]),
         ]),
        ("Gwyrdd - Green", "Gwynedd Werdd – A Green Gwynedd",
         "Cabinet Member for Environment", [
             ("1. Ymateb i’r argyfwng hinsawdd / Responding to the climate emergency", [
                 ("GW1", "Install solar PV panels on a further 10 Council buildings under the "
                         "Climate and Nature Emergency Plan.", "Climate Change Programme Manager",
                  "March 2026", "", GW, AM, "Grid connection approval awaited for 4 sites.",
                  ["Climate Change Programme Manager"], "2026-03"),
                 ("GW2", "Replace 30 fleet vehicles with electric vehicles and install charging "
                         "points at Council depots.",
                  "Head of Highways, Engineering and YGC Department", "March 2026", "", GW, GW,
                  "19 vehicles delivered; depot chargers installed at Caernarfon and Dolgellau.",
                  ["Head of Highways, Engineering and YGC Department"], "2026-03"),
             ]),
             ("2. Lleihau gwastraff / Reducing waste", [
                 ("GW3", "Introduce new recycling collection arrangements for businesses in line "
                         "with the Workplace Recycling Regulations.",
                  "Waste and Recycling Manager; Commercial Services Manager", "June 2025", "", CW,
                  CW, "In place since June 2025.",
                  ["Waste and Recycling Manager", "Commercial Services Manager"], "2025-06"),
             ]),
         ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Crynodeb - Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Adroddiad i’r Cabinet / Report to the Cabinet – 18 November 2025"
    sm["A2"].font = Font(italic=True)
    header_row(sm, 4, ["Maes blaenoriaeth / Priority area", "Cyfanswm / Total", CW, GW, AM, CO])
    r = 5
    totals = [0, 0, 0, 0, 0]
    for _, banner, _, projects in sheets:
        q2 = [a[6] for _, acts in projects for a in acts]
        counts = [len(q2), q2.count(CW), q2.count(GW), q2.count(AM), q2.count(CO)]
        sm.cell(row=r, column=1, value=banner)
        for i, n in enumerate(counts, start=2):
            sm.cell(row=r, column=i, value=n)
        totals = [a + b for a, b in zip(totals, counts)]
        boxed(sm, r, 6)
        r += 1
    sm.cell(row=r, column=1, value="Cyfanswm / Total").font = Font(bold=True)
    for i, n in enumerate(totals, start=2):
        sm.cell(row=r, column=i, value=n).font = Font(bold=True)
    boxed(sm, r, 6)
    r += 2
    sm.cell(row=r, column=1, value="Allwedd / Key").font = Font(bold=True)
    for word, meaning in ((CW, "Action delivered"), (GW, "On track to meet the target date"),
                          (AM, "Some slippage; revised target agreed"),
                          (CO, "Off track; will not meet the target date")):
        r += 1
        c = sm.cell(row=r, column=1, value=word)
        c.fill = FILL[fill[word]]
        sm.cell(row=r, column=2, value=meaning)
    sm.column_dimensions["A"].width = 48
    for col in "BCDEF":
        sm.column_dimensions[col].width = 18

    heads = ["Cyf / Ref", "Cam gweithredu / Action", "Swyddog arweiniol / Lead officer",
             "Targed gwreiddiol / Original target", "Targed diwygiedig / Revised target",
             "Statws Ch1 / Q1 status", "Statws Ch2 / Q2 status", "Sylwadau / Commentary"]
    actions = []
    for sheetname, banner, member, projects in sheets:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = "Cynllun y Cyngor 2023-28 / Council Plan 2023-28 – Delivery Plan 2025/26"
        ws["A1"].font = Font(size=10, italic=True)
        ws["A2"] = banner
        ws["A2"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A2"].fill = FILL["head"]
        ws.merge_cells("A2:H2")
        ws["A3"] = "Aelod Cabinet / Cabinet Member: " + member
        header_row(ws, 5, heads, fill="welsh")
        row = 6
        for band, acts in projects:
            c = ws.cell(row=row, column=1, value=band)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
            for ref, a, lead_cell, orig, rev, q1, q2, com, lead, end in acts:
                for col, v in enumerate([ref, a, lead_cell, orig, rev or None, q1, q2, com],
                                        start=1):
                    ws.cell(row=row, column=col, value=v)
                ws.cell(row=row, column=6).fill = FILL[fill[q1]]
                ws.cell(row=row, column=7).fill = FILL[fill[q2]]
                boxed(ws, row, 8)
                actions.append(act(ref, [banner, band], a, lead, end, stat[q2]))
                row += 1
        for col, w in zip("ABCDEFGH", [10, 55, 32, 16, 16, 18, 18, 45]):
            ws.column_dimensions[col].width = w
    wb.save(out(name))

    exp = {
        "source": ("Imitates a Welsh council's quarterly progress report on the annual delivery "
                   "plan for its Council Plan (Cyngor Gwynedd, Council Plan 2023-28, delivery plan "
                   "2025/26 at quarter 2, reported to the Cabinet). Copies the bilingual "
                   "Welsh/English headings a Welsh-first council uses, a summary sheet with counts "
                   "per priority area, a totals row and a status key, then one sheet per priority "
                   "area with a banner, cabinet member line and numbered project band rows, and for "
                   "each action original and revised targets and previous (Q1) and current (Q2) "
                   "status words in both languages with matching fills."),
        "reads": ("A council delivery plan of nine referenced actions across three priority-area "
                  "sheets (A Prosperous, A Homely, A Green Gwynedd), grouped under numbered "
                  "projects, each with a lead officer or two, an original and sometimes a revised "
                  "target and Q1 and Q2 statuses, of which the Q2 status is current. The summary "
                  "sheet, its totals and the key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_expected(name, exp)
    return name


if __name__ == "__main__":
    for fn in (make_swp, make_eti, make_hiw, make_ijb, make_methil, make_rqia, make_gwynedd):
        print(fn())
