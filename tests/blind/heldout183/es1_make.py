"""Build the seven es1- data files of set heldout183 (children's services plans).

Run with /work/main/.venv/bin/python es1_make.py (needs openpyxl and python-docx).
Each builder takes its data from the ACTIONS tables below; every action row carries
both what is written in the file and (in keys starting with x_) what a reader reads,
so that the expected readings can be checked against the file text.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"
GREY, NAVY, PALE = "D9D9D9", "1F3864", "DEEAF6"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def D(y, m, d):
    return dt.datetime(y, m, d)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def path(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Oxfordshire Youth Justice Service - HMIP inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
OXON_FILE = "es1-oxfordshire-yjs-hmip-improvement-plan.xlsx"
OXON_TITLE = "Oxfordshire Youth Justice Service – HMIP Inspection Improvement Plan"
OXON_BANDS = [
    ("Recommendations for the Oxfordshire Youth Justice Management Board", [
        ("1", "Make sure that Management Board members understand their role in holding partner "
              "agencies to account for the quality of services to children, and that attendance and "
              "contribution are monitored.", [
            dict(ref="1.1", action="Deliver a Board induction and development session for all members, "
                 "co-designed with children from the YJS participation group.",
                 lead="YJMB Chair", orig=D(2025, 3, 31), rev=None, rag=BLUE,
                 note="Session held 12 March 2025; 11 of 13 members attended. Recording shared with absent members.",
                 x_lead=["YJMB Chair"], x_end="2025-03", x_status="blue"),
            dict(ref="1.2", action="Introduce a Board attendance and partner contribution dashboard, "
                 "reviewed at every meeting.",
                 lead="Head of Service / Performance and Information Manager", orig=D(2025, 4, 30),
                 rev=D(2025, 7, 31), rag=GREEN,
                 note="Draft dashboard presented to April Board; partner data feeds from ICB and Police agreed.",
                 x_lead=["Head of Service", "Performance and Information Manager"], x_end="2025-07",
                 x_status="green"),
            dict(ref="1.3", action="Each statutory partner to present an annual assurance report on its "
                 "contribution to youth justice outcomes.",
                 lead="YJMB Chair; Thames Valley Police; Oxfordshire ICB; Probation Service",
                 orig=D(2025, 12, 31), rev=None, rag=AMBER,
                 note="Police and ICB reports received. Probation and Education reports outstanding.",
                 x_lead=["YJMB Chair", "Thames Valley Police", "Oxfordshire ICB", "Probation Service"],
                 x_end="2025-12", x_status="amber"),
        ]),
        ("2", "Assure itself that children known to the YJS have timely access to speech, language and "
              "communication support and to emotional and mental health services.", [
            dict(ref="2.1", action="Commission a speech and language therapy screening offer for all "
                 "children subject to a court order or Turnaround intervention.",
                 lead="Head of Children's Commissioning (ICB)", orig=D(2025, 6, 30), rev=D(2025, 9, 30),
                 rag=RED,
                 note="Funding agreed. Recruitment to the 0.6 FTE SaLT post unsuccessful at first round; "
                      "re-advertised May 2025.",
                 x_lead=["Head of Children's Commissioning (ICB)"], x_end="2025-09", x_status="red"),
            dict(ref="2.2", action="Agree a fast-track pathway with Oxford Health CAMHS for children open "
                 "to the YJS, with a monthly case escalation meeting.",
                 lead="YJS Health Lead and CAMHS Service Manager", orig=D(2025, 8, 31), rev=None, rag=GREEN,
                 note="Pathway drafted; first escalation meeting held 4 June 2025.",
                 x_lead=["YJS Health Lead", "CAMHS Service Manager"], x_end="2025-08", x_status="green"),
        ]),
    ]),
    ("Recommendations for the Head of Service, Oxfordshire Youth Justice and Exploitation Service", [
        ("3", "Improve the quality of assessment and planning to keep children and other people safe, "
              "with contingency planning that is specific to each child.", [
            dict(ref="3.1", action="Refresh the AssetPlus quality assurance framework, including a monthly "
                 "thematic audit of the risk of harm and safety and wellbeing sections.",
                 lead="Practice Development Manager", orig=D(2025, 2, 28), rev=None, rag=BLUE,
                 note="Framework signed off February 2025; audits running monthly.",
                 x_lead=["Practice Development Manager"], x_end="2025-02", x_status="blue"),
            dict(ref="3.2", action="Deliver risk and contingency planning training to all case managers "
                 "and team managers.",
                 lead="Practice Development Manager & Team Managers", orig=D(2025, 3, 31),
                 rev=D(2025, 9, 30), rag=AMBER,
                 note="Two of three cohorts trained. Final cohort moved to September because of staff vacancies.",
                 x_lead=["Practice Development Manager", "Team Managers"], x_end="2025-09",
                 x_status="amber"),
            dict(ref="3.3", action="Introduce recorded management oversight on every high risk case at "
                 "each review point.",
                 lead="Team Managers", orig=D(2025, 9, 30), rev=None, rag=None,
                 note="Not yet started – depends on the ChildView case management upgrade.",
                 x_lead=["Team Managers"], x_end="2025-09", x_status="unrated"),
        ]),
        ("4", "Make sure that victims are offered a timely and meaningful restorative justice service "
              "and that their views inform planning for children.", [
            dict(ref="4.1", action="Review the victim contact process so that all identifiable victims are "
                 "contacted within 10 working days of disposal.",
                 lead="Restorative Justice Coordinator", orig=D(2025, 1, 31), rev=None, rag=BLUE,
                 note="Complete. Q4 2024/25: 94% of victims contacted within 10 working days.",
                 x_lead=["Restorative Justice Coordinator"], x_end="2025-01", x_status="blue"),
            dict(ref="4.2", action="Ensure victim safety is considered and recorded in every plan where "
                 "there is an identified victim.",
                 lead="Team Managers / Restorative Justice Coordinator", orig="Ongoing", rev=None, rag=GREEN,
                 note="Checked in monthly thematic audit (see 3.1).",
                 x_lead=["Team Managers", "Restorative Justice Coordinator"], x_end=None,
                 x_end_text="Ongoing", x_status="green"),
        ]),
    ]),
]


def oxon_actions():
    out = []
    for band, recs in OXON_BANDS:
        for _num, rec, acts in recs:
            for a in acts:
                out.append(dict(a, x_under=[band, rec]))
    return out


def build_oxon():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = OXON_TITLE
    cover["A1"].font = Font(bold=True, size=14, color=NAVY)
    cover["A3"] = "Document control"
    cover["A3"].font = Font(bold=True)
    rows = [("Version", "1.4"), ("Status", "Approved"), ("Owner", "Head of Service, Youth Justice and Exploitation"),
            ("Approved by", "Oxfordshire Youth Justice Management Board, 23 January 2025"),
            ("Last updated", "30 June 2025"), ("Next review", "YJMB, 18 September 2025")]
    for i, (k, v) in enumerate(rows, start=4):
        cover.cell(row=i, column=1, value=k).font = Font(bold=True)
        cover.cell(row=i, column=2, value=v)
        for c in (1, 2):
            cover.cell(row=i, column=c).border = BOX
    cover["A11"] = "Summary of progress (30 June 2025)"
    cover["A11"].font = Font(bold=True)
    summary = [("Complete", 3, BLUE), ("On track", 3, GREEN), ("Some slippage", 2, AMBER),
               ("Off track", 1, RED), ("Not yet started", 1, None), ("Total actions", 10, None)]
    for i, (k, n, col) in enumerate(summary, start=12):
        c = cover.cell(row=i, column=1, value=k)
        cover.cell(row=i, column=2, value=n)
        if col:
            c.fill = fill(col)
        if k == "Total actions":
            c.font = Font(bold=True)
            cover.cell(row=i, column=2).font = Font(bold=True)
    cover.column_dimensions["A"].width = 26
    cover.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    widths = [6, 42, 7, 48, 28, 14, 14, 48, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = OXON_TITLE
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A2:I2")
    ws["A2"] = ("Inspection fieldwork: 16–20 September 2024 | Report published: 5 December 2024 | "
                "Plan approved by YJMB: 23 January 2025 | Last updated: 30 June 2025")
    ws["A3"] = "RAG key:"
    ws["A3"].font = Font(bold=True)
    key = [("B3", "Complete", BLUE), ("C3", "On track", GREEN), ("D3", "Some slippage – action agreed", AMBER),
           ("E3", "Off track – escalated to YJMB", RED), ("F3", "Not yet started", None)]
    for ref, txt, col in key:
        ws[ref] = txt
        ws[ref].border = BOX
        if col:
            ws[ref].fill = fill(col)
    hdr = ["Rec", "HMIP recommendation", "Ref", "Action", "Lead(s)", "Original target date",
           "Revised target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for band, recs in OXON_BANDS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for num, rec, acts in recs:
            first = r
            for a in acts:
                ws.cell(row=r, column=3, value=a["ref"])
                ws.cell(row=r, column=4, value=a["action"])
                ws.cell(row=r, column=5, value=a["lead"])
                o = ws.cell(row=r, column=6, value=a["orig"])
                if isinstance(a["orig"], dt.datetime):
                    o.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    v = ws.cell(row=r, column=7, value=a["rev"])
                    v.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=a["note"])
                if a["rag"]:
                    ws.cell(row=r, column=9).fill = fill(a["rag"])
                for c in range(1, 10):
                    ws.cell(row=r, column=c).alignment = WRAP
                    ws.cell(row=r, column=c).border = BOX
                r += 1
            ws.cell(row=first, column=1, value=num)
            ws.cell(row=first, column=2, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(row=r, column=1, value=(
        "Notes: Revised target dates agreed by YJMB on 10 April 2025. Progress is reported to each YJMB "
        "meeting; the next full update is due in September 2025.")).font = Font(italic=True)
    ws.freeze_panes = "A6"

    gl = wb.create_sheet("Glossary")
    terms = [("Term", "Meaning"), ("AssetPlus", "National assessment and planning framework for children in the youth justice system"),
             ("CAMHS", "Child and Adolescent Mental Health Services"), ("ICB", "Integrated Care Board"),
             ("SaLT", "Speech and language therapy"), ("YJMB", "Youth Justice Management Board"),
             ("YJS", "Youth Justice Service")]
    for i, (k, v) in enumerate(terms, start=1):
        gl.cell(row=i, column=1, value=k).font = Font(bold=(i == 1))
        gl.cell(row=i, column=2, value=v).font = Font(bold=(i == 1))
    gl.column_dimensions["A"].width = 14
    gl.column_dimensions["B"].width = 90
    wb.active = 1
    wb.save(path(OXON_FILE))


# ---------------------------------------------------------------------------
# 2. Waltham Forest Safeguarding Children Partnership - JTAI action plan (docx)
# ---------------------------------------------------------------------------
WF_FILE = "es1-waltham-forest-safeguarding-children-partnership-jtai-action-plan.docx"
WF_TITLE = "Waltham Forest Safeguarding Children Partnership: Joint Targeted Area Inspection Action Plan"
WF_AREAS = [
    ("Area for improvement 1 – Strategy discussions",
     "The timeliness of strategy discussions and the consistent involvement of health and education "
     "professionals in them, so that decisions about children’s safety are informed by all relevant information.", [
        dict(ref="1.1", action="Revise the strategy discussion protocol to set a maximum of one working day "
             "from the decision to convene, with escalation to the MASH Head of Service where this is not met.",
             lead="Head of MASH and Assessment", end="March 2025", rag="Complete",
             note="Protocol agreed by Executive Group 6 March 2025 and published on the WFSCP website.",
             x_lead=["Head of MASH and Assessment"], x_end="2025-03", x_status="blue"),
        dict(ref="1.2", action="Establish a daily strategy discussion slot with a named health practitioner "
             "(Whipps Cross and community health) and an education safeguarding officer.",
             lead="Head of MASH and Assessment\nDesignated Nurse Safeguarding Children (NEL ICB)\n"
                  "Education Safeguarding Lead",
             end="30 April 2025", rag="Green",
             note="Health slot in place since 14 April. Education rota agreed for summer term.",
             x_lead=["Head of MASH and Assessment", "Designated Nurse Safeguarding Children (NEL ICB)",
                     "Education Safeguarding Lead"], x_end="2025-04", x_status="green"),
        dict(ref="1.3", action="Multi-agency audit of 20 strategy discussions to test attendance, information "
             "sharing and the recorded rationale for decisions.",
             lead="WFSCP Business Manager", end="Q1 2025/26", rag="Amber",
             note="Audit tool agreed; police auditor not yet identified.",
             x_lead=["WFSCP Business Manager"], x_end="2025-06", x_end_text="Q1 2025/26", x_status="amber"),
    ]),
    ("Area for improvement 2 – Recognising child sexual abuse in the family environment",
     "Practitioners’ confidence in recognising and responding to indicators of child sexual abuse within "
     "the family, including when children do not disclose.", [
        dict(ref="2.1", action="Commission and deliver multi-agency training on child sexual abuse in the "
             "family environment for frontline practitioners in all agencies, using the CSA Centre’s resources.",
             lead="WFSCP Training Coordinator", end="June 2025", rag="Green",
             note="Four sessions booked; 112 practitioners registered.",
             x_lead=["WFSCP Training Coordinator"], x_end="2025-06", x_status="green"),
        dict(ref="2.2", action="Appoint CSA practice champions in children’s social care, schools, health and "
             "police, supported by a quarterly champions network.",
             lead="Principal Social Worker / Designated Doctor", end="July 2025", rag="Amber",
             note="Champions named in social care and health; schools and police to confirm.",
             x_lead=["Principal Social Worker", "Designated Doctor"], x_end="2025-07", x_status="amber"),
        dict(ref="2.3", action="Build the CSA Centre’s signs and indicators template into the MASH screening tool.",
             lead="Head of MASH and Assessment", end="Dec 2025", rag="Not started",
             note="Scheduled after the Mosaic upgrade in autumn 2025.",
             x_lead=["Head of MASH and Assessment"], x_end="2025-12", x_status="unrated"),
    ]),
    ("Area for improvement 3 – Partnership oversight",
     "The partnership’s use of multi-agency performance information and audit findings to understand the "
     "impact of its work on children’s experiences.", [
        dict(ref="3.1", action="Develop a multi-agency safeguarding dataset with agreed measures from each "
             "statutory partner, reported to the Executive Group quarterly.",
             lead="WFSCP Business Manager; NEL ICB; North East BCU", end="Sept 2025", rag="Green",
             note="First draft dataset presented to Executive Group in May 2025.",
             x_lead=["WFSCP Business Manager", "NEL ICB", "North East BCU"], x_end="2025-09",
             x_status="green"),
        dict(ref="3.2", action="Publish a short ‘learning into practice’ briefing after each multi-agency audit "
             "and track agencies’ responses.",
             lead="Chair of the Quality Assurance Subgroup", end="Quarterly", rag="Green",
             note="First briefing (neglect audit) issued April 2025.",
             x_lead=["Chair of the Quality Assurance Subgroup"], x_end=None, x_end_text="Quarterly",
             x_status="green"),
    ]),
]


def wf_actions():
    return [dict(a, x_under=[head, afi]) for head, afi, acts in WF_AREAS for a in acts]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def build_wf():
    doc = Document()
    landscape(doc)
    doc.add_heading(WF_TITLE, level=0)
    doc.add_paragraph(
        "Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue Services and "
        "HM Inspectorate of Probation carried out a joint targeted area inspection of the multi-agency response "
        "to child sexual abuse in the family environment in Waltham Forest in November 2024. The letter of "
        "findings was published on 17 January 2025. This plan sets out how the partnership will respond to the "
        "three areas for improvement identified by inspectors.")
    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("0.3", "10/02/2025", "WFSCP Business Manager", "Draft for Executive Group"),
                             ("1.0", "06/03/2025", "WFSCP Business Manager", "WFSCP Executive Group"),
                             ("1.1", "12/06/2025", "WFSCP Business Manager", "Progress update – Executive Group")]):
        for j, t in enumerate(row):
            set_cell(dc.cell(i, j), t, bold=(i == 0))
    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    for i, (word, meaning, col) in enumerate([
            ("Complete", "Action completed and evidence of impact provided", "8EAADB"),
            ("Green", "On track to complete by the timescale", "A9D18E"),
            ("Amber", "Some slippage, expected to complete with support", "FFD966"),
            ("Red", "Off track – escalated to the Executive Group", "FF7C80"),
            ("Not started", "Work not yet due to begin", "FFFFFF")]):
        set_cell(key.cell(i, 0), word, bold=True)
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), meaning)
    for head, afi, acts in WF_AREAS:
        doc.add_heading(head, level=1)
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(top, afi, bold=True, size=10)
        shade(top, PALE)
        for j, h in enumerate(["No.", "Action", "Agency lead", "Timescale", "Progress / evidence of impact", "RAG"]):
            set_cell(t.cell(1, j), h, bold=True, color="FFFFFF")
            shade(t.cell(1, j), NAVY)
        for i, a in enumerate(acts, start=2):
            for j, v in enumerate([a["ref"], a["action"], a["lead"], a["end"], a["note"], a["rag"]]):
                set_cell(t.cell(i, j), v)
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=4, cols=2)
    so.style = "Table Grid"
    for i, (k, v) in enumerate([("Statutory partner", "Signed on behalf of"),
                                ("London Borough of Waltham Forest", "Director of Children and Family Services"),
                                ("NHS North East London ICB", "Chief Nursing Officer"),
                                ("Metropolitan Police Service", "North East BCU Commander")]):
        set_cell(so.cell(i, 0), k, bold=(i == 0))
        set_cell(so.cell(i, 1), v, bold=(i == 0))
    doc.save(path(WF_FILE))


# ---------------------------------------------------------------------------
# 3. Foster Wales Bridgend - CIW fostering inspection improvement plan (xlsx)
# ---------------------------------------------------------------------------
BR_FILE = "es1-foster-wales-bridgend-ciw-fostering-improvement-plan.xlsx"
BR_TITLE = "Foster Wales Bridgend – CIW Inspection Improvement Plan"
BR_THEMES = [
    ("Care and Support", [
        ("Reg 30", "Foster carer annual reviews must be completed within required timescales and be informed "
                   "by the views of children placed.", [
            dict(ref="1a", action="Introduce a tracker of all annual reviews due, reviewed monthly at the "
                 "fostering management meeting.",
                 lead="Team Manager – Fostering Support", end=D(2024, 9, 30), rag="B",
                 note="Tracker live from August 2024. 100% of reviews due in Q3 completed in timescale.",
                 x_lead=["Team Manager – Fostering Support"], x_end="2024-09", x_status="blue"),
            dict(ref="1b", action="Fostering reviewing officer to gather children’s views through the Mind Of "
                 "My Own app before each annual review.",
                 lead="Independent Reviewing Officer Manager", end=D(2024, 12, 31), rag="G",
                 note="Used in 14 of 19 reviews since October.",
                 x_lead=["Independent Reviewing Officer Manager"], x_end="2024-12", x_status="green"),
        ]),
        ("Reg 14", "Safer caring policies must be reviewed and updated whenever there is a change in the "
                   "fostering household.", [
            dict(ref="2a", action="Audit all safer caring policies and update any that are more than 12 months "
                 "old or do not reflect the current household.",
                 lead="Team Manager – Fostering Support / Senior Practitioners", end=D(2024, 11, 30), rag="B",
                 note="Audit of 87 households completed; 23 policies updated.",
                 x_lead=["Team Manager – Fostering Support", "Senior Practitioners"], x_end="2024-11",
                 x_status="blue"),
            dict(ref="2b", action="Add a safer caring review prompt as a mandatory field in supervisory visit "
                 "recording on WCCIS.",
                 lead="WCCIS Systems Lead", end=D(2025, 3, 31), rag="A",
                 note="Change request raised; awaiting national WCCIS release window.",
                 x_lead=["WCCIS Systems Lead"], x_end="2025-03", x_status="amber"),
        ]),
    ]),
    ("Leadership and Management", [
        ("Reg 80", "The Responsible Individual must complete a quality of care review every six months, "
                   "including feedback from children, foster carers and professionals.", [
            dict(ref="3a", action="Complete the outstanding quality of care review for April–September 2024 "
                 "and present it to the Corporate Parenting Cabinet Committee.",
                 lead="Responsible Individual (Head of Children’s Social Care)", end=D(2025, 1, 31), rag="R",
                 note="Delayed – consultation with children extended to improve the response rate. "
                      "Now due at March Committee.",
                 x_lead=["Responsible Individual (Head of Children’s Social Care)"], x_end="2025-01",
                 x_status="red"),
            dict(ref="3b", action="Agree a six-monthly schedule for quality of care reviews with fixed "
                 "consultation windows.",
                 lead="Responsible Individual (Head of Children’s Social Care)", end="Ongoing", rag="G",
                 note="Schedule for 2025 agreed.",
                 x_lead=["Responsible Individual (Head of Children’s Social Care)"], x_end=None,
                 x_end_text="Ongoing", x_status="green"),
        ]),
        ("Reg 36", "Staff must receive regular formal supervision in line with the service’s policy, "
                   "and this must be recorded.", [
            dict(ref="4a", action="Team managers to complete a monthly supervision audit and report "
                 "compliance to the Group Manager.",
                 lead="Group Manager Placement and Provider Services", end=D(2024, 10, 31), rag="B",
                 note="Compliance 96% (Nov), 100% (Dec).",
                 x_lead=["Group Manager Placement and Provider Services"], x_end="2024-10", x_status="blue"),
            dict(ref="4b", action="Recruit to two vacant supervising social worker posts to bring caseloads to "
                 "no more than 18 fostering households.",
                 lead="Group Manager Placement and Provider Services / HR Business Partner",
                 end=D(2025, 4, 30), rag="A",
                 note="One post appointed (start March). Second post re-advertised.",
                 x_lead=["Group Manager Placement and Provider Services", "HR Business Partner"],
                 x_end="2025-04", x_status="amber"),
            dict(ref="4c", action="Deliver reflective supervision training for all fostering team managers "
                 "and senior practitioners.",
                 lead="Workforce Development Team", end=D(2025, 6, 30), rag=None,
                 note="",
                 x_lead=["Workforce Development Team"], x_end="2025-06", x_status="unrated"),
        ]),
    ]),
]
BR_FILLS = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}


def br_actions():
    return [dict(a, x_under=[theme, afi]) for theme, afis in BR_THEMES for _reg, afi, acts in afis for a in acts]


def build_br():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [6, 8, 44, 48, 30, 11, 7, 44]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = BR_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = ("Bridgend County Borough Council local authority fostering service | Inspection: 10–13 June 2024 | "
                "Report published: 2 August 2024 | Updated: 31 January 2025")
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Reg.", "Area for improvement (CIW)", "Action", "Responsible officer", "Target date", "RAG",
           "Progress / evidence"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for theme, afis in BR_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill(GREY)
        r += 1
        for reg, afi, acts in afis:
            for k, a in enumerate(acts):
                if k == 0:
                    ws.cell(row=r, column=2, value=reg)
                    ws.cell(row=r, column=3, value=afi)
                ws.cell(row=r, column=1, value=a["ref"])
                ws.cell(row=r, column=4, value=a["action"])
                ws.cell(row=r, column=5, value=a["lead"])
                e = ws.cell(row=r, column=6, value=a["end"])
                if isinstance(a["end"], dt.datetime):
                    e.number_format = "mmm-yy"
                if a["rag"]:
                    g = ws.cell(row=r, column=7, value=a["rag"])
                    g.fill = fill(BR_FILLS[a["rag"]])
                    g.alignment = Alignment(horizontal="center", vertical="top")
                if a["note"]:
                    ws.cell(row=r, column=8, value=a["note"])
                for c in range(1, 9):
                    ws.cell(row=r, column=c).border = BOX
                    if c != 7:
                        ws.cell(row=r, column=c).alignment = WRAP
                r += 1
    r += 1
    ws.cell(row=r, column=3, value="Summary").font = Font(bold=True)
    r += 1
    for label, n in [("Total actions", 9), ("Completed (B)", 3), ("On track (G)", 2), ("Some delay (A)", 2),
                     ("Not on track (R)", 1), ("Not yet started", 1)]:
        ws.cell(row=r, column=3, value=label)
        ws.cell(row=r, column=4, value=n).alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    ws.cell(row=r, column=3, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, meaning in [("B", "Blue – completed and embedded"), ("G", "Green – on track"),
                            ("A", "Amber – some delay, will complete"), ("R", "Red – not on track, needs escalation")]:
        c = ws.cell(row=r, column=3, value=letter)
        c.fill = fill(BR_FILLS[letter])
        ws.cell(row=r, column=4, value=meaning)
        r += 1
    ws.freeze_panes = "A5"
    wb.save(path(BR_FILE))


# ---------------------------------------------------------------------------
# 4. Hackney local area SEND partnership - priority action plan (docx)
# ---------------------------------------------------------------------------
HK_FILE = "es1-hackney-send-local-area-inspection-priority-action-plan.docx"
HK_TITLE = "Hackney Local Area SEND Partnership – Priority Action Plan 2025–2026"
HK_SECTIONS = [
    ("Section A: Areas for priority action", [
        ("Area for priority action 1",
         "Leaders across education, health and care should improve the timeliness and quality of education, "
         "health and care (EHC) needs assessments and plans, so that plans accurately reflect children and "
         "young people’s needs and the provision required to meet them.", [
            dict(ref="P1.1", action="Recruit additional EHC coordinators and educational psychologists to clear "
                 "the backlog of assessments that have passed 20 weeks.",
                 lead="Head of SEND Services", start="Jan 2025", end="July 2025", prev="Red", cur="Amber",
                 impact="Backlog reduced from 212 to 96. Timeliness 41% in May (target 60%).",
                 x_lead=["Head of SEND Services"], x_end="2025-07", x_status="amber"),
            dict(ref="P1.2", action="Set up a multi-agency quality assurance panel to audit 10% of new EHC plans "
                 "each month against the Hackney quality standard.",
                 lead="Head of SEND Services; Designated Clinical Officer (NEL ICB); Principal Educational Psychologist",
                 start="Feb 2025", end="Monthly", prev="Amber", cur="Green",
                 impact="Panel met four times; 58% of audited plans rated good (baseline 31%).",
                 x_lead=["Head of SEND Services", "Designated Clinical Officer (NEL ICB)",
                         "Principal Educational Psychologist"], x_end=None, x_end_text="Monthly",
                 x_status="green"),
            dict(ref="P1.3", action="Provide health advice for EHC needs assessments within six weeks in at "
                 "least 90% of cases.",
                 lead="Designated Clinical Officer (NEL ICB)", start="Jan 2025", end="31/10/2025", prev="Red",
                 cur="Red", impact="Compliance 52% (April). Paediatric therapy vacancies are the main cause.",
                 x_lead=["Designated Clinical Officer (NEL ICB)"], x_end="2025-10", x_status="red"),
        ]),
        ("Area for priority action 2",
         "Leaders should work together to reduce waiting times for neurodevelopmental assessment and make sure "
         "that children and families receive support while they wait.", [
            dict(ref="P2.1", action="Commission additional autism and ADHD assessment capacity through the "
                 "Homerton Healthcare neurodevelopmental pathway.",
                 lead="City and Hackney Place-based Partnership Commissioning Lead", start="Apr 2025",
                 end="March 2026", prev="Amber", cur="Amber",
                 impact="Business case approved; provider mobilising. Longest wait 118 weeks.",
                 x_lead=["City and Hackney Place-based Partnership Commissioning Lead"], x_end="2026-03",
                 x_status="amber"),
            dict(ref="P2.2", action="Launch a ‘support while you wait’ offer for families, co-produced with the "
                 "Hackney Independent Forum for Parents/Carers (HIP).",
                 lead="Head of Early Help and Prevention / Parent Carer Forum Chair", start="Mar 2025",
                 end="Summer term 2025", prev="Green", cur="Complete",
                 impact="Offer launched 2 June 2025: workshops, drop-ins and online resource pack.",
                 x_lead=["Head of Early Help and Prevention", "Parent Carer Forum Chair"], x_end="2025-07",
                 x_end_text="Summer term 2025", x_status="blue"),
        ]),
    ]),
    ("Section B: Areas for improvement", [
        ("Area for improvement 1",
         "Leaders should strengthen the co-production of strategic plans with children, young people and "
         "their families.", [
            dict(ref="I1.1", action="Set up a young people’s SEND advisory group that meets half-termly and "
                 "reports to the SEND Partnership Board.",
                 lead="Participation Lead (Young Hackney)", start="Apr 2025", end="Autumn term 2025", prev="",
                 cur="Green", impact="Eight young people recruited; first meeting held 21 May 2025.",
                 x_lead=["Participation Lead (Young Hackney)"], x_end="2025-12", x_end_text="Autumn term 2025",
                 x_status="green"),
        ]),
        ("Area for improvement 2",
         "Leaders should improve planning for young people’s transition into adulthood, particularly for those "
         "moving to adult health services.", [
            dict(ref="I2.1", action="Develop a transition protocol between children’s and adult health services "
                 "for young people aged 14 to 25 with EHC plans.",
                 lead="Designated Clinical Officer (NEL ICB); Head of Preparing for Adulthood", start="May 2025",
                 end="December 2025", prev="", cur="Not started", impact="Scoping meeting booked for July.",
                 x_lead=["Designated Clinical Officer (NEL ICB)", "Head of Preparing for Adulthood"],
                 x_end="2025-12", x_status="unrated"),
            dict(ref="I2.2", action="Make sure every young person with an EHC plan has a preparing for adulthood "
                 "outcome discussed at their Year 9 annual review.",
                 lead="Head of SEND Services", start="Sept 2025", end="July 2026", prev="", cur="",
                 impact="", x_lead=["Head of SEND Services"], x_end="2026-07", x_status="unrated"),
        ]),
    ]),
]
HK_RAG = {"Red": "FF7C80", "Amber": "FFD966", "Green": "A9D18E", "Complete": "8EAADB"}


def hk_actions():
    return [dict(a, x_under=[sec, text]) for sec, areas in HK_SECTIONS for _lab, text, acts in areas for a in acts]


def build_hk():
    doc = Document()
    landscape(doc)
    doc.add_heading(HK_TITLE, level=0)
    doc.add_paragraph("London Borough of Hackney, NHS North East London (City and Hackney) and partners")
    doc.add_paragraph(
        "Ofsted and the Care Quality Commission carried out an area SEND inspection of the Hackney local area "
        "partnership from 25 November to 13 December 2024. The inspection found widespread and/or systemic "
        "failings (inspection outcome 3) and identified two areas for priority action and two areas for "
        "improvement. This plan was submitted to Ofsted on 14 March 2025 and is monitored by the SEND "
        "Partnership Board every six weeks.")
    doc.add_heading("Version control", level=2)
    vc = doc.add_table(rows=3, cols=4)
    vc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Changes", "Author"),
                             ("1.0", "14/03/2025", "Submitted to Ofsted", "SEND Improvement Programme Manager"),
                             ("1.2", "20/06/2025", "June progress and RAG update", "SEND Improvement Programme Manager")]):
        for j, t in enumerate(row):
            set_cell(vc.cell(i, j), t, bold=(i == 0))
    doc.add_heading("Key to RAG ratings", level=2)
    kt = doc.add_table(rows=1, cols=5)
    kt.style = "Table Grid"
    for j, (w, col) in enumerate([("Complete", HK_RAG["Complete"]), ("Green – on track", HK_RAG["Green"]),
                                  ("Amber – at risk", HK_RAG["Amber"]), ("Red – off track", HK_RAG["Red"]),
                                  ("Not started", "FFFFFF")]):
        set_cell(kt.cell(0, j), w, bold=True)
        shade(kt.cell(0, j), col)
    for sec, areas in HK_SECTIONS:
        doc.add_heading(sec, level=1)
        n = 1 + sum(2 + len(acts) for _l, _t, acts in areas)
        t = doc.add_table(rows=n, cols=8)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead(s)", "Start", "Completion date", "Previous RAG",
                               "Current RAG", "Impact / progress"]):
            set_cell(t.cell(0, j), h, bold=True, color="FFFFFF")
            shade(t.cell(0, j), "7030A0")
        r = 1
        for label, text, acts in areas:
            c = t.cell(r, 0).merge(t.cell(r, 7))
            set_cell(c, label, bold=True, size=10)
            shade(c, "E2D0F0")
            r += 1
            c = t.cell(r, 0).merge(t.cell(r, 7))
            set_cell(c, text, italic=True)
            r += 1
            for a in acts:
                vals = [a["ref"], a["action"], a["lead"], a["start"], a["end"], a["prev"], a["cur"], a["impact"]]
                for j, v in enumerate(vals):
                    set_cell(t.cell(r, j), v)
                for j, key in ((5, "prev"), (6, "cur")):
                    if a[key] in HK_RAG:
                        shade(t.cell(r, j), HK_RAG[a[key]])
                r += 1
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to the DfE and NHS England at six-monthly "
                      "review meetings.")
    doc.save(path(HK_FILE))


# ---------------------------------------------------------------------------
# 5. Wandsworth Corporate Parenting Board - action plan (csv export)
# ---------------------------------------------------------------------------
WW_FILE = "es1-wandsworth-corporate-parenting-board-action-plan.csv"
WW_TITLE = "Wandsworth Corporate Parenting Board – Action Plan 2024-26"
WW_ROWS = [
    ("Priority 1 – Safe and stable homes", "Children in care live close to home with carers who meet their needs", [
        dict(ref="CP1.1", action="Increase the number of in-house foster carers by 15 through the Fostering "
             "Friendly Employer scheme and a new Mockingbird constellation.",
             lead="Head of Fostering and Adoption", end="Mar 2026", rag="Amber",
             note="6 new households approved since April; Mockingbird hub carer being assessed.",
             x_lead=["Head of Fostering and Adoption"], x_end="2026-03", x_status="amber"),
        dict(ref="CP1.2", action="Review every placement more than 20 miles from Wandsworth at the monthly "
             "Placement Stability Panel.",
             lead="Head of Looked After Children and Care Leavers", end="Monthly", rag="Green",
             note="Panel in place; 31 children reviewed, 4 moved closer to home.",
             x_lead=["Head of Looked After Children and Care Leavers"], x_end=None, x_end_text="Monthly",
             x_status="green"),
    ]),
    ("Priority 2 – Health and wellbeing",
     "Children in care and care leavers get timely help with their physical and emotional health", [
        dict(ref="CP2.1", action="Improve the timeliness of initial health assessments to 85% within 20 "
             "working days.",
             lead="Designated Nurse for Looked After Children (SWL ICB)", end="31/12/2024", rag="Red",
             note="62% in Q2. Paediatrician capacity escalated to ICB.",
             x_lead=["Designated Nurse for Looked After Children (SWL ICB)"], x_end="2024-12", x_status="red"),
        dict(ref="CP2.2", action="Give every care leaver a copy of their health history and a health passport "
             "at their 18th birthday review.",
             lead="Named Nurse Care Leavers / Personal Adviser Team Manager", end="Sept 2024 – March 2025",
             rag="Complete", note="Health passport in use since July 2024.",
             x_lead=["Named Nurse Care Leavers", "Personal Adviser Team Manager"], x_end="2025-03",
             x_end_text="Sept 2024 – March 2025", x_status="blue"),
    ]),
    ("Priority 3 – Education, employment and training",
     "Care leavers are supported into education, employment and training", [
        dict(ref="CP3.1", action="Create 10 ring-fenced apprenticeships for care leavers across council "
             "departments.",
             lead="Virtual School Headteacher; HR Early Careers Lead", end="Jul 2025", rag="Green",
             note="4 apprenticeships filled; 3 more advertised.",
             x_lead=["Virtual School Headteacher", "HR Early Careers Lead"], x_end="2025-07",
             x_status="green"),
        dict(ref="CP3.2", action="Extend the Virtual School offer to care leavers aged 18–25 in further and "
             "higher education, with termly progress meetings.",
             lead="Virtual School Headteacher", end="Ongoing", rag="Green",
             note="41 care leavers in FE/HE receiving termly contact.",
             x_lead=["Virtual School Headteacher"], x_end=None, x_end_text="Ongoing", x_status="green"),
    ]),
    ("Priority 4 – Being heard", "Children and young people shape the services they receive", [
        dict(ref="CP4.1", action="Children in Care Council members to co-chair one Corporate Parenting Board "
             "meeting each year.\nYoung inspectors to review two council services a year.",
             lead="Participation and Engagement Manager", end="Apr 2025", rag="Not started",
             note="Planning with Children in Care Council in January.",
             x_lead=["Participation and Engagement Manager"], x_end="2025-04", x_status="unrated"),
        dict(ref="CP4.2", action="Deliver corporate parenting training for all elected members and senior "
             "managers, co-delivered by care-experienced trainers.",
             lead="Lead Member for Children; Director of Children’s Social Care", end="Jan 2025", rag="Amber",
             note="Two sessions held (22 attendees); remaining members booked for January.",
             x_lead=["Lead Member for Children", "Director of Children’s Social Care"], x_end="2025-01",
             x_status="amber"),
    ]),
]


def ww_actions():
    return [dict(a, x_under=[pri, obj]) for pri, obj, acts in WW_ROWS for a in acts]


def csv_cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_ww():
    ncol = 8
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_cell(v) for v in vals))

    row([WW_TITLE])
    row(["Progress as at 14 November 2024 – for Corporate Parenting Board 27 November 2024"])
    row([])
    row(["Priority", "Objective", "Ref", "What we will do", "Lead", "By when", "Progress update", "RAG"])
    for pri, obj, acts in WW_ROWS:
        for a in acts:
            row([pri, obj, a["ref"], a["action"], a["lead"], a["end"], a["note"], a["rag"]])
    row([])
    row(["RAG summary: Green 3 | Amber 2 | Red 1 | Complete 1 | Not started 1 | Total 8"])
    row(["Key: Complete = delivered; Green = on track; Amber = some risk to delivery; Red = off track; "
         "Not started = not yet due to start"])
    with open(path(WW_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 6. Bolton Council children's services - ILACS improvement plan (xlsx, sheet per theme)
# ---------------------------------------------------------------------------
BO_FILE = "es1-bolton-council-ilacs-improvement-plan.xlsx"
BO_TITLE = "Bolton Council Children's Services – ILACS Improvement Plan 2024-25"
BO_STATUS = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
BO_THEMES = [
    ("Theme 1", "Theme 1: Help and protection",
     "The effectiveness of management oversight and supervision in driving plans for children in need of "
     "help and protection.", [
        dict(ref="1.1", action="Introduce a revised supervision policy and template that records reflective "
             "discussion, actions and timescales for each child.",
             lead="Hughes, Amanda", orig=D(2024, 5, 31), rev=None, status="Complete",
             note="Policy launched 20 May 2024 at all-staff briefing.", evidence="Policy; briefing slides",
             x_lead=["Hughes, Amanda"], x_end="2024-05", x_status="blue"),
        dict(ref="1.2", action="Monthly dip-sample audits of supervision records by Heads of Service, with "
             "findings reported to the Practice Improvement Board.",
             lead="Hughes, Amanda; Patel, Ravi", orig=D(2024, 7, 31), rev=D(2024, 12, 31), status="On track",
             note="Five monthly audits completed; 68% of records good or better (June: 44%).",
             evidence="Audit summaries Jun–Oct",
             x_lead=["Hughes, Amanda", "Patel, Ravi"], x_end="2024-12", x_status="green"),
        dict(ref="1.3", action="Deliver the ‘Managing for Impact’ development programme for all team managers "
             "and advanced practitioners.",
             lead="Workforce Development Manager", orig=D(2024, 10, 31), rev=D(2025, 1, 31), status="At risk",
             note="Cohort 1 complete. Cohort 2 delayed by provider availability.", evidence="",
             x_lead=["Workforce Development Manager"], x_end="2025-01", x_status="amber"),
        dict(ref="1.4", action="Add a child in need plan drift report to the weekly performance suite.",
             lead="Performance and Intelligence Manager", orig=D(2024, 6, 30), rev=None, status="Complete",
             note="Report live since June 2024.", evidence="Weekly performance pack",
             x_lead=["Performance and Intelligence Manager"], x_end="2024-06", x_status="blue"),
    ]),
    ("Theme 2", "Theme 2: Children in care and care leavers",
     "The sufficiency of suitable homes for care leavers, including for those aged over 21.", [
        dict(ref="2.1", action="Agree a joint care leaver accommodation protocol with Bolton at Home and the "
             "Strategic Housing team.",
             lead="Okafor, Grace", orig=D(2024, 9, 30), rev=None, status="Complete",
             note="Protocol signed 12 September 2024.", evidence="Signed protocol",
             x_lead=["Okafor, Grace"], x_end="2024-09", x_status="blue"),
        dict(ref="2.2", action="Commission 12 additional supported accommodation units for care leavers aged "
             "18–25.",
             lead="Head of Commissioning", orig=D(2025, 3, 31), rev=D(2025, 9, 30), status="Off track",
             note="Tender returned no compliant bids. Re-procurement planned for January 2025.", evidence="",
             x_lead=["Head of Commissioning"], x_end="2025-09", x_status="red"),
        dict(ref="2.3", action="Extend personal adviser support to all care leavers up to age 25 who request "
             "it, and monitor contact monthly.",
             lead="Okafor, Grace", orig=D(2024, 12, 31), rev=None, status="On track",
             note="Two additional personal advisers appointed.", evidence="Contact report",
             x_lead=["Okafor, Grace"], x_end="2024-12", x_status="green"),
    ]),
    ("Theme 3", "Theme 3: Workforce",
     "The stability of the social work workforce, so that children do not experience frequent changes of "
     "social worker.", [
        dict(ref="3.1", action="Implement the market supplement and retention payment for experienced social "
             "workers agreed by Cabinet.",
             lead="Director of Children’s Services / HR Business Partner", orig=D(2024, 4, 30), rev=None,
             status="Complete", note="Paid from April 2024 payroll.", evidence="Cabinet decision 11 March 2024",
             x_lead=["Director of Children’s Services", "HR Business Partner"], x_end="2024-04",
             x_status="blue"),
        dict(ref="3.2", action="Recruit an ASYE cohort of 20 newly qualified social workers through the Bolton "
             "Social Work Academy, with protected caseloads.",
             lead="Principal Social Worker", orig=D(2025, 3, 31), rev=None, status="On track",
             note="17 ASYEs in post; three start in January.", evidence="",
             x_lead=["Principal Social Worker"], x_end="2025-03", x_status="green"),
        dict(ref="3.3", action="Reduce agency social workers to below 15% of the social work workforce.",
             lead="Assistant Director Children’s Social Care", orig=D(2025, 3, 31), rev=None, status="",
             note="Currently 19%. To be rated at January 2025 Improvement Board.", evidence="",
             x_lead=["Assistant Director Children’s Social Care"], x_end="2025-03", x_status="unrated"),
    ]),
]


def bo_actions():
    return [dict(a, x_under=[head, rec]) for _s, head, rec, acts in BO_THEMES for a in acts]


def build_bo():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = BO_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov.merge_cells("A3:G3")
    ov["A3"] = ("Ofsted inspected Bolton’s children’s services from 5 to 16 February 2024 and judged overall "
                "effectiveness to require improvement to be good. Inspectors made three recommendations. Each "
                "recommendation has its own sheet in this workbook.")
    ov["A3"].alignment = WRAP
    ov.row_dimensions[3].height = 45
    ov["A5"] = "Status key"
    ov["A5"].font = Font(bold=True)
    for i, (st, meaning) in enumerate([
            ("Complete", "Action delivered and evidenced (Blue)"),
            ("On track", "Progressing to deadline (Green)"),
            ("At risk", "May miss deadline – mitigation in place (Amber)"),
            ("Off track", "Deadline missed or will be missed (Red)"),
            ("(blank)", "Not yet rated")], start=6):
        c = ov.cell(row=i, column=1, value=st)
        if st in BO_STATUS:
            c.fill = fill(BO_STATUS[st])
        ov.cell(row=i, column=2, value=meaning)
    ov["A12"] = "Summary by theme – November 2024"
    ov["A12"].font = Font(bold=True)
    heads = ["Theme", "Complete", "On track", "At risk", "Off track", "Not rated", "Total"]
    for j, h in enumerate(heads, start=1):
        c = ov.cell(row=13, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 6
    for i, (_s, head, _rec, acts) in enumerate(BO_THEMES, start=14):
        counts = [sum(1 for a in acts if a["status"] == k) for k in ("Complete", "On track", "At risk", "Off track", "")]
        counts.append(len(acts))
        ov.cell(row=i, column=1, value=head).border = BOX
        for j, n in enumerate(counts, start=2):
            ov.cell(row=i, column=j, value=n).border = BOX
            tot[j - 2] += n
    ov.cell(row=17, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(tot, start=2):
        c = ov.cell(row=17, column=j, value=n)
        c.font = Font(bold=True)
        c.border = BOX
    ov.column_dimensions["A"].width = 44
    ov.column_dimensions["B"].width = 46
    for sheet, head, rec, acts in BO_THEMES:
        ws = wb.create_sheet(sheet)
        for col, w in zip("ABCDEFGH", [10, 50, 28, 13, 13, 11, 46, 26]):
            ws.column_dimensions[col].width = w
        ws["A1"] = BO_TITLE
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Progress update for Improvement Board – 19 November 2024"
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A3:H3")
        ws["A3"] = head
        ws["A3"].font = Font(bold=True, size=12, color="FFFFFF")
        ws["A3"].fill = fill("00539F")
        ws["A4"] = "Ofsted recommendation"
        ws["A4"].font = Font(bold=True)
        ws["A4"].alignment = WRAP
        ws.merge_cells("B4:H4")
        ws["B4"] = rec
        ws["B4"].alignment = WRAP
        ws.row_dimensions[4].height = 32
        hdr = ["Action No.", "Action", "Lead Officer", "Original Deadline", "Revised Deadline", "Status",
               "Progress Update", "Evidence"]
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=6, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
            c.alignment = WRAP
        for i, a in enumerate(acts, start=7):
            vals = [a["ref"], a["action"], a["lead"], a["orig"], a["rev"], a["status"] or None, a["note"],
                    a["evidence"] or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=i, column=j, value=v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if a["status"] in BO_STATUS:
                ws.cell(row=i, column=6).fill = fill(BO_STATUS[a["status"]])
        ws.freeze_panes = "A7"
    cl = wb.create_sheet("Change log")
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("1.0", "08/03/2024", "Improvement Programme Lead", "Plan agreed by Improvement Board"),
                             ("1.3", "17/07/2024", "Improvement Programme Lead", "Revised deadlines for 1.2 and 1.3"),
                             ("1.5", "19/11/2024", "Improvement Programme Lead", "November progress update")], start=1):
        for j, v in enumerate(row, start=1):
            cl.cell(row=i, column=j, value=v).font = Font(bold=(i == 1))
    cl.column_dimensions["C"].width = 28
    cl.column_dimensions["D"].width = 40
    wb.save(path(BO_FILE))


# ---------------------------------------------------------------------------
# 7. Barnet Family Services - Ofsted focused visit action plan (tab-separated text) - REFUSE case
# ---------------------------------------------------------------------------
BA_FILE = "es1-barnet-council-focused-visit-action-plan-typo-month-refuse.txt"
BA_TITLE = "Barnet Family Services – Ofsted Focused Visit Action Plan"
BA_TYPO = "Febuary 2025"
BA_AREAS = [
    ("The timeliness of permanence planning, including for children in long-term foster care and those "
     "living with family and friends carers.", [
        ("1.1", "Track the permanence plan of every child from their second review through a monthly "
                "permanence tracking panel.", "Head of Service Children in Care", "December 2024", "Green",
         "Panel running since November; 46 children tracked."),
        ("1.2", "Audit 30 plans where permanence has not been agreed and escalate drift to the Assistant "
                "Director.", "Quality Assurance Service Manager", "January 2025", "Amber",
         "20 of 30 audits complete."),
        ("1.3", "Present long-term fostering matches for all eligible children to panel within six months of "
                "the permanence decision.", "Fostering Service Manager / IRO Service Manager", "March 2025",
         "Amber", "11 matches approved since October."),
    ]),
    ("The consistency with which return home interviews are offered to children in care who go missing, "
     "and how the information from them is used.", [
        ("2.1", "Reissue the missing children protocol with a 72-hour standard for offering return home "
                "interviews.", "Head of Service Adolescents", "January 2025", "Green", "Draft out for consultation."),
        ("2.2", "Share return home interview themes monthly with the exploitation panel and police missing "
                "persons unit.", "Missing and Exploitation Coordinator", BA_TYPO, "Amber",
         "First themes report prepared."),
    ]),
    ("The quality and timeliness of life story work for children in care.", [
        ("3.1", "Train foster carers and social workers in life story work using the Barnet life story toolkit.",
         "Fostering Service Manager", "June 2025", "Green", "Two sessions delivered."),
        ("3.2", "Check every child with a plan for adoption or long-term fostering has life story work "
                "started at the point of matching.", "IRO Service Manager", "Ongoing", "Green",
         "Checked at every review."),
    ]),
]


def ba_lines():
    lines = [BA_TITLE,
             "Focus of visit: arrangements for children in care | Visit dates: 1 and 2 October 2024 | "
             "Letter published: 8 November 2024",
             "Exported from the Family Services improvement tracker on 16 December 2024",
             "",
             "\t".join(["Ref", "Area for improvement", "Action", "Lead officer", "Target date", "RAG", "Update"])]
    for afi, acts in BA_AREAS:
        for k, (ref, act, lead, end, rag, upd) in enumerate(acts):
            lines.append("\t".join([ref, afi if k == 0 else "", act, lead, end, rag, upd]))
    lines += ["",
              "Key: Blue = complete; Green = on track; Amber = at risk; Red = off track",
              "Next update: Family Services Improvement Board, 22 January 2025"]
    return lines


def build_ba():
    with open(path(BA_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(ba_lines()) + "\n")


def ba_refuse_line():
    for i, line in enumerate(ba_lines(), start=1):
        if BA_TYPO in line:
            return i


if __name__ == "__main__":
    build_oxon()
    build_wf()
    build_br()
    build_hk()
    build_ww()
    build_bo()
    build_ba()
    print("built 7 files in", HERE)
