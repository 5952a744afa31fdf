"""Build the seven zug- blind test files for set heldout658.

Run with /work/main/.venv/bin/python zug_make.py (python-docx, openpyxl).
Writes only files whose names start with "zug-" into this folder.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zug-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# ======================================================== 1. HMP Ranby (docx)
def make_ranby():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Action Plan: HMP Ranby")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Action Plan Submitted: 14 April 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 7–17 October 2024")
    doc.add_paragraph("Report Published: 4 February 2025")

    p = doc.add_paragraph()
    p.add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the "
        "conditions for, and treatment of, those in prison. Following each inspection HMPPS is "
        "required to produce an action plan which confirms whether each concern is agreed, partly "
        "agreed or not agreed and sets out the actions the establishment will take, with an owner "
        "and a target date for each action. This version includes the progress position reported "
        "to the Senior Leadership Team on 2 July 2025.")

    key = doc.add_table(rows=4, cols=3)
    key.style = "Table Grid"
    header_row(key, ["Term", "Definition", "Additional comment"])
    rows = [
        ("Agreed", "All of the concern is agreed with, can be addressed and is affordable.",
         "Actions should be specific, measurable and time-bound so that progress can be tracked."),
        ("Partly Agreed", "Only part of the concern is agreed with and will be addressed.",
         "The response must make clear which part will be addressed and why the rest will not."),
        ("Not Agreed", "The concern is not agreed with and will not be addressed.",
         "The response must explain the reasons for not agreeing."),
    ]
    for i, row in enumerate(rows, start=1):
        for j, t in enumerate(row):
            set_cell(key.rows[i].cells[j], t)

    doc.add_paragraph()
    doc.add_paragraph("Progress RAG: Blue – action complete; Green – on track to meet target date; "
                      "Amber – at risk of slippage; Red – target date missed.")

    hdr = ["Ref", "Concern (report para)", "Agreed / Partly Agreed / Not Agreed",
           "Action Taken / Planned", "Responsible Owner", "Target Date", "RAG"]

    def concern_table(concerns):
        n = sum(len(c["actions"]) for c in concerns)
        t = doc.add_table(rows=n + 1, cols=len(hdr))
        t.style = "Table Grid"
        header_row(t, hdr)
        r = 1
        for c in concerns:
            first, last = r, r + len(c["actions"]) - 1
            for a in c["actions"]:
                row = t.rows[r].cells
                set_cell(row[0], a[0])
                set_cell(row[3], a[1])
                set_cell(row[4], a[2])
                set_cell(row[5], a[3])
                set_cell(row[6], a[4])
                r += 1
            for col, text in ((1, c["text"]), (2, c["agreed"])):
                cell = t.cell(first, col)
                if last > first:
                    cell = cell.merge(t.cell(last, col))
                set_cell(cell, text)
        return t

    p = doc.add_paragraph()
    p.add_run("PRIORITY CONCERNS").bold = True
    concern_table([
        {"text": "Illicit drugs were readily available and the positive rate for random mandatory "
                 "drug testing was high at 31%. Leaders did not have an effective plan to reduce "
                 "supply and demand. (para 1.12)",
         "agreed": "Agreed",
         "actions": [
             ("1.1", "Publish a refreshed drug strategy covering supply reduction, demand reduction "
                     "and recovery, informed by the local needs analysis completed in November 2024.",
              "Head of Security", "31/03/2025", "Blue"),
             ("1.2", "Use the body-worn X-ray scanner for all new arrivals and for prisoners returning "
                     "from court or hospital, with compliance checked at the weekly security meeting.",
              "Head of Security", "June 2025", "Green"),
         ]},
        {"text": "Too many prisoners spent most of the day locked in their cells, and the regime was "
                 "often curtailed at short notice. (para 1.18)",
         "agreed": "Partly Agreed",
         "actions": [
             ("2.1", "Introduce a published regime for every wing with at least six hours unlocked on "
                     "weekdays.\nCurtailments to be logged and reviewed weekly by the Deputy Governor.",
              "Head of Operations", "30/06/2025", "Amber"),
         ]},
        {"text": "Leaders had not provided enough activity places, and around a third of prisoners "
                 "were unemployed or in part-time work. (para 1.24)",
         "agreed": "Agreed",
         "actions": [
             ("3.1", "Complete an activities needs analysis and re-profile the curriculum to create "
                     "120 additional full-time places.",
              "Head of Reducing Reoffending / Head of Education, Skills and Work",
              "End of September 2025", "Green"),
         ]},
    ])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("KEY CONCERNS").bold = True
    concern_table([
        {"text": "Officers did not consistently challenge low-level poor behaviour, and the "
                 "incentives scheme was not used well enough to motivate prisoners. (para 1.31)",
         "agreed": "Agreed",
         "actions": [
             ("4.1", "Relaunch the incentives policy with briefings for all band 3–5 officers on "
                     "every wing.",
              "Custodial Manager (Residence)", "31 May 2025", "Blue"),
         ]},
        {"text": "Too many prisoners were released without sustainable accommodation. (para 1.40)",
         "agreed": "Agreed",
         "actions": [
             ("5.1", "Agree a referral pathway with Bassetlaw and Nottingham housing teams for all "
                     "prisoners within 12 weeks of release.",
              "Head of Resettlement", "Q2 2025/26", "Amber"),
             ("5.2", "Hold a monthly accommodation surgery on the resettlement unit with the CAS3 "
                     "provider.",
              "Head of Resettlement", "Ongoing", "Green"),
         ]},
    ])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("SIGN-OFF").bold = True
    so = doc.add_table(rows=3, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Name", "Role", "Date"])
    for i, row in enumerate([("Marcus Hendry", "Governor, HMP Ranby", "14/04/2025"),
                             ("Alison Brereton", "Prison Group Director", "16/04/2025")], start=1):
        for j, t in enumerate(row):
            set_cell(so.rows[i].cells[j], t)

    doc.save(out("zug-hmp-ranby-hmip-inspection-action-plan.docx"))


# ============================================= 2. Stamford Endowed Schools (docx)
FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


def make_stamford():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    doc.add_heading("Stamford Endowed Schools: ISI Inspection Action Plan", level=0)
    doc.add_paragraph("Routine inspection 12–14 November 2024 · Report published 16 January 2025")

    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Approved by"], fill="7B2C3B")
    for i, row in enumerate([("1.0", "03/02/2025", "Principal", "Board of Governors"),
                             ("1.1", "12/05/2025", "Deputy Head (Academic)", "Education Committee")],
                            start=1):
        for j, t in enumerate(row):
            set_cell(dc.rows[i].cells[j], t, size=10)

    doc.add_paragraph()
    doc.add_paragraph(
        "The inspection found that the Independent School Standards and the National Minimum "
        "Standards for Boarding Schools are met. Inspectors identified a small number of recommended "
        "next steps. This plan sets out how the School will respond to each of them; it is reviewed "
        "by the Education Committee each term. The status column is shaded using the key below.")

    k = doc.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for i, (lab, col) in enumerate([("Complete", "blue"), ("On track", "green"),
                                    ("Some slippage", "amber"), ("At risk", "red"),
                                    ("Not yet started (no shading)", None)]):
        set_cell(k.rows[0].cells[i], lab, bold=True, size=10)
        if col:
            shade(k.rows[0].cells[i], FILL[col])

    sections = [
        ("1. Leadership and management, and governance",
         "Strengthen governors’ oversight of health and safety so that monitoring across both school "
         "sites is systematic and recorded.",
         [("Introduce a termly health and safety report to the Estates and Risk Committee, including "
           "the compliance calendar and audit findings.", "Bursar",
           "Report received at each termly meeting; actions minuted", "Summer term 2025", "green"),
          ("Appoint a nominated governor for health and safety and agree a programme of site walks "
           "with the Estates Manager.", "Chair of Governors",
           "Governor appointed; first site walk completed", "March 2025", "blue")]),
        ("2. Quality of education, training and recreation",
         "Ensure that teaching in Years 7 to 9 consistently adapts tasks so that the most able pupils "
         "are suitably challenged.",
         [("Deliver a programme of staff CPD on adaptive teaching, followed by learning walks led by "
           "heads of department.", "Deputy Head (Academic)",
           "Learning walks show challenge for the most able in most lessons", "Autumn term 2025",
           "amber"),
          ("Revise the Year 7–9 schemes of work in English, mathematics and science to include "
           "extension pathways.", "JRM, KLT", "Revised schemes in use in all three subjects",
           "By February half-term 2025", "blue")]),
        ("3. Pupils’ physical and mental health and emotional wellbeing",
         "Make sure that boarders’ views are gathered and acted upon consistently in all boarding "
         "houses.",
         [("Set up a boarders’ council in each house, meeting twice each half-term, with minutes "
           "shared with the Head of Boarding.",
           "Head of Boarding / Housemasters and Housemistresses",
           "Boarder survey shows improved confidence that concerns are heard", "Ongoing", "green")]),
        ("5. Safeguarding",
         "Ensure that the single central record is maintained accurately and checked regularly by the "
         "proprietor.",
         [("Complete a full audit of the single central record against personnel files and correct "
           "any omissions.", "HR Manager", "Audit complete; no omissions at governor check",
           "31/01/2025", "blue"),
          ("Train all staff who make entries on the single central record in the School’s recording "
           "procedures.", "HR Manager", "All named staff trained", "September 2025", None)]),
    ]
    for heading, step, actions in sections:
        doc.add_heading(heading, level=2)
        p = doc.add_paragraph()
        r = p.add_run(step)
        r.italic = True
        t = doc.add_table(rows=len(actions) + 1, cols=5)
        t.style = "Table Grid"
        header_row(t, ["Action", "Lead", "Success criteria", "By when", "Status"], fill="7B2C3B")
        for i, (act, lead, sc, when, status) in enumerate(actions, start=1):
            cells = t.rows[i].cells
            set_cell(cells[0], act, size=10)
            set_cell(cells[1], lead, size=10)
            set_cell(cells[2], sc, size=10)
            set_cell(cells[3], when, size=10)
            set_cell(cells[4], "", size=10)
            if status:
                shade(cells[4], FILL[status])

    doc.add_paragraph()
    doc.add_paragraph("Next review: Education Committee, Summer term 2025.")
    doc.save(out("zug-stamford-endowed-schools-isi-inspection-action-plan.docx"))


# ============================================ xlsx helpers
XFILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in
         {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
          "blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
          "hdr": "203864", "sec": "D9E1F2", "grey": "D9D9D9"}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_cells(ws, row, labels, fill="hdr"):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = XFILL[fill]
        c.alignment = WRAP
        c.border = BOX


# ======================================== 3. West Yorkshire Police custody (xlsx)
def make_wyp():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "West Yorkshire Police – Custody Inspection Action Plan"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A3"] = ("Report on an unannounced inspection visit to police custody suites in West "
                 "Yorkshire by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and "
                 "Fire & Rescue Services")
    cov["A4"] = "Inspection: 9–20 September 2024 | Published: 28 January 2025"
    cov["A5"] = "Version 4 – updated for Custody Governance Board, 15 July 2025"
    cov["A6"] = "Strategic lead: ACC Local Policing | Owner: Head of Custody"
    cov["A8"] = "RAG key"
    cov["A8"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete – evidence submitted to Custody Governance Board"),
                                  ("G", "On track"),
                                  ("A", "Some slippage – revised date agreed"),
                                  ("R", "Off track – escalated to ACC")], start=9):
        cov.cell(row=i, column=1, value=k).fill = XFILL[k]
        cov.cell(row=i, column=2, value=txt)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "West Yorkshire Police – Custody Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    hdr = ["Ref", "Inspection finding", "Action", "Action owner", "Original due date",
           "Revised due date", "Previous RAG", "Current RAG", "Progress update (July 2025)"]
    hdr_cells(ws, 3, hdr)
    widths = [7, 45, 55, 26, 13, 13, 10, 10, 45]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w

    D = dt.datetime
    plan = [
        ("Leadership, accountability and partnerships", [
            ("Recommendation 1: The force should ensure that all use of force in custody is recorded "
             "accurately and that leaders scrutinise the data to identify trends and learning.", [
                ("1.1", "Add a mandatory use of force field to the custody record on Niche and make it "
                        "a required entry before a detainee’s record can be closed.",
                 "Supt R. Akhtar; Insp L. Crowther", D(2025, 3, 31), D(2025, 6, 30), "A", "B",
                 "Field live from 2 June 2025. Compliance 97% in June."),
                ("1.2", "Present a quarterly use of force dashboard, broken down by ethnicity and age, "
                        "to the Custody Governance Board.",
                 "Custody Performance Analyst", D(2025, 4, 30), None, "G", "G",
                 "First dashboard presented in April; Q1 data due at July board."),
            ]),
        ]),
        ("In the custody suite: booking in, individual needs and legal rights", [
            ("Area for improvement 3: Detainees’ privacy at the booking-in desks was poor, and "
             "confidential information could be overheard.", [
                ("2.1", "Fit acoustic screening between the booking-in desks at Elland Road and "
                        "Trafalgar House.",
                 "Estates Project Manager", D(2025, 5, 31), D(2025, 10, 31), "A", "A",
                 "Contractor appointed; works scheduled around suite closures."),
                ("2.2", "Reinforce in custody officer briefings that risk questions should be asked in "
                        "a private room where a desk is in use nearby.",
                 "Custody Inspectors", D(2025, 2, 28), None, "B", "B",
                 "Briefing delivered to all teams in February."),
            ]),
        ]),
        ("In the custody cell, safeguarding and health care", [
            ("Recommendation 2: The force should make sure that children are not held in custody "
             "overnight unless there is no alternative, and that requests for local authority "
             "accommodation are made and escalated promptly.", [
                ("3.1", "Agree a joint protocol for PACE transfers with the five West Yorkshire local "
                        "authorities, with named out-of-hours contacts.",
                 "Head of Custody", D(2025, 6, 30), D(2025, 9, 30), "G", "A",
                 "Four of five authorities signed; Kirklees sign-off expected August."),
                ("3.2", "Audit every overnight detention of a child monthly and report the findings "
                        "to the Safeguarding Partnership.",
                 "Head of Custody / Safeguarding Central Governance Unit", D(2025, 3, 31), None,
                 "G", "B", "Monthly audit embedded; reported to partnership from March."),
            ]),
            ("Area for improvement 6: Health care staff did not always have timely access to "
             "detainees’ mental health records.", [
                ("3.3", "Complete the data-sharing agreement with the mental health trust so that "
                        "custody nurses can view SystmOne records.",
                 "Force Medical Lead", D(2025, 7, 31), None, None, "R",
                 "Delayed – awaiting trust information governance sign-off."),
            ]),
        ]),
        ("Release and transfer from custody", [
            ("Area for improvement 8: Pre-release risk assessments were often brief and did not "
             "always address the risks identified during detention.", [
                ("4.1", "Refresh pre-release risk assessment training for all custody sergeants and "
                        "include it in the annual custody refresher.",
                 "Custody Training Lead", D(2025, 9, 30), None, None, "G",
                 "Training package drafted; sessions booked from August."),
            ]),
        ]),
    ]
    r = 4
    for section, findings in plan:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = XFILL["sec"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for finding, actions in findings:
            first = r
            for (ref, act, owner, orig, rev, prev, cur, upd) in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=owner)
                c = ws.cell(row=r, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=r, column=6, value=rev)
                    c.number_format = "dd/mm/yyyy"
                if prev:
                    c = ws.cell(row=r, column=7, value=prev)
                    c.fill = XFILL[prev]
                c = ws.cell(row=r, column=8, value=cur)
                c.fill = XFILL[cur]
                ws.cell(row=r, column=9, value=upd)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            ws.cell(row=first, column=2, value=finding).alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – July 2025"
    sm["A1"].font = Font(bold=True)
    hdr_cells(sm, 3, ["Current RAG", "Number of actions"])
    for i, (k, n) in enumerate([("B", 3), ("G", 2), ("A", 2), ("R", 1)], start=4):
        sm.cell(row=i, column=1, value=k).fill = XFILL[k]
        sm.cell(row=i, column=2, value=n)
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=2, value=8).font = Font(bold=True)
    sm.column_dimensions["A"].width = 14
    sm.column_dimensions["B"].width = 20

    wb.save(out("zug-west-yorkshire-police-custody-inspection-action-plan.xlsx"))


# =================================== 4. Surrey FRS misconduct tracker (xlsx, refuse)
def make_surrey():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Surrey Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HMICFRS Standards of behaviour: the handling of misconduct in fire and rescue "
                "services (August 2024) – recommendations tracker")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to: People and Culture Board | Last updated: 09/09/2025"
    hdr = ["Rec", "HMICFRS recommendation (summary)", "HMICFRS deadline", "SFRS action",
           "Action owner", "Due", "Status", "Progress update"]
    hdr_cells(ws, 5, hdr, fill="hdr")
    for i, w in enumerate([6, 48, 14, 50, 28, 14, 12, 45]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    recs = [
        ("1", "Make sure all staff know and follow the Core Code of Ethics, and build it into "
              "relevant policies and practice.", "1 February 2025", [
            ("Review all HR policies against the Core Code of Ethics and publish updated versions on "
             "the intranet.", "Head of HR", "28/02/2025", "Complete",
             "All 23 policies reviewed and republished."),
            ("Include a Core Code of Ethics session in every watch’s development day.",
             "Area Manager, Response", "Jun-25", "Complete", "Delivered to all 80 watches."),
        ]),
        ("2", "Put in place a policy for probationary staff that allows immediate dismissal where "
              "they fail to meet the required standards of behaviour.", "1 February 2025", [
            ("Amend the probation policy and agree it with representative bodies.",
             "HR Business Partner", "31/03/2025", "Complete", "Agreed at JCC in March."),
        ]),
        ("3", "Make sure workforce plans allow staff to be moved between watches, and that promoted "
              "firefighters are posted to a different watch or station.", "1 May 2025", [
            ("Add watch-move criteria to the promotion and transfer procedure.",
             "Head of Workforce Planning", "Sept 2025", "On track", "Draft procedure out for consultation."),
            ("Report quarterly to the People and Culture Board on promotions where a move was not "
             "possible and the mitigations agreed.", "Head of Workforce Planning", "Ongoing",
             "On track", "Q1 report taken in July."),
        ]),
        ("4", "Make sure the service has access to trained, independent investigators for "
              "misconduct cases.", "1 February 2025", [
            ("Procure a framework of external investigators for gross misconduct cases.",
             "Head of Professional Standards", "Novmber 2025", "On track",
             "Tender evaluation under way."),
            ("Train six middle managers as accredited workplace investigators.",
             "Learning and Development Manager", "Mar-26", "Not started",
             "Course places held for January 2026."),
        ]),
        ("5", "Make sure staff involved in misconduct cases receive regular updates and are offered "
              "welfare support.", "1 May 2025", [
            ("Introduce a case update standard of at least every 14 days, monitored through the case "
             "tracker.", "Head of Professional Standards", "30/06/2025", "Complete",
             "Standard in place; compliance reported monthly."),
        ]),
    ]
    status_fill = {"Complete": "blue", "On track": "green", "Not started": "grey"}
    r = 6
    rows_of = {}
    for no, text, deadline, actions in recs:
        first = r
        for (act, owner, due, status, upd) in actions:
            for col, v in ((4, act), (5, owner), (6, due), (7, status), (8, upd)):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(row=r, column=7).fill = XFILL[status_fill[status]]
            rows_of[act] = r
            r += 1
        for col, v in ((1, no), (2, text), (3, deadline)):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=r + 1, column=1,
            value="Note: recommendations 13–15 are addressed to national bodies and are not "
                  "tracked here.")

    k = wb.create_sheet("Key")
    k["A1"] = "Status key"
    k["A1"].font = Font(bold=True)
    for i, (lab, f, txt) in enumerate([("Complete", "blue", "Action delivered and evidenced"),
                                       ("On track", "green", "Expected to be delivered by the due date"),
                                       ("Not started", "grey", "Work not yet begun")], start=2):
        k.cell(row=i, column=1, value=lab).fill = XFILL[f]
        k.cell(row=i, column=2, value=txt)
    wb.save(out("zug-surrey-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-"
                "tracker-typo-month-refuse.xlsx"))
    return rows_of


# =================================== 5. Outwood Academy Ripon SDP (xlsx)
def make_ripon():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    title = "Outwood Academy Ripon: School Development Plan 2024-25"
    ov["A1"] = title
    ov["A1"].font = Font(bold=True, size=16)
    ov["A2"] = "Last reviewed: Spring 2 review with the Regional Director, 14 March 2025"
    hdr_cells(ov, 4, ["Priority", "Senior lead", "Sheet"], fill="hdr")
    for i, row in enumerate([("Priority 1: Quality of Education", "Vice Principal (Curriculum)",
                              "P1 QoE"),
                             ("Priority 2: Behaviour and Attendance",
                              "Vice Principal (Behaviour and Attitudes)", "P2 B&A"),
                             ("Priority 3: Personal Development",
                              "Assistant Principal (Personal Development)", "P3 PD")], start=5):
        for j, v in enumerate(row, start=1):
            ov.cell(row=i, column=j, value=v)
    ov["A9"] = "RAG key (colour only on the priority sheets)"
    ov["A9"].font = Font(bold=True)
    for i, (f, txt) in enumerate([("blue", "Blue – complete"), ("green", "Green – on track"),
                                  ("amber", "Amber – some concerns"),
                                  ("red", "Red – off track")], start=10):
        ov.cell(row=i, column=1).fill = XFILL[f]
        ov.cell(row=i, column=2, value=txt)
    ov.column_dimensions["A"].width = 40
    ov.column_dimensions["B"].width = 42
    ov.column_dimensions["C"].width = 10

    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria",
           "Previous RAG (Autumn 2)", "Current RAG (Spring 2)", "Evaluation / next steps"]

    def sheet(name, priority, blocks):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = priority
        ws["A2"].font = Font(bold=True, size=14)
        hdr_cells(ws, 4, hdr)
        for i, w in enumerate([6, 55, 26, 18, 40, 12, 12, 40]):
            ws.column_dimensions["ABCDEFGH"[i]].width = w
        r = 5
        for strand, actions in blocks:
            if strand:
                ws.cell(row=r, column=1, value=strand).font = Font(bold=True)
                for c in range(1, 9):
                    ws.cell(row=r, column=c).fill = XFILL["sec"]
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                r += 1
            for (ref, act, lead, when, sc, prev, cur, ev) in actions:
                for col, v in ((1, ref), (2, act), (3, lead), (4, when), (5, sc), (8, ev)):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = WRAP
                for col in range(1, 9):
                    ws.cell(row=r, column=col).border = BOX
                if prev:
                    ws.cell(row=r, column=6).fill = XFILL[prev]
                if cur:
                    ws.cell(row=r, column=7).fill = XFILL[cur]
                r += 1

    sheet("P1 QoE", "Priority 1: Quality of Education", [
        ("Strand 1A: Curriculum and assessment", [
            ("1.1", "Map the KS3 curriculum in every subject against the KS4 specifications so that "
                    "prior knowledge is sequenced explicitly.", "Vice Principal (Curriculum)",
             "Autumn term 2024", "Curriculum maps published for all subjects", "green", "blue",
             "Complete; maps on the shared drive."),
            ("1.2", "Introduce common formative assessment points each half-term in English, maths "
                    "and science, with data analysed at department meetings.", "JWa / CRo",
             "Half-termly", "Gaps identified and re-taught within two weeks", "green", "green",
             "Embedded in English and maths; science from Spring 1."),
        ]),
        ("Strand 1B: Reading", [
            ("1.3", "Screen all Year 7 and Year 8 students using the NGRT and place those reading "
                    "below age-related expectation on the tutor-time reading programme.",
             "Literacy Lead", "Sept 2024 – July 2025", "Reading ages of targeted students rise by 12 "
             "months", "amber", "green", "Re-test in March showed average gain of 9 months."),
            ("1.4", "Train all teaching staff in disciplinary literacy strategies through the Outwood "
                    "Institute of Education CPD sessions.",
             "Assistant Principal (Teaching and Learning)", "Spring term 2025",
             "Strategies seen in 80% of learning walks", "green", "amber",
             "Two sessions moved to Summer 1 because of staffing."),
        ]),
    ])
    sheet("P2 B&A", "Priority 2: Behaviour and Attendance", [
        (None, [
            ("2.1", "Reduce persistent absence to below 18% through first-day calling and weekly "
                    "attendance panels for students below 90%.", "Attendance Lead",
             "Summer term 2025", "PA below 18% by July", "amber", "amber",
             "PA at 21.4% (down from 24.9%)."),
            ("2.2", "Relaunch the ‘Ready to Learn’ behaviour routines with all staff and students "
                    "after October half-term.", "Vice Principal (Behaviour and Attitudes)",
             "November 2024", "Consistent routines seen on duty and learning walks", "green", "blue",
             "Relaunch complete."),
            ("2.3", "Review the use of internal exclusion and reintegration meetings, including "
                    "analysis by SEND and disadvantaged groups.", "SENCo", "31/05/2025",
             "Review report to LGB", None, "red", "Not yet begun; SENCo absence."),
        ]),
    ])
    sheet("P3 PD", "Priority 3: Personal Development", [
        (None, [
            ("3.1", "Deliver a careers programme meeting all eight Gatsby benchmarks, including a "
                    "Year 10 work experience week.", "Careers Leader", "July 2025",
             "Compass+ shows all benchmarks met", "green", "green", "Work experience booked for "
             "June."),
            ("3.2", "Increase participation in enrichment clubs, targeting disadvantaged students, and "
                    "track attendance on Arbor.", "Assistant Principal (Personal Development)",
             "Termly", "60% of disadvantaged students attend a club", None, None,
             "Tracking to start Summer 1."),
        ]),
    ])
    wb.save(out("zug-outwood-academy-ripon-school-development-plan-2024-25.xlsx"))


# =================================== 6. Probation PDU (csv)
def make_probation():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = 9
    def line(*cells):
        cells = list(cells) + [""] * (n - len(cells))
        w.writerow(cells)
    line("Action Plan: Nottinghamshire County PDU")
    line("A Response to the HM Inspectorate of Probation Inspection Report (published 3 December 2024)")
    line("Action Plan Submitted: 24 February 2025 | Progress as at: 30 June 2025")
    line()
    line("Rec No", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No", "Action",
         "Action Owner", "Target Date", "RAG", "Progress Update")
    line("Recommendations for Nottinghamshire County PDU")
    line("1", "Improve the quality of assessment and planning for keeping other people safe, making "
              "sure information from police and children’s services is used.", "Agreed",
         "1.1", "Deliver ‘risk of serious harm’ refresher workshops to all probation officers and "
                "PSOs, with quality assurance by SPOs.",
         "Head of PDU; Senior Probation Officer (Quality)", "31/05/2025", "Complete",
         "Workshops delivered April–May; QA sample of 40 cases completed.")
    line("", "", "", "1.2", "Make sure domestic abuse and safeguarding enquiries are requested at the "
                            "start of every order and recorded on nDelius.",
         "Senior Probation Officers", "Sep-25", "Green", "Monthly compliance report in place (86%).")
    line("2", "Ensure that home visits are completed where required to manage the risk of harm.",
         "Partly Agreed", "2.1", "Set a PDU standard for home visits in all cases with child "
                                 "safeguarding concerns and monitor it through monthly case audits.",
         "Deputy Head of PDU", "Q3 2025/26", "Amber",
         "Standard drafted; vehicle access for rural teams still being resolved.")
    line("Recommendations for the East Midlands Region")
    line("3", "Reduce staff vacancies and caseloads in the PDU to a manageable level.", "Agreed",
         "3.1", "Prioritise Nottinghamshire County in the regional PQiP allocation for the 2025 "
                "intake.", "Regional Probation Director", "31/03/2025", "Complete",
         "Nine PQiP learners allocated.")
    line("", "", "", "3.2", "Run a targeted recruitment campaign for probation services officers, "
                            "including ‘welcome back’ offers to former staff.",
         "Regional Head of Workforce", "31/03/2026", "Green", "Campaign launched June 2025.")
    line("4", "Improve the availability of accredited programmes and structured interventions so "
              "that people can complete them within the length of their orders.", "Agreed",
         "4.1", "Re-commission Building Choices places and reduce the waiting list to under 12 weeks."
                "\nInterim: offer the Thinking Skills one-to-one toolkit to those waiting.",
         "Regional Head of Interventions", "December 2025", "Red",
         "Waiting list currently 23 weeks; facilitator vacancies.")
    line()
    line("RAG: Complete = action delivered and evidenced; Green = on track; Amber = some slippage; "
         "Red = off track")
    with open(out("zug-probation-service-nottinghamshire-county-pdu-hmip-inspection-action-plan.csv"),
              "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# =================================== 7. Inspire Education Group PIAP (txt, tab-separated)
def make_inspire():
    L = []
    L.append("Inspire Education Group – Post-Inspection Action Plan")
    L.append("Ofsted inspection 11–14 February 2025 (report published 27 March 2025)")
    L.append("Overall effectiveness: Requires improvement")
    L.append("Monitored by: Quality and Standards Committee | Update: June 2025")
    L.append("")
    L.append("RAG key: B = complete  G = on track  A = at risk  R = off track")
    L.append("")
    L.append("\t".join(["Ref", "Action", "Lead", "Target date", "RAG", "Progress / impact"]))
    afis = [
        ("AFI 1 – Leaders should ensure that apprentices’ off-the-job training is planned and "
         "recorded accurately, and that employers contribute to reviews of progress.", [
            ("1.1", "Introduce a standard off-the-job training planner for every apprenticeship "
                    "standard, agreed with the employer at enrolment.", "Head of Apprenticeships",
             "Jul-25", "G", "Planner in use for all new starts since April."),
            ("1.2", "Require employer attendance at every progress review, with reviews rescheduled "
                    "if the employer cannot attend.", "Apprenticeship Skills Coaches", "Termly", "A",
             "Employer attendance 71% in summer term."),
        ]),
        ("AFI 2 – Leaders and managers should make sure that learners with high needs have clear, "
         "measurable targets that teachers use to plan learning.", [
            ("2.1", "Rewrite individual learning plans for all high-needs learners using EHCP "
                    "outcomes broken down into termly targets.", "Head of SEND and Inclusion",
             "31/10/2025", "G", "Template agreed; rewrite scheduled for September enrolment."),
            ("2.2", "Train curriculum teams in using ILP targets when planning lessons.",
             "SEND Manager / Teaching and Learning Coaches", "Dec 2025", "A",
             "Training moved to autumn staff development days."),
        ]),
        ("AFI 3 – Leaders should improve attendance in English and mathematics lessons for 16 to 18 "
         "year olds.", [
            ("3.1", "Move English and maths lessons into vocational timetable blocks so they are not "
                    "isolated sessions.", "Vice Principal Curriculum", "September 2025", "B",
             "2025/26 timetable built on this model."),
            ("3.2", "Introduce same-day follow-up of absence by personal tutors, with weekly "
                    "attendance reports to heads of department.", "Director of Student Services",
             "End of summer term 2025", "G", "Attendance up 4 percentage points since March."),
            ("3.3", "Launch attendance rewards for GCSE resit students, funded through the bursary "
                    "budget.", "Head of English and Maths", "31/01/2026", "R",
             "Bursary budget not yet confirmed."),
        ]),
    ]
    for afi, actions in afis:
        L.append(afi)
        for a in actions:
            L.append("\t".join(a))
    L.append("")
    L.append("Totals: B 1  G 3  A 2  R 1")
    with open(out("zug-inspire-education-group-ofsted-post-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    make_ranby()
    make_stamford()
    make_wyp()
    rows = make_surrey()
    make_ripon()
    make_probation()
    make_inspire()
    for act, r in rows.items():
        if "external investigators" in act:
            print("Surrey refuse row:", r)
    print("done")
