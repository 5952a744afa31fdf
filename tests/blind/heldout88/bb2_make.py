"""Generator for the bb2- blind cases (partnership, NHS and corporate plans)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[chr(64 + i)].width = w


def put(ws, row, col, val, fmt=None, fill=None):
    c = ws.cell(row=row, column=col, value=val)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = FILL[fill]
    return c


# ---------------------------------------------------------------- 1 Merton SAB SAR
def merton():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr A"
    ws["A1"] = "Merton Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review – 'Mr A': Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress as at 14 March 2023 – for the SAB Quality & Performance Sub-group"
    ws["A3"].font = Font(italic=True)
    cols = ["Recommendation", "Ref", "Action", "Lead agency / officer", "Target date",
            "Revised target date", "Progress update", "RAG"]
    hdr(ws, 5, cols, [38, 6, 45, 26, 12, 12, 50, 8])
    recs = [
        ("Recommendation 1: The SAB should seek assurance that partner agencies recognise and respond "
         "to self-neglect and hoarding where the adult declines support.", [
            ("1.1", "Refresh the multi-agency self-neglect and hoarding protocol to include a clear escalation "
                    "route where engagement with the adult declines.", "SAB Business Manager",
             D(2023, 3, 31), None, "Protocol revised and agreed at the Board in February 2023. Launched at the "
             "practitioner briefing on 2 March 2023.", "blue"),
            ("1.2", "Deliver learning briefings on self-neglect and the findings of this review to frontline "
                    "staff across partner agencies.", "Chair, SAB Learning & Development Sub-group",
             D(2023, 6, 30), None, "Two of four briefings delivered (86 attendees). Remaining sessions booked for "
             "April and May; GP practices under-represented so far.", "amber"),
        ]),
        ("Recommendation 2: Partners should ensure that mental capacity assessments consider executive "
         "capacity when a person repeatedly declines care.", [
            ("2.1", "Complete a themed audit of mental capacity assessments for adults who repeatedly decline care "
                    "and report findings to the Sub-group.", "Principal Social Worker (Adults)",
             D(2023, 7, 31), None, "Audit tool agreed; sample of 30 cases selected. Fieldwork under way.", "green"),
            ("2.2", "Include executive capacity within the MCA training offer for adult social care and mental "
                    "health staff.", "LBM Workforce Development / SWLSTG Safeguarding Lead",
             D(2023, 9, 30), None, "Content drafted by LBM; trust trainer leaving in April so delivery date "
             "may slip.", "amber"),
        ]),
        ("Recommendation 3: Housing providers should be included in multi-agency information sharing and "
         "risk planning for adults at risk of self-neglect.", [
            ("3.1", "Agree an information-sharing protocol between the Council, health partners and registered "
                    "housing providers operating in Merton.", "Head of Housing Needs",
             D(2022, 12, 31), D(2023, 5, 31), "Delayed by legal review of the data-sharing agreement. Revised "
             "date agreed by the Board in January.", "red"),
            ("3.2", "Ensure housing officers have completed training on raising a safeguarding concern.",
             "Clarion Housing Safeguarding Lead", D(2023, 4, 30), None, "Not started – awaiting 3.1.", None),
        ]),
        ("Recommendation 4: The SAB should seek assurance that hospital discharge planning for people who "
         "self-neglect includes a multi-agency risk assessment.", [
            ("4.1", "Review the discharge planning policy so that self-neglect triggers a multi-agency discharge "
                    "meeting before the patient leaves hospital.", "Head of Safeguarding, St George's University "
             "Hospitals", "Ongoing", None, "Policy amended; compliance is being monitored through the monthly "
             "discharge audit.", "green"),
            ("4.2", "Board to receive an assurance report on the implementation of this action plan.",
             "SAB Independent Chair", D(2023, 9, 30), None, "Scheduled for the September Board.", "amber"),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        first = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            put(ws, r, 1, rec if r == first else None)
            put(ws, r, 2, ref)
            put(ws, r, 3, act)
            put(ws, r, 4, lead)
            put(ws, r, 5, tgt, "mmm-yy" if isinstance(tgt, D) else None)
            put(ws, r, 6, rev, "mmm-yy" if rev else None)
            put(ws, r, 7, prog)
            put(ws, r, 8, None, fill=rag)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (f, t) in enumerate([("blue", "Complete"), ("green", "On track"),
                                ("amber", "Some slippage / at risk"), ("red", "Off track"),
                                (None, "No fill – not yet started")], start=1):
        c = ws.cell(row=r + i, column=1, value=t)
        if f:
            c.fill = FILL[f]
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bb2-merton-sab-sar-mr-a-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 PHU board action log
def phu():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Portsmouth Hospitals University NHS Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Trust Board (Meeting in Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated 28 September 2023. Actions marked Complete will be removed from the log after this meeting."
    cols = ["Action No", "Date of meeting", "Minute ref", "Action", "Lead", "Due date", "Revised due date",
            "Progress update", "Status"]
    hdr(ws, 5, cols, [11, 12, 10, 48, 22, 12, 12, 50, 12])
    rows = [
        ("TB/23/031", D(2023, 5, 25), "23/058", "Provide a breakdown of 12-hour waits in the Emergency Department by "
         "age group and deprivation decile.", "Chief Operating Officer", D(2023, 7, 27),
         "Analysis presented to the July Board as part of the IPR.", "Complete"),
        ("TB/23/034", D(2023, 5, 25), "23/061", "Bring the refreshed Freedom to Speak Up strategy to the Board for "
         "approval.", "Chief People Officer", D(2023, 9, 28), "On the agenda for this meeting (item 14).",
         "Complete"),
        ("TB/23/037", D(2023, 5, 25), "23/064", "Report on progress against the maternity Ockenden immediate and "
         "essential actions, including the midwifery workforce position.", "Chief Nurse", (D(2023, 9, 28), D(2023, 11, 30)),
         "Deferred from September to allow the LMNS assurance visit to be reflected.", "On track"),
        ("TB/23/042", D(2023, 7, 27), "23/089", "Circulate the revised Board Assurance Framework risk scores for "
         "BAF 3 (workforce) and BAF 5 (estate) ahead of the next Audit & Risk Committee.", "Company Secretary",
         D(2023, 8, 31), "Circulated to members 22 August.", "Complete"),
        ("TB/23/044", D(2023, 7, 27), "23/091", "Set out the financial recovery actions required to deliver the "
         "2023/24 plan and the associated quality impact assessments.", "Chief Financial Officer",
         D(2023, 10, 26), "Recovery plan drafted; QIAs for three schemes still outstanding.", "At risk"),
        ("TB/23/045", D(2023, 7, 27), "23/093", "Review the patient story process so that stories from "
         "community and outpatient services are brought to the Board.", "Chief Nurse / Director of Communications",
         D(2023, 9, 28), "Not yet progressed; schedule for 2023/24 still to be agreed.", "Overdue"),
        ("TB/23/049", D(2023, 7, 27), "23/097", "Provide an update on the electronic patient record business case "
         "timetable following the national funding announcement.", "Chief Digital Information Officer",
         (D(2023, 10, 26), D(2024, 1, 25)), "National funding decision delayed; timetable revised.", "On track"),
        ("TB/23/053", D(2023, 9, 28), "23/112", "Arrange a Board development session on health inequalities and "
         "the Core20PLUS5 approach.", "Chief Medical Officer", D(2023, 12, 14),
         "Session being scoped with the ICB population health team.", "On track"),
    ]
    fills = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    r = 6
    for no, mtg, minute, act, lead, due, upd, st in rows:
        put(ws, r, 1, no)
        put(ws, r, 2, mtg, "dd/mm/yyyy")
        put(ws, r, 3, minute)
        put(ws, r, 4, act)
        put(ws, r, 5, lead)
        orig, rev = due if isinstance(due, tuple) else (due, None)
        put(ws, r, 6, orig, "dd/mm/yyyy")
        put(ws, r, 7, rev, "mmm-yy" if rev else None)
        put(ws, r, 8, upd)
        put(ws, r, 9, st, fill=fills[st])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    for i, (t, f) in enumerate([("Complete – action closed", "blue"), ("On track – due date will be met", "green"),
                                ("At risk – due date may be missed", "amber"),
                                ("Overdue – due date passed", "red")], start=1):
        c = ws.cell(row=r + i, column=1, value=t)
        c.fill = FILL[f]
    wb.save(os.path.join(OUT, "bb2-portsmouth-hospitals-uh-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------- 3 Hambleton risk register (refuse)
def hambleton():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2021-22"
    ws["A1"] = "Hambleton District Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2021/22: Further Mitigating Actions"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Each strategic risk is shown with its current score (likelihood x impact) and the further "
                "actions agreed by Management Team to bring it to its target score.")
    ws["A3"].alignment = Alignment(wrap_text=False)
    cols = ["Ref", "Further action required", "Action owner", "Target date", "Progress at Q3", "RAG"]
    hdr(ws, 5, cols, [8, 55, 28, 14, 55, 10])
    risks = [
        ("SR1 – Financial sustainability: failure to deliver a balanced budget over the medium term",
         "Risk owner: Director of Finance (S151 Officer)   |   Current score: 16 (High)   |   Target score: 9", [
            ("SR1.1", "Update the Medium Term Financial Strategy to reflect the 2022/23 provisional settlement.",
             "Director of Finance", "Feb-22", "Settlement received 16 December; MTFS update in preparation for "
             "Cabinet.", "Green"),
            ("SR1.2", "Identify savings and income proposals to close the 2023/24 budget gap.",
             "Management Team", "Q4 2021/22", "Proposals totalling £410k identified against a £650k gap.",
             "Amber"),
        ]),
        ("SR2 – Local government reorganisation: service disruption during transition to a unitary council",
         "Risk owner: Chief Executive   |   Current score: 20 (Very high)   |   Target score: 12", [
            ("SR2.1", "Nominate officers to the North Yorkshire implementation workstreams and backfill key posts.",
             "Chief Executive", "31/01/2022", "All workstream leads nominated; backfill agreed for two posts.",
             "Complete"),
            ("SR2.2", "Agree a staff communication and wellbeing plan for the transition period.",
             "HR Manager / Communications Manager", "30/06/2202", "Draft plan shared with UNISON for comment.",
             "Amber"),
        ]),
        ("SR3 – Cyber security: loss of systems or data following a cyber attack",
         "Risk owner: Director of Law & Governance   |   Current score: 15 (High)   |   Target score: 10", [
            ("SR3.1", "Complete the PSN compliance health check and remediate critical findings.",
             "ICT Manager", "March 2022", "Health check completed in November; 3 of 5 critical findings closed.",
             "Green"),
            ("SR3.2", "Roll out mandatory cyber awareness e-learning to all staff and members.",
             "ICT Manager", "Ongoing", "81% of staff completed; member completion 45%.", "Amber"),
        ]),
        ("SR4 – Leisure provision: failure of the leisure centre contract",
         "Risk owner: Director of Leisure & Communities   |   Current score: 12 (Medium)   |   Target score: 8", [
            ("SR4.1", "Review the leisure recovery plan with the operator and agree a revised management fee.",
             "Leisure & Communities Manager", "31/12/2021", "Deferred pending national guidance on energy support.",
             "Red"),
        ]),
    ]
    r = 6
    for title, meta, acts in risks:
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        c = ws.cell(row=r, column=1, value=meta)
        c.font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for ref, act, own, tgt, prog, rag in acts:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, own)
            put(ws, r, 4, tgt)
            put(ws, r, 5, prog)
            put(ws, r, 6, rag, fill={"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}[rag])
            r += 1
        r += 1  # blank row between risks
    wb.save(os.path.join(OUT, "bb2-hambleton-dc-strategic-risk-register-q3-2021-22.xlsx"))


# ---------------------------------------------------------------- docx helpers
def set_cell(cell, text, bold=False, shade=None, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- 4 Wigan CSP DHR
def wigan():
    doc = Document()
    landscape(doc)
    doc.add_heading("Community Safety Partnership Wigan Borough", level=1)
    doc.add_heading("Domestic Homicide Review – 'Mary' (2021): Action Plan", level=2)
    doc.add_paragraph(
        "This action plan sets out how the recommendations of the Overview Report will be delivered by the "
        "partner agencies. Progress is monitored by the Domestic Abuse Partnership Board on behalf of the "
        "Community Safety Partnership and the plan will be updated quarterly until all actions are complete.")
    vt = doc.add_table(rows=4, cols=3)
    vt.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comment"),
                             ("0.3", "12/08/2022", "Draft agreed by DHR panel"),
                             ("1.0", "20/10/2022", "Approved by CSP Board"),
                             ("1.2", "16/02/2023", "Q3 progress update")]):
        for j, t in enumerate(row):
            set_cell(vt.cell(i, j), t, bold=(i == 0), shade="D9D9D9" if i == 0 else None)
    doc.add_paragraph("")
    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
    recs = [
        ("1. The Community Safety Partnership should ensure that professionals across the borough understand "
         "the signs of coercive and controlling behaviour in older people's relationships.", "Local", [
            ("Commission multi-agency training on coercive control in later life and deliver to frontline staff.",
             "Wigan Council Domestic Abuse Team", "Training specification agreed; provider commissioned.",
             "March 2023", "", "Amber"),
            ("Include a later-life case study in the partnership's domestic abuse awareness campaign.",
             "Wigan Council Communications", "Campaign materials produced and published.", "30/11/2022", "Completed 25/11/2022 – campaign ran during 16 Days of Action.",
             "Complete"),
        ]),
        ("2. Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust should ensure routine enquiry "
         "about domestic abuse takes place in the Emergency Department.", "Local", [
            ("Audit compliance with routine enquiry in the Emergency Department and report to the Trust "
             "Safeguarding Committee.", "WWL Head of Safeguarding", "Baseline audit completed (41% compliance).",
             "Q4 2022/23", "", "Amber"),
            ("Add a mandatory domestic abuse question to the ED electronic triage record.", "WWL Digital Services",
             "Change request approved.", "Sept 2022 – Jan 2023", "Completed 09/01/2023 – field live in ED system.",
             "Complete"),
        ]),
        ("3. Greater Manchester Police should ensure DASH risk assessments are completed at every domestic "
         "incident involving older victims.", "Regional", [
            ("Issue a practice reminder to response officers and include DASH completion in supervisory "
             "review of domestic incidents.", "Greater Manchester Police", "Reminder issued July 2022.",
             "31/05/2023", "", "Green"),
        ]),
        ("4. The CSP should seek assurance that GP practices know how to refer to specialist domestic abuse "
         "services.", "Local", [
            ("Deliver IRIS training to GP practices in the borough.", "NHS Greater Manchester (Wigan locality)",
             "14 of 58 practices trained.", "Ongoing – reviewed quarterly", "", "Green"),
            ("Share the DHR learning briefing with all GP practices via the locality safeguarding newsletter.",
             "Designated Nurse Safeguarding Adults", "", "December 2022", "Completed 06/12/2022.",
             "Complete"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for j, c in enumerate(cols):
        set_cell(t.rows[0].cells[j], c, bold=True, shade="BDD7EE")
    for rec, scope, acts in recs:
        start = len(t.rows)
        for k, (act, lead, ms, tgt, done, rag) in enumerate(acts):
            cells = t.add_row().cells
            set_cell(cells[0], rec if k == 0 else "")
            set_cell(cells[1], scope if k == 0 else "")
            set_cell(cells[2], act)
            set_cell(cells[3], lead)
            set_cell(cells[4], ms)
            set_cell(cells[5], tgt)
            set_cell(cells[6], done)
            set_cell(cells[7], rag, shade={"Amber": "FFC000", "Green": "92D050", "Complete": "00B0F0"}[rag])
        end = len(t.rows) - 1
        if end > start:
            for col in (0, 1):
                a = t.cell(start, col)
                b = t.cell(end, col)
                txt = a.text
                m = a.merge(b)
                set_cell(m, txt)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not started / off track; Amber – in progress; Green – on track; "
                      "Complete – action completed and evidenced to the panel.")
    doc.save(os.path.join(OUT, "bb2-wigan-csp-dhr-mary-action-plan.docx"))


# ---------------------------------------------------------------- 5 LPFT CQC must/should do
def lpft():
    doc = Document()
    landscape(doc)
    doc.add_heading("Lincolnshire Partnership NHS Foundation Trust", level=1)
    doc.add_heading("CQC Inspection 2023 – Must Do and Should Do Action Plan", level=2)
    doc.add_paragraph(
        "Following the CQC inspection of core services and the well-led review, the Trust was told of 3 things "
        "it must do and 3 things it should do. This plan sets out the actions, leads and completion dates and "
        "is reviewed monthly by the CQC Improvement Group, reporting to the Quality Committee.")
    doc.add_paragraph("Report date: December 2023")
    cols = ["Ref", "What the CQC told us", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"]
    sections = [
        ("Acute wards for adults of working age and psychiatric intensive care units", [
            ("MD1", "The trust must ensure that staff complete and update risk assessments for each patient "
                    "following incidents.", [
                ("MD1a", "Introduce a post-incident risk assessment review prompt in the electronic patient record.",
                 "Associate Director of Nursing (Adult Inpatients)", "31/10/2023",
                 "Prompt live since 2 October 2023.", "Complete"),
                ("MD1b", "Monthly audit of risk assessment updates on each ward, with results to the divisional "
                         "quality meeting.", "Ward Managers / Matron, Adult Inpatients", "Jan-24",
                 "Audits running on 5 of 6 wards; October compliance 78%.", "A"),
            ]),
            ("MD2", "The trust must ensure that seclusion records are completed in line with the Mental Health "
                    "Act Code of Practice.", [
                ("MD2", "Re-launch the seclusion and long-term segregation policy with a revised recording template "
                        "and ward-level training.", "Head of Mental Health Act Administration", "End of March 2024",
                 "Template revised; training dates set for January.", "G"),
            ]),
            ("SD1", "The trust should ensure that patients have access to regular one-to-one time with their named "
                    "nurse.", [
                ("SD1", "Add one-to-one sessions to the ward daily planner and record them in the care plan review.",
                 "Matron, Adult Inpatients", "29/02/2024", "Planner changes agreed at the ward managers' forum.",
                 "G"),
            ]),
        ]),
        ("Community mental health services for adults of working age", [
            ("MD3", "The trust must ensure that patients waiting for treatment are monitored and that risks are "
                    "reviewed while they wait.", [
                ("MD3a", "Implement a waiting list risk review protocol across all community mental health teams.",
                 "Service Manager, Community Mental Health Teams", "31/12/2023",
                 "Protocol approved at the Clinical Policy Group in November; implementation under way.", "A"),
                ("MD3b", "Report waiting times and waiting list reviews monthly to the Quality Committee.",
                 "Director of Operations", "Monthly", "First report received in November.", "G"),
            ]),
            ("SD2", "The trust should ensure that carers are offered a carer's assessment.", [
                ("SD2", "Refresh the Triangle of Care self-assessment and train carer champions in each team.",
                 "Head of Patient Experience", "June 2024", "Not yet started – scheduled for Q4.", "Not started"),
            ]),
        ]),
        ("Trust-wide (well-led)", [
            ("SD3", "The trust should ensure that mandatory training compliance for Mental Capacity Act training "
                    "meets the trust target.", [
                ("SD3", "Targeted recovery plan for MCA training in teams below 85% compliance.",
                 "Head of Learning and Development", "Q4 2023/24", "Compliance up from 79% to 86% since August.",
                 "Complete"),
            ]),
        ]),
    ]
    shade = {"Complete": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000", "Not started": None}
    for title, reqs in sections:
        doc.add_heading(title, level=3)
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for j, c in enumerate(cols):
            set_cell(t.rows[0].cells[j], c, bold=True, shade="DEEAF6")
        for rid, req, acts in reqs:
            start = len(t.rows)
            for k, (ref, act, lead, when, prog, rag) in enumerate(acts):
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], req if k == 0 else "")
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, shade=shade[rag])
            end = len(t.rows) - 1
            if end > start:
                a = t.cell(start, 1)
                txt = a.text
                m = a.merge(t.cell(end, 1))
                set_cell(m, txt)
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete (blue) – action complete and evidence assured; G – on track; "
                      "A – at risk of delay; R – off track / overdue.")
    doc.save(os.path.join(OUT, "bb2-lpft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 6 Nottinghamshire SAB export
def notts():
    rows = [
        ["ID", "Review", "Recommendation", "Action", "Action Owner", "Organisation", "Due Date",
         "Revised Due Date", "RAG Status", "Latest Update", "Last Updated"],
        ["NSAB-0412", "SAR Adult F (2022)",
         "1. Partners should strengthen the use of multi-agency risk management meetings for adults who "
         "self-neglect.",
         "Review the Nottinghamshire multi-agency risk management (MARM) guidance and relaunch it with partners.",
         "Harris, Joanne", "Nottinghamshire County Council", "31/03/2023", "", "Complete",
         "Revised guidance published on the NSAB website 20 March 2023.", "04/04/2023"],
        ["NSAB-0413", "SAR Adult F (2022)",
         "1. Partners should strengthen the use of multi-agency risk management meetings for adults who "
         "self-neglect.",
         "Audit a sample of MARM meetings to test attendance and the quality of risk plans.",
         "Okafor, Daniel", "Nottinghamshire County Council", "30/06/2023", "30/09/2023", "Amber",
         "Audit postponed due to capacity in the Quality Assurance team; now scheduled for August.",
         "12/07/2023"],
        ["NSAB-0414", "SAR Adult F (2022)",
         "2. Health partners should ensure that missed appointments by adults with care and support needs "
         "prompt a review of risk.",
         "Update the 'was not brought / did not attend' policy to cover adults with care and support needs.",
         "Patel, Anita", "Nottingham and Nottinghamshire ICB", "31/05/2023", "", "Green",
         "Draft policy out for consultation with primary care; on track for sign-off at the May committee.",
         "02/05/2023"],
        ["NSAB-0415", "SAR Adult F (2022)",
         "2. Health partners should ensure that missed appointments by adults with care and support needs "
         "prompt a review of risk.",
         "Share a seven-minute briefing on missed appointments with all GP practices.",
         "Patel, Anita", "Nottingham and Nottinghamshire ICB", "28/02/2023", "", "Complete",
         "Briefing circulated 15 February 2023.", "20/02/2023"],
        ["NSAB-0431", "SAR Mr G (2023)",
         "1. The Board should seek assurance that fire risk is considered in care and support assessments.",
         "Embed the Safe and Well referral pathway into the adult social care assessment form.",
         "Brennan, Claire", "Nottinghamshire County Council", "30/09/2023", "", "Green",
         "Form change specified; IT release booked for September.", "21/08/2023"],
        ["NSAB-0432", "SAR Mr G (2023)",
         "1. The Board should seek assurance that fire risk is considered in care and support assessments.",
         "Deliver joint fire safety awareness sessions for home care providers.",
         "Walsh, Martin", "Nottinghamshire Fire and Rescue Service", "31/12/2023", "", "Not started",
         "", "21/08/2023"],
        ["NSAB-0433", "SAR Mr G (2023)",
         "2. Partners should ensure that hoarding is assessed using the clutter image rating scale.",
         "Include the clutter image rating scale in the self-neglect toolkit and practitioner training.",
         "Okafor, Daniel", "Nottinghamshire County Council", "31/10/2023", "", "Red",
         "Training content not yet updated; lead officer on leave. Escalated to the Learning and Development "
         "sub-group.", "30/10/2023"],
        ["NSAB-0434", "SAR Mr G (2023)",
         "2. Partners should ensure that hoarding is assessed using the clutter image rating scale.",
         "Housing providers to confirm use of the scale in tenancy visits.",
         "Kaur, Simran", "Ashfield District Council", "Ongoing", "", "Green",
         "Ashfield and Mansfield confirmed; remaining districts to report at the next meeting.", "30/10/2023"],
    ]
    with open(os.path.join(OUT, "bb2-nottinghamshire-sab-sar-action-tracker-export.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Richmondshire CPC txt
def richmondshire():
    lines = [
        "Richmondshire District Council",
        "Corporate Peer Challenge 2019 – Action Plan",
        "",
        "The LGA Corporate Peer Challenge took place from 2 to 5 July 2019. The peer team made seven "
        "recommendations; this plan sets out the Council's response. Progress is reported to Corporate Board "
        "and to the Overview and Scrutiny Committee every six months.",
        "Last updated: 14 January 2020",
        "",
        "Ref\tAction\tLead\tTimescale\tProgress\tRAG",
        "",
        "Recommendation 1: Develop a clear and shared long-term vision for the district",
        "1.1\tHold member workshops to agree the Council's priorities for the new Council Plan 2020-2024.\t"
        "Chief Executive/Leader\tDec 2019\tTwo workshops held in October and November; priorities agreed.\tComplete",
        "1.2\tPublish the Council Plan 2020-2024 following consultation with residents and partners.\t"
        "Corporate Director (Strategy and Performance)\tBy 31 March 2020\tConsultation closes 31 January.\tOn track",
        "",
        "Recommendation 2: Strengthen the Council's financial resilience",
        "2.1\tProduce a four-year Medium Term Financial Strategy with a savings and income programme.\t"
        "Corporate Director (Resources)\tFeb 2020\tDraft MTFS to Corporate Board 28 January.\tOn track",
        "2.2\tReview reserves policy and set minimum working balance.\tCorporate Director (Resources)\t"
        "Q1 2020/21\tNot started – follows MTFS.\tNot started",
        "",
        "Recommendation 3: Build capacity through partnership and shared services",
        "3.1\tComplete an options appraisal for shared services with neighbouring districts.\t"
        "Chief Executive\tApril 2020\tInitial discussions held with Hambleton; scope of appraisal not yet agreed.\tAmber",
        "3.2\tReport back to members on the outcome of the Yorkshire Dales National Park planning agreement review.\t"
        "Planning Manager\tOngoing\tDiscussions continuing with the Park Authority.\tAmber",
        "",
        "Recommendation 4: Improve internal and external communications",
        "4.1\tDevelop a communications strategy, including a regular staff briefing from the Chief Executive.\t"
        "Head of Communications\tNovember 2019\tStrategy adopted; monthly staff briefings started in December.\tComplete",
        "4.2\tRefresh the Council website to improve access to online services.\t"
        "Head of Communications & ICT Manager\tSept 2019 – June 2020\tSupplier appointed; design work started.\tOn track",
        "",
        "Key: Complete / On track / Amber = some delay / Red = significant concern / Not started",
    ]
    with open(os.path.join(OUT, "bb2-richmondshire-dc-corporate-peer-challenge-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    merton()
    phu()
    hambleton()
    wigan()
    lpft()
    notts()
    richmondshire()
