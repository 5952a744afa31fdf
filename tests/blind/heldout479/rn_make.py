#!/usr/bin/env python3
"""Generator for blind set heldout479, prefix rn.

Builds the seven rn- data files (3 xlsx, 2 docx, 1 csv, 1 txt) and writes the
NAME.expected.yaml reading beside each one from the same specification, so that the
expected text is character-for-character the file's text.

Run with: /work/main/.venv/bin/python rn_make.py
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

HERE = os.path.dirname(os.path.abspath(__file__))


def P(name):
    return os.path.join(HERE, name)


def write_yaml(name, doc):
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


FILL = {
    "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def solid(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. University Hospitals Dorset NHS FT - NHS Staff Survey 2024 action plan (xlsx)
# ---------------------------------------------------------------------------
def make_uhd():
    name = "rn-university-hospitals-dorset-nhsft-staff-survey-2024-action-plan.xlsx"
    title = "NHS Staff Survey 2024 – Trust-wide Action Plan"
    T1 = "People Promise 1 – We are compassionate and inclusive"
    T2 = "People Promise 2 – We each have a voice that counts"
    T4 = "People Promise 4 – We are safe and healthy"
    T6 = "People Promise 6 – We are always learning"
    T7 = "Staff engagement and morale"
    F11 = ("52.4% of colleagues from Black, Asian and minority ethnic backgrounds said the Trust "
           "acts fairly with regard to career progression, compared with 58.9% of white colleagues.")
    F13 = ("28.1% of colleagues experienced harassment, bullying or abuse from patients, relatives "
           "or the public in the last 12 months.")
    F21 = ("Only 56.2% of colleagues feel safe to speak up about anything that concerns them in "
           "the organisation.")
    F22 = ("Only 38.5% of colleagues say they are involved in deciding on changes introduced that "
           "affect their work area.")
    F41 = ("34.9% of colleagues reported feeling unwell as a result of work-related stress in the "
           "last 12 months.")
    F42 = "Colleagues working night shifts told us they cannot get hot food or use a quiet rest area."
    F61 = "Only 21.3% of colleagues said their appraisal helped them agree clear objectives for their work."
    F71 = "Intention to leave: 27.6% of colleagues often think about leaving the Trust."

    D = dt.datetime
    # rows: (kind, ...)
    rows = [
        ("band", T1),
        ("act", "1.1", F11, "Introduce de-biasing panels for all Band 7 and above recruitment, with a "
         "trained inclusion ambassador on every interview panel.", "Head of Recruitment / EDI Lead",
         D(2025, 6, 30), D(2025, 10, 31), "Amber", "Amber",
         "Pool of 46 ambassadors trained; panels in place for Band 8a and above. Band 7 roll-out "
         "delayed by the change of recruitment system (TRAC)."),
        ("act", "1.2", None, "Launch the ‘Reciprocal Mentoring for Inclusion’ programme pairing the "
         "Executive Team with 12 mentors from the Race Equality Network.", "Chief People Officer",
         D(2025, 9, 30), None, "Green", "Blue", "Cohort 1 launched 3 September 2025."),
        ("act", "1.3", F13, "Roll out the ‘Respect Our Colleagues’ campaign and the violence and "
         "aggression reporting pathway across ED, AMU and Older Persons Medicine.",
         "Head of Health, Safety and Security", D(2025, 12, 31), None, "Green", "Green",
         "Campaign live at Royal Bournemouth Hospital; Poole Hospital from October."),
        ("band", T2),
        ("act", "2.1", F21, "Expand the Freedom to Speak Up Champion network to every care group and "
         "publish a quarterly ‘You said, we did’ bulletin.", "Freedom to Speak Up Guardian",
         D(2025, 7, 31), None, "Blue", "Blue", "64 champions in post; first bulletin issued July 2025."),
        ("act", "2.2", F22, "Hold ‘Big Conversation’ listening events on each site before changes from the "
         "Clinical Services Review are implemented.\nShare team-level survey results with each care "
         "group board.", "Director of Communications and Engagement; Care Group Directors",
         D(2025, 5, 31), D(2025, 11, 30), "Red", "Amber",
         "Events held at Poole and Christchurch; Royal Bournemouth event rescheduled to November."),
        ("band", T4),
        ("act", "4.1", F41, "Deploy trauma risk management (TRiM) practitioners from the Wellbeing Hub to "
         "critical care, ED and maternity, and offer a wellbeing conversation at every appraisal.",
         "Head of Occupational Health and Wellbeing", D(2025, 9, 30), D(2026, 1, 31), "Amber", "Red",
         "Practitioner training postponed twice; 9 of 20 trained. Escalated to the People and "
         "Culture Committee."),
        ("act", "4.2", F42, "Provide 24/7 hot food vending and a refurbished rest room at Royal "
         "Bournemouth and Poole hospitals.", "Director of Estates and Facilities",
         D(2025, 8, 31), None, "Green", "Green", "Vending installed; rest room works start 6 October."),
        ("band", T6),
        ("act", "6.1", F61, "Replace appraisal paperwork with the ‘Career Conversations’ framework and "
         "train all line managers at Band 6 and above.",
         "Deputy Chief People Officer; Head of Learning and Organisational Development",
         "Q3 2025/26", None, "Green", "Green", "412 managers trained (68%)."),
        ("band", T7),
        ("act", "7.1", F71, "Introduce stay conversations at 12 months and five years’ service, with "
         "leaver data reported quarterly to the People and Culture Committee.",
         "Head of Workforce Planning and Retention", "Ongoing – quarterly reporting", None,
         "Green", "Green", "Q1 report received August 2025."),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University Hospitals Dorset NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=16)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Owner", "Deputy Chief People Officer"),
          ("Approved by", "People and Culture Committee, 24 April 2025"),
          ("Last updated", "30 September 2025"),
          ("Next review", "People and Culture Committee, November 2025")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = ("This plan responds to the 2024 NHS Staff Survey results published in March 2025. "
                  "Actions are grouped by the elements of the NHS People Promise and the staff "
                  "engagement and morale themes.")
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action plan")
    ncol = 9
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "University Hospitals Dorset NHS Foundation Trust | Progress position: September 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "What you told us", "What we will do", "Lead(s)", "Original target date",
             "Revised target date", "Previous RAG (Jun 25)", "Current RAG (Sep 25)",
             "Progress update (September 2025)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    expected = []
    band = None
    finding = None
    merge_from = None
    for row in rows:
        if row[0] == "band":
            band = row[1]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1, band).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = solid("41B6E6")
            r += 1
            continue
        _, ref, f, action, lead, orig, rev, prev, cur, upd = row
        if f is not None:
            finding = f
            ws.cell(r, 2, f)
            merge_from = r
        else:
            ws.merge_cells(start_row=merge_from, start_column=2, end_row=r, end_column=2)
        ws.cell(r, 1, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        for c, v in ((5, orig), (6, rev)):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        for c, v in ((7, prev), (8, cur)):
            cell = ws.cell(r, c, v)
            cell.fill = solid(FILL[v])
            cell.font = Font(bold=True, color="FFFFFF" if v in ("Blue", "Red") else "000000")
        ws.cell(r, 9, upd)
        for c in range(1, ncol + 1):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        # expected
        endv = rev if rev is not None else orig
        end_text = None
        if isinstance(endv, dt.datetime):
            end = endv.strftime("%Y-%m")
        elif endv == "Q3 2025/26":
            end = "2025-12"
        else:
            end, end_text = None, endv
        leads = [x.strip() for x in lead.replace(" / ", ";").split(";")]
        expected.append(act(ref, [band, finding], action, leads, end,
                            {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[cur],
                            end_text))
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG position").font = Font(bold=True)
    counts = {}
    for a in expected:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    r += 1
    for lab in ("Blue", "Green", "Amber", "Red"):
        ws.cell(r, 1, lab).fill = solid(FILL[lab])
        ws.cell(r, 2, counts.get(lab.lower(), 0))
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    ws.cell(r, 2, len(expected)).font = Font(bold=True)
    r += 2
    ws.cell(r, 1, "Notes: RAG ratings are proposed by the action lead and confirmed by the People "
                  "Experience Group. Revised target dates have been agreed by the People and Culture "
                  "Committee.")
    widths = [7, 40, 48, 30, 13, 13, 12, 12, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (lab, txt) in enumerate([
            ("Blue", "Action complete"),
            ("Green", "On track to deliver by the target date"),
            ("Amber", "At risk of slippage – mitigation in place"),
            ("Red", "Off track – escalation required")], start=2):
        key.cell(i, 1, lab).fill = solid(FILL[lab])
        key.cell(i, 2, txt)
    wb.save(P(name))

    write_yaml(name, {
        "source": (
            "University Hospitals Dorset NHS Foundation Trust, NHS Staff Survey 2024 trust-wide "
            "action plan as reported to its People and Culture Committee (2025). Imitates trust "
            "staff survey action plans published in board/committee papers: cover sheet with "
            "document control table, action sheet with title rows, People Promise element bands "
            "(merged, filled), a 'What you told us' survey finding merged down over its actions, "
            "job titles as leads (two posts split by '/' or ';'), original and revised target dates "
            "(date cells and a 'Q3 2025/26' text), previous and current RAG columns with word and "
            "fill, a summary of RAG counts and a notes line below the table, separate RAG key sheet."),
        "reads": (
            "A trust-wide action plan responding to the 2024 NHS Staff Survey, grouped by People "
            "Promise element; each action answers a survey finding shown beside it (one finding "
            "covers two actions). The status is the current (September) RAG and the end is the "
            "revised target date where one is given; the RAG summary, notes and key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, italic=False):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.italic = italic


# ---------------------------------------------------------------------------
# 2. Norton Grange Care Home - PAMMS quality assessment action plan (docx)
# ---------------------------------------------------------------------------
def make_norton():
    name = "rn-norton-grange-care-home-pamms-quality-assessment-action-plan.docx"
    title = "Norton Grange Care Home: PAMMS Quality Assessment Action Plan"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Provider action plan following the Stockton-on-Tees Borough Council PAMMS "
                      "assessment, July 2025")
    info = [
        ("Provider", "Norton Grange Care Ltd"),
        ("Service", "Norton Grange Care Home, Norton, Stockton-on-Tees (residential and dementia care, "
                    "42 beds)"),
        ("Date of PAMMS assessment", "8 and 9 July 2025"),
        ("Overall PAMMS rating", "Requires Improvement"),
        ("Action plan completed by", "Registered Manager"),
        ("Date returned to the Quality Assurance and Compliance Team", "5 August 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in info:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "D9E2F3")
        set_text(cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the home will address each standard rated Requires Improvement or "
        "Poor in the PAMMS report. Progress is reviewed at the monthly provider meeting with the "
        "Quality Assurance and Compliance Officer.")
    doc.add_paragraph(
        "Status key: Completed; Green – on track; Amber – behind schedule but recoverable; "
        "Red – at risk of not being achieved.")

    heads = ["Ref", "Action to be taken", "Person(s) responsible", "Target date", "Status",
             "Evidence / progress"]
    domains = [
        ("Domain 1: Involvement and Information", [
            ("1.2 Information and communication (Requires Improvement): The service user guide and "
             "complaints information had not been updated since 2022 and were not available in easy "
             "read or large print.", [
                ("1.2a", "Review and reissue the service user guide and complaints leaflet, including "
                 "easy read and large print versions, and display them in each unit.",
                 "Registered Manager", "31/08/2025", "Completed",
                 "New guide issued 22/08/2025; copies in all three units."),
            ]),
        ]),
        ("Domain 2: Personalised Care and Support", [
            ("2.1 Care planning (Requires Improvement): Two of the five care plans tracked did not "
             "reflect people’s current falls risk or the advice of the falls team.", [
                ("2.1a", "Audit all 42 care plans against current risk assessments and update any that "
                 "do not reflect professional advice.", "Deputy Manager / Senior Care Workers",
                 "30/09/2025", "Green", "31 of 42 audited to date."),
                ("2.1b", "Introduce a monthly ‘resident of the day’ review so that each care plan is "
                 "reviewed with the person and their family.", "Deputy Manager",
                 "Ongoing – monthly", "Green", "Started August 2025."),
            ]),
            ("2.4 Nutrition and hydration (Requires Improvement): Fluid charts were not totalled and "
             "no target intake was recorded for people at risk of dehydration.", [
                ("2.4a", "Set daily fluid targets on the electronic care record (Nourish).\nTrain night "
                 "staff to total and escalate fluid charts at 06:00.",
                 "Registered Manager and Clinical Lead", "30/09/2025", "Green",
                 "Targets set for all residents; night staff training 80% complete."),
            ]),
        ]),
        ("Domain 3: Safeguarding and Safety", [
            ("3.3 Medication (Poor): Prescribed creams had no body maps, and two controlled drug "
             "balance checks did not match the register.", [
                ("3.3a", "Introduce body maps for all prescribed creams and a weekly topical MAR audit.",
                 "Clinical Lead", "15/08/2025", "Completed", "Body maps in place; audits weekly."),
                ("3.3b", "Complete controlled drugs competency assessments, with the supplying "
                 "pharmacy, for all senior staff who administer medicines.",
                 "Registered Manager; Pharmacy Advisor", "Sept 2025", "Amber",
                 "9 of 14 completed; remaining staff booked for 2 October 2025."),
            ]),
        ]),
        ("Domain 4: Suitability of Staffing", [
            ("4.2 Staff training and supervision (Requires Improvement): Only 61% of staff had "
             "received supervision in the last three months and dementia training compliance was 68%.", [
                ("4.2a", "Set up a supervision matrix so that every member of staff receives "
                 "supervision at least every eight weeks.", "Deputy Manager", "October 2025",
                 "Green", "Matrix in place; 78% compliant."),
                ("4.2b", "Book all staff onto Tier 2 dementia awareness training.",
                 "Training and Development Coordinator", "31/12/2025", "Red",
                 "Training provider cancelled the September cohort; alternative dates being sought."),
            ]),
        ]),
        ("Domain 5: Quality of Management", [
            ("5.1 Quality monitoring (Requires Improvement): Audits were completed but actions were "
             "not followed up, and the provider did not have oversight of falls and incident trends.", [
                ("5.1a", "Hold a monthly clinical governance meeting with the Operations Director to "
                 "review audits, falls, incidents and safeguarding, with an action log.",
                 "Operations Director; Registered Manager", "31/08/2025", "Completed",
                 "Meetings held 14 August and 11 September 2025."),
            ]),
        ]),
    ]
    stmap = {"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    stfill = {"Completed": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    endmap = {"31/08/2025": "2025-08", "30/09/2025": "2025-09", "15/08/2025": "2025-08",
              "Sept 2025": "2025-09", "October 2025": "2025-10", "31/12/2025": "2025-12"}
    expected = []
    for dom, stds in domains:
        doc.add_paragraph(dom, style="Heading 2")
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            set_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "1F3864")
            for run in t.rows[0].cells[c].paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for std, acts in stds:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_text(m, std, bold=True)
            shade(m, "D9E2F3")
            for ref, action, lead, date, status, prog in acts:
                cells = t.add_row().cells
                set_text(cells[0], ref)
                set_text(cells[1], action)
                set_text(cells[2], lead)
                set_text(cells[3], date)
                set_text(cells[4], status)
                shade(cells[4], stfill[status])
                set_text(cells[5], prog)
                if date in endmap:
                    end, et = endmap[date], None
                else:
                    end, et = None, date
                if lead == "Registered Manager and Clinical Lead":
                    leads = ["Registered Manager", "Clinical Lead"]
                else:
                    leads = [x.strip() for x in lead.replace(" / ", ";").split(";")]
                expected.append(act(ref, [dom, std], action, leads, end, stmap[status], et))
        doc.add_paragraph("")
    doc.add_paragraph("Sign-off", style="Heading 2")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Signed (Registered Manager)", "A. Whitfield"), ("Date", "05/08/2025"),
                 ("Reviewed by (Quality Assurance and Compliance Officer, Stockton-on-Tees Borough "
                  "Council)", "L. Carr, 12/08/2025")]:
        cells = t.add_row().cells
        set_text(cells[0], k, bold=True)
        set_text(cells[1], v)
    doc.save(P(name))

    write_yaml(name, {
        "source": (
            "Norton Grange Care Home (residential and dementia care home, Stockton-on-Tees), provider "
            "action plan after a local authority PAMMS quality assessment, 2025. Imitates PAMMS "
            "provider action plans returned to council quality assurance teams (cf. Stockton-on-Tees "
            "Borough Council PAMMS annual reports): title and service information table, status key "
            "paragraph, one Word table per PAMMS domain under a domain heading, a merged shaded row "
            "giving the standard, its rating and the assessor's finding above its actions, job "
            "titles as leads, status word with cell shading, sign-off table."),
        "reads": (
            "A care home's action plan answering a PAMMS assessment: five domain sections, each a "
            "table whose merged rows give the standard and the finding and whose following rows are "
            "the numbered actions. Completed reads as blue; 'Ongoing – monthly' has no end month; the "
            "information and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. Hertfordshire PCC & Chief Constable - Joint Audit Committee action log (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_herts():
    name = "rn-hertfordshire-pcc-chief-constable-joint-audit-committee-action-log.txt"
    title = "Joint Audit Committee – Action Log"
    OPEN = "OPEN ACTIONS"
    DONE = "COMPLETED ACTIONS – TO BE REMOVED FROM THE LOG"
    # (ref, meeting, minute, action, owner, target, status, update, [continuation], lead list, end, end_text)
    open_rows = [
        ("JAC/24/31", "10/12/2024", "7",
         "Internal audit to provide benchmarking of the number of overdue audit recommendations "
         "against other forces in the Eastern Region.", "Head of Internal Audit (TIAA)",
         "March 2026", "A", "Revised date agreed at the September meeting; data awaited from two forces.",
         None, ["Head of Internal Audit (TIAA)"], "2026-03", None),
        ("JAC/25/08", "18/03/2025", "5",
         "Bring a report on capital programme slippage and the re-profiling of the estates strategy.",
         "Chief Finance Officer (Constabulary)", "Dec-25", "G",
         "Report on the agenda for 2 December 2025.", None,
         ["Chief Finance Officer (Constabulary)"], "2025-12", None),
        ("JAC/25/14", "24/06/2025", "9",
         "Provide the Committee with a briefing on the controls in place following the limited "
         "assurance audit of seized property and cash handling.",
         "Head of Criminal Justice / Property Services Manager", "31/10/2025", "R",
         "Briefing delayed by the move of the property store to the new Stevenage site; now expected "
         "January 2026.",
         "Chair asked for a written update to members before the next meeting.",
         ["Head of Criminal Justice", "Property Services Manager"], "2025-10", None),
        ("JAC/25/17", "24/06/2025", "11",
         "Update the OPCC strategic risk register to include the risk arising from the national "
         "police funding formula review.", "OPCC Chief Executive", "Next meeting (Dec 2025)", "G",
         "Draft risk wording agreed with the Chief Finance Officer.", None,
         ["OPCC Chief Executive"], "2025-12", "Next meeting (Dec 2025)"),
        ("JAC/25/22", "16/09/2025", "6",
         "Arrange member training on the CIPFA Audit Committee position statement and the Global "
         "Internal Audit Standards.", "OPCC Chief Finance Officer & Head of Internal Audit (TIAA)",
         "Feb-26", "G", "Session pencilled in for 10 February 2026.", None,
         ["OPCC Chief Finance Officer", "Head of Internal Audit (TIAA)"], "2026-02", None),
        ("JAC/25/24", "16/09/2025", "8",
         "Provide assurance that the areas for improvement in the HMICFRS PEEL 2025 report are "
         "tracked through the Force Improvement Board.", "Deputy Chief Constable", "Ongoing", "G",
         "Standing item at each meeting.", None, ["Deputy Chief Constable"], None, "Ongoing"),
    ]
    done_rows = [
        ("JAC/25/09", "18/03/2025", "10",
         "Circulate the external auditor’s Annual Auditor’s Report 2023/24 to members.",
         "Chief Finance Officer (OPCC)", "30/04/2025", "Complete", "Circulated 14 April 2025.", None,
         ["Chief Finance Officer (OPCC)"], "2025-04", None),
        ("JAC/25/15", "24/06/2025", "10",
         "Add a column to the audit recommendations tracker showing how many times each target date "
         "has been revised.", "Head of Internal Audit (TIAA)", "Sep-25", "Complete",
         "Included in the tracker presented on 16 September 2025.", None,
         ["Head of Internal Audit (TIAA)"], "2025-09", None),
        ("JAC/25/23", "16/09/2025", "7",
         "Share the fraud and corruption risk assessment with the Chair.",
         "Head of Professional Standards", "31/10/2025", "Complete", "Sent to the Chair 20 October 2025.",
         None, ["Head of Professional Standards"], "2025-10", None),
    ]
    stmap = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    lines = [
        "Police and Crime Commissioner for Hertfordshire and Chief Constable of Hertfordshire Constabulary",
        title,
        "Position as at 18 November 2025 (for the meeting on 2 December 2025)",
        "Status: G = on track; A = at risk of missing target date; R = overdue; Complete = closed",
        "",
        "\t".join(["Action No.", "Meeting date", "Minute", "Action", "Owner", "Target date", "Status",
                   "Update"]),
    ]
    expected = []
    for sect, rows in ((OPEN, open_rows), (DONE, done_rows)):
        lines.append(sect)
        for (ref, mt, mn, action, owner, target, status, upd, cont, leads, end, et) in rows:
            lines.append("\t".join([ref, mt, mn, action, owner, target, status, upd]))
            if cont:
                lines.append("\t" * 7 + cont)
            expected.append(act(ref, [sect], action, leads, end, stmap[status], et))
    lines += [
        "",
        "Total open: %d\tCompleted since last meeting: %d" % (len(open_rows), len(done_rows)),
        "Prepared by the OPCC Governance Officer. Queries to the OPCC Chief Executive.",
    ]
    with open(P(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_yaml(name, {
        "source": (
            "Office of the Police and Crime Commissioner for Hertfordshire and Hertfordshire "
            "Constabulary, Joint Audit Committee action log, November 2025 (imitated). Copies the "
            "layout of joint audit committee action logs in OPCC committee papers: heading lines "
            "naming both corporations sole, position date, status key line, tab-separated columns "
            "(action number, meeting date, minute, action, owner, target date, status, update), "
            "section lines for open and completed actions, an update carried onto a continuation "
            "line, target dates in mixed forms (Dec-25, March 2026, 31/10/2025, 'Next meeting (Dec "
            "2025)', Ongoing), totals and prepared-by lines at the foot."),
        "reads": (
            "A joint audit committee's action log exported as tab-separated text: six open actions "
            "and three completed ones, each with an owner (job titles; two posts where joined by '/' "
            "or '&'), a target date and a G/A/R or Complete status. The continuation line belongs to "
            "the update of JAC/25/14; the key, totals and footer lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 4. Cumbria Fire and Rescue Service - HMICFRS AFI action tracker (csv export)
# ---------------------------------------------------------------------------
def make_cumbria():
    name = "rn-cumbria-fire-rescue-service-hmicfrs-afi-action-tracker.csv"
    title = ("HMICFRS Effectiveness, Efficiency and People 2023-25: Areas for Improvement – "
             "Action Tracker")
    A1 = ("The service should make sure it has an effective system to gather and record relevant "
          "and up-to-date risk information to help protect firefighters, the public and property "
          "during an emergency.")
    A2 = ("The service should make sure its prevention work is targeted at the people most at risk "
          "of fire, using data from partner organisations.")
    A3 = ("The service should make sure it has a clear rationale for the resources allocated "
          "between prevention, protection and response activities.")
    A4 = ("The service should make sure it has effective succession planning and a clear process "
          "for talent management.")
    A5 = ("The service should monitor secondary contracts to make sure working hours are not "
          "exceeded.")
    # pillar, afi label, afi text (None = continuation of group), ref, action, owner, target, revised,
    # rag, update, leads, end, end_text
    rows = [
        ("Effectiveness", "AFI 1", A1, "1.1",
         "Complete the review of Site-Specific Risk Information (SSRI) for all very high and high "
         "risk premises and move records onto the new mobile data terminals.",
         "Group Manager – Operational Risk", "31/03/2025", "30/09/2025", "Amber",
         "412 of 530 premises reviewed; MDT upload delayed by supplier.",
         ["Group Manager – Operational Risk"], "2025-09", None),
        ("", "", "", "1.2",
         "Introduce a quarterly quality assurance audit of 10% of SSRI records, reported to the "
         "Operational Assurance Group.", "Station Manager (Operational Risk)", "30/06/2025", "",
         "Blue", "Audit in place since Q1 2025/26.",
         ["Station Manager (Operational Risk)"], "2025-06", None),
        ("Effectiveness", "AFI 2", A2, "2.1",
         "Agree data-sharing arrangements with Cumberland Council and Westmorland and Furness "
         "Council adult social care teams so that people at highest risk are referred for a Home "
         "Fire Safety Visit.", "Area Manager – Community Safety", "Q3 2025/26", "", "Green",
         "Cumberland agreement signed; Westmorland and Furness in legal review.",
         ["Area Manager – Community Safety"], "2025-12", None),
        ("", "", "", "2.2",
         "Evaluate the targeting of Home Fire Safety Visits against the risk model.\nReport the "
         "findings to the Improvement Board.", "Prevention Manager / Data and Performance Manager",
         "31/12/2025", "", "Green", "",
         ["Prevention Manager", "Data and Performance Manager"], "2025-12", None),
        ("Efficiency", "AFI 3", A3, "3.1",
         "Develop a resource allocation model as part of the Community Risk Management Plan "
         "2026-30.", "Assistant Chief Fire Officer", "March 2026", "", "Green",
         "CRMP consultation opens January 2026.", ["Assistant Chief Fire Officer"], "2026-03", None),
        ("People", "AFI 4", A4, "4.1",
         "Launch a talent management framework for supervisory and middle managers, linked to the "
         "NFCC Leadership Framework.", "Head of People and Organisational Development",
         "30/09/2025", "31/01/2026", "Red",
         "Framework drafted; consultation with representative bodies has delayed the launch.",
         ["Head of People and Organisational Development"], "2026-01", None),
        ("", "", "", "4.2",
         "Publish temporary promotion guidance so that all opportunities are advertised openly.",
         "Head of People and Organisational Development", "31/05/2025", "", "Blue",
         "Guidance published May 2025.", ["Head of People and Organisational Development"],
         "2025-05", None),
        ("People", "AFI 5", A5, "5.1",
         "Require all staff with secondary employment to declare their hours annually and report "
         "exceptions to the People Board.", "HR Business Partner; Station Managers", "31/08/2025",
         "", "Blue", "Declarations complete for 2025.",
         ["HR Business Partner", "Station Managers"], "2025-08", None),
        ("", "", "", "5.2",
         "Audit the working time of on-call firefighters who have primary employment.",
         "HR Business Partner", "Ongoing – six-monthly", "", "Green",
         "First audit completed October 2025.", ["HR Business Partner"], None, "Ongoing – six-monthly"),
    ]
    ncol = 10
    pad = lambda xs: list(xs) + [""] * (ncol - len(xs))
    out = [
        pad(["Cumbria Fire and Rescue Service"]),
        pad([title]),
        pad(["Report to: Service Improvement Board – data extracted 04/11/2025"]),
        pad([]),
        ["Pillar", "AFI", "Area for improvement", "Action ref", "Action", "Action owner",
         "Target date", "Revised target date", "RAG", "Progress update"],
    ]
    stmap = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    expected = []
    pillar = afi = None
    for (pl, lab, txt, ref, action, owner, tgt, rev, rag, upd, leads, end, et) in rows:
        out.append([pl, lab, txt, ref, action, owner, tgt, rev, rag, upd])
        if pl:
            pillar, afi = pl, txt
        expected.append(act(ref, [pillar, afi], action, leads, end, stmap[rag], et))
    counts = {}
    for a in expected:
        counts[a["status"]] = counts.get(a["status"], 0) + 1
    out += [pad([]), pad(["Summary"]),
            pad(["Blue (complete)", str(counts.get("blue", 0))]),
            pad(["Green", str(counts.get("green", 0))]),
            pad(["Amber", str(counts.get("amber", 0))]),
            pad(["Red", str(counts.get("red", 0))]),
            pad(["Total actions", str(len(expected))])]
    with open(P(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(out)

    write_yaml(name, {
        "source": (
            "Cumbria Fire and Rescue Service, HMICFRS 2023-25 (round 3) inspection areas for "
            "improvement action tracker, progress at November 2025 (imitated). Copies fire service "
            "HMICFRS improvement plans reported to improvement boards and fire authority committees "
            "(cf. Leicestershire and Buckinghamshire FRS published HMICFRS plans): a CSV export from "
            "an Excel tracker with title lines, one row per action, pillar and AFI text given only on "
            "the first action of each AFI (blank below, as merged cells export), original and revised "
            "target dates (day-first, 'Q3 2025/26', 'March 2026'), RAG words, a multi-line action "
            "cell, and a RAG summary block with totals."),
        "reads": (
            "Nine actions answering five HMICFRS areas for improvement grouped by pillar "
            "(Effectiveness, Efficiency, People). Rows with blank pillar and AFI belong to the AFI "
            "above; the revised target date, where given, is the end; the summary rows are not "
            "actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Ormiston Venture Academy - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_ormiston():
    name = "rn-ormiston-venture-academy-post-ofsted-action-plan.docx"
    title = "Ormiston Venture Academy – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Inspection dates: 21 and 22 May 2024. Overall effectiveness: Requires improvement.")
    doc.add_paragraph("Approved by the Local Academy Council on 9 July 2024. Reviewed half-termly by "
                      "the Principal and the Ormiston Academies Trust Regional Director.")
    doc.add_paragraph("Version history", style="Heading 3")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Changes"]):
        set_text(t.rows[0].cells[c], h, bold=True)
    for v in [("1.0", "09/07/2024", "Approved by the Local Academy Council"),
              ("1.1", "04/11/2024", "Autumn 1 RAG update"),
              ("1.2", "24/02/2025", "Spring 1 RAG update")]:
        cells = t.add_row().cells
        for c, x in enumerate(v):
            set_text(cells[c], x)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key (shading in the final column): Blue – completed; Green – on track; "
                      "Amber – some slippage; Red – significant concern.")

    # (priority heading, recommendation, actions[(ref, action, lead, timescale, success, rag)], note)
    pris = [
        ("Priority 1: Curriculum implementation",
         "In some subjects, teachers do not check pupils’ understanding carefully enough. Leaders "
         "should ensure that teachers identify and address misconceptions before moving on to new "
         "content, particularly in mathematics and science at key stage 3.",
         [("1a", "Deliver whole-staff training on responsive teaching and hinge questions, followed by "
           "coaching cycles for every teacher of mathematics and science.",
           "Vice Principal (Quality of Education)", "Autumn term 2024",
           "All mathematics and science teachers complete a coaching cycle; learning walks show "
           "hinge questions used in 90% of lessons.", "Blue"),
          ("1b", "Introduce low-stakes retrieval quizzes at the start of every key stage 3 lesson and "
           "use the results to plan re-teaching.", "Head of Mathematics / Head of Science",
           "Spring term 2025", "Quiz results show fewer repeated misconceptions by the end of each unit.",
           "Green"),
          ("1c", "Carry out learning walks and book looks each half term with trust subject directors "
           "to check the consistency of assessment for learning.", "Principal; OAT Regional Director",
           "Half-termly", "Quality assurance reports show consistent practice across departments.",
           "Green")],
         "Monitored by: Quality of Education link governor (termly visit report)"),
        ("Priority 2: Reading",
         "Leaders should ensure that the weakest readers in key stage 3 receive the precise support "
         "they need to catch up quickly, so that they can access the full curriculum.",
         [("2a", "Screen all Year 7 pupils on entry using a standardised reading test and identify "
           "those reading below their chronological age.", "Reading Lead", "September 2024",
           "All Year 7 pupils screened; intervention groups set by 30 September.", "Blue"),
          ("2b", "Deliver a phonics-based reading programme four times a week to pupils with the "
           "lowest reading ages, taught by trained teaching assistants.", "Reading Lead and SENCo",
           "Sept 2024 – July 2025", "80% of pupils in the programme gain at least 12 months in "
           "reading age.", "Amber")],
         None),
        ("Priority 3: Attendance and behaviour",
         "Leaders should continue to reduce rates of persistent absence and suspension, especially "
         "for disadvantaged pupils and pupils with special educational needs and/or disabilities "
         "(SEND).",
         [("3a", "Appoint an Attendance Officer and hold weekly attendance panels, with first-day "
           "calling and home visits for pupils whose attendance is below 90%.",
           "Assistant Principal (Behaviour and Attendance)", "Autumn term 2024",
           "Persistent absence falls below 20%.", "Blue"),
          ("3b", "Open the ‘Venture Hub’ internal alternative provision, with a reintegration plan for "
           "every pupil placed there.", "Assistant Principal (Behaviour and Attendance)",
           "Summer term 2025", "Suspensions reduce by a third compared with 2023–24.", "Red"),
          ("3c", "Report persistent absence and suspension data for disadvantaged pupils and pupils "
           "with SEND to the Local Academy Council each half term.", "Principal", "Half-termly",
           "Governors’ minutes show challenge on the gaps for each group.", "Green")],
         None),
    ]
    endmap = {"Autumn term 2024": "2024-12", "Spring term 2025": "2025-04",
              "Summer term 2025": "2025-07", "September 2024": "2024-09",
              "Sept 2024 – July 2025": "2025-07"}
    etmap = {"Autumn term 2024": "Autumn term 2024", "Spring term 2025": "Spring term 2025",
             "Summer term 2025": "Summer term 2025", "Sept 2024 – July 2025": "Sept 2024 – July 2025",
             "Half-termly": "Half-termly"}
    heads = ["Ref", "Actions", "Lead(s)", "Timescale", "Success criteria", "RAG"]
    expected = []
    for pri, rec, acts, note in pris:
        doc.add_paragraph(pri, style="Heading 2")
        t = doc.add_table(rows=2, cols=len(heads))
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        set_text(m, rec, italic=True)
        shade(m, "FFF2CC")
        for c, h in enumerate(heads):
            set_text(t.rows[1].cells[c], h, bold=True)
            shade(t.rows[1].cells[c], "D9D9D9")
        for ref, action, lead, ts, sc, rag in acts:
            cells = t.add_row().cells
            set_text(cells[0], ref)
            set_text(cells[1], action)
            set_text(cells[2], lead)
            set_text(cells[3], ts)
            set_text(cells[4], sc)
            shade(cells[5], FILL[rag])
            leads = [x.strip() for x in
                     lead.replace(" / ", ";").replace(" and SENCo", ";SENCo").split(";")]
            expected.append(act(ref, [pri, rec], action, leads, endmap.get(ts),
                                rag.lower(), etmap.get(ts)))
        if note:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            set_text(m, note, italic=True)
        doc.add_paragraph("")
    doc.add_paragraph("Signed: J. Mottram, Principal            Signed: R. Haines, Chair of the Local "
                      "Academy Council")
    doc.save(P(name))

    write_yaml(name, {
        "source": (
            "Ormiston Venture Academy (Ormiston Academies Trust, Great Yarmouth), post-Ofsted action "
            "plan 2024-25 after a May 2024 section 5 inspection (imitated). Copies school post-Ofsted "
            "action plans published on academy websites and Ofsted guidance on action planning: "
            "title, inspection and approval lines, version history table, RAG key paragraph, one "
            "table per priority under a 'Priority n:' heading with the inspectors' 'what does the "
            "school need to do to improve' text in a merged first row, actions lettered 1a/1b, "
            "termly timescales, success criteria column, RAG shown only by cell shading, a "
            "'Monitored by' note row, signature line."),
        "reads": (
            "Three priorities, each with the Ofsted recommendation it answers and two or three "
            "actions. Timescales are school terms (Autumn 2024 ends December, Spring 2025 ends at "
            "the Easter holiday in April, Summer 2025 ends July), a month, a period and 'Half-termly' "
            "(no end). The status is the shading of the empty RAG cell; the version table, key, "
            "monitoring note and signatures are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. Edge Hill University - internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def make_edgehill():
    name = "rn-edge-hill-university-internal-audit-recommendations-tracker.xlsx"
    title = "Internal Audit Recommendations Tracker"
    D = dt.datetime
    CY = "Cyber Security: Vulnerability and Patch Management (2024/25) – Limited assurance"
    SR = "Student Recruitment Agents (2024/25) – Partial assurance"
    RG = "Research Grants Post-Award (2025/26) – Reasonable assurance"
    HS = "Health and Safety: Fire Risk Assessments (2024/25) – Reasonable assurance"
    outstanding = [
        ("band", CY),
        ("CS24.1", "High", "The University should define patching timescales by severity and monitor "
         "compliance through a monthly dashboard.",
         "Adopt a patching standard (critical 14 days, high 30 days) and report compliance monthly to "
         "the Digital Governance Board.", "Director of IT Services", D(2025, 3, 31), D(2025, 12, 31), 2,
         "A", "Standard approved; dashboard live for servers but not yet for end-user devices."),
        ("CS24.2", "Medium", "Unsupported operating systems should be identified and either removed "
         "or formally risk-accepted.",
         "Complete the inventory of end-of-life systems and present risk acceptances to the Chief "
         "Operating Officer.", "Head of Infrastructure; Information Security Manager",
         D(2025, 6, 30), None, 0, "R", "Inventory 80% complete; staff diverted to the Windows 11 "
         "migration."),
        ("band", SR),
        ("SRA24.1", "High", "Due diligence on overseas recruitment agents should be refreshed annually "
         "and the evidence held centrally.",
         "Introduce an annual agent due diligence and performance review recorded in the CRM.",
         "Director of International", D(2025, 9, 30), None, 0, "G",
         "Reviews complete for 31 of 38 agents."),
        ("SRA24.2", "Medium", "Commission should only be paid once a student’s enrolment and "
         "attendance have been confirmed.",
         "Release commission payments only on confirmation of census-point attendance from Student "
         "Records.\nIntroduce two-person authorisation for payments over £10,000.",
         "Director of Finance; Director of International", D(2025, 7, 31), D(2025, 11, 30), 1, "G",
         "Process change agreed; system change due for the November census."),
        ("band", RG),
        ("RG25.1", "Low", "Timesheets for staff on externally funded projects should be approved by "
         "the principal investigator within one month.",
         "Issue guidance to principal investigators and add a monthly timesheet compliance report to "
         "the Research Office dashboard.", "Head of Research Office", D(2026, 1, 31), None, 0, "G",
         "Not yet due."),
    ]
    implemented = [
        ("band", CY),
        ("CS24.3", "Low", "Patching exceptions should be logged with a named owner.",
         "Create an exceptions log in ServiceNow with named owners and review dates.",
         "Information Security Manager", D(2025, 4, 30), None, 0, "B",
         "Log in place since April 2025; sample verified by Uniac."),
        ("band", HS),
        ("HS24.1", "Medium", "Actions from fire risk assessments should be tracked to completion "
         "against target dates.",
         "Load all fire risk assessment actions onto the Estates Planon system and report overdue "
         "actions to the Health and Safety Committee.", "Head of Health and Safety / Director of Estates",
         D(2025, 5, 31), D(2025, 8, 31), 1, "B", "Report presented to the September committee."),
        ("HS24.2", "Low", "Fire warden training records should be held centrally.",
         "Move fire warden training records to the central learning management system.",
         "Head of Health and Safety", D(2025, 6, 30), None, 0, "B", "Records migrated June 2025."),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Edge Hill University"
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=14)
    sm["A3"] = "Audit Committee – 25 November 2025"
    hdr = ["Audit", "Year", "Assurance", "High", "Medium", "Low", "Outstanding", "Implemented"]
    for c, h in enumerate(hdr, 1):
        sm.cell(5, c, h).font = Font(bold=True)
        sm.cell(5, c).fill = solid("D9D9D9")
    summ = [("Cyber Security: Vulnerability and Patch Management", "2024/25", "Limited", 1, 1, 1, 2, 1),
            ("Student Recruitment Agents", "2024/25", "Partial", 1, 1, 0, 2, 0),
            ("Research Grants Post-Award", "2025/26", "Reasonable", 0, 0, 1, 1, 0),
            ("Health and Safety: Fire Risk Assessments", "2024/25", "Reasonable", 0, 1, 1, 0, 2)]
    r = 6
    for row in summ:
        for c, v in enumerate(row, 1):
            sm.cell(r, c, v)
        r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    for c in range(4, 9):
        sm.cell(r, c, sum(x[c - 1] for x in summ)).font = Font(bold=True)
    sm.cell(r + 2, 1, "RAG: B = implemented; G = on track; A = target date revised / at risk; "
                      "R = overdue")
    sm.column_dimensions["A"].width = 50

    heads = ["Rec ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original date", "Revised date", "Times revised", "RAG", "Management update"]
    ncol = len(heads)
    expected = []
    stmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    def sheet(ws, head1, head2, rows, last_head):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws["A1"] = head1
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = head2
        hs = heads[:-1] + [last_head]
        for c, h in enumerate(hs, 1):
            cell = ws.cell(4, c, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = solid("4B2E83")
            cell.alignment = WRAP
            cell.border = BOX
        r = 5
        band = None
        for row in rows:
            if row[0] == "band":
                band = row[1]
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
                ws.cell(r, 1, band).font = Font(bold=True)
                ws.cell(r, 1).fill = solid("E4DFEC")
                r += 1
                continue
            ref, pri, rec, action, lead, orig, rev, n, rag, upd = row
            vals = [ref, pri, rec, action, lead, orig, rev, n, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd-mmm-yy"
            ws.cell(r, 9).fill = solid(FILL[rag])
            if n >= 2:
                ws.cell(r, 7).font = Font(color="FF0000", bold=True)
            endv = rev if rev is not None else orig
            leads = [x.strip() for x in lead.replace(" / ", ";").split(";")]
            expected.append(act(ref, [band, rec], action, leads, endv.strftime("%Y-%m"),
                                stmap[rag]))
            r += 1
        for i, w in enumerate([9, 9, 40, 45, 28, 11, 11, 8, 6, 40]):
            ws.column_dimensions[chr(65 + i)].width = w
        return r

    ws = wb.create_sheet("Outstanding")
    r = sheet(ws, "Outstanding internal audit recommendations",
              "Position at 7 November 2025. Internal audit service: Uniac.", outstanding,
              "Management update")
    ws.cell(r + 1, 1, "Note: revised dates in red have been revised two or more times and are "
                      "reported to the Committee by exception.")
    ws2 = wb.create_sheet("Implemented")
    sheet(ws2, "Recommendations implemented since the last Committee (proposed for closure)",
          "Implementation verified by Uniac where marked in the evidence column.", implemented,
          "Evidence of implementation")
    wb.save(P(name))

    write_yaml(name, {
        "source": (
            "Edge Hill University, internal audit recommendations tracker presented to the Audit "
            "Committee, November 2025 (imitated). Copies university audit committee follow-up "
            "reports (cf. Uniac's description of action tracking for university audit committees): "
            "a summary sheet with counts by audit and totals and a RAG key, an 'Outstanding' sheet "
            "and an 'Implemented' sheet, each with merged audit-report band rows (audit, year, "
            "assurance level), the recommendation and the agreed management action on the same row, "
            "priority, job titles as responsible officers (two posts split by ';' or '/'), original "
            "and revised dates as date cells, times-revised count, RAG letter with fill, and a note "
            "line."),
        "reads": (
            "Eight agreed management actions from four internal audits: five still outstanding and "
            "three implemented (B = blue). Each action sits under its audit band and answers the "
            "recommendation on its row; the end is the revised date where there is one. The summary "
            "sheet and note are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ---------------------------------------------------------------------------
# 7. Broadacres Housing Association - strategic risk register (xlsx, typo month: refuse)
# ---------------------------------------------------------------------------
def make_broadacres():
    name = "rn-broadacres-housing-association-strategic-risk-register-typo-month-refuse.xlsx"
    title = "Broadacres Housing Association – Strategic Risk Register 2025/26"
    wb = Workbook()
    ws = wb.active
    ws.title = "Strategic Risk Register"
    heads = ["Risk ID", "Risk", "Risk owner", "Inherent (L x I)", "Key controls", "Residual (L x I)",
             "Trend", "Further action required", "Action owner", "Target date", "Status"]
    ncol = len(heads)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = ("Reviewed by the Audit and Risk Committee on 16 October 2025 | Risk appetite set by "
                "the Board in March 2025")
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = solid("00594F")
        cell.alignment = WRAP
        cell.border = BOX
    # band rows and risks: (risk id, risk, owner, inherent, controls, residual, trend, [actions])
    content = [
        ("band", "Strategic objective 1: Safe, warm and well-maintained homes"),
        ("SR01", "Failure to meet building and tenant safety compliance (gas, electrical, fire, water, "
         "asbestos, lifts)", "Executive Director of Property Services", "4 x 5 = 20",
         "Monthly compliance dashboard to Executive and Board; external audit of gas and fire "
         "safety; Building Safety Manager in post.", "2 x 5 = 10", "↔",
         [("Procure a second fire risk assessment contractor to clear the backlog of re-inspections.",
           "Head of Compliance", "Dec-25", "On track"),
          ("Complete the migration of compliance data to the new asset management system.",
           "Head of Compliance; Head of ICT", "Mar-26", "On track")]),
        ("SR02", "Damp and mould cases not resolved within Awaab’s Law timescales",
         "Director of Customer Services", "4 x 4 = 16",
         "Damp and mould policy; case tracker reviewed weekly; specialist surveyor.", "3 x 4 = 12", "↑",
         [("Implement the Awaab’s Law hazard response process, including 24-hour emergency triage.",
           "Head of Repairs", "Oct-25", "Complete"),
          ("Commission stock condition surveys for all homes, prioritising pre-1945 stock.",
           "Asset Manager", "Mar-27", "On track")]),
        ("band", "Strategic objective 2: Financial strength"),
        ("SR03", "Breach of loan covenants (interest cover) because of higher repairs costs and "
         "inflation", "Director of Finance", "3 x 5 = 15",
         "Business plan stress testing; golden rules monitored monthly; treasury management policy.",
         "2 x 5 = 10", "↔",
         [("Re-run the business plan stress tests with revised repairs and damp and mould costs and "
           "report to the Board.", "Head of Financial Planning", "Nov-25", "On track")]),
        ("SR04", "Cyber attack leading to loss of systems or tenant data", "Director of Resources",
         "4 x 4 = 16", "Multi-factor authentication; immutable back-ups; annual penetration test.",
         "3 x 4 = 12", "↑",
         [("Achieve Cyber Essentials Plus certification.", "Head of ICT", "Jan-26", "At risk"),
          ("Run a cyber incident tabletop exercise with the Executive Team.",
           "Head of ICT / Governance Manager", "0ct-25", "Not started")]),
        ("band", "Strategic objective 3: Customer voice and consumer standards"),
        ("SR05", "Failure to meet the Regulator of Social Housing consumer standards, leading to a C3 "
         "or C4 grading", "Chief Executive", "3 x 5 = 15",
         "Consumer standards self-assessment; Customer Committee scrutiny; TSM reporting to Board.",
         "2 x 5 = 10", "↓",
         [("Complete the self-assessment against the Transparency, Influence and Accountability "
           "Standard and agree the improvement plan with the Customer Committee.",
           "Director of Customer Services", "Feb-26", "On track"),
          ("Publish tenant satisfaction measures with commentary and an action plan on the website.",
           "Performance and Insight Manager", "Jun-26", "On track")]),
    ]
    r = 5
    typo_row = None
    n_actions = 0
    for item in content:
        if item[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = solid("CCE5E2")
            r += 1
            continue
        rid, risk, owner, inh, ctrl, res, trend, acts = item
        first = r
        for c, v in enumerate([rid, risk, owner, inh, ctrl, res, trend], 1):
            ws.cell(r, c, v)
        for action, aowner, tdate, status in acts:
            ws.cell(r, 8, action)
            ws.cell(r, 9, aowner)
            ws.cell(r, 10, tdate)
            ws.cell(r, 11, status)
            if tdate.startswith("0ct"):
                typo_row = r
            n_actions += 1
            r += 1
        if len(acts) > 1:
            for c in range(1, 8):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        for rr in range(first, r):
            for c in range(1, ncol + 1):
                ws.cell(rr, c).alignment = WRAP
                ws.cell(rr, c).border = BOX
        # residual score fill
        score = int(res.split("=")[1])
        ws.cell(first, 6).fill = solid("FF0000" if score >= 15 else "FFC000" if score >= 8 else "00B050")
    r += 1
    ws.cell(r, 1, "Trend: ↑ increasing  ↔ stable  ↓ decreasing. Scores: 1–7 low, 8–14 medium, 15–25 high.")
    for i, w in enumerate([8, 40, 26, 12, 45, 12, 7, 48, 28, 11, 12]):
        ws.column_dimensions[chr(65 + i)].width = w

    sc = wb.create_sheet("Scoring")
    sc["A1"] = "Likelihood and impact scoring"
    sc["A1"].font = Font(bold=True)
    for i, (a, b) in enumerate([("1", "Rare / Minimal"), ("2", "Unlikely / Minor"),
                                ("3", "Possible / Moderate"), ("4", "Likely / Major"),
                                ("5", "Almost certain / Severe")], start=3):
        sc.cell(i, 1, a)
        sc.cell(i, 2, b)
    wb.save(P(name))
    assert typo_row is not None

    write_yaml(name, {
        "source": (
            "Broadacres Housing Association (North Yorkshire), strategic risk register 2025/26 as "
            "reviewed by its Audit and Risk Committee (imitated; cf. Broadacres' published risk "
            "management strategy). Copies housing association board risk registers: title and review "
            "lines, strategic objective bands (merged), risk ID/risk/owner/inherent and residual "
            "L x I scores with fill, key controls, trend arrows, and one row per further action with "
            "its owner, target date (Mmm-yy text) and status, the risk cells merged down over their "
            "actions; a trend/scoring note and a scoring sheet."),
        "reads": (
            "A strategic risk register whose further actions have target dates written Mmm-yy. The "
            "target date of the cyber tabletop exercise action under SR04 reads '0ct-25' with a zero "
            "for the letter O: a mistyped month, so a careful reader stops and asks rather than "
            "guess it."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, n_actions, typo_row


if __name__ == "__main__":
    for fn in (make_uhd, make_norton, make_herts, make_cumbria, make_ormiston, make_edgehill,
               make_broadacres):
        print(fn())
