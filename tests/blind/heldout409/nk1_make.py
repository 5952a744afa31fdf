"""Build the seven nk1- blind test files (set heldout409).

Run:  python nk1_make.py             -> writes the seven data files
      python nk1_make.py --expected  -> also (re)writes the .expected.yaml files
Each action record carries both what is written into the file and the reading a
person makes of it (ref, under, lead list, end, end_text, status).
"""
import csv
import datetime as dt
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def A(ref, under, action, lead, end, status, end_text=None, **cells):
    """One action: the reading (ref..status) plus the raw cells written."""
    d = {"ref": ref, "under": under, "action": action, "lead": lead,
         "end": end, "status": status}
    if end_text is not None:
        d["end_text"] = end_text
    d["cells"] = cells
    return d


CASES = {}

# ---------------------------------------------------------------------------
# 1. Kirklees Council - ILACS improvement plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
K_TITLE = "Kirklees Council Children's Services – ILACS Improvement Plan 2024–2026"
K_T1 = "Theme 1: Care leavers"
K_T2 = "Theme 2: Help and protection"
K_AFI1 = ("Area for improvement 1: The quality of pathway plans, so that they are co-produced "
          "with young people and clearly set out the help they will receive.")
K_AFI2 = ("Area for improvement 2: The sufficiency of suitable accommodation for care leavers, "
          "including for those aged 16 and 17 years.")
K_AFI3 = ("Area for improvement 3: Management oversight of plans for children in need, so that "
          "drift and delay are identified and addressed.")
K_ROWS = [
    ("theme", K_T1),
    ("afi", K_AFI1),
    A("1.1", [K_T1, K_AFI1],
      "Relaunch the pathway plan template, co-designed with the Children in Care Council and care "
      "leavers, with a clear 'my next steps' section.",
      ["Service Manager, Leaving Care"], "2024-12", "blue",
      lead_cell="Service Manager, Leaving Care", orig=D(2024, 12, 31), rev=None, prev="G", cur="B",
      update="New template live from 6 January 2025. Care leavers' forum reviewed the first 20 plans.",
      measure="Audit: 80% of plans rated good or better"),
    A("1.2", [K_T1, K_AFI1],
      "Personal advisers to review every pathway plan with the young person at least every six months, "
      "and sooner at key transitions.",
      ["Team Manager (Leaving Care)"], "2025-09", "green",
      lead_cell="Team Manager (Leaving Care)", orig=D(2025, 3, 31), rev=D(2025, 9, 30), prev="A", cur="G",
      update="94% of pathway plans reviewed in timescale (November 2025).",
      measure="Performance report – timeliness of pathway plan reviews"),
    A("1.3", [K_T1, K_AFI1],
      "Monthly audit of a sample of pathway plans by the Quality Assurance Team, with findings reported "
      "to the Leaving Care Practice Forum.",
      ["Head of Quality Assurance"], None, "green", end_text="Monthly",
      lead_cell="Head of Quality Assurance", orig="Monthly", rev=None, prev="G", cur="G",
      update="Audits completed each month since October 2024.",
      measure="Monthly audit summary"),
    ("afi", K_AFI2),
    A("2.1", [K_T1, K_AFI2],
      "Commission 12 additional supported accommodation places for 16- and 17-year-olds registered under "
      "the new Ofsted supported accommodation standards.",
      ["Head of Commissioning (Children)", "Service Manager, Leaving Care"], "2026-03", "amber",
      lead_cell="Head of Commissioning (Children) / Service Manager, Leaving Care",
      orig=D(2025, 6, 30), rev=D(2026, 3, 31), prev="A", cur="A",
      update="Seven places secured. Provider for remaining five places withdrew; re-tender under way.",
      measure="Number of registered places"),
    A("2.2", [K_T1, K_AFI2],
      "Agree a joint housing protocol with Homes and Neighbourhoods so that care leavers are given "
      "priority banding up to the age of 25.",
      ["Service Director – Children's Social Care", "Head of Housing Solutions"], "2025-09", "red",
      lead_cell="Service Director – Children's Social Care; Head of Housing Solutions",
      orig=D(2025, 9, 30), rev=None, prev="A", cur="R",
      update="Draft protocol not yet agreed. Escalated to Improvement Board.",
      measure="Protocol signed off by Cabinet"),
    ("theme", K_T2),
    ("afi", K_AFI3),
    A("3.1", [K_T2, K_AFI3],
      "Introduce a child in need plan review tracker for team managers, with exception reporting of "
      "plans open longer than nine months.",
      ["Head of Service, Family Support and Child Protection"], "2024-11", "blue",
      lead_cell="Head of Service, Family Support and Child Protection",
      orig=D(2024, 11, 30), rev=None, prev="B", cur="B",
      update="Tracker in use in all duty and assessment and family support teams.",
      measure="Exception report to Senior Leadership Team"),
    A("3.2", [K_T2, K_AFI3],
      "Deliver management oversight training for all team managers and advanced practitioners.\n"
      "Training to include recording of supervision on the child's record.",
      ["Principal Social Worker"], "2025-06", "green",
      lead_cell="Principal Social Worker", orig="Q4 2024/25", rev="Q1 2025/26", prev="A", cur="G",
      update="Four cohorts trained (52 managers). Final cohort booked.",
      measure="Training attendance; supervision audit"),
    A("3.3", [K_T2, K_AFI3],
      "Quarterly thematic audit of children in need plans, reported to the Children's Improvement Board.",
      ["Head of Quality Assurance"], None, "green", end_text="Quarterly",
      lead_cell="Head of Quality Assurance", orig="Quarterly", rev=None, prev="G", cur="G",
      update="Q2 audit reported to Board on 9 December 2025.",
      measure="Audit grades"),
]


def build_kirklees(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = K_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F3864")
    cov["A3"] = "Inspection of local authority children's services (ILACS): 8 to 26 July 2024"
    cov["A4"] = "Overall effectiveness: Good"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Changes"]
    rows = [("1.0", "27/09/2024", "Head of Quality Assurance", "Plan submitted to Ofsted"),
            ("1.3", "11/06/2025", "Head of Quality Assurance", "Revised dates agreed at Improvement Board"),
            ("1.5", "09/12/2025", "Head of Quality Assurance", "December progress update")]
    for j, h in enumerate(hdr, 1):
        c = cov.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
    for i, r in enumerate(rows, 8):
        for j, v in enumerate(r, 1):
            cov.cell(row=i, column=j, value=v).border = BOX
    cov["A12"] = ("Governance: progress is reported to the Children's Improvement Board and to the "
                  "Children's Scrutiny Panel.")
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 44

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – December 2025"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A3"], sm["B3"] = "RAG", "Number of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    acts = [r for r in K_ROWS if isinstance(r, dict)]
    counts = {}
    for a in acts:
        counts[a["cells"]["cur"]] = counts.get(a["cells"]["cur"], 0) + 1
    for i, (k, col) in enumerate([("B", BLUE), ("G", GREEN), ("A", AMBER), ("R", RED)], 4):
        sm.cell(row=i, column=1, value=k).fill = fill(col)
        sm.cell(row=i, column=2, value=counts.get(k, 0))
    sm["A8"], sm["B8"] = "Total", len(acts)
    sm["A8"].font = sm["B8"].font = Font(bold=True)
    sm["A10"] = "Key"
    sm["A10"].font = Font(bold=True)
    for i, t in enumerate(["B – Complete", "G – On track",
                           "A – Some slippage, remedial action in place", "R – Off track"], 11):
        sm.cell(row=i, column=1, value=t)
    sm.column_dimensions["A"].width = 44
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = K_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 9 December 2025"
    heads = ["Ref", "Action", "Lead", "Original target date", "Revised target date",
             "Previous RAG (Sep 25)", "Current RAG (Dec 25)", "Progress update", "Evidence / measure of impact"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 5
    for item in K_ROWS:
        if isinstance(item, tuple):
            kind, text = item
            ws.cell(row=r, column=1, value=text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1)
            if kind == "theme":
                c.font = Font(bold=True, color="FFFFFF", size=12)
                c.fill = fill("2F5597")
            else:
                c.font = Font(italic=True, bold=True)
                c.fill = fill("DDEBF7")
                c.alignment = WRAP
                ws.row_dimensions[r].height = 32
        else:
            cl = item["cells"]
            vals = [item["ref"], item["action"], cl["lead_cell"], cl["orig"], cl["rev"],
                    cl["prev"], cl["cur"], cl["update"], cl["measure"]]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for j in (6, 7):
                c = ws.cell(row=r, column=j)
                c.fill = fill(ragfill[c.value])
                c.alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].height = 48
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Notes: RAG ratings are confirmed by the Children's Improvement Board. "
                                    "Revised dates are shown where a change has been agreed by the Board."))
    for col, w in zip("ABCDEFGHI", [6, 60, 30, 14, 14, 11, 11, 44, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


CASES["nk1-kirklees-council-ilacs-improvement-plan.xlsx"] = {
    "build": build_kirklees, "rows": K_ROWS, "title": K_TITLE,
    "source": ("Kirklees Council (West Yorkshire) children's services, ILACS improvement plan after the July "
               "2024 inspection (judged Good overall, care leavers Requires improvement; reported by "
               "socialcare.today, 6 Sep 2024). Imitates the spreadsheet plans councils take to an "
               "improvement board: a Cover sheet with document control, a Summary sheet with RAG counts and "
               "key, and a plan sheet with merged dark theme rows, merged area-for-improvement rows above "
               "numbered actions, job-title leads (two posts in one cell), original and revised target "
               "dates, previous and current RAG letters with fill colour, and a notes line."),
    "reads": ("A three-sheet workbook; the actions are on 'Improvement Plan', grouped under two themes and "
              "three Ofsted areas for improvement. Each action has an original and sometimes a revised "
              "date (the revised one counts) and a previous and current RAG (the current one counts); "
              "Monthly/Quarterly actions have no end month."),
}

# ---------------------------------------------------------------------------
# 2. Portsmouth - corporate parenting board action plan (xlsx, sheet per priority, fill RAG)
# ---------------------------------------------------------------------------
P_TITLE = "Portsmouth Corporate Parenting Board – Action Plan 2025–27"
P1 = "Priority 1: A safe, stable and loving home"
P2 = "Priority 2: Healthy in body and mind"
P3 = "Priority 3: Learning and achieving"
P4 = "Priority 4: Ready for adult life"
P_SHEETS = [
    ("1 Home", P1, "You said: “Moving homes a lot makes it hard to settle.”", [
        A("H1", [P1], "Open two new council-run children's homes in the city so that more children can live "
                      "close to their family, school and friends.",
          ["Head of Service, Residential and Placements"], "2026-04", "green",
          lead_cell="Head of Service, Residential and Placements", when="April 2026",
          know="Both homes registered with Ofsted and children living there",
          update="First home registered September 2025; second home in build.", rag=GREEN),
        A("H2", [P1], "Recruit 25 new mainstream foster carers through the Fostering Portsmouth campaign.",
          ["Fostering Recruitment Manager", "Marketing Lead"], "2026-03", "amber",
          lead_cell="Fostering Recruitment Manager & Marketing Lead", when="March 2026",
          know="Number of approved fostering households",
          update="11 households approved so far; enquiries down on last year.", rag=AMBER),
        A("H3", [P1], "Introduce a stability meeting for any child who has had two placement moves in 12 months.",
          ["IRO Service Manager"], "2025-06", "blue",
          lead_cell="IRO Service Manager", when="June 2025",
          know="Stability meetings recorded on the child's file",
          update="In place since June 2025.", rag=BLUE),
    ]),
    ("2 Health", P2, "You said: “I want to know who to talk to when I'm not OK.”", [
        A("HW1", [P2], "Make sure every child has an initial health assessment within 20 working days of "
                       "coming into care.",
          ["Designated Nurse for Children in Care (HIOW ICB)"], None, "amber", end_text="Ongoing",
          lead_cell="Designated Nurse for Children in Care (HIOW ICB)", when="Ongoing",
          know="% of IHAs completed in 20 working days",
          update="71% in timescale in Q2, up from 58%.", rag=AMBER),
        A("HW2", [P2], "Offer every care leaver a health passport and a session with the nurse before their "
                       "18th birthday.",
          ["Named Nurse for Care Leavers, Solent NHS Trust"], "2025-12", "green",
          lead_cell="Named Nurse for Care Leavers, Solent NHS Trust", when="Dec 2025",
          know="Health passports issued",
          update="Passport redesigned with the Children in Care Council.", rag=GREEN),
    ]),
    ("3 Learning", P3, "You said: “Help me with school before it goes wrong.”", [
        A("L1", [P3], "Virtual School to make sure every child in care has a good quality Personal Education "
                      "Plan (PEP) each term.",
          ["Virtual School Headteacher"], None, "green", end_text="Termly",
          lead_cell="Virtual School Headteacher", when="Termly",
          know="% of PEPs rated good at QA",
          update="Summer term: 93% of PEPs completed, 84% good.", rag=GREEN),
        A("L2", [P3], "Ring-fence 10 council apprenticeships each year for care-experienced young people.",
          ["Head of HR and Organisational Development", "Leaving Care Service Manager"], "2026-09", "unrated",
          lead_cell="Head of HR and Organisational Development; Leaving Care Service Manager",
          when="Sept 2026", know="Apprenticeships started", update="", rag=None),
    ]),
    ("4 Leaving care", P4, "You said: “Money is the biggest worry when you move out.”", [
        A("LC1", [P4], "Extend council tax exemption for Portsmouth care leavers living in other areas up to "
                       "age 25.",
          ["Director of Finance and Resources"], "2026-04", "red",
          lead_cell="Director of Finance and Resources", when="April 2026",
          know="Exemption in the council tax support scheme",
          update="Not included in draft 2026/27 scheme – Board to write to Cabinet.", rag=RED),
        A("LC2", [P4], "Set up a care leavers' hub at the Central Library with drop-in support from personal "
                       "advisers.",
          ["Leaving Care Service Manager"], "2025-12", "green",
          lead_cell="Leaving Care Service Manager", when="Q3 2025/26",
          know="Hub open; number of young people using it",
          update="Room agreed; opening planned for December.", rag=GREEN),
    ]),
]
P_ROWS = [a for s in P_SHEETS for a in s[3]]


def build_portsmouth(path):
    wb = Workbook()
    fs = wb.active
    fs.title = "Front sheet"
    fs["A1"] = P_TITLE
    fs["A1"].font = Font(bold=True, size=16, color="003A70")
    fs["A2"] = "Owner: Corporate Parenting Board (Chair: Cabinet Member for Children, Families and Education)"
    fs["A3"] = "Last updated: 14 November 2025"
    fs["A5"] = "Our promise to children in our care and care leavers: we will be the kind of parent every child deserves."
    fs["A5"].font = Font(italic=True)
    fs["A7"] = "RAG key"
    fs["A7"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(RED, "Off track – Board attention needed"),
                                    (AMBER, "Some delay – recovery in hand"),
                                    (GREEN, "On track"), (BLUE, "Completed"),
                                    (None, "Not yet started")], 8):
        c = fs.cell(row=i, column=1)
        c.border = BOX
        if col:
            c.fill = fill(col)
        fs.cell(row=i, column=2, value=txt)
    fs["A14"] = "Each priority has its own tab."
    fs.column_dimensions["A"].width = 10
    fs.column_dimensions["B"].width = 40
    heads = ["Ref", "What we will do", "Who", "By when", "How we will know", "Update (Nov 2025)", "RAG"]
    for name, pri, said, acts in P_SHEETS:
        ws = wb.create_sheet(name)
        ws["A1"] = pri
        ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
        ws["A1"].fill = fill("003A70")
        ws.merge_cells("A1:G1")
        ws["A2"] = said
        ws["A2"].font = Font(italic=True, color="595959")
        ws.merge_cells("A2:G2")
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill("D9D9D9")
            c.border = BOX
        for i, a in enumerate(acts, 5):
            cl = a["cells"]
            vals = [a["ref"], a["action"], cl["lead_cell"], cl["when"], cl["know"], cl["update"] or None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = WRAP
                c.border = BOX
            if cl["rag"]:
                ws.cell(row=i, column=7).fill = fill(cl["rag"])
            ws.row_dimensions[i].height = 45
        for col, w in zip("ABCDEFG", [6, 55, 32, 12, 32, 40, 7]):
            ws.column_dimensions[col].width = w
    wb.save(path)


CASES["nk1-portsmouth-city-council-corporate-parenting-board-action-plan.xlsx"] = {
    "build": build_portsmouth, "rows": P_ROWS, "title": P_TITLE,
    "source": ("Portsmouth City Council corporate parenting board action plan (2025–27), in the style of "
               "published pledge-based corporate parenting action plans (e.g. Bracknell Forest's 2025–28 "
               "action plan with responsible officer and timeline per pledge). Copies a front sheet with "
               "owner, date and a colour-only RAG key, then one tab per priority with a coloured priority "
               "banner, a 'You said' quote line, 'What we will do / Who / By when / How we will know' "
               "columns and a RAG column shown only by cell fill colour."),
    "reads": ("A front sheet (title, owner, RAG key) and four priority tabs, each with two or three "
              "actions. Status is read from the fill colour of the RAG cell (one action has no fill: not "
              "started). Dates are months, a financial quarter, 'Ongoing' and 'Termly'."),
}

# ---------------------------------------------------------------------------
# 3. Nottingham City YJS - HMIP improvement plan (xlsx) - REFUSE (typo month)
# ---------------------------------------------------------------------------
N_TITLE = "Nottingham City Youth Justice Service – HM Inspectorate of Probation Post-Inspection Improvement Plan"
N_BOARD = "The Nottingham City Youth Justice Partnership Board should:"
N_MGR = "The Youth Justice Service Manager should:"
N_R1 = ("1. make sure that board members understand and use the service's data on the age and "
        "ethnicity of children entering the youth justice system")
N_R2 = "2. make sure that the police secondment arrangements meet the national staffing requirements"
N_R3 = ("3. improve the quality of assessment and planning to keep other people safe, so that it "
        "considers all relevant information from partner agencies")
N_R4 = "4. make sure that the needs and wishes of victims are consistently considered in out-of-court disposal work"
N_R5 = "5. improve the consistency of management oversight of work to keep the child safe"
N_LAYOUT = [
    ("section", N_BOARD),
    ("rec", N_R1, [
        A("1a", [N_BOARD, N_R1], "Quarterly disproportionality dashboard presented to every Board meeting, "
                                 "with a named board member to lead challenge.",
          ["Head of Youth Justice and Targeted Youth Support"], "2025-09", "blue",
          lead_cell="Head of Youth Justice and Targeted Youth Support", start="July 2025",
          due="30/09/2025", prog="Dashboard presented in September and October.", rag="Complete"),
        A("1b", [N_BOARD, N_R1], "Board development session on first-time entrants aged 10 to 13, with "
                                 "Nottinghamshire Police and the Crown Prosecution Service.",
          ["Board Chair", "YJS Performance Officer"], "2025-11", "green",
          lead_cell="Board Chair / YJS Performance Officer", start="Sept 2025",
          due="November 2025", prog="Session booked for 20 November.", rag="Green"),
    ]),
    ("rec", N_R2, [
        A("2a", [N_BOARD, N_R2], "Agree a revised secondment agreement with Nottinghamshire Police for two "
                                 "full-time officers in the YJS.",
          ["Superintendent, Nottinghamshire Police City Division"], "2025-12", "amber",
          lead_cell="Superintendent, Nottinghamshire Police City Division", start="July 2025",
          due="December 2025", prog="One officer in post; second post advertised.", rag="Amber"),
    ]),
    ("section", N_MGR),
    ("rec", N_R3, [
        A("3a", [N_MGR, N_R3], "Refresh AssetPlus training for all case managers, with a focus on "
                               "risk of serious harm and contingency planning.",
          ["YJS Practice Lead"], "2026-01", "green",
          lead_cell="YJS Practice Lead", start="Sept 2025", due="January 2026",
          prog="Two of three sessions delivered.", rag="Green"),
        A("3b", [N_MGR, N_R3], "Introduce a standard information request to children's social care, "
                               "health and education at the start of every assessment.",
          ["Team Manager, Court and Intervention"], None, "amber",
          lead_cell="Team Manager, Court and Intervention", start="Oct 2025",
          due="Febuary 2026", prog="Template drafted; being tested with the MASH.", rag="Amber"),
    ]),
    ("rec", N_R4, [
        A("4a", [N_MGR, N_R4], "Victim worker to attend every joint decision-making panel and record the "
                               "victim's views on the panel record.",
          ["Restorative Justice and Victim Lead"], "2025-10", "blue",
          lead_cell="Restorative Justice and Victim Lead", start="July 2025",
          due="October 2025", prog="In place since August 2025.", rag="Complete"),
    ]),
    ("rec", N_R5, [
        A("5a", [N_MGR, N_R5], "Monthly case audits by operational managers, moderated by the Service "
                               "Manager, with learning shared at team meetings.",
          ["YJS Service Manager"], None, "green", end_text="Monthly",
          lead_cell="YJS Service Manager", start="Aug 2025", due="Monthly",
          prog="Audit cycle running; first moderation completed.", rag="Green"),
    ]),
]
N_REFUSE_ROW = None  # filled in by build


def build_nottingham(path):
    global N_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = N_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Inspection fieldwork: 3–7 March 2025 | Report published: 12 June 2025 | "
                "Overall rating: Requires improvement")
    ws["A3"] = "Approved by the Nottingham City Youth Justice Partnership Board: 24 July 2025"
    heads = ["No.", "HMIP recommendation", "Action", "Action owner", "Start date", "Due date",
             "Progress (October 2025)", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("4B2E83")
        c.border = BOX
        c.alignment = WRAP
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    r = 6
    for item in N_LAYOUT:
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, rec, acts = item
        first = r
        ws.cell(row=r, column=2, value=rec)
        for a in acts:
            cl = a["cells"]
            vals = [a["ref"], None, a["action"], cl["lead_cell"], cl["start"], cl["due"], cl["prog"], cl["rag"]]
            for j, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(row=r, column=j, value=v)
                c = ws.cell(row=r, column=j)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=8).fill = fill(ragfill[cl["rag"]])
            if cl["due"].startswith("Febuary"):
                N_REFUSE_ROW = r
            ws.row_dimensions[r].height = 45
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete / Green = on track / Amber = at risk / Red = off track")
    for col, w in zip("ABCDEFGH", [6, 40, 50, 30, 11, 13, 38, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(path)


N_ROWS = [a for it in N_LAYOUT if it[0] == "rec" for a in it[2]]
CASES["nk1-nottingham-city-youth-justice-service-hmip-improvement-plan-typo-month-refuse.xlsx"] = {
    "build": build_nottingham, "rows": N_ROWS, "title": N_TITLE, "refuse": True,
    "source": ("Nottingham City Youth Justice Service post-inspection improvement plan for HM Inspectorate "
               "of Probation (a YJS earlier rated 'Requires improvement', with board data and police "
               "secondment findings; HMIP press release). Copies the usual YJS plan layout: title block with "
               "fieldwork/publication dates and board approval, recommendations grouped under 'The ... Board "
               "should:' and 'The ... Service Manager should:' section rows, the recommendation text in a "
               "cell merged down beside its actions, action owner, start and due dates, progress and RAG "
               "words with fill."),
    "reads": ("A one-sheet HMIP improvement plan with seven actions under five recommendations. The due "
              "date of action 3b reads 'Febuary 2026' – a mistyped month; a careful reader stops there "
              "and asks before taking the plan in."),
}

# ---------------------------------------------------------------------------
# 4. Bolton Council - Ofsted focused visit action plan (docx, one table per AFI)
# ---------------------------------------------------------------------------
B_TITLE = "Bolton Council Children’s Services: Ofsted Focused Visit Action Plan"
B_AFI1 = ("The timeliness of permanence planning for children in care, including the use of early "
          "permanence and connected carers.")
B_AFI2 = ("The consistency of management oversight and supervision, so that drift in children’s plans "
          "is identified and addressed promptly.")
B_AFI3 = "Children’s access to timely help with their emotional health and well-being."
B_SECTIONS = [
    ("Area for improvement 1", B_AFI1, [
        A("1.1", [B_AFI1], "Introduce a permanence tracking panel, chaired by the Head of Service, to review "
                           "every child in care at their second review.",
          ["Head of Service, Children in Care"], "2025-07", "blue",
          lead_cell="Head of Service, Children in Care", when="July 2025",
          prog="Panel meeting fortnightly since 3 July 2025.", rag="Complete"),
        A("1.2", [B_AFI1], "Train all social workers in the children in care teams in early permanence and "
                           "fostering for adoption.",
          ["Principal Social Worker", "Adoption Now Team Manager"], "2025-09", "green",
          lead_cell="Principal Social Worker / Adoption Now Team Manager", when="End of September 2025",
          prog="86% of social workers trained; mop-up session in October.", rag="Green"),
        A("1.3", [B_AFI1], "Increase the number of family network meetings held before care proceedings are "
                           "issued.",
          ["Service Manager, Edge of Care"], "2026-03", "amber",
          lead_cell="Service Manager, Edge of Care", when="By 31 March 2026",
          prog="Family group conference capacity reduced by vacancy; agency coordinator starting November.",
          rag="Amber"),
    ]),
    ("Area for improvement 2", B_AFI2, [
        A("2.1", [B_AFI2], "Refresh the supervision policy and templates so that supervision records show "
                           "reflection on the child’s plan and clear actions with timescales.",
          ["Principal Social Worker"], "2025-08", "blue",
          lead_cell="Principal Social Worker", when="August 2025",
          prog="New policy and template live from 1 August 2025.", rag="Complete"),
        A("2.2", [B_AFI2], "Team managers to audit two supervision records each month; findings reported "
                           "to the Quality Assurance Board.",
          ["Children in Care Team Managers"], None, "green", end_text="Monthly",
          lead_cell="Children in Care Team Managers", when="Monthly",
          prog="September audits: 78% of records good or better.", rag="Green"),
    ]),
    ("Area for improvement 3", B_AFI3, [
        A("3.1", [B_AFI3], "Agree a fast-track pathway to CAMHS for children in care with NHS Greater "
                           "Manchester (Bolton locality).",
          ["Head of Service, Children in Care", "Designated Nurse, Children in Care"], "2025-12", "amber",
          lead_cell="Head of Service, Children in Care and Designated Nurse, Children in Care",
          when="December 2025", prog="Draft pathway with CAMHS; waiting times still above 18 weeks.",
          rag="Amber"),
        A("3.2", [B_AFI3], "Commission trauma-informed practice training for foster carers and residential "
                           "staff.",
          ["Fostering Service Manager"], "2026-03", "unrated",
          lead_cell="Fostering Service Manager", when="Q4 2025/26", prog="", rag="Not started"),
    ]),
]
B_ROWS = [a for s in B_SECTIONS for a in s[2]]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=10):
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def build_bolton(path):
    doc = Document()
    doc.add_paragraph(B_TITLE, style="Title")
    doc.add_paragraph("Focused visit 13–14 May 2025: arrangements for children in care")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "2.1"), ("Date", "6 October 2025"),
                 ("Owner", "Assistant Director, Children’s Social Care"),
                 ("Reporting to", "Children’s Services Improvement and Assurance Board"),
                 ("Status", "Live – updated monthly")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
        shade(row.cells[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete – action delivered and impact evidenced; Green – on track; "
                      "Amber – at risk of delay; Red – off track; Not started.")
    for head, afi, acts in B_SECTIONS:
        doc.add_heading(head, level=1)
        p = doc.add_paragraph()
        p.add_run(afi).bold = True
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "1F4E79")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        colour = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED, "Not started": "FFFFFF"}
        for a in acts:
            cl = a["cells"]
            row = tb.add_row()
            for c, v in zip(row.cells, [a["ref"], a["action"], cl["lead_cell"], cl["when"], cl["prog"], cl["rag"]]):
                set_cell(c, v)
            shade(row.cells[5], colour[cl["rag"]])
        doc.add_paragraph()
    doc.add_paragraph("Next review: Children’s Services Improvement and Assurance Board, January 2026.")
    doc.save(path)


CASES["nk1-bolton-council-focused-visit-action-plan.docx"] = {
    "build": build_bolton, "rows": B_ROWS, "title": B_TITLE,
    "source": ("Bolton Council children's services action plan after an Ofsted ILACS focused visit "
               "(2025, children in care), following Bolton's 2023 ILACS (Good; help and protection "
               "Requires improvement – The Bolton News). Imitates a Word action plan: title and subtitle, "
               "a two-column document control table, a one-line RAG status key, then for each area for "
               "improvement a heading ('Area for improvement 1'), the Ofsted wording in bold, and its own "
               "action table (Ref, Action, Lead, Timescale, Progress update, RAG word with shading)."),
    "reads": ("Seven actions in three tables, one per Ofsted area for improvement; the heading only names "
              "the part, so each action sits under the bold area-for-improvement text. Timescales are "
              "months, 'End of September 2025', 'By 31 March 2026', 'Q4 2025/26' and 'Monthly'."),
}

# ---------------------------------------------------------------------------
# 5. Isle of Wight SCP - JTAI action plan (docx, single table, merged AFI rows, fill-only RAG)
# ---------------------------------------------------------------------------
W_TITLE = "Isle of Wight Safeguarding Children Partnership: JTAI Multi-agency Action Plan"
W_AFI1 = ("Area for improvement 1: The quality and timeliness of information shared by health partners, "
          "including GPs, when strategy discussions are held.")
W_AFI2 = ("Area for improvement 2: The consistency of police decision-making about when to share domestic "
          "abuse notifications with schools through Operation Encompass.")
W_AFI3 = ("Area for improvement 3: The partnership’s understanding of the impact of its multi-agency "
          "training on practice at the front door.")
W_LAYOUT = [
    ("afi", W_AFI1),
    A("1.1", [W_AFI1], "Agree a health information-sharing standard for strategy discussions, with a named "
                       "health representative at every discussion held in the MASH.",
      ["ICB – Designated Nurse Safeguarding Children"], "2025-06", "blue",
      lead_cell="ICB – Designated Nurse Safeguarding Children", when="30/06/2025",
      impact="Audit of 30 strategy discussions: health present or contributing in 28.", rag=BLUE),
    A("1.2", [W_AFI1], "Brief all GP practices on the new request form and the five working day response "
                       "time, and audit responses.",
      ["ICB – Named GP for Safeguarding", "LA – MASH Service Manager"], "2025-09", "green",
      lead_cell="ICB – Named GP for Safeguarding; LA – MASH Service Manager", when="September 2025",
      impact="Response within five days rose from 41% to 76%.", rag=GREEN),
    ("afi", W_AFI2),
    A("2.1", [W_AFI2], "Re-issue Operation Encompass guidance to the Public Protection Unit, with a daily "
                       "supervisor check of all notifications not shared.",
      ["Hampshire and Isle of Wight Constabulary – DCI Public Protection"], "2025-07", "green",
      lead_cell="Hampshire and Isle of Wight Constabulary – DCI Public Protection", when="Jul-25",
      impact="Dip sample each month.", rag=GREEN),
    A("2.2", [W_AFI2], "Extend Encompass notifications to early years settings and colleges on the Island.",
      ["Police – Encompass Coordinator", "LA – Education Safeguarding Lead"], "2025-12", "amber",
      lead_cell="Police – Encompass Coordinator / LA – Education Safeguarding Lead", when="Q3 2025/26",
      impact="Number of settings signed up.", rag=AMBER),
    ("afi", W_AFI3),
    A("3.1", [W_AFI3], "Add a follow-up survey at three months to every IWSCP front door course and report "
                       "the findings to the Learning and Improvement Subgroup.",
      ["IWSCP Business Manager"], "2025-10", "red",
      lead_cell="IWSCP Business Manager", when="October 2025",
      impact="Survey not yet launched – delayed by change of training platform.", rag=RED),
    A("3.2", [W_AFI3], "Run a multi-agency audit of referrals from partners who have attended the training.\n"
                       "Compare the quality of referrals with those from partners who have not.",
      ["IWSCP Training and Development Officer"], "2026-03", "unrated",
      lead_cell="IWSCP Training and Development Officer", when="March 2026",
      impact="", rag=None),
]
W_ROWS = [a for a in W_LAYOUT if isinstance(a, dict)]


def build_iow(path):
    doc = Document()
    doc.add_paragraph(W_TITLE, style="Title")
    doc.add_paragraph("Joint targeted area inspection of the multi-agency response to identification of "
                      "initial need and risk (the ‘front door’)")
    doc.add_paragraph("Inspection: 10–14 February 2025. Letter published: 25 April 2025. "
                      "Plan updated: 5 November 2025.")
    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    for col, txt in [(BLUE, "Action complete and impact evidenced"), (GREEN, "On track"),
                     (AMBER, "Some slippage"), (RED, "Off track / escalated to the Executive")]:
        row = kt.add_row()
        shade(row.cells[0], col)
        set_cell(row.cells[1], txt)
    doc.add_paragraph()
    doc.add_heading("Action plan", level=2)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead agency and officer", "Target date",
                                       "Evidence of impact", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    for item in W_LAYOUT:
        row = tb.add_row()
        if isinstance(item, tuple):
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, item[1], bold=True)
            shade(m, "F2F2F2")
            continue
        cl = item["cells"]
        for c, v in zip(row.cells, [item["ref"], item["action"], cl["lead_cell"], cl["when"], cl["impact"], ""]):
            set_cell(c, v)
        if cl["rag"]:
            shade(row.cells[5], cl["rag"])
    doc.add_paragraph()
    doc.add_paragraph("Progress is monitored by the IWSCP Executive Group every quarter.")
    doc.save(path)


CASES["nk1-isle-of-wight-safeguarding-children-partnership-jtai-action-plan.docx"] = {
    "build": build_iow, "rows": W_ROWS, "title": W_TITLE,
    "source": ("Isle of Wight Safeguarding Children Partnership multi-agency action plan after a joint "
               "targeted area inspection of the 'front door' (Ofsted, CQC, HMICFRS; JTAI framework as "
               "described by HMICFRS and partnership guidance pages). Copies the partnership style: title, "
               "theme and dates lines, a colour-only RAG key table, then one action table with full-width "
               "merged rows for each area for improvement, agency-prefixed leads ('ICB –', 'Police –', "
               "'LA –'), target dates in mixed forms, an evidence-of-impact column and RAG by cell shading "
               "with no text."),
    "reads": ("Six actions in a single table under three merged area-for-improvement rows; the key table "
              "is not the plan. Status comes from the RAG cell's shading (one cell unshaded: not "
              "started); one action cell has two paragraphs."),
}

# ---------------------------------------------------------------------------
# 6. Tameside - children's home Ofsted action plan (csv)
# ---------------------------------------------------------------------------
T_TITLE = "Tameside Council – Children's Home Ofsted Inspection Action Plan"
T_R1 = ("The registered person must ensure that staff understand and follow the home's missing from care "
        "procedures, and that return home interviews are requested and recorded.")
T_R2 = ("The registered person must ensure that the home's monitoring systems identify shortfalls in "
        "record keeping and that action is taken to address them.")
T_R3 = ("The registered person must ensure that full employment histories are obtained, and any gaps "
        "explained, before staff start work.")
T_C1 = "The registered person should ensure that children's views are reflected in their placement plans."
T_C2 = ("The registered person should ensure that children's education is supported by regular liaison "
        "with their school and the virtual school.")
T_LINES = [
    ("R1", "Requirement", "Regulation 12 (the protection of children standard)", T_R1, [
        A("1.1", [T_R1], "Refresher training for all staff on the missing from care protocol, including "
                        "notifying the police and the placing authority.",
          ["Registered Manager"], "2025-04", "blue",
          lead_cell="Registered Manager", due="30/04/2025", st="Complete"),
        A("1.2", [T_R1], "Manager to review every missing episode within 72 hours and record the outcome on "
                        "the child's file.",
          ["Registered Manager", "Deputy Manager"], None, "green", end_text="Ongoing",
          lead_cell="Registered Manager / Deputy Manager", due="Ongoing", st="On track"),
    ]),
    ("R2", "Requirement", "Regulation 13 (the leadership and management standard)", T_R2, [
        A("2.1", [T_R2], "Introduce a monthly quality assurance audit of daily logs, incident records and "
                        "key-work sessions, with actions tracked on the home's development plan.",
          ["Responsible Individual"], "2025-05", "blue",
          lead_cell="Responsible Individual", due="31/05/2025", st="Complete"),
    ]),
    ("R3", "Requirement", "Regulation 33 (employment of staff)", T_R3, [
        A("3.1", [T_R3], "HR to audit all staff files and obtain missing employment histories; no start dates "
                        "to be confirmed until checks are signed off by the Registered Manager.",
          ["HR Business Partner (Children's Services)", "Registered Manager"], "2025-04", "blue",
          lead_cell="HR Business Partner (Children's Services) and Registered Manager", due="14/04/2025",
          st="Complete"),
    ]),
    ("Rec1", "Recommendation", "Guide to the Children's Homes Regulations, paragraph 3.9", T_C1, [
        A("4.1", [T_C1], "Key workers to complete 'my plan, my say' sessions with each child before their "
                          "placement plan review.",
          ["Key Workers"], "2025-06", "green",
          lead_cell="Key Workers", due="June 2025", st="On track"),
    ]),
    ("Rec2", "Recommendation", "Guide to the Children's Homes Regulations, paragraph 8.13", T_C2, [
        A("5.1", [T_C2], "Arrange termly meetings with each child's school and the Virtual School, and "
                          "record the outcomes in the child's education file.",
          ["Deputy Manager"], None, "unrated", end_text="Termly",
          lead_cell="Deputy Manager", due="Termly", st="Not started"),
    ]),
]
T_ROWS = [a for l in T_LINES for a in l[4]]


def build_tameside(path):
    rows = [[T_TITLE, "", "", "", "", "", "", "", ""],
            ["Home: Beacon View (URN SC493861)", "", "", "Inspection date: 4 March 2025", "", "",
             "Updated: 19 May 2025", "", ""],
            ["Overall experiences and progress of children and young people: Requires improvement to be good",
             "", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", "", ""],
            ["No.", "Type", "Regulation / standard", "Requirement or recommendation", "Action no.", "Action",
             "Responsible", "Target date", "Status"]]
    for no, typ, reg, text, acts in T_LINES:
        for k, a in enumerate(acts):
            cl = a["cells"]
            if k == 0:
                rows.append([no, typ, reg, text, a["ref"], a["action"], cl["lead_cell"], cl["due"], cl["st"]])
            else:
                rows.append(["", "", "", "", a["ref"], a["action"], cl["lead_cell"], cl["due"], cl["st"]])
    rows.append(["", "", "", "", "", "", "", "", ""])
    rows.append(["Action plan sent to Ofsted on 1 April 2025. Next review at the Regulation 45 review.",
                 "", "", "", "", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


CASES["nk1-tameside-council-childrens-home-ofsted-action-plan.csv"] = {
    "build": build_tameside, "rows": T_ROWS, "title": T_TITLE,
    "source": ("Tameside Council (Greater Manchester) action plan for one of its children's homes after an "
               "Ofsted full inspection under the SCCIF for children's homes, where inspectors set "
               "requirements (breaches of regulation, with the regulation named) and recommendations "
               "(referring to the Guide to the Children's Homes Regulations). Copies a registered "
               "manager's CSV/Excel export: title line, home/URN and inspection-date lines, a judgement "
               "line, a header row with Type and Regulation columns, a second action for a requirement on "
               "a row whose requirement cells are left blank, an action-number column, and a closing note line."),
    "reads": ("Six actions answering three requirements and two recommendations; the second action "
              "(1.2) sits on a row with the requirement cells left blank and belongs to R1. Dates are day-first, a month, 'Ongoing' and "
              "'Termly'; statuses are Complete, On track and Not started."),
}

# ---------------------------------------------------------------------------
# 7. Somerset SCP - early help strategy action plan (tab-separated txt)
# ---------------------------------------------------------------------------
S_TITLE = "Somerset Safeguarding Children Partnership – Early Help Strategy 2023–2026: Action Plan"
S1 = "Priority 1: Early help is everyone's business"
S2 = "Priority 2: Family hubs in every community"
S3 = "Priority 3: The right help at the right time"
S_GROUPS = [
    (S1, [
        A("1.1", [S1], "Refresh the Effective Support for Children and Families guidance and relaunch it "
                       "through multi-agency briefings.",
          ["Early Help Strategic Manager"], "2025-03", "blue",
          lead_cell="Early Help Strategic Manager", partners="All partners", when="March 2025", rag="C",
          comment="Relaunched at briefings in March 2025; 640 practitioners attended."),
        A("1.2", [S1], "Increase the number of Early Help Assessments led by schools and health practitioners.",
          ["Early Help Strategic Manager", "Designated Nurse, Somerset ICB"], "2026-03", "amber",
          lead_cell="Early Help Strategic Manager & Designated Nurse, Somerset ICB", partners="Schools; health",
          when="Q4 2025/26", rag="A", comment="Schools up 12%; health-led assessments flat."),
        A("1.3", [S1], "Publish a quarterly early help data dashboard for partners.",
          ["Head of Performance and Insight"], None, "green", end_text="Quarterly",
          lead_cell="Head of Performance and Insight", partners="", when="Quarterly", rag="G", comment=""),
    ]),
    (S2, [
        A("2.1", [S2], "Open family hubs in Bridgwater, Yeovil and Taunton, with outreach to rural areas "
                       "through the family hub bus.",
          ["Service Manager, Family Hubs"], "2026-03", "green",
          lead_cell="Service Manager, Family Hubs", partners="Public health; VCSE",
          when="Sept 2025 – March 2026", rag="G", comment="Bridgwater open; Yeovil opening January."),
        A("2.2", [S2], "Agree a single Start for Life offer with health visiting and midwifery, published on "
                       "the Somerset Family Information Service.",
          ["Start for Life Programme Lead"], "2026-07", "green",
          lead_cell="Start for Life Programme Lead", partners="Somerset NHS FT", when="Jul-26", rag="G",
          comment=""),
    ]),
    (S3, [
        A("3.1", [S3], "Review the Step Up, Step Down protocol with partners and relaunch it.",
          ["Head of Children's Social Care Front Door"], "2025-12", "red",
          lead_cell="Head of Children's Social Care Front Door", partners="Police; schools; health",
          when="December 2025", rag="R", comment="Review delayed pending the Families First changes."),
        A("3.2", [S3], "Deliver Early Help Assessment training to designated safeguarding leads in every "
                       "secondary school.",
          ["Education Safeguarding Team Manager"], "2026-07", "green",
          lead_cell="Education Safeguarding Team Manager", partners="Schools", when="Summer term 2026",
          rag="G", comment="14 of 31 schools trained."),
        A("3.3", [S3], "Test a 'team around the school' model in two pilot areas and evaluate it.",
          ["Early Help Locality Manager (West)"], None, "amber", end_text="Ongoing",
          lead_cell="Early Help Locality Manager (West)", partners="Schools; VCSE", when="Ongoing", rag="A",
          comment="Pilot running in Minehead; second area to be agreed."),
    ]),
]
S_ROWS = [a for g in S_GROUPS for a in g[1]]


def build_somerset(path):
    lines = [S_TITLE,
             "Progress update for the Early Help Board, October 2025",
             "RAG: R = not on track   A = some slippage   G = on track   C = complete",
             "",
             "\t".join(["Priority", "Ref", "Action", "Lead", "Partners involved", "Timescale", "RAG", "Comment"])]
    for pri, acts in S_GROUPS:
        for k, a in enumerate(acts):
            cl = a["cells"]
            lines.append("\t".join([pri if k == 0 else "", a["ref"], a["action"], cl["lead_cell"],
                                    cl["partners"], cl["when"], cl["rag"], cl["comment"]]))
    lines += ["", "Please send updates to the Partnership Business Unit by 14 November 2025."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


CASES["nk1-somerset-safeguarding-children-partnership-early-help-strategy-action-plan.txt"] = {
    "build": build_somerset, "rows": S_ROWS, "title": S_TITLE,
    "source": ("Somerset Safeguarding Children Partnership early help strategy action plan, following the "
               "partnership's Somerset Early Help Strategy ('Early Help is a way of working, not a service'; "
               "Effective Support for Children and Families guidance; Step Up Step Down protocol; Early Help "
               "Board oversight). Imitates a tab-separated export of the board's tracker: title line, update "
               "line, a one-line RAG key in which C means complete, a header, the priority written only on "
               "the first row of each group, a partners column beside the lead, and a closing request line."),
    "reads": ("Eight actions under three priorities (priority filled down to the rows below it). The key "
              "makes C = complete (blue). Timescales include a financial quarter, a period ending March "
              "2026, 'Summer term 2026', 'Jul-26', 'Quarterly' and 'Ongoing'."),
}


def expected_doc(name, case):
    out = {"source": case["source"], "reads": case["reads"]}
    if case.get("refuse"):
        out["outcome"] = "refuse"
        out["accept_refusal"] = False
        out["refuse_at"] = N_REFUSE_ROW
        out["title"] = case["title"]
        return out
    out["outcome"] = "read"
    out["accept_refusal"] = False
    out["title"] = case["title"]
    acts = []
    for a in case["rows"]:
        if not isinstance(a, dict):
            continue
        d = {"ref": a["ref"], "under": a["under"], "action": a["action"], "lead": a["lead"], "end": a["end"]}
        if "end_text" in a:
            d["end_text"] = a["end_text"]
        d["status"] = a["status"]
        acts.append(d)
    out["actions"] = acts
    return out


def main():
    for name, case in CASES.items():
        case["build"](os.path.join(HERE, name))
        print("wrote", name)
    if "--expected" in sys.argv:
        for name, case in CASES.items():
            with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
                yaml.safe_dump(expected_doc(name, case), f, allow_unicode=True, sort_keys=False, width=100)
            print("wrote", name + ".expected.yaml")


if __name__ == "__main__":
    main()
