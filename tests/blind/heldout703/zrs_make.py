#!/usr/bin/env python3
"""Build the seven zrs- blind test files (set heldout703) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files starting with zrs- are written.
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
}


def out(name):
    assert name.startswith("zrs-")
    return os.path.join(HERE, name)


class Q(str):
    """A string always written in double quotes (refs and YYYY-MM months)."""


yaml.SafeDumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_yaml(name, data):
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=110,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": Q(ref) if ref is not None else None, "under": list(under), "action": action,
         "lead": list(lead), "end": Q(end) if end is not None else None}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hex6):
    return PatternFill("solid", start_color="FF" + hex6, end_color="FF" + hex6)


# ---------------------------------------------------------------------------
# 1. Caerphilly CBC - scrutiny recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def caerphilly():
    name = "zrs-caerphilly-cbc-scrutiny-recommendations-tracker-2025-26.xlsx"
    title = "Caerphilly County Borough Council – Scrutiny Recommendations Tracker 2025/26"
    HE = "Housing and Environment Scrutiny Committee"
    SS = "Social Services Scrutiny Committee"
    CR = "Corporate and Regeneration Scrutiny Committee"
    damp = "Damp, mould and condensation in council homes – task and finish group report"
    fly = "Fly-tipping enforcement – performance report"
    recruit = "Recruitment and retention of social workers"
    audit = "Audit Wales review of scrutiny arrangements"
    mtfp = "Medium Term Financial Plan 2026/27 to 2028/29"

    # (kind, payload)
    rows = [
        ("committee", HE),
        ("item", damp),
        ("rec", ["HE25/01", dt.date(2025, 6, 10),
                 "That a single point of contact for damp and mould reports is established within Caerphilly Homes, with all reports triaged within 2 working days.",
                 "Accepted", "Head of Housing", dt.date(2025, 9, 30),
                 "Damp and mould hub live from 1 September 2025; 94% of reports triaged within 2 working days in Q3.",
                 "Blue"]),
        ("rec", ["HE25/02", dt.date(2025, 6, 10),
                 "That tenants are given written confirmation of the works agreed, and a date for completion, following every damp and mould inspection.",
                 "Accepted", "Housing Repairs Operations Manager", dt.date(2025, 12, 31),
                 "Template letter agreed with the Tenant and Leaseholder Panel. Roll-out delayed by changes to the repairs system; now expected February 2026.",
                 "Amber"]),
        ("rec", ["HE25/03", dt.date(2025, 6, 10),
                 "That an annual report on damp and mould cases, including repeat cases, is presented to this Committee.",
                 "Accepted", "Head of Housing", "Ongoing",
                 "First annual report scheduled for the Committee meeting on 24 March 2026.",
                 "Green"]),
        ("item", fly),
        ("rec", ["HE25/04", dt.date(2025, 9, 16),
                 "That the Cabinet Member considers increasing the fixed penalty for fly-tipping to the maximum permitted level of £1,000.",
                 "Accepted in part", "Head of Public Protection", "Q4 2025/26",
                 "Report on revised fixed penalty levels to go to Cabinet in February 2026. Early payment discount to be retained.",
                 "Green"]),
        ("committee", SS),
        ("item", recruit),
        ("rec", ["SS25/01", dt.date(2025, 7, 8),
                 "That the Council explores a ‘grow your own’ scheme with the Open University to support existing staff to qualify as social workers.",
                 "Accepted", "Head of Children’s Services / Head of Adult Services", "March 2026",
                 "Six staff enrolled on the Open University programme from October 2025. Second cohort being scoped.",
                 "Green"]),
        ("rec", ["SS25/02", dt.date(2025, 7, 8),
                 "That agency social worker numbers and costs are reported to the Committee every six months.",
                 "Accepted", "Corporate Director for Social Services and Housing", "Sept 2025",
                 "Six-monthly report not yet presented. To be added to the forward work programme for February 2026.",
                 "Red"]),
        ("committee", CR),
        ("item", audit),
        ("rec", ["CR25/01", dt.date(2025, 9, 23),
                 "That pre-meeting briefings are held before each scrutiny meeting, and attendance is recorded and published in the annual scrutiny report.",
                 "Accepted", "Head of Democratic Services", dt.date(2025, 10, 31),
                 "Pre-meetings held for all scrutiny committees since October 2025; attendance now recorded.",
                 "Blue"]),
        ("rec", ["CR25/02", dt.date(2025, 9, 23),
                 "That scrutiny meetings are promoted on the Council’s website and social media channels, including the CaerphillyCBCTV YouTube channel, to increase public engagement.",
                 "Accepted", "Head of Democratic Services / Communications Manager", dt.date(2026, 3, 31),
                 "Meeting previews now posted on social media a week before each meeting. Website scrutiny pages being redesigned.",
                 "Green"]),
        ("rec", ["CR25/03", dt.date(2025, 9, 23),
                 "That a member development programme on the role of scrutiny is delivered to all non-executive members before the end of the municipal year.",
                 "Accepted", "Head of Democratic Services", "April 2026",
                 "Two of four sessions delivered. Attendance at the second session was low (11 members).",
                 "Amber"]),
        ("item", mtfp),
        ("rec", ["CR25/04", dt.date(2025, 11, 18),
                 "That the Cabinet publishes the savings proposals for 2026/27 in full at least six weeks before the budget-setting meeting of Council.",
                 "Accepted", "Head of Financial Services and S151 Officer", "Jan 2026",
                 "Draft savings proposals to be published on 14 January 2026 for public consultation.",
                 "Green"]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    headers = ["Ref", "Meeting date", "Recommendation", "Cabinet response", "Responsible officer",
               "Target date", "Progress update (December 2025)", "RAG"]
    widths = [10, 13, 60, 16, 30, 13, 55, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Recommendations made by scrutiny committees and referred to Cabinet – position as at 31 December 2025"
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG: Green – on track | Amber – behind schedule, action in hand | Red – overdue or at risk | Blue – complete"
    ws.merge_cells("A3:H3")
    ws["A3"].font = Font(size=9)
    r = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    ws.freeze_panes = "A6"
    r = 6
    expected = []
    committee = item = None
    for kind, payload in rows:
        if kind == "committee":
            committee = payload
            ws.cell(r, 1, payload).font = Font(bold=True, color="FFFFFFFF", size=12)
            ws.cell(r, 1).fill = solid("00665E")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif kind == "item":
            item = payload
            ws.cell(r, 1, payload).font = Font(bold=True, italic=True)
            ws.cell(r, 1).fill = solid("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, mdate, rec, resp, officer, target, update, rag = payload
            vals = [ref, mdate, rec, resp, officer, target, update, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, dt.date):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = solid(FILL[rag.lower()])
            ws.cell(r, 8).font = Font(bold=True, color="FFFFFFFF" if rag != "Amber" else "FF000000")
            if isinstance(target, dt.date):
                end, et = target.strftime("%Y-%m"), None
            else:
                end, et = {
                    "Ongoing": (None, "Ongoing"),
                    "Q4 2025/26": ("2026-03", "Q4 2025/26"),
                    "March 2026": ("2026-03", None),
                    "Sept 2025": ("2025-09", None),
                    "April 2026": ("2026-04", None),
                    "Jan 2026": ("2026-01", None),
                }[target]
            lead = [p.strip() for p in officer.split(" / ")]
            status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]
            expected.append(act(ref, [committee, item], rec, lead, end, status, et))
        r += 1

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary of open and completed recommendations – December 2025"
    ws2["A1"].font = Font(bold=True)
    summ = [["Committee", "Blue", "Green", "Amber", "Red", "Total"],
            [HE, 1, 2, 1, 0, 4], [SS, 0, 1, 0, 1, 2], [CR, 1, 2, 1, 0, 4],
            ["Total", 2, 5, 2, 1, 10]]
    for i, row in enumerate(summ, 3):
        for j, v in enumerate(row, 1):
            ws2.cell(i, j, v).border = BORDER
    ws2.column_dimensions["A"].width = 48
    ws3 = wb.create_sheet("Notes")
    notes = [
        "Notes",
        "1. Recommendations are added to the tracker once Cabinet has responded.",
        "2. Recommendations rated Blue at two consecutive reports are removed from the tracker and reported in the annual scrutiny report.",
        "3. The Education Scrutiny Committee made no recommendations to Cabinet in the period.",
        "Contact: Scrutiny Team, Democratic Services, Penallta House, Ystrad Mynach.",
    ]
    for i, n in enumerate(notes, 1):
        ws3.cell(i, 1, n)
    ws3["A1"].font = Font(bold=True)
    wb.save(out(name))

    write_yaml(name, {
        "source": (
            "Imitates a Welsh council scrutiny recommendations tracker of the kind Caerphilly CBC (and Vale of "
            "Glamorgan, Denbighshire, RCT) take to scrutiny committees as a 'tracking of recommendations' "
            "appendix, 2025/26, following the Audit Wales review of Caerphilly's scrutiny arrangements (reported "
            "to its Democratic Services Committee, September 2025). No published file found; layout copied: title "
            "and position-date rows, a one-line RAG key above the table, a coloured header row, merged committee "
            "rows and merged italic report/item rows above the recommendations, meeting date and Cabinet response "
            "columns, job titles as responsible officers (two posts split by '/', one title containing 'and'), "
            "target dates mixing real dates, months, a quarter and 'Ongoing', a RAG word with matching fill, and "
            "separate Summary and Notes sheets."),
        "reads": (
            "A one-sheet tracker of ten scrutiny recommendations grouped by committee (three committees) and, "
            "within each, by the report they came from. Each recommendation row has a ref, the recommendation "
            "text, the Cabinet response, the responsible officer, a target date, a progress update and a RAG word. "
            "The Summary and Notes sheets hold counts and notes only."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return cell


def header_row(table, headers, fill="1F3864"):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, color="FFFFFF")
        shade(c, fill)


# ---------------------------------------------------------------------------
# 2. Sandwell Children's Trust fostering agency - post-inspection plan (docx)
# ---------------------------------------------------------------------------
def sandwell():
    name = "zrs-sandwell-childrens-trust-fostering-agency-ofsted-inspection-action-plan.docx"
    title = "Sandwell Children’s Trust Fostering Agency: Post-Inspection Action Plan"
    partA = "Part A: Statutory requirements"
    partB = "Part B: Recommendations"
    req1 = ("Requirement 1: The registered person must ensure that each foster carer’s approval is reviewed at "
            "least annually and that the review report is presented to the fostering panel where required. "
            "(Regulation 28(2))")
    req2 = ("Requirement 2: The fostering service provider must ensure that foster carers receive the training "
            "and development they need, including safer caring and paediatric first aid, and that training "
            "records are kept up to date. (Regulation 17(1))")
    rec1 = ("Recommendation 1: The registered person should ensure that children’s views about living with their "
            "foster carers are routinely sought and recorded, and inform each foster carer’s annual review. "
            "(National Minimum Standard 1.3)")
    rec2 = ("Recommendation 2: The registered person should ensure that each approved fostering household "
            "receives at least one unannounced visit a year. (National Minimum Standard 21.8)")
    # ref, action, lead, date text, progress, rag(None = no fill), end, end_text, status
    partA_rows = [
        ("req", req1),
        ("1.1", "Produce a weekly tracker of foster carer annual reviews due in the next 12 weeks, shared with supervising social workers and team managers.",
         "Registered Manager", "30/04/2025", "Tracker in place from 7 April 2025 and reviewed at the weekly management meeting.", "blue", "2025-04", None),
        ("1.2", "Complete all overdue annual reviews (14 at the time of the inspection) and present first reviews to the fostering panel.",
         "Supervising Social Work Team Managers", "31/05/2025", "13 of 14 completed. One delayed because of carer ill health; booked for the July panel.", "amber", "2025-05", None),
        ("1.3", "Audit 10% of annual reviews each quarter for quality and timeliness, with findings reported to the Fostering Service Improvement Board.",
         "Quality Assurance Manager", "Quarterly", "First audit completed June 2025 (8 reviews).", "green", None, "Quarterly"),
        ("req", req2),
        ("2.1", "Refresh the foster carer learning and development offer for 2025–26, with mandatory safer caring and paediatric first aid modules.",
         "Learning and Development Lead – Fostering", "June 2025", "Offer launched at the foster carer conference on 21 June 2025.", "blue", "2025-06", None),
        ("2.2", "Introduce a training compliance report in the case management system so that gaps are visible to supervising social workers.",
         "Registered Manager / Performance and Information Manager", "31/07/2025", "Report specification agreed; build delayed by the system upgrade.", "amber", "2025-07", None),
    ]
    partB_rows = [
        ("req", rec1),
        ("R1.1", "Introduce a child-friendly feedback form (paper and online) to be completed before each foster carer annual review.",
         "Participation Officer", "31/05/2025", "Form co-produced with the Children in Care Council and in use since May 2025.", "blue", "2025-05", None),
        ("R1.2", "Supervising social workers to record children’s views in a dedicated section of the annual review report.",
         "Supervising Social Work Team Managers", "30/06/2025", "Template amended. Compliance to be checked in the Q2 audit.", "green", "2025-06", None),
        ("req", rec2),
        ("R2.1", "Schedule unannounced visits for all approved households and monitor completion at the monthly performance clinic.",
         "Registered Manager", "Monthly", "62% of households visited by the end of June 2025 against a trajectory of 75%.", "red", None, "Monthly"),
        ("R2.2", "Add an unannounced visit record template to the case management system.",
         "Performance and Information Manager", "August 2025", "", None, "2025-08", None),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Ofsted inspection of the independent fostering agency, 10 to 14 March 2025")
    doc.add_paragraph("Overall experiences and progress of children and young people: good. "
                      "How well children and young people are helped and protected: good. "
                      "The effectiveness of leaders and managers: requires improvement to be good.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Comments"], fill="595959")
    for i, row in enumerate([
        ["0.1", "02/04/2025", "Registered Manager", "First draft following inspection feedback"],
        ["1.0", "16/04/2025", "Head of Service", "Approved at Fostering Service Improvement Board"],
        ["1.2", "07/07/2025", "Registered Manager", "Quarter 1 progress update"],
    ], 1):
        for j, v in enumerate(row):
            set_cell(dc.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, (txt, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                     ("Some slippage – action in hand", "amber"), ("Off track", "red")]):
        c = key.rows[0].cells[j]
        set_cell(c, txt, bold=True, color="FFFFFF" if col != "amber" else "000000")
        shade(c, FILL[col])
    doc.add_paragraph("The RAG column in the tables below is shaded using this key. An unshaded cell means the "
                      "action has not yet started.")

    headers = ["No.", "Action", "Lead", "Completion date", "Progress / evidence", "RAG"]
    expected = []

    def part(heading, intro, rows):
        doc.add_paragraph(heading, style="Heading 1")
        doc.add_paragraph(intro)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, headers)
        current = None
        for row in rows:
            if row[0] == "req":
                current = row[1]
                cells = t.add_row().cells
                m = cells[0].merge(cells[5])
                set_cell(m, row[1], bold=True)
                shade(m, "DEEAF6")
                continue
            ref, action, lead, date, prog, rag, end, et = row
            cells = t.add_row().cells
            for j, v in enumerate([ref, action, lead, date, prog, ""]):
                set_cell(cells[j], v)
            if rag:
                shade(cells[5], FILL[rag])
            expected.append(act(ref, [heading, current], action,
                                [p.strip() for p in lead.split(" / ")], end, rag or "unrated", et))
        doc.add_paragraph("")

    part(partA, "Ofsted set the following requirements. Each must be met by the date given in the inspection report.", partA_rows)
    part(partB, "Ofsted made the following recommendations to improve practice further.", partB_rows)
    doc.add_paragraph("Next review of this action plan: Fostering Service Improvement Board, 15 September 2025.")
    doc.add_paragraph("Sign-off", style="Heading 2")
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Role", "Name", "Date"], fill="595959")
    set_cell(so.rows[1].cells[0], "Registered Manager")
    set_cell(so.rows[1].cells[2], "16/04/2025")
    set_cell(so.rows[2].cells[0], "Responsible Individual")
    set_cell(so.rows[2].cells[2], "16/04/2025")
    doc.save(out(name))

    write_yaml(name, {
        "source": (
            "Imitates a post-inspection action plan of a local authority children's trust whose fostering service "
            "is registered with Ofsted as an independent fostering agency (Sandwell Children's Trust; its fostering "
            "agency was last rated good in August 2021, adoption agency good December 2022). Plan dated April-July "
            "2025 for a March 2025 inspection (imitation). Features copied from SCCIF fostering agency reports and "
            "trust action plans: title, inspection date and judgements, a document-control table, a shaded RAG key "
            "table, then one Word table per part (statutory requirements with their regulation number, "
            "recommendations with their National Minimum Standard), each requirement or recommendation as a merged "
            "shaded row above its numbered actions, RAG shown only as cell shading (one unshaded = not started), "
            "'Quarterly'/'Monthly' as completion dates, and a sign-off table."),
        "reads": (
            "Two action tables, one for Ofsted's two statutory requirements and one for its two recommendations; "
            "under each requirement or recommendation sit its numbered actions with lead, completion date, progress "
            "and a shaded RAG cell. Document control, the RAG key and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. One Adoption South Yorkshire - service development plan (tab-separated txt)
# ---------------------------------------------------------------------------
def oasy():
    name = "zrs-one-adoption-south-yorkshire-raa-service-development-plan-2025-26.txt"
    title = "One Adoption South Yorkshire (OASY) – Service Development Plan 2025-26"
    P1 = "1. Recruit the adopters our children need"
    P2 = "2. Find families without delay (early permanence)"
    P3 = "3. Adoption support that families can rely on"
    P4 = "4. A strong, stable regional agency"
    ep_action = ("Deliver early permanence training to:\n- child in care teams in all four local authorities\n"
                 "- independent reviewing officers and legal teams")
    rows = [
        (P1, "1.1", "Run a targeted recruitment campaign for adopters for sibling groups and children aged 4 and over, including National Adoption Week activity.",
         "Recruitment & Marketing Lead", "Oct-25", "Campaign live; 41 enquiries in Q2 compared with 30 in Q2 2024-25.", "Green", "2025-10", None),
        (P1, "1.2", "Reduce the time from first enquiry to approval so that 80% of adopters are approved within 6 months.",
         "Service Manager – Assessment", "Mar-26", "68% approved within 6 months; stage 2 delays are mainly adopter medicals.", "Amber", "2026-03", None),
        (P1, "1.3", "Agree a protocol with GP practices and the ICB for timely adult health assessments for prospective adopters.",
         "Head of Service; Medical Adviser", "Q3 2025-26", "Draft agreed with Sheffield and Doncaster practices; Barnsley and Rotherham to follow.", "Amber", "2025-12", "Q3 2025-26"),
        (P2, "2.1", "Increase the proportion of children placed through early permanence (fostering for adoption) to 25%.",
         "Service Manager – Family Finding", "Mar-26", "20% in Q1-Q2 (9 children).", "Green", "2026-03", None),
        (P2, "2.2", ep_action,
         "Early Permanence Practice Lead", "Jan-26", "Sessions held in Rotherham and Barnsley; Doncaster and Sheffield booked for November.", "Green", "2026-01", None),
        (P3, "3.1", "Reduce the waiting time for an adoption support needs assessment to under 8 weeks.",
         "Service Manager – Adoption Support", "Mar-26", "Waiting time 14 weeks at 30 September; two vacancies filled from September.", "Red", "2026-03", None),
        (P3, "3.2", "Launch a regional peer support offer for adopted young people aged 13 to 18, co-produced with the OASY young people’s group.",
         "Adoption Support Team Managers", "Ongoing", "Two groups running (Sheffield and Doncaster).", "Green", None, "Ongoing"),
        (P3, "3.3", "Submit Adoption and Special Guardianship Support Fund applications for all eligible families within 10 working days of assessment.",
         "Adoption Support Team Managers", "Apr-25 – Mar-26", "Process embedded and monitored monthly.", "Complete", "2026-03", "Apr-25 – Mar-26"),
        (P4, "4.1", "Implement the single OASY practice standards and procedures manual across all four teams.",
         "Head of Service", "Dec-25", "Manual published on Tri.x; briefings held in all four teams.", "Complete", "2025-12", None),
        (P4, "4.2", "Review the pooled budget and partner contributions before the current funding agreement ends.",
         "Head of Service; LA finance leads", "Mar-26", "", "Not started", "2026-03", None),
    ]
    status_map = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue", "Not started": "unrated"}

    def field(v):
        if "\n" in v or "\t" in v or '"' in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [
        title,
        "Regional Adoption Agency for Barnsley, Doncaster, Rotherham and Sheffield",
        "Position at end of Quarter 2 (30 September 2025) – for the RAA Governance Board, 6 November 2025",
        "",
        "\t".join(["Priority", "Ref", "What we will do", "Lead", "By when", "Q2 update", "RAG"]),
    ]
    expected = []
    last = None
    for pr, ref, action, lead, when, upd, rag, end, et in rows:
        shown = pr if pr != last else ""
        last = pr
        lines.append("\t".join(field(x) for x in [shown, ref, action, lead, when, upd, rag]))
        expected.append(act(ref, [pr], action, [p.strip() for p in lead.split(";")], end,
                            status_map[rag], et))
    lines += [
        "",
        "RAG key: Green – on track; Amber – some delay, recovery in hand; Red – off track; Complete – delivered; Not started – due later in the year",
        "Prepared by the OASY hub team, hosted by City of Doncaster Council",
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_yaml(name, {
        "source": (
            "Imitates a regional adoption agency development plan progress export: One Adoption South Yorkshire "
            "(RAA for Barnsley, Doncaster, Rotherham and Sheffield, launched January 2021, hosted in Doncaster; "
            "Strategic Plan 2021-2024 and annual reports taken to Rotherham and Barnsley scrutiny, 2022-2024). "
            "Plan year 2025-26, Q2 position (imitation). Layout copied from RAA service development plans kept in "
            "Excel and saved as tab-delimited text: three title lines, a header row, the priority written only on "
            "the first row of its group (as Excel exports merged cells), one quoted multi-line cell with a bulleted "
            "action, two leads separated by ';', 'Mon-YY' dates, a quarter, a range and 'Ongoing', RAG words with "
            "'Complete' and 'Not started', and a key line and footer below the table."),
        "reads": (
            "A tab-separated plan of ten actions under four numbered priorities; the priority is written once and "
            "applies to the rows below it until the next. Each row gives ref, action, lead, timescale, Q2 update "
            "and RAG; the key line at the bottom says what the RAG words mean."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 4. Shropshire Council - The Shropshire Plan delivery tracker (csv), REFUSE
# ---------------------------------------------------------------------------
def shropshire():
    name = "zrs-shropshire-council-shropshire-plan-delivery-tracker-2024-25-typo-month-refuse.csv"
    import csv
    import io
    title = "The Shropshire Plan – Delivery Plan 2024/25: Quarter 3 progress (to 31 December 2024)"
    hdr = ["Priority", "Strategic objective", "Ref", "Action", "Lead officer", "Due date", "Status", "Q3 commentary"]
    rows = [
        ["Healthy People", "Early intervention", "HP1.1",
         "Open the remaining Family Hub sites in Ludlow and Market Drayton and publish the Start for Life offer",
         "Assistant Director – Early Help, Partnerships and Commissioning", "31/03/2025", "Green",
         "Ludlow hub opened November 2024; Market Drayton on track for March."],
        ["Healthy People", "Tackle inequalities", "HP2.1",
         "Distribute Household Support Fund 6 to eligible households, prioritising pensioners and families with children",
         "Welfare Support Manager", "31/03/2025", "Green", "£2.1m allocated by the end of Q3."],
        ["Healthy People", "Partnerships", "HP3.1", "Increase the number of Shared Lives carers by 10",
         "Service Manager – Shared Lives", "Mar 2025", "Amber",
         "4 new carers approved; recruitment campaign relaunched in January."],
        ["Healthy Economy", "Working with partners", "EC1.1",
         "Launch the Marches Forward Partnership investment prospectus with partner councils",
         "Executive Director of Place", "Q4 2024/25", "Green", "Prospectus drafted; launch event planned for March."],
        ["Healthy Economy", "Connectivity", "EC2.1",
         "Complete the rural gigabit voucher top-up scheme for hard-to-reach premises",
         "Digital Infrastructure Manager", "Dec 2024", "Complete", "Target met: 2,430 premises connected."],
        ["Healthy Environment", "Climate change", "EN1.1",
         "Install solar PV and battery storage at five council-owned buildings",
         "Climate Change Task Force Manager", "Febuary 2025", "Amber",
         "Three sites complete; two delayed by grid connection dates."],
        ["Healthy Environment", "Natural environment", "EN2.1",
         "Publish the draft Local Nature Recovery Strategy for consultation",
         "Head of Environment and Sustainability", "Jun 2025", "Green", "Mapping complete; draft with partners."],
        ["Healthy Organisation", "Align our resources", "HO1.1",
         "Go live with phase 2 of the new HR and payroll system (ERP)",
         "ERP Programme Manager", "Apr 2025", "Red", "Go-live moved after testing; revised date to be agreed."],
        ["Healthy Organisation", "Best workforce", "HO2.1",
         "Implement the Customer Services Strategy, including online reporting of highway faults",
         "Assistant Director – Customer and Digital", "Ongoing", "Green",
         "Online pothole reporting launched; webchat pilot from February."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * 7)
    w.writerow(hdr)
    for row in rows:
        w.writerow(row)
    w.writerow([""] * 8)
    w.writerow(["Status key: Green = on track; Amber = at risk; Red = off track; Complete = achieved"] + [""] * 7)
    text = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    bad = [i + 1 for i, ln in enumerate(lines) if "Febuary 2025" in ln]
    assert bad == [8], bad

    write_yaml(name, {
        "source": (
            "Imitates a Shropshire Council corporate plan delivery tracker: The Shropshire Plan 2022-2025 "
            "(priorities Healthy People, Healthy Economy, Healthy Environment, Healthy Organisation, each with "
            "strategic objectives, https://www.shropshire.gov.uk/the-shropshire-plan-2022-2025/introduction/), "
            "whose delivery plans set out actions and milestones tracked through the Performance Management "
            "Framework. Q3 2024/25 position (imitation). Layout copied from a performance-system CSV export: a "
            "title row padded with commas, header row, priority and strategic objective repeated on every row, "
            "refs by priority, job titles as lead officers, hand-typed due dates (dd/mm/yyyy, 'Mar 2025', a "
            "quarter, 'Ongoing'), RAG words with 'Complete', a blank row and a status key row."),
        "reads": (
            "A flat CSV of nine delivery actions across the four Shropshire Plan priorities. The due date of EN1.1 "
            "(solar PV at five council buildings) reads 'Febuary 2025' - a mistyped month; a careful reader would "
            "stop and ask rather than guess, so the file is refused at that line (line 8)."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 8,
        "title": title,
    })
    return name, None


# ---------------------------------------------------------------------------
# 5. Richmond upon Thames (Achieving for Children) - focused visit plan (xlsx)
# ---------------------------------------------------------------------------
def richmond():
    name = "zrs-richmond-upon-thames-achieving-for-children-ofsted-focused-visit-action-plan.xlsx"
    title = ("Richmond upon Thames (Achieving for Children) – Ofsted focused visit: care leavers, "
             "4 and 5 February 2025 – Action plan")
    A1 = ("The timeliness and quality of pathway plans, so that they are written with young people and reflect "
          "their current needs and aspirations.")
    A2 = ("Access to suitable accommodation for care leavers aged 18 and over, including those who are not yet "
          "ready to live independently.")
    A3 = ("The quality of personal adviser supervision and management oversight of risk for care leavers who "
          "are at risk of exploitation.")
    d = dt.date
    # area, ref, action, lead, original, revised, prev, curr, update, end, end_text, status
    rows = [
        (A1, "1.1", "Introduce a revised pathway plan template, co-produced with the Care Leavers’ Forum and written to the young person.",
         "Service Manager (Leaving Care)", d(2025, 3, 31), None, "Blue", "Blue", "Template live from 1 April 2025.", "2025-03", None, "blue"),
        (A1, "1.2", "Team managers to audit 10 pathway plans each month, with findings reported to the Practice Improvement Group.",
         "Head of Service, Children in Care and Care Leavers", d(2025, 4, 30), d(2025, 7, 31), "Amber", "Green",
         "Audits completed monthly since May 2025; 78% rated good or better in September.", "2025-07", None, "green"),
        (A1, "1.3", "Reduce the proportion of care leavers without a pathway plan reviewed in the last 6 months to below 5%.",
         "Service Manager (Leaving Care)", d(2025, 6, 30), d(2025, 12, 31), "Red", "Amber",
         "11% out of date at the end of September (19% in February).", "2025-12", None, "amber"),
        (A2, "2.1", "Commission 12 additional supported accommodation units for care leavers aged 18 to 21 through the South London commissioning partnership.",
         "Head of Commissioning / Housing Needs Manager", d(2025, 9, 30), None, "Amber", "Amber",
         "8 units secured; procurement for the remaining 4 extended to December.", "2025-09", None, "amber"),
        (A2, "2.2", "Agree a joint protocol with Richmond Housing Options so that no care leaver is placed in bed and breakfast accommodation.",
         "Head of Service, Children in Care and Care Leavers", d(2025, 5, 31), None, "Green", "Blue",
         "Protocol signed in June 2025.", "2025-05", None, "blue"),
        (A3, "3.1", "Introduce reflective group supervision for personal advisers every six weeks, led by the Principal Social Worker.",
         "Principal Social Worker", d(2025, 3, 31), None, "Blue", "Blue", "In place since March 2025.", "2025-03", None, "blue"),
        (A3, "3.2", "Add a risk and exploitation section to personal adviser supervision records and to the pathway plan.",
         "Service Manager (Leaving Care) / Head of Adolescent Safeguarding", d(2025, 6, 30), d(2025, 10, 31), "Amber", "Green",
         "Recording change agreed; goes live in Mosaic on 27 October 2025.", "2025-10", None, "green"),
        (A3, "3.3", "Extend the Adolescent Safeguarding Team’s consultation offer to care leavers aged up to 21.",
         "Head of Adolescent Safeguarding", "TBC", None, None, None,
         "Dependent on the 2026/27 budget decision.", None, "TBC", "unrated"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    cols = ["What needs to improve (Ofsted)", "Ref", "Action", "Lead", "Original target date",
            "Revised target date", "Previous RAG (July 2025)", "Current RAG (Oct 2025)", "Progress update"]
    widths = [42, 6, 50, 28, 12, 12, 11, 11, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13, color="FF7030A0")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Version 3 – updated for Richmond Corporate Parenting Board, 14 October 2025"
    ws.merge_cells("A2:I2")
    ws["A2"].font = Font(italic=True)
    for c, h in enumerate(cols, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("7030A0")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = 5
    expected = []
    start = {}
    for row in rows:
        area, ref, action, lead, orig, rev, prev, curr, upd, end, et, status = row
        if area not in start:
            start[area] = r
            ws.cell(r, 1, area)
        vals = [None, ref, action, lead, orig, rev, prev, curr, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c) if v is None else ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
        for c, v in ((7, prev), (8, curr)):
            if v:
                ws.cell(r, c).fill = solid(FILL[v.lower()])
        expected.append(act(ref, [area], action, [p.strip() for p in lead.split(" / ")], end, status, et))
        r += 1
    ends = {}
    for row_i, row in enumerate(rows):
        ends[row[0]] = 5 + row_i
    for area, s in start.items():
        e = ends[area]
        if e > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
        ws.cell(s, 1).font = Font(bold=True)
        ws.cell(s, 1).fill = solid("E4DFEC")
        ws.cell(s, 1).alignment = WRAP
    r += 1
    ws.cell(r, 1, "RAG key: Blue = complete; Green = on track; Amber = at risk, mitigation in place; Red = off track. "
                  "A blank RAG means the action has not started.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r + 1, 1, "Actions are reported to the AfC Richmond Children’s Services Improvement Board monthly and to the Corporate Parenting Board each quarter.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)

    ws2 = wb.create_sheet("Measures")
    meas = [["Measure", "Baseline (Jan 2025)", "Target (Mar 2026)", "Sep 2025"],
            ["% care leavers aged 19-21 in touch with the service", "91%", "95%", "94%"],
            ["% care leavers aged 19-21 in suitable accommodation", "84%", "92%", "88%"],
            ["% pathway plans reviewed within 6 months", "81%", "95%", "89%"],
            ["% care leavers aged 19-21 in education, employment or training", "52%", "60%", "55%"]]
    for i, row in enumerate(meas, 1):
        for j, v in enumerate(row, 1):
            ws2.cell(i, j, v).border = BORDER
    ws2["A1"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 60
    ws3 = wb.create_sheet("Version control")
    vc = [["Version", "Date", "Changes", "Author"],
          ["1", "28/03/2025", "Plan agreed following focused visit letter", "Head of Service, Children in Care and Care Leavers"],
          ["2", "15/07/2025", "Q1 progress and RAG update", "Service Manager (Leaving Care)"],
          ["3", "06/10/2025", "Q2 progress; revised target dates for 1.2, 1.3 and 3.2", "Service Manager (Leaving Care)"]]
    for i, row in enumerate(vc, 1):
        for j, v in enumerate(row, 1):
            ws3.cell(i, j, v)
    wb.save(out(name))

    write_yaml(name, {
        "source": (
            "Imitates an Achieving for Children action plan for Richmond upon Thames after an Ofsted focused visit "
            "(ILACS framework) on care leavers, February 2025 (imitation; Richmond was judged good in January 2022, "
            "AfC board summary May 2022). Focused-visit letters list 'what needs to improve in this area of social "
            "work practice'; the plan takes each point as an area. Layout copied: purple AfC header, version line, "
            "area text merged down column A across its actions, original and revised target dates, previous and "
            "current RAG columns with fills, job titles as leads (one containing a comma, two posts split by '/'), "
            "a TBC date with blank RAG, a key and governance note below, and separate Measures and Version control "
            "sheets."),
        "reads": (
            "Eight numbered actions under three areas for improvement from the focused visit letter, the area "
            "written once in a vertically merged cell. Where a revised target date is given it replaces the "
            "original; the status is the current (October) RAG. The Measures and Version control sheets are not "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Gwent Safeguarding Board - child protection rapid review improvement plan (xlsx)
# ---------------------------------------------------------------------------
def gwent():
    name = "zrs-gwent-safeguarding-board-child-protection-rapid-review-improvement-plan.xlsx"
    title = "Child Protection Rapid Review – Gwent Regional Improvement Plan"
    T1, T2, T3, T4 = ("Theme 1: Information sharing", "Theme 2: Voice of the child",
                      "Theme 3: Multi-agency training and thresholds", "Theme 4: Governance and assurance")
    R1 = ("Recommendation 1: Partners should ensure that relevant information is shared in a timely way at every "
          "stage of the child protection process, including after a child’s name is placed on the register.")
    R2 = ("Recommendation 2: Practitioners should ensure that children’s views, wishes and lived experience are "
          "central to decisions about registration and de-registration.")
    R3 = ("Recommendation 3: Regional Safeguarding Boards should ensure regular multi-agency training on the Wales "
          "Safeguarding Procedures and the threshold for significant harm.")
    R4 = ("Recommendation 4: Leaders should have effective oversight of the quality of child protection "
          "decision-making, including decisions to remove a child’s name from the register.")
    plan = [
        ("theme", T1), ("rec", R1),
        ("1.1", "Audit attendance and report submission for initial and review child protection conferences across the five local authorities.",
         "GSB Business Manager", "Sept 2024", "Baseline set; agencies below 80% report submission identified.",
         "Audit complete and reported to the Board in November 2024.", "B", "2024-09", None, "blue"),
        ("1.2", "Agree a regional standard that agency reports for review conferences are shared with the chair and the family 3 working days before the conference.",
         "Heads of Children’s Services (x5)", "March 2025", "Standard agreed and compliance above 85%.",
         "Draft standard out for consultation with partners.", "G", "2025-03", None, "green"),
        ("1.3", "Give ABUHB health visiting and school nursing teams read access to child protection register flags in WCCIS.",
         "ABUHB Head of Safeguarding", "Q4 2024/25", "Flags visible to all health visiting and school nursing teams.",
         "Access live for health visiting; school nursing delayed by licence costs.", "A", "2025-03", "Q4 2024/25", "amber"),
        ("theme", T2), ("rec", R2),
        ("2.1", "Add a ‘my voice’ section to the child protection conference report template, completed with the child before each conference.",
         "Child Protection Coordinators", "Sept 2024", "Audit shows the child’s views recorded in 90% of reports.",
         "Template in use in all five local authorities.", "B", "2024-09", None, "blue"),
        ("2.2", "Extend the active offer of independent professional advocacy to every child subject to an initial child protection conference.",
         "Regional Commissioning Manager", "March 2025", "Take-up of advocacy by children subject to conferences.",
         "Contract variation agreed with the advocacy provider; take-up still low (18%).", "A", "2025-03", None, "amber"),
        ("theme", T3), ("rec", R3),
        ("3.1", "Deliver a rolling multi-agency training programme on the threshold for significant harm, with places for education, health, police and social care.",
         "GSB Training Sub-group Chair", "Ongoing", "Evaluation forms; practitioner confidence survey.",
         "Four courses delivered (96 practitioners).", "G", None, "Ongoing", "green"),
        ("3.2", "Deliver a safeguarding briefing for designated safeguarding persons in all Gwent schools.",
         "EAS Safeguarding Lead / Local authority education safeguarding officers", "Spring term 2025",
         "All schools represented at a briefing.", "Briefings booked for February and March 2025.", "G", "2025-04", "Spring term 2025", "green"),
        ("theme", T4), ("rec", R4),
        ("4.1", "Develop a regional child protection dashboard for the Board, including re-registrations within 12 months and length of time on the register.",
         "GSB Business Manager; Local authority performance leads", "Dec 2024", "Dashboard reported to every Board meeting.",
         "Delayed: data from two local authorities still outstanding.", "R", "2024-12", None, "red"),
        ("4.2", "Undertake a multi-agency audit of 25 de-registration decisions and report the findings to the Board.",
         "Quality Assurance Sub-group", "June 2025", "Audit report and learning brief.", "", "", "2025-06", None, "unrated"),
    ]
    letter_fill = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Gwent Safeguarding Board / Bwrdd Diogelu Gwent"
    cv["A2"].font = Font(size=12, color="FF2F5496")
    info = [("Version", "2.1"), ("Owner", "GSB Business Manager"),
            ("Approved", "Gwent Safeguarding Board, 12 March 2024"),
            ("Last updated", "15 January 2025"),
            ("Reporting", "Quarterly to the Joint Safeguarding Children Group; six-monthly to Care Inspectorate Wales"),
            ("Partners", "Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen councils; Aneurin Bevan "
                         "University Health Board; Gwent Police; Probation Service; Education Achievement Service")]
    for i, (k, v) in enumerate(info, 4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v).alignment = WRAP
        cv.cell(i, 1).border = BORDER
        cv.cell(i, 2).border = BORDER
    cv.column_dimensions["A"].width = 16
    cv.column_dimensions["B"].width = 90
    cv["A11"] = ("This plan responds to the recommendations of the Rapid review of child protection arrangements "
                 "(Care Inspectorate Wales, with Healthcare Inspectorate Wales and Estyn, September 2023).")

    ws = wb.create_sheet("Improvement Plan")
    heads = ["Ref", "Action", "Lead agency / officer", "Timescale", "How we will know",
             "Progress (January 2025)", "RAG"]
    widths = [6, 55, 30, 14, 34, 42, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    for c, h in enumerate(heads, 1):
        cell = ws.cell(2, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = solid("2F5496")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 3
    expected = []
    theme = rec = None
    for row in plan:
        if row[0] == "theme":
            theme = row[1]
            ws.cell(r, 1, theme).font = Font(bold=True, size=12, color="FFFFFFFF")
            ws.cell(r, 1).fill = solid("1F3864")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "rec":
            rec = row[1]
            ws.cell(r, 1, rec).font = Font(italic=True, bold=True)
            ws.cell(r, 1).fill = solid("D9E2F3")
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            ref, action, lead, when, measure, prog, rag, end, et, status = row
            for c, v in enumerate([ref, action, lead, when, measure, prog, rag], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            if rag:
                ws.cell(r, 7).fill = solid(letter_fill[rag])
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            import re
            lead_list = [p.strip() for p in re.split(r" / |;", lead)]
            expected.append(act(ref, [theme, rec], action, lead_list, end, status, et))
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: R – off track; A – some slippage; G – on track; B – complete. Blank – not yet started.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r + 1, 1, "School term dates follow the Gwent local authorities’ 2024/25 calendar.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – January 2025"
    sm["A1"].font = Font(bold=True)
    for i, row in enumerate([["RAG", "Number of actions"], ["B", 2], ["G", 3], ["A", 2], ["R", 1],
                             ["Not started", 1], ["Total", 9]], 2):
        for j, v in enumerate(row, 1):
            sm.cell(i, j, v).border = BORDER
    wb.save(out(name))

    write_yaml(name, {
        "source": (
            "Imitates a regional safeguarding board improvement plan answering the CIW-led Rapid review of child "
            "protection arrangements in Wales (published 28 September 2023; CIW then wrote to every Regional "
            "Safeguarding Board for an improvement plan, HIW follow-up statement, "
            "https://www.hiw.org.uk/follow-statement-child-protection-rapid-review-wales). Gwent Safeguarding Board "
            "(five councils, ABUHB, Gwent Police), plan approved March 2024, January 2025 update (imitation). "
            "Layout copied: a cover sheet with document control and partners, then a plan sheet repeating the "
            "title, theme rows merged and dark-filled, the national recommendation as a merged italic row above "
            "its numbered actions, agency/post leads (two split by '/' or ';', '(x5)' collective posts), "
            "timescales including a quarter, 'Ongoing' and a school term, RAG letters R/A/G/B with fills (one "
            "blank), a key line below, and a Summary sheet of counts."),
        "reads": (
            "Nine actions grouped under four themes, each theme carrying one rapid review recommendation, with "
            "lead, timescale, impact measure, January 2025 progress and a RAG letter. The cover and Summary sheets "
            "hold no actions; 'Spring term 2025' ends in April 2025 (Easter holidays begin 14 April 2025)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Cardiff and Vale RSB - Single Unified Safeguarding Review action plan (docx)
# ---------------------------------------------------------------------------
def cardiff_vale():
    name = "zrs-cardiff-and-vale-rsb-susr-cvrsb-01-2025-action-plan.docx"
    title = "Single Unified Safeguarding Review SUSR CVRSB 01/2025: Action Plan"
    R1 = ("Recommendation 1: Partner agencies should strengthen professional curiosity about the adults living in "
          "or visiting the household, including new partners, and make sure this information is shared with "
          "children’s services.")
    R2 = ("Recommendation 2: Cardiff Council and the Vale of Glamorgan Council should ensure that step-down from "
          "care and support plans to early help is planned with the family, and that early help services confirm "
          "engagement within 10 working days.")
    R3 = ("Recommendation 3: The Regional Safeguarding Board should seek assurance that the learning from this "
          "review is embedded in practice.")
    recs = [
        (R1, [
            ("1.1", "Publish a 7-minute briefing on ‘the unseen adult’ for all partner agencies and place it on the CVRSB website.",
             "CVRSB Business Manager", "31/12/2025", "Briefing published 28 November 2025 and circulated through agency safeguarding leads.",
             "Complete", "2025-12", None),
            ("1.2", "Add a prompt about household composition and new partners to midwifery and health visiting contact templates.",
             "Named Midwife Safeguarding / Named Nurse Safeguarding Children", "March 2026",
             "Midwifery template updated. Health visiting change is with the digital team.", "On track", "2026-03", None),
            ("1.3", "Check police systems for new partners whenever a child is referred to the MASH with neglect concerns.",
             "Detective Inspector – Cardiff MASH", "30/11/2025", "Process note issued 3 November 2025; dip-sample planned for April 2026.",
             "Complete", "2025-11", None),
        ]),
        (R2, [
            ("2.1", "Revise the step-down protocol between children’s services and Families First, including a check that the family has engaged within 10 working days.",
             "Operational Manager – Early Help (Cardiff) and Operational Manager – Early Help (Vale)", "31/01/2026",
             "Draft agreed by both councils; launch delayed to align with the new Vale early help structure.",
             "Delayed", "2026-01", None),
            ("2.2", "Audit 20 step-down cases across both local authorities six months after the revised protocol is launched.",
             "CVRSB Quality Assurance Sub-group", "September 2026", "", "Not started", "2026-09", None),
        ]),
        (R3, [
            ("3.1", "Hold two multi-agency learning events on this review for practitioners and managers.",
             "CVRSB Training Coordinator", "June 2026", "First event held 5 February 2026 (64 attendees).",
             "On track", "2026-06", None),
            ("3.2", "Each partner agency to give the Case Review Group a written assurance report on the actions in this plan.",
             "All partner agency safeguarding leads", "Quarterly", "First reports received in January 2026 from 6 of 8 agencies.",
             "On track", None, "Quarterly"),
        ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber"}
    status_map = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not started": "unrated"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Cardiff and Vale Regional Safeguarding Board | Bwrdd Diogelu Rhanbarthol Caerdydd a’r Fro"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(title, style="Title")
    det = doc.add_table(rows=6, cols=2)
    det.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Review reference", "SUSR CVRSB 01/2025"),
        ("Review type", "Single Unified Safeguarding Review (child)"),
        ("Action plan agreed by Case Review Group", "9 October 2025"),
        ("Action plan owner", "CVRSB Business Manager"),
        ("Date of this update", "20 February 2026"),
        ("Next review", "Case Review Group, 14 May 2026"),
    ]):
        set_cell(det.rows[i].cells[0], k, bold=True)
        shade(det.rows[i].cells[0], "E7E6E6")
        set_cell(det.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("The review made three recommendations. The actions agreed by the Case Review Group are set "
                      "out below, one table for each recommendation. The status column is shaded using this key:")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for j, txt in enumerate(["Complete", "On track", "Delayed", "Not started"]):
        c = key.rows[0].cells[j]
        set_cell(c, txt, bold=True, color="FFFFFF" if txt in ("Complete", "On track") else "000000")
        if txt in status_fill:
            shade(c, FILL[status_fill[txt]])
    doc.add_paragraph("")
    headers = ["Ref", "Action", "Lead", "Target date", "Evidence of completion / progress", "Status"]
    expected = []
    for rec, acts in recs:
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.bold = True
        run.font.size = Pt(11)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, headers, fill="005A78")
        for ref, action, lead, date, ev, status, end, et in acts:
            cells = t.add_row().cells
            for j, v in enumerate([ref, action, lead, date, ev, status]):
                set_cell(cells[j], v)
            if status in status_fill:
                shade(cells[5], FILL[status_fill[status]])
            leads = [x.strip() for x in lead.replace(" and Operational", " / Operational").split(" / ")]
            expected.append(act(ref, [rec], action, leads, end, status_map[status], et))
        doc.add_paragraph("")
    doc.add_paragraph("Note: this action plan will be published on the Wales Safeguarding Repository with the review "
                      "report. The Case Review Group closes an action only when evidence of completion has been "
                      "received.")
    doc.save(out(name))

    write_yaml(name, {
        "source": (
            "Imitates a Single Unified Safeguarding Review action plan from a Welsh regional safeguarding board. The "
            "SUSR (Welsh Government statutory guidance, https://gov.wales/single-unified-safeguarding-review-guidance) "
            "replaces child and adult practice reviews and DHRs; the review report makes recommendations and an "
            "action plan that the board's Case Review Group signs off. Cardiff and Vale Regional Safeguarding Board, "
            "review SUSR CVRSB 01/2025, February 2026 update (imitation; CVRSB's earlier APR/CPR plans use the "
            "same reference style). Layout copied: board name in the page header, title, review-details table, a "
            "shaded status key table, then per recommendation a bold paragraph and its own action table, job-title "
            "leads (two posts split by '/' and by 'and'), 'Quarterly' as a date, status words with shading, and a "
            "closing note."),
        "reads": (
            "Seven actions in three tables, each table headed by the recommendation it answers. Each action has a "
            "lead, target date, evidence of progress and a status word (Complete, On track, Delayed, Not started) "
            "shaded per the key. The review-details and key tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


def main():
    made = []
    for fn in (caerphilly, sandwell, oasy, shropshire, richmond, gwent, cardiff_vale):
        made.append(fn())
    for n, k in made:
        print(n, "actions:" if k is not None else "refuse", k if k is not None else "")


if __name__ == "__main__":
    main()
