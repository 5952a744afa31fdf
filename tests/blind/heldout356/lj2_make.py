"""Build the seven lj2- cases of heldout356 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python lj2_make.py from any directory; files are
written beside this script. Each case's data file is built here, and its
NAME.expected.yaml is written from the same strings (the reading a person makes).
"""
import csv
import datetime as dt
import io
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "theme": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome, title, actions=None, accept_refusal=False, refuse_at=None):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=4096)


# ---------------------------------------------------------------------------
# 1. Scottish Borders PPC - ASP learning review 'Mr M' improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def case_scottish_borders():
    name = "lj2-scottish-borders-ppc-asp-learning-review-mr-m-improvement-action-plan.xlsx"
    title = "Adult Support and Protection Learning Review ‘Mr M’ – Improvement Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Scottish Borders Public Protection Committee"
    cov["A3"] = "Version 1.2 – September 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("1.0", "14/11/2024", "Public Protection Lead Officer", "Action plan agreed by Chief Officers Group"),
        ("1.1", "06/03/2025", "Public Protection Lead Officer", "Q4 2024/25 progress update"),
        ("1.2", "01/09/2025", "Public Protection Lead Officer", "Progress update for PPC on 11/09/2025; revised timescales for 1.2 and 3.1 agreed"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cov["A11"] = "RAG status key"
    cov["A11"].font = Font(bold=True)
    key = [
        ("red", "Significant delay – at risk of not being delivered"),
        ("amber", "Some slippage – timescale revised or at risk"),
        ("green", "In progress and on track"),
        ("blue", "Complete – evidence provided to the PPC"),
        (None, "No colour – not yet due to start"),
    ]
    for i, (col, text) in enumerate(key):
        a = cov.cell(row=12 + i, column=1, value=None)
        a.border = BOX
        if col:
            a.fill = fill(FILL[col])
        b = cov.cell(row=12 + i, column=2, value=text)
        b.border = BOX
    cov["A18"] = "Chair of the learning review: independent reviewer commissioned by the PPC. Report published November 2024."
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 32
    cov.column_dimensions["D"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Progress as at 1 September 2025 – for Public Protection Committee, 11 September 2025"
    ws.merge_cells("A2:H2")
    heads = ["Learning point / recommendation", "Ref", "Improvement action", "Lead",
             "Original timescale", "Revised timescale", "Progress update", "RAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["head"])
        c.alignment = WRAP
        c.border = BOX

    T1 = "Theme 1: Recognising and responding to self-neglect"
    T2 = "Theme 2: Information sharing and escalation"
    T3 = "Theme 3: Workforce support and reflective practice"
    R1 = ("Recommendation 1: The PPC should seek assurance that the multi-agency self-neglect and "
          "hoarding protocol is understood and applied by practitioners in all agencies.")
    R2 = ("Recommendation 2: Agencies should ensure that repeated refusals of care and support "
          "trigger a review of risk and consideration of an adult protection referral.")
    R3 = ("Recommendation 3: NHS Borders and the Council should agree a shared process for "
          "escalating concerns when an adult at risk is not brought to, or does not attend, "
          "health appointments.")
    R4 = ("Recommendation 4: Housing providers should be invited to adult protection case "
          "conferences where the adult's tenancy is at risk.")
    R5 = ("Recommendation 5: The PPC should ensure that staff working with adults who self-neglect "
          "have access to reflective supervision and multi-agency learning.")

    # (theme-or-None, rec, ref, action, lead, orig, revised, progress, rag, expected)
    A = []
    A.append((T1, R1, "1.1",
              "Refresh the self-neglect and hoarding protocol, incorporating the learning from this review and the clutter image rating scale.",
              "Public Protection Lead Officer", "March 2025", None,
              "Refreshed protocol approved by the PPC on 13 March 2025 and published on the PPC website.",
              "blue", act("1.1", [T1, R1], None, ["Public Protection Lead Officer"], "2025-03", "blue")))
    A.append((None, R1, "1.2",
              "Deliver multi-agency briefings on the refreshed protocol to adult social work, NHS Borders community teams, Scottish Fire and Rescue Service and registered social landlords.",
              "Learning and Development Officer (Public Protection)", "June 2025", "December 2025",
              "Four of seven briefings delivered (86 attendees).\nRemaining sessions booked for October and November 2025 following a delay in trainer availability.",
              "amber", act("1.2", [T1, R1], None, ["Learning and Development Officer (Public Protection)"], "2025-12", "amber")))
    A.append((None, R2, "2.1",
              "Amend the case recording system so that a third declined service within 12 months prompts a mandatory risk review by the allocated worker's team leader.",
              "Service Manager (Adult Social Work) / Systems Development Manager", "September 2025", None,
              "Change specified and tested; release scheduled for 22 September 2025.",
              "green", act("2.1", [T1, R2], None, ["Service Manager (Adult Social Work)", "Systems Development Manager"], "2025-09", "green")))
    A.append((T2, R3, "3.1",
              "Develop a ‘was not brought / did not attend’ escalation pathway for adults with care and support needs, linked to the Inter-agency Referral Discussion (IRD) process.",
              "NHS Borders Adult Protection Lead Nurse", dt.datetime(2025, 3, 31), dt.datetime(2025, 9, 30),
              "Draft pathway consulted on; for sign-off at NHS Borders Clinical Governance Committee on 24 September 2025.",
              "green", act("3.1", [T2, R3], None, ["NHS Borders Adult Protection Lead Nurse"], "2025-09", "green")))
    A.append((None, R3, "3.2",
              "Audit a sample of 20 IRDs to test whether health information was shared within the agreed timescales.",
              "Quality Assurance Sub-group Chair", "December 2025", None,
              "Audit tool agreed; case sample to be drawn in October 2025.",
              None, act("3.2", [T2, R3], None, ["Quality Assurance Sub-group Chair"], "2025-12", "unrated")))
    A.append((None, R4, "4.1",
              "Update the ASP case conference guidance to include registered social landlords as invitees where a tenancy is at risk, and confirm named contacts with each landlord.",
              "Adult Protection Coordinator", "June 2025", None,
              "Guidance updated and issued; named contacts confirmed with all four registered social landlords.",
              "blue", act("4.1", [T2, R4], None, ["Adult Protection Coordinator"], "2025-06", "blue")))
    A.append((T3, R5, "5.1",
              "Introduce quarterly multi-agency reflective practice sessions on complex self-neglect cases.",
              "Public Protection Lead Officer / Principal Officer Adult Protection", "Ongoing", None,
              "Sessions held in May and August 2025; next session November 2025.",
              "green", act("5.1", [T3, R5], None, ["Public Protection Lead Officer", "Principal Officer Adult Protection"], None, "green", end_text="Ongoing")))
    A.append((None, R5, "5.2",
              "Publish a 7-minute briefing on the learning from the ‘Mr M’ review and share it across all partner agencies.",
              "PPC Communications Sub-group", "January 2025", None,
              "Published January 2025 and shared through partner intranets and the PPC newsletter.",
              "blue", act("5.2", [T3, R5], None, ["PPC Communications Sub-group"], "2025-01", "blue")))

    row = 5
    rec_start = {}
    expected = []
    for theme, rec, ref, text, lead, orig, rev, prog, rag, exp in A:
        if theme:
            c = ws.cell(row=row, column=1, value=theme)
            c.font = Font(bold=True)
            for j in range(1, 9):
                ws.cell(row=row, column=j).fill = fill(FILL["theme"])
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            row += 1
        rec_start.setdefault(rec, [row, row])
        rec_start[rec][1] = row
        vals = [None, ref, text, lead, orig, rev, prog, None]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=row, column=8).fill = fill(FILL[rag])
        exp["action"] = text
        expected.append(exp)
        row += 1
    for rec, (r1, r2) in rec_start.items():
        c = ws.cell(row=r1, column=1, value=rec)
        c.alignment = WRAP
        c.border = BOX
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="Summary of progress").font = Font(bold=True)
    summ = [("Complete", 3), ("On track", 3), ("Some slippage", 1), ("Significant delay", 0), ("Not yet due to start", 1), ("Total actions", 8)]
    for i, (k, v) in enumerate(summ):
        ws.cell(row=row + 1 + i, column=1, value=k).border = BOX
        ws.cell(row=row + 1 + i, column=2, value=v).border = BOX
    widths = [38, 6, 48, 26, 14, 14, 44, 8]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Scottish Adult Protection Committee (here the Scottish Borders Public Protection "
                "Committee, 2024-25) improvement action plan following an Adult Support and Protection learning "
                "review, as described in the Scottish Government's ASP learning review guidance "
                "(https://www.gov.scot/publications/adult-support-protection-learning-review-guidance/). "
                "Copied features: cover sheet with document-control table and a fill-colour RAG key, "
                "theme rows merged across the sheet, recommendation text in a vertically merged first column, "
                "original and revised timescale columns (one a real date cell), RAG shown only as cell fill, "
                "a summary block under the plan."),
        reads=("Two sheets: a cover with version history and the RAG colour key, and the action plan. "
               "Eight numbered actions sit under three themes and five recommendations (the recommendation is "
               "a merged cell at the left); status is the fill colour of the RAG cell and revised timescales "
               "replace the original ones for 1.2 and 3.1."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 2. Safer Croydon Partnership - DHR 'Jade' action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def case_croydon_dhr():
    name = "lj2-safer-croydon-partnership-dhr-jade-action-plan.docx"
    title = "Domestic Homicide Review ‘Jade’ – Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Safer Croydon Partnership")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Review", "DHR ‘Jade’ (Croydon DHR 2023/02)"),
        ("Independent Chair and author", "Independent DHR Chair commissioned by the Safer Croydon Partnership"),
        ("Home Office Quality Assurance Panel", "Overview report approved 12 March 2025"),
        ("Action plan owner", "Safer Croydon Partnership Board"),
        ("Last updated", "14 October 2025"),
    ]:
        r = info.add_row()
        set_cell(r.cells[0], k, bold=True)
        set_cell(r.cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not progressing; Amber – progressing with delay; Green – on track; "
                      "Complete – action completed and evidenced to the DHR Oversight Group.")

    S1 = "1. Overview Report Recommendations"
    S2 = "2. Single Agency Recommendations – Metropolitan Police Service (South BCU)"
    S3 = "3. Single Agency Recommendations – Croydon Health Services NHS Trust"
    R1 = ("Recommendation 1: The Safer Croydon Partnership should review how the Multi-Agency Risk "
          "Assessment Conference (MARAC) identifies and responds to repeat referrals.")
    R2 = ("Recommendation 2: All partner agencies should ensure that frontline staff are trained to "
          "recognise and ask about economic abuse and coercive control.")
    R3 = ("Recommendation 3: The Safer Croydon Partnership should raise awareness of local domestic "
          "abuse support in faith and community settings.")
    M1 = ("MPS 1: South BCU should ensure that officers attending domestic abuse incidents record the "
          "voice of the victim in the Domestic Abuse Risk Assessment (DARA).")
    C1 = ("CHS 1: The Trust should strengthen routine enquiry about domestic abuse in the Emergency "
          "Department.")
    expected = []

    # overview table
    doc.add_heading(S1, level=1)
    hdr = ["No.", "Recommendation", "Scope", "Action to take", "Lead Agency",
           "Key milestones achieved", "Target Date", "Date of completion and outcome", "RAG"]
    rows = [
        ("1.1", R1, "Local",
         "Undertake a dip-sample audit of all repeat MARAC referrals between April 2024 and March 2025.",
         "MARAC Coordinator",
         "Audit of 46 cases completed; findings presented to the Domestic Abuse and Sexual Violence Partnership Board.",
         "July 2025", "Completed 23/07/2025 – audit report and six learning points shared with MARAC members.",
         "Complete", ["MARAC Coordinator"], "2025-07", None, "blue"),
        ("1.2", R1, "Local",
         "Revise the MARAC operating protocol so that a third referral within 12 months triggers a multi-agency case review led by the MARAC Chair.",
         "MARAC Chair (MPS) / DASV Strategic Lead",
         "Draft protocol circulated for consultation in September 2025.",
         "December 2025", "", "Green",
         ["MARAC Chair (MPS)", "DASV Strategic Lead"], "2025-12", None, "green"),
        ("2.1", R2, "Local",
         "Add economic abuse and coercive control modules to the multi-agency safeguarding training offer.",
         "CSAB Business Manager; CSCP Business Manager",
         "Module commissioned from a specialist provider; first cohort booked for January 2026.",
         "March 2026", "", "Green",
         ["CSAB Business Manager", "CSCP Business Manager"], "2026-03", None, "green"),
        ("3.1", R3, "Local",
         "Run a community awareness campaign with faith leaders during the 16 Days of Activism, with materials translated into the five most spoken community languages.",
         "Safer Croydon Partnership Manager",
         "Materials translated; 14 faith venues signed up.\nFaith leaders’ event moved to January 2026.",
         "Nov 2025 (revised: Jan 2026)", "", "Amber",
         ["Safer Croydon Partnership Manager"], "2026-01", None, "amber"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    first = {}
    for ref, rec, scope, text, lead, miles, target, done, rag, elead, eend, etext, estat in rows:
        r = t.add_row()
        idx = len(t.rows) - 1
        first.setdefault(rec, [idx, idx])[1] = idx
        vals = [ref, None, scope, text, lead, miles, target, done, rag]
        for j, v in enumerate(vals):
            if v is not None:
                set_cell(r.cells[j], v)
        expected.append(act(ref, [S1, rec], text, elead, eend, estat, end_text=etext))
    for rec, (a, b) in first.items():
        cell = t.cell(a, 1)
        if b > a:
            cell = cell.merge(t.cell(b, 1))
        set_cell(cell, rec)

    def agency_table(section, rec, items):
        doc.add_heading(section, level=1)
        h2 = ["No.", "Recommendation", "Action to take", "Lead officer", "Target date", "Progress / outcome", "RAG"]
        tb = doc.add_table(rows=1, cols=len(h2))
        tb.style = "Table Grid"
        for j, h in enumerate(h2):
            set_cell(tb.rows[0].cells[j], h, bold=True)
            shade(tb.rows[0].cells[j], "D9E2F3")
        for ref, text, lead, target, prog, rag, elead, eend, etext, estat in items:
            r = tb.add_row()
            for j, v in enumerate([ref, None, text, lead, target, prog, rag]):
                if v is not None:
                    set_cell(r.cells[j], v)
            expected.append(act(ref, [section, rec], text, elead, eend, estat, end_text=etext))
        cell = tb.cell(1, 1)
        if len(items) > 1:
            cell = cell.merge(tb.cell(len(items), 1))
        set_cell(cell, rec)

    agency_table(S2, M1, [
        ("MPS1.1",
         "Brief all response team officers on recording the victim’s voice in the DARA, supported by a supervisor checklist.",
         "DSU Public Protection (South BCU)", "Sept 2025",
         "Briefings delivered to all eight response teams; checklist in use from 1 September 2025.",
         "Complete", ["DSU Public Protection (South BCU)"], "2025-09", None, "blue"),
        ("MPS1.2",
         "Audit 30 DARA forms each quarter for evidence of the victim’s voice and report the results to the DHR Oversight Group.",
         "South BCU Safeguarding Hub Inspector", "Quarterly",
         "Q1 audit: 24 of 30 forms met the standard. Q2 audit under way.",
         "Green", ["South BCU Safeguarding Hub Inspector"], None, "Quarterly", "green"),
    ])
    agency_table(S3, C1, [
        ("CHS1.1",
         "Add a mandatory routine enquiry prompt to the Emergency Department triage record in the electronic patient record.",
         "Named Nurse Safeguarding Adults; ED Matron", "31/01/2026",
         "Change request raised; awaiting a build slot from the EPR team.",
         "Amber", ["Named Nurse Safeguarding Adults", "ED Matron"], "2026-01", None, "amber"),
        ("CHS1.2",
         "Deliver IDVA-led training on routine enquiry to ED nursing and medical staff, reaching 85% compliance.",
         "Hospital IDVA Service", "March 2026",
         "Not yet started – hospital IDVA post vacant since August 2025; recruitment under way.",
         "Red", ["Hospital IDVA Service"], "2026-03", None, "red"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Progress on this action plan is reported quarterly to the DHR Oversight Group and "
                      "the Safer Croydon Partnership Board. Actions are closed only when evidence has been "
                      "received and agreed by the Oversight Group.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a London community safety partnership's domestic homicide review action plan "
                "(Safer Croydon Partnership, 2025), built on the Home Office DHR action plan template "
                "(columns Recommendation / Scope / Action to take / Lead Agency / Key milestones achieved / "
                "Target Date / Date of completion and outcome; see the Home Office domestic homicide report guide, "
                "https://www.gov.uk/government/publications/domestic-homicide-report-guide). Copied features: title "
                "and review information table, a RAG key paragraph, one table for the overview report "
                "recommendations and one table per agency for single-agency recommendations, recommendation "
                "text vertically merged over its actions, a revised date inside the target cell, several "
                "leads in one cell, a 'Quarterly' timescale."),
        reads=("A Word action plan for DHR ‘Jade’: a review information table, then three numbered sections "
               "each with its own table. Eight actions answer five recommendations (the recommendation cell "
               "is merged down beside its actions); the status is the RAG word in the last column."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 3. Lewisham and Greenwich NHS Trust - Trust Board (public) action log (csv)
# ---------------------------------------------------------------------------
def case_lgt_board_log():
    name = "lj2-lewisham-and-greenwich-nhs-trust-board-public-action-log.csv"
    title = "Lewisham and Greenwich NHS Trust – Trust Board (Public) Action Log"
    ncol = 8
    O = "Open actions"
    C = "Actions proposed for closure"
    rows = [
        [title], ["Updated for the Trust Board meeting in public on 11 September 2025"], [],
        ["Key: B = complete – proposed for closure; G = on track or not yet due; A = date revised or at risk; R = overdue"],
        [],
        ["Action No.", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Progress update", "RAG"],
        [O],
    ]
    items_open = [
        ("TB/25/007", "13/03/2025", "TB25/031",
         "Provide a breakdown of 12-hour waits in the Emergency Departments at Queen Elizabeth Hospital and University Hospital Lewisham, by age group and by mental health presentation.",
         "Chief Operating Officer", "July 2025 (revised to Nov 2025)",
         "Data validation delayed by the ED system upgrade.\nAnalysis to come to the November Board via the Quality Committee.",
         "A", ["Chief Operating Officer"], "2025-11", None, "amber"),
        ("TB/25/011", "08/05/2025", "TB25/058",
         "Bring back an update on the recruitment of additional consultant obstetricians to support 24/7 labour ward presence.",
         "Chief Medical Officer / Director of Midwifery", "Sep-25",
         "Update on today's agenda (item 9.2, Maternity and Neonatal Safety Report).",
         "G", ["Chief Medical Officer", "Director of Midwifery"], "2025-09", None, "green"),
        ("TB/25/014", "08/05/2025", "TB25/062",
         "Circulate the Freedom to Speak Up benchmarking against other south east London providers to Board members.",
         "Chief People Officer", "30/09/2025",
         "Benchmarking received from the regional FTSU network; to be circulated by 30 September.",
         "G", ["Chief People Officer"], "2025-09", None, "green"),
        ("TB/25/019", "10/07/2025", "TB25/084",
         "Review the Board Assurance Framework risk on estates backlog maintenance, including its score, at the Finance and Investment Committee, and report the outcome to the Board.",
         "Chief Finance Officer; Director of Estates and Facilities", "Oct-25",
         "Scheduled for the Finance and Investment Committee on 2 October 2025.",
         "G", ["Chief Finance Officer", "Director of Estates and Facilities"], "2025-10", None, "green"),
        ("TB/25/020", "10/07/2025", "TB25/085",
         "Write to the patient who presented the patient story to thank them, and confirm the changes made to how discharge medicines are explained.",
         "Chief Nursing Officer", "Aug-25",
         "Letter drafted, not yet sent. To be completed this week.",
         "R", ["Chief Nursing Officer"], "2025-08", None, "red"),
        ("TB/25/022", "10/07/2025", "TB25/090",
         "Set out the trajectory for reducing anaesthetic gas emissions, including the decommissioning of piped nitrous oxide at Queen Elizabeth Hospital.",
         "Director of Strategy", "Q4 2025/26",
         "Green Plan steering group to agree the trajectory in December.",
         "G", ["Director of Strategy"], "2026-03", None, "green"),
    ]
    items_closed = [
        ("TB/25/003", "16/01/2025", "TB25/009",
         "Report the outcome of the winter escalation ward evaluation to the Quality Committee.",
         "Chief Operating Officer", "Apr-25",
         "Presented to the Quality Committee on 17 April 2025. Propose closure.",
         "B", ["Chief Operating Officer"], "2025-04", None, "blue"),
        ("TB/25/009", "13/03/2025", "TB25/040",
         "Include the Workforce Race Equality Standard indicators for bank staff in the next WRES report.",
         "Chief People Officer", "Jun-25",
         "Included in the WRES report to the July Board. Propose closure.",
         "B", ["Chief People Officer"], "2025-06", None, "blue"),
        ("TB/25/016", "08/05/2025", "TB25/066",
         "Add a section on the Trust's contribution to the south east London elective recovery programme to the Annual Report narrative.",
         "Director of Corporate Affairs", "Jun-25",
         "Completed – Annual Report laid before Parliament in July 2025. Propose closure.",
         "B", ["Director of Corporate Affairs"], "2025-06", None, "blue"),
    ]
    expected = []
    for it in items_open:
        rows.append(list(it[:8]))
        expected.append(act(it[0], [O], it[3], it[8], it[9], it[11], end_text=it[10]))
    rows.append([C])
    for it in items_closed:
        rows.append(list(it[:8]))
        expected.append(act(it[0], [C], it[3], it[8], it[9], it[11], end_text=it[10]))
    rows.append([])
    rows.append(["Open actions: 6", "", "", "Proposed for closure: 3"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r + [""] * (ncol - len(r)))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_expected(
        name,
        source=("Imitates an NHS acute trust's public Trust Board action log (Lewisham and Greenwich NHS Trust, "
                "2025) as published in board papers, saved from Excel as CSV. Copied features: title and "
                "'updated for' lines, a B/G/A/R key line, columns Action No. / Meeting date / Minute ref / Action / "
                "Lead / Due date / Progress update / RAG, open actions first and actions proposed for closure "
                "below, a revised due date written in the due date cell, a financial-quarter due date, "
                "two leads in a cell, a progress update with an inner line break (quoted across two lines), "
                "a totals line at the foot."),
        reads=("A CSV board action log: nine actions with Trust action numbers, six under 'Open actions' and "
               "three under 'Actions proposed for closure', each with an executive lead, a due date and a RAG "
               "letter explained by the key line at the top."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 4. Imperial College Healthcare NHS Trust - maternity & neonatal improvement plan (xlsx)
# ---------------------------------------------------------------------------
def case_imperial_maternity():
    name = "lj2-imperial-college-healthcare-nhst-maternity-neonatal-improvement-plan.xlsx"
    title = "Imperial College Healthcare NHS Trust – Maternity and Neonatal Improvement Plan 2025/26"
    T1 = "Theme 1: Listening to and working with women and families with compassion"
    T2 = "Theme 2: Growing, retaining and supporting our workforce"
    T3 = "Theme 3: Developing and sustaining a culture of safety, learning and support"
    T4 = "Theme 4: Standards and structures that underpin safer, more personalised and more equitable care"
    D = dt.datetime
    # ref, source, action, leads(cell), start, orig, revised, progress, evidence, brag, exp leads, exp end, exp status
    items = [
        (T1, "M1.1", "CQC MD1",
         "Appoint a Maternity and Neonatal Voices Partnership (MNVP) lead for each site and agree a jointly owned workplan.",
         "Director of Midwifery", D(2025, 4, 1), D(2025, 9, 30), None,
         "MNVP leads in post at both sites; workplan signed off in July 2025.", "MNVP workplan v2 (SharePoint)",
         "B", ["Director of Midwifery"], "2025-09", "blue"),
        (T1, "M1.2", "3YDP",
         "Audit access to interpreting services for women whose first language is not English, and act on the findings.",
         "Consultant Midwife (Public Health); Head of Patient Experience", D(2025, 5, 1), D(2025, 10, 31), None,
         "Audit complete; improvement actions being drafted with the interpreting provider.", "Audit report Aug-25",
         "G", ["Consultant Midwife (Public Health)", "Head of Patient Experience"], "2025-10", "green"),
        (T1, "M1.3", "Complaints themes",
         "Introduce a postnatal debrief offer, with a named contact, for all women who have had an unexpected outcome.",
         "Consultant Midwife (Birth Choices)", D(2025, 4, 1), D(2025, 6, 30), D(2025, 12, 31),
         "Pilot at St Mary's Hospital extended; resource for Queen Charlotte's & Chelsea Hospital being identified.", "",
         "A", ["Consultant Midwife (Birth Choices)"], "2025-12", "amber"),
        (T2, "M2.1", "CQC MD2",
         "Achieve 90% compliance with multidisciplinary obstetric emergency (PROMPT) training for every staff group.",
         "Practice Development Midwife Lead / Obstetric Training Lead", D(2025, 4, 1), D(2025, 8, 31), D(2025, 11, 30),
         "Midwives 94%, obstetricians 88%, anaesthetists 79%.\nAdditional anaesthetic sessions booked for October.", "Training dashboard",
         "A", ["Practice Development Midwife Lead", "Obstetric Training Lead"], "2025-11", "amber"),
        (T2, "M2.2", "3YDP",
         "Implement the midwifery retention plan, including the preceptorship buddy scheme and flexible rostering requests.",
         "Deputy Director of Midwifery", D(2025, 4, 1), D(2026, 3, 31), None,
         "Turnover down from 14.1% to 11.8%; buddy scheme launched June 2025.", "Retention plan v1.3",
         "G", ["Deputy Director of Midwifery"], "2026-03", "green"),
        (T2, "M2.3", "Safe staffing",
         "Complete the BirthRate Plus acuity review and present the recommended midwifery establishment to the Trust Board.",
         "Director of Midwifery", D(2025, 4, 1), D(2025, 7, 31), None,
         "Presented to Trust Board in July 2025; funding for 12.4 WTE midwives agreed.", "Board paper Jul-25",
         "B", ["Director of Midwifery"], "2025-07", "blue"),
        (T3, "M3.1", "CQC MD4",
         "Embed monthly Perinatal Quad safety walkabouts on the labour wards at both sites, with actions logged and fed back to staff.",
         "Perinatal Quad", D(2025, 5, 1), D(2025, 9, 30), None,
         "Walkabouts held monthly since May; ‘you said, we did’ boards in place.", "Walkabout log",
         "G", ["Perinatal Quad"], "2025-09", "green"),
        (T3, "M3.2", "PSIRF",
         "Reduce the number of open maternity incidents older than 60 days to zero.",
         "Maternity Governance Lead", D(2025, 4, 1), D(2025, 5, 31), D(2025, 8, 31),
         "Backlog now 23 incidents (was 112). Not achieved by the revised date; escalated to Quality Committee.", "Datix report",
         "R", ["Maternity Governance Lead"], "2025-08", "red"),
        (T4, "M4.1", "CQC MD6",
         "Replace the fetal monitoring central surveillance system on the labour ward at St Mary's Hospital.",
         "Head of Clinical Engineering; Digital Maternity Lead", D(2025, 6, 1), D(2026, 1, 31), None,
         "Procurement complete; installation planned for January 2026.", "",
         "G", ["Head of Clinical Engineering", "Digital Maternity Lead"], "2026-01", "green"),
        (T4, "M4.2", "SBLCB v3",
         "Achieve full compliance with all six elements of the Saving Babies’ Lives Care Bundle version 3.",
         "Fetal Medicine Consultant Lead", D(2025, 4, 1), D(2026, 3, 31), None,
         "Element 4 (preterm birth) at 82%; all other elements fully compliant.", "SBLCB quarterly return",
         "G", ["Fetal Medicine Consultant Lead"], "2026-03", "green"),
        (T4, "M4.3", "CQC MD8",
         "Use the Birmingham Symptom-specific Obstetric Triage System (BSOTS) for all unscheduled attendances, with 95% of women seen by a midwife within 15 minutes.",
         "Triage Lead Midwife", None, D(2025, 12, 31), None,
         "Not yet started – due to begin once the triage refurbishment is complete.", "",
         None, ["Triage Lead Midwife"], "2025-12", "unrated"),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Summary of progress – position at 31 August 2025 (report to Maternity and Neonatal Safety Champions, September 2025)"
    hdr = ["Theme", "Actions", "Blue", "Green", "Amber", "Red", "Not started"]
    for j, h in enumerate(hdr):
        c = s.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    counts = {}
    for it in items:
        k = counts.setdefault(it[0], [0, 0, 0, 0, 0, 0])
        k[0] += 1
        k[{"B": 1, "G": 2, "A": 3, "R": 4, None: 5}[it[10]]] += 1
    r = 5
    tot = [0] * 6
    for th, k in counts.items():
        s.cell(row=r, column=1, value=th.split(":")[0]).border = BOX
        for j, v in enumerate(k):
            s.cell(row=r, column=2 + j, value=v).border = BOX
            tot[j] += v
        r += 1
    s.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, v in enumerate(tot):
        s.cell(row=r, column=2 + j, value=v).font = Font(bold=True)
    s.column_dimensions["A"].width = 20

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Sources: CQC maternity inspection findings (MD = must do); three-year delivery plan for maternity "
                "and neonatal services (3YDP); local learning from incidents, complaints and audit.")
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Source", "Action required", "Lead(s)", "Start date", "Original due date",
             "Revised due date", "Progress this period", "Evidence", "BRAG"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    row = 5
    cur = None
    expected = []
    bragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for it in items:
        th, ref, src, text, leads, start, orig, rev, prog, evid, brag, elead, eend, estat = it
        if th != cur:
            c = ws.cell(row=row, column=1, value=th)
            c.font = Font(bold=True)
            for j in range(1, 11):
                ws.cell(row=row, column=j).fill = fill("E4DFEC")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            cur = th
            row += 1
        for j, v in enumerate([ref, src, text, leads, start, orig, rev, prog, evid, brag]):
            c = ws.cell(row=row, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if brag:
            ws.cell(row=row, column=10).fill = fill(FILL[bragfill[brag]])
            ws.cell(row=row, column=10).alignment = Alignment(horizontal="center", vertical="top")
        expected.append(act(ref, [th], text, elead, eend, estat))
        row += 1
    for j, wdt in enumerate([7, 12, 46, 28, 11, 11, 11, 40, 18, 7]):
        ws.column_dimensions["ABCDEFGHIJ"[j]].width = wdt
    ws.freeze_panes = "A5"

    k = wb.create_sheet("BRAG key")
    k["A1"] = "BRAG key"
    k["A1"].font = Font(bold=True)
    for i, (letter, col, text) in enumerate([
        ("B", "blue", "Blue – action delivered and evidenced (complete)"),
        ("G", "green", "Green – on track to deliver by the due date"),
        ("A", "amber", "Amber – at risk, or due date revised"),
        ("R", "red", "Red – off track / past the revised due date"),
        ("", None, "Blank – not yet started"),
    ]):
        a = k.cell(row=3 + i, column=1, value=letter)
        if col:
            a.fill = fill(FILL[col])
        k.cell(row=3 + i, column=2, value=text)
    k.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an NHS trust maternity and neonatal improvement plan reported to board / safety "
                "champions (Imperial College Healthcare NHS Trust, 2025/26), in the style of published trust plans "
                "such as the Shrewsbury and Telford Ockenden action plan (columns Ref / Action required / Start Date / "
                "Due Date / status / Status Commentary / Lead / Location of Evidence; "
                "https://fdocuments.us/document/local-actions-for-learning-theme-1-maternity-care.html) grouped "
                "under the four themes of NHS England's three-year delivery plan. Copied features: summary sheet "
                "with counts per theme and totals, theme rows merged across the plan sheet, source column, "
                "original and revised due dates as real date cells, BRAG letter with matching fill, a separate "
                "BRAG key sheet, two leads in one cell."),
        reads=("Three sheets: a summary table of counts, the improvement plan, and a BRAG key. The plan holds "
               "eleven actions M1.1–M4.3 under four theme rows; the revised due date, where given, replaces the "
               "original; status is the BRAG letter (blank for the one not yet started)."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 5. Islington Council - corporate risk register Q3 2025/26 (xlsx) - REFUSE
# ---------------------------------------------------------------------------
def case_islington_crr():
    name = "lj2-islington-council-corporate-risk-register-q3-2025-26-typo-month-refuse.xlsx"
    title = "Islington Council – Corporate Risk Register, Quarter 3 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Position at 31 December 2025. Scores use a 5 x 5 matrix (likelihood x impact) – see the "
                "'Scoring key' sheet. Reported to Audit Committee, January 2026.")
    groups = [("A3:E3", "Risk"), ("F3:H3", "Current risk"), ("I3:J3", "Trend and target"), ("K3:O3", "Further actions required")]
    for rng, text in groups:
        ws[rng.split(":")[0]] = text
        ws.merge_cells(rng)
        ws[rng.split(":")[0]].font = Font(bold=True)
        ws[rng.split(":")[0]].alignment = Alignment(horizontal="center")
    heads = ["Ref", "Risk", "Description (cause / event / consequence)", "Risk owner", "Key existing controls",
             "L", "I", "Score", "Direction of travel", "Target score", "Action ref", "Further action",
             "Action owner", "Target date", "Action status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("CR01", "Financial resilience",
         "Cause: rising demand in social care and temporary accommodation, and uncertainty over future funding.\nEvent: the Council cannot set a balanced budget.\nConsequence: emergency spending controls and a section 114 risk.",
         "Corporate Director of Resources", "Medium Term Financial Strategy; monthly budget monitoring; reserves policy.",
         4, 5, 20, "→", 12,
         [("CR01a", "Deliver the 2025/26 savings programme of £14.3m, tracked monthly at the Budget Monitoring Board.", "Director of Finance", "Mar-26", "On track"),
          ("CR01b", "Refresh the Medium Term Financial Strategy to 2029/30 following the provisional Local Government Finance Settlement.", "Director of Finance", "Febuary 2026", "On track"),
          ("CR01c", "Agree a recovery plan for the Dedicated Schools Grant high needs deficit with the Department for Education.", "Director of Finance; Director of Learning and Culture", "Jun-26", "Delayed")]),
        ("CR02", "Building safety and housing regulatory compliance",
         "Cause: age and construction of the housing stock; new Building Safety Act duties.\nEvent: failure to meet fire, structural or consumer standards.\nConsequence: harm to residents and regulatory intervention.",
         "Corporate Director of Homes and Neighbourhoods", "Building safety case reports; compliance dashboard; Resident Safety Board.",
         3, 5, 15, "↓", 10,
         [("CR02a", "Complete fire risk assessments for all residential blocks to the revised PAS 79 standard.", "Director of Repairs and Building Safety", "Mar-26", "On track"),
          ("CR02b", "Close 90% of overdue high-risk fire safety actions.", "Head of Building Safety", "Dec-25", "Complete"),
          ("CR02c", "Submit Building Assessment Certificate applications for higher-risk buildings when called in by the Building Safety Regulator.", "Head of Building Safety", "Ongoing", "On track")]),
        ("CR03", "Cyber security",
         "Cause: increasing sophistication of cyber attacks on local government.\nEvent: a successful ransomware or data breach.\nConsequence: loss of systems and services, data loss and fines.",
         "Chief Digital and Information Officer", "Managed detection and response service; staff phishing training; offline backups.",
         4, 4, 16, "→", 12,
         [("CR03a", "Achieve Cyber Essentials Plus re-certification.", "Head of IT Security", "Jan-26", "On track"),
          ("CR03b", "Run a cyber incident exercise with the Corporate Management Board.", "Head of IT Security", "Nov-25", "Complete")]),
        ("CR04", "Temporary accommodation demand",
         "Cause: homelessness approaches up 18% year on year; shortage of affordable private rented homes.\nEvent: demand exceeds supply of suitable temporary accommodation.\nConsequence: families in nightly-paid accommodation and a budget overspend.",
         "Corporate Director of Homes and Neighbourhoods", "Temporary accommodation procurement strategy; weekly placement panel.",
         5, 4, 20, "↑", 12,
         [("CR04a", "Acquire 60 additional homes for use as temporary accommodation through the acquisitions programme.", "Director of Housing Needs", "Mar-26", "Delayed"),
          ("CR04b", "End the use of nightly-paid accommodation for families beyond six weeks.", "Head of Housing Needs and Temporary Accommodation", "Jun-26", "On track")]),
    ]
    row = 5
    typo_row = None
    for ref, rtitle, desc, owner, controls, l, i, sc, dot, tgt, acts in risks:
        first = row
        for aref, atext, aown, adate, astat in acts:
            for j, v in enumerate([aref, atext, aown, adate, astat]):
                c = ws.cell(row=row, column=11 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if adate.startswith("Febuary"):
                typo_row = row
            row += 1
        last = row - 1
        for j, v in enumerate([ref, rtitle, desc, owner, controls, l, i, sc, dot, tgt]):
            c = ws.cell(row=first, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if last > first:
                ws.merge_cells(start_row=first, start_column=1 + j, end_row=last, end_column=1 + j)
        ws.cell(row=first, column=8).fill = fill(FILL["red"] if sc >= 15 else FILL["amber"])
    row += 1
    ws.cell(row=row, column=1, value="Direction of travel: ↑ increasing, → no change, ↓ reducing (since Quarter 2).")
    for j, wdt in enumerate([7, 18, 44, 22, 30, 4, 4, 6, 9, 8, 8, 44, 24, 12, 12]):
        ws.column_dimensions[chr(65 + j)].width = wdt
    k = wb.create_sheet("Scoring key")
    k["A1"] = "Risk scoring key"
    k["A1"].font = Font(bold=True)
    for idx, (band, rng, col) in enumerate([("High", "15–25", "red"), ("Medium", "8–12", "amber"), ("Low", "1–6", "green")]):
        k.cell(row=3 + idx, column=1, value=band).fill = fill(FILL[col])
        k.cell(row=3 + idx, column=2, value=rng)
    k["A7"] = "Likelihood: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain"
    k["A8"] = "Impact: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Critical"
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None

    write_expected(
        name,
        source=("Imitates a London borough corporate risk register quarterly report to Audit Committee "
                "(Islington Council, Q3 2025/26). Copied features: title and position line, grouped header row "
                "(Risk / Current risk / Trend and target / Further actions required), cause-event-consequence "
                "descriptions, likelihood x impact scores with fill on the score, direction-of-travel arrows, "
                "risk cells merged down over their further-action rows, action refs CR01a etc., a scoring key sheet."),
        reads=("A risk register whose further-action rows carry owners, target dates and statuses. The target "
               "date of action CR01b reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks "
               "what date was meant before taking the plan in."),
        outcome="refuse", title=title, refuse_at=typo_row)
    return typo_row


# ---------------------------------------------------------------------------
# 6. Camden Council - transformation programme highlight report (docx)
# ---------------------------------------------------------------------------
def case_camden_highlight():
    name = "lj2-camden-council-transformation-programme-highlight-report.docx"
    title = "Camden Council Transformation Programme – Highlight Report"
    doc = Document()
    landscape(doc)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Reporting period: Period 6 (September 2025)   |   Report to: Transformation Board, 9 October 2025")
    summ = doc.add_table(rows=0, cols=4)
    summ.style = "Table Grid"
    for a, b, c, d in [
        ("Programme", "Council Transformation Programme", "Senior Responsible Owner", "Executive Director Corporate Services"),
        ("Programme Manager", "Head of Transformation PMO", "Budget 2025/26", "£6.8m (forecast £6.6m)"),
        ("Overall RAG – previous", "Amber", "Overall RAG – current", "Amber"),
    ]:
        r = summ.add_row()
        set_cell(r.cells[0], a, bold=True)
        set_cell(r.cells[1], b)
        set_cell(r.cells[2], c, bold=True)
        set_cell(r.cells[3], d)
    shade(summ.rows[2].cells[1], FILL["amber"])
    shade(summ.rows[2].cells[3], FILL["amber"])
    doc.add_heading("Executive summary", level=2)
    doc.add_paragraph(
        "The programme remains Amber overall. The resident account went live on 15 September. The telephony "
        "migration has slipped to January 2026 and the depot disposals are now Red pending legal advice. "
        "Benefits realised to date are £1.9m against a full-year target of £3.2m.")

    W = [
        ("Workstream 1 – Digital and Customer Access", [
            ("DCA-01", "Launch the new resident account on the council website, bringing together council tax, parking permits and waste services.",
             "Head of Digital Services", "Jun-25", "Sep-25", "A", "B",
             "Went live 15 September 2025; 11,400 accounts created in the first fortnight.",
             ["Head of Digital Services"], "2025-09", None, "blue"),
            ("DCA-02", "Migrate the contact centre telephony to the new cloud contact centre platform.",
             "Head of Customer Services / IT Infrastructure Manager", "Aug-25", "Jan-26", "G", "A",
             "Supplier testing found an integration issue with the CRM; revised go-live agreed by the Board.",
             ["Head of Customer Services", "IT Infrastructure Manager"], "2026-01", None, "amber"),
            ("DCA-03", "Complete an accessibility audit of the 50 most-visited web pages and fix all WCAG 2.2 AA failures.",
             "Digital Content Manager", "Nov-25", "Nov-25", "G", "G",
             "Audit complete; 31 of 50 pages fixed.",
             ["Digital Content Manager"], "2025-11", None, "green"),
        ]),
        ("Workstream 2 – Property and Accommodation", [
            ("PA-01", "Vacate two floors of the council’s main office building and let them to a public sector partner.",
             "Director of Property Management", "Mar-26", "Mar-26", "G", "G",
             "Heads of terms agreed with the prospective tenant.",
             ["Director of Property Management"], "2026-03", None, "green"),
            ("PA-02", "Agree a disposal strategy for the three surplus depots identified in the asset review.",
             "Head of Strategic Property", "Jul-25", "Dec-25", "A", "R",
             "Cabinet decision deferred; legal advice on a restrictive covenant at one site awaited.",
             ["Head of Strategic Property"], "2025-12", None, "red"),
            ("PA-03", "Introduce desk booking across all council office buildings.",
             "Facilities Manager", "May-25", "May-25", "B", "B",
             "Complete – to be removed from the next report.",
             ["Facilities Manager"], "2025-05", None, "blue"),
        ]),
        ("Workstream 3 – Workforce and Ways of Working", [
            ("WW-01", "Launch the new manager development programme with the first two cohorts (48 managers).",
             "Director of People", "Oct-25", "Oct-25", "G", "G",
             "Cohort 1 starts 14 October; cohort 2 fully booked.",
             ["Director of People"], "2025-10", None, "green"),
            ("WW-02", "Run a managed pilot of AI assistant licences with 300 staff and report an evaluation to the Transformation Board.",
             "Chief Digital and Information Officer", "Dec-25", "Feb-26", "G", "A",
             "Information governance assessment took longer than planned; evaluation moved to February.",
             ["Chief Digital and Information Officer"], "2026-02", None, "amber"),
            ("WW-03", "Complete the job evaluation review for grades Level 1–3 and consult trade unions on the outcome.",
             "Head of Reward; Head of Employee Relations", "TBC", "Q4 2025/26", "", "",
             "Not yet started; depends on the pay and grading scoping exercise.",
             ["Head of Reward", "Head of Employee Relations"], "2026-03", None, "unrated"),
        ]),
    ]
    expected = []
    hdr = ["Ref", "Milestone / action", "Owner", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    rag_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}
    for wtitle, items in W:
        doc.add_heading(wtitle, level=1)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(t.rows[0].cells[j], h, bold=True)
            shade(t.rows[0].cells[j], "D9D9D9")
        for ref, text, owner, base, fc, prev, curr, comm, elead, eend, etext, estat in items:
            r = t.add_row()
            for j, v in enumerate([ref, text, owner, base, fc, prev, curr, comm]):
                set_cell(r.cells[j], v)
            if prev:
                shade(r.cells[5], rag_fill[prev])
            if curr:
                shade(r.cells[6], rag_fill[curr])
            expected.append(act(ref, [wtitle], text, elead, eend, estat, end_text=etext))

    doc.add_heading("Key risks and issues", level=1)
    rt = doc.add_table(rows=1, cols=5)
    rt.style = "Table Grid"
    for j, h in enumerate(["ID", "Risk / issue", "Rating", "Mitigation", "Owner"]):
        set_cell(rt.rows[0].cells[j], h, bold=True)
        shade(rt.rows[0].cells[j], "D9D9D9")
    for vals in [
        ("R1", "Risk: delay to telephony migration leaves the current contract to expire without cover.", "High", "Three-month contract extension agreed with the incumbent supplier.", "Head of Customer Services"),
        ("I1", "Issue: covenant on one depot site may prevent disposal for residential use.", "High", "External legal advice commissioned; alternative uses being assessed.", "Head of Strategic Property"),
    ]:
        r = rt.add_row()
        for j, v in enumerate(vals):
            set_cell(r.cells[j], v)
    doc.add_heading("Decisions required from the Transformation Board", level=1)
    doc.add_paragraph("Note the revised go-live date for the telephony migration (January 2026).", style="List Number")
    doc.add_paragraph("Agree to move £120k of contingency to the Property workstream for legal and valuation advice.", style="List Number")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for letter, text in [("B", "Complete"), ("G", "On track – no issues"), ("A", "Some risk to delivery; forecast date moved"), ("R", "Off track – Board intervention needed")]:
        r = kt.add_row()
        set_cell(r.cells[0], letter, bold=True)
        shade(r.cells[0], rag_fill[letter])
        set_cell(r.cells[1], text)
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a London borough transformation programme highlight report to a Transformation Board "
                "(Camden Council, period 6 2025/26), in the common PMO format: programme summary table with SRO, "
                "budget and previous/current overall RAG, an executive summary, one milestone table per workstream "
                "with baseline and forecast dates and previous and current RAG (letter plus cell shading), "
                "then a risks and issues table, decisions required and a RAG key."),
        reads=("A Word highlight report with a summary table, then three workstream headings each over a table of "
               "three milestones (nine in all). The forecast date is the end where it differs from the baseline; "
               "status is the current RAG letter; the risks table, decisions list and RAG key are not actions."),
        outcome="read", title=title, actions=expected)


# ---------------------------------------------------------------------------
# 7. Wandsworth CSP - Partnership Plan 2025-26 delivery plan (tab-separated txt)
# ---------------------------------------------------------------------------
def case_wandsworth_csp():
    name = "lj2-wandsworth-csp-community-safety-partnership-plan-2025-26-delivery-plan.txt"
    title = "Wandsworth Community Safety Partnership – Partnership Plan 2025–26 Delivery Plan"
    P1 = "PRIORITY 1: Reducing serious violence and knife crime"
    O11 = "Objective 1.1 – Reduce violence affecting young people in the borough's hotspot areas"
    O12 = "Objective 1.2 – Meet the Serious Violence Duty"
    P2 = "PRIORITY 2: Tackling violence against women and girls"
    O21 = "Objective 2.1 – Improve the safety of women and girls in public spaces and the night-time economy"
    O22 = "Objective 2.2 – Improve the response to domestic abuse"
    P3 = "PRIORITY 3: Anti-social behaviour and neighbourhood crime"
    O31 = "Objective 3.1 – Respond quickly and visibly to persistent anti-social behaviour"
    NC = 7
    lines = [title, "Quarter 2 update (July – September 2025)", "",
             "RAG key: G = on track; A = some delay or risk to delivery; R = significant delay; C = complete", "",
             "\t".join(["Ref", "Action", "Lead", "Supporting partners", "Timescale", "Q2 update", "RAG"])]
    expected = []

    def head(text):
        lines.append(text + "\t" * (NC - 1))

    def row(ref, text, lead, partners, when, upd, rag, under, elead, eend, estat, etext=None):
        if "\n" in upd:
            upd = '"' + upd.replace('"', '""') + '"'
        lines.append("\t".join([ref, text, lead, partners, when, upd, rag]))
        expected.append(act(ref, under, text, elead, eend, estat, end_text=etext))

    head(P1)
    head(O11)
    row("1.1.1", "Deliver targeted high-visibility patrols in the three violence hotspots identified by the tasking group.",
        "MPS South West BCU", "Council Community Safety Team; Parks Police", "Mar-26",
        "Patrol plan in place; violence with injury in hotspots down 9% on Q2 last year.", "G",
        [P1, O11], ["MPS South West BCU"], "2026-03", "green")
    row("1.1.2", "Commission detached youth work in hotspot areas on Friday and Saturday evenings.",
        "Head of Youth Services", "Voluntary sector youth providers", "Q3 2025/26",
        "Procurement paused for budget review; interim provision from in-house team.", "A",
        [P1, O11], ["Head of Youth Services"], "2025-12", "amber")
    head(O12)
    row("1.2.1", "Refresh the serious violence strategic needs assessment and publish the local response strategy.",
        "Community Safety Manager / Public Health Consultant", "MPS; Probation; ICB; Youth Justice Service", "January 2026",
        "Needs assessment data gathered; drafting under way.", "G",
        [P1, O12], ["Community Safety Manager", "Public Health Consultant"], "2026-01", "green")
    head(P2)
    head(O21)
    row("2.1.1", "Sign up 40 licensed venues in Clapham Junction and Tooting to the Women's Night Safety Charter.",
        "Licensing Manager", "Business Improvement Districts", "Mar-26",
        "Complete: 43 venues signed up by the end of September.", "C",
        [P2, O21], ["Licensing Manager"], "2026-03", "blue")
    row("2.1.2", "Deliver bystander and Ask for Angela training to staff in licensed premises.",
        "VAWG Coordinator", "MPS Licensing Team", "Ongoing",
        "112 staff trained this quarter.\nNext sessions booked for the Christmas period.", "G",
        [P2, O21], ["VAWG Coordinator"], None, "green", "Ongoing")
    head(O22)
    row("2.2.1", "Re-commission the Independent Domestic Violence Advocate (IDVA) service, adding a specialist IDVA for older victims.",
        "Head of Commissioning (Community Safety)", "Domestic abuse providers; ICB", "31/03/2026",
        "Tender delayed by four weeks after market engagement; award now expected February 2026.", "A",
        [P2, O22], ["Head of Commissioning (Community Safety)"], "2026-03", "amber")
    row("2.2.2", "Publish an annual Domestic Homicide Review learning briefing and track all DHR recommendations through the CSP Board.",
        "DHR Coordinator", "All CSP partners", "Annually",
        "2024/25 briefing published in July; tracker reviewed at each Board.", "G",
        [P2, O22], ["DHR Coordinator"], None, "green", "Annually")
    head(P3)
    head(O31)
    row("3.1.1", "Raise awareness of the ASB Case Review (Community Trigger) through housing newsletters and the council website.",
        "ASB Team Manager", "Registered providers", "Dec-25",
        "Web pages updated; newsletter article due in November.", "G",
        [P3, O31], ["ASB Team Manager"], "2025-12", "green")
    row("3.1.2", "Install or upgrade 20 CCTV cameras at locations prioritised by the tasking group.",
        "CCTV Control Room Manager", "MPS; Highways", "Sept 2025 – March 2026",
        "Contract award delayed; no cameras installed this quarter.", "R",
        [P3, O31], ["CCTV Control Room Manager"], "2026-03", "red")
    row("3.1.3", "Run a multi-agency week of action on e-bike and moped-enabled crime in Battersea and Nine Elms.",
        "MPS Neighbourhood Inspector (Battersea)", "Council Enforcement; Transport for London", "Nov 2025",
        "Moved from October to November because of Met-wide operations.", "A",
        [P3, O31], ["MPS Neighbourhood Inspector (Battersea)"], "2025-11", "amber")
    lines += ["", "Summary: 10 actions – C 1, G 5, A 3, R 1", "Next update: CSP Board, January 2026"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(
        name,
        source=("Imitates a London community safety partnership's annual partnership plan delivery plan with "
                "quarterly RAG update (Wandsworth CSP, 2025-26), exported from Excel as tab-delimited text. Copied "
                "features: title and quarter lines, a RAG key line using C for complete, priority rows and objective "
                "rows above numbered actions (1.1.1), separate Lead and Supporting partners columns, timescales "
                "written as months, a financial quarter, a period, 'Ongoing' and 'Annually', an update cell with an "
                "inner line break quoted over two lines, a summary line and a next-update note at the foot."),
        reads=("A tab-separated delivery plan: three priorities, each with objectives, over ten numbered actions. "
               "Each action has one lead (the Supporting partners column is not the lead), a timescale and a "
               "G/A/R/C status explained by the key line."),
        outcome="read", title=title, actions=expected)


if __name__ == "__main__":
    case_scottish_borders()
    case_croydon_dhr()
    case_lgt_board_log()
    case_imperial_maternity()
    r = case_islington_crr()
    case_camden_highlight()
    case_wandsworth_csp()
    print("built; Islington typo row", r)
