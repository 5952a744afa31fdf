"""Build the seven xi- cases of heldout555 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python xi_make.py (from any directory).
Only files whose names start with "xi-" are written.
"""
import csv
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

OUT = os.path.dirname(os.path.abspath(__file__))

FILLS = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DDEBF7",
}


def path(name):
    assert name.startswith("xi-")
    return os.path.join(OUT, name)


def write_expected(name, meta, actions=None):
    doc = {
        "source": meta["source"],
        "reads": meta["reads"],
        "outcome": meta.get("outcome", "read"),
        "accept_refusal": meta.get("accept_refusal", False),
    }
    if "refuse_at" in meta:
        doc["refuse_at"] = meta["refuse_at"]
    if meta.get("title") is not None:
        doc["title"] = meta["title"]
    if actions is not None:
        out = []
        for a in actions:
            e = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            out.append(e)
        doc["actions"] = out
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    """Write text into a cell; inner \n become separate paragraphs."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def header_row(table, labels):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, color="FFFFFF")
        shade(c, FILLS["head"])


# =============================================================== 1. Reading JTAI
def make_reading_jtai():
    name = "xi-reading-berkshire-west-scp-jtai-action-plan.docx"
    afi = [
        "The consistency with which health practitioners are invited to, and contribute to, "
        "strategy discussions when there are concerns about child sexual abuse in the family.",
        "Practitioners’ confidence and skill in recognising the signs of child sexual abuse in the "
        "family environment, including when children do not disclose.",
        "Timely access to specialist therapeutic support for children after disclosure, and the "
        "oversight of waiting times by strategic leaders.",
    ]
    rows = [
        # afi index, ref, action, lead cell, lead list, timescale, end, end_text, rag cell, status, update
        (0, "1.1",
         "Revise the Berkshire West strategy discussion protocol so that the relevant health "
         "professional (GP, school nurse or health visitor) is invited to every strategy discussion "
         "where child sexual abuse in the family is suspected.",
         "Head of Service, Children’s Single Point of Access (BFfC)\nDesignated Nurse for Safeguarding Children",
         ["Head of Service, Children’s Single Point of Access (BFfC)", "Designated Nurse for Safeguarding Children"],
         "March 2025", "2025-03", None, "Complete", "blue",
         "Protocol agreed at BWSCP Executive on 27/02/2025 and published on the procedures site."),
        (0, "1.2",
         "Audit 20 strategy discussions held between April and June 2025 to test health attendance "
         "and the quality of information shared; report findings to the Quality Assurance and "
         "Performance Subgroup.",
         "QAP Subgroup Chair", ["QAP Subgroup Chair"],
         "End of July 2025", "2025-07", None, "Green", "green",
         "Audit tool agreed; sample of 20 discussions identified."),
        (0, "1.3",
         "Extend the Royal Berkshire NHS Foundation Trust safeguarding advice line to cover strategy "
         "discussions held out of hours.",
         "Named Nurse Safeguarding Children, RBFT", ["Named Nurse Safeguarding Children, RBFT"],
         "Q3 2025/26", "2025-12", None, "Amber", "amber",
         "Business case with RBFT executive team; staffing model being costed."),
        (1, "2.1",
         "Launch multi-agency training on child sexual abuse in the family, using the CSA Centre "
         "resources, for frontline practitioners in children’s social care, police, health and "
         "education.",
         "BWSCP Learning and Development Lead", ["BWSCP Learning and Development Lead"],
         "September 2025", "2025-09", None, "Green", "green",
         "Four cohorts booked; 112 practitioners registered."),
        (1, "2.2",
         "Deliver a briefing for designated safeguarding leads in all Reading schools on the signs "
         "and indicators of intra-familial sexual abuse.",
         "Education Safeguarding Adviser, BFfC", ["Education Safeguarding Adviser, BFfC"],
         "Summer term 2025", "2025-07", None, "Complete", "blue",
         "Delivered at the DSL network meeting; slides shared with all schools."),
        (1, "2.3",
         "Embed the CSA Centre’s ‘Signs and Indicators Template’ in the Children’s Single Point of "
         "Access screening tool.\nReview use of the template through monthly dip sampling.",
         "Service Manager, CSPoA", ["Service Manager, CSPoA"],
         "Ongoing", None, "Ongoing", "Green", "green",
         "Template in use from 01/05/2025; first dip sample found it used in 17 of 20 contacts."),
        (2, "3.1",
         "Commission an additional 0.6 FTE therapeutic practitioner for Reading children through the "
         "Berkshire West Child Sexual Abuse Hub.",
         "Head of All-Age Mental Health Commissioning, BOB ICB",
         ["Head of All-Age Mental Health Commissioning, BOB ICB"],
         "By 31 October 2025", "2025-10", None, "Amber", "amber",
         "Funding identified for 2025/26 only; recurrent funding to be agreed."),
        (2, "3.2",
         "Add waiting times for therapeutic support after disclosure to the BWSCP performance "
         "dashboard, reported quarterly to the Reading Safeguarding Partners.",
         "BWSCP Business Manager / Performance Analyst, BFfC",
         ["BWSCP Business Manager", "Performance Analyst, BFfC"],
         "Sept 2025 – March 2026", "2026-03", None, "Green", "green",
         "Data fields agreed with the Hub; first report due Q3."),
    ]

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph("Reading Joint Targeted Area Inspection – Multi-Agency Action Plan", style="Title")
    d.add_paragraph("Berkshire West Safeguarding Children Partnership (Reading)")
    d.add_paragraph("Inspection theme: the multi-agency response to child sexual abuse in the family environment")
    d.add_paragraph("Fieldwork: 14–18 October 2024    Letter published: 12 December 2024")

    d.add_paragraph("Document control", style="Heading 2")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for v in [("0.3", "20/01/2025", "BWSCP Business Manager", "Draft for Reading Safeguarding Partners"),
              ("1.0", "03/03/2025", "BWSCP Business Manager", "Approved by Reading Safeguarding Partners"),
              ("1.2", "16/06/2025", "BWSCP Business Manager", "Q1 2025/26 progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    d.add_paragraph("RAG rating key", style="Heading 2")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, fill, txt in [("Blue", "blue", "Action complete and impact evidenced"),
                           ("Green", "green", "On track to be delivered within timescale"),
                           ("Amber", "amber", "Some slippage – recovery actions in place"),
                           ("Red", "red", "Off track or not started")]:
        cells = t.add_row().cells
        set_cell(cells[0], lab, bold=True)
        shade(cells[0], FILLS[fill])
        set_cell(cells[1], txt)

    acts = []
    for i, text in enumerate(afi):
        d.add_paragraph(f"Area for improvement {i + 1}", style="Heading 2")
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (June 2025)"])
        for (k, ref, action, lead_cell, lead, when, end, end_text, rag, status, upd) in rows:
            if k != i:
                continue
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], action)
            set_cell(cells[2], lead_cell)
            set_cell(cells[3], when)
            set_cell(cells[4], rag, bold=True)
            shade(cells[4], FILLS[status])
            set_cell(cells[5], upd)
            acts.append(dict(ref=ref, under=[text], action=action, lead=lead, end=end,
                             end_text=end_text, status=status))
        d.add_paragraph("")
    d.add_paragraph("Progress against this plan is reported to the Reading Safeguarding Partners "
                    "each quarter. Next review: September 2025.")
    d.save(path(name))
    write_expected(name, {
        "source": "Imitates a post-JTAI multi-agency action plan of the kind the Berkshire West "
                  "Safeguarding Children Partnership and other English safeguarding partnerships "
                  "publish after a joint targeted area inspection (2024-25 CSA in the family "
                  "environment theme); no specific URL. Copied features: title block with inspection "
                  "theme and dates, document-control table, RAG key table, one section per area for "
                  "improvement (heading naming only the part, AFI text in bold, own table), job titles "
                  "as leads (two posts on separate lines, or split by ' / '), mixed timescales (month, "
                  "'End of', quarter, term, period, Ongoing), RAG words with cell shading.",
        "reads": "A Word action plan for the Reading JTAI: after document control and a RAG key, three "
                 "areas for improvement each have a table of numbered actions with lead, timescale, RAG "
                 "and a June 2025 update. Eight actions in all.",
        "outcome": "read",
        "title": "Reading Joint Targeted Area Inspection – Multi-Agency Action Plan",
    }, acts)


# ====================================================== 2. Halton HWB action log
def make_halton_hwb():
    name = "xi-halton-health-and-wellbeing-board-action-log.docx"
    meetings = ["Meeting held 18 September 2024", "Meeting held 20 November 2024",
                "Meeting held 15 January 2025"]
    rows = [
        (0, "45", "Circulate the Better Care Fund 2024/25 Q1 return to Board members for information.",
         "Executive Director, Adults", ["Executive Director, Adults"],
         "October 2024", "2024-10", None, "Circulated by email 02/10/2024.", "B", "blue"),
        (0, "46", "Bring a report on the refresh of the Halton Suicide Prevention Strategy, including "
                  "real-time surveillance data, to a future meeting.",
         "Director of Public Health", ["Director of Public Health"],
         "January 2025 meeting", "2025-01", None, "On the agenda for 15/01/2025 (item 6).", "B", "blue"),
        (0, "47", "Arrange a Board development session on the Marmot Place programme with the "
                  "Institute of Health Equity.",
         "Helen Morrow and Ash Patel", ["Helen Morrow", "Ash Patel"],
         "TBC", None, "TBC", "Date being agreed with IHE – likely spring 2025.", "A", "amber"),
        (1, "48", "Share the One Halton winter plan and urgent care escalation triggers with "
                  "Healthwatch Halton.",
         "Place Director, One Halton", ["Place Director, One Halton"],
         "31/12/2024", "2024-12", None, "Shared 11/12/2024.", "B", "blue"),
        (1, "49", "Provide a breakdown of childhood immunisation uptake (MMR2) by ward and by GP "
                  "practice.",
         "Consultant in Public Health (Health Protection)",
         ["Consultant in Public Health (Health Protection)"],
         "15/01/2025", "2025-01", None,
         "Ward data presented in January; practice-level data to follow.", "A", "amber"),
        (1, "50", "Write to NHS England on behalf of the Board about access to NHS dentistry for "
                  "children in care in Halton.",
         "Chair / Director of Public Health", ["Chair", "Director of Public Health"],
         "January 2025", "2025-01", None, "Letter drafted; awaiting Chair sign-off.", "R", "red"),
        (2, "51", "Update the JSNA chapter on children and young people’s mental health and bring it "
                  "to the March meeting.",
         "JSNA Lead, Public Health Intelligence", ["JSNA Lead, Public Health Intelligence"],
         "March 2025", "2025-03", None, "", "G", "green"),
        (2, "52", "Healthwatch Halton to present the findings of its GP access survey, with a response "
                  "from the ICB.",
         "Healthwatch Halton Manager; Associate Director of Primary Care, Cheshire and Merseyside ICB",
         ["Healthwatch Halton Manager", "Associate Director of Primary Care, Cheshire and Merseyside ICB"],
         "19/03/2025", "2025-03", None, "Survey closed 31/01/2025; analysis under way.", "G", "green"),
        (2, "53", "Confirm the Board’s membership and terms of reference following the ICB "
                  "restructure.",
         "Democratic Services Officer", ["Democratic Services Officer"],
         "March 2025", "2025-03", None, "", "", "unrated"),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Halton Health and Wellbeing Board – Action Log")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Updated following the meeting held on 15 January 2025. Actions stay on the log "
                    "until the Board agrees they can be closed.")
    d.add_paragraph("Status: B = complete (to be removed at next meeting)   G = on track   "
                    "A = some delay   R = overdue")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["No.", "Action", "Responsible", "Due", "Update", "Status"])
    fillmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    acts = []
    for m, mtext in enumerate(meetings):
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        set_cell(merged, mtext, bold=True, size=10)
        shade(merged, FILLS["band"])
        for (k, ref, action, lead_cell, lead, due, end, end_text, upd, st_txt, status) in rows:
            if k != m:
                continue
            cells = t.add_row().cells
            set_cell(cells[0], ref)
            set_cell(cells[1], action)
            set_cell(cells[2], lead_cell)
            set_cell(cells[3], due)
            set_cell(cells[4], upd)
            set_cell(cells[5], st_txt, bold=True)
            if st_txt:
                shade(cells[5], FILLS[fillmap[st_txt]])
            acts.append(dict(ref=ref, under=[mtext], action=action, lead=lead, end=end,
                             end_text=end_text, status=status))
    d.add_paragraph("")
    d.add_paragraph("Contact: Democratic Services, Municipal Building, Widnes.")
    d.save(path(name))
    write_expected(name, {
        "source": "Imitates the running action log attached to health and wellbeing board agendas "
                  "(Halton Borough Council Health and Wellbeing Board, 2024-25; layout after the action "
                  "logs published with English HWB papers on moderngov sites; no specific URL). Copied "
                  "features: bold title lines, a one-line status key (B/G/A/R), one table with full-width "
                  "shaded rows naming the meeting each action came from, running action numbers, "
                  "'Due' cells such as 'January 2025 meeting' and 'TBC', two people or two posts in one "
                  "cell, a blank status for a new action.",
        "reads": "The Board's action log: nine numbered actions grouped under the three meetings they "
                 "were agreed at, each with who is responsible, when it is due, an update and a status "
                 "letter read through the key at the top (B complete, G, A, R).",
        "outcome": "read",
        "title": "Halton Health and Wellbeing Board – Action Log",
    }, acts)


# =========================================== 3. East Riding focused visit (xlsx)
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def make_east_riding_fv():
    name = "xi-east-riding-of-yorkshire-council-ofsted-focused-visit-action-plan.xlsx"
    title = "Ofsted Focused Visit (Care Leavers) – Improvement Action Plan"
    afi = [
        "AFI 1: The quality and timeliness of pathway plans, so that they are written with young "
        "people and reflect their current circumstances.",
        "AFI 2: The consistency of support for care leavers aged 21 to 25 to find suitable "
        "accommodation and to access emotional wellbeing support.",
        "AFI 3: Management oversight and supervision of personal advisers, including the recording "
        "of management decisions.",
    ]
    D = dt.datetime
    rows = [
        # afi, ref, action, lead, lead list, original, revised, prev, cur, status end end_text, progress
        (0, "1.1", "Relaunch the pathway plan template, co-produced with the Children in Care Council and "
                   "care-experienced young people, with sections written in the young person’s own words.",
         "Service Manager – Leaving Care", ["Service Manager – Leaving Care"],
         D(2025, 3, 31), None, "A", "blue", "2025-03", None,
         "New template live in the case management system from 17/03/2025."),
        (0, "1.2", "Introduce a monthly pathway plan performance report showing plans out of date by "
                   "personal adviser and team.",
         "Head of Performance and Intelligence", ["Head of Performance and Intelligence"],
         D(2025, 4, 30), D(2025, 7, 31), "G", "amber", "2025-07", None,
         "Report built; data quality issues are delaying roll-out to team managers."),
        (0, "1.3", "Audit 15 pathway plans each quarter against the new standard, inviting each young "
                   "person to give feedback on their plan.",
         "Quality Assurance Manager / Principal Social Worker",
         ["Quality Assurance Manager", "Principal Social Worker"],
         "Quarterly", None, "G", "green", None, "Quarterly",
         "First audit completed June 2025: 9 of 15 plans good or better."),
        (1, "2.1", "Agree a protocol with Housing Options giving care leavers up to age 25 priority "
                   "banding and a named housing officer.",
         "Head of Housing Services\nHead of Service – Children in Care and Care Leavers",
         ["Head of Housing Services", "Head of Service – Children in Care and Care Leavers"],
         D(2025, 6, 30), None, "A", "green", "2025-06", None,
         "Protocol drafted; to Housing and Children's DMTs in July."),
        (1, "2.2", "Extend the personal adviser offer to all care leavers aged 21–25 who request it, and "
                   "write to every eligible young person explaining the offer.",
         "Service Manager – Leaving Care", ["Service Manager – Leaving Care"],
         "May 2025", None, "G", "blue", "2025-05", None,
         "Letters sent 12/05/2025; 38 young people have taken up the offer."),
        (1, "2.3", "Commission a dedicated emotional wellbeing worker for care leavers through the Humber "
                   "and North Yorkshire ICB.",
         "Head of Children's Social Care", ["Head of Children's Social Care"],
         D(2025, 9, 30), D(2026, 1, 31), "A", "red", "2026-01", None,
         "Funding not yet agreed by the ICB; escalated to the Children's Improvement Board."),
        (2, "3.1", "Revise the supervision policy so that personal advisers receive monthly supervision "
                   "recorded on the young person’s file.",
         "Principal Social Worker", ["Principal Social Worker"],
         D(2025, 3, 31), None, "G", "blue", "2025-03", None,
         "Policy approved 24/03/2025."),
        (2, "3.2", "Deliver management oversight training for team managers and senior personal advisers.",
         "Workforce Development Manager", ["Workforce Development Manager"],
         "Q2 2025/26", None, None, "green", "2025-09", None,
         "Two of three sessions delivered."),
        (2, "3.3", "Monthly dip sample of supervision records by the Head of Service, with findings "
                   "reported to the Children's Services Leadership Team.",
         "Head of Service – Children in Care and Care Leavers",
         ["Head of Service – Children in Care and Care Leavers"],
         "Monthly", None, "G", "green", None, "Monthly",
         "Dip samples April–June completed; themes shared with PAs."),
    ]
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "East Riding of Yorkshire Council – Children's Services"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=12)
    cv["A3"] = "Focused visit: 4–5 February 2025. Letter published: 6 March 2025."
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    for j, h in enumerate(["Version", "Date", "Author", "Comments"]):
        c = cv.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for i, v in enumerate([("1.0", D(2025, 3, 28), "Head of Service – Children in Care and Care Leavers",
                            "Submitted to Ofsted"),
                           ("1.1", D(2025, 6, 30), "Improvement Programme Officer",
                            "June progress update")]):
        for j, x in enumerate(v):
            c = cv.cell(row=7 + i, column=1 + j, value=x)
            c.border = BORDER
            if isinstance(x, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    for i, (lab, f, txt) in enumerate([("Blue", "blue", "Complete and embedded"),
                                       ("Green", "green", "On track"),
                                       ("Amber", "amber", "At risk – some slippage"),
                                       ("Red", "red", "Off track – escalated")]):
        cv.cell(row=11 + i, column=1, value=lab).fill = fill(FILLS[f])
        cv.cell(row=11 + i, column=2, value=txt)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 45
    cv.column_dimensions["D"].width = 30

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – June 2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for r in rows:
        counts[r[8]] = counts.get(r[8], 0) + 1
    sm.append([])
    sm.append(["RAG", "Number of actions"])
    for k, lab in [("blue", "Blue"), ("green", "Green"), ("amber", "Amber"), ("red", "Red")]:
        sm.append([lab, counts.get(k, 0)])
        sm.cell(row=sm.max_row, column=1).fill = fill(FILLS[k])
    sm.append(["Total", len(rows)])
    sm.cell(row=sm.max_row, column=1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 30 June 2025 – reported to the Children's Improvement Board"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    heads = ["Ref", "Area for improvement", "Action", "Lead officer", "Original target date",
             "Revised target date", "Previous RAG (Mar 25)", "Current RAG (Jun 25)",
             "Progress / evidence of impact"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILLS["head"])
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    acts = []
    for k, text in enumerate(afi):
        first = r
        for row in rows:
            if row[0] != k:
                continue
            (_, ref, action, lead_cell, lead, orig, rev, prev, cur, end, end_text, prog) = row
            vals = [ref, text if r == first else None, action, lead_cell, orig, rev, prev, None, prog]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if prev:
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=8).fill = fill(FILLS[cur])
            acts.append(dict(ref=ref, under=[text], action=action, lead=lead, end=end,
                             end_text=end_text, status=cur))
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).font = Font(bold=True)
        ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Notes: Current RAG agreed at the Children's Improvement Board on "
                                   "30/06/2025. Previous RAG is the March 2025 position.")
    for col, w in zip("ABCDEFGHI", [7, 38, 55, 32, 13, 13, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(path(name))
    write_expected(name, {
        "source": "Imitates an English council's action plan after an Ofsted ILACS focused visit "
                  "(East Riding of Yorkshire Council children's services, care leavers focus, 2025); "
                  "layout after county/unitary focused-visit plans reported to children's improvement "
                  "boards; no specific URL. Copied features: cover sheet with version control and RAG "
                  "key, a summary sheet of RAG counts with total, the plan sheet with a title row, "
                  "area-for-improvement cells merged down over their actions, original and revised "
                  "target dates (Excel dates and text), previous RAG as a letter and current RAG shown "
                  "only by cell fill, two posts in one lead cell (' / ' and a line break), notes line.",
        "reads": "A three-sheet workbook; the plan sheet lists nine actions under three areas for "
                 "improvement from the focused visit. Where a revised date is given it replaces the "
                 "original; the status is the current RAG, which is a coloured cell with no text.",
        "outcome": "read",
        "title": title,
    }, acts)


# ========================================== 4. Torbay strategic risk register
def make_torbay_srr():
    name = "xi-torbay-council-strategic-risk-register-2025-26.xlsx"
    title = "Torbay Council – Strategic Risk Register 2025/26"
    D = dt.datetime
    risks = [
        ("SR1 – Financial sustainability",
         "Cause: rising demand in social care and temporary accommodation, and uncertainty over the "
         "Fair Funding review.\nEvent: the Council cannot set a balanced budget over the MTRP period.\n"
         "Effect: use of reserves, service reductions, possible s114 notice.",
         "Chief Executive", "5 x 5 = 25", "Budget monitoring reported monthly to SLT and Cabinet; "
         "reserves policy; spend control panel.", "4 x 4 = 16", "→"),
        ("SR2 – Temporary accommodation demand",
         "Cause: shortage of affordable private rented homes.\nEvent: numbers in bed and breakfast "
         "exceed 70 households.\nEffect: cost pressure and poor outcomes for families.",
         "Director of Pride in Place", "5 x 4 = 20", "Homelessness prevention team; landlord "
         "incentive scheme.", "4 x 4 = 16", "↑"),
        ("SR3 – Cyber security",
         "Cause: increasing ransomware attacks on local government.\nEvent: successful cyber attack.\n"
         "Effect: loss of systems and data; inability to deliver services.",
         "Director of Corporate Services", "4 x 5 = 20", "PSN compliance; MFA on all accounts; "
         "immutable backups.", "3 x 5 = 15", "↓"),
        ("SR4 – Adult social care market sustainability",
         "Cause: workforce shortages and rising costs for care providers.\nEvent: provider failure or "
         "handing back of contracts.\nEffect: people unable to get the care they need.",
         "Director of Adult Social Care", "4 x 4 = 16", "Provider market oversight group; contingency "
         "plans.", "4 x 3 = 12", "→"),
    ]
    acts_def = [
        (0, "SR1.1", "Deliver the 2026/27 budget savings programme of £7.4m, with monthly monitoring at "
                     "the Budget Delivery Board.",
         "Director of Finance", ["Director of Finance"], "February 2026", "2026-02", None,
         "On track", "green"),
        (0, "SR1.2", "Refresh the Medium Term Resource Plan and reserves strategy to cover 2026/27 to "
                     "2029/30.",
         "Director of Finance / Head of Financial Services",
         ["Director of Finance", "Head of Financial Services"], "Q4 2025/26", "2026-03", None,
         "On track", "green"),
        (0, "SR1.3", "Reduce spend on external children's placements through the Sufficiency Strategy "
                     "invest-to-save programme.",
         "Director of Children's Services", ["Director of Children's Services"], "Ongoing", None,
         "Ongoing", "Some slippage", "amber"),
        (1, "SR2.1", "Purchase 25 homes for use as temporary accommodation through the Housing "
                     "Acquisition Programme.",
         "Director of Pride in Place", ["Director of Pride in Place"], D(2026, 3, 31), "2026-03", None,
         "Some slippage", "amber"),
        (1, "SR2.2", "Launch a homelessness prevention fund for private rented sector tenants at risk of "
                     "eviction.",
         "Head of Housing Options", ["Head of Housing Options"], "Sep-25", "2025-09", None,
         "Complete", "blue"),
        (2, "SR3.1", "Complete the Cyber Assessment Framework self-assessment and submit it to MHCLG.",
         "Head of IT", ["Head of IT"], D(2025, 11, 30), "2025-11", None, "Complete", "blue"),
        (2, "SR3.2", "Run a cyber incident exercise with the Senior Leadership Team and test the ICT "
                     "disaster recovery plan.",
         "Head of IT; Emergency Planning Manager", ["Head of IT", "Emergency Planning Manager"],
         "Sept 2025 – March 2026", "2026-03", None, "On track", "green"),
        (3, "SR4.1", "Agree the 2026/27 fee uplift for care homes and domiciliary care providers "
                     "following the cost of care exercise.",
         "Director of Adult Social Care", ["Director of Adult Social Care"], "March 2026", "2026-03",
         None, "On track", "green"),
        (3, "SR4.2", "Implement the joint recruitment and retention plan for care workers with Torbay and "
                     "South Devon NHS Foundation Trust.",
         "Director of Adult Social Care", ["Director of Adult Social Care"], D(2026, 5, 31), "2026-05",
         None, "Off track", "red"),
    ]
    stfill = {"On track": "green", "Some slippage": "amber", "Off track": "red", "Complete": "blue"}
    wb = Workbook()
    ck = wb.active
    ck.title = "Cover & Key"
    ck["A1"] = title
    ck["A1"].font = Font(bold=True, size=14)
    ck["A2"] = "Quarter 3 review – reported to Audit Committee, January 2026"
    ck["A4"] = "Scoring"
    ck["A4"].font = Font(bold=True)
    ck["A5"] = "Risk score = Likelihood (1–5) x Impact (1–5). 15–25 High; 8–14 Medium; 1–7 Low."
    ck["A7"] = "Action status key"
    ck["A7"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([("Complete", "Action delivered"),
                                    ("On track", "Progressing to target date"),
                                    ("Some slippage", "Delay expected; target date at risk"),
                                    ("Off track", "Will not be delivered by target date")]):
        c = ck.cell(row=8 + i, column=1, value=lab)
        c.fill = fill(FILLS[stfill[lab]])
        ck.cell(row=8 + i, column=2, value=txt)
    ck["A13"] = "Direction of travel: ↑ risk increasing  → no change  ↓ risk reducing"
    ck.column_dimensions["A"].width = 18
    ck.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Quarter 3 review (position at 31 December 2025)"
    ws.merge_cells("A2:L2")
    heads = ["Risk", "Description (cause / event / effect)", "Risk owner", "Inherent risk (L x I)",
             "Key controls in place", "Current risk (L x I)", "Direction of travel", "Action ref",
             "Further actions", "Action owner", "Target date", "Action status"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILLS["head"])
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    acts = []
    for k, risk in enumerate(risks):
        first = r
        for a in acts_def:
            if a[0] != k:
                continue
            (_, ref, action, lead_cell, lead, when, end, end_text, stat, status) = a
            vals = list(risk) if r == first else [None] * 7
            vals += [ref, action, lead_cell, when, stat]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=12).fill = fill(FILLS[status])
            acts.append(dict(ref=ref, under=[risk[0]], action=action, lead=lead, end=end,
                             end_text=end_text, status=status))
            r += 1
        for col in range(1, 8):
            ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        ws.cell(row=first, column=1).font = Font(bold=True)
        score = int(risk[5].split("=")[1])
        ws.cell(row=first, column=6).fill = fill(FILLS["red"] if score >= 15 else FILLS["amber"])
    for col, w in zip("ABCDEFGHIJKL", [24, 42, 20, 11, 34, 11, 9, 8, 50, 28, 13, 13]):
        ws.column_dimensions[col].width = w

    hm = wb.create_sheet("Heat Map")
    hm["A1"] = "Current risk scores – Q3 2025/26"
    hm["A1"].font = Font(bold=True)
    hm.append([])
    hm.append(["Risk", "Inherent", "Current", "Target"])
    for risk, tgt in zip(risks, [12, 12, 10, 9]):
        hm.append([risk[0], int(risk[3].split("=")[1]), int(risk[5].split("=")[1]), tgt])
    hm.append([])
    hm.append(["High (15–25)", 3])
    hm.append(["Medium (8–14)", 1])
    hm.append(["Low (1–7)", 0])
    hm.column_dimensions["A"].width = 42
    wb.save(path(name))
    write_expected(name, {
        "source": "Imitates a unitary council strategic risk register reported quarterly to audit "
                  "committee (Torbay Council, 2025/26, Q3); layout after English council strategic "
                  "risk registers with cause/event/effect descriptions, inherent and current L x I "
                  "scores and further-action columns; no specific URL. Copied features: cover and key "
                  "sheet with scoring and an action-status key (Complete / On track / Some slippage / "
                  "Off track with colours), risk columns merged down over the risk's further actions, "
                  "direction-of-travel arrows, action refs, posts as action owners (two split by ' / ' "
                  "or ';'), Excel dates, 'Sep-25', quarter, period and Ongoing, a heat-map summary "
                  "sheet.",
        "reads": "Four strategic risks, each with a block of further actions to reduce it; nine "
                 "actions in all, each with an owner, target date and a status read through the key "
                 "on the cover sheet (Complete = blue, On track = green, Some slippage = amber, Off "
                 "track = red).",
        "outcome": "read",
        "title": title,
    }, acts)


# ==================================== 5. Dudley internal audit recommendations
def make_dudley_ia():
    name = "xi-dudley-council-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker – Position at 31 October 2025"
    D = dt.datetime
    audits = [
        "Accounts Payable 2024/25 – Limited assurance (final report 14/02/2025)",
        "Direct Payments (Adult Social Care) 2024/25 – Limited assurance (final report 28/03/2025)",
        "Corporate Health and Safety 2024/25 – Reasonable assurance (final report 09/04/2025)",
        "Cyber Security: Patch Management 2025/26 – Limited assurance (final report 30/06/2025)",
    ]
    recs = [
        (0, "AP1", "High",
         "Introduce independent call-back verification, using contact details already held, for all "
         "supplier bank detail change requests.",
         "A call-back procedure will be documented and all Accounts Payable staff trained; bank detail "
         "changes will need second-officer approval in the finance system.",
         "Accounts Payable Manager", ["Accounts Payable Manager"],
         D(2025, 3, 31), None, "Implemented", "blue", "2025-03", None,
         "Procedure live 03/03/2025; sample tested by Audit Services in May."),
        (0, "AP2", "Medium",
         "Produce a monthly report of duplicate payments identified and recovered, reviewed by "
         "management.",
         "Duplicate payment report to be configured in the finance system and reviewed each month.",
         "Head of Finance – Transactional Services / Systems Accountant",
         ["Head of Finance – Transactional Services", "Systems Accountant"],
         D(2025, 4, 30), D(2025, 9, 30), "Overdue", "red", "2025-09", None,
         "Report configured; evidence of monthly review not yet provided."),
        (1, "DP1", "High",
         "Ensure every direct payment account has a financial review at least annually and that "
         "unspent balances are recovered promptly.",
         "Recruit two Direct Payment Finance Officers and clear the backlog of annual account reviews.\n"
         "Introduce a recovery threshold of £2,000 for unspent balances.",
         "Head of Adult Commissioning & Partnerships", ["Head of Adult Commissioning & Partnerships"],
         D(2025, 6, 30), D(2025, 12, 31), "In progress – revised date", "amber", "2025-12", None,
         "One officer in post; 212 of 340 reviews completed."),
        (1, "DP2", "Medium",
         "Update the Direct Payments Policy to reflect current Care and Support Statutory Guidance.",
         "Policy to be refreshed and taken to Cabinet for approval.",
         "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
         "Jan 2026", None, "In progress", "green", "2026-01", None,
         "Draft policy out for consultation with people who use direct payments."),
        (2, "HS1", "Medium",
         "Ensure all council premises have a current fire risk assessment recorded on the corporate "
         "compliance system.",
         "Compliance system to be updated with all fire risk assessments; any outstanding assessments "
         "to be commissioned.",
         "Corporate Health and Safety Manager; Head of Corporate Landlord Services",
         ["Corporate Health and Safety Manager", "Head of Corporate Landlord Services"],
         D(2025, 5, 31), None, "Implemented", "blue", "2025-05", None,
         "All 96 premises now hold a current FRA on the system."),
        (2, "HS2", "Low",
         "Review the lone working procedure and make sure all lone workers have a lone working device.",
         "Lone working procedure refreshed and device allocation checked against the staff list.",
         "Corporate Health and Safety Manager", ["Corporate Health and Safety Manager"],
         "Q3 2025/26", None, "In progress", "green", "2025-12", None,
         "Procedure refreshed; device check 60% complete."),
        (3, "CY1", "High",
         "Ensure critical security patches are applied within 14 days of release across all servers "
         "and end-user devices.",
         "Introduce automated patch deployment and a monthly patch compliance report to the Information "
         "Governance Board.",
         "Head of Digital & ICT", ["Head of Digital & ICT"],
         D(2025, 8, 31), D(2026, 1, 31), "In progress – revised date", "amber", "2026-01", None,
         "Automated deployment live for end-user devices; servers to follow."),
        (3, "CY2", "Medium",
         "Remove or isolate unsupported Windows Server 2012 systems.",
         "Migrate the remaining three legacy servers to supported platforms.",
         "ICT Infrastructure Manager", ["ICT Infrastructure Manager"],
         "March 2026", None, "In progress", "green", "2026-03", None,
         "One of three servers migrated."),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Dudley Metropolitan Borough Council – Audit Services: summary for the Audit and Standards Committee, 20 November 2025"
    sm.append([])
    sm.append(["Audit", "High", "Medium", "Low", "Implemented", "Outstanding"])
    for c in sm[4]:
        c.font = Font(bold=True)
    tot = [0, 0, 0, 0, 0]
    for k, a in enumerate(audits):
        these = [x for x in recs if x[0] == k]
        row = [sum(1 for x in these if x[2] == p) for p in ("High", "Medium", "Low")]
        done = sum(1 for x in these if x[9] == "Implemented")
        row += [done, len(these) - done]
        tot = [t + v for t, v in zip(tot, row)]
        sm.append([a.split(" – ")[0]] + row)
    sm.append(["Total"] + tot)
    sm.cell(row=sm.max_row, column=1).font = Font(bold=True)
    sm.column_dimensions["A"].width = 52

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Dudley Metropolitan Borough Council | Audit and Standards Committee, 20 November 2025"
    ws.merge_cells("A2:I2")
    heads = ["Rec No.", "Priority", "Finding / Recommendation", "Agreed Management Action",
             "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
             "Latest Management Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILLS["head"])
        c.alignment = WRAP
        c.border = BORDER
    r = 5
    acts = []
    for k, a in enumerate(audits):
        ws.cell(row=r, column=1, value=a).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = fill(FILLS["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for x in recs:
            if x[0] != k:
                continue
            (_, ref, prio, rec, action, lead_cell, lead, orig, rev, stat, status, end, end_text, upd) = x
            vals = [ref, prio, rec, action, lead_cell, orig, rev, stat, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(FILLS[status])
            acts.append(dict(ref=ref, under=[a, rec], action=action, lead=lead, end=end,
                             end_text=end_text, status=status))
            r += 1
    for col, w in zip("ABCDEFGHI", [8, 9, 45, 48, 32, 12, 12, 16, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "Status key"
    ky["A1"].font = Font(bold=True)
    for i, (lab, f, txt) in enumerate([
            ("Implemented", "blue", "Action complete and verified by Audit Services"),
            ("In progress", "green", "Within original target date"),
            ("In progress – revised date", "amber", "Revised target date agreed with Audit Services"),
            ("Overdue", "red", "Past the original or revised target date")]):
        ky.cell(row=2 + i, column=1, value=lab).fill = fill(FILLS[f])
        ky.cell(row=2 + i, column=2, value=txt)
    ky["A7"] = "Priority: High – fundamental control weakness; Medium – significant; Low – housekeeping."
    ky.column_dimensions["A"].width = 28
    ky.column_dimensions["B"].width = 50
    wb.save(path(name))
    write_expected(name, {
        "source": "Imitates a metropolitan borough's internal audit recommendations tracker presented "
                  "to its audit and standards committee (Dudley MBC Audit Services, position October "
                  "2025); layout after English council trackers with original and revised target "
                  "dates; no specific URL. Copied features: summary sheet with counts per audit and a "
                  "total row, tracker sheet with title rows, grey full-width band rows naming each "
                  "audit and its assurance opinion, the recommendation beside the agreed management "
                  "action, priority column, posts as responsible officers (two split by ' / ' or ';', "
                  "one with '&' in its title), status words with fill colour defined on a key sheet, "
                  "inner line break in one action.",
        "reads": "Eight outstanding or recently closed recommendations from four audits. Each row is "
                 "read under its audit band and its recommendation; the action is the agreed management "
                 "action, the end is the revised date where one is given, and the status follows the "
                 "key sheet (Implemented = blue, In progress = green, revised date = amber, Overdue = "
                 "red).",
        "outcome": "read",
        "title": title,
    }, acts)


# ============================================ 6. Isle of Wight CSP DHR (csv)
def make_iow_dhr():
    name = "xi-isle-of-wight-csp-dhr-naomi-action-plan.csv"
    title = "Domestic Homicide Review ‘Naomi’ – Action Plan"
    recs = [
        "1. All agencies to ensure that routine enquiry about domestic abuse is made when a patient "
        "presents with anxiety, low mood or an unexplained injury, and that the response is recorded.",
        "2. Isle of Wight NHS Trust to review how safeguarding concerns identified in the Emergency "
        "Department are shared with the patient's GP.",
        "3. Hampshire and Isle of Wight Constabulary to ensure that DASH risk assessments completed by "
        "response officers are reviewed by a supervisor within 24 hours.",
        "4. The Community Safety Partnership to raise awareness of economic abuse and coercive control "
        "among older people, working with voluntary sector partners.",
        "5. Adult Social Care to ensure that carers' assessments explore the risk of domestic abuse "
        "within the caring relationship.",
    ]
    scope = ["Local", "Local", "Regional", "Local", "Local"]
    rows = [
        (0, "Add a domestic abuse routine enquiry prompt to the primary care mental health template "
            "used by Island GP practices.",
         "NHS Hampshire and Isle of Wight ICB", ["NHS Hampshire and Isle of Wight ICB"],
         "Template change agreed with GP IT lead", "31/03/2025", "2025-03", None,
         "Completed 20/03/2025 – prompt live in all Island practices", "Complete", "blue"),
        (0, "Deliver IRIS training to the remaining eight GP practices on the Island.",
         "NHS Hampshire and Isle of Wight ICB; IRIS Advocate Educator",
         ["NHS Hampshire and Isle of Wight ICB", "IRIS Advocate Educator"],
         "5 of 8 practices trained", "December 2025", "2025-12", None, "", "Green", "green"),
        (1, "Introduce an Emergency Department safeguarding notification to the GP for every patient "
            "who discloses domestic abuse.",
         "Isle of Wight NHS Trust", ["Isle of Wight NHS Trust"],
         "Notification drafted; IT build requested", "30/06/2025", "2025-06", None, "", "Amber", "amber"),
        (2, "Issue a force-wide briefing and update the Domestic Abuse policy to require supervisory "
            "review of DASH within 24 hours.",
         "Hampshire and Isle of Wight Constabulary", ["Hampshire and Isle of Wight Constabulary"],
         "Briefing issued to all response teams", "April 2025", "2025-04", None,
         "Completed April 2025 – policy v4.2 published", "Complete", "blue"),
        (2, "Dip sample 50 DASH assessments from Island response teams to test compliance.",
         "Hampshire and Isle of Wight Constabulary", ["Hampshire and Isle of Wight Constabulary"],
         "", "Sept 2025", "2025-09", None, "", "Green", "green"),
        (3, "Run an Island-wide awareness campaign on economic abuse, with information shared through "
            "banks, pharmacies and community groups for older people.",
         "Isle of Wight Council – Community Safety Team\nAge UK Isle of Wight",
         ["Isle of Wight Council – Community Safety Team", "Age UK Isle of Wight"],
         "Campaign materials agreed with Age UK Isle of Wight", "Ongoing", None, "Ongoing", "",
         "Green", "green"),
        (3, "Share learning from this review through a 7-minute briefing and a multi-agency learning "
            "event.",
         "Isle of Wight Community Safety Partnership", ["Isle of Wight Community Safety Partnership"],
         "", "By 30 November 2025", "2025-11", None, "", "Not started", "unrated"),
        (4, "Amend the carer's assessment form to include a question on feeling safe within the caring "
            "relationship.\nProvide practice guidance and a briefing to adult social care staff.",
         "Isle of Wight Council – Adult Social Care", ["Isle of Wight Council – Adult Social Care"],
         "Form amended; guidance in draft", "Q2 2025/26", "2025-09", None, "", "Amber", "amber"),
    ]
    ncol = 8
    out = []
    out.append(["Isle of Wight Community Safety Partnership"] + [""] * (ncol - 1))
    out.append([title] + [""] * (ncol - 1))
    out.append(["Last updated: 09/07/2025 (DHR Oversight Group)"] + [""] * (ncol - 1))
    out.append([""] * ncol)
    out.append(["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
                "Key milestones achieved in enacting recommendation", "Target Date",
                "Date of Completion and Outcome", "RAG"])
    acts = []
    seen = set()
    for (k, action, lead_cell, lead, mile, when, end, end_text, done, rag, status) in rows:
        first = k not in seen
        seen.add(k)
        out.append([recs[k] if first else "", scope[k] if first else "", action, lead_cell, mile, when,
                    done, rag])
        acts.append(dict(ref=None, under=[recs[k]], action=action, lead=lead, end=end,
                         end_text=end_text, status=status))
    out.append([""] * ncol)
    out.append(["RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk; "
                "Red = off track; Not started."] + [""] * (ncol - 1))
    with open(path(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)
    write_expected(name, {
        "source": "Imitates a domestic homicide review action plan in the Home Office DHR action plan "
                  "template (Recommendation / Scope / Action to take / Lead Agency / Key milestones / "
                  "Target Date / Date of Completion and Outcome), as kept by English community safety "
                  "partnerships (Isle of Wight CSP, 2025) with a RAG column added; saved from Excel as "
                  "CSV; no specific URL. Copied features: title lines, numbered recommendation text only "
                  "on the first of its actions with blank continuation cells below, scope column, lead "
                  "agencies (two split by ';' or a line break inside a quoted cell), milestones and "
                  "completion outcome columns, RAG words including 'Not started', a key line at the end.",
        "reads": "A DHR action plan exported to CSV: five numbered recommendations with eight actions "
                 "between them; actions carry no refs of their own and are read under their "
                 "recommendation, with lead agency, target date and RAG.",
        "outcome": "read",
        "title": title,
    }, acts)


# ============================ 7. Sefton corporate plan delivery plan (txt, refuse)
def make_sefton_refuse():
    name = "xi-sefton-council-corporate-plan-delivery-plan-2025-26-typo-month-refuse.txt"
    title = "Sefton Council Corporate Plan 2025-26 – Delivery Plan"
    lines = [
        title,
        "Quarter 2 performance report – position at 30 September 2025",
        "Report generated: 15/10/2025 08:47 (Performance Management System)",
        "",
        "\t".join(["Core Purpose priority", "Ref", "Action / milestone", "Lead officer", "Target date",
                   "Status", "Progress comment"]),
        "\t".join(["Protect the most vulnerable", "CP1.01",
                   "Open the third Family Hub in Bootle and publish the Start for Life offer.",
                   "Assistant Director – Early Help", "Sept 2025", "Complete",
                   "Hub opened 08/09/2025."]),
        "\t".join(["Protect the most vulnerable", "CP1.02",
                   "Reduce the number of children placed in unregistered provision to zero.",
                   "Executive Director – Children's Social Care", "March 2026", "Amber",
                   "Two children remain in unregistered placements; registration applications submitted."]),
        "\t".join(["Protect the most vulnerable", "CP1.03",
                   "Implement the new front door for Adult Social Care with partners.",
                   "Assistant Director – Adult Social Care / Head of Strategic Commissioning",
                   "31/12/2025", "Green", "Pilot in South Sefton from October."]),
        "\t".join(["Facilitate confident and resilient communities", "CP2.01",
                   "Deliver the Sefton Voluntary Sector Grant scheme round 2.",
                   "Service Manager – Communities", "Nov-25", "Green", "32 applications received."]),
        "\t".join(["Facilitate confident and resilient communities", "CP2.02",
                   "Adopt the refreshed Anti-Social Behaviour Strategy.",
                   "Head of Communities", "Q3 2025/26", "Green", "Consultation closed 30/09/2025."]),
        "\t".join(["Cleaner and greener", "CP3.01",
                   "Complete the Southport seafront coastal defence scheme (phase 2).",
                   "Head of Highways and Public Protection", "Mar-2O26", "Amber",
                   "Contractor programme slipped four weeks due to weather."]),
        "\t".join(["Cleaner and greener", "CP3.02",
                   "Roll out food waste collections to all households.",
                   "Service Manager – Cleansing", "March 2026", "Green",
                   "Caddies delivered to 62% of households."]),
        "\t".join(["Facilitate sustainable economic prosperity", "CP4.01",
                   "Submit the full business case for the Bootle Strand regeneration.",
                   "Head of Economic Growth and Housing", "January 2026", "Green", ""]),
        "\t".join(["Generate income for social reinvestment", "CP5.01",
                   "Deliver the 2025/26 commercial income target of £1.2m.",
                   "Executive Director – Corporate Resources", "March 2026", "Red",
                   "Forecast £0.9m at Q2."]),
        "",
        "Summary: Complete 1 | Green 5 | Amber 2 | Red 1 | Total 9",
    ]
    refuse_line = next(i + 1 for i, l in enumerate(lines) if "Mar-2O26" in l)
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")
    write_expected(name, {
        "source": "Imitates a tab-separated export of a council corporate plan delivery plan from a "
                  "performance management system (Sefton Council, Core Purpose priorities, Q2 2025/26); "
                  "no specific URL. Copied features: three title/report lines, a header row, the "
                  "priority repeated in the first column of every row, milestone refs, posts as leads "
                  "(two split by ' / '), month-style target dates, RAG words and 'Complete', progress "
                  "comments, a one-line summary at the end.",
        "reads": f"A quarterly delivery-plan export of nine milestones under Sefton's Core Purpose "
                 f"priorities. On line {refuse_line} (CP3.01, the Southport coastal defence scheme) the "
                 f"target date reads 'Mar-2O26' with a letter O in the year, a mistyped month a careful "
                 f"reader would query before importing.",
        "outcome": "refuse",
        "refuse_at": refuse_line,
        "title": title,
    })


if __name__ == "__main__":
    make_reading_jtai()
    make_halton_hwb()
    make_east_riding_fv()
    make_torbay_srr()
    make_dudley_ia()
    make_iow_dhr()
    make_sefton_refuse()
    print("built seven xi- cases in", OUT)
