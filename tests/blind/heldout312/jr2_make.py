"""Build the seven jr2- blind test files (set heldout312) and their expected readings.

Run with /work/main/.venv/bin/python jr2_make.py  (needs openpyxl, python-docx, pyyaml).
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

FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
        "grey": "D9D9D9", "head": "1F4E79", "theme": "DDEBF7"}


class Q(str):
    """A string written double-quoted in the YAML (refs and YYYY-MM months)."""


yaml.SafeDumper.add_representer(Q, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def write_expected(name, doc):
    """Write NAME.expected.yaml with keys in the FORMAT.md order."""
    order = ["source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"]
    out = {k: doc[k] for k in order if k in doc}
    if "actions" in out:
        acts = []
        for a in out["actions"]:
            d = {"ref": Q(a["ref"]) if a["ref"] is not None else None, "under": a["under"],
                 "action": a["action"], "lead": a["lead"],
                 "end": Q(a["end"]) if a["end"] is not None else None}
            if a.get("end_text") is not None:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        out["actions"] = acts
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    return {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end,
            "end_text": end_text, "status": status}


# ----------------------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    """Put text in a cell; '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)
        if white:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def header_row(table, labels):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True, white=True)
        shade(c, FILL["head"])


# ============================================================================ 1. SAR (docx)
def make_sar():
    name = "jr2-south-gloucestershire-sab-sar-ms-d-action-plan.docx"
    title = "Safeguarding Adults Review – Ms D: Multi-agency Action Plan"
    recs = [
        ("Recommendation 1 – Self-neglect and hoarding",
         "South Gloucestershire SAB should seek assurance that partner agencies apply the multi-agency "
         "self-neglect guidance, including escalation to a multi-agency risk management meeting where a "
         "person repeatedly declines support.",
         [
             ("1.1", "Relaunch the self-neglect guidance through a 7-minute briefing and practitioner webinars.",
              "SAB Business Manager", "March 2025",
              "Briefing published 10/02/2025.\nTwo webinars held (March 2025) – 118 attendees from 14 agencies.",
              "Blue", ["SAB Business Manager"], "2025-03", None, "blue"),
             ("1.2", "Audit 20 self-neglect cases closed in the last 12 months to test whether the guidance and "
                     "escalation route were used.",
              "Head of Quality and Practice (ASC)", "30/06/2025",
              "Audit tool agreed by QA Subgroup. 11 of 20 cases audited; completion delayed by audit team vacancy.",
              "Amber", ["Head of Quality and Practice (ASC)"], "2025-06", None, "amber"),
         ]),
        ("Recommendation 2 – Mental capacity and executive functioning",
         "All agencies should ensure that mental capacity assessments for people who self-neglect consider "
         "executive functioning and are revisited when the person's presentation changes.",
         [
             ("2.1", "Deliver MCA and executive functioning training to ASC, Sirona and primary care practitioners, "
                     "with a pre- and post-training confidence survey.",
              "Principal Social Worker / Sirona Named Professional for Safeguarding Adults", "Sept 2025",
              "Training commissioned; first cohort booked for June 2025.",
              "Green", ["Principal Social Worker", "Sirona Named Professional for Safeguarding Adults"],
              "2025-09", None, "green"),
             ("2.2", "Add a prompt on executive functioning to the ASC and Sirona capacity assessment templates.",
              "ASC Systems Lead & Sirona Clinical Systems Manager", "April 2025",
              "Prompt live on both systems from 1 April 2025.",
              "Blue", ["ASC Systems Lead", "Sirona Clinical Systems Manager"], "2025-04", None, "blue"),
             ("2.3", "Include MCA quality in the SAB multi-agency case file audit programme for 2025/26.",
              "SAB Quality Assurance Subgroup Chair", "Q4 2025/26",
              "Added to the 2025/26 audit schedule (audit planned for January 2026).",
              "Green", ["SAB Quality Assurance Subgroup Chair"], "2026-03", "Q4 2025/26", "green"),
         ]),
        ("Recommendation 3 – Information sharing with housing providers",
         "The SAB should seek assurance that registered housing providers are included in multi-agency "
         "meetings and that concerns about property condition are shared with ASC and Avon Fire and Rescue "
         "Service.",
         [
             ("3.1", "Agree an information-sharing pathway between registered housing providers, ASC and Avon Fire "
                     "and Rescue Service for residents at high fire risk.",
              "Head of Housing; AF&RS Prevention Manager", "31 July 2025",
              "Draft pathway discussed at Housing Providers Forum (May 2025). Data sharing agreement with two "
              "providers still to be signed.",
              "Amber", ["Head of Housing", "AF&RS Prevention Manager"], "2025-07", None, "amber"),
             ("3.2", "Offer Safe and Well visits to all residents referred under the self-neglect guidance.",
              "AF&RS Prevention Manager", "Ongoing",
              "Referral route in place. 37 Safe and Well visits completed Jan–Jun 2025.",
              "Green", ["AF&RS Prevention Manager"], None, "Ongoing", "green"),
         ]),
        ("Recommendation 4 – Learning and assurance",
         "The SAB should monitor the implementation of this action plan and evaluate its impact on practice "
         "within 12 months of publication.",
         [
             ("4.1", "Report progress against this plan to each SAR Subgroup meeting and to the Board twice a year.",
              "SAR Subgroup Chair", "Quarterly",
              "Last reported to SAR Subgroup 12/06/2025 and to the Board 03/07/2025.",
              "Green", ["SAR Subgroup Chair"], None, "Quarterly", "green"),
             ("4.2", "Hold a practitioner learning event on the findings of SAR Ms D and publish a learning briefing.",
              "SAB Business Manager", "November 2024",
              "Learning event held 21/11/2024 (86 attendees). Briefing on SAB website.",
              "Blue", ["SAB Business Manager"], "2024-11", None, "blue"),
         ]),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    p = d.add_paragraph("South Gloucestershire Safeguarding Adults Board")
    p.runs[0].bold = True
    d.add_paragraph("SAR published: 24 October 2024. Action plan owned by the SAR Subgroup and reported to the "
                    "Board. This version: 3.2 (July 2025).")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Changes"])
    for row in [("1.0", "24/10/2024", "SAB Business Manager", "Plan agreed by Board alongside publication"),
                ("2.0", "14/01/2025", "SAB Business Manager", "Q3 updates from agencies"),
                ("3.2", "08/07/2025", "SAB Business Officer", "Q1 2025/26 updates; RAG reviewed by SAR Subgroup")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, txt in [("blue", "Blue – action complete and evidence received by the SAR Subgroup"),
                     ("green", "Green – on track to be completed by the target date"),
                     ("amber", "Amber – some slippage; action at risk of missing the target date"),
                     ("red", "Red – not started or significantly off track")]:
        cells = t.add_row().cells
        set_cell(cells[0], col.capitalize(), bold=True)
        shade(cells[0], FILL[col])
        set_cell(cells[1], txt)

    expected = []
    for heading, rectext, actions in recs:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(m, rectext, bold=True)
        shade(m, FILL["theme"])
        cells = t.add_row().cells
        for c, lab in zip(cells, ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
            set_cell(c, lab, bold=True, white=True)
            shade(c, FILL["head"])
        for ref, text, lead, date, prog, rag, leads, end, end_text, status in actions:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, text, lead, date, prog, rag]):
                set_cell(c, v)
            shade(cells[5], FILL[rag.lower()])
            expected.append(act(ref, [heading, rectext], text, leads, end, status, end_text))
        d.add_paragraph("")

    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Agreed by", "Independent Chair, South Gloucestershire Safeguarding Adults Board"),
                 ("Date", "24 October 2024"),
                 ("Next review", "SAR Subgroup, September 2025")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        set_cell(cells[1], b)
    d.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates a safeguarding adults board SAR action plan of the kind published by English SABs "
                  "(e.g. South Gloucestershire SAB SAR reports and the SAB action-plan template, 2024-25). Copied "
                  "features: Title paragraph and board name, document-control (version history) table, RAG key "
                  "table with shaded cells, one Word table per recommendation with the recommendation text in a "
                  "merged shaded first row above a header row, job titles as leads (two posts joined by '/', '&', "
                  "';'), target dates as months, dates, a financial quarter, Ongoing and Quarterly, multi-paragraph "
                  "progress cells, RAG colour word with matching cell shading, and a sign-off table.",
        "reads": "A multi-agency action plan answering four SAR recommendations, each in its own table headed "
                 "'Recommendation N – topic' with the recommendation text in the first merged row. Nine numbered "
                 "actions (1.1-4.2) each have a lead post, target date, progress update and a Blue/Green/Amber "
                 "RAG. The document control, RAG key and sign-off tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================ 2. DHR (csv)
def make_dhr():
    name = "jr2-waverley-csp-dhr-bethany-action-plan.csv"
    title = "Domestic Homicide Review 'Bethany' – Action Plan"
    header = ["Rec No.", "Recommendation", "Scope of recommendation i.e. local or regional", "Action No.",
              "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
              "Target Date", "Date of completion and Outcome", "RAG"]
    sec1 = "Overview Report recommendations"
    sec2 = "Single agency recommendations (from IMRs)"
    r1 = ("Waverley CSP to assure itself that domestic abuse training for front-line staff in partner agencies "
          "includes older victims and adult family abuse.")
    r2 = ("Surrey Police and Surrey County Council Adult Social Care should review how repeat 'concern for "
          "welfare' calls about the same household are identified and shared.")
    r3 = ("Surrey and Borders Partnership NHS FT should ensure that routine enquiry about domestic abuse is "
          "made with carers who are family members.")
    r4 = ("GP practices in Waverley should be reminded to record and share information about domestic abuse "
          "disclosed by a patient's relative.")
    # rows: (section or None, rec no, rec, scope, action no, action, lead, milestones, target, completion, rag,
    #        expected leads, end, end_text, status)
    rows = [
        (sec1, "1", r1, "Local", "1.1",
         "Commission a bite-size training session on older people and domestic abuse for partner agencies.",
         "Waverley Borough Council", "Session designed with Surrey Domestic Abuse Partnership; dates circulated",
         "Mar-25", "Completed 12/03/2025 – 46 staff attended from 9 agencies", "B",
         ["Waverley Borough Council"], "2025-03", None, "blue"),
        (None, "", "", "", "1.2",
         "Add the Surrey older people and domestic abuse resource pack to the CSP web page and partner intranets.",
         "Waverley Borough Council", "Resource pack updated by Surrey County Council", "Jun-25", "", "G",
         ["Waverley Borough Council"], "2025-06", None, "green"),
        (None, "2", r2, "Local", "2.1",
         "Introduce a flag on the police command and control system for addresses with three or more concern "
         "for welfare calls in 90 days.",
         "Surrey Police", "Change request raised with force systems team; testing delayed", "Sep-25", "", "A",
         ["Surrey Police"], "2025-09", None, "amber"),
        (None, "", "", "", "2.2",
         "Agree a joint process for Surrey Police to share repeat welfare concerns with the Adult Social Care "
         "MASH.",
         "Surrey Police / Surrey County Council ASC", "Draft process discussed at MASH partnership meeting",
         "Dec-25", "", "G", ["Surrey Police", "Surrey County Council ASC"], "2025-12", None, "green"),
        (sec2, "3", r3, "Local", "3.1",
         "Update the carers assessment template to include a routine enquiry question.",
         "Surrey and Borders Partnership NHS FT", "Template approved by Trust safeguarding committee",
         "31/03/2025", "Completed – new template live from 01/03/2025", "B",
         ["Surrey and Borders Partnership NHS FT"], "2025-03", None, "blue"),
        (None, "", "", "", "3.2",
         "Audit the use of routine enquiry in carers assessments six months after the template change.",
         "Surrey and Borders Partnership NHS FT", "Audit scheduled in Trust clinical audit plan", "Oct-25", "",
         "G", ["Surrey and Borders Partnership NHS FT"], "2025-10", None, "green"),
        (None, "4", r4, "Local", "4.1",
         "Circulate a learning briefing from this review to all Waverley GP practices through the ICB "
         "safeguarding newsletter.",
         "NHS Surrey Heartlands ICB", "Briefing drafted and agreed with the DHR Chair", "Feb-25",
         "Completed 20/02/2025 – included in February newsletter", "B",
         ["NHS Surrey Heartlands ICB"], "2025-02", None, "blue"),
        (None, "", "", "", "4.2",
         "Include the learning from DHR 'Bethany' in the GP safeguarding leads forum programme.",
         "NHS Surrey Heartlands ICB", "Forum programme for 2025/26 not yet set", "TBC", "", "",
         ["NHS Surrey Heartlands ICB"], None, "TBC", "unrated"),
    ]
    expected = []
    lines = [
        [title] + [""] * 9,
        ["Waverley Community Safety Partnership"] + [""] * 9,
        ["Last updated: 03/02/2025 (updates received from all agencies)"] + [""] * 9,
        [""] * 10,
        header,
    ]
    cur_sec = None
    cur_rec = None
    for (sec, recno, rec, scope, actno, action, lead, miles, target, comp, rag, leads, end, end_text,
         status) in rows:
        if sec:
            lines.append([sec] + [""] * 9)
            cur_sec = sec
        if rec:
            cur_rec = rec
        lines.append([recno, rec, scope, actno, action, lead, miles, target, comp, rag])
        expected.append(act(actno, [cur_sec, cur_rec], action, leads, end, status, end_text))
    lines.append([""] * 10)
    lines.append(["RAG key: B = complete; G = on track; A = some slippage; R = not on track / not started "
                  "without reason"] + [""] * 9)
    lines.append(["Summary: 8 actions – 3 complete, 3 on track, 1 some slippage, 1 not yet rated"] + [""] * 9)
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for ln in lines:
            w.writerow(ln)
    write_expected(name, {
        "source": "Imitates a community safety partnership DHR action plan in the Home Office DHR action plan "
                  "template (columns Recommendation, Scope of recommendation i.e. local or regional, Action to "
                  "take, Lead Agency, Key milestones achieved in enacting recommendation, Target Date, Date of "
                  "completion and Outcome), as published by Surrey CSPs with their DHR overview reports "
                  "(2024-25), saved as CSV. Copied features: title lines above the header, section rows for "
                  "overview report vs single agency recommendations, recommendation text only on the first of its "
                  "action rows, numbered actions, agencies as leads (two joined by '/'), Mmm-yy and dd/mm/yyyy "
                  "targets and TBC, B/G/A letters with a RAG key line, and a summary line.",
        "reads": "A DHR action plan with four recommendations under two section rows (overview report and single "
                 "agency). Each recommendation has two numbered actions (1.1-4.2) with a lead agency, target date "
                 "and a RAG letter; the recommendation text is written once and applies to the row below it too. "
                 "The key and summary lines at the foot are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=FILL["head"])
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = BOX


def fill(cell, col):
    cell.fill = PatternFill("solid", fgColor=FILL[col])


# ============================================================================ 3. Board action log (xlsx)
def make_board_log():
    name = "jr2-university-hospitals-sussex-nhsft-board-public-action-log.xlsx"
    title = "Board of Directors (Meeting in Public) – Action Log"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "University Hospitals Sussex NHS Foundation Trust"
    ws["A3"] = "Updated for the meeting on 4 September 2025"
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    keys = [("blue", "Action complete – proposed for closure"), ("green", "On track for due date"),
            ("amber", "Due date revised"), ("red", "Overdue"), (None, "No colour – not yet due")]
    col = 2
    for k, txt in keys:
        c = ws.cell(row=4, column=col, value=txt)
        if k:
            fill(c, k)
        col += 1
    hdr = ["Action No.", "Meeting date", "Agenda item", "Action", "Lead", "Original due date",
           "Revised due date", "Update", "RAG"]
    ws.append([])  # row 5 blank
    ws.append(hdr)  # row 6
    style_header(ws, 6, len(hdr))
    D = dt.datetime
    sections = [
        ("Board of Directors – 5 June 2025", [
            ("BoD/25/041", D(2025, 6, 5), "Integrated Performance Report",
             "Provide a breakdown of 12-hour waits in the emergency department by site (Royal Sussex County, "
             "Worthing, St Richard's and Princess Royal) for the next report.",
             "Chief Operating Officer", D(2025, 7, 3), D(2025, 9, 4),
             "Site breakdown deferred to September to align with the new ED dashboard.", "amber",
             ["Chief Operating Officer"], "2025-09"),
            ("BoD/25/042", D(2025, 6, 5), "Maternity and Neonatal Safety Report",
             "Bring the Saving Babies' Lives Care Bundle v3 compliance position, with the plan to reach full "
             "compliance, to the Quality Committee before the next Board.",
             "Chief Nursing Officer / Director of Midwifery", D(2025, 7, 31), None,
             "Presented to Quality Committee 24/07/2025. Propose closure.", "blue",
             ["Chief Nursing Officer", "Director of Midwifery"], "2025-07"),
            ("BoD/25/043", D(2025, 6, 5), "Freedom to Speak Up Report",
             "Arrange a Board development session on speaking up, using the National Guardian's Office "
             "reflection and planning tool.",
             "Director of Corporate Affairs", D(2025, 9, 30), None,
             "Session booked for Board seminar on 25 September 2025.", "green",
             ["Director of Corporate Affairs"], "2025-09"),
        ]),
        ("Board of Directors – 3 July 2025", [
            ("BoD/25/057", D(2025, 7, 3), "Finance Report – Month 2",
             "Circulate the revised cost improvement programme tracker, showing recurrent and non-recurrent "
             "savings by division.",
             "Chief Finance Officer", D(2025, 8, 7), None,
             "Tracker being reconciled with divisional plans; not yet circulated.", "red",
             ["Chief Finance Officer"], "2025-08"),
            ("BoD/25/058", D(2025, 7, 3), "People Report",
             "Report sickness absence and turnover for internationally educated nurses separately in the "
             "quarterly workforce report.",
             "Chief People Officer", D(2025, 10, 2), None,
             "Data fields added to the workforce dashboard.", "green",
             ["Chief People Officer"], "2025-10"),
            ("BoD/25/059", D(2025, 7, 3), "Patient Story",
             "Write to the patient's family to thank them for sharing their experience and confirm the changes "
             "made to discharge letters.",
             "Chair", D(2025, 7, 31), None, "Letter sent 15/07/2025. Propose closure.", "blue",
             ["Chair"], "2025-07"),
        ]),
        ("Board of Directors – 7 August 2025", [
            ("BoD/25/071", D(2025, 8, 7), "Green Plan Annual Report",
             "Confirm the timetable for replacing the remaining gas boilers at Worthing Hospital under the "
             "Public Sector Decarbonisation Scheme.",
             "Chief Estates and Facilities Officer", D(2025, 11, 6), None, "", None,
             ["Chief Estates and Facilities Officer"], "2025-11"),
        ]),
    ]
    expected = []
    r = 7
    for sec, acts in sections:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        fill(ws.cell(row=r, column=1), "theme")
        r += 1
        for (no, mdate, item, text, lead, orig, rev, upd, rag, leads, end) in acts:
            vals = [no, mdate, item, text, lead, orig, rev, upd, None]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                fill(ws.cell(row=r, column=9), rag)
            expected.append(act(no, [sec], text, leads, end, rag or "unrated"))
            r += 1
    for colL, wdt in zip("ABCDEFGHI", [12, 12, 24, 55, 26, 12, 12, 45, 8]):
        ws.column_dimensions[colL].width = wdt

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Actions closed at the meetings on 3 July 2025 and 7 August 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr2 = ["Action No.", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Date closed",
            "Closure note", "RAG"]
    ws2.append([])
    ws2.append(hdr2)
    style_header(ws2, 3, len(hdr2))
    closed = [
        ("BoD/25/012", D(2025, 4, 3), "Board Assurance Framework",
         "Review the risk appetite statement for BAF risk 4 (financial sustainability) at the next Board seminar.",
         "Director of Corporate Affairs", D(2025, 5, 1), D(2025, 7, 3), "Reviewed at Board seminar 24/04/2025.",
         ["Director of Corporate Affairs"], "2025-05"),
        ("BoD/25/019", D(2025, 4, 3), "CQC Inspection Update",
         "Share the CQC action plan for the Royal Sussex County Hospital with all Board members.",
         "Chief Nursing Officer", D(2025, 6, 5), D(2025, 7, 3), "Circulated by email 20/05/2025.",
         ["Chief Nursing Officer"], "2025-06"),
        ("BoD/25/027", D(2025, 5, 1), "Digital Strategy",
         "Present the electronic patient record business case timeline to the Finance and Performance "
         "Committee.",
         "Chief Digital and Information Officer", D(2025, 7, 3), D(2025, 8, 7),
         "Presented to F&P Committee 22/07/2025.", ["Chief Digital and Information Officer"], "2025-07"),
    ]
    r = 4
    for (no, mdate, item, text, lead, due, closed_on, note, leads, end) in closed:
        vals = [no, mdate, item, text, lead, due, closed_on, note, None]
        for ci, v in enumerate(vals, start=1):
            c = ws2.cell(row=r, column=ci, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        fill(ws2.cell(row=r, column=9), "blue")
        expected.append(act(no, [], text, leads, end, "blue"))
        r += 1
    for colL, wdt in zip("ABCDEFGHI", [12, 12, 24, 55, 26, 12, 12, 40, 8]):
        ws2.column_dimensions[colL].width = wdt
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates an NHS foundation trust Board of Directors (meeting in public) action log, as "
                  "published in board papers by acute trusts such as University Hospitals Sussex NHS FT "
                  "(2025). Copied features: title block with trust name and meeting date, colour key in a row "
                  "above the table, merged section rows per meeting, action numbers BoD/yy/nnn, agenda item "
                  "column, executive job titles as leads (two joined by '/'), original and revised due dates, "
                  "fill-only RAG cells with no text, and a second sheet of closed actions.",
        "reads": "A board action log: seven open or proposed-for-closure actions grouped under three meeting "
                 "rows on the first sheet, and three closed actions on the 'Closed actions' sheet. Each has an "
                 "executive lead and due date (revised where given); status is the cell colour per the key "
                 "(blue complete, green on track, amber revised, red overdue, none not yet due).",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================ 4. Maternity improvement (docx)
def make_maternity():
    name = "jr2-london-north-west-university-healthcare-nhs-trust-maternity-improvement-plan.docx"
    title = "Maternity and Neonatal Improvement Plan 2024–26"
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Offer every woman a personalised care and support plan by 16 weeks of pregnancy, recorded "
                        "on the electronic patient record.",
                 "Consultant Midwife for Public Health", "31/03/2025", "30/09/2025",
                 "Audit Q1 2025/26: 71% of plans completed by 16 weeks.", "Amber", "Amber",
                 ["Consultant Midwife for Public Health"], "2025-09", None, "amber"),
                ("1.2", "Translate the personalised care plan leaflet into the five most spoken languages at "
                        "Northwick Park (Gujarati, Tamil, Romanian, Arabic and Somali).",
                 "Patient Experience Midwife", "31/01/2025", "",
                 "Leaflets available on the Trust website and in antenatal clinic.", "Green", "Blue",
                 ["Patient Experience Midwife"], "2025-01", None, "blue"),
            ]),
            ("Objective 3: Work with service users to improve care", [
                ("1.3", "Co-produce the redesign of the maternity triage telephone line with the Maternity and "
                        "Neonatal Voices Partnership (MNVP).",
                 "MNVP Chair & Head of Midwifery", "30/06/2025", "",
                 "Two co-production workshops held; BSOTS triage model agreed.", "Green", "Green",
                 ["MNVP Chair", "Head of Midwifery"], "2025-06", None, "green"),
            ]),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("Objective 5: Grow our workforce", [
                ("2.1", "Recruit to the midwifery establishment agreed in the 2024 Birthrate Plus review, "
                        "prioritising the labour ward coordinator rota.",
                 "Director of Midwifery", "31/12/2024", "31/03/2026",
                 "Vacancy rate 9.8% (from 14%). 12 international midwives start in October.", "Red", "Amber",
                 ["Director of Midwifery"], "2026-03", None, "amber"),
            ]),
            ("Objective 7: Develop and retain our workforce", [
                ("2.2", "Provide a preceptorship programme with protected supernumerary time for all newly "
                        "qualified midwives.",
                 "Practice Development Midwife", "Ongoing", "",
                 "Programme running; retention of 2024 cohort 94% at 12 months.", "Green", "Green",
                 ["Practice Development Midwife"], None, "Ongoing", "green"),
            ]),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("Objective 9: Develop a positive safety culture", [
                ("3.1", "Hold perinatal safety culture listening events led by the perinatal quadrumvirate.",
                 "Perinatal Quadrumvirate", "Quarterly", "",
                 "Events held March and June 2025; themes fed into the SCORE survey action plan.", "Green",
                 "Green", ["Perinatal Quadrumvirate"], None, "Quarterly", "green"),
            ]),
            ("Objective 10: Learning and improving", [
                ("3.2", "Complete the PSIRF thematic review of postpartum haemorrhage and share the learning at the "
                        "maternity governance half-day.",
                 "Maternity Governance Lead", "31/05/2025", "",
                 "Thematic review presented 16/05/2025; three improvement actions added to the PPH bundle.",
                 "Amber", "Blue", ["Maternity Governance Lead"], "2025-05", None, "blue"),
            ]),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
            ("Objective 11: Standards to ensure best practice", [
                ("4.1", "Achieve full compliance with all six elements of the Saving Babies' Lives Care Bundle "
                        "version 3.",
                 "Obstetric Lead for Fetal Monitoring / Fetal Monitoring Midwife", "31/03/2025", "Q2 2025/26",
                 "Elements 1, 2, 4 and 6 compliant. Element 3 (fetal growth) and element 5 (preterm birth) "
                 "below threshold.", "Amber", "Amber",
                 ["Obstetric Lead for Fetal Monitoring", "Fetal Monitoring Midwife"], "2025-09", "Q2 2025/26",
                 "amber"),
            ]),
            ("Objective 12: Data to inform learning", [
                ("4.2", "Publish a monthly maternity dashboard to the Quality and Safety Committee, including "
                        "outcomes by ethnicity and deprivation.",
                 "Head of Midwifery", "30/11/2024", "",
                 "Dashboard reported monthly since November 2024.", "Blue", "Blue",
                 ["Head of Midwifery"], "2024-11", None, "blue"),
                ("4.3", "Replace paper CTG records with an electronic fetal monitoring system on labour ward.",
                 "Chief Clinical Information Officer", "31/03/2026", "",
                 "Business case in development.", "", "Not started",
                 ["Chief Clinical Information Officer"], "2026-03", None, "unrated"),
            ]),
        ]),
    ]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    d.add_paragraph(title, style="Title")
    d.add_paragraph("London North West University Healthcare NHS Trust – Northwick Park Hospital maternity "
                    "and neonatal services")
    d.add_paragraph("Structured around the four themes of the NHS England Three-year delivery plan for maternity "
                    "and neonatal services, incorporating the actions from the CQC maternity inspection.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Version", "2.3"), ("Date", "14 July 2025"), ("Plan owner", "Director of Midwifery"),
                 ("Executive lead", "Chief Nursing Officer (Board Maternity Safety Champion)"),
                 ("Reporting to", "Maternity and Neonatal Safety Board (monthly); Quality and Safety Committee "
                                  "(bi-monthly)")]:
        cells = t.add_row().cells
        set_cell(cells[0], a, bold=True)
        shade(cells[0], FILL["grey"])
        set_cell(cells[1], b)
    d.add_paragraph("")
    d.add_paragraph("RAG rating definitions").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for col, txt in [("blue", "Completed and evidence of sustained improvement provided"),
                     ("green", "On track to deliver by the (revised) date"),
                     ("amber", "At risk – mitigations in place"),
                     ("red", "Off track – escalated to the Maternity and Neonatal Safety Board")]:
        cells = t.add_row().cells
        set_cell(cells[0], col.capitalize(), bold=True)
        shade(cells[0], FILL[col])
        set_cell(cells[1], txt)
    d.add_paragraph("")
    d.add_paragraph("Improvement actions").runs[0].bold = True
    hdr = ["No.", "Action", "Lead", "Original date", "Revised date", "Progress / evidence", "Previous RAG",
           "Current RAG"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    header_row(t, hdr)
    expected = []
    for theme, objs in themes:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, theme, bold=True, size=10)
        shade(m, FILL["theme"])
        for obj, acts in objs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            set_cell(m, obj, bold=True)
            for (no, text, lead, orig, rev, prog, prev, cur, leads, end, end_text, status) in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [no, text, lead, orig, rev, prog, prev, cur]):
                    set_cell(c, v)
                if prev:
                    shade(cells[6], FILL[prev.lower()])
                if cur.lower() in FILL:
                    shade(cells[7], FILL[cur.lower()])
                expected.append(act(no, [theme, obj], text, leads, end, status, end_text))
    d.add_paragraph("")
    d.add_paragraph("Note: actions closed before April 2025 are held in the archive tab of the maternity "
                    "improvement tracker and are not repeated here.")
    d.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates an acute trust maternity and neonatal improvement plan of the kind taken to trust "
                  "boards and quality committees in 2024-25 (e.g. plans structured on the NHS England Three-year "
                  "delivery plan themes and objectives after CQC maternity inspections; London North West "
                  "University Healthcare NHS Trust, Northwick Park). Copied features: Title paragraph, "
                  "document-control table, RAG definitions table, one long table with merged shaded theme rows and "
                  "merged objective rows, numbered actions, job titles as leads (two joined by '&' or '/'), "
                  "original and revised dates (revised a financial quarter in one row), Ongoing/Quarterly dates, "
                  "Previous RAG and Current RAG columns with shading, and a closing note.",
        "reads": "A ten-action maternity improvement plan in one table, grouped under the four delivery-plan "
                 "themes and, within them, objective rows. Each action has a lead, an original and sometimes a "
                 "revised date (the revised one counts) and previous and current RAG (the current one counts); "
                 "4.3 is Not started. The version, RAG-definition tables and closing note are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================ 5. Corporate risk register (xlsx)
def make_risk_register():
    name = "jr2-mole-valley-dc-corporate-risk-register-q3-2025-26.xlsx"
    title = "Corporate Risk Register – Quarter 3 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Mole Valley District Council"
    ws["A3"] = "Position at 31 December 2025 – reported to Audit Committee, 27 January 2026"
    hdr = ["Risk", "Risk description (cause / event / effect)", "Risk owner", "Inherent score (L x I)",
           "Key existing controls", "Current score (L x I)", "Direction of travel", "Further action required",
           "Action owner", "Target date", "Action RAG"]
    ws.append([])
    ws.append(hdr)  # row 5
    style_header(ws, 5, len(hdr))
    D = dt.datetime
    risks = [
        ("CR1 – Local Government Reorganisation",
         "Cause: Government decision to replace Surrey's two-tier councils with unitary authorities from April "
         "2027.\nEvent: Council capacity diverted to transition work.\nEffect: service performance and "
         "corporate priorities not delivered; loss of key staff.",
         "Chief Executive", "4 x 4 = 16", "LGR programme board; weekly Surrey chief executives' meeting; "
         "communications plan for staff", "4 x 3 = 12", "↔",
         [("Establish an LGR programme board and transition team with the East Surrey councils.",
           "Chief Executive", D(2025, 10, 31), "B", ["Chief Executive"], "2025-10", None, "blue"),
          ("Complete the data and asset baseline requested by MHCLG for the new unitary authority.",
           "Strategic Director (Place) / Head of Finance", D(2026, 3, 31), "G",
           ["Strategic Director (Place)", "Head of Finance"], "2026-03", None, "green")]),
        ("CR2 – Financial sustainability",
         "Cause: rising demand for temporary accommodation, pay inflation and uncertain Fair Funding outcome.\n"
         "Event: budget gap not closed.\nEffect: unplanned use of reserves; section 114 risk in the medium term.",
         "Chief Finance Officer (S151)", "5 x 4 = 20", "Monthly budget monitoring to SLT; MTFS; reserves policy",
         "4 x 4 = 16", "↑",
         [("Deliver the 2025/26 savings programme of £1.2m, monitored monthly by the Strategic Leadership Team.",
           "Chief Finance Officer (S151)", "Mar-26", "A", ["Chief Finance Officer (S151)"], "2026-03", None,
           "amber"),
          ("Review the reserves strategy and set a minimum general fund balance in the 2026/27 budget report.",
           "Chief Finance Officer (S151)", D(2026, 2, 18), "G", ["Chief Finance Officer (S151)"], "2026-02",
           None, "green")]),
        ("CR3 – Cyber security",
         "Cause: increasing ransomware attacks on local government.\nEvent: successful cyber attack.\n"
         "Effect: loss of systems and data; inability to deliver services; ICO action.",
         "Head of Business Services", "4 x 5 = 20", "Firewalls and MFA; PSN compliance; backups tested; staff "
         "e-learning", "3 x 5 = 15", "↔",
         [("Complete the Cyber Assessment Framework self-assessment and close the high-priority gaps.",
           "ICT Manager", D(2026, 6, 30), "G", ["ICT Manager"], "2026-06", None, "green"),
          ("Run a cyber incident exercise for the Strategic Leadership Team.",
           "ICT Manager; Emergency Planning Officer", D(2025, 11, 20), "B",
           ["ICT Manager", "Emergency Planning Officer"], "2025-11", None, "blue")]),
        ("CR4 – Homelessness and temporary accommodation",
         "Cause: shortage of affordable private rented homes.\nEvent: increase in households in nightly-paid "
         "temporary accommodation.\nEffect: budget pressure and poor outcomes for families.",
         "Head of Housing", "5 x 4 = 20", "Prevention-first housing options service; TA procurement framework",
         "4 x 4 = 16", "↑",
         [("Acquire 10 additional units of council-owned temporary accommodation through the Local Authority "
           "Housing Fund.", "Head of Housing", D(2026, 9, 30), "A", ["Head of Housing"], "2026-09", None,
           "amber"),
          ("Refresh the homelessness prevention offer to private landlords.", "Housing Options Manager",
           "Ongoing", "G", ["Housing Options Manager"], None, "Ongoing", "green")]),
        ("CR5 – Workforce capacity",
         "Cause: uncertainty from LGR and competitive labour market.\nEvent: loss of staff in hard-to-fill "
         "roles.\nEffect: statutory services (planning, environmental health) under-resourced.",
         "Head of HR and Organisational Development", "4 x 3 = 12", "Workforce plan; agile working; "
         "apprenticeships", "4 x 3 = 12", "↔",
         [("Introduce a retention payment scheme for hard-to-fill posts in planning and environmental health.",
           "HR Manager", "Jan-26", "R", ["HR Manager"], "2026-01", None, "red")]),
    ]
    dir_key = "Direction of travel: ↑ increasing  ↓ reducing  ↔ no change since Q2"
    expected = []
    r = 6
    for (risk, desc, owner, inh, ctrl, cur, dot, actions) in risks:
        start = r
        for (text, aowner, target, rag, leads, end, end_text, status) in actions:
            ws.cell(row=r, column=8, value=text)
            ws.cell(row=r, column=9, value=aowner)
            c = ws.cell(row=r, column=10, value=target)
            if isinstance(target, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=11, value=rag)
            fill(c, {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag])
            expected.append(act(None, [risk], text, leads, end, status, end_text))
            r += 1
        for ci, v in enumerate([risk, desc, owner, inh, ctrl, cur, dot], start=1):
            ws.cell(row=start, column=ci, value=v)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=ci, end_row=r - 1, end_column=ci)
        ws.cell(row=start, column=1).font = Font(bold=True)
        for rr in range(start, r):
            for ci in range(1, len(hdr) + 1):
                cc = ws.cell(row=rr, column=ci)
                cc.alignment = Alignment(wrap_text=True, vertical="top")
                cc.border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Action RAG: B = complete; G = on track; A = some slippage; R = off track")
    ws.cell(row=r + 1, column=1, value=dir_key)
    ws.cell(row=r + 2, column=1, value="Scoring: Likelihood (L) x Impact (I), each 1–5. 15–25 high (red); "
                                       "8–12 medium (amber); 1–6 low (green).")
    for colL, wdt in zip("ABCDEFGHIJK", [24, 45, 20, 11, 35, 11, 9, 50, 24, 12, 8]):
        ws.column_dimensions[colL].width = wdt

    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Corporate risk profile – Q3 2025/26"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Risk", "Q2 score", "Q3 score", "Direction", "Risk owner"])
    style_header(ws2, 3, 5)
    for row in [("CR1 – Local Government Reorganisation", 12, 12, "↔", "Chief Executive"),
                ("CR2 – Financial sustainability", 12, 16, "↑", "Chief Finance Officer (S151)"),
                ("CR3 – Cyber security", 15, 15, "↔", "Head of Business Services"),
                ("CR4 – Homelessness and temporary accommodation", 12, 16, "↑", "Head of Housing"),
                ("CR5 – Workforce capacity", 12, 12, "↔", "Head of HR and Organisational Development")]:
        ws2.append(list(row))
    ws2.append([])
    ws2.append(["Totals", "High (15–25)", 3])
    ws2.append(["", "Medium (8–12)", 2])
    ws2.append(["", "Low (1–6)", 0])
    ws2.column_dimensions["A"].width = 48
    ws2.column_dimensions["E"].width = 40
    wb.save(os.path.join(OUT, name))
    write_expected(name, {
        "source": "Imitates a Surrey district council corporate risk register as reported quarterly to audit "
                  "committees (e.g. Mole Valley / Surrey district risk registers, 2025-26, with LGR as a new risk). "
                  "Copied features: title block with reporting position, cause/event/effect descriptions, "
                  "inherent and current L x I scores, direction-of-travel arrows, risk cells merged vertically "
                  "over their further-action rows, action owners as job titles (two joined by '/' or ';'), date and "
                  "text target dates including Ongoing, B/G/A/R action RAG letters with fill and a key below, "
                  "and a second Summary sheet with scores and a totals block.",
        "reads": "Five corporate risks, each a merged block naming the risk, with nine further mitigating actions "
                 "listed beside them; each action has an owner, target date and RAG letter and no reference "
                 "number. The Summary sheet, key lines and scoring note are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================ 6. Transformation highlight (txt)
def make_highlight():
    name = "jr2-rushmoor-bc-transformation-programme-highlight-report.txt"
    title = "Transformation Programme Highlight Report – Period 7 (October 2025)"
    ws = [
        ("Workstream 1 – Customer and Digital", "SRO: Executive Head of Customer Services", [
            ("CD1", "Launch the customer self-service portal for council tax, benefits and waste services",
             "Digital Services Manager", "30/09/2025", "30/11/2025", "Amber", "Amber",
             "Integration testing with revenues system took longer than planned",
             ["Digital Services Manager"], "2025-11", None, "amber"),
            ("CD2", "Migrate the contact centre telephony to the cloud platform",
             "ICT Manager / Customer Services Manager", "31/08/2025", "31/08/2025", "Green", "Complete",
             "Went live 18 August; call abandonment down to 6%",
             ["ICT Manager", "Customer Services Manager"], "2025-08", None, "blue"),
            ("CD3", "Introduce webchat with automated responses for bulky waste bookings",
             "Digital Services Manager", "31/03/2026", "31/03/2026", "Green", "Green", "Supplier demo held",
             ["Digital Services Manager"], "2026-03", None, "green"),
        ]),
        ("Workstream 2 – Property and Assets", "SRO: Executive Head of Property and Growth", [
            ("PA1", "Complete the review of the commercial property portfolio and agree the disposals list",
             "Executive Head of Property and Growth", "31/10/2025", "31/01/2026", "Amber", "Red",
             "Valuations outstanding on 4 sites; Cabinet report moved to January",
             ["Executive Head of Property and Growth"], "2026-01", None, "red"),
            ("PA2", "Consolidate office accommodation at the Council Offices and let the vacated floor",
             "Facilities Manager", "Q4 2025/26", "Q4 2025/26", "Green", "Green",
             "Heads of terms agreed with prospective tenant",
             ["Facilities Manager"], "2026-03", "Q4 2025/26", "green"),
        ]),
        ("Workstream 3 – Organisational Development", "SRO: Head of HR", [
            ("OD1", "Implement the new HR and payroll system", "HR Manager & Finance Systems Lead",
             "01/04/2026", "01/07/2026", "Amber", "Amber", "Go-live moved to avoid year-end payroll",
             ["HR Manager", "Finance Systems Lead"], "2026-07", None, "amber"),
            ("OD2", "Deliver the leadership development programme for all managers", "Head of HR",
             "Ongoing", "Ongoing", "Green", "Green", "Cohort 2 started 7 October",
             ["Head of HR"], None, "Ongoing", "green"),
            ("OD3", "Agree a revised senior management structure", "Chief Executive", "31/12/2025", "", "",
             "Not started", "Awaiting outcome of LGR proposals",
             ["Chief Executive"], "2025-12", None, "unrated"),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Rushmoor Borough Council\tProgramme Board: 11 November 2025\tProgramme Manager: Transformation Team")
    L.append("")
    L.append("Overall programme status\tAmber\t(last period: Amber)")
    L.append("Milestones this period\t8\tComplete 1\tGreen 3\tAmber 2\tRed 1\tNot started 1")
    L.append("Status key: Complete = delivered; Green = on track; Amber = at risk, recoverable; "
             "Red = off track, needs Board decision")
    L.append("")
    expected = []
    for head, sro, items in ws:
        L.append(head)
        L.append(sro)
        L.append("Ref\tMilestone\tLead\tBaseline date\tForecast date\tLast period\tThis period\tCommentary")
        for (ref, text, lead, base, fc, last, this, comm, leads, end, end_text, status) in items:
            L.append("\t".join([ref, text, lead, base, fc, last, this, comm]))
            expected.append(act(ref, [head], text, leads, end, status, end_text))
        L.append("")
    L.append("Key risks and issues")
    L.append("Delay to property valuations may push savings from disposals into 2026/27 (Red, reported to "
             "Cabinet).")
    L.append("LGR proposals for Hampshire may change the scope of workstream 3.")
    L.append("")
    L.append("Decisions required from Programme Board: approve revised forecast dates for CD1, PA1 and OD1.")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    write_expected(name, {
        "source": "Imitates a district council transformation programme highlight report (monthly Programme "
                  "Board pack, e.g. Rushmoor Borough Council transformation / modernisation programme, 2025) "
                  "exported as tab-separated text. Copied features: report title and meta line, overall status "
                  "and a milestone count summary line, status key, a heading line and SRO line per workstream, "
                  "a repeated column header per workstream, milestone refs (CD1, PA1, OD1), baseline and "
                  "forecast dates (forecast counts), Last period / This period status, job titles as leads (two "
                  "joined by '/' or '&'), and closing risks and decisions lines.",
        "reads": "A highlight report for three workstreams, each with its own heading, SRO line and milestone "
                 "table; eight milestones in all, each with a lead, baseline and forecast date and last and "
                 "this period status (this period counts). The summary, key, risks and decisions lines are not "
                 "actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================ 7. CSP delivery plan (xlsx, refuse)
def make_csp_refuse():
    name = "jr2-east-surrey-csp-partnership-plan-2025-26-delivery-plan-typo-month-refuse.xlsx"
    title = "Partnership Plan 2025–26: Delivery Plan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delivery plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "East Surrey Community Safety Partnership"
    ws["A3"] = ("Reigate & Banstead Borough Council | Tandridge District Council | Surrey Police | "
                "Surrey County Council | Surrey Fire and Rescue Service | NHS Surrey Heartlands")
    ws["A4"] = "Q2 update (July – September 2025)"
    hdr = ["Ref", "Action", "Lead partner(s)", "Start", "End", "Q1 update", "Q2 update", "RAG"]
    ws.append([])
    ws.append(hdr)  # row 6
    style_header(ws, 6, len(hdr))
    plan = [
        ("Priority 1: Tackling anti-social behaviour and neighbourhood crime", [
            ("1.1", "Run joint ASB patrols in Redhill and Merstham town centres during the summer and Halloween "
                    "periods.", "Surrey Police / Reigate & Banstead BC", "Jun-25", "Nov-25",
             "Summer patrols completed", "Halloween plan agreed", "G"),
            ("1.2", "Use the ASB case review (community trigger) data to identify repeat locations for problem-"
                    "solving.", "Community Safety Officers (both councils)", "Apr-25", "Mar-26",
             "Data collated", "Two locations referred to JAG", "G"),
            ("1.3", "Deliver a shop theft reduction scheme with Caterham and Oxted retailers.",
             "Tandridge DC", "Sep-25", "Decmber 2025", "Not started", "Retailers engaged; radio link funding "
                                                                        "bid submitted", "A"),
        ]),
        ("Priority 2: Reducing serious violence", [
            ("2.1", "Refresh the East Surrey serious violence strategic needs assessment with Surrey County "
                    "Council public health.", "Surrey County Council Public Health", "Apr-25", "Oct-25",
             "Data request issued", "Draft SNA circulated", "G"),
            ("2.2", "Offer knife crime awareness sessions to all secondary schools in Reigate & Banstead and "
                    "Tandridge.", "Surrey Police Youth Engagement Officers", "Sep-25", "Jul-26", "",
             "8 of 14 schools booked", "G"),
        ]),
        ("Priority 3: Domestic abuse and violence against women and girls", [
            ("3.1", "Carry out a Safer Streets walk-and-talk audit in Reigate and Horley with women and girls.",
             "Reigate & Banstead BC", "Jul-25", "Sep-25", "Walks arranged", "Completed; lighting repairs "
                                                                             "reported to SCC", "B"),
            ("3.2", "Publish the DHR learning briefings on the partnership web pages within one month of Home "
                    "Office sign-off.", "CSP Coordinator", "Apr-25", "Ongoing", "", "One briefing published", "G"),
        ]),
        ("Priority 4: Preventing exploitation and protecting vulnerable people", [
            ("4.1", "Train licensed taxi drivers and night-time economy staff to recognise exploitation.",
             "Licensing teams (R&B and TDC)", "May-25", "Mar-26", "Course booked", "112 drivers trained", "G"),
            ("4.2", "Map cuckooing cases and agree a joint closure-order protocol.",
             "Surrey Police / Tandridge DC", "Oct-25", "Feb-26", "", "", ""),
        ]),
    ]
    r = 7
    typo_row = None
    for prio, acts in plan:
        ws.cell(row=r, column=1, value=prio).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        fill(ws.cell(row=r, column=1), "theme")
        r += 1
        for row in acts:
            for ci, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=ci, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
            rag = row[7]
            if rag:
                fill(ws.cell(row=r, column=8), {"B": "blue", "G": "green", "A": "amber", "R": "red"}[rag])
            if row[4] == "Decmber 2025":
                typo_row = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = complete; G = on track; A = some delay; R = off track; blank = not "
                                   "yet started")
    for colL, wdt in zip("ABCDEFGH", [8, 60, 32, 9, 14, 28, 32, 6]):
        ws.column_dimensions[colL].width = wdt
    ws2 = wb.create_sheet("Performance")
    ws2.append(["Indicator", "2024/25", "Q1 2025/26", "Q2 2025/26"])
    style_header(ws2, 1, 4)
    for row in [("ASB incidents reported to police", 3120, 842, 901),
                ("Shop theft offences", 1188, 331, 356),
                ("Domestic abuse incidents", 2690, 701, 688)]:
        ws2.append(list(row))
    wb.save(os.path.join(OUT, name))
    assert typo_row == 10, typo_row
    write_expected(name, {
        "source": "Imitates a two-district community safety partnership delivery plan for its annual partnership "
                  "plan (e.g. East Surrey CSP covering Reigate & Banstead and Tandridge, 2025-26), as reported "
                  "to the CSP board and scrutiny. Copied features: title block listing the partner bodies, "
                  "quarter of the update, merged shaded priority rows, numbered actions, partner agencies and "
                  "teams as leads, start and end months as text, Q1 and Q2 update columns, RAG letters with fill "
                  "and a key line, and a Performance sheet of indicators.",
        "reads": "A delivery plan of nine actions under four priorities. The end cell of action 1.3 reads "
                 "'Decmber 2025', a mistyped month: a careful reader would stop and ask what end date was "
                 "meant before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 9


if __name__ == "__main__":
    made = [make_sar(), make_dhr(), make_board_log(), make_maternity(), make_risk_register(),
            make_highlight(), make_csp_refuse()]
    for n, k in made:
        print(f"{n}: {k} actions")
