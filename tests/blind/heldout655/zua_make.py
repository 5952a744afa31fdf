"""Build the seven zua- blind test files (set heldout655).

Run:  /work/main/.venv/bin/python zua_make.py
Writes the data files next to this script.  zua_expect.py writes the
.expected.yaml readings from the same data.
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))

F_BLACKPOOL = "zua-blackpool-council-plan-2024-2027-delivery-tracker.xlsx"
F_HEREFORD = "zua-herefordshire-council-ofsted-monitoring-visit-action-plan-typo-month-refuse.xlsx"
F_SANDWELL = "zua-sandwell-childrens-trust-adoption-agency-ofsted-inspection-action-plan.xlsx"
F_LEICS = "zua-leicestershire-county-council-send-scrutiny-review-recommendations-tracker.docx"
F_POWYS = "zua-powys-youth-justice-service-hmip-inspection-improvement-plan.docx"
F_HILLINGDON = "zua-hillingdon-council-fostering-service-development-plan-2024-25.csv"
F_CARMS = "zua-carmarthenshire-county-council-corporate-strategy-delivery-tracker-2024-25.txt"

FILL = {
    "blue": PatternFill(fill_type="solid", fgColor="5B9BD5"),
    "green": PatternFill(fill_type="solid", fgColor="00B050"),
    "amber": PatternFill(fill_type="solid", fgColor="FFC000"),
    "red": PatternFill(fill_type="solid", fgColor="FF0000"),
    "grey": PatternFill(fill_type="solid", fgColor="D9D9D9"),
    "head": PatternFill(fill_type="solid", fgColor="1F4E78"),
    "theme": PatternFill(fill_type="solid", fgColor="DDEBF7"),
}
HEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Blackpool Council Plan 2024-2027 delivery tracker (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
BLACKPOOL_TITLE = "Blackpool Council Plan 2024–2027: Delivery Tracker"
BLACKPOOL_SHEETS = [
    (
        "P1 Economy",
        "Priority One: The Economy – Maximising growth and opportunity across Blackpool",
        [
            ("Visitor economy and culture", [
                dict(ref="E1.1",
                     action="Complete the first-year evaluation of Showtown (Blackpool Museum) and agree the next three-year programme of exhibitions and events",
                     portfolio="Tourism, Arts and Culture", lead="Head of Culture",
                     target=d(2026, 3, 31), revised=None, q1="green", q2="green",
                     update="Evaluation report received from Lancaster University in August; exhibitions programme to Executive in January 2026.",
                     x_lead=["Head of Culture"], x_end="2026-03"),
                dict(ref="E1.2",
                     action="Deliver the Illuminations 2025 season, including the Lightpool Festival programme over October half term",
                     portfolio="Tourism, Arts and Culture", lead="Director of Communications and Regeneration",
                     target=d(2025, 11, 30), revised=None, q1="green", q2="blue",
                     update="Season switched on 29 August. Lightpool Festival delivered 24 October – 2 November. Complete.",
                     x_lead=["Director of Communications and Regeneration"], x_end="2025-11"),
            ]),
            ("Town centre regeneration", [
                dict(ref="E2.1",
                     action="Complete construction of the Multiversity building on the former Cookson Street site with Blackpool and The Fylde College",
                     portfolio="Levelling Up – Place", lead="Head of Growth and Prosperity / Head of Property Services",
                     target=d(2026, 8, 31), revised=d(2026, 12, 31), q1="amber", q2="amber",
                     update="Steel frame complete; internal fit-out delayed by supply chain issues. Revised completion date agreed by CLT on 16 September.",
                     x_lead=["Head of Growth and Prosperity", "Head of Property Services"], x_end="2026-12"),
                dict(ref="E2.2",
                     action="Secure a development partner for Phase 2 of the Blackpool Central scheme",
                     portfolio="Levelling Up – Place", lead="Director of Communications and Regeneration",
                     target=d(2025, 12, 31), revised=None, q1="amber", q2="red",
                     update="Preferred bidder withdrew in August. Soft market testing to be re-run; options report to Executive in December.",
                     x_lead=["Director of Communications and Regeneration"], x_end="2025-12"),
            ]),
            ("Housing", [
                dict(ref="E3.1",
                     action="Acquire and refurbish a further 100 homes in the inner area through My Blackpool Home.\n(Cumulative target since April 2024: 250 homes)",
                     portfolio="Housing and Public Protection", lead="Head of Housing",
                     target="Q4 2025/26", revised=None, q1="green", q2="green",
                     update="71 homes acquired this year, 58 of them let. On course for 100 by March.",
                     x_lead=["Head of Housing"], x_end="2026-03"),
            ]),
        ],
    ),
    (
        "P2 Communities",
        "Priority Two: Communities – Creating stronger communities and increasing resilience",
        [
            ("Children and young people", [
                dict(ref="C1.1",
                     action="Implement the Families First model of early help in all six family hubs",
                     portfolio="Children's Services", lead="Director of Children's Services",
                     target=d(2026, 3, 31), revised=None, q1="amber", q2="green",
                     update="Five of the six hubs are operating the model; Grange Park hub from November 2025.",
                     x_lead=["Director of Children's Services"], x_end="2026-03"),
                dict(ref="C1.2",
                     action="Safely reduce the number of children in care through the Edge of Care and Reunification service (target: below 560 by March 2026)",
                     portfolio="Children's Services", lead="Head of Children's Social Care",
                     target=d(2026, 3, 31), revised=None, q1="amber", q2="amber",
                     update="584 children in care at 30 September (599 at 30 June). Reunification team fully staffed from October.",
                     x_lead=["Head of Children's Social Care"], x_end="2026-03"),
            ]),
            ("Health and adult social care", [
                dict(ref="C2.1",
                     action="Open the new extra care housing scheme at Bispham (60 apartments)",
                     portfolio="Adult Social Care and Health", lead="Director of Adult Services",
                     target=d(2025, 6, 30), revised=d(2025, 10, 31), q1="amber", q2="blue",
                     update="Handover from contractor 19 September; first residents moved in on 6 October. Complete.",
                     x_lead=["Director of Adult Services"], x_end="2025-10"),
                dict(ref="C2.2",
                     action="Deliver the 2025/26 actions of the Healthy Weight Strategy with partners on the Health and Wellbeing Board",
                     portfolio="Public Health", lead="Director of Public Health",
                     target="Ongoing", revised=None, q1="green", q2="green",
                     update="Healthy Weight Declaration signed by three further partners; school holiday food programme reached 4,900 children.",
                     x_lead=["Director of Public Health"], x_end=None, x_end_text="Ongoing"),
            ]),
            ("Community safety and resilience", [
                dict(ref="C3.1",
                     action="Extend the selective licensing scheme for private rented homes to the Claremont and Central areas following consultation",
                     portfolio="Housing and Public Protection", lead="Head of Public Protection",
                     target=d(2026, 1, 31), revised=None, q1="green", q2="amber",
                     update="Consultation closed 12 September with 1,240 responses. Designation report moved to February Executive to allow analysis.",
                     x_lead=["Head of Public Protection"], x_end="2026-01"),
            ]),
        ],
    ),
]


def build_blackpool(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = BLACKPOOL_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Quarter 2 2025/26 (1 July – 30 September 2025)"
    ws["A2"].font = Font(size=12)
    rows = [("Prepared by:", "Corporate Delivery and Performance"),
            ("Reported to:", "Executive, 24 November 2025; Scrutiny Leadership Board, 4 December 2025"),
            ("Version:", "Q2 v1.0 (final)")]
    for i, (a, b) in enumerate(rows, start=4):
        ws.cell(i, 1, a).font = Font(bold=True)
        ws.cell(i, 2, b)
    ws["A8"] = "RAG key"
    ws["A8"].font = Font(bold=True)
    key = [("blue", "Complete – deliverable achieved"),
           ("green", "On track – will be delivered by the target date"),
           ("amber", "Some slippage – recovery actions in place"),
           ("red", "Off track – target date will be missed, escalation required")]
    for i, (c, text) in enumerate(key, start=9):
        ws.cell(i, 1).fill = FILL[c]
        ws.cell(i, 1).border = BOX
        ws.cell(i, 2, text)
    ws["A14"] = ("Notes: the Q1 and Q2 RAG columns are shaded only. Where the Corporate Leadership Team has "
                 "agreed a new date, it is shown in the Revised target column.")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 80

    # Summary sheet (totals block, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of key deliverables by priority – Q2 2025/26"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["Priority", "Complete", "On track", "Some slippage", "Off track", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
    counts = []
    for _, prio, themes in BLACKPOOL_SHEETS:
        acts = [a for _, al in themes for a in al]
        row = [prio.split(" – ")[0]] + [sum(1 for a in acts if a["q2"] == k) for k in ("blue", "green", "amber", "red")]
        row.append(len(acts))
        counts.append(row)
    counts.append(["Total"] + [sum(r[j] for r in counts) for j in range(1, 6)])
    for i, r in enumerate(counts, start=4):
        for j, v in enumerate(r, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if r[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 34

    heads = ["Ref", "Key deliverable", "Cabinet portfolio", "Lead officer", "Target date",
             "Revised target", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    widths = [7, 60, 24, 32, 13, 13, 8, 8, 60]
    for sheet_name, prio, themes in BLACKPOOL_SHEETS:
        s = wb.create_sheet(sheet_name)
        s["A1"] = prio
        s["A1"].font = Font(bold=True, size=14)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
        for j, h in enumerate(heads, start=1):
            c = s.cell(3, j, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["head"]
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = BOX
            s.column_dimensions[c.column_letter].width = widths[j - 1]
        r = 4
        for theme, acts in themes:
            s.cell(r, 1, theme).font = Font(bold=True)
            s.cell(r, 1).fill = FILL["theme"]
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["portfolio"], a["lead"], a["target"], a["revised"], None, None, a["update"]]
                for j, v in enumerate(vals, start=1):
                    c = s.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                s.cell(r, 7).fill = FILL[a["q1"]]
                s.cell(r, 8).fill = FILL[a["q2"]]
                r += 1
        s.freeze_panes = "C4"
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Herefordshire monitoring visit action plan (xlsx, typo month -> refuse)
# ---------------------------------------------------------------------------
HEREFORD_TITLE = ("Ofsted Monitoring Visit 4 (21–22 February 2024) – Children in care aged 16 and 17 "
                  "and care leavers: Action Plan")
HEREFORD_AFIS = [
    ("The quality and timeliness of pathway plans, so that they are written with young people and set out clearly how their needs will be met.", [
        ("1.1", "Relaunch the pathway plan template as 'My Pathway Plan', written in the young person's own words, with a quality checklist for personal advisers.",
         "Leaving Care Team Manager", "Mar-24", "30/06/2024", "Template launched 2 April. 64% of open pathway plans now on the new template.", "Green"),
        ("1.2", "Audit 20 pathway plans each month through the Practice Assurance Framework and feed back findings to personal advisers and managers.",
         "Head of Quality Assurance", "Apr-24", "Sept 2024", "April and May audits completed; 45% of plans graded good or better.", "Green"),
        ("1.3", "Track the review of pathway plans for all 16 and 17 year-olds in care within statutory timescales through the weekly performance clinic.",
         "Service Manager (Children in Care)", "Mar-24", "31/07/2024", "Timeliness 78% (target 95%).", "Amber"),
    ]),
    ("Support for care leavers to find suitable accommodation, including for those aged 18 to 21 who are living in unsuitable or unstable housing.", [
        ("2.1", "Commission an additional 12 units of supported accommodation for care leavers aged 18 to 21, jointly with Housing Solutions.",
         "Head of Commissioning / Housing Solutions Manager", "Apr-24", "Dec-24", "Market engagement event held 16 May; tender to be published July.", "Amber"),
        ("2.2", "Agree a joint housing protocol for care leavers with registered providers, including a care leaver priority band in the allocations policy.",
         "Service Director (Corporate Parenting)", "May-24", "30/09/2024", "Draft protocol with providers for comment.", "Green"),
    ]),
    ("Management oversight and supervision of personal advisers, so that it is reflective and drives progress for young people.", [
        ("3.1", "Introduce monthly reflective group supervision for personal advisers, facilitated by the Principal Social Worker.",
         "Principal Social Worker", "Apr-24", "31/05/2024", "Sessions started 14 May and are now monthly.", "Blue"),
        ("3.2", "Revise the supervision policy so that each supervision record sets out the actions agreed for each young person and reviews previous actions.",
         "Head of Quality Assurance", "Apr-24", "Aug-24", "Revised policy drafted; consultation with staff in June.", "Green"),
        ("3.3", "Deliver a management development programme for team managers and assistant team managers in the 16+ and Leaving Care teams.",
         "Workforce Development Manager", "Jun-24", "Febuary 2025", "Provider identified; first cohort to start in September.", "Green"),
    ]),
    ("Young people's access to emotional and mental health support, including when they move on to adult services.", [
        ("4.1", "Agree a transitions pathway with Herefordshire and Worcestershire Health and Care NHS Trust for care leavers who need adult mental health services.",
         "Head of Service (Children in Care and Care Leavers)", "Apr-24", "Oct-24", "Workshop held with the Trust 22 May; pathway being drafted.", "Amber"),
        ("4.2", "Extend the emotional wellbeing service for children in care to care leavers up to the age of 21.",
         "Designated Nurse for Children in Care / Head of Commissioning", "Jun-24", "31/03/2025", "Funding agreed at Children's Improvement Board.", "Green"),
    ]),
]
HEREFORD_FIRST_ROW = 6


def build_hereford(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "MV4 action plan"
    ws["A1"] = HEREFORD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Herefordshire Council – Children and Young People Directorate"
    ws["A3"] = ("Version 1.2 | Owner: Service Director (Corporate Parenting) | "
                "Reported to: Children's Improvement Board, 26 June 2024")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Area for improvement (MV4 letter)", "Action", "Lead", "Start date",
             "Completion date", "Progress / evidence of impact (June 2024)", "RAG"]
    widths = [6, 42, 58, 30, 11, 15, 50, 8]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = widths[j - 1]
    r = HEREFORD_FIRST_ROW
    for afi, acts in HEREFORD_AFIS:
        top = r
        for ref, act, lead, start, end, prog, rag in acts:
            vals = [ref, afi if r == top else None, act, lead, start, end, prog, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 8).fill = FILL[rag.lower()]
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r + 1, 1, "RAG: Blue – complete; Green – on track; Amber – at risk of delay; Red – off track").font = Font(italic=True)
    wb.save(path)


def hereford_typo_row():
    r = HEREFORD_FIRST_ROW
    for _, acts in HEREFORD_AFIS:
        for a in acts:
            if a[4] == "Febuary 2025":
                return r
            r += 1
    raise ValueError


# ---------------------------------------------------------------------------
# 3. Sandwell Children's Trust adoption agency action plan (xlsx)
# ---------------------------------------------------------------------------
SANDWELL_TITLE = ("Sandwell Children's Trust – Adoption Service Post-Inspection Action Plan "
                  "(Ofsted inspection, December 2022)")
SANDWELL_RECS = [
    ("Recommendation 1: Ensure that children's life story books are personalised, written directly to the child and are provided in a timely manner.", [
        dict(ref="1a", action="Audit all life story books completed in the last 12 months against the Trust's practice standard and share the learning with teams.",
             lead="Adoption Team Manager", when="Apr-23",
             update="Audit of 23 books completed in April; findings shared at practice week.", rag="B",
             x_lead=["Adoption Team Manager"], x_end="2023-04", x_status="blue"),
        dict(ref="1b", action="Deliver life story work training to all social workers in the Children in Care and Permanence teams, jointly with Adoption@Heart.",
             lead="Adoption Team Manager & Workforce Development Lead", when="30/06/2023",
             update="Two of three sessions delivered; final session booked for 21 June.", rag="G",
             x_lead=["Adoption Team Manager", "Workforce Development Lead"], x_end="2023-06", x_status="green"),
        dict(ref="1c", action="Introduce a tracker so that the life story book is given to adopters no later than the second adoption review after placement.",
             lead="Performance and Quality Officer", when="Sept 2023",
             update="Tracker built in the case management system; testing in June.", rag="G",
             x_lead=["Performance and Quality Officer"], x_end="2023-09", x_status="green"),
    ]),
    ("Recommendation 2: Ensure that later life letters are of a high standard and are provided to adopters within the required timescales.", [
        dict(ref="2a", action="Issue a later life letter template and practice guidance, co-produced with adopters from the Adoption@Heart adopter voice group.",
             lead="Adoption Service Manager", when="Jun-23",
             update="Template drafted; adopter voice group unable to meet until July.", rag="A",
             x_lead=["Adoption Service Manager"], x_end="2023-06", x_status="amber"),
        dict(ref="2b", action="Track outstanding later life letters at the monthly permanence performance meeting.",
             lead="Head of Service – Children in Care and Permanence", when="Monthly",
             update="On the agenda since March; 4 letters overdue (11 in January).", rag="G",
             x_lead=["Head of Service – Children in Care and Permanence"], x_end=None, x_end_text="Monthly", x_status="green"),
    ]),
    ("Recommendation 3: Ensure that introductions between children and their adopters start without delay once the match has been approved by the agency decision maker.", [
        dict(ref="3a", action="Agree a joint protocol with Adoption@Heart setting out the timescales from matching panel to the start of introductions.",
             lead="Adoption Service Manager / Adoption@Heart Registered Manager", when="Q2 2023/24",
             update="Draft protocol discussed at the Adoption@Heart operational group in May.", rag="A",
             x_lead=["Adoption Service Manager", "Adoption@Heart Registered Manager"], x_end="2023-09", x_status="amber"),
        dict(ref="3b", action="Review all matches approved since April 2022 to identify causes of delay and report the findings to the Quality and Performance Committee.",
             lead="Naomi Pryce", when="31/07/2023",
             update="14 of 19 matches reviewed.", rag="G",
             x_lead=["Naomi Pryce"], x_end="2023-07", x_status="green"),
    ]),
    ("Recommendation 4: Ensure that feedback is sought from medical advisers and other professionals about their experience of the adoption process and is used to develop the service.", [
        dict(ref="4a", action="Add a professional feedback form to the agency decision maker process and to adoption medicals.",
             lead="Performance and Quality Officer", when="Sept 2023 – March 2024",
             update="Not yet started – scheduled to begin in September.", rag="",
             x_lead=["Performance and Quality Officer"], x_end="2024-03", x_status="unrated"),
        dict(ref="4b", action="Produce a six-monthly 'You said, we did' report on feedback for the Adoption@Heart partnership board.",
             lead="Adoption Service Manager", when="Mar-24",
             update="First report due October 2023.", rag="G",
             x_lead=["Adoption Service Manager"], x_end="2024-03", x_status="green"),
    ]),
]
RAGFILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_sandwell(path):
    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = SANDWELL_TITLE
    dc["A1"].font = Font(bold=True, size=14)
    dc["A2"] = "Document control"
    dc["A2"].font = Font(bold=True, size=12)
    hdr = ["Version", "Date", "Author", "Changes", "Approved by"]
    for j, h in enumerate(hdr, start=1):
        c = dc.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        c.border = BOX
    vers = [("0.1", "10/02/2023", "Adoption Service Manager", "First draft following publication of the inspection report", ""),
            ("1.0", "03/03/2023", "Adoption Service Manager", "Agreed at Quality and Performance Committee", "Director of Operations"),
            ("1.1", "22/05/2023", "Performance and Quality Officer", "Progress updates added for May 2023", "Head of Service – Children in Care and Permanence")]
    for i, v in enumerate(vers, start=5):
        for j, x in enumerate(v, start=1):
            c = dc.cell(i, j, x)
            c.border = BOX
            c.alignment = WRAP
    dc["A9"] = "Inspection judgement: Good. The inspection made four recommendations, set out in the Action plan sheet."
    for col, w in zip("ABCDE", (10, 12, 30, 55, 42)):
        dc.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = SANDWELL_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress update: May 2023"
    ws["A2"].font = Font(italic=True)
    heads = ["Ofsted recommendation", "Ref", "Action", "Responsible officer", "Timescale",
             "Progress update (May 2023)", "RAG"]
    widths = [48, 6, 60, 34, 18, 50, 7]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill(fill_type="solid", fgColor="7030A0")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[c.column_letter].width = widths[j - 1]
    r = 5
    for rec, acts in SANDWELL_RECS:
        top = r
        for a in acts:
            vals = [rec if r == top else None, a["ref"], a["action"], a["lead"], a["when"], a["update"], a["rag"] or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if a["rag"]:
                ws.cell(r, 7).fill = FILL[RAGFILL[a["rag"]]]
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "RAG key: B = Complete; G = On track; A = Some slippage; R = Off track; blank = not yet started").font = Font(italic=True)
    wb.save(path)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_row(row, fill="D9D9D9"):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        shade(c, fill)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


# ---------------------------------------------------------------------------
# 4. Leicestershire SEND scrutiny review recommendations tracker (docx)
# ---------------------------------------------------------------------------
LEICS_TITLE = "Scrutiny Review Panel on SEND Support in Mainstream Schools: Recommendations Tracker"
LEICS_RECS = [
    ("Recommendation 1: That the Lead Member for Children and Family Services works with schools to improve the consistency of the graduated approach in all mainstream schools.", [
        dict(ref="1a", action="Publish the refreshed Leicestershire Graduated Approach guidance and toolkit for schools.",
             lead="Head of SEND and Inclusion", when="Autumn term 2024",
             update="Published on the Local Offer and sent to all SENCOs on 4 November 2024.", status="Complete",
             x_lead=["Head of SEND and Inclusion"], x_end="2024-12", x_status="blue"),
        dict(ref="1b", action="Hold SENCO network briefings in each locality on using the toolkit.",
             lead="Inclusion Service Manager", when="Termly",
             update="Autumn briefings held in all five localities; 212 SENCOs attended.", status="Green",
             x_lead=["Inclusion Service Manager"], x_end=None, x_end_text="Termly", x_status="green"),
    ]),
    ("Recommendation 2: That the timeliness of Education, Health and Care needs assessments is reported to this Committee every quarter until 20-week performance reaches the national average.", [
        dict(ref="2a", action="Add EHC needs assessment timeliness, with and without exceptions, to the quarterly Children and Family Services performance report to the Committee.",
             lead="Assistant Director (Education and SEND)", when="December 2024",
             update="Included from the Quarter 2 report (November 2024) onwards.", status="Complete",
             x_lead=["Assistant Director (Education and SEND)"], x_end="2024-12", x_status="blue"),
        dict(ref="2b", action="Recruit six additional SEN Assessment Officers and two Educational Psychologists to reduce the assessment backlog.",
             lead="Head of SEND and Inclusion / Principal Educational Psychologist", when="By 31 March 2025",
             update="Four SEN Assessment Officers in post. Educational Psychologist posts re-advertised after an unsuccessful first round.", status="Amber",
             x_lead=["Head of SEND and Inclusion", "Principal Educational Psychologist"], x_end="2025-03", x_status="amber"),
    ]),
    ("Recommendation 3: That the Council, with the Integrated Care Board, improves communication with parents and carers about waiting times for neurodevelopmental assessments.", [
        dict(ref="3a", action="Publish estimated waiting times for autism and ADHD assessments on the Local Offer and update them each month.",
             lead="ICB Designated Clinical Officer / Head of SEND and Inclusion", when="January 2025",
             update="Data-sharing agreement with the provider not yet signed; escalated to the SEND and Inclusion Partnership Board.", status="Red",
             x_lead=["ICB Designated Clinical Officer", "Head of SEND and Inclusion"], x_end="2025-01", x_status="red"),
        dict(ref="3b", action="Co-produce a 'while you wait' information pack with SENDIASS and the Leicestershire Parent Carer Forum.",
             lead="Helen Marsh and Priya Chauhan", when="Summer term 2025",
             update="First draft reviewed by the Parent Carer Forum in February.", status="Green",
             x_lead=["Helen Marsh", "Priya Chauhan"], x_end="2025-07", x_status="green"),
    ]),
    ("Recommendation 4: That the Cabinet considers the case for more resourced provision (SEND units) in mainstream schools in the next phase of the SEND capital programme.", [
        dict(ref="4a", action="Bring a report on options for additional resourced provision to the Cabinet.",
             lead="Director of Children and Family Services", when="June 2025",
             update="", status="Not started",
             x_lead=["Director of Children and Family Services"], x_end="2025-06", x_status="unrated"),
    ]),
    ("Recommendation 5: That home to school transport for pupils with SEND is reviewed so that no journey is longer than 75 minutes.", [
        dict(ref="5a", action="Review all SEND transport routes with journey times over 75 minutes and report the exceptions to the Director.",
             lead="Head of Passenger Transport", when="28/02/2025",
             update="Review complete: 37 routes identified, 22 re-planned; the remaining 15 need new contracts.", status="Amber",
             x_lead=["Head of Passenger Transport"], x_end="2025-02", x_status="amber"),
    ]),
]
STATUS_HEX = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def build_leics(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(LEICS_TITLE, level=0)
    doc.add_paragraph("Leicestershire County Council – Children and Families Overview and Scrutiny Committee, 3 March 2025")
    doc.add_paragraph(
        "The Scrutiny Review Panel reported to the Cabinet on 17 September 2024. The Cabinet accepted "
        "recommendations 1 to 4 and accepted recommendation 5 in part. This tracker sets out the actions "
        "agreed by officers and the progress made up to the end of February 2025.")
    heads = ["Ref", "Action", "Lead officer", "Timescale", "Progress (February 2025)", "Status"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h
    bold_row(t.rows[0], "BDD7EE")
    for rec, acts in LEICS_RECS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = rec
        for run in m.paragraphs[0].runs:
            run.bold = True
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["when"], a["update"], a["status"]]):
                c.text = v
            if a["status"] in STATUS_HEX:
                shade(cells[5], STATUS_HEX[a["status"]])
    widths = [Cm(1.2), Cm(8.0), Cm(4.2), Cm(2.8), Cm(7.0), Cm(2.2)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Note: the Cabinet accepted recommendation 5 in part. A 75-minute maximum journey time will be "
        "used as a guide when planning routes rather than as a fixed limit.")
    doc.add_paragraph(
        "Status key: Complete – action implemented; Green – on track; Amber – some delay; "
        "Red – significant delay or not progressing; Not started – not yet due to start.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Powys Youth Justice Service HMIP improvement plan (docx, table per rec)
# ---------------------------------------------------------------------------
POWYS_TITLE = "Powys Youth Justice Service: HMI Probation Post-Inspection Improvement Plan 2022–23"
POWYS_SECTIONS = [
    ("Section A: Recommendations for the Powys YJS Management Board", [
        ("Recommendation 1: Ensure that board members understand the work of the youth justice service and act as advocates for YJS children in their own agencies", [
            dict(ref="1.1", action="Deliver an induction programme for all new and existing board members, including observation of practice.",
                 lead="Chair of Management Board", when="July 2022",
                 update="Induction delivered 12 July; 9 of 11 members have observed practice.", rag="Blue",
                 x_lead=["Chair of Management Board"], x_end="2022-07", x_status="blue"),
            dict(ref="1.2", action="Each partner agency to report to the board on how it meets the needs of YJS children, on a rotating agenda.",
                 lead="Chair of Management Board / Head of Youth Justice Service", when="March 2023",
                 update="Education and Police reports received; Health due January 2023.", rag="Green",
                 x_lead=["Chair of Management Board", "Head of Youth Justice Service"], x_end="2023-03", x_status="green"),
        ]),
        ("Recommendation 2: Ensure that there are enough experienced staff to give the service resilience", [
            dict(ref="2.1", action="Complete a workforce plan, including succession planning and a 'grow your own' scheme for YJS officers.",
                 lead="Head of Youth Justice Service", when="30/09/2022",
                 update="Workforce plan approved by the board on 29 September.", rag="Blue",
                 x_lead=["Head of Youth Justice Service"], x_end="2022-09", x_status="blue"),
            dict(ref="2.2", action="Recruit a second Operational Manager so that the north and the south of the county each have a dedicated manager.",
                 lead="Head of Youth Justice Service", when="June 2022 (revised to October 2022)",
                 update="First recruitment round unsuccessful. Appointed; started 3 October 2022.", rag="Blue",
                 x_lead=["Head of Youth Justice Service"], x_end="2022-10", x_status="blue"),
        ]),
    ]),
    ("Section B: Recommendations for the Head of Powys YJS", [
        ("Recommendation 3: Improve the quality of assessment and planning to keep the child safe and to keep other people safe", [
            dict(ref="3.1", action="Deliver training on AssetPlus safety and wellbeing and risk of serious harm assessments to all case managers.",
                 lead="YJS Operational Managers", when="Q2 2022/23",
                 update="Two-day course delivered in August and September; all case managers attended.", rag="Blue",
                 x_lead=["YJS Operational Managers"], x_end="2022-09", x_status="blue"),
            dict(ref="3.2", action="Carry out a management oversight audit of 10% of open cases, with findings reported to the Quality Assurance sub-group.",
                 lead="YJS Operational Managers", when="Monthly",
                 update="Audits completed June to October; themes reported to the November sub-group.", rag="Green",
                 x_lead=["YJS Operational Managers"], x_end=None, x_end_text="Monthly", x_status="green"),
            dict(ref="3.3", action="Embed multi-agency risk management meetings for all children assessed as high or very high risk of serious harm.",
                 lead="Dyfed-Powys Police Sergeant (YJS); YJS Operational Managers", when="December 2022",
                 update="Meetings held for 4 of 6 eligible children. Police attendance is inconsistent.", rag="Amber",
                 x_lead=["Dyfed-Powys Police Sergeant (YJS)", "YJS Operational Managers"], x_end="2022-12", x_status="amber"),
        ]),
        ("Recommendation 4: Ensure that out-of-court disposal decisions are based on a full assessment of the child's needs and the risks they present", [
            dict(ref="4.1", action="Revise the out-of-court disposal panel terms of reference and decision-making guidance with Dyfed-Powys Police.",
                 lead="Head of Youth Justice Service", when="31/08/2022",
                 update="Revised terms of reference in use from 1 September.", rag="Blue",
                 x_lead=["Head of Youth Justice Service"], x_end="2022-08", x_status="blue"),
            dict(ref="4.2", action="Complete a pre-panel assessment, using the YJB prevention and diversion assessment tool, for every child referred for an out-of-court disposal.",
                 lead="YJS Prevention Team Leader", when="January 2023",
                 update="Used in 60% of cases since September; training for sessional staff booked.", rag="Amber",
                 x_lead=["YJS Prevention Team Leader"], x_end="2023-01", x_status="amber"),
        ]),
        ("Recommendation 5: Improve access to speech, language and communication assessment for children who come into contact with the service", [
            dict(ref="5.1", action="Agree a service level agreement with Powys Teaching Health Board for speech and language therapy input to the YJS.",
                 lead="Head of Youth Justice Service / Powys THB Head of Children's Therapies", when="March 2023",
                 update="Funding not yet identified by the Health Board; raised at the November board.", rag="Red",
                 x_lead=["Head of Youth Justice Service", "Powys THB Head of Children's Therapies"], x_end="2023-03", x_status="red"),
        ]),
    ]),
]
RAG_HEX = {"Blue": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_powys(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(POWYS_TITLE, level=0)
    p = doc.add_paragraph("Gwasanaeth Cyfiawnder Ieuenctid Powys: Cynllun Gwella ar ôl Arolygiad 2022–23")
    p.runs[0].italic = True
    doc.add_paragraph("Inspection fieldwork: November 2021\tReport published: 29 March 2022\tOverall rating: Good")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        c.text = h
    bold_row(dc.rows[0])
    for v in [("0.3", "14/04/2022", "Head of Youth Justice Service", "Draft for Management Board"),
              ("1.0", "05/05/2022", "Head of Youth Justice Service", "Approved by Management Board"),
              ("1.4", "17/11/2022", "YJS Business Support Officer", "Quarter 2 progress update")]:
        for c, x in zip(dc.add_row().cells, v):
            c.text = x
    doc.add_paragraph()
    doc.add_paragraph("RAG: Blue = complete; Green = on track; Amber = at risk; Red = not achieved by the due date.")
    heads = ["No.", "Action", "Owner", "By when", "Progress / evidence", "RAG"]
    widths = [Cm(1.2), Cm(8.2), Cm(4.6), Cm(3.2), Cm(6.6), Cm(1.6)]
    for section, recs in POWYS_SECTIONS:
        doc.add_heading(section, level=1)
        for rec, acts in recs:
            doc.add_heading(rec, level=2)
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, heads):
                c.text = h
            bold_row(t.rows[0], "C6E0B4")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [a["ref"], a["action"], a["lead"], a["when"], a["update"], a["rag"]]):
                    c.text = v
                shade(cells[5], RAG_HEX[a["rag"]])
            for row in t.rows:
                for c, w in zip(row.cells, widths):
                    c.width = w
            doc.add_paragraph()
    doc.add_paragraph("Next review: Powys YJS Management Board, February 2023.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Hillingdon fostering service development plan (csv, fill-down priority)
# ---------------------------------------------------------------------------
HILLINGDON_TITLE = "London Borough of Hillingdon – Fostering Service Development Plan 2024/25"
HILLINGDON_PRIORITIES = [
    ("Priority 1: Recruitment and retention of foster carers", [
        dict(ref="1.1", action="Run a recruitment campaign for carers for teenagers and sibling groups, including ward-level events in Hayes and Uxbridge.",
             lead="Fostering Recruitment and Assessment Team Manager", when="Mar-25",
             update="Campaign launched in July; 41 enquiries and 9 initial visits so far.", rag="Green",
             x_lead=["Fostering Recruitment and Assessment Team Manager"], x_end="2025-03", x_status="green"),
        dict(ref="1.2", action="Reduce the average time from first enquiry to approval at panel to 6 months.",
             lead="Fostering Recruitment and Assessment Team Manager", when="31/03/2025",
             update="Average is 7.4 months. Two agency assessors added in August.", rag="Amber",
             x_lead=["Fostering Recruitment and Assessment Team Manager"], x_end="2025-03", x_status="amber"),
        dict(ref="1.3", action="Review fostering allowances and the fees scheme and benchmark them against other West London boroughs.",
             lead="Head of Corporate Parenting", when="Q3 2024/25",
             update="Benchmarking complete; proposals go to Cabinet in December.", rag="Green",
             x_lead=["Head of Corporate Parenting"], x_end="2024-12", x_status="green"),
    ]),
    ("Priority 2: Support and training for foster carers", [
        dict(ref="2.1", action="Refresh the foster carer learning and development offer, including mandatory trauma-informed practice training.",
             lead="Supervising Social Work Team Manager; Learning and Development Lead", when="30/11/2024",
             update="New programme published in September and running.", rag="Complete",
             x_lead=["Supervising Social Work Team Manager", "Learning and Development Lead"], x_end="2024-11", x_status="blue"),
        dict(ref="2.2", action="Set up a Mockingbird constellation:\n- recruit a hub home carer\n- link up to 10 satellite fostering households to the hub",
             lead="Fostering Service Manager", when="Jun-25",
             update="Hub home carer approved at fostering panel in August.", rag="Green",
             x_lead=["Fostering Service Manager"], x_end="2025-06", x_status="green"),
        dict(ref="2.3", action="Hold foster carer support groups in the north and south of the borough.",
             lead="Supervising Social Work Team Manager", when="Monthly",
             update="Groups running in Hayes and Ruislip; average attendance 14.", rag="Green",
             x_lead=["Supervising Social Work Team Manager"], x_end=None, x_end_text="Monthly", x_status="green"),
    ]),
    ("Priority 3: Placement stability and matching", [
        dict(ref="3.1", action="Introduce stability meetings for every child whose foster home is at risk of breaking down.",
             lead="Fostering Service Manager", when="31/12/2024",
             update="Pilot in one team; procedure drafted but not yet agreed. Three unplanned endings this quarter.", rag="Red",
             x_lead=["Fostering Service Manager"], x_end="2024-12", x_status="red"),
        dict(ref="3.2", action="Review the matching process with the Placements Team so that carers have full information about a child before the child moves in.",
             lead="Karen O'Neill and Daniel Asante", when="Jan-25",
             update="", rag="Not started",
             x_lead=["Karen O'Neill", "Daniel Asante"], x_end="2025-01", x_status="unrated"),
    ]),
    ("Priority 4: Listening to children and young people", [
        dict(ref="4.1", action="Include the views of the children living in the household in every foster carer annual review.",
             lead="Independent Reviewing Service Manager", when="31/03/2025",
             update="Children's views recorded in 17 of 22 reviews this quarter.", rag="Green",
             x_lead=["Independent Reviewing Service Manager"], x_end="2025-03", x_status="green"),
    ]),
]


def build_hillingdon(path):
    ncol = 7
    rows = [[HILLINGDON_TITLE] + [""] * (ncol - 1),
            ["Quarter 2 update (to 30 September 2024) for the Corporate Parenting Panel"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Priority", "Ref", "Action", "Lead", "Target date", "Progress update (Q2)", "RAG"]]
    counts = {}
    n = 0
    for prio, acts in HILLINGDON_PRIORITIES:
        for i, a in enumerate(acts):
            rows.append([prio if i == 0 else "", a["ref"], a["action"], a["lead"], a["when"], a["update"], a["rag"]])
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
            n += 1
    rows.append([""] * ncol)
    summ = "; ".join(f"{k}: {counts.get(k, 0)}" for k in ("Complete", "Green", "Amber", "Red", "Not started"))
    rows.append(["Summary", "", f"{summ}; Total actions: {n}", "", "", "", ""])
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Carmarthenshire corporate strategy tracker (tab-separated PIMS export)
# ---------------------------------------------------------------------------
CARMS_TITLE = ("Carmarthenshire County Council – Corporate Strategy 2022-2027: "
               "Well-being Objectives Delivery Tracker 2024/25")
WBO1 = "1. Start Well – Enabling our children and young people to have the best possible start in life"
WBO2 = "2. Live and Age Well – Enabling our residents to live and age well"
WBO3 = "3. Prosperous Communities – Enabling our communities and environment to be healthy, safe and prosperous"
WBO4 = "4. Our Council – To further modernise and develop as a resilient and efficient Council"
CARMS_ROWS = [
    dict(wbo=WBO1, theme="Early years and childcare", ref="SW-01",
         action="Extend funded childcare for two-year-olds to 12 further communities through Flying Start outreach.",
         lead="Head of Early Years and Family Support", when="31/03/2025", status="On track",
         comment="9 of the 12 communities now live.",
         x_lead=["Head of Early Years and Family Support"], x_end="2025-03", x_status="green"),
    dict(wbo=WBO1, theme="Education and skills", ref="SW-02",
         action="Complete the review of school transport eligibility for post-16 learners and report to Cabinet.",
         lead="Jenkins, Rhian", when="30/11/2024", status="Complete",
         comment="Cabinet approved the revised policy on 25/11/2024.",
         x_lead=["Jenkins, Rhian"], x_end="2024-11", x_status="blue"),
    dict(wbo=WBO1, theme="Education and skills", ref="SW-03",
         action="Start construction of the new primary school building at Pembrey under the Sustainable Communities for Learning programme.",
         lead="Head of Education Capital and Planning", when="Mar 2025", status="At risk",
         comment="Tender returns above budget; value engineering under way.",
         x_lead=["Head of Education Capital and Planning"], x_end="2025-03", x_status="amber"),
    dict(wbo=WBO2, theme="Independent living", ref="LW-01",
         action="Increase the number of people supported by the Delta CONNECT telecare service to 3,500.",
         lead="Managing Director, Delta Wellbeing", when="31/03/2025", status="On track",
         comment="3,290 people supported at 31 December.",
         x_lead=["Managing Director, Delta Wellbeing"], x_end="2025-03", x_status="green"),
    dict(wbo=WBO2, theme="Carers and community support", ref="LW-02",
         action="Deliver the Carmarthenshire Carers Strategy action plan, co-produced with unpaid carers.",
         lead="Head of Commissioning / Carers Development Officer", when="Ongoing", status="On track",
         comment="Carers' forum met in October; young carers ID card relaunched.",
         x_lead=["Head of Commissioning", "Carers Development Officer"], x_end=None, x_end_text="Ongoing", x_status="green"),
    dict(wbo=WBO3, theme="Economic recovery", ref="PC-01",
         action="Commit the full 2024/25 allocation of the Shared Prosperity Fund business grants programme.",
         lead="Head of Regeneration", when="Q4 2024/25", status="Off track",
         comment="48% of the allocation committed; risk of underspend reported to Cabinet.",
         x_lead=["Head of Regeneration"], x_end="2025-03", x_status="red"),
    dict(wbo=WBO3, theme="Housing", ref="PC-02",
         action="Bring 100 empty homes back into use through loans, grants and enforcement.",
         lead="Empty Homes Officer; Head of Housing", when="31/03/2025", status="On track",
         comment="74 homes brought back into use so far this year.",
         x_lead=["Empty Homes Officer", "Head of Housing"], x_end="2025-03", x_status="green"),
    dict(wbo=WBO4, theme="Digital transformation", ref="OC-01",
         action="Move 15 high-volume customer transactions to the new My Account / Fy Nghyfrif self-service portal.",
         lead="Head of ICT and Corporate Policy", when="June 2025", status="Not started",
         comment="Portal procurement complete; migration to begin in Q1 2025/26.",
         x_lead=["Head of ICT and Corporate Policy"], x_end="2025-06", x_status="unrated"),
]


def build_carms(path):
    lines = [CARMS_TITLE,
             "Quarter 3 (October – December 2024) – PIMS export 16/01/2025",
             "",
             "\t".join(["Well-being Objective", "Theme", "Action ID", "Action", "Responsible Officer",
                        "Due Date", "Status", "Comment"])]
    for r in CARMS_ROWS:
        lines.append("\t".join([r["wbo"], r["theme"], r["ref"], r["action"], r["lead"], r["when"], r["status"], r["comment"]]))
    lines += ["",
              "Status key: Complete = blue; On track = green; At risk = amber; Off track = red; Not started = not yet due to start",
              f"Records: {len(CARMS_ROWS)}"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


def main():
    build_blackpool(os.path.join(HERE, F_BLACKPOOL))
    build_hereford(os.path.join(HERE, F_HEREFORD))
    build_sandwell(os.path.join(HERE, F_SANDWELL))
    build_leics(os.path.join(HERE, F_LEICS))
    build_powys(os.path.join(HERE, F_POWYS))
    build_hillingdon(os.path.join(HERE, F_HILLINGDON))
    build_carms(os.path.join(HERE, F_CARMS))
    print("built 7 files; Herefordshire typo row:", hereford_typo_row())


if __name__ == "__main__":
    main()
