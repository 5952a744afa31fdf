"""Build the seven xx- blind test files (set heldout562) and their expected readings.

Run with /work/main/.venv/bin/python xx_make.py (from any directory).
Writes only files whose names start with "xx-".
"""
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

RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_yaml(name, data):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. Skills England - programme highlight report (xlsx, read)
# ---------------------------------------------------------------------------
def skills_england():
    name = "xx-skills-england-foundation-apprenticeships-units-programme-highlight-report.xlsx"
    title = ("Foundation Apprenticeships and Apprenticeship Units Implementation Programme: "
             "Highlight Report")
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Skills England"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Period 4 – 1 to 31 July 2025"
    ws["A3"].font = Font(italic=True)
    rows = [
        ("Report to:", "Skills England Programme Board – 12 August 2025"),
        ("Senior Responsible Owner:", "Director, Apprenticeships and Skills Delivery"),
        ("Programme Manager:", "Programme Manager, Apprenticeship Reform"),
        ("Classification:", "OFFICIAL"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "Document control"
    ws["A10"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", "04/08/2025", "PMO", "First draft from workstream returns"),
          ("0.2", "06/08/2025", "PMO", "SRO comments incorporated"),
          ("1.0", "07/08/2025", "PMO", "Issued to Programme Board")]
    for r, row in enumerate(dc, start=11):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            if r == 11:
                cell.font = Font(bold=True)
                cell.fill = fill(GREY)
    ws["A16"] = "RAG key"
    ws["A16"].font = Font(bold=True)
    key = [("G", GREEN, "On track – delivery to baseline date expected"),
           ("A", AMBER, "At risk – forecast slip or issue being managed within tolerance"),
           ("R", RED, "Off track – outside tolerance; Programme Board intervention required"),
           ("B", BLUE, "Complete")]
    for r, (k, col, txt) in enumerate(key, start=17):
        ws.cell(r, 1, k).fill = fill(col)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, txt)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 40

    # Summary sheet
    s = wb.create_sheet("Summary")
    s["A1"] = "Programme status summary – Period 4 (July 2025)"
    s["A1"].font = Font(bold=True, size=13)
    hdr = ("Dimension", "Last period", "This period", "Commentary")
    for c, v in enumerate(hdr, start=1):
        cell = s.cell(3, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
    summ = [
        ("Overall", "A", "A", "Foundation apprenticeships launched on schedule; the funding approach for "
         "apprenticeship units is off track pending HM Treasury clearance (milestone 2.2)."),
        ("Schedule", "A", "A", "Three milestones forecast to slip by one to two months (1.3, 2.1 and 2.2)."),
        ("Budget", "G", "G", "Forecast outturn £4.62m against budget of £4.80m."),
        ("Resources", "A", "G", "Two policy advisers started on 14 July; vacancy gap closed."),
        ("Benefits", "G", "G", "Benefits profile unchanged; first measure (starts) reported from October."),
    ]
    cmap = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    for r, row in enumerate(summ, start=4):
        for c, v in enumerate(row, start=1):
            cell = s.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (2, 3):
                cell.fill = fill(cmap[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
    s["A10"] = ("Headline: 9 milestones tracked this period – 3 complete (B), 3 on track (G), "
                "2 at risk (A), 1 off track (R).")
    s["A10"].font = Font(italic=True)
    s.column_dimensions["A"].width = 14
    s.column_dimensions["B"].width = 12
    s.column_dimensions["C"].width = 12
    s.column_dimensions["D"].width = 90

    # Milestones sheet
    m = wb.create_sheet("Milestones")
    m["A1"] = "Milestones and key actions – Period 4 (July 2025)"
    m["A1"].font = Font(bold=True, size=13)
    hdr = ("Ref", "Milestone / key action", "Owner", "Baseline date", "Forecast date",
           "Last period", "This period", "Commentary")
    for c, v in enumerate(hdr, start=1):
        cell = m.cell(3, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.border = BOX
        cell.alignment = WRAP
    ws1 = "Workstream 1 – Foundation apprenticeships"
    ws2 = "Workstream 2 – Apprenticeship units"
    ws3 = "Workstream 3 – Systems, data and communications"
    items = [
        ws1,
        ("1.1", "Publish foundation apprenticeship funding rules and guidance for providers for 2025-26",
         "Deputy Director, Funding Policy", d(2025, 6, 30), d(2025, 6, 30), "G", "B",
         "Published 26 June 2025 alongside the 2025-26 apprenticeship funding rules."),
        ("1.2", "Approve occupational standards for foundation apprenticeships in engineering and "
         "manufacturing, and in construction and the built environment",
         "Head of Occupational Standards", d(2025, 7, 31), d(2025, 7, 31), "G", "B",
         "Both standards approved by the Approvals and Funding Committee on 22 July."),
        ("1.3", "Set up payment of the £2,000 employer incentive for foundation apprentices aged 16-21 "
         "and confirm the payment profile with DfE Funding Directorate",
         "Head of Funding Operations / Head of Digital Services", d(2025, 8, 31), d(2025, 9, 30), "G", "A",
         "System change request moved to the September release; employers told first payments "
         "will be made in October."),
        ws2,
        ("2.1", "Complete analysis of consultation responses on the scope of apprenticeship units "
         "eligible for levy funding", "Head of Skills Policy", d(2025, 7, 31), d(2025, 8, 31), "A", "A",
         "312 responses received; analysis about 80% complete."),
        ("2.2", "Agree with HM Treasury the levy funding approach for apprenticeship units from April 2026",
         "Director, Apprenticeships and Skills Delivery", d(2025, 9, 30), d(2025, 11, 30), "A", "R",
         "HMT clearance now linked to Spending Review allocations. Escalated to the DfE Permanent "
         "Secretary; decision requested from Programme Board on contingency (Paper PB/25/14)."),
        ("2.3", "Publish the initial list of priority units in construction, digital, and health and "
         "social care", "Head of Occupational Standards", d(2026, 1, 31), d(2026, 1, 31), "G", "G",
         "Employer panels for all three sectors in place."),
        ws3,
        ("3.1", "Release changes to the apprenticeship service so that employers can register "
         "foundation apprentices", "Head of Digital Services", d(2025, 7, 31), d(2025, 7, 31), "A", "B",
         "Released 29 July 2025."),
        ("3.2", "Run four provider readiness webinars and publish FAQs",
         "Head of Communications and Engagement", d(2025, 9, 30), d(2025, 9, 30), "G", "G",
         "Two webinars held (420 attendees); further sessions on 4 and 18 September."),
        ("3.3", "Agree data-sharing arrangements with Mayoral Strategic Authorities for monitoring "
         "local skills improvement plans", "Head of Data and Analysis; Head of Local Skills Partnerships",
         d(2025, 12, 31), "Q3 2025/26", "G", "G",
         "Template agreement drafted; two authorities asked for changes."),
    ]
    r = 4
    for it in items:
        if isinstance(it, str):
            m.cell(r, 1, it).font = Font(bold=True)
            for c in range(1, 9):
                m.cell(r, c).fill = fill(GREY)
                m.cell(r, c).border = BOX
            m.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for c, v in enumerate(it, start=1):
                cell = m.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
                if c in (6, 7):
                    cell.fill = fill(cmap[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    m.freeze_panes = "A4"
    for col, w in zip("ABCDEFGH", (6, 60, 30, 13, 13, 9, 9, 60)):
        m.column_dimensions[col].width = w

    # Risks sheet
    rk = wb.create_sheet("Risks")
    rk["A1"] = "Top programme risks (full RAID log held by the PMO)"
    rk["A1"].font = Font(bold=True, size=13)
    hdr = ("Risk ID", "Risk description", "Likelihood", "Impact", "Score", "Trend")
    for c, v in enumerate(hdr, start=1):
        cell = rk.cell(3, c, v)
        cell.font = Font(bold=True)
        cell.fill = fill(GREY)
        cell.border = BOX
    risks = [
        ("R01", "HM Treasury clearance for units funding is not secured in time for an April 2026 launch",
         4, 4, 16, "↑"),
        ("R02", "Provider capacity to deliver construction foundation apprenticeships is insufficient "
         "in some regions", 3, 3, 9, "→"),
        ("R03", "Employer take-up of the incentive is lower than modelled", 2, 3, 6, "↓"),
    ]
    for r, row in enumerate(risks, start=4):
        for c, v in enumerate(row, start=1):
            cell = rk.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
    rk.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    ends = {"1.1": "2025-06", "1.2": "2025-07", "1.3": "2025-09", "2.1": "2025-08", "2.2": "2025-11",
            "2.3": "2026-01", "3.1": "2025-07", "3.2": "2025-09", "3.3": "2025-12"}
    actions = []
    cur = None
    for it in items:
        if isinstance(it, str):
            cur = it
            continue
        ref, text, owner = it[0], it[1], it[2]
        if owner == "Head of Funding Operations / Head of Digital Services":
            lead = ["Head of Funding Operations", "Head of Digital Services"]
        elif owner == "Head of Data and Analysis; Head of Local Skills Partnerships":
            lead = ["Head of Data and Analysis", "Head of Local Skills Partnerships"]
        else:
            lead = [owner]
        actions.append(act(ref, [cur], text, lead, ends[ref], st[it[6]],
                           end_text="Q3 2025/26" if ref == "3.3" else None))
    write_yaml(name, {
        "source": ("Skills England (executive agency, formally established 2 June 2025, taking over IfATE's "
                   "functions) – monthly programme highlight report to its Programme Board for the "
                   "foundation apprenticeships and apprenticeship units (growth and skills levy) reforms. "
                   "Modelled on PRINCE2-style government programme highlight reports: cover sheet with "
                   "title block, SRO and document control table, RAG key with B = Complete; a Summary "
                   "sheet of dimension RAGs (last/this period) and a headline totals line; a Milestones "
                   "sheet with merged grey workstream rows, baseline and forecast dates, last- and "
                   "this-period RAG letters on fill colours, commentary; a Risks sheet (top risks, no "
                   "actions)."),
        "reads": ("A four-sheet highlight report. The plan proper is the Milestones sheet: nine numbered "
                  "milestones under three workstream rows, each with an owner (job titles, two posts in "
                  "1.3 and 3.3), a baseline and a forecast date (the forecast is the end), and a "
                  "this-period RAG. Cover, Summary and Risks sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Eryri National Park Authority - corporate risk register (xlsx, read)
# ---------------------------------------------------------------------------
def eryri():
    name = "xx-eryri-npa-corporate-risk-register-2025-26.xlsx"
    title = "Cofrestr Risg Corfforaethol 2025/26 / Corporate Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Cofrestr - Register"
    ws["A1"] = "Awdurdod Parc Cenedlaethol Eryri / Eryri National Park Authority"
    ws["A1"].font = Font(bold=True, size=14, color="2E5E2E")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Adolygwyd gan y Tîm Rheoli / Reviewed by Management Team: 23/09/2025  –  "
                "Pwyllgor Perfformiad ac Adnoddau / Performance and Resources Committee: 15/10/2025")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ("Risg\nRisk", "Perchennog y Risg\nRisk Owner", "Sgôr Cynhenid\nInherent Score",
           "Cyf. Cam\nAction Ref.", "Camau Lliniaru\nMitigating Actions", "Swyddog Arweiniol\nLead Officer",
           "Dyddiad Targed\nTarget Date", "Statws Cam\nAction Status", "Sgôr Gweddilliol\nResidual Score",
           "Tuedd\nTrend")
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(5, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("2E5E2E")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BOX
    ws.row_dimensions[5].height = 32

    def score_fill(n):
        return fill(RED if n >= 15 else AMBER if n >= 8 else GREEN)

    status_fill = {"green": GREEN, "amber": AMBER, "red": RED, "blue": BLUE, "unrated": None}
    risks = [
        ("CR1 Funding – a real-terms reduction in National Park Grant and pressure on income from car "
         "parks and planning fees leave the Authority unable to sustain core services and deliver "
         "Cynllun Eryri.", "Chief Executive", 20, 15, "↔", [
             ("1a", "Prepare a three-year Medium Term Financial Plan with savings options for Members",
              "Head of Finance", d(2025, 12, 31), "green", ["Head of Finance"], "2025-12", None),
             ("1b", "Review car park tariffs and introduce cashless payment at Pen-y-Pass and Nant Peris",
              "Head of Property; Head of Finance", "March 2026", "amber",
              ["Head of Property", "Head of Finance"], "2026-03", None),
             ("1c", "Bid to the Welsh Government Sustainable Landscapes, Sustainable Places fund for "
              "2026-27 projects", "Head of Partnerships", "Ongoing", "green", ["Head of Partnerships"],
              None, "Ongoing"),
         ]),
        ("CR2 Workforce – the Authority cannot recruit and retain staff with specialist skills and "
         "Welsh language competence, affecting service delivery.", "Director of Corporate Services", 16, 12,
         "↑", [
             ("2a", "Complete the pay and grading review and implement the outcome", "Head of Human Resources",
              d(2026, 3, 31), "amber", ["Head of Human Resources"], "2026-03", None),
             ("2b", "Launch a Welsh language learning pathway for new starters with Dysgu Cymraeg",
              "Welsh Language Officer", d(2025, 9, 30), "blue", ["Welsh Language Officer"], "2025-09", None),
         ]),
        ("CR3 Visitor management – high visitor numbers at Yr Wyddfa and other honeypot sites lead to "
         "safety incidents, environmental damage and tension with communities.",
         "Director of Land Management", 20, 12, "↓", [
             ("3a", "Deliver the 2025 Yr Wyddfa visitor season plan with Gwynedd Council, North Wales "
              "Police and the Sherpa'r Wyddfa bus partners", "Head of Access and Wellbeing",
              d(2025, 10, 31), "green", ["Head of Access and Wellbeing"], "2025-10", None),
             ("3b", "Evaluate the Pen-y-Pass pre-booking scheme and report the findings to Members",
              "Head of Access and Wellbeing / Head of Property", "Jan-26", "unrated",
              ["Head of Access and Wellbeing", "Head of Property"], "2026-01", None),
         ]),
        ("CR4 Cyber security – a cyber attack or system failure causes loss of data and disruption to "
         "planning and payment services.", "Director of Corporate Services", 16, 12, "↔", [
             ("4a", "Turn on multi-factor authentication for all remote access and Microsoft 365 accounts",
              "ICT Manager", d(2025, 6, 30), "blue", ["ICT Manager"], "2025-06", None),
             ("4b", "Test the ICT disaster recovery plan, including a restore from the offline back-up",
              "ICT Manager", d(2025, 11, 30), "red", ["ICT Manager"], "2025-11", None),
             ("4c", "Achieve Cyber Essentials Plus accreditation", "ICT Manager", "Q4 2025/26", "green",
              ["ICT Manager"], "2026-03", "Q4 2025/26"),
         ]),
    ]
    r = 6
    actions = []
    for risk, owner, inh, res, trend, acts in risks:
        first = r
        for ref, text, lead_cell, date, status, lead, end, end_text in acts:
            ws.cell(r, 4, ref)
            ws.cell(r, 5, text)
            ws.cell(r, 6, lead_cell)
            c7 = ws.cell(r, 7, date)
            if isinstance(date, dt.datetime):
                c7.number_format = "dd/mm/yyyy"
            if status_fill[status]:
                ws.cell(r, 8).fill = fill(status_fill[status])
            actions.append(act(ref, [risk], text, lead, end, status, end_text=end_text))
            r += 1
        last = r - 1
        ws.cell(first, 1, risk)
        ws.cell(first, 2, owner)
        ws.cell(first, 3, inh).fill = score_fill(inh)
        ws.cell(first, 9, res).fill = score_fill(res)
        ws.cell(first, 10, trend)
        for c in (1, 2, 3, 9, 10):
            if last > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        for rr in range(first, last + 1):
            for c in range(1, 11):
                ws.cell(rr, c).border = BOX
                ws.cell(rr, c).alignment = WRAP
        for c in (3, 9, 10):
            ws.cell(first, c).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(r + 1, 1, "Gweler y daflen Allwedd am y matrics sgorio a'r allwedd statws / See the Key sheet "
                      "for the scoring matrix and the action status key.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", (48, 20, 11, 9, 55, 28, 13, 11, 11, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("Allwedd - Key")
    k["A1"] = "Allwedd Statws Cam / Action Status Key"
    k["A1"].font = Font(bold=True)
    keys = [(GREEN, "Gwyrdd / Green – ar y trywydd / on track"),
            (AMBER, "Ambr / Amber – peth llithriad / some slippage, within tolerance"),
            (RED, "Coch / Red – oddi ar y trywydd / off track"),
            (BLUE, "Glas / Blue – wedi'i gwblhau / complete"),
            (None, "Dim lliw / No colour – heb ddechrau / not yet started")]
    for i, (col, txt) in enumerate(keys, start=2):
        if col:
            k.cell(i, 1).fill = fill(col)
        k.cell(i, 1).border = BOX
        k.cell(i, 2, txt)
    k["A9"] = "Matrics Sgorio / Scoring Matrix (Tebygolrwydd x Effaith / Likelihood x Impact)"
    k["A9"].font = Font(bold=True)
    k["A10"] = "L \\ I"
    for j in range(1, 6):
        k.cell(10, j + 1, j).font = Font(bold=True)
    for i in range(1, 6):
        k.cell(10 + i, 1, 6 - i).font = Font(bold=True)
        for j in range(1, 6):
            v = (6 - i) * j
            c = k.cell(10 + i, j + 1, v)
            c.fill = score_fill(v)
            c.border = BOX
    k["A17"] = "1–7 Isel / Low;  8–14 Canolig / Medium;  15–25 Uchel / High"
    k.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("Eryri National Park Authority (Awdurdod Parc Cenedlaethol Eryri), corporate risk register "
                   "2025/26 as reported to its Performance and Resources Committee. Copies the features of "
                   "Welsh national park risk registers (bilingual Welsh/English title and two-line column "
                   "headers) and of park authority strategic risk registers (Cairngorms NPA annexes: risk, "
                   "owner, mitigation, trend arrows): each risk cell merged down over its lettered "
                   "mitigating actions, inherent and residual scores on heat-map fills, action status shown "
                   "only as a fill colour, and a separate Key sheet with the status key and scoring matrix."),
        "reads": ("One register sheet with four risks (CR1–CR4), each merged over two or three mitigating "
                  "actions (1a–4c) with a lead officer, target date and a fill-only action status; the "
                  "coloured score cells are risk levels, not progress. The status is read from the Action "
                  "Status fill as the Key sheet defines it (no colour = not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
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
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, headers, hex_="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, hex_)


# ---------------------------------------------------------------------------
# 3. York and North Yorkshire CA - PFCC transfer lessons learned (docx, read)
# ---------------------------------------------------------------------------
def ynyca():
    name = "xx-york-and-north-yorkshire-ca-pfcc-functions-transfer-lessons-learned-action-plan.docx"
    title = ("Transfer of Police, Fire and Crime Commissioner Functions to the Mayor: "
             "Lessons Learned Action Plan")
    doc = Document()
    doc.add_paragraph("York and North Yorkshire Combined Authority").runs[0].bold = True
    doc.add_heading(title, level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Document owner", "Chief Operating Officer"),
            ("Version", "1.2"),
            ("Date", "3 March 2025"),
            ("Status", "For Audit and Governance Committee, 17 March 2025"),
            ("Review", "Quarterly until all actions are closed")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "E7E6E6")
        set_cell(t.rows[i].cells[1], v)
    doc.add_heading("1. Background", level=2)
    doc.add_paragraph(
        "On 7 May 2024 the functions of the Police, Fire and Crime Commissioner for North Yorkshire "
        "transferred to the Mayor of York and North Yorkshire, the first transfer of its kind to a mayoral "
        "combined authority. A lessons learned review was carried out between October and December 2024 "
        "through workshops with staff, partners and members. It identified seven lessons across three "
        "themes. The actions agreed in response are set out below.")
    doc.add_paragraph(
        "RAG: Green – on track; Amber – at risk of missing the target date; Red – target date missed; "
        "Complete – action closed and evidence held.")
    doc.add_heading("2. Action plan", level=2)

    hdrs = ["No.", "Lesson identified", "Management action", "Lead", "Target date",
            "Progress at February 2025", "RAG"]
    rag_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    themes = [
        ("Theme 1: Governance and decision-making", [
            ("L1. The decision-making arrangements for policing and fire were not fully reflected in the "
             "Combined Authority's constitution on the day of transfer.", [
                 ("1.1", "Update the constitution and scheme of delegation to set out the Mayor's PFCC "
                  "decision-making powers and the role of the Deputy Mayor for Policing, Fire and Crime.",
                  "Monitoring Officer", "September 2024",
                  "Revised constitution adopted by the Combined Authority on 23 September 2024.", "Complete",
                  ["Monitoring Officer"], "2024-09", None),
                 ("1.2", "Publish a forward plan of PFCC key decisions alongside the Combined Authority "
                  "forward plan.", "Head of Governance", "December 2024",
                  "Combined forward plan published from January 2025.", "Complete",
                  ["Head of Governance"], "2024-12", None),
             ]),
            ("L2. Scrutiny of the Mayor's policing and fire functions by the Police, Fire and Crime Panel "
             "was not aligned with the Combined Authority's own overview and scrutiny arrangements.", [
                 ("1.3", "Agree a memorandum of understanding between the Police, Fire and Crime Panel and "
                  "the Overview and Scrutiny Committee covering work programmes and information sharing.",
                  "Monitoring Officer / Scrutiny Officer", "31/03/2025",
                  "Draft MoU shared with the Panel Chair; meeting arranged for 12 March.", "Amber",
                  ["Monitoring Officer", "Scrutiny Officer"], "2025-03", None),
             ]),
        ]),
        ("Theme 2: Finance and assurance", [
            ("L3. Separate financial systems and year-end timetables for the PFCC group and the Combined "
             "Authority created duplication and delayed reporting.", [
                 ("2.1", "Produce a single closedown timetable for the 2024/25 accounts covering the "
                  "Combined Authority and the PFCC group.", "Chief Finance Officer", "End of January 2025",
                  "Timetable agreed by both finance teams and the external auditor.", "Complete",
                  ["Chief Finance Officer"], "2025-01", None),
                 ("2.2", "Scope options for a shared finance system and report them to the Finance "
                  "Sub-Committee.", "Chief Finance Officer; Chief Finance Officer (PFCC)", "Q1 2025/26",
                  "Soft market testing under way.", "Green",
                  ["Chief Finance Officer", "Chief Finance Officer (PFCC)"], "2025-06", "Q1 2025/26"),
             ]),
            ("L4. The Joint Independent Audit Committee and the Audit and Governance Committee received "
             "overlapping assurance reports.", [
                 ("2.3", "Review the terms of reference of both committees and agree a joint assurance map.",
                  "Head of Internal Audit (Veritau)", "June 2025",
                  "Joint chairs' meeting held 4 February 2025.", "Green",
                  ["Head of Internal Audit (Veritau)"], "2025-06", None),
             ]),
        ]),
        ("Theme 3: People, communications and culture", [
            ("L5. Staff transferring from the OPFCC had limited information on their new terms and "
             "conditions before the transfer date.", [
                 ("3.1", "Hold follow-up sessions with all transferred staff on terms and conditions and "
                  "the Combined Authority's HR policies.", "Head of HR", "November 2024",
                  "Three sessions held; 22 of 26 staff attended.", "Complete",
                  ["Head of HR"], "2024-11", None),
             ]),
            ("L6. Public messages about the change did not explain how residents should contact the Mayor "
             "about policing and fire matters.", [
                 ("3.2", "Refresh the website and complaints pages so that residents can find how to raise "
                  "policing, fire and crime matters with the Mayor.", "Head of Communications", "April 2025",
                  "Content drafted; waiting for the new website platform.", "Amber",
                  ["Head of Communications"], "2025-04", None),
             ]),
            ("L7. No single owner held the transition risk register after the transfer date.", [
                 ("3.3", "Add transition and integration risks to the corporate risk register with a named "
                  "owner and review them each quarter.", "Chief Operating Officer", "Quarterly",
                  "Risks added to the corporate risk register in January 2025.", "Green",
                  ["Chief Operating Officer"], None, "Quarterly"),
             ]),
        ]),
    ]
    actions = []
    for theme, lessons in themes:
        doc.add_heading(theme, level=3)
        nrows = 1 + sum(len(a) for _, a in lessons)
        t = doc.add_table(rows=nrows, cols=7)
        t.style = "Table Grid"
        header_row(t, hdrs, "203864")
        r = 1
        for lesson, acts in lessons:
            first = r
            for ref, text, lead_cell, date, prog, rag, lead, end, end_text in acts:
                row = t.rows[r].cells
                set_cell(row[0], ref)
                set_cell(row[2], text)
                set_cell(row[3], lead_cell)
                set_cell(row[4], date)
                set_cell(row[5], prog)
                set_cell(row[6], rag, bold=True)
                shade(row[6], rag_fill[rag])
                st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]
                actions.append(act(ref, [theme, lesson], text, lead, end, st, end_text=end_text))
                r += 1
            last = r - 1
            cell = t.cell(first, 1)
            if last > first:
                cell = cell.merge(t.cell(last, 1))
            set_cell(cell, lesson)
        doc.add_paragraph("")
    doc.add_heading("3. Sign-off", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Approved by", "Role", "Date"], "595959")
    for i, v in enumerate(["Chief Executive", "Head of Paid Service", "3 March 2025"]):
        set_cell(t.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("York and North Yorkshire Combined Authority (mayoral CA established February 2024; PFCC "
                   "functions transferred to the Mayor on 7 May 2024) – management action plan from a "
                   "lessons learned review of the transfer, of the kind taken to its Audit and Governance "
                   "Committee. Copies combined authority committee papers: document control table, "
                   "background paragraph, RAG key as a sentence, a heading and table per theme, the lesson "
                   "identified merged down over its actions, progress column, RAG word on a fill, and a "
                   "sign-off table."),
        "reads": ("Three theme headings, each over its own table; in each table a lesson (L1–L7) is the "
                  "finding that one or two numbered management actions answer. Nine actions, each with a "
                  "lead post, a target date (months, a quarter, 'Quarterly') and a RAG word. The document "
                  "control and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 4. Penzance Town Council - action log (csv, read)
# ---------------------------------------------------------------------------
def penzance():
    name = "xx-penzance-town-council-action-log-2025-26.csv"
    import csv
    import io
    sections = [
        ("FULL COUNCIL", [
            ("FC/25/031", "19/05/2025", "Write to Cornwall Council asking for a timetable for the repair of "
             "the railings at Battery Rocks.", "Town Clerk", "Jun-25", "Complete",
             "Reply received 11 June 2025 – works scheduled for September.",
             ["Town Clerk"], "2025-06", None, "blue"),
            ("FC/25/048", "16/06/2025", "Arrange a members' briefing on the Penzance Town Deal projects with "
             "the Town Deal Board.", "Town Clerk & Deputy Town Clerk", "July 2025", "Complete",
             "Briefing held 22 July 2025.", ["Town Clerk", "Deputy Town Clerk"], "2025-07", None, "blue"),
            ("FC/25/072", "21/07/2025", "Publish the revised Community Grants Policy and open the 2025-26 "
             "grants round.\nClosing date for applications to be 31 October 2025.",
             "Deputy Town Clerk (Community)", "30/09/2025", "Green",
             "Policy published; round opens 1 September.", ["Deputy Town Clerk (Community)"], "2025-09",
             None, "green"),
            ("FC/25/090", "15/09/2025", "Obtain three quotes for replacement Christmas lights on Market Jew "
             "Street and Causewayhead.", "Cllr J. Kernow, Cllr S. Angove", "Oct-25", "Amber",
             "Two quotes received; third supplier chased.", ["Cllr J. Kernow", "Cllr S. Angove"],
             "2025-10", None, "amber"),
        ]),
        ("FINANCE & GENERAL PURPOSES COMMITTEE", [
            ("FGP/25/014", "09/06/2025", "Review the Council's earmarked reserves and bring proposals to the "
             "September meeting.", "Responsible Financial Officer", "08/09/2025", "Complete",
             "Reserves report considered 8 September (minute FGP/25/026).",
             ["Responsible Financial Officer"], "2025-09", None, "blue"),
            ("FGP/25/027", "08/09/2025", "Renew the Council's insurance and confirm cover for the Town Deal "
             "assets transferred to the Council.", "RFO", "30/11/2025", "Green",
             "Broker quotes requested.", ["RFO"], "2025-11", None, "green"),
            ("FGP/25/029", "08/09/2025", "Ask the internal auditor to follow up the 2024-25 recommendations on "
             "the asset register and VAT reclaims.", "RFO", "Dec 2025", "Green",
             "Visit booked for 4 December.", ["RFO"], "2025-12", None, "green"),
        ]),
        ("PLANNING & ENVIRONMENT COMMITTEE", [
            ("PE/25/041", "02/07/2025", "Submit the Council's response to the Cornwall Council consultation "
             "on the draft Climate Emergency DPD review.", "Planning Officer", "31/08/2025", "Complete",
             "Response submitted 27 August 2025.", ["Planning Officer"], "2025-08", None, "blue"),
            ("PE/25/055", "06/08/2025", "Ask Cornwall Council Highways to assess the request for a pedestrian "
             "crossing on Alexandra Road.", "Deputy Town Clerk", "Ongoing", "Red",
             "Chased three times with no reply; raised with the Cornwall Councillor for the division.",
             ["Deputy Town Clerk"], None, "Ongoing", "red"),
            ("PE/25/061", "01/10/2025", "Draw up a tree planting programme for Penlee Park and Bolitho "
             "Gardens for the 2025-26 planting season.", "Environment Officer", "Feb-26", "Not started", "",
             ["Environment Officer"], "2026-02", None, "unrated"),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Penzance Town Council"])
    w.writerow(["Action Log – Full Council and Committees 2025-26"])
    w.writerow(["Updated by the Town Clerk: 10 November 2025"])
    w.writerow([])
    w.writerow(["Ref", "Meeting date", "Action", "Responsible", "Deadline", "Status", "Update"])
    actions = []
    for sec, rows in sections:
        w.writerow([sec, "", "", "", "", "", ""])
        for ref, md, text, resp, dl, status, upd, lead, end, end_text, st in rows:
            w.writerow([ref, md, text, resp, dl, status, upd])
            actions.append(act(ref, [sec], text, lead, end, st, end_text=end_text))
    w.writerow([])
    w.writerow(["Status key: Green = on track; Amber = at risk; Red = overdue or blocked; "
                "Complete = action closed (removed after being reported to one meeting)."])
    title = "Action Log – Full Council and Committees 2025-26"
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    write_yaml(name, {
        "source": ("Penzance Town Council (Cornwall) – rolling action log for Full Council and its "
                   "committees, of the kind town clerks keep and publish with agendas. Copies town and "
                   "parish council action logs: title lines and an 'updated by' line, minute references as "
                   "action refs, meeting date, a committee heading row before each block, responsible "
                   "officer or councillors, deadline in mixed forms, status word, update column, and a "
                   "status key line at the foot. Saved as CSV from Excel."),
        "reads": ("A CSV with three title lines, a header row and ten actions in three blocks headed FULL "
                  "COUNCIL, FINANCE & GENERAL PURPOSES COMMITTEE and PLANNING & ENVIRONMENT COMMITTEE. One "
                  "action (FC/25/072) runs over two lines inside its quoted cell. Deadlines are dates, "
                  "Mon-YY, month names or 'Ongoing'; the status key line is not an action."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Wise Payments - FCA safeguarding remediation tracker (txt, read)
# ---------------------------------------------------------------------------
def wise():
    name = "xx-wise-payments-fca-safeguarding-audit-remediation-tracker.txt"
    f1 = ("F1 – Daily internal safeguarding reconciliation did not include funds held with all payment "
          "partners (High)")
    f2 = ("F2 – Shortfalls found by the reconciliation were not always made good by the end of the next "
          "business day (High)")
    f3 = ("F3 – Safeguarding resolution pack incomplete: bank acknowledgement letters missing for two "
          "accounts (Medium)")
    f4 = "F4 – Safeguarding MI to the Board lacked trend data and breach reporting (Medium)"
    rows = [
        (f1, "SR-101", "Extend the daily internal reconciliation to cover balances held with all card scheme "
         "and local payment partners.", "Head of Safeguarding Operations", "30/06/2025", "30/09/2025",
         "Completed", "Partners added in July and August; first full reconciliation run on 01/09/2025.",
         ["Head of Safeguarding Operations"], "2025-09", None, "blue"),
        (f1, "SR-102", "Document the reconciliation methodology and obtain Board approval.",
         "Head of Safeguarding Operations; Company Secretary", "31/07/2025", "", "Completed",
         "Approved by the Board on 24/07/2025.",
         ["Head of Safeguarding Operations", "Company Secretary"], "2025-07", None, "blue"),
        (f2, "SR-103", "Introduce an automated alert to Treasury when a shortfall is found, with escalation "
         "to the CFO if it is not resolved by 12:00 on the next business day.", "Treasury Manager",
         "31/08/2025", "31/10/2025", "Amber", "Alerting live; escalation workflow in user acceptance testing.",
         ["Treasury Manager"], "2025-10", None, "amber"),
        (f2, "SR-104", "Report all shortfalls and how they were resolved to the Safeguarding Committee.",
         "Head of Safeguarding", "Monthly", "", "Green", "July, August and September reports presented.",
         ["Head of Safeguarding"], None, "Monthly", "green"),
        (f3, "SR-105", "Obtain signed acknowledgement letters from both safeguarding banks and file them in the "
         "resolution pack.", "Legal Counsel – Regulatory", "31/05/2025", "", "Completed",
         "Letters received 19/05/2025 and 28/05/2025.", ["Legal Counsel – Regulatory"], "2025-05", None,
         "blue"),
        (f3, "SR-106", "Test that the resolution pack can be retrieved within 48 hours in a simulated "
         "insolvency exercise.", "Head of Safeguarding / Head of Operational Resilience", "31/12/2025", "",
         "Green", "Exercise scheduled for 02/12/2025.",
         ["Head of Safeguarding", "Head of Operational Resilience"], "2025-12", None, "green"),
        (f4, "SR-107", "Redesign the quarterly safeguarding MI pack to include trend data, breaches and FCA "
         "notifications.", "Chief Financial Officer", "30/09/2025", "31/01/2026", "Red",
         "Revised MI template not yet agreed; Board date moved to January 2026.",
         ["Chief Financial Officer"], "2026-01", None, "red"),
        (f4, "SR-108", "Deliver safeguarding training to Board members before the new FCA safeguarding rules "
         "take effect in May 2026.", "Chief Compliance Officer", "31/03/2026", "", "Not started", "",
         ["Chief Compliance Officer"], "2026-03", None, "unrated"),
    ]
    lines = [
        "Wise Payments Limited",
        "Safeguarding Remediation Tracker – FCA Safeguarding Audit 2024/25 Findings",
        "Exported from: Risk & Compliance Action Register | Export date: 06/10/2025 08:42 | "
        "Report owner: Head of Safeguarding",
        "Filter: Programme = Safeguarding Remediation; Status = All",
        "",
        "\t".join(["Finding", "Action ID", "Action", "Action owner", "Original due date", "Revised due date",
                   "RAG status", "Latest update"]),
    ]
    actions = []
    for (fnd, ref, text, owner, orig, rev, rag, upd, lead, end, end_text, st) in rows:
        lines.append("\t".join([fnd, ref, text, owner, orig, rev, rag, upd]))
        actions.append(act(ref, [fnd], text, lead, end, st, end_text=end_text))
    lines.append("")
    lines.append("8 records exported")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    title = "Safeguarding Remediation Tracker – FCA Safeguarding Audit 2024/25 Findings"
    write_yaml(name, {
        "source": ("Wise Payments Limited (FCA-authorised e-money institution) – remediation tracker for "
                   "findings of its annual safeguarding audit, kept for the FCA under the payments "
                   "safeguarding regime (Dear CEO letters 2020 and 2023, new safeguarding rules from May "
                   "2026). Imitates a tab-separated export from a GRC action register: firm name and title "
                   "lines, export and filter lines, one flat row per action with the finding repeated, "
                   "original and revised due dates, RAG status and latest update, and a record count."),
        "reads": ("A tab-separated export: four findings (F1–F4, each with a severity), two actions each "
                  "(SR-101 to SR-108) with owners, original and revised due dates (the revised date, where "
                  "given, is the end) and a RAG status; 'Monthly' has no end month. The lines above the "
                  "header and the record count are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. English Heritage - internal audit recommendations progress report (docx, read)
# ---------------------------------------------------------------------------
def english_heritage():
    name = "xx-english-heritage-trust-internal-audit-recommendations-progress-report.docx"
    title = "Internal Audit Recommendations – Progress Report"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("English Heritage")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Audit and Risk Committee")
    doc.add_paragraph("Meeting: 23 September 2025  |  Agenda item 6  |  Paper ARC 25/38")
    doc.add_heading(title, level=1)
    doc.add_paragraph("Report of: Director of Finance and Resources")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This paper updates the Committee on the implementation of recommendations raised by the "
        "Trust's internal auditors in the three reviews reported to the Committee since February 2025, "
        "and asks the Committee to approve two revised target dates.")
    doc.add_heading("2. Summary", level=2)
    summ = [("Audit", "Assurance", "Recs", "Implemented", "Open", "Overdue"),
            ("Retail Stock Management", "Moderate", "3", "2", "1", "0"),
            ("Cyber Security – Third-Party Access", "Limited", "3", "0", "3", "1"),
            ("Membership Gift Aid Claims", "Substantial", "2", "1", "1", "0"),
            ("Total", "", "8", "3", "5", "1")]
    t = doc.add_table(rows=len(summ), cols=6)
    t.style = "Table Grid"
    header_row(t, summ[0], "4F6228")
    for i, row in enumerate(summ[1:], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == len(summ) - 1))
    doc.add_heading("3. Status key", level=2)
    key = [("Blue", "9DC3E6", "Implemented and evidence seen by Internal Audit"),
           ("Green", "A9D08E", "On track to meet the target date"),
           ("Amber", "FFD966", "Revised target date agreed or requested"),
           ("Red", "FF7C80", "Past the target date")]
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, col, txt) in enumerate(key):
        set_cell(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], col)
        set_cell(t.rows[i].cells[1], txt)
    doc.add_heading("4. Recommendations and progress", level=2)
    hdrs = ["Ref", "Priority", "Recommendation", "Management action", "Owner", "Original target",
            "Revised target", "Status"]
    colmap = {k: c for k, c, _ in key}
    stmap = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    audits = [
        ("4.1 Retail Stock Management (issued February 2025) – Moderate assurance", [
            ("RSM.1", "High", "Stock counts at properties should be completed to the annual count schedule, "
             "with variances investigated and approved.", "Introduce a central count calendar and require "
             "property managers to sign off variance explanations in the EPOS system.",
             "Head of Retail Operations", "31/05/2025", "—", "Blue", ["Head of Retail Operations"], "2025-05"),
            ("RSM.2", "Medium", "Slow-moving and obsolete stock should be reviewed quarterly and provisions "
             "agreed with Finance.", "Hold a quarterly obsolete stock review between Retail Buying and "
             "Commercial Finance and record the provision in the management accounts.",
             "Head of Retail Buying / Commercial Finance Manager", "30/06/2025", "30/11/2025", "Amber",
             ["Head of Retail Buying", "Commercial Finance Manager"], "2025-11"),
            ("RSM.3", "Low", "User access to the stock system should be reviewed regularly.",
             "Review user access to the stock system every six months and remove leavers within five "
             "working days.", "Retail Systems Manager", "31/03/2025", "—", "Blue",
             ["Retail Systems Manager"], "2025-03"),
        ]),
        ("4.2 Cyber Security – Third-Party Access (issued April 2025) – Limited assurance", [
            ("CYB.1", "High", "A complete register of third parties with remote access to Trust systems "
             "should be kept.", "Build a third-party access register from the firewall and VPN logs and "
             "give each supplier an internal owner.", "Head of IT Security", "31/07/2025", "31/10/2025",
             "Amber", ["Head of IT Security"], "2025-10"),
            ("CYB.2", "High", "Remote access by suppliers should require multi-factor authentication.",
             "Enforce MFA on the supplier VPN and decommission the legacy remote desktop gateway.",
             "Head of IT Security", "30/06/2025", "—", "Red", ["Head of IT Security"], "2025-06"),
            ("CYB.3", "Medium", "Contracts with IT suppliers should include security and breach "
             "notification clauses.", "Add the standard data security schedule to all IT supplier contracts "
             "at renewal.", "Head of Procurement; Head of Legal", "31/03/2026", "—", "Green",
             ["Head of Procurement", "Head of Legal"], "2026-03"),
        ]),
        ("4.3 Membership Gift Aid Claims (issued June 2025) – Substantial assurance", [
            ("GA.1", "Medium", "Gift Aid declarations taken by telephone should be confirmed in writing "
             "within 30 days, as HMRC requires.", "Update the contact centre script and send the written "
             "confirmation automatically from the CRM.", "Head of Membership and Supporter Care", "Dec-25",
             "—", "Green", ["Head of Membership and Supporter Care"], "2025-12"),
            ("GA.2", "Low", "The Gift Aid claim reconciliation should be reviewed and signed by a second "
             "officer.", "Add a second-officer review step to the monthly Gift Aid claim checklist.",
             "Financial Controller", "31/08/2025", "—", "Blue", ["Financial Controller"], "2025-08"),
        ]),
    ]
    actions = []
    for heading, recs in audits:
        doc.add_heading(heading, level=3)
        t = doc.add_table(rows=1 + len(recs), cols=8)
        t.style = "Table Grid"
        header_row(t, hdrs, "4F6228")
        for i, rec in enumerate(recs, start=1):
            ref, pri, recommendation, action, owner, orig, rev, status, lead, end = rec
            cells = t.rows[i].cells
            for j, v in enumerate([ref, pri, recommendation, action, owner, orig, rev, status]):
                set_cell(cells[j], v, bold=(j == 7))
            shade(cells[7], colmap[status])
            actions.append(act(ref, [heading, recommendation], action, lead, end, stmap[status]))
        doc.add_paragraph("")
    doc.add_heading("5. Recommendation", level=2)
    doc.add_paragraph("The Committee is asked to note progress and to approve the revised target dates for "
                      "RSM.2 and CYB.1.")
    doc.save(os.path.join(HERE, name))

    write_yaml(name, {
        "source": ("English Heritage Trust (charity) – internal audit recommendations progress report to its "
                   "Audit and Risk Committee, September 2025. Copies charity and public-body audit committee "
                   "follow-up papers: paper header (meeting, agenda item, paper number), purpose, a summary "
                   "table with totals, a status key table (Blue = implemented), then a heading per audit "
                   "report with its own table of recommendation, management action, owner, original and "
                   "revised target dates and a status word on a fill."),
        "reads": ("A committee paper. Three audit sections (4.1–4.3), each a table in which every row is a "
                  "recommendation and the management action that answers it, eight in all, with owner(s), "
                  "original and (where agreed) revised target dates – the revised one is the end – and a "
                  "status colour word. The summary and key tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Break - children's home Regulation 44 recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def break_reg44():
    name = "xx-break-childrens-home-regulation-44-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Regulation 44 Independent Person Recommendations: Action Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Reg 44 tracker"
    ws["A1"] = "Break – Children's Homes"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Home: Rowan Lodge  |  Ofsted URN: SC499871  |  Registered Manager: K. Barnes  |  "
                "Responsible Individual: Head of Residential Services")
    ws["A4"] = ("Reviewed monthly at the Quality and Safeguarding meeting. Recommendations stay open until "
                "the Independent Person has seen the evidence.")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ("Rec no.", "Independent Person's recommendation", "Action agreed", "Responsible", "Timescale",
           "Date completed", "RAG")
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(6, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    items = [
        "Visit: 12 June 2025 (unannounced)",
        ("06/1", "Make sure all staff complete the refreshed Prevent and exploitation training.",
         "Book all outstanding staff onto the July Prevent and child exploitation e-learning and check "
         "completion in supervision.", "Registered Manager", d(2025, 7, 31), d(2025, 7, 28), "Complete"),
        ("06/2", "Review the young person's risk assessment following the missing episode on 2 June.",
         "Update the risk assessment and missing from care protocol with the placing authority social worker.",
         "Deputy Manager", d(2025, 6, 30), d(2025, 6, 20), "Complete"),
        ("06/3", "The lounge and kitchen need redecorating.",
         "Request redecoration of the lounge and kitchen from the Break Property Team.",
         "Registered Manager / Property Manager", "Sept 2025", None, "Amber"),
        "Visit: 15 July 2025 (announced)",
        ("07/1", "Record children's views in the house meeting minutes and feed back on the actions taken.",
         "Introduce a 'you said, we did' board and record children's views at every house meeting.",
         "Key Workers", d(2025, 8, 31), d(2025, 8, 25), "Complete"),
        ("07/2", "Physical intervention records should be reviewed by the manager within 24 hours.",
         "Registered Manager to review all physical intervention records within 24 hours; Deputy Manager to "
         "cover during leave.", "Registered Manager", d(2025, 9, 30), None, "Green"),
        "Visit: 19 August 2025 (unannounced)",
        ("08/1", "The medication audit found two recording errors; the staff involved should have their "
         "medication competency reassessed.", "Complete medication competency reassessments for both staff "
         "members and carry out weekly medication audits for one month.", "Deputy Manager",
         "30 Setpember 2025", None, "Amber"),
        ("08/2", "Update the Statement of Purpose to reflect the home's new age range.",
         "Update the Statement of Purpose and send it to Ofsted.", "Responsible Individual", d(2025, 10, 31),
         None, "Green"),
    ]
    r = 7
    typo_row = None
    for it in items:
        if isinstance(it, str):
            ws.cell(r, 1, it).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(it, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = fill(rag_fill[it[6]])
            if it[4] == "30 Setpember 2025":
                typo_row = r
        r += 1
    for col, w in zip("ABCDEFG", (9, 50, 55, 26, 16, 14, 11)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 15, typo_row

    write_yaml(name, {
        "source": ("Break (Norfolk children's charity running registered children's homes) – a home's tracker "
                   "of recommendations made by the Regulation 44 independent person (Children's Homes "
                   "(England) Regulations 2015, reg. 44(5)), kept for the Responsible Individual and shown "
                   "to Ofsted. Copies such trackers: charity and home title block with URN, manager and RI, "
                   "a note line, merged visit-date rows over numbered recommendations, the agreed action "
                   "beside each recommendation, responsible post, timescale, date completed and a RAG word "
                   "on a fill."),
        "reads": ("Eight recommendations from three monthly visits, each with an agreed action, responsible "
                  "post(s), timescale and RAG. The timescale of 08/1 on sheet row 15 reads '30 Setpember "
                  "2025' – a mistyped month, so a careful reader stops and asks rather than guessing the "
                  "due month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 15,
        "title": title,
    })
    return name, 0


if __name__ == "__main__":
    for fn in (skills_england, eryri, ynyca, penzance, wise, english_heritage, break_reg44):
        n, k = fn()
        print(f"{n}: {k} actions")
