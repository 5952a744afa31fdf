"""Build the seven zvw- blind cases (data files + NAME.expected.yaml).

Run with /work/main/.venv/bin/python from any directory; writes beside this script.
Only files whose names start with "zvw-" are written.
"""
import csv
import datetime as dt
import io
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
    assert name.startswith("zvw-")
    return os.path.join(HERE, name)


def write_expected(name, exp):
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    data = {k: exp[k] for k in order if k in exp}
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    for p in parts[1:]:
        para = cell.add_paragraph()
        r = para.add_run(p)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


DOCX_FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}

# ============================================================================ 1. Adopt London South (docx)
def make_adopt_london_south():
    name = "zvw-adopt-london-south-raa-service-improvement-plan.docx"
    title = "Adopt London South – Service Improvement Plan 2024–2026"
    P1 = "Priority 1 – Finding families: adopter sufficiency and early permanence"
    P2 = "Priority 2 – Adoption support: timely assessment and the right therapeutic help"
    P3 = "Priority 3 – Lifelong links: contact, identity and adult adoptees"
    # ref, action, lead cell, lead list, target cell, end, end_text, rag cell text, status, update, fill-only
    rows = {
        P1: [
            ("1.1",
             "Deliver a targeted recruitment campaign for adopters from Black and mixed-heritage communities, co-designed with the Black Adoption Project and local faith groups.",
             "Recruitment & Marketing Manager", ["Recruitment & Marketing Manager"],
             "March 2025", "2025-03", None, "Complete", "blue",
             "Campaign ran January to March 2025. 23 enquiries from Black and mixed-heritage households (9 in the same period of 2024); 6 now in Stage 1."),
            ("1.2",
             "Increase the number of approved early permanence (Fostering for Adoption and concurrent) carers to at least 12 at any one time.",
             "Team Manager, Recruitment & Assessment", ["Team Manager, Recruitment & Assessment"],
             "Sept 2025", "2025-09", None, "Amber", "amber",
             "9 approved EP carers at 31 October 2025. Two further households at panel in December. Target date missed; revised trajectory reported to Board."),
            ("1.3",
             "Introduce monthly permanence tracking meetings with each borough so that children with a plan for adoption are referred to ALS by their second review.",
             "Head of Service / Borough Permanence Leads", ["Head of Service", "Borough Permanence Leads"],
             "Q4 2025/26", "2026-03", "Q4 2025/26", "Green", "green",
             "Tracking meetings in place in 8 of 10 boroughs. Remaining two to start in January 2026."),
        ],
        P2: [
            ("2.1",
             "Reduce the waiting time from referral to completed adoption support needs assessment to 8 weeks or less.",
             "Adoption Support Team Manager", ["Adoption Support Team Manager"],
             "31/03/2026", "2026-03", None, "", "amber",
             "Average wait 11.5 weeks (was 16 weeks in March 2025). Two agency social workers funded to clear the backlog."),
            ("2.2",
             "Commission a clinical consultation offer (clinical psychology and play therapy) so that families can get advice without a separate ASGSF application.\nPilot with Lambeth and Southwark families first, then roll out to all partner boroughs.",
             "Clinical Lead / Adoption Support Team Manager", ["Clinical Lead", "Adoption Support Team Manager"],
             "Jan 2025 – Dec 2025", "2025-12", "Jan 2025 – Dec 2025", "Green", "green",
             "Pilot evaluated in June 2025 (41 consultations, 94% rated helpful). Roll-out to remaining boroughs under way."),
            ("2.3",
             "Launch a peer mentoring scheme for adopters in the first year of placement, using experienced ALS adopters as paid mentors.",
             "Adoption Support Team Manager", ["Adoption Support Team Manager"],
             "Ongoing", None, "Ongoing", "Green", "green",
             "14 mentors trained; 22 families matched with a mentor since April 2025."),
        ],
        P3: [
            ("3.1",
             "Review all letterbox arrangements and move willing families to the secure digital letterbox platform.",
             "Letterbox Coordinator", ["Letterbox Coordinator"],
             "December 2025", "2025-12", None, "Red", "red",
             "Procurement of the platform delayed by Southwark contract review. Escalated to Partnership Board; new go-live date to be agreed."),
            ("3.2",
             "Provide ‘Staying Connected’ training for adopters on keeping up direct contact with birth siblings.",
             "Practice Development Lead", ["Practice Development Lead"],
             "July 2025", "2025-07", None, "Complete", "blue",
             "Four sessions delivered (May–July 2025), 63 adopters attended. Now part of the core post-approval training offer."),
            ("3.3",
             "Agree an access to records protocol with each partner borough so that adult adoptees receive their records within 12 weeks of request.",
             "Head of Service", ["Head of Service"],
             "Q3 2025/26", "2025-12", "Q3 2025/26", "Not started", None,
             "Awaiting confirmation of borough legal leads. Draft protocol prepared."),
        ],
    }

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Regional Adoption Agency hosted by Southwark Council on behalf of the south London partner boroughs")
    doc.add_paragraph("Progress position at 31 October 2025 – for the ALS Partnership Board, 27 November 2025")

    doc.add_heading("Document control", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Summary of changes"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "04/06/2024", "Head of Service", "Plan agreed by Partnership Board"),
              ("1.1", "11/12/2024", "Business & Performance Manager", "Quarter 2 updates; action 2.3 added"),
              ("1.2", "05/06/2025", "Business & Performance Manager", "Year-end updates; revised date for 1.2"),
              ("1.3", "05/11/2025", "Business & Performance Manager", "October 2025 progress updates")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_heading("RAG key", level=1)
    doc.add_paragraph("RAG ratings are reviewed monthly by the ALS Senior Leadership Team.")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, label, fill in [("Blue", "Complete", "blue"), ("Green", "On track to deliver by the target date", "green"),
                                ("Amber", "Some slippage – remedial action in place", "amber"),
                                ("Red", "Off track – escalated to Partnership Board", "red")]:
        cells = k.add_row().cells
        set_cell(cells[0], colour, bold=True)
        shade(cells[0], DOCX_FILL[fill])
        set_cell(cells[1], label)

    actions = []
    for pr, items in rows.items():
        doc.add_heading(pr, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "RAG", "Update (October 2025)"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for (ref, text, leadcell, leads, tcell, end, etext, ragtxt, status, upd) in items:
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], text)
            set_cell(cells[2], leadcell)
            set_cell(cells[3], tcell)
            set_cell(cells[4], ragtxt)
            if status in DOCX_FILL:
                shade(cells[4], DOCX_FILL[status])
            set_cell(cells[5], upd)
            actions.append(act(ref, [pr], text, leads, end, status or "unrated", etext))
        doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, x in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, x, bold=True)
    for c, x in zip(s.rows[1].cells, ["Chair, ALS Partnership Board", "Director of Children’s Services (host authority)", "27/11/2025"]):
        set_cell(c, x)
    doc.add_paragraph("Next review: February 2026.")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the service improvement / development plans that regional adoption agencies (Adopt London South, hosted by Southwark; cf. Adopt London North and East annual reports to borough committees, Adopt South West annual reports) take to their partnership boards. Copied features: title block with host authority and reporting date, document-control table, RAG key table with shaded cells, one Word table per priority with a Heading 2 above it, job titles as leads, financial-quarter and period target dates, one RAG shown by cell shading only, a two-paragraph action cell, and a sign-off table.",
        "reads": "A Word plan for Adopt London South with three priorities, each a heading over its own table of numbered actions (1.1–3.3) with lead, target date, RAG and an October 2025 update. The document-control, RAG key and sign-off tables are not part of the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ============================================================================ 2. Carmarthenshire YJT (docx)
def make_carmarthenshire_yjt():
    name = "zvw-carmarthenshire-youth-justice-team-hmip-inspection-improvement-plan.docx"
    title = "Carmarthenshire Youth Justice Team: HM Inspectorate of Probation Inspection – Post-Inspection Improvement Plan"
    S1 = "Recommendations for the Youth Justice Team Manager"
    S2 = "Recommendations for the Youth Justice Management Board"
    R1 = "Recommendation 1: Ensure that out-of-court disposal assessments consistently analyse the safety and wellbeing of the child, including contextual risks outside the home."
    R2 = "Recommendation 2: Develop the approach to gathering and analysing feedback from victims so that it informs service development."
    R3 = "Recommendation 3: Ensure that the Board receives and acts on analysis of disproportionality for children from minority ethnic backgrounds and care-experienced children."
    R4 = "Recommendation 4: Work with Hywel Dda University Health Board to secure timely access to emotional and mental health support for children open to the YJT."
    plan = [
        (S1, [
            (R1, [
                ("1.1", "Revise the out-of-court disposal assessment guidance so that contextual safeguarding and safety and wellbeing are analysed, not just described, and brief all case managers.",
                 "YJT Operational Manager", ["YJT Operational Manager"], "June 2024", "2024-06", None, "Complete", "blue",
                 "Guidance revised May 2024; all case managers briefed at team day on 12 June 2024."),
                ("1.2", "Complete a quarterly thematic audit of 10 out-of-court disposal cases and report findings to the Management Board.",
                 "Senior Practitioner (OOCD) & YJT Police Officer", ["Senior Practitioner (OOCD)", "YJT Police Officer"], "Quarterly", None, "Quarterly", "On track", "green",
                 "Q3 audit completed December 2025: 9 of 10 cases graded good or better for analysis of safety and wellbeing."),
            ]),
            (R2, [
                ("2.1", "Introduce a short bilingual (Welsh and English) victim feedback survey at the close of each restorative intervention.",
                 "Restorative Justice Coordinator", ["Restorative Justice Coordinator"], "September 2024", "2024-09", None, "Complete", "blue",
                 "Survey live from August 2024 (paper and online)."),
                ("2.2", "Produce a six-monthly analysis of victim feedback for the Management Board and use it to review the reparation offer.",
                 "Restorative Justice Coordinator", ["Restorative Justice Coordinator"], "April 2024 – March 2025", "2025-03", "April 2024 – March 2025", "Complete", "blue",
                 "Two analyses presented (October 2024, April 2025). Reparation projects now include two victim-suggested community sites."),
            ]),
        ]),
        (S2, [
            (R3, [
                ("3.1", "Add a disproportionality dashboard (ethnicity, care experience, gender, ALN) to the quarterly Management Board performance report.",
                 "YJT Information Officer", ["YJT Information Officer"], "December 2024 (revised to June 2025)", "2025-06", "December 2024 (revised to June 2025)", "Complete", "blue",
                 "Dashboard delayed by ChildView reporting changes; first presented to the Board in June 2025 and now a standing item."),
                ("3.2", "Hold an annual Management Board development session on disproportionality and agree partner actions arising from it.",
                 "Chair of Management Board", ["Chair of Management Board"], "31/03/2026", "2026-03", None, "On track", "green",
                 "Session booked for 19 February 2026, facilitated by YJB Cymru."),
            ]),
            (R4, [
                ("4.1", "Agree a pathway with Hywel Dda UHB so that children open to the YJT are seen by the specialist CAMHS practitioner within 28 days of referral.",
                 "Head of Children’s Services / Hywel Dda UHB Head of CAMHS", ["Head of Children’s Services", "Hywel Dda UHB Head of CAMHS"], "March 2025", "2025-03", None, "Amber", "amber",
                 "Pathway agreed in principle. Average wait in Q3 was 41 days; seconded practitioner post re-advertised."),
            ]),
        ]),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Carmarthenshire County Council / Cyngor Sir Gâr")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading(title, level=0)
    ct = doc.add_table(rows=0, cols=2)
    ct.style = "Table Grid"
    for a, b in [("Inspection fieldwork", "November 2023"), ("Report published", "18 March 2024"),
                 ("Overall rating", "Outstanding"), ("Plan owner", "Youth Justice Team Manager"),
                 ("Approved by", "Youth Justice Management Board, 25 April 2024"),
                 ("This update", "Quarter 3 2025/26 (reported to the Board on 22 January 2026)")]:
        cells = ct.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("HM Inspectorate of Probation made four recommendations. Each recommendation is shown in full, followed by the actions agreed by the Management Board.")

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Progress update", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    actions = []
    for sect, recs in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        set_cell(m, sect, bold=True)
        shade(m, "BDD7EE")
        for rec, items in recs:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for (ref, text, leadcell, leads, tcell, end, etext, stat, status, upd) in items:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[1], text)
                set_cell(cells[2], leadcell)
                set_cell(cells[3], tcell)
                set_cell(cells[4], upd)
                set_cell(cells[5], stat)
                actions.append(act(ref, [sect, rec], text, leads, end, status, etext))
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidenced; On track – progressing within timescale; Amber – delayed, mitigation in place; Red – at risk, escalated to the Board.")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates a youth justice service's post-inspection improvement plan after an HM Inspectorate of Probation youth justice inspection (Carmarthenshire Youth Justice Team, report published 18 March 2024, rated Outstanding; cf. Reading and Dorset Combined YJS improvement plans taken to committee). Copied features: bilingual council name line, cover table of inspection facts, one table with full-width shaded rows naming who the recommendations are for and each recommendation's full text above its numbered actions, two posts as joint leads, a quarterly timescale, a period timescale, an original date with a revised date in the same cell, status words, and a status key line after the table.",
        "reads": "A Word improvement plan with four HMIP recommendations grouped under the Youth Justice Team Manager and the Management Board; each recommendation is a full-width row above its actions (1.1–4.1), which have a lead, timescale, progress update and status. The cover table and the status key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ============================================================================ xlsx helpers
XFILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


WRAP = Alignment(wrap_text=True, vertical="top")


# ============================================================================ 3. Sefton monitoring visit (xlsx)
def make_sefton_mv():
    name = "zvw-sefton-council-ofsted-monitoring-visit-action-plan.xlsx"
    title = "Sefton Council – Ofsted Monitoring Visit Action Plan"
    T1 = "Theme 1: Assessment and planning"
    T2 = "Theme 2: Management oversight and supervision"
    T3 = "Theme 3: Partnership working"
    A1 = "The quality of assessments for children in need, including analysis of the impact of neglect and parental mental health."
    A2 = "The timeliness and effectiveness of child in need and child protection plans, which are not always specific or measurable."
    A3 = "The quality and impact of management oversight and supervision, which do not consistently prevent drift."
    A4 = "The consistency of partner attendance and contribution at strategy discussions and core groups."
    D = dt.datetime
    # ref, action, lead cell, leads, original, revised, prev letter, current colour, update
    plan = [
        (T1, [
            (A1, [
                ("1.1", "Relaunch the Sefton assessment practice standards, with a mandatory section analysing the impact of neglect using the Graded Care Profile 2.",
                 "Principal Social Worker", ["Principal Social Worker"], D(2024, 7, 31), None, "B", "blue",
                 "Standards relaunched July 2024; GCP2 used in 78% of neglect assessments audited in Q2 2025/26."),
                ("1.2", "Deliver joint training with Mersey Care on understanding and assessing the impact of parental mental health on children.",
                 "Service Manager, Locality Teams", ["Service Manager, Locality Teams"], D(2024, 10, 31), D(2025, 3, 31), "G", "blue",
                 "Six sessions delivered between November 2024 and March 2025; 112 practitioners attended."),
                ("1.3", "Monthly practice week audits to include a moderated grading of the analysis section of CIN assessments.",
                 "Head of Quality Assurance & Safeguarding", ["Head of Quality Assurance & Safeguarding"], D(2025, 3, 31), None, "G", "green",
                 "Moderated audits continuing. 61% of assessments graded good or better for analysis in October 2025 (target 70%)."),
            ]),
            (A2, [
                ("1.4", "Introduce SMART plan templates in Liquidlogic for CIN and CP plans, with outcomes written in the child’s words where possible.",
                 "Head of Service – Children’s Social Care", ["Head of Service – Children’s Social Care"], D(2024, 9, 30), D(2025, 1, 31), "A", "blue",
                 "Templates live from January 2025 after system change request."),
                ("1.5", "Child protection chairs to escalate plans without measurable outcomes at the first review conference through the dispute resolution process.",
                 "AH / JM", ["AH", "JM"], D(2024, 6, 30), None, "G", "green",
                 "32 escalations in Q2 2025/26; repeat escalations falling."),
            ]),
        ]),
        (T2, [
            (A3, [
                ("2.1", "Roll out the revised supervision policy and recording template, with a reflective section and clear actions and timescales for the child.",
                 "Principal Social Worker", ["Principal Social Worker"], D(2024, 8, 31), None, "B", "blue",
                 "Policy launched August 2024. Supervision compliance 91% in September 2025."),
                ("2.2", "Team managers to complete a monthly drift and delay tracker for all children open over 12 months, reviewed at the Head of Service performance clinic.",
                 "Head of Service – Children’s Social Care / Team Managers", ["Head of Service – Children’s Social Care", "Team Managers"], D(2025, 6, 30), D(2025, 12, 31), "R", "amber",
                 "Tracker in place for 7 of 9 teams. Remaining two teams affected by manager vacancies; interim managers start November 2025."),
            ]),
        ]),
        (T3, [
            (A4, [
                ("3.1", "Agree partnership standards for attendance at strategy discussions and core groups through the Sefton Safeguarding Children Partnership.",
                 "Strategic Lead, Sefton Safeguarding Children Partnership", ["Strategic Lead, Sefton Safeguarding Children Partnership"], D(2024, 12, 31), None, "G", "blue",
                 "Standards agreed at the SSCP Executive in December 2024."),
                ("3.2", "Report partner attendance at strategy discussions by agency each quarter to the SSCP Performance and Quality Assurance sub-group.",
                 "Business Intelligence Manager", ["Business Intelligence Manager"], D(2025, 3, 31), None, "A", "green",
                 "Quarterly reporting in place since Q4 2024/25. Health attendance now 88% (was 64%)."),
                ("3.3", "Schools and health practitioners to receive core group briefings on contributing to plans and recording their actions.",
                 "Designated Nurse Safeguarding Children", ["Designated Nurse Safeguarding Children"], D(2025, 9, 30), D(2026, 3, 31), "A", "red",
                 "Briefings for schools paused during the Education Safeguarding Lead vacancy. Revised plan to go to SSCP Executive in November 2025."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Monitoring visit 17–18 April 2024: children in need and children subject to child protection plans"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Version 6 – updated 31 October 2025 for the Children’s Services Improvement Board"
    ws["A3"].font = Font(italic=True)
    headers = ["Ref", "Area for improvement (monitoring visit letter)", "Action", "Lead officer", "Original target date",
               "Revised target date", "Previous RAG (Jul 25)", "Current RAG (Oct 25)", "Progress / evidence of impact"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("305496")
        c.alignment = WRAP
        c.border = BORDER
    r = hr + 1
    actions = []
    for theme, areas in plan:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for area, items in areas:
            start = r
            for (ref, text, leadcell, leads, orig, rev, prev, cur, upd) in items:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=text)
                ws.cell(row=r, column=4, value=leadcell)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=prev)
                ws.cell(row=r, column=8).fill = fill(XFILL[cur])
                ws.cell(row=r, column=9, value=upd)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BORDER
                endd = rev or orig
                actions.append(act(ref, [theme, area], text, leads, endd.strftime("%Y-%m"), cur))
                r += 1
            ws.cell(row=start, column=2, value=area)
            ws.cell(row=start, column=2).alignment = WRAP
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Notes:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="1. Current RAG is shown by cell colour: blue = complete and embedded; green = on track; amber = some slippage; red = off track.")
    ws.cell(row=r + 2, column=1, value="2. A revised target date replaces the original date once agreed by the Improvement Board.")
    ws.cell(row=r + 3, column=1, value="3. Previous RAG: B = blue, G = green, A = amber, R = red.")
    widths = [7, 38, 55, 28, 13, 13, 11, 11, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws.freeze_panes = "A6"

    vh = wb.create_sheet("Version history")
    for row in [("Version", "Date", "Change"),
                ("1", "07/06/2024", "Plan agreed at Improvement Board"),
                ("4", "30/04/2025", "Year-end update; revised dates for 1.2, 1.4"),
                ("5", "31/07/2025", "Q1 2025/26 update"),
                ("6", "31/10/2025", "Q2 2025/26 update; revised dates for 2.2, 3.3")]:
        vh.append(row)
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a children's services action plan written after an Ofsted monitoring visit to a local authority judged inadequate (Sefton Council, judged inadequate February 2022 and subject to monitoring visits through 2023–24; cf. Sefton improvement board reports). Copied features: title rows, theme rows merged across the sheet with grey fill, the monitoring-visit area for improvement merged down beside its actions, original and revised target dates as Excel dates, a previous RAG as a letter and a current RAG shown only by cell colour, job titles and initials as leads, a notes block, and a version-history sheet.",
        "reads": "A single-sheet Excel action plan for Sefton's April 2024 monitoring visit: three themes, each with one or two areas for improvement merged beside numbered actions 1.1–3.3. The current RAG is the fill colour of column H (key in the notes), and where a revised target date is given it replaces the original.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ============================================================================ 4. Trafford SEND priority action plan (xlsx)
def make_trafford_send():
    name = "zvw-trafford-local-area-send-priority-action-plan.xlsx"
    title = "Trafford Local Area Partnership – SEND Priority Action Plan"
    API1 = "Leaders across education, health and care must urgently improve the timeliness and quality of education, health and care (EHC) needs assessments, plans and annual reviews."
    API2 = "Leaders in the integrated care board and the local authority must reduce waiting times for neurodevelopmental assessment and make sure that children and families receive support while they wait."
    AFI1 = "AFI 1: Leaders should improve how the partnership co-produces strategy with parents and carers, including through Trafford Parent Carer Forum."
    AFI2 = "AFI 2: Leaders should strengthen preparation for adulthood planning from Year 9 onwards."
    D = dt.datetime
    # no, text, lead cell, leads, org, by-when value, end, end_text, measure, rag letter
    api1 = [
        ("1.1", "Recruit to the EHC hub structure (team manager, 6 EHC coordinators and 2 educational psychologists) and clear the backlog of overdue assessments.",
         "Head of SEND Statutory Services", ["Head of SEND Statutory Services"], "Trafford Council", D(2025, 3, 31), "2025-03", None,
         "All posts filled; backlog of 140 overdue assessments cleared by March 2025.", "B"),
        ("1.2", "Introduce multi-agency quality assurance of new EHC plans, with health and social care advice audited each month against the Trafford quality standard.",
         "Designated Clinical Officer / Head of SEND Statutory Services", ["Designated Clinical Officer", "Head of SEND Statutory Services"], "NHS GM (Trafford) / Trafford Council", "Autumn term 2025", "2025-12", "Autumn term 2025",
         "80% of audited plans graded good or better.", "G"),
        ("1.3", "Set up an annual review team to support schools and settings with reviews for children at key phase transfers.",
         "Jo Whitfield and Amir Rahman", ["Jo Whitfield", "Amir Rahman"], "Trafford Council", "Summer term 2025", "2025-07", "Summer term 2025",
         "95% of phase transfer reviews completed by 15 February.", "A"),
        ("1.4", "Publish a monthly EHC timeliness dashboard to the SEND Partnership Board and to Trafford Parent Carer Forum.",
         "SEND Performance Lead", ["SEND Performance Lead"], "Trafford Council", "Jan 2026", "2026-01", None,
         "Dashboard published monthly; 20-week timeliness above 60%.", "R"),
    ]
    api2 = [
        ("2.1", "Commission additional autism and ADHD assessment capacity from an independent provider for children on the waiting list longer than 52 weeks.",
         "Deputy Place Lead (Children), NHS GM Trafford", ["Deputy Place Lead (Children), NHS GM Trafford"], "NHS GM (Trafford)", D(2025, 9, 30), "2025-09", None,
         "No child waiting longer than 52 weeks for a first appointment.", "A"),
        ("2.2", "Launch a ‘support while you wait’ offer, including parent workshops, sleep support and a named contact for each family on the pathway.",
         "Head of Early Help / Designated Clinical Officer", ["Head of Early Help", "Designated Clinical Officer"], "Trafford Council / NHS GM (Trafford)", "Sept 2025", "2025-09", None,
         "70% of families on the waiting list have taken up at least one element of the offer.", "B"),
        ("2.3", "Pilot needs-led support in 12 primary schools so that support does not depend on a diagnosis.",
         "Inclusion Lead, Education", ["Inclusion Lead, Education"], "Trafford Council", "Summer term 2026", "2026-07", "Summer term 2026",
         "Reduced referrals to the pathway from pilot schools.", "G"),
    ]
    afi = [
        (AFI1, [
            ("AFI1.1", "Agree a co-production charter with Trafford Parent Carer Forum and review it at each SEND Partnership Board.",
             "SEND Partnership Manager", ["SEND Partnership Manager"], "Trafford Council", "Dec 2024", "2024-12", None,
             "Charter signed; forum reports positive change in annual survey.", "B"),
        ]),
        (AFI2, [
            ("AFI2.1", "Add a preparing for adulthood section to every Year 9 annual review and train SENCOs to complete it.",
             "PfA Lead", ["PfA Lead"], "Trafford Council", D(2025, 12, 31), "2025-12", None,
             "90% of Year 9 reviews include PfA outcomes.", "G"),
            ("AFI2.2", "Set up a 14–25 transitions panel with adult social care, health and post-16 providers.",
             "Head of Adult Social Care (Transitions) / PfA Lead", ["Head of Adult Social Care (Transitions)", "PfA Lead"], "Trafford Council", "Q4 2025/26", "2026-03", "Q4 2025/26",
             "Panel meeting monthly; every young person known to it has a transition plan by 17½.", "A"),
        ]),
    ]
    LETTER = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    headers = ["No.", "What we will do", "Lead(s)", "Organisation", "By when", "How we will know (impact measure)", "RAG"]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    api_sheets = [("API 1", "Area for priority action 1", API1, api1), ("API 2", "Area for priority action 2", API2, api2)]

    def write_row(ws, r, item):
        (no, text, leadcell, leads, org, by, end, etext, measure, rag) = item
        vals = [no, text, leadcell, org, by, measure, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = fill(XFILL[LETTER[rag]])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")

    def header(ws, r):
        for i, h in enumerate(headers, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("B4C6E7")
            c.border = BORDER
            c.alignment = WRAP

    def widths(ws):
        for col, w in zip("ABCDEFG", [9, 60, 32, 22, 16, 45, 7]):
            ws.column_dimensions[col].width = w

    actions = []
    counts = []
    for sheet, label, text, items in api_sheets:
        ws = wb.create_sheet(sheet)
        ws["A1"] = label
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = text
        ws["A2"].alignment = Alignment(wrap_text=True)
        ws.merge_cells("A2:G2")
        ws.row_dimensions[2].height = 36
        header(ws, 4)
        r = 5
        for item in items:
            write_row(ws, r, item)
            (no, t_, lc, leads, org, by, end, etext, meas, rag) = item
            actions.append(act(no, [text], t_, leads, end, LETTER[rag], etext))
            r += 1
        widths(ws)
        counts.append((label, [i[-1] for i in items]))

    ws = wb.create_sheet("AFI")
    ws["A1"] = "Areas for improvement"
    ws["A1"].font = Font(bold=True, size=13)
    header(ws, 3)
    r = 4
    afi_letters = []
    for head, items in afi:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill("E2EFDA")
        r += 1
        for item in items:
            write_row(ws, r, item)
            (no, t_, lc, leads, org, by, end, etext, meas, rag) = item
            actions.append(act(no, [head], t_, leads, end, LETTER[rag], etext))
            afi_letters.append(rag)
            r += 1
    widths(ws)
    counts.append(("Areas for improvement", afi_letters))

    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Area SEND inspection: report published 4 October 2024 (widespread and/or systemic failings)"
    sm["A3"] = "Position at: December 2025 – for the SEND Partnership Board, 15 January 2026"
    sm_headers = ["Section", "Actions", "Complete (B)", "On track (G)", "At risk (A)", "Off track (R)"]
    for i, h in enumerate(sm_headers, 1):
        c = sm.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("B4C6E7")
        c.border = BORDER
    r = 6
    tot = [0, 0, 0, 0, 0]
    for label, letters in counts:
        row = [label, len(letters)] + [letters.count(x) for x in "BGAR"]
        for i, v in enumerate(row, 1):
            sm.cell(row=r, column=i, value=v).border = BORDER
        tot = [a + b for a, b in zip(tot, row[1:])]
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        c = sm.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
    r += 2
    sm.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for j, (letter, desc) in enumerate([("B", "Complete – impact being monitored"), ("G", "On track"),
                                        ("A", "At risk of slipping"), ("R", "Off track – escalated to SEND Partnership Board")], 1):
        c = sm.cell(row=r + j, column=1, value=letter)
        c.fill = fill(XFILL[LETTER[letter]])
        sm.cell(row=r + j, column=2, value=desc)
    sm.column_dimensions["A"].width = 30
    for col in "BCDEF":
        sm.column_dimensions[col].width = 14
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates a local area SEND partnership's priority action plan, the plan required under the 2023 area SEND framework when inspectors find widespread and/or systemic failings (areas for priority action plus areas for improvement), as Trafford Local Area Partnership would publish after such an inspection. Copied features: a summary sheet with totals by RAG and a RAG key, one sheet per area for priority action with the inspectors' wording above the table, an areas-for-improvement sheet with AFI heading rows, an organisation column beside the lead, joint leads (two posts, two named people), school-term, financial-quarter and Excel-date 'by when' cells, and RAG letters on coloured cells.",
        "reads": "An Excel priority action plan: sheets API 1 and API 2 each open with 'Area for priority action N' and the inspectors' text, then numbered actions; the AFI sheet has two areas for improvement as heading rows over their actions. The Summary sheet only counts actions and explains the RAG letters.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ============================================================================ 5. Swansea scrutiny tracker (xlsx)
def make_swansea_scrutiny():
    name = "zvw-swansea-council-scrutiny-inquiry-recommendations-tracker.xlsx"
    title = "City and County of Swansea – Scrutiny Inquiry Recommendations: Implementation Tracker"
    I1 = "Community Asset Transfer Scrutiny Inquiry – Cabinet response 20 February 2025"
    I2 = "Natural Environment Scrutiny Inquiry – Cabinet response 14 March 2024"
    STATUS = {"Complete": ("blue", "9BC2E6"), "On track": ("green", "A9D08E"), "Delayed": ("amber", "FFD966"), "Not started": ("unrated", None)}
    # rec no, recommendation, cabinet decision, action, lead cell, leads, timescale value, end, end_text, progress, status
    inq1 = [
        ("1", "Produce a single, plain-language guide to community asset transfer, available in Welsh and English, setting out each stage and how long it should take.",
         "Agreed", "Publish a bilingual CAT guide and process map on the Council website and promote it through Swansea Council for Voluntary Service.",
         "Strategic Estates Manager", ["Strategic Estates Manager"], "June 2025", "2025-06", None,
         "Guide published 2 June 2025; 410 downloads to end of September.", "Complete"),
        ("2", "Appoint a named officer to support each community group from expression of interest to completion of the lease.",
         "Agreed", "Assign a CAT case officer to every live application and record the named contact in the asset register.",
         "Community Development Manager / Head of Property Services", ["Community Development Manager", "Head of Property Services"], "April 2025", "2025-04", None,
         "Case officers allocated to all 17 live applications.", "Complete"),
        ("3", "Set and publish target timescales for each stage of the transfer process and report performance against them annually to scrutiny.",
         "Agreed", "Agree stage timescales with Legal Services and include CAT performance in the annual Corporate Property report to Scrutiny Programme Committee.",
         "Head of Property Services", ["Head of Property Services"], "2025/26", "2026-03", "2025/26",
         "Draft timescales agreed with Legal; first annual report due to committee in March 2026.", "On track"),
        ("4", "Offer a small start-up grant for building condition surveys to groups taking on older assets.",
         "Partly agreed", "Fund condition surveys for up to five transfers a year from the existing Community Buildings Fund rather than a new grant.",
         "Head of Property Services", ["Head of Property Services"], dt.datetime(2025, 9, 30), "2025-09", None,
         "Criteria drafted but fund allocation not yet approved by Cabinet Member. Now expected January 2026.", "Delayed"),
        ("5", "Develop a peer network so that groups which have completed a transfer can mentor new applicants.",
         "Agreed", "Set up a CAT peer network with Swansea Council for Voluntary Service, meeting at least twice a year.",
         "Community Development Manager", ["Community Development Manager"], "Ongoing", None, "Ongoing",
         "First network meeting held July 2025 (14 groups).", "On track"),
        ("6", "Review the CAT policy after 12 months and report the outcome to the Scrutiny Programme Committee.",
         "Agreed", "Complete a 12-month review of the CAT policy, including feedback from applicants, and report to committee.",
         "Strategic Estates Manager", ["Strategic Estates Manager"], "March 2026", "2026-03", None,
         "Review scheduled to start January 2026.", "Not started"),
    ]
    inq2 = [
        ("1", "Include nature recovery targets in every service plan where the service manages land.",
         "Agreed", "Add a biodiversity duty section to the service planning template for 2025/26 and check plans for land-managing services.",
         "Nature Conservation Team Leader", ["Nature Conservation Team Leader"], "March 2025", "2025-03", None,
         "Section included in 2025/26 template; 9 of 10 land-managing services set targets.", "Complete"),
        ("2", "Increase the area of council-owned grassland managed for pollinators.",
         "Agreed", "Extend reduced mowing (‘Pollinator Verges’) to a further 40 hectares of highway verge and parks.",
         "Head of Parks & Cleansing", ["Head of Parks & Cleansing"], "Sept 2025", "2025-09", None,
         "31 hectares added. Remaining sites held back after resident concerns about sightlines; revised plan in preparation.", "Delayed"),
        ("3", "Work with the Public Services Board to produce a single local nature recovery action plan for Swansea.",
         "Agreed", "Lead the refresh of the Local Nature Recovery Action Plan through the Swansea PSB Nature Partnership.",
         "Head of Planning & City Regeneration", ["Head of Planning & City Regeneration"], "December 2025", "2025-12", None,
         "Consultation draft considered by PSB in September 2025.", "On track"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Scrutiny Programme Committee – follow-up monitoring, position at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    headers = ["Rec", "Scrutiny recommendation", "Cabinet decision", "Agreed action", "Responsible officer", "Timescale",
               "Progress (Sept 2025)", "Status"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00594F")
        c.border = BORDER
        c.alignment = WRAP
    r = 5
    actions = []
    summary = []
    for head, items in [(I1, inq1), (I2, inq2)]:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (no, rec, dec, action, lc, leads, ts, end, et, prog, stat) in items:
            vals = [no, rec, dec, action, lc, ts, prog, stat]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            colour, hexfill = STATUS[stat]
            if hexfill:
                ws.cell(row=r, column=8).fill = fill(hexfill)
            actions.append(act(no, [head, rec], action, leads, end, colour, et))
            r += 1
        summary.append((head.split(" – ")[0], len(items), sum(1 for x in items if x[2] == "Agreed"),
                        sum(1 for x in items if x[2] == "Partly agreed"), sum(1 for x in items if x[-1] == "Complete")))
    r += 1
    ws.cell(row=r, column=1, value="Status key: Complete = implemented and evidenced; On track = progressing within timescale; Delayed = behind timescale (amber); Not started = due to start later.")
    ws.cell(row=r + 1, column=1, value="Recommendations are removed from the tracker once the Committee agrees they are complete and the impact has been reported.")
    for col, w in zip("ABCDEFGH", [6, 50, 14, 50, 30, 14, 45, 12]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm.append(["Inquiry", "Recommendations", "Agreed", "Partly agreed", "Complete", "Outstanding"])
    for (inq, n, ag, pa, comp) in summary:
        sm.append([inq, n, ag, pa, comp, n - comp])
    sm.append(["Total", sum(x[1] for x in summary), sum(x[2] for x in summary), sum(x[3] for x in summary),
               sum(x[4] for x in summary), sum(x[1] - x[4] for x in summary)])
    for c in sm[1]:
        c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 40
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates the follow-up monitoring of scrutiny inquiry recommendations by Swansea Council's Scrutiny Programme Committee (Community Asset Transfer Scrutiny Inquiry final report agreed November 2024 and sent to Cabinet; Swansea inquiry panels report to Cabinet, which responds with an action plan that scrutiny later follows up). Copied features: title and position line, one row per recommendation with the scrutiny wording, Cabinet decision (Agreed / Partly agreed), agreed action, responsible officer, timescale and progress, merged inquiry heading rows, status words on coloured cells with a key line defining 'Delayed' as amber, and a summary sheet of counts.",
        "reads": "An Excel tracker with two scrutiny inquiries as heading rows; under each, one row per numbered recommendation gives the recommendation, the Cabinet decision and the agreed action with officer, timescale, progress and status. The summary sheet and key lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ============================================================================ 6. Bridgend corporate plan CSV (refuse)
def make_bridgend_csv():
    name = "zvw-bridgend-cbc-corporate-plan-delivery-plan-2025-26-typo-month-refuse.csv"
    title = "Bridgend County Borough Council – Corporate Plan Delivery Plan 2025-26"
    W1 = "WBO1 A County Borough where we protect our most vulnerable"
    W2 = "WBO2 A County Borough with fair work, skilled, high-quality jobs and thriving towns"
    W4 = "WBO4 A County Borough where we help people meet their potential"
    W5 = "WBO5 A County Borough that is responding to the climate and nature emergency"
    W7 = "WBO7 A County Borough where we support people to live active and healthy lives"
    rows = [
        ("WBO1.1", W1, "Deliver the Children's Services three-year workforce plan to reduce reliance on agency social workers", "Social Services & Wellbeing", "Head of Children's Social Care", "March 2026", "Amber", "Agency use down to 18% (target 12%). Two international recruitment cohorts started in August."),
        ("WBO1.2", W1, "Open the new Extra Care scheme at Porthcawl and allocate all apartments", "Social Services & Wellbeing", "Group Manager - Commissioning", "December 2025", "Green", "Building handed over September 2025; 31 of 40 apartments allocated."),
        ("WBO1.3", W1, "Implement the Homelessness Strategy action plan, including reducing the use of B&B for families", "Chief Executive's", "Group Manager - Housing", "March 2026", "Red", "B&B use for families remains above target due to demand; additional leased properties being sourced."),
        ("WBO2.1", W2, "Complete phase 1 of the Maesteg town centre regeneration (market hall refurbishment)", "Communities", "Corporate Director - Communities", "Febuary 2026", "Green", "Contractor on site; practical completion forecast for February."),
        ("WBO2.2", W2, "Support 150 local businesses through the Shared Prosperity Fund enterprise programme", "Communities", "Economy & Natural Resources Manager", "March 2026", "Green", "97 businesses supported at Q2."),
        ("WBO4.1", W4, "Open the new Welsh-medium primary school in Bridgend town (Ysgol Gymraeg Bro Ogwr seedling)", "Education, Early Years & Young People", "Head of Education & Early Help", "September 2025", "Blue", "Opened 2 September 2025 with 48 pupils."),
        ("WBO4.2", W4, "Increase attendance in secondary schools to 91% through the Attendance Strategy", "Education, Early Years & Young People", "Group Manager - Inclusion", "July 2026", "Amber", "Q2 secondary attendance 89.4%."),
        ("WBO5.1", W5, "Install solar PV on 12 further council buildings under the Bridgend 2030 decarbonisation programme", "Communities", "Energy Manager", "March 2026", "Green", "7 installations complete; 5 in procurement."),
        ("WBO5.2", W5, "Roll out the new kerbside recycling vehicles and containers across the county borough", "Communities", "Head of Operations - Community Services", "November 2025", "Amber", "Rollout 70% complete; delay to container delivery for the final rounds."),
        ("WBO7.1", W7, "Complete the refurbishment of the Bridgend Life Centre changing village with Halo Leisure", "Communities", "Group Manager - Prosperity & Regeneration", "June 2026", "Green", "Design agreed; works to start January 2026."),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(["Quarter 2 (April - September 2025) commitments progress report"])
    w.writerow(["Exported from the corporate performance system 28/10/2025 09:14"])
    w.writerow([])
    w.writerow(["Ref", "Well-being Objective", "Commitment", "Directorate", "Responsible Officer", "Due Date", "Q2 RAG", "Q2 Commentary"])
    for row in rows:
        w.writerow(row)
    w.writerow([])
    w.writerow(["RAG: Blue = complete; Green = on track; Amber = some risk to delivery; Red = off track"])
    text = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    lines = text.split("\r\n")
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary" in l)

    write_expected(name, {
        "source": "Imitates a Welsh council's corporate plan delivery plan exported from its performance system for quarterly monitoring (Bridgend County Borough Council Corporate Plan 2023-28 'Delivering Together', whose annual delivery plan carries the commitments, milestones and PIs under the well-being objectives). Copied features: title, report and export lines, one row per commitment with reference, well-being objective, directorate, responsible officer (job titles), due month, Q2 RAG word and commentary, and a RAG key line after the data.",
        "reads": "A CSV export of ten corporate plan commitments grouped by well-being objective, each with a due month and Q2 RAG. Commitment WBO2.1 has its due date typed as 'Febuary 2026', a mistyped month, so a careful reader would stop and ask rather than guess the end month.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })


# ============================================================================ 7. Cardiff JICPA tab-separated text
def make_cardiff_jicpa():
    name = "zvw-cardiff-and-vale-rsb-jicpa-cardiff-multi-agency-improvement-plan.txt"
    title = "Cardiff and Vale Regional Safeguarding Board – JICPA Multi-agency Improvement Plan"
    T1 = "PEOPLE – VOICE AND CONTROL"
    T2 = "PREVENTION"
    T3 = "PARTNERSHIPS AND INTEGRATION"
    T4 = "WELL-BEING AND SAFETY"
    # theme, ref, area (shown on first action only), action, lead cell, leads, target, end, end_text, rag, update
    rows = [
        (T1, "1.1", "Children’s views and lived experience are not consistently recorded or used to shape child protection plans.",
         "Introduce a ‘My Voice’ section in the child protection conference report template, completed with the child before each conference.",
         "Operational Manager, Child Protection Conferencing", ["Operational Manager, Child Protection Conferencing"], "Sep-24", "2024-09", None, "Complete",
         "Template in use since September 2024. Audit in June 2025 found the section completed in 84% of reports."),
        (T1, "1.2", None,
         "Extend the offer of independent professional advocacy to all children subject to child protection conferences aged 7 and over.",
         "Commissioning Manager (Children)", ["Commissioning Manager (Children)"], "Mar-25", "2025-03", None, "Complete",
         "Active offer in place with TGP Cymru from February 2025; take-up 46%."),
        (T2, "2.1", "Referrals from schools and health do not always give enough information for decisions at the front door.",
         "Deliver joint MASH referral training for Designated Safeguarding Persons and health practitioners, using local case examples.",
         "Head of Education Safeguarding / Named Nurse Safeguarding Children (C&V UHB)", ["Head of Education Safeguarding", "Named Nurse Safeguarding Children (C&V UHB)"], "Jun-25", "2025-06", None, "Complete",
         "11 sessions delivered to 402 staff."),
        (T2, "2.2", None,
         "Audit the quality of a sample of 30 MASH referrals from education and health every six months and feed back to each agency.",
         "RSB Business Manager", ["RSB Business Manager"], "Ongoing", None, "Ongoing", "Green",
         "Second audit completed August 2025; 'good' referrals up from 52% to 71%."),
        (T3, "3.1", "Strategy discussions do not always include all relevant agencies, particularly health and education.",
         "Implement a virtual strategy discussion standard so that police, health and education can join at short notice, with attendance recorded for each discussion.",
         "DCI Public Protection (SWP) & Operational Manager, MASH", ["DCI Public Protection (SWP)", "Operational Manager, MASH"], "Q2 2025/26", "2025-09", "Q2 2025/26", "Amber",
         "Standard agreed. Health attendance still below 70%; UHB reviewing rota for named professionals."),
        (T3, "3.2", None,
         "Add strategy discussion attendance by agency to the RSB quarterly performance dataset.",
         "RSB Business Manager", ["RSB Business Manager"], "31/12/2025", "2025-12", None, "Green",
         "Data field added to the MASH system in October 2025; first report due January 2026."),
        (T4, "4.1", "Arrangements for children who go missing from education or are electively home educated are not well understood by all partners.",
         "Publish a joint protocol on children missing education and EHE for all Cardiff partners and brief practitioners.",
         "Head of Inclusion, Cardiff Council", ["Head of Inclusion, Cardiff Council"], "Mar-26", "2026-03", None, "Green",
         "Protocol in final draft; RSB sign-off planned for December 2025."),
        (T4, "4.2", None,
         "Review the response to children who go missing from home three or more times in 90 days, including return home interviews.",
         "Missing & Exploitation Strategic Lead", ["Missing & Exploitation Strategic Lead"], "Dec-25", "2025-12", None, "Red",
         "Review paused while the new exploitation team is recruited. Escalated to the Joint Operational Group."),
    ]
    lines = [
        title,
        "Joint Inspection of Child Protection Arrangements (JICPA) – Cardiff, fieldwork January 2024",
        "Progress at 30 September 2025 – for the CVRSB Joint Operational Group",
        "",
        "Ref\tArea for improvement\tAction\tLead\tTarget date\tRAG\tProgress update",
    ]
    actions = []
    cur_theme = None
    area = None
    for (theme, ref, ar, action, lc, leads, tgt, end, et, rag, upd) in rows:
        if theme != cur_theme:
            lines.append(theme)
            cur_theme = theme
        if ar is not None:
            area = ar
        lines.append("\t".join([ref, ar or "", action, lc, tgt, rag, upd]))
        status = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]
        actions.append(act(ref, [theme, area], action, leads, end, status, et))
    lines += ["",
              "Notes:",
              "RAG ratings are agreed by the Joint Operational Group. Complete actions stay on the plan until the impact has been evidenced.",
              "Lead agencies: SWP = South Wales Police; C&V UHB = Cardiff and Vale University Health Board."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a regional safeguarding board's multi-agency improvement plan after a Joint Inspection of Child Protection Arrangements in Wales (CIW, HIW, Estyn and HMICFRS; Cardiff JICPA fieldwork January 2024, Cardiff and Vale Regional Safeguarding Board), kept as a tab-separated text export. Copied features: three title lines, a header row, theme lines in capitals (after the Social Services and Well-being (Wales) Act principles used in CIW reports), the area for improvement given only on the first of its actions, joint leads from different agencies, job titles containing commas, month-year, quarter and day-first target dates, RAG words, and a notes block with agency abbreviations.",
        "reads": "A tab-separated improvement plan with four themes; under each, an area for improvement is written on the first row and applies to the next action too, and each numbered action (1.1–4.2) has a lead, target date, RAG and progress update. The notes at the end are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


if __name__ == "__main__":
    make_adopt_london_south()
    make_carmarthenshire_yjt()
    make_sefton_mv()
    make_trafford_send()
    make_swansea_scrutiny()
    make_bridgend_csv()
    make_cardiff_jicpa()
    print("done")
