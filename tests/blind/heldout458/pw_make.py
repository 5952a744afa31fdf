#!/usr/bin/env python
"""Builds the seven pw- blind cases (data files + expected readings) in this folder.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
The expected readings are written out explicitly per action below (lead lists,
end months, statuses decided by hand), not derived from the cell text.
"""
import csv
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "band": "DEEAF6",
}


def fill(name):
    c = FILL[name]
    return PatternFill(start_color=c, end_color=c, fill_type="solid")


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Dyfed-Powys PCC - Police and Crime Plan delivery plan (xlsx)
# ---------------------------------------------------------------------------
def make_dyfed_powys():
    name = "pw-dyfed-powys-pcc-police-and-crime-plan-delivery-plan-2025-26.xlsx"
    title = "Police and Crime Plan 2025–2029 Delivery Plan 2025/26"
    P1 = "Priority 1: Victims are supported"
    P2 = "Priority 2: Harm is prevented"
    P3 = "Priority 3: Our justice system is more effective"
    C1 = "We will make sure victims receive the service they are entitled to under the Victims’ Code."
    C2 = "We will improve support for victims of domestic abuse and sexual violence."
    C3 = "We will tackle rural and wildlife crime across our rural communities."
    C4 = "We will reduce the harm caused by drugs and exploitation."
    C5 = "We will work with partners in the Dyfed-Powys Local Criminal Justice Board to reduce delays."

    # (priority, commitment, ref, activity, lead cell, target cell, Q1 word, Q2 letter, update,
    #  expected lead, expected end, expected end_text, expected status)
    rows = [
        (P1, C1, "1.1",
         "Carry out quarterly compliance audits of Victims’ Code entitlements with the Force Victim Care Unit and report findings to the Policing Accountability Board.",
         "OPCC Head of Commissioning / Head of Victim Care Unit", "Quarterly", "Green", "G",
         "Q1 and Q2 audits complete. Compliance with the needs assessment entitlement rose from 71% to 84%.",
         ["OPCC Head of Commissioning", "Head of Victim Care Unit"], None, "Quarterly", "green"),
        (P1, C1, "1.2",
         "Recommission the Goleudy victim and witness service from April 2026, following market engagement.",
         "OPCC Head of Commissioning", "31/03/2026", "Green", "A",
         "Market engagement event held 9 September. Tender timetable has slipped by four weeks because of legal review of the specification.",
         ["OPCC Head of Commissioning"], "2026-03", None, "amber"),
        (P1, C2, "1.3",
         "Extend the Independent Domestic Violence Adviser (IDVA) presence in the Glangwili and Bronglais emergency departments to a five-day service.",
         "Director of Policy and Partnerships", "Q3 2025/26", "Amber", "G",
         "Hywel Dda UHB funding confirmed. Recruitment to the second post completed in August.",
         ["Director of Policy and Partnerships"], "2025-12", None, "green"),
        (P1, C2, "1.4",
         "Publish a joint OPCC and Force response to the HMICFRS VAWG inspection recommendations.",
         "Chief Executive, OPCC; Deputy Chief Constable", "Sept 2025", "Green", "B",
         "Response published on both websites on 26 September 2025.",
         ["Chief Executive, OPCC", "Deputy Chief Constable"], "2025-09", None, "blue"),
        (P2, C3, "2.1",
         "Recruit two additional Rural Crime Team officers for Powys and deploy them to the Brecon and Llandrindod Wells sectors.",
         "ACC Local Policing", "Dec 2025", "Green", "G",
         "Both officers selected; start dates agreed for November.",
         ["ACC Local Policing"], "2025-12", None, "green"),
        (P2, C3, "2.2",
         "Deliver the Farm Watch scheme roll-out to all four local authority areas.",
         "Rural Crime Co-ordinator", "March 2026", "Amber", "A",
         "Live in Powys and Ceredigion. Carmarthenshire and Pembrokeshire launch dependent on NFU Cymru volunteer co-ordinators.",
         ["Rural Crime Co-ordinator"], "2026-03", None, "amber"),
        (P2, C4, "2.3",
         "Commission an independent evaluation of the county lines diversion service for young people.",
         "OPCC Head of Commissioning & Superintendent, Serious and Organised Crime", "Jan 2026", "Green", "G",
         "Evaluation partner appointed (Swansea University). Interim findings due December.",
         ["OPCC Head of Commissioning", "Superintendent, Serious and Organised Crime"], "2026-01", None, "green"),
        (P2, C4, "2.4",
         "Roll out naloxone carriage to all response officers in Carmarthenshire and Pembrokeshire.",
         "ACC Local Policing", "Ongoing", "Green", "G",
         "412 officers trained to date. Three administrations reported in Q2.",
         ["ACC Local Policing"], None, "Ongoing", "green"),
        (P3, C5, "3.1",
         "Report court backlog and case file quality data to every Local Criminal Justice Board meeting.",
         "Chief Executive, OPCC", "Each LCJB meeting", "Green", "G",
         "Data reported to the July and September meetings.",
         ["Chief Executive, OPCC"], None, "Each LCJB meeting", "green"),
        (P3, C5, "3.2",
         "Review the out-of-court resolutions scrutiny panel terms of reference.\nPublish the panel’s annual report on the OPCC website.",
         "Head of Assurance and Compliance", "Nov 2025", "Amber", "R",
         "Delayed – panel chair vacancy. Recruitment advert closes 31 October.",
         ["Head of Assurance and Compliance"], "2025-11", None, "red"),
    ]

    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=16)
    cover["A2"] = "Office of the Police and Crime Commissioner for Dyfed-Powys"
    cover["A3"] = "Quarter 2 progress update (July – September 2025)"
    cover["A5"] = "Document control"
    cover["A5"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "04/04/2025", "Policy Officer", "Draft for Executive Team"),
          ("1.0", "22/04/2025", "Policy Officer", "Approved by the Commissioner"),
          ("1.2", "15/10/2025", "Policy Officer", "Q2 updates added for Policing Accountability Board")]
    for i, r in enumerate(dc):
        for j, v in enumerate(r):
            c = cover.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cover["A12"] = "RAG key"
    cover["A12"].font = Font(bold=True)
    key = [("B", "Complete", "blue"), ("G", "On track – will be delivered by the target date", "green"),
           ("A", "Some slippage – remedial action in place", "amber"),
           ("R", "Significant slippage – at risk of not being delivered", "red")]
    for i, (k, txt, col) in enumerate(key):
        a = cover.cell(row=13 + i, column=1, value=k)
        a.fill = fill(col)
        a.font = Font(bold=True, color="FFFFFF" if col in ("blue", "red", "green") else "000000")
        cover.cell(row=13 + i, column=2, value=txt)
    cover.column_dimensions["A"].width = 14
    cover.column_dimensions["B"].width = 55
    cover.column_dimensions["C"].width = 18
    cover.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = "Police and Crime Plan 2025–2029: Delivery Plan 2025/26 – Quarter 2 Progress Update"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    heads = ["Commitment", "Ref", "Key activity / milestone", "Lead", "Target date",
             "Previous RAG (Q1)", "Current RAG (Q2)", "Q2 progress update", "Evidence / link"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("head")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    cur_p = None
    cur_c = None
    c_start = None
    letter_col = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    word_col = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}

    def close_commitment(end_row):
        if c_start is not None and end_row > c_start:
            ws.merge_cells(start_row=c_start, start_column=1, end_row=end_row, end_column=1)

    for row in rows:
        p, cm, ref, activity, lead, target, q1, q2, upd = row[:9]
        if p != cur_p:
            close_commitment(r - 1)
            c_start = None
            cur_c = None
            cell = ws.cell(row=r, column=1, value=p)
            cell.font = Font(bold=True, size=12)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("band")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            cur_p = p
        if cm != cur_c:
            close_commitment(r - 1)
            ws.cell(row=r, column=1, value=cm)
            c_start = r
            cur_c = cm
        vals = [None, ref, activity, lead, target, q1, q2, upd, None]
        for j, v in enumerate(vals):
            cell = ws.cell(row=r, column=1 + j)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=r, column=6).fill = fill(word_col[q1])
        ws.cell(row=r, column=7).fill = fill(letter_col[q2])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    close_commitment(r - 1)
    r += 1
    ws.cell(row=r, column=1, value="Note: Force leads confirmed at the Policing Accountability Board, 14 October 2025. Next update (Q3) due to the Police and Crime Panel in January 2026.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    widths = [38, 7, 55, 32, 14, 11, 11, 55, 18]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w

    gl = wb.create_sheet("Glossary")
    gloss = [("Abbreviation", "Meaning"), ("ACC", "Assistant Chief Constable"),
             ("IDVA", "Independent Domestic Violence Adviser"),
             ("LCJB", "Local Criminal Justice Board"), ("OPCC", "Office of the Police and Crime Commissioner"),
             ("VAWG", "Violence against women and girls")]
    for i, (a, b) in enumerate(gloss):
        gl.cell(row=1 + i, column=1, value=a).font = Font(bold=(i == 0))
        gl.cell(row=1 + i, column=2, value=b).font = Font(bold=(i == 0))
    gl.column_dimensions["B"].width = 50
    wb.save(os.path.join(HERE, name))

    actions = [act(ref, [p, cm], a, lead_x, end_x, st, et)
               for (p, cm, ref, a, _l, _t, _q1, _q2, _u, lead_x, end_x, et, st) in rows]
    write_expected(name, {
        "source": ("Imitates the Dyfed-Powys Police and Crime Commissioner's annual delivery plan for the Police and Crime Plan "
                   "(priorities 'Victims are supported', 'Harm is prevented', 'Our justice system is more effective', as in "
                   "the Commissioner's published plan; dyfedpowys-pcc.org.uk), reported quarterly to the Policing Accountability "
                   "Board and Police and Crime Panel, 2025/26. Copied features: cover sheet with title block, document control "
                   "table and B/G/A/R key; delivery sheet with merged priority band rows, commitment text merged down column A "
                   "over its activities, previous (Q1) and current (Q2) RAG columns with fill colours (words in Q1, letters in Q2), "
                   "job titles as leads (two posts joined by '/', ';' or '&'), quarter and 'Ongoing' targets, a notes line, and a glossary sheet."),
        "reads": ("A quarterly progress workbook for the PCC's 2025/26 delivery plan: three priorities, each with one or two "
                  "commitments, and ten numbered activities with a lead, target date, Q1 and Q2 RAG and an update. The cover and "
                  "glossary sheets are not part of the plan; status is the current (Q2) RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Put text in a cell; '\n' in text becomes separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(parts[0])
    run.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph()
        rr = q.add_run(part)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 2. St Margaret of Scotland Hospice - HIS improvement action plan (docx)
# ---------------------------------------------------------------------------
def make_st_margaret():
    name = "pw-st-margaret-of-scotland-hospice-his-inspection-improvement-action-plan.docx"
    title = "Improvement Action Plan – St Margaret of Scotland Hospice"
    D5 = "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"
    D2 = "Domain 2 – Impact on people experiencing care, carers and families"
    D1 = "Domain 1 – Clear vision and purpose"
    R1 = ("Requirement 1: The provider must ensure that all controlled drug records are completed accurately and that "
          "stock balances are checked in line with the service’s medicines management policy (Regulation 3(d)(iv) of The "
          "Healthcare Improvement Scotland (Requirements as to Independent Health Care Services) Regulations 2011).")
    Ra = ("Recommendation a: The service should ensure that patient care plans are reviewed and updated following any "
          "change in a patient’s condition.")
    Rb = ("Recommendation b: The service should develop a formal approach to gathering and acting on feedback from "
          "carers and families.")
    Rc = ("Recommendation c: The service should ensure its quality improvement plan includes measurable outcomes and "
          "timescales.")

    # domain -> list of (requirement/recommendation, [actions])
    # action: (text, responsible cell, timescale cell, RAG cell, exp lead, exp end, exp end_text, exp status)
    plan = [
        (D5, [
            (R1, [
                ("Controlled drug register entries reviewed by the Lead Pharmacist and errors corrected with the nurses involved.",
                 "Lead Pharmacist", "March 2025", "Blue", ["Lead Pharmacist"], "2025-03", None, "blue"),
                ("Introduce a weekly controlled drug stock balance check signed by two registered nurses, with results reported to the Medicines Management Group.",
                 "Senior Charge Nurse (IPU)", "30 April 2025", "Green", ["Senior Charge Nurse (IPU)"], "2025-04", None, "green"),
                ("Deliver refresher training on controlled drug documentation to all inpatient unit registered nurses.",
                 "Practice Education Facilitator / Lead Pharmacist", "End of June 2025", "Green",
                 ["Practice Education Facilitator", "Lead Pharmacist"], "2025-06", None, "green"),
            ]),
            (Ra, [
                ("Revise the care plan review prompt in the electronic patient record so that a review is triggered by any change in the patient’s condition.",
                 "Clinical Systems Lead", "August 2025", "Amber", ["Clinical Systems Lead"], "2025-08", None, "amber"),
                ("Audit 10 care plans each month and feed back results at the ward safety huddle.",
                 "Senior Charge Nurse (IPU)", "Ongoing – monthly", "Green", ["Senior Charge Nurse (IPU)"], None, "Ongoing – monthly", "green"),
            ]),
        ]),
        (D2, [
            (Rb, [
                ("Launch a bereaved carers’ feedback survey, offered at the six-week bereavement follow-up call.",
                 "Head of Family Support", "31/05/2025", "Green", ["Head of Family Support"], "2025-05", None, "green"),
                ("Publish a ‘You said, we did’ summary in the day services area and on the hospice website every quarter.",
                 "Head of Family Support & Communications Manager", "Quarterly", "Not started",
                 ["Head of Family Support", "Communications Manager"], None, "Quarterly", "unrated"),
            ]),
        ]),
        (D1, [
            (Rc, [
                ("Rewrite the quality improvement plan with SMART outcome measures and present it to the Clinical Governance Committee.",
                 "Director of Care", "September 2025", "Green", ["Director of Care"], "2025-09", None, "green"),
            ]),
        ]),
    ]
    rag_fill = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – unannounced inspection of independent healthcare services, 11 and 12 February 2025")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Service name", "St Margaret of Scotland Hospice, Clydebank"),
            ("Service provider", "St Margaret of Scotland Hospice"),
            ("Date of inspection", "11–12 February 2025"),
            ("Date improvement action plan submitted", "7 April 2025 (updated 10 October 2025)")]):
        set_cell(info.cell(i, 0), a, bold=True)
        set_cell(info.cell(i, 1), b)
    doc.add_paragraph("")
    doc.add_paragraph("The actions below respond to the one requirement and three recommendations in the inspection report. "
                      "RAG status: Blue – complete; Green – on track; Amber – at risk of delay; Red – off track.")

    actions = []
    for dom, items in plan:
        nrows = 1 + sum(2 + len(acts) for _, acts in items)
        t = doc.add_table(rows=nrows, cols=4)
        t.style = "Table Grid"
        hdr = t.cell(0, 0).merge(t.cell(0, 3))
        set_cell(hdr, dom, bold=True)
        shade(hdr, "BDD7EE")
        for run in hdr.paragraphs[0].runs:
            run.font.color.rgb = None
        ri = 1
        for req, acts in items:
            rc = t.cell(ri, 0).merge(t.cell(ri, 3))
            set_cell(rc, req, bold=True)
            shade(rc, "DEEAF6")
            ri += 1
            for j, h in enumerate(["Action taken", "Responsible person", "Timescale for completion", "RAG status"]):
                set_cell(t.cell(ri, j), h, bold=True)
                shade(t.cell(ri, j), "D9D9D9")
            ri += 1
            for (text, resp, when, rag, elead, eend, eet, est) in acts:
                set_cell(t.cell(ri, 0), text)
                set_cell(t.cell(ri, 1), resp)
                set_cell(t.cell(ri, 2), when)
                set_cell(t.cell(ri, 3), rag)
                if rag in rag_fill:
                    shade(t.cell(ri, 3), rag_fill[rag])
                ri += 1
                actions.append(act(None, [dom, req], text, elead, eend, est, eet))
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off")
    so = doc.add_table(rows=3, cols=2)
    so.style = "Table Grid"
    for i, (a, b) in enumerate([("Name", "Chief Executive"), ("Signed on behalf of the provider", "[signed]"),
                                ("Date", "10 October 2025")]):
        set_cell(so.cell(i, 0), a, bold=True)
        set_cell(so.cell(i, 1), b)
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the improvement action plan an independent hospice in Scotland returns to Healthcare Improvement "
                   "Scotland after an independent healthcare inspection (HIS publishes these with the inspection report, "
                   "healthcareimprovementscotland.scot; St Margaret of Scotland Hospice, Clydebank, is registered with HIS), "
                   "2025. Copied features: HIS template of one Word table per quality framework domain with a merged domain "
                   "row, a merged row quoting each requirement / recommendation (with the regulation), then 'Action taken | "
                   "Responsible person | Timescale for completion' plus a RAG column the hospice added; service details "
                   "table at the top, RAG key in a paragraph and a sign-off table at the end."),
        "reads": ("An improvement action plan answering one requirement and three recommendations from a February 2025 HIS "
                  "inspection, grouped in three domain tables. Eight actions, none numbered, each with a responsible post, "
                  "timescale and RAG word; the service details and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 3. Dalriada School - ETI post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_dalriada():
    name = "pw-dalriada-school-eti-inspection-action-plan.docx"
    title = "Dalriada School – ETI Post-Inspection Action Plan 2025–2026"
    A1 = ("Area for improvement 1: Improve the consistency of assessment for learning practice in Key Stage 3, so that "
          "all pupils understand how to improve their work.")
    A2 = ("Area for improvement 2: Embed the use of data at departmental level to identify and support pupils who are "
          "underachieving.")
    A3 = ("Area for improvement 3: Ensure that all aspects of the school’s safeguarding arrangements reflect current "
          "Department of Education guidance.")
    # (ref, action, lead cell, timescale, success criteria, fill or None, exp lead, exp end, exp end_text, exp status)
    plan = [
        (A1, [
            ("1.1", "Agree a whole-school feedback policy with common success criteria and written feedback expectations.",
             "VP (Curriculum)", "Autumn term 2025", "Policy ratified by the Board of Governors; used in all KS3 departments.",
             "green", ["VP (Curriculum)"], "2025-12", None, "blue"),
            ("1.2", "Deliver INSET on questioning and peer assessment, followed by paired lesson observations in every department.",
             "Vice-Principal (Curriculum) / Teaching and Learning Co-ordinator", "Jan 2026",
             "Observation records show effective questioning in at least 80% of KS3 lessons.",
             "amber", ["Vice-Principal (Curriculum)", "Teaching and Learning Co-ordinator"], "2026-01", None, "amber"),
            ("1.3", "Sample pupils’ books each term through departmental book looks and report findings to the Senior Leadership Team.",
             "Heads of Department", "Termly", "Book look reports show pupils act on feedback.",
             "amber", ["Heads of Department"], None, "Termly", "amber"),
        ]),
        (A2, [
            ("2.1", "Train middle leaders in using SIMS assessment data and CAT4 scores to set pupil targets.",
             "Data Manager", "October 2025", "All Heads of Department set targets from CAT4 data.",
             "green", ["Data Manager"], "2025-10", None, "blue"),
            ("2.2", "Introduce an underachievement tracker reviewed at each half-termly departmental meeting.\nRecord the intervention agreed for each pupil identified.",
             "Heads of Department / Head of Year", "31/01/2026", "Tracker in use in every department; interventions logged.",
             "amber", ["Heads of Department", "Head of Year"], "2026-01", None, "amber"),
            ("2.3", "Report the impact of interventions on pupils’ GCSE outcomes to the Board of Governors.",
             "Principal", "September 2026", "Governors’ minutes record the report and its challenge.",
             "red", ["Principal"], "2026-09", None, "red"),
        ]),
        (A3, [
            ("3.1", "Update the Child Protection and Safeguarding Policy in line with current DE circulars and have it ratified by the Board of Governors.",
             "Designated Teacher for Child Protection", "May 2025", "Ratified policy published on the school website.",
             "green", ["Designated Teacher for Child Protection"], "2025-05", None, "blue"),
            ("3.2", "Provide safeguarding refresher training for all teaching and non-teaching staff, including the school’s online safety procedures.",
             "Designated Teacher for Child Protection; Deputy Designated Teacher", "Aug 2025",
             "Attendance records show 100% of staff trained.",
             "green", ["Designated Teacher for Child Protection", "Deputy Designated Teacher"], "2025-08", None, "blue"),
            ("3.3", "Carry out a pupil voice survey on feeling safe in school and share the findings with the Pastoral Care Committee.",
             "Head of Pastoral Care", "End of May 2026", "Survey completed by all year groups; actions agreed.",
             None, ["Head of Pastoral Care"], "2026-05", None, "unrated"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    h = doc.add_heading(title, level=1)
    doc.add_paragraph("Dalriada School, Ballymoney, County Antrim")
    doc.add_paragraph("Inspection by the Education and Training Inspectorate: March 2025. "
                      "Action plan agreed by the Board of Governors on 17 June 2025; progress reviewed 8 October 2025.")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("Green – completed; Amber – in progress; Red – not on track. A blank cell means the action has not yet started.")

    actions = []
    for afi, acts in plan:
        ph = doc.add_paragraph()
        ph.add_run(afi).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, hd in enumerate(["No.", "Actions", "Person(s) responsible", "Timescale", "Success criteria", "Progress"]):
            set_cell(t.cell(0, j), hd, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, (ref, text, lead, when, sc, col, elead, eend, eet, est) in enumerate(acts, start=1):
            set_cell(t.cell(i, 0), ref)
            set_cell(t.cell(i, 1), text)
            set_cell(t.cell(i, 2), lead)
            set_cell(t.cell(i, 3), when)
            set_cell(t.cell(i, 4), sc)
            t.cell(i, 5).text = ""
            if col:
                shade(t.cell(i, 5), FILL[col])
            actions.append(act(ref, [afi], text, elead, eend, est, eet))
        doc.add_paragraph("")
    doc.add_paragraph("Notes: the action plan will be monitored by the Senior Leadership Team each half-term and reported to "
                      "the Board of Governors termly. The ETI District Inspector will monitor progress ahead of the follow-up inspection.")
    doc.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates the action plan a Northern Ireland post-primary school's Board of Governors draws up after an ETI "
                   "inspection identifies areas for improvement (ETI 'inspection outcome and what happens next', "
                   "etini.gov.uk: the school addresses the areas for improvement before a follow-up inspection), 2025–26. "
                   "Copied features: school title block, a bold paragraph quoting each area for improvement above its own "
                   "table, columns No. | Actions | Person(s) responsible | Timescale | Success criteria | Progress, staff posts "
                   "as leads, school-term and 'Termly' timescales, a progress column coloured by cell shading only, with a "
                   "key where Green means completed (no blue), and a closing notes paragraph."),
        "reads": ("A school's post-inspection action plan: three areas for improvement from the ETI report, each followed by a "
                  "table of three numbered actions. Progress is shown only by cell colour, read through the document's key "
                  "(green = completed, so blue); one progress cell is blank (not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 4. South Wales Fire and Rescue Service - strategic risk register (csv)
# ---------------------------------------------------------------------------
def make_swfrs():
    name = "pw-south-wales-fire-rescue-service-strategic-risk-register-2025-26.csv"
    title = "South Wales Fire and Rescue Service – Strategic Risk Register 2025/26"
    S1 = "SR01 – Failure to deliver the cultural change required following the Independent Culture Review"
    S2 = "SR02 – Insufficient funding to maintain current service levels over the medium term"
    S3 = "SR03 – Loss of mobilising capability through ICT failure or cyber attack at the Joint Public Service Centre"
    S4 = "SR04 – Failure to maintain the operational competence and availability of on-call firefighters"
    S5 = "SR05 – Inability to recruit and retain a workforce that reflects our communities"
    risks = {
        S1: ("Chief Fire Officer", "20", "16", "8"),
        S2: ("Treasurer", "20", "15", "10"),
        S3: ("ACFO Technical Services", "20", "12", "8"),
        S4: ("ACFO Service Delivery", "16", "12", "6"),
        S5: ("ACO People Services", "12", "9", "6"),
    }
    # (risk, ref, action, owner cell, target cell, RAG, note, exp lead, exp end, exp end_text, exp status)
    rows = [
        (S1, "SR01a", "Deliver the Independent Culture Review recommendations action plan and report progress monthly to the Commissioners.",
         "Deputy Chief Fire Officer", "31/03/2026", "G", "41 of 55 recommendations closed; assurance reviews under way.",
         ["Deputy Chief Fire Officer"], "2026-03", None, "green"),
        (S1, "SR01b", "Embed the confidential reporting line and independent case review panel.\nPublish quarterly anonymised outcome data to staff.",
         "ACO People Services / Head of Professional Standards", "Q4 2025/26", "A",
         "Panel in place. First data release delayed pending DPIA sign-off.",
         ["ACO People Services", "Head of Professional Standards"], "2026-03", None, "amber"),
        (S2, "SR02a", "Update the Medium Term Financial Strategy for 2026/27 to 2030/31 and present it to the Commissioners.",
         "Treasurer", "February 2026", "G", "Draft assumptions shared with constituent authorities.",
         ["Treasurer"], "2026-02", None, "green"),
        (S2, "SR02b", "Identify £1.2m of recurrent efficiency savings through the service review programme.",
         "Head of Finance and Procurement", "31/03/2026", "A", "£0.7m identified to date; fleet and estates reviews outstanding.",
         ["Head of Finance and Procurement"], "2026-03", None, "amber"),
        (S3, "SR03a", "Complete Cyber Essentials Plus reaccreditation.",
         "Head of ICT", "30/11/2025", "B", "Certificate issued 14 November 2025.",
         ["Head of ICT"], "2025-11", None, "blue"),
        (S3, "SR03b", "Test the business continuity fallback for the Joint Public Service Centre with South Wales Police.",
         "Head of Control", "Jan-26", "G", "Live exercise booked for 21 January.",
         ["Head of Control"], "2026-01", None, "green"),
        (S4, "SR04a", "Introduce the revised on-call training framework and competence recording system.",
         "ACFO Service Delivery", "Ongoing", "G", "Phase 1 stations live; phase 2 from January.",
         ["ACFO Service Delivery"], None, "Ongoing", "green"),
        (S4, "SR04b", "Review on-call availability at the 10 lowest-availability stations and propose crewing changes.",
         "Area Manager, Operations", "Jun-26", "R", "Review not started – project lead on long-term absence.",
         ["Area Manager, Operations"], "2026-06", None, "red"),
        (S5, "SR05a", "Launch a positive action recruitment campaign for wholetime firefighters aimed at under-represented groups.",
         "Head of Human Resources", "Sept 2025", "B", "Campaign ran 1–26 September; 38% of applicants from target groups.",
         ["Head of Human Resources"], "2025-09", None, "blue"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title])
    w.writerow(["Reported to the Commissioners' Finance, Audit and Performance Management meeting – 8 December 2025"])
    w.writerow([])
    w.writerow(["Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Action ref",
                "Further action required", "Action owner", "Target date", "Action RAG", "Progress note"])
    seen = set()
    for (risk, ref, a, owner, target, rag, note, *_rest) in rows:
        if risk not in seen:
            ro, inh, cur, tgt = risks[risk]
            w.writerow([risk, ro, inh, cur, tgt, ref, a, owner, target, rag, note])
            seen.add(risk)
        else:
            w.writerow(["", "", "", "", "", ref, a, owner, target, rag, note])
    w.writerow([])
    w.writerow(["Summary of current risk scores"])
    w.writerow(["Red (15-25)", "2"])
    w.writerow(["Amber (8-12)", "3"])
    w.writerow(["Green (1-6)", "0"])
    w.writerow([])
    w.writerow(["Scores are likelihood x impact (1-5 each). Action RAG: B = Complete, G = On track, A = At risk of slipping, R = Overdue / off track."])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    actions = [act(ref, [risk], a, el, ee, es, eet)
               for (risk, ref, a, _o, _t, _r, _n, el, ee, eet, es) in rows]
    write_expected(name, {
        "source": ("Imitates a Welsh fire and rescue service's strategic risk register as exported to CSV for its governance "
                   "meeting (South Wales FRS is run by Welsh Government-appointed commissioners since 2024 after the "
                   "Independent Culture Review; HMICFRS inspection published May 2025), 2025/26. Copied features: title and "
                   "'reported to' lines, one row per further action with the risk's columns (risk, owner, inherent/current/"
                   "target scores) filled only on the risk's first action, action refs SR01a..., job titles as owners, a "
                   "quoted multi-line action cell, B/G/A/R action letters, a score summary block and key line at the end."),
        "reads": ("A strategic risk register with five risks, each carrying one or two further actions (nine in all) with an "
                  "owner, target date and an action RAG letter. The actions sit under the risk named on the first row of "
                  "their group; the score summary and key at the foot are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 5. South Lanarkshire Council - internal audit follow-up (txt, tab separated)
# ---------------------------------------------------------------------------
def make_south_lanarkshire():
    name = "pw-south-lanarkshire-council-internal-audit-recommendations-follow-up.txt"
    title = "South Lanarkshire Council – Internal Audit Actions Follow-up Position as at 30 September 2025"
    FCR = "Finance and Corporate Resources"
    HTR = "Housing and Technical Resources"
    SWR = "Social Work Resources"
    EDR = "Education Resources"
    AU1 = "Payroll – overtime and additional hours (IA1/2425)"
    AU2 = "Cyber security – patch management (IA4/2425)"
    AU3 = "Void property management (IA9/2425)"
    AU4 = "Gas safety compliance (IA11/2425)"
    AU5 = "Self-directed support – direct payments (IA14/2425)"
    AU6 = "School fund accounts (IA17/2425)"
    # (resource, audit, ref, action, priority, officer cell, original, revised, status, comment,
    #  exp lead, exp end, exp status)
    rows = [
        (FCR, AU1, "R1", "Introduce a monthly exception report of overtime claims above 20 hours per week for review by service managers.",
         "High", "Head of Personnel Services", "31/03/2025", "30/11/2025", "Green - On track",
         "Report built; first monthly run scheduled for October.", ["Head of Personnel Services"], "2025-11", "green"),
        (FCR, AU1, "R2", "Remind all authorising officers that overtime must be approved in writing before it is worked.",
         "Medium", "Head of Personnel Services", "31/01/2025", "", "Blue - Complete",
         "Reminder issued by the Executive Director on 20 January 2025.", ["Head of Personnel Services"], "2025-01", "blue"),
        (FCR, AU2, "R1", "Define target timescales for applying critical and high-risk security patches and report compliance monthly.",
         "High", "Head of IT Services", "30/06/2025", "31/12/2025", "Amber - Minor slippage",
         "Timescales agreed. Reporting tool procurement delayed.", ["Head of IT Services"], "2025-12", "amber"),
        (FCR, AU2, "R3", "Remove unsupported server operating systems from the network or record an approved exception for each.",
         "High", "Head of IT Services", "31/03/2025", "31/03/2026", "Red - Significant slippage",
         "14 servers remain; dependent on replacement of the legacy revenues system.", ["Head of IT Services"], "2026-03", "red"),
        (HTR, AU3, "R1", "Agree a void standard with target turnaround times by void category and publish it to staff.",
         "Medium", "Head of Housing Services / Property Services Manager", "30/09/2025", "", "Blue - Complete",
         "Void standard published on the intranet in September.", ["Head of Housing Services", "Property Services Manager"], "2025-09", "blue"),
        (HTR, AU3, "R2", "Reconcile the void rent loss figures in the housing system to the ledger each quarter.",
         "Medium", "Head of Housing Services", "31/12/2025", "", "Green - On track",
         "Q1 reconciliation complete.", ["Head of Housing Services"], "2025-12", "green"),
        (HTR, AU4, "R1", "Refer properties where access has not been obtained within 10 days of the gas safety certificate expiry to Legal Services for forced access.",
         "High", "Property Services Manager", "31/07/2025", "", "Blue - Complete",
         "Escalation procedure in place from 1 July 2025.", ["Property Services Manager"], "2025-07", "blue"),
        (SWR, AU5, "R1", "Carry out annual financial monitoring of all direct payment recipients, prioritising those with surplus balances over £5,000.",
         "High", "Head of Adult and Older People’s Services", "31/03/2025", "31/03/2026", "Amber - Minor slippage",
         "62% of recipients monitored; additional finance officer in post from October.", ["Head of Adult and Older People’s Services"], "2026-03", "amber"),
        (SWR, AU5, "R4", "Update the Direct Payments Guidance for service users to explain what records must be kept.\nIssue the revised guidance to all current recipients.",
         "Medium", "Service Manager (SDS)", "31/12/2025", "", "Green - On track",
         "Draft with Carers Network for comment.", ["Service Manager (SDS)"], "2025-12", "green"),
        (EDR, AU6, "R2", "Require all head teachers to submit annual school fund statements, independently examined, by 30 September each year.",
         "Medium", "Head of Education (Operations)", "30/09/2025", "", "Blue - Complete",
         "Instruction issued in the head teachers’ bulletin, May 2025.", ["Head of Education (Operations)"], "2025-09", "blue"),
        (EDR, AU6, "R3", "Deliver school fund training for school administrators in each learning community.",
         "Low", "Finance Adviser (Education) and Head of Education (Operations)", "Mar-26", "", "Green - On track",
         "Sessions booked for February.", ["Finance Adviser (Education)", "Head of Education (Operations)"], "2026-03", "green"),
    ]
    L = []
    L.append(title)
    L.append("Risk and Audit Scrutiny Committee – 26 November 2025 – Appendix 2")
    L.append("Agreed actions from 2024/25 internal audit assignments that were open at 1 April 2025. Dates are as agreed with management; a revised date is shown where the Executive Director has approved an extension.")
    L.append("")
    L.append("\t".join(["Audit assignment", "Rec", "Agreed action", "Priority", "Responsible officer",
                        "Original date", "Revised date", "Status", "Comment"]))
    cur_res = None
    cur_au = None
    for (res, au, ref, a, pri, off, orig, rev, stt, com, *_x) in rows:
        if res != cur_res:
            L.append("")
            L.append(res.upper())
            cur_res = res
            cur_au = None
        first, *cont = a.split("\n")
        L.append("\t".join([au if au != cur_au else "", ref, first, pri, off, orig, rev, stt, com]))
        for c in cont:
            L.append("\t".join(["", "", c, "", "", "", "", "", ""]))
        cur_au = au
    L.append("")
    L.append("Summary\tActions\tComplete\tOn track\tMinor slippage\tSignificant slippage")
    L.append("All resources\t11\t4\t4\t2\t1")
    L.append("")
    L.append("Status key: Blue - Complete; Green - On track; Amber - Minor slippage (revised date approved); Red - Significant slippage (escalated to CMT).")
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    actions = [act(ref, [res.upper(), au], a, el, ee, es)
               for (res, au, ref, a, _p, _o, _or, _rv, _s, _c, el, ee, es) in rows]
    write_expected(name, {
        "source": ("Imitates a Scottish council's internal audit follow-up appendix for its Risk and Audit Scrutiny Committee "
                   "(South Lanarkshire Council reports progress on agreed internal audit actions to that committee; cf. "
                   "similar follow-up reports by Scottish councils' audit and scrutiny committees), 2025. Copied features: "
                   "plain tab-separated text export with title, committee and explanatory lines, resource section lines in "
                   "capitals, the audit assignment named only on its first action row (blank below), recommendation numbers "
                   "as refs, original and revised date columns, 'Colour - words' status, a continuation line carrying the "
                   "second sentence of one action, and a summary block and status key at the end."),
        "reads": ("An internal audit follow-up table of eleven agreed actions from six 2024/25 audits, grouped by council "
                  "resource and then by audit. Each action has a responsible officer, an original and sometimes a revised "
                  "date (the revised one is the due month) and a colour status; the summary and key lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 6. Fermanagh and Omagh DC - performance improvement plan (xlsx)
# ---------------------------------------------------------------------------
def make_fermanagh_omagh():
    name = "pw-fermanagh-omagh-dc-performance-improvement-plan-2025-26.xlsx"
    title = "Fermanagh and Omagh District Council – Performance Improvement Plan 2025–26: Mid-Year Progress Report"
    IO = {
        1: ("Improvement Objective 1: We will prioritise the Council progressing towards Net Zero",
            "Sustainability; Efficiency; Innovation"),
        2: ("Improvement Objective 2: We will work in partnership to tackle disadvantage to ensure our people have access to opportunities",
            "Fairness; Service availability"),
        3: ("Improvement Objective 3: We will work in partnership to achieve a more inclusive economy and to promote shared prosperity across our district",
            "Strategic effectiveness; Fairness"),
        4: ("Improvement Objective 4: We will seek to innovate and advance our governance and digital capabilities to improve the quality of our services and the effectiveness and efficiency of the Council",
            "Service quality; Efficiency; Innovation"),
    }
    # io -> list of (ref, action, lead cell, measure, timescale, fill, update, exp lead, exp end, exp end_text, exp status)
    plan = {
        1: [
            ("1.1", "Install solar PV at Omagh Leisure Complex and the Fermanagh Lakeland Forum.",
             "Head of Estates / Energy Manager", "Two installations commissioned", "Mar 2026", "green",
             "Contractor appointed; Omagh installation on site from November.", ["Head of Estates", "Energy Manager"], "2026-03", None, "green"),
            ("1.2", "Replace 20 fleet vehicles with electric or hybrid alternatives.",
             "Fleet Manager", "20 vehicles replaced", "Q4 2025/26", "amber",
             "8 delivered. Lead times for refuse collection vehicles have extended.", ["Fleet Manager"], "2026-03", None, "amber"),
            ("1.3", "Complete the Council’s Climate Change Adaptation Plan and bring it to the Environmental Services Committee for approval.",
             "Climate Change and Sustainable Development Manager", "Plan approved", "Sept 2025", "blue",
             "Approved by the Environmental Services Committee, 9 September 2025.", ["Climate Change and Sustainable Development Manager"], "2025-09", None, "blue"),
        ],
        2: [
            ("2.1", "Deliver the Warm, Well and Connected programme to 300 households at risk of fuel poverty.",
             "Director of Community, Health and Leisure", "300 households supported", "Apr 2025 – Mar 2026", "green",
             "164 households supported to 30 September.", ["Director of Community, Health and Leisure"], "2026-03", "Apr 2025 – Mar 2026", "green"),
            ("2.2", "Extend the Council’s Community Support Hub outreach to the Lisnaskea and Irvinestown areas.",
             "Head of Community Services", "Two outreach sessions per month in each area", "Dec 2025", "green",
             "Lisnaskea sessions running; Irvinestown venue agreed.", ["Head of Community Services"], "2025-12", None, "green"),
            ("2.3", "Provide employability support to 150 economically inactive residents through the Labour Market Partnership.",
             "Labour Market Partnership Manager", "150 participants; 40 into work", "Mar 2026", "amber",
             "61 participants; referrals from GP practices lower than planned.", ["Labour Market Partnership Manager"], "2026-03", None, "amber"),
        ],
        3: [
            ("3.1", "Launch the Fermanagh and Omagh Business Start-Up Grant scheme.",
             "Head of Economic Development", "Scheme open; 40 grants awarded", "Oct 2025", "blue",
             "Scheme launched 1 October 2025.", ["Head of Economic Development"], "2025-10", None, "blue"),
            ("3.2", "Progress the Enniskillen public realm scheme to full business case stage.",
             "Director of Regeneration and Planning", "Full business case approved", "Mar 2026", "red",
             "Funding gap of £1.1m identified; options report to Regeneration and Community Committee in November.", ["Director of Regeneration and Planning"], "2026-03", None, "red"),
            ("3.3", "Deliver the Mid South West Growth Deal tourism project milestones for the Marble Arch Caves UNESCO Global Geopark.",
             "Head of Tourism / Geopark Manager", "Milestones met as per Growth Deal plan", "Ongoing", "green",
             "Outline business case submitted to the Growth Deal Board.", ["Head of Tourism", "Geopark Manager"], None, "Ongoing", "green"),
        ],
        4: [
            ("4.1", "Launch an online customer portal for bulky waste collection and dog licence applications.",
             "Head of ICT and Digital Services", "Portal live; 50% of requests made online", "Nov 2025", "amber",
             "Payment integration testing has taken longer than planned.", ["Head of ICT and Digital Services"], "2025-11", None, "amber"),
            ("4.2", "Implement a new performance management system across all directorates.",
             "Performance Improvement Officer", "System in use in all directorates", "31/03/2026", "green",
             "System configured; training for directorate leads in January.", ["Performance Improvement Officer"], "2026-03", None, "green"),
            ("4.3", "Review the Council’s Records Management Policy and retention schedule.",
             "Information Governance Manager", "Revised policy adopted", "June 2025", "blue",
             "Adopted by the Policy and Resources Committee in June 2025.", ["Information Governance Manager"], "2025-06", None, "blue"),
        ],
    }
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Performance Improvement Plan Year 2: Continuous Improvement 2024–2028 (Part 12, Local Government Act (Northern Ireland) 2014)"
    sm["A3"] = "Position at 30 September 2025 – reported to the Policy and Resources Committee"
    heads = ["Improvement objective", "Actions", "Blue", "Green", "Amber", "Red"]
    for j, h in enumerate(heads):
        c = sm.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0, 0, 0, 0, 0]
    for i in range(1, 5):
        cnt = {k: 0 for k in ("blue", "green", "amber", "red")}
        for a in plan[i]:
            cnt[a[5]] += 1
        vals = [f"IO{i}", len(plan[i]), cnt["blue"], cnt["green"], cnt["amber"], cnt["red"]]
        for j, v in enumerate(vals):
            sm.cell(row=5 + i, column=1 + j, value=v).border = BOX
        for k, v in enumerate(vals[1:]):
            tot[k] += v
    for j, v in enumerate(["Total"] + tot):
        c = sm.cell(row=10, column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm["A12"] = "RAG key"
    sm["A12"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Completed"), ("green", "On target"),
                                    ("amber", "Some slippage"), ("red", "Significantly off target")]):
        sm.cell(row=13 + i, column=1).fill = fill(col)
        sm.cell(row=13 + i, column=2, value=txt)
    sm.column_dimensions["A"].width = 30
    sm.column_dimensions["B"].width = 22

    actions = []
    for i in range(1, 5):
        io_text, aspects = IO[i]
        ws = wb.create_sheet(f"IO{i}")
        ws["A1"] = "Performance Improvement Plan 2025–26 – Mid-Year Progress"
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = io_text
        ws["A2"].font = Font(bold=True, size=12, color="1F3864")
        ws.merge_cells("A2:G2")
        ws["A2"].alignment = Alignment(wrap_text=True)
        ws.row_dimensions[2].height = 32
        ws["A3"] = "Statutory aspects of improvement: " + aspects
        ws["A3"].font = Font(italic=True)
        hd = ["Action No.", "Action", "Lead Officer", "Measure / target", "Timescale", "RAG", "Mid-year progress update"]
        for j, h in enumerate(hd):
            c = ws.cell(row=5, column=1 + j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("head")
            c.border = BOX
            c.alignment = WRAP
        for k, (ref, a, lead, meas, when, col, upd, el, ee, eet, es) in enumerate(plan[i]):
            r = 6 + k
            for j, v in enumerate([ref, a, lead, meas, when, None, upd]):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=6).fill = fill(col)
            actions.append(act(ref, [io_text], a, el, ee, es, eet))
        for j, wdt in enumerate([10, 55, 30, 28, 18, 8, 55]):
            ws.column_dimensions[chr(65 + j)].width = wdt
    wb.save(os.path.join(HERE, name))

    write_expected(name, {
        "source": ("Imitates Fermanagh and Omagh District Council's Performance Improvement Plan Year 2 (2025–26), whose four "
                   "improvement objectives (Net Zero; tackling disadvantage; inclusive economy; governance and digital) are "
                   "published at fermanaghomagh.com/your-council/policies/performance-and-improvement, as a mid-year progress "
                   "workbook. Copied features: summary sheet with title block and a per-objective count/totals table and RAG "
                   "key; one sheet per improvement objective with its objective heading, a statutory-aspects line, numbered "
                   "actions, lead officers (job titles, some '/'-joined pairs), measures, timescales including a quarter, a "
                   "period and 'Ongoing', and a RAG column shown only by fill colour."),
        "reads": ("A council's performance improvement plan progress report: four improvement objectives on four sheets, "
                  "three actions each, with lead, measure, timescale, an unlabelled colour-filled RAG cell and an update. The "
                  "summary sheet's counts and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ---------------------------------------------------------------------------
# 7. NHS Borders - Board action tracker, refuse (typo month) (xlsx)
# ---------------------------------------------------------------------------
def make_borders():
    name = "pw-nhs-borders-board-action-tracker-typo-month-refuse.xlsx"
    title = "Borders NHS Board – Action Tracker"
    meetings = [
        ("Meeting held on 3 April 2025", [
            ("6", "2025-4", "Minute 6.3", "Circulate the revised Board Assurance Framework to non-executive members ahead of the development session.",
             "Board Secretary", "June 2025", "Completed", "Circulated 28 May 2025."),
            ("9", "2025-5", "Minute 9.2", "Bring an options appraisal for the Borders General Hospital theatre refurbishment to a future Board.",
             "Director of Planning & Performance", "August 2025", "Completed", "On Board agenda 7 August 2025."),
        ]),
        ("Meeting held on 5 June 2025", [
            ("5", "2025-8", "Minute 5.4", "Provide a breakdown of supplementary staffing spend by ward and staff group.",
             "Director of Finance / Director of Nursing, Midwifery & AHPs", "Setpember 2025", "In progress",
             "Ward level data available; staff group split awaited from payroll."),
            ("8", "2025-9", "Minute 8.1", "Arrange a Board development session on the Whole System Recovery Plan.",
             "Chief Executive", "October 2025", "Completed", "Session held 16 October 2025."),
            ("11", "2025-10", "Minute 11.6", "Publish the Annual Delivery Plan 2025/26 on the NHS Borders website once approved by Scottish Government.",
             "Director of Planning & Performance", "December 2025", "Not started", "Awaiting Scottish Government feedback letter."),
        ]),
        ("Meeting held on 2 October 2025", [
            ("4", "2025-12", "Minute 4.2", "Report on the impact of the delayed discharge task group to the Resources and Performance Committee.",
             "Chief Officer, Health and Social Care Integration", "January 2026", "In progress", ""),
            ("7", "2025-13", "Minute 7.5", "Review the whistleblowing standards quarterly report format with the Whistleblowing Champion.",
             "Director of Workforce", "Ongoing", "In progress", "Format agreed for Q3 report."),
            ("10", "2025-14", "Minute 10.1", "Confirm the timetable for the consultation on community hospital bed modelling.",
             "Director of Planning & Performance", "February 2026", "Not started", ""),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Tracker"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Public Board – actions arising from previous meetings. Updated for the meeting on 4 December 2025."
    heads = ["Agenda Item", "Action Number", "Reference in Minutes", "Action",
             "Action to be carried out by:", "Timescale", "Progress (Completed, In progress, Not started):", "Update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("grey")
        c.border = BOX
        c.alignment = WRAP
    prog_fill = {"Completed": "green", "In progress": "amber"}
    r = 5
    typo_row = None
    for mt, acts in meetings:
        c = ws.cell(row=r, column=1, value=mt)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("band")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in acts:
            for j, v in enumerate(a):
                cell = ws.cell(row=r, column=1 + j, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            if a[6] in prog_fill:
                ws.cell(row=r, column=7).fill = fill(prog_fill[a[6]])
            if a[5] == "Setpember 2025":
                typo_row = r
            r += 1
    for j, wdt in enumerate([9, 10, 12, 55, 32, 16, 18, 45]):
        ws.column_dimensions[chr(65 + j)].width = wdt
    wb.save(os.path.join(HERE, name))
    assert typo_row is not None

    write_expected(name, {
        "source": ("Imitates the Action Tracker appended to Borders NHS Board public meeting papers (nhsborders.scot.nhs.uk, "
                   "board papers), 2025. Copied features: title and 'updated for the meeting on' line, a merged band row per "
                   "'Meeting held on ...', columns Agenda Item | Action Number | Reference in Minutes | Action | Action to be "
                   "carried out by: | Progress (Completed, In progress, Not started):, with a Timescale and Update column, "
                   "executive posts as leads and fill colour on the progress cells."),
        "reads": ("A board action log of eight actions from three meetings. One timescale cell reads 'Setpember 2025' – a "
                  "mistyped month – so a careful reader stops and asks what the due month is before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return typo_row


if __name__ == "__main__":
    make_dyfed_powys()
    make_st_margaret()
    make_dalriada()
    make_swfrs()
    make_south_lanarkshire()
    make_fermanagh_omagh()
    row = make_borders()
    print("built 7 cases; Borders typo on sheet row", row)
