"""Build the seven zoi- blind test files (set heldout737).

Run with /work/main/.venv/bin/python zoi_make.py from any directory; files are
written beside this script. Only files whose names start with "zoi-" are written.

Every action record below carries the cells as they appear in the file, plus
fields starting "x_" that hold the expected reading written into the
NAME.expected.yaml files (they are not written into the data files).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "theme": "DCE6F1",
    "head": "1F4E79",
}


def out(name):
    assert name.startswith("zoi-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    """Write text into a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def header_row(table, labels):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True, white=True)
        shade(cell, FILL["head"])


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def xl_fill(hex_fill):
    return PatternFill(fill_type="solid", start_color=hex_fill, end_color=hex_fill)


def xl_header(ws, row, labels, fill="1F4E79"):
    for col, label in enumerate(labels, start=1):
        c = ws.cell(row=row, column=col, value=label)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill(fill)
        c.alignment = WRAP
        c.border = BOX


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# =====================================================================
# 1. Plymouth City Council – scrutiny tracking decisions (tab-separated .txt)
# =====================================================================
PLYMOUTH_NAME = "zoi-plymouth-city-council-scrutiny-recommendations-tracker.txt"
PLYMOUTH_TITLE = ("Education and Children's Social Care Overview and Scrutiny Committee – "
                  "Tracking Decisions 2024/25")
PLYMOUTH_ROWS = [
    # date, minute, resolution, explanation, officer, target, rag ; expected
    dict(date="17 July 2024", minute="6(1)",
         resolution="The Committee requested a breakdown of the 2023/24 Elective Home Education figures by school year group and by reason for withdrawal, to be circulated to members.",
         update="Figures taken from the EHE register and circulated to members by email on 19 August 2024.",
         officer="Head of Access and Inclusion", target="August 2024", rag="C",
         x_lead=["Head of Access and Inclusion"], x_end="2024-08", x_status="blue"),
    dict(date="17 July 2024", minute="6(2)",
         resolution="The Committee recommended that the Cabinet Member for Education, Skills and Apprenticeships writes to the Department for Education about the sufficiency of specialist school places in the city.",
         update="Letter drafted; awaiting Cabinet Member sign-off following the change of Secretary of State.",
         officer="Service Director for Education, Participation and Skills / Democratic Advisor",
         target="30/09/2024", rag="A",
         x_lead=["Service Director for Education, Participation and Skills", "Democratic Advisor"],
         x_end="2024-09", x_status="amber"),
    dict(date="17 July 2024", minute="7(1)",
         resolution="A briefing on the recruitment and retention of children's social workers, including agency rates and caseloads by team, to be provided before the September meeting.",
         update="Briefing note circulated on 9 September 2024.",
         officer="HR Business Partner (Children's Services)", target="Sept 2024", rag="C",
         x_lead=["HR Business Partner (Children's Services)"], x_end="2024-09", x_status="blue"),
    dict(date="25 September 2024", minute="15(1)",
         resolution="That a report on the Family Hubs programme, including take-up by ward, is added to the Committee's work programme for early 2025.",
         update="Scheduled for the meeting on 26 March 2025.",
         officer="Democratic Advisor", target="March 2025", rag="G",
         x_lead=["Democratic Advisor"], x_end="2025-03", x_status="green"),
    dict(date="25 September 2024", minute="16(3)",
         resolution="The Committee requested the number of children in care placed outside Plymouth and more than 20 miles from the city, with the reasons for those placements.",
         update="Requested from the placements team; delayed by the migration to the new case management system.",
         officer="Service Director for Children, Young People and Families", target="Ongoing", rag="A",
         x_lead=["Service Director for Children, Young People and Families"], x_end=None,
         x_end_text="Ongoing", x_status="amber"),
    dict(date="20 November 2024", minute="24(2)",
         resolution="That the Committee receives the annual report of the Independent Reviewing Officer (IRO) service at its next meeting.",
         update="On the agenda for 22 January 2025.",
         officer="Head of Safeguarding and Quality Assurance", target="January 2025", rag="C",
         x_lead=["Head of Safeguarding and Quality Assurance"], x_end="2025-01", x_status="blue"),
    dict(date="20 November 2024", minute="25(1)",
         resolution="The Committee recommended that decisions on SEND transport eligibility set out the reasons for refusal and the route of appeal in plain English.",
         update="No response received from the service; Chair to raise with the Strategic Director for Children's Services.",
         officer="Head of SEND; Transport Commissioning Manager", target="31/12/2024", rag="R",
         x_lead=["Head of SEND", "Transport Commissioning Manager"], x_end="2024-12", x_status="red"),
    dict(date="20 November 2024", minute="25(4)",
         resolution="A written response to be provided on the proportion of Education, Health and Care Plans issued within 20 weeks, broken down by month for 2024.",
         update="Monthly figures to October provided to the Chair; full response to follow once November and December data are validated.",
         officer="Alison Trewin and Mark Yeo", target="February 2025", rag="G",
         x_lead=["Alison Trewin", "Mark Yeo"], x_end="2025-02", x_status="green"),
]


def make_plymouth():
    lines = [
        PLYMOUTH_TITLE,
        "Plymouth City Council – position as at 22 January 2025",
        "Rows marked C have been completed (greyed out in the agenda version) and will be removed once noted by the Committee.",
        "RAG: G = on track; A = some slippage; R = off track or no response received; C = complete",
        "",
        "\t".join(["Date", "Minute", "Resolution", "Explanation / update", "Officer",
                   "Target date", "RAG"]),
    ]
    for r in PLYMOUTH_ROWS:
        lines.append("\t".join([r["date"], r["minute"], r["resolution"], r["update"],
                                r["officer"], r["target"], r["rag"]]))
    lines += ["", "Items closed at previous meetings are held in the Tracking Decisions archive."]
    with open(out(PLYMOUTH_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# 2. Devon County Council – Fostering Devon improvement plan (.docx)
# =====================================================================
DEVON_NAME = "zoi-devon-county-council-fostering-service-improvement-plan.docx"
DEVON_TITLE = "Fostering Devon: Fostering Service Improvement Plan 2025–2027"
DEVON_PLAN = [
    ("Priority 1 – A quicker, warmer response to people who enquire", [
        dict(no="1.1",
             action="Introduce a single front door for fostering enquiries, with every enquiry receiving a call back from a fostering advisor within two working days.",
             lead="Fostering Recruitment Team Manager", target="31/01/2026",
             progress="New enquiry line live from 5 January 2026; 94% of enquiries called back within two working days in the first two weeks.",
             rag="green", x_lead=["Fostering Recruitment Team Manager"], x_end="2026-01"),
        dict(no="1.2",
             action="Review every enquiry received since April 2024 that did not progress to assessment.\nOffer each of those households a fresh conversation with an experienced foster carer.",
             lead="Fostering Recruitment Team Manager / Devon Foster Care Association", target="March 2026",
             progress="212 households identified; 61 contacted so far, 9 have asked to restart.",
             rag="amber",
             x_lead=["Fostering Recruitment Team Manager", "Devon Foster Care Association"],
             x_end="2026-03"),
        dict(no="1.3",
             action="Reduce the time from formal application to Fostering Panel to no more than six months for mainstream foster carers.",
             lead="Service Manager, Fostering Assessment and Support", target="Sept 2026",
             progress="Assessment tracker introduced in December; current average is 7.4 months.",
             rag="green", x_lead=["Service Manager, Fostering Assessment and Support"],
             x_end="2026-09"),
    ]),
    ("Priority 2 – Supporting and keeping our foster carers", [
        dict(no="2.1",
             action="Align fostering allowances with the Department for Education National Minimum Allowance, with protection so that no carer receives less than their current rate.",
             lead="Head of Service, Children in Care and Fostering / Finance Business Partner",
             target="1 April 2026",
             progress="Revised scheme agreed by Cabinet on 12 November 2025; payment system changes in testing.",
             rag="green",
             x_lead=["Head of Service, Children in Care and Fostering", "Finance Business Partner"],
             x_end="2026-04"),
        dict(no="2.2",
             action="Launch the Council Tax relief scheme for approved Devon foster carers.",
             lead="Head of Revenues and Benefits", target="April 2026",
             progress="Scheme criteria agreed; letters to carers to be issued in March.",
             rag="green", x_lead=["Head of Revenues and Benefits"], x_end="2026-04"),
        dict(no="2.3",
             action="Set up an out-of-hours support rota staffed by supervising social workers and experienced foster carers.",
             lead="Fostering Support Team Manager", target="December 2025",
             progress="Rota operating since 1 December 2025; 41 calls taken in December.",
             rag="blue", x_lead=["Fostering Support Team Manager"], x_end="2025-12"),
    ]),
    ("Priority 3 – Matching children with the right foster families", [
        dict(no="3.1",
             action="Refresh the placement stability meeting so that every fostering household at risk of disruption is discussed within five working days.",
             lead="Placements Service Manager", target="Q4 2025/26",
             progress="Terms of reference drafted; first meeting planned for February.",
             rag="amber", x_lead=["Placements Service Manager"], x_end="2026-03"),
        dict(no="3.2",
             action="Develop a specialist foster carer scheme for children stepping down from residential care, with enhanced payments and therapeutic support around the household.",
             lead="Head of Service, Children in Care and Fostering", target="TBC",
             progress="Not yet started – depends on the 2026/27 budget setting.",
             rag=None, x_lead=["Head of Service, Children in Care and Fostering"], x_end=None,
             x_end_text="TBC"),
    ]),
    ("Priority 4 – Leadership, oversight and performance", [
        dict(no="4.1",
             action="Appoint a fostering member champion and add a fostering update to every Corporate Parenting Board agenda.",
             lead="Director of Children and Young People's Futures", target="Nov 2025",
             progress="Member champion appointed on 4 December 2025; standing item agreed by the Board.",
             rag="blue", x_lead=["Director of Children and Young People's Futures"],
             x_end="2025-11"),
        dict(no="4.2",
             action="Publish a monthly fostering dashboard covering enquiries, conversion to application, approvals, resignations and sufficiency.",
             lead="Performance and Insight Manager", target="End of February 2026",
             progress="Off track – the data feed from the case management system is not yet available; escalated to the Fostering Improvement Group.",
             rag="red", x_lead=["Performance and Insight Manager"], x_end="2026-02"),
    ]),
]


def make_devon():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(DEVON_TITLE, style="Title")
    doc.add_paragraph("Devon County Council – Children and Young People's Futures")

    ctl = doc.add_table(rows=5, cols=2)
    ctl.style = "Table Grid"
    for row, (k, v) in zip(ctl.rows, [
            ("Version", "1.3"),
            ("Status", "Live – reported to the Corporate Parenting Board"),
            ("Plan owner", "Head of Service, Children in Care and Fostering"),
            ("Last updated", "19 January 2026"),
            ("Next review", "April 2026")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], FILL["grey"])
        set_cell(row.cells[1], v)

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph(
        "This plan sets out the actions agreed by Cabinet on 12 November 2025 to improve the "
        "experience of people who enquire about fostering for Devon, and to support and keep our "
        "existing fostering households. Progress is reported monthly to the Fostering Improvement "
        "Group and quarterly to the Corporate Parenting Board.")

    doc.add_heading("2. RAG rating", level=1)
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for row, (colour, meaning) in zip(key.rows, [
            ("blue", "Complete"),
            ("green", "On track to be delivered by the target date"),
            ("amber", "At risk – some slippage, mitigation in place"),
            ("red", "Off track – escalated to the Fostering Improvement Group")]):
        set_cell(row.cells[0], colour.capitalize(), bold=True, white=True)
        shade(row.cells[0], FILL[colour])
        set_cell(row.cells[1], meaning)
    doc.add_paragraph("A blank RAG cell means the action has not yet started.")

    doc.add_heading("3. Improvement actions", level=1)
    labels = ["No.", "What we will do", "Lead", "Target date",
              "Progress update (January 2026)", "RAG"]
    n_rows = 1 + sum(1 + len(acts) for _, acts in DEVON_PLAN)
    t = doc.add_table(rows=n_rows, cols=len(labels))
    t.style = "Table Grid"
    header_row(t, labels)
    r = 1
    for theme, acts in DEVON_PLAN:
        row = t.rows[r]
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, FILL["theme"])
        r += 1
        for a in acts:
            cells = t.rows[r].cells
            set_cell(cells[0], a["no"])
            set_cell(cells[1], a["action"])
            set_cell(cells[2], a["lead"])
            set_cell(cells[3], a["target"])
            set_cell(cells[4], a["progress"])
            set_cell(cells[5], "")
            if a["rag"]:
                shade(cells[5], FILL[a["rag"]])
            r += 1

    doc.add_paragraph(
        "Target dates are those agreed by Cabinet. Where a date is at risk, the reason is given in "
        "the progress update and any change must be agreed by the Fostering Improvement Group.")

    doc.add_heading("Abbreviations", level=2)
    gl = doc.add_table(rows=3, cols=2)
    gl.style = "Table Grid"
    for row, (k, v) in zip(gl.rows, [("DFCA", "Devon Foster Care Association"),
                                     ("NMA", "National Minimum Allowance"),
                                     ("IFA", "Independent fostering agency")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(out(DEVON_NAME))


# =====================================================================
# 3. Suffolk local area – SEND Accelerated Progress Plan (.docx)
# =====================================================================
SUFFOLK_NAME = "zoi-suffolk-local-area-send-accelerated-progress-plan.docx"
SUFFOLK_TITLE = "Suffolk Local Area Accelerated Progress Plan (APP)"
SUFFOLK_AREAS = [
    ("Area of weakness 1: The poor timeliness, integration and quality of statutory assessments and plans, and the delivery of subsequent individual packages of support",
     "What we want to achieve: families receive a good quality EHC plan within 20 weeks, and the support in the plan is delivered.",
     [
         dict(ref="1.1",
              action="Clear the backlog of Education, Health and Care needs assessments that have gone beyond 20 weeks, using the additional assessment capacity commissioned in April 2022.",
              lead="Head of SEND Assessment and Review", when="December 2022",
              progress="Backlog reduced from 412 to 187. Additional educational psychology capacity in place until March 2023.",
              rag="A", x_lead=["Head of SEND Assessment and Review"], x_end="2022-12",
              x_status="amber"),
         dict(ref="1.2",
              action="Introduce monthly multi-agency quality assurance of a sample of new EHC plans, with parent carers taking part in the audit panel.",
              lead="Head of SEND Assessment and Review / Designated Clinical Officer",
              when="Autumn term 2022",
              progress="Monthly audits running since September; SPCN representatives attended both panels.",
              rag="G", x_lead=["Head of SEND Assessment and Review", "Designated Clinical Officer"],
              x_end="2022-12", x_status="green"),
         dict(ref="1.3",
              action="Agree a health advice template and a six-week turnaround standard for all health providers contributing to EHC needs assessments.",
              lead="Designated Clinical Officer", when="31/01/2023",
              progress="Template agreed by the ICB; 71% of health advice returned within six weeks in September.",
              rag="G", x_lead=["Designated Clinical Officer"], x_end="2023-01", x_status="green"),
         dict(ref="1.4",
              action="Deliver the annual review recovery plan so that every EHC plan is reviewed within 12 months.",
              lead="Service Manager, SEND Annual Reviews", when="March 2023",
              progress="1,940 overdue annual reviews at 1 September 2022; recovery trajectory agreed with the DfE SEND Adviser.",
              rag="R", x_lead=["Service Manager, SEND Annual Reviews"], x_end="2023-03",
              x_status="red"),
     ]),
    ("Area of weakness 2: The lack of understanding among parents and carers of the support available, and the inadequate quality of the local offer, including access to child and adolescent mental health services (CAMHS)",
     "What we want to achieve: parents and carers know what support is available and how to get it, and children can get timely mental health support.",
     [
         dict(ref="2.1",
              action="Relaunch the Suffolk Local Offer website, co-produced with Suffolk Parent Carer Network, with a 'what to expect' guide for each stage of the EHC process.",
              lead="Local Offer Manager", when="Nov 2022",
              progress="Relaunch date confirmed as 7 November 2022; testing with parent carers complete.",
              rag="G", x_lead=["Local Offer Manager"], x_end="2022-11", x_status="green"),
         dict(ref="2.2",
              action="Publish a monthly SEND newsletter for families and a 'You said, we did' report each term.",
              lead="Communications Business Partner (Education and Learning)", when="Termly",
              progress="Newsletter published every month since June 2022; first 'You said, we did' report due in December.",
              rag="G", x_lead=["Communications Business Partner (Education and Learning)"],
              x_end=None, x_end_text="Termly", x_status="green"),
         dict(ref="2.3",
              action="Reduce waits for a first appointment with the Emotional Wellbeing Hub and CAMHS to no more than 18 weeks.",
              lead="Head of Children's Mental Health Commissioning", when="July 2023",
              progress="Longest waits reduced from 39 to 26 weeks.",
              rag="A", x_lead=["Head of Children's Mental Health Commissioning"],
              x_end="2023-07", x_status="amber"),
     ]),
    ("Area of weakness 3: The lack of joint working to monitor, quality assure and maximise the effectiveness of work undertaken to improve outcomes for children and young people",
     "What we want to achieve: leaders across education, health and care share one picture of performance and act on it together.",
     [
         dict(ref="3.1",
              action="Set up a joint SEND performance dashboard across education, health and social care, reported to each meeting of the SEND Improvement Board.",
              lead="Head of Performance and Business Intelligence / ICB Head of Contracting and Performance",
              when="By 30 September 2022",
              progress="Dashboard live and reported to the September Board.",
              rag="B",
              x_lead=["Head of Performance and Business Intelligence",
                      "ICB Head of Contracting and Performance"],
              x_end="2022-09", x_status="blue"),
         dict(ref="3.2",
              action="Carry out a joint commissioning review of therapies (speech and language therapy, occupational therapy and physiotherapy) and agree a single service specification.",
              lead="Assistant Director, Inclusion; Associate Director of Commissioning (Children and Young People)",
              when="April 2023",
              progress="Review scoped; data collection under way with all three providers.",
              rag="A",
              x_lead=["Assistant Director, Inclusion",
                      "Associate Director of Commissioning (Children and Young People)"],
              x_end="2023-04", x_status="amber"),
     ]),
]


def make_suffolk():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_paragraph(SUFFOLK_TITLE, style="Title")
    doc.add_paragraph(
        "Special educational needs and/or disabilities (SEND) – refreshed following the DfE and "
        "NHS England six-month review, October 2022")

    p = doc.add_paragraph()
    p.add_run("Annex A: Accelerated Progress Plan (APP) for a local area following the judgement "
              "by Ofsted and the Care Quality Commission that sufficient progress had not been made "
              "against the weaknesses identified at inspection").bold = True
    cover = doc.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    for row, (k, v) in zip(cover.rows, [
            ("Name of the local area", "Suffolk"),
            ("Date of the revisit", "January 2019"),
            ("Date of publication of the revisit report", "March 2019"),
            ("Accountable officers from the local authority and health",
             "Director of Children and Young People's Services, Suffolk County Council\n"
             "Director of Nursing and Quality, NHS Suffolk and North East Essex ICB"),
            ("SEND and NHS England Advisers", "DfE SEND Adviser; NHS England SEND Adviser (East of England)"),
            ("Version", "Version 7 – 28 October 2022")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], FILL["grey"])
        set_cell(row.cells[1], v)

    doc.add_heading("Governance and accountability", level=1)
    doc.add_paragraph(
        "Progress against this plan is overseen by the Suffolk SEND Improvement Board and reported "
        "every six months to the Department for Education and NHS England. Suffolk Parent Carer "
        "Network (SPCN) is a full member of the Board and co-chairs the co-production workstream.")
    doc.add_heading("RAG rating", level=1)
    key = doc.add_table(rows=5, cols=2)
    key.style = "Table Grid"
    header_row(key, ["RAG", "Meaning"])
    for row, (k, v) in zip(key.rows[1:], [("B", "Complete"), ("G", "On track"),
                                          ("A", "Some risk to delivery"), ("R", "Not on track")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)

    labels = ["Ref", "Action", "Lead(s)", "By when", "Progress at October 2022", "RAG"]
    for heading, aim, acts in SUFFOLK_AREAS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(aim)
        t = doc.add_table(rows=1 + len(acts), cols=len(labels))
        t.style = "Table Grid"
        header_row(t, labels)
        for row, a in zip(t.rows[1:], acts):
            c = row.cells
            set_cell(c[0], a["ref"])
            set_cell(c[1], a["action"])
            set_cell(c[2], a["lead"])
            set_cell(c[3], a["when"])
            set_cell(c[4], a["progress"])
            set_cell(c[5], a["rag"], bold=True)
            c[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Agreement", level=1)
    sign = doc.add_table(rows=4, cols=2)
    sign.style = "Table Grid"
    header_row(sign, ["Agreed on behalf of", "Date"])
    for row, (k, v) in zip(sign.rows[1:], [
            ("Suffolk County Council", "28 October 2022"),
            ("NHS Suffolk and North East Essex ICB", "28 October 2022"),
            ("Suffolk Parent Carer Network", "31 October 2022")]):
        set_cell(row.cells[0], k)
        set_cell(row.cells[1], v)
    doc.save(out(SUFFOLK_NAME))


# =====================================================================
# 4. West Sussex County Council – Our Council Plan delivery tracker (.xlsx)
# =====================================================================
WSCC_NAME = "zoi-west-sussex-county-council-council-plan-delivery-tracker-2025-26.xlsx"
WSCC_TITLE = "Our Council Plan – Delivery Tracker 2025/26"
WSCC_PLAN = [
    ("Keeping people safe from vulnerable situations", [
        dict(ref="KP1",
             action="Deliver the Children First improvement programme actions for 2025/26, including the new Family Help model in three pilot areas.",
             lead="Assistant Director, Early Help and Family Help",
             dirn="Children, Young People and Learning", due=dt.datetime(2026, 3, 31),
             q1="Green", q2="Green",
             update="Family Help teams live in Crawley and Worthing; Chichester pilot starts in November.",
             x_lead=["Assistant Director, Early Help and Family Help"], x_end="2026-03",
             x_status="green"),
        dict(ref="KP2",
             action="Complete the roll-out of the adult social care front door redesign and reduce the waiting list for Care Act assessments by 20%.",
             lead="Director of Adult Social Services", dirn="Adults and Health",
             due="Q3 2025/26", q1="Green", q2="Amber",
             update="Front door live in two of three localities; waiting list reduced by 9% so far.",
             x_lead=["Director of Adult Social Services"], x_end="2025-12", x_status="amber"),
    ]),
    ("A sustainable and prosperous economy", [
        dict(ref="SE1",
             action="Publish the refreshed Highways Asset Management Plan and the 2026/27 capital maintenance programme.",
             lead="Head of Highways, Transport and Planning", dirn="Place Services",
             due=dt.datetime(2026, 2, 28), q1="Green", q2="Green",
             update="Draft plan considered by the Communities, Highways and Environment Scrutiny Committee in September.",
             x_lead=["Head of Highways, Transport and Planning"], x_end="2026-02",
             x_status="green"),
        dict(ref="SE2",
             action="Support the delivery of gigabit-capable broadband to a further 2,000 rural premises through the Project Gigabit contract.",
             lead="Digital Infrastructure Programme Manager", dirn="Place Services",
             due="Ongoing", q1="Green", q2="Green",
             update="1,140 premises connected to date.",
             x_lead=["Digital Infrastructure Programme Manager"], x_end=None,
             x_end_text="Ongoing", x_status="green"),
    ]),
    ("Helping people and communities to fulfil their potential", [
        dict(ref="HP1",
             action="Open 150 additional specialist SEND places through new special support centres in mainstream schools.",
             lead="Head of Education and Skills / Head of SEND Commissioning",
             dirn="Children, Young People and Learning", due="Sept 2025",
             q1="Amber", q2="Blue",
             update="Complete – 152 places opened for the start of the autumn term.",
             x_lead=["Head of Education and Skills", "Head of SEND Commissioning"],
             x_end="2025-09", x_status="blue"),
        dict(ref="HP2",
             action="Reopen the refurbished Littlehampton library as a community hub with a registration and customer service point.",
             lead="Head of Library Services", dirn="Communities",
             due=dt.datetime(2025, 12, 31), q1="Green", q2="Red",
             update="Contractor went into administration in August; reopening now expected in spring 2026.",
             x_lead=["Head of Library Services"], x_end="2025-12", x_status="red"),
    ]),
    ("Making the best use of resources", [
        dict(ref="BR1",
             action="Deliver the 2025/26 savings programme of £31.2m and report progress monthly to the Executive Leadership Team.",
             lead="Director of Finance and Support Services", dirn="Finance and Support Services",
             due=dt.datetime(2026, 3, 31), q1="Amber", q2="Amber",
             update="£24.6m forecast to be delivered; mitigations for the remaining £6.6m being developed.",
             x_lead=["Director of Finance and Support Services"], x_end="2026-03",
             x_status="amber"),
        dict(ref="BR2",
             action="Cut the council's own carbon emissions by a further 10% through the solar PV and LED streetlighting programmes.",
             lead="Head of Climate Change and Sustainability", dirn="Place Services",
             due="31/03/2026", q1="Green", q2="Green",
             update="Solar PV installed at six further sites; LED conversion 82% complete.",
             x_lead=["Head of Climate Change and Sustainability"], x_end="2026-03",
             x_status="green"),
    ]),
]
RAG_FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Blue": "0070C0"}


def make_wscc():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = WSCC_TITLE
    cov["A1"].font = Font(bold=True, size=16, color="1F4E79")
    cov["A2"] = "West Sussex County Council"
    cov["A3"] = "Quarter 2 2025/26 – position at 30 September 2025"
    cov["A5"] = "RAG key"
    cov["A5"].font = Font(bold=True)
    for i, (rag, meaning) in enumerate([
            ("Green", "On track"), ("Amber", "At risk – action being taken"),
            ("Red", "Off track – needs intervention"), ("Blue", "Complete")], start=6):
        c = cov.cell(row=i, column=1, value=rag)
        c.fill = xl_fill(RAG_FILL[rag])
        c.font = Font(bold=True, color="FFFFFF" if rag in ("Red", "Blue") else "000000")
        cov.cell(row=i, column=2, value=meaning)
    cov["A11"] = "Notes"
    cov["A11"].font = Font(bold=True)
    cov["A12"] = ("Key activities are those set out in Our Council Plan for 2025/26. Q1 RAG is shown "
                  "for comparison; the Q2 RAG is the current assessment agreed by the Executive "
                  "Leadership Team.")
    cov["A13"] = "Performance measures (KPIs) are reported separately in the Performance and Resources Report."
    widths(cov, {"A": 14, "B": 40})

    ws = wb.create_sheet("Delivery tracker")
    ws["A1"] = "Delivery tracker – Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    labels = ["Priority", "Ref", "Key activity", "Lead officer", "Directorate", "Due",
              "Q1 RAG", "Q2 RAG", "Q2 update"]
    xl_header(ws, 3, labels)
    r = 4
    for priority, acts in WSCC_PLAN:
        first = r
        for a in acts:
            vals = [priority if r == first else None, a["ref"], a["action"], a["lead"],
                    a["dirn"], a["due"], a["q1"], a["q2"], a["update"]]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            due = ws.cell(row=r, column=6)
            if isinstance(a["due"], dt.datetime):
                due.number_format = "mmm-yy"
            for col in (7, 8):
                c = ws.cell(row=r, column=col)
                c.fill = xl_fill(RAG_FILL[c.value])
                c.font = Font(bold=True, color="FFFFFF" if c.value in ("Red", "Blue") else "000000")
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        pc = ws.cell(row=first, column=1)
        pc.font = Font(bold=True)
        pc.fill = xl_fill("DCE6F1")
        pc.alignment = Alignment(wrap_text=True, vertical="center")
    widths(ws, {"A": 24, "B": 6, "C": 50, "D": 30, "E": 22, "F": 11, "G": 9, "H": 9, "I": 45})
    ws.freeze_panes = "C4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of Q2 RAG by priority"
    sm["A1"].font = Font(bold=True, size=13)
    xl_header(sm, 3, ["Priority", "Blue", "Green", "Amber", "Red", "Total"])
    row = 4
    totals = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for priority, acts in WSCC_PLAN:
        counts = {k: sum(1 for a in acts if a["q2"] == k) for k in totals}
        for k in totals:
            totals[k] += counts[k]
        sm.cell(row=row, column=1, value=priority)
        for col, k in enumerate(["Blue", "Green", "Amber", "Red"], start=2):
            sm.cell(row=row, column=col, value=counts[k])
        sm.cell(row=row, column=6, value=len(acts))
        row += 1
    sm.cell(row=row, column=1, value="Total").font = Font(bold=True)
    for col, k in enumerate(["Blue", "Green", "Amber", "Red"], start=2):
        sm.cell(row=row, column=col, value=totals[k]).font = Font(bold=True)
    sm.cell(row=row, column=6, value=sum(totals.values())).font = Font(bold=True)
    widths(sm, {"A": 52})
    wb.save(out(WSCC_NAME))


# =====================================================================
# 5. Norfolk County Council – Flood Risk T&F Group recommendations tracker (.xlsx)
# =====================================================================
NORFOLK_NAME = "zoi-norfolk-county-council-scrutiny-flood-risk-task-and-finish-recommendations-tracker.xlsx"
NORFOLK_TITLE = "Flood Risk Task and Finish Group: recommendations tracker"
NORFOLK_RECS = [
    ("Recommendation 1: The County Council, as Lead Local Flood Authority, should publish a clear protocol and timescales for flood investigations under Section 19 of the Flood and Water Management Act 2010.", [
        dict(ref="1a",
             action="Publish the Section 19 flood investigation protocol on the Council's website, including target timescales for each stage.",
             resp="Accepted", lead="Flood and Water Manager",
             orig=dt.datetime(2025, 6, 30), rev=None, status="Complete",
             update="Protocol published on 2 June 2025.",
             x_lead=["Flood and Water Manager"], x_end="2025-06", x_status="blue"),
        dict(ref="1b",
             action="Report progress on outstanding Section 19 investigations to each meeting of the Infrastructure and Development Select Committee.",
             resp="Accepted", lead="Flood and Water Manager",
             orig="Quarterly", rev=None, status="On track",
             update="First report taken to the May 2025 meeting; 23 investigations outstanding.",
             x_lead=["Flood and Water Manager"], x_end=None, x_end_text="Quarterly",
             x_status="green"),
    ]),
    ("Recommendation 2: Cabinet should work with the Norfolk Strategic Flooding Alliance and the district councils to improve how residents report flooding and receive updates.", [
        dict(ref="2a",
             action="Launch an online flood reporting form that sends an acknowledgement and reference number to the resident.",
             resp="Accepted", lead="Head of Customer Services / Flood and Water Manager",
             orig=dt.datetime(2025, 4, 30), rev=dt.datetime(2025, 9, 30), status="Some slippage",
             update="Form built; integration with the highways fault reporting system delayed.",
             x_lead=["Head of Customer Services", "Flood and Water Manager"], x_end="2025-09",
             x_status="amber"),
        dict(ref="2b",
             action="Agree a shared communications protocol for flood events with the seven district councils.",
             resp="Accepted in part", lead="Head of Resilience",
             orig=dt.datetime(2025, 3, 31), rev=None, status="Complete",
             update="Protocol signed off by the Norfolk Strategic Flooding Alliance Board on 14 March 2025.",
             x_lead=["Head of Resilience"], x_end="2025-03", x_status="blue"),
    ]),
    ("Recommendation 3: The Council should prioritise highway drainage maintenance at locations with a history of repeated flooding.", [
        dict(ref="3a",
             action="Map all highway gullies and culverts at the 100 most frequently flooded locations and add them to an enhanced cleansing schedule.",
             resp="Accepted", lead="Highways Asset Manager",
             orig=dt.datetime(2025, 12, 31), rev=None, status="On track",
             update="58 of 100 locations surveyed.",
             x_lead=["Highways Asset Manager"], x_end="2025-12", x_status="green"),
        dict(ref="3b",
             action="Submit bids for Flood and Coastal Erosion Risk Management grant-in-aid for three surface water schemes.",
             resp="Accepted", lead="Flood and Water Manager; Finance Business Partner (Infrastructure)",
             orig=dt.datetime(2025, 7, 31), rev=dt.datetime(2025, 11, 30), status="Off track",
             update="Bids held pending revised Environment Agency guidance; one scheme withdrawn.",
             x_lead=["Flood and Water Manager", "Finance Business Partner (Infrastructure)"],
             x_end="2025-11", x_status="red"),
    ]),
    ("Recommendation 4: All members should be offered training on flood risk and the role of the Lead Local Flood Authority.", [
        dict(ref="4a",
             action="Hold a member briefing on flood risk management, open to all county and district councillors.",
             resp="Accepted", lead="Democratic Services Manager",
             orig=dt.datetime(2025, 10, 31), rev=None, status="Not started",
             update="Date to be set after the autumn budget briefings.",
             x_lead=["Democratic Services Manager"], x_end="2025-10", x_status="unrated"),
    ]),
]
STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "Some slippage": "FFC000",
               "Off track": "FF0000", "Not started": None}


def make_norfolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = NORFOLK_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Norfolk County Council Scrutiny Committee – update for the meeting of 18 June 2025"
    ws["A3"] = "Cabinet response to the Task and Finish Group report agreed on 3 March 2025"
    labels = ["Ref", "Recommendation / action", "Cabinet response", "Lead officer",
              "Original date", "Revised date", "Status", "Update"]
    xl_header(ws, 5, labels)
    r = 6
    n_actions = 0
    n_complete = 0
    for rec, acts in NORFOLK_RECS:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(labels))
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(bold=True)
        c.fill = xl_fill("FCE4D6")
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            vals = [a["ref"], a["action"], a["resp"], a["lead"], a["orig"], a["rev"],
                    a["status"], a["update"]]
            for col, v in enumerate(vals, start=1):
                cc = ws.cell(row=r, column=col, value=v)
                cc.alignment = WRAP
                cc.border = BOX
                if isinstance(v, dt.datetime):
                    cc.number_format = "mmm-yy"
            fill = STATUS_FILL[a["status"]]
            if fill:
                sc = ws.cell(row=r, column=7)
                sc.fill = xl_fill(fill)
                if a["status"] in ("Complete", "Off track"):
                    sc.font = Font(color="FFFFFF", bold=True)
            n_actions += 1
            n_complete += a["status"] == "Complete"
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Recommendations")
    ws.cell(row=r + 1, column=2, value=len(NORFOLK_RECS))
    ws.cell(row=r + 2, column=1, value="Actions")
    ws.cell(row=r + 2, column=2, value=n_actions)
    ws.cell(row=r + 3, column=1, value="Complete")
    ws.cell(row=r + 3, column=2, value=n_complete)
    widths(ws, {"A": 8, "B": 60, "C": 14, "D": 30, "E": 11, "F": 11, "G": 14, "H": 45})
    ws.freeze_panes = "B6"

    key = wb.create_sheet("Key and notes")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (s, meaning) in enumerate([
            ("Complete", "Action delivered and evidence provided"),
            ("On track", "Expected to be delivered by the date shown"),
            ("Some slippage", "Delivery delayed but expected by the revised date"),
            ("Off track", "Not expected to be delivered by the revised date"),
            ("Not started", "Work has not yet begun")], start=2):
        c = key.cell(row=i, column=1, value=s)
        if STATUS_FILL[s]:
            c.fill = xl_fill(STATUS_FILL[s])
        key.cell(row=i, column=2, value=meaning)
    key["A8"] = "Notes"
    key["A8"].font = Font(bold=True)
    key["A9"] = ("Where a revised date is shown it has been agreed by the Cabinet Member for "
                 "Environment and Transport. Completed actions remain on the tracker until noted "
                 "by the Scrutiny Committee.")
    widths(key, {"A": 16, "B": 60})
    wb.save(out(NORFOLK_NAME))


# =====================================================================
# 6. Cheshire East Council – fostering service improvement plan (.csv export)
# =====================================================================
CHESHIRE_NAME = "zoi-cheshire-east-council-fostering-service-improvement-plan.csv"
CHESHIRE_TITLE = "Cheshire East Council – Fostering Service Improvement Plan 2025-26"
CHESHIRE_ROWS = [
    dict(ws="1. Recruitment and Assessment", id="FS-01",
         action="Recruit 30 new mainstream fostering households during 2025-26, with a targeted campaign for carers of teenagers and sibling groups.",
         lead="Fostering Recruitment Manager", start="01/04/2025", due="31/03/2026", rev="",
         status="On Track", pct="45", update="14 households approved to date; 9 in assessment.",
         x_lead=["Fostering Recruitment Manager"], x_end="2026-03", x_status="green"),
    dict(ws="1. Recruitment and Assessment", id="FS-02",
         action="Introduce fortnightly assessment tracking so that 80% of Form F assessments reach panel within six months.",
         lead="Assessment Team Manager", start="01/05/2025", due="30/09/2025", rev="31/12/2025",
         status="Complete", pct="100", update="Tracking embedded; 83% of assessments reached panel within six months in Q3.",
         x_lead=["Assessment Team Manager"], x_end="2025-12", x_status="blue"),
    dict(ws="2. Support and Retention", id="FS-03",
         action="Launch a Mockingbird constellation in Crewe with one hub home and up to ten satellite fostering households.",
         lead="Fostering Support Team Manager; Head of Cared for Children", start="01/06/2025",
         due="31/01/2026", rev="30/04/2026", status="At Risk", pct="60",
         update="Hub carer identified; launch moved because adaptations to the hub home are delayed.",
         x_lead=["Fostering Support Team Manager", "Head of Cared for Children"], x_end="2026-04",
         x_status="amber"),
    dict(ws="2. Support and Retention", id="FS-04",
         action="Refresh the foster carer learning and development offer, including trauma-informed practice training for all carers.",
         lead="Workforce Development Officer (Fostering)", start="01/04/2025", due="31/10/2025",
         rev="", status="Complete", pct="100", update="New offer published in October 2025.",
         x_lead=["Workforce Development Officer (Fostering)"], x_end="2025-10", x_status="blue"),
    dict(ws="2. Support and Retention", id="FS-05",
         action="Hold an exit interview with every fostering household that resigns and report the themes to the Corporate Parenting Committee.",
         lead="Fostering Service Manager", start="01/04/2025", due="31/03/2026", rev="",
         status="On Track", pct="50", update="Six exit interviews held; first themes report due in February.",
         x_lead=["Fostering Service Manager"], x_end="2026-03", x_status="green"),
    dict(ws="3. Sufficiency and Matching", id="FS-06",
         action="Increase the proportion of cared for children living with in-house foster carers from 38% to 45%.",
         lead="Head of Cared for Children", start="01/04/2025", due="31/03/2027", rev="",
         status="Off Track", pct="20", update="36% in December 2025 because of a rise in placements with independent fostering agencies.",
         x_lead=["Head of Cared for Children"], x_end="2027-03", x_status="red"),
    dict(ws="3. Sufficiency and Matching", id="FS-07",
         action="Introduce a matching panel for all long-term fostering arrangements, chaired by a Service Manager.",
         lead="Fostering Service Manager", start="01/09/2025", due="30/11/2025", rev="",
         status="Not Started", pct="0", update="Awaiting revised terms of reference.",
         x_lead=["Fostering Service Manager"], x_end="2025-11", x_status="unrated"),
    dict(ws="4. Quality and Oversight", id="FS-08",
         action="Complete a themed audit of supervising social worker visits and supervision records, and report the findings to the Improvement Board.",
         lead="Quality Assurance Manager", start="01/10/2025", due="31/12/2025", rev="28/02/2026",
         status="On Track", pct="70", update="Audit of 40 households completed; report being drafted.",
         x_lead=["Quality Assurance Manager"], x_end="2026-02", x_status="green"),
]


def make_cheshire():
    with open(out(CHESHIRE_NAME), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([CHESHIRE_TITLE])
        w.writerow(["Report exported 14/01/2026 09:12 from Pentana Performance; filter: Plan = Fostering Improvement"])
        w.writerow([])
        w.writerow(["Workstream", "Action ID", "Action", "Responsible Officer", "Start Date",
                    "Due Date", "Revised Due Date", "Status", "% Complete", "Latest Update"])
        for r in CHESHIRE_ROWS:
            w.writerow([r["ws"], r["id"], r["action"], r["lead"], r["start"], r["due"], r["rev"],
                        r["status"], r["pct"], r["update"]])
        w.writerow([])
        w.writerow(["Status key: On Track = green; At Risk = amber; Off Track = red; Complete = blue; Not Started = not yet begun"])
        w.writerow([f"{len(CHESHIRE_ROWS)} actions shown"])


# =====================================================================
# 7. Staffordshire County Council – Strategic Plan delivery tracker (.xlsx, refuse)
# =====================================================================
STAFFS_NAME = "zoi-staffordshire-county-council-strategic-plan-delivery-tracker-2025-26-typo-month-refuse.xlsx"
STAFFS_TITLE = "Strategic Plan 2022–26: Delivery Plan 2025/26"
STAFFS_SHEETS = [
    ("Economy", "Support Staffordshire's economy to grow, generating more and better-paid jobs", [
        ("EC1", "Complete the enabling infrastructure works at the Redhill Business Park extension in Stafford and market the remaining plots.",
         "Assistant Director for Growth and Economy", "Mar-26", "On target",
         "Roadworks complete; two plots under offer."),
        ("EC2", "Launch the Staffordshire Skills Bootcamps programme for 2025/26 with at least 600 learners enrolled.",
         "Head of Skills and Employability", "Febuary 2026", "Some risk",
         "410 learners enrolled; digital courses undersubscribed."),
    ]),
    ("Roads and transport", "Fix more roads, and improve transport and digital connections", [
        ("RT1", "Deliver the 2025/26 highways resurfacing and patching programme, including the additional Department for Transport maintenance funding.",
         "Assistant Director for Highways and Transport", "Mar-26", "On target",
         "62% of the programme delivered by the end of September."),
        ("RT2", "Complete the bus service improvement plan review of supported rural routes.",
         "Head of Connectivity", "Dec-25", "Off target",
         "Consultation extended to November following public feedback."),
    ]),
    ("Health and wellbeing", "Encourage good health and wellbeing, resilience and independence", [
        ("HW1", "Reduce the number of people waiting for an adult social care assessment to below 500.",
         "Assistant Director for Care Commissioning", "Mar-26", "Some risk",
         "Waiting list at 684 at the end of September."),
        ("HW2", "Open the new extra care scheme in Burton upon Trent.",
         "Head of Housing with Care", "Oct-25", "Complete",
         "Scheme opened to residents on 6 October 2025."),
    ]),
    ("Climate", "Tackle climate change, enhance our environment, and make Staffordshire more sustainable", [
        ("CL1", "Plant a further 50,000 trees through the Staffordshire Tree Scheme.",
         "Head of Climate Change and Sustainability", "Mar-26", "On target",
         "Planting season starts in November; sites agreed."),
        ("CL2", "Introduce food waste collection support for the district and borough councils ahead of the 2026 national roll-out.",
         "Head of Waste and Resources", "Jan-26", "On target",
         "Joint procurement of caddies completed."),
    ]),
    ("Children and young people", "Offer every Staffordshire child and young person the best start in life, and the chance to achieve their potential", [
        ("CY1", "Issue at least 60% of new Education, Health and Care Plans within 20 weeks.",
         "Assistant Director for SEND and Inclusion", "Mar-26", "Off target",
         "44% issued within 20 weeks in Q2."),
        ("CY2", "Open two new family hubs in Cannock and Tamworth.",
         "Head of Family Help", "Nov-25", "On target",
         "Both buildings handed over; staff recruited."),
    ]),
]
STAFFS_FILL = {"On target": "00B050", "Some risk": "FFC000", "Off target": "FF0000",
               "Complete": "0070C0"}
STAFFS_TYPO_SHEET = "Economy"


def make_staffs():
    wb = Workbook()
    intro = wb.active
    intro.title = "Introduction"
    intro["A1"] = STAFFS_TITLE
    intro["A1"].font = Font(bold=True, size=16)
    intro["A2"] = "Staffordshire County Council"
    intro["A3"] = "Quarter 2 progress (to 30 September 2025)"
    intro["A5"] = ("This workbook tracks the deliverables for 2025/26 under each of the five "
                   "Strategic Plan priorities. There is one sheet per priority. Status is agreed "
                   "by the Senior Leadership Team before reporting to Cabinet.")
    intro["A7"] = "Status key"
    intro["A7"].font = Font(bold=True)
    for i, (s, meaning) in enumerate([
            ("On target", "Deliverable expected by the due date"),
            ("Some risk", "Risk to delivery, mitigation in place"),
            ("Off target", "Will not be delivered by the due date"),
            ("Complete", "Delivered")], start=8):
        c = intro.cell(row=i, column=1, value=s)
        c.fill = xl_fill(STAFFS_FILL[s])
        intro.cell(row=i, column=2, value=meaning)
    widths(intro, {"A": 14, "B": 50})

    for sheet, priority, acts in STAFFS_SHEETS:
        ws = wb.create_sheet(sheet)
        ws["A1"] = f"Priority: {priority}"
        ws["A1"].font = Font(bold=True, size=12)
        xl_header(ws, 3, ["Ref", "What we will deliver in 2025/26", "Lead", "Due", "Status",
                          "Comment"], fill="5B2C6F")
        for r, (ref, text, lead, due, status, comment) in enumerate(acts, start=4):
            for col, v in enumerate([ref, text, lead, due, status, comment], start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=5).fill = xl_fill(STAFFS_FILL[status])
        ws.cell(row=4 + len(acts) + 1, column=1,
                value="Due dates are as agreed in the Delivery Plan approved by Cabinet in April 2025.")
        widths(ws, {"A": 6, "B": 60, "C": 34, "D": 13, "E": 12, "F": 44})
    wb.save(out(STAFFS_NAME))


def main():
    make_plymouth()
    make_devon()
    make_suffolk()
    make_wscc()
    make_norfolk()
    make_cheshire()
    make_staffs()


if __name__ == "__main__":
    main()
