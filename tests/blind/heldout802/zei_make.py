"""Build the seven zei- blind test files (set heldout802).

Run with /work/main/.venv/bin/python zei_make.py  (from any directory).
Builds the data files and writes each NAME.expected.yaml beside it.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}

EXPECTED = {}


def expect(name, **kw):
    EXPECTED[name] = kw


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. SWROCU – HMICFRS SOC inspection AFI tracker (xlsx, police)
# ---------------------------------------------------------------------------
def make_swrocu():
    name = "zei-south-west-rocu-hmicfrs-serious-organised-crime-inspection-afi-tracker.xlsx"
    title = "SWROCU – HMICFRS Serious and Organised Crime Inspection: Areas for Improvement Tracker"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = ("Report: An inspection of the south-west regional response to serious and "
                 "organised crime (HMICFRS, published 12 June 2025)")
    cov["A3"] = "Position at 31 October 2025 (Q2 2025/26)"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = cov.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.border = BOX
    rows = [
        ("0.1", D(2025, 7, 10), "SWROCU Business Manager", "First draft following publication of the report"),
        ("1.0", D(2025, 8, 6), "SWROCU Business Manager", "Approved at Regional Strategic SOC Board"),
        ("1.1", D(2025, 10, 31), "SWROCU Performance Manager", "Q2 progress update"),
    ]
    for r, row in enumerate(rows, 7):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    cov["A11"] = "Senior responsible owner: Head of SWROCU"
    cov["A12"] = ("Governance: SWROCU Senior Leadership Team (monthly); "
                  "Regional Strategic SOC Board (quarterly)")
    cov["A13"] = "Classification: OFFICIAL"
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 50

    ws = wb.create_sheet("AFI Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["AFI ref", "Area for improvement", "Action ref", "Action", "Action owner",
             "Original target date", "Revised target date", "Previous RAG (Q1)",
             "Current RAG (Q2)", "Progress update (Q2)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    widths = [9, 42, 9, 55, 26, 13, 13, 10, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w

    S1 = "Regional findings"
    S2 = "Understanding SOC and setting priorities to tackle it"
    S3 = "Resources and skills"
    S4 = "Tackling SOC and safeguarding people and communities"
    afi1 = ("The SWROCU and forces should make sure that learning from operational activity is "
            "consistently captured and shared across the region.")
    afi2 = ("The SWROCU should improve the governance of regional resources and the support "
            "assigned to forces.")
    afi3 = ("The SWROCU and forces should make sure that all organised crime groups under "
            "investigation are formally threat assessed and mapped.")
    afi4 = ("The SWROCU should make sure that investigators recruited without SOC experience "
            "receive effective training and supervision.")
    afi5 = ("The SWROCU and forces should make sure that personnel can access the IT systems "
            "they need to work across the region.")
    afi6 = ("The SWROCU should improve how it records and reports disruption activity against "
            "SOC threats.")
    plan = [
        (S1, [
            ("AFI 1", afi1, [
                ("1.1", "Introduce a standard debrief template for all SWROCU-led operations and log the "
                        "learning on the regional organisational learning register.",
                 "DCI Operations (SWROCU)", D(2025, 9, 30), None, "A", "B",
                 "Template live from 1 September 2025; 14 debriefs logged to date."),
                ("1.2", "Add a standing organisational learning item to the Regional Tactical Tasking and "
                        "Coordination Group agenda.",
                 "Head of Intelligence (SWROCU)", D(2025, 8, 31), None, "G", "B",
                 "Standing item in place since the August meeting."),
            ]),
            ("AFI 2", afi2, [
                ("2.1", "Agree a regional resource allocation protocol setting out how SWROCU capabilities "
                        "are requested, prioritised and reviewed.",
                 "Det Supt Operations (SWROCU)", D(2025, 10, 31), D(2026, 1, 31), "A", "A",
                 "Draft protocol with force SOC leads for comment; revised date agreed at Board."),
                ("2.2", "Report the use of regional resources by force to the Regional Strategic SOC Board "
                        "each quarter.",
                 "SWROCU Business Manager", D(2025, 11, 30), None, "G", "G",
                 "First quarterly report prepared for the November Board."),
            ]),
        ]),
        (S2, [
            ("AFI 3", afi3, [
                ("3.1", "Dip sample open OCG investigations in each force to confirm that every group has a "
                        "current MoRiLE threat assessment.",
                 "DCI Intelligence (SWROCU); Force SOC Leads", D(2025, 9, 30), D(2025, 12, 31), "R", "A",
                 "Dip samples completed in three of five forces."),
                ("3.2", "Deliver regional training on OCG mapping and threat assessment to force "
                        "intelligence analysts.",
                 "Regional Intelligence Training Lead", D(2026, 3, 31), None, "G", "G",
                 "Course designed; first cohort booked for January 2026."),
            ]),
        ]),
        (S3, [
            ("AFI 4", afi4, [
                ("4.1", "Introduce a 12-week induction and mentoring programme for investigators joining the "
                        "SWROCU from non-specialist roles.",
                 "Head of Learning and Development (SWROCU)", D(2025, 12, 31), None, "A", "G",
                 "Programme launched in October with 6 investigators."),
                ("4.2", "Review supervisory ratios in the Regional Organised Crime Team and fill the two "
                        "vacant detective sergeant posts.",
                 "Det Supt Operations (SWROCU)", D(2026, 1, 31), None, "A", "R",
                 "Both DS posts re-advertised after no suitable candidates at the first round."),
            ]),
            ("AFI 5", afi5, [
                ("5.1", "Complete the regional data access audit and agree with force IT departments how "
                        "SWROCU staff will be given read access to each force's intelligence system.",
                 "Regional Digital Lead", D(2026, 3, 31), None, "G", "G",
                 "Audit complete; access requests submitted to all five forces."),
            ]),
        ]),
        (S4, [
            ("AFI 6", afi6, [
                ("6.1", "Align SWROCU disruption recording with the national SOC performance framework and "
                        "quality assure every disruption before it is submitted.",
                 "SWROCU Performance Manager", D(2025, 11, 30), None, "A", "G",
                 "Quality assurance checks in place from September."),
            ]),
        ]),
    ]
    status_of = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    actions = []
    r = 4
    for section, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=section)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
        r += 1
        for afi_ref, afi_text, acts in afis:
            first = r
            for (aref, text, owner, orig, rev, prev, cur, upd) in acts:
                vals = [None, None, aref, text, owner, orig, rev, prev, cur, upd]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                for ci, v in ((8, prev), (9, cur)):
                    ws.cell(row=r, column=ci).fill = FILL[v]
                    ws.cell(row=r, column=ci).alignment = Alignment(horizontal="center", vertical="top")
                end = rev or orig
                actions.append(act(aref, [section, afi_text], text,
                                   [x.strip() for x in owner.split(";")],
                                   end.strftime("%Y-%m"), status_of[cur]))
                r += 1
            ws.cell(row=first, column=1, value=afi_ref)
            ws.cell(row=first, column=2, value=afi_text)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=1).alignment = WRAP
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=3, value="Summary of current RAG (Q2)").font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in plan:
        for _, _, acts in afis:
            for a in acts:
                counts[a[6]] += 1
    labels = [("B", "Blue – complete"), ("G", "Green – on track"), ("A", "Amber – some slippage"),
              ("R", "Red – off track")]
    for k, lab in labels:
        r += 1
        ws.cell(row=r, column=3, value=lab)
        ws.cell(row=r, column=4, value=counts[k])
    r += 1
    ws.cell(row=r, column=3, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=4, value=sum(counts.values())).font = Font(bold=True)
    ws.freeze_panes = "A4"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("B", "Complete – action delivered and evidence accepted by the Regional Strategic SOC Board"),
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage – revised date agreed or delivery at risk"),
        ("R", "Off track – escalated to the Regional Strategic SOC Board"),
    ], 3):
        key.cell(row=i, column=1, value=k).fill = FILL[k]
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 90
    wb.save(path(name))

    expect(
        name,
        source=(
            "Imitates the regional tracker a regional organised crime unit keeps after HMICFRS's "
            "'An inspection of the south-west regional response to serious and organised crime' "
            "(published 12 June 2025, "
            "https://hmicfrs.justiceinspectorates.gov.uk/k/publications/inspection-of-the-south-west-regional-response-to-serious-and-organised-crime; "
            "the report's structure of regional findings and the three SOC questions is copied, and "
            "forces such as Warwickshire publish responses to the equivalent West Midlands report). "
            "Copied features: a cover sheet with a document-control table, the tracker on a second "
            "sheet with section rows by HMICFRS question, each AFI in vertically merged cells beside "
            "its actions, original and revised target dates, previous and current RAG letters with "
            "fill colour, a RAG summary block under the table and a RAG key sheet. The AFI wording "
            "and actions are written for this test, not taken from the report."),
        reads=(
            "A three-sheet workbook: a cover with document control, then the AFI tracker where six "
            "areas for improvement sit under four section rows (regional findings and the three "
            "HMICFRS SOC questions), each AFI merged down beside its numbered actions. Ten actions, "
            "each with an owner, an original and sometimes a revised target date, and Q1 and Q2 RAG "
            "letters; the Q2 (current) RAG is the status and the revised date, where given, is the end."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 2. Bedfordshire FRS – Luton Airport car park fire learning action plan (xlsx, fire)
# ---------------------------------------------------------------------------
def make_bfrs():
    name = "zei-bedfordshire-fire-rescue-service-luton-airport-car-park-fire-significant-incident-action-plan.xlsx"
    title = ("Bedfordshire Fire and Rescue Service – London Luton Airport Terminal Car Park 2 Fire: "
             "Significant Incident Report Learning Action Plan")
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Incident date: 10 October 2023 | Significant Incident Report published: October 2024 | "
                "Progress at: 20 November 2025")
    ws["A3"] = "Reported to: Corporate Management Team and Fire and Rescue Authority"
    ws["A5"] = "RAG key:"
    ws["A5"].font = Font(bold=True)
    key = [("B5", "Complete", "00B050"), ("C5", "In progress", "FFC000"), ("D5", "Overdue", "FF0000"),
           ("E5", "Not yet started", None)]
    for ref, txt, col in key:
        ws[ref] = txt
        ws[ref].border = BOX
        if col:
            ws[ref].fill = PatternFill("solid", fgColor=col)
    heads = ["No.", "SIR ref", "Area for improvement", "Action", "Owner", "Target date", "RAG",
             "Progress update"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C00000")
        cell.border = BOX
        cell.alignment = WRAP
    for col, w in zip("ABCDEFGH", [6, 9, 40, 55, 28, 13, 8, 45]):
        ws.column_dimensions[col].width = w

    T1 = "Theme 1 – Operational response"
    T2 = "Theme 2 – Incident command"
    T3 = "Theme 3 – Multi-agency working"
    T4 = "Theme 4 – Firefighter safety and welfare"
    T5 = "Theme 5 – Protection and national learning"
    a1 = ("Crews’ access to the upper decks was delayed by the single vehicle ramp and the early "
          "failure of the dry riser on level 3.")
    a2 = ("The transfer of command and the setting up of sectors were not recorded consistently in "
          "the first hour of the incident.")
    a3 = ("Information sharing with airport operations and the airport fire service was delayed "
          "because they were working on different radio channels.")
    a4 = ("Four firefighters needed hospital treatment and decontamination at the scene was not "
          "applied consistently.")
    a5 = ("There was no requirement for sprinklers in the car park, and current guidance does not "
          "reflect the fire loading of modern vehicles.")
    green, amber, red = "00B050", "FFC000", "FF0000"
    plan = [
        (T1, [("3.2", a1, [
            ("1", "Review the pre-determined attendance for multi-storey car parks with more than 500 "
                  "spaces so that an aerial appliance is sent on the initial attendance.",
             "Head of Response", D(2026, 3, 31), amber,
             "New attendance agreed in principle; mobilising system change scheduled for February."),
            ("2", "Carry out site-specific risk information visits to every multi-storey car park in "
                  "Bedfordshire and update the operational risk information system.",
             "Station Commander Operational Risk", D(2025, 6, 30), green,
             "All 23 sites visited and risk information published to appliances."),
        ])]),
        (T2, [("4.1", a2, [
            ("3", "Introduce the digital command support log on all command units and train command "
                  "support officers in its use.",
             "Group Commander Operational Assurance", D(2025, 9, 30), red,
             "Supplier delay; go-live now expected January 2026."),
            ("4", "Add a car park fire scenario to Level 2 incident command revalidation assessments.",
             "Head of Training and Development", D(2025, 12, 31), amber,
             "Scenario written and piloted with two commanders."),
        ])]),
        (T3, [("5.3", a3, [
            ("5", "Agree a joint communications protocol with London Luton Airport Operations Ltd and the "
                  "airport fire and rescue service, including a shared talk group.",
             "Area Manager Service Delivery", D(2025, 12, 31), amber,
             "Protocol drafted; shared talk group tested in October."),
            ("6", "Run a joint exercise with the airport and Luton Borough Council emergency planning "
                  "team to test the protocol.",
             "Emergency Planning Manager", "March 2026", None,
             "To be scheduled once the protocol is signed off."),
        ])]),
        (T4, [("6.2", a4, [
            ("7", "Embed contaminants guidance in the scene decontamination procedure and issue a clean "
                  "cab kit to every front-line appliance.",
             "Health and Safety Manager", D(2025, 3, 31), green,
             "Procedure revised and kits issued to all 24 appliances."),
            ("8", "Provide health screening and occupational health follow-up for all personnel who "
                  "attended the incident.",
             "Occupational Health Lead", "Ongoing", amber,
             "118 of 126 attendees screened; follow-up continuing."),
        ])]),
        (T5, [("7.1", a5, [
            ("9", "Submit the Service’s learning to the NFCC Protection and Business Safety Committee "
                  "and support its call for a review of car park guidance.",
             "Head of Protection", D(2024, 12, 31), green,
             "Learning submitted November 2024; CFO presented at NFCC Protection conference."),
            ("10", "Write to every multi-storey car park owner in Bedfordshire setting out the findings "
                   "and recommending automatic water suppression.",
             "Head of Protection", D(2025, 1, 31), green,
             "Letters sent to all owners in January 2025."),
        ])]),
    ]
    status_of = {green: "blue", amber: "amber", red: "red", None: "unrated"}
    actions = []
    r = 8
    for theme, afis in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        r += 1
        for sir, afi, acts in afis:
            first = r
            for (no, text, owner, target, fill, upd) in acts:
                vals = [no, None, None, text, owner, target, None, upd]
                for ci, v in enumerate(vals, 1):
                    cell = ws.cell(row=r, column=ci, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if fill:
                    ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fill)
                if isinstance(target, dt.datetime):
                    end, et = target.strftime("%Y-%m"), None
                elif target == "March 2026":
                    end, et = "2026-03", None
                else:
                    end, et = None, target
                actions.append(act(no, [theme, afi], text, [owner], end, status_of[fill], et))
                r += 1
            ws.cell(row=first, column=2, value=sir)
            ws.cell(row=first, column=3, value=afi)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=first, column=2).alignment = WRAP
            ws.cell(row=first, column=3).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Summary: 10 actions – 4 complete, 4 in progress, 1 overdue, "
                                   "1 not yet started").font = Font(italic=True)
    ws.cell(row=r + 1, column=1,
            value="SIR ref = paragraph of the Significant Incident Report in which the area for "
                  "improvement is set out.").font = Font(italic=True)
    wb.save(path(name))

    expect(
        name,
        source=(
            "Imitates the learning action plan a fire and rescue service keeps after publishing a "
            "significant incident report, here Bedfordshire FRS's report on the London Luton Airport "
            "Terminal Car Park 2 fire of 10 October 2023 (report published October 2024; see "
            "https://www.fsmatters.com/Bedfordshire-FRS-reports-on-Luton-Airport-fire and "
            "https://fire-magazine.co.uk/bfrs-publishes-london-luton-airport-car-park-fire-report). "
            "Copied features: a one-line title with the body's name, an incident/report line, a RAG "
            "key in coloured cells where green means complete, theme rows merged across the sheet, "
            "the report's area for improvement (with its SIR paragraph ref) merged down beside its "
            "actions, job titles as owners, RAG shown only by cell fill colour, a summary line and a "
            "note line under the table. Areas and actions are written for this test."),
        reads=(
            "One sheet: a title block and a colour key (green Complete, amber In progress, red "
            "Overdue, blank Not yet started), then ten numbered actions under five theme rows, each "
            "beside a merged area-for-improvement cell. The RAG column has no text, only fill; by the "
            "document's own key green reads as complete (blue) and an unfilled cell as not started. "
            "Two target cells are words: 'March 2026' and 'Ongoing'."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def header_row(table, heads, colour="D9D9D9"):
    for i, h in enumerate(heads):
        cell = table.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        shade(cell, colour)


# ---------------------------------------------------------------------------
# 3. HMP/YOI Deerbolt – HMIP inspection action plan (docx, prison)
# ---------------------------------------------------------------------------
def make_deerbolt():
    name = "zei-hmp-yoi-deerbolt-hmip-inspection-action-plan.docx"
    title = "Action Plan: HMP/YOI Deerbolt"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    for line in ["Action Plan Submitted: 19 May 2025",
                 "A Response to the HMIP Inspection: 3–19 December 2024",
                 "Report Published: 24 March 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) inspects the conditions for and treatment of those held "
        "in prisons and young offender institutions in England and Wales. Since 2022 its reports set "
        "out priority and key concerns rather than recommendations. HM Prison and Probation Service "
        "(HMPPS) is required to produce an action plan in response, setting out how each concern "
        "will be addressed.")
    doc.add_paragraph(
        "Each action below has a named responsible owner and a target date. Actions are intended to "
        "be specific and measurable so that progress can be tracked, and progress will be assessed "
        "by HMIP at its next independent review of progress or inspection.")
    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Role", "Signed", "Date"])
    for i, row in enumerate([("Governor, HMP/YOI Deerbolt", "Yes", "16 May 2025"),
                             ("Prison Group Director", "Yes", "19 May 2025")], 1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v

    PC = "Priority concerns"
    KC = "Key concerns"
    c1 = ("Illicit drugs were too easily available, and the rate of positive random drug tests "
          "was high.")
    c2 = ("The regime was over-restrictive and unreliable, and many young men were locked up during "
          "the working day.")
    c3 = ("Patients faced unacceptable barriers to health care: they were not escorted to "
          "appointments, received medicines late and had clinics cancelled.")
    c4 = ("Self-harm was the highest among similar prisons, and the quality of ACCT case management "
          "was inconsistent.")
    c5 = "Many officers were inexperienced and lacked the confidence to challenge poor behaviour."
    c6 = ("Although violence was falling, the rate of assaults was still the second highest among "
          "comparator prisons.")
    sections = [
        (PC, [
            (c1, [
                ("1.1", "Refresh the local drug strategy, informed by an analysis of supply routes and "
                        "drug test results, and review it monthly at the drug strategy meeting.",
                 "Head of Security", "30/06/2025"),
                ("1.2", "Introduce enhanced gate security, including a body scanner at the staff "
                        "entrance, and deliver search training to all operational staff.",
                 "Head of Operations / Head of Security", "31/10/2025"),
            ]),
            (c2, [
                ("2.1", "Publish a fixed core day and monitor its delivery daily, with any curtailment "
                        "authorised by the duty governor and recorded.",
                 "Deputy Governor", "31/07/2025"),
                ("2.2", "Increase activity places so that every young man has a full-time allocation to "
                        "education, skills or work.",
                 "Head of Education, Skills and Work", "April 2025 – March 2026"),
            ]),
            (c3, [
                ("3.1", "Agree a daily escort plan between healthcare and operations so that hospital "
                        "and clinic appointments are protected.",
                 "Head of Operations; Head of Healthcare", "30/06/2025"),
                ("3.2", "Review medicine administration times with the healthcare provider so that "
                        "time-critical medicines are given on time.",
                 "Head of Healthcare", "31/08/2025"),
            ]),
        ]),
        (KC, [
            (c4, [
                ("4.1", "Quality assure a sample of open ACCT documents each week and give feedback to "
                        "case managers.",
                 "Head of Safety", "30/09/2025"),
            ]),
            (c5, [
                ("5.1", "Introduce a mentoring scheme pairing each new prison officer with an "
                        "experienced officer for their first 12 months.",
                 "Head of Residence", "31/12/2025"),
            ]),
            (c6, [
                ("6.1", "Revise the violence reduction strategy with the prisoner council and introduce "
                        "restorative conferences after incidents.",
                 "Head of Safety", "30/11/2025"),
            ]),
        ]),
    ]
    actions = []
    for sec, concerns in sections:
        doc.add_heading(sec, level=2)
        nrows = 1 + sum(len(a) for _, a in concerns)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Concern", "Action", "Responsible owner", "Target date"], "BDD7EE")
        r = 1
        for concern, acts in concerns:
            first = r
            for ref, text, owner, target in acts:
                row = t.rows[r].cells
                row[0].text = ref
                row[2].text = text
                row[3].text = owner
                row[4].text = target
                sep = " / " if " / " in owner else ("; " if "; " in owner else None)
                leads = [x.strip() for x in owner.split(sep)] if sep else [owner]
                if "–" in target:
                    end, et = "2026-03", target
                else:
                    d_, m_, y_ = target.split("/")
                    end, et = f"{y_}-{m_}", None
                actions.append(act(ref, [sec, concern], text, leads, end, "unrated", et))
                r += 1
            merged = t.cell(first, 1)
            if r - 1 > first:
                merged = t.cell(first, 1).merge(t.cell(r - 1, 1))
            merged.text = concern
    doc.add_paragraph()
    doc.add_paragraph(
        "Progress against this plan is reviewed monthly at the senior leadership team meeting and "
        "reported quarterly to the Prison Group Director.")
    doc.save(path(name))

    expect(
        name,
        source=(
            "Imitates the HMPPS 'Action Plan: HMP …' documents published after HM Inspectorate of "
            "Prisons inspections (layout as in e.g. the HMP Elmley and HMP The Verne action plans, "
            "https://vdocuments.mx/a-response-to-the-hmip-inspection-23-april-report-internal-and-external.html, "
            "https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html), "
            "updated for HMIP's post-2022 priority and key concerns "
            "(https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
            "Body: HMP/YOI Deerbolt, fully inspected 3–19 December 2024, report published 24 March "
            "2025 (https://hmiprisons.justiceinspectorates.gov.uk/news/reports-published-24-march). "
            "Copied features: the 'Action Plan Submitted / A Response to the HMIP Inspection / Report "
            "Published' title block, an introduction, a sign-off table, one table per section with "
            "the concern merged down beside its actions, responsible owners as job titles and target "
            "dates as dd/mm/yyyy. Concerns are paraphrased and actions written for this test."),
        reads=(
            "A Word action plan with a title block, introduction and sign-off table, then a "
            "'Priority concerns' table and a 'Key concerns' table. Each concern sits in a merged cell "
            "beside its actions (1.1–6.1, nine in all), each with a responsible owner and a target "
            "date; there is no status column, so every action is unrated. One target is a period, "
            "'April 2025 – March 2026', which ends in March 2026."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 4. Calder High School – post-Ofsted action plan (docx, school)
# ---------------------------------------------------------------------------
def make_calder():
    name = "zei-calder-high-school-post-ofsted-action-plan.docx"
    title = "Calder High School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading(title, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Inspection: 5–6 March 2024 (graded inspection) | Overall effectiveness: "
                      "Requires improvement")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Approved by"])
    for i, row in enumerate([("1.0", "22/04/2024", "Headteacher", "Local Governing Body"),
                             ("1.1", "04/07/2024", "Deputy Headteacher (Curriculum)", "Standards Committee"),
                             ("1.2", "15/11/2024", "Deputy Headteacher (Curriculum)", "Local Governing Body")], 1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Key to leads: ").bold = True
    p.add_run("HT – Headteacher; DHT – Deputy Headteacher (Curriculum); DHT (Pastoral) – Deputy "
              "Headteacher (Pastoral); AHT(T&L) – Assistant Headteacher (Teaching and Learning); "
              "AHT(B) – Assistant Headteacher (Behaviour and Attitudes); SENDCo – Special Educational "
              "Needs and Disabilities Coordinator; SLT link – the senior leader linked to each department.")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("B – complete; G – on track; A – some progress, needs monitoring; R – significant "
              "concern; blank – not yet started.")

    P1 = "Priority 1: Assessment in lessons"
    P2 = "Priority 2: Behaviour and routines"
    P3 = "Priority 3: Attendance"
    o1 = ("In some subjects, teachers do not check pupils’ understanding carefully enough before moving "
          "on to new content. Leaders should make sure that teachers use assessment precisely to "
          "identify and address gaps in pupils’ knowledge.")
    o2 = ("Pupils’ behaviour in some lessons and at social times is not managed consistently. Leaders "
          "should make sure that all staff apply the behaviour policy consistently and that pupils "
          "understand the high expectations leaders have of them.")
    o3 = ("Too many pupils are persistently absent, particularly disadvantaged pupils. Leaders should "
          "continue to improve the attendance of these pupils.")
    # (ref, action, lead-cell, timescale, success criteria, progress, leads, end, end_text, status)
    plan = [
        (P1, o1, [
            ("1.1", "Deliver a CPD programme on responsive teaching and checking for understanding, "
                    "using hinge questions, in weekly teaching and learning briefings.",
             "DHT / AHT(T&L)", "Autumn term 2024",
             "All teaching staff attend; lesson visits show checks for understanding in most lessons.",
             "B", ["DHT", "AHT(T&L)"], "2024-12", "Autumn term 2024", "blue"),
            ("1.2", "Carry out subject reviews in every department to check the use of assessment in "
                    "lessons and in pupils’ books.",
             "SLT link", "Termly",
             "Each department reviewed once a term; actions followed up at line management.",
             "G", ["SLT link"], None, "Termly", "green"),
            ("1.3", "Report the findings of subject reviews to the Local Governing Body’s Standards "
                    "Committee.",
             "HT", "Summer term 2025",
             "Governors can show how they have challenged leaders on assessment.",
             "", ["HT"], "2025-07", "Summer term 2025", "unrated"),
        ]),
        (P2, o2, [
            ("2.1", "Relaunch the ‘Calder Way’ behaviour policy with staff and pupils, with a common set "
                    "of classroom routines.",
             "AHT(B)", "September 2024",
             "Routines visible in all lessons; fewer removals from lessons than in 2023–24.",
             "B", ["AHT(B)"], "2024-09", None, "blue"),
            ("2.2", "Increase staff presence at break and lunchtime and analyse behaviour incidents "
                    "fortnightly by year group.",
             "AHT(B); Heads of Year", "Ongoing",
             "Incidents at social times fall term on term.",
             "G", ["AHT(B)", "Heads of Year"], None, "Ongoing", "green"),
            ("2.3", "Reduce suspensions of pupils with SEND through targeted pastoral support plans.",
             "SENDCo", "31/03/2025",
             "Suspensions of pupils with SEND are at or below the national average.",
             "A", ["SENDCo"], "2025-03", None, "amber"),
        ]),
        (P3, o3, [
            ("3.1", "Appoint an attendance officer and introduce first-day calling and home visits for "
                    "persistently absent pupils.",
             "HT", "June 2024",
             "Attendance officer in post; every first-day absence followed up.",
             "B", ["HT"], "2024-06", None, "blue"),
            ("3.2", "Work with Calderdale’s attendance support team on early help plans for "
                    "disadvantaged pupils whose attendance is below 90%.",
             "DHT (Pastoral)", "Spring term 2025",
             "Persistent absence of disadvantaged pupils reduced by 5 percentage points.",
             "A", ["DHT (Pastoral)"], "2025-04", "Spring term 2025", "amber"),
        ]),
    ]
    actions = []
    for pri, ofsted, acts in plan:
        doc.add_heading(pri, level=2)
        lab = doc.add_paragraph()
        r_ = lab.add_run("Ofsted area for improvement:")
        r_.bold = True
        r_.italic = True
        doc.add_paragraph(ofsted)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress"], "E2EFD9")
        for i, (ref, text, lead, when, succ, rag, leads, end, et, st) in enumerate(acts, 1):
            cells = t.rows[i].cells
            for j, v in enumerate([ref, text, lead, when, succ, rag]):
                cells[j].text = v
            actions.append(act(ref, [pri, ofsted], text, leads, end, st, et))
        doc.add_paragraph()
    doc.add_paragraph("This plan is monitored by the Local Governing Body at each full governing body "
                      "meeting. Next review: January 2025.")
    doc.save(path(name))

    expect(
        name,
        source=(
            "Imitates a secondary school's post-Ofsted action plan written after a 'requires "
            "improvement' graded inspection (2024, before report cards), built around the report's "
            "'What does the school need to do to improve?' points, as The Key and Ofsted guidance "
            "describe (https://schoolleaders.thekeysupport.com/school-evaluation-and-improvement/plans-and-strategies-for-school-improvement/school-improvement-plans/post-ofsted-action-plan/, "
            "https://schoolgovernors.thekeysupport.com/school-improvement-and-strategy/inspection-evaluation/before-during-after-inspection/post-ofsted-action-plan-governors-role/). "
            "Body: Calder High School (Calderdale); the inspection details are invented for the test. "
            "Copied features: a title and inspection line, a version table, a key to leads' initials "
            "and a B/G/A/R progress key, one section per priority with a label paragraph and the "
            "Ofsted wording above a separate table, leads as initials (some two leads), school terms "
            "and 'Termly'/'Ongoing' as timescales, and a blank progress cell for an action not yet "
            "started."),
        reads=(
            "A Word plan: title, inspection line, version table and keys, then three priority "
            "headings, each with the Ofsted area for improvement quoted above a table of actions. "
            "Eight actions with initials as leads, timescales given as terms, months, a date, "
            "'Termly' or 'Ongoing', and a B/G/A progress letter (one blank). Terms end in their last "
            "month (Autumn 2024 → December, Summer 2025 → July, Spring 2025 → April, when the Easter "
            "holiday starts)."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 5. Dudley College of Technology – QIP 2025-26 with a mistyped month (xlsx, FE, refuse)
# ---------------------------------------------------------------------------
def make_dudley():
    name = "zei-dudley-college-of-technology-quality-improvement-plan-2025-26-typo-month-refuse.xlsx"
    title = "Dudley College of Technology – Quality Improvement Plan 2025-26"
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Derived from the Self-Assessment Report 2024-25. Monitored half-termly by the Quality "
                "and Standards Committee.")
    ws["A3"] = "Version 2 – updated 9 January 2026 | Owner: Vice Principal Quality and Learner Experience"
    heads = ["Ref", "Area for improvement (SAR)", "Action", "Lead", "Target date", "Success measure",
             "Autumn RAG", "Spring RAG", "Progress to date"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    for col, w in zip("ABCDEFGHI", [6, 38, 52, 26, 14, 38, 9, 9, 40]):
        ws.column_dimensions[col].width = w
    themes = [
        ("1. Quality of education", [
            ("1.1", "Too few learners on level 3 engineering programmes achieve high grades.",
             "Introduce fortnightly progress reviews against target grades for all level 3 "
             "engineering learners.", "Head of School Engineering", "December 2025",
             "High grades at level 3 rise from 31% to 40%.", "G", "", "Reviews in place since October."),
            ("1.2", "Teachers in some construction trades do not plan the sequence of practical and "
             "theory sessions well enough.",
             "Redesign the scheme of work for brickwork and carpentry so that theory precedes each "
             "practical task.", "Curriculum Manager Construction", "Febuary 2026",
             "Learning walks confirm theory and practice are linked.", "A", "",
             "Brickwork complete; carpentry in progress."),
            ("1.3", "", "Pair new construction teachers with an advanced practitioner for coaching.",
             "Advanced Practitioner Lead", "March 2026", "All new teachers coached at least twice a term.",
             "G", "", "Six pairings in place."),
        ]),
        ("2. Behaviour and attitudes", [
            ("2.1", "Attendance at English and maths lessons is too low, particularly for 16 to 18 "
             "GCSE resit learners.",
             "Introduce same-day follow-up of English and maths absence by personal tutors.",
             "Head of English and Maths", "December 2025",
             "Attendance at English and maths reaches 85%.", "A", "",
             "Attendance at 81% at end of autumn term."),
        ]),
        ("3. Personal development", [
            ("3.1", "Not all learners take part in meaningful work experience or industry placements.",
             "Set a placement target for each study programme and track placements weekly.",
             "Head of Employer Engagement", "July 2026",
             "95% of study programme learners complete work experience.", "G", "",
             "Targets set for all programmes."),
        ]),
        ("4. Leadership and management", [
            ("4.1", "Managers do not use learner progress data consistently to challenge "
             "underperformance.",
             "Launch the new progress dashboard and train curriculum managers in its use.",
             "Director of Management Information", "November 2025",
             "All curriculum managers use the dashboard in monthly reviews.", "B", "",
             "Dashboard launched 3 November."),
            ("4.2", "", "Hold half-termly performance review meetings with each curriculum area.",
             "Vice Principal Curriculum", "Ongoing", "Each area reviewed six times in the year.",
             "G", "", "Two rounds completed."),
        ]),
        ("5. Apprenticeships", [
            ("5.1", "Too many apprentices remain on programme beyond their planned end date.",
             "Review every apprentice past their planned end date with the employer and agree a "
             "completion plan.", "Head of Apprenticeships", "January 2026",
             "Apprentices past planned end date reduced to below 10%.", "R", "",
             "Currently 17%; additional assessor capacity requested."),
            ("5.2", "", "Introduce tripartite reviews every ten weeks that set clear targets for "
             "off-the-job training.", "Apprenticeship Quality Manager", "April 2026",
             "All reviews on time and targets recorded.", "A", "", "Review template agreed."),
        ]),
    ]
    r = 6
    typo_row = None
    for theme, acts in themes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E4DFEC")
        r += 1
        for a in acts:
            for ci, v in enumerate(a, 1):
                cell = ws.cell(row=r, column=ci, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
            rag = a[6]
            ws.cell(row=r, column=7).fill = FILL[rag]
            if a[4] == "Febuary 2026":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Blank Spring RAG = not yet reviewed this term (spring review due "
                                   "February 2026).").font = Font(italic=True)
    key = wb.create_sheet("Key")
    key["A1"] = "RAG definitions"
    key["A1"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some slippage – will be achieved with additional action"),
                                  ("R", "Not on track – escalated to Senior Leadership Team")], 2):
        key.cell(row=i, column=1, value=k).fill = FILL[k]
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["B"].width = 60
    wb.save(path(name))
    assert typo_row is not None

    expect(
        name,
        source=(
            "Imitates an English FE college's quality improvement plan drawn from its self-assessment "
            "report (SAR/QIP layout as in college examples such as "
            "https://studylib.net/doc/9198887/self-assessment-report-and-quality-improvement-plan and "
            "the RAG-rated HE review plan of City College Coventry, "
            "https://pdfslide.net/documents/higher-education-review-city-college-coventry-action-9989935661febc461440-0155a172978e9fd39aef368f8f339514r52cf3rahigher.html). "
            "Body: Dudley College of Technology; content invented for the test. Copied features: "
            "title block with owner and version, theme rows following the Ofsted EIF headings, SAR "
            "area for improvement beside its actions (continuation rows left blank), job-title leads, "
            "month-and-year target dates typed as text, termly RAG columns with fill colour, a notes "
            "line and a key sheet. One target date is mistyped 'Febuary 2026'."),
        reads=(
            "The plan sheet lists nine actions under five EIF theme rows, each with a lead, a "
            "target month typed as words and an autumn RAG. Action 1.2's target date reads "
            "'Febuary 2026' (sheet 'QIP 2025-26', row %d): a mistyped month in the end column, so a "
            "careful reader stops and asks rather than guess at it." % typo_row),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title=title,
    )


# ---------------------------------------------------------------------------
# 6. University of Dundee School of Life Sciences – Athena Swan action plan (csv)
# ---------------------------------------------------------------------------
def make_dundee():
    name = "zei-university-of-dundee-school-of-life-sciences-athena-swan-action-plan.csv"
    title = ("University of Dundee – School of Life Sciences: Athena Swan Silver Action Plan "
             "2024–2029")
    ncol = 8
    rows = [[title] + [""] * (ncol - 1),
            ["Progress export for the Self-Assessment Team meeting, 18 November 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Ref", "Action", "Rationale", "Responsibility", "Start", "End", "Success measure", "Status"]]
    P1 = ("Priority 1: Support the progression of women from postdoctoral to independent "
          "researcher posts")
    P2 = "Priority 2: Increase the proportion of women appointed to Principal Investigator posts"
    P3 = "Priority 3: Embed an inclusive culture and tackle bullying and harassment"
    P4 = "Priority 4: Improve support for staff returning from parental and caring leave"
    plan = [
        (P1, [
            ("1.1", "Run an annual Fellowship Academy for postdoctoral researchers, with mock interviews "
                    "and proposal review by senior staff.",
             "Women are 58% of postdocs but 34% of fellowship applicants (2023 data).",
             "Associate Dean (Research); Postdoc Development Lead", "Jan 2025", "Annually (June)",
             "Women are at least 50% of fellowship applicants by 2028.", "Green",
             ["Associate Dean (Research)", "Postdoc Development Lead"], None, "Annually (June)", "green"),
            ("1.2", "Guarantee every research-only staff member 10 days a year of protected time for "
                    "career development, recorded in annual review.",
             "Staff survey: 41% of female postdocs said they had no time for development.",
             "Head of School", "Sep 2024", "Dec 2025",
             "90% of annual reviews record protected time.", "Amber",
             ["Head of School"], "2025-12", None, "amber"),
        ]),
        (P2, [
            ("2.1", "Require gender-balanced shortlists and at least one woman on every interview panel, "
                    "and monitor outcomes at the School Executive.",
             "Only 2 of 9 PI appointments in 2019–2023 were women.",
             "School Manager", "Sep 2024", "Ongoing",
             "Women are at least 40% of PI appointments over the award period.", "Green",
             ["School Manager"], None, "Ongoing", "green"),
            ("2.2", "Include a statement welcoming flexible and part-time working in all job adverts and "
                    "further particulars.",
             "Exit interviews cited lack of visible flexibility.",
             "HR Business Partner", "Oct 2024", "Mar 2025",
             "Statement in 100% of adverts.", "Complete",
             ["HR Business Partner"], "2025-03", None, "blue"),
        ]),
        (P3, [
            ("3.1", "Deliver active bystander training to all staff and PhD students.",
             "Culture survey: 18% had witnessed bullying or harassment in the past year.",
             "EDI Committee Chair", "Jan 2025", "31/07/2026",
             "80% of staff and PhD students trained.", "Green",
             ["EDI Committee Chair"], "2026-07", None, "green"),
            ("3.2", "Hold School meetings and seminars within core hours (10:00–16:00).",
             "Staff with caring responsibilities could not attend 16:00 seminars.",
             "School Executive Group", "Sep 2024", "Dec 2024",
             "All School meetings and seminars within core hours.", "Complete",
             ["School Executive Group"], "2024-12", None, "blue"),
            ("3.3", "Repeat the School culture survey and report the results by gender and ethnicity.",
             "Baseline survey 2023; repeat needed to evaluate impact.",
             "Athena Swan SAT Chair", "Jan 2027", "Mar 2027",
             "Response rate above 60%; improvement on 2023 baseline.", "Not started",
             ["Athena Swan SAT Chair"], "2027-03", None, "unrated"),
        ]),
        (P4, [
            ("4.1", "Extend the returners’ research grant to technical and professional services staff.",
             "The grant is only open to academic staff.",
             "Head of School / Head of Operations", "Apr 2025", "Jan 2026",
             "Scheme open to all staff groups; uptake monitored.", "Red",
             ["Head of School", "Head of Operations"], "2026-01", None, "red"),
            ("4.2", "Publish a guide to parental leave and keeping-in-touch days on the School intranet.",
             "Returners reported that information was hard to find.",
             "Kerr, Fiona", "Jan 2025", "Jun 2025",
             "Guide published and linked from induction pages.", "Complete",
             ["Kerr, Fiona"], "2025-06", None, "blue"),
        ]),
    ]
    actions = []
    for pri, acts in plan:
        rows.append([pri] + [""] * (ncol - 1))
        for (ref, text, why, resp, start, endc, succ, status, leads, end, et, st) in acts:
            rows.append([ref, text, why, resp, start, endc, succ, status])
            actions.append(act(ref, [pri], text, leads, end, st, et))
    rows.append([""] * ncol)
    rows.append(["Total actions: 9 | Complete: 3 | Green: 3 | Amber: 1 | Red: 1 | Not started: 1"]
                + [""] * (ncol - 1))
    rows.append(["Note: status is reported by action owners and reviewed by the SAT each term."]
                + [""] * (ncol - 1))
    with open(path(name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

    expect(
        name,
        source=(
            "Imitates a departmental Athena Swan action plan under the transformed UK charter, kept as "
            "a spreadsheet and exported for the self-assessment team (priorities with numbered actions, "
            "rationale, responsibility, timeframe and success measures, as in Advance HE's guidance "
            "https://www.advance-he.ac.uk/equality-charters/transformed-uk-athena-swan-charter/implementing-and-evaluating-your-action-plan "
            "and published plans such as https://online.flippingbook.com/view/464159310/68-69 and "
            "https://www.gla.ac.uk/schools/healthwellbeing/athenaswan/ourinitiatives/athenaswaninhawkeye/headline_1011484_en.html). "
            "Body: University of Dundee, School of Life Sciences; content invented for the test. "
            "Copied features: two title lines, priority rows in the first column, start and end "
            "columns with month abbreviations, 'Ongoing' and 'Annually (June)', a name written "
            "surname-first, two-post responsibilities, a status word column, and totals and note "
            "lines at the foot."),
        reads=(
            "A CSV export: title and export line, a header row, then four priority rows each followed "
            "by its numbered actions (nine in all) with rationale, responsibility, start, end, success "
            "measure and status (Complete, Green, Amber, Red, Not started). 'Kerr, Fiona' is one "
            "person; the totals and note lines at the foot are not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
# 7. Devon, Cornwall and Dorset court custody – HMIP action plan (tab-separated txt)
# ---------------------------------------------------------------------------
def make_court_custody():
    name = "zei-hmcts-pecs-devon-cornwall-dorset-court-custody-hmip-inspection-action-plan.txt"
    title = "Devon, Cornwall and Dorset Court Custody – HMIP Inspection Action Plan"
    lines = [
        title,
        "Joint response by HM Courts & Tribunals Service, HMPPS Prisoner Escort and Custody Services "
        "(PECS) and GEOAmey",
        "Inspection: 8–18 July 2024 | Report published: 26 November 2024 | Progress at: 30 June 2025",
        "",
        "\t".join(["Concern", "Action no.", "Action", "Owner", "Target date", "Status", "Update"]),
    ]
    PC = "PRIORITY CONCERNS"
    KC = "KEY CONCERNS"
    c1 = ("Many cells across the estate were in poor condition, with graffiti, ligature points and "
          "faulty cell call bells.")
    c2 = ("Detainees, including women and children, were held in court cells for long periods after "
          "their cases had finished because of late collections.")
    c3 = ("Risk assessments were not always completed or shared with escort staff when detainees "
          "arrived from police custody.")
    c4 = "Detainees did not have access to reading material or drinking water without asking."
    c5 = ("Complaints were not always recorded or answered on time, and detainees were not told how "
          "to complain.")
    plan = [
        (PC, [
            (c1, [
                ("1.1", "Complete a ligature risk survey of every court custody suite in the region and "
                        "prioritise remedial works.",
                 "HMCTS Regional Estates Manager", "31/03/2025", "Complete",
                 "Survey complete; 11 urgent works orders raised.",
                 ["HMCTS Regional Estates Manager"], "2025-03", None, "blue"),
                ("1.2", "Agree a rolling programme of cell refurbishment, starting with Exeter and Truro "
                        "Crown Courts.",
                 "HMCTS Regional Estates Manager / PECS Contract Delivery Manager", "Q4 2025/26", "Amber",
                 "Funding bid submitted; Exeter works scoped.",
                 ["HMCTS Regional Estates Manager", "PECS Contract Delivery Manager"], "2026-03",
                 "Q4 2025/26", "amber"),
            ]),
            (c2, [
                ("2.1", "Monitor daily the time detainees are held after their case has finished, with "
                        "escalation to the GEOAmey duty manager after two hours.",
                 "GEOAmey Regional Operations Manager", "30/04/2025", "Complete",
                 "Daily report in place from April.",
                 ["GEOAmey Regional Operations Manager"], "2025-04", None, "blue"),
                ("2.2", "Review vehicle and crew allocation for late-running courts with the contractor.",
                 "PECS Contract Delivery Manager", "30/09/2025", "Green",
                 "Review under way; proposals due August.",
                 ["PECS Contract Delivery Manager"], "2025-09", None, "green"),
            ]),
        ]),
        (KC, [
            (c3, [
                ("3.1", "Brief all custody staff on completing the court custody risk assessment within "
                        "30 minutes of arrival and sharing it with escort crews.",
                 "GEOAmey Regional Operations Manager", "31/03/2025", "Complete",
                 "Briefings delivered to all custody staff.",
                 ["GEOAmey Regional Operations Manager"], "2025-03", None, "blue"),
            ]),
            (c4, [
                ("4.1", "Provide reading material in every suite and fit drinking water points where the "
                        "building allows.",
                 "HMCTS Delivery Manager (Plymouth and Exeter)", "31/12/2025", "Red",
                 "Reading material in place; water points awaiting estates approval.",
                 ["HMCTS Delivery Manager (Plymouth and Exeter)"], "2025-12", None, "red"),
            ]),
            (c5, [
                ("5.1", "Display complaints information in every cell and reception area in easy read "
                        "and the most common languages.",
                 "GEOAmey Quality and Compliance Manager", "June 2025", "Complete",
                 "Posters displayed in all suites.",
                 ["GEOAmey Quality and Compliance Manager"], "2025-06", None, "blue"),
                ("5.2", "Audit complaints handling at the quarterly regional contract meeting.",
                 "PECS Contract Delivery Manager", "Quarterly", "Green",
                 "First audit completed in May.",
                 ["PECS Contract Delivery Manager"], None, "Quarterly", "green"),
            ]),
        ]),
    ]
    actions = []
    for sec, concerns in plan:
        lines.append(sec)
        for concern, acts in concerns:
            for i, (no, text, owner, target, status, upd, leads, end, et, st) in enumerate(acts):
                lines.append("\t".join([concern if i == 0 else "", no, text, owner, target, status, upd]))
                actions.append(act(no, [sec, concern], text, leads, end, st, et))
    lines += ["",
              "Status key: Complete = action delivered; Green = on track; Amber = at risk of delay; "
              "Red = overdue",
              "Exported from the PECS contract management tracker."]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    expect(
        name,
        source=(
            "Imitates the joint HMCTS/HMPPS PECS action plan that follows an HM Inspectorate of "
            "Prisons inspection of court custody facilities in a region (reports such as Lancashire "
            "and Cumbria, October 2022, https://hmiprisons.justiceinspectorates.gov.uk/?p=2405, "
            "reported as priority and key concerns since 2022: "
            "https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/), "
            "saved as tab-separated text from a tracker. Region: Devon, Cornwall and Dorset; "
            "inspection dates and content invented for the test. Copied features: a title line and "
            "two context lines, a header row, capitalised section lines, the concern written only on "
            "the first action row of each concern, owners from three organisations (one cell with two "
            "posts), a financial-quarter target and 'Quarterly', status words, and a key and export "
            "note at the foot."),
        reads=(
            "A tab-separated text export: a title and two context lines, a header row, then PRIORITY "
            "CONCERNS and KEY CONCERNS section lines. Each concern appears on the first row of its "
            "actions and is blank on the next; eight actions in all, with owner, target date, status "
            "word (Complete, Green, Amber, Red) and update. 'Q4 2025/26' ends in March 2026."),
        outcome="read",
        accept_refusal=False,
        title=title,
        actions=actions,
    )


# ---------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def write_expected():
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    for name, kw in EXPECTED.items():
        doc = {k: kw[k] for k in order if k in kw}
        with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(doc, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                      default_flow_style=False)


if __name__ == "__main__":
    make_swrocu()
    make_bfrs()
    make_deerbolt()
    make_calder()
    make_dudley()
    make_dundee()
    make_court_custody()
    write_expected()
    for n in sorted(EXPECTED):
        print(n)
